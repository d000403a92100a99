// Live refresh: a commit of ours is announced once the writing call has returned; another program's
// commit is seen by the PRAGMA data_version poll; what changed is told from the audit rows.
#include "result_support.h"
#include "services/orders/order_service.h"
#include "services/store/settings.h"
#include "services/store/store_watcher.h"
#include "test_support.h"

#include <QSignalSpy>
#include <QTest>

using namespace sd;
using namespace sd::test;

class TestStoreWatcher : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestWorkspace> t;
    UserSession master;

private slots:
    void init()
    {
        t = std::make_unique<TestWorkspace>();
        QVERIFY2(t->ok(), qPrintable(t->error));
        master = addUser(t->db(), QStringLiteral("boss"), Role::Master);
        Order o = makeOrder(QStringLiteral("2024051300000001"));
        QVERIFY(insertOrder(t->db(), o));
    }
    void cleanup() { t.reset(); }

    void ourCommitIsAnnouncedAfterTheCallReturns()
    {
        StoreWatcher watcher(t->workspace());
        watcher.setPolling(false); // only the commit observer
        QSignalSpy spy(&watcher, &StoreWatcher::changed);
        OrderService service(t->workspace(), master);
        const auto r = service.confirm({QStringLiteral("2024051300000001")});
        QVERIFY2(r.ok(), qPrintable(r.result.message));
        QCOMPARE(spy.count(), 0); // not in the middle of the writing call
        QVERIFY(spy.wait(5000));
        const auto areas = spy.first().first().value<ChangeAreas>();
        QVERIFY(areas.testFlag(ChangeArea::Orders));
        QVERIFY(areas.testFlag(ChangeArea::Audit));
        QVERIFY(!areas.testFlag(ChangeArea::Staff));
    }

    void aDryRunAnnouncesNothing()
    {
        StoreWatcher watcher(t->workspace());
        watcher.setPolling(false);
        QSignalSpy spy(&watcher, &StoreWatcher::changed);
        OrderService service(t->workspace(), master);
        QVERIFY(service.confirm({QStringLiteral("2024051300000001")}, /*dryRun=*/true).ok());
        watcher.check();
        QCoreApplication::processEvents();
        QCOMPARE(spy.count(), 0);
    }

    void aSettingsChangeTouchesSettingsNotStaff()
    {
        StoreWatcher watcher(t->workspace());
        watcher.setPolling(false);
        QSignalSpy spy(&watcher, &StoreWatcher::changed);
        const Result r = t->workspace().settings().set(master, Settings::Key::DelayMaxDays,
                                                       QStringLiteral("30"), t->clock.nowUtc());
        QVERIFY2(r.ok(), qPrintable(r.message));
        QVERIFY(spy.wait(5000));
        const auto areas = spy.first().first().value<ChangeAreas>();
        QVERIFY(areas.testFlag(ChangeArea::Settings));
        QVERIFY(!areas.testFlag(ChangeArea::Staff));
    }

    void anotherProgramsCommitIsSeenByThePoll()
    {
        StoreWatcher watcher(t->workspace());
        QSignalSpy spy(&watcher, &StoreWatcher::changed);
        // A second workspace on the same file: another connection, as the CLI would be.
        QString error;
        auto other = keepMessage(
            &error, [&](sd::Result *r) { return Workspace::open(t->dbPath(), t->clock, false, r); });
        QVERIFY2(other, qPrintable(error));
        OrderService service(*other, master);
        QVERIFY(service.confirm({QStringLiteral("2024051300000001")}).ok());
        QVERIFY(spy.wait(3 * StoreWatcher::kPollMs + 2000));
        QVERIFY(spy.first().first().value<ChangeAreas>().testFlag(ChangeArea::Orders));
        // Nothing new: the next polls stay quiet.
        spy.clear();
        QVERIFY(!spy.wait(2 * StoreWatcher::kPollMs + 200));
    }

    void aWriteWithoutAnAuditRowRefreshesNothing()
    {
        StoreWatcher watcher(t->workspace());
        QSignalSpy spy(&watcher, &StoreWatcher::changed);
        QString error;
        auto other = keepMessage(
            &error, [&](sd::Result *r) { return Workspace::open(t->dbPath(), t->clock, false, r); });
        QVERIFY2(other, qPrintable(error));
        QSqlQuery q(storeDatabase(*other).connection());
        QVERIFY(q.exec(QStringLiteral("UPDATE orders SET delay_detail = delay_detail")));
        QVERIFY(!spy.wait(2 * StoreWatcher::kPollMs + 200));
    }
};

QTEST_GUILESS_MAIN(TestStoreWatcher)
#include "test_store_watcher.moc"
