#include "io/formats/xlsx_reader.h"

#include "io/formats/zip_reader.h"

#include <QCoreApplication>
#include <QDir>
#include <QHash>
#include <QXmlStreamReader>
#include <cmath>

namespace sd {

namespace {

constexpr int kMaxRows = 1048576; // Excel's limits
constexpr int kMaxColumns = 16384;

// "B3" → column 1, row 3 (1-based row). False when it is not a cell reference inside Excel's limits.
bool parseCellRef(QStringView ref, int *column, int *row)
{
    qsizetype i = 0;
    qint64 col = 0;
    while (i < ref.size() && ref.at(i).isLetter() && ref.at(i).unicode() < 128 && col <= kMaxColumns)
        col = col * 26 + (ref.at(i++).toUpper().unicode() - 'A' + 1);
    if (i == 0 || i == ref.size() || col > kMaxColumns || !ref.at(i).isDigit())
        return false;
    bool ok = false;
    const int r = ref.sliced(i).toInt(&ok);
    if (!ok || r < 1 || r > kMaxRows)
        return false;
    *column = int(col - 1);
    *row = r;
    return true;
}

// A number as Excel shows it in General format, except that whole numbers never get an exponent.
QString formatNumber(const QString &raw)
{
    bool ok = false;
    const double v = raw.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(v))
        return raw;
    if (v == std::floor(v) && std::abs(v) < 1e21)
        return QString::number(v == 0 ? 0.0 : v, 'f', 0); // no "-0"
    return QString::number(v, 'g', 15);
}

// Text of a <si> or <is> element: a plain <t>, or the <t> of each rich-text run <r>; phonetic
// guides (<rPh>) are not part of the text.
QString readRichText(QXmlStreamReader &xml)
{
    QString text;
    while (xml.readNextStartElement()) {
        if (xml.name() == u"t") {
            text += xml.readElementText();
        } else if (xml.name() == u"r") {
            while (xml.readNextStartElement()) {
                if (xml.name() == u"t")
                    text += xml.readElementText();
                else
                    xml.skipCurrentElement();
            }
        } else {
            xml.skipCurrentElement();
        }
    }
    return text;
}

class XlsxParser
{
public:
    explicit XlsxParser(const QByteArray &bytes) : m_zip(bytes) {}

    TableData read(const QString &sheetName)
    {
        if (!m_zip.isOpen())
            return TableData::failure(QCoreApplication::translate(
                "sd::XlsxReader", "The file is not a readable .xlsx spreadsheet: it is damaged or not "
                                  "a zip archive."));
        QString sheetPart;
        if (!findSheet(sheetName, &sheetPart) || !readSharedStrings())
            return TableData::failure(m_error);
        TableData table;
        if (!readSheet(sheetPart, &table.rows))
            return TableData::failure(m_error);
        return table;
    }

private:
    bool fail(const QString &message)
    {
        if (m_error.isEmpty())
            m_error = message;
        return false;
    }

    // Unpacks `part` into `xml`; a missing optional part leaves `xml` empty and succeeds.
    bool load(const QString &part, QByteArray *xml, bool optional = false)
    {
        switch (m_zip.read(part, kXlsxMaxPartSize, xml)) {
        case ZipReader::Status::Ok:
            return true;
        case ZipReader::Status::Missing:
            return optional ||
                   fail(QCoreApplication::translate("sd::XlsxReader",
                                                    "The .xlsx file is incomplete: its part %1 is missing.")
                            .arg(part));
        case ZipReader::Status::TooLarge:
            return fail(QCoreApplication::translate(
                            "sd::XlsxReader",
                            "The .xlsx file is too large to read safely: its part %1 unpacks to more than %2 "
                            "MiB.")
                            .arg(part)
                            .arg(kXlsxMaxPartSize / (1024 * 1024)));
        case ZipReader::Status::Damaged:
            break;
        }
        return fail(QCoreApplication::translate(
                        "sd::XlsxReader", "The .xlsx file is damaged: its part %1 could not be unpacked.")
                        .arg(part));
    }

    bool checkXml(const QXmlStreamReader &xml, const QString &part)
    {
        if (!xml.hasError())
            return true;
        return fail(
            QCoreApplication::translate(
                "sd::XlsxReader", "The .xlsx file is damaged: its part %1 is not valid XML (line %2: %3).")
                .arg(part)
                .arg(xml.lineNumber())
                .arg(xml.errorString()));
    }

    // Resolves the sheet's part through xl/workbook.xml and its relationships.
    bool findSheet(const QString &sheetName, QString *part)
    {
        const QString workbookPart = QStringLiteral("xl/workbook.xml");
        const QString relsPart = QStringLiteral("xl/_rels/workbook.xml.rels");
        QByteArray bytes;
        if (!load(workbookPart, &bytes))
            return false;
        QString relationId;
        bool found = false;
        QXmlStreamReader xml(bytes);
        while (!found && xml.readNext() != QXmlStreamReader::Invalid && !xml.atEnd()) {
            if (!xml.isStartElement() || xml.name() != u"sheet")
                continue;
            const QXmlStreamAttributes attributes = xml.attributes();
            if (!sheetName.isEmpty() &&
                attributes.value(QLatin1String("name")).compare(sheetName, Qt::CaseInsensitive) != 0)
                continue;
            for (const QXmlStreamAttribute &a : attributes) {
                if (a.name() == u"id") // r:id, whatever the prefix
                    relationId = a.value().toString();
            }
            found = true;
        }
        if (!checkXml(xml, workbookPart))
            return false;
        if (!found) {
            return fail(
                sheetName.isEmpty()
                    ? QCoreApplication::translate("sd::XlsxReader", "The .xlsx file has no worksheets.")
                    : QCoreApplication::translate("sd::XlsxReader",
                                                  "The .xlsx file has no sheet named \"%1\".")
                          .arg(sheetName));
        }
        if (!load(relsPart, &bytes))
            return false;
        QXmlStreamReader rels(bytes);
        while (rels.readNext() != QXmlStreamReader::Invalid && !rels.atEnd()) {
            if (rels.isStartElement() && rels.name() == u"Relationship" &&
                rels.attributes().value(QLatin1String("Id")) == relationId) {
                const QString target = rels.attributes().value(QLatin1String("Target")).toString();
                *part = QDir::cleanPath(target.startsWith(QLatin1Char('/')) ? target.mid(1)
                                                                            : QStringLiteral("xl/") + target);
                return true;
            }
        }
        if (!checkXml(rels, relsPart))
            return false;
        return fail(QCoreApplication::translate(
                        "sd::XlsxReader", "The .xlsx file is damaged: the sheet's part is not listed in %1.")
                        .arg(relsPart));
    }

    bool readSharedStrings()
    {
        const QString part = QStringLiteral("xl/sharedStrings.xml");
        QByteArray bytes;
        if (!load(part, &bytes, true))
            return false;
        if (bytes.isEmpty())
            return true; // a workbook without text cells has none
        QXmlStreamReader xml(bytes);
        while (xml.readNext() != QXmlStreamReader::Invalid && !xml.atEnd()) {
            if (xml.isStartElement() && xml.name() == u"si")
                m_strings << readRichText(xml);
        }
        return checkXml(xml, part);
    }

    bool readSheet(const QString &part, QList<QStringList> *rows)
    {
        QByteArray bytes;
        if (!load(part, &bytes))
            return false;
        QXmlStreamReader xml(bytes);
        if (xml.readNextStartElement()) { // <worksheet>
            while (xml.readNextStartElement()) {
                if (xml.name() != u"sheetData") {
                    xml.skipCurrentElement();
                    continue;
                }
                int row = 0;
                while (xml.readNextStartElement()) {
                    if (xml.name() != u"row") {
                        xml.skipCurrentElement();
                        continue;
                    }
                    bool ok = false;
                    const int r = xml.attributes().value(QLatin1String("r")).toInt(&ok);
                    row = ok ? r : row + 1;
                    if (row < 1 || row > kMaxRows)
                        return fail(QCoreApplication::translate(
                                        "sd::XlsxReader",
                                        "The .xlsx file is damaged: its part %1 has an invalid row number.")
                                        .arg(part));
                    int column = 0;
                    while (xml.readNextStartElement()) {
                        if (xml.name() != u"c") {
                            xml.skipCurrentElement();
                            continue;
                        }
                        if (!readCell(xml, part, row, &column, rows))
                            return false;
                    }
                }
            }
        }
        return checkXml(xml, part);
    }

    // One <c>: placed by its reference, or after the previous cell when it has none.
    bool readCell(QXmlStreamReader &xml, const QString &part, int row, int *column, QList<QStringList> *rows)
    {
        const QXmlStreamAttributes attributes = xml.attributes();
        const QString ref = attributes.value(QLatin1String("r")).toString();
        const QString type = attributes.value(QLatin1String("t")).toString();
        if (!ref.isEmpty() && !parseCellRef(ref, column, &row))
            return fail(
                QCoreApplication::translate(
                    "sd::XlsxReader", "The .xlsx file is damaged: cell reference \"%1\" in %2 is not valid.")
                    .arg(ref, part));
        if (*column >= kMaxColumns)
            return fail(QCoreApplication::translate(
                            "sd::XlsxReader", "The .xlsx file is damaged: its part %1 has too many columns.")
                            .arg(part));
        QString raw;
        QString inlineText;
        while (xml.readNextStartElement()) {
            if (xml.name() == u"v")
                raw = xml.readElementText();
            else if (xml.name() == u"is")
                inlineText = readRichText(xml);
            else
                xml.skipCurrentElement(); // <f> formula: its cached result is in <v>
        }
        if (xml.hasError())
            return checkXml(xml, part);
        QString value;
        if (type == u"s") {
            bool ok = false;
            const int index = raw.trimmed().toInt(&ok);
            if (!ok || index < 0 || index >= m_strings.size())
                return fail(QCoreApplication::translate(
                                "sd::XlsxReader",
                                "The .xlsx file is damaged: cell %1 refers to text that does not exist.")
                                .arg(ref.isEmpty() ? QString::number(row) : ref));
            value = m_strings.at(index);
        } else if (type == u"inlineStr") {
            value = inlineText;
        } else if (type == u"b") {
            value = raw.trimmed() == u"1" ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
        } else if (type == u"str" || type == u"e" || type == u"d") {
            value = raw;
        } else {
            value = raw.isEmpty() ? inlineText : formatNumber(raw);
        }
        const int at = (*column)++;
        return value.isEmpty() || place(rows, row, at, value);
    }

    bool place(QList<QStringList> *rows, int row, int column, const QString &value)
    {
        if (rows->size() < row)
            rows->resize(row);
        QStringList &cells = (*rows)[row - 1];
        if (cells.size() <= column) {
            m_cells += column + 1 - cells.size();
            if (m_cells > kXlsxMaxCells)
                return fail(QCoreApplication::translate(
                                "sd::XlsxReader",
                                "The spreadsheet is too large to import: it has more than %1 cells.")
                                .arg(kXlsxMaxCells));
            cells.resize(column + 1);
        }
        cells[column] = value;
        return true;
    }

    ZipReader m_zip;
    QStringList m_strings;
    qint64 m_cells = 0;
    QString m_error;
};

} // namespace

TableData readXlsx(const QByteArray &bytes, const QString &sheetName)
{
    return XlsxParser(bytes).read(sheetName);
}

} // namespace sd
