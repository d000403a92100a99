#pragma once
#include "io/formats/read_control.h"
#include "io/formats/table_data.h"

#include <QByteArray>

namespace sd {

// Reads a table from a web page saved with an .xls name (seller centers, courier sites and Excel's "Web
// page" all write these). HTML from those sites is rarely valid XML, so a tolerant tokenizer of our own
// reads it: rows are <tr>, cells <td> and <th> (a colspan repeats empty cells after the cell), entities
// are decoded (named ones such as &nbsp; &amp; &lt; &gt; &quot;, and &#NNN; &#xHH;), a <br> in a cell is a
// line break, other tags are dropped, runs of white space are one space and a cell is trimmed; comments,
// <script>, <style> and <title> are skipped. Of several tables (layout tables around the data, nested ones) the
// one with the most rows is read, the first of those on a tie. The character set comes from a
// byte-order mark (UTF-8, UTF-16), else from <meta charset> or <meta http-equiv content="...;
// charset=..."> (EUC-KR and its aliases read as CP949, which contains it), else UTF-8 when the bytes
// are valid UTF-8, else CP949. Bounded by the caps of read_limits.h, tables nested inside cells too;
// progress counts characters of the decoded page.
TableData readHtmlTable(const QByteArray &bytes, const ReadControl &control = ReadControl());

} // namespace sd
