#include "ui/common/setup_dialog.h"

#include "core/common/business_number.h"
#include "core/orders/channel.h"
#include "services/store/setup_service.h"
#include "ui_setup_dialog.h"
#include "ui/common/style/theme.h"

#include <QFormLayout>
#include <QLabel>
#include <QPushButton>

namespace sd {

SetupDialog::SetupDialog(Workspace &workspace, QWidget *parent)
    : QDialog(parent), ui(std::make_unique<Ui::SetupDialog>()), m_ws(workspace),
      m_fieldError(new QLabel(this))
{
    ui->setupUi(this);
    m_fieldError->setObjectName(QStringLiteral("fieldError"));
    m_fieldError->setWordWrap(true);
    Theme::setTone(m_fieldError, Theme::Tone::Danger);
    m_fieldError->hide();
    for (QLineEdit *edit :
         {ui->storeNameEdit, ui->loginEdit, ui->nameEdit, ui->passwordEdit, ui->passwordRepeatEdit})
        connect(edit, &QLineEdit::textEdited, this, &SetupDialog::clearFieldError);
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
    // The same rule and the same words as the service: core says what is wrong with the number.
    const QString problem = businessNumberProblem(text);
    if (problem.isEmpty()) {
        ui->businessNoEdit->setText(formatBusinessNumber(text));
        Theme::setTone(ui->businessNoHint, Theme::Tone::Success);
        ui->businessNoHint->setText(tr("Valid number"));
    } else {
        Theme::setTone(ui->businessNoHint, Theme::Tone::Danger);
        ui->businessNoHint->setText(problem);
    }
}

void SetupDialog::clearFieldError()
{
    if (m_errorForm) {
        m_errorForm->takeRow(m_fieldError);
        m_errorForm = nullptr;
    }
    m_fieldError->hide();
    ui->errorLabel->clear();
}

void SetupDialog::showFieldError(StoreSetup::Field field, const QString &message)
{
    using Field = StoreSetup::Field;
    clearFieldError();
    QWidget *widget = nullptr;
    QFormLayout *form = ui->masterForm;
    switch (field) {
    case Field::StoreName:
        widget = ui->storeNameEdit;
        form = ui->storeForm;
        break;
    case Field::BusinessNo:
        // The number has its own hint line under it.
        Theme::setTone(ui->businessNoHint, Theme::Tone::Danger);
        ui->businessNoHint->setText(message);
        ui->businessNoEdit->setFocus();
        ui->businessNoEdit->selectAll();
        return;
    case Field::Channels:
        widget = ui->naverCheck;
        form = ui->storeForm;
        break;
    case Field::MasterLogin:
        widget = ui->loginEdit;
        break;
    case Field::MasterName:
        widget = ui->nameEdit;
        break;
    case Field::Password:
        widget = ui->passwordEdit;
        break;
    case Field::PasswordRepeat:
        widget = ui->passwordRepeatEdit;
        break;
    case Field::None:
        break;
    }
    int row = -1;
    QFormLayout::ItemRole role;
    if (widget)
        form->getWidgetPosition(widget, &row, &role);
    if (field == Field::Channels)
        form->getLayoutPosition(ui->channelsLayout, &row, &role);
    if (row < 0) { // not a field's problem (e.g. the store could not be saved)
        ui->errorLabel->setText(message);
        return;
    }
    m_fieldError->setText(message);
    form->insertRow(row + 1, QString(), m_fieldError);
    m_errorForm = form;
    m_fieldError->show();
    // A form row does not ask a wrapped label for its height at the row's width: give it the height its
    // lines need at the width of the field above, and let the dialog grow.
    m_fieldError->setMinimumHeight(m_fieldError->heightForWidth(widget->width()));
    layout()->activate();
    adjustSize();
    widget->setFocus();
    if (auto *edit = qobject_cast<QLineEdit *>(widget))
        edit->selectAll();
}

void SetupDialog::accept()
{
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
    StoreSetup::Field field = StoreSetup::Field::None;
    const Result result = SetupService(m_ws).initialize(setup, &field);
    if (!result.ok()) {
        showFieldError(field, result.message);
        return;
    }
    ui->businessNoEdit->setText(formatBusinessNumber(setup.businessNo));
    QDialog::accept();
}

} // namespace sd
