#include "cli/progress.h"

#include "cli/cli_text.h"

#include <QLocale>
#include <algorithm>
#include <cstdio>

#ifdef Q_OS_WIN
#include <io.h>
#else
#include <unistd.h>
#endif

namespace sd {

namespace {

// Redraw at most this often, unless the percentage changes or the work is done.
constexpr qint64 kRedrawMs = 200;

} // namespace

ProgressReporter::ProgressReporter(const QString &label, bool shown) : m_label(label), m_shown(shown) {}

ProgressReporter::~ProgressReporter()
{
    finish();
}

bool ProgressReporter::stderrIsTerminal()
{
#ifdef Q_OS_WIN
    return _isatty(_fileno(stderr)) != 0;
#else
    return isatty(fileno(stderr)) != 0;
#endif
}

void ProgressReporter::update(qint64 done, qint64 total)
{
    if (!m_shown || total <= 0)
        return;
    done = std::clamp<qint64>(done, 0, total);
    const int percent = int(done * 100 / total);
    const bool redraw =
        !m_drawn || percent != m_lastPercent || done == total || m_sinceDraw.elapsed() >= kRedrawMs;
    if (!redraw)
        return;
    const QLocale locale;
    const QString text = Cli::tr("%1: %2% (%3 of %4)")
                             .arg(m_label)
                             .arg(percent)
                             .arg(locale.toString(done), locale.toString(total));
    // Back to the start of the line; spaces cover what a longer earlier text left (no escape
    // sequences: not every Windows console understands them).
    const QString padding(std::max<qsizetype>(0, m_drawnLength - text.size()), QLatin1Char(' '));
    std::fputs(("\r" + text + padding).toUtf8().constData(), stderr);
    m_drawnLength = text.size();
    std::fflush(stderr);
    m_drawn = true;
    m_lastPercent = percent;
    m_sinceDraw.start();
}

ProgressReporter::Callback ProgressReporter::callback()
{
    return [this](qint64 done, qint64 total) { update(done, total); };
}

void ProgressReporter::finish()
{
    if (!m_drawn)
        return;
    std::fputs("\n", stderr);
    std::fflush(stderr);
    m_drawn = false;
    m_lastPercent = -1;
    m_drawnLength = 0;
}

} // namespace sd
