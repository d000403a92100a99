#pragma once
#include <QString>
#include <optional>

namespace sd {

enum class Role { Master, Operator, Finance }; // 마스터, 운영자, 재무 담당자

enum class Permission {
    ViewOrders,
    ProcessOrders,    // confirm, dispatch, deliver, decide, delay
    ViewPersonalData, // unmasked buyer name / phone / address
    ExportPersonalData,
    ImportOrders,
    ManageStaff,
    ManageSettings,
    ViewSettlement,
    Backup,
};

QString roleCode(Role r);  // MASTER, OPERATOR, FINANCE
QString roleLabel(Role r); // translated
std::optional<Role> parseRole(const QString &codeOrLabel);
bool roleHas(Role r, Permission p);
QString permissionLabel(Permission p); // translated, for "권한이 없습니다: ..." messages

} // namespace sd
