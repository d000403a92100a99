#pragma once
#include "core/order_filter.h"
#include "core/order_status.h"
#include "storage/order_listing.h"

#include <QAtomicInteger>
#include <QHash>
#include <QList>
#include <QMutex>
#include <QObject>
#include <QString>
#include <deque>
#include <memory>
#include <optional>

namespace sd {

// Runs the orders grid's queries on its own thread and read connection. The model queues requests
// from the GUI thread (thread-safe); process() runs on the loader's thread. The count comes first
// (with the first window when asked: after a new filter or sort the view shows the top rows, and
// fetching them here saves a round trip), then windows newest first: the newest request is what the
// user is looking at now. The status-chip counts come last, when no window is waiting, so the rows
// never wait for the chips. Requests of an older generation (filter, sort or data changed since)
// are skipped without a query, and the model drops any stale result that was already under way.
class OrderRowLoader : public QObject
{
    Q_OBJECT
public:
    OrderRowLoader(const QString &databasePath, int windowSize);
    ~OrderRowLoader() override; // runs on the loader's thread (deleteLater at QThread::finished)

    // GUI thread. Starts a generation: queued requests of older generations are dropped.
    void startGeneration(quint64 generation);
    // GUI thread. `dataChanged`: rows may have moved since the last query (anchors are dropped).
    // With `firstWindow`, window 0 under that sort is fetched right after the count.
    void requestCount(quint64 generation, const OrderFilter &filter, bool statusCounts, bool dataChanged,
                      const std::optional<OrderSort> &firstWindow = std::nullopt);
    void requestWindow(quint64 generation, const OrderFilter &filter, const OrderSort &sort, int window);
    // GUI thread. Status-chip counts alone (when the rows need no recount).
    void requestStatusCounts(quint64 generation, const OrderFilter &filter);
    // GUI thread. Takes back the oldest window request not yet started; -1 if none.
    int takeOldestWindowRequest();

public slots:
    void process();

signals:
    void countReady(quint64 generation, qint64 count);
    void statusCountsReady(quint64 generation, const QHash<sd::OrderStatus, qint64> &counts);
    void windowReady(quint64 generation, int window, const QList<sd::OrderRow> &rows);
    void countFailed(quint64 generation, const QString &error);
    void windowFailed(quint64 generation, int window, const QString &error);

private:
    struct CountRequest
    {
        quint64 generation = 0;
        OrderFilter filter;
        bool statusCounts = false;
        bool dataChanged = false;
        std::optional<OrderSort> firstWindow;
    };
    struct StatusCountRequest
    {
        quint64 generation = 0;
        OrderFilter filter;
    };
    struct WindowRequest
    {
        quint64 generation = 0;
        OrderFilter filter;
        OrderSort sort;
        int window = 0;
    };
    bool ensureConnection(QString *error);

    const QString m_path;
    const int m_windowSize;
    QString m_connectionName;
    bool m_open = false;
    std::unique_ptr<OrderListing> m_listing;

    QAtomicInteger<quint64> m_generation{0};
    QMutex m_mutex; // guards the queues
    std::deque<CountRequest> m_counts;
    std::deque<WindowRequest> m_windows;
    std::deque<StatusCountRequest> m_statusCounts;
};

} // namespace sd
