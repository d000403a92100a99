// Both programs call restrictNewFilesToOwner() first: files made afterwards by any means — Qt's
// QSaveFile (exports), fopen() (libxlsxwriter's temporary workbook), QLockFile, a new folder — are
// owner-only while they are still being written.
#include "services/common/file_privacy.h"

#include <QDir>
#include <QFileInfo>
#include <QLockFile>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QTest>
#include <cstdio>
#include <sys/stat.h>

namespace {

int modeOf(const QString &path)
{
    struct stat st;
    return ::stat(path.toLocal8Bit().constData(), &st) == 0 ? int(st.st_mode & 0777) : -1;
}

} // namespace

class TestFilePrivacy : public QObject
{
    Q_OBJECT

private slots:
    void newFilesAreOwnerOnlyWhileOpen()
    {
        ::umask(022); // what a desktop session usually gives a program
        sd::restrictNewFilesToOwner();
        QTemporaryDir dir;

        QSaveFile save(dir.filePath(QStringLiteral("export.csv")));
        QVERIFY(save.open(QIODevice::WriteOnly));
        save.write("주문번호,구매자\n");
        const QStringList temps = QDir(dir.path()).entryList(QDir::Files | QDir::Hidden);
        // QSaveFile's temporary file, before commit (on Linux often an unnamed O_TMPFILE: nothing to see,
        // and nothing anyone else can open either).
        for (const QString &temp : temps)
            QCOMPARE(modeOf(dir.filePath(temp)), 0600);
        QVERIFY(save.commit());
        QCOMPARE(modeOf(dir.filePath(QStringLiteral("export.csv"))), 0600);

        const QString raw = dir.filePath(QStringLiteral("workbook.xlsx.tmp"));
        FILE *f = std::fopen(raw.toLocal8Bit().constData(), "wb"); // as libxlsxwriter opens its file
        QVERIFY(f);
        QCOMPARE(modeOf(raw), 0600);
        std::fclose(f);

        QLockFile lock(dir.filePath(QStringLiteral("store.sqlite.lock")));
        QVERIFY(lock.tryLock());
        QCOMPARE(modeOf(dir.filePath(QStringLiteral("store.sqlite.lock"))), 0600);

        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("backups")));
        QCOMPARE(modeOf(dir.filePath(QStringLiteral("backups"))), 0700);
    }
};

QTEST_GUILESS_MAIN(TestFilePrivacy)
#include "test_file_privacy.moc"
