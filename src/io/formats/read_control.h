#pragma once
#include <QtGlobal>
#include <atomic>
#include <functional>

namespace sd {

// How a caller follows a read that may run on a worker thread: `progress` is told now and then how far
// the reader got (`done` of `total`, in bytes: of the file for CSV and HTML, of the unpacked sheet for
// XLSX; `total` is 0 while it is unknown, as when an .xlsx's shared strings load), and a read stops soon
// after `*cancel` becomes true (within a megabyte of input), with TableData::cancelled set. A default-constructed
// control follows nothing. Both are used from the reading thread only; `cancel` may be set from any.
struct ReadControl
{
    std::function<void(qint64 done, qint64 total)> progress;
    const std::atomic_bool *cancel = nullptr;

    bool cancelled() const { return cancel && cancel->load(std::memory_order_relaxed); }
};

// Calls the control's progress at most once per `step` units and answers whether to go on; the readers
// keep one per read so a busy loop asks the clock or the flag rarely.
class ReadPacer
{
public:
    ReadPacer(const ReadControl &control, qint64 total, qint64 step)
        : m_control(control), m_total(total), m_step(step), m_next(step)
    {
    }
    // False once the read is cancelled.
    bool at(qint64 done)
    {
        if (done < m_next)
            return true;
        m_next = done + m_step;
        if (m_control.progress)
            m_control.progress(qMin(done, m_total), m_total);
        return !m_control.cancelled();
    }
    bool cancelled() const { return m_control.cancelled(); }
    void finish()
    {
        if (m_control.progress)
            m_control.progress(m_total, m_total);
    }

private:
    const ReadControl &m_control;
    qint64 m_total;
    qint64 m_step;
    qint64 m_next;
};

} // namespace sd
