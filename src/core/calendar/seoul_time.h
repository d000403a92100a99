#pragma once
#include <QDate>
#include <QDateTime>
#include <QTimeZone>

namespace sd {

// Korea has used UTC+9 without daylight saving since 1988; a fixed offset avoids depending on the
// platform's time-zone database (Windows builds of Qt may lack IANA names).
QTimeZone seoulZone();
QDateTime toSeoul(const QDateTime &utc);
QDate seoulDate(const QDateTime &utc);
// Stored times are epoch milliseconds in UTC.
QDateTime fromEpochMs(qint64 ms);
QString formatSeoul(const QDateTime &utc, const QString &format = QStringLiteral("yyyy-MM-dd HH:mm"));

} // namespace sd
