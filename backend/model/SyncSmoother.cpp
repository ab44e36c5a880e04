#include "SyncSmoother.h"

#include <cmath>

namespace ftc {

namespace {
// Below this span two positions say more about md's checkpoints than about speed.
constexpr qint64 kMinSpanMs = 2000;
} // namespace

void SyncSmoother::apply(HostSnapshot &snapshot)
{
    const qint64 now = snapshot.takenAt.toMSecsSinceEpoch();
    QMap<QString, Track> kept;
    for (Mirror &m : snapshot.mirrors) {
        if (!m.sync || m.sync->doneSectors < 0 || m.sync->totalSectors <= 0)
            continue;
        SyncProgress &p = *m.sync;
        Track t = m_tracks.value(m.name);
        const bool samePass = t.action == p.action && t.total == p.totalSectors && !t.samples.isEmpty()
            && t.samples.last().done <= p.doneSectors && t.samples.last().ms <= now;
        if (!samePass) {
            t = Track();
            t.action = p.action;
            t.total = p.totalSectors;
        }
        if (t.samples.isEmpty() || t.samples.last().ms < now)
            t.samples.append({now, p.doneSectors, p.speedKiBs});
        // Keep one sample older than the window so the span covers all of it.
        while (t.samples.size() > 2 && now - t.samples.at(1).ms >= m_windowMs)
            t.samples.removeFirst();

        // md's speed is itself an average over its last marks; averaging what it
        // said across the window removes the rest of its wobble. Without it
        // (mdstat without a speed, sysfs "none"), positions give the speed.
        double sum = 0;
        int n = 0;
        for (const Sample &x : std::as_const(t.samples))
            if (x.kernelKiBs > 0) {
                sum += double(x.kernelKiBs);
                ++n;
            }
        double kibPerSec = n > 0 ? sum / n : 0;
        const Sample &first = t.samples.first();
        const qint64 spanMs = now - first.ms;
        if (n == 0 && spanMs >= kMinSpanMs && p.doneSectors > first.done)
            // sectors are 512 bytes: KiB/s = sectors / 2 per second
            kibPerSec = double(p.doneSectors - first.done) / 2.0 / (double(spanMs) / 1000.0);
        if (kibPerSec > 0) {
            p.speedKiBs = std::llround(kibPerSec);
            p.finishSeconds = std::llround(double(p.totalSectors - p.doneSectors) / 2.0 / kibPerSec);
        }
        kept.insert(m.name, t);
    }
    // Mirrors that stopped syncing (or vanished) forget their history.
    m_tracks = kept;
}

} // namespace ftc
