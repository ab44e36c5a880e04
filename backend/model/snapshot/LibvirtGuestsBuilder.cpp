#include "AreaBuilders.h"
#include "BuildSupport.h"

#include "parse/LibvirtGuests.h"

namespace ftc {

using namespace snapshot;

namespace {

const QString kDebianKey = QStringLiteral("libvirt-guests/default");
const QString kRedHatKey = QStringLiteral("libvirt-guests/sysconfig");
const QString kDebianPath = QStringLiteral("/etc/default/libvirt-guests");
const QString kRedHatPath = QStringLiteral("/etc/sysconfig/libvirt-guests");

// /etc/os-release's ID and ID_LIKE -> where the distribution's libvirt keeps
// init settings: Debian and Ubuntu in /etc/default, the Red Hat and SUSE
// families in /etc/sysconfig (libvirt's initconfdir).
QString osFamily(const QByteArray &osRelease)
{
    const ShellVars v = parseShellVars(osRelease);
    const QString id = v.values.value(QStringLiteral("ID")).trimmed().toLower();
    const QStringList words = (id + QLatin1Char(' ') + v.values.value(QStringLiteral("ID_LIKE")).toLower())
                                  .split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &w : words)
        if (w == QLatin1String("debian") || w == QLatin1String("ubuntu"))
            return QStringLiteral("debian");
    for (const QString &w : words)
        if (w == QLatin1String("rhel") || w == QLatin1String("fedora") || w == QLatin1String("centos"))
            return QStringLiteral("redhat");
    for (const QString &w : words)
        if (w.contains(QLatin1String("suse")))
            return QStringLiteral("suse");
    return id;
}

} // namespace

void buildLibvirtGuests(const RawSources &raw, HostSnapshot *s)
{
    const QByteArray *debian = source(raw, kDebianKey);
    const QByteArray *redhat = source(raw, kRedHatKey);
    const QByteArray *os = source(raw, QStringLiteral("os-release"));
    const QByteArray *wants = source(raw, QStringLiteral("systemd/multi-user.target.wants"));
    LibvirtGuests &g = s->libvirtGuests;
    // A missing settings file is read too (the defaults apply): a full read
    // that asked counts, whether or not anything was there.
    g.known = debian || redhat || os || wants || raw.commands.contains(kDebianKey)
        || raw.commands.contains(kRedHatKey);
    if (!g.known)
        return;
    if (os)
        g.osFamily = osFamily(*os);
    if (wants) {
        bool enabled = false;
        for (const QByteArray &name : wants->split('\n'))
            enabled = enabled || name.trimmed() == "libvirt-guests.service";
        g.serviceEnabled = enabled;
    }

    // The file libvirt-guests reads: the one there is; with both, the
    // distribution's; with neither, where the distribution would keep it.
    const bool debianLike = g.osFamily == QLatin1String("debian");
    const bool redhatLike = g.osFamily == QLatin1String("redhat") || g.osFamily == QLatin1String("suse");
    QString key;
    if (debian && redhat) {
        key = debianLike ? kDebianKey : kRedHatKey;
        g.ignoredPath = debianLike ? kRedHatPath : kDebianPath;
    } else if (debian) {
        key = kDebianKey;
    } else if (redhat) {
        key = kRedHatKey;
    }
    if (key.isEmpty()) {
        g.path = debianLike ? kDebianPath : redhatLike ? kRedHatPath : QString();
        return;
    }
    g.path = key == kDebianKey ? kDebianPath : kRedHatPath;
    g.present = true;
    g.text = *source(raw, key);
    const LibvirtGuestsConfig c = parseLibvirtGuests(g.text);
    reportErrors(s, raw, key, c.vars.errors);
    g.understood = c.vars.errors.isEmpty();
    g.onShutdown = c.onShutdown();
    g.onShutdownSet = c.sets(QStringLiteral("ON_SHUTDOWN"));
    if (const ShellAssignment *a = c.vars.last(QStringLiteral("ON_SHUTDOWN")))
        g.onShutdownLine = a->line;
    g.onBoot = c.value(QStringLiteral("ON_BOOT"));
    g.shutdownTimeout = c.shutdownTimeout();
    g.parallelShutdown = c.parallelShutdown();
    g.uris = c.value(QStringLiteral("URIS"));
}

} // namespace ftc
