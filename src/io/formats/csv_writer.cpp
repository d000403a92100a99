#include "io/formats/csv_writer.h"

#include <cstring>

namespace sd {

namespace {

constexpr qsizetype kFlushBytes = 256 * 1024;

} // namespace

CsvWriter::CsvWriter(QIODevice *device, Encoding encoding)
    : m_device(device), m_encoder(encoding == Encoding::Cp949 ? QStringEncoder("windows-949")
                                                              : QStringEncoder(QStringEncoder::Utf8)),
      m_encoding(encoding)
{
    m_row.reserve(4096);
    m_out.reserve(kFlushBytes + 8192);
}

void CsvWriter::appendEscaped(QByteArray &out, const char *utf8, qsizetype size)
{
    if (size <= 0)
        return;
    const char first = utf8[0];
    const bool guard =
        first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    bool quote = false;
    for (qsizetype i = 0; i < size && !quote; ++i) {
        const char c = utf8[i];
        quote = c == ',' || c == '"' || c == '\n' || c == '\r';
    }
    if (!quote) {
        if (guard)
            out.append('\'');
        out.append(utf8, size);
        return;
    }
    out.append('"');
    if (guard)
        out.append('\'');
    const char *start = utf8;
    const char *end = utf8 + size;
    while (const char *q = static_cast<const char *>(std::memchr(start, '"', size_t(end - start)))) {
        out.append(start, q - start + 1);
        out.append('"');
        start = q + 1;
    }
    out.append(start, end - start);
    out.append('"');
}

QString CsvWriter::escapeCell(const QString &cell)
{
    const QByteArray utf8 = cell.toUtf8();
    QByteArray out;
    appendEscaped(out, utf8.constData(), utf8.size());
    return QString::fromUtf8(out);
}

void CsvWriter::separate()
{
    if (m_rowHasCells)
        m_row.append(',');
    m_rowHasCells = true;
}

void CsvWriter::addCell(const char *utf8, qsizetype size)
{
    separate();
    appendEscaped(m_row, utf8, size);
}

void CsvWriter::addCell(QStringView text)
{
    const QByteArray utf8 = text.toUtf8();
    addCell(utf8.constData(), utf8.size());
}

void CsvWriter::addNumber(qint64 value)
{
    separate();
    char digits[24];
    char *p = digits + sizeof digits;
    const bool negative = value < 0;
    quint64 v = negative ? quint64(0) - quint64(value) : quint64(value);
    do {
        *--p = char('0' + v % 10);
        v /= 10;
    } while (v);
    if (negative)
        *--p = '-'; // a number, not text: Excel reads it as negative, no formula guard needed
    m_row.append(p, digits + sizeof digits - p);
}

void CsvWriter::addEmpty()
{
    separate();
}

bool CsvWriter::endRow()
{
    if (!isValid())
        return false;
    if (!m_started) {
        m_started = true;
        if (m_encoding == Encoding::Utf8Bom)
            m_out.append("\xEF\xBB\xBF", 3);
    }
    m_row.append("\r\n", 2);
    if (m_encoding == Encoding::Utf8Bom) {
        m_out.append(m_row);
    } else {
        const QString text = QString::fromUtf8(m_row);
        const qsizetype at = m_out.size();
        m_out.resize(at + m_encoder.requiredSpace(text.size()));
        char *end = m_encoder.appendToBuffer(m_out.data() + at, text);
        m_out.resize(end - m_out.constData());
    }
    m_row.resize(0); // keeps the capacity
    m_rowHasCells = false;
    return m_out.size() < kFlushBytes || flush();
}

bool CsvWriter::flush()
{
    if (m_out.isEmpty())
        return true;
    const bool ok = m_device->write(m_out) == m_out.size();
    m_out.resize(0);
    return ok;
}

bool CsvWriter::finish()
{
    return flush();
}

bool CsvWriter::writeRow(const QStringList &cells)
{
    for (const QString &c : cells)
        addCell(c);
    return endRow() && flush();
}

} // namespace sd
