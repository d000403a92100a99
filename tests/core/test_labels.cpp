#include "core/access/audit_action.h"
#include "core/access/role.h"
#include "core/orders/channel.h"
#include "core/orders/channel_status.h"
#include "core/orders/delay_reason.h"
#include "core/orders/order_field.h"
#include "core/orders/order_history.h"
#include "core/orders/order_status.h"
#include "core/orders/order_transition.h"

#include <QLocale>
#include <QRegularExpression>
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
    // A raw channel status is shown in the seller center's words, never as the marketplace's API code.
    void rawChannelStatusesShowAsWords()
    {
        using namespace sd;
        QCOMPARE(channelStatusText(Channel::NaverSmartstore, QStringLiteral("PAYED")),
                 QStringLiteral("Payment complete"));
        QCOMPARE(channelStatusText(Channel::NaverSmartstore, QStringLiteral("DELIVERING")),
                 QStringLiteral("Shipping"));
        QCOMPARE(channelStatusText(Channel::KakaoStore, QStringLiteral("ShippingWaiting")),
                 QStringLiteral("Preparing shipment"));
        QCOMPARE(channelStatusText(Channel::TalkCheckout, QStringLiteral("PayComplete")),
                 QStringLiteral("Payment complete"));
        QCOMPARE(channelStatusText(Channel::NaverSmartstore, QStringLiteral("SOMETHING_NEW")),
                 QStringLiteral("SOMETHING_NEW")); // unknown: as received
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

    // Every status code of every channel has words in both languages; none is a code; every code
    // our own actions store (channelStatusCode) and every code the order-file reader accepts is in it.
    void everyChannelStatusHasWords()
    {
        const QRegularExpression codeLike(QStringLiteral("^[A-Z_]{4,}$"));
        const QLocale before;
        for (Channel ch : allChannels()) {
            const QList<ChannelStatusWords> table = channelStatusTable(ch);
            QVERIFY(table.size() >= 9);
            QSet<QString> codes;
            for (const ChannelStatusWords &w : table) {
                QVERIFY2(!codes.contains(w.code), qPrintable(w.code));
                codes.insert(w.code);
                QVERIFY2(!w.words.isEmpty() && w.words != w.code, qPrintable(w.code));
                QVERIFY2(!codeLike.match(w.words).hasMatch(), qPrintable(w.words));
                QCOMPARE(channelStatusWords(ch, w.code), w.words);
                QCOMPARE(channelStatusText(ch, w.code), w.words);
                // A Korean UI shows the seller center's Korean words, with or without the catalogue.
                QLocale::setDefault(QLocale(QLocale::Korean, QLocale::SouthKorea));
                const QString korean = channelStatusWords(ch, w.code);
                QLocale::setDefault(before);
                QVERIFY2(!korean.isEmpty() && korean.at(0).unicode() >= 0xAC00, qPrintable(korean));
            }
            for (OrderStatus st : allStatuses())
                QVERIFY2(codes.contains(channelStatusCode(ch, st)), qPrintable(channelStatusCode(ch, st)));
            // What the order-file reader knows as an API code, the words table knows too.
            const QStringList readerCodes =
                ch == Channel::NaverSmartstore
                    ? QStringList{"PAYMENT_WAITING", "PAYED", "DELIVERING", "DELIVERED", "PURCHASE_DECIDED",
                                  "CANCELED", "CANCELED_BY_NOPAYMENT", "RETURNED", "EXCHANGED"}
                    : QStringList{"PayWaiting", "PayComplete", "ShippingRequest", "ShippingWaiting",
                                  "ShippingProgress", "ShippingComplete", "BuyDecision", "ShippingCancelComplete",
                                  "ReturnRefundComplete", "ReturnShippingComplete", "ExchangeShippingComplete",
                                  "ShippingCancelRequest", "ShippingCancelRejected", "ExchangeRequest",
                                  "ExchangePickupRequest", "ExchangeApproved", "ExchangePending",
                                  "ExchangeReturnComplete", "ExchangeShippingProgress", "ExchangeRejected",
                                  "ReturnRequest", "ReturnPickupRequest", "ReturnApproved", "ReturnPending",
                                  "ReturnRejected"};
            for (const QString &code : readerCodes)
                QVERIFY2(codes.contains(code), qPrintable(code));
        }
        QLocale::setDefault(QLocale(QLocale::Korean, QLocale::SouthKorea));
        QCOMPARE(channelStatusText(Channel::NaverSmartstore, QStringLiteral("PAYED")), QStringLiteral("결제완료"));
        QCOMPARE(channelStatusText(Channel::KakaoStore, QStringLiteral("ShippingWaiting")),
                 QStringLiteral("배송준비중"));
        QLocale::setDefault(before);
    }

    // History rows keep codes; they are shown as words (the delay reason, the courier in English).
    void historyDetailsReadAsWords()
    {
        OrderEvent delay;
        delay.action = actionCode(OrderAction::DelayDispatch);
        delay.fromStatus = QStringLiteral("CONFIRMED");
        delay.toStatus = QStringLiteral("CONFIRMED");
        delay.detail = QStringLiteral("2026-11-20 → 2026-11-25 PRODUCT_PREPARE ETC parts arrive late");
        QCOMPARE(historyDetailText(delay),
                 QStringLiteral("2026-11-20 → 2026-11-25 ") + delayReasonLabel(DelayReason::ProductPrepare) +
                     QStringLiteral(" ETC parts arrive late")); // the buyer's words stay as typed
        QCOMPARE(historyStatusChange(delay), QString());
        OrderEvent dispatch;
        dispatch.action = actionCode(OrderAction::Dispatch);
        dispatch.fromStatus = QStringLiteral("CONFIRMED");
        dispatch.toStatus = QStringLiteral("SHIPPING");
        dispatch.detail = QStringLiteral("CJ대한통운 123412341234");
        QCOMPARE(historyStatusChange(dispatch),
                 statusLabel(OrderStatus::Confirmed) + QStringLiteral(" → ") + statusLabel(OrderStatus::Shipping));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QCOMPARE(historyDetailText(dispatch), QStringLiteral("CJ Logistics 123412341234"));
        QLocale::setDefault(QLocale(QLocale::Korean, QLocale::SouthKorea));
        QCOMPARE(historyDetailText(dispatch), QStringLiteral("CJ대한통운 123412341234"));
        QLocale::setDefault(QLocale::c());
        OrderEvent imported;
        imported.action = QStringLiteral("import");
        imported.toStatus = QStringLiteral("NEW");
        QCOMPARE(historyStatusChange(imported), statusLabel(OrderStatus::New));
        QCOMPARE(historyActionLabel(imported.action), QStringLiteral("Import"));
        QCOMPARE(historyActionLabel(actionCode(OrderAction::CorrectDecision)),
                 actionLabel(OrderAction::CorrectDecision));
        // Every action code written to order_events has a label of its own.
        for (const QString &code : {QStringLiteral("confirm"), QStringLiteral("dispatch"),
                                    QStringLiteral("fix-tracking"), QStringLiteral("deliver"),
                                    QStringLiteral("decide"), QStringLiteral("delay"),
                                    QStringLiteral("correct-decision"), QStringLiteral("import"),
                                    QStringLiteral("auto-decide")})
            QVERIFY2(historyActionLabel(code) != code, qPrintable(code));
    }

    // 발송지연 안내: Naver takes one notice per order (a rule); Kakao's and Talk Checkout's limits are not
    // documented, so they are uncertain (a setting) with a default of one.
    void delayNoticeLimits()
    {
        QCOMPARE(delayNoticeRule(Channel::NaverSmartstore).limit, 1);
        QVERIFY(delayNoticeRule(Channel::NaverSmartstore).certain);
        for (Channel c : {Channel::KakaoStore, Channel::TalkCheckout}) {
            QCOMPARE(delayNoticeRule(c).limit, 1);
            QVERIFY(!delayNoticeRule(c).certain);
            QVERIFY(delayNoticeRuleText(c, 1, false).contains(QLatin1String("uncertain")));
        }
        QCOMPARE(delayNoticeRuleText(Channel::NaverSmartstore, 1, true),
                 channelLabel(Channel::NaverSmartstore) + QStringLiteral(": 1 delay notice(s) per order"));
        QVERIFY(delayNoticeRuleText(Channel::KakaoStore, 0, false).contains(QLatin1String("no limit")));
        QVERIFY(delayNoticeRefusal(Channel::NaverSmartstore, 1).contains(channelLabel(Channel::NaverSmartstore)));
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
                                   << "To ship"
                                   << "발송대기";
        QTest::newRow("shipping") << OrderStatus::Shipping << "SHIPPING"
                                  << "In transit"
                                  << "배송중";
        QTest::newRow("delivered") << OrderStatus::Delivered << "DELIVERED"
                                   << "Delivered"
                                   << "배송완료";
        QTest::newRow("decided") << OrderStatus::Decided << "DECIDED"
                                 << "Decided"
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
                                       << "Talk Checkout"
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
        QCOMPARE(codes.size(), 19);
        for (OrderAction a : {OrderAction::Confirm, OrderAction::Dispatch, OrderAction::FixTracking,
                              OrderAction::Deliver, OrderAction::Decide, OrderAction::DelayDispatch,
                              OrderAction::CorrectDecision})
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
