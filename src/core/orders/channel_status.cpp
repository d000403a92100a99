#include "core/orders/channel_status.h"

#include <array>

namespace sd {

namespace {

constexpr size_t kStatusCount = 8;

// In OrderStatus order: NEW, CONFIRMED, SHIPPING, DELIVERED, DECIDED, CANCELED, RETURNED, EXCHANGED.
// Naver keeps PAYED after 발주확인 (only placeOrderStatus changes).
constexpr std::array<const char *, kStatusCount> kNaver = {
    "PAYED", "PAYED", "DELIVERING", "DELIVERED", "PURCHASE_DECIDED", "CANCELED", "RETURNED", "EXCHANGED"};
constexpr std::array<const char *, kStatusCount> kKakao = {
    "PayComplete", "ShippingWaiting",        "ShippingProgress",     "ShippingComplete",
    "BuyDecision", "ShippingCancelComplete", "ReturnRefundComplete", "ExchangeShippingComplete"};

} // namespace

QString channelStatusCode(Channel channel, OrderStatus status)
{
    const size_t i = size_t(status);
    if (i >= kStatusCount)
        return {};
    return QString::fromLatin1(channel == Channel::NaverSmartstore ? kNaver[i] : kKakao[i]);
}

} // namespace sd
