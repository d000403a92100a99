#pragma once
#include <QHash>
#include <QPersistentModelIndex>
#include <QSet>
#include <QStyledItemDelegate>

class QTableView;

namespace sd {

// The inline 택배사 and 송장번호 cells of the orders grid (OrderTableModel's dispatch drafts): the courier
// edits in a combo with type-ahead over the couriers' labels in the UI language (any part of the name:
// "대한" finds CJ대한통운), the number in a line edit. Enter commits the draft and moves down to the same
// column of the next row, opening it when it takes a draft too, without changing the selection; Escape
// leaves the cell as it was. A refused draft's cell is tinted (its tooltip says why); once one is edited
// it is set and checked again on every change until its editor closes, so the tint goes as soon as the
// number is right (and Escape then keeps what was typed).
class DispatchCellDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit DispatchCellDelegate(QTableView *view);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *editorOf(QObject *watched) const;
    void commitAndMoveDown(QWidget *editor);
    void showCheck(QWidget *editor, const QModelIndex &index) const;

    QTableView *m_view;
    mutable QHash<QWidget *, QPersistentModelIndex> m_editing;
    mutable QSet<QWidget *> m_live; // editors of a draft that was refused: set on every change
};

} // namespace sd
