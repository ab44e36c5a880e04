#pragma once
// What the tests of network changes on the demo host share: a command line
// run through the host's shell, a snapshot as the console's poller takes it,
// the applier polling quickly, the words of a change's status file, and a
// change applied while the host has cut the console off.

#include "demo/SimClock.h"
#include "demo/SimulatedHost.h"
#include "model/Poller.h"
#include "network/NetChange.h"
#include "network/NetChangeApply.h"
#include "transport/Runner.h"

#include <QStringList>
#include <functional>

namespace ftc::test {

inline CommandResult sh(Runner &r, const QByteArray &line)
{
    Command c;
    c.argv = {"sh", "-c", line};
    return r.run(c);
}

// What the line prints; a failure is logged, and gives what it printed.
inline QByteArray out(Runner &r, const QByteArray &line)
{
    const CommandResult res = sh(r, line);
    if (!res.ok())
        qWarning("%s -> %d %s %s", line.constData(), res.exitCode, res.err.constData(), qPrintable(res.error));
    return res.out;
}

inline HostSnapshotPtr snapshot(Runner &host)
{
    Poller poller(host, QStringLiteral("demo"));
    const HostSnapshotPtr s = poller.refresh(CancelFlag(), true);
    if (!s)
        qWarning("refresh failed: %s", qPrintable(poller.lastError()));
    return s;
}

// The applier asks the host every 10 ms instead of every 2 s.
inline NetApplyOptions quick()
{
    NetApplyOptions o;
    o.pollIntervalMs = 10;
    return o;
}

// "saved", "applied", "confirmed", ... as the change's status file has them.
inline QStringList statusWords(Runner &h, const NetChange &c)
{
    QStringList words;
    for (const NetChangeEvent &e : parseNetChangeStatus(out(h, "cat " + c.dir() + "/status")))
        words << e.word;
    return words;
}

// What the console met while the demo host had cut it off.
struct CutOff {
    int reconnects = 0;        // its "Reconnecting…" reports
    CommandResult firstTry;    // a command run at the first of them
};

// Applies c with `ftsim lose-connection` armed: each time the console says
// it is reconnecting, the host's clock moves 10 s on, until the host's
// rollback timer lets it back in. atCut runs once, at the first attempt.
inline NetChangeOutcome applyCutOff(SimulatedHost &h, ManualClock &clock, const NetChange &c, CutOff *seen,
                                    const std::function<void()> &atCut = {})
{
    return applyNetChange(h, c, quick(), CancelFlag(), {}, [&](const QString &p) {
        if (!p.startsWith(QLatin1String("Reconnecting")))
            return;
        if (seen->reconnects++ == 0) {
            seen->firstTry = sh(h, "cat /proc/mdstat");
            if (atCut)
                atCut();
        }
        clock.advanceSeconds(10);
    });
}

} // namespace ftc::test
