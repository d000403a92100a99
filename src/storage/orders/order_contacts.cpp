#include "storage/orders/order_contacts.h"

#include "storage/common/sql_statement.h"
#include "storage/common/sql_values.h"

#include <QSqlError>

namespace sd {

namespace {
const char *kColumns =
    "order_id, buyer_name, buyer_phone, recipient_name, recipient_phone1, recipient_phone2, "
    "postcode, address, address_detail, delivery_message, customs_code";

// A row of kColumns from a QSqlQuery or a SqlStatement.
template <typename Row>
OrderContact contactFromQuery(const Row &q)
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
    c.customsCode = q.value(10).toString();
    return c;
}

// The contact columns after order_id, in kColumns' order.
template <typename Statement>
void bindContact(Statement &q, const OrderContact &c)
{
    for (const QString *v :
         {&c.buyerName, &c.buyerPhone, &c.recipientName, &c.recipientPhone1, &c.recipientPhone2, &c.postcode,
          &c.address, &c.addressDetail, &c.deliveryMessage, &c.customsCode})
        q.addBindValue(textOrNull(*v));
}
} // namespace

OrderContactStore::OrderContactStore(QSqlDatabase db) : m_db(db), m_insert(db), m_readOne(db) {}

Result OrderContactStore::write(qint64 orderId, const OrderContact &c)
{
    // A plain INSERT: a new order has no contact row yet, and OR REPLACE costs a look-up and a
    // statement journal per row in bulk loads.
    if (m_insert.lastQuery().isEmpty())
        m_insert.prepare(QStringLiteral("INSERT INTO order_contacts (%1) VALUES (?,?,?,?,?,?,?,?,?,?,?)")
                             .arg(QLatin1String(kColumns)));
    m_insert.addBindValue(orderId);
    bindContact(m_insert, c);
    if (m_insert.exec())
        return Result::success();
    return queryFailure(m_insert);
}

QString OrderContactStore::stagingColumns()
{
    return QString::fromLatin1(kColumns).section(QStringLiteral(", "), 1);
}

void OrderContactStore::bindStaged(SqlStatement &insert, const OrderContact &contact)
{
    bindContact(insert, contact);
}

Result OrderContactStore::publishStaged(const QString &ordersStaging)
{
    const QString columns = stagingColumns();
    QSqlQuery q(m_db);
    if (q.exec(
            QStringLiteral("INSERT OR REPLACE INTO order_contacts (order_id, %1) SELECT order_id, %1 FROM %2")
                .arg(columns, ordersStaging)))
        return Result::success();
    return queryFailure(q);
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
    readMany(orderIds, &contacts); // a failed read shows the rows without contacts
    return contacts;
}

Result OrderContactStore::readMany(const QList<qint64> &orderIds, QHash<qint64, OrderContact> *contacts) const
{
    // The ids bound as one JSON array per chunk: a few statements for a whole import's orders.
    constexpr qsizetype kChunk = 10000;
    for (qsizetype start = 0; start < orderIds.size(); start += kChunk) {
        QString ids = QStringLiteral("[");
        for (qsizetype i = start; i < std::min(orderIds.size(), start + kChunk); ++i) {
            if (i > start)
                ids += QLatin1Char(',');
            ids += QString::number(orderIds.at(i));
        }
        ids += QLatin1Char(']');
        SqlStatement q(m_db); // SQLite's C API where the build allows it, as the import's check reads
        if (const Result read = q.run(
                QStringLiteral("SELECT %1 FROM order_contacts WHERE order_id IN (SELECT value FROM json_each(?))")
                    .arg(QLatin1String(kColumns)),
                {ids});
            !read.ok())
            return read;
        while (q.next())
            contacts->insert(q.integer(0), contactFromQuery(q));
        if (!q.status().ok())
            return q.status();
    }
    return Result::success();
}

} // namespace sd
