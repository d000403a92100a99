#pragma once
#include <QCommandLineParser>
#include <QDate>
#include <QSet>
#include <QString>
#include <QStringList>
#include <optional>

namespace sd {

// Options that every command accepts, before or after the command words.
struct GlobalOptions
{
    QString db;   // empty = Workspace::defaultDatabasePath()
    QString user; // empty = SELLERDESK_USER
    bool json = false;
    bool quiet = false;  // no progress and no notes on stderr
    QSet<QString> given; // the global options already on the command line: each may come once
};

// The command line split into the global options in front and the command with its arguments.
struct CommandLine
{
    GlobalOptions global;
    QStringList command; // e.g. {"order", "confirm", "2026...", "--json"}
    bool help = false;
    bool version = false;
    QString error; // translated; set when the global options are malformed
};

CommandLine parseCommandLine(const QStringList &arguments); // arguments without the program name

// The options of one command plus the global ones (so `list orders --json` works), on
// QCommandLineParser. Values are read after parse().
class CommandParser
{
public:
    explicit CommandParser(const QString &commandName);
    // An option with a value, given at most once unless `repeatable`. An empty value is a usage error.
    void addValue(const QString &name, const QString &valueName, bool repeatable = false);
    void addFlag(const QString &name);
    // The command takes options only: a positional argument is a usage error.
    void refuseArguments() { m_refuseArguments = true; }
    // Parses `args` (the words after the command name); global options found there update `global`.
    // On failure `error` is a translated sentence (exit code 2).
    bool parse(const QStringList &args, GlobalOptions &global, QString *error);

    // An option this command does not define is simply not set (QCommandLineParser would warn).
    bool isSet(const QString &name) const { return m_defined.contains(name) && m_parser.isSet(name); }
    QString value(const QString &name) const
    {
        return m_defined.contains(name) ? m_parser.value(name) : QString();
    }
    QStringList values(const QString &name) const
    {
        return m_defined.contains(name) ? m_parser.values(name) : QStringList();
    }
    QStringList positional() const { return m_parser.positionalArguments(); }

private:
    QCommandLineParser m_parser;
    QSet<QString> m_defined;
    QSet<QString> m_valued;
    QSet<QString> m_repeatable;
    bool m_refuseArguments = false;
    QString m_command;
};

// YYYY-MM-DD (a Seoul calendar date); nullopt when malformed.
std::optional<QDate> parseIsoDate(const QString &text);

} // namespace sd
