#include "storage/orders/order_status_map.h"

#include "storage/common/sql_statement.h"
#include "storage/common/sql_values.h"

#ifdef SELLERDESK_SQLITE_DIRECT
#include <sqlite3.h>
#endif

#include <QCryptographicHash>
#include <QHash>
#include <QSqlQuery>
#include <array>
#include <sys/stat.h>

namespace sd {

namespace {

// Ids may be this much sparser than the orders before the map gives up (a byte per id).
bool tooSparse(qint64 id, qint64 orders)
{
    return id > 4 * orders + 1'000'000;
}

// More changes than this since the last refresh: reading everything again is cheaper.
constexpr qint64 kMaxLoggedChanges = 50'000;

#ifdef SELLERDESK_SQLITE_DIRECT
// One C API statement, finalized on scope exit.
class Stmt
{
public:
    Stmt(sqlite3 *db, const QString &sql) : m_db(db), m_sql(sql)
    {
        const QByteArray text = sql.toUtf8();
        if (sqlite3_prepare_v2(db, text.constData(), int(text.size()), &m_stmt, nullptr) != SQLITE_OK)
            m_stmt = nullptr;
    }
    ~Stmt() { sqlite3_finalize(m_stmt); }
    Stmt(const Stmt &) = delete;
    Stmt &operator=(const Stmt &) = delete;

    bool ok() const { return m_stmt != nullptr; }
    void reset()
    {
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
        m_failed = false;
    }
    void bind(const QVariantList &values)
    {
        for (int i = 0; i < values.size(); ++i)
            SqlStatement::bindDirect(m_stmt, i + 1, values.at(i));
    }
    // True on a row; false at the end or on failure (failed() then says so).
    bool step()
    {
        if (!m_stmt)
            return false;
        const int rc = sqlite3_step(m_stmt);
        if (rc == SQLITE_ROW)
            return true;
        m_failed = rc != SQLITE_DONE;
        return false;
    }
    qint64 integer(int column) const { return sqlite3_column_int64(m_stmt, column); }
    bool isNull(int column) const { return sqlite3_column_type(m_stmt, column) == SQLITE_NULL; }
    QString text(int column) const
    {
        const auto *t = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
        return t ? QString::fromUtf8(t, sqlite3_column_bytes(m_stmt, column)) : QString();
    }
    Result status() const
    {
        if (m_stmt && !m_failed)
            return Result::success();
        return statementFailure(QString::fromUtf8(sqlite3_errmsg(m_db)), m_sql);
    }

private:
    sqlite3 *m_db;
    QString m_sql;
    sqlite3_stmt *m_stmt = nullptr;
    bool m_failed = false;
};
#endif

} // namespace

OrderStatusMap::OrderStatusMap(QSqlDatabase db) : m_db(db)
{
    m_usable = SqlStatement::directHandle(db) != nullptr;
}

std::shared_ptr<OrderStatusMap> OrderStatusMap::shared(QSqlDatabase db)
{
#ifdef SELLERDESK_SQLITE_DIRECT
    sqlite3 *h = SqlStatement::directHandle(db);
    if (!h)
        return nullptr;
    const char *file = sqlite3_db_filename(h, "main");
    if (!file || !*file)
        return nullptr; // a temporary or in-memory store
    struct stat st = {};
    if (::stat(file, &st) != 0)
        return nullptr;
    QByteArray storeKey;
    {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SELECT value FROM store_secrets WHERE name = 'login-name-key'")) ||
            !q.next())
            return nullptr;
        storeKey = QCryptographicHash::hash(q.value(0).toByteArray(), QCryptographicHash::Sha256);
    }
    const QByteArray key = QByteArray(file) + '\n' + QByteArray::number(qulonglong(st.st_dev)) + ':' +
                           QByteArray::number(qulonglong(st.st_ino)) + '\n' + storeKey.toHex();
    static std::mutex registryMutex;
    static QHash<QByteArray, std::shared_ptr<OrderStatusMap>> registry;
    std::lock_guard<std::mutex> lock(registryMutex);
    auto it = registry.find(key);
    if (it != registry.end())
        return it.value();
    if (registry.size() >= 8) // stores a process has left behind (tests open hundreds)
        registry.clear();
    std::shared_ptr<OrderStatusMap> map(new OrderStatusMap());
    registry.insert(key, map);
    return map;
#else
    Q_UNUSED(db);
    return nullptr;
#endif
}

int OrderStatusMap::groupOf(const QString &channel, const QString &status)
{
    const QString key = channel + QLatin1Char('\n') + status;
    const auto it = m_groupIndex.constFind(key);
    if (it != m_groupIndex.cend())
        return it.value();
    if (m_groups.size() >= 255)
        return -1;
    m_groups.append(Group{channel, status, 0});
    m_groupIndex.insert(key, int(m_groups.size() - 1));
    return int(m_groups.size() - 1);
}

bool OrderStatusMap::setGroup(qint64 id, int group)
{
    if (id < 0)
        return false;
    if (id >= qint64(m_codes.size())) {
        if (group < 0)
            return true; // an order the map never held
        if (tooSparse(id, m_orders))
            return false;
        m_codes.resize(size_t(std::max<qint64>(id + 1, qint64(m_codes.size()) * 3 / 2)), 0);
    }
    quint8 &code = m_codes[size_t(id)];
    if (code) {
        --m_groups[code - 1].n;
        --m_orders;
    }
    code = quint8(group < 0 ? 0 : group + 1);
    if (group >= 0) {
        ++m_groups[group].n;
        ++m_orders;
    }
    if (group >= 0) {
        m_maxId = std::max(m_maxId, id);
    } else if (id == m_maxId) {
        // The highest order is gone: a new order may take its id (SQLite gives max(rowid) + 1), so
        // the orders above the highest one held are the new ones.
        while (m_maxId > 0 && m_codes[size_t(m_maxId)] == 0)
            --m_maxId;
    }
    return true;
}

Result OrderStatusMap::readAll()
{
#ifdef SELLERDESK_SQLITE_DIRECT
    sqlite3 *h = m_handle;
    m_loaded = false;
    m_codes.clear();
    m_groups.clear();
    m_groupIndex.clear();
    m_orders = 0;
    m_maxId = 0;
    qint64 total = 0, maxId = 0;
    {
        Stmt q(h, QStringLiteral("SELECT (SELECT IFNULL(SUM(n), 0) FROM order_status_counts), "
                                 "(SELECT IFNULL(MAX(id), 0) FROM orders), "
                                 "(SELECT IFNULL(MAX(seq), 0) FROM order_status_log)"));
        if (!q.step())
            return q.status();
        total = q.integer(0);
        maxId = q.integer(1);
        m_lastSeq = q.integer(2);
    }
    if (tooSparse(maxId, total)) {
        m_usable = false;
        return Result::success();
    }
    m_codes.assign(size_t(maxId + 1), 0);
    QList<QPair<QString, QString>> groups;
    {
        Stmt q(h, QStringLiteral("SELECT channel, status FROM order_status_counts WHERE n > 0"));
        while (q.step())
            groups.append({q.text(0), q.text(1)});
        if (const Result r = q.status(); !r.ok())
            return r;
    }
    // One index range per group, ids only (orders_channel_status_paid holds the rowid).
    Stmt ids(h, QStringLiteral("SELECT id FROM orders WHERE channel = ? AND status = ?"));
    if (!ids.ok())
        return ids.status();
    for (const auto &g : std::as_const(groups)) {
        const int group = groupOf(g.first, g.second);
        if (group < 0) {
            m_usable = false;
            return Result::success();
        }
        ids.reset();
        ids.bind({g.first, g.second});
        const quint8 code = quint8(group + 1);
        quint8 *codes = m_codes.data();
        qint64 n = 0;
        while (ids.step()) {
            const qint64 id = ids.integer(0);
            if (id < 0 || id > maxId)
                continue; // cannot happen inside one read transaction
            codes[id] = code;
            ++n;
        }
        if (const Result r = ids.status(); !r.ok())
            return r;
        m_groups[group].n += n;
        m_orders += n;
    }
    m_maxId = maxId;
    m_loaded = true;
    ++m_refreshes.full;
    return Result::success();
#else
    return Result::success();
#endif
}

Result OrderStatusMap::readChanges(bool *complete)
{
    *complete = false;
#ifdef SELLERDESK_SQLITE_DIRECT
    sqlite3 *h = m_handle;
    qint64 minSeq = 0, maxSeq = 0;
    {
        Stmt q(h, QStringLiteral("SELECT IFNULL(MIN(seq), 0), IFNULL(MAX(seq), 0) FROM order_status_log"));
        if (!q.step())
            return q.status();
        minSeq = q.integer(0);
        maxSeq = q.integer(1);
    }
    // The log was trimmed past our position, emptied or rewritten, or holds too many changes.
    if (maxSeq < m_lastSeq || (maxSeq > m_lastSeq && minSeq > m_lastSeq + 1) ||
        maxSeq - m_lastSeq > kMaxLoggedChanges)
        return Result::success();
    const qint64 knownMax = m_maxId; // the log may name orders added since: they are read below
    if (maxSeq > m_lastSeq) {
        Stmt q(h, QStringLiteral("SELECT l.order_id, o.channel, o.status FROM order_status_log l "
                                 "LEFT JOIN orders o ON o.id = l.order_id WHERE l.seq > ?"));
        q.bind({m_lastSeq});
        while (q.step()) {
            const int group = q.isNull(1) ? -1 : groupOf(q.text(1), q.text(2));
            if ((!q.isNull(1) && group < 0) || !setGroup(q.integer(0), group))
                return Result::success();
        }
        if (const Result r = q.status(); !r.ok())
            return r;
    }
    {
        Stmt q(h, QStringLiteral("SELECT id, channel, status FROM orders WHERE id > ?"));
        q.bind({knownMax});
        while (q.step()) {
            const int group = groupOf(q.text(1), q.text(2));
            if (group < 0 || !setGroup(q.integer(0), group))
                return Result::success();
        }
        if (const Result r = q.status(); !r.ok())
            return r;
    }
    m_lastSeq = maxSeq;
    *complete = true;
    return Result::success();
#else
    return Result::success();
#endif
}

Result OrderStatusMap::countsAgree(bool *agree)
{
    *agree = false;
#ifdef SELLERDESK_SQLITE_DIRECT
    Stmt q(m_handle, QStringLiteral("SELECT channel, status, n FROM order_status_counts"));
    qint64 total = 0;
    while (q.step()) {
        const qint64 n = q.integer(2);
        total += n;
        const auto it = m_groupIndex.constFind(q.text(0) + QLatin1Char('\n') + q.text(1));
        const qint64 held = it == m_groupIndex.cend() ? 0 : m_groups.at(it.value()).n;
        if (held != n)
            return q.status();
    }
    if (const Result r = q.status(); !r.ok())
        return r;
    *agree = total == m_orders;
#endif
    return Result::success();
}

Result OrderStatusMap::refresh()
{
    if (m_loaded) {
        bool complete = false;
        if (const Result r = readChanges(&complete); !r.ok())
            return r;
        bool agree = false;
        if (complete) {
            if (const Result r = countsAgree(&agree); !r.ok())
                return r;
        }
        if (complete && agree) {
            ++m_refreshes.incremental;
            return Result::success();
        }
    }
    return readAll();
}

Result OrderStatusMap::countStatuses(const QString &idSql, const QVariantList &binds,
                                     const QStringList &channels, QHash<QString, qint64> *out, bool *served)
{
    return countStatuses(m_db, idSql, binds, channels, out, served);
}

Result OrderStatusMap::countStatuses(QSqlDatabase db, const QString &idSql, const QVariantList &binds,
                                     const QStringList &channels, QHash<QString, qint64> *out, bool *served)
{
    *served = false;
    sqlite3 *handle = SqlStatement::directHandle(db);
    if (!handle)
        return Result::success();
    std::lock_guard<std::mutex> lock(m_mutex);
    m_handle = handle;
    const Result r = countOn(handle, idSql, binds, channels, out, served);
    m_handle = nullptr;
    return r;
}

Result OrderStatusMap::countOn(sqlite3 *h, const QString &idSql, const QVariantList &binds,
                               const QStringList &channels, QHash<QString, qint64> *out, bool *served)
{
    if (!m_usable)
        return Result::success();
#ifdef SELLERDESK_SQLITE_DIRECT
    // The refresh and the count read one snapshot.
    const bool ownTransaction = sqlite3_get_autocommit(h) != 0;
    if (ownTransaction && sqlite3_exec(h, "BEGIN", nullptr, nullptr, nullptr) != SQLITE_OK)
        return statementFailure(QString::fromUtf8(sqlite3_errmsg(h)), QStringLiteral("BEGIN"));
    struct End
    {
        sqlite3 *h;
        bool own;
        ~End()
        {
            if (own)
                sqlite3_exec(h, "COMMIT", nullptr, nullptr, nullptr);
        }
    } end{h, ownTransaction};
    if (const Result r = refresh(); !r.ok()) {
        m_loaded = false;
        return r;
    }
    if (!m_usable || !m_loaded)
        return Result::success();
    std::array<quint8, 256> wanted{};
    for (int g = 0; g < m_groups.size(); ++g)
        wanted[g + 1] = channels.isEmpty() || channels.contains(m_groups.at(g).channel);
    std::array<qint64, 256> perGroup{};
    Stmt q(h, idSql);
    q.bind(binds);
    const quint8 *codes = m_codes.data();
    const qint64 size = qint64(m_codes.size());
    while (q.step()) {
        const qint64 id = q.integer(0);
        if (id >= 0 && id < size)
            ++perGroup[codes[id]];
    }
    if (const Result r = q.status(); !r.ok())
        return r;
    QHash<QString, qint64> counts;
    for (int g = 0; g < m_groups.size(); ++g) {
        if (wanted[g + 1] && perGroup[g + 1] > 0)
            counts[m_groups.at(g).status] += perGroup[g + 1];
    }
    *out = counts;
    *served = true;
#else
    Q_UNUSED(h);
    Q_UNUSED(idSql);
    Q_UNUSED(binds);
    Q_UNUSED(channels);
    Q_UNUSED(out);
#endif
    return Result::success();
}

} // namespace sd
