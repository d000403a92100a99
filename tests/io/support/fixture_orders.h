#pragma once
// The order rows of tests/io/data/encrypted/plain.xlsx (written by make_fixture_xlsx, then encrypted by
// tests/io/data/make_encrypted.sh): the tests compare what they decrypt and read against these.
#include <QString>
#include <QStringList>

namespace sd::test {

constexpr int kFixtureOrderRows = 300;

inline QStringList fixtureOrderHeader()
{
    return {QStringLiteral("상품주문번호"), QStringLiteral("주문번호"),
            QStringLiteral("수취인명"),     QStringLiteral("상품명"),
            QStringLiteral("수량"),         QStringLiteral("최종 상품별 총 주문금액"),
            QStringLiteral("배송메세지")};
}

// Data row `i` (0-based) as the XLSX reader gives it back: numbers as their digits.
inline QStringList fixtureOrderRow(int i)
{
    static const QStringList names = {QStringLiteral("김민수"), QStringLiteral("이서연"),
                                      QStringLiteral("박지훈"), QStringLiteral("최유나"),
                                      QStringLiteral("정하늘")};
    static const QStringList products = {
        QStringLiteral("유기농 현미 10kg"), QStringLiteral("제주 감귤 5kg, 특품"),
        QStringLiteral("\"수제\" 딸기잼 500g"), QStringLiteral("무선 충전기 🔋")};
    return {QString::number(2024010100000000LL + i),
            QString::number(2024010110000000LL + i / 2),
            names.at(i % names.size()),
            products.at(i % products.size()),
            QString::number(1 + i % 3),
            QString::number(12900 * (1 + i % 3) + 100 * i),
            i % 7 == 0 ? QStringLiteral("부재 시 경비실에\n맡겨 주세요") : QString()};
}

} // namespace sd::test
