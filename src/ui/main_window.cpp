#include "ui/main_window.h"

#include "core/seoul_time.h"
#include "core/table_orders.h"
#include "models/order_table_model.h"
#include "services/backup_service.h"
#include "services/dispatch_import.h"
#include "services/order_service.h"
#include "services/workspace.h"
#include "storage/database.h"
#include "ui/dispatch_import_flow.h"
#include "ui/order_actions.h"
#include "ui/export_progress.h"
#include "ui/orders_view.h"
#include "ui/settings_dialog.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QThread>
#include <QTimer>
#include <QToolBar>

namespace sd {

MainWindow::MainWindow(Workspace &workspace, const UserSession &user, QWidget *parent)
    : QMainWindow(parent), m_ws(workspace), m_user(user), m_tabs(new QTabWidget(this)),
      m_orders(new OrdersView(workspace, user, this)), m_savedLabel(new QLabel(this)),
      m_autoDecideTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    const auto profile = m_ws.storeProfile();
    const QString store = profile ? profile->name : QString();
    setWindowTitle(store.isEmpty() ? tr("SellerDesk") : tr("%1 - SellerDesk").arg(store));
    resize(1360, 820);

    m_tabs->setObjectName(QStringLiteral("mainTabs"));
    m_tabs->addTab(m_orders, tr("Orders && shipping"));
    m_tabs->setDocumentMode(true);
    setCentralWidget(m_tabs);

    buildMenus();

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

    connect(m_orders, &OrdersView::saved, this, &MainWindow::markSaved);
    connect(m_orders, &OrdersView::message, this,
            [this](const QString &m) { statusBar()->showMessage(m, 10000); });

    // Automatic purchase decision: once after login, then hourly.
    m_autoDecideTimer->setInterval(60 * 60 * 1000);
    connect(m_autoDecideTimer, &QTimer::timeout, this, &MainWindow::runAutoDecide);
    m_autoDecideTimer->start();
    QTimer::singleShot(0, this, &MainWindow::runAutoDecide);
    // The daily automatic backup runs on a worker once the window is up.
    QTimer::singleShot(0, this, &MainWindow::startAutomaticBackup);

    restoreUiState();
    m_orders->table()->setFocus();
}

MainWindow::~MainWindow()
{
    waitForAutomaticBackup(); // it reads the store this window's owner is about to close
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *importAction =
        file->addAction(tr("&Import tracking numbers…"), this, &MainWindow::importTrackingInteractive);
    importAction->setObjectName(QStringLiteral("importTrackingAction"));
    importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_O));
    importAction->setEnabled(DispatchImportService::mayImport(m_user));
    importAction->setStatusTip(importAction->isEnabled()
                                   ? tr("Dispatch orders from a bulk dispatch upload file (.xlsx or .csv)")
                                   : tr("Your role may not import tracking numbers"));
    QAction *exportAction =
        file->addAction(tr("&Export orders…"), this, &MainWindow::exportOrdersInteractive);
    exportAction->setObjectName(QStringLiteral("exportAction"));
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    exportAction->setStatusTip(
        tr("Save the orders shown (filters applied) as an Excel workbook or a CSV file"));
    QAction *backupAction = file->addAction(tr("&Back up…"), this, &MainWindow::backup);
    backupAction->setObjectName(QStringLiteral("backupAction"));
    QAction *restoreAction = file->addAction(tr("&Restore…"), this, &MainWindow::restoreInteractive);
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
    file->addSeparator();
    QAction *settingsAction = file->addAction(tr("&Settings…"), this, &MainWindow::openSettings);
    settingsAction->setObjectName(QStringLiteral("settingsAction"));
    settingsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    settingsAction->setMenuRole(QAction::PreferencesRole);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit->setMenuRole(QAction::QuitRole);

    QMenu *orders = menuBar()->addMenu(tr("&Orders"));
    QAction *find = orders->addAction(tr("&Search"), this, [this] { m_orders->focusSearch(); });
    find->setObjectName(QStringLiteral("searchAction"));
    find->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_F));
    orders->addSeparator();
    const QList<QAction *> actions = m_orders->orderActions()->actions();
    orders->addActions(actions);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *refresh = view->addAction(tr("&Refresh"), this, [this] { m_orders->refresh(); });
    refresh->setObjectName(QStringLiteral("refreshAction"));
    refresh->setShortcut(QKeySequence(Qt::Key_F5));
    m_detailsAction = view->addAction(tr("Order &details pane"));
    m_detailsAction->setObjectName(QStringLiteral("detailsAction"));
    m_detailsAction->setCheckable(true);
    m_detailsAction->setChecked(true);
    m_detailsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    connect(m_detailsAction, &QAction::toggled, m_orders, &OrdersView::setDetailsVisible);
    QAction *reset = view->addAction(tr("Reset &columns"), m_orders, &OrdersView::resetColumnLayout);
    reset->setObjectName(QStringLiteral("resetColumnsAction"));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About SellerDesk"), this, &MainWindow::about)->setMenuRole(QAction::AboutRole);

    QToolBar *toolbar = addToolBar(tr("Order actions"));
    toolbar->setObjectName(QStringLiteral("orderToolbar"));
    toolbar->setMovable(false);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolbar->addActions(actions);
}

void MainWindow::markSaved(const QString &message)
{
    m_savedLabel->setText(tr("Saved %1").arg(formatSeoul(m_ws.clock().nowUtc(), QStringLiteral("HH:mm"))));
    if (!message.isEmpty())
        statusBar()->showMessage(message, 8000);
}

void MainWindow::runAutoDecide()
{
    OrderService service(m_ws, m_user);
    const BulkReport result = service.autoDecide();
    if (result.outcomes.isEmpty())
        return;
    if (!result.ok()) {
        statusBar()->showMessage(tr("Automatic purchase decision failed: %1").arg(result.result.message),
                                 15000);
        return;
    }
    m_orders->refresh();
    markSaved(tr("Automatic purchase decision: %n orders", nullptr, int(result.outcomes.size())));
}

bool MainWindow::exportOrders(const QString &fileName, ExportFormat format, QString *error)
{
    const TableDescription &table = ordersTable();
    ExportRequest request;
    request.table = table.id;
    request.filter = m_orders->model()->tableFilter();
    request.sort = m_orders->model()->tableSort();
    const QHeaderView *header = m_orders->table()->horizontalHeader();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical) && logical < table.columns.size())
            request.columns << table.columns.at(logical).id;
    }
    request.format = format;
    request.file = fileName;
    request.sheetName = tr("Orders");
    bool cancelled = false;
    const Result result =
        runExportWithProgress(this, m_ws, m_user, request, tr("Exporting orders…"), &cancelled);
    if (!result.ok()) {
        *error = cancelled ? QString() : result.message; // a cancel needs no message
        return false;
    }
    return true;
}

bool MainWindow::importTrackingFile(const QString &fileName)
{
    QString message;
    if (!importDispatchFile(this, m_ws, m_user, fileName, &message))
        return false;
    m_orders->refresh();
    markSaved(message);
    return true;
}

void MainWindow::importTrackingInteractive()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DownloadLocation);
    const QString fileName = QFileDialog::getOpenFileName(
        this, tr("Import tracking numbers"), dir, tr("Upload files (*.xlsx *.csv *.txt);;All files (*)"));
    if (!fileName.isEmpty())
        importTrackingFile(fileName);
}

void MainWindow::exportOrdersInteractive()
{
    const QString xlsxFilter = tr("Excel workbook (*.xlsx)");
    const QString csvFilter = tr("CSV for Excel (*.csv)");
    const QString cp949Filter = tr("CSV in CP949, for older programs (*.csv)");
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested = QDir(dir).filePath(
        tr("orders-%1.xlsx").arg(formatSeoul(m_ws.clock().nowUtc(), QStringLiteral("yyyyMMdd-HHmm"))));
    QString selected = xlsxFilter;
    QString fileName = QFileDialog::getSaveFileName(
        this, tr("Export orders"), suggested,
        QStringList{xlsxFilter, csvFilter, cp949Filter}.join(QStringLiteral(";;")), &selected);
    if (fileName.isEmpty())
        return;
    // The chosen type decides, and the file name gets its extension.
    ExportFormat format = ExportFormat::Xlsx;
    if (selected == csvFilter)
        format = ExportFormat::Csv;
    else if (selected == cp949Filter)
        format = ExportFormat::CsvCp949;
    const QString suffix = format == ExportFormat::Xlsx ? QStringLiteral("xlsx") : QStringLiteral("csv");
    if (QFileInfo(fileName).suffix().compare(suffix, Qt::CaseInsensitive) != 0)
        fileName += QLatin1Char('.') + suffix;
    QString error;
    if (!exportOrders(fileName, format, &error)) {
        if (!error.isEmpty())
            QMessageBox::warning(this, tr("Export orders"),
                                 tr("The orders could not be exported: %1").arg(error));
        return;
    }
    statusBar()->showMessage(tr("Exported %n orders to %1", nullptr, m_orders->model()->rowCount())
                                 .arg(QDir::toNativeSeparators(fileName)),
                             10000);
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
    QString fileName = QFileDialog::getSaveFileName(this, tr("Back up"), suggested,
                                                    tr("SellerDesk backup (*.sdbackup)"));
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
    m_autoBackup = QThread::create([database, now, report] {
        *report = BackupService::runAutomaticBackup(database, now);
    });
    m_autoBackup->setParent(this);
    connect(m_autoBackup, &QThread::finished, this, [this, report] {
        if (!report->result.ok())
            statusBar()->showMessage(tr("The automatic backup failed: %1").arg(report->result.message), 30000);
        else if (report->made)
            statusBar()->showMessage(
                tr("Automatic backup saved to %1").arg(QDir::toNativeSeparators(report->info.file)), 8000);
        m_autoBackup->deleteLater();
        m_autoBackup = nullptr;
        emit automaticBackupFinished();
    });
    m_autoBackup->start(QThread::LowPriority);
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
    if (dialog.changedSomething()) {
        markSaved(tr("Settings saved"));
        m_orders->refresh(); // deadlines and holidays change the risk column
    }
    if (dialog.languageChanged())
        QMessageBox::information(this, tr("Settings"),
                                 tr("The new language takes effect when SellerDesk is restarted."));
}

void MainWindow::about()
{
    QMessageBox::about(
        this, tr("About SellerDesk"),
        tr("<h3>SellerDesk %1</h3><p>Back office for Naver Smartstore, Kakao Talk Store and Talk "
           "Checkout sellers: orders, shipping and deadlines in one window.</p>"
           "<p>Database: %2</p>")
            .arg(QStringLiteral(SELLERDESK_VERSION),
                 QDir::toNativeSeparators(m_ws.databasePath()).toHtmlEscaped()));
}

QString MainWindow::settingsGroup() const
{
    return QStringLiteral("users/%1").arg(m_user.login);
}

void MainWindow::restoreUiState()
{
    QSettings s;
    s.beginGroup(settingsGroup());
    restoreGeometry(s.value(QStringLiteral("geometry")).toByteArray());
    restoreState(s.value(QStringLiteral("windowState")).toByteArray());
    m_orders->restoreLayout(s.value(QStringLiteral("ordersLayout")).toByteArray());
    m_detailsAction->setChecked(m_orders->detailsVisible());
}

void MainWindow::saveUiState() const
{
    QSettings s;
    s.beginGroup(settingsGroup());
    s.setValue(QStringLiteral("geometry"), saveGeometry());
    s.setValue(QStringLiteral("windowState"), saveState());
    s.setValue(QStringLiteral("ordersLayout"), m_orders->saveLayout());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveUiState();
    event->accept();
}

} // namespace sd
