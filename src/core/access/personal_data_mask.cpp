#include "core/access/personal_data_mask.h"

#include <QStringList>

namespace sd {

namespace {

const QChar kMask = QLatin1Char('*');

bool isLatinWord(const QString &word)
{
    for (const QChar c : word) {
        if (c.unicode() >= 0x80)
            return false;
    }
    return true;
}

// One word of a name. Hangul names keep the first and last syllable (김*수, 남**수, 이*);
// Latin words keep the initial only (John -> J***), as their last letter says too much.
QString maskNameWord(const QString &word)
{
    const qsizetype n = word.size();
    if (n <= 1)
        return QString(kMask);
    if (isLatinWord(word) || n == 2)
        return word.left(1) + QString(n - 1, kMask);
    return word.left(1) + QString(n - 2, kMask) + word.right(1);
}

QString digitsOf(const QString &text)
{
    QString digits;
    for (const QChar c : text) {
        if (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
            digits.append(c);
    }
    return digits;
}

// Splits a Korean phone number into its usual groups (area/prefix, exchange, line); empty when the
// shape is not recognised.
QStringList phoneGroups(const QString &digits)
{
    const qsizetype n = digits.size();
    auto split = [&digits](int a, int b) {
        return QStringList{digits.left(a), digits.mid(a, b), digits.mid(a + b)};
    };
    if (n < 8 || n > 12 || !digits.startsWith(QLatin1Char('0')))
        return {};
    if (digits.startsWith(QLatin1String("02"))) { // Seoul: 02-123-4567, 02-1234-5678
        if (n == 9)
            return split(2, 3);
        if (n == 10)
            return split(2, 4);
        return {};
    }
    if (digits.startsWith(QLatin1String("050"))) { // 안심번호 (safe numbers): 0505-1234-5678
        if (n == 12)
            return split(4, 4);
        if (n == 11)
            return split(4, 3);
        return {};
    }
    if (n == 11) // 010-1234-5678, 070-1234-5678, 031-1234-5678
        return split(3, 4);
    if (n == 10) // 011-123-4567, 031-123-4567
        return split(3, 3);
    return {};
}

} // namespace

QString maskName(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return QString();
    const QStringList words = trimmed.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QStringList masked;
    for (const QString &word : words)
        masked.append(maskNameWord(word));
    return masked.join(QLatin1Char(' '));
}

QString maskPhone(const QString &phone)
{
    const QString trimmed = phone.trimmed();
    if (trimmed.isEmpty())
        return QString();
    QString digits = digitsOf(trimmed);
    if (trimmed.startsWith(QLatin1String("+82")) && digits.startsWith(QLatin1String("82")))
        digits = QLatin1Char('0') + digits.mid(2);
    const QStringList groups = phoneGroups(digits);
    if (groups.size() == 3)
        return groups[0] + QLatin1Char('-') + QString(groups[1].size(), kMask) + QLatin1Char('-') + groups[2];
    // Unknown shape (short business numbers, foreign numbers): keep the separators and the last four
    // digits, hide every other digit.
    QString out = trimmed;
    qsizetype keep = 4;
    for (qsizetype i = out.size() - 1; i >= 0; --i) {
        if (!out[i].isDigit())
            continue;
        if (keep > 0)
            --keep;
        else
            out[i] = kMask;
    }
    return out;
}

QString maskAddress(const QString &address)
{
    const QStringList words = address.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.size() <= 2)
        return words.join(QLatin1Char(' '));
    // Keep 시/도 and 구/군; the rest becomes one fixed mask so its length gives nothing away.
    return words[0] + QLatin1Char(' ') + words[1] + QStringLiteral(" ***");
}

QString maskCustomsCode(const QString &code)
{
    const QString trimmed = code.trimmed();
    const qsizetype n = trimmed.size();
    if (n <= 6)
        return QString(n, kMask);
    return trimmed.left(3) + QString(n - 6, kMask) + trimmed.right(3);
}

QString maskValue(MaskClass mask, const QString &value)
{
    switch (mask) {
    case MaskClass::None:
        return value;
    case MaskClass::Name:
        return maskName(value);
    case MaskClass::Phone:
        return maskPhone(value);
    case MaskClass::Address:
        return maskAddress(value);
    case MaskClass::Postcode: {
        const QString digits = digitsOf(value);
        return digits.isEmpty() ? QString()
                                : digits.left(3) + QString(qMax<qsizetype>(0, digits.size() - 3), kMask);
    }
    case MaskClass::Hidden:
        return value.trimmed().isEmpty() ? QString() : QStringLiteral("***");
    case MaskClass::CustomsCode:
        return maskCustomsCode(value);
    }
    return value;
}

QString phoneLastDigits(const QString &phone)
{
    return digitsOf(phone).right(4);
}

} // namespace sd
