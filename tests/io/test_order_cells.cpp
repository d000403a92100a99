// The cells of an order download: won and Seoul date-times, the common forms (read by hand, fast) and the
// others (the general path) giving the same answers.
#include "io/marketplace/order_cells.h"
#include "io/marketplace/order_profile.h"

#include <QRegularExpression>
#include <QTest>
#include <QTimeZone>

using namespace sd;

class TestOrderCells : public QObject
{
    Q_OBJECT

private slots:
    void dateTimes_data()
    {
        QTest::addColumn<QString>("cell");
        QTest::addColumn<QString>("utc"); // ISO in UTC; empty: refused
        QTest::newRow("seconds") << "2026-11-30 14:03:22"
                                 << "2026-11-30T05:03:22Z";
        QTest::newRow("minutes") << "2026-11-30 14:03"
                                 << "2026-11-30T05:03:00Z";
        QTest::newRow("T") << "2026-11-30T14:03"
                           << "2026-11-30T05:03:00Z";
        QTest::newRow("two spaces") << "2026-11-30  14:03"
                                    << "2026-11-30T05:03:00Z";
        QTest::newRow("dots, date only") << "2026.11.30"
                                         << "2026-11-29T15:00:00Z";
        QTest::newRow("dot after the day") << "2026.11.30. 9:05"
                                           << "2026-11-30T00:05:00Z";
        QTest::newRow("slashes, one digit") << "2026/1/5 9:07"
                                            << "2026-01-05T00:07:00Z";
        QTest::newRow("compact") << "20261130"
                                 << "2026-11-29T15:00:00Z";
        QTest::newRow("Excel serial") << "46356.5"
                                      << "2026-11-30T03:00:00Z";
        QTest::newRow("spaces around") << " 2026-11-30 14:03 "
                                       << "2026-11-30T05:03:00Z";
        QTest::newRow("one-digit minutes") << "2026-11-30 14:3"
                                           << "";
        QTest::newRow("three-digit month") << "2026-011-30"
                                           << "";
        QTest::newRow("month 13") << "2026-13-01"
                                  << "";
        QTest::newRow("hour 24") << "2026-11-30 24:00"
                                 << "";
        QTest::newRow("before 2000") << "1999-12-31"
                                     << "";
        QTest::newRow("a fourth part") << "2026-11-30 14:03:22:11"
                                       << "";
        QTest::newRow("text after") << "2026-11-30 14:03 KST"
                                    << "";
        QTest::newRow("no separator before the time") << "2026-11-3014:03"
                                                      << "";
        QTest::newRow("empty") << ""
                               << "";
    }
    void dateTimes()
    {
        QFETCH(QString, cell);
        QFETCH(QString, utc);
        QString why;
        const std::optional<QDateTime> at = parseSeoulDateTimeCell(cell, &why);
        if (utc.isEmpty()) {
            QVERIFY2(!at, qPrintable(at ? at->toString(Qt::ISODate) : QString()));
            QVERIFY(!why.isEmpty());
        } else {
            QVERIFY2(at, qPrintable(why));
            QCOMPARE(at->toUTC().toString(Qt::ISODate), utc);
        }
    }

    void won_data()
    {
        QTest::addColumn<QString>("cell");
        QTest::addColumn<qint64>("won");
        QTest::addColumn<bool>("ok");
        QTest::newRow("digits") << "35000" << qint64(35000) << true;
        QTest::newRow("minus") << "-500" << qint64(-500) << true;
        QTest::newRow("zero") << "0" << qint64(0) << true;
        QTest::newRow("commas and 원") << "35,000원" << qint64(35000) << true;
        QTest::newRow("spaces") << " 1,155 " << qint64(1155) << true;
        QTest::newRow("15 digits") << "123456789012345" << qint64(123456789012345) << true;
        QTest::newRow("16 digits") << "1234567890123456" << qint64(0) << false;
        QTest::newRow("decimals") << "3.5" << qint64(0) << false;
        QTest::newRow("a minus alone") << "-" << qint64(0) << false;
        QTest::newRow("letters") << "35000a" << qint64(0) << false;
    }
    void won()
    {
        QFETCH(QString, cell);
        QFETCH(qint64, won);
        QFETCH(bool, ok);
        QString why;
        const std::optional<Won> value = parseWonCell(cell, &why);
        QCOMPARE(value.has_value(), ok);
        if (ok)
            QCOMPARE(*value, won);
        else
            QVERIFY(!why.isEmpty());
    }

    // Order and tracking numbers a spreadsheet shortened.
    void shortenedNumbers_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("numberCell");
        QTest::addColumn<bool>("refused");
        QTest::newRow("Excel's scientific CSV") << "2.02611E+15" << false << true;
        QTest::newRow("scientific, lower case") << "6.22415e+10" << false << true;
        QTest::newRow("scientific number cell") << "2.0261201000003E+15" << true << true;
        QTest::newRow("16 digits, 15 kept (number cell)") << "2026120100000300" << true << true;
        QTest::newRow("17 digits (number cell)") << "20261201000002970" << true << true;
        QTest::newRow("16 digits beyond 2^53 (number cell)") << "9007199254740993" << true << true;
        QTest::newRow("16 significant digits (number cell)") << "2026120100000297" << true << false;
        QTest::newRow("16 digits ending in 0 as text") << "2026120100000300" << false << false;
        QTest::newRow("15 digits (number cell)") << "202612010000030" << true << false;
        QTest::newRow("tracking number (number cell)") << "945807302157" << true << false;
        QTest::newRow("text") << "2026120100000297" << false << false;
        QTest::newRow("empty") << "" << true << false;
        QTest::newRow("a word with E") << "2E" << false << false;
    }
    void shortenedNumbers()
    {
        QFETCH(QString, text);
        QFETCH(bool, numberCell);
        QFETCH(bool, refused);
        const QString reason = shortenedNumberReason(text, numberCell);
        QCOMPARE(!reason.isEmpty(), refused);
        if (refused) {
            QVERIFY2(reason.contains(text), qPrintable(reason));
            QVERIFY2(reason.contains(QStringLiteral("as text")), qPrintable(reason));
        }
    }

    // The profiles that name the file's layout to the seller: every built-in one has a title in each
    // language, shown in the program's language and never both at once.
    void profileTitlesFollowTheLanguage()
    {
        const QLocale before;
        for (const OrderProfile &p : builtInProfiles()) {
            QVERIFY2(!p.title.isEmpty() && !p.titleKo.isEmpty(), qPrintable(p.name));
            QLocale::setDefault(QLocale(QLocale::Korean, QLocale::SouthKorea));
            QCOMPARE(p.shownTitle(), p.titleKo);
            QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
            QCOMPARE(p.shownTitle(), p.title);
            static const QRegularExpression hangul(QStringLiteral("[\\x{AC00}-\\x{D7A3}]"));
            QVERIFY2(!p.title.contains(hangul), qPrintable(p.title));
            QVERIFY2(p.titleKo.contains(hangul), qPrintable(p.titleKo));
        }
        QLocale::setDefault(before);
    }
};

QTEST_GUILESS_MAIN(TestOrderCells)
#include "test_order_cells.moc"
