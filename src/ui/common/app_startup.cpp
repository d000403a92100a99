#include "ui/common/app_startup.h"

#include "services/store/backup_service.h"
#include "services/store/workspace.h"
#include "ui/common/busy_wait.h"
#include "ui/common/login_dialog.h"
#include "ui/common/main_window.h"
#include "ui/common/setup_dialog.h"
#include "ui/common/style/theme.h"

#include <QApplication>
#include <QDir>
#include <QMessageBox>
#include <QScopeGuard>

namespace sd {

AppStartup::AppStartup(const Clock &clock, QObject *parent) : QObject(parent), m_clock(clock) {}

AppStartup::~AppStartup()
{
    delete m_window; // the window uses the workspace: close it first
}

void AppStartup::applyFonts()
{
    Theme::applyFont();
}

void AppStartup::applyLook()
{
    Theme::applyFont();
    Theme::apply(Theme::Choice::System);
}

bool AppStartup::openWorkspace(const QString &databasePath, QString *error)
{
    Result status;
    m_ws = Workspace::open(databasePath, m_clock, true, &status);
    if (!m_ws && error)
        *error = status.message;
    return m_ws != nullptr;
}

QString AppStartup::languageChoice() const
{
    return m_ws ? m_ws->settings().value(Settings::Key::Language) : QString();
}

bool AppStartup::run()
{
    if (!m_ws)
        return false;
    // Closing the setup dialog before the login dialog opens would otherwise count as closing the
    // last window and quit the program.
    const bool quitOnLastWindow = QApplication::quitOnLastWindowClosed();
    QApplication::setQuitOnLastWindowClosed(false);
    const auto restore =
        qScopeGuard([quitOnLastWindow] { QApplication::setQuitOnLastWindowClosed(quitOnLastWindow); });
    QString login;
    if (!m_ws->isInitialized()) {
        SetupDialog setup(*m_ws);
        if (setup.exec() != QDialog::Accepted)
            return false;
        login = setup.masterLogin();
    }
    LoginDialog dialog(*m_ws);
    dialog.setLogin(login);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    showMainWindow(dialog.session());
    return true;
}

void AppStartup::showMainWindow(const UserSession &user)
{
    m_window = new MainWindow(*m_ws, user);
    m_window->setAttribute(Qt::WA_DeleteOnClose, false);
    // Queued: the window that asks is closed and deleted by the restore.
    connect(m_window, &MainWindow::restoreRequested, this, &AppStartup::restoreBackup, Qt::QueuedConnection);
    m_window->show();
}

bool AppStartup::restoreBackup(const QString &backupFile)
{
    if (!m_ws || !m_window)
        return false;
    const bool quitOnLastWindow = QApplication::quitOnLastWindowClosed();
    QApplication::setQuitOnLastWindowClosed(false);
    const auto restoreQuit =
        qScopeGuard([quitOnLastWindow] { QApplication::setQuitOnLastWindowClosed(quitOnLastWindow); });
    const QString databasePath = m_ws->databasePath();
    const UserSession user = m_window->user();
    // The slow part — reading the whole backup, unpacking it beside the store, SQLite's integrity
    // check — on a worker while the window paints behind a progress dialog; nothing of the store is
    // touched yet, so a refusal leaves the window as it was.
    PreparedRestore prepared;
    Result checked;
    runOnWorker(
        m_window, tr("Restore"), tr("Checking and unpacking the backup…"),
        [&](const std::function<void(int, int)> &progress) {
            if (m_onRestoreWorker)
                m_onRestoreWorker();
            checked = BackupService::prepareRestore(databasePath, backupFile, user, &prepared, progress);
        },
        m_restoreProgressAfterMs);
    if (!checked.ok()) {
        QMessageBox box(QMessageBox::Warning, tr("Restore"), checked.message, QMessageBox::Ok, m_window);
        box.setObjectName(QStringLiteral("restoreFailed"));
        box.exec();
        return true;
    }
    // Models, their worker connections, the automatic backup and the store's lock all go before the
    // swap, which is renames, on this thread, as are closing and opening the workspace.
    m_window->close();
    delete m_window;
    m_ws.reset();

    QApplication::setOverrideCursor(Qt::WaitCursor);
    RestoreReport report;
    const Result restored = BackupService::finishRestore(prepared, user, m_clock.nowUtc(), &report);
    QString error;
    const bool reopened = openWorkspace(databasePath, &error);
    QApplication::restoreOverrideCursor();
    if (!reopened) {
        QMessageBox::critical(nullptr, tr("Restore"),
                              restored.ok() ? error : restored.message + QLatin1Char('\n') + error);
        QApplication::quit();
        return false;
    }
    if (!restored.ok()) {
        showMainWindow(user); // nothing changed: the same store, the same user
        QMessageBox box(QMessageBox::Warning, tr("Restore"), restored.message, QMessageBox::Ok, m_window);
        box.setObjectName(QStringLiteral("restoreFailed"));
        box.exec();
        return true;
    }
    QMessageBox done(QMessageBox::Information, tr("Restore"), BackupService::restoreSummary(report),
                     QMessageBox::Ok);
    done.setObjectName(QStringLiteral("restoreDone"));
    done.exec();
    // The restored store has its own accounts and roles: whoever works in it logs in to it.
    LoginDialog dialog(*m_ws);
    dialog.setLogin(user.login);
    if (dialog.exec() != QDialog::Accepted) {
        QApplication::quit();
        return false;
    }
    showMainWindow(dialog.session());
    return true;
}

} // namespace sd
