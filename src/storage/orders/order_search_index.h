#pragma once
#include "core/common/result.h"
#include "core/orders/order.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <optional>

namespace sd {

// The orders' search index, `order_search` (FTS5 trigram, one document per order, rowid = order id,
// the text from orderSearchDocument). The index keeps no copy of its documents (content='', migration
// 5): the copy was a quarter of the store, and every query reads rowids only. The price: removing a
// document needs the exact text it was indexed with, so it is rebuilt from the stored order and its
// contacts (searchFields). Hence a change to orderSearchDocument needs a migration that rebuilds the
// index, or old documents could not be removed. Writes assume the caller holds a WriteTransaction.
class OrderSearchIndex
{
public:
    explicit OrderSearchIndex(QSqlDatabase db);

    Result add(qint64 orderId, const QString &document);
    // `document` must be the text the order was indexed with.
    Result remove(qint64 orderId, const QString &document);
    // Replaces the order's document with `document`. `indexed` is the text built from the stored order
    // before the change, which is what the index holds, except for an order an import has published but
    // not indexed yet (order_search_backlog): there the backlog holds the indexed text (or none), and the
    // order leaves the backlog, since its document is now written.
    Result replace(qint64 orderId, const QString &indexed, const QString &document);
    // The stored order with the fields its document is made of (numbers, product name, tracking
    // number, buyer and recipient names and phones), nullopt when there is no such order.
    std::optional<Order> searchFields(qint64 orderId) const;

private:
    QSqlQuery m_add;
    QSqlQuery m_remove;
    QSqlQuery m_backlog, m_leaveBacklog;
    mutable QSqlQuery m_fields;
};

} // namespace sd
