#include "core/common/money.h"

namespace sd {

QString formatWonPlain(Won amount)
{
    const bool negative = amount < 0;
    QString digits = QString::number(negative ? -amount : amount);
    for (int i = digits.size() - 3; i > 0; i -= 3)
        digits.insert(i, QLatin1Char(','));
    return negative ? QLatin1Char('-') + digits : digits;
}

QString formatWon(Won amount)
{
    return formatWonPlain(amount) + QStringLiteral("원");
}

} // namespace sd
