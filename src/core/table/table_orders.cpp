#include "core/table/table_orders.h"

#include "core/calendar/seoul_time.h"
#include "core/orders/courier.h"
#include "core/orders/order_field.h"

#include <QCoreApplication>
#include <QHash>

namespace sd {

namespace {

TableColumn column(const QString &id, OrderField field, ColumnKind kind, const QString &sql,
                   const QString &sortIndex = {})
{
    TableColumn c;
    c.id = id;
    c.label = [field] { return orderFieldLabel(field); };
    c.kind = kind;
    c.sql = sql;
    c.sortIndex = sortIndex;
    return c;
}

TableDescription makeOrdersTable()
{
    using namespace OrdersTable;
    TableDescription t;
    t.id = QStringLiteral("orders");
    t.from = QStringLiteral("orders o");
    t.idSql = QStringLiteral("o.id");
    t.permission = Permission::ViewOrders;
    t.columns.resize(ColumnCount);
    t.columns[Status] = column(QStringLiteral("status"), OrderField::Status, ColumnKind::Status,
                               QStringLiteral("o.status"), QStringLiteral("orders_status_code"));
    t.columns[Status].codeLabel = [](const QString &code) {
        const auto s = statusFromCode(code);
        return s ? statusLabel(*s) : code;
    };
    t.columns[PaidAt] = column(QStringLiteral("paid_at"), OrderField::PaidAt, ColumnKind::DateTime,
                               QStringLiteral("o.paid_at"), QStringLiteral("orders_paid"));
    t.columns[DispatchDue] = column(QStringLiteral("dispatch_due"), OrderField::DispatchDue, ColumnKind::Date,
                                    QStringLiteral("o.dispatch_due"), QStringLiteral("orders_due"));
    t.columns[DispatchDue].nullsLast = true;
    t.columns[Risk].id = QStringLiteral("risk");
    t.columns[Risk].label = [] {
        // The grid's own word (not an order field): the risk of missing the dispatch deadline.
        return QCoreApplication::translate("sd::OrderTableModel", "Risk");
    };
    // The UNIQUE constraint's index: a unique key needs no id to break ties.
    t.columns[ProductOrderNo] =
        column(QStringLiteral("product_order_no"), OrderField::ProductOrderNo, ColumnKind::Text,
               QStringLiteral("o.product_order_no"), QStringLiteral("sqlite_autoindex_orders_1"));
    t.columns[OrderNo] = column(QStringLiteral("order_no"), OrderField::OrderNo, ColumnKind::Text,
                                QStringLiteral("o.order_no"));
    // Hidden in the grid by default (the compact layout): the 합포장 marker shows its groups, the details
    // pane its value, and the column chooser brings it back.
    t.columns[OrderNo].hiddenByDefault = true;
    t.columns[OrdersTable::Channel] =
        column(QStringLiteral("channel"), OrderField::Channel, ColumnKind::Text, QStringLiteral("o.channel"));
    t.columns[OrdersTable::Channel].codeLabel = [](const QString &code) {
        const auto c = channelFromCode(code);
        return c ? channelLabel(*c) : code;
    };
    t.columns[Product] = column(QStringLiteral("product"), OrderField::Product, ColumnKind::Text,
                                QStringLiteral("o.product_name"));
    t.columns[Option] = column(QStringLiteral("option"), OrderField::Option, ColumnKind::Text,
                               QStringLiteral("o.option_text"));
    t.columns[Quantity] = column(QStringLiteral("quantity"), OrderField::Quantity, ColumnKind::Count,
                                 QStringLiteral("o.quantity"));
    t.columns[Amount] = column(QStringLiteral("total_amount"), OrderField::TotalAmount, ColumnKind::Won,
                               QStringLiteral("o.total_amount"), QStringLiteral("orders_total"));
    // Contacts are read through OrderContactStore (encryption at rest plugs in there), not by SQL here.
    t.columns[Buyer] = column(QStringLiteral("buyer"), OrderField::BuyerName, ColumnKind::Text, {});
    t.columns[Buyer].mask = MaskClass::Name;
    t.columns[Recipient] =
        column(QStringLiteral("recipient"), OrderField::RecipientName, ColumnKind::Text, {});
    t.columns[Recipient].mask = MaskClass::Name;
    t.columns[Phone] =
        column(QStringLiteral("recipient_phone"), OrderField::RecipientPhone1, ColumnKind::Text, {});
    t.columns[Phone].mask = MaskClass::Phone;
    t.columns[OrdersTable::Courier] = column(QStringLiteral("courier"), OrderField::Courier, ColumnKind::Text,
                                             QStringLiteral("o.courier_code"));
    t.columns[OrdersTable::Courier].codeLabel = [](const QString &code) {
        if (code.isEmpty())
            return QString();
        return courierLabel(code); // English names in an English UI
    };
    t.columns[TrackingNo] = column(QStringLiteral("tracking_no"), OrderField::TrackingNo, ColumnKind::Text,
                                   QStringLiteral("o.tracking_no"));
    const auto contact = [&t](int index, const char *id, OrderField field, MaskClass mask) {
        t.columns[index] = column(QLatin1String(id), field, ColumnKind::Text, {});
        t.columns[index].mask = mask;
        t.columns[index].hiddenByDefault = true;
    };
    contact(Phone2, "recipient_phone2", OrderField::RecipientPhone2, MaskClass::Phone);
    contact(Postcode, "postcode", OrderField::Postcode, MaskClass::Postcode);
    contact(Address, "address", OrderField::Address, MaskClass::Address);
    contact(AddressDetail, "address_detail", OrderField::AddressDetail, MaskClass::Hidden);
    contact(DeliveryMessage, "delivery_message", OrderField::DeliveryMessage, MaskClass::Hidden);
    contact(CustomsCode, "customs_code", OrderField::CustomsCode, MaskClass::CustomsCode);
    t.extraFields = {{QStringLiteral("delay_reason"), QStringLiteral("o.delay_reason")}};
    t.defaultSort = QStringLiteral("paid_at");
    t.defaultDescending = true;
    t.chipColumn = QStringLiteral("status");
    t.chipOptions << QLatin1String(OrdersTable::kAtRiskOption);
    for (DeadlineCounter c : allDeadlineCounters())
        t.chipOptions << OrdersTable::deadlineOption(c);
    return t;
}

} // namespace

const TableDescription &ordersTable()
{
    static const TableDescription table = makeOrdersTable();
    return table;
}

std::optional<OrderStatus> statusFromCode(const QString &code)
{
    static const QHash<QString, OrderStatus> byCode = [] {
        QHash<QString, OrderStatus> h;
        for (OrderStatus s : allStatuses())
            h.insert(statusCode(s), s);
        return h;
    }();
    const auto it = byCode.constFind(code);
    return it == byCode.cend() ? std::nullopt : std::optional<OrderStatus>(it.value());
}

std::optional<Channel> channelFromCode(const QString &code)
{
    static const QHash<QString, Channel> byCode = [] {
        QHash<QString, Channel> h;
        for (Channel c : allChannels())
            h.insert(channelCode(c), c);
        return h;
    }();
    const auto it = byCode.constFind(code);
    return it == byCode.cend() ? std::nullopt : std::optional<Channel>(it.value());
}

QString orderSortColumn(OrderSortKey key)
{
    const TableDescription &t = ordersTable();
    switch (key) {
    case OrderSortKey::PaidAt:
        return t.columns[OrdersTable::PaidAt].id;
    case OrderSortKey::DispatchDue:
        return t.columns[OrdersTable::DispatchDue].id;
    case OrderSortKey::ProductOrderNo:
        return t.columns[OrdersTable::ProductOrderNo].id;
    case OrderSortKey::Status:
        return t.columns[OrdersTable::Status].id;
    case OrderSortKey::TotalAmount:
        return t.columns[OrdersTable::Amount].id;
    }
    return t.defaultSort;
}

TableSort toTableSort(const OrderSort &sort)
{
    return TableSort{orderSortColumn(sort.key), sort.descending};
}

std::optional<OrderSort> toOrderSort(const TableSort &sort)
{
    for (OrderSortKey key : {OrderSortKey::PaidAt, OrderSortKey::DispatchDue, OrderSortKey::ProductOrderNo,
                             OrderSortKey::Status, OrderSortKey::TotalAmount}) {
        if (orderSortColumn(key) == sort.column)
            return OrderSort{key, sort.descending};
    }
    return std::nullopt;
}

TableFilter toTableFilter(const OrderFilter &f)
{
    const TableDescription &t = ordersTable();
    TableFilter out;
    if (!f.statuses.isEmpty()) {
        QVariantList codes;
        for (OrderStatus s : f.statuses)
            codes << statusCode(s);
        out.columns << ColumnFilter::oneOf(t.columns[OrdersTable::Status].id, codes);
    }
    if (f.channel)
        out.columns << ColumnFilter::oneOf(t.columns[OrdersTable::Channel].id, {channelCode(*f.channel)});
    if (f.paidFrom.isValid() || f.paidTo.isValid())
        out.columns << ColumnFilter::dateRange(t.columns[OrdersTable::PaidAt].id, f.paidFrom, f.paidTo);
    out.search = f.search;
    if (f.atRiskOnly)
        out.options.insert(QLatin1String(OrdersTable::kAtRiskOption), f.riskDate);
    if (f.deadline)
        out.options.insert(OrdersTable::deadlineOption(*f.deadline), f.today);
    return out;
}

QString OrdersTable::deadlineOption(DeadlineCounter counter)
{
    return deadlineCounterCode(counter);
}

std::optional<DeadlineCounter> OrdersTable::deadlineCounterOfOption(const QString &option)
{
    for (DeadlineCounter c : allDeadlineCounters()) {
        if (deadlineCounterCode(c) == option)
            return c;
    }
    return std::nullopt;
}

QVariantMap countedOrderOptions(const QDate &today, const BusinessCalendar &calendar)
{
    QVariantMap options;
    options.insert(QLatin1String(OrdersTable::kAtRiskOption), riskCutoff(today, calendar));
    for (DeadlineCounter c : allDeadlineCounters())
        options.insert(OrdersTable::deadlineOption(c), today);
    return options;
}

OrderRow orderRowFrom(const TableRow &row)
{
    using namespace OrdersTable;
    const QVariantList &c = row.cells;
    OrderRow r;
    if (c.size() < FieldCount)
        return r;
    r.id = row.id;
    r.productOrderNo = c[ProductOrderNo].toString();
    r.orderNo = c[OrderNo].toString();
    r.channel = channelFromCode(c[OrdersTable::Channel].toString()).value_or(Channel::NaverSmartstore);
    r.status = statusFromCode(c[Status].toString()).value_or(OrderStatus::New);
    r.paidAt = c[PaidAt].isNull() ? QDateTime() : fromEpochMs(c[PaidAt].toLongLong());
    r.productName = c[Product].toString();
    r.optionText = c[Option].toString();
    r.quantity = c[Quantity].toInt();
    r.totalAmount = c[Amount].toLongLong();
    r.buyerName = c[Buyer].toString();
    r.recipientName = c[Recipient].toString();
    r.recipientPhone = c[Phone].toString();
    r.courierCode = c[OrdersTable::Courier].toString();
    r.trackingNo = c[TrackingNo].toString();
    r.dispatchDue =
        c[DispatchDue].isNull() ? QDate() : QDate::fromString(c[DispatchDue].toString(), Qt::ISODate);
    r.delayReason = c[DelayReason].toString();
    return r;
}

} // namespace sd
