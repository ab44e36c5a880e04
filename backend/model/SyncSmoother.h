#pragma once
// Speed and time left of running syncs, averaged over the recent past. md's own
// figures jump: sync_speed is an estimate over md's last marks, and a position
// read from sysfs sync_completed advances in checkpoints of up to hundreds of GB.
// What an admin wants from "time left" is a number that counts down steadily.

#include "HostSnapshot.h"

#include <QMap>

namespace ftc {

class SyncSmoother {
public:
    // Window over which positions are averaged, in ms of snapshot time.
    explicit SyncSmoother(qint64 windowMs = 20000) : m_windowMs(windowMs) {}

    // Rewrites speedKiBs (KiB/s) and finishSeconds (s) of every mirror whose
    // sync reports a position (doneSectors/totalSectors, 512-byte sectors): the
    // speed is the mean of md's speeds over the window (or, when md gives none,
    // the distance moved over at least 2 s of it), and time left is the rest of
    // the pass at that speed. Passes are told apart by action and total; a pass
    // that restarts (position going back) starts a new history. Uses
    // snapshot.takenAt as the clock.
    void apply(HostSnapshot &snapshot);

private:
    struct Sample {
        qint64 ms = 0;
        qint64 done = 0;
        qint64 kernelKiBs = -1;    // md's own speed at that moment, -1 unknown
    };
    struct Track {
        QString action;
        qint64 total = 0;
        QList<Sample> samples;
    };

    qint64 m_windowMs;
    QMap<QString, Track> m_tracks;      // by mirror name
};

} // namespace ftc
