#include "services/auth_service.h"

#include "core/seoul_time.h"
#include "services/password_hash.h"
#include "services/workspace.h"
#include "storage/audit_log.h"
#include "storage/database.h"
#include "storage/user_repository.h"

#include <QCoreApplication>

namespace sd {

qint64 AuthService::lockMinutes(int lockCount)
{
    qint64 minutes = 15;
    for (int i = 0; i < lockCount && minutes < 1440; ++i)
        minutes *= 2;
    return qMin<qint64>(minutes, 1440);
}

Result AuthService::login(const QString &login, const QString &password, UserSession *session)
{
    QSqlDatabase db = m_ws.database().connection();
    const QDateTime now = m_ws.clock().nowUtc();
    UserRepository users(db);
    const auto user = users.findByLogin(login.trimmed());
    const Result wrong =
        Result::fail(ErrorKind::Auth,
                     QCoreApplication::translate("sd::AuthService", "The user name or password is wrong."));

    if (user && user->lockedUntil.isValid() && user->lockedUntil > now) {
        return Result::fail(
            ErrorKind::Auth,
            QCoreApplication::translate("sd::AuthService",
                                        "This account is locked after repeated failed logins until %1.")
                .arg(formatSeoul(user->lockedUntil)));
    }
    // Hash outside the write lock: argon2id takes a moment on purpose.
    const bool good = user && user->active && verifyPassword(user->passwordHash, password);

    WriteTransaction tx(db);
    if (!tx.isActive())
        return Result::fail(ErrorKind::Storage, tx.error());
    QString why;
    if (!users.recordAttempt(login.trimmed(), now, good, &why))
        return Result::fail(ErrorKind::Storage, why);
    if (good) {
        if ((user->lockCount > 0 || user->lockedUntil.isValid()) && !users.setLock(user->id, {}, 0, &why))
            return Result::fail(ErrorKind::Storage, why);
        if (!writeAudit(db, now, user->id, QStringLiteral("login"), QStringLiteral("user"), user->login, {},
                        &why) ||
            !tx.commit())
            return Result::fail(ErrorKind::Storage, why.isEmpty() ? tx.error() : why);
        if (session)
            *session = UserSession{user->id, user->login, user->displayName, user->role};
        return Result::success();
    }
    if (user) {
        const int failures = users.failuresSince(user->login, now.addSecs(-kWindowMinutes * 60));
        if (failures >= kMaxFailures) {
            const QDateTime until = now.addSecs(lockMinutes(user->lockCount) * 60);
            if (!users.setLock(user->id, until, user->lockCount + 1, &why) ||
                !writeAudit(db, now, user->id, QStringLiteral("account.locked"), QStringLiteral("user"),
                            user->login, QStringLiteral("until %1").arg(until.toString(Qt::ISODate)), &why) ||
                !tx.commit())
                return Result::fail(ErrorKind::Storage, why.isEmpty() ? tx.error() : why);
            return Result::fail(
                ErrorKind::Auth,
                QCoreApplication::translate("sd::AuthService",
                                            "Too many failed logins: this account is locked until %1.")
                    .arg(formatSeoul(until)));
        }
    }
    if (!tx.commit())
        return Result::fail(ErrorKind::Storage, tx.error());
    return wrong;
}

} // namespace sd
