#include "ui/common/column_menu.h"

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QHeaderView>
#include <QMenu>

namespace sd {

void installColumnMenu(QHeaderView *header, std::function<void(QMenu *menu, int logical)> addEntries,
                       std::function<void()> reset)
{
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    QObject::connect(header, &QHeaderView::customContextMenuRequested, header,
                     [header, addEntries, reset](const QPoint &pos) {
        QAbstractItemModel *model = header->model();
        if (!model)
            return;
        QMenu menu(header);
        menu.setObjectName(QStringLiteral("columnMenu"));
        if (addEntries) {
            addEntries(&menu, header->logicalIndexAt(pos));
            if (!menu.isEmpty())
                menu.addSeparator();
        }
        const int visible = header->count() - header->hiddenSectionCount();
        for (int visual = 0; visual < header->count(); ++visual) {
            const int logical = header->logicalIndex(visual);
            QAction *action = menu.addAction(model->headerData(logical, header->orientation()).toString());
            action->setCheckable(true);
            action->setChecked(!header->isSectionHidden(logical));
            action->setEnabled(header->isSectionHidden(logical) || visible > 1);
            QObject::connect(action, &QAction::toggled, header,
                             [header, logical](bool on) { header->setSectionHidden(logical, !on); });
        }
        if (reset) {
            menu.addSeparator();
            QAction *defaults = menu.addAction(QCoreApplication::translate("sd::ColumnMenu", "Reset &columns"));
            defaults->setObjectName(QStringLiteral("resetColumnsMenuAction"));
            QObject::connect(defaults, &QAction::triggered, header, reset);
        }
        menu.exec(header->mapToGlobal(pos));
    });
}

} // namespace sd
