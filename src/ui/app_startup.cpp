#include "ui/app_startup.h"

#include "services/workspace.h"
#include "ui/login_dialog.h"
#include "ui/main_window.h"
#include "ui/setup_dialog.h"

#include <QApplication>
#include <QFont>
#include <QScopeGuard>

namespace sd {

AppStartup::AppStartup(const Clock &clock, QObject *parent) : QObject(parent), m_clock(clock) {}

AppStartup::~AppStartup()
{
    delete m_window; // the window uses the workspace: close it first
}

void AppStartup::applyFonts()
{
    QFont font = QApplication::font();
    font.setFamilies({QStringLiteral("Malgun Gothic"), QStringLiteral("Apple SD Gothic Neo"),
                      QStringLiteral("Noto Sans CJK KR"), QStringLiteral("NanumGothic"), font.family()});
    QApplication::setFont(font);
}

bool AppStartup::openWorkspace(const QString &databasePath, QString *error)
{
    m_ws = Workspace::open(databasePath, m_clock, true, error);
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
    m_window = new MainWindow(*m_ws, dialog.session());
    m_window->setAttribute(Qt::WA_DeleteOnClose, false);
    m_window->show();
    return true;
}

} // namespace sd
