#include "ui/orders/shipment_group_delegate.h"

#include "models/orders/order_table_model.h"
#include "ui/common/style/theme.h"

#include <QHeaderView>
#include <QPainter>
#include <QTableView>

namespace sd {

namespace {

QColor mixed(const QColor &base, const QColor &over, double amount)
{
    return QColor::fromRgbF(float(base.redF() + (over.redF() - base.redF()) * amount),
                            float(base.greenF() + (over.greenF() - base.greenF()) * amount),
                            float(base.blueF() + (over.blueF() - base.blueF()) * amount));
}

bool isFirstVisibleColumn(const QStyleOptionViewItem &option, const QModelIndex &index)
{
    const auto *view = qobject_cast<const QTableView *>(option.widget);
    if (!view)
        return index.column() == 0;
    const QHeaderView *header = view->horizontalHeader();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            return logical == index.column();
    }
    return false;
}

} // namespace

QColor ShipmentGroupDelegate::shadingFor(int flags)
{
    if (!(flags & OrderTableModel::InGroup))
        return {};
    const Theme::Colours c = Theme::colours();
    const bool dark = Theme::variant() == Theme::Variant::Dark;
    const double amount = (flags & OrderTableModel::GroupOdd) ? (dark ? 0.26 : 0.16) : (dark ? 0.16 : 0.08);
    return mixed(c.surface, c.accent, amount);
}

void ShipmentGroupDelegate::paintShading(QPainter *painter, const QStyleOptionViewItem &option,
                                         const QModelIndex &index)
{
    const QColor shade = shadingFor(index.data(OrderTableModel::ShipmentGroupRole).toInt());
    if (shade.isValid())
        painter->fillRect(option.rect, shade);
}

void ShipmentGroupDelegate::paintBracket(QPainter *painter, const QStyleOptionViewItem &option,
                                         const QModelIndex &index)
{
    const int flags = index.data(OrderTableModel::ShipmentGroupRole).toInt();
    if (!(flags & OrderTableModel::InGroup) || !isFirstVisibleColumn(option, index))
        return;
    const QRect r = option.rect;
    const int x = r.left() + 1;
    const int top = (flags & OrderTableModel::GroupFirst) ? r.top() + 4 : r.top();
    const int bottom = (flags & OrderTableModel::GroupLast) ? r.bottom() - 4 : r.bottom() + 1;
    painter->save();
    const QColor accent = Theme::colours().accent;
    painter->fillRect(QRect(x, top, 2, bottom - top), accent);
    if (flags & OrderTableModel::GroupFirst)
        painter->fillRect(QRect(x, top, 5, 2), accent);
    if (flags & OrderTableModel::GroupLast)
        painter->fillRect(QRect(x, bottom - 2, 5, 2), accent);
    painter->restore();
}

void ShipmentGroupDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                  const QModelIndex &index) const
{
    paintShading(painter, option, index);
    QStyledItemDelegate::paint(painter, option, index);
    paintBracket(painter, option, index);
}

void ShipmentBadgeDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                  const QModelIndex &index) const
{
    ShipmentGroupDelegate::paintShading(painter, option, index);
    StatusBadgeDelegate::paint(painter, option, index);
    ShipmentGroupDelegate::paintBracket(painter, option, index);
}

void ShipmentGroupDelegate::installOn(QTableView *table)
{
    table->setItemDelegate(new ShipmentGroupDelegate(table));
    table->setItemDelegateForColumn(OrderTableModel::Status, new ShipmentBadgeDelegate(table));
}

} // namespace sd
