#pragma once
#include "core/orders/dispatch_deadline.h"

#include <QHash>
#include <QWidget>
#include <optional>

class QToolButton;

namespace sd {

// The deadline counters above the orders grid, like the seller center's: 오늘 발송 마감 N, 기한 초과 N,
// 발송지연 안내 중 N (core: DeadlineCounter). Each is a toggle: choosing one filters the grid to those
// orders (OrderFilter::deadline), choosing it again or another chip takes it off. At most one is chosen.
// Object names "counter_due_today", "counter_overdue", "counter_delay_noticed".
class DeadlineCounterBar : public QWidget
{
    Q_OBJECT
public:
    explicit DeadlineCounterBar(QWidget *parent = nullptr);

    void setCounts(const QHash<DeadlineCounter, qint64> &counts);
    std::optional<DeadlineCounter> chosen() const;
    void choose(std::optional<DeadlineCounter> counter); // no chosenChanged
    QToolButton *button(DeadlineCounter counter) const { return m_buttons.value(counter); }

signals:
    void chosenChanged();

private:
    void updateTexts();

    QHash<DeadlineCounter, QToolButton *> m_buttons;
    QHash<DeadlineCounter, qint64> m_counts;
};

} // namespace sd
