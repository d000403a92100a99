#pragma once
#include "core/orders/order_status.h"

#include <QHash>
#include <QList>
#include <QWidget>

class QButtonGroup;
class QToolButton;

namespace sd {

// The row of status chips above the orders table: 전체, one per status with its live count, and
// 지연 위험 (orders at risk of missing the dispatch deadline) with its count. One chip is checked at a
// time. 전체 is every order of the channel, period and search, whichever chip is checked.
class StatusChipBar : public QWidget
{
    Q_OBJECT
public:
    explicit StatusChipBar(QWidget *parent = nullptr);

    void setCounts(const QHash<OrderStatus, qint64> &counts);
    // 지연 위험's own count (counted beside the statuses: choosing it changes no other chip's count).
    void setRiskCount(qint64 count);
    // Empty = all statuses.
    QList<OrderStatus> statuses() const;
    bool atRiskOnly() const;
    void selectAll();
    void selectStatus(OrderStatus status);

signals:
    void selectionChanged();

private:
    void updateTexts();

    QButtonGroup *m_group;
    QToolButton *m_all;
    QToolButton *m_atRisk;
    QHash<OrderStatus, QToolButton *> m_chips;
    QHash<OrderStatus, qint64> m_counts;
    qint64 m_riskCount = 0;
};

} // namespace sd
