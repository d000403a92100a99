#include "ui/orders/order_details_pane.h"

#include "core/calendar/seoul_time.h"
#include "core/common/money.h"
#include "core/orders/channel_status.h"
#include "core/orders/courier.h"
#include "core/orders/delay_reason.h"
#include "core/orders/order_field.h"
#include "core/orders/order_history.h"
#include "core/orders/order_transition.h"
#include "services/orders/order_service.h"

#include <QFontMetrics>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QScrollArea>
#include <QSplitter>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace sd {

namespace {

QString when(const QDateTime &utc)
{
    return utc.isValid() ? formatSeoul(utc) : QString();
}

QString date(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

enum HistoryColumn { At, Who, Action, Change, Detail, ColumnCount };

} // namespace

OrderDetailsPane::OrderDetailsPane(const OrderService &service, QWidget *parent)
    : QWidget(parent), m_service(service), m_splitter(new QSplitter(Qt::Vertical, this)),
      m_scroll(new QScrollArea(this)), m_fields(new QWidget), m_fieldsLayout(new QVBoxLayout(m_fields)),
      m_message(new QLabel(this)), m_title(new QLabel(this)), m_historyTitle(new QLabel(this)),
      m_history(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("orderDetails"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    m_title->setObjectName(QStringLiteral("orderDetailsTitle"));
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    m_message->setObjectName(QStringLiteral("orderDetailsMessage"));
    m_message->setWordWrap(true);
    m_message->setForegroundRole(QPalette::PlaceholderText);

    m_fieldsLayout->setContentsMargins(8, 6, 8, 6);
    m_fieldsLayout->setSpacing(2);
    m_fieldsLayout->addWidget(m_title);
    m_fieldsLayout->addWidget(m_message);
    m_fieldsLayout->addStretch(1);
    m_scroll->setWidget(m_fields);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);

    auto *historyBox = new QWidget(this);
    auto *historyLayout = new QVBoxLayout(historyBox);
    historyLayout->setContentsMargins(8, 4, 0, 0);
    historyLayout->setSpacing(2);
    m_historyTitle->setText(tr("History"));
    m_historyTitle->setFont(titleFont);
    historyLayout->addWidget(m_historyTitle);
    m_history->setObjectName(QStringLiteral("orderHistory"));
    m_history->setColumnCount(ColumnCount);
    m_history->setHeaderLabels({tr("When"), tr("By"), tr("Action"), tr("Status"), tr("Detail")});
    m_history->setRootIsDecorated(false);
    m_history->setUniformRowHeights(false);
    m_history->setWordWrap(true);
    m_history->setAlternatingRowColors(true);
    m_history->setSelectionMode(QAbstractItemView::NoSelection);
    m_history->setFocusPolicy(Qt::NoFocus); // Tab stays between search and table
    m_history->header()->setStretchLastSection(true);
    m_history->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_history->header()->setSectionResizeMode(Detail, QHeaderView::Stretch);
    historyLayout->addWidget(m_history, 1);

    m_splitter->addWidget(m_scroll);
    m_splitter->addWidget(historyBox);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setSizes({560, 240}); // the fields first; the history keeps a few rows in view
    layout->addWidget(m_splitter);
    showSelectionCount(0);
}

QString OrderDetailsPane::text() const
{
    QStringList lines;
    if (!m_title->text().isEmpty())
        lines << m_title->text();
    if (!m_message->isHidden() && !m_message->text().isEmpty())
        lines << m_message->text();
    for (const auto &row : m_rows)
        lines << row.first->text() + QLatin1Char(' ') + row.second->text();
    lines << m_historyTitle->text();
    for (int i = 0; i < m_history->topLevelItemCount(); ++i) {
        QStringList cells;
        for (int c = 0; c < ColumnCount; ++c)
            cells << m_history->topLevelItem(i)->text(c);
        lines << cells.join(QLatin1Char(' '));
    }
    return lines.join(QLatin1Char('\n'));
}

void OrderDetailsPane::clearFields()
{
    // Everything between the title and message (kept) and the final stretch goes.
    while (m_fieldsLayout->count() > 3) {
        QLayoutItem *item = m_fieldsLayout->takeAt(2);
        delete item->widget(); // at once: a test looking at the pane sees only this order's fields
        delete item;
    }
    m_rows.clear();
    m_history->clear();
}

void OrderDetailsPane::showSelectionCount(int count)
{
    m_current.clear();
    clearFields();
    m_title->clear();
    m_title->hide();
    m_message->setText(count == 0 ? tr("Select an order to see its details and history.")
                                  : tr("%n orders selected.", nullptr, count));
    m_message->show();
}

void OrderDetailsPane::reload()
{
    if (!m_current.isEmpty())
        showOrder(m_current);
}

OrderDetailsPane::Section OrderDetailsPane::addSection(const QString &title)
{
    const int index = (m_fieldsLayout->count() - 3) / 2;
    Section s;
    s.header = new QToolButton(m_fields);
    s.header->setText(title);
    s.header->setCheckable(true);
    s.header->setChecked(!m_collapsed.value(index, false));
    s.header->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    s.header->setArrowType(s.header->isChecked() ? Qt::DownArrow : Qt::RightArrow);
    s.header->setAutoRaise(true);
    QFont bold = s.header->font();
    bold.setBold(true);
    s.header->setFont(bold);
    s.body = new QWidget(m_fields);
    s.form = new QFormLayout(s.body);
    s.form->setContentsMargins(18, 0, 0, 6);
    s.form->setHorizontalSpacing(12);
    s.form->setVerticalSpacing(3);
    s.form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    s.form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    s.form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    s.body->setVisible(s.header->isChecked());
    QToolButton *header = s.header;
    QWidget *body = s.body;
    connect(header, &QToolButton::toggled, this, [this, header, body, index](bool open) {
        body->setVisible(open);
        header->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
        while (m_collapsed.size() <= index)
            m_collapsed << false;
        m_collapsed[index] = !open;
    });
    const int at = m_fieldsLayout->count() - 1; // before the stretch
    m_fieldsLayout->insertWidget(at, s.header);
    m_fieldsLayout->insertWidget(at + 1, s.body);
    return s;
}

void OrderDetailsPane::addRow(Section &section, const QString &label, const QString &value, const QString &tip)
{
    if (value.isEmpty())
        return;
    auto *name = new QLabel(label, section.body);
    name->setForegroundRole(QPalette::PlaceholderText);
    auto *shown = new QLabel(value, section.body);
    shown->setTextFormat(Qt::PlainText);
    shown->setWordWrap(true);
    shown->setTextInteractionFlags(Qt::TextSelectableByMouse);
    if (!tip.isEmpty()) {
        shown->setToolTip(tip);
        name->setToolTip(tip);
    }
    section.form->addRow(name, shown);
    m_rows.append(qMakePair(name, shown));
}

// One label width for every section, so the values of all sections start in one column.
void OrderDetailsPane::alignLabels()
{
    int width = 0;
    for (const auto &row : std::as_const(m_rows))
        width = std::max(width, row.first->sizeHint().width());
    for (const auto &row : std::as_const(m_rows))
        row.first->setFixedWidth(width);
}

void OrderDetailsPane::showOrder(const QString &productOrderNo)
{
    // Opening an order reads its buyer data (recorded once); showing it again after a change does not.
    const bool opened = productOrderNo != m_current;
    m_current = productOrderNo;
    clearFields();
    Order o;
    const Result found = m_service.find(productOrderNo, &o, opened);
    if (!found.ok()) {
        m_title->hide();
        m_message->setText(found.message);
        m_message->show();
        return;
    }
    m_message->hide();
    m_title->setText(QStringLiteral("%1 · %2").arg(statusLabel(o.status), o.productOrderNo));
    m_title->show();

    Section order = addSection(tr("Order"));
    addRow(order, orderFieldLabel(OrderField::ProductOrderNo), o.productOrderNo);
    addRow(order, orderFieldLabel(OrderField::OrderNo), o.orderNo);
    addRow(order, orderFieldLabel(OrderField::Channel), channelLabel(o.channel));
    addRow(order, orderFieldLabel(OrderField::Status), statusLabel(o.status));
    // The channel's own status in its seller center's words; the code only in the tooltip.
    addRow(order, orderFieldLabel(OrderField::ChannelStatus), channelStatusText(o.channel, o.rawStatus),
           o.rawStatus);
    addRow(order, orderFieldLabel(OrderField::ClaimStatus), channelStatusText(o.channel, o.claimStatus),
           o.claimStatus);
    addRow(order, orderFieldLabel(OrderField::PaidAt), when(o.paidAt));
    addRow(order, orderFieldLabel(OrderField::DispatchDue), date(o.dispatchDue));
    if (!o.delayReason.isEmpty()) {
        const auto reason = parseDelayReason(o.delayReason);
        addRow(order, orderFieldLabel(OrderField::DelayReason),
               o.delayDetail.isEmpty() ? (reason ? delayReasonLabel(*reason) : o.delayReason)
                                       : QStringLiteral("%1 – %2").arg(
                                             reason ? delayReasonLabel(*reason) : o.delayReason, o.delayDetail),
               o.delayReason);
    }

    Section product = addSection(tr("Product and payment"));
    addRow(product, orderFieldLabel(OrderField::Product), o.productName);
    addRow(product, orderFieldLabel(OrderField::Option), o.optionText);
    addRow(product, orderFieldLabel(OrderField::Quantity), QString::number(o.quantity));
    addRow(product, orderFieldLabel(OrderField::UnitPrice), formatWon(o.unitPrice));
    if (o.optionPrice != 0)
        addRow(product, orderFieldLabel(OrderField::OptionPrice), formatWon(o.optionPrice));
    if (o.discount != 0)
        addRow(product, orderFieldLabel(OrderField::Discount), formatWon(o.discount));
    addRow(product, orderFieldLabel(OrderField::TotalAmount), formatWon(o.totalAmount));
    addRow(product, orderFieldLabel(OrderField::ShippingFee), formatWon(o.shippingFee));

    Section shipping = addSection(tr("Shipping"));
    addRow(shipping, orderFieldLabel(OrderField::Courier), courierLabel(o.courierCode),
           o.courierCode.isEmpty() ? QString() : o.courierCode);
    addRow(shipping, orderFieldLabel(OrderField::TrackingNo), o.trackingNo);
    addRow(shipping, orderFieldLabel(OrderField::ConfirmedAt), when(o.confirmedAt));
    addRow(shipping, orderFieldLabel(OrderField::ShippedAt), when(o.shippedAt));
    addRow(shipping, orderFieldLabel(OrderField::DeliveredAt), when(o.deliveredAt));
    addRow(shipping, orderFieldLabel(OrderField::DecidedAt), when(o.decidedAt));

    const OrderContact &c = o.contact;
    Section buyer = addSection(tr("Buyer and recipient"));
    addRow(buyer, orderFieldLabel(OrderField::BuyerName), c.buyerName);
    addRow(buyer, orderFieldLabel(OrderField::BuyerPhone), c.buyerPhone);
    addRow(buyer, orderFieldLabel(OrderField::RecipientName), c.recipientName);
    addRow(buyer, orderFieldLabel(OrderField::RecipientPhone1), c.recipientPhone1);
    addRow(buyer, orderFieldLabel(OrderField::RecipientPhone2), c.recipientPhone2);
    addRow(buyer, orderFieldLabel(OrderField::Postcode), c.postcode);
    addRow(buyer, orderFieldLabel(OrderField::Address),
           QStringLiteral("%1 %2").arg(c.address, c.addressDetail).trimmed());
    addRow(buyer, orderFieldLabel(OrderField::DeliveryMessage), c.deliveryMessage);
    addRow(buyer, orderFieldLabel(OrderField::CustomsCode), c.customsCode);
    alignLabels();

    const QList<OrderEvent> events = m_service.history(productOrderNo);
    for (const OrderEvent &e : events) {
        auto *item = new QTreeWidgetItem(m_history);
        item->setText(At, when(e.at));
        item->setText(Who, e.userName.isEmpty() ? tr("System") : e.userName);
        item->setText(Action, historyActionLabel(e.action));
        item->setToolTip(Action, e.action);
        item->setText(Change, historyStatusChange(e));
        if (!e.fromStatus.isEmpty() || !e.toStatus.isEmpty())
            item->setToolTip(Change, QStringLiteral("%1 → %2").arg(e.fromStatus, e.toStatus));
        item->setText(Detail, historyDetailText(e));
        item->setToolTip(Detail, e.detail);
    }
    if (events.isEmpty()) {
        auto *item = new QTreeWidgetItem(m_history);
        item->setText(At, tr("No changes yet."));
        item->setFirstColumnSpanned(true);
    }
}

} // namespace sd
