#include "core/business_number.h"

namespace sd {

QString businessNumberDigits(const QString &text)
{
    QString digits;
    for (const QChar c : text) {
        if (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
            digits.append(c);
    }
    return digits;
}

bool isValidBusinessNumber(const QString &text)
{
    // Only digits, spaces and hyphens are allowed around the 10 digits.
    for (const QChar c : text) {
        if (!(c >= QLatin1Char('0') && c <= QLatin1Char('9')) && c != QLatin1Char('-') && !c.isSpace())
            return false;
    }
    const QString digits = businessNumberDigits(text);
    if (digits.size() != 10)
        return false;
    // National Tax Service rule: weights 1,3,7,1,3,7,1,3,5 on digits 1-9, plus floor(d9 * 5 / 10).
    static const int weights[9] = {1, 3, 7, 1, 3, 7, 1, 3, 5};
    int sum = 0;
    for (int i = 0; i < 9; ++i)
        sum += digits[i].digitValue() * weights[i];
    sum += digits[8].digitValue() * 5 / 10;
    const int check = (10 - sum % 10) % 10;
    return check == digits[9].digitValue();
}

QString formatBusinessNumber(const QString &text)
{
    const QString digits = businessNumberDigits(text);
    if (digits.size() != 10)
        return text;
    return digits.left(3) + QLatin1Char('-') + digits.mid(3, 2) + QLatin1Char('-') + digits.mid(5);
}

} // namespace sd
