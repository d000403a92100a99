#include "cli/command_registry.h"

#include "cli/cli_context.h"
#include "cli/cli_text.h"
#include "cli/exit_code.h"
#include "services/store/workspace.h"

#include <QCoreApplication>
#include <algorithm>
#include <cstdio>
#include <vector>

namespace sd {

namespace {

QString translated(const char *text)
{
    return QCoreApplication::translate("sd::Cli", text);
}

QStringList wordsOf(const CommandSpec &spec)
{
    return QString::fromUtf8(spec.name).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

QString firstWord(const CommandSpec &spec)
{
    return wordsOf(spec).constFirst();
}

// Optimal string alignment distance: edits, with a swap of two neighbours as one edit ("lsit").
int editDistance(const QString &a, const QString &b)
{
    const qsizetype n = a.size(), m = b.size();
    std::vector<std::vector<int>> d(size_t(n + 1), std::vector<int>(size_t(m + 1)));
    for (qsizetype i = 0; i <= n; ++i)
        d[size_t(i)][0] = int(i);
    for (qsizetype j = 0; j <= m; ++j)
        d[0][size_t(j)] = int(j);
    for (qsizetype i = 1; i <= n; ++i) {
        for (qsizetype j = 1; j <= m; ++j) {
            const int cost = a.at(i - 1) == b.at(j - 1) ? 0 : 1;
            int best = std::min({d[size_t(i - 1)][size_t(j)] + 1, d[size_t(i)][size_t(j - 1)] + 1,
                                 d[size_t(i - 1)][size_t(j - 1)] + cost});
            if (i > 1 && j > 1 && a.at(i - 1) == b.at(j - 2) && a.at(i - 2) == b.at(j - 1))
                best = std::min(best, d[size_t(i - 2)][size_t(j - 2)] + 1);
            d[size_t(i)][size_t(j)] = best;
        }
    }
    return d[size_t(n)][size_t(m)];
}

// The one candidate obviously meant by `word`: the same but for case, the only one it begins (three
// letters at least), or the only nearest within a third of its length in edits. Empty when none or
// when two are equally near.
QString nearest(const QString &word, const QStringList &candidates)
{
    const QString w = word.toLower();
    if (w.isEmpty() || w.startsWith(QLatin1Char('-')))
        return {};
    for (const QString &c : candidates) {
        if (c == w)
            return c;
    }
    if (w.size() >= 3) {
        QStringList starting;
        for (const QString &c : candidates) {
            if (c.startsWith(w))
                starting << c;
        }
        if (starting.size() == 1)
            return starting.first();
    }
    const int limit = std::max(1, int(w.size() / 3));
    QString best;
    int bestDistance = limit + 1;
    bool tie = false;
    for (const QString &c : candidates) {
        const int d = editDistance(w, c);
        if (d < bestDistance) {
            best = c;
            bestDistance = d;
            tie = false;
        } else if (d == bestDistance) {
            tie = true;
        }
    }
    return tie || bestDistance > limit ? QString() : best;
}

QString helpHint()
{
    return Cli::tr("Run \"sellerdesk-cli COMMAND --help\" (or \"sellerdesk-cli help COMMAND\") for a "
                   "command's options and what it prints.");
}

QString globalUsage()
{
    return QStringLiteral("sellerdesk-cli [--db FILE] [--user NAME] [--json] [--quiet]");
}

// Terminal columns of a text: Hangul, CJK and full-width forms take two.
bool isWide(QChar c)
{
    const ushort u = c.unicode();
    return (u >= 0x1100 && u <= 0x115F) || (u >= 0x2E80 && u <= 0xA4CF) || (u >= 0xAC00 && u <= 0xD7A3) ||
           (u >= 0xF900 && u <= 0xFAFF) || (u >= 0xFE30 && u <= 0xFE4F) || (u >= 0xFF00 && u <= 0xFF60) ||
           (u >= 0xFFE0 && u <= 0xFFE6);
}

qsizetype columnsOf(const QString &text)
{
    qsizetype n = 0;
    for (QChar c : text)
        n += isWide(c) ? 2 : 1;
    return n;
}

// The index of the first character that no longer fits in `width` columns (size() when all fit).
qsizetype fitting(const QString &text, int width)
{
    qsizetype columns = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        columns += isWide(text.at(i)) ? 2 : 1;
        if (columns > width)
            return i;
    }
    return text.size();
}

// Lines longer than `width` terminal columns are broken at spaces. A continuation lines up under the text it
// continues: after the indent, or for an option line ("  --limit N  at most ...") under its
// description.
QString wrapped(const QString &text, int width = 100)
{
    QStringList out;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        if (columnsOf(line) <= width) {
            out << line;
            continue;
        }
        qsizetype indent = 0;
        while (indent < line.size() && line.at(indent) == QLatin1Char(' '))
            ++indent;
        if (indent > 0 && line.mid(indent).startsWith(QLatin1Char('-'))) {
            const qsizetype gap = line.indexOf(QLatin1String("  "), indent);
            if (gap > 0) {
                qsizetype after = gap;
                while (after < line.size() && line.at(after) == QLatin1Char(' '))
                    ++after;
                if (after < width / 2)
                    indent = after;
            }
        }
        const QString pad(indent, QLatin1Char(' '));
        QString rest = line;
        while (columnsOf(rest) > width) {
            const qsizetype fit = fitting(rest, width);
            qsizetype cut = rest.lastIndexOf(QLatin1Char(' '), fit);
            if (cut <= indent) // one long word: leave it whole
                cut = rest.indexOf(QLatin1Char(' '), fit);
            if (cut < 0)
                break;
            out << rest.left(cut);
            rest = pad + rest.mid(cut + 1).trimmed();
        }
        out << rest;
    }
    return out.join(QLatin1Char('\n'));
}

void print(std::FILE *to, const QString &text)
{
    QByteArray bytes = wrapped(text).toUtf8();
    if (!bytes.endsWith('\n'))
        bytes.append('\n');
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), to);
}

// "  name    summary" lines with the summaries in one column.
QString commandList(const QList<const CommandSpec *> &commands)
{
    int width = 0;
    for (const CommandSpec *c : commands)
        width = std::max(width, int(qstrlen(c->name)));
    QStringList lines;
    for (const CommandSpec *c : commands)
        lines
            << QStringLiteral("  %1  %2").arg(QString::fromUtf8(c->name), -width).arg(translated(c->summary));
    return lines.join(QLatin1Char('\n'));
}

} // namespace

CommandRegistration::CommandRegistration(const CommandSpec &spec)
{
    CommandRegistry::mutableInstance().add(spec);
}

CommandRegistry &CommandRegistry::mutableInstance()
{
    static CommandRegistry registry;
    return registry;
}

const CommandRegistry &CommandRegistry::instance()
{
    return mutableInstance();
}

void CommandRegistry::add(const CommandSpec &spec)
{
    Q_ASSERT(spec.name && *spec.name && spec.summary && spec.usage && spec.help && spec.handler);
    Q_ASSERT_X(!find(QString::fromUtf8(spec.name)), "CommandRegistry", "a command is registered twice");
    // Commands of one first word stay together, in their order of registration; groups are sorted.
    const QString group = firstWord(spec);
    qsizetype at = -1;
    for (qsizetype i = 0; i < m_commands.size(); ++i) {
        const QString other = firstWord(m_commands.at(i));
        if (other == group)
            at = i + 1; // after the last one of this group
        else if (other > group && at < 0)
            at = i; // before the first group that sorts after it
    }
    m_commands.insert(at < 0 ? m_commands.size() : at, spec);
}

const CommandSpec *CommandRegistry::find(const QString &name) const
{
    for (const CommandSpec &c : m_commands) {
        if (name == QLatin1String(c.name))
            return &c;
    }
    return nullptr;
}

const CommandSpec *CommandRegistry::match(const QStringList &words, int *nameWords) const
{
    const CommandSpec *best = nullptr;
    int bestWords = 0;
    for (const CommandSpec &c : m_commands) {
        const QStringList name = wordsOf(c);
        if (name.size() <= bestWords || name.size() > words.size())
            continue;
        if (std::equal(name.cbegin(), name.cend(), words.cbegin())) {
            best = &c;
            bestWords = int(name.size());
        }
    }
    if (nameWords)
        *nameWords = bestWords;
    return best;
}

bool CommandRegistry::isGroup(const QString &word) const
{
    return !group(word).isEmpty();
}

QList<const CommandSpec *> CommandRegistry::group(const QString &word) const
{
    QList<const CommandSpec *> list;
    for (const CommandSpec &c : m_commands) {
        const QStringList name = wordsOf(c);
        if (name.size() > 1 && name.first() == word)
            list << &c;
    }
    return list;
}

QString CommandRegistry::suggestion(const QStringList &words) const
{
    if (words.isEmpty())
        return {};
    QStringList firstWords{QStringLiteral("help")};
    QStringList subWords; // second words of grouped commands, with their full names
    QStringList subNames;
    for (const CommandSpec &c : m_commands) {
        const QStringList name = wordsOf(c);
        if (!firstWords.contains(name.first()))
            firstWords << name.first();
        if (name.size() == 2) {
            subWords << name.at(1);
            subNames << QString::fromUtf8(c.name);
        }
    }
    const auto inGroup = [this](const QString &group, const QString &word) -> QString {
        QStringList names;
        for (const CommandSpec *c : this->group(group))
            names << wordsOf(*c).value(1);
        const QString sub = nearest(word, names);
        return sub.isEmpty() ? QString() : group + QLatin1Char(' ') + sub;
    };
    const QString first = words.first();
    if (isGroup(first))
        return inGroup(first, words.value(1));
    // A command's second word without its group ("dispatch"), when only one group has it.
    if (subWords.count(first) == 1)
        return subNames.at(subWords.indexOf(first));
    const QString top = nearest(first, firstWords);
    if (!top.isEmpty()) {
        if (isGroup(top) && words.size() > 1) {
            const QString sub = inGroup(top, words.at(1));
            return sub.isEmpty() ? top : sub;
        }
        return top;
    }
    const QString sub = nearest(first, subWords);
    return sub.isEmpty() || subWords.count(sub) != 1 ? QString() : subNames.at(subWords.indexOf(sub));
}

QString CommandRegistry::usageLine(const CommandSpec &spec)
{
    const QString usage = translated(spec.usage);
    return QStringLiteral("sellerdesk-cli ") + QString::fromUtf8(spec.name) +
           (usage.isEmpty() ? QString() : QLatin1Char(' ') + usage);
}

QString CommandRegistry::overview() const
{
    QList<const CommandSpec *> all;
    for (const CommandSpec &c : m_commands)
        all << &c;
    QStringList parts;
    parts << Cli::tr("Usage: %1 COMMAND ...").arg(globalUsage());
    parts << Cli::tr("Commands:") + QLatin1Char('\n') + commandList(all);
    parts << helpHint();
    parts << Cli::tr("Global options, before or after the command:") + QLatin1Char('\n') +
                 Cli::tr("  --db FILE    the store database (default: %1)\n"
                         "  --user NAME  who runs the command (default: the SELLERDESK_USER variable)\n"
                         "  --json       results on stdout as JSON; an error too, as {\"code\", \"message\", "
                         "\"exit\"}\n"
                         "  --quiet      no progress and no notes on stderr (errors are still printed)\n"
                         "  --version    the program's version")
                     .arg(Workspace::defaultDatabasePath());
    parts << Cli::tr("The password comes from the SELLERDESK_PASSWORD variable or is asked for; it is never "
                     "an argument.");
    parts << Cli::tr("Exit codes:") + QLatin1Char('\n') + exitCodeHelp();
    return parts.join(QStringLiteral("\n\n"));
}

QString CommandRegistry::commandHelp(const CommandSpec &spec) const
{
    QStringList parts;
    parts << Cli::tr("Usage: %1").arg(usageLine(spec));
    parts << translated(spec.help);
    parts << Cli::tr("Global options: %1 (see \"sellerdesk-cli --help\", which also lists the exit codes).")
                 .arg(QStringLiteral("--db FILE, --user NAME, --json, --quiet"));
    return parts.join(QStringLiteral("\n\n"));
}

QString CommandRegistry::groupHelp(const QString &word) const
{
    QStringList parts;
    parts << Cli::tr("Usage: %1 %2 COMMAND ...").arg(globalUsage(), word);
    parts << Cli::tr("Commands:") + QLatin1Char('\n') + commandList(group(word));
    parts << Cli::tr("Run \"sellerdesk-cli %1 COMMAND --help\" for a command's options.").arg(word);
    return parts.join(QStringLiteral("\n\n"));
}

int CommandRegistry::usageError(CliContext &context, const QString &message, const QStringList &words) const
{
    const QString near = suggestion(words);
    return context.fail(CliError::Usage, near.isEmpty()
                                             ? message
                                             : message + QLatin1Char('\n') +
                                                   Cli::tr("Did you mean \"sellerdesk-cli %1\"?").arg(near));
}

int CommandRegistry::run(CliContext &context, const QStringList &commandWords, bool helpAsked) const
{
    QStringList words = commandWords;
    if (words.value(0) == QLatin1String("help")) {
        helpAsked = true;
        words.removeFirst();
    }
    // "--help" after a command's words asks for that command's help, whatever else follows.
    for (const QString &h : {QStringLiteral("--help"), QStringLiteral("-h")}) {
        if (words.removeAll(h) > 0)
            helpAsked = true;
    }
    // The words of a command are parsed by the command; a line that names none may still ask for JSON.
    if (!helpAsked && !match(words) && words.contains(QLatin1String("--json")))
        context.options().json = true;
    QStringList name; // the leading words, up to the first option
    for (const QString &w : std::as_const(words)) {
        if (w.startsWith(QLatin1Char('-')))
            break;
        name << w;
    }

    int nameWords = 0;
    const CommandSpec *spec = match(name, &nameWords);
    if (helpAsked) {
        if (name.isEmpty()) {
            print(stdout, overview());
            return ExitDone;
        }
        if (spec) {
            print(stdout, commandHelp(*spec));
            return ExitDone;
        }
        if (name.size() == 1 && isGroup(name.first())) {
            print(stdout, groupHelp(name.first()));
            return ExitDone;
        }
    } else if (name.isEmpty()) {
        if (words.isEmpty() && !context.out().json())
            print(stderr, overview());
        return context.fail(CliError::Usage, words.isEmpty()
                                                 ? Cli::tr("Name a command.")
                                                 : Cli::tr("Unknown option \"%1\".").arg(words.first()));
    } else if (spec) {
        context.setCommand(spec);
        return spec->handler(context, words.mid(nameWords));
    }

    const QString first = name.first();
    if (isGroup(first)) {
        if (name.size() == 1) {
            QStringList commands;
            for (const CommandSpec *c : group(first))
                commands << wordsOf(*c).value(1);
            return context.fail(
                CliError::Usage,
                Cli::tr("\"%1\" needs one of its commands after it: %2. See \"sellerdesk-cli %1 "
                        "--help\".")
                    .arg(first, commands.join(QStringLiteral(", "))));
        }
        return usageError(context,
                          Cli::tr("\"%1\" is not a command of \"%2\". See \"sellerdesk-cli %2 --help\".")
                              .arg(name.at(1), first),
                          name);
    }
    return usageError(context, Cli::tr("Unknown command \"%1\". See \"sellerdesk-cli --help\".").arg(first),
                      name);
}

} // namespace sd
