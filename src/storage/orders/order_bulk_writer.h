#pragma once
#include "core/common/result.h"
#include "core/orders/order.h"

#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <memory>

namespace sd {

class OrderRepository;

// Writes many orders at once (the demo generator, order imports) in the order SQLite and FTS5 are fast
// at: a batch's orders rows first, then their contacts, then their search documents. Written one
// order at a time (row, contact, document, next row) the same load costs about three times as much:
// each orders INSERT fires a trigger, which opens a statement savepoint, and every savepoint makes
// FTS5 flush its pending documents as a new index segment, so the index is built from one-document
// segments and merged over and over. The status counts (order_status_counts) are counted once per
// batch by id range instead of by the per-row trigger (order_counts_deferred, migration 5).
//
// Use:
//     WriteTransaction tx(db);
//     OrderBulkWriter writer(db);
//     if (!writer.insert(newOrders, &error))  // sets each order's id, in list order
//         return ...;                          // tx rolls back on destruction: nothing is written
//     if (!writer.update(changedOrders, &error))
//         return ...;
//     tx.commit();
// - The caller holds the WriteTransaction and commits; the writer never does. After a false return
//   the caller must roll back (a half-written batch is never consistent).
// - One call is one batch: its documents are indexed together when the call ends, so a batch of
//   1,000-20,000 orders is a good size (a transaction of about 0.5 s, see DemoStore); statements are
//   prepared once per writer, so keep the writer for the whole transaction (or run).
// - insert(): new orders only (each order's `id` is ignored and set; `contact` is written with it).
//   A product order number that exists already fails the batch (UNIQUE); look them up first when a
//   file may hold known orders (the idempotent import).
// - update(): existing orders by `id`, writing what OrderRepository::update writes (status, raw
//   status, dates, delay, courier, tracking); contacts, numbers and product stay as stored. A search
//   document is replaced only when its text changes (a new tracking number). The status counts
//   follow through their trigger (a status change is one counted row each).
// Not thread-safe: one writer per connection and thread.
class OrderBulkWriter
{
public:
    explicit OrderBulkWriter(QSqlDatabase db);
    ~OrderBulkWriter();
    OrderBulkWriter(const OrderBulkWriter &) = delete;
    OrderBulkWriter &operator=(const OrderBulkWriter &) = delete;

    Result insert(QList<Order> &orders);
    Result update(const QList<Order> &orders);

private:
    Result countInserted(qint64 firstId);

    QSqlDatabase m_db;
    std::unique_ptr<OrderRepository> m_rows;
    QSqlQuery m_defer;
    QSqlQuery m_count;
    QSqlQuery m_undefer;
};

} // namespace sd
