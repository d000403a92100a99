#pragma once
#include <QByteArrayView>
#include <QString>

namespace sd {

// The encodings an imported text file (CSV, an HTML table) comes in.
enum class TextEncoding { Utf8, Utf16LE, Utf16BE, Cp949 };

// Decodes a file piece by piece (about 1 MiB of bytes at a time, cut where no character is split), so
// reading a big file never holds its whole text twice. Each piece is decoded strictly: bytes that are not
// text in the encoding end the reading with Invalid.
class TextChunks
{
public:
    enum class Status { Chunk, End, Invalid, NoBoundary };

    // `bytes` must outlive the object; `start` skips a byte-order mark.
    TextChunks(QByteArrayView bytes, TextEncoding encoding, qsizetype start = 0,
               qsizetype window = 1024 * 1024);
    // The next piece in `text`. NoBoundary: a CP949 or UTF-8 window of `window` bytes has no byte below
    // 'A' (no separator, quote, digit, space or line break), so it is all one absurdly long cell.
    Status next(QString *text);
    // Bytes consumed so far, counted from the start of `bytes`.
    qsizetype position() const { return m_pos; }

private:
    QByteArrayView m_bytes;
    TextEncoding m_encoding;
    qsizetype m_pos;
    qsizetype m_window;
};

// Tells the encoding of an imported text from its byte-order mark, else UTF-8 when the bytes are valid
// UTF-8, else CP949 (never "EUC-KR": it lacks the extended Hangul of CP949 and garbles them). Sets
// `*start` past the mark. False with a translated message when CP949 is needed and the system has no
// decoder for it, or when the text is UTF-8 but ends inside a character (the file was cut short:
// cutShortMessage(); `*encoding` is then Utf8).
bool detectTextEncoding(QByteArrayView bytes, TextEncoding *encoding, qsizetype *start, QString *error);
// True when the whole of `bytes` decodes in `encoding` (checked piece by piece).
bool decodesAs(QByteArrayView bytes, TextEncoding encoding, qsizetype start = 0);
// The message for a text that is neither UTF-8 nor CP949.
QString notTextMessage();
// True when `bytes` (from `start`) are UTF-8 but for a last character the bytes stop inside.
bool endsInsideUtf8Character(QByteArrayView bytes, qsizetype start = 0);
// The message for a UTF-8 text that ends inside a character.
QString cutShortMessage();

} // namespace sd
