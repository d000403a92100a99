// BulkRun on an item type that is not an order: a tiny table and a step written here, so the shared
// run is tested for what it promises itself (permission, all or nothing, dry run, audit, stages,
// partly done, cancel) and not through the order rules.
#include "services/common/bulk_run.h"
#include "storage/common/database.h"
#include "test_support.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace sd;
using namespace sd::test;

namespace {

// Sets `value` of rows of test_items: an unknown key is bad input, a negative value a rule refusal,
// the value it already has is unchanged.
class SetValueStep : public BulkStep
{
public:
    QList<QPair<QString, int>> items;
    int begins = 0;
    int ends = 0;
    int applied = 0;

    qsizetype count() const override { return items.size(); }
    QString key(qsizetype index) const override { return items.at(index).first; }
    void begin(QSqlDatabase db) override
    {
        ++begins;
        m_find = QSqlQuery(db);
        m_find.prepare(QStringLiteral("SELECT value FROM test_items WHERE key = ?"));
        m_update = QSqlQuery(db);
        m_update.prepare(QStringLiteral("UPDATE test_items SET value = ? WHERE key = ?"));
    }
    void end() override
    {
        ++ends;
        m_find = QSqlQuery();
        m_update = QSqlQuery();
    }
    BulkOutcome apply(qsizetype index) override
    {
        ++applied;
        const auto &[key, value] = items.at(index);
        BulkOutcome o;
        o.key = key;
        o.label = QStringLiteral("item ") + key;
        m_find.addBindValue(key);
        if (!m_find.exec() || !m_find.next()) {
            o.state = BulkOutcome::State::Refused;
            o.kind = ErrorKind::BadInput;
            o.message = QStringLiteral("no item %1").arg(key);
            return o;
        }
        const int current = m_find.value(0).toInt();
        m_find.finish();
        if (value < 0) {
            o.state = BulkOutcome::State::Refused;
            o.kind = ErrorKind::Rule;
            o.message = QStringLiteral("negative");
            return o;
        }
        if (current == value) {
            o.state = BulkOutcome::State::Unchanged;
            return o;
        }
        m_update.addBindValue(value);
        m_update.addBindValue(key);
        if (!m_update.exec()) {
            o.state = BulkOutcome::State::Refused;
            o.kind = ErrorKind::Storage;
            o.message = m_update.lastError().text();
            return o;
        }
        o.message = QStringLiteral("%1 → %2").arg(current).arg(value);
        return o;
    }

private:
    QSqlQuery m_find;
    QSqlQuery m_update;
};

} // namespace

class TestBulkRun : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestWorkspace> t;
    UserSession op, finance;

    void addItems(int n)
    {
        WriteTransaction tx(t->db());
        QSqlQuery q(t->db());
        q.prepare(QStringLiteral("INSERT OR IGNORE INTO test_items (key, value) VALUES (?, 0)"));
        for (int i = 0; i < n; ++i) {
            q.addBindValue(QStringLiteral("k%1").arg(i, 5, 10, QLatin1Char('0')));
            QVERIFY(q.exec());
        }
        QVERIFY(tx.commit());
    }
    int value(const QString &key)
    {
        return scalar(t->db(), QStringLiteral("SELECT value FROM test_items WHERE key = ?"), {key}).toInt();
    }
    int changedItems()
    {
        return scalar(t->db(), QStringLiteral("SELECT COUNT(*) FROM test_items WHERE value <> 0")).toInt();
    }
    int auditRows()
    {
        return scalar(t->db(), QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = 'test_item'"))
            .toInt();
    }
    QString dump() // the whole table, to prove a refusal changed nothing
    {
        QStringList rows;
        QSqlQuery q(QStringLiteral("SELECT key, value FROM test_items ORDER BY key"), t->db());
        while (q.next())
            rows << q.value(0).toString() + QLatin1Char('=') + q.value(1).toString();
        return rows.join(QLatin1Char(' '));
    }
    static QString key(int i) { return QStringLiteral("k%1").arg(i, 5, 10, QLatin1Char('0')); }
    BulkRunOptions options(bool dryRun = false)
    {
        BulkRunOptions o;
        o.permission = Permission::ProcessOrders;
        o.audit = AuditAction::SettingChange;
        o.auditEntity = QStringLiteral("test_item");
        o.dryRun = dryRun;
        o.control.pause = [](int) {};
        return o;
    }

private slots:
    void init()
    {
        t = std::make_unique<TestWorkspace>();
        QVERIFY2(t->ok(), qPrintable(t->error));
        op = addUser(t->db(), QStringLiteral("op"), Role::Operator);
        finance = addUser(t->db(), QStringLiteral("acct"), Role::Finance);
        QSqlQuery q(t->db());
        QVERIFY(
            q.exec(QStringLiteral("CREATE TABLE test_items (key TEXT PRIMARY KEY, value INTEGER NOT NULL)")));
        addItems(5);
    }
    void cleanup() { t.reset(); }

    void oneRefusedItemWritesNothing()
    {
        SetValueStep step;
        step.items = {{key(0), 7}, {key(1), -1}, {key(2), 0}, {QStringLiteral("nope"), 3}};
        const QString before = dump();
        const BulkReport r = BulkRun(t->workspace(), op).run(step, options());
        QCOMPARE(r.result.kind, ErrorKind::BadInput); // bad input outranks a rule refusal
        QVERIFY2(r.result.message.contains(QLatin1String("2 of 4")), qPrintable(r.result.message));
        QCOMPARE(r.outcomes.size(), 4);
        QCOMPARE(r.outcomes[0].state, BulkOutcome::State::Applied); // would be applied
        QCOMPARE(r.outcomes[0].label, QStringLiteral("item k00000"));
        QCOMPARE(r.outcomes[1].state, BulkOutcome::State::Refused);
        QCOMPARE(r.outcomes[1].kind, ErrorKind::Rule);
        QCOMPARE(r.outcomes[2].state, BulkOutcome::State::Unchanged);
        QCOMPARE(r.outcomes[3].kind, ErrorKind::BadInput);
        QCOMPARE(r.acceptedKeys(), (QStringList{key(0), key(2)}));
        QVERIFY(r.writtenKeys().isEmpty());
        QCOMPARE(dump(), before);
        QCOMPARE(auditRows(), 0);
        QCOMPARE(step.begins, 1);
        QCOMPARE(step.ends, 1);
    }

    void dryRunChecksAndWritesNothing()
    {
        SetValueStep step;
        step.items = {{key(0), 7}, {key(1), 8}};
        const BulkReport r = BulkRun(t->workspace(), op).run(step, options(true));
        QVERIFY2(r.ok(), qPrintable(r.result.message));
        QVERIFY(r.dryRun);
        QCOMPARE(r.appliedCount(), 2);
        QCOMPARE(r.outcomes[1].message, QStringLiteral("0 → 8")); // checked for real, then rolled back
        QVERIFY(r.writtenKeys().isEmpty());
        QCOMPARE(changedItems(), 0);
        QCOMPARE(auditRows(), 0);
    }

    void appliedItemsAreWrittenWithOneAuditRow()
    {
        SetValueStep step;
        step.items = {{key(0), 7}, {key(1), 0}, {key(3), 9}};
        BulkRunOptions o = options();
        o.source = QStringLiteral("items.csv");
        const BulkReport r = BulkRun(t->workspace(), op).run(step, o);
        QVERIFY2(r.ok(), qPrintable(r.result.message));
        QCOMPARE(r.writtenKeys(), (QStringList{key(0), key(3)}));
        QCOMPARE(value(key(0)), 7);
        QCOMPARE(value(key(3)), 9);
        QCOMPARE(auditRows(), 1);
        // The unchanged item is not named; the source comes first.
        QCOMPARE(scalar(t->db(), QStringLiteral("SELECT detail FROM audit_log WHERE entity = 'test_item'"))
                     .toString(),
                 QStringLiteral("items.csv: k00000,k00003"));
        QCOMPARE(scalar(t->db(), QStringLiteral("SELECT user_id FROM audit_log WHERE entity = 'test_item'"))
                     .toLongLong(),
                 op.userId);

        // Nothing to change: ok, and no audit row.
        SetValueStep same;
        same.items = {{key(0), 7}};
        const BulkReport again = BulkRun(t->workspace(), op).run(same, options());
        QVERIFY(again.ok());
        QCOMPARE(again.unchangedCount(), 1);
        QVERIFY(again.writtenKeys().isEmpty());
        QCOMPARE(auditRows(), 1);
    }

    void permissionAndEmptyRunsNeverStep()
    {
        SetValueStep step;
        step.items = {{key(0), 7}};
        const BulkReport denied = BulkRun(t->workspace(), finance).run(step, options());
        QCOMPARE(denied.result.kind, ErrorKind::Permission);
        QVERIFY(denied.outcomes.isEmpty());
        QCOMPARE(step.applied, 0);
        QCOMPARE(changedItems(), 0);
        // The system itself needs no role.
        BulkRunOptions system = options();
        system.asSystem = true;
        QVERIFY(BulkRun(t->workspace(), finance).run(step, system).ok());
        QVERIFY(scalar(t->db(), QStringLiteral("SELECT user_id FROM audit_log WHERE entity = 'test_item'"))
                    .isNull());

        SetValueStep empty;
        QCOMPARE(BulkRun(t->workspace(), op).run(empty, options()).result.kind, ErrorKind::Usage);
    }

    // 2,500 items in stages of 1,000: the check's three slices and the three stages are six
    // transactions; each stage has its audit row.
    void bigRunIsStaged()
    {
        addItems(2500); // k00000 ... k02499
        SetValueStep step;
        for (int i = 0; i < 2500; ++i)
            step.items.append({key(i), i + 1});
        QList<qsizetype> told;
        BulkRunOptions o = options();
        o.control.progress = [&](const BulkProgress &p) {
            told << (p.phase == BulkProgress::Phase::Applying ? 10000 : 0) + p.done;
            return true;
        };
        const BulkReport r = BulkRun(t->workspace(), op).run(step, o);
        QVERIFY2(r.ok(), qPrintable(r.result.message));
        QCOMPARE(r.stagesWritten, 3);
        QCOMPARE(step.begins, 6);
        QCOMPARE(step.ends, 6);
        QCOMPARE(step.applied, 5000); // every item checked, then applied
        QCOMPARE(told, (QList<qsizetype>{1000, 2000, 10000, 11000, 12000, 12500}));
        QCOMPARE(changedItems(), 2500);
        QCOMPARE(auditRows(), 3);
    }

    // A stage that fails after the check: partly done, and exactly the written items are Applied.
    void aFailedStageIsPartlyDone()
    {
        addItems(2500);
        SetValueStep step;
        for (int i = 0; i < 2500; ++i)
            step.items.append({key(i), 1});
        BulkRunOptions o = options();
        o.control.progress = [&](const BulkProgress &p) {
            if (p.phase == BulkProgress::Phase::Applying && p.done == 2000)
                step.items[2400].second = -1; // what another program's change would make of it
            return true;
        };
        const BulkReport r = BulkRun(t->workspace(), op).run(step, o);
        QVERIFY(r.partlyDone);
        QCOMPARE(r.result.kind, ErrorKind::Rule);
        QCOMPARE(r.writtenKeys().size(), 2000);
        QCOMPARE(r.outcomes[2400].state, BulkOutcome::State::Refused);
        QCOMPARE(r.notDoneCount(), 499);
        QCOMPARE(changedItems(), 2000);
        QCOMPARE(value(key(1999)), 1);
        QCOMPARE(value(key(2000)), 0);
        QCOMPARE(auditRows(), 2);
    }

    void cancelStopsBetweenStages()
    {
        addItems(2500);
        SetValueStep step;
        for (int i = 0; i < 2500; ++i)
            step.items.append({key(i), 1});
        BulkRunOptions o = options();
        o.control.progress = [](const BulkProgress &p) {
            return !(p.phase == BulkProgress::Phase::Applying && p.done == 1000);
        };
        const BulkReport r = BulkRun(t->workspace(), op).run(step, o);
        QVERIFY(r.cancelled);
        QVERIFY(r.partlyDone);
        QCOMPARE(r.writtenKeys().size(), 1000);
        QCOMPARE(r.notDoneCount(), 1500);
        QCOMPARE(changedItems(), 1000);
        QCOMPARE(step.begins, 3 + 1); // the check's slices, one stage
    }
};

QTEST_GUILESS_MAIN(TestBulkRun)
#include "test_bulk_run.moc"
