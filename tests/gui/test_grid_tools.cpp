// The orders grid's tools (issue 9 §2): Ctrl+C as a table (visual order, hidden columns left out,
// masked per role, rows beyond the loaded windows), layouts saved per SellerDesk login in the store
// and reset to the compact default, the 합포장 group role, and 인쇄's PDF (owner-only, complete).
#include "core/access/personal_data_mask.h"
#include "core/calendar/seoul_time.h"
#include "core/orders/order_field.h"
#include "gui_support.h"
#include "models/orders/order_table_model.h"
#include "services/store/user_layouts.h"
#include "test_support.h"
#include "ui/common/main_window.h"
#include "ui/common/table_copy.h"
#include "ui/orders/orders_view.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QMimeData>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace sd;
using namespace sd::test;

namespace {

constexpr int kOrders = 450; // more than two windows of the model: Ctrl+A reads rows not loaded

QString label(int column)
{
    return ordersTable().columns.at(column).label();
}

void selectRows(QTableView *table, int first, int last)
{
    auto *model = table->model();
    table->selectionModel()->select(QItemSelection(model->index(first, 0), model->index(last, 0)),
                                    QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

} // namespace

class TestGridTools : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestWorkspace> t;
    UserSession master, finance, other;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        t = std::make_unique<TestWorkspace>();
        QVERIFY2(t->ok(), qPrintable(t->error));
        master = addUser(t->db(), QStringLiteral("boss"), Role::Master);
        finance = addUser(t->db(), QStringLiteral("money"), Role::Finance);
        other = addUser(t->db(), QStringLiteral("helper"), Role::Operator);
        QList<Order> orders;
        // Newest first in the grid (paid_at descending): rows 0-2 are one checkout (O-G, 합포장), row 3
        // alone, rows 4-5 another checkout right below a single row, rows 6-7 a checkout touching it.
        const QDateTime now = t->clock.nowUtc();
        for (int i = 0; i < kOrders; ++i) {
            QString orderNo;
            QDateTime paid = now.addSecs(-600 - i * 60);
            if (i <= 2) {
                orderNo = QStringLiteral("O-G");
                paid = now.addSecs(-600);
            } else if (i == 4 || i == 5) {
                orderNo = QStringLiteral("O-H");
                paid = now.addSecs(-600 - 4 * 60);
            } else if (i == 6 || i == 7) {
                orderNo = QStringLiteral("O-I");
                paid = now.addSecs(-600 - 6 * 60);
            }
            Order o = makeOrder(QStringLiteral("2024%1").arg(i, 12, 10, QLatin1Char('0')), OrderStatus::New,
                                orderNo, paid);
            o.productName = i == 3 ? QStringLiteral("탭\t있는\n상품") : QStringLiteral("무선 키보드");
            o.totalAmount = 35000 + i;
            orders << o;
        }
        QVERIFY(insertOrders(t->db(), orders));
    }
    void cleanupTestCase() { t.reset(); }

    void copyIsATableOfWhatIsShown()
    {
        for (const UserSession &who : {master, finance}) {
            MainWindow w(t->workspace(), who);
            w.show();
            OrdersView *view = w.ordersView();
            QVERIFY(settle(view->model()));
            QTableView *table = view->table();
            QHeaderView *header = table->horizontalHeader();
            view->resetColumnLayout();
            // Amount moved first, the channel hidden: the copy follows the screen.
            header->moveSection(header->visualIndex(OrderTableModel::Amount), 0);
            header->setSectionHidden(OrderTableModel::Channel, true);
            selectRows(table, 3, 4);
            CopiedRows copied;
            const int recordsBefore = countRows(t->db(), QStringLiteral("personal_data_access"));
            const Result r = copySelectedRows(table, t->workspace(), who, &copied);
            QVERIFY2(r.ok(), qPrintable(r.message));
            // Names copied unmasked are recorded as an export is; masked ones are no read.
            QCOMPARE(countRows(t->db(), QStringLiteral("personal_data_access")),
                     recordsBefore + (who.role == Role::Master ? 1 : 0));
            QCOMPARE(copied.rows, 2);
            const QStringList lines = copied.tsv.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
            QCOMPARE(lines.size(), 3);
            const QStringList head = lines[0].split(QLatin1Char('\t'));
            QCOMPARE(head.value(0), label(OrderTableModel::Amount));
            QCOMPARE(head.value(1), label(OrderTableModel::Status));
            QVERIFY(!head.contains(label(OrderTableModel::Channel)));
            QVERIFY(!head.contains(label(OrderTableModel::OrderNo))); // hidden by default
            QVERIFY(!head.contains(label(OrdersTable::Address)));
            const QStringList cells = lines[1].split(QLatin1Char('\t'));
            QCOMPARE(cells.size(), head.size()); // the tab and the line break inside the cell are spaces
            const auto at = [&](int column) { return cells.value(head.indexOf(label(column))); };
            QCOMPARE(at(OrderTableModel::Amount), QStringLiteral("35003")); // a plain number
            QCOMPARE(at(OrderTableModel::Product), QStringLiteral("탭 있는 상품"));
            QCOMPARE(at(OrderTableModel::Status), statusLabel(OrderStatus::New)); // the label, not NEW
            QCOMPARE(at(OrderTableModel::PaidAt),
                     formatSeoul(t->clock.nowUtc().addSecs(-600 - 3 * 60), QStringLiteral("yyyy-MM-dd HH:mm")));
            QCOMPARE(at(OrderTableModel::Recipient),
                     who.role == Role::Master ? QStringLiteral("이영희")
                                              : maskValue(MaskClass::Name, QStringLiteral("이영희")));
            QCOMPARE(at(OrderTableModel::Recipient), view->model()->index(3, OrderTableModel::Recipient).data().toString());
            QVERIFY(copied.html.contains(QStringLiteral("<table")));
            QVERIFY(copied.html.contains(QStringLiteral("mso-number-format")));

            // Ctrl+C puts it on the clipboard as text and HTML.
            QApplication::clipboard()->clear();
            table->setFocus();
            QTest::keyClick(table, Qt::Key_C, Qt::ControlModifier);
            const QMimeData *mime = QApplication::clipboard()->mimeData();
            QVERIFY(mime);
            QCOMPARE(mime->text(), copied.tsv);
            QVERIFY(mime->hasHtml());
            w.close();
        }
    }

    void copyReadsRowsNotLoaded()
    {
        MainWindow w(t->workspace(), master);
        w.show();
        OrdersView *view = w.ordersView();
        QVERIFY(settle(view->model()));
        QTableView *table = view->table();
        view->resetColumnLayout();
        QVERIFY(!view->model()->peekRow(kOrders - 1)); // the last window is not loaded
        table->selectAll();
        CopiedRows copied;
        const Result r = copySelectedRows(table, t->workspace(), master, &copied);
        QVERIFY2(r.ok(), qPrintable(r.message));
        const QStringList lines = copied.tsv.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), kOrders + 1);
        const QStringList head = lines[0].split(QLatin1Char('\t'));
        const int number = head.indexOf(label(OrderTableModel::ProductOrderNo));
        QVERIFY(number >= 0);
        // The oldest order is the last row (paid_at descending).
        QCOMPARE(lines.last().split(QLatin1Char('\t')).value(number),
                 QStringLiteral("2024%1").arg(kOrders - 1, 12, 10, QLatin1Char('0')));
        QVERIFY(kMaxCopiedRows >= kOrders);
        w.close();
    }

    void layoutIsKeptPerLogin()
    {
        const int defaultWidth = [&] {
            MainWindow w(t->workspace(), master);
            OrdersView *view = w.ordersView();
            view->resetColumnLayout();
            return view->table()->columnWidth(OrderTableModel::Product);
        }();
        {
            MainWindow w(t->workspace(), master);
            w.show();
            QTableView *table = w.ordersView()->table();
            table->setColumnWidth(OrderTableModel::Product, defaultWidth + 123);
            table->horizontalHeader()->setSectionHidden(OrderTableModel::Phone, true);
            w.close(); // saves the layouts into the store
        }
        QVERIFY(UserLayouts(t->workspace(), master).load().contains(QStringLiteral("orders")));
        {
            MainWindow w(t->workspace(), master); // the same login: restored
            QTableView *table = w.ordersView()->table();
            QCOMPARE(table->columnWidth(OrderTableModel::Product), defaultWidth + 123);
            QVERIFY(table->horizontalHeader()->isSectionHidden(OrderTableModel::Phone));
            // 기본값으로 (보기 › 열 배치 초기화): widths, order and hidden columns back.
            QAction *reset = w.ordersView()->findChild<QAction *>(QStringLiteral("resetColumnsAction"));
            QVERIFY(reset);
            reset->trigger();
            QCOMPARE(table->columnWidth(OrderTableModel::Product), defaultWidth);
            QVERIFY(!table->horizontalHeader()->isSectionHidden(OrderTableModel::Phone));
            QVERIFY(table->horizontalHeader()->isSectionHidden(OrderTableModel::OrderNo));
            QCOMPARE(table->horizontalHeader()->logicalIndex(0), int(OrderTableModel::Status));
            w.close();
        }
        {
            MainWindow w(t->workspace(), master); // the reset was saved too
            QCOMPARE(w.ordersView()->table()->columnWidth(OrderTableModel::Product), defaultWidth);
        }
        {
            MainWindow w(t->workspace(), master);
            w.ordersView()->table()->setColumnWidth(OrderTableModel::Product, defaultWidth + 50);
            w.close();
        }
        {
            MainWindow w(t->workspace(), other); // another login: the default
            QTableView *table = w.ordersView()->table();
            QCOMPARE(table->columnWidth(OrderTableModel::Product), defaultWidth);
            QVERIFY(!table->horizontalHeader()->isSectionHidden(OrderTableModel::Phone));
        }
    }

    void ordersOfOneCheckoutAreOneShipment()
    {
        MainWindow w(t->workspace(), master);
        OrdersView *view = w.ordersView();
        OrderTableModel *model = view->model();
        QVERIFY(settle(model));
        model->data(model->index(0, 0));
        QVERIFY(settle(model));
        const auto group = [&](int row) {
            return model->index(row, OrderTableModel::Product).data(OrderTableModel::ShipmentGroupRole).toInt();
        };
        for (int row = 0; row <= 2; ++row)
            QCOMPARE(model->index(row, OrderTableModel::OrderNo).data().toString(), QStringLiteral("O-G"));
        QCOMPARE(group(0), OrderTableModel::InGroup | OrderTableModel::GroupFirst);
        QCOMPARE(group(1), int(OrderTableModel::InGroup));
        QCOMPARE(group(2), OrderTableModel::InGroup | OrderTableModel::GroupLast);
        QCOMPARE(group(3), 0); // a row alone
        QCOMPARE(group(4), OrderTableModel::InGroup | OrderTableModel::GroupFirst);
        QCOMPARE(group(5), OrderTableModel::InGroup | OrderTableModel::GroupLast);
        // O-I touches O-H: the other shade.
        QCOMPARE(group(6), OrderTableModel::InGroup | OrderTableModel::GroupFirst | OrderTableModel::GroupOdd);
        QCOMPARE(group(7), OrderTableModel::InGroup | OrderTableModel::GroupLast | OrderTableModel::GroupOdd);
        QCOMPARE(group(8), 0);
    }

    void pdfIsOwnerOnlyAndComplete()
    {
        MainWindow w(t->workspace(), master);
        w.show();
        OrdersView *view = w.ordersView();
        QVERIFY(settle(view->model()));
        selectRows(view->table(), 0, 3);
        QTest::qWait(100); // the selection keeper resolves ids
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("print.pdf"));
        QString error;
        QVERIFY2(view->savePrintPdf(file, &error), qPrintable(error));
        QFile pdf(file);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.size() > 1000);
        QVERIFY(pdf.read(5) == "%PDF-");
#ifdef Q_OS_UNIX
        QCOMPARE(pdf.permissions() & (QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther |
                                      QFileDevice::WriteOther),
                 QFileDevice::Permissions());
#endif
        // Nothing else left in the folder (the temporary file was renamed).
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("print.pdf")});
        // Nothing selected: refused with a message, no file.
        view->table()->clearSelection();
        QTest::qWait(100);
        const QString none = dir.filePath(QStringLiteral("none.pdf"));
        QVERIFY(!view->savePrintPdf(none, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!QFile::exists(none));
    }
};

QTEST_MAIN(TestGridTools)
#include "test_grid_tools.moc"
