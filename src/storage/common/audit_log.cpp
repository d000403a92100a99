#include "storage/common/audit_log.h"

#include "storage/common/sql_values.h"

#include <QSqlError>
#include <QSqlQuery>

namespace sd {

Result writeAudit(QSqlDatabase db, const QDateTime &at, qint64 userId, AuditAction action,
                  const QString &entity, const QString &entityId, const QString &detail,
                  const AuditChange &change)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT INTO audit_log (at, user_id, action, entity, entity_id, detail, \"before\", \"after\") "
        "VALUES (?,?,?,?,?,?,?,?)"));
    q.addBindValue(at.toMSecsSinceEpoch());
    q.addBindValue(userId > 0 ? QVariant(userId) : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(auditActionCode(action));
    q.addBindValue(textOrNull(entity));
    q.addBindValue(textOrNull(entityId));
    q.addBindValue(textOrNull(detail));
    q.addBindValue(textOrNull(change.before));
    q.addBindValue(textOrNull(change.after));
    if (q.exec())
        return Result::success();
    return queryFailure(q);
}

} // namespace sd
