#include "core/access/personal_data_mask.h"
#include "core/calendar/business_calendar.h"
#include "core/calendar/clock.h"
#include "core/common/money.h"
#include "core/orders/courier.h"
#include "core/orders/dispatch_deadline.h"
#include "core/orders/order_field.h"
#include "models/orders/order_table_model.h"
#include "storage/order_listing_fixture.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace sd;
using namespace sd::test;

namespace {

UserSession session(Role role)
{
    UserSession s;
    s.userId = 1;
    s.login = QStringLiteral("tester");
    s.role = role;
    return s;
}

} // namespace

class TestOrderTableModel : public QObject
{
    Q_OBJECT

    OrderFixture fx;
    BusinessCalendar calendar = BusinessCalendar::korean();
    // Monday 2024-03-11, 10:00 in Seoul.
    FixedClock clock{seoulNow()};
    static constexpr int N = 2600; // 13 windows

    static QDateTime seoulNow() { return seoulTime(2024, 3, 11, 10, 0); }

    QString cell(const OrderTableModel &m, int row, int column) const
    {
        return m.data(m.index(row, column)).toString();
    }

    // Waits until `row` is loaded, then checks it is the expected order.
    void expectRow(OrderTableModel &m, int row, const Order &o)
    {
        m.data(m.index(row, 0));
        QVERIFY(m.waitForIdle(5000));
        QTRY_VERIFY((m.data(m.index(row, 0)), m.orderIdAt(row) != 0));
        QCOMPARE(m.orderIdAt(row), o.id);
        QCOMPARE(m.productOrderNoAt(row), o.productOrderNo);
        QCOMPARE(m.data(m.index(row, 0), OrderTableModel::OrderIdRole).toLongLong(), o.id);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(fx.open());
        QVERIFY(fx.insert(fx.make(N, 1103)));
    }

    void passesTheModelTester()
    {
        OrderTableModel model(fx.path(), session(Role::Master), &calendar, clock);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_COMPARE(model.rowCount(), N);
        QVERIFY(model.waitForIdle(5000));
        model.data(model.index(N - 1, 0));
        model.data(model.index(N / 2, 0));
        QVERIFY(model.waitForIdle(5000));
        model.sort(OrderTableModel::Amount, Qt::AscendingOrder);
        QVERIFY(model.waitForIdle(5000));
        OrderFilter f;
        f.statuses = {OrderStatus::New};
        model.setFilter(f);
        QVERIFY(model.waitForIdle(5000));
        model.refresh();
        QVERIFY(model.waitForIdle(5000));
        QCOMPARE(model.columnCount(), int(OrderTableModel::ColumnCount));
    }

    void placeholdersThenRows()
    {
        OrderTableModel model(fx.path(), session(Role::Master), &calendar, clock);
        QCOMPARE(model.rowCount(), 0); // the count comes from the worker
        QTRY_COMPARE(model.rowCount(), N);
        const QList<Order> want = expected(fx.orders, OrderFilter(), OrderSort{OrderSortKey::PaidAt, true});
        // The first window comes with the count: a new filter or sort shows the top rows first.
        QTRY_VERIFY(model.rowAt(0).has_value());
        expectRow(model, 0, want.at(0));
        // Any other window shows placeholders until it arrives, then one dataChanged for that window.
        const int w = 3;
        const int row = w * OrderTableModel::kWindowSize + 5;
        QCOMPARE(cell(model, row, OrderTableModel::ProductOrderNo), QString(QChar(0x2026)));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        expectRow(model, row, want.at(row));
        QCOMPARE(changed.size(), 1);
        const QModelIndex tl = changed.first().at(0).toModelIndex();
        const QModelIndex br = changed.first().at(1).toModelIndex();
        QCOMPARE(tl.row(), w * OrderTableModel::kWindowSize);
        QCOMPARE(br.row(), (w + 1) * OrderTableModel::kWindowSize - 1);
        QCOMPARE(br.column(), OrderTableModel::ColumnCount - 1);

        // Jump to the end, then the middle: the same slices as the full ORDER BY.
        expectRow(model, N - 1, want.last());
        expectRow(model, N - 150, want.at(N - 150));
        expectRow(model, N / 2 + 7, want.at(N / 2 + 7));
        for (int row : {N / 2, N / 2 + 199, 399, 400, 1})
            expectRow(model, row, want.at(row));
    }

    void cellsAreFormattedForSellers()
    {
        OrderTableModel model(fx.path(), session(Role::Master), &calendar, clock);
        QTRY_COMPARE(model.rowCount(), N);
        const QList<Order> want = expected(fx.orders, OrderFilter(), OrderSort{OrderSortKey::PaidAt, true});
        expectRow(model, 3, want.at(3));
        const Order &o = want.at(3);
        QCOMPARE(cell(model, 3, OrderTableModel::Status), statusLabel(o.status));
        QCOMPARE(cell(model, 3, OrderTableModel::PaidAt), formatSeoul(o.paidAt));
        QCOMPARE(cell(model, 3, OrderTableModel::Channel), channelLabel(o.channel));
        QCOMPARE(cell(model, 3, OrderTableModel::Amount), formatWonPlain(o.totalAmount));
        QCOMPARE(cell(model, 3, OrderTableModel::Buyer), o.contact.buyerName);
        QCOMPARE(cell(model, 3, OrderTableModel::Phone), o.contact.recipientPhone1);
        QCOMPARE(model.data(model.index(3, OrderTableModel::Amount), Qt::TextAlignmentRole).toInt(),
                 int(Qt::AlignRight | Qt::AlignVCenter));
        QCOMPARE(model.headerData(OrderTableModel::ProductOrderNo, Qt::Horizontal).toString(),
                 QStringLiteral("Product order no."));
        // Headers come from the one table of order field labels, like the details pane and the CLI.
        QCOMPARE(model.headerData(OrderTableModel::Amount, Qt::Horizontal).toString(),
                 QStringLiteral("Total amount"));
        QCOMPARE(model.headerData(OrderTableModel::Amount, Qt::Horizontal).toString(),
                 orderFieldLabel(OrderField::TotalAmount));
        for (int c = 0; c < OrderTableModel::ColumnCount; ++c)
            QVERIFY(!model.headerData(c, Qt::Horizontal).toString().isEmpty());
        // Shipped rows show the courier by name.
        for (int row = 0; row < OrderTableModel::kWindowSize; ++row) {
            if (!want.at(row).trackingNo.isEmpty()) {
                QCOMPARE(cell(model, row, OrderTableModel::Courier), courierLabel(QStringLiteral("CJGLS")));
                QCOMPARE(cell(model, row, OrderTableModel::TrackingNo), want.at(row).trackingNo);
                break;
            }
        }
    }

    void sortsEveryKeyBothWays_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<int>("key");
        QTest::newRow("status") << int(OrderTableModel::Status) << int(OrderSortKey::Status);
        QTest::newRow("paid") << int(OrderTableModel::PaidAt) << int(OrderSortKey::PaidAt);
        QTest::newRow("due") << int(OrderTableModel::DispatchDue) << int(OrderSortKey::DispatchDue);
        QTest::newRow("risk sorts by due") << int(OrderTableModel::Risk) << int(OrderSortKey::DispatchDue);
        QTest::newRow("product order no")
            << int(OrderTableModel::ProductOrderNo) << int(OrderSortKey::ProductOrderNo);
        QTest::newRow("amount") << int(OrderTableModel::Amount) << int(OrderSortKey::TotalAmount);
    }

    void sortsEveryKeyBothWays()
    {
        QFETCH(int, column);
        QFETCH(int, key);
        OrderTableModel model(fx.path(), session(Role::Master), &calendar, clock);
        QTRY_COMPARE(model.rowCount(), N);
        for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
            model.sort(column, order);
            const OrderSort s{OrderSortKey(key), order == Qt::DescendingOrder};
            QVERIFY(model.currentSort() == s);
            // The rows on screen stay until the sorted ones arrive with the count: then one reset.
            if (!(s == OrderSort{OrderSortKey::PaidAt, true}))
                QTRY_COMPARE(reset.size(), 1);
            const QList<Order> want = expected(fx.orders, OrderFilter(), s);
            for (int row : {0, 1, 250, N - 1, N / 2, N - 201})
                expectRow(model, row, want.at(row));
        }
        // Columns filled outside SQL (the contacts) do not sort: nothing changes.
        const OrderSort before = model.currentSort();
        model.sort(OrderTableModel::Buyer, Qt::AscendingOrder);
        QVERIFY(model.currentSort() == before);
        QVERIFY(!model.isSortableColumn(OrderTableModel::Buyer));
        QVERIFY(!model.headerData(OrderTableModel::Buyer, Qt::Horizontal, Qt::ToolTipRole).toString().isEmpty());
    }

    void filtersAndStatusCounts()
    {
        OrderTableModel model(fx.path(), session(Role::Master), &calendar, clock);
        QSignalSpy counts(&model, &OrderTableModel::statusCountsChanged);
        QTRY_COMPARE(model.rowCount(), N);
        QTRY_COMPARE(counts.size(), 1);
        qint64 total = 0;
        for (qint64 c : model.statusCounts())
            total += c;
        QCOMPARE(total, qint64(N));

        OrderFilter f;
        f.channel = Channel::KakaoStore;
        f.search = QStringLiteral("민수");
        model.setFilter(f);
        QVERIFY(model.waitForIdle(5000));
        const QList<Order> want = expected(fx.orders, f, OrderSort{OrderSortKey::PaidAt, true});
        QCOMPARE(model.rowCount(), int(want.size()));
        QCOMPARE(counts.size(), 2);
        const auto chips = counts.last().at(0).value<QHash<OrderStatus, qint64>>();
        OrderFilter newOnly = f;
        newOnly.statuses = {OrderStatus::New};
        QCOMPARE(chips.value(OrderStatus::New), qint64(expected(fx.orders, newOnly, OrderSort()).size()));
        expectRow(model, int(want.size()) - 1, want.last());

        // A status chip narrows the rows but does not recount the chips.
        model.setFilter(newOnly);
        QVERIFY(model.waitForIdle(5000));
        QCOMPARE(model.rowCount(), int(chips.value(OrderStatus::New)));
        QCOMPARE(counts.size(), 2);
    }

    void staleResultsAreDropped()
    {
        OrderTableModel model(fx.path(), session(Role::Master), &calendar, clock);
        QTRY_COMPARE(model.rowCount(), N);
        QVERIFY(model.waitForIdle(5000));
        // Ask for windows, then change the filter several times before anything arrives.
        for (int row = 0; row < N; row += OrderTableModel::kWindowSize)
            model.data(model.index(row, 0));
        OrderFilter last;
        for (OrderStatus s :
             {OrderStatus::New, OrderStatus::Shipping, OrderStatus::Canceled, OrderStatus::Decided}) {
            OrderFilter f;
            f.statuses = {s};
            model.setFilter(f);
            model.sort(OrderTableModel::Amount,
                       s == OrderStatus::Canceled ? Qt::AscendingOrder : Qt::DescendingOrder);
            last = f;
        }
        QVERIFY(model.waitForIdle(5000));
        const QList<Order> want = expected(fx.orders, last, model.currentSort());
        QCOMPARE(model.rowCount(), int(want.size()));
        for (int row = 0; row < want.size(); row += 17)
            expectRow(model, row, want.at(row));
        for (int row = 0; row < want.size(); ++row)
            QCOMPARE(model.orderIdAt(row), want.at(row).id);
    }

    void cacheStaysBounded()
    {
        OrderFixture big;
        QVERIFY(big.open());
        const int rows = 11000; // 55 windows
        QVERIFY(big.insert(big.make(rows, 31)));
        OrderTableModel model(big.path(), session(Role::Master), &calendar, clock);
        QTRY_COMPARE(model.rowCount(), rows);
        int most = 0;
        // Scroll end to end, a screen at a time, twice.
        for (int pass = 0; pass < 2; ++pass) {
            for (int row = 0; row < rows; row += 40) {
                model.data(model.index(row, 0));
                QVERIFY(model.waitForIdle(5000));
                most = std::max(most, model.cachedWindowCount());
            }
        }
        QVERIFY(most <= OrderTableModel::kMaxCachedWindows);
        QCOMPARE(model.cachedWindowCount(), OrderTableModel::kMaxCachedWindows);
        const QList<Order> want = expected(big.orders, OrderFilter(), OrderSort{OrderSortKey::PaidAt, true});
        expectRow(model, 0, want.first()); // evicted long ago, loaded again
        expectRow(model, rows - 1, want.last());
    }

    // Export reads the whole table with waitForRows: every row in order, windows read ahead.
    void waitForRowsReadsTheTableInOrder()
    {
        OrderTableModel model(fx.path(), session(Role::Master), &calendar, clock);
        QTRY_COMPARE(model.rowCount(), N);
        const QList<Order> want = expected(fx.orders, OrderFilter(), OrderSort{OrderSortKey::PaidAt, true});
        for (int first = 0; first < N; first += OrderTableModel::kWindowSize) {
            const int last = std::min(N, first + OrderTableModel::kWindowSize) - 1;
            QVERIFY(model.waitForRows(first, last, 3, 5000));
            QCOMPARE(model.orderIdAt(first), want[first].id);
            QCOMPARE(model.orderIdAt(last), want[last].id);
        }
        QVERIFY(!model.waitForRows(N - 1, N, 0, 100)); // past the end
    }

    void financeSeesMaskedContacts()
    {
        OrderTableModel model(fx.path(), session(Role::Finance), &calendar, clock);
        QTRY_COMPARE(model.rowCount(), N);
        const QList<Order> want = expected(fx.orders, OrderFilter(), OrderSort{OrderSortKey::PaidAt, true});
        expectRow(model, 5, want.at(5));
        const Order &o = want.at(5);
        QCOMPARE(cell(model, 5, OrderTableModel::Buyer), maskName(o.contact.buyerName));
        QCOMPARE(cell(model, 5, OrderTableModel::Recipient), maskName(o.contact.recipientName));
        QCOMPARE(cell(model, 5, OrderTableModel::Phone), maskPhone(o.contact.recipientPhone1));
        QVERIFY(cell(model, 5, OrderTableModel::Phone).contains(QStringLiteral("****")));
        QVERIFY(cell(model, 5, OrderTableModel::Buyer) != o.contact.buyerName);
        QCOMPARE(model.rowAt(5)->buyerName, maskName(o.contact.buyerName));
        QCOMPARE(model.rowAt(5)->recipientPhone, maskPhone(o.contact.recipientPhone1));
    }

    void riskIsShownForOrdersToDispatch()
    {
        OrderFixture own;
        QVERIFY(own.open());
        QList<Order> list = own.make(4, 5);
        const QDate today(2024, 3, 11); // Monday
        list[0].status = OrderStatus::New;
        list[0].dispatchDue = today.addDays(-1);
        list[1].status = OrderStatus::Confirmed;
        list[1].dispatchDue = today.addDays(1);
        list[1].delayReason = QStringLiteral("PRODUCT_PREPARE");
        list[2].status = OrderStatus::New;
        list[2].dispatchDue = today.addDays(10);
        list[3].status = OrderStatus::Shipping;
        list[3].dispatchDue = today.addDays(-3);
        QVERIFY(own.insert(list));
        OrderTableModel model(own.path(), session(Role::Operator), &calendar, clock);
        model.sort(OrderTableModel::DispatchDue, Qt::AscendingOrder);
        QTRY_COMPARE(model.rowCount(), 4);
        QTRY_VERIFY((model.data(model.index(3, 0)), model.orderIdAt(3) != 0));
        // Ascending due: shipped (-3), overdue (-1), near (+1), later (+10).
        QCOMPARE(cell(model, 0, OrderTableModel::Risk), QString());
        // A short badge (its long words in the tooltip and the typed value).
        QCOMPARE(cell(model, 1, OrderTableModel::Risk), QStringLiteral("Late"));
        QCOMPARE(cell(model, 2, OrderTableModel::Risk), QStringLiteral("Tomorrow"));
        QCOMPARE(cell(model, 3, OrderTableModel::Risk), QString());
        QCOMPARE(model.data(model.index(1, OrderTableModel::Risk), TableModel::ValueRole).toString(),
                 deadlineRiskLabel(DeadlineRisk::Overdue));
        QVERIFY(model.data(model.index(1, OrderTableModel::Risk), Qt::ToolTipRole)
                    .toString()
                    .contains(deadlineRiskLabel(DeadlineRisk::Overdue)));
        // The colours are the delegate's (Theme, light and dark): the model gives the risk as a role.
        auto risk = [&model](int row, int column) {
            return DeadlineRisk(model.data(model.index(row, column), OrderTableModel::DeadlineRiskRole).toInt());
        };
        QCOMPARE(risk(1, OrderTableModel::Risk), DeadlineRisk::Overdue);
        QCOMPARE(risk(1, OrderTableModel::DispatchDue), DeadlineRisk::Overdue);
        QCOMPARE(risk(2, OrderTableModel::Risk), DeadlineRisk::Near);
        QCOMPARE(risk(0, OrderTableModel::Risk), DeadlineRisk::None);
        QCOMPARE(risk(3, OrderTableModel::Risk), DeadlineRisk::None);
        QVERIFY(!model.data(model.index(1, OrderTableModel::Product), Qt::BackgroundRole).isValid());
        QVERIFY(!model.data(model.index(1, OrderTableModel::Risk), Qt::ForegroundRole).isValid());
        QVERIFY(!model.data(model.index(2, OrderTableModel::Risk), Qt::ToolTipRole).toString().isEmpty());
        QCOMPARE(cell(model, 1, OrderTableModel::DispatchDue), QStringLiteral("2024-03-10"));
    }

    void refreshKeepsRowsInPlace()
    {
        OrderFixture own;
        QVERIFY(own.open());
        QVERIFY(own.insert(own.make(450, 77)));
        OrderTableModel model(own.path(), session(Role::Master), &calendar, clock);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_COMPARE(model.rowCount(), 450);
        const QList<Order> want = expected(own.orders, OrderFilter(), OrderSort{OrderSortKey::PaidAt, true});
        expectRow(model, 10, want.at(10));

        // A status change elsewhere: same count, no reset, the row's cells change.
        {
            QSqlQuery q(own.db->connection());
            q.prepare(QStringLiteral("UPDATE orders SET status = 'CANCELED' WHERE id = ?"));
            q.addBindValue(want.at(10).id);
            QVERIFY(q.exec());
        }
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.refresh();
        QCOMPARE(model.orderIdAt(10), want.at(10).id); // still shown while reloading
        QTRY_COMPARE(cell(model, 10, OrderTableModel::Status), statusLabel(OrderStatus::Canceled));
        QVERIFY(model.waitForIdle(5000));
        QCOMPARE(reset.size(), 0);
        QVERIFY(changed.size() >= 1);
        QCOMPARE(model.rowCount(), 450);

        // A new order: rows are inserted, not reset.
        QList<Order> more = own.make(1, 99, 450);
        more[0].paidAt = seoulTime(2025, 1, 1, 9, 0); // newest: first row
        QVERIFY(own.insert(more));
        model.refresh();
        QVERIFY(model.waitForIdle(5000));
        QCOMPARE(model.rowCount(), 451);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(reset.size(), 0);
        QTRY_COMPARE((model.data(model.index(0, 0)), model.orderIdAt(0)), own.orders.last().id);
    }
};

QTEST_GUILESS_MAIN(TestOrderTableModel)
#include "test_order_table_model.moc"
