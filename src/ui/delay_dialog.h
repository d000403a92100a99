#pragma once
#include "core/delay_reason.h"

#include <QDate>
#include <QDialog>
#include <memory>

namespace sd {

namespace Ui {
class DelayDialog;
}

// 발송지연 안내: the new dispatch date, the reason (Naver's codes) and a detail for the buyer.
class DelayDialog : public QDialog
{
    Q_OBJECT
public:
    DelayDialog(int orderCount, const QDate &suggestedDate, QWidget *parent = nullptr);
    ~DelayDialog() override;

    QDate newDate() const;
    DelayReason reason() const;
    QString detail() const;
    void accept() override;

private:
    std::unique_ptr<Ui::DelayDialog> ui;
};

} // namespace sd
