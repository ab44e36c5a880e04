#pragma once
// The translation context of the readings' words ("ftc::Readings"): the problems
// the poller and the snapshot builders report (a source that could not be read
// or understood) and why a disk is in use are shown in the UI's language; state
// names, source keys and the words read from the host never change with it.

#include <QCoreApplication>

namespace ftc {

class Readings {
    Q_DECLARE_TR_FUNCTIONS(ftc::Readings)
};

} // namespace ftc
