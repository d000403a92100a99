// 파일 › 백업 and 파일 › 복원 in the real window, offscreen: the automatic backup at start, a backup, a
// restore that closes the window and the store, swaps, says what it did and asks for a login to the
// restored store, and a refused restore that gives the same user the same store back.
#include "core/calendar/clock.h"
#include "gui_support.h"
#include "result_support.h"
#include "services/demo/demo_store.h"
#include "services/store/backup_service.h"
#include "services/store/workspace.h"
#include "services/store/workspace_internal.h"
#include "storage/common/database.h"
#include "ui/common/app_startup.h"
#include "ui/common/main_window.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QProgressDialog>
#include <QSemaphore>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <sys/stat.h>

using namespace sd;
using sd::test::whenModal;

namespace {

const QString kPassword = QStringLiteral("backup2025desk");

int modeOf(const QString &path)
{
    struct stat st;
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? int(st.st_mode & 0777) : -1;
}

QString statusOf(Workspace &ws, const QString &productOrderNo)
{
    QSqlQuery q(storeDatabase(ws).connection());
    q.prepare(QStringLiteral("SELECT status FROM orders WHERE product_order_no = ?"));
    q.addBindValue(productOrderNo);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

// Answers the next login dialog with the demo master's password.
void logInWhenAsked(QStringList *failures)
{
    whenModal(QStringLiteral("loginDialog"), [failures](QDialog *d) {
        d->findChild<QLineEdit *>(QStringLiteral("loginEdit"))->setText(DemoStore::masterLogin());
        d->findChild<QLineEdit *>(QStringLiteral("passwordEdit"))->setText(kPassword);
        QTest::mouseClick(d->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        if (d->isVisible()) {
            *failures << QStringLiteral("login refused");
            d->reject();
        }
    });
}

} // namespace

class TestBackupGui : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;
    // 2025-03-12 10:00 in Seoul.
    FixedClock m_clock{QDateTime(QDate(2025, 3, 12), QTime(1, 0), Qt::UTC)};
    std::unique_ptr<AppStartup> m_startup;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName(QStringLiteral("SellerDesk"));
        QApplication::setApplicationName(QStringLiteral("SellerDesk-test"));
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("store.sqlite"));
        QString error;
        auto ws =
            keepMessage(&error, [&](sd::Result *r) { return Workspace::open(m_db, m_clock, false, r); });
        QVERIFY2(ws, qPrintable(error));
        QVERIFY(DemoStore::createStore(*ws, kPassword).ok());
        DemoStore::Options options;
        options.orders = 40;
        QVERIFY(DemoStore::generate(*ws, options).ok());
    }

    void cleanupTestCase() { m_startup.reset(); }

    void backUpAndRestoreInTheWindow()
    {
        m_startup = std::make_unique<AppStartup>(m_clock);
        QString error;
        QVERIFY2(m_startup->openWorkspace(m_db, &error), qPrintable(error));
        QStringList failures;
        logInWhenAsked(&failures);
        QVERIFY(m_startup->run());
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1String("; "))));
        MainWindow *window = m_startup->mainWindow();
        QVERIFY(window);

        // The automatic backup of the day, made on a worker after the window showed.
        const QString automatic = QDir(BackupService::automaticBackupFolder(m_db))
                                      .filePath(QStringLiteral("store-20250312-100000.sdbackup"));
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(automatic), 30000);
        window->waitForAutomaticBackup();
        QCOMPARE(modeOf(automatic), 0600);
        QVERIFY(window->findChild<QAction *>(QStringLiteral("backupAction"))->isEnabled());
        QVERIFY(window->findChild<QAction *>(QStringLiteral("restoreAction"))->isEnabled());

        // A backup, then a change after it.
        const QString file = m_dir.filePath(QStringLiteral("mine.sdbackup"));
        QVERIFY(window->backupTo(file));
        Workspace &ws = *m_startup->workspace();
        QSqlQuery q(storeDatabase(ws).connection());
        QVERIFY(q.exec(QStringLiteral("SELECT product_order_no FROM orders WHERE status = 'NEW' LIMIT 1")) &&
                q.next());
        const QString id = q.value(0).toString();
        // Changed behind the window's back: this test is about the store, not about order actions.
        QVERIFY(q.exec(
            QStringLiteral("UPDATE orders SET status = 'CONFIRMED' WHERE product_order_no = '%1'").arg(id)));
        q = QSqlQuery();
        QCOMPARE(statusOf(ws, id), QStringLiteral("CONFIRMED"));

        // 복원: the window and the store close, the backup takes its place, a message says what was done,
        // and the restored store asks for a login.
        QString summary;
        whenModal(QStringLiteral("restoreDone"), [&](QDialog *d) {
            summary = static_cast<QMessageBox *>(d)->text();
            d->accept();
            logInWhenAsked(&failures);
        });
        // The check and the copy run on a worker: the GUI thread goes on running its event loop (here:
        // a queued call the worker waits for) and shows the progress dialog meanwhile.
        QThread *workerThread = nullptr;
        bool guiRanMeanwhile = false;
        bool progressShown = false;
        QSemaphore guiTurn;
        m_startup->setRestoreProgressAfterMs(0);
        m_startup->setRestoreWorkerHook([&] {
            workerThread = QThread::currentThread();
            QMetaObject::invokeMethod(
                qApp,
                [&] {
                    for (QWidget *w : QApplication::topLevelWidgets()) {
                        if (w->objectName() == QLatin1String("workerProgressDialog") && w->isVisible())
                            progressShown = true;
                    }
                    guiTurn.release();
                },
                Qt::QueuedConnection);
            guiRanMeanwhile = guiTurn.tryAcquire(1, 20000); // on the GUI thread this would time out
        });
        qint64 ordersInBackup = 0;
        {
            QSqlQuery count(storeDatabase(*m_startup->workspace()).connection());
            QVERIFY(count.exec(QStringLiteral("SELECT COUNT(*) FROM orders")) && count.next());
            ordersInBackup = count.value(0).toLongLong();
            QVERIFY(ordersInBackup > 0);
        }
        QVERIFY(m_startup->restoreBackup(file));
        m_startup->setRestoreWorkerHook({});
        QVERIFY(workerThread && workerThread != QThread::currentThread());
        QVERIFY(guiRanMeanwhile);
        QVERIFY(progressShown);
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1String("; "))));
        {
            QSqlQuery count(storeDatabase(*m_startup->workspace()).connection());
            QVERIFY(count.exec(QStringLiteral("SELECT COUNT(*) FROM orders")) && count.next());
            QCOMPARE(count.value(0).toLongLong(), ordersInBackup);
        }
        QVERIFY2(summary.contains(QDir::toNativeSeparators(file)) &&
                     summary.contains(QLatin1String("before-restore")),
                 qPrintable(summary));
        QVERIFY(m_startup->mainWindow());
        QCOMPARE(statusOf(*m_startup->workspace(), id), QStringLiteral("NEW"));

        // A file that is no backup: refused, the same store and the same user get the window back.
        const QString bad = m_dir.filePath(QStringLiteral("bad.sdbackup"));
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not a backup");
        f.close();
        const UserSession before = m_startup->mainWindow()->user();
        bool warned = false;
        whenModal(QStringLiteral("restoreFailed"), [&](QDialog *d) {
            warned = true;
            d->accept();
        });
        QVERIFY(m_startup->restoreBackup(bad));
        QVERIFY(warned);
        QVERIFY(m_startup->mainWindow());
        QCOMPARE(m_startup->mainWindow()->user().login, before.login);
        QCOMPARE(statusOf(*m_startup->workspace(), id), QStringLiteral("NEW"));
    }
};

QTEST_MAIN(TestBackupGui)
#include "test_backup_gui.moc"
