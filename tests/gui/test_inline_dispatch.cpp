// The orders grid as sellers work it (issue 9 §2): the checkbox column shows the selection and changes
// it, and the inline 택배사 / 송장번호 cells take drafts that the order service checks as they are set
// (a refused number is tinted and says why, in the cell, its tooltip and the status bar), Enter moves
// down, and "선택 발송 처리" dispatches the selected rows' drafts. Drives OrdersView offscreen on a small
// store of known orders with real key and mouse events.
#include "core/orders/courier.h"
#include "gui_support.h"
#include "models/orders/dispatch_drafts.h"
#include "models/orders/order_table_model.h"
#include "services/orders/order_service.h"
#include "test_support.h"
#include "ui/common/selection_header.h"
#include "ui/orders/order_actions.h"
#include "ui/orders/orders_view.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <memory>

using namespace sd;
using namespace sd::test;

namespace {

const QString kNew = QStringLiteral("2024051300001");       // 신규주문: dispatch confirms it first
const QString kConfirmed = QStringLiteral("2024051300002"); // 발송대기
const QString kShipped = QStringLiteral("2024051300003");   // 배송중 with CJ 512345678901
const QString kConfirmed2 = QStringLiteral("2024051300004");
const QString kUsedNumber = QStringLiteral("512345678901");
const QString kGoodNumber = QStringLiteral("634567890123");

} // namespace

class TestInlineDispatch : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestWorkspace> t;
    UserSession op;
    std::unique_ptr<OrdersView> view;
    std::unique_ptr<OrderService> service;

    QTableView *table() const { return view->table(); }
    OrderTableModel *model() const { return view->model(); }
    SelectionHeader *header() const { return qobject_cast<SelectionHeader *>(table()->verticalHeader()); }

    int rowOf(const QString &id) const
    {
        // After a sort or reload: ask for the rows (a view asks as it paints) and let them arrive.
        for (int row = 0; row < model()->rowCount(); ++row)
            model()->data(model()->index(row, 0));
        settle(model());
        for (int row = 0; row < model()->rowCount(); ++row) {
            if (model()->productOrderNoAt(row) == id)
                return row;
        }
        return -1;
    }
    QModelIndex cell(const QString &id, int column) const { return model()->index(rowOf(id), column); }
    QList<int> selectedRows() const
    {
        QList<int> rows;
        for (const QModelIndex &i : table()->selectionModel()->selectedRows())
            rows << i.row();
        std::sort(rows.begin(), rows.end());
        return rows;
    }
    void clickCheckbox(int row, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QTest::mouseClick(header()->viewport(), Qt::LeftButton, modifiers,
                          header()->checkboxRect(row).center());
    }
    // Makes the cell current without touching the selection (as a click would select its row).
    void goTo(const QModelIndex &index)
    {
        table()->selectionModel()->setCurrentIndex(index, QItemSelectionModel::NoUpdate);
        table()->setFocus();
    }
    // An editor of the grid has the focus.
    bool editing() const
    {
        QWidget *focus = QApplication::focusWidget();
        return focus && table()->viewport()->isAncestorOf(focus);
    }
    QString statusOf(const QString &id)
    {
        Order o;
        return service->find(id, &o).ok() ? statusCode(o.status) : QString();
    }

private slots:
    void initTestCase();
    void init();
    void cleanupTestCase();
    void checkboxesShowAndChangeTheSelection();
    void inlineEntryChecksMovesDownAndDispatches();
    void readOnlyWithoutPermission();
};

void TestInlineDispatch::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("SellerDesk"));
    QApplication::setApplicationName(QStringLiteral("SellerDesk-inline-test"));
    t = std::make_unique<TestWorkspace>();
    QVERIFY2(t->ok(), qPrintable(t->error));
    // Paid an hour apart, newest first in the grid: NEW, CONFIRMED, SHIPPING, CONFIRMED.
    const QList<QPair<QString, OrderStatus>> plan = {{kNew, OrderStatus::New},
                                                     {kConfirmed, OrderStatus::Confirmed},
                                                     {kShipped, OrderStatus::Shipping},
                                                     {kConfirmed2, OrderStatus::Confirmed}};
    QList<Order> orders;
    for (int i = 0; i < plan.size(); ++i) {
        Order o = makeOrder(plan[i].first, plan[i].second, QString(), defaultNow().addSecs(-3600 * (i + 1)));
        if (plan[i].second == OrderStatus::Shipping) {
            o.courierCode = QStringLiteral("CJGLS");
            o.trackingNo = kUsedNumber;
        }
        orders << o;
    }
    QString error;
    QVERIFY2(insertOrders(t->db(), orders, &error), qPrintable(error));
    op = addUser(t->db(), QStringLiteral("op"), Role::Operator);
    QVERIFY(op.userId != 0);
    service = std::make_unique<OrderService>(t->workspace(), op);
}

void TestInlineDispatch::init()
{
    view.reset();
    view = std::make_unique<OrdersView>(t->workspace(), op);
    view->resize(1400, 800);
    view->show();
    QVERIFY(QTest::qWaitForWindowExposed(view.get()));
    view->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(view.get()));
    QVERIFY(settle(model()));
    table()->setFocus();
}

void TestInlineDispatch::cleanupTestCase()
{
    view.reset();
    service.reset();
    t.reset();
}

void TestInlineDispatch::checkboxesShowAndChangeTheSelection()
{
    QVERIFY(header());
    QVERIFY(header()->isVisible());
    auto *all = table()->findChild<SelectAllCheck *>(QStringLiteral("selectAllCheck"));
    QVERIFY(all);
    QVERIFY(all->isVisible());
    const int rows = model()->rowCount();
    QCOMPARE(rows, 4);
    QCOMPARE(all->checkState(), Qt::Unchecked);

    // A click on a row selects it: its checkbox is checked, the others not.
    const QModelIndex second = model()->index(1, OrderTableModel::Product);
    QTest::mouseClick(table()->viewport(), Qt::LeftButton, Qt::NoModifier,
                      table()->visualRect(second).center());
    QCOMPARE(selectedRows(), QList<int>{1});
    for (int row = 0; row < rows; ++row)
        QCOMPARE(header()->isRowChecked(row), row == 1);
    QCOMPARE(all->checkState(), Qt::PartiallyChecked);

    // A click on a checkbox toggles that row, like Ctrl+click.
    clickCheckbox(3);
    QCOMPARE(selectedRows(), (QList<int>{1, 3}));
    QVERIFY(header()->isRowChecked(3));
    clickCheckbox(1);
    QCOMPARE(selectedRows(), QList<int>{3});
    QVERIFY(!header()->isRowChecked(1));
    // Shift+click takes the rows from the current one (the one clicked last).
    clickCheckbox(0);
    QCOMPARE(selectedRows(), (QList<int>{0, 3}));
    clickCheckbox(2, Qt::ShiftModifier);
    QCOMPARE(selectedRows(), (QList<int>{0, 1, 2, 3}));
    QCOMPARE(all->checkState(), Qt::Checked);
    clickCheckbox(1);
    QCOMPARE(selectedRows(), (QList<int>{0, 2, 3}));
    clickCheckbox(1, Qt::ShiftModifier);
    QCOMPARE(selectedRows(), (QList<int>{0, 1, 2, 3}));
    QCOMPARE(all->checkState(), Qt::Checked);
    // Ctrl+click on the grid keeps working beside the checkboxes.
    QTest::mouseClick(table()->viewport(), Qt::LeftButton, Qt::ControlModifier,
                      table()->visualRect(model()->index(2, OrderTableModel::Product)).center());
    QCOMPARE(selectedRows(), (QList<int>{0, 1, 3}));
    QVERIFY(!header()->isRowChecked(2));

    // The corner: all, then none.
    QTest::mouseClick(all, Qt::LeftButton, Qt::NoModifier, all->rect().center());
    QCOMPARE(selectedRows(), (QList<int>{0, 1, 2, 3}));
    QCOMPARE(all->checkState(), Qt::Checked);
    for (int row = 0; row < rows; ++row)
        QVERIFY(header()->isRowChecked(row));
    QTest::mouseClick(all, Qt::LeftButton, Qt::NoModifier, all->rect().center());
    QCOMPARE(selectedRows(), QList<int>());
    QCOMPARE(all->checkState(), Qt::Unchecked);
    // Ctrl+A checks the corner too.
    QTest::keyClick(table(), Qt::Key_A, Qt::ControlModifier);
    QCOMPARE(all->checkState(), Qt::Checked);
}

void TestInlineDispatch::inlineEntryChecksMovesDownAndDispatches()
{
    DispatchDrafts *drafts = view->dispatchDrafts();
    QVERIFY(drafts);
    QSignalSpy messages(view.get(), &TabPage::message);

    // Only orders awaiting dispatch take drafts (a NEW one too: dispatch confirms it first).
    QVERIFY(cell(kConfirmed, OrderTableModel::Courier).flags() & Qt::ItemIsEditable);
    QVERIFY(cell(kConfirmed, OrderTableModel::TrackingNo).flags() & Qt::ItemIsEditable);
    QVERIFY(cell(kNew, OrderTableModel::TrackingNo).flags() & Qt::ItemIsEditable);
    QVERIFY(!(cell(kShipped, OrderTableModel::TrackingNo).flags() & Qt::ItemIsEditable));
    QVERIFY(!(cell(kConfirmed, OrderTableModel::Product).flags() & Qt::ItemIsEditable));
    // Typing on a shipped order's number opens nothing.
    goTo(cell(kShipped, OrderTableModel::TrackingNo));
    QTest::keyClick(table(), '7');
    QVERIFY(!editing());
    QVERIFY(!drafts->contains(kShipped));

    // The courier: just typing opens the combo; part of the name is enough.
    goTo(cell(kConfirmed, OrderTableModel::Courier));
    QTest::keyClick(table(), 'C');
    QVERIFY(editing());
    auto *combo = table()->findChild<QComboBox *>(QStringLiteral("courierEditor"));
    QVERIFY(combo);
    QCOMPARE(combo->currentText(), QStringLiteral("C"));
    QTest::keyClicks(combo->lineEdit(), QStringLiteral("J"));
    QTest::keyClick(combo->lineEdit(), Qt::Key_Return);
    QVERIFY(drafts->contains(kConfirmed));
    QCOMPARE(drafts->find(kConfirmed)->courier, QStringLiteral("CJGLS"));
    QCOMPARE(drafts->find(kConfirmed)->state, DispatchDrafts::State::Incomplete);
    QCOMPARE(cell(kConfirmed, OrderTableModel::Courier).data().toString(),
             courierLabel(QStringLiteral("CJGLS")));
    // Enter moved down to the same column of the next row (the shipped order: nothing opens there).
    QTRY_COMPARE(table()->currentIndex(), cell(kShipped, OrderTableModel::Courier));
    QVERIFY(!editing());

    // A number of the wrong shape: refused as it is set, and the cell, its tooltip and the status bar
    // say why, in the service's words.
    QString shapeReason;
    QVERIFY(
        !isTrackingNumberValid(*findCourier(QStringLiteral("CJGLS")), QStringLiteral("12345"), &shapeReason));
    goTo(cell(kConfirmed, OrderTableModel::TrackingNo));
    QTest::keyClick(table(), '1');
    QVERIFY(editing());
    auto *edit = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    QVERIFY(edit);
    QCOMPARE(edit->objectName(), QStringLiteral("trackingEditor"));
    QTest::keyClicks(edit, QStringLiteral("2345"));
    QTest::keyClick(edit, Qt::Key_Return);
    QCOMPARE(drafts->find(kConfirmed)->trackingNo, QStringLiteral("12345"));
    QCOMPARE(drafts->find(kConfirmed)->state, DispatchDrafts::State::Refused);
    QCOMPARE(drafts->find(kConfirmed)->message, shapeReason);
    const QModelIndex number = cell(kConfirmed, OrderTableModel::TrackingNo);
    QCOMPARE(number.data().toString(), QStringLiteral("12345"));
    QCOMPARE(number.data(OrderTableModel::DraftStateRole).toInt(), int(DispatchDrafts::State::Refused));
    QCOMPARE(number.data(Qt::ToolTipRole).toString(), shapeReason);
    QVERIFY(!messages.isEmpty());
    QVERIFY2(messages.last().at(0).toString().contains(shapeReason),
             qPrintable(messages.last().at(0).toString()));
    QCOMPARE(messages.last().at(0).toString().left(kConfirmed.size()), kConfirmed);
    // Not ready: selecting the row does not offer 선택 발송 처리.
    clickCheckbox(rowOf(kConfirmed));
    QTRY_COMPARE(selectedRows(), QList<int>{rowOf(kConfirmed)});
    QVERIFY(!view->orderActions()->dispatchDraftsAction()->isEnabled());
    // Enter moved down.
    QTRY_COMPARE(table()->currentIndex(), cell(kShipped, OrderTableModel::TrackingNo));

    // Fixed with F2: checked again on every change while refused; then ready.
    goTo(number);
    QTest::keyClick(table(), Qt::Key_F2);
    edit = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    QVERIFY(edit);
    QCOMPARE(edit->text(), QStringLiteral("12345"));
    edit->selectAll();
    QTest::keyClicks(edit, kGoodNumber);
    QCOMPARE(drafts->find(kConfirmed)->state, DispatchDrafts::State::Ready); // before Enter
    QTest::keyClick(edit, Qt::Key_Return);
    QCOMPARE(drafts->find(kConfirmed)->trackingNo, kGoodNumber);
    QCOMPARE(number.data(OrderTableModel::DraftStateRole).toInt(), int(DispatchDrafts::State::Ready));
    QTRY_COMPARE(table()->currentIndex(), cell(kShipped, OrderTableModel::TrackingNo));

    // The next order awaiting dispatch: a number already used on another 주문번호 is refused; a draft
    // without its own courier takes the last one chosen.
    goTo(cell(kConfirmed2, OrderTableModel::TrackingNo));
    QTest::keyClick(table(), '5');
    edit = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    QVERIFY(edit);
    QTest::keyClicks(edit, kUsedNumber.mid(1));
    QTest::keyClick(edit, Qt::Key_Return);
    QCOMPARE(drafts->find(kConfirmed2)->courier, QStringLiteral("CJGLS"));
    QCOMPARE(drafts->find(kConfirmed2)->state, DispatchDrafts::State::Refused);
    QVERIFY2(drafts->find(kConfirmed2)->message.contains(kShipped),
             qPrintable(drafts->find(kConfirmed2)->message));

    // Drafts survive a reload and a sort (kept by order, not by row).
    view->refresh();
    QVERIFY(settle(model()));
    table()->sortByColumn(OrderTableModel::PaidAt, Qt::AscendingOrder);
    QVERIFY(settle(model()));
    QCOMPARE(cell(kConfirmed, OrderTableModel::TrackingNo).data().toString(), kGoodNumber);
    QCOMPARE(cell(kConfirmed2, OrderTableModel::TrackingNo).data(OrderTableModel::DraftStateRole).toInt(),
             int(DispatchDrafts::State::Refused));

    // 선택 발송 처리 on both rows checked: the ready one is written (one order: directly), the refused
    // one is not offered and keeps its draft and reason.
    table()->clearSelection();
    clickCheckbox(rowOf(kConfirmed));
    clickCheckbox(rowOf(kConfirmed2));
    QCOMPARE(selectedRows().size(), 2);
    QTRY_VERIFY(view->orderActions()->dispatchDraftsAction()->isEnabled());
    view->orderActions()->dispatchDraftsAction()->trigger();
    QCOMPARE(statusOf(kConfirmed), QStringLiteral("SHIPPING"));
    Order written;
    QVERIFY(service->find(kConfirmed, &written).ok());
    QCOMPARE(written.courierCode, QStringLiteral("CJGLS"));
    QCOMPARE(written.trackingNo, kGoodNumber);
    QVERIFY(!drafts->contains(kConfirmed));
    QCOMPARE(statusOf(kConfirmed2), QStringLiteral("CONFIRMED"));
    QVERIFY(drafts->contains(kConfirmed2));
    QCOMPARE(drafts->find(kConfirmed2)->state, DispatchDrafts::State::Refused);
    // The grid shows what was written, and the written row takes no draft any more.
    QVERIFY(settle(model()));
    QTRY_COMPARE(cell(kConfirmed, OrderTableModel::TrackingNo).data().toString(), kGoodNumber);
    QVERIFY(!cell(kConfirmed, OrderTableModel::TrackingNo).data(OrderTableModel::DraftStateRole).isValid());
    QVERIFY(!(cell(kConfirmed, OrderTableModel::TrackingNo).flags() & Qt::ItemIsEditable));
    QTRY_VERIFY(!view->orderActions()->dispatchDraftsAction()->isEnabled());

    // Two ready drafts go through the shared flow's preview, then its report: the refused one fixed,
    // and the NEW order (confirmed first by the dispatch).
    const QString second = QStringLiteral("634567890124");
    const QString third = QStringLiteral("634567890125");
    goTo(cell(kConfirmed2, OrderTableModel::TrackingNo));
    QTest::keyClick(table(), Qt::Key_F2);
    edit = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    QVERIFY(edit);
    edit->selectAll();
    QTest::keyClicks(edit, second);
    QTest::keyClick(edit, Qt::Key_Escape); // the draft was set while typing (it was refused)
    QCOMPARE(drafts->find(kConfirmed2)->trackingNo, second);
    QCOMPARE(drafts->find(kConfirmed2)->state, DispatchDrafts::State::Ready);
    goTo(cell(kNew, OrderTableModel::TrackingNo));
    QTest::keyClick(table(), '6');
    edit = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    QVERIFY(edit);
    QTest::keyClicks(edit, third.mid(1));
    QTest::keyClick(edit, Qt::Key_Return);
    QCOMPARE(drafts->find(kNew)->state, DispatchDrafts::State::Ready);
    table()->clearSelection();
    clickCheckbox(rowOf(kNew));
    clickCheckbox(rowOf(kConfirmed2));
    QTRY_VERIFY(view->orderActions()->dispatchDraftsAction()->isEnabled());
    QStringList failures;
    QList<QHash<QString, QString>> previewRows, reportRows;
    whenModal(QStringLiteral("bulkPreviewDialog"), [&](QDialog *d) {
        previewRows = outcomeRows(d);
        auto *apply = d->findChild<QPushButton *>(QStringLiteral("applyButton"));
        if (!apply) {
            failures << QStringLiteral("no apply button");
            d->reject();
            return;
        }
        whenModal(QStringLiteral("bulkReportDialog"), [&](QDialog *r) {
            reportRows = outcomeRows(r);
            r->accept();
        });
        QTest::mouseClick(apply, Qt::LeftButton);
    });
    view->orderActions()->dispatchDraftsAction()->trigger();
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1String("; "))));
    QCOMPARE(previewRows.size(), 2);
    // In row order (sorted by payment, oldest first now).
    QCOMPARE(previewRows[0].value(QStringLiteral("Product order no.")), kConfirmed2);
    QCOMPARE(previewRows[0].value(QStringLiteral("Tracking no.")), second);
    QCOMPARE(previewRows[1].value(QStringLiteral("Product order no.")), kNew);
    QCOMPARE(previewRows[1].value(QStringLiteral("Tracking no.")), third);
    QCOMPARE(reportRows.size(), 2);
    QCOMPARE(statusOf(kNew), QStringLiteral("SHIPPING"));
    QCOMPARE(statusOf(kConfirmed2), QStringLiteral("SHIPPING"));
    QVERIFY(drafts->isEmpty());
}

// A role that may not process orders gets no editors and no drafts.
void TestInlineDispatch::readOnlyWithoutPermission()
{
    const UserSession viewer = addUser(t->db(), QStringLiteral("finance"), Role::Finance);
    QVERIFY(viewer.userId != 0);
    OrdersView readOnly(t->workspace(), viewer);
    readOnly.show();
    QVERIFY(QTest::qWaitForWindowExposed(&readOnly));
    QVERIFY(settle(readOnly.model()));
    QVERIFY(!readOnly.dispatchDrafts());
    int row = -1;
    for (int r = 0; r < readOnly.model()->rowCount(); ++r) {
        if (readOnly.model()->productOrderNoAt(r) == kConfirmed2)
            row = r;
    }
    QVERIFY(row >= 0);
    QVERIFY(!(readOnly.model()->index(row, OrderTableModel::TrackingNo).flags() & Qt::ItemIsEditable));
    QCOMPARE(readOnly.table()->editTriggers(), QAbstractItemView::NoEditTriggers);
    QVERIFY(!readOnly.orderActions()->dispatchDraftsAction()->isEnabled());
}

QTEST_MAIN(TestInlineDispatch)
#include "test_inline_dispatch.moc"
