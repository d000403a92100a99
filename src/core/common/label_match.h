#pragma once
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <cstddef>
#include <optional>

namespace sd {

// Internal to core: the key used to match a code or label typed by a user or found in a file.
// Case and whitespace are ignored, so "talk_checkout", "상품 준비중" and "상품 준비 중" all match.
QString labelMatchKey(const QString &text);

// A table's English words translated (QCoreApplication::translate(context, english)); in a Korean UI
// (QLocale's default language) whose catalogue does not have them yet, the table's Korean words, so a
// seller never reads English where the seller center has its own Korean words.
QString translatedOrKorean(const char *context, const char *english, const char *korean);

// One row of a code/label table: the enum value, the code stored and typed on the command line, the
// English label (translation source) and the Korean label(s), always accepted when parsing whatever
// the current translator is, since files and users use them.
template <typename E> struct LabelRow
{
    E value;
    const char *code;
    const char *english;
    const char *korean;
    const char *koreanAlias = nullptr;
};

// Codes, translated labels and parsing for an enum, from one table of rows.
template <typename E, std::size_t N> class LabelTable
{
public:
    constexpr LabelTable(const char *context, const LabelRow<E> (&rows)[N]) : m_context(context), m_rows(rows)
    {
    }

    QList<E> values() const
    {
        QList<E> list;
        for (const LabelRow<E> &r : m_rows)
            list.append(r.value);
        return list;
    }
    QString code(E value) const { return QString::fromLatin1(row(value).code); }
    // Translated; in a Korean UI whose catalogue lacks the English source (a label shortened for
    // English), the row's Korean label.
    QString label(E value) const
    {
        return translatedOrKorean(m_context, row(value).english, row(value).korean);
    }
    std::optional<E> parse(const QString &text) const
    {
        for (const LabelRow<E> &r : m_rows) { // a stored code, as read back from the store
            if (text == QLatin1String(r.code))
                return r.value;
        }
        const QString key = labelMatchKey(text);
        if (key.isEmpty())
            return std::nullopt;
        for (const LabelRow<E> &r : m_rows) {
            if (key == labelMatchKey(QString::fromLatin1(r.code)) ||
                key == labelMatchKey(QString::fromLatin1(r.english)) ||
                key == labelMatchKey(QString::fromUtf8(r.korean)) ||
                (r.koreanAlias && key == labelMatchKey(QString::fromUtf8(r.koreanAlias))) ||
                key == labelMatchKey(label(r.value)))
                return r.value;
        }
        return std::nullopt;
    }

private:
    const LabelRow<E> &row(E value) const
    {
        for (const LabelRow<E> &r : m_rows) {
            if (r.value == value)
                return r;
        }
        return m_rows[0];
    }

    const char *m_context;
    const LabelRow<E> (&m_rows)[N];
};

} // namespace sd
