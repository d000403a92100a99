#pragma once
#include "core/orders/order.h"

#include <QString>

namespace sd {

// The orders search box runs on an FTS5 trigram index. Trigrams need three characters, but Korean
// names are often two or three syllables ("민수"), so the document also carries every two-character
// piece of names and product names followed by a marker, and a two-character query looks for that.
QString orderSearchDocument(const Order &order);
// FTS5 MATCH expression for what the user typed (every word must occur), or an empty string when
// nothing is searchable (e.g. a single character).
QString orderSearchMatch(const QString &userText);

} // namespace sd
