#include "services/setup_service.h"

#include "core/business_number.h"
#include "services/password_hash.h"
#include "services/workspace.h"
#include "storage/audit_log.h"
#include "storage/database.h"
#include "storage/user_repository.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace sd {

Result SetupService::validate(const StoreSetup &s) const
{
    auto bad = [](const QString &m) { return Result::fail(ErrorKind::BadInput, m); };
    if (s.storeName.trimmed().isEmpty())
        return bad(QCoreApplication::translate("sd::SetupService", "Enter the store name."));
    if (!isValidBusinessNumber(s.businessNo))
        return bad(
            QCoreApplication::translate(
                "sd::SetupService", "The business registration number %1 is not valid: check the 10 digits.")
                .arg(s.businessNo));
    if (s.channels.isEmpty())
        return bad(QCoreApplication::translate("sd::SetupService", "Choose at least one sales channel."));
    static const QRegularExpression loginPattern(QStringLiteral("^[A-Za-z0-9._-]{3,32}$"));
    if (!loginPattern.match(s.masterLogin.trimmed()).hasMatch())
        return bad(QCoreApplication::translate(
            "sd::SetupService", "The login name needs 3 to 32 letters, digits, '.', '_' or '-'."));
    if (s.masterName.trimmed().isEmpty())
        return bad(QCoreApplication::translate("sd::SetupService", "Enter the master's name."));
    const QString weak = passwordWeakness(s.password);
    if (!weak.isEmpty())
        return bad(weak);
    if (s.password != s.passwordRepeat)
        return bad(QCoreApplication::translate("sd::SetupService", "The two passwords are not the same."));
    return Result::success();
}

Result SetupService::initialize(const StoreSetup &s)
{
    if (m_ws.isInitialized())
        return Result::fail(ErrorKind::Rule,
                            QCoreApplication::translate("sd::SetupService", "This store is already set up."));
    const Result check = validate(s);
    if (!check.ok())
        return check;
    const QString hash = hashPassword(s.password);
    if (hash.isEmpty())
        return Result::fail(ErrorKind::Storage,
                            QCoreApplication::translate(
                                "sd::SetupService", "The password could not be protected (out of memory)."));

    QSqlDatabase db = m_ws.database().connection();
    const QDateTime now = m_ws.clock().nowUtc();
    WriteTransaction tx(db);
    if (!tx.isActive())
        return Result::fail(ErrorKind::Storage, tx.error());
    QString why;
    StoreProfile profile{s.storeName.trimmed(), businessNumberDigits(s.businessNo), s.channels};
    UserRecord master;
    master.login = s.masterLogin.trimmed();
    master.displayName = s.masterName.trimmed();
    master.role = Role::Master;
    master.passwordHash = hash;
    if (!StoreRepository(db).saveProfile(profile, now, &why) ||
        !UserRepository(db).insert(master, now, &why) ||
        !writeAudit(db, now, master.id, QStringLiteral("store.setup"), QStringLiteral("store"),
                    profile.businessNo, profile.name, &why) ||
        !tx.commit())
        return Result::fail(ErrorKind::Storage, QCoreApplication::translate(
                                                    "sd::SetupService", "The store could not be set up: %1")
                                                    .arg(why + tx.error()));
    return Result::success();
}

} // namespace sd
