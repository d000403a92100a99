// OrderRepository: round trip with contacts and times, the search document kept in step with changes,
// the search expression, tracking-number reuse, history order, delivered-before.
#include "result_support.h"
#include "storage/orders/order_search_text.h"
#include "test_support.h"

#include <QSqlQuery>
#include <QTest>

using namespace sd;
using namespace sd::test;

namespace {

QStringList searchHits(QSqlDatabase db, const QString &userText)
{
    QStringList hits;
    const QString match = orderSearchMatch(userText);
    if (match.isEmpty())
        return hits;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT o.product_order_no FROM order_search s JOIN orders o ON o.id = s.rowid "
                             "WHERE order_search MATCH ? ORDER BY o.product_order_no"));
    q.addBindValue(match);
    if (q.exec()) {
        while (q.next())
            hits << q.value(0).toString();
    }
    return hits;
}

} // namespace

class TestOrderRepository : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestWorkspace> t;

private slots:
    void init()
    {
        t = std::make_unique<TestWorkspace>();
        QVERIFY2(t->ok(), qPrintable(t->error));
    }
    void cleanup() { t.reset(); }

    // order_status_counts (kept by triggers) must equal a GROUP BY over orders after every kind of change.
    void statusCountsFollowEveryChange()
    {
        QSqlDatabase db = t->db();
        auto matches = [&db]() {
            QSqlQuery q(db);
            return q.exec(QStringLiteral("SELECT COUNT(*) FROM (SELECT channel, status, COUNT(*) AS n FROM "
                                         "orders GROUP BY 1, 2) g "
                                         "FULL OUTER JOIN (SELECT * FROM order_status_counts WHERE n > 0) c "
                                         "USING (channel, status) "
                                         "WHERE g.n IS NOT c.n")) &&
                   q.next() && q.value(0).toInt() == 0;
        };
        QList<Order> orders;
        for (int i = 0; i < 30; ++i) {
            Order o = makeOrder(QStringLiteral("20240513100000%1").arg(i, 2, 10, QLatin1Char('0')),
                                allStatuses().at(i % 8));
            o.channel = allChannels().at(i % 3);
            orders.append(o);
        }
        QVERIFY(insertOrders(db, orders));
        QVERIFY(matches());
        QCOMPARE(scalar(db, QStringLiteral("SELECT SUM(n) FROM order_status_counts")).toInt(), 30);
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("UPDATE orders SET status = 'CONFIRMED' WHERE status = 'NEW'")));
        QVERIFY(matches());
        QVERIFY(q.exec(QStringLiteral("UPDATE orders SET channel = 'KAKAO' WHERE id % 4 = 0")));
        QVERIFY(matches());
        QVERIFY(q.exec(QStringLiteral("UPDATE orders SET quantity = 2"))); // not counted: no change
        QVERIFY(matches());
        QVERIFY(q.exec(QStringLiteral("DELETE FROM orders WHERE id % 3 = 0")));
        QVERIFY(matches());
        QCOMPARE(scalar(db, QStringLiteral("SELECT SUM(n) FROM order_status_counts")).toInt(),
                 countRows(db, QStringLiteral("orders")));
    }

    void insertAndFindRoundTrip()
    {
        Order o = makeOrder(QStringLiteral("2024051312345601"), OrderStatus::Shipping,
                            QStringLiteral("2024051399"));
        o.channel = Channel::KakaoStore;
        o.rawStatus = QStringLiteral("배송중");
        o.paidAt = QDateTime(QDate(2024, 5, 12), QTime(14, 3, 7, 123), QTimeZone::utc());
        o.optionPrice = 2000;
        o.discount = 1500;
        o.quantity = 2;
        o.totalAmount = 2 * 35000 + 2000 - 1500;
        o.dispatchDue = QDate(2024, 5, 15);
        o.delayReason = QStringLiteral("PRODUCT_PREPARE");
        o.delayDetail = QStringLiteral("입고 지연");
        o.courierCode = QStringLiteral("CJGLS");
        o.trackingNo = QStringLiteral("123456789012");
        o.confirmedAt = o.paidAt.addSecs(600);
        o.shippedAt = o.paidAt.addDays(1);
        o.updatedAt = o.shippedAt;
        o.contact.recipientPhone2 = QStringLiteral("02-555-1234");
        o.contact.deliveryMessage = QStringLiteral("문 앞에 놓아 주세요");
        QString error;
        QVERIFY2(insertOrder(t->db(), o, &error), qPrintable(error));
        QVERIFY(o.id > 0);

        OrderRepository repo(t->db());
        QVERIFY(repo.exists(o.productOrderNo));
        QVERIFY(!repo.exists(QStringLiteral("nope")));
        QVERIFY(!repo.findByProductOrderNo(QStringLiteral("nope")).has_value());
        const auto found = repo.findByProductOrderNo(o.productOrderNo);
        QVERIFY(found.has_value());
        const Order &f = *found;
        QCOMPARE(f.id, o.id);
        QCOMPARE(f.orderNo, o.orderNo);
        QCOMPARE(f.channel, Channel::KakaoStore);
        QCOMPARE(f.status, OrderStatus::Shipping);
        QCOMPARE(f.rawStatus, o.rawStatus);
        QCOMPARE(f.paidAt, o.paidAt); // millisecond precision kept
        QCOMPARE(f.paidAt.offsetFromUtc(), 0);
        QCOMPARE(f.productId, 0);
        QCOMPARE(f.productName, o.productName);
        QCOMPARE(f.optionText, o.optionText);
        QCOMPARE(f.quantity, 2);
        QCOMPARE(f.unitPrice, o.unitPrice);
        QCOMPARE(f.optionPrice, o.optionPrice);
        QCOMPARE(f.discount, o.discount);
        QCOMPARE(f.totalAmount, o.totalAmount);
        QCOMPARE(f.shippingFee, o.shippingFee);
        QCOMPARE(f.dispatchDue, o.dispatchDue);
        QCOMPARE(f.delayReason, o.delayReason);
        QCOMPARE(f.delayDetail, o.delayDetail);
        QCOMPARE(f.courierCode, o.courierCode);
        QCOMPARE(f.trackingNo, o.trackingNo);
        QCOMPARE(f.confirmedAt, o.confirmedAt);
        QCOMPARE(f.shippedAt, o.shippedAt);
        QVERIFY(!f.deliveredAt.isValid());
        QVERIFY(!f.decidedAt.isValid());
        QCOMPARE(f.updatedAt, o.updatedAt);

        const OrderContact &c = f.contact;
        QCOMPARE(c.buyerName, o.contact.buyerName);
        QCOMPARE(c.buyerPhone, o.contact.buyerPhone);
        QCOMPARE(c.recipientName, o.contact.recipientName);
        QCOMPARE(c.recipientPhone1, o.contact.recipientPhone1);
        QCOMPARE(c.recipientPhone2, o.contact.recipientPhone2);
        QCOMPARE(c.postcode, o.contact.postcode);
        QCOMPARE(c.address, o.contact.address);
        QCOMPARE(c.addressDetail, o.contact.addressDetail);
        QCOMPARE(c.deliveryMessage, o.contact.deliveryMessage);

        // Empty texts are stored as NULL, absent times as NULL.
        QVERIFY(
            scalar(t->db(), QStringLiteral("SELECT delivered_at FROM orders WHERE id = ?"), {o.id}).isNull());
        QVERIFY(
            scalar(t->db(), QStringLiteral("SELECT product_id FROM orders WHERE id = ?"), {o.id}).isNull());
        QCOMPARE(
            scalar(t->db(), QStringLiteral("SELECT paid_at FROM orders WHERE id = ?"), {o.id}).toLongLong(),
            o.paidAt.toMSecsSinceEpoch());
    }

    void duplicateProductOrderNoIsRefused()
    {
        QList<Order> orders{makeOrder(QStringLiteral("P1")), makeOrder(QStringLiteral("P1"))};
        QString error;
        QVERIFY(!insertOrders(t->db(), orders, &error));
        QVERIFY(!error.isEmpty());
        // The transaction rolled back: not even the first one is there, nor its contact or search rows.
        QCOMPARE(countRows(t->db(), QStringLiteral("orders")), 0);
        QCOMPARE(countRows(t->db(), QStringLiteral("order_contacts")), 0);
        QCOMPARE(countRows(t->db(), QStringLiteral("order_search")), 0);
    }

    void updateWritesMutableFields()
    {
        Order o = makeOrder(QStringLiteral("P1"));
        QVERIFY(insertOrder(t->db(), o));
        o.status = OrderStatus::Delivered;
        o.deliveredAt = defaultNow();
        o.updatedAt = defaultNow();
        o.courierCode = QStringLiteral("HANJIN");
        o.trackingNo = QStringLiteral("1234567890");
        o.dispatchDue = QDate(2024, 6, 1);
        OrderRepository repo(t->db());
        QString error;
        {
            WriteTransaction tx(t->db());
            QVERIFY2(okOr(repo.update(o), &error), qPrintable(error));
            QVERIFY(tx.commit());
        }
        const auto f = repo.findByProductOrderNo(QStringLiteral("P1"));
        QVERIFY(f);
        QCOMPARE(f->status, OrderStatus::Delivered);
        QCOMPARE(f->deliveredAt, defaultNow());
        QCOMPARE(f->courierCode, QStringLiteral("HANJIN"));
        QCOMPARE(f->trackingNo, QStringLiteral("1234567890"));
        QCOMPARE(f->dispatchDue, QDate(2024, 6, 1));
        QCOMPARE(f->contact.buyerName, o.contact.buyerName); // contacts untouched

        Order ghost = o;
        ghost.id = 999999;
        QVERIFY(!okOr(repo.update(ghost), &error));
        QVERIFY(!error.isEmpty());
    }

    void searchDocumentFollowsTrackingChange()
    {
        Order o = makeOrder(QStringLiteral("P1"), OrderStatus::Shipping);
        o.courierCode = QStringLiteral("CJGLS");
        o.trackingNo = QStringLiteral("111122223333");
        Order other = makeOrder(QStringLiteral("P2"));
        QList<Order> orders{o, other};
        QVERIFY(insertOrders(t->db(), orders));
        o = orders.first();
        QCOMPARE(searchHits(t->db(), QStringLiteral("111122223333")), QStringList{QStringLiteral("P1")});
        QVERIFY(searchHits(t->db(), QStringLiteral("444455556666")).isEmpty());

        OrderRepository repo(t->db());
        Order changed = *repo.findByProductOrderNo(QStringLiteral("P1"));
        changed.trackingNo = QStringLiteral("444455556666");
        {
            WriteTransaction tx(t->db());
            QString error;
            QVERIFY2(okOr(repo.update(changed), &error), qPrintable(error));
            QVERIFY(tx.commit());
        }
        QCOMPARE(searchHits(t->db(), QStringLiteral("444455556666")), QStringList{QStringLiteral("P1")});
        QVERIFY(searchHits(t->db(), QStringLiteral("111122223333")).isEmpty());
        // Still one document per order, and the names are still searchable after an update that
        // did not carry the contact (the repository reads it back).
        QCOMPARE(countRows(t->db(), QStringLiteral("order_search")), 2);
        Order withoutContact = changed;
        withoutContact.contact = OrderContact();
        withoutContact.trackingNo = QStringLiteral("777788889999");
        {
            WriteTransaction tx(t->db());
            QVERIFY(okOr(repo.update(withoutContact), nullptr));
            QVERIFY(tx.commit());
        }
        QCOMPARE(searchHits(t->db(), QStringLiteral("777788889999 김민수")),
                 QStringList{QStringLiteral("P1")});
    }

    void searchFindsNamesPhonesAndProducts_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        const QStringList both{QStringLiteral("P1"), QStringLiteral("P2")};
        QTest::newRow("full name") << QStringLiteral("김민수") << QStringList{QStringLiteral("P1")};
        QTest::newRow("two syllables of a name")
            << QStringLiteral("민수") << QStringList{QStringLiteral("P1")};
        QTest::newRow("two-syllable name") << QStringLiteral("이수") << QStringList{QStringLiteral("P2")};
        QTest::newRow("recipient") << QStringLiteral("영희") << both;
        QTest::newRow("phone last digits") << QStringLiteral("5678") << QStringList{QStringLiteral("P1")};
        QTest::newRow("product two chars") << QStringLiteral("키보") << both;
        QTest::newRow("product word") << QStringLiteral("마우스") << QStringList{QStringLiteral("P2")};
        QTest::newRow("order number part") << QStringLiteral("ORD-0001") << QStringList{QStringLiteral("P1")};
        QTest::newRow("every word must occur") << QStringLiteral("김민수 마우스") << QStringList{};
        QTest::newRow("two words both") << QStringLiteral("영희 마우스") << QStringList{QStringLiteral("P2")};
        QTest::newRow("one character ignored") << QStringLiteral("김") << QStringList{};
        QTest::newRow("nobody") << QStringLiteral("박지성") << QStringList{};
        QTest::newRow("quote in text") << QStringLiteral("김\"민수") << QStringList{};
    }

    void searchFindsNamesPhonesAndProducts()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        Order a = makeOrder(QStringLiteral("P1"), OrderStatus::New, QStringLiteral("ORD00012"));
        Order b = makeOrder(QStringLiteral("P2"), OrderStatus::New, QStringLiteral("ORD00099"));
        b.contact.buyerName = QStringLiteral("이수");
        b.contact.buyerPhone = QStringLiteral("010-2222-3333");
        b.productName = QStringLiteral("무선 키보드 마우스 세트");
        QList<Order> orders{a, b};
        QVERIFY(insertOrders(t->db(), orders));
        QCOMPARE(searchHits(t->db(), text), expected);
    }

    void orderSearchMatch_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        const QString pair = QString(QChar(0x00B6));
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("spaces") << QStringLiteral("   ") << QString();
        QTest::newRow("1 char") << QStringLiteral("김") << QString();
        QTest::newRow("2 chars: pair term")
            << QStringLiteral("민수") << QStringLiteral("\"민수%1\"").arg(pair);
        QTest::newRow("3 chars: trigram term") << QStringLiteral("김민수") << QStringLiteral("\"김민수\"");
        QTest::newRow("hyphens removed") << QStringLiteral("010-1234") << QStringLiteral("\"0101234\"");
        QTest::newRow("hyphen makes 2 chars")
            << QStringLiteral("1-2") << QStringLiteral("\"12%1\"").arg(pair);
        QTest::newRow("words joined")
            << QStringLiteral(" 김민수   키보드 ") << QStringLiteral("\"김민수\" \"키보드\"");
        QTest::newRow("short word skipped")
            << QStringLiteral("김 민수") << QStringLiteral("\"민수%1\"").arg(pair);
        QTest::newRow("quote doubled") << QStringLiteral("a\"bc") << QStringLiteral("\"a\"\"bc\"");
        QTest::newRow("FTS operators are text")
            << QStringLiteral("NOT OR") << QStringLiteral("\"NOT\" \"OR%1\"").arg(pair);
        QTest::newRow("marker typed is dropped") << QStringLiteral("민%1").arg(pair) << QString();
    }

    void orderSearchMatch()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(sd::orderSearchMatch(text), expected);
    }

    void trackingNumberUsedElsewhereIgnoresSameOrderNo()
    {
        Order a = makeOrder(QStringLiteral("P1"), OrderStatus::Shipping, QStringLiteral("ORDER-A"));
        a.courierCode = QStringLiteral("CJGLS");
        a.trackingNo = QStringLiteral("123412341234");
        Order a2 = makeOrder(QStringLiteral("P2"), OrderStatus::Confirmed, QStringLiteral("ORDER-A"));
        Order b = makeOrder(QStringLiteral("P3"), OrderStatus::Confirmed, QStringLiteral("ORDER-B"));
        QList<Order> orders{a, a2, b};
        QVERIFY(insertOrders(t->db(), orders));
        OrderRepository repo(t->db());
        QCOMPARE(repo.trackingNumberUsedElsewhere(QStringLiteral("123412341234"), QStringLiteral("ORDER-A")),
                 QString());
        QCOMPARE(repo.trackingNumberUsedElsewhere(QStringLiteral("123412341234"), QStringLiteral("ORDER-B")),
                 QStringLiteral("P1"));
        QCOMPARE(repo.trackingNumberUsedElsewhere(QStringLiteral("999999999999"), QStringLiteral("ORDER-B")),
                 QString());
    }

    void eventsComeInTimeOrderWithUserNames()
    {
        Order o = makeOrder(QStringLiteral("P1"));
        QVERIFY(insertOrder(t->db(), o));
        const UserSession user = addUser(t->db(), QStringLiteral("staff"), Role::Operator);
        QVERIFY(user.userId > 0);
        OrderRepository repo(t->db());
        const QDateTime t0 = defaultNow();
        {
            WriteTransaction tx(t->db());
            QString error;
            // Written out of order; two share a time and keep their insertion order.
            QVERIFY2(okOr(repo.addEvent(o.id, user.userId,
                                        {0,
                                         t0.addSecs(60),
                                         {},
                                         QStringLiteral("dispatch"),
                                         QStringLiteral("CONFIRMED"),
                                         QStringLiteral("SHIPPING"),
                                         QStringLiteral("CJ대한통운 123412341234")}),
                          &error),
                     qPrintable(error));
            QVERIFY(okOr(
                repo.addEvent(o.id, 0, {0, t0, {}, QStringLiteral("created"), {}, QStringLiteral("NEW"), {}}),
                &error));
            QVERIFY(okOr(repo.addEvent(o.id, user.userId,
                                       {0,
                                        t0.addSecs(30),
                                        {},
                                        QStringLiteral("confirm"),
                                        QStringLiteral("NEW"),
                                        QStringLiteral("CONFIRMED"),
                                        {}}),
                         &error));
            QVERIFY(okOr(
                repo.addEvent(o.id, user.userId, {0, t0.addSecs(60), {}, QStringLiteral("note"), {}, {}, {}}),
                &error));
            QVERIFY(tx.commit());
        }
        const QList<OrderEvent> events = repo.events(o.id);
        QCOMPARE(events.size(), 4);
        QStringList actions;
        for (const OrderEvent &e : events)
            actions << e.action;
        QCOMPARE(actions, (QStringList{QStringLiteral("created"), QStringLiteral("confirm"),
                                       QStringLiteral("dispatch"), QStringLiteral("note")}));
        QCOMPARE(events[0].userName, QString()); // system
        QCOMPARE(events[1].userName, user.displayName);
        QCOMPARE(events[1].at, t0.addSecs(30));
        QCOMPARE(events[2].fromStatus, QStringLiteral("CONFIRMED"));
        QCOMPARE(events[2].toStatus, QStringLiteral("SHIPPING"));
        QCOMPARE(events[2].detail, QStringLiteral("CJ대한통운 123412341234"));
        QVERIFY(repo.events(o.id + 1000).isEmpty());

        // An event for a missing order breaks the foreign key.
        WriteTransaction tx(t->db());
        QString error;
        QVERIFY(!okOr(repo.addEvent(o.id + 1000, 0, {0, t0, {}, QStringLiteral("x"), {}, {}, {}}), &error));
        QVERIFY(!error.isEmpty());
    }

    void deliveredBeforeByChannelAndCutoff()
    {
        const QDateTime t0 = defaultNow();
        auto delivered = [&](const QString &id, Channel channel, const QDateTime &at) {
            Order o = makeOrder(id, OrderStatus::Delivered);
            o.channel = channel;
            o.courierCode = QStringLiteral("CJGLS");
            o.trackingNo = QStringLiteral("1000000000") + id.right(2);
            o.deliveredAt = at;
            return o;
        };
        QList<Order> orders{
            delivered(QStringLiteral("N01"), Channel::NaverSmartstore, t0.addDays(-9)),
            delivered(QStringLiteral("N02"), Channel::NaverSmartstore, t0.addDays(-8)),
            delivered(QStringLiteral("N03"), Channel::NaverSmartstore, t0.addDays(-8).addSecs(1)),
            delivered(QStringLiteral("K01"), Channel::KakaoStore, t0.addDays(-10)),
        };
        Order decided = delivered(QStringLiteral("N04"), Channel::NaverSmartstore, t0.addDays(-20));
        decided.status = OrderStatus::Decided;
        orders << decided;
        QVERIFY(insertOrders(t->db(), orders));
        OrderRepository repo(t->db());
        const qint64 cutoff = t0.addDays(-8).toMSecsSinceEpoch();
        QCOMPARE(repo.deliveredBefore(QStringLiteral("NAVER"), cutoff),
                 (QStringList{QStringLiteral("N01"), QStringLiteral("N02")}));
        QCOMPARE(repo.deliveredBefore(QStringLiteral("KAKAO"), cutoff), QStringList{QStringLiteral("K01")});
        QVERIFY(repo.deliveredBefore(QStringLiteral("TALK_CHECKOUT"), cutoff).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestOrderRepository)
#include "test_order_repository.moc"
