#include "services/access/auth_service.h"

#include "core/calendar/seoul_time.h"
#include "services/access/password_hash.h"
#include "services/common/app_log.h"
#include "services/store/workspace.h"
#include "services/store/workspace_internal.h"
#include "storage/common/audit_log.h"
#include "storage/common/database.h"
#include "storage/common/user_repository.h"

#include <QCoreApplication>

namespace sd {

namespace {

// Every attempt must be recorded (it counts towards the lockout), so a login that cannot be is refused.
Result loginNotRecorded(const Result &cause)
{
    return storageFailure(QCoreApplication::translate("sd::AuthService",
                                                      "The login could not be recorded, so it was refused. "
                                                      "Try again; if it keeps failing, the store file may "
                                                      "be damaged."),
                          cause);
}

} // namespace

qint64 AuthService::lockMinutes(int lockCount)
{
    qint64 minutes = 15;
    for (int i = 0; i < lockCount && minutes < 1440; ++i)
        minutes *= 2;
    return qMin<qint64>(minutes, 1440);
}

// A name that is no account gets exactly what an account gets: one argon2id verification (against
// a dummy hash), the same message, and the same lockout after the same failures. So neither the
// answer nor its time tells whether a name exists; and the name itself is stored only as a keyed hash.
Result AuthService::login(const QString &login, const QString &password, UserSession *session)
{
    QSqlDatabase db = storeDatabase(m_ws).connection();
    const QDateTime now = m_ws.clock().nowUtc();
    const QString name = login.trimmed();
    UserRepository users(db);
    const auto user = users.findByLogin(name);
    LoginSubject subject;
    if (user) {
        subject.userId = user->id;
    } else {
        subject.nameKey = keyedNameHash(users.loginNameKey(), name);
        if (subject.nameKey.isEmpty())
            return Result::fail(ErrorKind::Storage,
                                QCoreApplication::translate("sd::AuthService",
                                                            "The store's login key is missing; the store "
                                                            "file may be damaged."));
    }
    const Result wrong =
        Result::fail(ErrorKind::Auth,
                     QCoreApplication::translate("sd::AuthService", "The user name or password is wrong."));

    const LoginLock lock = users.lock(subject);
    if (lock.lockedUntil.isValid() && lock.lockedUntil > now) {
        return Result::fail(
            ErrorKind::Auth,
            QCoreApplication::translate("sd::AuthService",
                                        "This account is locked after repeated failed logins until %1.")
                .arg(formatSeoul(lock.lockedUntil)));
    }
    // Hash outside the write lock: argon2id takes a moment on purpose. Always exactly one verification.
    const bool verified = verifyPassword(user ? user->passwordHash : dummyPasswordHash(), password);
    const bool good = user && user->active && verified;

    WriteTransaction tx(db);
    if (!tx.isActive())
        return loginNotRecorded(tx.status());
    Result step = users.recordAttempt(subject, now, good);
    if (good) {
        if (step.ok() && (lock.lockCount > 0 || lock.lockedUntil.isValid()))
            step = users.setLock(subject, {});
        if (step.ok())
            step = writeAudit(db, now, user->id, AuditAction::Login, QStringLiteral("user"), user->login, {});
        if (step.ok())
            step = tx.commit();
        if (!step.ok())
            return loginNotRecorded(step);
        if (session)
            *session = UserSession{user->id, user->login, user->displayName, user->role};
        return Result::success();
    }
    const int failures = users.failuresSince(subject, now.addSecs(-kWindowMinutes * 60));
    if (failures >= kMaxFailures) {
        const QDateTime until = now.addSecs(lockMinutes(lock.lockCount) * 60);
        if (step.ok())
            step = users.setLock(subject, {until, lock.lockCount + 1});
        // Only a real account's lockout goes into the audit log: an unknown name has nothing to name.
        if (step.ok() && user)
            step = writeAudit(db, now, user->id, AuditAction::AccountLocked, QStringLiteral("user"),
                              user->login, QStringLiteral("until %1").arg(until.toString(Qt::ISODate)));
        if (step.ok())
            step = tx.commit();
        if (!step.ok())
            return loginNotRecorded(step);
        return Result::fail(ErrorKind::Auth,
                            QCoreApplication::translate(
                                "sd::AuthService", "Too many failed logins: this account is locked until %1.")
                                .arg(formatSeoul(until)));
    }
    if (step.ok())
        step = tx.commit();
    if (!step.ok())
        return loginNotRecorded(step);
    return wrong;
}

} // namespace sd
