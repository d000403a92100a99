#include "services/orders/dispatch_import.h"

#include "core/access/role.h"
#include "core/table/table_dispatch_template.h"
#include "io/formats/file_format.h"
#include "io/formats/office_crypto.h"
#include "io/formats/table_reader.h"
#include "io/marketplace/dispatch_upload.h"
#include "services/common/app_log.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <algorithm>

namespace sd {

namespace {

QString rowLabel(int line)
{
    return QCoreApplication::translate("sd::DispatchImportService", "Row %1").arg(line);
}

BulkOutcome problem(const DispatchUploadProblem &p)
{
    BulkOutcome o;
    o.label = p.line > 0 ? rowLabel(p.line) : QString();
    o.state = BulkOutcome::State::Refused;
    o.kind = ErrorKind::BadInput;
    o.message = p.message;
    return o;
}

} // namespace

DispatchImportService::DispatchImportService(Workspace &workspace, const UserSession &user)
    : m_ws(workspace), m_user(user)
{
}

bool DispatchImportService::mayImport(const UserSession &user)
{
    return user.can(Permission::ImportOrders) && user.can(Permission::ProcessOrders);
}

Result DispatchImportService::readFile(const QString &fileName, QByteArray *bytes)
{
    const QString error = readImportFile(fileName, kMaxFileBytes, bytes);
    return error.isEmpty() ? Result::success() : Result::fail(ErrorKind::BadInput, error);
}

bool DispatchImportService::isDispatchUploadFile(const QString &fileName)
{
    QByteArray bytes;
    return readFile(fileName, &bytes).ok() && isDispatchUpload(bytes);
}

bool DispatchImportService::isDispatchUpload(const QByteArray &bytes)
{
    // A password-protected workbook is an order download (Naver's); an upload is never encrypted.
    if (needsPassword(bytes))
        return false;
    const TableData table = readTable(bytes);
    return table.ok() && isDispatchUploadLayout(table.rows);
}

bool DispatchImportService::needsPassword(const QByteArray &bytes)
{
    return detectFileFormat(bytes) == FileFormat::EncryptedXlsx;
}

Result DispatchImportService::unlock(const QByteArray &bytes, const QString &password, QByteArray *plain,
                                     bool *wrongPassword)
{
    const Decrypted decrypted = decryptOfficeFile(bytes, password);
    if (wrongPassword)
        *wrongPassword = decrypted.failure == DecryptFailure::WrongPassword;
    // No password given is not a wrong one: say that the file needs its password, as the order import
    // and inspect do (a face asks again either way).
    if (!decrypted.ok() && password.isEmpty() && decrypted.failure == DecryptFailure::WrongPassword)
        return Result::fail(ErrorKind::BadInput, unreadableFormatMessage(FileFormat::EncryptedXlsx));
    if (!decrypted.ok())
        return Result::fail(ErrorKind::BadInput, decrypted.message, decrypted.detail);
    *plain = decrypted.package;
    return Result::success();
}

BulkReport DispatchImportService::importBytes(const QByteArray &bytes, bool dryRun, const QString &source,
                                              const BulkControl &control)
{
    return importUpload(bytes, {dryRun, false, source, control}).report;
}

DispatchImportReport DispatchImportService::importUpload(const QByteArray &bytes,
                                                         const DispatchImportOptions &options)
{
    DispatchImportReport done = importInFileOrder(bytes, options);
    // 합포장: the rows of one 주문번호 ship together, so they are listed together (the order service
    // names each row's 주문번호 as its group; one tracking number for all of them is accepted there).
    keepGroupsTogether(done.report.outcomes);
    return done;
}

DispatchImportReport DispatchImportService::importInFileOrder(const QByteArray &bytes,
                                                              const DispatchImportOptions &options)
{
    DispatchImportReport done;
    BulkReport &out = done.report;
    out.dryRun = options.dryRun;
    if (!mayImport(m_user)) {
        out.result =
            Result::fail(ErrorKind::Permission,
                         QCoreApplication::translate("sd::DispatchImportService",
                                                     "Your role (%1) may not import tracking numbers.")
                             .arg(roleLabel(m_user.role)));
        return done;
    }
    DispatchUploadResult upload = parseDispatchUpload(bytes);
    if (upload.fileProblem) {
        for (const DispatchUploadProblem &p : std::as_const(upload.problems))
            out.outcomes.append(problem(p));
        out.result = Result::fail(ErrorKind::BadInput, out.outcomes.constFirst().message);
        return done;
    }
    done.readable = true;

    QList<DispatchRequest> requests;
    QHash<QString, qsizetype> rowOf; // 상품주문번호 → index in upload.rows
    for (qsizetype i = 0; i < upload.rows.size(); ++i) {
        const DispatchUploadRow &row = upload.rows.at(i);
        requests.append({row.productOrderNo, row.courier, row.trackingNo});
        rowOf.insert(row.productOrderNo.trimmed(), i);
    }
    const auto label = [&](BulkReport &report) {
        for (BulkOutcome &o : report.outcomes)
            o.label = rowLabel(upload.rows.value(rowOf.value(o.key, -1)).line);
    };
    // The rows an answer of the order service did not apply, with its reason.
    const auto refusedRows = [&](const BulkReport &report, bool notDoneToo) {
        QList<DispatchUploadRow> rows;
        for (const BulkOutcome &o : report.outcomes) {
            if (o.state == BulkOutcome::State::Refused ||
                (notDoneToo && o.state == BulkOutcome::State::NotDone)) {
                DispatchUploadRow row = upload.rows.value(rowOf.value(o.key, -1));
                row.refusal = o.message;
                rows.append(row);
            }
        }
        return rows;
    };

    // A clean file, all or nothing: one run of the order service, as it always was.
    if (upload.ok() && !options.skipBad) {
        out = OrderService(m_ws, m_user)
                  .dispatchFromFile(requests, options.dryRun, options.source, options.control);
        label(out);
        done.notApplied = refusedRows(out, out.partlyDone);
        return done;
    }

    // Otherwise every row the file states well is checked first (a dry run), so the bad rows are the
    // file's and the service's together and the preview can offer the rest.
    BulkReport check;
    if (!requests.isEmpty()) {
        check = OrderService(m_ws, m_user).dispatchFromFile(requests, true, {}, options.control);
        label(check);
        if (check.cancelled || (!check.ok() && check.refusedCount() == 0)) {
            out = check; // cancelled, or storage failed: nothing was checked whole
            out.dryRun = options.dryRun;
            return done;
        }
    }
    // The bad rows in the file's order: the file's own problems and the service's refusals.
    done.notApplied = upload.rejected + refusedRows(check, false);
    std::stable_sort(done.notApplied.begin(), done.notApplied.end(),
                     [](const DispatchUploadRow &a, const DispatchUploadRow &b) { return a.line < b.line; });
    QList<DispatchRequest> applicable;
    for (const BulkOutcome &o : std::as_const(check.outcomes)) {
        if (o.ok())
            applicable.append(requests.at(rowOf.value(o.key)));
    }
    const int bad = int(done.notApplied.size());
    if (bad == 0) { // skip-bad on a clean file: the plain run
        if (options.dryRun) {
            out = check;
        } else {
            out =
                OrderService(m_ws, m_user).dispatchFromFile(requests, false, options.source, options.control);
            label(out);
            done.notApplied = refusedRows(out, true);
        }
        return done;
    }

    // One outcome per problem of the file (the first kReadMaxProblems) and per checked row, by row.
    const auto merged = [&](const QList<BulkOutcome> &outcomes) {
        QHash<int, QString> keyOfLine;
        for (const DispatchUploadRow &row : std::as_const(upload.rejected))
            keyOfLine.insert(row.line, row.productOrderNo);
        QList<QPair<int, BulkOutcome>> byLine;
        for (const DispatchUploadProblem &p : std::as_const(upload.problems)) {
            BulkOutcome o = problem(p);
            o.key = keyOfLine.value(p.line);
            byLine.append({p.line, o});
        }
        for (const BulkOutcome &o : outcomes)
            byLine.append({upload.rows.value(rowOf.value(o.key, -1)).line, o});
        std::stable_sort(byLine.begin(), byLine.end(),
                         [](const auto &a, const auto &b) { return a.first < b.first; });
        QList<BulkOutcome> list;
        list.reserve(byLine.size() + 1);
        for (const auto &entry : std::as_const(byLine))
            list.append(entry.second);
        if (upload.omittedProblemRows > 0)
            list.append(problem({0, QCoreApplication::translate("sd::DispatchImportService",
                                                                "… and %n more rows with problems.", nullptr,
                                                                upload.omittedProblemRows)}));
        return list;
    };

    if (!options.skipBad || options.dryRun || applicable.isEmpty()) {
        out.outcomes = merged(check.outcomes);
        const bool one = bad == 1 && upload.problems.size() + check.refusedCount() == 1;
        QString message;
        if (one)
            message = !upload.problems.isEmpty() ? upload.problems.constFirst().message
                                                 : done.notApplied.constFirst().refusal;
        else
            message = QCoreApplication::translate(
                "sd::DispatchImportService", "%n rows cannot be applied; nothing was changed.", nullptr, bad);
        out.result = Result::fail(ErrorKind::BadInput, message);
        return done;
    }

    // Skip-bad: the good rows alone, in one run.
    BulkReport applied =
        OrderService(m_ws, m_user).dispatchFromFile(applicable, false, options.source, options.control);
    label(applied);
    if (!applied.ok() || applied.partlyDone) {
        // Changed since the check (another program), cancelled or storage: the rows it did not write
        // are not applied either.
        done.notApplied += refusedRows(applied, true);
        std::stable_sort(
            done.notApplied.begin(), done.notApplied.end(),
            [](const DispatchUploadRow &a, const DispatchUploadRow &b) { return a.line < b.line; });
    }
    out = applied;
    // The rows the check refused were not asked again: they belong in the report too.
    QList<BulkOutcome> outcomes = applied.outcomes;
    for (const BulkOutcome &o : std::as_const(check.outcomes)) {
        if (!o.ok())
            outcomes.append(o);
    }
    out.outcomes = merged(outcomes);
    if (!applied.ok() && !applied.partlyDone)
        return done; // nothing was written: its own reason
    out.partlyDone = true;
    const int written = int(applied.writtenKeys().size());
    const int rows = int(upload.rows.size() + upload.rejected.size());
    const int badRows = int(done.notApplied.size());
    out.result =
        Result::fail(ErrorKind::BadInput,
                     written > 0 ? QCoreApplication::translate(
                                       "sd::DispatchImportService",
                                       "Partly done: %1 of %2 rows were dispatched, %3 already were; the %4 "
                                       "rows with problems were not.")
                                       .arg(written)
                                       .arg(rows)
                                       .arg(applied.unchangedCount())
                                       .arg(badRows)
                                 : QCoreApplication::translate(
                                       "sd::DispatchImportService",
                                       "Nothing new was dispatched: %1 of %2 rows already were; the %3 rows "
                                       "with problems were not.")
                                       .arg(applied.unchangedCount())
                                       .arg(rows)
                                       .arg(badRows));
    return done;
}

std::optional<FileFormat> DispatchImportService::resultFileFormat(const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix();
    if (suffix.compare(QLatin1String("xlsx"), Qt::CaseInsensitive) == 0)
        return FileFormat::Xlsx;
    if (suffix.compare(QLatin1String("csv"), Qt::CaseInsensitive) == 0)
        return FileFormat::Csv;
    return std::nullopt;
}

Result DispatchImportService::writeResultFile(const QString &fileName, const QList<DispatchUploadRow> &rows)
{
    const auto format = resultFileFormat(fileName);
    if (!format)
        return Result::fail(
            ErrorKind::BadInput,
            QCoreApplication::translate("sd::DispatchImportService",
                                        "Give the result file a name ending in .xlsx or .csv: %1")
                .arg(QDir::toNativeSeparators(fileName)));
    const Result written = writeDispatchResultFile(fileName, *format, rows);
    return written.ok() || written.kind != ErrorKind::Storage ? written : storageFailure(written.message, written);
}

std::optional<ExportRequest> DispatchImportService::templateRequest(const QStringList &productOrderNos,
                                                                    ExportFormat format, const QString &file,
                                                                    const QString &sheetName, Result *why)
{
    if (productOrderNos.size() > kMaxTemplateSelection) {
        if (why)
            *why = Result::fail(
                ErrorKind::BadInput,
                QCoreApplication::translate("sd::DispatchImportService",
                                            "Select at most %1 orders for a dispatch template, or none for "
                                            "every order awaiting dispatch.")
                    .arg(kMaxTemplateSelection));
        return std::nullopt;
    }
    ExportRequest request;
    request.table = dispatchTemplateTable().id;
    request.filter = dispatchTemplateFilter(productOrderNos);
    request.sort = dispatchTemplateSort();
    request.columns = dispatchTemplateFileColumns();
    request.format = format;
    request.file = file;
    request.sheetName = sheetName;
    if (why)
        *why = Result::success();
    return request;
}

ExportRequest DispatchImportService::templateRequest(const TableFilter &shown, bool allShown,
                                                     ExportFormat format, const QString &file,
                                                     const QString &sheetName)
{
    ExportRequest request;
    request.table = dispatchTemplateTable().id;
    request.filter = dispatchTemplateFilter(shown, !allShown);
    request.sort = dispatchTemplateSort();
    request.columns = dispatchTemplateFileColumns();
    request.format = format;
    request.file = file;
    request.sheetName = sheetName;
    return request;
}

} // namespace sd
