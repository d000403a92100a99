#pragma once
#include "core/access/user_session.h"

#include <QDialog>
#include <memory>

class QCheckBox;
class QSpinBox;

namespace sd {

namespace Ui {
class SettingsDialog;
}
class Workspace;

// The store's settings (language, deadlines, extra holidays). Each change goes through the
// services with the permission check and an audit row.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    SettingsDialog(Workspace &workspace, const UserSession &user, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    void accept() override;
    bool languageChanged() const { return m_languageChanged; }
    bool changedSomething() const { return m_changed; }

private:
    void loadHolidays();
    void addHoliday();

    std::unique_ptr<Ui::SettingsDialog> ui;
    Workspace &m_ws;
    QSpinBox *m_delayMaxDaysSpin;
    QSpinBox *m_delayNoticesKakaoSpin;
    QSpinBox *m_delayNoticesTalkSpin;
    QCheckBox *m_autoBackupCheck;
    UserSession m_user;
    bool m_languageChanged = false;
    bool m_changed = false;
};

} // namespace sd
