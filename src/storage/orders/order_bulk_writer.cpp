#include "storage/orders/order_bulk_writer.h"

#include "storage/orders/order_contacts.h"
#include "storage/orders/order_repository.h"
#include "storage/orders/order_search_index.h"
#include "storage/orders/order_search_text.h"

#include "storage/common/sql_values.h"

#include <QSqlError>
#include <optional>
#include <vector>

namespace sd {

OrderBulkWriter::OrderBulkWriter(QSqlDatabase db)
    : m_db(db), m_rows(std::make_unique<OrderRepository>(db)), m_defer(db), m_count(db), m_undefer(db)
{
}

OrderBulkWriter::~OrderBulkWriter() = default;

bool OrderBulkWriter::insert(QList<Order> &orders, QString *error)
{
    if (orders.isEmpty())
        return true;
    if (m_defer.lastQuery().isEmpty()) {
        m_defer.prepare(QStringLiteral("INSERT INTO order_counts_deferred (from_id) VALUES (0)"));
        m_undefer.prepare(QStringLiteral("DELETE FROM order_counts_deferred"));
    }
    if (!m_defer.exec())
        return queryFailed(m_defer, error);
    bool ok = true;
    for (Order &o : orders) {
        if (!(ok = m_rows->insertRow(o, error)))
            break;
    }
    ok = ok && countInserted(orders.first().id, error);
    // Counting per row resumes even when the batch failed (the caller rolls back anyway).
    if (!m_undefer.exec() && ok)
        return queryFailed(m_undefer, error);
    if (!ok)
        return false;
    for (const Order &o : std::as_const(orders)) {
        if (!m_rows->m_contacts->write(o.id, o.contact, error))
            return false;
    }
    for (const Order &o : std::as_const(orders)) {
        if (!m_rows->m_search->add(o.id, orderSearchDocument(o), error))
            return false;
    }
    return true;
}

// Rows are numbered in insert order, so the batch is every row from its first id on.
bool OrderBulkWriter::countInserted(qint64 firstId, QString *error)
{
    if (m_count.lastQuery().isEmpty())
        m_count.prepare(QStringLiteral(
            "INSERT INTO order_status_counts (channel, status, n) "
            "SELECT channel, status, COUNT(*) FROM orders WHERE id >= ? GROUP BY channel, status "
            "ON CONFLICT (channel, status) DO UPDATE SET n = n + excluded.n"));
    m_count.addBindValue(firstId);
    return m_count.exec() || queryFailed(m_count, error);
}

bool OrderBulkWriter::update(const QList<Order> &orders, QString *error)
{
    std::vector<Order> stored;
    stored.reserve(size_t(orders.size()));
    for (const Order &o : orders) {
        std::optional<Order> before;
        if (!m_rows->updateRow(o, &before, error))
            return false;
        stored.push_back(std::move(*before));
    }
    for (qsizetype i = 0; i < orders.size(); ++i) {
        if (!m_rows->reindex(orders.at(i), stored[size_t(i)], error))
            return false;
    }
    return true;
}

} // namespace sd
