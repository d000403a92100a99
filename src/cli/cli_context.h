#pragma once
#include "cli/cli_options.h"
#include "cli/exit_code.h"
#include "cli/output.h"
#include "cli/progress.h"
#include "core/access/user_session.h"
#include "core/common/result.h"

#include <QString>
#include <memory>

class QCoreApplication;

namespace sd {

class Clock;
class Workspace;
struct CommandSpec;

// What every command needs: the options, the output, the open workspace and the logged-in user.
class CliContext
{
public:
    CliContext(QCoreApplication &app, const GlobalOptions &options, const Clock &clock);
    const Clock &clock() const { return m_clock; }
    ~CliContext();

    GlobalOptions &options() { return m_options; }
    // Follows the options, which a command's own parser may still change (`list orders --json`).
    Output &out();

    // The command being run (set by the registry before its handler runs); nullptr before.
    const CommandSpec *command() const { return m_command; }
    void setCommand(const CommandSpec *command) { m_command = command; }

    // Progress for a long command: shown on stderr only when it is a terminal and --quiet is not given.
    std::unique_ptr<ProgressReporter> progress(const QString &label);
    QString databasePath() const;

    // Opens the workspace (without the single-instance lock) and switches to the store's language.
    // With mustExist a missing database file is an error instead of a new, empty store.
    // Returns an exit code: 0 when open.
    int open(bool mustExist);
    Workspace &workspace() { return *m_workspace; }
    void close();

    // The login name from --user or SELLERDESK_USER; empty when neither is given.
    QString userName() const;
    // Exit code 2 when no user was named.
    int requireUser();
    // A password from SELLERDESK_PASSWORD, else asked at the terminal (twice when `confirm`).
    // nullopt when none could be read or the two differ; `why` says which (translated).
    std::optional<QString> password(bool confirm, QString *why);
    // Logs in the user named on the command line. Returns an exit code.
    int login();
    // For commands on an existing store: a user was named, the database opens, the login succeeds.
    int openExistingAndLogin();
    const UserSession &session() const { return m_session; }
    // Exit code 3 with a message when the user lacks the permission.
    int require(Permission permission);

    // Prints the message on stderr (with --json also the error object {"code", "message", "exit"} on
    // stdout) and returns the exit code for it (exit_code.h). A usage error inside a command also
    // names the command's help.
    int fail(const Result &result);
    int fail(ErrorKind kind, const QString &message);
    int fail(CliError error, const QString &message);
    // The same for a failure whose message the command already printed on stderr (with the rows it
    // concerns): only the exit code and, with --json, the error object.
    int failSaid(const Result &result);

    // The one rule for a file a command writes (--out, --result; README "Files a command writes"): a file
    // name, not a folder, in a folder that exists, ending in one of `suffixes` (lower case, no dot; a name
    // without an extension passes unless `suffixNeeded`). Checked before anything is opened or written.
    // Returns an exit code: 2 (usage) with a message naming `option`; `wrongSuffix` is the message for a
    // name with another extension (%1: the file's name).
    int checkOutputFile(const QString &option, const QString &file, const QStringList &suffixes,
                        bool suffixNeeded, const QString &wrongSuffix);

private:
    QCoreApplication &m_app;
    const Clock &m_clock;
    GlobalOptions m_options;
    Output m_out;
    std::unique_ptr<Workspace> m_workspace;
    UserSession m_session;
    const CommandSpec *m_command = nullptr;
};

} // namespace sd
