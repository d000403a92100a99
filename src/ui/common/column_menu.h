#pragma once
#include <functional>

class QHeaderView;

namespace sd {

// A context menu on a table's header that shows or hides each column (checkable, by the column's
// header label), so columns hidden by default (the courier label fields of the orders) can be
// turned on, and then appear in exports too. The last visible column cannot be hidden. The header's
// saved state keeps the choice. With `reset`, the menu ends with "Reset columns" (widths, order and
// hidden columns back to the page's default), which calls it.
void installColumnMenu(QHeaderView *header, std::function<void()> reset = {});

} // namespace sd
