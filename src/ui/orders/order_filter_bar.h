#pragma once
#include "core/orders/order_filter.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLineEdit;
class QTimer;

namespace sd {

class Clock;

// Channel, payment period and the search box of the orders view. The search is debounced so typing
// does not query on every key; Enter submits at once (and the view moves focus to the table).
class OrderFilterBar : public QWidget
{
    Q_OBJECT
public:
    explicit OrderFilterBar(const Clock &clock, QWidget *parent = nullptr);

    // Fills channel, period and search; statuses and risk are the chips' part.
    void applyTo(OrderFilter &filter) const;
    QLineEdit *searchEdit() const { return m_search; }
    bool hasConditions() const;

signals:
    void changed();
    void searchSubmitted();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    enum Period { AllTime, Today, Last7Days, Last30Days, Last90Days, Custom };
    void applyPeriod();

    const Clock &m_clock;
    QComboBox *m_channel;
    QComboBox *m_period;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QLineEdit *m_search;
    QTimer *m_debounce;
    QString m_appliedSearch;
};

} // namespace sd
