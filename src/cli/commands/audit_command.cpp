// sellerdesk-cli audit list: the audit log through the same description and listing call as the
// window's 감사 로그 tab.
#include "cli/cli_context.h"
#include "cli/cli_text.h"
#include "cli/command_registry.h"
#include "cli/commands/listing_options.h"
#include "cli/exit_code.h"
#include "cli/output.h"
#include "core/access/audit_action.h"
#include "core/calendar/seoul_time.h"
#include "core/table/table_audit.h"
#include "core/table/table_cell.h"
#include "services/access/audit_log_service.h"
#include "services/common/table_listing.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <algorithm>

namespace sd {

namespace {

int listAudit(CliContext &context, const QStringList &args)
{
    CommandParser parser(QStringLiteral("audit list"));
    for (const char *name : {"account", "action", "from", "to", "limit"})
        parser.addValue(QLatin1String(name), QStringLiteral("value"));
    parser.refuseArguments();
    QString error;
    if (!parser.parse(args, context.options(), &error))
        return context.fail(ErrorKind::Usage, error);

    QList<AuditAction> actions;
    if (parser.isSet(QStringLiteral("action"))) {
        const QString text = parser.value(QStringLiteral("action")).trimmed();
        std::optional<AuditAction> action = auditActionFromCode(text);
        for (AuditAction a : allAuditActions()) {
            if (!action && auditActionLabel(a) == text)
                action = a;
        }
        if (!action) {
            QStringList codes;
            for (AuditAction a : allAuditActions())
                codes << auditActionCode(a);
            return context.fail(
                ErrorKind::BadInput,
                Cli::tr("Unknown action \"%1\": use one of %2.").arg(text, codes.join(QStringLiteral(", "))));
        }
        actions << *action;
    }
    QDate from, to;
    if (const int code = readDateRange(context, parser, &from, &to))
        return code;
    qint64 limit = 0;
    if (const int code = readLimit(context, parser, &limit))
        return code;

    if (const int code = context.openExistingAndLogin())
        return code;
    QList<qint64> users;
    if (parser.isSet(QStringLiteral("account"))) {
        QList<AuditLogService::Account> accounts;
        const Result r = AuditLogService(context.workspace(), context.session()).accounts(&accounts);
        if (!r.ok())
            return context.fail(r);
        const QString login = parser.value(QStringLiteral("account")).trimmed();
        const auto it =
            std::find_if(accounts.cbegin(), accounts.cend(),
                         [&login](const AuditLogService::Account &a) { return a.login == login; });
        if (it == accounts.cend())
            return context.fail(ErrorKind::BadInput, Cli::tr("There is no account \"%1\".").arg(login));
        users << it->id;
    }
    // The listing call checks the role (the master) before any row is read.
    Result opened;
    const std::unique_ptr<TableListing> listing =
        TableListing::open(context.workspace(), auditTable().id, context.session(), &opened);
    if (!listing)
        return context.fail(opened);
    const TableDescription &table = listing->description();
    const TableFilter filter = auditFilter(users, actions, from, to);
    const TableSort sort{table.defaultSort, table.defaultDescending};
    Output &out = context.out();
    QJsonArray json;
    if (!out.json()) {
        QStringList header;
        for (const TableColumn &c : table.columns)
            header << c.label();
        out.text(header.join(QLatin1Char('\t')));
    }
    qint64 wanted = 0, total = 0;
    const int code = readListedRows(
        context, *listing, filter, sort, limit, QStringLiteral("audit list ") + args.join(QLatin1Char(' ')),
        [&](const TableRow &row) {
            if (out.json()) {
                QJsonObject o{{QStringLiteral("id"), row.id}};
                for (int c = 0; c < table.columns.size(); ++c)
                    o.insert(table.columns[c].id, cellJson(table.columns[c], row.cells.value(c)));
                o.insert(QStringLiteral("actionLabel"),
                         cellText(table.columns[AuditTable::Action], row.cells.value(AuditTable::Action)));
                json.append(o);
            } else {
                QStringList cells;
                for (int c = 0; c < table.columns.size(); ++c)
                    cells << cellText(table.columns[c], row.cells.value(c)).simplified();
                out.text(cells.join(QLatin1Char('\t')));
            }
        },
        &wanted, &total);
    if (code)
        return code;
    return finishListing(context, json, wanted, total,
                         Cli::tr("Showed %1 of %2 entries (use --limit 0 for all)."));
}

const CommandRegistration kAuditList(
    {"audit list", QT_TRANSLATE_NOOP("sd::Cli", "list the audit log, newest first (master only)"),
     QT_TRANSLATE_NOOP("sd::Cli", "[--account LOGIN] [--action CODE] [--from DATE] [--to DATE] [--limit N]"),
     QT_TRANSLATE_NOOP("sd::Cli",
                       "Prints every change and export the store recorded: time, user, action, object, "
                       "before and after. One line per entry (tab-separated, with a header line), or a JSON "
                       "array with --json (times in UTC, actions by code). Needs the master role.\n"
                       "\n"
                       "  --account LOGIN  entries of this account only (--user names who runs the command)\n"
                       "  --action CODE    entries of one action: login, orders.confirm, setting.change, "
                       "export ... (see --json output) or its label\n"
                       "  --from DATE      on or after this day (YYYY-MM-DD, Seoul)\n"
                       "  --to DATE        on or before this day\n"
                       "  --limit N        at most N entries (default 100; 0 lists all)"),
     &listAudit});

} // namespace

} // namespace sd
