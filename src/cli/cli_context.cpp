#include "cli/cli_context.h"

#include "cli/cli_text.h"
#include "cli/exit_code.h"
#include "cli/password_prompt.h"
#include "core/clock.h"
#include "services/auth_service.h"
#include "services/language.h"
#include "services/workspace.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace sd {

CliContext::CliContext(QCoreApplication &app, const GlobalOptions &options, const Clock &clock)
    : m_app(app), m_clock(clock), m_options(options), m_out(options.json)
{
}

CliContext::~CliContext() = default;

QString CliContext::databasePath() const
{
    return m_options.db.isEmpty() ? Workspace::defaultDatabasePath() : m_options.db;
}

int CliContext::open(bool mustExist)
{
    m_out.setJson(m_options.json);
    const QString path = databasePath();
    if (mustExist && !QFileInfo::exists(path)) {
        return fail(ErrorKind::BadInput,
                    Cli::tr("There is no store database at %1. Create one with \"sellerdesk-cli init\" or "
                            "\"sellerdesk-cli demo\".")
                        .arg(path));
    }
    QString error;
    ErrorKind kind = ErrorKind::Storage;
    m_workspace = Workspace::open(path, m_clock, false, &error, &kind);
    if (!m_workspace)
        return fail(kind, error);
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

std::optional<QString> CliContext::password(bool confirm)
{
    if (qEnvironmentVariableIsSet("SELLERDESK_PASSWORD"))
        return qEnvironmentVariable("SELLERDESK_PASSWORD");
    const auto first = readPassword(Cli::tr("Password: "));
    if (!first) {
        m_out.message(Cli::tr("No password was given."));
        return std::nullopt;
    }
    if (confirm) {
        const auto again = readPassword(Cli::tr("Password again: "));
        if (!again || *again != *first) {
            m_out.message(Cli::tr("The two passwords are not the same."));
            return std::nullopt;
        }
    }
    return first;
}

int CliContext::login()
{
    if (const int code = requireUser())
        return code;
    const auto secret = password(false);
    if (!secret)
        return ExitDenied;
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
    if (!message.isEmpty())
        m_out.message(message);
    const int code = exitCodeFor(kind);
    if (m_out.json()) // scripts reading stdout see the failure too
        m_out.printJson(QJsonObject{{QStringLiteral("ok"), false},
                                    {QStringLiteral("error"), message},
                                    {QStringLiteral("exitCode"), code}});
    return code;
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
