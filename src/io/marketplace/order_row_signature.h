#pragma once
#include "core/orders/channel.h"
#include "io/formats/table_rows.h"
#include "io/marketplace/order_profile.h"

#include <QList>
#include <QString>
#include <optional>

namespace sd {

// What the mapping of a file row onto an order means. Bump it whenever that meaning changes — readRow
// (order_file.cpp), the cell parsers (order_cells), core's status, claim and courier tables — so that a
// row signature written by an older program no longer matches and the row is mapped and compared again.
constexpr quint32 kOrderMappingVersion = 1;

// A file row as an import's shortcut sees it (services/orders/order_import_check): its key and the
// signature of its cells, before any mapping.
struct OrderRowKey
{
    qsizetype row = 0;              // index into the table's rows
    QString productOrderNo;         // the key cell as readRow reads it (plainCell)
    std::optional<Channel> channel; // the row's channel: the one given, the profile's, or its 판매채널 cell
    quint64 signature = 0;
};

// A 64-bit signature of one data row: XXH64 over the layout — the profile's name,
// kOrderMappingVersion, the channel given (or that the rows name their own), each of the profile's
// columns' field id and the sheet column it was found at — then, for each column the sheet has in profile
// order, the cell's text as read and whether it was a number cell (every text with its length). Equal signatures mean, but for a collision (about 2^-64 for two different
// rows), that the row maps to the same order under the same profile.
quint64 orderRowSignature(const TableRows &rows, qsizetype row, const ProfileMatch &match,
                          std::optional<Channel> channel);

// The key and signature of every data row under the match's header row (blank rows skipped, as
// readOrderRows skips them), in file order. Empty when the match has no header row or profile.
// XXH64 of `size` bytes with seed 0 (xxHash's reference values).
quint64 xxh64(const void *data, size_t size);

QList<OrderRowKey> orderRowKeys(const TableRows &rows, const ProfileMatch &match,
                                std::optional<Channel> channel);

} // namespace sd
