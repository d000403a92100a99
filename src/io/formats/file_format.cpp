#include "io/formats/file_format.h"

#include "io/formats/cfb_reader.h"
#include "io/formats/zip_reader.h"

#include <QCoreApplication>

#include <limits>

namespace sd {

namespace {

bool isAsciiSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v';
}

// What a zip archive holds: ODF names its kind in an uncompressed first entry `mimetype` (so it stands at
// a fixed place in the bytes), an .xlsb has xl/workbook.bin where an .xlsx has xl/workbook.xml. A zip
// libzip cannot open is left to the .xlsx reader, which says what is wrong with it.
FileFormat zipFormat(const QByteArray &bytes)
{
    static const QByteArray odsType("application/vnd.oasis.opendocument.spreadsheet");
    if (bytes.mid(30, 8) == "mimetype" && bytes.mid(38, odsType.size()) == odsType)
        return FileFormat::Ods;
    const ZipReader zip(bytes);
    if (!zip.isOpen())
        return FileFormat::Xlsx;
    // Whether an entry is there; opening reads nothing yet, and any size passes.
    const auto has = [&zip](const char *name) {
        ZipReader::Status status = ZipReader::Status::Ok;
        return zip.open(QLatin1String(name), std::numeric_limits<qint64>::max(), &status) != nullptr ||
               status != ZipReader::Status::Missing;
    };
    if (has("xl/workbook.xml"))
        return FileFormat::Xlsx;
    if (has("xl/workbook.bin"))
        return FileFormat::Xlsb;
    {
        QByteArray mimetype;
        if (zip.read(QStringLiteral("mimetype"), 256, &mimetype) == ZipReader::Status::Ok &&
            mimetype.trimmed() == odsType)
            return FileFormat::Ods;
    }
    return FileFormat::Xlsx;
}

bool isImage(const QByteArray &head)
{
    return head.startsWith("\x89PNG\r\n\x1A\n") || head.startsWith("\xFF\xD8\xFF") ||
           head.startsWith("GIF87a") || head.startsWith("GIF89a") ||
           (head.startsWith("RIFF") && head.mid(8, 4) == "WEBP") || head.startsWith(QByteArray("II*\0", 4)) ||
           head.startsWith(QByteArray("MM\0*", 4)) ||
           // BMP: "BM", the size, then four reserved zero bytes (no text has those)
           (head.startsWith("BM") && head.mid(6, 4) == QByteArray(4, '\0'));
}

} // namespace

FileFormat detectFileFormat(const QByteArray &head)
{
    const qsizetype start = head.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    if (head.size() == start)
        return FileFormat::Empty;
    if (head.startsWith("PK\x03\x04"))
        return zipFormat(head);
    if (head.startsWith("%PDF-"))
        return FileFormat::Pdf;
    if (isImage(head))
        return FileFormat::Image;
    if (head.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1")) {
        const CompoundFile file(head);
        if (file.hasStream(QStringLiteral("EncryptionInfo")) &&
            file.hasStream(QStringLiteral("EncryptedPackage")))
            return FileFormat::EncryptedXlsx;
        if (file.hasStream(QStringLiteral("Workbook")) || file.hasStream(QStringLiteral("Book")))
            return FileFormat::LegacyXls;
        return FileFormat::OleUnreadable;
    }
    if (head.startsWith("\xFF\xFE<\0") || head.startsWith("\xFE\xFF\0<"))
        return FileFormat::Html; // a web page saved as UTF-16 (text in UTF-16 is otherwise CSV)
    qsizetype i = start;
    while (i < head.size() && isAsciiSpace(head.at(i)))
        ++i;
    if (i == head.size())
        return FileFormat::Blank;
    if (head.at(i) == '<')
        return FileFormat::Html;
    return FileFormat::Csv;
}

QString unreadableFormatMessage(FileFormat format)
{
    switch (format) {
    case FileFormat::EncryptedXlsx:
        return QCoreApplication::translate(
            "sd::FileFormat", "This file is protected with a password. Enter the password you set "
                              "when you downloaded it.");
    case FileFormat::LegacyXls:
        return QCoreApplication::translate(
            "sd::FileFormat",
            "This file is an old Excel workbook (.xls, Excel 97-2003), which SellerDesk does not read. Open "
            "it "
            "in Excel, choose File > Save As with the type \"Excel Workbook (*.xlsx)\", then import the new "
            "file.");
    case FileFormat::OleUnreadable:
        return QCoreApplication::translate(
            "sd::FileFormat",
            "This file is an Office file SellerDesk cannot read: it is damaged, or it is not a workbook (a "
            "Word or PowerPoint file). Open it in Excel, save it as .xlsx, then import it again.");
    case FileFormat::Ods:
        return QCoreApplication::translate(
            "sd::FileFormat",
            "This file is an OpenDocument spreadsheet (.ods, LibreOffice Calc), which SellerDesk does not "
            "read. Open it in LibreOffice Calc or Excel, save it as \"Excel 2007-365 (.xlsx)\" (Excel: "
            "\"Excel Workbook (*.xlsx)\"), then import the new file.");
    case FileFormat::Xlsb:
        return QCoreApplication::translate(
            "sd::FileFormat",
            "This file is an Excel binary workbook (.xlsb), which SellerDesk does not read. Open it in "
            "Excel, choose File > Save As with the type \"Excel Workbook (*.xlsx)\", then import the new "
            "file.");
    case FileFormat::Pdf:
        return QCoreApplication::translate(
            "sd::FileFormat",
            "This file is a PDF document, not a spreadsheet. Import the download itself (.xlsx or .csv), "
            "not a printout of it.");
    case FileFormat::Image:
        return QCoreApplication::translate(
            "sd::FileFormat",
            "This file is a picture (PNG, JPEG, GIF ...), not a spreadsheet. Import the download itself "
            "(.xlsx or .csv).");
    case FileFormat::Empty:
        return QCoreApplication::translate("sd::FileFormat", "The file is empty (it holds no data at all).");
    case FileFormat::Blank:
        return QCoreApplication::translate("sd::FileFormat",
                                           "The file holds only spaces and blank lines: there is no table in "
                                           "it. Check that you chose the right file.");
    case FileFormat::Xlsx:
    case FileFormat::Csv:
    case FileFormat::Html:
        break;
    }
    return {};
}

} // namespace sd
