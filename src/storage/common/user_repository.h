#pragma once
#include "core/access/role.h"
#include "core/common/result.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <optional>

namespace sd {

struct UserRecord
{
    qint64 id = 0;
    QString login;
    QString displayName;
    Role role = Role::Operator;
    QString passwordHash;
    bool active = true;
    QDateTime lockedUntil;
    int lockCount = 0;
};

// Who a login attempt was for: an account (userId), or a name that is no account, known only by its
// keyed hash (nameKey). Never the typed name itself.
struct LoginSubject
{
    qint64 userId = 0;
    QString nameKey;
};

struct LoginLock
{
    QDateTime lockedUntil;
    int lockCount = 0;
};

// Local staff accounts and login attempts.
class UserRepository
{
public:
    explicit UserRepository(QSqlDatabase db) : m_db(db) {}
    Result insert(UserRecord &user, const QDateTime &now);
    std::optional<UserRecord> findByLogin(const QString &login) const;
    // Every account, by login (password hashes left out).
    QList<UserRecord> all() const;
    // The lockout of an account or of an unknown name.
    LoginLock lock(const LoginSubject &subject) const;
    Result setLock(const LoginSubject &subject, const LoginLock &lock);
    Result recordAttempt(const LoginSubject &subject, const QDateTime &at, bool success);
    // Failed attempts for `subject` at or after `since`, after its last success.
    int failuresSince(const LoginSubject &subject, const QDateTime &since) const;
    // The store's secret key for hashing unknown login names (migration 0002 makes it).
    QByteArray loginNameKey() const;
    int count() const;

private:
    QSqlDatabase m_db;
};

} // namespace sd
