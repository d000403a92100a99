#include "cli/cli_context.h"
#include "cli/cli_text.h"
#include "cli/command_registry.h"
#include "cli/commands/listing_options.h"
#include "cli/commands/order_filter_options.h"
#include "cli/exit_code.h"
#include "core/orders/order_filter.h"
#include "core/table/table_orders.h"
#include "services/common/table_listing.h"
#include "services/store/workspace.h"

#include <QLocale>

namespace sd {

namespace {

int listOrders(CliContext &context, const QStringList &args)
{
    CommandParser parser(QStringLiteral("list orders"));
    addOrderFilterOptions(parser);
    parser.addValue(QStringLiteral("limit"), QStringLiteral("value"));
    parser.refuseArguments();
    QString error;
    if (!parser.parse(args, context.options(), &error))
        return context.fail(ErrorKind::Usage, error);

    // Values first: a bad one is reported before anything is opened.
    OrderFilter filter;
    if (const int code = readOrderFilter(context, parser, &filter))
        return code;
    qint64 limit = 0;
    if (const int code = readLimit(context, parser, &limit))
        return code;

    if (const int code = context.openExistingAndLogin())
        return code;
    // The listing service checks the role and masks the rows for it.
    Result opened;
    const std::unique_ptr<TableListing> listing =
        TableListing::open(context.workspace(), ordersTable().id, context.session(), &opened);
    if (!listing)
        return context.fail(opened);
    const TableFilter tableFilter = toTableFilter(filter);
    const TableSort sort = toTableSort(OrderSort()); // newest payment first
    Output &out = context.out();
    QJsonArray json;
    if (!out.json())
        out.text(Output::rowHeader());
    // An unmasked read is recorded once for the command before anything is printed.
    qint64 wanted = 0, total = 0;
    const int code = readListedRows(
        context, *listing, tableFilter, sort, limit,
        QStringLiteral("list orders ") + args.join(QLatin1Char(' ')),
        [&](const TableRow &tableRow) {
            const OrderRow row = orderRowFrom(tableRow);
            if (out.json())
                json.append(Output::rowJson(row));
            else
                out.text(Output::rowText(row));
        },
        &wanted, &total);
    if (code)
        return code;
    return finishListing(context, json, wanted, total,
                         Cli::tr("Showed %1 of %2 orders (use --limit 0 for all)."));
}

const CommandRegistration kListOrders(
    {"list orders", QT_TRANSLATE_NOOP("sd::Cli", "list orders, newest payment first"),
     QT_TRANSLATE_NOOP("sd::Cli",
                       "[--status S] [--channel C] [--from DATE] [--to DATE] [--search TEXT] [--limit N]"),
     QT_TRANSLATE_NOOP(
         "sd::Cli",
         "Prints one line per order (tab-separated, with a header line), or a JSON array with --json. "
         "Buyer and recipient data are masked for roles that may not see them.\n"
         "\n"
         "  --status S     NEW, CONFIRMED, SHIPPING, DELIVERED, DECIDED, CANCELED, RETURNED, EXCHANGED or\n"
         "                 their labels (신규주문, 발송대기 ...); several with commas or --status again\n"
         "  --channel C    NAVER, KAKAO or TALK_CHECKOUT\n"
         "  --from DATE    paid on or after this day (YYYY-MM-DD, Seoul)\n"
         "  --to DATE      paid on or before this day\n"
         "  --search TEXT  a name, phone, product, order or tracking number\n"
         "  --limit N      at most N orders (default 100; 0 lists all)"),
     &listOrders});

} // namespace

} // namespace sd
