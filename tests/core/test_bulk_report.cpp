// The bulk report's two rules for faces and audit rows: the items of one group side by side
// (keepGroupsTogether, 합포장), and what a transaction changed in a few words (auditChangeOf).
#include "core/common/bulk_report.h"

#include <QTest>

using namespace sd;

namespace {

BulkOutcome item(const QString &key, const QString &group)
{
    BulkOutcome o;
    o.key = key;
    o.group = group;
    return o;
}

BulkOutcome change(const QString &key, const QString &from, const QString &to, const QString &valueBefore = {},
                   const QString &valueAfter = {})
{
    BulkOutcome o;
    o.key = key;
    o.stateBeforeLabel = from;
    o.stateLabel = to;
    o.valueBefore = valueBefore;
    o.valueAfter = valueAfter;
    return o;
}

QStringList keys(const QList<BulkOutcome> &outcomes)
{
    QStringList out;
    for (const BulkOutcome &o : outcomes)
        out << o.key;
    return out;
}

} // namespace

class TestBulkReport : public QObject
{
    Q_OBJECT

private slots:
    void groupsAreKeptTogetherWhereTheyFirstAppear()
    {
        QList<BulkOutcome> outcomes{item(QStringLiteral("a1"), QStringLiteral("A")),
                                    item(QStringLiteral("b1"), QStringLiteral("B")),
                                    item(QStringLiteral("x"), QString()),
                                    item(QStringLiteral("a2"), QStringLiteral("A")),
                                    item(QStringLiteral("y"), QString()),
                                    item(QStringLiteral("b2"), QStringLiteral("B")),
                                    item(QStringLiteral("a3"), QStringLiteral("A"))};
        keepGroupsTogether(outcomes);
        QCOMPARE(keys(outcomes), (QStringList{QStringLiteral("a1"), QStringLiteral("a2"), QStringLiteral("a3"),
                                              QStringLiteral("b1"), QStringLiteral("b2"), QStringLiteral("x"),
                                              QStringLiteral("y")}));
        // Nothing grouped, or every group of one: the order stays.
        QList<BulkOutcome> single{item(QStringLiteral("c"), QStringLiteral("C")), item(QStringLiteral("d"), {}),
                                  item(QStringLiteral("e"), QStringLiteral("E"))};
        keepGroupsTogether(single);
        QCOMPARE(keys(single), (QStringList{QStringLiteral("c"), QStringLiteral("d"), QStringLiteral("e")}));
        QList<BulkOutcome> none;
        keepGroupsTogether(none);
        QVERIFY(none.isEmpty());
    }

    void oneItemSaysItsStateAndValues()
    {
        const BulkAuditChange c = auditChangeOf(
            {change(QStringLiteral("P1"), QStringLiteral("NEW"), QStringLiteral("SHIPPING"), {}, QStringLiteral("CJ 1"))});
        QCOMPARE(c.before, QStringLiteral("NEW"));
        QCOMPARE(c.after, QStringLiteral("SHIPPING · CJ 1"));
        QCOMPARE(auditChangeOf({}).before, QString());
    }

    void manyItemsAreCountedPerStateWithTheFirstValues()
    {
        QList<BulkOutcome> applied;
        for (int i = 0; i < 12; ++i)
            applied << change(QStringLiteral("P%1").arg(i), i < 3 ? QStringLiteral("NEW") : QStringLiteral("CONFIRMED"),
                              QStringLiteral("SHIPPING"), {}, QStringLiteral("CJ %1").arg(i));
        const BulkAuditChange c = auditChangeOf(applied);
        QCOMPARE(c.before, QStringLiteral("NEW: 3 · CONFIRMED: 9"));
        QCOMPARE(c.after, QStringLiteral("SHIPPING: 12 (P0: CJ 0, P1: CJ 1, P2: CJ 2, … and 9 more)"));
        // Bounded whatever the number of items.
        for (int i = 12; i < 5000; ++i)
            applied << change(QStringLiteral("P%1").arg(i), QStringLiteral("NEW"), QStringLiteral("SHIPPING"), {},
                              QStringLiteral("CJ %1").arg(i));
        QVERIFY(auditChangeOf(applied).after.size() < 200);
        // Status only: no list of values.
        const BulkAuditChange plain = auditChangeOf({change(QStringLiteral("A"), QStringLiteral("NEW"), QStringLiteral("CONFIRMED")),
                                                     change(QStringLiteral("B"), QStringLiteral("NEW"), QStringLiteral("CONFIRMED"))});
        QCOMPARE(plain.before, QStringLiteral("NEW: 2"));
        QCOMPARE(plain.after, QStringLiteral("CONFIRMED: 2"));
    }
};

QTEST_GUILESS_MAIN(TestBulkReport)
#include "test_bulk_report.moc"
