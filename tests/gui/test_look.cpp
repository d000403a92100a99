// The look (ui/common/style): the theme switch changes the palette and is kept per user, every icon the
// code names is in the resources and renders (tinted, sharp at 200 %), the one badge delegate paints a
// badge in its status' colour for every status and sits on every status column, and 도움말 › 정보 shows
// the version, the Qt version and the licences.
#include "core/orders/order_status.h"
#include "gui_support.h"
#include "models/table/table_model.h"
#include "services/store/workspace.h"
#include "test_support.h"
#include "ui/common/about_dialog.h"
#include "ui/common/main_window.h"
#include "ui/common/style/icon_set.h"
#include "ui/common/style/status_badge_delegate.h"
#include "ui/common/style/theme.h"
#include "ui/orders/orders_view.h"

#include <QAction>
#include <QFile>
#include <QLabel>
#include <QPainter>
#include <QProxyStyle>
#include <QSettings>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <QToolBar>

using namespace sd;
using namespace sd::test;

namespace {

bool hasOpaquePixel(const QImage &image)
{
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            if (qAlpha(image.pixel(x, y)) > 0)
                return true;
    return false;
}

// Antialiased glyphs: a stroke's core is within a few steps of its colour.
bool near(const QColor &a, const QColor &b)
{
    return qAbs(a.red() - b.red()) + qAbs(a.green() - b.green()) + qAbs(a.blue() - b.blue()) <= 30;
}

double luminance(const QColor &c)
{
    auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace

class TestLook : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestWorkspace> t;
    UserSession master;

private slots:
    void initTestCase()
    {
        t = std::make_unique<TestWorkspace>(QDateTime::currentDateTimeUtc());
        QVERIFY2(t->ok(), qPrintable(t->error));
        master = addUser(t->db(), QStringLiteral("boss"), Role::Master);
        QList<Order> orders;
        const QList<OrderStatus> statuses = allStatuses();
        for (int i = 0; i < 40; ++i)
            orders << makeOrder(QStringLiteral("2024%1").arg(i, 12, 10, QLatin1Char('0')),
                                statuses.at(i % statuses.size()), QString(),
                                t->clock.nowUtc().addSecs(-3600 - i * 60));
        QVERIFY(insertOrders(t->db(), orders));
    }
    void cleanupTestCase()
    {
        Theme::apply(Theme::Choice::Light);
        t.reset();
    }

    void themeSwitchChangesThePalette()
    {
        Theme::apply(Theme::Choice::Light);
        QCOMPARE(Theme::variant(), Theme::Variant::Light);
        const QColor light = QApplication::palette().color(QPalette::Window);
        const QColor lightText = QApplication::palette().color(QPalette::WindowText);
        Theme::apply(Theme::Choice::Dark);
        QCOMPARE(Theme::variant(), Theme::Variant::Dark);
        const QColor dark = QApplication::palette().color(QPalette::Window);
        QVERIFY2(dark.lightness() < light.lightness(),
                 qPrintable(QStringLiteral("%1 vs %2").arg(dark.name(), light.name())));
        QVERIFY(QApplication::palette().color(QPalette::WindowText).lightness() > lightText.lightness());
        // Text stays readable on its window in both.
        QVERIFY(contrast(QApplication::palette().color(QPalette::WindowText), dark) >= 7.0);
        QVERIFY(contrast(lightText, light) >= 7.0);
        // Muted text and the tones stay ≥ 4.5:1 on the window and the tables, in both variants.
        for (Theme::Variant v : {Theme::Variant::Light, Theme::Variant::Dark}) {
            const Theme::Colours c = Theme::colours(v);
            for (const QColor &fg : {c.mutedText, c.danger, c.warning, c.success})
                for (const QColor &bg : {c.window, c.surface, c.surfaceAlt})
                    QVERIFY2(contrast(fg, bg) >= 4.5, qPrintable(fg.name() + QLatin1Char('/') + bg.name()));
            QVERIFY(contrast(c.accent, c.accentText) >= 4.5);
        }
        // Linux: Fusion, which draws with the palette.
        auto *proxy = qobject_cast<QProxyStyle *>(QApplication::style());
        QVERIFY(proxy && proxy->baseStyle()->name().compare(QLatin1String("fusion"), Qt::CaseInsensitive) == 0);
        Theme::apply(Theme::Choice::Light);
    }

    void theThemeMenuChoiceIsKeptPerUser()
    {
        QSettings().remove(QStringLiteral("users/boss/theme")); // a run before may have left a choice
        {
            MainWindow w(t->workspace(), master);
            auto *darkAction = w.findChild<QAction *>(QStringLiteral("theme_dark"));
            QVERIFY(darkAction);
            QVERIFY(w.findChild<QAction *>(QStringLiteral("theme_system"))->isChecked());
            darkAction->trigger();
            QVERIFY(darkAction->isChecked());
            QCOMPARE(Theme::choice(), Theme::Choice::Dark);
            QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 100);
        }
        Theme::apply(Theme::Choice::Light);
        {
            // The next window of the same user comes up dark.
            MainWindow w(t->workspace(), master);
            QCOMPARE(Theme::choice(), Theme::Choice::Dark);
            QVERIFY(w.findChild<QAction *>(QStringLiteral("theme_dark"))->isChecked());
            w.findChild<QAction *>(QStringLiteral("theme_light"))->trigger();
        }
        QCOMPARE(Theme::choice(), Theme::Choice::Light);
    }

    void aToneFollowsTheTheme()
    {
        QLabel label;
        Theme::apply(Theme::Choice::Light);
        Theme::setTone(&label, Theme::Tone::Danger);
        QCOMPARE(label.palette().color(QPalette::WindowText), Theme::colours(Theme::Variant::Light).danger);
        Theme::apply(Theme::Choice::Dark);
        QCOMPARE(label.palette().color(QPalette::WindowText), Theme::colours(Theme::Variant::Dark).danger);
        Theme::apply(Theme::Choice::Light);
    }

    void everyIconInUseExistsAndRenders_data()
    {
        QTest::addColumn<QString>("name");
        const QStringList names = IconSet::namesInUse();
        QVERIFY(names.size() >= 20);
        for (const QString &n : names)
            QTest::newRow(qPrintable(n)) << n;
    }
    void everyIconInUseExistsAndRenders()
    {
        QFETCH(QString, name);
        QVERIFY2(QFile::exists(IconSet::file(name)), qPrintable(IconSet::file(name)));
        const QIcon icon = IconSet::icon(name);
        QVERIFY(!icon.isNull());
        for (qreal ratio : {1.0, 1.5, 2.0}) {
            const QPixmap pm = icon.pixmap(QSize(16, 16), ratio);
            QVERIFY(!pm.isNull());
            // Rendered at the device size, not scaled up from 16 px.
            QCOMPARE(pm.size(), QSize(16, 16) * ratio);
            QVERIFY(hasOpaquePixel(pm.toImage()));
        }
        // Tinted from the palette: light text on the dark theme, dark text on the light one.
        for (Theme::Choice choice : {Theme::Choice::Light, Theme::Choice::Dark}) {
            Theme::apply(choice);
            const QImage image = icon.pixmap(QSize(32, 32)).toImage();
            const QColor want = QApplication::palette().color(QPalette::ButtonText);
            bool found = false;
            for (int y = 0; y < image.height() && !found; ++y)
                for (int x = 0; x < image.width() && !found; ++x) {
                    const QColor c = image.pixelColor(x, y);
                    found = c.alpha() == 255 && c.rgb() == want.rgb();
                }
            QVERIFY2(found, qPrintable(Theme::choiceKey(choice)));
        }
        Theme::apply(Theme::Choice::Light);
    }

    void theWindowsActionsAndTabsHaveIcons()
    {
        MainWindow w(t->workspace(), master);
        auto *tabs = w.findChild<QTabWidget *>(QStringLiteral("mainTabs"));
        for (int i = 0; i < tabs->count(); ++i)
            QVERIFY2(!tabs->tabIcon(i).isNull(), qPrintable(tabs->tabText(i)));
        auto *toolbar = w.findChild<QToolBar *>(QStringLiteral("pageToolbar"));
        QVERIFY(!toolbar->actions().isEmpty());
        for (QAction *a : toolbar->actions())
            QVERIFY2(a->isSeparator() || !a->icon().isNull(), qPrintable(a->objectName()));
        for (const char *name : {"settingsAction", "backupAction", "restoreAction", "quitAction",
                                 "refreshAction", "aboutAction", "importOrdersAction", "exportAction"}) {
            auto *a = w.findChild<QAction *>(QString::fromLatin1(name));
            QVERIFY2(a && !a->icon().isNull(), name);
        }
    }

    void aBadgeForEveryStatus_data()
    {
        QTest::addColumn<int>("variant");
        QTest::newRow("light") << int(Theme::Variant::Light);
        QTest::newRow("dark") << int(Theme::Variant::Dark);
    }
    void aBadgeForEveryStatus()
    {
        QFETCH(int, variant);
        Theme::apply(Theme::Variant(variant) == Theme::Variant::Dark ? Theme::Choice::Dark
                                                                      : Theme::Choice::Light);
        QStandardItemModel model(1, 1);
        QTableView view;
        view.setModel(&model);
        StatusBadgeDelegate delegate;
        QSet<QRgb> fills;
        const QList<OrderStatus> statuses = allStatuses();
        for (OrderStatus s : statuses) {
            auto *item = new QStandardItem(statusLabel(s));
            item->setData(statusCode(s), TableModel::CodeRole);
            model.setItem(0, 0, item);
            const QModelIndex index = model.index(0, 0);
            QStyleOptionViewItem option;
            option.initFrom(&view);
            option.widget = &view;
            option.rect = QRect(0, 0, 100, 26);
            option.state &= ~QStyle::State_Selected;
            QImage image(option.rect.size(), QImage::Format_ARGB32);
            image.fill(QApplication::palette().color(QPalette::Base));
            {
                QPainter p(&image);
                delegate.paint(&p, option, index);
            }
            const Theme::BadgeColours want = Theme::statusColours(statusCode(s));
            // The badge's centre line, inside its padding (the label's glyphs sit in the middle).
            const QRect badge = StatusBadgeDelegate::badgeRect(option.rect, option.fontMetrics, statusLabel(s));
            QVERIFY(badge.width() > 2 * Theme::kSpaceS);
            const QColor inside = image.pixelColor(badge.left() + 3, badge.center().y());
            QVERIFY2(inside.rgb() == want.fill.rgb(),
                     qPrintable(QStringLiteral("%1: %2, want %3")
                                    .arg(statusCode(s), inside.name(), want.fill.name())));
            // The label is drawn in the badge's text colour (some pixel of it), readable on its fill.
            bool textPixel = false;
            for (int x = badge.left(); x <= badge.right() && !textPixel; ++x)
                for (int y = badge.top(); y <= badge.bottom() && !textPixel; ++y)
                    textPixel = near(image.pixelColor(x, y), want.text);
            QVERIFY2(textPixel, qPrintable(statusCode(s)));
            QVERIFY2(contrast(want.fill, want.text) >= 4.5, qPrintable(statusCode(s)));
            // Outside the badge: the cell's own background.
            QCOMPARE(image.pixelColor(option.rect.right() - 1, 1).rgb(),
                     QApplication::palette().color(QPalette::Base).rgb());
            fills.insert(want.fill.rgb());
        }
        QCOMPARE(fills.size(), statuses.size()); // every status its own colour
        Theme::apply(Theme::Choice::Light);
    }

    void everyStatusColumnGetsTheBadges()
    {
        MainWindow w(t->workspace(), master);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        // Keyed on the column kind: the orders grid's status and the audit log's action column.
        for (const char *name : {"ordersTable", "auditTable"}) {
            auto *view = w.findChild<QTableView *>(QString::fromLatin1(name));
            QVERIFY2(view, name);
            auto *model = qobject_cast<TableModel *>(view->model());
            QVERIFY(model);
            int badges = 0;
            for (int c = 0; c < model->columnCount(); ++c) {
                const bool status = model->description().columns.at(c).kind == ColumnKind::Status;
                const bool badge = qobject_cast<StatusBadgeDelegate *>(view->itemDelegateForColumn(c));
                QCOMPARE(badge, status);
                badges += badge;
            }
            QCOMPARE(badges, 1);
        }
        // The orders grid paints: its first row's status cell holds the status' fill.
        OrdersView *orders = w.ordersView();
        QVERIFY(settle(orders->model()));
        QTableView *table = orders->table();
        const QModelIndex first = orders->model()->index(0, OrderTableModel::Status);
        const QString code = first.data(TableModel::CodeRole).toString();
        QVERIFY(!code.isEmpty());
        table->clearSelection();
        table->setCurrentIndex(QModelIndex());
        const QImage grid = table->viewport()->grab().toImage();
        const QRect cell = table->visualRect(first);
        const QRect badge = StatusBadgeDelegate::badgeRect(cell, table->fontMetrics(),
                                                           first.data(Qt::DisplayRole).toString());
        const QPoint probe = QPoint(badge.left() + 3, badge.center().y()) * grid.devicePixelRatio();
        QCOMPARE(grid.pixelColor(probe).rgb(), Theme::statusColours(code).fill.rgb());
    }

    void aboutShowsTheVersionsAndTheLicences()
    {
        AboutDialog about(t->workspace().databasePath());
        const QString head = about.findChild<QLabel *>(QStringLiteral("aboutVersion"))->text();
        QVERIFY2(head.contains(QStringLiteral(SELLERDESK_VERSION)), qPrintable(head));
        QVERIFY2(head.contains(QString::fromLatin1(qVersion())), qPrintable(head));
        const QString notices = about.findChild<QTextBrowser *>(QStringLiteral("aboutNotices"))->toPlainText();
        for (const char *part : {"Qt 6", "LGPL", "SQLite", "libxlsxwriter", "libzip", "libsodium", "OpenSSL",
                                 "QtKeychain", "Bootstrap Icons", "MIT"})
            QVERIFY2(notices.contains(QString::fromLatin1(part)), part);

        // From the menu: 도움말 › 정보 opens it.
        MainWindow w(t->workspace(), master);
        bool shown = false;
        whenModal(QStringLiteral("aboutDialog"), [&](QDialog *d) {
            shown = true;
            d->reject();
        });
        w.findChild<QAction *>(QStringLiteral("aboutAction"))->trigger();
        QVERIFY(shown);
    }
};

QTEST_MAIN(TestLook)
#include "test_look.moc"
