#pragma once
#include "core/common/result.h"

#include <QLockFile>
#include <QString>
#include <memory>

namespace sd {

// One running SellerDesk per database file. A lock left by a crashed process is detected
// (its process no longer runs) and taken over.
class InstanceLock
{
public:
    explicit InstanceLock(const QString &databasePath);
    ~InstanceLock();

    // False when another live process holds the lock; `error` then names it (translated).
    Result acquire();
    QString lockFilePath() const { return m_path; }

private:
    QString m_path;
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace sd
