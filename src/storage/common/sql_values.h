#pragma once
#include "core/common/result.h"

#include <QDate>
#include <QDateTime>
#include <QVariant>

class QSqlQuery;

namespace sd {

// Conversions between domain values and stored columns (epoch ms UTC, ISO dates, NULL for empty).
QVariant msOrNull(const QDateTime &utc);
QDateTime dateTimeFromMs(const QVariant &v);
QVariant dateOrNull(const QDate &d);
QDate dateFromIso(const QVariant &v);
QVariant textOrNull(const QString &s);

// A statement that failed: a plain translated message for the user, and the driver's text and the
// statement for the log (Result::detail).
Result queryFailure(const QSqlQuery &query);
// The same for a statement run outside QSqlQuery (SQLite's C API): the engine's text and the statement.
Result statementFailure(const QString &driverText, const QString &statement);

} // namespace sd
