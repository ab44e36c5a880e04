#pragma once
// A node file for libvirt's test driver (virsh -c test:///PATH): a host with
// 2 CPUs and 8 GiB and n running domains of 512 MiB and one vCPU, each with a
// disk and a NIC, named "bench-1".."bench-N", plus the given extra names
// (shut off). The same data any libvirt tool can be pointed at.

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace ftc::test {

inline QByteArray testNodeXml(int running, const QStringList &shutOff = {})
{
    QByteArray xml = "<node>\n  <cpu><nodes>1</nodes><sockets>1</sockets><cores>2</cores><threads>1</threads>"
                     "<active>2</active><mhz>3000</mhz><model>x86_64</model></cpu>\n  <memory>8388608</memory>\n";
    const auto domain = [](const QString &name, bool on) {
        const QByteArray n = name.toHtmlEscaped().replace(QLatin1Char('\''), QLatin1String("&apos;")).toUtf8();
        return "  <domain type='test' xmlns:test='http://libvirt.org/schemas/domain/test/1.0'><name>" + n
            + "</name><memory unit='MiB'>512</memory><vcpu>1</vcpu><os><type>hvm</type></os>"
              "<devices><disk type='file' device='disk'><source file='/guest/"
            + n + ".img'/><target dev='vda'/></disk><interface type='network'><source network='default'/>"
                  "</interface></devices>"
            + (on ? QByteArray() : QByteArray("<test:runstate>5</test:runstate>")) + "</domain>\n";
    };
    for (int i = 1; i <= running; ++i)
        xml += domain(QStringLiteral("bench-%1").arg(i), true);
    for (const QString &name : shutOff)
        xml += domain(name, false);
    return xml + "</node>\n";
}

} // namespace ftc::test
