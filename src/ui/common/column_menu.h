#pragma once
#include <functional>

class QHeaderView;
class QMenu;

namespace sd {

// A context menu on a table's header that shows or hides each column (checkable, by the column's
// header label), so columns hidden by default (the courier label fields of the orders) can be
// turned on, and then appear in exports too. The last visible column cannot be hidden. The header's
// saved state keeps the choice. `addEntries`, when given, puts its own entries first for the section
// under the cursor (its logical index, -1 outside every section): the autofilter's "Filter…". With
// `reset`, the menu ends with "Reset columns" (widths, order and hidden columns back to the page's
// default), which calls it.
void installColumnMenu(QHeaderView *header, std::function<void(QMenu *menu, int logical)> addEntries = {},
                       std::function<void()> reset = {});

} // namespace sd
