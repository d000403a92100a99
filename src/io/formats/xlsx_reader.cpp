#include "io/formats/xlsx_reader.h"
#include "io/formats/xlsx_reader_internal.h"
#include "io/formats/xlsx_cells.h"
#include "io/formats/xlsx_xml_scan.h"

#include "io/formats/read_limits.h"
#include "io/formats/table_builder.h"
#include "io/formats/zip_reader.h"

#include <QCoreApplication>
#include <QDir>
#include <QIODevice>
#include <QXmlStreamReader>
#include <algorithm>
#include <cmath>
#include <cstring>
#include <string>
#include <vector>

namespace sd {

namespace {

using namespace xlsx_scan;

class XlsxParser
{
public:
    XlsxParser(const QByteArray &bytes, const ReadControl &control, detail::XlsxXmlPath path)
        : m_zip(bytes), m_control(control), m_path(path)
    {
    }
    // Parts the scanner left to QXmlStreamReader.
    int partsReadAgain() const { return m_partsReadAgain; }

    TableData read(const QString &sheetName)
    {
        if (!m_zip.isOpen())
            return TableData::failure(QCoreApplication::translate(
                "sd::XlsxReader", "The file is not a readable .xlsx spreadsheet: it is damaged or not "
                                  "a zip archive."));
        QString sheetPart;
        if (!findSheet(sheetName, &sheetPart) || !readSharedStrings() || !readSheet(sheetPart)) {
            if (m_cancelled)
                return TableData::cancelledRead();
            return m_error.isEmpty() ? TableData::failure(m_table.error()) : TableData::failure(m_error, m_detail);
        }
        return m_table.take();
    }

private:
    bool fail(const QString &message, const QString &detail = QString())
    {
        if (m_error.isEmpty()) {
            m_error = message;
            m_detail = detail;
        }
        return false;
    }

    // Opens `part` for parsing; a missing optional part gives null and succeeds.
    bool open(const QString &part, std::unique_ptr<XmlPartDevice> *device, bool optional = false)
    {
        ZipReader::Status status = ZipReader::Status::Ok;
        std::unique_ptr<ZipReader::Entry> entry = m_zip.open(part, kXlsxMaxPartSize, &status);
        if (entry) {
            *device = std::make_unique<XmlPartDevice>(std::move(entry));
            return true;
        }
        return (optional && status == ZipReader::Status::Missing) || failStatus(status, part);
    }

    bool failStatus(ZipReader::Status status, const QString &part)
    {
        switch (status) {
        case ZipReader::Status::Ok:
            return true;
        case ZipReader::Status::Missing:
            return fail(QCoreApplication::translate("sd::XlsxReader",
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

    // After parsing `part`: what the unpacking found comes first, then the XML's own error.
    bool checkXml(const QXmlStreamReader &xml, XmlPartDevice &device, const QString &part)
    {
        if (!xml.hasError() && !device.runTooLong())
            device.drain();
        if (device.entry().status() != ZipReader::Status::Ok)
            return failStatus(device.entry().status(), part);
        if (device.runTooLong())
            return failRunTooLong(part);
        if (!xml.hasError())
            return true;
        if (xml.error() == QXmlStreamReader::CustomError)
            return fail(QCoreApplication::translate(
                            "sd::XlsxReader",
                            "The .xlsx file cannot be an order file: its part %1 nests elements more than %2 "
                            "deep.")
                            .arg(part)
                            .arg(kXmlMaxDepth));
        return fail(QCoreApplication::translate("sd::XlsxReader",
                                                "The .xlsx file is damaged: its part %1 is not valid XML (line %2).")
                        .arg(part)
                        .arg(xml.lineNumber()),
                    xml.errorString()); // Qt's words, in English: for the log
    }

    // Resolves the sheet's part through xl/workbook.xml and its relationships.
    bool findSheet(const QString &sheetName, QString *part)
    {
        const QString workbookPart = QStringLiteral("xl/workbook.xml");
        const QString relsPart = QStringLiteral("xl/_rels/workbook.xml.rels");
        std::unique_ptr<XmlPartDevice> device;
        if (!open(workbookPart, &device))
            return false;
        QString relationId;
        bool found = false;
        QXmlStreamReader xml(device.get());
        int depth = 0;
        while (!found && xml.readNext() != QXmlStreamReader::Invalid && !xml.atEnd() &&
               trackDepth(xml, &depth)) {
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
        if (!checkXml(xml, *device, workbookPart))
            return false;
        if (!found) {
            return fail(
                sheetName.isEmpty()
                    ? QCoreApplication::translate("sd::XlsxReader", "The .xlsx file has no worksheets.")
                    : QCoreApplication::translate("sd::XlsxReader",
                                                  "The .xlsx file has no sheet named \"%1\".")
                          .arg(sheetName));
        }
        if (!open(relsPart, &device))
            return false;
        QXmlStreamReader rels(device.get());
        depth = 0;
        // The sheet's part, and the shared strings' (which another writer may name otherwise than
        // xl/sharedStrings.xml): both by relationship, as the workbook lists them.
        bool sheetFound = false;
        while (rels.readNext() != QXmlStreamReader::Invalid && !rels.atEnd() && trackDepth(rels, &depth)) {
            if (!rels.isStartElement() || rels.name() != u"Relationship")
                continue;
            const QXmlStreamAttributes attributes = rels.attributes();
            const QString target = attributes.value(QLatin1String("Target")).toString();
            const QString resolved = QDir::cleanPath(
                target.startsWith(QLatin1Char('/')) ? target.mid(1) : QStringLiteral("xl/") + target);
            if (!sheetFound && attributes.value(QLatin1String("Id")) == relationId) {
                *part = resolved;
                sheetFound = true;
            } else if (attributes.value(QLatin1String("Type")).endsWith(u"/sharedStrings") &&
                       !target.isEmpty()) {
                m_sharedStringsPart = resolved;
            }
        }
        if (!checkXml(rels, *device, relsPart))
            return false;
        if (sheetFound)
            return true;
        return fail(QCoreApplication::translate(
                        "sd::XlsxReader", "The .xlsx file is damaged: the sheet's part is not listed in %1.")
                        .arg(relsPart));
    }

    // More `<si` tags than the cap allows are found by a pass over the unpacked bytes, which is fifty
    // times faster than QXmlStreamReader: a small file of millions of empty strings is refused at once.
    // (A prefixed <x:si> escapes the count; the parse below still counts it.)
    bool tooManySharedStrings(const QString &part)
    {
        ZipReader::Status status = ZipReader::Status::Ok;
        const std::unique_ptr<ZipReader::Entry> entry = m_zip.open(part, kXlsxMaxPartSize, &status);
        if (!entry)
            return false; // the parse reports it
        qint64 count = 0;
        char buffer[64 * 1024 + 3];
        qint64 kept = 0; // the last bytes of the previous read, which may begin a tag
        for (;;) {
            const qint64 n = entry->read(buffer + kept, 64 * 1024);
            if (n <= 0)
                return false;
            const qint64 end = kept + n;
            for (qint64 i = 0; i + 3 < end; ++i) {
                if (buffer[i] == '<' && buffer[i + 1] == 's' && buffer[i + 2] == 'i' &&
                    (buffer[i + 3] == '>' || buffer[i + 3] == '/' || buffer[i + 3] == ' ') &&
                    ++count > kReadMaxSharedStrings)
                    return true;
            }
            kept = qMin<qint64>(3, end);
            std::memmove(buffer, buffer + end - kept, size_t(kept));
        }
    }

    // How the scanner read a part: to the end, to a failure (m_error or the table's says which), or
    // not at all (left to QXmlStreamReader).
    enum class Scan { Done, Failed, Aside };

    // What a scan that stopped early means: the device's refusal, or a part for QXmlStreamReader.
    Scan settle(FastXml &xml, XmlPartDevice &device, const QString &part)
    {
        xml.finish();
        if (xml.stop() == FastXml::Stop::Done)
            return Scan::Done;
        if (xml.stop() == FastXml::Stop::Input) {
            if (device.entry().status() != ZipReader::Status::Ok) {
                failStatus(device.entry().status(), part);
                return Scan::Failed;
            }
            if (device.runTooLong()) {
                failRunTooLong(part);
                return Scan::Failed;
            }
        }
        ++m_partsReadAgain;
        return Scan::Aside;
    }

    bool failRunTooLong(const QString &part)
    {
        return fail(QCoreApplication::translate(
                        "sd::XlsxReader",
                        "The .xlsx file cannot be an order file: its part %1 has a text or tag longer than "
                        "%2 KiB.")
                        .arg(part)
                        .arg(kXmlMaxRunBytes / 1024));
    }

    // The shared strings go into one pool with their start offsets: an empty or short string costs four
    // bytes, never a QString of its own. The scanner reads them, QXmlStreamReader when it steps aside.
    bool readSharedStrings()
    {
        const QString part =
            m_sharedStringsPart.isEmpty() ? QStringLiteral("xl/sharedStrings.xml") : m_sharedStringsPart;
        if (tooManySharedStrings(part))
            return failTooManySharedStrings();
        if (m_path == detail::XlsxXmlPath::Fast) {
            const Scan scan = scanSharedStrings(part);
            if (scan != Scan::Aside)
                return scan == Scan::Done;
            m_pool = QString();
            m_starts.clear();
        }
        return readSharedStringsXml(part);
    }

    Scan scanSharedStrings(const QString &part)
    {
        std::unique_ptr<XmlPartDevice> device;
        if (!open(part, &device, true))
            return Scan::Failed;
        if (!device)
            return Scan::Done;
        ReadPacer pacer(m_control, 0, 1024 * 1024);
        m_starts = {0};
        FastXml xml(*device);
        for (;;) {
            const FastXml::Token token = xml.readNext();
            if (token == FastXml::Invalid)
                break;
            if (token != FastXml::StartElement || !xml.nameIs("si"))
                continue;
            if (!pacer.at(xml.consumed())) {
                m_cancelled = true;
                return Scan::Failed;
            }
            if (m_starts.size() > kReadMaxSharedStrings)
                {
                failTooManySharedStrings();
                return Scan::Failed;
            }
            m_text.truncate(0);
            bool tooLong = false;
            readRichText(xml, &m_text, &tooLong);
            if (xml.stopped())
                break;
            if (tooLong)
                {
                failSharedTooLong();
                return Scan::Failed;
            }
            if (m_pool.size() + m_text.size() > kReadMaxTextChars)
                {
                fail(TableBuilder::tooMuchText());
                return Scan::Failed;
            }
            m_pool += m_text;
            m_starts.append(quint32(m_pool.size()));
        }
        const Scan scan = settle(xml, *device, part);
        if (scan == Scan::Done)
            m_pool.squeeze();
        return scan;
    }

    bool failSharedTooLong()
    {
        return fail(QCoreApplication::translate(
                        "sd::XlsxReader",
                        "The .xlsx file has a text longer than %L1 characters (the most a spreadsheet "
                        "cell holds): this is not an order file.")
                        .arg(kReadMaxCellChars));
    }

    bool readSharedStringsXml(const QString &part)
    {
        std::unique_ptr<XmlPartDevice> device;
        if (!open(part, &device, true))
            return false;
        if (!device)
            return true; // a workbook without text cells has none
        ReadPacer pacer(m_control, 0, 1024 * 1024);
        m_starts = {0};
        QXmlStreamReader xml(device.get());
        int depth = 0;
        while (xml.readNext() != QXmlStreamReader::Invalid && !xml.atEnd() && trackDepth(xml, &depth)) {
            if (!xml.isStartElement() || xml.name() != u"si")
                continue;
            --depth; // readRichText reads the <si> to its end
            if (!pacer.at(device->entry().consumed())) {
                m_cancelled = true;
                return false;
            }
            if (m_starts.size() > kReadMaxSharedStrings)
                return failTooManySharedStrings();
            bool tooLong = false;
            const QString text = readRichText(xml, &tooLong);
            if (tooLong)
                return failSharedTooLong();
            if (m_pool.size() + text.size() > kReadMaxTextChars)
                return fail(TableBuilder::tooMuchText());
            m_pool += text;
            m_starts.append(quint32(m_pool.size()));
        }
        if (!checkXml(xml, *device, part))
            return false;
        m_pool.squeeze();
        return true;
    }

    bool failTooManySharedStrings()
    {
        return fail(QCoreApplication::translate(
                        "sd::XlsxReader", "The .xlsx file has more than %L1 shared texts, more than an order file "
                                          "holds.")
                        .arg(kReadMaxSharedStrings));
    }

    qsizetype sharedCount() const { return m_starts.isEmpty() ? 0 : m_starts.size() - 1; }

    // The sheet, by the scanner, or by QXmlStreamReader when it steps aside (from the start, into an
    // empty table).
    bool readSheet(const QString &part)
    {
        if (m_path == detail::XlsxXmlPath::Fast) {
            const Scan scan = scanSheet(part);
            if (scan != Scan::Aside)
                return scan == Scan::Done;
            m_table = TableBuilder();
        }
        return readSheetXml(part);
    }

    // readSheetXml over FastXml, step by step the same.
    Scan scanSheet(const QString &part)
    {
        std::unique_ptr<XmlPartDevice> device;
        if (!open(part, &device))
            return Scan::Failed;
        ReadPacer pacer(m_control, device->entry().statedSize(), 256 * 1024);
        FastXml xml(*device);
        if (xml.readNextStartElement()) { // <worksheet>
            while (xml.readNextStartElement()) {
                if (!xml.nameIs("sheetData")) {
                    xml.skipCurrentElement();
                    continue;
                }
                int row = 0;
                while (xml.readNextStartElement()) {
                    if (!xml.nameIs("row")) {
                        xml.skipCurrentElement();
                        continue;
                    }
                    if (!pacer.at(xml.consumed())) {
                        m_cancelled = true;
                        return Scan::Failed;
                    }
                    QByteArrayView number;
                    bool numbered = false;
                    int r = 0;
                    if (!xml.attribute("r", &number))
                        break;
                    if (!parseRowNumber(number, &r, &numbered)) {
                        xml.stepAside();
                        break;
                    }
                    row = numbered ? r : row + 1;
                    if (row < 1 || row > kMaxRows) {
                        failRowNumber(part);
                        return Scan::Failed;
                    }
                    int column = 0;
                    while (xml.readNextStartElement()) {
                        if (!xml.nameIs("c")) {
                            xml.skipCurrentElement();
                            continue;
                        }
                        if (!scanCell(xml, part, row, &column)) {
                            if (!xml.stopped())
                                return Scan::Failed;
                            break;
                        }
                    }
                }
            }
        }
        const Scan scan = settle(xml, *device, part);
        if (scan == Scan::Done)
            pacer.finish();
        return scan;
    }

    // readCell over FastXml; false with the scanner stopped when it steps aside.
    bool scanCell(FastXml &xml, const QString &part, int row, int *column)
    {
        QByteArrayView ref, type;
        if (!xml.attribute("r", &ref) || !xml.attribute("t", &type))
            return false;
        m_ref.truncate(0);
        if (!ref.isEmpty()) {
            switch (parseCellRefBytes(ref, column, &row)) {
            case RefParse::Valid:
                m_ref.append(QLatin1StringView(ref.data(), ref.size()));
                break;
            case RefParse::Invalid:
                return failCellRef(QString::fromUtf8(ref.data(), ref.size()), part);
            case RefParse::Unsure:
                xml.stepAside();
                return false;
            }
        }
        const CellType kind = cellType(type);
        if (*column >= kMaxColumns)
            return failTooManyColumns(part);
        m_raw.truncate(0);
        m_inline.truncate(0);
        bool tooLong = false;
        while (xml.readNextStartElement()) {
            if (xml.nameIs("v")) {
                m_raw.truncate(0);
                xml.readElementText(&m_raw);
            } else if (xml.nameIs("is")) {
                m_inline.truncate(0);
                readRichText(xml, &m_inline, &tooLong);
            } else {
                xml.skipCurrentElement();
            }
            if (xml.stopped())
                return false;
            if (tooLong || m_raw.size() > kReadMaxCellChars)
                return m_table.fail(TableBuilder::cellTooLong(row, *column));
        }
        if (xml.stopped())
            return false;
        return placeCell(kind, m_raw, m_inline, m_ref, row, column);
    }

    bool failRowNumber(const QString &part)
    {
        return fail(QCoreApplication::translate(
                        "sd::XlsxReader", "The .xlsx file is damaged: its part %1 has an invalid row number.")
                        .arg(part));
    }
    bool failCellRef(const QString &ref, const QString &part)
    {
        return fail(
            QCoreApplication::translate(
                "sd::XlsxReader", "The .xlsx file is damaged: cell reference \"%1\" in %2 is not valid.")
                .arg(ref, part));
    }
    bool failTooManyColumns(const QString &part)
    {
        return fail(QCoreApplication::translate(
                        "sd::XlsxReader", "The .xlsx file is damaged: its part %1 has too many columns.")
                        .arg(part));
    }

    // A cell's value from its type, its <v> and its inline text, placed at `row` and *column, which moves
    // on. Both paths end here.
    bool placeCell(CellType type, const QString &raw, const QString &inlineText, const QString &ref, int row,
                   int *column)
    {
        QStringView value;
        QString formatted;
        switch (type) {
        case CellType::Shared: {
            bool ok = false;
            const int index = QStringView(raw).trimmed().toInt(&ok);
            if (!ok || index < 0 || index >= sharedCount())
                return fail(QCoreApplication::translate(
                                "sd::XlsxReader",
                                "The .xlsx file is damaged: cell %1 refers to text that does not exist.")
                                .arg(ref.isEmpty() ? QString::number(row) : ref));
            value = QStringView(m_pool).sliced(m_starts.at(index), m_starts.at(index + 1) - m_starts.at(index));
            break;
        }
        case CellType::Inline:
            value = inlineText;
            break;
        case CellType::Boolean:
            value = QStringView(raw).trimmed() == u"1" ? QStringView(u"TRUE") : QStringView(u"FALSE");
            break;
        case CellType::Text:
            value = raw;
            break;
        case CellType::Number:
            if (raw.isEmpty()) {
                value = inlineText;
            } else {
                formatted = formatNumber(raw);
                value = formatted;
            }
            break;
        }
        const int at = (*column)++;
        return m_table.place(row, at, value, type == CellType::Number ? TableBuilder::CellKind::Number : TableBuilder::CellKind::Text);
    }

    bool readSheetXml(const QString &part)
    {
        std::unique_ptr<XmlPartDevice> device;
        if (!open(part, &device))
            return false;
        ReadPacer pacer(m_control, device->entry().statedSize(), 256 * 1024);
        QXmlStreamReader xml(device.get());
        if (xml.readNextStartElement()) { // <worksheet>
            while (xml.readNextStartElement()) {
                if (xml.name() != u"sheetData") {
                    skipElement(xml);
                    continue;
                }
                int row = 0;
                while (xml.readNextStartElement()) {
                    if (xml.name() != u"row") {
                        skipElement(xml);
                        continue;
                    }
                    if (!pacer.at(device->entry().consumed())) {
                        m_cancelled = true;
                        return false;
                    }
                    bool ok = false;
                    const int r = xml.attributes().value(QLatin1String("r")).toInt(&ok);
                    row = ok ? r : row + 1;
                    if (row < 1 || row > kMaxRows)
                        return failRowNumber(part);
                    int column = 0;
                    while (xml.readNextStartElement()) {
                        if (xml.name() != u"c") {
                            skipElement(xml);
                            continue;
                        }
                        if (!readCell(xml, part, row, &column))
                            return xml.hasError() ? checkXml(xml, *device, part) : false;
                    }
                }
            }
        }
        if (!checkXml(xml, *device, part))
            return false;
        pacer.finish();
        return true;
    }

    // One <c>: placed by its reference, or after the previous cell when it has none.
    bool readCell(QXmlStreamReader &xml, const QString &part, int row, int *column)
    {
        const QXmlStreamAttributes attributes = xml.attributes();
        const QString ref = attributes.value(QLatin1String("r")).toString();
        const CellType type = cellType(attributes.value(QLatin1String("t")));
        if (!ref.isEmpty() && !parseCellRef(ref, column, &row))
            return failCellRef(ref, part);
        if (*column >= kMaxColumns)
            return failTooManyColumns(part);
        QString raw;
        QString inlineText;
        bool tooLong = false;
        while (xml.readNextStartElement()) {
            if (xml.name() == u"v")
                raw = xml.readElementText();
            else if (xml.name() == u"is")
                inlineText = readRichText(xml, &tooLong);
            else
                skipElement(xml); // <f> formula: its cached result is in <v>
            if (tooLong || raw.size() > kReadMaxCellChars)
                return m_table.fail(TableBuilder::cellTooLong(row, *column));
        }
        if (xml.hasError())
            return false;
        return placeCell(type, raw, inlineText, ref, row, column);
    }

    ZipReader m_zip;
    const ReadControl &m_control;
    QString m_sharedStringsPart; // as the workbook's relationships name it; empty: the usual name
    QString m_pool;           // every shared string, one after the other
    QList<quint32> m_starts;  // string i is m_pool[m_starts[i], m_starts[i + 1])
    TableBuilder m_table;
    QString m_error;
    QString m_detail; // a parser's own words, for the log
    bool m_cancelled = false;
    detail::XlsxXmlPath m_path;
    int m_partsReadAgain = 0;
    QString m_text, m_raw, m_inline, m_ref; // the scanner's texts, reused from cell to cell
};

} // namespace

TableData readXlsx(const QByteArray &bytes, const QString &sheetName, const ReadControl &control)
{
    return XlsxParser(bytes, control, detail::XlsxXmlPath::Fast).read(sheetName);
}

namespace detail {

TableData readXlsx(const QByteArray &bytes, const QString &sheetName, const ReadControl &control, XlsxXmlPath path,
                   int *partsReadAgain)
{
    XlsxParser parser(bytes, control, path);
    TableData table = parser.read(sheetName);
    if (partsReadAgain)
        *partsReadAgain = parser.partsReadAgain();
    return table;
}

} // namespace detail

} // namespace sd
