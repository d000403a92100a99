#include "io/formats/csv_reader.h"

#include "io/formats/read_limits.h"
#include "io/formats/table_builder.h"
#include "io/formats/text_decoding.h"

#include <QCoreApplication>
#include <optional>

namespace sd {

namespace {

QChar detectSeparator(const QString &text)
{
    const QStringList lines = text.left(64 * 1024).split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < qMin<qsizetype>(lines.size(), 5); ++i) {
        if (lines.at(i).contains(QLatin1Char('\t')) && !lines.at(i).contains(QLatin1Char(',')))
            return QLatin1Char('\t');
    }
    return QLatin1Char(',');
}

// The RFC 4180 state machine, fed one decoded piece at a time: a quote or a carriage return at the end
// of a piece is decided by the first character of the next.
class CsvParser
{
public:
    explicit CsvParser(QChar separator) : m_separator(separator) {}

    bool feed(const QString &text)
    {
        for (const QChar c : text) {
            if (m_afterCarriageReturn) {
                m_afterCarriageReturn = false;
                if (c == QLatin1Char('\n'))
                    continue;
            }
            if (m_quoteInQuotes) { // a doubled quote, or the closing one
                m_quoteInQuotes = false;
                if (c == QLatin1Char('"')) {
                    if (!append(c))
                        return false;
                    continue;
                }
                m_inQuotes = false;
            }
            if (m_inQuotes) {
                if (c == QLatin1Char('"'))
                    m_quoteInQuotes = true;
                else if (!append(c))
                    return false;
            } else if (c == m_separator) {
                if (!endCell())
                    return false;
            } else if (c == QLatin1Char('"') && m_cell.isEmpty() && !m_cellQuoted) {
                m_inQuotes = m_cellQuoted = true;
            } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
                m_afterCarriageReturn = c == QLatin1Char('\r');
                if (!endRecord())
                    return false;
            } else if (!append(c)) { // a quote inside an unquoted cell is kept as it is
                return false;
            }
        }
        return true;
    }

    TableData finish()
    {
        if (m_builder.failed())
            return m_builder.take();
        if (m_quoteInQuotes)
            m_inQuotes = false;
        if (m_inQuotes) {
            return TableData::failure(
                QCoreApplication::translate(
                    "sd::CsvReader", "The CSV file ends inside a quoted cell that starts on row %1. Check that "
                                     "every opening quote (\") has a closing one.")
                    .arg(m_builder.rowCount() + 1));
        }
        if (!m_row.isEmpty() || !m_cell.isEmpty() || m_cellQuoted)
            endRecord(); // the last line has no line break
        return m_builder.take();
    }

    bool fail(const QString &message) { return m_builder.fail(message); }
    qint64 currentRow() const { return m_builder.rowCount() + 1; }
    qint64 currentColumn() const { return m_row.size(); }

private:
    bool append(QChar c)
    {
        if (m_cell.size() >= kReadMaxCellChars)
            return m_builder.fail(TableBuilder::cellTooLong(currentRow(), currentColumn()));
        m_cell.append(c);
        return true;
    }
    // ="…": courier and ERP exports write a cell so that Excel keeps its digits (leading zeros, 16-digit
    // numbers) as text; Excel shows the text, and so do we. Doubled quotes inside are one quote; a cell
    // with a lone quote inside, or anything after the closing one, is a formula of another kind and kept.
    static bool unwrapTextFormula(QString *cell)
    {
        if (cell->size() < 3 || !cell->startsWith(QLatin1String("=\"")) || !cell->endsWith(QLatin1Char('"')))
            return false;
        QString inner;
        inner.reserve(cell->size() - 3);
        for (qsizetype i = 2, end = cell->size() - 1; i < end; ++i) {
            const QChar c = cell->at(i);
            if (c == QLatin1Char('"')) {
                if (i + 1 >= end || cell->at(i + 1) != QLatin1Char('"'))
                    return false;
                ++i;
            }
            inner.append(c);
        }
        *cell = inner;
        return true;
    }

    bool endCell()
    {
        if (m_row.size() >= kReadMaxColumns)
            return m_builder.fail(TableBuilder::tooManyColumns(currentRow()));
        if (m_cell.startsWith(QLatin1Char('=')) && unwrapTextFormula(&m_cell)) {
            m_row << m_cell;
            m_cell = QString();
            m_cellQuoted = false;
            return true;
        }
        m_row << QString(m_cell.constData(), m_cell.size()); // no slack; m_cell keeps its buffer
        m_cell.truncate(0);
        m_cellQuoted = false;
        return true;
    }
    bool endRecord()
    {
        const bool blank = m_row.isEmpty() && m_cell.isEmpty() && !m_cellQuoted;
        if (!endCell())
            return false;
        QStringList row;
        if (!blank)
            row.swap(m_row);
        m_row.clear();
        return m_builder.addRow(std::move(row));
    }

    QChar m_separator;
    TableBuilder m_builder;
    QStringList m_row;
    QString m_cell;
    bool m_cellQuoted = false; // the current cell started with a quote
    bool m_inQuotes = false;
    bool m_quoteInQuotes = false;       // inside quotes, the last character was a quote
    bool m_afterCarriageReturn = false; // a CR ended the last record; a LF right after it belongs to it
};

} // namespace

TableData readCsv(const QByteArray &bytes, const ReadControl &control)
{
    TextEncoding encoding = TextEncoding::Utf8;
    qsizetype start = 0;
    QString error;
    if (!detectTextEncoding(bytes, &encoding, &start, &error))
        return TableData::failure(error);
    ReadPacer pacer(control, bytes.size(), 0);
    TextChunks chunks(bytes, encoding, start);
    QString text;
    std::optional<CsvParser> parser;
    for (;;) {
        if (!pacer.at(chunks.position()))
            return TableData::cancelledRead();
        const TextChunks::Status status = chunks.next(&text);
        if (status == TextChunks::Status::End)
            break;
        if (status == TextChunks::Status::Invalid)
            return TableData::failure(encoding == TextEncoding::Utf8 && endsInsideUtf8Character(bytes, start)
                                          ? cutShortMessage()
                                          : notTextMessage());
        if (!parser)
            parser.emplace(detectSeparator(text));
        if (status == TextChunks::Status::NoBoundary) {
            parser->fail(TableBuilder::cellTooLong(parser->currentRow(), parser->currentColumn()));
            break;
        }
        if (!parser->feed(text))
            break;
    }
    if (!parser)
        return TableData(); // only a byte-order mark
    TableData table = parser->finish();
    pacer.finish();
    return table;
}

} // namespace sd
