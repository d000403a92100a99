// The generic table engine (TableModel + its loader + the listing service + the keyset pager) on two
// different descriptions: the orders and the audit log.
#include "core/access/personal_data_mask.h"
#include "core/calendar/seoul_time.h"
#include "core/table/table_audit.h"
#include "core/table/table_orders.h"
#include "models/table/table_model.h"
#include "storage/audit_fixture.h"
#include "storage/order_listing_fixture.h"
#include "storage/table/table_query.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
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

class TestTableModel : public QObject
{
    Q_OBJECT

    AuditFixture audit;
    OrderFixture orders;
    static constexpr int N = 1234; // 7 windows, the last one short

    void expectAuditRow(TableModel &m, int row, const AuditEntry &e)
    {
        QVERIFY(m.waitForRows(row, row, 0, 5000));
        QCOMPARE(m.rowIdAt(row), e.id);
        QCOMPARE(m.data(m.index(row, 0), TableModel::IdRole).toLongLong(), e.id);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(audit.open());
        QVERIFY(audit.insert(N, 99));
        QVERIFY(orders.open());
        QVERIFY(orders.insert(orders.make(900, 7)));
    }

    void passesTheModelTesterOnTheAuditLog()
    {
        TableModel model(audit.path(), auditTable(), session(Role::Master));
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_COMPARE(model.rowCount(), N);
        QCOMPARE(model.columnCount(), int(AuditTable::ColumnCount));
        model.data(model.index(N - 1, 0));
        model.data(model.index(N / 2, 0));
        QVERIFY(model.waitForIdle(5000));
        model.sort(AuditTable::At, Qt::AscendingOrder);
        QVERIFY(model.waitForIdle(5000));
        model.setTableFilter(auditFilter({}, {AuditAction::Login}, {}, {}));
        QVERIFY(model.waitForIdle(5000));
        model.refresh();
        QVERIFY(model.waitForIdle(5000));
        model.setTableFilter({});
        QVERIFY(model.waitForIdle(5000));
        QCOMPARE(model.rowCount(), N);
    }

    void passesTheModelTesterOnTheOrders()
    {
        TableModel model(orders.path(), ordersTable(), session(Role::Master));
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy chips(&model, &TableModel::chipCountsChanged);
        QTRY_COMPARE(model.rowCount(), 900);
        QVERIFY(model.waitForIdle(5000));
        QCOMPARE(model.columnCount(), int(OrdersTable::ColumnCount));
        QCOMPARE(chips.size(), 1);
        qint64 total = 0;
        for (qint64 n : model.chipCounts())
            total += n;
        QCOMPARE(total, qint64(900));
        model.sort(OrdersTable::Amount, Qt::AscendingOrder);
        QVERIFY(model.waitForIdle(5000));
        model.data(model.index(899, 0));
        QVERIFY(model.waitForIdle(5000));
        model.setTableFilter(toTableFilter(OrderFilter{{OrderStatus::New}, {}, {}, {}, {}, false, {}}));
        QVERIFY(model.waitForIdle(5000));
        QCOMPARE(chips.size(), 1); // a filter on the chip column does not recount the chips
        model.refresh();
        QVERIFY(model.waitForIdle(5000));
        const QList<Order> want =
            expected(orders.orders, OrderFilter{{OrderStatus::New}, {}, {}, {}, {}, false, {}},
                     OrderSort{OrderSortKey::TotalAmount, false});
        QCOMPARE(model.rowCount(), int(want.size()));
        QVERIFY(model.waitForRows(0, int(want.size()) - 1, 8, 5000));
        for (int row = 0; row < want.size(); ++row)
            QCOMPARE(model.rowIdAt(row), want.at(row).id);
    }

    void auditRowsAreReadInOrderAndShownForPeople()
    {
        TableModel model(audit.path(), auditTable(), session(Role::Master));
        QTRY_COMPARE(model.rowCount(), N);
        const QList<AuditEntry> want = audit.expected(true);
        for (int row : {0, 1, 199, 200, N - 1, N / 2, 401})
            expectAuditRow(model, row, want.at(row));
        const AuditEntry &e = want.at(200);
        const auto cell = [&](int column, int role = Qt::DisplayRole) {
            return model.index(200, column).data(role);
        };
        QCOMPARE(cell(AuditTable::At).toString(), formatSeoul(fromEpochMs(e.at)));
        QCOMPARE(cell(AuditTable::At, TableModel::ValueRole).toDateTime(), toSeoul(fromEpochMs(e.at)));
        QCOMPARE(cell(AuditTable::Action).toString(), auditActionLabel(e.action));
        QCOMPARE(cell(AuditTable::Action, TableModel::CodeRole).toString(), auditActionCode(e.action));
        QCOMPARE(cell(AuditTable::Object).toString(), e.entityId);
        QCOMPARE(cell(AuditTable::Before).toString(), e.before);
        QCOMPARE(cell(AuditTable::After).toString(), e.after);
        const int userIndex = int(audit.userIds.indexOf(e.userId));
        const QStringList logins{QStringLiteral("master"), QStringLiteral("clerk"),
                                 QStringLiteral("accountant")};
        const QString user =
            userIndex < 0 ? QString() : QStringLiteral("%1 (name)").arg(logins.at(userIndex));
        QCOMPARE(cell(AuditTable::User).toString(), user);
        for (int c = 0; c < model.columnCount(); ++c)
            QVERIFY(!model.headerData(c, Qt::Horizontal).toString().isEmpty());
        // Time sorts on its index; every other column read by SQL sorts by a rank, and the sort
        // is shown (sortShown) when its rows arrive.
        QVERIFY(model.isSortableColumn(AuditTable::At));
        QVERIFY(model.isSortableColumn(AuditTable::Before));
        QSignalSpy shown(&model, &TableModel::sortShown);
        model.sort(AuditTable::Before, Qt::AscendingOrder);
        const TableSort byBefore{QStringLiteral("before"), false};
        QCOMPARE(model.tableSort(), byBefore);
        QTRY_COMPARE(shown.size(), 1);
        QCOMPARE(model.shownSort(), byBefore);
        const int last = model.rowCount() - 1;
        QVERIFY(model.waitForRows(0, 0, 0, 10000));
        QVERIFY(model.waitForRows(last, last, 0, 10000));
        QVERIFY(model.index(0, AuditTable::Before).data().toString().isEmpty()); // empty first
        QCOMPARE(model.index(last, AuditTable::Before).data().toString(), QStringLiteral("NEW"));
    }

    void auditFiltersByUserActionAndDate()
    {
        TableModel model(audit.path(), auditTable(), session(Role::Master));
        QTRY_COMPARE(model.rowCount(), N);
        const qint64 user = audit.userIds.at(2);
        const QDate day(2024, 3, 3);
        model.setTableFilter(auditFilter({user}, {}, day, day));
        QVERIFY(model.waitForIdle(5000));
        const qint64 lo = seoulDayStartMs(day), hi = seoulDayStartMs(day.addDays(1));
        const QList<AuditEntry> want = audit.expected(
            true, [&](const AuditEntry &e) { return e.userId == user && e.at >= lo && e.at < hi; });
        QVERIFY(!want.isEmpty());
        QCOMPARE(model.rowCount(), int(want.size()));
        QVERIFY(model.waitForRows(0, int(want.size()) - 1, 0, 5000));
        for (int row = 0; row < want.size(); ++row)
            QCOMPARE(model.rowIdAt(row), want.at(row).id);
    }

    // The listing service refuses the audit log to roles that do not manage staff: no rows, a message.
    void aRoleWithoutThePermissionGetsNoRows()
    {
        TableModel model(audit.path(), auditTable(), session(Role::Operator));
        QSignalSpy failed(&model, &TableModel::loadFailed);
        QTRY_COMPARE(failed.size(), 1);
        QVERIFY(!failed.first().at(0).toString().isEmpty());
        QVERIFY(model.waitForIdle(5000));
        QCOMPARE(model.rowCount(), 0);
    }

    // Masking happens in the listing call, so the generic model shows masked cells too.
    void ordersAreMaskedForFinance()
    {
        TableModel model(orders.path(), ordersTable(), session(Role::Finance));
        QTRY_COMPARE(model.rowCount(), 900);
        QVERIFY(model.waitForRows(0, 9, 0, 5000));
        const QList<Order> want = expected(orders.orders, OrderFilter(), OrderSort());
        for (int row = 0; row < 10; ++row) {
            const Order &o = want.at(row);
            QCOMPARE(model.rowIdAt(row), o.id);
            QCOMPARE(model.index(row, OrdersTable::Buyer).data().toString(), maskName(o.contact.buyerName));
            QCOMPARE(model.index(row, OrdersTable::Phone).data().toString(),
                     maskPhone(o.contact.recipientPhone1));
            QCOMPARE(model.index(row, OrdersTable::Phone).data(TableModel::CodeRole).toString(),
                     maskPhone(o.contact.recipientPhone1));
        }
    }
};

QTEST_GUILESS_MAIN(TestTableModel)
#include "test_table_model.moc"
