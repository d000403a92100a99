#include "core/orders/order_transition.h"

#include <QSet>
#include <QTest>

using namespace sd;

Q_DECLARE_METATYPE(sd::OrderStatus)
Q_DECLARE_METATYPE(sd::OrderAction)
Q_DECLARE_METATYPE(std::optional<sd::OrderStatus>)

namespace {

const QList<OrderAction> kActions = {OrderAction::Confirm, OrderAction::Dispatch, OrderAction::FixTracking,
                                     OrderAction::Deliver, OrderAction::Decide,   OrderAction::DelayDispatch,
                                     OrderAction::CorrectDecision};

// The expected outcome, written out independently of the table in order_transition.cpp.
std::optional<OrderStatus> expected(OrderStatus s, OrderAction a, bool tracking)
{
    using S = OrderStatus;
    switch (a) {
    case OrderAction::Confirm:
        return s == S::New ? std::optional<S>(S::Confirmed) : std::nullopt;
    case OrderAction::Dispatch:
        return s == S::Confirmed && tracking ? std::optional<S>(S::Shipping) : std::nullopt;
    case OrderAction::FixTracking:
        return s == S::Shipping && tracking ? std::optional<S>(S::Shipping) : std::nullopt;
    case OrderAction::Deliver:
        return s == S::Shipping ? std::optional<S>(S::Delivered) : std::nullopt;
    case OrderAction::Decide:
        return s == S::Delivered ? std::optional<S>(S::Decided) : std::nullopt;
    case OrderAction::DelayDispatch:
        return s == S::New || s == S::Confirmed ? std::optional<S>(s) : std::nullopt;
    case OrderAction::CorrectDecision: // the marketplace decided a shipped or delivered order
        return s == S::Shipping || s == S::Delivered ? std::optional<S>(S::Decided) : std::nullopt;
    }
    return std::nullopt;
}

} // namespace

class TestOrderTransition : public QObject
{
    Q_OBJECT

private slots:
    void everyStatusTimesEveryAction_data()
    {
        QTest::addColumn<OrderStatus>("status");
        QTest::addColumn<OrderAction>("action");
        QTest::addColumn<bool>("hasTracking");
        QTest::addColumn<std::optional<OrderStatus>>("result");
        for (OrderStatus s : allStatuses()) {
            for (OrderAction a : kActions) {
                for (bool tracking : {false, true}) {
                    const QByteArray name = statusCode(s).toLatin1() + " " + actionCode(a).toLatin1() +
                                            (tracking ? " +tracking" : " -tracking");
                    QTest::newRow(name.constData()) << s << a << tracking << expected(s, a, tracking);
                }
            }
        }
    }

    void everyStatusTimesEveryAction()
    {
        QFETCH(OrderStatus, status);
        QFETCH(OrderAction, action);
        QFETCH(bool, hasTracking);
        QFETCH(std::optional<OrderStatus>, result);

        QString reason = QStringLiteral("stale");
        const std::optional<OrderStatus> got = applyAction({status, hasTracking}, action, &reason);
        QCOMPARE(got.has_value(), result.has_value());
        if (result) {
            QCOMPARE(*got, *result);
            QVERIFY2(reason.isEmpty(), qPrintable(reason));
        } else {
            QVERIFY(!reason.isEmpty());
            QVERIFY(reason != QStringLiteral("stale"));
        }
        // Works without a reason pointer too.
        QCOMPARE(applyAction({status, hasTracking}, action).has_value(), result.has_value());
    }

    void specificReasons_data()
    {
        QTest::addColumn<OrderStatus>("status");
        QTest::addColumn<OrderAction>("action");
        QTest::addColumn<bool>("hasTracking");
        QTest::addColumn<QString>("mustContain");
        QTest::newRow("dispatch without tracking")
            << OrderStatus::Confirmed << OrderAction::Dispatch << false << QStringLiteral("tracking number");
        QTest::newRow("fix tracking without tracking") << OrderStatus::Shipping << OrderAction::FixTracking
                                                       << false << QStringLiteral("tracking number");
        QTest::newRow("confirm twice") << OrderStatus::Confirmed << OrderAction::Confirm << false
                                       << QStringLiteral("This order is already confirmed.");
        QTest::newRow("dispatch unconfirmed")
            << OrderStatus::New << OrderAction::Dispatch << true << QStringLiteral("Confirm the order");
        QTest::newRow("dispatch twice") << OrderStatus::Shipping << OrderAction::Dispatch << true
                                        << QStringLiteral("already been dispatched");
        QTest::newRow("deliver before dispatch") << OrderStatus::Confirmed << OrderAction::Deliver << false
                                                 << QStringLiteral("not been dispatched");
        QTest::newRow("decide twice")
            << OrderStatus::Decided << OrderAction::Decide << false << QStringLiteral("already decided");
        QTest::newRow("delay after dispatch") << OrderStatus::Shipping << OrderAction::DelayDispatch << true
                                              << QStringLiteral("already been dispatched");
        // Closed orders name their status and the action.
        QTest::newRow("canceled confirm")
            << OrderStatus::Canceled << OrderAction::Confirm << false
            << QStringLiteral("An order in status Canceled cannot take the action "
                              "Confirm order.");
        QTest::newRow("returned dispatch")
            << OrderStatus::Returned << OrderAction::Dispatch << true << statusLabel(OrderStatus::Returned);
        QTest::newRow("exchanged delay") << OrderStatus::Exchanged << OrderAction::DelayDispatch << false
                                         << actionLabel(OrderAction::DelayDispatch);
    }

    void specificReasons()
    {
        QFETCH(OrderStatus, status);
        QFETCH(OrderAction, action);
        QFETCH(bool, hasTracking);
        QFETCH(QString, mustContain);
        QString reason;
        QVERIFY(!applyAction({status, hasTracking}, action, &reason));
        QVERIFY2(reason.contains(mustContain), qPrintable(reason));
    }

    void tableShape()
    {
        const QList<Transition> &table = orderTransitions();
        QCOMPARE(table.size(), 9); // with the two rows of the decision correction
        // Only dispatch and fix-tracking need a tracking number.
        for (const Transition &t : table)
            QCOMPARE(t.needsTracking,
                     t.action == OrderAction::Dispatch || t.action == OrderAction::FixTracking);
        // Each (action, from) appears once, so the outcome is never ambiguous.
        QSet<QPair<int, int>> seen;
        for (const Transition &t : table) {
            const QPair<int, int> key(int(t.action), int(t.from));
            QVERIFY(!seen.contains(key));
            seen.insert(key);
        }
    }

    void canMove_data()
    {
        QTest::addColumn<OrderStatus>("from");
        QTest::addColumn<OrderStatus>("to");
        QTest::addColumn<bool>("hasTracking");
        QTest::addColumn<bool>("allowed");
        using S = OrderStatus;
        // Every pair, expected from the table's documented moves.
        for (S from : allStatuses()) {
            for (S to : allStatuses()) {
                for (bool tracking : {false, true}) {
                    bool allowed = (from == S::New && to == S::Confirmed) ||
                                   (from == S::Confirmed && to == S::Shipping && tracking) ||
                                   (from == S::Shipping && to == S::Delivered) ||
                                   (from == S::Delivered && to == S::Decided);
                    const QByteArray name = statusCode(from).toLatin1() + "->" + statusCode(to).toLatin1() +
                                            (tracking ? " +tracking" : " -tracking");
                    QTest::newRow(name.constData()) << from << to << tracking << allowed;
                }
            }
        }
    }

    void canMove()
    {
        QFETCH(OrderStatus, from);
        QFETCH(OrderStatus, to);
        QFETCH(bool, hasTracking);
        QFETCH(bool, allowed);
        QString reason = QStringLiteral("stale");
        QCOMPARE(sd::canMove(from, to, hasTracking, &reason), allowed);
        if (allowed)
            QVERIFY(reason.isEmpty());
        else
            QVERIFY(!reason.isEmpty() && reason != QStringLiteral("stale"));
    }

    void canMoveReasons()
    {
        QString reason;
        QVERIFY(!sd::canMove(OrderStatus::Confirmed, OrderStatus::Shipping, false, &reason));
        QVERIFY2(reason.contains(QStringLiteral("tracking number")), qPrintable(reason));
        QVERIFY(!sd::canMove(OrderStatus::Shipping, OrderStatus::Shipping, true, &reason));
        QVERIFY2(reason.contains(statusLabel(OrderStatus::Shipping)), qPrintable(reason));
        QVERIFY(!sd::canMove(OrderStatus::New, OrderStatus::Delivered, true, &reason));
        QVERIFY(reason.contains(statusLabel(OrderStatus::New)));
        QVERIFY(reason.contains(statusLabel(OrderStatus::Delivered)));
    }

    void actionCodesAndLabels()
    {
        QStringList codes;
        for (OrderAction a : kActions) {
            QVERIFY(!actionLabel(a).isEmpty());
            codes << actionCode(a);
        }
        QCOMPARE(codes, QStringList({"confirm", "dispatch", "fix-tracking", "deliver", "decide", "delay",
                                     "correct-decision"}));
    }

    // The faces offer an action when core allows it: dispatch of a NEW order too (confirmed first).
    void actionAvailableMatchesTheTable()
    {
        QVERIFY(actionAvailable({OrderStatus::New, false}, OrderAction::Dispatch));
        QVERIFY(dispatchConfirmsFirst(OrderStatus::New));
        QVERIFY(!dispatchConfirmsFirst(OrderStatus::Confirmed));
        QVERIFY(actionAvailable({OrderStatus::Confirmed, false}, OrderAction::Dispatch));
        QVERIFY(!actionAvailable({OrderStatus::Shipping, true}, OrderAction::Dispatch));
        QVERIFY(!actionAvailable({OrderStatus::Confirmed, false}, OrderAction::Deliver));
        QVERIFY(actionAvailable({OrderStatus::Shipping, true}, OrderAction::Deliver));
        for (const OrderStatus s : {OrderStatus::New, OrderStatus::Confirmed, OrderStatus::Shipping,
                                    OrderStatus::Delivered, OrderStatus::Decided, OrderStatus::Canceled}) {
            for (const OrderAction a : {OrderAction::Confirm, OrderAction::Deliver, OrderAction::Decide,
                                        OrderAction::DelayDispatch, OrderAction::FixTracking,
                                        OrderAction::CorrectDecision}) {
                const bool tracking = isDispatched(s);
                QCOMPARE(actionAvailable({s, tracking}, a), applyAction({s, tracking}, a).has_value());
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestOrderTransition)
#include "test_order_transition.moc"
