#pragma once
#include "ui/common/main_window.h"

#include <QObject>
#include <QPointer>
#include <functional>
#include <memory>

namespace sd {

class Clock;
class Workspace;

// The start of the program after QApplication: open the store (one running instance per database),
// first-run setup when the store is new, login, then the main window. main() stays thin and the GUI
// test drives the same steps.
class AppStartup : public QObject
{
    Q_OBJECT
public:
    explicit AppStartup(const Clock &clock, QObject *parent = nullptr);
    // Application font with Hangul fallbacks (each platform names its own Korean font): Theme::applyFont.
    static void applyFonts();
    // The font and the theme that follows the system, once at start (before the setup and login
    // dialogs); the main window then applies the logged-in user's theme choice.
    static void applyLook();
    ~AppStartup() override;

    // Exclusive: a second instance on the same database gets `error` (translated).
    bool openWorkspace(const QString &databasePath, QString *error);
    Workspace *workspace() const { return m_ws.get(); }
    // The language chosen in the settings ("system", "ko" or "en").
    QString languageChoice() const;

    // Setup (when needed) and login dialogs, then shows the main window. False when the user cancelled.
    bool run();
    MainWindow *mainWindow() const { return m_window; }

    // 파일 › 복원: checks the backup and unpacks it beside the store on a worker thread behind a
    // progress dialog (BackupService::prepareRestore; the window paints, user input waits); when that
    // is refused nothing changed and the window stays. Then, on this thread, closes the window and the
    // store, swaps (finishRestore), opens the store again, says what was done, and asks for a login to
    // the restored store; if the swap is refused the same user gets the window back. False when the
    // program has no window afterwards (the store could not be opened again, or the login was
    // cancelled).
    bool restoreBackup(const QString &backupFile);
    // Tests: called on the restore's worker thread before it starts; the progress dialog's delay.
    void setRestoreWorkerHook(std::function<void()> hook) { m_onRestoreWorker = std::move(hook); }
    void setRestoreProgressAfterMs(int ms) { m_restoreProgressAfterMs = ms; }

private:
    void showMainWindow(const UserSession &user);

    const Clock &m_clock;
    std::unique_ptr<Workspace> m_ws;
    QPointer<MainWindow> m_window;
    std::function<void()> m_onRestoreWorker;
    int m_restoreProgressAfterMs = 400;
};

} // namespace sd
