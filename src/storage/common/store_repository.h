#pragma once
#include "core/common/result.h"
#include "core/common/store_profile.h"
#include "core/orders/channel.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <optional>

namespace sd {

// The store's own profile (one row) and the one-off holidays its user added.
class StoreRepository
{
public:
    explicit StoreRepository(QSqlDatabase db) : m_db(db) {}
    std::optional<StoreProfile> profile() const;
    Result saveProfile(const StoreProfile &profile, const QDateTime &now);
    QList<QPair<QDate, QString>> userHolidays() const;
    Result addUserHoliday(const QDate &date, const QString &name);

private:
    QSqlDatabase m_db;
};

} // namespace sd
