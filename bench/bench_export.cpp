// Exporting the whole orders table, through the real path (OrderTableModel window by window →
// exportOrders → XlsxTableWriter / CsvWriter into a file), beside the anchor: the same rows read with one
// plain SQL query and the same cells written straight with libxlsxwriter (constant memory) or as plain
// CSV lines, timed in the same run. Also prints the peak resident memory.
//
// usage: bench_export --db FILE [--rows N]   (a store made by `sellerdesk-cli demo --orders N`)
// --rows N exports the newest N orders only (a period filter), default all.
#include "bench_support.h"
#include "core/clock.h"
#include "core/seoul_time.h"
#include "core/user_session.h"
#include "models/order_table_model.h"
#include "ui/orders_export.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <cstdio>
#include <sqlite3.h>
#include <xlsxwriter.h>

namespace {

// The anchor: the same columns, rows and cell types, with no model, no masking, no translation.
// Returns the number of rows written.
qint64 rawExport(const QString &dbPath, const QString &out, bool xlsx, qint64 limit)
{
    sqlite3 *db = bench::openRaw(dbPath);
    sqlite3_stmt *st = nullptr;
    sqlite3_prepare_v2(
        db,
        "SELECT o.status, o.paid_at, o.dispatch_due, o.product_order_no, o.order_no, o.channel, "
        "o.product_name, o.option_text, o.quantity, o.total_amount, c.buyer_name, "
        "c.recipient_name, c.recipient_phone1, o.courier_code, o.tracking_no "
        "FROM orders o LEFT JOIN order_contacts c ON c.order_id = o.id "
        "ORDER BY o.paid_at DESC, o.id DESC LIMIT ?",
        -1, &st, nullptr);
    sqlite3_bind_int64(st, 1, limit > 0 ? limit : -1);
    lxw_workbook *wb = nullptr;
    lxw_worksheet *ws = nullptr;
    lxw_format *money = nullptr, *date = nullptr, *time = nullptr;
    FILE *csv = nullptr;
    if (xlsx) {
        lxw_workbook_options options{};
        options.constant_memory = LXW_TRUE;
        options.use_zip64 = LXW_TRUE;
        wb = workbook_new_opt(QFile::encodeName(out).constData(), &options);
        ws = workbook_add_worksheet(wb, "orders");
        money = workbook_add_format(wb);
        format_set_num_format(money, "#,##0\"원\"");
        date = workbook_add_format(wb);
        format_set_num_format(date, "yyyy-mm-dd");
        time = workbook_add_format(wb);
        format_set_num_format(time, "yyyy-mm-dd hh:mm");
        for (int c = 0; c < 16; ++c)
            worksheet_write_string(ws, 0, lxw_col_t(c), "header", nullptr);
    } else {
        csv = std::fopen(QFile::encodeName(out).constData(), "wb");
        std::fputs("\xEF\xBB\xBFheader\n", csv);
    }
    qint64 row = 0;
    while (sqlite3_step(st) == SQLITE_ROW) {
        ++row;
        const auto text = [st](int i) {
            const unsigned char *t = sqlite3_column_text(st, i);
            return t ? reinterpret_cast<const char *>(t) : "";
        };
        const qint64 paid = sqlite3_column_int64(st, 1);
        const QDateTime paidAt = sd::toSeoul(sd::fromEpochMs(paid));
        const QDate due = QDate::fromString(QString::fromUtf8(text(2)), Qt::ISODate);
        if (xlsx) {
            if (row > 1048575)
                continue; // the real path starts a new sheet; the anchor just stops writing cells
            const lxw_row_t r = lxw_row_t(row);
            worksheet_write_string(ws, r, 0, text(0), nullptr);
            lxw_datetime p{paidAt.date().year(), paidAt.date().month(),  paidAt.date().day(),
                           paidAt.time().hour(), paidAt.time().minute(), 0};
            worksheet_write_datetime(ws, r, 1, &p, time);
            lxw_datetime d{due.year(), due.month(), due.day(), 0, 0, 0};
            worksheet_write_datetime(ws, r, 2, &d, date);
            worksheet_write_string(ws, r, 3, "", nullptr); // the risk column
            int col = 4;
            for (int i : {3, 4, 5, 6, 7})
                worksheet_write_string(ws, r, lxw_col_t(col++), text(i), nullptr);
            worksheet_write_number(ws, r, lxw_col_t(col++), double(sqlite3_column_int64(st, 8)), nullptr);
            worksheet_write_number(ws, r, lxw_col_t(col++), double(sqlite3_column_int64(st, 9)), money);
            for (int i : {10, 11, 12, 13, 14})
                worksheet_write_string(ws, r, lxw_col_t(col++), text(i), nullptr);
        } else {
            std::fprintf(csv, "%s,%s,%s,,%s,%s,%s,%s,%s,%lld,%lld,%s,%s,%s,%s,%s\n", text(0),
                         qPrintable(paidAt.toString(QStringLiteral("yyyy-MM-dd HH:mm"))), text(2), text(3),
                         text(4), text(5), text(6), text(7), sqlite3_column_int64(st, 8),
                         sqlite3_column_int64(st, 9), text(10), text(11), text(12), text(13), text(14));
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

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("db"), QStringLiteral("store database"), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("rows"), QStringLiteral("newest N orders only"), QStringLiteral("N")});
    parser.process(app);
    const QString dbPath = parser.value(QStringLiteral("db"));
    if (dbPath.isEmpty() || !QFileInfo::exists(dbPath)) {
        std::fprintf(stderr, "usage: bench_export --db FILE [--rows N]\n");
        return 2;
    }
    const qint64 limit = parser.value(QStringLiteral("rows")).toLongLong();
    QTemporaryDir dir;
    sd::UserSession master;
    master.userId = 1;
    master.role = sd::Role::Master;
    sd::OrderTableModel model(dbPath, master, nullptr, sd::Clock::system());
    model.waitForIdle(60000);
    if (limit > 0 && limit < model.rowCount()) {
        // Keep the newest `limit` orders: a period filter from the paid time of row `limit - 1`.
        model.data(model.index(int(limit) - 1, 0));
        model.waitForIdle(60000);
        sd::OrderFilter f;
        f.paidFrom = sd::seoulDate(model.rowAt(int(limit) - 1)->paidAt);
        model.setFilter(f);
        model.waitForIdle(60000);
    }
    const qint64 rows = model.rowCount();
    QList<int> columns;
    for (int c = 0; c < sd::OrderTableModel::ColumnCount; ++c)
        columns << c;
    std::printf("exporting %lld orders from %s\n", rows, qPrintable(dbPath));

    for (bool xlsx : {true, false}) {
        const QString real = dir.filePath(xlsx ? QStringLiteral("real.xlsx") : QStringLiteral("real.csv"));
        const QString raw = dir.filePath(xlsx ? QStringLiteral("raw.xlsx") : QStringLiteral("raw.csv"));
        QString error;
        bool ok = false;
        const double realMs = bench::timeMs([&] {
            QFile file(real);
            ok = file.open(QIODevice::WriteOnly) &&
                 sd::exportOrders(&model, columns, xlsx ? sd::ExportFormat::Xlsx : sd::ExportFormat::Csv,
                                  &file, &error);
        });
        if (!ok) {
            std::fprintf(stderr, "export failed: %s\n", qPrintable(error));
            return 1;
        }
        qint64 rawRows = 0;
        const double rawMs = bench::timeMs([&] { rawRows = rawExport(dbPath, raw, xlsx, rows); });
        std::printf("%s: SellerDesk export %.1f s (%.1f MiB) | anchor, plain SQL + %s, %lld rows: %.1f s "
                    "(%.1f MiB) | ratio %.2fx\n",
                    xlsx ? "XLSX" : "CSV ", realMs / 1000, QFileInfo(real).size() / 1048576.0,
                    xlsx ? "libxlsxwriter" : "fprintf", rawRows, rawMs / 1000,
                    QFileInfo(raw).size() / 1048576.0, realMs / rawMs);
        std::fflush(stdout);
    }
    std::printf("peak RSS %.0f MiB\n", bench::peakRssMiB());
    return 0;
}
