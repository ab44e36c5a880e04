#pragma once
// One line of a network change's status file on the host
// (/var/lib/ftconsole/net/ID/status, written by the change's own scripts,
// network/NetChange): "WORD EPOCH TEXT".

#include <QString>

namespace ftc {

struct NetChangeStatusLine {
    QString word;              // saved, applied, failed, refused, confirmed, rolled-back; "" for a blank line
    qint64 epoch = -1;         // seconds; -1 when not a number
    QString text;              // the rest, may be empty
};

NetChangeStatusLine parseNetChangeStatusLine(const QString &line);

} // namespace ftc
