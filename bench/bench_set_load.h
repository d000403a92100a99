#pragma once
// The honest floor of writing orders, shared by bench_demo_insert and bench_order_import: the rows a
// store holds, loaded set-based into a fresh store of the same schema, and `sqlite3 .import` of them
// as CSV into plain tables, both measured in the caller's run.
#include <QString>
#include <functional>

namespace bench {

// Wall and CPU milliseconds of a part of the work (CPU of this thread: a shared machine stretches wall
// times, CPU times keep their ratios).
struct Spent
{
    double wall = 0, cpu = 0;
    void operator+=(const std::function<void()> &fn);
    void operator+=(const Spent &other)
    {
        wall += other.wall;
        cpu += other.cpu;
    }
};

// The set-based load of a store's rows: per chunk of kSetChunk orders one transaction with orders, then
// contacts, fees and history, then search documents (rebuilt from the orders and contacts as
// OrderRepository builds them), then COMMIT, with SellerDesk's pragmas (WAL, synchronous FULL, foreign
// keys, 32 MiB page cache). `orderRows` is the orders' time in a second store whose orders table has no
// index and no trigger, so `orders - orderRows` is the indexes and the count trigger.
struct SetBasedLoad
{
    qint64 orders = 0;
    Spent ordersFull, orderRows, contacts, feesAndHistory, search, commit, other;
    double storeMiB = 0;                   // the set-based store's file size
    double importWall = -1, importCpu = 0; // sqlite3 .import of the same rows (-1: no sqlite3)
    double wall() const;
    double cpu() const;
};
constexpr qint64 kSetChunk = 20000; // DemoStore::kMaxBatch: the demo's batch on a fast machine

// Stages the rows of the store `storeDb` in plain tables of a scratch database in `folder` (not timed)
// and measures both anchors. Exits the program on a failure (a benchmark has nothing to recover).
SetBasedLoad measureSetBasedLoad(const QString &storeDb, const QString &folder);

// "  what   wall N ms  cpu N ms  (cpu N s per 100,000)" for `orders` orders.
void printLine(const char *what, double wallMs, double cpuMs, qint64 orders);
// The anchor's lines: the total, its breakdown and the sqlite3 .import line.
void printSetBasedLoad(const SetBasedLoad &load);

// "store size: N MiB for K orders = N MiB per million (search index N MiB per million); the set-based
// store N MiB per million".
void printStoreSize(double storeMiB, double searchMiB, qint64 orders, const SetBasedLoad &anchor);

// The file's size with its -wal, and the search index's part of it (dbstat; -1 without it), in MiB.
double storeSizeMiB(const QString &db);
double searchIndexMiB(const QString &db);

} // namespace bench
