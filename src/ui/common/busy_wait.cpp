#include "ui/common/busy_wait.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QProgressDialog>
#include <QThread>
#include <QTimer>
#include <limits>
#include <memory>

namespace sd {

void execBehindDialog(QEventLoop &loop, QProgressDialog &dialog, int showAfterMs,
                      const std::function<bool()> &finished)
{
    if (!dialog.isVisible() && showAfterMs > 0) {
        QTimer show;
        show.setSingleShot(true);
        QObject::connect(&show, &QTimer::timeout, &loop, &QEventLoop::quit);
        show.start(showAfterMs);
        loop.exec(QEventLoop::ExcludeUserInputEvents);
        if (finished())
            return;
    }
    dialog.show();
    if (!finished())
        loop.exec();
}

void runBehindDialog(QProgressDialog &dialog, int showAfterMs, const QString &threadName, bool lowPriority,
                     const std::function<void()> &work)
{
    QEventLoop loop;
    bool finished = false;
    std::unique_ptr<QThread> worker(QThread::create(work));
    worker->setObjectName(threadName);
    QObject::connect(
        worker.get(), &QThread::finished, &loop,
        [&] {
            finished = true;
            loop.quit();
        },
        Qt::QueuedConnection);
    worker->start(lowPriority ? QThread::LowPriority : QThread::InheritPriority);
    execBehindDialog(loop, dialog, showAfterMs, [&finished] { return finished; });
    worker->wait();
}

void runOnWorker(QWidget *parent, const QString &title, const QString &label,
                 const std::function<void(const std::function<void(int done, int total)> &progress)> &work,
                 int showAfterMs)
{
    QProgressDialog dialog(label, QString(), 0, 0, parent);
    dialog.setObjectName(QStringLiteral("workerProgressDialog"));
    dialog.setWindowTitle(title);
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setCancelButton(nullptr);
    dialog.setAutoClose(false);
    dialog.setAutoReset(false);
    // Never on its own: execBehindDialog shows it when the work takes longer than showAfterMs.
    dialog.setMinimumDuration(std::numeric_limits<int>::max());
    const std::function<void(int, int)> progress = [&dialog](int done, int total) {
        QMetaObject::invokeMethod(
            &dialog,
            [&dialog, done, total] {
                dialog.setMaximum(total);
                dialog.setValue(done);
            },
            Qt::QueuedConnection);
    };
    runBehindDialog(dialog, showAfterMs, QStringLiteral("ui-worker"), false, [&] { work(progress); });
    // Progress still queued for the dialog dies with it.
    QCoreApplication::removePostedEvents(&dialog, QEvent::MetaCall);
}

void pauseWithoutInput(int ms, const QWidget *dialog)
{
    QEventLoop wait;
    QTimer::singleShot(ms, &wait, &QEventLoop::quit);
    wait.exec(dialog && dialog->isVisible() ? QEventLoop::AllEvents : QEventLoop::ExcludeUserInputEvents);
}

} // namespace sd
