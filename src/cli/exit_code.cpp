#include "cli/exit_code.h"

#include "cli/cli_text.h"

#include <QCoreApplication>

namespace sd {

namespace {

const char *const kDoneMeaning = QT_TRANSLATE_NOOP("sd::Cli", "done");

} // namespace

const QList<CliErrorInfo> &cliErrorTable()
{
    static const QList<CliErrorInfo> table = {
        {CliError::Usage, ExitUsage, "usage",
         QT_TRANSLATE_NOOP("sd::Cli",
                           "the command line is wrong (an unknown command or option, a missing value)")},
        {CliError::LoginFailed, ExitDenied, "login_failed",
         QT_TRANSLATE_NOOP("sd::Cli", "login failed or permission denied")},
        {CliError::PermissionDenied, ExitDenied, "permission_denied",
         QT_TRANSLATE_NOOP("sd::Cli", "login failed or permission denied")},
        {CliError::BadInput, ExitBadInput, "bad_input",
         QT_TRANSLATE_NOOP("sd::Cli",
                           "bad input (an unknown order, a malformed value); nothing was written")},
        {CliError::Refused, ExitRefused, "refused",
         QT_TRANSLATE_NOOP("sd::Cli", "refused by a business rule; nothing was written")},
        {CliError::Storage, ExitStorage, "storage",
         QT_TRANSLATE_NOOP("sd::Cli", "storage error (the database cannot be opened, read or written)")},
        {CliError::Partial, ExitPartial, "partial",
         QT_TRANSLATE_NOOP("sd::Cli", "partly done; what was not done is listed")},
        {CliError::CheckFailed, ExitCheckFailed, "check_failed",
         QT_TRANSLATE_NOOP("sd::Cli", "a check found problems (they are listed)")},
    };
    return table;
}

const CliErrorInfo &cliErrorInfo(CliError error)
{
    for (const CliErrorInfo &info : cliErrorTable()) {
        if (info.error == error)
            return info;
    }
    Q_UNREACHABLE();
    return cliErrorTable().first();
}

CliError cliErrorFor(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::Usage:
        return CliError::Usage;
    case ErrorKind::Auth:
        return CliError::LoginFailed;
    case ErrorKind::Permission:
        return CliError::PermissionDenied;
    case ErrorKind::BadInput:
        return CliError::BadInput;
    case ErrorKind::Rule:
        return CliError::Refused;
    case ErrorKind::None: // not an error: a caller that fails without a kind has hit a bug
    case ErrorKind::Storage:
        return CliError::Storage;
    }
    return CliError::Storage;
}

int exitCodeFor(ErrorKind kind)
{
    return kind == ErrorKind::None ? int(ExitDone) : int(cliErrorInfo(cliErrorFor(kind)).exit);
}

QString exitCodeMeaning(int exit)
{
    if (exit == ExitDone)
        return QCoreApplication::translate("sd::Cli", kDoneMeaning);
    for (const CliErrorInfo &info : cliErrorTable()) {
        if (int(info.exit) == exit)
            return QCoreApplication::translate("sd::Cli", info.meaning);
    }
    return {};
}

QString exitCodeHelp()
{
    QStringList lines{QStringLiteral("  0  ") + exitCodeMeaning(ExitDone)};
    int last = ExitDone;
    for (const CliErrorInfo &info : cliErrorTable()) {
        if (int(info.exit) == last) // 3 is both a failed login and a missing permission
            continue;
        last = int(info.exit);
        lines << QStringLiteral("  %1  %2").arg(last).arg(exitCodeMeaning(last));
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace sd
