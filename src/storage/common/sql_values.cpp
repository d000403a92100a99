#include "storage/common/sql_values.h"

#include "core/calendar/seoul_time.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace sd {

QVariant msOrNull(const QDateTime &utc)
{
    return utc.isValid() ? QVariant(utc.toMSecsSinceEpoch()) : QVariant(QMetaType(QMetaType::LongLong));
}

QDateTime dateTimeFromMs(const QVariant &v)
{
    return v.isNull() ? QDateTime() : fromEpochMs(v.toLongLong());
}

QVariant dateOrNull(const QDate &d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString));
}

QDate dateFromIso(const QVariant &v)
{
    return v.isNull() ? QDate() : QDate::fromString(v.toString(), Qt::ISODate);
}

QVariant textOrNull(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s);
}

Result queryFailure(const QSqlQuery &query)
{
    const QSqlError e = query.lastError();
    return statementFailure(QStringLiteral("%1 (%2)").arg(e.text(), e.nativeErrorCode()), query.lastQuery());
}

Result statementFailure(const QString &driverText, const QString &statement)
{
    return Result::storage(
        QCoreApplication::translate("sd::Database",
                                    "The store could not be read or written; nothing was changed."),
        QStringLiteral("%1 | %2").arg(driverText, statement.left(300)));
}

} // namespace sd
