#pragma once
#include <functional>

class QEventLoop;
class QString;
class QProgressDialog;
class QWidget;

namespace sd {

// Waiting for work that ends on its own (a worker thread, an export job) behind a window-modal progress
// dialog that shows only after `showAfterMs`, so a quick job does not flash one. Until the dialog shows,
// the loop lets no user input in: no second drop or import, no menu, no restore or logout while the work
// still uses the workspace. Once shown, the dialog keeps the window's input away and its Cancel works.
// Returns when `loop` quits; `finished` says whether the work ended (the loop may also quit to show the
// dialog).
void execBehindDialog(QEventLoop &loop, QProgressDialog &dialog, int showAfterMs,
                      const std::function<bool()> &finished);

// Runs `work` on a worker thread named `threadName` (at `lowPriority` or this thread's priority) while
// this thread waits behind `dialog` as execBehindDialog does; returns when the work has ended.
void runBehindDialog(QProgressDialog &dialog, int showAfterMs, const QString &threadName, bool lowPriority,
                     const std::function<void()> &work);

// Runs `work` on a worker thread while this thread waits behind a window-modal progress dialog of
// `parent` (title, label; no Cancel), shown after `showAfterMs` as execBehindDialog does: the window
// keeps painting, user input waits. `work` may tell how far it got through the callback it is given
// (done of total steps; total 0: unknown), from its own thread; the dialog follows, queued.
void runOnWorker(QWidget *parent, const QString &title, const QString &label,
                 const std::function<void(const std::function<void(int done, int total)> &progress)> &work,
                 int showAfterMs = 400);

// A bulk run's pause between two stages on this thread: the window repaints and timers run, but user
// input waits unless `dialog` (the run's window-modal progress dialog) is up and takes it.
void pauseWithoutInput(int ms, const QWidget *dialog);

} // namespace sd
