#pragma once
// Inside services only (an `_internal.h` header: the layers test keeps every other layer out): the
// database of an open workspace. The faces never get it; they ask a service, which checks the permission
// and writes the audit row.

#include <QtGlobal>
#include <functional>

namespace sd {

class Database;
class Workspace;

Database &storeDatabase(Workspace &workspace);

// Writes the search documents a killed import left on order_search_backlog, so search is right again:
// batches of 1,000 in short write transactions with the bulk run's pause between them (`pause`, or a
// sleep), for at most `budgetMs`; what is left waits for the next call. An empty backlog costs one read
// and takes no lock. Never fails its caller: a failure is logged and the backlog stays. Store open and
// the import call it.
void repairSearchBacklog(Database &database, qint64 budgetMs, const std::function<void(int ms)> &pause = {});

} // namespace sd
