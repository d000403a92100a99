#pragma once
// Inside services only (an `_internal.h` header: the layers test keeps every other layer out): the
// database of an open workspace. The faces never get it; they ask a service, which checks the permission
// and writes the audit row.

#include <QSqlDatabase>
#include <QtGlobal>
#include <atomic>
#include <functional>

namespace sd {

class Database;
class Workspace;

Database &storeDatabase(Workspace &workspace);

// Writes the search documents a killed import left on order_search_backlog, so search is right again:
// batches of 1,000 in short write transactions with the bulk run's pause between them (`pause`, or a
// sleep), for at most `budgetMs` (negative: until done) or until `*stop`; what is left waits for the next
// call. An empty backlog costs one read and takes no lock. Never fails its caller: a failure is logged and
// the backlog stays. Store open (a first batch), the import (on its own writer connection), the CLI's
// listings before a search and the GUI's worker (Workspace::repairSearchOn) call it.
void repairSearchBacklog(QSqlDatabase db, qint64 budgetMs, const std::function<void(int ms)> &pause = {},
                         const std::atomic_bool *stop = nullptr);

} // namespace sd
