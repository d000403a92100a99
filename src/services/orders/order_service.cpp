#include "services/orders/order_service.h"

#include "core/access/personal_data_mask.h"
#include "core/calendar/seoul_time.h"
#include "core/common/text_field.h"
#include "core/orders/channel_status.h"
#include "core/orders/courier.h"
#include "services/access/personal_data_access.h"
#include "services/common/app_log.h"
#include "services/common/bulk_run.h"
#include "services/store/workspace.h"
#include "services/store/workspace_internal.h"
#include "storage/common/audit_log.h"
#include "storage/common/database.h"
#include "storage/orders/order_repository.h"

#include <QCoreApplication>
#include <QSet>
#include <array>
#include <memory>

namespace sd {

namespace {

BulkOutcome outcome(const Order &o, BulkOutcome::State state, ErrorKind kind, const QString &message)
{
    BulkOutcome out{o.productOrderNo,     o.productName,        state, kind, message,
                    statusCode(o.status), statusLabel(o.status)};
    out.group = o.orderNo; // product orders of one 주문번호 ship together (합포장)
    return out;
}

BulkOutcome refused(const Order &o, ErrorKind kind, const QString &message)
{
    return outcome(o, BulkOutcome::State::Refused, kind, message);
}

BulkOutcome done(const Order &o, const QString &message)
{
    return outcome(o, BulkOutcome::State::Applied, ErrorKind::None, message);
}

QString courierText(const QString &code, const QString &tracking)
{
    const Courier *c = findCourier(code);
    return QStringLiteral("%1 %2").arg(c ? c->name : code, tracking);
}

QString dueText(const Order &o)
{
    if (!o.dispatchDue.isValid())
        return {};
    QString text = o.dispatchDue.toString(Qt::ISODate);
    if (const auto reason = parseDelayReason(o.delayReason))
        text += QStringLiteral(" (%1)").arg(delayReasonLabel(*reason));
    return text;
}

// What an applied step changed, for the audit row: the status before, and the courier and number or
// the due date when the step changed them. Never the delay's free text or a contact (personal data).
void describeChange(const Order &before, const Order &after, BulkOutcome &out)
{
    out.stateBeforeLabel = statusLabel(before.status);
    QStringList was, is;
    if (before.courierCode != after.courierCode || before.trackingNo != after.trackingNo) {
        if (!before.trackingNo.isEmpty())
            was << courierText(before.courierCode, before.trackingNo);
        if (!after.trackingNo.isEmpty())
            is << courierText(after.courierCode, after.trackingNo);
    }
    if (before.dispatchDue != after.dispatchDue || before.delayReason != after.delayReason) {
        was << dueText(before);
        is << dueText(after);
    }
    was.removeAll(QString());
    is.removeAll(QString());
    out.valueBefore = was.join(QStringLiteral(" · "));
    out.valueAfter = is.join(QStringLiteral(" · "));
}

QList<QString> unique(const QStringList &ids)
{
    QList<QString> out;
    QSet<QString> seen;
    for (const QString &raw : ids) {
        const QString id = raw.trimmed();
        if (!id.isEmpty() && !seen.contains(id)) {
            seen.insert(id);
            out.append(id);
        }
    }
    return out;
}

} // namespace

// The orders of one call: loaded by the run's key, stepped, and written with their history when
// Applied. The repository (its prepared statements) lives for one transaction.
class OrderService::Steps final : public BulkStep
{
public:
    Steps(const QList<Item> &items, qint64 userId) : m_items(items), m_userId(userId) {}

    qsizetype count() const override { return m_items.size(); }
    QString key(qsizetype index) const override { return m_items.at(index).id; }
    void begin(QSqlDatabase db) override { m_repo = std::make_unique<OrderRepository>(db); }
    void end() override { m_repo.reset(); }

    BulkOutcome apply(qsizetype index) override
    {
        const Item &item = m_items.at(index);
        auto order = m_repo->findByProductOrderNo(item.id);
        if (!order)
            return {item.id,
                    {},
                    BulkOutcome::State::Refused,
                    ErrorKind::BadInput,
                    QCoreApplication::translate("sd::OrderService", "There is no order %1.").arg(item.id),
                    {},
                    {}};
        QList<OrderEvent> events;
        const Order before = *order;
        BulkOutcome out = item.step(*order, events, *m_repo);
        if (out.state != BulkOutcome::State::Applied)
            return out;
        describeChange(before, *order, out);
        Result written = m_repo->update(*order);
        for (const OrderEvent &e : std::as_const(events)) {
            if (written.ok())
                written = m_repo->addEvent(order->id, m_userId, e);
        }
        if (!written.ok()) {
            // The driver's text goes to the log; the item says plainly that it was not saved.
            const Result logged = storageFailure(
                QCoreApplication::translate("sd::OrderService", "The order could not be saved."), written);
            out.state = BulkOutcome::State::Refused;
            out.kind = ErrorKind::Storage;
            out.message = logged.message;
        }
        return out;
    }

private:
    const QList<Item> &m_items;
    qint64 m_userId;
    std::unique_ptr<OrderRepository> m_repo;
};

OrderService::OrderService(Workspace &workspace, const UserSession &user) : m_ws(workspace), m_user(user) {}

BulkOutcome OrderService::transition(Order &o, OrderAction action, bool hasTracking,
                                     QList<OrderEvent> &events, const QString &detail) const
{
    QString reason;
    const auto to = applyAction({o.status, hasTracking}, action, &reason);
    if (!to)
        return refused(o, ErrorKind::Rule, reason);
    const QDateTime now = m_ws.clock().nowUtc();
    // Nothing happens to an order before it was paid for: a clock set back would otherwise write a
    // history and an audit trail that cannot be true.
    if (o.paidAt.isValid() && now < o.paidAt)
        return refused(o, ErrorKind::Rule,
                       QCoreApplication::translate("sd::OrderService",
                                                   "This order was paid at %1, later than the computer's "
                                                   "clock says it is now (%2). Check the date and time.")
                           .arg(formatSeoul(o.paidAt), formatSeoul(now)));
    events.append({0, now, {}, actionCode(action), statusCode(o.status), statusCode(*to), detail});
    o.status = *to;
    o.rawStatus = channelStatusCode(o.channel, *to); // until the channel reports its own
    o.updatedAt = now;
    switch (action) {
    case OrderAction::Confirm:
        o.confirmedAt = now;
        break;
    case OrderAction::Dispatch:
        o.shippedAt = now;
        break;
    case OrderAction::Deliver:
        o.deliveredAt = now;
        break;
    case OrderAction::Decide:
    case OrderAction::CorrectDecision:
        o.decidedAt = now;
        break;
    case OrderAction::FixTracking:
    case OrderAction::DelayDispatch:
        break;
    }
    return done(o, actionLabel(action));
}

BulkOutcome OrderService::setTracking(Order &o, const DispatchRequest &r, bool fixing,
                                      QList<OrderEvent> &events, const OrderRepository &repo,
                                      TrackingClaims &claims) const
{
    if (r.courier.trimmed().isEmpty())
        return refused(o, ErrorKind::BadInput,
                       QCoreApplication::translate("sd::OrderService", "Choose a courier."));
    const Courier *courier = findCourier(r.courier.trimmed());
    if (!courier)
        return refused(
            o, ErrorKind::BadInput,
            QCoreApplication::translate("sd::OrderService", "Unknown courier \"%1\".").arg(r.courier));
    const QString number = normalizeTrackingNumber(r.trackingNo);
    QString reason;
    if (number.isEmpty())
        return refused(o, ErrorKind::BadInput,
                       QCoreApplication::translate("sd::OrderService", "Enter a tracking number."));
    if (!isTrackingNumberValid(*courier, number, &reason))
        return refused(o, ErrorKind::BadInput, reason);
    QString usedBy = repo.trackingNumberUsedElsewhere(number, o.orderNo);
    if (usedBy.isEmpty()) {
        // Given to another order earlier in this call, in a slice whose check was rolled back.
        const auto claim = claims.constFind(number);
        if (claim != claims.constEnd() && claim->first != o.orderNo)
            usedBy = claim->second;
    }
    if (!usedBy.isEmpty() && usedBy != o.productOrderNo)
        return refused(o, ErrorKind::Rule,
                       QCoreApplication::translate(
                           "sd::OrderService", "Tracking number %1 is already used on another order (%2).")
                           .arg(number, usedBy));
    if (fixing && courier->code == o.courierCode && number == o.trackingNo)
        return refused(o, ErrorKind::Rule,
                       QCoreApplication::translate("sd::OrderService",
                                                   "The courier and tracking number are unchanged."));

    const QString before = courierText(o.courierCode, o.trackingNo);
    const QString after = courierText(courier->code, number);
    if (!fixing && dispatchConfirmsFirst(o.status)) {
        const BulkOutcome confirmed = transition(o, OrderAction::Confirm, false, events);
        if (!confirmed.ok())
            return confirmed;
    }
    const OrderAction action = fixing ? OrderAction::FixTracking : OrderAction::Dispatch;
    const BulkOutcome moved =
        transition(o, action, true, events, fixing ? before + QStringLiteral(" → ") + after : after);
    if (!moved.ok())
        return moved;
    o.courierCode = courier->code;
    o.trackingNo = number;
    claims.insert(number, {o.orderNo, o.productOrderNo});
    return done(
        o,
        fixing
            ? QCoreApplication::translate("sd::OrderService", "Tracking changed: %1 → %2").arg(before, after)
            : QCoreApplication::translate("sd::OrderService", "Dispatched: %1").arg(after));
}

BulkReport OrderService::run(OrderAction action, const QList<Item> &items, bool dryRun,
                             const BulkControl &control, bool asSystem, const QString &source)
{
    BulkRunOptions options;
    options.permission = Permission::ProcessOrders;
    options.deniedMessage =
        QCoreApplication::translate("sd::OrderService", "Your role (%1) may not process orders.")
            .arg(roleLabel(m_user.role));
    options.emptyMessage = QCoreApplication::translate("sd::OrderService", "No order was given.");
    options.asSystem = asSystem;
    options.audit = auditActionFor(action);
    options.auditEntity = QStringLiteral("order");
    options.source = source;
    options.dryRun = dryRun;
    options.stageSize = BulkRun::kStageSize;
    options.control = control;
    Steps steps(items, asSystem ? 0 : m_user.userId);
    return BulkRun(m_ws, m_user).run(steps, options);
}

BulkReport OrderService::confirm(const QStringList &ids, bool dryRun, const BulkControl &control)
{
    QList<Item> items;
    for (const QString &id : unique(ids))
        items.append({id, [this](Order &o, QList<OrderEvent> &ev, const OrderRepository &) {
                          return transition(o, OrderAction::Confirm, false, ev);
                      }});
    return run(OrderAction::Confirm, items, dryRun, control);
}

BulkReport OrderService::dispatch(const QList<DispatchRequest> &requests, bool dryRun,
                                  const BulkControl &control)
{
    return run(OrderAction::Dispatch, trackingItems(requests, false, false), dryRun, control);
}

// One item per request: set the tracking number (`fix`: correct a shipped order's). The claims on
// tracking numbers are shared by every item of the call, so a number given twice in one call is caught
// across stages. `unchangedWhenSame`: a request that repeats the order's courier and number is
// "unchanged", not refused (a file uploaded twice).
QList<OrderService::Item> OrderService::trackingItems(const QList<DispatchRequest> &requests, bool fix,
                                                      bool unchangedWhenSame)
{
    const auto claims = std::make_shared<TrackingClaims>();
    QList<Item> items;
    for (const DispatchRequest &r : requests)
        items.append(
            {r.productOrderNo.trimmed(), [this, r, claims, fix, unchangedWhenSame](
                                             Order &o, QList<OrderEvent> &ev, const OrderRepository &repo) {
                 if (unchangedWhenSame) {
                     const Courier *courier = findCourier(r.courier.trimmed());
                     if (isDispatched(o.status) && courier && courier->code == o.courierCode &&
                         normalizeTrackingNumber(r.trackingNo) == o.trackingNo)
                         return outcome(o, BulkOutcome::State::Unchanged, ErrorKind::None,
                                        QCoreApplication::translate("sd::OrderService",
                                                                    "Already dispatched with %1; unchanged.")
                                            .arg(courierText(o.courierCode, o.trackingNo)));
                 }
                 return setTracking(o, r, fix, ev, repo, *claims);
             }});
    return items;
}

BulkOutcome OrderService::checkDispatch(const DispatchRequest &request)
{
    const BulkReport check = dispatch({request}, true);
    if (!check.outcomes.isEmpty())
        return check.outcomes.first();
    BulkOutcome failed;
    failed.key = request.productOrderNo.trimmed();
    failed.state = BulkOutcome::State::Refused;
    failed.kind = check.result.kind;
    failed.message = check.result.message;
    return failed;
}

BulkReport OrderService::dispatchFromFile(const QList<DispatchRequest> &requests, bool dryRun,
                                          const QString &source, const BulkControl &control)
{
    return run(OrderAction::Dispatch, trackingItems(requests, false, true), dryRun, control, false, source);
}

BulkReport OrderService::fixTracking(const QList<DispatchRequest> &requests, bool dryRun,
                                     const BulkControl &control)
{
    return run(OrderAction::FixTracking, trackingItems(requests, true, false), dryRun, control);
}

BulkReport OrderService::deliver(const QStringList &ids, bool dryRun, const BulkControl &control)
{
    QList<Item> items;
    for (const QString &id : unique(ids))
        items.append({id, [this](Order &o, QList<OrderEvent> &ev, const OrderRepository &) {
                          return transition(o, OrderAction::Deliver, !o.trackingNo.isEmpty(), ev);
                      }});
    return run(OrderAction::Deliver, items, dryRun, control);
}

BulkReport OrderService::correctDecision(const QStringList &ids, bool dryRun, const BulkControl &control)
{
    QList<Item> items;
    for (const QString &id : unique(ids))
        items.append({id, [this](Order &o, QList<OrderEvent> &ev, const OrderRepository &) {
                          return transition(
                              o, OrderAction::CorrectDecision, !o.trackingNo.isEmpty(), ev,
                              QCoreApplication::translate("sd::OrderService",
                                                          "Decided on the marketplace; recorded as a correction"));
                      }});
    return run(OrderAction::CorrectDecision, items, dryRun, control);
}

int OrderService::delayNoticeLimit(Channel channel) const
{
    return m_ws.settings().delayNoticeLimit(channel);
}

BulkReport OrderService::delay(const QStringList &ids, const QDate &newDueDate, DelayReason reason,
                               const QString &detail, bool dryRun, const BulkControl &control)
{
    const QDate today = seoulDate(m_ws.clock().nowUtc());
    const Result input = checkDelayInput(newDueDate, reason, detail);
    QList<Item> items;
    std::array<int, 3> limits{};
    for (Channel c : allChannels())
        limits.at(size_t(c)) = delayNoticeLimit(c);
    for (const QString &id : unique(ids)) {
        items.append(
            {id, [=](Order &o, QList<OrderEvent> &ev, const OrderRepository &repo) {
                 // What the order's status allows is said first: a closed order cannot be delayed,
                 // whatever the input.
                 QString why;
                 if (!applyAction({o.status, !o.trackingNo.isEmpty()}, OrderAction::DelayDispatch, &why))
                     return refused(o, ErrorKind::Rule, why);
                 // The channel's limit of notices per order (Naver: one), counting ours and one the
                 // marketplace reported (a delay reason from the order file with no notice of ours).
                 const int limit = limits.at(size_t(o.channel));
                 if (limit > 0) {
                     int given = 0;
                     for (const OrderEvent &e : repo.events(o.id))
                         given += e.action == actionCode(OrderAction::DelayDispatch) ? 1 : 0;
                     if (given == 0 && !o.delayReason.isEmpty())
                         given = 1;
                     if (given >= limit)
                         return refused(o, ErrorKind::Rule, delayNoticeRefusal(o.channel, limit));
                 }
                 if (!input.ok())
                     return refused(o, input.kind, input.message);
                 if (newDueDate < today || (o.dispatchDue.isValid() && newDueDate <= o.dispatchDue))
                     return refused(o, ErrorKind::Rule,
                                    QCoreApplication::translate(
                                        "sd::OrderService",
                                        "The new dispatch date must be later than the current one (%1).")
                                        .arg(o.dispatchDue.isValid() ? o.dispatchDue.toString(Qt::ISODate)
                                                                     : today.toString(Qt::ISODate)));
                 const QString text =
                     QStringLiteral("%1 → %2 %3 %4")
                         .arg(o.dispatchDue.toString(Qt::ISODate), newDueDate.toString(Qt::ISODate),
                              delayReasonCode(reason), detail.trimmed())
                         .trimmed();
                 const BulkOutcome moved = transition(o, OrderAction::DelayDispatch, false, ev, text);
                 if (!moved.ok())
                     return moved;
                 o.dispatchDue = newDueDate;
                 o.delayReason = delayReasonCode(reason);
                 o.delayDetail = detail.trimmed();
                 return done(o, QCoreApplication::translate("sd::OrderService", "Dispatch delayed to %1 (%2)")
                                    .arg(newDueDate.toString(Qt::ISODate), delayReasonLabel(reason)));
             }});
    }
    return run(OrderAction::DelayDispatch, items, dryRun, control);
}

Result OrderService::checkDelayInput(const QDate &newDueDate, DelayReason reason, const QString &detail,
                                     DelayField *field) const
{
    DelayField ignored = DelayField::None;
    if (!field)
        field = &ignored;
    *field = DelayField::None;
    auto fail = [field](DelayField f, ErrorKind kind, const QString &message) {
        *field = f;
        return Result::fail(kind, message);
    };
    if (!newDueDate.isValid())
        return fail(DelayField::Date, ErrorKind::BadInput,
                    QCoreApplication::translate("sd::OrderService", "Enter the new dispatch date."));
    const QDate today = seoulDate(m_ws.clock().nowUtc());
    const int maxDays = m_ws.settings().intValue(Settings::Key::DelayMaxDays);
    const QDate latest = today.addDays(maxDays);
    if (newDueDate > latest)
        return fail(DelayField::Date, ErrorKind::Rule,
                    QCoreApplication::translate(
                        "sd::OrderService", "The new dispatch date may be at most %1 days ahead (until %2); "
                                            "%3 is later.")
                        .arg(maxDays)
                        .arg(latest.toString(Qt::ISODate), newDueDate.toString(Qt::ISODate)));
    // Every reason needs its detail: the buyer reads it beside the new date.
    (void)reason;
    if (detail.trimmed().isEmpty())
        return fail(DelayField::Detail, ErrorKind::BadInput,
                    QCoreApplication::translate("sd::OrderService",
                                                "Describe the delay for the buyer (a detail is required)."));
    if (const QString p = textFieldProblem(TextField::DelayDetail, detail.trimmed()); !p.isEmpty())
        return fail(DelayField::Detail, ErrorKind::BadInput, p);
    return Result::success();
}

BulkReport OrderService::autoDecide(const BulkControl &control)
{
    QList<Item> items;
    const QDateTime now = m_ws.clock().nowUtc();
    OrderRepository repo(storeDatabase(m_ws).connection());
    for (Channel c : allChannels()) {
        const qint64 cutoff = now.addDays(-m_ws.settings().autoDecideDays(c)).toMSecsSinceEpoch();
        const QStringList ids = repo.deliveredBefore(channelCode(c), cutoff);
        for (const QString &id : ids)
            items.append({id, [this](Order &o, QList<OrderEvent> &ev, const OrderRepository &) {
                              BulkOutcome out = transition(o, OrderAction::Decide, true, ev);
                              if (!ev.isEmpty())
                                  ev.last().action = QStringLiteral("auto-decide");
                              return out;
                          }});
    }
    if (items.isEmpty())
        return {}; // nothing due: done, no audit row
    return run(OrderAction::Decide, items, false, control, true);
}

Result OrderService::find(const QString &productOrderNo, Order *order, bool recordRead) const
{
    if (!m_user.can(Permission::ViewOrders))
        return Result::fail(
            ErrorKind::Permission,
            QCoreApplication::translate("sd::OrderService", "Your role (%1) may not view orders.")
                .arg(roleLabel(m_user.role)));
    auto found =
        OrderRepository(storeDatabase(m_ws).connection()).findByProductOrderNo(productOrderNo.trimmed());
    if (!found)
        return Result::fail(
            ErrorKind::BadInput,
            QCoreApplication::translate("sd::OrderService", "There is no order %1.").arg(productOrderNo));
    if (!m_user.can(Permission::ViewPersonalData)) {
        OrderContact &c = found->contact;
        c.buyerName = maskName(c.buyerName);
        c.recipientName = maskName(c.recipientName);
        c.buyerPhone = maskPhone(c.buyerPhone);
        c.recipientPhone1 = maskPhone(c.recipientPhone1);
        c.recipientPhone2 = maskPhone(c.recipientPhone2);
        c.address = maskAddress(c.address);
        c.addressDetail = c.addressDetail.isEmpty() ? QString() : QStringLiteral("***");
        c.customsCode = maskCustomsCode(c.customsCode);
    } else if (recordRead) {
        PersonalDataRead read;
        read.purpose = AccessPurpose::Details;
        read.orders = 1;
        read.orderIds = {found->id};
        const Result recorded = recordPersonalDataRead(m_ws, m_user, read);
        if (!recorded.ok())
            return recorded;
    }
    if (order)
        *order = *found;
    return Result::success();
}

QList<OrderEvent> OrderService::history(const QString &productOrderNo) const
{
    if (!m_user.can(Permission::ViewOrders))
        return {};
    OrderRepository repo(storeDatabase(m_ws).connection());
    const auto order = repo.findByProductOrderNo(productOrderNo.trimmed());
    return order ? repo.events(order->id) : QList<OrderEvent>{};
}

} // namespace sd
