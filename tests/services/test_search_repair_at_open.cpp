// An import killed between its publish and its search documents leaves its orders on
// order_search_backlog. Opening the store (Workspace::open, as the GUI and every CLI command do) writes a
// first batch of those documents only, so the open stays short; the listing the CLI searches through
// (TableListing::open on the workspace) writes the rest before it searches, and the GUI writes it on a
// worker (Workspace::repairSearchOn, a writer connection of that thread's own). Either way a search after
// the crash finds the imported orders' new text and not their old one. A repair that fails never fails
// the open.
#include "core/table/table_orders.h"
#include "services/common/table_listing.h"
#include "storage/orders/order_import_stage.h"
#include "test_support.h"

#include <QSqlError>
#include <QTest>
#include <QThread>

using namespace sd;
using namespace sd::test;

namespace {

// Stages and publishes `orders` as an import does, and dies before indexSearch(): the state a kill -9
// in the import's search tail leaves.
bool publishWithoutIndexing(QSqlDatabase db, const QList<StagedOrder> &orders, QString *error)
{
    OrderImportStage stage(db);
    if (!okOr(stage.create(), error))
        return false;
    for (qsizetype from = 0; from < orders.size(); from += 1000) {
        if (!okOr(stage.stage(orders.mid(from, 1000)), error))
            return false;
    }
    WriteTransaction tx(db);
    QStringList changed;
    if (!okOr(stage.publish(0, &changed), error)) {
        *error += changed.join(QLatin1Char(','));
        return false;
    }
    return okOr(tx.commit(), error);
}

StagedOrder fresh(const QString &productOrderNo, const QString &product)
{
    StagedOrder s;
    s.order = makeOrder(productOrderNo);
    s.order.productName = product;
    return s;
}

} // namespace

class TestSearchRepairAtOpen : public QObject
{
    Q_OBJECT

    // Orders a master finds with `term` through the listing every face uses.
    static qint64 found(Workspace &ws, const UserSession &master, const QString &term)
    {
        Result opened;
        auto listing = TableListing::open(ws, ordersTable().id, master, &opened);
        if (!listing)
            return -1;
        TableFilter filter;
        filter.search = term;
        Result counted;
        const qint64 n = listing->count(filter, &counted);
        return counted.ok() ? n : -1;
    }

    // Closes the store and opens it again, as the next program would.
    static bool reopen(TestWorkspace &t, QString *error)
    {
        t.ws.reset();
        Result status;
        t.ws = Workspace::open(t.dbPath(), t.clock, false, &status);
        *error = status.message;
        return t.ws && status.ok();
    }

private slots:
    void openingAfterACrashedImportRepairsItsSearch()
    {
        TestWorkspace t;
        QVERIFY2(t.ok(), qPrintable(t.error));
        const UserSession master = addUser(t.db(), QStringLiteral("master"), Role::Master);
        Order stored = makeOrder(QStringLiteral("2024051300001"));
        stored.trackingNo = QStringLiteral("511122223333");
        stored.courierCode = QStringLiteral("CJGLS");
        stored.status = OrderStatus::Shipping;
        QString error;
        QVERIFY2(insertOrder(t.db(), stored, &error), qPrintable(error));
        QCOMPARE(found(*t.ws, master, QStringLiteral("511122223333")), 1);

        // A newer file: the stored order gets a new tracking number and buyer, and a new order comes in.
        StagedOrder update;
        update.order = stored;
        update.order.trackingNo = QStringLiteral("634512349876");
        update.order.contact.buyerName = QStringLiteral("황보새롬");
        update.checkedUpdatedAtMs =
            scalar(t.db(), QStringLiteral("SELECT updated_at FROM orders WHERE id = ?"), {stored.id}).toLongLong();
        const QList<StagedOrder> staged{update, fresh(QStringLiteral("2024051300002"),
                                                      QStringLiteral("복구확인 블루투스 스피커"))};
        QVERIFY2(publishWithoutIndexing(t.db(), staged, &error), qPrintable(error));
        QCOMPARE(countRows(t.db(), QStringLiteral("order_search_backlog")), 2);
        // Before any repair the index still has the old text and nothing of the new order (asked of the
        // index itself: a listing on the workspace would repair first).
        const auto indexed = [&t](const QString &term) {
            return scalar(t.db(), QStringLiteral("SELECT COUNT(*) FROM order_search WHERE order_search MATCH ?"),
                          {QStringLiteral("\"%1\"").arg(term)})
                .toInt();
        };
        QCOMPARE(indexed(QStringLiteral("511122223333")), 1);
        QCOMPARE(indexed(QStringLiteral("634512349876")), 0);
        QCOMPARE(indexed(QStringLiteral("복구확인")), 0);

        QVERIFY2(reopen(t, &error), qPrintable(error));
        QCOMPARE(countRows(t.db(), QStringLiteral("order_search_backlog")), 0);
        QCOMPARE(found(*t.ws, master, QStringLiteral("634512349876")), 1);
        QCOMPARE(found(*t.ws, master, QStringLiteral("황보새롬")), 1);
        QCOMPARE(found(*t.ws, master, QStringLiteral("511122223333")), 0); // the stale document is gone
        QCOMPARE(found(*t.ws, master, QStringLiteral("복구확인")), 1);
        QCOMPARE(scalar(t.db(), QStringLiteral("SELECT COUNT(*) FROM order_search")).toInt(), 2);
        QSqlQuery check(t.db());
        QVERIFY2(check.exec(QStringLiteral(
                     "INSERT INTO order_search (order_search, rank) VALUES ('integrity-check', 1)")),
                 qPrintable(check.lastError().text()));
    }

    // More than one repair batch: the open writes the first one only (it stays short) and says the
    // search lags; a listing only reads (it finds the repaired part), and the maintenance the CLI runs
    // after opening the store (repairSearch) writes the rest, each batch its own short transaction.
    void aBigBacklogIsRepairedBeforeASearch()
    {
        TestWorkspace t;
        QVERIFY2(t.ok(), qPrintable(t.error));
        const UserSession master = addUser(t.db(), QStringLiteral("master"), Role::Master);
        QList<StagedOrder> staged;
        for (int i = 0; i < 2500; ++i)
            staged << fresh(QStringLiteral("20240513%1").arg(i, 5, 10, QLatin1Char('0')),
                            QStringLiteral("배치복구 상품 %1").arg(i));
        QString error;
        QVERIFY2(publishWithoutIndexing(t.db(), staged, &error), qPrintable(error));
        QCOMPARE(countRows(t.db(), QStringLiteral("order_search_backlog")), 2500);
        QVERIFY(t.ws->searchLags());

        QVERIFY2(reopen(t, &error), qPrintable(error));
        QCOMPARE(countRows(t.db(), QStringLiteral("order_search_backlog")), 1500); // one batch at open
        QVERIFY(t.ws->searchLags());
        QCOMPARE(found(*t.ws, master, QStringLiteral("배치복구")), 1000);
        QCOMPARE(countRows(t.db(), QStringLiteral("order_search_backlog")), 1500); // the listing wrote nothing
        t.ws->repairSearch();
        QCOMPARE(found(*t.ws, master, QStringLiteral("배치복구")), 2500);
        QCOMPARE(countRows(t.db(), QStringLiteral("order_search_backlog")), 0);
        QVERIFY(!t.ws->searchLags());
        QCOMPARE(scalar(t.db(), QStringLiteral("SELECT COUNT(*) FROM order_search")).toInt(), 2500);
    }

    // The GUI's way: the rest on a worker thread, on a writer connection of its own, while the
    // workspace's connection stays with this thread; a stop asked for before it starts leaves the rest.
    void aWorkerRepairsTheRestOnItsOwnConnection()
    {
        TestWorkspace t;
        QVERIFY2(t.ok(), qPrintable(t.error));
        const UserSession master = addUser(t.db(), QStringLiteral("master"), Role::Master);
        QList<StagedOrder> staged;
        for (int i = 0; i < 3500; ++i)
            staged << fresh(QStringLiteral("20240514%1").arg(i, 5, 10, QLatin1Char('0')),
                            QStringLiteral("작업자복구 상품 %1").arg(i));
        QString error;
        QVERIFY2(publishWithoutIndexing(t.db(), staged, &error), qPrintable(error));
        QVERIFY2(reopen(t, &error), qPrintable(error));
        QCOMPARE(countRows(t.db(), QStringLiteral("order_search_backlog")), 2500);

        std::atomic_bool stop{true}; // one batch, then it stops
        std::unique_ptr<QThread> first(
            QThread::create([&t, &stop] { Workspace::repairSearchOn(t.dbPath(), &stop); }));
        first->start();
        QVERIFY(first->wait(60000));
        QCOMPARE(countRows(t.db(), QStringLiteral("order_search_backlog")), 1500);

        std::unique_ptr<QThread> rest(QThread::create([&t] { Workspace::repairSearchOn(t.dbPath()); }));
        rest->start();
        QVERIFY(rest->wait(60000));
        QVERIFY(!t.ws->searchLags());
        QCOMPARE(scalar(t.db(), QStringLiteral("SELECT COUNT(*) FROM order_search")).toInt(), 3500);
        QCOMPARE(found(*t.ws, master, QStringLiteral("작업자복구")), 3500);
    }

    // The repair cannot write (here a trigger refuses it): the store still opens, the backlog stays for a
    // later open, which repairs it once it can.
    void aFailedRepairDoesNotFailTheOpen()
    {
        TestWorkspace t;
        QVERIFY2(t.ok(), qPrintable(t.error));
        const UserSession master = addUser(t.db(), QStringLiteral("master"), Role::Master);
        QString error;
        QVERIFY2(publishWithoutIndexing(t.db(), {fresh(QStringLiteral("2024051300009"),
                                                       QStringLiteral("실패복구 상품"))},
                                        &error),
                 qPrintable(error));
        QSqlQuery q(t.db());
        QVERIFY2(q.exec(QStringLiteral("CREATE TRIGGER refuse_repair BEFORE DELETE ON order_search_backlog "
                                       "BEGIN SELECT RAISE(ABORT, 'refused by the test'); END")),
                 qPrintable(q.lastError().text()));
        q.finish();

        QVERIFY2(reopen(t, &error), qPrintable(error)); // and no failure reported
        QCOMPARE(countRows(t.db(), QStringLiteral("order_search_backlog")), 1);
        QCOMPARE(found(*t.ws, master, QStringLiteral("실패복구")), 0); // rolled back whole

        QSqlQuery drop(t.db());
        QVERIFY(drop.exec(QStringLiteral("DROP TRIGGER refuse_repair")));
        drop.finish();
        QVERIFY2(reopen(t, &error), qPrintable(error));
        QCOMPARE(countRows(t.db(), QStringLiteral("order_search_backlog")), 0);
        QCOMPARE(found(*t.ws, master, QStringLiteral("실패복구")), 1);
    }
};

QTEST_GUILESS_MAIN(TestSearchRepairAtOpen)
#include "test_search_repair_at_open.moc"
