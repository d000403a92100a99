#include "core/common/business_number.h"

#include "core/common/korean_particle.h"

#include <QCoreApplication>

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

namespace {

bool hasOnlyDigitsHyphensSpaces(const QString &text)
{
    for (const QChar c : text) {
        if (!(c >= QLatin1Char('0') && c <= QLatin1Char('9')) && c != QLatin1Char('-') && !c.isSpace())
            return false;
    }
    return true;
}

bool checkDigitMatches(const QString &digits)
{
    // National Tax Service rule: weights 1,3,7,1,3,7,1,3,5 on digits 1-9, plus floor(d9 * 5 / 10).
    static const int weights[9] = {1, 3, 7, 1, 3, 7, 1, 3, 5};
    int sum = 0;
    for (int i = 0; i < 9; ++i)
        sum += digits[i].digitValue() * weights[i];
    sum += digits[8].digitValue() * 5 / 10;
    const int check = (10 - sum % 10) % 10;
    return check == digits[9].digitValue();
}

} // namespace

bool isValidBusinessNumber(const QString &text)
{
    // Only digits, spaces and hyphens are allowed around the 10 digits.
    const QString digits = businessNumberDigits(text);
    return hasOnlyDigitsHyphensSpaces(text) && digits.size() == 10 && checkDigitMatches(digits);
}

QString businessNumberProblem(const QString &text)
{
    const QString digits = businessNumberDigits(text);
    if (text.trimmed().isEmpty())
        return QCoreApplication::translate("sd::BusinessNumber", "Enter the business registration number.");
    if (!hasOnlyDigitsHyphensSpaces(text))
        return QCoreApplication::translate("sd::BusinessNumber",
                                           "The business registration number takes digits and hyphens only.");
    if (digits.size() != 10)
        return QCoreApplication::translate("sd::BusinessNumber",
                                           "The business registration number has 10 digits; %1 has %2.")
            .arg(text.trimmed())
            .arg(digits.size());
    if (!checkDigitMatches(digits))
        return argWithParticle(
            QCoreApplication::translate("sd::BusinessNumber",
                                        "%1 is not a valid business registration number: its last digit "
                                        "does not match the others. Check for a typing mistake."),
            formatBusinessNumber(text));
    return {};
}

QString formatBusinessNumber(const QString &text)
{
    const QString digits = businessNumberDigits(text);
    if (digits.size() != 10)
        return text;
    return digits.left(3) + QLatin1Char('-') + digits.mid(3, 2) + QLatin1Char('-') + digits.mid(5);
}

} // namespace sd
