// Memory and time of reading hostile files (the shapes a probe found, and a few more) beside reading a
// real-looking 100,000-row order file of the same format, measured in the same run.
//
// Each case runs in a child process (this program started again with `--case NAME`), so every peak is its
// own: the child builds its input, resets its peak (writing 5 to /proc/self/clear_refs), reads, and prints
// the growth of its peak resident set (VmHWM) over the resident set before the read. The input itself is
// not counted (the caller holds it). `unpacked` is what the reader has to look at: the file for CSV and
// HTML, the sum of the parts' unpacked sizes for XLSX.
//
// bench_hostile_files            every case
// bench_hostile_files --case X   one case
#include "io/formats/csv_reader.h"
#include "io/formats/html_table_reader.h"
#include "io/formats/read_limits.h"
#include "io/formats/table_reader.h"
#include "io/formats/xlsx_reader.h"
#include "io/marketplace/dispatch_upload.h"
#include "zip_fixture.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <cstdio>
#include <malloc.h>
#include <functional>

using sd::test::Repeated;
using sd::test::repeat;
using sd::test::writeHandXlsx;

namespace {

qint64 statusKiB(const char *key)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith(key))
            return line.mid(qsizetype(strlen(key))).trimmed().split(' ').value(0).toLongLong();
    }
    return 0;
}

bool resetPeak()
{
    QFile f(QStringLiteral("/proc/self/clear_refs"));
    return f.open(QIODevice::WriteOnly) && f.write("5") == 1;
}

struct Input
{
    QByteArray bytes;
    qint64 unpacked = 0;
};

// What a reader gives back, in one line.
struct Outcome
{
    bool ok = false;
    QString text;
};

Outcome outcomeOf(const sd::TableData &t)
{
    if (t.ok())
        return {true, QStringLiteral("read: %1 rows, %2 cells, %3 M characters")
                          .arg(t.rows.size())
                          .arg(t.rows.cellCount())
                          .arg(double(t.rows.textSize()) / 1e6, 0, 'f', 1)};
    return {false, t.error()};
}

Outcome outcomeOf(const sd::DispatchUploadResult &u)
{
    if (u.ok())
        return {true, QStringLiteral("read: %1 upload rows").arg(u.rows.size())};
    return {false, QStringLiteral("%1 problems listed, %2 more rows counted; first: %3")
                       .arg(u.problems.size())
                       .arg(u.omittedProblemRows)
                       .arg(u.problems.value(0).message)};
}

// --- realistic order data ----------------------------------------------------------------------

const QStringList kHeader = {
    QStringLiteral("상품주문번호"), QStringLiteral("주문번호"), QStringLiteral("배송방법"),
    QStringLiteral("택배사"), QStringLiteral("송장번호"), QStringLiteral("구매자명"), QStringLiteral("수취인명"),
    QStringLiteral("수취인연락처1"), QStringLiteral("통합배송지"), QStringLiteral("상품명"),
    QStringLiteral("옵션정보"), QStringLiteral("수량"), QStringLiteral("상품가격"),
    QStringLiteral("최종 상품별 총 주문금액"), QStringLiteral("정산예정금액"), QStringLiteral("결제일"),
    QStringLiteral("발송기한"), QStringLiteral("우편번호"), QStringLiteral("배송메세지"), QStringLiteral("주문상태")};
// Which columns are numbers in a real download (the rest are text).
const QList<int> kNumeric = {11, 12, 13, 14};

QList<QStringList> orderRows(int count)
{
    QRandomGenerator random(20261201);
    const QString family = QStringLiteral("김이박최정강조윤장임한오서신권황안송류홍");
    const QString given = QStringLiteral("민서지현우준영수하은도윤예진성호주원재");
    const QStringList couriers = {QStringLiteral("CJ대한통운"), QStringLiteral("롯데택배"), QStringLiteral("한진택배"),
                                  QStringLiteral("우체국택배"), QStringLiteral("로젠택배")};
    const QStringList cities = {QStringLiteral("서울특별시 강남구 테헤란로"), QStringLiteral("부산광역시 해운대구 센텀로"),
                                QStringLiteral("경기도 성남시 분당구 판교역로"), QStringLiteral("대구광역시 수성구 달구벌대로"),
                                QStringLiteral("인천광역시 연수구 송도과학로")};
    const QStringList products = {QStringLiteral("무선 블루투스 이어폰 노이즈캔슬링"), QStringLiteral("국산 햇 찹쌀 10kg"),
                                  QStringLiteral("여성 니트 가디건 루즈핏"), QStringLiteral("스테인리스 텀블러 500ml"),
                                  QStringLiteral("유아 물티슈 100매 10팩")};
    const QStringList messages = {QString(), QStringLiteral("문 앞에 놓아주세요"), QStringLiteral("부재시 경비실"),
                                  QStringLiteral("배송 전 연락 바랍니다")};
    const auto name = [&] {
        return QString(family.at(random.bounded(family.size()))) + given.at(random.bounded(given.size())) +
               given.at(random.bounded(given.size()));
    };
    QList<QStringList> rows{kHeader};
    rows.reserve(count + 1);
    for (int i = 0; i < count; ++i) {
        const qint64 order = 2026112100000000LL + i;
        const int qty = 1 + random.bounded(3);
        const int price = 1000 * (5 + random.bounded(95));
        rows.append({QString::number(order), QString::number(order / 10 * 10 + 1), QStringLiteral("택배,등기,소포"),
                     couriers.at(random.bounded(couriers.size())),
                     QString::number(500000000000LL + random.bounded(99999999)), name(), name(),
                     QStringLiteral("010-%1-%2").arg(1000 + random.bounded(9000)).arg(1000 + random.bounded(9000)),
                     QStringLiteral("%1 %2, %3동 %4호").arg(cities.at(random.bounded(cities.size()))).arg(random.bounded(300))
                         .arg(100 + random.bounded(20)).arg(101 + random.bounded(1500)),
                     products.at(random.bounded(products.size())),
                     QStringLiteral("색상: %1 / 사이즈: %2").arg(random.bounded(8)).arg(random.bounded(5)),
                     QString::number(qty), QString::number(price), QString::number(price * qty),
                     QString::number(price * qty * 94 / 100),
                     QStringLiteral("2026-11-%1 %2:%3:%4").arg(1 + random.bounded(28), 2, 10, QLatin1Char('0'))
                         .arg(random.bounded(24), 2, 10, QLatin1Char('0')).arg(random.bounded(60), 2, 10, QLatin1Char('0'))
                         .arg(random.bounded(60), 2, 10, QLatin1Char('0')),
                     QStringLiteral("2026-12-0%1").arg(1 + random.bounded(9)),
                     QString::number(10000 + random.bounded(89999)), messages.at(random.bounded(messages.size())),
                     QStringLiteral("결제완료")});
    }
    return rows;
}

QByteArray xmlEscaped(const QString &s)
{
    return s.toHtmlEscaped().toUtf8();
}

QString dir()
{
    static QTemporaryDir d;
    return d.path();
}

Input realXlsx()
{
    const QList<QStringList> rows = orderRows(100'000);
    QHash<QString, int> index;
    QByteArray shared;
    QByteArray sheet;
    for (int r = 0; r < rows.size(); ++r) {
        sheet += "<row r=\"" + QByteArray::number(r + 1) + "\">";
        for (int c = 0; c < rows.at(r).size(); ++c) {
            const QString &v = rows.at(r).at(c);
            if (v.isEmpty())
                continue;
            if (r > 0 && kNumeric.contains(c)) {
                sheet += "<c><v>" + v.toUtf8() + "</v></c>";
                continue;
            }
            auto it = index.constFind(v);
            if (it == index.constEnd()) {
                it = index.insert(v, int(index.size()));
                shared += "<si><t>" + xmlEscaped(v) + "</t></si>";
            }
            sheet += "<c t=\"s\"><v>" + QByteArray::number(*it) + "</v></c>";
        }
        sheet += "</row>";
    }
    Input in;
    in.bytes = writeHandXlsx(dir() + QStringLiteral("/real.xlsx"), {sheet}, {shared});
    in.unpacked = sheet.size() + shared.size();
    return in;
}

// One CSV line of `row`, appended to `out`.
void appendCsvLine(QByteArray &out, const QStringList &row)
{
    for (int c = 0; c < row.size(); ++c) {
        if (c)
            out += ',';
        const QString &v = row.at(c);
        out += v.contains(QLatin1Char(',')) ? '"' + v.toUtf8() + '"' : v.toUtf8();
    }
    out += "\r\n";
}

QByteArray csvOf(const QList<QStringList> &rows)
{
    QByteArray out = "\xEF\xBB\xBF";
    for (const QStringList &row : rows)
        appendCsvLine(out, row);
    return out;
}

QByteArray htmlOf(const QList<QStringList> &rows)
{
    QByteArray out = "<html><head><meta http-equiv=Content-Type content=\"text/html; charset=utf-8\">"
                     "<style>td {mso-number-format:\"\\@\";}</style></head><body><table border=0>\n";
    for (const QStringList &row : rows) {
        out += " <tr height=22 style='height:16.5pt'>\n";
        for (const QString &v : row)
            out += "  <td class=xl65>" + xmlEscaped(v) + "</td>\n";
        out += " </tr>\n";
    }
    return out + "</table></body></html>";
}

// The full 72-column Naver 발주발송관리 download (marketplaces.md) as CSV, with its notice line: the
// columns a real file fills hold values of their real shape, the others (subscriptions, access
// instructions, codes the seller does not use) are empty, as in a real download. Written row by row,
// so building it does not hold the table.
QByteArray naverCsv(int count)
{
    const QStringList header = QStringLiteral(
        "상품주문번호,주문번호,배송속성,풀필먼트사(주문 기준),택배사(주문 기준),배송방법(구매자 요청),배송방법,택배사,"
        "송장번호,발송일,판매채널,구매자명,구매자ID,수취인명,주문상태,주문세부상태,수량클레임 여부,결제위치,결제일,"
        "상품번호,상품명,상품종류,반품안심케어,멤버십N배송,옵션정보,옵션관리코드,수량,옵션가격,상품가격,"
        "최종 상품별 할인액,최초 상품별 할인액,판매자 부담 할인액,최종 상품별 총 주문금액,최초 상품별 총 주문금액,사은품,"
        "발주확인일,발송기한,발송처리일,송장출력일,배송비 형태,배송비 묶음번호,배송비 유형,배송비 합계,"
        "제주/도서 추가배송비,배송비 할인액,판매자 상품코드,판매자 내부코드1,판매자 내부코드2,수취인연락처1,"
        "수취인연락처2,통합배송지,기본배송지,상세배송지,구매자연락처,우편번호,배송메세지,출고지,결제수단,"
        "네이버페이 주문관리 수수료,매출연동 수수료,정산예정금액,개인통관고유부호,주문일시,배송희망일,구독신청회차,"
        "구독진행회차,구독배송희망일,배송태그 유형,출입방법 유형,출입방법 내용,수령위치 유형,수령위치 내용")
                                   .split(QLatin1Char(','));
    Q_ASSERT(header.size() == 72);
    const QList<QStringList> base = orderRows(qMin(count, 1000)); // 20 columns of real shape, reused
    const auto column = [&](const QString &h) { return int(kHeader.indexOf(h)); };
    QByteArray out = "\xEF\xBB\xBF";
    out += QStringLiteral("발주발송관리 엑셀 일괄발송 ※ 파일 업로드 시, 1행 삭제 후 업로드\r\n").toUtf8();
    out += header.join(QLatin1Char(',')).toUtf8() + "\r\n";
    QRandomGenerator random(20261202);
    for (int i = 0; i < count; ++i) {
        const QStringList &b = base.at(1 + i % (base.size() - 1));
        const QString no = QString::number(2026112100000000LL + i);
        const QString at = QStringLiteral("2026-11-%1 %2:%3:%4")
                               .arg(1 + random.bounded(28), 2, 10, QLatin1Char('0'))
                               .arg(random.bounded(24), 2, 10, QLatin1Char('0'))
                               .arg(random.bounded(60), 2, 10, QLatin1Char('0'))
                               .arg(random.bounded(60), 2, 10, QLatin1Char('0'));
        QStringList cells;
        cells.reserve(72);
        for (const QString &h : header) {
            const int c = column(h);
            QString v;
            if (h == u"상품주문번호")
                v = no;
            else if (h == u"주문번호")
                v = QString::number(2026112100000000LL / 10 * 10 + i / 2);
            else if (c >= 0)
                v = b.at(c);
            else if (h == u"배송속성")
                v = QStringLiteral("일반배송");
            else if (h == u"판매채널")
                v = QStringLiteral("스마트스토어");
            else if (h == u"구매자ID")
                v = QStringLiteral("user%1****").arg(random.bounded(1000));
            else if (h == u"주문세부상태" || h == u"수량클레임 여부" || h == u"반품안심케어" || h == u"멤버십N배송")
                v = QStringLiteral("N");
            else if (h == u"결제위치")
                v = QStringLiteral("MOBILE");
            else if (h == u"상품번호" || h == u"배송비 묶음번호")
                v = QString::number(8000000000LL + random.bounded(99999999));
            else if (h == u"상품종류")
                v = QStringLiteral("단일상품");
            else if (h.contains(u"할인액") || h == u"옵션가격" || h == u"제주/도서 추가배송비")
                v = QStringLiteral("0");
            else if (h == u"최초 상품별 총 주문금액")
                v = b.at(column(QStringLiteral("최종 상품별 총 주문금액")));
            else if (h == u"주문일시" || h == u"발주확인일")
                v = at;
            else if (h == u"배송비 형태")
                v = QStringLiteral("선결제");
            else if (h == u"배송비 유형")
                v = QStringLiteral("조건부 무료");
            else if (h == u"배송비 합계")
                v = QStringLiteral("3000");
            else if (h == u"수취인연락처2" || h == u"구매자연락처")
                v = b.at(column(QStringLiteral("수취인연락처1")));
            else if (h == u"기본배송지")
                v = b.at(column(QStringLiteral("통합배송지"))).section(QLatin1Char(','), 0, 0);
            else if (h == u"상세배송지")
                v = b.at(column(QStringLiteral("통합배송지"))).section(QLatin1Char(','), 1).trimmed();
            else if (h == u"출고지")
                v = QStringLiteral("경기도 김포시 고촌읍 아라육로 (물류센터)");
            else if (h == u"결제수단")
                v = QStringLiteral("신용카드");
            else if (h == u"네이버페이 주문관리 수수료")
                v = QString::number(random.bounded(3000));
            else if (h == u"매출연동 수수료")
                v = QString::number(random.bounded(2000));
            // the rest stay empty
            cells << v;
        }
        appendCsvLine(out, cells);
    }
    return out;
}

Input plain(const QByteArray &bytes)
{
    return {bytes, bytes.size()};
}

Input handXlsx(const Repeated &rows, const Repeated &shared = {})
{
    Input in;
    in.bytes = writeHandXlsx(dir() + QStringLiteral("/hostile.xlsx"), rows, shared);
    const auto size = [](const Repeated &r) {
        return r.prefix.size() + r.pattern.size() * r.count + r.suffix.size();
    };
    in.unpacked = size(rows) + size(shared);
    return in;
}

struct Case
{
    const char *name;
    const char *what;
    std::function<Input()> build;
    std::function<Outcome(const QByteArray &)> read;
};

Outcome readAny(const QByteArray &b)
{
    return outcomeOf(sd::readTable(b));
}

Outcome dispatch(const QByteArray &b)
{
    return outcomeOf(sd::parseDispatchUpload(b));
}

QList<Case> cases()
{
    QList<Case> all;
    // XLSX
    all.append({"xlsx-anchor", "ANCHOR: real-looking order file, 100,000 rows x 20 columns", realXlsx, readAny});
    all.append({"xlsx-empty-shared", "40 M empty shared strings (probe: 479 KB -> 1.9 GB, 10.7 s)",
                [] { return handXlsx({"", "<row/>", 1}, {"", "<si/>", 40'000'000}); }, readAny});
    all.append({"xlsx-space-shared", "10 M white-space shared strings",
                [] { return handXlsx({"", "<row/>", 1}, {"", "<si><t xml:space=\"preserve\">  </t></si>\n", 4'000'000}); },
                readAny});
    all.append({"xlsx-10m-shared", "10 M one-letter shared strings (probe: 437 KB -> 1.2 GB)",
                [] { return handXlsx({"", "<row/>", 1}, {"", "<si><t>a</t></si>", 10'000'000}); }, readAny});
    all.append({"xlsx-xfd", "a cell at column XFD on each of 1,199 rows (probe: 19.6 M cells, 465 MB)",
                [] {
                    QByteArray rows;
                    for (int r = 1; r <= 1199; ++r)
                        rows += "<row r=\"" + QByteArray::number(r) + "\"><c r=\"XFD" + QByteArray::number(r) +
                                "\"><v>1</v></c></row>";
                    return handXlsx({rows});
                },
                readAny});
    all.append({"xlsx-cells-cap", "short numbers filling the cells cap: 100,000 rows x 100 cells (accepted)",
                [] {
                    QByteArray rows;
                    for (int r = 0; r < 100'000; ++r) {
                        rows += "<row>";
                        for (int c = 0; c < 100; ++c)
                            rows += "<c><v>" + QByteArray::number((r + c) % 100) + "</v></c>";
                        rows += "</row>";
                    }
                    return handXlsx({rows});
                },
                readAny});
    all.append({"xlsx-2.5m-cells", "2,500,000 distinct numbers: 50,000 rows x 50 cells (accepted)",
                [] {
                    QByteArray rows;
                    for (int r = 0; r < 50'000; ++r) {
                        rows += "<row>";
                        for (int c = 0; c < 50; ++c)
                            rows += "<c><v>" + QByteArray::number(r * 50 + c) + "</v></c>";
                        rows += "</row>";
                    }
                    return handXlsx({rows});
                },
                readAny});
    all.append({"xlsx-deep", "1 M nested elements in a row",
                [] { return handXlsx({"<row><c><v>1</v></c>", "<x>", 1'000'000, ""}); }, readAny});
    all.append({"xlsx-inline-150mb", "one 150 MB inline string",
                [] { return handXlsx({"<row><c t=\"inlineStr\"><is><t>", "a", 150'000'000, "</t></is></c></row>"}); },
                readAny});
    all.append({"xlsx-attrs", "a cell tag with 10 M attributes",
                [] { return handXlsx({"<row><c ", "a=\"1\" ", 10'000'000, "><v>1</v></c></row>"}); }, readAny});
    // CSV
    all.append({"csv-anchor", "ANCHOR: real-looking order file, 100,000 rows x 20 columns",
                [] { return plain(csvOf(orderRows(100'000))); }, readAny});
    all.append({"csv-naver72-34k", "real-looking full Naver download, 34,000 rows x 72 columns (the old cap)",
                [] { return plain(naverCsv(34'000)); }, readAny});
    all.append({"csv-naver72-100k", "real-looking full Naver download, 100,000 rows x 72 columns",
                [] { return plain(naverCsv(100'000)); }, readAny});
    all.append({"csv-1m-bad-upload", "dispatch upload, 10 MB CSV of 1 M bad rows (probe: 607 MB of problems)",
                [] {
                    QByteArray b = "상품주문번호,택배사,송장번호\n";
                    for (int i = 0; i < 1'000'000; ++i)
                        b += "x,y,\n";
                    return plain(b);
                },
                dispatch});
    all.append({"csv-150k-bad-upload", "dispatch upload, 150,000 rows with two problems each",
                [] {
                    QByteArray b = "상품주문번호,택배사,송장번호\n";
                    for (int i = 0; i < 150'000; ++i)
                        b += QByteArray::number(2026112100000000LL + i) + ",없는택배,\n";
                    return plain(b);
                },
                dispatch});
    all.append({"csv-100mb-line", "one 100 MB line", [] { return plain(QByteArray(100'000'000, 'a')); }, readAny});
    all.append({"csv-100mb-commas", "one line of 100 M commas", [] { return plain(QByteArray(100'000'000, ',')); },
                readAny});
    all.append({"csv-cells-cap", "short cells filling the cells cap: 100,000 rows x 100 (accepted)",
                [] {
                    QByteArray b;
                    for (int r = 0; r < 100'000; ++r) {
                        for (int c = 0; c < 100; ++c)
                            b += QByteArray::number((r + c) % 100) + (c == 99 ? '\n' : ',');
                    }
                    return plain(b);
                },
                readAny});
    all.append({"csv-2.5m-cells", "2,500,000 distinct short cells: 50,000 rows x 50 (accepted)",
                [] {
                    QByteArray b;
                    for (int r = 0; r < 50'000; ++r) {
                        for (int c = 0; c < 50; ++c)
                            b += QByteArray::number(r * 50 + c) + (c == 49 ? '\n' : ',');
                    }
                    return plain(b);
                },
                readAny});
    // HTML
    all.append({"html-anchor", "ANCHOR: real-looking order page, 100,000 rows x 20 columns",
                [] { return plain(htmlOf(orderRows(100'000))); }, readAny});
    all.append({"html-deep-tables", "1 M nested <table> tags",
                [] { return plain("<html><body>" + repeat("<table><tr><td>", 1'000'000)); }, readAny});
    all.append({"html-100mb-cell", "one 100 MB cell",
                [] { return plain("<table><tr><td>" + QByteArray(100'000'000, 'a') + "</td></tr></table>"); }, readAny});
    all.append({"html-attrs", "a <td> with 10 M attributes",
                [] { return plain("<table><tr><td " + repeat("a=1 ", 10'000'000) + ">x</td></tr></table>"); },
                readAny});
    all.append({"html-colspan", "colspan=1000000000 on every cell of 200,000 rows",
                [] { return plain("<table>" + repeat("<tr><td colspan=1000000000>x", 200'000) + "</table>"); },
                readAny});
    return all;
}

QString mib(qint64 bytes)
{
    return QString::number(double(bytes) / (1024 * 1024), 'f', 1);
}

int runCase(const Case &c)
{
    const Input in = c.build();
    malloc_trim(0); // give back what building the input freed, so the read cannot hide in it
    const bool reset = resetPeak();
    const qint64 before = statusKiB("VmRSS:");
    QElapsedTimer timer;
    timer.start();
    const Outcome out = c.read(in.bytes);
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    const qint64 peak = statusKiB("VmHWM:");
    const double growth = double(peak - before) / 1024;
    QString text = out.text.simplified();
    if (text.size() > 110)
        text = text.left(107) + QStringLiteral("...");
    std::printf("%-20s %9s %9s %9.1f %6.2fx %9.0f  %s%s\n  %s\n", c.name, qPrintable(mib(in.bytes.size())),
                qPrintable(mib(in.unpacked)), growth, in.unpacked ? growth * 1024 * 1024 / double(in.unpacked) : 0.0,
                ms, out.ok ? "OK " : "REFUSED ", reset ? "" : "(peak not reset: upper bound) ", qPrintable(text));
    std::fflush(stdout);
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const QList<Case> all = cases();
    const qsizetype at = args.indexOf(QStringLiteral("--case"));
    if (at >= 0) {
        for (const Case &c : all) {
            if (QLatin1String(c.name) == args.value(at + 1))
                return runCase(c);
        }
        std::fprintf(stderr, "unknown case %s\n", qPrintable(args.value(at + 1)));
        return 2;
    }
    std::printf("Caps: %d rows, %d columns, %lld cells, %lld shared strings, %lld M characters, %d-character cells,\n"
                "      %lld KiB markup runs, XML depth %d, table nesting %d, %d problems listed.\n"
                "Each case in its own process; growth = peak RSS during the read minus RSS before it (MiB).\n\n",
                sd::kReadMaxRows, sd::kReadMaxColumns, sd::kReadMaxCells, sd::kReadMaxSharedStrings,
                sd::kReadMaxTextChars / (1024 * 1024), sd::kReadMaxCellChars, sd::kXmlMaxRunBytes / 1024,
                sd::kXmlMaxDepth, sd::kReadMaxTableNesting, sd::kReadMaxProblems);
    std::printf("%-20s %9s %9s %9s %7s %9s  %s\n", "case", "file MiB", "unpacked", "growth", "/unpkd", "ms",
                "outcome");
    std::fflush(stdout);
    for (const Case &c : all) {
        std::printf("# %s\n", c.what);
        std::fflush(stdout);
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedChannels);
        child.start(app.applicationFilePath(), {QStringLiteral("--case"), QLatin1String(c.name)});
        if (!child.waitForFinished(-1) || child.exitCode() != 0)
            std::printf("%-20s failed (exit %d)\n", c.name, child.exitCode());
    }
    return 0;
}
