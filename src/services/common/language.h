#pragma once
#include <QString>

class QCoreApplication;

namespace sd {

// The program speaks Korean on a Korean system and English otherwise, unless the user chose one
// ("ko", "en"; "system" or empty = follow the system). Loads our catalogue and Qt's own.
// Returns the language in effect ("ko" or "en").
QString installTranslations(QCoreApplication &app, const QString &choice);
// "ko" or "en" for the system's UI language.
QString systemLanguage();

} // namespace sd
