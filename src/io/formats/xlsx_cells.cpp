#include "io/formats/xlsx_cells.h"

#include "io/formats/read_limits.h"

#include <cmath>

namespace sd::xlsx_scan {

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

RefParse parseCellRefBytes(QByteArrayView ref, int *column, int *row)
{
    qsizetype i = 0;
    qint64 col = 0;
    for (const char c : ref) {
        if (static_cast<unsigned char>(c) >= 0x80)
            return RefParse::Unsure;
    }
    const auto letter = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
    while (i < ref.size() && letter(ref.at(i)) && col <= kMaxColumns)
        col = col * 26 + ((ref.at(i++) & ~0x20) - 'A' + 1);
    if (i == 0 || i == ref.size() || col > kMaxColumns || !(ref.at(i) >= '0' && ref.at(i) <= '9'))
        return RefParse::Invalid;
    qint64 r = 0;
    for (qsizetype k = i; k < ref.size(); ++k) {
        const char c = ref.at(k);
        if (c < '0' || c > '9')
            return RefParse::Unsure;
        if (r <= kMaxRows)
            r = r * 10 + (c - '0');
    }
    if (r < 1 || r > kMaxRows)
        return RefParse::Invalid;
    *column = int(col - 1);
    *row = int(r);
    return RefParse::Valid;
}

bool parseRowNumber(QByteArrayView value, int *row, bool *ok)
{
    *ok = false;
    if (value.isEmpty())
        return true;
    if (value.size() > 9)
        return false;
    int r = 0;
    for (const char c : value) {
        if (c < '0' || c > '9')
            return false;
        r = r * 10 + (c - '0');
    }
    *row = r;
    *ok = true;
    return true;
}

void readRichText(FastXml &xml, QString *text, bool *tooLong)
{
    const auto add = [&] {
        xml.readElementText(text);
        if (text->size() > kReadMaxCellChars)
            *tooLong = true;
    };
    while (!*tooLong && xml.readNextStartElement()) {
        if (xml.nameIs("t")) {
            add();
        } else if (xml.nameIs("r")) {
            while (!*tooLong && xml.readNextStartElement()) {
                if (xml.nameIs("t"))
                    add();
                else
                    xml.skipCurrentElement();
            }
        } else {
            xml.skipCurrentElement();
        }
    }
}

CellType cellType(QByteArrayView t)
{
    if (t == QByteArrayView("s"))
        return CellType::Shared;
    if (t == QByteArrayView("inlineStr"))
        return CellType::Inline;
    if (t == QByteArrayView("b"))
        return CellType::Boolean;
    if (t == QByteArrayView("str") || t == QByteArrayView("e") || t == QByteArrayView("d"))
        return CellType::Text;
    return CellType::Number; // "n", none, or one we do not know
}

CellType cellType(QStringView t)
{
    if (t == u"s")
        return CellType::Shared;
    if (t == u"inlineStr")
        return CellType::Inline;
    if (t == u"b")
        return CellType::Boolean;
    if (t == u"str" || t == u"e" || t == u"d")
        return CellType::Text;
    return CellType::Number;
}

} // namespace sd::xlsx_scan
