#pragma once
#include "core/result.h"

namespace sd {

// sellerdesk-cli exit codes. 4 and 5 always mean that nothing was written.
enum CliExit {
    ExitDone = 0,
    ExitUsage = 2,    // wrong command line
    ExitDenied = 3,   // login failed or permission denied
    ExitBadInput = 4, // a value is not valid (unknown order, bad tracking number ...)
    ExitRefused = 5,  // refused by a business rule (already confirmed, duplicate tracking number ...)
    ExitStorage = 6,  // storage error (database cannot be opened or written)
};

inline int exitCodeFor(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::None:
        return ExitDone;
    case ErrorKind::Usage:
        return ExitUsage;
    case ErrorKind::Auth:
    case ErrorKind::Permission:
        return ExitDenied;
    case ErrorKind::BadInput:
        return ExitBadInput;
    case ErrorKind::Rule:
        return ExitRefused;
    case ErrorKind::Storage:
        return ExitStorage;
    }
    return ExitStorage;
}

} // namespace sd
