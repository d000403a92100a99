#include "core/table/table_cell.h"

#include "core/calendar/seoul_time.h"
#include "core/common/money.h"

#include <QDate>
#include <QDateTime>

namespace sd {

QString cellText(const TableColumn &column, const QVariant &stored)
{
    if (stored.isNull())
        return QString();
    if (column.codeLabel)
        return column.codeLabel(stored.toString());
    switch (column.kind) {
    case ColumnKind::Text:
    case ColumnKind::Status:
    case ColumnKind::Date: // stored as ISO text
        return stored.toString();
    case ColumnKind::Won:
        return formatWonPlain(stored.toLongLong());
    case ColumnKind::Count:
        return QString::number(stored.toLongLong());
    case ColumnKind::DateTime:
        return formatSeoul(fromEpochMs(stored.toLongLong()));
    }
    return stored.toString();
}

QVariant cellValue(const TableColumn &column, const QVariant &stored)
{
    switch (column.kind) {
    case ColumnKind::Won:
    case ColumnKind::Count:
        return stored.isNull() ? QVariant() : QVariant(stored.toLongLong());
    case ColumnKind::DateTime:
        return stored.isNull() ? QDateTime() : toSeoul(fromEpochMs(stored.toLongLong()));
    case ColumnKind::Date:
        return stored.isNull() ? QDate() : QDate::fromString(stored.toString(), Qt::ISODate);
    case ColumnKind::Text:
    case ColumnKind::Status:
        break;
    }
    return cellText(column, stored);
}

QJsonValue cellJson(const TableColumn &column, const QVariant &stored)
{
    if (stored.isNull())
        return QJsonValue::Null;
    switch (column.kind) {
    case ColumnKind::Won:
    case ColumnKind::Count:
        return QJsonValue(stored.toLongLong());
    case ColumnKind::DateTime:
        return fromEpochMs(stored.toLongLong()).toUTC().toString(Qt::ISODateWithMs);
    case ColumnKind::Text:
    case ColumnKind::Status:
    case ColumnKind::Date:
        break;
    }
    return stored.toString();
}

} // namespace sd
