#include "storage/common/user_repository.h"

#include "storage/common/sql_values.h"

#include <QSqlError>
#include <QSqlQuery>

namespace sd {

Result UserRepository::insert(UserRecord &u, const QDateTime &now)
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
        return queryFailure(q);
    }
    u.id = q.lastInsertId().toLongLong();
    return Result::success();
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

QList<UserRecord> UserRepository::all() const
{
    QList<UserRecord> out;
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT id, login, display_name, role, active FROM users ORDER BY login")))
        return out;
    while (q.next()) {
        UserRecord u;
        u.id = q.value(0).toLongLong();
        u.login = q.value(1).toString();
        u.displayName = q.value(2).toString();
        u.role = parseRole(q.value(3).toString()).value_or(Role::Operator);
        u.active = q.value(4).toInt() != 0;
        out << u;
    }
    return out;
}

namespace {

// The column and value that pick a subject's rows in login_attempts.
QString subjectColumn(const LoginSubject &s)
{
    return s.userId > 0 ? QStringLiteral("user_id") : QStringLiteral("name_key");
}

QVariant subjectValue(const LoginSubject &s)
{
    return s.userId > 0 ? QVariant(s.userId) : QVariant(s.nameKey);
}

} // namespace

LoginLock UserRepository::lock(const LoginSubject &subject) const
{
    QSqlQuery q(m_db);
    if (subject.userId > 0) {
        q.prepare(QStringLiteral("SELECT locked_until, lock_count FROM users WHERE id = ?"));
        q.addBindValue(subject.userId);
    } else {
        q.prepare(QStringLiteral("SELECT locked_until, lock_count FROM login_name_locks WHERE name_key = ?"));
        q.addBindValue(subject.nameKey);
    }
    if (!q.exec() || !q.next())
        return {};
    return {dateTimeFromMs(q.value(0)), q.value(1).toInt()};
}

Result UserRepository::setLock(const LoginSubject &subject, const LoginLock &lock)
{
    QSqlQuery q(m_db);
    if (subject.userId > 0) {
        q.prepare(QStringLiteral("UPDATE users SET locked_until = ?, lock_count = ? WHERE id = ?"));
        q.addBindValue(msOrNull(lock.lockedUntil));
        q.addBindValue(lock.lockCount);
        q.addBindValue(subject.userId);
    } else {
        q.prepare(QStringLiteral("INSERT INTO login_name_locks (name_key, locked_until, lock_count) "
                                 "VALUES (?, ?, ?) ON CONFLICT (name_key) DO UPDATE SET "
                                 "locked_until = excluded.locked_until, lock_count = excluded.lock_count"));
        q.addBindValue(subject.nameKey);
        q.addBindValue(msOrNull(lock.lockedUntil));
        q.addBindValue(lock.lockCount);
    }
    if (q.exec())
        return Result::success();
    return queryFailure(q);
}

Result UserRepository::recordAttempt(const LoginSubject &subject, const QDateTime &at, bool success)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO login_attempts (user_id, name_key, at, success) VALUES (?,?,?,?)"));
    q.addBindValue(subject.userId > 0 ? QVariant(subject.userId) : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(subject.userId > 0 ? QVariant(QMetaType(QMetaType::QString)) : QVariant(subject.nameKey));
    q.addBindValue(at.toMSecsSinceEpoch());
    q.addBindValue(success ? 1 : 0);
    if (q.exec())
        return Result::success();
    return queryFailure(q);
}

int UserRepository::failuresSince(const LoginSubject &subject, const QDateTime &since) const
{
    const QString column = subjectColumn(subject);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM login_attempts WHERE %1 = ? AND success = 0 AND at >= ? "
                             "AND at > COALESCE((SELECT MAX(at) FROM login_attempts WHERE %1 = ? AND "
                             "success = 1), -1)")
                  .arg(column));
    q.addBindValue(subjectValue(subject));
    q.addBindValue(since.toMSecsSinceEpoch());
    q.addBindValue(subjectValue(subject));
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

QByteArray UserRepository::loginNameKey() const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT value FROM store_secrets WHERE name = 'login-name-key'"));
    return q.exec() && q.next() ? q.value(0).toByteArray() : QByteArray();
}

int UserRepository::count() const
{
    QSqlQuery q(m_db);
    return q.exec(QStringLiteral("SELECT COUNT(*) FROM users")) && q.next() ? q.value(0).toInt() : 0;
}

} // namespace sd
