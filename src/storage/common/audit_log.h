#pragma once
#include "core/access/audit_action.h"
#include "core/common/result.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

namespace sd {

// A change as the audit view shows it: the value before and after (empty when there is none, such
// as a created object's "before"). Free text; the writer keeps personal data out of it.
struct AuditChange
{
    QString before;
    QString after;
};

// Who changed what, and every export of personal data. Written inside the change's transaction.
// `detail` says what the action covered (counts, ids, the file); `change`, when given, the values.
Result writeAudit(QSqlDatabase db, const QDateTime &at, qint64 userId, AuditAction action,
                  const QString &entity, const QString &entityId, const QString &detail,
                  const AuditChange &change = {});

} // namespace sd
