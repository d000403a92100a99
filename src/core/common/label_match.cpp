#include "core/common/label_match.h"

#include <QLocale>

namespace sd {

QString labelMatchKey(const QString &text)
{
    QString key;
    key.reserve(text.size());
    for (const QChar c : text) {
        if (!c.isSpace())
            key.append(c);
    }
    return key.toCaseFolded();
}

QString translatedOrKorean(const char *context, const char *english, const char *korean)
{
    const QString translated = QCoreApplication::translate(context, english);
    if (translated == QLatin1String(english) && korean && QLocale().language() == QLocale::Korean)
        return QString::fromUtf8(korean);
    return translated;
}

} // namespace sd
