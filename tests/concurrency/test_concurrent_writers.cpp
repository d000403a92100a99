// A long writer never locks others out: while a real `sellerdesk-cli demo` writes tens of thousands of
// orders, other CLI processes log in (every login writes its attempt) to list orders and confirm NEW
// orders one by one. Every one of them must succeed.
#include "cli_runner.h"

#include <QElapsedTimer>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>

using namespace sd::test;

class TestConcurrentWriters : public QObject
{
    Q_OBJECT

private slots:
    void loginsAndActionsBesideALongDemo()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString home = dir.path();
        const QString db = dir.filePath(QStringLiteral("store.sqlite"));
        // The store with a first few orders, so there are NEW orders to confirm from the start.
        const CliRun created = runCli(home, db,
                                      {QStringLiteral("demo"), QStringLiteral("--orders"),
                                       QStringLiteral("3000"), QStringLiteral("--seed"), QStringLiteral("5")},
                                      false);
        QVERIFY2(created.code == 0, qPrintable(created.err));

        constexpr int kDemoOrders = 30000;
        QElapsedTimer wall;
        wall.start();
        auto demo = startCli(home, db,
                             {QStringLiteral("demo"), QStringLiteral("--orders"),
                              QString::number(kDemoOrders), QStringLiteral("--seed"), QStringLiteral("6")});
        QVERIFY(demo->state() != QProcess::NotRunning);

        QStringList failures;
        QSet<QString> confirmed;
        int lists = 0, confirms = 0, duringDemo = 0;
        qint64 longestMs = 0;
        auto record = [&](const QString &what, const CliRun &r) {
            longestMs = std::max(longestMs, r.ms);
            if (demo->state() != QProcess::NotRunning)
                ++duringDemo;
            if (r.code != 0)
                failures << QStringLiteral("%1: exit %2 after %3 ms: %4")
                                .arg(what)
                                .arg(r.code)
                                .arg(r.ms)
                                .arg(r.err.trimmed());
        };
        // Alternately a login that only reads and a single action, until the demo is done (bounded, so a
        // hanging demo fails the test instead of the suite's timeout).
        while (demo->state() != QProcess::NotRunning && wall.elapsed() < 60000) {
            record(QStringLiteral("list orders"), runCli(home, db,
                                                         {QStringLiteral("list"), QStringLiteral("orders"),
                                                          QStringLiteral("--limit"), QStringLiteral("1")}));
            ++lists;
            QString id;
            {
                Store store(db);
                const QStringList fresh = store.column(QStringLiteral(
                    "SELECT product_order_no FROM orders WHERE status = 'NEW' ORDER BY id LIMIT 50"));
                for (const QString &candidate : fresh) {
                    if (!confirmed.contains(candidate)) {
                        id = candidate;
                        break;
                    }
                }
            }
            if (!id.isEmpty()) {
                record(QStringLiteral("order confirm %1").arg(id),
                       runCli(home, db, {QStringLiteral("order"), QStringLiteral("confirm"), id}));
                confirmed.insert(id);
                ++confirms;
            }
            demo->waitForFinished(0);
        }
        QVERIFY2(demo->state() == QProcess::NotRunning || demo->waitForFinished(60000),
                 "the demo did not finish");
        const qint64 demoMs = wall.elapsed();
        QCOMPARE(demo->exitStatus(), QProcess::NormalExit);
        QVERIFY2(demo->exitCode() == 0, demo->readAllStandardError().constData());
        qInfo(
            "demo --orders %d: %lld ms; beside it %d logins (list orders) and %d order confirms, %d of them "
            "while the demo ran; the slowest command took %lld ms",
            kDemoOrders, demoMs, lists, confirms, duringDemo, longestMs);

        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
        // No command waited for long: the demo's transactions are short and it lets waiters in between
        // (a 30,000-order transaction held the lock for about 8 s here, near busy_timeout's 10 s).
        QVERIFY2(longestMs < 5000, qPrintable(QStringLiteral("a command took %1 ms").arg(longestMs)));
        QVERIFY2(duringDemo >= 6, "too few commands overlapped the demo to show anything");
        QVERIFY(confirms > 0);
        Store store(db);
        QCOMPARE(store.value(QStringLiteral("SELECT COUNT(*) FROM orders")).toInt(), 3000 + kDemoOrders);
        for (const QString &id : std::as_const(confirmed))
            QCOMPARE(store.value(QStringLiteral("SELECT status FROM orders WHERE product_order_no = ?"), {id})
                         .toString(),
                     QStringLiteral("CONFIRMED"));
    }
};

QTEST_GUILESS_MAIN(TestConcurrentWriters)
#include "test_concurrent_writers.moc"
