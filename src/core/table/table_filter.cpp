#include "core/table/table_filter.h"

namespace sd {

ColumnFilter ColumnFilter::oneOf(const QString &column, const QVariantList &values)
{
    ColumnFilter f;
    f.column = column;
    f.kind = Kind::OneOf;
    f.values = values;
    return f;
}

ColumnFilter ColumnFilter::dateRange(const QString &column, const QDate &from, const QDate &to)
{
    ColumnFilter f;
    f.column = column;
    f.kind = Kind::DateRange;
    f.from = from;
    f.to = to;
    return f;
}

ColumnFilter ColumnFilter::contains(const QString &column, const QString &text)
{
    ColumnFilter f;
    f.column = column;
    f.kind = Kind::Text;
    f.text = text;
    return f;
}

ColumnFilter ColumnFilter::range(const QString &column, const QVariant &min, const QVariant &max)
{
    ColumnFilter f;
    f.column = column;
    f.kind = Kind::Range;
    f.min = min;
    f.max = max;
    return f;
}

TableFilter TableFilter::without(const QString &column) const
{
    TableFilter f = *this;
    f.columns.removeIf([&column](const ColumnFilter &c) { return c.column == column; });
    return f;
}

TableFilter TableFilter::withoutOptions(const QStringList &optionIds) const
{
    TableFilter f = *this;
    for (const QString &id : optionIds)
        f.options.remove(id);
    return f;
}

bool TableFilter::onlyColumns(const QStringList &columnIds) const
{
    if (!search.isEmpty() || !options.isEmpty())
        return false;
    for (const ColumnFilter &c : columns) {
        if (!columnIds.contains(c.column))
            return false;
    }
    return true;
}

} // namespace sd
