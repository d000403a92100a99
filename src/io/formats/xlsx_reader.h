#pragma once
#include "io/formats/read_control.h"
#include "io/formats/table_data.h"

#include <QByteArray>

namespace sd {

// No part of an .xlsx may unpack to more than this (a zip bomb is refused, not read).
constexpr qint64 kXlsxMaxPartSize = 200 * 1024 * 1024;

// Reads the cell texts of one worksheet: the first one in the workbook when `sheetName` is empty,
// otherwise the one with that name (compared case-insensitively, as Excel does). Shared and inline
// strings (rich-text runs joined), numbers as Excel shows them in General format but never with an
// exponent for whole numbers (a 12-digit tracking number stored as a number comes back as its digits),
// booleans as TRUE/FALSE, errors as written (#N/A), formulas as their cached result. Dates come back as
// serial numbers: styles are not read.
// Every part is parsed as it unpacks (never held whole), within the caps of read_limits.h: shared strings
// (count and characters), rows, columns, cells, characters, and the longest run of markup. Progress
// counts unpacked bytes of the sheet.
TableData readXlsx(const QByteArray &bytes, const QString &sheetName = QString(),
                   const ReadControl &control = ReadControl());

} // namespace sd
