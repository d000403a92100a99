#pragma once
#include "core/common/result.h"
#include "io/formats/file_format.h"
#include "io/formats/table_rows.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace sd {

// Why a row of an upload cannot be applied as it is written (flags; 0: the row is fine).
enum DispatchRowProblem : quint8 {
    UnsupportedMethod = 0x01, // 배송방법 is not 택배,등기,소포 (the other fields are not looked at)
    EmptyOrderNo = 0x02,
    EmptyCourier = 0x04,
    EmptyTracking = 0x08,
    UnknownCourier = 0x10,
    Contradicted = 0x20, // the same 상품주문번호 on another row with another courier or tracking number
    ShortenedOrderNo = 0x40,  // 상품주문번호 a spreadsheet shortened (2.02612E+15, a number cell of 15 digits)
    ShortenedTracking = 0x80, // 송장번호 the same way (6.22415E+10)
};

// One order to dispatch, as the file states it. Neither the tracking number's shape nor the order's
// existence is checked here: the order service does that.
struct DispatchUploadRow
{
    int line = 0;           // spreadsheet row number as the user sees it (1-based)
    QString productOrderNo; // 상품주문번호
    QString method;         // 배송방법 as written (may be empty)
    QString courier;        // 택배사 as written: CJ대한통운 or CJGLS (a known courier)
    QString trackingNo;     // 송장번호 as written, trimmed (the service removes hyphens and spaces)
    quint8 problems = 0;    // DispatchRowProblem flags
    int otherLine = 0;      // Contradicted: the other row with this 상품주문번호
    // Why the order service refused the row (the result file's 오류), when the file itself was fine.
    QString refusal;

    bool ok() const { return problems == 0; }
};

struct DispatchUploadProblem
{
    int line = 0;    // spreadsheet row, 0 when the problem is the whole file
    QString message; // translated sentence naming the row and the reason
};

// What a file holds: the rows that can be asked of the order service, and every one that cannot.
// `problems` lists the first kReadMaxProblems problems as sentences (read_limits.h); the rows with
// problems after those are only counted there, but every one of them is in `rejected` (its cells and
// problem flags, no sentence: dispatchRowReason() makes it when the result file is written), so a
// broken file of 100,000 rows does not build 100,000 messages. A problem of the whole file (no
// header, unreadable) leaves both row lists empty.
struct DispatchUploadResult
{
    QList<DispatchUploadRow> rows;     // without problems, in the file's order
    QList<DispatchUploadRow> rejected; // with problems, in the file's order
    QList<DispatchUploadProblem> problems;
    int omittedProblemRows = 0; // rows with problems beyond the listed ones
    bool fileProblem = false;   // the file as a whole cannot be read as an upload

    bool ok() const { return problems.isEmpty(); }
};

// The Naver "엑셀 일괄발송" layout, also accepted for Kakao: the header row is the one among the first 5
// that names 상품주문번호, 택배사 and 송장번호 (row 1 may be Naver's notice line); columns are found by
// header name, so a full 발주발송관리 download works too, and so does a result file (its 오류 column is
// not read). 배송방법 is optional; a row whose method is not 택배,등기,소포 (직접전달, 퀵서비스,
// 방문수령 ...) is unsupported. Empty rows are skipped; a row repeating an earlier one exactly is
// dropped; the same 상품주문번호 with another courier or tracking number rejects both rows (which one is
// right is the seller's call).
DispatchUploadResult parseDispatchUpload(const QByteArray &bytes);
// The same on a table already read (rows[i] is spreadsheet row i + 1).
DispatchUploadResult parseDispatchTable(const TableRows &rows);

// The table is in the upload layout itself: a header row among the first 5 that names 상품주문번호, 택배사
// and 송장번호 and nothing but the layout's columns (배송방법, and 오류 of a result file). An order download
// that has those columns among others (발주발송관리) is not: it is imported as orders.
bool isDispatchUploadLayout(const TableRows &rows);

// The row's problems as one translated text, or the service's refusal; empty for a good row.
QString dispatchRowReason(const DispatchUploadRow &row);

// Writes rows in the upload layout (상품주문번호, 배송방법, 택배사, 송장번호) plus 오류 with each row's
// reason: the result file of an import, which the seller corrects and uploads again. `format` is
// FileFormat::Xlsx (text cells, so Excel keeps every digit of an order number) or FileFormat::Csv
// (UTF-8 with a BOM). The file appears only when complete and is owner-only from its first byte
// (PendingFile). On failure: a translated, plain message, and the writer's or file system's words in the
// detail (for the log).
Result writeDispatchResultFile(const QString &fileName, FileFormat format,
                                const QList<DispatchUploadRow> &rows);

} // namespace sd
