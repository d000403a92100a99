#pragma once
#include "core/table/table_audit.h"
#include "storage/table/table_source.h"

namespace sd {

// The audit log's storage behind auditTable(): the description says it all (no search, no kept
// counts); sorted by time on audit_log_at_id (at, id), filtered by user and action on their own
// (user_id, at, id) and (action, at, id) indexes (migration 0003).
class AuditTableSource : public TableSource
{
public:
    explicit AuditTableSource(QSqlDatabase db) : TableSource(db, auditTable()) {}
};

} // namespace sd
