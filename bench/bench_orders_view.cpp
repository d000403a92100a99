// The orders view on a large database, through the real main window (offscreen):
//   open to first rows visible, jump to the last row, status + date filter, text search, and the
// cases issue 7 names as slow (several statuses, channel + status and its last row, the chips of a
// common search term) (median of 5 runs each), each beside the anchor: a plain `SELECT ... LIMIT 100` on a
// read connection of the same database, timed in the same run. Then the table is scrolled end to end page by
// page and the process's resident memory is printed beside the RSS of the bare process.
//
// usage: bench_orders_view [--db FILE] [--orders N] [--runs 5] [--no-scroll]
// Without --db a demo database of N orders (default 1,000,000) is generated first with sellerdesk-cli.
#include "../tests/result_support.h"
#include "bench_support.h"
#include "core/calendar/clock.h"
#include "core/calendar/seoul_time.h"
#include "models/orders/order_table_model.h"
#include "services/store/workspace.h"
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

double anchorMs(const QString &dbPath)
{
    QString error;
    const QString name = QStringLiteral("bench-anchor");
    QSqlDatabase db =
        keepMessage(&error, [&](sd::Result *r) { return sd::Database::openReadConnection(dbPath, name, r); });
    QList<double> runs;
    for (int i = 0; i < 5; ++i) {
        runs << bench::timeMs([&] {
            QSqlQuery q(db);
            q.setForwardOnly(true);
            q.exec(QStringLiteral(
                "SELECT id, product_order_no, order_no, channel, status, paid_at, product_name, "
                "quantity, total_amount, courier_code, tracking_no, dispatch_due FROM orders "
                "ORDER BY paid_at DESC, id DESC LIMIT 100"));
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

void report(const char *what, const QList<double> &runs, double anchor)
{
    const double m = bench::median(runs);
    std::printf("  %-40s median %7.1f ms   anchor %6.2f ms   ratio %6.1fx   %s\n", what, m, anchor,
                m / anchor, m <= 100.0 ? "(<= 100 ms: ok)" : "(> 100 ms: OVER TARGET)");
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
    parser.process(app);

    QTemporaryDir dir;
    QString dbPath = parser.value(QStringLiteral("db"));
    if (dbPath.isEmpty()) {
        dbPath = dir.filePath(QStringLiteral("orders.sqlite"));
        const qint64 n = parser.value(QStringLiteral("orders")).toLongLong();
        std::printf("generating %lld demo orders...\n", static_cast<long long>(n));
        if (bench::runCliDemo(dbPath, n, 1) < 0)
            return 1;
    } else if (!QFileInfo::exists(dbPath)) {
        std::fprintf(stderr, "no database at %s\n", qPrintable(dbPath));
        return 1;
    }
    const int runs = qMax(1, parser.value(QStringLiteral("runs")).toInt());

    QString error;
    auto workspace = keepMessage(
        &error, [&](sd::Result *r) { return sd::Workspace::open(dbPath, sd::Clock::system(), false, r); });
    if (!workspace) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    const sd::UserSession master{1, QStringLiteral("demo"), QStringLiteral("demo"), sd::Role::Master};
    const QDate today = sd::seoulDate(QDateTime::currentDateTimeUtc());

    QList<double> open, jump, filter, filterChips, search, searchChips;
    QList<double> statuses, statusesChips, channelStatus, channelStatusChips, channelStatusEnd, common,
        commonChips;
    // A new filter resets the model when its count arrives; the rows are visible once the rows on
    // screen are loaded. The status chips are counted after that and may come later.
    bool resetSeen = false;
    sd::OrderTableModel *model = nullptr;
    QTableView *view = nullptr;
    auto applyFilter = [&](const sd::OrderFilter &f, QList<double> &rowsMs, QList<double> &chipsMs) {
        resetSeen = false;
        QElapsedTimer t;
        t.start();
        model->setFilter(f);
        waitFor([&] { return resetSeen && visibleRowsLoaded(view, model); });
        rowsMs << double(t.nsecsElapsed()) / 1e6;
        waitFor([&] { return !model->isLoading(); });
        chipsMs << double(t.nsecsElapsed()) / 1e6;
    };
    qint64 total = 0, filtered = 0, found = 0;
    std::unique_ptr<sd::MainWindow> window;
    for (int run = 0; run < runs; ++run) {
        window.reset();
        open << bench::timeMs([&] {
            window = std::make_unique<sd::MainWindow>(*workspace, master);
            window->resize(1400, 900);
            window->show();
            view = window->findChild<QTableView *>();
            model = view ? qobject_cast<sd::OrderTableModel *>(view->model()) : nullptr;
            if (!model) {
                std::fprintf(stderr, "the main window has no orders table\n");
                std::exit(1);
            }
            QObject::connect(model, &QAbstractItemModel::modelReset, model, [&] { resetSeen = true; });
            waitFor([&] { return model->rowCount() > 0 && visibleRowsLoaded(view, model); });
        });
        total = model->rowCount();
        jump << bench::timeMs([&] {
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
        filtered = model->rowCount();
        {
            sd::OrderFilter f;
            f.search = QStringLiteral("김민");
            applyFilter(f, search, searchChips);
        }
        found = model->rowCount();
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
            channelStatusEnd << bench::timeMs([&] {
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
        model->setFilter({});
        waitFor([&] { return !model->isLoading() && visibleRowsLoaded(view, model); });
    }
    const double anchor = anchorMs(dbPath);
    std::printf("bench_orders_view: %lld orders in %s\n", static_cast<long long>(total), qPrintable(dbPath));
    report("open to first rows visible", open, anchor);
    report("jump to the last row", jump, anchor);
    std::printf("  (status 구매확정 + paid 60..30 days ago: %lld rows; search \"김민\": %lld rows)\n",
                static_cast<long long>(filtered), static_cast<long long>(found));
    report("status + date filter: rows visible", filter, anchor);
    report("  ... and status chips updated", filterChips, anchor);
    report("text search: rows visible", search, anchor);
    report("  ... and status chips updated", searchChips, anchor);
    report("statuses 배송완료,구매확정: rows visible", statuses, anchor);
    report("  ... and status chips updated", statusesChips, anchor);
    report("channel + status: rows visible", channelStatus, anchor);
    report("  ... and status chips updated", channelStatusChips, anchor);
    report("  ... jump to its last row", channelStatusEnd, anchor);
    report("common search \"데일\": rows visible", common, anchor);
    report("  ... and status chips updated", commonChips, anchor);

    if (!parser.isSet(QStringLiteral("no-scroll"))) {
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
    return 0;
}
