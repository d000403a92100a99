#include "models/table/table_model.h"

#include "core/calendar/seoul_time.h"
#include "core/common/money.h"
#include "core/table/table_cell.h"
#include "models/table/table_row_loader.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QTimer>
#include <algorithm>
#include <climits>

namespace sd {

namespace {

// Refresh reloads this many of the most recently used windows: what is on screen and around it.
constexpr int kRefreshWindows = 4;

const QString &placeholder()
{
    static const QString text(QChar(0x2026)); // …
    return text;
}

bool rightAligned(ColumnKind kind)
{
    return kind == ColumnKind::Won || kind == ColumnKind::Count;
}

} // namespace

TableModel::TableModel(const QString &databasePath, const TableDescription &table, const UserSession &session,
                       QObject *parent)
    : QAbstractTableModel(parent), m_table(table), m_session(session),
      m_loader(new TableRowLoader(databasePath, table.id, session, kWindowSize)), m_sort{
                                                                                      table.defaultSort,
                                                                                      table.defaultDescending}
{
    qRegisterMetaType<QList<TableRow>>();
    qRegisterMetaType<QHash<QString, qint64>>();
    qRegisterMetaType<QList<qint64>>();
    m_shownSort = m_sort;
    m_thread.setObjectName(QStringLiteral("sd-table-%1").arg(table.id));
    m_loader->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_loader, &QObject::deleteLater);
    connect(m_loader, &TableRowLoader::countReady, this, &TableModel::onCountReady);
    connect(m_loader, &TableRowLoader::countFailed, this, &TableModel::onCountFailed);
    connect(m_loader, &TableRowLoader::chipCountsReady, this, &TableModel::onChipCounts);
    connect(m_loader, &TableRowLoader::windowReady, this, &TableModel::onWindowReady);
    connect(m_loader, &TableRowLoader::windowFailed, this, &TableModel::onWindowFailed);
    connect(m_loader, &TableRowLoader::valueCountsReady, this,
            [this](quint64 request, const QString &column, const QStringList &values, const QList<qint64> &counts,
                   bool complete, const QString &error) {
                emit valueCountsReady(request, m_table.columnIndex(column), values, counts, complete, error);
            });
    m_thread.start();
    m_resetOnCount = true;
    newGeneration(true, true, false);
}

TableModel::~TableModel()
{
    m_loader->startGeneration(~quint64(0)); // skip whatever is still queued
    m_thread.quit();
    m_thread.wait();
    m_loader = nullptr;
}

// --- requests ---------------------------------------------------------------------------------

void TableModel::newGeneration(bool recount, bool chipCounts, bool dataChanged)
{
    ++m_generation;
    m_loader->startGeneration(m_generation);
    m_pending.clear();
    m_failed.clear();
    // A count or chip counts under way belonged to the old generation: ask again.
    recount = recount || m_awaitingCount;
    chipCounts = hasChips() && (chipCounts || m_awaitingChipCounts);
    m_awaitingChipCounts = chipCounts;
    if (recount) {
        m_awaitingCount = true;
        // A new filter or sort shows the top rows: the loader fetches them along with the count.
        m_firstWindowComing = m_resetOnCount;
        m_loader->requestCount(m_generation, m_filter, chipCounts, dataChanged || recount,
                               m_firstWindowComing ? std::optional<TableSort>(m_sort) : std::nullopt);
        QMetaObject::invokeMethod(m_loader, &TableRowLoader::process, Qt::QueuedConnection);
    } else if (chipCounts) {
        m_loader->requestChipCounts(m_generation, m_filter);
        QMetaObject::invokeMethod(m_loader, &TableRowLoader::process, Qt::QueuedConnection);
    }
    updateLoading();
}

void TableModel::requestWindow(int window) const
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
    QMetaObject::invokeMethod(m_loader, &TableRowLoader::process, Qt::QueuedConnection);
    scheduleLoadingUpdate();
}

void TableModel::setTableFilter(const TableFilter &filter)
{
    if (filter == m_baseFilter)
        return;
    m_baseFilter = filter;
    applyFilter();
}

void TableModel::setColumnFilters(const QList<ColumnFilter> &filters)
{
    if (filters == m_columnFilters)
        return;
    m_columnFilters = filters;
    applyFilter();
    emit columnFiltersChanged();
}

bool TableModel::canFilterColumn(int column) const
{
    if (column < 0 || column >= m_table.columns.size())
        return false;
    const TableColumn &c = m_table.columns.at(column);
    // A column that filters by another expression than it shows (the audit log's user: by id, shown
    // by name) has its own filter in the view; the header's would compare the wrong thing.
    return c.canFilter() && c.filterSql.isEmpty() &&
           (c.mask == MaskClass::None || m_session.can(Permission::ViewPersonalData));
}

quint64 TableModel::requestValueCounts(int column)
{
    const quint64 request = ++m_valueRequest;
    if (column < 0 || column >= m_table.columns.size())
        return request;
    m_loader->requestValueCounts(request, m_filter, m_table.columns.at(column).id, kMaxFilterValues);
    QMetaObject::invokeMethod(m_loader, &TableRowLoader::process, Qt::QueuedConnection);
    return request;
}

void TableModel::applyFilter()
{
    TableFilter filter = m_baseFilter;
    filter.columns += m_columnFilters;
    if (filter == m_filter)
        return;
    // The chips count every value of their column and ignore the chip options, so a click on a chip
    // does not recount them.
    const bool chipsChange = hasChips() && chipFilter(filter) != chipFilter(m_filter);
    m_filter = filter;
    m_resetOnCount = true;
    newGeneration(true, chipsChange, false);
}

TableFilter TableModel::chipFilter(const TableFilter &filter) const
{
    return filter.without(m_table.chipColumn).withoutOptions(m_table.chipOptions);
}

void TableModel::setCountedOptions(const QVariantMap &options)
{
    if (options == m_countedOptions)
        return;
    m_countedOptions = options;
    m_loader->setCountedOptions(options);
    if (hasChips())
        newGeneration(false, true, false);
}

std::optional<QString> TableModel::sortColumnFor(int column) const
{
    if (column < 0 || column >= m_table.columns.size() || !m_table.columns.at(column).canSort())
        return std::nullopt;
    return m_table.columns.at(column).id;
}

void TableModel::sort(int column, Qt::SortOrder order)
{
    const auto id = sortColumnFor(column);
    if (!id)
        return;
    setTableSort(TableSort{*id, order == Qt::DescendingOrder});
}

void TableModel::setTableSort(const TableSort &sort)
{
    const TableColumn *c = m_table.column(sort.column);
    if (!c || !c->canSort() || sort == m_sort)
        return;
    m_sort = sort;
    // The rows on screen stay until the sorted ones arrive with the count (a rank sort takes about a
    // second on a million rows; a keyset one a few milliseconds): the view shows it is loading.
    m_resetOnCount = true;
    newGeneration(true, false, false);
}

void TableModel::showSort(const TableSort &sort)
{
    if (sort == m_shownSort)
        return;
    m_shownSort = sort;
    emit sortShown(sort);
}

void TableModel::refresh()
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
    QMetaObject::invokeMethod(m_loader, &TableRowLoader::process, Qt::QueuedConnection);
    updateLoading();
    emit reloadStarted();
}

// --- results ----------------------------------------------------------------------------------

void TableModel::onCountReady(quint64 generation, qint64 count)
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
        if (n == 0)
            showSort(m_sort);
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

void TableModel::onCountFailed(quint64 generation, const QString &error)
{
    if (generation != m_generation)
        return;
    m_awaitingCount = false;
    m_awaitingChipCounts = false;
    if (m_resetOnCount) {
        m_resetOnCount = false;
        beginResetModel();
        m_count = 0;
        m_cache.clear();
        endResetModel();
    }
    updateLoading();
    emit loadFailed(error);
    const TableSort shown = m_shownSort;
    m_shownSort = TableSort();
    showSort(shown); // the indicator goes back to the order the rows still have
}

void TableModel::chipCountsArrived(const QHash<QString, qint64> &) {}

void TableModel::optionCountsArrived(const QHash<QString, qint64> &) {}

void TableModel::onChipCounts(quint64 generation, const QHash<QString, qint64> &counts,
                              const QHash<QString, qint64> &optionCounts)
{
    if (generation != m_generation)
        return;
    m_awaitingChipCounts = false;
    m_chipCounts = counts;
    m_optionCounts = optionCounts;
    chipCountsArrived(m_chipCounts);
    emit chipCountsChanged(m_chipCounts);
    optionCountsArrived(m_optionCounts);
    emit optionCountsChanged(m_optionCounts);
    updateLoading();
}

void TableModel::onWindowReady(quint64 generation, int window, const QList<TableRow> &rows)
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
    emit dataChanged(index(first, 0), index(last, columnCount() - 1));
    showSort(m_sort);
    updateLoading();
}

void TableModel::onWindowFailed(quint64 generation, int window, const QString &error)
{
    if (generation != m_generation)
        return;
    m_pending.remove(window);
    m_failed.insert(window);
    updateLoading();
    emit loadFailed(error);
}

// --- loading state ----------------------------------------------------------------------------

bool TableModel::isLoading() const
{
    return m_awaitingCount || m_awaitingChipCounts || !m_pending.isEmpty();
}

void TableModel::updateLoading()
{
    m_loadingUpdateQueued = false;
    const bool loading = isLoading();
    if (loading != m_loadingReported) {
        m_loadingReported = loading;
        emit loadingChanged(loading);
    }
}

// data() is const and may run while a view paints: tell about loading from the event loop.
void TableModel::scheduleLoadingUpdate() const
{
    if (m_loadingUpdateQueued)
        return;
    m_loadingUpdateQueued = true;
    auto *self = const_cast<TableModel *>(this);
    QMetaObject::invokeMethod(
        self, [self] { self->updateLoading(); }, Qt::QueuedConnection);
}

bool TableModel::runEventsUntil(const std::function<bool()> &done, int ms)
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

bool TableModel::waitForIdle(int ms)
{
    // Looks at the state itself: loadingChanged is not emitted when a result arrives before the
    // "loading" state was ever reported.
    return runEventsUntil([this] { return !isLoading(); }, ms);
}

bool TableModel::waitForRows(int first, int last, int ahead, int ms)
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
            return tableRowAt(first) && tableRowAt(last);
        },
        ms);
    return !gone && tableRowAt(first) && tableRowAt(last);
}

// --- reading ----------------------------------------------------------------------------------

const TableRow *TableModel::peekRow(int row) const
{
    if (row < 0 || row >= m_count)
        return nullptr;
    const auto it = m_cache.constFind(row / kWindowSize);
    if (it == m_cache.cend() || row % kWindowSize >= it.value().rows.size())
        return nullptr;
    return &it.value().rows.at(row % kWindowSize);
}

const TableRow *TableModel::tableRowAt(int row) const
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

qint64 TableModel::rowIdAt(int row) const
{
    const TableRow *r = tableRowAt(row);
    return r ? r->id : 0;
}

QList<QPair<int, int>> TableModel::loadedRanges() const
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

int TableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_count;
}

int TableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_table.columns.size());
}

Qt::ItemFlags TableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
}

QVariant TableModel::displayValue(const TableColumn &column, const QVariant &stored)
{
    return cellText(column, stored);
}

QVariant TableModel::typedValue(const TableColumn &column, const QVariant &stored)
{
    return cellValue(column, stored);
}

QVariant TableModel::placeholderData(int column, int role) const
{
    if (role == Qt::DisplayRole)
        return placeholder();
    if (role == Qt::TextAlignmentRole && rightAligned(m_table.columns.at(column).kind))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return QVariant();
}

QVariant TableModel::cellData(const TableRow &row, int column, int role) const
{
    const TableColumn &c = m_table.columns.at(column);
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(c, row.cells.value(column));
    case Qt::TextAlignmentRole:
        if (rightAligned(c.kind))
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant();
    case IdRole:
        return row.id;
    case ValueRole:
        return typedValue(c, row.cells.value(column));
    case CodeRole:
        return row.cells.value(column);
    default:
        return QVariant();
    }
}

QVariant TableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const TableRow *r = tableRowAt(index.row());
    if (!r) {
        requestWindow(index.row() / kWindowSize);
        return placeholderData(index.column(), role);
    }
    return cellData(*r, index.column(), role);
}

QVariant TableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_table.columns.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    const TableColumn &c = m_table.columns.at(section);
    if (role == Qt::TextAlignmentRole && rightAligned(c.kind))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && !isSortableColumn(section)) {
        // Filled outside SQL (contacts, computed cells): a click on the header does nothing.
        return canFilterColumn(section)
                   ? QCoreApplication::translate("sd::TableModel", "This column cannot be sorted.")
                   : QCoreApplication::translate("sd::TableModel", "This column cannot be sorted or filtered.");
    }
    if (role != Qt::DisplayRole)
        return QVariant();
    return c.label ? c.label() : c.id;
}

} // namespace sd
