#pragma once
#include "core/orders/dispatch_deadline.h"

#include <QColor>
#include <QObject>
#include <QPalette>
#include <QString>

class QLabel;
class QWidget;

namespace sd {

// The look of the whole application in one place (docs/design.md): the palette, the spacing scale, the
// status colours, the font and the light and dark variants. Widgets never write a colour: they ask
// here (colours(), statusColours()) or mark a label with a tone (setTone). The choice (시스템 / 밝게 /
// 어둡게) is per SellerDesk user, saved with the window's layout by the main window.
//
// Style: Fusion on Linux, the native style on Windows and macOS while it can draw the wanted variant
// (Windows' native style draws light only before Qt 6.5, macOS' draws the system's appearance); where it
// cannot, Fusion with our palette, so a dark choice is dark everywhere.
class Theme : public QObject
{
    Q_OBJECT
public:
    enum class Choice { System, Light, Dark };
    enum class Variant { Light, Dark };
    // What a text says beside the normal text: an error, a warning, a success, a note.
    enum class Tone { Normal, Muted, Danger, Warning, Success };

    // The spacing scale (logical pixels): margins, gaps, paddings are one of these.
    static constexpr int kSpaceXs = 4;
    static constexpr int kSpaceS = 8;
    static constexpr int kSpaceM = 12;
    static constexpr int kSpaceL = 16;
    static constexpr int kSpaceXl = 24;
    static constexpr int kRadius = 4;      // corners of badges and chips
    static constexpr int kIconSize = 16;   // menus, toolbars, tabs
    static constexpr int kEmptyIconSize = 48;

    struct Colours
    {
        QColor window;      // behind panes and bars
        QColor surface;     // tables, fields
        QColor surfaceAlt;  // alternate rows
        QColor text;
        QColor mutedText;
        QColor accent;      // selection, the checked chip, links
        QColor accentText;  // text on the accent
        QColor border;
        QColor danger;
        QColor warning;
        QColor success;
    };
    // A status badge: its fill and its text (contrast ≥ 4.5:1 in both variants).
    struct BadgeColours
    {
        QColor fill;
        QColor text;
    };

    static Theme &instance();

    // Applies a choice to the application: style, palette, the short style sheet. Emits changed().
    static void apply(Choice choice);
    static Choice choice();
    static Variant variant(); // the variant in use (a System choice resolved)
    static Variant systemVariant();
    static Colours colours(Variant variant);
    static Colours colours() { return colours(variant()); }
    static QPalette palette(Variant variant);
    // The badge of a status code (NEW, CONFIRMED, … as stored); codes that are no order status (an
    // audit action) get the neutral badge.
    static BadgeColours statusColours(const QString &code, Variant variant);
    static BadgeColours statusColours(const QString &code) { return statusColours(code, variant()); }
    static QColor toneColour(Tone tone);
    // The orders' dispatch deadline (DeadlineRisk): the 지연 위험 badge (기한 초과 solid red, 오늘 마감
    // pale red, 기한 임박 amber; None: no fill) and the 발송기한 text on the table (danger, warning).
    static BadgeColours deadlineColours(DeadlineRisk risk, Variant variant);
    static BadgeColours deadlineColours(DeadlineRisk risk) { return deadlineColours(risk, variant()); }
    static QColor deadlineTextColour(DeadlineRisk risk, Variant variant);
    static QColor deadlineTextColour(DeadlineRisk risk) { return deadlineTextColour(risk, variant()); }

    // The application font: Malgun Gothic (Windows), Apple SD Gothic Neo (macOS), Noto Sans CJK KR
    // (Linux), whichever is installed first, then the system font. Once at start.
    static void applyFont();

    // Marks a label (or any widget showing text) with a tone; its colour follows the theme.
    static void setTone(QWidget *widget, Tone tone);
    // The text of an empty table (a label over its viewport): muted, a size larger, with the icon
    // `iconName` drawn above it in the muted colour (the label's text stays the caller's).
    static void styleEmptyState(QLabel *label, const QString &iconName);

    // A filter chip's shape (a rounded toggle, the accent when checked) in palette colours, so it follows
    // the theme without being set again: the one style sheet left, as no palette role rounds a button.
    static QString chipStyleSheet();

    // Settings value of a choice ("system", "light", "dark") and back; unknown text is System.
    static QString choiceKey(Choice choice);
    static Choice choiceFromKey(const QString &key);

signals:
    void changed();

private:
    Theme();
    void applyNow(Choice choice);
    void reapplyTones();

    Choice m_choice = Choice::System;
    Variant m_variant = Variant::Light;
    bool m_applied = false;
    QPalette m_systemPalette;
    QString m_nativeStyle;
};

} // namespace sd
