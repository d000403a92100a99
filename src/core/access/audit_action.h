#pragma once
#include "core/orders/order_transition.h"

#include <QString>

namespace sd {

// What an audit_log row records: every change and every read of personal data that leaves the
// program. The codes are stored; the labels are for the audit view.
enum class AuditAction {
    Login,
    AccountLocked,
    StoreSetup,
    SettingChange,
    HolidayAdd,
    DemoGenerate,
    Export,
    ExportPersonal,
    OrdersConfirm,
    OrdersDispatch,
    OrdersFixTracking,
    OrdersDeliver,
    OrdersDecide,          // the automatic purchase decision
    OrdersCorrectDecision, // the seller records a decision the marketplace already made
    OrdersDelay,
    OrdersImport,
    BackupCreate,
    BackupAuto,
    BackupRestore,
};

QString auditActionCode(AuditAction action);  // "login", "orders.confirm", ...
QString auditActionLabel(AuditAction action); // translated
AuditAction auditActionFor(OrderAction action);
const QList<AuditAction> &allAuditActions();

} // namespace sd
