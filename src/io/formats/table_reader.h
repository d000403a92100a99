#pragma once
#include "io/formats/table_data.h"

#include <QByteArray>

namespace sd {

// Reads an imported spreadsheet whatever it really is: .xlsx (first sheet) or CSV, told apart by the
// bytes. A password-protected workbook, an old .xls, a web page or an empty file fail with a message
// saying what to do.
TableData readTable(const QByteArray &bytes);
// Reads a file to import into `bytes`, refusing one larger than `maxBytes` before reading it. Returns an
// empty string on success, else a translated message naming the file.
QString readImportFile(const QString &fileName, qint64 maxBytes, QByteArray *bytes);

} // namespace sd
