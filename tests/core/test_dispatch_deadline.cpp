#include "core/orders/dispatch_deadline.h"

#include <QSet>
#include <QTest>
#include <QTimeZone>

using namespace sd;

Q_DECLARE_METATYPE(sd::DeadlineRisk)

namespace {

QDate d(const char *iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

// A Seoul wall-clock time, expressed in UTC as stored.
QDateTime seoul(const char *iso)
{
    QDateTime local = QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
    local.setTimeZone(QTimeZone(9 * 3600));
    return local.toUTC();
}

} // namespace

class TestDispatchDeadline : public QObject
{
    Q_OBJECT

private:
    BusinessCalendar cal = BusinessCalendar::korean();

private slots:
    void shortLabelsAreEveryBadge()
    {
        // The grid sizes the 지연 위험 column from these: each badge the cells can show, once.
        const QStringList labels = sd::deadlineRiskShortLabels();
        QCOMPARE(labels.size(), 4);
        QCOMPARE(QSet<QString>(labels.cbegin(), labels.cend()).size(), 4);
        const QDate day(2026, 12, 2);
        QVERIFY(labels.contains(sd::deadlineRiskShortLabel(sd::DeadlineRisk::Near, day.addDays(1), day)));
        QVERIFY(labels.contains(sd::deadlineRiskShortLabel(sd::DeadlineRisk::Overdue, day.addDays(-2), day)));
    }

    void dueDate_data()
    {
        QTest::addColumn<QDateTime>("paidAtUtc");
        QTest::addColumn<int>("days");
        QTest::addColumn<QDate>("due");
        QTest::newRow("Friday + 3") << seoul("2026-11-20T10:00:00") << 3 << d("2026-11-25");
        QTest::newRow("Saturday + 3") << seoul("2026-11-21T10:00:00") << 3 << d("2026-11-25");
        QTest::newRow("Sunday + 3") << seoul("2026-11-22T10:00:00") << 3 << d("2026-11-25");
        QTest::newRow("Friday 23:30 Seoul is still Friday")
            << seoul("2026-11-20T23:30:00") << 3 << d("2026-11-25");
        QTest::newRow("Saturday 00:30 Seoul is Saturday")
            << seoul("2026-11-21T00:30:00") << 3 << d("2026-11-25");
        QTest::newRow("Monday + 1") << seoul("2026-11-23T09:00:00") << 1 << d("2026-11-24");
        QTest::newRow("Monday 00:10 Seoul (Sunday in UTC)")
            << seoul("2026-11-23T00:10:00") << 1 << d("2026-11-24");
        QTest::newRow("before 추석 2026") << seoul("2026-09-22T15:00:00") << 2 << d("2026-09-28");
        QTest::newRow("during 추석 2026") << seoul("2026-09-25T15:00:00") << 1 << d("2026-09-28");
        QTest::newRow("before 개천절 substitute") << seoul("2026-10-01T12:00:00") << 2 << d("2026-10-06");
        QTest::newRow("zero days on a business day") << seoul("2026-11-20T10:00:00") << 0 << d("2026-11-20");
        QTest::newRow("zero days on Saturday") << seoul("2026-11-21T10:00:00") << 0 << d("2026-11-23");
    }

    void dueDate()
    {
        QFETCH(QDateTime, paidAtUtc);
        QFETCH(int, days);
        QFETCH(QDate, due);
        QCOMPARE(paidAtUtc.timeSpec(), Qt::UTC);
        QCOMPARE(dispatchDueDate(paidAtUtc, days, cal), due);
    }

    void utcInputBoundary()
    {
        // 2026-11-20 14:30 UTC is 23:30 Friday in Seoul; 15:00 UTC is already Saturday in Seoul.
        const QDateTime fri(d("2026-11-20"), QTime(14, 30), QTimeZone::utc());
        const QDateTime sat(d("2026-11-20"), QTime(15, 0), QTimeZone::utc());
        QCOMPARE(dispatchDueDate(fri, 1, cal), d("2026-11-23"));
        QCOMPARE(dispatchDueDate(sat, 1, cal), d("2026-11-23"));
        // Thursday 15:00 UTC = Friday 00:00 Seoul: counts from Friday.
        const QDateTime thuUtc(d("2026-11-19"), QTime(15, 0), QTimeZone::utc());
        QCOMPARE(dispatchDueDate(thuUtc, 1, cal), d("2026-11-23"));
        QCOMPARE(dispatchDueDate(QDateTime(), 3, cal), QDate());
    }

    void risk_data()
    {
        QTest::addColumn<QDate>("due");
        QTest::addColumn<QDate>("today");
        QTest::addColumn<DeadlineRisk>("risk");
        QTest::newRow("two business days left") << d("2026-11-25") << d("2026-11-23") << DeadlineRisk::None;
        QTest::newRow("next business day") << d("2026-11-25") << d("2026-11-24") << DeadlineRisk::Near;
        QTest::newRow("due today") << d("2026-11-25") << d("2026-11-25") << DeadlineRisk::DueToday;
        QTest::newRow("one day late") << d("2026-11-25") << d("2026-11-26") << DeadlineRisk::Overdue;
        QTest::newRow("Friday, due Monday") << d("2026-11-23") << d("2026-11-20") << DeadlineRisk::Near;
        QTest::newRow("Thursday, due Monday") << d("2026-11-23") << d("2026-11-19") << DeadlineRisk::None;
        QTest::newRow("weekend, due Monday") << d("2026-11-23") << d("2026-11-21") << DeadlineRisk::Near;
        QTest::newRow("before 추석, due after") << d("2026-09-28") << d("2026-09-23") << DeadlineRisk::Near;
        QTest::newRow("two before 추석") << d("2026-09-28") << d("2026-09-22") << DeadlineRisk::None;
        QTest::newRow("no due date") << QDate() << d("2026-11-25") << DeadlineRisk::None;
    }

    void risk()
    {
        QFETCH(QDate, due);
        QFETCH(QDate, today);
        QFETCH(DeadlineRisk, risk);
        QCOMPARE(deadlineRisk(due, today, cal), risk);
    }

    void labels()
    {
        QVERIFY(deadlineRiskLabel(DeadlineRisk::None).isEmpty());
        QCOMPARE(deadlineRiskLabel(DeadlineRisk::Near), QStringLiteral("Due soon"));
        QCOMPARE(deadlineRiskLabel(DeadlineRisk::DueToday), QStringLiteral("Due today"));
        // Not "Overdue" (발송 지연 in Korean, which read as the delay notice): 기한 초과.
        QCOMPARE(deadlineRiskLabel(DeadlineRisk::Overdue), QStringLiteral("Past due"));
        QCOMPARE(deadlineCounterLabel(DeadlineCounter::Overdue), QStringLiteral("Past due"));
        QCOMPARE(deadlineCounterLabel(DeadlineCounter::DueToday), QStringLiteral("Due today"));
        QCOMPARE(deadlineCounterLabel(DeadlineCounter::DelayNoticed), QStringLiteral("Delay notice sent"));
        // The grid's short badges: today and tomorrow read differently; Friday for Monday is "soon".
        const QDate fri = d("2026-11-20");
        QCOMPARE(deadlineRiskShortLabel(DeadlineRisk::DueToday, fri, fri), QStringLiteral("Today"));
        QCOMPARE(deadlineRiskShortLabel(DeadlineRisk::Near, d("2026-11-19"), d("2026-11-18")),
                 QStringLiteral("Tomorrow"));
        QCOMPARE(deadlineRiskShortLabel(DeadlineRisk::Near, d("2026-11-23"), fri), QStringLiteral("Soon"));
        QCOMPARE(deadlineRiskShortLabel(DeadlineRisk::Overdue, d("2026-11-19"), fri), QStringLiteral("Late"));
        QVERIFY(deadlineRiskShortLabel(DeadlineRisk::None, fri, fri).isEmpty());
    }

    // The counters: awaiting dispatch only; due today, due before today, a delay notice sent.
    void counters()
    {
        const QDate today = d("2026-11-25");
        for (OrderStatus st : allStatuses()) {
            const bool awaiting = awaitsDispatch(st);
            QCOMPARE(countsIn(DeadlineCounter::DueToday, st, today, false, today), awaiting);
            QVERIFY(!countsIn(DeadlineCounter::DueToday, st, today.addDays(1), false, today));
            QVERIFY(!countsIn(DeadlineCounter::DueToday, st, today.addDays(-1), false, today));
            QCOMPARE(countsIn(DeadlineCounter::Overdue, st, today.addDays(-1), false, today), awaiting);
            QVERIFY(!countsIn(DeadlineCounter::Overdue, st, today, false, today));
            QCOMPARE(countsIn(DeadlineCounter::DelayNoticed, st, today.addDays(5), true, today), awaiting);
            QVERIFY(!countsIn(DeadlineCounter::DelayNoticed, st, today.addDays(5), false, today));
        }
    }

    // 지연 위험 is one rule: the risk of an order is set exactly when it awaits dispatch and its due date
    // is at or before riskCutoff(today) — what the chip's SQL filter asks. Checked across 설날 2025.
    void riskAgreesWithTheCutoff()
    {
        for (QDate today(2025, 1, 20); today <= QDate(2025, 2, 10); today = today.addDays(1)) {
            const QDate cutoff = riskCutoff(today, cal);
            QVERIFY(cutoff > today);
            for (int d = -5; d <= 15; ++d) {
                const QDate due = today.addDays(d);
                for (OrderStatus st : {OrderStatus::New, OrderStatus::Confirmed, OrderStatus::Shipping,
                                       OrderStatus::Decided, OrderStatus::Canceled}) {
                    const bool atRisk = deadlineRisk(st, due, today, cal) != DeadlineRisk::None;
                    QCOMPARE(atRisk, awaitsDispatch(st) && due <= cutoff);
                }
            }
        }
        // Friday 2025-01-24: the next business day is Friday 2025-01-31 (01-27 was a temporary holiday,
        // 01-28..30 설날); from there the following Monday.
        QCOMPARE(riskCutoff(QDate(2025, 1, 24), cal), QDate(2025, 1, 31));
        QCOMPARE(riskCutoff(QDate(2025, 1, 31), cal), QDate(2025, 2, 3));
    }
};

QTEST_GUILESS_MAIN(TestDispatchDeadline)
#include "test_dispatch_deadline.moc"
