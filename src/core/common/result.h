#pragma once
#include <QString>

namespace sd {

// What went wrong, in the categories the CLI turns into exit codes (2 usage, 3 auth/permission,
// 4 bad input, 5 business rule, 6 storage/other).
enum class ErrorKind { None, Usage, Auth, Permission, BadInput, Rule, Storage };

struct Result
{
    ErrorKind kind = ErrorKind::None;
    QString message; // translated, for the user

    bool ok() const { return kind == ErrorKind::None; }
    static Result success() { return {}; }
    static Result fail(ErrorKind k, const QString &msg) { return {k, msg}; }
};

} // namespace sd
