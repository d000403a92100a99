#include "io/marketplace/order_file.h"

#include "core/common/literal_lookup.h"
#include "core/orders/courier.h"
#include "io/formats/table_reader.h"
#include "io/marketplace/order_cells.h"

#include <QCoreApplication>
#include <QHash>

namespace sd {

namespace {

// Translation context "sd::OrderFile": OrderFileText::tr("...") is filed there by lupdate and looked up there
// (a plain function called tr() would be filed under "sd" and never found).
class OrderFileText
{
    Q_DECLARE_TR_FUNCTIONS(sd::OrderFile)
};

// Longest text a cell may hold for one of our fields (a delivery message is the longest real one).
constexpr int kMaxCellChars = 1000;

bool hasControlCharacters(const QString &text, bool multiLine)
{
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if ((u < 0x20 && !(multiLine && (u == '\n' || u == '\r' || u == '\t'))) || u == 0x7F ||
            (u >= 0x202A && u <= 0x202E) || (u >= 0x2066 && u <= 0x2069))
            return true;
    }
    return false;
}

// One row being read: the cells by field, and the problems found in it.
class RowReader
{
public:
    // Reads row `row` of `rows`; the header is row match.headerRow.
    RowReader(const TableRows &rows, qsizetype row, const ProfileMatch &match, const LiteralLookup<int> &columns,
              int line)
        : m_rows(rows), m_row(row), m_match(match), m_columns(columns), m_line(line)
    {
    }

    bool has(const char *field) const { return m_columns.contains(field); }
    QString raw(const char *field) const
    {
        return m_rows.cell(m_row, m_columns.value(field));
    }
    // Whether the cell was a number cell (an .xlsx cell of type n).
    bool number(const char *field) const { return m_rows.isNumber(m_row, m_columns.value(field)); }
    // The header as the file writes it.
    QString header(const char *field) const
    {
        const QStringView head = m_rows.cellView(m_match.headerRow, m_columns.value(field)).trimmed();
        if (!head.isEmpty())
            return head.toString();
        const ProfileColumn *p = m_match.profile->column(QLatin1String(field));
        return p ? p->headers.constFirst() : QString::fromLatin1(field);
    }

    void problem(const char *field, const QString &reason)
    {
        m_problems << OrderFileProblem{
            m_line, OrderFileText::tr("Row %1, %2: %3").arg(QString::number(m_line), header(field), reason)};
    }
    // Free text may hold line breaks (a product name, a delivery message); identifiers may not.
    QString text(const char *field, bool multiLine = true)
    {
        const QString t = plainCell(raw(field));
        if (t.size() > kMaxCellChars) {
            problem(field, OrderFileText::tr("the text is longer than %1 characters.").arg(kMaxCellChars));
            return {};
        }
        if (hasControlCharacters(t, multiLine)) {
            problem(field, OrderFileText::tr("the text holds control characters."));
            return {};
        }
        return t;
    }
    // A typed cell: empty is nullopt; a cell that is not one is a problem with the parser's reason.
    template <typename T>
    std::optional<T> parsed(const char *field, std::optional<T> (*parse)(const QString &, QString *))
    {
        const QString t = plainCell(raw(field));
        if (t.isEmpty())
            return std::nullopt;
        QString why;
        const std::optional<T> v = parse(t, &why);
        if (!v)
            problem(field, why);
        return v;
    }
    std::optional<Won> won(const char *field) { return parsed<Won>(field, &parseWonCell); }
    QDateTime dateTime(const char *field)
    {
        return parsed<QDateTime>(field, &parseSeoulDateTimeCell).value_or(QDateTime());
    }
    QDate date(const char *field) { return parsed<QDate>(field, &parseSeoulDateCell).value_or(QDate()); }
    QList<OrderFileProblem> problems() const { return m_problems; }

private:
    const TableRows &m_rows;
    qsizetype m_row;
    const ProfileMatch &m_match;
    const LiteralLookup<int> &m_columns;
    int m_line;
    QList<OrderFileProblem> m_problems;
};

// The order a row states, or problems.
ImportedOrder readRow(RowReader &r, int line, std::optional<Channel> channel)
{
    ImportedOrder out;
    out.line = line;
    Order &o = out.order;
    o.productOrderNo = r.text("product_order_no", false);
    const QString shortened = shortenedNumberReason(o.productOrderNo, r.number("product_order_no"));
    if (o.productOrderNo.isEmpty())
        r.problem("product_order_no", QCoreApplication::translate("sd::OrderFile", "it is empty."));
    else if (!shortened.isEmpty())
        r.problem("product_order_no", shortened);
    else if (o.productOrderNo.size() > 40 || o.productOrderNo.contains(QLatin1Char(' ')))
        r.problem("product_order_no",
                  OrderFileText::tr("\"%1\" is not a product order number.").arg(o.productOrderNo));
    o.orderNo = r.text("order_no", false);
    if (const QString why = shortenedNumberReason(o.orderNo, r.number("order_no")); !why.isEmpty())
        r.problem("order_no", why);
    if (o.orderNo.isEmpty())
        o.orderNo = o.productOrderNo; // Kakao's files may lack 결제번호: the order ships alone
    if (!channel) {
        const QString c = r.text("channel");
        channel = parseChannel(c);
        if (!channel)
            r.problem("channel", c.isEmpty() ? OrderFileText::tr("it is empty.")
                                             : OrderFileText::tr("\"%1\" is not a sales channel.").arg(c));
    }
    o.channel = channel.value_or(Channel::NaverSmartstore);

    const QString status = r.text("status");
    // 주문세부상태, or where a file has none (주문통합검색) its 클레임상태.
    QString detail = r.text("status_detail");
    if (detail.isEmpty())
        detail = r.text("claim_status");
    QString why;
    const auto reading = readChannelStatus(o.channel, status, detail, &why);
    if (reading) {
        out.statusReading = *reading;
        o.status = reading->status;
        o.rawStatus = status.isEmpty() ? detail : status;
        o.claimStatus = reading->claim;
    } else {
        r.problem("status", why);
    }

    o.paidAt = r.dateTime("paid_at");
    const QDateTime ordered = r.dateTime("ordered_at");
    if (!o.paidAt.isValid())
        o.paidAt = ordered;
    if (!o.paidAt.isValid() && plainCell(r.raw("paid_at")).isEmpty())
        r.problem("paid_at", OrderFileText::tr("it is empty."));
    o.productName = r.text("product_name");
    if (o.productName.isEmpty())
        r.problem("product_name", OrderFileText::tr("it is empty."));
    o.optionText = r.text("option");
    const QString quantity = plainCell(r.raw("quantity"));
    if (quantity.isEmpty()) {
        r.problem("quantity", OrderFileText::tr("it is empty."));
    } else {
        QString reason;
        const auto n = parseCountCell(quantity, &reason);
        if (n)
            o.quantity = *n;
        else
            r.problem("quantity", reason);
    }
    o.unitPrice = r.won("unit_price").value_or(0);
    o.optionPrice = r.won("option_price").value_or(0);
    o.discount = r.won("discount").value_or(0);
    const auto total = r.won("total_amount");
    if (total)
        o.totalAmount = *total;
    else if (plainCell(r.raw("total_amount")).isEmpty())
        o.totalAmount = (o.unitPrice + o.optionPrice) * o.quantity - o.discount; // Kakao: no total column
    o.shippingFee = r.won("shipping_fee").value_or(0);
    o.dispatchDue = r.date("dispatch_due");

    const QString courier = r.text("courier");
    if (!courier.isEmpty()) {
        const Courier *c = findCourier(courier);
        if (c)
            o.courierCode = c->code;
        else
            r.problem("courier", OrderFileText::tr("the courier \"%1\" is not known.").arg(courier));
    }
    const QString tracking = r.text("tracking_no", false);
    if (const QString why = shortenedNumberReason(tracking, r.number("tracking_no")); !why.isEmpty())
        r.problem("tracking_no", why);
    o.trackingNo = normalizeTrackingNumber(tracking);
    o.confirmedAt = r.dateTime("confirmed_at");
    o.shippedAt = r.dateTime("shipped_at");
    o.deliveredAt = r.dateTime("delivered_at");

    OrderContact &c = o.contact;
    c.buyerName = r.text("buyer_name");
    c.buyerPhone = r.text("buyer_phone");
    c.recipientName = r.text("recipient_name");
    c.recipientPhone1 = r.text("recipient_phone1");
    c.recipientPhone2 = r.text("recipient_phone2");
    c.postcode = r.text("postcode");
    if (c.postcode.size() == 4 && c.postcode.toInt() > 0)
        c.postcode.prepend(QLatin1Char('0')); // Excel drops the leading 0 of a 5-digit postcode as a number
    c.address = r.text("address");
    c.addressDetail = r.text("address_detail");
    c.deliveryMessage = r.text("delivery_message");
    c.customsCode = r.text("customs_code");

    o.settlementExpected = r.won("settlement_expected");
    for (const ImportField &f : orderImportFields()) {
        if (qstrncmp(f.id, "fee.", 4) != 0 || !r.has(f.id))
            continue;
        if (const auto fee = r.won(f.id))
            o.fees.insert(QLatin1String(f.id), *fee);
    }
    return out;
}

bool sameOrder(const Order &a, const Order &b)
{
    return a.channel == b.channel && a.orderNo == b.orderNo && a.status == b.status &&
           a.rawStatus == b.rawStatus && a.claimStatus == b.claimStatus && a.paidAt == b.paidAt &&
           a.productName == b.productName && a.optionText == b.optionText && a.quantity == b.quantity &&
           a.totalAmount == b.totalAmount && a.courierCode == b.courierCode && a.trackingNo == b.trackingNo &&
           a.contact.recipientName == b.contact.recipientName && a.contact.address == b.contact.address &&
           a.contact.addressDetail == b.contact.addressDetail;
}

} // namespace

TableData readOrderTable(const QByteArray &bytes, const QString &password, const ReadControl &control,
                         const QList<const OrderProfile *> &profiles, QString *sheetName)
{
    return readTable(bytes, password, control, orderSheetFit(profiles), sheetName);
}

std::function<SheetFit(const TableData &)> orderSheetFit(const QList<const OrderProfile *> &profiles)
{
    QList<const OrderProfile *> candidates = profiles;
    if (candidates.isEmpty()) {
        for (const OrderProfile &p : builtInProfiles())
            candidates << &p;
    }
    return [candidates](const TableData &sheet) {
        const ProfileMatch m = recogniseProfile(sheet.rows, candidates);
        return m.complete() ? SheetFit::Take : m.headerRow >= 0 ? SheetFit::Maybe : SheetFit::No;
    };
}

OrderFileResult readOrderRows(const TableRows &rows, const ProfileMatch &match,
                              std::optional<Channel> channel, const std::vector<bool> *skip)
{
    OrderFileResult result;
    result.match = match;
    const auto add = [&result](const OrderFileProblem &p) {
        if (result.problems.size() < kMaxListedProblems)
            result.problems << p;
        else
            ++result.moreProblems;
    };
    if (!match.profile || match.headerRow < 0) {
        add({0, OrderFileText::tr(
                    "No header row found: none of the first %1 rows names the columns of the profile.")
                    .arg(kHeaderSearchRows)});
        return result;
    }
    for (const QString &header : match.missingRequired)
        add({0, OrderFileText::tr("The header row (row %1) has no %2 column, which the import needs.")
                    .arg(match.headerRow + 1)
                    .arg(header)});
    if (!result.ok())
        return result;
    if (!channel)
        channel = match.profile->channel;
    QHash<QString, int> columnOf; // field → the sheet's column
    for (int i = 0; i < match.profile->columns.size(); ++i) {
        if (match.columnOf.value(i, -1) >= 0) {
            result.fields.insert(match.profile->columns.at(i).field);
            columnOf.insert(match.profile->columns.at(i).field, match.columnOf.at(i));
        }
    }
    const LiteralLookup<int> columns(columnOf, -1);
    QHash<QString, int> seen; // product order no → index in orders
    QList<ImportedOrder> orders;
    for (int i = match.headerRow + 1; i < rows.size(); ++i) {
        if (skip && size_t(i) < skip->size() && (*skip)[size_t(i)]) {
            ++result.skipped;
            continue;
        }
        if (rows.isBlankRow(i))
            continue;
        const int line = i + 1;
        RowReader reader(rows, i, match, columns, line);
        ImportedOrder row = readRow(reader, line, channel);
        const QList<OrderFileProblem> problems = reader.problems();
        if (!problems.isEmpty()) {
            for (const OrderFileProblem &p : problems)
                add(p);
            continue;
        }
        const auto earlier = seen.constFind(row.order.productOrderNo);
        if (earlier == seen.cend()) {
            seen.insert(row.order.productOrderNo, int(orders.size()));
            orders << row;
            continue;
        }
        const ImportedOrder &first = orders.at(*earlier);
        if (!sameOrder(first.order, row.order))
            add({line,
                 OrderFileText::tr(
                     "Row %1: the product order number %2 is also on row %3 with other content.")
                     .arg(QString::number(line), row.order.productOrderNo, QString::number(first.line))});
    }
    if (result.ok() && orders.isEmpty() && result.skipped == 0)
        add({0, OrderFileText::tr("The file has no orders under its header row (row %1).")
                    .arg(match.headerRow + 1)});
    if (result.ok())
        result.orders = orders;
    return result;
}

} // namespace sd
