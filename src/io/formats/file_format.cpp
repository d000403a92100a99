#include "io/formats/file_format.h"

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
    if (head.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"))
        return FileFormat::OleCompound;
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
    case FileFormat::OleCompound:
        return QCoreApplication::translate(
            "sd::FileFormat",
            "This file is password-protected (or an old .xls). Open it in Excel, remove the password and "
            "save it as .xlsx, then import it again.");
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
