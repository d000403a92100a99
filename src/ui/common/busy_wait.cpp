#include "ui/common/busy_wait.h"

#include <QEventLoop>
#include <QProgressDialog>
#include <QTimer>

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

void pauseWithoutInput(int ms, const QWidget *dialog)
{
    QEventLoop wait;
    QTimer::singleShot(ms, &wait, &QEventLoop::quit);
    wait.exec(dialog && dialog->isVisible() ? QEventLoop::AllEvents : QEventLoop::ExcludeUserInputEvents);
}

} // namespace sd
