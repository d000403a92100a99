#pragma once
#include <QDate>
#include <QList>
#include <QString>
#include <QVariant>
#include <QVariantMap>

namespace sd {

// One condition on one column of a table description. Storage turns it into SQL with bound
// parameters; a column id the description does not have is refused, never pasted into SQL.
struct ColumnFilter
{
    enum class Kind {
        OneOf,     // the column's value is one of `values` (codes, ids)
        DateRange, // Seoul calendar dates, inclusive; an invalid end is open
        Text,      // the column contains `text` (case-insensitive for Latin letters)
        Range,     // a number column (won, count) within [min, max]; a null end is open
    };
    QString column;
    Kind kind = Kind::OneOf;
    QVariantList values;
    QDate from;
    QDate to;
    QString text;
    QVariant min; // Range: qint64 or null
    QVariant max;

    static ColumnFilter oneOf(const QString &column, const QVariantList &values);
    static ColumnFilter dateRange(const QString &column, const QDate &from, const QDate &to);
    static ColumnFilter contains(const QString &column, const QString &text);
    static ColumnFilter range(const QString &column, const QVariant &min, const QVariant &max);

    bool operator==(const ColumnFilter &o) const
    {
        return column == o.column && kind == o.kind && values == o.values && from == o.from && to == o.to &&
               text == o.text && min == o.min && max == o.max;
    }
    bool operator!=(const ColumnFilter &o) const { return !(*this == o); }
};

// What a table view shows: conditions on columns (all must hold), plus what only one table knows,
// which its storage reads: `search` (orders: the FTS index) and named `options` (orders: 지연 위험).
// A table whose storage does not know the search or an option refuses the filter.
struct TableFilter
{
    QList<ColumnFilter> columns;
    QString search;
    QVariantMap options;

    // The filter without the conditions on `column` (the chips count every value of their column).
    TableFilter without(const QString &column) const;
    TableFilter withoutOptions(const QStringList &optionIds) const;
    bool onlyColumns(const QStringList &columnIds) const; // no search, no options, no other column
    bool isEmpty() const { return columns.isEmpty() && search.isEmpty() && options.isEmpty(); }

    bool operator==(const TableFilter &o) const
    {
        return columns == o.columns && search == o.search && options == o.options;
    }
    bool operator!=(const TableFilter &o) const { return !(*this == o); }
};

struct TableSort
{
    QString column; // a sortable column id
    bool descending = true;
    bool operator==(const TableSort &o) const { return column == o.column && descending == o.descending; }
    bool operator!=(const TableSort &o) const { return !(*this == o); }
};

} // namespace sd
