// OrderService: every action from every status (against the core transition table), bulk all-or-nothing,
// dry runs, permissions, dispatch and tracking rules, delay notices, automatic purchase decisions,
// masking, history and audit rows.
#include "core/access/personal_data_mask.h"
#include "core/orders/channel_status.h"
#include "core/orders/courier.h"
#include "core/orders/delay_reason.h"
#include "core/orders/order_transition.h"
#include "result_support.h"
#include "services/common/bulk_run.h"
#include "services/orders/order_service.h"
#include "storage/orders/order_search_text.h"
#include "test_support.h"

#include <QTest>

using namespace sd;
using namespace sd::test;

Q_DECLARE_METATYPE(sd::OrderAction)
Q_DECLARE_METATYPE(sd::OrderStatus)
Q_DECLARE_METATYPE(sd::DelayReason)
Q_DECLARE_METATYPE(sd::ErrorKind)

namespace {

const QList<OrderAction> kActions{OrderAction::Confirm, OrderAction::Dispatch, OrderAction::FixTracking,
                                  OrderAction::Deliver, OrderAction::CorrectDecision,
                                  OrderAction::DelayDispatch};

// The row of the core table for (action, from), if any.
std::optional<Transition> tableRow(OrderAction action, OrderStatus from)
{
    for (const Transition &t : orderTransitions()) {
        if (t.action == action && t.from == from)
            return t;
    }
    return std::nullopt;
}

bool carriesTracking(OrderStatus s)
{
    return s == OrderStatus::Shipping || s == OrderStatus::Delivered || s == OrderStatus::Decided ||
           s == OrderStatus::Returned || s == OrderStatus::Exchanged;
}

} // namespace

class TestOrderService : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestWorkspace> t;
    UserSession op, master, finance;
    int trackingSeq = 0;

    // An order in `status` with the fields that status implies (times, courier and tracking number).
    Order seed(const QString &id, OrderStatus status, const QString &orderNo = QString())
    {
        Order o = makeOrder(id, status, orderNo);
        const QDateTime paid = o.paidAt;
        if (status != OrderStatus::New && status != OrderStatus::Canceled)
            o.confirmedAt = paid.addSecs(3600);
        if (carriesTracking(status)) {
            o.courierCode = QStringLiteral("CJGLS");
            o.trackingNo = QStringLiteral("6%1").arg(++trackingSeq, 11, 10, QLatin1Char('0'));
            o.shippedAt = paid.addSecs(7200);
        }
        if (status == OrderStatus::Delivered || status == OrderStatus::Decided)
            o.deliveredAt = paid.addSecs(10800);
        if (status == OrderStatus::Decided)
            o.decidedAt = paid.addSecs(14400);
        o.updatedAt = paid.addSecs(20000);
        return o;
    }

    Order insertSeed(const QString &id, OrderStatus status, const QString &orderNo = QString())
    {
        Order o = seed(id, status, orderNo);
        QString error;
        if (!insertOrder(t->db(), o, &error))
            qWarning() << "insert failed" << error;
        return o;
    }

    Order stored(const QString &id) { return *OrderRepository(t->db()).findByProductOrderNo(id); }
    int eventCount(const Order &o) { return int(OrderRepository(t->db()).events(o.id).size()); }
    int auditCount(const QString &action = QString())
    {
        return action.isEmpty()
                   ? countRows(t->db(), QStringLiteral("audit_log"))
                   : scalar(t->db(), QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = ?"),
                            {action})
                         .toInt();
    }

    BulkReport perform(OrderService &service, OrderAction action, const QString &id, bool dryRun = false)
    {
        const Order before = stored(id);
        switch (action) {
        case OrderAction::Confirm:
            return service.confirm({id}, dryRun);
        case OrderAction::Dispatch:
            return service.dispatch({{id, QStringLiteral("CJGLS"), QStringLiteral("555566667777")}}, dryRun);
        case OrderAction::FixTracking:
            return service.fixTracking({{id, QStringLiteral("HANJIN"), QStringLiteral("987654321098")}},
                                       dryRun);
        case OrderAction::Deliver:
            return service.deliver({id}, dryRun);
        case OrderAction::Decide: // the automatic decision only (autoDecide)
        case OrderAction::CorrectDecision:
            return service.correctDecision({id}, dryRun);
        case OrderAction::DelayDispatch:
            return service.delay({id}, before.dispatchDue.addDays(2), DelayReason::ProductPrepare,
                                 QStringLiteral("입고 지연"), dryRun);
        }
        return {};
    }

    // `n` NEW orders S00000 ... in one transaction; their product order numbers in order.
    QStringList seedNew(int n, const QString &prefix = QStringLiteral("S"))
    {
        QList<Order> orders;
        for (int i = 0; i < n; ++i)
            orders.append(
                seed(prefix + QStringLiteral("%1").arg(i, 5, 10, QLatin1Char('0')), OrderStatus::New));
        QString error;
        if (!insertOrders(t->db(), orders, &error))
            qWarning() << "insert failed" << error;
        QStringList ids;
        for (const Order &o : std::as_const(orders))
            ids << o.productOrderNo;
        return ids;
    }
    int countStatus(OrderStatus status)
    {
        return scalar(t->db(), QStringLiteral("SELECT COUNT(*) FROM orders WHERE status = ?"),
                      {statusCode(status)})
            .toInt();
    }
    // Every id named by the detail of the audit rows of `action`, one list per row.
    QList<QStringList> auditedIds(const QString &action)
    {
        QList<QStringList> rows;
        QSqlQuery q(t->db());
        q.prepare(QStringLiteral("SELECT detail FROM audit_log WHERE action = ? ORDER BY id"));
        q.addBindValue(action);
        q.exec();
        while (q.next())
            rows << q.value(0).toString().split(QLatin1Char(','));
        return rows;
    }

private slots:
    void init()
    {
        t = std::make_unique<TestWorkspace>();
        QVERIFY2(t->ok(), qPrintable(t->error));
        op = addUser(t->db(), QStringLiteral("op"), Role::Operator);
        master = addUser(t->db(), QStringLiteral("boss"), Role::Master);
        finance = addUser(t->db(), QStringLiteral("acct"), Role::Finance);
        QVERIFY(op.userId > 0 && master.userId > 0 && finance.userId > 0);
    }
    void cleanup() { t.reset(); }

    void actionFromEveryStatus_data()
    {
        QTest::addColumn<OrderAction>("action");
        QTest::addColumn<OrderStatus>("from");
        for (OrderAction a : kActions) {
            for (OrderStatus s : allStatuses())
                QTest::addRow("%s from %s", qPrintable(actionCode(a)), qPrintable(statusCode(s))) << a << s;
        }
    }

    void actionFromEveryStatus()
    {
        QFETCH(OrderAction, action);
        QFETCH(OrderStatus, from);
        const Order before = insertSeed(QStringLiteral("P1"), from);

        // Expected from the core table; dispatching a NEW order confirms it first.
        QList<Transition> steps;
        if (action == OrderAction::Dispatch && from == OrderStatus::New) {
            const auto confirm = tableRow(OrderAction::Confirm, from);
            QVERIFY(confirm);
            steps << *confirm;
            if (auto dispatch = tableRow(OrderAction::Dispatch, confirm->to))
                steps << *dispatch;
            else
                steps.clear();
        } else if (auto row = tableRow(action, from)) {
            steps << *row;
        }

        t->clock.advanceSecs(3600);
        const QDateTime now = t->clock.nowUtc();
        OrderService service(t->workspace(), op);
        const BulkReport r = perform(service, action, QStringLiteral("P1"));
        QCOMPARE(r.outcomes.size(), 1);
        const Order after = stored(QStringLiteral("P1"));
        const QList<OrderEvent> events = OrderRepository(t->db()).events(after.id);

        if (steps.isEmpty()) {
            QCOMPARE(r.result.kind, ErrorKind::Rule);
            QCOMPARE(r.outcomes.first().kind, ErrorKind::Rule);
            QVERIFY(!r.result.message.isEmpty());
            QCOMPARE(after.status, from);
            QCOMPARE(after.updatedAt, before.updatedAt);
            QCOMPARE(after.trackingNo, before.trackingNo);
            QCOMPARE(after.dispatchDue, before.dispatchDue);
            QVERIFY(events.isEmpty());
            QCOMPARE(auditCount(), 0);
            return;
        }
        QVERIFY2(r.ok(), qPrintable(r.result.message));
        const OrderStatus to = steps.last().to;
        QCOMPARE(r.outcomes.first().stateCode, statusCode(to));
        QCOMPARE(r.outcomes.first().state, BulkOutcome::State::Applied);
        QCOMPARE(r.outcomes.first().key, QStringLiteral("P1"));
        QCOMPARE(r.outcomes.first().label, before.productName);
        QCOMPARE(after.status, to);
        QCOMPARE(after.updatedAt, now);
        QCOMPARE(events.size(), steps.size());
        for (int i = 0; i < steps.size(); ++i) {
            QCOMPARE(events[i].action, actionCode(steps[i].action));
            QCOMPARE(events[i].fromStatus, statusCode(steps[i].from));
            QCOMPARE(events[i].toStatus, statusCode(steps[i].to));
            QCOMPARE(events[i].userName, op.displayName);
            QCOMPARE(events[i].at, now);
        }
        QCOMPARE(auditCount(QStringLiteral("orders.") + actionCode(action)), 1);
        switch (action) {
        case OrderAction::Confirm:
            QCOMPARE(after.confirmedAt, now);
            break;
        case OrderAction::Dispatch:
            QCOMPARE(after.shippedAt, now);
            QCOMPARE(after.courierCode, QStringLiteral("CJGLS"));
            QCOMPARE(after.trackingNo, QStringLiteral("555566667777"));
            if (from == OrderStatus::New)
                QCOMPARE(after.confirmedAt, now);
            break;
        case OrderAction::FixTracking:
            QCOMPARE(after.courierCode, QStringLiteral("HANJIN"));
            QCOMPARE(after.trackingNo, QStringLiteral("987654321098"));
            QCOMPARE(after.shippedAt, before.shippedAt);
            break;
        case OrderAction::Deliver:
            QCOMPARE(after.deliveredAt, now);
            break;
        case OrderAction::Decide:
        case OrderAction::CorrectDecision:
            QCOMPARE(after.decidedAt, now);
            break;
        case OrderAction::DelayDispatch:
            QCOMPARE(after.dispatchDue, before.dispatchDue.addDays(2));
            QCOMPARE(after.delayReason, QStringLiteral("PRODUCT_PREPARE"));
            break;
        }
    }

    void bulkIsAllOrNothing()
    {
        insertSeed(QStringLiteral("A"), OrderStatus::New);
        insertSeed(QStringLiteral("B"), OrderStatus::Shipping);
        insertSeed(QStringLiteral("C"), OrderStatus::New);
        OrderService service(t->workspace(), op);

        const BulkReport r = service.confirm({QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")});
        QCOMPARE(r.result.kind, ErrorKind::Rule);
        QVERIFY2(r.result.message.contains(QLatin1String("1")) &&
                     r.result.message.contains(QLatin1String("3")),
                 qPrintable(r.result.message));
        QCOMPARE(r.outcomes.size(), 3);
        QCOMPARE(r.outcomes[0].key, QStringLiteral("A"));
        QVERIFY(r.outcomes[0].ok());
        QCOMPARE(r.outcomes[1].key, QStringLiteral("B"));
        QCOMPARE(r.outcomes[1].state, BulkOutcome::State::Refused);
        QCOMPARE(r.outcomes[1].kind, ErrorKind::Rule);
        QVERIFY(!r.outcomes[1].message.isEmpty());
        QVERIFY(r.outcomes[2].ok());
        QCOMPARE(r.acceptedKeys(), (QStringList{QStringLiteral("A"), QStringLiteral("C")}));
        QVERIFY(r.writtenKeys().isEmpty());
        QVERIFY(!r.partlyDone);
        for (const QString &id : {QStringLiteral("A"), QStringLiteral("C")}) {
            QCOMPARE(stored(id).status, OrderStatus::New);
            QVERIFY(!stored(id).confirmedAt.isValid());
        }
        QCOMPARE(countRows(t->db(), QStringLiteral("order_events")), 0);
        QCOMPARE(auditCount(), 0);

        // An unknown id is bad input and also stops the rest.
        const BulkReport unknown = service.confirm({QStringLiteral("A"), QStringLiteral("ZZZ")});
        QCOMPARE(unknown.result.kind, ErrorKind::BadInput);
        QCOMPARE(unknown.outcomes.size(), 2);
        QCOMPARE(unknown.outcomes[1].kind, ErrorKind::BadInput);
        QVERIFY(unknown.outcomes[1].message.contains(QStringLiteral("ZZZ")));
        QCOMPARE(stored(QStringLiteral("A")).status, OrderStatus::New);

        // The orders that can take it go through together, with one audit row naming them.
        const BulkReport ok =
            service.confirm({QStringLiteral("A"), QStringLiteral(" C "), QStringLiteral("A")});
        QVERIFY2(ok.ok(), qPrintable(ok.result.message));
        QCOMPARE(ok.outcomes.size(), 2); // duplicates and spaces folded
        QCOMPARE(stored(QStringLiteral("A")).status, OrderStatus::Confirmed);
        QCOMPARE(stored(QStringLiteral("C")).status, OrderStatus::Confirmed);
        QCOMPARE(auditCount(QStringLiteral("orders.confirm")), 1);
        QCOMPARE(scalar(t->db(), QStringLiteral("SELECT detail FROM audit_log")).toString(),
                 QStringLiteral("A,C"));
        QCOMPARE(scalar(t->db(), QStringLiteral("SELECT user_id FROM audit_log")).toLongLong(), op.userId);

        // No ids at all is a usage error.
        QCOMPARE(service.confirm({}).result.kind, ErrorKind::Usage);
    }

    // A call bigger than one stage is checked whole, then written stage by stage: one transaction and
    // one audit row per stage, a pause between two, progress told between them.
    void bigCallIsWrittenInStages()
    {
        const QStringList ids = seedNew(2500);
        QCOMPARE(ids.size(), 2500);
        OrderService service(t->workspace(), op);
        QStringList told;
        int pauses = 0;
        BulkControl control;
        control.progress = [&](const BulkProgress &p) {
            told << QStringLiteral("%1 %2/%3")
                        .arg(p.phase == BulkProgress::Phase::Checking ? QLatin1String("check")
                                                                      : QLatin1String("apply"))
                        .arg(p.done)
                        .arg(p.total);
            return true;
        };
        control.pause = [&](int ms) {
            QCOMPARE(ms, BulkRun::kPauseMs);
            ++pauses;
        };

        // The dry run checks all 2,500 and writes nothing.
        const BulkReport dry = service.confirm(ids, true, control);
        QVERIFY2(dry.ok(), qPrintable(dry.result.message));
        QCOMPARE(dry.outcomes.size(), 2500);
        QCOMPARE(dry.appliedCount(), 2500);
        QVERIFY(dry.writtenKeys().isEmpty());
        QCOMPARE(countStatus(OrderStatus::New), 2500);
        QCOMPARE(auditCount(), 0);
        QCOMPARE(told, (QStringList{QStringLiteral("check 1000/2500"), QStringLiteral("check 2000/2500"),
                                    QStringLiteral("check 2500/2500")}));
        QCOMPARE(pauses, 2);

        told.clear();
        pauses = 0;
        const BulkReport r = service.confirm(ids, false, control);
        QVERIFY2(r.ok(), qPrintable(r.result.message));
        QVERIFY(!r.partlyDone);
        QCOMPARE(r.stages, 3);
        QCOMPARE(r.stagesWritten, 3);
        QCOMPARE(r.writtenKeys(), ids);
        QCOMPARE(countStatus(OrderStatus::Confirmed), 2500);
        QCOMPARE(countRows(t->db(), QStringLiteral("order_events")), 2500);
        QCOMPARE(told, (QStringList{QStringLiteral("check 1000/2500"), QStringLiteral("check 2000/2500"),
                                    QStringLiteral("apply 0/2500"), QStringLiteral("apply 1000/2500"),
                                    QStringLiteral("apply 2000/2500"), QStringLiteral("apply 2500/2500")}));
        QCOMPARE(pauses, 4); // two between the check's slices, two between the stages
        // One audit row per stage, naming exactly its orders.
        const QList<QStringList> audited = auditedIds(QStringLiteral("orders.confirm"));
        QCOMPARE(audited.size(), 3);
        QCOMPARE(audited[0], ids.mid(0, 1000));
        QCOMPARE(audited[1], ids.mid(1000, 1000));
        QCOMPARE(audited[2], ids.mid(2000));
    }

    // One refused order anywhere in a big call: found by the check, nothing written at all.
    void bigCallRefusedInTheCheckWritesNothing()
    {
        QStringList ids = seedNew(2300);
        insertSeed(QStringLiteral("SHIPPED"), OrderStatus::Shipping);
        ids.insert(2100, QStringLiteral("SHIPPED")); // in the third slice
        const BulkReport r = OrderService(t->workspace(), op).confirm(ids);
        QCOMPARE(r.result.kind, ErrorKind::Rule);
        QVERIFY(!r.partlyDone);
        QCOMPARE(r.stagesWritten, 0);
        QCOMPARE(r.outcomes.size(), 2301);
        QCOMPARE(r.outcomes[2100].key, QStringLiteral("SHIPPED"));
        QCOMPARE(r.outcomes[2100].state, BulkOutcome::State::Refused);
        QCOMPARE(r.refusedCount(), 1);
        QCOMPARE(r.appliedCount(), 2300); // would be confirmed
        QVERIFY(r.writtenKeys().isEmpty());
        QCOMPARE(countStatus(OrderStatus::New), 2300);
        QCOMPARE(countRows(t->db(), QStringLiteral("order_events")), 0);
        QCOMPARE(auditCount(), 0);
    }

    // Another program changes an order of the second stage after the check: the first stage stays
    // written, the second is undone, the third never runs; the report says which orders are which.
    void aFailedStageLeavesItPartlyDone()
    {
        const QStringList ids = seedNew(2500);
        OrderService service(t->workspace(), op);
        BulkControl control;
        control.pause = [](int) {};
        control.progress = [&](const BulkProgress &p) {
            if (p.phase == BulkProgress::Phase::Applying && p.done == 1000) {
                // No transaction of the run is open between two stages: another writer gets in.
                const BulkReport other = OrderService(t->workspace(), master).confirm({ids[1500]});
                if (!other.ok())
                    qWarning() << "other writer failed" << other.result.message;
            }
            return true;
        };
        const BulkReport r = service.confirm(ids, false, control);
        QVERIFY(!r.ok());
        QVERIFY(r.partlyDone);
        QCOMPARE(r.result.kind, ErrorKind::Rule);
        QVERIFY2(r.result.message.contains(ids[1500]) && r.result.message.contains(QLatin1String("1000")),
                 qPrintable(r.result.message));
        QCOMPARE(r.stagesWritten, 1);
        QCOMPARE(r.writtenKeys(), ids.mid(0, 1000));
        QCOMPARE(r.outcomes.size(), 2500);
        for (int i = 0; i < 2500; ++i) {
            const BulkOutcome &o = r.outcomes[i];
            QCOMPARE(o.key, ids[i]);
            const BulkOutcome::State expected = i < 1000    ? BulkOutcome::State::Applied
                                                : i == 1500 ? BulkOutcome::State::Refused
                                                            : BulkOutcome::State::NotDone;
            QCOMPARE(o.state, expected);
            QVERIFY(!o.message.isEmpty());
        }
        // The store agrees with the report.
        for (int i = 0; i < 2500; ++i) {
            const OrderStatus expected = i < 1000 || i == 1500 ? OrderStatus::Confirmed : OrderStatus::New;
            if (stored(ids[i]).status != expected)
                QFAIL(qPrintable(QStringLiteral("%1 is %2").arg(ids[i], statusCode(stored(ids[i]).status))));
        }
        const QList<QStringList> audited = auditedIds(QStringLiteral("orders.confirm"));
        QCOMPARE(audited.size(), 2); // the first stage and the other writer
        QCOMPARE(audited[0], ids.mid(0, 1000));
        QCOMPARE(audited[1], QStringList{ids[1500]});
        QCOMPARE(countRows(t->db(), QStringLiteral("order_events")), 1001);

        // Running it again for the rest finishes the job.
        QCOMPARE(r.keys(BulkOutcome::State::NotDone).size(), 1499);
        const BulkReport rest = service.confirm(r.keys(BulkOutcome::State::NotDone));
        QVERIFY2(rest.ok(), qPrintable(rest.result.message));
        QCOMPARE(countStatus(OrderStatus::Confirmed), 2500);
    }

    // Cancel is read between stages: what was written stays, nothing after it is written.
    void cancelBetweenStages()
    {
        const QStringList ids = seedNew(2500);
        OrderService service(t->workspace(), op);
        BulkControl control;
        control.pause = [](int) {};
        control.progress = [](const BulkProgress &p) {
            return !(p.phase == BulkProgress::Phase::Applying && p.done == 2000);
        };
        const BulkReport r = service.deliver(ids, false, control);
        QCOMPARE(r.result.kind, ErrorKind::Rule); // NEW orders cannot be delivered: refused in the check
        QCOMPARE(auditCount(), 0);

        const BulkReport cancelled = service.confirm(ids, false, control);
        QVERIFY(!cancelled.ok());
        QVERIFY(cancelled.cancelled);
        QVERIFY(cancelled.partlyDone);
        QCOMPARE(cancelled.writtenKeys(), ids.mid(0, 2000));
        QCOMPARE(cancelled.notDoneCount(), 500);
        QCOMPARE(countStatus(OrderStatus::Confirmed), 2000);
        QCOMPARE(auditCount(QStringLiteral("orders.confirm")), 2);

        // Cancelled while checking: nothing written.
        const QStringList more = seedNew(1500, QStringLiteral("T"));
        control.progress = [](const BulkProgress &p) { return p.phase != BulkProgress::Phase::Checking; };
        const BulkReport early = service.confirm(more, false, control);
        QVERIFY(early.cancelled);
        QVERIFY(!early.partlyDone);
        QCOMPARE(early.outcomes.size(), 1500);
        QVERIFY(early.writtenKeys().isEmpty());
        QCOMPARE(countStatus(OrderStatus::Confirmed), 2000);
        QCOMPARE(auditCount(QStringLiteral("orders.confirm")), 2);
    }

    // The check's slices are rolled back, so they do not see each other's tracking numbers; the step
    // remembers them for the whole call.
    void aTrackingNumberTwiceInABigFileIsRefused()
    {
        const QStringList ids = seedNew(1500);
        QList<DispatchRequest> requests;
        for (int i = 0; i < ids.size(); ++i)
            requests.append(
                {ids[i], QStringLiteral("CJGLS"), QStringLiteral("7%1").arg(i, 11, 10, QLatin1Char('0'))});
        requests[1200].trackingNo = requests[10].trackingNo; // another 주문번호, another slice
        const BulkReport r =
            OrderService(t->workspace(), op).dispatchFromFile(requests, false, QStringLiteral("big.csv"), {});
        QCOMPARE(r.result.kind, ErrorKind::Rule);
        QCOMPARE(r.refusedCount(), 1);
        QCOMPARE(r.outcomes[1200].state, BulkOutcome::State::Refused);
        QVERIFY2(r.outcomes[1200].message.contains(ids[10]), qPrintable(r.outcomes[1200].message));
        QCOMPARE(countStatus(OrderStatus::New), 1500);
        QCOMPARE(auditCount(), 0);
    }

    void autoDecideWorksThroughABacklogInSlices()
    {
        const QDateTime now = t->clock.nowUtc();
        QList<Order> orders;
        for (int i = 0; i < BulkRun::kStageSize + 5; ++i) {
            Order o = seed(QStringLiteral("D%1").arg(i, 5, 10, QLatin1Char('0')), OrderStatus::Delivered);
            o.deliveredAt = now.addDays(-10);
            orders.append(o);
        }
        QVERIFY(insertOrders(t->db(), orders));
        const BulkReport r = OrderService(t->workspace(), op).autoDecide();
        QVERIFY2(r.ok(), qPrintable(r.result.message));
        QCOMPARE(r.writtenKeys().size(), BulkRun::kStageSize + 5);
        QCOMPARE(
            scalar(t->db(), QStringLiteral("SELECT COUNT(*) FROM orders WHERE status = 'DECIDED'")).toInt(),
            BulkRun::kStageSize + 5);
        QCOMPARE(auditCount(QStringLiteral("orders.decide")), 2); // one per transaction
    }

    void dryRunWritesNothing()
    {
        const Order a = insertSeed(QStringLiteral("A"), OrderStatus::New);
        OrderService service(t->workspace(), op);
        const BulkReport confirm = service.confirm({QStringLiteral("A")}, true);
        QVERIFY2(confirm.ok(), qPrintable(confirm.result.message));
        QCOMPARE(confirm.outcomes.first().stateCode, statusCode(OrderStatus::Confirmed)); // what would happen
        QVERIFY(confirm.writtenKeys().isEmpty());
        const BulkReport dispatch = service.dispatch(
            {{QStringLiteral("A"), QStringLiteral("CJGLS"), QStringLiteral("555566667777")}}, true);
        QVERIFY2(dispatch.ok(), qPrintable(dispatch.result.message));
        QCOMPARE(dispatch.outcomes.first().stateCode, statusCode(OrderStatus::Shipping));

        const Order after = stored(QStringLiteral("A"));
        QCOMPARE(after.status, OrderStatus::New);
        QVERIFY(after.trackingNo.isEmpty());
        QCOMPARE(after.updatedAt, a.updatedAt);
        QCOMPARE(eventCount(after), 0);
        QCOMPARE(auditCount(), 0);
        QVERIFY(OrderRepository(t->db())
                    .trackingNumberUsedElsewhere(QStringLiteral("555566667777"), QStringLiteral("other"))
                    .isEmpty());

        // A dry run reports refusals the same way.
        const BulkReport refused = service.deliver({QStringLiteral("A")}, true);
        QCOMPARE(refused.result.kind, ErrorKind::Rule);
    }

    void financeMayNotProcess_data()
    {
        QTest::addColumn<OrderAction>("action");
        for (OrderAction a : kActions)
            QTest::newRow(qPrintable(actionCode(a))) << a;
    }

    void financeMayNotProcess()
    {
        QFETCH(OrderAction, action);
        // A status from which the action is allowed, so only the role can stop it.
        OrderStatus from = OrderStatus::New;
        for (const Transition &row : orderTransitions()) {
            if (row.action == action) {
                from = row.from;
                break;
            }
        }
        const Order before = insertSeed(QStringLiteral("P1"), from);
        OrderService service(t->workspace(), finance);
        const BulkReport r = perform(service, action, QStringLiteral("P1"));
        QCOMPARE(r.result.kind, ErrorKind::Permission);
        QVERIFY(!r.result.message.isEmpty());
        const Order after = stored(QStringLiteral("P1"));
        QCOMPARE(after.status, before.status);
        QCOMPARE(after.updatedAt, before.updatedAt);
        QCOMPARE(eventCount(after), 0);
        QCOMPARE(auditCount(), 0);

        // The same call by an operator goes through.
        OrderService allowed(t->workspace(), op);
        QVERIFY(perform(allowed, action, QStringLiteral("P1")).ok());
    }

    void dispatchOfNewOrderConfirmsFirst()
    {
        insertSeed(QStringLiteral("A"), OrderStatus::New);
        OrderService service(t->workspace(), op);
        // Korean courier name and a pasted number with hyphens and spaces.
        const BulkReport r = service.dispatch(
            {{QStringLiteral("A"), QStringLiteral("CJ대한통운"), QStringLiteral(" 5555-6666-7777 ")}});
        QVERIFY2(r.ok(), qPrintable(r.result.message));
        const Order after = stored(QStringLiteral("A"));
        QCOMPARE(after.status, OrderStatus::Shipping);
        QCOMPARE(after.courierCode, QStringLiteral("CJGLS"));
        QCOMPARE(after.trackingNo, QStringLiteral("555566667777"));
        QCOMPARE(after.confirmedAt, t->clock.nowUtc());
        QCOMPARE(after.shippedAt, t->clock.nowUtc());
        const QList<OrderEvent> history = OrderService(t->workspace(), op).history(QStringLiteral("A"));
        QCOMPARE(history.size(), 2);
        QCOMPARE(history[0].action, QStringLiteral("confirm"));
        QCOMPARE(history[0].toStatus, QStringLiteral("CONFIRMED"));
        QCOMPARE(history[1].action, QStringLiteral("dispatch"));
        QCOMPARE(history[1].fromStatus, QStringLiteral("CONFIRMED"));
        QCOMPARE(history[1].toStatus, QStringLiteral("SHIPPING"));
        QVERIFY2(history[1].detail.contains(QStringLiteral("555566667777")), qPrintable(history[1].detail));
        QCOMPARE(auditCount(QStringLiteral("orders.dispatch")), 1);
        QCOMPARE(auditCount(), 1); // one row per call, not per step
        // The search box finds the order by its new tracking number.
        QCOMPARE(scalar(t->db(),
                        QStringLiteral("SELECT COUNT(*) FROM order_search WHERE order_search MATCH ?"),
                        {orderSearchMatch(QStringLiteral("555566667777"))})
                     .toInt(),
                 1);
    }

    // Until the marketplace reports again, the raw status is the channel's code for the new status.
    void localActionSetsChannelStatus()
    {
        Order kakao = seed(QStringLiteral("K"), OrderStatus::New);
        kakao.channel = Channel::KakaoStore;
        kakao.rawStatus = QStringLiteral("PayComplete");
        QString error;
        QVERIFY2(insertOrder(t->db(), kakao, &error), qPrintable(error));
        insertSeed(QStringLiteral("N"), OrderStatus::New);
        OrderService service(t->workspace(), op);
        QVERIFY(service.confirm({QStringLiteral("K"), QStringLiteral("N")}).ok());
        QCOMPARE(stored(QStringLiteral("K")).rawStatus, QStringLiteral("ShippingWaiting"));
        QCOMPARE(stored(QStringLiteral("N")).rawStatus, QStringLiteral("PAYED")); // Naver keeps PAYED
        QVERIFY(
            service
                .dispatch({{QStringLiteral("K"), QStringLiteral("CJGLS"), QStringLiteral("555566667777")},
                           {QStringLiteral("N"), QStringLiteral("HANJIN"), QStringLiteral("987654321098")}})
                .ok());
        QCOMPARE(stored(QStringLiteral("K")).rawStatus, QStringLiteral("ShippingProgress"));
        QCOMPARE(stored(QStringLiteral("N")).rawStatus, QStringLiteral("DELIVERING"));
    }

    // Importing the same upload file twice changes nothing the second time.
    void dispatchFromFileTwiceChangesNothing()
    {
        insertSeed(QStringLiteral("A"), OrderStatus::New);
        insertSeed(QStringLiteral("B"), OrderStatus::Confirmed);
        OrderService service(t->workspace(), op);
        const QList<DispatchRequest> file{
            {QStringLiteral("A"), QStringLiteral("CJ대한통운"), QStringLiteral("5555-6666-7777")},
            {QStringLiteral("B"), QStringLiteral("HANJIN"), QStringLiteral("987654321098")}};
        const BulkReport first = service.dispatchFromFile(file);
        QVERIFY2(first.ok(), qPrintable(first.result.message));
        QCOMPARE(stored(QStringLiteral("A")).status, OrderStatus::Shipping);
        QCOMPARE(stored(QStringLiteral("B")).trackingNo, QStringLiteral("987654321098"));
        const int events = eventCount(stored(QStringLiteral("A"))) + eventCount(stored(QStringLiteral("B")));
        const QDateTime updated = stored(QStringLiteral("A")).updatedAt;
        QCOMPARE(auditCount(), 1);

        t->clock.advanceSecs(3600);
        const BulkReport again = service.dispatchFromFile(file);
        QVERIFY2(again.ok(), qPrintable(again.result.message));
        QCOMPARE(again.outcomes.size(), 2);
        QCOMPARE(again.unchangedCount(), 2);
        QVERIFY(again.outcomes[0].ok() && again.outcomes[1].ok());
        QCOMPARE(eventCount(stored(QStringLiteral("A"))) + eventCount(stored(QStringLiteral("B"))), events);
        QCOMPARE(stored(QStringLiteral("A")).updatedAt, updated);
        QCOMPARE(auditCount(), 1); // no audit row for a call that wrote nothing

        // A different number for a shipped order is refused (that is 송장 수정), and nothing is written.
        insertSeed(QStringLiteral("C"), OrderStatus::New);
        const BulkReport changed = service.dispatchFromFile(
            {{QStringLiteral("A"), QStringLiteral("CJGLS"), QStringLiteral("111122223333")},
             {QStringLiteral("C"), QStringLiteral("CJGLS"), QStringLiteral("444455556666")}});
        QVERIFY(!changed.ok());
        QVERIFY(!changed.outcomes[0].ok());
        QCOMPARE(stored(QStringLiteral("A")).trackingNo, QStringLiteral("555566667777"));
        QCOMPARE(stored(QStringLiteral("C")).status, OrderStatus::New);
    }

    void trackingShapeIsChecked_data()
    {
        QTest::addColumn<QString>("courier");
        QTest::addColumn<QString>("tracking");
        QTest::addColumn<ErrorKind>("kind");
        QTest::newRow("CJ 12 digits")
            << QStringLiteral("CJGLS") << QStringLiteral("555566667777") << ErrorKind::None;
        QTest::newRow("CJ 10 digits")
            << QStringLiteral("cjgls") << QStringLiteral("5555666677") << ErrorKind::None;
        QTest::newRow("CJ 11 digits")
            << QStringLiteral("CJGLS") << QStringLiteral("55556666777") << ErrorKind::BadInput;
        QTest::newRow("CJ too short")
            << QStringLiteral("CJGLS") << QStringLiteral("12345") << ErrorKind::BadInput;
        QTest::newRow("CJ letter") << QStringLiteral("CJGLS") << QStringLiteral("55556666777A")
                                   << ErrorKind::BadInput;
        QTest::newRow("post office 13")
            << QStringLiteral("EPOST") << QStringLiteral("6123456789012") << ErrorKind::None;
        QTest::newRow("post office 12")
            << QStringLiteral("우체국택배") << QStringLiteral("612345678901") << ErrorKind::BadInput;
        QTest::newRow("Logen 11") << QStringLiteral("KGB") << QStringLiteral("12345678901")
                                  << ErrorKind::None;
        QTest::newRow("other courier letters")
            << QStringLiteral("CH1") << QStringLiteral("AB12345678") << ErrorKind::None;
        QTest::newRow("unknown courier")
            << QStringLiteral("FEDEX-KR") << QStringLiteral("555566667777") << ErrorKind::BadInput;
        QTest::newRow("no courier") << QString() << QStringLiteral("555566667777") << ErrorKind::BadInput;
        QTest::newRow("no number") << QStringLiteral("CJGLS") << QStringLiteral(" - ") << ErrorKind::BadInput;
    }

    void trackingShapeIsChecked()
    {
        QFETCH(QString, courier);
        QFETCH(QString, tracking);
        QFETCH(ErrorKind, kind);
        const Order before = insertSeed(QStringLiteral("A"), OrderStatus::Confirmed);
        const BulkReport r =
            OrderService(t->workspace(), op).dispatch({{QStringLiteral("A"), courier, tracking}});
        QCOMPARE(r.result.kind, kind);
        const Order after = stored(QStringLiteral("A"));
        if (kind == ErrorKind::None) {
            QCOMPARE(after.status, OrderStatus::Shipping);
            QCOMPARE(after.trackingNo, normalizeTrackingNumber(tracking));
        } else {
            QVERIFY(!r.result.message.isEmpty());
            QCOMPARE(r.outcomes.first().kind, kind);
            QCOMPARE(after.status, OrderStatus::Confirmed);
            QVERIFY(after.trackingNo.isEmpty());
            QCOMPARE(eventCount(after), 0);
            QCOMPARE(auditCount(), 0);
        }
    }

    void trackingNumberUsedOnAnotherOrderIsRefused()
    {
        const Order shipped =
            insertSeed(QStringLiteral("A1"), OrderStatus::Shipping, QStringLiteral("ORDER-A"));
        insertSeed(QStringLiteral("A2"), OrderStatus::Confirmed, QStringLiteral("ORDER-A"));
        insertSeed(QStringLiteral("B1"), OrderStatus::Confirmed, QStringLiteral("ORDER-B"));
        OrderService service(t->workspace(), op);

        // Another 주문번호: refused, naming the order that has it.
        const BulkReport other =
            service.dispatch({{QStringLiteral("B1"), QStringLiteral("CJGLS"), shipped.trackingNo}});
        QCOMPARE(other.result.kind, ErrorKind::Rule);
        QVERIFY2(other.result.message.contains(QStringLiteral("A1")), qPrintable(other.result.message));
        QCOMPARE(stored(QStringLiteral("B1")).status, OrderStatus::Confirmed);

        // Same 주문번호 (shipped in one box): allowed.
        const BulkReport same =
            service.dispatch({{QStringLiteral("A2"), QStringLiteral("CJGLS"), shipped.trackingNo}});
        QVERIFY2(same.ok(), qPrintable(same.result.message));
        QCOMPARE(stored(QStringLiteral("A2")).trackingNo, shipped.trackingNo);

        // Fixing to a number used on another 주문번호 is refused too.
        const BulkReport fix = service.fixTracking({
            {QStringLiteral("A1"), QStringLiteral("CJGLS"), QStringLiteral("111122223333")},
        });
        QVERIFY(fix.ok());
        insertSeed(QStringLiteral("C1"), OrderStatus::Shipping, QStringLiteral("ORDER-C"));
        const BulkReport steal = service.fixTracking(
            {{QStringLiteral("C1"), QStringLiteral("CJGLS"), QStringLiteral("1111-2222-3333")}});
        QCOMPARE(steal.result.kind, ErrorKind::Rule);

        // Two orders of different 주문번호 given the same new number in one bulk call: the second is
        // refused, so neither is written.
        insertSeed(QStringLiteral("D1"), OrderStatus::Confirmed, QStringLiteral("ORDER-D"));
        const BulkReport both = service.dispatch(
            {{QStringLiteral("B1"), QStringLiteral("CJGLS"), QStringLiteral("999988887777")},
             {QStringLiteral("D1"), QStringLiteral("CJGLS"), QStringLiteral("999988887777")}});
        QCOMPARE(both.result.kind, ErrorKind::Rule);
        QVERIFY(both.outcomes[0].ok());
        QCOMPARE(both.outcomes[1].kind, ErrorKind::Rule);
        QVERIFY(stored(QStringLiteral("B1")).trackingNo.isEmpty());
        QVERIFY(stored(QStringLiteral("D1")).trackingNo.isEmpty());
    }

    void fixTrackingKeepsOldValueInHistory()
    {
        const Order a = insertSeed(QStringLiteral("A"), OrderStatus::Shipping);
        OrderService service(t->workspace(), op);
        t->clock.advanceSecs(600);
        const BulkReport r = service.fixTracking(
            {{QStringLiteral("A"), QStringLiteral("한진택배"), QStringLiteral("9876-5432-1098")}});
        QVERIFY2(r.ok(), qPrintable(r.result.message));
        const Order after = stored(QStringLiteral("A"));
        QCOMPARE(after.status, OrderStatus::Shipping);
        QCOMPARE(after.courierCode, QStringLiteral("HANJIN"));
        QCOMPARE(after.trackingNo, QStringLiteral("987654321098"));
        QCOMPARE(after.shippedAt, a.shippedAt);

        const QList<OrderEvent> history = service.history(QStringLiteral("A"));
        QCOMPARE(history.size(), 1);
        QCOMPARE(history[0].action, QStringLiteral("fix-tracking"));
        QVERIFY2(history[0].detail.contains(QStringLiteral("CJ대한통운 ") + a.trackingNo),
                 qPrintable(history[0].detail));
        QVERIFY2(history[0].detail.contains(QStringLiteral("한진택배 987654321098")),
                 qPrintable(history[0].detail));
        QVERIFY(history[0].detail.indexOf(a.trackingNo) <
                history[0].detail.indexOf(QStringLiteral("987654321098")));
        QCOMPARE(auditCount(QStringLiteral("orders.fix-tracking")), 1);

        // The old number is free again and the search follows the new one.
        QCOMPARE(scalar(t->db(),
                        QStringLiteral("SELECT COUNT(*) FROM order_search WHERE order_search MATCH ?"),
                        {orderSearchMatch(a.trackingNo)})
                     .toInt(),
                 0);
        QVERIFY(OrderRepository(t->db())
                    .trackingNumberUsedElsewhere(a.trackingNo, QStringLiteral("x"))
                    .isEmpty());

        // Fixing to the same courier and number changes nothing and says so.
        const BulkReport unchanged = service.fixTracking(
            {{QStringLiteral("A"), QStringLiteral("HANJIN"), QStringLiteral("987654321098")}});
        QCOMPARE(unchanged.result.kind, ErrorKind::Rule);
        QCOMPARE(eventCount(after), 1);
    }

    void delayNotice_data()
    {
        QTest::addColumn<QDate>("newDue");
        QTest::addColumn<DelayReason>("reason");
        QTest::addColumn<QString>("detail");
        QTest::addColumn<ErrorKind>("kind");
        // The seeded order is due 2024-05-15; today is 2024-05-13 in Seoul.
        QTest::newRow("earlier than due")
            << QDate(2024, 5, 14) << DelayReason::ProductPrepare << QStringLiteral("입고 지연") << ErrorKind::Rule;
        QTest::newRow("same as due") << QDate(2024, 5, 15) << DelayReason::ProductPrepare << QStringLiteral("입고 지연")
                                     << ErrorKind::Rule;
        QTest::newRow("in the past") << QDate(2024, 5, 1) << DelayReason::CustomerRequest << QStringLiteral("입고 지연")
                                     << ErrorKind::Rule;
        QTest::newRow("no date") << QDate() << DelayReason::ProductPrepare << QStringLiteral("입고 지연")
                                 << ErrorKind::BadInput;
        QTest::newRow("no detail, any reason") << QDate(2024, 5, 20) << DelayReason::ProductPrepare
                                               << QString() << ErrorKind::BadInput;
        QTest::newRow("ETC without detail")
            << QDate(2024, 5, 20) << DelayReason::Etc << QStringLiteral("  ") << ErrorKind::BadInput;
        QTest::newRow("ETC with detail") << QDate(2024, 5, 20) << DelayReason::Etc
                                         << QStringLiteral(" 해외 입고 지연 ") << ErrorKind::None;
        QTest::newRow("a day later") << QDate(2024, 5, 16) << DelayReason::CustomBuild << QStringLiteral("입고 지연")
                                     << ErrorKind::None;
        // At most delay.max_days (90) from today.
        QTest::newRow("90 days ahead")
            << QDate(2024, 8, 11) << DelayReason::CustomBuild << QStringLiteral("입고 지연") << ErrorKind::None;
        QTest::newRow("91 days ahead")
            << QDate(2024, 8, 12) << DelayReason::CustomBuild << QStringLiteral("입고 지연") << ErrorKind::Rule;
        QTest::newRow("9999-12-31") << QDate(9999, 12, 31) << DelayReason::CustomBuild << QStringLiteral("입고 지연")
                                    << ErrorKind::Rule;
        QTest::newRow("detail of 201 characters") << QDate(2024, 5, 20) << DelayReason::Etc
                                                  << QString(201, QLatin1Char('x')) << ErrorKind::BadInput;
        QTest::newRow("detail with an escape") << QDate(2024, 5, 20) << DelayReason::Etc
                                               << QStringLiteral("\x1b[31m지연") << ErrorKind::BadInput;
    }

    // The status is what refuses a closed order, before any missing input.
    void delayOfAClosedOrderIsRefusedForItsStatus()
    {
        Order o = seed(QStringLiteral("D"), OrderStatus::Decided);
        QVERIFY(insertOrder(t->db(), o));
        const BulkReport r = OrderService(t->workspace(), op)
                                 .delay({QStringLiteral("D")}, QDate(), DelayReason::Etc, QString());
        QCOMPARE(r.result.kind, ErrorKind::Rule);
        QVERIFY2(!r.result.message.contains(QLatin1String("Describe")), qPrintable(r.result.message));
    }

    // A clock set before the payment cannot write a history that could not have happened.
    void noActionBeforeThePayment()
    {
        Order o = seed(QStringLiteral("P"), OrderStatus::New);
        o.paidAt = defaultNow().addSecs(3600); // paid an hour "after now"
        QVERIFY(insertOrder(t->db(), o));
        const BulkReport r = OrderService(t->workspace(), op).confirm({QStringLiteral("P")});
        QCOMPARE(r.result.kind, ErrorKind::Rule);
        QCOMPARE(stored(QStringLiteral("P")).status, OrderStatus::New);
        QCOMPARE(auditCount(), 0);
        t->clock.advanceSecs(2 * 3600);
        QVERIFY(OrderService(t->workspace(), op).confirm({QStringLiteral("P")}).ok());
    }

    void delayNotice()
    {
        QFETCH(QDate, newDue);
        QFETCH(DelayReason, reason);
        QFETCH(QString, detail);
        QFETCH(ErrorKind, kind);
        Order o = seed(QStringLiteral("A"), OrderStatus::Confirmed);
        o.dispatchDue = QDate(2024, 5, 15);
        QVERIFY(insertOrder(t->db(), o));
        const BulkReport r =
            OrderService(t->workspace(), op).delay({QStringLiteral("A")}, newDue, reason, detail);
        QCOMPARE(r.result.kind, kind);
        const Order after = stored(QStringLiteral("A"));
        QCOMPARE(after.status, OrderStatus::Confirmed); // a delay notice never changes the status
        if (kind != ErrorKind::None) {
            QVERIFY(!r.result.message.isEmpty());
            QCOMPARE(after.dispatchDue, QDate(2024, 5, 15));
            QVERIFY(after.delayReason.isEmpty());
            QCOMPARE(eventCount(after), 0);
            QCOMPARE(auditCount(), 0);
            return;
        }
        QCOMPARE(after.dispatchDue, newDue);
        QCOMPARE(after.delayReason, delayReasonCode(reason));
        QCOMPARE(after.delayDetail, detail.trimmed());
        const QList<OrderEvent> history = OrderRepository(t->db()).events(after.id);
        QCOMPARE(history.size(), 1);
        QCOMPARE(history[0].action, QStringLiteral("delay"));
        QVERIFY2(history[0].detail.contains(QStringLiteral("2024-05-15")) &&
                     history[0].detail.contains(newDue.toString(Qt::ISODate)),
                 qPrintable(history[0].detail));
        QCOMPARE(auditCount(QStringLiteral("orders.delay")), 1);
    }

    void autoDecideAfterEightDays()
    {
        Order naver = seed(QStringLiteral("N1"), OrderStatus::Delivered);
        naver.deliveredAt = t->clock.nowUtc();
        Order kakao = seed(QStringLiteral("K1"), OrderStatus::Delivered);
        kakao.channel = Channel::KakaoStore;
        kakao.deliveredAt = t->clock.nowUtc();
        Order shipping = seed(QStringLiteral("S1"), OrderStatus::Shipping);
        QList<Order> orders{naver, kakao, shipping};
        QVERIFY(insertOrders(t->db(), orders));
        const QDateTime delivered = t->clock.nowUtc();
        QCOMPARE(t->workspace().settings().autoDecideDays(Channel::NaverSmartstore), 8);

        OrderService service(t->workspace(), op);
        t->clock.set(delivered.addDays(8).addSecs(-1));
        const BulkReport early = service.autoDecide();
        QVERIFY(early.ok());
        QVERIFY(early.outcomes.isEmpty());
        QCOMPARE(stored(QStringLiteral("N1")).status, OrderStatus::Delivered);
        QCOMPARE(auditCount(), 0);

        t->clock.set(delivered.addDays(8));
        const BulkReport due = service.autoDecide();
        QVERIFY2(due.ok(), qPrintable(due.result.message));
        QCOMPARE(due.writtenKeys().size(), 2);
        QVERIFY(due.writtenKeys().contains(QStringLiteral("N1")));
        QVERIFY(due.writtenKeys().contains(QStringLiteral("K1")));
        const Order decided = stored(QStringLiteral("N1"));
        QCOMPARE(decided.status, OrderStatus::Decided);
        QCOMPARE(decided.decidedAt, t->clock.nowUtc());
        QCOMPARE(stored(QStringLiteral("S1")).status, OrderStatus::Shipping);
        const QList<OrderEvent> history = service.history(QStringLiteral("N1"));
        QCOMPARE(history.size(), 1);
        QCOMPARE(history[0].action, QStringLiteral("auto-decide"));
        QCOMPARE(history[0].userName, QString()); // the system, not the user who happened to be logged in
        QCOMPARE(auditCount(QStringLiteral("orders.decide")), 1);
        QVERIFY(scalar(t->db(), QStringLiteral("SELECT user_id FROM audit_log")).isNull());

        // Running it again finds nothing left to do.
        QVERIFY(service.autoDecide().outcomes.isEmpty());
        QCOMPARE(auditCount(), 1);
    }

    // Naver takes one 발송지연 안내 per order: a second one is refused with that reason and writes nothing.
    void secondDelayNoticeOnNaverIsRefused()
    {
        Order o = seed(QStringLiteral("A"), OrderStatus::Confirmed);
        o.dispatchDue = QDate(2024, 5, 15);
        QVERIFY(insertOrder(t->db(), o));
        OrderService service(t->workspace(), op);
        QCOMPARE(service.delayNoticeLimit(Channel::NaverSmartstore), 1);
        QVERIFY(service.delay({QStringLiteral("A")}, QDate(2024, 5, 20), DelayReason::ProductPrepare,
                              QStringLiteral("입고 지연"))
                    .ok());
        const Order first = stored(QStringLiteral("A"));
        const int events = eventCount(first);
        const int audits = auditCount();
        const BulkReport second = service.delay({QStringLiteral("A")}, QDate(2024, 5, 24),
                                                DelayReason::CustomerRequest, QStringLiteral("고객 요청"));
        QCOMPARE(second.result.kind, ErrorKind::Rule);
        QCOMPARE(second.outcomes.size(), 1);
        QCOMPARE(second.outcomes.first().message, delayNoticeRefusal(Channel::NaverSmartstore, 1));
        const Order after = stored(QStringLiteral("A"));
        QCOMPARE(after.dispatchDue, QDate(2024, 5, 20));
        QCOMPARE(after.delayReason, QStringLiteral("PRODUCT_PREPARE"));
        QCOMPARE(after.delayDetail, QStringLiteral("입고 지연"));
        QCOMPARE(after.updatedAt, first.updatedAt);
        QCOMPARE(eventCount(after), events);
        QCOMPARE(auditCount(), audits);
        // A dry run says the same.
        QCOMPARE(service
                     .delay({QStringLiteral("A")}, QDate(2024, 5, 24), DelayReason::CustomerRequest,
                            QStringLiteral("고객 요청"), true)
                     .result.kind,
                 ErrorKind::Rule);

        // A delay the marketplace reported (the order file's reason, no notice of ours) counts too.
        Order reported = seed(QStringLiteral("R"), OrderStatus::Confirmed);
        reported.dispatchDue = QDate(2024, 5, 15);
        reported.delayReason = QStringLiteral("CUSTOM_BUILD");
        QVERIFY(insertOrder(t->db(), reported));
        QCOMPARE(service
                     .delay({QStringLiteral("R")}, QDate(2024, 5, 24), DelayReason::CustomerRequest,
                            QStringLiteral("고객 요청"))
                     .result.kind,
                 ErrorKind::Rule);
    }

    // Where the marketplace's limit is not documented (Kakao) it is a setting: 1 by default, 0 = none.
    void delayNoticeLimitOnKakaoIsASetting()
    {
        Order o = seed(QStringLiteral("K"), OrderStatus::Confirmed);
        o.channel = Channel::KakaoStore;
        o.dispatchDue = QDate(2024, 5, 15);
        QVERIFY(insertOrder(t->db(), o));
        OrderService service(t->workspace(), op);
        QVERIFY(service.delay({QStringLiteral("K")}, QDate(2024, 5, 20), DelayReason::ProductPrepare,
                              QStringLiteral("입고 지연"))
                    .ok());
        QCOMPARE(service
                     .delay({QStringLiteral("K")}, QDate(2024, 5, 22), DelayReason::ProductPrepare,
                            QStringLiteral("입고 더 지연"))
                     .result.kind,
                 ErrorKind::Rule);
        QVERIFY(t->workspace()
                    .settings()
                    .set(master, Settings::Key::DelayNoticesKakao, QStringLiteral("2"), t->clock.nowUtc())
                    .ok());
        QCOMPARE(service.delayNoticeLimit(Channel::KakaoStore), 2);
        QCOMPARE(service.delayNoticeLimit(Channel::NaverSmartstore), 1); // a rule, not a setting
        QVERIFY(service.delay({QStringLiteral("K")}, QDate(2024, 5, 22), DelayReason::ProductPrepare,
                              QStringLiteral("입고 더 지연"))
                    .ok());
        QCOMPARE(service
                     .delay({QStringLiteral("K")}, QDate(2024, 5, 24), DelayReason::ProductPrepare,
                            QStringLiteral("세 번째"))
                     .result.kind,
                 ErrorKind::Rule);
    }

    // 구매확정 by the seller is a correction for an order the marketplace already decided: its own
    // action in the history and the audit log, from a shipped or delivered order only.
    void purchaseDecisionCorrection()
    {
        insertSeed(QStringLiteral("S"), OrderStatus::Shipping);
        insertSeed(QStringLiteral("D"), OrderStatus::Delivered);
        insertSeed(QStringLiteral("C"), OrderStatus::Confirmed);
        OrderService service(t->workspace(), op);
        const BulkReport refused = service.correctDecision({QStringLiteral("C")});
        QCOMPARE(refused.result.kind, ErrorKind::Rule);
        QCOMPARE(stored(QStringLiteral("C")).status, OrderStatus::Confirmed);

        const BulkReport r = service.correctDecision({QStringLiteral("S"), QStringLiteral("D")});
        QVERIFY2(r.ok(), qPrintable(r.result.message));
        for (const QString &id : {QStringLiteral("S"), QStringLiteral("D")}) {
            const Order after = stored(id);
            QCOMPARE(after.status, OrderStatus::Decided);
            QCOMPARE(after.decidedAt, t->clock.nowUtc());
            QCOMPARE(after.rawStatus, channelStatusCode(after.channel, OrderStatus::Decided));
            const QList<OrderEvent> history = service.history(id);
            QCOMPARE(history.size(), 1);
            QCOMPARE(history[0].action, QStringLiteral("correct-decision"));
            QCOMPARE(history[0].toStatus, QStringLiteral("DECIDED"));
            QCOMPARE(history[0].userName, QStringLiteral("op 님"));
            QVERIFY(!history[0].detail.isEmpty());
        }
        QCOMPARE(auditCount(QStringLiteral("orders.correct-decision")), 1);
        QCOMPARE(auditCount(QStringLiteral("orders.decide")), 0); // not the automatic decision
        // Already decided: refused, nothing more written.
        QCOMPARE(service.correctDecision({QStringLiteral("D")}).result.kind, ErrorKind::Rule);
        QCOMPARE(auditCount(QStringLiteral("orders.correct-decision")), 1);
    }

    void autoDecideDaysPerChannel()
    {
        // Only the master may change settings.
        Settings &settings = t->workspace().settings();
        const QDateTime now = t->clock.nowUtc();
        QCOMPARE(settings.set(op, Settings::Key::AutoDecideDaysKakao, QStringLiteral("3"), now).kind,
                 ErrorKind::Permission);
        QCOMPARE(settings.autoDecideDays(Channel::KakaoStore), 8);
        const Result set = settings.set(master, Settings::Key::AutoDecideDaysKakao, QStringLiteral("3"), now);
        QVERIFY2(set.ok(), qPrintable(set.message));
        QCOMPARE(settings.autoDecideDays(Channel::KakaoStore), 3);
        QCOMPARE(auditCount(QStringLiteral("setting.change")), 1);

        Order naver = seed(QStringLiteral("N1"), OrderStatus::Delivered);
        naver.deliveredAt = now;
        Order kakao = seed(QStringLiteral("K1"), OrderStatus::Delivered);
        kakao.channel = Channel::KakaoStore;
        kakao.deliveredAt = now;
        QList<Order> orders{naver, kakao};
        QVERIFY(insertOrders(t->db(), orders));

        OrderService service(t->workspace(), op);
        t->clock.set(now.addDays(3).addSecs(-1));
        QVERIFY(service.autoDecide().outcomes.isEmpty());
        t->clock.set(now.addDays(3));
        const BulkReport r = service.autoDecide();
        QVERIFY2(r.ok(), qPrintable(r.result.message));
        QCOMPARE(r.writtenKeys(), QStringList{QStringLiteral("K1")});
        QCOMPARE(stored(QStringLiteral("K1")).status, OrderStatus::Decided);
        QCOMPARE(stored(QStringLiteral("N1")).status, OrderStatus::Delivered);

        // The setting is stored, so a reopened workspace keeps it.
        const QString path = t->dbPath();
        t->ws.reset();
        QString error;
        t->ws = keepMessage(&error, [&](sd::Result *r) { return Workspace::open(path, t->clock, false, r); });
        QVERIFY2(t->ws, qPrintable(error));
        QCOMPARE(t->workspace().settings().autoDecideDays(Channel::KakaoStore), 3);
        QCOMPARE(t->workspace().settings().autoDecideDays(Channel::NaverSmartstore), 8);
    }

    void findMasksPersonalDataForFinance()
    {
        const Order a = insertSeed(QStringLiteral("A"), OrderStatus::New);
        Order seen;
        const Result asOperator = OrderService(t->workspace(), op).find(QStringLiteral("A"), &seen);
        QVERIFY2(asOperator.ok(), qPrintable(asOperator.message));
        QCOMPARE(seen.contact.buyerName, a.contact.buyerName);
        QCOMPARE(seen.contact.buyerPhone, a.contact.buyerPhone);
        QCOMPARE(seen.contact.address, a.contact.address);

        Order masked;
        const Result asFinance = OrderService(t->workspace(), finance).find(QStringLiteral(" A "), &masked);
        QVERIFY2(asFinance.ok(), qPrintable(asFinance.message));
        QCOMPARE(masked.productOrderNo, QStringLiteral("A"));
        QCOMPARE(masked.totalAmount, a.totalAmount); // order data itself is visible
        QCOMPARE(masked.contact.buyerName, maskName(a.contact.buyerName));
        QCOMPARE(masked.contact.buyerName, QStringLiteral("김*수"));
        QCOMPARE(masked.contact.buyerPhone, QStringLiteral("010-****-5678"));
        QCOMPARE(masked.contact.recipientName, maskName(a.contact.recipientName));
        QCOMPARE(masked.contact.recipientPhone1, maskPhone(a.contact.recipientPhone1));
        QCOMPARE(masked.contact.address, maskAddress(a.contact.address));
        QVERIFY(!masked.contact.address.contains(QStringLiteral("123")));
        QVERIFY(masked.contact.addressDetail != a.contact.addressDetail);
        for (const QString &field :
             {masked.contact.buyerName, masked.contact.buyerPhone, masked.contact.recipientName,
              masked.contact.recipientPhone1, masked.contact.address})
            QVERIFY(!field.isEmpty());

        // Masking is for the screen only: the stored data is unchanged.
        QCOMPARE(stored(QStringLiteral("A")).contact.buyerName, a.contact.buyerName);

        Order none;
        QCOMPARE(OrderService(t->workspace(), op).find(QStringLiteral("missing"), &none).kind,
                 ErrorKind::BadInput);
    }

    void auditRowPerCall()
    {
        insertSeed(QStringLiteral("A"), OrderStatus::New);
        insertSeed(QStringLiteral("B"), OrderStatus::New);
        OrderService service(t->workspace(), op);
        const QStringList ids{QStringLiteral("A"), QStringLiteral("B")};
        QVERIFY(service.confirm(ids).ok());
        QVERIFY(
            service
                .dispatch({{QStringLiteral("A"), QStringLiteral("CJGLS"), QStringLiteral("100000000001")},
                           {QStringLiteral("B"), QStringLiteral("CJGLS"), QStringLiteral("100000000002")}})
                .ok());
        QVERIFY(service.deliver(ids).ok());
        QVERIFY(service.correctDecision({QStringLiteral("A")}).ok());
        QStringList actions;
        QSqlQuery q(t->db());
        QVERIFY(
            q.exec(QStringLiteral("SELECT action, entity_id, detail, user_id FROM audit_log ORDER BY id")));
        QStringList details;
        while (q.next()) {
            actions << q.value(0).toString();
            details << q.value(2).toString();
            QCOMPARE(q.value(3).toLongLong(), op.userId);
        }
        QCOMPARE(actions, (QStringList{QStringLiteral("orders.confirm"), QStringLiteral("orders.dispatch"),
                                       QStringLiteral("orders.deliver"),
                                       QStringLiteral("orders.correct-decision")}));
        QCOMPARE(details, (QStringList{QStringLiteral("A,B"), QStringLiteral("A,B"), QStringLiteral("A,B"),
                                       QStringLiteral("A")}));
        QCOMPARE(
            scalar(t->db(),
                   QStringLiteral("SELECT entity_id FROM audit_log WHERE action = 'orders.correct-decision'"))
                .toString(),
            QStringLiteral("A"));
        QCOMPARE(countRows(t->db(), QStringLiteral("order_events")), 2 + 2 + 2 + 1);
    }

    // The audit row of an order action says what changed, before → after: the status, and the courier
    // and number or the due date when they changed; for many orders the count per status and the
    // first few values. Never a buyer's data or the delay's free text.
    void auditRowsSayBeforeAndAfter()
    {
        const auto lastChange = [&](const QString &action) {
            QSqlQuery q(t->db());
            q.prepare(QStringLiteral(
                "SELECT \"before\", \"after\" FROM audit_log WHERE action = ? ORDER BY id DESC LIMIT 1"));
            q.addBindValue(action);
            return q.exec() && q.next() ? QStringList{q.value(0).toString(), q.value(1).toString()} : QStringList();
        };
        const Order a = insertSeed(QStringLiteral("A"), OrderStatus::New);
        insertSeed(QStringLiteral("B"), OrderStatus::New);
        insertSeed(QStringLiteral("C"), OrderStatus::Confirmed);
        OrderService service(t->workspace(), op);
        QVERIFY(service.confirm({QStringLiteral("A"), QStringLiteral("B")}).ok());
        QCOMPARE(lastChange(QStringLiteral("orders.confirm")),
                 (QStringList{statusLabel(OrderStatus::New) + QStringLiteral(": 2"),
                              statusLabel(OrderStatus::Confirmed) + QStringLiteral(": 2")}));

        const QString cj = findCourier(QStringLiteral("CJGLS"))->name;
        QVERIFY(service.dispatch({{QStringLiteral("A"), QStringLiteral("CJGLS"), QStringLiteral("100000000001")}}).ok());
        QCOMPARE(lastChange(QStringLiteral("orders.dispatch")),
                 (QStringList{statusLabel(OrderStatus::Confirmed),
                              statusLabel(OrderStatus::Shipping) + QStringLiteral(" · ") + cj +
                                  QStringLiteral(" 100000000001")}));
        QVERIFY(service.fixTracking({{QStringLiteral("A"), QStringLiteral("CJGLS"), QStringLiteral("100000000009")}}).ok());
        QCOMPARE(lastChange(QStringLiteral("orders.fix-tracking")).value(0),
                 statusLabel(OrderStatus::Shipping) + QStringLiteral(" · ") + cj + QStringLiteral(" 100000000001"));
        QVERIFY(lastChange(QStringLiteral("orders.fix-tracking")).value(1).endsWith(QLatin1String("100000000009")));

        // Two orders from two statuses, each with its number: per status, then the values by key.
        QVERIFY(service
                    .dispatch({{QStringLiteral("B"), QStringLiteral("CJGLS"), QStringLiteral("100000000002")},
                               {QStringLiteral("C"), QStringLiteral("CJGLS"), QStringLiteral("100000000003")}})
                    .ok());
        const QStringList two = lastChange(QStringLiteral("orders.dispatch"));
        QCOMPARE(two.value(0), statusLabel(OrderStatus::Confirmed) + QStringLiteral(": 2"));
        QCOMPARE(two.value(1), statusLabel(OrderStatus::Shipping) + QStringLiteral(": 2 (B: ") + cj +
                                   QStringLiteral(" 100000000002, C: ") + cj + QStringLiteral(" 100000000003)"));

        // A delay: the due dates and the reason, not the detail the seller typed.
        const Order d = insertSeed(QStringLiteral("D"), OrderStatus::Confirmed);
        const QDate later = d.dispatchDue.addDays(3);
        QVERIFY(service.delay({QStringLiteral("D")}, later, DelayReason::Etc, QStringLiteral("김민수 님 요청")).ok());
        const QStringList delayed = lastChange(QStringLiteral("orders.delay"));
        QCOMPARE(delayed.value(0),
                 statusLabel(OrderStatus::Confirmed) + QStringLiteral(" · ") + d.dispatchDue.toString(Qt::ISODate));
        QVERIFY2(delayed.value(1).contains(later.toString(Qt::ISODate)) &&
                     delayed.value(1).contains(delayReasonLabel(DelayReason::Etc)),
                 qPrintable(delayed.value(1)));

        // No personal data in any before or after.
        QSqlQuery q(t->db());
        QVERIFY(q.exec(QStringLiteral("SELECT COALESCE(\"before\", '') || COALESCE(\"after\", '') FROM audit_log")));
        while (q.next()) {
            const QString text = q.value(0).toString();
            for (const QString &secret : {a.contact.buyerName, a.contact.recipientName, a.contact.buyerPhone,
                                          a.contact.address, QStringLiteral("김민수")})
                QVERIFY2(secret.isEmpty() || !text.contains(secret), qPrintable(text));
        }
    }
};

QTEST_GUILESS_MAIN(TestOrderService)
#include "test_order_service.moc"
