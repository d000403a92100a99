#pragma once
#include "core/table/table_description.h"
#include "core/table/table_filter.h"

#include <QDate>
#include <QJsonArray>
#include <QString>
#include <functional>

namespace sd {

class CliContext;
class CommandParser;
class TableListing;

// What the listing commands (list orders, audit list, export orders) share.

// --from DATE / --to DATE (YYYY-MM-DD, Seoul) after parse(); an unset option leaves the date invalid.
// Returns 0, or the exit code after printing why.
int readDateRange(CliContext &context, const CommandParser &parser, QDate *from, QDate *to);
// --limit N (0 = all; default kDefaultListLimit).
constexpr qint64 kDefaultListLimit = 100;
int readLimit(CliContext &context, const CommandParser &parser, qint64 *limit);

// `shown` and `total` (may be null) say how many rows were handed over of how many match.
// Counts the matching rows and reads the first `limit` (0 = all) of the listing in windows and hands each to
// `row`. A listing that shows personal data unmasked is recorded first (services/personal_data_access: once
// for the command, with the orders' ids when there are at most 100, else `commandLine`), and nothing is
// printed when the record cannot be written. Returns 0, or the exit code after printing why.
int readListedRows(CliContext &context, TableListing &listing, const TableFilter &filter,
                   const TableSort &sort, qint64 limit, const QString &commandLine,
                   const std::function<void(const TableRow &)> &row, qint64 *shown = nullptr,
                   qint64 *total = nullptr);

// The end of a listing: the JSON array with --json, else, when the limit cut the list, `cutNote`
// (translated, "%1 of %2 …") with the shown and the total count. Returns ExitDone.
int finishListing(CliContext &context, const QJsonArray &json, qint64 shown, qint64 total,
                  const QString &cutNote);

} // namespace sd
