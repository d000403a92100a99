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
    Result set(const QString &key, const QString &value);

private:
    QSqlDatabase m_db;
};

} // namespace sd
