// `sellerdesk-cli demo --orders N` wall time against the set-based load of the same rows into the same
// schema (the honest floor of writing them), and `sqlite3 .import` of the same rows as CSV into plain
// tables.
//
// The demo run writes products, orders, order_contacts and the order_search (FTS5) documents in short
// batches through OrderBulkWriter, pausing DemoStore::kYieldMs between them (so logins get in). The
// anchor (bench_set_load, shared with bench_order_import) reads those very rows back (the search
// documents rebuilt from them as the demo built them), stages them in plain tables (not timed), and
// loads them into a fresh store of the program's own schema (every index, trigger and the FTS table)
// with chunked `INSERT ... SELECT`, table by table, one transaction per chunk, with SellerDesk's
// pragmas; the breakdown splits the orders' time into the rows and the indexes and count trigger.
// Target: demo <= 2x the set-based anchor. The store's size per million orders (and its search index's
// part) comes last.
//
// usage: bench_demo_insert [--orders N] [--seed S] [--db FILE]   (--db keeps the demo database there)
#include "bench_set_load.h"
#include "bench_support.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>
#include <cstdio>

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
    const double demoMiB = bench::storeSizeMiB(demoDb);
    const double demoSearchMiB = bench::searchIndexMiB(demoDb);
    const bench::SetBasedLoad anchor = bench::measureSetBasedLoad(demoDb, dir.path());

    // Wall times stretch on a busy shared machine; CPU times (the CLI process's, this thread's) keep
    // their ratios, so both are printed.
    bench::printLine("demo (whole CLI process, batches and pauses):", demoMs, demoCpu, orders);
    bench::printSetBasedLoad(anchor);
    std::printf("  ratio demo / anchor: wall %.2fx, cpu %.2fx (target <= 2.00x)\n", demoMs / anchor.wall(),
                demoCpu / anchor.cpu());
    bench::printStoreSize(demoMiB, demoSearchMiB, orders, anchor);
    return 0;
}
