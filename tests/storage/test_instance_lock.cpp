// One running SellerDesk per database: a second holder is refused with a message naming the first;
// a lock left behind by a crashed process is taken over.
#include "result_support.h"
#include "storage/common/instance_lock.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace sd;

namespace {

// The id of a process that has finished (and so no longer runs).
qint64 deadProcessId()
{
    QProcess p;
    p.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), QStringLiteral("exit 0")});
    if (!p.waitForStarted(10000))
        return -1;
    const qint64 pid = p.processId();
    p.waitForFinished(10000);
    return pid;
}

bool writeLockFile(const QString &file, qint64 pid, const QString &app, const QString &host)
{
    QFile f(file);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    f.write(QByteArray::number(pid) + '\n' + app.toUtf8() + '\n' + host.toUtf8() + '\n');
    return true;
}

} // namespace

class TestInstanceLock : public QObject
{
    Q_OBJECT

private slots:
    void firstAcquireSucceedsAndIsPrivate()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("store.sqlite"));
        InstanceLock lock(db);
        QCOMPARE(lock.lockFilePath(), db + QStringLiteral(".lock"));
        QString error;
        QVERIFY2(okOr(lock.acquire(), &error), qPrintable(error));
        QVERIFY(QFile::exists(lock.lockFilePath()));
        const auto others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther |
                            QFileDevice::WriteOther;
        QVERIFY(!(QFile::permissions(lock.lockFilePath()) & others));
    }

    void secondHolderIsRefusedWithTheFirstNamed()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("store.sqlite"));
        InstanceLock first(db);
        QString error;
        QVERIFY2(okOr(first.acquire(), &error), qPrintable(error));

        InstanceLock second(db);
        error.clear();
        QVERIFY(!okOr(second.acquire(), &error));
        QVERIFY2(error.contains(QString::number(QCoreApplication::applicationPid())), qPrintable(error));
        QVERIFY2(error.contains(QSysInfo::machineHostName()), qPrintable(error));

        // A different database has its own lock.
        InstanceLock other(dir.filePath(QStringLiteral("other.sqlite")));
        QVERIFY2(okOr(other.acquire(), &error), qPrintable(error));
    }

    void releasedOnDestruction()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("store.sqlite"));
        QString error;
        {
            InstanceLock first(db);
            QVERIFY2(okOr(first.acquire(), &error), qPrintable(error));
        }
        QVERIFY(!QFile::exists(db + QStringLiteral(".lock")));
        InstanceLock again(db);
        QVERIFY2(okOr(again.acquire(), &error), qPrintable(error));
    }

    void staleLockOfDeadProcessIsTakenOver()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("store.sqlite"));
        const qint64 pid = deadProcessId();
        QVERIFY(pid > 0);
        QVERIFY(writeLockFile(db + QStringLiteral(".lock"), pid, QStringLiteral("sellerdesk"),
                              QSysInfo::machineHostName()));

        InstanceLock lock(db);
        QString error;
        QVERIFY2(okOr(lock.acquire(), &error), qPrintable(error));
        // The lock file now names this process.
        QFile f(lock.lockFilePath());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readLine().trimmed().toLongLong(), QCoreApplication::applicationPid());
    }

    void lockOfLiveProcessIsNotStale()
    {
        // An old lock held by a live process (this one, written by hand with its executable name, as
        // QLockFile records it) is respected whatever its age.
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("store.sqlite"));
        QVERIFY(writeLockFile(db + QStringLiteral(".lock"), QCoreApplication::applicationPid(),
                              QFileInfo(QCoreApplication::applicationFilePath()).fileName(),
                              QSysInfo::machineHostName()));
        QFile lockFile(db + QStringLiteral(".lock"));
        QVERIFY(lockFile.open(QIODevice::ReadWrite));
        QVERIFY(lockFile.setFileTime(QDateTime::currentDateTimeUtc().addDays(-2),
                                     QFileDevice::FileModificationTime));
        lockFile.close();

        InstanceLock lock(db);
        QString error;
        QVERIFY(!okOr(lock.acquire(), &error));
        QVERIFY2(error.contains(QString::number(QCoreApplication::applicationPid())), qPrintable(error));
    }

    void unwritableFolderGivesReadableError()
    {
        QTemporaryDir dir;
        InstanceLock lock(dir.filePath(QStringLiteral("no/such/folder/store.sqlite")));
        QString error;
        QVERIFY(!okOr(lock.acquire(), &error));
        QVERIFY2(error.contains(QStringLiteral("store.sqlite.lock")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestInstanceLock)
#include "test_instance_lock.moc"
