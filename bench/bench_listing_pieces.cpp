// The pieces behind bench_orders_view's search and chip figures, on the storage alone (no window, no
// model): each step on a fresh read connection (as a new window's loader has), in wall and this
// thread's CPU ms, then the same step again on that connection (its caches warm).
//
// Then the sort by a column without an index (상품명): the scan of its values alone (the rank's floor),
// the rank built from it, and the first window through the pager (rank + rows).
//
// usage: bench_listing_pieces --db FILE [--db FILE ...]
#include "../tests/result_support.h"
#include "bench_support.h"
#include "storage/common/database.h"
#include "storage/common/sql_statement.h"
#include "storage/orders/order_listing.h"
#include "storage/table/table_orders.h"
#include "storage/table/table_pager.h"
#include "storage/table/table_rank.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <cstdio>

namespace {

struct Step
{
    const char *what;
    std::function<void(sd::OrderListing &)> run;
};

void timeStep(const QString &path, const Step &s, int *connection)
{
    QString error;
    const QString name = QStringLiteral("pieces-%1").arg(++*connection);
    double cold = 0, coldCpu = 0, warm = 0, warmCpu = 0;
    {
        QSqlDatabase db = keepMessage(
            &error, [&](sd::Result *r) { return sd::Database::openReadConnection(path, name, r); });
        sd::OrderListing listing(db);
        double cpu = bench::threadCpuMs();
        cold = bench::timeMs([&] { s.run(listing); });
        coldCpu = bench::threadCpuMs() - cpu;
        cpu = bench::threadCpuMs();
        warm = bench::timeMs([&] { s.run(listing); });
        warmCpu = bench::threadCpuMs() - cpu;
    }
    sd::Database::closeConnection(name);
    std::printf("  %-44s fresh %7.1f ms (cpu %6.1f)   again %7.1f ms (cpu %6.1f)\n", s.what, cold, coldCpu,
                warm, warmCpu);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("db"), QStringLiteral("Store (repeatable)."), QStringLiteral("FILE")});
    parser.process(app);
    sd::OrderFilter common, every, statuses, channelStatus;
    common.search = QStringLiteral("데일");
    every.search = QStringLiteral("2026");
    statuses.statuses = {sd::OrderStatus::Delivered, sd::OrderStatus::Decided};
    channelStatus.channel = sd::Channel::NaverSmartstore;
    channelStatus.statuses = {sd::OrderStatus::Decided};
    const sd::OrderSort sort;
    const QList<Step> steps = {
        {"count \"데일\"", [&](sd::OrderListing &l) { l.count(common); }},
        {"count + first window \"데일\"",
         [&](sd::OrderListing &l) {
             l.count(common);
             l.fetch(common, sort, 0, 100);
         }},
        {"count + chips \"데일\"",
         [&](sd::OrderListing &l) {
             l.count(common);
             l.countByStatus(common);
         }},
        {"count \"2026\"", [&](sd::OrderListing &l) { l.count(every); }},
        {"count + first window + chips \"2026\"",
         [&](sd::OrderListing &l) {
             l.count(every);
             l.fetch(every, sort, 0, 100);
             l.countByStatus(every);
         }},
        {"statuses: count + first window",
         [&](sd::OrderListing &l) {
             l.count(statuses);
             l.fetch(statuses, sort, 0, 100);
         }},
        {"statuses: chips", [&](sd::OrderListing &l) { l.countByStatus(statuses); }},
        {"channel + status: count + last window",
         [&](sd::OrderListing &l) {
             const qint64 n = l.count(channelStatus);
             l.fetch(channelStatus, sort, n - 100, 100);
         }},
    };
    for (const QString &path : parser.values(QStringLiteral("db"))) {
        std::printf("bench_listing_pieces: %s\n", qPrintable(path));
        int connection = 0;
        for (const Step &s : steps)
            timeStep(path, s, &connection);
        QString error;
        const QString name = QStringLiteral("pieces-rank");
        {
            QSqlDatabase db = keepMessage(
                &error, [&](sd::Result *r) { return sd::Database::openReadConnection(path, name, r); });
            const sd::TableSort byProduct{QStringLiteral("product"), false};
            auto piece = [](const char *what, const std::function<void()> &fn) {
                const double cpu = bench::threadCpuMs();
                const double wall = bench::timeMs(fn);
                std::printf("  %-44s %7.1f ms (cpu %6.1f)\n", what, wall, bench::threadCpuMs() - cpu);
            };
            piece("scan of product_name, id (no sort)", [&] {
                sd::SqlStatement q(db);
                (void)q.run(QStringLiteral("SELECT o.product_name, o.id FROM orders o"), {});
                qint64 n = 0;
                while (q.next())
                    n += q.utf8(0).size() > 0 ? 1 : 0;
                Q_ASSERT(n > 0);
                std::printf("    (C API path: %s)\n", q.direct() ? "yes" : "no");
            });
            sd::OrdersTableSource source(db);
            piece("rank by product_name", [&] {
                std::vector<qint64> ids;
                (void)sd::buildTableRank(source, {}, byProduct, &ids);
            });
            sd::TablePager pager(source);
            piece("sort by product: rank + first window", [&] { pager.fetch({}, byProduct, 0, 200); });
            piece("  ... the last window", [&] { pager.fetch({}, byProduct, pager.count({}) - 200, 200); });
        }
        sd::Database::closeConnection(name);
    }
    return 0;
}
