#pragma once
#include "core/access/audit_action.h"
#include "core/table/table_description.h"
#include "core/table/table_filter.h"

#include <QDate>
#include <optional>

namespace sd {

// The audit log (설정 › 감사 로그) as a table description: newest first, filtered by user, action
// and date. Only roles that manage staff (마스터) may list it.
namespace AuditTable {
enum Column { At, User, Action, ObjectType, Object, Before, After, Detail, ColumnCount };
} // namespace AuditTable

const TableDescription &auditTable();

// The audit view's filters as a TableFilter: users by id, actions, Seoul dates (inclusive, open
// when invalid). Empty lists mean "any".
TableFilter auditFilter(const QList<qint64> &userIds, const QList<AuditAction> &actions, const QDate &from,
                        const QDate &to);
std::optional<AuditAction> auditActionFromCode(const QString &code);

} // namespace sd
