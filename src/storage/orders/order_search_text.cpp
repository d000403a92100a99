#include "storage/orders/order_search_text.h"

#include "core/access/personal_data_mask.h"

#include <QStringList>

namespace sd {

namespace {

const QChar kPairMarker(0x00B6); // ¶, never typed by users

QString pairs(const QString &text)
{
    QStringList out;
    const QStringList words = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &w : words) {
        for (int i = 0; i + 2 <= w.size(); ++i)
            out << w.mid(i, 2) + kPairMarker;
    }
    return out.join(QLatin1Char(' '));
}

QString quoted(const QString &term)
{
    QString t = term;
    t.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + t + QLatin1Char('"');
}

} // namespace

QString orderSearchDocument(const Order &o)
{
    const OrderContact &c = o.contact;
    QStringList parts{o.productOrderNo,
                      o.orderNo,
                      c.buyerName,
                      c.recipientName,
                      o.productName,
                      o.trackingNo,
                      phoneLastDigits(c.buyerPhone),
                      phoneLastDigits(c.recipientPhone1),
                      pairs(c.buyerName + QLatin1Char(' ') + c.recipientName),
                      pairs(o.productName)};
    parts.removeAll(QString());
    return parts.join(QLatin1Char(' '));
}

QStringList orderSearchWords(const QString &userText)
{
    QStringList out;
    const QStringList words = userText.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (QString w : words) {
        w.remove(QLatin1Char('-')); // phone and tracking numbers are indexed without hyphens
        w.remove(kPairMarker);
        if (w.size() >= 2)
            out << w;
    }
    return out;
}

QString orderSearchMatch(const QString &userText)
{
    QStringList terms;
    for (const QString &w : orderSearchWords(userText))
        terms << (w.size() >= 3 ? quoted(w) : quoted(w + kPairMarker));
    return terms.join(QLatin1Char(' '));
}

} // namespace sd
