#include "core/common/korean_particle.h"

namespace sd {

namespace {

bool isHangulSyllable(QChar c)
{
    return c.unicode() >= 0xAC00 && c.unicode() <= 0xD7A3;
}

bool isAsciiLetter(QChar c)
{
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
           (c >= QLatin1Char('A') && c <= QLatin1Char('Z'));
}

bool isAsciiDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

// A number ending in zeros is read by its last unit: 10 십, 100 백, 1000 천, 10000 만, 10^8 억, 10^12 조.
FinalSound numberEnding(const QString &word, qsizetype last)
{
    const int digit = word.at(last).unicode() - '0';
    if (digit != 0) {
        //                        0      1     2      3     4      5      6     7     8     9
        static const bool cons[] = {true, true, false, true, false, false, true, true, true, false};
        static const bool rieul[] = {false, true, false, false, false, false, false, true, true, false};
        return {cons[digit], rieul[digit]};
    }
    qsizetype zeros = 0;
    qsizetype i = last;
    while (i >= 0 && word.at(i) == QLatin1Char('0')) {
        ++zeros;
        --i;
    }
    if (i < 0 || !isAsciiDigit(word.at(i)))
        return {true, false}; // "0" alone: 영
    if (zeros >= 12 && zeros < 16)
        return {false, false}; // 조
    return {true, false};      // 십, 백, 천, 만, 억
}

FinalSound latinEnding(const QString &word, qsizetype last)
{
    qsizetype start = last;
    while (start > 0 && isAsciiLetter(word.at(start - 1)))
        --start;
    const QString letters = word.mid(start, last - start + 1);
    const QChar end = letters.back();
    if (letters == letters.toUpper()) { // an abbreviation, read letter by letter: CJ, LG, KGB
        if (end == QLatin1Char('L') || end == QLatin1Char('R'))
            return {true, true};
        return {end == QLatin1Char('M') || end == QLatin1Char('N'), false};
    }
    const QString lower = letters.toLower();
    if (lower.endsWith(QLatin1String("l")) || lower.endsWith(QLatin1String("le")))
        return {true, true};
    if (lower.endsWith(QLatin1String("ng")) || lower.endsWith(QLatin1String("m")) ||
        lower.endsWith(QLatin1String("n")))
        return {true, false};
    return {false, false};
}

} // namespace

FinalSound finalSound(const QString &word)
{
    for (qsizetype i = word.size() - 1; i >= 0; --i) {
        const QChar c = word.at(i);
        if (isHangulSyllable(c)) {
            const int jong = (c.unicode() - 0xAC00) % 28;
            return {jong != 0, jong == 8};
        }
        if (c.unicode() >= 0x3131 && c.unicode() <= 0x314E) // a consonant jamo on its own: ㅋ, ㄹ
            return {true, c.unicode() == 0x3139};
        if (isAsciiDigit(c))
            return numberEnding(word, i);
        if (isAsciiLetter(c))
            return latinEnding(word, i);
        if (c.isLetter())
            return {}; // another script: no rule, take the vowel form
    }
    return {};
}

QString particleAfter(const QString &word, const QString &pair)
{
    const qsizetype slash = pair.indexOf(QLatin1Char('/'));
    if (slash < 0)
        return pair;
    const QString afterConsonant = pair.left(slash);
    const QString afterVowel = pair.mid(slash + 1);
    const FinalSound sound = finalSound(word);
    // 으로/로: ㄹ behaves like a vowel (서울로, 연필로).
    if (afterVowel == QStringLiteral("로") && sound.rieul)
        return afterVowel;
    return sound.consonant ? afterConsonant : afterVowel;
}

QString argWithParticle(const QString &text, const QString &value)
{
    // The lowest-numbered placeholder, as QString::arg() picks it.
    int lowest = 100;
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('%') || !isAsciiDigit(text.at(i + 1)))
            continue;
        int n = text.at(i + 1).unicode() - '0';
        if (i + 2 < text.size() && isAsciiDigit(text.at(i + 2)))
            n = n * 10 + (text.at(i + 2).unicode() - '0');
        if (n > 0)
            lowest = std::min(lowest, n);
    }
    if (lowest == 100)
        return text;
    const QString placeholder = QLatin1Char('%') + QString::number(lowest);
    QString out;
    out.reserve(text.size() + value.size());
    qsizetype i = 0;
    while (i < text.size()) {
        const bool here = text.mid(i, placeholder.size()) == placeholder &&
                          !(i + placeholder.size() < text.size() && lowest < 10 &&
                            isAsciiDigit(text.at(i + placeholder.size())));
        if (!here) {
            out += text.at(i++);
            continue;
        }
        out += value;
        i += placeholder.size();
        if (i < text.size() && text.at(i) == QLatin1Char('{')) {
            const qsizetype close = text.indexOf(QLatin1Char('}'), i);
            const QString pair = close > i ? text.mid(i + 1, close - i - 1) : QString();
            if (pair.contains(QLatin1Char('/')) && !pair.contains(QLatin1Char('{'))) {
                out += particleAfter(value, pair);
                i = close + 1;
            }
        }
    }
    return out;
}

} // namespace sd
