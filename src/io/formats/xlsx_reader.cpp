#include "io/formats/xlsx_reader.h"

#include "io/formats/read_limits.h"
#include "io/formats/table_builder.h"
#include "io/formats/zip_reader.h"

#include <QCoreApplication>
#include <QDir>
#include <QIODevice>
#include <QXmlStreamReader>
#include <cmath>
#include <cstring>

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

// QXmlStreamReader::skipCurrentElement, refusing (as a custom error) nesting deeper than kXmlMaxDepth.
void skipElement(QXmlStreamReader &xml)
{
    int depth = 1;
    while (depth > 0 && !xml.atEnd() && !xml.hasError()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::StartElement && ++depth > kXmlMaxDepth)
            xml.raiseError(QStringLiteral("too deep"));
        else if (token == QXmlStreamReader::EndElement)
            --depth;
    }
}

// Counts open elements in a loop over readNext(); false, with a custom error raised, when too deep.
bool trackDepth(QXmlStreamReader &xml, int *depth)
{
    if (xml.isStartElement() && ++*depth > kXmlMaxDepth) {
        xml.raiseError(QStringLiteral("too deep"));
        return false;
    }
    if (xml.isEndElement())
        --*depth;
    return true;
}

// Text of a <si> or <is> element: a plain <t>, or the <t> of each rich-text run <r>; phonetic
// guides (<rPh>) are not part of the text. Each <t> is one token, bounded by kXmlMaxRunBytes; `*tooLong`
// is set (and reading stops) past kReadMaxCellChars.
QString readRichText(QXmlStreamReader &xml, bool *tooLong)
{
    QString text;
    const auto add = [&] {
        text += xml.readElementText();
        if (text.size() > kReadMaxCellChars)
            *tooLong = true;
    };
    while (!*tooLong && xml.readNextStartElement()) {
        if (xml.name() == u"t") {
            add();
        } else if (xml.name() == u"r") {
            while (!*tooLong && xml.readNextStartElement()) {
                if (xml.name() == u"t")
                    add();
                else
                    skipElement(xml);
            }
        } else {
            skipElement(xml);
        }
    }
    return text;
}

// A part as QXmlStreamReader reads it: unpacked piece by piece, and refused when a run of bytes without
// '<' (one text node or one tag, which the reader would hold whole) grows past kXmlMaxRunBytes.
class XmlPartDevice : public QIODevice
{
public:
    explicit XmlPartDevice(std::unique_ptr<ZipReader::Entry> entry) : m_entry(std::move(entry))
    {
        open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    }
    bool isSequential() const override { return true; }
    bool runTooLong() const { return m_runTooLong; }
    // Unpacks what the XML reader left (it stops at the root's end), so a damaged end, which libzip
    // finds by the CRC on the last read, is not missed.
    void drain()
    {
        char buffer[16 * 1024];
        while (m_entry->read(buffer, sizeof buffer) > 0) {
        }
    }
    const ZipReader::Entry &entry() const { return *m_entry; }

protected:
    qint64 readData(char *data, qint64 max) override
    {
        if (m_runTooLong)
            return -1;
        const qint64 n = m_entry->read(data, qMin<qint64>(max, 64 * 1024));
        if (n <= 0)
            return n;
        qint64 from = 0;
        for (;;) {
            const void *lt = std::memchr(data + from, '<', size_t(n - from));
            if (!lt) {
                m_run += n - from;
                break;
            }
            const qint64 at = static_cast<const char *>(lt) - data;
            m_run += at - from;
            if (m_run > kXmlMaxRunBytes)
                break;
            m_run = 0;
            from = at + 1;
        }
        if (m_run > kXmlMaxRunBytes) {
            m_runTooLong = true;
            return -1;
        }
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    std::unique_ptr<ZipReader::Entry> m_entry;
    qint64 m_run = 0;
    bool m_runTooLong = false;
};

class XlsxParser
{
public:
    XlsxParser(const QByteArray &bytes, const ReadControl &control) : m_zip(bytes), m_control(control) {}

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
            return TableData::failure(m_error.isEmpty() ? m_table.error() : m_error);
        }
        return m_table.take();
    }

private:
    bool fail(const QString &message)
    {
        if (m_error.isEmpty())
            m_error = message;
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
            return fail(QCoreApplication::translate(
                            "sd::XlsxReader",
                            "The .xlsx file cannot be an order file: its part %1 has a text or tag longer than "
                            "%2 KiB.")
                            .arg(part)
                            .arg(kXmlMaxRunBytes / 1024));
        if (!xml.hasError())
            return true;
        if (xml.error() == QXmlStreamReader::CustomError)
            return fail(QCoreApplication::translate(
                            "sd::XlsxReader",
                            "The .xlsx file cannot be an order file: its part %1 nests elements more than %2 "
                            "deep.")
                            .arg(part)
                            .arg(kXmlMaxDepth));
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
        while (rels.readNext() != QXmlStreamReader::Invalid && !rels.atEnd() && trackDepth(rels, &depth)) {
            if (rels.isStartElement() && rels.name() == u"Relationship" &&
                rels.attributes().value(QLatin1String("Id")) == relationId) {
                const QString target = rels.attributes().value(QLatin1String("Target")).toString();
                *part = QDir::cleanPath(target.startsWith(QLatin1Char('/')) ? target.mid(1)
                                                                            : QStringLiteral("xl/") + target);
                return true;
            }
        }
        if (!checkXml(rels, *device, relsPart))
            return false;
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

    // The shared strings go into one pool with their start offsets: an empty or short string costs four
    // bytes, never a QString of its own.
    bool readSharedStrings()
    {
        const QString part = QStringLiteral("xl/sharedStrings.xml");
        if (tooManySharedStrings(part))
            return failTooManySharedStrings();
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
                return fail(QCoreApplication::translate(
                                "sd::XlsxReader",
                                "The .xlsx file has a text longer than %L1 characters (the most a spreadsheet "
                                "cell holds): this is not an order file.")
                                .arg(kReadMaxCellChars));
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

    bool readSheet(const QString &part)
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
                        return fail(QCoreApplication::translate(
                                        "sd::XlsxReader",
                                        "The .xlsx file is damaged: its part %1 has an invalid row number.")
                                        .arg(part));
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
        QString value;
        if (type == u"s") {
            bool ok = false;
            const int index = raw.trimmed().toInt(&ok);
            if (!ok || index < 0 || index >= sharedCount())
                return fail(QCoreApplication::translate(
                                "sd::XlsxReader",
                                "The .xlsx file is damaged: cell %1 refers to text that does not exist.")
                                .arg(ref.isEmpty() ? QString::number(row) : ref));
            value = QStringView(m_pool).sliced(m_starts.at(index), m_starts.at(index + 1) - m_starts.at(index))
                        .toString();
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
        return m_table.place(row, at, value);
    }

    ZipReader m_zip;
    const ReadControl &m_control;
    QString m_pool;           // every shared string, one after the other
    QList<quint32> m_starts;  // string i is m_pool[m_starts[i], m_starts[i + 1])
    TableBuilder m_table;
    QString m_error;
    bool m_cancelled = false;
};

} // namespace

TableData readXlsx(const QByteArray &bytes, const QString &sheetName, const ReadControl &control)
{
    return XlsxParser(bytes, control).read(sheetName);
}

} // namespace sd
