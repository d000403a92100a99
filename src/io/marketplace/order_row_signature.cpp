#include "io/marketplace/order_row_signature.h"

#include "io/marketplace/order_cells.h"

namespace sd {

namespace {

// FNV-1a, 64-bit (Fowler, Noll, Vo): small, well known, and fast enough here (a 100,000-row file with
// 24 mapped columns is ~60 MB of cell text: tens of ms). Every value is fed as its little-endian bytes,
// so a signature is the same on every platform; every text is preceded by its length, so the cells
// "ab","c" and "a","bc" differ.
class Fnv1a64
{
public:
    void byte(quint8 b)
    {
        m_h ^= b;
        m_h *= 0x100000001b3ULL;
    }
    void number(quint64 v)
    {
        for (int i = 0; i < 8; ++i)
            byte(quint8(v >> (8 * i)));
    }
    void text(QStringView s)
    {
        number(quint64(s.size()));
        for (const QChar c : s) {
            const char16_t u = c.unicode();
            byte(quint8(u));
            byte(quint8(u >> 8));
        }
    }
    void latin1(const char *s) { text(QString::fromLatin1(s)); }
    quint64 value() const { return m_h; }

private:
    quint64 m_h = 0xcbf29ce484222325ULL;
};

// The sheet column of a field as readOrderRows takes it: the last of the profile's columns for it that the
// header has.
int columnOfField(const ProfileMatch &match, const QString &field)
{
    int column = -1;
    for (qsizetype i = 0; i < match.profile->columns.size(); ++i) {
        if (match.profile->columns.at(i).field == field && match.columnOf.value(i, -1) >= 0)
            column = match.columnOf.at(i);
    }
    return column;
}

} // namespace

quint64 orderRowSignature(const TableRows &rows, qsizetype row, const ProfileMatch &match,
                          std::optional<Channel> channel)
{
    Fnv1a64 h;
    h.text(u"sellerdesk order row");
    h.number(kOrderMappingVersion);
    const OrderProfile &profile = *match.profile;
    h.text(profile.name);
    if (!channel)
        channel = profile.channel;
    h.text(channel ? channelCode(*channel) : QStringLiteral("(the rows name it)"));
    for (qsizetype i = 0; i < profile.columns.size(); ++i) {
        const int column = match.columnOf.value(i, -1);
        h.text(profile.columns.at(i).field);
        h.number(quint64(qint64(column)));
        if (column < 0)
            continue;
        h.text(rows.cellView(row, column));
        h.byte(rows.isNumber(row, column) ? 1 : 0);
    }
    return h.value();
}

QList<OrderRowKey> orderRowKeys(const TableRows &rows, const ProfileMatch &match,
                                std::optional<Channel> channel)
{
    QList<OrderRowKey> keys;
    if (!match.profile || match.headerRow < 0)
        return keys;
    const int keyColumn = columnOfField(match, QStringLiteral("product_order_no"));
    const int channelColumn = columnOfField(match, QStringLiteral("channel"));
    const std::optional<Channel> fixed = channel ? channel : match.profile->channel;
    keys.reserve(rows.size() - match.headerRow - 1);
    for (qsizetype i = match.headerRow + 1; i < rows.size(); ++i) {
        if (rows.isBlankRow(i))
            continue;
        OrderRowKey k;
        k.row = i;
        k.productOrderNo = keyColumn < 0 ? QString() : plainCell(rows.cell(i, keyColumn));
        k.channel = fixed ? fixed
                    : channelColumn < 0 ? std::nullopt
                                        : parseChannel(plainCell(rows.cell(i, channelColumn)));
        k.signature = orderRowSignature(rows, i, match, channel);
        keys << k;
    }
    return keys;
}

} // namespace sd
