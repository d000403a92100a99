#include "io/formats/file_inspection.h"

#include "io/formats/csv_reader.h"
#include "io/formats/file_format.h"
#include "io/formats/xlsx_reader.h"
#include "io/formats/xlsx_sheets.h"

#include <QStringDecoder>

namespace sd {

namespace {

FileInspection::Sheet measure(const QString &name, const TableData &table)
{
    FileInspection::Sheet s;
    s.name = name;
    s.rows = int(table.rows.size());
    for (const QStringList &row : table.rows)
        s.columns = qMax(s.columns, int(row.size()));
    return s;
}

// The text encoding readCsv() will take (the same order of tests).
QString csvEncoding(const QByteArray &bytes)
{
    if (bytes.startsWith("\xFF\xFE"))
        return QStringLiteral("UTF-16LE");
    if (bytes.startsWith("\xFE\xFF"))
        return QStringLiteral("UTF-16BE");
    if (bytes.startsWith("\xEF\xBB\xBF"))
        return QStringLiteral("UTF-8 BOM");
    QStringDecoder utf8(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
    (void)utf8.decode(bytes);
    return utf8.hasError() ? QStringLiteral("CP949") : QStringLiteral("UTF-8");
}

// What an OLE compound file holds, from the names and markers in its bytes. The hook for the CFB reader:
// once io reads the container, this asks its directory (EncryptionInfo / EncryptedPackage, Workbook)
// and the EncryptionInfo version instead.
void readOle(const QByteArray &bytes, FileInspection *out)
{
    const auto utf16 = [](const char *ascii) {
        QByteArray b;
        for (const char *p = ascii; *p; ++p)
            b.append(*p).append('\0');
        return b;
    };
    if (bytes.contains(utf16("EncryptedPackage"))) {
        out->format = QStringLiteral("xlsx-encrypted");
        if (bytes.contains("http://schemas.microsoft.com/office/2006/encryption"))
            out->encryption = QStringLiteral("agile");
        else if (bytes.contains(utf16("Microsoft Enhanced RSA and AES")))
            out->encryption = QStringLiteral("standard");
        else
            out->encryption = QStringLiteral("unknown");
    } else if (bytes.contains(utf16("Workbook")) || bytes.contains(utf16("Book"))) {
        out->format = QStringLiteral("xls");
    } else {
        out->format = QStringLiteral("ole");
        out->encryption = QStringLiteral("unknown");
    }
}

} // namespace

FileInspection inspectFile(const QByteArray &bytes, const QString &password)
{
    Q_UNUSED(password);
    FileInspection out;
    out.encryption = QStringLiteral("none");
    const FileFormat format = detectFileFormat(bytes);
    switch (format) {
    case FileFormat::Xlsx: {
        out.format = QStringLiteral("xlsx");
        QString error;
        const QStringList names = xlsxSheetNames(bytes, &error);
        if (!error.isEmpty()) {
            out.error = error;
            return out;
        }
        for (const QString &name : names) {
            const TableData sheet = readXlsx(bytes, name);
            if (!sheet.ok()) {
                out.error = sheet.error;
                return out;
            }
            out.sheets << measure(name, sheet);
            if (out.sheets.size() == 1)
                out.first = sheet;
        }
        return out;
    }
    case FileFormat::Csv:
        out.format = QStringLiteral("csv");
        out.encoding = csvEncoding(bytes);
        out.first = readCsv(bytes);
        if (!out.first.ok())
            out.error = out.first.error;
        else
            out.sheets << measure(QString(), out.first);
        return out;
    case FileFormat::OleCompound:
        readOle(bytes, &out);
        break;
    case FileFormat::Html:
        out.format = QStringLiteral("html");
        break;
    case FileFormat::Empty:
        out.format = QStringLiteral("empty");
        break;
    case FileFormat::Blank:
        out.format = QStringLiteral("blank");
        break;
    }
    out.error = unreadableFormatMessage(format);
    return out;
}

} // namespace sd
