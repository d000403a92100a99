#pragma once
#include "core/orders/order_filter.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QString>
#include <map>

class QItemSelection;
class QItemSelectionModel;
class QModelIndex;

namespace sd {

class OrderTableModel;

// Keeps the orders table's selection on orders (상품주문번호), never on row positions: after an action,
// a refresh, a sort, a filter or a reset, the selected rows are exactly the selected orders that are
// still in the view, and the current order stays current. Rows load in windows, so a selected order
// whose window is not loaded is selected again when its window arrives (by id); a row whose order was
// not selected is never selected.
//
// - A selection of every row of a table that is not fully loaded (Ctrl+A on a big table) is kept as one
//   whole range across refreshes and sorts, never as a million ids. A filter change ends it: the orders
//   loaded at that moment stay selected where they still match.
// - Selected rows whose window was never loaded have no known order: they stay selected until the rows
//   move (refresh, sort, filter), then they are dropped.
// - Selected orders that are not on screen stay selected until the filter changes or the user starts a
//   new selection (a click without Ctrl).
//
// Create the keeper before the view gets the model and attach the view's selection model after: the
// keeper must hear the model's "about to" signals before, and the completed changes after, the
// selection model and the view.
class SelectionKeeper : public QObject
{
    Q_OBJECT
public:
    explicit SelectionKeeper(OrderTableModel *model, QObject *parent = nullptr);
    void attach(QItemSelectionModel *selection);

    bool allSelected() const { return m_all; }
    // The selected orders known by id (not those of rows never loaded; empty while allSelected()).
    QSet<QString> selectedIds() const { return m_ids; }
    QString currentId() const { return m_currentId; }

private:
    // Row ranges [first, last] of the current row order, for selected rows whose order is not known.
    class RowRanges
    {
    public:
        void add(int first, int last);
        void remove(int first, int last);
        bool contains(int row) const;
        bool isEmpty() const { return m_ranges.empty(); }
        void clear() { m_ranges.clear(); }
        const std::map<int, int> &ranges() const { return m_ranges; }

    private:
        std::map<int, int> m_ranges; // first -> last, disjoint
    };

    void userSelectionChanged(const QItemSelection &selected, const QItemSelection &deselected);
    void userCurrentChanged(const QModelIndex &current);
    void addRows(const QItemSelection &selection);
    void removeRows(const QItemSelection &selection);
    void beginModelChange();
    void endModelChange();
    void aboutToReset();
    // The rows moved (refresh, sort, filter, reset): select the loaded rows by id, deselect the rest.
    void rowsMoved();
    // Rows first..last arrived: select or deselect them by id.
    void rowsArrived(int first, int last);
    void rowsInserted(int first, int last);
    void restoreCurrent(int first, int last);
    QItemSelection rowRange(int first, int last) const;
    QString idAt(int row) const;
    bool fullyLoaded() const;

    OrderTableModel *m_model;
    QItemSelectionModel *m_selection = nullptr;
    int m_modelChanging = 0; // inside a model change: selection signals are not the user's choice
    int m_applying = 0;      // our own changes
    bool m_all = false;
    OrderFilter m_filter; // of the current row order
    QSet<QString> m_ids;
    QHash<int, QString> m_rowIds; // selected rows of the current row order whose order is known
    RowRanges m_unresolved;       // selected rows of the current row order not loaded when selected
    QString m_currentId;
};

} // namespace sd
