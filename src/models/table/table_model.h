#pragma once
#include "core/access/user_session.h"
#include "core/table/table_description.h"
#include "core/table/table_filter.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>
#include <QThread>
#include <functional>
#include <optional>

namespace sd {

class TableRowLoader;

// A big table (up to millions of rows) as a plain QAbstractTableModel, driven by its description.
// The row count comes from COUNT(*) (or a count the table keeps); rows are loaded in windows of
// kWindowSize around what the view asks for, on a worker thread with its own read connection,
// through the listing service (permission, masking per role), and kept in an LRU cache of
// kMaxCachedWindows windows. Unloaded rows show a placeholder until their window arrives (one
// dataChanged for that range). Every filter, sort or refresh starts a new generation: queued
// requests of older ones are skipped and their late results dropped.
//
// Usable as is for any description (the audit log); a table with more to show (the orders' risk
// column) derives and overrides cellData().
class TableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role {
        IdRole = Qt::UserRole, // qint64: the row's id
        // The cell as a typed value, for spreadsheets: Won and Count as qint64, DateTime as a QDateTime
        // in Seoul time, Date as a QDate; the other columns as displayed.
        ValueRole,
        CodeRole,                        // the cell as stored (a status code, epoch ms), masked
        FirstOwnRole = Qt::UserRole + 16 // a derived model's roles start here
    };
    static constexpr int kWindowSize = 200;
    static constexpr int kMaxCachedWindows = 50;
    static constexpr int kMaxQueuedWindows = 8;
    static constexpr int kMaxFilterValues = 200; // values listed by an autofilter (valueCounts)

    // `table` must outlive the model (descriptions are static).
    TableModel(const QString &databasePath, const TableDescription &table, const UserSession &session,
               QObject *parent = nullptr);
    ~TableModel() override;

    const TableDescription &description() const { return m_table; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // Sorts by the column's sort column (sortColumnFor); columns that cannot sort are ignored. A column
    // with a sort index pages on it; any other column read by SQL sorts by a rank of the filtered
    // rows built on the loader's thread (about a second on a million rows): the rows on screen stay
    // until the sorted ones arrive, then sortShown() says so (a header's indicator follows that).
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    bool isSortableColumn(int column) const { return sortColumnFor(column).has_value(); }
    std::optional<QString> sortColumnOf(int column) const { return sortColumnFor(column); }

    // The filter is the face's own (chips, search, the filter bar) AND the column filters (a
    // header's autofilter, ui/common/column_filters): tableFilter() is both, what the rows, the
    // count, the chips and exports read.
    void setTableFilter(const TableFilter &filter);
    TableFilter tableFilter() const { return m_filter; }
    TableFilter baseFilter() const { return m_baseFilter; }
    void setColumnFilters(const QList<ColumnFilter> &filters);
    QList<ColumnFilter> columnFilters() const { return m_columnFilters; }
    // The column is read by SQL and the role sees it unmasked (a masked column is never filtered:
    // the listing refuses it too).
    bool canFilterColumn(int column) const;
    // Asks the loader for the rows per value of `column` under the current filter (its own
    // conditions ignored), the most frequent kMaxFilterValues first; valueCountsReady answers with
    // the returned request number.
    quint64 requestValueCounts(int column);
    void setTableSort(const TableSort &sort);
    TableSort tableSort() const { return m_sort; }
    TableSort shownSort() const { return m_shownSort; } // the sort of the rows on screen
    // After a write: reloads the count and the recently viewed windows. Rows stay in place (no
    // reset) when the count is unchanged; the reloaded ranges emit dataChanged.
    void refresh();

    // nullptr / 0 when the row is not loaded. Rows are masked for the role.
    const TableRow *tableRowAt(int row) const;
    qint64 rowIdAt(int row) const;
    // For keeping a selection by id: the loaded rows as [first, last] ranges in row order, and a
    // loaded row without counting as a use of its window (the cache keeps what the view uses).
    QList<QPair<int, int>> loadedRanges() const;
    const TableRow *peekRow(int row) const;
    // A cell of `row` (a loaded row, or one the listing service gave for this table, masked for the
    // role) as data() shows it for `role`: Ctrl+C reads rows beyond the loaded windows through this.
    QVariant cellOf(const TableRow &row, int column, int role) const { return cellData(row, column, role); }

    bool isLoading() const;
    // Runs the event loop until nothing is loading or `ms` passed; true when idle.
    bool waitForIdle(int ms);
    // For reading the whole table (export): asks for the windows holding rows first..last, and for up to
    // `ahead` windows after them, then runs the event loop until rows first..last are loaded (woken by
    // their arrival, not by polling) or `ms` passed. True when they are loaded.
    bool waitForRows(int first, int last, int ahead, int ms);
    // Rows per value of the description's chip column (empty when it has none).
    QHash<QString, qint64> chipCounts() const { return m_chipCounts; }
    // Filter options counted with the chips, each alone (id → value; the description's chipOptions:
    // orders' 지연 위험 and deadline counters), under the filter without the chip column and the chip
    // options, refreshed with the chips; their counts by option id.
    void setCountedOptions(const QVariantMap &options);
    QVariantMap countedOptions() const { return m_countedOptions; }
    QHash<QString, qint64> optionCounts() const { return m_optionCounts; }
    // The filter the chips and counted options are counted under.
    TableFilter chipFilter(const TableFilter &filter) const;
    int cachedWindowCount() const { return int(m_cache.size()); }

    // A cell as the generic engine shows it, by the column's kind (for derived models and faces).
    static QVariant displayValue(const TableColumn &column, const QVariant &stored);
    static QVariant typedValue(const TableColumn &column, const QVariant &stored);

signals:
    void chipCountsChanged(const QHash<QString, qint64> &counts);
    void optionCountsChanged(const QHash<QString, qint64> &counts);
    void loadingChanged(bool loading);
    void loadFailed(const QString &error);
    // refresh() started: rows may hold other rows from now on. Loaded rows show their old contents
    // until their window arrives again (dataChanged); the other rows are not loaded.
    void reloadStarted();
    // The rows on screen are now in this order (after setTableSort, when they arrived; after a
    // failure, the order they still have).
    void sortShown(const sd::TableSort &sort);
    void columnFiltersChanged();
    // The answer to requestValueCounts: values as stored (a null QString for empty cells), their row
    // counts; `complete` when no value was left out; `error` set on failure.
    void valueCountsReady(quint64 request, int column, const QStringList &values, const QList<qint64> &counts,
                          bool complete, const QString &error);

protected:
    // The sort column of a view column: by default the column itself when its description sorts it.
    virtual std::optional<QString> sortColumnFor(int column) const;
    // One loaded cell; derived models add roles and columns and call this for the rest.
    virtual QVariant cellData(const TableRow &row, int column, int role) const;
    // An unloaded cell (the placeholder, its alignment).
    virtual QVariant placeholderData(int column, int role) const;
    // Called on the GUI thread when chip counts arrive, before chipCountsChanged.
    virtual void chipCountsArrived(const QHash<QString, qint64> &counts);
    // The same for the counted options' counts, before optionCountsChanged.
    virtual void optionCountsArrived(const QHash<QString, qint64> &counts);

private:
    struct Window
    {
        QList<TableRow> rows;
        mutable quint64 lastUse = 0;
    };

    // Runs the event loop until `done` or `ms` passed, woken by each arriving result; returns done().
    bool runEventsUntil(const std::function<bool()> &done, int ms);
    void requestWindow(int window) const;
    void newGeneration(bool recount, bool chipCounts, bool dataChanged);
    void updateLoading();
    void scheduleLoadingUpdate() const;
    bool hasChips() const { return !m_table.chipColumn.isEmpty(); }

    void onCountReady(quint64 generation, qint64 count);
    void onCountFailed(quint64 generation, const QString &error);
    void onChipCounts(quint64 generation, const QHash<QString, qint64> &counts,
                      const QHash<QString, qint64> &optionCounts);
    void onWindowReady(quint64 generation, int window, const QList<TableRow> &rows);
    void onWindowFailed(quint64 generation, int window, const QString &error);
    void applyFilter();
    void showSort(const TableSort &sort);

    const TableDescription &m_table;
    UserSession m_session;

    QThread m_thread;
    TableRowLoader *m_loader; // lives on m_thread, deleted there when it finishes

    TableFilter m_filter; // m_baseFilter AND m_columnFilters
    TableFilter m_baseFilter;
    QList<ColumnFilter> m_columnFilters;
    TableSort m_sort;
    TableSort m_shownSort;
    quint64 m_valueRequest = 0;
    quint64 m_generation = 1;
    int m_count = 0;
    bool m_awaitingCount = false;
    bool m_resetOnCount = false;      // filter changed: reset when the count arrives
    bool m_firstWindowComing = false; // the loader fetches window 0 right after that count
    bool m_awaitingChipCounts = false;
    QHash<QString, qint64> m_chipCounts;
    QVariantMap m_countedOptions;
    QHash<QString, qint64> m_optionCounts;

    mutable QHash<int, Window> m_cache;
    mutable QSet<int> m_pending;
    mutable QSet<int> m_failed; // not retried within a generation
    mutable quint64 m_useTick = 0;
    mutable bool m_loadingUpdateQueued = false;
    bool m_loadingReported = false;
};

} // namespace sd
