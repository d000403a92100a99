// Waiting behind a progress dialog (ui/common/busy_wait): the dialog shows only for work that takes
// longer than its delay, and the wait ends with the work either way. (That user input waits until the
// dialog is up is QEventLoop::ExcludeUserInputEvents; QTest delivers its events synchronously, so it
// cannot show it here.)
#include "ui/common/busy_wait.h"

#include <QEventLoop>
#include <QProgressDialog>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <atomic>

class TestBusyWait : public QObject
{
    Q_OBJECT

private slots:
    // A worker that ends before the dialog is due: the wait returns without showing it (no flash).
    void aQuickWorkerShowsNoDialog()
    {
        QWidget window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QProgressDialog dialog(&window);
        dialog.setWindowModality(Qt::WindowModal);
        dialog.setMinimumDuration(100000); // only execBehindDialog shows it
        dialog.hide();
        std::atomic_bool release{false};
        bool finished = false;
        QEventLoop loop;
        std::unique_ptr<QThread> worker(QThread::create([&release] {
            while (!release.load())
                QThread::msleep(5);
        }));
        QObject::connect(
            worker.get(), &QThread::finished, &loop,
            [&] {
                finished = true;
                loop.quit();
            },
            Qt::QueuedConnection);
        QTimer::singleShot(100, [&release] { release.store(true); }); // timers run while input waits
        worker->start();
        sd::execBehindDialog(loop, dialog, 2000, [&finished] { return finished; });
        worker->wait();
        QVERIFY(finished);
        QVERIFY(!dialog.isVisible());
    }

    void theDialogShowsWhenTheWorkTakesLonger()
    {
        QWidget window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QProgressDialog dialog(&window);
        dialog.setWindowModality(Qt::WindowModal);
        dialog.setMinimumDuration(100000);
        dialog.hide();
        bool finished = false;
        bool visibleWhileWorking = false;
        QEventLoop loop;
        QTimer::singleShot(200, [&] {
            visibleWhileWorking = dialog.isVisible();
            finished = true;
            loop.quit();
        });
        sd::execBehindDialog(loop, dialog, 30, [&finished] { return finished; });
        QVERIFY(finished);
        QVERIFY(visibleWhileWorking);
    }
};

QTEST_MAIN(TestBusyWait)
#include "test_busy_wait.moc"
