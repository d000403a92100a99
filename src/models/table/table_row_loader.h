#pragma once
#include "core/access/user_session.h"
#include "core/common/result.h"
#include "core/table/table_description.h"
#include "core/table/table_filter.h"

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

class TableListing;

// Runs a table model's queries on its own thread and read connection, through the listing service
// (permission and masking per role). The model queues requests from the GUI thread (thread-safe);
// process() runs on the loader's thread. The count comes first (with the first window when asked:
// after a new filter or sort the view shows the top rows, and fetching them here saves a round trip),
// then windows newest first: the newest request is what the user is looking at now. The chip counts
// come last, when no window is waiting, so the rows never wait for the chips. Requests of an older
// generation (filter, sort or data changed since) are skipped without a query, and the model drops
// any stale result that was already under way.
class TableRowLoader : public QObject
{
    Q_OBJECT
public:
    TableRowLoader(const QString &databasePath, const QString &tableId, const UserSession &user,
                   int windowSize);
    ~TableRowLoader() override; // runs on the loader's thread (deleteLater at QThread::finished)

    // GUI thread. Starts a generation: queued requests of older generations are dropped.
    void startGeneration(quint64 generation);
    // GUI thread. `dataChanged`: rows may have moved since the last query (anchors are dropped).
    // With `firstWindow`, window 0 under that sort is fetched right after the count.
    void requestCount(quint64 generation, const TableFilter &filter, bool chipCounts, bool dataChanged,
                      const std::optional<TableSort> &firstWindow = std::nullopt);
    void requestWindow(quint64 generation, const TableFilter &filter, const TableSort &sort, int window);
    // GUI thread. Chip counts alone (when the rows need no recount).
    void requestChipCounts(quint64 generation, const TableFilter &filter);
    // GUI thread. Rows per value of `column` (an autofilter's list), after the windows; not dropped by
    // a new generation (the request carries its filter).
    void requestValueCounts(quint64 request, const TableFilter &filter, const QString &column, int limit);
    // GUI thread. The options counted with the chips from now on (TableListing::optionCounts).
    void setCountedOptions(const QVariantMap &options);
    // GUI thread. Takes back the oldest window request not yet started; -1 if none.
    int takeOldestWindowRequest();

public slots:
    void process();

signals:
    void countReady(quint64 generation, qint64 count);
    // The chip counts, then the counted options' counts.
    void chipCountsReady(quint64 generation, const QHash<QString, qint64> &counts,
                         const QHash<QString, qint64> &optionCounts);
    void windowReady(quint64 generation, int window, const QList<sd::TableRow> &rows);
    void countFailed(quint64 generation, const QString &error);
    void windowFailed(quint64 generation, int window, const QString &error);
    void valueCountsReady(quint64 request, const QString &column, const QStringList &values,
                          const QList<qint64> &counts, bool complete, const QString &error);

private:
    struct CountRequest
    {
        quint64 generation = 0;
        TableFilter filter;
        bool chipCounts = false;
        bool dataChanged = false;
        std::optional<TableSort> firstWindow;
    };
    struct ChipCountRequest
    {
        quint64 generation = 0;
        TableFilter filter;
    };
    struct WindowRequest
    {
        quint64 generation = 0;
        TableFilter filter;
        TableSort sort;
        int window = 0;
    };
    struct ValueCountRequest
    {
        quint64 request = 0;
        TableFilter filter;
        QString column;
        int limit = 0;
    };
    Result ensureListing();
    void countValues(const ValueCountRequest &request);
    void fetchWindow(quint64 generation, const TableFilter &filter, const TableSort &sort, int window);

    const QString m_path;
    const QString m_tableId;
    const UserSession m_user;
    const int m_windowSize;
    QString m_connectionName;
    bool m_open = false;
    std::unique_ptr<TableListing> m_listing;

    QAtomicInteger<quint64> m_generation{0};
    QMutex m_mutex; // guards the queues
    std::deque<CountRequest> m_counts;
    std::deque<WindowRequest> m_windows;
    std::deque<ChipCountRequest> m_chipCounts;
    std::deque<ValueCountRequest> m_valueCounts;
    QVariantMap m_countedOptions; // guarded by m_mutex
};

} // namespace sd
