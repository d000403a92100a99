#pragma once
#include "core/access/user_session.h"
#include "core/common/bulk_report.h"
#include "core/common/result.h"
#include "core/orders/delay_reason.h"
#include "core/orders/order.h"
#include "core/orders/order_transition.h"

#include <QHash>
#include <QList>
#include <QPair>
#include <QStringList>
#include <functional>

namespace sd {

class OrderRepository;
class Workspace;

struct DispatchRequest
{
    QString productOrderNo;
    QString courier;    // code (CJGLS) or Korean name (CJ대한통운)
    QString trackingNo; // hyphens and spaces are removed
};

// Orders & shipping use cases, each a BulkRun (services/bulk_run.h) over product orders: the call
// checks the permission, runs in BEGIN IMMEDIATE transactions and writes the order history and an
// audit row per transaction. A call is all or nothing: when any order is refused nothing is written
// and the outcomes say why per order (key: the product order number, label: the product, state: the
// status after the action). Pass dryRun to learn what would happen (the GUI previews a bulk action,
// then applies it to the orders that can take it).
//
// A call takes any number of orders; more than BulkRun::kStageSize are checked first and then
// written in stages of that many, each its own short transaction, so other programs' logins and
// actions get in between: measured with bench_write_lock on the 2-core development machine under
// load, 1,000 orders hold the write lock for about 0.2-0.25 s (confirm, deliver, dispatch from a
// file); 5,000 took 1.2-1.6 s. A stage that fails then (another program changed an order since the
// check) leaves the report partlyDone, naming exactly the orders written. `control` follows a long
// call (progress, cancel between stages).
class OrderService
{
public:
    OrderService(Workspace &workspace, const UserSession &user);

    BulkReport confirm(const QStringList &ids, bool dryRun = false, const BulkControl &control = {});
    // A NEW order is confirmed first, as the marketplaces do.
    BulkReport dispatch(const QList<DispatchRequest> &requests, bool dryRun = false,
                        const BulkControl &control = {});
    // Dispatch from a marketplace upload file: like dispatch(), but an order that already carries
    // exactly this courier and number is left as it is, so importing the same file twice changes nothing.
    // `source` (the file's name) is kept in the audit row.
    BulkReport dispatchFromFile(const QList<DispatchRequest> &requests, bool dryRun = false,
                                const QString &source = {}, const BulkControl &control = {});
    BulkReport fixTracking(const QList<DispatchRequest> &requests, bool dryRun = false,
                           const BulkControl &control = {});
    // What dispatch() would say of this one request, written nowhere (its dry run): the courier, the
    // number's shape for it, a number already used on another 주문번호, the order's status. A refusal of
    // the whole call (no permission, storage) comes back as a Refused outcome with its message. The
    // check of the 송장 입력 dialog and of the grid's inline cells (models/orders/dispatch_drafts).
    BulkOutcome checkDispatch(const DispatchRequest &request);
    BulkReport deliver(const QStringList &ids, bool dryRun = false, const BulkControl &control = {});
    // 구매확정 정정: records that the marketplace has already decided the purchase (the buyer, or the
    // marketplace's automatic rule) of a shipped or delivered order the store has not heard of yet. A
    // correction (history correct-decision, audit orders.correct-decision), not a daily action: the
    // store decides purchases itself with autoDecide().
    BulkReport correctDecision(const QStringList &ids, bool dryRun = false, const BulkControl &control = {});
    // How many delay notices an order on `channel` may get (Settings::delayNoticeLimit); 0 = no limit.
    // delay() refuses a notice beyond it with the reason.
    int delayNoticeLimit(Channel channel) const;
    BulkReport delay(const QStringList &ids, const QDate &newDueDate, DelayReason reason,
                     const QString &detail, bool dryRun = false, const BulkControl &control = {});
    // The part of a delay notice that does not depend on the order: a date, no later than
    // delay.max_days from today, and a detail that fits (required for every reason). `field` tells the face
    // where to show the problem. The per-order rules (later than the current due date, the status)
    // are checked by delay() itself.
    enum class DelayField { None, Date, Detail };
    Result checkDelayInput(const QDate &newDueDate, DelayReason reason, const QString &detail,
                           DelayField *field = nullptr) const;
    // Purchase decision for orders delivered at least N days ago (N per channel, in settings), as the
    // system. A backlog is staged like any big call; decided orders stay decided if a later stage
    // fails, and running it again finishes the rest. Nothing due: ok with no outcomes.
    BulkReport autoDecide(const BulkControl &control = {});

    // One order, masked for roles without ViewPersonalData. Opening it unmasked is a read of personal
    // data: recorded once (personal_data_access) unless `recordRead` is false (the same view showing the
    // same order again after a change). Fails closed when the record cannot be written.
    Result find(const QString &productOrderNo, Order *order, bool recordRead = true) const;
    QList<OrderEvent> history(const QString &productOrderNo) const;

private:
    // What an action does to one loaded order; the run writes the order and `events` when Applied.
    using Step =
        std::function<BulkOutcome(Order &order, QList<OrderEvent> &events, const OrderRepository &repo)>;
    struct Item
    {
        QString id;
        Step step;
    };
    class Steps;
    // Numbers given to orders earlier in the same call, for the stages of a big call that do not see
    // each other's writes while checking: tracking number → (주문번호, 상품주문번호).
    using TrackingClaims = QHash<QString, QPair<QString, QString>>;
    // `source`, when given, starts the audit rows' detail (e.g. the imported file's name).
    QList<Item> trackingItems(const QList<DispatchRequest> &requests, bool fix, bool unchangedWhenSame);
    BulkReport run(OrderAction action, const QList<Item> &items, bool dryRun, const BulkControl &control,
                   bool asSystem = false, const QString &source = {});
    BulkOutcome transition(Order &order, OrderAction action, bool hasTracking, QList<OrderEvent> &events,
                           const QString &detail = {}) const;
    BulkOutcome setTracking(Order &order, const DispatchRequest &request, bool fixing,
                            QList<OrderEvent> &events, const OrderRepository &repo,
                            TrackingClaims &claims) const;

    Workspace &m_ws;
    UserSession m_user;
};

} // namespace sd
