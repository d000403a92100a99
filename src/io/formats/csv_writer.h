#pragma once
#include <QByteArray>
#include <QIODevice>
#include <QStringEncoder>
#include <QStringList>
#include <QStringView>

namespace sd {

// CSV that Korean Excel opens as it is: UTF-8 with a BOM by default, CP949 on request. Cells that
// start with = + - @ or a tab get a leading ' so a spreadsheet never runs them as formulas.
//
// Two ways to write a row: writeRow() with a list of strings (written to the device at once), or,
// for big exports, addCell()/addNumber() per cell and endRow(), which take UTF-8 bytes as stored,
// guard and quote them in one pass and write the device in large blocks (call finish() at the end).
class CsvWriter
{
public:
    enum class Encoding { Utf8Bom, Cp949 };

    CsvWriter(QIODevice *device, Encoding encoding = Encoding::Utf8Bom);
    // False when the encoding is unavailable on this platform's Qt (CP949 needs ICU).
    bool isValid() const { return m_encoder.isValid(); }
    bool writeRow(const QStringList &cells);

    void addCell(const char *utf8, qsizetype size);
    void addCell(QStringView text);
    void addNumber(qint64 value);
    void addEmpty();
    // Ends the row; writes to the device when the buffer is full. False when writing failed.
    bool endRow();
    // Writes what is buffered. False when writing failed.
    bool finish();

    // False when a character could not be represented (CP949 lacks some Hangul and symbols).
    bool hadEncodingErrors() const { return m_encoder.hasError(); }

    static QString escapeCell(const QString &cell);
    // The one escaping rule, over UTF-8 bytes: appends the cell as CSV to `out`.
    static void appendEscaped(QByteArray &out, const char *utf8, qsizetype size);

private:
    void separate();
    bool flush();

    QIODevice *m_device;
    QStringEncoder m_encoder;
    Encoding m_encoding;
    bool m_started = false;
    bool m_rowHasCells = false;
    QByteArray m_row; // the current row in UTF-8
    QByteArray m_out; // encoded rows not yet written
};

} // namespace sd
