#pragma once
#include "core/delay_reason.h"
#include "core/order.h"
#include "core/order_transition.h"
#include "core/result.h"
#include "core/user_session.h"

#include <QList>
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

// What happened to one product order in a (bulk) action.
struct OrderOutcome
{
    QString productOrderNo;
    ErrorKind kind = ErrorKind::None;
    QString message; // translated: what was done, or why not
    OrderStatus status = OrderStatus::New;
    bool unchanged = false; // the order was already as asked: nothing was written for it
    bool ok() const { return kind == ErrorKind::None; }
};

struct BulkResult
{
    Result result; // overall: fails when any order failed (then nothing was written)
    QList<OrderOutcome> outcomes;
    bool ok() const { return result.ok(); }
    QStringList succeededIds() const;
};

// Orders & shipping use cases. Every call checks the permission, runs in one BEGIN IMMEDIATE
// transaction and writes the order history and an audit row. A bulk call is all or nothing: when any
// order is refused nothing is written and the outcomes say why per order. Pass dryRun to learn what
// would happen (the GUI previews a bulk action, then applies it to the orders that can take it).
//
// One call takes at most kMaxOrders orders (a bigger call is refused, nothing written), so its
// transaction stays short and other programs' logins and actions get in: measured with
// bench_write_lock on the 2-core development machine under load, 1,000 orders hold the write lock for
// about 0.2-0.25 s (confirm, deliver, dispatch from a file); 5,000 took 1.2-1.6 s. The automatic
// purchase decision, which may find more, works through them kMaxOrders at a time.
class OrderService
{
public:
    static constexpr int kMaxOrders = 1000;

    OrderService(Workspace &workspace, const UserSession &user);

    BulkResult confirm(const QStringList &ids, bool dryRun = false);
    // A NEW order is confirmed first, as the marketplaces do.
    BulkResult dispatch(const QList<DispatchRequest> &requests, bool dryRun = false);
    // Dispatch from a marketplace upload file: like dispatch(), but an order that already carries
    // exactly this courier and number is left as it is, so importing the same file twice changes nothing.
    // `source` (the file's name) is kept in the audit row.
    BulkResult dispatchFromFile(const QList<DispatchRequest> &requests, bool dryRun = false,
                                const QString &source = {});
    BulkResult fixTracking(const QList<DispatchRequest> &requests, bool dryRun = false);
    BulkResult deliver(const QStringList &ids, bool dryRun = false);
    BulkResult decide(const QStringList &ids, bool dryRun = false);
    BulkResult delay(const QStringList &ids, const QDate &newDueDate, DelayReason reason,
                     const QString &detail, bool dryRun = false);
    // The part of a delay notice that does not depend on the order: a date, no later than
    // delay.max_days from today, and a detail that fits (required for ETC). `field` tells the face
    // where to show the problem. The per-order rules (later than the current due date, the status)
    // are checked by delay() itself.
    enum class DelayField { None, Date, Detail };
    Result checkDelayInput(const QDate &newDueDate, DelayReason reason, const QString &detail,
                           DelayField *field = nullptr) const;
    // Purchase decision for orders delivered at least N days ago (N per channel, in settings).
    BulkResult autoDecide();

    // Personal data is masked when the user's role may not see it.
    Result find(const QString &productOrderNo, Order *order) const;
    QList<OrderEvent> history(const QString &productOrderNo) const;

private:
    using Step =
        std::function<OrderOutcome(Order &order, QList<OrderEvent> &events, const OrderRepository &repo)>;
    struct Item
    {
        QString id;
        Step step;
    };
    // `source`, when given, starts the audit row's detail (e.g. the imported file's name).
    BulkResult run(OrderAction action, const QList<Item> &items, bool dryRun, bool asSystem = false,
                   const QString &source = {});
    OrderOutcome transition(Order &order, OrderAction action, bool hasTracking, QList<OrderEvent> &events,
                            const QString &detail = {}) const;
    OrderOutcome setTracking(Order &order, const DispatchRequest &request, bool fixing,
                             QList<OrderEvent> &events, const OrderRepository &repo) const;

    Workspace &m_ws;
    UserSession m_user;
};

} // namespace sd
