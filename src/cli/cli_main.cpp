#include "cli/cli_main.h"

#include "cli/cli_context.h"
#include "cli/cli_text.h"
#include "cli/command_registry.h"
#include "cli/exit_code.h"
#include "cli/output.h"
#include "services/common/app_log.h"
#include "services/common/file_privacy.h"
#include "services/common/language.h"

#include <QCoreApplication>
#include <QStringDecoder>
#include <cstdio>
#include <cstring>

#ifdef Q_OS_WIN
#include <windows.h>
#endif

namespace sd {

namespace {

// On Windows the arguments arrive as UTF-16 from the system; elsewhere they are bytes, and Qt would
// turn bytes that are not UTF-8 into U+FFFD, which would then be stored. Such an argument is refused,
// naming the option it belongs to.
QString nonUtf8Argument(int argc, char *argv[])
{
#ifdef Q_OS_WIN
    Q_UNUSED(argc);
    Q_UNUSED(argv);
    return {};
#else
    for (int i = 1; i < argc; ++i) {
        QStringDecoder decoder(QStringDecoder::Utf8, QStringConverter::Flag::Stateless);
        // decode() is lazy: the text must be made for the decoder to see the bytes.
        [[maybe_unused]] const QString text =
            decoder.decode(QByteArrayView(argv[i], qsizetype(std::strlen(argv[i]))));
        if (!decoder.hasError())
            continue;
        const auto optionName = [](const char *arg) {
            const QString s = QString::fromUtf8(arg);
            return s.startsWith(QLatin1String("--")) ? s.section(QLatin1Char('='), 0, 0) : QString();
        };
        QString option = optionName(argv[i]);
        if (option.isEmpty() && i > 1)
            option = optionName(argv[i - 1]);
        if (!option.isEmpty())
            return Cli::tr("The value of %1 is not valid UTF-8 text. Check the terminal's character "
                           "encoding.")
                .arg(option);
        return Cli::tr("Argument %1 is not valid UTF-8 text. Check the terminal's character encoding.")
            .arg(i);
    }
    return {};
#endif
}

} // namespace

int cliMain(int argc, char *argv[], const Clock &clock)
{
    // Everything SellerDesk creates is for the user only, from its first byte.
    restrictNewFilesToOwner();
#ifdef Q_OS_WIN
    // Our output is UTF-8; tell the console so Hangul shows.
    SetConsoleOutputCP(CP_UTF8);
#endif
    QCoreApplication app(argc, argv);
    // Same names as the GUI, so both find the same default database.
    QCoreApplication::setOrganizationName(QStringLiteral("SellerDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("SellerDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SELLERDESK_VERSION));
    AppLog::install();
    const QString badArgument = nonUtf8Argument(argc, argv);
    if (!badArgument.isEmpty()) {
        installTranslations(app, QStringLiteral("system"));
        Output out(QCoreApplication::arguments().contains(QLatin1String("--json")));
        out.message(badArgument);
        if (out.json())
            out.printJson(Output::errorJson(CliError::Usage, badArgument));
        return ExitUsage;
    }
    return runCli(app, QCoreApplication::arguments().mid(1), clock);
}

int runCli(QCoreApplication &app, const QStringList &arguments, const Clock &clock)
{
    // The system's language until the store's own choice is known (after the database is open).
    installTranslations(app, QStringLiteral("system"));
    const CommandLine cl = parseCommandLine(arguments);
    CliContext context(app, cl.global, clock);
    if (!cl.error.isEmpty()) {
        // A script that asked for JSON gets the error as JSON, wherever on the line it asked.
        context.options().json = context.options().json || arguments.contains(QLatin1String("--json"));
        return context.fail(CliError::Usage, cl.error);
    }
    if (cl.version) {
        std::printf("sellerdesk-cli %s\n", qPrintable(QCoreApplication::applicationVersion()));
        return ExitDone;
    }
    return CommandRegistry::instance().run(context, cl.command, cl.help);
}

} // namespace sd
