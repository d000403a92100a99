#include "storage/common/store_repository.h"

#include "storage/common/sql_values.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace sd {

std::optional<StoreProfile> StoreRepository::profile() const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT name, business_no, channels FROM store WHERE id = 1")) || !q.next())
        return std::nullopt;
    StoreProfile p;
    p.name = q.value(0).toString();
    p.businessNo = q.value(1).toString();
    const QStringList codes = q.value(2).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &code : codes) {
        if (auto c = parseChannel(code))
            p.channels.append(*c);
    }
    return p;
}

Result StoreRepository::saveProfile(const StoreProfile &p, const QDateTime &now)
{
    QStringList codes;
    for (Channel c : p.channels)
        codes << channelCode(c);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO store (id, name, business_no, channels, created_at) VALUES (1, ?, ?, ?, ?) "
        "ON CONFLICT (id) DO UPDATE SET name = excluded.name, "
        "business_no = excluded.business_no, channels = excluded.channels"));
    q.addBindValue(p.name);
    q.addBindValue(p.businessNo);
    q.addBindValue(codes.join(QLatin1Char(',')));
    q.addBindValue(now.toMSecsSinceEpoch());
    if (q.exec())
        return Result::success();
    return queryFailure(q);
}

QList<QPair<QDate, QString>> StoreRepository::userHolidays() const
{
    QList<QPair<QDate, QString>> list;
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("SELECT date, name FROM holidays_user ORDER BY date"))) {
        while (q.next())
            list.append({QDate::fromString(q.value(0).toString(), Qt::ISODate), q.value(1).toString()});
    }
    return list;
}

Result StoreRepository::addUserHoliday(const QDate &date, const QString &name)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO holidays_user (date, name) VALUES (?, ?)"));
    q.addBindValue(date.toString(Qt::ISODate));
    q.addBindValue(name);
    if (q.exec())
        return Result::success();
    return queryFailure(q);
}

} // namespace sd
