#pragma once
#include <QDate>
#include <QDateTime>
#include <QVariant>

namespace sd {

// Conversions between domain values and stored columns (epoch ms UTC, ISO dates, NULL for empty).
QVariant msOrNull(const QDateTime &utc);
QDateTime dateTimeFromMs(const QVariant &v);
QVariant dateOrNull(const QDate &d);
QDate dateFromIso(const QVariant &v);
QVariant textOrNull(const QString &s);

} // namespace sd
