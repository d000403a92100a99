#pragma once
#include <QList>
#include <QToolBar>
#include <functional>

class QAction;
class QMenu;
class QTableView;

namespace sd {

// The row of buttons above a grid with a page's day actions: each the page's own QAction (icon and
// text beside it, its tooltip and shortcut), so a button is enabled exactly when its action is, per
// selection and role, and triggers the same code. A separator action in the list is a gap.
class ActionBar : public QToolBar
{
    Q_OBJECT
public:
    explicit ActionBar(const QList<QAction *> &actions, QWidget *parent = nullptr);
    // The button of `action` (nullptr when it is not on the bar).
    QWidget *buttonFor(QAction *action) const;
};

// The grid's right-click menu with the same actions (`actions()` asked each time, so it always holds
// the bar's list). A click on a row outside the selection first makes that row the selection, as file
// managers do; a click inside keeps it. `prepare` (may be empty) runs after that and before the menu
// shows: the page brings its actions' enabled states up to date for the new selection. The menu is a
// child of the table named "rowContextMenu", shown with popup() (no nested event loop).
QMenu *installRowContextMenu(QTableView *table, std::function<QList<QAction *>()> actions,
                             std::function<void()> prepare = {});

} // namespace sd
