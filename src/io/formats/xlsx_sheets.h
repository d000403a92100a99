#pragma once
#include <QByteArray>
#include <QString>
#include <QStringList>

namespace sd {

// The worksheet names of an .xlsx workbook in workbook order (what `sellerdesk-cli inspect` lists; read
// each with readXlsx(bytes, name)). Empty with a translated `error` when the workbook cannot be read.
QStringList xlsxSheetNames(const QByteArray &bytes, QString *error);

} // namespace sd
