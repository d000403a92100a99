#pragma once
#include <QString>
#include <optional>

namespace sd {

// Reads a password typed at the terminal without showing it (termios on POSIX, the console mode on
// Windows). When standard input is not a terminal, one line is read from it (for scripts that pipe
// the password in). nullopt at end of input.
std::optional<QString> readPassword(const QString &prompt);

} // namespace sd
