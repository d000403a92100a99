#include "core/access/change_area.h"

#include "core/access/audit_action.h"

namespace sd {

ChangeAreas allChangeAreas()
{
    return ChangeArea::Orders | ChangeArea::Settings | ChangeArea::Store | ChangeArea::Staff |
           ChangeArea::Audit;
}

ChangeAreas changeAreasOfAuditCode(const QString &code)
{
    for (AuditAction action : allAuditActions()) {
        if (auditActionCode(action) != code)
            continue;
        switch (action) {
        case AuditAction::Login:
        case AuditAction::AccountLocked:
            return ChangeArea::Staff | ChangeArea::Audit;
        case AuditAction::StoreSetup:
            return ChangeArea::Store | ChangeArea::Settings | ChangeArea::Audit;
        case AuditAction::SettingChange:
        case AuditAction::HolidayAdd:
            // deadlines and holidays change the orders' risk column
            return ChangeArea::Settings | ChangeArea::Orders | ChangeArea::Audit;
        case AuditAction::Export:
        case AuditAction::ExportPersonal:
        case AuditAction::BackupCreate:
        case AuditAction::BackupAuto:
            return ChangeArea::Audit;
        case AuditAction::BackupRestore:
            return allChangeAreas();
        case AuditAction::DemoGenerate:
        case AuditAction::OrdersConfirm:
        case AuditAction::OrdersDispatch:
        case AuditAction::OrdersFixTracking:
        case AuditAction::OrdersDeliver:
        case AuditAction::OrdersDecide:
        case AuditAction::OrdersCorrectDecision:
        case AuditAction::OrdersDelay:
        case AuditAction::OrdersImport:
            return ChangeArea::Orders | ChangeArea::Audit;
        } // no default: a new action must say what it touches (-Wswitch)
    }
    return allChangeAreas();
}

} // namespace sd
