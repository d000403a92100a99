#pragma once
#include "core/orders/delay_reason.h"
#include "services/orders/order_service.h"

#include <QDate>
#include <QDialog>
#include <functional>
#include <memory>

namespace sd {

namespace Ui {
class DelayDialog;
}

// 발송지연 안내: the new dispatch date, the reason (Naver's codes) and a detail for the buyer. OK asks
// `check` (the service's rule for the input) and shows a refusal once, with the focus on its field.
class DelayDialog : public QDialog
{
    Q_OBJECT
public:
    using Check =
        std::function<Result(const QDate &, DelayReason, const QString &, OrderService::DelayField *)>;
    // `rules`: how often a notice may be sent on the selected orders' channels, one line each
    // (delayNoticeRuleText), shown above the fields.
    DelayDialog(int orderCount, const QDate &suggestedDate, Check check, const QStringList &rules = {},
                QWidget *parent = nullptr);
    ~DelayDialog() override;

    QDate newDate() const;
    DelayReason reason() const;
    QString detail() const;
    void accept() override;

private:
    std::unique_ptr<Ui::DelayDialog> ui;
    Check m_check;
};

} // namespace sd
