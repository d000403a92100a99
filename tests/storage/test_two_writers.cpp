// Two writers on one database file (the GUI and a scripted CLI, or two threads): read-modify-write
// transactions started with BEGIN IMMEDIATE wait for each other through busy_timeout instead of failing
// with "database is locked".
#include "result_support.h"
#include "storage/common/database.h"

#include <QAtomicInt>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <memory>

using namespace sd;

namespace {

constexpr int kIncrements = 500;

struct WriterReport
{
    int committed = 0;
    QStringList failures;
};

// Opens its own connection in its own thread and increments the counter kIncrements times, each a
// read, a pause, and a write in one transaction (the pattern that breaks with a deferred BEGIN).
class Writer : public QThread
{
public:
    explicit Writer(const QString &path) : m_path(path) {}
    WriterReport report;

protected:
    void run() override
    {
        QString error;
        auto db = keepMessage(&error, [&](sd::Result *r) { return Database::open(m_path, r); });
        if (!db) {
            report.failures << error;
            return;
        }
        QSqlDatabase c = db->connection();
        for (int i = 0; i < kIncrements; ++i) {
            WriteTransaction tx(c);
            if (!tx.isActive()) {
                report.failures << tx.status().message;
                continue;
            }
            QSqlQuery read(c);
            if (!read.exec(QStringLiteral("SELECT value FROM settings WHERE key = 'counter'")) ||
                !read.next()) {
                report.failures << read.lastError().text();
                continue;
            }
            const int value = read.value(0).toInt();
            read.finish();
            QThread::usleep(50); // widen the gap between read and write so the writers interleave
            QSqlQuery write(c);
            write.prepare(QStringLiteral("UPDATE settings SET value = ? WHERE key = 'counter'"));
            write.addBindValue(QString::number(value + 1));
            if (!write.exec()) {
                report.failures << write.lastError().text();
                continue;
            }
            if (!tx.commit()) {
                report.failures << tx.status().message;
                continue;
            }
            ++report.committed;
        }
    }

private:
    QString m_path;
};

// Opens a fresh database file at the same time as another thread.
class Opener : public QThread
{
public:
    Opener(const QString &path, QAtomicInt *gate) : m_path(path), m_gate(gate) {}
    QString error;
    int version = -1;

protected:
    void run() override
    {
        m_gate->fetchAndAddOrdered(1);
        while (m_gate->loadAcquire() < 2)
            QThread::yieldCurrentThread();
        auto db = keepMessage(&error, [&](sd::Result *r) { return Database::open(m_path, r); });
        if (db)
            version = db->schemaVersion();
    }

private:
    QString m_path;
    QAtomicInt *m_gate;
};

} // namespace

class TestTwoWriters : public QObject
{
    Q_OBJECT

private slots:
    void concurrentReadModifyWriteLosesNothing()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("store.sqlite"));
        QString error;
        auto db = keepMessage(&error, [&](sd::Result *r) { return Database::open(path, r); });
        QVERIFY2(db, qPrintable(error));
        {
            QSqlQuery q(db->connection());
            QVERIFY(q.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('counter', '0')")));
        }

        std::unique_ptr<Writer> a(new Writer(path)), b(new Writer(path));
        a->start();
        b->start();
        QVERIFY(a->wait(300000));
        QVERIFY(b->wait(300000));

        QVERIFY2(a->report.failures.isEmpty(), qPrintable(a->report.failures.join(QLatin1Char('\n'))));
        QVERIFY2(b->report.failures.isEmpty(), qPrintable(b->report.failures.join(QLatin1Char('\n'))));
        QCOMPARE(a->report.committed, kIncrements);
        QCOMPARE(b->report.committed, kIncrements);

        QSqlQuery q(db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT value FROM settings WHERE key = 'counter'")) && q.next());
        QCOMPARE(q.value(0).toInt(), 2 * kIncrements);
    }

    void twoProgramsOpeningAFreshFileBothSucceed()
    {
        // The GUI and the CLI may both be the first to open a new store file: only one migrates.
        for (int round = 0; round < 10; ++round) {
            QTemporaryDir dir;
            const QString path = dir.filePath(QStringLiteral("store.sqlite"));
            QAtomicInt gate(0);
            std::unique_ptr<Opener> a(new Opener(path, &gate)), b(new Opener(path, &gate));
            a->start();
            b->start();
            QVERIFY(a->wait(60000));
            QVERIFY(b->wait(60000));
            QVERIFY2(a->error.isEmpty(), qPrintable(QStringLiteral("round %1: %2").arg(round).arg(a->error)));
            QVERIFY2(b->error.isEmpty(), qPrintable(QStringLiteral("round %1: %2").arg(round).arg(b->error)));
            QCOMPARE(a->version, Database::latestSchemaVersion());
            QCOMPARE(b->version, Database::latestSchemaVersion());
        }
    }
};

QTEST_GUILESS_MAIN(TestTwoWriters)
#include "test_two_writers.moc"
