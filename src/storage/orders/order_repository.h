#pragma once
#include "core/common/result.h"
#include "core/orders/order.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>
#include <memory>
#include <optional>

namespace sd {

class OrderContactStore;
class OrderSearchIndex;

// Reads and writes product orders with their contacts, search document and history.
// Writes assume the caller holds a WriteTransaction; this class never commits. Many orders at once
// go through OrderBulkWriter (order_bulk_writer.h), which writes them in the order SQLite is fast at.
class OrderRepository
{
public:
    explicit OrderRepository(QSqlDatabase db);
    ~OrderRepository();

    // Inserts the order (sets order.id), its contact row and its search document. Prepared
    // statements are reused, so bulk loads call this in a loop inside one transaction.
    Result insert(Order &order);
    // Writes every mutable field of an existing order (status, dates, courier, tracking, ...) and
    // refreshes its search document when a field of it changed (the tracking number).
    Result update(const Order &order);
    Result addEvent(qint64 orderId, qint64 userId, const OrderEvent &event);

    std::optional<Order> findByProductOrderNo(const QString &productOrderNo) const;
    // The stored orders (with contacts) of many product order numbers, added to `found` by number; numbers
    // that are no order are left out. A few keyed statements instead of a look-up per number: an import
    // compares every row of a 100,000-row file with the store.
    Result findByProductOrderNos(const QStringList &productOrderNos, QHash<QString, Order> *found) const;
    QList<OrderEvent> events(qint64 orderId) const;
    bool exists(const QString &productOrderNo) const;
    // The product order number of another order (outside `orderNo`, whose product orders ship
    // together and may share a number) that already uses this tracking number; empty if none.
    QString trackingNumberUsedElsewhere(const QString &trackingNo, const QString &orderNo) const;
    // DELIVERED orders of a channel delivered at or before `cutoffMs`: candidates for the automatic
    // purchase decision.
    QStringList deliveredBefore(const QString &channelCode, qint64 cutoffMs) const;

private:
    friend class OrderBulkWriter;
    // The orders row alone (sets order.id); contacts and search document are the caller's.
    Result insertRow(Order &order);
    // The orders row alone; `stored` gets the search fields as they were before (nullopt: no such order).
    Result updateRow(const Order &order, std::optional<Order> *stored);
    // Replaces the search document of `stored` (read before the update) when `order` changed it.
    Result reindex(const Order &order, Order stored);

    QSqlDatabase m_db;
    std::unique_ptr<OrderContactStore> m_contacts;
    std::unique_ptr<OrderSearchIndex> m_search;
    QSqlQuery m_insertOrder;
    // Prepared on first use and reused: a bulk action of 1,000 orders runs each of them 1,000 times
    // inside its write transaction (preparing them anew was a third of its time).
    mutable QSqlQuery m_find;
    QSqlQuery m_update;
    QSqlQuery m_addEvent;
};

} // namespace sd
