#include "NetChangeStatus.h"

namespace ftc {

NetChangeStatusLine parseNetChangeStatusLine(const QString &line)
{
    const QString l = line.trimmed();
    NetChangeStatusLine out;
    out.word = l.section(QLatin1Char(' '), 0, 0);
    bool ok = false;
    out.epoch = l.section(QLatin1Char(' '), 1, 1).toLongLong(&ok);
    if (!ok)
        out.epoch = -1;
    out.text = l.section(QLatin1Char(' '), 2);
    return out;
}

} // namespace ftc
