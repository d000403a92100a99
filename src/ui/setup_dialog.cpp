#include "ui/setup_dialog.h"

#include "core/business_number.h"
#include "core/channel.h"
#include "services/setup_service.h"
#include "ui_setup_dialog.h"

#include <QPushButton>

namespace sd {

SetupDialog::SetupDialog(Workspace &workspace, QWidget *parent)
    : QDialog(parent), ui(std::make_unique<Ui::SetupDialog>()), m_ws(workspace)
{
    ui->setupUi(this);
    setObjectName(QStringLiteral("setupDialog"));
    ui->naverCheck->setText(channelLabel(Channel::NaverSmartstore));
    ui->kakaoCheck->setText(channelLabel(Channel::KakaoStore));
    ui->talkCheckoutCheck->setText(channelLabel(Channel::TalkCheckout));
    ui->businessNoEdit->setToolTip(tr("10 digits; hyphens are optional. The check digit is verified."));
    ui->passwordEdit->setToolTip(
        tr("At least 8 characters with letters and digits; a long phrase is easiest to remember."));
    ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Set up"));
    connect(ui->buttonBox, &QDialogButtonBox::accepted, this, &SetupDialog::accept);
    connect(ui->buttonBox, &QDialogButtonBox::rejected, this, &SetupDialog::reject);
    connect(ui->businessNoEdit, &QLineEdit::editingFinished, this, &SetupDialog::checkBusinessNumber);
    connect(ui->businessNoEdit, &QLineEdit::textEdited, this, [this] { ui->businessNoHint->clear(); });
}

SetupDialog::~SetupDialog() = default;

QString SetupDialog::masterLogin() const
{
    return ui->loginEdit->text().trimmed();
}

void SetupDialog::checkBusinessNumber()
{
    const QString text = ui->businessNoEdit->text();
    if (businessNumberDigits(text).isEmpty()) {
        ui->businessNoHint->clear();
        return;
    }
    if (isValidBusinessNumber(text)) {
        ui->businessNoEdit->setText(formatBusinessNumber(text));
        ui->businessNoHint->setStyleSheet(QStringLiteral("color: #2e7d32;"));
        ui->businessNoHint->setText(tr("Valid number"));
    } else {
        ui->businessNoHint->setStyleSheet(QStringLiteral("color: #c62828;"));
        ui->businessNoHint->setText(tr("Not a valid business registration number: check the digits."));
    }
}

void SetupDialog::accept()
{
    checkBusinessNumber();
    StoreSetup setup;
    setup.storeName = ui->storeNameEdit->text();
    setup.businessNo = ui->businessNoEdit->text();
    if (ui->naverCheck->isChecked())
        setup.channels << Channel::NaverSmartstore;
    if (ui->kakaoCheck->isChecked())
        setup.channels << Channel::KakaoStore;
    if (ui->talkCheckoutCheck->isChecked())
        setup.channels << Channel::TalkCheckout;
    setup.masterLogin = ui->loginEdit->text();
    setup.masterName = ui->nameEdit->text();
    setup.password = ui->passwordEdit->text();
    setup.passwordRepeat = ui->passwordRepeatEdit->text();
    const Result result = SetupService(m_ws).initialize(setup);
    if (!result.ok()) {
        ui->errorLabel->setText(result.message);
        return;
    }
    QDialog::accept();
}

} // namespace sd
