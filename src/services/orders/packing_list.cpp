#include "services/orders/packing_list.h"

#include "core/access/personal_data_access.h"
#include "core/calendar/seoul_time.h"
#include "core/table/table_orders.h"
#include "services/access/personal_data_access.h"
#include "services/common/table_listing.h"
#include "services/store/workspace.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <algorithm>
#include <map>

namespace sd {

namespace {

class PackingText
{
    Q_DECLARE_TR_FUNCTIONS(sd::PackingList)
};

constexpr int kIdsPerFilter = 500; // bound variables per statement
constexpr int kFetchBatch = 1000;

QString cell(const TableRow &row, int column)
{
    return row.cells.value(column).toString();
}

} // namespace

PackingListService::PackingListService(Workspace &workspace, const UserSession &user)
    : m_ws(workspace), m_user(user)
{
}

bool PackingListService::mayPrint(const UserSession &user)
{
    return user.can(ordersTable().permission);
}

Result PackingListService::build(const QStringList &productOrderNos, Content content, PackingDocument *out)
{
    if (productOrderNos.isEmpty())
        return Result::fail(ErrorKind::BadInput, PackingText::tr("Select the orders to print first."));
    if (productOrderNos.size() > kMaxOrders)
        return Result::fail(ErrorKind::BadInput,
                            PackingText::tr("%1 orders are selected; at most %2 can be printed at once.")
                                .arg(QLocale().toString(productOrderNos.size()), QLocale().toString(kMaxOrders)));
    const QString column = ordersTable().columns[OrdersTable::ProductOrderNo].id;
    QList<TableFilter> filters;
    for (int i = 0; i < productOrderNos.size(); i += kIdsPerFilter) {
        QVariantList values;
        for (const QString &no : productOrderNos.mid(i, kIdsPerFilter))
            values << no;
        TableFilter f;
        f.columns << ColumnFilter::oneOf(column, values);
        filters << f;
    }
    return collect(filters, content, out);
}

Result PackingListService::build(const TableFilter &filter, Content content, PackingDocument *out)
{
    return collect({filter}, content, out);
}

Result PackingListService::collect(const QList<TableFilter> &filters, Content content, PackingDocument *out)
{
    Result r;
    std::unique_ptr<TableListing> listing = TableListing::open(m_ws, ordersTable().id, m_user, &r);
    if (!listing)
        return r;
    // Counted first, so a too big print is refused before anything is read.
    qint64 total = 0;
    for (const TableFilter &f : filters) {
        const qint64 n = listing->count(f, &r);
        if (n < 0)
            return r;
        total += n;
    }
    if (total == 0)
        return Result::fail(ErrorKind::BadInput, PackingText::tr("There are no orders to print."));
    if (total > kMaxOrders)
        return Result::fail(ErrorKind::BadInput,
                            PackingText::tr("%1 orders are selected; at most %2 can be printed at once.")
                                .arg(QLocale().toString(total), QLocale().toString(kMaxOrders)));
    QList<TableRow> rows;
    const TableSort sort{ordersTable().columns[OrdersTable::ProductOrderNo].id, false};
    for (const TableFilter &f : filters) {
        for (qint64 first = 0;; first += kFetchBatch) {
            const QList<TableRow> batch = listing->fetch(f, sort, first, kFetchBatch, &r);
            if (!r.ok())
                return r;
            rows += batch;
            if (batch.size() < kFetchBatch)
                break;
        }
    }

    using namespace OrdersTable;
    PackingDocument doc;
    const auto profile = m_ws.storeProfile();
    doc.storeName = profile ? profile->name : QString();
    doc.printedAt = m_ws.clock().nowUtc();
    doc.productOrders = int(rows.size());
    doc.masked = !m_user.can(Permission::ViewPersonalData);

    std::map<std::pair<QString, QString>, PackingLine> lines; // product, option: sorted
    for (const TableRow &row : std::as_const(rows)) {
        const int quantity = row.cells.value(Quantity).toInt();
        PackingLine &line = lines[{cell(row, Product), cell(row, Option)}];
        line.product = cell(row, Product);
        line.option = cell(row, Option);
        line.quantity += quantity;
        ++line.orders;
        doc.totalQuantity += quantity;
    }
    for (const auto &entry : lines)
        doc.lines << entry.second;

    if (content == Content::PackingListAndSlips) {
        const TableDescription &t = ordersTable();
        std::map<QString, PackingSlip> slips; // by 주문번호
        QList<qint64> ids;
        for (const TableRow &row : std::as_const(rows)) {
            ids << row.id;
            PackingSlip &slip = slips[cell(row, OrderNo)];
            if (slip.items.isEmpty()) {
                slip.orderNo = cell(row, OrderNo);
                slip.channel = t.columns[OrdersTable::Channel].codeLabel(cell(row, OrdersTable::Channel));
                slip.paidAt = row.cells.value(PaidAt).isNull() ? QDateTime()
                                                                : fromEpochMs(row.cells.value(PaidAt).toLongLong());
                slip.buyer = cell(row, Buyer);
                slip.recipient = cell(row, Recipient);
                slip.phone = cell(row, Phone);
                slip.phone2 = cell(row, Phone2);
                slip.postcode = cell(row, Postcode);
                slip.address = cell(row, Address);
                slip.addressDetail = cell(row, AddressDetail);
                slip.deliveryMessage = cell(row, DeliveryMessage);
            }
            PackingItem item;
            item.productOrderNo = cell(row, ProductOrderNo);
            item.product = cell(row, Product);
            item.option = cell(row, Option);
            item.quantity = row.cells.value(Quantity).toInt();
            slip.items << item; // rows come by 상품주문번호
            slip.quantity += item.quantity;
        }
        for (auto &entry : slips)
            doc.slips << entry.second;
        if (listing->showsPersonalData()) {
            PersonalDataRead read;
            read.purpose = AccessPurpose::Export;
            read.orders = doc.productOrders;
            if (ids.size() <= PersonalDataRead::kMaxKeptIds)
                read.orderIds = ids;
            read.filter = PackingText::tr("printed order slips");
            if (const Result recorded = recordPersonalDataRead(m_ws, m_user, read); !recorded.ok())
                return recorded; // fails closed: no slips without the record
        }
    }
    *out = doc;
    return Result::success();
}

} // namespace sd
