// `sellerdesk-cli audit list`: the audit log through the same description and listing call as the
// window's tab: newest first, filters by account, action and date, JSON with codes and UTC times, the
// master only, and the usual exit codes.
#include "cli_runner.h"
#include "result_support.h"
#include "services/access/password_hash.h"
#include "storage/common/database.h"
#include "storage/common/user_repository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace sd;
using namespace sd::test;

class TestCliAudit : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;

    CliRun cli(const QStringList &args) { return runCli(m_dir.path(), m_db, args); }
    QJsonArray listJson(const QStringList &args)
    {
        const CliRun r = cli(
            QStringList{QStringLiteral("--json"), QStringLiteral("audit"), QStringLiteral("list")} + args);
        if (r.code != 0)
            qWarning("%s", qPrintable(r.err));
        return QJsonDocument::fromJson(r.out.toUtf8()).array();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("demo.sqlite"));
        const CliRun demo =
            runCli(m_dir.path(), m_db,
                   {QStringLiteral("demo"), QStringLiteral("--orders"), QStringLiteral("40")}, false);
        QVERIFY2(demo.code == 0, qPrintable(demo.err));
        // An operator, and one confirmation by the master: three kinds of rows in the log.
        QString error;
        {
            auto database = keepMessage(&error, [&](sd::Result *r) { return Database::open(m_db, r); });
            QVERIFY2(database, qPrintable(error));
            UserRecord u;
            u.login = QStringLiteral("clerk");
            u.displayName = QStringLiteral("운영 담당");
            u.role = Role::Operator;
            u.passwordHash = hashPassword(demoPassword());
            WriteTransaction tx(database->connection());
            QVERIFY(okOr(UserRepository(database->connection()).insert(u, QDateTime::currentDateTimeUtc()),
                         &error));
            QVERIFY(tx.commit());
        }
        const CliRun listed = cli({QStringLiteral("--json"), QStringLiteral("list"), QStringLiteral("orders"),
                                   QStringLiteral("--status"), QStringLiteral("NEW"),
                                   QStringLiteral("--limit"), QStringLiteral("1")});
        const QJsonArray rows = QJsonDocument::fromJson(listed.out.toUtf8()).array();
        QVERIFY2(rows.size() == 1, qPrintable(listed.err));
        const QString id = rows.first().toObject().value(QStringLiteral("productOrderNo")).toString();
        QVERIFY(!id.isEmpty());
        QVERIFY(cli({QStringLiteral("order"), QStringLiteral("confirm"), id}).code == 0);
    }

    void newestFirstWithCodesAndUtcTimes()
    {
        const QJsonArray all = listJson({QStringLiteral("--limit"), QStringLiteral("0")});
        QVERIFY(all.size() >= 4); // demo batch, logins, the confirmation
        QCOMPARE(all.first().toObject().value(QStringLiteral("action")).toString(), QStringLiteral("login"));
        QStringList times;
        for (const QJsonValue &v : all)
            times << v.toObject().value(QStringLiteral("at")).toString();
        QStringList sorted = times;
        std::sort(sorted.begin(), sorted.end(), std::greater<>());
        QCOMPARE(times, sorted);
        QVERIFY(times.first().endsWith(QLatin1Char('Z')));
        QVERIFY(QDateTime::fromString(times.first(), Qt::ISODateWithMs).isValid());
    }

    void filtersByActionAccountAndDate()
    {
        const QJsonArray confirmed = listJson({QStringLiteral("--action"), QStringLiteral("orders.confirm")});
        QCOMPARE(confirmed.size(), 1);
        QCOMPARE(confirmed.first().toObject().value(QStringLiteral("actionLabel")).toString(),
                 QStringLiteral("Orders confirmed"));
        // By its label too.
        QCOMPARE(listJson({QStringLiteral("--action"), QStringLiteral("Orders confirmed")}).size(), 1);
        for (const QJsonValue &v : listJson({QStringLiteral("--account"), QStringLiteral("demo"),
                                             QStringLiteral("--limit"), QStringLiteral("0")}))
            QCOMPARE(v.toObject().value(QStringLiteral("user")).toString(), QStringLiteral("데모 마스터"));
        QCOMPARE(listJson({QStringLiteral("--account"), QStringLiteral("clerk")}).size(), 0);
        QCOMPARE(listJson({QStringLiteral("--to"), QStringLiteral("2001-01-01")}).size(), 0);
        QVERIFY(!listJson({QStringLiteral("--from"), QStringLiteral("2001-01-01")}).isEmpty());
    }

    void textOutputHasAHeaderAndOneLinePerEntry()
    {
        const CliRun r = cli({QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--action"),
                              QStringLiteral("orders.confirm")});
        QCOMPARE(r.code, 0);
        const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QVERIFY(lines.first().startsWith(QLatin1String("Time\tUser\tAction")));
        QVERIFY(lines.last().contains(QLatin1String("\tOrders confirmed\t")));
    }

    void onlyTheMasterReadsTheLog()
    {
        QStringList args{QStringLiteral("--db"),   m_db,
                         QStringLiteral("--user"), QStringLiteral("clerk"),
                         QStringLiteral("--json"), QStringLiteral("audit"),
                         QStringLiteral("list")};
        const CliRun r = runProgram(m_dir.path(), args);
        QCOMPARE(r.code, 3);
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("code")).toString(),
                 QStringLiteral("permission_denied"));
    }

    // list orders reads buyer data unmasked for the master: one access record per command, naming the
    // orders shown; audit list holds no personal data and records nothing.
    void listingOrdersIsRecordedOncePerCommand()
    {
        const auto records = [this] {
            Store store(m_db, Store::ReadOnly);
            return store.value(QStringLiteral("SELECT COUNT(*) FROM personal_data_access")).toInt();
        };
        const int before = records();
        QVERIFY(cli({QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--limit"),
                     QStringLiteral("0")})
                    .code == 0);
        QCOMPARE(records(), before);
        const CliRun r = cli({QStringLiteral("--json"), QStringLiteral("list"), QStringLiteral("orders"),
                              QStringLiteral("--limit"), QStringLiteral("5")});
        QCOMPARE(r.code, 0);
        QCOMPARE(records(), before + 1);
        Store store(m_db, Store::ReadOnly);
        QCOMPARE(
            store.value(QStringLiteral("SELECT purpose FROM personal_data_access ORDER BY id DESC LIMIT 1"))
                .toString(),
            QStringLiteral("list"));
        QCOMPARE(
            store.value(QStringLiteral("SELECT orders FROM personal_data_access ORDER BY id DESC LIMIT 1"))
                .toInt(),
            5);
        QCOMPARE(
            store.value(QStringLiteral("SELECT order_ids FROM personal_data_access ORDER BY id DESC LIMIT 1"))
                .toString()
                .split(QLatin1Char(','))
                .size(),
            5);
        QCOMPARE(
            store.value(QStringLiteral("SELECT program FROM personal_data_access ORDER BY id DESC LIMIT 1"))
                .toString(),
            QStringLiteral("sellerdesk-cli-test"));
    }

    void badValuesAreRefused_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::newRow("unknown action")
            << QStringList{QStringLiteral("--action"), QStringLiteral("nope")} << 4;
        QTest::newRow("unknown account")
            << QStringList{QStringLiteral("--account"), QStringLiteral("ghost")} << 4;
        QTest::newRow("not a date") << QStringList{QStringLiteral("--from"), QStringLiteral("yesterday")}
                                    << 4;
        QTest::newRow("negative limit") << QStringList{QStringLiteral("--limit"), QStringLiteral("-1")} << 4;
        QTest::newRow("stray argument") << QStringList{QStringLiteral("everything")} << 2;
        QTest::newRow("repeated option") << QStringList{QStringLiteral("--action"), QStringLiteral("login"),
                                                        QStringLiteral("--action"), QStringLiteral("export")}
                                         << 2;
    }
    void badValuesAreRefused()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        const CliRun r = cli(QStringList{QStringLiteral("audit"), QStringLiteral("list")} + args);
        QCOMPARE(r.code, code);
        QVERIFY(r.out.isEmpty());
        QVERIFY(!r.err.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCliAudit)
#include "test_cli_audit.moc"
