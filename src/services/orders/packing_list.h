#pragma once
#include "core/access/user_session.h"
#include "core/common/result.h"
#include "core/table/table_filter.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace sd {

class Workspace;

// One product order on a slip.
struct PackingItem
{
    QString productOrderNo;
    QString product;
    QString option;
    int quantity = 0;
};

// A line of the 피킹리스트: one product and option, its quantity summed over the orders.
struct PackingLine
{
    QString product;
    QString option;
    qint64 quantity = 0;
    int orders = 0; // product orders holding it
};

// A 주문서: one 주문번호 (a checkout, shipped together), its recipient as the role may see them.
struct PackingSlip
{
    QString orderNo;
    QString channel; // label
    QDateTime paidAt;
    QString buyer;
    QString recipient;
    QString phone;
    QString phone2;
    QString postcode;
    QString address;
    QString addressDetail;
    QString deliveryMessage;
    QList<PackingItem> items; // by 상품주문번호
    qint64 quantity = 0;
};

struct PackingDocument
{
    QString storeName;
    QDateTime printedAt;
    int productOrders = 0;
    QList<PackingLine> lines; // by product, then option
    qint64 totalQuantity = 0;
    QList<PackingSlip> slips; // by 주문번호; filled only when asked for
    bool masked = false;      // the contacts are masked for the role
};

// What 인쇄 prints (the 피킹리스트 and the 주문서), decided in one place for the GUI and a later CLI
// command: which orders (the selection, or every order of the grid's filter), the sums, the order of
// lines and slips, and masking. The rows come through the listing service, so the role must be allowed
// to view orders (ViewOrders) and contacts are masked exactly as in the grid. Slips with contacts
// unmasked are recorded as a read of personal data (AccessPurpose::Export: they leave the screen).
class PackingListService
{
public:
    enum class Content { PackingList, PackingListAndSlips };
    // A print of more product orders than this is refused (no one prints 100,000 slips).
    static constexpr int kMaxOrders = 5000;

    PackingListService(Workspace &workspace, const UserSession &user);

    static bool mayPrint(const UserSession &user);
    // The orders named by 상품주문번호 (unknown numbers are skipped).
    Result build(const QStringList &productOrderNos, Content content, PackingDocument *out);
    // Every order of `filter` (the grid's Ctrl+A).
    Result build(const TableFilter &filter, Content content, PackingDocument *out);

private:
    Result collect(const QList<TableFilter> &filters, Content content, PackingDocument *out);

    Workspace &m_ws;
    UserSession m_user;
};

} // namespace sd
