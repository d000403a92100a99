#pragma once
#include "io/formats/read_control.h"
#include "io/formats/table_data.h"

#include <QByteArray>
#include <functional>

namespace sd {

// Reads an imported spreadsheet whatever it really is: .xlsx (first sheet), a web page's table or CSV,
// told apart by the bytes. An old .xls or an empty file fail with a message saying what to do. A
// password-protected workbook (office_crypto) is decrypted with `password`, then read as .xlsx: without
// one it fails with passwordProblem = Needed, with a wrong one with Wrong, a damaged file with its message.
// The password is ignored for files that have none. `control` follows the read (progress, cancel) on a
// worker thread.
TableData readTable(const QByteArray &bytes, const QString &password = QString(),
                    const ReadControl &control = ReadControl());
// How well a sheet suits the caller: Take stops at it; the first Maybe is kept in case no sheet is Take.
enum class SheetFit { No, Maybe, Take };
// As readTable, but a workbook (.xlsx, encrypted too) with several sheets is read sheet after sheet until
// `fit` says Take (an order download whose first tab is a notice 안내); when none does, the first Maybe,
// else the first sheet. `*sheetName` (when given) is the sheet read, empty for a CSV or a web page.
TableData readTable(const QByteArray &bytes, const QString &password, const ReadControl &control,
                    const std::function<SheetFit(const TableData &)> &fit, QString *sheetName = nullptr);
// Reads a file to import into `bytes`, refusing one larger than `maxBytes` before reading it. Returns an
// empty string on success, else a translated message naming the file.
QString readImportFile(const QString &fileName, qint64 maxBytes, QByteArray *bytes);

} // namespace sd
