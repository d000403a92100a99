#pragma once
#include "core/orders/order_status.h"
#include "core/table/table_orders.h"
#include "storage/table/table_source.h"

#include <QHash>
#include <memory>

namespace sd {

class OrderContactStore;
class OrderStatusMap;

// The orders' storage behind ordersTable(): what only orders have.
// - Search (the filter's `search`) goes through the FTS index. How it meets the orders depends on how
//   many orders match (one cheap FTS count, cached per term): a rare term looks the matched orders up
//   by id; a common one walks the sort index and keeps the rows whose id matched (`sd_search_hit`, a
//   bitmap of the matches per statement, or `+o.id IN (...)` without SQLite's C API), which stops
//   after one window instead of reading every match.
// - 지연 위험 (option OrdersTable::kAtRiskOption): the statuses awaiting dispatch, due by the cutoff.
// - Several statuses, sorted by another column: SQLite would read every match by the status index and
//   sort them all (1.4 s for 배송완료+구매확정 on a million orders); when they are at least 1 % of the
//   orders (order_status_counts says), walking the sort index and keeping the matches stops after
//   about a hundred rows per window row instead. Sorted by payment or dispatch due, a window of
//   several statuses is one range per status of (status, key, id), merged (mergedColumn).
// - Counts of a filter of statuses and channel only come from order_status_counts (kept by
//   triggers); a search-only filter is counted from the FTS table (one document per order). A term
//   that is in every order (the year) narrows nothing and is dropped, like a single character.
// - The status chips of a search (and channel) walk the matches once against the narrow
//   orders_id_status index, cached per term until the data changes.
// - Buyer and recipient cells are read through OrderContactStore (encryption at rest plugs in there).
class OrdersTableSource : public TableSource
{
public:
    explicit OrdersTableSource(QSqlDatabase db);
    ~OrdersTableSource() override;

    Result ownWhere(const TableFilter &filter, bool forRowOrder, SqlWhere *out) override;
    QStringList indexlessColumns(const TableFilter &filter, const TableSort &rowOrder) override;
    QString mergedColumn(const TableFilter &filter, const TableSort &rowOrder) override;
    std::optional<qint64> keptCount(const TableFilter &filter) override;
    QHash<QString, qint64> countsBy(const QString &column, const TableFilter &filter,
                                    Result *status) override;
    Result complete(QList<TableRow> &rows) override;
    StreamJoin streamJoin() const override; // the contacts, through OrderContactStore
    void invalidate() override;

    // Orders per status code from order_status_counts, for filters of channel (and statuses) only.
    QHash<QString, qint64> keptStatusCounts(const TableFilter &filter) const;

private:
    bool walkSortIndexFor(const QString &match);
    qint64 searchMatches(const QString &match); // cached per match expression until invalidate()
    qint64 totalOrders() const;
    // The FTS expression of the filter's search, empty when it narrows nothing: a single character
    // (the user is still typing) or a term in every order.
    QString narrowingMatch(const TableFilter &filter);
    // The filter without a search that narrows nothing.
    TableFilter effective(const TableFilter &filter);
    // True when every word of the search starts every order number or every product order number
    // (cached until invalidate()): then every order's document holds it.
    bool startsEveryOrderNumber(const QString &search);
    qint64 documents(); // search documents, cached until invalidate()
    bool countedByTriggers(const TableFilter &filter);
    // Chips of a search, optionally within channels: cached per term and channels until invalidate().
    QHash<QString, qint64> searchStatusCounts(const TableFilter &filter, Result *status);

    // Matches from which a search's chips are counted against the status map (its first read costs
    // about as much as this many look-ups); once read, the map serves every search.
    static constexpr qint64 kStatusMapMatches = 20000;

    std::unique_ptr<OrderContactStore> m_contacts;
    std::shared_ptr<OrderStatusMap> m_statusMap; // OrderStatusMap::shared when it can be
    QHash<QString, qint64> m_searchMatches;
    QHash<QString, QHash<QString, qint64>> m_searchStatusCounts;
    bool m_searchHits = false; // sd_search_hit() is registered on the connection (order_search_hits.h)
    qint64 m_documents = -1;   // search documents, counted when a term matched them all
    QStringList m_numberRange; // smallest and largest order_no, then product_order_no
};

// The dispatch template's storage (dispatchTemplateTable(), over the same `orders o`): the generic
// parts from its description, and the orders grid's search and 지연 위험 read exactly as the grid's
// own storage reads them, so a template of "what the grid shows" holds the grid's orders.
class DispatchTemplateTableSource : public TableSource
{
public:
    explicit DispatchTemplateTableSource(QSqlDatabase db);
    ~DispatchTemplateTableSource() override;

    Result ownWhere(const TableFilter &filter, bool forRowOrder, SqlWhere *out) override;
    void invalidate() override;

private:
    std::unique_ptr<OrdersTableSource> m_orders;
};

} // namespace sd
