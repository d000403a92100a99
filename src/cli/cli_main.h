#pragma once
#include <QStringList>

class QCoreApplication;

namespace sd {

class Clock;

// The whole program: sets up the application object, checks the raw arguments (every byte must be
// UTF-8) and runs the command line. `clock` is the program's only source of "now".
int cliMain(int argc, char *argv[], const Clock &clock);

// Runs one sellerdesk-cli command line (without the program name); returns the exit code.
int runCli(QCoreApplication &app, const QStringList &arguments, const Clock &clock);

} // namespace sd
