#include "core/orders/order_transition.h"

#include <QCoreApplication>

namespace sd {

namespace {

void setReason(QString *reason, const QString &text)
{
    if (reason)
        *reason = text;
}

bool isClosed(OrderStatus s)
{
    return s == OrderStatus::Decided || s == OrderStatus::Canceled || s == OrderStatus::Returned ||
           s == OrderStatus::Exchanged;
}

QString missingTrackingReason(OrderAction action)
{
    if (action == OrderAction::FixTracking)
        return QCoreApplication::translate(
            "sd::OrderTransition",
            "Cannot fix the tracking number without a courier and a new tracking number.");
    return QCoreApplication::translate("sd::OrderTransition",
                                       "Cannot move to In transit without a tracking number.");
}

QString genericRefusal(OrderStatus status, OrderAction action)
{
    return QCoreApplication::translate("sd::OrderTransition",
                                       "An order in status %1 cannot take the action %2.")
        .arg(statusLabel(status), actionLabel(action));
}

// Why `action` has no row from `status`: the most specific sentence we can give the user.
QString refusalReason(OrderStatus status, OrderAction action)
{
    switch (action) {
    case OrderAction::Confirm:
        if (status == OrderStatus::Confirmed || isDispatched(status))
            return QCoreApplication::translate("sd::OrderTransition", "This order is already confirmed.");
        break;
    case OrderAction::Dispatch:
        if (status == OrderStatus::New)
            return QCoreApplication::translate("sd::OrderTransition",
                                               "Confirm the order before dispatching it.");
        if (isDispatched(status))
            return QCoreApplication::translate("sd::OrderTransition",
                                               "This order has already been dispatched.");
        break;
    case OrderAction::FixTracking:
        if (status == OrderStatus::New || status == OrderStatus::Confirmed)
            return QCoreApplication::translate(
                "sd::OrderTransition",
                "This order has not been dispatched yet, so there is no tracking number to fix.");
        if (status == OrderStatus::Delivered || status == OrderStatus::Decided)
            return QCoreApplication::translate("sd::OrderTransition",
                                               "The tracking number cannot be changed after delivery.");
        break;
    case OrderAction::Deliver:
        if (status == OrderStatus::New || status == OrderStatus::Confirmed)
            return QCoreApplication::translate("sd::OrderTransition",
                                               "This order has not been dispatched yet.");
        if (status == OrderStatus::Delivered || status == OrderStatus::Decided)
            return QCoreApplication::translate("sd::OrderTransition", "This order is already delivered.");
        break;
    case OrderAction::Decide:
        if (status == OrderStatus::Decided)
            return QCoreApplication::translate("sd::OrderTransition", "The purchase is already decided.");
        if (status == OrderStatus::New || status == OrderStatus::Confirmed || status == OrderStatus::Shipping)
            return QCoreApplication::translate("sd::OrderTransition",
                                               "A purchase can be decided only after delivery.");
        break;
    case OrderAction::DelayDispatch:
        if (isDispatched(status))
            return QCoreApplication::translate("sd::OrderTransition",
                                               "This order has already been dispatched.");
        break;
    case OrderAction::CorrectDecision:
        if (status == OrderStatus::Decided)
            return QCoreApplication::translate("sd::OrderTransition", "The purchase is already decided.");
        if (status == OrderStatus::New || status == OrderStatus::Confirmed)
            return QCoreApplication::translate(
                "sd::OrderTransition",
                "This order has not been dispatched, so the marketplace cannot have decided its purchase.");
        break;
    }
    return genericRefusal(status, action);
}

} // namespace

QString actionCode(OrderAction a)
{
    switch (a) {
    case OrderAction::Confirm:
        return QStringLiteral("confirm");
    case OrderAction::Dispatch:
        return QStringLiteral("dispatch");
    case OrderAction::FixTracking:
        return QStringLiteral("fix-tracking");
    case OrderAction::Deliver:
        return QStringLiteral("deliver");
    case OrderAction::Decide:
        return QStringLiteral("decide");
    case OrderAction::DelayDispatch:
        return QStringLiteral("delay");
    case OrderAction::CorrectDecision:
        return QStringLiteral("correct-decision");
    }
    return QString();
}

QString actionLabel(OrderAction a)
{
    switch (a) {
    case OrderAction::Confirm:
        return QCoreApplication::translate("sd::OrderAction", "Confirm order");
    case OrderAction::Dispatch:
        return QCoreApplication::translate("sd::OrderAction", "Dispatch");
    case OrderAction::FixTracking:
        return QCoreApplication::translate("sd::OrderAction", "Fix tracking number");
    case OrderAction::Deliver:
        return QCoreApplication::translate("sd::OrderAction", "Mark delivered");
    case OrderAction::Decide:
        return QCoreApplication::translate("sd::OrderAction", "Decide purchase");
    case OrderAction::DelayDispatch:
        return QCoreApplication::translate("sd::OrderAction", "Delay dispatch");
    case OrderAction::CorrectDecision:
        return QCoreApplication::translate("sd::OrderAction", "Correct: purchase decided on the marketplace");
    }
    return QString();
}

const QList<Transition> &orderTransitions()
{
    // The one table of what may happen to a product order. Cancel / return / exchange are claims with
    // their own rules and are not in here.
    static const QList<Transition> table = {
        {OrderAction::Confirm, OrderStatus::New, OrderStatus::Confirmed, false},
        {OrderAction::Dispatch, OrderStatus::Confirmed, OrderStatus::Shipping, true},
        {OrderAction::FixTracking, OrderStatus::Shipping, OrderStatus::Shipping, true},
        {OrderAction::Deliver, OrderStatus::Shipping, OrderStatus::Delivered, false},
        {OrderAction::Decide, OrderStatus::Delivered, OrderStatus::Decided, false},
        {OrderAction::DelayDispatch, OrderStatus::New, OrderStatus::New, false},
        {OrderAction::DelayDispatch, OrderStatus::Confirmed, OrderStatus::Confirmed, false},
        {OrderAction::CorrectDecision, OrderStatus::Shipping, OrderStatus::Decided, false},
        {OrderAction::CorrectDecision, OrderStatus::Delivered, OrderStatus::Decided, false},
    };
    return table;
}

std::optional<OrderStatus> applyAction(const OrderFacts &facts, OrderAction action, QString *reason)
{
    for (const Transition &t : orderTransitions()) {
        if (t.action != action || t.from != facts.status)
            continue;
        if (t.needsTracking && !facts.hasTracking) {
            setReason(reason, missingTrackingReason(action));
            return std::nullopt;
        }
        setReason(reason, QString());
        return t.to;
    }
    setReason(reason, refusalReason(facts.status, action));
    return std::nullopt;
}

bool canMove(OrderStatus from, OrderStatus to, bool hasTracking, QString *reason)
{
    if (from == to) {
        // Same-status rows (fix tracking, delay notice) are actions, not moves.
        setReason(reason,
                  QCoreApplication::translate("sd::OrderTransition", "The order is already in status %1.")
                      .arg(statusLabel(from)));
        return false;
    }
    for (const Transition &t : orderTransitions()) {
        if (t.from != from || t.to != to || t.action == OrderAction::CorrectDecision)
            continue; // a correction is the seller's own statement, not a move a channel reports
        if (t.needsTracking && !hasTracking) {
            setReason(reason, missingTrackingReason(t.action));
            return false;
        }
        setReason(reason, QString());
        return true;
    }
    if (isClosed(from))
        setReason(reason, QCoreApplication::translate(
                              "sd::OrderTransition", "An order in status %1 is closed and cannot move to %2.")
                              .arg(statusLabel(from), statusLabel(to)));
    else
        setReason(reason,
                  QCoreApplication::translate("sd::OrderTransition", "An order cannot move from %1 to %2.")
                      .arg(statusLabel(from), statusLabel(to)));
    return false;
}

bool channelMayReport(OrderStatus from, OrderStatus to, QString *reason)
{
    // The forward flow; claims close an order from the steps listed beside them.
    const auto step = [](OrderStatus s) {
        switch (s) {
        case OrderStatus::New:
            return 0;
        case OrderStatus::Confirmed:
            return 1;
        case OrderStatus::Shipping:
            return 2;
        case OrderStatus::Delivered:
            return 3;
        case OrderStatus::Decided:
            return 4;
        case OrderStatus::Canceled:
        case OrderStatus::Returned:
        case OrderStatus::Exchanged:
            break;
        }
        return -1;
    };
    if (from == to) {
        setReason(reason, QString());
        return true;
    }
    if (isClosed(from)) {
        setReason(reason, QCoreApplication::translate(
                              "sd::OrderTransition", "An order in status %1 is closed and cannot move to %2.")
                              .arg(statusLabel(from), statusLabel(to)));
        return false;
    }
    bool allowed = false;
    switch (to) {
    case OrderStatus::Canceled:
        allowed = step(from) <= step(OrderStatus::Shipping);
        break;
    case OrderStatus::Returned:
    case OrderStatus::Exchanged:
        allowed = step(from) >= step(OrderStatus::Shipping);
        break;
    default:
        allowed = step(to) > step(from);
        break;
    }
    if (allowed) {
        setReason(reason, QString());
        return true;
    }
    setReason(reason,
              step(to) >= 0 && step(to) < step(from)
                  ? QCoreApplication::translate("sd::OrderTransition",
                                                "An order in status %1 cannot go back to %2.")
                        .arg(statusLabel(from), statusLabel(to))
                  : QCoreApplication::translate("sd::OrderTransition", "An order cannot move from %1 to %2.")
                        .arg(statusLabel(from), statusLabel(to)));
    return false;
}

QString historyActionLabel(const QString &code)
{
    for (const Transition &t : orderTransitions()) {
        if (actionCode(t.action) == code)
            return actionLabel(t.action);
    }
    if (code == QLatin1String("import"))
        return QCoreApplication::translate("sd::OrderAction", "Import");
    if (code == QLatin1String("auto-decide"))
        return QCoreApplication::translate("sd::OrderAction", "Automatic purchase decision");
    return code;
}

bool isDispatched(OrderStatus s)
{
    return s == OrderStatus::Shipping || s == OrderStatus::Delivered || s == OrderStatus::Decided;
}

bool dispatchConfirmsFirst(OrderStatus status)
{
    return status == OrderStatus::New;
}

bool actionAvailable(const OrderFacts &facts, OrderAction action)
{
    if (action == OrderAction::Dispatch && dispatchConfirmsFirst(facts.status))
        return true;
    // Dispatch brings its own tracking number.
    const bool tracking = action == OrderAction::Dispatch || facts.hasTracking;
    return applyAction({facts.status, tracking}, action).has_value();
}

} // namespace sd
