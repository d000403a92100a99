#pragma once
#include "core/table/table_description.h"
#include "core/table/table_filter.h"
#include "storage/table/table_query.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QVariant>
#include <vector>

namespace sd {

class TableSource;

// Windows of a described table's rows, read by keyset paging: every fetched window leaves anchors
// (row index -> sort key and id), and the next fetch starts from the nearest anchor with a row-value
// comparison `(key, id) >= (?, ?)` (portable to PostgreSQL), scanning backwards (opposite ORDER BY,
// then reversed) when the target is nearer an anchor below it or the end. Only the distance to the
// nearest anchor is skipped with OFFSET, so scrolling and jumping to the end stay cheap on a million
// rows. Both ends are implicit anchors.
//
// A sort column whose empty values go last (TableColumn::nullsLast) is read as two index ranges
// (with a value, then without by id), so the placement of NULLs does not depend on the engine.
//
// A sort column without a sort index (TableColumn::canSort but not sortable) is paged by a rank: the
// filtered rows' ids in sort order, built once per filter + sort (storage/table_rank.h) and read
// by position, each window's rows looked up by id. The rank is a snapshot: it is dropped with the
// anchors.
//
// Anchors belong to one filter + sort; they are dropped when either changes or on invalidate()
// (after a write, row positions may have moved). Not thread-safe: one instance per thread, on that
// thread's connection, like its source.
class TablePager
{
public:
    explicit TablePager(TableSource &source);

    // -1 with `status` failed when the filter is refused (BadInput) or the query fails (Storage).
    qint64 count(const TableFilter &filter, Result *status = nullptr);
    // Rows [first, first + n) in the given order; fewer at the end. Empty with `status` failed on a
    // refusal or failure.
    QList<TableRow> fetch(const TableFilter &filter, const TableSort &sort, qint64 first, int n,
                          Result *status = nullptr);
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
        bool ranked = false; // read by position in the rank (a column without a sort index)
    };
    FetchPlan lastPlan() const { return m_lastPlan; }
    int anchorCount() const { return int(m_anchors.size()); }
    int rankBuilds() const { return m_rankBuilds; } // how often a rank was built (tests, benchmarks)
    static int maxAnchors() { return 4096; }

private:
    struct Key
    {
        QVariant value; // raw column value; null only in the range of empty values
        qint64 id = 0;
    };
    struct Scan
    {
        bool backward = false;     // against the display order
        const Key *from = nullptr; // inclusive start; nullptr = from the start/end
    };

    QList<TableRow> fetchRows(const TableFilter &filter, const TableSort &sort, qint64 first, int n,
                              Result *status, bool retry);
    Result scanSegment(int segment, const Scan &scan, qint64 offset, int limit, QList<TableRow> &out,
                       QList<Key> &keys);
    qint64 countSegment(int segment, const Key *from, bool backward, Result *status);
    Result segmentWhere(int segment, const Key *from, bool backward, SqlWhere *w);
    Result segmentWhere(const TableFilter &filter, int segment, const Key *from, bool backward, SqlWhere *w);
    int segmentCount() const;
    int segmentOf(const Key &key) const;
    void remember(qint64 first, const QList<Key> &keys);
    Result useQuery(const TableFilter &filter, const TableSort &sort);
    QList<TableRow> fetchRanked(qint64 first, int n, Result *status);

    TableSource &m_source;
    const TableDescription &m_table;
    TableFilter m_filter;
    TableSort m_sort;
    const TableColumn *m_key = nullptr; // the sort column of m_sort
    bool m_hasQuery = false;
    qint64 m_count = -1; // of m_filter, -1 = unknown
    std::vector<qint64> m_rank; // the ids in sort order, when m_ranked
    bool m_ranked = false;
    int m_rankBuilds = 0;
    QMap<qint64, Key> m_anchors;
    QList<qint64> m_anchorOrder; // insertion order, for the bound
    FetchPlan m_lastPlan;
    // The SELECT list for the table (id, then the fields read by SQL), and where each lands in a row.
    QString m_selectList;
    QList<int> m_selectedFields;
};

} // namespace sd
