#include "storage/orders/order_repository.h"

#include "core/calendar/seoul_time.h"

#include "storage/common/sql_statement.h"
#include "storage/common/sql_values.h"
#include "storage/orders/order_binding.h"
#include "storage/orders/order_contacts.h"
#include "storage/orders/order_search_index.h"
#include "storage/orders/order_search_text.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>

namespace sd {

namespace {

const char *kOrderColumns =
    "o.id, o.product_order_no, o.order_no, o.channel, o.status, o.raw_status, o.paid_at, o.product_id, "
    "o.product_name, o.option_text, o.quantity, o.unit_price, o.option_price, o.discount, o.total_amount, "
    "o.shipping_fee, o.dispatch_due, o.delay_reason, o.delay_detail, o.courier_code, o.tracking_no, "
    "o.confirmed_at, o.shipped_at, o.delivered_at, o.decided_at, o.updated_at";

// A cell as a QSqlQuery and as a SqlStatement read it: the statement's typed accessors skip the QVariant.
QString cellText(const QSqlQuery &q, int i)
{
    return q.value(i).toString();
}
QString cellText(const SqlStatement &q, int i)
{
    return q.text(i);
}
qint64 cellInteger(const QSqlQuery &q, int i)
{
    return q.value(i).toLongLong();
}
qint64 cellInteger(const SqlStatement &q, int i)
{
    return q.integer(i);
}
QDateTime cellDateTime(const QSqlQuery &q, int i)
{
    return dateTimeFromMs(q.value(i));
}
QDateTime cellDateTime(const SqlStatement &q, int i)
{
    return q.isNull(i) ? QDateTime() : fromEpochMs(q.integer(i));
}

// A row of kOrderColumns from a QSqlQuery or a SqlStatement.
template <typename Row>
Order orderFromQuery(const Row &q)
{
    Order o;
    int i = 0;
    o.id = cellInteger(q, i++);
    o.productOrderNo = cellText(q, i++);
    o.orderNo = cellText(q, i++);
    o.channel = parseChannel(cellText(q, i++)).value_or(Channel::NaverSmartstore);
    o.status = parseStatus(cellText(q, i++)).value_or(OrderStatus::New);
    o.rawStatus = cellText(q, i++);
    o.paidAt = cellDateTime(q, i++);
    o.productId = cellInteger(q, i++);
    o.productName = cellText(q, i++);
    o.optionText = cellText(q, i++);
    o.quantity = int(cellInteger(q, i++));
    o.unitPrice = cellInteger(q, i++);
    o.optionPrice = cellInteger(q, i++);
    o.discount = cellInteger(q, i++);
    o.totalAmount = cellInteger(q, i++);
    o.shippingFee = cellInteger(q, i++);
    o.dispatchDue = dateFromIso(q.value(i++));
    o.delayReason = cellText(q, i++);
    o.delayDetail = cellText(q, i++);
    o.courierCode = cellText(q, i++);
    o.trackingNo = cellText(q, i++);
    for (QDateTime *t : {&o.confirmedAt, &o.shippedAt, &o.deliveredAt, &o.decidedAt, &o.updatedAt})
        *t = cellDateTime(q, i++);
    return o;
}

// The fields that change as an order moves on, in the column order both INSERT and UPDATE use:
// dispatch_due, delay_reason, delay_detail, courier_code, tracking_no, confirmed_at, shipped_at,
// delivered_at, decided_at, updated_at.
void bindProgress(QSqlQuery &q, const Order &o)
{
    q.addBindValue(dateOrNull(o.dispatchDue));
    q.addBindValue(textOrNull(o.delayReason));
    q.addBindValue(textOrNull(o.delayDetail));
    q.addBindValue(textOrNull(o.courierCode));
    q.addBindValue(textOrNull(o.trackingNo));
    for (const QDateTime *t : {&o.confirmedAt, &o.shippedAt, &o.deliveredAt, &o.decidedAt, &o.updatedAt})
        q.addBindValue(msOrNull(*t));
}

Result orderGone(const Order &o)
{
    return Result::storage(
        QCoreApplication::translate("sd::Database", "The order %1 is no longer in the store.")
            .arg(o.productOrderNo),
        QStringLiteral("update matched no row"));
}

} // namespace

namespace {

template <typename Statement>
void bindItem(Statement &q, const Order &o)
{
    q.addBindValue(o.productName);
    q.addBindValue(textOrNull(o.optionText));
    q.addBindValue(o.quantity);
    q.addBindValue(o.unitPrice);
    q.addBindValue(o.optionPrice);
    q.addBindValue(o.discount);
    q.addBindValue(o.totalAmount);
    q.addBindValue(o.shippingFee);
}

} // namespace

void bindOrderItem(QSqlQuery &q, const Order &o)
{
    bindItem(q, o);
}

void bindOrderItem(SqlStatement &q, const Order &o)
{
    bindItem(q, o);
}

OrderRepository::OrderRepository(QSqlDatabase db)
    : m_db(db), m_contacts(std::make_unique<OrderContactStore>(db)),
      m_search(std::make_unique<OrderSearchIndex>(db)), m_insertOrder(db), m_find(db), m_update(db),
      m_addEvent(db)
{
    m_insertOrder.prepare(QStringLiteral(
        "INSERT INTO orders (product_order_no, order_no, channel, status, raw_status, paid_at, product_id, "
        "product_name, option_text, quantity, unit_price, option_price, discount, total_amount, "
        "shipping_fee, "
        "dispatch_due, delay_reason, delay_detail, courier_code, tracking_no, confirmed_at, shipped_at, "
        "delivered_at, decided_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
}

OrderRepository::~OrderRepository() = default;

Result OrderRepository::insert(Order &o)
{
    Result r = insertRow(o);
    if (r.ok())
        r = m_contacts->write(o.id, o.contact);
    if (r.ok())
        r = m_search->add(o.id, orderSearchDocument(o));
    return r;
}

Result OrderRepository::insertRow(Order &o)
{
    QSqlQuery &q = m_insertOrder;
    q.addBindValue(o.productOrderNo);
    q.addBindValue(o.orderNo);
    q.addBindValue(channelCode(o.channel));
    q.addBindValue(statusCode(o.status));
    q.addBindValue(textOrNull(o.rawStatus));
    q.addBindValue(msOrNull(o.paidAt));
    q.addBindValue(o.productId > 0 ? QVariant(o.productId) : QVariant(QMetaType(QMetaType::LongLong)));
    bindOrderItem(q, o);
    bindProgress(q, o);
    if (!q.exec())
        return queryFailure(q);
    o.id = q.lastInsertId().toLongLong();
    return Result::success();
}

Result OrderRepository::update(const Order &o)
{
    std::optional<Order> stored;
    const Result r = updateRow(o, &stored);
    return r.ok() ? reindex(o, *stored) : r;
}

Result OrderRepository::reindex(const Order &o, Order stored)
{
    if (stored.trackingNo == o.trackingNo)
        return Result::success(); // the only field of the document that an update writes
    const QString before = orderSearchDocument(stored);
    stored.trackingNo = o.trackingNo;
    return m_search->replace(o.id, before, orderSearchDocument(stored));
}

Result OrderRepository::updateRow(const Order &o, std::optional<Order> *stored)
{
    *stored = m_search->searchFields(o.id);
    if (!*stored)
        return orderGone(o);
    QSqlQuery &q = m_update;
    if (q.lastQuery().isEmpty())
        q.prepare(QStringLiteral(
            "UPDATE orders SET status = ?, raw_status = ?, dispatch_due = ?, delay_reason = ?, "
            "delay_detail = ?, courier_code = ?, tracking_no = ?, confirmed_at = ?, "
            "shipped_at = ?, delivered_at = ?, decided_at = ?, updated_at = ? WHERE id = ?"));
    q.addBindValue(statusCode(o.status));
    q.addBindValue(textOrNull(o.rawStatus));
    bindProgress(q, o);
    q.addBindValue(o.id);
    if (!q.exec())
        return queryFailure(q);
    if (q.numRowsAffected() != 1)
        return orderGone(o);
    return Result::success();
}

Result OrderRepository::addEvent(qint64 orderId, qint64 userId, const OrderEvent &e)
{
    QSqlQuery &q = m_addEvent;
    if (q.lastQuery().isEmpty())
        q.prepare(
            QStringLiteral("INSERT INTO order_events (order_id, at, user_id, action, from_status, to_status, "
                           "detail) VALUES (?,?,?,?,?,?,?)"));
    q.addBindValue(orderId);
    q.addBindValue(msOrNull(e.at));
    q.addBindValue(userId > 0 ? QVariant(userId) : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(e.action);
    q.addBindValue(textOrNull(e.fromStatus));
    q.addBindValue(textOrNull(e.toStatus));
    q.addBindValue(textOrNull(e.detail));
    return q.exec() ? Result::success() : queryFailure(q);
}

std::optional<Order> OrderRepository::findByProductOrderNo(const QString &productOrderNo) const
{
    QSqlQuery &q = m_find;
    if (q.lastQuery().isEmpty()) {
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT %1 FROM orders o WHERE o.product_order_no = ?")
                      .arg(QLatin1String(kOrderColumns)));
    }
    q.addBindValue(productOrderNo);
    if (!q.exec() || !q.next()) {
        q.finish();
        return std::nullopt;
    }
    Order o = orderFromQuery(q);
    q.finish(); // a kept statement left stepping would hold its read snapshot open
    o.contact = m_contacts->read(o.id);
    return o;
}

Result OrderRepository::findByProductOrderNos(const QStringList &productOrderNos,
                                              QHash<QString, Order> *found) const
{
    constexpr int kChunk = 10000; // numbers per statement, bound as one JSON array
    for (qsizetype start = 0; start < productOrderNos.size(); start += kChunk) {
        // SQLite's C API where the build allows it: QSqlQuery::next cost more than the statement.
        SqlStatement q(m_db);
        if (const Result read = q.run(
                QStringLiteral("SELECT %1 FROM json_each(?) j JOIN orders o ON o.product_order_no = j.value")
                    .arg(QLatin1String(kOrderColumns)),
                {QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(productOrderNos.mid(start, kChunk)))
                                       .toJson(QJsonDocument::Compact))});
            !read.ok())
            return read;
        QList<qint64> ids;
        QList<Order> orders;
        while (q.next()) {
            orders.append(orderFromQuery(q));
            ids.append(orders.constLast().id);
        }
        if (!q.status().ok())
            return q.status();
        QHash<qint64, OrderContact> contacts;
        if (const Result read = m_contacts->readMany(ids, &contacts); !read.ok())
            return read;
        for (Order &o : orders) {
            o.contact = contacts.value(o.id);
            const QString key = o.productOrderNo;
            found->insert(key, std::move(o));
        }
    }
    return Result::success();
}

bool OrderRepository::exists(const QString &productOrderNo) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT 1 FROM orders WHERE product_order_no = ?"));
    q.addBindValue(productOrderNo);
    return q.exec() && q.next();
}

QList<OrderEvent> OrderRepository::events(qint64 orderId) const
{
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("SELECT e.id, e.at, u.display_name, e.action, e.from_status, e.to_status, e.detail "
                       "FROM order_events e LEFT JOIN users u ON u.id = e.user_id "
                       "WHERE e.order_id = ? ORDER BY e.at, e.id"));
    q.addBindValue(orderId);
    QList<OrderEvent> list;
    if (!q.exec())
        return list;
    while (q.next()) {
        OrderEvent e;
        e.id = q.value(0).toLongLong();
        e.at = dateTimeFromMs(q.value(1));
        e.userName = q.value(2).toString();
        e.action = q.value(3).toString();
        e.fromStatus = q.value(4).toString();
        e.toStatus = q.value(5).toString();
        e.detail = q.value(6).toString();
        list.append(e);
    }
    return list;
}

QString OrderRepository::trackingNumberUsedElsewhere(const QString &trackingNo, const QString &orderNo) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "SELECT product_order_no FROM orders WHERE tracking_no = ? AND order_no <> ? LIMIT 1"));
    q.addBindValue(trackingNo);
    q.addBindValue(orderNo);
    if (q.exec() && q.next())
        return q.value(0).toString();
    return {};
}

QStringList OrderRepository::deliveredBefore(const QString &channelCode, qint64 cutoffMs) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT product_order_no FROM orders WHERE status = 'DELIVERED' AND channel = ? "
                             "AND delivered_at <= ? ORDER BY delivered_at"));
    q.addBindValue(channelCode);
    q.addBindValue(cutoffMs);
    QStringList list;
    if (q.exec()) {
        while (q.next())
            list << q.value(0).toString();
    }
    return list;
}

} // namespace sd
