#include "cli/cli_main.h"

#include "cli/cli_context.h"
#include "cli/cli_text.h"
#include "cli/commands.h"
#include "cli/exit_code.h"
#include "services/language.h"

#include <QCoreApplication>
#include <cstdio>

namespace sd {

int runCli(QCoreApplication &app, const QStringList &arguments)
{
    // The system's language until the store's own choice is known (after the database is open).
    installTranslations(app, QStringLiteral("system"));
    const CommandLine cl = parseCommandLine(arguments);
    CliContext context(app, cl.global);
    Output &out = context.out();
    if (!cl.error.isEmpty()) {
        out.message(cl.error);
        return ExitUsage;
    }
    if (cl.version) {
        std::printf("sellerdesk-cli %s\n", qPrintable(QCoreApplication::applicationVersion()));
        return ExitDone;
    }
    const QString command = cl.command.value(0);
    if (cl.help || command == QLatin1String("help")) {
        std::fputs(usageText().toUtf8().constData(), stdout);
        return ExitDone;
    }
    if (command.isEmpty()) {
        std::fputs(usageText().toUtf8().constData(), stderr);
        return ExitUsage;
    }
    const QStringList args = cl.command.mid(1);
    if (command == QLatin1String("init"))
        return runInit(context, args);
    if (command == QLatin1String("demo"))
        return runDemo(context, args);
    if (command == QLatin1String("list"))
        return runList(context, args);
    if (command == QLatin1String("order"))
        return runOrder(context, args);
    out.message(Cli::tr("Unknown command \"%1\". See \"sellerdesk-cli --help\".").arg(command));
    return ExitUsage;
}

} // namespace sd
