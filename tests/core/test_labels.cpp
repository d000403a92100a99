#include "core/access/audit_action.h"
#include "core/access/role.h"
#include "core/orders/channel.h"
#include "core/orders/channel_status.h"
#include "core/orders/delay_reason.h"
#include "core/orders/order_field.h"
#include "core/orders/order_status.h"
#include "core/orders/order_transition.h"

#include <QSet>
#include <QTest>

using namespace sd;

Q_DECLARE_METATYPE(sd::OrderStatus)
Q_DECLARE_METATYPE(sd::Channel)
Q_DECLARE_METATYPE(sd::DelayReason)
Q_DECLARE_METATYPE(sd::Role)
Q_DECLARE_METATYPE(sd::Permission)

class TestLabels : public QObject
{
    Q_OBJECT

private slots:
    // A raw channel status is shown as a label, never as the marketplace's API code.
    void rawChannelStatusesShowAsLabels()
    {
        using namespace sd;
        QCOMPARE(channelStatusText(Channel::NaverSmartstore, QStringLiteral("PAYED")),
                 statusLabel(OrderStatus::New));
        QCOMPARE(channelStatusText(Channel::NaverSmartstore, QStringLiteral("DELIVERING")),
                 statusLabel(OrderStatus::Shipping));
        QCOMPARE(channelStatusText(Channel::KakaoStore, QStringLiteral("ShippingWaiting")),
                 statusLabel(OrderStatus::Confirmed));
        // The marketplace's Korean text stays as written; an unknown text too.
        QCOMPARE(channelStatusText(Channel::NaverSmartstore, QStringLiteral("배송중")),
                 QStringLiteral("배송중"));
        QCOMPARE(channelStatusText(Channel::NaverSmartstore, QStringLiteral("수거중")),
                 QStringLiteral("수거중"));
        for (OrderStatus st : allStatuses()) {
            for (Channel ch : allChannels()) {
                const QString code = channelStatusCode(ch, st);
                QVERIFY2(channelStatusText(ch, code) != code || code.isEmpty(), qPrintable(code));
            }
        }
    }

    void historyActionsReadAsLabels()
    {
        QCOMPARE(historyActionLabel(actionCode(OrderAction::Confirm)), actionLabel(OrderAction::Confirm));
        QCOMPARE(historyActionLabel(actionCode(OrderAction::DelayDispatch)),
                 actionLabel(OrderAction::DelayDispatch));
        QCOMPARE(historyActionLabel(QStringLiteral("auto-decide")),
                 QStringLiteral("Automatic purchase decision"));
        QCOMPARE(historyActionLabel(QStringLiteral("imported")),
                 QStringLiteral("imported")); // unknown: as stored
    }

    void status_data()
    {
        QTest::addColumn<OrderStatus>("status");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("english");
        QTest::addColumn<QString>("korean");
        QTest::newRow("new") << OrderStatus::New << "NEW"
                             << "New order"
                             << "신규주문";
        QTest::newRow("confirmed") << OrderStatus::Confirmed << "CONFIRMED"
                                   << "Awaiting dispatch"
                                   << "발송대기";
        QTest::newRow("shipping") << OrderStatus::Shipping << "SHIPPING"
                                  << "In transit"
                                  << "배송중";
        QTest::newRow("delivered") << OrderStatus::Delivered << "DELIVERED"
                                   << "Delivered"
                                   << "배송완료";
        QTest::newRow("decided") << OrderStatus::Decided << "DECIDED"
                                 << "Purchase decided"
                                 << "구매확정";
        QTest::newRow("canceled") << OrderStatus::Canceled << "CANCELED"
                                  << "Canceled"
                                  << "취소";
        QTest::newRow("returned") << OrderStatus::Returned << "RETURNED"
                                  << "Returned"
                                  << "반품";
        QTest::newRow("exchanged") << OrderStatus::Exchanged << "EXCHANGED"
                                   << "Exchanged"
                                   << "교환";
    }

    void status()
    {
        QFETCH(OrderStatus, status);
        QFETCH(QString, code);
        QFETCH(QString, english);
        QFETCH(QString, korean);
        QCOMPARE(statusCode(status), code);
        QCOMPARE(statusLabel(status), english); // no translator installed: the English source
        QCOMPARE(parseStatus(code), status);
        QCOMPARE(parseStatus(code.toLower()), status);
        QCOMPARE(parseStatus(english), status);
        QCOMPARE(parseStatus(english.toUpper()), status);
        QCOMPARE(parseStatus(korean), status);
        QCOMPARE(parseStatus(QStringLiteral("  ") + korean + QStringLiteral(" ")), status);
    }

    void statusExtras()
    {
        QCOMPARE(allStatuses().size(), 8);
        QCOMPARE(parseStatus(QStringLiteral("발주확인")), OrderStatus::Confirmed);
        QCOMPARE(parseStatus(QStringLiteral("신규 주문")), OrderStatus::New);
        QVERIFY(!parseStatus(QString()));
        QVERIFY(!parseStatus(QStringLiteral("PAYED")));
        QVERIFY(!parseStatus(QStringLiteral("배송")));
    }

    void channel_data()
    {
        QTest::addColumn<Channel>("channel");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("english");
        QTest::addColumn<QString>("korean");
        QTest::newRow("naver") << Channel::NaverSmartstore << "NAVER"
                               << "Naver Smartstore"
                               << "네이버 스마트스토어";
        QTest::newRow("kakao") << Channel::KakaoStore << "KAKAO"
                               << "Kakao Talk Store"
                               << "카카오 톡스토어";
        QTest::newRow("talk checkout") << Channel::TalkCheckout << "TALK_CHECKOUT"
                                       << "Kakao Talk Checkout"
                                       << "톡체크아웃";
    }

    void channel()
    {
        QFETCH(Channel, channel);
        QFETCH(QString, code);
        QFETCH(QString, english);
        QFETCH(QString, korean);
        QCOMPARE(channelCode(channel), code);
        QCOMPARE(channelLabel(channel), english);
        QCOMPARE(parseChannel(code), channel);
        QCOMPARE(parseChannel(code.toLower()), channel);
        QCOMPARE(parseChannel(english), channel);
        QCOMPARE(parseChannel(korean), channel);
    }

    void channelExtras()
    {
        QCOMPARE(allChannels().size(), 3);
        QCOMPARE(parseChannel(QStringLiteral("네이버스마트스토어")), Channel::NaverSmartstore);
        QVERIFY(!parseChannel(QStringLiteral("COUPANG")));
        QVERIFY(!parseChannel(QString()));
    }

    void delayReason_data()
    {
        QTest::addColumn<DelayReason>("reason");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("english");
        QTest::addColumn<QString>("korean");
        QTest::newRow("prepare") << DelayReason::ProductPrepare << "PRODUCT_PREPARE"
                                 << "Preparing the product"
                                 << "상품 준비 중";
        QTest::newRow("customer") << DelayReason::CustomerRequest << "CUSTOMER_REQUEST"
                                  << "Customer request"
                                  << "고객 요청";
        QTest::newRow("custom build") << DelayReason::CustomBuild << "CUSTOM_BUILD"
                                      << "Made to order"
                                      << "주문 제작";
        QTest::newRow("reserved") << DelayReason::ReservedDispatch << "RESERVED_DISPATCH"
                                  << "Scheduled dispatch"
                                  << "예약 발송";
        QTest::newRow("oversea") << DelayReason::OverseaDelivery << "OVERSEA_DELIVERY"
                                 << "Overseas delivery"
                                 << "해외 배송";
        QTest::newRow("etc") << DelayReason::Etc << "ETC"
                             << "Other"
                             << "기타";
    }

    void delayReason()
    {
        QFETCH(DelayReason, reason);
        QFETCH(QString, code);
        QFETCH(QString, english);
        QFETCH(QString, korean);
        QCOMPARE(delayReasonCode(reason), code);
        QCOMPARE(delayReasonLabel(reason), english);
        QCOMPARE(parseDelayReason(code), reason);
        QCOMPARE(parseDelayReason(code.toLower()), reason);
        QCOMPARE(parseDelayReason(english), reason);
        QCOMPARE(parseDelayReason(korean), reason);
    }

    void delayReasonExtras()
    {
        QCOMPARE(allDelayReasons().size(), 6);
        // Spacing variants seen in the marketplace screens.
        QCOMPARE(parseDelayReason(QStringLiteral("상품 준비중")), DelayReason::ProductPrepare);
        QCOMPARE(parseDelayReason(QStringLiteral("상품준비중")), DelayReason::ProductPrepare);
        QVERIFY(!parseDelayReason(QStringLiteral("SOLD_OUT")));
    }

    void role_data()
    {
        QTest::addColumn<Role>("role");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("english");
        QTest::addColumn<QString>("korean");
        QTest::newRow("master") << Role::Master << "MASTER"
                                << "Master"
                                << "마스터";
        QTest::newRow("operator") << Role::Operator << "OPERATOR"
                                  << "Operator"
                                  << "운영자";
        QTest::newRow("finance") << Role::Finance << "FINANCE"
                                 << "Finance manager"
                                 << "재무 담당자";
    }

    void role()
    {
        QFETCH(Role, role);
        QFETCH(QString, code);
        QFETCH(QString, english);
        QFETCH(QString, korean);
        QCOMPARE(roleCode(role), code);
        QCOMPARE(roleLabel(role), english);
        QCOMPARE(parseRole(code), role);
        QCOMPARE(parseRole(code.toLower()), role);
        QCOMPARE(parseRole(english), role);
        QCOMPARE(parseRole(korean), role);
        QVERIFY(!parseRole(QStringLiteral("ADMIN")));
    }

    void permissions_data()
    {
        QTest::addColumn<Permission>("permission");
        QTest::addColumn<bool>("master");
        QTest::addColumn<bool>("operatorRole");
        QTest::addColumn<bool>("finance");
        QTest::newRow("view orders") << Permission::ViewOrders << true << true << true;
        QTest::newRow("process orders") << Permission::ProcessOrders << true << true << false;
        QTest::newRow("view personal data") << Permission::ViewPersonalData << true << true << false;
        QTest::newRow("export personal data") << Permission::ExportPersonalData << true << true << false;
        QTest::newRow("import orders") << Permission::ImportOrders << true << true << false;
        QTest::newRow("manage staff") << Permission::ManageStaff << true << false << false;
        QTest::newRow("manage settings") << Permission::ManageSettings << true << false << false;
        QTest::newRow("view settlement") << Permission::ViewSettlement << true << false << true;
        QTest::newRow("backup") << Permission::Backup << true << false << false;
    }

    void permissions()
    {
        QFETCH(Permission, permission);
        QFETCH(bool, master);
        QFETCH(bool, operatorRole);
        QFETCH(bool, finance);
        QCOMPARE(roleHas(Role::Master, permission), master);
        QCOMPARE(roleHas(Role::Operator, permission), operatorRole);
        QCOMPARE(roleHas(Role::Finance, permission), finance);
        QVERIFY(!permissionLabel(permission).isEmpty());
    }

    // Audit codes are stored: each is unique, has a label, and the order actions keep the codes that
    // version 1 wrote ("orders." + the action's code), so old rows read the same.
    void auditActionsKeepTheirStoredCodes()
    {
        QSet<QString> codes;
        for (AuditAction a : allAuditActions()) {
            const QString code = auditActionCode(a);
            QVERIFY2(!codes.contains(code), qPrintable(code));
            codes.insert(code);
            QVERIFY(!auditActionLabel(a).isEmpty());
        }
        QCOMPARE(codes.size(), 18);
        for (OrderAction a : {OrderAction::Confirm, OrderAction::Dispatch, OrderAction::FixTracking,
                              OrderAction::Deliver, OrderAction::Decide, OrderAction::DelayDispatch})
            QCOMPARE(auditActionCode(auditActionFor(a)), QStringLiteral("orders.") + actionCode(a));
        for (const char *old :
             {"login", "account.locked", "store.setup", "setting.change", "holiday.add", "demo.generate",
              "export", "export.personal", "backup.create", "backup.auto", "backup.restore", "order.import"})
            QVERIFY2(codes.contains(QLatin1String(old)), old);
    }

    // Every order field has its own label: the details pane and the CLI name a field the same way.
    void orderFieldsHaveDistinctLabels()
    {
        QSet<QString> labels;
        for (int f = int(OrderField::ProductOrderNo); f <= int(OrderField::DeliveryMessage); ++f) {
            const QString label = orderFieldLabel(OrderField(f));
            QVERIFY2(!label.isEmpty() && !labels.contains(label), qPrintable(label));
            labels.insert(label);
        }
        QCOMPARE(labels.size(), int(OrderField::DeliveryMessage) + 1);
    }
};

QTEST_GUILESS_MAIN(TestLabels)
#include "test_labels.moc"
