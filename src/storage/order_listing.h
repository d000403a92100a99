#pragma once
#include "core/channel.h"
#include "core/money.h"
#include "core/order_filter.h"
#include "core/order_row.h"
#include "core/order_status.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>
#include <memory>

namespace sd {

class OrderContactStore;

// Read-only queries behind the orders grid (and `sellerdesk-cli list orders`).
//
// Windows of rows are fetched by keyset paging: every fetched window leaves anchors (row index ->
// sort key and id), and the next fetch starts from the nearest anchor with a row-value comparison
// `(key, id) >= (?, ?)` (portable to PostgreSQL), scanning backwards (opposite ORDER BY, then
// reversed) when the target is nearer an anchor below it or the end. Only the distance to the
// nearest anchor is skipped with OFFSET, so scrolling and jumping to the end stay cheap on a
// million rows. Both ends are implicit anchors.
//
// The dispatch due date may be NULL: orders without one sort last in both directions (as Excel puts
// blanks), done as two index ranges (non-NULL, then NULL by id) rather than an ORDER BY expression,
// so both the indexes and the placement of NULLs do not depend on the database engine.
//
// Anchors belong to one filter + sort; they are dropped when either changes or on invalidate()
// (after a write, row positions may have moved). Not thread-safe: one instance per thread, on that
// thread's connection.
class OrderListing
{
public:
    explicit OrderListing(QSqlDatabase db);
    ~OrderListing();
    OrderListing(const OrderListing &) = delete;
    OrderListing &operator=(const OrderListing &) = delete;

    qint64 count(const OrderFilter &filter);
    // Orders per status under the filter with its statuses ignored (for the status chips); one
    // GROUP BY query. Statuses with no orders are absent.
    QHash<OrderStatus, qint64> countByStatus(const OrderFilter &filter);
    // Rows [first, first + n) in the given order; fewer at the end. Empty with `error` set on failure.
    QList<OrderRow> fetch(const OrderFilter &filter, const OrderSort &sort, qint64 first, int n,
                          QString *error = nullptr);
    // Forget anchors and the cached count (call after the data changed).
    void invalidate();

    // How the last fetch() ran, for tests and benchmarks.
    struct FetchPlan
    {
        enum class From { Start, End, Anchor };
        From from = From::Start;
        qint64 anchorRow = -1; // for From::Anchor
        bool backward = false;
        qint64 offset = 0; // rows skipped from the starting point
        int queries = 0;
    };
    FetchPlan lastPlan() const { return m_lastPlan; }
    int anchorCount() const { return int(m_anchors.size()); }
    static int maxAnchors() { return 4096; }

private:
    struct Key
    {
        QVariant value; // raw column value; null only for a NULL dispatch due
        qint64 id = 0;
    };
    struct Where
    {
        QString sql; // " AND ..." clauses, placeholders only
        QVariantList binds;
    };
    struct Scan
    {
        bool backward = false;     // against the display order
        const Key *from = nullptr; // inclusive start; nullptr = from the start/end
        qint64 offset = 0;
        int limit = 0;
    };

    QList<OrderRow> fetchRows(const OrderFilter &filter, const OrderSort &sort, qint64 first, int n,
                              QString *error, bool retry);
    enum class SearchJoin { ById, ForRowOrder };
    Where where(const OrderFilter &filter, SearchJoin join);
    bool walkSortIndexFor(const QString &match);
    qint64 searchMatches(const QString &match); // cached per match expression until invalidate()
    qint64 totalOrders() const;
    // Orders per status from order_status_counts, for filters of channel (and statuses) only.
    QHash<OrderStatus, qint64> keptCounts(const OrderFilter &filter) const;
    // One index range (segment) of the order: 0 = all rows (or non-NULL dispatch due), 1 = NULL dispatch due.
    bool scanSegment(int segment, const Scan &scan, qint64 offset, int limit, QList<OrderRow> &out,
                     QList<Key> &keys, QString *error);
    qint64 countSegment(int segment, const Key *from, bool backward, QString *error);
    int segmentCount() const;
    int segmentOf(const Key &key) const;
    void remember(qint64 first, const QList<Key> &keys);
    void useQuery(const OrderFilter &filter, const OrderSort &sort);

    QSqlDatabase m_db;
    OrderFilter m_filter;
    OrderSort m_sort;
    bool m_hasQuery = false;
    qint64 m_count = -1; // of m_filter, -1 = unknown
    QMap<qint64, Key> m_anchors;
    QList<qint64> m_anchorOrder; // insertion order, for the bound
    FetchPlan m_lastPlan;
    std::unique_ptr<OrderContactStore> m_contacts;
    QHash<QString, qint64> m_searchMatches;
};

} // namespace sd

