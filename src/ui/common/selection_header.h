#pragma once
#include <QHeaderView>
#include <QItemSelection>
#include <QWidget>

class QTableView;

namespace sd {

// The checkbox column of a grid, as on the seller centers' order pages: a table's vertical header that
// draws a checkbox per row, checked exactly when the row is selected, and a checkbox in the corner for
// all / none. It shows the selection model and nothing else (no model column, so column ids and indices
// stay as they are for exports, the CLI and saved layouts). Painting asks the selection's ranges for
// the rows on screen only, so a Ctrl+A over a million rows costs nothing more.
// - A click on a row's checkbox toggles that row (like Ctrl+click) and makes it current without
//   changing the rest; Shift+click adds the rows from the current one to it.
// - The corner's checkbox is checked when every row is selected, partly when some are; a click selects
//   every row, or none when all were.
// Reusable by every tab's grid: installSelectionHeader(table) after the table has its model.
class SelectionHeader : public QHeaderView
{
    Q_OBJECT
public:
    explicit SelectionHeader(QTableView *table);

    void setSelectionModel(QItemSelectionModel *selectionModel) override;
    QSize sizeHint() const override;
    // Where the checkbox of `row` is drawn, in the header's viewport (tests click it).
    QRect checkboxRect(int row) const;
    bool isRowChecked(int row) const;

protected:
    void paintEvent(QPaintEvent *event) override;
    void paintSection(QPainter *painter, const QRect &rect, int logicalIndex) const override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;

private:
    QRect indicatorIn(const QRect &section) const;
    QModelIndex indexOfRow(int row) const;

    QTableView *m_table;
    QItemSelection m_painting; // the selection while one paint event draws its sections
    bool m_inPaint = false;
};

// The corner checkbox (objectName "selectAllCheck").
class SelectAllCheck : public QWidget
{
    Q_OBJECT
public:
    explicit SelectAllCheck(QTableView *table, QWidget *parent);
    Qt::CheckState checkState() const;
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void toggle();
    QTableView *m_table;
};

// Puts a SelectionHeader on `table` (shown) and the SelectAllCheck over its corner.
SelectionHeader *installSelectionHeader(QTableView *table);

// Rows in the selection, each counted once (ranges may overlap), without visiting the rows.
qint64 selectedRowCount(const QItemSelection &selection);

} // namespace sd
