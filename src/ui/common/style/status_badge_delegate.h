#pragma once
#include "ui/common/style/theme.h"

#include <QStyledItemDelegate>

class QAbstractItemView;

namespace sd {

// A status cell as a coloured badge (신규주문, 발송대기, 배송중, …): a rounded fill in the status' colour
// (Theme::statusColours, keyed on the stored code) with the translated label in it. One delegate for
// every table: installOn() gives it to each column whose description's kind is `status`
// (ColumnKind::Status) in every table view of a page, so a new tab gets badges without code.
class StatusBadgeDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // Where the badge of `text` lies in a cell: left-aligned with the grid's padding, vertically centred.
    static QRect badgeRect(const QRect &cell, const QFontMetrics &metrics, const QString &text);
    // The narrowest cell that shows the badge of `text` whole (a column's default width: the widest of
    // its labels, which differ by language).
    static int cellWidthFor(const QFontMetrics &metrics, const QString &text);

    // Draws a cell (`option` after initStyleOption) as the style draws it without its text (background,
    // selection), then `text` as a badge in `colours` (the status badges, the orders' deadline badges).
    static void paintBadge(QPainter *painter, const QStyleOptionViewItem &option, const QString &text,
                           const Theme::BadgeColours &colours);

    // Installs the delegate on the status columns of `view` (its model must be a TableModel); returns
    // how many columns got it.
    static int installOn(QAbstractItemView *view);
    // The same for every table view inside `page`.
    static int installOnViewsIn(QWidget *page);
};

} // namespace sd
