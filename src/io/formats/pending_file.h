#pragma once
#include "core/common/result.h"

#include <QString>

namespace sd {

// A file that appears only when it is complete: everything is written to a temporary file in the
// target's own folder (same file system, so the final rename is atomic and never a copy), and
// commit() renames it over the target. Until then the target is untouched; destroying an uncommitted
// PendingFile removes the temporary file, so a cancelled or failed export leaves nothing behind.
// The temporary file is created owner-only (0600), like every file the programs create.
class PendingFile
{
public:
    explicit PendingFile(const QString &target);
    ~PendingFile();
    PendingFile(const PendingFile &) = delete;
    PendingFile &operator=(const PendingFile &) = delete;

    // False when the temporary file could not be created; errorString() says why.
    bool isValid() const { return !m_temporary.isEmpty(); }
    QString target() const { return m_target; }
    QString temporaryPath() const { return m_temporary; } // for writers that open files by name
    // Renames the temporary file over the target (replacing an older file of that name).
    bool commit();
    // Removes the temporary file now (also done by the destructor).
    void discard();
    QString errorString() const { return m_result.message; }
    // Why it failed: a translated, plain message; the file system's own words in the detail (for the log).
    const Result &result() const { return m_result; }

private:
    void fail(const QString &message, const QString &detail = QString());

    QString m_target;
    QString m_temporary;
    Result m_result;
    bool m_committed = false;
};

} // namespace sd
