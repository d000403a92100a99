#pragma once
#include "core/common/result.h"

#include <QList>
#include <QString>

namespace sd {

// sellerdesk-cli exit codes: the one table every command uses (README.md, "Command line", lists it).
// 4 and 5 always mean that nothing was written.
enum CliExit {
    ExitDone = 0,
    ExitUsage = 2,    // wrong command line
    ExitDenied = 3,   // login failed or permission denied
    ExitBadInput = 4, // a value is not valid (unknown order, bad tracking number ...); nothing written
    ExitRefused =
        5, // refused by a business rule (already confirmed, duplicate tracking ...); nothing written
    ExitStorage = 6,     // storage error (database cannot be opened or written)
    ExitPartial = 7,     // partly done: what was not done is listed
    ExitCheckFailed = 8, // a check ran and found problems (a lint, a verification)
};

// Every way a command can fail. Each has one exit code and one stable machine word, the "code" of
// the JSON error object ({"code": "bad_input", "message": "...", "exit": 4}).
enum class CliError {
    Usage,
    LoginFailed,
    PermissionDenied,
    BadInput,
    Refused,
    Storage,
    Partial,
    CheckFailed
};

struct CliErrorInfo
{
    CliError error;
    CliExit exit;
    const char *code;    // machine word, never translated
    const char *meaning; // source text (context "sd::Cli"); see exitCodeMeaning()
};

// The table, in the order of the exit codes.
const QList<CliErrorInfo> &cliErrorTable();
const CliErrorInfo &cliErrorInfo(CliError error);

// The one mapping from the services' ErrorKind to the CLI's errors. ErrorKind::None is not an error.
CliError cliErrorFor(ErrorKind kind);
// ExitDone for ErrorKind::None, else the exit code of cliErrorFor(kind).
int exitCodeFor(ErrorKind kind);

// "0 done", "4 bad input, nothing written" ...: translated, for the help text.
QString exitCodeMeaning(int exit);
// The table as help text: one line per exit code (translated).
QString exitCodeHelp();

} // namespace sd
