#pragma once
#include <QIODevice>
#include <QStringEncoder>
#include <QStringList>

namespace sd {

// CSV that Korean Excel opens as it is: UTF-8 with a BOM by default, CP949 on request. Cells that
// start with = + - @ or a tab get a leading ' so a spreadsheet never runs them as formulas.
class CsvWriter
{
public:
    enum class Encoding { Utf8Bom, Cp949 };

    CsvWriter(QIODevice *device, Encoding encoding = Encoding::Utf8Bom);
    // False when the encoding is unavailable on this platform's Qt (CP949 needs ICU).
    bool isValid() const { return m_encoder.isValid(); }
    bool writeRow(const QStringList &cells);
    // False when a character could not be represented (CP949 lacks some Hangul and symbols).
    bool hadEncodingErrors() const { return m_encoder.hasError(); }

    static QString escapeCell(const QString &cell);

private:
    QIODevice *m_device;
    QStringEncoder m_encoder;
    bool m_started = false;
    Encoding m_encoding;
};

} // namespace sd
