#include "storage/orders/order_search_index.h"

#include "storage/common/sql_values.h"

#include <QSqlError>

namespace sd {

OrderSearchIndex::OrderSearchIndex(QSqlDatabase db)
    : m_add(db), m_remove(db), m_backlog(db), m_leaveBacklog(db), m_fields(db)
{
}

Result OrderSearchIndex::add(qint64 orderId, const QString &document)
{
    if (m_add.lastQuery().isEmpty())
        m_add.prepare(QStringLiteral("INSERT INTO order_search (rowid, body) VALUES (?, ?)"));
    m_add.addBindValue(orderId);
    m_add.addBindValue(document);
    return m_add.exec() ? Result::success() : queryFailure(m_add);
}

Result OrderSearchIndex::remove(qint64 orderId, const QString &document)
{
    if (m_remove.lastQuery().isEmpty())
        m_remove.prepare(
            QStringLiteral("INSERT INTO order_search (order_search, rowid, body) VALUES ('delete', ?, ?)"));
    m_remove.addBindValue(orderId);
    m_remove.addBindValue(document);
    return m_remove.exec() ? Result::success() : queryFailure(m_remove);
}

Result OrderSearchIndex::replace(qint64 orderId, const QString &indexed, const QString &document)
{
    if (m_backlog.lastQuery().isEmpty()) {
        m_backlog.setForwardOnly(true);
        m_backlog.prepare(QStringLiteral("SELECT old_body FROM order_search_backlog WHERE order_id = ?"));
        m_leaveBacklog.prepare(QStringLiteral("DELETE FROM order_search_backlog WHERE order_id = ?"));
    }
    m_backlog.addBindValue(orderId);
    if (!m_backlog.exec())
        return queryFailure(m_backlog);
    const bool pending = m_backlog.next();
    const QVariant pendingOld = pending ? m_backlog.value(0) : QVariant();
    m_backlog.finish();
    Result r = Result::success();
    if (!pending)
        r = remove(orderId, indexed);
    else if (!pendingOld.isNull())
        r = remove(orderId, pendingOld.toString());
    if (r.ok())
        r = add(orderId, document);
    if (r.ok() && pending) {
        m_leaveBacklog.addBindValue(orderId);
        if (!m_leaveBacklog.exec())
            return queryFailure(m_leaveBacklog);
    }
    return r;
}

std::optional<Order> OrderSearchIndex::searchFields(qint64 orderId) const
{
    QSqlQuery &q = m_fields;
    if (q.lastQuery().isEmpty()) {
        q.setForwardOnly(true);
        q.prepare(QStringLiteral(
            "SELECT o.product_order_no, o.order_no, o.product_name, o.tracking_no, c.buyer_name, "
            "c.buyer_phone, c.recipient_name, c.recipient_phone1 FROM orders o "
            "LEFT JOIN order_contacts c ON c.order_id = o.id WHERE o.id = ?"));
    }
    q.addBindValue(orderId);
    if (!q.exec() || !q.next()) {
        q.finish();
        return std::nullopt;
    }
    Order o;
    o.id = orderId;
    o.productOrderNo = q.value(0).toString();
    o.orderNo = q.value(1).toString();
    o.productName = q.value(2).toString();
    o.trackingNo = q.value(3).toString();
    o.contact.buyerName = q.value(4).toString();
    o.contact.buyerPhone = q.value(5).toString();
    o.contact.recipientName = q.value(6).toString();
    o.contact.recipientPhone1 = q.value(7).toString();
    q.finish(); // a kept statement left stepping would hold its read snapshot open
    return o;
}

} // namespace sd
