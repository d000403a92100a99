#include "core/calendar/business_calendar.h"

#include <QFile>
#include <QTest>

using namespace sd;

namespace {

QDate d(const char *iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

// Days the gazette declares ad hoc (elections, temporary holidays): no rule can predict them.
bool isOneOff(const QString &name)
{
    return name.contains(QStringLiteral("선거")) || name.contains(QStringLiteral("임시공휴일"));
}

QByteArray resource(const char *path)
{
    QFile f(QString::fromLatin1(path));
    if (!f.open(QIODevice::ReadOnly))
        return QByteArray();
    return f.readAll();
}

} // namespace

class TestBusinessCalendar : public QObject
{
    Q_OBJECT

private:
    BusinessCalendar cal = BusinessCalendar::korean();

private slots:
    void loadsResources()
    {
        QCOMPARE(cal.lastGazetteYear(), 2027);
        QCOMPARE(cal.holidaysIn(2026).size(), 22); // every gazette row of 2026
        QCOMPARE(cal.holidayName(d("2026-02-17")), QStringLiteral("설날"));
        QCOMPARE(cal.holidayName(d("2025-05-05")), QStringLiteral("어린이날; 부처님 오신 날"));
        QCOMPARE(cal.holidayName(d("2026-06-03")), QStringLiteral("전국동시지방선거"));
        QVERIFY(cal.holidayName(d("2026-06-04")).isEmpty());
    }

    void holidays_data()
    {
        QTest::addColumn<QDate>("date");
        QTest::addColumn<bool>("holiday");
        // 설날 and 추석 blocks, 2026 and 2027.
        for (const char *day :
             {"2026-02-16", "2026-02-17", "2026-02-18", "2026-09-24", "2026-09-25", "2026-09-26",
              "2027-02-06", "2027-02-07", "2027-02-08", "2027-09-14", "2027-09-15", "2027-09-16"})
            QTest::newRow(day) << d(day) << true;
        QTest::newRow("2026 설날 block ends") << d("2026-02-19") << false;
        QTest::newRow("2026 추석 block starts") << d("2026-09-23") << false;
        // Substitute days.
        QTest::newRow("2026-03-02 (3ㆍ1절 on Sunday)") << d("2026-03-02") << true;
        QTest::newRow("2026-05-25 (부처님 오신 날 on Sunday)") << d("2026-05-25") << true;
        QTest::newRow("2026-08-17 (광복절 on Saturday)") << d("2026-08-17") << true;
        QTest::newRow("2026-10-05 (개천절 on Saturday)") << d("2026-10-05") << true;
        QTest::newRow("2027-02-09 (설날 on Sunday)") << d("2027-02-09") << true;
        QTest::newRow("2026 추석 on Saturday: no substitute") << d("2026-09-28") << false;
        QTest::newRow("2026 현충일 on Saturday: no substitute") << d("2026-06-08") << false;
        QTest::newRow("ordinary Tuesday") << d("2026-11-24") << false;
    }

    void holidays()
    {
        QFETCH(QDate, date);
        QFETCH(bool, holiday);
        QCOMPARE(cal.isHoliday(date), holiday);
        QCOMPARE(cal.isBusinessDay(date), !holiday && date.dayOfWeek() <= 5);
        QCOMPARE(cal.holidayName(date).isEmpty(), !holiday);
    }

    void substituteNames()
    {
        QCOMPARE(cal.holidayName(d("2026-03-02")), QStringLiteral("대체공휴일(3ㆍ1절)"));
        QCOMPARE(cal.holidayName(d("2026-10-05")), QStringLiteral("대체공휴일(개천절)"));
    }

    void weekends()
    {
        QVERIFY(!cal.isBusinessDay(d("2026-11-21"))); // Saturday
        QVERIFY(!cal.isBusinessDay(d("2026-11-22"))); // Sunday
        QVERIFY(!cal.isHoliday(d("2026-11-21")));
        QVERIFY(cal.isBusinessDay(d("2026-11-23")));
        QVERIFY(!cal.isBusinessDay(QDate()));
    }

    void addBusinessDays_data()
    {
        QTest::addColumn<QDate>("from");
        QTest::addColumn<int>("n");
        QTest::addColumn<QDate>("expected");
        QTest::newRow("across 추석 2026") << d("2026-09-23") << 1 << d("2026-09-28");
        QTest::newRow("into 추석 2026") << d("2026-09-22") << 2 << d("2026-09-28");
        QTest::newRow("3 across 추석 2026") << d("2026-09-22") << 3 << d("2026-09-29");
        QTest::newRow("Friday + 1 = Monday") << d("2026-11-20") << 1 << d("2026-11-23");
        QTest::newRow("Friday + 3") << d("2026-11-20") << 3 << d("2026-11-25");
        QTest::newRow("Saturday + 1 = Monday") << d("2026-11-21") << 1 << d("2026-11-23");
        QTest::newRow("zero on a business day") << d("2026-11-20") << 0 << d("2026-11-20");
        QTest::newRow("zero on Saturday") << d("2026-11-21") << 0 << d("2026-11-23");
        QTest::newRow("zero on 추석") << d("2026-09-24") << 0 << d("2026-09-28");
        QTest::newRow("across 개천절 substitute") << d("2026-10-02") << 1 << d("2026-10-06");
        QTest::newRow("across 설날 2027 and substitute") << d("2027-02-05") << 1 << d("2027-02-10");
        QTest::newRow("year end 2027") << d("2027-12-24") << 1 << d("2027-12-28");
        QTest::newRow("computed year 2030 설날") << d("2030-02-01") << 1 << d("2030-02-06");
    }

    void addBusinessDays()
    {
        QFETCH(QDate, from);
        QFETCH(int, n);
        QFETCH(QDate, expected);
        QCOMPARE(cal.addBusinessDays(from, n), expected);
    }

    void businessDaysBetween()
    {
        QCOMPARE(cal.businessDaysBetween(d("2026-09-22"), d("2026-09-29")), 3); // 23, 28, 29
        QCOMPARE(cal.businessDaysBetween(d("2026-11-20"), d("2026-11-25")), 3);
        QCOMPARE(cal.businessDaysBetween(d("2026-11-25"), d("2026-11-20")), 0);
        QCOMPARE(cal.businessDaysBetween(d("2026-11-20"), d("2026-11-20")), 0);
        // Consistent with addBusinessDays.
        for (int n = 1; n <= 40; ++n) {
            const QDate start = d("2026-09-01");
            QCOMPARE(cal.businessDaysBetween(start, cal.addBusinessDays(start, n)), n);
        }
    }

    // The rule reproduces every gazette year except the days declared ad hoc: this is what lets us
    // trust it for the years after the gazette data.
    void ruleMatchesGazette_data()
    {
        QTest::addColumn<int>("year");
        for (int year = 2018; year <= 2027; ++year)
            QTest::newRow(QByteArray::number(year).constData()) << year;
    }

    void ruleMatchesGazette()
    {
        QFETCH(int, year);
        QStringList gazette;
        for (const Holiday &h : cal.holidaysIn(year)) {
            if (!isOneOff(h.name))
                gazette << h.date.toString(Qt::ISODate) + QLatin1Char(' ') + h.name;
        }
        QStringList rule;
        for (const Holiday &h : cal.ruleHolidaysIn(year))
            rule << h.date.toString(Qt::ISODate) + QLatin1Char(' ') + h.name;
        QVERIFY(gazette.size() >= 15);
        QCOMPARE(rule, gazette);
    }

    void computedYear2030()
    {
        // After the gazette: everything comes from the rule.
        QCOMPARE(cal.holidayName(d("2030-02-02")), QStringLiteral("설날 전날"));
        QCOMPARE(cal.holidayName(d("2030-02-03")), QStringLiteral("설날")); // a Sunday
        QCOMPARE(cal.holidayName(d("2030-02-04")), QStringLiteral("설날 다음 날"));
        QCOMPARE(cal.holidayName(d("2030-02-05")), QStringLiteral("대체공휴일(설날)"));
        QCOMPARE(cal.holidayName(d("2030-05-09")), QStringLiteral("부처님 오신 날"));
        QCOMPARE(cal.holidayName(d("2030-09-12")), QStringLiteral("추석"));
        QVERIFY(cal.isHoliday(d("2030-09-11")));
        QVERIFY(cal.isHoliday(d("2030-09-13")));
        // Fixed-date holidays learned from the gazette, including the ones added in 2026.
        QCOMPARE(cal.holidayName(d("2030-01-01")), QStringLiteral("1월 1일"));
        QCOMPARE(cal.holidayName(d("2030-05-01")), QStringLiteral("노동절"));
        QCOMPARE(cal.holidayName(d("2030-07-17")), QStringLiteral("제헌절"));
        QCOMPARE(cal.holidayName(d("2030-12-25")), QStringLiteral("기독탄신일"));
        // 2030-06-06 현충일 is a Thursday; the 2026 local election is not repeated.
        QVERIFY(cal.isHoliday(d("2030-06-06")));
        QVERIFY(!cal.isHoliday(d("2030-06-03")));
        // 2030-03-01 is a Friday; 2030-10-09 a Wednesday: no substitutes.
        QVERIFY(!cal.isHoliday(d("2030-03-04")));
        // 어린이날 2030 is a Sunday.
        QCOMPARE(cal.holidayName(d("2030-05-06")), QStringLiteral("대체공휴일(어린이날)"));
        const QList<Holiday> list = cal.holidaysIn(2030);
        QCOMPARE(list.size(), 19); // 10 fixed + 3 설날 + 부처님 + 3 추석 + 2 substitutes
    }

    void computedYearSubstitutes()
    {
        // 2028: 어린이날 Friday, 설날 01-26..28 Wed-Fri, 추석 10-02..04 Mon-Wed with 개천절 10-03 on 추석.
        QCOMPARE(cal.holidayName(d("2028-10-03")), QStringLiteral("개천절; 추석"));
        QCOMPARE(cal.holidayName(d("2028-10-05")), QStringLiteral("대체공휴일(추석)"));
        // 2033: 한글날 (10-09) is a Sunday -> Monday 10-10.
        QCOMPARE(cal.holidayName(d("2033-10-10")), QStringLiteral("대체공휴일(한글날)"));
        // 2032-05-01 노동절 is a Saturday -> Monday 05-03 (substitute learned from the 2027 gazette).
        QCOMPARE(cal.holidayName(d("2032-05-03")), QStringLiteral("대체공휴일(노동절)"));
    }

    void beyondLunarAnchors()
    {
        // 2051 has no lunar anchor: only the fixed dates (and their substitutes).
        const QList<Holiday> list = cal.holidaysIn(2051);
        for (const Holiday &h : list) {
            QVERIFY2(!h.name.contains(QStringLiteral("설날")), qPrintable(h.name));
            QVERIFY2(!h.name.contains(QStringLiteral("추석")), qPrintable(h.name));
        }
        QVERIFY(cal.isHoliday(d("2051-01-01")));
        QVERIFY(cal.isHoliday(d("2051-08-15")));
        // 2051-12-25 is a Monday; 2051-10-09 a Monday.
        QVERIFY(list.size() >= 10 && list.size() <= 14);
    }

    void beforeGazette()
    {
        // 2017 by rule: fixed days only (no anchors), and not the holidays introduced in 2026.
        QVERIFY(cal.isHoliday(d("2017-08-15")));
        QVERIFY(!cal.isHoliday(d("2017-05-01")));
        QVERIFY(!cal.isHoliday(d("2017-07-17")));
    }

    void addHoliday()
    {
        BusinessCalendar own = BusinessCalendar::korean();
        // A one-off day in a gazette year.
        QVERIFY(own.isBusinessDay(d("2027-03-03")));
        own.addHoliday(d("2027-03-03"), QStringLiteral("임시공휴일"));
        QVERIFY(own.isHoliday(d("2027-03-03")));
        QVERIFY(!own.isBusinessDay(d("2027-03-03")));
        QCOMPARE(own.holidayName(d("2027-03-03")), QStringLiteral("임시공휴일"));
        QCOMPARE(own.addBusinessDays(d("2027-03-02"), 1), d("2027-03-04"));
        // A one-off day in a computed year keeps the computed ones.
        own.addHoliday(d("2030-06-12"), QStringLiteral("전국동시지방선거"));
        QVERIFY(own.isHoliday(d("2030-06-12")));
        QVERIFY(own.isHoliday(d("2030-02-05")));
        QCOMPARE(own.addBusinessDays(d("2030-06-11"), 1), d("2030-06-13"));
        // On an existing holiday, the names are combined.
        own.addHoliday(d("2030-05-01"), QStringLiteral("회사 창립기념일"));
        QCOMPARE(own.holidayName(d("2030-05-01")), QStringLiteral("노동절; 회사 창립기념일"));
        // The shared calendar is untouched.
        QVERIFY(!cal.isHoliday(d("2027-03-03")));
        QVERIFY(!BusinessCalendar::korean().isHoliday(d("2030-06-12")));
    }

    void fromCsvParsing()
    {
        // BOM, CRLF, quoted names with commas and doubled quotes, a blank line.
        const QByteArray holidays = "\xEF\xBB\xBF"
                                    "date,name\r\n"
                                    "2040-01-01,\"New, Year\"\r\n"
                                    "2040-03-05,\"Say \"\"hi\"\"\"\r\n"
                                    "\r\n"
                                    "not-a-date,ignored\r\n";
        const QByteArray anchors = "year,seollal,buddha,chuseok\n2040,2040-02-12,2040-05-18,2040-09-21\n";
        BusinessCalendar c = BusinessCalendar::fromCsv(holidays, anchors);
        QCOMPARE(c.lastGazetteYear(), 2040);
        QCOMPARE(c.holidayName(d("2040-01-01")), QStringLiteral("New, Year"));
        QCOMPARE(c.holidayName(d("2040-03-05")), QStringLiteral("Say \"hi\""));
        // 2040 is a gazette year: its lunar days come from the file only.
        QVERIFY(!c.isHoliday(d("2040-02-12")));
        QCOMPARE(c.holidaysIn(2040).size(), 2);
    }

    void learnsFixedDatesFromTwoYears()
    {
        // Fixed = same name on the same date in both last gazette years; one-off days are not carried on.
        const QByteArray holidays = "date,name\n"
                                    "2039-01-01,\"1월 1일\"\n"
                                    "2040-01-01,\"1월 1일\"\n"
                                    "2040-04-10,\"국회의원선거\"\n"
                                    "2040-11-11,\"새 기념일\"\n"
                                    "2041-01-01,\"1월 1일\"\n"
                                    "2041-11-11,\"새 기념일\"\n"
                                    "2041-06-01,\"공휴일 A\"\n"
                                    "2041-08-15,\"광복절\"\n";
        const QByteArray anchors = "year,seollal,buddha,chuseok\n2042,2042-02-01,2042-05-26,2042-09-28\n";
        BusinessCalendar c = BusinessCalendar::fromCsv(holidays, anchors);
        QVERIFY(c.isHoliday(d("2042-01-01")));
        QVERIFY(c.isHoliday(d("2042-11-11")));
        QVERIFY(!c.isHoliday(d("2042-04-10"))); // one-off
        QVERIFY(!c.isHoliday(d("2042-06-01"))); // only one year of evidence
        QVERIFY(!c.isHoliday(d("2042-08-15"))); // only in the last year
        QCOMPARE(c.holidayName(d("2042-02-01")), QStringLiteral("설날"));
        QCOMPARE(c.holidayName(d("2042-05-26")), QStringLiteral("부처님 오신 날"));
        // 2038 by rule: 새 기념일 only runs from 2040, while 1월 1일 is as old as the data and is kept.
        QVERIFY(!c.isHoliday(d("2038-11-11")));
        QVERIFY(c.isHoliday(d("2038-01-01")));
        // Gazette years are taken as they are, even when a fixed day is missing from them.
        QVERIFY(!c.isHoliday(d("2039-11-11")));
    }

    void resourcesMatchFiles()
    {
        // The shipped resources have the documented headers.
        QVERIFY(resource(":/data/kr-holidays-2018-2027.csv").startsWith("date,name"));
        QVERIFY(resource(":/data/kr-lunar-anchors-2018-2050.csv").startsWith("year,seollal,buddha,chuseok"));
    }
};

QTEST_GUILESS_MAIN(TestBusinessCalendar)
#include "test_business_calendar.moc"
