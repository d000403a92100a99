// Not a test: renders the main window on a store (e.g. one made by `sellerdesk-cli demo`) to a PNG,
// for docs/orders-tab.png. Usage: orders_screenshot DB LOGIN PASSWORD OUT.png [ko|en] [dispatch]
// With "dispatch": the bulk 송장 입력 dialog for the first four NEW orders after a submit with one wrong
// number and one blank row, instead of the window.
#include "core/clock.h"
#include "models/order_table_model.h"
#include "services/auth_service.h"
#include "services/language.h"
#include "services/workspace.h"
#include "ui/app_startup.h"
#include "ui/main_window.h"
#include "ui/order_actions.h"
#include "ui/orders_view.h"
#include "ui/status_chip_bar.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <cstdio>

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
    auto ws = sd::Workspace::open(QString::fromLocal8Bit(argv[1]), sd::Clock::system(), false, &error);
    if (!ws) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    sd::UserSession session;
    const sd::Result login = sd::AuthService(*ws).login(QString::fromLocal8Bit(argv[2]),
                                                        QString::fromLocal8Bit(argv[3]), &session);
    if (!login.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(login.message));
        return 1;
    }
    sd::MainWindow window(*ws, session);
    window.resize(1440, 860);
    window.show();
    sd::OrdersView *view = window.ordersView();
    QTest::qWait(300);
    view->model()->waitForIdle(5000);
    view->chips()->selectStatus(sd::OrderStatus::New);
    QTest::qWait(300);
    view->model()->waitForIdle(5000);
    if (argc > 6 && QByteArray(argv[6]) == "dispatch") {
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
