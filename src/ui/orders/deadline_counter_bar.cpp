#include "ui/orders/deadline_counter_bar.h"

#include "ui/common/style/theme.h"

#include <QHBoxLayout>
#include <QLocale>
#include <QSignalBlocker>
#include <QToolButton>

namespace sd {

DeadlineCounterBar::DeadlineCounterBar(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("deadlineCounters"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(Theme::kSpaceXs);
    for (DeadlineCounter c : allDeadlineCounters()) {
        auto *b = new QToolButton(this);
        b->setObjectName(QStringLiteral("counter_") + deadlineCounterCode(c));
        b->setCheckable(true);
        b->setAutoRaise(true);
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        b->setFocusPolicy(Qt::TabFocus);
        b->setStyleSheet(Theme::chipStyleSheet());
        switch (c) {
        case DeadlineCounter::DueToday:
            b->setToolTip(tr("New and confirmed orders whose dispatch deadline is today"));
            break;
        case DeadlineCounter::Overdue:
            b->setToolTip(tr("New and confirmed orders whose dispatch deadline has passed"));
            break;
        case DeadlineCounter::DelayNoticed:
            b->setToolTip(tr("Orders with a delayed-dispatch notice sent that are not dispatched yet"));
            break;
        }
        connect(b, &QToolButton::toggled, this, [this, c](bool checked) {
            if (checked) { // one at a time
                for (auto it = m_buttons.cbegin(); it != m_buttons.cend(); ++it) {
                    if (it.key() != c && it.value()->isChecked()) {
                        const QSignalBlocker block(it.value());
                        it.value()->setChecked(false);
                    }
                }
            }
            emit chosenChanged();
        });
        m_buttons.insert(c, b);
        layout->addWidget(b);
    }
    updateTexts();
}

void DeadlineCounterBar::setCounts(const QHash<DeadlineCounter, qint64> &counts)
{
    m_counts = counts;
    updateTexts();
}

void DeadlineCounterBar::updateTexts()
{
    const QLocale locale;
    for (auto it = m_buttons.cbegin(); it != m_buttons.cend(); ++it)
        it.value()->setText(
            QStringLiteral("%1 %2").arg(deadlineCounterLabel(it.key()), locale.toString(m_counts.value(it.key()))));
}

std::optional<DeadlineCounter> DeadlineCounterBar::chosen() const
{
    for (DeadlineCounter c : allDeadlineCounters()) {
        if (m_buttons.value(c)->isChecked())
            return c;
    }
    return std::nullopt;
}

void DeadlineCounterBar::choose(std::optional<DeadlineCounter> counter)
{
    for (auto it = m_buttons.cbegin(); it != m_buttons.cend(); ++it) {
        const QSignalBlocker block(it.value());
        it.value()->setChecked(counter && it.key() == *counter);
    }
}

} // namespace sd
