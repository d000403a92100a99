#include "ui/common/action_bar.h"

#include "ui/common/style/icon_set.h"
#include "ui/common/style/theme.h"

#include <QAction>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QMenu>
#include <QTableView>

namespace sd {

ActionBar::ActionBar(const QList<QAction *> &actions, QWidget *parent) : QToolBar(parent)
{
    setObjectName(QStringLiteral("actionBar"));
    setMovable(false);
    setFloatable(false);
    setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    setIconSize(QSize(Theme::kIconSize, Theme::kIconSize));
    IconSet::decorate(actions);
    addActions(actions);
}

QWidget *ActionBar::buttonFor(QAction *action) const
{
    return widgetForAction(action);
}

QMenu *installRowContextMenu(QTableView *table, std::function<QList<QAction *>()> actions,
                             std::function<void()> prepare)
{
    auto *menu = new QMenu(table);
    menu->setObjectName(QStringLiteral("rowContextMenu"));
    table->setContextMenuPolicy(Qt::CustomContextMenu);
    QObject::connect(table, &QWidget::customContextMenuRequested, table,
                     [table, menu, actions = std::move(actions), prepare = std::move(prepare)](const QPoint &pos) {
                         // `pos` is in the viewport's coordinates (QAbstractScrollArea).
                         const QModelIndex index = table->indexAt(pos);
                         QItemSelectionModel *selection = table->selectionModel();
                         if (index.isValid() && selection && !selection->isRowSelected(index.row(), QModelIndex()))
                             selection->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                                   QItemSelectionModel::Rows);
                         if (prepare)
                             prepare();
                         menu->clear();
                         const QList<QAction *> list = actions();
                         IconSet::decorate(list);
                         menu->addActions(list);
                         if (!menu->isEmpty())
                             menu->popup(table->viewport()->mapToGlobal(pos));
                     });
    return menu;
}

} // namespace sd
