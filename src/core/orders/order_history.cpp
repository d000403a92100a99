#include "core/orders/order_history.h"

#include "core/orders/courier.h"
#include "core/orders/delay_reason.h"
#include "core/orders/order_status.h"
#include "core/orders/order_transition.h"

#include <QStringList>

namespace sd {

QString historyStatusText(const QString &statusCode)
{
    const auto s = parseStatus(statusCode);
    return s ? statusLabel(*s) : statusCode;
}

QString historyStatusChange(const OrderEvent &e)
{
    if (e.fromStatus.isEmpty() && e.toStatus.isEmpty())
        return {};
    if (e.fromStatus == e.toStatus)
        return {};
    if (e.fromStatus.isEmpty())
        return historyStatusText(e.toStatus);
    return QStringLiteral("%1 → %2").arg(historyStatusText(e.fromStatus), historyStatusText(e.toStatus));
}

QString historyDetailText(const OrderEvent &e)
{
    QString text = e.detail;
    if (e.action == actionCode(OrderAction::DelayDispatch)) {
        // "2026-11-20 → 2026-11-25 PRODUCT_PREPARE 입고 지연": the code is the third word.
        QStringList words = text.split(QLatin1Char(' '));
        for (QString &w : words) {
            if (w.size() >= 3 && w.at(0).isUpper()) {
                if (const auto r = parseDelayReason(w); r && w == delayReasonCode(*r)) {
                    w = delayReasonLabel(*r);
                    break; // only the reason; the buyer's detail after it stays as typed
                }
            }
        }
        text = words.join(QLatin1Char(' '));
    } else if (e.action == actionCode(OrderAction::Dispatch) ||
               e.action == actionCode(OrderAction::FixTracking)) {
        // Stored with the marketplaces' (Korean) courier names.
        for (const Courier &c : couriers()) {
            const QString shown = courierLabel(c);
            if (shown != c.name && text.contains(c.name))
                text.replace(c.name, shown);
        }
    }
    return text;
}

} // namespace sd
