#include "storage/common/access_log.h"

#include "storage/common/sql_values.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QTimeZone>

namespace sd {

Result writeAccessRecord(QSqlDatabase db, const QDateTime &at, qint64 userId, const QString &program,
                         const PersonalDataRead &read)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO personal_data_access (at, user_id, program, purpose, orders, "
                             "order_ids, filter) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(at.toMSecsSinceEpoch());
    q.addBindValue(userId > 0 ? QVariant(userId) : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(program);
    q.addBindValue(accessPurposeCode(read.purpose));
    q.addBindValue(read.orders);
    QVariant ids(QMetaType(QMetaType::QString));
    if (!read.orderIds.isEmpty() && read.orderIds.size() <= PersonalDataRead::kMaxKeptIds) {
        QStringList parts;
        parts.reserve(read.orderIds.size());
        for (qint64 id : read.orderIds)
            parts << QString::number(id);
        ids = parts.join(QLatin1Char(','));
    }
    q.addBindValue(ids);
    q.addBindValue(read.filter.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(read.filter));
    if (!q.exec()) {
        return queryFailure(q);
    }
    return Result::success();
}

QList<AccessRecord> readAccessRecords(QSqlDatabase db, int limit, Result *status)
{
    QList<AccessRecord> out;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id, at, user_id, program, purpose, orders, order_ids, filter "
                             "FROM personal_data_access ORDER BY at DESC, id DESC LIMIT ?"));
    q.addBindValue(limit);
    if (!q.exec()) {
        if (status)
            *status = queryFailure(q);
        return out;
    }
    while (q.next()) {
        AccessRecord r;
        r.id = q.value(0).toLongLong();
        r.at = QDateTime::fromMSecsSinceEpoch(q.value(1).toLongLong(), QTimeZone::utc());
        r.userId = q.value(2).toLongLong();
        r.program = q.value(3).toString();
        r.purpose = q.value(4).toString();
        r.orders = q.value(5).toLongLong();
        const QString ids = q.value(6).toString();
        for (const QString &part : ids.split(QLatin1Char(','), Qt::SkipEmptyParts))
            r.orderIds << part.toLongLong();
        r.filter = q.value(7).toString();
        out << r;
    }
    return out;
}

} // namespace sd
