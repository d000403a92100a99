// Row signatures of an order file (io/marketplace/order_row_signature): what changes them and what does
// not, and readOrderRows leaving out the rows it is told to skip.
#include "io/marketplace/order_file.h"
#include "io/marketplace/order_profile.h"
#include "io/marketplace/order_row_signature.h"

#include <QTest>

using namespace sd;

namespace {

const OrderProfile &sellerdesk()
{
    for (const OrderProfile &p : builtInProfiles()) {
        if (p.name == QLatin1String("sellerdesk"))
            return p;
    }
    qFatal("no sellerdesk profile");
}

const OrderProfile &naver()
{
    for (const OrderProfile &p : builtInProfiles()) {
        if (p.name == QLatin1String("naver_dispatch"))
            return p;
    }
    qFatal("no naver_dispatch profile");
}

// A minimal Naver download: the required columns and a free-text one.
TableRows naverRows(const QList<QStringList> &data)
{
    QList<QStringList> rows{{QStringLiteral("상품주문번호"), QStringLiteral("주문번호"), QStringLiteral("주문상태"),
                             QStringLiteral("결제일"), QStringLiteral("상품명"), QStringLiteral("옵션정보"),
                             QStringLiteral("수량"), QStringLiteral("최종 상품별 총 주문금액")}};
    rows << data;
    return TableRows(rows);
}

QStringList row(const QString &no, const QString &product = QStringLiteral("펜"),
                const QString &option = QString())
{
    return {no, QStringLiteral("O1"), QStringLiteral("결제완료"), QStringLiteral("2026-11-30 10:00:00"), product,
            option, QStringLiteral("1"), QStringLiteral("1000")};
}

} // namespace

class TestOrderRowSignature : public QObject
{
    Q_OBJECT

private slots:
    void xxh64ReferenceValues()
    {
        // xxHash's published XXH64 values (seed 0).
        QCOMPARE(xxh64("", 0), Q_UINT64_C(0xEF46DB3751D8E999));
        QCOMPARE(xxh64("a", 1), Q_UINT64_C(0xD24EC4F1A98C6E5B));
        QCOMPARE(xxh64("abc", 3), Q_UINT64_C(0x44BC2CF5AD770999));
        const QByteArray fox("The quick brown fox jumps over the lazy dog"); // past the 32-byte stripes
        QCOMPARE(xxh64(fox.constData(), size_t(fox.size())), Q_UINT64_C(0x0B242D361FDA71BC));
        // 781 bytes (i % 251): the stripes and every tail step; checked against Debian's libxxhash 0.8.1.
        QByteArray bytes;
        for (int i = 0; i < 781; ++i)
            bytes.append(char(i % 251));
        QCOMPARE(xxh64(bytes.constData(), size_t(bytes.size())), Q_UINT64_C(0xD192BAA775432794));
    }

    void keysAndSignatures()
    {
        const TableRows rows = naverRows({row(QStringLiteral("2026113000000001")), {}, row(QStringLiteral(" 2026113000000002 "))});
        const ProfileMatch match = matchProfile(rows, naver());
        QVERIFY(match.complete());
        const QList<OrderRowKey> keys = orderRowKeys(rows, match, std::nullopt);
        QCOMPARE(keys.size(), 2); // the blank row is skipped, as readOrderRows skips it
        QCOMPARE(keys.at(0).row, 1);
        QCOMPARE(keys.at(1).row, 3);
        QCOMPARE(keys.at(1).productOrderNo, QStringLiteral("2026113000000002")); // as readRow reads it
        QCOMPARE(keys.at(0).channel, std::optional<Channel>(Channel::NaverSmartstore));
        // The same row, the same signature; each call alike.
        QCOMPARE(keys.at(0).signature, orderRowSignature(rows, 1, match, std::nullopt));
        QVERIFY(keys.at(0).signature != keys.at(1).signature);
    }

    void whatChangesASignature()
    {
        const auto signature = [](const QList<QStringList> &data, std::optional<Channel> channel = std::nullopt) {
            const TableRows rows = naverRows(data);
            return orderRowSignature(rows, 1, matchProfile(rows, naver()), channel);
        };
        const QString no = QStringLiteral("2026113000000001");
        const quint64 base = signature({row(no)});
        QCOMPARE(signature({row(no)}), base);
        QVERIFY(signature({row(no, QStringLiteral("펜 "))}) != base);   // a cell as read, before trimming
        QVERIFY(signature({row(no, QStringLiteral("펜"), QStringLiteral("x"))}) != base);
        QVERIFY(signature({row(no)}, Channel::KakaoStore) != base);        // the channel given
        // Cell boundaries count: "펜a" + "" is not "펜" + "a".
        QVERIFY(signature({row(no, QStringLiteral("펜a"))}) != signature({row(no, QStringLiteral("펜"), QStringLiteral("a"))}));
        // A number cell (an .xlsx double) is not the same text as a text cell.
        TableRows marked;
        marked.append(naverRows({}).at(0));
        marked.append(row(no), {0});
        QVERIFY(orderRowSignature(marked, 1, matchProfile(marked, naver()), std::nullopt) != base);
        // Another profile over the same cells.
        const TableRows rows = naverRows({row(no)});
        ProfileMatch other = matchProfile(rows, naver());
        other.profile->name = QStringLiteral("my_layout");
        QVERIFY(orderRowSignature(rows, 1, other, std::nullopt) != base);
        QVERIFY(sellerdesk().name == QLatin1String("sellerdesk"));
    }

    void skippedRowsAreNotRead()
    {
        // Row 3 is bad (no quantity), but skipped: not read, so no problem; counted.
        QStringList bad = row(QStringLiteral("2026113000000002"));
        bad[6] = QString();
        const TableRows rows = naverRows({row(QStringLiteral("2026113000000001")), bad});
        const ProfileMatch match = matchProfile(rows, naver());
        QVERIFY(!readOrderRows(rows, match).ok());
        std::vector<bool> skip(size_t(rows.size()), false);
        skip[2] = true;
        const OrderFileResult result = readOrderRows(rows, match, std::nullopt, &skip);
        QVERIFY(result.ok());
        QCOMPARE(result.skipped, 1);
        QCOMPARE(result.orders.size(), 1);
        // Every row skipped is not "a file without orders".
        skip[1] = true;
        const OrderFileResult none = readOrderRows(rows, match, std::nullopt, &skip);
        QVERIFY(none.ok());
        QCOMPARE(none.skipped, 2);
        QVERIFY(none.orders.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestOrderRowSignature)
#include "test_order_row_signature.moc"
