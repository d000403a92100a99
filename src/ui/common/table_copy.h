#pragma once
#include "core/access/user_session.h"
#include "core/common/result.h"

#include <QString>

class QTableView;

namespace sd {

class Workspace;

// Ctrl+C on a big-table grid (any view over a TableModel: the orders, the audit log): the selected rows
// as tab-separated text with a header line, and as an HTML table, so they paste into Excel as a table.
// - The visible columns in their visual order (hidden columns are left out), each cell as the grid shows
//   it — labels, not codes; masked per role exactly as shown — except won and counts, which are plain
//   numbers (Excel sums them), and times, which are `yyyy-MM-dd HH:mm` (Excel reads them as dates).
//   Tabs and line breaks inside a cell become spaces; a text cell that starts with = + - @ gets a
//   leading ' (as the CSV export: no cell runs as a formula). In the HTML table text cells are marked as
//   text, so a 16-digit 상품주문번호 stays a number as written, not 1.23E+15.
// - The model is windowed: rows it has not loaded are read through the listing service (permission and
//   masking there, as for the grid) with the same filter and sort, with a wait cursor. At most
//   kMaxCopiedRows rows; a bigger selection is refused with a message pointing to the Excel export.
// - Personal columns copied unmasked are recorded as a read of personal data (AccessPurpose::Export, as
//   an export is: the data leaves the program); without the record nothing is copied.
struct CopiedRows
{
    QString tsv;
    QString html;
    int rows = 0;
};

inline constexpr int kMaxCopiedRows = 100000;

// The selected rows of `view` (its model a TableModel). BadInput when nothing is selected or the
// selection is bigger than kMaxCopiedRows; the listing's refusal or failure otherwise.
Result copySelectedRows(QTableView *view, Workspace &workspace, const UserSession &user, CopiedRows *out);

// Adds a Copy action (QKeySequence::Copy while the view has the focus) that puts copySelectedRows() on
// the clipboard (text/plain and text/html) or shows why not.
void installTableCopy(QTableView *view, Workspace &workspace, const UserSession &user);

} // namespace sd
