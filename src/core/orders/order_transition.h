#pragma once
#include "core/orders/order_status.h"

#include <QList>
#include <QString>
#include <optional>

namespace sd {

// What a user can do to a product order. The table of which action is allowed from which status
// lives in order_transition.cpp and nowhere else.
enum class OrderAction {
    Confirm,       // 발주확인: NEW -> CONFIRMED
    Dispatch,      // 발송처리: CONFIRMED -> SHIPPING (needs courier + tracking number)
    FixTracking,   // 송장 수정: SHIPPING -> SHIPPING
    Deliver,       // 배송완료: SHIPPING -> DELIVERED
    Decide,        // 구매확정: DELIVERED -> DECIDED, the automatic decision (history: auto-decide)
    DelayDispatch, // 발송지연 안내: NEW / CONFIRMED, status unchanged, new due date
    // 구매확정 정정: the marketplace already decided the purchase (the buyer or its automatic rule) and
    // the store has not heard yet: SHIPPING / DELIVERED -> DECIDED. A correction, not a daily action.
    CorrectDecision,
};

// confirm, dispatch, fix-tracking, deliver, decide, delay, correct-decision
QString actionCode(OrderAction a);
QString actionLabel(OrderAction a); // translated
// Label of an order-history action code: an OrderAction code, or a system event ("auto-decide").
// An unknown code is returned as it is.
QString historyActionLabel(const QString &code);

// The facts about an order a transition rule may look at.
struct OrderFacts
{
    OrderStatus status = OrderStatus::New;
    bool hasTracking = false; // courier and tracking number present (after the action's own input)
};

struct Transition
{
    OrderAction action;
    OrderStatus from;
    OrderStatus to;
    bool needsTracking;
};

// The whole table, for tests and documentation.
const QList<Transition> &orderTransitions();

// Status after the action, or nullopt when the action is refused; `reason` then holds a sentence
// the user can read (e.g. "송장번호 없이 배송중으로 바꿀 수 없습니다.").
std::optional<OrderStatus> applyAction(const OrderFacts &facts, OrderAction action,
                                       QString *reason = nullptr);

// Shipped: SHIPPING, DELIVERED or DECIDED (it carries its courier and tracking number for good).
bool isDispatched(OrderStatus status);

// Dispatching a NEW order confirms it first, as the marketplaces do: the one statement of that rule,
// for the service that does it and the faces that offer the action.
bool dispatchConfirmsFirst(OrderStatus status);
// Whether an order in this state can be asked to take the action: applyAction() allows it, or it is
// the dispatch of a NEW order (confirmed first). `facts.hasTracking` is the order's own.
bool actionAvailable(const OrderFacts &facts, OrderAction action);

// Direct status-to-status moves (used when a channel reports a status): refused moves get a reason.
bool canMove(OrderStatus from, OrderStatus to, bool hasTracking, QString *reason = nullptr);

// Whether a status the marketplace reports in an order file (an import) may replace the stored one.
// The channel is the record of what happened, so it may move an order forward any number of steps
// (NEW → DELIVERED between two downloads) and close it by a claim (cancel before delivery; return or
// exchange once it is on its way). It never moves an order backwards (an older file: DECIDED back to
// NEW) and never reopens or changes a closed order (구매확정, 취소, 반품, 교환): those are conflicts,
// shown and not applied. The same status is always fine.
bool channelMayReport(OrderStatus from, OrderStatus to, QString *reason = nullptr);

} // namespace sd
