#include "services/access/audit_log_service.h"

#include "services/store/workspace.h"
#include "services/store/workspace_internal.h"
#include "storage/common/database.h"
#include "storage/common/user_repository.h"

#include <QCoreApplication>

namespace sd {

AuditLogService::AuditLogService(Workspace &workspace, const UserSession &user)
    : m_ws(workspace), m_user(user)
{
}

Result AuditLogService::accounts(QList<Account> *out) const
{
    if (!mayRead(m_user))
        return Result::fail(
            ErrorKind::Permission,
            QCoreApplication::translate("sd::AuditLogService", "Your role (%1) may not read the audit log.")
                .arg(roleLabel(m_user.role)));
    out->clear();
    const QList<UserRecord> users = UserRepository(storeDatabase(m_ws).connection()).all();
    for (const UserRecord &u : users)
        out->append({u.id, u.login, u.displayName, u.role});
    return Result::success();
}

} // namespace sd
