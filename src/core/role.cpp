#include "core/role.h"

#include "core/label_match.h"

#include <QCoreApplication>

namespace sd {

namespace {

struct RoleRow
{
    Role role;
    const char *code;
    const char *english; // translation source, context sd::Role
    const char *korean;  // always accepted by parseRole, whatever the current translator
};

const RoleRow kRoleRows[] = {
    {Role::Master, "MASTER", QT_TRANSLATE_NOOP("sd::Role", "Master"), "마스터"},
    {Role::Operator, "OPERATOR", QT_TRANSLATE_NOOP("sd::Role", "Operator"), "운영자"},
    {Role::Finance, "FINANCE", QT_TRANSLATE_NOOP("sd::Role", "Finance manager"), "재무 담당자"},
};

const RoleRow &rowFor(Role r)
{
    for (const RoleRow &row : kRoleRows) {
        if (row.role == r)
            return row;
    }
    return kRoleRows[0];
}

} // namespace

QString roleCode(Role r)
{
    return QString::fromLatin1(rowFor(r).code);
}

QString roleLabel(Role r)
{
    return QCoreApplication::translate("sd::Role", rowFor(r).english);
}

std::optional<Role> parseRole(const QString &codeOrLabel)
{
    const QString key = labelMatchKey(codeOrLabel);
    if (key.isEmpty())
        return std::nullopt;
    for (const RoleRow &row : kRoleRows) {
        if (key == labelMatchKey(QString::fromLatin1(row.code)) ||
            key == labelMatchKey(QString::fromLatin1(row.english)) ||
            key == labelMatchKey(QString::fromUtf8(row.korean)) || key == labelMatchKey(roleLabel(row.role)))
            return row.role;
    }
    return std::nullopt;
}

bool roleHas(Role r, Permission p)
{
    switch (r) {
    case Role::Master:
        return true;
    case Role::Operator:
        // Runs the orders day to day; settlement, staff, settings and backups stay with the master.
        switch (p) {
        case Permission::ViewOrders:
        case Permission::ProcessOrders:
        case Permission::ViewPersonalData:
        case Permission::ExportPersonalData:
        case Permission::ImportOrders:
            return true;
        default:
            return false;
        }
    case Role::Finance:
        // The accountant sees orders (masked) and settlement, and changes nothing.
        return p == Permission::ViewOrders || p == Permission::ViewSettlement;
    }
    return false;
}

QString permissionLabel(Permission p)
{
    switch (p) {
    case Permission::ViewOrders:
        return QCoreApplication::translate("sd::Permission", "View orders");
    case Permission::ProcessOrders:
        return QCoreApplication::translate("sd::Permission", "Process orders");
    case Permission::ViewPersonalData:
        return QCoreApplication::translate("sd::Permission", "View personal data");
    case Permission::ExportPersonalData:
        return QCoreApplication::translate("sd::Permission", "Export personal data");
    case Permission::ImportOrders:
        return QCoreApplication::translate("sd::Permission", "Import orders");
    case Permission::ManageStaff:
        return QCoreApplication::translate("sd::Permission", "Manage staff");
    case Permission::ManageSettings:
        return QCoreApplication::translate("sd::Permission", "Manage settings");
    case Permission::ViewSettlement:
        return QCoreApplication::translate("sd::Permission", "View settlement");
    case Permission::Backup:
        return QCoreApplication::translate("sd::Permission", "Back up and restore");
    }
    return QString();
}

} // namespace sd
