// OrderBulkWriter: batches of new orders land with their contacts, search documents and status
// counts exactly as row-by-row inserts would; a failed batch leaves nothing behind; updates replace a
// search document only when its text changed, removing the old text (the index keeps no copy); and
// migration 5 turns an older store's search index contentless in place, keeping every order findable.
#include "order_listing_fixture.h"
#include "result_support.h"
#include "storage/common/sql_values.h"
#include "storage/orders/order_bulk_writer.h"
#include "storage/orders/order_import_stage.h"
#include "storage/orders/order_listing.h"
#include "storage/orders/order_search_text.h"
#include "test_support.h"

#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace sd;
using namespace sd::test;

namespace {

QVariant value(QSqlDatabase db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next()) {
        qWarning() << sql << q.lastError().text();
        return {};
    }
    return q.value(0);
}

// order_status_counts equals a GROUP BY over the orders.
bool countsAgree(QSqlDatabase db)
{
    return value(db, QStringLiteral("SELECT COUNT(*) FROM (SELECT channel, status, COUNT(*) AS n FROM "
                                    "orders GROUP BY 1, 2) g "
                                    "FULL OUTER JOIN (SELECT * FROM order_status_counts WHERE n > 0) c "
                                    "USING (channel, status) WHERE g.n IS NOT c.n"))
               .toInt() == 0;
}

qint64 found(QSqlDatabase db, const QString &text)
{
    OrderFilter f;
    f.search = text;
    return OrderListing(db).count(f);
}

// Every kind of term finds what the C++ oracle finds: a name, two syllables, a phone's last digits,
// an order number, a product name, a tracking number.
void searchesAgree(QSqlDatabase db, const QList<Order> &orders)
{
    const Order &o = orders.at(orders.size() / 3);
    const Order &shipped =
        *std::find_if(orders.cbegin(), orders.cend(), [](const Order &x) { return !x.trackingNo.isEmpty(); });
    for (const QString &text :
         {o.contact.buyerName, o.contact.recipientName.left(2), o.contact.buyerPhone.right(4),
          o.productOrderNo, o.productName, shipped.trackingNo, QStringLiteral("배추김치")}) {
        OrderFilter f;
        f.search = text;
        QCOMPARE(found(db, text), qint64(expected(orders, f, OrderSort()).size()));
    }
}

} // namespace

// Orders as a version-4 store holds them: its own columns, contacts and a stored search document.
bool insertAtVersion4(QSqlDatabase db, QList<Order> &orders, QString *error)
{
    WriteTransaction tx(db);
    QSqlQuery o(db), c(db), f(db);
    o.prepare(QStringLiteral(
        "INSERT INTO orders (product_order_no, order_no, channel, status, paid_at, product_name, "
        "quantity, unit_price, total_amount, courier_code, tracking_no, updated_at) "
        "VALUES (?,?,?,?,?,?,?,?,?,?,?,?)"));
    c.prepare(QStringLiteral("INSERT INTO order_contacts (order_id, buyer_name, buyer_phone, recipient_name, "
                             "recipient_phone1) VALUES (?,?,?,?,?)"));
    f.prepare(QStringLiteral("INSERT INTO order_search (rowid, body) VALUES (?,?)"));
    for (Order &x : orders) {
        for (const QVariant &v :
             {QVariant(x.productOrderNo), QVariant(x.orderNo), QVariant(channelCode(x.channel)),
              QVariant(statusCode(x.status)), QVariant(x.paidAt.toMSecsSinceEpoch()), QVariant(x.productName),
              QVariant(x.quantity), QVariant(x.unitPrice), QVariant(x.totalAmount),
              x.courierCode.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(x.courierCode),
              x.trackingNo.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(x.trackingNo),
              QVariant(x.paidAt.toMSecsSinceEpoch())})
            o.addBindValue(v);
        if (!o.exec())
            return okOr(queryFailure(o), error);
        x.id = o.lastInsertId().toLongLong();
        for (const QVariant &v :
             {QVariant(x.id), QVariant(x.contact.buyerName), QVariant(x.contact.buyerPhone),
              QVariant(x.contact.recipientName), QVariant(x.contact.recipientPhone1)})
            c.addBindValue(v);
        f.addBindValue(x.id);
        f.addBindValue(orderSearchDocument(x));
        if (!c.exec())
            return okOr(queryFailure(c), error);
        if (!f.exec())
            return okOr(queryFailure(f), error);
    }
    return okOr(tx.commit(), error);
}

class TestOrderBulkWriter : public QObject
{
    Q_OBJECT

private slots:
    void batchesWriteWhatRowByRowInsertsWrite()
    {
        OrderFixture fx;
        QVERIFY(fx.open());
        QSqlDatabase db = fx.db->connection();
        QList<Order> first = fx.make(1500, 11);
        QList<Order> second = fx.make(1200, 12, 1500);
        {
            WriteTransaction tx(db);
            OrderBulkWriter writer(db);
            QString error;
            QVERIFY2(okOr(writer.insert(first), &error), qPrintable(error));
            QVERIFY2(okOr(writer.insert(second), &error), qPrintable(error));
            QVERIFY(tx.commit());
        }
        QList<Order> all = first + second;
        for (qsizetype i = 0; i < all.size(); ++i) // ids in list order
            QCOMPARE(all.at(i).id, all.first().id + i);
        QCOMPARE(value(db, QStringLiteral("SELECT COUNT(*) FROM orders")).toInt(), 2700);
        QCOMPARE(value(db, QStringLiteral("SELECT COUNT(*) FROM order_contacts")).toInt(), 2700);
        QCOMPARE(value(db, QStringLiteral("SELECT COUNT(*) FROM order_search")).toInt(), 2700);
        QCOMPARE(value(db, QStringLiteral("SELECT COUNT(*) FROM order_counts_deferred")).toInt(), 0);
        QVERIFY(countsAgree(db));
        const Order &o = all.at(2000);
        QCOMPARE(
            value(db, QStringLiteral("SELECT buyer_phone FROM order_contacts WHERE order_id = %1").arg(o.id))
                .toString(),
            o.contact.buyerPhone);
        searchesAgree(db, all);
        // Row by row afterwards: the trigger counts again.
        QVERIFY(fx.insert(fx.make(40, 13, 2700)));
        QVERIFY(countsAgree(db));
        QCOMPARE(value(db, QStringLiteral("SELECT SUM(n) FROM order_status_counts")).toInt(), 2740);
    }

    void aFailedBatchLeavesNothing()
    {
        OrderFixture fx;
        QVERIFY(fx.open());
        QSqlDatabase db = fx.db->connection();
        QVERIFY(fx.insert(fx.make(100, 21)));
        QList<Order> batch = fx.make(300, 22, 100);
        batch[250].productOrderNo = fx.orders.at(5).productOrderNo; // already there
        {
            WriteTransaction tx(db);
            OrderBulkWriter writer(db);
            QString error;
            QVERIFY(!okOr(writer.insert(batch), &error));
            QVERIFY(!error.isEmpty());
        } // rolled back
        QCOMPARE(value(db, QStringLiteral("SELECT COUNT(*) FROM orders")).toInt(), 100);
        QCOMPARE(value(db, QStringLiteral("SELECT COUNT(*) FROM order_search")).toInt(), 100);
        QCOMPARE(value(db, QStringLiteral("SELECT COUNT(*) FROM order_counts_deferred")).toInt(), 0);
        QCOMPARE(value(db, QStringLiteral("SELECT SUM(n) FROM order_status_counts")).toInt(), 100);
        QVERIFY(countsAgree(db));
    }

    // An import publishes its orders and writes their search documents afterwards (a crash may come in
    // between): an update of such an order must remove the text the index holds (kept on the backlog),
    // not the text its new stored fields would give, and the import's late indexing must not add it twice.
    void anUpdateOfAnOrderAnImportHasNotIndexedKeepsTheIndexSound_data()
    {
        QTest::addColumn<bool>("crashed");
        QTest::newRow("indexed late") << false;
        QTest::newRow("repaired after a crash") << true;
    }
    void anUpdateOfAnOrderAnImportHasNotIndexedKeepsTheIndexSound()
    {
        OrderFixture fx;
        QVERIFY(fx.open());
        QSqlDatabase db = fx.db->connection();
        QVERIFY(fx.insert(fx.make(3, 51)));
        Order imported = fx.orders.at(0);
        const QString oldBuyer = imported.contact.buyerName;
        imported.contact.buyerName = QStringLiteral("황보새롬");
        imported.trackingNo = QStringLiteral("511122223333");
        QVERIFY(oldBuyer != imported.contact.buyerName);
        StagedOrder staged{imported, imported.updatedAt.toMSecsSinceEpoch(), {}};
        OrderImportStage stage(db);
        QString error;
        QVERIFY2(okOr(stage.create(), &error) && okOr(stage.stage({staged}), &error), qPrintable(error));
        {
            WriteTransaction tx(db);
            QStringList changed;
            QVERIFY2(okOr(stage.publish(0, &changed), &error),
                     qPrintable(error + changed.join(QLatin1Char(','))));
            QVERIFY(tx.commit()); // and no indexSearch: as after a crash
        }
        QCOMPARE(value(db, QStringLiteral("SELECT COUNT(*) FROM order_search_backlog")).toInt(), 1);
        Order dispatched = imported;
        dispatched.status = OrderStatus::Shipping;
        dispatched.courierCode = QStringLiteral("CJGLS");
        dispatched.trackingNo = QStringLiteral("634512349876");
        {
            WriteTransaction tx(db);
            QVERIFY2(okOr(OrderRepository(db).update(dispatched), &error), qPrintable(error));
            QVERIFY(tx.commit());
        }
        QFETCH(bool, crashed);
        {
            WriteTransaction tx(db);
            int repaired = -1;
            if (crashed) { // the import died before indexing: the next one repairs from the backlog
                QVERIFY2(okOr(OrderImportStage::repairSearch(db, 100, &repaired), &error), qPrintable(error));
                QCOMPARE(repaired, 0); // the update wrote the document and took the order off the backlog
            } else {
                QVERIFY2(okOr(stage.indexSearch(0, 1), &error), qPrintable(error));
            }
            QVERIFY(tx.commit());
        }
        QCOMPARE(found(db, QStringLiteral("511122223333")), 0);
        QCOMPARE(
            value(db, QStringLiteral(
                          "SELECT COUNT(*) FROM order_search WHERE order_search MATCH '\"634512349876\"'"))
                .toInt(),
            1);
        QSqlQuery check(db);
        QVERIFY2(check.exec(QStringLiteral(
                     "INSERT INTO order_search (order_search, rank) VALUES ('integrity-check', 1)")),
                 qPrintable(check.lastError().text()));
        QCOMPARE(value(db, QStringLiteral("SELECT COUNT(*) FROM order_search_backlog")).toInt(), 0);
        QCOMPARE(found(db, QStringLiteral("634512349876")), 1);
        QCOMPARE(found(db, QStringLiteral("황보새롬")), 1);
        QCOMPARE(found(db, oldBuyer),
                 qint64(std::count_if(fx.orders.begin() + 1, fx.orders.end(), [&](const Order &o) {
                     return o.contact.buyerName.contains(oldBuyer) ||
                            o.contact.recipientName.contains(oldBuyer);
                 })));
    }

    // What a crash between the publish and the search documents leaves on the backlog is written by
    // repairSearch, at most `limit` orders a call, each counted once.
    void repairSearchWritesWhatACrashLeftOnTheBacklog()
    {
        OrderFixture fx;
        QVERIFY(fx.open());
        QSqlDatabase db = fx.db->connection();
        QList<StagedOrder> staged;
        for (const Order &o : fx.make(3, 77))
            staged << StagedOrder{o, 0, {}};
        OrderImportStage stage(db);
        QString error;
        QVERIFY2(okOr(stage.create(), &error) && okOr(stage.stage(staged), &error), qPrintable(error));
        {
            WriteTransaction tx(db);
            QStringList changed;
            QVERIFY2(okOr(stage.publish(0, &changed), &error), qPrintable(error));
            QVERIFY(tx.commit()); // no indexSearch: the import died here
        }
        const QString number = staged.at(1).order.productOrderNo;
        QCOMPARE(value(db, QStringLiteral("SELECT COUNT(*) FROM order_search_backlog")).toInt(), 3);
        QCOMPARE(found(db, number), 0);
        int repaired = -1;
        {
            WriteTransaction tx(db);
            QVERIFY2(okOr(OrderImportStage::repairSearch(db, 2, &repaired), &error), qPrintable(error));
            QVERIFY(tx.commit());
        }
        QCOMPARE(repaired, 2);
        QCOMPARE(value(db, QStringLiteral("SELECT COUNT(*) FROM order_search_backlog")).toInt(), 1);
        {
            WriteTransaction tx(db);
            QVERIFY2(okOr(OrderImportStage::repairSearch(db, 100, &repaired), &error), qPrintable(error));
            QVERIFY(tx.commit());
        }
        QCOMPARE(repaired, 1);
        QCOMPARE(value(db, QStringLiteral("SELECT COUNT(*) FROM order_search_backlog")).toInt(), 0);
        for (const StagedOrder &s : std::as_const(staged))
            QCOMPARE(found(db, s.order.productOrderNo), 1);
    }

    void updatesReplaceChangedDocumentsOnly()
    {
        OrderFixture fx;
        QVERIFY(fx.open());
        QSqlDatabase db = fx.db->connection();
        QVERIFY(fx.insert(fx.make(800, 31)));
        QList<Order> changed;
        QStringList oldNumbers, newNumbers;
        for (int i = 0; i < 400; ++i) {
            Order o = fx.orders.at(i * 2);
            o.status = OrderStatus::Shipping;
            if (i % 4 == 0) {
                if (!o.trackingNo.isEmpty())
                    oldNumbers << o.trackingNo;
                o.courierCode = QStringLiteral("HANJIN");
                o.trackingNo = QStringLiteral("5%1").arg(i, 11, 10, QLatin1Char('7'));
                newNumbers << o.trackingNo;
            }
            o.contact = OrderContact(); // not written by an update: the stored one is indexed
            changed << o;
            fx.orders[i * 2].status = o.status;
            fx.orders[i * 2].courierCode = o.courierCode;
            fx.orders[i * 2].trackingNo = o.trackingNo;
        }
        QVERIFY(!oldNumbers.isEmpty());
        {
            WriteTransaction tx(db);
            OrderBulkWriter writer(db);
            QString error;
            QVERIFY2(okOr(writer.update(changed), &error), qPrintable(error));
            QVERIFY(tx.commit());
        }
        QVERIFY(countsAgree(db));
        for (const QString &n : std::as_const(oldNumbers))
            QCOMPARE(found(db, n), 0); // the old text was removed exactly
        for (const QString &n : std::as_const(newNumbers))
            QCOMPARE(found(db, n), 1);
        searchesAgree(db, fx.orders);
        QCOMPARE(value(db, QStringLiteral("SELECT COUNT(*) FROM order_search")).toInt(), 800);
        QSqlQuery check(db);
        QVERIFY2(
            check.exec(QStringLiteral("INSERT INTO order_search (order_search) VALUES ('integrity-check')")),
            qPrintable(check.lastError().text()));
        // An order that is not there fails the batch.
        Order missing = changed.first();
        missing.id = 999999;
        WriteTransaction tx(db);
        QString error;
        QVERIFY(!okOr(OrderBulkWriter(db).update({missing}), &error));
        QVERIFY(!error.isEmpty());
    }

    // A version 4 store (search documents stored twice) moves to version 5 in place: every order is
    // still found by every kind of term, the index holds no text, counts are kept, and the documents
    // carried over can be replaced (their old text removed).
    void migrationFiveKeepsTheIndexUsable()
    {
        QTemporaryDir dir;
        const QString sql = dir.filePath(QStringLiteral("sql4"));
        QDir().mkpath(sql);
        for (const QString &f :
             QDir(QStringLiteral(":/sql")).entryList({QStringLiteral("000*.sql")}, QDir::Files)) {
            if (f.left(4).toInt() <= 4)
                QVERIFY(QFile::copy(QStringLiteral(":/sql/") + f, sql + QLatin1Char('/') + f));
        }
        const QString path = dir.filePath(QStringLiteral("store.sqlite"));
        OrderFixture maker;
        QList<Order> orders = maker.make(1200, 41);
        {
            QString error;
            auto v4 = keepMessage(&error, [&](sd::Result *r) { return Database::open(path, r, sql); });
            QVERIFY2(v4, qPrintable(error));
            QCOMPARE(v4->schemaVersion(), 4);
            // Written with version 4's columns (today's repository writes columns of later versions).
            QVERIFY2(insertAtVersion4(v4->connection(), orders, &error), qPrintable(error));
            QVERIFY(
                !value(v4->connection(), QStringLiteral("SELECT body FROM order_search LIMIT 1")).isNull());
        }
        QString error;
        auto v5 = keepMessage(&error, [&](sd::Result *r) { return Database::open(path, r); });
        QVERIFY2(v5, qPrintable(error));
        QCOMPARE(v5->schemaVersion(), Database::latestSchemaVersion());
        QSqlDatabase db = v5->connection();
        QVERIFY(value(db, QStringLiteral("SELECT body FROM order_search LIMIT 1")).isNull()); // no copy
        QCOMPARE(value(db, QStringLiteral("SELECT COUNT(*) FROM order_search")).toInt(), 1200);
        QVERIFY(countsAgree(db));
        searchesAgree(db, orders);
        Order o = *std::find_if(orders.begin(), orders.end(),
                                [](const Order &x) { return !x.trackingNo.isEmpty(); });
        const QString old = o.trackingNo;
        o.trackingNo = QStringLiteral("512345678901");
        {
            WriteTransaction tx(db);
            QVERIFY2(okOr(OrderRepository(db).update(o), &error), qPrintable(error));
            QVERIFY(tx.commit());
        }
        QCOMPARE(found(db, old), 0);
        QCOMPARE(found(db, o.trackingNo), 1);
        QCOMPARE(found(db, o.productOrderNo), 1);
    }
};

QTEST_GUILESS_MAIN(TestOrderBulkWriter)
#include "test_order_bulk_writer.moc"
