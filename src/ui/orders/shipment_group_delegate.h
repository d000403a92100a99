#pragma once
#include "ui/common/style/status_badge_delegate.h"

#include <QStyledItemDelegate>

class QTableView;

namespace sd {

// 합포장 in the orders grid: rows of one 주문번호 (OrderTableModel::ShipmentGroupRole) share a light
// shading — two shades, alternating between groups that touch — and a thin bracket at the left of the
// first visible column joins them. Colours from the theme (the accent over the table's surface), so
// both variants read. ShipmentGroupDelegate serves every column; the status column keeps its badge
// (ShipmentBadgeDelegate is a StatusBadgeDelegate that draws the group too). A column with a delegate
// of its own calls paintShading() before and paintBracket() after its cell.
class ShipmentGroupDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // The group's shading of the cell (nothing for a row alone).
    static void paintShading(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index);
    // The bracket, in the view's first visible column only.
    static void paintBracket(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index);
    // The shading of a group (flags as ShipmentGroupRole), for tests and the design page.
    static QColor shadingFor(int groupFlags);

    // Puts the delegates on `table` (an orders grid).
    static void installOn(QTableView *table);
};

class ShipmentBadgeDelegate : public StatusBadgeDelegate
{
    Q_OBJECT
public:
    using StatusBadgeDelegate::StatusBadgeDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace sd
