// Block devices as util-linux 2.38 and sysfs show them: lsblk's JSON (3-space
// indent, "},{" between siblings, md arrays nested under each member), `ls -l
// /sys/block`, wipefs, /proc/partitions and /proc/mounts.

#include "SimCommands.h"

#include <QDateTime>

namespace ftc::sim {

namespace {

QByteArray b(const QString &s) { return s.toUtf8(); }

// One row of lsblk: the value of each column, already in JSON form.
struct Node {
    QMap<QByteArray, QByteArray> json;  // lower-case column -> JSON literal
    QList<Node> children;
};

QByteArray jstr(const QString &s)
{
    if (s.isNull())
        return "null";
    QByteArray out = "\"";
    for (const char c : s.toUtf8()) {
        if (c == '"' || c == '\\')
            out += '\\';
        out += c;
    }
    return out + '"';
}

QByteArray jnullable(const QString &s) { return s.isEmpty() ? QByteArray("null") : jstr(s); }

QByteArray humanSize(qint64 bytes)
{
    static const char units[] = "BKMGTPE";
    double v = double(bytes);
    int u = 0;
    while (v >= 1024.0 && u < 6) {
        v /= 1024.0;
        ++u;
    }
    if (u == 0)
        return QByteArray::number(bytes) + "B";
    char buf[32];
    const double rounded = double(qint64(v * 10.0 + 0.5)) / 10.0;
    if (rounded == double(qint64(rounded)))
        std::snprintf(buf, sizeof buf, "%lld%c", static_cast<long long>(rounded), units[u]);
    else
        std::snprintf(buf, sizeof buf, "%.1f%c", rounded, units[u]);
    return buf;
}

const QList<QByteArray> &allColumns()
{
    // lsblk -O's order on Debian 12.
    static const QList<QByteArray> cols{
        "alignment", "disc-aln", "dax", "disc-gran", "disc-max", "disc-zero", "fsavail", "fsroots",
        "fssize", "fstype", "fsused", "fsuse%", "fsver", "group", "hctl", "hotplug", "kname", "label",
        "log-sec", "maj:min", "min-io", "mode", "model", "name", "opt-io", "owner", "partflags",
        "partlabel", "parttype", "parttypename", "partuuid", "path", "phy-sec", "pkname", "pttype",
        "ptuuid", "ra", "rand", "rev", "rm", "ro", "rota", "rq-size", "sched", "serial", "size",
        "start", "state", "subsystems", "mountpoint", "mountpoints", "tran", "type", "uuid", "vendor",
        "wsame", "wwn", "zoned", "zone-sz", "zone-wgran", "zone-app", "zone-nr", "zone-omax",
        "zone-amax"};
    return cols;
}

struct Ctx {
    bool bytes = false;
};

QByteArray sizeVal(const Ctx &c, qint64 bytes)
{
    return c.bytes ? QByteArray::number(bytes) : jstr(QString::fromLatin1(humanSize(bytes)));
}

QByteArray mountpoints(const QString &mp)
{
    return mp.isEmpty() ? QByteArray("[null]") : "[" + jstr(mp) + "]";
}

Node arrayNode(const Ctx &c, const SimArray &a, const QString &parent)
{
    Node n;
    auto &j = n.json;
    j["name"] = jstr(a.name);
    j["kname"] = jstr(a.name);
    j["path"] = jstr("/dev/" + a.name);
    j["maj:min"] = jstr(QStringLiteral("9:%1").arg(a.minor));
    j["size"] = sizeVal(c, a.componentKiB * 1024);
    j["type"] = jstr(QStringLiteral("raid1"));
    j["fstype"] = jnullable(a.fstype);
    j["fsver"] = a.fstype.isEmpty() ? QByteArray("null") : jstr(QStringLiteral("1.0"));
    j["uuid"] = jnullable(a.fsUuid);
    j["mountpoint"] = jnullable(a.mountpoint);
    j["mountpoints"] = mountpoints(a.mountpoint);
    j["pkname"] = jstr(parent);
    j["rota"] = "false";
    j["ro"] = "false";
    j["rm"] = "false";
    j["hotplug"] = "false";
    j["subsystems"] = jstr(QStringLiteral("block"));
    j["log-sec"] = "512";
    j["phy-sec"] = "512";
    return n;
}

Node partNode(const Ctx &c, const SimState &s, const SimDisk &d, const SimPartition &p)
{
    Node n;
    auto &j = n.json;
    j["name"] = jstr(p.name);
    j["kname"] = jstr(p.name);
    j["path"] = jstr("/dev/" + p.name);
    j["maj:min"] = jstr(QStringLiteral("%1:%2").arg(d.major).arg(d.minor + p.number));
    j["size"] = sizeVal(c, p.sectors * 512);
    j["type"] = jstr(QStringLiteral("part"));
    j["fstype"] = jnullable(p.fstype);
    j["uuid"] = jnullable(p.fsUuid);
    j["label"] = jnullable(p.label);
    j["mountpoint"] = jnullable(p.mountpoint);
    j["mountpoints"] = mountpoints(p.mountpoint);
    j["pkname"] = jstr(d.name);
    j["start"] = QByteArray::number(p.startSector);
    j["parttypename"] = jstr(p.number == 1 ? QStringLiteral("EFI System") : QStringLiteral("Linux RAID"));
    j["parttype"] = jstr(p.number == 1 ? QStringLiteral("c12a7328-f81f-11d2-ba4b-00a0c93ec93b")
                                       : QStringLiteral("a19d880f-05fc-4d3b-a006-743f0f84911e"));
    j["rota"] = "true";
    j["ro"] = "false";
    j["rm"] = "false";
    j["hotplug"] = "false";
    j["pttype"] = jnullable(d.udevStale ? QString() : d.ptType);
    j["subsystems"] = jstr(QStringLiteral("block:scsi:pci"));
    j["log-sec"] = "512";
    j["phy-sec"] = "512";
    if (const SimArray *a = s.arrayOf(p.name))
        n.children.append(arrayNode(c, *a, p.name));
    return n;
}

Node diskNode(const Ctx &c, const SimState &s, const SimDisk &d, bool nodeps)
{
    Node n;
    auto &j = n.json;
    j["name"] = jstr(d.name);
    j["kname"] = jstr(d.name);
    j["path"] = jstr("/dev/" + d.name);
    j["maj:min"] = jstr(QStringLiteral("%1:%2").arg(d.major).arg(d.minor));
    j["size"] = sizeVal(c, d.sectors * 512);
    j["type"] = jstr(QStringLiteral("disk"));
    j["fstype"] = jnullable(d.udevStale ? QString() : d.fstype);
    j["uuid"] = jnullable(d.fsUuid);
    j["label"] = jnullable(d.label);
    j["mountpoint"] = "null";
    j["mountpoints"] = "[null]";
    j["serial"] = jstr(d.serial);
    j["model"] = jstr(d.model);
    j["vendor"] = jstr(d.vendor.leftJustified(8, QLatin1Char(' ')));
    j["rev"] = jstr(QStringLiteral("0004"));
    j["hctl"] = jstr(QStringLiteral("%1:0:%2:0").arg(d.scsiHost).arg(d.target));
    j["tran"] = jstr(QStringLiteral("sas"));
    j["rota"] = "true";
    j["ro"] = "false";
    j["rm"] = "false";
    j["hotplug"] = "false";
    j["state"] = jstr(QStringLiteral("running"));
    j["pttype"] = jnullable(d.udevStale ? QString() : d.ptType);
    j["subsystems"] = jstr(QStringLiteral("block:scsi:pci"));
    j["log-sec"] = "512";
    j["phy-sec"] = "512";
    j["wwn"] = jstr(QStringLiteral("0x5000c500%1").arg(qHash(d.serial) & 0xffffffu, 8, 16, QLatin1Char('0')));
    if (nodeps)
        return n;
    for (const SimPartition &p : d.parts)
        n.children.append(partNode(c, s, d, p));
    if (const SimArray *a = s.arrayOf(d.name))
        n.children.append(arrayNode(c, *a, d.name));
    return n;
}

void renderJson(const QList<Node> &nodes, const QList<QByteArray> &cols, int indent, QByteArray *out)
{
    const QByteArray pad(indent, ' ');
    const QByteArray fieldPad(indent + 3, ' ');
    for (qsizetype k = 0; k < nodes.size(); ++k) {
        *out += k == 0 ? pad + "{\n" : QByteArray("},{\n");
        QList<QByteArray> fields;
        for (const QByteArray &col : cols)
            fields.append(fieldPad + '"' + col + "\": " + nodes[k].json.value(col, "null"));
        *out += fields.join(",\n");
        if (!nodes[k].children.isEmpty()) {
            *out += ",\n" + fieldPad + "\"children\": [\n";
            renderJson(nodes[k].children, cols, indent + 6, out);
            *out += fieldPad + "]";
        }
        *out += "\n" + pad;
    }
    if (!nodes.isEmpty())
        *out += "}\n";
}

QByteArray unquote(const QByteArray &json)
{
    if (json == "null")
        return {};
    if (json.startsWith('"'))
        return json.mid(1, json.size() - 2);
    if (json.startsWith("[null]"))
        return {};
    if (json.startsWith("[\""))
        return json.mid(2, json.size() - 4);
    return json == "true" ? "1" : json == "false" ? "0" : json;
}

void renderPairs(const QList<Node> &nodes, const QList<QByteArray> &cols, QByteArray *out)
{
    for (const Node &n : nodes) {
        QList<QByteArray> parts;
        for (const QByteArray &col : cols) {
            QByteArray key = col.toUpper();
            key.replace(':', '_').replace('%', "PERC").replace('-', '_');
            parts.append(key + "=\"" + unquote(n.json.value(col, "null")) + '"');
        }
        *out += parts.join(' ') + '\n';
        renderPairs(n.children, cols, out);
    }
}

void renderTable(const QList<Node> &nodes, const QList<QByteArray> &cols, int depth, QByteArray *out)
{
    for (const Node &n : nodes) {
        QList<QByteArray> parts;
        for (const QByteArray &col : cols) {
            QByteArray v = unquote(n.json.value(col, "null"));
            if (col == "name" && depth > 0)
                v = QByteArray(depth * 2 - 2, ' ') + "`-" + v;
            parts.append(v);
        }
        *out += parts.join(' ') + '\n';
        renderTable(n.children, cols, depth + 1, out);
    }
}

} // namespace

CommandResult lsblk(const SimState &s, const Argv &argv)
{
    Ctx c;
    bool json = false, pairs = false, nodeps = false, noheadings = false;
    QList<QByteArray> cols{"name", "maj:min", "rm", "size", "ro", "type", "mountpoints"};
    QStringList devices;
    for (qsizetype i = 1; i < argv.size(); ++i) {
        QByteArray a = argv[i];
        QByteArray colsArg;
        bool haveCols = false;
        if (a.startsWith("--output=")) {
            colsArg = a.mid(9);
            haveCols = true;
        } else if (a == "-o" || a == "--output") {
            colsArg = argv.value(++i);
            haveCols = true;
        } else if (a.startsWith("-o") && a.size() > 2 && !a.startsWith("--")) {
            colsArg = a.mid(2);
            haveCols = true;
        } else if (a == "--json") {
            json = true;
        } else if (a == "--bytes") {
            c.bytes = true;
        } else if (a == "--output-all") {
            cols = allColumns();
        } else if (a == "--nodeps") {
            nodeps = true;
        } else if (a == "--pairs") {
            pairs = true;
        } else if (a == "--noheadings") {
            noheadings = true;
        } else if (a.startsWith("--")) {
            return fail(1, "lsblk: unrecognized option '" + a + "'\nTry 'lsblk --help' for more information.\n");
        } else if (a.startsWith('-') && a.size() > 1) {
            for (qsizetype k = 1; k < a.size(); ++k) {
                switch (a[k]) {
                case 'J': json = true; break;
                case 'b': c.bytes = true; break;
                case 'O': cols = allColumns(); break;
                case 'd': nodeps = true; break;
                case 'P': pairs = true; break;
                case 'n': noheadings = true; break;
                case 'p': case 'a': case 'l': case 'i': break;
                default:
                    return fail(1, "lsblk: invalid option -- '" + QByteArray(1, a[k])
                                       + "'\nTry 'lsblk --help' for more information.\n");
                }
            }
        } else {
            devices.append(QString::fromUtf8(a));
        }
        if (haveCols) {
            QList<QByteArray> list;
            const bool add = colsArg.startsWith('+');
            for (const QByteArray &col : (add ? colsArg.mid(1) : colsArg).split(',')) {
                const QByteArray lc = col.trimmed().toLower();
                if (lc.isEmpty())
                    continue;
                if (!allColumns().contains(lc))
                    return fail(1, "lsblk: unknown column: " + col + "\n");
                list.append(lc);
            }
            cols = add ? cols + list : list;
        }
    }
    QList<Node> nodes;
    if (devices.isEmpty()) {
        for (const SimDisk &d : s.disks)
            if (d.present)
                nodes.append(diskNode(c, s, d, nodeps));
    } else {
        int missing = 0;
        QByteArray err;
        for (const QString &dev : devices) {
            const QString name = dev.startsWith(QLatin1String("/dev/")) ? dev.mid(5) : dev;
            const SimDisk *d = s.diskOf(name);
            const SimArray *a = s.array(name);
            if (a) {
                nodes.append(arrayNode(c, *a, QString()));
                nodes.last().json["pkname"] = "null";
            } else if (d && d->present && d->name == name) {
                nodes.append(diskNode(c, s, *d, nodeps));
            } else if (d && d->present) {
                for (const SimPartition &p : d->parts)
                    if (p.name == name)
                        nodes.append(partNode(c, s, *d, p));
            } else {
                err += "lsblk: " + b(dev) + ": not a block device\n";
                ++missing;
            }
        }
        if (missing == devices.size())
            return fail(32, err);
    }
    QByteArray out;
    if (json) {
        out = "{\n   \"blockdevices\": [\n";
        renderJson(nodes, cols, 6, &out);
        out += "   ]\n}\n";
    } else if (pairs) {
        renderPairs(nodes, cols, &out);
    } else {
        if (!noheadings) {
            QList<QByteArray> head;
            for (const QByteArray &col : cols)
                head.append(col.toUpper());
            out += head.join(' ') + '\n';
        }
        renderTable(nodes, cols, 0, &out);
    }
    return ok(out);
}

QByteArray lsTime(qint64 ms)
{
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
    static const char *months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                   "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    char buf[32];
    std::snprintf(buf, sizeof buf, "%s %2d %02d:%02d", months[qBound(1, t.date().month(), 12) - 1],
                  t.date().day(), t.time().hour(), t.time().minute());
    return buf;
}

QByteArray lsSysBlock(const SimState &s)
{
    QMap<QString, QByteArray> entries;
    for (const SimArray &a : s.arrays)
        entries.insert(a.name, "../devices/virtual/block/" + b(a.name));
    for (const SimDisk &d : s.disks) {
        if (!d.present)
            continue;
        const QString h = QString::number(d.scsiHost);
        const QString tgt = QStringLiteral("%1:0:%2").arg(h).arg(d.target);
        entries.insert(d.name, b(QStringLiteral("../devices/pci0000:%1/%2/host%3/target%4/%4:0/block/%5")
                                     .arg(d.module).arg(d.pciDev, h, tgt, d.name)));
    }
    QByteArray out = "total 0\n";
    const QByteArray when = lsTime(s.bootMs);
    for (auto it = entries.cbegin(); it != entries.cend(); ++it)
        out += "lrwxrwxrwx 1 root root 0 " + when + ' ' + b(it.key()) + " -> " + it.value() + '\n';
    return out;
}

CommandResult wipefs(const SimState &s, const Argv &argv)
{
    bool json = false;
    bool noAct = false;
    QStringList devices;
    for (qsizetype i = 1; i < argv.size(); ++i) {
        const QByteArray &a = argv[i];
        if (a == "--json" || a == "-J")
            json = true;
        else if (a == "--no-act" || a == "-n")
            noAct = true;
        else if (a == "-nJ" || a == "-Jn")
            json = noAct = true;
        else if (a.startsWith('-'))
            return fail(1, "wipefs: the simulated host only answers wipefs -n [-J]\n");
        else
            devices.append(QString::fromUtf8(a));
    }
    if (!noAct)
        return fail(1, "wipefs: the simulated host does not erase signatures\n");
    struct Sig {
        QString dev, offset, type, uuid, label;
    };
    QList<Sig> sigs;
    for (const QString &arg : devices) {
        const QString name = arg.startsWith(QLatin1String("/dev/")) ? arg.mid(5) : arg;
        const SimDisk *d = s.diskOf(name);
        const SimArray *arr = s.array(name);
        if (arr) {
            if (!arr->fstype.isEmpty())
                sigs.append({name, QStringLiteral("0x438"), arr->fstype, arr->fsUuid, QString()});
            continue;
        }
        if (!d || !d->present)
            return fail(1, "wipefs: error: " + b(arg) + ": probing initialization failed: No such file or directory\n");
        if (d->name == name) {
            if (d->fstype == QLatin1String("linux_raid_member"))
                sigs.append({name, QStringLiteral("0x1000"), d->fstype, d->fsUuid, d->label});
            else if (d->fstype == QLatin1String("LVM2_member"))
                sigs.append({name, QStringLiteral("0x218"), d->fstype, d->fsUuid, d->label});
            else if (!d->fstype.isEmpty())
                sigs.append({name, QStringLiteral("0x438"), d->fstype, d->fsUuid, d->label});
            if (d->ptType == QLatin1String("gpt")) {
                sigs.append({name, QStringLiteral("0x200"), QStringLiteral("gpt"), QString(), QString()});
                sigs.append({name, QString::number((d->sectors - 1) * 512, 16).prepend(QStringLiteral("0x")),
                             QStringLiteral("gpt"), QString(), QString()});
                sigs.append({name, QStringLiteral("0x1fe"), QStringLiteral("PMBR"), QString(), QString()});
            }
        } else {
            for (const SimPartition &p : d->parts) {
                if (p.name != name || p.fstype.isEmpty())
                    continue;
                const QString off = p.fstype == QLatin1String("vfat") ? QStringLiteral("0x52")
                    : p.fstype == QLatin1String("linux_raid_member") ? QStringLiteral("0x1000")
                                                                     : QStringLiteral("0x438");
                sigs.append({name, off, p.fstype, p.fsUuid, p.label});
            }
        }
    }
    QByteArray out;
    if (json) {
        out = "{\n   \"signatures\": [\n";
        if (sigs.isEmpty())
            out += "\n";
        for (qsizetype i = 0; i < sigs.size(); ++i) {
            const Sig &g = sigs[i];
            out += i == 0 ? QByteArray("      {\n") : QByteArray("},{\n");
            out += "         \"device\": " + jstr(g.dev) + ",\n         \"offset\": " + jstr(g.offset)
                + ",\n         \"type\": " + jstr(g.type) + ",\n         \"uuid\": " + jnullable(g.uuid)
                + ",\n         \"label\": " + jnullable(g.label) + "\n      ";
        }
        if (!sigs.isEmpty())
            out += "}\n";
        out += "   ]\n}\n";
        return ok(out);
    }
    if (sigs.isEmpty())
        return ok();
    int w[4] = {6, 6, 4, 4};
    for (const Sig &g : sigs) {
        w[0] = qMax(w[0], int(g.dev.size()));
        w[1] = qMax(w[1], int(g.offset.size()));
        w[2] = qMax(w[2], int(g.type.size()));
        w[3] = qMax(w[3], int(g.uuid.size()));
    }
    const auto row = [&](const QString &a, const QString &o, const QString &t, const QString &u,
                         const QString &l) {
        return b(a.leftJustified(w[0]) + QLatin1Char(' ') + o.leftJustified(w[1]) + QLatin1Char(' ')
                 + t.leftJustified(w[2]) + QLatin1Char(' ') + u.leftJustified(w[3]) + QLatin1Char(' ') + l)
                   .trimmed()
            + '\n';
    };
    out += row(QStringLiteral("DEVICE"), QStringLiteral("OFFSET"), QStringLiteral("TYPE"),
               QStringLiteral("UUID"), QStringLiteral("LABEL"));
    for (const Sig &g : sigs)
        out += row(g.dev, g.offset, g.type, g.uuid, g.label);
    return ok(out);
}

QByteArray procPartitions(const SimState &s)
{
    QByteArray out = "major minor  #blocks  name\n\n";
    char buf[128];
    for (const SimDisk &d : s.disks) {
        if (!d.present)
            continue;
        std::snprintf(buf, sizeof buf, "%4d  %7d %10lld %s\n", d.major, d.minor,
                      static_cast<long long>(d.sectors / 2), d.name.toUtf8().constData());
        out += buf;
        for (const SimPartition &p : d.parts) {
            std::snprintf(buf, sizeof buf, "%4d  %7d %10lld %s\n", d.major, d.minor + p.number,
                          static_cast<long long>(p.sectors / 2), p.name.toUtf8().constData());
            out += buf;
        }
    }
    for (const SimArray &a : s.arrays) {
        std::snprintf(buf, sizeof buf, "%4d  %7d %10lld %s\n", 9, a.minor,
                      static_cast<long long>(a.componentKiB), a.name.toUtf8().constData());
        out += buf;
    }
    return out;
}

QByteArray procMounts(const SimState &s)
{
    QByteArray out;
    QByteArray rootLine;
    for (const SimArray &a : s.arrays)
        if (a.mountpoint == QLatin1String("/"))
            rootLine = "/dev/" + b(a.name) + " / ext4 rw,relatime,errors=remount-ro 0 0\n";
    out += "sysfs /sys sysfs rw,nosuid,nodev,noexec,relatime 0 0\n"
           "proc /proc proc rw,nosuid,nodev,noexec,relatime 0 0\n"
           "udev /dev devtmpfs rw,nosuid,relatime,size=4068720k,nr_inodes=1017180,mode=755,inode64 0 0\n"
           "tmpfs /run tmpfs rw,nosuid,nodev,noexec,relatime,size=819200k,mode=755,inode64 0 0\n";
    out += rootLine;
    for (const SimDisk &d : s.disks)
        for (const SimPartition &p : d.parts)
            if (d.present && !p.mountpoint.isEmpty())
                out += "/dev/" + b(p.name) + ' ' + b(p.mountpoint) + ' ' + b(p.fstype)
                    + " rw,relatime,fmask=0077,dmask=0077,codepage=437,iocharset=ascii,shortname=mixed,"
                      "utf8,errors=remount-ro 0 0\n";
    for (const SimArray &a : s.arrays)
        if (!a.mountpoint.isEmpty() && a.mountpoint != QLatin1String("/"))
            out += "/dev/" + b(a.name) + ' ' + b(a.mountpoint) + ' ' + b(a.fstype) + " rw,relatime 0 0\n";
    return out;
}

} // namespace ftc::sim
