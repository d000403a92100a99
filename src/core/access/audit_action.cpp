#include "core/access/audit_action.h"

#include <QCoreApplication>

namespace sd {

namespace {

struct Entry
{
    AuditAction action;
    const char *code;
    const char *label;
};

// The one table of audit actions: the stored code and the label.
const Entry kEntries[] = {
    {AuditAction::Login, "login", QT_TRANSLATE_NOOP("sd::AuditAction", "Login")},
    {AuditAction::AccountLocked, "account.locked", QT_TRANSLATE_NOOP("sd::AuditAction", "Account locked")},
    {AuditAction::StoreSetup, "store.setup", QT_TRANSLATE_NOOP("sd::AuditAction", "Store set up")},
    {AuditAction::SettingChange, "setting.change", QT_TRANSLATE_NOOP("sd::AuditAction", "Setting changed")},
    {AuditAction::HolidayAdd, "holiday.add", QT_TRANSLATE_NOOP("sd::AuditAction", "Holiday added")},
    {AuditAction::DemoGenerate, "demo.generate", QT_TRANSLATE_NOOP("sd::AuditAction", "Demo data added")},
    {AuditAction::Export, "export", QT_TRANSLATE_NOOP("sd::AuditAction", "Export")},
    {AuditAction::ExportPersonal, "export.personal",
     QT_TRANSLATE_NOOP("sd::AuditAction", "Export with personal data")},
    {AuditAction::OrdersConfirm, "orders.confirm", QT_TRANSLATE_NOOP("sd::AuditAction", "Orders confirmed")},
    {AuditAction::OrdersDispatch, "orders.dispatch",
     QT_TRANSLATE_NOOP("sd::AuditAction", "Orders dispatched")},
    {AuditAction::OrdersFixTracking, "orders.fix-tracking",
     QT_TRANSLATE_NOOP("sd::AuditAction", "Tracking numbers changed")},
    {AuditAction::OrdersDeliver, "orders.deliver",
     QT_TRANSLATE_NOOP("sd::AuditAction", "Orders marked delivered")},
    {AuditAction::OrdersDecide, "orders.decide",
     QT_TRANSLATE_NOOP("sd::AuditAction", "Purchase decisions recorded")},
    {AuditAction::OrdersCorrectDecision, "orders.correct-decision",
     QT_TRANSLATE_NOOP("sd::AuditAction", "Purchase decisions corrected (decided on the marketplace)")},
    {AuditAction::OrdersDelay, "orders.delay",
     QT_TRANSLATE_NOOP("sd::AuditAction", "Dispatch delay notices")},
    {AuditAction::OrdersImport, "order.import", QT_TRANSLATE_NOOP("sd::AuditAction", "Orders imported")},
    {AuditAction::BackupCreate, "backup.create", QT_TRANSLATE_NOOP("sd::AuditAction", "Backup made")},
    {AuditAction::BackupAuto, "backup.auto", QT_TRANSLATE_NOOP("sd::AuditAction", "Automatic backup made")},
    {AuditAction::BackupRestore, "backup.restore", QT_TRANSLATE_NOOP("sd::AuditAction", "Backup restored")},
};

const Entry &entry(AuditAction action)
{
    for (const Entry &e : kEntries) {
        if (e.action == action)
            return e;
    }
    return kEntries[0];
}

} // namespace

QString auditActionCode(AuditAction action)
{
    return QString::fromLatin1(entry(action).code);
}

QString auditActionLabel(AuditAction action)
{
    return QCoreApplication::translate("sd::AuditAction", entry(action).label);
}

AuditAction auditActionFor(OrderAction action)
{
    switch (action) {
    case OrderAction::Confirm:
        return AuditAction::OrdersConfirm;
    case OrderAction::Dispatch:
        return AuditAction::OrdersDispatch;
    case OrderAction::FixTracking:
        return AuditAction::OrdersFixTracking;
    case OrderAction::Deliver:
        return AuditAction::OrdersDeliver;
    case OrderAction::Decide:
        return AuditAction::OrdersDecide;
    case OrderAction::DelayDispatch:
        return AuditAction::OrdersDelay;
    case OrderAction::CorrectDecision:
        return AuditAction::OrdersCorrectDecision;
    }
    return AuditAction::OrdersConfirm;
}

const QList<AuditAction> &allAuditActions()
{
    static const QList<AuditAction> all = [] {
        QList<AuditAction> list;
        for (const Entry &e : kEntries)
            list << e.action;
        return list;
    }();
    return all;
}

} // namespace sd
