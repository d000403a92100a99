#include "core/orders/order_status.h"

#include "core/common/label_match.h"

#include <QCoreApplication>

namespace sd {

namespace {

const LabelRow<OrderStatus> kStatusRows[] = {
    {OrderStatus::New, "NEW", QT_TRANSLATE_NOOP("sd::OrderStatus", "New order"), "신규주문", "신규 주문"},
    {OrderStatus::Confirmed, "CONFIRMED", QT_TRANSLATE_NOOP("sd::OrderStatus", "To ship"),
     "발송대기", "발주확인"},
    {OrderStatus::Shipping, "SHIPPING", QT_TRANSLATE_NOOP("sd::OrderStatus", "In transit"), "배송중",
     nullptr},
    {OrderStatus::Delivered, "DELIVERED", QT_TRANSLATE_NOOP("sd::OrderStatus", "Delivered"), "배송완료",
     nullptr},
    {OrderStatus::Decided, "DECIDED", QT_TRANSLATE_NOOP("sd::OrderStatus", "Decided"), "구매확정",
     nullptr},
    {OrderStatus::Canceled, "CANCELED", QT_TRANSLATE_NOOP("sd::OrderStatus", "Canceled"), "취소", nullptr},
    {OrderStatus::Returned, "RETURNED", QT_TRANSLATE_NOOP("sd::OrderStatus", "Returned"), "반품", nullptr},
    {OrderStatus::Exchanged, "EXCHANGED", QT_TRANSLATE_NOOP("sd::OrderStatus", "Exchanged"), "교환", nullptr},
};

const LabelTable kTable("sd::OrderStatus", kStatusRows);

} // namespace

QList<OrderStatus> allStatuses()
{
    return kTable.values();
}

QString statusCode(OrderStatus s)
{
    return kTable.code(s);
}

QString statusLabel(OrderStatus s)
{
    return kTable.label(s);
}

std::optional<OrderStatus> parseStatus(const QString &text)
{
    return kTable.parse(text);
}

} // namespace sd
