#include "storage/table/table_pager.h"

#include "storage/common/sql_values.h"
#include "storage/table/table_rank.h"
#include "storage/table/table_source.h"

#include <QHash>
#include <QSqlQuery>
#include <algorithm>

namespace sd {

namespace {

void bindAll(QSqlQuery &q, const QVariantList &binds)
{
    for (const QVariant &v : binds)
        q.addBindValue(v);
}

// Sets `status` (when asked) and answers `value`: the failure value of the caller.
template <typename T> T failed(Result *status, const Result &why, T value)
{
    if (status)
        *status = why;
    return value;
}

} // namespace

TablePager::TablePager(TableSource &source) : m_source(source), m_table(source.description())
{
    QStringList exprs{m_table.idSql};
    for (int i = 0; i < m_table.fieldCount(); ++i) {
        const QString sql = i < m_table.columns.size()
                                ? m_table.columns.at(i).sql
                                : m_table.extraFields.at(i - m_table.columns.size()).sql;
        if (sql.isEmpty())
            continue;
        exprs << sql;
        m_selectedFields << i;
    }
    m_selectList = exprs.join(QStringLiteral(", "));
}

void TablePager::invalidate()
{
    m_anchors.clear();
    m_anchorOrder.clear();
    m_count = -1;
    m_rank = {};
    m_ranked = false;
    m_source.invalidate();
}

Result TablePager::useQuery(const TableFilter &filter, const TableSort &sort)
{
    if (m_hasQuery && filter == m_filter && sort == m_sort)
        return Result::success();
    const TableColumn *key = m_table.column(sort.column);
    if (!key || !key->canSort())
        return unsortable(sort.column);
    if (!m_hasQuery || filter != m_filter)
        m_count = -1;
    m_filter = filter;
    m_sort = sort;
    m_key = key;
    m_hasQuery = true;
    m_anchors.clear();
    m_anchorOrder.clear();
    m_rank = {};
    m_ranked = false;
    return Result::success();
}

qint64 TablePager::count(const TableFilter &filter, Result *status)
{
    if (m_count >= 0 && m_hasQuery && filter == m_filter)
        return m_count;
    if (m_ranked && filter == m_filter)
        return m_count = qint64(m_rank.size());
    qint64 n = 0;
    if (const auto kept = m_source.keptCount(filter)) {
        n = *kept;
    } else {
        SqlWhere w;
        if (const Result filtered = m_source.where(filter, nullptr, &w); !filtered.ok())
            return failed(status, filtered, qint64(-1));
        QSqlQuery q(m_source.database());
        q.prepare(QStringLiteral("SELECT COUNT(*) FROM %1 WHERE 1=1%2").arg(m_table.from, w.sql));
        bindAll(q, w.binds);
        if (!q.exec() || !q.next())
            return failed(status, queryFailure(q), qint64(-1));
        n = q.value(0).toLongLong();
    }
    if (m_hasQuery && filter == m_filter)
        m_count = n;
    return n;
}

int TablePager::segmentCount() const
{
    return m_key->nullsLast ? 2 : 1;
}

int TablePager::segmentOf(const Key &key) const
{
    return (m_key->nullsLast && key.value.isNull()) ? 1 : 0;
}

QList<TableRow> TablePager::fetch(const TableFilter &filter, const TableSort &sort, qint64 first, int n,
                                  Result *status)
{
    return fetchRows(filter, sort, first, n, status, true);
}

QList<TableRow> TablePager::fetchRows(const TableFilter &filter, const TableSort &sort, qint64 first, int n,
                                      Result *status, bool retry)
{
    m_lastPlan = FetchPlan();
    if (const Result used = useQuery(filter, sort); !used.ok())
        return failed(status, used, QList<TableRow>());
    if (first < 0 || n <= 0)
        return {};
    if (!m_key->sortable())
        return fetchRanked(first, n, status);
    if (m_count >= 0) {
        if (first >= m_count)
            return {};
        n = int(std::min<qint64>(n, m_count - first));
    }
    qint64 last = first + n - 1;

    // Nearest starting point: the start, an anchor at or before `first` (scanning forward), an
    // anchor at or after `last` (scanning backward), or the end.
    FetchPlan plan;
    plan.offset = first;
    const Key *from = nullptr;
    auto after = m_anchors.upperBound(first);
    if (after != m_anchors.begin()) {
        auto before = std::prev(after);
        if (first - before.key() < plan.offset) {
            plan = FetchPlan{FetchPlan::From::Anchor, before.key(), false, first - before.key(), 0};
            from = &before.value();
        }
    }
    auto below = m_anchors.lowerBound(last);
    if (below != m_anchors.end() && below.key() - last < plan.offset) {
        plan = FetchPlan{FetchPlan::From::Anchor, below.key(), true, below.key() - last, 0};
        from = &below.value();
    }
    // Counting costs about as much as skipping a window's worth of rows, so the end is considered
    // only when no anchor is close.
    if (plan.offset > n) {
        const qint64 total = count(filter, status);
        if (total < 0)
            return {};
        if (first >= total)
            return {};
        if (last >= total) {
            n = int(total - first);
            last = total - 1;
        }
        const qint64 fromEnd = total - 1 - last;
        if (fromEnd < plan.offset) {
            plan = FetchPlan{FetchPlan::From::End, -1, true, fromEnd, 0};
            from = nullptr;
        }
    }

    Scan s;
    s.backward = plan.backward;
    s.from = from;
    m_lastPlan = plan;
    QList<TableRow> rows;
    QList<Key> keys;
    const int segments = segmentCount();
    int segment = from ? segmentOf(*from) : (s.backward ? segments - 1 : 0);
    qint64 offset = plan.offset;
    int limit = n;
    bool firstSegment = true;
    while (segment >= 0 && segment < segments && limit > 0) {
        const int before = int(rows.size());
        Scan part = s;
        if (!firstSegment)
            part.from = nullptr;
        if (const Result scanned = scanSegment(segment, part, offset, limit, rows, keys); !scanned.ok())
            return failed(status, scanned, QList<TableRow>());
        const int got = int(rows.size()) - before;
        if (got > 0) {
            offset = 0;
            limit -= got;
        } else if (offset > 0) {
            // The offset ran past this segment: carry the rest into the next one.
            const qint64 c = countSegment(segment, part.from, part.backward, status);
            if (c < 0)
                return {};
            ++m_lastPlan.queries;
            offset = std::max<qint64>(0, offset - c);
        }
        firstSegment = false;
        segment += s.backward ? -1 : 1;
    }
    if (s.backward) {
        std::reverse(rows.begin(), rows.end());
        std::reverse(keys.begin(), keys.end());
    }
    if (s.backward && rows.size() < n) {
        // Fewer rows than the count promised: the data changed under the anchors. Start over once.
        invalidate();
        if (retry)
            return fetchRows(filter, sort, first, n, status, false);
        rows.clear();
        keys.clear();
    }
    if (!rows.isEmpty()) {
        remember(first, keys);
        if (const Result completed = m_source.complete(rows); !completed.ok())
            return failed(status, completed, QList<TableRow>());
    }
    return rows;
}

QList<TableRow> TablePager::fetchRanked(qint64 first, int n, Result *status)
{
    m_lastPlan.ranked = true;
    m_lastPlan.offset = first;
    if (!m_ranked) {
        std::vector<qint64> ids;
        if (const Result built = buildTableRank(m_source, m_filter, m_sort, &ids); !built.ok())
            return failed(status, built, QList<TableRow>());
        m_rank = std::move(ids);
        m_ranked = true;
        m_count = qint64(m_rank.size());
        ++m_rankBuilds;
        ++m_lastPlan.queries;
    }
    const qint64 total = qint64(m_rank.size());
    if (first >= total)
        return {};
    const int take = int(std::min<qint64>(n, total - first));
    // The window's rows by id (primary key look-ups), put in rank order.
    QStringList marks;
    QVariantList binds;
    QHash<qint64, int> position;
    for (int i = 0; i < take; ++i) {
        const qint64 id = m_rank[size_t(first + i)];
        marks << QStringLiteral("?");
        binds << id;
        position.insert(id, i);
    }
    QSqlQuery q(m_source.database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE %3 IN (%4)")
                  .arg(m_selectList, m_table.from, m_table.idSql, marks.join(QLatin1Char(','))));
    bindAll(q, binds);
    ++m_lastPlan.queries;
    if (!q.exec())
        return failed(status, queryFailure(q), QList<TableRow>());
    QList<TableRow> byPosition(take);
    QList<bool> found(take, false);
    const int fields = m_table.fieldCount();
    const int selected = int(m_selectedFields.size());
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        const auto at = position.constFind(id);
        if (at == position.cend())
            continue;
        TableRow &r = byPosition[at.value()];
        r.id = id;
        r.cells.resize(fields);
        for (int i = 0; i < selected; ++i)
            r.cells[m_selectedFields.at(i)] = q.value(i + 1);
        found[at.value()] = true;
    }
    // A row deleted since the rank was built is left out (the next refresh builds it again).
    QList<TableRow> rows;
    rows.reserve(take);
    for (int i = 0; i < take; ++i) {
        if (found.at(i))
            rows.append(std::move(byPosition[i]));
    }
    if (!rows.isEmpty()) {
        if (const Result completed = m_source.complete(rows); !completed.ok())
            return failed(status, completed, QList<TableRow>());
    }
    return rows;
}

void TablePager::remember(qint64 first, const QList<Key> &keys)
{
    auto put = [this](qint64 row, const Key &key) {
        if (!m_anchors.contains(row))
            m_anchorOrder.append(row);
        m_anchors.insert(row, key);
    };
    put(first, keys.first());
    put(first + keys.size() - 1, keys.last());
    while (m_anchorOrder.size() > maxAnchors())
        m_anchors.remove(m_anchorOrder.takeFirst());
}

Result TablePager::segmentWhere(int segment, const Key *from, bool backward, SqlWhere *w)
{
    return segmentWhere(m_filter, segment, from, backward, w);
}

Result TablePager::segmentWhere(const TableFilter &filter, int segment, const Key *from, bool backward,
                                SqlWhere *w)
{
    if (const Result filtered = m_source.where(filter, &m_sort, w); !filtered.ok())
        return filtered;
    const bool ascending = (m_sort.descending == backward);
    const QString cmp = ascending ? QStringLiteral(">=") : QStringLiteral("<=");
    if (m_key->nullsLast)
        w->sql += segment == 0 ? QStringLiteral(" AND %1 IS NOT NULL").arg(m_key->sql)
                               : QStringLiteral(" AND %1 IS NULL").arg(m_key->sql);
    if (from) {
        if (segment == 1)
            w->add(QStringLiteral("%1 %2 ?").arg(m_table.idSql, cmp), {from->id});
        else
            w->add(QStringLiteral("(%1, %2) %3 (?, ?)").arg(m_key->sql, m_table.idSql, cmp),
                   {from->value, from->id});
    }
    return Result::success();
}

Result TablePager::scanSegment(int segment, const Scan &scan, qint64 offset, int limit, QList<TableRow> &out,
                               QList<Key> &keys)
{
    const bool ascending = (m_sort.descending == scan.backward);
    const QString dir = ascending ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    // Several values of a column whose index leads to the sort key: one range per value, merged.
    int merged = -1;
    const QString mergedColumn = m_source.mergedColumn(m_filter, m_sort);
    if (!mergedColumn.isEmpty()) {
        for (int i = 0; i < m_filter.columns.size(); ++i) {
            const ColumnFilter &c = m_filter.columns.at(i);
            if (c.column != mergedColumn)
                continue;
            if (merged >= 0 || c.kind != ColumnFilter::Kind::OneOf || c.values.size() < 2) {
                merged = -1;
                break;
            }
            merged = i;
        }
    }
    QSqlQuery q(m_source.database());
    q.setForwardOnly(true);
    if (merged >= 0) {
        QStringList branches;
        QVariantList binds;
        QVariantList values; // once each: UNION ALL would repeat the rows of a value named twice
        for (const QVariant &value : m_filter.columns.at(merged).values) {
            if (!values.contains(value))
                values << value;
        }
        for (const QVariant &value : std::as_const(values)) {
            TableFilter one = m_filter;
            one.columns[merged].values = {value};
            SqlWhere w;
            if (const Result where = segmentWhere(one, segment, scan.from, scan.backward, &w); !where.ok())
                return where;
            branches << QStringLiteral("SELECT %1, %2 AS sd_key, %3 AS sd_id FROM %4 WHERE 1=1%5")
                            .arg(m_selectList, m_key->sql, m_table.idSql, m_table.from, w.sql);
            binds += w.binds;
        }
        q.prepare(branches.join(QStringLiteral(" UNION ALL ")) +
                  QStringLiteral(" ORDER BY sd_key%1, sd_id%1 LIMIT ? OFFSET ?").arg(dir));
        bindAll(q, binds);
    } else {
        SqlWhere w;
        if (const Result where = segmentWhere(segment, scan.from, scan.backward, &w); !where.ok())
            return where;
        q.prepare(QStringLiteral("SELECT %1, %2 FROM %3 WHERE 1=1%4 ORDER BY %2%5, %6%5 LIMIT ? OFFSET ?")
                      .arg(m_selectList, m_key->sql, m_table.from, w.sql, dir, m_table.idSql));
        bindAll(q, w.binds);
    }
    q.addBindValue(limit);
    q.addBindValue(offset);
    ++m_lastPlan.queries;
    if (!q.exec())
        return queryFailure(q);
    const int fields = m_table.fieldCount();
    const int selected = int(m_selectedFields.size());
    const int keyColumn = 1 + selected;
    while (q.next()) {
        TableRow r;
        r.id = q.value(0).toLongLong();
        r.cells.resize(fields);
        for (int i = 0; i < selected; ++i)
            r.cells[m_selectedFields.at(i)] = q.value(i + 1);
        keys.append(Key{q.value(keyColumn), r.id});
        out.append(std::move(r));
    }
    return Result::success();
}

qint64 TablePager::countSegment(int segment, const Key *from, bool backward, Result *status)
{
    SqlWhere w;
    if (const Result where = segmentWhere(segment, from, backward, &w); !where.ok())
        return failed(status, where, qint64(-1));
    QSqlQuery q(m_source.database());
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM %1 WHERE 1=1%2").arg(m_table.from, w.sql));
    bindAll(q, w.binds);
    if (!q.exec() || !q.next())
        return failed(status, queryFailure(q), qint64(-1));
    return q.value(0).toLongLong();
}

} // namespace sd
