#include "cli/cli_context.h"
#include "cli/cli_text.h"
#include "cli/command_registry.h"
#include "cli/exit_code.h"
#include "services/access/auth_service.h"
#include "services/demo/demo_store.h"
#include "services/store/workspace.h"

#include <QElapsedTimer>
#include <QLocale>

namespace sd {

namespace {

int runDemo(CliContext &context, const QStringList &args)
{
    CommandParser parser(QStringLiteral("demo"));
    parser.addValue(QStringLiteral("orders"), QStringLiteral("N"));
    parser.addValue(QStringLiteral("seed"), QStringLiteral("S"));
    parser.refuseArguments();
    QString error;
    if (!parser.parse(args, context.options(), &error))
        return context.fail(ErrorKind::Usage, error);

    DemoStore::Options options;
    bool ok = true;
    if (parser.isSet(QStringLiteral("orders"))) {
        options.orders = parser.value(QStringLiteral("orders")).toLongLong(&ok);
        if (!ok || options.orders < 0 || options.orders > DemoStore::kMaxOrders)
            return context.fail(ErrorKind::BadInput,
                                Cli::tr("--orders takes a number from 0 to %1.").arg(DemoStore::kMaxOrders));
    }
    if (parser.isSet(QStringLiteral("seed"))) {
        options.seed = parser.value(QStringLiteral("seed")).toUInt(&ok);
        if (!ok)
            return context.fail(ErrorKind::BadInput,
                                Cli::tr("--seed takes a whole number from 0 to 4294967295."));
    }

    if (const int code = context.open(false))
        return code;
    Workspace &ws = context.workspace();
    Output &out = context.out();
    QString createdPassword;
    bool created = false;
    UserSession master;
    if (!ws.isInitialized()) {
        // An empty database becomes the demo store, with a master whose login is printed below.
        createdPassword = qEnvironmentVariableIsSet("SELLERDESK_PASSWORD")
                              ? qEnvironmentVariable("SELLERDESK_PASSWORD")
                              : DemoStore::defaultPassword();
        const Result made = DemoStore::createStore(ws, createdPassword);
        if (!made.ok())
            return context.fail(made);
        created = true;
        const Result login = AuthService(ws).login(DemoStore::masterLogin(), createdPassword, &master);
        if (!login.ok())
            return context.fail(login);
    } else {
        if (const int code = context.login())
            return code;
        master = context.session();
    }

    const auto progress = context.progress(Cli::tr("Writing demo orders"));
    QElapsedTimer timer;
    timer.start();
    DemoStore::Summary summary;
    const Result r = DemoStore::generate(ws, master, options, progress->callback(), &summary);
    progress->finish();
    if (!r.ok())
        return context.fail(r);
    const double seconds = double(timer.elapsed()) / 1000.0;

    if (out.json()) {
        QJsonObject root{{QStringLiteral("ok"), true},
                         {QStringLiteral("orders"), summary.orders},
                         {QStringLiteral("checkouts"), summary.checkouts},
                         {QStringLiteral("products"), summary.products},
                         {QStringLiteral("seed"), qint64(options.seed)},
                         {QStringLiteral("seconds"), seconds}};
        // A password the user chose is never printed; only the demo's own documented default is.
        if (created) {
            root.insert(QStringLiteral("login"), DemoStore::masterLogin());
            if (createdPassword == DemoStore::defaultPassword())
                root.insert(QStringLiteral("password"), createdPassword);
        }
        out.printJson(root);
    } else {
        if (created) {
            out.text(Cli::tr("Created the demo store \"%1\" in %2.")
                         .arg(DemoStore::storeName(), context.databasePath()));
            if (createdPassword == DemoStore::defaultPassword())
                out.text(
                    Cli::tr("Demo login: %1  password: %2").arg(DemoStore::masterLogin(), createdPassword));
            else
                out.text(Cli::tr("Demo login: %1 with the password from SELLERDESK_PASSWORD.")
                             .arg(DemoStore::masterLogin()));
        }
        out.text(Cli::tr("Added %1 orders (%2 checkouts) and %3 products in %4 s.")
                     .arg(QLocale().toString(summary.orders), QLocale().toString(summary.checkouts))
                     .arg(summary.products)
                     .arg(seconds, 0, 'f', 1));
    }
    return ExitDone;
}

const CommandRegistration kDemo(
    {"demo", QT_TRANSLATE_NOOP("sd::Cli", "fill the database with a demo store (creates it when empty)"),
     QT_TRANSLATE_NOOP("sd::Cli", "[--orders N] [--seed S]"),
     QT_TRANSLATE_NOOP(
         "sd::Cli", "Adds realistic orders of the last 90 days on every channel and in every status. An "
                    "empty or new database becomes the demo store first, with the master account \"demo\" "
                    "and the password from SELLERDESK_PASSWORD, else the documented default (then printed).\n"
                    "On an existing store it runs as the master named with --user.\n"
                    "\n"
                    "  --orders N  how many product orders to add (default 500)\n"
                    "  --seed S    the same seed and date give the same orders (default 1)\n"
                    "\n"
                    "Progress is shown on stderr when it is a terminal."),
     &runDemo});

} // namespace

} // namespace sd
