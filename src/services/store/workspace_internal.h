#pragma once
// Inside services only (an `_internal.h` header: the layers test keeps every other layer out): the
// database of an open workspace. The faces never get it; they ask a service, which checks the permission
// and writes the audit row.

namespace sd {

class Database;
class Workspace;

Database &storeDatabase(Workspace &workspace);

} // namespace sd
