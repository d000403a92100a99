// `sellerdesk-cli demo --orders N` wall time against raw SQLite inserts of the same rows.
//
// The demo run writes products, orders, order_contacts and the order_search (FTS5) documents. The
// anchor reads those very rows back and inserts them into a fresh database with the same schema
// through the SQLite C API: one prepared statement per table, one transaction, rows in the same
// order (order, its contact, its search document), with the pragmas SellerDesk's own connections use
// (WAL, synchronous FULL, foreign keys, 32 MiB page cache). Target: demo <= 2x the anchor.
//
// The demo commits in short batches (so logins get in between) and pauses DemoStore::kYieldMs between
// them; the anchor is one transaction. The same raw inserts are also run with synchronous NORMAL, so the
// run prints what FULL costs a bulk load.
//
// usage: bench_demo_insert [--orders N] [--seed S] [--db FILE]   (--db keeps the demo database there)
#include "../tests/result_support.h"
#include "bench_support.h"
#include "storage/common/database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>
#include <cstdio>
#include <sqlite3.h>
#include <string>
#include <vector>

namespace {

struct Cell
{
    int type = SQLITE_NULL;
    sqlite3_int64 i = 0;
    std::string s;
};
using Row = std::vector<Cell>;

struct Table
{
    std::string insertSql;
    std::vector<Row> rows;
};

Table readTable(sqlite3 *db, const char *select, const char *table, const char *columns)
{
    Table t;
    sqlite3_stmt *st = nullptr;
    if (sqlite3_prepare_v2(db, select, -1, &st, nullptr) != SQLITE_OK) {
        std::fprintf(stderr, "%s: %s\n", select, sqlite3_errmsg(db));
        std::exit(1);
    }
    const int n = sqlite3_column_count(st);
    std::string placeholders;
    for (int c = 0; c < n; ++c)
        placeholders += c ? ",?" : "?";
    t.insertSql = std::string("INSERT INTO ") + table + " (" + columns + ") VALUES (" + placeholders + ")";
    while (sqlite3_step(st) == SQLITE_ROW) {
        Row row(n);
        for (int c = 0; c < n; ++c) {
            row[c].type = sqlite3_column_type(st, c);
            if (row[c].type == SQLITE_INTEGER)
                row[c].i = sqlite3_column_int64(st, c);
            else if (row[c].type != SQLITE_NULL)
                row[c].s.assign(reinterpret_cast<const char *>(sqlite3_column_text(st, c)),
                                size_t(sqlite3_column_bytes(st, c)));
        }
        t.rows.push_back(std::move(row));
    }
    sqlite3_finalize(st);
    return t;
}

sqlite3_stmt *prepare(sqlite3 *db, const std::string &sql)
{
    sqlite3_stmt *st = nullptr;
    if (sqlite3_prepare_v2(db, sql.c_str(), -1, &st, nullptr) != SQLITE_OK) {
        std::fprintf(stderr, "%s: %s\n", sql.c_str(), sqlite3_errmsg(db));
        std::exit(1);
    }
    return st;
}

void insert(sqlite3 *db, sqlite3_stmt *st, const Row &row)
{
    for (size_t c = 0; c < row.size(); ++c) {
        const Cell &cell = row[c];
        const int i = int(c) + 1;
        if (cell.type == SQLITE_NULL)
            sqlite3_bind_null(st, i);
        else if (cell.type == SQLITE_INTEGER)
            sqlite3_bind_int64(st, i, cell.i);
        else
            sqlite3_bind_text(st, i, cell.s.data(), int(cell.s.size()), SQLITE_STATIC);
    }
    if (sqlite3_step(st) != SQLITE_DONE) {
        std::fprintf(stderr, "insert failed: %s\n", sqlite3_errmsg(db));
        std::exit(1);
    }
    sqlite3_reset(st);
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
    const QString rawDb = dir.filePath(QStringLiteral("raw.sqlite"));
    const QString rawNormalDb = dir.filePath(QStringLiteral("raw-normal.sqlite"));

    std::printf("bench_demo_insert: %lld orders, seed %u\n", static_cast<long long>(orders), seed);
    const double demoMs = bench::runCliDemo(demoDb, orders, seed);
    if (demoMs < 0)
        return 1;

    // The same rows, read back into memory (not timed).
    sqlite3 *src = bench::openRaw(demoDb);
    const char *orderColumns = "id, product_order_no, order_no, channel, status, raw_status, paid_at, "
                               "product_id, product_name, option_text, "
                               "quantity, unit_price, option_price, discount, total_amount, shipping_fee, "
                               "dispatch_due, delay_reason, "
                               "delay_detail, courier_code, tracking_no, confirmed_at, shipped_at, "
                               "delivered_at, decided_at, updated_at";
    const char *contactColumns = "order_id, buyer_name, buyer_phone, recipient_name, recipient_phone1, "
                                 "recipient_phone2, postcode, address, address_detail, delivery_message";
    const char *productColumns =
        "id, channel, channel_product_no, seller_code, name, price, dispatch_days, created_at";
    const Table products =
        readTable(src, (std::string("SELECT ") + productColumns + " FROM products ORDER BY id").c_str(),
                  "products", productColumns);
    const Table orderRows =
        readTable(src, (std::string("SELECT ") + orderColumns + " FROM orders ORDER BY id").c_str(), "orders",
                  orderColumns);
    const Table contacts = readTable(
        src, (std::string("SELECT ") + contactColumns + " FROM order_contacts ORDER BY order_id").c_str(),
        "order_contacts", contactColumns);
    const Table search =
        readTable(src, "SELECT rowid, body FROM order_search ORDER BY rowid", "order_search", "rowid, body");
    sqlite3_close(src);
    if (orderRows.rows.size() != contacts.rows.size() || orderRows.rows.size() != search.rows.size()) {
        std::fprintf(stderr, "unexpected row counts\n");
        return 1;
    }

    // A fresh database with the same schema (the program's migrations), then raw inserts.
    {
        QString error;
        auto schema = keepMessage(&error, [&](sd::Result *r) { return sd::Database::open(rawDb, r); });
        if (!schema) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
    }
    // The raw inserts, in one transaction, with `synchronous` as given.
    auto rawInsert = [&](const QString &file, const char *synchronous) {
        sqlite3 *dst = bench::openRaw(file);
        bench::execRaw(dst, "PRAGMA journal_mode = WAL");
        bench::execRaw(dst, synchronous);
        bench::execRaw(dst, "PRAGMA foreign_keys = ON");
        bench::execRaw(dst, "PRAGMA cache_size = -32768"); // the same page cache as SellerDesk's connections
        const double ms = bench::timeMs([&] {
            bench::execRaw(dst, "BEGIN IMMEDIATE");
            sqlite3_stmt *p = prepare(dst, products.insertSql);
            for (const Row &r : products.rows)
                insert(dst, p, r);
            sqlite3_finalize(p);
            sqlite3_stmt *o = prepare(dst, orderRows.insertSql);
            sqlite3_stmt *c = prepare(dst, contacts.insertSql);
            sqlite3_stmt *s = prepare(dst, search.insertSql);
            for (size_t i = 0; i < orderRows.rows.size(); ++i) {
                insert(dst, o, orderRows.rows[i]);
                insert(dst, c, contacts.rows[i]);
                insert(dst, s, search.rows[i]);
            }
            sqlite3_finalize(o);
            sqlite3_finalize(c);
            sqlite3_finalize(s);
            bench::execRaw(dst, "COMMIT");
        });
        sqlite3_close(dst);
        return ms;
    };
    const double rawMs = rawInsert(rawDb, "PRAGMA synchronous = FULL");
    {
        QString error;
        if (!keepMessage(&error, [&](sd::Result *r) { return sd::Database::open(rawNormalDb, r); })) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
    }
    const double rawNormalMs = rawInsert(rawNormalDb, "PRAGMA synchronous = NORMAL");

    std::printf("  demo --orders %lld (whole CLI process): %10.0f ms\n", static_cast<long long>(orders),
                demoMs);
    std::printf(
        "  anchor: raw SQLite inserts, same rows:  %10.0f ms  (prepared statements, one transaction)\n",
        rawMs);
    std::printf("  ratio demo / anchor: %.2fx (target <= 2.00x)\n", demoMs / rawMs);
    std::printf("  the same raw inserts with synchronous = NORMAL: %10.0f ms (FULL costs %+.0f ms, %.2fx)\n",
                rawNormalMs, rawMs - rawNormalMs, rawMs / rawNormalMs);
    return 0;
}
