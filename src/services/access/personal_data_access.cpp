#include "services/access/personal_data_access.h"

#include "services/common/app_log.h"
#include "services/store/workspace.h"
#include "services/store/workspace_internal.h"
#include "storage/common/access_log.h"
#include "storage/common/database.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace sd {

namespace {

Result notRecorded(const Result &cause)
{
    return storageFailure(QCoreApplication::translate("sd::PersonalDataAccess",
                                                      "Reading buyer data must be recorded, and the record "
                                                      "could not be written, so nothing was shown."),
                          cause);
}

} // namespace

QString recordedProgramName()
{
    const QString path = QCoreApplication::applicationFilePath();
    return path.isEmpty() ? QStringLiteral("unknown") : QFileInfo(path).completeBaseName();
}

Result recordPersonalDataReadInTransaction(Workspace &workspace, const UserSession &user,
                                           const PersonalDataRead &read)
{
    if (!user.can(Permission::ViewPersonalData) || read.orders <= 0)
        return Result::success();
    const Result written =
        writeAccessRecord(storeDatabase(workspace).connection(), workspace.clock().nowUtc(), user.userId,
                          recordedProgramName(), read);
    return written.ok() ? written : notRecorded(written);
}

Result recordPersonalDataRead(Workspace &workspace, const UserSession &user, const PersonalDataRead &read)
{
    if (!user.can(Permission::ViewPersonalData) || read.orders <= 0)
        return Result::success();
    WriteTransaction tx(storeDatabase(workspace).connection());
    if (!tx.isActive())
        return notRecorded(tx.status());
    const Result written = recordPersonalDataReadInTransaction(workspace, user, read);
    if (!written.ok())
        return written;
    if (const Result committed = tx.commit(); !committed.ok())
        return notRecorded(committed);
    return Result::success();
}

} // namespace sd
