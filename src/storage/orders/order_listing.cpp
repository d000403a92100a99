#include "storage/orders/order_listing.h"

namespace sd {

OrderListing::OrderListing(QSqlDatabase db) : m_source(db), m_pager(m_source) {}

qint64 OrderListing::count(const OrderFilter &filter)
{
    return std::max<qint64>(0, m_pager.count(toTableFilter(filter)));
}

QHash<OrderStatus, qint64> OrderListing::statusCounts(const QHash<QString, qint64> &byCode)
{
    QHash<OrderStatus, qint64> counts;
    for (auto it = byCode.cbegin(); it != byCode.cend(); ++it) {
        if (const auto s = statusFromCode(it.key()))
            counts[*s] += it.value();
    }
    return counts;
}

QHash<OrderStatus, qint64> OrderListing::countByStatus(const OrderFilter &filter)
{
    return statusCounts(m_source.countsBy(ordersTable().chipColumn, toTableFilter(filter), nullptr));
}

QList<OrderRow> OrderListing::fetch(const OrderFilter &filter, const OrderSort &sort, qint64 first, int n,
                                    Result *status)
{
    const QList<TableRow> rows = m_pager.fetch(toTableFilter(filter), toTableSort(sort), first, n, status);
    QList<OrderRow> out;
    out.reserve(rows.size());
    for (const TableRow &r : rows)
        out.append(orderRowFrom(r));
    return out;
}

} // namespace sd
