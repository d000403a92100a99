#pragma once
#include <QStyledItemDelegate>

namespace sd {

// The orders grid's dispatch deadline cells, coloured from Theme (light and dark) by the row's
// OrderTableModel::DeadlineRiskRole: the 지연 위험 cell as a badge (기한 초과, 오늘 마감, 기한 임박), the
// 발송기한 date in the badge's text colour, bold when it is today or past. Set on those two columns.
class DeadlineDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace sd
