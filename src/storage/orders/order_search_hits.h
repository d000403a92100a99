#pragma once
#include <QSqlDatabase>
#include <QString>

namespace sd {

// `sd_search_hit(match, id)`: 1 when order `id`'s search document matches the FTS5 expression `match`
// (a bound parameter), else 0, for a query that walks a sort index and keeps the matched orders.
// The first call of a statement run reads the matches' rowids once (SQLite's C API) into a bitmap
// kept as the statement's auxiliary data, so each later call is a bit test; `+o.id IN (SELECT rowid
// ...)` instead builds a temporary index of every match first (a sixth of a million orders: ~50 ms
// of CPU, again for every window). The matches are read inside the calling statement, so they are
// those of its snapshot.
//
// Registers the function on `db`'s connection; false when SQLite's C API is not usable on it
// (SELLERDESK_SQLITE_DIRECT off) or the registration failed: use the IN form then.
bool registerSearchHitFunction(QSqlDatabase db);

// The SQL condition (one bound parameter: the match expression).
QString searchHitCondition(const QString &idSql);

} // namespace sd
