#pragma once
#include "core/orders/channel_status.h"
#include "core/orders/order.h"
#include "io/formats/read_control.h"
#include "io/formats/table_data.h"
#include "io/formats/table_reader.h"
#include "io/marketplace/order_profile.h"

#include <QByteArray>
#include <QList>
#include <QSet>
#include <QString>
#include <optional>
#include <vector>

namespace sd {

// The one place an order file's bytes become a table (readTable: the format told from the bytes, the
// read caps): `password` opens an encrypted download, `control` follows the read on a worker (progress,
// cancel). Of a workbook with several sheets, the first whose header one of `profiles` (empty: the
// built-in ones) matches completely is read (a notice tab 안내 before the orders), else the first with a
// header row of a profile at all, else the first sheet; `*sheetName` is the sheet read.
TableData readOrderTable(const QByteArray &bytes, const QString &password = {},
                         const ReadControl &control = ReadControl(),
                         const QList<const OrderProfile *> &profiles = {}, QString *sheetName = nullptr);
// That rule for readTable / inspectFile: Take a sheet one of `profiles` (empty: the built-in ones) matches
// completely, Maybe one with a profile's header row. The profiles must outlive the function.
std::function<SheetFit(const TableData &)> orderSheetFit(const QList<const OrderProfile *> &profiles = {});

// One order as a file states it (`order.id` is 0; contacts and reported fees filled when the file has
// them).
struct ImportedOrder
{
    int line = 0; // spreadsheet row as the seller sees it
    Order order;
    ChannelStatusReading statusReading;
};

struct OrderFileProblem
{
    int line = 0;    // spreadsheet row; 0 for the whole file
    QString message; // translated, naming the row and the reason
};

// What a profile made of a table. Whole file or nothing: `orders` is filled only when there is no problem.
struct OrderFileResult
{
    ProfileMatch match;
    QList<ImportedOrder> orders;
    QSet<QString> fields;             // the fields the file has columns for (an update changes only these)
    QList<OrderFileProblem> problems; // the first kMaxListedProblems
    int moreProblems = 0;             // problems beyond those
    int skipped = 0;                  // rows left out by `skip` (readOrderRows)

    bool ok() const { return problems.isEmpty(); }
    int problemCount() const { return int(problems.size()) + moreProblems; }
};

// Problems listed per file; the rest are counted (a broken 100,000-row file must not build 100,000
// messages).
constexpr int kMaxListedProblems = 300;

// Reads the orders under the profile's header row. `channel` overrides the profile's (--channel); a
// profile without one (SellerDesk's template) reads each row's 판매채널 cell. A required column the header
// lacks is one problem naming it; each bad cell is a problem with its row number and reason. Blank rows
// are skipped; a row repeating an earlier one exactly is dropped; the same 상품주문번호 with other content is
// a problem. Rows whose index is set in `skip` (when given: one entry per row of `rows`) are not read at
// all, only counted in `skipped`: the import's rows that the store already has from this very row (their
// signatures, order_row_signature.h); the caller must not skip a row whose 상품주문번호 another row of the
// file has too, since those are compared with each other here.
OrderFileResult readOrderRows(const TableRows &rows, const ProfileMatch &match,
                              std::optional<Channel> channel = std::nullopt,
                              const std::vector<bool> *skip = nullptr);

} // namespace sd
