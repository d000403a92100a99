#pragma once
#include "core/orders/order_filter.h"
#include "core/orders/order_row.h"
#include "core/orders/order_status.h"
#include "storage/table/table_orders.h"
#include "storage/table/table_pager.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace sd {

// The orders table read in the orders' own words (OrderFilter, OrderSort, OrderRow), for storage
// tests, benchmarks and the demo generator. It is the generic engine underneath: ordersTable() read
// through OrdersTableSource by a TablePager (keyset paging, see table_pager.h). Faces read orders
// through the listing service (services/table_listing), which checks the permission and masks;
// this class does neither. Not thread-safe: one instance per thread, on that thread's connection.
class OrderListing
{
public:
    using FetchPlan = TablePager::FetchPlan;

    explicit OrderListing(QSqlDatabase db);

    qint64 count(const OrderFilter &filter); // 0 on failure
    // Orders per status under the filter with its statuses ignored (for the status chips); one
    // GROUP BY query, or none when order_status_counts answers. Statuses with no orders are absent.
    QHash<OrderStatus, qint64> countByStatus(const OrderFilter &filter);
    // Rows [first, first + n) in the given order; fewer at the end. Empty with `status` failed on a
    // refusal or failure.
    QList<OrderRow> fetch(const OrderFilter &filter, const OrderSort &sort, qint64 first, int n,
                          Result *status = nullptr);
    // Forget anchors and the cached count (call after the data changed).
    void invalidate() { m_pager.invalidate(); }

    FetchPlan lastPlan() const { return m_pager.lastPlan(); }
    int anchorCount() const { return m_pager.anchorCount(); }
    static int maxAnchors() { return TablePager::maxAnchors(); }

    // Status chips from counts per status code (what the generic engine hands out).
    static QHash<OrderStatus, qint64> statusCounts(const QHash<QString, qint64> &byCode);

private:
    OrdersTableSource m_source;
    TablePager m_pager;
};

} // namespace sd
