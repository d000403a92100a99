#include "storage/table/table_query.h"

#include "core/calendar/seoul_time.h"

#include <QCoreApplication>
#include <QTime>

namespace sd {

void SqlWhere::add(const QString &clause, const QVariantList &values)
{
    sql += QStringLiteral(" AND ") + clause;
    binds += values;
}

QStringList TableSelect::statements() const
{
    QStringList out;
    for (const Segment &s : segments)
        out << QStringLiteral("SELECT %1 FROM %2 WHERE 1=1%3%4 ORDER BY %5")
                   .arg(select, from, where.sql, s.where, s.orderBy);
    return out;
}

qint64 seoulDayStartMs(const QDate &date)
{
    return QDateTime(date, QTime(0, 0), seoulZone()).toMSecsSinceEpoch();
}

namespace {

QString marks(qsizetype n)
{
    QStringList m;
    for (qsizetype i = 0; i < n; ++i)
        m << QStringLiteral("?");
    return m.join(QLatin1Char(','));
}

// LIKE with the wildcards of the text itself escaped: "10%" finds "10%", not "100".
Result refused(const QString &message)
{
    return Result::fail(ErrorKind::BadInput, message);
}

QString likePattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('%'), QLatin1String("\\%"));
    escaped.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

} // namespace

Result columnFilterSql(const TableDescription &table, const TableFilter &filter, SqlWhere *out,
                       const QStringList &indexless)
{
    SqlWhere w;
    for (const ColumnFilter &f : filter.columns) {
        const TableColumn *c = table.column(f.column);
        if (!c || c->filterExpression().isEmpty()) {
            return refused(
                QCoreApplication::translate("sd::TableQuery", "The list cannot be filtered by \"%1\".")
                    .arg(f.column));
        }
        const QString expr =
            indexless.contains(c->id) ? QStringLiteral("+") + c->filterExpression() : c->filterExpression();
        switch (f.kind) {
        case ColumnFilter::Kind::OneOf:
            if (f.values.isEmpty()) {
                return refused(
                    QCoreApplication::translate("sd::TableQuery", "The filter on \"%1\" lists no values.")
                        .arg(c->label()));
            }
            {
                // A null value stands for the empty cells (NULL); the others are bound.
                QVariantList values;
                bool empty = false;
                for (const QVariant &v : f.values) {
                    if (v.isNull())
                        empty = true;
                    else
                        values << v;
                }
                QString clause;
                if (values.size() == 1)
                    clause = expr + QStringLiteral(" = ?");
                else if (values.size() > 1)
                    clause = QStringLiteral("%1 IN (%2)").arg(expr, marks(values.size()));
                if (empty)
                    clause = clause.isEmpty() ? expr + QStringLiteral(" IS NULL")
                                              : QStringLiteral("(%1 OR %2 IS NULL)").arg(clause, expr);
                w.add(clause, values);
            }
            break;
        case ColumnFilter::Kind::DateRange:
            if (c->kind == ColumnKind::DateTime) {
                if (f.from.isValid())
                    w.add(expr + QStringLiteral(" >= ?"), {seoulDayStartMs(f.from)});
                if (f.to.isValid())
                    w.add(expr + QStringLiteral(" < ?"), {seoulDayStartMs(f.to.addDays(1))});
            } else if (c->kind == ColumnKind::Date) {
                if (f.from.isValid())
                    w.add(expr + QStringLiteral(" >= ?"), {f.from.toString(Qt::ISODate)});
                if (f.to.isValid())
                    w.add(expr + QStringLiteral(" <= ?"), {f.to.toString(Qt::ISODate)});
            } else {
                return refused(
                    QCoreApplication::translate("sd::TableQuery", "\"%1\" holds no dates to filter by.")
                        .arg(c->label()));
            }
            break;
        case ColumnFilter::Kind::Text:
            if (!f.text.isEmpty())
                w.add(expr + QStringLiteral(" LIKE ? ESCAPE '\\'"), {likePattern(f.text)});
            break;
        case ColumnFilter::Kind::Range: {
            if (c->kind != ColumnKind::Won && c->kind != ColumnKind::Count) {
                return refused(
                    QCoreApplication::translate("sd::TableQuery", "\"%1\" holds no numbers to filter by.")
                        .arg(c->label()));
            }
            // Whole numbers only, bound as integers (a text "10" would compare as text in SQLite).
            bool okMin = true, okMax = true;
            const qint64 min = f.min.isNull() ? 0 : f.min.toLongLong(&okMin);
            const qint64 max = f.max.isNull() ? 0 : f.max.toLongLong(&okMax);
            if (!okMin || !okMax || (!f.min.isNull() && !f.max.isNull() && min > max)) {
                return refused(
                    QCoreApplication::translate("sd::TableQuery", "The range for \"%1\" is not valid.")
                        .arg(c->label()));
            }
            if (!f.min.isNull())
                w.add(expr + QStringLiteral(" >= ?"), {min});
            if (!f.max.isNull())
                w.add(expr + QStringLiteral(" <= ?"), {max});
            break;
        }
        }
    }
    out->sql += w.sql;
    out->binds += w.binds;
    return Result::success();
}

} // namespace sd
