#pragma once
#include "core/table/table_filter.h"

#include <QDialog>
#include <QObject>
#include <QPointer>
#include <optional>

class QCheckBox;
class QDateEdit;
class QHBoxLayout;
class QHeaderView;
class QLabel;
class QLineEdit;
class QListWidget;
class QTableView;
class QWidget;

namespace sd {

class TableModel;

// One column's autofilter, by the column's kind: a list of its values with their labels and row
// counts for code columns (status, channel, courier: the most frequent TableModel::kMaxFilterValues,
// counted on the model's loader thread), "contains" for other text, a min–max range for won and
// count columns, a date range for dates and times. OK sets the condition, "Clear" removes it.
class ColumnFilterDialog : public QDialog
{
    Q_OBJECT
public:
    ColumnFilterDialog(TableModel *model, int column, const std::optional<ColumnFilter> &current,
                       QWidget *parent = nullptr);

    int column() const { return m_column; }
    // The condition the dialog holds now; nullopt when it sets none (nothing checked, empty text).
    std::optional<ColumnFilter> filter() const;
    bool cleared() const { return m_cleared; }
    // For tests: the widgets of each kind (nullptr for the other kinds).
    QListWidget *valueList() const { return m_values; }
    QLineEdit *textEdit() const { return m_text; }
    QLineEdit *minEdit() const { return m_min; }
    QLineEdit *maxEdit() const { return m_max; }
    bool valuesLoaded() const { return m_loaded; }

    // Code columns: the column has value labels or is a status.
    static bool listsValues(const TableModel &model, int column);

private:
    void onValueCounts(quint64 request, int column, const QStringList &values, const QList<qint64> &counts,
                       bool complete, const QString &error);

    TableModel *m_model;
    int m_column;
    std::optional<ColumnFilter> m_current;
    quint64 m_request = 0;
    bool m_loaded = false;
    bool m_cleared = false;
    QLabel *m_note = nullptr;
    QListWidget *m_values = nullptr;
    QLineEdit *m_text = nullptr;
    QLineEdit *m_min = nullptr;
    QLineEdit *m_max = nullptr;
    QCheckBox *m_fromOn = nullptr;
    QCheckBox *m_toOn = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
};

// What a TableModel grid's header does, for any table (orders, the audit log, every later tab):
// - Sorting by a click on any column the model sorts (TableModel::isSortableColumn); the indicator
//   moves when the sorted rows arrive (TableModel::sortShown), and the viewport shows a busy cursor
//   until then (a rank sort of a million rows takes about a second).
// - The header's context menu (installColumnMenu) gets "Filter…" for the section under the cursor,
//   enabled when the model may filter it (read by SQL, not masked for the role).
// - The column filters go to the model (TableModel::setColumnFilters, AND with the view's own filter)
//   and show as removable chips in chipRow(): "상품명: 티셔츠 ×"; a click on a chip removes it.
class TableHeaderControl : public QObject
{
    Q_OBJECT
public:
    // `resetColumns`, when given, ends the header's column menu with "Reset columns" (installColumnMenu).
    TableHeaderControl(QTableView *table, TableModel *model, QObject *parent = nullptr,
                       std::function<void()> resetColumns = {});

    // The chip row, for the view's layout (hidden while no column is filtered).
    QWidget *chipRow() const { return m_chipRow; }
    // Opens the filter dialog of a column (what the menu entry does); nullptr when it cannot filter.
    ColumnFilterDialog *openFilter(int column);
    // Sets or removes (nullopt) the condition on a column.
    void setColumnFilter(int column, const std::optional<ColumnFilter> &filter);
    void clearFilters();
    // A short text for a chip: "label: what".
    QString chipText(const ColumnFilter &filter) const;
    // Puts the sort indicator on the model's shown sort (after a layout restore).
    void syncIndicator();

private:
    void onSectionClicked(int logical);
    void onSortShown();
    void rebuildChips();

    QTableView *m_table;
    TableModel *m_model;
    QWidget *m_chipRow;
    QHBoxLayout *m_chipLayout;
    int m_requestedColumn = -1; // the view column clicked for the sort under way
    bool m_sortPending = false;
    QPointer<ColumnFilterDialog> m_dialog;
};

} // namespace sd
