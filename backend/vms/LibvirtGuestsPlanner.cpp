#include "LibvirtGuestsPlanner.h"

#include "VirshSession.h"
#include "parse/LibvirtGuests.h"
#include "plan/PlansTr.h"

#include <QRegularExpression>

namespace ftc {

namespace {

const QString kOnShutdown = QStringLiteral("ON_SHUTDOWN");

QString hostName(const HostSnapshot &s)
{
    return s.info.name.isEmpty() ? s.label : s.info.name;
}

// A file written by the console where there was none: what it is for, then the setting.
QByteArray newFileText(const QString &value)
{
    return "# libvirt-guests settings, written by ftconsole. What libvirt-guests does with the running VMs\n"
           "# when the host stops: suspend saves each one's state (virsh managedsave) and restores it at\n"
           "# boot; shutdown asks each guest OS to shut down. Unset settings keep libvirt-guests' defaults.\n"
           "ON_SHUTDOWN=" + value.toUtf8() + "\n";
}

QString familyWords(const QString &family)
{
    if (family == QLatin1String("debian"))
        return Plans::tr("a Debian-like host");
    if (family == QLatin1String("redhat"))
        return Plans::tr("a Red Hat-like host");
    if (family == QLatin1String("suse"))
        return Plans::tr("a SUSE host");
    return Plans::tr("this host");
}

QString meaning(const LibvirtGuests &g, bool suspend)
{
    if (suspend)
        return Plans::tr("When the host stops, libvirt-guests saves the memory of every running VM to disk (virsh "
                         "managedsave) and %1; the VMs carry on where they were. Each save needs disk space for "
                         "the VM's memory under /var/lib/libvirt/qemu/save.")
            .arg(g.onBoot == QLatin1String("start")
                     ? Plans::tr("restores it when the host starts again (ON_BOOT=start)")
                     : Plans::tr("keeps it until each VM is started (ON_BOOT=%1: libvirt-guests restores none "
                                 "at boot)").arg(g.onBoot));
    QString wait;
    if (g.shutdownTimeout > 0)
        wait = Plans::tr("waits up to %1 s (SHUTDOWN_TIMEOUT) for each; a guest still running then is turned off "
                         "with the host").arg(g.shutdownTimeout);
    else if (g.shutdownTimeout == 0)
        wait = Plans::tr("waits for each without a time limit (SHUTDOWN_TIMEOUT=0): a guest that ignores the "
                         "request holds up the host's shutdown");
    else
        wait = Plans::tr("SHUTDOWN_TIMEOUT is not a whole number, so how long it waits is not known: set it");
    return Plans::tr("When the host stops, libvirt-guests asks each running VM's guest OS to shut down and %1. "
                     "What a guest has not written to its disks by then is lost, and no VM keeps its state.")
        .arg(wait);
}

} // namespace

QByteArray libvirtGuestsWithOnShutdown(const QByteArray &text, const QString &value, int *line)
{
    const QByteArray assignment = kOnShutdown.toUtf8() + '=' + value.toUtf8();
    const ShellVars vars = parseShellVars(text, libvirtGuestsDefaults());
    if (const ShellAssignment *a = vars.last(kOnShutdown)) {
        if (line)
            *line = a->line;
        return text.left(a->valueStart) + value.toUtf8() + text.mid(a->valueEnd);
    }
    // Beside its documentation: after the commented default the packaged
    // file has ("#ON_SHUTDOWN=suspend"), else at the end.
    static const QRegularExpression commented(QStringLiteral("^\\s*#\\s*ON_SHUTDOWN\\s*="));
    qsizetype insertAt = -1;
    int insertLine = 0;
    qsizetype pos = 0;
    int number = 1;
    while (pos < text.size()) {
        qsizetype end = text.indexOf('\n', pos);
        const bool last = end < 0;
        if (last)
            end = text.size();
        if (commented.match(QString::fromUtf8(text.mid(pos, end - pos))).hasMatch()) {
            insertAt = end;
            insertLine = number + 1;
        }
        pos = end + 1;
        ++number;
    }
    if (insertAt < 0) {
        insertAt = text.size();
        insertLine = int(text.count('\n')) + (text.isEmpty() || text.endsWith('\n') ? 1 : 2);
    }
    if (line)
        *line = insertLine;
    // The new line goes after the line that ends at insertAt; a last line
    // without its newline gets one first.
    if (insertAt >= text.size())
        return text + (text.isEmpty() || text.endsWith('\n') ? QByteArray() : QByteArray("\n")) + assignment + '\n';
    return text.left(insertAt + 1) + assignment + '\n' + text.mid(insertAt + 1);
}

Plan planLibvirtGuestsOnShutdown(const HostSnapshot &snapshot, bool suspend)
{
    Plan plan;
    const QString host = hostName(snapshot);
    const QString value = suspend ? QStringLiteral("suspend") : QStringLiteral("shutdown");
    plan.title = suspend ? Plans::tr("Save the state of the VMs on %1 when the host stops").arg(host)
                         : Plans::tr("Shut the VMs on %1 down when the host stops").arg(host);
    const LibvirtGuests &g = snapshot.libvirtGuests;
    if (snapshot.isCapture) {
        plan.errors << Plans::tr("%1 is a read-only capture: nothing can be changed there. Open the host itself.")
                           .arg(snapshot.label);
        return plan;
    }
    if (!g.known) {
        plan.errors << Plans::tr("The libvirt-guests settings of %1 have not been read yet: refresh and try again.")
                           .arg(host);
        return plan;
    }
    if (g.path.isEmpty()) {
        plan.errors << Plans::tr("%1 has no libvirt-guests settings file (neither /etc/default/libvirt-guests nor "
                                 "/etc/sysconfig/libvirt-guests), and /etc/os-release does not say which "
                                 "distribution it is (ID \"%2\"), so where its libvirt-guests would read one is "
                                 "not known: create the file by hand where its libvirt-guests.sh sources it, "
                                 "then refresh.")
                           .arg(host, g.osFamily);
        return plan;
    }
    if (g.present && !g.understood) {
        plan.errors << Plans::tr("%1 on %2 has lines the console does not understand (they are listed with the "
                                 "host's problems), so what ON_SHUTDOWN ends up as is not certain: set it there "
                                 "by hand, or simplify those lines and refresh.")
                           .arg(g.path, host);
        return plan;
    }
    if (g.suspends() == suspend) {
        const QString where = g.onShutdownSet ? Plans::tr("ON_SHUTDOWN=%1 in %2").arg(g.onShutdown, g.path)
                                              : Plans::tr("libvirt-guests' default, as %1 does not set ON_SHUTDOWN")
                                                    .arg(g.present ? g.path : Plans::tr("no settings file"));
        plan.errors << (suspend ? Plans::tr("libvirt-guests on %1 already saves the state of the VMs when the "
                                            "host stops (%2): nothing to change.")
                                : Plans::tr("libvirt-guests on %1 already shuts the VMs down when the host "
                                            "stops (%2): nothing to change."))
                           .arg(host, where);
        return plan;
    }

    const QByteArray path = g.path.toUtf8();
    const QByteArray temp = path + ".ftconsole-new";
    const QString tempName = QString::fromUtf8(temp);
    int line = 0;
    const QByteArray newText = g.present ? libvirtGuestsWithOnShutdown(g.text, value, &line) : newFileText(value);
    // The edit is checked the way the host will read it: the new setting in
    // effect and every other value as before.
    const LibvirtGuestsConfig before = parseLibvirtGuests(g.present ? g.text : QByteArray());
    const LibvirtGuestsConfig after = parseLibvirtGuests(newText);
    QMap<QString, QString> expected = before.vars.values;
    expected.insert(kOnShutdown, value);
    if (after.vars.values != expected || !after.vars.errors.isEmpty()) {
        plan.errors << Plans::tr("The console could not work out an edit of %1 that changes only ON_SHUTDOWN: set "
                                 "ON_SHUTDOWN=%2 there by hand.")
                           .arg(g.path, value);
        return plan;
    }

    if (g.present) {
        plan.steps << privilegedStep(Plans::tr("Check that %1 is as it was read (else stop here, changing nothing)")
                                   .arg(g.path),
                               QString(), {"cmp", "-", path}, g.text);
    } else {
        plan.steps << privilegedStep(Plans::tr("Check that %1 still does not exist (else stop here, changing nothing)")
                                   .arg(g.path),
                               QString(), {"test", "!", "-e", path});
    }
    plan.steps << privilegedStep(Plans::tr("Write the new settings to %1").arg(tempName), tempName, {"tee", temp},
                           newText);
    if (g.present) {
        plan.steps << privilegedStep(Plans::tr("Give %1 the owner and group of %2").arg(tempName, g.path), tempName,
                               {"chown", "--reference=" + path, temp})
                   << privilegedStep(Plans::tr("Give %1 the permissions of %2").arg(tempName, g.path), tempName,
                               {"chmod", "--reference=" + path, temp});
    } else {
        plan.steps << privilegedStep(Plans::tr("Make %1 readable by everyone, writable by root (0644)").arg(tempName),
                               tempName, {"chmod", "0644", temp});
    }
    plan.steps << privilegedStep(Plans::tr("Put %1 in place of %2 (one rename: the file is never half written)")
                               .arg(tempName, g.path),
                           g.path, {"mv", "-f", "-T", temp, path});

    if (!g.present)
        plan.warnings << Plans::tr("%1 does not exist: the plan creates it (on %2 libvirt-guests reads its "
                                   "settings there) holding only ON_SHUTDOWN=%3; the other settings keep "
                                   "libvirt-guests' defaults.")
                             .arg(g.path, familyWords(g.osFamily), value);
    else if (g.onShutdownSet)
        plan.warnings << Plans::tr("Line %1 of %2 becomes ON_SHUTDOWN=%3 (it sets %4 now); every other line stays "
                                   "exactly as it is.")
                             .arg(line)
                             .arg(g.path, value, g.onShutdown);
    else
        plan.warnings << Plans::tr("%1 gets the line ON_SHUTDOWN=%2 as line %3 (it does not set it now, so "
                                   "libvirt-guests' default, suspend, applies); every other line stays exactly "
                                   "as it is.")
                             .arg(g.path, value)
                             .arg(line);
    plan.warnings << meaning(g, suspend);
    if (g.serviceEnabled == false)
        plan.warnings << Plans::tr("libvirt-guests.service is not enabled on %1: until it is (systemctl enable "
                                   "--now libvirt-guests), this setting does nothing and the VMs go down with "
                                   "the host.")
                             .arg(host);
    else if (!g.serviceEnabled)
        plan.warnings << Plans::tr("Whether libvirt-guests runs on %1 is not known (it has no "
                                   "/etc/systemd/system/multi-user.target.wants): make sure its init system runs "
                                   "libvirt-guests when the host stops.")
                             .arg(host);
    if (!g.ignoredPath.isEmpty())
        plan.warnings << Plans::tr("%1 exists too, but libvirt-guests on %2 reads %3: the plan leaves %1 alone.")
                             .arg(g.ignoredPath, familyWords(g.osFamily), g.path);
    HostSnapshot afterwards = snapshot;
    afterwards.libvirtGuests.onShutdown = value;
    afterwards.libvirtGuests.onShutdownSet = true;
    afterwards.libvirtGuests.present = true;
    plan.warnings << libvirtGuestsContradictions(afterwards);
    return plan;
}

QStringList libvirtGuestsContradictions(const HostSnapshot &snapshot)
{
    const LibvirtGuests &g = snapshot.libvirtGuests;
    if (!g.known)
        return {};
    const QString host = hostName(snapshot);
    // libvirt-guests runs virsh as root: "default" is the system connection.
    const QString uri = snapshot.libvirtUri.isEmpty() ? QString::fromLatin1(kDefaultLibvirtUri) : snapshot.libvirtUri;
    static const QRegularExpression blanks(QStringLiteral("\\s+"));
    const QStringList uris = g.uris.split(blanks, Qt::SkipEmptyParts);
    const bool handled = uris.contains(uri)
        || (uris.contains(QStringLiteral("default")) && uri == QLatin1String(kDefaultLibvirtUri));
    const QString setting = g.onShutdownSet && g.present
        ? Plans::tr("libvirt-guests ON_SHUTDOWN=%1 in %2").arg(g.onShutdown, g.path)
        : Plans::tr("libvirt-guests' default, ON_SHUTDOWN=suspend");

    QStringList out;
    for (const Vm &vm : snapshot.vms) {
        if (!vm.saveOnStop)
            continue;
        if (*vm.saveOnStop) {
            if (g.serviceEnabled == false)
                out << Plans::tr("%1 is set to save its state when the host stops, but libvirt-guests.service is "
                                 "not enabled on %2, so nothing saves it: enable it (systemctl enable --now "
                                 "libvirt-guests), or turn off Save State When the Host Stops for %1.")
                           .arg(vm.name, host);
            else if (!handled)
                out << Plans::tr("%1 is set to save its state when the host stops, but libvirt-guests on %2 only "
                                 "handles the VMs of URIS=\"%3\", not those of %4: add %4 to URIS in %5, or turn "
                                 "off Save State When the Host Stops for %1.")
                           .arg(vm.name, host, g.uris, uri, g.path.isEmpty() ? Plans::tr("its settings") : g.path);
            else if (!g.suspends())
                out << Plans::tr("%1 is set to save its state when the host stops, but %2 shuts every VM down "
                                 "(%3): turn on Save VM States When the Host Stops for the host (every VM's "
                                 "state is then saved), or turn off Save State When the Host Stops for %1.")
                           .arg(vm.name, host, setting);
        } else if (g.serviceEnabled != false && handled && g.suspends()) {
            out << Plans::tr("%1 is set to be shut down when the host stops, but %2 saves the state of every "
                             "running VM (%3), and libvirt-guests has no setting per VM: turn off Save VM States "
                             "When the Host Stops for the host (every VM is then shut down), or turn on Save "
                             "State When the Host Stops for %1.")
                       .arg(vm.name, host, setting);
        }
    }
    return out;
}

} // namespace ftc
