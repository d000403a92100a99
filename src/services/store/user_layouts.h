#pragma once
#include "core/access/user_session.h"
#include "core/common/result.h"

#include <QByteArray>
#include <QHash>
#include <QString>

namespace sd {

class Workspace;

// The tabs' saved layouts (column widths, order and hidden columns, splitters: TabPage::saveLayout) per
// SellerDesk login, in the store (the settings table, key `layout.<login>.<page>`, base64), so a login
// finds its layout on any computer and two people sharing an OS account keep their own. Every role
// keeps its own layout: no permission is needed beyond being logged in, and no audit row is written
// (a layout is no business data). Read once at login, written when the window closes.
class UserLayouts
{
public:
    UserLayouts(Workspace &workspace, const UserSession &user);

    // Every page's saved layout of this login (page id → the page's bytes); empty when none is saved.
    QHash<QString, QByteArray> load() const;
    // Replaces this login's saved layouts with `pages` in one transaction (an empty value forgets the
    // page's layout). Nothing is written on failure.
    Result save(const QHash<QString, QByteArray> &pages);

    static QString keyFor(const QString &login, const QString &page);

private:
    Workspace &m_ws;
    UserSession m_user;
};

} // namespace sd
