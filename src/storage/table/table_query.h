#pragma once
#include "core/common/result.h"
#include "core/table/table_description.h"
#include "core/table/table_filter.h"

#include <QDate>
#include <QString>
#include <QVariantList>

namespace sd {

// Conditions for a WHERE clause: " AND ..." pieces with ? placeholders only, and their values in order.
struct SqlWhere
{
    QString sql;
    QVariantList binds;
    void add(const QString &clause, const QVariantList &values = {});
};

// The parts of a table's SELECT for a description + filter + sort, for whoever streams the rows
// without paging (the export service). Each segment is one statement, run in order:
// `SELECT select FROM from WHERE 1=1 <where> <segment where> ORDER BY <segment orderBy>`, all bound
// with where.binds. A sort whose empty values go last has two segments (with a value, then without,
// by id), so both run on indexes and no engine-specific NULLS LAST is needed. `fields` maps each
// selected expression after the id to its field index in a TableRow; fields without SQL (the
// orders' contacts) are filled by the table's storage (TableSource::complete).
struct TableSelect
{
    struct Segment
    {
        QString where;
        QString orderBy;
    };
    QString select;
    QString from;
    SqlWhere where;
    QList<Segment> segments;
    QList<int> fields;
    QStringList statements() const; // placeholders unbound
};

// The generic filter as SQL. Every condition must name a column of `table` that is read by SQL and
// fits the condition (a date range on a date or time column); anything else is refused (BadInput,
// translated) and nothing appended. Values are always bound, never pasted. Conditions on
// the `indexless` columns are written so that SQLite does not drive the query by them (a unary +):
// the table's storage asks for that when walking the sort index is cheaper.
Result columnFilterSql(const TableDescription &table, const TableFilter &filter, SqlWhere *out,
                       const QStringList &indexless = {});

// Epoch ms of 00:00 in Seoul on `date`: the lower bound of that day's times.
qint64 seoulDayStartMs(const QDate &date);

} // namespace sd
