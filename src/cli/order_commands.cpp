#include "cli/cli_context.h"
#include "cli/cli_text.h"
#include "cli/commands.h"
#include "cli/exit_code.h"
#include "core/delay_reason.h"
#include "services/order_service.h"
#include "services/workspace.h"

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

} // namespace

int runOrder(CliContext &context, const QStringList &args)
{
    const QString name = args.value(0);
    const SubCommand *sub = nullptr;
    for (const SubCommand &s : kSubCommands) {
        if (name == QLatin1String(s.name))
            sub = &s;
    }
    if (!sub) {
        return context.fail(
            ErrorKind::Usage,
            name.isEmpty()
                ? Cli::tr("Which order action? See \"sellerdesk-cli --help\".")
                : Cli::tr("Unknown order action \"%1\". See \"sellerdesk-cli --help\".").arg(name));
    }

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
    if (!parser.parse(args.mid(1), context.options(), &error))
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
        result = service.decide(ids);
    else if (name == QLatin1String("delay"))
        result = service.delay(ids, until, reason, parser.value(QStringLiteral("detail")));
    else
        result = service.autoDecide();
    if (sub->shape == Shape::None && result.ok() && result.outcomes.isEmpty() && !context.out().json())
        context.out().message(Cli::tr("No delivered order is due for the automatic purchase decision."));
    return context.out().outcomes(result);
}

} // namespace sd
