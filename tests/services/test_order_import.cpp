#include "io/formats/csv_writer.h"
#include "io/formats/xlsx_table_writer.h"
#include "naver_download.h"
#include "services/common/export_service.h"
#include "services/orders/order_import.h"
#include "services/orders/order_service.h"
#include "storage/orders/order_repository.h"
#include "test_support.h"

#include <QBuffer>
#include <QFile>
#include <QTest>
#include <QThread>
#include <atomic>

using namespace sd;
using namespace sd::test;

namespace {

// The 발주발송관리 header (marketplaces.md), in the order Naver writes it.
const QStringList kNaverHeader = QString::fromUtf8(sd::test::kNaverDispatchHeader).split(QLatin1Char(','));

struct NaverRow
{
    QString id;
    QString status = QStringLiteral("결제완료");
    QString detail = QStringLiteral("신규주문");
    QString courier;
    QString tracking;
    QString product = QStringLiteral("무선 키보드, \"블랙\" 에디션 ⌨️");
    QString amount = QStringLiteral("35000");
    QString paid = QStringLiteral("2026-11-30 14:03:22");
    QString address = QStringLiteral("서울특별시 강남구 테헤란로 123");
};

// One row of the download as a map header → cell; the other 72 columns stay empty.
QStringList naverCells(const NaverRow &r)
{
    QHash<QString, QString> v{
        {QStringLiteral("상품주문번호"), r.id},
        {QStringLiteral("주문번호"), QStringLiteral("O") + r.id.left(10)},
        {QStringLiteral("택배사"), r.courier},
        {QStringLiteral("송장번호"), r.tracking},
        {QStringLiteral("구매자명"), QStringLiteral("김민수")},
        {QStringLiteral("수취인명"), QStringLiteral("이영희 😀")},
        {QStringLiteral("주문상태"), r.status},
        {QStringLiteral("주문세부상태"), r.detail},
        {QStringLiteral("결제일"), r.paid},
        {QStringLiteral("상품명"), r.product},
        {QStringLiteral("옵션정보"), QStringLiteral("=색상: 검정")},
        {QStringLiteral("수량"), QStringLiteral("1")},
        {QStringLiteral("상품가격"), QStringLiteral("35,000")},
        {QStringLiteral("최종 상품별 총 주문금액"), r.amount},
        {QStringLiteral("발송기한"), QStringLiteral("2026.12.03")},
        {QStringLiteral("배송비 합계"), QStringLiteral("3,000원")},
        {QStringLiteral("수취인연락처1"), QStringLiteral("010-9876-5432")},
        {QStringLiteral("기본배송지"), r.address},
        {QStringLiteral("상세배송지"), QStringLiteral("4층 \"A\"동")},
        {QStringLiteral("구매자연락처"), QStringLiteral("010-1234-5678")},
        {QStringLiteral("우편번호"), QStringLiteral("06236")},
        {QStringLiteral("배송메세지"), QStringLiteral("문 앞에,\n놓아 주세요")},
        {QStringLiteral("네이버페이 주문관리 수수료"), QStringLiteral("1,155")},
        {QStringLiteral("매출연동 수수료"), QStringLiteral("700")},
        {QStringLiteral("정산예정금액"), QStringLiteral("33,145")},
        {QStringLiteral("개인통관고유부호"), QStringLiteral("P123456789012")},
    };
    QStringList cells;
    for (const QString &h : kNaverHeader)
        cells << v.value(h);
    return cells;
}

QList<QStringList> naverTable(const QList<NaverRow> &rows, const QStringList &header = kNaverHeader)
{
    QList<QStringList> table{{QString::fromUtf8(sd::test::kNaverNotice)}, header};
    for (const NaverRow &r : rows) {
        QStringList cells = naverCells(r);
        if (header != kNaverHeader) { // a seller who hid columns
            QStringList kept;
            for (const QString &h : header)
                kept << cells.value(int(kNaverHeader.indexOf(h)));
            cells = kept;
        }
        table << cells;
    }
    return table;
}

QByteArray csvBytes(const QList<QStringList> &rows)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(&buffer);
    for (const QStringList &r : rows)
        writer.writeRow(r);
    writer.finish();
    return bytes;
}

// An .xlsx by io's own writer: payment times as real date cells (Excel serial numbers when read).
QByteArray xlsxBytes(const QTemporaryDir &dir, const QList<QStringList> &rows, const QString &name)
{
    const int width = int(rows.at(1).size());
    QList<XlsxTableWriter::Column> columns;
    for (int c = 0; c < width; ++c)
        columns << XlsxTableWriter::Column{rows.at(0).value(c), XlsxTableWriter::Kind::Text};
    const QString path = dir.filePath(name);
    {
        XlsxTableWriter writer(path, QStringLiteral("발주발송관리"), columns);
        for (int r = 1; r < rows.size(); ++r) {
            for (int c = 0; c < width; ++c) {
                const QString cell = rows.at(r).value(c);
                const QDateTime at = QDateTime::fromString(cell, QStringLiteral("yyyy-MM-dd HH:mm:ss"));
                if (r > 1 && at.isValid())
                    writer.writeDate(c, at.date().year(), at.date().month(), at.date().day(),
                                     at.time().hour(), at.time().minute(), at.time().second());
                else {
                    const QByteArray utf8 = cell.toUtf8();
                    writer.writeText(c, utf8.constData(), utf8.size());
                }
            }
            writer.endRow();
        }
        if (!writer.finish())
            return {};
    }
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QString id(int n)
{
    return QStringLiteral("20261130%1").arg(n, 8, 10, QLatin1Char('0'));
}

} // namespace

class TestOrderImport : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestWorkspace> t;
    UserSession op, finance;

    int count(const char *table) { return countRows(t->db(), QLatin1String(table)); }
    std::optional<Order> stored(const QString &no)
    {
        return OrderRepository(t->db()).findByProductOrderNo(no);
    }
    OrderImportPlan check(const QByteArray &bytes, const QString &source, OrderImportOptions options = {})
    {
        options.source = source;
        return OrderImportService(t->workspace(), op).checkFile(bytes, options);
    }
    OrderImportReport apply(const OrderImportPlan &plan, const BulkControl &control = {})
    {
        return OrderImportService(t->workspace(), op).apply(plan, control);
    }

private slots:
    void init()
    {
        t = std::make_unique<TestWorkspace>();
        QVERIFY2(t->ok(), qPrintable(t->error));
        op = addUser(t->db(), QStringLiteral("op"), Role::Operator);
        finance = addUser(t->db(), QStringLiteral("acct"), Role::Finance);
    }
    void cleanup() { t.reset(); }

    void naverDownloadAsXlsx()
    {
        NaverRow shipped{id(2), QStringLiteral("배송중"), QString(), QStringLiteral("CJ대한통운"),
                         QStringLiteral("123456789012")};
        const QList<QStringList> rows = naverTable({{id(1)}, shipped});
        const QByteArray bytes = xlsxBytes(t->dir, rows, QStringLiteral("발주발송관리.xlsx"));
        QVERIFY(bytes.startsWith("PK"));
        const OrderImportPlan plan = check(bytes, QStringLiteral("발주발송관리.xlsx"));
        QVERIFY2(plan.ok(), qPrintable(plan.result.message));
        QCOMPARE(plan.profile, QStringLiteral("naver_dispatch"));
        QCOMPARE(plan.headerLine, 2);
        QCOMPARE(plan.newCount, 2);
        QCOMPARE(count("orders"), 0); // the check writes nothing
        const OrderImportReport report = apply(plan);
        QVERIFY2(report.result.ok(), qPrintable(report.result.message));
        QCOMPARE(report.written, 2);

        const Order a = *stored(id(1));
        QCOMPARE(a.status, OrderStatus::New);
        QCOMPARE(a.rawStatus, QStringLiteral("결제완료"));
        QCOMPARE(a.productName, QStringLiteral("무선 키보드, \"블랙\" 에디션 ⌨️"));
        QCOMPARE(a.optionText, QStringLiteral("=색상: 검정"));
        QCOMPARE(a.totalAmount, Won(35000));
        QCOMPARE(a.unitPrice, Won(35000));
        QCOMPARE(a.shippingFee, Won(3000));
        QCOMPARE(a.dispatchDue, QDate(2026, 12, 3));
        // Seoul 14:03:22 is 05:03:22 UTC; the xlsx held it as a serial number.
        QCOMPARE(a.paidAt, QDateTime(QDate(2026, 11, 30), QTime(5, 3, 22), QTimeZone::utc()));
        QCOMPARE(a.contact.recipientName, QStringLiteral("이영희 😀"));
        QCOMPARE(a.contact.deliveryMessage, QStringLiteral("문 앞에,\n놓아 주세요"));
        QCOMPARE(a.contact.customsCode, QStringLiteral("P123456789012"));
        const Order b = *stored(id(2));
        QCOMPARE(b.status, OrderStatus::Shipping);
        QCOMPARE(b.courierCode, QStringLiteral("CJGLS"));
        QCOMPARE(b.trackingNo, QStringLiteral("123456789012"));
        // Fees and 정산예정금액 as reported.
        QCOMPARE(scalar(t->db(),
                        QStringLiteral("SELECT settlement_expected FROM orders WHERE product_order_no = ?"),
                        {id(1)})
                     .toLongLong(),
                 qint64(33145));
        QCOMPARE(scalar(t->db(),
                        QStringLiteral("SELECT amount FROM order_fees f JOIN orders o ON o.id = f.order_id "
                                       "WHERE o.product_order_no = ? AND f.fee = 'fee.payment'"),
                        {id(1)})
                     .toLongLong(),
                 qint64(1155));
        QCOMPARE(count("order_fees"), 4);
        QCOMPARE(count("order_events"), 2);
        QCOMPARE(
            scalar(t->db(), QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'order.import'"))
                .toInt(),
            1);
        // The search finds imported orders like any other.
        QCOMPARE(scalar(t->db(),
                        QStringLiteral("SELECT COUNT(*) FROM order_search WHERE order_search MATCH '이영희'"))
                     .toInt(),
                 2);
        QCOMPARE(scalar(t->db(), QStringLiteral("SELECT SUM(n) FROM order_status_counts")).toInt(), 2);
    }

    void sameFileTwiceWritesNothing()
    {
        const QByteArray bytes = csvBytes(naverTable({{id(1)}, {id(2)}}));
        QVERIFY(apply(check(bytes, QStringLiteral("a.csv"))).result.ok());
        const int audit = count("audit_log"), events = count("order_events");
        const qint64 changes = scalar(t->db(), QStringLiteral("SELECT total_changes()")).toLongLong();
        const OrderImportPlan again = check(bytes, QStringLiteral("a.csv"));
        QVERIFY2(again.ok(), qPrintable(again.result.message));
        QCOMPARE(again.unchangedCount, 2);
        QCOMPARE(again.newCount + again.updatedCount + again.conflictCount, 0);
        QVERIFY(again.nothingToWrite());
        const OrderImportReport report = apply(again);
        QVERIFY(report.result.ok());
        QCOMPARE(report.written, 0);
        QCOMPARE(count("audit_log"), audit);
        QCOMPARE(count("order_events"), events);
        QCOMPARE(scalar(t->db(), QStringLiteral("SELECT total_changes()")).toLongLong(),
                 changes); // no write at all
    }

    // Row signatures (order_import_rows): the same file again is told unchanged from its cells alone.
    qint64 dataVersion()
    {
        return scalar(t->db(), QStringLiteral("PRAGMA data_version")).toLongLong();
    }
    int signatures() { return count("order_import_rows"); }

    void secondImportIsUnchangedFromTheSignatures()
    {
        const QByteArray bytes = csvBytes(naverTable({{id(1)}, {id(2)}, {id(3)}}));
        QVERIFY(apply(check(bytes, QStringLiteral("a.csv"))).result.ok());
        // A signature for every imported order, kept with the order's updated_at.
        QCOMPARE(signatures(), 3);
        QCOMPARE(scalar(t->db(), QStringLiteral("SELECT COUNT(*) FROM orders o JOIN order_import_rows r "
                                               "ON r.order_id = o.id AND r.updated_at = o.updated_at"))
                     .toInt(),
                 3);
        const int audit = count("audit_log"), events = count("order_events");
        const qint64 version = dataVersion();
        const OrderImportPlan again = check(bytes, QStringLiteral("a.csv"));
        QVERIFY2(again.ok(), qPrintable(again.result.message));
        QCOMPARE(again.unchangedCount, 3);
        QCOMPARE(again.newCount + again.updatedCount + again.conflictCount + again.badCount, 0);
        QVERIFY(again.rows.isEmpty());
        const OrderImportReport report = apply(again);
        QVERIFY(report.result.ok());
        QCOMPARE(report.written, 0);
        QCOMPARE(dataVersion(), version); // nothing committed by any connection
        QCOMPARE(count("audit_log"), audit);
        QCOMPARE(count("order_events"), events);

        // The shortcut is taken, not the comparison: a change behind the store's back that leaves
        // updated_at as it was is not seen, one that moves updated_at is.
        QSqlQuery q(t->db());
        QVERIFY(q.exec(QStringLiteral("UPDATE orders SET product_name = 'behind' WHERE product_order_no = '%1'")
                           .arg(id(2))));
        QCOMPARE(check(bytes, QStringLiteral("a.csv")).unchangedCount, 3);
        QVERIFY(q.exec(QStringLiteral("UPDATE orders SET updated_at = updated_at + 1 WHERE product_order_no = '%1'")
                           .arg(id(2))));
        const OrderImportPlan seen = check(bytes, QStringLiteral("a.csv"));
        QCOMPARE(seen.unchangedCount, 2);
        QCOMPARE(seen.updatedCount, 1);
        QCOMPARE(seen.rows.constFirst().line, 4);
    }

    // A change from an empty value says so on its empty side ("Tracking no.: (none) → …"), never a
    // blank before the arrow.
    void aChangeFromNothingNamesTheEmptySide()
    {
        QVERIFY(apply(check(csvBytes(naverTable({{id(1)}})), QStringLiteral("monday.csv"))).result.ok());
        NaverRow shipped{id(1)};
        shipped.status = QStringLiteral("배송중");
        shipped.detail = QStringLiteral("배송중");
        shipped.courier = QStringLiteral("CJ대한통운");
        shipped.tracking = QStringLiteral("123456789012");
        t->clock.set(t->clock.nowUtc().addSecs(60));
        const OrderImportPlan plan = check(csvBytes(naverTable({shipped})), QStringLiteral("tuesday.csv"));
        QVERIFY2(plan.ok(), qPrintable(plan.result.message));
        QCOMPARE(plan.updatedCount, 1);
        const QStringList changes = plan.rows.constFirst().changes;
        bool tracking = false;
        for (const QString &line : changes) {
            QVERIFY2(!line.contains(QStringLiteral(":  →")), qPrintable(line));
            tracking = tracking || (line.contains(QStringLiteral("(none) → 123456789012")));
        }
        QVERIFY2(tracking, qPrintable(changes.join(QStringLiteral(" | "))));
    }

    void rowChangedInOneCellIsUpdated()
    {
        QVERIFY(apply(check(csvBytes(naverTable({{id(1)}, {id(2)}})), QStringLiteral("monday.csv"))).result.ok());
        const qint64 before = scalar(t->db(), QStringLiteral("SELECT r.signature FROM order_import_rows r JOIN "
                                                            "orders o ON o.id = r.order_id WHERE o.product_order_no = ?"),
                                     {id(2)})
                                  .toLongLong();
        NaverRow changed{id(2)};
        changed.product = QStringLiteral("무선 마우스");
        const QByteArray tuesday = csvBytes(naverTable({{id(1)}, changed}));
        t->clock.set(t->clock.nowUtc().addSecs(60));
        const OrderImportPlan plan = check(tuesday, QStringLiteral("tuesday.csv"));
        QVERIFY2(plan.ok(), qPrintable(plan.result.message));
        QCOMPARE(plan.unchangedCount, 1);
        QCOMPARE(plan.updatedCount, 1);
        QCOMPARE(plan.rows.constFirst().line, 4);
        QVERIFY(apply(plan).result.ok());
        const Order b = *stored(id(2));
        QCOMPARE(b.productName, QStringLiteral("무선 마우스"));
        const QList<OrderEvent> history = OrderRepository(t->db()).events(b.id);
        QCOMPARE(history.size(), 2);
        QVERIFY2(history.last().detail.startsWith(QStringLiteral("tuesday.csv: ")), qPrintable(history.last().detail));
        QVERIFY2(history.last().detail.contains(QStringLiteral("무선 마우스")), qPrintable(history.last().detail));
        // The order's signature is now the new row's, kept with its new updated_at: the same file again
        // is unchanged and writes nothing.
        QCOMPARE(signatures(), 2);
        QVERIFY(scalar(t->db(), QStringLiteral("SELECT r.signature FROM order_import_rows r JOIN orders o "
                                              "ON o.id = r.order_id AND o.updated_at = r.updated_at "
                                              "WHERE o.product_order_no = ?"),
                       {id(2)})
                    .toLongLong() != before);
        const qint64 version = dataVersion();
        const OrderImportPlan again = check(tuesday, QStringLiteral("tuesday.csv"));
        QCOMPARE(again.unchangedCount, 2);
        QVERIFY(again.nothingToWrite());
        QVERIFY(apply(again).result.ok());
        QCOMPARE(dataVersion(), version);
    }

    // The same plan as the whole comparison gives (every signature forgotten).
    static QString planText(const OrderImportPlan &p)
    {
        QStringList out{QStringLiteral("%1 new %2 updated %3 unchanged %4 conflict %5 bad")
                            .arg(p.newCount)
                            .arg(p.updatedCount)
                            .arg(p.unchangedCount)
                            .arg(p.conflictCount)
                            .arg(p.badCount)};
        for (const OrderImportRow &r : p.rows)
            out << QStringLiteral("%1 %2 %3 %4 %5")
                       .arg(int(r.kind))
                       .arg(r.line)
                       .arg(r.productOrderNo, r.changes.join(QLatin1Char('|')), r.reason);
        return out.join(QLatin1Char('\n'));
    }

    void orderChangedInTheStoreGoesTheWholeWay()
    {
        const QByteArray bytes = csvBytes(naverTable({{id(1)}, {id(2)}}));
        QVERIFY(apply(check(bytes, QStringLiteral("a.csv"))).result.ok());
        t->clock.set(QDateTime(QDate(2026, 12, 1), QTime(1, 0), QTimeZone::utc())); // after the payment
        const BulkReport dispatched = OrderService(t->workspace(), op)
                                          .dispatch({{id(1), QStringLiteral("CJGLS"), QStringLiteral("555566667777")}});
        QVERIFY2(dispatched.ok(), qPrintable(dispatched.result.message));
        const OrderImportPlan plan = check(bytes, QStringLiteral("a.csv"));
        QVERIFY2(plan.ok(), qPrintable(plan.result.message));
        // Today's rule (the whole comparison): the file's 결제완료 would move the shipped order back, a
        // conflict; the other row is unchanged.
        QCOMPARE(plan.conflictCount, 1);
        QCOMPARE(plan.unchangedCount, 1);
        QCOMPARE(plan.rows.size(), 1);
        QCOMPARE(plan.rows.constFirst().kind, OrderImportRow::Kind::Conflict);
        QCOMPARE(plan.rows.constFirst().productOrderNo, id(1));
        QSqlQuery q(t->db());
        QVERIFY(q.exec(QStringLiteral("DELETE FROM order_import_rows")));
        QCOMPARE(planText(plan), planText(check(bytes, QStringLiteral("a.csv"))));
        const qint64 version = dataVersion();
        QVERIFY(apply(plan).result.ok()); // conflicts only: nothing written, no signature either
        QCOMPARE(dataVersion(), version);
        QCOMPARE(stored(id(1))->status, OrderStatus::Shipping);
    }

    void signaturesOfUnchangedRowsOnlyWithAWrite()
    {
        QVERIFY(apply(check(csvBytes(naverTable({{id(1)}, {id(2)}})), QStringLiteral("a.csv"))).result.ok());
        QSqlQuery q(t->db());
        QVERIFY(q.exec(QStringLiteral("DELETE FROM order_import_rows"))); // as a store from before them
        // Nothing to write: the unchanged rows get no signature (that would be a write).
        const qint64 version = dataVersion();
        const OrderImportPlan same = check(csvBytes(naverTable({{id(1)}, {id(2)}})), QStringLiteral("a.csv"));
        QCOMPARE(same.unchangedCount, 2);
        QVERIFY(apply(same).result.ok());
        QCOMPARE(dataVersion(), version);
        QCOMPARE(signatures(), 0);
        // A file that writes anyway: the unchanged rows get theirs in the same publish.
        const QByteArray more = csvBytes(naverTable({{id(1)}, {id(2)}, {id(3)}}));
        const OrderImportPlan plan = check(more, QStringLiteral("b.csv"));
        QCOMPARE(plan.newCount, 1);
        QCOMPARE(plan.unchangedCount, 2);
        QVERIFY(apply(plan).result.ok());
        QCOMPARE(signatures(), 3);
        QCOMPARE(check(more, QStringLiteral("b.csv")).unchangedCount, 3);
        // Gone with its order.
        QVERIFY(q.exec(QStringLiteral("DELETE FROM orders WHERE product_order_no = '%1'").arg(id(3))));
        QCOMPARE(signatures(), 2);
        QCOMPARE(scalar(t->db(), QStringLiteral("SELECT COUNT(*) FROM order_import_rows WHERE order_id NOT IN "
                                               "(SELECT id FROM orders)"))
                     .toInt(),
                 0);
    }

    void repeatedRowsAndOtherProfilesGoTheWholeWay()
    {
        const QList<QStringList> table = naverTable({{id(1)}, {id(2)}});
        QVERIFY(apply(check(csvBytes(table), QStringLiteral("a.csv"))).result.ok());
        // A row repeated exactly is compared with its twin, not skipped: one order, unchanged.
        QList<QStringList> twice = table;
        twice << table.last();
        const OrderImportPlan again = check(csvBytes(twice), QStringLiteral("b.csv"));
        QVERIFY2(again.ok(), qPrintable(again.result.message));
        QCOMPARE(again.unchangedCount, 2);
        // The same row repeated with other content is still the file's problem.
        NaverRow other{id(2)};
        other.amount = QStringLiteral("1000");
        QList<QStringList> clash = table;
        clash << naverTable({other}).last();
        const OrderImportPlan bad = check(csvBytes(clash), QStringLiteral("c.csv"));
        QVERIFY(!bad.ok());
        QCOMPARE(bad.badCount, 1);
        // Another channel given for the same rows: another signature, so compared (a conflict).
        OrderImportOptions kakao;
        kakao.channel = Channel::KakaoStore;
        const OrderImportPlan elsewhere = check(csvBytes(table), QStringLiteral("d.csv"), kakao);
        QCOMPARE(elsewhere.conflictCount, 2);
    }

    void newerFileUpdatesAndRecordsHistory()
    {
        QVERIFY(
            apply(check(csvBytes(naverTable({{id(1)}, {id(2)}})), QStringLiteral("monday.csv"))).result.ok());
        NaverRow moved{id(1), QStringLiteral("배송중"), QString(), QStringLiteral("한진택배"),
                       QStringLiteral("987654321098")};
        moved.address = QStringLiteral("부산광역시 해운대구 센텀로 1");
        const OrderImportPlan plan =
            check(csvBytes(naverTable({moved, {id(2)}})), QStringLiteral("tuesday.csv"));
        QVERIFY2(plan.ok(), qPrintable(plan.result.message));
        QCOMPARE(plan.updatedCount, 1);
        QCOMPARE(plan.unchangedCount, 1);
        const OrderImportRow &row = plan.rows.constFirst();
        QCOMPARE(row.kind, OrderImportRow::Kind::Updated);
        QCOMPARE(row.line, 3);
        const QString changes = row.changes.join(QLatin1Char('|'));
        QVERIFY2(changes.contains(QStringLiteral("987654321098")), qPrintable(changes));
        QVERIFY2(!changes.contains(QStringLiteral("부산")),
                 qPrintable(changes)); // personal data: named, not shown
        QVERIFY(apply(plan).result.ok());
        const Order a = *stored(id(1));
        QCOMPARE(a.status, OrderStatus::Shipping);
        QCOMPARE(a.courierCode, QStringLiteral("HANJIN"));
        QCOMPARE(a.contact.address, QStringLiteral("부산광역시 해운대구 센텀로 1"));
        const QList<OrderEvent> history = OrderRepository(t->db()).events(a.id);
        QCOMPARE(history.size(), 2);
        QCOMPARE(history.last().action, QStringLiteral("import"));
        QCOMPARE(history.last().fromStatus, QStringLiteral("NEW"));
        QCOMPARE(history.last().toStatus, QStringLiteral("SHIPPING"));
        QVERIFY2(history.last().detail.startsWith(QStringLiteral("tuesday.csv: ")),
                 qPrintable(history.last().detail));
        QCOMPARE(
            scalar(t->db(), QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'order.import'"))
                .toInt(),
            2);
        QCOMPARE(OrderRepository(t->db()).events(stored(id(2))->id).size(), 1); // unchanged: no history

        // The search index (contentless: a document is removed by its old text) follows each import.
        const auto hits = [this](const QString &term) {
            return scalar(t->db(),
                          QStringLiteral("SELECT COUNT(*) FROM order_search WHERE order_search MATCH ?"),
                          {QStringLiteral("\"%1\"").arg(term)})
                .toInt();
        };
        const auto indexIsSound = [this] {
            QSqlQuery q(t->db());
            return q.exec(QStringLiteral(
                "INSERT INTO order_search (order_search, rank) VALUES ('integrity-check', 1)"));
        };
        QCOMPARE(hits(QStringLiteral("987654321098")), 1);
        NaverRow again = moved;
        again.tracking = QStringLiteral("111122223333");
        QVERIFY(apply(check(csvBytes(naverTable({again, {id(2)}})), QStringLiteral("wednesday.csv")))
                    .result.ok());
        QCOMPARE(hits(QStringLiteral("987654321098")), 0);
        QCOMPARE(hits(QStringLiteral("111122223333")), 1);
        QCOMPARE(hits(id(2)), 1);
        QVERIFY(indexIsSound());
        QCOMPARE(scalar(t->db(), QStringLiteral("SELECT COUNT(*) FROM order_search_backlog")).toInt(), 0);
    }

    void conflictIsShownAndNotApplied()
    {
        QVERIFY(apply(check(csvBytes(naverTable({{id(1), QStringLiteral("구매확정"), QString()}})),
                            QStringLiteral("new.csv")))
                    .result.ok());
        const OrderImportPlan old = check(csvBytes(naverTable({{id(1)}})), QStringLiteral("old.csv"));
        QVERIFY2(old.ok(), qPrintable(old.result.message)); // a conflict does not fail the check
        QCOMPARE(old.conflictCount, 1);
        QCOMPARE(old.rows.constFirst().kind, OrderImportRow::Kind::Conflict);
        QVERIFY(!old.rows.constFirst().reason.isEmpty());
        const int audit = count("audit_log");
        QVERIFY(apply(old).result.ok());
        QCOMPARE(stored(id(1))->status, OrderStatus::Decided);
        QCOMPARE(count("audit_log"), audit);
    }

    void anyBadRowWritesNothing()
    {
        NaverRow decimal{id(2)};
        decimal.amount = QStringLiteral("35,000.5");
        NaverRow noDate{id(3)};
        noDate.paid = QStringLiteral("어제");
        NaverRow unknown{id(4), QStringLiteral("배송준비완료?")};
        const OrderImportPlan plan =
            check(csvBytes(naverTable({{id(1)}, decimal, noDate, unknown, {QString()}})),
                  QStringLiteral("bad.csv"));
        QVERIFY(!plan.ok());
        QCOMPARE(plan.result.kind, ErrorKind::BadInput);
        QCOMPARE(plan.badCount, 4);
        QStringList lines;
        for (const OrderImportRow &r : plan.rows)
            lines << QString::number(r.line) + QLatin1Char(':') + r.reason;
        const QString all = lines.join(QLatin1Char('\n'));
        QVERIFY2(all.contains(QStringLiteral("4:Row 4, 최종 상품별 총 주문금액")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("5:Row 5, 결제일")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("6:Row 6, 주문상태")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("7:Row 7, 상품주문번호")), qPrintable(all));
        QCOMPARE(apply(plan).result.kind, ErrorKind::BadInput);
        QCOMPARE(count("orders"), 0);
        QCOMPARE(count("audit_log"), 0);
    }

    // The bad and conflicting rows as CSV for Excel: owner-only, one line per problem.
    void problemsAreSavedOwnerOnly()
    {
        NaverRow decimal{id(2)};
        decimal.amount = QStringLiteral("35,000.5");
        const OrderImportPlan plan =
            check(csvBytes(naverTable({{id(1)}, decimal})), QStringLiteral("bad.csv"));
        QCOMPARE(plan.badCount, 1);
        const QString file = t->dir.filePath(QStringLiteral("problems.csv"));
        const Result saved = OrderImportService::saveProblems(plan, file);
        QVERIFY2(saved.ok(), qPrintable(saved.message));
        QFile f(file);
        QCOMPARE(f.permissions() &
                     (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
                 QFile::Permissions());
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(f.readAll());
        const QStringList lines = text.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QVERIFY2(lines[0].contains(QLatin1String("Row,Product order no.,Problem,Reason")),
                 qPrintable(lines[0]));
        QVERIFY2(lines[1].startsWith(QLatin1String("4,")) &&
                     lines[1].contains(QStringLiteral("최종 상품별 총 주문금액")),
                 qPrintable(lines[1]));
        // A folder that does not exist: refused with the file named, nothing left behind.
        const QString nowhere = t->dir.filePath(QStringLiteral("missing/problems.csv"));
        const Result refused = OrderImportService::saveProblems(plan, nowhere);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.message.contains(QLatin1String("problems.csv")), qPrintable(refused.message));
    }

    // The check runs on a worker thread (its own read connection) and tells how far it got; a cancel
    // stops it with a cancelled plan that nothing can apply.
    void checkRunsOnAWorkerAndCancels()
    {
        QList<NaverRow> rows;
        for (int i = 1; i <= 3000; ++i)
            rows << NaverRow{id(i)};
        const QByteArray bytes = csvBytes(naverTable(rows));
        QList<Order> existing{makeOrder(id(1))}; // one of them is in the store already
        QVERIFY(insertOrders(t->db(), existing));
        OrderImportService service(t->workspace(), op);
        OrderImportOptions options;
        options.source = QStringLiteral("big.csv");

        QList<OrderCheckProgress> seen;
        OrderCheckControl follow;
        follow.progress = [&seen](const OrderCheckProgress &p) { seen << p; };
        OrderImportPlan plan;
        std::unique_ptr<QThread> worker(
            QThread::create([&] { plan = service.checkFile(bytes, options, follow); }));
        worker->start();
        QVERIFY(worker->wait(60000));
        QVERIFY2(plan.ok(), qPrintable(plan.result.message));
        QCOMPARE(plan.newCount + plan.updatedCount + plan.unchangedCount + plan.conflictCount, 3000);
        QVERIFY(plan.newCount >= 2999);
        bool reading = false, comparedAll = false;
        for (const OrderCheckProgress &p : std::as_const(seen)) {
            reading = reading || p.phase == OrderCheckProgress::Phase::Reading;
            comparedAll = comparedAll || (p.phase == OrderCheckProgress::Phase::Comparing && p.done == 3000 &&
                                          p.total == 3000);
        }
        QVERIFY(reading);
        QVERIFY(comparedAll);
        QVERIFY(seen.size() >= 6);        // every 500 rows compared
        QVERIFY(apply(plan).result.ok()); // the worker's plan applies on the workspace's thread

        // Cancelled while comparing: a cancelled plan, nothing to apply, nothing written.
        TestWorkspace other;
        QVERIFY(other.ok());
        const UserSession otherOp = addUser(other.db(), QStringLiteral("op"), Role::Operator);
        OrderImportService fresh(other.workspace(), otherOp);
        std::atomic_bool cancel{false};
        OrderCheckControl stop;
        stop.cancel = &cancel;
        stop.progress = [&cancel](const OrderCheckProgress &p) {
            if (p.phase == OrderCheckProgress::Phase::Comparing && p.done >= 1000)
                cancel.store(true);
        };
        const OrderImportPlan cancelled = fresh.checkFile(bytes, options, stop);
        QVERIFY(cancelled.cancelled);
        QVERIFY(!cancelled.ok());
        QVERIFY2(cancelled.result.message.contains(QLatin1String("Cancelled")),
                 qPrintable(cancelled.result.message));
        QVERIFY(!cancelled.work);
        QCOMPARE(cancelled.newCount, 0);
        QCOMPARE(fresh.apply(cancelled).result.ok(), false);
        QCOMPARE(countRows(other.db(), QStringLiteral("orders")), 0);
        QCOMPARE(countRows(other.db(), QStringLiteral("audit_log")), 0);

        // Cancelled before reading: the reader stops too.
        cancel.store(true);
        const OrderImportPlan early = fresh.checkFile(bytes, options, stop);
        QVERIFY(early.cancelled);
    }

    // A layout nobody knows: the plan asks for the mapping and carries the file's first rows.
    void unknownLayoutAsksForMapping()
    {
        const QList<QStringList> rows{{QStringLiteral("No"), QStringLiteral("State")},
                                      {QStringLiteral("X1"), QStringLiteral("결제완료")}};
        const OrderImportPlan plan = check(csvBytes(rows), QStringLiteral("own.csv"));
        QVERIFY(!plan.ok());
        QVERIFY(plan.needsMapping);
        QCOMPARE(plan.firstRows, rows);
        QCOMPARE(plan.passwordProblem, TableData::PasswordProblem::None);
        // Named explicitly: no mapping offered, the profile's problems are the answer.
        const OrderImportPlan named = check(csvBytes(rows), QStringLiteral("own.csv"),
                                            {std::nullopt, QStringLiteral("naver_dispatch")});
        QVERIFY(!named.needsMapping);
        // A known layout needs none.
        QVERIFY(!check(csvBytes(naverTable({{id(1)}})), QStringLiteral("a.csv")).needsMapping);
    }

    void missingRequiredColumnIsNamed()
    {
        QStringList hidden = kNaverHeader;
        hidden.removeAll(QStringLiteral("상품명"));
        const OrderImportPlan plan =
            check(csvBytes(naverTable({{id(1)}}, hidden)), QStringLiteral("hidden.csv"),
                  {std::nullopt, QStringLiteral("naver_dispatch")});
        QVERIFY(!plan.ok());
        QVERIFY2(plan.result.message.contains(QStringLiteral("상품명")), qPrintable(plan.result.message));
        QCOMPARE(count("orders"), 0);
    }

    void kakaoStoreFile()
    {
        const QList<QStringList> rows{
            QString::fromUtf8(
                "결제번호,배송지/수신자정보 "
                "입력일,주문상태,주문번호,개인통관고유부호,채널상품번호,상품명,옵션,수량,"
                "배송방법,택배사코드,송장번호,수령인명,수령인연락처1,하이픈포함 수령인연락처1,배송지주소,"
                "우편번호,배송메세지,발송예정일,주문일,상품금액,옵션금액,판매자할인금액,정산기준금액,"
                "기본수수료")
                .split(QLatin1Char(',')),
            {QStringLiteral("P100"),
             QStringLiteral("2026-11-30 10:00"),
             QStringLiteral("배송준비중"),
             QStringLiteral("K2001"),
             QString(),
             QStringLiteral("555"),
             QStringLiteral("머그컵 \"곰\""),
             QStringLiteral("흰색"),
             QStringLiteral("2"),
             QStringLiteral("택배배송"),
             QString(),
             QString(),
             QStringLiteral("박지성"),
             QStringLiteral("01011112222"),
             QStringLiteral("010-1111-2222"),
             QStringLiteral("경기도 성남시 분당구 판교역로 1"),
             QStringLiteral("13529"),
             QStringLiteral("@부재 시 경비실"),
             QStringLiteral("2026/12/02"),
             QStringLiteral("2026/11/30"),
             QStringLiteral("12,000"),
             QStringLiteral("1,000"),
             QStringLiteral("500"),
             QStringLiteral("24,000"),
             QStringLiteral("1,200")}};
        const OrderImportPlan plan = check(csvBytes(rows), QStringLiteral("kakao.csv"));
        QVERIFY2(plan.ok(), qPrintable(plan.result.message));
        QCOMPARE(plan.profile, QStringLiteral("kakao_store"));
        QVERIFY(!plan.profileVerified);
        QVERIFY(apply(plan).result.ok());
        const Order k = *stored(QStringLiteral("K2001"));
        QCOMPARE(k.channel, Channel::KakaoStore);
        QCOMPARE(k.status, OrderStatus::Confirmed);
        QCOMPARE(k.orderNo, QStringLiteral("P100"));
        QCOMPARE(k.totalAmount, Won((12000 + 1000) * 2 - 500));
        QCOMPARE(k.contact.recipientPhone1, QStringLiteral("010-1111-2222"));
        QCOMPARE(k.contact.deliveryMessage, QStringLiteral("@부재 시 경비실"));
        QCOMPARE(k.dispatchDue, QDate(2026, 12, 2));
    }

    void talkCheckoutAndOrderSearchProfiles()
    {
        const QList<QStringList> talk{
            {QStringLiteral("주문번호"), QStringLiteral("주문상태"), QStringLiteral("결제일시"),
             QStringLiteral("상품명"), QStringLiteral("수량"), QStringLiteral("결제금액")},
            {QStringLiteral("T1"), QStringLiteral("PayComplete"), QStringLiteral("2026.11.30 09:15"),
             QStringLiteral("양말"), QStringLiteral("3"), QStringLiteral("9,000")}};
        OrderImportOptions options;
        options.profile = QStringLiteral("talk_checkout");
        const OrderImportPlan plan = check(csvBytes(talk), QStringLiteral("talk.csv"), options);
        QVERIFY2(plan.ok(), qPrintable(plan.result.message));
        QVERIFY(apply(plan).result.ok());
        QCOMPARE(stored(QStringLiteral("T1"))->channel, Channel::TalkCheckout);
        QCOMPARE(stored(QStringLiteral("T1"))->totalAmount, Won(9000));

        const QList<QStringList> search{
            {QStringLiteral("상품주문번호"), QStringLiteral("주문번호"), QStringLiteral("택배사"),
             QStringLiteral("송장번호"), QStringLiteral("배송완료일"), QStringLiteral("수취인명"),
             QStringLiteral("주문상태"), QStringLiteral("주문세부상태"), QStringLiteral("상품명"),
             QStringLiteral("수량(구입수량)"), QStringLiteral("상품별 총 주문금액"),
             QStringLiteral("주문일시"), QStringLiteral("클레임상태")},
            {id(9), QStringLiteral("O9"), QStringLiteral("우체국택배"), QStringLiteral("6012345678901"),
             QStringLiteral("2026-12-02"), QStringLiteral("최민"), QStringLiteral("배송완료"), QString(),
             QStringLiteral("텀블러"), QStringLiteral("1"), QStringLiteral("19,900"),
             QStringLiteral("2026-11-29 20:00:00"), QStringLiteral("반품요청")}};
        const OrderImportPlan s = check(csvBytes(search), QStringLiteral("search.csv"));
        QVERIFY2(s.ok(), qPrintable(s.result.message));
        QCOMPARE(s.profile, QStringLiteral("naver_order_search"));
        QVERIFY(apply(s).result.ok());
        const Order o = *stored(id(9));
        QCOMPARE(o.status, OrderStatus::Delivered);
        QCOMPARE(scalar(t->db(), QStringLiteral("SELECT claim_status FROM orders WHERE id = ?"), {o.id})
                     .toString(),
                 QStringLiteral("반품요청"));
        QCOMPARE(o.courierCode, QStringLiteral("EPOST"));
    }

    void cancelWritesNothing()
    {
        QList<NaverRow> rows;
        for (int i = 1; i <= 2500; ++i)
            rows << NaverRow{id(i)};
        const OrderImportPlan plan = check(csvBytes(naverTable(rows)), QStringLiteral("big.csv"));
        QVERIFY2(plan.ok(), qPrintable(plan.result.message));
        QCOMPARE(plan.newCount, 2500);
        BulkControl control;
        control.progress = [](const BulkProgress &p) {
            return p.done < 2000;
        }; // cancel before the last batch
        const OrderImportReport report = apply(plan, control);
        QVERIFY(report.cancelled);
        QVERIFY(!report.result.ok());
        QCOMPARE(count("orders"), 0);
        QCOMPARE(count("audit_log"), 0);
        // Then the whole file, staged in batches and published at once.
        QVERIFY(apply(plan).result.ok());
        QCOMPARE(count("orders"), 2500);
        QCOMPARE(count("order_contacts"), 2500);
        QCOMPARE(scalar(t->db(), QStringLiteral("SELECT COUNT(*) FROM order_search")).toInt(), 2500);
        QCOMPARE(
            scalar(t->db(), QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'order.import'"))
                .toInt(),
            1);
    }

    void changedSinceCheckWritesNothing()
    {
        QVERIFY(apply(check(csvBytes(naverTable({{id(1)}})), QStringLiteral("a.csv"))).result.ok());
        const OrderImportPlan plan =
            check(csvBytes(naverTable({{id(1), QStringLiteral("배송중"), QString(), QStringLiteral("CJGLS"),
                                        QStringLiteral("123456789012")}})),
                  QStringLiteral("b.csv"));
        QCOMPARE(plan.updatedCount, 1);
        // Someone else changes the order between the check and the apply.
        t->clock.set(QDateTime(QDate(2026, 12, 1), QTime(1, 0), QTimeZone::utc())); // after the payment
        const BulkReport confirmed = OrderService(t->workspace(), op).confirm({id(1)});
        QVERIFY2(confirmed.ok(), qPrintable(confirmed.result.message));
        const int audit = count("audit_log");
        const OrderImportReport report = apply(plan);
        QCOMPARE(report.result.kind, ErrorKind::Rule);
        QCOMPARE(stored(id(1))->status, OrderStatus::Confirmed);
        QCOMPARE(count("audit_log"), audit);
    }

    void permissionIsCheckedFirst()
    {
        const OrderImportPlan plan =
            OrderImportService(t->workspace(), finance).checkFile(csvBytes(naverTable({{id(1)}})), {});
        QCOMPARE(plan.result.kind, ErrorKind::Permission);
        const OrderImportPlan ok = check(csvBytes(naverTable({{id(1)}})), QStringLiteral("a.csv"));
        QCOMPARE(OrderImportService(t->workspace(), finance).apply(ok).result.kind, ErrorKind::Permission);
        QCOMPARE(count("orders"), 0);
    }

    void userProfileSavedAndUsed()
    {
        OrderImportService service(t->workspace(), op);
        const QMap<QString, QString> mapping{{QStringLiteral("product_order_no"), QStringLiteral("No")},
                                             {QStringLiteral("status"), QStringLiteral("State")},
                                             {QStringLiteral("paid_at"), QStringLiteral("Paid")},
                                             {QStringLiteral("product_name"), QStringLiteral("Item")},
                                             {QStringLiteral("quantity"), QStringLiteral("Qty")},
                                             {QStringLiteral("total_amount"), QStringLiteral("Sum")}};
        QCOMPARE(
            service.saveUserProfile(QStringLiteral("naver_dispatch"), mapping, Channel::NaverSmartstore).kind,
            ErrorKind::BadInput); // a built-in's name
        QCOMPARE(service.saveUserProfile(QStringLiteral("my shop"), mapping).kind,
                 ErrorKind::BadInput); // no channel
        const Result saved =
            service.saveUserProfile(QStringLiteral("my shop"), mapping, Channel::NaverSmartstore);
        QVERIFY2(saved.ok(), qPrintable(saved.message));
        QVERIFY(service.profile(QStringLiteral("my shop")).has_value());
        // The same name again is refused, so another layout's mapping is not lost; replacing is asked for.
        QMap<QString, QString> other = mapping;
        other.insert(QStringLiteral("total_amount"), QStringLiteral("Total"));
        QCOMPARE(service.saveUserProfile(QStringLiteral("my shop"), other, Channel::NaverSmartstore).kind,
                 ErrorKind::Rule);
        QVERIFY(service.profile(QStringLiteral("my shop"))
                    ->column(QStringLiteral("total_amount"))
                    ->headers.contains(QStringLiteral("Sum")));
        QVERIFY(service.saveUserProfile(QStringLiteral("my shop"), other, Channel::NaverSmartstore, {}, true)
                    .ok());
        QVERIFY(service.profile(QStringLiteral("my shop"))
                    ->column(QStringLiteral("total_amount"))
                    ->headers.contains(QStringLiteral("Total")));
        QVERIFY(
            service.saveUserProfile(QStringLiteral("my shop"), mapping, Channel::NaverSmartstore, {}, true)
                .ok());
        const QList<QStringList> rows{{QStringLiteral("No"), QStringLiteral("State"), QStringLiteral("Paid"),
                                       QStringLiteral("Item"), QStringLiteral("Qty"), QStringLiteral("Sum")},
                                      {QStringLiteral("X1"), QStringLiteral("결제완료"),
                                       QStringLiteral("2026-11-30"), QStringLiteral("볼펜"),
                                       QStringLiteral("10"), QStringLiteral("5000")}};
        const OrderImportPlan plan = check(csvBytes(rows), QStringLiteral("own.csv"));
        QVERIFY2(plan.ok(), qPrintable(plan.result.message));
        QCOMPARE(plan.profile, QStringLiteral("my shop"));
        QVERIFY(apply(plan).result.ok());
        QCOMPARE(stored(QStringLiteral("X1"))->quantity, 10);
    }

    // Export our template, import it into a new store: the same orders.
    void roundTripThroughOurExport_data()
    {
        QTest::addColumn<int>("format");
        QTest::newRow("csv") << int(ExportFormat::Csv);
        QTest::newRow("xlsx") << int(ExportFormat::Xlsx);
    }
    void roundTripThroughOurExport()
    {
        QFETCH(int, format);
        QList<Order> orders;
        const QStringList names{QStringLiteral("=SUM(A1)"), QStringLiteral("쉼표, \"따옴표\""),
                                QStringLiteral("줄\n바꿈"), QStringLiteral("이모지 🎁"),
                                QStringLiteral("+82 국제")};
        for (int i = 0; i < 5; ++i) {
            Order o = makeOrder(id(100 + i), i % 2 ? OrderStatus::Shipping : OrderStatus::New);
            o.paidAt = QDateTime(QDate(2026, 11, 20 + i), QTime(3 + i, 7), QTimeZone::utc()); // whole minutes
            o.productName = names.at(i);
            o.optionText = i == 0 ? QStringLiteral("-옵션") : QStringLiteral("@옵션 %1").arg(i);
            o.quantity = i + 1;
            o.totalAmount = 12345 * (i + 1);
            o.channel = allChannels().at(i % 3);
            o.dispatchDue = QDate(2026, 12, 1 + i);
            if (o.status == OrderStatus::Shipping) {
                o.courierCode = QStringLiteral("CJGLS");
                o.trackingNo = QStringLiteral("12345678901%1").arg(i);
            }
            o.contact.deliveryMessage = QStringLiteral("=문 앞, \"벨\" 금지\n감사");
            o.contact.customsCode = i % 2 ? QStringLiteral("P12345678901%1").arg(i) : QString();
            orders << o;
        }
        QVERIFY(insertOrders(t->db(), orders));
        const QString file = t->dir.filePath(
            format == int(ExportFormat::Csv) ? QStringLiteral("orders.csv") : QStringLiteral("orders.xlsx"));
        UserSession master = addUser(t->db(), QStringLiteral("boss"), Role::Master);
        ExportRequest request;
        request.table = QStringLiteral("orders");
        request.format = ExportFormat(format);
        request.file = file;
        const Result exported = ExportService(t->workspace(), master).run(request);
        QVERIFY2(exported.ok(), qPrintable(exported.message));
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();

        TestWorkspace other;
        QVERIFY(other.ok());
        const UserSession otherOp = addUser(other.db(), QStringLiteral("op"), Role::Operator);
        OrderImportService service(other.workspace(), otherOp);
        OrderImportOptions options;
        options.source = QStringLiteral("orders export");
        const OrderImportPlan plan = service.checkFile(bytes, options);
        QVERIFY2(plan.ok(), qPrintable(plan.result.message + plan.rows.value(0).reason));
        QCOMPARE(plan.profile, QStringLiteral("sellerdesk"));
        QCOMPARE(plan.newCount, 5);
        QVERIFY(service.apply(plan).result.ok());
        for (const Order &o : orders) {
            const Order back = *OrderRepository(other.db()).findByProductOrderNo(o.productOrderNo);
            QCOMPARE(back.orderNo, o.orderNo);
            QCOMPARE(back.channel, o.channel);
            QCOMPARE(back.status, o.status);
            QCOMPARE(back.paidAt, o.paidAt);
            QCOMPARE(back.dispatchDue, o.dispatchDue);
            QCOMPARE(back.productName, o.productName);
            QCOMPARE(back.optionText, o.optionText);
            QCOMPARE(back.quantity, o.quantity);
            QCOMPARE(back.totalAmount, o.totalAmount);
            QCOMPARE(back.courierCode, o.courierCode);
            QCOMPARE(back.trackingNo, o.trackingNo);
            QCOMPARE(back.contact.buyerName, o.contact.buyerName);
            QCOMPARE(back.contact.recipientName, o.contact.recipientName);
            QCOMPARE(back.contact.recipientPhone1, o.contact.recipientPhone1);
            QCOMPARE(back.contact.postcode, o.contact.postcode);
            QCOMPARE(back.contact.address, o.contact.address);
            QCOMPARE(back.contact.addressDetail, o.contact.addressDetail);
            QCOMPARE(back.contact.deliveryMessage, o.contact.deliveryMessage);
            QCOMPARE(back.contact.customsCode, o.contact.customsCode); // its column, exported whole
        }
        // And once more: the same file changes nothing.
        const OrderImportPlan again = service.checkFile(bytes, options);
        QCOMPARE(again.unchangedCount, 5);
        QVERIFY(again.nothingToWrite());
    }
};

QTEST_GUILESS_MAIN(TestOrderImport)
#include "test_order_import.moc"
