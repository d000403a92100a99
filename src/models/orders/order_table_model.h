#pragma once
#include "core/access/user_session.h"
#include "core/orders/order_filter.h"
#include "core/orders/order_row.h"
#include "core/orders/order_status.h"
#include "core/table/table_orders.h"
#include "models/table/table_model.h"

#include <QHash>
#include <optional>

namespace sd {

class BusinessCalendar;
class Clock;
class DispatchDrafts;

// The orders grid: the table engine (TableModel) over ordersTable(), plus what only orders have —
// the 지연 위험 column (computed from status and due date, its tooltip the delay notice; the row's risk
// as a role the delegate colours), the status chips from order_status_counts, the 지연 위험 and deadline
// counter counts (counted options of the engine), and the product-order-number roles the selection
// and the actions use. Buyer and recipient data arrive masked for roles without ViewPersonalData.
class OrderTableModel : public TableModel
{
    Q_OBJECT
public:
    // Status and dates first: that is what a seller scans for in the morning.
    enum Column {
        Status = OrdersTable::Status,
        PaidAt = OrdersTable::PaidAt,
        DispatchDue = OrdersTable::DispatchDue,
        Risk = OrdersTable::Risk,
        ProductOrderNo = OrdersTable::ProductOrderNo,
        OrderNo = OrdersTable::OrderNo,
        Channel = OrdersTable::Channel,
        Product = OrdersTable::Product,
        Option = OrdersTable::Option,
        Quantity = OrdersTable::Quantity,
        Amount = OrdersTable::Amount,
        Buyer = OrdersTable::Buyer,
        Recipient = OrdersTable::Recipient,
        Phone = OrdersTable::Phone,
        Courier = OrdersTable::Courier,
        TrackingNo = OrdersTable::TrackingNo,
        ColumnCount = OrdersTable::ColumnCount
    };
    enum Role {
        OrderIdRole = IdRole,              // qint64 orders.id
        ProductOrderNoRole = FirstOwnRole, // QString
        StatusCodeRole,                    // QString, e.g. "NEW"
        // int, ShipmentGroup flags: the row and a neighbour share a 주문번호 (합포장: several product
        // orders of one checkout, shipped together). 0 for a row alone or not loaded.
        ShipmentGroupRole,
        // int DeadlineRisk of the row (None, Near, DueToday, Overdue), on every column: the delegate
        // colours the 발송기한 and 지연 위험 cells from Theme (light and dark).
        DeadlineRiskRole,
        // On the 택배사 and 송장번호 cells of a row with a dispatch draft: int(DispatchDrafts::State);
        // nothing without a draft.
        DraftStateRole,
    };
    enum ShipmentGroup {
        InGroup = 1,
        GroupFirst = 2, // the row above is of another order (or not loaded)
        GroupLast = 4,  // the row below is of another order
        GroupOdd = 8,   // alternates between groups that touch, so two groups side by side differ
    };
    // The counts beside the status chips: the 지연 위험 chip and the deadline counters, under the
    // filter without its statuses and chips (전체 stays every order of the channel, period and search).
    struct DeadlineCounts
    {
        qint64 atRisk = 0;
        QHash<DeadlineCounter, qint64> counters;
        bool operator==(const DeadlineCounts &o) const { return atRisk == o.atRisk && counters == o.counters; }
    };

    // `calendar` (may be null: no risk shown) and `clock` must outlive the model.
    OrderTableModel(const QString &databasePath, const UserSession &session, const BusinessCalendar *calendar,
                    const Clock &clock, QObject *parent = nullptr);

    // Sortable columns map to OrderSort (Risk sorts by dispatch due); others are ignored.
    static bool isSortable(int column);
    static std::optional<OrderSortKey> sortKeyFor(int column);

    void setFilter(const OrderFilter &filter);
    OrderFilter filter() const { return m_orderFilter; }
    OrderSort currentSort() const;

    // 0 / empty / nullopt when the row is not loaded. rowAt() is masked like the cells.
    qint64 orderIdAt(int row) const { return rowIdAt(row); }
    QString productOrderNoAt(int row) const;
    std::optional<OrderRow> rowAt(int row) const;
    // A loaded row's product order number without counting as a use of its window.
    QString loadedProductOrderNo(int row) const;
    QHash<OrderStatus, qint64> statusCounts() const { return m_statusCounts; }
    // ShipmentGroupRole of `row`, from the loaded neighbours only (no query; a group cut by a window
    // that is not loaded shows as two until it arrives).
    int shipmentGroupAt(int row) const;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    DeadlineCounts deadlineCounts() const { return m_deadlineCounts; }
    // Today's Seoul date by the model's clock (what 오늘 발송 마감 and 기한 초과 are counted against).
    QDate today() const;

    // The drafts the inline 택배사 / 송장번호 cells show over the stored values and edit (setData writes
    // the draft, never the store). Without drafts the grid is read-only. `drafts` must outlive the model.
    void setDispatchDrafts(DispatchDrafts *drafts);
    DispatchDrafts *dispatchDrafts() const { return m_drafts; }
    // A loaded row whose order awaits dispatch (core: actionAvailable(Dispatch), so a NEW order too
    // when dispatch confirms it first): its 택배사 and 송장번호 cells are editable.
    bool awaitsDispatchAt(int row) const;
    static bool isDispatchEntryColumn(int column) { return column == Courier || column == TrackingNo; }

    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

signals:
    void statusCountsChanged(const QHash<sd::OrderStatus, qint64> &counts);
    void deadlineCountsChanged(const sd::OrderTableModel::DeadlineCounts &counts);

protected:
    std::optional<QString> sortColumnFor(int column) const override;
    QVariant cellData(const TableRow &row, int column, int role) const override;
    void chipCountsArrived(const QHash<QString, qint64> &counts) override;
    void optionCountsArrived(const QHash<QString, qint64> &counts) override;

private:
    int riskOf(const TableRow &r) const; // DeadlineRisk as int
    static QDate dueOf(const TableRow &r);
    void updateCountedOptions();          // today's 지연 위험 cutoff and deadline counters
    static bool awaitsDispatch(const TableRow &r);
    QVariant draftData(const TableRow &r, int column, int role, bool *handled) const;
    void draftsChanged(const QStringList &productOrderNos);

    const BusinessCalendar *m_calendar;
    const Clock &m_clock;
    OrderFilter m_orderFilter;
    QHash<OrderStatus, qint64> m_statusCounts;
    DeadlineCounts m_deadlineCounts;
    DispatchDrafts *m_drafts = nullptr;
};

} // namespace sd
Q_DECLARE_METATYPE(sd::OrderTableModel::DeadlineCounts)
