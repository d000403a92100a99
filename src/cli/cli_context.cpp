#include "cli/cli_context.h"

#include "cli/cli_text.h"
#include "cli/command_registry.h"
#include "cli/exit_code.h"
#include "cli/password_prompt.h"
#include "core/calendar/clock.h"
#include "services/access/auth_service.h"
#include "services/common/language.h"
#include "services/store/workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace sd {

CliContext::CliContext(QCoreApplication &app, const GlobalOptions &options, const Clock &clock)
    : m_app(app), m_clock(clock), m_options(options), m_out(options.json)
{
}

CliContext::~CliContext() = default;

Output &CliContext::out()
{
    m_out.setJson(m_options.json);
    m_out.setQuiet(m_options.quiet);
    return m_out;
}

std::unique_ptr<ProgressReporter> CliContext::progress(const QString &label)
{
    return std::make_unique<ProgressReporter>(label,
                                              !m_options.quiet && ProgressReporter::stderrIsTerminal());
}

QString CliContext::databasePath() const
{
    return m_options.db.isEmpty() ? Workspace::defaultDatabasePath() : m_options.db;
}

int CliContext::open(bool mustExist)
{
    const QString path = databasePath();
    if (QFileInfo(path).isDir()) // not a store: said plainly, before SQLite or the file system answer
        return fail(
            ErrorKind::BadInput,
            Cli::tr("--db: %1 is a folder, not a store database; name the store's file (for "
                    "example %2).")
                .arg(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()),
                     QDir::toNativeSeparators(QDir(path).filePath(QStringLiteral("sellerdesk.sqlite")))));
    // A 0-byte file is no store either (left by a tool or a crash before the first page): opening it
    // would make it one, without users, and the command would then say the password is wrong.
    const QFileInfo file(path);
    if (mustExist && (!file.exists() || (file.isFile() && file.size() == 0))) {
        return fail(ErrorKind::BadInput,
                    Cli::tr("There is no store database at %1. Create one with \"sellerdesk-cli init\" or "
                            "\"sellerdesk-cli demo\".")
                        .arg(path));
    }
    Result opened;
    m_workspace = Workspace::open(path, m_clock, false, &opened);
    if (!m_workspace)
        return fail(opened.kind, opened.message);
    // Store maintenance before any command: what a crashed import left unindexed (the open wrote a
    // first batch only) is written now, so a listing, an export or a search right after finds it. A
    // command is short-lived; the GUI does the same on a worker instead.
    if (m_workspace->searchLags())
        m_workspace->repairSearch();
    installTranslations(m_app, m_workspace->settings().value(Settings::Key::Language));
    return ExitDone;
}

void CliContext::close()
{
    m_workspace.reset();
}

QString CliContext::userName() const
{
    if (!m_options.user.trimmed().isEmpty())
        return m_options.user.trimmed();
    return qEnvironmentVariable("SELLERDESK_USER").trimmed();
}

int CliContext::requireUser()
{
    if (!userName().isEmpty())
        return ExitDone;
    return fail(ErrorKind::Usage, Cli::tr("Name the user with --user NAME or the SELLERDESK_USER variable."));
}

std::optional<QString> CliContext::password(bool confirm, QString *why)
{
    if (qEnvironmentVariableIsSet("SELLERDESK_PASSWORD"))
        return qEnvironmentVariable("SELLERDESK_PASSWORD");
    const auto first = readPassword(Cli::tr("Password: "));
    if (!first) {
        if (why)
            *why = Cli::tr("No password was given.");
        return std::nullopt;
    }
    if (confirm) {
        const auto again = readPassword(Cli::tr("Password again: "));
        if (!again || *again != *first) {
            if (why)
                *why = Cli::tr("The two passwords are not the same.");
            return std::nullopt;
        }
    }
    return first;
}

int CliContext::login()
{
    if (const int code = requireUser())
        return code;
    QString why;
    const auto secret = password(false, &why);
    if (!secret)
        return fail(ErrorKind::Auth, why);
    const Result r = AuthService(*m_workspace).login(userName(), *secret, &m_session);
    return r.ok() ? ExitDone : fail(r);
}

int CliContext::require(Permission permission)
{
    if (m_session.can(permission))
        return ExitDone;
    return fail(ErrorKind::Permission, Cli::tr("Your role (%1) does not have the permission \"%2\".")
                                           .arg(roleLabel(m_session.role), permissionLabel(permission)));
}

int CliContext::fail(const Result &result)
{
    return fail(result.kind, result.message);
}

int CliContext::fail(ErrorKind kind, const QString &message)
{
    if (kind == ErrorKind::None) // not a failure: nothing to say
        return ExitDone;
    return fail(cliErrorFor(kind), message);
}

int CliContext::fail(CliError error, const QString &message)
{
    const CliErrorInfo &info = cliErrorInfo(error);
    const QString text = message.isEmpty() ? exitCodeMeaning(info.exit) : message;
    Output &output = out();
    output.message(text);
    if (error == CliError::Usage && m_command)
        output.message(Cli::tr("See \"sellerdesk-cli %1 --help\".").arg(QString::fromUtf8(m_command->name)));
    if (output.json()) // scripts reading stdout see the failure too
        output.printJson(Output::errorJson(error, text));
    return info.exit;
}

int CliContext::failSaid(const Result &result)
{
    if (result.kind == ErrorKind::None)
        return ExitDone;
    const CliError error = cliErrorFor(result.kind);
    Output &output = out();
    if (output.json())
        output.printJson(Output::errorJson(error, result.message));
    return cliErrorInfo(error).exit;
}

int CliContext::checkOutputFile(const QString &option, const QString &file, const QStringList &suffixes,
                                bool suffixNeeded, const QString &wrongSuffix)
{
    const QFileInfo target(file);
    const QString shown = QDir::toNativeSeparators(target.absoluteFilePath());
    if (file.trimmed().isEmpty())
        return fail(CliError::Usage, Cli::tr("--%1: name the file to write.").arg(option));
    if (target.isDir())
        return fail(CliError::Usage, Cli::tr("--%1: %2 is a folder; name a file in it.").arg(option, shown));
    if (!target.absoluteDir().exists())
        return fail(CliError::Usage,
                    Cli::tr("--%1: the folder %2 does not exist; create it first, or name a file in an "
                            "existing folder.")
                        .arg(option, QDir::toNativeSeparators(target.absolutePath())));
    const QString suffix = target.suffix().toLower();
    if ((suffix.isEmpty() && suffixNeeded) || (!suffix.isEmpty() && !suffixes.contains(suffix)))
        return fail(CliError::Usage, wrongSuffix.contains(QLatin1String("%1"))
                                         ? wrongSuffix.arg(target.fileName())
                                         : wrongSuffix);
    return ExitDone;
}

int CliContext::openExistingAndLogin()
{
    if (const int code = requireUser())
        return code;
    if (const int code = open(true))
        return code;
    return login();
}

} // namespace sd
