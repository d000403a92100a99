#pragma once
#include "core/access/user_session.h"
#include "core/common/result.h"
#include "io/formats/file_format.h"
#include "io/marketplace/dispatch_upload.h"
#include "services/common/export_service.h"
#include "services/orders/order_service.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <optional>

namespace sd {

class Workspace;

struct DispatchImportOptions
{
    bool dryRun = false;
    // Apply the rows that can be applied and hand back the others, as the marketplaces do; without
    // it the file is applied whole or not at all.
    bool skipBad = false;
    QString source; // the file's name, kept in the audit rows
    BulkControl control;
};

struct DispatchImportReport
{
    BulkReport report;
    // Every row not applied, in the file's order, with its cells and why (dispatchRowReason): the
    // result file. Empty when the file as a whole could not be read as an upload.
    QList<DispatchUploadRow> notApplied;
    bool readable = false; // the file was an upload (a header, rows): a result file can be written
};

// 송장 일괄 등록: the marketplaces' bulk dispatch upload file (엑셀 일괄발송: 상품주문번호, 배송방법,
// 택배사, 송장번호), as .xlsx or CSV. By default the whole file is applied or none of it; a bad file says
// which row and why. Importing the same file twice changes nothing (OrderService::dispatchFromFile).
// The report has one outcome per row of the file (key: the product order number, label: "Row N", the
// spreadsheet row; a row with several problems has one outcome per problem), or, for a file that
// cannot be read as an upload, one per problem (no key). Applied rows dispatch an order, Unchanged
// ones already carry this courier and number. A file of more than BulkRun::kStageSize rows is checked
// whole first and then written in stages (OrderService).
//
// Skip-bad (DispatchImportOptions::skipBad), what the marketplaces do: the rows that can be applied
// are (one transaction up to kStageSize rows, staged beyond, as any run), the others are listed with
// their reason and can be saved as a result file in the upload layout plus 오류, which the seller
// corrects and uploads again. The report is then partlyDone when some rows were bad and some were
// applied or already so (CLI exit 7); its Refused outcomes are the rows not applied. A row is bad when
// the file says something wrong (parse problems) or the order service refuses it (no such order, a
// tracking number of the wrong shape or used by another checkout, an order that cannot be dispatched).
// Either way every row is checked before anything is written.
class DispatchImportService
{
public:
    static constexpr qint64 kMaxFileBytes = 50LL * 1024 * 1024;

    DispatchImportService(Workspace &workspace, const UserSession &user);

    // Import needs both rights; the GUI asks this to enable its menu item.
    static bool mayImport(const UserSession &user);
    // Reads a file from disk (size-capped); a translated message on failure.
    static Result readFile(const QString &fileName, QByteArray *bytes);
    // Checks every row against the orders; writes nothing when `dryRun`. `source` (the file's name) is
    // kept in the audit rows.
    // A password-protected workbook is refused as needing its password: unlock() it first.
    BulkReport importBytes(const QByteArray &bytes, bool dryRun, const QString &source = {},
                           const BulkControl &control = {});
    // The same with skip-bad, and the rows not applied for the result file. The outcomes keep the
    // rows of one 주문번호 together (BulkOutcome::group, keepGroupsTogether: 합포장), each group where its
    // first row was in the file; the rows of the file's own problems have no group.
    DispatchImportReport importUpload(const QByteArray &bytes, const DispatchImportOptions &options);
    // The result file of an import: the rows not applied in the upload layout plus 오류 (the format
    // from the name: .xlsx or .csv). Owner-only, appearing only when complete. It holds what the
    // seller's own file held and the reasons, no data from the store beyond them.
    static Result writeResultFile(const QString &fileName, const QList<DispatchUploadRow> &rows);
    // .xlsx or .csv (any case); nullopt for any other name.
    static std::optional<FileFormat> resultFileFormat(const QString &fileName);

    // The dispatch template (core/table/table_dispatch_template.h) as an export of ExportService,
    // which checks the permission (ProcessOrders), streams it on a worker in the GUI, writes the
    // export audit row and makes the file appear only when complete. `productOrderNos`: a selection
    // (at most kMaxTemplateSelection); empty: every order awaiting dispatch. `sheetName` is the
    // caller's (translated). nullopt with `why` set when the selection is too big.
    static constexpr int kMaxTemplateSelection = 20000; // SQLite's bound parameters per statement
    static std::optional<ExportRequest> templateRequest(const QStringList &productOrderNos,
                                                        ExportFormat format, const QString &file,
                                                        const QString &sheetName, Result *why = nullptr);
    // Where a file given without saying what it is (dropped on the window) belongs: true when its
    // header is the dispatch upload layout itself (isDispatchUploadLayout: the upload, a result file,
    // a filled-in template), so it goes to the dispatch import; false for anything else, which goes to
    // the order import (an order download, a password-protected one, a file that does not read: the
    // order import says why). Reads the whole file; any thread.
    static bool isDispatchUploadFile(const QString &fileName);
    static bool isDispatchUpload(const QByteArray &bytes);
    // The template of what the orders grid shows: `shown` is its filter (ordersTable() ids, search,
    // 지연 위험); `allShown`: every order of it (Ctrl+A selected them all), else those of it awaiting
    // dispatch (nothing selected). Through the same export as above.
    static ExportRequest templateRequest(const TableFilter &shown, bool allShown, ExportFormat format,
                                         const QString &file, const QString &sheetName);
    // The file is a password-protected workbook: a face asks for the password and unlocks it first.
    static bool needsPassword(const QByteArray &bytes);
    // Decrypts a password-protected workbook once, so the preview and the apply read the plain file:
    // `plain` gets the .xlsx inside. A wrong password is BadInput with `wrongPassword` set (ask again);
    // an empty one is the same, said as "this file is protected with a password" (none was given); a
    // damaged file is BadInput with its message.
    static Result unlock(const QByteArray &bytes, const QString &password, QByteArray *plain,
                         bool *wrongPassword = nullptr);

private:
    DispatchImportReport importInFileOrder(const QByteArray &bytes, const DispatchImportOptions &options);

    Workspace &m_ws;
    UserSession m_user;
};

} // namespace sd
