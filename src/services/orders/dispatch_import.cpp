#include "services/orders/dispatch_import.h"

#include "core/access/role.h"
#include "io/formats/file_format.h"
#include "io/formats/office_crypto.h"
#include "io/formats/table_reader.h"
#include "io/marketplace/dispatch_upload.h"

#include <QCoreApplication>
#include <QHash>

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
    if (!decrypted.ok())
        return Result::fail(ErrorKind::BadInput, decrypted.message, decrypted.detail);
    *plain = decrypted.package;
    return Result::success();
}

BulkReport DispatchImportService::importBytes(const QByteArray &bytes, bool dryRun, const QString &source,
                                              const BulkControl &control)
{
    BulkReport out;
    out.dryRun = dryRun;
    if (!mayImport(m_user)) {
        out.result =
            Result::fail(ErrorKind::Permission,
                         QCoreApplication::translate("sd::DispatchImportService",
                                                     "Your role (%1) may not import tracking numbers.")
                             .arg(roleLabel(m_user.role)));
        return out;
    }
    const DispatchUploadResult upload = parseDispatchUpload(bytes);
    if (!upload.ok()) {
        // The message names the row. A broken file of 100,000 rows lists its first problems only: the
        // reader keeps kReadMaxProblems of them and counts the rows after those.
        for (const DispatchUploadProblem &p : upload.problems)
            out.outcomes.append(problem(p));
        if (upload.omittedProblemRows > 0)
            out.outcomes.append(
                problem({0, QCoreApplication::translate("sd::DispatchImportService",
                                                        "… and %n more rows with problems.", nullptr,
                                                        upload.omittedProblemRows)}));
        const int total = int(upload.problems.size()) + upload.omittedProblemRows;
        out.result =
            Result::fail(ErrorKind::BadInput,
                         total == 1 ? out.outcomes.first().message
                         : upload.omittedProblemRows > 0
                             ? QCoreApplication::translate(
                                   "sd::DispatchImportService",
                                   "The file has at least %n problems; nothing was changed.", nullptr, total)
                             : QCoreApplication::translate("sd::DispatchImportService",
                                                           "The file has %n problems; nothing was changed.",
                                                           nullptr, total));
        return out;
    }
    if (upload.rows.isEmpty()) {
        out.result =
            Result::fail(ErrorKind::BadInput, QCoreApplication::translate("sd::DispatchImportService",
                                                                          "The file has no rows to import."));
        return out;
    }
    QList<DispatchRequest> requests;
    QHash<QString, int> lineOf;
    for (const DispatchUploadRow &row : upload.rows) {
        requests.append({row.productOrderNo, row.courier, row.trackingNo});
        lineOf.insert(row.productOrderNo.trimmed(), row.line);
    }
    out = OrderService(m_ws, m_user).dispatchFromFile(requests, dryRun, source, control);
    for (BulkOutcome &o : out.outcomes)
        o.label = rowLabel(lineOf.value(o.key));
    return out;
}

} // namespace sd
