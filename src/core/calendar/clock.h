#pragma once
#include <QDateTime>

namespace sd {

// Every "now" in the program comes from a Clock so tests can pin time.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime nowUtc() const = 0;
    static const Clock &system();
};

class FixedClock : public Clock
{
public:
    explicit FixedClock(QDateTime utc) : m_now(utc.toUTC()) {}
    QDateTime nowUtc() const override { return m_now; }
    void set(QDateTime utc) { m_now = utc.toUTC(); }
    void advanceSecs(qint64 s) { m_now = m_now.addSecs(s); }

private:
    QDateTime m_now;
};

} // namespace sd
