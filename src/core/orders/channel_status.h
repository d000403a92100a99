#pragma once
#include "core/orders/channel.h"
#include "core/orders/order_status.h"

#include <QString>

namespace sd {

// The marketplace's own status code for an order in `status` on `channel`
// (Naver productOrderStatus, Kakao OrderStatus; see shared/reference/marketplaces.md).
// A local action stores it as the order's raw status until the channel reports its own.
QString channelStatusCode(Channel channel, OrderStatus status);

} // namespace sd
