#include "storage/table/table_source.h"

#include "core/table/table_dispatch_template.h"
#include "storage/common/sql_values.h"
#include "storage/table/table_audit.h"
#include "storage/table/table_orders.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace sd {

Result unsortable(const QString &column)
{
    return Result::fail(
        ErrorKind::BadInput,
        QCoreApplication::translate("sd::TableQuery", "The list cannot be sorted by \"%1\".").arg(column));
}

Result unknownOption(const QString &option)
{
    return Result::fail(
        ErrorKind::BadInput,
        QCoreApplication::translate("sd::TableQuery", "The list has no filter \"%1\".").arg(option));
}

TableSource::TableSource(QSqlDatabase db, const TableDescription &table) : m_db(db), m_table(table) {}

TableSource::~TableSource() = default;

Result TableSource::where(const TableFilter &filter, const TableSort *rowOrder, SqlWhere *out)
{
    SqlWhere w;
    const QStringList indexless = rowOrder ? indexlessColumns(filter, *rowOrder) : QStringList();
    Result step = columnFilterSql(m_table, filter, &w, indexless);
    if (step.ok())
        step = ownWhere(filter, rowOrder != nullptr, &w);
    if (!step.ok())
        return step;
    out->sql += w.sql;
    out->binds += w.binds;
    return step;
}

Result TableSource::select(const TableFilter &filter, const TableSort &sort, TableSelect *out)
{
    const TableColumn *key = m_table.column(sort.column);
    // A column without a sort index streams through SQLite's sorter (one statement, read once).
    if (!key || !key->canSort())
        return unsortable(sort.column);
    TableSelect s;
    if (const Result filtered = where(filter, &sort, &s.where); !filtered.ok())
        return filtered;
    QStringList exprs{m_table.idSql};
    for (int i = 0; i < m_table.fieldCount(); ++i) {
        const QString sql = i < m_table.columns.size()
                                ? m_table.columns.at(i).sql
                                : m_table.extraFields.at(i - m_table.columns.size()).sql;
        if (sql.isEmpty())
            continue;
        exprs << sql;
        s.fields << i;
    }
    s.select = exprs.join(QStringLiteral(", "));
    s.from = m_table.from;
    const QString dir = sort.descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    const QString orderBy = key->sql + dir + QStringLiteral(", ") + m_table.idSql + dir;
    if (key->nullsLast) {
        s.segments << TableSelect::Segment{QStringLiteral(" AND %1 IS NOT NULL").arg(key->sql), orderBy}
                   << TableSelect::Segment{QStringLiteral(" AND %1 IS NULL").arg(key->sql),
                                           m_table.idSql + dir};
    } else {
        s.segments << TableSelect::Segment{QString(), orderBy};
    }
    *out = s;
    return Result::success();
}

Result TableSource::ownWhere(const TableFilter &filter, bool, SqlWhere *)
{
    if (filter.search.isEmpty() && filter.options.isEmpty())
        return Result::success();
    return filter.search.isEmpty()
               ? unknownOption(filter.options.firstKey())
               : Result::fail(ErrorKind::BadInput,
                              QCoreApplication::translate("sd::TableQuery", "This list cannot be searched."));
}

QStringList TableSource::indexlessColumns(const TableFilter &, const TableSort &)
{
    return {};
}

QString TableSource::mergedColumn(const TableFilter &, const TableSort &)
{
    return {};
}

std::optional<qint64> TableSource::keptCount(const TableFilter &)
{
    return std::nullopt;
}

QHash<QString, qint64> TableSource::countsBy(const QString &column, const TableFilter &filter, Result *status)
{
    QHash<QString, qint64> counts;
    const TableColumn *c = m_table.column(column);
    SqlWhere w;
    Result step = c && !c->sql.isEmpty()
                      ? where(filter.without(column), nullptr, &w)
                      : Result::fail(ErrorKind::BadInput,
                                     QCoreApplication::translate("sd::TableQuery",
                                                                 "The list cannot be filtered by \"%1\".")
                                         .arg(column));
    if (!step.ok()) {
        if (status)
            *status = step;
        return counts;
    }
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1, COUNT(*) FROM %2 WHERE 1=1%3 GROUP BY %1")
                  .arg(c->sql, m_table.from, w.sql));
    for (const QVariant &v : std::as_const(w.binds))
        q.addBindValue(v);
    if (!q.exec()) {
        if (status)
            *status = queryFailure(q);
        return counts;
    }
    while (q.next())
        counts[q.value(0).toString()] += q.value(1).toLongLong();
    return counts;
}

Result TableSource::complete(QList<TableRow> &)
{
    return Result::success();
}

TableSource::StreamJoin TableSource::streamJoin() const
{
    return {};
}

void TableSource::invalidate() {}

std::unique_ptr<TableSource> openTableSource(const QString &tableId, QSqlDatabase db)
{
    if (tableId == ordersTable().id)
        return std::make_unique<OrdersTableSource>(db);
    if (tableId == auditTable().id)
        return std::make_unique<AuditTableSource>(db);
    // The description says the rest: no kept counts, no contacts; the grid's search and 지연 위험.
    if (tableId == dispatchTemplateTable().id)
        return std::make_unique<DispatchTemplateTableSource>(db);
    return nullptr;
}

} // namespace sd
