// The log file: every message line lands in it, owner-only, scrubbed of phone numbers and e-mail
// addresses, rotated at its size limit with a bounded number of old files.
#include "core/common/log_category.h"
#include "services/common/app_log.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace sd;

class TestAppLog : public QObject
{
    Q_OBJECT

    QTemporaryDir dir;
    QString folder() const { return dir.filePath(QStringLiteral("logs")); }
    QString log() const { return QDir(folder()).filePath(QStringLiteral("sellerdesk.log")); }
    static QByteArray read(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private slots:
    void init() { QVERIFY(AppLog::install(folder())); }
    void cleanup()
    {
        AppLog::uninstall();
        QDir(folder()).removeRecursively();
    }

    void aMessageIsOneLineWithItsCategory()
    {
        qCWarning(sdStorage).noquote() << "database is locked"
                                       << "\nsecond line";
        const QString text = QString::fromUtf8(read(log()));
        QCOMPARE(text.count(QLatin1Char('\n')), 1);
        QVERIFY2(text.contains(QLatin1String(" W sd.storage [test_app_log ")), qPrintable(text));
        QVERIFY(text.contains(QLatin1String("database is locked")));
        QVERIFY(text.contains(QLatin1String("second line")));
        QCOMPARE(AppLog::filePath(), log());
    }

    void theLogIsTheUsersOnly()
    {
        qCInfo(sdServices) << "started";
        QCOMPARE(QFileInfo(log()).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther |
                                                   QFileDevice::WriteGroup | QFileDevice::WriteOther),
                 QFileDevice::Permissions());
        QCOMPARE(QFileInfo(folder()).permissions() & (QFileDevice::ReadOther | QFileDevice::ExeOther),
                 QFileDevice::Permissions());
    }

    void scrubRemovesPhonesAndMailButKeepsOrderNumbers_data()
    {
        QTest::addColumn<QString>("in");
        QTest::addColumn<QString>("out");
        QTest::newRow("mobile") << "call 010-1234-5678 now"
                                << "call [phone] now";
        QTest::newRow("bare mobile") << "01012345678"
                                     << "[phone]";
        QTest::newRow("seoul") << "02-123-4567"
                               << "[phone]";
        QTest::newRow("safe number") << "0504-1234-5678"
                                     << "[phone]";
        QTest::newRow("dots") << "031.123.4567"
                              << "[phone]";
        QTest::newRow("mail") << "from kim.minsu@example.co.kr"
                              << "from [e-mail]";
        QTest::newRow("product order no") << "order 2024051312345601 failed"
                                          << "order 2024051312345601 failed";
        QTest::newRow("amount") << "total 129000 won"
                                << "total 129000 won";
        QTest::newRow("tracking") << "tracking 684512345678"
                                  << "tracking 684512345678";
    }
    void scrubRemovesPhonesAndMailButKeepsOrderNumbers()
    {
        QFETCH(QString, in);
        QFETCH(QString, out);
        QCOMPARE(AppLog::scrub(in), out);
    }

    void aLoggedPhoneNumberNeverReachesTheFile()
    {
        qCWarning(sdStorage) << "recipient 010-9876-5432 is not valid";
        const QByteArray text = read(log());
        QVERIFY(!text.contains("9876"));
        QVERIFY(text.contains("[phone]"));
    }

    void aFullLogRotatesAndOldFilesAreBounded()
    {
        const QString line(1000, QLatin1Char('x'));
        const int perFile = int(AppLog::kMaxBytes / 1000) + 10;
        for (int i = 0; i < perFile * (AppLog::kKeptFiles + 2); ++i)
            qCInfo(sdServices).noquote() << line;
        QVERIFY(QFileInfo(log()).size() < AppLog::kMaxBytes + 2000);
        for (int i = 1; i <= AppLog::kKeptFiles; ++i)
            QVERIFY2(QFileInfo::exists(QStringLiteral("%1.%2").arg(log()).arg(i)),
                     qPrintable(QString::number(i)));
        QVERIFY(!QFileInfo::exists(QStringLiteral("%1.%2").arg(log()).arg(AppLog::kKeptFiles + 1)));
        for (int i = 1; i <= AppLog::kKeptFiles; ++i)
            QVERIFY(QFileInfo(QStringLiteral("%1.%2").arg(log()).arg(i)).size() <= AppLog::kMaxBytes + 2000);
    }

    void aStorageFailureShowsAPlainMessageAndLogsTheDetail()
    {
        const Result r = storageFailure(QStringLiteral("The orders could not be saved. Nothing was changed."),
                                        QStringLiteral("UNIQUE constraint failed: orders.product_order_no"));
        QCOMPARE(r.kind, ErrorKind::Storage);
        QVERIFY(r.message.startsWith(QLatin1String("The orders could not be saved. Nothing was changed.")));
        QVERIFY(!r.message.contains(QLatin1String("UNIQUE")));
        QVERIFY(r.message.contains(QDir::toNativeSeparators(log())));
        QVERIFY(read(log()).contains("UNIQUE constraint failed: orders.product_order_no"));
    }

    void aLogThatCannotBeWrittenDoesNotStopTheProgram()
    {
        AppLog::uninstall();
        QFile blocker(dir.filePath(QStringLiteral("file-not-folder")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        QVERIFY(!AppLog::install(blocker.fileName() + QStringLiteral("/logs")));
        QVERIFY(AppLog::filePath().isEmpty());
        qCWarning(sdStorage) << "still alive"; // goes to stderr, as without a log
    }
};

QTEST_GUILESS_MAIN(TestAppLog)
#include "test_app_log.moc"
