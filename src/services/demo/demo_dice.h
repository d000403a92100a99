#pragma once
// Internal to the demo store generator: seeded draws and cheap digit formatting.
#include "core/common/money.h"

#include <QRandomGenerator>
#include <QString>
#include <algorithm>
#include <vector>

namespace sd::demo {

// Seeded dice. Every draw goes through here in a fixed order, so a seed gives the same store.
class Dice
{
public:
    explicit Dice(quint32 seed) : m_rng(seed) {}
    int below(int n) { return n <= 1 ? 0 : int(m_rng.bounded(quint32(n))); }
    qint64 below64(qint64 n) { return n <= 1 ? 0 : qint64(m_rng.bounded(quint64(n))); }
    int between(int lo, int hi) { return lo + below(hi - lo + 1); }
    bool permille(int p) { return below(1000) < p; }

private:
    QRandomGenerator m_rng;
};

// A draw by integer weights (cumulative, binary search).
class Weighted
{
public:
    explicit Weighted(std::vector<qint64> weights)
    {
        qint64 sum = 0;
        for (qint64 w : weights)
            m_cumulative.push_back(sum += w);
    }
    int pick(Dice &dice) const
    {
        const qint64 r = dice.below64(m_cumulative.back());
        return int(std::upper_bound(m_cumulative.begin(), m_cumulative.end(), r) - m_cumulative.begin());
    }

private:
    std::vector<qint64> m_cumulative;
};

inline QString utf8(const char *s)
{
    return QString::fromUtf8(s);
}

// Zero-padded decimal digits written straight into a buffer (no QString::arg per row).
inline void putDigits(QChar *out, qint64 value, int width)
{
    for (int i = width - 1; i >= 0; --i) {
        out[i] = QChar(u'0' + char16_t(value % 10));
        value /= 10;
    }
}

inline QString digits(qint64 value, int width)
{
    QString s(width, Qt::Uninitialized);
    putDigits(s.data(), value, width);
    return s;
}

inline qint64 pow10(int n)
{
    qint64 p = 1;
    while (n-- > 0)
        p *= 10;
    return p;
}

inline Won round100(qint64 won)
{
    return (won + 50) / 100 * 100;
}

} // namespace sd::demo
