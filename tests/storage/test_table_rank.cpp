// Sorting by a column without a sort index (a rank of the filtered ids, paged by position) and the
// Range filter, over the orders' storage, against a ground truth computed in C++.
#include "core/table/table_orders.h"
#include "order_listing_fixture.h"
#include "result_support.h"
#include "storage/table/table_orders.h"
#include "storage/table/table_pager.h"
#include "storage/table/table_source.h"

#include <QSqlQuery>
#include <QTest>
#include <algorithm>

using namespace sd;
using namespace sd::test;

namespace {

// A stored value as SQLite orders it: NULL first, then numbers, then text by its UTF-8 bytes.
struct Stored
{
    int cls = 0; // 0 null, 1 number, 2 text
    qint64 number = 0;
    QByteArray text;
    bool operator<(const Stored &o) const
    {
        if (cls != o.cls)
            return cls < o.cls;
        return cls == 1 ? number < o.number : text < o.text;
    }
    bool operator==(const Stored &o) const { return cls == o.cls && number == o.number && text == o.text; }
};

} // namespace

class TestTableRank : public QObject
{
    Q_OBJECT

    OrderFixture fx;
    static constexpr int N = 2300; // 12 windows of 200

    static QList<qint64> ids(const QList<TableRow> &rows)
    {
        QList<qint64> out;
        for (const TableRow &r : rows)
            out << r.id;
        return out;
    }

    // Every (id, value) of the column, read plainly; the expected order computed here.
    QList<qint64> expectedOrder(const QString &sql, const QStringList &statuses, bool descending,
                                bool nullsLast = false)
    {
        QSqlQuery q(fx.db->connection());
        QString where;
        if (!statuses.isEmpty())
            where = QStringLiteral(" WHERE o.status IN ('%1')").arg(statuses.join(QStringLiteral("','")));
        if (!q.exec(QStringLiteral("SELECT o.id, %1 FROM orders o%2").arg(sql, where)))
            return {};
        QList<QPair<Stored, qint64>> rows;
        while (q.next()) {
            Stored s;
            const QVariant v = q.value(1);
            if (v.isNull())
                s.cls = 0;
            else if (v.typeId() == QMetaType::LongLong || v.typeId() == QMetaType::Int) {
                s.cls = 1;
                s.number = v.toLongLong();
            } else {
                s.cls = 2;
                s.text = v.toString().toUtf8();
            }
            rows.append({s, q.value(0).toLongLong()});
        }
        std::sort(rows.begin(), rows.end(), [&](const auto &a, const auto &b) {
            if (nullsLast && (a.first.cls == 0) != (b.first.cls == 0))
                return b.first.cls == 0;
            const bool less = a.first < b.first || (a.first == b.first && a.second < b.second);
            const bool more = b.first < a.first || (a.first == b.first && b.second < a.second);
            return descending ? more : less;
        });
        QList<qint64> out;
        for (const auto &r : rows)
            out << r.second;
        return out;
    }

    // Reads every row through windows of 200 fetched out of order (the end, the start, the middle).
    static QList<qint64> pagedIds(TablePager &pager, const TableFilter &f, const TableSort &s, qint64 total)
    {
        const int windows = int((total + 199) / 200);
        QList<int> order;
        for (int w = windows - 1; w >= 0; w -= 2)
            order << w;
        for (int w = 0; w < windows; ++w)
            if (!order.contains(w))
                order << w;
        QList<QList<qint64>> parts(windows);
        for (int w : order) {
            sd::Result status;
            parts[w] = ids(pager.fetch(f, s, qint64(w) * 200, 200, &status));
            if (!status.ok())
                return {};
        }
        QList<qint64> out;
        for (const QList<qint64> &p : parts)
            out += p;
        return out;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(fx.open());
        QVERIFY(fx.insert(fx.make(N, 20240611)));
    }

    void sortsAnyColumnLikeSqlite_data()
    {
        QTest::addColumn<QString>("column");
        QTest::addColumn<bool>("filtered");
        for (const char *c : {"product", "quantity", "courier", "option", "order_no", "tracking_no", "channel"}) {
            QTest::newRow(QByteArray(c) + " all") << QString::fromLatin1(c) << false;
            QTest::newRow(QByteArray(c) + " filtered") << QString::fromLatin1(c) << true;
        }
    }

    // Ties (many equal products and quantities) by id, NULLs (no courier, no option) first ascending
    // and last descending, as SQLite's ORDER BY value, id; every window in its place.
    void sortsAnyColumnLikeSqlite()
    {
        QFETCH(QString, column);
        QFETCH(bool, filtered);
        const TableColumn *c = ordersTable().column(column);
        QVERIFY(c && c->canSort() && !c->sortable());
        const QStringList statuses = filtered ? QStringList{statusCode(OrderStatus::Shipping),
                                                            statusCode(OrderStatus::Delivered),
                                                            statusCode(OrderStatus::New)}
                                              : QStringList();
        TableFilter f;
        if (filtered) {
            QVariantList codes;
            for (const QString &s : statuses)
                codes << s;
            f.columns << ColumnFilter::oneOf(QStringLiteral("status"), codes);
        }
        for (bool descending : {false, true}) {
            OrdersTableSource source(fx.db->connection());
            TablePager pager(source);
            const TableSort s{column, descending};
            const QList<qint64> want = expectedOrder(c->sql, statuses, descending);
            QVERIFY(want.size() > 400);
            sd::Result status;
            QCOMPARE(pager.count(f, &status), qint64(want.size()));
            QCOMPARE(pagedIds(pager, f, s, want.size()), want);
            QVERIFY(pager.lastPlan().ranked);
            QCOMPARE(pager.rankBuilds(), 1); // once per filter + sort, then read by position
            // Past the end: nothing; a window that straddles it: the rest.
            QVERIFY(pager.fetch(f, s, want.size(), 200, &status).isEmpty());
            QCOMPARE(ids(pager.fetch(f, s, want.size() - 5, 200, &status)), want.mid(want.size() - 5));
            QVERIFY(status.ok());
        }
    }

    void rankIsDroppedWithTheFilterAndAfterWrites()
    {
        OrdersTableSource source(fx.db->connection());
        TablePager pager(source);
        const TableSort s{QStringLiteral("product"), false};
        sd::Result status;
        const QList<qint64> before = ids(pager.fetch({}, s, 0, N, &status));
        QCOMPARE(before.size(), N);
        QCOMPARE(pager.rankBuilds(), 1);
        TableFilter f;
        f.columns << ColumnFilter::range(QStringLiteral("quantity"), 2, QVariant());
        pager.fetch(f, s, 0, 50, &status);
        QCOMPARE(pager.rankBuilds(), 2);
        // A write moves the last row to the top (an empty name sorts before every other); after
        // invalidate() the rank is built again and shows it.
        const qint64 moved = before.last();
        const Order &o = *std::find_if(fx.orders.cbegin(), fx.orders.cend(),
                                        [&](const Order &x) { return x.id == moved; });
        QSqlQuery q(fx.db->connection());
        QVERIFY(q.exec(QStringLiteral("UPDATE orders SET product_name = '' WHERE id = %1").arg(moved)));
        pager.invalidate();
        const QList<qint64> all = ids(pager.fetch({}, s, 0, N, &status));
        QCOMPARE(pager.rankBuilds(), 3);
        QCOMPARE(all.first(), moved);
        QCOMPARE(all.mid(1), before.mid(0, N - 1));
        q.prepare(QStringLiteral("UPDATE orders SET product_name = ? WHERE id = ?"));
        q.addBindValue(o.productName);
        q.addBindValue(o.id);
        QVERIFY(q.exec());
    }

    // A column whose empty values sort last (as the dispatch due date's) keeps them last both ways
    // when it sorts by a rank: the same order as the keyset pager's two index ranges.
    void nullsLastByRankLikeTheIndex()
    {
        static TableDescription unindexed = [] {
            TableDescription t = ordersTable();
            t.columns[OrdersTable::DispatchDue].sortIndex.clear();
            return t;
        }();
        QVERIFY(unindexed.columns[OrdersTable::DispatchDue].nullsLast);
        for (bool descending : {false, true}) {
            OrdersTableSource indexedSource(fx.db->connection());
            TablePager indexed(indexedSource);
            TableSource rankedSource(fx.db->connection(), unindexed);
            TablePager ranked(rankedSource);
            const TableSort s{QStringLiteral("dispatch_due"), descending};
            sd::Result status;
            const QList<qint64> want = ids(indexed.fetch({}, s, 0, N, &status));
            QCOMPARE(want.size(), N);
            QCOMPARE(pagedIds(ranked, {}, s, N), want);
            QVERIFY(ranked.lastPlan().ranked);
            QCOMPARE(want, expectedOrder(QStringLiteral("o.dispatch_due"), {}, descending, true));
        }
    }

    void rangeFilter()
    {
        OrdersTableSource source(fx.db->connection());
        TablePager pager(source);
        const TableSort s{QStringLiteral("paid_at"), true};
        auto count = [&](const std::function<bool(const Order &)> &keep) {
            return qint64(std::count_if(fx.orders.cbegin(), fx.orders.cend(), keep));
        };
        sd::Result status;
        TableFilter f;
        f.columns << ColumnFilter::range(QStringLiteral("total_amount"), 12000, 15000);
        const qint64 amounts =
            count([](const Order &o) { return o.totalAmount >= 12000 && o.totalAmount <= 15000; });
        QVERIFY(amounts > 0 && amounts < N);
        QCOMPARE(pager.count(f, &status), amounts);
        for (const TableRow &r : pager.fetch(f, s, 0, N, &status)) {
            const qint64 a = r.cells[OrdersTable::Amount].toLongLong();
            QVERIFY(a >= 12000 && a <= 15000);
        }
        // Open ends, and with another column's range (AND).
        TableFilter g;
        g.columns << ColumnFilter::range(QStringLiteral("quantity"), 2, QVariant())
                  << ColumnFilter::range(QStringLiteral("total_amount"), QVariant(), 14000);
        QCOMPARE(pager.count(g, &status),
                 count([](const Order &o) { return o.quantity >= 2 && o.totalAmount <= 14000; }));
        QVERIFY(status.ok());
        // Refused: a range on text, a range with min above max, a range that is no number.
        for (const ColumnFilter &bad : {ColumnFilter::range(QStringLiteral("product"), 1, 2),
                                        ColumnFilter::range(QStringLiteral("quantity"), 3, 1),
                                        ColumnFilter::range(QStringLiteral("quantity"), QStringLiteral("1 OR 1=1"),
                                                            QVariant())}) {
            TableFilter b;
            b.columns << bad;
            status = {};
            QCOMPARE(pager.count(b, &status), qint64(-1));
            QCOMPARE(status.kind, sd::ErrorKind::BadInput);
        }
    }

    // The autofilter's "(empty)": a null value stands for the empty cells, alone or with codes; the
    // value list is one GROUP BY with the column's own condition ignored.
    void emptyCellsAndValueCounts()
    {
        OrdersTableSource source(fx.db->connection());
        TablePager pager(source);
        sd::Result status;
        const qint64 none = std::count_if(fx.orders.cbegin(), fx.orders.cend(),
                                          [](const Order &o) { return o.courierCode.isEmpty(); });
        QVERIFY(none > 0 && none < N);
        TableFilter f;
        f.columns << ColumnFilter::oneOf(QStringLiteral("courier"), {QVariant()});
        QCOMPARE(pager.count(f, &status), none);
        f.columns[0].values << QStringLiteral("CJGLS");
        QCOMPARE(pager.count(f, &status), qint64(N));
        const QHash<QString, qint64> counts = source.countsBy(QStringLiteral("courier"), f, &status);
        QVERIFY(status.ok());
        QCOMPARE(counts.value(QString()), none);
        QCOMPARE(counts.value(QStringLiteral("CJGLS")), qint64(N) - none);
        // The kept counts answer no header filter beside the channel box: both channels AND-ed.
        TableFilter two;
        two.columns << ColumnFilter::oneOf(QStringLiteral("channel"), {channelCode(allChannels().at(0))})
                    << ColumnFilter::oneOf(QStringLiteral("channel"), {channelCode(allChannels().at(1))});
        QCOMPARE(pager.count(two, &status), qint64(0));
    }
};

QTEST_GUILESS_MAIN(TestTableRank)
#include "test_table_rank.moc"
