// kill -9 probe: the CLI is killed (SIGKILL) at random moments while it writes. After every kill the
// store is intact (integrity_check, foreign_key_check), the command was applied wholly or not at all,
// and the store still opens and takes a command.
//
// One bounded harness: a table of scenarios (kScenarios), each killed `kills` times, every run on a fresh
// copy of a template store, the kill moment drawn from a seeded generator (the seed is printed; set
// SELLERDESK_CRASH_SEED to replay one). To probe a new command, add a row: how to build its command line
// on the store, and how to tell "wholly" from "not at all".
#include "cli_runner.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <functional>

using namespace sd::test;

namespace {

// What a scenario's command did to the store, as far as the check could tell.
enum class Applied { None, All };

struct Probe
{
    QStringList args;
    // Returns an empty string and sets `applied` when the store holds all or none of the command;
    // otherwise says what is half done.
    std::function<QString(const Store &store, Applied *applied)> check;
};

struct Scenario
{
    const char *name;
    int kills; // how many times it is killed (a run that ends before its kill moment does not count)
    // Kill moments are drawn between these percentages of the time the command takes unkilled. A bulk
    // action writes at its end (before it, the process starts, opens the store, logs in and reads), so
    // its range reaches past 100% to catch the commit too.
    int fromPercent, toPercent;
    std::function<Probe(const Store &store)> prepare;
};

QString joinedForSql(const QStringList &ids)
{
    QStringList quoted;
    for (const QString &id : ids)
        quoted << QLatin1Char('\'') + id + QLatin1Char('\''); // product order numbers are digits only
    return quoted.join(QLatin1Char(','));
}

// A status action on every order in status `from` (at most 1,000, the service's maximum, and not the
// one kept aside for the after-check): afterwards all of them are in `to` with one history row each and
// one audit row for the command, or none is.
Probe statusAction(const Store &store, const QString &action, const QString &from, const QString &to,
                   const QString &keepAside)
{
    const QStringList ids = store.column(
        QStringLiteral("SELECT product_order_no FROM orders WHERE status = ? AND product_order_no <> ? "
                       "ORDER BY id LIMIT 1000"),
        {from, keepAside});
    const QString auditAction = QStringLiteral("orders.") + action;
    const int auditBefore =
        store.value(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = ?"), {auditAction}).toInt();
    Probe p;
    p.args = QStringList{QStringLiteral("order"), action} + ids;
    p.check = [=](const Store &s, Applied *applied) -> QString {
        const QString in = joinedForSql(ids);
        const int moved =
            s.value(
                 QStringLiteral("SELECT COUNT(*) FROM orders WHERE status = ? AND product_order_no IN (%1)")
                     .arg(in),
                 {to})
                .toInt();
        const int stayed =
            s.value(
                 QStringLiteral("SELECT COUNT(*) FROM orders WHERE status = ? AND product_order_no IN (%1)")
                     .arg(in),
                 {from})
                .toInt();
        const int events = s.value(QStringLiteral("SELECT COUNT(*) FROM order_events e JOIN orders o ON "
                                                  "o.id = e.order_id WHERE o.product_order_no IN (%1)")
                                       .arg(in))
                               .toInt();
        const int audits =
            s.value(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = ?"), {auditAction})
                .toInt() -
            auditBefore;
        const int n = int(ids.size());
        if (moved == n && stayed == 0 && events == n && audits == 1) {
            *applied = Applied::All;
            return {};
        }
        if (moved == 0 && stayed == n && events == 0 && audits == 0) {
            *applied = Applied::None;
            return {};
        }
        return QStringLiteral("%1 of %2 orders moved to %3, %4 still %5, %6 history rows, %7 audit rows")
            .arg(moved)
            .arg(n)
            .arg(to)
            .arg(stayed)
            .arg(from)
            .arg(events)
            .arg(audits);
    };
    return p;
}

// Every demo.generate audit row names a whole batch (its id range holds exactly its orders), the
// batches follow each other, and together they account for every order and product.
QString demoBatchesWhole(const Store &store, int *batches)
{
    static const QRegularExpression detail(
        QStringLiteral("^batch=(\\d+) orders=(\\d+) ids=(\\d+)-(\\d+) products=(\\d+) seed=\\d+$"));
    QSqlQuery q(store.db());
    q.exec(QStringLiteral("SELECT detail FROM audit_log WHERE action = 'demo.generate' ORDER BY id"));
    qint64 orders = 0, products = 0, nextId = 1;
    *batches = 0;
    while (q.next()) {
        const auto m = detail.match(q.value(0).toString());
        if (!m.hasMatch())
            return QStringLiteral("unexpected audit detail \"%1\"").arg(q.value(0).toString());
        const qint64 n = m.captured(2).toLongLong(), first = m.captured(3).toLongLong(),
                     last = m.captured(4).toLongLong();
        const qint64 rows =
            store.value(QStringLiteral("SELECT COUNT(*) FROM orders WHERE id BETWEEN ? AND ?"), {first, last})
                .toLongLong();
        if (n > 0 && (first != nextId || last - first + 1 != n || rows != n))
            return QStringLiteral("batch \"%1\" holds %2 orders").arg(q.value(0).toString()).arg(rows);
        if (n > 0)
            nextId = last + 1;
        orders += n;
        products += m.captured(5).toLongLong();
        ++*batches;
    }
    const qint64 inStore = store.value(QStringLiteral("SELECT COUNT(*) FROM orders")).toLongLong();
    const qint64 productsInStore = store.value(QStringLiteral("SELECT COUNT(*) FROM products")).toLongLong();
    if (inStore != orders || productsInStore != products)
        return QStringLiteral("the audit rows account for %1 orders and %2 products, the store has %3 and %4")
            .arg(orders)
            .arg(products)
            .arg(inStore)
            .arg(productsInStore);
    return {};
}

Probe demoRun(const Store &store)
{
    int batchesBefore = 0;
    demoBatchesWhole(store, &batchesBefore);
    Probe p;
    p.args = QStringList{QStringLiteral("demo"), QStringLiteral("--orders"), QStringLiteral("3000"),
                         QStringLiteral("--seed"), QStringLiteral("21")};
    p.check = [batchesBefore](const Store &s, Applied *applied) -> QString {
        int batches = 0;
        const QString problem = demoBatchesWhole(s, &batches);
        // A killed demo keeps the whole batches it committed: "applied" here means it finished or got
        // at least one batch in.
        *applied = batches > batchesBefore ? Applied::All : Applied::None;
        return problem;
    };
    return p;
}

QString integrityProblems(const Store &store)
{
    const QString integrity = store.value(QStringLiteral("PRAGMA integrity_check")).toString();
    if (integrity != QLatin1String("ok"))
        return QStringLiteral("integrity_check: %1").arg(integrity);
    QSqlQuery fk(store.db());
    if (!fk.exec(QStringLiteral("PRAGMA foreign_key_check")))
        return QStringLiteral("foreign_key_check did not run");
    if (fk.next())
        return QStringLiteral("foreign_key_check: table %1 row %2")
            .arg(fk.value(0).toString(), fk.value(1).toString());
    return {};
}

// One NEW order no scenario touches: after every kill it is confirmed, to show the store takes a command.
const char *const kKeepAsideSql =
    "SELECT product_order_no FROM orders WHERE status = 'NEW' ORDER BY id DESC LIMIT 1";

} // namespace

class TestCrash : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_template;
    QString m_keepAside;

    QString home() const { return m_dir.path(); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_template = m_dir.filePath(QStringLiteral("template.sqlite"));
        // 12,000 orders of the last 90 days (real clock): a few hundred NEW and SHIPPING among them.
        const CliRun r = runCli(home(), m_template,
                                {QStringLiteral("demo"), QStringLiteral("--orders"), QStringLiteral("12000"),
                                 QStringLiteral("--seed"), QStringLiteral("11")},
                                false);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(!QFile::exists(m_template + QStringLiteral("-wal")), "the template should be checkpointed");
        Store store(m_template);
        m_keepAside = store.value(QString::fromLatin1(kKeepAsideSql)).toString();
        QVERIFY(!m_keepAside.isEmpty());
        QVERIFY(store.value(QStringLiteral("SELECT COUNT(*) FROM orders WHERE status = 'NEW'")).toInt() >=
                20);
        QVERIFY(
            store.value(QStringLiteral("SELECT COUNT(*) FROM orders WHERE status = 'SHIPPING'")).toInt() >=
            20);
    }

    void killedCommandsLeaveWholeCommands()
    {
        const Scenario kScenarios[] = {
            {"order confirm (NEW orders)", 8, 50, 115,
             [this](const Store &s) {
                 return statusAction(s, QStringLiteral("confirm"), QStringLiteral("NEW"),
                                     QStringLiteral("CONFIRMED"), m_keepAside);
             }},
            {"order deliver (SHIPPING orders)", 8, 50, 115,
             [this](const Store &s) {
                 return statusAction(s, QStringLiteral("deliver"), QStringLiteral("SHIPPING"),
                                     QStringLiteral("DELIVERED"), m_keepAside);
             }},
            {"demo --orders 3000", 8, 10, 100, [](const Store &s) { return demoRun(s); }},
        };

        const quint32 seed = qEnvironmentVariableIsSet("SELLERDESK_CRASH_SEED")
                                 ? quint32(qEnvironmentVariableIntValue("SELLERDESK_CRASH_SEED"))
                                 : QRandomGenerator::system()->generate();
        qInfo("crash probe seed %u (replay with SELLERDESK_CRASH_SEED=%u)", seed, seed);
        QRandomGenerator rng(seed);
        QElapsedTimer wall;
        wall.start();
        int kills = 0;
        int round = 0;
        for (const Scenario &scenario : kScenarios) {
            // How long the command takes when nobody kills it: the kill moments are drawn from that span.
            qint64 spanMs = 0;
            int none = 0, all = 0, finished = 0;
            int killedHere = 0;
            for (int i = 0; killedHere < scenario.kills && i <= 2 * scenario.kills; ++i) {
                const bool calibrate = i == 0;
                const QString db = m_dir.filePath(QStringLiteral("round-%1.sqlite").arg(++round));
                QVERIFY(QFile::copy(m_template, db));
                Probe probe;
                {
                    Store store(db);
                    probe = scenario.prepare(store);
                }
                const qint64 killAfter =
                    calibrate ? -1
                              : spanMs * scenario.fromPercent / 100 +
                                    qint64(rng.bounded(
                                        int(spanMs * (scenario.toPercent - scenario.fromPercent) / 100) + 1));
                QElapsedTimer t;
                t.start();
                auto p = startCli(home(), db, probe.args);
                QVERIFY(p->state() != QProcess::NotRunning);
                bool killed = false;
                if (calibrate) {
                    QVERIFY(p->waitForFinished(60000));
                    spanMs = t.elapsed();
                    QVERIFY2(p->exitCode() == 0, p->readAllStandardError().constData());
                } else if (!p->waitForFinished(int(killAfter))) {
                    p->kill(); // SIGKILL
                    QVERIFY(p->waitForFinished(10000));
                    killed = true;
                    ++kills;
                    ++killedHere;
                } else {
                    ++finished;
                    QVERIFY2(p->exitCode() == 0, p->readAllStandardError().constData());
                }
                const QString where = QStringLiteral("%1, round %2, %3")
                                          .arg(QLatin1String(scenario.name))
                                          .arg(i)
                                          .arg(killed ? QStringLiteral("killed after %1 ms").arg(killAfter)
                                                      : QStringLiteral("not killed"));
                {
                    Store store(db);
                    const QString broken = integrityProblems(store);
                    QVERIFY2(broken.isEmpty(), qPrintable(where + QStringLiteral(": ") + broken));
                    Applied applied = Applied::None;
                    const QString half = probe.check(store, &applied);
                    QVERIFY2(half.isEmpty(), qPrintable(where + QStringLiteral(": ") + half));
                    if (!killed)
                        QVERIFY2(applied == Applied::All,
                                 qPrintable(where + QStringLiteral(": not applied")));
                    (applied == Applied::All ? all : none) += killed ? 1 : 0;
                }
                // The store still opens and takes a command.
                const CliRun after =
                    runCli(home(), db, {QStringLiteral("order"), QStringLiteral("confirm"), m_keepAside});
                QVERIFY2(after.code == 0, qPrintable(where + QStringLiteral(": ") + after.err));
                QFile::remove(db);
                QFile::remove(db + QStringLiteral("-wal"));
                QFile::remove(db + QStringLiteral("-shm"));
            }
            qInfo("%s: runs %lld ms unkilled; %d kills (%d left nothing, %d left it applied), %d finished "
                  "before their kill moment",
                  scenario.name, spanMs, killedHere, none, all, finished);
        }
        qInfo("%d kills in %lld ms", kills, wall.elapsed());
        QVERIFY2(kills >= 20, "fewer than 20 kills: the kill moments fell after the commands had finished");
    }
};

QTEST_GUILESS_MAIN(TestCrash)
#include "test_crash.moc"
