#pragma once
#include <QDate>
#include <QHash>
#include <QList>
#include <QPair>
#include <QSet>
#include <QString>

namespace sd {

struct Holiday
{
    QDate date;
    QString name;
};

// Korean business days: not Saturday, Sunday or a public holiday. Holidays come from the gazette data
// shipped in resources (2018-2027), are computed by rule from lunar anchors for later years, and the
// user can add one-off days (elections, temporary holidays).
class BusinessCalendar
{
public:
    BusinessCalendar() = default;
    // Loads :/data/kr-holidays-2018-2027.csv and :/data/kr-lunar-anchors-2018-2050.csv.
    static BusinessCalendar korean();
    // For tests: parse from CSV text (same layout as the resource files).
    static BusinessCalendar fromCsv(const QByteArray &holidaysCsv, const QByteArray &lunarAnchorsCsv);

    void addHoliday(const QDate &date, const QString &name); // one-off holidays from the user
    bool isHoliday(const QDate &date) const;
    QString holidayName(const QDate &date) const; // empty when not a holiday
    bool isBusinessDay(const QDate &date) const;
    // n business days after `date` (n >= 0); n == 0 returns `date` itself if a business day, else the next
    // one.
    QDate addBusinessDays(const QDate &date, int n) const;
    // Business days strictly after `from` up to and including `to` (0 when to <= from).
    int businessDaysBetween(const QDate &from, const QDate &to) const;
    QList<Holiday> holidaysIn(int year) const;
    int lastGazetteYear() const { return m_lastGazetteYear; }
    // The holidays of `year` by rule alone (fixed dates, lunar anchors, substitute days), ignoring the
    // gazette and user days. Used for years without gazette data, and by tests to check the rule.
    QList<Holiday> ruleHolidaysIn(int year) const;

private:
    void ensureYear(int year) const; // computes rule-based holidays for years past the gazette data
    void learnFixedDates();          // fills m_fixedDates from the last two gazette years
    mutable QHash<QDate, QString> m_holidays;
    mutable QHash<int, bool> m_computedYears;
    QHash<int, QList<QDate>> m_lunarAnchors; // year -> {seollal, buddha, chuseok}
    QList<QPair<int, int>> m_fixedDates;     // (month, day) fixed-date holidays of the last gazette year
    QHash<QPair<int, int>, QString> m_fixedNames;
    QHash<QPair<int, int>, int> m_fixedFirstYear; // first gazette year of an unbroken run up to the last
    QSet<QString> m_substitutedNames;             // X in "대체공휴일(X)" seen in the gazette
    QSet<int> m_gazetteYears;
    int m_lastGazetteYear = 0;
};

} // namespace sd
