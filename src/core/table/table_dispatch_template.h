#pragma once
#include "core/table/table_description.h"
#include "core/table/table_filter.h"

#include <QStringList>

namespace sd {

// The dispatch template (발송처리 양식): orders in the bulk dispatch upload's layout, so a seller fills
// in couriers and tracking numbers in Excel and uploads the file back. Its file columns are exactly
// the upload's (상품주문번호, 배송방법, 택배사, 송장번호, headed with the marketplace's own words whatever
// the language); the courier and tracking number are the order's when it has them. The order number
// and status are there to filter and sort by, not written. It holds no buyer data, so it needs no
// personal-data permission; listing it needs ProcessOrders, as the upload does.
namespace DispatchTemplateTable {
// Channel and PaidAt, like OrderNo and Status, are there to filter by (the orders grid's own
// conditions, under the grid's column ids), not written.
enum Column { ProductOrderNo, Method, Courier, TrackingNo, OrderNo, Status, Channel, PaidAt, ColumnCount };
} // namespace DispatchTemplateTable

const TableDescription &dispatchTemplateTable();

// The columns the file holds, in the upload's order.
QStringList dispatchTemplateFileColumns();
// The orders awaiting dispatch (statusesAwaitingDispatch: 신규주문 and 발송대기), or exactly the given
// product orders (a selection) whatever their status.
TableFilter dispatchTemplateFilter(const QStringList &productOrderNos = {});
// The orders the grid shows: `shown` is the orders grid's filter (ordersTable() column ids: status,
// channel, payment dates; its search and 지연 위험, which the template's storage reads as the orders'
// does). `awaitingOnly`: only those of them awaiting dispatch (the grid has no selection); otherwise
// every one of them whatever its status (Ctrl+A: all rows of the filter are selected).
TableFilter dispatchTemplateFilter(const TableFilter &shown, bool awaitingOnly);
// Orders of one checkout (주문번호, 합포장) next to each other.
TableSort dispatchTemplateSort();

} // namespace sd
