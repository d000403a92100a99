#include "cli/cli_main.h"

#include <QCoreApplication>

#ifdef Q_OS_WIN
#include <windows.h>
#endif

int main(int argc, char *argv[])
{
#ifdef Q_OS_WIN
    // Our output is UTF-8; tell the console so Hangul shows.
    SetConsoleOutputCP(CP_UTF8);
#endif
    QCoreApplication app(argc, argv);
    // Same names as the GUI, so both find the same default database.
    QCoreApplication::setOrganizationName(QStringLiteral("SellerDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("SellerDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SELLERDESK_VERSION));
    return sd::runCli(app, QCoreApplication::arguments().mid(1));
}
