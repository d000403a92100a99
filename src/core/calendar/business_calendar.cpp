#include "core/calendar/business_calendar.h"

#include <QCoreApplication>
#include <QFile>
#include <QMap>
#include <QRegularExpression>
#include <QStringList>
#include <QtDebug>
#include <algorithm>

namespace sd {

namespace {

// Holiday names are data, written as in the gazette (관보) in every UI language; computed years use
// the same names so that a year looks the same whether it came from the gazette or from the rule.
const QString kSeollalEve = QStringLiteral("설날 전날");
const QString kSeollal = QStringLiteral("설날");
const QString kSeollalAfter = QStringLiteral("설날 다음 날");
const QString kBuddha = QStringLiteral("부처님 오신 날");
const QString kChuseokEve = QStringLiteral("추석 전날");
const QString kChuseok = QStringLiteral("추석");
const QString kChuseokAfter = QStringLiteral("추석 다음 날");
const QString kSubstitutePrefix = QStringLiteral("대체공휴일");
const QString kTemporary = QStringLiteral("임시공휴일");
const QString kElection = QStringLiteral("선거");
const QString kNameSeparator = QStringLiteral("; ");

// Computed years outside the gazette are filled in eagerly for this range, so that const lookups on
// a shared calendar never write (other years are computed lazily on first use).
constexpr int kEagerFirstYear = 2000;
constexpr int kEagerLastYear = 2100;
// First year of a fixed holiday that was already in the first gazette year.
constexpr int kSinceAlways = 1;

bool isLunarName(const QString &name)
{
    return name == kSeollalEve || name == kSeollal || name == kSeollalAfter || name == kBuddha ||
           name == kChuseokEve || name == kChuseok || name == kChuseokAfter;
}

// "어린이날; 부처님 오신 날" -> {"어린이날", "부처님 오신 날"}
QStringList splitNames(const QString &names)
{
    QStringList parts;
    const QStringList raw = names.split(QLatin1Char(';'));
    for (const QString &part : raw) {
        const QString t = part.trimmed();
        if (!t.isEmpty())
            parts.append(t);
    }
    return parts;
}

QString joinName(const QString &existing, const QString &added)
{
    if (existing.isEmpty())
        return added;
    if (added.isEmpty() || splitNames(existing).contains(added))
        return existing;
    return existing + kNameSeparator + added;
}

// Minimal RFC 4180 reader: quoted fields, doubled quotes, CRLF or LF, optional UTF-8 BOM.
QList<QStringList> parseCsv(const QByteArray &bytes)
{
    QString text = QString::fromUtf8(bytes);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    auto endRow = [&] {
        if (fieldStarted || !row.isEmpty()) {
            row.append(field);
            rows.append(row);
        }
        row.clear();
        field.clear();
        fieldStarted = false;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field.append(c);
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field.append(c);
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
            fieldStarted = true;
        } else if (c == QLatin1Char(',')) {
            row.append(field);
            field.clear();
            fieldStarted = true;
        } else if (c == QLatin1Char('\n')) {
            endRow();
        } else if (c != QLatin1Char('\r')) {
            field.append(c);
            fieldStarted = true;
        }
    }
    endRow();
    return rows;
}

// Column index by header name, or `fallback` when the file has no such header.
int column(const QStringList &header, const QString &name, int fallback)
{
    for (int i = 0; i < header.size(); ++i) {
        if (header.at(i).trimmed().compare(name, Qt::CaseInsensitive) == 0)
            return i;
    }
    return fallback;
}

QByteArray readResource(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning("BusinessCalendar: cannot open %s", qPrintable(path));
        return QByteArray();
    }
    return file.readAll();
}

bool isWeekend(const QDate &d)
{
    return d.dayOfWeek() >= 6;
}

// When a holiday on a weekend or on another holiday earns a substitute day (대체공휴일), per the
// Regulation on Public Holidays of Government Offices as amended over the years.
enum class SubstituteRule {
    Never,
    SundayOrOverlap, // 설날 / 추석 blocks: Saturday does not count
    WeekendOrOverlap, // 어린이날, 3ㆍ1절, 광복절, 개천절, 한글날, 부처님 오신 날, 기독탄신일, ...
};

// One holiday as the substitute rule sees it: a single day or a three-day block.
struct HolidayUnit
{
    QList<QDate> days;
    QStringList dayNames;  // name of each day
    QString substituteFor; // X in "대체공휴일(X)"
    SubstituteRule rule = SubstituteRule::Never;
    QDate ruleSince; // the rule applies to units starting on or after this date
};

// Dates since which the substitute rule covers a fixed-date holiday. The 2013 amendment covered 설날,
// 추석 and 어린이날; August 2021 added 3ㆍ1절, 광복절, 개천절 and 한글날; May 2023 added 부처님 오신 날 and
// 기독탄신일. Newer fixed holidays are covered when the gazette shows a substitute day for them.
const QDate kRule2013(2013, 11, 5);
const QDate kRule2021(2021, 8, 4);
const QDate kRule2023(2023, 5, 4);

QDate knownSubstituteSince(int month, int day)
{
    if (month == 5 && day == 5)
        return kRule2013;
    if ((month == 3 && day == 1) || (month == 8 && day == 15) || (month == 10 && day == 3) ||
        (month == 10 && day == 9))
        return kRule2021;
    if (month == 12 && day == 25)
        return kRule2023;
    return QDate();
}

} // namespace

BusinessCalendar BusinessCalendar::korean()
{
    // Parsed once; copies share the (implicitly shared) tables.
    static const BusinessCalendar calendar =
        fromCsv(readResource(QStringLiteral(":/data/kr-holidays-2018-2027.csv")),
                readResource(QStringLiteral(":/data/kr-lunar-anchors-2018-2050.csv")));
    return calendar;
}

BusinessCalendar BusinessCalendar::fromCsv(const QByteArray &holidaysCsv, const QByteArray &lunarAnchorsCsv)
{
    BusinessCalendar cal;

    const QList<QStringList> holidayRows = parseCsv(holidaysCsv);
    if (!holidayRows.isEmpty()) {
        const QStringList &header = holidayRows.first();
        const bool hasHeader = QDate::fromString(header.value(0).trimmed(), Qt::ISODate).isNull();
        const int dateCol = hasHeader ? column(header, QStringLiteral("date"), 0) : 0;
        const int nameCol = hasHeader ? column(header, QStringLiteral("name"), 1) : 1;
        static const QRegularExpression substitute(
            QStringLiteral("^%1\\s*\\((.+)\\)$").arg(kSubstitutePrefix));
        for (qsizetype i = hasHeader ? 1 : 0; i < holidayRows.size(); ++i) {
            const QStringList &row = holidayRows.at(i);
            const QDate date = QDate::fromString(row.value(dateCol).trimmed(), Qt::ISODate);
            if (!date.isValid()) {
                qWarning("BusinessCalendar: skipping holiday row %lld", static_cast<long long>(i + 1));
                continue;
            }
            const QString name = row.value(nameCol).trimmed();
            cal.m_holidays.insert(date, joinName(cal.m_holidays.value(date), name));
            cal.m_gazetteYears.insert(date.year());
            cal.m_lastGazetteYear = qMax(cal.m_lastGazetteYear, date.year());
            for (const QString &part : splitNames(name)) {
                const QRegularExpressionMatch m = substitute.match(part);
                if (m.hasMatch())
                    cal.m_substitutedNames.insert(m.captured(1).trimmed());
            }
        }
    }

    const QList<QStringList> anchorRows = parseCsv(lunarAnchorsCsv);
    if (!anchorRows.isEmpty()) {
        const QStringList &header = anchorRows.first();
        bool numeric = false;
        header.value(0).trimmed().toInt(&numeric);
        const bool hasHeader = !numeric;
        const int yearCol = hasHeader ? column(header, QStringLiteral("year"), 0) : 0;
        const int seollalCol = hasHeader ? column(header, QStringLiteral("seollal"), 1) : 1;
        const int buddhaCol = hasHeader ? column(header, QStringLiteral("buddha"), 2) : 2;
        const int chuseokCol = hasHeader ? column(header, QStringLiteral("chuseok"), 3) : 3;
        for (qsizetype i = hasHeader ? 1 : 0; i < anchorRows.size(); ++i) {
            const QStringList &row = anchorRows.at(i);
            bool ok = false;
            const int year = row.value(yearCol).trimmed().toInt(&ok);
            if (!ok)
                continue;
            auto anchor = [&row, year](int col) {
                const QDate d = QDate::fromString(row.value(col).trimmed(), Qt::ISODate);
                return d.isValid() && d.year() == year ? d : QDate();
            };
            cal.m_lunarAnchors.insert(year, {anchor(seollalCol), anchor(buddhaCol), anchor(chuseokCol)});
        }
    }

    cal.learnFixedDates();
    for (int year = kEagerFirstYear; year <= kEagerLastYear; ++year)
        cal.ensureYear(year);
    return cal;
}

// Which gazette days of the last year are fixed-date holidays that recur every year? A day counts as
// fixed when the same name is on the same month/day in both of the last two gazette years, and it is
// neither lunar (설날, 부처님 오신 날, 추석: those come from the anchors), nor a substitute day, nor a
// temporary or election day. Requiring two years filters out one-off days whatever their name
// (an election is never on the same date two years running), while a new statutory holiday such as
// 노동절 / 제헌절 (2026) is picked up as soon as two gazette years show it. Each fixed day remembers the
// first year of its unbroken run, so computing an earlier year by rule does not invent it there.
void BusinessCalendar::learnFixedDates()
{
    m_fixedDates.clear();
    m_fixedNames.clear();
    m_fixedFirstYear.clear();
    if (m_lastGazetteYear == 0)
        return;
    const int last = m_lastGazetteYear;
    const int firstGazetteYear = *std::min_element(m_gazetteYears.cbegin(), m_gazetteYears.cend());
    const bool hasPrevious = m_gazetteYears.contains(last - 1);
    auto namesOn = [this](const QDate &d) { return splitNames(m_holidays.value(d)); };

    QList<QDate> lastYearDates;
    for (auto it = m_holidays.cbegin(); it != m_holidays.cend(); ++it) {
        if (it.key().year() == last)
            lastYearDates.append(it.key());
    }
    std::sort(lastYearDates.begin(), lastYearDates.end());

    for (const QDate &date : std::as_const(lastYearDates)) {
        for (const QString &name : namesOn(date)) {
            if (isLunarName(name) || name.startsWith(kSubstitutePrefix) || name.contains(kTemporary) ||
                name.contains(kElection))
                continue;
            const QPair<int, int> md(date.month(), date.day());
            if (hasPrevious && !namesOn(QDate(last - 1, md.first, md.second)).contains(name))
                continue;
            if (m_fixedNames.contains(md))
                continue;
            int first = last;
            while (m_gazetteYears.contains(first - 1) &&
                   namesOn(QDate(first - 1, md.first, md.second)).contains(name))
                --first;
            // A run that starts with the data itself is older than the data: hold it for earlier years too.
            if (first == firstGazetteYear)
                first = kSinceAlways;
            m_fixedDates.append(md);
            m_fixedNames.insert(md, name);
            m_fixedFirstYear.insert(md, first);
        }
    }
}

// The rule, in short (reference: 관공서의 공휴일에 관한 규정 제2조, 제3조):
// - fixed-date holidays learned from the gazette; 설날 and 추석 as the anchor day with the day before
//   and after; 부처님 오신 날 on its anchor;
// - a 설날/추석 block earns one substitute day for each of its days that is a Sunday or shares the date
//   with another holiday; the other covered holidays earn one when on a Saturday, a Sunday or another
//   holiday. When two holidays share a weekday, the fixed-date one keeps the day and the other earns
//   the substitute (2025-05-05 어린이날 + 부처님 오신 날 -> 2025-05-06 대체공휴일(부처님 오신 날));
// - a substitute is the first weekday after the holiday (or block) that is not itself a holiday.
QList<Holiday> BusinessCalendar::ruleHolidaysIn(int year) const
{
    QList<HolidayUnit> units;
    for (const QPair<int, int> &md : m_fixedDates) {
        if (year < m_fixedFirstYear.value(md, m_lastGazetteYear))
            continue;
        const QDate d(year, md.first, md.second);
        if (!d.isValid())
            continue;
        HolidayUnit u;
        u.days = {d};
        u.dayNames = {m_fixedNames.value(md)};
        u.substituteFor = u.dayNames.first();
        QDate since = knownSubstituteSince(md.first, md.second);
        if (!since.isValid() && m_substitutedNames.contains(u.substituteFor))
            since = QDate(m_fixedFirstYear.value(md, m_lastGazetteYear), 1, 1);
        if (since.isValid()) {
            u.rule = SubstituteRule::WeekendOrOverlap;
            u.ruleSince = since;
        }
        units.append(u);
    }
    std::sort(units.begin(), units.end(),
              [](const HolidayUnit &a, const HolidayUnit &b) { return a.days.first() < b.days.first(); });

    const QList<QDate> anchors = m_lunarAnchors.value(year);
    const QDate seollal = anchors.value(0);
    const QDate buddha = anchors.value(1);
    const QDate chuseok = anchors.value(2);
    if (seollal.isValid()) {
        HolidayUnit u;
        u.days = {seollal.addDays(-1), seollal, seollal.addDays(1)};
        u.dayNames = {kSeollalEve, kSeollal, kSeollalAfter};
        u.substituteFor = kSeollal;
        u.rule = SubstituteRule::SundayOrOverlap;
        u.ruleSince = kRule2013;
        units.append(u);
    }
    if (buddha.isValid()) {
        HolidayUnit u;
        u.days = {buddha};
        u.dayNames = {kBuddha};
        u.substituteFor = kBuddha;
        u.rule = SubstituteRule::WeekendOrOverlap;
        u.ruleSince = kRule2023;
        units.append(u);
    }
    if (chuseok.isValid()) {
        HolidayUnit u;
        u.days = {chuseok.addDays(-1), chuseok, chuseok.addDays(1)};
        u.dayNames = {kChuseokEve, kChuseok, kChuseokAfter};
        u.substituteFor = kChuseok;
        u.rule = SubstituteRule::SundayOrOverlap;
        u.ruleSince = kRule2013;
        units.append(u);
    }

    // Which units cover each date, in unit order (fixed-date holidays first).
    QMap<QDate, QList<int>> cover;
    QMap<QDate, QString> names;
    for (int i = 0; i < units.size(); ++i) {
        for (int k = 0; k < units[i].days.size(); ++k) {
            const QDate d = units[i].days[k];
            cover[d].append(i);
            names[d] = joinName(names.value(d), units[i].dayNames[k]);
        }
    }

    // Substitutes are handed out in date order, each taking the first free weekday.
    QList<int> order;
    for (int i = 0; i < units.size(); ++i)
        order.append(i);
    std::stable_sort(order.begin(), order.end(),
                     [&units](int a, int b) { return units[a].days.last() < units[b].days.last(); });
    QMap<QDate, QString> substitutes;
    for (int i : std::as_const(order)) {
        const HolidayUnit &u = units[i];
        if (u.rule == SubstituteRule::Never || u.days.first() < u.ruleSince)
            continue;
        int needed = 0;
        for (const QDate &d : u.days) {
            const bool weekend =
                u.rule == SubstituteRule::SundayOrOverlap ? d.dayOfWeek() == 7 : isWeekend(d);
            const bool overlapped = cover.value(d).size() > 1 && cover.value(d).first() != i;
            if (weekend || overlapped)
                ++needed;
        }
        QDate d = u.days.last();
        while (needed > 0) {
            d = d.addDays(1);
            if (isWeekend(d) || names.contains(d) || substitutes.contains(d))
                continue;
            substitutes.insert(d, QStringLiteral("%1(%2)").arg(kSubstitutePrefix, u.substituteFor));
            --needed;
        }
    }
    for (auto it = substitutes.cbegin(); it != substitutes.cend(); ++it)
        names.insert(it.key(), it.value());

    QList<Holiday> result;
    for (auto it = names.cbegin(); it != names.cend(); ++it)
        result.append({it.key(), it.value()});
    return result;
}

void BusinessCalendar::ensureYear(int year) const
{
    // The year before too: a computed December holiday can spill its substitute day into January.
    for (const int y : {year - 1, year}) {
        if (m_gazetteYears.contains(y) || m_computedYears.contains(y))
            continue;
        m_computedYears.insert(y, true);
        const QList<Holiday> holidays = ruleHolidaysIn(y);
        for (const Holiday &h : holidays) {
            // Never touch a year the gazette speaks for.
            if (m_gazetteYears.contains(h.date.year()))
                continue;
            m_holidays.insert(h.date, joinName(m_holidays.value(h.date), h.name));
        }
    }
}

void BusinessCalendar::addHoliday(const QDate &date, const QString &name)
{
    if (!date.isValid())
        return;
    ensureYear(date.year());
    QString label = name.trimmed();
    if (label.isEmpty())
        label = QCoreApplication::translate("sd::BusinessCalendar", "Holiday");
    m_holidays.insert(date, joinName(m_holidays.value(date), label));
}

bool BusinessCalendar::isHoliday(const QDate &date) const
{
    if (!date.isValid())
        return false;
    ensureYear(date.year());
    return m_holidays.contains(date);
}

QString BusinessCalendar::holidayName(const QDate &date) const
{
    if (!date.isValid())
        return QString();
    ensureYear(date.year());
    return m_holidays.value(date);
}

bool BusinessCalendar::isBusinessDay(const QDate &date) const
{
    return date.isValid() && !isWeekend(date) && !isHoliday(date);
}

QDate BusinessCalendar::addBusinessDays(const QDate &date, int n) const
{
    if (!date.isValid())
        return QDate();
    QDate d = date;
    if (n <= 0) {
        while (!isBusinessDay(d))
            d = d.addDays(1);
        return d;
    }
    while (n > 0) {
        d = d.addDays(1);
        if (isBusinessDay(d))
            --n;
    }
    return d;
}

int BusinessCalendar::businessDaysBetween(const QDate &from, const QDate &to) const
{
    if (!from.isValid() || !to.isValid() || to <= from)
        return 0;
    int count = 0;
    for (QDate d = from.addDays(1); d <= to; d = d.addDays(1)) {
        if (isBusinessDay(d))
            ++count;
    }
    return count;
}

QList<Holiday> BusinessCalendar::holidaysIn(int year) const
{
    ensureYear(year);
    QList<Holiday> list;
    for (auto it = m_holidays.cbegin(); it != m_holidays.cend(); ++it) {
        if (it.key().year() == year)
            list.append({it.key(), it.value()});
    }
    std::sort(list.begin(), list.end(), [](const Holiday &a, const Holiday &b) { return a.date < b.date; });
    return list;
}

} // namespace sd
