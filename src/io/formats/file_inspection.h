#pragma once
#include "io/formats/table_data.h"

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
    QString format;     // csv, xlsx, xlsx-encrypted, xls, html, empty, blank, ole
    QString encryption; // none, agile, standard, unknown (an OLE file whose encryption is not read yet)
    QString encoding;   // csv: UTF-8, UTF-8 BOM, UTF-16LE, UTF-16BE, CP949; empty otherwise
    QList<Sheet> sheets;
    TableData first; // the first sheet's cells (the one an import reads)
    QString error;   // translated: why the file cannot be read; empty when it could

    bool readable() const { return error.isEmpty(); }
};

// `password` is kept for the encrypted-XLSX reader (not used yet: an encrypted file is told apart from
// an old .xls and reported, not opened).
FileInspection inspectFile(const QByteArray &bytes, const QString &password = {});

} // namespace sd
