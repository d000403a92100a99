#include "io/formats/csv_writer.h"
#include "io/formats/table_reader.h"
#include "io/marketplace/dispatch_upload.h"
#include "xlsx_fixture.h"

#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

#include <thread>
#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

using namespace sd;
using Rows = QList<QStringList>;

namespace {

const QString kOrderNo = QStringLiteral("상품주문번호");
const QString kMethod = QStringLiteral("배송방법");
const QString kCourier = QStringLiteral("택배사");
const QString kTracking = QStringLiteral("송장번호");
const QString kParcel = QStringLiteral("택배,등기,소포");
const QString kCj = QStringLiteral("CJ대한통운");
const QStringList kHeader{kOrderNo, kMethod, kCourier, kTracking};

// The 발주발송관리 download's columns in their current order (see the marketplace reference).
const QStringList kFullHeader =
    QStringLiteral(
        "상품주문번호|주문번호|배송속성|풀필먼트사(주문 기준)|택배사(주문 기준)|배송방법(구매자 "
        "요청)|배송방법|택배사|"
        "송장번호|발송일|판매채널|구매자명|구매자ID|수취인명|주문상태|주문세부상태|수량클레임 "
        "여부|결제위치|결제일|"
        "상품번호|상품명|상품종류|반품안심케어|멤버십N배송|옵션정보|옵션관리코드|수량|옵션가격|상품가격|"
        "최종 상품별 할인액|최초 상품별 할인액|판매자 부담 할인액|최종 상품별 총 주문금액|최초 상품별 총 "
        "주문금액|사은품|"
        "발주확인일|발송기한|발송처리일|송장출력일|배송비 형태|배송비 묶음번호|배송비 유형|배송비 합계|"
        "제주/도서 추가배송비|배송비 할인액|판매자 상품코드|판매자 내부코드1|판매자 내부코드2|수취인연락처1|"
        "수취인연락처2|통합배송지|기본배송지|상세배송지|구매자연락처|우편번호|배송메세지|출고지|결제수단|"
        "네이버페이 주문관리 수수료|매출연동 "
        "수수료|정산예정금액|개인통관고유부호|주문일시|배송희망일|구독신청회차|"
        "구독진행회차|구독배송희망일|배송태그 유형|출입방법 유형|출입방법 내용|수령위치 유형|수령위치 내용")
        .split(QLatin1Char('|'));
const QString kNotice = QStringLiteral("※ 엑셀 일괄발송 ... ※ 파일 업로드 시, 1행 삭제 후 업로드");

// "line|order|courier|tracking", to compare rows in one QCOMPARE.
QStringList flatten(const QList<DispatchUploadRow> &rows)
{
    QStringList out;
    for (const DispatchUploadRow &r : rows)
        out << QStringLiteral("%1|%2|%3|%4")
                   .arg(QString::number(r.line), r.productOrderNo, r.courier, r.trackingNo);
    return out;
}

QStringList messages(const DispatchUploadResult &result)
{
    QStringList out;
    for (const DispatchUploadProblem &p : result.problems)
        out << QStringLiteral("%1: %2").arg(p.line).arg(p.message);
    return out;
}

QByteArray csv(const Rows &rows)
{
    QStringList lines;
    for (const QStringList &r : rows) {
        QStringList cells;
        for (const QString &c : r)
            cells << CsvWriter::escapeCell(c);
        lines << cells.join(QLatin1Char(','));
    }
    return lines.join(QStringLiteral("\r\n")).toUtf8() + "\r\n";
}

} // namespace

class TestDispatchUpload : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    // The Naver download as a seller would upload it: notice on row 1, all columns on row 2, the tracking
    // number typed as a number (Excel stores it as one).
    QString writeDownloadXlsx()
    {
        const QString name = QStringLiteral("발주발송관리.xlsx");
        const QByteArray bytes = sd::test::writeWorkbook(
            m_dir,
            [](lxw_workbook *wb) {
                lxw_worksheet *ws = workbook_add_worksheet(wb, "발주발송관리");
                worksheet_write_string(ws, 0, 0, kNotice.toUtf8().constData(), nullptr);
                for (int c = 0; c < kFullHeader.size(); ++c)
                    worksheet_write_string(ws, 1, lxw_col_t(c), kFullHeader.at(c).toUtf8().constData(),
                                           nullptr);
                const auto col = [](const QString &header) { return lxw_col_t(kFullHeader.indexOf(header)); };
                worksheet_write_string(ws, 2, col(kOrderNo), "2026112112345678", nullptr);
                worksheet_write_string(ws, 2, col(QStringLiteral("택배사(주문 기준)")), "한진택배", nullptr);
                worksheet_write_string(ws, 2, col(kMethod), "택배,등기,소포", nullptr);
                worksheet_write_string(ws, 2, col(kCourier), "CJ대한통운", nullptr);
                worksheet_write_number(ws, 2, col(kTracking), 555566667777.0, nullptr);
                worksheet_write_string(ws, 2, col(QStringLiteral("상품명")), "겨울 니트, 그레이", nullptr);
                worksheet_write_number(ws, 3, col(kOrderNo), 2026112112345679.0, nullptr);
                worksheet_write_string(ws, 3, col(kCourier), "HANJIN", nullptr);
                worksheet_write_string(ws, 3, col(kTracking), "4321-8765-0987", nullptr);
            },
            false, name);
        return bytes.isEmpty() ? QString() : m_dir.filePath(name);
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void acceptsGoodTables_data()
    {
        QTest::addColumn<Rows>("table");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("minimal") << Rows{kHeader,
                                         {"2026112112345678", kParcel, kCj, "555566667777"},
                                         {"2026112112345679", "", QStringLiteral("롯데택배"), "123456789012"}}
                                 << QStringList{QStringLiteral("2|2026112112345678|CJ대한통운|555566667777"),
                                                QStringLiteral("3|2026112112345679|롯데택배|123456789012")};
        QTest::newRow("notice on row 1") << Rows{{kNotice}, kHeader, {"1001", kParcel, kCj, "555566667777"}}
                                         << QStringList{QStringLiteral("3|1001|CJ대한통운|555566667777")};
        QTest::newRow("header on row 5")
            << Rows{{"a"}, {}, {"b"}, {"c"}, kHeader, {"1001", "", kCj, "555566667777"}}
            << QStringList{QStringLiteral("6|1001|CJ대한통운|555566667777")};
        QStringList full(kFullHeader.size());
        full[kFullHeader.indexOf(kOrderNo)] = "1001";
        full[kFullHeader.indexOf(QStringLiteral("택배사(주문 기준)"))] = QStringLiteral("한진택배");
        full[kFullHeader.indexOf(QStringLiteral("배송방법(구매자 요청)"))] = QStringLiteral("직접전달");
        full[kFullHeader.indexOf(kMethod)] = kParcel;
        full[kFullHeader.indexOf(kCourier)] = kCj;
        full[kFullHeader.indexOf(kTracking)] = "555566667777";
        QTest::newRow("full download, columns by name")
            << Rows{{kNotice}, kFullHeader, full}
            << QStringList{QStringLiteral("3|1001|CJ대한통운|555566667777")};
        QTest::newRow("code, trimmed, kept as written")
            << Rows{{kOrderNo, kCourier, kTracking}, {" 1001 ", " cjgls ", " 5555-6666-7777 "}}
            << QStringList{QStringLiteral("2|1001|cjgls|5555-6666-7777")};
        QTest::newRow("empty rows skipped, lines kept")
            << Rows{kHeader,       {"1001", kParcel, kCj, "555566667777"}, {},
                    {"", " ", ""}, {"1002", kParcel, kCj, "555566668888"}, {}}
            << QStringList{QStringLiteral("2|1001|CJ대한통운|555566667777"),
                           QStringLiteral("5|1002|CJ대한통운|555566668888")};
        QTest::newRow("exact repeat dropped")
            << Rows{kHeader, {"1001", kParcel, kCj, "555566667777"}, {"1001", "", "CJGLS", "5555-6666-7777"}}
            << QStringList{QStringLiteral("2|1001|CJ대한통운|555566667777")};
        QTest::newRow("parcel methods")
            << Rows{kHeader,
                    {"1", QStringLiteral("택배"), kCj, "1"},
                    {"2", QStringLiteral("택배, 등기, 소포"), kCj, "2"},
                    {"3", QStringLiteral("DELIVERY"), kCj, "3"},
                    {"4", QStringLiteral("등기"), kCj, "4"}}
            << QStringList{QStringLiteral("2|1|CJ대한통운|1"), QStringLiteral("3|2|CJ대한통운|2"),
                           QStringLiteral("4|3|CJ대한통운|3"), QStringLiteral("5|4|CJ대한통운|4")};
        QTest::newRow("headers with spaces and BOM")
            << Rows{{QStringLiteral("\uFEFF상품주문번호"), QStringLiteral(" 택배사 "),
                     QStringLiteral("송장 번호")},
                    {"1001", QStringLiteral("우체국택배"), "6000000000001"}}
            << QStringList{QStringLiteral("2|1001|우체국택배|6000000000001")};
        QTest::newRow("short rows") << Rows{kHeader, {"1001", "", kCj, "555566667777"}}
                                    // trailing cells missing
                                    << QStringList{QStringLiteral("2|1001|CJ대한통운|555566667777")};
    }
    void acceptsGoodTables()
    {
        QFETCH(Rows, table);
        QFETCH(QStringList, expected);
        const DispatchUploadResult result = parseDispatchTable(table);
        QVERIFY2(result.ok(), qPrintable(messages(result).join(QLatin1Char('\n'))));
        QCOMPARE(flatten(result.rows), expected);
    }

    void reportsProblems_data()
    {
        QTest::addColumn<Rows>("table");
        QTest::addColumn<QStringList>("expected"); // "line: message" prefixes, in order
        const QStringList good{"1001", kParcel, kCj, "555566667777"};
        QTest::newRow("no header") << Rows{{"a", "b"}, {"1", "2"}}
                                   << QStringList{QStringLiteral("0: No header row found")};
        QTest::newRow("header on row 6") << Rows{{}, {}, {}, {}, {}, kHeader, good}
                                         << QStringList{QStringLiteral("0: No header row found")};
        QTest::newRow("no 택배사 column")
            << Rows{{kOrderNo, QStringLiteral("택배사(주문 기준)"), kTracking}, {"1", kCj, "1"}}
            << QStringList{QStringLiteral("0: The header row (row 1) has no 택배사 column.")};
        QTest::newRow("no 송장번호 column")
            << Rows{{kNotice}, {kOrderNo, kCourier}, {"1", kCj}}
            << QStringList{QStringLiteral("0: The header row (row 2) has no 송장번호 column.")};
        QTest::newRow("empty tracking") << Rows{kHeader, good, {"1002", kParcel, kCj, " "}}
                                        << QStringList{QStringLiteral("3: Row 3: 송장번호 is empty.")};
        QTest::newRow("empty order and courier")
            << Rows{kHeader, {"", "", "", "555566667777"}}
            << QStringList{QStringLiteral("2: Row 2: 상품주문번호 is empty."),
                           QStringLiteral("2: Row 2: 택배사 is empty.")};
        QTest::newRow("unknown courier")
            << Rows{kHeader, {"1001", "", QStringLiteral("대한통운택배"), "555566667777"}}
            << QStringList{QStringLiteral("2: Row 2: The courier \"대한통운택배\" is not known.")};
        QTest::newRow("placeholders in data stay as written")
            << Rows{kHeader, {"1001", "", QStringLiteral("%1%2"), "555566667777"}}
            << QStringList{QStringLiteral("2: Row 2: The courier \"%1%2\" is not known.")};
        QTest::newRow("직접전달 without tracking")
            << Rows{kHeader, good, {"1002", QStringLiteral("직접전달"), "", ""}}
            << QStringList{QStringLiteral("3: Row 3: The delivery method \"직접전달\" is not supported.")};
        QTest::newRow("퀵서비스 and 방문수령")
            << Rows{kHeader,
                    {"1", QStringLiteral("퀵서비스"), "", ""},
                    {"2", QStringLiteral("방문수령"), "", ""}}
            << QStringList{QStringLiteral("2: Row 2: The delivery method \"퀵서비스\" is not supported."),
                           QStringLiteral("3: Row 3: The delivery method \"방문수령\" is not supported.")};
        QTest::newRow("same order, other tracking")
            << Rows{kHeader,
                    good,
                    {"1002", kParcel, kCj, "555566668888"},
                    {"1001", kParcel, kCj, "555566669999"}}
            << QStringList{QStringLiteral("2: Row 2: 상품주문번호 1001 is also given with a different courier or tracking number on row 4"),
                           QStringLiteral("4: Row 4: 상품주문번호 1001 is also given with a different courier or tracking number on row 2")};
        QTest::newRow("same order, other courier")
            << Rows{kHeader, good, {"1001", kParcel, QStringLiteral("한진택배"), "555566667777"}}
            << QStringList{QStringLiteral("2: Row 2: 상품주문번호 1001 is also given with a different courier or tracking number on row 3"),
                           QStringLiteral("3: Row 3: 상품주문번호 1001 is also given with a different courier or tracking number on row 2")};
        QTest::newRow("header only") << Rows{{kNotice}, kHeader, {}}
                                     << QStringList{QStringLiteral(
                                            "0: The file has no orders under its header row (row 2).")};
        QTest::newRow("nothing at all") << Rows{} << QStringList{QStringLiteral("0: No header row found")};
    }
    void reportsProblems()
    {
        QFETCH(Rows, table);
        QFETCH(QStringList, expected);
        const DispatchUploadResult result = parseDispatchTable(table);
        QVERIFY(!result.ok());
        // The good rows are kept apart from the rejected ones (skip-bad applies them; the service
        // decides), never a row with a problem.
        QSet<int> bad;
        for (const DispatchUploadProblem &p : result.problems)
            bad.insert(p.line);
        for (const DispatchUploadRow &row : result.rows)
            QVERIFY2(row.ok() && !bad.contains(row.line), qPrintable(QString::number(row.line)));
        for (const DispatchUploadRow &row : result.rejected)
            QVERIFY(!row.ok() && bad.contains(row.line));
        QCOMPARE(result.fileProblem, bad.contains(0));
        const QStringList got = messages(result);
        QCOMPARE(got.size(), expected.size());
        for (int i = 0; i < got.size(); ++i)
            QVERIFY2(got.at(i).startsWith(expected.at(i)), qPrintable(got.at(i)));
    }

    void oneBadRowIsSetAside()
    {
        Rows table{kHeader};
        for (int i = 0; i < 50; ++i)
            table << QStringList{QString::number(1000 + i), kParcel, kCj,
                                 QString::number(555566660000LL + i)};
        QCOMPARE(parseDispatchTable(table).rows.size(), 50);
        table[30][2] = QStringLiteral("모르는택배");
        const DispatchUploadResult result = parseDispatchTable(table);
        QVERIFY(!result.ok());
        QCOMPARE(result.rows.size(), 49);
        QCOMPARE(result.rejected.size(), 1);
        QCOMPARE(result.rejected.first().line, 31);
        QCOMPARE(result.rejected.first().problems, quint8(UnknownCourier));
        QCOMPARE(result.problems.size(), 1);
        QCOMPARE(result.problems.first().line, 31);
        // The preview names the row; the result file's 오류 cell is in its own row, so it does not.
        QCOMPARE(result.problems.first().message,
                 QStringLiteral("Row 31: ") + dispatchRowReason(result.rejected.first()));
        QVERIFY(!dispatchRowReason(result.rejected.first()).contains(QStringLiteral("Row ")));
    }

    // Numbers a spreadsheet shortened: Excel's 15 digits in a number cell, scientific notation in a CSV.
    // A number cell with all 16 digits (SheetJS) and digits in a text cell are the seller's.
    void refusesNumbersASpreadsheetShortened()
    {
        sd::TableRows rows;
        rows.append(kHeader);
        rows.append({"2026120100000300", kParcel, kCj, "945807302157"}, {0, 3});
        rows.append({"2026120100000297", kParcel, kCj, "945807302158"}, {0, 3});
        rows.append({"2026120100000290", kParcel, kCj, "945807302159"});
        rows.append({"2.02612E+15", kParcel, kCj, "6.22415E+10"});
        const DispatchUploadResult result = parseDispatchTable(rows);
        QCOMPARE(result.rows.size(), 2);
        QCOMPARE(result.rows.at(0).line, 3);
        QCOMPARE(result.rows.at(1).line, 4);
        QCOMPARE(result.rejected.size(), 2);
        QCOMPARE(result.rejected.at(0).line, 2);
        QCOMPARE(result.rejected.at(0).problems, quint8(ShortenedOrderNo));
        QCOMPARE(result.rejected.at(1).line, 5);
        QCOMPARE(result.rejected.at(1).problems, quint8(ShortenedOrderNo | ShortenedTracking));
        QCOMPARE(result.problems.size(), 3);
        QVERIFY2(result.problems.at(0).message.startsWith(QStringLiteral("Row 2: ")) &&
                     result.problems.at(0).message.contains(QStringLiteral("15 digits")),
                 qPrintable(result.problems.at(0).message));
        QVERIFY2(result.problems.at(1).message.contains(QStringLiteral("2.02612E+15")),
                 qPrintable(result.problems.at(1).message));
        QVERIFY2(result.problems.at(2).message.contains(QStringLiteral("6.22415E+10")),
                 qPrintable(result.problems.at(2).message));
    }

    // The result file: the upload's four columns and 오류, each rejected row as written with its
    // reason, owner-only; read again it is an upload with the same rows.
    void theResultFileReadsBackAsAnUpload_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("format");
        QTest::newRow("xlsx") << QStringLiteral("result.xlsx") << int(FileFormat::Xlsx);
        QTest::newRow("csv") << QStringLiteral("result.csv") << int(FileFormat::Csv);
    }
    void theResultFileReadsBackAsAnUpload()
    {
        QFETCH(QString, name);
        QFETCH(int, format);
        const Rows table{kHeader,
                         {"1001", kParcel, QStringLiteral("모르는택배"), "555566667777"},
                         {"1002", QStringLiteral("퀵서비스"), kCj, ""},
                         {"1003", kParcel, kCj, "555566668888"},
                         {"1004", kParcel, kCj, ""}};
        DispatchUploadResult parsed = parseDispatchTable(table);
        QCOMPARE(parsed.rejected.size(), 3);
        parsed.rows.first().refusal = QStringLiteral("There is no order 1003.");
        const QList<DispatchUploadRow> rows = parsed.rejected + parsed.rows;
        const QString path = m_dir.filePath(name);
        const Result written = writeDispatchResultFile(path, FileFormat(format), rows);
        QVERIFY2(written.ok(), qPrintable(written.message));
        QCOMPARE(QFile(path).permissions() & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteOther),
                 QFileDevice::Permissions());
        QByteArray bytes;
        QCOMPARE(readImportFile(path, 1 << 20, &bytes), QString());
        const TableData read = readTable(bytes);
        QVERIFY2(read.ok(), qPrintable(read.error()));
        QCOMPARE(read.rows.size(), 5);
        QCOMPARE(read.rows.at(0), kHeader + QStringList{QStringLiteral("오류")});
        QCOMPARE(read.rows.at(1).mid(0, 4), table.at(1));
        QCOMPARE(read.rows.at(1).value(4), dispatchRowReason(parsed.rejected.at(0)));
        QCOMPARE(read.rows.at(4).value(4), QStringLiteral("There is no order 1003."));
        const DispatchUploadResult again = parseDispatchUpload(bytes);
        QCOMPARE(flatten(again.rows), QStringList{QStringLiteral("5|1003|CJ대한통운|555566668888")});
        QCOMPARE(again.rejected.size(), 3);
        QCOMPARE(again.rejected.at(1).problems, quint8(UnsupportedMethod));
        const Result refused = writeDispatchResultFile(m_dir.filePath(QStringLiteral("no.xls")), FileFormat::Html, rows);
        QCOMPARE(refused.kind, ErrorKind::BadInput);
        QVERIFY(refused.message.contains(QLatin1String(".xlsx")));
    }

    void readsCsvInEitherEncoding()
    {
        const Rows table{{kNotice}, kHeader, {"2026112112345678", kParcel, kCj, "555566667777"}};
        const QByteArray utf8 = csv(table);
        const QStringList expected{QStringLiteral("3|2026112112345678|CJ대한통운|555566667777")};
        DispatchUploadResult result = parseDispatchUpload(QByteArray("\xEF\xBB\xBF") + utf8);
        QVERIFY2(result.ok(), qPrintable(messages(result).join(QLatin1Char('\n'))));
        QCOMPARE(flatten(result.rows), expected);
        QStringEncoder encoder("windows-949");
        if (!encoder.isValid())
            QSKIP("This Qt build has no CP949 codec (needs ICU)");
        const QByteArray cp949 = encoder.encode(QString::fromUtf8(utf8));
        QVERIFY(cp949 != utf8);
        result = parseDispatchUpload(cp949);
        QVERIFY2(result.ok(), qPrintable(messages(result).join(QLatin1Char('\n'))));
        QCOMPARE(flatten(result.rows), expected);
    }

    void readsTheNaverDownloadAsXlsx()
    {
        const QString path = writeDownloadXlsx();
        QVERIFY(!path.isEmpty());
        const QStringList expected{QStringLiteral("3|2026112112345678|CJ대한통운|555566667777"),
                                   QStringLiteral("4|2026112112345679|HANJIN|4321-8765-0987")};
        QByteArray bytes;
        QCOMPARE(readImportFile(path, 1 << 20, &bytes), QString());
        const DispatchUploadResult fromFile = parseDispatchUpload(bytes);
        QVERIFY2(fromFile.ok(), qPrintable(messages(fromFile).join(QLatin1Char('\n'))));
        QCOMPARE(flatten(fromFile.rows), expected);
    }

    void unreadableFilesAreOneProblem_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("fragment");
        QFile encrypted(QStringLiteral(SD_IO_TEST_DATA "/encrypted/agile_ascii.xlsx"));
        QVERIFY(encrypted.open(QIODevice::ReadOnly));
        QTest::newRow("encrypted") << encrypted.readAll() << QStringLiteral("protected with a password");
        QTest::newRow("OLE signature, no container")
            << QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\0\0\0\0", 12) << QStringLiteral("damaged");
        QTest::newRow("html without a table") << QByteArray("<html><p>상품주문번호</p></html>")
                                              << QStringLiteral("HTML");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("empty");
        QTest::newRow("broken zip") << QByteArray("PK\x03\x04\x14\0\0\0broken") << QStringLiteral(".xlsx");
        QTest::newRow("bad text") << QByteArray("a,\x80\xFF\n") << QStringLiteral("CP949");
    }
    void unreadableFilesAreOneProblem()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, fragment);
        const DispatchUploadResult result = parseDispatchUpload(bytes);
        QVERIFY(result.rows.isEmpty());
        QCOMPARE(result.problems.size(), 1);
        QCOMPARE(result.problems.first().line, 0);
        QVERIFY2(result.problems.first().message.contains(fragment),
                 qPrintable(result.problems.first().message));
    }

    void missingOrOversizedFileIsRefused()
    {
        QByteArray bytes("stale");
        const QString missing = readImportFile(m_dir.filePath(QStringLiteral("없음.csv")), 1 << 20, &bytes);
        QVERIFY2(missing.contains(QStringLiteral("없음.csv")), qPrintable(missing));
        QVERIFY(bytes.isEmpty());
        const QString path = m_dir.filePath(QStringLiteral("big.csv"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.resize(2048));
        f.close();
        const QString tooLarge = readImportFile(path, 1024, &bytes);
        QVERIFY2(tooLarge.contains(QStringLiteral("big.csv")), qPrintable(tooLarge));
        QVERIFY(bytes.isEmpty());
    }

    // A device reports no size; it is read only up to the cap, then refused (it used to be read without end).
    void endlessDeviceIsRefusedAtTheCap()
    {
        if (!QFileInfo::exists(QStringLiteral("/dev/zero")))
            QSKIP("no /dev/zero here");
        QByteArray bytes;
        const QString tooLarge = readImportFile(QStringLiteral("/dev/zero"), 4 << 20, &bytes);
        QVERIFY2(tooLarge.contains(QStringLiteral("/dev/zero")), qPrintable(tooLarge));
        QVERIFY(bytes.isEmpty());
    }

    // A pipe reports no size either; what it holds is read whole.
    void pipeIsReadWhole()
    {
#ifdef Q_OS_UNIX
        const QString fifo = m_dir.filePath(QStringLiteral("pipe.csv"));
        QVERIFY(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
        const QByteArray text = QByteArray("상품주문번호,택배사,송장번호\n").repeated(50000);
        std::thread writer([&] {
            QFile w(fifo);
            if (w.open(QIODevice::WriteOnly))
                w.write(text);
        });
        QByteArray bytes;
        const QString error = readImportFile(fifo, 8 << 20, &bytes);
        writer.join();
        QCOMPARE(error, QString());
        QCOMPARE(bytes.size(), text.size());
        QVERIFY(bytes == text);
#else
        QSKIP("no named pipes here");
#endif
    }
};

QTEST_GUILESS_MAIN(TestDispatchUpload)
#include "test_dispatch_upload.moc"
