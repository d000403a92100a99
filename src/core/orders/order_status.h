#pragma once
#include <QList>
#include <QString>
#include <optional>

namespace sd {

// Unified product-order status; each channel's raw status maps onto these.
enum class OrderStatus { New, Confirmed, Shipping, Delivered, Decided, Canceled, Returned, Exchanged };

QList<OrderStatus> allStatuses();
QString statusCode(OrderStatus s); // NEW, CONFIRMED, SHIPPING, ...
QString
statusLabel(OrderStatus s); // translated: 신규주문, 발송대기, 배송중, 배송완료, 구매확정, 취소, 반품, 교환
// Accepts the code (case-insensitive) or the Korean / English label.
std::optional<OrderStatus> parseStatus(const QString &text);

} // namespace sd
