// Runs the real sellerdesk-cli binary on a temp database: exit codes, JSON output, "nothing written"
// on refusals, permissions, and the user's language.
#include "cli_runner.h"
#include "core/orders/courier.h"
#include "file_mode_watcher.h"
#include "result_support.h"
#include "services/access/password_hash.h"
#include "services/demo/demo_store.h"
#include "storage/common/database.h"
#include "storage/common/user_repository.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace sd;
using sd::test::CliEnv;
using sd::test::CliRun;
using sd::test::Store;

namespace {

const QString kPassword = sd::test::demoPassword();

// A read-only look at a store: for "nothing written" checks and for picking test orders.
Store peek(const QString &path)
{
    return Store(path, Store::ReadOnly);
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db; // the demo store, shared by the order tests

    QString path(const QString &name) const { return m_dir.filePath(name); }

    CliRun cli(const QStringList &args, const CliEnv &env = {}, const QByteArray &input = {})
    {
        return runProgram(QStringLiteral(SELLERDESK_CLI), args, env, input);
    }

    // The program users install: it has no test clock.
    CliRun shippedCli(const QStringList &args, const CliEnv &env = {})
    {
        return runProgram(QStringLiteral(SELLERDESK_SHIPPED_CLI), args, env);
    }

    CliRun runProgram(const QString &program, const QStringList &args, const CliEnv &env,
                      const QByteArray &input = {})
    {
        sd::test::CliCall call;
        call.program = program;
        call.input = input;
        // Monday 2024-05-13 10:00 in Seoul: the demo data and the date rules do not depend on the day the
        // test runs.
        call.env.insert(QStringLiteral("SELLERDESK_TEST_NOW"), QStringLiteral("2024-05-13T01:00:00Z"));
        for (auto it = env.begin(); it != env.end(); ++it)
            call.env.insert(it.key(), it.value());
        return sd::test::runProgram(m_dir.path(), args, call);
    }

    // As the demo master on the demo store.
    CliRun demoCli(const QStringList &args, const CliEnv &env = {})
    {
        return cli(
            QStringList{QStringLiteral("--db"), m_db, QStringLiteral("--user"), QStringLiteral("demo")} +
                args,
            env);
    }

    QString pick(const QString &sql, const QVariantList &binds = {}) const
    {
        return peek(m_db).value(sql, binds).toString();
    }
    QString statusOf(const QString &id) const
    {
        return pick(QStringLiteral("SELECT status FROM orders WHERE product_order_no = ?"), {id});
    }
    // A tracking number of the courier's shape that no order uses yet.
    QString freshTracking(const QString &lead) const
    {
        for (int i = 1;; ++i) {
            const QString n = lead + QStringLiteral("%1").arg(i, 12 - int(lead.size()), 10, QLatin1Char('0'));
            if (pick(QStringLiteral("SELECT COUNT(*) FROM orders WHERE tracking_no = ?"), {n}).toInt() == 0)
                return n;
        }
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = path(QStringLiteral("demo.sqlite"));
        const CliRun r =
            cli({QStringLiteral("--db"), m_db, QStringLiteral("demo"), QStringLiteral("--orders"),
                 QStringLiteral("200"), QStringLiteral("--seed"), QStringLiteral("3")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        // The demo login is printed so the README can quote it.
        QVERIFY2(r.out.contains(DemoStore::masterLogin()) && r.out.contains(kPassword), qPrintable(r.out));
        QCOMPARE(peek(m_db).value(QStringLiteral("SELECT COUNT(*) FROM orders")).toInt(), 200);
    }

    void demoOnExistingStoreNeedsTheMaster()
    {
        const QByteArray before = peek(m_db).dump();
        QCOMPARE(cli({QStringLiteral("--db"), m_db, QStringLiteral("demo"), QStringLiteral("--orders"),
                      QStringLiteral("5")})
                     .code,
                 2); // no user named
        QCOMPARE(peek(m_db).dump(), before);
        QCOMPARE(demoCli({QStringLiteral("demo"), QStringLiteral("--orders"), QStringLiteral("x")}).code, 4);
    }

    void initCreatesAStore()
    {
        const QString db = path(QStringLiteral("init.sqlite"));
        const CliRun r =
            cli({QStringLiteral("--db"), db, QStringLiteral("init"), QStringLiteral("--store"),
                 QStringLiteral("하늘상회"), QStringLiteral("--business-no"), QStringLiteral("123-45-67891"),
                 QStringLiteral("--master"), QStringLiteral("owner"), QStringLiteral("--channels"),
                 QStringLiteral("NAVER,KAKAO")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const Store peek = ::peek(db);
        QCOMPARE(peek.value(QStringLiteral("SELECT name FROM store")).toString(), QStringLiteral("하늘상회"));
        QCOMPARE(peek.value(QStringLiteral("SELECT channels FROM store")).toString(),
                 QStringLiteral("NAVER,KAKAO"));
        QCOMPARE(
            peek.value(QStringLiteral("SELECT display_name FROM users WHERE login = 'owner'")).toString(),
            QStringLiteral("owner"));
        // The master can log in; the empty store lists nothing.
        const CliRun list =
            cli({QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("owner"),
                 QStringLiteral("--json"), QStringLiteral("list"), QStringLiteral("orders")});
        QVERIFY2(list.code == 0, qPrintable(list.err));
        QCOMPARE(QJsonDocument::fromJson(list.out.toUtf8()).array().size(), 0);
        // A second init changes nothing.
        const QByteArray before = peek.dump();
        QCOMPARE(cli({QStringLiteral("--db"), db, QStringLiteral("init"), QStringLiteral("--store"),
                      QStringLiteral("B"), QStringLiteral("--business-no"), QStringLiteral("123-45-67891"),
                      QStringLiteral("--master"), QStringLiteral("other")})
                     .code,
                 5);
        QCOMPARE(peek.dump(), before);
    }

    void initRefusesABadBusinessNumber()
    {
        const QString db = path(QStringLiteral("bad.sqlite"));
        const CliRun r =
            cli({QStringLiteral("--db"), db, QStringLiteral("init"), QStringLiteral("--store"),
                 QStringLiteral("하늘상회"), QStringLiteral("--business-no"), QStringLiteral("123-45-67890"),
                 QStringLiteral("--master"), QStringLiteral("owner")});
        QCOMPARE(r.code, 4);
        QVERIFY(r.err.contains(QStringLiteral("123-45-67890")));
        QVERIFY(!QFile::exists(db));
        QVERIFY(!QFile::exists(db + QStringLiteral("-wal")));
        // A weak password is bad input too; missing options are usage errors.
        QCOMPARE(cli({QStringLiteral("--db"), db, QStringLiteral("init"), QStringLiteral("--store"),
                      QStringLiteral("A"), QStringLiteral("--business-no"), QStringLiteral("123-45-67891"),
                      QStringLiteral("--master"), QStringLiteral("owner")},
                     {{QStringLiteral("SELLERDESK_PASSWORD"), QStringLiteral("short")}})
                     .code,
                 4);
        QVERIFY(!QFile::exists(db));
        QCOMPARE(cli({QStringLiteral("--db"), db, QStringLiteral("init"), QStringLiteral("--store"),
                      QStringLiteral("A")})
                     .code,
                 2);
        QVERIFY(!QFile::exists(db));
    }

    // What a crashed import left unindexed (orders published, their search documents not yet written)
    // is written by the CLI's store maintenance before the command runs, so a search right after finds
    // every order; the listing itself only reads.
    void aCrashedImportsSearchIsWrittenBeforeTheCommand()
    {
        const QString copy = path(QStringLiteral("backlog.sqlite"));
        QFile::remove(copy);
        QVERIFY(QFile::copy(m_db, copy));
        {
            Store s(copy);
            QStringList columns, values;
            QSqlQuery info(s.db());
            QVERIFY(info.exec(QStringLiteral("PRAGMA table_info(orders)")));
            while (info.next()) {
                const QString name = info.value(1).toString();
                if (name == QLatin1String("id"))
                    continue;
                columns << name;
                values << (name == QLatin1String("product_order_no") ? QStringLiteral("'9' || product_order_no")
                           : name == QLatin1String("product_name")   ? QStringLiteral("'배치복구 상품'")
                                                                     : name);
            }
            QSqlQuery q(s.db());
            QVERIFY2(q.exec(QStringLiteral("INSERT INTO orders (%1) SELECT %2 FROM orders ORDER BY id LIMIT 3")
                                .arg(columns.join(QLatin1Char(',')), values.join(QLatin1Char(',')))),
                     qPrintable(q.lastError().text()));
            QVERIFY2(q.exec(QStringLiteral("INSERT INTO order_search_backlog (order_id) SELECT id FROM orders "
                                           "WHERE product_name = '배치복구 상품'")),
                     qPrintable(q.lastError().text()));
            QCOMPARE(s.value(QStringLiteral("SELECT COUNT(*) FROM order_search_backlog")).toInt(), 3);
        }
        const CliRun r = cli({QStringLiteral("--db"), copy, QStringLiteral("--user"), QStringLiteral("demo"),
                              QStringLiteral("--json"), QStringLiteral("list"), QStringLiteral("orders"),
                              QStringLiteral("--search"), QStringLiteral("배치복구"), QStringLiteral("--limit"),
                              QStringLiteral("0")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).array().size(), 3);
        QCOMPARE(peek(copy).value(QStringLiteral("SELECT COUNT(*) FROM order_search_backlog")).toInt(), 0);
    }

    void listFiltersAndJson()
    {
        const int newCount = pick(QStringLiteral("SELECT COUNT(*) FROM orders WHERE status = 'NEW'")).toInt();
        QVERIFY(newCount > 0);
        const CliRun r = demoCli({QStringLiteral("--json"), QStringLiteral("list"), QStringLiteral("orders"),
                                  QStringLiteral("--status"), QStringLiteral("NEW"),
                                  QStringLiteral("--limit"), QStringLiteral("0")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonArray rows = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(rows.size(), newCount);
        for (const QJsonValue &row : rows)
            QCOMPARE(row[QStringLiteral("status")].toString(), QStringLiteral("NEW"));
        // Korean labels work too; the text output has a header and one line per order.
        const CliRun korean =
            demoCli({QStringLiteral("list"), QStringLiteral("orders"), QStringLiteral("--status"),
                     QStringLiteral("신규주문"), QStringLiteral("--limit"), QStringLiteral("0")});
        QCOMPARE(korean.code, 0);
        QCOMPARE(korean.out.trimmed().split(QLatin1Char('\n')).size(), newCount + 1);
        // Search by the buyer's name.
        const QString name =
            pick(QStringLiteral("SELECT buyer_name FROM order_contacts ORDER BY order_id LIMIT 1"));
        const CliRun found = demoCli({QStringLiteral("list"), QStringLiteral("orders"),
                                      QStringLiteral("--search"), name, QStringLiteral("--json")});
        QCOMPARE(found.code, 0);
        const QJsonArray hits = QJsonDocument::fromJson(found.out.toUtf8()).array();
        QVERIFY(!hits.isEmpty());
        for (const QJsonValue &row : hits) {
            QVERIFY(row[QStringLiteral("buyerName")].toString() == name ||
                    row[QStringLiteral("recipientName")].toString() == name);
        }
        // Channel and dates, and the limit.
        const CliRun limited =
            demoCli({QStringLiteral("--json"), QStringLiteral("list"), QStringLiteral("orders"),
                     QStringLiteral("--channel"), QStringLiteral("KAKAO"), QStringLiteral("--from"),
                     QStringLiteral("2000-01-01"), QStringLiteral("--limit"), QStringLiteral("3")});
        QCOMPARE(limited.code, 0);
        const QJsonArray three = QJsonDocument::fromJson(limited.out.toUtf8()).array();
        QCOMPARE(three.size(), 3);
        for (const QJsonValue &row : three)
            QCOMPARE(row[QStringLiteral("channel")].toString(), QStringLiteral("KAKAO"));
        QCOMPARE(demoCli({QStringLiteral("list"), QStringLiteral("orders"), QStringLiteral("--status"),
                          QStringLiteral("BOGUS")})
                     .code,
                 4);
        QCOMPARE(demoCli({QStringLiteral("list"), QStringLiteral("orders"), QStringLiteral("--from"),
                          QStringLiteral("2024-13-45")})
                     .code,
                 4);
        QCOMPARE(demoCli({QStringLiteral("list"), QStringLiteral("orders"), QStringLiteral("--colour"),
                          QStringLiteral("red")})
                     .code,
                 2);
    }

    void confirmOnceThenRefused()
    {
        const QString id =
            pick(QStringLiteral("SELECT product_order_no FROM orders WHERE status = 'NEW' ORDER BY id"));
        QVERIFY(!id.isEmpty());
        const CliRun r =
            demoCli({QStringLiteral("--json"), QStringLiteral("order"), QStringLiteral("confirm"), id});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject result = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(result[QStringLiteral("ok")].toBool(), true);
        const QJsonObject outcome = result[QStringLiteral("outcomes")].toArray().first().toObject();
        QCOMPARE(outcome[QStringLiteral("id")].toString(), id);
        QCOMPARE(outcome[QStringLiteral("ok")].toBool(), true);
        QCOMPARE(outcome[QStringLiteral("status")].toString(), QStringLiteral("CONFIRMED"));
        QCOMPARE(statusOf(id), QStringLiteral("CONFIRMED"));

        const QByteArray before = peek(m_db).dump();
        const CliRun again = demoCli({QStringLiteral("order"), QStringLiteral("confirm"), id});
        QCOMPARE(again.code, 5);
        QVERIFY(!again.err.isEmpty());
        QCOMPARE(peek(m_db).dump(), before);
        // In a bulk call one refusal means nothing is written.
        const QString other =
            pick(QStringLiteral("SELECT product_order_no FROM orders WHERE status = 'NEW' ORDER BY id"));
        QVERIFY(!other.isEmpty());
        const CliRun bulk = demoCli(
            {QStringLiteral("--json"), QStringLiteral("order"), QStringLiteral("confirm"), other, id});
        QCOMPARE(bulk.code, 5);
        QCOMPARE(QJsonDocument::fromJson(bulk.out.toUtf8()).object()[QStringLiteral("ok")].toBool(), false);
        QCOMPARE(peek(m_db).dump(), before);
    }

    void dispatchChecksTheTrackingNumber()
    {
        const QString id = pick(
            QStringLiteral("SELECT product_order_no FROM orders WHERE status = 'CONFIRMED' ORDER BY id"));
        QVERIFY(!id.isEmpty());
        const QByteArray before = peek(m_db).dump();
        QCOMPARE(
            demoCli({QStringLiteral("order"), QStringLiteral("dispatch"), id, QStringLiteral("--courier"),
                     QStringLiteral("CJGLS"), QStringLiteral("--tracking"), QStringLiteral("123")})
                .code,
            4);
        QCOMPARE(
            demoCli({QStringLiteral("order"), QStringLiteral("dispatch"), id, QStringLiteral("--courier"),
                     QStringLiteral("NOSUCH"), QStringLiteral("--tracking"), QStringLiteral("123456789012")})
                .code,
            4);
        // A number already used by another checkout.
        const QString used =
            pick(QStringLiteral("SELECT tracking_no FROM orders WHERE tracking_no IS NOT NULL AND "
                                "courier_code = 'CJGLS' AND order_no <> (SELECT order_no FROM orders "
                                "WHERE product_order_no = ?) ORDER BY id"),
                 {id});
        QVERIFY(!used.isEmpty());
        const CliRun duplicate =
            demoCli({QStringLiteral("order"), QStringLiteral("dispatch"), id, QStringLiteral("--courier"),
                     QStringLiteral("CJGLS"), QStringLiteral("--tracking"), used});
        QCOMPARE(duplicate.code, 5);
        QVERIFY(duplicate.err.contains(used));
        QCOMPARE(demoCli({QStringLiteral("order"), QStringLiteral("dispatch"), id,
                          QStringLiteral("--courier"), QStringLiteral("CJGLS")})
                     .code,
                 2);
        QCOMPARE(peek(m_db).dump(), before);
    }

    void dispatchFixDeliverDecide()
    {
        // A NEW order is confirmed first: two history events.
        const QString id =
            pick(QStringLiteral("SELECT product_order_no FROM orders WHERE status = 'NEW' ORDER BY id DESC"));
        QVERIFY(!id.isEmpty());
        const QString first = freshTracking(QStringLiteral("7"));
        const CliRun r =
            demoCli({QStringLiteral("order"), QStringLiteral("dispatch"), id, QStringLiteral("--courier"),
                     QStringLiteral("CJ대한통운"), QStringLiteral("--tracking"),
                     first.left(4) + QLatin1Char('-') + first.mid(4)});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(statusOf(id), QStringLiteral("SHIPPING"));
        QCOMPARE(pick(QStringLiteral("SELECT tracking_no FROM orders WHERE product_order_no = ?"), {id}),
                 first);
        const QString events =
            QStringLiteral("SELECT COUNT(*) FROM order_events e JOIN orders o ON o.id = e.order_id "
                           "WHERE o.product_order_no = ?");
        QCOMPARE(pick(events, {id}).toInt(), 2);

        // Fixing the number keeps the old one in the history.
        const QString second = freshTracking(QStringLiteral("8"));
        const CliRun fix =
            demoCli({QStringLiteral("order"), QStringLiteral("fix-tracking"), id, QStringLiteral("--courier"),
                     QStringLiteral("HANJIN"), QStringLiteral("--tracking"), second});
        QVERIFY2(fix.code == 0, qPrintable(fix.err));
        QCOMPARE(pick(QStringLiteral(
                          "SELECT courier_code || ' ' || tracking_no FROM orders WHERE product_order_no = ?"),
                      {id}),
                 QStringLiteral("HANJIN ") + second);
        const CliRun show =
            demoCli({QStringLiteral("--json"), QStringLiteral("order"), QStringLiteral("show"), id});
        QCOMPARE(show.code, 0);
        const QJsonArray history =
            QJsonDocument::fromJson(show.out.toUtf8()).object()[QStringLiteral("history")].toArray();
        QCOMPARE(history.size(), 3);
        QCOMPARE(history.at(2)[QStringLiteral("action")].toString(), QStringLiteral("fix-tracking"));
        QVERIFY(history.at(2)[QStringLiteral("detail")].toString().contains(first));
        QVERIFY(demoCli({QStringLiteral("order"), QStringLiteral("show"), id}).out.contains(second));

        QCOMPARE(demoCli({QStringLiteral("order"), QStringLiteral("deliver"), id}).code, 0);
        QCOMPARE(statusOf(id), QStringLiteral("DELIVERED"));
        QCOMPARE(demoCli({QStringLiteral("order"), QStringLiteral("decide"), id}).code, 0);
        QCOMPARE(statusOf(id), QStringLiteral("DECIDED"));
        QCOMPARE(demoCli({QStringLiteral("order"), QStringLiteral("deliver"), id}).code, 5);
    }

    void delayNeedsALaterDate()
    {
        const QString id = pick(
            QStringLiteral("SELECT product_order_no FROM orders WHERE status = 'CONFIRMED' AND delay_reason IS NULL ORDER BY id"));
        QVERIFY(!id.isEmpty());
        const QByteArray before = peek(m_db).dump();
        QCOMPARE(demoCli({QStringLiteral("order"), QStringLiteral("delay"), id, QStringLiteral("--until"),
                          QStringLiteral("2000-01-03"), QStringLiteral("--reason"),
                          QStringLiteral("PRODUCT_PREPARE"), QStringLiteral("--detail"), QStringLiteral("입고 지연")})
                     .code,
                 5);
        QCOMPARE(demoCli({QStringLiteral("order"), QStringLiteral("delay"), id, QStringLiteral("--until"),
                          QStringLiteral("2099-01-05"), QStringLiteral("--reason"), QStringLiteral("NOPE")})
                     .code,
                 4);
        QCOMPARE(demoCli({QStringLiteral("order"), QStringLiteral("delay"), id, QStringLiteral("--until"),
                          QStringLiteral("2099-01-05")})
                     .code,
                 2);
        // At most 90 days ahead (the setting's default): 9999-12-31 is a typing mistake, not a plan.
        for (const char *far : {"2099-01-05", "9999-12-31", "2024-08-12"}) {
            const CliRun r =
                demoCli({QStringLiteral("order"), QStringLiteral("delay"), id, QStringLiteral("--until"),
                         QLatin1String(far), QStringLiteral("--reason"), QStringLiteral("PRODUCT_PREPARE"),
                         QStringLiteral("--detail"), QStringLiteral("입고 지연")});
            QCOMPARE(r.code, 5);
            QVERIFY2(r.err.contains(QLatin1String("90")), qPrintable(r.err));
        }
        // A 43,000-character detail and control characters are refused, naming the field.
        const CliRun longDetail =
            demoCli({QStringLiteral("order"), QStringLiteral("delay"), id, QStringLiteral("--until"),
                     QStringLiteral("2024-06-20"), QStringLiteral("--reason"), QStringLiteral("ETC"),
                     QStringLiteral("--detail"), QString(43000, QLatin1Char('x'))});
        QCOMPARE(longDetail.code, 4);
        QVERIFY2(longDetail.err.contains(QLatin1String("200")), qPrintable(longDetail.err));
        const CliRun escape =
            demoCli({QStringLiteral("order"), QStringLiteral("delay"), id, QStringLiteral("--until"),
                     QStringLiteral("2024-06-20"), QStringLiteral("--reason"), QStringLiteral("ETC"),
                     QStringLiteral("--detail"), QStringLiteral("\x1b[2J\x1b[31m재고 확인")});
        QCOMPARE(escape.code, 4);
        QVERIFY(!escape.err.contains(QChar(0x1b)));
        QCOMPARE(peek(m_db).dump(), before);
        const CliRun ok = demoCli({QStringLiteral("order"), QStringLiteral("delay"), id,
                                   QStringLiteral("--until"), QStringLiteral("2024-08-11"),
                                   QStringLiteral("--reason"), QStringLiteral("상품 준비중"),
                                   QStringLiteral("--detail"), QStringLiteral("입고 지연")});
        QVERIFY2(ok.code == 0, qPrintable(ok.err));
        QCOMPARE(pick(QStringLiteral("SELECT dispatch_due FROM orders WHERE product_order_no = ?"), {id}),
                 QStringLiteral("2024-08-11"));
        // No detail: refused as bad input (4), naming it.
        const QString other = pick(QStringLiteral(
            "SELECT product_order_no FROM orders WHERE status = 'CONFIRMED' AND delay_reason IS NULL ORDER BY id"));
        const CliRun noDetail =
            demoCli({QStringLiteral("order"), QStringLiteral("delay"), other, QStringLiteral("--until"),
                     QStringLiteral("2024-08-11"), QStringLiteral("--reason"), QStringLiteral("PRODUCT_PREPARE")});
        QCOMPARE(noDetail.code, 4);
        // A second notice for a Naver order is refused (5) with the channel's limit.
        if (pick(QStringLiteral("SELECT channel FROM orders WHERE product_order_no = ?"), {id}) ==
            QLatin1String("NAVER")) {
            const CliRun again =
                demoCli({QStringLiteral("order"), QStringLiteral("delay"), id, QStringLiteral("--until"),
                         QStringLiteral("2024-08-12"), QStringLiteral("--reason"), QStringLiteral("ETC"),
                         QStringLiteral("--detail"), QStringLiteral("또 지연")});
            QCOMPARE(again.code, 5);
            QVERIFY2(again.err.contains(QLatin1String("1 delay notice")), qPrintable(again.err));
        }
    }

    // A closed order is refused for its status (5), before a missing detail would be bad input (4).
    void delayOfAClosedOrderSaysTheStatus()
    {
        const QString id =
            pick(QStringLiteral("SELECT product_order_no FROM orders WHERE status = 'DECIDED' ORDER BY id"));
        QVERIFY(!id.isEmpty());
        const QByteArray before = peek(m_db).dump();
        const CliRun r =
            demoCli({QStringLiteral("order"), QStringLiteral("delay"), id, QStringLiteral("--until"),
                     QStringLiteral("2024-06-20"), QStringLiteral("--reason"), QStringLiteral("ETC")});
        QCOMPARE(r.code, 5);
        QVERIFY2(!r.err.contains(QLatin1String("Describe")), qPrintable(r.err));
        QCOMPARE(peek(m_db).dump(), before);
    }

    // The shipped program has no test clock: SELLERDESK_NOW neither clears a lockout nor backdates an
    // action.
    void shippedCliIgnoresAClockFromTheEnvironment()
    {
        const QString db = path(QStringLiteral("clock.sqlite"));
        const CliEnv real{{QStringLiteral("SELLERDESK_TEST_NOW"), QString()}};
        const CliRun demo =
            shippedCli({QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--orders"),
                        QStringLiteral("60"), QStringLiteral("--seed"), QStringLiteral("5")},
                       real);
        QVERIFY2(demo.code == 0, qPrintable(demo.err));
        const QStringList asDemo{QStringLiteral("--db"), db, QStringLiteral("--user"),
                                 QStringLiteral("demo")};
        // Backdating: the confirmation is stored at the real time, not in 2020.
        QString id;
        {
            const Store peek = ::peek(db);
            id = peek.value(QStringLiteral(
                                "SELECT product_order_no FROM orders WHERE status = 'NEW' ORDER BY id"))
                     .toString();
        }
        QVERIFY(!id.isEmpty());
        const qint64 before = QDateTime::currentMSecsSinceEpoch();
        const CliEnv past{{QStringLiteral("SELLERDESK_TEST_NOW"), QString()},
                          {QStringLiteral("SELLERDESK_NOW"), QStringLiteral("2020-01-01T00:00:00Z")}};
        const CliRun confirm =
            shippedCli(asDemo + QStringList{QStringLiteral("order"), QStringLiteral("confirm"), id}, past);
        QVERIFY2(confirm.code == 0, qPrintable(confirm.err));
        {
            const Store peek = ::peek(db);
            const qint64 at =
                peek.value(QStringLiteral("SELECT confirmed_at FROM orders WHERE product_order_no = ?"), {id})
                    .toLongLong();
            QVERIFY2(at >= before - 1000, qPrintable(QString::number(at)));
            QVERIFY(
                peek.value(QStringLiteral("SELECT MIN(at) FROM audit_log WHERE action = 'orders.confirm'"))
                    .toLongLong() >= before - 1000);
        }
        // Lockout: five wrong passwords lock the account; a clock in the environment does not unlock it.
        CliEnv wrong = past;
        for (int i = 0; i < 5; ++i) {
            wrong.insert(QStringLiteral("SELLERDESK_PASSWORD"), QStringLiteral("wrong-%1").arg(i));
            wrong.insert(QStringLiteral("SELLERDESK_NOW"), QStringLiteral("203%1-01-01T00:00:00Z").arg(i));
            QCOMPARE(shippedCli(asDemo + QStringList{QStringLiteral("list"), QStringLiteral("orders")}, wrong)
                         .code,
                     3);
        }
        const CliEnv future{{QStringLiteral("SELLERDESK_TEST_NOW"), QString()},
                            {QStringLiteral("SELLERDESK_NOW"), QStringLiteral("2099-01-01T00:00:00Z")}};
        const CliRun locked =
            shippedCli(asDemo + QStringList{QStringLiteral("list"), QStringLiteral("orders")}, future);
        QCOMPARE(locked.code, 3);
        QVERIFY2(locked.err.contains(QLatin1String("locked")), qPrintable(locked.err));
    }

    // The program sets its own umask: under a lax one (022) every file of a new store is owner-only
    // while it is written.
    void newStoreFilesAreOwnerOnlyFromTheFirstByte()
    {
        const mode_t oldMask = ::umask(022);
        QTemporaryDir folder;
        const QString db = folder.filePath(QStringLiteral("store.sqlite"));
        sd::test::FileModeWatcher watcher(folder.path());
        const CliRun r = shippedCli({QStringLiteral("--db"), db, QStringLiteral("demo"),
                                     QStringLiteral("--orders"), QStringLiteral("3000")});
        watcher.stop();
        ::umask(oldMask);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(watcher.modes().contains(QStringLiteral("store.sqlite-wal")));
        QVERIFY2(watcher.exposed().isEmpty(), qPrintable(watcher.exposed().join(QLatin1String(", "))));
    }

    // A password the user chose is never printed, in text or JSON; the demo's default is.
    void secretsAreNeverPrinted()
    {
        const QString secret = QStringLiteral("S3cret-pass");
        const CliEnv env{{QStringLiteral("SELLERDESK_PASSWORD"), secret}};
        for (const bool json : {false, true}) {
            const QString db =
                path(json ? QStringLiteral("secret-json.sqlite") : QStringLiteral("secret.sqlite"));
            QStringList args{QStringLiteral("--db"), db};
            if (json)
                args << QStringLiteral("--json");
            args << QStringLiteral("demo") << QStringLiteral("--orders") << QStringLiteral("5");
            const CliRun r = cli(args, env);
            QVERIFY2(r.code == 0, qPrintable(r.err));
            QVERIFY2(!r.out.contains(secret) && !r.err.contains(secret), qPrintable(r.out + r.err));
            QVERIFY(r.out.contains(DemoStore::masterLogin()));
        }
    }

    void commandLinesThatAreMistakes()
    {
        const QByteArray before = peek(m_db).dump();
        const QString id = pick(
            QStringLiteral("SELECT product_order_no FROM orders WHERE status = 'CONFIRMED' ORDER BY id"));
        struct Case
        {
            QStringList args;
            const char *names; // the option the message must name
        };
        const QList<Case> cases = {
            {{QStringLiteral("order"), QStringLiteral("dispatch"), id, QStringLiteral("--courier"),
              QStringLiteral("CJGLS"), QStringLiteral("--tracking"), QStringLiteral("1"),
              QStringLiteral("--tracking"), QStringLiteral("123456789012")},
             "--tracking"},
            {{QStringLiteral("list"), QStringLiteral("orders"), QStringLiteral("--status"), QString()},
             "--status"},
            {{QStringLiteral("list"), QStringLiteral("orders"), QStringLiteral("--status"),
              QStringLiteral(",")},
             "--status"},
            {{QStringLiteral("list"), QStringLiteral("orders"), QStringLiteral("--search"),
              QStringLiteral(" ")},
             "--search"},
            {{QStringLiteral("--db"), m_db, QStringLiteral("list"), QStringLiteral("orders")}, "--db"},
            {{QStringLiteral("list"), QStringLiteral("orders"), QStringLiteral("--user"),
              QStringLiteral("x")},
             "--user"},
        };
        for (const Case &c : cases) {
            const CliRun r = demoCli(c.args);
            QVERIFY2(r.code == 2, qPrintable(c.args.join(QLatin1Char(' ')) + QStringLiteral(" → ") + r.err));
            QVERIFY2(r.err.contains(QLatin1String(c.names)), qPrintable(r.err));
        }
        QCOMPARE(peek(m_db).dump(), before);
    }

    // Bytes that are not UTF-8 would be stored as U+FFFD: refused, naming the option.
    void nonUtf8ArgumentsAreRefused()
    {
        const QByteArray before = peek(m_db).dump();
        const QString id = pick(
            QStringLiteral("SELECT product_order_no FROM orders WHERE status = 'CONFIRMED' ORDER BY id"));
        QProcess p;
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(QStringLiteral("SELLERDESK_PASSWORD"), kPassword);
        e.insert(QStringLiteral("LANG"), QStringLiteral("en_US.UTF-8"));
        e.remove(QStringLiteral("LC_ALL"));
        p.setProcessEnvironment(e);
        // QProcess would re-encode a QString: hand the raw bytes to a shell instead.
        const QByteArray script = "exec \"$0\" --db \"$1\" --user demo order delay \"$2\" --until 2024-06-20 "
                                  "--reason ETC --detail \"$(printf 'caf\\351')\"";
        p.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), QString::fromLatin1(script),
                                            QStringLiteral(SELLERDESK_CLI), m_db, id});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 2);
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QVERIFY2(err.contains(QLatin1String("--detail")), qPrintable(err));
        QCOMPARE(peek(m_db).dump(), before);
    }

    // A file that is not a store is said to be one at once, and is left as it was.
    void aFileThatIsNoStore()
    {
        const QString notes = path(QStringLiteral("notes.txt"));
        {
            QFile f(notes);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("These are my notes, not a database.\n");
        }
        const QByteArray original = [&] {
            QFile f(notes);
            f.open(QIODevice::ReadOnly);
            return f.readAll();
        }();
        QElapsedTimer timer;
        timer.start();
        const CliRun r = cli({QStringLiteral("--db"), notes, QStringLiteral("--user"), QStringLiteral("demo"),
                              QStringLiteral("list"), QStringLiteral("orders")});
        QCOMPARE(r.code, 4);
        QVERIFY2(r.err.contains(QLatin1String("not a SellerDesk store")), qPrintable(r.err));
        QVERIFY2(timer.elapsed() < 4000, "waited for a lock that is not there"); // was 5 s
        QFile f(notes);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), original);
        QVERIFY(!QFile::exists(notes + QStringLiteral("-wal")));

        // An empty file is no store: refused as such and left empty (it used to become a store without
        // users, and the command then said the password was wrong).
        const QString empty = path(QStringLiteral("empty.sqlite"));
        {
            QFile f(empty);
            QVERIFY(f.open(QIODevice::WriteOnly));
        }
        const CliRun r0 = cli({QStringLiteral("--db"), empty, QStringLiteral("--user"), QStringLiteral("demo"),
                               QStringLiteral("list"), QStringLiteral("orders")});
        QCOMPARE(r0.code, 4);
        QVERIFY2(r0.err.contains(QLatin1String("no store database")), qPrintable(r0.err));
        QCOMPARE(QFileInfo(empty).size(), 0);

        // Another program's SQLite database is not turned into a store either.
        const QString other = path(QStringLiteral("other.sqlite"));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
            db.setDatabaseName(other);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE recipes (name TEXT)")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("other"));
        const CliRun r2 = cli({QStringLiteral("--db"), other, QStringLiteral("demo"),
                               QStringLiteral("--orders"), QStringLiteral("5")});
        QCOMPARE(r2.code, 4);
        QVERIFY2(r2.err.contains(QLatin1String("not a SellerDesk store")), qPrintable(r2.err));
        QCOMPARE(peek(other).value(QStringLiteral("SELECT COUNT(*) FROM sqlite_master")).toInt(), 1);
        // A folder is not a store (README: exit 4), said in our words, not the system's.
        const CliRun folder = cli({QStringLiteral("--db"), m_dir.path(), QStringLiteral("--user"),
                                   QStringLiteral("demo"), QStringLiteral("list"), QStringLiteral("orders")});
        QCOMPARE(folder.code, 4);
        QVERIFY2(folder.err.contains(QLatin1String("is a folder, not a store database")),
                 qPrintable(folder.err));
        QVERIFY2(!folder.err.contains(QLatin1String("directory")), qPrintable(folder.err));
    }

    void unknownOrderIsBadInput()
    {
        const QByteArray before = peek(m_db).dump();
        QCOMPARE(
            demoCli({QStringLiteral("order"), QStringLiteral("confirm"), QStringLiteral("1111222233334444")})
                .code,
            4);
        QCOMPARE(
            demoCli({QStringLiteral("order"), QStringLiteral("show"), QStringLiteral("1111222233334444")})
                .code,
            4);
        QCOMPARE(peek(m_db).dump(), before);
    }

    void loginAndUsageErrors()
    {
        const QString id = pick(QStringLiteral("SELECT product_order_no FROM orders ORDER BY id"));
        QVERIFY(!id.isEmpty());
        const QByteArray before = peek(m_db).dump();
        QCOMPARE(demoCli({QStringLiteral("order"), QStringLiteral("confirm"), id},
                         {{QStringLiteral("SELLERDESK_PASSWORD"), QStringLiteral("wrong-password-1")}})
                     .code,
                 3);
        QCOMPARE(
            cli({QStringLiteral("--db"), m_db, QStringLiteral("order"), QStringLiteral("confirm"), id}).code,
            2);
        // SELLERDESK_USER names the user when --user is absent.
        const CliRun byEnv =
            cli({QStringLiteral("--db"), m_db, QStringLiteral("order"), QStringLiteral("show"), id},
                {{QStringLiteral("SELLERDESK_USER"), QStringLiteral("demo")}});
        QVERIFY2(byEnv.code == 0, qPrintable(byEnv.err));
        QCOMPARE(cli({QStringLiteral("--db"), m_db, QStringLiteral("frobnicate")}).code, 2);
        QCOMPARE(
            cli({QStringLiteral("--db"), m_db, QStringLiteral("order"), QStringLiteral("paint"), id}).code,
            2);
        QCOMPARE(cli({QStringLiteral("--bogus")}).code, 2);
        // Commands that take options only refuse a stray word.
        const CliRun stray =
            demoCli({QStringLiteral("list"), QStringLiteral("orders"), QStringLiteral("NEW")});
        QCOMPARE(stray.code, 2);
        QVERIFY2(stray.err.contains(QLatin1String("NEW")), qPrintable(stray.err));
        QCOMPARE(demoCli({QStringLiteral("order"), QStringLiteral("auto-decide"), id}).code, 2);
        QCOMPARE(cli({}).code, 2);
        QCOMPARE(cli({QStringLiteral("--help")}).code, 0);
        // A missing database is not created by a read.
        const QString missing = path(QStringLiteral("missing.sqlite"));
        QCOMPARE(cli({QStringLiteral("--db"), missing, QStringLiteral("--user"), QStringLiteral("demo"),
                      QStringLiteral("list"), QStringLiteral("orders")})
                     .code,
                 4);
        QVERIFY(!QFile::exists(missing));
        QCOMPARE(peek(m_db).dump(), before);
    }

    void financeMayNotProcessOrders()
    {
        {
            QString error;
            auto database = keepMessage(&error, [&](sd::Result *r) { return Database::open(m_db, r); });
            QVERIFY2(database, qPrintable(error));
            UserRecord u;
            u.login = QStringLiteral("finance");
            u.displayName = QStringLiteral("재무 담당");
            u.role = Role::Finance;
            u.passwordHash = hashPassword(QStringLiteral("money2024!"));
            WriteTransaction tx(database->connection());
            QVERIFY(okOr(UserRepository(database->connection()).insert(u, QDateTime::currentDateTimeUtc()),
                         &error));
            QVERIFY(tx.commit());
        }
        const CliEnv env{{QStringLiteral("SELLERDESK_PASSWORD"), QStringLiteral("money2024!")}};
        const QString id = pick(QStringLiteral(
            "SELECT product_order_no FROM orders WHERE status IN ('NEW', 'CONFIRMED') ORDER BY id"));
        QVERIFY(!id.isEmpty());
        const QByteArray before = peek(m_db).dump();
        const QStringList asFinance{QStringLiteral("--db"), m_db, QStringLiteral("--user"),
                                    QStringLiteral("finance")};
        QCOMPARE(
            cli(asFinance + QStringList{QStringLiteral("order"), QStringLiteral("confirm"), id}, env).code,
            3);
        QCOMPARE(
            cli(asFinance + QStringList{QStringLiteral("order"), QStringLiteral("auto-decide")}, env).code,
            3);
        QCOMPARE(peek(m_db).dump(), before);
        // Finance may list orders, with buyer data masked.
        const CliRun list = cli(asFinance + QStringList{QStringLiteral("--json"), QStringLiteral("list"),
                                                        QStringLiteral("orders"), QStringLiteral("--limit"),
                                                        QStringLiteral("5")},
                                env);
        QCOMPARE(list.code, 0);
        const QJsonArray rows = QJsonDocument::fromJson(list.out.toUtf8()).array();
        QCOMPARE(rows.size(), 5);
        for (const QJsonValue &row : rows) {
            QVERIFY(row[QStringLiteral("buyerName")].toString().contains(QLatin1Char('*')));
            QVERIFY(row[QStringLiteral("recipientPhone")].toString().contains(QStringLiteral("****")));
        }
    }

    void autoDecideAsMaster()
    {
        const CliRun r =
            demoCli({QStringLiteral("--json"), QStringLiteral("order"), QStringLiteral("auto-decide")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object()[QStringLiteral("ok")].toBool(), true);
    }

    void speaksKorean()
    {
        const CliEnv korean{{QStringLiteral("LANG"), QStringLiteral("ko_KR.UTF-8")}};
        const CliRun r = cli({QStringLiteral("--db"), m_db, QStringLiteral("frobnicate")}, korean);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("알 수 없는 명령")), qPrintable(r.err));
        const CliRun english = cli({QStringLiteral("--db"), m_db, QStringLiteral("frobnicate")});
        QVERIFY2(english.err.contains(QStringLiteral("Unknown command")), qPrintable(english.err));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "test_cli.moc"
