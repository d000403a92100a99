#pragma once
#include "io/formats/table_data.h"
#include "io/formats/table_reader.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace sd {

// What a file to import really is, for `sellerdesk-cli inspect` (support runs it when a file will not
// import). Nothing is written; the table of the first sheet is kept for the header and profile search.
struct FileInspection
{
    struct Sheet
    {
        QString name; // the worksheet's name; empty for CSV
        int rows = 0;
        int columns = 0; // the widest row
    };
    QString format;     // csv, xlsx, xlsx-encrypted, xls, ods, xlsb, pdf, image, html, empty, blank, ole
    QString encryption; // none, agile, standard, unknown (an OLE file that is not a readable workbook)
    QString encoding;   // csv: UTF-8, UTF-8 BOM, UTF-16LE, UTF-16BE, CP949; empty otherwise
    QList<Sheet> sheets;
    TableData first;   // the cells of the sheet an import reads: the first, or the one `fit` chose
    QString firstName; // that sheet's name; empty for CSV and HTML
    QString error;   // translated: why the file cannot be read; empty when it could
    // An encrypted workbook without a password (Needed) or with a wrong one (Wrong).
    TableData::PasswordProblem passwordProblem = TableData::PasswordProblem::None;

    bool readable() const { return error.isEmpty(); }
};

// `password` opens a password-protected workbook: without it (or with a wrong one) the format and the
// encryption are still reported, with passwordProblem set and `error` saying what is needed. `fit` picks
// the sheet kept in `first` as readTable(…, fit) does (readOrderTable's rule); without it, the first.
FileInspection inspectFile(const QByteArray &bytes, const QString &password = {},
                           const std::function<SheetFit(const TableData &)> &fit = {});

} // namespace sd
