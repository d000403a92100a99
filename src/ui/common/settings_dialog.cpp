#include "ui/common/settings_dialog.h"

#include "core/calendar/seoul_time.h"
#include "core/orders/channel.h"
#include "services/store/calendar_service.h"
#include "services/store/workspace.h"
#include "ui_settings_dialog.h"
#include "ui/common/style/theme.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QFontMetrics>
#include <tuple>
#include <QHeaderView>
#include <QPushButton>
#include <QSpinBox>

namespace sd {

namespace {

// A day count: "일" after the number (" days" in English), as wide as its largest value and its suffix
// need, not stretched over the form.
void sizeDaySpin(QSpinBox *spin)
{
    spin->setSuffix(SettingsDialog::tr(" days"));
    const QFontMetrics fm(spin->font());
    const int text = fm.horizontalAdvance(QString::number(spin->maximum()) + spin->suffix());
    spin->setMinimumWidth(text + 48); // the frame and the arrows
    spin->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
}

// A date field shows the whole date (and its popup button), not a cut "2026-1…".
void sizeDateEdit(QDateEdit *edit)
{
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    const QFontMetrics fm(edit->font());
    edit->setMinimumWidth(fm.horizontalAdvance(QStringLiteral("2088-88-88")) + 48);
    edit->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
}

} // namespace

SettingsDialog::SettingsDialog(Workspace &workspace, const UserSession &user, QWidget *parent)
    : QDialog(parent), ui(std::make_unique<Ui::SettingsDialog>()), m_ws(workspace),
      m_delayMaxDaysSpin(new QSpinBox(this)), m_delayNoticesKakaoSpin(new QSpinBox(this)),
      m_delayNoticesTalkSpin(new QSpinBox(this)), m_autoBackupCheck(new QCheckBox(this)), m_user(user)
{
    ui->setupUi(this);
    Theme::setTone(ui->languageNote, Theme::Tone::Muted);
    Theme::setTone(ui->errorLabel, Theme::Tone::Danger);
    setObjectName(QStringLiteral("settingsDialog"));
    Settings &s = m_ws.settings();

    ui->languageCombo->addItem(tr("Follow the system"), QStringLiteral("system"));
    ui->languageCombo->addItem(QStringLiteral("한국어"), QStringLiteral("ko"));
    ui->languageCombo->addItem(QStringLiteral("English"), QStringLiteral("en"));
    const int lang = ui->languageCombo->findData(s.value(Settings::Key::Language));
    ui->languageCombo->setCurrentIndex(lang >= 0 ? lang : 0);

    // The daily automatic backup beside the store (BackupService), on unless the master turns it off.
    m_autoBackupCheck->setObjectName(QStringLiteral("autoBackupCheck"));
    m_autoBackupCheck->setText(tr("Back up automatically once a day when SellerDesk starts"));
    m_autoBackupCheck->setToolTip(
        tr("Into the backups folder beside the store; the last 7 days and 4 weeks are kept."));
    m_autoBackupCheck->setChecked(s.intValue(Settings::Key::AutoBackup) != 0);
    ui->generalForm->addRow(QString(), m_autoBackupCheck);

    ui->dispatchDaysSpin->setValue(s.dispatchBusinessDays());
    // 발송지연 안내: how far ahead a new dispatch date may lie (the service refuses later ones).
    m_delayMaxDaysSpin->setObjectName(QStringLiteral("delayMaxDaysSpin"));
    m_delayMaxDaysSpin->setRange(7, 365);
    m_delayMaxDaysSpin->setValue(s.intValue(Settings::Key::DelayMaxDays));
    ui->deadlinesForm->insertRow(1, tr("Latest new dispatch date in a delay notice"), m_delayMaxDaysSpin);
    // Delay notices per order where the marketplace's limit is not documented (Naver's one is a rule).
    int row = 2;
    for (const auto &[channel, spin, key] :
         {std::tuple{Channel::KakaoStore, m_delayNoticesKakaoSpin, Settings::Key::DelayNoticesKakao},
          std::tuple{Channel::TalkCheckout, m_delayNoticesTalkSpin, Settings::Key::DelayNoticesTalkCheckout}}) {
        spin->setRange(0, 9);
        spin->setSpecialValueText(tr("No limit"));
        spin->setValue(s.intValue(key));
        spin->setToolTip(tr("Not documented by the marketplace (uncertain): check its seller center. "
                            "Naver allows one notice per order."));
        const QFontMetrics fm(spin->font());
        spin->setMinimumWidth(fm.horizontalAdvance(spin->specialValueText()) + 48);
        spin->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
        ui->deadlinesForm->insertRow(
            row++, tr("Delay notices per order, %1 (uncertain)").arg(channelLabel(channel)), spin);
    }
    for (QSpinBox *spin : {ui->dispatchDaysSpin, m_delayMaxDaysSpin, ui->autoDecideNaverSpin,
                           ui->autoDecideKakaoSpin, ui->autoDecideTalkCheckoutSpin})
        sizeDaySpin(spin);
    sizeDateEdit(ui->holidayDateEdit);
    ui->autoDecideNaverLabel->setText(channelLabel(Channel::NaverSmartstore));
    ui->autoDecideKakaoLabel->setText(channelLabel(Channel::KakaoStore));
    ui->autoDecideTalkCheckoutLabel->setText(channelLabel(Channel::TalkCheckout));
    ui->autoDecideNaverSpin->setValue(s.autoDecideDays(Channel::NaverSmartstore));
    ui->autoDecideKakaoSpin->setValue(s.autoDecideDays(Channel::KakaoStore));
    ui->autoDecideTalkCheckoutSpin->setValue(s.autoDecideDays(Channel::TalkCheckout));

    ui->holidaysTable->setColumnCount(2);
    ui->holidaysTable->setHorizontalHeaderLabels({tr("Date"), tr("Name")});
    ui->holidaysTable->horizontalHeader()->setStretchLastSection(true);
    ui->holidaysTable->verticalHeader()->setVisible(false);
    ui->holidayDateEdit->setDate(seoulDate(m_ws.clock().nowUtc()));
    connect(ui->addHolidayButton, &QPushButton::clicked, this, &SettingsDialog::addHoliday);
    loadHolidays();

    if (!m_user.can(Permission::ManageSettings)) {
        for (QWidget *w :
             {static_cast<QWidget *>(ui->generalGroup), static_cast<QWidget *>(ui->deadlinesGroup),
              static_cast<QWidget *>(ui->holidaysGroup)})
            w->setEnabled(false);
        ui->errorLabel->setText(
            tr("Only the master can change settings (your role: %1).").arg(roleLabel(m_user.role)));
    }
    connect(ui->buttonBox, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(ui->buttonBox, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::loadHolidays()
{
    const QList<Holiday> holidays = CalendarService(m_ws, m_user).userHolidays();
    ui->holidaysTable->setRowCount(int(holidays.size()));
    for (int i = 0; i < holidays.size(); ++i) {
        ui->holidaysTable->setItem(i, 0, new QTableWidgetItem(holidays.at(i).date.toString(Qt::ISODate)));
        ui->holidaysTable->setItem(i, 1, new QTableWidgetItem(holidays.at(i).name));
    }
}

void SettingsDialog::addHoliday()
{
    const Result r =
        CalendarService(m_ws, m_user).addHoliday(ui->holidayDateEdit->date(), ui->holidayNameEdit->text());
    if (!r.ok()) {
        ui->errorLabel->setText(r.message);
        return;
    }
    ui->errorLabel->clear();
    ui->holidayNameEdit->clear();
    m_changed = true;
    loadHolidays();
}

void SettingsDialog::accept()
{
    if (!m_user.can(Permission::ManageSettings)) {
        QDialog::accept();
        return;
    }
    Settings &s = m_ws.settings();
    const QList<QPair<Settings::Key, QString>> values = {
        {Settings::Key::Language, ui->languageCombo->currentData().toString()},
        {Settings::Key::DispatchBusinessDays, QString::number(ui->dispatchDaysSpin->value())},
        {Settings::Key::DelayMaxDays, QString::number(m_delayMaxDaysSpin->value())},
        {Settings::Key::DelayNoticesKakao, QString::number(m_delayNoticesKakaoSpin->value())},
        {Settings::Key::DelayNoticesTalkCheckout, QString::number(m_delayNoticesTalkSpin->value())},
        {Settings::Key::AutoBackup,
         m_autoBackupCheck->isChecked() ? QStringLiteral("1") : QStringLiteral("0")},
        {Settings::Key::AutoDecideDaysNaver, QString::number(ui->autoDecideNaverSpin->value())},
        {Settings::Key::AutoDecideDaysKakao, QString::number(ui->autoDecideKakaoSpin->value())},
        {Settings::Key::AutoDecideDaysTalkCheckout, QString::number(ui->autoDecideTalkCheckoutSpin->value())},
    };
    for (const auto &v : values) {
        if (s.value(v.first) == v.second)
            continue;
        m_changed = true;
        m_languageChanged = m_languageChanged || v.first == Settings::Key::Language;
    }
    const Result r = s.set(m_user, values, m_ws.clock().nowUtc()); // all of them or none
    if (!r.ok()) {
        m_changed = m_languageChanged = false;
        ui->errorLabel->setText(r.message);
        return;
    }
    QDialog::accept();
}

} // namespace sd
