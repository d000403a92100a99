#include "ui/common/style/theme.h"

#include "ui/common/style/icon_set.h"

#include <QApplication>
#include <QEvent>
#include <QLabel>
#include <QPainter>
#include <QFontDatabase>
#include <QProxyStyle>
#include <QStyle>
#include <QStyleFactory>
#include <QStyleHints>
#include <QToolTip>
#include <QWidget>

namespace sd {

namespace {

const char *const kToneProperty = "sdTone";

// Light: GitHub-like greys with a blue accent; every text colour keeps ≥ 4.5:1 on window and surface.
const Theme::Colours kLight = {
    QColor(0xF4, 0xF5, 0xF7), // window
    QColor(0xFF, 0xFF, 0xFF), // surface
    QColor(0xF6, 0xF8, 0xFA), // surfaceAlt
    QColor(0x1F, 0x23, 0x28), // text
    QColor(0x59, 0x63, 0x6E), // mutedText
    QColor(0x1F, 0x6F, 0xEB), // accent
    QColor(0xFF, 0xFF, 0xFF), // accentText
    QColor(0xD0, 0xD7, 0xDE), // border
    QColor(0xC6, 0x28, 0x28), // danger
    QColor(0x9A, 0x5B, 0x00), // warning
    QColor(0x2E, 0x7D, 0x32), // success
};

const Theme::Colours kDark = {
    QColor(0x1C, 0x21, 0x28), // window
    QColor(0x22, 0x27, 0x2E), // surface
    QColor(0x28, 0x2E, 0x36), // surfaceAlt
    QColor(0xE6, 0xED, 0xF3), // text
    QColor(0x9D, 0xA5, 0xAE), // mutedText
    QColor(0x31, 0x6D, 0xCA), // accent
    QColor(0xFF, 0xFF, 0xFF), // accentText
    QColor(0x44, 0x4C, 0x56), // border
    QColor(0xF4, 0x70, 0x67), // danger
    QColor(0xE3, 0xB3, 0x41), // warning
    QColor(0x6B, 0xC4, 0x6D), // success
};

struct StatusBadge
{
    const char *code;
    QRgb lightFill, lightText, darkFill, darkText;
};

// One row per unified status (core/orders/order_status): a pale fill and a deep text in light, a deep
// fill and a pale text in dark, so the label reads at ≥ 4.5:1 in both.
const StatusBadge kStatusBadges[] = {
    {"NEW", 0xDDEBFF, 0x0B4A9E, 0x1D3B63, 0xA8CCFF},       // 신규주문: blue
    {"CONFIRMED", 0xFFECD2, 0x8A3B00, 0x4D3000, 0xFFCC80}, // 발송대기: orange
    {"SHIPPING", 0xD5F3F7, 0x00555C, 0x00393E, 0x8EE3EE},  // 배송중: teal
    {"DELIVERED", 0xDDF3DE, 0x1B5E20, 0x1B3D1F, 0xA5D6A7}, // 배송완료: green
    {"DECIDED", 0xE6EAED, 0x37474F, 0x363E45, 0xD3DBE0},   // 구매확정: slate (done)
    {"CANCELED", 0xFDE2E2, 0xA31515, 0x4A1C1C, 0xF4A3A3},  // 취소: red
    {"RETURNED", 0xF1E2F7, 0x6A1B9A, 0x3B1F47, 0xD8A8E6},  // 반품: purple
    {"EXCHANGED", 0xFBE0EC, 0x9C1150, 0x4A1B30, 0xF5A3C7}, // 교환: pink
};

QColor mix(const QColor &a, const QColor &b, qreal t)
{
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t),
                            float(a.greenF() + (b.greenF() - a.greenF()) * t),
                            float(a.blueF() + (b.blueF() - a.blueF()) * t));
}

// Whether the platform's own style can draw `variant` (see the class comment).
bool nativeStyleDraws(Theme::Variant variant, Theme::Variant system)
{
#if defined(Q_OS_MACOS)
    return variant == system;
#elif defined(Q_OS_WIN)
    Q_UNUSED(system)
    return variant == Theme::Variant::Light;
#else
    Q_UNUSED(variant)
    Q_UNUSED(system)
    return false; // Linux: Fusion, whose every colour comes from the palette
#endif
}

// Paints an empty state's icon above its label's text: the label paints itself first, then the icon goes
// in the room its top margin left, centred over the text block.
class EmptyStateIcon : public QObject
{
public:
    EmptyStateIcon(const QString &iconName, QLabel *label) : QObject(label), m_icon(iconName) {}

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        auto *label = qobject_cast<QLabel *>(watched);
        if (!label || event->type() != QEvent::Paint)
            return false;
        static_cast<QObject *>(label)->event(event); // the text, as QLabel draws it (public in QObject)
        const QMargins m = label->contentsMargins();
        const QRect area = label->contentsRect();
        const int textHeight = qMin(area.height(), label->heightForWidth(label->width()) - m.top() - m.bottom());
        const int textTop = area.top() + (area.height() - textHeight) / 2;
        const int side = Theme::kEmptyIconSize;
        const QRect target((label->width() - side) / 2, textTop - Theme::kSpaceM - side, side, side);
        const qreal ratio = label->devicePixelRatioF();
        QPixmap pm = IconSet::tinted(m_icon, QSize(side, side) * ratio, Theme::colours().mutedText);
        pm.setDevicePixelRatio(ratio);
        QPainter p(label);
        p.drawPixmap(target, pm);
        return true;
    }

private:
    QString m_icon;
};

// Fusion as SellerDesk draws it: dialog buttons without Fusion's stock pictograms, which are fixed dark
// drawings (unreadable on the dark theme) and unlike our icon set. A style hint, so no style sheet.
class FusionLook : public QProxyStyle
{
public:
    FusionLook() : QProxyStyle(QStyleFactory::create(QStringLiteral("Fusion"))) {}

    int styleHint(StyleHint hint, const QStyleOption *option, const QWidget *widget,
                  QStyleHintReturn *returnData) const override
    {
        if (hint == SH_DialogButtonBox_ButtonsHaveIcons)
            return 0;
        return QProxyStyle::styleHint(hint, option, widget, returnData);
    }
};

} // namespace

Theme::Theme() : QObject(qApp)
{
    m_systemPalette = QApplication::palette();
    m_nativeStyle = QApplication::style() ? QApplication::style()->name() : QString();
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    connect(QGuiApplication::styleHints(), &QStyleHints::colorSchemeChanged, this, [this] {
        if (m_choice == Choice::System)
            applyNow(Choice::System);
    });
#endif
}

Theme &Theme::instance()
{
    static Theme *theme = new Theme; // parented to the application
    return *theme;
}

void Theme::apply(Choice choice)
{
    instance().applyNow(choice);
}

Theme::Choice Theme::choice()
{
    return instance().m_choice;
}

Theme::Variant Theme::variant()
{
    Theme &t = instance();
    return t.m_applied ? t.m_variant : systemVariant();
}

Theme::Variant Theme::systemVariant()
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    switch (QGuiApplication::styleHints()->colorScheme()) {
    case Qt::ColorScheme::Dark:
        return Variant::Dark;
    case Qt::ColorScheme::Light:
        return Variant::Light;
    case Qt::ColorScheme::Unknown:
        break;
    }
#endif
    // Before Qt 6.5 (and where the platform does not say): the palette the platform gave at start.
    return instance().m_systemPalette.color(QPalette::Window).lightness() < 128 ? Variant::Dark
                                                                                : Variant::Light;
}

Theme::Colours Theme::colours(Variant variant)
{
    return variant == Variant::Dark ? kDark : kLight;
}

QPalette Theme::palette(Variant variant)
{
    const Colours c = colours(variant);
    const bool dark = variant == Variant::Dark;
    const QColor button = dark ? QColor(0x2D, 0x33, 0x3B) : QColor(0xFB, 0xFB, 0xFC);
    QPalette p(button, c.window);
    for (QPalette::ColorGroup g : {QPalette::Active, QPalette::Inactive, QPalette::Disabled}) {
        const bool off = g == QPalette::Disabled;
        const QColor text = off ? mix(c.text, c.window, 0.55) : c.text;
        p.setColor(g, QPalette::Window, c.window);
        p.setColor(g, QPalette::WindowText, text);
        p.setColor(g, QPalette::Base, off ? c.window : c.surface);
        p.setColor(g, QPalette::AlternateBase, c.surfaceAlt);
        p.setColor(g, QPalette::Text, text);
        p.setColor(g, QPalette::PlaceholderText, off ? text : c.mutedText);
        p.setColor(g, QPalette::Button, button);
        p.setColor(g, QPalette::ButtonText, text);
        p.setColor(g, QPalette::BrightText, c.accentText);
        p.setColor(g, QPalette::ToolTipBase, dark ? QColor(0x2D, 0x33, 0x3B) : QColor(0xFF, 0xFF, 0xFF));
        p.setColor(g, QPalette::ToolTipText, c.text);
        p.setColor(g, QPalette::Light, dark ? button.lighter(130) : QColor(0xFF, 0xFF, 0xFF));
        p.setColor(g, QPalette::Midlight, dark ? button.lighter(115) : QColor(0xEE, 0xF0, 0xF2));
        p.setColor(g, QPalette::Mid, c.border);
        p.setColor(g, QPalette::Dark, dark ? QColor(0x14, 0x17, 0x1C) : QColor(0xA8, 0xB1, 0xBA));
        p.setColor(g, QPalette::Shadow, dark ? QColor(0x0B, 0x0D, 0x10) : QColor(0x8C, 0x95, 0x9F));
        p.setColor(g, QPalette::Highlight, off ? c.border : c.accent);
        p.setColor(g, QPalette::HighlightedText, off ? text : c.accentText);
        p.setColor(g, QPalette::Link, dark ? QColor(0x6C, 0xB6, 0xFF) : c.accent);
        p.setColor(g, QPalette::LinkVisited, dark ? QColor(0xB0, 0x8C, 0xF5) : QColor(0x82, 0x50, 0xDF));
    }
    // A window that is not focused keeps its selection as visible as the focused one (a seller compares
    // two windows side by side).
    return p;
}

Theme::BadgeColours Theme::statusColours(const QString &code, Variant variant)
{
    const bool dark = variant == Variant::Dark;
    for (const StatusBadge &b : kStatusBadges) {
        if (code.compare(QLatin1String(b.code), Qt::CaseInsensitive) == 0)
            return dark ? BadgeColours{QColor(b.darkFill), QColor(b.darkText)}
                        : BadgeColours{QColor(b.lightFill), QColor(b.lightText)};
    }
    const Colours c = colours(variant);
    return {mix(c.surface, c.border, 0.6), c.text};
}

Theme::BadgeColours Theme::deadlineColours(DeadlineRisk risk, Variant variant)
{
    const bool dark = variant == Variant::Dark;
    // Fill and text as the status badges: ≥ 4.5:1 in both variants.
    switch (risk) {
    case DeadlineRisk::Overdue:
        return dark ? BadgeColours{QColor(0x7A1F1F), QColor(0xFFD6D6)} : BadgeColours{QColor(0xC6, 0x28, 0x28), QColor(0xFFFFFF)};
    case DeadlineRisk::DueToday:
        return dark ? BadgeColours{QColor(0x4A1C1C), QColor(0xF4A3A3)} : BadgeColours{QColor(0xFD, 0xE2, 0xE2), QColor(0xA3, 0x15, 0x15)};
    case DeadlineRisk::Near:
        return dark ? BadgeColours{QColor(0x4D3800), QColor(0xFFD27A)} : BadgeColours{QColor(0xFF, 0xF1, 0xC7), QColor(0x7A, 0x4A, 0x00)};
    case DeadlineRisk::None:
        break;
    }
    const Colours c = colours(variant);
    return {QColor(), c.text};
}

QColor Theme::deadlineTextColour(DeadlineRisk risk, Variant variant)
{
    const Colours c = colours(variant);
    switch (risk) {
    case DeadlineRisk::Overdue:
    case DeadlineRisk::DueToday:
        return c.danger;
    case DeadlineRisk::Near:
        return c.warning;
    case DeadlineRisk::None:
        break;
    }
    return c.text;
}

QColor Theme::toneColour(Tone tone)
{
    const Colours c = colours();
    switch (tone) {
    case Tone::Normal:
        return c.text;
    case Tone::Muted:
        return c.mutedText;
    case Tone::Danger:
        return c.danger;
    case Tone::Warning:
        return c.warning;
    case Tone::Success:
        return c.success;
    }
    return c.text;
}

void Theme::applyFont()
{
    const QStringList installed = QFontDatabase::families();
    QStringList families;
    for (const char *name : {"Malgun Gothic", "Apple SD Gothic Neo", "Noto Sans CJK KR", "NanumGothic"}) {
        const QString family = QString::fromLatin1(name);
        if (installed.contains(family, Qt::CaseInsensitive))
            families << family;
    }
    QFont font = QApplication::font();
    const QString system = font.family();
    if (!families.contains(system, Qt::CaseInsensitive))
        families << system; // the system's font for what the Korean ones lack (and where none is installed)
    font.setFamilies(families);
    QApplication::setFont(font);
}

void Theme::setTone(QWidget *widget, Tone tone)
{
    if (!widget)
        return;
    widget->setProperty(kToneProperty, int(tone));
    QPalette p = widget->palette();
    const QColor colour = toneColour(tone);
    p.setColor(QPalette::WindowText, colour);
    p.setColor(QPalette::Text, colour);
    widget->setPalette(p);
}

void Theme::styleEmptyState(QLabel *label, const QString &iconName)
{
    setTone(label, Tone::Muted);
    QFont f = label->font();
    f.setPointSizeF(f.pointSizeF() * 1.15);
    label->setFont(f);
    label->setAutoFillBackground(false);
    label->setContentsMargins(0, kEmptyIconSize + kSpaceM, 0, 0); // room for the icon above the text
    label->installEventFilter(new EmptyStateIcon(iconName, label));
}

QString Theme::chipStyleSheet()
{
    // A pill: the radius is half the chip's height (a line of text, 2 px padding, 1 px border).
    return QStringLiteral("QToolButton { border: 1px solid palette(mid); border-radius: 11px;"
                          " padding: 2px %1px; }"
                          "QToolButton:checked { background: palette(highlight); color: palette(highlighted-text);"
                          " border-color: palette(highlight); }")
        .arg(kSpaceM);
}

QString Theme::choiceKey(Choice choice)
{
    switch (choice) {
    case Choice::System:
        return QStringLiteral("system");
    case Choice::Light:
        return QStringLiteral("light");
    case Choice::Dark:
        return QStringLiteral("dark");
    }
    return QStringLiteral("system");
}

Theme::Choice Theme::choiceFromKey(const QString &key)
{
    if (key == QLatin1String("light"))
        return Choice::Light;
    if (key == QLatin1String("dark"))
        return Choice::Dark;
    return Choice::System;
}

void Theme::applyNow(Choice choice)
{
    const Variant system = systemVariant();
    const Variant wanted =
        choice == Choice::Dark ? Variant::Dark : choice == Choice::Light ? Variant::Light : system;
    // setStyle resets the palette: ours follows.
    if (nativeStyleDraws(wanted, system) && !m_nativeStyle.isEmpty()) {
        if (QApplication::style()->name().compare(m_nativeStyle, Qt::CaseInsensitive) != 0)
            if (QStyle *style = QStyleFactory::create(m_nativeStyle))
                QApplication::setStyle(style);
    } else if (!dynamic_cast<FusionLook *>(QApplication::style())) {
        QApplication::setStyle(new FusionLook);
    }
    m_choice = choice;
    m_variant = wanted;
    m_applied = true;
    const QPalette p = palette(wanted);
    QApplication::setPalette(p);
    QToolTip::setPalette(p);
    reapplyTones();
    emit changed();
}

void Theme::reapplyTones()
{
    const QWidgetList widgets = QApplication::allWidgets();
    for (QWidget *w : widgets) {
        const QVariant tone = w->property(kToneProperty);
        if (tone.isValid())
            setTone(w, Tone(tone.toInt()));
    }
}

} // namespace sd
