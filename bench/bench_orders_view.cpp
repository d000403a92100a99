// The orders view on a large database, through the real main window (offscreen):
//   open to first rows visible, jump to the last row, status + date filter, text search, and the
// cases issue 7 names as slow (several statuses, channel + status and its last row, the chips of a
// common search term: "데일", about a sixth of the orders, and "2026", every order) (median of 5 runs
// each), each beside the anchor: a plain `SELECT ... LIMIT 100` on a read connection of the same
// database, timed in the same run. Sorting by a column without an index (상품명: a rank of the ids, built on
// the loader's thread; target <= 1 s) and by one with an index (금액) are printed beside a second anchor:
// SQLite's own `ORDER BY product_name, id LIMIT 200` over the whole table (what a plain SQL browser runs
// for its first page), timed in the same run. Then the table is scrolled end to end page by page and the process's
// resident memory is printed beside the RSS of the bare process.
//
// usage: bench_orders_view [--db FILE] [--orders N] [--runs 5] [--no-scroll]
//        bench_orders_view --growth [--small-db FILE] [--db FILE] [--small-orders N] [--orders N]
// Without --db a demo database of N orders (default 1,000,000) is generated first with sellerdesk-cli
// (--small-db: 100,000). --growth measures both stores in one run and prints every figure of both with
// its growth, large / small (target <= 1.5x).
#include "../tests/result_support.h"
#include "bench_support.h"
#include "core/calendar/clock.h"
#include "core/calendar/seoul_time.h"
#include "models/orders/order_table_model.h"
#include "services/common/table_listing.h"
#include "services/store/settings.h"
#include "services/store/workspace.h"
#include "core/table/table_orders.h"
#include "storage/common/database.h"
#include "ui/common/main_window.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHeaderView>
#include <QScrollBar>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <cstdio>
#include <ctime>

namespace {

bool waitFor(const std::function<bool()> &done, int timeoutMs = 60000)
{
    QDeadlineTimer deadline(timeoutMs);
    QTimer tick; // wakes the loop so the deadline is seen even when nothing arrives
    tick.start(20);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    }
    return true;
}

// The rows the view shows right now are loaded.
bool visibleRowsLoaded(QTableView *view, sd::OrderTableModel *model)
{
    if (model->rowCount() == 0)
        return !model->isLoading();
    const int first = qMax(0, view->rowAt(0));
    int last = view->rowAt(view->viewport()->height() - 1);
    if (last < 0)
        last = model->rowCount() - 1;
    return model->rowAt(first).has_value() && model->rowAt(last).has_value();
}

// CPU time of the whole process (the GUI thread and the grid's loader thread), in ms: a shared
// machine stretches wall times, CPU times much less.
double processCpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

// Wall and process CPU ms of each run of one figure.
struct Samples
{
    QList<double> wall, cpu;
    void add(double wallMs, double cpuMs)
    {
        wall << wallMs;
        cpu << cpuMs;
    }
};

// Times fn into `s`.
void timed(Samples &s, const std::function<void()> &fn)
{
    const double cpu = processCpuMs();
    const double wall = bench::timeMs(fn);
    s.add(wall, processCpuMs() - cpu);
}

// The median of `runs` runs of one plain SQL read of the orders' grid columns, `tail` after FROM orders:
// what SQLite alone takes, the anchor every figure is printed beside.
double sqlAnchorMs(const QString &dbPath, const QString &tail, int runsWanted)
{
    QString error;
    const QString name = QStringLiteral("bench-anchor");
    QSqlDatabase db =
        keepMessage(&error, [&](sd::Result *r) { return sd::Database::openReadConnection(dbPath, name, r); });
    QList<double> runs;
    for (int i = 0; i < runsWanted; ++i) {
        runs << bench::timeMs([&] {
            QSqlQuery q(db);
            q.setForwardOnly(true);
            q.exec(QStringLiteral("SELECT id, product_order_no, order_no, channel, status, paid_at, product_name, "
                                  "quantity, total_amount, courier_code, tracking_no, dispatch_due FROM orders ") +
                   tail);
            int n = 0;
            while (q.next())
                ++n;
            Q_ASSERT(n > 0);
        });
    }
    db = QSqlDatabase();
    sd::Database::closeConnection(name);
    return bench::median(runs);
}

// One window of the default sort (paid_at DESC, its index).
double anchorMs(const QString &dbPath)
{
    return sqlAnchorMs(dbPath, QStringLiteral("ORDER BY paid_at DESC, id DESC LIMIT 100"), 5);
}

struct Figure
{
    QString what;
    double ms = 0;
    double cpuMs = 0;
    double firstMs = 0; // the first run: a new window, its connection's caches empty
    double targetMs = 100;
    bool sortAnchor = false; // beside the ORDER BY anchor, not the LIMIT 100 one
};

struct Measured
{
    qint64 total = 0, filtered = 0, found = 0, common = 0;
    double anchor = 0;
    double sortAnchor = 0;
    QList<Figure> figures;
};

void report(const Figure &f, double anchor)
{
    std::printf("  %-40s median %7.1f ms (cpu %6.1f, 1st run %7.1f)   anchor %6.2f ms   ratio %6.1fx   (%s %.0f ms: %s)\n",
                qPrintable(f.what), f.ms, f.cpuMs, f.firstMs, anchor, f.ms / anchor,
                f.ms <= f.targetMs ? "<=" : ">", f.targetMs, f.ms <= f.targetMs ? "ok" : "OVER TARGET");
}

// SQLite sorting the whole table for one page: ORDER BY a column without an index, LIMIT 200.
double sortAnchorMs(const QString &dbPath)
{
    return sqlAnchorMs(dbPath, QStringLiteral("ORDER BY product_name, id LIMIT 200"), 3);
}

QString generated(QTemporaryDir &dir, const QString &name, qint64 n)
{
    const QString path = dir.filePath(name);
    std::printf("generating %lld demo orders...\n", static_cast<long long>(n));
    std::fflush(stdout);
    if (bench::runCliDemo(path, n, 1) < 0)
        std::exit(1);
    return path;
}

// Every figure on one store, through a main window of its own, `runs` times each (medians).
Measured measure(const QString &dbPath, int runs, bool scroll, double bareRss)
{
    QString error;
    auto workspace = keepMessage(
        &error, [&](sd::Result *r) { return sd::Workspace::open(dbPath, sd::Clock::system(), false, r); });
    if (!workspace) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        std::exit(1);
    }
    const sd::UserSession master{1, QStringLiteral("demo"), QStringLiteral("demo"), sd::Role::Master};
    // The daily automatic backup starts with the first window on a worker of this process: a million
    // orders take it ~30 s of CPU, which the process CPU figures below would count. Off for the run
    // (the setting is put back at the end).
    const QString autoBackup = workspace->settings().value(sd::Settings::Key::AutoBackup);
    if (autoBackup != QLatin1String("0"))
        workspace->settings().set(master, sd::Settings::Key::AutoBackup, QStringLiteral("0"),
                                  QDateTime::currentDateTimeUtc());
    const QDate today = sd::seoulDate(QDateTime::currentDateTimeUtc());

    Samples open, jump, filter, filterChips, search, searchChips;
    Samples statuses, statusesChips, channelStatus, channelStatusChips, channelStatusEnd, common, commonChips,
        every, everyChips, sortProduct, sortAmount;
    // A new filter resets the model when its count arrives; the rows are visible once the rows on
    // screen are loaded. The status chips are counted after that and may come later.
    bool resetSeen = false;
    sd::OrderTableModel *model = nullptr;
    QTableView *view = nullptr;
    auto applyFilter = [&](const sd::OrderFilter &f, Samples &rowsMs, Samples &chipsMs) {
        resetSeen = false;
        QElapsedTimer t;
        const double cpu = processCpuMs();
        t.start();
        model->setFilter(f);
        waitFor([&] { return resetSeen && visibleRowsLoaded(view, model); });
        rowsMs.add(double(t.nsecsElapsed()) / 1e6, processCpuMs() - cpu);
        waitFor([&] { return !model->isLoading(); });
        chipsMs.add(double(t.nsecsElapsed()) / 1e6, processCpuMs() - cpu);
    };
    Measured m;
    std::unique_ptr<sd::MainWindow> window;
    for (int run = 0; run < runs; ++run) {
        window.reset();
        timed(open, [&] {
            window = std::make_unique<sd::MainWindow>(*workspace, master);
            window->resize(1400, 900);
            window->show();
            model = nullptr;
            for (QTableView *v : window->findChildren<QTableView *>()) { // the tab host has several tables
                view = v;
                if ((model = qobject_cast<sd::OrderTableModel *>(v->model())))
                    break;
            }
            if (!model) {
                std::fprintf(stderr, "the main window has no orders table\n");
                std::exit(1);
            }
            QObject::connect(model, &QAbstractItemModel::modelReset, model, [&] { resetSeen = true; });
            waitFor([&] { return model->rowCount() > 0 && visibleRowsLoaded(view, model); });
        });
        m.total = model->rowCount();
        timed(jump, [&] {
            view->scrollToBottom();
            waitFor([&] {
                return visibleRowsLoaded(view, model) && model->rowAt(model->rowCount() - 1).has_value();
            });
        });
        view->scrollToTop();
        waitFor([&] { return visibleRowsLoaded(view, model); });
        {
            sd::OrderFilter f;
            f.statuses = {sd::OrderStatus::Decided};
            f.paidFrom = today.addDays(-60);
            f.paidTo = today.addDays(-30);
            applyFilter(f, filter, filterChips);
        }
        m.filtered = model->rowCount();
        {
            sd::OrderFilter f;
            f.search = QStringLiteral("김민");
            applyFilter(f, search, searchChips);
        }
        m.found = model->rowCount();
        {
            sd::OrderFilter f;
            f.statuses = {sd::OrderStatus::Delivered, sd::OrderStatus::Decided};
            applyFilter(f, statuses, statusesChips);
        }
        {
            sd::OrderFilter f;
            f.channel = sd::Channel::NaverSmartstore;
            f.statuses = {sd::OrderStatus::Decided};
            applyFilter(f, channelStatus, channelStatusChips);
            timed(channelStatusEnd, [&] {
                view->scrollToBottom();
                waitFor([&] {
                    return visibleRowsLoaded(view, model) && model->rowAt(model->rowCount() - 1).has_value();
                });
            });
            view->scrollToTop();
        }
        {
            sd::OrderFilter f;
            f.search = QStringLiteral("데일");
            applyFilter(f, common, commonChips);
        }
        m.common = model->rowCount();
        {
            sd::OrderFilter f;
            f.search = QStringLiteral("2026");
            applyFilter(f, every, everyChips);
        }
        model->setFilter({});
        waitFor([&] { return !model->isLoading() && visibleRowsLoaded(view, model); });
        // Sorting every order: the rows on screen are replaced when the sorted ones arrive.
        auto applySort = [&](int column, Qt::SortOrder order, Samples &s) {
            resetSeen = false;
            QElapsedTimer t;
            const double cpu = processCpuMs();
            t.start();
            model->sort(column, order);
            waitFor([&] {
                return model->shownSort() == model->tableSort() && resetSeen && visibleRowsLoaded(view, model);
            });
            s.add(double(t.nsecsElapsed()) / 1e6, processCpuMs() - cpu);
        };
        applySort(sd::OrderTableModel::Product, run % 2 ? Qt::DescendingOrder : Qt::AscendingOrder, sortProduct);
        applySort(sd::OrderTableModel::Amount, run % 2 ? Qt::AscendingOrder : Qt::DescendingOrder, sortAmount);
        model->sort(sd::OrderTableModel::PaidAt, Qt::DescendingOrder);
        waitFor([&] { return !model->isLoading() && visibleRowsLoaded(view, model); });
    }
    m.anchor = anchorMs(dbPath);
    m.sortAnchor = sortAnchorMs(dbPath);
    auto add = [&](const char *what, const Samples &runs) {
        m.figures << Figure{QString::fromUtf8(what), bench::median(runs.wall), bench::median(runs.cpu),
                            runs.wall.first()};
    };
    add("open to first rows visible", open);
    add("jump to the last row", jump);
    add("status + date filter: rows visible", filter);
    add("  ... and status chips updated", filterChips);
    add("text search: rows visible", search);
    add("  ... and status chips updated", searchChips);
    add("statuses 배송완료,구매확정: rows visible", statuses);
    add("  ... and status chips updated", statusesChips);
    add("channel + status: rows visible", channelStatus);
    add("  ... and status chips updated", channelStatusChips);
    add("  ... jump to its last row", channelStatusEnd);
    add("common search \"데일\": rows visible", common);
    add("  ... and status chips updated", commonChips);
    add("search \"2026\" (every order): rows visible", every);
    add("  ... and status chips updated", everyChips);
    // The 지연 위험 chip and the deadline counters (오늘 발송 마감, 기한 초과, 발송지연 안내 중): each one
    // count on the grid loader's path (TableListing::optionCounts), on a read connection of its own,
    // with nothing cached (the loader counts them with the chips after every change).
    QStringList counterSizes;
    {
        const QString name = QStringLiteral("bench-counters");
        QSqlDatabase db = keepMessage(
            &error, [&](sd::Result *r) { return sd::Database::openReadConnection(dbPath, name, r); });
        {
            sd::Result opened;
            const auto listing = sd::TableListing::open(db, QStringLiteral("orders"), master, &opened);
            if (!listing) {
                std::fprintf(stderr, "%s\n", qPrintable(opened.message));
                std::exit(1);
            }
            const QVariantMap options = sd::countedOrderOptions(today, workspace->calendar());
            for (auto it = options.cbegin(); it != options.cend(); ++it) {
                Samples counter;
                qint64 n = -1;
                for (int run = 0; run < runs; ++run) {
                    timed(counter, [&] {
                        listing->invalidate();
                        n = listing->optionCounts(sd::TableFilter(), {{it.key(), it.value()}}).value(it.key(), -1);
                    });
                }
                add(qPrintable(QStringLiteral("counter %1 (one count)").arg(it.key())), counter);
                counterSizes << QStringLiteral("%1: %2").arg(it.key()).arg(n);
            }
        }
        db = QSqlDatabase();
        sd::Database::closeConnection(name);
    }
    add("sort by 상품명 (no index: a rank)", sortProduct);
    m.figures.last().targetMs = 1000;
    m.figures.last().sortAnchor = true;
    add("sort by 금액 (its index)", sortAmount);
    m.figures.last().sortAnchor = true;

    std::printf("bench_orders_view: %lld orders in %s\n", static_cast<long long>(m.total),
                qPrintable(dbPath));
    std::printf("  (status 구매확정 + paid 60..30 days ago: %lld rows; search \"김민\": %lld rows; \"데일\": "
                "%lld rows)\n",
                static_cast<long long>(m.filtered), static_cast<long long>(m.found),
                static_cast<long long>(m.common));
    std::printf("  (counted: %s)\n", qPrintable(counterSizes.join(QStringLiteral(", "))));
    for (const Figure &f : std::as_const(m.figures)) {
        if (f.sortAnchor && &f == &m.figures.at(m.figures.size() - 2))
            std::printf("  sorts, beside SQLite's ORDER BY product_name, id LIMIT 200 over every order:\n");
        report(f, f.sortAnchor ? m.sortAnchor : m.anchor);
    }

    if (scroll) {
        QScrollBar *bar = view->verticalScrollBar();
        const double scrollMs = bench::timeMs([&] {
            for (int v = 0; v <= bar->maximum(); v += bar->pageStep()) {
                bar->setValue(v);
                waitFor([&] { return visibleRowsLoaded(view, model); });
            }
            bar->setValue(bar->maximum());
            waitFor([&] { return visibleRowsLoaded(view, model); });
        });
        std::printf("  scrolled end to end page by page in %.1f s (%d windows cached at the end)\n",
                    scrollMs / 1000, model->cachedWindowCount());
        std::printf(
            "  memory: RSS %.0f MiB, peak %.0f MiB (target <= 200 MB); anchor: bare QApplication %.0f MiB\n",
            bench::rssMiB(), bench::peakRssMiB(), bareRss);
    }
    window.reset();
    if (autoBackup != QLatin1String("0"))
        workspace->settings().set(master, sd::Settings::Key::AutoBackup, autoBackup,
                                  QDateTime::currentDateTimeUtc());
    std::fflush(stdout);
    return m;
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM",
            qgetenv("QT_QPA_PLATFORM").isEmpty() ? QByteArray("offscreen") : qgetenv("QT_QPA_PLATFORM"));
    QApplication app(argc, argv);
    const double bareRss = bench::rssMiB();
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("db"), QStringLiteral("Existing database."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("orders"), QStringLiteral("Orders to generate without --db."),
                      QStringLiteral("N"), QStringLiteral("1000000")});
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Runs per figure."), QStringLiteral("N"),
                      QStringLiteral("5")});
    parser.addOption({QStringLiteral("no-scroll"), QStringLiteral("Skip the end-to-end scroll.")});
    parser.addOption(
        {QStringLiteral("growth"),
         QStringLiteral("Measure a small and a large store and print the growth of each figure.")});
    parser.addOption({QStringLiteral("small-db"), QStringLiteral("Existing small database (--growth)."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("small-orders"),
                      QStringLiteral("Orders to generate without --small-db (--growth)."),
                      QStringLiteral("N"), QStringLiteral("100000")});
    parser.process(app);

    QTemporaryDir dir;
    auto store = [&](const char *option, const char *orders, const char *name) {
        QString path = parser.value(QLatin1String(option));
        if (path.isEmpty())
            return generated(dir, QLatin1String(name), parser.value(QLatin1String(orders)).toLongLong());
        if (!QFileInfo::exists(path)) {
            std::fprintf(stderr, "no database at %s\n", qPrintable(path));
            std::exit(1);
        }
        return path;
    };
    const int runs = qMax(1, parser.value(QStringLiteral("runs")).toInt());
    const bool scroll = !parser.isSet(QStringLiteral("no-scroll"));
    if (!parser.isSet(QStringLiteral("growth"))) {
        measure(store("db", "orders", "orders.sqlite"), runs, scroll, bareRss);
        return 0;
    }
    const QString smallDb = store("small-db", "small-orders", "small.sqlite");
    const QString largeDb = store("db", "orders", "large.sqlite");
    const Measured small = measure(smallDb, runs, false, bareRss);
    const Measured large = measure(largeDb, runs, false, bareRss);
    std::printf(
        "growth: %lld -> %lld orders (target: every figure <= 1.5x); anchors %.2f -> %.2f ms (%.2fx)\n",
        static_cast<long long>(small.total), static_cast<long long>(large.total), small.anchor, large.anchor,
        large.anchor / small.anchor);
    for (qsizetype i = 0; i < large.figures.size(); ++i) {
        const double a = small.figures.at(i).ms, b = large.figures.at(i).ms;
        const double ca = small.figures.at(i).cpuMs, cb = large.figures.at(i).cpuMs;
        std::printf("  %-40s %7.1f ms -> %7.1f ms   growth %5.2fx   %-22s cpu %6.1f -> %6.1f ms (%5.2fx)\n",
                    qPrintable(large.figures.at(i).what), a, b, b / a,
                    b / a <= 1.5 ? "(<= 1.5x: ok)" : "(> 1.5x: OVER TARGET)", ca, cb, cb / ca);
    }
    return 0;
}
