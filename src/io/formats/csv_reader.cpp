#include "io/formats/csv_reader.h"

#include <QCoreApplication>
#include <QStringDecoder>

namespace sd {

namespace {

bool decodeWith(QStringDecoder &&decoder, QByteArrayView bytes, QString *text)
{
    if (!decoder.isValid())
        return false;
    *text = decoder.decode(bytes);
    return !decoder.hasError();
}

// ICU's windows-949 maps bytes CP949 does not define (0x80, 0xFF ...) to C1 controls and private-use
// characters instead of reporting an error; no Korean text contains those.
bool hasUndefinedCp949Bytes(const QString &text)
{
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if ((u >= 0x80 && u <= 0x9F) || (u >= 0xE000 && u <= 0xF8FF) || u == 0xFFFD)
            return true;
    }
    return false;
}

// UTF-16 and UTF-8 are recognised by their BOM or by being valid; anything else must be valid CP949.
bool decodeText(const QByteArray &bytes, QString *text, QString *error)
{
    constexpr auto flags = QStringConverter::Flag::Stateless; // a truncated last character is an error
    const auto fail = [&] {
        *error = QCoreApplication::translate(
            "sd::CsvReader",
            "The file is neither UTF-8 nor CP949 text. Save it from Excel as \"CSV UTF-8\" and import "
            "it again.");
        return false;
    };
    if (bytes.startsWith("\xFF\xFE"))
        return decodeWith(QStringDecoder(QStringConverter::Utf16LE, flags), bytes.sliced(2), text) || fail();
    if (bytes.startsWith("\xFE\xFF"))
        return decodeWith(QStringDecoder(QStringConverter::Utf16BE, flags), bytes.sliced(2), text) || fail();
    if (bytes.startsWith("\xEF\xBB\xBF"))
        return decodeWith(QStringDecoder(QStringConverter::Utf8, flags), bytes.sliced(3), text) || fail();
    if (decodeWith(QStringDecoder(QStringConverter::Utf8, flags), bytes, text))
        return true;
    // Never "EUC-KR": it lacks the extended Hangul of CP949 and silently garbles them.
    QStringDecoder cp949("windows-949", flags);
    if (!cp949.isValid()) {
        *error = QCoreApplication::translate(
            "sd::CsvReader",
            "The file is not UTF-8, and this system cannot read CP949 (Korean Windows) text. Save it "
            "from Excel as \"CSV UTF-8\" and import it again.");
        return false;
    }
    return (decodeWith(std::move(cp949), bytes, text) && !hasUndefinedCp949Bytes(*text)) || fail();
}

QChar detectSeparator(const QString &text)
{
    const QStringList lines = text.left(64 * 1024).split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < qMin<qsizetype>(lines.size(), 5); ++i) {
        if (lines.at(i).contains(QLatin1Char('\t')) && !lines.at(i).contains(QLatin1Char(',')))
            return QLatin1Char('\t');
    }
    return QLatin1Char(',');
}

} // namespace

TableData readCsv(const QByteArray &bytes)
{
    QString text;
    QString error;
    if (!decodeText(bytes, &text, &error))
        return TableData::failure(error);
    const QChar separator = detectSeparator(text);

    TableData table;
    QStringList row;
    QString cell;
    bool cellQuoted = false; // the current cell started with a quote
    bool inQuotes = false;
    const auto endCell = [&] {
        row << cell;
        cell.clear();
        cellQuoted = false;
    };
    const auto endRecord = [&] {
        const bool blank = row.isEmpty() && cell.isEmpty() && !cellQuoted;
        endCell();
        table.rows << (blank ? QStringList() : row);
        row.clear();
    };
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c != QLatin1Char('"'))
                cell.append(c);
            else if (i + 1 < n && text.at(i + 1) == QLatin1Char('"'))
                cell.append(text.at(++i));
            else
                inQuotes = false;
        } else if (c == separator) {
            endCell();
        } else if (c == QLatin1Char('"') && cell.isEmpty() && !cellQuoted) {
            inQuotes = cellQuoted = true;
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < n && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            endRecord();
        } else {
            cell.append(c); // a quote inside an unquoted cell is kept as it is
        }
    }
    if (inQuotes) {
        return TableData::failure(
            QCoreApplication::translate(
                "sd::CsvReader", "The CSV file ends inside a quoted cell that starts on row %1. Check that "
                                 "every opening quote (\") has a closing one.")
                .arg(table.rows.size() + 1));
    }
    if (!row.isEmpty() || !cell.isEmpty() || cellQuoted)
        endRecord(); // the last line has no line break
    return table;
}

} // namespace sd
