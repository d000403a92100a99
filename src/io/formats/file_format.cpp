#include "io/formats/file_format.h"

#include "io/formats/cfb_reader.h"

#include <QCoreApplication>

namespace sd {

namespace {

bool isAsciiSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v';
}

} // namespace

FileFormat detectFileFormat(const QByteArray &head)
{
    const qsizetype start = head.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    if (head.size() == start)
        return FileFormat::Empty;
    if (head.startsWith("PK\x03\x04"))
        return FileFormat::Xlsx;
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
