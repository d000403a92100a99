// How long SellerDesk's long writers keep other writers out.
//
// 1. `sellerdesk-cli demo --orders N` runs as a process while a probe connection in this process takes
//    the write lock in a loop (BEGIN IMMEDIATE; COMMIT, as every login does) and records how long each
//    attempt waited: the longest wait is what a login beside the demo suffers.
// 2. OrderService bulk actions in this process on a store of `--base` demo orders plus fresh NEW
//    orders: confirm, dispatchFromFile and deliver of 250 / 500 / 1,000 (one stage: BulkRun::kStageSize).
//    Each call is one BEGIN IMMEDIATE ... COMMIT transaction (building the items before it takes
//    microseconds), so the wall time of the call bounds how long it held the write lock.
//
// usage: bench_write_lock [--orders N] [--probe-ms MS] [--base M]
//
// Found with it: a demo starting on an empty store beside a probe every 20 ms got slower per batch as
// the store grew (100,000 orders took 466 s, a probe waited 10.6 s) until the demo refreshed the
// planner statistics between batches (DemoStore; 40,000 orders: 24.7 s before, 13.6 s after).
#include "../tests/result_support.h"
#include "bench_support.h"
#include "core/calendar/clock.h"
#include "core/calendar/seoul_time.h"
#include "core/orders/channel_status.h"
#include "services/access/auth_service.h"
#include "services/common/bulk_run.h"
#include "services/demo/demo_store.h"
#include "services/orders/order_service.h"
#include "services/store/workspace.h"
#include "services/store/workspace_internal.h"
#include "storage/common/database.h"
#include "storage/orders/order_repository.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>
#include <atomic>
#include <cstdio>
#include <sqlite3.h>
#include <thread>

namespace {

struct ProbeFigures
{
    int attempts = 0;
    double maxWaitMs = 0;
    QList<double> waits;
};

// Takes the write lock over and over (a pause of `pauseMs` between attempts) until `stop`.
ProbeFigures probe(const QString &path, int pauseMs, const std::atomic<bool> &stop)
{
    ProbeFigures f;
    sqlite3 *db = bench::openRaw(path);
    sqlite3_busy_timeout(db, 60000);
    while (!stop.load()) {
        QElapsedTimer t;
        t.start();
        if (sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) != SQLITE_OK) {
            std::fprintf(stderr, "probe: %s\n", sqlite3_errmsg(db));
            break;
        }
        const double ms = double(t.nsecsElapsed()) / 1e6;
        sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
        f.waits.append(ms);
        f.maxWaitMs = std::max(f.maxWaitMs, ms);
        ++f.attempts;
        QThread::msleep(quint64(pauseMs));
    }
    sqlite3_close(db);
    return f;
}

void demoWithProbe(const QString &db, qint64 orders, int pauseMs)
{
    // The store exists first, so the probe does not race the creation of the file.
    if (bench::runCliDemo(db, 0, 1) < 0)
        std::exit(1);
    std::atomic<bool> stop{false};
    ProbeFigures figures;
    std::thread t([&] { figures = probe(db, pauseMs, stop); });
    QElapsedTimer wall;
    wall.start();
    const auto p =
        bench::startCli({QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("demo"),
                         QStringLiteral("demo"), QStringLiteral("--orders"), QString::number(orders)});
    const bool finished = p->waitForFinished(-1) && p->exitCode() == 0;
    const double ms = double(wall.nsecsElapsed()) / 1e6;
    stop = true;
    t.join();
    if (!finished) {
        std::fprintf(stderr, "demo failed: %s\n", p->readAllStandardOutput().constData());
        std::exit(1);
    }
    std::printf("  demo --orders %lld: %.0f ms; probe took the write lock %d times, median wait %.1f ms, "
                "longest %.1f ms\n",
                static_cast<long long>(orders), ms, figures.attempts, bench::median(figures.waits),
                figures.maxWaitMs);
}

QStringList addNewOrders(sd::Workspace &ws, int count)
{
    QSqlDatabase db = storeDatabase(ws).connection();
    sd::WriteTransaction tx(db);
    sd::OrderRepository repo(db);
    const QDateTime paid = ws.clock().nowUtc().addSecs(-3600);
    QStringList ids;
    QString why;
    for (int i = 0; i < count; ++i) {
        sd::Order o;
        o.productOrderNo = QStringLiteral("B%1").arg(i, 15, 10, QLatin1Char('0'));
        o.orderNo = QStringLiteral("C%1").arg(i, 15, 10, QLatin1Char('0'));
        o.channel = sd::Channel::NaverSmartstore;
        o.status = sd::OrderStatus::New;
        o.rawStatus = sd::channelStatusCode(o.channel, o.status);
        o.paidAt = paid;
        o.productName = QStringLiteral("무선 키보드");
        o.quantity = 1;
        o.unitPrice = 35000;
        o.totalAmount = 35000;
        o.dispatchDue = sd::seoulDate(paid).addDays(2);
        o.updatedAt = paid;
        o.contact.buyerName = QStringLiteral("김민수");
        o.contact.buyerPhone = QStringLiteral("010-1234-5678");
        o.contact.recipientName = QStringLiteral("김민수");
        o.contact.recipientPhone1 = QStringLiteral("010-1234-5678");
        o.contact.address = QStringLiteral("서울특별시 강남구 테헤란로 123");
        if (!okOr(repo.insert(o), &why)) {
            std::fprintf(stderr, "insert: %s\n", qPrintable(why));
            std::exit(1);
        }
        ids << o.productOrderNo;
    }
    tx.commit();
    return ids;
}

void check(const sd::BulkReport &r, const char *what)
{
    if (!r.ok()) {
        std::fprintf(stderr, "%s failed: %s\n", what, qPrintable(r.result.message));
        std::exit(1);
    }
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("orders"), QStringLiteral("Demo orders for part 1."),
                      QStringLiteral("N"), QStringLiteral("200000")});
    parser.addOption({QStringLiteral("probe-ms"),
                      QStringLiteral("Pause of the probe between two takes of the write lock."),
                      QStringLiteral("MS"), QStringLiteral("250")});
    parser.addOption({QStringLiteral("base"), QStringLiteral("Demo orders under the bulk actions of part 2."),
                      QStringLiteral("M"), QStringLiteral("100000")});
    parser.process(app);
    QTemporaryDir dir;

    const int pauseMs = parser.value(QStringLiteral("probe-ms")).toInt();
    std::printf("bench_write_lock\n1. the demo beside a writer that takes the lock every %d ms\n", pauseMs);
    demoWithProbe(dir.filePath(QStringLiteral("demo.sqlite")),
                  parser.value(QStringLiteral("orders")).toLongLong(), pauseMs);

    std::printf("2. bulk actions (wall time of one OrderService call = its one write transaction)\n");
    QString error;
    auto ws = keepMessage(&error, [&](sd::Result *r) {
        return sd::Workspace::open(dir.filePath(QStringLiteral("bulk.sqlite")), sd::Clock::system(), false,
                                   r);
    });
    if (!ws) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    const qint64 base = parser.value(QStringLiteral("base")).toLongLong();
    sd::UserSession master;
    if (!sd::DemoStore::createStore(*ws, sd::DemoStore::defaultPassword()).ok() ||
        !sd::AuthService(*ws)
             .login(sd::DemoStore::masterLogin(), sd::DemoStore::defaultPassword(), &master)
             .ok() ||
        !sd::DemoStore::generate(*ws, {base, 7}).ok())
        return 1;
    const QStringList ids = addNewOrders(*ws, 2000);
    sd::OrderService service(*ws, master);
    int from = 0;
    // BulkRun::kStageSize is the most one transaction takes (before that cap, with the same statements,
    // 5,000 orders in one transaction took 1.2-1.6 s and 10,000 took 1.9-2.7 s on the 2-core
    // development machine); bigger calls are staged.
    for (int n : {250, 500, sd::BulkRun::kStageSize}) {
        const QStringList slice = ids.mid(from, n);
        from += n;
        QList<sd::DispatchRequest> requests;
        for (int i = 0; i < slice.size(); ++i)
            requests.append({slice[i], QStringLiteral("CJGLS"),
                             QStringLiteral("7%1").arg(from + i, 11, 10, QLatin1Char('0'))});
        sd::BulkReport r;
        const double dry = bench::timeMs([&] { r = service.confirm(slice, true); });
        check(r, "confirm dry run");
        const double confirm = bench::timeMs([&] { r = service.confirm(slice); });
        check(r, "confirm");
        const double dispatch = bench::timeMs([&] { r = service.dispatchFromFile(requests); });
        check(r, "dispatchFromFile");
        const double deliver = bench::timeMs([&] { r = service.deliver(slice); });
        check(r, "deliver");
        std::printf("  %5d orders: confirm %6.0f ms (dry run %5.0f ms), dispatchFromFile %6.0f ms, "
                    "deliver %6.0f ms\n",
                    n, confirm, dry, dispatch, deliver);
    }
    return 0;
}
