#pragma once
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
// False, with the query's error text in `error` (when given): `return q.exec() || queryFailed(q, error);`
bool queryFailed(const QSqlQuery &q, QString *error);

} // namespace sd
