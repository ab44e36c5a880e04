#pragma once
// Where the simulated host's time comes from: the wall clock normally, a clock the
// test moves by hand otherwise. Milliseconds; only differences matter, except that
// ftsim-host keeps wall-clock stamps in its state file so progress continues
// between separate invocations.

#include <QtGlobal>
#include <atomic>

namespace ftc {

class SimClock {
public:
    virtual ~SimClock() = default;
    virtual qint64 nowMs() const = 0;
};

class SystemClock : public SimClock {
public:
    qint64 nowMs() const override;
};

class ManualClock : public SimClock {
public:
    explicit ManualClock(qint64 startMs = 0) : m_now(startMs) {}
    qint64 nowMs() const override { return m_now.load(); }
    void advanceMs(qint64 ms) { m_now.fetch_add(ms); }
    void advanceSeconds(double s) { advanceMs(static_cast<qint64>(s * 1000.0)); }
    void setMs(qint64 ms) { m_now.store(ms); }

private:
    std::atomic<qint64> m_now;
};

} // namespace ftc
