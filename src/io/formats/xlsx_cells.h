#pragma once
// Private to the XLSX reader (xlsx_reader.cpp includes it, nothing else may): a worksheet's cells as
// both XML paths read them (cell references, the type attribute, number texts, rich text), so the byte
// scanner and QXmlStreamReader answer from one set of rules.
#include "io/formats/xlsx_xml_scan.h"

#include <QByteArrayView>
#include <QString>
#include <QStringView>
#include <QXmlStreamReader>

namespace sd::xlsx_scan {

constexpr int kMaxRows = 1048576; // Excel's limits
constexpr int kMaxColumns = 16384;

// "B3" → column 1, row 3 (1-based row). False when it is not a cell reference inside Excel's limits.
bool parseCellRef(QStringView ref, int *column, int *row);

// A number as Excel shows it in General format, except that whole numbers never get an exponent.
QString formatNumber(const QString &raw);

// QXmlStreamReader::skipCurrentElement, refusing (as a custom error) nesting deeper than kXmlMaxDepth.
void skipElement(QXmlStreamReader &xml);

// Counts open elements in a loop over readNext(); false, with a custom error raised, when too deep.
bool trackDepth(QXmlStreamReader &xml, int *depth);

// Text of a <si> or <is> element: a plain <t>, or the <t> of each rich-text run <r>; phonetic
// guides (<rPh>) are not part of the text. Each <t> is one token, bounded by kXmlMaxRunBytes; `*tooLong`
// is set (and reading stops) past kReadMaxCellChars.
QString readRichText(QXmlStreamReader &xml, bool *tooLong);

// parseCellRef over the bytes of a plain attribute: Valid, Invalid (parseCellRef refuses it the same
// way), or Unsure (outside ASCII, or digits followed by something: left to QXmlStreamReader's path).
enum class RefParse { Valid, Invalid, Unsure };
RefParse parseCellRefBytes(QByteArrayView ref, int *column, int *row);

// QXmlStreamReader's toInt over a plain attribute holding a row number: false when it is not plain
// digits (which the fast path leaves to QXmlStreamReader's), `*ok` false for an empty one.
bool parseRowNumber(QByteArrayView value, int *row, bool *ok);

// readRichText over FastXml.
void readRichText(FastXml &xml, QString *text, bool *tooLong);

// What a cell's t attribute says about its value.
enum class CellType { Shared, Inline, Boolean, Text, Number };

CellType cellType(QByteArrayView t);

CellType cellType(QStringView t);

} // namespace sd::xlsx_scan
