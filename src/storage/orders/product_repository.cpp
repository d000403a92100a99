#include "storage/orders/product_repository.h"

#include "storage/common/sql_values.h"

#include <QSqlError>

namespace sd {

ProductRepository::ProductRepository(QSqlDatabase db) : m_db(db), m_insert(db)
{
    m_insert.prepare(
        QStringLiteral("INSERT INTO products (channel, channel_product_no, seller_code, name, price, "
                       "dispatch_days, created_at) VALUES (?,?,?,?,?,?,?)"));
}

Result ProductRepository::insert(ProductListing &p, const QDateTime &now)
{
    m_insert.addBindValue(channelCode(p.channel));
    m_insert.addBindValue(textOrNull(p.channelProductNo));
    m_insert.addBindValue(textOrNull(p.sellerCode));
    m_insert.addBindValue(p.name);
    m_insert.addBindValue(p.price);
    m_insert.addBindValue(p.dispatchDays > 0 ? QVariant(p.dispatchDays)
                                             : QVariant(QMetaType(QMetaType::Int)));
    m_insert.addBindValue(now.toMSecsSinceEpoch());
    if (!m_insert.exec()) {
        return queryFailure(m_insert);
    }
    p.id = m_insert.lastInsertId().toLongLong();
    return Result::success();
}

qint64 ProductRepository::count() const
{
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("SELECT COUNT(*) FROM products")) && q.next())
        return q.value(0).toLongLong();
    return 0;
}

} // namespace sd
