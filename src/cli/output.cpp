#include "cli/output.h"

#include "cli/cli_text.h"
#include "cli/exit_code.h"
#include "core/calendar/seoul_time.h"
#include "core/orders/channel_status.h"
#include "core/orders/courier.h"
#include "core/orders/delay_reason.h"
#include "core/orders/order.h"
#include "core/orders/order_field.h"
#include "core/orders/order_history.h"
#include "core/orders/order_row.h"
#include "core/orders/order_transition.h"
#include "services/orders/order_service.h"

#include <QJsonDocument>
#include <cstdio>

namespace sd {

namespace {

void write(std::FILE *to, const QString &line)
{
    const QByteArray utf8 = line.toUtf8();
    std::fwrite(utf8.constData(), 1, size_t(utf8.size()), to);
    std::fputc('\n', to);
}

// One TSV cell: tabs and line breaks would shift the columns.
QString cell(const QString &value)
{
    QString v = value;
    for (QChar &c : v) {
        if (c == QLatin1Char('\t') || c == QLatin1Char('\n') || c == QLatin1Char('\r'))
            c = QLatin1Char(' ');
    }
    return v;
}

QString courierName(const QString &code)
{
    return courierLabel(code);
}

QJsonValue isoOrNull(const QDateTime &utc)
{
    return utc.isValid() ? QJsonValue(utc.toString(Qt::ISODateWithMs)) : QJsonValue();
}

QJsonValue dateOrNull(const QDate &d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue();
}

QJsonValue textOrNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue() : QJsonValue(s);
}

} // namespace

void Output::text(const QString &line) const
{
    if (!m_json)
        write(stdout, line);
}

void Output::message(const QString &line) const
{
    write(stderr, line);
}

void Output::note(const QString &line) const
{
    if (!m_quiet)
        write(stderr, line);
}

QJsonObject Output::errorJson(CliError error, const QString &message)
{
    const CliErrorInfo &info = cliErrorInfo(error);
    return QJsonObject{{QStringLiteral("code"), QLatin1String(info.code)},
                       {QStringLiteral("message"), message},
                       {QStringLiteral("exit"), int(info.exit)}};
}

void Output::printJson(const QJsonValue &value) const
{
    QByteArray bytes;
    if (value.isArray())
        bytes = QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented);
    else
        bytes = QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented);
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
}

namespace {

// "Row 7, 2026120100000300: why": the row first, then the order, then the reason; a reason that already
// starts with its row (the file's own problems: "Row 7: …") is not given the row twice.
QString refusalLine(const BulkOutcome &o, bool rowLabels)
{
    if (!rowLabels || o.label.isEmpty())
        return o.key.isEmpty() ? o.message : QStringLiteral("%1: %2").arg(o.key, o.message);
    QString reason = o.message;
    if (reason.startsWith(o.label)) {
        reason = reason.mid(o.label.size());
        while (!reason.isEmpty() && (reason.front() == QLatin1Char(':') ||
                                     reason.front() == QLatin1Char(',') || reason.front().isSpace()))
            reason.remove(0, 1);
    }
    const QString who =
        o.key.isEmpty() || reason.contains(o.key) ? o.label : QStringLiteral("%1, %2").arg(o.label, o.key);
    return QStringLiteral("%1: %2").arg(who, reason);
}

} // namespace

int Output::outcomes(const BulkReport &result, bool rowLabels) const
{
    if (m_json) {
        QJsonArray list;
        for (const BulkOutcome &o : result.outcomes) {
            QJsonObject item{{QStringLiteral("id"), o.key},
                             {QStringLiteral("ok"), o.ok()},
                             {QStringLiteral("status"), o.stateCode},
                             {QStringLiteral("message"), o.message}};
            if (rowLabels && !o.label.isEmpty())
                item.insert(QStringLiteral("label"), o.label);
            list.append(item);
        }
        QJsonObject root{{QStringLiteral("ok"), result.ok()}, {QStringLiteral("outcomes"), list}};
        if (result.partlyDone)
            root.insert(QStringLiteral("partlyDone"), true);
        if (!result.ok()) {
            const QJsonObject error =
                errorJson(result.partlyDone ? CliError::Partial : cliErrorFor(result.result.kind),
                          result.result.message);
            for (auto it = error.begin(); it != error.end(); ++it)
                root.insert(it.key(), it.value());
        }
        printJson(root);
    } else if (result.ok() || result.partlyDone) {
        for (const BulkOutcome &o : result.outcomes) {
            if (o.ok())
                text(QStringLiteral("%1\t%2\t%3").arg(o.key, o.stateLabel, o.message));
        }
    }
    if (!result.ok()) {
        QList<const BulkOutcome *> refused;
        for (const BulkOutcome &o : result.outcomes) {
            if (!o.ok())
                refused.append(&o);
        }
        if (rowLabels && refused.size() == 1 && refused.constFirst()->message == result.result.message) {
            message(refusalLine(*refused.constFirst(), true)); // the one bad row, with its row
        } else {
            message(result.result.message);
            if (result.outcomes.size() > 1 || rowLabels) {
                for (const BulkOutcome *o : std::as_const(refused))
                    message(QStringLiteral("  ") + refusalLine(*o, rowLabels));
            }
        }
    }
    // Stages already written stay written: exit 7 says so (4 and 5 always mean nothing was written).
    if (result.partlyDone)
        return cliErrorInfo(CliError::Partial).exit;
    return exitCodeFor(result.result.kind);
}

QString Output::rowHeader()
{
    return QStringList{
        orderFieldLabel(OrderField::ProductOrderNo), orderFieldLabel(OrderField::OrderNo),
        orderFieldLabel(OrderField::Channel),        orderFieldLabel(OrderField::Status),
        orderFieldLabel(OrderField::PaidAt),         orderFieldLabel(OrderField::Product),
        orderFieldLabel(OrderField::Option),         orderFieldLabel(OrderField::Quantity),
        orderFieldLabel(OrderField::TotalAmount),    orderFieldLabel(OrderField::BuyerName),
        orderFieldLabel(OrderField::RecipientName),  orderFieldLabel(OrderField::RecipientPhone1),
        orderFieldLabel(OrderField::DispatchDue),    orderFieldLabel(OrderField::Courier),
        orderFieldLabel(OrderField::TrackingNo),     orderFieldLabel(OrderField::DelayReason)}
        .join(QLatin1Char('\t'));
}

QString Output::rowText(const OrderRow &r)
{
    const auto delay = parseDelayReason(r.delayReason);
    return QStringList{r.productOrderNo,
                       r.orderNo,
                       channelLabel(r.channel),
                       statusLabel(r.status),
                       formatSeoul(r.paidAt),
                       cell(r.productName),
                       cell(r.optionText),
                       QString::number(r.quantity),
                       QString::number(r.totalAmount),
                       cell(r.buyerName),
                       cell(r.recipientName),
                       cell(r.recipientPhone),
                       r.dispatchDue.isValid() ? r.dispatchDue.toString(Qt::ISODate) : QString(),
                       r.courierCode.isEmpty() ? QString() : courierName(r.courierCode),
                       r.trackingNo,
                       delay ? delayReasonLabel(*delay) : r.delayReason}
        .join(QLatin1Char('\t'));
}

QJsonObject Output::rowJson(const OrderRow &r)
{
    return QJsonObject{
        {QStringLiteral("productOrderNo"), r.productOrderNo},
        {QStringLiteral("orderNo"), r.orderNo},
        {QStringLiteral("channel"), channelCode(r.channel)},
        {QStringLiteral("status"), statusCode(r.status)},
        {QStringLiteral("statusLabel"), statusLabel(r.status)},
        {QStringLiteral("paidAt"), isoOrNull(r.paidAt)},
        {QStringLiteral("productName"), r.productName},
        {QStringLiteral("option"), textOrNull(r.optionText)},
        {QStringLiteral("quantity"), r.quantity},
        {QStringLiteral("totalAmount"), QJsonValue(r.totalAmount)},
        {QStringLiteral("buyerName"), textOrNull(r.buyerName)},
        {QStringLiteral("recipientName"), textOrNull(r.recipientName)},
        {QStringLiteral("recipientPhone"), textOrNull(r.recipientPhone)},
        {QStringLiteral("dispatchDue"), dateOrNull(r.dispatchDue)},
        {QStringLiteral("courier"), textOrNull(r.courierCode)},
        {QStringLiteral("trackingNo"), textOrNull(r.trackingNo)},
        {QStringLiteral("delayReason"), textOrNull(r.delayReason)},
    };
}

QJsonObject Output::orderJson(const Order &o, const QList<OrderEvent> &history)
{
    QJsonArray events;
    for (const OrderEvent &e : history) {
        events.append(QJsonObject{{QStringLiteral("at"), isoOrNull(e.at)},
                                  {QStringLiteral("user"), textOrNull(e.userName)},
                                  {QStringLiteral("action"), e.action},
                                  {QStringLiteral("from"), textOrNull(e.fromStatus)},
                                  {QStringLiteral("to"), textOrNull(e.toStatus)},
                                  {QStringLiteral("detail"), textOrNull(e.detail)}});
    }
    const OrderContact &c = o.contact;
    return QJsonObject{
        {QStringLiteral("productOrderNo"), o.productOrderNo},
        {QStringLiteral("orderNo"), o.orderNo},
        {QStringLiteral("channel"), channelCode(o.channel)},
        {QStringLiteral("status"), statusCode(o.status)},
        {QStringLiteral("statusLabel"), statusLabel(o.status)},
        {QStringLiteral("rawStatus"), textOrNull(o.rawStatus)},
        {QStringLiteral("paidAt"), isoOrNull(o.paidAt)},
        {QStringLiteral("productName"), o.productName},
        {QStringLiteral("option"), textOrNull(o.optionText)},
        {QStringLiteral("quantity"), o.quantity},
        {QStringLiteral("unitPrice"), QJsonValue(o.unitPrice)},
        {QStringLiteral("optionPrice"), QJsonValue(o.optionPrice)},
        {QStringLiteral("discount"), QJsonValue(o.discount)},
        {QStringLiteral("totalAmount"), QJsonValue(o.totalAmount)},
        {QStringLiteral("shippingFee"), QJsonValue(o.shippingFee)},
        {QStringLiteral("dispatchDue"), dateOrNull(o.dispatchDue)},
        {QStringLiteral("delayReason"), textOrNull(o.delayReason)},
        {QStringLiteral("delayDetail"), textOrNull(o.delayDetail)},
        {QStringLiteral("courier"), textOrNull(o.courierCode)},
        {QStringLiteral("trackingNo"), textOrNull(o.trackingNo)},
        {QStringLiteral("confirmedAt"), isoOrNull(o.confirmedAt)},
        {QStringLiteral("shippedAt"), isoOrNull(o.shippedAt)},
        {QStringLiteral("deliveredAt"), isoOrNull(o.deliveredAt)},
        {QStringLiteral("decidedAt"), isoOrNull(o.decidedAt)},
        {QStringLiteral("buyerName"), textOrNull(c.buyerName)},
        {QStringLiteral("buyerPhone"), textOrNull(c.buyerPhone)},
        {QStringLiteral("recipientName"), textOrNull(c.recipientName)},
        {QStringLiteral("recipientPhone1"), textOrNull(c.recipientPhone1)},
        {QStringLiteral("recipientPhone2"), textOrNull(c.recipientPhone2)},
        {QStringLiteral("postcode"), textOrNull(c.postcode)},
        {QStringLiteral("address"), textOrNull(c.address)},
        {QStringLiteral("addressDetail"), textOrNull(c.addressDetail)},
        {QStringLiteral("deliveryMessage"), textOrNull(c.deliveryMessage)},
        {QStringLiteral("customsCode"), textOrNull(c.customsCode)},
        {QStringLiteral("history"), events},
    };
}

QString Output::orderText(const Order &o, const QList<OrderEvent> &history)
{
    QStringList lines;
    auto line = [&lines](const QString &label, const QString &value) {
        if (!value.isEmpty())
            lines << label + QStringLiteral(": ") + value;
    };
    const OrderContact &c = o.contact;
    line(orderFieldLabel(OrderField::ProductOrderNo), o.productOrderNo);
    line(orderFieldLabel(OrderField::OrderNo), o.orderNo);
    line(orderFieldLabel(OrderField::Channel), channelLabel(o.channel));
    line(orderFieldLabel(OrderField::Status), statusLabel(o.status)); // the raw code is in --json
    line(orderFieldLabel(OrderField::ChannelStatus), channelStatusText(o.channel, o.rawStatus));
    line(orderFieldLabel(OrderField::ClaimStatus), channelStatusText(o.channel, o.claimStatus));
    line(orderFieldLabel(OrderField::PaidAt), formatSeoul(o.paidAt));
    line(orderFieldLabel(OrderField::Product), o.productName);
    line(orderFieldLabel(OrderField::Option), o.optionText);
    line(orderFieldLabel(OrderField::Quantity), QString::number(o.quantity));
    line(orderFieldLabel(OrderField::TotalAmount), formatWon(o.totalAmount));
    line(orderFieldLabel(OrderField::ShippingFee), o.shippingFee ? formatWon(o.shippingFee) : QString());
    line(orderFieldLabel(OrderField::DispatchDue),
         o.dispatchDue.isValid() ? o.dispatchDue.toString(Qt::ISODate) : QString());
    if (const auto r = parseDelayReason(o.delayReason))
        line(orderFieldLabel(OrderField::DelayReason),
             delayReasonLabel(*r) +
                 (o.delayDetail.isEmpty() ? QString() : QStringLiteral(" – ") + o.delayDetail));
    line(orderFieldLabel(OrderField::Courier),
         o.courierCode.isEmpty() ? QString() : courierName(o.courierCode));
    line(orderFieldLabel(OrderField::TrackingNo), o.trackingNo);
    line(orderFieldLabel(OrderField::ConfirmedAt), formatSeoul(o.confirmedAt));
    line(orderFieldLabel(OrderField::ShippedAt), formatSeoul(o.shippedAt));
    line(orderFieldLabel(OrderField::DeliveredAt), formatSeoul(o.deliveredAt));
    line(orderFieldLabel(OrderField::DecidedAt), formatSeoul(o.decidedAt));
    line(orderFieldLabel(OrderField::BuyerName),
         c.buyerName + (c.buyerPhone.isEmpty() ? QString() : QStringLiteral(" ") + c.buyerPhone));
    line(orderFieldLabel(OrderField::RecipientName),
         c.recipientName +
             (c.recipientPhone1.isEmpty() ? QString() : QStringLiteral(" ") + c.recipientPhone1));
    line(orderFieldLabel(OrderField::Address),
         QStringList{c.postcode.isEmpty() ? QString() : QStringLiteral("(%1)").arg(c.postcode), c.address,
                     c.addressDetail}
             .join(QLatin1Char(' '))
             .simplified());
    line(orderFieldLabel(OrderField::DeliveryMessage), c.deliveryMessage);
    line(orderFieldLabel(OrderField::CustomsCode), c.customsCode);
    lines << Cli::tr("History:");
    if (history.isEmpty())
        lines << QStringLiteral("  ") + Cli::tr("(no changes yet)");
    for (const OrderEvent &e : history) {
        const QString who = e.userName.isEmpty() ? Cli::tr("system") : e.userName;
        QStringList parts{formatSeoul(e.at), who, historyActionLabel(e.action), historyStatusChange(e),
                          historyDetailText(e)};
        parts.removeAll(QString());
        lines << QStringLiteral("  ") + parts.join(QStringLiteral("  "));
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace sd
