#pragma once
#include <atomic>
#include "core/access/change_area.h"
#include "core/access/user_session.h"
#include "ui/common/style/theme.h"

#include <QList>
#include <QMainWindow>
#include <QSet>

class QAction;
class QActionGroup;
class QLabel;
class QMenu;
class QTabWidget;
class QThread;
class QToolBar;

namespace sd {

class OrdersView;
class StoreWatcher;
class TabPage;
class Workspace;

// The window the seller lives in: a host for the tabs registered in ui/tabs.cpp. Each tab supplies its
// widget, menu, toolbar, file and view entries (shown while it is current), refresh and layout; the
// window adds what belongs to the store (settings, quit, about), the status bar (store, user, role, last
// saved), refreshes the tabs a change touched (ours at once, other programs' within about a second:
// services/StoreWatcher), and saves the window per OS user and every tab's layout per SellerDesk login (in the store).
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(Workspace &workspace, const UserSession &user, QWidget *parent = nullptr);
    ~MainWindow() override;

    UserSession user() const { return m_user; }
    QList<TabPage *> pages() const { return m_pages; }
    TabPage *page(const QString &id) const;
    TabPage *currentPage() const;
    void showPage(const QString &id);
    // The 주문/배송 tab (always there).
    OrdersView *ordersView() const;
    // Backs the store up into `file` through BackupService; false with a message shown on failure.
    bool backupTo(const QString &file);
    // A file dropped on the window: a dispatch upload (its header is the upload layout:
    // DispatchImportService::isDispatchUploadFile) goes to 송장 일괄 가져오기, any other file to
    // 주문 가져오기. True when orders were written.
    bool importDroppedFile(const QString &file);
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
    // One local file dropped on the window is imported (importDroppedFile).
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void buildMenus();
    void buildThemeMenu();
    // Applies a theme and saves it for this user.
    void setThemeChoice(Theme::Choice choice);
    bool mayImportDroppedFiles() const;
    void addPage(TabPage *page);
    void currentPageChanged();
    void onStoreChanged(ChangeAreas areas);
    void markSaved(const QString &message);
    void backup();
    void restoreInteractive();
    void startAutomaticBackup();
    void startSearchRepair();
    void stopSearchRepair();
    void openSettings();
    void about();
    QString settingsGroup() const;
    void restoreUiState();
    void saveUiState() const;

    Workspace &m_ws;
    UserSession m_user;
    QTabWidget *m_tabs;
    QList<TabPage *> m_pages;
    TabPage *m_shownPage = nullptr; // whose actions are in the menus now
    QSet<TabPage *> m_stale;        // hidden pages a change touched: refreshed when shown
    QLabel *m_savedLabel;
    StoreWatcher *m_watcher;
    QMenu *m_fileMenu = nullptr;
    QAction *m_fileSeparator = nullptr; // the page's file entries go above it
    QMenu *m_pageMenu = nullptr;        // the current page's own menu
    QMenu *m_viewMenu = nullptr;
    QAction *m_viewSeparator = nullptr; // the page's view entries go below it
    QToolBar *m_toolbar = nullptr;
    QActionGroup *m_themeGroup = nullptr;
    QThread *m_autoBackup = nullptr;
    QThread *m_searchRepair = nullptr;     // what a crashed import left unindexed (Workspace::searchLags)
    std::atomic_bool m_stopSearchRepair{false};
};

} // namespace sd
