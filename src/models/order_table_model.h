#pragma once
#include "core/order_filter.h"
#include "core/order_status.h"
#include "core/user_session.h"
#include "core/order_row.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>
#include <QThread>
#include <functional>
#include <optional>

namespace sd {

class BusinessCalendar;
class Clock;
class OrderRowLoader;

// The orders grid over a database of up to millions of product orders. The row count comes from
// COUNT(*); rows are loaded in windows around what the view asks for, on a worker thread with its
// own read connection, and kept in a small LRU cache. Unloaded rows show a placeholder until their
// window arrives (dataChanged for that range only). Results of an older filter, sort or refresh are
// dropped. Buyer and recipient data are masked for roles without ViewPersonalData.
class OrderTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    // Status and dates first: that is what a seller scans for in the morning.
    enum Column {
        Status,
        PaidAt,
        DispatchDue,
        Risk,
        ProductOrderNo,
        OrderNo,
        Channel,
        Product,
        Option,
        Quantity,
        Amount,
        Buyer,
        Recipient,
        Phone,
        Courier,
        TrackingNo,
        ColumnCount
    };
    enum Role {
        OrderIdRole = Qt::UserRole, // qint64 orders.id
        ProductOrderNoRole,         // QString
        StatusCodeRole,             // QString, e.g. "NEW"
        // The cell as a typed value, for spreadsheets: Quantity and Amount as qint64, PaidAt as a
        // QDateTime in Seoul time, DispatchDue as a QDate; the other columns as displayed.
        ValueRole,
    };
    static constexpr int kWindowSize = 200;
    static constexpr int kMaxCachedWindows = 50;
    static constexpr int kMaxQueuedWindows = 8;

    // `calendar` (may be null: no risk shown) and `clock` must outlive the model.
    OrderTableModel(const QString &databasePath, const UserSession &session, const BusinessCalendar *calendar,
                    const Clock &clock, QObject *parent = nullptr);
    ~OrderTableModel() override;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // Sortable columns map to OrderSort (Risk sorts by dispatch due); others are ignored.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    static bool isSortable(int column);
    static std::optional<OrderSortKey> sortKeyFor(int column);

    void setFilter(const OrderFilter &filter);
    OrderFilter filter() const { return m_filter; }
    OrderSort currentSort() const { return m_sort; }
    // After a write: reloads the count and the recently viewed windows. Rows stay in place (no
    // reset) when the count is unchanged; the reloaded ranges emit dataChanged.
    void refresh();

    // 0 / empty / nullopt when the row is not loaded. rowAt() is masked like the cells.
    qint64 orderIdAt(int row) const;
    QString productOrderNoAt(int row) const;
    std::optional<OrderRow> rowAt(int row) const;
    // For keeping a selection by order: the loaded rows as [first, last] ranges in row order, and a loaded
    // row's product order number without counting as a use of its window (the cache keeps what the view
    // uses).
    QList<QPair<int, int>> loadedRanges() const;
    QString loadedProductOrderNo(int row) const;

    bool isLoading() const;
    // Runs the event loop until nothing is loading or `ms` passed; true when idle.
    bool waitForIdle(int ms);
    // For reading the whole table (export): asks for the windows holding rows first..last, and for up to
    // `ahead` windows after them, then runs the event loop until rows first..last are loaded (woken by
    // their arrival, not by polling) or `ms` passed. True when they are loaded.
    bool waitForRows(int first, int last, int ahead, int ms);
    QHash<OrderStatus, qint64> statusCounts() const { return m_statusCounts; }
    int cachedWindowCount() const { return int(m_cache.size()); }

signals:
    void statusCountsChanged(const QHash<sd::OrderStatus, qint64> &counts);
    void loadingChanged(bool loading);
    void loadFailed(const QString &error);
    // refresh() started: rows may hold other orders from now on. Loaded rows show their old contents
    // until their window arrives again (dataChanged); the other rows are not loaded.
    void reloadStarted();

private:
    struct Window
    {
        QList<OrderRow> rows;
        mutable quint64 lastUse = 0;
    };

    const OrderRow *loadedRow(int row) const;
    // Runs the event loop until `done` or `ms` passed, woken by each arriving result; returns done().
    bool runEventsUntil(const std::function<bool()> &done, int ms);
    void requestWindow(int window) const;
    void newGeneration(bool recount, bool statusCounts, bool dataChanged);
    void updateLoading();
    void scheduleLoadingUpdate() const;
    QVariant display(const OrderRow &r, int column) const;
    OrderRow masked(const OrderRow &r) const;
    int riskOf(const OrderRow &r) const; // DeadlineRisk as int

    void onCountReady(quint64 generation, qint64 count);
    void onCountFailed(quint64 generation, const QString &error);
    void onStatusCounts(quint64 generation, const QHash<OrderStatus, qint64> &counts);
    void onWindowReady(quint64 generation, int window, const QList<OrderRow> &rows);
    void onWindowFailed(quint64 generation, int window, const QString &error);

    UserSession m_session;
    const BusinessCalendar *m_calendar;
    const Clock &m_clock;
    bool m_showPersonalData;

    QThread m_thread;
    OrderRowLoader *m_loader; // lives on m_thread, deleted there when it finishes

    OrderFilter m_filter;
    OrderSort m_sort;
    quint64 m_generation = 1;
    int m_count = 0;
    bool m_awaitingCount = false;
    bool m_resetOnCount = false;      // filter changed: reset when the count arrives
    bool m_firstWindowComing = false; // the loader fetches window 0 right after that count
    bool m_awaitingStatusCounts = false;
    QHash<OrderStatus, qint64> m_statusCounts;

    mutable QHash<int, Window> m_cache;
    mutable QSet<int> m_pending;
    mutable QSet<int> m_failed; // not retried within a generation
    mutable quint64 m_useTick = 0;
    mutable bool m_loadingUpdateQueued = false;
    bool m_loadingReported = false;
};

} // namespace sd
