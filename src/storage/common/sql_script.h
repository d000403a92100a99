#pragma once
#include <QStringList>

namespace sd {

// Splits a migration script into statements: a statement ends with ';' at the end of a line,
// except inside CREATE TRIGGER ... END; blocks. Comment lines (--) are dropped.
QStringList splitSqlScript(const QString &script);

} // namespace sd
