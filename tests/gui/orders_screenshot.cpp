// Not a test: renders the main window on a store (e.g. one made by `sellerdesk-cli demo`) to a PNG,
// for docs/orders-tab.png. Usage: orders_screenshot DB LOGIN PASSWORD OUT.png [ko|en]
// [window|dispatch|delay|setup|audit|about|…] [light|dark] (the theme; MODE may be the theme itself, for
// the window in that theme). "about": 도움말 › 정보. With "dispatch": the bulk 송장 입력 dialog for the first four NEW orders after
// a submit with one wrong number and one blank row, instead of the window. "delay": the 발송지연 안내 dialog
// refusing a date too far ahead. "setup": the first-run dialog on a new DB (LOGIN and PASSWORD are ignored)
// refusing a name with a control character. "import-preview": 주문 가져오기's preview of a Naver download
// with new orders and one update, at 1366×768 ("import-problems": with a bad row). "import-mapping": the column-mapping dialog
// for a layout no profile knows, at 1366×768. "settings": 설정 (the day spin boxes, the date field).
// "history": the window with a delivered order selected (its details and history). "print-list" and
// "print-slips": 인쇄's preview (피킹리스트, 주문서) of the first eight orders. "risk": the window with the
// 지연 위험 chip chosen (the 오늘 마감 / 기한 초과 / 기한 임박 cells, the counters, the action bar).
#include "../result_support.h"
#include "core/calendar/clock.h"
#include "models/orders/order_table_model.h"
#include "models/table/table_model.h"
#include "services/access/auth_service.h"
#include "services/common/language.h"
#include "services/store/workspace.h"
#include "ui/audit/audit_log_view.h"
#include "ui/common/app_startup.h"
#include "ui/common/main_window.h"
#include "ui/common/settings_dialog.h"
#include "ui/common/setup_dialog.h"
#include "ui/common/style/theme.h"
#include "ui/orders/order_actions.h"
#include "ui/orders/orders_view.h"
#include "ui/orders/status_chip_bar.h"

#include "io/formats/csv_writer.h"
#include "services/orders/order_service.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <cstdio>

namespace {

// Once `trigger` has opened a modal dialog: `fill` it, let it settle, save it to `out` and close it.
bool grabModal(const std::function<void()> &trigger, const std::function<void(QDialog *)> &fill,
               const QString &out)
{
    bool saved = false;
    QTimer::singleShot(500, [&] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        fill(dialog);
        QTest::qWait(300);
        saved = dialog->grab().save(out);
        dialog->reject();
    });
    trigger();
    return saved;
}

// Once `trigger` has opened the modal dialog named `name` (after a check on a worker, so polled): save
// it to `out` and close it.
bool grabNamed(const QString &name, const std::function<void()> &trigger, const QString &out)
{
    bool saved = false;
    QTimer poll;
    poll.setInterval(100);
    QObject::connect(&poll, &QTimer::timeout, [&] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (!dialog || dialog->objectName() != name)
            return;
        poll.stop();
        QTest::qWait(400);
        saved = dialog->grab().save(out);
        dialog->reject();
    });
    poll.start();
    trigger();
    return saved;
}

// A CSV of `rows` in `dir`; its path.
QString writeCsv(const QTemporaryDir &dir, const QString &name, const QList<QStringList> &rows)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    sd::CsvWriter csv(&f);
    for (const QStringList &r : rows)
        csv.writeRow(r);
    csv.finish();
    return path;
}

void clickOk(QDialog *dialog)
{
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    if (argc < 5) {
        std::fprintf(stderr, "usage: orders_screenshot DB LOGIN PASSWORD OUT.png [ko|en]\n");
        return 2;
    }
    QApplication::setOrganizationName(QStringLiteral("SellerDesk-screenshot"));
    QApplication::setApplicationName(QStringLiteral("SellerDesk-screenshot"));
    sd::AppStartup::applyFonts();
    sd::installTranslations(app, argc > 5 ? QString::fromLocal8Bit(argv[5]) : QStringLiteral("ko"));
    QString error;
    auto ws = keepMessage(&error, [&](sd::Result *r) {
        return sd::Workspace::open(QString::fromLocal8Bit(argv[1]), sd::Clock::system(), false, r);
    });
    if (!ws) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    QByteArray mode = argc > 6 ? QByteArray(argv[6]) : QByteArray();
    QByteArray themeArg = argc > 7 ? QByteArray(argv[7]) : QByteArray();
    if (mode == "light" || mode == "dark") {
        themeArg = mode;
        mode.clear();
    }
    const sd::Theme::Choice theme = sd::Theme::choiceFromKey(QString::fromLatin1(themeArg));
    sd::Theme::apply(theme);
    const QString out = QString::fromLocal8Bit(argv[4]);
    if (mode == "setup") {
        sd::SetupDialog setup(*ws);
        const bool saved = grabModal(
            [&] { setup.exec(); },
            [](QDialog *d) {
                d->findChild<QLineEdit *>(QStringLiteral("storeNameEdit"))
                    ->setText(QStringLiteral("하늘상회"));
                d->findChild<QLineEdit *>(QStringLiteral("businessNoEdit"))
                    ->setText(QStringLiteral("123-45-67891"));
                d->findChild<QLineEdit *>(QStringLiteral("loginEdit"))->setText(QStringLiteral("owner"));
                d->findChild<QLineEdit *>(QStringLiteral("nameEdit"))
                    ->setText(QStringLiteral("김사장\x1b[31m"));
                clickOk(d);
            },
            out);
        return saved ? 0 : 1;
    }
    sd::UserSession session;
    const sd::Result login = sd::AuthService(*ws).login(QString::fromLocal8Bit(argv[2]),
                                                        QString::fromLocal8Bit(argv[3]), &session);
    if (!login.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(login.message));
        return 1;
    }
    if (mode == "settings") {
        sd::SettingsDialog settings(*ws, session);
        const bool saved = grabModal([&] { settings.exec(); }, [](QDialog *) {}, out);
        return saved ? 0 : 1;
    }
    sd::MainWindow window(*ws, session);
    sd::Theme::apply(theme); // over the user's saved choice, which the window applied
    window.resize(1440, 860);
    window.show();
    sd::OrdersView *view = window.ordersView();
    QTest::qWait(300);
    view->model()->waitForIdle(5000);
    view->chips()->selectStatus(mode == "history" ? sd::OrderStatus::Decided : sd::OrderStatus::New);
    QTest::qWait(300);
    view->model()->waitForIdle(5000);
    if (mode == "risk") {
        if (auto *chip = view->findChild<QAbstractButton *>(QStringLiteral("chipAtRisk")))
            chip->click();
        QTest::qWait(300);
        view->model()->waitForIdle(5000);
    }
    if (mode == "delay") {
        view->table()->selectRow(0);
        QTest::qWait(300);
        const bool saved = grabModal([&] { view->orderActions()->delayAction()->trigger(); },
                                     [&](QDialog *d) {
                                         d->findChild<QDateEdit *>(QStringLiteral("dateEdit"))
                                             ->setDate(QDate::currentDate().addDays(200));
                                         clickOk(d);
                                     },
                                     out);
        return saved ? 0 : 1;
    }
    if (mode == "dispatch") {
        QItemSelectionModel *selection = view->table()->selectionModel();
        for (int row = 0; row < 4 && row < view->model()->rowCount(); ++row)
            selection->select(view->model()->index(row, 0),
                              QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QTest::qWait(300);
        bool saved = false;
        QTimer::singleShot(500, [&] {
            auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            const QStringList numbers = {QStringLiteral("601234567890"), QStringLiteral("6012-3456"),
                                         QStringLiteral("601234567892"), QString()};
            for (int row = 0; row < numbers.size(); ++row) {
                if (auto *edit = dialog->findChild<QLineEdit *>(QStringLiteral("trackingEdit_%1").arg(row)))
                    edit->setText(numbers.at(row));
            }
            dialog->findChild<QPushButton *>(QStringLiteral("submitButton"))->click();
            QTest::qWait(300);
            saved = dialog->grab().save(QString::fromLocal8Bit(argv[4]));
            dialog->reject();
        });
        view->orderActions()->dispatchAction()->trigger();
        if (!saved) {
            std::fprintf(stderr, "cannot write %s\n", argv[4]);
            return 1;
        }
        return 0;
    }
    if (mode == "import-preview" || mode == "import-problems" || mode == "import-mapping") {
        window.resize(1366, 768);
        QTemporaryDir dir;
        QList<QStringList> rows;
        QString name;
        if (mode == "import-mapping") {
            name = QStringLiteral("스마트스토어_주문_직접정리.csv");
            rows << QStringList{QStringLiteral("주문 ID"), QStringLiteral("처리상태"), QStringLiteral("결제시각"),
                                QStringLiteral("상품"), QStringLiteral("옵션"), QStringLiteral("개수"),
                                QStringLiteral("금액"), QStringLiteral("받는 분"), QStringLiteral("주소")};
            for (int i = 0; i < 8; ++i)
                rows << QStringList{QStringLiteral("2026113%1").arg(i, 8, 10, QLatin1Char('0')),
                                    QStringLiteral("결제완료"), QStringLiteral("2026-11-30 1%1:05").arg(i),
                                    QStringLiteral("무선 키보드 %1").arg(i + 1), QStringLiteral("색상: 검정"),
                                    QStringLiteral("1"), QStringLiteral("35,000"), QStringLiteral("이영희"),
                                    QStringLiteral("서울특별시 강남구 테헤란로 %1").arg(100 + i)};
        } else {
            // Three orders of the store as a newer download reports them (one shipped, one moved back: a
            // conflict), and new ones.
            name = QStringLiteral("스마트스토어_발주발송관리_20261201.csv");
            rows << QStringList{QStringLiteral("상품주문번호"), QStringLiteral("주문번호"), QStringLiteral("주문상태"),
                                QStringLiteral("주문세부상태"), QStringLiteral("결제일"), QStringLiteral("상품명"),
                                QStringLiteral("수량"), QStringLiteral("최종 상품별 총 주문금액"),
                                QStringLiteral("택배사"), QStringLiteral("송장번호")};
            sd::OrderRow first = *view->model()->rowAt(0);
            for (int r = 0; r < view->model()->rowCount(); ++r) {
                const auto row = view->model()->rowAt(r);
                if (row && row->channel == sd::Channel::NaverSmartstore) {
                    first = *row;
                    break;
                }
            }
            rows << QStringList{first.productOrderNo, first.orderNo, QStringLiteral("배송중"), QString(),
                                first.paidAt.toTimeZone(QTimeZone(9 * 3600)).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                                first.productName, QString::number(first.quantity),
                                QString::number(first.totalAmount), QStringLiteral("CJ대한통운"),
                                QStringLiteral("601234567890")};
            for (int i = 0; i < 40; ++i)
                rows << QStringList{QStringLiteral("2026120%1").arg(i, 8, 10, QLatin1Char('0')),
                                    QStringLiteral("2026120%1").arg(i / 2, 6, 10, QLatin1Char('0')),
                                    QStringLiteral("결제완료"), QStringLiteral("신규주문"),
                                    QStringLiteral("2026-12-01 0%1:1%2:00").arg(i % 10).arg(i % 6),
                                    QStringLiteral("무선 키보드, 블랙 에디션 %1").arg(i + 1), QStringLiteral("1"),
                                    QStringLiteral("35,000"), QString(), QString()};
            if (mode == "import-problems")
                rows << QStringList{QStringLiteral("2026120099999999"), QStringLiteral("20261200999999"),
                                QStringLiteral("결제완료"), QStringLiteral("신규주문"), QStringLiteral("어제"),
                                QStringLiteral("마우스"), QStringLiteral("1"), QStringLiteral("12,000원"), QString(),
                                QString()};
        }
        const QString file = writeCsv(dir, name, rows);
        const QString dialogName = mode == "import-mapping" ? QStringLiteral("columnMappingDialog")
                                                            : QStringLiteral("orderImportPreviewDialog");
        const bool saved = grabNamed(dialogName, [&] { view->importOrdersFile(file); }, out);
        if (!saved)
            std::fprintf(stderr, "cannot write %s\n", argv[4]);
        return saved ? 0 : 1;
    }
    if (mode == "about") {
        const bool saved = grabNamed(QStringLiteral("aboutDialog"),
                                     [&] { window.findChild<QAction *>(QStringLiteral("aboutAction"))->trigger(); },
                                     out);
        return saved ? 0 : 1;
    }
    if (mode == "print-list" || mode == "print-slips") { // 인쇄's preview of the first eight orders of all
        view->chips()->selectAll();
        QTest::qWait(300);
        view->model()->waitForIdle(5000);
        QItemSelectionModel *selection = view->table()->selectionModel();
        for (int row = 0; row < 8 && row < view->model()->rowCount(); ++row)
            selection->select(view->model()->index(row, 0),
                              QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QTest::qWait(300);
        auto *action = view->findChild<QAction *>(mode == "print-list" ? QStringLiteral("printPackingListAction")
                                                                      : QStringLiteral("printSlipsAction"));
        const bool saved = action && grabModal([&] { action->trigger(); },
                                               [&](QDialog *d) { d->resize(1366, 768); }, out);
        return saved ? 0 : 1;
    }
    if (mode == "window-1366" || mode == "window-1920") { // every status, so every badge shows
        if (mode == "window-1920")
            window.resize(1920, 1080);
        else
            window.resize(1366, 768);
        view->chips()->selectAll();
        QTest::qWait(300);
        view->model()->waitForIdle(5000);
    }
    if (mode == "audit") {
        window.showPage(QStringLiteral("audit"));
        QTest::qWait(600);
        if (auto *audit = qobject_cast<sd::AuditLogView *>(window.page(QStringLiteral("audit"))))
            audit->model()->waitForIdle(5000);
        QTest::qWait(300);
        if (!window.grab().save(QString::fromLocal8Bit(argv[4]))) {
            std::fprintf(stderr, "cannot write %s\n", argv[4]);
            return 1;
        }
        return 0;
    }
    view->table()->selectRow(2);
    QTest::qWait(600);
    view->model()->waitForIdle(5000);
    QTest::qWait(300);
    if (!window.grab().save(QString::fromLocal8Bit(argv[4]))) {
        std::fprintf(stderr, "cannot write %s\n", argv[4]);
        return 1;
    }
    return 0;
}
