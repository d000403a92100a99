#include "storage/orders/order_contacts.h"

#include "storage/common/sql_values.h"

#include <QSqlError>

namespace sd {

namespace {
const char *kColumns =
    "order_id, buyer_name, buyer_phone, recipient_name, recipient_phone1, recipient_phone2, "
    "postcode, address, address_detail, delivery_message";

OrderContact contactFromQuery(const QSqlQuery &q)
{
    OrderContact c;
    c.buyerName = q.value(1).toString();
    c.buyerPhone = q.value(2).toString();
    c.recipientName = q.value(3).toString();
    c.recipientPhone1 = q.value(4).toString();
    c.recipientPhone2 = q.value(5).toString();
    c.postcode = q.value(6).toString();
    c.address = q.value(7).toString();
    c.addressDetail = q.value(8).toString();
    c.deliveryMessage = q.value(9).toString();
    return c;
}
} // namespace

OrderContactStore::OrderContactStore(QSqlDatabase db) : m_db(db), m_insert(db), m_readOne(db) {}

Result OrderContactStore::write(qint64 orderId, const OrderContact &c)
{
    // A plain INSERT: a new order has no contact row yet, and OR REPLACE costs a look-up and a
    // statement journal per row in bulk loads.
    if (m_insert.lastQuery().isEmpty())
        m_insert.prepare(QStringLiteral("INSERT INTO order_contacts (%1) VALUES (?,?,?,?,?,?,?,?,?,?)")
                             .arg(QLatin1String(kColumns)));
    m_insert.addBindValue(orderId);
    for (const QString *v :
         {&c.buyerName, &c.buyerPhone, &c.recipientName, &c.recipientPhone1, &c.recipientPhone2, &c.postcode,
          &c.address, &c.addressDetail, &c.deliveryMessage})
        m_insert.addBindValue(textOrNull(*v));
    if (m_insert.exec())
        return Result::success();
    return queryFailure(m_insert);
}

QString OrderContactStore::streamJoin(const QString &orderIdSql)
{
    return QStringLiteral(" LEFT JOIN order_contacts oc ON oc.order_id = ") + orderIdSql;
}

QString OrderContactStore::streamColumn(const QString &column)
{
    const QStringList known = QString::fromLatin1(kColumns).split(QStringLiteral(", "));
    return known.contains(column) && column != QLatin1String("order_id") ? QStringLiteral("oc.") + column
                                                                         : QString();
}

OrderContact OrderContactStore::read(qint64 orderId) const
{
    QSqlQuery &q = m_readOne;
    if (q.lastQuery().isEmpty()) {
        q.setForwardOnly(true);
        q.prepare(
            QStringLiteral("SELECT %1 FROM order_contacts WHERE order_id = ?").arg(QLatin1String(kColumns)));
    }
    q.addBindValue(orderId);
    OrderContact c;
    if (q.exec() && q.next())
        c = contactFromQuery(q);
    q.finish(); // a kept statement left stepping would hold its read snapshot open
    return c;
}

QHash<qint64, OrderContact> OrderContactStore::readMany(const QList<qint64> &orderIds) const
{
    QHash<qint64, OrderContact> contacts;
    constexpr int kChunk = 500;
    for (int start = 0; start < orderIds.size(); start += kChunk) {
        const QList<qint64> chunk = orderIds.mid(start, kChunk);
        QString marks = QStringLiteral("?");
        marks += QStringLiteral(",?").repeated(int(chunk.size()) - 1);
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT %1 FROM order_contacts WHERE order_id IN (%2)")
                      .arg(QLatin1String(kColumns), marks));
        for (qint64 id : chunk)
            q.addBindValue(id);
        if (!q.exec())
            continue;
        while (q.next())
            contacts.insert(q.value(0).toLongLong(), contactFromQuery(q));
    }
    return contacts;
}

} // namespace sd
