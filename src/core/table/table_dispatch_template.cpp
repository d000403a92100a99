#include "core/table/table_dispatch_template.h"

#include "core/orders/courier.h"
#include "core/orders/dispatch_deadline.h"
#include "core/orders/dispatch_layout.h"
#include "core/orders/order_field.h"
#include "core/orders/order_status.h"
#include "core/table/table_orders.h"

#include <utility>

namespace sd {

namespace {

TableColumn column(const QString &id, const QString &sql, DispatchColumn header)
{
    TableColumn c;
    c.id = id;
    c.label = [header] { return dispatchColumnHeader(header); };
    c.kind = ColumnKind::Text;
    c.sql = sql;
    return c;
}

TableDescription makeDispatchTemplateTable()
{
    using namespace DispatchTemplateTable;
    TableDescription t;
    t.id = QStringLiteral("dispatch_template");
    t.from = QStringLiteral("orders o");
    t.idSql = QStringLiteral("o.id");
    t.permission = Permission::ProcessOrders;
    t.columns.resize(ColumnCount);
    t.columns[ProductOrderNo] =
        column(QStringLiteral("product_order_no"), QStringLiteral("o.product_order_no"),
               DispatchColumn::ProductOrderNo);
    t.columns[ProductOrderNo].sortIndex = QStringLiteral("sqlite_autoindex_orders_1");
    // A bound constant would need a parameter per row; the method is one fixed word of the layout.
    QString method = parcelDeliveryMethod();
    method.replace(QLatin1Char('\''), QStringLiteral("''"));
    t.columns[Method] = column(QStringLiteral("method"), QLatin1Char('\'') + method + QLatin1Char('\''),
                               DispatchColumn::Method);
    t.columns[DispatchTemplateTable::Courier] =
        column(QStringLiteral("courier"), QStringLiteral("o.courier_code"), DispatchColumn::Courier);
    t.columns[DispatchTemplateTable::Courier].codeLabel = [](const QString &code) {
        if (code.isEmpty())
            return QString();
        const sd::Courier *c = findCourier(code);
        return c ? c->name : code; // the upload names couriers as Naver does: CJ대한통운
    };
    t.columns[TrackingNo] =
        column(QStringLiteral("tracking_no"), QStringLiteral("o.tracking_no"), DispatchColumn::TrackingNo);
    t.columns[OrderNo].id = QStringLiteral("order_no");
    t.columns[OrderNo].label = [] { return orderFieldLabel(OrderField::OrderNo); };
    t.columns[OrderNo].sql = QStringLiteral("o.order_no");
    t.columns[OrderNo].sortIndex = QStringLiteral("orders_order_no"); // (order_no) carries the rowid
    t.columns[Status].id = QStringLiteral("status");
    t.columns[Status].label = [] { return orderFieldLabel(OrderField::Status); };
    t.columns[Status].kind = ColumnKind::Status;
    t.columns[Status].sql = QStringLiteral("o.status");
    t.columns[Status].sortIndex = QStringLiteral("orders_status_code");
    // The orders grid's filter columns, under its ids, so its conditions read the same here.
    const std::pair<int, int> shared[] = {{DispatchTemplateTable::Channel, OrdersTable::Channel},
                                          {DispatchTemplateTable::PaidAt, OrdersTable::PaidAt}};
    for (const auto &[index, from] : shared) {
        const TableColumn &orders = ordersTable().columns.at(from);
        t.columns[index].id = orders.id;
        t.columns[index].label = orders.label;
        t.columns[index].kind = orders.kind;
        t.columns[index].sql = orders.sql;
        t.columns[index].filterSql = orders.filterSql;
    }
    t.defaultSort = QStringLiteral("order_no");
    t.defaultDescending = false;
    return t;
}

} // namespace

const TableDescription &dispatchTemplateTable()
{
    static const TableDescription table = makeDispatchTemplateTable();
    return table;
}

QStringList dispatchTemplateFileColumns()
{
    const TableDescription &t = dispatchTemplateTable();
    using namespace DispatchTemplateTable;
    return {t.columns[ProductOrderNo].id, t.columns[Method].id, t.columns[DispatchTemplateTable::Courier].id,
            t.columns[TrackingNo].id};
}

TableFilter dispatchTemplateFilter(const QStringList &productOrderNos)
{
    using namespace DispatchTemplateTable;
    const TableDescription &t = dispatchTemplateTable();
    TableFilter filter;
    QVariantList values;
    if (productOrderNos.isEmpty()) {
        for (OrderStatus s : statusesAwaitingDispatch())
            values << statusCode(s);
        filter.columns << ColumnFilter::oneOf(t.columns[Status].id, values);
    } else {
        for (const QString &no : productOrderNos)
            values << no;
        filter.columns << ColumnFilter::oneOf(t.columns[ProductOrderNo].id, values);
    }
    return filter;
}

TableFilter dispatchTemplateFilter(const TableFilter &shown, bool awaitingOnly)
{
    // The column conditions keep their ids (the template has the grid's filter columns); one the
    // template lacks is refused by its storage, never dropped. Search and options go as they are.
    TableFilter filter = shown;
    if (awaitingOnly) {
        QVariantList values;
        for (OrderStatus s : statusesAwaitingDispatch())
            values << statusCode(s);
        // Beside any status condition of the grid: both must hold.
        filter.columns << ColumnFilter::oneOf(dispatchTemplateTable().columns[DispatchTemplateTable::Status].id,
                                              values);
    }
    return filter;
}

TableSort dispatchTemplateSort()
{
    return TableSort{dispatchTemplateTable().defaultSort, false};
}

} // namespace sd
