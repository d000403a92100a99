// Issue 9 §2/§3 in the orders tab: the deadline counters (오늘 발송 마감, 기한 초과, 발송지연 안내 중)
// against a store of known due dates around a fixed "now", a counter filtering the grid, the 지연 위험
// chip's count (and 전체 unchanged when it is chosen), the button bar and the right-click menu enabled
// per role and selection, and the position readout after scrolling and go-to-row. Drives OrdersView
// offscreen on the TestWorkspace's FixedClock (Monday 2024-05-13 10:00 Seoul).
#include "core/orders/dispatch_deadline.h"
#include "gui_support.h"
#include "models/orders/order_table_model.h"
#include "test_support.h"
#include "ui/common/action_bar.h"
#include "ui/common/row_position.h"
#include "ui/common/style/theme.h"
#include "ui/orders/deadline_counter_bar.h"
#include "ui/orders/order_actions.h"
#include "ui/orders/order_details_pane.h"
#include "ui/orders/orders_view.h"

#include <QAction>
#include <QApplication>
#include <QContextMenuEvent>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLocale>
#include <QMenu>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QToolButton>
#include <memory>

using namespace sd;
using namespace sd::test;

namespace {

QDate d(const char *iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

int rowOf(OrdersView *view, const QString &id)
{
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        if (view->model()->productOrderNoAt(row) == id)
            return row;
    }
    return -1;
}

QStringList shownIds(OrdersView *view)
{
    QStringList ids;
    for (int row = 0; row < view->model()->rowCount(); ++row)
        ids << view->model()->productOrderNoAt(row);
    ids.sort();
    return ids;
}

void selectOrder(OrdersView *view, const QString &id)
{
    const int row = rowOf(view, id);
    QVERIFY2(row >= 0, qPrintable(id));
    const QModelIndex index = view->model()->index(row, OrderTableModel::ProductOrderNo);
    view->table()->scrollTo(index);
    QTest::mouseClick(view->table()->viewport(), Qt::LeftButton, Qt::NoModifier,
                      view->table()->visualRect(index).center());
}

QString text(QWidget *w)
{
    auto *b = qobject_cast<QToolButton *>(w);
    return b ? b->text() : QString();
}

QString counted(const QString &label, qint64 n)
{
    return QStringLiteral("%1 %2").arg(label, QLocale().toString(n));
}

} // namespace

class TestOrdersBar : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestWorkspace> t;
    UserSession op;
    UserSession finance;
    std::unique_ptr<OrdersView> view;
    static constexpr int kFiller = 300; // decided orders, paid long ago: rows to scroll through

    void open(const UserSession &user)
    {
        view.reset();
        view = std::make_unique<OrdersView>(t->workspace(), user);
        view->resize(1400, 800);
        view->show();
        QVERIFY(QTest::qWaitForWindowExposed(view.get()));
        QVERIFY(settle(view->model()));
    }
    QWidget *chip(const char *name) { return view->findChild<QWidget *>(QString::fromLatin1(name)); }
    void click(QWidget *w)
    {
        QVERIFY(w);
        QTest::mouseClick(w, Qt::LeftButton);
        QVERIFY(settle(view->model()));
    }
    bool buttonEnabled(QAction *a) { return view->actionBar()->buttonFor(a) && view->actionBar()->buttonFor(a)->isEnabled(); }

private slots:
    void initTestCase();
    void init() { open(op); }
    void cleanupTestCase();
    void countersCountTheKnownDueDates();
    void aCounterFiltersAndAChipTakesItOff();
    void riskChipHasACountAndAllStaysAll();
    void gridCellsTellTodayFromTomorrow();
    void barFollowsSelectionAndRole();
    void rightClickSelectsTheRowUnderTheCursor();
    void readoutAfterScrollAndGoToRow();
};

void TestOrdersBar::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("SellerDesk"));
    QApplication::setApplicationName(QStringLiteral("SellerDesk-bar-test"));
    t = std::make_unique<TestWorkspace>();
    QVERIFY2(t->ok(), qPrintable(t->error));
    // Today is Monday 2024-05-13 (Seoul); the next business day is Tuesday the 14th.
    struct Known
    {
        const char *id;
        OrderStatus status;
        const char *due;
        bool delayNotice;
    };
    const Known known[] = {
        {"A-TODAY-NEW", OrderStatus::New, "2024-05-13", false},
        {"B-TODAY-CONF", OrderStatus::Confirmed, "2024-05-13", false},
        {"C-PAST-NEW", OrderStatus::New, "2024-05-10", false},
        {"D-PAST-CONF", OrderStatus::Confirmed, "2024-05-12", false},
        {"E-TOMORROW", OrderStatus::New, "2024-05-14", false},
        {"F-DELAYED", OrderStatus::Confirmed, "2024-05-20", true},
        {"G-SHIPPED", OrderStatus::Shipping, "2024-05-10", true}, // dispatched: in no counter
        {"H-DELIVERED", OrderStatus::Delivered, "2024-05-01", false},
        {"I-LATER", OrderStatus::New, "2024-05-17", false},
        {"J-CANCELED", OrderStatus::Canceled, "2024-05-13", false},
    };
    QList<Order> orders;
    int i = 0;
    for (const Known &k : known) {
        Order o = makeOrder(QString::fromLatin1(k.id), k.status, QString(), defaultNow().addSecs(-600 * ++i));
        o.dispatchDue = d(k.due);
        if (k.delayNotice) {
            o.delayReason = QStringLiteral("PRODUCT_PREPARE");
            o.delayDetail = QStringLiteral("입고 지연");
        }
        if (k.status == OrderStatus::Shipping) {
            o.courierCode = QStringLiteral("CJGLS");
            o.trackingNo = QStringLiteral("511100000001");
        }
        orders << o;
    }
    for (int n = 0; n < kFiller; ++n) {
        Order o = makeOrder(QStringLiteral("Z%1").arg(n, 5, 10, QLatin1Char('0')), OrderStatus::Decided, QString(),
                            defaultNow().addDays(-30).addSecs(-60 * n));
        orders << o;
    }
    QString error;
    QVERIFY2(insertOrders(t->db(), orders, &error), qPrintable(error));
    op = addUser(t->db(), QStringLiteral("op"), Role::Operator);
    finance = addUser(t->db(), QStringLiteral("fin"), Role::Finance);
    QVERIFY(op.userId != 0 && finance.userId != 0);
}

void TestOrdersBar::cleanupTestCase()
{
    view.reset();
    t.reset();
}

void TestOrdersBar::countersCountTheKnownDueDates()
{
    const OrderTableModel::DeadlineCounts counts = view->model()->deadlineCounts();
    QCOMPARE(counts.counters.value(DeadlineCounter::DueToday), qint64(2));
    QCOMPARE(counts.counters.value(DeadlineCounter::Overdue), qint64(2));
    QCOMPARE(counts.counters.value(DeadlineCounter::DelayNoticed), qint64(1));
    QCOMPARE(counts.atRisk, qint64(5)); // today, past and the next business day, awaiting dispatch
    QCOMPARE(text(chip("counter_due_today")), counted(deadlineCounterLabel(DeadlineCounter::DueToday), 2));
    QCOMPARE(text(chip("counter_overdue")), counted(deadlineCounterLabel(DeadlineCounter::Overdue), 2));
    QCOMPARE(text(chip("counter_delay_noticed")),
             counted(deadlineCounterLabel(DeadlineCounter::DelayNoticed), 1));
    // The core definitions the storage counts by.
    const QDate today = d("2024-05-13");
    QVERIFY(countsIn(DeadlineCounter::DueToday, OrderStatus::Confirmed, today, false, today));
    QVERIFY(!countsIn(DeadlineCounter::DueToday, OrderStatus::Shipping, today, false, today));
    QVERIFY(countsIn(DeadlineCounter::Overdue, OrderStatus::New, today.addDays(-1), false, today));
    QVERIFY(!countsIn(DeadlineCounter::DelayNoticed, OrderStatus::Shipping, today, true, today));
    // The overdue word no longer reads as the delay notice (발송지연 안내).
    QCOMPARE(deadlineRiskLabel(DeadlineRisk::Overdue), QStringLiteral("Past due"));
}

void TestOrdersBar::aCounterFiltersAndAChipTakesItOff()
{
    click(chip("counter_overdue"));
    QCOMPARE(view->counters()->chosen(), std::optional<DeadlineCounter>(DeadlineCounter::Overdue));
    QCOMPARE(shownIds(view.get()), (QStringList{QStringLiteral("C-PAST-NEW"), QStringLiteral("D-PAST-CONF")}));
    // The counters and chips count as before: a counter is a chip of its own.
    QCOMPARE(text(chip("chipAll")), QStringLiteral("All %1").arg(QLocale().toString(10 + kFiller)));
    QCOMPARE(text(chip("counter_due_today")), counted(deadlineCounterLabel(DeadlineCounter::DueToday), 2));

    click(chip("counter_due_today"));
    QCOMPARE(shownIds(view.get()), (QStringList{QStringLiteral("A-TODAY-NEW"), QStringLiteral("B-TODAY-CONF")}));
    QVERIFY(!qobject_cast<QToolButton *>(chip("counter_overdue"))->isChecked());

    click(chip("counter_delay_noticed"));
    QCOMPARE(shownIds(view.get()), QStringList{QStringLiteral("F-DELAYED")});

    // Choosing it again takes it off.
    click(chip("counter_delay_noticed"));
    QVERIFY(!view->counters()->chosen());
    QCOMPARE(view->model()->rowCount(), 10 + kFiller);

    // A status chip takes a counter off.
    click(chip("counter_overdue"));
    QCOMPARE(view->model()->rowCount(), 2);
    click(chip("chip_NEW"));
    QVERIFY(!view->counters()->chosen());
    QCOMPARE(view->model()->rowCount(), 4); // A, C, E, I
}

void TestOrdersBar::riskChipHasACountAndAllStaysAll()
{
    const QString all = text(chip("chipAll"));
    const QString fresh = text(chip("chip_NEW"));
    const QString decided = text(chip("chip_DECIDED"));
    QCOMPARE(all, QStringLiteral("All %1").arg(QLocale().toString(10 + kFiller)));
    QCOMPARE(text(chip("chipAtRisk")), QStringLiteral("At risk 5"));
    click(chip("chipAtRisk"));
    QCOMPARE(view->model()->rowCount(), 5);
    QCOMPARE(text(chip("chipAll")), all);
    QCOMPARE(text(chip("chip_NEW")), fresh);
    QCOMPARE(text(chip("chip_DECIDED")), decided);
    QCOMPARE(text(chip("chipAtRisk")), QStringLiteral("At risk 5"));
    // A status chip does not change the risk count either.
    click(chip("chip_DECIDED"));
    QCOMPARE(text(chip("chipAtRisk")), QStringLiteral("At risk 5"));
    QCOMPARE(text(chip("chipAll")), all);
}

void TestOrdersBar::gridCellsTellTodayFromTomorrow()
{
    auto risk = [this](const char *id) {
        const int row = rowOf(view.get(), QString::fromLatin1(id));
        return DeadlineRisk(
            view->model()->index(row, OrderTableModel::DispatchDue).data(OrderTableModel::DeadlineRiskRole).toInt());
    };
    QCOMPARE(risk("A-TODAY-NEW"), DeadlineRisk::DueToday);
    QCOMPARE(risk("E-TOMORROW"), DeadlineRisk::Near);
    QCOMPARE(risk("C-PAST-NEW"), DeadlineRisk::Overdue);
    QCOMPARE(risk("I-LATER"), DeadlineRisk::None);
    QCOMPARE(risk("J-CANCELED"), DeadlineRisk::None);
    const int today = rowOf(view.get(), QStringLiteral("A-TODAY-NEW"));
    const int tomorrow = rowOf(view.get(), QStringLiteral("E-TOMORROW"));
    const QString todayText = view->model()->index(today, OrderTableModel::Risk).data().toString();
    const QString tomorrowText = view->model()->index(tomorrow, OrderTableModel::Risk).data().toString();
    QVERIFY(!todayText.isEmpty() && !tomorrowText.isEmpty());
    QVERIFY(todayText != tomorrowText);
    // The colours come from Theme, not the model, and differ in both variants.
    for (Theme::Variant v : {Theme::Variant::Light, Theme::Variant::Dark}) {
        QVERIFY(Theme::deadlineColours(DeadlineRisk::DueToday, v).fill !=
                Theme::deadlineColours(DeadlineRisk::Near, v).fill);
    }
    QVERIFY(!view->model()->index(today, OrderTableModel::Risk).data(Qt::BackgroundRole).isValid());
}

void TestOrdersBar::barFollowsSelectionAndRole()
{
    OrderActions *actions = view->orderActions();
    const QList<QAction *> bar = view->barActions();
    QVERIFY(bar.contains(actions->confirmAction()));
    QVERIFY(bar.contains(actions->dispatchAction()));
    QVERIFY(bar.contains(actions->delayAction()));
    QAction *importOrders = view->findChild<QAction *>(QStringLiteral("importOrdersAction"));
    QAction *importTracking = view->findChild<QAction *>(QStringLiteral("importTrackingAction"));
    QAction *exportAction = view->findChild<QAction *>(QStringLiteral("exportAction"));
    QVERIFY(bar.contains(importOrders) && bar.contains(importTracking) && bar.contains(exportAction));

    // 운영자: nothing selected, nothing to act on; the files are there.
    view->table()->clearSelection();
    QVERIFY(QTest::qWaitFor([&] { return !buttonEnabled(actions->confirmAction()); }));
    QVERIFY(!buttonEnabled(actions->dispatchAction()));
    QVERIFY(buttonEnabled(importOrders) && buttonEnabled(importTracking) && buttonEnabled(exportAction));
    // A new order: 발주확인, 발송 처리 and 발송지연 안내.
    selectOrder(view.get(), QStringLiteral("A-TODAY-NEW"));
    QVERIFY(QTest::qWaitFor([&] { return buttonEnabled(actions->confirmAction()); }));
    QVERIFY(buttonEnabled(actions->dispatchAction()));
    QVERIFY(buttonEnabled(actions->delayAction()));
    // A shipped one: none of them.
    selectOrder(view.get(), QStringLiteral("G-SHIPPED"));
    QVERIFY(QTest::qWaitFor([&] { return !buttonEnabled(actions->confirmAction()); }));
    QVERIFY(!buttonEnabled(actions->dispatchAction()));
    QVERIFY(!buttonEnabled(actions->delayAction()));

    // 재무 담당자: changes nothing, whatever is selected; may download.
    open(finance);
    actions = view->orderActions();
    selectOrder(view.get(), QStringLiteral("A-TODAY-NEW"));
    // Once the view has taken the selection (the details pane shows it, beside the actions' update), the
    // actions stay off.
    QVERIFY(QTest::qWaitFor([&] { return view->details()->currentOrder() == QLatin1String("A-TODAY-NEW"); }));
    QVERIFY(!buttonEnabled(actions->confirmAction()));
    QVERIFY(!buttonEnabled(actions->dispatchAction()));
    QVERIFY(!buttonEnabled(actions->delayAction()));
    QVERIFY(!buttonEnabled(view->findChild<QAction *>(QStringLiteral("importOrdersAction"))));
    QVERIFY(!buttonEnabled(view->findChild<QAction *>(QStringLiteral("importTrackingAction"))));
    QVERIFY(buttonEnabled(view->findChild<QAction *>(QStringLiteral("exportAction"))));
}

void TestOrdersBar::rightClickSelectsTheRowUnderTheCursor()
{
    QTableView *table = view->table();
    selectOrder(view.get(), QStringLiteral("A-TODAY-NEW"));
    const int shipped = rowOf(view.get(), QStringLiteral("G-SHIPPED"));
    const QPoint at = table->visualRect(table->model()->index(shipped, OrderTableModel::Product)).center();
    QContextMenuEvent event(QContextMenuEvent::Mouse, at, table->viewport()->mapToGlobal(at));
    QApplication::sendEvent(table->viewport(), &event);
    auto *menu = table->findChild<QMenu *>(QStringLiteral("rowContextMenu"));
    QVERIFY(menu);
    QVERIFY(QTest::qWaitFor([menu] { return menu->isVisible(); }));
    // The row outside the selection became the selection, and the menu's actions know it at once.
    const QModelIndexList rows = table->selectionModel()->selectedRows();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().row(), shipped);
    QList<QAction *> expected = view->barActions();
    expected.removeAll(nullptr);
    QList<QAction *> shown = menu->actions();
    shown.erase(std::remove_if(shown.begin(), shown.end(), [](QAction *a) { return a->isSeparator(); }),
                shown.end());
    QCOMPARE(shown, expected);
    QVERIFY(!view->orderActions()->confirmAction()->isEnabled());
    menu->close();

    // Inside a selection of two, the selection stays.
    selectOrder(view.get(), QStringLiteral("A-TODAY-NEW"));
    const int other = rowOf(view.get(), QStringLiteral("C-PAST-NEW"));
    const QModelIndex otherIndex = table->model()->index(other, OrderTableModel::Product);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, Qt::ControlModifier, table->visualRect(otherIndex).center());
    QCOMPARE(table->selectionModel()->selectedRows().size(), 2);
    const QPoint inside = table->visualRect(otherIndex).center();
    QContextMenuEvent again(QContextMenuEvent::Mouse, inside, table->viewport()->mapToGlobal(inside));
    QApplication::sendEvent(table->viewport(), &again);
    QVERIFY(QTest::qWaitFor([menu] { return menu->isVisible(); }));
    QCOMPARE(table->selectionModel()->selectedRows().size(), 2);
    QVERIFY(view->orderActions()->confirmAction()->isEnabled());
    menu->close();
}

void TestOrdersBar::readoutAfterScrollAndGoToRow()
{
    QCOMPARE(RowPositionLabel::positionText(1200, 1239, 57826), QStringLiteral("1,201–1,240 / 57,826"));
    QCOMPARE(RowPositionLabel::positionText(-1, -1, 0), QStringLiteral("0 / 0"));
    QTableView *table = view->table();
    RowPositionLabel *readout = view->rowPosition();
    QVERIFY(readout);
    const int total = 10 + kFiller;
    auto expected = [&] {
        const QPair<int, int> rows = RowPositionLabel::visibleRows(table);
        return RowPositionLabel::positionText(rows.first, rows.second, total);
    };
    QVERIFY(QTest::qWaitFor([&] { return readout->text() == expected(); }));
    QVERIFY2(readout->text().startsWith(QStringLiteral("1–")), qPrintable(readout->text()));
    QVERIFY(readout->text().endsWith(QStringLiteral(" / 310")));

    // Scrolling: the first row in view moves, and the readout with it.
    table->verticalScrollBar()->setValue(50);
    QCOMPARE(RowPositionLabel::visibleRows(table).first, 50);
    QVERIFY(QTest::qWaitFor([&] { return readout->text() == expected(); }));
    QVERIFY2(readout->text().startsWith(QStringLiteral("51–")), qPrintable(readout->text()));

    // Ctrl+G: the row asked for is current, at the top, and its window loaded.
    QAction *goTo = view->findChild<QAction *>(QStringLiteral("goToRowAction"));
    QVERIFY(goTo);
    QCOMPARE(goTo->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_G));
    QVERIFY(view->viewActions().contains(goTo));
    whenModal(QStringLiteral("goToRowDialog"), [](QDialog *dialog) {
        auto *input = qobject_cast<QInputDialog *>(dialog);
        input->setIntValue(250);
        input->accept();
    });
    goTo->trigger();
    QCOMPARE(table->currentIndex().row(), 249);
    QCOMPARE(RowPositionLabel::visibleRows(table).first, 249);
    QVERIFY(QTest::qWaitFor([&] { return readout->text() == expected(); }));
    QVERIFY2(readout->text().startsWith(QStringLiteral("250–")), qPrintable(readout->text()));
    QVERIFY(QTest::qWaitFor([&] { return !view->model()->productOrderNoAt(249).isEmpty(); }));

    // A filter changes the total.
    click(chip("counter_overdue"));
    QVERIFY(QTest::qWaitFor([&] { return readout->text() == QStringLiteral("1–2 / 2"); }));
    // Past the end: refused.
    QVERIFY(!goToRow(table, 2));
}

QTEST_MAIN(TestOrdersBar)
#include "test_orders_bar.moc"
