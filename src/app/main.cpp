#include "core/calendar/clock.h"
#include "services/common/app_log.h"
#include "services/common/file_privacy.h"
#include "services/common/language.h"
#include "services/store/workspace.h"
#include "ui/common/app_startup.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QMessageBox>

int main(int argc, char *argv[])
{
    // Everything SellerDesk creates is for the user only, from its first byte.
    sd::restrictNewFilesToOwner();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("SellerDesk"));
    QApplication::setApplicationName(QStringLiteral("SellerDesk"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/sellerdesk.png")));
    QApplication::setApplicationVersion(QStringLiteral(SELLERDESK_VERSION));
    // Details the user's messages leave out go to the log in the data folder (README: "Log file").
    sd::AppLog::install();

    sd::AppStartup::applyLook();

    // Until the store's own choice is known, speak the system's language (error messages at open).
    sd::installTranslations(app, QStringLiteral("system"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "SellerDesk back office for online sellers"));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption dbOption(
        QStringLiteral("db"), QApplication::translate("main", "The store database file."),
        QApplication::translate("main", "file"), sd::Workspace::defaultDatabasePath());
    parser.addOption(dbOption);
    parser.process(app);

    sd::AppStartup startup(sd::Clock::system());
    QString error;
    if (!startup.openWorkspace(parser.value(dbOption), &error)) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "SellerDesk"), error);
        return 1;
    }
    sd::installTranslations(app, startup.languageChoice());
    if (!startup.run())
        return 0;
    return app.exec();
}
