#include "io/formats/table_reader.h"
#include "naver_download.h"
#include "services/common/export_service.h"
#include "core/table/table_orders.h"
#include "services/orders/dispatch_import.h"
#include "storage/orders/order_repository.h"
#include "test_support.h"
#include "xlsx_fixture.h"

#include <QFile>
#include <QFileInfo>
#include <QStringEncoder>
#include <QTest>

using namespace sd;
using namespace sd::test;

namespace {

// The Naver upload layout: a notice on row 1, the header on row 2.
QByteArray csvFile(const QStringList &rows)
{
    QString text = QStringLiteral("※ 엑셀 일괄발송 양식입니다. 파일 업로드 시, 1행 삭제 후 업로드\r\n"
                                  "상품주문번호,배송방법,택배사,송장번호\r\n");
    for (const QString &r : rows)
        text += r + QStringLiteral("\r\n");
    return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
}

// An .xlsx made by libxlsxwriter, the tracking number stored as a number as Excel does when typed.
QByteArray xlsxFile(const QTemporaryDir &dir, const QList<std::tuple<QString, QString, double>> &rows)
{
    return writeWorkbook(dir, [&](lxw_workbook *wb) {
        lxw_worksheet *ws = workbook_add_worksheet(wb, "발송처리");
        const char *headers[] = {"상품주문번호", "배송방법", "택배사", "송장번호"};
        for (int c = 0; c < 4; ++c)
            worksheet_write_string(ws, 0, lxw_col_t(c), headers[c], nullptr);
        for (int r = 0; r < rows.size(); ++r) {
            const auto &[id, courier, tracking] = rows[r];
            worksheet_write_string(ws, lxw_row_t(r + 1), 0, id.toUtf8().constData(), nullptr);
            worksheet_write_string(ws, lxw_row_t(r + 1), 1, "택배,등기,소포", nullptr);
            worksheet_write_string(ws, lxw_row_t(r + 1), 2, courier.toUtf8().constData(), nullptr);
            worksheet_write_number(ws, lxw_row_t(r + 1), 3, tracking, nullptr);
        }
    });
}

} // namespace

class TestDispatchImport : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestWorkspace> t;
    UserSession op, finance;

    Order stored(const QString &id) { return *OrderRepository(t->db()).findByProductOrderNo(id); }
    void seed(const QString &id, OrderStatus status = OrderStatus::New)
    {
        QString error;
        Order o = makeOrder(id, status);
        QVERIFY2(insertOrder(t->db(), o, &error), qPrintable(error));
    }
    int auditRows() { return countRows(t->db(), QStringLiteral("audit_log")); }

private slots:
    void init()
    {
        t = std::make_unique<TestWorkspace>();
        QVERIFY2(t->ok(), qPrintable(t->error));
        op = addUser(t->db(), QStringLiteral("op"), Role::Operator);
        finance = addUser(t->db(), QStringLiteral("acct"), Role::Finance);
        seed(QStringLiteral("2026112100000001"));
        seed(QStringLiteral("2026112100000002"), OrderStatus::Confirmed);
    }

    // Naver's download is password-protected: the service reads it with the password the seller types,
    // refuses a wrong one as such, and only then looks at the layout (this fixture is an order list, not
    // the upload layout, so it is refused for its missing columns).
    void aPasswordProtectedFileIsReadWithItsPassword()
    {
        QFile f(QStringLiteral(SD_IO_TEST_DATA "/encrypted/agile_ascii.xlsx"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(DispatchImportService::needsPassword(bytes));
        DispatchImportService service(t->workspace(), op);
        const BulkReport none = service.importBytes(bytes, true);
        QVERIFY(none.result.message.contains(QLatin1String("password")));
        QByteArray plain;
        bool wrongPassword = false;
        const Result wrong =
            DispatchImportService::unlock(bytes, QStringLiteral("not-it"), &plain, &wrongPassword);
        QCOMPARE(wrong.kind, ErrorKind::BadInput);
        QVERIFY(wrongPassword);
        QVERIFY2(wrong.message.contains(QLatin1String("password is wrong")), qPrintable(wrong.message));
        QVERIFY(plain.isEmpty());
        // No password is not a wrong one: the file needs its password (a face asks again either way).
        const Result empty = DispatchImportService::unlock(bytes, QString(), &plain, &wrongPassword);
        QCOMPARE(empty.kind, ErrorKind::BadInput);
        QVERIFY(wrongPassword);
        QVERIFY2(empty.message.contains(QLatin1String("protected with a password")) &&
                     !empty.message.contains(QLatin1String("wrong")),
                 qPrintable(empty.message));
        QVERIFY(plain.isEmpty());
        QVERIFY(DispatchImportService::unlock(bytes, QStringLiteral("Seller-2024!"), &plain, &wrongPassword)
                    .ok());
        QVERIFY(!wrongPassword);
        QVERIFY(!DispatchImportService::needsPassword(plain));
        const BulkReport right = service.importBytes(plain, true);
        QCOMPARE(right.result.kind, ErrorKind::BadInput);
        QVERIFY2(!right.result.message.contains(QLatin1String("password")), qPrintable(right.result.message));
        QStringList problems;
        for (const BulkOutcome &o : right.outcomes)
            problems << o.message;
        const QString all = problems.join(QLatin1Char('\n'));
        QVERIFY2(all.contains(QStringLiteral("택배사")) || all.contains(QStringLiteral("송장번호")),
                 qPrintable(all));
        QVERIFY2(!all.contains(QLatin1String("password")), qPrintable(all));
    }
    void cleanup() { t.reset(); }

    void csvDryRunThenApplyThenAgain()
    {
        const QByteArray file =
            csvFile({QStringLiteral("2026112100000001,\"택배,등기,소포\",CJ대한통운,5555-6666-7777"),
                     QStringLiteral("2026112100000002,\"택배,등기,소포\",한진택배,987654321098")});
        DispatchImportService service(t->workspace(), op);
        const BulkReport preview = service.importBytes(file, true);
        QVERIFY2(preview.ok(), qPrintable(preview.result.message));
        QCOMPARE(preview.appliedCount(), 2);
        QCOMPARE(preview.unchangedCount(), 0);
        QCOMPARE(stored(QStringLiteral("2026112100000001")).status, OrderStatus::New); // dry run
        QCOMPARE(auditRows(), 0);

        const BulkReport applied = service.importBytes(file, false, QStringLiteral("발송처리.csv"));
        QVERIFY2(applied.ok(), qPrintable(applied.result.message));
        QCOMPARE(applied.appliedCount(), 2);
        QCOMPARE(applied.writtenKeys(),
                 (QStringList{QStringLiteral("2026112100000001"), QStringLiteral("2026112100000002")}));
        // The audit row keeps the file's name beside the orders.
        const QString detail =
            scalar(t->db(), QStringLiteral("SELECT detail FROM audit_log WHERE action = 'orders.dispatch'"))
                .toString();
        QVERIFY2(detail.startsWith(QStringLiteral("발송처리.csv: ")), qPrintable(detail));
        QVERIFY(detail.contains(QStringLiteral("2026112100000002")));
        const Order a = stored(QStringLiteral("2026112100000001"));
        QCOMPARE(a.status, OrderStatus::Shipping);
        QCOMPARE(a.courierCode, QStringLiteral("CJGLS"));
        QCOMPARE(a.trackingNo, QStringLiteral("555566667777"));
        QCOMPARE(stored(QStringLiteral("2026112100000002")).courierCode, QStringLiteral("HANJIN"));
        // Each outcome names the spreadsheet row (row 3 is the first order: notice and header come first).
        QCOMPARE(applied.outcomes[0].label, QStringLiteral("Row 3"));
        QCOMPARE(applied.outcomes[1].label, QStringLiteral("Row 4"));
        QCOMPARE(applied.outcomes[1].key, QStringLiteral("2026112100000002"));
        const int audit = auditRows();

        const BulkReport again = service.importBytes(file, false);
        QVERIFY2(again.ok(), qPrintable(again.result.message));
        QCOMPARE(again.appliedCount(), 0);
        QCOMPARE(again.unchangedCount(), 2);
        QVERIFY(again.writtenKeys().isEmpty());
        QCOMPARE(auditRows(), audit); // nothing written the second time
    }

    void xlsxWithNumericTrackingNumbers()
    {
        const QByteArray file = xlsxFile(
            t->dir, {{QStringLiteral("2026112100000001"), QStringLiteral("CJGLS"), 555566667777.0},
                     {QStringLiteral("2026112100000002"), QStringLiteral("우체국택배"), 6012345678901.0}});
        QVERIFY(file.startsWith("PK"));
        const BulkReport applied = DispatchImportService(t->workspace(), op).importBytes(file, false);
        QVERIFY2(applied.ok(), qPrintable(applied.result.message));
        QCOMPARE(stored(QStringLiteral("2026112100000001")).trackingNo, QStringLiteral("555566667777"));
        QCOMPARE(stored(QStringLiteral("2026112100000002")).trackingNo, QStringLiteral("6012345678901"));
        QCOMPARE(stored(QStringLiteral("2026112100000002")).courierCode, QStringLiteral("EPOST"));
    }

    // One bad row and nothing is written; the message names the row and the reason.
    void aBadRowChangesNothing_data()
    {
        QTest::addColumn<QString>("badRow");
        QTest::addColumn<QString>("expected"); // in the row's message
        QTest::newRow("unknown order") << QStringLiteral("2099010100000009,택배,CJGLS,555566667778")
                                       << QStringLiteral("2099010100000009");
        QTest::newRow("tracking shape")
            << QStringLiteral("2026112100000002,택배,CJGLS,12345") << QStringLiteral("Row 4");
        QTest::newRow("unknown courier")
            << QStringLiteral("2026112100000002,택배,번개택배,555566667778") << QStringLiteral("번개택배");
        QTest::newRow("no tracking number")
            << QStringLiteral("2026112100000002,택배,CJGLS,") << QStringLiteral("4");
    }
    void aBadRowChangesNothing()
    {
        QFETCH(QString, badRow);
        QFETCH(QString, expected);
        const QByteArray file = csvFile({QStringLiteral("2026112100000001,택배,CJGLS,555566667777"), badRow});
        const BulkReport r = DispatchImportService(t->workspace(), op).importBytes(file, false);
        QVERIFY(!r.ok());
        QVERIFY(!r.result.message.isEmpty());
        QStringList messages;
        for (const BulkOutcome &o : r.outcomes) {
            if (!o.ok())
                messages << o.label + QStringLiteral(": ") + o.message;
        }
        QVERIFY2(messages.join(QLatin1Char('\n')).contains(expected),
                 qPrintable(messages.join(QLatin1Char('\n'))));
        QCOMPARE(stored(QStringLiteral("2026112100000001")).status, OrderStatus::New);
        QVERIFY(stored(QStringLiteral("2026112100000001")).trackingNo.isEmpty());
        QCOMPARE(auditRows(), 0);
    }

    void aBrokenLargeFileListsItsFirstProblems()
    {
        QStringList rows;
        for (int i = 0; i < 600; ++i)
            rows << QStringLiteral("2026112100%1,택배,번개택배,555566667777").arg(i, 6, 10, QLatin1Char('0'));
        const BulkReport r = DispatchImportService(t->workspace(), op).importBytes(csvFile(rows), true);
        QCOMPARE(r.result.kind, ErrorKind::BadInput);
        QCOMPARE(r.outcomes.size(), 501);
        QVERIFY2(r.outcomes.last().message.contains(QStringLiteral("100")),
                 qPrintable(r.outcomes.last().message));
    }

    // A file bigger than one stage: checked whole, then written in stages, with progress.
    void aBigFileIsImportedInStages()
    {
        QList<Order> orders;
        QStringList rows;
        for (int i = 0; i < 1200; ++i) {
            orders.append(makeOrder(QStringLiteral("2026112200%1").arg(i, 6, 10, QLatin1Char('0'))));
            rows << QStringLiteral("%1,택배,CJGLS,7%2")
                        .arg(orders.last().productOrderNo)
                        .arg(i, 11, 10, QLatin1Char('0'));
        }
        QVERIFY(insertOrders(t->db(), orders));
        int told = 0;
        BulkControl control;
        control.pause = [](int) {};
        control.progress = [&](const BulkProgress &p) {
            told += p.total == 1200 ? 1 : 0;
            return true;
        };
        const BulkReport r = DispatchImportService(t->workspace(), op)
                                 .importBytes(csvFile(rows), false, QStringLiteral("big.csv"), control);
        QVERIFY2(r.ok(), qPrintable(r.result.message));
        QCOMPARE(r.stagesWritten, 2);
        QCOMPARE(r.writtenKeys().size(), 1200);
        QCOMPARE(r.outcomes[1199].label, QStringLiteral("Row 1202"));
        QVERIFY(told >= 3);
        QCOMPARE(
            scalar(t->db(), QStringLiteral("SELECT COUNT(*) FROM orders WHERE status = 'SHIPPING'")).toInt(),
            1200);
        QCOMPARE(
            scalar(t->db(), QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE detail LIKE 'big.csv: %'"))
                .toInt(),
            2);
    }

    void unreadableFilesAreRefused_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("encrypted xlsx") << QByteArray::fromHex("D0CF11E0A1B11AE1") + QByteArray(504, '\0');
        QTest::newRow("html") << QByteArray("<html><table><tr><td>상품주문번호</td></tr></table></html>");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("no header") << QByteArray("a,b,c\n1,2,3\n");
        QTest::newRow("truncated zip") << QByteArray("PK\x03\x04\x14\x00\x00\x00", 8);
    }
    void unreadableFilesAreRefused()
    {
        QFETCH(QByteArray, bytes);
        const BulkReport r = DispatchImportService(t->workspace(), op).importBytes(bytes, false);
        QVERIFY(!r.ok());
        QCOMPARE(r.result.kind, ErrorKind::BadInput);
        QVERIFY(!r.result.message.isEmpty());
        QCOMPARE(stored(QStringLiteral("2026112100000001")).status, OrderStatus::New);
    }

    // A broken file of many rows lists its first 500 problems and counts the rows after them.
    void manyProblemsAreListedThenCounted()
    {
        QByteArray bytes = "상품주문번호,택배사,송장번호\n";
        for (int i = 0; i < 800; ++i)
            bytes += QByteArray::number(2026112200000000LL + i) + ",CJ대한통운,\n"; // no tracking number
        const BulkReport r = DispatchImportService(t->workspace(), op).importBytes(bytes, false);
        QVERIFY(!r.ok());
        QCOMPARE(r.result.kind, ErrorKind::BadInput);
        QCOMPARE(r.outcomes.size(), 501);
        QCOMPARE(r.outcomes.at(499).label, QStringLiteral("Row 501"));
        QVERIFY2(r.outcomes.last().message.contains(QStringLiteral("300 more rows")),
                 qPrintable(r.outcomes.last().message));
        QVERIFY2(r.result.message.contains(QStringLiteral("800")), qPrintable(r.result.message));
        QCOMPARE(stored(QStringLiteral("2026112100000001")).status, OrderStatus::New);
    }

    // --- skip-bad, the result file and the dispatch template (issue 8 §3) -----------------------

    // Row 3 good; row 4 refused by the service (the tracking number's shape); row 5 no such order;
    // row 6 a problem of the file itself (no such courier).
    QByteArray mixedFile()
    {
        seed(QStringLiteral("2026112100000003"));
        return csvFile({QStringLiteral("2026112100000001,택배,CJGLS,555566667777"),
                        QStringLiteral("2026112100000002,택배,CJGLS,12345"),
                        QStringLiteral("2099010100000009,택배,CJGLS,555566668888"),
                        QStringLiteral("2026112100000003,택배,번개택배,555566669999")});
    }
    static QList<int> lines(const QList<DispatchUploadRow> &rows)
    {
        QList<int> out;
        for (const DispatchUploadRow &r : rows)
            out << r.line;
        return out;
    }

    void skipBadAppliesExactlyTheGoodRowsInOneTransaction()
    {
        const QByteArray file = mixedFile();
        const int auditBefore = auditRows();
        DispatchImportService service(t->workspace(), op);
        const DispatchImportReport done =
            service.importUpload(file, {false, true, QStringLiteral("mixed.csv"), {}});
        const BulkReport &r = done.report;
        QVERIFY(!r.ok());
        QVERIFY(r.partlyDone);
        QCOMPARE(r.stagesWritten, 1);
        QCOMPARE(r.writtenKeys(), QStringList{QStringLiteral("2026112100000001")});
        QCOMPARE(r.refusedCount(), 3);
        QCOMPARE(r.outcomes.size(), 4); // one per row, in the file's order
        QCOMPARE(r.outcomes.at(0).label, QStringLiteral("Row 3"));
        QCOMPARE(r.outcomes.at(3).label, QStringLiteral("Row 6"));
        QCOMPARE(r.outcomes.at(3).key, QStringLiteral("2026112100000003"));
        QCOMPARE(stored(QStringLiteral("2026112100000001")).status, OrderStatus::Shipping);
        QCOMPARE(stored(QStringLiteral("2026112100000002")).status, OrderStatus::Confirmed);
        QCOMPARE(stored(QStringLiteral("2026112100000003")).status, OrderStatus::New);
        // One transaction: one audit row, naming the file and the one order.
        QCOMPARE(auditRows(), auditBefore + 1);
        QCOMPARE(scalar(t->db(), QStringLiteral("SELECT detail FROM audit_log ORDER BY id DESC LIMIT 1")).toString(),
                 QStringLiteral("mixed.csv: 2026112100000001"));
        QCOMPARE(lines(done.notApplied), (QList<int>{4, 5, 6}));
        QVERIFY(!dispatchRowReason(done.notApplied.at(0)).isEmpty());
        QCOMPARE(dispatchRowReason(done.notApplied.at(0)), r.outcomes.at(1).message);
        QVERIFY2(dispatchRowReason(done.notApplied.at(1)).contains(QStringLiteral("2099010100000009")),
                 qPrintable(dispatchRowReason(done.notApplied.at(1))));
        QVERIFY2(dispatchRowReason(done.notApplied.at(2)).contains(QStringLiteral("번개택배")),
                 qPrintable(dispatchRowReason(done.notApplied.at(2))));

        // The good row again, with the bad ones: it is already so, the run is still partly done.
        const DispatchImportReport again = service.importUpload(file, {false, true, {}, {}});
        QVERIFY(again.report.partlyDone);
        QCOMPARE(again.report.stagesWritten, 0);
        QCOMPARE(again.report.unchangedCount(), 1);
        QCOMPARE(auditRows(), auditBefore + 1);
    }

    // Without skip-bad nothing is written, however many rows are good; a dry run of skip-bad neither.
    void allOrNothingStaysTheDefault()
    {
        const QByteArray file = mixedFile();
        DispatchImportService service(t->workspace(), op);
        for (const DispatchImportOptions &options :
             {DispatchImportOptions{false, false, {}, {}}, DispatchImportOptions{true, false, {}, {}},
              DispatchImportOptions{true, true, {}, {}}}) {
            const DispatchImportReport done = service.importUpload(file, options);
            QVERIFY(!done.report.ok());
            QVERIFY(!done.report.partlyDone);
            QCOMPARE(done.report.result.kind, ErrorKind::BadInput);
            QVERIFY2(done.report.result.message.contains(QStringLiteral("3 rows")),
                     qPrintable(done.report.result.message));
            // The preview shows the good row too, so the face can offer to apply it alone.
            QCOMPARE(done.report.appliedCount(), 1);
            QCOMPARE(lines(done.notApplied), (QList<int>{4, 5, 6}));
        }
        QCOMPARE(stored(QStringLiteral("2026112100000001")).status, OrderStatus::New);
        QCOMPARE(auditRows(), 0);
        // The old entry point is the all-or-nothing run.
        QVERIFY(!service.importBytes(file, false).ok());
        QCOMPARE(auditRows(), 0);
    }

    // The result file has the upload's columns plus 오류; corrected by the seller, it imports.
    void theResultFileGoesRoundTrip_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("xlsx") << QStringLiteral("result.xlsx");
        QTest::newRow("csv") << QStringLiteral("result.csv");
    }
    void theResultFileGoesRoundTrip()
    {
        QFETCH(QString, name);
        DispatchImportService service(t->workspace(), op);
        const DispatchImportReport done = service.importUpload(mixedFile(), {false, true, {}, {}});
        const QString path = t->dir.filePath(name);
        QVERIFY(DispatchImportService::writeResultFile(path, done.notApplied).ok());
        QCOMPARE(int(QFileInfo(path).permissions() & (QFile::ReadGroup | QFile::ReadOther)), 0);
        QByteArray bytes;
        QVERIFY(DispatchImportService::readFile(path, &bytes).ok());
        const TableData table = readTable(bytes);
        QVERIFY2(table.ok(), qPrintable(table.error()));
        QCOMPARE(table.rows.size(), 4);
        QCOMPARE(table.rows.at(0), (QStringList{QStringLiteral("상품주문번호"), QStringLiteral("배송방법"),
                                                QStringLiteral("택배사"), QStringLiteral("송장번호"),
                                                QStringLiteral("오류")}));
        QCOMPARE(table.rows.at(1).mid(0, 4),
                 (QStringList{QStringLiteral("2026112100000002"), QStringLiteral("택배"), QStringLiteral("CJGLS"),
                              QStringLiteral("12345")}));
        QVERIFY(!table.rows.at(1).value(4).isEmpty());
        QCOMPARE(table.rows.at(3).value(2), QStringLiteral("번개택배"));
        // As uploaded again unchanged, it says the same.
        const DispatchUploadResult reread = parseDispatchUpload(bytes);
        QCOMPARE(reread.rows.size(), 2);
        QCOMPARE(reread.rejected.size(), 1);

        // The seller corrects the rows (the 오류 column left as it is) and uploads it again.
        QList<DispatchUploadRow> fixed = done.notApplied;
        fixed[0].trackingNo = QStringLiteral("555500001111");
        fixed.removeAt(1); // the order that does not exist is dropped
        fixed[1].courier = QStringLiteral("한진택배");
        fixed[1].problems = 0; // the 오류 text is only a note now
        fixed[1].refusal = QStringLiteral("was: 번개택배");
        const QString corrected = t->dir.filePath(QStringLiteral("corrected-") + name);
        QVERIFY(DispatchImportService::writeResultFile(corrected, fixed).ok());
        QVERIFY(DispatchImportService::readFile(corrected, &bytes).ok());
        const BulkReport applied = service.importBytes(bytes, false);
        QVERIFY2(applied.ok(), qPrintable(applied.result.message));
        QCOMPARE(applied.appliedCount(), 2);
        QCOMPARE(stored(QStringLiteral("2026112100000003")).courierCode, QStringLiteral("HANJIN"));
        QCOMPARE(stored(QStringLiteral("2026112100000002")).trackingNo, QStringLiteral("555500001111"));
        QVERIFY(!DispatchImportService::writeResultFile(t->dir.filePath(QStringLiteral("r.txt")), fixed).ok());
    }

    // The template: the orders awaiting dispatch (or a selection) in the upload layout, couriers and
    // numbers filled where known; through the export service (permission, audit row); it imports back.
    void theTemplateListsWhatAwaitsDispatch()
    {
        Order shipped = makeOrder(QStringLiteral("2026112100000004"), OrderStatus::Shipping);
        shipped.courierCode = QStringLiteral("CJGLS");
        shipped.trackingNo = QStringLiteral("555511112222");
        QString error;
        QVERIFY2(insertOrder(t->db(), shipped, &error), qPrintable(error));
        seed(QStringLiteral("2026112100000005"), OrderStatus::Delivered);

        const auto exportTemplate = [&](const UserSession &user, const QStringList &keys, ExportFormat format,
                                        const QString &name, QList<QStringList> *rows) {
            const QString path = t->dir.filePath(name);
            const auto request = DispatchImportService::templateRequest(keys, format, path, QStringLiteral("발송"));
            if (!request)
                return Result::fail(ErrorKind::BadInput, QStringLiteral("no request"));
            const Result r = ExportService(t->workspace(), user).run(*request);
            QByteArray bytes;
            if (r.ok() && DispatchImportService::readFile(path, &bytes).ok())
                *rows = readTable(bytes).rows.toList();
            return r;
        };
        const QStringList header{QStringLiteral("상품주문번호"), QStringLiteral("배송방법"), QStringLiteral("택배사"),
                                 QStringLiteral("송장번호")};
        const int audit = auditRows();
        QList<QStringList> rows;
        QVERIFY(exportTemplate(op, {}, ExportFormat::Xlsx, QStringLiteral("template.xlsx"), &rows).ok());
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows.at(0), header);
        QCOMPARE(rows.at(1).value(0), QStringLiteral("2026112100000001"));
        QCOMPARE(rows.at(1).value(1), QStringLiteral("택배,등기,소포"));
        QVERIFY(rows.at(1).value(2).isEmpty() && rows.at(1).value(3).isEmpty());
        QCOMPARE(rows.at(2).value(0), QStringLiteral("2026112100000002"));
        QCOMPARE(auditRows(), audit + 1);
        QCOMPARE(scalar(t->db(), QStringLiteral("SELECT entity FROM audit_log ORDER BY id DESC LIMIT 1")).toString(),
                 QStringLiteral("dispatch_template"));

        // A selection, whatever the status; what is known is filled in.
        QVERIFY(exportTemplate(op, {QStringLiteral("2026112100000004"), QStringLiteral("2026112100000001")},
                               ExportFormat::Csv, QStringLiteral("selection.csv"), &rows)
                    .ok());
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows.at(2), (QStringList{QStringLiteral("2026112100000004"), QStringLiteral("택배,등기,소포"),
                                          QStringLiteral("CJ대한통운"), QStringLiteral("555511112222")}));

        // Finance may not: no file, no audit row.
        const int before = auditRows();
        const Result refused = exportTemplate(finance, {}, ExportFormat::Csv, QStringLiteral("no.csv"), &rows);
        QCOMPARE(refused.kind, ErrorKind::Permission);
        QVERIFY(!QFile::exists(t->dir.filePath(QStringLiteral("no.csv"))));
        QCOMPARE(auditRows(), before);
        QStringList tooMany;
        for (int i = 0; i <= DispatchImportService::kMaxTemplateSelection; ++i)
            tooMany << QString::number(i);
        Result why;
        QVERIFY(!DispatchImportService::templateRequest(tooMany, ExportFormat::Csv, QStringLiteral("x.csv"), {}, &why));
        QCOMPARE(why.kind, ErrorKind::BadInput);

        // Filled in (as the seller would in Excel), the template is an upload.
        QVERIFY(exportTemplate(op, {}, ExportFormat::Xlsx, QStringLiteral("fill.xlsx"), &rows).ok());
        QStringList lines;
        for (int i = 1; i < rows.size(); ++i)
            lines << QStringLiteral("%1,택배,CJ대한통운,55556666%2").arg(rows.at(i).value(0)).arg(1000 + i);
        const BulkReport r = DispatchImportService(t->workspace(), op).importBytes(csvFile(lines), false);
        QVERIFY2(r.ok(), qPrintable(r.result.message));
        QCOMPARE(r.appliedCount(), 2);
        QCOMPARE(stored(QStringLiteral("2026112100000002")).status, OrderStatus::Shipping);
    }

    // 합포장: rows of one 주문번호 ship together, so the preview lists them side by side whatever order
    // the file gives them in (each group where its first row was), naming the 주문번호; one tracking
    // number for the whole group is accepted. The rows of the file's own problems have no group.
    void rowsOfOneOrderAreListedTogether()
    {
        const QString x = QStringLiteral("2026112199990001"), y = QStringLiteral("2026112199990002");
        for (const auto &[id, orderNo] : {std::pair{QStringLiteral("2026112100000011"), x},
                                          std::pair{QStringLiteral("2026112100000012"), y},
                                          std::pair{QStringLiteral("2026112100000013"), x},
                                          std::pair{QStringLiteral("2026112100000014"), y}}) {
            QString error;
            Order o = makeOrder(id, OrderStatus::New, orderNo);
            QVERIFY2(insertOrder(t->db(), o, &error), qPrintable(error));
        }
        const QByteArray file = csvFile({QStringLiteral("2026112100000011,택배,CJ대한통운,111122223333"),
                                         QStringLiteral("2026112100000012,택배,CJ대한통운,444455556666"),
                                         QStringLiteral("2026112100000001,택배,CJ대한통운,777788889999"),
                                         QStringLiteral("2026112100000013,택배,CJ대한통운,111122223333"),
                                         QStringLiteral("2026112100000014,택배,CJ대한통운,444455556666")});
        DispatchImportService service(t->workspace(), op);
        const DispatchImportReport preview = service.importUpload(file, {true, false, {}, {}});
        QVERIFY2(preview.report.ok(), qPrintable(preview.report.result.message));
        QStringList keys, groups, labels;
        for (const BulkOutcome &o : preview.report.outcomes) {
            keys << o.key;
            groups << o.group;
            labels << o.label;
        }
        QCOMPARE(keys, (QStringList{QStringLiteral("2026112100000011"), QStringLiteral("2026112100000013"),
                                    QStringLiteral("2026112100000012"), QStringLiteral("2026112100000014"),
                                    QStringLiteral("2026112100000001")}));
        QCOMPARE(groups, (QStringList{x, x, y, y, QStringLiteral("O-2026112100000001")}));
        QCOMPARE(labels.first(), QStringLiteral("Row 3"));
        QCOMPARE(labels.at(1), QStringLiteral("Row 6"));

        // A bad row among them: the group still stays together, the file's problem row has no group.
        const QByteArray bad = csvFile({QStringLiteral("2026112100000011,택배,CJ대한통운,111122223333"),
                                        QStringLiteral("2026112100000012,택배,,444455556666"),
                                        QStringLiteral("2026112100000013,택배,CJ대한통운,111122223333")});
        const DispatchImportReport withBad = service.importUpload(bad, {true, false, {}, {}});
        QVERIFY(!withBad.report.ok());
        QCOMPARE(withBad.report.outcomes.size(), 3);
        QCOMPARE(withBad.report.outcomes.at(0).group, x);
        QCOMPARE(withBad.report.outcomes.at(1).group, x);
        QCOMPARE(withBad.report.outcomes.at(1).key, QStringLiteral("2026112100000013"));
        QVERIFY(withBad.report.outcomes.at(2).group.isEmpty());
        QCOMPARE(withBad.report.outcomes.at(2).state, BulkOutcome::State::Refused);

        // Applied as a whole: one number for each checkout.
        const BulkReport applied = service.importBytes(file, false, QStringLiteral("upload.csv"));
        QVERIFY2(applied.ok(), qPrintable(applied.result.message));
        QCOMPARE(stored(QStringLiteral("2026112100000011")).trackingNo, QStringLiteral("111122223333"));
        QCOMPARE(stored(QStringLiteral("2026112100000013")).trackingNo, QStringLiteral("111122223333"));
        QCOMPARE(stored(QStringLiteral("2026112100000013")).status, OrderStatus::Shipping);
    }

    // A file given without saying what it is (dropped on the window): the upload layout itself goes to
    // the dispatch import, as CSV or XLSX, and so does a result file; an order download that has the same
    // columns among many others, a password-protected one and anything unreadable go to the order import.
    void aFileInTheUploadLayoutIsTold()
    {
        const auto onDisk = [&](const QString &name, const QByteArray &bytes) {
            const QString path = t->dir.filePath(name);
            QFile f(path);
            f.open(QIODevice::WriteOnly);
            f.write(bytes);
            return path;
        };
        const QByteArray upload = csvFile({QStringLiteral("2026112100000001,택배,CJ대한통운,111122223333")});
        QVERIFY(DispatchImportService::isDispatchUpload(upload));
        QVERIFY(DispatchImportService::isDispatchUploadFile(onDisk(QStringLiteral("upload.csv"), upload)));
        const QByteArray xlsx = xlsxFile(t->dir, {{QStringLiteral("2026112100000001"), QStringLiteral("CJ대한통운"),
                                                   111122223333.0}});
        QVERIFY(DispatchImportService::isDispatchUploadFile(onDisk(QStringLiteral("upload.xlsx"), xlsx)));
        // Without 배송방법, and a result file with its 오류 column.
        QVERIFY(DispatchImportService::isDispatchUpload(
            QStringLiteral("상품주문번호,택배사,송장번호\n2026112100000001,CJ대한통운,1\n").toUtf8()));
        const QString result = t->dir.filePath(QStringLiteral("result.xlsx"));
        DispatchUploadRow row;
        row.line = 2;
        row.productOrderNo = QStringLiteral("2026112100000001");
        row.courier = QStringLiteral("CJ대한통운");
        row.trackingNo = QStringLiteral("1");
        row.refusal = QStringLiteral("no");
        QVERIFY(DispatchImportService::writeResultFile(result, {row}).ok());
        QVERIFY(DispatchImportService::isDispatchUploadFile(result));

        // Naver's 발주발송관리 download names 상품주문번호, 택배사 and 송장번호 among its 72 columns: orders.
        QString naver = QString::fromUtf8(kNaverNotice) + QStringLiteral("\r\n") +
                        QString::fromUtf8(kNaverDispatchHeader) + QStringLiteral("\r\n");
        QStringList cells(QString::fromUtf8(kNaverDispatchHeader).split(QLatin1Char(',')).size());
        cells[0] = QStringLiteral("2026112100000001");
        naver += cells.join(QLatin1Char(',')) + QStringLiteral("\r\n");
        QVERIFY(!DispatchImportService::isDispatchUploadFile(onDisk(QStringLiteral("naver.csv"), naver.toUtf8())));
        const QByteArray naverXlsx = writeWorkbook(t->dir, [&](lxw_workbook *wb) {
            lxw_worksheet *ws = workbook_add_worksheet(wb, "발주발송관리");
            const QStringList headers = QString::fromUtf8(kNaverDispatchHeader).split(QLatin1Char(','));
            for (int c = 0; c < headers.size(); ++c)
                worksheet_write_string(ws, 0, lxw_col_t(c), headers.at(c).toUtf8().constData(), nullptr);
            worksheet_write_string(ws, 1, 0, "2026112100000001", nullptr);
        });
        QVERIFY(!DispatchImportService::isDispatchUploadFile(onDisk(QStringLiteral("naver.xlsx"), naverXlsx)));
        QFile encrypted(QStringLiteral(SD_IO_TEST_DATA "/encrypted/agile_ascii.xlsx"));
        QVERIFY(encrypted.open(QIODevice::ReadOnly));
        QVERIFY(!DispatchImportService::isDispatchUpload(encrypted.readAll()));
        QVERIFY(!DispatchImportService::isDispatchUpload(QByteArray("PK\x03\x04 not really a zip")));
        QVERIFY(!DispatchImportService::isDispatchUploadFile(t->dir.filePath(QStringLiteral("missing.csv"))));
    }

    // The template of what the grid shows: nothing selected → the grid filter's orders awaiting
    // dispatch; Ctrl+A → every order of the filter, whatever its status. The grid's search and
    // 지연 위험 read the same here.
    void theTemplateFollowsTheGridsFilter()
    {
        Order kakao = makeOrder(QStringLiteral("2026112100000021"), OrderStatus::New);
        kakao.channel = Channel::KakaoStore;
        Order kakaoShipped = makeOrder(QStringLiteral("2026112100000022"), OrderStatus::Shipping);
        kakaoShipped.channel = Channel::KakaoStore;
        kakaoShipped.courierCode = QStringLiteral("CJGLS");
        kakaoShipped.trackingNo = QStringLiteral("555511113333");
        for (Order o : {kakao, kakaoShipped}) {
            QString error;
            QVERIFY2(insertOrder(t->db(), o, &error), qPrintable(error));
        }
        const auto exported = [&](const TableFilter &shown, bool all, const QString &name) {
            const QString path = t->dir.filePath(name);
            const ExportRequest request =
                DispatchImportService::templateRequest(shown, all, ExportFormat::Csv, path, QStringLiteral("발송"));
            const Result r = ExportService(t->workspace(), op).run(request);
            QStringList ids;
            QByteArray bytes;
            if (r.ok() && DispatchImportService::readFile(path, &bytes).ok()) {
                const QList<QStringList> rows = readTable(bytes).rows.toList();
                for (int i = 1; i < rows.size(); ++i)
                    ids << rows.at(i).value(0);
            }
            return r.ok() ? ids : QStringList{QStringLiteral("failed: ") + r.message};
        };
        OrderFilter kakaoOnly;
        kakaoOnly.channel = Channel::KakaoStore;
        QCOMPARE(exported(toTableFilter(kakaoOnly), false, QStringLiteral("a.csv")),
                 QStringList{QStringLiteral("2026112100000021")});
        QCOMPARE(exported(toTableFilter(kakaoOnly), true, QStringLiteral("b.csv")),
                 (QStringList{QStringLiteral("2026112100000021"), QStringLiteral("2026112100000022")}));
        // No filter, nothing selected: every order awaiting dispatch, as before.
        QCOMPARE(exported(TableFilter(), false, QStringLiteral("c.csv")),
                 (QStringList{QStringLiteral("2026112100000001"), QStringLiteral("2026112100000002"),
                              QStringLiteral("2026112100000021")}));
        // The grid's status chip: only 배송중 shown, nothing awaits dispatch among them.
        OrderFilter shipping;
        shipping.statuses = {OrderStatus::Shipping};
        QCOMPARE(exported(toTableFilter(shipping), false, QStringLiteral("d.csv")), QStringList());
        QCOMPARE(exported(toTableFilter(shipping), true, QStringLiteral("e.csv")),
                 QStringList{QStringLiteral("2026112100000022")});
        // The search reads the orders' index.
        OrderFilter search;
        search.search = QStringLiteral("555511113333");
        QCOMPARE(exported(toTableFilter(search), true, QStringLiteral("f.csv")),
                 QStringList{QStringLiteral("2026112100000022")});
    }

    void cp949FileReads()
    {
        QStringEncoder cp949("windows-949");
        if (!cp949.isValid())
            QSKIP("this Qt has no CP949 codec");
        const QString text = QStringLiteral(
            "상품주문번호,배송방법,택배사,송장번호\r\n2026112100000001,택배,CJ대한통운,555566667777\r\n");
        const QByteArray bytes = cp949.encode(text);
        const BulkReport r = DispatchImportService(t->workspace(), op).importBytes(bytes, false);
        QVERIFY2(r.ok(), qPrintable(r.result.message));
        QCOMPARE(stored(QStringLiteral("2026112100000001")).courierCode, QStringLiteral("CJGLS"));
    }

    void financeMayNotImport()
    {
        const QByteArray file = csvFile({QStringLiteral("2026112100000001,택배,CJGLS,555566667777")});
        const BulkReport r = DispatchImportService(t->workspace(), finance).importBytes(file, false);
        QCOMPARE(r.result.kind, ErrorKind::Permission);
        QCOMPARE(stored(QStringLiteral("2026112100000001")).status, OrderStatus::New);
    }

    void tooLargeFileIsRefusedBeforeReading()
    {
        const QString path = t->dir.filePath(QStringLiteral("big.csv"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.resize(DispatchImportService::kMaxFileBytes + 1));
        f.close();
        QByteArray bytes;
        const Result r = DispatchImportService::readFile(path, &bytes);
        QCOMPARE(r.kind, ErrorKind::BadInput);
        QVERIFY(bytes.isEmpty());
        QCOMPARE(DispatchImportService::readFile(t->dir.filePath(QStringLiteral("missing.csv")), &bytes).kind,
                 ErrorKind::BadInput);
    }
};

QTEST_GUILESS_MAIN(TestDispatchImport)
#include "test_dispatch_import.moc"
