#pragma once
#include "core/audit_action.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

namespace sd {

// Who changed what, and every export of personal data. Written inside the change's transaction.
bool writeAudit(QSqlDatabase db, const QDateTime &at, qint64 userId, AuditAction action,
                const QString &entity, const QString &entityId, const QString &detail, QString *error);

} // namespace sd
