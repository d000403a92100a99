// Drives the real start-up flow and the orders tab offscreen: first-run setup, login (wrong password
// first), the main window, 발주확인 and 송장 입력 on a NEW order, a refused tracking number.
#include "core/access/personal_data_mask.h"
#include "core/calendar/clock.h"
#include "core/orders/order_status.h"
#include "gui_support.h"
#include "models/orders/order_table_model.h"
#include "services/demo/demo_store.h"
#include "services/orders/order_service.h"
#include "services/store/workspace.h"
#include "ui/common/app_startup.h"
#include "ui/common/main_window.h"
#include "ui/common/tab_page.h"
#include "ui/orders/order_actions.h"
#include "ui/orders/order_details_pane.h"
#include "ui/orders/orders_view.h"
#include "ui/orders/status_chip_bar.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStringDecoder>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <functional>
#include <memory>

using namespace sd;
using sd::test::settle;
using sd::test::whenModal;

namespace {

template <typename T> T *child(QObject *parent, const QString &name)
{
    T *w = parent->findChild<T *>(name);
    if (!w)
        qWarning("no child %s", qPrintable(name));
    return w;
}

// The model loads rows in windows when they are asked for (as the view does when painting).
bool loadRow(OrderTableModel *model, int row)
{
    model->data(model->index(row, 0));
    return settle(model) && model->rowAt(row).has_value();
}

void clickOk(QDialog *dialog)
{
    auto *box = dialog->findChild<QDialogButtonBox *>();
    QTest::mouseClick(box->button(QDialogButtonBox::Ok), Qt::LeftButton);
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void startUpAndProcessAnOrder();
    void secondInstanceIsRefused();
    void financeSeesMaskedData();
    void importTrackingNumbersFromFile();
    void dispatchTemplateOfWhatIsShown();

private:
    QTemporaryDir m_dir;
    QString m_db;
    // 2025-03-12 10:00 in Seoul (a Wednesday).
    FixedClock m_clock{QDateTime(QDate(2025, 3, 12), QTime(1, 0), Qt::UTC)};
    std::unique_ptr<AppStartup> m_startup;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("SellerDesk"));
    QApplication::setApplicationName(QStringLiteral("SellerDesk-test"));
    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath(QStringLiteral("store.sqlite"));
}

void TestMainWindow::cleanupTestCase()
{
    m_startup.reset();
}

void TestMainWindow::startUpAndProcessAnOrder()
{
    m_startup = std::make_unique<AppStartup>(m_clock);
    QString error;
    QVERIFY2(m_startup->openWorkspace(m_db, &error), qPrintable(error));
    Workspace &ws = *m_startup->workspace();
    QVERIFY(!ws.isInitialized());

    QStringList failures;
    // 1. First-run setup: a bad business number is refused, then the right data is accepted.
    whenModal(QStringLiteral("setupDialog"), [&](QDialog *d) {
        child<QLineEdit>(d, QStringLiteral("storeNameEdit"))->setText(QStringLiteral("테스트상회"));
        auto *businessNo = child<QLineEdit>(d, QStringLiteral("businessNoEdit"));
        businessNo->setText(QStringLiteral("1234567890")); // wrong check digit
        child<QCheckBox>(d, QStringLiteral("kakaoCheck"))->setChecked(true);
        child<QLineEdit>(d, QStringLiteral("loginEdit"))->setText(QStringLiteral("owner"));
        child<QLineEdit>(d, QStringLiteral("nameEdit"))->setText(QStringLiteral("김사장"));
        child<QLineEdit>(d, QStringLiteral("passwordEdit"))->setText(QStringLiteral("seller2025desk"));
        child<QLineEdit>(d, QStringLiteral("passwordRepeatEdit"))->setText(QStringLiteral("seller2025desk"));
        clickOk(d);
        // The problem is said once, under the number, and the cursor goes there.
        const QString hint = child<QLabel>(d, QStringLiteral("businessNoHint"))->text();
        if (!d->isVisible() || !hint.contains(QStringLiteral("123-45-67890")))
            failures << QStringLiteral("setup accepted a wrong business number: ") + hint;
        if (!child<QLabel>(d, QStringLiteral("errorLabel"))->text().isEmpty())
            failures << QStringLiteral("business number error shown twice");
        if (d->focusWidget() != businessNo) // the dialog's focus, whether or not the window is active
            failures << QStringLiteral("focus not on the business number");
        // A field's own error line sits under it and goes when the field is edited.
        auto *name = child<QLineEdit>(d, QStringLiteral("nameEdit"));
        name->setText(QStringLiteral("\x1b[31m김사장"));
        businessNo->setText(QStringLiteral("1234567891"));
        clickOk(d);
        auto *fieldError = child<QLabel>(d, QStringLiteral("fieldError"));
        if (!d->isVisible() || fieldError->isHidden() || d->focusWidget() != name)
            failures << QStringLiteral("control character in the name not shown at the field");
        name->setText(QStringLiteral("김사장x"));
        QTest::keyClick(name, Qt::Key_Backspace); // an edit clears the line
        if (!fieldError->isHidden())
            failures << QStringLiteral("field error stayed after an edit");
        clickOk(d);
        if (d->isVisible()) {
            failures << QStringLiteral("setup refused: ") +
                            child<QLabel>(d, QStringLiteral("errorLabel"))->text();
            d->reject();
        } else if (businessNo->text() != QLatin1String("123-45-67891")) {
            failures << QStringLiteral("business number not shown formatted: ") + businessNo->text();
        }
    });
    // 2. Login: the demo orders are added first (as `sellerdesk-cli demo` would), then a wrong password
    //    shows an error and the right one logs in.
    whenModal(QStringLiteral("loginDialog"), [&](QDialog *d) {
        DemoStore::Options options;
        options.orders = 60;
        options.seed = 7;
        const Result demo = DemoStore::generate(ws, options);
        if (!demo.ok())
            failures << QStringLiteral("demo: ") + demo.message;
        auto *login = child<QLineEdit>(d, QStringLiteral("loginEdit"));
        if (login->text() != QLatin1String("owner"))
            failures << QStringLiteral("login not prefilled");
        child<QLineEdit>(d, QStringLiteral("passwordEdit"))->setText(QStringLiteral("wrong-password1"));
        clickOk(d);
        if (!d->isVisible() || child<QLabel>(d, QStringLiteral("errorLabel"))->text().isEmpty())
            failures << QStringLiteral("wrong password did not show an error");
        child<QLineEdit>(d, QStringLiteral("passwordEdit"))->setText(QStringLiteral("seller2025desk"));
        clickOk(d);
        if (d->isVisible()) {
            failures << QStringLiteral("login refused: ") +
                            child<QLabel>(d, QStringLiteral("errorLabel"))->text();
            d->reject();
        }
    });
    const bool started = m_startup->run();
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1String("; "))));
    QVERIFY(started);
    QVERIFY(ws.isInitialized());

    // 3. The main window with every tab the user's role may see, the orders tab first and current.
    MainWindow *window = m_startup->mainWindow();
    QVERIFY(window);
    QVERIFY(QTest::qWaitForWindowExposed(window));
    auto *tabs = window->findChild<QTabWidget *>(QStringLiteral("mainTabs"));
    QVERIFY(tabs);
    int visible = 0;
    for (const TabRegistration &tab : registeredTabs())
        visible += tab.visibleFor(window->user()) ? 1 : 0;
    QCOMPARE(tabs->count(), visible);
    QCOMPARE(int(window->pages().size()), visible);
    OrdersView *view = window->ordersView();
    QVERIFY(view);
    QCOMPARE(tabs->widget(0), view);
    QCOMPARE(window->currentPage(), view);
    OrderTableModel *model = view->model();
    QVERIFY(settle(model));
    QCOMPARE(model->rowCount(), 60);
    const UserSession user = window->user();
    OrderService service(ws, user);

    // 4. Pick a NEW order through the 신규주문 chip and confirm it (발주확인).
    QTest::mouseClick(child<QWidget>(view, QStringLiteral("chip_NEW")), Qt::LeftButton);
    QVERIFY(settle(model));
    QVERIFY2(model->rowCount() > 0, "the demo store has no NEW order");
    QTableView *table = view->table();
    table->setFocus();
    QVERIFY(loadRow(model, 0));
    table->selectRow(0);
    const QString id = model->productOrderNoAt(0);
    QVERIFY(!id.isEmpty());
    QTRY_COMPARE(view->details()->currentOrder(), id);
    QAction *confirm = view->orderActions()->confirmAction();
    QTRY_VERIFY(confirm->isEnabled());
    QVERIFY(!view->orderActions()->deliverAction()->isEnabled());
    QTest::keyClick(table, Qt::Key_Return, Qt::ControlModifier); // Ctrl+Enter = 발주확인
    Order order;
    QVERIFY(service.find(id, &order).ok());
    QCOMPARE(order.status, OrderStatus::Confirmed);
    // "last saved" in Seoul time: 01:00 UTC is 10:00 in Seoul.
    QVERIFY(
        window->findChild<QLabel *>(QStringLiteral("savedLabel"))->text().contains(QLatin1String("10:00")));

    // 5. Find it again by searching (Ctrl+F, type, Enter moves to the table).
    QTest::mouseClick(child<QWidget>(view, QStringLiteral("chipAll")), Qt::LeftButton);
    QTest::keyClick(window, Qt::Key_F, Qt::ControlModifier);
    auto *search = child<QLineEdit>(view, QStringLiteral("searchEdit"));
    QTRY_VERIFY(search->hasFocus());
    QTest::keyClicks(search, id);
    QTest::keyClick(search, Qt::Key_Return);
    QVERIFY(settle(model));
    QCOMPARE(model->rowCount(), 1);
    QVERIFY(table->hasFocus());
    QVERIFY(loadRow(model, 0));
    QCOMPARE(model->productOrderNoAt(0), id);
    QCOMPARE(model->index(0, OrderTableModel::Status).data().toString(), statusLabel(OrderStatus::Confirmed));
    table->selectRow(0);
    QAction *dispatch = view->orderActions()->dispatchAction();
    QTRY_VERIFY(dispatch->isEnabled());

    // 6. A wrong tracking number: the dialog says why and nothing changes.
    QString dialogError;
    whenModal(QStringLiteral("dispatchDialog"), [&](QDialog *d) {
        auto *courier = child<QComboBox>(d, QStringLiteral("courierCombo"));
        courier->setCurrentIndex(courier->findData(QStringLiteral("CJGLS")));
        auto *tracking = child<QLineEdit>(d, QStringLiteral("trackingEdit"));
        QTest::keyClicks(tracking, QStringLiteral("1234"));
        QTest::keyClick(tracking, Qt::Key_Return); // Enter submits
        dialogError = child<QLabel>(d, QStringLiteral("errorLabel"))->text();
        if (!d->isVisible())
            failures << QStringLiteral("dispatch dialog closed on a wrong number");
        d->reject();
    });
    QTest::keyClick(table, Qt::Key_T, Qt::ControlModifier); // Ctrl+T = 송장 입력
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1String("; "))));
    QVERIFY(!dialogError.isEmpty());
    QVERIFY(service.find(id, &order).ok());
    QCOMPARE(order.status, OrderStatus::Confirmed);
    QVERIFY(order.trackingNo.isEmpty());
    QVERIFY(order.courierCode.isEmpty());

    // 7. The right number: 배송중 in the table and the details.
    whenModal(QStringLiteral("dispatchDialog"), [&](QDialog *d) {
        auto *courier = child<QComboBox>(d, QStringLiteral("courierCombo"));
        courier->setCurrentIndex(courier->findData(QStringLiteral("CJGLS")));
        auto *tracking = child<QLineEdit>(d, QStringLiteral("trackingEdit"));
        tracking->setText(QStringLiteral("6012-3456-7890"));
        QTest::keyClick(tracking, Qt::Key_Return);
        if (d->isVisible()) {
            failures << QStringLiteral("dispatch refused: ") +
                            child<QLabel>(d, QStringLiteral("errorLabel"))->text();
            d->reject();
        }
    });
    dispatch->trigger();
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1String("; "))));
    QVERIFY(service.find(id, &order).ok());
    QCOMPARE(order.status, OrderStatus::Shipping);
    QCOMPARE(order.trackingNo, QStringLiteral("601234567890"));
    QCOMPARE(order.courierCode, QStringLiteral("CJGLS"));
    QVERIFY(settle(model));
    QTRY_COMPARE(model->index(0, OrderTableModel::Status).data().toString(),
                 statusLabel(OrderStatus::Shipping));
    QTRY_VERIFY(view->details()->text().contains(statusLabel(OrderStatus::Shipping)));
    QVERIFY(view->details()->text().contains(QLatin1String("601234567890")));
    QVERIFY(view->orderActions()->deliverAction()->isEnabled());
    QVERIFY(!view->orderActions()->confirmAction()->isEnabled());

    // 8. Export what the view shows (one row), with the BOM Korean Excel needs.
    const QString csv = m_dir.filePath(QStringLiteral("orders.csv"));
    QVERIFY2(window->ordersView()->exportOrders(csv, ExportFormat::Csv, &error), qPrintable(error));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    QCOMPARE(bytes.count('\n'), 2);
    QVERIFY(bytes.contains(id.toUtf8()));
    // CP949 for older programs: no BOM, Korean Windows bytes.
    const QString cp949 = m_dir.filePath(QStringLiteral("orders-cp949.csv"));
    QVERIFY2(window->ordersView()->exportOrders(cp949, ExportFormat::CsvCp949, &error), qPrintable(error));
    QFile legacy(cp949);
    QVERIFY(legacy.open(QIODevice::ReadOnly));
    const QByteArray legacyBytes = legacy.readAll();
    QVERIFY(!legacyBytes.startsWith("\xEF\xBB\xBF"));
    QStringDecoder fromCp949("windows-949");
    QVERIFY(QString(fromCp949.decode(legacyBytes)).contains(statusLabel(OrderStatus::Shipping)));
    // The same as an Excel workbook.
    const QString xlsx = m_dir.filePath(QStringLiteral("orders.xlsx"));
    QVERIFY2(window->ordersView()->exportOrders(xlsx, ExportFormat::Xlsx, &error), qPrintable(error));
    QFile workbook(xlsx);
    QVERIFY(workbook.open(QIODevice::ReadOnly));
    QVERIFY(workbook.read(4) == "PK\x03\x04");

    // Escape clears the search.
    search->setFocus();
    QTest::keyClick(search, Qt::Key_Escape);
    QVERIFY(search->text().isEmpty());
    QVERIFY(settle(model));
    QCOMPARE(model->rowCount(), 60);
}

void TestMainWindow::secondInstanceIsRefused()
{
    AppStartup second(m_clock);
    QString error;
    QVERIFY(!second.openWorkspace(m_db, &error));
    QVERIFY(!error.isEmpty());
}

void TestMainWindow::financeSeesMaskedData()
{
    QVERIFY(m_startup && m_startup->mainWindow());
    Workspace &ws = *m_startup->workspace();
    UserSession finance = m_startup->mainWindow()->user();
    finance.role = Role::Finance;
    MainWindow window(ws, finance);
    window.show();
    OrderTableModel *model = window.ordersView()->model();
    QVERIFY(settle(model));
    QVERIFY(loadRow(model, 0));
    QVERIFY(model->rowCount() > 0);
    const auto row = model->rowAt(0);
    QVERIFY(row.has_value());
    const QString buyer = model->index(0, OrderTableModel::Buyer).data().toString();
    QVERIFY2(buyer.contains(QLatin1Char('*')), qPrintable(buyer));
    {
        // An overseas purchase's 개인통관고유부호 (the demo has none; an import would bring it).
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("customs"));
        db.setDatabaseName(m_db);
        QVERIFY(db.open());
        QSqlQuery q(db);
        q.prepare(QStringLiteral("UPDATE order_contacts SET customs_code = 'P123456789012' WHERE order_id = ?"));
        q.addBindValue(row->id);
        QVERIFY(q.exec());
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("customs"));
    window.ordersView()->table()->selectRow(0);
    QTRY_COMPARE(window.ordersView()->details()->currentOrder(), model->productOrderNoAt(0));
    QVERIFY(window.ordersView()->details()->text().contains(buyer));
    // Masked like the phone for a role without personal data, whole for the master.
    QVERIFY2(window.ordersView()->details()->text().contains(QStringLiteral("P12*******012")),
             qPrintable(window.ordersView()->details()->text()));
    QVERIFY(!window.ordersView()->details()->text().contains(QStringLiteral("P123456789012")));
    const OrderService asMaster(ws, m_startup->mainWindow()->user());
    OrderDetailsPane masterDetails(asMaster);
    masterDetails.showOrder(model->productOrderNoAt(0));
    QVERIFY2(masterDetails.text().contains(QStringLiteral("P123456789012")), qPrintable(masterDetails.text()));
    // Finance changes nothing: every order action is disabled.
    const QList<QAction *> actions = window.ordersView()->orderActions()->actions();
    for (QAction *a : actions)
        QVERIFY(!a->isEnabled());
}

// 파일 › 송장 일괄 가져오기: a bad file is refused with the row named; the good file is previewed,
// applied, and the table shows 배송중.
void TestMainWindow::importTrackingNumbersFromFile()
{
    QVERIFY(m_startup && m_startup->mainWindow());
    MainWindow *window = m_startup->mainWindow();
    Workspace &ws = *m_startup->workspace();
    OrderService service(ws, window->user());
    QAction *import = window->findChild<QAction *>(QStringLiteral("importTrackingAction"));
    QVERIFY(import && import->isEnabled());

    // Two NEW orders from the demo store.
    OrderTableModel *model = window->ordersView()->model();
    QVERIFY(settle(model));
    QStringList ids;
    for (int row = 0; row < model->rowCount() && ids.size() < 2; ++row) {
        QVERIFY(loadRow(model, row));
        if (model->index(row, 0).data(OrderTableModel::StatusCodeRole).toString() == QLatin1String("NEW"))
            ids << model->productOrderNoAt(row);
    }
    QCOMPARE(ids.size(), 2);
    auto writeFile = [&](const QString &secondTracking) {
        const QString path = m_dir.filePath(QStringLiteral("upload.csv"));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return QString();
        f.write(QStringLiteral("상품주문번호,배송방법,택배사,송장번호\n%1,택배,CJ대한통운,511122223333\n%2,"
                               "택배,CJ대한통운,%3\n")
                    .arg(ids[0], ids[1], secondTracking)
                    .toUtf8());
        return path;
    };

    // A wrong number on row 3: the preview names it and offers nothing to apply.
    QStringList failures;
    QString badRowDetail;
    QString badRowLabel;
    int rowsShown = 0;
    whenModal(QStringLiteral("bulkPreviewDialog"), [&](QDialog *d) {
        if (d->findChild<QPushButton *>(QStringLiteral("applyButton")))
            failures << QStringLiteral("apply offered for a file with a bad row");
        for (const auto &row : test::outcomeRows(d)) {
            ++rowsShown;
            if (row.value(QStringLiteral("Product order no.")) == ids[1]) {
                badRowLabel = row.value(QStringLiteral("Row"));
                badRowDetail = row.value(QStringLiteral("Details"));
            }
        }
        d->reject();
    });
    QVERIFY(!window->ordersView()->importTrackingFile(writeFile(QStringLiteral("123"))));
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1String("; "))));
    QCOMPARE(rowsShown, 2);
    QCOMPARE(badRowLabel, QStringLiteral("Row 3")); // spreadsheet row 3
    QVERIFY2(!badRowDetail.isEmpty(), qPrintable(badRowDetail));
    Order order;
    QVERIFY(service.find(ids[0], &order).ok());
    QCOMPARE(order.status, OrderStatus::New);

    // The corrected file: apply, and both orders are 배송중.
    whenModal(QStringLiteral("bulkPreviewDialog"), [&](QDialog *d) {
        auto *apply = d->findChild<QPushButton *>(QStringLiteral("applyButton"));
        if (!apply) {
            failures << QStringLiteral("no apply button for a good file");
            d->reject();
            return;
        }
        QTest::mouseClick(apply, Qt::LeftButton);
    });
    QVERIFY(window->ordersView()->importTrackingFile(writeFile(QStringLiteral("511122224444"))));
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1String("; "))));
    for (const QString &id : std::as_const(ids)) {
        QVERIFY(service.find(id, &order).ok());
        QCOMPARE(order.status, OrderStatus::Shipping);
        QCOMPARE(order.courierCode, QStringLiteral("CJGLS"));
    }
}

// 파일 › 발송처리 양식 내보내기 exports what the seller sees: Ctrl+A on a filtered grid gives its rows, no
// selection the filter's orders awaiting dispatch. A file dropped on the window in the upload layout goes
// to the dispatch import (its preview shows the 주문번호 of each row).
void TestMainWindow::dispatchTemplateOfWhatIsShown()
{
    QVERIFY(m_startup && m_startup->mainWindow());
    MainWindow *window = m_startup->mainWindow();
    OrdersView *view = window->ordersView();
    OrderTableModel *model = view->model();
    const auto templateRows = [&](const QString &name) {
        const QString path = m_dir.filePath(name);
        QString error;
        QStringList ids;
        if (!view->exportDispatchTemplate(path, ExportFormat::Csv, &error))
            return QStringList{QStringLiteral("failed: ") + error};
        QFile f(path);
        f.open(QIODevice::ReadOnly);
        const QStringList lines = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        for (int i = 1; i < lines.size(); ++i)
            ids << lines.at(i).section(QLatin1Char(','), 0, 0).trimmed();
        ids.sort();
        return ids;
    };
    view->chips()->selectStatus(OrderStatus::Shipping);
    QVERIFY(settle(model));
    QStringList shown;
    for (int row = 0; row < model->rowCount(); ++row) {
        QVERIFY(loadRow(model, row));
        shown << model->productOrderNoAt(row);
    }
    shown.sort();
    QVERIFY(!shown.isEmpty());
    view->table()->clearSelection();
    QCOMPARE(templateRows(QStringLiteral("none.csv")), QStringList()); // none of them awaits dispatch
    view->table()->selectAll();
    QCOMPARE(templateRows(QStringLiteral("all.csv")), shown);

    // The upload layout dropped on the window: the dispatch import's preview, with the 주문번호.
    // Two rows (orders already shipped: refused, but a preview of two rows shows the table).
    QVERIFY(shown.size() >= 2);
    const QString id = shown.at(0);
    const QString upload = m_dir.filePath(QStringLiteral("dropped.csv"));
    QFile f(upload);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(QStringLiteral("상품주문번호,배송방법,택배사,송장번호\n%1,택배,CJ대한통운,123\n%2,택배,CJ대한통운,124\n")
                .arg(id, shown.at(1))
                .toUtf8());
    f.close();
    QString orderNo;
    bool previewed = false;
    whenModal(QStringLiteral("bulkPreviewDialog"), [&](QDialog *d) {
        previewed = true;
        for (const auto &row : test::outcomeRows(d)) {
            if (row.value(QStringLiteral("Product order no.")) == id)
                orderNo = row.value(QStringLiteral("Order no."));
        }
        d->reject();
    });
    QVERIFY(!window->importDroppedFile(upload));
    QVERIFY(previewed);
    Order order;
    QVERIFY(OrderService(*m_startup->workspace(), window->user()).find(id, &order, false).ok());
    QCOMPARE(orderNo, order.orderNo);
}

QTEST_MAIN(TestMainWindow)
#include "test_main_window.moc"
