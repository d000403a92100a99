#include "core/calendar/seoul_time.h"

namespace sd {

QTimeZone seoulZone()
{
    static const QTimeZone zone(9 * 3600);
    return zone;
}

QDateTime toSeoul(const QDateTime &utc)
{
    return utc.toTimeZone(seoulZone());
}

QDate seoulDate(const QDateTime &utc)
{
    return toSeoul(utc).date();
}

QDateTime fromEpochMs(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc());
}

QString formatSeoul(const QDateTime &utc, const QString &format)
{
    return utc.isValid() ? toSeoul(utc).toString(format) : QString();
}

} // namespace sd
