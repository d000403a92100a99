#pragma once
#include "core/common/result.h"
#include "core/table/table_filter.h"

#include <QtGlobal>
#include <vector>

namespace sd {

class TableSource;

// The ids of a filtered table in the order of a column that has no sort index: the rows' (value, id)
// pairs are read in one scan (`SELECT value, id ... WHERE filter`, no ORDER BY: SQLite's sorter
// took 3 s CPU per million text values, spilling to temporary files) and sorted here, text values
// first reduced to their rank among the distinct values, so the sort compares integers. The order
// is SQLite's for `ORDER BY value, id` (NULL < numbers < text < blob; text by bytes, the BINARY
// collation), reversed whole for a descending sort; a column whose empty values sort last
// (TableColumn::nullsLast) keeps its NULLs last in both directions, by id in the sort's direction,
// as the keyset pager does. What it keeps is the ids alone (8 bytes a row); while it builds, 24 bytes
// a row and each distinct text once. The pager pages it by position.
//
// Refused (BadInput) when the column is unknown or not read by SQL.
Result buildTableRank(TableSource &source, const TableFilter &filter, const TableSort &sort,
                      std::vector<qint64> *ids);

} // namespace sd
