#include "storage/table/table_orders.h"

#include "core/table/table_dispatch_template.h"

#include "core/orders/dispatch_deadline.h"
#include "storage/common/sql_values.h"
#include "storage/orders/order_contacts.h"
#include "storage/orders/order_search_hits.h"
#include "storage/orders/order_search_text.h"
#include "storage/orders/order_status_map.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace sd {

namespace {

const QString &statusColumn()
{
    return ordersTable().columns[OrdersTable::Status].id;
}

const QString &channelColumn()
{
    return ordersTable().columns[OrdersTable::Channel].id;
}

QString marks(qsizetype n)
{
    QStringList m;
    for (qsizetype i = 0; i < n; ++i)
        m << QStringLiteral("?");
    return m.join(QLatin1Char(','));
}

} // namespace

OrdersTableSource::OrdersTableSource(QSqlDatabase db)
    : TableSource(db, ordersTable()), m_searchHits(registerSearchHitFunction(db))
{
}

OrdersTableSource::~OrdersTableSource() = default;

void OrdersTableSource::invalidate()
{
    m_searchMatches.clear();
    m_searchStatusCounts.clear();
    m_documents = -1;
    m_numberRange.clear();
}

QString OrdersTableSource::narrowingMatch(const TableFilter &filter)
{
    const QString match = orderSearchMatch(filter.search);
    if (match.isEmpty())
        return match;
    // A term in every order ("2026", the year in every order number) narrows nothing either; reading
    // it would cost a look-up per order. Every order has one document, so the term is in every order
    // when it matches as many documents as there are orders and documents. Counting a term the FTS
    // index holds a million times costs about 0.3 s, so a term that starts every order number (or
    // every product order number: both are in the document as stored) is known to be in every order
    // from two index seeks instead.
    const qint64 total = totalOrders();
    if (startsEveryOrderNumber(filter.search))
        return documents() == total ? QString() : match;
    if (searchMatches(match) < total)
        return match;
    return documents() == total ? QString() : match;
}

qint64 OrdersTableSource::documents()
{
    // The FTS table's own row count walks the index, and so does a count of its docsize table (a
    // row per document: ~20 ms per million on a new connection). FTS5 keeps the number of rows it
    // holds as the first value (an SQLite varint) of its averages record (id 1 of the data table),
    // written with every change of the index: one look-up.
    if (m_documents >= 0)
        return m_documents;
    QSqlQuery q(database());
    if (q.exec(QStringLiteral("SELECT block FROM order_search_data WHERE id = 1")) && q.next()) {
        const QByteArray block = q.value(0).toByteArray();
        quint64 v = 0;
        int i = 0;
        for (; i < block.size() && i < 9; ++i) {
            const auto byte = quint8(block.at(i));
            if (i == 8) {
                v = (v << 8) | byte;
                break;
            }
            v = (v << 7) | (byte & 0x7f);
            if (!(byte & 0x80))
                break;
        }
        if (i < block.size())
            return m_documents = qint64(v);
    }
    q.finish();
    m_documents = q.exec(QStringLiteral("SELECT COUNT(*) FROM order_search_docsize")) && q.next()
                      ? q.value(0).toLongLong()
                      : 0;
    return m_documents;
}

bool OrdersTableSource::startsEveryOrderNumber(const QString &search)
{
    const QStringList words = orderSearchWords(search);
    if (words.isEmpty())
        return false;
    if (m_numberRange.isEmpty()) {
        // Two seeks per index (min and max each use orders_order_no / the product order number's
        // unique index). Every number between the smallest and the largest in byte order starts
        // with a prefix both of them start with.
        QSqlQuery q(database());
        if (!q.exec(QStringLiteral(
                "SELECT (SELECT MIN(order_no) FROM orders), (SELECT MAX(order_no) FROM orders), "
                "(SELECT MIN(product_order_no) FROM orders), "
                "(SELECT MAX(product_order_no) FROM orders)")) ||
            !q.next() || q.value(0).isNull())
            return false;
        m_numberRange = {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                         q.value(3).toString()};
    }
    for (const QString &w : words) {
        // Only a phrase of trigrams (three characters or more) is matched against the text as typed.
        if (w.size() < 3)
            return false;
        const bool orderNo = m_numberRange.at(0).startsWith(w) && m_numberRange.at(1).startsWith(w);
        const bool productOrderNo = m_numberRange.at(2).startsWith(w) && m_numberRange.at(3).startsWith(w);
        if (!orderNo && !productOrderNo)
            return false;
    }
    return true;
}

TableFilter OrdersTableSource::effective(const TableFilter &f)
{
    if (f.search.isEmpty() || !narrowingMatch(f).isEmpty())
        return f;
    TableFilter g = f;
    g.search.clear();
    return g;
}

bool OrdersTableSource::walkSortIndexFor(const QString &match)
{
    const qint64 matches = searchMatches(match);
    return matches >= 2000 && matches * 200 >= totalOrders();
}

qint64 OrdersTableSource::searchMatches(const QString &match)
{
    const auto it = m_searchMatches.constFind(match);
    if (it != m_searchMatches.constEnd())
        return it.value();
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM order_search WHERE order_search MATCH ?"));
    q.addBindValue(match);
    const qint64 n = q.exec() && q.next() ? q.value(0).toLongLong() : 0;
    if (m_searchMatches.size() > 64)
        m_searchMatches.clear();
    m_searchMatches.insert(match, n);
    return n;
}

qint64 OrdersTableSource::totalOrders() const
{
    qint64 n = 0;
    for (qint64 c : keptStatusCounts(TableFilter()))
        n += c;
    return n;
}

Result OrdersTableSource::ownWhere(const TableFilter &filter, bool forRowOrder, SqlWhere *out)
{
    for (auto it = filter.options.cbegin(); it != filter.options.cend(); ++it) {
        if (it.key() != QLatin1String(OrdersTable::kAtRiskOption) &&
            !OrdersTable::deadlineCounterOfOption(it.key()))
            return unknownOption(it.key());
    }
    // A single character (or nothing searchable) does not narrow the list: the user is still typing.
    const QString match = narrowingMatch(filter);
    if (!match.isEmpty()) {
        const bool walk = forRowOrder && walkSortIndexFor(match);
        if (walk && m_searchHits)
            out->add(searchHitCondition(QStringLiteral("o.id")), {match}); // a bitmap, not a temporary index
        else
            out->add(
                walk ? QStringLiteral("+o.id IN (SELECT rowid FROM order_search WHERE order_search MATCH ?)")
                     : QStringLiteral("o.id IN (SELECT rowid FROM order_search WHERE order_search MATCH ?)"),
                {match});
    }
    QVariantList awaiting;
    for (OrderStatus st : statusesAwaitingDispatch())
        awaiting << statusCode(st);
    // The deadline counters (core: countsIn), each one range of orders_status_due per status awaiting
    // dispatch, but 발송지연 안내 중, which reads the orders awaiting dispatch by orders_status_code.
    for (DeadlineCounter c : allDeadlineCounters()) {
        const auto it = filter.options.constFind(OrdersTable::deadlineOption(c));
        if (it == filter.options.cend())
            continue;
        out->add(QStringLiteral("o.status IN (%1)").arg(marks(awaiting.size())), awaiting);
        const QDate today = it.value().toDate();
        switch (c) {
        case DeadlineCounter::DueToday:
        case DeadlineCounter::Overdue:
            if (!today.isValid())
                return Result::fail(ErrorKind::BadInput,
                                    QCoreApplication::translate("sd::TableQuery", "The deadline filter needs a date."));
            out->add(c == DeadlineCounter::DueToday ? QStringLiteral("o.dispatch_due = ?")
                                                    : QStringLiteral("o.dispatch_due < ?"),
                     {today.toString(Qt::ISODate)});
            break;
        case DeadlineCounter::DelayNoticed:
            out->add(QStringLiteral("o.delay_reason IS NOT NULL AND o.delay_reason <> ''"));
            break;
        }
    }
    const auto risk = filter.options.constFind(QLatin1String(OrdersTable::kAtRiskOption));
    if (risk != filter.options.cend()) {
        const QVariantList &codes = awaiting;
        out->add(QStringLiteral("o.status IN (%1)").arg(marks(codes.size())), codes);
        const QDate cutoff = risk.value().toDate();
        if (cutoff.isValid())
            out->add(QStringLiteral("o.dispatch_due <= ?"), {cutoff.toString(Qt::ISODate)});
        else
            out->add(QStringLiteral("o.dispatch_due IS NOT NULL"));
    }
    return Result::success();
}

QStringList OrdersTableSource::indexlessColumns(const TableFilter &filter, const TableSort &rowOrder)
{
    if (rowOrder.column == statusColumn())
        return {};
    QVariantList statuses;
    int conditions = 0;
    for (const ColumnFilter &c : filter.columns) {
        if (c.column == statusColumn()) {
            statuses = c.values;
            ++conditions;
        }
    }
    // One status: the (status, key, id) indexes serve it as it is.
    if (conditions != 1 || statuses.size() < 2)
        return {};
    const QHash<QString, qint64> counts = keptStatusCounts(TableFilter());
    qint64 total = 0, matched = 0;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        total += it.value();
        if (statuses.contains(QVariant(it.key())))
            matched += it.value();
    }
    if (matched * 100 >= total)
        return {statusColumn()};
    return {};
}

QString OrdersTableSource::mergedColumn(const TableFilter &, const TableSort &rowOrder)
{
    // orders_status_paid (status, paid_at, id) and orders_status_due (status, dispatch_due, id): a
    // window of several statuses is one range of each, merged, instead of a walk of the sort index
    // that skips every order of the other statuses first (배송완료 + 구매확정 newest first: the newest
    // orders are not delivered yet, so the walk stepped over 6 % of all orders before its first row).
    const QString &column = rowOrder.column;
    if (column == ordersTable().columns[OrdersTable::PaidAt].id ||
        column == ordersTable().columns[OrdersTable::DispatchDue].id)
        return statusColumn();
    return {};
}

namespace {

// Conditions the kept counts can answer: each a list of codes (no empty cells, no text or range), and
// at most one on the channel (the counts read channels as one list; a header filter beside the
// channel box would need their intersection).
bool plainCodes(const TableFilter &filter, const QString &channel)
{
    int channels = 0;
    for (const ColumnFilter &c : filter.columns) {
        if (c.kind != ColumnFilter::Kind::OneOf)
            return false;
        for (const QVariant &v : c.values) {
            if (v.isNull())
                return false;
        }
        if (c.column == channel && ++channels > 1)
            return false;
    }
    return true;
}

} // namespace

bool OrdersTableSource::countedByTriggers(const TableFilter &filter)
{
    const TableFilter f = effective(filter);
    return f.onlyColumns({statusColumn(), channelColumn()}) && plainCodes(f, channelColumn());
}

QHash<QString, qint64> OrdersTableSource::keptStatusCounts(const TableFilter &filter) const
{
    QVariantList channels;
    for (const ColumnFilter &c : filter.columns) {
        if (c.column == channelColumn())
            channels += c.values;
    }
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT status, SUM(n) FROM order_status_counts") +
              (channels.isEmpty() ? QString()
                                  : QStringLiteral(" WHERE channel IN (%1)").arg(marks(channels.size()))) +
              QStringLiteral(" GROUP BY status"));
    for (const QVariant &c : std::as_const(channels))
        q.addBindValue(c);
    QHash<QString, qint64> counts;
    if (!q.exec())
        return counts;
    while (q.next()) {
        if (q.value(1).toLongLong() > 0)
            counts[q.value(0).toString()] += q.value(1).toLongLong();
    }
    return counts;
}

std::optional<qint64> OrdersTableSource::keptCount(const TableFilter &filter)
{
    const TableFilter f = effective(filter);
    const QString match = orderSearchMatch(f.search); // narrowing: effective() dropped it otherwise
    if (!match.isEmpty()) {
        TableFilter rest = f;
        rest.search.clear();
        if (rest.isEmpty())
            return searchMatches(match); // every search document is one order
        return std::nullopt;
    }
    if (!countedByTriggers(f))
        return std::nullopt;
    // Each channel filter may appear once per condition; statuses may be narrowed by several.
    QList<QVariantList> statusSets;
    for (const ColumnFilter &c : f.columns) {
        if (c.column == statusColumn())
            statusSets << c.values;
    }
    qint64 n = 0;
    const QHash<QString, qint64> counts = keptStatusCounts(f);
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        bool in = true;
        for (const QVariantList &set : std::as_const(statusSets))
            in = in && set.contains(QVariant(it.key()));
        if (in)
            n += it.value();
    }
    return n;
}

QHash<QString, qint64> OrdersTableSource::countsBy(const QString &column, const TableFilter &filter,
                                                   Result *status)
{
    if (column == statusColumn()) {
        // 전체 is every order of the channel, period and search: the status chips ignore the statuses
        // and the chips of their own (지연 위험, the deadline counters).
        const TableFilter f = effective(filter).without(statusColumn()).withoutOptions(ordersTable().chipOptions);
        if (countedByTriggers(f))
            return keptStatusCounts(f);
        TableFilter rest = f;
        rest.search.clear();
        if (rest.onlyColumns({channelColumn()}) && plainCodes(rest, channelColumn()))
            return searchStatusCounts(f, status);
        return TableSource::countsBy(column, f, status);
    }
    return TableSource::countsBy(column, filter, status);
}

// Orders per status among a search's matches (and channels): one pass over the matches in the
// index's rowid order, each looked up in the narrow orders_id_status index (migration 5) rather than
// in the orders table, whose rows are ten times wider (a million orders: most look-ups missed the
// page cache), and no sort of the matches.
QHash<QString, qint64> OrdersTableSource::searchStatusCounts(const TableFilter &filter, Result *status)
{
    const QString match = orderSearchMatch(filter.search);
    QVariantList channels;
    for (const ColumnFilter &c : filter.columns)
        channels += c.values;
    const QString key = match + QLatin1Char('\n') + QVariant(channels).toStringList().join(QLatin1Char(','));
    const auto cached = m_searchStatusCounts.constFind(key);
    if (cached != m_searchStatusCounts.cend())
        return cached.value();
    auto remember = [this, &key](const QHash<QString, qint64> &counts) {
        if (m_searchStatusCounts.size() > 64)
            m_searchStatusCounts.clear();
        m_searchStatusCounts.insert(key, counts);
        return counts;
    };
    // A common term: its rowids counted against the status map (read whole once per process and store,
    // shared by its connections, then kept current from the status log) instead of a look-up per match.
    if (!m_statusMap) {
        m_statusMap = OrderStatusMap::shared(database());
        if (!m_statusMap)
            m_statusMap = std::make_shared<OrderStatusMap>(database());
    }
    if (m_statusMap->usable() &&
        (m_statusMap->refreshes().full > 0 || searchMatches(match) >= kStatusMapMatches)) {
        QHash<QString, qint64> counts;
        bool served = false;
        const Result counted = m_statusMap->countStatuses(
            database(), QStringLiteral("SELECT rowid FROM order_search WHERE order_search MATCH ?"), {match},
            QVariant(channels).toStringList(), &counts, &served);
        if (!counted.ok()) {
            if (status)
                *status = counted;
            return {};
        }
        if (served)
            return remember(counts);
    }
    QSqlQuery q(database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT o.status, COUNT(*) FROM order_search s "
                             "CROSS JOIN orders o INDEXED BY orders_id_status ON o.id = s.rowid "
                             "WHERE order_search MATCH ?%1 GROUP BY o.status")
                  .arg(channels.isEmpty()
                           ? QString()
                           : QStringLiteral(" AND o.channel IN (%1)").arg(marks(channels.size()))));
    q.addBindValue(match);
    for (const QVariant &c : std::as_const(channels))
        q.addBindValue(c);
    QHash<QString, qint64> counts;
    if (!q.exec()) {
        if (status)
            *status = queryFailure(q);
        return counts;
    }
    while (q.next())
        counts.insert(q.value(0).toString(), q.value(1).toLongLong());
    return remember(counts);
}

Result OrdersTableSource::complete(QList<TableRow> &rows)
{
    if (rows.isEmpty())
        return Result::success();
    if (!m_contacts)
        m_contacts = std::make_unique<OrderContactStore>(database());
    QList<qint64> ids;
    ids.reserve(rows.size());
    for (const TableRow &r : std::as_const(rows))
        ids.append(r.id);
    const QHash<qint64, OrderContact> contacts = m_contacts->readMany(ids);
    for (TableRow &r : rows) {
        const auto it = contacts.constFind(r.id);
        if (it == contacts.cend())
            continue;
        r.cells[OrdersTable::Buyer] = it->buyerName;
        r.cells[OrdersTable::Recipient] = it->recipientName;
        r.cells[OrdersTable::Phone] = it->recipientPhone1;
        r.cells[OrdersTable::Phone2] = it->recipientPhone2;
        r.cells[OrdersTable::Postcode] = it->postcode;
        r.cells[OrdersTable::Address] = it->address;
        r.cells[OrdersTable::AddressDetail] = it->addressDetail;
        r.cells[OrdersTable::DeliveryMessage] = it->deliveryMessage;
        r.cells[OrdersTable::CustomsCode] = it->customsCode;
    }
    return Result::success();
}

TableSource::StreamJoin OrdersTableSource::streamJoin() const
{
    using namespace OrdersTable;
    StreamJoin s;
    s.join = OrderContactStore::streamJoin(ordersTable().idSql);
    const QList<QPair<int, const char *>> columns = {{Buyer, "buyer_name"},
                                                     {Recipient, "recipient_name"},
                                                     {Phone, "recipient_phone1"},
                                                     {Phone2, "recipient_phone2"},
                                                     {Postcode, "postcode"},
                                                     {Address, "address"},
                                                     {AddressDetail, "address_detail"},
                                                     {DeliveryMessage, "delivery_message"},
                                                     {CustomsCode, "customs_code"}};
    for (const auto &c : columns)
        s.fields.insert(c.first, OrderContactStore::streamColumn(QLatin1String(c.second)));
    return s;
}

DispatchTemplateTableSource::DispatchTemplateTableSource(QSqlDatabase db)
    : TableSource(db, dispatchTemplateTable()), m_orders(std::make_unique<OrdersTableSource>(db))
{
}

DispatchTemplateTableSource::~DispatchTemplateTableSource() = default;

Result DispatchTemplateTableSource::ownWhere(const TableFilter &filter, bool forRowOrder, SqlWhere *out)
{
    return m_orders->ownWhere(filter, forRowOrder, out);
}

void DispatchTemplateTableSource::invalidate()
{
    m_orders->invalidate();
}

} // namespace sd
