// 인쇄's content (services/orders/packing_list): the sums of the 피킹리스트, the slips per 주문번호, masking
// per role and the access record; and the layouts saved per login (services/store/user_layouts).
#include "core/access/personal_data_mask.h"
#include "core/table/table_orders.h"
#include "services/orders/packing_list.h"
#include "services/store/user_layouts.h"
#include "test_support.h"

#include <QTest>

using namespace sd;
using namespace sd::test;

namespace {

Order item(const QString &productOrderNo, const QString &orderNo, const QString &product, const QString &option,
           int quantity)
{
    Order o = makeOrder(productOrderNo, OrderStatus::Confirmed, orderNo);
    o.productName = product;
    o.optionText = option;
    o.quantity = quantity;
    return o;
}

} // namespace

class TestPackingList : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestWorkspace> t;
    UserSession master, finance;

private slots:
    void initTestCase()
    {
        t = std::make_unique<TestWorkspace>();
        QVERIFY2(t->ok(), qPrintable(t->error));
        master = addUser(t->db(), QStringLiteral("boss"), Role::Master);
        finance = addUser(t->db(), QStringLiteral("money"), Role::Finance);
        // O-1: two product orders shipped together (합포장); O-2 the same product again; O-3 another.
        QList<Order> orders{item(QStringLiteral("P-11"), QStringLiteral("O-1"), QStringLiteral("무선 키보드"),
                                 QStringLiteral("색상: 검정"), 2),
                            item(QStringLiteral("P-12"), QStringLiteral("O-1"), QStringLiteral("마우스패드"),
                                 QString(), 1),
                            item(QStringLiteral("P-21"), QStringLiteral("O-2"), QStringLiteral("무선 키보드"),
                                 QStringLiteral("색상: 검정"), 3),
                            item(QStringLiteral("P-31"), QStringLiteral("O-3"), QStringLiteral("무선 키보드"),
                                 QStringLiteral("색상: 흰색"), 1)};
        orders[0].contact.deliveryMessage = QStringLiteral("문 앞에 놓아 주세요");
        QVERIFY(insertOrders(t->db(), orders));
    }
    void cleanupTestCase() { t.reset(); }

    void sumsProductsAndOptions()
    {
        PackingListService service(t->workspace(), master);
        PackingDocument doc;
        const Result r = service.build(QStringList{QStringLiteral("P-11"), QStringLiteral("P-12"),
                                                   QStringLiteral("P-21"), QStringLiteral("P-31"),
                                                   QStringLiteral("no-such")},
                                       PackingListService::Content::PackingList, &doc);
        QVERIFY2(r.ok(), qPrintable(r.message));
        QCOMPARE(doc.productOrders, 4);
        QCOMPARE(doc.totalQuantity, qint64(7));
        QVERIFY(doc.slips.isEmpty()); // not asked for
        // By product, then option; quantities summed over the orders.
        QCOMPARE(doc.lines.size(), 3);
        QCOMPARE(doc.lines[0].product, QStringLiteral("마우스패드"));
        QCOMPARE(doc.lines[0].quantity, qint64(1));
        QCOMPARE(doc.lines[1].product, QStringLiteral("무선 키보드"));
        QCOMPARE(doc.lines[1].option, QStringLiteral("색상: 검정"));
        QCOMPARE(doc.lines[1].quantity, qint64(5));
        QCOMPARE(doc.lines[1].orders, 2);
        QCOMPARE(doc.lines[2].option, QStringLiteral("색상: 흰색"));
        QCOMPARE(doc.lines[2].quantity, qint64(1));
        QCOMPARE(doc.printedAt, t->clock.nowUtc());
        // No slips, no personal data: no access record.
        QCOMPARE(countRows(t->db(), QStringLiteral("personal_data_access")), 0);
    }

    void slipsPerOrderNumberMaskedPerRole()
    {
        PackingDocument full, masked;
        QVERIFY(PackingListService(t->workspace(), master)
                    .build(TableFilter(), PackingListService::Content::PackingListAndSlips, &full)
                    .ok());
        QCOMPARE(full.slips.size(), 3);
        const PackingSlip &first = full.slips.first();
        QCOMPARE(first.orderNo, QStringLiteral("O-1"));
        QCOMPARE(first.items.size(), 2);
        QCOMPARE(first.items[0].productOrderNo, QStringLiteral("P-11"));
        QCOMPARE(first.quantity, qint64(3));
        QCOMPARE(first.recipient, QStringLiteral("이영희"));
        QCOMPARE(first.phone, QStringLiteral("010-9876-5432"));
        QCOMPARE(first.address, QStringLiteral("서울특별시 강남구 테헤란로 123"));
        QCOMPARE(first.deliveryMessage, QStringLiteral("문 앞에 놓아 주세요"));
        QVERIFY(!full.masked);
        // The master's slips show personal data: recorded once.
        QCOMPARE(countRows(t->db(), QStringLiteral("personal_data_access")), 1);

        QVERIFY(PackingListService(t->workspace(), finance)
                    .build(QStringList{QStringLiteral("P-11"), QStringLiteral("P-12")},
                           PackingListService::Content::PackingListAndSlips, &masked)
                    .ok());
        QCOMPARE(masked.slips.size(), 1);
        QVERIFY(masked.masked);
        const PackingSlip &m = masked.slips.first();
        QCOMPARE(m.recipient, maskValue(MaskClass::Name, QStringLiteral("이영희")));
        QCOMPARE(m.phone, maskValue(MaskClass::Phone, QStringLiteral("010-9876-5432")));
        QCOMPARE(m.address, maskValue(MaskClass::Address, QStringLiteral("서울특별시 강남구 테헤란로 123")));
        QVERIFY(m.deliveryMessage != QStringLiteral("문 앞에 놓아 주세요"));
        QVERIFY(m.recipient != QStringLiteral("이영희"));
        QCOMPARE(countRows(t->db(), QStringLiteral("personal_data_access")), 1); // a masked read is none
    }

    void refusesNothingAndTooMuch()
    {
        PackingListService service(t->workspace(), master);
        PackingDocument doc;
        QCOMPARE(service.build(QStringList(), PackingListService::Content::PackingList, &doc).kind,
                 ErrorKind::BadInput);
        QCOMPARE(service.build(QStringList{QStringLiteral("no-such")}, PackingListService::Content::PackingList,
                               &doc)
                     .kind,
                 ErrorKind::BadInput);
        QStringList many;
        for (int i = 0; i <= PackingListService::kMaxOrders; ++i)
            many << QStringLiteral("P-%1").arg(i);
        const Result tooMany = service.build(many, PackingListService::Content::PackingList, &doc);
        QCOMPARE(tooMany.kind, ErrorKind::BadInput);
        QVERIFY(!tooMany.message.isEmpty());
    }

    void layoutsAreKeptPerLogin()
    {
        UserLayouts mine(t->workspace(), master);
        QVERIFY(mine.load().isEmpty());
        const QByteArray bytes("\x00\x01layout\xff", 9);
        QVERIFY(mine.save({{QStringLiteral("orders"), bytes}, {QStringLiteral("audit"), QByteArray("a")}}).ok());
        QCOMPARE(mine.load().value(QStringLiteral("orders")), bytes);
        QCOMPARE(mine.load().size(), 2);
        QVERIFY(UserLayouts(t->workspace(), finance).load().isEmpty()); // another login: its own (none)
        // Stored base64 under layout.<login>.<page>.
        QCOMPARE(scalar(t->db(), QStringLiteral("SELECT value FROM settings WHERE key = ?"),
                        {UserLayouts::keyFor(QStringLiteral("boss"), QStringLiteral("orders"))})
                     .toString(),
                 QString::fromLatin1(bytes.toBase64()));
        // An empty layout forgets the page.
        QVERIFY(mine.save({{QStringLiteral("audit"), QByteArray()}}).ok());
        QVERIFY(!mine.load().contains(QStringLiteral("audit")));
        QCOMPARE(mine.load().value(QStringLiteral("orders")), bytes);
    }
};

QTEST_GUILESS_MAIN(TestPackingList)
#include "test_packing_list.moc"
