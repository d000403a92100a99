#include "core/common/business_number.h"

#include <QTest>

using namespace sd;

class TestBusinessNumber : public QObject
{
    Q_OBJECT

private slots:
    void validity_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        // Valid by the National Tax Service rule (checked by hand: see checkDigitArithmetic).
        QTest::newRow("hyphenated") << "220-81-62517" << true;
        QTest::newRow("digits only") << "2208162517" << true;
        QTest::newRow("d9 term matters") << "1248100998" << true; // d9 = 9 adds floor(45/10) = 4
        QTest::newRow("another valid") << "120-81-47521" << true;
        QTest::newRow("spaces around") << " 101-82-16927 " << true;
        // Invalid.
        QTest::newRow("wrong check digit") << "220-81-62518" << false;
        QTest::newRow("wrong check digit 2") << "1248100999" << false;
        QTest::newRow("sequential") << "1234567890" << false;
        QTest::newRow("nine digits") << "220816251" << false;
        QTest::newRow("eleven digits") << "22081625170" << false;
        QTest::newRow("letters") << "22O-81-62517" << false;
        QTest::newRow("letters appended") << "2208162517a" << false;
        QTest::newRow("empty") << "" << false;
    }

    void validity()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QCOMPARE(isValidBusinessNumber(text), valid);
    }

    void checkDigitArithmetic()
    {
        // 2208162517: 2*1+2*3+0*7+8*1+1*3+6*7+2*1+5*3+1*5 = 83, + floor(1*5/10) = 83, (10 - 3) % 10 = 7.
        QVERIFY(isValidBusinessNumber(QStringLiteral("2208162517")));
        // Every other last digit fails: exactly one check digit is valid.
        int validCount = 0;
        for (int last = 0; last <= 9; ++last)
            validCount += isValidBusinessNumber(QStringLiteral("220816251") + QString::number(last)) ? 1 : 0;
        QCOMPARE(validCount, 1);
    }

    void digitsAndFormat_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("digits");
        QTest::addColumn<QString>("formatted");
        QTest::newRow("plain") << "1248100998"
                               << "1248100998"
                               << "124-81-00998";
        QTest::newRow("already formatted") << "124-81-00998"
                                           << "1248100998"
                                           << "124-81-00998";
        QTest::newRow("spaces") << "124 81 00998"
                                << "1248100998"
                                << "124-81-00998";
        QTest::newRow("too short stays") << "12481"
                                         << "12481"
                                         << "12481";
        QTest::newRow("empty") << ""
                               << ""
                               << "";
    }

    void digitsAndFormat()
    {
        QFETCH(QString, text);
        QFETCH(QString, digits);
        QFETCH(QString, formatted);
        QCOMPARE(businessNumberDigits(text), digits);
        QCOMPARE(formatBusinessNumber(text), formatted);
    }
};

QTEST_GUILESS_MAIN(TestBusinessNumber)
#include "test_business_number.moc"
