#pragma once
#include "core/common/result.h"
#include "core/orders/order.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>

namespace sd {

// The one place buyer and recipient data is written and read. Encryption at rest (the Korean
// personal-information safety standard asks for it on staff PCs) plugs in here without touching
// the rest of the code.
class SqlStatement;

class OrderContactStore
{
public:
    explicit OrderContactStore(QSqlDatabase db);
    // The contact row of a new order (one that has none yet).
    Result write(qint64 orderId, const OrderContact &contact);
    OrderContact read(qint64 orderId) const;
    // Contacts of many orders in one query (the grid reads a window of rows at a time).
    QHash<qint64, OrderContact> readMany(const QList<qint64> &orderIds) const;
    // The same, failing when a read fails (an import compares with what it reads).
    Result readMany(const QList<qint64> &orderIds, QHash<qint64, OrderContact> *contacts) const;
    // Streaming every order in one statement (exports): the JOIN onto the orders' id and the
    // expression of one stored column (buyer_name, recipient_phone1 ...; empty for any other name).
    // Encryption at rest would decrypt these cells where the stream reads them.
    static QString streamJoin(const QString &orderIdSql);
    static QString streamColumn(const QString &column);

    // An import's contacts (storage/orders/order_import_stage) ride in its staged order rows, in a TEMP
    // table of this connection: the staging table declares stagingColumns() (the stored contact columns),
    // bindStaged() adds a contact's values to the staging INSERT in that order, and publishStaged()
    // copies them in one statement inside the import's write transaction onto the order ids that
    // `ordersStaging` (a table with order_id and those columns) holds. Encryption at rest would encrypt
    // in bindStaged(), like in write().
    static QString stagingColumns();
    static constexpr int kStagingColumns = 10;
    static void bindStaged(SqlStatement &insert, const OrderContact &contact);
    Result publishStaged(const QString &ordersStaging);

private:
    QSqlDatabase m_db;
    QSqlQuery m_insert;          // prepared on first write, so read-only connections never prepare it
    mutable QSqlQuery m_readOne; // prepared on first read(), reused by bulk actions
};

} // namespace sd
