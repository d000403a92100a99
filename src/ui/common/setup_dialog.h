#pragma once
#include "services/store/setup_service.h"

#include <QDialog>
#include <memory>

class QFormLayout;
class QLabel;

namespace sd {

namespace Ui {
class SetupDialog;
}
class Workspace;

// First run: the store profile (상호, 사업자등록번호, channels) and the master account.
class SetupDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SetupDialog(Workspace &workspace, QWidget *parent = nullptr);
    ~SetupDialog() override;

    QString masterLogin() const;
    void accept() override;

private:
    void checkBusinessNumber();
    // Shows `message` once, in a line right under the field it concerns, and moves the focus there.
    void showFieldError(StoreSetup::Field field, const QString &message);
    void clearFieldError();

    std::unique_ptr<Ui::SetupDialog> ui;
    Workspace &m_ws;
    QLabel *m_fieldError;
    QFormLayout *m_errorForm = nullptr; // the form that holds m_fieldError now
};

} // namespace sd
