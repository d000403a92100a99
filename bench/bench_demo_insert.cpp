// `sellerdesk-cli demo --orders N` wall time against the set-based load of the same rows into the same
// schema (the honest floor of writing them), and `sqlite3 .import` of the same rows as CSV into plain
// tables.
//
// The demo run writes products, orders, order_contacts and the order_search (FTS5) documents in short
// batches through OrderBulkWriter, pausing DemoStore::kYieldMs between them (so logins get in). The
// anchor reads those very rows back (the search documents rebuilt from them as the demo built them),
// stages them in plain tables of an attached database (not timed), and loads them into a fresh store
// of the program's own schema (every index, trigger and the FTS table) with chunked
// `INSERT ... SELECT`, table by table: per chunk of kChunk orders one transaction with orders, then
// contacts, then search documents, then COMMIT, with SellerDesk's pragmas (WAL, synchronous FULL,
// foreign keys, 32 MiB page cache). The breakdown splits the orders' time into the rows (a second load
// into a store whose orders table has no index and no trigger) and the indexes and count trigger.
// Target: demo <= 2x the set-based anchor. The store's size per million orders (and its search index's
// part) comes last.
//
// usage: bench_demo_insert [--orders N] [--seed S] [--db FILE]   (--db keeps the demo database there)
#include "../tests/result_support.h"
#include "bench_support.h"
#include "core/orders/order.h"
#include "storage/common/database.h"
#include "storage/orders/order_search_text.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <cstdio>
#include <functional>
#include <sqlite3.h>
#include <string>

namespace {

constexpr qint64 kChunk = 20000; // DemoStore::kMaxBatch: the demo's batch on a fast machine

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

const char *kOrderColumns =
    "id, product_order_no, order_no, channel, status, raw_status, paid_at, product_id, "
    "product_name, option_text, quantity, unit_price, option_price, discount, "
    "total_amount, shipping_fee, dispatch_due, delay_reason, delay_detail, "
    "courier_code, tracking_no, confirmed_at, shipped_at, delivered_at, decided_at, "
    "updated_at";
const char *kContactColumns = "order_id, buyer_name, buyer_phone, recipient_name, recipient_phone1, "
                              "recipient_phone2, postcode, address, address_detail, delivery_message";
const char *kProductColumns = "id, channel, channel_product_no, seller_code, name, price, dispatch_days, "
                              "created_at";

// The demo's rows in plain tables of `stage` (orders_in, contacts_in, products_in, search_in), the
// search documents rebuilt from the orders and contacts as OrderRepository builds them.
void stage(const QString &demoDb, const QString &stageDb)
{
    sqlite3 *db = bench::openRaw(stageDb);
    bench::execRaw(db, "PRAGMA journal_mode = OFF");
    bench::execRaw(db, "PRAGMA synchronous = OFF");
    bench::execRaw(db, ("ATTACH '" + demoDb.toStdString() + "' AS demo").c_str());
    bench::execRaw(db, "BEGIN");
    bench::execRaw(db, (std::string("CREATE TABLE orders_in AS SELECT ") + kOrderColumns +
                        " FROM demo.orders ORDER BY id")
                           .c_str());
    bench::execRaw(db, (std::string("CREATE TABLE contacts_in AS SELECT ") + kContactColumns +
                        " FROM demo.order_contacts ORDER BY order_id")
                           .c_str());
    bench::execRaw(db, (std::string("CREATE TABLE products_in AS SELECT ") + kProductColumns +
                        " FROM demo.products ORDER BY id")
                           .c_str());
    bench::execRaw(db, "CREATE TABLE search_in (id INTEGER PRIMARY KEY, body TEXT NOT NULL)");
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
    bench::execRaw(db, "COMMIT");
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
    sqlite3 *db = bench::openRaw(path);
    bench::execRaw(db, "PRAGMA journal_mode = WAL");
    bench::execRaw(db, "PRAGMA synchronous = FULL");
    bench::execRaw(db, "PRAGMA foreign_keys = ON");
    bench::execRaw(db, "PRAGMA cache_size = -32768"); // the same page cache as SellerDesk's connections
    bench::execRaw(db, ("ATTACH '" + stageDb.toStdString() + "' AS stage").c_str());
    return db;
}

// Wall and CPU milliseconds of a part of the work.
struct Spent
{
    double wall = 0, cpu = 0;
    void operator+=(const std::function<void()> &fn)
    {
        const double c = bench::threadCpuMs();
        wall += bench::timeMs(fn);
        cpu += bench::threadCpuMs() - c;
    }
};

struct Load
{
    Spent orders, contacts, search, commit, other;
    double wall() const { return orders.wall + contacts.wall + search.wall + commit.wall + other.wall; }
    double cpu() const { return orders.cpu + contacts.cpu + search.cpu + commit.cpu + other.cpu; }
};

// The set-based load: chunk by chunk, one transaction each, table by table. `ordersOnly`: the rows of
// orders alone (for the store without orders indexes).
Load setBasedLoad(sqlite3 *db, qint64 maxId, bool ordersOnly)
{
    Load t;
    sqlite3_stmt *orders = prepare(db, std::string("INSERT INTO orders (") + kOrderColumns + ") SELECT " +
                                           kOrderColumns + " FROM stage.orders_in WHERE id BETWEEN ? AND ?");
    sqlite3_stmt *contacts =
        prepare(db, std::string("INSERT INTO order_contacts (") + kContactColumns + ") SELECT " +
                        kContactColumns + " FROM stage.contacts_in WHERE order_id BETWEEN ? AND ?");
    sqlite3_stmt *search = prepare(db, "INSERT INTO order_search (rowid, body) SELECT id, body FROM "
                                       "stage.search_in WHERE id BETWEEN ? AND ?");
    auto range = [&](sqlite3_stmt *st, qint64 from, qint64 to) {
        sqlite3_bind_int64(st, 1, from);
        sqlite3_bind_int64(st, 2, to);
        step(db, st);
    };
    t.other += [&] {
        bench::execRaw(db, "BEGIN IMMEDIATE");
        bench::execRaw(db, (std::string("INSERT INTO products (") + kProductColumns + ") SELECT " +
                            kProductColumns + " FROM stage.products_in")
                               .c_str());
        bench::execRaw(db, "COMMIT");
    };
    for (qint64 from = 1; from <= maxId; from += kChunk) {
        const qint64 to = from + kChunk - 1;
        t.other += [&] { bench::execRaw(db, "BEGIN IMMEDIATE"); };
        t.orders += [&] { range(orders, from, to); };
        if (!ordersOnly) {
            t.contacts += [&] { range(contacts, from, to); };
            t.search += [&] { range(search, from, to); };
        }
        t.commit += [&] { bench::execRaw(db, "COMMIT"); };
    }
    sqlite3_finalize(orders);
    sqlite3_finalize(contacts);
    sqlite3_finalize(search);
    return t;
}

double sizeMiB(const QString &db)
{
    return double(QFileInfo(db).size() + QFileInfo(db + QStringLiteral("-wal")).size()) / (1024.0 * 1024.0);
}

// MiB of the search index's tables, from SQLite's dbstat table (-1 when this SQLite has none).
double searchIndexMiB(const QString &path)
{
    sqlite3 *db = bench::openRaw(path);
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

// `sqlite3 .import` of the staged rows as CSV into plain tables of a new database: wall ms (-1 without
// sqlite3), and its CPU ms in `cpuMs`.
double sqliteImportMs(const QString &stageDb, QTemporaryDir &dir, double *cpuMs)
{
    const QStringList tables{QStringLiteral("orders_in"), QStringLiteral("contacts_in"),
                             QStringLiteral("search_in")};
    QStringList args{stageDb, QStringLiteral("-cmd"), QStringLiteral(".mode csv")};
    for (const QString &t : tables) // the CSV files, not timed
        args << QStringLiteral("-cmd")
             << QStringLiteral(".once %1").arg(dir.filePath(t + QStringLiteral(".csv")))
             << QStringLiteral("-cmd") << QStringLiteral("SELECT * FROM %1;").arg(t);
    args << QStringLiteral("SELECT 1;");
    if (QProcess::execute(QStringLiteral("sqlite3"), args) != 0)
        return -1;
    const QString plain = dir.filePath(QStringLiteral("import.sqlite"));
    QStringList import{plain, QStringLiteral("-cmd"), QStringLiteral(".mode csv")};
    for (const QString &t : tables)
        import << QStringLiteral("-cmd")
               << QStringLiteral(".import %1 %2").arg(dir.filePath(t + QStringLiteral(".csv")), t);
    import << QStringLiteral("SELECT 1;");
    // .import without a header line: the first CSV row names the columns, so the table exists first.
    QStringList create{plain};
    create << QStringLiteral("CREATE TABLE orders_in (%1); CREATE TABLE contacts_in (%2); "
                             "CREATE TABLE search_in (id, body);")
                  .arg(QLatin1String(kOrderColumns), QLatin1String(kContactColumns));
    if (QProcess::execute(QStringLiteral("sqlite3"), create) != 0)
        return -1;
    QProcess p;
    p.setStandardOutputFile(QProcess::nullDevice());
    const double cpu = bench::childrenCpuMs();
    const double ms = bench::timeMs([&] {
        p.start(QStringLiteral("sqlite3"), import);
        p.waitForFinished(-1);
    });
    *cpuMs = bench::childrenCpuMs() - cpu;
    return p.exitCode() == 0 ? ms : -1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("orders"), QStringLiteral("Orders to generate."), QStringLiteral("N"),
                      QStringLiteral("1000000")});
    parser.addOption(
        {QStringLiteral("seed"), QStringLiteral("Seed."), QStringLiteral("S"), QStringLiteral("1")});
    parser.addOption({QStringLiteral("db"), QStringLiteral("Write the demo database here and keep it."),
                      QStringLiteral("FILE")});
    parser.process(app);
    const qint64 orders = parser.value(QStringLiteral("orders")).toLongLong();
    const quint32 seed = parser.value(QStringLiteral("seed")).toUInt();

    QTemporaryDir dir;
    const QString demoDb = parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db"))
                                                              : dir.filePath(QStringLiteral("demo.sqlite"));
    if (QFile::exists(demoDb)) {
        std::fprintf(stderr, "%s exists: give a new file\n", qPrintable(demoDb));
        return 1;
    }
    std::printf("bench_demo_insert: %lld orders, seed %u\n", static_cast<long long>(orders), seed);
    std::fflush(stdout);
    const double demoCpuBefore = bench::childrenCpuMs();
    const double demoMs = bench::runCliDemo(demoDb, orders, seed);
    if (demoMs < 0)
        return 1;
    const double demoCpu = bench::childrenCpuMs() - demoCpuBefore;
    const double demoMiB = sizeMiB(demoDb);
    const double demoSearchMiB = searchIndexMiB(demoDb);

    const QString stageDb = dir.filePath(QStringLiteral("stage.sqlite"));
    stage(demoDb, stageDb);
    qint64 maxId = 0;
    {
        sqlite3 *s = bench::openRaw(stageDb);
        maxId = scalar(s, "SELECT MAX(id) FROM orders_in");
        sqlite3_close(s);
    }

    // The same schema as the demo's store, loaded set-based.
    const QString setDb = dir.filePath(QStringLiteral("set.sqlite"));
    newStore(setDb);
    sqlite3 *db = openLikeSellerDesk(setDb, stageDb);
    const Load full = setBasedLoad(db, maxId, false);
    sqlite3_close(db);
    // Rows alone: the orders table without its indexes and count trigger.
    const QString plainDb = dir.filePath(QStringLiteral("plain.sqlite"));
    newStore(plainDb);
    db = openLikeSellerDesk(plainDb, stageDb);
    bench::execRaw(db, "DROP TRIGGER orders_counted_insert");
    {
        sqlite3_stmt *st =
            prepare(db, "SELECT name FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'orders' "
                        "AND sql IS NOT NULL");
        QList<QByteArray> names;
        while (sqlite3_step(st) == SQLITE_ROW)
            names << QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(st, 0)));
        sqlite3_finalize(st);
        for (const QByteArray &n : names)
            bench::execRaw(db, ("DROP INDEX " + n).constData());
    }
    const Load rows = setBasedLoad(db, maxId, true);
    sqlite3_close(db);
    double importCpu = 0;
    const double importMs = sqliteImportMs(stageDb, dir, &importCpu);

    // Wall times stretch on a busy shared machine; CPU times (the CLI process's, this thread's) keep
    // their ratios, so both are printed.
    const double per100k = 100000.0 / double(orders) / 1000.0; // ms in total -> s per 100,000
    auto line = [&](const char *what, double wall, double cpu) {
        std::printf("  %-52s wall %8.0f ms  cpu %8.0f ms  (cpu %.2f s per 100,000)\n", what, wall, cpu,
                    cpu * per100k);
    };
    line("demo (whole CLI process, batches and pauses):", demoMs, demoCpu);
    line("anchor: set-based load, same rows, same schema:", full.wall(), full.cpu());
    std::printf("    (chunks of %lld orders, INSERT ... SELECT table by table, one transaction each)\n",
                static_cast<long long>(kChunk));
    line("  orders rows", rows.orders.wall, rows.orders.cpu);
    line("  orders indexes + count trigger", full.orders.wall - rows.orders.wall,
         full.orders.cpu - rows.orders.cpu);
    line("  contacts", full.contacts.wall, full.contacts.cpu);
    line("  search index (FTS5 trigram)", full.search.wall, full.search.cpu);
    line("  commit", full.commit.wall, full.commit.cpu);
    line("  products, BEGIN", full.other.wall, full.other.cpu);
    std::printf("  ratio demo / anchor: wall %.2fx, cpu %.2fx (target <= 2.00x)\n", demoMs / full.wall(),
                demoCpu / full.cpu());
    if (importMs >= 0)
        line("sqlite3 .import of the same rows as CSV, plain tables:", importMs, importCpu);
    else
        std::printf("  sqlite3 .import: no sqlite3 program (scripts/install-deps.sh installs it)\n");
    const double perMillion = 1e6 / double(orders);
    std::printf("  store size: %.0f MiB for %lld orders = %.0f MiB per million (search index %.0f MiB per "
                "million); the set-based store %.0f MiB per million\n",
                demoMiB, static_cast<long long>(orders), demoMiB * perMillion, demoSearchMiB * perMillion,
                sizeMiB(setDb) * perMillion);
    return 0;
}
