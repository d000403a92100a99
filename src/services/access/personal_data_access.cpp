#include "services/access/personal_data_access.h"

#include "services/store/workspace.h"
#include "services/store/workspace_internal.h"
#include "storage/common/access_log.h"
#include "storage/common/database.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace sd {

namespace {

Result notRecorded(const QString &why)
{
    return Result::fail(ErrorKind::Storage,
                        QCoreApplication::translate("sd::PersonalDataAccess",
                                                    "Reading buyer data must be recorded, and the record "
                                                    "could not be written: %1")
                            .arg(why));
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
    QString why;
    if (!writeAccessRecord(storeDatabase(workspace).connection(), workspace.clock().nowUtc(), user.userId,
                           recordedProgramName(), read, &why))
        return notRecorded(why);
    return Result::success();
}

Result recordPersonalDataRead(Workspace &workspace, const UserSession &user, const PersonalDataRead &read)
{
    if (!user.can(Permission::ViewPersonalData) || read.orders <= 0)
        return Result::success();
    WriteTransaction tx(storeDatabase(workspace).connection());
    if (!tx.isActive())
        return notRecorded(tx.error());
    const Result written = recordPersonalDataReadInTransaction(workspace, user, read);
    if (!written.ok())
        return written;
    if (!tx.commit())
        return notRecorded(tx.error());
    return Result::success();
}

} // namespace sd
