#include "cli/cli_context.h"
#include "cli/cli_text.h"
#include "cli/command_registry.h"
#include "cli/commands/order_filter_options.h"
#include "cli/exit_code.h"
#include "core/table/table_orders.h"
#include "services/common/export_service.h"
#include "services/orders/dispatch_import.h"
#include "services/store/workspace.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonObject>
#include <QLocale>
#include <cstdio>

#ifdef Q_OS_WIN
#include <io.h>
#define SD_ISATTY _isatty
#define SD_FILENO _fileno
#else
#include <unistd.h>
#define SD_ISATTY isatty
#define SD_FILENO fileno
#endif

namespace sd {

namespace {

// --out FILE and --format xlsx|csv (from the file's extension when absent; Excel by default), checked
// before anything is opened.
int readOutAndFormat(CliContext &context, const CommandParser &parser, QString *file, QString *format)
{
    if (!parser.isSet(QStringLiteral("out")))
        return context.fail(ErrorKind::Usage, Cli::tr("Name the file to write with --out FILE."));
    *file = parser.value(QStringLiteral("out"));
    *format = parser.value(QStringLiteral("format")).trimmed().toLower();
    // The rule every command's output file follows: a file in an existing folder, a known extension.
    if (const int code = context.checkOutputFile(
            QStringLiteral("out"), *file, {QStringLiteral("xlsx"), QStringLiteral("csv")}, false,
            Cli::tr("--out: name the file .xlsx or .csv (\"%1\" would not open as what it is).")))
        return code;
    const QString suffix = QFileInfo(*file).suffix().toLower();
    const bool known = suffix == QLatin1String("csv") || suffix == QLatin1String("xlsx");
    if (format->isEmpty())
        *format = suffix == QLatin1String("csv") ? QStringLiteral("csv") : QStringLiteral("xlsx");
    if (*format != QLatin1String("xlsx") && *format != QLatin1String("csv"))
        return context.fail(ErrorKind::Usage, Cli::tr("--format takes xlsx or csv."));
    if (known && suffix != *format)
        return context.fail(ErrorKind::Usage, Cli::tr("--format %1 does not match the file's name %2.")
                                                  .arg(*format, QFileInfo(*file).fileName()));
    return ExitDone;
}

// An export's command line (no positional arguments): its options parsed, then --out and --format.
int parseExportLine(CliContext &context, CommandParser &parser, const QStringList &args, QString *file,
                    QString *format)
{
    parser.refuseArguments();
    QString error;
    if (!parser.parse(args, context.options(), &error))
        return context.fail(ErrorKind::Usage, error);
    return readOutAndFormat(context, parser, file, format);
}

// `export orders --out FILE [--format xlsx|csv] [--encoding utf8|cp949]` plus the filters of
// `list orders`: every column of the orders description (the courier label fields included), in
// the list's order (newest payment first), masked for the role.
int exportOrders(CliContext &context, const QStringList &args)
{
    CommandParser parser(QStringLiteral("export orders"));
    addOrderFilterOptions(parser);
    for (const char *name : {"out", "format", "encoding"})
        parser.addValue(QLatin1String(name), QStringLiteral("value"));
    // Values first: a bad one is reported before anything is opened.
    QString file, format;
    if (const int code = parseExportLine(context, parser, args, &file, &format))
        return code;
    const QString encoding = parser.value(QStringLiteral("encoding")).trimmed().toLower();
    if (!encoding.isEmpty() && encoding != QLatin1String("utf8") && encoding != QLatin1String("cp949"))
        return context.fail(ErrorKind::Usage, Cli::tr("--encoding takes utf8 or cp949."));
    if (!encoding.isEmpty() && format == QLatin1String("xlsx"))
        return context.fail(ErrorKind::Usage,
                            Cli::tr("--encoding is for CSV files; an Excel file needs none."));
    OrderFilter filter;
    if (const int code = readOrderFilter(context, parser, &filter))
        return code;

    if (const int code = context.openExistingAndLogin())
        return code;
    ExportRequest request;
    request.table = ordersTable().id;
    request.filter = toTableFilter(filter);
    request.sort = toTableSort(OrderSort()); // newest payment first, as `list orders`
    request.format = format == QLatin1String("xlsx")      ? ExportFormat::Xlsx
                     : encoding == QLatin1String("cp949") ? ExportFormat::CsvCp949
                                                          : ExportFormat::Csv;
    request.file = file;
    request.sheetName = Cli::tr("Orders");

    Output &out = context.out();
    const bool terminal = !out.json() && SD_ISATTY(SD_FILENO(stderr)) != 0;
    int lastPercent = -1;
    const auto progress = [&](qint64 done, qint64 total) {
        if (!terminal || total < 20000)
            return;
        const int percent = int(done * 100 / total);
        if (percent == lastPercent)
            return;
        lastPercent = percent;
        const QString text = Cli::tr("Exporting orders: %1% (%2 of %3)")
                                 .arg(percent)
                                 .arg(QLocale().toString(done), QLocale().toString(total));
        std::fputs(("\r" + text + (done >= total ? QStringLiteral("\n") : QString())).toUtf8().constData(),
                   stderr);
        std::fflush(stderr);
    };
    ExportService service(context.workspace(), context.session());
    qint64 rows = 0;
    const Result result = service.run(request, progress, &rows);
    if (!result.ok())
        return context.fail(result);
    const QString path = QDir::toNativeSeparators(QFileInfo(file).absoluteFilePath());
    if (out.json())
        out.printJson(QJsonObject{{QStringLiteral("file"), path}, {QStringLiteral("rows"), rows}});
    else
        out.note(Cli::tr("Exported %n orders to %1.", nullptr, int(rows)).arg(path));
    return ExitDone;
}

// `export dispatch-template --out FILE [--format xlsx|csv]`: the orders awaiting dispatch in the bulk
// upload's layout, through the export service (permission, audit row, file complete or absent).
int exportDispatchTemplate(CliContext &context, const QStringList &args)
{
    CommandParser parser(QStringLiteral("export dispatch-template"));
    for (const char *name : {"out", "format"})
        parser.addValue(QLatin1String(name), QStringLiteral("value"));
    QString file, format;
    if (const int code = parseExportLine(context, parser, args, &file, &format))
        return code;
    if (const int code = context.openExistingAndLogin())
        return code;
    const auto request = DispatchImportService::templateRequest(
        {}, format == QLatin1String("xlsx") ? ExportFormat::Xlsx : ExportFormat::Csv, file,
        Cli::tr("Dispatch"));
    qint64 rows = 0;
    const Result result = ExportService(context.workspace(), context.session()).run(*request, {}, &rows);
    if (!result.ok())
        return context.fail(result);
    const QString path = QDir::toNativeSeparators(QFileInfo(file).absoluteFilePath());
    Output &out = context.out();
    if (out.json())
        out.printJson(QJsonObject{{QStringLiteral("file"), path}, {QStringLiteral("rows"), rows}});
    else
        out.note(Cli::tr("Wrote %n orders awaiting dispatch to %1.", nullptr, int(rows)).arg(path));
    return ExitDone;
}

const CommandRegistration kExportOrders(
    {"export orders", QT_TRANSLATE_NOOP("sd::Cli", "write the orders to an Excel or CSV file"),
     QT_TRANSLATE_NOOP("sd::Cli",
                       "--out FILE [--format xlsx|csv] [--encoding utf8|cp949] [the filters of list orders]"),
     QT_TRANSLATE_NOOP(
         "sd::Cli",
         "Writes the orders \"list orders\" would list (same filters, newest payment first) with every "
         "column, including what a courier's label system needs (recipient, phones, postcode, address, "
         "delivery message), masked for roles that may not see personal data. The file appears only when it "
         "is complete, and every export is in the audit log.\n"
         "\n"
         "  --out FILE         the file to write\n"
         "  --format F         xlsx or csv (default: from the file's extension)\n"
         "  --encoding E       for CSV: utf8 (with a BOM, for Excel; the default) or cp949\n"
         "  --status, --channel, --from, --to, --search   as for \"list orders\""),
     &exportOrders});

const CommandRegistration kExportDispatchTemplate(
    {"export dispatch-template",
     QT_TRANSLATE_NOOP("sd::Cli", "write the orders awaiting dispatch as a bulk upload file to fill in"),
     QT_TRANSLATE_NOOP("sd::Cli", "--out FILE [--format xlsx|csv]"),
     QT_TRANSLATE_NOOP(
         "sd::Cli",
         "Writes every order awaiting dispatch (신규주문 and 발송대기) in the layout of the marketplaces' "
         "bulk "
         "dispatch upload: 상품주문번호, 배송방법, 택배사, 송장번호, the orders of one 주문번호 next to each "
         "other, courier and tracking number empty unless the order already has them. Fill them in (in "
         "Excel) and run \"import dispatch\" on the file. It holds no buyer data; it is in the audit log "
         "like every export.\n"
         "\n"
         "  --out FILE   the file to write\n"
         "  --format F   xlsx or csv (UTF-8 with a BOM); default: from the file's extension, else xlsx"),
     &exportDispatchTemplate});

} // namespace

} // namespace sd
