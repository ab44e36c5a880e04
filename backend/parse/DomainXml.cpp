#include "DomainXml.h"

#include "TextLines.h"
#include "model/ReadingsTr.h"

#include <QXmlStreamReader>

#include <limits>

namespace ftc {

qint64 libvirtMemoryToKiB(quint64 value, const QString &unit)
{
    const QString u = unit.trimmed().toLower();
    quint64 scale = 0;
    if (u.isEmpty()) {
        scale = 1024; // memory elements default to KiB
    } else if (u == QLatin1String("b") || u == QLatin1String("byte") || u == QLatin1String("bytes")) {
        scale = 1;
    } else {
        // Mirrors virScaleInteger: one letter or "<letter>iB" is binary,
        // "<letter>B" decimal.
        quint64 base = 0;
        if (u.size() == 1 || u.mid(1) == QLatin1String("ib"))
            base = 1024;
        else if (u.size() == 2 && u[1] == QLatin1Char('b'))
            base = 1000;
        else
            return -1;
        static const QString powers = QStringLiteral("kmgtpe");
        const qsizetype power = powers.indexOf(u[0]) + 1;
        if (power <= 0)
            return -1;
        scale = 1;
        for (qsizetype i = 0; i < power; ++i)
            scale *= base;
    }
    if (value > std::numeric_limits<quint64>::max() / scale)
        return -1;
    const quint64 bytes = value * scale;
    // libvirt keeps memory in KiB and rounds a byte count up (VIR_DIV_UP).
    const quint64 kib = bytes / 1024 + (bytes % 1024 ? 1 : 0);
    if (kib > quint64(std::numeric_limits<qint64>::max()))
        return -1;
    return qint64(kib);
}

std::optional<DomainMetadataElement> domainMetadata(const DomainXml &domain, const QString &namespaceUri)
{
    for (const DomainMetadataElement &m : domain.metadata)
        if (m.namespaceUri == namespaceUri)
            return m;
    return std::nullopt;
}

QMap<QString, QString> domainMetadataAttributes(const DomainXml &domain, const QString &namespaceUri)
{
    const std::optional<DomainMetadataElement> m = domainMetadata(domain, namespaceUri);
    return m ? m->attributes : QMap<QString, QString>();
}

namespace {

class Reader {
public:
    Reader(const QByteArray &xml, DomainXml *out) : r(xml), out(out) {}

    void run()
    {
        if (!r.readNextStartElement()) {
            if (!r.hasError()) // nothing but whitespace and comments
                out->errors.append({0, Readings::tr("no domain XML"), QString()});
            return;
        }
        if (r.name() != QLatin1String("domain")) {
            error(Readings::tr("root element is <%1>, not <domain>").arg(r.name()));
            return;
        }
        domain();
    }

    QXmlStreamReader r;

private:
    DomainXml *out;

    QString attr(const char *name) const { return r.attributes().value(QLatin1String(name)).toString(); }

    void error(const QString &message)
    {
        out->errors.append({int(r.lineNumber()), message, QString()});
    }

    // An attribute or text holding an integer; fallback (and an error naming
    // what was wrong) when it holds something else. Absent stays fallback.
    qint64 number(const QString &text, const QString &what, qint64 fallback = -1)
    {
        if (text.isEmpty())
            return fallback;
        bool ok = false;
        const qint64 n = text.trimmed().toLongLong(&ok);
        if (ok)
            return n;
        error(Readings::tr("%1 is not a number: '%2'").arg(what, text));
        return fallback;
    }

    // Child elements whose text is wanted: nested markup would be a
    // malformed definition, so it is skipped rather than taken as an error.
    QString text() { return r.readElementText(QXmlStreamReader::SkipChildElements).trimmed(); }

    qint64 memory(const QString &what)
    {
        const QString unit = attr("unit");
        const QString t = text();
        bool ok = false;
        const quint64 v = t.toULongLong(&ok);
        if (!ok) {
            error(Readings::tr("<%1> is not a number: '%2'").arg(what, t));
            return -1;
        }
        const qint64 kib = libvirtMemoryToKiB(v, unit);
        if (kib < 0)
            error(Readings::tr("<%1> has an unknown unit '%2' or is too large").arg(what, unit));
        return kib;
    }

    void domain()
    {
        out->type = attr("type");
        out->id = int(number(attr("id"), QStringLiteral("domain id")));
        while (r.readNextStartElement()) {
            const QStringView n = r.name();
            if (n == QLatin1String("name"))
                out->name = text();
            else if (n == QLatin1String("uuid"))
                out->uuid = text();
            else if (n == QLatin1String("title"))
                out->title = text();
            else if (n == QLatin1String("memory"))
                out->memoryKiB = memory(QStringLiteral("memory"));
            else if (n == QLatin1String("currentMemory"))
                out->currentMemoryKiB = memory(QStringLiteral("currentMemory"));
            else if (n == QLatin1String("maxMemory"))
                out->maxMemoryKiB = memory(QStringLiteral("maxMemory"));
            else if (n == QLatin1String("vcpu"))
                vcpu();
            else if (n == QLatin1String("os"))
                os();
            else if (n == QLatin1String("cputune"))
                cputune();
            else if (n == QLatin1String("devices"))
                devices();
            else if (n == QLatin1String("metadata"))
                metadata();
            else
                r.skipCurrentElement();
        }
    }

    void vcpu()
    {
        out->vcpuPlacement = attr("placement");
        out->vcpuCpuset = attr("cpuset");
        const QString current = attr("current");
        out->vcpus = int(number(text(), QStringLiteral("<vcpu>")));
        out->vcpuCurrent = current.isEmpty() ? out->vcpus : int(number(current, QStringLiteral("vcpu current")));
    }

    void os()
    {
        while (r.readNextStartElement()) {
            if (r.name() == QLatin1String("type")) {
                out->arch = attr("arch");
                out->machine = attr("machine");
                out->osType = text();
            } else {
                r.skipCurrentElement();
            }
        }
    }

    void cputune()
    {
        while (r.readNextStartElement()) {
            const QStringView n = r.name();
            if (n == QLatin1String("shares"))
                out->cpuShares = number(text(), QStringLiteral("<shares>"));
            else if (n == QLatin1String("period"))
                out->cpuPeriod = number(text(), QStringLiteral("<period>"));
            else if (n == QLatin1String("quota"))
                out->cpuQuota = number(text(), QStringLiteral("<quota>"));
            else
                r.skipCurrentElement();
        }
    }

    void devices()
    {
        while (r.readNextStartElement()) {
            const QStringView n = r.name();
            if (n == QLatin1String("disk"))
                disk();
            else if (n == QLatin1String("interface"))
                interface();
            else if (n == QLatin1String("graphics"))
                graphics();
            else if (n == QLatin1String("channel"))
                channel();
            else
                r.skipCurrentElement();
        }
    }

    void disk()
    {
        DomainDisk d;
        d.type = attr("type");
        d.device = attr("device");
        // Only the disk's own children: <backingStore> nests further
        // <source> elements that describe the backing chain, not this disk.
        while (r.readNextStartElement()) {
            const QStringView n = r.name();
            if (n == QLatin1String("driver")) {
                d.driverName = attr("name");
                d.driverType = attr("type");
            } else if (n == QLatin1String("source")) {
                d.sourcePool = attr("pool");
                d.sourceVolume = attr("volume");
                d.sourceProtocol = attr("protocol");
                d.sourceName = attr("name");
                if (!attr("file").isEmpty())
                    d.source = attr("file");
                else if (!attr("dev").isEmpty())
                    d.source = attr("dev");
                else if (!attr("dir").isEmpty())
                    d.source = attr("dir");
                else if (!d.sourcePool.isEmpty() || !d.sourceVolume.isEmpty())
                    d.source = d.sourcePool + QLatin1Char('/') + d.sourceVolume;
                else if (!d.sourceProtocol.isEmpty())
                    d.source = d.sourceProtocol + QLatin1Char(':') + d.sourceName;
                else if (!attr("path").isEmpty()) // vhostuser's socket
                    d.source = attr("path");
            } else if (n == QLatin1String("target")) {
                d.targetDev = attr("dev");
                d.targetBus = attr("bus");
            } else if (n == QLatin1String("readonly")) {
                d.readOnly = true;
            } else if (n == QLatin1String("shareable")) {
                d.shareable = true;
            } else if (n == QLatin1String("alias")) {
                d.alias = attr("name");
            }
            r.skipCurrentElement();
        }
        out->disks.append(d);
    }

    void interface()
    {
        DomainInterface i;
        i.type = attr("type");
        while (r.readNextStartElement()) {
            const QStringView n = r.name();
            if (n == QLatin1String("mac")) {
                i.mac = attr("address");
            } else if (n == QLatin1String("model")) {
                i.model = attr("type");
            } else if (n == QLatin1String("source")) {
                i.sourceBridge = attr("bridge");
                i.sourceNetwork = attr("network");
                i.sourceDev = attr("dev");
                i.sourceMode = attr("mode");
            } else if (n == QLatin1String("target")) {
                i.targetDev = attr("dev");
            } else if (n == QLatin1String("link")) {
                i.linkState = attr("state");
            } else if (n == QLatin1String("alias")) {
                i.alias = attr("name");
            }
            r.skipCurrentElement();
        }
        // A network interface's live XML also names the network's bridge:
        // the network is what the definition says it is plugged into.
        if (!i.sourceNetwork.isEmpty())
            i.source = i.sourceNetwork;
        else if (!i.sourceBridge.isEmpty())
            i.source = i.sourceBridge;
        else
            i.source = i.sourceDev;
        out->interfaces.append(i);
    }

    void graphics()
    {
        DomainGraphics g;
        g.type = attr("type");
        g.port = int(number(attr("port"), QStringLiteral("graphics port")));
        g.tlsPort = int(number(attr("tlsPort"), QStringLiteral("graphics tlsPort")));
        const QString autoport = attr("autoport");
        if (autoport == QLatin1String("yes"))
            g.autoport = true;
        else if (autoport == QLatin1String("no"))
            g.autoport = false;
        g.listen = attr("listen");
        bool haveListen = false;
        while (r.readNextStartElement()) {
            // The first <listen> is the one the old listen= attribute mirrors.
            if (r.name() == QLatin1String("listen") && !haveListen) {
                haveListen = true;
                g.listenType = attr("type");
                g.listenNetwork = attr("network");
                if (g.listen.isEmpty())
                    g.listen = !attr("address").isEmpty() ? attr("address") : attr("socket");
            }
            r.skipCurrentElement();
        }
        out->graphics.append(g);
    }

    void channel()
    {
        DomainChannel c;
        c.type = attr("type");
        while (r.readNextStartElement()) {
            if (r.name() == QLatin1String("target")) {
                c.targetType = attr("type");
                c.targetName = attr("name");
                c.state = attr("state");
            }
            r.skipCurrentElement();
        }
        out->channels.append(c);
    }

    void metadata()
    {
        while (r.readNextStartElement()) {
            DomainMetadataElement m;
            m.namespaceUri = r.namespaceUri().toString();
            m.name = r.name().toString();
            for (const QXmlStreamAttribute &a : r.attributes())
                m.attributes.insert(a.name().toString(), a.value().toString());
            m.text = r.readElementText(QXmlStreamReader::IncludeChildElements).trimmed();
            out->metadata.append(m);
        }
    }
};

// virsh's own "error:" lines and anything else that is not XML, before or
// after it; blank lines are nothing.
void nonXmlLines(const QString &text, int firstLine, DomainXml *out)
{
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        const QString t = lines[i].trimmed();
        if (t.isEmpty())
            continue;
        if (t.startsWith(QLatin1String("error:")))
            out->toolErrors.append(t);
        else
            out->errors.append({firstLine + i, Readings::tr("not domain XML"), lines[i]});
    }
}

} // namespace

DomainXml parseDomainXml(const QByteArray &xml)
{
    DomainXml out;
    // Text before the first '<' (virsh's errors on a merged stream) is taken
    // out and blanked, newlines kept, so the XML reader's line and column
    // numbers still point into the text as given.
    QByteArray data = xml;
    const qsizetype start = data.indexOf('<');
    const qsizetype lead = start < 0 ? data.size() : start;
    nonXmlLines(QString::fromUtf8(data.left(lead)), 1, &out);
    if (start < 0) {
        if (out.toolErrors.isEmpty() && out.errors.isEmpty())
            out.errors.append({0, Readings::tr("no domain XML"), QString()});
        return out;
    }
    for (qsizetype i = 0; i < lead; ++i)
        if (data[i] != '\n')
            data[i] = ' ';

    Reader reader(data, &out);
    reader.run();
    QXmlStreamReader &r = reader.r;
    if (r.hasError()) {
        out.errors.append({int(r.lineNumber()),
                           Readings::tr("malformed XML at line %1, column %2: %3")
                               .arg(r.lineNumber())
                               .arg(r.columnNumber())
                               .arg(r.errorString()),
                           QString()});
        return out;
    }
    // The root closed: whatever follows is not part of it.
    if (r.tokenType() == QXmlStreamReader::EndElement) {
        const int line = int(r.lineNumber());
        const QString rest = QString::fromUtf8(data).mid(r.characterOffset());
        nonXmlLines(rest, line, &out);
    }
    return out;
}

} // namespace ftc
