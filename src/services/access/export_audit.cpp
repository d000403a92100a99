#include "services/access/export_audit.h"

#include "services/access/personal_data_access.h"
#include "services/common/app_log.h"
#include "services/store/workspace.h"
#include "services/store/workspace_internal.h"
#include "storage/common/audit_log.h"
#include "storage/common/database.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace sd {

Result recordExport(Workspace &workspace, const UserSession &user, const QString &what, qint64 rows,
                    bool containsPersonalData, const QString &file)
{
    const Permission needed = containsPersonalData ? Permission::ExportPersonalData : Permission::ViewOrders;
    if (!user.can(needed))
        return Result::fail(
            ErrorKind::Permission,
            QCoreApplication::translate("sd::ExportAudit", "Your role (%1) may not export this data.")
                .arg(roleLabel(user.role)));
    QSqlDatabase db = storeDatabase(workspace).connection();
    WriteTransaction tx(db);
    const QString detail = QStringLiteral("rows=%1 personal=%2 file=%3")
                               .arg(rows)
                               .arg(containsPersonalData ? 1 : 0)
                               .arg(QFileInfo(file).fileName());
    PersonalDataRead read;
    read.purpose = AccessPurpose::Export;
    read.orders = rows;
    read.filter = QStringLiteral("%1 -> %2").arg(what, QFileInfo(file).fileName());
    if (tx.isActive() && containsPersonalData) {
        const Result recorded = recordPersonalDataReadInTransaction(workspace, user, read);
        if (!recorded.ok())
            return recorded;
    }
    Result step = tx.status();
    if (step.ok())
        step = writeAudit(db, workspace.clock().nowUtc(), user.userId,
                          containsPersonalData ? AuditAction::ExportPersonal : AuditAction::Export, what,
                          QString(), detail);
    if (step.ok())
        step = tx.commit();
    if (!step.ok())
        return storageFailure(QCoreApplication::translate("sd::ExportAudit",
                                                          "The export could not be recorded, so no file was "
                                                          "written."),
                              step);
    return Result::success();
}

} // namespace sd
