#include "io/formats/file_inspection.h"

#include "io/formats/csv_reader.h"
#include "io/formats/file_format.h"
#include "io/formats/html_table_reader.h"
#include "io/formats/office_crypto.h"
#include "io/formats/text_decoding.h"
#include "io/formats/xlsx_reader.h"
#include "io/formats/xlsx_sheets.h"

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

// The text encoding readCsv() takes: its own test (detectTextEncoding), so the two never disagree.
QString csvEncoding(const QByteArray &bytes)
{
    TextEncoding encoding = TextEncoding::Utf8;
    qsizetype start = 0;
    QString error;
    (void)detectTextEncoding(bytes, &encoding, &start, &error); // a failure is readCsv's error too
    switch (encoding) {
    case TextEncoding::Utf16LE:
        return QStringLiteral("UTF-16LE");
    case TextEncoding::Utf16BE:
        return QStringLiteral("UTF-16BE");
    case TextEncoding::Cp949:
        return QStringLiteral("CP949");
    case TextEncoding::Utf8:
        break;
    }
    return start > 0 ? QStringLiteral("UTF-8 BOM") : QStringLiteral("UTF-8");
}

// The sheets of an .xlsx: names, sizes, and the cells of the one `fit` picks (the first without it).
void readWorkbook(const QByteArray &bytes, FileInspection *out,
                  const std::function<SheetFit(const TableData &)> &fit)
{
    QString error;
    const QStringList names = xlsxSheetNames(bytes, &error);
    if (!error.isEmpty()) {
        out->error = error;
        return;
    }
    SheetFit kept = SheetFit::No;
    for (const QString &name : names) {
        const TableData sheet = readXlsx(bytes, name);
        if (!sheet.ok()) {
            out->error = sheet.error();
            return;
        }
        out->sheets << measure(name, sheet);
        const SheetFit f = fit ? fit(sheet) : SheetFit::Take;
        if (out->sheets.size() == 1 || (kept != SheetFit::Take && f > kept)) {
            out->first = sheet;
            out->firstName = name;
            kept = f;
        }
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

FileInspection inspectFile(const QByteArray &bytes, const QString &password,
                           const std::function<SheetFit(const TableData &)> &fit)
{
    FileInspection out;
    out.encryption = QStringLiteral("none");
    const FileFormat format = detectFileFormat(bytes);
    switch (format) {
    case FileFormat::Xlsx:
        out.format = QStringLiteral("xlsx");
        readWorkbook(bytes, &out, fit);
        return out;
    case FileFormat::Csv:
    case FileFormat::Html:
        out.format = format == FileFormat::Csv ? QStringLiteral("csv") : QStringLiteral("html");
        if (format == FileFormat::Csv)
            out.encoding = csvEncoding(bytes);
        out.first = format == FileFormat::Csv ? readCsv(bytes) : readHtmlTable(bytes);
        if (!out.first.ok())
            out.error = out.first.error();
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
        readWorkbook(decrypted.package, &out, fit);
        return out;
    }
    case FileFormat::LegacyXls:
        out.format = QStringLiteral("xls");
        break;
    case FileFormat::Ods:
        out.format = QStringLiteral("ods");
        break;
    case FileFormat::Xlsb:
        out.format = QStringLiteral("xlsb");
        break;
    case FileFormat::Pdf:
        out.format = QStringLiteral("pdf");
        break;
    case FileFormat::Image:
        out.format = QStringLiteral("image");
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
