#include "io/formats/pending_file.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>
#include <cstdio>

#ifdef Q_OS_WIN
#include <windows.h>
#endif

namespace sd {

PendingFile::PendingFile(const QString &target) : m_target(QFileInfo(target).absoluteFilePath())
{
    const QFileInfo info(m_target);
    if (!info.absoluteDir().exists()) {
        fail(QCoreApplication::translate("sd::PendingFile", "The folder %1 does not exist.")
                      .arg(QDir::toNativeSeparators(info.absolutePath())));
        return;
    }
    if (info.isDir()) {
        fail(QCoreApplication::translate("sd::PendingFile", "%1 is a folder, not a file name.")
                      .arg(QDir::toNativeSeparators(m_target)));
        return;
    }
    // A hidden name beside the target: QTemporaryFile creates it 0600 and with a unique name.
    QTemporaryFile file(info.absoluteDir().filePath(QStringLiteral(".%1.XXXXXX.part").arg(info.fileName())));
    file.setAutoRemove(false);
    if (!file.open()) {
        fail(QCoreApplication::translate("sd::PendingFile", "Cannot write in the folder %1.")
                 .arg(QDir::toNativeSeparators(info.absolutePath())),
             file.errorString());
        return;
    }
    m_temporary = file.fileName();
    file.close();
}

void PendingFile::fail(const QString &message, const QString &detail)
{
    m_result = Result::fail(ErrorKind::Storage, message, detail);
}

PendingFile::~PendingFile()
{
    discard();
}

void PendingFile::discard()
{
    if (!m_committed && !m_temporary.isEmpty())
        QFile::remove(m_temporary);
    m_temporary.clear();
}

bool PendingFile::commit()
{
    if (m_temporary.isEmpty()) {
        if (m_result.ok())
            fail(QCoreApplication::translate("sd::PendingFile", "The file was not written."));
        return false;
    }
    // QFile::rename refuses to replace an existing file; the platform's own rename replaces it in
    // one step, so a reader sees the old file or the new one, never a missing or half one.
#ifdef Q_OS_WIN
    const bool ok =
        MoveFileExW(reinterpret_cast<const wchar_t *>(QDir::toNativeSeparators(m_temporary).utf16()),
                    reinterpret_cast<const wchar_t *>(QDir::toNativeSeparators(m_target).utf16()),
                    MOVEFILE_REPLACE_EXISTING) != 0;
#else
    const bool ok =
        std::rename(QFile::encodeName(m_temporary).constData(), QFile::encodeName(m_target).constData()) == 0;
#endif
    if (!ok) {
        fail(QCoreApplication::translate("sd::PendingFile", "The file %1 could not be saved.")
                 .arg(QDir::toNativeSeparators(m_target)),
             qt_error_string()); // errno, or GetLastError() on Windows
        return false;
    }
    m_committed = true;
    m_temporary.clear();
    return true;
}

} // namespace sd
