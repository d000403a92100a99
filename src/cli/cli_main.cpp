#include "cli/cli_main.h"

#include "cli/cli_context.h"
#include "cli/cli_text.h"
#include "cli/commands.h"
#include "cli/exit_code.h"
#include "services/file_privacy.h"
#include "services/language.h"

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
    const QString badArgument = nonUtf8Argument(argc, argv);
    if (!badArgument.isEmpty()) {
        installTranslations(app, QStringLiteral("system"));
        std::fputs((badArgument + QLatin1Char('\n')).toUtf8().constData(), stderr);
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
    if (command == QLatin1String("export"))
        return runExport(context, args);
    out.message(Cli::tr("Unknown command \"%1\". See \"sellerdesk-cli --help\".").arg(command));
    return ExitUsage;
}

} // namespace sd
