#include "ui/orders/order_filter_bar.h"

#include "core/calendar/clock.h"
#include "core/calendar/seoul_time.h"
#include "core/orders/channel.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>

namespace sd {

OrderFilterBar::OrderFilterBar(const Clock &clock, QWidget *parent)
    : QWidget(parent), m_clock(clock), m_channel(new QComboBox(this)), m_period(new QComboBox(this)),
      m_from(new QDateEdit(this)), m_to(new QDateEdit(this)), m_search(new QLineEdit(this)),
      m_debounce(new QTimer(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    m_channel->setObjectName(QStringLiteral("channelCombo"));
    m_channel->addItem(tr("All channels"), QString());
    const QList<Channel> channels = allChannels();
    for (Channel c : channels)
        m_channel->addItem(channelLabel(c), channelCode(c));
    m_channel->setToolTip(tr("Sales channel"));
    layout->addWidget(m_channel);

    m_period->setObjectName(QStringLiteral("periodCombo"));
    m_period->addItem(tr("Any payment date"), AllTime);
    m_period->addItem(tr("Paid today"), Today);
    m_period->addItem(tr("Last 7 days"), Last7Days);
    m_period->addItem(tr("Last 30 days"), Last30Days);
    m_period->addItem(tr("Last 90 days"), Last90Days);
    m_period->addItem(tr("Dates…"), Custom);
    m_period->setToolTip(tr("Payment date (Seoul time)"));
    layout->addWidget(m_period);

    const QDate today = seoulDate(m_clock.nowUtc());
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setDate(today);
        edit->setEnabled(false);
        layout->addWidget(edit);
        connect(edit, &QDateEdit::dateChanged, this, [this] {
            if (m_period->currentData().toInt() == Custom)
                emit changed();
        });
    }
    m_from->setObjectName(QStringLiteral("paidFromEdit"));
    m_to->setObjectName(QStringLiteral("paidToEdit"));
    m_from->setToolTip(tr("Paid from"));
    m_to->setToolTip(tr("Paid until"));
    layout->insertWidget(layout->indexOf(m_to), new QLabel(QStringLiteral("~"), this));
    connect(m_period, &QComboBox::currentIndexChanged, this, [this] {
        applyPeriod();
        emit changed();
    });

    m_search->setObjectName(QStringLiteral("searchEdit"));
    m_search->setPlaceholderText(tr("Order no., name, last 4 digits of phone, product, tracking no."));
    m_search->setToolTip(tr("Search (Ctrl+F). Enter moves to the table, Esc clears."));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(320);
    m_search->installEventFilter(this);
    layout->addWidget(m_search, 1);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(250);
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_debounce, &QTimer::timeout, this, [this] {
        if (m_search->text().trimmed() != m_appliedSearch) {
            m_appliedSearch = m_search->text().trimmed();
            emit changed();
        }
    });
    connect(m_channel, &QComboBox::currentIndexChanged, this, &OrderFilterBar::changed);
}

void OrderFilterBar::applyPeriod()
{
    const int period = m_period->currentData().toInt();
    const QDate today = seoulDate(m_clock.nowUtc());
    const bool custom = period == Custom;
    m_from->setEnabled(custom);
    m_to->setEnabled(custom);
    if (custom)
        return;
    const QSignalBlocker blockFrom(m_from);
    const QSignalBlocker blockTo(m_to);
    const int days = period == Today ? 0 : period == Last7Days ? 6 : period == Last30Days ? 29 : 89;
    m_from->setDate(today.addDays(-days));
    m_to->setDate(today);
}

void OrderFilterBar::applyTo(OrderFilter &filter) const
{
    const QString code = m_channel->currentData().toString();
    filter.channel = code.isEmpty() ? std::nullopt : parseChannel(code);
    if (m_period->currentData().toInt() == AllTime) {
        filter.paidFrom = QDate();
        filter.paidTo = QDate();
    } else {
        filter.paidFrom = m_from->date();
        filter.paidTo = m_to->date();
    }
    filter.search = m_appliedSearch;
}

bool OrderFilterBar::hasConditions() const
{
    return m_channel->currentIndex() > 0 || m_period->currentData().toInt() != AllTime ||
           !m_appliedSearch.isEmpty();
}

bool OrderFilterBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            m_debounce->stop();
            if (m_search->text().trimmed() != m_appliedSearch) {
                m_appliedSearch = m_search->text().trimmed();
                emit changed();
            }
            emit searchSubmitted();
            return true;
        }
        if (key->key() == Qt::Key_Escape && !m_search->text().isEmpty()) {
            m_search->clear();
            m_debounce->stop();
            m_appliedSearch.clear();
            emit changed();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace sd
