// kill -9 probe: the CLI is killed (SIGKILL) at random moments while it writes. After every kill the
// store is intact (integrity_check, foreign_key_check), the command was applied wholly or not at all,
// and the store still opens and takes a command.
//
// One bounded harness: a table of scenarios (kScenarios), each killed `kills` times, every run on a fresh
// copy of a template store, the kill moment drawn from a seeded generator (the seed is printed; set
// SELLERDESK_CRASH_SEED to replay one). To probe a new command, add a row: how to build its command line
// on the store, and how to tell "wholly" from "not at all".
//
// `import orders` is probed with a new-orders file and with a newer file over orders the store has. Its
// write has three phases (staging in TEMP tables, one publish transaction, then the search documents in
// short transactions off order_search_backlog), so its kill moments are drawn per phase, from the moments
// the unkilled calibration run reached them (watched from the test's own read connection). After every
// kill the next open must have repaired the search: `list orders --search` finds the imported orders'
// new text and not their old one.
#include "cli_runner.h"

#include <QDate>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <functional>

using namespace sd::test;

namespace {

// What a scenario's command did to the store, as far as the check could tell.
enum class Applied { None, All };

struct Probe
{
    QStringList args;
    // Returns an empty string and sets `applied` when the store holds all or none of the command;
    // otherwise says what is half done. May set `phase` to what the kill left (for the summary).
    std::function<QString(const Store &store, Applied *applied, QString *phase)> check;
    // Optional, after the check: what the next run of the program (which opens the store) must find;
    // an empty string when it does. That run is then the command that shows the store takes one.
    std::function<QString(const QString &db, Applied applied)> afterOpen;
    // Optional: queries answering true or false, polled on the test's own connection while the
    // calibration run goes; the first moment each answered true is handed to Scenario::killAt.
    QStringList milestones;
};

enum class Template { Demo, DemoAndImported };

struct Scenario
{
    const char *name;
    int kills; // how many times it is killed (a run that ends before its kill moment does not count)
    // Kill moments are drawn between these percentages of the time the command takes unkilled. A bulk
    // action writes at its end (before it, the process starts, opens the store, logs in and reads), so
    // its range reaches past 100% to catch the commit too.
    int fromPercent, toPercent;
    std::function<Probe(const Store &store)> prepare;
    Template store = Template::Demo;
    // Optional: the kill moment (ms after the start) from the calibration's span and the moments it
    // reached the probe's milestones (-1: not seen), instead of the percentages.
    std::function<qint64(qint64 spanMs, const QList<qint64> &milestones, QRandomGenerator &rng)> killAt;
};

QString joinedForSql(const QStringList &ids)
{
    QStringList quoted;
    for (const QString &id : ids)
        quoted << QLatin1Char('\'') + id + QLatin1Char('\''); // product order numbers are digits only
    return quoted.join(QLatin1Char(','));
}

// A status action on every order in status `from` (at most 1,000, the service's maximum, and not the
// one kept aside for the after-check): afterwards all of them are in `to` with one history row each and
// one audit row for the command, or none is.
Probe statusAction(const Store &store, const QString &action, const QString &from, const QString &to,
                   const QString &keepAside)
{
    const QStringList ids = store.column(
        QStringLiteral("SELECT product_order_no FROM orders WHERE status = ? AND product_order_no <> ? "
                       "ORDER BY id LIMIT 1000"),
        {from, keepAside});
    const QString auditAction = QStringLiteral("orders.") + action;
    const int auditBefore =
        store.value(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = ?"), {auditAction}).toInt();
    Probe p;
    p.args = QStringList{QStringLiteral("order"), action} + ids;
    p.check = [=](const Store &s, Applied *applied, QString *) -> QString {
        const QString in = joinedForSql(ids);
        const int moved =
            s.value(
                 QStringLiteral("SELECT COUNT(*) FROM orders WHERE status = ? AND product_order_no IN (%1)")
                     .arg(in),
                 {to})
                .toInt();
        const int stayed =
            s.value(
                 QStringLiteral("SELECT COUNT(*) FROM orders WHERE status = ? AND product_order_no IN (%1)")
                     .arg(in),
                 {from})
                .toInt();
        const int events = s.value(QStringLiteral("SELECT COUNT(*) FROM order_events e JOIN orders o ON "
                                                  "o.id = e.order_id WHERE o.product_order_no IN (%1)")
                                       .arg(in))
                               .toInt();
        const int audits =
            s.value(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = ?"), {auditAction})
                .toInt() -
            auditBefore;
        const int n = int(ids.size());
        if (moved == n && stayed == 0 && events == n && audits == 1) {
            *applied = Applied::All;
            return {};
        }
        if (moved == 0 && stayed == n && events == 0 && audits == 0) {
            *applied = Applied::None;
            return {};
        }
        return QStringLiteral("%1 of %2 orders moved to %3, %4 still %5, %6 history rows, %7 audit rows")
            .arg(moved)
            .arg(n)
            .arg(to)
            .arg(stayed)
            .arg(from)
            .arg(events)
            .arg(audits);
    };
    return p;
}

// Every demo.generate audit row names a whole batch (its id range holds exactly its orders), the
// batches follow each other, and together they account for every order and product.
QString demoBatchesWhole(const Store &store, int *batches)
{
    static const QRegularExpression detail(
        QStringLiteral("^batch=(\\d+) orders=(\\d+) ids=(\\d+)-(\\d+) products=(\\d+) seed=\\d+$"));
    QSqlQuery q(store.db());
    q.exec(QStringLiteral("SELECT detail FROM audit_log WHERE action = 'demo.generate' ORDER BY id"));
    qint64 orders = 0, products = 0, nextId = 1;
    *batches = 0;
    while (q.next()) {
        const auto m = detail.match(q.value(0).toString());
        if (!m.hasMatch())
            return QStringLiteral("unexpected audit detail \"%1\"").arg(q.value(0).toString());
        const qint64 n = m.captured(2).toLongLong(), first = m.captured(3).toLongLong(),
                     last = m.captured(4).toLongLong();
        const qint64 rows =
            store.value(QStringLiteral("SELECT COUNT(*) FROM orders WHERE id BETWEEN ? AND ?"), {first, last})
                .toLongLong();
        if (n > 0 && (first != nextId || last - first + 1 != n || rows != n))
            return QStringLiteral("batch \"%1\" holds %2 orders").arg(q.value(0).toString()).arg(rows);
        if (n > 0)
            nextId = last + 1;
        orders += n;
        products += m.captured(5).toLongLong();
        ++*batches;
    }
    const qint64 inStore = store.value(QStringLiteral("SELECT COUNT(*) FROM orders")).toLongLong();
    const qint64 productsInStore = store.value(QStringLiteral("SELECT COUNT(*) FROM products")).toLongLong();
    if (inStore != orders || productsInStore != products)
        return QStringLiteral("the audit rows account for %1 orders and %2 products, the store has %3 and %4")
            .arg(orders)
            .arg(products)
            .arg(inStore)
            .arg(productsInStore);
    return {};
}

Probe demoRun(const Store &store)
{
    int batchesBefore = 0;
    demoBatchesWhole(store, &batchesBefore);
    Probe p;
    p.args = QStringList{QStringLiteral("demo"), QStringLiteral("--orders"), QStringLiteral("3000"),
                         QStringLiteral("--seed"), QStringLiteral("21")};
    p.check = [batchesBefore](const Store &s, Applied *applied, QString *) -> QString {
        int batches = 0;
        const QString problem = demoBatchesWhole(s, &batches);
        // A killed demo keeps the whole batches it committed: "applied" here means it finished or got
        // at least one batch in.
        *applied = batches > batchesBefore ? Applied::All : Applied::None;
        return problem;
    };
    return p;
}

// An order file of the Naver 발주발송관리 download (CSV; the notice line above the header, the columns an
// import needs and the contacts), `rows` product orders numbered `prefix` + 12 digits, two to a 주문번호.
struct OrderFile
{
    QString prefix;
    int rows = 0;
    bool shipped = false; // 배송중 with a courier and tracking number; else `detail` of 결제완료
    QString detail;       // 신규주문 (NEW) or 발주확인 (CONFIRMED)
    QString recipient;    // the searchable text the file brings
    QString address;
};

QByteArray naverFile(const OrderFile &f)
{
    QByteArray text("\xEF\xBB\xBF");
    text += QStringLiteral("※ 엑셀 일괄발송 양식입니다. 파일 업로드 시, 1행 삭제 후 업로드\r\n"
                           "상품주문번호,주문번호,택배사,송장번호,구매자명,수취인명,주문상태,주문세부상태,결제일,"
                           "상품명,옵션정보,수량,최종 상품별 총 주문금액,수취인연락처1,기본배송지,상세배송지,"
                           "배송메세지\r\n")
                .toUtf8();
    // Paid three days ago: the concurrency tests run the shipped program on the real clock.
    const QString paid = QDate::currentDate().addDays(-3).toString(Qt::ISODate);
    for (int i = 0; i < f.rows; ++i) {
        text += QStringLiteral("%1%2,O%1%3,%4,%5,김민수,%6,%7,%8,%9 1%10:03:22,\"크래시 검증 키보드, 블랙\","
                               "색상: 검정,1,\"35,000\",010-9876-5432,%11 %12,4층,문 앞에\r\n")
                    .arg(f.prefix)
                    .arg(i, 12, 10, QLatin1Char('0'))
                    .arg(i / 2, 8, 10, QLatin1Char('0'))
                    .arg(f.shipped ? QStringLiteral("CJ대한통운") : QString())
                    .arg(f.shipped ? QStringLiteral("6%1").arg(i, 11, 10, QLatin1Char('0')) : QString())
                    .arg(f.recipient)
                    .arg(f.shipped ? QStringLiteral("배송중") : QStringLiteral("결제완료"))
                    .arg(f.shipped ? QString() : f.detail)
                    .arg(paid)
                    .arg(i % 10)
                    .arg(f.address)
                    .arg(i)
                    .toUtf8();
    }
    return text;
}

// Orders `term` finds through `sellerdesk-cli list orders --search` (a new run: it opens the store).
qint64 searched(const QString &home, const QString &db, const QString &term, QString *error)
{
    const CliRun r = runCli(home, db,
                            {QStringLiteral("--json"), QStringLiteral("list"), QStringLiteral("orders"),
                             QStringLiteral("--search"), term, QStringLiteral("--limit"), QStringLiteral("0")});
    if (r.code != 0) {
        *error = QStringLiteral("list orders --search %1: exit %2: %3").arg(term).arg(r.code).arg(r.err);
        return -1;
    }
    return QJsonDocument::fromJson(r.out.toUtf8()).array().size();
}

// `import orders FILE` of `file`: afterwards the store has every order of the file (new, or changed as
// the file says) with its contact row, one more import history line per order and exactly one more
// order.import audit row — or none of it (an update: the orders as they were). The next open's search
// finds the file's recipient for every order and the replaced recipient (`oldRecipient`, an update's) for
// none — or, when nothing was applied, the other way round.
Probe importRun(const Store &store, const QString &home, const QString &path, const OrderFile &file,
                const QString &oldRecipient)
{
    const QString mine = QStringLiteral("o.product_order_no LIKE '%1%'").arg(file.prefix); // digits only
    const QString importAudits = QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'order.import'");
    const QString importEvents =
        QStringLiteral("SELECT COUNT(*) FROM order_events e JOIN orders o ON o.id = e.order_id "
                       "WHERE e.action = 'import' AND %1")
            .arg(mine);
    const int auditBefore = store.value(importAudits).toInt();
    const int eventsBefore = store.value(importEvents).toInt();
    const int ordersBefore = store.value(QStringLiteral("SELECT COUNT(*) FROM orders o WHERE ") + mine).toInt();
    const bool update = ordersBefore > 0;
    Probe p;
    p.args = QStringList{QStringLiteral("import"), QStringLiteral("orders"), path};
    p.milestones = {
        // published: the audit row commits with the orders
        QStringLiteral("SELECT (%1) > %2").arg(importAudits).arg(auditBefore),
        // indexed: and the search documents are all written
        QStringLiteral("SELECT (%1) > %2 AND NOT EXISTS (SELECT 1 FROM order_search_backlog)")
            .arg(importAudits)
            .arg(auditBefore),
    };
    p.check = [=](const Store &s, Applied *applied, QString *phase) -> QString {
        const int n = file.rows;
        const int orders = s.value(QStringLiteral("SELECT COUNT(*) FROM orders o WHERE ") + mine).toInt();
        // Orders that look as the file says: status, tracking number, and the contact row.
        const int asFiled =
            s.value(QStringLiteral("SELECT COUNT(*) FROM orders o JOIN order_contacts c ON c.order_id = o.id "
                                   "WHERE %1 AND o.status = ? AND c.recipient_name = ? AND c.address LIKE ? "
                                   "AND (o.tracking_no IS NOT NULL) = ?")
                        .arg(mine),
                    {file.shipped ? QStringLiteral("SHIPPING")
                                  : file.detail == QLatin1String("발주확인") ? QStringLiteral("CONFIRMED")
                                                                            : QStringLiteral("NEW"),
                     file.recipient, file.address + QStringLiteral(" %"), file.shipped})
                .toInt();
        const int events = s.value(importEvents).toInt() - eventsBefore;
        const int audits = s.value(importAudits).toInt() - auditBefore;
        const int backlog = s.value(QStringLiteral("SELECT COUNT(*) FROM order_search_backlog")).toInt();
        if (orders == n && asFiled == n && events == n && audits == 1) {
            *applied = Applied::All;
            *phase = backlog > 0 ? QStringLiteral("applied, search documents on the backlog")
                                 : QStringLiteral("applied and indexed");
            return {};
        }
        if (orders == ordersBefore && asFiled == 0 && events == 0 && audits == 0 && backlog == 0) {
            *applied = Applied::None;
            *phase = QStringLiteral("nothing");
            return {};
        }
        return QStringLiteral("%1 of %2 orders there (%3 before), %4 as the file says, %5 new history "
                              "rows, %6 new audit rows, %7 on the search backlog")
            .arg(orders)
            .arg(n)
            .arg(ordersBefore)
            .arg(asFiled)
            .arg(events)
            .arg(audits)
            .arg(backlog);
    };
    p.afterOpen = [=](const QString &db, Applied applied) -> QString {
        QString error;
        const bool all = applied == Applied::All;
        const qint64 now = searched(home, db, file.recipient, &error);
        if (now < 0)
            return error;
        if (now != (all ? file.rows : 0))
            return QStringLiteral("the search finds %1 orders of \"%2\" after the next open, not %3")
                .arg(now)
                .arg(file.recipient)
                .arg(all ? file.rows : 0);
        if (update) {
            // The replaced text, in the index that run left (a search alone is counted from it).
            const Store s(db, Store::ReadOnly);
            const qint64 old = s.value(QStringLiteral("SELECT COUNT(*) FROM order_search WHERE order_search "
                                                      "MATCH ?"),
                                       {QStringLiteral("\"%1\"").arg(oldRecipient)})
                                   .toLongLong();
            if (old != (all ? 0 : ordersBefore))
                return QStringLiteral("the search finds %1 orders of the replaced \"%2\", not %3")
                    .arg(old)
                    .arg(oldRecipient)
                    .arg(all ? 0 : ordersBefore);
        }
        return {};
    };
    return p;
}

// An import's kill moment: a third of them in the staging before the publish (after the file was read
// and checked), a third around the publish transaction, a third in the search tail after it.
qint64 importKillMoment(qint64 spanMs, const QList<qint64> &m, QRandomGenerator &rng)
{
    const qint64 published = m.value(0, -1) > 0 ? m.at(0) : spanMs * 7 / 10;
    const qint64 indexed = std::max(published + 40, m.value(1, -1) > 0 ? m.at(1) : spanMs);
    const auto between = [&rng](qint64 from, qint64 to) {
        return from + qint64(rng.bounded(quint32(std::max<qint64>(1, to - from))));
    };
    switch (rng.bounded(3)) {
    case 0:
        return between(published * 3 / 4, published);
    case 1:
        return between(std::max<qint64>(0, published - 80), published + 40);
    default:
        return between(published, indexed); // the program ends right after: later moments find it done
    }
}

QString integrityProblems(const Store &store)
{
    const QString integrity = store.value(QStringLiteral("PRAGMA integrity_check")).toString();
    if (integrity != QLatin1String("ok"))
        return QStringLiteral("integrity_check: %1").arg(integrity);
    QSqlQuery fk(store.db());
    if (!fk.exec(QStringLiteral("PRAGMA foreign_key_check")))
        return QStringLiteral("foreign_key_check did not run");
    if (fk.next())
        return QStringLiteral("foreign_key_check: table %1 row %2")
            .arg(fk.value(0).toString(), fk.value(1).toString());
    return {};
}

// One NEW order no scenario touches: after every kill it is confirmed, to show the store takes a command.
const char *const kKeepAsideSql =
    "SELECT product_order_no FROM orders WHERE status = 'NEW' ORDER BY id DESC LIMIT 1";

} // namespace

class TestCrash : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_template;
    QString m_importTemplate; // the demo plus kBase imported: orders a newer file updates
    QString m_keepAside;

    // The orders of the import scenarios: new ones, and the newer file over the ones already imported.
    const OrderFile kNew{QStringLiteral("7701"), 3000, false, QStringLiteral("신규주문"),
                         QStringLiteral("신규수취인"), QStringLiteral("서울특별시 강남구 신규로")};
    const OrderFile kBase{QStringLiteral("7702"), 2000, false, QStringLiteral("발주확인"),
                          QStringLiteral("옛수취인"), QStringLiteral("서울특별시 강남구 옛주소로")};
    const OrderFile kUpdate{QStringLiteral("7702"), 2000, true, QString(), QStringLiteral("새수취인"),
                            QStringLiteral("부산광역시 해운대구 새주소로")};

    QString home() const { return m_dir.path(); }
    QString fileOf(const OrderFile &f) const
    {
        return m_dir.filePath(QStringLiteral("orders-%1-%2.csv").arg(f.prefix, f.recipient));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_template = m_dir.filePath(QStringLiteral("template.sqlite"));
        // 12,000 orders of the last 90 days (real clock): a few hundred NEW and SHIPPING among them.
        const CliRun r = runCli(home(), m_template,
                                {QStringLiteral("demo"), QStringLiteral("--orders"), QStringLiteral("12000"),
                                 QStringLiteral("--seed"), QStringLiteral("11")},
                                false);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(!QFile::exists(m_template + QStringLiteral("-wal")), "the template should be checkpointed");
        Store store(m_template);
        m_keepAside = store.value(QString::fromLatin1(kKeepAsideSql)).toString();
        QVERIFY(!m_keepAside.isEmpty());
        QVERIFY(store.value(QStringLiteral("SELECT COUNT(*) FROM orders WHERE status = 'NEW'")).toInt() >=
                20);
        QVERIFY(
            store.value(QStringLiteral("SELECT COUNT(*) FROM orders WHERE status = 'SHIPPING'")).toInt() >=
            20);

        for (const OrderFile *f : {&kNew, &kBase, &kUpdate}) {
            QFile file(m_dir.filePath(QStringLiteral("orders-%1-%2.csv").arg(f->prefix, f->recipient)));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(naverFile(*f));
        }
        m_importTemplate = m_dir.filePath(QStringLiteral("template-imported.sqlite"));
        QVERIFY(QFile::copy(m_template, m_importTemplate));
        const CliRun imported = runCli(home(), m_importTemplate,
                                       {QStringLiteral("import"), QStringLiteral("orders"), fileOf(kBase)});
        QVERIFY2(imported.code == 0, qPrintable(imported.err));
        QVERIFY2(!QFile::exists(m_importTemplate + QStringLiteral("-wal")),
                 "the import template should be checkpointed");
    }

    void killedCommandsLeaveWholeCommands()
    {
        const Scenario kScenarios[] = {
            {"order confirm (NEW orders)", 8, 50, 115,
             [this](const Store &s) {
                 return statusAction(s, QStringLiteral("confirm"), QStringLiteral("NEW"),
                                     QStringLiteral("CONFIRMED"), m_keepAside);
             },
             Template::Demo, {}},
            {"order deliver (SHIPPING orders)", 8, 50, 115,
             [this](const Store &s) {
                 return statusAction(s, QStringLiteral("deliver"), QStringLiteral("SHIPPING"),
                                     QStringLiteral("DELIVERED"), m_keepAside);
             },
             Template::Demo, {}},
            {"demo --orders 3000", 8, 10, 100, [](const Store &s) { return demoRun(s); }, Template::Demo, {}},
            {"import orders (3,000 new orders)", 15, 0, 0,
             [this](const Store &s) { return importRun(s, home(), fileOf(kNew), kNew, QString()); },
             Template::Demo, importKillMoment},
            {"import orders (a newer file over 2,000 orders)", 15, 0, 0,
             [this](const Store &s) {
                 return importRun(s, home(), fileOf(kUpdate), kUpdate, kBase.recipient);
             },
             Template::DemoAndImported, importKillMoment},
        };

        const quint32 seed = qEnvironmentVariableIsSet("SELLERDESK_CRASH_SEED")
                                 ? quint32(qEnvironmentVariableIntValue("SELLERDESK_CRASH_SEED"))
                                 : QRandomGenerator::system()->generate();
        qInfo("crash probe seed %u (replay with SELLERDESK_CRASH_SEED=%u)", seed, seed);
        QRandomGenerator rng(seed);
        QElapsedTimer wall;
        wall.start();
        int kills = 0, importKills = 0;
        int round = 0;
        for (const Scenario &scenario : kScenarios) {
            // How long the command takes when nobody kills it: the kill moments are drawn from that span.
            qint64 spanMs = 0;
            QList<qint64> milestones;
            int none = 0, all = 0, finished = 0;
            int killedHere = 0;
            QMap<QString, int> phases; // what the kills left, when the probe says
            for (int i = 0; killedHere < scenario.kills && i <= 3 * scenario.kills; ++i) {
                const bool calibrate = i == 0;
                const QString db = m_dir.filePath(QStringLiteral("round-%1.sqlite").arg(++round));
                QVERIFY(QFile::copy(scenario.store == Template::Demo ? m_template : m_importTemplate, db));
                Probe probe;
                {
                    Store store(db);
                    probe = scenario.prepare(store);
                }
                const qint64 killAfter =
                    calibrate         ? -1
                    : scenario.killAt ? scenario.killAt(spanMs, milestones, rng)
                                      : spanMs * scenario.fromPercent / 100 +
                                            qint64(rng.bounded(int(spanMs *
                                                                   (scenario.toPercent - scenario.fromPercent) /
                                                                   100) +
                                                               1));
                QElapsedTimer t;
                t.start();
                auto p = startCli(home(), db, probe.args);
                QVERIFY(p->state() != QProcess::NotRunning);
                bool killed = false;
                if (calibrate && !probe.milestones.isEmpty()) {
                    // Watch the run from outside (a reader never holds up the writer under WAL; a
                    // read-only connection cannot open a WAL store whose -shm is not there yet).
                    milestones = QList<qint64>(probe.milestones.size(), -1);
                    Store watcher(db);
                    while (!p->waitForFinished(5) && t.elapsed() < 60000) {
                        for (int m = 0; m < probe.milestones.size(); ++m) {
                            if (milestones[m] < 0 && watcher.value(probe.milestones.at(m)).toBool())
                                milestones[m] = t.elapsed();
                        }
                    }
                    QVERIFY(p->state() == QProcess::NotRunning);
                    spanMs = t.elapsed();
                    QVERIFY2(p->exitCode() == 0, p->readAllStandardError().constData());
                } else if (calibrate) {
                    QVERIFY(p->waitForFinished(60000));
                    spanMs = t.elapsed();
                    QVERIFY2(p->exitCode() == 0, p->readAllStandardError().constData());
                } else if (!p->waitForFinished(int(killAfter))) {
                    p->kill(); // SIGKILL
                    QVERIFY(p->waitForFinished(10000));
                    killed = true;
                    ++kills;
                    ++killedHere;
                    importKills += probe.args.value(0) == QLatin1String("import") ? 1 : 0;
                } else {
                    ++finished;
                    QVERIFY2(p->exitCode() == 0, p->readAllStandardError().constData());
                    // The calibration ran slower than this run (the machine was busier then): draw the
                    // next kill moments from the span a run takes now, so they still land inside it.
                    spanMs = qMin(spanMs, t.elapsed());
                }
                const QString where = QStringLiteral("%1, round %2, %3")
                                          .arg(QLatin1String(scenario.name))
                                          .arg(i)
                                          .arg(killed ? QStringLiteral("killed after %1 ms").arg(killAfter)
                                                      : QStringLiteral("not killed"));
                {
                    Store store(db);
                    const QString broken = integrityProblems(store);
                    QVERIFY2(broken.isEmpty(), qPrintable(where + QStringLiteral(": ") + broken));
                    Applied applied = Applied::None;
                    QString phase;
                    const QString half = probe.check(store, &applied, &phase);
                    QVERIFY2(half.isEmpty(), qPrintable(where + QStringLiteral(": ") + half));
                    if (!killed)
                        QVERIFY2(applied == Applied::All,
                                 qPrintable(where + QStringLiteral(": not applied")));
                    (applied == Applied::All ? all : none) += killed ? 1 : 0;
                    if (killed && !phase.isEmpty())
                        ++phases[phase];
                    if (probe.afterOpen) {
                        const QString wrong = probe.afterOpen(db, applied);
                        QVERIFY2(wrong.isEmpty(), qPrintable(where + QStringLiteral(": ") + wrong));
                    }
                }
                // The store still opens and takes a command.
                if (!probe.afterOpen) {
                    const CliRun after =
                        runCli(home(), db, {QStringLiteral("order"), QStringLiteral("confirm"), m_keepAside});
                    QVERIFY2(after.code == 0, qPrintable(where + QStringLiteral(": ") + after.err));
                }
                QFile::remove(db);
                QFile::remove(db + QStringLiteral("-wal"));
                QFile::remove(db + QStringLiteral("-shm"));
            }
            QStringList left;
            for (auto it = phases.cbegin(); it != phases.cend(); ++it)
                left << QStringLiteral("%1 %2").arg(it.value()).arg(it.key());
            QStringList reached;
            for (qint64 m : std::as_const(milestones))
                reached << QString::number(m);
            qInfo("%s: runs %lld ms unkilled%s; %d kills (%d left nothing, %d left it applied%s), %d finished "
                  "before their kill moment",
                  scenario.name, spanMs,
                  milestones.isEmpty()
                      ? ""
                      : qPrintable(QStringLiteral(" (milestones at %1 ms)").arg(reached.join(QLatin1Char('/')))),
                  killedHere, none, all,
                  left.isEmpty() ? "" : qPrintable(QStringLiteral(": ") + left.join(QStringLiteral(", "))),
                  finished);
        }
        qInfo("%d kills (%d of imports) in %lld ms", kills, importKills, wall.elapsed());
        QVERIFY2(kills >= 20, "fewer than 20 kills: the kill moments fell after the commands had finished");
        QVERIFY2(importKills >= 30, "fewer than 30 kills of imports");
    }
};

QTEST_GUILESS_MAIN(TestCrash)
#include "test_crash.moc"
