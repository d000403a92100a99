#pragma once
#include "core/common/result.h"

#include <QString>

namespace sd {

// The log: Qt's message handler writes every qDebug/qInfo/qWarning/qCritical (our `sd.*` categories and
// Qt's own) to `<data folder>/logs/sellerdesk.log`, one line each (UTC time, level, category, program and
// process id, message). The file is the user's only (0600 in a 0700 folder); at kMaxBytes it is rotated
// (sellerdesk.log.1 … .kKeptFiles, the oldest dropped), under a lock file so the GUI and a CLI run can
// share it. Phone numbers and e-mail addresses are scrubbed from every line before it is written.
// A log that cannot be written never stops the program: messages then go to stderr as before.
class AppLog
{
public:
    static constexpr qint64 kMaxBytes = 1024 * 1024;
    static constexpr int kKeptFiles = 5;

    // Installs the handler (once per process). `folder` empty = the platform's data folder + "/logs".
    static bool install(const QString &folder = QString());
    static void uninstall();
    static QString defaultFolder();
    static QString filePath(); // of the installed log; empty when none
    // What the log writes instead of `text`: phone numbers (010-1234-5678, 01012345678, 02-123-4567)
    // and e-mail addresses replaced. Pure, for tests.
    static QString scrub(const QString &text);
};

// A storage failure as the user sees it: `message` (plain, translated: what failed and that nothing was
// changed) and a pointer to the log, while `detail` (the driver's text, the statement) goes to the log
// only. Every service reports storage failures through this.
Result storageFailure(const QString &message, const QString &detail);
// The same for a failed storage call: its detail (or, when it has none, its message) goes to the log.
Result storageFailure(const QString &message, const Result &cause);

} // namespace sd
