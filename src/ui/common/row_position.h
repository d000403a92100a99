#pragma once
#include <QLabel>

class QAction;
class QTableView;

namespace sd {

// Where a grid is (generic, for every grid): "1,201–1,240 / 57,826", the rows in view and the total,
// with the locale's separators; updated on scroll, resize and whenever the model's rows change (a
// reload, a filter). Empty rows: "0 / 0".
class RowPositionLabel : public QLabel
{
    Q_OBJECT
public:
    explicit RowPositionLabel(QTableView *table, QWidget *parent = nullptr);

    // The readout of rows first..last (0-based, -1 when none) of `total`.
    static QString positionText(int first, int last, int total);
    // The rows in view now (first, last; -1, -1 when none).
    static QPair<int, int> visibleRows(const QTableView *table);

    void updateText();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void scheduleUpdate();

    QTableView *m_table;
    bool m_queued = false;
};

// Makes row `row` (0-based) current and the selection, at the top of the view where the end allows;
// the windowed model loads it as the view asks for it. False when there is no such row.
bool goToRow(QTableView *table, int row);
// 이동 › 행으로 이동 (Ctrl+G): asks for a row number (1 … rows) and goes there. False when cancelled.
bool askGoToRow(QTableView *table);
// The action (Ctrl+G, "goToRowAction") for a page's menu, asking for `table`.
QAction *makeGoToRowAction(QTableView *table, QObject *parent);

} // namespace sd
