#include "core/access/personal_data_mask.h"

#include <QTest>

using namespace sd;

class TestPersonalDataMask : public QObject
{
    Q_OBJECT

private slots:
    void name_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("masked");
        QTest::newRow("three syllables") << "김민수"
                                         << "김*수";
        QTest::newRow("four syllables") << "남궁민수"
                                        << "남**수";
        QTest::newRow("two syllables") << "이수"
                                       << "이*";
        QTest::newRow("one syllable") << "김"
                                      << "*";
        QTest::newRow("latin") << "John Smith"
                               << "J*** S****";
        QTest::newRow("extra spaces") << "  John   Smith "
                                      << "J*** S****";
        QTest::newRow("padded hangul") << " 김민수 "
                                       << "김*수";
        QTest::newRow("empty") << ""
                               << "";
        QTest::newRow("blank") << "   "
                               << "";
    }

    void name()
    {
        QFETCH(QString, name);
        QFETCH(QString, masked);
        QCOMPARE(maskName(name), masked);
    }

    void phone_data()
    {
        QTest::addColumn<QString>("phone");
        QTest::addColumn<QString>("masked");
        QTest::addColumn<QString>("last");
        QTest::newRow("mobile") << "010-1234-5678"
                                << "010-****-5678"
                                << "5678";
        QTest::newRow("mobile digits only") << "01012345678"
                                            << "010-****-5678"
                                            << "5678";
        QTest::newRow("mobile spaces") << "010 1234 5678"
                                       << "010-****-5678"
                                       << "5678";
        QTest::newRow("old mobile 10 digits") << "011-123-4567"
                                              << "011-***-4567"
                                              << "4567";
        QTest::newRow("safe number 0505") << "0505-1234-5678"
                                          << "0505-****-5678"
                                          << "5678";
        QTest::newRow("safe number digits only") << "050412345678"
                                                 << "0504-****-5678"
                                                 << "5678";
        QTest::newRow("seoul 9 digits") << "02-123-4567"
                                        << "02-***-4567"
                                        << "4567";
        QTest::newRow("seoul 10 digits") << "0212345678"
                                         << "02-****-5678"
                                         << "5678";
        QTest::newRow("area code") << "031-123-4567"
                                   << "031-***-4567"
                                   << "4567";
        QTest::newRow("internet phone") << "070-1234-5678"
                                        << "070-****-5678"
                                        << "5678";
        QTest::newRow("international") << "+82 10-1234-5678"
                                       << "010-****-5678"
                                       << "5678";
        QTest::newRow("business number") << "1588-1234"
                                         << "****-1234"
                                         << "1234";
        QTest::newRow("empty") << ""
                               << ""
                               << "";
    }

    void phone()
    {
        QFETCH(QString, phone);
        QFETCH(QString, masked);
        QFETCH(QString, last);
        QCOMPARE(maskPhone(phone), masked);
        QCOMPARE(phoneLastDigits(phone), last);
        // Never leaks the middle digits.
        if (phone.contains(QStringLiteral("1234-5678")))
            QVERIFY(!maskPhone(phone).contains(QStringLiteral("1234")));
    }

    void address_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<QString>("masked");
        QTest::newRow("road address") << "서울특별시 강남구 테헤란로 123 4층"
                                      << "서울특별시 강남구 ***";
        QTest::newRow("gyeonggi") << "경기도 성남시 분당구 불정로 6"
                                  << "경기도 성남시 ***";
        QTest::newRow("two words") << "서울특별시 강남구"
                                   << "서울특별시 강남구";
        QTest::newRow("extra spaces") << " 부산광역시  해운대구   우동 1 "
                                      << "부산광역시 해운대구 ***";
        QTest::newRow("empty") << ""
                               << "";
    }

    void address()
    {
        QFETCH(QString, address);
        QFETCH(QString, masked);
        QCOMPARE(maskAddress(address), masked);
    }

    void customsCode_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("masked");
        QTest::newRow("P and 12 digits") << "P123456789012"
                                         << "P12*******012";
        QTest::newRow("lower case p") << "p987654321098"
                                      << "p98*******098";
        QTest::newRow("padded") << "  P123456789012 "
                                << "P12*******012";
        QTest::newRow("seven characters") << "P123456"
                                          << "P12*456";
        QTest::newRow("six characters, masked whole") << "P12345"
                                                      << "******";
        QTest::newRow("one character") << "P"
                                       << "*";
        QTest::newRow("empty") << ""
                               << "";
        QTest::newRow("blank") << "   "
                               << "";
    }

    void customsCode()
    {
        QFETCH(QString, code);
        QFETCH(QString, masked);
        QCOMPARE(maskCustomsCode(code), masked);
        // The table engine's masking class gives the same, and never the middle digits.
        QCOMPARE(maskValue(MaskClass::CustomsCode, code), masked);
        if (code.trimmed().size() == 13)
            QVERIFY(!masked.contains(code.trimmed().mid(3, 7)));
    }
};

QTEST_GUILESS_MAIN(TestPersonalDataMask)
#include "test_personal_data_mask.moc"
