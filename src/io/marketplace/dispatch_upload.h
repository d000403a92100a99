#pragma once
#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace sd {

// One order to dispatch, as the file states it. Neither the tracking number's shape nor the order's
// existence is checked here: the order service does that.
struct DispatchUploadRow
{
    int line = 0;           // spreadsheet row number as the user sees it (1-based)
    QString productOrderNo; // 상품주문번호
    QString courier;        // 택배사 as written: CJ대한통운 or CJGLS (a known courier)
    QString trackingNo;     // 송장번호 as written, trimmed (the service removes hyphens and spaces)
};

struct DispatchUploadProblem
{
    int line = 0;    // spreadsheet row, 0 when the problem is the whole file
    QString message; // translated sentence naming the row and the reason
};

// Whole file or nothing: `rows` is filled only when there are no problems. At most kReadMaxProblems
// problems are listed (read_limits.h); the rows with problems after those are only counted.
struct DispatchUploadResult
{
    QList<DispatchUploadRow> rows;
    QList<DispatchUploadProblem> problems;
    int omittedProblemRows = 0; // rows with problems beyond the listed ones

    bool ok() const { return problems.isEmpty(); }
};

// The Naver "엑셀 일괄발송" layout, also accepted for Kakao: the header row is the one among the first 5
// that names 상품주문번호, 택배사 and 송장번호 (row 1 may be Naver's notice line); columns are found by
// header name, so a full 발주발송관리 download works too. 배송방법 is optional; a row whose method is
// not 택배,등기,소포 (직접전달, 퀵서비스, 방문수령 ...) is unsupported. Empty rows are skipped; a row
// repeating an earlier one exactly is dropped; the same 상품주문번호 with another courier or tracking
// number is a problem.
DispatchUploadResult parseDispatchUpload(const QByteArray &bytes);
// The same on a table already read (rows[i] is spreadsheet row i + 1).
DispatchUploadResult parseDispatchTable(const QList<QStringList> &rows);

} // namespace sd
