#pragma once
#include "io/formats/table_data.h"

#include <QByteArray>

namespace sd {

// Reads an imported spreadsheet whatever it really is: .xlsx (first sheet) or CSV, told apart by the
// bytes. An old .xls, a web page or an empty file fail with a message saying what to do; a
// password-protected workbook fails with passwordProblem = Needed.
TableData readTable(const QByteArray &bytes);
// The same, and a password-protected workbook (office_crypto) is decrypted with `password`, then read
// as .xlsx: a wrong password fails with passwordProblem = Wrong, a damaged file with its message.
// The password is ignored for files that have none.
TableData readTable(const QByteArray &bytes, const QString &password);
// Reads a file to import into `bytes`, refusing one larger than `maxBytes` before reading it. Returns an
// empty string on success, else a translated message naming the file.
QString readImportFile(const QString &fileName, qint64 maxBytes, QByteArray *bytes);

} // namespace sd
