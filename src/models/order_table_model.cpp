#include "models/order_table_model.h"

#include "core/business_calendar.h"
#include "core/channel.h"
#include "core/clock.h"
#include "core/courier.h"
#include "core/delay_reason.h"
#include "core/dispatch_deadline.h"
#include "core/money.h"
#include "core/personal_data_mask.h"
#include "core/seoul_time.h"
#include "models/order_row_loader.h"

#include <QBrush>
#include <QColor>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QTimer>
#include <algorithm>
#include <climits>
#include <functional>

namespace sd {

namespace {

// Refresh reloads this many of the most recently used windows: what is on screen and around it.
constexpr int kRefreshWindows = 4;

const QString &placeholder()
{
    static const QString text(QChar(0x2026)); // …
    return text;
}

OrderFilter withoutStatuses(OrderFilter f)
{
    f.statuses.clear();
    return f;
}

} // namespace

OrderTableModel::OrderTableModel(const QString &databasePath, const UserSession &session,
                                 const BusinessCalendar *calendar, const Clock &clock, QObject *parent)
    : QAbstractTableModel(parent), m_session(session), m_calendar(calendar), m_clock(clock),
      m_showPersonalData(session.can(Permission::ViewPersonalData)),
      m_loader(new OrderRowLoader(databasePath, kWindowSize))
{
    qRegisterMetaType<QList<OrderRow>>();
    qRegisterMetaType<QHash<OrderStatus, qint64>>();
    m_thread.setObjectName(QStringLiteral("sd-orders-grid"));
    m_loader->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_loader, &QObject::deleteLater);
    connect(m_loader, &OrderRowLoader::countReady, this, &OrderTableModel::onCountReady);
    connect(m_loader, &OrderRowLoader::countFailed, this, &OrderTableModel::onCountFailed);
    connect(m_loader, &OrderRowLoader::statusCountsReady, this, &OrderTableModel::onStatusCounts);
    connect(m_loader, &OrderRowLoader::windowReady, this, &OrderTableModel::onWindowReady);
    connect(m_loader, &OrderRowLoader::windowFailed, this, &OrderTableModel::onWindowFailed);
    m_thread.start();
    m_resetOnCount = true;
    newGeneration(true, true, false);
}

OrderTableModel::~OrderTableModel()
{
    m_loader->startGeneration(~quint64(0)); // skip whatever is still queued
    m_thread.quit();
    m_thread.wait();
    m_loader = nullptr;
}

// --- requests ---------------------------------------------------------------------------------

void OrderTableModel::newGeneration(bool recount, bool statusCounts, bool dataChanged)
{
    ++m_generation;
    m_loader->startGeneration(m_generation);
    m_pending.clear();
    m_failed.clear();
    // A count or status counts under way belonged to the old generation: ask again.
    recount = recount || m_awaitingCount;
    statusCounts = statusCounts || m_awaitingStatusCounts;
    m_awaitingStatusCounts = statusCounts;
    if (recount) {
        m_awaitingCount = true;
        // A new filter or sort shows the top rows: the loader fetches them along with the count.
        m_firstWindowComing = m_resetOnCount;
        m_loader->requestCount(m_generation, m_filter, statusCounts, dataChanged || recount,
                               m_firstWindowComing ? std::optional<OrderSort>(m_sort) : std::nullopt);
        QMetaObject::invokeMethod(m_loader, &OrderRowLoader::process, Qt::QueuedConnection);
    } else if (statusCounts) {
        m_loader->requestStatusCounts(m_generation, m_filter);
        QMetaObject::invokeMethod(m_loader, &OrderRowLoader::process, Qt::QueuedConnection);
    }
    updateLoading();
}

void OrderTableModel::requestWindow(int window) const
{
    if (m_awaitingCount && m_resetOnCount)
        return; // the rows will be replaced when the count arrives
    if (m_pending.contains(window) || m_failed.contains(window))
        return;
    if (m_pending.size() >= kMaxQueuedWindows) {
        // Scrolling fast: forget the oldest request not yet started; it is off screen by now, and
        // if not, the view asks again when it repaints.
        const int dropped = m_loader->takeOldestWindowRequest();
        if (dropped >= 0)
            m_pending.remove(dropped);
    }
    m_pending.insert(window);
    m_loader->requestWindow(m_generation, m_filter, m_sort, window);
    QMetaObject::invokeMethod(m_loader, &OrderRowLoader::process, Qt::QueuedConnection);
    scheduleLoadingUpdate();
}

void OrderTableModel::setFilter(const OrderFilter &filter)
{
    if (filter == m_filter)
        return;
    // The chips count every status, so a click on a chip does not recount them.
    const bool chipsChange = withoutStatuses(filter) != withoutStatuses(m_filter);
    m_filter = filter;
    m_resetOnCount = true;
    newGeneration(true, chipsChange, false);
}

void OrderTableModel::sort(int column, Qt::SortOrder order)
{
    const auto key = sortKeyFor(column);
    if (!key)
        return;
    const OrderSort sort{*key, order == Qt::DescendingOrder};
    if (sort == m_sort)
        return;
    m_sort = sort;
    if (m_awaitingCount) {
        m_resetOnCount = true;
        newGeneration(true, false, false);
        return;
    }
    beginResetModel();
    m_cache.clear();
    newGeneration(false, false, false);
    endResetModel();
}

void OrderTableModel::refresh()
{
    // Keep the rows on screen until their new contents arrive; reload the recently used windows.
    QList<QPair<quint64, int>> recent;
    for (auto it = m_cache.cbegin(); it != m_cache.cend(); ++it)
        recent.append({it.value().lastUse, it.key()});
    std::sort(recent.begin(), recent.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    QHash<int, Window> keep;
    for (int i = 0; i < recent.size() && i < kRefreshWindows; ++i)
        keep.insert(recent[i].second, m_cache.value(recent[i].second));
    m_cache = keep;
    newGeneration(true, true, true);
    for (auto it = keep.cbegin(); it != keep.cend(); ++it) {
        m_pending.insert(it.key());
        m_loader->requestWindow(m_generation, m_filter, m_sort, it.key());
    }
    QMetaObject::invokeMethod(m_loader, &OrderRowLoader::process, Qt::QueuedConnection);
    updateLoading();
    emit reloadStarted();
}

// --- results ----------------------------------------------------------------------------------

void OrderTableModel::onCountReady(quint64 generation, qint64 count)
{
    if (generation != m_generation)
        return;
    m_awaitingCount = false;
    const int n = int(std::min<qint64>(count, INT_MAX));
    if (m_resetOnCount) {
        m_resetOnCount = false;
        beginResetModel();
        m_count = n;
        m_cache.clear();
        m_pending.clear();
        m_failed.clear();
        if (m_firstWindowComing && n > 0)
            m_pending.insert(0); // on its way from the loader, right behind the count
        endResetModel();
    } else if (n > m_count) {
        beginInsertRows(QModelIndex(), m_count, n - 1);
        m_count = n;
        endInsertRows();
    } else if (n < m_count) {
        beginRemoveRows(QModelIndex(), n, m_count - 1);
        m_count = n;
        for (auto it = m_cache.begin(); it != m_cache.end();) {
            const int first = it.key() * kWindowSize;
            if (first >= n) {
                it = m_cache.erase(it);
            } else {
                if (first + it.value().rows.size() > n)
                    it.value().rows.resize(n - first);
                ++it;
            }
        }
        endRemoveRows();
    }
    updateLoading();
}

void OrderTableModel::onCountFailed(quint64 generation, const QString &error)
{
    if (generation != m_generation)
        return;
    m_awaitingCount = false;
    m_awaitingStatusCounts = false;
    if (m_resetOnCount) {
        m_resetOnCount = false;
        beginResetModel();
        m_count = 0;
        m_cache.clear();
        endResetModel();
    }
    updateLoading();
    emit loadFailed(error);
}

void OrderTableModel::onStatusCounts(quint64 generation, const QHash<OrderStatus, qint64> &counts)
{
    if (generation != m_generation)
        return;
    m_awaitingStatusCounts = false;
    m_statusCounts = counts;
    emit statusCountsChanged(m_statusCounts);
    updateLoading();
}

void OrderTableModel::onWindowReady(quint64 generation, int window, const QList<OrderRow> &rows)
{
    if (generation != m_generation || !m_pending.remove(window)) {
        updateLoading();
        return;
    }
    const int first = window * kWindowSize;
    if (first >= m_count || rows.isEmpty()) {
        m_cache.remove(window);
        updateLoading();
        return;
    }
    Window &w = m_cache[window];
    w.rows = rows;
    if (first + w.rows.size() > m_count)
        w.rows.resize(m_count - first);
    w.lastUse = ++m_useTick;
    while (m_cache.size() > kMaxCachedWindows) {
        auto oldest = m_cache.end();
        for (auto it = m_cache.begin(); it != m_cache.end(); ++it) {
            if (it.key() != window &&
                (oldest == m_cache.end() || it.value().lastUse < oldest.value().lastUse))
                oldest = it;
        }
        m_cache.erase(oldest);
    }
    const int last = first + int(m_cache.value(window).rows.size()) - 1;
    emit dataChanged(index(first, 0), index(last, ColumnCount - 1));
    updateLoading();
}

void OrderTableModel::onWindowFailed(quint64 generation, int window, const QString &error)
{
    if (generation != m_generation)
        return;
    m_pending.remove(window);
    m_failed.insert(window);
    updateLoading();
    emit loadFailed(error);
}

// --- loading state ----------------------------------------------------------------------------

bool OrderTableModel::isLoading() const
{
    return m_awaitingCount || m_awaitingStatusCounts || !m_pending.isEmpty();
}

void OrderTableModel::updateLoading()
{
    m_loadingUpdateQueued = false;
    const bool loading = isLoading();
    if (loading != m_loadingReported) {
        m_loadingReported = loading;
        emit loadingChanged(loading);
    }
}

// data() is const and may run while a view paints: tell about loading from the event loop.
void OrderTableModel::scheduleLoadingUpdate() const
{
    if (m_loadingUpdateQueued)
        return;
    m_loadingUpdateQueued = true;
    auto *self = const_cast<OrderTableModel *>(this);
    QMetaObject::invokeMethod(
        self, [self] { self->updateLoading(); }, Qt::QueuedConnection);
}

bool OrderTableModel::runEventsUntil(const std::function<bool()> &done, int ms)
{
    // Results arrive as queued calls from the loader, so waiting for more events wakes on each one;
    // the timer only makes sure the deadline is seen when nothing arrives.
    const QDeadlineTimer deadline(ms);
    QTimer wake;
    wake.start(std::max(1, std::min(ms, 250)));
    while (!done() && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    return done();
}

bool OrderTableModel::waitForIdle(int ms)
{
    // Looks at the state itself: loadingChanged is not emitted when a result arrives before the
    // "loading" state was ever reported.
    return runEventsUntil([this] { return !isLoading(); }, ms);
}

bool OrderTableModel::waitForRows(int first, int last, int ahead, int ms)
{
    if (first < 0 || last < first || last >= m_count)
        return false;
    const int firstWindow = first / kWindowSize;
    const int lastWindow = last / kWindowSize;
    const int aheadWindow = std::min(lastWindow + ahead, (m_count - 1) / kWindowSize);
    for (int w = firstWindow; w <= aheadWindow && w - firstWindow < kMaxQueuedWindows; ++w) {
        if (!m_cache.contains(w))
            requestWindow(w);
    }
    bool gone = false; // failed, or the table shrank meanwhile
    runEventsUntil(
        [&] {
            gone = gone || last >= m_count || m_failed.contains(firstWindow) || m_failed.contains(lastWindow);
            if (gone)
                return true;
            for (int w : {firstWindow, lastWindow}) {
                if (!m_cache.contains(w))
                    requestWindow(w); // again after a reset dropped the request; a pending one is kept
            }
            return loadedRow(first) && loadedRow(last);
        },
        ms);
    return !gone && loadedRow(first) && loadedRow(last);
}

// --- reading ----------------------------------------------------------------------------------

const OrderRow *OrderTableModel::loadedRow(int row) const
{
    if (row < 0 || row >= m_count)
        return nullptr;
    const auto it = m_cache.constFind(row / kWindowSize);
    if (it == m_cache.cend())
        return nullptr;
    const int offset = row % kWindowSize;
    if (offset >= it.value().rows.size())
        return nullptr;
    it.value().lastUse = ++m_useTick;
    return &it.value().rows.at(offset);
}

qint64 OrderTableModel::orderIdAt(int row) const
{
    const OrderRow *r = loadedRow(row);
    return r ? r->id : 0;
}

QString OrderTableModel::productOrderNoAt(int row) const
{
    const OrderRow *r = loadedRow(row);
    return r ? r->productOrderNo : QString();
}

QList<QPair<int, int>> OrderTableModel::loadedRanges() const
{
    QList<int> windows = m_cache.keys();
    std::sort(windows.begin(), windows.end());
    QList<QPair<int, int>> out;
    for (int w : std::as_const(windows)) {
        const int first = w * kWindowSize;
        const int last = std::min(first + int(m_cache.value(w).rows.size()), m_count) - 1;
        if (last < first)
            continue;
        if (!out.isEmpty() && out.last().second + 1 == first)
            out.last().second = last;
        else
            out.append({first, last});
    }
    return out;
}

QString OrderTableModel::loadedProductOrderNo(int row) const
{
    if (row < 0 || row >= m_count)
        return QString();
    const auto it = m_cache.constFind(row / kWindowSize);
    if (it == m_cache.cend() || row % kWindowSize >= it.value().rows.size())
        return QString();
    return it.value().rows.at(row % kWindowSize).productOrderNo;
}

std::optional<OrderRow> OrderTableModel::rowAt(int row) const
{
    const OrderRow *r = loadedRow(row);
    if (!r)
        return std::nullopt;
    return masked(*r);
}

OrderRow OrderTableModel::masked(const OrderRow &r) const
{
    if (m_showPersonalData)
        return r;
    OrderRow m = r;
    m.buyerName = maskName(r.buyerName);
    m.recipientName = maskName(r.recipientName);
    m.recipientPhone = maskPhone(r.recipientPhone);
    return m;
}

int OrderTableModel::riskOf(const OrderRow &r) const
{
    if (!m_calendar)
        return int(DeadlineRisk::None);
    return int(deadlineRisk(r.status, r.dispatchDue, seoulDate(m_clock.nowUtc()), *m_calendar));
}

int OrderTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_count;
}

int OrderTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Qt::ItemFlags OrderTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
}

QVariant OrderTableModel::display(const OrderRow &r, int column) const
{
    switch (column) {
    case Status:
        return statusLabel(r.status);
    case PaidAt:
        return formatSeoul(r.paidAt);
    case DispatchDue:
        return r.dispatchDue.isValid() ? r.dispatchDue.toString(Qt::ISODate) : QString();
    case Risk:
        return deadlineRiskLabel(DeadlineRisk(riskOf(r)));
    case ProductOrderNo:
        return r.productOrderNo;
    case OrderNo:
        return r.orderNo;
    case Channel:
        return channelLabel(r.channel);
    case Product:
        return r.productName;
    case Option:
        return r.optionText;
    case Quantity:
        return QString::number(r.quantity);
    case Amount:
        return formatWonPlain(r.totalAmount);
    case Buyer:
        return m_showPersonalData ? r.buyerName : maskName(r.buyerName);
    case Recipient:
        return m_showPersonalData ? r.recipientName : maskName(r.recipientName);
    case Phone:
        return m_showPersonalData ? r.recipientPhone : maskPhone(r.recipientPhone);
    case Courier:
        if (r.courierCode.isEmpty())
            return QString();
        if (const sd::Courier *c = findCourier(r.courierCode))
            return c->name;
        return r.courierCode;
    case TrackingNo:
        return r.trackingNo;
    default:
        return QVariant();
    }
}

QVariant OrderTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const int column = index.column();
    const OrderRow *r = loadedRow(index.row());
    if (!r) {
        requestWindow(index.row() / kWindowSize);
        if (role == Qt::DisplayRole)
            return placeholder();
        if (role == Qt::TextAlignmentRole && (column == Amount || column == Quantity))
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant();
    }
    switch (role) {
    case Qt::DisplayRole:
        return display(*r, column);
    case Qt::ToolTipRole:
        if (column == Risk && !r->delayReason.isEmpty()) {
            const auto reason = parseDelayReason(r->delayReason);
            return tr("Delay notice sent: %1").arg(reason ? delayReasonLabel(*reason) : r->delayReason);
        }
        if (column == Product || column == Option)
            return display(*r, column);
        return QVariant();
    case Qt::TextAlignmentRole:
        if (column == Amount || column == Quantity)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant();
    case Qt::ForegroundRole:
        if (column == Risk || column == DispatchDue) {
            switch (DeadlineRisk(riskOf(*r))) {
            case DeadlineRisk::Overdue:
                return QBrush(QColor(198, 40, 40));
            case DeadlineRisk::Near:
                return QBrush(QColor(178, 106, 0));
            case DeadlineRisk::None:
                break;
            }
        }
        return QVariant();
    case Qt::BackgroundRole:
        // Translucent tints, so the row stays readable in light and dark palettes.
        switch (DeadlineRisk(riskOf(*r))) {
        case DeadlineRisk::Overdue:
            return QBrush(QColor(229, 57, 53, 38));
        case DeadlineRisk::Near:
            return QBrush(QColor(255, 179, 0, 38));
        case DeadlineRisk::None:
            break;
        }
        return QVariant();
    case OrderIdRole:
        return r->id;
    case ProductOrderNoRole:
        return r->productOrderNo;
    case StatusCodeRole:
        return statusCode(r->status);
    case ValueRole:
        switch (column) {
        case Quantity:
            return qint64(r->quantity);
        case Amount:
            return qint64(r->totalAmount);
        case PaidAt:
            return toSeoul(r->paidAt);
        case DispatchDue:
            return r->dispatchDue;
        default:
            return display(*r, column);
        }
    default:
        return QVariant();
    }
}

QVariant OrderTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole && (section == Amount || section == Quantity))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case Status:
        return tr("Status");
    case PaidAt:
        return tr("Paid at");
    case DispatchDue:
        return tr("Dispatch due");
    case Risk:
        return tr("Risk");
    case ProductOrderNo:
        return tr("Product order no.");
    case OrderNo:
        return tr("Order no.");
    case Channel:
        return tr("Channel");
    case Product:
        return tr("Product");
    case Option:
        return tr("Option");
    case Quantity:
        return tr("Qty");
    case Amount:
        return tr("Amount (KRW)");
    case Buyer:
        return tr("Buyer");
    case Recipient:
        return tr("Recipient");
    case Phone:
        return tr("Phone");
    case Courier:
        return tr("Courier");
    case TrackingNo:
        return tr("Tracking no.");
    default:
        return QVariant();
    }
}

std::optional<OrderSortKey> OrderTableModel::sortKeyFor(int column)
{
    switch (column) {
    case Status:
        return OrderSortKey::Status;
    case PaidAt:
        return OrderSortKey::PaidAt;
    case DispatchDue:
    case Risk:
        return OrderSortKey::DispatchDue;
    case ProductOrderNo:
        return OrderSortKey::ProductOrderNo;
    case Amount:
        return OrderSortKey::TotalAmount;
    default:
        return std::nullopt;
    }
}

bool OrderTableModel::isSortable(int column)
{
    return sortKeyFor(column).has_value();
}

} // namespace sd
