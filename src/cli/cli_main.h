#pragma once
#include <QStringList>

class QCoreApplication;

namespace sd {

// Runs one sellerdesk-cli command line (without the program name); returns the exit code.
int runCli(QCoreApplication &app, const QStringList &arguments);

} // namespace sd
