#include "io/csv_writer.h"

namespace sd {

CsvWriter::CsvWriter(QIODevice *device, Encoding encoding)
    : m_device(device), m_encoder(encoding == Encoding::Cp949 ? QStringEncoder("windows-949")
                                                              : QStringEncoder(QStringEncoder::Utf8)),
      m_encoding(encoding)
{
}

QString CsvWriter::escapeCell(const QString &cell)
{
    QString value = cell;
    if (!value.isEmpty()) {
        const QChar first = value.front();
        if (first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('-') ||
            first == QLatin1Char('@') || first == QLatin1Char('\t') || first == QLatin1Char('\r'))
            value.prepend(QLatin1Char('\''));
    }
    if (value.contains(QLatin1Char(',')) || value.contains(QLatin1Char('"')) ||
        value.contains(QLatin1Char('\n')) || value.contains(QLatin1Char('\r'))) {
        value.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        value = QLatin1Char('"') + value + QLatin1Char('"');
    }
    return value;
}

bool CsvWriter::writeRow(const QStringList &cells)
{
    if (!isValid())
        return false;
    if (!m_started) {
        m_started = true;
        if (m_encoding == Encoding::Utf8Bom && m_device->write("\xEF\xBB\xBF", 3) != 3)
            return false;
    }
    QStringList escaped;
    escaped.reserve(cells.size());
    for (const QString &c : cells)
        escaped << escapeCell(c);
    const QByteArray bytes = m_encoder.encode(escaped.join(QLatin1Char(',')) + QStringLiteral("\r\n"));
    return m_device->write(bytes) == bytes.size();
}

} // namespace sd
