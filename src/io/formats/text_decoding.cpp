#include "io/formats/text_decoding.h"

#include <QCoreApplication>
#include <QStringDecoder>

namespace sd {

namespace {

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

QStringDecoder decoderFor(TextEncoding encoding)
{
    constexpr auto flags = QStringConverter::Flag::Stateless; // a truncated last character is an error
    switch (encoding) {
    case TextEncoding::Utf8:
        return QStringDecoder(QStringConverter::Utf8, flags);
    case TextEncoding::Utf16LE:
        return QStringDecoder(QStringConverter::Utf16LE, flags);
    case TextEncoding::Utf16BE:
        return QStringDecoder(QStringConverter::Utf16BE, flags);
    case TextEncoding::Cp949:
        break;
    }
    return QStringDecoder("windows-949", flags);
}

// Where the last, incomplete UTF-8 character of `bytes` starts when the file ends inside one (a lead byte
// followed by fewer continuation bytes than it announces); -1 when it does not.
qsizetype cutUtf8Character(QByteArrayView bytes)
{
    for (qsizetype back = 1; back <= 3 && back <= bytes.size(); ++back) {
        const auto b = uchar(bytes.at(bytes.size() - back));
        if ((b & 0xC0) == 0x80)
            continue; // a continuation byte: the lead is further back
        const int length = (b & 0xE0) == 0xC0 ? 2 : (b & 0xF0) == 0xE0 ? 3 : (b & 0xF8) == 0xF0 ? 4 : 0;
        return length > back ? bytes.size() - back : -1;
    }
    return -1;
}

} // namespace

TextChunks::TextChunks(QByteArrayView bytes, TextEncoding encoding, qsizetype start, qsizetype window)
    : m_bytes(bytes), m_encoding(encoding), m_pos(start), m_window(qMax<qsizetype>(window, 16) & ~qsizetype(1))
{
}

TextChunks::Status TextChunks::next(QString *text)
{
    text->clear();
    if (m_pos >= m_bytes.size())
        return Status::End;
    qsizetype end = qMin(m_bytes.size(), m_pos + m_window);
    if (end < m_bytes.size()) {
        if (m_encoding == TextEncoding::Utf16LE || m_encoding == TextEncoding::Utf16BE) {
            // Cut between two code units, never between the halves of a surrogate pair.
            const bool le = m_encoding == TextEncoding::Utf16LE;
            const auto unit = [&](qsizetype at) {
                const auto lo = uchar(m_bytes.at(le ? at : at + 1));
                const auto hi = uchar(m_bytes.at(le ? at + 1 : at));
                return char16_t(hi << 8 | lo);
            };
            end -= (end - m_pos) % 2;
            if (end - 2 >= m_pos && QChar::isHighSurrogate(unit(end - 2)))
                end -= 2;
        } else {
            // Cut after a byte below 'A': in UTF-8 it is a character by itself, and in CP949 it is never
            // the second byte of a Hangul.
            qsizetype cut = end;
            while (cut > m_pos && uchar(m_bytes.at(cut - 1)) >= 0x41)
                --cut;
            if (cut == m_pos)
                return Status::NoBoundary;
            end = cut;
        }
    }
    QStringDecoder decoder = decoderFor(m_encoding);
    if (!decoder.isValid())
        return Status::Invalid;
    *text = decoder.decode(m_bytes.sliced(m_pos, end - m_pos));
    if (decoder.hasError() || (m_encoding == TextEncoding::Cp949 && hasUndefinedCp949Bytes(*text))) {
        text->clear();
        return Status::Invalid;
    }
    m_pos = end;
    return Status::Chunk;
}

bool decodesAs(QByteArrayView bytes, TextEncoding encoding, qsizetype start)
{
    TextChunks chunks(bytes, encoding, start);
    QString text;
    for (;;) {
        switch (chunks.next(&text)) {
        case TextChunks::Status::Chunk:
            continue;
        case TextChunks::Status::End:
        case TextChunks::Status::NoBoundary: // valid so far; the reader refuses the long cell itself
            return true;
        case TextChunks::Status::Invalid:
            return false;
        }
    }
}

QString notTextMessage()
{
    return QCoreApplication::translate(
        "sd::CsvReader",
        "The file is neither UTF-8 nor CP949 text. Save it from Excel as \"CSV UTF-8\" and import it again.");
}

bool endsInsideUtf8Character(QByteArrayView bytes, qsizetype start)
{
    const qsizetype cut = cutUtf8Character(bytes);
    return cut > start && decodesAs(bytes.first(cut), TextEncoding::Utf8, start);
}

QString cutShortMessage()
{
    return QCoreApplication::translate(
        "sd::CsvReader",
        "The file ends in the middle of a character: it was cut short (a download or a copy that did not "
        "finish). Download or save it again and import the new file.");
}

bool detectTextEncoding(QByteArrayView bytes, TextEncoding *encoding, qsizetype *start, QString *error)
{
    *start = 0;
    if (bytes.startsWith("\xFF\xFE")) {
        *encoding = TextEncoding::Utf16LE;
        *start = 2;
    } else if (bytes.startsWith("\xFE\xFF")) {
        *encoding = TextEncoding::Utf16BE;
        *start = 2;
    } else if (bytes.startsWith("\xEF\xBB\xBF")) {
        *encoding = TextEncoding::Utf8;
        *start = 3;
    } else if (decodesAs(bytes, TextEncoding::Utf8)) {
        *encoding = TextEncoding::Utf8;
    } else if (endsInsideUtf8Character(bytes)) {
        // UTF-8 all through but for its last character, which the file stops inside: a download or a copy
        // that did not finish. Read on, the last row would be missing its end without anyone knowing.
        *encoding = TextEncoding::Utf8;
        *error = cutShortMessage();
        return false;
    } else {
        *encoding = TextEncoding::Cp949;
        if (!QStringDecoder("windows-949").isValid()) {
            *error = QCoreApplication::translate(
                "sd::CsvReader",
                "The file is not UTF-8, and this system cannot read CP949 (Korean Windows) text. Save it "
                "from Excel as \"CSV UTF-8\" and import it again.");
            return false;
        }
    }
    return true;
}

} // namespace sd
