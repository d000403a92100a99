#include "ui/common/style/status_badge_delegate.h"

#include "models/table/table_model.h"
#include "ui/common/style/theme.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace sd {

namespace {
constexpr int kPadX = Theme::kSpaceS;   // text inside the badge
constexpr int kInset = Theme::kSpaceXs; // badge inside the cell
} // namespace

QRect StatusBadgeDelegate::badgeRect(const QRect &cell, const QFontMetrics &metrics, const QString &text)
{
    const int maxWidth = qMax(0, cell.width() - 2 * kInset);
    // +2: horizontalAdvance rounds, and elidedText would cut a text that exactly fits.
    const int width = qMin(maxWidth, metrics.horizontalAdvance(text) + 2 * kPadX + 2);
    const int height = qMin(cell.height() - 2, metrics.height() + Theme::kSpaceXs);
    return QRect(cell.left() + kInset, cell.top() + (cell.height() - height) / 2, width, height);
}

int StatusBadgeDelegate::cellWidthFor(const QFontMetrics &metrics, const QString &text)
{
    return metrics.horizontalAdvance(text) + 2 * kPadX + 2 + 2 * kInset;
}

void StatusBadgeDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                const QModelIndex &index) const
{
    const QString code = index.data(TableModel::CodeRole).toString();
    if (code.isEmpty()) { // not loaded yet ("…") or no status
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    paintBadge(painter, opt, opt.text, Theme::statusColours(code));
}

void StatusBadgeDelegate::paintBadge(QPainter *painter, const QStyleOptionViewItem &option, const QString &text,
                                     const Theme::BadgeColours &colours)
{
    QStyleOptionViewItem opt = option;
    opt.text.clear();
    // The row's background and selection as the style draws them, without the text.
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const QRect badge = badgeRect(option.rect, opt.fontMetrics, text);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QPainterPath path;
    path.addRoundedRect(QRectF(badge).adjusted(0.5, 0.5, -0.5, -0.5), Theme::kRadius * 2.5,
                        Theme::kRadius * 2.5);
    painter->fillPath(path, colours.fill);
    painter->setPen(colours.text);
    const QFont font = opt.font; // regular weight: the fill carries the emphasis, and 4 syllables fit
    painter->setFont(font);
    const QRect textRect = badge.adjusted(kPadX, 0, -kPadX, 0);
    const QFontMetrics metrics(font);
    painter->drawText(textRect, Qt::AlignCenter,
                      metrics.horizontalAdvance(text) <= textRect.width()
                          ? text
                          : metrics.elidedText(text, Qt::ElideRight, textRect.width()));
    painter->restore();
}

QSize StatusBadgeDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setWidth(size.width() + 2 * kPadX);
    return size;
}

int StatusBadgeDelegate::installOn(QAbstractItemView *view)
{
    auto *model = view ? qobject_cast<TableModel *>(view->model()) : nullptr;
    if (!model)
        return 0;
    StatusBadgeDelegate *delegate = view->findChild<StatusBadgeDelegate *>(QString(), Qt::FindDirectChildrenOnly);
    int installed = 0;
    const QList<TableColumn> &columns = model->description().columns;
    for (int c = 0; c < columns.size(); ++c) {
        if (columns.at(c).kind != ColumnKind::Status)
            continue;
        // A badge delegate the page put there (the orders grid's draws its 합포장 marker too) stays.
        if (qobject_cast<StatusBadgeDelegate *>(view->itemDelegateForColumn(c))) {
            ++installed;
            continue;
        }
        if (!delegate)
            delegate = new StatusBadgeDelegate(view);
        view->setItemDelegateForColumn(c, delegate);
        ++installed;
    }
    return installed;
}

int StatusBadgeDelegate::installOnViewsIn(QWidget *page)
{
    int installed = 0;
    const QList<QAbstractItemView *> views = page->findChildren<QAbstractItemView *>();
    for (QAbstractItemView *v : views)
        installed += installOn(v);
    return installed;
}

} // namespace sd
