#pragma once
#include "core/orders/channel.h"
#include "core/orders/order_filter.h"

#include <QString>

namespace sd {

class CliContext;
class CommandParser;

// The filter options that `list orders` and `export orders` share: --status S (repeatable, or a
// comma list), --channel C, --from DATE, --to DATE, --search TEXT.
void addOrderFilterOptions(CommandParser &parser);
// Reads them after parse(). Returns 0, or the exit code after printing why (2 usage, 4 bad input).
int readOrderFilter(CliContext &context, const CommandParser &parser, OrderFilter *filter);
// A channel as every command takes it: NAVER, KAKAO, TALK_CHECKOUT in any case, or its Korean label.
// Returns 0, or 4 (bad input) after saying which channels there are.
int readChannel(CliContext &context, const QString &text, Channel *channel);

} // namespace sd
