#include "storage/orders/order_bulk_writer.h"

#include "storage/common/sql_values.h"
#include "storage/orders/order_contacts.h"
#include "storage/orders/order_repository.h"
#include "storage/orders/order_search_index.h"
#include "storage/orders/order_search_text.h"

#include <QSqlError>
#include <optional>
#include <vector>

namespace sd {

OrderBulkWriter::OrderBulkWriter(QSqlDatabase db)
    : m_db(db), m_rows(std::make_unique<OrderRepository>(db)), m_defer(db), m_count(db), m_undefer(db)
{
}

OrderBulkWriter::~OrderBulkWriter() = default;

Result OrderBulkWriter::insert(QList<Order> &orders)
{
    if (orders.isEmpty())
        return Result::success();
    if (m_defer.lastQuery().isEmpty()) {
        m_defer.prepare(QStringLiteral("INSERT INTO order_counts_deferred (from_id) VALUES (0)"));
        m_undefer.prepare(QStringLiteral("DELETE FROM order_counts_deferred"));
    }
    if (!m_defer.exec())
        return queryFailure(m_defer);
    Result written;
    for (Order &o : orders) {
        if (!(written = m_rows->insertRow(o)).ok())
            break;
    }
    if (written.ok())
        written = countInserted(orders.first().id);
    // Counting per row resumes even when the batch failed (the caller rolls back anyway).
    if (!m_undefer.exec() && written.ok())
        return queryFailure(m_undefer);
    if (!written.ok())
        return written;
    for (const Order &o : std::as_const(orders)) {
        if (const Result r = m_rows->m_contacts->write(o.id, o.contact); !r.ok())
            return r;
    }
    for (const Order &o : std::as_const(orders)) {
        if (const Result r = m_rows->m_search->add(o.id, orderSearchDocument(o)); !r.ok())
            return r;
    }
    return Result::success();
}

// Rows are numbered in insert order, so the batch is every row from its first id on.
Result OrderBulkWriter::countInserted(qint64 firstId)
{
    if (m_count.lastQuery().isEmpty())
        m_count.prepare(QStringLiteral(
            "INSERT INTO order_status_counts (channel, status, n) "
            "SELECT channel, status, COUNT(*) FROM orders WHERE id >= ? GROUP BY channel, status "
            "ON CONFLICT (channel, status) DO UPDATE SET n = n + excluded.n"));
    m_count.addBindValue(firstId);
    return m_count.exec() ? Result::success() : queryFailure(m_count);
}

Result OrderBulkWriter::update(const QList<Order> &orders)
{
    std::vector<Order> stored;
    stored.reserve(size_t(orders.size()));
    for (const Order &o : orders) {
        std::optional<Order> before;
        if (const Result r = m_rows->updateRow(o, &before); !r.ok())
            return r;
        stored.push_back(std::move(*before));
    }
    for (qsizetype i = 0; i < orders.size(); ++i) {
        if (const Result r = m_rows->reindex(orders.at(i), stored[size_t(i)]); !r.ok())
            return r;
    }
    return Result::success();
}

} // namespace sd
