// The export service: the file holds exactly the filtered, sorted rows and the chosen columns (read
// back with the project's own CSV and XLSX readers and compared with an oracle computed in C++),
// masked per role, with the courier label columns; CP949 round trip; CSV escaping and the formula
// guard; cancel and failure leave no file (and an older file untouched); the permission; one audit
// row per finished export.
#include "core/access/personal_data_mask.h"
#include "core/calendar/clock.h"
#include "core/calendar/seoul_time.h"
#include "core/orders/dispatch_deadline.h"
#include "core/table/table_audit.h"
#include "core/table/table_orders.h"
#include "io/formats/csv_reader.h"
#include "io/formats/xlsx_reader.h"
#include "result_support.h"
#include "services/common/export_service.h"
#include "services/store/workspace.h"
#include "services/store/workspace_internal.h"
#include "storage/order_listing_fixture.h"
#include "storage/table/table_source.h"
#include "storage/table/table_stream.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringDecoder>
#include <QTest>

using namespace sd;
using namespace sd::test;

namespace {

UserSession session(Role role)
{
    UserSession s;
    s.userId = role == Role::Master ? 1 : role == Role::Finance ? 2 : 3;
    s.login = QStringLiteral("tester");
    s.role = role;
    return s;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// What the export writes for a contact column of an order, for a reader who sees it as stored.
QString contactValue(const Order &o, const QString &column)
{
    const OrderContact &c = o.contact;
    if (column == QLatin1String("buyer"))
        return c.buyerName;
    if (column == QLatin1String("recipient"))
        return c.recipientName;
    if (column == QLatin1String("recipient_phone"))
        return c.recipientPhone1;
    if (column == QLatin1String("recipient_phone2"))
        return c.recipientPhone2;
    if (column == QLatin1String("postcode"))
        return c.postcode;
    if (column == QLatin1String("address"))
        return c.address;
    if (column == QLatin1String("address_detail"))
        return c.addressDetail;
    if (column == QLatin1String("delivery_message"))
        return c.deliveryMessage;
    if (column == QLatin1String("customs_code"))
        return c.customsCode;
    return {};
}

// Excel's serial number of a Seoul date and time (days since 1899-12-30).
double serial(const QDateTime &seoul)
{
    return double(QDate(1899, 12, 30).daysTo(seoul.date())) +
           seoul.time().msecsSinceStartOfDay() / 86400000.0;
}

} // namespace

class TestExportService : public QObject
{
    Q_OBJECT

    OrderFixture fixture;
    QList<Order> orders;
    FixedClock clock{QDateTime(QDate(2024, 3, 10), QTime(3, 0), Qt::UTC)};
    std::unique_ptr<Workspace> ws;
    QTemporaryDir out;

    qint64 auditRows(const QString &action)
    {
        QSqlQuery q(storeDatabase(*ws).connection());
        q.prepare(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = ?"));
        q.addBindValue(action);
        return q.exec() && q.next() ? q.value(0).toLongLong() : -1;
    }

    QStringList entries() const
    {
        return QDir(out.path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
    }

    Result run(Role role, ExportRequest request, qint64 *rows = nullptr)
    {
        ExportService service(*ws, session(role));
        return service.run(request, {}, rows);
    }

private slots:
    void init()
    {
        // Each test starts with an empty export folder (a failed test may leave its file).
        for (const QString &name : entries())
            QFile::remove(out.filePath(name));
    }

    void initTestCase()
    {
        QVERIFY(fixture.open());
        QList<Order> list = fixture.make(300, 11);
        for (int i = 0; i < list.size(); ++i) {
            OrderContact &c = list[i].contact;
            c.recipientPhone2 = i % 3 ? QStringLiteral("02-555-%1").arg(1000 + i) : QString();
            c.postcode = QStringLiteral("0%1").arg(6000 + i);
            c.addressDetail = QStringLiteral("%1동 %2호").arg(100 + i % 7).arg(1001 + i);
            c.deliveryMessage = i % 2 ? QStringLiteral("부재 시 경비실에 맡겨 주세요") : QString();
            // 개인통관고유부호 of an overseas purchase: personal data like the phone.
            c.customsCode = i % 4 ? QStringLiteral("P%1").arg(100000000000LL + i * 7919LL) : QString();
        }
        // Cells a CSV must escape or guard.
        list[0].productName = QStringLiteral("=HYPERLINK(\"http://x\")");
        list[1].optionText = QStringLiteral("색상: 빨강, 파랑");
        list[2].contact.deliveryMessage = QStringLiteral("문 앞에\r\n놓아 주세요 \"감사합니다\"");
        list[3].productName = QStringLiteral("-5 할인");
        list[4].productName = QStringLiteral("@멘션");
        list[5].productName = QStringLiteral("+1 증정");
        QVERIFY(fixture.insert(list));
        orders = fixture.orders;
        QSqlQuery q(fixture.db->connection());
        for (const char *sql :
             {"INSERT INTO users (id, login, display_name, role, password_hash, created_at) "
              "VALUES (1, 'master', 'M', 'MASTER', 'x', 0)",
              "INSERT INTO users (id, login, display_name, role, password_hash, created_at) "
              "VALUES (2, 'finance', 'F', 'FINANCE', 'x', 0)",
              "INSERT INTO users (id, login, display_name, role, password_hash, created_at) "
              "VALUES (3, 'operator', 'O', 'OPERATOR', 'x', 0)"})
            QVERIFY2(q.exec(QString::fromLatin1(sql)), qPrintable(q.lastError().text()));
        const QString path = fixture.path();
        fixture.db.reset();
        QString error;
        ws = keepMessage(&error, [&](sd::Result *r) { return Workspace::open(path, clock, false, r); });
        QVERIFY2(ws, qPrintable(error));
    }

    void theStreamReadsCellsDirectlyOnThisBuild()
    {
        // Linux distributions' Qt uses the system SQLite, so the fast path is the one tested here.
        const std::unique_ptr<TableSource> source =
            openTableSource(ordersTable().id, storeDatabase(*ws).connection());
        TableStream stream(*source);
        const Result started = stream.start({}, toTableSort(OrderSort()));
        QVERIFY2(started.ok(), qPrintable(started.message));
        QVERIFY(stream.next());
#ifdef Q_OS_LINUX
        QVERIFY(stream.direct());
#endif
    }

    void csvHoldsTheFilteredSortedRowsAndColumns_data()
    {
        QTest::addColumn<int>("role");
        QTest::newRow("master") << int(Role::Master);
        QTest::newRow("operator") << int(Role::Operator);
        QTest::newRow("finance (masked)") << int(Role::Finance);
    }

    void csvHoldsTheFilteredSortedRowsAndColumns()
    {
        QFETCH(int, role);
        const bool masked = Role(role) == Role::Finance;
        OrderFilter filter;
        filter.statuses = {OrderStatus::New, OrderStatus::Confirmed, OrderStatus::Shipping};
        filter.paidFrom = QDate(2024, 3, 3);
        OrderSort sort{OrderSortKey::TotalAmount, false};
        ExportRequest request;
        request.table = ordersTable().id;
        request.filter = toTableFilter(filter);
        request.sort = toTableSort(sort);
        request.columns = {QStringLiteral("total_amount"),     QStringLiteral("product_order_no"),
                           QStringLiteral("recipient"),        QStringLiteral("recipient_phone"),
                           QStringLiteral("address"),          QStringLiteral("address_detail"),
                           QStringLiteral("delivery_message"), QStringLiteral("postcode"),
                           QStringLiteral("customs_code"),     QStringLiteral("paid_at"),
                           QStringLiteral("status"),           QStringLiteral("quantity")};
        request.format = ExportFormat::Csv;
        request.file = out.filePath(QStringLiteral("filtered.csv"));
        const qint64 before =
            auditRows(masked ? QStringLiteral("export") : QStringLiteral("export.personal"));
        qint64 rows = 0;
        const Result result = run(Role(role), request, &rows);
        QVERIFY2(result.ok(), qPrintable(result.message));

        const QList<Order> want = expected(orders, filter, sort);
        QVERIFY(want.size() > 20);
        QCOMPARE(rows, qint64(want.size()));
        const QByteArray bytes = readAll(request.file);
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const TableData t = readCsv(bytes);
        QVERIFY2(t.ok(), qPrintable(t.error()));
        QCOMPARE(t.rows.size(), want.size() + 1);
        QStringList header;
        for (const QString &id : std::as_const(request.columns))
            header << ordersTable().column(id)->label();
        QCOMPARE(t.rows.first(), header);
        for (int i = 0; i < want.size(); ++i) {
            const Order &o = want.at(i);
            const QStringList &r = t.rows.at(i + 1);
            QCOMPARE(r.size(), request.columns.size());
            QCOMPARE(r.at(0), QString::number(o.totalAmount));
            QCOMPARE(r.at(1), o.productOrderNo);
            for (int c = 2; c <= 8; ++c) {
                const TableColumn *column = ordersTable().column(request.columns.at(c));
                const QString stored = contactValue(o, column->id);
                QCOMPARE(r.at(c), masked ? maskValue(column->mask, stored) : stored);
                if (masked && !stored.isEmpty() && column->mask != MaskClass::None)
                    QVERIFY2(r.at(c) != stored || column->mask == MaskClass::Address, qPrintable(r.at(c)));
            }
            if (masked && !o.contact.customsCode.isEmpty()) // P12*******345: never the whole code
                QCOMPARE(r.at(8), o.contact.customsCode.left(3) + QString(7, QLatin1Char('*')) +
                                      o.contact.customsCode.right(3));
            QCOMPARE(r.at(9), formatSeoul(o.paidAt));
            QCOMPARE(r.at(10), statusLabel(o.status));
            QCOMPARE(r.at(11), QString::number(o.quantity));
        }
        // One audit row for the export, marked as personal data for roles that see it unmasked.
        QCOMPARE(auditRows(masked ? QStringLiteral("export") : QStringLiteral("export.personal")),
                 before + 1);
        QFile::remove(request.file);
    }

    void xlsxHasTypedCellsAndTheCourierColumns()
    {
        ExportRequest request;
        request.table = ordersTable().id; // every column, the courier label fields included
        request.format = ExportFormat::Xlsx;
        request.file = out.filePath(QStringLiteral("all.xlsx"));
        request.sheetName = QStringLiteral("주문");
        QVERIFY(run(Role::Master, request).ok());
        const TableData t = readXlsx(readAll(request.file));
        QVERIFY2(t.ok(), qPrintable(t.error()));
        const QList<Order> want = expected(orders, OrderFilter(), OrderSort());
        QCOMPARE(t.rows.size(), want.size() + 1);
        const TableDescription &d = ordersTable();
        QCOMPARE(t.rows.first().size(), d.columns.size());
        for (const char *courierColumn : {"recipient", "recipient_phone", "recipient_phone2", "address",
                                          "address_detail", "postcode", "delivery_message", "customs_code"})
            QVERIFY2(d.columnIndex(QLatin1String(courierColumn)) >= 0, courierColumn);
        for (int i = 0; i < want.size(); ++i) {
            const Order &o = want.at(i);
            QStringList r = t.rows.at(i + 1);
            while (r.size() < d.columns.size())
                r << QString();
            QCOMPARE(r.at(OrdersTable::ProductOrderNo), o.productOrderNo);
            QCOMPARE(r.at(OrdersTable::Amount), QString::number(o.totalAmount)); // a number, not text
            QCOMPARE(r.at(OrdersTable::Quantity), QString::number(o.quantity));
            QVERIFY(qAbs(r.at(OrdersTable::PaidAt).toDouble() - serial(toSeoul(o.paidAt))) < 1e-6);
            if (o.dispatchDue.isValid())
                QCOMPARE(r.at(OrdersTable::DispatchDue).toDouble(),
                         double(QDate(1899, 12, 30).daysTo(o.dispatchDue)));
            else
                QVERIFY(r.at(OrdersTable::DispatchDue).isEmpty());
            QCOMPARE(r.at(OrdersTable::Channel), channelLabel(o.channel));
            QCOMPARE(r.at(OrdersTable::Phone2), o.contact.recipientPhone2);
            QCOMPARE(r.at(OrdersTable::Postcode), o.contact.postcode);
            QCOMPARE(r.at(OrdersTable::Address), o.contact.address);
            QCOMPARE(r.at(OrdersTable::AddressDetail), o.contact.addressDetail);
            QCOMPARE(r.at(OrdersTable::CustomsCode), o.contact.customsCode); // a master's export: whole
            // A carriage return is stored as OOXML's _x000D_ (Excel shows it; io/xlsx_reader keeps the
            // escape).
            QCOMPARE(r.at(OrdersTable::DeliveryMessage),
                     QString(o.contact.deliveryMessage).replace(QLatin1Char('\r'), QLatin1String("_x000D_")));
            // 지연 위험 as the grid computes it.
            QCOMPARE(r.at(OrdersTable::Risk),
                     o.dispatchDue.isValid()
                         ? deadlineRiskLabel(deadlineRisk(o.status, o.dispatchDue, seoulDate(clock.nowUtc()),
                                                          ws->calendar()))
                         : QString());
        }
        QFile::remove(request.file);
    }

    void csvEscapesAndGuardsFormulas()
    {
        ExportRequest request;
        request.table = ordersTable().id;
        request.columns = {QStringLiteral("product_order_no"), QStringLiteral("product"),
                           QStringLiteral("option"), QStringLiteral("delivery_message")};
        request.format = ExportFormat::Csv;
        request.file = out.filePath(QStringLiteral("escaped.csv"));
        QVERIFY(run(Role::Master, request).ok());
        const QByteArray bytes = readAll(request.file);
        QVERIFY(bytes.contains("\"=") == false);
        const TableData t = readCsv(bytes);
        QVERIFY2(t.ok(), qPrintable(t.error()));
        QHash<QString, QStringList> byNo;
        for (const QStringList &r : t.rows)
            byNo.insert(r.value(0), r);
        QCOMPARE(byNo.value(orders[0].productOrderNo).at(1), QStringLiteral("'=HYPERLINK(\"http://x\")"));
        QCOMPARE(byNo.value(orders[1].productOrderNo).at(2), QStringLiteral("색상: 빨강, 파랑"));
        QCOMPARE(byNo.value(orders[2].productOrderNo).at(3),
                 QStringLiteral("문 앞에\r\n놓아 주세요 \"감사합니다\""));
        QCOMPARE(byNo.value(orders[3].productOrderNo).at(1), QStringLiteral("'-5 할인"));
        QCOMPARE(byNo.value(orders[4].productOrderNo).at(1), QStringLiteral("'@멘션"));
        QCOMPARE(byNo.value(orders[5].productOrderNo).at(1), QStringLiteral("'+1 증정"));
        QVERIFY(bytes.contains("\"=HYPERLINK") == false);
        QVERIFY(bytes.contains("\"'=HYPERLINK(\"\"http://x\"\")\""));
        QFile::remove(request.file);
    }

    void cp949RoundTripsKoreanText()
    {
        ExportRequest request;
        request.table = ordersTable().id;
        request.format = ExportFormat::Csv;
        request.file = out.filePath(QStringLiteral("utf8.csv"));
        QVERIFY(run(Role::Master, request).ok());
        request.format = ExportFormat::CsvCp949;
        request.file = out.filePath(QStringLiteral("cp949.csv"));
        QVERIFY(run(Role::Master, request).ok());
        const QByteArray legacy = readAll(request.file);
        QVERIFY(!legacy.startsWith("\xEF\xBB\xBF"));
        QVERIFY(!legacy.contains(orders.first().contact.address.toUtf8())); // not UTF-8
        QStringDecoder fromCp949("windows-949");
        const QString text = fromCp949.decode(legacy);
        QVERIFY(!fromCp949.hasError());
        QVERIFY(text.contains(orders.first().contact.address));
        QCOMPARE(readCsv(text.toUtf8()).rows,
                 readCsv(readAll(out.filePath(QStringLiteral("utf8.csv")))).rows);
        QFile::remove(request.file);
        QFile::remove(out.filePath(QStringLiteral("utf8.csv")));
    }

    void cancelLeavesNoFileAndTheOlderFileUntouched()
    {
        const QString target = out.filePath(QStringLiteral("cancelled.xlsx"));
        QFile older(target);
        QVERIFY(older.open(QIODevice::WriteOnly));
        older.write("older export");
        older.close();
        const qint64 before = auditRows(QStringLiteral("export.personal"));
        ExportRequest request;
        request.table = ordersTable().id;
        request.format = ExportFormat::Xlsx;
        request.file = target;
        ExportService service(*ws, session(Role::Master));
        Result result;
        std::unique_ptr<ExportJob> job = service.prepare(request, &result);
        QVERIFY2(job, qPrintable(result.message));
        QSignalSpy finished(job.get(), &ExportJob::finished);
        job->cancel(); // before the first row: the worker stops at once
        job->start();
        QVERIFY(finished.wait(30000));
        const Result r = finished.first().first().value<Result>();
        QVERIFY(!r.ok());
        QVERIFY(job->wasCancelled());
        QCOMPARE(readAll(target), QByteArray("older export"));
        QCOMPARE(entries(), QStringList{QStringLiteral("cancelled.xlsx")}); // no temporary file left
        QCOMPARE(auditRows(QStringLiteral("export.personal")), before);
        QFile::remove(target);
    }

    void failureLeavesNoFile()
    {
        // An emoji has no CP949 form: the export fails at the end and nothing appears.
        {
            QSqlQuery q(storeDatabase(*ws).connection());
            QVERIFY(q.exec(QStringLiteral("UPDATE orders SET product_name = '스마일 😀' WHERE id = %1")
                               .arg(orders[6].id)));
        }
        const qint64 before = auditRows(QStringLiteral("export.personal"));
        ExportRequest request;
        request.table = ordersTable().id;
        request.format = ExportFormat::CsvCp949;
        request.file = out.filePath(QStringLiteral("emoji.csv"));
        const Result result = run(Role::Master, request);
        QCOMPARE(result.kind, ErrorKind::BadInput);
        QVERIFY(result.message.contains(QLatin1String("CP949")));
        QVERIFY(entries().isEmpty());
        QCOMPARE(auditRows(QStringLiteral("export.personal")), before);
        {
            QSqlQuery q(storeDatabase(*ws).connection());
            QVERIFY(q.exec(QStringLiteral("UPDATE orders SET product_name = '%1' WHERE id = %2")
                               .arg(orders[6].productName)
                               .arg(orders[6].id)));
        }
        // A folder that does not exist, an unknown column: refused before any file exists.
        request.format = ExportFormat::Csv;
        request.file = out.filePath(QStringLiteral("missing/orders.csv"));
        QCOMPARE(run(Role::Master, request).kind, ErrorKind::BadInput);
        request.file = out.filePath(QStringLiteral("columns.csv"));
        request.columns = {QStringLiteral("product"), QStringLiteral("password_hash")};
        QCOMPARE(run(Role::Master, request).kind, ErrorKind::BadInput);
        QVERIFY(entries().isEmpty());
        QCOMPARE(auditRows(QStringLiteral("export.personal")), before);
    }

    void thePermissionOfTheTableIsChecked()
    {
        // The audit log is for roles that manage staff; an operator's export is refused.
        ExportRequest request;
        request.table = auditTable().id;
        request.format = ExportFormat::Csv;
        request.file = out.filePath(QStringLiteral("audit.csv"));
        const Result refused = run(Role::Operator, request);
        QCOMPARE(refused.kind, ErrorKind::Permission);
        QVERIFY(entries().isEmpty());
        // The master may; the audit log holds no personal data, so it is logged as a plain export.
        const qint64 before = auditRows(QStringLiteral("export"));
        qint64 rows = 0;
        QVERIFY(run(Role::Master, request, &rows).ok());
        QVERIFY(rows > 0);
        QCOMPARE(auditRows(QStringLiteral("export")), before + 1);
        QFile::remove(request.file);
        // Every shipped role that sees personal data unmasked may also export it (roleHas); a role
        // without ViewPersonalData gets a masked file (the finance row of the first test).
        for (Role role : {Role::Master, Role::Operator, Role::Finance})
            QCOMPARE(roleHas(role, Permission::ViewPersonalData),
                     roleHas(role, Permission::ExportPersonalData));
    }

    void progressReachesTheTotal()
    {
        ExportRequest request;
        request.table = ordersTable().id;
        request.format = ExportFormat::Csv;
        request.file = out.filePath(QStringLiteral("progress.csv"));
        qint64 lastDone = -1, lastTotal = -1;
        ExportService service(*ws, session(Role::Master));
        QVERIFY(service
                    .run(request,
                         [&](qint64 done, qint64 total) {
                             lastDone = done;
                             lastTotal = total;
                         })
                    .ok());
        QCOMPARE(lastTotal, qint64(orders.size()));
        QCOMPARE(lastDone, lastTotal);
        QFile::remove(request.file);
    }
};

QTEST_GUILESS_MAIN(TestExportService)
#include "test_export_service.moc"
