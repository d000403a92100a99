#pragma once
#include "core/user_session.h"
#include "services/export_service.h"

#include <QMainWindow>

class QAction;
class QLabel;
class QTabWidget;
class QThread;
class QTimer;

namespace sd {

class OrdersView;
class Workspace;

// The window the seller lives in: the 주문/배송 tab, menus (file, view, orders, help), the status bar
// (store, user, role, last saved). Window and table layout are saved per user.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(Workspace &workspace, const UserSession &user, QWidget *parent = nullptr);
    ~MainWindow() override;

    OrdersView *ordersView() const { return m_orders; }
    UserSession user() const { return m_user; }
    // Runs the automatic purchase decision now (also done after login and hourly).
    void runAutoDecide();
    // Exports what the orders view shows (filter, sort, visible columns in their order) to `file`
    // through the export service, with progress; false with a message on failure or cancel (nothing
    // is left behind).
    bool exportOrders(const QString &file, ExportFormat format, QString *error);
    // 송장 일괄 가져오기 from `file`: preview dialog, then all rows or none. True when orders were written.
    bool importTrackingFile(const QString &file);
    // Backs the store up into `file` through BackupService; false with a message shown on failure.
    bool backupTo(const QString &file);
    // Waits for the automatic backup started with the window (tests, and before the store is closed).
    void waitForAutomaticBackup();

signals:
    // The user chose a backup to restore and confirmed. The owner of the workspace (AppStartup) closes
    // this window and the store, restores, and opens them again: a window never swaps its own store.
    void restoreRequested(const QString &backupFile);
    // The automatic backup at start has finished (made, not needed, or failed with a notice shown).
    void automaticBackupFinished();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildMenus();
    void markSaved(const QString &message);
    void exportOrdersInteractive();
    void importTrackingInteractive();
    void backup();
    void restoreInteractive();
    void startAutomaticBackup();
    void openSettings();
    void about();
    QString settingsGroup() const;
    void restoreUiState();
    void saveUiState() const;

    Workspace &m_ws;
    UserSession m_user;
    QTabWidget *m_tabs;
    OrdersView *m_orders;
    QLabel *m_savedLabel;
    QTimer *m_autoDecideTimer;
    QAction *m_detailsAction = nullptr;
    QThread *m_autoBackup = nullptr;
};

} // namespace sd
