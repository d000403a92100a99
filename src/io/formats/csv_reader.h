#pragma once
#include "io/formats/read_control.h"
#include "io/formats/table_data.h"

#include <QByteArray>

namespace sd {

// Reads a whole CSV file (RFC 4180: quoted cells, doubled quotes, line breaks inside quotes, CRLF or LF).
// The separator is a comma, or a tab when one of the first lines has tabs and no commas (Excel's "text"
// export). Text is UTF-8 with or without a BOM, UTF-16 with a BOM, or else CP949 (Korean Excel's "CSV").
// Each record is one row, as Excel shows it; a blank line is an empty row. A cell written ="…" (Excel's
// keep-as-text formula) reads as the text inside. The text is decoded and
// parsed piece by piece within the caps of read_limits.h (rows, columns, cells, characters, one cell's
// length); progress counts bytes of `bytes`.
TableData readCsv(const QByteArray &bytes, const ReadControl &control = ReadControl());

} // namespace sd
