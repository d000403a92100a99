#pragma once
#include <QDialog>
#include <memory>

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

    std::unique_ptr<Ui::SetupDialog> ui;
    Workspace &m_ws;
};

} // namespace sd
