#pragma once
#include "core/orders/order.h"

#include <QString>
#include <QStringList>

namespace sd {

// The orders search box runs on an FTS5 trigram index. Trigrams need three characters, but Korean
// names are often two or three syllables ("민수"), so the document also carries every two-character
// piece of names and product names followed by a marker, and a two-character query looks for that.
QString orderSearchDocument(const Order &order);
// FTS5 MATCH expression for what the user typed (every word must occur), or an empty string when
// nothing is searchable (e.g. a single character).
QString orderSearchMatch(const QString &userText);
// The words of what the user typed as the search looks for them (hyphens and the marker removed,
// single characters dropped); a word of two characters is looked for as a pair, longer ones as typed.
QStringList orderSearchWords(const QString &userText);

} // namespace sd
