#include "storage/common/instance_lock.h"

#include "storage/common/database.h"

#include <QCoreApplication>
#include <QDir>

namespace sd {

InstanceLock::InstanceLock(const QString &databasePath)
    : m_path(databasePath + QStringLiteral(".lock")), m_lock(std::make_unique<QLockFile>(m_path))
{
    // Never treat a live holder's lock as stale because of its age; a dead holder is detected by PID.
    m_lock->setStaleLockTime(0);
}

InstanceLock::~InstanceLock() = default;

Result InstanceLock::acquire()
{
    if (m_lock->tryLock(0)) {
        restrictToOwner(m_path);
        return Result::success();
    }
    qint64 pid = 0;
    QString host, app;
    if (m_lock->error() == QLockFile::LockFailedError && m_lock->getLockInfo(&pid, &host, &app))
        return Result::fail(ErrorKind::Storage,
                            QCoreApplication::translate("sd::InstanceLock",
                                                        "This store is already open in another SellerDesk "
                                                        "(%1, process %2 on %3). Close it first.")
                                .arg(app.isEmpty() ? QStringLiteral("SellerDesk") : app)
                                .arg(pid)
                                .arg(host));
    return Result::fail(ErrorKind::Storage,
                        QCoreApplication::translate("sd::InstanceLock", "The lock file %1 cannot be created.")
                            .arg(QDir::toNativeSeparators(m_path)));
}

} // namespace sd
