#pragma once
#include "io/formats/table_rows.h"

#include <QString>

namespace sd {

// A sheet read from a file: rows[i] is spreadsheet row i + 1 as the user sees it. Rows and cells the file
// leaves out are empty; a row holds cells up to its last one written. `error` is set (translated) when the
// file could not be read, and then `rows` is empty. `cancelled` tells a read the caller stopped (its
// `error` says so) from a file that is wrong.
struct TableData
{
    // Why a password-protected workbook was not read: no password was given, or the one given is wrong
    // (`error` says so too). A face asks for the password on Needed and asks again on Wrong.
    enum class PasswordProblem { None, Needed, Wrong };

    TableRows rows;
    QString error;
    bool cancelled = false;
    PasswordProblem passwordProblem = PasswordProblem::None;

    bool ok() const { return error.isEmpty(); }
    static TableData failure(const QString &message)
    {
        TableData t;
        t.error = message;
        return t;
    }
    static TableData cancelledRead();
};

} // namespace sd
