#pragma once
#include "core/access/role.h"
#include "core/access/user_session.h"
#include "core/common/result.h"

#include <QList>
#include <QString>

namespace sd {

class Workspace;

// What the audit log view and `sellerdesk-cli audit list` need beside the rows (which the table engine
// reads through TableListing with the audit description): the accounts to filter by. Only roles that
// manage staff (마스터) may read the audit log.
class AuditLogService
{
public:
    AuditLogService(Workspace &workspace, const UserSession &user);

    struct Account
    {
        qint64 id = 0;
        QString login;
        QString displayName;
        Role role = Role::Operator;
    };
    static bool mayRead(const UserSession &user) { return user.can(Permission::ManageStaff); }
    // Every account, by login; a permission error for other roles.
    Result accounts(QList<Account> *out) const;

private:
    Workspace &m_ws;
    UserSession m_user;
};

} // namespace sd
