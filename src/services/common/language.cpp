#include "services/common/language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace sd {

QString systemLanguage()
{
    const QStringList languages = QLocale::system().uiLanguages();
    for (const QString &l : languages) {
        if (l.startsWith(QLatin1String("ko")))
            return QStringLiteral("ko");
        if (l.startsWith(QLatin1String("en")))
            return QStringLiteral("en");
    }
    return QLocale::system().language() == QLocale::Korean ? QStringLiteral("ko") : QStringLiteral("en");
}

QString installTranslations(QCoreApplication &app, const QString &choice)
{
    const QString language =
        (choice == QLatin1String("ko") || choice == QLatin1String("en")) ? choice : systemLanguage();
    // Translators live as long as the application.
    static QTranslator *ours = nullptr;
    static QTranslator *qt = nullptr;
    for (QTranslator **t : {&ours, &qt}) {
        if (*t) {
            app.removeTranslator(*t);
            delete *t;
            *t = nullptr;
        }
    }
    ours = new QTranslator(&app);
    if (ours->load(QStringLiteral(":/i18n/sellerdesk_%1.qm").arg(language)))
        app.installTranslator(ours);
    qt = new QTranslator(&app);
    if (qt->load(QStringLiteral("qtbase_%1").arg(language),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(qt);
    QLocale::setDefault(
        QLocale(language == QLatin1String("ko") ? QLocale::Korean : QLocale::English,
                language == QLatin1String("ko") ? QLocale::SouthKorea : QLocale::UnitedStates));
    return language;
}

} // namespace sd
