// The in-memory status map behind a common search's chips: its counts equal SQL's GROUP BY over the
// same matches after inserts, status and channel changes, deletes and another connection's writes, and
// it is kept current from the status log instead of being read whole again.
#include "storage/order_listing_fixture.h"
#include "storage/orders/order_status_map.h"

#include <QSqlQuery>
#include <QTest>

using namespace sd;
using namespace sd::test;

namespace {

const QString kMatches = QStringLiteral("SELECT rowid FROM order_search WHERE order_search MATCH ?");

// The SQL answer: the matches joined to the orders and grouped.
QHash<QString, qint64> oracle(QSqlDatabase db, const QString &match, const QStringList &channels = {})
{
    QSqlQuery q(db);
    QString sql =
        QStringLiteral("SELECT o.status, COUNT(*) FROM order_search s JOIN orders o ON o.id = s.rowid "
                       "WHERE order_search MATCH ?");
    if (!channels.isEmpty())
        sql += QStringLiteral(" AND o.channel IN ('%1')").arg(channels.join(QStringLiteral("','")));
    q.prepare(sql + QStringLiteral(" GROUP BY o.status"));
    q.addBindValue(match);
    QHash<QString, qint64> out;
    if (!q.exec())
        qWarning("oracle failed");
    while (q.next())
        out.insert(q.value(0).toString(), q.value(1).toLongLong());
    return out;
}

QHash<QString, qint64> mapped(OrderStatusMap &map, const QString &match, const QStringList &channels = {})
{
    QHash<QString, qint64> out;
    bool served = false;
    const Result r = map.countStatuses(kMatches, {match}, channels, &out, &served);
    if (!r.ok())
        qWarning("map failed: %s", qPrintable(r.detail));
    if (!served)
        qWarning("map did not serve");
    return out;
}

bool exec(QSqlDatabase db, const QString &sql, const QVariantList &binds = {})
{
    QSqlQuery q(db);
    q.prepare(sql);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    return q.exec();
}

} // namespace

class TestOrderStatusMap : public QObject
{
    Q_OBJECT

    OrderFixture fx;
    QSqlDatabase reader;
    const QString name = QStringLiteral("status-map-reader");
    const QString everyOrder = QStringLiteral("\"2024\""); // in every product order number
    const QString aName = QStringLiteral("\"김민수\"");

    void compareAll(OrderStatusMap &map, QSqlDatabase db)
    {
        for (const QString &match : {everyOrder, aName, QStringLiteral("\"민수¶\"")}) {
            QCOMPARE(mapped(map, match), oracle(db, match));
            const QStringList naver{channelCode(Channel::NaverSmartstore)};
            QCOMPARE(mapped(map, match, naver), oracle(db, match, naver));
        }
    }

private slots:
    void initTestCase()
    {
        QVERIFY(fx.open());
        QVERIFY(fx.insert(fx.make(3000, 11)));
        Result r;
        reader = Database::openReadConnection(fx.path(), name, &r);
        QVERIFY(r.ok());
        OrderStatusMap probe(reader);
        if (!probe.usable())
            QSKIP("this build reads SQLite through Qt only (no SELLERDESK_SQLITE_DIRECT)");
    }

    void cleanupTestCase()
    {
        reader = QSqlDatabase();
        Database::closeConnection(name);
    }

    void countsEqualSqlAfterEveryKindOfWrite()
    {
        OrderStatusMap map(reader); // another connection than the writer's
        compareAll(map, reader);
        QCOMPARE(map.refreshes().full, 1);

        // New orders: read by id, not whole.
        QVERIFY(fx.insert(fx.make(500, 12, 3000)));
        compareAll(map, reader);
        // Status and channel changes, one order changed twice, one back to where it was.
        QVERIFY(exec(fx.db->connection(),
                     QStringLiteral("UPDATE orders SET status = 'DECIDED' WHERE id % 7 = 0")));
        QVERIFY(exec(fx.db->connection(), QStringLiteral("UPDATE orders SET channel = ? WHERE id % 11 = 0"),
                     {channelCode(Channel::KakaoStore)}));
        QVERIFY(exec(fx.db->connection(), QStringLiteral("UPDATE orders SET status = 'NEW' WHERE id = 14")));
        QVERIFY(
            exec(fx.db->connection(), QStringLiteral("UPDATE orders SET status = 'DECIDED' WHERE id = 14")));
        compareAll(map, reader);
        // Deleted orders, the newest among them, then a new order that may take the freed id.
        QVERIFY(exec(
            fx.db->connection(),
            QStringLiteral("DELETE FROM orders WHERE id IN (SELECT id FROM orders ORDER BY id DESC LIMIT 3) "
                           "OR id IN (5, 6)")));
        compareAll(map, reader);
        QVERIFY(fx.insert(fx.make(2, 13, 3500)));
        compareAll(map, reader);
        // Orders added and one of them changed before the next count: the log names an order above
        // the highest the map knew, and the orders below it must still be read.
        QVERIFY(fx.insert(fx.make(100, 14, 3600)));
        QVERIFY(exec(fx.db->connection(),
                     QStringLiteral("UPDATE orders SET status = CASE status WHEN 'NEW' THEN 'CONFIRMED' "
                                    "ELSE 'NEW' END WHERE id = (SELECT MAX(id) - 10 FROM orders)")));
        compareAll(map, reader);
        QCOMPARE(map.refreshes().full, 1); // every change came from the log and the new ids
        QVERIFY(map.refreshes().incremental >= 5);
    }

    void ownWritesOnTheSameConnectionAreSeen()
    {
        // The CLI lists on the connection it writes with: PRAGMA data_version would not move.
        QSqlDatabase db = fx.db->connection();
        OrderStatusMap map(db);
        compareAll(map, db);
        QVERIFY(exec(db, QStringLiteral("UPDATE orders SET status = 'SHIPPING' WHERE id % 5 = 1")));
        compareAll(map, db);
        QCOMPARE(map.refreshes().full, 1);
    }

    void aTrimmedOrLongLogReadsEverythingAgain()
    {
        OrderStatusMap map(reader);
        compareAll(map, reader);
        const int before = map.refreshes().full;
        // More changes than the log keeps from the map's position: 3,500 orders changed 30 times.
        QSqlDatabase db = fx.db->connection();
        QVERIFY(db.transaction());
        for (int i = 0; i < 30; ++i)
            QVERIFY(exec(db, QStringLiteral("UPDATE orders SET status = ? WHERE id > 0"),
                         {i % 2 ? QStringLiteral("CONFIRMED") : QStringLiteral("NEW")}));
        QVERIFY(db.commit());
        QVERIFY(QSqlQuery(QStringLiteral("SELECT COUNT(*) FROM order_status_log"), db).next());
        compareAll(map, reader);
        QCOMPARE(map.refreshes().full, before + 1);
    }

    void oneStoreSharesOneMapAcrossConnections()
    {
        // A second reader (a new window's loader) finds the map the first one read, and counts on its
        // own connection see the writes made since, from the log.
        const QString second = QStringLiteral("status-map-second");
        {
            Result r;
            QSqlDatabase other = Database::openReadConnection(fx.path(), second, &r);
            QVERIFY(r.ok());
            const std::shared_ptr<OrderStatusMap> a = OrderStatusMap::shared(reader);
            const std::shared_ptr<OrderStatusMap> b = OrderStatusMap::shared(other);
            QVERIFY(a);
            QCOMPARE(a.get(), b.get());
            QCOMPARE(OrderStatusMap::shared(fx.db->connection()).get(), a.get()); // the writer's too
            QHash<QString, qint64> out;
            bool served = false;
            QVERIFY(a->countStatuses(reader, kMatches, {aName}, {}, &out, &served).ok());
            QVERIFY(served);
            QCOMPARE(out, oracle(reader, aName));
            const int full = a->refreshes().full;
            QVERIFY(exec(fx.db->connection(),
                         QStringLiteral("UPDATE orders SET status = 'RETURNED' WHERE id % 3 = 0")));
            for (const QString &match : {everyOrder, aName}) {
                QVERIFY(b->countStatuses(other, kMatches, {match}, {}, &out, &served).ok());
                QVERIFY(served);
                QCOMPARE(out, oracle(other, match));
                QVERIFY(a->countStatuses(reader, kMatches, {match}, {}, &out, &served).ok());
                QCOMPARE(out, oracle(reader, match));
            }
            QCOMPARE(a->refreshes().full, full); // not read whole again by the second connection
        }
        Database::closeConnection(second);
    }

    void anotherStoreHasAnotherMap()
    {
        OrderFixture other;
        QVERIFY(other.open());
        QVERIFY(other.insert(other.make(10, 21)));
        const std::shared_ptr<OrderStatusMap> mine = OrderStatusMap::shared(reader);
        const std::shared_ptr<OrderStatusMap> theirs = OrderStatusMap::shared(other.db->connection());
        QVERIFY(mine && theirs);
        QVERIFY(mine.get() != theirs.get());
    }

    void theLogStaysBounded()
    {
        QSqlQuery q(QStringLiteral("SELECT COUNT(*) FROM order_status_log"), fx.db->connection());
        QVERIFY(q.next());
        QVERIFY(q.value(0).toLongLong() <= 100000);
        QVERIFY(q.value(0).toLongLong() > 0);
    }
};

QTEST_GUILESS_MAIN(TestOrderStatusMap)
#include "test_order_status_map.moc"
