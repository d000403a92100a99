#include "storage/order_contacts.h"

#include "storage/sql_values.h"

#include <QSqlError>

namespace sd {

OrderContactStore::OrderContactStore(QSqlDatabase db) : m_db(db), m_insert(db)
{
    m_insert.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO order_contacts (order_id, buyer_name, buyer_phone, recipient_name, recipient_phone1, "
        "recipient_phone2, postcode, address, address_detail, delivery_message) VALUES (?,?,?,?,?,?,?,?,?,?)"));
}

bool OrderContactStore::write(qint64 orderId, const OrderContact &c, QString *error)
{
    m_insert.addBindValue(orderId);
    for (const QString *v : {&c.buyerName, &c.buyerPhone, &c.recipientName, &c.recipientPhone1, &c.recipientPhone2,
                             &c.postcode, &c.address, &c.addressDetail, &c.deliveryMessage})
        m_insert.addBindValue(textOrNull(*v));
    if (m_insert.exec())
        return true;
    if (error)
        *error = m_insert.lastError().text();
    return false;
}

OrderContact OrderContactStore::read(qint64 orderId) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT buyer_name, buyer_phone, recipient_name, recipient_phone1, recipient_phone2, "
                             "postcode, address, address_detail, delivery_message FROM order_contacts "
                             "WHERE order_id = ?"));
    q.addBindValue(orderId);
    OrderContact c;
    if (q.exec() && q.next()) {
        c.buyerName = q.value(0).toString();
        c.buyerPhone = q.value(1).toString();
        c.recipientName = q.value(2).toString();
        c.recipientPhone1 = q.value(3).toString();
        c.recipientPhone2 = q.value(4).toString();
        c.postcode = q.value(5).toString();
        c.address = q.value(6).toString();
        c.addressDetail = q.value(7).toString();
        c.deliveryMessage = q.value(8).toString();
    }
    return c;
}

} // namespace sd
