#pragma once
#include <functional>

class QEventLoop;
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

// A bulk run's pause between two stages on this thread: the window repaints and timers run, but user
// input waits unless `dialog` (the run's window-modal progress dialog) is up and takes it.
void pauseWithoutInput(int ms, const QWidget *dialog);

} // namespace sd
