#pragma once
#include "core/common/result.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <memory>
#include <mutex>
#include <vector>

struct sqlite3;

namespace sd {

// Every order's channel and status in memory, one byte per order id (a million orders: 1 MiB), for
// the status chips of a common search: the matches' rowids are read from the FTS index with SQLite's
// C API and counted against the map, instead of one index look-up per match.
//
// The byte is a (channel, status) group as stored, so the map knows no status list and needs no change
// for new ones. It is read whole on first use (one index range per group of order_status_counts,
// ids only) and kept current cheaply afterwards, inside the same read transaction as the count: the
// orders whose channel or status changed or that were deleted since the last refresh
// (order_status_log, migration 7), then the orders added since (ids above the highest known). The
// group totals must then equal order_status_counts; when they do not, when the log was trimmed past
// the last refresh or when it holds more changes than a full read costs, the map is read whole again.
//
// Not usable (usable() false, callers count with SQL) without SQLite's C API on the connection
// (SELLERDESK_SQLITE_DIRECT), with ids much sparser than the orders, or with more than 255 groups.
// One instance serves one connection (the constructor), or every connection of this process to one
// store (shared(): a new window's loader, the export's and the dispatch template's connections find
// it read, so a million orders are read once per process instead of once per connection, ~0.3 s).
// Every count locks the instance and brings it up to date inside the calling connection's read
// transaction, so counts on any connection are those of its snapshot.
class OrderStatusMap
{
public:
    explicit OrderStatusMap(QSqlDatabase db);

    // The map of the store `db` is open on, shared by this process's connections to that store (the
    // store told apart by its file — path, device, inode, so a restored backup is another store —
    // and its random login-name key, so a new store at a reused path and inode is too). Null when
    // the store cannot be told apart or SQLite's C API is not usable on `db`: count with SQL then.
    static std::shared_ptr<OrderStatusMap> shared(QSqlDatabase db);

    bool usable() const { return m_usable; }
    // Orders per status among the order ids the statement yields in its first column (after a refresh
    // in the same read transaction), optionally only those of `channels` (stored codes; empty: all).
    // Fails (Storage) when a statement fails; sets *served false (and counts nothing) when the map
    // cannot serve, so the caller counts with SQL.
    Result countStatuses(const QString &idSql, const QVariantList &binds, const QStringList &channels,
                         QHash<QString, qint64> *out, bool *served);
    // The same on `db`'s connection (any connection to the map's store; shared maps need it).
    Result countStatuses(QSqlDatabase db, const QString &idSql, const QVariantList &binds,
                         const QStringList &channels, QHash<QString, qint64> *out, bool *served);

    // For tests and benchmarks: how the map was brought up to date so far.
    struct Refreshes
    {
        int full = 0;        // read whole
        int incremental = 0; // from the log and the new ids
    };
    Refreshes refreshes() const { return m_refreshes; }

private:
    OrderStatusMap() = default; // shared(): no connection of its own
    Result countOn(sqlite3 *handle, const QString &idSql, const QVariantList &binds,
                   const QStringList &channels, QHash<QString, qint64> *out, bool *served);
    Result refresh();
    Result readAll();
    Result readChanges(bool *complete);
    Result countsAgree(bool *agree);
    bool setGroup(qint64 id, int group); // false when the id is too far beyond the orders
    int groupOf(const QString &channel, const QString &status); // -1: too many groups

    std::mutex m_mutex;          // held for a whole count (shared maps are used from several threads)
    QSqlDatabase m_db;           // the connection of a map of one connection; none for a shared map
    sqlite3 *m_handle = nullptr; // the counting connection's (SqlStatement::directHandle), during a count
    bool m_usable = true;
    bool m_loaded = false;
    std::vector<quint8> m_codes; // by order id: 0 = no order, else 1 + group index
    struct Group
    {
        QString channel, status;
        qint64 n = 0;
    };
    QList<Group> m_groups;
    QHash<QString, int> m_groupIndex; // channel + '\n' + status
    qint64 m_orders = 0;
    qint64 m_maxId = 0;   // the highest id of an order held: the orders above it are new
    qint64 m_lastSeq = 0; // the last order_status_log row applied
    Refreshes m_refreshes;
};

} // namespace sd
