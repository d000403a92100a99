#include "storage/order_listing.h"

#include "core/dispatch_deadline.h"
#include "core/seoul_time.h"
#include "storage/order_contacts.h"
#include "storage/order_search_text.h"
#include "storage/sql_values.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTime>
#include <algorithm>

namespace sd {

namespace {

// Columns of a grid row; the sort key's column is appended last so anchors keep the raw value.
const char *kRowColumns =
    "o.id, o.product_order_no, o.order_no, o.channel, o.status, o.paid_at, o.product_name, "
    "o.option_text, o.quantity, o.total_amount, o.courier_code, o.tracking_no, "
    "o.dispatch_due, o.delay_reason";
constexpr int kKeyColumn = 14;

QString keyColumn(OrderSortKey key)
{
    switch (key) {
    case OrderSortKey::PaidAt:
        return QStringLiteral("o.paid_at");
    case OrderSortKey::DispatchDue:
        return QStringLiteral("o.dispatch_due");
    case OrderSortKey::ProductOrderNo:
        return QStringLiteral("o.product_order_no");
    case OrderSortKey::Status:
        return QStringLiteral("o.status");
    case OrderSortKey::TotalAmount:
        return QStringLiteral("o.total_amount");
    }
    return QStringLiteral("o.paid_at");
}

qint64 seoulDayStartMs(const QDate &date)
{
    return QDateTime(date, QTime(0, 0), seoulZone()).toMSecsSinceEpoch();
}

void bindAll(QSqlQuery &q, const QVariantList &binds)
{
    for (const QVariant &v : binds)
        q.addBindValue(v);
}

bool fail(const QSqlQuery &q, QString *error)
{
    if (error)
        *error = q.lastError().text();
    return false;
}

} // namespace

OrderListing::OrderListing(QSqlDatabase db) : m_db(db) {}

OrderListing::~OrderListing() = default;

void OrderListing::invalidate()
{
    m_anchors.clear();
    m_anchorOrder.clear();
    m_count = -1;
    m_searchMatches.clear();
}

void OrderListing::useQuery(const OrderFilter &filter, const OrderSort &sort)
{
    if (m_hasQuery && filter == m_filter && sort == m_sort)
        return;
    if (!m_hasQuery || filter != m_filter)
        m_count = -1;
    m_filter = filter;
    m_sort = sort;
    m_hasQuery = true;
    m_anchors.clear();
    m_anchorOrder.clear();
}

// How a search joins the orders. Few matches: look the matched orders up by id and sort them. Many
// matches (a common name): walk the sort index and keep the rows whose id matched, which stops after a
// window of rows instead of reading every match (the unary + keeps SQLite from driving by id).
bool OrderListing::walkSortIndexFor(const QString &match)
{
    const qint64 matches = searchMatches(match);
    return matches >= 2000 && matches * 200 >= totalOrders();
}

qint64 OrderListing::searchMatches(const QString &match)
{
    const auto it = m_searchMatches.constFind(match);
    if (it != m_searchMatches.constEnd())
        return it.value();
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM order_search WHERE order_search MATCH ?"));
    q.addBindValue(match);
    const qint64 n = q.exec() && q.next() ? q.value(0).toLongLong() : 0;
    if (m_searchMatches.size() > 64)
        m_searchMatches.clear();
    m_searchMatches.insert(match, n);
    return n;
}

qint64 OrderListing::totalOrders() const
{
    qint64 n = 0;
    const QHash<OrderStatus, qint64> counts = keptCounts(OrderFilter());
    for (qint64 c : counts)
        n += c;
    return n;
}

OrderListing::Where OrderListing::where(const OrderFilter &f, SearchJoin join)
{
    Where w;
    if (f.statuses.size() == 1) {
        w.sql += QStringLiteral(" AND o.status = ?");
        w.binds << statusCode(f.statuses.first());
    } else if (!f.statuses.isEmpty()) {
        QStringList marks;
        for (OrderStatus s : f.statuses) {
            marks << QStringLiteral("?");
            w.binds << statusCode(s);
        }
        w.sql += QStringLiteral(" AND o.status IN (%1)").arg(marks.join(QLatin1Char(',')));
    }
    if (f.channel) {
        w.sql += QStringLiteral(" AND o.channel = ?");
        w.binds << channelCode(*f.channel);
    }
    if (f.paidFrom.isValid()) {
        w.sql += QStringLiteral(" AND o.paid_at >= ?");
        w.binds << seoulDayStartMs(f.paidFrom);
    }
    if (f.paidTo.isValid()) {
        w.sql += QStringLiteral(" AND o.paid_at < ?");
        w.binds << seoulDayStartMs(f.paidTo.addDays(1));
    }
    // A single character (or nothing searchable) does not narrow the list: the user is still typing.
    const QString match = orderSearchMatch(f.search);
    if (!match.isEmpty()) {
        const bool walk = join == SearchJoin::ForRowOrder && walkSortIndexFor(match);
        w.sql +=
            walk ? QStringLiteral(" AND +o.id IN (SELECT rowid FROM order_search WHERE order_search MATCH ?)")
                 : QStringLiteral(" AND o.id IN (SELECT rowid FROM order_search WHERE order_search MATCH ?)");
        w.binds << match;
    }
    if (f.atRiskOnly) {
        QStringList marks;
        for (OrderStatus st : statusesAwaitingDispatch()) {
            marks << QStringLiteral("?");
            w.binds << statusCode(st);
        }
        w.sql += QStringLiteral(" AND o.status IN (%1)").arg(marks.join(QLatin1Char(',')));
        if (f.riskDate.isValid()) {
            w.sql += QStringLiteral(" AND o.dispatch_due <= ?");
            w.binds << f.riskDate.toString(Qt::ISODate);
        } else {
            w.sql += QStringLiteral(" AND o.dispatch_due IS NOT NULL");
        }
    }
    return w;
}

// A filter of statuses and channel only is answered from order_status_counts (kept by triggers).
static bool countedByTriggers(const OrderFilter &f)
{
    return !f.paidFrom.isValid() && !f.paidTo.isValid() && orderSearchMatch(f.search).isEmpty() &&
           !f.atRiskOnly;
}

QHash<OrderStatus, qint64> OrderListing::keptCounts(const OrderFilter &f) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT status, SUM(n) FROM order_status_counts") +
              (f.channel ? QStringLiteral(" WHERE channel = ?") : QString()) +
              QStringLiteral(" GROUP BY status"));
    if (f.channel)
        q.addBindValue(channelCode(*f.channel));
    QHash<OrderStatus, qint64> counts;
    if (!q.exec())
        return counts;
    while (q.next()) {
        const auto s = parseStatus(q.value(0).toString());
        if (s && q.value(1).toLongLong() > 0)
            counts[*s] += q.value(1).toLongLong();
    }
    return counts;
}

qint64 OrderListing::count(const OrderFilter &filter)
{
    if (m_count >= 0 && m_hasQuery && filter == m_filter)
        return m_count;
    qint64 n = 0;
    const QString match = orderSearchMatch(filter.search);
    OrderFilter rest = filter;
    rest.search.clear();
    if (!match.isEmpty() && rest == OrderFilter()) {
        n = searchMatches(match); // every search document is one order
    } else if (countedByTriggers(filter)) {
        const QHash<OrderStatus, qint64> counts = keptCounts(filter);
        for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
            if (filter.statuses.isEmpty() || filter.statuses.contains(it.key()))
                n += it.value();
        }
    } else {
        const Where w = where(filter, SearchJoin::ById);
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("SELECT COUNT(*) FROM orders o WHERE 1=1") + w.sql);
        bindAll(q, w.binds);
        if (!q.exec() || !q.next())
            return 0;
        n = q.value(0).toLongLong();
    }
    if (m_hasQuery && filter == m_filter)
        m_count = n;
    return n;
}

QHash<OrderStatus, qint64> OrderListing::countByStatus(const OrderFilter &filter)
{
    OrderFilter f = filter;
    f.statuses.clear();
    if (countedByTriggers(f))
        return keptCounts(f);
    const Where w = where(f, SearchJoin::ById);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT o.status, COUNT(*) FROM orders o WHERE 1=1") + w.sql +
              QStringLiteral(" GROUP BY o.status"));
    bindAll(q, w.binds);
    QHash<OrderStatus, qint64> counts;
    if (!q.exec())
        return counts;
    while (q.next()) {
        if (const auto s = parseStatus(q.value(0).toString()))
            counts[*s] += q.value(1).toLongLong();
    }
    return counts;
}

int OrderListing::segmentCount() const
{
    return m_sort.key == OrderSortKey::DispatchDue ? 2 : 1;
}

int OrderListing::segmentOf(const Key &key) const
{
    return (m_sort.key == OrderSortKey::DispatchDue && key.value.isNull()) ? 1 : 0;
}

QList<OrderRow> OrderListing::fetch(const OrderFilter &filter, const OrderSort &sort, qint64 first, int n,
                                    QString *error)
{
    return fetchRows(filter, sort, first, n, error, true);
}

QList<OrderRow> OrderListing::fetchRows(const OrderFilter &filter, const OrderSort &sort, qint64 first, int n,
                                        QString *error, bool retry)
{
    useQuery(filter, sort);
    m_lastPlan = FetchPlan();
    if (first < 0 || n <= 0)
        return {};
    if (m_count >= 0) {
        if (first >= m_count)
            return {};
        n = int(std::min<qint64>(n, m_count - first));
    }
    qint64 last = first + n - 1;

    // Nearest starting point: the start, an anchor at or before `first` (scanning forward), an
    // anchor at or after `last` (scanning backward), or the end.
    FetchPlan plan;
    plan.offset = first;
    const Key *from = nullptr;
    auto after = m_anchors.upperBound(first);
    if (after != m_anchors.begin()) {
        auto before = std::prev(after);
        if (first - before.key() < plan.offset) {
            plan = FetchPlan{FetchPlan::From::Anchor, before.key(), false, first - before.key(), 0};
            from = &before.value();
        }
    }
    auto below = m_anchors.lowerBound(last);
    if (below != m_anchors.end() && below.key() - last < plan.offset) {
        plan = FetchPlan{FetchPlan::From::Anchor, below.key(), true, below.key() - last, 0};
        from = &below.value();
    }
    // Counting costs about as much as skipping a window's worth of rows, so the end is considered
    // only when no anchor is close.
    if (plan.offset > n) {
        const qint64 total = count(filter);
        if (first >= total)
            return {};
        if (last >= total) {
            n = int(total - first);
            last = total - 1;
        }
        const qint64 fromEnd = total - 1 - last;
        if (fromEnd < plan.offset) {
            plan = FetchPlan{FetchPlan::From::End, -1, true, fromEnd, 0};
            from = nullptr;
        }
    }

    Scan s;
    s.backward = plan.backward;
    s.from = from;
    s.offset = plan.offset;
    s.limit = n;
    m_lastPlan = plan;
    QList<OrderRow> rows;
    QList<Key> keys;
    int segments = segmentCount();
    int segment = from ? segmentOf(*from) : (s.backward ? segments - 1 : 0);
    qint64 offset = s.offset;
    int limit = s.limit;
    bool firstSegment = true;
    while (segment >= 0 && segment < segments && limit > 0) {
        const int before = int(rows.size());
        Scan part = s;
        if (!firstSegment)
            part.from = nullptr;
        if (!scanSegment(segment, part, offset, limit, rows, keys, error))
            return {};
        const int got = int(rows.size()) - before;
        if (got > 0) {
            offset = 0;
            limit -= got;
        } else if (offset > 0) {
            // The offset ran past this segment: carry the rest into the next one.
            const qint64 c = countSegment(segment, part.from, part.backward, error);
            if (c < 0)
                return {};
            ++m_lastPlan.queries;
            offset = std::max<qint64>(0, offset - c);
        }
        firstSegment = false;
        segment += s.backward ? -1 : 1;
    }
    if (s.backward) {
        std::reverse(rows.begin(), rows.end());
        std::reverse(keys.begin(), keys.end());
    }
    if (s.backward && rows.size() < n) {
        // Fewer rows than the count promised: the data changed under the anchors. Start over once.
        invalidate();
        if (retry)
            return fetchRows(filter, sort, first, n, error, false);
        rows.clear();
        keys.clear();
    }
    if (!rows.isEmpty())
        remember(first, keys);
    // Contacts are read through their one interface (encryption at rest plugs in there).
    if (!rows.isEmpty()) {
        if (!m_contacts)
            m_contacts = std::make_unique<OrderContactStore>(m_db);
        QList<qint64> ids;
        ids.reserve(rows.size());
        for (const OrderRow &r : rows)
            ids.append(r.id);
        const QHash<qint64, OrderContact> contacts = m_contacts->readMany(ids);
        for (OrderRow &r : rows) {
            const OrderContact c = contacts.value(r.id);
            r.buyerName = c.buyerName;
            r.recipientName = c.recipientName;
            r.recipientPhone = c.recipientPhone1;
        }
    }
    return rows;
}

void OrderListing::remember(qint64 first, const QList<Key> &keys)
{
    auto put = [this](qint64 row, const Key &key) {
        if (!m_anchors.contains(row))
            m_anchorOrder.append(row);
        m_anchors.insert(row, key);
    };
    put(first, keys.first());
    put(first + keys.size() - 1, keys.last());
    while (m_anchorOrder.size() > maxAnchors())
        m_anchors.remove(m_anchorOrder.takeFirst());
}

bool OrderListing::scanSegment(int segment, const Scan &scan, qint64 offset, int limit, QList<OrderRow> &out,
                               QList<Key> &keys, QString *error)
{
    const QString col = keyColumn(m_sort.key);
    const bool ascending = (m_sort.descending == scan.backward);
    const QString dir = ascending ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    const QString cmp = ascending ? QStringLiteral(">=") : QStringLiteral("<=");
    Where w = where(m_filter, SearchJoin::ForRowOrder);
    if (m_sort.key == OrderSortKey::DispatchDue)
        w.sql += segment == 0 ? QStringLiteral(" AND o.dispatch_due IS NOT NULL")
                              : QStringLiteral(" AND o.dispatch_due IS NULL");
    if (scan.from) {
        if (segment == 1) {
            w.sql += QStringLiteral(" AND o.id %1 ?").arg(cmp);
            w.binds << scan.from->id;
        } else {
            w.sql += QStringLiteral(" AND (%1, o.id) %2 (?, ?)").arg(col, cmp);
            w.binds << scan.from->value << scan.from->id;
        }
    }
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1, %2 FROM orders o WHERE 1=1%3 ORDER BY %2%4, o.id%4 LIMIT ? OFFSET ?")
                  .arg(QLatin1String(kRowColumns), col, w.sql, dir));
    bindAll(q, w.binds);
    q.addBindValue(limit);
    q.addBindValue(offset);
    ++m_lastPlan.queries;
    if (!q.exec())
        return fail(q, error);
    while (q.next()) {
        OrderRow r;
        r.id = q.value(0).toLongLong();
        r.productOrderNo = q.value(1).toString();
        r.orderNo = q.value(2).toString();
        r.channel = parseChannel(q.value(3).toString()).value_or(Channel::NaverSmartstore);
        r.status = parseStatus(q.value(4).toString()).value_or(OrderStatus::New);
        r.paidAt = dateTimeFromMs(q.value(5));
        r.productName = q.value(6).toString();
        r.optionText = q.value(7).toString();
        r.quantity = q.value(8).toInt();
        r.totalAmount = q.value(9).toLongLong();
        r.courierCode = q.value(10).toString();
        r.trackingNo = q.value(11).toString();
        r.dispatchDue = dateFromIso(q.value(12));
        r.delayReason = q.value(13).toString();
        out.append(r);
        keys.append(Key{q.value(kKeyColumn), r.id});
    }
    return true;
}

qint64 OrderListing::countSegment(int segment, const Key *from, bool backward, QString *error)
{
    const bool ascending = (m_sort.descending == backward);
    const QString cmp = ascending ? QStringLiteral(">=") : QStringLiteral("<=");
    Where w = where(m_filter, SearchJoin::ForRowOrder);
    if (m_sort.key == OrderSortKey::DispatchDue)
        w.sql += segment == 0 ? QStringLiteral(" AND o.dispatch_due IS NOT NULL")
                              : QStringLiteral(" AND o.dispatch_due IS NULL");
    if (from) {
        if (segment == 1) {
            w.sql += QStringLiteral(" AND o.id %1 ?").arg(cmp);
            w.binds << from->id;
        } else {
            w.sql += QStringLiteral(" AND (%1, o.id) %2 (?, ?)").arg(keyColumn(m_sort.key), cmp);
            w.binds << from->value << from->id;
        }
    }
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM orders o WHERE 1=1") + w.sql);
    bindAll(q, w.binds);
    if (!q.exec() || !q.next()) {
        fail(q, error);
        return -1;
    }
    return q.value(0).toLongLong();
}

} // namespace sd
