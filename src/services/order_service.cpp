#include "services/order_service.h"

#include "core/channel_status.h"
#include "core/courier.h"
#include "core/personal_data_mask.h"
#include "core/seoul_time.h"
#include "core/text_field.h"
#include "services/workspace.h"
#include "services/workspace_internal.h"
#include "storage/audit_log.h"
#include "storage/database.h"
#include "storage/order_repository.h"

#include <QCoreApplication>
#include <QSet>
#include <QThread>

namespace sd {

namespace {

OrderOutcome refused(const Order &o, ErrorKind kind, const QString &message)
{
    return {o.productOrderNo, kind, message, o.status};
}

OrderOutcome done(const Order &o, const QString &message)
{
    return {o.productOrderNo, ErrorKind::None, message, o.status};
}

QString courierText(const QString &code, const QString &tracking)
{
    const Courier *c = findCourier(code);
    return QStringLiteral("%1 %2").arg(c ? c->name : code, tracking);
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

QStringList BulkResult::succeededIds() const
{
    QStringList ids;
    for (const OrderOutcome &o : outcomes) {
        if (o.ok())
            ids << o.productOrderNo;
    }
    return ids;
}

OrderService::OrderService(Workspace &workspace, const UserSession &user) : m_ws(workspace), m_user(user) {}

OrderOutcome OrderService::transition(Order &o, OrderAction action, bool hasTracking,
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
        o.decidedAt = now;
        break;
    case OrderAction::FixTracking:
    case OrderAction::DelayDispatch:
        break;
    }
    return done(o, actionLabel(action));
}

OrderOutcome OrderService::setTracking(Order &o, const DispatchRequest &r, bool fixing,
                                       QList<OrderEvent> &events, const OrderRepository &repo) const
{
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
    const QString usedBy = repo.trackingNumberUsedElsewhere(number, o.orderNo);
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
        const OrderOutcome confirmed = transition(o, OrderAction::Confirm, false, events);
        if (!confirmed.ok())
            return confirmed;
    }
    const OrderAction action = fixing ? OrderAction::FixTracking : OrderAction::Dispatch;
    const OrderOutcome moved =
        transition(o, action, true, events, fixing ? before + QStringLiteral(" → ") + after : after);
    if (!moved.ok())
        return moved;
    o.courierCode = courier->code;
    o.trackingNo = number;
    return done(
        o,
        fixing
            ? QCoreApplication::translate("sd::OrderService", "Tracking changed: %1 → %2").arg(before, after)
            : QCoreApplication::translate("sd::OrderService", "Dispatched: %1").arg(after));
}

BulkResult OrderService::run(OrderAction action, const QList<Item> &items, bool dryRun, bool asSystem,
                             const QString &source)
{
    BulkResult bulk;
    if (!asSystem && !m_user.can(Permission::ProcessOrders)) {
        bulk.result = Result::fail(
            ErrorKind::Permission,
            QCoreApplication::translate("sd::OrderService", "Your role (%1) may not process orders.")
                .arg(roleLabel(m_user.role)));
        return bulk;
    }
    if (items.isEmpty()) {
        bulk.result = Result::fail(ErrorKind::Usage,
                                   QCoreApplication::translate("sd::OrderService", "No order was given."));
        return bulk;
    }
    if (items.size() > kMaxOrders) {
        bulk.result = Result::fail(
            ErrorKind::BadInput,
            QCoreApplication::translate(
                "sd::OrderService",
                "%1 orders were given; one action takes at most %2. Nothing was changed: split the work "
                "(a file into several files) and try again.")
                .arg(items.size())
                .arg(kMaxOrders));
        return bulk;
    }
    QSqlDatabase db = storeDatabase(m_ws).connection();
    WriteTransaction tx(db);
    if (!tx.isActive()) {
        bulk.result = Result::fail(ErrorKind::Storage, tx.error());
        return bulk;
    }
    OrderRepository repo(db);
    const qint64 userId = asSystem ? 0 : m_user.userId;
    int failed = 0;
    int changed = 0;
    bool badInput = false;
    QString storageError;
    for (const Item &item : items) {
        auto order = repo.findByProductOrderNo(item.id);
        if (!order) {
            bulk.outcomes.append(
                {item.id,
                 ErrorKind::BadInput,
                 QCoreApplication::translate("sd::OrderService", "There is no order %1.").arg(item.id),
                 {}});
            ++failed;
            badInput = true;
            continue;
        }
        QList<OrderEvent> events;
        const OrderOutcome outcome = item.step(*order, events, repo);
        bulk.outcomes.append(outcome);
        if (!outcome.ok()) {
            ++failed;
            badInput = badInput || outcome.kind == ErrorKind::BadInput;
            continue;
        }
        if (outcome.unchanged)
            continue;
        ++changed;
        QString why;
        bool written = repo.update(*order, &why);
        for (const OrderEvent &e : events)
            written = written && repo.addEvent(order->id, userId, e, &why);
        if (!written && storageError.isEmpty())
            storageError = why;
    }
    if (!storageError.isEmpty()) {
        bulk.result = Result::fail(
            ErrorKind::Storage,
            QCoreApplication::translate("sd::OrderService", "Saving failed; nothing was changed: %1")
                .arg(storageError));
        return bulk;
    }
    if (failed > 0) {
        bulk.result = Result::fail(
            badInput ? ErrorKind::BadInput : ErrorKind::Rule,
            items.size() == 1
                ? bulk.outcomes.first().message
                : QCoreApplication::translate("sd::OrderService",
                                              "%1 of %2 orders cannot be processed; nothing was changed.")
                      .arg(failed)
                      .arg(items.size()));
        return bulk; // tx rolls back
    }
    if (dryRun || changed == 0)
        return bulk; // nothing to write: no audit row either
    QStringList ids;
    for (const OrderOutcome &o : std::as_const(bulk.outcomes)) {
        if (!o.unchanged)
            ids << o.productOrderNo;
    }
    QString why;
    if (!writeAudit(db, m_ws.clock().nowUtc(), userId, auditActionFor(action), QStringLiteral("order"),
                    ids.size() == 1 ? ids.first() : QString(),
                    source.isEmpty() ? ids.join(QLatin1Char(','))
                                     : source + QStringLiteral(": ") + ids.join(QLatin1Char(',')),
                    &why) ||
        !tx.commit()) {
        bulk.result = Result::fail(
            ErrorKind::Storage,
            QCoreApplication::translate("sd::OrderService", "Saving failed; nothing was changed: %1")
                .arg(why.isEmpty() ? tx.error() : why));
        for (OrderOutcome &o : bulk.outcomes)
            o.kind = ErrorKind::Storage;
    }
    return bulk;
}

BulkResult OrderService::confirm(const QStringList &ids, bool dryRun)
{
    QList<Item> items;
    for (const QString &id : unique(ids))
        items.append({id, [this](Order &o, QList<OrderEvent> &ev, const OrderRepository &) {
                          return transition(o, OrderAction::Confirm, false, ev);
                      }});
    return run(OrderAction::Confirm, items, dryRun);
}

BulkResult OrderService::dispatch(const QList<DispatchRequest> &requests, bool dryRun)
{
    QList<Item> items;
    for (const DispatchRequest &r : requests)
        items.append({r.productOrderNo.trimmed(),
                      [this, r](Order &o, QList<OrderEvent> &ev, const OrderRepository &repo) {
                          return setTracking(o, r, false, ev, repo);
                      }});
    return run(OrderAction::Dispatch, items, dryRun);
}

BulkResult OrderService::dispatchFromFile(const QList<DispatchRequest> &requests, bool dryRun,
                                          const QString &source)
{
    QList<Item> items;
    for (const DispatchRequest &r : requests)
        items.append({r.productOrderNo.trimmed(),
                      [this, r](Order &o, QList<OrderEvent> &ev, const OrderRepository &repo) {
                          const Courier *courier = findCourier(r.courier.trimmed());
                          if (isDispatched(o.status) && courier && courier->code == o.courierCode &&
                              normalizeTrackingNumber(r.trackingNo) == o.trackingNo) {
                              OrderOutcome same =
                                  done(o, QCoreApplication::translate(
                                              "sd::OrderService", "Already dispatched with %1; unchanged.")
                                              .arg(courierText(o.courierCode, o.trackingNo)));
                              same.unchanged = true;
                              return same;
                          }
                          return setTracking(o, r, false, ev, repo);
                      }});
    return run(OrderAction::Dispatch, items, dryRun, false, source);
}

BulkResult OrderService::fixTracking(const QList<DispatchRequest> &requests, bool dryRun)
{
    QList<Item> items;
    for (const DispatchRequest &r : requests)
        items.append({r.productOrderNo.trimmed(),
                      [this, r](Order &o, QList<OrderEvent> &ev, const OrderRepository &repo) {
                          return setTracking(o, r, true, ev, repo);
                      }});
    return run(OrderAction::FixTracking, items, dryRun);
}

BulkResult OrderService::deliver(const QStringList &ids, bool dryRun)
{
    QList<Item> items;
    for (const QString &id : unique(ids))
        items.append({id, [this](Order &o, QList<OrderEvent> &ev, const OrderRepository &) {
                          return transition(o, OrderAction::Deliver, !o.trackingNo.isEmpty(), ev);
                      }});
    return run(OrderAction::Deliver, items, dryRun);
}

BulkResult OrderService::decide(const QStringList &ids, bool dryRun)
{
    QList<Item> items;
    for (const QString &id : unique(ids))
        items.append({id, [this](Order &o, QList<OrderEvent> &ev, const OrderRepository &) {
                          return transition(o, OrderAction::Decide, !o.trackingNo.isEmpty(), ev);
                      }});
    return run(OrderAction::Decide, items, dryRun);
}

BulkResult OrderService::delay(const QStringList &ids, const QDate &newDueDate, DelayReason reason,
                               const QString &detail, bool dryRun)
{
    const QDate today = seoulDate(m_ws.clock().nowUtc());
    const Result input = checkDelayInput(newDueDate, reason, detail);
    QList<Item> items;
    for (const QString &id : unique(ids)) {
        items.append(
            {id, [=](Order &o, QList<OrderEvent> &ev, const OrderRepository &) {
                 // What the order's status allows is said first: a closed order cannot be delayed,
                 // whatever the input.
                 QString why;
                 if (!applyAction({o.status, !o.trackingNo.isEmpty()}, OrderAction::DelayDispatch, &why))
                     return refused(o, ErrorKind::Rule, why);
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
                 OrderOutcome outcome = transition(o, OrderAction::DelayDispatch, false, ev, text);
                 if (!outcome.ok())
                     return outcome;
                 o.dispatchDue = newDueDate;
                 o.delayReason = delayReasonCode(reason);
                 o.delayDetail = detail.trimmed();
                 return done(o, QCoreApplication::translate("sd::OrderService", "Dispatch delayed to %1 (%2)")
                                    .arg(newDueDate.toString(Qt::ISODate), delayReasonLabel(reason)));
             }});
    }
    return run(OrderAction::DelayDispatch, items, dryRun);
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
    if (reason == DelayReason::Etc && detail.trimmed().isEmpty())
        return fail(DelayField::Detail, ErrorKind::BadInput,
                    QCoreApplication::translate("sd::OrderService", "Describe the reason for the delay."));
    if (const QString p = textFieldProblem(TextField::DelayDetail, detail.trimmed()); !p.isEmpty())
        return fail(DelayField::Detail, ErrorKind::BadInput, p);
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
    return Result::success();
}

BulkResult OrderService::autoDecide()
{
    QList<Item> items;
    const QDateTime now = m_ws.clock().nowUtc();
    OrderRepository repo(storeDatabase(m_ws).connection());
    for (Channel c : allChannels()) {
        const qint64 cutoff = now.addDays(-m_ws.settings().autoDecideDays(c)).toMSecsSinceEpoch();
        const QStringList ids = repo.deliveredBefore(channelCode(c), cutoff);
        for (const QString &id : ids)
            items.append({id, [this](Order &o, QList<OrderEvent> &ev, const OrderRepository &) {
                              OrderOutcome out = transition(o, OrderAction::Decide, true, ev);
                              if (!ev.isEmpty())
                                  ev.last().action = QStringLiteral("auto-decide");
                              return out;
                          }});
    }
    // Each slice of kMaxOrders is a short transaction of its own; between two slices the write lock
    // stays free long enough for every waiting program to get in (SQLite's busy handler tries again
    // after 100 ms at most). Decided orders stay decided if a later slice fails; running it again
    // finishes the rest.
    BulkResult all;
    for (qsizetype start = 0; start < items.size(); start += kMaxOrders) {
        if (start > 0)
            QThread::msleep(120);
        BulkResult slice = run(OrderAction::Decide, items.mid(start, kMaxOrders), false, true);
        all.outcomes += slice.outcomes;
        if (!slice.ok()) {
            all.result = slice.result;
            break;
        }
    }
    return all;
}

Result OrderService::find(const QString &productOrderNo, Order *order) const
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
