#include "bench_set_load.h"

#include "../tests/result_support.h"
#include "bench_support.h"
#include "core/orders/order.h"
#include "storage/common/database.h"
#include "storage/orders/order_search_text.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStringList>
#include <cstdio>
#include <cstdlib>
#include <sqlite3.h>
#include <string>

namespace bench {

namespace {

sqlite3_stmt *prepare(sqlite3 *db, const std::string &sql)
{
    sqlite3_stmt *st = nullptr;
    if (sqlite3_prepare_v2(db, sql.c_str(), -1, &st, nullptr) != SQLITE_OK) {
        std::fprintf(stderr, "%s: %s\n", sql.c_str(), sqlite3_errmsg(db));
        std::exit(1);
    }
    return st;
}

void step(sqlite3 *db, sqlite3_stmt *st)
{
    if (sqlite3_step(st) != SQLITE_DONE) {
        std::fprintf(stderr, "statement failed: %s\n", sqlite3_errmsg(db));
        std::exit(1);
    }
    sqlite3_reset(st);
}

qint64 scalar(sqlite3 *db, const char *sql)
{
    sqlite3_stmt *st = prepare(db, sql);
    const qint64 v = sqlite3_step(st) == SQLITE_ROW ? sqlite3_column_int64(st, 0) : -1;
    sqlite3_finalize(st);
    return v;
}

QString text(sqlite3_stmt *st, int column)
{
    return QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(st, column)),
                             sqlite3_column_bytes(st, column));
}

// A staged table, the store's table it is loaded into and the column a chunk is chosen by.
struct Staged
{
    const char *name, *source, *key;
};
const Staged kStaged[] = {
    {"orders_in", "orders", "id"},         {"contacts_in", "order_contacts", "order_id"},
    {"fees_in", "order_fees", "order_id"}, {"events_in", "order_events", "order_id"},
    {"products_in", "products", "id"},     {"users_in", "users", "id"}};

// Every column of the store's rows in plain tables of `stageDb` (same names and order, so `INSERT INTO t
// SELECT *` loads them), each with an index on its chunk key, and search_in: the search documents
// rebuilt from the orders and contacts as OrderRepository builds them.
void stage(const QString &storeDb, const QString &stageDb)
{
    sqlite3 *db = openRaw(stageDb);
    execRaw(db, "PRAGMA journal_mode = OFF");
    execRaw(db, "PRAGMA synchronous = OFF");
    execRaw(db, ("ATTACH '" + storeDb.toStdString() + "' AS store").c_str());
    execRaw(db, "BEGIN");
    for (const Staged &t : kStaged) {
        execRaw(db, (std::string("CREATE TABLE ") + t.name + " AS SELECT * FROM store." + t.source +
                     " ORDER BY " + t.key)
                        .c_str());
        execRaw(db,
                (std::string("CREATE INDEX ") + t.name + "_key ON " + t.name + " (" + t.key + ")").c_str());
    }
    execRaw(db, "CREATE TABLE search_in (id INTEGER PRIMARY KEY, body TEXT NOT NULL)");
    sqlite3_stmt *read =
        prepare(db, "SELECT o.id, o.product_order_no, o.order_no, o.product_name, o.tracking_no, "
                    "c.buyer_name, c.buyer_phone, c.recipient_name, c.recipient_phone1 "
                    "FROM orders_in o LEFT JOIN contacts_in c ON c.order_id = o.id ORDER BY o.id");
    sqlite3_stmt *write = prepare(db, "INSERT INTO search_in (id, body) VALUES (?, ?)");
    while (sqlite3_step(read) == SQLITE_ROW) {
        sd::Order o;
        o.productOrderNo = text(read, 1);
        o.orderNo = text(read, 2);
        o.productName = text(read, 3);
        o.trackingNo = text(read, 4);
        o.contact.buyerName = text(read, 5);
        o.contact.buyerPhone = text(read, 6);
        o.contact.recipientName = text(read, 7);
        o.contact.recipientPhone1 = text(read, 8);
        const QByteArray body = sd::orderSearchDocument(o).toUtf8();
        sqlite3_bind_int64(write, 1, sqlite3_column_int64(read, 0));
        sqlite3_bind_text(write, 2, body.constData(), int(body.size()), SQLITE_TRANSIENT);
        step(db, write);
    }
    sqlite3_finalize(read);
    sqlite3_finalize(write);
    execRaw(db, "COMMIT");
    sqlite3_close(db);
}

void newStore(const QString &path)
{
    QString error;
    if (!keepMessage(&error, [&](sd::Result *r) { return sd::Database::open(path, r); })) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        std::exit(1);
    }
}

sqlite3 *openLikeSellerDesk(const QString &path, const QString &stageDb)
{
    sqlite3 *db = openRaw(path);
    execRaw(db, "PRAGMA journal_mode = WAL");
    execRaw(db, "PRAGMA synchronous = FULL");
    execRaw(db, "PRAGMA foreign_keys = ON");
    execRaw(db, "PRAGMA cache_size = -32768"); // the same page cache as SellerDesk's connections
    execRaw(db, ("ATTACH '" + stageDb.toStdString() + "' AS stage").c_str());
    return db;
}

struct Load
{
    Spent orders, contacts, feesAndHistory, search, commit, other;
};

// Chunk by chunk, one transaction each, table by table. `ordersOnly`: the rows of orders alone (for the
// store without orders indexes).
Load load(sqlite3 *db, qint64 maxId, bool ordersOnly)
{
    Load t;
    const auto rangeInsert = [db](const char *table, const char *staged, const char *key) {
        return prepare(db, std::string("INSERT INTO ") + table + " SELECT * FROM stage." + staged +
                               " WHERE " + key + " BETWEEN ? AND ?");
    };
    sqlite3_stmt *orders = rangeInsert("orders", "orders_in", "id");
    sqlite3_stmt *contacts = rangeInsert("order_contacts", "contacts_in", "order_id");
    sqlite3_stmt *fees = rangeInsert("order_fees", "fees_in", "order_id");
    sqlite3_stmt *events = rangeInsert("order_events", "events_in", "order_id");
    sqlite3_stmt *search = prepare(db, "INSERT INTO order_search (rowid, body) SELECT id, body FROM "
                                       "stage.search_in WHERE id BETWEEN ? AND ?");
    auto range = [&](sqlite3_stmt *st, qint64 from, qint64 to) {
        sqlite3_bind_int64(st, 1, from);
        sqlite3_bind_int64(st, 2, to);
        step(db, st);
    };
    t.other += [&] {
        execRaw(db, "BEGIN IMMEDIATE");
        execRaw(db, "INSERT INTO users SELECT * FROM stage.users_in");
        execRaw(db, "INSERT INTO products SELECT * FROM stage.products_in");
        execRaw(db, "COMMIT");
    };
    for (qint64 from = 1; from <= maxId; from += kSetChunk) {
        const qint64 to = from + kSetChunk - 1;
        t.other += [&] { execRaw(db, "BEGIN IMMEDIATE"); };
        t.orders += [&] { range(orders, from, to); };
        if (!ordersOnly) {
            t.contacts += [&] { range(contacts, from, to); };
            t.feesAndHistory += [&] {
                range(fees, from, to);
                range(events, from, to);
            };
            t.search += [&] { range(search, from, to); };
        }
        t.commit += [&] { execRaw(db, "COMMIT"); };
    }
    for (sqlite3_stmt *st : {orders, contacts, fees, events, search})
        sqlite3_finalize(st);
    return t;
}

// `sqlite3 .import` of the staged rows as CSV into plain tables of a new database: wall ms (-1 without
// sqlite3), and its CPU ms in `cpuMs`.
double sqliteImportMs(const QString &stageDb, const QString &folder, double *cpuMs)
{
    QStringList tables{QStringLiteral("search_in")};
    for (const Staged &t : kStaged)
        tables << QLatin1String(t.name);
    const QDir dir(folder);
    // The CSV files with a header line (not timed): .import into a missing table takes its columns from it.
    QStringList args{stageDb, QStringLiteral("-cmd"), QStringLiteral(".mode csv"), QStringLiteral("-cmd"),
                     QStringLiteral(".headers on")};
    for (const QString &t : tables)
        args << QStringLiteral("-cmd")
             << QStringLiteral(".once %1").arg(dir.filePath(t + QStringLiteral(".csv")))
             << QStringLiteral("-cmd") << QStringLiteral("SELECT * FROM %1;").arg(t);
    args << QStringLiteral("SELECT 1;");
    QProcess exporter;
    exporter.setStandardOutputFile(QProcess::nullDevice());
    exporter.start(QStringLiteral("sqlite3"), args);
    if (!exporter.waitForFinished(-1) || exporter.exitStatus() != QProcess::NormalExit ||
        exporter.exitCode() != 0)
        return -1;
    const QString plain = dir.filePath(QStringLiteral("import.sqlite"));
    QFile::remove(plain);
    QStringList import{plain, QStringLiteral("-cmd"), QStringLiteral(".mode csv")};
    for (const QString &t : tables)
        import << QStringLiteral("-cmd")
               << QStringLiteral(".import %1 %2").arg(dir.filePath(t + QStringLiteral(".csv")), t);
    import << QStringLiteral("SELECT 1;");
    QProcess p;
    p.setStandardOutputFile(QProcess::nullDevice());
    const double cpu = childrenCpuMs();
    const double ms = timeMs([&] {
        p.start(QStringLiteral("sqlite3"), import);
        p.waitForFinished(-1);
    });
    *cpuMs = childrenCpuMs() - cpu;
    for (const QString &t : tables)
        QFile::remove(dir.filePath(t + QStringLiteral(".csv")));
    QFile::remove(plain);
    return p.exitCode() == 0 ? ms : -1;
}

} // namespace

void Spent::operator+=(const std::function<void()> &fn)
{
    const double c = threadCpuMs();
    wall += timeMs(fn);
    cpu += threadCpuMs() - c;
}

double SetBasedLoad::wall() const
{
    return ordersFull.wall + contacts.wall + feesAndHistory.wall + search.wall + commit.wall + other.wall;
}

double SetBasedLoad::cpu() const
{
    return ordersFull.cpu + contacts.cpu + feesAndHistory.cpu + search.cpu + commit.cpu + other.cpu;
}

SetBasedLoad measureSetBasedLoad(const QString &storeDb, const QString &folder)
{
    const QDir dir(folder);
    const QString stageDb = dir.filePath(QStringLiteral("set-stage.sqlite"));
    QFile::remove(stageDb);
    stage(storeDb, stageDb);
    SetBasedLoad result;
    qint64 maxId = 0;
    {
        sqlite3 *s = openRaw(stageDb);
        maxId = scalar(s, "SELECT MAX(id) FROM orders_in");
        result.orders = scalar(s, "SELECT COUNT(*) FROM orders_in");
        sqlite3_close(s);
    }

    // The same schema as the measured store, loaded set-based.
    const QString setDb = dir.filePath(QStringLiteral("set.sqlite"));
    newStore(setDb);
    sqlite3 *db = openLikeSellerDesk(setDb, stageDb);
    const Load full = load(db, maxId, false);
    sqlite3_close(db);
    result.ordersFull = full.orders;
    result.contacts = full.contacts;
    result.feesAndHistory = full.feesAndHistory;
    result.search = full.search;
    result.commit = full.commit;
    result.other = full.other;
    result.storeMiB = storeSizeMiB(setDb);

    // Rows alone: the orders table without its indexes and count trigger.
    const QString plainDb = dir.filePath(QStringLiteral("set-plain.sqlite"));
    newStore(plainDb);
    db = openLikeSellerDesk(plainDb, stageDb);
    execRaw(db, "DROP TRIGGER orders_counted_insert");
    {
        sqlite3_stmt *st = prepare(db, "SELECT name FROM sqlite_schema WHERE type = 'index' AND tbl_name = "
                                       "'orders' AND sql IS NOT NULL");
        QList<QByteArray> names;
        while (sqlite3_step(st) == SQLITE_ROW)
            names << QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(st, 0)));
        sqlite3_finalize(st);
        for (const QByteArray &n : names)
            execRaw(db, ("DROP INDEX " + n).constData());
    }
    result.orderRows = load(db, maxId, true).orders;
    sqlite3_close(db);
    result.importWall = sqliteImportMs(stageDb, folder, &result.importCpu);
    for (const QString &f : {setDb, plainDb, stageDb})
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(f + suffix);
    return result;
}

void printLine(const char *what, double wallMs, double cpuMs, qint64 orders)
{
    const double per100k = orders > 0 ? 100000.0 / double(orders) / 1000.0 : 0; // ms -> s per 100,000
    std::printf("  %-52s wall %8.0f ms  cpu %8.0f ms  (cpu %.2f s per 100,000)\n", what, wallMs, cpuMs,
                cpuMs * per100k);
}

void printSetBasedLoad(const SetBasedLoad &l)
{
    printLine("anchor: set-based load, same rows, same schema:", l.wall(), l.cpu(), l.orders);
    std::printf("    (chunks of %lld orders, INSERT ... SELECT table by table, one transaction each)\n",
                static_cast<long long>(kSetChunk));
    printLine("  orders rows", l.orderRows.wall, l.orderRows.cpu, l.orders);
    printLine("  orders indexes + count trigger", l.ordersFull.wall - l.orderRows.wall,
              l.ordersFull.cpu - l.orderRows.cpu, l.orders);
    printLine("  contacts", l.contacts.wall, l.contacts.cpu, l.orders);
    printLine("  fees, history", l.feesAndHistory.wall, l.feesAndHistory.cpu, l.orders);
    printLine("  search index (FTS5 trigram)", l.search.wall, l.search.cpu, l.orders);
    printLine("  commit", l.commit.wall, l.commit.cpu, l.orders);
    printLine("  users, products, BEGIN", l.other.wall, l.other.cpu, l.orders);
    if (l.importWall >= 0)
        printLine("sqlite3 .import of the same rows as CSV, plain tables:", l.importWall, l.importCpu,
                  l.orders);
    else
        std::printf("  sqlite3 .import: no sqlite3 program (scripts/install-deps.sh installs it)\n");
}

void printStoreSize(double storeMiB, double searchMiB, qint64 orders, const SetBasedLoad &anchor)
{
    const double perMillion = 1e6 / double(orders);
    std::printf("  store size: %.0f MiB for %lld orders = %.0f MiB per million (search index %.0f MiB per "
                "million); the set-based store %.0f MiB per million\n",
                storeMiB, static_cast<long long>(orders), storeMiB * perMillion, searchMiB * perMillion,
                anchor.storeMiB * perMillion);
}

double storeSizeMiB(const QString &db)
{
    return double(QFileInfo(db).size() + QFileInfo(db + QStringLiteral("-wal")).size()) / (1024.0 * 1024.0);
}

double searchIndexMiB(const QString &path)
{
    sqlite3 *db = openRaw(path);
    sqlite3_stmt *st = nullptr;
    double mib = -1;
    if (sqlite3_prepare_v2(db, "SELECT SUM(pgsize) FROM dbstat WHERE name LIKE 'order_search%'", -1, &st,
                           nullptr) == SQLITE_OK &&
        sqlite3_step(st) == SQLITE_ROW)
        mib = double(sqlite3_column_int64(st, 0)) / (1024.0 * 1024.0);
    sqlite3_finalize(st);
    sqlite3_close(db);
    return mib;
}

} // namespace bench
