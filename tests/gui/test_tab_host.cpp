// The main window as a tab host: the tabs a role may see, only the current tab's actions in the menus
// and toolbar, the audit log tab over the table engine, and live refresh — a change made by another
// program (a second connection, as the CLI would be) shows in the open window within about a second,
// keeping the selection and the scroll position.
#include "core/table/table_audit.h"
#include "gui_support.h"
#include "models/orders/order_table_model.h"
#include "models/table/table_model.h"
#include "result_support.h"
#include "services/orders/order_service.h"
#include "services/store/settings.h"
#include "services/store/workspace.h"
#include "test_support.h"
#include "ui/audit/audit_log_view.h"
#include "ui/common/main_window.h"
#include "ui/common/settings_dialog.h"
#include "ui/orders/order_details_pane.h"
#include "ui/orders/orders_view.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QMenu>
#include <QMenuBar>
#include <QScrollBar>
#include <QTableView>
#include <QTest>
#include <QToolBar>

using namespace sd;
using namespace sd::test;

class TestTabHost : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestWorkspace> t;
    UserSession master;
    UserSession clerk;
    QStringList ids;

    static QList<QAction *> fileMenuActions(MainWindow &w)
    {
        for (QAction *a : w.menuBar()->actions()) {
            if (a->menu() &&
                a->menu()->actions().contains(w.findChild<QAction *>(QStringLiteral("settingsAction"))))
                return a->menu()->actions();
        }
        return {};
    }

private slots:
    void initTestCase()
    {
        t = std::make_unique<TestWorkspace>(QDateTime::currentDateTimeUtc());
        QVERIFY2(t->ok(), qPrintable(t->error));
        master = addUser(t->db(), QStringLiteral("boss"), Role::Master);
        clerk = addUser(t->db(), QStringLiteral("clerk"), Role::Operator);
        QList<Order> orders;
        for (int i = 0; i < 300; ++i) {
            const QString no = QStringLiteral("2024%1").arg(i, 12, 10, QLatin1Char('0'));
            orders << makeOrder(no, OrderStatus::New, QString(), t->clock.nowUtc().addSecs(-3600 - i * 60));
            ids << no;
        }
        QVERIFY(insertOrders(t->db(), orders));
        // One audited change, so the audit log has a row of each of two actions.
        QVERIFY(OrderService(t->workspace(), master).confirm({ids.last()}).ok());
    }
    void cleanupTestCase() { t.reset(); }

    void eachRoleSeesItsTabs()
    {
        MainWindow boss(t->workspace(), master);
        QCOMPARE(boss.pages().size(), 2);
        QVERIFY(boss.ordersView());
        QVERIFY(qobject_cast<AuditLogView *>(boss.page(QStringLiteral("audit"))));
        MainWindow operatorWindow(t->workspace(), clerk);
        QCOMPARE(operatorWindow.pages().size(), 1);
        QVERIFY(!operatorWindow.page(QStringLiteral("audit")));
    }

    void onlyTheCurrentTabsActionsAreInTheWindow()
    {
        MainWindow w(t->workspace(), master);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto *import = w.findChild<QAction *>(QStringLiteral("importTrackingAction"));
        QVERIFY(import);
        auto *toolbar = w.findChild<QToolBar *>(QStringLiteral("pageToolbar"));
        QVERIFY(toolbar);
        QVERIFY(fileMenuActions(w).contains(import));
        QVERIFY(!toolbar->actions().isEmpty());
        auto *exportAudit = w.findChild<QAction *>(QStringLiteral("exportAuditAction"));
        QVERIFY(exportAudit);
        QVERIFY(!fileMenuActions(w).contains(exportAudit));
        w.showPage(QStringLiteral("audit"));
        QCOMPARE(w.currentPage(), w.page(QStringLiteral("audit")));
        QVERIFY(!fileMenuActions(w).contains(import));
        QVERIFY(fileMenuActions(w).contains(exportAudit)); // the same Ctrl+E, now the audit log's
        QVERIFY(toolbar->actions().isEmpty());
        w.showPage(QStringLiteral("orders"));
        QVERIFY(fileMenuActions(w).contains(import));
        QVERIFY(!toolbar->actions().isEmpty());
    }

    void theAuditTabListsAndFilters()
    {
        MainWindow w(t->workspace(), master);
        w.show();
        auto *audit = qobject_cast<AuditLogView *>(w.page(QStringLiteral("audit")));
        QVERIFY(audit);
        QVERIFY(settle(audit->model()));
        const int all = audit->model()->rowCount();
        QVERIFY(all >= 1);
        const int confirm = audit->actionFilter()->findData(QStringLiteral("orders.confirm"));
        QVERIFY(confirm > 0);
        audit->actionFilter()->setCurrentIndex(confirm);
        QVERIFY(settle(audit->model()));
        QCOMPARE(audit->model()->rowCount(), 1);
        audit->model()->data(audit->model()->index(0, 0));
        QVERIFY(settle(audit->model()));
        QCOMPARE(audit->model()->index(0, AuditTable::Action).data().toString(),
                 QStringLiteral("Orders confirmed"));
        QCOMPARE(audit->model()->index(0, AuditTable::User).data().toString(), master.displayName);
    }

    // 설정 turns the daily automatic backup off; the audit log keeps the change as before → after.
    void theSettingsSwitchTheAutomaticBackup()
    {
        SettingsDialog dialog(t->workspace(), master);
        auto *check = dialog.findChild<QCheckBox *>(QStringLiteral("autoBackupCheck"));
        QVERIFY(check);
        QVERIFY(check->isChecked());
        check->setChecked(false);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(t->workspace().settings().intValue(Settings::Key::AutoBackup), 0);
        QCOMPARE(scalar(t->db(), QStringLiteral("SELECT \"before\" || '>' || \"after\" FROM audit_log WHERE "
                                                "entity_id = 'backup.auto' ORDER BY id DESC LIMIT 1"))
                     .toString(),
                 QStringLiteral("1>0"));
        QVERIFY(t->workspace()
                    .settings()
                    .set(master, Settings::Key::AutoBackup, QStringLiteral("1"), t->clock.nowUtc())
                    .ok());
    }

    void anotherProgramsChangeShowsKeepingSelectionAndScroll()
    {
        MainWindow w(t->workspace(), master);
        w.resize(1200, 700);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        OrdersView *view = w.ordersView();
        OrderTableModel *model = view->model();
        QVERIFY(settle(model));
        QCOMPARE(model->rowCount(), 300);
        // Scroll to the middle and select an order there.
        const int row = 150;
        model->data(model->index(row, 0));
        QVERIFY(settle(model));
        const QString id = model->productOrderNoAt(row);
        QVERIFY(!id.isEmpty());
        view->table()->scrollTo(model->index(row, 0), QAbstractItemView::PositionAtCenter);
        view->table()->selectRow(row);
        // The details pane has opened it (and recorded the read): nothing of ours writes after this.
        QTRY_COMPARE(view->details()->currentOrder(), id);
        QTest::qWait(200);
        const int scroll = view->table()->verticalScrollBar()->value();
        QVERIFY(scroll > 0);
        auto *audit = qobject_cast<AuditLogView *>(w.page(QStringLiteral("audit")));
        QVERIFY(settle(audit->model()));
        const int auditRows = audit->model()->rowCount();

        // Another connection confirms the selected order, as sellerdesk-cli would.
        QString error;
        auto other = keepMessage(
            &error, [&](sd::Result *r) { return Workspace::open(t->dbPath(), t->clock, false, r); });
        QVERIFY2(other, qPrintable(error));
        QVERIFY(OrderService(*other, master).confirm({id}).ok());

        QTRY_COMPARE_WITH_TIMEOUT(model->index(row, OrderTableModel::Status).data(Qt::DisplayRole).toString(),
                                  statusLabel(OrderStatus::Confirmed), 5000);
        QCOMPARE(model->productOrderNoAt(row), id);
        QCOMPARE(view->table()->selectionModel()->selectedRows().size(), 1);
        QCOMPARE(model->productOrderNoAt(view->table()->selectionModel()->selectedRows().first().row()), id);
        QCOMPARE(view->table()->verticalScrollBar()->value(), scroll);
        // The hidden audit tab was not reloaded; it is when it is shown.
        QTest::qWait(200);
        QCOMPARE(audit->model()->rowCount(), auditRows);
        w.showPage(QStringLiteral("audit"));
        QTRY_COMPARE_WITH_TIMEOUT(audit->model()->rowCount(), auditRows + 1, 5000);
    }
};

QTEST_MAIN(TestTabHost)
#include "test_tab_host.moc"
