#include "ui/orders/order_details_pane.h"

#include "core/calendar/seoul_time.h"
#include "core/common/money.h"
#include "core/orders/courier.h"
#include "core/orders/delay_reason.h"
#include "core/orders/order_field.h"
#include "core/orders/order_transition.h"
#include "services/orders/order_service.h"

#include <QTextBrowser>
#include <QVBoxLayout>

namespace sd {

namespace {

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QString when(const QDateTime &utc)
{
    return utc.isValid() ? formatSeoul(utc) : QString();
}

QString statusText(const QString &code)
{
    const auto s = parseStatus(code);
    return s ? statusLabel(*s) : code;
}

} // namespace

OrderDetailsPane::OrderDetailsPane(const OrderService &service, QWidget *parent)
    : QWidget(parent), m_service(service), m_browser(new QTextBrowser(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_browser->setObjectName(QStringLiteral("orderDetails"));
    m_browser->setOpenLinks(false);
    m_browser->setFocusPolicy(Qt::ClickFocus); // Tab stays between search and table
    layout->addWidget(m_browser);
    showSelectionCount(0);
}

QString OrderDetailsPane::text() const
{
    return m_browser->toPlainText();
}

void OrderDetailsPane::showSelectionCount(int count)
{
    m_current.clear();
    m_browser->setHtml(QStringLiteral("<p style='color:gray'>%1</p>")
                           .arg(count == 0 ? esc(tr("Select an order to see its details and history."))
                                           : esc(tr("%n orders selected.", nullptr, count))));
}

void OrderDetailsPane::reload()
{
    if (!m_current.isEmpty())
        showOrder(m_current);
}

void OrderDetailsPane::showOrder(const QString &productOrderNo)
{
    // Opening an order reads its buyer data (recorded once); showing it again after a change does not.
    const bool opened = productOrderNo != m_current;
    m_current = productOrderNo;
    Order o;
    const Result found = m_service.find(productOrderNo, &o, opened);
    if (!found.ok()) {
        m_browser->setHtml(QStringLiteral("<p>%1</p>").arg(esc(found.message)));
        return;
    }
    QString html;
    QString rows;
    auto row = [&rows](const QString &label, const QString &value) {
        if (!value.isEmpty())
            rows += QStringLiteral("<tr><td style='color:gray; padding-right:12px'>%1</td><td>%2</td></tr>")
                        .arg(esc(label), esc(value));
    };
    auto section = [&html, &rows](const QString &title) {
        if (!rows.isEmpty())
            html += QStringLiteral("<h4 style='margin-bottom:2px'>%1</h4><table cellspacing='1'>%2</table>")
                        .arg(esc(title), rows);
        rows.clear();
    };
    html += QStringLiteral("<h3 style='margin-bottom:2px'>%1 · %2</h3>")
                .arg(esc(statusLabel(o.status)), esc(o.productOrderNo));

    row(orderFieldLabel(OrderField::ProductOrderNo), o.productOrderNo);
    row(orderFieldLabel(OrderField::OrderNo), o.orderNo);
    row(orderFieldLabel(OrderField::Channel), channelLabel(o.channel));
    row(orderFieldLabel(OrderField::Status), statusLabel(o.status)); // never the channel's raw code
    row(orderFieldLabel(OrderField::PaidAt), when(o.paidAt));
    row(orderFieldLabel(OrderField::DispatchDue),
        o.dispatchDue.isValid() ? o.dispatchDue.toString(Qt::ISODate) : QString());
    if (!o.delayReason.isEmpty()) {
        const auto reason = parseDelayReason(o.delayReason);
        row(orderFieldLabel(OrderField::DelayReason),
            QStringLiteral("%1 %2")
                .arg(reason ? delayReasonLabel(*reason) : o.delayReason, o.delayDetail)
                .trimmed());
    }
    section(tr("Order"));

    row(orderFieldLabel(OrderField::Product), o.productName);
    row(orderFieldLabel(OrderField::Option), o.optionText);
    row(orderFieldLabel(OrderField::Quantity), QString::number(o.quantity));
    row(orderFieldLabel(OrderField::UnitPrice), formatWon(o.unitPrice));
    if (o.optionPrice != 0)
        row(orderFieldLabel(OrderField::OptionPrice), formatWon(o.optionPrice));
    if (o.discount != 0)
        row(orderFieldLabel(OrderField::Discount), formatWon(o.discount));
    row(orderFieldLabel(OrderField::TotalAmount), formatWon(o.totalAmount));
    row(orderFieldLabel(OrderField::ShippingFee), formatWon(o.shippingFee));
    section(tr("Product and payment"));

    const Courier *courier = findCourier(o.courierCode);
    row(orderFieldLabel(OrderField::Courier), courier ? courier->name : o.courierCode);
    row(orderFieldLabel(OrderField::TrackingNo), o.trackingNo);
    row(orderFieldLabel(OrderField::ConfirmedAt), when(o.confirmedAt));
    row(orderFieldLabel(OrderField::ShippedAt), when(o.shippedAt));
    row(orderFieldLabel(OrderField::DeliveredAt), when(o.deliveredAt));
    row(orderFieldLabel(OrderField::DecidedAt), when(o.decidedAt));
    section(tr("Shipping"));

    const OrderContact &c = o.contact;
    row(orderFieldLabel(OrderField::BuyerName), c.buyerName);
    row(orderFieldLabel(OrderField::BuyerPhone), c.buyerPhone);
    row(orderFieldLabel(OrderField::RecipientName), c.recipientName);
    row(orderFieldLabel(OrderField::RecipientPhone1), c.recipientPhone1);
    row(orderFieldLabel(OrderField::RecipientPhone2), c.recipientPhone2);
    row(orderFieldLabel(OrderField::Postcode), c.postcode);
    row(orderFieldLabel(OrderField::Address),
        QStringLiteral("%1 %2").arg(c.address, c.addressDetail).trimmed());
    row(orderFieldLabel(OrderField::DeliveryMessage), c.deliveryMessage);
    row(orderFieldLabel(OrderField::CustomsCode), c.customsCode);
    section(tr("Buyer and recipient"));

    const QList<OrderEvent> events = m_service.history(productOrderNo);
    QString timeline;
    for (const OrderEvent &e : events) {
        QString change;
        if (!e.fromStatus.isEmpty() && !e.toStatus.isEmpty() && e.fromStatus != e.toStatus)
            change = QStringLiteral("%1 → %2").arg(statusText(e.fromStatus), statusText(e.toStatus));
        timeline +=
            QStringLiteral(
                "<tr><td style='color:gray; padding-right:8px'>%1</td><td>%2</td>"
                "<td style='padding-left:8px'><b>%3</b> %4<br/><span style='color:gray'>%5</span></td></tr>")
                .arg(esc(when(e.at)), esc(e.userName.isEmpty() ? tr("System") : e.userName),
                     esc(historyActionLabel(e.action)), esc(change), esc(e.detail));
    }
    html += QStringLiteral("<h4 style='margin-bottom:2px'>%1</h4>").arg(esc(tr("History")));
    html += timeline.isEmpty()
                ? QStringLiteral("<p style='color:gray'>%1</p>").arg(esc(tr("No changes yet.")))
                : QStringLiteral("<table cellspacing='2'>%1</table>").arg(timeline);
    m_browser->setHtml(html);
}

} // namespace sd
