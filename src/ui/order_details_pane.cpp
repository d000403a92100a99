#include "ui/order_details_pane.h"

#include "core/courier.h"
#include "core/delay_reason.h"
#include "core/money.h"
#include "core/order_transition.h"
#include "core/seoul_time.h"
#include "services/order_service.h"

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
    m_current = productOrderNo;
    Order o;
    const Result found = m_service.find(productOrderNo, &o);
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

    row(tr("Product order no."), o.productOrderNo);
    row(tr("Order no."), o.orderNo);
    row(tr("Channel"), channelLabel(o.channel));
    row(tr("Status"), o.rawStatus.isEmpty() || o.rawStatus == statusLabel(o.status)
                          ? statusLabel(o.status)
                          : QStringLiteral("%1 (%2)").arg(statusLabel(o.status), o.rawStatus));
    row(tr("Paid at"), when(o.paidAt));
    row(tr("Dispatch due"), o.dispatchDue.isValid() ? o.dispatchDue.toString(Qt::ISODate) : QString());
    if (!o.delayReason.isEmpty()) {
        const auto reason = parseDelayReason(o.delayReason);
        row(tr("Delay reason"), QStringLiteral("%1 %2")
                                    .arg(reason ? delayReasonLabel(*reason) : o.delayReason, o.delayDetail)
                                    .trimmed());
    }
    section(tr("Order"));

    row(tr("Product"), o.productName);
    row(tr("Option"), o.optionText);
    row(tr("Quantity"), QString::number(o.quantity));
    row(tr("Unit price"), formatWon(o.unitPrice));
    if (o.optionPrice != 0)
        row(tr("Option price"), formatWon(o.optionPrice));
    if (o.discount != 0)
        row(tr("Discount"), formatWon(o.discount));
    row(tr("Total amount"), formatWon(o.totalAmount));
    row(tr("Shipping fee"), formatWon(o.shippingFee));
    section(tr("Product and payment"));

    const Courier *courier = findCourier(o.courierCode);
    row(tr("Courier"), courier ? courier->name : o.courierCode);
    row(tr("Tracking no."), o.trackingNo);
    row(tr("Confirmed at"), when(o.confirmedAt));
    row(tr("Shipped at"), when(o.shippedAt));
    row(tr("Delivered at"), when(o.deliveredAt));
    row(tr("Purchase decided at"), when(o.decidedAt));
    section(tr("Shipping"));

    const OrderContact &c = o.contact;
    row(tr("Buyer"), c.buyerName);
    row(tr("Buyer phone"), c.buyerPhone);
    row(tr("Recipient"), c.recipientName);
    row(tr("Phone 1"), c.recipientPhone1);
    row(tr("Phone 2"), c.recipientPhone2);
    row(tr("Postcode"), c.postcode);
    row(tr("Address"), QStringLiteral("%1 %2").arg(c.address, c.addressDetail).trimmed());
    row(tr("Delivery message"), c.deliveryMessage);
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
