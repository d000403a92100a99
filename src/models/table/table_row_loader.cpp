#include "models/table/table_row_loader.h"

#include "services/common/table_listing.h"
#include "storage/common/database.h"

#include <QCoreApplication>
#include <QMutexLocker>

namespace sd {

TableRowLoader::TableRowLoader(const QString &databasePath, const QString &tableId, const UserSession &user,
                               int windowSize)
    : m_path(databasePath), m_tableId(tableId), m_user(user), m_windowSize(windowSize),
      m_connectionName(QStringLiteral("sd-table-%1-%2").arg(tableId).arg(quintptr(this), 0, 16))
{
}

TableRowLoader::~TableRowLoader()
{
    m_listing.reset(); // holds a handle on the connection
    if (m_open)
        Database::closeConnection(m_connectionName);
}

void TableRowLoader::startGeneration(quint64 generation)
{
    m_generation.storeRelease(generation);
    QMutexLocker lock(&m_mutex);
    m_counts.clear();
    m_windows.clear();
    m_chipCounts.clear();
}

void TableRowLoader::requestCount(quint64 generation, const TableFilter &filter, bool chipCounts,
                                  bool dataChanged, const std::optional<TableSort> &firstWindow)
{
    QMutexLocker lock(&m_mutex);
    m_counts.push_back({generation, filter, chipCounts, dataChanged, firstWindow});
}

void TableRowLoader::requestWindow(quint64 generation, const TableFilter &filter, const TableSort &sort,
                                   int window)
{
    QMutexLocker lock(&m_mutex);
    m_windows.push_back({generation, filter, sort, window});
}

void TableRowLoader::requestChipCounts(quint64 generation, const TableFilter &filter)
{
    QMutexLocker lock(&m_mutex);
    m_chipCounts.push_back({generation, filter});
}

void TableRowLoader::requestValueCounts(quint64 request, const TableFilter &filter, const QString &column,
                                        int limit)
{
    QMutexLocker lock(&m_mutex);
    m_valueCounts.push_back({request, filter, column, limit});
}

void TableRowLoader::countValues(const ValueCountRequest &request)
{
    QStringList values;
    QList<qint64> counts;
    bool complete = false;
    Result status;
    if (const Result opened = ensureListing(); !opened.ok()) {
        status = opened;
    } else {
        const QList<TableListing::ValueCount> found =
            m_listing->valueCounts(request.column, request.filter, request.limit, &complete, &status);
        for (const TableListing::ValueCount &v : found) {
            values << v.value;
            counts << v.rows;
        }
    }
    emit valueCountsReady(request.request, request.column, values, counts, complete,
                          status.ok() ? QString() : status.message);
}

void TableRowLoader::setCountedOptions(const QVariantMap &options)
{
    QMutexLocker lock(&m_mutex);
    m_countedOptions = options;
}

int TableRowLoader::takeOldestWindowRequest()
{
    QMutexLocker lock(&m_mutex);
    if (m_windows.empty())
        return -1;
    const int window = m_windows.front().window;
    m_windows.pop_front();
    return window;
}

Result TableRowLoader::ensureListing()
{
    if (m_listing)
        return Result::success();
    if (!m_open) {
        Result opened;
        QSqlDatabase db = Database::openReadConnection(m_path, m_connectionName, &opened);
        if (!db.isOpen() || !opened.ok())
            return opened.ok() ? Result::storage(QCoreApplication::translate("sd::TableRowLoader",
                                                                             "The store could not be read."),
                                                 QStringLiteral("read connection not open"))
                               : opened;
        m_open = true;
    }
    Result result;
    m_listing =
        TableListing::open(QSqlDatabase::database(m_connectionName, false), m_tableId, m_user, &result);
    return result;
}

void TableRowLoader::fetchWindow(quint64 generation, const TableFilter &filter, const TableSort &sort,
                                 int window)
{
    Result status;
    const QList<TableRow> rows =
        m_listing->fetch(filter, sort, qint64(window) * m_windowSize, m_windowSize, &status);
    if (!status.ok())
        emit windowFailed(generation, window, status.message);
    else
        emit windowReady(generation, window, rows);
}

void TableRowLoader::process()
{
    for (;;) {
        std::optional<CountRequest> count;
        std::optional<WindowRequest> window;
        std::optional<ChipCountRequest> chipCount;
        std::optional<ValueCountRequest> valueCount;
        {
            QMutexLocker lock(&m_mutex);
            if (!m_counts.empty()) {
                count = m_counts.front();
                m_counts.pop_front();
            } else if (!m_windows.empty()) {
                window = m_windows.back();
                m_windows.pop_back();
            } else if (!m_chipCounts.empty()) {
                chipCount = m_chipCounts.front();
                m_chipCounts.pop_front();
            } else if (!m_valueCounts.empty()) {
                valueCount = m_valueCounts.front();
                m_valueCounts.pop_front();
            } else {
                return;
            }
        }
        const quint64 current = m_generation.loadAcquire();
        if (count) {
            if (count->generation < current)
                continue;
            if (const Result opened = ensureListing(); !opened.ok()) {
                emit countFailed(count->generation, opened.message);
                continue;
            }
            if (count->dataChanged)
                m_listing->invalidate();
            // The first window is read before the count is told, so the model replaces its rows
            // with the new ones at once (a sort by a rank builds the rank here and counts it).
            Result fetched;
            QList<TableRow> firstRows;
            if (count->firstWindow)
                firstRows = m_listing->fetch(count->filter, *count->firstWindow, 0, m_windowSize, &fetched);
            Result counted;
            const qint64 n = m_listing->count(count->filter, &counted);
            if (n < 0 || !counted.ok()) {
                emit countFailed(count->generation, counted.message);
                continue;
            }
            emit countReady(count->generation, n);
            if (count->firstWindow && n > 0) {
                if (!fetched.ok())
                    emit windowFailed(count->generation, 0, fetched.message);
                else
                    emit windowReady(count->generation, 0, firstRows);
            }
            if (count->chipCounts) {
                QMutexLocker lock(&m_mutex);
                m_chipCounts.push_back({count->generation, count->filter});
            }
        } else if (valueCount) {
            countValues(*valueCount);
        } else if (chipCount) {
            if (chipCount->generation < current || !ensureListing().ok())
                continue;
            QVariantMap options;
            {
                QMutexLocker lock(&m_mutex);
                options = m_countedOptions;
            }
            const QHash<QString, qint64> chips = m_listing->chipCounts(chipCount->filter);
            if (chipCount->generation < m_generation.loadAcquire())
                continue;
            emit chipCountsReady(chipCount->generation, chips, m_listing->optionCounts(chipCount->filter, options));
        } else {
            if (window->generation < current)
                continue;
            if (const Result opened = ensureListing(); !opened.ok()) {
                emit windowFailed(window->generation, window->window, opened.message);
                continue;
            }
            fetchWindow(window->generation, window->filter, window->sort, window->window);
        }
    }
}

} // namespace sd
