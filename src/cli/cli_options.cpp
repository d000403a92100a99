#include "cli/cli_options.h"

#include "cli/cli_text.h"

#include <QRegularExpression>

namespace sd {

namespace {

struct GlobalSpec
{
    const char *name;
    bool takesValue;
};

const GlobalSpec kGlobals[] = {{"db", true}, {"user", true}, {"json", false}};

// Sets a global option; a translated error when it was given before.
QString applyGlobal(GlobalOptions &g, const QString &name, const QString &value)
{
    if (g.given.contains(name) && name != QLatin1String("json")) // a flag said twice is still one flag
        return Cli::tr("The option --%1 is given more than once.").arg(name);
    g.given.insert(name);
    if (name == QLatin1String("db"))
        g.db = value;
    else if (name == QLatin1String("user"))
        g.user = value;
    else if (name == QLatin1String("json"))
        g.json = true;
    return {};
}

} // namespace

CommandLine parseCommandLine(const QStringList &arguments)
{
    CommandLine cl;
    int i = 0;
    for (; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (arg == QLatin1String("--help") || arg == QLatin1String("-h")) {
            cl.help = true;
            continue;
        }
        if (arg == QLatin1String("--version")) {
            cl.version = true;
            continue;
        }
        if (!arg.startsWith(QLatin1String("--")))
            break; // the command
        const int eq = int(arg.indexOf(QLatin1Char('=')));
        const QString name = arg.mid(2, eq < 0 ? -1 : eq - 2);
        const GlobalSpec *spec = nullptr;
        for (const GlobalSpec &s : kGlobals) {
            if (name == QLatin1String(s.name))
                spec = &s;
        }
        if (!spec) {
            cl.error = Cli::tr("Unknown option \"%1\".").arg(arg);
            return cl;
        }
        QString value;
        if (spec->takesValue) {
            if (eq >= 0) {
                value = arg.mid(eq + 1);
            } else if (i + 1 < arguments.size()) {
                value = arguments.at(++i);
            } else {
                cl.error = Cli::tr("The option --%1 needs a value.").arg(name);
                return cl;
            }
        } else if (eq >= 0) {
            cl.error = Cli::tr("The option --%1 takes no value.").arg(name);
            return cl;
        }
        if (spec->takesValue && value.trimmed().isEmpty()) {
            cl.error = Cli::tr("The option --%1 needs a value.").arg(name);
            return cl;
        }
        cl.error = applyGlobal(cl.global, name, value);
        if (!cl.error.isEmpty())
            return cl;
    }
    cl.command = arguments.mid(i);
    return cl;
}

CommandParser::CommandParser(const QString &commandName) : m_command(commandName)
{
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    m_parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    for (const GlobalSpec &s : kGlobals) {
        if (s.takesValue)
            addValue(QLatin1String(s.name), QStringLiteral("value"));
        else
            addFlag(QLatin1String(s.name));
    }
}

void CommandParser::addValue(const QString &name, const QString &valueName, bool repeatable)
{
    m_parser.addOption(QCommandLineOption(name, QString(), valueName));
    m_defined.insert(name);
    m_valued.insert(name);
    if (repeatable)
        m_repeatable.insert(name);
}

void CommandParser::addFlag(const QString &name)
{
    m_parser.addOption(QCommandLineOption(name));
    m_defined.insert(name);
}

bool CommandParser::parse(const QStringList &args, GlobalOptions &global, QString *error)
{
    if (!m_parser.parse(QStringList{QStringLiteral("sellerdesk-cli")} + args)) {
        // QCommandLineParser's own text names the option; say which command it was for.
        if (error)
            *error = Cli::tr("%1 (in \"%2\")").arg(m_parser.errorText(), m_command);
        return false;
    }
    // "--tracking 1 --tracking 123456789012" would quietly keep the last; an empty value would quietly
    // mean "no filter". Both are mistakes the user should hear about.
    for (const QString &name : std::as_const(m_valued)) {
        const QStringList values = m_parser.values(name);
        if (values.size() > 1 && !m_repeatable.contains(name)) {
            if (error)
                *error = Cli::tr("The option --%1 is given more than once.").arg(name);
            return false;
        }
        for (const QString &v : values) {
            if (v.trimmed().isEmpty()) {
                if (error)
                    *error = Cli::tr("The option --%1 needs a value.").arg(name);
                return false;
            }
        }
    }
    for (const GlobalSpec &s : kGlobals) {
        const QString name = QLatin1String(s.name);
        if (m_parser.isSet(name)) {
            const QString why = applyGlobal(global, name, s.takesValue ? m_parser.value(name) : QString());
            if (!why.isEmpty()) {
                if (error)
                    *error = why;
                return false;
            }
        }
    }
    if (m_refuseArguments && !m_parser.positionalArguments().isEmpty()) {
        if (error)
            *error = Cli::tr("Unexpected argument \"%1\".").arg(m_parser.positionalArguments().first());
        return false;
    }
    return true;
}

std::optional<QDate> parseIsoDate(const QString &text)
{
    static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    if (!shape.match(text.trimmed()).hasMatch())
        return std::nullopt;
    const QDate d = QDate::fromString(text.trimmed(), Qt::ISODate);
    if (!d.isValid())
        return std::nullopt;
    return d;
}

QString usageText()
{
    return Cli::tr(
        "Usage: sellerdesk-cli [--db FILE] [--user NAME] [--json] COMMAND ...\n"
        "\n"
        "Commands:\n"
        "  init --store NAME --business-no NNN-NN-NNNNN --master LOGIN [--master-name NAME]\n"
        "       [--channels NAVER,KAKAO,TALK_CHECKOUT]\n"
        "                         set up a new store and its master account\n"
        "  demo [--orders N] [--seed S]\n"
        "                         fill the database with a demo store (creates it when empty)\n"
        "  list orders [--status S] [--channel C] [--from DATE] [--to DATE] [--search TEXT] [--limit N]\n"
        "                         list orders, newest first (--limit 0 lists all; default 100)\n"
        "  export orders --out FILE [--format xlsx|csv] [--encoding utf8|cp949] [the filters of list orders]\n"
        "                         write the orders with every column, courier label fields included\n"
        "  order show ID          one order with its history\n"
        "  order confirm ID...    confirm new orders (발주확인)\n"
        "  order dispatch ID --courier CODE --tracking NO\n"
        "                         enter the tracking number (a new order is confirmed first)\n"
        "  order fix-tracking ID --courier CODE --tracking NO\n"
        "                         correct the courier or tracking number of a shipped order\n"
        "  order deliver ID...    mark as delivered\n"
        "  order decide ID...     record the purchase decision (구매확정)\n"
        "  order delay ID... --until DATE --reason CODE [--detail TEXT]\n"
        "                         send a delayed-dispatch notice with a new dispatch date\n"
        "  order auto-decide      purchase decision for orders delivered long enough ago\n"
        "\n"
        "ID is the product order number (상품주문번호). DATE is YYYY-MM-DD (Seoul).\n"
        "Statuses: NEW, CONFIRMED, SHIPPING, DELIVERED, DECIDED, CANCELED, RETURNED, EXCHANGED or their "
        "labels.\n"
        "Channels: NAVER, KAKAO, TALK_CHECKOUT. Couriers: a code (CJGLS) or a name (CJ대한통운).\n"
        "Delay reasons: PRODUCT_PREPARE, CUSTOMER_REQUEST, CUSTOM_BUILD, RESERVED_DISPATCH, "
        "OVERSEA_DELIVERY, ETC.\n"
        "\n"
        "The password comes from SELLERDESK_PASSWORD or is asked for; the user from --user or "
        "SELLERDESK_USER.\n"
        "Exit codes: 0 done, 2 usage, 3 login failed or permission denied, 4 bad input (nothing written),\n"
        "5 refused by a business rule (nothing written), 6 storage error.\n");
}

} // namespace sd
