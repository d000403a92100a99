#pragma once
#include "core/table/table_description.h"
#include "core/table/table_filter.h"
#include "storage/table/table_query.h"

#include <QHash>
#include <QSqlDatabase>
#include <memory>
#include <optional>

namespace sd {

// How one table's rows are read: the generic parts come from its description; a table adds what only
// it knows by overriding the hooks (orders: the FTS search and 지연 위험, counts kept by triggers,
// contacts read through OrderContactStore). Not thread-safe: one instance per thread, on that
// thread's connection.
class TableSource
{
public:
    TableSource(QSqlDatabase db, const TableDescription &table);
    virtual ~TableSource();
    TableSource(const TableSource &) = delete;
    TableSource &operator=(const TableSource &) = delete;

    const TableDescription &description() const { return m_table; }
    QSqlDatabase database() const { return m_db; }

    // The whole filter as " AND ..." clauses: the column conditions, then the table's own parts.
    // `rowOrder`: the query reads rows in this order (a window), not a count. Refused (BadInput,
    // translated) when the filter names what the table does not have.
    Result where(const TableFilter &filter, const TableSort *rowOrder, SqlWhere *out);
    // The SELECT parts for `filter` and `sort` (for streaming without paging). An unknown or unsortable
    // sort column is refused.
    Result select(const TableFilter &filter, const TableSort &sort, TableSelect *out);

    // Hooks. The search text and options of a filter; the default knows none and refuses them.
    virtual Result ownWhere(const TableFilter &filter, bool forRowOrder, SqlWhere *out);
    // Columns whose conditions should not drive a query that reads rows in `rowOrder` (walking the
    // sort index and keeping the matches is cheaper than sorting them all); none by default.
    virtual QStringList indexlessColumns(const TableFilter &filter, const TableSort &rowOrder);
    // A column whose one OneOf condition of several values a window read in `rowOrder` should read as
    // one index range per value, merged in sort order (UNION ALL ... ORDER BY: SQLite merges the
    // ranges and stops after the window), because an index led by the column and followed by the
    // sort key serves each value; empty (the default): one query.
    virtual QString mergedColumn(const TableFilter &filter, const TableSort &rowOrder);
    // A count the table keeps (no scan), or nullopt to count with SQL.
    virtual std::optional<qint64> keptCount(const TableFilter &filter);
    // Rows per stored value of `column` under `filter`, its conditions on `column` ignored (the chips
    // count every value); by default one GROUP BY. Empty with `status` failed on a refusal or failure.
    virtual QHash<QString, qint64> countsBy(const QString &column, const TableFilter &filter, Result *status);
    // Fills the cells that SQL does not read.
    virtual Result complete(QList<TableRow> &rows);
    // For streaming every row in one statement (the export service) instead of complete() per
    // window: JOINs appended to FROM and the SQL of each field complete() fills, by field index.
    // Default: none (such fields stay empty in a stream).
    struct StreamJoin
    {
        QString join;
        QHash<int, QString> fields;
    };
    virtual StreamJoin streamJoin() const;
    // The data changed: forget what was cached.
    virtual void invalidate();

private:
    QSqlDatabase m_db;
    const TableDescription &m_table;
};

// Refusals every table's storage gives alike (BadInput, translated).
Result unsortable(const QString &column);
Result unknownOption(const QString &option);

// The storage of a described table by its id ("orders", "audit"); nullptr for an unknown id.
std::unique_ptr<TableSource> openTableSource(const QString &tableId, QSqlDatabase db);

} // namespace sd
