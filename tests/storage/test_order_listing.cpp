#include "storage/order_listing_fixture.h"
#include "storage/orders/order_listing.h"
#include "storage/orders/order_search_text.h"

#include <QSqlQuery>
#include <QTest>

using namespace sd;
using namespace sd::test;

Q_DECLARE_METATYPE(sd::OrderSort)
Q_DECLARE_METATYPE(sd::OrderFilter)

namespace {

QList<qint64> ids(const QList<OrderRow> &rows)
{
    QList<qint64> out;
    for (const OrderRow &r : rows)
        out.append(r.id);
    return out;
}

QList<qint64> ids(const QList<Order> &orders, qint64 first = 0, qint64 n = -1)
{
    QList<qint64> out;
    for (qint64 i = first; i < orders.size() && (n < 0 || i < first + n); ++i)
        out.append(orders.at(i).id);
    return out;
}

const char *keyName(OrderSortKey k)
{
    switch (k) {
    case OrderSortKey::PaidAt:
        return "paidAt";
    case OrderSortKey::DispatchDue:
        return "dispatchDue";
    case OrderSortKey::ProductOrderNo:
        return "productOrderNo";
    case OrderSortKey::Status:
        return "status";
    case OrderSortKey::TotalAmount:
        return "totalAmount";
    }
    return "?";
}

} // namespace

class TestOrderListing : public QObject
{
    Q_OBJECT

    OrderFixture fx;
    static constexpr int N = 2000;

private slots:
    void initTestCase()
    {
        QVERIFY(fx.open());
        QVERIFY(fx.insert(fx.make(N, 20240301)));
        // Seoul midnight edges for the date filter: 23:30 on 3/1 and 00:10 on 3/2 (both 3/1 in UTC).
        QList<Order> edges = fx.make(2, 7, N);
        edges[0].paidAt = seoulTime(2024, 3, 1, 23, 30);
        edges[1].paidAt = seoulTime(2024, 3, 2, 0, 10);
        edges[0].contact.buyerName = QStringLiteral("한가람");
        edges[0].contact.buyerPhone = QStringLiteral("010-2222-9753");
        edges[1].trackingNo = QStringLiteral("987612345678");
        edges[1].courierCode = QStringLiteral("HANJIN");
        QVERIFY(fx.insert(edges));
    }

    void counts_data()
    {
        QTest::addColumn<OrderFilter>("filter");
        OrderFilter all;
        QTest::newRow("all") << all;
        OrderFilter one;
        one.statuses = {OrderStatus::New};
        QTest::newRow("one status") << one;
        OrderFilter two;
        two.statuses = {OrderStatus::Shipping, OrderStatus::Canceled};
        QTest::newRow("two statuses") << two;
        OrderFilter channel;
        channel.channel = Channel::KakaoStore;
        QTest::newRow("channel") << channel;
        OrderFilter day;
        day.paidFrom = QDate(2024, 3, 2);
        day.paidTo = QDate(2024, 3, 2);
        QTest::newRow("one Seoul day") << day;
        OrderFilter from;
        from.paidFrom = QDate(2024, 3, 20);
        QTest::newRow("from a day") << from;
        OrderFilter to;
        to.paidTo = QDate(2024, 3, 1);
        QTest::newRow("up to a day") << to;
        OrderFilter risk;
        risk.atRiskOnly = true;
        risk.riskDate = QDate(2024, 3, 5);
        QTest::newRow("at risk") << risk;
        OrderFilter combined = risk;
        combined.statuses = {OrderStatus::Confirmed};
        combined.channel = Channel::NaverSmartstore;
        combined.search = QStringLiteral("민수");
        QTest::newRow("combined") << combined;
        // The deadline counters (core: countsIn), alone and with other conditions.
        for (DeadlineCounter c : allDeadlineCounters()) {
            OrderFilter counter;
            counter.deadline = c;
            counter.today = QDate(2024, 3, 10);
            QTest::newRow(qPrintable(QStringLiteral("counter %1").arg(deadlineCounterCode(c)))) << counter;
            counter.channel = Channel::NaverSmartstore;
            counter.statuses = {OrderStatus::New};
            counter.paidFrom = QDate(2024, 3, 3);
            QTest::newRow(qPrintable(QStringLiteral("counter %1 combined").arg(deadlineCounterCode(c)))) << counter;
        }
        const QStringList searches = {
            QStringLiteral("민수"), QStringLiteral("김민수"), QStringLiteral("이수"),
            QStringLiteral("한가람"), QStringLiteral("9753"), QStringLiteral("987612345678"),
            QStringLiteral("9876-1234-5678"), QStringLiteral("민수 충전기"), QStringLiteral("원피스"),
            QStringLiteral("cotton"), QStringLiteral("O12"), QStringLiteral("없는말"),
            // A word that starts every product order number is known to be in every order without
            // counting it; with a word that is not, or a longer number, the search still narrows.
            QStringLiteral("2024"), QStringLiteral("2024 O12"), QStringLiteral("20240001"),
            QStringLiteral("2024 한가람"), QStringLiteral("202")};
        for (const QString &s : searches) {
            OrderFilter f;
            f.search = s;
            QTest::newRow(qPrintable(QStringLiteral("search %1").arg(s))) << f;
        }
    }

    // 지연 위험 and the deadline counters are chips of their own: the status chips ignore them.
    void statusChipsIgnoreTheDeadlineChips()
    {
        OrderListing listing(fx.db->connection());
        OrderFilter channel;
        channel.channel = Channel::KakaoStore;
        for (DeadlineCounter c : allDeadlineCounters()) {
            OrderFilter f = channel;
            f.deadline = c;
            f.today = QDate(2024, 3, 10);
            QVERIFY(listing.count(f) < listing.count(channel));
            QCOMPARE(listing.countByStatus(f), listing.countByStatus(channel));
        }
        OrderFilter risk = channel;
        risk.atRiskOnly = true;
        risk.riskDate = QDate(2024, 3, 11);
        QCOMPARE(listing.countByStatus(risk), listing.countByStatus(channel));
    }

    void counts()
    {
        QFETCH(OrderFilter, filter);
        OrderListing listing(fx.db->connection());
        const QList<Order> want = expected(fx.orders, filter, OrderSort());
        QCOMPARE(listing.count(filter), qint64(want.size()));
        QCOMPARE(ids(listing.fetch(filter, OrderSort(), 0, N + 10)), ids(want));
    }

    void searchFindsWhatSellersType()
    {
        OrderListing listing(fx.db->connection());
        OrderFilter f;
        f.search = QStringLiteral("한가람");
        QCOMPARE(listing.count(f), qint64(1));
        f.search = QStringLiteral("가람"); // two syllables of a three-syllable name
        QCOMPARE(listing.count(f), qint64(1));
        f.search = QStringLiteral("9753"); // last four digits of the buyer's phone
        QVERIFY(ids(listing.fetch(f, OrderSort(), 0, 100)).contains(fx.orders.at(N).id));
        f.search = QStringLiteral("987612345678");
        const QList<OrderRow> rows = listing.fetch(f, OrderSort(), 0, 10);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().courierCode, QStringLiteral("HANJIN"));
        QVERIFY(listing.count(f) == 1);
        f.search = QStringLiteral("수"); // one character: still typing, not a filter
        QCOMPARE(listing.count(f), qint64(fx.orders.size()));
        f.search = QStringLiteral("\"민수\" OR *"); // FTS syntax is quoted, never interpreted
        QCOMPARE(listing.count(f), qint64(0));
    }

    // A name shared by thousands of orders takes the other plan (walking the sort index and keeping
    // matched ids): its windows must still be exactly the ground truth, deep ones included.
    void commonSearchTermsPageLikeAnyFilter()
    {
        OrderFixture big;
        QVERIFY(big.open());
        QVERIFY(big.insert(big.make(12000, 77)));
        OrderListing listing(big.db->connection());
        OrderFilter f;
        f.search = QStringLiteral("김민수");
        const qint64 matches = expected(big.orders, f, OrderSort()).size();
        QVERIFY2(matches >= 2000, "the term must be common enough for the index walk");
        QCOMPARE(listing.count(f), matches);
        f.statuses = {OrderStatus::Decided, OrderStatus::New};
        QCOMPARE(listing.count(f), qint64(expected(big.orders, f, OrderSort()).size()));
        for (const OrderSort &sort :
             {OrderSort{OrderSortKey::PaidAt, true}, OrderSort{OrderSortKey::PaidAt, false},
              OrderSort{OrderSortKey::DispatchDue, false}, OrderSort{OrderSortKey::TotalAmount, true}}) {
            for (const OrderFilter &filter :
                 {OrderFilter{{}, {}, {}, {}, QStringLiteral("김민수"), false, {}}, f}) {
                const QList<Order> want = expected(big.orders, filter, sort);
                const qint64 n = want.size();
                for (qint64 first : {qint64(0), qint64(200), n / 2, n - 150, qint64(201)}) {
                    const QList<OrderRow> rows = listing.fetch(filter, sort, first, 200);
                    QCOMPARE(ids(rows), ids(want, first, 200));
                }
            }
        }
    }

    // A word that starts every order number is in every order's document only while every order has
    // one: an order whose document is missing (an import's search tail not yet written) is not found.
    void aTermInEveryOrderNumberNeedsEveryDocument()
    {
        OrderFixture small;
        QVERIFY(small.open());
        QVERIFY(small.insert(small.make(50, 31)));
        OrderFilter f;
        f.search = QStringLiteral("2024");
        {
            OrderListing listing(small.db->connection());
            QCOMPARE(listing.count(f), qint64(50));
            QCOMPARE(listing.countByStatus(f), listing.countByStatus(OrderFilter()));
        }
        const Order &gone = small.orders.at(7);
        QSqlQuery q(small.db->connection());
        q.prepare(
            QStringLiteral("INSERT INTO order_search (order_search, rowid, body) VALUES ('delete', ?, ?)"));
        q.addBindValue(gone.id);
        q.addBindValue(orderSearchDocument(gone));
        QVERIFY(q.exec());
        OrderListing listing(small.db->connection());
        QCOMPARE(listing.count(f), qint64(49));
        const QList<qint64> found = ids(listing.fetch(f, OrderSort(), 0, 100));
        QCOMPARE(found.size(), 49);
        QVERIFY(!found.contains(gone.id));
        qint64 chips = 0;
        for (qint64 n : listing.countByStatus(f))
            chips += n;
        QCOMPARE(chips, qint64(49));
    }

    void statusCountsIgnoreTheStatusFilter()
    {
        OrderListing listing(fx.db->connection());
        OrderFilter f;
        f.channel = Channel::TalkCheckout;
        f.statuses = {OrderStatus::New};
        const QHash<OrderStatus, qint64> counts = listing.countByStatus(f);
        OrderFilter any = f;
        any.statuses.clear();
        qint64 total = 0;
        for (OrderStatus s : allStatuses()) {
            OrderFilter one = any;
            one.statuses = {s};
            const qint64 want = expected(fx.orders, one, OrderSort()).size();
            QCOMPARE(counts.value(s), want);
            total += want;
        }
        QCOMPARE(total, listing.count(any));
    }

    // The chips of a search come from the index walk (search alone, search and channel), from the
    // kept counts (a term in every order narrows nothing) or from SQL (search and dates): all of them
    // equal the C++ oracle, status by status, and a term in every order still lists every order.
    void statusCountsOfSearchesMatchTheOracle_data()
    {
        QTest::addColumn<OrderFilter>("filter");
        OrderFilter f;
        f.search = QStringLiteral("민수");
        QTest::newRow("two syllables") << f;
        f.search = QStringLiteral("김민수");
        QTest::newRow("a name") << f;
        f.channel = Channel::KakaoStore;
        f.statuses = {OrderStatus::Decided};
        QTest::newRow("a name in a channel, one status chosen") << f;
        f.channel.reset();
        f.paidFrom = QDate(2024, 3, 5);
        f.paidTo = QDate(2024, 3, 20);
        QTest::newRow("a name and dates") << f;
        OrderFilter every;
        every.search = QStringLiteral("2024"); // every product order number
        QTest::newRow("a term in every order") << every;
        every.channel = Channel::TalkCheckout;
        QTest::newRow("a term in every order, one channel") << every;
        OrderFilter none;
        none.search = QStringLiteral("없는말");
        QTest::newRow("no match") << none;
    }

    void statusCountsOfSearchesMatchTheOracle()
    {
        QFETCH(OrderFilter, filter);
        OrderListing listing(fx.db->connection());
        const QHash<OrderStatus, qint64> counts = listing.countByStatus(filter);
        OrderFilter any = filter;
        any.statuses.clear();
        for (OrderStatus s : allStatuses()) {
            OrderFilter one = any;
            one.statuses = {s};
            QCOMPARE(counts.value(s), qint64(expected(fx.orders, one, OrderSort()).size()));
        }
        QCOMPARE(listing.count(any), qint64(expected(fx.orders, any, OrderSort()).size()));
        const QList<Order> want = expected(fx.orders, any, OrderSort{OrderSortKey::PaidAt, true});
        QCOMPARE(ids(listing.fetch(any, OrderSort{OrderSortKey::PaidAt, true}, 0, 200)), ids(want, 0, 200));
    }

    void windowsMatchTheFullOrder_data()
    {
        QTest::addColumn<OrderSort>("sort");
        QTest::addColumn<OrderFilter>("filter");
        for (OrderSortKey k : {OrderSortKey::PaidAt, OrderSortKey::DispatchDue, OrderSortKey::ProductOrderNo,
                               OrderSortKey::Status, OrderSortKey::TotalAmount}) {
            for (bool desc : {false, true}) {
                QTest::addRow("%s %s", keyName(k), desc ? "desc" : "asc")
                    << OrderSort{k, desc} << OrderFilter();
                OrderFilter f;
                f.statuses = {OrderStatus::New, OrderStatus::Confirmed};
                f.channel = Channel::NaverSmartstore;
                QTest::addRow("%s %s filtered", keyName(k), desc ? "desc" : "asc") << OrderSort{k, desc} << f;
                // Read as one range per status, merged (by payment and by dispatch due); a status
                // named twice still gives each order once.
                OrderFilter several;
                several.statuses = {OrderStatus::Delivered, OrderStatus::Decided, OrderStatus::New,
                                    OrderStatus::Decided};
                QTest::addRow("%s %s several statuses", keyName(k), desc ? "desc" : "asc")
                    << OrderSort{k, desc} << several;
            }
        }
    }

    void windowsMatchTheFullOrder()
    {
        QFETCH(OrderSort, sort);
        QFETCH(OrderFilter, filter);
        const QList<Order> want = expected(fx.orders, filter, sort);
        const qint64 total = want.size();
        QVERIFY(total > 100);

        // Sequential scroll: every window after the first starts at an anchor.
        {
            OrderListing listing(fx.db->connection());
            QList<qint64> got;
            for (qint64 first = 0; first < total; first += 37) {
                got += ids(listing.fetch(filter, sort, first, 37));
                if (first > 0) {
                    QCOMPARE(int(listing.lastPlan().from), int(OrderListing::FetchPlan::From::Anchor));
                    QVERIFY(listing.lastPlan().offset <= 1);
                }
            }
            QCOMPARE(got, ids(want));
        }
        // Jumps: end, middle, around the middle, start, near the end, scrolling up from the end.
        {
            OrderListing listing(fx.db->connection());
            const int n = 25;
            QCOMPARE(ids(listing.fetch(filter, sort, total - n, n)), ids(want, total - n, n));
            QCOMPARE(int(listing.lastPlan().from), int(OrderListing::FetchPlan::From::End));
            QVERIFY(listing.lastPlan().backward);
            QCOMPARE(listing.lastPlan().offset, qint64(0));

            const qint64 mid = total / 2;
            QCOMPARE(ids(listing.fetch(filter, sort, mid, n)), ids(want, mid, n));
            QCOMPARE(ids(listing.fetch(filter, sort, mid + n, n)), ids(want, mid + n, n));
            QVERIFY(listing.lastPlan().from == OrderListing::FetchPlan::From::Anchor);
            QVERIFY(!listing.lastPlan().backward);
            QCOMPARE(listing.lastPlan().offset, qint64(1));
            QCOMPARE(ids(listing.fetch(filter, sort, mid - n, n)), ids(want, mid - n, n));
            QVERIFY(listing.lastPlan().from == OrderListing::FetchPlan::From::Anchor);
            QVERIFY(listing.lastPlan().backward);
            QCOMPARE(listing.lastPlan().offset, qint64(1));
            // Overlapping an anchor from either side, and a partial last window.
            QCOMPARE(ids(listing.fetch(filter, sort, mid + 10, n)), ids(want, mid + 10, n));
            QCOMPARE(ids(listing.fetch(filter, sort, mid - 10, n)), ids(want, mid - 10, n));
            QCOMPARE(ids(listing.fetch(filter, sort, total - 7, n)), ids(want, total - 7, n));
            QCOMPARE(ids(listing.fetch(filter, sort, 0, n)), ids(want, 0, n));
            QCOMPARE(int(listing.lastPlan().from), int(OrderListing::FetchPlan::From::Start));
            for (qint64 first = total - 2 * n; first >= total - 10 * n && first >= 0; first -= n) {
                QCOMPARE(ids(listing.fetch(filter, sort, first, n)), ids(want, first, n));
                QVERIFY(listing.lastPlan().from == OrderListing::FetchPlan::From::Anchor);
                QVERIFY(listing.lastPlan().offset <= 1);
            }
            QVERIFY(listing.fetch(filter, sort, total, n).isEmpty());
        }
        // Random access from a fresh listing each time and from a warm one.
        {
            OrderListing warm(fx.db->connection());
            QRandomGenerator rng(42);
            for (int k = 0; k < 30; ++k) {
                const qint64 first = rng.bounded(int(total));
                const int n = 1 + rng.bounded(60);
                QCOMPARE(ids(warm.fetch(filter, sort, first, n)), ids(want, first, n));
                OrderListing cold(fx.db->connection());
                QCOMPARE(ids(cold.fetch(filter, sort, first, n)), ids(want, first, n));
            }
        }
    }

    void rowsCarryWhatTheGridShows()
    {
        OrderListing listing(fx.db->connection());
        OrderFilter f;
        f.search = QStringLiteral("한가람");
        const QList<OrderRow> rows = listing.fetch(f, OrderSort(), 0, 1);
        QCOMPARE(rows.size(), 1);
        const Order &o = fx.orders.at(N);
        const OrderRow &r = rows.first();
        QCOMPARE(r.id, o.id);
        QCOMPARE(r.productOrderNo, o.productOrderNo);
        QCOMPARE(r.orderNo, o.orderNo);
        QVERIFY(r.channel == o.channel);
        QVERIFY(r.status == o.status);
        QCOMPARE(r.paidAt, o.paidAt);
        QCOMPARE(r.productName, o.productName);
        QCOMPARE(r.optionText, o.optionText);
        QCOMPARE(r.quantity, o.quantity);
        QCOMPARE(r.totalAmount, o.totalAmount);
        QCOMPARE(r.buyerName, QStringLiteral("한가람"));
        QCOMPARE(r.recipientName, o.contact.recipientName);
        QCOMPARE(r.recipientPhone, o.contact.recipientPhone1);
        QCOMPARE(r.dispatchDue, o.dispatchDue);
        QCOMPARE(r.trackingNo, o.trackingNo);
    }

    void anchorsAreDroppedWhenTheQueryChanges()
    {
        OrderListing listing(fx.db->connection());
        const OrderSort byAmount{OrderSortKey::TotalAmount, false};
        listing.fetch(OrderFilter(), byAmount, 500, 50);
        QVERIFY(listing.anchorCount() > 0);
        const OrderSort byDue{OrderSortKey::DispatchDue, true};
        const QList<Order> want = expected(fx.orders, OrderFilter(), byDue);
        QCOMPARE(ids(listing.fetch(OrderFilter(), byDue, 550, 50)), ids(want, 550, 50));
        QCOMPARE(listing.anchorCount(), 2);
        listing.invalidate();
        QCOMPARE(listing.anchorCount(), 0);
    }

    // The window queries walk an index in order; they never sort the whole table.
    void queriesUseTheSortIndexes_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("index");
        QTest::newRow("paid") << "SELECT o.id FROM orders o WHERE 1=1 AND (o.paid_at, o.id) <= (?, ?) "
                                 "ORDER BY o.paid_at DESC, o.id DESC LIMIT 200 OFFSET 0"
                              << "orders_paid";
        QTest::newRow("status + paid")
            << "SELECT o.id FROM orders o WHERE 1=1 AND o.status = ? AND (o.paid_at, o.id) "
               "<= (?, ?) ORDER BY o.paid_at DESC, o.id DESC LIMIT 200 OFFSET 0"
            << "orders_status_paid";
        QTest::newRow("due")
            << "SELECT o.id FROM orders o WHERE 1=1 AND o.dispatch_due IS NOT NULL AND "
               "(o.dispatch_due, o.id) >= (?, ?) ORDER BY o.dispatch_due ASC, o.id ASC LIMIT 200 OFFSET 0"
            << "orders_due";
        QTest::newRow("no due")
            << "SELECT o.id FROM orders o WHERE 1=1 AND o.dispatch_due IS NULL AND o.id >= ? "
               "ORDER BY o.dispatch_due ASC, o.id ASC LIMIT 200 OFFSET 0"
            << "orders_due";
        QTest::newRow("amount") << "SELECT o.id FROM orders o WHERE 1=1 AND (o.total_amount, o.id) >= (?, ?) "
                                   "ORDER BY o.total_amount ASC, o.id ASC LIMIT 200 OFFSET 0"
                                << "orders_total";
        QTest::newRow("status") << "SELECT o.id FROM orders o WHERE 1=1 AND (o.status, o.id) >= (?, ?) "
                                   "ORDER BY o.status ASC, o.id ASC LIMIT 200 OFFSET 0"
                                << "orders_status_code";
        QTest::newRow("product order no")
            << "SELECT o.id FROM orders o WHERE 1=1 AND (o.product_order_no, o.id) >= (?, ?) "
               "ORDER BY o.product_order_no ASC, o.id ASC LIMIT 200 OFFSET 0"
            << "sqlite_autoindex_orders_1";
    }

    void queriesUseTheSortIndexes()
    {
        QFETCH(QString, sql);
        QFETCH(QString, index);
        QSqlQuery q(fx.db->connection());
        QVERIFY(q.exec(QStringLiteral("EXPLAIN QUERY PLAN ") +
                       sql.replace(QLatin1Char('?'), QLatin1String("1"))));
        QString plan;
        while (q.next())
            plan += q.value(3).toString() + QLatin1Char('\n');
        QVERIFY2(plan.contains(index), qPrintable(plan));
        QVERIFY2(!plan.contains(QLatin1String("TEMP B-TREE")), qPrintable(plan));
    }
};

QTEST_GUILESS_MAIN(TestOrderListing)
#include "test_order_listing.moc"
