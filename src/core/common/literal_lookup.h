#pragma once
#include <QHash>
#include <QLatin1String>
#include <QString>

namespace sd {

// A QHash keyed by QString, asked with string literals (field ids such as "paid_at") many times: each
// literal is looked up once and its answer kept by the literal's address, instead of building a QString
// for every question (an import asks about thirty fields for each of 100,000 rows). Keys must be
// literals or other strings that live as long as the lookup. Not thread-safe.
template <typename V> class LiteralLookup
{
public:
    explicit LiteralLookup(QHash<QString, V> values, V missing = V{})
        : m_values(std::move(values)), m_missing(missing)
    {
    }
    V value(const char *key) const
    {
        auto known = m_known.constFind(key);
        if (known == m_known.cend())
            known = m_known.insert(key, m_values.value(QLatin1String(key), m_missing));
        return *known;
    }
    bool contains(const char *key) const { return value(key) != m_missing; }

private:
    QHash<QString, V> m_values;
    V m_missing;
    mutable QHash<const char *, V> m_known;
};

} // namespace sd
