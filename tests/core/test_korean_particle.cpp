// Korean particles chosen from the word before them, and filled into translations with their value.
#include "core/common/korean_particle.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace sd;

class TestKoreanParticle : public QObject
{
    Q_OBJECT

private slots:
    void particle_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<QString>("pair");
        QTest::addColumn<QString>("expected");
        // Hangul: with and without 받침, and ㄹ for 으로/로.
        QTest::newRow("받침 이") << QStringLiteral("주문") << QStringLiteral("이/가") << QStringLiteral("이");
        QTest::newRow("no 받침 가") << QStringLiteral("주소") << QStringLiteral("이/가")
                                    << QStringLiteral("가");
        QTest::newRow("받침 을") << QStringLiteral("상품") << QStringLiteral("을/를") << QStringLiteral("을");
        QTest::newRow("no 받침 를") << QStringLiteral("배송비") << QStringLiteral("을/를")
                                    << QStringLiteral("를");
        QTest::newRow("받침 은") << QStringLiteral("상호명") << QStringLiteral("은/는")
                                 << QStringLiteral("은");
        QTest::newRow("no 받침 는") << QStringLiteral("상호") << QStringLiteral("은/는")
                                    << QStringLiteral("는");
        QTest::newRow("받침 으로") << QStringLiteral("부산") << QStringLiteral("으로/로")
                                   << QStringLiteral("으로");
        QTest::newRow("ㄹ 로") << QStringLiteral("서울") << QStringLiteral("으로/로") << QStringLiteral("로");
        QTest::newRow("vowel 로") << QStringLiteral("대구") << QStringLiteral("으로/로")
                                  << QStringLiteral("로");
        QTest::newRow("ㄹ takes 이") << QStringLiteral("연필") << QStringLiteral("이/가")
                                     << QStringLiteral("이");
        QTest::newRow("과") << QStringLiteral("택배사") << QStringLiteral("과/와") << QStringLiteral("와");
        QTest::newRow("이에요") << QStringLiteral("송장") << QStringLiteral("이에요/예요")
                                << QStringLiteral("이에요");
        // Digits read as Sino-Korean numbers.
        QTest::newRow("1 일: 이, 로")
            << QStringLiteral("2026111") << QStringLiteral("으로/로") << QStringLiteral("로");
        QTest::newRow("2 이: 가") << QStringLiteral("12") << QStringLiteral("이/가") << QStringLiteral("가");
        QTest::newRow("3 삼: 을") << QStringLiteral("2026112100000123") << QStringLiteral("을/를")
                                  << QStringLiteral("을");
        QTest::newRow("4 사: 를") << QStringLiteral("1234") << QStringLiteral("을/를")
                                  << QStringLiteral("를");
        QTest::newRow("6 육: 이") << QStringLiteral("56") << QStringLiteral("이/가") << QStringLiteral("이");
        QTest::newRow("7 칠: 로") << QStringLiteral("7") << QStringLiteral("으로/로") << QStringLiteral("로");
        QTest::newRow("8 팔: 이") << QStringLiteral("8") << QStringLiteral("이/가") << QStringLiteral("이");
        QTest::newRow("9 구: 가") << QStringLiteral("1234567899") << QStringLiteral("이/가")
                                  << QStringLiteral("가");
        QTest::newRow("10 십: 이") << QStringLiteral("1234567890") << QStringLiteral("이/가")
                                   << QStringLiteral("이");
        QTest::newRow("0 영: 으로") << QStringLiteral("0") << QStringLiteral("으로/로")
                                    << QStringLiteral("으로");
        QTest::newRow("version 2: 로")
            << QStringLiteral("2") << QStringLiteral("으로/로") << QStringLiteral("로");
        QTest::newRow("1조: 가") << QStringLiteral("1000000000000") << QStringLiteral("이/가")
                                 << QStringLiteral("가");
        // Latin letters: abbreviations by letter names, words by a few endings.
        QTest::newRow("CJGLS 에스: 가")
            << QStringLiteral("CJGLS") << QStringLiteral("이/가") << QStringLiteral("가");
        QTest::newRow("KGB 비: 로") << QStringLiteral("KGB") << QStringLiteral("으로/로")
                                    << QStringLiteral("로");
        QTest::newRow("CJ대한통운") << QStringLiteral("CJ대한통운") << QStringLiteral("으로/로")
                                    << QStringLiteral("으로");
        QTest::newRow("URL 엘: 로") << QStringLiteral("URL") << QStringLiteral("으로/로")
                                    << QStringLiteral("로");
        QTest::newRow("PDF 에프: 를")
            << QStringLiteral("PDF") << QStringLiteral("을/를") << QStringLiteral("를");
        QTest::newRow("M 엠: 이") << QStringLiteral("XM") << QStringLiteral("이/가") << QStringLiteral("이");
        QTest::newRow("owner: 로") << QStringLiteral("owner") << QStringLiteral("으로/로")
                                   << QStringLiteral("로");
        QTest::newRow("admin: 으로") << QStringLiteral("admin") << QStringLiteral("으로/로")
                                     << QStringLiteral("으로");
        QTest::newRow("email: 로") << QStringLiteral("email") << QStringLiteral("으로/로")
                                   << QStringLiteral("로");
        QTest::newRow("demo: 를") << QStringLiteral("demo") << QStringLiteral("을/를")
                                  << QStringLiteral("를");
        // Trailing quotes and brackets are not read.
        QTest::newRow("quoted") << QStringLiteral("\"하늘상회\"") << QStringLiteral("을/를")
                                << QStringLiteral("를");
        QTest::newRow("bracket") << QStringLiteral("스토어(본점)") << QStringLiteral("이/가")
                                 << QStringLiteral("이");
        QTest::newRow("nothing readable")
            << QStringLiteral("…") << QStringLiteral("이/가") << QStringLiteral("가");
    }

    void particle()
    {
        QFETCH(QString, word);
        QFETCH(QString, pair);
        QFETCH(QString, expected);
        QCOMPARE(particleAfter(word, pair), expected);
    }

    void argWithParticle_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("subject") << QStringLiteral("사업자등록번호 %1{이/가} 올바르지 않습니다.")
                                 << QStringLiteral("1234567890")
                                 << QStringLiteral("사업자등록번호 1234567890이 올바르지 않습니다.");
        QTest::newRow("object") << QStringLiteral("주문 %1{을/를} 구매확정할까요?")
                                << QStringLiteral("2026112100000124")
                                << QStringLiteral("주문 2026112100000124를 구매확정할까요?");
        QTest::newRow("lowest first, rest left")
            << QStringLiteral("%2행: %1{이/가} 비어 있습니다.") << QStringLiteral("송장번호")
            << QStringLiteral("%2행: 송장번호가 비어 있습니다.");
        QTest::newRow("English has no braces")
            << QStringLiteral("There is no order %1.") << QStringLiteral("42")
            << QStringLiteral("There is no order 42.");
        QTest::newRow("every occurrence") << QStringLiteral("%1{은/는} %1{으로/로}") << QStringLiteral("서울")
                                          << QStringLiteral("서울은 서울로");
        QTest::newRow("%1 is not %10")
            << QStringLiteral("%10 %1{이/가}") << QStringLiteral("값") << QStringLiteral("%10 값이");
        QTest::newRow("braces in the value stay")
            << QStringLiteral("%1{을/를} 저장") << QStringLiteral("{이/가}")
            << QStringLiteral("{이/가}를 저장");
        QTest::newRow("no placeholder")
            << QStringLiteral("그대로") << QStringLiteral("x") << QStringLiteral("그대로");
    }

    void argWithParticle()
    {
        QFETCH(QString, text);
        QFETCH(QString, value);
        QFETCH(QString, expected);
        QCOMPARE(sd::argWithParticle(text, value), expected);
    }

    // The Korean catalogue never falls back on the "이(가)" forms: a particle is either part of a fixed
    // word or a {이/가} pair that argWithParticle() fills.
    void catalogueHasNoBracketedParticles()
    {
        QFile ts(QStringLiteral(SD_SOURCE_DIR "/translations/sellerdesk_ko.ts"));
        QVERIFY(ts.open(QIODevice::ReadOnly));
        static const QRegularExpression bracketed(
            QStringLiteral("(이\\(가\\)|을\\(를\\)|은\\(는\\)|\\(으\\)로|과\\(와\\)|\\(이\\)[나라])"));
        const QString text = QString::fromUtf8(ts.readAll());
        const auto match = bracketed.match(text);
        QVERIFY2(!match.hasMatch(),
                 qPrintable(text.mid(std::max<qsizetype>(0, match.capturedStart() - 80), 120)));
    }
};

QTEST_GUILESS_MAIN(TestKoreanParticle)
#include "test_korean_particle.moc"
