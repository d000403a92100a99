#include "cli/commands/listing_options.h"

#include "cli/cli_context.h"
#include "cli/cli_options.h"
#include "cli/cli_text.h"
#include "cli/output.h"
#include "core/access/personal_data_access.h"
#include "services/access/personal_data_access.h"
#include "services/common/table_listing.h"

#include <QLocale>
#include <algorithm>

namespace sd {

namespace {
constexpr int kWindow = 1000;
} // namespace

int readDateRange(CliContext &context, const CommandParser &parser, QDate *from, QDate *to)
{
    for (const char *name : {"from", "to"}) {
        if (!parser.isSet(QLatin1String(name)))
            continue;
        const QString text = parser.value(QLatin1String(name));
        const auto date = parseIsoDate(text);
        if (!date)
            return context.fail(ErrorKind::BadInput,
                                Cli::tr("\"%1\" is not a date: write YYYY-MM-DD.").arg(text));
        *(qstrcmp(name, "from") == 0 ? from : to) = *date;
    }
    return 0;
}

int readLimit(CliContext &context, const CommandParser &parser, qint64 *limit)
{
    *limit = kDefaultListLimit;
    if (!parser.isSet(QStringLiteral("limit")))
        return 0;
    bool ok = false;
    *limit = parser.value(QStringLiteral("limit")).toLongLong(&ok);
    if (!ok || *limit < 0)
        return context.fail(ErrorKind::BadInput, Cli::tr("--limit takes a number (0 lists all)."));
    return 0;
}

int readListedRows(CliContext &context, TableListing &listing, const TableFilter &filter,
                   const TableSort &sort, qint64 limit, const QString &commandLine,
                   const std::function<void(const TableRow &)> &row, qint64 *shown, qint64 *total)
{
    Result status;
    const qint64 matching = listing.count(filter, &status);
    if (!status.ok())
        return context.fail(status);
    const qint64 wanted = limit == 0 ? matching : std::min(limit, matching);
    if (total)
        *total = matching;
    QList<TableRow> few; // read before the record, so that it can name them
    if (listing.showsPersonalData() && wanted > 0) {
        PersonalDataRead read;
        read.purpose = AccessPurpose::List;
        read.orders = wanted;
        if (wanted <= PersonalDataRead::kMaxKeptIds) {
            few = listing.fetch(filter, sort, 0, int(wanted), &status);
            if (!status.ok())
                return context.fail(status);
            read.orders = few.size();
            for (const TableRow &r : few)
                read.orderIds << r.id;
        } else {
            read.filter = commandLine;
        }
        const Result recorded = recordPersonalDataRead(context.workspace(), context.session(), read);
        if (!recorded.ok())
            return context.fail(recorded);
    }
    qint64 first = 0;
    for (const TableRow &r : few)
        row(r);
    first = few.size();
    while (first < wanted && few.isEmpty()) {
        const QList<TableRow> rows =
            listing.fetch(filter, sort, first, int(std::min<qint64>(kWindow, wanted - first)), &status);
        if (!status.ok())
            return context.fail(status);
        if (rows.isEmpty())
            break;
        for (const TableRow &r : rows)
            row(r);
        first += rows.size();
    }
    if (shown)
        *shown = first;
    return 0;
}

int finishListing(CliContext &context, const QJsonArray &json, qint64 shown, qint64 total,
                  const QString &cutNote)
{
    Output &out = context.out();
    if (out.json())
        out.printJson(json);
    else if (shown < total)
        out.note(cutNote.arg(QLocale().toString(shown), QLocale().toString(total)));
    return ExitDone;
}

} // namespace sd
