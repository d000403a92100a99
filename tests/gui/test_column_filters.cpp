// The grid's header (ui/common/column_filters): a column filter set from the header's dialog narrows
// the rows (AND with the chips and the search), shows as a chip under the filter bar, and a click on the
// chip removes it; a value list for code columns; any SQL column sorts, and the indicator follows the
// rows. Drives OrdersView offscreen on a small store of known orders.
#include "gui_support.h"
#include "models/orders/order_table_model.h"
#include "test_support.h"
#include "ui/common/column_filters.h"
#include "ui/orders/orders_view.h"

#include <QApplication>
#include <algorithm>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QToolButton>
#include <memory>

using namespace sd;
using namespace sd::test;

class TestColumnFilters : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestWorkspace> t;
    UserSession op;
    std::unique_ptr<OrdersView> view;
    static constexpr int N = 30;

    TableHeaderControl *header() const { return view->findChild<TableHeaderControl *>(); }
    QList<QToolButton *> chips() const
    {
        QList<QToolButton *> out;
        for (QToolButton *b : view->findChildren<QToolButton *>(QStringLiteral("columnFilterChip"))) {
            if (!b->property("sdColumn").toString().isEmpty() && b->isVisibleTo(view.get()))
                out << b;
        }
        return out;
    }
    void accept(QDialog *dialog)
    {
        auto *buttons = dialog->findChild<QDialogButtonBox *>();
        QVERIFY(buttons);
        buttons->button(QDialogButtonBox::Ok)->click();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName(QStringLiteral("SellerDesk"));
        QApplication::setApplicationName(QStringLiteral("SellerDesk-column-filter-test"));
        t = std::make_unique<TestWorkspace>();
        QVERIFY2(t->ok(), qPrintable(t->error));
        // Products "반팔 티셔츠 i" for every third order, quantities 1..3, every other one confirmed.
        QList<Order> orders;
        for (int i = 1; i <= N; ++i) {
            Order o = makeOrder(QStringLiteral("2024061%1").arg(i, 4, 10, QLatin1Char('0')),
                                i % 2 == 0 ? OrderStatus::Confirmed : OrderStatus::New, QString(),
                                defaultNow().addSecs(-3600 * i));
            o.productName = i % 3 == 0 ? QStringLiteral("반팔 티셔츠 %1").arg(i) : QStringLiteral("머그컵 %1").arg(i);
            o.quantity = 1 + (i / 3) % 3;
            orders << o;
        }
        QString error;
        QVERIFY2(insertOrders(t->db(), orders, &error), qPrintable(error));
        op = addUser(t->db(), QStringLiteral("op"), Role::Operator);
        QVERIFY(op.userId != 0);
    }

    void init()
    {
        view.reset();
        view = std::make_unique<OrdersView>(t->workspace(), op);
        view->resize(1400, 900);
        view->show();
        QVERIFY(QTest::qWaitForWindowExposed(view.get()));
        QVERIFY(settle(view->model()));
    }

    void cleanupTestCase()
    {
        view.reset();
        t.reset();
    }

    // "상품명 contains 티셔츠" from the header's dialog, then removed by its chip.
    void containsFilterFromTheHeaderAndItsChip()
    {
        OrderTableModel *model = view->model();
        QCOMPARE(model->rowCount(), N);
        QVERIFY(header());
        QVERIFY(chips().isEmpty());
        ColumnFilterDialog *dialog = header()->openFilter(OrderTableModel::Product);
        QVERIFY(dialog);
        QVERIFY(dialog->textEdit());
        dialog->textEdit()->setText(QStringLiteral("티셔츠"));
        accept(dialog);
        QVERIFY(settle(model));
        QCOMPARE(model->rowCount(), N / 3);
        QVERIFY(model->waitForRows(0, model->rowCount() - 1, 0, 5000));
        for (int row = 0; row < model->rowCount(); ++row)
            QVERIFY(model->index(row, OrderTableModel::Product).data().toString().contains(QStringLiteral("티셔츠")));
        QCOMPARE(chips().size(), 1);
        QVERIFY(chips().first()->text().contains(QStringLiteral("티셔츠")));

        // AND with a range on the quantity, set the same way: two chips.
        dialog = header()->openFilter(OrderTableModel::Quantity);
        QVERIFY(dialog && dialog->minEdit());
        dialog->minEdit()->setText(QStringLiteral("2"));
        accept(dialog);
        QVERIFY(settle(model));
        int want = 0;
        for (int i = 1; i <= N; ++i)
            want += (i % 3 == 0 && 1 + (i / 3) % 3 >= 2) ? 1 : 0;
        QVERIFY(want > 0 && want < N / 3);
        QCOMPARE(model->rowCount(), want);
        QCOMPARE(chips().size(), 2);

        // A click on the quantity chip removes that filter only.
        for (QToolButton *chip : chips()) {
            if (chip->property("sdColumn").toString() == QLatin1String("quantity"))
                QTest::mouseClick(chip, Qt::LeftButton);
        }
        QVERIFY(settle(model));
        QCOMPARE(model->rowCount(), N / 3);
        QCOMPARE(chips().size(), 1);
        QTest::mouseClick(chips().first(), Qt::LeftButton);
        QVERIFY(settle(model));
        QCOMPARE(model->rowCount(), N);
        QVERIFY(chips().isEmpty());
        QVERIFY(model->columnFilters().isEmpty());
    }

    // The status column lists its values with labels and counts; unchecking one filters it out.
    void valueListForACodeColumn()
    {
        OrderTableModel *model = view->model();
        ColumnFilterDialog *dialog = header()->openFilter(OrderTableModel::Status);
        QVERIFY(dialog && dialog->valueList());
        QTRY_VERIFY(dialog->valuesLoaded());
        QListWidget *list = dialog->valueList();
        QCOMPARE(list->count(), 2);
        int unchecked = -1;
        for (int i = 0; i < list->count(); ++i) {
            QVERIFY(list->item(i)->text().contains(QStringLiteral("(15)")));
            if (list->item(i)->text().startsWith(statusLabel(OrderStatus::New))) {
                list->item(i)->setCheckState(Qt::Unchecked);
                unchecked = i;
            }
        }
        QVERIFY(unchecked >= 0);
        accept(dialog);
        QVERIFY(settle(model));
        QCOMPARE(model->rowCount(), N / 2);
        QVERIFY(model->waitForRows(0, model->rowCount() - 1, 0, 5000));
        for (int row = 0; row < model->rowCount(); ++row)
            QCOMPARE(model->index(row, OrderTableModel::Status, {}).data(TableModel::CodeRole).toString(),
                     statusCode(OrderStatus::Confirmed));
        QCOMPARE(chips().size(), 1);
        header()->clearFilters();
        QVERIFY(settle(model));
        QCOMPARE(model->rowCount(), N);
    }

    // A click on the product header sorts by it (no index: a rank); the indicator is there once
    // the rows are. The buyer (contacts, outside SQL) cannot be filtered from the header.
    void anyColumnSortsAndTheIndicatorFollows()
    {
        OrderTableModel *model = view->model();
        QHeaderView *h = view->table()->horizontalHeader();
        QVERIFY(!model->canFilterColumn(OrderTableModel::Buyer));
        QVERIFY(!header()->openFilter(OrderTableModel::Buyer));
        const QRect section(h->sectionViewportPosition(OrderTableModel::Product), 0,
                            h->sectionSize(OrderTableModel::Product), h->height());
        QTest::mouseClick(h->viewport(), Qt::LeftButton, Qt::NoModifier, section.center());
        QVERIFY(settle(model));
        QCOMPARE(model->tableSort().column, QStringLiteral("product"));
        QCOMPARE(model->shownSort(), model->tableSort());
        QCOMPARE(h->sortIndicatorSection(), int(OrderTableModel::Product));
        QVERIFY(model->waitForRows(0, N - 1, 0, 5000));
        QStringList products;
        for (int row = 0; row < N; ++row)
            products << model->index(row, OrderTableModel::Product).data().toString();
        QStringList sorted = products;
        std::sort(sorted.begin(), sorted.end(), [](const QString &a, const QString &b) { return a.toUtf8() < b.toUtf8(); });
        if (model->tableSort().descending)
            std::reverse(sorted.begin(), sorted.end());
        QCOMPARE(products, sorted);
    }
};

QTEST_MAIN(TestColumnFilters)
#include "test_column_filters.moc"
