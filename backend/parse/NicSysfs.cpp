#include "NicSysfs.h"

#include "TextLines.h"
#include "model/ReadingsTr.h"

#include <algorithm>
#include <climits>

namespace ftc {

BondingMasters parseBondingMasters(const QByteArray &text)
{
    BondingMasters out;
    const QStringList lines = splitLines(text);
    for (int i = 0; i < lines.size(); ++i) {
        for (const QString &word : lines[i].split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            // The kernel's marker for names that did not fit into the page.
            if (word == QLatin1String("++more++")) {
                out.truncated = true;
                continue;
            }
            if (!validInterfaceName(word)) {
                out.errors.append({i + 1, Readings::tr("'%1' is not an interface name").arg(word), lines[i]});
                continue;
            }
            if (!out.names.contains(word))
                out.names.append(word);
        }
    }
    return out;
}

bool validInterfaceName(const QString &name)
{
    // IFNAMSIZ is 16 bytes with the terminating NUL. The kernel looks at bytes:
    // its isspace() (lib/ctype.c) takes \t..\r, ' ' and Latin-1's 0xA0.
    const QByteArray bytes = name.toUtf8();
    if (bytes.isEmpty() || bytes.size() > 15 || bytes == "." || bytes == "..")
        return false;
    for (const char c : bytes) {
        const auto u = static_cast<unsigned char>(c);
        // Other control characters pass the kernel's test, but no name that
        // holds one can be shown or put into a path safely.
        if (u == '/' || u == ':' || u == ' ' || u < 0x20 || u == 0x7f || u == 0xa0)
            return false;
    }
    return true;
}

Uevent parseUevent(const QByteArray &text)
{
    Uevent out;
    for (const KeyValueLine &kv : keyValueLines(text, QLatin1Char('='), QStringLiteral("KEY=VALUE"), &out.errors))
        out.vars.insert(kv.key, kv.value);
    return out;
}

int parseSysfsSpeed(const QString &text, QString *error)
{
    bool ok = false;
    const qint64 n = text.trimmed().toLongLong(&ok);
    if (!ok) {
        if (error)
            *error = Readings::tr("the speed is not a number of Mb/s");
        return -1;
    }
    // SPEED_UNKNOWN is -1 (include/uapi/linux/ethtool.h), printed as -1
    // through "%d" of the u32; 0, the u16 65535 and the u32 4294967295
    // printed unsigned mean the same, as in ethtool's "Unknown!".
    if (n <= 0 || n == 65535 || n > INT_MAX)
        return -1;
    return int(n);
}

QString parseSysfsDuplex(const QString &text, QString *error)
{
    const QString word = text.trimmed();
    if (word == QLatin1String("full") || word == QLatin1String("half"))
        return word;
    if (word != QLatin1String("unknown") && error)
        *error = Readings::tr("the duplex is not full, half or unknown");
    return {};
}

const NicSysfsEntry *NicSysfs::nic(const QString &name) const
{
    const auto it = nics.constFind(name);
    return it == nics.constEnd() ? nullptr : &it.value();
}

NicSysfs parseNicSysfs(const QByteArray &text)
{
    static const QString prefix = QStringLiteral("/sys/class/net/");
    NicSysfs out;
    // An interface name holds no ':' (validInterfaceName), so the first one
    // ends the path even when the value holds more (PCI_SLOT_NAME). grep's
    // own complaints, when a captured `grep -H` mixed them in, are no data.
    const QList<KeyValueLine> lines =
        keyValueLines(text, QLatin1Char(':'), QStringLiteral("/sys/class/net/IF/FILE:TEXT"), &out.errors,
                      [](const QString &line) { return line.startsWith(QLatin1String("grep:")); });
    for (const KeyValueLine &kv : lines) {
        const auto bad = [&](const QString &why) { out.errors.append({kv.number, why, kv.raw}); };
        const QString &path = kv.key;
        const qsizetype slash = path.indexOf(QLatin1Char('/'), prefix.size());
        if (!path.startsWith(prefix) || slash < 0) {
            bad(Readings::tr("not a file under /sys/class/net/IF/"));
            continue;
        }
        const QString name = path.mid(prefix.size(), slash - prefix.size());
        const QString attr = path.mid(slash + 1);
        if (!validInterfaceName(name)) {
            bad(Readings::tr("'%1' is not an interface name").arg(name));
            continue;
        }
        QString error;
        if (attr == QLatin1String("device/uevent")) {
            QString key, value;
            if (!splitKeyValue(kv.value, QLatin1Char('='), &key, &value) || key.isEmpty()) {
                bad(Readings::tr("not a KEY=VALUE line of device/uevent"));
                continue;
            }
            NicSysfsEntry &e = out.nics[name];
            e.uevent.insert(key, value);
            if (key == QLatin1String("DRIVER"))
                e.driver = value;
            else if (key == QLatin1String("PCI_SLOT_NAME"))
                e.pciSlot = value.toLower();
        } else if (attr == QLatin1String("speed")) {
            const int speed = parseSysfsSpeed(kv.value, &error);
            if (!error.isEmpty()) {
                bad(error);
                continue;
            }
            out.nics[name].speedMbps = speed;
        } else if (attr == QLatin1String("duplex")) {
            const QString duplex = parseSysfsDuplex(kv.value, &error);
            if (!error.isEmpty()) {
                bad(error);
                continue;
            }
            out.nics[name].duplex = duplex;
        }
    }
    // keyValueLines and the checks above append in two passes: the errors
    // in the order of the lines they are about.
    std::stable_sort(out.errors.begin(), out.errors.end(),
                     [](const ParseError &a, const ParseError &b) { return a.line < b.line; });
    return out;
}

} // namespace ftc
