#include "cli/commands/order_filter_options.h"

#include "cli/cli_context.h"
#include "cli/cli_options.h"
#include "cli/cli_text.h"
#include "cli/commands/listing_options.h"
#include "cli/exit_code.h"
#include "core/orders/channel.h"
#include "core/orders/order_status.h"

namespace sd {

void addOrderFilterOptions(CommandParser &parser)
{
    parser.addValue(QStringLiteral("status"), QStringLiteral("value"), true);
    for (const char *name : {"channel", "from", "to", "search"})
        parser.addValue(QLatin1String(name), QStringLiteral("value"));
}

int readChannel(CliContext &context, const QString &text, Channel *channel)
{
    const std::optional<Channel> parsed = parseChannel(text.trimmed());
    if (!parsed)
        return context.fail(ErrorKind::BadInput,
                            Cli::tr("Unknown channel \"%1\": use NAVER, KAKAO or TALK_CHECKOUT.").arg(text));
    *channel = *parsed;
    return ExitDone;
}

int readOrderFilter(CliContext &context, const CommandParser &parser, OrderFilter *filter)
{
    for (const QString &value : parser.values(QStringLiteral("status"))) {
        for (const QString &part : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const auto status = parseStatus(part.trimmed());
            if (!status)
                return context.fail(ErrorKind::BadInput, Cli::tr("Unknown status \"%1\".").arg(part));
            if (!filter->statuses.contains(*status))
                filter->statuses.append(*status);
        }
    }
    if (parser.isSet(QStringLiteral("status")) && filter->statuses.isEmpty())
        return context.fail(ErrorKind::Usage, Cli::tr("The option --status needs at least one status."));
    if (parser.isSet(QStringLiteral("channel"))) {
        Channel channel{};
        if (const int code = readChannel(context, parser.value(QStringLiteral("channel")), &channel))
            return code;
        filter->channel = channel;
    }
    if (const int code = readDateRange(context, parser, &filter->paidFrom, &filter->paidTo))
        return code;
    filter->search = parser.value(QStringLiteral("search"));
    return ExitDone;
}

} // namespace sd
