#include "cli/cli_context.h"
#include "cli/cli_text.h"
#include "cli/command_registry.h"
#include "cli/commands/order_filter_options.h"
#include "cli/exit_code.h"
#include "cli/password_prompt.h"
#include "io/formats/file_format.h"
#include "io/marketplace/order_file.h"
#include "services/orders/dispatch_import.h"
#include "services/orders/order_import.h"
#include "services/store/workspace.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <algorithm>

namespace sd {

namespace {

QString kindCode(OrderImportRow::Kind kind)
{
    switch (kind) {
    case OrderImportRow::Kind::New:
        return QStringLiteral("new");
    case OrderImportRow::Kind::Updated:
        return QStringLiteral("updated");
    case OrderImportRow::Kind::Unchanged:
        return QStringLiteral("unchanged");
    case OrderImportRow::Kind::Conflict:
        return QStringLiteral("conflict");
    case OrderImportRow::Kind::Bad:
        return QStringLiteral("bad");
    }
    return {};
}

// What to say when an encrypted file's password could not be read: no terminal to ask at (a script, a
// pipe) and --password-env not given. The services' "enter the password" cannot be followed there.
QString passwordEnvNeeded()
{
    return Cli::tr("This file is protected with a password, and there is no terminal to ask for it: put the "
                   "password in an environment variable and name it with --password-env VAR.");
}

// --password-env VAR, else a no-echo prompt when the file is an encrypted workbook. Returns an exit code;
// `password` stays empty for a file that needs none. `unavailable` is set when the file needs one and none
// could be read (passwordEnvNeeded() says so).
int readFilePassword(CliContext &context, const CommandParser &parser, const QByteArray &bytes,
                     QString *password, bool *unavailable)
{
    *unavailable = false;
    if (parser.isSet(QStringLiteral("password-env"))) {
        const QString name = parser.value(QStringLiteral("password-env")).trimmed();
        const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        if (!env.contains(name))
            return context.fail(
                ErrorKind::Usage,
                Cli::tr("The environment variable %1 (--password-env) is not set.").arg(name));
        *password = env.value(name);
        return ExitDone;
    }
    if (detectFileFormat(bytes) != FileFormat::EncryptedXlsx)
        return ExitDone;
    const auto typed = readPassword(Cli::tr("Password of the file: "));
    if (typed)
        *password = *typed;
    else
        *unavailable = true;
    return ExitDone;
}

// The same for a command that cannot go on without the password: none read is exit 4, said as above.
int requireFilePassword(CliContext &context, const CommandParser &parser, const QByteArray &bytes,
                        QString *password)
{
    bool unavailable = false;
    if (const int code = readFilePassword(context, parser, bytes, password, &unavailable))
        return code;
    return unavailable ? context.fail(ErrorKind::BadInput, passwordEnvNeeded()) : ExitDone;
}

// The one file a command reads, through its service's size-capped reader.
int readInputFile(CliContext &context, const CommandParser &parser, QString *file, QByteArray *bytes,
                  Result (*read)(const QString &, QByteArray *) = &OrderImportService::readFile)
{
    const QStringList words = parser.positional();
    if (words.size() != 1)
        return context.fail(ErrorKind::Usage, Cli::tr("Name one file to read."));
    *file = words.constFirst();
    const Result done = read(*file, bytes);
    return done.ok() ? ExitDone : context.fail(done);
}

QJsonObject rowJson(const OrderImportRow &row)
{
    QJsonObject o{{QStringLiteral("kind"), kindCode(row.kind)}, {QStringLiteral("line"), row.line}};
    if (!row.productOrderNo.isEmpty())
        o.insert(QStringLiteral("productOrderNo"), row.productOrderNo);
    if (!row.changes.isEmpty())
        o.insert(QStringLiteral("changes"), QJsonArray::fromStringList(row.changes));
    if (!row.reason.isEmpty())
        o.insert(QStringLiteral("reason"), row.reason);
    return o;
}

// `import orders FILE [--channel C] [--profile NAME] [--password-env VAR] [--dry-run]`
int importOrders(CliContext &context, const QStringList &args)
{
    CommandParser parser(QStringLiteral("import orders"));
    for (const char *name : {"channel", "profile", "password-env"})
        parser.addValue(QLatin1String(name), QStringLiteral("value"));
    parser.addFlag(QStringLiteral("dry-run"));
    QString error;
    if (!parser.parse(args, context.options(), &error))
        return context.fail(ErrorKind::Usage, error);
    OrderImportOptions options;
    if (parser.isSet(QStringLiteral("channel"))) {
        Channel channel{};
        if (const int code = readChannel(context, parser.value(QStringLiteral("channel")), &channel))
            return code;
        options.channel = channel;
    }
    options.profile = parser.value(QStringLiteral("profile")).trimmed();
    const bool dryRun = parser.isSet(QStringLiteral("dry-run"));
    QString file;
    QByteArray bytes;
    if (const int code = readInputFile(context, parser, &file, &bytes))
        return code;
    if (const int code = context.openExistingAndLogin())
        return code;
    if (const int code = context.require(Permission::ImportOrders))
        return code;
    if (const int code = requireFilePassword(context, parser, bytes, &options.password))
        return code;
    options.source = QFileInfo(file).fileName();

    OrderImportService service(context.workspace(), context.session());
    OrderImportPlan plan;
    {
        const auto progress = context.progress(Cli::tr("Checking the file"));
        OrderCheckControl control;
        control.progress = [callback = progress->callback()](const OrderCheckProgress &p) {
            if (callback)
                callback(p.done, p.total);
        };
        plan = service.checkFile(bytes, options, control);
    }
    Output &out = context.out();
    const auto listRows = [&](OrderImportRow::Kind kind) {
        for (const OrderImportRow &row : plan.rows) {
            if (row.kind != kind)
                continue;
            const QString what =
                row.productOrderNo.isEmpty() ? QString() : row.productOrderNo + QStringLiteral(": ");
            out.message(row.line > 0 && !row.reason.startsWith(Cli::tr("Row %1").arg(row.line))
                            ? Cli::tr("Row %1: %2%3").arg(row.line).arg(what, row.reason)
                            : what + row.reason);
        }
    };
    if (!plan.ok()) {
        listRows(OrderImportRow::Kind::Bad);
        if (plan.moreProblems > 0)
            out.message(Cli::tr("… and %n more problems.", nullptr, plan.moreProblems));
        // One problem is also the plan's message: said once (a whole-file problem has no row to list).
        const bool said = std::any_of(plan.rows.cbegin(), plan.rows.cend(), [&](const OrderImportRow &row) {
            return row.kind == OrderImportRow::Kind::Bad && row.reason == plan.result.message;
        });
        return said ? context.failSaid(plan.result) : context.fail(plan.result);
    }
    OrderImportReport report;
    if (!dryRun) {
        const auto progress = context.progress(Cli::tr("Importing orders"));
        BulkControl control;
        const auto callback = progress->callback();
        control.progress = [callback](const BulkProgress &p) {
            if (callback)
                callback(p.done, p.total);
            return true;
        };
        report = service.apply(plan, control);
        if (!report.result.ok())
            return context.fail(report.result);
    }
    listRows(OrderImportRow::Kind::Conflict);
    if (out.json()) {
        QJsonArray rows;
        for (const OrderImportRow &row : plan.rows)
            rows.append(rowJson(row));
        out.printJson(QJsonObject{
            {QStringLiteral("file"), QDir::toNativeSeparators(QFileInfo(file).absoluteFilePath())},
            {QStringLiteral("profile"), plan.profile},
            {QStringLiteral("dryRun"), dryRun},
            {QStringLiteral("new"), plan.newCount},
            {QStringLiteral("updated"), plan.updatedCount},
            {QStringLiteral("unchanged"), plan.unchangedCount},
            {QStringLiteral("conflicts"), plan.conflictCount},
            {QStringLiteral("written"), report.written},
            {QStringLiteral("rows"), rows}});
        return ExitDone;
    }
    out.text(Cli::tr("Profile: %1 (%2), header on row %3")
                 .arg(plan.profileTitle, plan.profile)
                 .arg(plan.headerLine));
    if (!plan.profileVerified)
        out.note(Cli::tr("Some columns of this profile are unverified (seen in one public source only): "
                         "check the result."));
    out.text(Cli::tr("New: %1").arg(plan.newCount));
    out.text(Cli::tr("Updated: %1").arg(plan.updatedCount));
    out.text(Cli::tr("Unchanged: %1").arg(plan.unchangedCount));
    out.text(Cli::tr("Conflicts (not applied): %1").arg(plan.conflictCount));
    for (const OrderImportRow &row : plan.rows) {
        if (row.kind == OrderImportRow::Kind::Updated)
            out.text(
                QStringLiteral("  %1: %2").arg(row.productOrderNo, row.changes.join(QStringLiteral("; "))));
    }
    if (dryRun)
        out.note(Cli::tr("Dry run: nothing was written."));
    else if (plan.nothingToWrite())
        out.note(Cli::tr("Nothing to change: the store already has this file's orders."));
    else
        out.note(Cli::tr("Imported %n orders.", nullptr, report.written));
    return ExitDone;
}

// `import dispatch FILE [--result FILE] [--skip-bad] [--dry-run] [--password-env VAR]`
int importDispatch(CliContext &context, const QStringList &args)
{
    CommandParser parser(QStringLiteral("import dispatch"));
    for (const char *name : {"result", "password-env"})
        parser.addValue(QLatin1String(name), QStringLiteral("value"));
    parser.addFlag(QStringLiteral("skip-bad"));
    parser.addFlag(QStringLiteral("dry-run"));
    QString error;
    if (!parser.parse(args, context.options(), &error))
        return context.fail(ErrorKind::Usage, error);
    const QString resultFile = parser.value(QStringLiteral("result"));
    if (parser.isSet(QStringLiteral("result"))) {
        // Checked before anything is applied: a result that cannot be written must not follow a write.
        // The rule of every output file; the result needs its extension, which says its format.
        if (const int code = context.checkOutputFile(
                QStringLiteral("result"), resultFile, {QStringLiteral("xlsx"), QStringLiteral("csv")}, true,
                Cli::tr("--result takes a file ending in .xlsx or .csv.")))
            return code;
        const QStringList words = parser.positional();
        if (!words.isEmpty() &&
            QFileInfo(words.constFirst()).absoluteFilePath() == QFileInfo(resultFile).absoluteFilePath())
            return context.fail(ErrorKind::Usage,
                                Cli::tr("--result names the file being imported; choose another file, so the "
                                        "upload is kept."));
    }
    DispatchImportOptions options;
    options.dryRun = parser.isSet(QStringLiteral("dry-run"));
    options.skipBad = parser.isSet(QStringLiteral("skip-bad"));
    QString file;
    QByteArray bytes;
    if (const int code = readInputFile(context, parser, &file, &bytes, &DispatchImportService::readFile))
        return code;
    if (const int code = context.openExistingAndLogin())
        return code;
    for (Permission needed : {Permission::ImportOrders, Permission::ProcessOrders}) {
        if (const int code = context.require(needed))
            return code;
    }
    if (DispatchImportService::needsPassword(bytes)) {
        QString password;
        if (const int code = requireFilePassword(context, parser, bytes, &password))
            return code;
        QByteArray plain;
        const Result unlocked = DispatchImportService::unlock(bytes, password, &plain);
        if (!unlocked.ok())
            return context.fail(unlocked);
        bytes = plain;
    }
    options.source = QFileInfo(file).fileName();

    const auto progress = context.progress(Cli::tr("Importing tracking numbers"));
    const auto callback = progress->callback();
    options.control.progress = [callback](const BulkProgress &p) {
        if (callback)
            callback(p.done, p.total);
        return true;
    };
    const DispatchImportReport done =
        DispatchImportService(context.workspace(), context.session()).importUpload(bytes, options);
    const int code = context.out().outcomes(done.report, true); // every bad row named by its row
    if (!resultFile.isEmpty() && done.readable) {
        // The outcomes above already list every row; a result file that cannot be written is said, and
        // the exit code stays what the import did (7 when good rows were applied).
        const Result written = DispatchImportService::writeResultFile(resultFile, done.notApplied);
        if (!written.ok())
            context.out().note(written.message);
        else if (!done.notApplied.isEmpty())
            context.out().note(
                Cli::tr("The %n rows not applied are in %1.", nullptr, int(done.notApplied.size()))
                    .arg(QDir::toNativeSeparators(QFileInfo(resultFile).absoluteFilePath())));
    }
    if (options.dryRun && code == ExitDone)
        context.out().note(Cli::tr("Dry run: nothing was written."));
    return code;
}

QJsonObject profileJson(const OrderProfile &p, bool columns)
{
    QJsonObject o{{QStringLiteral("name"), p.name},
                  {QStringLiteral("title"), p.shownTitle()},
                  {QStringLiteral("channel"), p.channel ? channelCode(*p.channel) : QString()},
                  {QStringLiteral("builtIn"), p.builtIn},
                  {QStringLiteral("verified"), p.verified && !p.hasUnverifiedColumns()}};
    if (!p.source.isEmpty())
        o.insert(QStringLiteral("source"), p.source);
    if (!p.note.isEmpty())
        o.insert(QStringLiteral("note"), p.note);
    if (!columns)
        return o;
    QJsonArray list;
    for (const ProfileColumn &c : p.columns) {
        QJsonObject j{{QStringLiteral("field"), c.field},
                      {QStringLiteral("label"), importFieldLabel(c.field)},
                      {QStringLiteral("headers"), QJsonArray::fromStringList(c.headers)},
                      {QStringLiteral("required"), c.required},
                      {QStringLiteral("verified"), c.verified},
                      {QStringLiteral("source"), c.source}};
        list.append(j);
    }
    o.insert(QStringLiteral("columns"), list);
    return o;
}

QList<OrderProfile> allProfiles(CliContext &context)
{
    const QString db = context.databasePath();
    return OrderImportService::profilesOf(QFileInfo::exists(db) ? db : QString());
}

int profileList(CliContext &context, const QStringList &args)
{
    CommandParser parser(QStringLiteral("profile list"));
    parser.refuseArguments();
    QString error;
    if (!parser.parse(args, context.options(), &error))
        return context.fail(ErrorKind::Usage, error);
    Output &out = context.out();
    const QList<OrderProfile> profiles = allProfiles(context);
    if (out.json()) {
        QJsonArray list;
        for (const OrderProfile &p : profiles)
            list.append(profileJson(p, false));
        out.printJson(list);
        return ExitDone;
    }
    for (const OrderProfile &p : profiles) {
        QString flags = p.builtIn ? Cli::tr("built-in") : Cli::tr("yours");
        if (!p.verified || p.hasUnverifiedColumns())
            flags += QStringLiteral(", ") + Cli::tr("unverified");
        out.text(QStringLiteral("%1\t%2\t%3\t%4")
                     .arg(p.name, p.channel ? channelCode(*p.channel) : QStringLiteral("-"), flags, p.shownTitle()));
    }
    return ExitDone;
}

int profileShow(CliContext &context, const QStringList &args)
{
    CommandParser parser(QStringLiteral("profile show"));
    QString error;
    if (!parser.parse(args, context.options(), &error))
        return context.fail(ErrorKind::Usage, error);
    if (parser.positional().size() != 1)
        return context.fail(ErrorKind::Usage,
                            Cli::tr("Name one profile (sellerdesk-cli profile list shows them)."));
    const QString name = parser.positional().constFirst();
    for (const OrderProfile &p : allProfiles(context)) {
        if (p.name.compare(name, Qt::CaseInsensitive) != 0)
            continue;
        Output &out = context.out();
        if (out.json()) {
            out.printJson(profileJson(p, true));
            return ExitDone;
        }
        out.text(QStringLiteral("%1 — %2").arg(p.name, p.shownTitle()));
        if (p.channel)
            out.text(Cli::tr("Channel: %1").arg(channelLabel(*p.channel)));
        if (!p.source.isEmpty())
            out.text(Cli::tr("Source: %1").arg(p.source));
        if (!p.note.isEmpty())
            out.text(p.note);
        for (const ProfileColumn &c : p.columns) {
            QStringList flags;
            if (c.required)
                flags << Cli::tr("required");
            if (!c.verified)
                flags << Cli::tr("unverified");
            out.text(QStringLiteral("  %1\t%2\t%3%4")
                         .arg(c.headers.join(QStringLiteral(" | ")), importFieldLabel(c.field),
                              flags.join(QStringLiteral(", ")),
                              c.source.isEmpty() ? QString() : QStringLiteral("\t") + c.source));
        }
        return ExitDone;
    }
    return context.fail(
        ErrorKind::BadInput,
        Cli::tr("There is no profile named %1 (sellerdesk-cli profile list shows them).").arg(name));
}

// `inspect FILE [--password-env VAR] [--json]`: no store, no login, nothing written.
int inspect(CliContext &context, const QStringList &args)
{
    CommandParser parser(QStringLiteral("inspect"));
    parser.addValue(QStringLiteral("password-env"), QStringLiteral("value"));
    QString error;
    if (!parser.parse(args, context.options(), &error))
        return context.fail(ErrorKind::Usage, error);
    QString file;
    QByteArray bytes;
    if (const int code = readInputFile(context, parser, &file, &bytes))
        return code;
    QString password;
    bool noPassword = false;
    if (const int code = readFilePassword(context, parser, bytes, &password, &noPassword))
        return code;
    QList<OrderProfile> user;
    if (QFileInfo::exists(context.databasePath()))
        user = OrderImportService::userProfilesOf(context.databasePath());
    // The sheet an import would read (a workbook whose first tab is a notice): the same rule.
    QList<const OrderProfile *> candidates;
    for (const OrderProfile &p : builtInProfiles())
        candidates << &p;
    for (const OrderProfile &p : user)
        candidates << &p;
    FileInspection info = inspectFile(bytes, password, orderSheetFit(candidates));
    if (!info.readable() && noPassword) // the format is still told; the message says how to give it
        info.error = passwordEnvNeeded();
    const ProfileMatch match =
        info.readable() ? OrderImportService::recognise(info.first.rows, user) : ProfileMatch();
    Output &out = context.out();
    QStringList header;
    if (match.headerRow >= 0)
        header = info.first.rows.at(match.headerRow);
    while (!header.isEmpty() && header.constLast().trimmed().isEmpty())
        header.removeLast();
    if (out.json()) {
        QJsonArray sheets;
        for (const FileInspection::Sheet &s : info.sheets)
            sheets.append(QJsonObject{{QStringLiteral("name"), s.name},
                                      {QStringLiteral("rows"), s.rows},
                                      {QStringLiteral("columns"), s.columns}});
        QJsonObject profile;
        if (match.profile) {
            profile =
                QJsonObject{{QStringLiteral("name"), match.profile->name},
                            {QStringLiteral("matched"), match.complete()},
                            {QStringLiteral("missing"), QJsonArray::fromStringList(match.missingRequired)}};
        }
        QJsonObject o{
            {QStringLiteral("format"), info.format},
            {QStringLiteral("encryption"), info.encryption},
            {QStringLiteral("encoding"), info.encoding.isEmpty() ? QJsonValue() : QJsonValue(info.encoding)},
            {QStringLiteral("sheets"), sheets},
            {QStringLiteral("header"),
             match.headerRow >= 0
                 ? QJsonValue(QJsonObject{{QStringLiteral("row"), match.headerRow + 1},
                                          {QStringLiteral("sheet"), info.firstName},
                                          {QStringLiteral("cells"), QJsonArray::fromStringList(header)}})
                 : QJsonValue()},
            {QStringLiteral("profile"), match.profile ? QJsonValue(profile) : QJsonValue()}};
        if (!info.readable()) {
            // The documented error object ("code", "message", "exit"), with what could be told beside it.
            o.insert(QStringLiteral("error"), info.error);
            const QJsonObject error = Output::errorJson(CliError::BadInput, info.error);
            for (auto it = error.begin(); it != error.end(); ++it)
                o.insert(it.key(), it.value());
        }
        out.printJson(o);
        if (!info.readable()) {
            out.message(info.error);
            return cliErrorInfo(CliError::BadInput).exit;
        }
        return ExitDone;
    }
    // Labels for people; --json keeps the codes for scripts.
    const QHash<QString, QString> formats{
        {QStringLiteral("csv"), Cli::tr("CSV text")},
        {QStringLiteral("xlsx"), Cli::tr("Excel workbook (.xlsx)")},
        {QStringLiteral("xlsx-encrypted"), Cli::tr("password-protected Excel workbook (.xlsx)")},
        {QStringLiteral("xls"), Cli::tr("old Excel workbook (.xls, Excel 97-2003)")},
        {QStringLiteral("ods"), Cli::tr("OpenDocument spreadsheet (.ods)")},
        {QStringLiteral("xlsb"), Cli::tr("Excel binary workbook (.xlsb)")},
        {QStringLiteral("pdf"), Cli::tr("PDF document")},
        {QStringLiteral("image"), Cli::tr("picture")},
        {QStringLiteral("html"), Cli::tr("web page (HTML) with a table")},
        {QStringLiteral("ole"), Cli::tr("Office file that is not a readable workbook")},
        {QStringLiteral("empty"), Cli::tr("empty file")},
        {QStringLiteral("blank"), Cli::tr("only blank space")}};
    const QHash<QString, QString> encryptions{
        {QStringLiteral("none"), Cli::tr("none")},
        {QStringLiteral("agile"), Cli::tr("agile (ECMA-376, AES)")},
        {QStringLiteral("standard"), Cli::tr("standard (ECMA-376, AES-ECB)")},
        {QStringLiteral("unknown"), Cli::tr("unknown")}};
    out.text(Cli::tr("Format: %1").arg(formats.value(info.format, info.format)));
    if (!info.encoding.isEmpty())
        out.text(Cli::tr("Encoding: %1").arg(info.encoding));
    out.text(Cli::tr("Encryption: %1").arg(encryptions.value(info.encryption, info.encryption)));
    if (!info.readable())
        return context.fail(ErrorKind::BadInput, info.error);
    for (const FileInspection::Sheet &s : info.sheets) {
        const QString rows = Cli::tr("%n rows", nullptr, s.rows);
        const QString columns = Cli::tr("%n columns", nullptr, s.columns);
        // A CSV has no sheet name: its one table is just the table.
        out.text(s.name.isEmpty() ? Cli::tr("Table: %1, %2").arg(rows, columns)
                                  : Cli::tr("Sheet \"%1\": %2, %3").arg(s.name, rows, columns));
    }
    if (match.headerRow >= 0)
        out.text(
            Cli::tr("Header (row %1): %2").arg(match.headerRow + 1).arg(header.join(QStringLiteral(" | "))));
    else
        out.text(Cli::tr("Header: none found in the first %1 rows").arg(kHeaderSearchRows));
    if (match.profile && match.complete())
        out.text(Cli::tr("Profile: %1 (%2)").arg(match.profile->name, match.profile->shownTitle()));
    else if (match.profile)
        out.text(Cli::tr("Profile: none matches; closest %1, missing %2")
                     .arg(match.profile->name, match.missingRequired.join(QStringLiteral(", "))));
    return ExitDone;
}

const CommandRegistration kImportOrders(
    {"import orders", QT_TRANSLATE_NOOP("sd::Cli", "bring a marketplace's order download into the store"),
     QT_TRANSLATE_NOOP("sd::Cli", "FILE [--channel C] [--profile NAME] [--password-env VAR] [--dry-run]"),
     QT_TRANSLATE_NOOP(
         "sd::Cli",
         "Reads an order file (Naver 발주발송관리 or 주문통합검색, Kakao 톡스토어 발주서, 톡체크아웃, or "
         "SellerDesk's own "
         "export) as .xlsx or CSV, recognises its layout from the header row, checks every row and then "
         "imports all of it or nothing. The same file twice changes nothing; a newer file updates what "
         "changed and records it in the order history; a row that would move an order backwards is a "
         "conflict, listed and left as the store has it. Any bad row: exit 4, the rows listed, nothing "
         "written.\n"
         "\n"
         "  --channel C        the channel of every row: NAVER, KAKAO or TALK_CHECKOUT (any case) or its "
         "label\n"
         "  --profile NAME     the column profile to use (sellerdesk-cli profile list)\n"
         "  --password-env VAR the password of an encrypted file is in this environment variable\n"
         "                     (otherwise it is asked for, without echo)\n"
         "  --dry-run          check and report, write nothing"),
     &importOrders});

const CommandRegistration kImportDispatch(
    {"import dispatch",
     QT_TRANSLATE_NOOP("sd::Cli", "dispatch orders from a bulk upload file of tracking numbers"),
     QT_TRANSLATE_NOOP("sd::Cli", "FILE [--result FILE] [--skip-bad] [--dry-run] [--password-env VAR]"),
     QT_TRANSLATE_NOOP(
         "sd::Cli",
         "Reads the marketplaces' bulk dispatch upload (엑셀 일괄발송: 상품주문번호, 배송방법, 택배사, "
         "송장번호) "
         "as .xlsx or CSV, or the template \"export dispatch-template\" writes, and dispatches each order "
         "with its courier and tracking number (a new order is confirmed first). Orders of one 주문번호 "
         "may share one tracking number. The same file twice changes nothing.\n"
         "All or nothing by default: any bad row (a problem in the file, no such order, a tracking number "
         "of the wrong shape or used by another checkout) and nothing is written, exit 4, every bad row "
         "listed.\n"
         "\n"
         "  --skip-bad         apply the rows that can be applied and leave the bad ones, as the "
         "marketplaces do: exit 0 when there were none, 7 (partly done: the rows in the result file were "
         "not applied) when there were\n"
         "  --result FILE      write the rows not applied, in the upload layout plus an 오류 column with the "
         "reason, to FILE (.xlsx or .csv); correct them there and import the file again\n"
         "  --dry-run          check every row and report, write nothing to the store (the result file is "
         "still written)\n"
         "  --password-env VAR the password of an encrypted file is in this environment variable\n"
         "                     (otherwise it is asked for, without echo)"),
     &importDispatch});

const CommandRegistration
    kProfileList({"profile list", QT_TRANSLATE_NOOP("sd::Cli", "list the order-file column profiles"), "",
                  QT_TRANSLATE_NOOP("sd::Cli", "Lists the built-in column profiles and your own (saved "
                                               "by the mapping dialog): name, channel, whether some "
                                               "columns are unverified, title."),
                  &profileList});

const CommandRegistration kProfileShow(
    {"profile show", QT_TRANSLATE_NOOP("sd::Cli", "show one column profile"),
     QT_TRANSLATE_NOOP("sd::Cli", "NAME"),
     QT_TRANSLATE_NOOP(
         "sd::Cli", "Shows a profile's columns: the header texts, the field each fills, whether the import "
                    "needs it, and where it was learned (unverified: one weak source)."),
     &profileShow});

const CommandRegistration kInspect(
    {"inspect", QT_TRANSLATE_NOOP("sd::Cli", "tell what a file to import is and which profile it matches"),
     QT_TRANSLATE_NOOP("sd::Cli", "FILE [--password-env VAR] [--json]"),
     QT_TRANSLATE_NOOP(
         "sd::Cli",
         "Prints the format told from the bytes (csv with its encoding, xlsx, encrypted xlsx with "
         "agile or standard encryption, html, legacy xls), each sheet with its row and column "
         "counts, the header row found and the profile it matches, or the closest one and the "
         "columns it lacks. Needs no store or login and writes nothing. Exit 0 when the file could "
         "be read, 4 when not.\n"
         "\n"
         "  --password-env VAR the password of an encrypted file is in this environment variable\n"
         "  --json             keys format, encryption, encoding, sheets (name, rows, columns), "
         "header, profile"),
     &inspect});

} // namespace

} // namespace sd
