#pragma once
#include "core/orders/order_filter.h"

namespace sd {

class CliContext;
class CommandParser;

// The filter options that `list orders` and `export orders` share: --status S (repeatable, or a
// comma list), --channel C, --from DATE, --to DATE, --search TEXT.
void addOrderFilterOptions(CommandParser &parser);
// Reads them after parse(). Returns 0, or the exit code after printing why (2 usage, 4 bad input).
int readOrderFilter(CliContext &context, const CommandParser &parser, OrderFilter *filter);

} // namespace sd
