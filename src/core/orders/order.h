#pragma once
#include "core/common/money.h"
#include "core/orders/channel.h"
#include "core/orders/order_status.h"

#include <QDate>
#include <QDateTime>
#include <QMap>
#include <QString>
#include <optional>

namespace sd {

// Buyer and recipient data; kept apart so storage can encrypt it at rest behind one interface.
struct OrderContact
{
    QString buyerName;
    QString buyerPhone;
    QString recipientName;
    QString recipientPhone1;
    QString recipientPhone2;
    QString postcode;
    QString address;       // 기본배송지
    QString addressDetail; // 상세배송지
    QString deliveryMessage;
    QString customsCode; // 개인통관고유부호 (overseas shipping): personal data, masked like the rest
};

// One product order (상품주문). Times are UTC; dates (due dates) are Seoul calendar dates.
struct Order
{
    qint64 id = 0;          // database row id
    QString productOrderNo; // 상품주문번호 (what users and the CLI call the ID)
    QString orderNo;        // 주문번호 (one checkout; several product orders may share it)
    Channel channel = Channel::NaverSmartstore;
    OrderStatus status = OrderStatus::New;
    QString rawStatus; // the channel's own status text, kept as received
    QDateTime paidAt;
    qint64 productId = 0;
    QString productName;
    QString optionText;
    int quantity = 1;
    Won unitPrice = 0;
    Won optionPrice = 0;
    Won discount = 0;
    Won totalAmount = 0; // 최종 상품별 총 주문금액
    Won shippingFee = 0;
    QDate dispatchDue;   // 발송기한
    QString delayReason; // DelayReason code when a delay notice was sent
    QString delayDetail;
    QString courierCode;
    QString trackingNo;
    QDateTime confirmedAt, shippedAt, deliveredAt, decidedAt;
    QDateTime updatedAt;
    OrderContact contact;
    // What an order file reported beyond our own fields (imports), kept for claims and settlement.
    QString claimStatus; // the channel's claim / detail state as written (취소요청, 수거중 ...)
    std::optional<Won> settlementExpected; // 정산예정금액 as reported
    QMap<QString, Won> fees;               // fee field id (fee.payment ...) → won, as reported
};

// One line of an order's history (who changed what, when).
struct OrderEvent
{
    qint64 id = 0;
    QDateTime at;
    QString userName; // display name; empty = system
    QString action;   // OrderAction code or a system event (created, imported, auto-decide)
    QString fromStatus;
    QString toStatus;
    QString detail; // human-readable detail, e.g. "CJ대한통운 123456789012 → 한진택배 ..."
};

} // namespace sd
