// A storage failure inside a service, end to end: the driver's text (here a trigger's RAISE message,
// standing in for "disk I/O error" or a constraint) never reaches the user's message, it is in the log
// instead, and nothing was changed. One case per way a service reaches storage: a settings save, a
// holiday, a bulk order action (BulkRun), the login record.
#include "services/access/auth_service.h"
#include "services/common/app_log.h"
#include "services/orders/order_service.h"
#include "services/store/calendar_service.h"
#include "services/store/settings.h"
#include "test_support.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace sd;
using namespace sd::test;

namespace {

const char kMarker[] = "sd-driver-text-7781";

// Makes every write to `table` fail with kMarker as the driver's message.
bool breakWritesTo(QSqlDatabase db, const QString &table)
{
    QSqlQuery q(db);
    for (const char *op : {"INSERT", "UPDATE"}) {
        if (!q.exec(QStringLiteral("CREATE TRIGGER break_%1_%2 BEFORE %2 ON %1 BEGIN SELECT RAISE(ABORT, '%3'); END")
                        .arg(table, QLatin1String(op), QLatin1String(kMarker))))
            return false;
    }
    return true;
}

QByteArray readLog()
{
    QFile f(AppLog::filePath());
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestStorageFailures : public QObject
{
    Q_OBJECT

    QTemporaryDir logDir;
    std::unique_ptr<TestWorkspace> t;
    UserSession master;

    // The failure as the user sees it, and the log.
    void checkPlain(const Result &r)
    {
        QCOMPARE(r.kind, ErrorKind::Storage);
        QVERIFY2(!r.message.contains(QLatin1String(kMarker)), qPrintable(r.message));
        QVERIFY2(!r.message.contains(QLatin1String("RAISE")), qPrintable(r.message));
        QVERIFY2(r.message.contains(QDir::toNativeSeparators(AppLog::filePath())), qPrintable(r.message));
        QVERIFY(readLog().contains(kMarker));
    }

private slots:
    void init()
    {
        QVERIFY(AppLog::install(logDir.filePath(QStringLiteral("logs-%1").arg(QTest::currentTestFunction()))));
        t = std::make_unique<TestWorkspace>();
        QVERIFY2(t->ok(), qPrintable(t->error));
        master = addUser(t->db(), QStringLiteral("boss"), Role::Master, QStringLiteral("correct horse 1"));
        QVERIFY(master.userId > 0);
    }
    void cleanup()
    {
        t.reset();
        AppLog::uninstall();
    }

    void aSettingsSaveThatFailsSaysSoPlainlyAndChangesNothing()
    {
        const QString before = t->ws->settings().value(Settings::Key::DispatchBusinessDays);
        const int audits = countRows(t->db(), QStringLiteral("audit_log"));
        QVERIFY(breakWritesTo(t->db(), QStringLiteral("settings")));
        const Result r = t->ws->settings().set(master, Settings::Key::DispatchBusinessDays,
                                               before == QLatin1String("2") ? QStringLiteral("3") : QStringLiteral("2"),
                                               t->clock.nowUtc());
        checkPlain(r);
        QCOMPARE(t->ws->settings().value(Settings::Key::DispatchBusinessDays), before);
        QCOMPARE(countRows(t->db(), QStringLiteral("audit_log")), audits);
    }

    void aHolidayThatCannotBeSavedSaysSoPlainly()
    {
        QVERIFY(breakWritesTo(t->db(), QStringLiteral("holidays_user")));
        const Result r = CalendarService(*t->ws, master).addHoliday(QDate(2024, 6, 7), QStringLiteral("창립기념일"));
        checkPlain(r);
        QCOMPARE(countRows(t->db(), QStringLiteral("holidays_user")), 0);
    }

    void aBulkActionThatCannotWriteTheAuditRowWritesNothing()
    {
        Order a = makeOrder(QStringLiteral("PO-1")), b = makeOrder(QStringLiteral("PO-2"));
        QList<Order> orders{a, b};
        QVERIFY(insertOrders(t->db(), orders));
        QVERIFY(breakWritesTo(t->db(), QStringLiteral("audit_log")));
        OrderService service(*t->ws, master);
        const BulkReport report = service.confirm({QStringLiteral("PO-1"), QStringLiteral("PO-2")});
        checkPlain(report.result);
        for (const BulkOutcome &o : report.outcomes)
            QVERIFY2(!o.message.contains(QLatin1String(kMarker)), qPrintable(o.message));
        QCOMPARE(scalar(t->db(), QStringLiteral("SELECT COUNT(*) FROM orders WHERE status = 'NEW'")).toInt(), 2);
    }

    void aBrokenOrderWriteIsReportedPerItemWithoutTheDriversText()
    {
        Order a = makeOrder(QStringLiteral("PO-9"));
        QVERIFY(insertOrder(t->db(), a));
        QVERIFY(breakWritesTo(t->db(), QStringLiteral("orders")));
        const BulkReport report = OrderService(*t->ws, master).confirm({QStringLiteral("PO-9")});
        QCOMPARE(report.result.kind, ErrorKind::Storage);
        QVERIFY(!report.result.message.contains(QLatin1String(kMarker)));
        for (const BulkOutcome &o : report.outcomes)
            QVERIFY2(!o.message.contains(QLatin1String(kMarker)), qPrintable(o.message));
        QVERIFY(readLog().contains(kMarker));
        QCOMPARE(scalar(t->db(), QStringLiteral("SELECT status FROM orders")).toString(), QStringLiteral("NEW"));
    }

    void aLoginThatCannotBeRecordedIsRefusedPlainly()
    {
        QVERIFY(breakWritesTo(t->db(), QStringLiteral("login_attempts")));
        UserSession session;
        const Result r = AuthService(*t->ws).login(QStringLiteral("boss"), QStringLiteral("correct horse 1"), &session);
        checkPlain(r);
        QCOMPARE(session.userId, qint64(0));
    }
};

QTEST_GUILESS_MAIN(TestStorageFailures)
#include "test_storage_failures.moc"
