#pragma once
#include <QStringList>

namespace sd {

class CliContext;

// One function per command group; `args` are the words after the command name. Each returns the
// process exit code (see exit_code.h).
int runInit(CliContext &context, const QStringList &args);
int runDemo(CliContext &context, const QStringList &args);
int runList(CliContext &context, const QStringList &args);
int runOrder(CliContext &context, const QStringList &args);
int runExport(CliContext &context, const QStringList &args);

} // namespace sd
