#pragma once
// The few colours a state can have. Widgets know tones, not RAID or bonding words:
// ui/ decides which backend state maps to which tone.

#include <QColor>
#include <QIcon>

namespace ftc {

enum class BadgeTone {
    Good,     // steady green: Duplex, link up, running
    Busy,     // amber and animated: Syncing, connecting
    Warning,  // amber, still: degraded but working
    Bad,      // red: Simplex, Broken, failed
    Neutral,  // grey: Inactive, shut off, unconfigured
};

QColor toneColor(BadgeTone tone);
// A small round dot of the tone's colour, cached: the same QIcon for the same tone.
QIcon toneIcon(BadgeTone tone);

} // namespace ftc
