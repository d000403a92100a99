#include "storage/orders/order_import_stage.h"

#include "storage/common/sql_values.h"
#include "storage/orders/order_binding.h"
#include "storage/orders/order_contacts.h"
#include "storage/orders/order_repository.h"
#include "storage/orders/order_search_index.h"
#include "storage/orders/order_search_text.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>

namespace sd {

namespace {

// The orders columns an import writes, in the order of the staging table and of both statements.
const char *kWritten =
    "order_no, channel, status, raw_status, paid_at, product_name, option_text, quantity, unit_price, "
    "option_price, discount, total_amount, shipping_fee, dispatch_due, courier_code, tracking_no, "
    "confirmed_at, shipped_at, delivered_at, decided_at, updated_at, claim_status, settlement_expected";

Result run(QSqlDatabase db, const QString &sql, const QVariantList &binds = {})
{
    QSqlQuery q(db);
    if (binds.isEmpty())
        return q.exec(sql) ? Result::success() : queryFailure(q);
    if (!q.prepare(sql))
        return queryFailure(q);
    for (const QVariant &v : binds)
        q.addBindValue(v);
    return q.exec() ? Result::success() : queryFailure(q);
}

// A failed BEGIN or COMMIT of the connection (no statement to name).
Result transactionFailure(QSqlDatabase db)
{
    return Result::storage(
        QCoreApplication::translate("sd::Database",
                                    "The store could not be read or written; nothing was changed."),
        db.lastError().text());
}

// A JSON string literal of `text` (quotes, backslashes and control characters escaped). Written by hand:
// QJsonDocument cost as much per staged order as the statement it saves.
void appendJsonString(QString &out, const QString &text)
{
    out += QLatin1Char('"');
    for (const QChar c : text) {
        if (c == QLatin1Char('"') || c == QLatin1Char('\\')) {
            out += QLatin1Char('\\');
            out += c;
        } else if (c.unicode() < 0x20) {
            out += QStringLiteral("\\u%1").arg(int(c.unicode()), 4, 16, QLatin1Char('0'));
        } else {
            out += c;
        }
    }
    out += QLatin1Char('"');
}

QVariant feesJson(const QMap<QString, Won> &fees)
{
    if (fees.isEmpty())
        return QVariant(QMetaType(QMetaType::QString));
    QString json = QStringLiteral("{");
    for (auto it = fees.cbegin(); it != fees.cend(); ++it) {
        if (it != fees.cbegin())
            json += QLatin1Char(',');
        appendJsonString(json, it.key());
        json += QLatin1Char(':') + QString::number(it.value());
    }
    return json + QLatin1Char('}');
}

// Keys are left out for NULL columns; publish() reads them with json_extract.
QVariant eventsJson(const QList<OrderEvent> &events)
{
    if (events.isEmpty())
        return QVariant(QMetaType(QMetaType::QString));
    QString json = QStringLiteral("[");
    for (const OrderEvent &e : events) {
        if (json.size() > 1)
            json += QLatin1Char(',');
        json += QStringLiteral("{\"at\":") + QString::number(e.at.toMSecsSinceEpoch()) +
                QStringLiteral(",\"action\":");
        appendJsonString(json, e.action);
        for (const auto &[key, text] : {std::pair{"from", &e.fromStatus}, std::pair{"to", &e.toStatus},
                                        std::pair{"detail", &e.detail}}) {
            if (text->isEmpty())
                continue;
            json += QStringLiteral(",\"%1\":").arg(QLatin1String(key));
            appendJsonString(json, *text);
        }
        json += QLatin1Char('}');
    }
    return json + QLatin1Char(']');
}

QVariant wonOrNull(const std::optional<Won> &v)
{
    return v ? QVariant(*v) : QVariant(QMetaType(QMetaType::LongLong));
}

} // namespace

OrderImportStage::OrderImportStage(QSqlDatabase db)
    : m_db(db), m_contacts(std::make_unique<OrderContactStore>(db)), m_insertOrder(db)
{
}

OrderImportStage::~OrderImportStage()
{
    drop();
}

Result OrderImportStage::create()
{
    drop();
    const QString columns = QString::fromLatin1(kWritten);
    // A staged order's fees (a JSON object fee → won), history lines (a JSON array) and contact ride in
    // its row: one statement per order instead of one per fee, line and contact.
    return run(m_db, QStringLiteral("CREATE TEMP TABLE import_orders (seq INTEGER PRIMARY KEY, "
                                    "product_order_no TEXT NOT NULL UNIQUE, order_id INTEGER NOT NULL, "
                                    "is_new INTEGER NOT NULL, checked_updated_at INTEGER, search_body TEXT, "
                                    "old_search_body TEXT, fees TEXT, events TEXT, row_signature INTEGER, "
                                    "%1, %2)")
                         .arg(columns, OrderContactStore::stagingColumns()));
}

void OrderImportStage::drop()
{
    m_insertOrder.clear();
    QSqlQuery q(m_db);
    q.exec(QStringLiteral("DROP VIEW IF EXISTS temp.import_targets"));
    q.exec(QStringLiteral("DROP TABLE IF EXISTS temp.import_orders"));
    m_staged = 0;
    m_newOrders = 0;
}

Result OrderImportStage::stage(const QList<StagedOrder> &batch)
{
    // A deferred BEGIN that writes TEMP tables only never takes the store's write lock.
    if (!m_db.transaction())
        return transactionFailure(m_db);
    if (!m_insertOrder.isPrepared()) {
        const Result prepared = m_insertOrder.prepare(
            QStringLiteral("INSERT INTO temp.import_orders (product_order_no, order_id, is_new, "
                           "checked_updated_at, search_body, old_search_body, fees, events, row_signature, "
                           "%1, %2) VALUES (?,?,?,?,?,?,?,?,?%3)")
                .arg(QLatin1String(kWritten), OrderContactStore::stagingColumns(),
                     QStringLiteral(",?").repeated(23 + OrderContactStore::kStagingColumns)));
        if (!prepared.ok()) {
            m_db.rollback();
            return prepared;
        }
    }
    const auto rollback = [this](const Result &why) {
        m_db.rollback();
        return why;
    };
    const OrderSearchIndex search(m_db);
    for (const StagedOrder &s : batch) {
        const Order &o = s.order;
        SqlStatement &q = m_insertOrder;
        q.addBindValue(o.productOrderNo);
        q.addBindValue(o.id == 0 ? ++m_newOrders : o.id); // a new order: its rank among the new ones
        q.addBindValue(o.id == 0 ? 1 : 0);
        q.addBindValue(o.id == 0 ? QVariant(QMetaType(QMetaType::LongLong)) : QVariant(s.checkedUpdatedAtMs));
        q.addBindValue(orderSearchDocument(o));
        // What the order is indexed with now: the contentless index removes a document by its text.
        QVariant indexed(QMetaType(QMetaType::QString));
        if (o.id != 0) {
            if (const std::optional<Order> fields = search.searchFields(o.id))
                indexed = orderSearchDocument(*fields);
        }
        q.addBindValue(indexed);
        q.addBindValue(feesJson(o.fees));
        q.addBindValue(eventsJson(s.events));
        q.addBindValue(s.rowSignature ? QVariant(qint64(*s.rowSignature)) : QVariant(QMetaType(QMetaType::LongLong)));
        q.addBindValue(o.orderNo);
        q.addBindValue(channelCode(o.channel));
        q.addBindValue(statusCode(o.status));
        q.addBindValue(textOrNull(o.rawStatus));
        q.addBindValue(msOrNull(o.paidAt));
        bindOrderItem(q, o);
        q.addBindValue(dateOrNull(o.dispatchDue));
        q.addBindValue(textOrNull(o.courierCode));
        q.addBindValue(textOrNull(o.trackingNo));
        for (const QDateTime *t : {&o.confirmedAt, &o.shippedAt, &o.deliveredAt, &o.decidedAt, &o.updatedAt})
            q.addBindValue(msOrNull(*t));
        q.addBindValue(textOrNull(o.claimStatus));
        q.addBindValue(wonOrNull(o.settlementExpected));
        OrderContactStore::bindStaged(q, o.contact);
        if (const Result inserted = q.exec(); !inserted.ok())
            return rollback(inserted);
    }
    if (!m_db.commit()) {
        const Result failure = transactionFailure(m_db);
        m_db.rollback();
        return failure;
    }
    m_staged += batch.size();
    return Result::success();
}

Result OrderImportStage::publish(qint64 userId, QStringList *changed,
                                 const QList<UnchangedImportRow> &unchanged)
{
    m_insertOrder.clear(); // statements kept on the staging tables would hold them open
    changed->clear();
    {
        // Another program changed a staged order, or added one of the new ones, since the check.
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral(
                "SELECT s.product_order_no FROM temp.import_orders s LEFT JOIN orders o ON o.id = s.order_id "
                "WHERE s.is_new = 0 AND (o.id IS NULL OR o.updated_at IS NOT s.checked_updated_at) "
                "UNION ALL SELECT s.product_order_no FROM temp.import_orders s "
                "JOIN orders o ON o.product_order_no = s.product_order_no WHERE s.is_new = 1 LIMIT 100")))
            return queryFailure(q);
        while (q.next())
            changed->append(q.value(0).toString());
        if (!changed->isEmpty())
            return Result::fail(
                ErrorKind::Rule, QString(),
                QStringLiteral("%1 staged orders changed since the check").arg(changed->size()));
    }
    const QString columns = QString::fromLatin1(kWritten);
    QString assignments;
    for (const QString &c : columns.split(QStringLiteral(", "))) {
        if (!assignments.isEmpty())
            assignments += QStringLiteral(", ");
        assignments += c + QStringLiteral(" = s.") + c;
    }
    const QVariant user = userId > 0 ? QVariant(userId) : QVariant(QMetaType(QMetaType::LongLong));
    // The new orders get the ids after the largest one now, in staging order (this transaction holds the
    // write lock): import_targets is the staged rows with each one's id, so no staged row is rewritten to
    // learn it (an UPDATE of 100,000 wide TEMP rows took 0.6 s of the lock). They are counted once, by id
    // range, instead of by the per-row insert trigger (order_counts_deferred, as OrderBulkWriter does).
    qint64 lastId = 0;
    {
        QSqlQuery q(m_db);
        if (!q.exec(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM orders")) || !q.next())
            return queryFailure(q);
        lastId = q.value(0).toLongLong();
    }
    Result step = run(m_db, QStringLiteral("DROP VIEW IF EXISTS temp.import_targets"));
    if (step.ok())
        step = run(m_db,
                   QStringLiteral("CREATE TEMP VIEW import_targets AS SELECT seq, product_order_no, is_new, "
                                  "search_body, old_search_body, fees, events, row_signature, %1, %2, "
                                  "order_id + is_new * %3 AS order_id FROM temp.import_orders")
                       .arg(columns, OrderContactStore::stagingColumns(), QString::number(lastId)));
    if (step.ok())
        step = run(m_db, QStringLiteral("INSERT INTO order_counts_deferred (from_id) VALUES (0)"));
    if (step.ok())
        step =
            run(m_db, QStringLiteral(
                          "INSERT INTO orders (id, product_order_no, %1) SELECT order_id, product_order_no, "
                          "%1 FROM temp.import_targets WHERE is_new = 1 ORDER BY seq")
                          .arg(columns));
    if (step.ok())
        step = run(m_db,
                   QStringLiteral(
                       "INSERT INTO order_status_counts (channel, status, n) "
                       "SELECT channel, status, COUNT(*) FROM orders WHERE id > ? GROUP BY channel, status "
                       "ON CONFLICT (channel, status) DO UPDATE SET n = n + excluded.n"),
                   {lastId});
    if (step.ok()) // counting per row resumes for the updates below (a status change is counted by its
                   // trigger)
        step = run(m_db, QStringLiteral("DELETE FROM order_counts_deferred"));
    if (step.ok())
        step = run(m_db, QStringLiteral("UPDATE orders SET %1 FROM temp.import_orders s "
                                        "WHERE s.is_new = 0 AND orders.id = s.order_id")
                             .arg(assignments));
    if (step.ok()) // an order still on the backlog (a crashed import's) keeps the text it is indexed with
        step = run(m_db, QStringLiteral("INSERT OR IGNORE INTO order_search_backlog (order_id, old_body) "
                                        "SELECT order_id, old_search_body FROM temp.import_targets"));
    if (step.ok())
        step = m_contacts->publishStaged(QStringLiteral("temp.import_targets"));
    if (step.ok())
        step = run(m_db, QStringLiteral("DELETE FROM order_fees WHERE order_id IN "
                                        "(SELECT order_id FROM temp.import_orders WHERE is_new = 0)"));
    if (step.ok())
        step = run(m_db, QStringLiteral("INSERT INTO order_fees (order_id, fee, amount) "
                                        "SELECT s.order_id, f.key, f.value FROM temp.import_targets s, "
                                        "json_each(s.fees) f WHERE s.fees IS NOT NULL"));
    if (step.ok())
        step = run(
            m_db,
            QStringLiteral("INSERT INTO order_events (order_id, at, user_id, action, from_status, to_status, "
                           "detail) SELECT s.order_id, json_extract(e.value, '$.at'), ?, "
                           "json_extract(e.value, '$.action'), json_extract(e.value, '$.from'), "
                           "json_extract(e.value, '$.to'), json_extract(e.value, '$.detail') "
                           "FROM temp.import_targets s, json_each(s.events) e WHERE s.events IS NOT NULL "
                           "ORDER BY s.seq, e.key"),
            {user});
    // The file rows the orders now come from, with the orders' new updated_at (ARCHITECTURE.md, "Importing
    // orders": when a row signature is written).
    if (step.ok())
        step = run(m_db, QStringLiteral("INSERT OR REPLACE INTO order_import_rows (order_id, signature, updated_at) "
                                        "SELECT order_id, row_signature, updated_at FROM temp.import_targets "
                                        "WHERE row_signature IS NOT NULL"));
    // The rows found unchanged, for the orders still as the check saw them: [id, signature, updated_at]
    // triples bound as JSON arrays of 10,000.
    constexpr qsizetype kUnchangedChunk = 10000;
    for (qsizetype from = 0; step.ok() && from < unchanged.size(); from += kUnchangedChunk) {
        QString json = QStringLiteral("[");
        const qsizetype to = std::min(unchanged.size(), from + kUnchangedChunk);
        for (qsizetype i = from; i < to; ++i) {
            const UnchangedImportRow &u = unchanged.at(i);
            if (i > from)
                json += QLatin1Char(',');
            json += QLatin1Char('[') + QString::number(u.orderId) + QLatin1Char(',') +
                    QString::number(qint64(u.signature)) + QLatin1Char(',') + QString::number(u.updatedAtMs) +
                    QLatin1Char(']');
        }
        json += QLatin1Char(']');
        step = run(m_db,
                   QStringLiteral("INSERT OR REPLACE INTO order_import_rows (order_id, signature, updated_at) "
                                  "SELECT o.id, json_extract(j.value, '$[1]'), o.updated_at FROM json_each(?) j "
                                  "JOIN orders o ON o.id = json_extract(j.value, '$[0]') "
                                  "AND o.updated_at = json_extract(j.value, '$[2]')"),
                   {json});
    }
    return step;
}

Result OrderImportStage::indexSearch(qint64 fromSeq, qint64 toSeq)
{
    const QVariantList range{fromSeq, toSeq};
    Result step =
        run(m_db,
            QStringLiteral("INSERT INTO order_search (order_search, rowid, body) SELECT 'delete', "
                           "b.order_id, b.old_body FROM order_search_backlog b JOIN temp.import_targets s "
                           "ON s.order_id = b.order_id WHERE b.old_body IS NOT NULL AND s.seq > ? "
                           "AND s.seq <= ?"),
            range);
    if (step.ok()) // only orders still on the backlog: one that another writer changed in between was
                   // indexed then (OrderSearchIndex::replace) and left the backlog
        step = run(m_db,
                   QStringLiteral(
                       "INSERT INTO order_search (rowid, body) SELECT s.order_id, s.search_body "
                       "FROM temp.import_targets s JOIN order_search_backlog b ON b.order_id = s.order_id "
                       "WHERE s.seq > ? AND s.seq <= ? ORDER BY s.order_id"),
                   range);
    if (step.ok())
        step = run(m_db,
                   QStringLiteral("DELETE FROM order_search_backlog WHERE order_id IN "
                                  "(SELECT order_id FROM temp.import_targets WHERE seq > ? AND seq <= ?)"),
                   range);
    return step;
}

bool OrderImportStage::hasBacklog(QSqlDatabase db)
{
    QSqlQuery q(db);
    return q.exec(QStringLiteral("SELECT 1 FROM order_search_backlog LIMIT 1")) && q.next();
}

Result OrderImportStage::repairSearch(QSqlDatabase db, int limit, int *repaired)
{
    if (repaired)
        *repaired = 0;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT b.order_id, b.old_body FROM order_search_backlog b JOIN orders o ON o.id = "
                       "b.order_id ORDER BY b.order_id LIMIT ?"));
    q.addBindValue(limit);
    if (!q.exec())
        return queryFailure(q);
    QList<QPair<qint64, QVariant>> entries;
    while (q.next())
        entries.append({q.value(0).toLongLong(), q.value(1)});
    q.finish();
    OrderSearchIndex index(db);
    for (const auto &entry : std::as_const(entries)) {
        const std::optional<Order> fields = index.searchFields(entry.first);
        if (!fields)
            continue;
        Result step =
            entry.second.isNull() ? Result::success() : index.remove(entry.first, entry.second.toString());
        if (step.ok())
            step = index.add(entry.first, orderSearchDocument(*fields));
        if (step.ok())
            step =
                run(db, QStringLiteral("DELETE FROM order_search_backlog WHERE order_id = ?"), {entry.first});
        if (!step.ok())
            return step;
        if (repaired)
            ++*repaired;
    }
    // Rows whose order is gone (deleted since) leave the backlog too.
    if (entries.size() < limit)
        return run(db, QStringLiteral(
                           "DELETE FROM order_search_backlog WHERE order_id NOT IN (SELECT id FROM orders)"));
    return Result::success();
}

Result OrderImportStage::loadReported(QSqlDatabase db, QHash<QString, Order> *orders)
{
    QHash<qint64, Order *> byId;
    QJsonArray ids;
    for (Order &o : *orders) {
        o.fees.clear();
        byId.insert(o.id, &o);
        ids.append(o.id);
    }
    if (ids.isEmpty())
        return Result::success();
    const QString idList = QString::fromUtf8(QJsonDocument(ids).toJson(QJsonDocument::Compact));
    SqlStatement q(db); // SQLite's C API where the build allows it, as the check's other reads
    if (const Result read = q.run(QStringLiteral("SELECT id, claim_status, settlement_expected FROM orders "
                                                 "WHERE id IN (SELECT value FROM json_each(?))"),
                                  {idList});
        !read.ok())
        return read;
    while (q.next()) {
        Order *o = byId.value(q.integer(0));
        o->claimStatus = q.text(1);
        o->settlementExpected = q.isNull(2) ? std::nullopt : std::optional<Won>(q.integer(2));
    }
    if (!q.status().ok())
        return q.status();
    SqlStatement f(db);
    if (const Result read = f.run(QStringLiteral("SELECT order_id, fee, amount FROM order_fees "
                                                 "WHERE order_id IN (SELECT value FROM json_each(?))"),
                                  {idList});
        !read.ok())
        return read;
    while (f.next())
        byId.value(f.integer(0))->fees.insert(f.text(1), f.integer(2));
    return f.status();
}

Result OrderImportStage::loadRowSignatures(QSqlDatabase db, const QStringList &productOrderNos,
                                           QList<StoredRowSignature> *found)
{
    if (productOrderNos.isEmpty())
        return Result::success();
    QString json = QStringLiteral("[");
    json.reserve(productOrderNos.size() * 20);
    for (const QString &no : productOrderNos) {
        if (json.size() > 1)
            json += QLatin1Char(',');
        appendJsonString(json, no);
    }
    json += QLatin1Char(']');
    SqlStatement q(db);
    if (const Result read = q.run(
            QStringLiteral("SELECT j.key, o.channel, r.signature FROM json_each(?) j "
                           "JOIN orders o ON o.product_order_no = j.value "
                           "JOIN order_import_rows r ON r.order_id = o.id WHERE r.updated_at = o.updated_at"),
            {json});
        !read.ok())
        return read;
    while (q.next())
        found->append(StoredRowSignature{qsizetype(q.integer(0)), q.text(1), quint64(q.integer(2))});
    return q.status();
}

} // namespace sd
