#pragma once
#include <QtGlobal>

namespace sd {

// What an imported table may hold. Every reader (CSV, XLSX, HTML) stops at the first cap it meets with a
// translated message naming it, so a small hostile file cannot make a parse take gigabytes or minutes:
// what a parse holds is bounded by these numbers, never by what the file claims. The values sit well
// above what a marketplace produces (their order downloads stay far below 100,000 rows × 100 columns)
// and below what a desktop PC can hold comfortably.

// Rows: twice the largest real download we plan for (100,000 orders), so a big month still fits. A row
// is counted by its position (row 200,001 is refused even when the rows before it are empty).
constexpr int kReadMaxRows = 200'000;
// Columns: Naver's full 발주발송관리 download has 72; 256 (Excel 2003's limit) leaves room for any
// layout. A cell beyond it is refused, never padded up to.
constexpr int kReadMaxColumns = 256;
// Cells a table holds, counting the empty ones before the last cell of each row (each costs a slot in
// its row): 100,000 orders of 100 columns, more than any marketplace download (Naver's full one has
// 72). A cell of the table (TableRows) costs 4 bytes, its end offset in the table's one text pool, plus
// 2 bytes a character, which kReadMaxTextChars bounds; so 10,000,000 cells are 40 MB of offsets and,
// with the text at its cap (128 MiB), ~170 MB, the most a table may take (a QList<QStringList> spent ~72
// bytes a cell, which held the cap at 2,500,000). Non-empty cells are at most this many too.
constexpr qint64 kReadMaxCells = 10'000'000;
// An .xlsx's shared strings: a real file has at most one per cell, and a real download repeats most of
// its texts (statuses, couriers, products), so it holds far fewer; each costs 4 bytes plus its text.
constexpr qint64 kReadMaxSharedStrings = 2'500'000;
// Characters of text, counted separately over the shared strings and over the cells of the table
// (64 Mi characters are 128 MiB as UTF-16): a real-looking full 72-column Naver download of 100,000
// orders holds about 40 M (bench_hostile_files' csv-naver72-100k), 20 of its columns about 20 M.
constexpr qint64 kReadMaxTextChars = 64LL * 1024 * 1024;
// One cell: Excel's own limit, so no cell of a real spreadsheet is longer.
constexpr int kReadMaxCellChars = 32'767;
// Bytes of markup without a '<' (one text node, one tag with its attributes) in an .xlsx part:
// QXmlStreamReader holds such a run whole, so this bounds every token. A cell's text at its longest
// (32,767 characters, each written as a 5-byte entity or a 4-byte UTF-8 sequence) stays below it.
constexpr qint64 kXmlMaxRunBytes = 1024 * 1024;
// Elements nested in an .xlsx part: a sheet needs 6 levels (worksheet, sheetData, row, c, is, r, t);
// QXmlStreamReader keeps ~180 bytes per open element, so a million nested ones would cost 180 MB.
constexpr int kXmlMaxDepth = 64;
// Tables nested inside table cells in an HTML file (layout tables around the data table).
constexpr int kReadMaxTableNesting = 64;
// Problems listed for a bad file; the rest are counted ("… and N more rows with problems"): nobody
// reads a thousand messages, and a million of them took 600 MB.
constexpr int kReadMaxProblems = 500;

} // namespace sd
