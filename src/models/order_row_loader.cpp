#include "models/order_row_loader.h"

#include "storage/database.h"

#include <QMutexLocker>

namespace sd {

OrderRowLoader::OrderRowLoader(const QString &databasePath, int windowSize)
    : m_path(databasePath), m_windowSize(windowSize),
      m_connectionName(QStringLiteral("sd-orders-grid-%1").arg(quintptr(this), 0, 16))
{
}

OrderRowLoader::~OrderRowLoader()
{
    m_listing.reset(); // holds a handle on the connection
    if (m_open)
        Database::closeConnection(m_connectionName);
}

void OrderRowLoader::startGeneration(quint64 generation)
{
    m_generation.storeRelease(generation);
    QMutexLocker lock(&m_mutex);
    m_counts.clear();
    m_windows.clear();
    m_statusCounts.clear();
}

void OrderRowLoader::requestCount(quint64 generation, const OrderFilter &filter, bool statusCounts,
                                  bool dataChanged, const std::optional<OrderSort> &firstWindow)
{
    QMutexLocker lock(&m_mutex);
    m_counts.push_back({generation, filter, statusCounts, dataChanged, firstWindow});
}

void OrderRowLoader::requestWindow(quint64 generation, const OrderFilter &filter, const OrderSort &sort,
                                   int window)
{
    QMutexLocker lock(&m_mutex);
    m_windows.push_back({generation, filter, sort, window});
}

void OrderRowLoader::requestStatusCounts(quint64 generation, const OrderFilter &filter)
{
    QMutexLocker lock(&m_mutex);
    m_statusCounts.push_back({generation, filter});
}

int OrderRowLoader::takeOldestWindowRequest()
{
    QMutexLocker lock(&m_mutex);
    if (m_windows.empty())
        return -1;
    const int window = m_windows.front().window;
    m_windows.pop_front();
    return window;
}

bool OrderRowLoader::ensureConnection(QString *error)
{
    if (m_open)
        return true;
    QSqlDatabase db = Database::openReadConnection(m_path, m_connectionName, error);
    if (!db.isOpen())
        return false;
    m_open = true;
    m_listing = std::make_unique<OrderListing>(db);
    return true;
}

void OrderRowLoader::process()
{
    for (;;) {
        std::optional<CountRequest> count;
        std::optional<WindowRequest> window;
        std::optional<StatusCountRequest> statusCount;
        {
            QMutexLocker lock(&m_mutex);
            if (!m_counts.empty()) {
                count = m_counts.front();
                m_counts.pop_front();
            } else if (!m_windows.empty()) {
                window = m_windows.back();
                m_windows.pop_back();
            } else if (!m_statusCounts.empty()) {
                statusCount = m_statusCounts.front();
                m_statusCounts.pop_front();
            } else {
                return;
            }
        }
        const quint64 current = m_generation.loadAcquire();
        QString error;
        if (count) {
            if (count->generation < current)
                continue;
            if (!ensureConnection(&error)) {
                emit countFailed(count->generation, error);
                continue;
            }
            if (count->dataChanged)
                m_listing->invalidate();
            const qint64 n = m_listing->count(count->filter);
            emit countReady(count->generation, n);
            if (count->firstWindow && n > 0 && count->generation >= m_generation.loadAcquire()) {
                const QList<OrderRow> rows =
                    m_listing->fetch(count->filter, *count->firstWindow, 0, m_windowSize, &error);
                if (rows.isEmpty() && !error.isEmpty())
                    emit windowFailed(count->generation, 0, error);
                else
                    emit windowReady(count->generation, 0, rows);
            }
            if (count->statusCounts) {
                QMutexLocker lock(&m_mutex);
                m_statusCounts.push_back({count->generation, count->filter});
            }
        } else if (statusCount) {
            if (statusCount->generation < current || !ensureConnection(&error))
                continue;
            emit statusCountsReady(statusCount->generation, m_listing->countByStatus(statusCount->filter));
        } else {
            if (window->generation < current)
                continue;
            if (!ensureConnection(&error)) {
                emit windowFailed(window->generation, window->window, error);
                continue;
            }
            const QList<OrderRow> rows = m_listing->fetch(
                window->filter, window->sort, qint64(window->window) * m_windowSize, m_windowSize, &error);
            if (rows.isEmpty() && !error.isEmpty())
                emit windowFailed(window->generation, window->window, error);
            else
                emit windowReady(window->generation, window->window, rows);
        }
    }
}

} // namespace sd
