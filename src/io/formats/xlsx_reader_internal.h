#pragma once
// For tests and benchmarks: the XLSX reader with its XML path chosen, to compare the two.
#include "io/formats/read_control.h"
#include "io/formats/table_data.h"

#include <QByteArray>
#include <QString>

namespace sd::detail {

// Fast: the byte scanner, which leaves a part it does not fully understand to QXmlStreamReader (what
// readXlsx does). XmlReader: QXmlStreamReader only, the reference.
enum class XlsxXmlPath { Fast, XmlReader };

// readXlsx along `path`; `*partsReadAgain` (when given) counts the parts the scanner left to
// QXmlStreamReader.
TableData readXlsx(const QByteArray &bytes, const QString &sheetName, const ReadControl &control, XlsxXmlPath path,
                   int *partsReadAgain = nullptr);

} // namespace sd::detail
