#include "ui/common/main_window.h"

#include "core/calendar/seoul_time.h"
#include "services/orders/dispatch_import.h"
#include "services/store/backup_service.h"
#include "services/store/store_watcher.h"
#include "services/store/user_layouts.h"
#include "services/store/workspace.h"
#include "ui/common/about_dialog.h"
#include "ui/common/busy_wait.h"
#include "ui/common/settings_dialog.h"
#include "ui/common/style/icon_set.h"
#include "ui/common/style/status_badge_delegate.h"
#include "ui/common/style/theme.h"
#include "ui/common/tab_page.h"
#include "ui/orders/orders_view.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QMimeData>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QThread>
#include <QTimer>
#include <QToolBar>

namespace sd {

MainWindow::MainWindow(Workspace &workspace, const UserSession &user, QWidget *parent)
    : QMainWindow(parent), m_ws(workspace), m_user(user), m_tabs(new QTabWidget(this)),
      m_savedLabel(new QLabel(this)), m_watcher(new StoreWatcher(workspace, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    const auto profile = m_ws.storeProfile();
    const QString store = profile ? profile->name : QString();
    setWindowTitle(store.isEmpty() ? tr("SellerDesk") : tr("%1 - SellerDesk").arg(store));
    resize(1360, 820);

    m_tabs->setObjectName(QStringLiteral("mainTabs"));
    m_tabs->setDocumentMode(true);
    setCentralWidget(m_tabs);
    buildMenus();
    for (const TabRegistration &tab : registeredTabs()) {
        if (tab.visibleFor(m_user))
            addPage(tab.create(m_ws, m_user, m_tabs));
    }
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::currentPageChanged);

    auto *storeLabel = new QLabel(store, this);
    storeLabel->setObjectName(QStringLiteral("storeLabel"));
    auto *userLabel = new QLabel(
        QStringLiteral("%1 (%2) · %3").arg(m_user.displayName, m_user.login, roleLabel(m_user.role)), this);
    userLabel->setObjectName(QStringLiteral("userLabel"));
    m_savedLabel->setObjectName(QStringLiteral("savedLabel"));
    m_savedLabel->setToolTip(tr("Time of the last change saved to the database"));
    statusBar()->addPermanentWidget(storeLabel);
    statusBar()->addPermanentWidget(userLabel);
    statusBar()->addPermanentWidget(m_savedLabel);

    connect(m_watcher, &StoreWatcher::changed, this, &MainWindow::onStoreChanged);

    setAcceptDrops(true);
    restoreUiState();
    currentPageChanged();
    // The daily automatic backup runs on a worker once the window is up.
    QTimer::singleShot(0, this, &MainWindow::startAutomaticBackup);
    // The search documents a crashed import left (the open wrote a first batch): the rest on a worker.
    QTimer::singleShot(0, this, &MainWindow::startSearchRepair);
}

MainWindow::~MainWindow()
{
    stopSearchRepair(); // it writes the store this window's owner is about to close
    waitForAutomaticBackup(); // it reads the store this window's owner is about to close
}

void MainWindow::addPage(TabPage *page)
{
    m_pages << page;
    m_tabs->addTab(page, IconSet::icon(IconSet::pageIconName(page->pageId())), page->title());
    // Status columns as badges in every table the page shows (keyed on the column kind).
    StatusBadgeDelegate::installOnViewsIn(page);
    connect(page, &TabPage::saved, this, &MainWindow::markSaved);
    connect(page, &TabPage::message, this, [this](const QString &m) { statusBar()->showMessage(m, 10000); });
}

TabPage *MainWindow::page(const QString &id) const
{
    for (TabPage *p : m_pages) {
        if (p->pageId() == id)
            return p;
    }
    return nullptr;
}

TabPage *MainWindow::currentPage() const
{
    return qobject_cast<TabPage *>(m_tabs->currentWidget());
}

void MainWindow::showPage(const QString &id)
{
    if (TabPage *p = page(id))
        m_tabs->setCurrentWidget(p);
}

OrdersView *MainWindow::ordersView() const
{
    return qobject_cast<OrdersView *>(page(QStringLiteral("orders")));
}

void MainWindow::buildMenus()
{
    m_fileMenu = menuBar()->addMenu(tr("&File"));
    m_fileSeparator = m_fileMenu->addSeparator();
    QAction *backupAction = m_fileMenu->addAction(tr("&Back up…"), this, &MainWindow::backup);
    backupAction->setObjectName(QStringLiteral("backupAction"));
    QAction *restoreAction = m_fileMenu->addAction(tr("&Restore…"), this, &MainWindow::restoreInteractive);
    restoreAction->setObjectName(QStringLiteral("restoreAction"));
    for (QAction *a : {backupAction, restoreAction}) {
        a->setEnabled(m_user.can(Permission::Backup));
        if (!a->isEnabled())
            a->setStatusTip(tr("Only the master can make and restore backups"));
    }
    backupAction->setStatusTip(backupAction->isEnabled()
                                   ? tr("Save the store and its files into one backup file")
                                   : backupAction->statusTip());
    restoreAction->setStatusTip(restoreAction->isEnabled()
                                    ? tr("Replace the store with a backup; the current store is kept aside")
                                    : restoreAction->statusTip());
    m_fileMenu->addSeparator();
    QAction *settingsAction = m_fileMenu->addAction(tr("&Settings…"), this, &MainWindow::openSettings);
    settingsAction->setObjectName(QStringLiteral("settingsAction"));
    settingsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    settingsAction->setMenuRole(QAction::PreferencesRole);
    m_fileMenu->addSeparator();
    QAction *quit = m_fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setObjectName(QStringLiteral("quitAction"));
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit->setMenuRole(QAction::QuitRole);

    m_pageMenu = menuBar()->addMenu(QString());
    m_pageMenu->setObjectName(QStringLiteral("pageMenu"));

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    QAction *refresh = m_viewMenu->addAction(tr("&Refresh"), this, [this] {
        if (TabPage *p = currentPage())
            p->refresh();
    });
    refresh->setObjectName(QStringLiteral("refreshAction"));
    refresh->setShortcut(QKeySequence(Qt::Key_F5));
    buildThemeMenu();
    m_viewSeparator = m_viewMenu->addSeparator();

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About SellerDesk"), this, &MainWindow::about);
    about->setObjectName(QStringLiteral("aboutAction"));
    about->setMenuRole(QAction::AboutRole);
    IconSet::decorate(m_fileMenu->actions() + m_viewMenu->actions() + help->actions());

    m_toolbar = addToolBar(tr("Tab actions"));
    m_toolbar->setObjectName(QStringLiteral("pageToolbar"));
    m_toolbar->setMovable(false);
    m_toolbar->setIconSize(QSize(Theme::kIconSize, Theme::kIconSize));
    m_toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
}

// 보기 › 테마: 시스템 / 밝게 / 어둡게, saved for this SellerDesk user (restoreUiState applies it).
void MainWindow::buildThemeMenu()
{
    QMenu *menu = m_viewMenu->addMenu(tr("&Theme"));
    menu->setObjectName(QStringLiteral("themeMenu"));
    menu->menuAction()->setObjectName(QStringLiteral("themeMenuAction"));
    auto *group = new QActionGroup(menu);
    const QList<QPair<Theme::Choice, QString>> choices = {{Theme::Choice::System, tr("Follow the &system")},
                                                          {Theme::Choice::Light, tr("&Light")},
                                                          {Theme::Choice::Dark, tr("&Dark")}};
    for (const auto &c : choices) {
        QAction *a = menu->addAction(c.second);
        a->setObjectName(QStringLiteral("theme_%1").arg(Theme::choiceKey(c.first)));
        a->setCheckable(true);
        a->setData(Theme::choiceKey(c.first));
        group->addAction(a);
        connect(a, &QAction::triggered, this, [this, choice = c.first] { setThemeChoice(choice); });
    }
    m_themeGroup = group;
}

void MainWindow::setThemeChoice(Theme::Choice choice)
{
    Theme::apply(choice);
    for (QAction *a : m_themeGroup->actions())
        a->setChecked(a->data().toString() == Theme::choiceKey(choice));
    QSettings s;
    s.beginGroup(settingsGroup());
    s.setValue(QStringLiteral("theme"), Theme::choiceKey(choice));
}

// Only the current page's actions are in the window (menus, toolbar), so only its shortcuts work and two
// pages may use the same keys.
void MainWindow::currentPageChanged()
{
    if (m_shownPage) {
        for (QAction *a : m_shownPage->fileActions())
            m_fileMenu->removeAction(a);
        for (QAction *a : m_shownPage->viewActions())
            m_viewMenu->removeAction(a);
    }
    m_pageMenu->clear();
    m_toolbar->clear();
    m_shownPage = currentPage();
    TabPage *p = m_shownPage;
    if (!p)
        return;
    if (m_stale.remove(p))
        p->refresh();
    IconSet::decorate(p->toolbarActions() + p->menuActions() + p->fileActions() + p->viewActions());
    m_fileMenu->insertActions(m_fileSeparator, p->fileActions());
    m_viewMenu->addActions(p->viewActions());
    m_pageMenu->setTitle(p->menuTitle());
    m_pageMenu->addActions(p->menuActions());
    m_pageMenu->menuAction()->setVisible(!p->menuTitle().isEmpty() && !p->menuActions().isEmpty());
    m_toolbar->addActions(p->toolbarActions());
    m_toolbar->setVisible(!p->toolbarActions().isEmpty());
    p->focusContent();
}

// The current page reloads at once; a hidden page touched by the change reloads when it is shown, so
// a write costs one page's queries, not every tab's.
void MainWindow::onStoreChanged(ChangeAreas areas)
{
    for (TabPage *p : m_pages) {
        if (!(p->refreshOn() & areas))
            continue;
        if (p == currentPage())
            p->refresh();
        else
            m_stale.insert(p);
    }
}

void MainWindow::markSaved(const QString &message)
{
    m_savedLabel->setText(tr("Saved %1").arg(formatSeoul(m_ws.clock().nowUtc(), QStringLiteral("HH:mm"))));
    if (!message.isEmpty())
        statusBar()->showMessage(message, 8000);
}

bool MainWindow::backupTo(const QString &fileName)
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    BackupInfo info;
    const Result r = BackupService(m_ws, m_user).backup(fileName, &info);
    QApplication::restoreOverrideCursor();
    if (!r.ok()) {
        QMessageBox::warning(this, tr("Back up"), r.message);
        return false;
    }
    statusBar()->showMessage(tr("Backup saved to %1").arg(QDir::toNativeSeparators(info.file)), 10000);
    return true;
}

void MainWindow::backup()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested = QDir(dir).filePath(BackupService(m_ws, m_user).suggestedFileName());
    QString fileName =
        QFileDialog::getSaveFileName(this, tr("Back up"), suggested, tr("SellerDesk backup (*.sdbackup)"));
    if (fileName.isEmpty())
        return;
    if (QFileInfo(fileName).suffix().compare(QLatin1String("sdbackup"), Qt::CaseInsensitive) != 0)
        fileName += QStringLiteral(".sdbackup");
    backupTo(fileName);
}

void MainWindow::restoreInteractive()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString fileName = QFileDialog::getOpenFileName(
        this, tr("Restore"), dir, tr("SellerDesk backup (*.sdbackup);;All files (*)"));
    if (fileName.isEmpty())
        return;
    BackupManifest manifest;
    const Result readable = BackupService::readManifest(fileName, &manifest);
    if (!readable.ok()) {
        QMessageBox::warning(this, tr("Restore"), readable.message);
        return;
    }
    QMessageBox ask(QMessageBox::Question, tr("Restore"),
                    tr("Replace the store with the backup of %1 made on %2?")
                        .arg(manifest.storeName, formatSeoul(manifest.createdAt)),
                    QMessageBox::Cancel, this);
    ask.setObjectName(QStringLiteral("restoreConfirm"));
    ask.setTextFormat(Qt::PlainText); // the store name is the backup's text, not markup
    ask.setInformativeText(tr("The current store is kept beside it under a dated name. SellerDesk closes "
                              "the store, restores the backup and asks you to log in again."));
    QPushButton *restore = ask.addButton(tr("Restore"), QMessageBox::AcceptRole);
    ask.setDefaultButton(QMessageBox::Cancel);
    ask.exec();
    if (ask.clickedButton() == restore)
        emit restoreRequested(fileName);
}

void MainWindow::startAutomaticBackup()
{
    if (m_autoBackup || !BackupService(m_ws, m_user).automaticBackupsOn())
        return;
    const QString database = m_ws.databasePath();
    const QDateTime now = m_ws.clock().nowUtc();
    auto report = std::make_shared<AutoBackupReport>();
    m_autoBackup = QThread::create(
        [database, now, report] { *report = BackupService::runAutomaticBackup(database, now); });
    m_autoBackup->setParent(this);
    connect(m_autoBackup, &QThread::finished, this, [this, report] {
        if (!report->result.ok())
            statusBar()->showMessage(tr("The automatic backup failed: %1").arg(report->result.message),
                                     30000);
        else if (report->made)
            statusBar()->showMessage(
                tr("Automatic backup saved to %1").arg(QDir::toNativeSeparators(report->info.file)), 8000);
        m_autoBackup->deleteLater();
        m_autoBackup = nullptr;
        emit automaticBackupFinished();
    });
    m_autoBackup->start(QThread::LowPriority);
}

void MainWindow::startSearchRepair()
{
    if (m_searchRepair || !m_ws.searchLags())
        return;
    const QString database = m_ws.databasePath();
    m_stopSearchRepair.store(false);
    m_searchRepair = QThread::create(
        [database, this] { Workspace::repairSearchOn(database, &m_stopSearchRepair); });
    m_searchRepair->setObjectName(QStringLiteral("search-repair"));
    m_searchRepair->setParent(this);
    connect(m_searchRepair, &QThread::finished, this, [this] {
        m_searchRepair->deleteLater();
        m_searchRepair = nullptr;
    });
    m_searchRepair->start(QThread::LowPriority);
}

void MainWindow::stopSearchRepair()
{
    if (!m_searchRepair)
        return;
    m_stopSearchRepair.store(true);
    m_searchRepair->wait();
}

void MainWindow::waitForAutomaticBackup()
{
    if (m_autoBackup)
        m_autoBackup->wait();
}

void MainWindow::openSettings()
{
    SettingsDialog dialog(m_ws, m_user, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (dialog.changedSomething())
        markSaved(tr("Settings saved")); // the pages it touches refresh through the store watcher
    if (dialog.languageChanged())
        QMessageBox::information(this, tr("Settings"),
                                 tr("The new language takes effect when SellerDesk is restarted."));
}

void MainWindow::about()
{
    AboutDialog dialog(m_ws.databasePath(), this);
    dialog.exec();
}

QString MainWindow::settingsGroup() const
{
    return QStringLiteral("users/%1").arg(m_user.login);
}

void MainWindow::restoreUiState()
{
    QSettings s;
    s.beginGroup(settingsGroup());
    setThemeChoice(Theme::choiceFromKey(s.value(QStringLiteral("theme")).toString()));
    restoreGeometry(s.value(QStringLiteral("geometry")).toByteArray());
    restoreState(s.value(QStringLiteral("windowState")).toByteArray());
    // The tabs' layouts are the login's, in the store (UserLayouts): the same on every computer, and
    // two people sharing an OS account keep their own. The window's size and place stay with the OS user.
    const QHash<QString, QByteArray> layouts = UserLayouts(m_ws, m_user).load();
    for (TabPage *p : m_pages)
        p->restoreLayout(layouts.value(p->pageId()));
    showPage(s.value(QStringLiteral("currentTab")).toString());
}

void MainWindow::saveUiState() const
{
    QSettings s;
    s.beginGroup(settingsGroup());
    s.setValue(QStringLiteral("geometry"), saveGeometry());
    s.setValue(QStringLiteral("windowState"), saveState());
    if (TabPage *p = currentPage())
        s.setValue(QStringLiteral("currentTab"), p->pageId());
    QHash<QString, QByteArray> layouts;
    for (TabPage *p : m_pages) {
        layouts.insert(p->pageId(), p->saveLayout());
        s.remove(QStringLiteral("%1Layout").arg(p->pageId())); // where earlier builds kept them
    }
    // Closing never fails for this: a layout not saved is logged (storageFailure) and the default returns.
    UserLayouts(m_ws, m_user).save(layouts);
}

namespace {

// The one local file a drop carries, or an empty string.
QString droppedFile(const QMimeData *mime)
{
    if (!mime || !mime->hasUrls() || mime->urls().size() != 1 || !mime->urls().constFirst().isLocalFile())
        return {};
    const QString file = mime->urls().constFirst().toLocalFile();
    return QFileInfo(file).isFile() ? file : QString();
}

} // namespace

bool MainWindow::mayImportDroppedFiles() const
{
    OrdersView *orders = ordersView();
    return orders && (orders->mayImportOrders() || DispatchImportService::mayImport(m_user));
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (mayImportDroppedFiles() && !droppedFile(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QString file = droppedFile(event->mimeData());
    if (file.isEmpty() || !mayImportDroppedFiles())
        return;
    event->acceptProposedAction();
    // The flow opens dialogs: start it after the drop has ended, not inside the drag's event.
    QTimer::singleShot(0, this, [this, file] { importDroppedFile(file); });
}

bool MainWindow::importDroppedFile(const QString &file)
{
    OrdersView *orders = ordersView();
    if (!orders)
        return false;
    // Which import the file belongs to is the service's call (its header); reading it may take a
    // moment for a big workbook, so it runs on a worker.
    bool upload = false;
    runOnWorker(this, tr("Import"), tr("Reading %1…").arg(QFileInfo(file).fileName()),
                [&upload, file](const auto &) { upload = DispatchImportService::isDispatchUploadFile(file); });
    showPage(orders->pageId());
    return upload ? orders->importTrackingFile(file) : orders->importOrdersFile(file);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveUiState();
    event->accept();
}

} // namespace sd
