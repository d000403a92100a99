#include "ui/common/row_position.h"

#include <QAction>
#include <QEvent>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLocale>
#include <QScrollBar>
#include <QTableView>
#include <QTimer>

namespace sd {

RowPositionLabel::RowPositionLabel(QTableView *table, QWidget *parent) : QLabel(parent), m_table(table)
{
    setObjectName(QStringLiteral("rowPosition"));
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    setToolTip(tr("Rows in view / rows in the list (Ctrl+G: go to a row)"));
    connect(table->verticalScrollBar(), &QScrollBar::valueChanged, this, &RowPositionLabel::scheduleUpdate);
    connect(table->verticalScrollBar(), &QScrollBar::rangeChanged, this, &RowPositionLabel::scheduleUpdate);
    table->viewport()->installEventFilter(this);
    if (QAbstractItemModel *model = table->model()) {
        connect(model, &QAbstractItemModel::modelReset, this, &RowPositionLabel::scheduleUpdate);
        connect(model, &QAbstractItemModel::rowsInserted, this, &RowPositionLabel::scheduleUpdate);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &RowPositionLabel::scheduleUpdate);
        connect(model, &QAbstractItemModel::layoutChanged, this, &RowPositionLabel::scheduleUpdate);
    }
    updateText();
}

QString RowPositionLabel::positionText(int first, int last, int total)
{
    const QLocale locale;
    if (total <= 0 || first < 0 || last < first)
        return tr("%1 / %2").arg(locale.toString(0), locale.toString(qMax(total, 0)));
    return tr("%1–%2 / %3").arg(locale.toString(first + 1), locale.toString(last + 1), locale.toString(total));
}

QPair<int, int> RowPositionLabel::visibleRows(const QTableView *table)
{
    const int total = table->model() ? table->model()->rowCount() : 0;
    if (total <= 0)
        return {-1, -1};
    const int first = table->rowAt(0);
    if (first < 0)
        return {-1, -1};
    int last = table->rowAt(table->viewport()->height() - 1);
    if (last < 0)
        last = total - 1; // the rows end above the bottom of the view
    return {first, last};
}

void RowPositionLabel::updateText()
{
    m_queued = false;
    const QPair<int, int> rows = visibleRows(m_table);
    setText(positionText(rows.first, rows.second, m_table->model() ? m_table->model()->rowCount() : 0));
}

// After the view has laid itself out for the change (a reset updates the scroll bar afterwards).
void RowPositionLabel::scheduleUpdate()
{
    updateText();
    if (m_queued)
        return;
    m_queued = true;
    QTimer::singleShot(0, this, &RowPositionLabel::updateText);
}

bool RowPositionLabel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table->viewport() && event->type() == QEvent::Resize)
        scheduleUpdate();
    return QLabel::eventFilter(watched, event);
}

bool goToRow(QTableView *table, int row)
{
    QAbstractItemModel *model = table->model();
    if (!model || row < 0 || row >= model->rowCount())
        return false;
    // The first column the user sees, so the current cell is on screen.
    const QHeaderView *header = table->horizontalHeader();
    int column = 0;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical)) {
            column = logical;
            break;
        }
    }
    const QModelIndex index = model->index(row, column);
    table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                        QItemSelectionModel::Rows);
    table->scrollTo(index, QAbstractItemView::PositionAtTop);
    return true;
}

bool askGoToRow(QTableView *table)
{
    const int total = table->model() ? table->model()->rowCount() : 0;
    if (total <= 0)
        return false;
    const QModelIndex current = table->currentIndex();
    bool ok = false;
    QInputDialog dialog(table->window());
    dialog.setObjectName(QStringLiteral("goToRowDialog"));
    dialog.setWindowTitle(RowPositionLabel::tr("Go to row"));
    dialog.setLabelText(RowPositionLabel::tr("Row number (1–%1):").arg(QLocale().toString(total)));
    dialog.setInputMode(QInputDialog::IntInput);
    dialog.setIntRange(1, total);
    dialog.setIntValue(current.isValid() ? current.row() + 1 : 1);
    ok = dialog.exec() == QDialog::Accepted;
    if (!ok)
        return false;
    return goToRow(table, dialog.intValue() - 1);
}

QAction *makeGoToRowAction(QTableView *table, QObject *parent)
{
    auto *action = new QAction(RowPositionLabel::tr("&Go to row…"), parent);
    action->setObjectName(QStringLiteral("goToRowAction"));
    action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_G));
    action->setStatusTip(RowPositionLabel::tr("Scroll to a row by its number in the list"));
    QObject::connect(action, &QAction::triggered, table, [table] { askGoToRow(table); });
    return action;
}

} // namespace sd
