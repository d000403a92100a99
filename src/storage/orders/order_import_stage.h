#pragma once
#include "core/common/result.h"
#include "core/orders/order.h"
#include "storage/common/sql_statement.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>
#include <memory>
#include <optional>

namespace sd {

class OrderContactStore;

// One order as an import writes it: the whole order (an update: the stored order with the file's changes
// applied, its id set), the history lines it gets, and for an update the stored updated_at the check saw.
struct StagedOrder
{
    Order order;
    qint64 checkedUpdatedAtMs = 0; // updates only: publish refuses the import when the order moved since
    QList<OrderEvent> events;
    // The signature of the file row it came from (io/marketplace/order_row_signature), kept in
    // order_import_rows with the order's new updated_at; none: nothing is kept.
    std::optional<quint64> rowSignature;
};

// A file row the check found equal to its stored order: its signature, kept with the order's updated_at
// as the check saw it (an order changed since is left without).
struct UnchangedImportRow
{
    qint64 orderId = 0;
    quint64 signature = 0;
    qint64 updatedAtMs = 0;
};

// What order_import_rows says of one stored order whose updated_at is still the one kept with it.
struct StoredRowSignature
{
    qsizetype index = 0; // of the product order number asked for
    QString channel;     // the order's channel code
    quint64 signature = 0;
};

// The write path of an order import (services/orders/order_import), in two steps so a big file never holds
// the store's write lock for long and is still all or nothing:
// - stage(): batches of orders go into TEMP tables of the writer connection (orders with their search
//   documents, contacts through OrderContactStore, fees, history), each batch a short transaction of the
//   temp database only: it takes no lock on the store, other programs' writers and logins go on, and a
//   crash or a cancel leaves nothing in the store.
// - publish(): inside the caller's WriteTransaction, set-based statements copy every staged row into
//   orders, order_contacts, order_fees and order_events, after checking that no staged update's order
//   changed and no new one appeared since the check (then nothing is written), and put the orders on
//   order_search_backlog.
// - indexSearch(): after the publish, each call (its own short transaction, by the caller) writes the
//   search documents of a range of staged rows and takes them off the backlog: the trigram index is the
//   costliest part of a big import and must not lengthen the one transaction that holds the lock.
//   repairSearch() writes what a crash left on the backlog.
// The one function the bulk write path can later replace is publish().
class OrderImportStage
{
public:
    explicit OrderImportStage(QSqlDatabase db);
    ~OrderImportStage(); // drops the staging tables

    // Every call returns a storage failure built from the failed statement (queryFailure: a generic
    // message, the driver's text for the log); the caller words it for the user.
    Result create();
    Result stage(const QList<StagedOrder> &batch);
    qsizetype staged() const { return m_staged; }
    // `changed` gets the product order numbers that moved since the check: publish then writes nothing
    // and fails with ErrorKind::Rule (no message: the caller says what to do). Every staged order with a
    // row signature gets it in order_import_rows; so do the `unchanged` rows whose order is still as the
    // check saw it (this transaction writes anyway; a file that changes nothing never gets here).
    Result publish(qint64 userId, QStringList *changed, const QList<UnchangedImportRow> &unchanged = {});
    // Staged rows fromSeq < seq <= toSeq (seq counts from 1 in staging order).
    Result indexSearch(qint64 fromSeq, qint64 toSeq);
    // Up to `limit` backlog entries (a crashed import's), in the caller's transaction; `repaired` (may be
    // null) gets how many were written. Callable outside an import (at store open).
    static Result repairSearch(QSqlDatabase db, int limit, int *repaired);
    // Something is on the backlog (one indexed read; false when it cannot be read).
    static bool hasBacklog(QSqlDatabase db);
    void drop();

    // The parts of stored orders that only imports write (claim state, 정산예정금액, fees), read into each
    // of `orders` (stored orders: their ids set) for the check's comparison, in a few keyed statements.
    static Result loadReported(QSqlDatabase db, QHash<QString, Order> *orders);
    // The kept row signatures of the orders of `productOrderNos` (order_import_rows) that are still
    // current (the order's updated_at is the one kept with it), in one keyed statement; numbers without
    // an order or a current signature are left out.
    static Result loadRowSignatures(QSqlDatabase db, const QStringList &productOrderNos,
                                    QList<StoredRowSignature> *found);

private:
    QSqlDatabase m_db;
    std::unique_ptr<OrderContactStore> m_contacts;
    SqlStatement m_insertOrder; // SQLite's C API where the build allows it: binding is most of staging
    qsizetype m_staged = 0;
    qint64 m_newOrders = 0; // staged new orders: each one's rank is its id less the largest id at publish
};

} // namespace sd
