// The command registry of sellerdesk-cli, run as a real process: every command is listed and has its own
// help, unknown commands name the nearest one, the exit-code table (and every code reachable today),
// --json error objects, and progress shown only on a terminal.
#include "cli_runner.h"
#include "result_support.h"
#include "services/access/password_hash.h"
#include "storage/common/database.h"
#include "storage/common/user_repository.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <stdlib.h>
#include <unistd.h>
#endif

using namespace sd;
using sd::test::CliEnv;
using sd::test::CliRun;
using sd::test::Store;

namespace {

// Every command the program has today, as `--help` must list them.
const QStringList kCommands = {
    QStringLiteral("backup"),
    QStringLiteral("restore"),
    QStringLiteral("export orders"),
    QStringLiteral("export dispatch-template"),
    QStringLiteral("import orders"),
    QStringLiteral("import dispatch"),
    QStringLiteral("profile list"),
    QStringLiteral("profile show"),
    QStringLiteral("inspect"),
    QStringLiteral("audit list"),
    QStringLiteral("demo"),
    QStringLiteral("init"),
    QStringLiteral("list orders"),
    QStringLiteral("order show"),
    QStringLiteral("order confirm"),
    QStringLiteral("order dispatch"),
    QStringLiteral("order fix-tracking"),
    QStringLiteral("order deliver"),
    QStringLiteral("order decide"),
    QStringLiteral("order delay"),
    QStringLiteral("order auto-decide"),
};

QStringList words(const QString &command)
{
    return command.split(QLatin1Char(' '));
}

// The command names in the "Commands:" block of a help text.
QStringList listedCommands(const QString &help)
{
    QStringList names;
    bool inList = false;
    for (const QString &line : help.split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("Commands:"))) {
            inList = true;
            continue;
        }
        if (!inList)
            continue;
        if (!line.startsWith(QLatin1String("  ")))
            break;
        const QStringList parts = line.trimmed().split(QStringLiteral("  "), Qt::SkipEmptyParts);
        names << parts.first();
    }
    return names;
}

} // namespace

class TestCliCommands : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;

    CliRun cli(const QStringList &args, const CliEnv &env = {}, const sd::test::CliCall &base = {})
    {
        sd::test::CliCall call = base;
        call.env.insert(QStringLiteral("SELLERDESK_TEST_NOW"), QStringLiteral("2024-05-13T01:00:00Z"));
        for (auto it = env.begin(); it != env.end(); ++it)
            call.env.insert(it.key(), it.value());
        return sd::test::runProgram(m_dir.path(), args, call);
    }
    CliRun demoCli(const QStringList &args, const CliEnv &env = {})
    {
        return cli(
            QStringList{QStringLiteral("--db"), m_db, QStringLiteral("--user"), QStringLiteral("demo")} +
                args,
            env);
    }
    QString pick(const QString &sql) const { return Store(m_db, Store::ReadOnly).value(sql).toString(); }

    // A JSON error object on stdout that agrees with the exit code; returns its "code".
    static QString checkErrorObject(const CliRun &r, const QString &what)
    {
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &parseError);
        if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
            qWarning("%s: stdout is no JSON object: %s", qPrintable(what), qPrintable(r.out));
            return {};
        }
        const QJsonObject o = doc.object();
        if (o.value(QStringLiteral("exit")).toInt(-1) != r.code) {
            qWarning("%s: \"exit\" %d but the process exited %d", qPrintable(what),
                     o.value(QStringLiteral("exit")).toInt(-1), r.code);
            return {};
        }
        if (o.value(QStringLiteral("message")).toString().trimmed().isEmpty()) {
            qWarning("%s: no message", qPrintable(what));
            return {};
        }
        return o.value(QStringLiteral("code")).toString();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("demo.sqlite"));
        const CliRun r =
            cli({QStringLiteral("--db"), m_db, QStringLiteral("demo"), QStringLiteral("--orders"),
                 QStringLiteral("60"), QStringLiteral("--seed"), QStringLiteral("4")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        // An account that may look at orders but not process them.
        QString error;
        auto database = keepMessage(&error, [&](sd::Result *r) { return Database::open(m_db, r); });
        QVERIFY2(database, qPrintable(error));
        UserRecord u;
        u.login = QStringLiteral("finance");
        u.displayName = QStringLiteral("재무 담당");
        u.role = Role::Finance;
        u.passwordHash = hashPassword(QStringLiteral("money2024!"));
        WriteTransaction tx(database->connection());
        QVERIFY(
            okOr(UserRepository(database->connection()).insert(u, QDateTime::currentDateTimeUtc()), &error));
        QVERIFY(tx.commit());
    }

    // The overview lists every command (a command file the linker dropped would be missing here).
    void helpListsEveryCommand()
    {
        for (const QStringList &args :
             {QStringList{QStringLiteral("--help")}, QStringList{QStringLiteral("help")},
              QStringList{QStringLiteral("-h")}}) {
            const CliRun r = cli(args);
            QCOMPARE(r.code, 0);
            QVERIFY(r.err.isEmpty());
            QVERIFY2(r.out.startsWith(QLatin1String("Usage: sellerdesk-cli")), qPrintable(r.out));
            QStringList listed = listedCommands(r.out);
            QStringList expected = kCommands;
            listed.sort();
            expected.sort();
            QCOMPARE(listed, expected);
        }
        // Without a command, the overview goes to stderr and it is a usage error.
        const CliRun none = cli({});
        QCOMPARE(none.code, 2);
        QVERIFY(none.out.isEmpty());
        QVERIFY(none.err.contains(QLatin1String("order dispatch")));
    }

    // Each command has its own help, the same with --help anywhere after its name and with "help",
    // and asking for it opens no database.
    void eachCommandHasItsOwnHelp()
    {
        const QString db = m_dir.filePath(QStringLiteral("never.sqlite"));
        QSet<QString> texts;
        for (const QString &command : kCommands) {
            const CliRun r = cli(QStringList{QStringLiteral("--db"), db} + words(command) +
                                 QStringList{QStringLiteral("--help")});
            QVERIFY2(r.code == 0, qPrintable(command + QStringLiteral(": ") + r.err));
            QVERIFY2(r.out.startsWith(QStringLiteral("Usage: sellerdesk-cli %1").arg(command)),
                     qPrintable(r.out));
            QVERIFY2(!r.out.contains(QLatin1String("Commands:")), qPrintable(r.out)); // not the overview
            texts.insert(r.out);
            QCOMPARE(cli(QStringList{QStringLiteral("help")} + words(command)).out, r.out);
            QCOMPARE(cli(QStringList{QStringLiteral("--help")} + words(command)).out, r.out);
        }
        QCOMPARE(texts.size(), kCommands.size());
        QVERIFY(!QFile::exists(db));
        // The options of a command are in its help.
        const QString dispatch =
            cli({QStringLiteral("order"), QStringLiteral("dispatch"), QStringLiteral("--help")}).out;
        QVERIFY(dispatch.contains(QLatin1String("--courier")) &&
                dispatch.contains(QLatin1String("--tracking")));
        // --help after the arguments still asks for help and runs nothing.
        const QString id = pick(QStringLiteral("SELECT product_order_no FROM orders WHERE status = 'NEW'"));
        const QByteArray before = Store(m_db, Store::ReadOnly).dump();
        const CliRun late =
            demoCli({QStringLiteral("order"), QStringLiteral("confirm"), id, QStringLiteral("--help")});
        QCOMPARE(late.code, 0);
        QVERIFY(late.out.startsWith(QLatin1String("Usage: sellerdesk-cli order confirm")));
        QCOMPARE(Store(m_db, Store::ReadOnly).dump(), before);
    }

    void groupHelpListsTheGroup()
    {
        const CliRun r = cli({QStringLiteral("order"), QStringLiteral("--help")});
        QCOMPARE(r.code, 0);
        QStringList expected;
        for (const QString &c : kCommands) {
            if (c.startsWith(QLatin1String("order ")))
                expected << c;
        }
        QCOMPARE(listedCommands(r.out), expected); // in an order's life: show, confirm, dispatch ...
        QCOMPARE(cli({QStringLiteral("help"), QStringLiteral("order")}).out, r.out);
        QCOMPARE(listedCommands(cli({QStringLiteral("list"), QStringLiteral("--help")}).out),
                 QStringList{QStringLiteral("list orders")});
        // A group without its command is a usage error that names the group's commands.
        const CliRun bare = cli({QStringLiteral("order")});
        QCOMPARE(bare.code, 2);
        QVERIFY2(bare.err.contains(QLatin1String("confirm")) &&
                     bare.err.contains(QLatin1String("auto-decide")),
                 qPrintable(bare.err));
    }

    void unknownCommandsNameTheNearest_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("meant"); // empty: nothing is obviously meant
        QTest::newRow("typo") << QStringList{QStringLiteral("dmeo")} << QStringLiteral("demo");
        QTest::newRow("swapped letters")
            << QStringList{QStringLiteral("lsit"), QStringLiteral("orders")} << QStringLiteral("list orders");
        QTest::newRow("group typo") << QStringList{QStringLiteral("ordr"), QStringLiteral("confirm"),
                                                   QStringLiteral("1")}
                                    << QStringLiteral("order confirm");
        QTest::newRow("subcommand typo")
            << QStringList{QStringLiteral("order"), QStringLiteral("dispach"), QStringLiteral("1")}
            << QStringLiteral("order dispatch");
        QTest::newRow("without its group")
            << QStringList{QStringLiteral("confirm"), QStringLiteral("1")} << QStringLiteral("order confirm");
        QTest::newRow("beginning") << QStringList{QStringLiteral("order"), QStringLiteral("fix")}
                                   << QStringLiteral("order fix-tracking");
        QTest::newRow("nothing near") << QStringList{QStringLiteral("frobnicate")} << QString();
        QTest::newRow("nothing near in group")
            << QStringList{QStringLiteral("order"), QStringLiteral("paint")} << QString();
        QTest::newRow("ambiguous beginning")
            << QStringList{QStringLiteral("order"), QStringLiteral("de")} << QString();
    }

    void unknownCommandsNameTheNearest()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, meant);
        const QByteArray before = Store(m_db, Store::ReadOnly).dump();
        const CliRun r = demoCli(args);
        QCOMPARE(r.code, 2);
        QVERIFY(r.out.isEmpty());
        if (meant.isEmpty())
            QVERIFY2(!r.err.contains(QLatin1String("Did you mean")), qPrintable(r.err));
        else
            QVERIFY2(r.err.contains(QStringLiteral("Did you mean \"sellerdesk-cli %1\"?").arg(meant)),
                     qPrintable(r.err));
        QCOMPARE(Store(m_db, Store::ReadOnly).dump(), before);
    }

    // A usage error inside a command points at that command's help.
    void usageErrorsNameTheCommandsHelp()
    {
        const QString id =
            pick(QStringLiteral("SELECT product_order_no FROM orders WHERE status = 'CONFIRMED'"));
        const CliRun r = demoCli({QStringLiteral("order"), QStringLiteral("dispatch"), id,
                                  QStringLiteral("--courier"), QStringLiteral("CJGLS")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QLatin1String("--tracking")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("sellerdesk-cli order dispatch --help")), qPrintable(r.err));
    }

    // The table in --help lists every exit code of the registry.
    void helpListsTheExitCodes()
    {
        // README.md documents the same table: each exit code's row with its "code" words.
        QFile readme(QStringLiteral(SELLERDESK_README));
        QVERIFY(readme.open(QIODevice::ReadOnly));
        const QString doc = QString::fromUtf8(readme.readAll());
        const QList<QPair<int, QStringList>> rows = {
            {0, {}},
            {2, {QStringLiteral("usage")}},
            {3, {QStringLiteral("login_failed"), QStringLiteral("permission_denied")}},
            {4, {QStringLiteral("bad_input")}},
            {5, {QStringLiteral("refused")}},
            {6, {QStringLiteral("storage")}},
            {7, {QStringLiteral("partial")}},
            {8, {QStringLiteral("check_failed")}},
        };
        for (const auto &row : rows) {
            const qsizetype at = doc.indexOf(QStringLiteral("\n  | %1 | ").arg(row.first));
            QVERIFY2(at >= 0, qPrintable(QStringLiteral("README has no row for exit %1").arg(row.first)));
            const QString line = doc.mid(at + 1, doc.indexOf(QLatin1Char('\n'), at + 1) - at - 1);
            for (const QString &code : row.second)
                QVERIFY2(line.contains(QLatin1Char('`') + code + QLatin1Char('`')), qPrintable(line));
        }

        const QString help = cli({QStringLiteral("--help")}).out;
        const QString table = help.mid(help.indexOf(QLatin1String("Exit codes:")));
        QVERIFY(!table.isEmpty());
        for (const int code : {0, 2, 3, 4, 5, 6, 7, 8})
            QVERIFY2(table.contains(QStringLiteral("\n  %1  ").arg(code)), qPrintable(table));
        QVERIFY(!table.contains(QLatin1String("\n  1  ")));
    }

    // Every exit code a command can give today, each with its JSON error object: the code word and the
    // exit agree with the process. (7 and 8 are in the table for the commands coming next; no command
    // returns them yet.)
    void everyReachableExitCodeWithItsJsonError_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("user");     // empty: no --user
        QTest::addColumn<QString>("password"); // null: none in the environment (stdin is empty)
        QTest::addColumn<int>("exit");
        QTest::addColumn<QString>("code");
        const QString demo = QStringLiteral("demo");
        const QString pw = sd::test::demoPassword();
        QTest::newRow("usage: unknown command")
            << QStringList{QStringLiteral("frobnicate")} << demo << pw << 2 << QStringLiteral("usage");
        QTest::newRow("usage: unknown option")
            << QStringList{QStringLiteral("list"), QStringLiteral("orders"), QStringLiteral("--colour"),
                           QStringLiteral("red")}
            << demo << pw << 2 << QStringLiteral("usage");
        QTest::newRow("usage: bad global option, --json after it")
            << QStringList{QStringLiteral("--bogus")} << demo << pw << 2 << QStringLiteral("usage");
        QTest::newRow("usage: group alone")
            << QStringList{QStringLiteral("order")} << demo << pw << 2 << QStringLiteral("usage");
        QTest::newRow("usage: no user") << QStringList{QStringLiteral("list"), QStringLiteral("orders")}
                                        << QString() << pw << 2 << QStringLiteral("usage");
        QTest::newRow("login: wrong password")
            << QStringList{QStringLiteral("list"), QStringLiteral("orders")} << demo
            << QStringLiteral("wrong-password-1") << 3 << QStringLiteral("login_failed");
        QTest::newRow("login: no password given")
            << QStringList{QStringLiteral("list"), QStringLiteral("orders")} << demo << QString() << 3
            << QStringLiteral("login_failed");
        QTest::newRow("permission: finance runs auto-decide")
            << QStringList{QStringLiteral("order"), QStringLiteral("auto-decide")}
            << QStringLiteral("finance") << QStringLiteral("money2024!") << 3
            << QStringLiteral("permission_denied");
        QTest::newRow("bad input: unknown order")
            << QStringList{QStringLiteral("order"), QStringLiteral("show"),
                           QStringLiteral("1111222233334444")}
            << demo << pw << 4 << QStringLiteral("bad_input");
        QTest::newRow("bad input: bulk, unknown order")
            << QStringList{QStringLiteral("order"), QStringLiteral("confirm"),
                           QStringLiteral("1111222233334444")}
            << demo << pw << 4 << QStringLiteral("bad_input");
        QTest::newRow("bad input: a value") << QStringList{QStringLiteral("list"), QStringLiteral("orders"),
                                                           QStringLiteral("--limit"), QStringLiteral("x")}
                                            << demo << pw << 4 << QStringLiteral("bad_input");
        QTest::newRow("refused: init on a store") << QStringList{QStringLiteral("init"),
                                                                 QStringLiteral("--store"),
                                                                 QStringLiteral("B"),
                                                                 QStringLiteral("--business-no"),
                                                                 QStringLiteral("123-45-67891"),
                                                                 QStringLiteral("--master"),
                                                                 QStringLiteral("other")}
                                                  << QString() << pw << 5 << QStringLiteral("refused");
        QTest::newRow("refused: decide an order twice")
            << QStringList{QStringLiteral("order"), QStringLiteral("decide"), QStringLiteral("@DECIDED")}
            << demo << pw << 5 << QStringLiteral("refused");
        // README: a --db that is not a store is exit 4 (a folder too), said before SQLite is asked.
        QTest::newRow("bad input: a folder as the store")
            << QStringList{QStringLiteral("@FOLDER"), QStringLiteral("list"), QStringLiteral("orders")}
            << demo << pw << 4 << QStringLiteral("bad_input");
    }

    void everyReachableExitCodeWithItsJsonError()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, user);
        QFETCH(QString, password);
        QFETCH(int, exit);
        QFETCH(QString, code);
        QString db = m_db;
        for (QString &a : args) {
            if (a == QLatin1String("@DECIDED"))
                a = pick(QStringLiteral("SELECT product_order_no FROM orders WHERE status = 'DECIDED'"));
            if (a == QLatin1String("@FOLDER")) {
                db = m_dir.path();
                a.clear();
            }
        }
        args.removeAll(QString());
        QStringList line{QStringLiteral("--db"), db};
        if (!user.isEmpty())
            line << QStringLiteral("--user") << user;
        const CliEnv env{{QStringLiteral("SELLERDESK_PASSWORD"), password}};
        const QByteArray before = Store(m_db, Store::ReadOnly).dump();
        // Text mode: the exit code and a message on stderr, nothing on stdout.
        const CliRun text = cli(line + args, env);
        QCOMPARE(text.code, exit);
        QVERIFY(!text.err.trimmed().isEmpty());
        QVERIFY2(text.out.isEmpty(), qPrintable(text.out));
        // --json in front and at the end: the same exit code, and the error object on stdout.
        for (const bool atEnd : {false, true}) {
            const QStringList withJson = atEnd ? line + args + QStringList{QStringLiteral("--json")}
                                               : line + QStringList{QStringLiteral("--json")} + args;
            const CliRun json = cli(withJson, env);
            QCOMPARE(json.code, exit);
            QCOMPARE(checkErrorObject(json, withJson.join(QLatin1Char(' '))), code);
            QVERIFY(!json.err.trimmed().isEmpty()); // the message is on stderr too
        }
        QCOMPARE(Store(m_db, Store::ReadOnly).dump(), before);
    }

    // A bulk refusal keeps its outcome list and carries the error object's fields beside it.
    void bulkErrorsCarryTheOutcomes()
    {
        const QString decided =
            pick(QStringLiteral("SELECT product_order_no FROM orders WHERE status = 'DECIDED'"));
        const QString delivered =
            pick(QStringLiteral("SELECT product_order_no FROM orders WHERE status = 'DELIVERED'"));
        QVERIFY(!decided.isEmpty() && !delivered.isEmpty());
        const CliRun r = demoCli({QStringLiteral("--json"), QStringLiteral("order"), QStringLiteral("decide"),
                                  delivered, decided});
        QCOMPARE(r.code, 5);
        QCOMPARE(checkErrorObject(r, QStringLiteral("order decide")), QStringLiteral("refused"));
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("ok")).toBool(true), false);
        QCOMPARE(o.value(QStringLiteral("outcomes")).toArray().size(), 2);
        QCOMPARE(
            pick(QStringLiteral("SELECT status FROM orders WHERE product_order_no = '%1'").arg(delivered)),
            QStringLiteral("DELIVERED"));
    }

    // --quiet drops the notes beside a result, never the result or an error.
    void quietDropsNotes()
    {
        const QStringList list{QStringLiteral("list"), QStringLiteral("orders"), QStringLiteral("--limit"),
                               QStringLiteral("1")};
        const CliRun noisy = demoCli(list);
        QCOMPARE(noisy.code, 0);
        QVERIFY2(noisy.err.contains(QLatin1String("Showed 1 of")), qPrintable(noisy.err));
        for (const QStringList &quiet :
             {QStringList{QStringLiteral("--quiet")} + list, list + QStringList{QStringLiteral("--quiet")}}) {
            const CliRun r = demoCli(quiet);
            QCOMPARE(r.code, 0);
            QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
            QCOMPARE(r.out, noisy.out);
        }
        const CliRun error = demoCli({QStringLiteral("--quiet"), QStringLiteral("order"),
                                      QStringLiteral("show"), QStringLiteral("1111222233334444")});
        QCOMPARE(error.code, 4);
        QVERIFY(!error.err.isEmpty());
    }

    // Progress of a long command is for a person at a terminal: absent when stderr is a pipe or a file,
    // and with --quiet; shown when stderr is a terminal (a pseudo-terminal here).
    void progressOnlyOnATerminal()
    {
        const QStringList demo{QStringLiteral("demo"), QStringLiteral("--orders"), QStringLiteral("2500")};
        const auto fresh = [this](const char *name) {
            return QStringList{QStringLiteral("--db"), m_dir.filePath(QLatin1String(name))};
        };
        const CliRun piped = cli(fresh("progress-pipe.sqlite") + demo);
        QVERIFY2(piped.code == 0, qPrintable(piped.err));
        QVERIFY2(!piped.err.contains(QLatin1String("Writing demo orders")), qPrintable(piped.err));
        QVERIFY(!piped.out.contains(QLatin1String("Writing demo orders")));
#ifdef Q_OS_UNIX
        const auto onTerminal = [this](const QStringList &args, QString *terminal) {
            const int master = posix_openpt(O_RDWR | O_NOCTTY);
            if (master < 0 || grantpt(master) != 0 || unlockpt(master) != 0)
                return -1;
            const int slave = ::open(ptsname(master), O_RDWR | O_NOCTTY);
            if (slave < 0)
                return -1;
            ::fcntl(master, F_SETFL, ::fcntl(master, F_GETFL) | O_NONBLOCK);
            sd::test::CliCall call;
            call.env.insert(QStringLiteral("SELLERDESK_TEST_NOW"), QStringLiteral("2024-05-13T01:00:00Z"));
            call.childSetup = [slave] { ::dup2(slave, STDERR_FILENO); };
            auto p = sd::test::startProgram(m_dir.path(), args, call);
            ::close(slave);
            QByteArray bytes;
            const auto drain = [&] {
                char buffer[4096];
                ssize_t n;
                while ((n = ::read(master, buffer, sizeof buffer)) > 0)
                    bytes.append(buffer, qsizetype(n));
            };
            // Read while it runs, so a full terminal buffer never blocks the program.
            for (int i = 0; i < 2400 && p->state() != QProcess::NotRunning; ++i) {
                p->waitForFinished(50);
                drain();
            }
            drain();
            ::close(master);
            *terminal = QString::fromUtf8(bytes);
            return p->exitStatus() == QProcess::NormalExit ? p->exitCode() : -1;
        };
        QString terminal;
        QCOMPARE(onTerminal(fresh("progress-tty.sqlite") + demo, &terminal), 0);
        QVERIFY2(terminal.contains(QLatin1String("Writing demo orders:")) &&
                     terminal.contains(QLatin1String("100% (2,500 of 2,500)")),
                 qPrintable(terminal));
        QCOMPARE(onTerminal(fresh("progress-quiet.sqlite") + demo + QStringList{QStringLiteral("--quiet")},
                            &terminal),
                 0);
        QVERIFY2(!terminal.contains(QLatin1String("Writing demo orders")), qPrintable(terminal));
#endif
    }
};

QTEST_GUILESS_MAIN(TestCliCommands)
#include "test_cli_commands.moc"
