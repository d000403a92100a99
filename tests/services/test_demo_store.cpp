// The demo store generator: deterministic, every status and channel, consistent timestamps, due dates
// from the business calendar, tracking numbers of the right shape and unique per checkout.
#include "core/calendar/seoul_time.h"
#include "core/common/business_number.h"
#include "core/orders/courier.h"
#include "core/orders/delay_reason.h"
#include "core/orders/dispatch_deadline.h"
#include "services/access/auth_service.h"
#include "services/demo/demo_store.h"
#include "services/orders/order_service.h"
#include "test_support.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QSet>
#include <QSqlRecord>
#include <QTest>

using namespace sd;
using namespace sd::test;

namespace {

// Every column of every row of the tables the generator fills, in id order.
QByteArray checksum(QSqlDatabase db)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const char *sql :
         {"SELECT * FROM orders ORDER BY id", "SELECT * FROM order_contacts ORDER BY order_id",
          "SELECT id, channel, channel_product_no, seller_code, name, price, dispatch_days, created_at "
          "FROM products ORDER BY id"}) {
        QSqlQuery q(db);
        if (!q.exec(QString::fromLatin1(sql)))
            return {};
        while (q.next()) {
            for (int i = 0; i < q.record().count(); ++i) {
                hash.addData(q.value(i).toString().toUtf8());
                hash.addData(QByteArrayView("\x1f", 1));
            }
            hash.addData(QByteArrayView("\x1e", 1));
        }
    }
    return hash.result().toHex();
}

QDateTime msOrNull(const QVariant &v)
{
    return v.isNull() ? QDateTime() : fromEpochMs(v.toLongLong());
}

} // namespace

class TestDemoStore : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestWorkspace> t; // 2000 demo orders, seed 3, generated once for the read-only checks

private slots:
    void initTestCase()
    {
        t = std::make_unique<TestWorkspace>();
        QVERIFY2(t->ok(), qPrintable(t->error));
        DemoStore::Summary summary;
        qint64 lastDone = -1;
        int calls = 0;
        const Result r = DemoStore::generate(
            t->workspace(), {2000, 3},
            [&](qint64 done, qint64 total) {
                QVERIFY(done > lastDone);
                QCOMPARE(total, qint64(2000));
                lastDone = done;
                ++calls;
            },
            &summary);
        QVERIFY2(r.ok(), qPrintable(r.message));
        QCOMPARE(summary.orders, qint64(2000));
        QCOMPARE(lastDone, qint64(2000));
        QVERIFY(calls >= 2);
        QVERIFY(summary.checkouts > 2000 / 3 && summary.checkouts < 2000);
        QVERIFY(summary.products >= 30 && summary.products <= 80);
    }
    void cleanupTestCase() { t.reset(); }

    void rowsProductsAndAnAuditRowPerBatch()
    {
        QSqlDatabase db = t->db();
        QCOMPARE(countRows(db, QStringLiteral("orders")), 2000);
        QCOMPARE(countRows(db, QStringLiteral("order_contacts")), 2000);
        const int products = countRows(db, QStringLiteral("products"));
        QVERIFY(products >= 30 && products <= 80);
        QCOMPARE(countRows(db, QStringLiteral("order_events")), 0);
        // Short transactions (DemoStore::kFirstBatch orders first), each with its audit row naming its
        // rows; the first one also wrote the products. A checkout never spans two batches.
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT action, detail FROM audit_log ORDER BY id")));
        static const QRegularExpression detail(
            QStringLiteral("^batch=(\\d+) orders=(\\d+) ids=(\\d+)-(\\d+) products=(\\d+) seed=3$"));
        int batches = 0;
        qint64 orders = 0, nextId = 1, productsWritten = 0;
        while (q.next()) {
            QCOMPARE(q.value(0).toString(), QStringLiteral("demo.generate"));
            const auto m = detail.match(q.value(1).toString());
            QVERIFY2(m.hasMatch(), qPrintable(q.value(1).toString()));
            QCOMPARE(m.captured(1).toInt(), ++batches);
            const qint64 n = m.captured(2).toLongLong(), first = m.captured(3).toLongLong(),
                         last = m.captured(4).toLongLong();
            QCOMPARE(first, nextId);
            QCOMPARE(last - first + 1, n);
            QCOMPARE(m.captured(5).toInt(), batches == 1 ? products : 0);
            QCOMPARE(
                scalar(db,
                       QStringLiteral("SELECT COUNT(*) FROM orders a JOIN orders b ON b.order_no = "
                                      "a.order_no WHERE a.id BETWEEN ? AND ? AND b.id NOT BETWEEN ? AND ?"),
                       {first, last, first, last})
                    .toInt(),
                0);
            nextId = last + 1;
            orders += n;
            productsWritten += m.captured(5).toLongLong();
        }
        QVERIFY(batches >= 2);
        QCOMPARE(orders, qint64(2000));
        QCOMPARE(productsWritten, qint64(products));
        // Prices in whole hundreds of won; totals add up.
        QCOMPARE(
            scalar(db, QStringLiteral("SELECT COUNT(*) FROM products WHERE price % 100 <> 0 OR price <= 0"))
                .toInt(),
            0);
        QCOMPARE(
            scalar(db, QStringLiteral("SELECT COUNT(*) FROM orders WHERE unit_price % 100 <> 0 OR "
                                      "total_amount <> (unit_price + option_price) * quantity - discount "
                                      "OR total_amount <= 0"))
                .toInt(),
            0);
        // Every order points at a product of its own channel.
        QCOMPARE(scalar(db, QStringLiteral(
                                "SELECT COUNT(*) FROM orders o LEFT JOIN products p ON p.id = o.product_id "
                                "WHERE p.id IS NULL OR p.channel <> o.channel OR p.name <> o.product_name"))
                     .toInt(),
                 0);
    }

    void everyStatusAndChannel()
    {
        QSqlDatabase db = t->db();
        for (OrderStatus s : allStatuses()) {
            QVERIFY2(
                scalar(db, QStringLiteral("SELECT COUNT(*) FROM orders WHERE status = ?"), {statusCode(s)})
                        .toInt() > 0,
                qPrintable(statusCode(s)));
        }
        for (Channel c : allChannels()) {
            QVERIFY2(
                scalar(db, QStringLiteral("SELECT COUNT(*) FROM orders WHERE channel = ?"), {channelCode(c)})
                        .toInt() > 0,
                qPrintable(channelCode(c)));
        }
        // Even a tiny store has all eight statuses.
        TestWorkspace small;
        QVERIFY(small.ok());
        QVERIFY(DemoStore::generate(small.workspace(), {40, 9}).ok());
        QCOMPARE(scalar(small.db(), QStringLiteral("SELECT COUNT(DISTINCT status) FROM orders")).toInt(), 8);
    }

    void noDeliveryIsOlderThanTheAutomaticDecision()
    {
        // The marketplaces decide a purchase by themselves N days after delivery; a fresh demo store
        // must not leave that to SellerDesk's first login (which would rewrite hundreds of rows).
        QVERIFY(scalar(t->db(), QStringLiteral("SELECT COUNT(*) FROM orders WHERE status = 'DELIVERED'"))
                    .toInt() > 0);
        const UserSession master{1, QStringLiteral("demo"), QStringLiteral("demo"), Role::Master};
        const BulkReport decided = OrderService(t->workspace(), master).autoDecide();
        QVERIFY(decided.ok());
        QCOMPARE(decided.outcomes.size(), 0);
    }

    void rawStatusesFollowTheChannel()
    {
        const QHash<QString, QStringList> naver{
            {QStringLiteral("NEW"), {QStringLiteral("PAYED")}},
            {QStringLiteral("CONFIRMED"), {QStringLiteral("PAYED")}},
            {QStringLiteral("SHIPPING"), {QStringLiteral("DELIVERING")}},
            {QStringLiteral("DELIVERED"), {QStringLiteral("DELIVERED")}},
            {QStringLiteral("DECIDED"), {QStringLiteral("PURCHASE_DECIDED")}},
            {QStringLiteral("CANCELED"), {QStringLiteral("CANCELED")}},
            {QStringLiteral("RETURNED"), {QStringLiteral("RETURNED")}},
            {QStringLiteral("EXCHANGED"), {QStringLiteral("EXCHANGED")}},
        };
        const QHash<QString, QString> kakao{
            {QStringLiteral("NEW"), QStringLiteral("PayComplete")},
            {QStringLiteral("CONFIRMED"), QStringLiteral("ShippingWaiting")},
            {QStringLiteral("SHIPPING"), QStringLiteral("ShippingProgress")},
            {QStringLiteral("DELIVERED"), QStringLiteral("ShippingComplete")},
            {QStringLiteral("DECIDED"), QStringLiteral("BuyDecision")},
            {QStringLiteral("CANCELED"), QStringLiteral("ShippingCancelComplete")},
            {QStringLiteral("RETURNED"), QStringLiteral("ReturnRefundComplete")},
            {QStringLiteral("EXCHANGED"), QStringLiteral("ExchangeShippingComplete")},
        };
        QSqlQuery q(t->db());
        QVERIFY(q.exec(QStringLiteral("SELECT DISTINCT channel, status, raw_status FROM orders")));
        while (q.next()) {
            const QString channel = q.value(0).toString(), status = q.value(1).toString(),
                          raw = q.value(2).toString();
            if (channel == QLatin1String("NAVER"))
                QVERIFY2(naver.value(status).contains(raw), qPrintable(status + QLatin1Char(' ') + raw));
            else
                QCOMPARE(raw, kakao.value(status));
        }
    }

    void timestampsAreConsistent()
    {
        const QDateTime now = t->clock.nowUtc();
        QSqlQuery q(t->db());
        QVERIFY(q.exec(
            QStringLiteral("SELECT product_order_no, status, paid_at, confirmed_at, shipped_at, "
                           "delivered_at, decided_at, updated_at, courier_code, tracking_no FROM orders")));
        int rows = 0;
        while (q.next()) {
            ++rows;
            const QString id = q.value(0).toString();
            const OrderStatus s = *parseStatus(q.value(1).toString());
            const QDateTime paid = msOrNull(q.value(2)), confirmed = msOrNull(q.value(3)),
                            shipped = msOrNull(q.value(4)), delivered = msOrNull(q.value(5)),
                            decided = msOrNull(q.value(6)), updated = msOrNull(q.value(7));
            QVERIFY2(paid <= now && paid >= now.addDays(-90), qPrintable(id));
            QVERIFY2(updated >= paid && updated <= now, qPrintable(id));
            QDateTime previous = paid;
            for (const QDateTime &step : {confirmed, shipped, delivered, decided}) {
                if (!step.isValid())
                    continue;
                QVERIFY2(step > previous && step <= now, qPrintable(id));
                previous = step;
            }
            const bool hasTracking = !q.value(9).isNull();
            const bool shouldShip = s == OrderStatus::Shipping || s == OrderStatus::Delivered ||
                                    s == OrderStatus::Decided || s == OrderStatus::Returned ||
                                    s == OrderStatus::Exchanged;
            QCOMPARE(hasTracking, shouldShip);
            QCOMPARE(q.value(8).isNull(), !shouldShip);
            QCOMPARE(shipped.isValid(), shouldShip);
            QCOMPARE(confirmed.isValid() || s == OrderStatus::Canceled, s != OrderStatus::New);
            QCOMPARE(delivered.isValid(), shouldShip && s != OrderStatus::Shipping);
            QCOMPARE(decided.isValid(), s == OrderStatus::Decided);
        }
        QCOMPARE(rows, 2000);
    }

    void numbersHaveTheRightShape()
    {
        static const QRegularExpression sixteen(QStringLiteral("^\\d{16}$"));
        QSqlQuery q(t->db());
        QVERIFY(q.exec(QStringLiteral(
            "SELECT product_order_no, order_no, paid_at, courier_code, tracking_no FROM orders")));
        QSet<QString> productOrderNos;
        while (q.next()) {
            const QString no = q.value(0).toString();
            QVERIFY2(sixteen.match(no).hasMatch(), qPrintable(no));
            QVERIFY2(sixteen.match(q.value(1).toString()).hasMatch(), qPrintable(q.value(1).toString()));
            QCOMPARE(no.left(8),
                     seoulDate(fromEpochMs(q.value(2).toLongLong())).toString(QStringLiteral("yyyyMMdd")));
            QVERIFY(!productOrderNos.contains(no));
            productOrderNos.insert(no);
            if (q.value(4).isNull())
                continue;
            const Courier *courier = findCourier(q.value(3).toString());
            QVERIFY(courier);
            QString why;
            QVERIFY2(isTrackingNumberValid(*courier, q.value(4).toString(), &why), qPrintable(why));
        }
        // A tracking number belongs to one checkout (주문번호) only.
        QCOMPARE(scalar(t->db(), QStringLiteral(
                                     "SELECT COUNT(*) FROM (SELECT tracking_no FROM orders WHERE tracking_no "
                                     "IS NOT NULL GROUP BY tracking_no HAVING COUNT(DISTINCT order_no) > 1)"))
                     .toInt(),
                 0);
        // Checkouts group one to three product orders.
        QCOMPARE(
            scalar(t->db(),
                   QStringLiteral("SELECT MAX(n) FROM (SELECT COUNT(*) AS n FROM orders GROUP BY order_no)"))
                .toInt(),
            3);
    }

    void dispatchDueFollowsTheCalendar()
    {
        const int days = t->workspace().settings().dispatchBusinessDays();
        const BusinessCalendar &calendar = t->workspace().calendar();
        QSqlQuery q(t->db());
        QVERIFY(
            q.exec(QStringLiteral("SELECT o.product_order_no, o.paid_at, o.dispatch_due, o.delay_reason, "
                                  "p.dispatch_days FROM orders o JOIN products p ON p.id = o.product_id")));
        int delayed = 0;
        while (q.next()) {
            const int n = q.value(4).isNull() ? days : q.value(4).toInt();
            const QDate expected = dispatchDueDate(fromEpochMs(q.value(1).toLongLong()), n, calendar);
            const QDate due = QDate::fromString(q.value(2).toString(), Qt::ISODate);
            if (q.value(3).isNull()) {
                QCOMPARE(due, expected);
            } else {
                ++delayed;
                QVERIFY2(due > expected, qPrintable(q.value(0).toString()));
                QVERIFY(parseDelayReason(q.value(3).toString()).has_value());
            }
        }
        QVERIFY(delayed > 0);
    }

    void recentOrdersWaitAndSomeAreOverdue()
    {
        const QDateTime now = t->clock.nowUtc();
        const qint64 since = now.addDays(-3).toMSecsSinceEpoch();
        const int recent =
            scalar(t->db(), QStringLiteral("SELECT COUNT(*) FROM orders WHERE paid_at >= ?"), {since})
                .toInt();
        const int waiting = scalar(t->db(),
                                   QStringLiteral("SELECT COUNT(*) FROM orders WHERE paid_at >= ? AND "
                                                  "status IN ('NEW', 'CONFIRMED')"),
                                   {since})
                                .toInt();
        QVERIFY(recent > 20);
        QVERIFY2(waiting * 2 > recent, qPrintable(QStringLiteral("%1 of %2").arg(waiting).arg(recent)));
        const QString today = seoulDate(now).toString(Qt::ISODate);
        QVERIFY(scalar(t->db(),
                       QStringLiteral("SELECT COUNT(*) FROM orders WHERE status IN ('NEW', 'CONFIRMED') "
                                      "AND dispatch_due < ?"),
                       {today})
                    .toInt() > 0);
        // Nobody's name is empty; phones are mobile numbers.
        QCOMPARE(
            scalar(t->db(), QStringLiteral("SELECT COUNT(*) FROM order_contacts WHERE buyer_name IS NULL OR "
                                           "buyer_phone NOT LIKE '010-____-____' OR length(postcode) <> 5 OR "
                                           "address IS NULL"))
                .toInt(),
            0);
    }

    void sameSeedSameRows()
    {
        TestWorkspace a, b, c;
        QVERIFY(a.ok() && b.ok() && c.ok());
        QVERIFY(DemoStore::generate(a.workspace(), {700, 42}).ok());
        QVERIFY(DemoStore::generate(b.workspace(), {700, 42}).ok());
        QVERIFY(DemoStore::generate(c.workspace(), {700, 43}).ok());
        const QByteArray sumA = checksum(a.db());
        QVERIFY(!sumA.isEmpty());
        QCOMPARE(checksum(b.db()), sumA);
        QVERIFY(checksum(c.db()) != sumA);
    }

    void runningTwiceAddsWithoutClashes()
    {
        TestWorkspace w;
        QVERIFY(w.ok());
        QVERIFY(DemoStore::generate(w.workspace(), {300, 5}).ok());
        const Result again = DemoStore::generate(w.workspace(), {300, 5});
        QVERIFY2(again.ok(), qPrintable(again.message));
        QCOMPARE(countRows(w.db(), QStringLiteral("orders")), 600);
        QCOMPARE(scalar(w.db(), QStringLiteral(
                                    "SELECT COUNT(*) FROM (SELECT tracking_no FROM orders WHERE tracking_no "
                                    "IS NOT NULL GROUP BY tracking_no HAVING COUNT(DISTINCT order_no) > 1)"))
                     .toInt(),
                 0);
    }

    void onlyTheMasterMayGenerate()
    {
        TestWorkspace w;
        QVERIFY(w.ok());
        const UserSession op = addUser(w.db(), QStringLiteral("op"), Role::Operator);
        const Result r = DemoStore::generate(w.workspace(), op, {10, 1});
        QCOMPARE(r.kind, ErrorKind::Permission);
        QCOMPARE(countRows(w.db(), QStringLiteral("orders")), 0);
        QCOMPARE(countRows(w.db(), QStringLiteral("products")), 0);
        QVERIFY(DemoStore::generate(w.workspace(), {-1, 1}).kind == ErrorKind::BadInput);
    }

    void createStoreMakesALoginableMaster()
    {
        TestWorkspace w;
        QVERIFY(w.ok());
        QVERIFY(isValidBusinessNumber(DemoStore::businessNo()));
        const Result created = DemoStore::createStore(w.workspace(), DemoStore::defaultPassword());
        QVERIFY2(created.ok(), qPrintable(created.message));
        QCOMPARE(w.workspace().storeProfile()->name, DemoStore::storeName());
        UserSession master;
        QVERIFY(AuthService(w.workspace())
                    .login(DemoStore::masterLogin(), DemoStore::defaultPassword(), &master)
                    .ok());
        QCOMPARE(master.role, Role::Master);
        QVERIFY(DemoStore::generate(w.workspace(), master, {20, 1}).ok());
        QCOMPARE(
            scalar(w.db(), QStringLiteral("SELECT user_id FROM audit_log WHERE action = 'demo.generate'"))
                .toLongLong(),
            master.userId);
        QCOMPARE(DemoStore::createStore(w.workspace(), DemoStore::defaultPassword()).kind, ErrorKind::Rule);
    }
};

QTEST_GUILESS_MAIN(TestDemoStore)
#include "test_demo_store.moc"
