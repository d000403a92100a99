// Exporting the whole orders table through the export service (ExportService → TableStream →
// CsvWriter / XlsxTableWriter, on its worker thread, started the way the GUI starts it with
// runExportWithProgress), beside the anchors measured in the same run: the same rows and cells read
// with one plain SQL query and written straight with libxlsxwriter (constant memory) or fprintf.
// Each export runs in a child process of its own, so each peak RSS (VmHWM) is that export's alone.
// While the service exports, a 10 ms QTimer ticks on the GUI thread; the longest gap between two
// ticks says whether the window would stay responsive.
//
// usage: bench_export [N] [--db FILE]
// Without --db a demo store of N orders (default 1,000,000) is generated first with sellerdesk-cli;
// with --db that store is exported as it is (N is ignored).
#include "../tests/result_support.h"
#include "bench_support.h"
#include "core/access/user_session.h"
#include "core/calendar/clock.h"
#include "core/table/table_orders.h"
#include "services/store/workspace.h"
#include "ui/common/export_progress.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>
#include <cstdio>
#include <sqlite3.h>
#include <xlsxwriter.h>

namespace {

// The anchor: the same 21 columns, rows and cell types as the service's file, with no service, no
// masking, no translation (codes instead of labels, an empty risk column).
qint64 rawExport(const QString &dbPath, const QString &out, bool xlsx)
{
    sqlite3 *db = bench::openRaw(dbPath);
    sqlite3_stmt *st = nullptr;
    sqlite3_prepare_v2(
        db,
        "SELECT o.status, o.paid_at, o.dispatch_due, o.product_order_no, o.order_no, o.channel, "
        "o.product_name, o.option_text, o.quantity, o.total_amount, c.buyer_name, "
        "c.recipient_name, c.recipient_phone1, o.courier_code, o.tracking_no, c.recipient_phone2, "
        "c.postcode, c.address, c.address_detail, c.delivery_message "
        "FROM orders o LEFT JOIN order_contacts c ON c.order_id = o.id "
        "ORDER BY o.paid_at DESC, o.id DESC",
        -1, &st, nullptr);
    lxw_workbook *wb = nullptr;
    lxw_worksheet *ws = nullptr;
    lxw_format *money = nullptr, *date = nullptr, *time = nullptr, *count = nullptr;
    FILE *csv = nullptr;
    if (xlsx) {
        lxw_workbook_options options{};
        options.constant_memory = LXW_TRUE;
        options.use_zip64 = LXW_TRUE;
        wb = workbook_new_opt(QFile::encodeName(out).constData(), &options);
        ws = workbook_add_worksheet(wb, "orders");
        money = workbook_add_format(wb);
        format_set_num_format(money, "#,##0\"원\"");
        count = workbook_add_format(wb);
        format_set_num_format(count, "#,##0");
        date = workbook_add_format(wb);
        format_set_num_format(date, "yyyy-mm-dd");
        time = workbook_add_format(wb);
        format_set_num_format(time, "yyyy-mm-dd hh:mm");
        for (int c = 0; c < 21; ++c)
            worksheet_write_string(ws, 0, lxw_col_t(c), "header", nullptr);
    } else {
        csv = std::fopen(QFile::encodeName(out).constData(), "wb");
        std::fputs("\xEF\xBB\xBFheader\r\n", csv);
    }
    qint64 row = 0;
    while (sqlite3_step(st) == SQLITE_ROW) {
        ++row;
        const auto text = [st](int i) {
            const unsigned char *t = sqlite3_column_text(st, i);
            return t ? reinterpret_cast<const char *>(t) : "";
        };
        // Seoul is UTC+9: the same arithmetic any fast exporter would use.
        const qint64 secs = sqlite3_column_int64(st, 1) / 1000 + 9 * 3600;
        const QDate day = QDate(1970, 1, 1).addDays(secs / 86400);
        const int sod = int(secs % 86400);
        const char *due = text(2);
        if (xlsx) {
            if (row > 1048575)
                continue;
            const lxw_row_t r = lxw_row_t(row);
            worksheet_write_string(ws, r, 0, text(0), nullptr);
            lxw_datetime p{day.year(), day.month(), day.day(), sod / 3600, sod / 60 % 60, double(sod % 60)};
            worksheet_write_datetime(ws, r, 1, &p, time);
            if (*due) {
                lxw_datetime d{std::atoi(due), std::atoi(due + 5), std::atoi(due + 8), 0, 0, 0};
                worksheet_write_datetime(ws, r, 2, &d, date);
            }
            int col = 4; // column 3 is the (empty) risk column
            for (int i : {3, 4, 5, 6, 7})
                worksheet_write_string(ws, r, lxw_col_t(col++), text(i), nullptr);
            worksheet_write_number(ws, r, lxw_col_t(col++), double(sqlite3_column_int64(st, 8)), count);
            worksheet_write_number(ws, r, lxw_col_t(col++), double(sqlite3_column_int64(st, 9)), money);
            for (int i : {10, 11, 12, 13, 14, 15, 16, 17, 18, 19})
                if (*text(i))
                    worksheet_write_string(ws, r, lxw_col_t(col++), text(i), nullptr);
                else
                    ++col;
        } else {
            std::fprintf(
                csv,
                "%s,%04d-%02d-%02d %02d:%02d,%s,,%s,%s,%s,%s,%s,%lld,%lld,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s\r\n",
                text(0), day.year(), day.month(), day.day(), sod / 3600, sod / 60 % 60, due, text(3), text(4),
                text(5), text(6), text(7), sqlite3_column_int64(st, 8), sqlite3_column_int64(st, 9), text(10),
                text(11), text(12), text(13), text(14), text(15), text(16), text(17), text(18), text(19));
        }
    }
    sqlite3_finalize(st);
    if (xlsx)
        workbook_close(wb);
    else
        std::fclose(csv);
    sqlite3_close(db);
    return row;
}

// One export in this (child) process; prints "ms rows gap_ms rss_mib".
int child(const QString &what, const QString &dbPath, const QString &out)
{
    double ms = 0;
    qint64 rows = 0;
    double gap = 0;
    if (what.startsWith(QLatin1String("anchor"))) {
        ms = bench::timeMs([&] { rows = rawExport(dbPath, out, what == QLatin1String("anchor-xlsx")); });
    } else {
        QString error;
        const std::unique_ptr<sd::Workspace> ws = keepMessage(&error, [&](sd::Result *r) {
            return sd::Workspace::open(dbPath, sd::Clock::system(), false, r);
        });
        if (!ws) {
            std::fprintf(stderr, "cannot open %s: %s\n", qPrintable(dbPath), qPrintable(error));
            return 1;
        }
        sd::UserSession master;
        master.userId = 1;
        master.role = sd::Role::Master;
        sd::ExportRequest request;
        request.table = sd::ordersTable().id;
        request.format =
            what == QLatin1String("service-xlsx") ? sd::ExportFormat::Xlsx : sd::ExportFormat::Csv;
        request.file = out;
        // The GUI thread's timer: the longest time between two ticks while the export runs.
        QElapsedTimer sinceTick;
        QTimer tick;
        tick.setInterval(10);
        QObject::connect(&tick, &QTimer::timeout, [&] {
            gap = std::max(gap, double(sinceTick.nsecsElapsed()) / 1e6);
            sinceTick.restart();
        });
        sd::Result result;
        ms = bench::timeMs([&] {
            sinceTick.start();
            tick.start();
            result =
                sd::runExportWithProgress(nullptr, *ws, master, request, QStringLiteral("Exporting orders…"));
            tick.stop();
        });
        if (!result.ok()) {
            std::fprintf(stderr, "export failed: %s\n", qPrintable(result.message));
            return 1;
        }
        rows = -1; // counted by the parent from the anchor
    }
    std::printf("%.1f %lld %.1f %.1f\n", ms, rows, gap, bench::peakRssMiB());
    return 0;
}

struct Run
{
    double ms = 0;
    qint64 rows = 0;
    double gap = 0;
    double rss = 0;
    bool ok = false;
};

Run runChild(const QString &what, const QString &db, const QString &out)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    p.start(QCoreApplication::applicationFilePath(),
            {QStringLiteral("--child"), what, QStringLiteral("--db"), db, QStringLiteral("--out"), out});
    Run r;
    if (!p.waitForFinished(-1) || p.exitCode() != 0)
        return r;
    const QList<QByteArray> f = p.readAllStandardOutput().trimmed().split(' ');
    if (f.size() != 4)
        return r;
    r = {f[0].toDouble(), f[1].toLongLong(), f[2].toDouble(), f[3].toDouble(), true};
    return r;
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("N"), QStringLiteral("orders (default 1000000)"));
    parser.addOption({QStringLiteral("db"), QStringLiteral("an existing store"), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("child"), QStringLiteral("internal"), QStringLiteral("WHAT")});
    parser.addOption({QStringLiteral("out"), QStringLiteral("internal"), QStringLiteral("FILE")});
    parser.process(app);
    if (parser.isSet(QStringLiteral("child")))
        return child(parser.value(QStringLiteral("child")), parser.value(QStringLiteral("db")),
                     parser.value(QStringLiteral("out")));

    QTemporaryDir dir;
    QString dbPath = parser.value(QStringLiteral("db"));
    if (dbPath.isEmpty()) {
        const qint64 n = parser.positionalArguments().value(0, QStringLiteral("1000000")).toLongLong();
        dbPath = dir.filePath(QStringLiteral("bench.sqlite"));
        std::printf("generating a demo store of %lld orders…\n", n);
        std::fflush(stdout);
        if (bench::runCliDemo(dbPath, n, 42) < 0)
            return 1;
    } else if (!QFileInfo::exists(dbPath)) {
        std::fprintf(stderr, "usage: bench_export [N] [--db FILE]\n");
        return 2;
    }
    std::printf("exporting every order of %s (21 columns, the courier label fields included)\n",
                qPrintable(dbPath));
    // Warm the page cache once, so the first measured export does not pay for the disk.
    runChild(QStringLiteral("anchor-csv"), dbPath, dir.filePath(QStringLiteral("warm.csv")));
    QFile::remove(dir.filePath(QStringLiteral("warm.csv")));

    bool ok = true;
    for (bool xlsx : {true, false}) {
        const QString ext = xlsx ? QStringLiteral("xlsx") : QStringLiteral("csv");
        const QString real = dir.filePath(QStringLiteral("service.") + ext);
        const QString raw = dir.filePath(QStringLiteral("anchor.") + ext);
        const Run anchor = runChild(QStringLiteral("anchor-") + ext, dbPath, raw);
        const Run service = runChild(QStringLiteral("service-") + ext, dbPath, real);
        if (!anchor.ok || !service.ok) {
            std::fprintf(stderr, "%s export failed\n", qPrintable(ext));
            ok = false;
            continue;
        }
        std::printf(
            "%s: export service %.1f s (%.1f MiB, peak RSS %.0f MiB, longest GUI timer gap %.0f ms) | "
            "anchor, plain SQL + %s, %lld rows: %.1f s (%.1f MiB, peak RSS %.0f MiB) | ratio %.2fx\n",
            xlsx ? "XLSX" : "CSV ", service.ms / 1000, QFileInfo(real).size() / 1048576.0, service.rss,
            service.gap, xlsx ? "libxlsxwriter" : "fprintf", anchor.rows, anchor.ms / 1000,
            QFileInfo(raw).size() / 1048576.0, anchor.rss, service.ms / anchor.ms);
        std::fflush(stdout);
        QFile::remove(real);
        QFile::remove(raw);
    }
    return ok ? 0 : 1;
}
