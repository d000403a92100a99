#include "io/formats/file_inspection.h"

#include "io/formats/csv_reader.h"
#include "io/formats/file_format.h"
#include "io/formats/html_table_reader.h"
#include "io/formats/office_crypto.h"
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
    for (qsizetype r = 0; r < table.rows.size(); ++r)
        s.columns = qMax(s.columns, int(table.rows.columnCount(r)));
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

// The sheets of an .xlsx: names, sizes, the first one's cells.
void readWorkbook(const QByteArray &bytes, FileInspection *out)
{
    QString error;
    const QStringList names = xlsxSheetNames(bytes, &error);
    if (!error.isEmpty()) {
        out->error = error;
        return;
    }
    for (const QString &name : names) {
        const TableData sheet = readXlsx(bytes, name);
        if (!sheet.ok()) {
            out->error = sheet.error;
            return;
        }
        out->sheets << measure(name, sheet);
        if (out->sheets.size() == 1)
            out->first = sheet;
    }
}

QString encryptionName(OfficeEncryption kind)
{
    switch (kind) {
    case OfficeEncryption::Agile:
        return QStringLiteral("agile");
    case OfficeEncryption::Standard:
        return QStringLiteral("standard");
    case OfficeEncryption::Unsupported:
    case OfficeEncryption::None:
        break;
    }
    return QStringLiteral("unknown");
}

} // namespace

FileInspection inspectFile(const QByteArray &bytes, const QString &password)
{
    FileInspection out;
    out.encryption = QStringLiteral("none");
    const FileFormat format = detectFileFormat(bytes);
    switch (format) {
    case FileFormat::Xlsx:
        out.format = QStringLiteral("xlsx");
        readWorkbook(bytes, &out);
        return out;
    case FileFormat::Csv:
    case FileFormat::Html:
        out.format = format == FileFormat::Csv ? QStringLiteral("csv") : QStringLiteral("html");
        if (format == FileFormat::Csv)
            out.encoding = csvEncoding(bytes);
        out.first = format == FileFormat::Csv ? readCsv(bytes) : readHtmlTable(bytes);
        if (!out.first.ok())
            out.error = out.first.error;
        else
            out.sheets << measure(QString(), out.first);
        return out;
    case FileFormat::EncryptedXlsx: {
        out.format = QStringLiteral("xlsx-encrypted");
        const EncryptedFileInfo info = inspectCompoundFile(bytes);
        out.encryption = encryptionName(info.kind);
        if (!info.error.isEmpty()) {
            out.error = info.error;
            return out;
        }
        if (password.isEmpty()) {
            out.passwordProblem = TableData::PasswordProblem::Needed;
            out.error = unreadableFormatMessage(format);
            return out;
        }
        const Decrypted decrypted = decryptOfficeFile(bytes, password);
        if (!decrypted.ok()) {
            if (decrypted.failure == DecryptFailure::WrongPassword)
                out.passwordProblem = TableData::PasswordProblem::Wrong;
            out.error = decrypted.message;
            return out;
        }
        readWorkbook(decrypted.package, &out);
        return out;
    }
    case FileFormat::LegacyXls:
        out.format = QStringLiteral("xls");
        break;
    case FileFormat::OleUnreadable:
        out.format = QStringLiteral("ole");
        out.encryption = QStringLiteral("unknown");
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
