#pragma once
#include <QByteArray>
#include <QString>

namespace sd {

// What an imported file really is, judged from its first bytes (never from its name): marketplaces
// and users rename files freely.
enum class FileFormat {
    Xlsx,        // a zip archive (PK\3\4)
    OleCompound, // an OLE container: a password-protected .xlsx or an old .xls; not readable
    Html,        // a web page saved with an .xls name: its table is read
    Csv,         // anything else is taken as text
    Empty,       // no bytes, or only a byte-order mark
    Blank        // only white space (spaces, tabs, blank lines): there is no table in it
};

// `bytes` is the whole file: only the signature and any white space in front of the first character
// are looked at, so a file that starts with 600 spaces and then holds a table is still a table.
FileFormat detectFileFormat(const QByteArray &bytes);

// Translated message telling the user why the format cannot be imported and what to do; empty for
// Xlsx, Csv and Html.
QString unreadableFormatMessage(FileFormat format);

} // namespace sd
