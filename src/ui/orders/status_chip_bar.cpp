#include "ui/orders/status_chip_bar.h"

#include "ui/common/style/theme.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QLocale>
#include <QToolButton>

namespace sd {

namespace {
QToolButton *makeChip(QWidget *parent, const QString &objectName)
{
    auto *b = new QToolButton(parent);
    b->setObjectName(objectName);
    b->setCheckable(true);
    b->setAutoRaise(true);
    b->setToolButtonStyle(Qt::ToolButtonTextOnly);
    b->setFocusPolicy(Qt::TabFocus);
    b->setStyleSheet(Theme::chipStyleSheet()); // rounded, the accent when checked

    return b;
}
} // namespace

StatusChipBar::StatusChipBar(QWidget *parent) : QWidget(parent), m_group(new QButtonGroup(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    m_group->setExclusive(true);

    m_all = makeChip(this, QStringLiteral("chipAll"));
    m_all->setChecked(true);
    m_all->setToolTip(tr("All orders"));
    m_group->addButton(m_all);
    layout->addWidget(m_all);

    const QList<OrderStatus> statuses = allStatuses();
    for (OrderStatus s : statuses) {
        QToolButton *b = makeChip(this, QStringLiteral("chip_") + statusCode(s));
        m_chips.insert(s, b);
        m_group->addButton(b);
        layout->addWidget(b);
    }
    m_atRisk = makeChip(this, QStringLiteral("chipAtRisk"));
    m_atRisk->setToolTip(
        tr("New and confirmed orders whose dispatch deadline is today, the next business day or "
           "already past"));
    m_group->addButton(m_atRisk);
    layout->addWidget(m_atRisk);
    layout->addStretch(1);

    connect(m_group, &QButtonGroup::buttonToggled, this, [this](QAbstractButton *, bool checked) {
        if (checked)
            emit selectionChanged();
    });
    updateTexts();
}

void StatusChipBar::setCounts(const QHash<OrderStatus, qint64> &counts)
{
    m_counts = counts;
    updateTexts();
}

void StatusChipBar::setRiskCount(qint64 count)
{
    m_riskCount = count;
    updateTexts();
}

void StatusChipBar::updateTexts()
{
    const QLocale locale;
    qint64 total = 0;
    for (auto it = m_counts.cbegin(); it != m_counts.cend(); ++it)
        total += it.value();
    m_all->setText(tr("All %1").arg(locale.toString(total)));
    for (auto it = m_chips.cbegin(); it != m_chips.cend(); ++it)
        it.value()->setText(
            QStringLiteral("%1 %2").arg(statusLabel(it.key()), locale.toString(m_counts.value(it.key()))));
    m_atRisk->setText(QStringLiteral("%1 %2").arg(tr("At risk"), locale.toString(m_riskCount)));
}

QList<OrderStatus> StatusChipBar::statuses() const
{
    for (auto it = m_chips.cbegin(); it != m_chips.cend(); ++it) {
        if (it.value()->isChecked())
            return {it.key()};
    }
    return {};
}

bool StatusChipBar::atRiskOnly() const
{
    return m_atRisk->isChecked();
}

void StatusChipBar::selectAll()
{
    m_all->setChecked(true);
}

void StatusChipBar::selectStatus(OrderStatus status)
{
    if (QToolButton *b = m_chips.value(status))
        b->setChecked(true);
}

} // namespace sd
