#pragma once
#include "core/common/result.h"
#include "io/formats/table_rows.h"

#include <QString>

namespace sd {

// A sheet read from a file: rows[i] is spreadsheet row i + 1 as the user sees it. Rows and cells the file
// leaves out are empty; a row holds cells up to its last one written. `result` fails (kind BadInput, its
// message translated and plain, what a parser or libzip said in its detail for the log) when the file could
// not be read, and then `rows` is empty. `cancelled` tells a read the caller stopped (its message says so)
// from a file that is wrong.
struct TableData
{
    // Why a password-protected workbook was not read: no password was given, or the one given is wrong
    // (the message says so too). A face asks for the password on Needed and asks again on Wrong.
    enum class PasswordProblem { None, Needed, Wrong };

    TableRows rows;
    Result result;
    bool cancelled = false;
    PasswordProblem passwordProblem = PasswordProblem::None;

    bool ok() const { return result.ok(); }
    const QString &error() const { return result.message; } // empty when the file was read
    static TableData failure(const QString &message, const QString &detail = QString())
    {
        TableData t;
        t.result = Result::fail(ErrorKind::BadInput, message, detail);
        return t;
    }
    static TableData cancelledRead();
};

} // namespace sd
