#include "io/marketplace/order_row_signature.h"

#include "io/marketplace/order_cells.h"

#include <QtEndian>
#include <string>

namespace sd {

namespace {

// XXH64 (Yann Collet's xxHash, 64-bit, seed 0), one shot over a buffer: a well-known fast
// non-cryptographic hash, written small here (Debian's libxxhash-dev is not a dependency of ours; the
// result is the reference implementation's, tests/io/test_order_row_signature checks its published values).
constexpr quint64 kP1 = 0x9E3779B185EBCA87ULL, kP2 = 0xC2B2AE3D27D4EB4FULL, kP3 = 0x165667B19E3779F9ULL,
                  kP4 = 0x85EBCA77C2B2AE63ULL, kP5 = 0x27D4EB2F165667C5ULL;

quint64 rotl(quint64 x, int r)
{
    return (x << r) | (x >> (64 - r));
}
quint64 read64(const uchar *p)
{
    return qFromLittleEndian<quint64>(p);
}
quint32 read32(const uchar *p)
{
    return qFromLittleEndian<quint32>(p);
}
quint64 round64(quint64 acc, quint64 input)
{
    acc += input * kP2;
    return rotl(acc, 31) * kP1;
}
quint64 merge64(quint64 acc, quint64 v)
{
    acc ^= round64(0, v);
    return acc * kP1 + kP4;
}

} // namespace

quint64 xxh64(const void *data, size_t size)
{
    const uchar *p = static_cast<const uchar *>(data);
    const uchar *const end = p + size;
    quint64 h;
    if (size >= 32) {
        quint64 v1 = kP1 + kP2, v2 = kP2, v3 = 0, v4 = 0 - kP1;
        for (; p + 32 <= end; p += 32) {
            v1 = round64(v1, read64(p));
            v2 = round64(v2, read64(p + 8));
            v3 = round64(v3, read64(p + 16));
            v4 = round64(v4, read64(p + 24));
        }
        h = rotl(v1, 1) + rotl(v2, 7) + rotl(v3, 12) + rotl(v4, 18);
        h = merge64(merge64(merge64(merge64(h, v1), v2), v3), v4);
    } else {
        h = kP5;
    }
    h += quint64(size);
    for (; p + 8 <= end; p += 8)
        h = rotl(h ^ round64(0, read64(p)), 27) * kP1 + kP4;
    if (p + 4 <= end) {
        h = rotl(h ^ (quint64(read32(p)) * kP1), 23) * kP2 + kP3;
        p += 4;
    }
    for (; p < end; ++p)
        h = rotl(h ^ (quint64(*p) * kP5), 11) * kP1;
    h ^= h >> 33;
    h *= kP2;
    h ^= h >> 29;
    h *= kP3;
    h ^= h >> 32;
    return h;
}

namespace {

// What a signature is taken of, as bytes: every value little-endian, every text preceded by its length
// (so the cells "ab","c" and "a","bc" differ), the same on every platform.
class SignatureBytes
{
public:
    void byte(quint8 b) { m_bytes.push_back(char(b)); }
    void number(quint64 v)
    {
        uchar le[8];
        qToLittleEndian(v, le);
        m_bytes.append(reinterpret_cast<const char *>(le), 8);
    }
    void text(QStringView s)
    {
        number(quint64(s.size()));
        if constexpr (Q_BYTE_ORDER == Q_LITTLE_ENDIAN) {
            m_bytes.append(reinterpret_cast<const char *>(s.utf16()), size_t(s.size()) * 2);
        } else {
            for (const QChar c : s) {
                byte(quint8(c.unicode()));
                byte(quint8(c.unicode() >> 8));
            }
        }
    }
    quint64 value() const { return xxh64(m_bytes.data(), m_bytes.size()); }
    // Back to the first `n` bytes (the layout every row starts with).
    void truncate(size_t n) { m_bytes.resize(n); }
    size_t size() const { return m_bytes.size(); }

private:
    std::string m_bytes;
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

namespace {

// What every row of the table shares: the profile's name, the mapping version, the channel given and the
// layout (each column's field and where the sheet has it); each row's cells follow it.
void addLayout(SignatureBytes &h, const ProfileMatch &match, std::optional<Channel> channel)
{
    h.text(u"sellerdesk order row");
    h.number(kOrderMappingVersion);
    const OrderProfile &profile = *match.profile;
    h.text(profile.name);
    if (!channel)
        channel = profile.channel;
    h.text(channel ? channelCode(*channel) : QStringLiteral("(the rows name it)"));
    for (qsizetype i = 0; i < profile.columns.size(); ++i) {
        h.text(profile.columns.at(i).field);
        h.number(quint64(qint64(match.columnOf.value(i, -1))));
    }
}

// The sheet columns of the profile's columns that the header has, in profile order.
QList<int> presentColumns(const ProfileMatch &match)
{
    QList<int> columns;
    for (qsizetype i = 0; i < match.profile->columns.size(); ++i) {
        if (const int c = match.columnOf.value(i, -1); c >= 0)
            columns << c;
    }
    return columns;
}

// `h` holds the layout (`layoutSize` bytes); it is cut back to it and the row's cells added.
quint64 rowSignature(SignatureBytes &h, size_t layoutSize, const TableRows &rows, qsizetype row,
                     const QList<int> &columns)
{
    h.truncate(layoutSize);
    for (const int column : columns) {
        h.text(rows.cellView(row, column));
        h.byte(rows.isNumber(row, column) ? 1 : 0);
    }
    return h.value();
}

} // namespace

quint64 orderRowSignature(const TableRows &rows, qsizetype row, const ProfileMatch &match,
                          std::optional<Channel> channel)
{
    SignatureBytes h;
    addLayout(h, match, channel);
    return rowSignature(h, h.size(), rows, row, presentColumns(match));
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
    SignatureBytes bytes;
    addLayout(bytes, match, channel);
    const size_t layoutSize = bytes.size();
    const QList<int> columns = presentColumns(match);
    for (qsizetype i = match.headerRow + 1; i < rows.size(); ++i) {
        if (rows.isBlankRow(i))
            continue;
        OrderRowKey k;
        k.row = i;
        k.productOrderNo = keyColumn < 0 ? QString() : plainCell(rows.cell(i, keyColumn));
        k.channel = fixed ? fixed
                    : channelColumn < 0 ? std::nullopt
                                        : parseChannel(plainCell(rows.cell(i, channelColumn)));
        k.signature = rowSignature(bytes, layoutSize, rows, i, columns);
        keys << k;
    }
    return keys;
}

} // namespace sd
