#pragma once
#include "core/orders/order.h"

#include <QString>

namespace sd {

// How one order_events row reads on screen (the details pane, `sellerdesk-cli order show`): the stored
// row keeps codes (action, NEW/SHIPPING, PRODUCT_PREPARE), these turn them into words when shown.

// A stored status code (NEW, SHIPPING ...) as its label; an unknown code as it is.
QString historyStatusText(const QString &statusCode);
// "발송대기 → 배송중", empty when the row does not move the status.
QString historyStatusChange(const OrderEvent &event);
// The row's detail as words: a delay notice's reason code (PRODUCT_PREPARE) becomes its label, a
// courier's name the one the UI language shows (CJ Logistics in English). Free text stays as written.
QString historyDetailText(const OrderEvent &event);

} // namespace sd
