#pragma once
#include "core/access/user_session.h"

#include <QDialog>
#include <memory>

namespace sd {

namespace Ui {
class LoginDialog;
}
class Workspace;

// Login with the lockout of AuthService: the dialog stays open and says why after a failure.
class LoginDialog : public QDialog
{
    Q_OBJECT
public:
    explicit LoginDialog(Workspace &workspace, QWidget *parent = nullptr);
    ~LoginDialog() override;

    void setLogin(const QString &login);
    UserSession session() const { return m_session; }
    void accept() override;

private:
    std::unique_ptr<Ui::LoginDialog> ui;
    Workspace &m_ws;
    UserSession m_session;
};

} // namespace sd
