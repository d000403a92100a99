#include "storage/common/settings_repository.h"

#include "storage/common/sql_values.h"

#include <QSqlError>
#include <QSqlQuery>

namespace sd {

QHash<QString, QString> SettingsRepository::all() const
{
    QHash<QString, QString> map;
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("SELECT key, value FROM settings"))) {
        while (q.next())
            map.insert(q.value(0).toString(), q.value(1).toString());
    }
    return map;
}

QHash<QString, QString> SettingsRepository::withPrefix(const QString &prefix) const
{
    QHash<QString, QString> map;
    QSqlQuery q(m_db);
    // substr, not LIKE: a login may hold '_' or '%'.
    q.prepare(QStringLiteral("SELECT key, value FROM settings WHERE substr(key, 1, ?) = ?"));
    q.addBindValue(int(prefix.size()));
    q.addBindValue(prefix);
    if (q.exec()) {
        while (q.next())
            map.insert(q.value(0).toString(), q.value(1).toString());
    }
    return map;
}

Result SettingsRepository::remove(const QString &key)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM settings WHERE key = ?"));
    q.addBindValue(key);
    if (q.exec())
        return Result::success();
    return queryFailure(q);
}

Result SettingsRepository::set(const QString &key, const QString &value)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) "
                             "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(key);
    q.addBindValue(value);
    if (q.exec())
        return Result::success();
    return queryFailure(q);
}

} // namespace sd
