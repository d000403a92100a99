#include "core/access/role.h"

#include "core/common/label_match.h"

#include <QCoreApplication>

namespace sd {

namespace {

const LabelRow<Role> kRoleRows[] = {
    {Role::Master, "MASTER", QT_TRANSLATE_NOOP("sd::Role", "Master"), "마스터"},
    {Role::Operator, "OPERATOR", QT_TRANSLATE_NOOP("sd::Role", "Operator"), "운영자"},
    {Role::Finance, "FINANCE", QT_TRANSLATE_NOOP("sd::Role", "Finance manager"), "재무 담당자"},
};

const LabelTable kTable("sd::Role", kRoleRows);

} // namespace

QString roleCode(Role r)
{
    return kTable.code(r);
}

QString roleLabel(Role r)
{
    return kTable.label(r);
}

std::optional<Role> parseRole(const QString &codeOrLabel)
{
    return kTable.parse(codeOrLabel);
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
