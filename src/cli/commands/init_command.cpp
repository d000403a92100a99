#include "cli/cli_context.h"
#include "cli/cli_text.h"
#include "cli/command_registry.h"
#include "cli/commands/order_filter_options.h"
#include "cli/exit_code.h"
#include "core/orders/channel.h"
#include "services/store/setup_service.h"
#include "services/store/workspace.h"

#include <QFile>
#include <QFileInfo>

namespace sd {

namespace {

// A failed `init` leaves no new file behind: the database is removed if this run created it.
void removeNewDatabase(CliContext &context, bool existed)
{
    if (existed)
        return;
    const QString path = context.databasePath();
    context.close();
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(path + QLatin1String(suffix));
}

int runInit(CliContext &context, const QStringList &args)
{
    CommandParser parser(QStringLiteral("init"));
    for (const char *name : {"store", "business-no", "master", "master-name", "channels"})
        parser.addValue(QLatin1String(name), QStringLiteral("value"));
    parser.refuseArguments();
    QString error;
    if (!parser.parse(args, context.options(), &error))
        return context.fail(ErrorKind::Usage, error);
    for (const char *name : {"store", "business-no", "master"}) {
        if (!parser.isSet(QLatin1String(name)))
            return context.fail(ErrorKind::Usage, Cli::tr("init needs --%1.").arg(QLatin1String(name)));
    }

    StoreSetup setup;
    setup.storeName = parser.value(QStringLiteral("store"));
    setup.businessNo = parser.value(QStringLiteral("business-no"));
    setup.masterLogin = parser.value(QStringLiteral("master")).trimmed();
    setup.masterName = parser.isSet(QStringLiteral("master-name"))
                           ? parser.value(QStringLiteral("master-name"))
                           : setup.masterLogin;
    if (parser.isSet(QStringLiteral("channels"))) {
        const QStringList names =
            parser.value(QStringLiteral("channels")).split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (const QString &name : names) {
            Channel channel{};
            if (const int code = readChannel(context, name, &channel))
                return code;
            if (!setup.channels.contains(channel))
                setup.channels.append(channel);
        }
    } else {
        setup.channels = allChannels();
    }

    const bool existed = QFileInfo::exists(context.databasePath());
    if (const int code = context.open(false))
        return code;
    if (context.workspace().isInitialized()) {
        removeNewDatabase(context, existed);
        return context.fail(ErrorKind::Rule,
                            Cli::tr("This database already holds a store; nothing was changed."));
    }
    // Check everything but the password before asking for it.
    SetupService service(context.workspace());
    StoreSetup probe = setup;
    probe.password = probe.passwordRepeat = QStringLiteral("probe-password-1");
    Result check = service.validate(probe);
    if (check.ok()) {
        QString why;
        const auto password = context.password(true, &why);
        if (!password) {
            removeNewDatabase(context, existed);
            return context.fail(ErrorKind::BadInput, why);
        }
        setup.password = setup.passwordRepeat = *password;
        check = service.initialize(setup);
    }
    if (!check.ok()) {
        removeNewDatabase(context, existed);
        return context.fail(check);
    }
    Output &out = context.out();
    if (out.json()) {
        out.printJson(QJsonObject{{QStringLiteral("ok"), true},
                                  {QStringLiteral("store"), setup.storeName.trimmed()},
                                  {QStringLiteral("login"), setup.masterLogin},
                                  {QStringLiteral("database"), context.databasePath()}});
    } else {
        out.text(Cli::tr("The store \"%1\" is set up in %2. Log in as %3.")
                     .arg(setup.storeName.trimmed(), context.databasePath(), setup.masterLogin));
    }
    return ExitDone;
}

const CommandRegistration kInit(
    {"init", QT_TRANSLATE_NOOP("sd::Cli", "set up a new store and its master account"),
     QT_TRANSLATE_NOOP("sd::Cli",
                       "--store NAME --business-no NNN-NN-NNNNN --master LOGIN [--master-name NAME] "
                       "[--channels NAVER,KAKAO,TALK_CHECKOUT]"),
     QT_TRANSLATE_NOOP("sd::Cli",
                       "Creates the store in a new or empty database (--db) with its 마스터 account. The "
                       "password comes from SELLERDESK_PASSWORD or is asked for twice. When anything is "
                       "refused, a database this command created is removed again.\n"
                       "\n"
                       "  --store NAME          the store's name (상호)\n"
                       "  --business-no NUMBER  the business registration number (사업자등록번호), checked\n"
                       "  --master LOGIN        the master's login name\n"
                       "  --master-name NAME    the master's display name (default: the login)\n"
                       "  --channels LIST       the channels sold on, comma-separated (default: all)"),
     &runInit});

} // namespace

} // namespace sd
