#pragma once
#include <QElapsedTimer>
#include <QString>
#include <QtGlobal>
#include <functional>

namespace sd {

// Progress of a long command (demo today; import and export later) for a person watching: one line on
// stderr that updates in place. Shown only when stderr is a terminal and --quiet was not given, so
// scripts, pipes and log files see nothing of it. Get one from CliContext::progress(); hand
// callback() to the service, which calls it with (done, total) as it goes.
class ProgressReporter
{
public:
    using Callback = std::function<void(qint64 done, qint64 total)>;

    // `label` is translated and says what is counted ("Writing demo orders").
    ProgressReporter(const QString &label, bool shown);
    ~ProgressReporter(); // ends the line if one was drawn
    ProgressReporter(const ProgressReporter &) = delete;
    ProgressReporter &operator=(const ProgressReporter &) = delete;

    bool shown() const { return m_shown; }
    void update(qint64 done, qint64 total);
    // For services: calls update(). Valid while this reporter lives.
    Callback callback();
    // Ends the line (the last state stays visible).
    void finish();

    static bool stderrIsTerminal();

private:
    QString m_label;
    bool m_shown;
    bool m_drawn = false;
    int m_lastPercent = -1;
    qsizetype m_drawnLength = 0;
    QElapsedTimer m_sinceDraw;
};

} // namespace sd
