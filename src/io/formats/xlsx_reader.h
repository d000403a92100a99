#pragma once
#include "io/formats/table_data.h"

#include <QByteArray>

namespace sd {

// No part of an .xlsx may unpack to more than this (a zip bomb is refused, not read).
constexpr qint64 kXlsxMaxPartSize = 200 * 1024 * 1024;
// Cells a sheet may have, counting the empty ones before the last cell of each row.
constexpr qint64 kXlsxMaxCells = 20'000'000;

// Reads the cell texts of one worksheet: the first one in the workbook when `sheetName` is empty,
// otherwise the one with that name (compared case-insensitively, as Excel does). Shared and inline
// strings (rich-text runs joined), numbers as Excel shows them in General format but never with an
// exponent for whole numbers (a 12-digit tracking number stored as a number comes back as its digits),
// booleans as TRUE/FALSE, errors as written (#N/A), formulas as their cached result. Dates come back as
// serial numbers: styles are not read.
TableData readXlsx(const QByteArray &bytes, const QString &sheetName = QString());

} // namespace sd
