#include "ui/orders/delay_dialog.h"

#include "ui_delay_dialog.h"
#include "ui/common/style/theme.h"

#include <QDateEdit>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>

namespace sd {

DelayDialog::DelayDialog(int orderCount, const QDate &suggestedDate, Check check, const QStringList &rules,
                         QWidget *parent)
    : QDialog(parent), ui(std::make_unique<Ui::DelayDialog>()), m_check(std::move(check))
{
    ui->setupUi(this);
    Theme::setTone(ui->errorLabel, Theme::Tone::Danger);
    setObjectName(QStringLiteral("delayDialog"));
    ui->infoLabel->setText(
        tr("The buyer is told the new dispatch date. A delay notice is recorded against the "
           "dispatch deadline of %n orders.",
           nullptr, orderCount));
    if (!rules.isEmpty()) {
        auto *ruleLabel = new QLabel(this);
        ruleLabel->setObjectName(QStringLiteral("delayRuleLabel"));
        ruleLabel->setWordWrap(true);
        ruleLabel->setText(tr("How often a notice may be sent:") + QLatin1Char('\n') +
                           rules.join(QLatin1Char('\n')));
        ui->mainLayout->insertWidget(1, ruleLabel);
    }
    ui->dateEdit->setDate(suggestedDate);
    ui->dateEdit->setMinimumDate(suggestedDate.addDays(-60));
    const QList<DelayReason> reasons = allDelayReasons();
    for (DelayReason r : reasons)
        ui->reasonCombo->addItem(delayReasonLabel(r), delayReasonCode(r));
    ui->detailEdit->setPlaceholderText(tr("Required: what the buyer reads, e.g. the restock date"));
    connect(ui->detailEdit, &QPlainTextEdit::textChanged, ui->errorLabel, &QLabel::clear);
    connect(ui->dateEdit, &QDateEdit::dateChanged, ui->errorLabel, &QLabel::clear);
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
    // One line for the buyer: line breaks typed into the box become spaces.
    return ui->detailEdit->toPlainText().simplified();
}

void DelayDialog::accept()
{
    OrderService::DelayField field = OrderService::DelayField::None;
    const Result r = m_check ? m_check(newDate(), reason(), detail(), &field) : Result::success();
    if (!r.ok()) {
        ui->errorLabel->setText(r.message);
        if (field == OrderService::DelayField::Date)
            ui->dateEdit->setFocus();
        else
            ui->detailEdit->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace sd
