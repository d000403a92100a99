#include "io/formats/xlsx_sheets.h"

#include "io/formats/xlsx_reader.h"
#include "io/formats/zip_reader.h"

#include <QCoreApplication>
#include <QXmlStreamReader>

namespace sd {

QStringList xlsxSheetNames(const QByteArray &bytes, QString *error)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return QStringList();
    };
    const ZipReader zip(bytes);
    if (!zip.isOpen())
        return fail(QCoreApplication::translate(
            "sd::XlsxReader",
            "The file is not a readable .xlsx spreadsheet: it is damaged or not a zip archive."));
    QByteArray workbook;
    if (zip.read(QStringLiteral("xl/workbook.xml"), kXlsxMaxPartSize, &workbook) != ZipReader::Status::Ok)
        return fail(QCoreApplication::translate("sd::XlsxReader",
                                                "The .xlsx file is incomplete: its part %1 is missing.")
                        .arg(QStringLiteral("xl/workbook.xml")));
    QStringList names;
    QXmlStreamReader xml(workbook);
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("sheet"))
            names << xml.attributes().value(QLatin1String("name")).toString();
    }
    if (xml.hasError())
        return fail(
            QCoreApplication::translate("sd::XlsxReader", "The .xlsx file is damaged: %1 cannot be read.")
                .arg(QStringLiteral("xl/workbook.xml")));
    return names;
}

} // namespace sd
