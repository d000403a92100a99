#pragma once
#include "core/orders/order_filter.h"
#include "core/orders/order_row.h"
#include "core/table/table_description.h"
#include "core/table/table_filter.h"

#include <optional>

namespace sd {

// The orders grid as a table description: its columns in the grid's order (the order of
// OrderTableModel::Column), labels from the one table of order field labels (order_field).
namespace OrdersTable {
enum Column {
    Status,
    PaidAt,
    DispatchDue,
    Risk, // 지연 위험: computed by the model from status and due date; sorts by due date
    ProductOrderNo,
    OrderNo,
    Channel,
    Product,
    Option,
    Quantity,
    Amount,
    Buyer,
    Recipient,
    Phone,
    Courier,
    TrackingNo,
    // What a courier's label system needs besides the recipient and the first phone; hidden in the
    // grid by default, exported when asked for.
    Phone2,
    Postcode,
    Address,
    AddressDetail,
    DeliveryMessage,
    CustomsCode, // 개인통관고유부호: personal data, hidden by default, masked like a phone
    ColumnCount
};
// An extra field of every row, after the columns.
enum Field { DelayReason = ColumnCount, FieldCount };
// Option of a TableFilter: 지연 위험 only; its value is the cutoff date (riskCutoff), or an invalid
// QDate for any order awaiting dispatch with a due date.
inline constexpr const char *kAtRiskOption = "at_risk_until";
// Options of the deadline counters, one per DeadlineCounter, named by deadlineCounterCode(): due_today
// and overdue take today's Seoul date, delay_noticed any value.
QString deadlineOption(DeadlineCounter counter);
std::optional<DeadlineCounter> deadlineCounterOfOption(const QString &option);
} // namespace OrdersTable

const TableDescription &ordersTable();

// What the orders grid counts beside its status chips (TableModel::setCountedOptions): 지연 위험
// (riskCutoff of `today`) and each deadline counter, as TableFilter options with their values.
QVariantMap countedOrderOptions(const QDate &today, const BusinessCalendar &calendar);

// The orders' own filter and sort words, as the generic ones storage reads.
TableFilter toTableFilter(const OrderFilter &filter);
TableSort toTableSort(const OrderSort &sort);
std::optional<OrderSort> toOrderSort(const TableSort &sort);
QString orderSortColumn(OrderSortKey key);
// A row of ordersTable() as the record the faces show.
OrderRow orderRowFrom(const TableRow &row);

// Fast code look-ups for cells (the labels' parse() also reads labels, which a cell never holds).
std::optional<OrderStatus> statusFromCode(const QString &code);
std::optional<Channel> channelFromCode(const QString &code);

} // namespace sd
