#include "ui/orders/deadline_delegate.h"

#include "core/orders/dispatch_deadline.h"
#include "models/orders/order_table_model.h"
#include "ui/common/style/status_badge_delegate.h"
#include "ui/common/style/theme.h"

namespace sd {

namespace {

DeadlineRisk riskOf(const QModelIndex &index)
{
    const QVariant v = index.data(OrderTableModel::DeadlineRiskRole);
    return v.isValid() ? DeadlineRisk(v.toInt()) : DeadlineRisk::None;
}

} // namespace

void DeadlineDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const DeadlineRisk risk = riskOf(index);
    if (risk == DeadlineRisk::None || (option->state & QStyle::State_Selected))
        return;
    const QColor text = Theme::deadlineTextColour(risk);
    option->palette.setColor(QPalette::Text, text);
    if (risk == DeadlineRisk::DueToday || risk == DeadlineRisk::Overdue)
        option->font.setBold(true);
}

void DeadlineDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const DeadlineRisk risk = riskOf(index);
    if (index.column() != OrderTableModel::Risk || risk == DeadlineRisk::None) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    QStyledItemDelegate::initStyleOption(&opt, index);
    StatusBadgeDelegate::paintBadge(painter, opt, opt.text, Theme::deadlineColours(risk));
}

} // namespace sd
