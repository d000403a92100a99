#pragma once
#include "core/common/result.h"

#include <QHash>
#include <QSqlDatabase>
#include <QString>

namespace sd {

// Raw key/value rows of the settings table; defaults and meaning live in services/settings.h.
class SettingsRepository
{
public:
    explicit SettingsRepository(QSqlDatabase db) : m_db(db) {}
    QHash<QString, QString> all() const;
    // The rows whose key starts with `prefix` (a user's saved layouts: "layout.<login>.").
    QHash<QString, QString> withPrefix(const QString &prefix) const;
    Result set(const QString &key, const QString &value);
    Result remove(const QString &key);

private:
    QSqlDatabase m_db;
};

} // namespace sd
