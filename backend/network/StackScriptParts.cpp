#include "StackScriptParts.h"

#include "plan/PlansTr.h"
#include "transport/ShellQuote.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <arpa/inet.h>

namespace ftc::netscript {

QString changeId(const QString &link, const QDateTime &given)
{
    const QString fmt = QStringLiteral("yyyyMMdd'T'HHmmss'Z'");
    if (given.isValid())
        return QStringLiteral("%1-%2").arg(link, given.toUTC().toString(fmt));
    return QStringLiteral("%1-%2-%3")
        .arg(link, QDateTime::currentDateTimeUtc().toString(fmt))
        .arg(QRandomGenerator::global()->bounded(0x10000), 4, 16, QLatin1Char('0'));
}

QString word(const QString &s) { return QString::fromUtf8(shellQuoteWord(s.toUtf8())); }

QByteArray sha256Hex(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
}

bool isIpAddress(const QString &a)
{
    unsigned char buf[16];
    const QByteArray b = a.toLatin1();
    return !a.isEmpty() && (inet_pton(AF_INET, b.constData(), buf) == 1 || inet_pton(AF_INET6, b.constData(), buf) == 1);
}

void chooseStackFor(NetChange *c, const NetFacts &f, const QStringList &links)
{
    const StackChoice stack = chooseNetStack(f, links);
    c->stack = stack.stack;
    c->stackReason = stack.reason;
    if (!stack.problem.isEmpty())
        c->errors << stack.problem;
    for (const char *tool : {"systemd-run", "flock"})
        if (!f.hasTool(QLatin1String(tool)))
            c->errors << Plans::tr("%1 is missing on the host: the console arms its rollback with systemd-run "
                                   "and flock (systemd, util-linux), and changes no network without one.")
                             .arg(QLatin1String(tool));
}

QString nmBus()
{
    return QStringLiteral("busctl call org.freedesktop.NetworkManager /org/freedesktop/NetworkManager "
                          "org.freedesktop.NetworkManager");
}

void nmCheckpoint(StackScript *st, int rollbackSec)
{
    st->before << QStringLiteral("cp=$(%1 CheckpointCreate aouu 0 %2 7 2>&1) || fail \"NetworkManager refused a "
                                 "checkpoint: $cp\"")
                      .arg(nmBus())
                      .arg(rollbackSec + 120)
               << QStringLiteral("printf '%s\\n' \"$cp\" | sed -n 's/^o \"\\(.*\\)\"$/\\1/p' >\"$d/checkpoint\"")
               << QStringLiteral("say \"checkpoint $(cat \"$d/checkpoint\")\"");
    st->teardown << QStringLiteral("[ ! -s \"$d/checkpoint\" ] || try %1 CheckpointRollback o \"$(cat \"$d/checkpoint\")\"")
                        .arg(nmBus());
    st->teardown << nmDeleteAdded();
    st->confirm << QStringLiteral("[ ! -s \"$d/checkpoint\" ] || try %1 CheckpointDestroy o \"$(cat \"$d/checkpoint\")\"")
                       .arg(nmBus());
}

QString nmAdd(const QString &what, const QString &args)
{
    return QStringLiteral("out=$(nmcli connection add %1 2>&1) || { say \"$out\"; mark failed %2; exit 1; }; say "
                          "\"$out\"; printf '%s\\n' \"$out\" | sed -n 's/.*(\\([0-9a-f-]*\\)) successfully "
                          "added.*/\\1/p' >>\"$d/nm-new\"")
        .arg(args, word(QStringLiteral("nmcli connection add %1").arg(what)));
}

QString nmDeleteAdded()
{
    // When the checkpoint had already expired: the same by hand.
    return QStringLiteral("[ ! -e \"$d/nm-new\" ] || for u in $(cat \"$d/nm-new\"); do nmcli -g connection.uuid "
                          "connection show uuid \"$u\" >/dev/null 2>&1 && try nmcli connection delete uuid \"$u\"; "
                          "done");
}

} // namespace ftc::netscript
