#include "SosReader.h"

#include "CaptureFiles.h"
#include "SosSources.h"

#include "model/PollPlan.h"
#include "parse/MdDetail.h"
#include "parse/Mdstat.h"
#include "parse/Virsh.h"
#include "transport/Command.h"
#include "transport/LocalRunner.h"
#include "transport/UniqueFd.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace ftc {

namespace {

// One sosreport tree, opened: reads follow its own links, never out of it.
class SosTree {
public:
    SosTree(int fd, QString label, RawSources *out) : m_fd(fd), m_label(std::move(label)), m_out(out) {}

    // The file at rel (links resolved inside the tree), or nullopt when absent;
    // a refusal is reported as a Problem.
    std::optional<QByteArray> read(const QString &rel)
    {
        const QString real = resolveInside(m_fd, rel);
        if (real.isEmpty())
            return std::nullopt;
        QByteArray data;
        QString why;
        switch (readInside(m_fd, real, &data, &why)) {
        case Outcome::Read:
            return data;
        case Outcome::Absent:
            return std::nullopt;
        case Outcome::Refused:
            m_out->problems.append({rel, QString(),
                                    QStringLiteral("%1: %2 was not read: %3. Only plain files inside the sosreport "
                                                   "are read.").arg(m_label, rel, why),
                                    {}});
            return std::nullopt;
        }
        return std::nullopt;
    }

    // Entries of the directory at rel (links resolved inside the tree).
    QStringList list(const QString &rel, bool dirs)
    {
        const QString real = resolveInside(m_fd, rel);
        return real.isEmpty() ? QStringList() : entriesInside(m_fd, real, dirs);
    }

    // Reads rel into the source key; true when it was there.
    bool map(const QString &rel, const QString &key)
    {
        if (const auto data = read(rel)) {
            m_out->files.insert(key, *data);
            m_out->commands.insert(key, QStringLiteral("sosreport: %1").arg(rel));
            return true;
        }
        return false;
    }

    // A command's output as sos saved it under sos_commands/PLUGIN/ (the first
    // plugin of plugins that has it: sos moved virsh out of libvirt in 4.x).
    std::optional<QByteArray> command(const QStringList &plugins, const QString &commandLine, QString *found = nullptr)
    {
        for (const QString &plugin : plugins) {
            const QString rel = QStringLiteral("sos_commands/%1/%2").arg(plugin, sosCommandFileName(commandLine));
            if (auto data = read(rel)) {
                if (found)
                    *found = rel;
                return data;
            }
        }
        return std::nullopt;
    }

private:
    int m_fd;
    QString m_label;
    RawSources *m_out;
};

const QStringList kVirshPlugins = {QStringLiteral("virsh"), QStringLiteral("libvirt")};

void readMd(SosTree &tree, RawSources *out)
{
    if (!tree.map(QStringLiteral("proc/mdstat"), QStringLiteral("mdstat")))
        return;
    const Mdstat mdstat = parseMdstat(out->files.value(QStringLiteral("mdstat")));
    for (const MdstatArray &a : mdstat.arrays) {
        if (!safeObjectName(a.name))
            continue;
        // sos copies /sys/block/md*/md*: the md directory behind the block link.
        const QString dir = QStringLiteral("sys/block/%1/md").arg(a.name);
        QList<QPair<QString, QByteArray>> files;
        for (const QString &attr : tree.list(dir, false))
            if (const auto data = tree.read(dir + QLatin1Char('/') + attr))
                files.append({attr, *data});
        for (const QString &sub : tree.list(dir, true)) {
            if (!sub.startsWith(QLatin1String("dev-")))
                continue;
            for (const char *attr : {"state", "slot"})
                if (const auto data = tree.read(dir + QLatin1Char('/') + sub + QLatin1Char('/') + QLatin1String(attr)))
                    files.append({sub + QLatin1Char('/') + QLatin1String(attr), *data});
        }
        if (!files.isEmpty()) {
            const QString key = QStringLiteral("md/%1/sysfs").arg(a.name);
            out->files.insert(key, mdSysfsText(a.name, files));
            out->commands.insert(key, QStringLiteral("sosreport: %1/*").arg(dir));
        }
    }
    // The md plugin's `mdadm -D /dev/md*`: every array in one file, as people
    // read it; given to the console in the export form a live read has.
    const QString detailCommand = QStringLiteral("mdadm -D /dev/md*");
    if (const auto report = tree.command({QStringLiteral("md")}, detailCommand)) {
        const QMap<QString, MdDetail> details = parseMdDetailReport(*report);
        for (const MdstatArray &a : mdstat.arrays) {
            const auto it = details.constFind(a.name);
            if (!safeObjectName(a.name) || it == details.cend() || it->uuid.isEmpty())
                continue;
            const QString key = QStringLiteral("md/%1/detail").arg(a.name);
            out->files.insert(key, mdDetailExportText(*it));
            out->commands.insert(key, QStringLiteral("sosreport: sos_commands/md/%1").arg(sosCommandFileName(detailCommand)));
        }
    }
}

void readVirsh(SosTree &tree, RawSources *out)
{
    QString listFile;
    const auto list = tree.command(kVirshPlugins, QStringLiteral("virsh -r list --all"), &listFile);
    if (const auto nodeinfo = tree.command(kVirshPlugins, QStringLiteral("virsh -r nodeinfo")))
        out->files.insert(QStringLiteral("virsh/nodeinfo"), *nodeinfo);
    if (!list)
        return;
    const VirshNameList names = parseVirshNameList(*list);
    QList<QPair<QString, QByteArray>> infos;
    for (const QString &name : names.names)
        if (const auto info = tree.command(kVirshPlugins, QStringLiteral("virsh -r dominfo %1").arg(name)))
            infos.append({name, *info});
    const SosDomains d = dominfoToDomstats(infos);
    const QString from = QStringLiteral("sosreport: %1 and virsh_-r_dominfo_*").arg(listFile);
    out->files.insert(QStringLiteral("virsh/domstats"), d.domstats);
    out->files.insert(QStringLiteral("virsh/autostart"), d.autostart);
    out->files.insert(QStringLiteral("virsh/managed-save"), d.managedSave);
    for (const char *key : {"virsh/domstats", "virsh/autostart", "virsh/managed-save"})
        out->commands.insert(QLatin1String(key), from);
}

// The directory sos wrote: the only directory inside what tar unpacked.
QString reportRoot(const QString &unpacked)
{
    const QStringList entries = QDir(unpacked).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
    if (entries.size() == 1 && QFileInfo(unpacked + QLatin1Char('/') + entries.first()).isDir())
        return unpacked + QLatin1Char('/') + entries.first();
    return unpacked;
}

} // namespace

bool readSosReport(const QString &path, const QString &label, RawSources *raw, QString *error)
{
    QString scratch;
    if (!error)
        error = &scratch;
    const QFileInfo info(path);
    if (!info.exists()) {
        *error = QStringLiteral("%1 does not exist: give the sosreport's directory or its .tar.xz.").arg(path);
        return false;
    }
    QString dirPath = path;
    QTemporaryDir unpacked;
    if (!info.isDir()) {
        if (!unpacked.isValid()) {
            *error = QStringLiteral("cannot make a temporary directory to unpack %1: %2").arg(path, unpacked.errorString());
            return false;
        }
        // GNU tar recognises xz, gzip and bzip2 by their content, refuses
        // members that climb out with "..", and keeps links as links (which
        // the reading below resolves only inside the tree).
        Command tar;
        tar.argv = {"tar", "-x", "-f", QFile::encodeName(info.absoluteFilePath()), "-C", QFile::encodeName(unpacked.path()),
                    "--no-same-owner", "--no-same-permissions"};
        LocalRunner local;
        const CommandResult r = local.run(tar);
        if (!r.ok()) {
            *error = QStringLiteral("%1 could not be unpacked (tar: %2): give an sosreport's .tar.xz or its directory.")
                         .arg(path, QString::fromUtf8(r.err).trimmed().section(QLatin1Char('\n'), 0, 0));
            return false;
        }
        dirPath = reportRoot(unpacked.path());
    }
    UniqueFd dir(::open(QFile::encodeName(dirPath).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (dir.get() < 0) {
        *error = QStringLiteral("cannot open %1: %2").arg(dirPath, QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    RawSources out;
    out.label = label;
    out.isCapture = true;
    SosTree tree(dir.get(), label, &out);

    readMd(tree, &out);
    for (const QString &bond : tree.list(QStringLiteral("proc/net/bonding"), false))
        if (safeObjectName(bond))
            tree.map(QStringLiteral("proc/net/bonding/") + bond, QStringLiteral("bonding/") + bond);
    if (const auto pairs = tree.command({QStringLiteral("block")}, QStringLiteral("lsblk -O -P"))) {
        out.files.insert(QStringLiteral("lsblk.json"), lsblkPairsToJson(*pairs));
        out.commands.insert(QStringLiteral("lsblk.json"), QStringLiteral("sosreport: sos_commands/block/lsblk_-O_-P"));
    } else if (const auto plain = tree.command({QStringLiteral("block")}, QStringLiteral("lsblk"))) {
        // sos 4.0 (Debian 12): the tree and the file systems, no -O.
        const QByteArray filesystems =
            tree.command({QStringLiteral("block")}, QStringLiteral("lsblk -f -a -l")).value_or(QByteArray());
        out.files.insert(QStringLiteral("lsblk.json"), lsblkTreeToJson(*plain, filesystems));
        out.commands.insert(QStringLiteral("lsblk.json"),
                            QStringLiteral("sosreport: sos_commands/block/lsblk and lsblk_-f_-a_-l"));
    }
    readVirsh(tree, &out);
    tree.map(QStringLiteral("proc/meminfo"), QStringLiteral("meminfo"));
    tree.map(QStringLiteral("proc/cpuinfo"), QStringLiteral("cpuinfo"));
    if (!tree.map(QStringLiteral("sos_commands/host/hostname"), QStringLiteral("hostname")))
        tree.map(QStringLiteral("hostname"), QStringLiteral("hostname"));
    tree.map(QStringLiteral("etc/os-release"), QStringLiteral("os-release"));
    tree.map(QStringLiteral("etc/default/libvirt-guests"), QStringLiteral("libvirt-guests/default"));
    tree.map(QStringLiteral("etc/sysconfig/libvirt-guests"), QStringLiteral("libvirt-guests/sysconfig"));

    const QStringList found = {QStringLiteral("mdstat"), QStringLiteral("lsblk.json"), QStringLiteral("virsh/domstats"),
                               QStringLiteral("meminfo")};
    bool any = false;
    for (const QString &key : out.files.keys())
        any = any || found.contains(key) || key.startsWith(QLatin1String("bonding/"));
    if (!any) {
        *error = QStringLiteral("%1 holds no sosreport: none of proc/mdstat, proc/net/bonding, sos_commands/block or "
                                "sos_commands/virsh is in it.").arg(path);
        return false;
    }
    out.capturedFrom = QString::fromUtf8(out.files.value(QStringLiteral("hostname"))).trimmed();
    if (const auto manifest = tree.read(QStringLiteral("sos_reports/manifest.json"))) {
        // datetime.now() as Python prints it: local time, "2026-11-30 14:03:12.345678".
        const QString start = QJsonDocument::fromJson(*manifest).object().value(QStringLiteral("start_time")).toString();
        out.takenAt = QDateTime::fromString(start.left(19), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    }
    if (!out.takenAt.isValid())
        out.takenAt = QFileInfo(dirPath + QStringLiteral("/sos_commands")).lastModified();
    bool details = false;
    for (const QString &key : out.files.keys())
        details = details || key.endsWith(QLatin1String("/detail"));
    out.problems.append({QStringLiteral("sosreport"), QString(),
                         details ? QStringLiteral("%1: an sosreport has no adapter details (ip -j link, sysfs) and no VM "
                                                  "CPU settings (virsh schedinfo): those parts are not shown.")
                                       .arg(label)
                                 : QStringLiteral("%1: an sosreport has no mdadm --detail, no adapter details (ip -j link, "
                                                  "sysfs) and no VM CPU settings (virsh schedinfo): those parts are not "
                                                  "shown.")
                                       .arg(label),
                         {}});
    *raw = out;
    return true;
}

} // namespace ftc
