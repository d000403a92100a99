// Importing a generated Naver 발주발송관리 download (the layout of marketplaces.md, the notice line above
// the header; the 24 columns a seller typically keeps shown, --all-columns for all) of --rows rows, as CSV
// and as XLSX (io's own writer), through OrderImportService — checkFile then apply, the path the CLI and the
// GUI take — into an empty store, and again into the store that now has them (the idempotent pass: it must
// write nothing). Per run: wall and CPU time of this thread (the import runs on it), split into read (bytes →
// table), signatures (each row's signature matched against the store's kept ones: in the idempotent pass
// every row ends here), map (profile, cells → orders), compare (with the store), stage (TEMP tables), publish (the one
// write transaction) and the search tail (the FTS5 documents in short transactions with BulkRun::kPauseMs
// between them), from the phase marks of services/orders/order_import_timing.h. Beside them, measured in the
// same run on the rows the first import wrote: the set-based load of the same rows into the same schema and
// `sqlite3 .import` of them as CSV (bench_set_load). Targets (issue 8 §6): an import into the empty store ≤
// 2× the set-based anchor, the idempotent pass ≤ 2 s. Then the store's size per million orders.
//
// usage: bench_order_import [--rows N] [--runs R] [--formats csv,xlsx] [--all-columns]
#include "../tests/naver_download.h"
#include "../tests/test_support.h"
#include "bench_set_load.h"
#include "bench_support.h"
#include "io/formats/csv_writer.h"
#include "io/formats/xlsx_table_writer.h"
#include "services/orders/order_import.h"
#include "services/orders/order_import_timing.h"

#include <QBuffer>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTimeZone>
#include <cstdio>
#include <map>
#include <sqlite3.h>

namespace {

// The columns a seller keeps visible (Naver lets them hide the rest): 24 of the 72, so 100,000 rows stay
// within io's cells cap (kReadMaxCells: 100,000 orders of 25 columns, or 34,000 of all 72).
const char *kShown = "상품주문번호,주문번호,택배사,송장번호,구매자명,수취인명,주문상태,주문세부상태,결제일,"
                     "상품명,옵션정보,수량,상품가격,"
                     "최종 상품별 총 주문금액,발송기한,배송비 "
                     "합계,수취인연락처1,기본배송지,상세배송지,구매자연락처,우편번호,배송메세지,"
                     "네이버페이 주문관리 수수료,정산예정금액";

const char *kSurnames[] = {"김", "이", "박", "최", "정", "강", "조", "윤", "장", "임"};
const char *kGiven[] = {"민수", "서연", "지훈", "하은", "도윤", "수아",
                        "예준", "지우", "시우", "서윤", "영희"};
const char *kProducts[] = {"무선 키보드, 블랙 에디션", "유기농 제주 감귤 5kg",
                           "스테인리스 텀블러 500ml",  "여성 니트 가디건 (아이보리)",
                           "강아지 사료 2kg \"연어\"", "LED 스탠드 조명 ⌨️"};
const char *kOptions[] = {"색상: 검정", "중량: 5kg", "색상: 실버 / 용량: 500ml",
                          "사이즈: M",  "",          "색상: 화이트"};
const char *kRoads[] = {"서울특별시 강남구 테헤란로", "부산광역시 해운대구 해운대로",
                        "경기도 성남시 분당구 판교역로", "대구광역시 수성구 달구벌대로",
                        "광주광역시 서구 상무중앙로"};

// One row of the download, the `header`'s columns in its order (empty where a real download is often empty).
QStringList naverRow(qint64 i, const QDateTime &base, const QStringList &header)
{
    const qint64 productOrderNo = 2026113000000000LL + i;
    const QString checkout = QStringLiteral("2026113%1").arg(i / 2, 9, 10, QLatin1Char('0'));
    const int kind = int(i % 20); // 8 new, 4 confirmed, 5 shipping, 2 delivered, 1 decided of 20
    const bool shipped = kind >= 12;
    const QDateTime paid = base.addSecs(-qint64(i % 4000) * 60 - 3600);
    const auto at = [](const QDateTime &t) { return t.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")); };
    const int product = int(i % 6);
    const qint64 price = 9900 + (i % 37) * 1000;
    const int quantity = 1 + int(i % 3);
    const qint64 total = price * quantity;
    const QString buyer = QString::fromUtf8(kSurnames[i % 10]) + QString::fromUtf8(kGiven[i % 11]);
    const QString recipient =
        QString::fromUtf8(kSurnames[(i / 3) % 10]) + QString::fromUtf8(kGiven[(i / 7) % 11]);
    QMap<QString, QString> v;
    v[QStringLiteral("상품주문번호")] = QString::number(productOrderNo);
    v[QStringLiteral("주문번호")] = checkout;
    v[QStringLiteral("배송속성")] = QStringLiteral("일반배송");
    v[QStringLiteral("배송방법(구매자 요청)")] = QStringLiteral("택배,등기,소포");
    v[QStringLiteral("배송방법")] = QStringLiteral("택배,등기,소포");
    if (shipped) {
        v[QStringLiteral("택배사")] = i % 2 ? QStringLiteral("CJ대한통운") : QStringLiteral("한진택배");
        v[QStringLiteral("송장번호")] = QStringLiteral("5%1").arg(i, 11, 10, QLatin1Char('0'));
        v[QStringLiteral("발송일")] = at(paid.addSecs(86400));
        v[QStringLiteral("발송처리일")] = at(paid.addSecs(86400));
    }
    v[QStringLiteral("판매채널")] = QStringLiteral("스마트스토어");
    v[QStringLiteral("구매자명")] = buyer;
    v[QStringLiteral("구매자ID")] = QStringLiteral("buyer%1****").arg(i % 1000);
    v[QStringLiteral("수취인명")] = recipient;
    static const char *statuses[][2] = {{"결제완료", "신규주문"},
                                        {"결제완료", "발주확인"},
                                        {"배송중", ""},
                                        {"배송완료", ""},
                                        {"구매확정", ""}};
    const int s = kind < 8 ? 0 : kind < 12 ? 1 : kind < 17 ? 2 : kind < 19 ? 3 : 4;
    v[QStringLiteral("주문상태")] = QString::fromUtf8(statuses[s][0]);
    v[QStringLiteral("주문세부상태")] = QString::fromUtf8(statuses[s][1]);
    v[QStringLiteral("결제위치")] = i % 4 ? QStringLiteral("MOBILE") : QStringLiteral("PC");
    v[QStringLiteral("결제일")] = at(paid);
    v[QStringLiteral("상품번호")] = QString::number(8800000000LL + product);
    v[QStringLiteral("상품명")] = QString::fromUtf8(kProducts[product]);
    v[QStringLiteral("상품종류")] = QStringLiteral("조합형옵션상품");
    v[QStringLiteral("옵션정보")] = QString::fromUtf8(kOptions[product]);
    v[QStringLiteral("수량")] = QString::number(quantity);
    v[QStringLiteral("옵션가격")] = QStringLiteral("0");
    v[QStringLiteral("상품가격")] = QString::number(price);
    v[QStringLiteral("최종 상품별 할인액")] = QStringLiteral("0");
    v[QStringLiteral("최종 상품별 총 주문금액")] = QString::number(total);
    v[QStringLiteral("최초 상품별 총 주문금액")] = QString::number(total);
    if (kind >= 8)
        v[QStringLiteral("발주확인일")] = at(paid.addSecs(7200));
    v[QStringLiteral("발송기한")] = paid.addDays(3).toString(QStringLiteral("yyyy.MM.dd"));
    v[QStringLiteral("배송비 형태")] = QStringLiteral("선결제");
    v[QStringLiteral("배송비 묶음번호")] = QString::number(300000000LL + i / 2);
    v[QStringLiteral("배송비 유형")] = QStringLiteral("조건부무료");
    v[QStringLiteral("배송비 합계")] = total >= 30000 ? QStringLiteral("0") : QStringLiteral("3,000");
    v[QStringLiteral("판매자 상품코드")] = QStringLiteral("SKU-%1").arg(product);
    v[QStringLiteral("수취인연락처1")] = QStringLiteral("010-%1-%2")
                                             .arg(1000 + i % 9000, 4, 10, QLatin1Char('0'))
                                             .arg(i % 10000, 4, 10, QLatin1Char('0'));
    const QString address = QStringLiteral("%1 %2").arg(QString::fromUtf8(kRoads[i % 5])).arg(1 + i % 500);
    v[QStringLiteral("통합배송지")] = address;
    v[QStringLiteral("기본배송지")] = address;
    v[QStringLiteral("상세배송지")] = QStringLiteral("%1동 %2호").arg(101 + i % 9).arg(100 + i % 1200);
    v[QStringLiteral("구매자연락처")] =
        QStringLiteral("010-%1-5678").arg(2000 + i % 7000, 4, 10, QLatin1Char('0'));
    v[QStringLiteral("우편번호")] = QStringLiteral("%1").arg(10000 + i % 50000, 5, 10, QLatin1Char('0'));
    v[QStringLiteral("배송메세지")] = i % 3 ? QStringLiteral("문 앞에 놓아 주세요") : QString();
    v[QStringLiteral("출고지")] = QStringLiteral("경기도 김포시 물류센터");
    v[QStringLiteral("결제수단")] = QStringLiteral("신용카드");
    const qint64 paymentFee = total * 330 / 10000, salesFee = total * 200 / 10000;
    v[QStringLiteral("네이버페이 주문관리 수수료")] = QString::number(paymentFee);
    v[QStringLiteral("매출연동 수수료")] = QString::number(salesFee);
    v[QStringLiteral("정산예정금액")] = QString::number(total - paymentFee - salesFee);
    if (i % 20 == 7)
        v[QStringLiteral("개인통관고유부호")] = QStringLiteral("P%1").arg(100000000000LL + i);
    v[QStringLiteral("주문일시")] = at(paid.addSecs(-30));
    QStringList cells;
    cells.reserve(header.size());
    for (const QString &h : header)
        cells << v.value(h);
    return cells;
}

bool writeFiles(qint64 rows, const QStringList &header, const QString &csvPath, const QString &xlsxPath)
{
    const QDateTime base(QDate(2026, 11, 30), QTime(5, 0), QTimeZone::utc());
    QFile csvFile(csvPath);
    if (!csvFile.open(QIODevice::WriteOnly))
        return false;
    sd::CsvWriter csv(&csvFile);
    // The notice line above the header, as Naver writes it (XlsxTableWriter's header row holds it).
    csv.writeRow({QString::fromUtf8(sd::test::kNaverNotice)});
    csv.writeRow(header);
    QList<sd::XlsxTableWriter::Column> columns;
    for (qsizetype c = 0; c < header.size(); ++c)
        columns << sd::XlsxTableWriter::Column{c == 0 ? QString::fromUtf8(sd::test::kNaverNotice)
                                                      : QString()};
    sd::XlsxTableWriter xlsx(xlsxPath, QStringLiteral("발주발송관리"), columns);
    if (!xlsx.isValid())
        return false;
    const auto xlsxRow = [&xlsx](const QStringList &cells) {
        for (int c = 0; c < cells.size(); ++c) {
            const QByteArray utf8 = cells.at(c).toUtf8();
            if (!utf8.isEmpty())
                xlsx.writeText(c, utf8.constData(), utf8.size());
        }
        return xlsx.endRow();
    };
    xlsxRow(header);
    for (qint64 i = 0; i < rows; ++i) {
        const QStringList cells = naverRow(i, base, header);
        csv.writeRow(cells);
        xlsxRow(cells);
    }
    return csv.finish() && xlsx.finish();
}

// Wall and CPU ms of this thread at each phase mark of one checkFile + apply.
struct Phases
{
    QList<QPair<QString, bench::Spent>> parts;
    bench::Spent total;
};

class PhaseClock
{
public:
    void start()
    {
        m_phases = {};
        m_wall.start();
        m_cpu = bench::threadCpuMs();
        m_lastWall = 0;
        m_lastCpu = m_cpu;
    }
    void mark(const char *phase)
    {
        const double wall = double(m_wall.nsecsElapsed()) / 1e6, cpu = bench::threadCpuMs();
        bench::Spent s;
        s.wall = wall - m_lastWall;
        s.cpu = cpu - m_lastCpu;
        m_phases.parts.append({QString::fromLatin1(phase), s});
        m_lastWall = wall;
        m_lastCpu = cpu;
    }
    Phases stop()
    {
        m_phases.total.wall = double(m_wall.nsecsElapsed()) / 1e6;
        m_phases.total.cpu = bench::threadCpuMs() - m_cpu;
        return m_phases;
    }

private:
    QElapsedTimer m_wall;
    double m_cpu = 0, m_lastWall = 0, m_lastCpu = 0;
    Phases m_phases;
};

struct Run
{
    Phases phases;
    int newCount = 0, updatedCount = 0, unchangedCount = 0, written = 0;
    bool storeWritten = false; // another connection's PRAGMA data_version moved: something was committed
};

qint64 dataVersion(sqlite3 *watcher)
{
    sqlite3_stmt *st = nullptr;
    qint64 v = -1;
    if (sqlite3_prepare_v2(watcher, "PRAGMA data_version", -1, &st, nullptr) == SQLITE_OK &&
        sqlite3_step(st) == SQLITE_ROW)
        v = sqlite3_column_int64(st, 0);
    sqlite3_finalize(st);
    return v;
}

Run importOnce(sd::Workspace &ws, const sd::UserSession &user, const QByteArray &bytes, const QString &name,
               PhaseClock &clock)
{
    Run run;
    sqlite3 *watcher = bench::openRaw(ws.databasePath());
    const qint64 versionBefore = dataVersion(watcher);
    sd::OrderImportService service(ws, user);
    sd::OrderImportOptions options;
    options.source = name;
    clock.start();
    const sd::OrderImportPlan plan = service.checkFile(bytes, options);
    if (!plan.ok()) {
        std::fprintf(stderr, "check failed: %s\n", qPrintable(plan.result.message));
        for (const sd::OrderImportRow &r : plan.rows.mid(0, 5))
            std::fprintf(stderr, "  row %d: %s\n", r.line, qPrintable(r.reason));
        std::exit(1);
    }
    const sd::OrderImportReport report = service.apply(plan);
    if (!report.result.ok()) {
        std::fprintf(stderr, "apply failed: %s\n", qPrintable(report.result.message));
        std::exit(1);
    }
    run.phases = clock.stop();
    run.newCount = plan.newCount;
    run.updatedCount = plan.updatedCount;
    run.unchangedCount = plan.unchangedCount;
    run.written = report.written;
    run.storeWritten = dataVersion(watcher) != versionBefore;
    sqlite3_close(watcher);
    return run;
}

void printRun(const char *what, const Run &r, qint64 rows)
{
    std::printf("  %s: %d new, %d updated, %d unchanged, %d written%s\n", what, r.newCount, r.updatedCount,
                r.unchangedCount, r.written,
                r.written > 0    ? ""
                : r.storeWritten ? ", BUT SOMETHING WAS COMMITTED"
                                 : ", nothing committed (PRAGMA data_version unchanged)");
    bench::printLine("    total (checkFile + apply)", r.phases.total.wall, r.phases.total.cpu, rows);
    // Phases in the order they ran, the same name summed (several search batches).
    QList<QString> order;
    std::map<QString, bench::Spent> sums;
    for (const auto &p : r.phases.parts) {
        if (!sums.count(p.first))
            order << p.first;
        sums[p.first] += p.second;
    }
    for (const QString &name : order) {
        const QByteArray label = QByteArray("      ") + name.toUtf8();
        bench::printLine(label.constData(), sums[name].wall, sums[name].cpu, rows);
    }
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("rows"), QStringLiteral("Rows of the generated download."),
                      QStringLiteral("N"), QStringLiteral("100000")});
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Runs per format (the median is printed too)."),
                      QStringLiteral("R"), QStringLiteral("1")});
    parser.addOption({QStringLiteral("all-columns"),
                      QStringLiteral("All 72 columns (io's cells cap then allows about 34,000 rows).")});
    parser.addOption({QStringLiteral("formats"), QStringLiteral("csv, xlsx or both."), QStringLiteral("LIST"),
                      QStringLiteral("csv,xlsx")});
    parser.process(app);
    const qint64 rows = parser.value(QStringLiteral("rows")).toLongLong();
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());
    const QStringList formats = parser.value(QStringLiteral("formats")).split(QLatin1Char(','));

    const QStringList header =
        QString::fromUtf8(parser.isSet(QStringLiteral("all-columns")) ? sd::test::kNaverDispatchHeader
                                                                      : kShown)
            .split(QLatin1Char(','));

    QTemporaryDir dir;
    const QString csvPath = dir.filePath(QStringLiteral("발주발송관리.csv"));
    const QString xlsxPath = dir.filePath(QStringLiteral("발주발송관리.xlsx"));
    if (!writeFiles(rows, header, csvPath, xlsxPath)) {
        std::fprintf(stderr, "could not write the order files\n");
        return 1;
    }
    std::printf(
        "bench_order_import: %lld rows of the Naver 발주발송관리 layout (%lld of its 72 columns); CSV "
        "%.1f MiB, XLSX %.1f MiB\n",
        static_cast<long long>(rows), static_cast<long long>(header.size()),
        double(QFileInfo(csvPath).size()) / 1048576.0, double(QFileInfo(xlsxPath).size()) / 1048576.0);
    std::fflush(stdout);

    PhaseClock clock;
    sd::setOrderImportPhaseObserver([&clock](const char *phase) { clock.mark(phase); });
    QString firstStore;
    double storeMiB = 0, searchMiB = 0;
    QMap<QString, QList<double>> emptyWall, emptyCpu, againWall;
    for (int run = 0; run < runs; ++run) {
        for (const QString &format : formats) {
            const QString path = format == QLatin1String("xlsx") ? xlsxPath : csvPath;
            QFile f(path);
            if (!f.open(QIODevice::ReadOnly))
                return 1;
            const QByteArray bytes = f.readAll();
            const QString db = dir.filePath(QStringLiteral("store-%1-%2.sqlite").arg(format).arg(run));
            QString error;
            auto ws = keepMessage(&error, [&](sd::Result *r) {
                return sd::Workspace::open(db, sd::Clock::system(), false, r);
            });
            if (!ws) {
                std::fprintf(stderr, "%s\n", qPrintable(error));
                return 1;
            }
            const sd::UserSession op =
                sd::test::addUser(storeDatabase(*ws).connection(), QStringLiteral("op"), sd::Role::Operator,
                                  QString(), QDateTime::currentDateTimeUtc());
            std::printf("%s, run %d of %d\n", qPrintable(format.toUpper()), run + 1, runs);
            const Run empty = importOnce(*ws, op, bytes, QFileInfo(path).fileName(), clock);
            printRun("into the empty store", empty, rows);
            const Run again = importOnce(*ws, op, bytes, QFileInfo(path).fileName(), clock);
            printRun("again (idempotent pass)", again, rows);
            std::fflush(stdout);
            emptyWall[format] << empty.phases.total.wall;
            emptyCpu[format] << empty.phases.total.cpu;
            againWall[format] << again.phases.total.wall;
            if (firstStore.isEmpty()) {
                firstStore = db;
                ws.reset(); // checkpoints the WAL
                storeMiB = bench::storeSizeMiB(db);
                searchMiB = bench::searchIndexMiB(db);
            }
        }
    }
    sd::setOrderImportPhaseObserver({});

    const bench::SetBasedLoad anchor = bench::measureSetBasedLoad(firstStore, dir.path());
    bench::printSetBasedLoad(anchor);
    for (const QString &format : formats) {
        std::printf(
            "  ratio %s import into the empty store / anchor: wall %.2fx, cpu %.2fx (target <= 2.00x); "
            "idempotent pass wall %.0f ms (target <= 2000 ms)\n",
            qPrintable(format.toUpper()), bench::median(emptyWall.value(format)) / anchor.wall(),
            bench::median(emptyCpu.value(format)) / anchor.cpu(), bench::median(againWall.value(format)));
    }
    bench::printStoreSize(storeMiB, searchMiB, rows, anchor);
    return 0;
}
