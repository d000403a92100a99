// Files written by other programs (exceljs, SheetJS, xlsx-populate, officecrypto-tool, LibreOffice, Python's
// csv and zipfile), read through the public io API the import and the dispatch upload use. How each file was
// made: tests/io/fixtures/external/README.md. A row whose behaviour is wrong today is still written to the
// right behaviour and marked QEXPECT_FAIL with the bug's one-line description.
#include "io/formats/file_inspection.h"
#include "io/formats/table_reader.h"
#include "io/marketplace/dispatch_upload.h"
#include "io/marketplace/order_file.h"
#include "io/marketplace/order_profile.h"

#include <QFile>
#include <QTest>

using namespace sd;

namespace {

QByteArray fixture(const QString &name)
{
    QFile f(QStringLiteral(SD_EXTERNAL_FIXTURES "/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return f.readAll();
}

QList<const OrderProfile *> profiles()
{
    QList<const OrderProfile *> out;
    for (const OrderProfile &p : builtInProfiles())
        out << &p;
    return out;
}

struct OrdersRead
{
    TableData table;
    ProfileMatch match;
    OrderFileResult result;
};

OrdersRead readOrders(const QByteArray &bytes, const QString &password = {})
{
    OrdersRead r;
    r.table = readOrderTable(bytes, password);
    if (r.table.ok()) {
        r.match = recogniseProfile(r.table.rows, profiles());
        r.result = readOrderRows(r.table.rows, r.match);
    }
    return r;
}

QString seoul(const QDateTime &t)
{
    return t.toOffsetFromUtc(9 * 3600).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

bool hasProblemOnLine(const OrderFileResult &r, int line)
{
    for (const OrderFileProblem &p : r.problems) {
        if (p.line == line)
            return true;
    }
    return false;
}

} // namespace

class TestExternalFiles : public QObject
{
    Q_OBJECT

private slots:
    // A full 72-column 발주발송관리 download (notice line, header on row 2, 5 orders with Hangul, a comma, quotes
    // and a line break in cells) as other programs write it: every one gives the same orders.
    void ordersFromOtherPrograms_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("prefix");   // the first 8 digits of the file's 상품주문번호
        QTest::addColumn<QString>("paidAt");   // the first order's 결제일, Seoul
        QTest::addColumn<QString>("recipient"); // the first order's 수취인명
        QTest::addColumn<QString>("bug");      // non-empty: what is wrong today (QEXPECT_FAIL)
        const QString csvPaid = QStringLiteral("2026-11-28 10:03:22");
        // exceljs writes a JS Date as the serial of its UTC time: the file itself says 01:03:22.
        const QString exceljsPaid = QStringLiteral("2026-11-28 01:03:22");
        const QString r1 = QStringLiteral("이서연");
        const QString n8 = QStringLiteral("20261128"), h7 = QStringLiteral("20261127"),
                      j6 = QStringLiteral("20261126");
        QTest::newRow("excel unicode text (UTF-16LE, tabs)")
            << "naver_utf16le_tab.txt" << QString() << n8 << csvPaid << r1 << QString();
        QTest::newRow("CP949 csv") << "naver_cp949.csv" << QString() << n8 << csvPaid << r1 << QString();
        QTest::newRow("CP949 csv, a UHC-only syllable")
            << "naver_cp949_uhc.csv" << QString() << n8 << csvPaid << QStringLiteral("똠방각하") << QString();
        QTest::newRow("prefixed <x:c> elements")
            << "hand_prefix_x.xlsx" << QString() << h7 << csvPaid << r1 << QString();
        QTest::newRow("inline strings") << "hand_inline_strings.xlsx" << QString() << h7 << csvPaid << r1
                                        << QString();
        QTest::newRow("rich runs and phonetic <rPh> in shared strings")
            << "hand_rich_phonetic_sst.xlsx" << QString() << h7 << csvPaid << r1 << QString();
        QTest::newRow("no r attributes, no dimension")
            << "hand_no_r_attrs.xlsx" << QString() << h7 << csvPaid << r1 << QString();
        QTest::newRow("numbers and dates as serials")
            << "hand_numbers_serial_dates.xlsx" << QString() << h7 << csvPaid << r1 << QString();
        QTest::newRow("booleans") << "hand_booleans.xlsx" << QString() << h7 << csvPaid << r1 << QString();
        QTest::newRow("first tab is sheet2.xml")
            << "hand_sheet_order_rels.xlsx" << QString() << h7 << csvPaid << r1 << QString();
        // A notice tab 안내 first: the first sheet whose header a profile matches is read.
        QTest::newRow("orders on the second tab")
            << "hand_data_on_second_sheet.xlsx" << QString() << h7 << csvPaid << r1 << QString();
        QTest::newRow("CRLF inside the XML") << "hand_crlf_xml.xlsx" << QString() << h7 << csvPaid << r1
                                             << QString();
        QTest::newRow("BOM before the XML declaration")
            << "hand_bom_xml.xlsx" << QString() << h7 << csvPaid << r1 << QString();
        QTest::newRow("shared strings part named by the relationships (xl/strings.xml)")
            << "hand_sst_other_path.xlsx" << QString() << h7 << csvPaid << r1 << QString();
        QTest::newRow("exceljs") << "exceljs_naver.xlsx" << QString() << j6 << exceljsPaid << r1 << QString();
        QTest::newRow("exceljs streaming writer")
            << "exceljs_stream_inline.xlsx" << QString() << j6 << csvPaid << r1 << QString();
        QTest::newRow("SheetJS, shared strings")
            << "sheetjs_naver_sst.xlsx" << QString() << j6 << csvPaid << r1 << QString();
        QTest::newRow("SheetJS html saved as .xls")
            << "sheetjs_naver.html.xls" << QString() << j6 << csvPaid << r1 << QString();
        QTest::newRow("xlsx-populate") << "xlsxpopulate_naver.xlsx" << QString() << j6 << csvPaid << r1
                                       << QString();
        QTest::newRow("xlsx-populate's own agile encryption, Hangul password")
            << "xlsxpopulate_naver_encrypted.xlsx" << QStringLiteral("네이버1234") << j6 << csvPaid << r1
            << QString();
        QTest::newRow("officecrypto-tool standard encryption")
            << "oc_standard_naver.xlsx" << QStringLiteral("Naver!2026") << j6 << exceljsPaid << r1
            << QString();
        QTest::newRow("officecrypto-tool agile, Hangul password")
            << "oc_agile_hangul_pw.xlsx" << QStringLiteral("발주비번") << j6 << exceljsPaid << r1 << QString();
    }
    void ordersFromOtherPrograms()
    {
        QFETCH(QString, file);
        QFETCH(QString, password);
        QFETCH(QString, prefix);
        QFETCH(QString, paidAt);
        QFETCH(QString, recipient);
        QFETCH(QString, bug);
        const OrdersRead r = readOrders(fixture(file), password);
        if (!bug.isEmpty())
            QEXPECT_FAIL("", qPrintable(bug), Abort);
        QVERIFY2(r.table.ok(), qPrintable(r.table.error()));
        QVERIFY(r.match.complete());
        QCOMPARE(r.match.profile->name, QStringLiteral("naver_dispatch"));
        QCOMPARE(r.match.headerRow, 1); // row 2, under the notice line
        QVERIFY2(r.result.ok(),
                 qPrintable(r.result.problems.isEmpty() ? QString() : r.result.problems.first().message));
        QCOMPARE(r.result.orders.size(), 5);
        const Order &first = r.result.orders.at(0).order;
        QCOMPARE(first.productOrderNo, prefix + QStringLiteral("00000001"));
        QCOMPARE(first.productName, QStringLiteral("유기농 현미 10kg"));
        QCOMPARE(first.totalAmount, Won(12900));
        QCOMPARE(seoul(first.paidAt), paidAt);
        QCOMPARE(first.contact.recipientName, recipient);
        QCOMPARE(first.contact.buyerName, QStringLiteral("김민수"));
        QCOMPARE(first.contact.deliveryMessage, QStringLiteral("배송 전 연락 바랍니다, \"꼭\""));
        const Order &second = r.result.orders.at(1).order;
        QCOMPARE(second.contact.deliveryMessage, QStringLiteral("문 앞에 놓아주세요.\n부재 시 경비실"));
        QCOMPARE(second.optionText, QStringLiteral("색상: 브라운 / 각인: \"SD\""));
        QCOMPARE(second.quantity, 2);
        QCOMPARE(second.trackingNo, QStringLiteral("600000000002"));
    }

    // What `sellerdesk-cli inspect` reports, from the bytes.
    void inspection_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("encryption");
        QTest::addColumn<QString>("encoding");
        QTest::addColumn<int>("sheets");
        QTest::addColumn<QString>("bug"); // non-empty: the format or the encoding is wrong today
        QTest::newRow("UTF-16LE text") << "naver_utf16le_tab.txt" << "csv" << "none" << "UTF-16LE" << 1
                                       << QString();
        QTest::newRow("CP949 csv") << "naver_cp949.csv" << "csv" << "none" << "CP949" << 1 << QString();
        QTest::newRow("two sheets, data on the second")
            << "hand_data_on_second_sheet.xlsx" << "xlsx" << "none" << QString() << 2 << QString();
        QTest::newRow("standard encryption")
            << "oc_standard_naver.xlsx" << "xlsx-encrypted" << "standard" << QString() << 0 << QString();
        QTest::newRow("xlsx-populate agile")
            << "xlsxpopulate_naver_encrypted.xlsx" << "xlsx-encrypted" << "agile" << QString() << 0 << QString();
        QTest::newRow("LibreOffice password-protected .xls")
            << "libreoffice_naver_password.xls" << "xls" << "none" << QString() << 0 << QString();
        QTest::newRow("LibreOffice .ods")
            << "libreoffice_naver.ods" << "ods" << "none" << QString() << 0 << QString();
        QTest::newRow("SheetJS .xlsb")
            << "sheetjs_naver_xlsb.xlsb" << "xlsb" << "none" << QString() << 0 << QString();
        QTest::newRow("a PDF named .xlsx") << "pdf_renamed.xlsx" << "pdf" << "none" << QString() << 0 << QString();
    }
    void inspection()
    {
        QFETCH(QString, file);
        QFETCH(QString, format);
        QFETCH(QString, encryption);
        QFETCH(QString, encoding);
        QFETCH(int, sheets);
        QFETCH(QString, bug);
        const FileInspection info = inspectFile(fixture(file));
        // The bug rows fail on the format (.ods, .xlsb) or, for CSV, on the encoding.
        if (!bug.isEmpty() && format != QLatin1String("csv"))
            QEXPECT_FAIL("", qPrintable(bug), Abort);
        QCOMPARE(info.format, format);
        QCOMPARE(info.encryption, encryption);
        if (!bug.isEmpty() && format == QLatin1String("csv"))
            QEXPECT_FAIL("", qPrintable(bug), Abort);
        QCOMPARE(info.encoding, encoding);
        QCOMPARE(int(info.sheets.size()), sheets);
        if (sheets == 2) {
            QCOMPARE(info.sheets.at(1).name, QStringLiteral("발주발송관리"));
            QCOMPARE(info.sheets.at(1).columns, 72);
        }
    }

    // Files that must be refused, with a message that says what the file is (the word to look for).
    void refusals_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("says"); // a word the message must contain (case-insensitive); empty: any
        QTest::addColumn<QString>("bug");
        QTest::newRow("0-byte .xlsx") << "zero_bytes.xlsx" << QString() << QString() << QString();
        QTest::newRow("zip cut at 60 %") << "truncated_zip.xlsx" << QString() << QString() << QString();
        QTest::newRow("encrypted file cut at 4 KiB")
            << "truncated_encrypted.xlsx" << QStringLiteral("x") << QString() << QString();
        QTest::newRow("password-protected old .xls")
            << "libreoffice_naver_password.xls" << QString() << QStringLiteral(".xlsx") << QString();
        // Said as what it is (cut short), not "neither UTF-8 nor CP949".
        QTest::newRow("UTF-8 csv cut inside a character")
            << "naver_truncated_midchar.csv" << QString() << QStringLiteral("cut short") << QString();
        // Named, with how to save them as .xlsx.
        QTest::newRow(".ods") << "libreoffice_naver.ods" << QString() << QStringLiteral(".ods") << QString();
        QTest::newRow(".xlsb") << "sheetjs_naver_xlsb.xlsb" << QString() << QStringLiteral(".xlsb") << QString();
        QTest::newRow("a PDF named .xlsx") << "pdf_renamed.xlsx" << QString() << QStringLiteral("PDF") << QString();
    }
    void refusals()
    {
        QFETCH(QString, file);
        QFETCH(QString, password);
        QFETCH(QString, says);
        QFETCH(QString, bug);
        const TableData t = readTable(fixture(file), password);
        if (!bug.isEmpty())
            QEXPECT_FAIL("", qPrintable(bug), Abort);
        QVERIFY(!t.ok());
        QVERIFY(!t.error().isEmpty());
        QVERIFY(t.rows.isEmpty());
        QCOMPARE(t.passwordProblem, TableData::PasswordProblem::None);
        if (!says.isEmpty())
            QVERIFY2(t.error().contains(says, Qt::CaseInsensitive), qPrintable(t.error()));
    }

    void passwords()
    {
        const QByteArray standard = fixture(QStringLiteral("oc_standard_naver.xlsx"));
        QCOMPARE(readTable(standard).passwordProblem, TableData::PasswordProblem::Needed);
        QCOMPARE(readTable(standard, QStringLiteral("naver!2026")).passwordProblem,
                 TableData::PasswordProblem::Wrong);
        const QByteArray populate = fixture(QStringLiteral("xlsxpopulate_naver_encrypted.xlsx"));
        QCOMPARE(readTable(populate, QStringLiteral("네이버1235")).passwordProblem,
                 TableData::PasswordProblem::Wrong);
        // The dispatch upload encrypted like a Naver download.
        const TableData upload =
            readTable(fixture(QStringLiteral("oc_agile_dispatch.xlsx")), QStringLiteral("Naver!2026"));
        QVERIFY2(upload.ok(), qPrintable(upload.error()));
        const DispatchUploadResult parsed = parseDispatchTable(upload.rows);
        QVERIFY(parsed.ok());
        QCOMPARE(parsed.rows.size(), 6);
        QCOMPARE(parsed.rows.at(0).productOrderNo, QStringLiteral("2026120100000297"));
    }

    // LibreOffice (like Excel) keeps 15 significant digits of a number: a CSV upload opened there and saved
    // as .xlsx holds 2026120100000300 where the seller's file said 2026120100000297 — another, existing
    // order. A 16-digit 상품주문번호 stored as a number cell cannot be trusted and must be refused, never
    // dispatched.
    void sixteenDigitOrderNumberStoredAsNumber()
    {
        const DispatchUploadResult r =
            parseDispatchUpload(fixture(QStringLiteral("libreoffice_dispatch_one_row.xlsx")));
        // The XLSX reader marks number cells (TableBuilder::CellKind::Number, TableRows::isNumber).
        QVERIFY(r.rows.isEmpty());
        QCOMPARE(r.rejected.size(), 1);
    }
    void sixteenDigitOrderNumbersInAnOrderFile()
    {
        // The same rounding in an order download saved by LibreOffice: rows 3-7 all became
        // 2026112800000000; today rows 4-7 are "also on row 3", and row 3 itself passes as an order.
        const OrdersRead r = readOrders(fixture(QStringLiteral("libreoffice_naver.xlsx")));
        QVERIFY(r.table.ok());
        QVERIFY(!r.result.ok());
        QVERIFY(hasProblemOnLine(r.result, 4));
        QVERIFY(hasProblemOnLine(r.result, 3));
    }
    // The order file's side of number cells, on a table marked as the XLSX reader is to mark it: row 3
    // holds Excel's 15 digits, row 4 a number cell with all 16 digits (kept).
    void roundedNumberCellsInAnOrderFile()
    {
        const OrdersRead read = readOrders(fixture(QStringLiteral("naver_cp949.csv")));
        QVERIFY(read.result.ok());
        const int column = read.match.column(QStringLiteral("product_order_no"));
        QVERIFY(column >= 0);
        TableRows marked;
        for (qsizetype i = 0; i < read.table.rows.size(); ++i) {
            QStringList cells = read.table.rows.at(i);
            if (i == 2)
                cells[column] = QStringLiteral("2026112800000000");
            marked.append(cells, i == 2 || i == 3 ? QList<int>{column} : QList<int>{});
        }
        const OrderFileResult result = readOrderRows(marked, recogniseProfile(marked, profiles()));
        QCOMPARE(result.problems.size(), 1);
        QCOMPARE(result.problems.at(0).line, 3);
        QVERIFY2(result.problems.at(0).message.contains(QStringLiteral("15 digits")),
                 qPrintable(result.problems.at(0).message));
    }

    void orderNumbersExcelShortened()
    {
        // A CSV saved by Excel after it showed the numbers as 2.02611E+15: every row is wrong, the first too.
        const OrdersRead r = readOrders(fixture(QStringLiteral("naver_sci_ordernos.csv")));
        QVERIFY(r.table.ok());
        QVERIFY(!r.result.ok());
        QVERIFY(hasProblemOnLine(r.result, 4));
        QVERIFY(hasProblemOnLine(r.result, 3));
        for (const OrderFileProblem &p : r.result.problems) {
            QVERIFY2(p.message.contains(QStringLiteral("2.02611E+15")), qPrintable(p.message));
            QVERIFY2(!p.message.contains(QStringLiteral("also on row")), qPrintable(p.message));
        }
    }

    void dispatchUploads()
    {
        // SheetJS with the order and tracking numbers as number cells (exact doubles): read as digits, no
        // exponent and no ".0"; a row is either refused or carries the exact number.
        const DispatchUploadResult numbers =
            parseDispatchUpload(fixture(QStringLiteral("sheetjs_dispatch_numbers.xlsx")));
        for (const DispatchUploadRow &row : numbers.rows) {
            QVERIFY2(!row.productOrderNo.contains(QLatin1Char('E')), qPrintable(row.productOrderNo));
            QVERIFY2(!row.trackingNo.contains(QLatin1Char('.')), qPrintable(row.trackingNo));
        }
        QCOMPARE(numbers.rows.size() + numbers.rejected.size(), 6);
        if (!numbers.rows.isEmpty()) {
            QCOMPARE(numbers.rows.at(0).productOrderNo, QStringLiteral("2026120100000297"));
            QCOMPARE(numbers.rows.at(0).trackingNo, QStringLiteral("945807302157"));
        }
        // Excel's Unicode text (UTF-16LE, tabs).
        const DispatchUploadResult text = parseDispatchUpload(fixture(QStringLiteral("dispatch_utf16_tab.txt")));
        QVERIFY(text.ok());
        QCOMPARE(text.rows.size(), 6);
        QCOMPARE(text.rows.at(1).courier, QStringLiteral("우체국택배"));
        // What sellers type: a code for the courier, hyphens and spaces, 택배 alone; 직접전달 is refused.
        // 2.02612E+15 / 6.22415E+10 (row 6) are what Excel left of the numbers: refused, not looked up.
        const DispatchUploadResult odd = parseDispatchUpload(fixture(QStringLiteral("dispatch_odd_values.csv")));
        QCOMPARE(odd.rejected.size(), 2);
        QCOMPARE(odd.rejected.at(0).line, 6);
        QCOMPARE(odd.rejected.at(0).problems, quint8(ShortenedOrderNo | ShortenedTracking));
        QVERIFY(dispatchRowReason(odd.rejected.at(0)).contains(QStringLiteral("2.02612E+15")));
        QCOMPARE(odd.rejected.at(1).line, 7);
        QVERIFY(odd.rejected.at(1).problems & UnsupportedMethod);
        QCOMPARE(odd.rows.at(0).productOrderNo, QStringLiteral("2026120100000297"));
        QCOMPARE(odd.rows.at(1).productOrderNo, QStringLiteral("2026112900000287")); // trailing space trimmed
    }

    // A 발주발송관리 download whose seller hid a required column (71 of the 72 headers are Naver's) must be
    // refused naming that column, not taken for another marketplace's layout that happens to be complete.
    void naverDownloadWithAHiddenRequiredColumn_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("missing");
        QTest::newRow("상품주문번호 hidden") << "naver_without_product_order_no.csv" << "상품주문번호";
        QTest::newRow("최종 상품별 총 주문금액 hidden") << "naver_without_total.csv" << "최종 상품별 총 주문금액";
    }
    void naverDownloadWithAHiddenRequiredColumn()
    {
        QFETCH(QString, file);
        QFETCH(QString, missing);
        const OrdersRead r = readOrders(fixture(file));
        QVERIFY(r.table.ok());
        QVERIFY(r.match.profile);
        QCOMPARE(r.match.profile->name, QStringLiteral("naver_dispatch"));
        QVERIFY(!r.match.complete());
        QVERIFY(r.match.missingRequired.contains(missing));
        QVERIFY(!r.result.ok());
    }

    // The seller's own profile (the mapping dialog made it for this layout) is complete, so it is used,
    // however few columns it names.
    void theSellersOwnProfileStillWins()
    {
        const OrdersRead r = readOrders(fixture(QStringLiteral("naver_without_total.csv")));
        QVERIFY(r.table.ok());
        OrderProfile mine;
        mine.name = QStringLiteral("mine");
        mine.channel = Channel::NaverSmartstore;
        const QList<QPair<QString, QString>> columns = {{"product_order_no", "상품주문번호"},
                                                        {"status", "주문상태"},
                                                        {"paid_at", "결제일"},
                                                        {"product_name", "상품명"},
                                                        {"quantity", "수량"}};
        for (const auto &[field, header] : columns) {
            ProfileColumn c;
            c.field = field;
            c.headers = QStringList{header};
            c.required = true;
            mine.columns << c;
        }
        QList<const OrderProfile *> all = profiles();
        all << &mine;
        const ProfileMatch m = recogniseProfile(r.table.rows, all);
        QVERIFY(m.profile);
        QCOMPARE(m.profile->name, QStringLiteral("mine"));
        QVERIFY(m.complete());
    }

    // ="2026120100000297": the CSV idiom courier and ERP exports use so that Excel keeps the digits as text.
    void excelTextFormulaInCsv()
    {
        const DispatchUploadResult r =
            parseDispatchUpload(fixture(QStringLiteral("dispatch_excel_text_formula.csv")));
        QCOMPARE(r.rows.size(), 1);
        QCOMPARE(r.rows.at(0).productOrderNo, QStringLiteral("2026120100000297"));
        QCOMPARE(r.rows.at(0).trackingNo, QStringLiteral("045807302157"));
    }
};

QTEST_GUILESS_MAIN(TestExternalFiles)
#include "test_external_files.moc"
