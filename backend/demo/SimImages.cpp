// The demo host's VM images and ISOs as qemu-img (7.2), df, stat and rm
// (coreutils 9.1) report and change them: enough for creating a VM, adding a
// disk and deleting one with its images, with real free-space limits.

#include "SimCommands.h"
#include "SimulatedHost.h"

namespace ftc {

using namespace sim;

namespace {

QByteArray b(const QString &s) { return s.toUtf8(); }

// qemu-img's size argument: bytes, or a number with k/K, M, G, T (powers of 1024).
qint64 qemuImgSize(const QByteArray &text)
{
    if (text.isEmpty())
        return -1;
    qint64 unit = 1;
    QByteArray digits = text;
    const char last = char(text.back());
    const QByteArray units = "kKMGT";
    if (const qsizetype u = units.indexOf(last); u >= 0) {
        unit = qint64(1) << (10 * qMax<qsizetype>(1, u));
        digits.chop(1);
    }
    bool ok = false;
    const qint64 n = digits.toLongLong(&ok);
    return ok && n >= 0 ? n * unit : -1;
}

QString parentDir(const QString &path)
{
    const qsizetype slash = path.lastIndexOf(QLatin1Char('/'));
    return slash <= 0 ? QStringLiteral("/") : path.left(slash);
}

// The words after the options: qemu-img's and coreutils' "--" ends them.
Argv operands(const Argv &args, const QList<QByteArray> &withValue)
{
    Argv out;
    bool rest = false;
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (!rest && args[i] == "--") {
            rest = true;
            continue;
        }
        if (!rest && args[i].startsWith('-') && args[i].size() > 1) {
            if (withValue.contains(args[i]))
                ++i;
            continue;
        }
        out << args[i];
    }
    return out;
}

QByteArray optionValue(const Argv &args, const QByteArray &opt)
{
    const qsizetype i = args.indexOf(opt);
    return i >= 0 ? args.value(i + 1) : QByteArray();
}

} // namespace

CommandResult SimulatedHost::imageCommand(const Argv &argv)
{
    const QByteArray p = argv.value(0);
    SimState &s = m_state;
    if (p == "rm") {
        const bool force = argv.contains("-f");
        for (const QByteArray &a : operands(argv.mid(1), {})) {
            const QString path = QString::fromUtf8(a);
            if (s.images.remove(path) == 0 && s.files.remove(path) == 0 && !force)
                return fail(1, "rm: cannot remove '" + a + "': No such file or directory\n");
        }
        return ok();
    }
    if (p == "df") {
        // df -B1 --output=avail,target [--] PATH
        const Argv paths = operands(argv.mid(1), {"-B"});
        QByteArray out = "      Avail Mounted on\n";
        int rc = 0;
        QByteArray err;
        for (const QByteArray &a : paths) {
            const QString path = QString::fromUtf8(a);
            if (!s.isDir(path) && !s.images.contains(path) && !s.files.contains(path)) {
                err += "df: " + a + ": No such file or directory\n";
                rc = 1;
                continue;
            }
            const QString mp = s.mountOf(path);
            out += QByteArray::number(s.freeBytes(mp)).rightJustified(11, ' ') + ' ' + b(mp) + '\n';
        }
        return rc ? fail(rc, err, out) : ok(out);
    }
    if (p == "stat") {
        // stat -L -c '%F|%s' [--] PATH
        const QString path = QString::fromUtf8(operands(argv.mid(1), {"-c"}).value(0));
        if (s.images.contains(path)) {
            const SimImage &img = s.images[path];
            const qint64 size = img.format == QLatin1String("qcow2") ? img.allocatedBytes : img.virtualBytes;
            return ok("regular file|" + QByteArray::number(size) + '\n');
        }
        if (path == QLatin1String("/dev/kvm"))
            return ok("character special file|0\n");
        if (s.files.contains(path) && !s.files[path].dir)
            return ok("regular file|" + QByteArray::number(s.files[path].content.size()) + '\n');
        if (s.isDir(path))
            return ok("directory|4096\n");
        return fail(1, "stat: cannot statx '" + b(path) + "': No such file or directory\n");
    }

    // qemu-img
    const QByteArray verb = argv.value(1);
    const Argv args = argv.mid(2);
    if (verb == "info") {
        const QString path = QString::fromUtf8(operands(args, {"-f"}).value(0));
        if (!s.images.contains(path))
            return fail(1, "qemu-img: Could not open '" + b(path) + "': Could not open '" + b(path)
                               + "': No such file or directory\n");
        const SimImage &img = s.images[path];
        return ok("{\n    \"virtual-size\": " + QByteArray::number(img.virtualBytes) + ",\n    \"filename\": \""
                  + b(path) + "\",\n    \"format\": \"" + b(img.format) + "\",\n    \"actual-size\": "
                  + QByteArray::number(img.allocatedBytes) + ",\n    \"dirty-flag\": false\n}\n");
    }
    if (verb == "create") {
        // qemu-img create -f FMT [-o preallocation=falloc] [--] PATH SIZE
        const Argv ops = operands(args, {"-f", "-o"});
        const QString format = QString::fromUtf8(optionValue(args, "-f"));
        const QString path = QString::fromUtf8(ops.value(0));
        const qint64 size = qemuImgSize(ops.value(1));
        if (format != QLatin1String("raw") && format != QLatin1String("qcow2"))
            return fail(1, "qemu-img: Unknown file format '" + b(format) + "'\n");
        if (size < 0)
            return fail(1, "qemu-img: Invalid image size specified. You may use k, M, G, T, P or E suffixes for\n"
                           "qemu-img: kilobytes, megabytes, gigabytes, terabytes, petabytes and exabytes.\n");
        if (!s.isDir(parentDir(path)))
            return fail(1, "qemu-img: " + b(path) + ": Could not create '" + b(path)
                               + "': No such file or directory\n");
        const bool falloc = optionValue(args, "-o").contains("preallocation=falloc");
        const QByteArray formatting = "Formatting '" + b(path) + "', fmt=" + b(format) + " size="
                                      + QByteArray::number(size) + (falloc ? " preallocation=falloc" : "") + '\n';
        // Like qemu-img, an existing file is overwritten: the console checks first.
        s.images.remove(path);
        const qint64 room = s.freeBytes(s.mountOf(path));
        if (falloc && size > room) {
            // qemu-img leaves the empty file behind.
            s.images.insert(path, SimImage{format, size, 0});
            return fail(1, "qemu-img: " + b(path) + ": Could not preallocate data for the new file: No space left on device\n",
                        formatting);
        }
        s.images.insert(path, SimImage{format, size, falloc ? size : (format == QLatin1String("qcow2") ? 196608 : 0)});
        return ok(formatting);
    }
    if (verb == "convert") {
        // qemu-img convert [-S 0] -O raw [--] SRC DST
        const Argv ops = operands(args, {"-S", "-O", "-f", "-o"});
        const QString src = QString::fromUtf8(ops.value(0));
        const QString dst = QString::fromUtf8(ops.value(1));
        const QString format = QString::fromUtf8(optionValue(args, "-O"));
        if (!s.images.contains(src))
            return fail(1, "qemu-img: Could not open '" + b(src) + "': Could not open '" + b(src)
                               + "': No such file or directory\n");
        if (!s.isDir(parentDir(dst)))
            return fail(1, "qemu-img: " + b(dst) + ": error while converting raw: Could not create '" + b(dst)
                               + "': No such file or directory\n");
        const qint64 size = s.images[src].virtualBytes;
        s.images.remove(dst);
        if (size > s.freeBytes(s.mountOf(dst))) {
            s.images.insert(dst, SimImage{format, size, s.freeBytes(s.mountOf(dst))});
            return fail(1, "qemu-img: error while writing at byte 0: No space left on device\n");
        }
        s.images.insert(dst, SimImage{format.isEmpty() ? QStringLiteral("raw") : format, size, size});
        // -p: qemu-img's progress, each figure ended by a carriage return.
        return ok(args.contains("-p") ? QByteArray("    (0.00/100%)\r    (50.00/100%)\r    (100.00/100%)\r\n") : QByteArray());
    }
    return fail(1, "qemu-img: the demo host answers info, create and convert only\n");
}

} // namespace ftc
