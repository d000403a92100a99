#include "ui/common/login_dialog.h"

#include "services/access/auth_service.h"
#include "services/store/workspace.h"
#include "ui_login_dialog.h"
#include "ui/common/style/theme.h"

#include <QPushButton>

namespace sd {

LoginDialog::LoginDialog(Workspace &workspace, QWidget *parent)
    : QDialog(parent), ui(std::make_unique<Ui::LoginDialog>()), m_ws(workspace)
{
    ui->setupUi(this);
    Theme::setTone(ui->errorLabel, Theme::Tone::Danger);
    QFont storeFont = ui->storeLabel->font();
    storeFont.setPointSizeF(storeFont.pointSizeF() * 1.25);
    storeFont.setBold(true);
    ui->storeLabel->setFont(storeFont);
    setObjectName(QStringLiteral("loginDialog"));
    const auto profile = workspace.storeProfile();
    ui->storeLabel->setText(profile ? profile->name : QString());
    ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Log in"));
    connect(ui->buttonBox, &QDialogButtonBox::accepted, this, &LoginDialog::accept);
    connect(ui->buttonBox, &QDialogButtonBox::rejected, this, &LoginDialog::reject);
}

LoginDialog::~LoginDialog() = default;

void LoginDialog::setLogin(const QString &login)
{
    ui->loginEdit->setText(login);
    if (!login.isEmpty())
        ui->passwordEdit->setFocus();
}

void LoginDialog::accept()
{
    UserSession session;
    const Result result =
        AuthService(m_ws).login(ui->loginEdit->text().trimmed(), ui->passwordEdit->text(), &session);
    if (!result.ok()) {
        ui->errorLabel->setText(result.message);
        ui->passwordEdit->clear();
        ui->passwordEdit->setFocus();
        return;
    }
    m_session = session;
    QDialog::accept();
}

} // namespace sd
