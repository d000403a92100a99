// What synchronous = FULL costs a seller's everyday writes: a loop of single actions (one 발주확인 per
// call, each its own transaction through OrderService, as the GUI and the CLI do them), on the store
// as SellerDesk opens it (FULL), beside the same loop with the connection switched to NORMAL in the
// same run. FULL waits for the disk at every commit; the figure says what that wait is per action.
//
// usage: bench_single_actions [--orders N] [--actions M]
#include "../tests/result_support.h"
#include "bench_support.h"
#include "core/calendar/clock.h"
#include "services/access/auth_service.h"
#include "services/demo/demo_store.h"
#include "services/orders/order_service.h"
#include "services/store/workspace.h"
#include "services/store/workspace_internal.h"
#include "storage/common/database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <cstdio>

namespace {

QStringList newOrders(sd::Workspace &ws, int limit)
{
    QSqlQuery q(storeDatabase(ws).connection());
    q.prepare(QStringLiteral("SELECT product_order_no FROM orders WHERE status = 'NEW' ORDER BY id LIMIT ?"));
    q.addBindValue(limit);
    QStringList ids;
    if (q.exec()) {
        while (q.next())
            ids << q.value(0).toString();
    }
    return ids;
}

QString synchronousMode(sd::Workspace &ws)
{
    QSqlQuery q(storeDatabase(ws).connection());
    return q.exec(QStringLiteral("PRAGMA synchronous")) && q.next() ? q.value(0).toString() : QString();
}

// Median milliseconds per confirm over `ids`, one call (one transaction) each.
double confirmEach(sd::OrderService &service, const QStringList &ids)
{
    QList<double> times;
    for (const QString &id : ids) {
        times << bench::timeMs([&] {
            if (!service.confirm({id}).ok())
                std::fprintf(stderr, "confirm %s failed\n", qPrintable(id));
        });
    }
    return bench::median(times);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("orders"), QStringLiteral("demo orders"), QStringLiteral("N"),
                      QStringLiteral("20000")});
    parser.addOption({QStringLiteral("actions"), QStringLiteral("actions per mode"), QStringLiteral("M"),
                      QStringLiteral("200")});
    parser.process(app);
    const qint64 orders = parser.value(QStringLiteral("orders")).toLongLong();
    const int actions = parser.value(QStringLiteral("actions")).toInt();

    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("bench.sqlite"));
    if (bench::runCliDemo(db, orders, 1) < 0)
        return 1;
    QString error;
    auto ws = keepMessage(
        &error, [&](sd::Result *r) { return sd::Workspace::open(db, sd::Clock::system(), false, r); });
    if (!ws) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    sd::UserSession master;
    if (!sd::AuthService(*ws)
             .login(sd::DemoStore::masterLogin(), sd::DemoStore::defaultPassword(), &master)
             .ok())
        return 1;
    const QStringList ids = newOrders(*ws, 2 * actions);
    if (ids.size() < 2 * actions) {
        std::fprintf(stderr, "only %lld new orders; use more --orders\n", static_cast<long long>(ids.size()));
        return 1;
    }
    sd::OrderService service(*ws, master);
    const QString opened = synchronousMode(*ws);
    // Alternate halves so a disk that warms up or slows down does not favour one mode.
    const double full = confirmEach(service, ids.mid(0, actions));
    QSqlQuery(storeDatabase(*ws).connection()).exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
    const double normal = confirmEach(service, ids.mid(actions, actions));

    std::printf("single 발주확인, one transaction each, median of %d (%lld-order store)\n", actions,
                static_cast<long long>(orders));
    std::printf("  SellerDesk as opened (synchronous = %s, FULL): %7.2f ms per action\n", qPrintable(opened),
                full);
    std::printf("  anchor: the same with synchronous = NORMAL:     %7.2f ms per action\n", normal);
    std::printf("  cost of FULL: %+.2f ms per action (ratio %.2fx)\n", full - normal,
                normal > 0 ? full / normal : 0);
    return 0;
}
