#include "services/store/setup_service.h"

#include "core/common/business_number.h"
#include "core/common/text_field.h"
#include "services/access/password_hash.h"
#include "services/common/app_log.h"
#include "services/store/workspace.h"
#include "services/store/workspace_internal.h"
#include "storage/common/audit_log.h"
#include "storage/common/database.h"
#include "storage/common/store_repository.h"
#include "storage/common/user_repository.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace sd {

Result SetupService::validate(const StoreSetup &s, StoreSetup::Field *field) const
{
    using Field = StoreSetup::Field;
    Field ignored = Field::None;
    if (!field)
        field = &ignored;
    *field = Field::None;
    auto bad = [field](Field f, const QString &m) {
        *field = f;
        return Result::fail(ErrorKind::BadInput, m);
    };
    if (s.storeName.trimmed().isEmpty())
        return bad(Field::StoreName,
                   QCoreApplication::translate("sd::SetupService", "Enter the store name."));
    if (const QString p = textFieldProblem(TextField::StoreName, s.storeName.trimmed()); !p.isEmpty())
        return bad(Field::StoreName, p);
    if (const QString p = businessNumberProblem(s.businessNo); !p.isEmpty())
        return bad(Field::BusinessNo, p);
    if (s.channels.isEmpty())
        return bad(Field::Channels,
                   QCoreApplication::translate("sd::SetupService", "Choose at least one sales channel."));
    static const QRegularExpression loginPattern(QStringLiteral("^[A-Za-z0-9._-]{3,32}$"));
    if (!loginPattern.match(s.masterLogin.trimmed()).hasMatch())
        return bad(Field::MasterLogin,
                   QCoreApplication::translate(
                       "sd::SetupService", "The login name needs 3 to 32 letters, digits, '.', '_' or '-'."));
    if (s.masterName.trimmed().isEmpty())
        return bad(Field::MasterName,
                   QCoreApplication::translate("sd::SetupService", "Enter the master's name."));
    if (const QString p = textFieldProblem(TextField::PersonName, s.masterName.trimmed()); !p.isEmpty())
        return bad(Field::MasterName, p);
    const QString weak = passwordWeakness(s.password);
    if (!weak.isEmpty())
        return bad(Field::Password, weak);
    if (s.password != s.passwordRepeat)
        return bad(Field::PasswordRepeat,
                   QCoreApplication::translate("sd::SetupService", "The two passwords are not the same."));
    return Result::success();
}

Result SetupService::initialize(const StoreSetup &s, StoreSetup::Field *field)
{
    if (m_ws.isInitialized())
        return Result::fail(ErrorKind::Rule,
                            QCoreApplication::translate("sd::SetupService", "This store is already set up."));
    const Result check = validate(s, field);
    if (!check.ok())
        return check;
    const QString hash = hashPassword(s.password);
    if (hash.isEmpty())
        return Result::fail(ErrorKind::Storage,
                            QCoreApplication::translate(
                                "sd::SetupService", "The password could not be protected (out of memory)."));

    QSqlDatabase db = storeDatabase(m_ws).connection();
    const QDateTime now = m_ws.clock().nowUtc();
    WriteTransaction tx(db);
    const QString notSetUp =
        QCoreApplication::translate("sd::SetupService", "The store could not be set up. Nothing was saved.");
    if (!tx.isActive())
        return storageFailure(notSetUp, tx.status());
    StoreProfile profile{s.storeName.trimmed(), businessNumberDigits(s.businessNo), s.channels};
    UserRecord master;
    master.login = s.masterLogin.trimmed();
    master.displayName = s.masterName.trimmed();
    master.role = Role::Master;
    master.passwordHash = hash;
    Result step = StoreRepository(db).saveProfile(profile, now);
    if (step.ok())
        step = UserRepository(db).insert(master, now);
    if (step.ok())
        step = writeAudit(db, now, master.id, AuditAction::StoreSetup, QStringLiteral("store"),
                          profile.businessNo, profile.name, AuditChange{{}, profile.name});
    if (step.ok())
        step = tx.commit();
    if (!step.ok())
        return storageFailure(notSetUp, step);
    return Result::success();
}

} // namespace sd
