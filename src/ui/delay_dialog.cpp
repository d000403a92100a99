#include "ui/delay_dialog.h"

#include "ui_delay_dialog.h"

#include <QPushButton>

namespace sd {

DelayDialog::DelayDialog(int orderCount, const QDate &suggestedDate, QWidget *parent)
    : QDialog(parent), ui(std::make_unique<Ui::DelayDialog>())
{
    ui->setupUi(this);
    setObjectName(QStringLiteral("delayDialog"));
    ui->infoLabel->setText(
        tr("The buyer is told the new dispatch date. A delay notice is recorded against the "
           "dispatch deadline of %n orders.",
           nullptr, orderCount));
    ui->dateEdit->setDate(suggestedDate);
    ui->dateEdit->setMinimumDate(suggestedDate.addDays(-60));
    const QList<DelayReason> reasons = allDelayReasons();
    for (DelayReason r : reasons)
        ui->reasonCombo->addItem(delayReasonLabel(r), delayReasonCode(r));
    ui->detailEdit->setPlaceholderText(tr("What the buyer reads, e.g. the restock date"));
    ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Send notice"));
    connect(ui->buttonBox, &QDialogButtonBox::accepted, this, &DelayDialog::accept);
    connect(ui->buttonBox, &QDialogButtonBox::rejected, this, &DelayDialog::reject);
    ui->dateEdit->setFocus();
}

DelayDialog::~DelayDialog() = default;

QDate DelayDialog::newDate() const
{
    return ui->dateEdit->date();
}

DelayReason DelayDialog::reason() const
{
    return parseDelayReason(ui->reasonCombo->currentData().toString()).value_or(DelayReason::Etc);
}

QString DelayDialog::detail() const
{
    return ui->detailEdit->toPlainText().trimmed();
}

void DelayDialog::accept()
{
    if (reason() == DelayReason::Etc && detail().isEmpty()) {
        ui->errorLabel->setText(tr("Describe the reason for the delay."));
        ui->detailEdit->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace sd
