#pragma once
#include <QString>

namespace sd {

// What went wrong, in the categories the CLI turns into exit codes (2 usage, 3 auth/permission,
// 4 bad input, 5 business rule, 6 storage/other).
enum class ErrorKind { None, Usage, Auth, Permission, BadInput, Rule, Storage };

// The one result type of storage, io and services. `message` is for the user (translated, plain: what
// failed and that nothing was changed); `detail` is for the log only (the driver's text, the statement,
// a file offset) and never reaches the screen: services turn a storage failure into a message with
// storageFailure() (services/common/app_log.h), which writes the detail to the log.
struct Result
{
    ErrorKind kind = ErrorKind::None;
    QString message;
    QString detail;

    bool ok() const { return kind == ErrorKind::None; }
    explicit operator bool() const { return ok(); }
    static Result success() { return {}; }
    static Result fail(ErrorKind k, const QString &msg, const QString &detail = QString())
    {
        return {k, msg, detail};
    }
    // A storage failure with the driver's text for the log.
    static Result storage(const QString &msg, const QString &detail)
    {
        return {ErrorKind::Storage, msg, detail};
    }
    // The same failure under the caller's own message, keeping what the log needs.
    Result as(const QString &msg) const { return {kind, msg, detail.isEmpty() ? message : detail}; }
};

} // namespace sd
