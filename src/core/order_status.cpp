#include "core/order_status.h"

#include "core/label_match.h"

#include <QCoreApplication>

namespace sd {

namespace {

struct StatusRow
{
    OrderStatus status;
    const char *code;
    const char *english; // translation source, context sd::OrderStatus
    const char *korean;  // always accepted by parseStatus, whatever the current translator
    const char *koreanAlias;
};

const StatusRow kStatusRows[] = {
    {OrderStatus::New, "NEW", QT_TRANSLATE_NOOP("sd::OrderStatus", "New order"), "신규주문", "신규 주문"},
    {OrderStatus::Confirmed, "CONFIRMED", QT_TRANSLATE_NOOP("sd::OrderStatus", "Awaiting dispatch"),
     "발송대기", "발주확인"},
    {OrderStatus::Shipping, "SHIPPING", QT_TRANSLATE_NOOP("sd::OrderStatus", "In transit"), "배송중",
     nullptr},
    {OrderStatus::Delivered, "DELIVERED", QT_TRANSLATE_NOOP("sd::OrderStatus", "Delivered"), "배송완료",
     nullptr},
    {OrderStatus::Decided, "DECIDED", QT_TRANSLATE_NOOP("sd::OrderStatus", "Purchase decided"), "구매확정",
     nullptr},
    {OrderStatus::Canceled, "CANCELED", QT_TRANSLATE_NOOP("sd::OrderStatus", "Canceled"), "취소", nullptr},
    {OrderStatus::Returned, "RETURNED", QT_TRANSLATE_NOOP("sd::OrderStatus", "Returned"), "반품", nullptr},
    {OrderStatus::Exchanged, "EXCHANGED", QT_TRANSLATE_NOOP("sd::OrderStatus", "Exchanged"), "교환", nullptr},
};

const StatusRow &rowFor(OrderStatus s)
{
    for (const StatusRow &row : kStatusRows) {
        if (row.status == s)
            return row;
    }
    return kStatusRows[0];
}

} // namespace

QList<OrderStatus> allStatuses()
{
    QList<OrderStatus> list;
    for (const StatusRow &row : kStatusRows)
        list.append(row.status);
    return list;
}

QString statusCode(OrderStatus s)
{
    return QString::fromLatin1(rowFor(s).code);
}

QString statusLabel(OrderStatus s)
{
    return QCoreApplication::translate("sd::OrderStatus", rowFor(s).english);
}

std::optional<OrderStatus> parseStatus(const QString &text)
{
    const QString key = labelMatchKey(text);
    if (key.isEmpty())
        return std::nullopt;
    for (const StatusRow &row : kStatusRows) {
        if (key == labelMatchKey(QString::fromLatin1(row.code)) ||
            key == labelMatchKey(QString::fromLatin1(row.english)) ||
            key == labelMatchKey(QString::fromUtf8(row.korean)) ||
            (row.koreanAlias && key == labelMatchKey(QString::fromUtf8(row.koreanAlias))) ||
            key == labelMatchKey(statusLabel(row.status)))
            return row.status;
    }
    return std::nullopt;
}

} // namespace sd
