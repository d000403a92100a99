#include "core/common/label_match.h"

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

} // namespace sd
