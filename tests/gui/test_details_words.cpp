// The details pane speaks words, not codes: for every status, every channel (and every raw status code
// the channel reports), every delay reason and every history action, no label and no history cell reads
// like a code (^[A-Z_]{4,}$), in English and in Korean. The codes stay in the tooltips.
#include "core/orders/channel_status.h"
#include "core/orders/delay_reason.h"
#include "services/orders/order_service.h"
#include "test_support.h"
#include "ui/orders/order_details_pane.h"

#include <QApplication>
#include <QFormLayout>
#include <QSet>
#include <QLabel>
#include <QLocale>
#include <QRegularExpression>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>

using namespace sd;
using namespace sd::test;


class TestDetailsWords : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestWorkspace> t;
    UserSession op;
    QStringList ids;

    // Every text the pane shows: labels, section headers and history cells. Returns the offending one.
    static QStringList codesShown(const OrderDetailsPane &pane)
    {
        static const QRegularExpression code(QStringLiteral("^[A-Z_]{4,}$"));
        QStringList bad;
        for (const QLabel *l : pane.findChildren<QLabel *>()) {
            for (const QString &part : l->text().split(QRegularExpression(QStringLiteral("[\\s·–→:,()]+")),
                                                       Qt::SkipEmptyParts)) {
                if (code.match(part).hasMatch())
                    bad << l->text();
            }
        }
        for (const QToolButton *b : pane.findChildren<QToolButton *>()) {
            if (code.match(b->text()).hasMatch())
                bad << b->text();
        }
        for (const QTreeWidget *tree : pane.findChildren<QTreeWidget *>()) {
            for (int i = 0; i < tree->topLevelItemCount(); ++i) {
                for (int c = 0; c < tree->columnCount(); ++c) {
                    const QString cell = tree->topLevelItem(i)->text(c);
                    for (const QString &part :
                         cell.split(QRegularExpression(QStringLiteral("[\\s·–→:,()]+")), Qt::SkipEmptyParts)) {
                        if (code.match(part).hasMatch())
                            bad << cell;
                    }
                }
            }
        }
        return bad;
    }

private slots:
    void initTestCase()
    {
        t = std::make_unique<TestWorkspace>();
        QVERIFY2(t->ok(), qPrintable(t->error));
        op = addUser(t->db(), QStringLiteral("op"), Role::Operator);
        // An order per channel, status and delay reason, and one per raw status code of each channel
        // (with a claim state from the same table).
        QList<Order> orders;
        int n = 0;
        const QList<DelayReason> reasons = allDelayReasons();
        for (Channel ch : allChannels()) {
            for (OrderStatus st : allStatuses()) {
                for (DelayReason r : reasons) {
                    Order o = makeOrder(QStringLiteral("W%1").arg(++n, 6, 10, QLatin1Char('0')), st);
                    o.channel = ch;
                    o.rawStatus = channelStatusCode(ch, st);
                    o.delayReason = delayReasonCode(r);
                    o.delayDetail = QStringLiteral("입고 지연");
                    if (st != OrderStatus::New && st != OrderStatus::Confirmed &&
                        st != OrderStatus::Canceled) {
                        o.courierCode = QStringLiteral("CJGLS");
                        o.trackingNo = QStringLiteral("5%1").arg(n, 11, 10, QLatin1Char('0'));
                    }
                    orders << o;
                }
            }
            const QList<ChannelStatusWords> table = channelStatusTable(ch);
            for (int i = 0; i < table.size(); ++i) {
                Order o = makeOrder(QStringLiteral("W%1").arg(++n, 6, 10, QLatin1Char('0')),
                                    OrderStatus::Delivered);
                o.channel = ch;
                o.rawStatus = table.at(i).code;
                o.claimStatus = table.at((i + 3) % table.size()).code;
                o.courierCode = QStringLiteral("HANJIN");
                o.trackingNo = QStringLiteral("7%1").arg(n, 11, 10, QLatin1Char('0'));
                orders << o;
            }
        }
        QVERIFY(insertOrders(t->db(), orders));
        for (const Order &o : std::as_const(orders))
            ids << o.productOrderNo;

        // A history with every action a person or the program writes.
        OrderService service(t->workspace(), op);
        Order a = makeOrder(QStringLiteral("H000001"), OrderStatus::New);
        Order b = makeOrder(QStringLiteral("H000002"), OrderStatus::New);
        QList<Order> two{a, b};
        QVERIFY(insertOrders(t->db(), two));
        QVERIFY(service.delay({a.productOrderNo}, a.dispatchDue.addDays(2), DelayReason::ProductPrepare,
                              QStringLiteral("입고 지연"))
                    .ok());
        QVERIFY(service.dispatch({{a.productOrderNo, QStringLiteral("CJGLS"), QStringLiteral("123412341234")}})
                    .ok());
        QVERIFY(service.fixTracking({{a.productOrderNo, QStringLiteral("EPOST"), QStringLiteral("1234123412345")}})
                    .ok());
        QVERIFY(service.deliver({a.productOrderNo}).ok());
        QVERIFY(service.correctDecision({a.productOrderNo}).ok());
        QVERIFY(service.dispatch({{b.productOrderNo, QStringLiteral("HANJIN"), QStringLiteral("223412341234")}})
                    .ok());
        QVERIFY(service.deliver({b.productOrderNo}).ok());
        t->clock.set(t->clock.nowUtc().addDays(30));
        QVERIFY(service.autoDecide().ok());
        ids << a.productOrderNo << b.productOrderNo;
        QCOMPARE(service.history(a.productOrderNo).size(), 6);
    }

    void noCodeOnScreen_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("English") << QStringLiteral("en");
        QTest::newRow("Korean") << QStringLiteral("ko");
    }

    void noCodeOnScreen()
    {
        QFETCH(QString, language);
        QLocale::setDefault(language == QLatin1String("ko") ? QLocale(QLocale::Korean, QLocale::SouthKorea)
                                                            : QLocale(QLocale::English, QLocale::UnitedStates));
        OrderService service(t->workspace(), op);
        OrderDetailsPane pane(service);
        pane.resize(420, 900);
        pane.show();
        for (const QString &id : std::as_const(ids)) {
            pane.showOrder(id);
            QCOMPARE(pane.currentOrder(), id);
            const QStringList bad = codesShown(pane);
            QVERIFY2(bad.isEmpty(), qPrintable(id + QStringLiteral(": ") + bad.join(QStringLiteral(" | "))));
        }
        // The codes are in the tooltips, for who needs them.
        pane.showOrder(ids.first());
        bool rawInTip = false;
        for (const QLabel *l : pane.findChildren<QLabel *>())
            rawInTip = rawInTip || l->toolTip() == QLatin1String("PAYED");
        QVERIFY(rawInTip);
        QLocale::setDefault(QLocale::c());
    }

    // The values of every section start in one column; the history stays in view below a splitter.
    void valuesAlignedAndHistoryInView()
    {
        OrderService service(t->workspace(), op);
        OrderDetailsPane pane(service);
        pane.resize(420, 700);
        pane.show();
        pane.showOrder(ids.at(ids.size() - 2));
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        QSet<int> valueColumns;
        QSet<int> labelWidths;
        for (QLabel *l : pane.findChildren<QLabel *>()) {
            if (!l->buddy() && l->parentWidget() && qobject_cast<QFormLayout *>(l->parentWidget()->layout())) {
                auto *form = static_cast<QFormLayout *>(l->parentWidget()->layout());
                int row = -1;
                QFormLayout::ItemRole role;
                form->getWidgetPosition(l, &row, &role);
                if (role == QFormLayout::LabelRole)
                    labelWidths << l->width();
                else if (role == QFormLayout::FieldRole && l->isVisible())
                    valueColumns << l->mapTo(&pane, QPoint(0, 0)).x();
            }
        }
        QCOMPARE(labelWidths.size(), 1);
        QCOMPARE(valueColumns.size(), 1);
        auto *history = pane.findChild<QTreeWidget *>(QStringLiteral("orderHistory"));
        QVERIFY(history);
        QVERIFY(history->isVisible());
        QVERIFY(history->topLevelItemCount() >= 6);
        QVERIFY(history->mapTo(&pane, QPoint(0, 0)).y() + 40 < pane.height()); // in view, not scrolled off
        QVERIFY(pane.text().contains(actionLabel(OrderAction::CorrectDecision)));
    }
};

QTEST_MAIN(TestDetailsWords)
#include "test_details_words.moc"
