#include "io/formats/table_reader.h"

#include "io/formats/csv_reader.h"
#include "io/formats/file_format.h"
#include "io/formats/html_table_reader.h"
#include "io/formats/office_crypto.h"
#include "io/formats/xlsx_reader.h"
#include "io/formats/xlsx_sheets.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <optional>

namespace sd {

namespace {

// The sheets of a workbook in turn, as readTable(…, fit, …) says.
TableData readFittingSheet(const QByteArray &workbook, const ReadControl &control,
                           const std::function<SheetFit(const TableData &)> &fit, QString *sheetName)
{
    TableData first = readXlsx(workbook, QString(), control);
    if (!fit || !first.ok())
        return first;
    QString error;
    const QStringList names = xlsxSheetNames(workbook, &error);
    const SheetFit firstFit = fit(first);
    if (names.size() < 2 || firstFit == SheetFit::Take) {
        if (sheetName)
            *sheetName = names.value(0);
        return first;
    }
    std::optional<qsizetype> maybe;
    TableData kept;
    if (firstFit == SheetFit::Maybe)
        maybe = 0;
    for (qsizetype i = 1; i < names.size(); ++i) {
        TableData sheet = readXlsx(workbook, names.at(i), control);
        if (sheet.cancelled)
            return sheet;
        if (!sheet.ok())
            continue; // the first sheet was read; a later one that cannot be is not the one wanted
        const SheetFit f = fit(sheet);
        if (f == SheetFit::Take) {
            if (sheetName)
                *sheetName = names.at(i);
            return sheet;
        }
        if (f == SheetFit::Maybe && !maybe) {
            maybe = i;
            kept = std::move(sheet);
        }
    }
    const bool later = maybe && *maybe > 0;
    if (sheetName)
        *sheetName = names.at(later ? *maybe : 0);
    return later ? kept : first;
}

TableData readEncryptedXlsx(const QByteArray &bytes, const QString &password, const ReadControl &control,
                            const std::function<SheetFit(const TableData &)> &fit = {},
                            QString *sheetName = nullptr)
{
    if (password.isEmpty()) {
        TableData needed = TableData::failure(unreadableFormatMessage(FileFormat::EncryptedXlsx));
        needed.passwordProblem = TableData::PasswordProblem::Needed;
        return needed;
    }
    const Decrypted decrypted = decryptOfficeFile(bytes, password, control.cancel);
    if (control.cancelled())
        return TableData::cancelledRead();
    if (!decrypted.ok()) {
        TableData failed = TableData::failure(decrypted.message);
        if (decrypted.failure == DecryptFailure::WrongPassword)
            failed.passwordProblem = TableData::PasswordProblem::Wrong;
        return failed;
    }
    const FileFormat inside = detectFileFormat(decrypted.package);
    if (inside == FileFormat::Xlsb)
        return TableData::failure(unreadableFormatMessage(inside));
    if (inside != FileFormat::Xlsx)
        return TableData::failure(QCoreApplication::translate(
            "sd::TableReader", "The password opened the file, but it holds no Excel workbook (.xlsx)."));
    return readFittingSheet(decrypted.package, control, fit, sheetName);
}

} // namespace

TableData readTable(const QByteArray &bytes, const QString &password, const ReadControl &control)
{
    const FileFormat format = detectFileFormat(bytes);
    switch (format) {
    case FileFormat::Xlsx:
        return readXlsx(bytes, QString(), control);
    case FileFormat::Csv:
        return readCsv(bytes, control);
    case FileFormat::EncryptedXlsx:
        return readEncryptedXlsx(bytes, password, control);
    case FileFormat::Html:
        return readHtmlTable(bytes, control);
    case FileFormat::Ods:
    case FileFormat::Xlsb:
    case FileFormat::Pdf:
    case FileFormat::Image:
    case FileFormat::LegacyXls:
    case FileFormat::OleUnreadable:
    case FileFormat::Empty:
    case FileFormat::Blank:
        break;
    }
    return TableData::failure(unreadableFormatMessage(format));
}

TableData readTable(const QByteArray &bytes, const QString &password, const ReadControl &control,
                    const std::function<SheetFit(const TableData &)> &fit, QString *sheetName)
{
    if (sheetName)
        sheetName->clear();
    switch (detectFileFormat(bytes)) {
    case FileFormat::Xlsx:
        return readFittingSheet(bytes, control, fit, sheetName);
    case FileFormat::EncryptedXlsx:
        return readEncryptedXlsx(bytes, password, control, fit, sheetName);
    default:
        break;
    }
    return readTable(bytes, password, control);
}

QString readImportFile(const QString &fileName, qint64 maxBytes, QByteArray *bytes)
{
    bytes->clear();
    const QString shown = QDir::toNativeSeparators(fileName);
    // Said in our words: the system's own texts ("file to open is a directory", the C library's "No such
    // file or directory") are neither translated nor telling.
    const QFileInfo info(fileName);
    if (info.isDir())
        return QCoreApplication::translate("sd::TableReader",
                                           "%1 is a folder, not a file: name the file to read.")
            .arg(shown);
    if (!info.exists())
        return QCoreApplication::translate("sd::TableReader",
                                           "There is no file %1: check the name and the folder.")
            .arg(shown);
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly))
        return QCoreApplication::translate("sd::TableReader",
                                           "The file %1 could not be opened: you may not have permission to "
                                           "read it, or another program holds it.")
            .arg(shown);
    const QString tooLarge =
        QCoreApplication::translate("sd::TableReader", "The file %1 is too large to import.").arg(shown);
    if (file.size() > maxBytes)
        return tooLarge;
    // A device or a pipe reports no size (0): read in pieces and stop one piece past the cap, never the
    // whole stream (/dev/zero would never end).
    constexpr qint64 kPiece = 1 << 20;
    if (file.size() > 0)
        bytes->reserve(qsizetype(file.size() + kPiece)); // the last read finds the end
    for (;;) {
        const qsizetype at = bytes->size();
        bytes->resize(at + qsizetype(kPiece));
        const qint64 n = file.read(bytes->data() + at, kPiece);
        bytes->resize(at + qsizetype(qMax<qint64>(n, 0)));
        if (n <= 0)
            break;
        if (bytes->size() > maxBytes) {
            bytes->clear();
            bytes->squeeze();
            return tooLarge;
        }
    }
    if (file.error() != QFileDevice::NoError) {
        bytes->clear();
        return QCoreApplication::translate("sd::TableReader",
                                           "The file %1 could not be read to its end; copy it to this "
                                           "computer's disk and try again.")
            .arg(shown);
    }
    return {};
}

} // namespace sd
