#pragma once
#include <QByteArray>
#include <QString>

namespace sd {

// What an imported file really is, judged from its first bytes (never from its name): marketplaces
// and users rename files freely.
enum class FileFormat {
    Xlsx,        // a zip archive (PK\3\4)
    OleCompound, // an OLE container: a password-protected .xlsx or an old .xls; not readable
    Html,        // a web page saved with an .xls name; not readable
    Csv,         // anything else is taken as text
    Empty        // no bytes, or only a byte-order mark and white space
};

// `head` is the start of the file; 512 bytes are plenty.
FileFormat detectFileFormat(const QByteArray &head);

// Translated message telling the user why the format cannot be imported and what to do; empty for
// Xlsx and Csv.
QString unreadableFormatMessage(FileFormat format);

} // namespace sd
