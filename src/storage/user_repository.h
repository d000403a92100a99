#pragma once
#include "core/role.h"

#include <QDateTime>
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

// Local staff accounts and login attempts.
class UserRepository
{
public:
    explicit UserRepository(QSqlDatabase db) : m_db(db) {}
    bool insert(UserRecord &user, const QDateTime &now, QString *error);
    std::optional<UserRecord> findByLogin(const QString &login) const;
    bool setLock(qint64 userId, const QDateTime &lockedUntil, int lockCount, QString *error);
    bool recordAttempt(const QString &login, const QDateTime &at, bool success, QString *error);
    // Failed attempts for `login` at or after `since`, after its last success.
    int failuresSince(const QString &login, const QDateTime &since) const;
    int count() const;

private:
    QSqlDatabase m_db;
};

} // namespace sd
