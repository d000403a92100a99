#include "cli/cli_context.h"
#include "cli/cli_text.h"
#include "cli/command_registry.h"
#include "cli/exit_code.h"
#include "core/orders/delay_reason.h"
#include "services/orders/order_service.h"
#include "services/store/workspace.h"

namespace sd {

namespace {

enum class Shape {
    Ids,      // one or more IDs, no options
    Tracking, // one ID with --courier and --tracking
    Delay,    // IDs with --until, --reason, [--detail]
    One,      // exactly one ID
    None,     // no arguments
};

struct SubCommand
{
    const char *name;
    Shape shape;
};

const SubCommand kSubCommands[] = {
    {"confirm", Shape::Ids}, {"dispatch", Shape::Tracking}, {"fix-tracking", Shape::Tracking},
    {"deliver", Shape::Ids}, {"decide", Shape::Ids},        {"delay", Shape::Delay},
    {"show", Shape::One},    {"auto-decide", Shape::None},
};

int show(CliContext &context, const QString &id)
{
    OrderService service(context.workspace(), context.session());
    Order order;
    const Result found = service.find(id, &order); // masks personal data for roles that may not see it
    if (!found.ok())
        return context.fail(found);
    const QList<OrderEvent> history = service.history(id);
    if (context.out().json())
        context.out().printJson(Output::orderJson(order, history));
    else
        context.out().text(Output::orderText(order, history));
    return ExitDone;
}

// Every "order ..." command: `name` is its second word, `args` what follows it.
int runOrder(CliContext &context, const QString &name, const QStringList &args)
{
    const SubCommand *sub = nullptr;
    for (const SubCommand &s : kSubCommands) {
        if (name == QLatin1String(s.name))
            sub = &s;
    }
    Q_ASSERT(sub); // only registered names arrive here
    if (!sub)
        return context.fail(ErrorKind::Usage, {});

    CommandParser parser(QStringLiteral("order ") + name);
    if (sub->shape == Shape::Tracking) {
        parser.addValue(QStringLiteral("courier"), QStringLiteral("CODE"));
        parser.addValue(QStringLiteral("tracking"), QStringLiteral("NO"));
    } else if (sub->shape == Shape::Delay) {
        parser.addValue(QStringLiteral("until"), QStringLiteral("DATE"));
        parser.addValue(QStringLiteral("reason"), QStringLiteral("CODE"));
        parser.addValue(QStringLiteral("detail"), QStringLiteral("TEXT"));
    }
    if (sub->shape == Shape::None)
        parser.refuseArguments();
    QString error;
    if (!parser.parse(args, context.options(), &error))
        return context.fail(ErrorKind::Usage, error);
    const QStringList ids = parser.positional();
    switch (sub->shape) {
    case Shape::None:
        break;
    case Shape::One:
    case Shape::Tracking:
        if (ids.size() != 1)
            return context.fail(ErrorKind::Usage,
                                Cli::tr("order %1 takes exactly one product order number.").arg(name));
        break;
    case Shape::Ids:
    case Shape::Delay:
        if (ids.isEmpty())
            return context.fail(ErrorKind::Usage,
                                Cli::tr("order %1 needs at least one product order number.").arg(name));
        break;
    }
    if (sub->shape == Shape::Tracking) {
        for (const char *option : {"courier", "tracking"}) {
            if (!parser.isSet(QLatin1String(option)))
                return context.fail(ErrorKind::Usage,
                                    Cli::tr("order %1 needs --%2.").arg(name, QLatin1String(option)));
        }
    }
    // Values are checked before anything is opened.
    QDate until;
    DelayReason reason = DelayReason::Etc;
    if (sub->shape == Shape::Delay) {
        for (const char *option : {"until", "reason"}) {
            if (!parser.isSet(QLatin1String(option)))
                return context.fail(ErrorKind::Usage,
                                    Cli::tr("order %1 needs --%2.").arg(name, QLatin1String(option)));
        }
        const auto date = parseIsoDate(parser.value(QStringLiteral("until")));
        if (!date)
            return context.fail(ErrorKind::BadInput, Cli::tr("\"%1\" is not a date: write YYYY-MM-DD.")
                                                         .arg(parser.value(QStringLiteral("until"))));
        until = *date;
        const auto parsed = parseDelayReason(parser.value(QStringLiteral("reason")));
        if (!parsed)
            return context.fail(ErrorKind::BadInput,
                                Cli::tr("Unknown delay reason \"%1\": use PRODUCT_PREPARE, CUSTOMER_REQUEST, "
                                        "CUSTOM_BUILD, RESERVED_DISPATCH, OVERSEA_DELIVERY or ETC.")
                                    .arg(parser.value(QStringLiteral("reason"))));
        reason = *parsed;
    }

    if (const int code = context.openExistingAndLogin())
        return code;
    if (sub->shape == Shape::One)
        return show(context, ids.first());
    if (sub->shape == Shape::None) {
        // The automatic decision runs as the system, so check here that this user may trigger it.
        if (const int code = context.require(Permission::ProcessOrders))
            return code;
    }

    OrderService service(context.workspace(), context.session());
    const DispatchRequest request{ids.value(0), parser.value(QStringLiteral("courier")),
                                  parser.value(QStringLiteral("tracking"))};
    BulkReport result;
    if (name == QLatin1String("confirm"))
        result = service.confirm(ids);
    else if (name == QLatin1String("dispatch"))
        result = service.dispatch({request});
    else if (name == QLatin1String("fix-tracking"))
        result = service.fixTracking({request});
    else if (name == QLatin1String("deliver"))
        result = service.deliver(ids);
    else if (name == QLatin1String("decide"))
        result = service.correctDecision(ids);
    else if (name == QLatin1String("delay"))
        result = service.delay(ids, until, reason, parser.value(QStringLiteral("detail")));
    else
        result = service.autoDecide();
    if (sub->shape == Shape::None && result.ok() && result.outcomes.isEmpty() && !context.out().json())
        context.out().note(Cli::tr("No delivered order is due for the automatic purchase decision."));
    return context.out().outcomes(result);
}

// The order of these registrations is the order of `sellerdesk-cli order --help`: an order's life.
const CommandRegistration kOrderShow(
    {"order show", QT_TRANSLATE_NOOP("sd::Cli", "one order with its history"),
     QT_TRANSLATE_NOOP("sd::Cli", "ID"),
     QT_TRANSLATE_NOOP(
         "sd::Cli", "Prints the order's fields and its history. ID is the product order number "
                    "(상품주문번호). Buyer and recipient data are masked for roles that may not see them."),
     [](CliContext &c, const QStringList &a) { return runOrder(c, QStringLiteral("show"), a); }});

const CommandRegistration kOrderConfirm(
    {"order confirm", QT_TRANSLATE_NOOP("sd::Cli", "confirm new orders (발주확인)"),
     QT_TRANSLATE_NOOP("sd::Cli", "ID..."),
     QT_TRANSLATE_NOOP("sd::Cli",
                       "Confirms one or more NEW orders. All or nothing: when one order is refused, none is "
                       "confirmed and each refusal is listed (exit 4 or 5). More than 1,000 orders are "
                       "checked whole, then written 1,000 at a time; if another program changes one in "
                       "between, the ones written stay written and the rest is listed (exit 7)."),
     [](CliContext &c, const QStringList &a) { return runOrder(c, QStringLiteral("confirm"), a); }});

const CommandRegistration kOrderDispatch(
    {"order dispatch",
     QT_TRANSLATE_NOOP("sd::Cli", "enter the tracking number (a new order is confirmed first)"),
     QT_TRANSLATE_NOOP("sd::Cli", "ID --courier CODE --tracking NO"),
     QT_TRANSLATE_NOOP(
         "sd::Cli", "Records the shipment of one order: it moves to 배송중. A NEW order is confirmed first, "
                    "as the marketplaces do.\n"
                    "\n"
                    "  --courier CODE  a courier code (CJGLS, EPOST, HANJIN ...) or name (CJ대한통운)\n"
                    "  --tracking NO   the tracking number (hyphens and spaces are ignored); checked for "
                    "the courier's shape, and refused when another checkout already uses it"),
     [](CliContext &c, const QStringList &a) { return runOrder(c, QStringLiteral("dispatch"), a); }});

const CommandRegistration kOrderFixTracking(
    {"order fix-tracking",
     QT_TRANSLATE_NOOP("sd::Cli", "correct the courier or tracking number of a shipped order"),
     QT_TRANSLATE_NOOP("sd::Cli", "ID --courier CODE --tracking NO"),
     QT_TRANSLATE_NOOP(
         "sd::Cli", "Replaces the courier and tracking number of an order that is already shipped; the old "
                    "ones stay in its history.\n"
                    "\n"
                    "  --courier CODE  a courier code (CJGLS, EPOST, HANJIN ...) or name (CJ대한통운)\n"
                    "  --tracking NO   the corrected tracking number"),
     [](CliContext &c, const QStringList &a) { return runOrder(c, QStringLiteral("fix-tracking"), a); }});

const CommandRegistration kOrderDeliver(
    {"order deliver", QT_TRANSLATE_NOOP("sd::Cli", "mark orders as delivered"),
     QT_TRANSLATE_NOOP("sd::Cli", "ID..."),
     QT_TRANSLATE_NOOP("sd::Cli", "Marks one or more shipped orders as delivered. All or nothing, as for "
                                  "\"order confirm\"."),
     [](CliContext &c, const QStringList &a) { return runOrder(c, QStringLiteral("deliver"), a); }});

const CommandRegistration kOrderDecide(
    {"order decide",
     QT_TRANSLATE_NOOP("sd::Cli", "correction: the marketplace already decided the purchase (구매확정)"),
     QT_TRANSLATE_NOOP("sd::Cli", "ID..."),
     QT_TRANSLATE_NOOP("sd::Cli",
                       "A correction, not a daily action: records that the marketplace has already decided "
                       "the purchase (the buyer, or the marketplace's automatic rule) of one or more shipped "
                       "or delivered orders whose order file has not said so yet. Purchases are decided by "
                       "the buyer or automatically (\"order auto-decide\"), never by the seller. Recorded "
                       "as a correction in the history and the audit log (orders.correct-decision). All or "
                       "nothing, as for \"order confirm\"."),
     [](CliContext &c, const QStringList &a) { return runOrder(c, QStringLiteral("decide"), a); }});

const CommandRegistration kOrderDelay(
    {"order delay", QT_TRANSLATE_NOOP("sd::Cli", "send a delayed-dispatch notice with a new dispatch date"),
     QT_TRANSLATE_NOOP("sd::Cli", "ID... --until DATE --reason CODE --detail TEXT"),
     QT_TRANSLATE_NOOP("sd::Cli",
                       "Moves the dispatch due date of orders not yet shipped (발송지연 안내).\n"
                       "\n"
                       "  --until DATE   the new dispatch date, YYYY-MM-DD (Seoul): later than the current "
                       "one, at most 90 days ahead (설정 › 기한)\n"
                       "  --reason CODE  PRODUCT_PREPARE, CUSTOMER_REQUEST, CUSTOM_BUILD, RESERVED_DISPATCH, "
                       "OVERSEA_DELIVERY, ETC or their labels\n"
                       "  --detail TEXT  what the buyer is told, one line of at most 200 characters "
                       "(required)\n"
                       "\n"
                       "Naver takes one notice per order; a second one is refused. For 카카오 톡스토어 and "
                       "톡체크아웃 the limit is not documented: it is a setting (delay.max_notices.KAKAO, "
                       "delay.max_notices.TALK_CHECKOUT; default 1, 0 = no limit)."),
     [](CliContext &c, const QStringList &a) { return runOrder(c, QStringLiteral("delay"), a); }});

const CommandRegistration kOrderAutoDecide(
    {"order auto-decide",
     QT_TRANSLATE_NOOP("sd::Cli", "purchase decision for orders delivered long enough ago"), "",
     QT_TRANSLATE_NOOP("sd::Cli",
                       "Records the purchase decision for every order delivered at least the channel's "
                       "number of days ago (설정), as the marketplaces do on their own. Needs the permission "
                       "to process orders."),
     [](CliContext &c, const QStringList &a) { return runOrder(c, QStringLiteral("auto-decide"), a); }});

} // namespace

} // namespace sd
