// The orders view's inline dispatch entry (issue 9 §2): the 택배사 and 송장번호 cells of orders awaiting
// dispatch edit drafts (models/orders/dispatch_drafts), checked by the order service as they are set;
// "선택 발송 처리" (OrderActions) dispatches the selected rows' ready drafts.
#include "models/orders/dispatch_drafts.h"
#include "models/orders/order_table_model.h"
#include "ui/orders/dispatch_cell_delegate.h"
#include "ui/orders/order_actions.h"
#include "ui/orders/orders_view.h"

#include <QTableView>

namespace sd {

void OrdersView::installDispatchEntry()
{
    // Roles that may not process orders get a read-only grid: no drafts, no editors.
    if (!m_user.can(Permission::ProcessOrders))
        return;
    m_drafts = new DispatchDrafts(*m_service, this);
    m_model->setDispatchDrafts(m_drafts);
    m_actions->setDispatchDrafts(m_drafts);
    auto *delegate = new DispatchCellDelegate(m_table);
    m_table->setItemDelegateForColumn(OrderTableModel::Courier, delegate);
    m_table->setItemDelegateForColumn(OrderTableModel::TrackingNo, delegate);
    // Only those two cells are editable (the model's flags, rows awaiting dispatch): double-click, F2,
    // or just typing.
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::AnyKeyPressed);
    connect(m_drafts, &DispatchDrafts::refused, this,
            [this](const QString &order, const QString &why) { emit message(tr("%1: %2").arg(order, why)); });
}

} // namespace sd
