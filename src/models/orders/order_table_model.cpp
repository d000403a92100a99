#include "models/orders/order_table_model.h"

#include "core/calendar/business_calendar.h"
#include "core/calendar/clock.h"
#include "core/calendar/seoul_time.h"
#include "core/orders/delay_reason.h"
#include "core/orders/courier.h"
#include "core/orders/dispatch_deadline.h"
#include "core/orders/order_transition.h"
#include "models/orders/dispatch_drafts.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QSet>

namespace sd {

namespace {

QString cellText(const TableRow &r, int field)
{
    return r.cells.value(field).toString();
}

} // namespace

OrderTableModel::OrderTableModel(const QString &databasePath, const UserSession &session,
                                 const BusinessCalendar *calendar, const Clock &clock, QObject *parent)
    : TableModel(databasePath, ordersTable(), session, parent), m_calendar(calendar), m_clock(clock)
{
    qRegisterMetaType<QHash<OrderStatus, qint64>>();
    qRegisterMetaType<OrderTableModel::DeadlineCounts>();
    updateCountedOptions();
}

QDate OrderTableModel::today() const
{
    return seoulDate(m_clock.nowUtc());
}

void OrderTableModel::updateCountedOptions()
{
    if (m_calendar)
        setCountedOptions(countedOrderOptions(today(), *m_calendar));
}

void OrderTableModel::optionCountsArrived(const QHash<QString, qint64> &counts)
{
    DeadlineCounts d;
    d.atRisk = counts.value(QLatin1String(OrdersTable::kAtRiskOption));
    for (DeadlineCounter c : allDeadlineCounters())
        d.counters.insert(c, counts.value(OrdersTable::deadlineOption(c)));
    m_deadlineCounts = d;
    emit deadlineCountsChanged(m_deadlineCounts);
}

std::optional<QString> OrderTableModel::sortColumnFor(int column) const
{
    if (column == Risk)
        return ordersTable().columns[DispatchDue].id;
    return TableModel::sortColumnFor(column);
}

std::optional<OrderSortKey> OrderTableModel::sortKeyFor(int column)
{
    if (column == Risk)
        column = DispatchDue;
    if (column < 0 || column >= ColumnCount || !ordersTable().columns[column].sortable())
        return std::nullopt;
    const auto sort = toOrderSort(TableSort{ordersTable().columns[column].id, false});
    return sort ? std::optional<OrderSortKey>(sort->key) : std::nullopt;
}

bool OrderTableModel::isSortable(int column)
{
    return sortKeyFor(column).has_value();
}

void OrderTableModel::setFilter(const OrderFilter &filter)
{
    m_orderFilter = filter;
    updateCountedOptions(); // the day may have changed since
    setTableFilter(toTableFilter(filter));
}

OrderSort OrderTableModel::currentSort() const
{
    return toOrderSort(tableSort()).value_or(OrderSort());
}

QString OrderTableModel::productOrderNoAt(int row) const
{
    const TableRow *r = tableRowAt(row);
    return r ? cellText(*r, ProductOrderNo) : QString();
}

QString OrderTableModel::loadedProductOrderNo(int row) const
{
    const TableRow *r = peekRow(row);
    return r ? cellText(*r, ProductOrderNo) : QString();
}

std::optional<OrderRow> OrderTableModel::rowAt(int row) const
{
    const TableRow *r = tableRowAt(row);
    if (!r)
        return std::nullopt;
    return orderRowFrom(*r);
}

void OrderTableModel::chipCountsArrived(const QHash<QString, qint64> &counts)
{
    m_statusCounts.clear();
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (const auto s = statusFromCode(it.key()))
            m_statusCounts[*s] += it.value();
    }
    emit statusCountsChanged(m_statusCounts);
}

namespace {
// How far back a group's alternation is looked for: groups touching groups are short chains.
constexpr int kMaxGroupWalk = 64;
} // namespace

int OrderTableModel::shipmentGroupAt(int row) const
{
    const auto orderNo = [this](int r) -> QString {
        const TableRow *t = peekRow(r);
        return t ? cellText(*t, OrderNo) : QString();
    };
    const QString mine = orderNo(row);
    if (mine.isEmpty())
        return 0;
    const bool above = orderNo(row - 1) == mine;
    const bool below = orderNo(row + 1) == mine;
    if (!above && !below)
        return 0;
    int flags = InGroup | (above ? 0 : GroupFirst) | (below ? 0 : GroupLast);
    // The group's first row, then every group directly above it (a group that touches this one) back to
    // a row alone: their count decides the shading, so touching groups alternate.
    int start = row;
    int walked = 0;
    while (start > 0 && walked < kMaxGroupWalk && orderNo(start - 1) == mine) {
        --start;
        ++walked;
    }
    int touching = 0;
    while (start > 1 && walked < kMaxGroupWalk) {
        const QString previous = orderNo(start - 1);
        if (previous.isEmpty() || orderNo(start - 2) != previous)
            break; // a row alone (or not loaded) above: the chain ends
        start -= 2;
        walked += 2;
        while (start > 0 && walked < kMaxGroupWalk && orderNo(start - 1) == previous) {
            --start;
            ++walked;
        }
        ++touching;
    }
    if (touching % 2 == 1)
        flags |= GroupOdd;
    return flags;
}

QVariant OrderTableModel::data(const QModelIndex &index, int role) const
{
    if (role == ShipmentGroupRole)
        return checkIndex(index, CheckIndexOption::IndexIsValid) ? shipmentGroupAt(index.row()) : 0;
    return TableModel::data(index, role);
}

QDate OrderTableModel::dueOf(const TableRow &r)
{
    const QVariant due = r.cells.value(DispatchDue);
    return due.isNull() ? QDate() : QDate::fromString(due.toString(), Qt::ISODate);
}

int OrderTableModel::riskOf(const TableRow &r) const
{
    if (!m_calendar)
        return int(DeadlineRisk::None);
    const auto status = statusFromCode(cellText(r, Status));
    const QVariant due = r.cells.value(DispatchDue);
    if (!status || due.isNull())
        return int(DeadlineRisk::None);
    return int(deadlineRisk(*status, QDate::fromString(due.toString(), Qt::ISODate),
                            seoulDate(m_clock.nowUtc()), *m_calendar));
}

void OrderTableModel::setDispatchDrafts(DispatchDrafts *drafts)
{
    if (m_drafts)
        disconnect(m_drafts, nullptr, this, nullptr);
    m_drafts = drafts;
    if (m_drafts)
        connect(m_drafts, &DispatchDrafts::changed, this, &OrderTableModel::draftsChanged);
}

bool OrderTableModel::awaitsDispatch(const TableRow &r)
{
    const auto status = statusFromCode(cellText(r, Status));
    return status && actionAvailable({*status, !cellText(r, TrackingNo).isEmpty()}, OrderAction::Dispatch);
}

bool OrderTableModel::awaitsDispatchAt(int row) const
{
    const TableRow *r = peekRow(row);
    return r && awaitsDispatch(*r);
}

Qt::ItemFlags OrderTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = TableModel::flags(index);
    if (m_drafts && index.isValid() && isDispatchEntryColumn(index.column()) && awaitsDispatchAt(index.row()))
        f |= Qt::ItemIsEditable;
    return f;
}

bool OrderTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable))
        return false;
    const QString key = loadedProductOrderNo(index.row());
    if (key.isEmpty())
        return false;
    // Only the draft: nothing is written until "선택 발송 처리". The drafts' changed() repaints the row.
    if (index.column() == Courier)
        m_drafts->setCourier(key, value.toString());
    else
        m_drafts->setTrackingNo(key, value.toString());
    return true;
}

// The rows of these orders among the loaded ones (a draft is typed into a row on screen; rows not
// loaded show their draft when their window arrives).
void OrderTableModel::draftsChanged(const QStringList &productOrderNos)
{
    const QSet<QString> keys(productOrderNos.cbegin(), productOrderNos.cend());
    const QList<QPair<int, int>> ranges = loadedRanges();
    for (const auto &range : ranges) {
        for (int row = range.first; row <= range.second; ++row) {
            if (keys.contains(loadedProductOrderNo(row)))
                emit dataChanged(index(row, Courier), index(row, TrackingNo));
        }
    }
}

// The 택배사 and 송장번호 cells of a row awaiting dispatch with a draft: the draft over the stored value.
QVariant OrderTableModel::draftData(const TableRow &r, int column, int role, bool *handled) const
{
    *handled = false;
    if (!m_drafts || !isDispatchEntryColumn(column) || !awaitsDispatch(r))
        return QVariant();
    const DispatchDrafts::Draft *d = m_drafts->find(cellText(r, ProductOrderNo));
    if (role == Qt::EditRole) {
        *handled = true;
        if (column == Courier)
            return d ? d->courier : cellText(r, Courier);
        return d ? d->trackingNo : cellText(r, TrackingNo);
    }
    if (!d)
        return QVariant();
    switch (role) {
    case Qt::DisplayRole:
        *handled = true;
        return column == Courier ? courierLabel(d->courier) : d->trackingNo;
    case DraftStateRole:
        *handled = true;
        return int(d->state);
    case Qt::ToolTipRole:
        *handled = true;
        switch (d->state) {
        case DispatchDrafts::State::Refused:
            return d->message;
        case DispatchDrafts::State::Ready:
            return tr("Not dispatched yet: select the row and choose \"Dispatch selected\".");
        case DispatchDrafts::State::Incomplete:
            return tr("Enter the tracking number.");
        }
        return QVariant();
    case Qt::FontRole: {
        *handled = true;
        QFont font;
        font.setItalic(true); // typed, not yet written
        return font;
    }
    default:
        return QVariant();
    }
}

QVariant OrderTableModel::cellData(const TableRow &r, int column, int role) const
{
    bool drafted = false;
    const QVariant draft = draftData(r, column, role, &drafted);
    if (drafted)
        return draft;
    switch (role) {
    case Qt::DisplayRole:
    case ValueRole:
        if (column == Risk)
            return role == ValueRole ? deadlineRiskLabel(DeadlineRisk(riskOf(r)))
                                     : deadlineRiskShortLabel(DeadlineRisk(riskOf(r)), dueOf(r), today());
        break;
    case Qt::ToolTipRole: {
        const QString delay = cellText(r, OrdersTable::DelayReason);
        if (column == Risk) {
            // The badge is short (오늘, 내일, 초과): its long words, and the delay notice.
            QStringList tip;
            if (const QString label = deadlineRiskLabel(DeadlineRisk(riskOf(r))); !label.isEmpty())
                tip << label;
            if (!delay.isEmpty()) {
                const auto reason = parseDelayReason(delay);
                tip << tr("Delay notice sent: %1").arg(reason ? delayReasonLabel(*reason) : delay);
            }
            return tip.isEmpty() ? QVariant() : QVariant(tip.join(QLatin1Char('\n')));
        }
        if (column == Product || column == Option)
            return TableModel::cellData(r, column, Qt::DisplayRole);
        return QVariant();
    }
    case DeadlineRiskRole:
        return riskOf(r);
    case ProductOrderNoRole:
        return cellText(r, ProductOrderNo);
    case StatusCodeRole:
        return cellText(r, Status);
    default:
        break;
    }
    return TableModel::cellData(r, column, role);
}

} // namespace sd
