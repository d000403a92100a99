#pragma once
#include "core/access/role.h"

#include <QString>

namespace sd {

// The logged-in user; every service call carries one.
struct UserSession
{
    qint64 userId = 0;
    QString login;
    QString displayName;
    Role role = Role::Operator;

    bool can(Permission p) const { return roleHas(role, p); }
};

} // namespace sd
