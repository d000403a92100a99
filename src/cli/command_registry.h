#pragma once
#include <QList>
#include <QString>
#include <QStringList>

namespace sd {

class CliContext;

// A command's handler: `args` are the words after the command's name (options included); returns the
// exit code (exit_code.h), normally through CliContext::fail() or ExitDone.
using CommandHandler = int (*)(CliContext &context, const QStringList &args);

// One sellerdesk-cli command. The texts are English source text marked with
// QT_TRANSLATE_NOOP("sd::Cli", "...") so lupdate finds them; they are translated when shown.
struct CommandSpec
{
    const char *name;    // the command's words: "demo", "order dispatch" (a first word shared by
                         // several commands is a group: "sellerdesk-cli order --help" lists them)
    const char *summary; // one line for the command list: "enter the tracking number"
    const char *usage;   // what follows the name: "ID --courier CODE --tracking NO"
    const char *help;    // what it does, its options and what it prints; several lines
    CommandHandler handler;
};

// Adding a command is one handler file (src/cli/NAME_command.cpp) holding the handler and one
//
//     const CommandRegistration kBackup({"backup", QT_TRANSLATE_NOOP("sd::Cli", "..."), ..., &runBackup});
//
// at namespace scope. Registrations run at program start, before main().
class CommandRegistration
{
public:
    explicit CommandRegistration(const CommandSpec &spec);
};

// Every registered command, and the command line's words resolved against them.
class CommandRegistry
{
public:
    static const CommandRegistry &instance();

    // In listing order: by first word, then in the order of registration (a group's file decides
    // the order of its commands).
    const QList<CommandSpec> &commands() const { return m_commands; }
    const CommandSpec *find(const QString &name) const;

    // The command the leading words name ("order dispatch 123 --courier X" → "order dispatch"), and
    // how many words its name takes. nullptr when none.
    const CommandSpec *match(const QStringList &words, int *nameWords = nullptr) const;
    // A first word shared by commands with longer names ("order", "list").
    bool isGroup(const QString &word) const;
    QList<const CommandSpec *> group(const QString &word) const;
    // The known command nearest to mistyped words ("ordr confirm" → "order confirm", "dispach" →
    // "order dispatch"), when there is one obvious candidate; else empty.
    QString suggestion(const QStringList &words) const;

    // Help texts (translated).
    QString overview() const;                           // sellerdesk-cli --help
    QString commandHelp(const CommandSpec &spec) const; // sellerdesk-cli order dispatch --help
    QString groupHelp(const QString &word) const;       // sellerdesk-cli order --help
    static QString usageLine(const CommandSpec &spec);  // "sellerdesk-cli order dispatch ID --courier ..."

    // Runs a command line's command words (global options already taken out): help, a command, or
    // a usage error naming the nearest command. Returns the exit code.
    int run(CliContext &context, const QStringList &words, bool helpAsked) const;

private:
    friend class CommandRegistration;
    static CommandRegistry &mutableInstance();
    void add(const CommandSpec &spec);
    int usageError(CliContext &context, const QString &message, const QStringList &words) const;

    QList<CommandSpec> m_commands;
};

} // namespace sd
