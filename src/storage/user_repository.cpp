#include "storage/user_repository.h"

#include "storage/sql_values.h"

#include <QSqlError>
#include <QSqlQuery>

namespace sd {

bool UserRepository::insert(UserRecord &u, const QDateTime &now, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("INSERT INTO users (login, display_name, role, password_hash, active, created_at) "
                       "VALUES (?,?,?,?,?,?)"));
    q.addBindValue(u.login);
    q.addBindValue(u.displayName);
    q.addBindValue(roleCode(u.role));
    q.addBindValue(u.passwordHash);
    q.addBindValue(u.active ? 1 : 0);
    q.addBindValue(now.toMSecsSinceEpoch());
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    u.id = q.lastInsertId().toLongLong();
    return true;
}

std::optional<UserRecord> UserRepository::findByLogin(const QString &login) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "SELECT id, login, display_name, role, password_hash, active, locked_until, lock_count "
        "FROM users WHERE login = ?"));
    q.addBindValue(login);
    if (!q.exec() || !q.next())
        return std::nullopt;
    UserRecord u;
    u.id = q.value(0).toLongLong();
    u.login = q.value(1).toString();
    u.displayName = q.value(2).toString();
    u.role = parseRole(q.value(3).toString()).value_or(Role::Operator);
    u.passwordHash = q.value(4).toString();
    u.active = q.value(5).toInt() != 0;
    u.lockedUntil = dateTimeFromMs(q.value(6));
    u.lockCount = q.value(7).toInt();
    return u;
}

bool UserRepository::setLock(qint64 userId, const QDateTime &lockedUntil, int lockCount, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE users SET locked_until = ?, lock_count = ? WHERE id = ?"));
    q.addBindValue(msOrNull(lockedUntil));
    q.addBindValue(lockCount);
    q.addBindValue(userId);
    if (q.exec())
        return true;
    if (error)
        *error = q.lastError().text();
    return false;
}

bool UserRepository::recordAttempt(const QString &login, const QDateTime &at, bool success, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO login_attempts (login, at, success) VALUES (?,?,?)"));
    q.addBindValue(login);
    q.addBindValue(at.toMSecsSinceEpoch());
    q.addBindValue(success ? 1 : 0);
    if (q.exec())
        return true;
    if (error)
        *error = q.lastError().text();
    return false;
}

int UserRepository::failuresSince(const QString &login, const QDateTime &since) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "SELECT COUNT(*) FROM login_attempts WHERE login = ? AND success = 0 AND at >= ? AND at > "
        "COALESCE((SELECT MAX(at) FROM login_attempts WHERE login = ? AND success = 1), -1)"));
    q.addBindValue(login);
    q.addBindValue(since.toMSecsSinceEpoch());
    q.addBindValue(login);
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

int UserRepository::count() const
{
    QSqlQuery q(m_db);
    return q.exec(QStringLiteral("SELECT COUNT(*) FROM users")) && q.next() ? q.value(0).toInt() : 0;
}

} // namespace sd
