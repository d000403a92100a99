#include "ui/orders/selection_keeper.h"

#include "models/orders/order_table_model.h"

#include <QItemSelectionModel>
#include <algorithm>
#include <climits>
#include <iterator>

namespace sd {

namespace {

qint64 rowsIn(const QItemSelection &selection)
{
    qint64 n = 0;
    for (const QItemSelectionRange &range : selection)
        n += range.height();
    return n;
}

constexpr auto kRows = QItemSelectionModel::Rows;

} // namespace

// --- RowRanges --------------------------------------------------------------------------------

void SelectionKeeper::RowRanges::add(int first, int last)
{
    if (first > last)
        return;
    auto it = m_ranges.upper_bound(first);
    if (it != m_ranges.begin()) {
        const auto prev = std::prev(it);
        if (prev->second >= first - 1) {
            first = prev->first;
            last = std::max(last, prev->second);
            it = m_ranges.erase(prev);
        }
    }
    while (it != m_ranges.end() && it->first <= last + 1) {
        last = std::max(last, it->second);
        it = m_ranges.erase(it);
    }
    m_ranges.emplace(first, last);
}

void SelectionKeeper::RowRanges::remove(int first, int last)
{
    if (first > last || m_ranges.empty())
        return;
    auto it = m_ranges.upper_bound(first);
    if (it != m_ranges.begin())
        --it;
    while (it != m_ranges.end() && it->first <= last) {
        const int a = it->first;
        const int b = it->second;
        if (b < first) {
            ++it;
            continue;
        }
        it = m_ranges.erase(it);
        if (a < first)
            m_ranges.emplace(a, first - 1);
        if (b > last) {
            m_ranges.emplace(last + 1, b);
            break;
        }
    }
}

bool SelectionKeeper::RowRanges::contains(int row) const
{
    auto it = m_ranges.upper_bound(row);
    if (it == m_ranges.begin())
        return false;
    return std::prev(it)->second >= row;
}

// --- SelectionKeeper --------------------------------------------------------------------------

SelectionKeeper::SelectionKeeper(OrderTableModel *model, QObject *parent)
    : QObject(parent), m_model(model), m_filter(model->filter())
{
    // Before the selection model and the view hear them (see the header).
    connect(model, &QAbstractItemModel::modelAboutToBeReset, this, &SelectionKeeper::aboutToReset);
    connect(model, &QAbstractItemModel::rowsAboutToBeRemoved, this, &SelectionKeeper::beginModelChange);
    connect(model, &QAbstractItemModel::rowsAboutToBeInserted, this, &SelectionKeeper::beginModelChange);
}

void SelectionKeeper::attach(QItemSelectionModel *selection)
{
    m_selection = selection;
    connect(selection, &QItemSelectionModel::selectionChanged, this,
            [this](const QItemSelection &selected, const QItemSelection &deselected) {
                if (m_modelChanging == 0 && m_applying == 0)
                    userSelectionChanged(selected, deselected);
            });
    connect(selection, &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
        if (m_modelChanging == 0 && m_applying == 0)
            userCurrentChanged(current);
    });
    // After the selection model and the view have done their part.
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        endModelChange();
        m_filter = m_model->filter();
        rowsMoved();
    });
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, [this](const QModelIndex &, int first, int) {
        endModelChange();
        // Rows go away at the end only (the count shrank); their orders may show up elsewhere.
        for (auto it = m_rowIds.begin(); it != m_rowIds.end();)
            it = it.key() >= first ? m_rowIds.erase(it) : std::next(it);
        m_unresolved.remove(first, INT_MAX);
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first, int last) {
                endModelChange();
                rowsInserted(first, last);
            });
    connect(m_model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                rowsArrived(topLeft.row(), bottomRight.row());
            });
    connect(m_model, &OrderTableModel::reloadStarted, this, &SelectionKeeper::rowsMoved);
}

QString SelectionKeeper::idAt(int row) const
{
    return m_model->loadedProductOrderNo(row);
}

bool SelectionKeeper::fullyLoaded() const
{
    qint64 loaded = 0;
    const QList<QPair<int, int>> ranges = m_model->loadedRanges();
    for (const auto &r : ranges)
        loaded += r.second - r.first + 1;
    return loaded >= m_model->rowCount();
}

QItemSelection SelectionKeeper::rowRange(int first, int last) const
{
    return QItemSelection(m_model->index(first, 0), m_model->index(last, OrderTableModel::ColumnCount - 1));
}

void SelectionKeeper::beginModelChange()
{
    ++m_modelChanging;
}

void SelectionKeeper::endModelChange()
{
    m_modelChanging = std::max(0, m_modelChanging - 1);
}

void SelectionKeeper::userSelectionChanged(const QItemSelection &selected, const QItemSelection &deselected)
{
    const QItemSelection now = m_selection->selection();
    const qint64 count = rowsIn(now);
    const int n = m_model->rowCount();
    if (n > 0 && count >= n && !fullyLoaded()) {
        // Every row of a big table (Ctrl+A): kept as one range, not as ids.
        m_all = true;
        m_ids.clear();
        m_rowIds.clear();
        m_unresolved.clear();
        return;
    }
    if (m_all || count - rowsIn(selected) <= 0) {
        // Nothing of the previous selection is left (a plain click), or "all" ended: start from what is
        // selected now; selected orders not on screen are forgotten.
        m_all = false;
        m_ids.clear();
        m_rowIds.clear();
        m_unresolved.clear();
        addRows(now);
        return;
    }
    removeRows(deselected);
    addRows(selected);
}

void SelectionKeeper::addRows(const QItemSelection &selection)
{
    for (const QItemSelectionRange &range : selection) {
        for (int row = range.top(); row <= range.bottom();) {
            const int windowEnd = std::min(
                range.bottom(), (row / OrderTableModel::kWindowSize + 1) * OrderTableModel::kWindowSize - 1);
            if (idAt(row).isEmpty() && idAt(windowEnd).isEmpty()) {
                m_unresolved.add(row, windowEnd); // a window not loaded
                row = windowEnd + 1;
                continue;
            }
            for (; row <= windowEnd; ++row) {
                const QString id = idAt(row);
                if (id.isEmpty()) {
                    m_unresolved.add(row, row);
                } else {
                    m_ids.insert(id);
                    m_rowIds.insert(row, id);
                }
            }
        }
    }
}

void SelectionKeeper::removeRows(const QItemSelection &selection)
{
    for (const QItemSelectionRange &range : selection) {
        m_unresolved.remove(range.top(), range.bottom());
        for (int row = range.top(); row <= range.bottom();) {
            const int windowEnd = std::min(
                range.bottom(), (row / OrderTableModel::kWindowSize + 1) * OrderTableModel::kWindowSize - 1);
            if (m_rowIds.isEmpty() && idAt(row).isEmpty() && idAt(windowEnd).isEmpty()) {
                row = windowEnd + 1;
                continue;
            }
            for (; row <= windowEnd; ++row) {
                QString id = m_rowIds.take(row);
                if (id.isEmpty())
                    id = idAt(row);
                if (!id.isEmpty())
                    m_ids.remove(id);
            }
        }
    }
}

void SelectionKeeper::userCurrentChanged(const QModelIndex &current)
{
    if (!current.isValid()) {
        m_currentId.clear();
        return;
    }
    const QString id = idAt(current.row());
    m_currentId = id.isEmpty() ? m_rowIds.value(current.row()) : id;
}

void SelectionKeeper::aboutToReset()
{
    beginModelChange();
    if (m_model->filter() == m_filter)
        return; // a new sort: the same orders in another order
    // Other orders will be shown: keep the selected orders that are on screen now, where they still match.
    if (m_all) {
        m_all = false;
        m_ids.clear();
        const QList<QPair<int, int>> ranges = m_model->loadedRanges();
        for (const auto &r : ranges) {
            for (int row = r.first; row <= r.second; ++row)
                m_ids.insert(idAt(row));
        }
        return;
    }
    QSet<QString> shown;
    for (auto it = m_rowIds.cbegin(); it != m_rowIds.cend(); ++it)
        shown.insert(it.value());
    m_ids = shown;
}

void SelectionKeeper::rowsMoved()
{
    m_rowIds.clear();
    m_unresolved.clear();
    if (!m_selection)
        return;
    const int n = m_model->rowCount();
    QItemSelection want;
    if (m_all) {
        if (n > 0)
            want = rowRange(0, n - 1);
    } else if (!m_ids.isEmpty()) {
        const QList<QPair<int, int>> ranges = m_model->loadedRanges();
        for (const auto &r : ranges) {
            int start = -1;
            for (int row = r.first; row <= r.second + 1; ++row) {
                const QString id = row <= r.second ? idAt(row) : QString();
                const bool take = !id.isEmpty() && m_ids.contains(id);
                if (take) {
                    m_rowIds.insert(row, id);
                    if (start < 0)
                        start = row;
                } else if (start >= 0) {
                    want.append(rowRange(start, row - 1).first());
                    start = -1;
                }
            }
        }
    }
    ++m_applying;
    m_selection->select(want, QItemSelectionModel::ClearAndSelect | kRows);
    --m_applying;
    restoreCurrent(0, n - 1);
}

void SelectionKeeper::rowsArrived(int first, int last)
{
    if (!m_selection || m_modelChanging > 0)
        return;
    last = std::min(last, m_model->rowCount() - 1);
    if (m_all) {
        restoreCurrent(first, last);
        return;
    }
    QItemSelection select, deselect;
    int start = -1;
    bool selecting = false;
    auto flush = [&](int end) {
        if (start >= 0)
            (selecting ? select : deselect).append(rowRange(start, end).first());
        start = -1;
    };
    for (int row = first; row <= last; ++row) {
        const QString id = idAt(row);
        if (id.isEmpty()) {
            flush(row - 1);
            continue;
        }
        bool want = m_ids.contains(id);
        if (!want && m_unresolved.contains(row)) {
            // Selected before its window was loaded, in this row order: now it has an order.
            m_ids.insert(id);
            m_unresolved.remove(row, row);
            want = true;
        }
        if (want)
            m_rowIds.insert(row, id);
        else
            m_rowIds.remove(row);
        const bool change = want != m_selection->isRowSelected(row, QModelIndex());
        if (!change || (start >= 0 && selecting != want))
            flush(row - 1);
        if (change && start < 0) {
            start = row;
            selecting = want;
        }
    }
    flush(last);
    if (!select.isEmpty() || !deselect.isEmpty()) {
        ++m_applying;
        if (!deselect.isEmpty())
            m_selection->select(deselect, QItemSelectionModel::Deselect | kRows);
        if (!select.isEmpty())
            m_selection->select(select, QItemSelectionModel::Select | kRows);
        --m_applying;
    }
    restoreCurrent(first, last);
}

void SelectionKeeper::rowsInserted(int first, int last)
{
    if (!m_all || !m_selection)
        return;
    ++m_applying;
    m_selection->select(rowRange(first, last), QItemSelectionModel::Select | kRows);
    --m_applying;
}

void SelectionKeeper::restoreCurrent(int first, int last)
{
    if (m_currentId.isEmpty() || !m_selection || first > last)
        return;
    const QModelIndex current = m_selection->currentIndex();
    if (current.isValid() && idAt(current.row()) == m_currentId)
        return;
    // The status column (first in every default layout): a current cell far right, such as the product
    // order number, would scroll the grid sideways when the view follows it.
    const int column = current.isValid() ? current.column() : int(OrderTableModel::Status);
    const QList<QPair<int, int>> ranges = m_model->loadedRanges();
    for (const auto &r : ranges) {
        for (int row = std::max(first, r.first); row <= std::min(last, r.second); ++row) {
            if (idAt(row) == m_currentId) {
                ++m_applying;
                m_selection->setCurrentIndex(m_model->index(row, column), QItemSelectionModel::NoUpdate);
                --m_applying;
                return;
            }
        }
    }
    // The current row shows another order now: no row is current until the order shows up again.
    if (current.isValid() && !idAt(current.row()).isEmpty()) {
        ++m_applying;
        m_selection->setCurrentIndex(QModelIndex(), QItemSelectionModel::NoUpdate);
        --m_applying;
    }
}

} // namespace sd
