#include "ui/common/style/icon_set.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QHash>
#include <QIconEngine>
#include <QImage>
#include <QPainter>
#include <QPalette>
#include <QPixmapCache>
#include <QSvgRenderer>

namespace sd {

namespace {

// Action object name → icon: the toolbar's, the menus' main entries. One line per action of every tab.
const QHash<QString, QString> &actionIcons()
{
    static const QHash<QString, QString> icons = {
        // the host (MainWindow)
        {QStringLiteral("backupAction"), QStringLiteral("archive")},
        {QStringLiteral("restoreAction"), QStringLiteral("arrow-counterclockwise")},
        {QStringLiteral("settingsAction"), QStringLiteral("gear")},
        {QStringLiteral("quitAction"), QStringLiteral("box-arrow-right")},
        {QStringLiteral("refreshAction"), QStringLiteral("arrow-clockwise")},
        {QStringLiteral("themeMenuAction"), QStringLiteral("circle-half")},
        {QStringLiteral("aboutAction"), QStringLiteral("info-circle")},
        // 주문/배송 (ui/orders)
        {QStringLiteral("confirmAction"), QStringLiteral("clipboard-check")},
        {QStringLiteral("dispatchAction"), QStringLiteral("truck")},
        {QStringLiteral("dispatchDraftsAction"), QStringLiteral("send-check")},
        {QStringLiteral("fixTrackingAction"), QStringLiteral("pencil-square")},
        {QStringLiteral("deliverAction"), QStringLiteral("house-check")},
        {QStringLiteral("decideAction"), QStringLiteral("bag-check")},
        {QStringLiteral("delayAction"), QStringLiteral("clock-history")},
        {QStringLiteral("importOrdersAction"), QStringLiteral("file-earmark-arrow-down")},
        {QStringLiteral("importTrackingAction"), QStringLiteral("file-earmark-spreadsheet")},
        {QStringLiteral("exportDispatchTemplateAction"), QStringLiteral("file-earmark-text")},
        {QStringLiteral("exportAction"), QStringLiteral("file-earmark-arrow-up")},
        {QStringLiteral("searchAction"), QStringLiteral("search")},
        // every grid (ui/common/row_position)
        {QStringLiteral("goToRowAction"), QStringLiteral("123")},
        // 감사 로그 (ui/audit)
        {QStringLiteral("exportAuditAction"), QStringLiteral("file-earmark-arrow-up")},
    };
    return icons;
}

const QHash<QString, QString> &pageIcons()
{
    static const QHash<QString, QString> icons = {
        {QStringLiteral("orders"), QStringLiteral("box-seam")},
        {QStringLiteral("audit"), QStringLiteral("journal-text")},
    };
    return icons;
}

QColor colourFor(QIcon::Mode mode)
{
    const QPalette p = QApplication::palette();
    switch (mode) {
    case QIcon::Disabled:
        return p.color(QPalette::Disabled, QPalette::ButtonText);
    case QIcon::Selected:
        return p.color(QPalette::Active, QPalette::HighlightedText);
    case QIcon::Normal:
    case QIcon::Active:
        break;
    }
    return p.color(QPalette::Active, QPalette::ButtonText);
}

// Draws the SVG tinted in the palette's colour for the mode, at the pixel size asked for.
class TintedSvgEngine : public QIconEngine
{
public:
    explicit TintedSvgEngine(const QString &file) : m_file(file) {}

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        const qreal ratio = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
        Q_UNUSED(state)
        QPixmap pm = IconSet::tinted(m_file, rect.size() * ratio, colourFor(mode));
        pm.setDevicePixelRatio(ratio);
        painter->drawPixmap(rect, pm);
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State) override
    {
        return IconSet::tinted(m_file, size, colourFor(mode));
    }

    // Rendered at the device size, so 150 % and 200 % are drawn from the SVG, not scaled up. Qt 6.4 asks
    // with the size in device pixels already (test_look checks the result's size); Qt 6.8 reworked
    // QIcon::pixmap to pass device-independent sizes.
    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State, qreal scale) override
    {
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
        const QSize pixels = size * scale;
#else
        const QSize pixels = size;
#endif
        QPixmap pm = IconSet::tinted(m_file, pixels, colourFor(mode));
        pm.setDevicePixelRatio(scale);
        return pm;
    }

    QSize actualSize(const QSize &size, QIcon::Mode, QIcon::State) override
    {
        const int side = qMin(size.width(), size.height());
        return {side, side};
    }

    QIconEngine *clone() const override { return new TintedSvgEngine(m_file); }
    QString key() const override { return QStringLiteral("sd-tinted-svg"); }
    bool isNull() override { return !QFile::exists(m_file); }

private:
    QString m_file;
};

} // namespace

QString IconSet::file(const QString &name)
{
    return QStringLiteral(":/icons/%1.svg").arg(name);
}

QIcon IconSet::icon(const QString &name)
{
    if (name.isEmpty())
        return QIcon();
    return QIcon(new TintedSvgEngine(file(name)));
}

QPixmap IconSet::tinted(const QString &nameOrFile, const QSize &pixels, const QColor &colour)
{
    if (pixels.isEmpty())
        return QPixmap();
    const QString path = nameOrFile.startsWith(QLatin1Char(':')) ? nameOrFile : file(nameOrFile);
    const QString key = QStringLiteral("sd-icon:%1:%2x%3:%4")
                            .arg(path)
                            .arg(pixels.width())
                            .arg(pixels.height())
                            .arg(colour.rgba(), 8, 16);
    QPixmap cached;
    if (QPixmapCache::find(key, &cached))
        return cached;
    QSvgRenderer svg(path);
    if (!svg.isValid())
        return QPixmap();
    QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    {
        QPainter p(&image);
        p.setRenderHint(QPainter::Antialiasing);
        // Square icons, centred in a non-square request.
        const int side = qMin(pixels.width(), pixels.height());
        const QRectF target((pixels.width() - side) / 2.0, (pixels.height() - side) / 2.0, side, side);
        svg.render(&p, target);
        // Keep the outline's coverage, replace its colour.
        p.setCompositionMode(QPainter::CompositionMode_SourceIn);
        p.fillRect(image.rect(), colour);
    }
    QPixmap pm = QPixmap::fromImage(image);
    QPixmapCache::insert(key, pm);
    return pm;
}

QString IconSet::actionIconName(const QString &actionObjectName)
{
    return actionIcons().value(actionObjectName);
}

void IconSet::decorate(const QList<QAction *> &actions)
{
    for (QAction *a : actions) {
        if (!a || a->isSeparator() || !a->icon().isNull())
            continue;
        const QString name = actionIconName(a->objectName());
        if (!name.isEmpty())
            a->setIcon(icon(name));
    }
}

QString IconSet::pageIconName(const QString &pageId)
{
    return pageIcons().value(pageId);
}

QStringList IconSet::namesInUse()
{
    QStringList names = actionIcons().values() + pageIcons().values();
    names << emptyOrders() << noMatch() << emptyAudit();
    names.sort();
    names.removeDuplicates();
    return names;
}

} // namespace sd
