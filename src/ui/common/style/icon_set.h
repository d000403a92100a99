#pragma once
#include <QColor>
#include <QIcon>
#include <QList>
#include <QPixmap>
#include <QSize>
#include <QString>
#include <QStringList>

class QAction;

namespace sd {

// The application's icons: Bootstrap Icons (MIT) copied into resources/icons/NAME.svg, drawn in the
// palette's text colour (the files are black `currentColor` outlines), so they follow light and dark and
// stay sharp at any scaling: each size is rendered from the SVG at the screen's pixel ratio and tinted,
// and cached per size and colour. Adding one: docs/design.md.
class IconSet
{
public:
    // The icon of resources/icons/NAME.svg, tinted per mode (normal, disabled, selected) from the
    // palette at the time it is drawn.
    static QIcon icon(const QString &name);
    // One rendering of NAME in `colour`, `pixels` large (device pixels), transparent elsewhere.
    static QPixmap tinted(const QString &name, const QSize &pixels, const QColor &colour);
    static QString file(const QString &name); // ":/icons/NAME.svg"

    // Which icon an action gets, by its object name (one table for every tab: "confirmAction" →
    // clipboard-check); empty for actions without one.
    static QString actionIconName(const QString &actionObjectName);
    // Gives every action in `actions` that has none the icon of its object name.
    static void decorate(const QList<QAction *> &actions);
    // A tab's icon, by its page id ("orders", "audit").
    static QString pageIconName(const QString &pageId);

    // Every icon name the code uses (the tables above and the empty states): the test renders each.
    static QStringList namesInUse();

    // Icons of the empty states.
    static QString emptyOrders() { return QStringLiteral("inbox"); }
    static QString noMatch() { return QStringLiteral("funnel"); }
    static QString emptyAudit() { return QStringLiteral("journal-text"); }
};

} // namespace sd
