#pragma once
#include "core/common/money.h"
#include "core/orders/channel.h"
#include "core/orders/order_status.h"

#include <QDate>
#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace sd {

// One line of the orders grid: only what the grid shows, lighter than Order.
struct OrderRow
{
    qint64 id = 0;
    QString productOrderNo;
    QString orderNo;
    Channel channel = Channel::NaverSmartstore;
    OrderStatus status = OrderStatus::New;
    QDateTime paidAt; // UTC
    QString productName;
    QString optionText;
    int quantity = 0;
    Won totalAmount = 0;
    QString buyerName;
    QString recipientName;
    QString recipientPhone; // recipient_phone1
    QString courierCode;
    QString trackingNo;
    QDate dispatchDue; // Seoul calendar date; invalid when none
    QString delayReason;
};

} // namespace sd

Q_DECLARE_METATYPE(sd::OrderRow)
