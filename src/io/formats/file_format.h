#pragma once
#include <QByteArray>
#include <QString>

namespace sd {

// What an imported file really is, judged from its first bytes (never from its name): marketplaces
// and users rename files freely.
enum class FileFormat {
    Xlsx,          // a zip archive (PK\3\4) that is none of the two below
    Ods,           // a zip whose first entry `mimetype` says OpenDocument spreadsheet (LibreOffice Calc)
    Xlsb,          // a zip with xl/workbook.bin: Excel's binary workbook; not readable
    EncryptedXlsx, // an OLE container with EncryptionInfo and EncryptedPackage: a password-protected
                   // .xlsx (Naver's order download); readable with its password
    LegacyXls,     // an OLE container with a Workbook or Book stream: Excel 97-2003 (or 95); not readable
    OleUnreadable, // an OLE container that is damaged, or neither of the two (a .doc, a .ppt)
    Html,          // a web page saved with an .xls name: its table is read
    Pdf,           // %PDF-: a document, not a table
    Image,         // PNG, JPEG, GIF, WebP, TIFF, BMP by their signatures: a picture, not a table
    Csv,           // anything else is taken as text
    Empty,         // no bytes, or only a byte-order mark
    Blank          // only white space (spaces, tabs, blank lines): there is no table in it
};

// `bytes` is the whole file: only the signature and any white space in front of the first character
// are looked at, so a file that starts with 600 spaces and then holds a table is still a table; an OLE
// container's directory is read to tell an encrypted workbook from an old .xls.
FileFormat detectFileFormat(const QByteArray &bytes);

// Translated message telling the user why the format cannot be imported and what to do; empty for
// Xlsx, Csv and Html. Ods and Xlsb say how to save the file as .xlsx; Pdf and Image that it is no table. For EncryptedXlsx it says that the password is needed.
QString unreadableFormatMessage(FileFormat format);

} // namespace sd
