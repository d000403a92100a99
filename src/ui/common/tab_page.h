#pragma once
#include "core/access/change_area.h"
#include "core/access/user_session.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QWidget>
#include <functional>

class QAction;

namespace sd {

class Workspace;

// One tab of the main window. A page describes itself; the host (MainWindow) shows its title, puts its
// actions into the menus and the toolbar while it is the current tab (and takes them out when it is not,
// so two pages may use the same shortcut), refreshes it when the store changes in one of its areas (our
// own commits and other programs' alike), and saves its layout per user.
class TabPage : public QWidget
{
    Q_OBJECT
public:
    using QWidget::QWidget;

    // Stable id: the key of the saved layout ("orders", "audit").
    virtual QString pageId() const = 0;
    virtual QString title() const = 0; // translated
    // The changes that make this page refresh (ChangeArea::Orders for the orders grid).
    virtual ChangeAreas refreshOn() const = 0;
    // Reload what is shown, keeping the selection, the current row and the scroll position.
    virtual void refresh() = 0;

    // While current: the page's own menu (between 파일 and 보기), its toolbar, and its entries at the
    // top of 파일 (import, export) and 보기 (panes, columns).
    virtual QString menuTitle() const { return {}; }
    virtual QList<QAction *> menuActions() const { return {}; }
    virtual QList<QAction *> toolbarActions() const { return {}; }
    virtual QList<QAction *> fileActions() const { return {}; }
    virtual QList<QAction *> viewActions() const { return {}; }

    // Column widths, splitters and the like, saved per user by the host.
    virtual QByteArray saveLayout() const { return {}; }
    virtual void restoreLayout(const QByteArray &) {}
    // Where the keyboard goes when the page becomes current.
    virtual void focusContent() { setFocus(); }

signals:
    // A write succeeded: for the status bar ("last saved").
    void saved(const QString &message);
    void message(const QString &message);
};

// A tab the main window may host: who sees it and how to make it. The list is in ui/tabs.cpp, one line
// per tab, in the order they show.
struct TabRegistration
{
    QString id;
    std::function<bool(const UserSession &)> visibleFor;
    std::function<TabPage *(Workspace &, const UserSession &, QWidget *parent)> create;
};

const QList<TabRegistration> &registeredTabs();

} // namespace sd
