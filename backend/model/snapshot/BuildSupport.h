#pragma once
// What the per-area snapshot builders share: looking a source up, turning a
// parser's errors into Problems, the /sys link listings, name order.

#include "model/RawSources.h"
#include "parse/ParseError.h"

#include <QMap>

namespace ftc::snapshot {

// The text of a source, or nullptr when the refresh did not read it.
const QByteArray *source(const RawSources &raw, const QString &key);

// A parser's errors as Problems of source key (the first few in full, then a
// count: random bytes in one source must not flood the event log).
void reportErrors(HostSnapshot *s, const RawSources &raw, const QString &key, const ParseErrors &errors);
// Errors a tool printed instead of output (virsh's "error: ..." lines).
void reportToolErrors(HostSnapshot *s, const RawSources &raw, const QString &key, const QStringList &errors);

// `ls -l` of /sys/block or /sys/class/net (source key): name -> link target.
QMap<QString, QString> sysLinks(HostSnapshot *s, const RawSources &raw, const QString &key);

// "md9" < "md10" < "md127" < "md_d0": text prefix, then the trailing number.
bool naturalLess(const QString &a, const QString &b);

} // namespace ftc::snapshot
