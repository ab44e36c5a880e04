#include "SimClock.h"

#include <QDateTime>

namespace ftc {

qint64 SystemClock::nowMs() const
{
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace ftc
