// The orders tab keeps the selection on orders, not on row positions (issue 6, item 8), and the bulk
// 송장 입력 dialog checks rows as they are edited, names the first bad row and counts skipped rows
// (item 9). Drives OrdersView offscreen on a small store of known orders, through the real actions and
// dialogs.
#include "core/orders/courier.h"
#include "gui_support.h"
#include "models/orders/order_table_model.h"
#include "services/orders/order_service.h"
#include "test_support.h"
#include "ui/orders/order_actions.h"
#include "ui/orders/orders_view.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <functional>
#include <memory>

using namespace sd;
using namespace sd::test;

namespace {

// The product order numbers of the selected rows, sorted; "?" for a selected row that is not loaded.
QStringList selectedIds(OrdersView *view)
{
    QStringList ids;
    const QItemSelection selection = view->table()->selectionModel()->selection();
    for (const QItemSelectionRange &range : selection) {
        for (int row = range.top(); row <= range.bottom(); ++row) {
            const QString id = view->model()->productOrderNoAt(row);
            ids << (id.isEmpty() ? QStringLiteral("?") : id);
        }
    }
    ids.sort();
    ids.removeDuplicates();
    return ids;
}

QString currentId(OrdersView *view)
{
    const QModelIndex current = view->table()->selectionModel()->currentIndex();
    return current.isValid() ? view->model()->productOrderNoAt(current.row()) : QString();
}

int rowOf(OrdersView *view, const QString &id)
{
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        if (view->model()->productOrderNoAt(row) == id)
            return row;
    }
    return -1;
}

// A mouse click on the row holding `id`, with `modifiers` (Ctrl adds to the selection).
void clickOrder(OrdersView *view, const QString &id, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    const int row = rowOf(view, id);
    QVERIFY2(row >= 0, qPrintable(id));
    const QModelIndex index = view->model()->index(row, OrderTableModel::ProductOrderNo);
    view->table()->scrollTo(index);
    QTest::mouseClick(view->table()->viewport(), Qt::LeftButton, modifiers,
                      view->table()->visualRect(index).center());
}

// Submits the 송장 입력 dialog; a refusal (the dialog stays open) is recorded and the dialog closed.
void submitDispatch(QDialog *d, QStringList &failures)
{
    QTest::mouseClick(d->findChild<QPushButton *>(QStringLiteral("submitButton")), Qt::LeftButton);
    if (d->isVisible()) {
        failures << QStringLiteral("dispatch refused: ") +
                        d->findChild<QLabel *>(QStringLiteral("errorLabel"))->text();
        d->reject();
    }
}

QStringList sorted(QStringList ids)
{
    ids.sort();
    return ids;
}

QString statusOf(OrderService &service, const QString &id)
{
    Order o;
    return service.find(id, &o).ok() ? statusCode(o.status) : QString();
}

} // namespace

class TestOrdersSelection : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestWorkspace> t;
    UserSession op;
    std::unique_ptr<OrdersView> view;
    std::unique_ptr<OrderService> service;
    int trackingSeq = 0;

    QString nextTracking() { return QStringLiteral("5111%1").arg(++trackingSeq, 8, 10, QLatin1Char('0')); }

    // The NEW orders in the view from the top, `n` of them.
    QStringList newOrders(int n)
    {
        QStringList ids;
        for (int row = 0; row < view->model()->rowCount() && ids.size() < n; ++row) {
            if (view->model()->index(row, 0).data(OrderTableModel::StatusCodeRole).toString() ==
                QLatin1String("NEW"))
                ids << view->model()->productOrderNoAt(row);
        }
        return ids;
    }

    void showAll()
    {
        QTest::mouseClick(view->findChild<QWidget *>(QStringLiteral("chipAll")), Qt::LeftButton);
        QVERIFY(settle(view->model()));
    }
    void showNew()
    {
        QTest::mouseClick(view->findChild<QWidget *>(QStringLiteral("chip_NEW")), Qt::LeftButton);
        QVERIFY(settle(view->model()));
    }

private slots:
    void initTestCase();
    void init();
    void cleanupTestCase();
    void bulkDispatchKeepsTheRemainingSelection();
    void bulkDispatchSortedByStatusKeepsTheOrders();
    void singleConfirmKeepsTheOrder();
    void trackingDialogChecksRowsAsEdited();
    void confirmPreviewShowsProductAndBuyer();
    void delayDialogAsksTheService();
};

void TestOrdersSelection::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("SellerDesk"));
    QApplication::setApplicationName(QStringLiteral("SellerDesk-selection-test"));
    t = std::make_unique<TestWorkspace>();
    QVERIFY2(t->ok(), qPrintable(t->error));
    // 40 orders paid an hour apart (the table sorts by payment, newest first); every third one confirmed.
    const QStringList buyers = {QStringLiteral("김민수"), QStringLiteral("이서연"), QStringLiteral("박지훈"),
                                QStringLiteral("최유진"), QStringLiteral("정하늘")};
    QList<Order> orders;
    for (int i = 1; i <= 40; ++i) {
        Order o = makeOrder(QStringLiteral("2024051%1").arg(i, 4, 10, QLatin1Char('0')),
                            i % 3 == 0 ? OrderStatus::Confirmed : OrderStatus::New, QString(),
                            defaultNow().addSecs(-3600 * i));
        o.productName = QStringLiteral("상품 %1").arg(i);
        o.contact.buyerName = buyers.at(i % buyers.size());
        orders << o;
    }
    QString error;
    QVERIFY2(insertOrders(t->db(), orders, &error), qPrintable(error));
    op = addUser(t->db(), QStringLiteral("op"), Role::Operator);
    QVERIFY(op.userId != 0);
    service = std::make_unique<OrderService>(t->workspace(), op);
}

// A fresh view for each test: all orders, sorted by payment.
void TestOrdersSelection::init()
{
    view.reset();
    view = std::make_unique<OrdersView>(t->workspace(), op);
    view->resize(1400, 1200);
    view->show();
    QVERIFY(QTest::qWaitForWindowExposed(view.get()));
    // Shortcuts (Ctrl+T, Ctrl+Enter) reach the window's actions only while it is active.
    view->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(view.get()));
    QVERIFY(settle(view->model()));
    view->table()->setFocus();
}

void TestOrdersSelection::cleanupTestCase()
{
    view.reset();
    service.reset();
    t.reset();
}

// Item 8: four NEW orders selected in the 신규주문 list, three of them dispatched through the 송장 입력
// dialog (the fourth left blank): the selection is the one that is still NEW, and nothing else.
void TestOrdersSelection::bulkDispatchKeepsTheRemainingSelection()
{
    showNew();
    const QStringList visible = newOrders(12);
    QCOMPARE(visible.size(), 12);
    const QStringList picked = {visible[1], visible[3], visible[4], visible[6]};
    clickOrder(view.get(), picked[0]);
    for (int i = 1; i < picked.size(); ++i)
        clickOrder(view.get(), picked[i], Qt::ControlModifier);
    QCOMPARE(selectedIds(view.get()), sorted(picked));

    QStringList failures;
    QString report;
    whenModal(QStringLiteral("bulkReportDialog"), [&](QDialog *d) {
        report =
            d->findChildren<QLabel *>().value(0) ? d->findChildren<QLabel *>().value(0)->text() : QString();
        d->accept();
    });
    whenModal(QStringLiteral("dispatchDialog"), [&](QDialog *d) {
        auto *table = d->findChild<QTableWidget *>(QStringLiteral("rowsTable"));
        if (!table || table->rowCount() != 4) {
            failures << QStringLiteral("dialog does not show the four orders");
            d->reject();
            return;
        }
        // Rows in selection order (top to bottom); the last one is left blank.
        for (int row = 0; row < 3; ++row)
            d->findChild<QLineEdit *>(QStringLiteral("trackingEdit_%1").arg(row))->setText(nextTracking());
        submitDispatch(d, failures);
    });
    QTRY_VERIFY(view->orderActions()->dispatchAction()->isEnabled());
    QTest::keyClick(view->table(), Qt::Key_T, Qt::ControlModifier);
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1String("; "))));
    for (int i = 0; i < 3; ++i)
        QCOMPARE(statusOf(*service, picked[i]), QStringLiteral("SHIPPING"));
    QCOMPARE(statusOf(*service, picked[3]), QStringLiteral("NEW"));
    QVERIFY(settle(view->model()));
    QTRY_COMPARE(selectedIds(view.get()), QStringList{picked[3]});
    // The next Ctrl+Enter offers exactly that order: with one order it confirms it directly.
    QTRY_VERIFY(view->orderActions()->confirmAction()->isEnabled());
    view->activateWindow(); // back from the dialogs
    QVERIFY(QTest::qWaitForWindowActive(view.get()));
    QTest::keyClick(view->table(), Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(statusOf(*service, picked[3]), QStringLiteral("CONFIRMED"));
    for (const QString &id : visible.mid(0, 8)) {
        if (!picked.contains(id))
            QCOMPARE(statusOf(*service, id), QStringLiteral("NEW"));
    }
    QVERIFY(settle(view->model()));
    QTRY_COMPARE(selectedIds(view.get()), QStringList());
    // The report counts the blank row as skipped.
    QVERIFY2(report.contains(QLatin1String("3 processed, 0 refused, 1 skipped")), qPrintable(report));
}

// Item 8, all orders sorted by status: the dispatched orders move down the table; the selection goes
// with them.
void TestOrdersSelection::bulkDispatchSortedByStatusKeepsTheOrders()
{
    showAll();
    view->table()->sortByColumn(OrderTableModel::Status, Qt::AscendingOrder);
    QVERIFY(settle(view->model()));
    for (int row = 0; row < view->model()->rowCount(); row += OrderTableModel::kWindowSize)
        view->model()->data(view->model()->index(row, 0));
    QVERIFY(settle(view->model()));
    const QStringList visible = newOrders(8);
    QCOMPARE(visible.size(), 8);
    const QStringList picked = {visible[0], visible[2], visible[5]};
    clickOrder(view.get(), picked[0]);
    clickOrder(view.get(), picked[1], Qt::ControlModifier);
    clickOrder(view.get(), picked[2], Qt::ControlModifier);
    const QString current = picked[2];
    QCOMPARE(currentId(view.get()), current);

    QStringList failures;
    whenModal(QStringLiteral("bulkReportDialog"), [&](QDialog *d) { d->accept(); });
    whenModal(QStringLiteral("dispatchDialog"), [&](QDialog *d) {
        for (int row = 0; row < 3; ++row)
            d->findChild<QLineEdit *>(QStringLiteral("trackingEdit_%1").arg(row))->setText(nextTracking());
        QTest::mouseClick(d->findChild<QPushButton *>(QStringLiteral("submitButton")), Qt::LeftButton);
        if (d->isVisible()) {
            failures << QStringLiteral("dispatch refused");
            d->reject();
        }
    });
    QTRY_VERIFY(view->orderActions()->dispatchAction()->isEnabled());
    view->orderActions()->dispatchAction()->trigger();
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1String("; "))));
    QVERIFY(settle(view->model()));
    for (int row = 0; row < view->model()->rowCount(); row += OrderTableModel::kWindowSize)
        view->model()->data(view->model()->index(row, 0));
    QVERIFY(settle(view->model()));
    QTRY_COMPARE(selectedIds(view.get()), sorted(picked));
    QCOMPARE(currentId(view.get()), current);
    // F5 (a plain refresh) and another sort keep them too.
    view->refresh();
    QVERIFY(settle(view->model()));
    QTRY_COMPARE(selectedIds(view.get()), sorted(picked));
    view->table()->sortByColumn(OrderTableModel::PaidAt, Qt::DescendingOrder);
    QVERIFY(settle(view->model()));
    QTRY_COMPARE(selectedIds(view.get()), sorted(picked));
    QCOMPARE(currentId(view.get()), current);
}

// Item 8: a single 발주확인 keeps the selection on that order (now 발주확인 status) in the full list, and
// leaves nothing selected when the order left the 신규주문 list.
void TestOrdersSelection::singleConfirmKeepsTheOrder()
{
    showAll();
    const QStringList ids = newOrders(6);
    QCOMPARE(ids.size(), 6);
    clickOrder(view.get(), ids[2]);
    QCOMPARE(selectedIds(view.get()), QStringList{ids[2]});
    QTRY_VERIFY(view->orderActions()->confirmAction()->isEnabled());
    QTest::keyClick(view->table(), Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(statusOf(*service, ids[2]), QStringLiteral("CONFIRMED"));
    QVERIFY(settle(view->model()));
    QTest::qWait(100);
    QTRY_COMPARE(selectedIds(view.get()), QStringList{ids[2]});
    QCOMPARE(currentId(view.get()), ids[2]);

    showNew();
    const QStringList stillNew = newOrders(3);
    QCOMPARE(stillNew.size(), 3);
    clickOrder(view.get(), stillNew[1]);
    QTRY_VERIFY(view->orderActions()->confirmAction()->isEnabled());
    QTest::keyClick(view->table(), Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(statusOf(*service, stillNew[1]), QStringLiteral("CONFIRMED"));
    QVERIFY(settle(view->model()));
    QTest::qWait(100);
    QCOMPARE(selectedIds(view.get()), QStringList());
    QVERIFY(!view->orderActions()->confirmAction()->isEnabled());
}

// Item 9: a refused number is shown in full, focus goes to the first bad row, the error clears as the
// number is corrected, and the summary counts ready, refused and skipped rows.
void TestOrdersSelection::trackingDialogChecksRowsAsEdited()
{
    showNew();
    const QStringList ids = newOrders(5);
    QCOMPARE(ids.size(), 5);
    clickOrder(view.get(), ids[0]);
    for (int i = 1; i < ids.size(); ++i)
        clickOrder(view.get(), ids[i], Qt::ControlModifier);

    QStringList failures;
    auto expect = [&](bool ok, const QString &what) {
        if (!ok)
            failures << what;
    };
    QString report;
    whenModal(QStringLiteral("bulkReportDialog"), [&](QDialog *d) {
        report =
            d->findChildren<QLabel *>().value(0) ? d->findChildren<QLabel *>().value(0)->text() : QString();
        d->accept();
    });
    whenModal(QStringLiteral("dispatchDialog"), [&](QDialog *d) {
        auto *table = d->findChild<QTableWidget *>(QStringLiteral("rowsTable"));
        auto edit = [d](int row) {
            return d->findChild<QLineEdit *>(QStringLiteral("trackingEdit_%1").arg(row));
        };
        // CJ대한통운 (the default courier) takes 10 or 12 digits.
        edit(0)->setText(nextTracking());
        edit(1)->setText(QStringLiteral("1234"));
        edit(2)->setText(nextTracking());
        edit(3)->setText(QStringLiteral("99"));
        // row 4 left blank
        QTest::mouseClick(d->findChild<QPushButton *>(QStringLiteral("submitButton")), Qt::LeftButton);
        expect(d->isVisible(), QStringLiteral("dialog closed with bad rows"));
        expect(d->focusWidget() == edit(1), QStringLiteral("focus is not on the first bad row"));
        QString reason;
        isTrackingNumberValid(*findCourier(QStringLiteral("CJGLS")), QStringLiteral("1234"), &reason);
        QTableWidgetItem *result = table->item(1, 4);
        expect(result && result->text().contains(reason), QStringLiteral("row 1 does not say: ") + reason);
        expect(result && result->toolTip().contains(reason), QStringLiteral("no tooltip on row 1"));
        // The whole message fits in the cell: wrapped in a row tall enough.
        const QFontMetrics fm(table->font());
        const int needed = fm.boundingRect(QRect(0, 0, table->columnWidth(4) - 8, 10000), Qt::TextWordWrap,
                                           result ? result->text() : QString())
                               .height();
        expect(table->wordWrap() && table->rowHeight(1) >= needed,
               QStringLiteral("row 1 too low for its message: %1 < %2").arg(table->rowHeight(1)).arg(needed));
        auto *message = d->findChild<QLabel *>(QStringLiteral("rowMessageLabel"));
        expect(message && message->text().contains(reason), QStringLiteral("no message line for the row"));
        const QString summary = d->findChild<QLabel *>(QStringLiteral("errorLabel"))->text();
        expect(summary.contains(QLatin1String("2 ready, 2 refused, 1 skipped")),
               QStringLiteral("summary: ") + summary);

        // Correct row 1 by typing: its error clears without submitting.
        edit(1)->selectAll();
        QTest::keyClicks(edit(1), nextTracking());
        expect(table->item(1, 4)->text().isEmpty() || !table->item(1, 4)->text().contains(reason),
               QStringLiteral("row 1 error stays: ") + table->item(1, 4)->text());
        expect(table->item(1, 4)->foreground().color() != QColor(198, 40, 40),
               QStringLiteral("row 1 stays red"));
        // Row 3 emptied: skipped, no error.
        edit(3)->setFocus();
        edit(3)->selectAll();
        QTest::keyClick(edit(3), Qt::Key_Backspace);
        expect(table->item(3, 4)->foreground().color() != QColor(198, 40, 40),
               QStringLiteral("row 3 stays red when emptied"));
        submitDispatch(d, failures);
    });
    QTRY_VERIFY(view->orderActions()->dispatchAction()->isEnabled());
    QTest::keyClick(view->table(), Qt::Key_T, Qt::ControlModifier);
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1String("; "))));
    QCOMPARE(statusOf(*service, ids[1]), QStringLiteral("SHIPPING"));
    QCOMPARE(statusOf(*service, ids[3]), QStringLiteral("NEW"));
    QCOMPARE(statusOf(*service, ids[4]), QStringLiteral("NEW"));
    QVERIFY2(report.contains(QLatin1String("3 processed, 0 refused, 2 skipped")), qPrintable(report));
}

// Item 9: the preview of a multi-order 발주확인 names product and buyer of each order.
void TestOrdersSelection::confirmPreviewShowsProductAndBuyer()
{
    showNew();
    const QStringList ids = newOrders(3);
    QCOMPARE(ids.size(), 3);
    clickOrder(view.get(), ids[0]);
    clickOrder(view.get(), ids[2], Qt::ControlModifier);
    QList<OrderRow> rows;
    for (const QString &id : {ids[0], ids[2]})
        rows << *view->model()->rowAt(rowOf(view.get(), id));

    QStringList failures;
    bool shown = false;
    whenModal(QStringLiteral("bulkPreviewDialog"), [&](QDialog *d) {
        shown = true;
        const auto shown = outcomeRows(d);
        if (shown.size() != rows.size())
            failures << QStringLiteral("%1 rows shown").arg(shown.size());
        for (const OrderRow &r : std::as_const(rows)) {
            QHash<QString, QString> line;
            for (const auto &row : shown) {
                if (row.value(QStringLiteral("Product order no.")) == r.productOrderNo)
                    line = row;
            }
            if (line.value(QStringLiteral("Product")) != r.productName ||
                line.value(QStringLiteral("Buyer")) != r.buyerName)
                failures << QStringLiteral("%1 shown as \"%2 | %3\", expected %4 and %5")
                                .arg(r.productOrderNo, line.value(QStringLiteral("Product")),
                                     line.value(QStringLiteral("Buyer")), r.productName, r.buyerName);
        }
        d->reject();
    });
    QTRY_VERIFY(view->orderActions()->confirmAction()->isEnabled());
    QTest::keyClick(view->table(), Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(shown);
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1String("; "))));
    QCOMPARE(statusOf(*service, ids[0]), QStringLiteral("NEW"));
}

// The 발송지연 안내 dialog asks the service's rule for its input and shows a refusal once, with the
// focus on the field it concerns; nothing is written until the input is right.
void TestOrdersSelection::delayDialogAsksTheService()
{
    showAll();
    const QString id = newOrders(1).value(0);
    QVERIFY(!id.isEmpty());
    clickOrder(view.get(), id);
    QTRY_VERIFY(view->orderActions()->delayAction()->isEnabled());
    QStringList seen;
    whenModal(QStringLiteral("delayDialog"), [&](QDialog *d) {
        auto *date = d->findChild<QDateEdit *>(QStringLiteral("dateEdit"));
        auto *detail = d->findChild<QPlainTextEdit *>(QStringLiteral("detailEdit"));
        auto *error = d->findChild<QLabel *>(QStringLiteral("errorLabel"));
        auto *reason = d->findChild<QComboBox *>(QStringLiteral("reasonCombo"));
        auto ok = [d] { d->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click(); };
        date->setDate(defaultNow().date().addDays(200)); // past delay.max_days (90)
        ok();
        seen << (d->isVisible() && error->text().contains(QLatin1String("90")) && d->focusWidget() == date
                     ? QStringLiteral("date refused at the date")
                     : QStringLiteral("date: ") + error->text());
        date->setDate(defaultNow().date().addDays(10));
        ok(); // no detail: every reason needs one
        seen << (d->isVisible() && error->text().contains(QLatin1String("required")) && d->focusWidget() == detail
                     ? QStringLiteral("no detail refused at the detail")
                     : QStringLiteral("no detail: ") + error->text());
        reason->setCurrentIndex(reason->findData(QStringLiteral("ETC")));
        detail->setPlainText(QString(201, QLatin1Char('x')));
        ok();
        seen << (d->isVisible() && error->text().contains(QLatin1String("200")) && d->focusWidget() == detail
                     ? QStringLiteral("detail refused at the detail")
                     : QStringLiteral("detail: ") + error->text());
        d->reject();
    });
    view->orderActions()->delayAction()->trigger();
    QCOMPARE(seen, (QStringList{QStringLiteral("date refused at the date"),
                                QStringLiteral("no detail refused at the detail"),
                                QStringLiteral("detail refused at the detail")}));
    QCOMPARE(statusOf(*service, id), QStringLiteral("NEW"));
}

QTEST_MAIN(TestOrdersSelection)
#include "test_orders_selection.moc"
