// Which VM screens the console opens: VNC on the host's loopback or a unix
// socket; listening on every address, another address, a libvirt network,
// SPICE only, no graphics, or no port yet each refused saying what to change.

#include "parse/DomainXml.h"
#include "vnc/VncTarget.h"

#include <QtTest>

using namespace ftc;

namespace {

DomainXml withGraphics(const QByteArray &graphics)
{
    return parseDomainXml("<domain type='kvm' id='3'><name>DC1</name><devices>" + graphics + "</devices></domain>");
}

} // namespace

class TestVncTarget : public QObject {
    Q_OBJECT
private slots:
    void loopbackAndSocketsAreTaken()
    {
        VncTarget t = vncTargetFor(withGraphics("<graphics type='vnc' port='5903' autoport='yes' listen='127.0.0.1'>"
                                                "<listen type='address' address='127.0.0.1'/></graphics>"),
                                   QStringLiteral("DC1"));
        QVERIFY2(t.ok(), qPrintable(t.problem));
        QCOMPARE(t.host, QByteArray("127.0.0.1"));
        QCOMPARE(t.port, 5903);
        // libvirt's default listen address (qemu.conf vnc_listen, 127.0.0.1).
        t = vncTargetFor(withGraphics("<graphics type='vnc' port='5904'/>"), QStringLiteral("DC1"));
        QCOMPARE(t.host, QByteArray("127.0.0.1"));
        t = vncTargetFor(withGraphics("<graphics type='vnc' port='5905' listen='::1'/>"), QStringLiteral("DC1"));
        QCOMPARE(t.host, QByteArray("::1"));
        t = vncTargetFor(withGraphics("<graphics type='vnc'><listen type='socket' "
                                      "socket='/run/libvirt/qemu/vnc-1-DC1.sock'/></graphics>"),
                         QStringLiteral("DC1"));
        QVERIFY(t.ok());
        QCOMPARE(t.host, QByteArray("/run/libvirt/qemu/vnc-1-DC1.sock"));
        QCOMPARE(t.port, -1);
    }

    void othersSayWhatToChange()
    {
        const struct {
            const char *xml, *says;
        } cases[] = {
            {"<graphics type='vnc' port='5900' listen='0.0.0.0'/>", "every address of the host (0.0.0.0)"},
            {"<graphics type='vnc' port='5900' listen='::'/>", "every address of the host (::)"},
            {"<graphics type='vnc' port='5900' listen='192.168.10.20'/>", "listens on 192.168.10.20"},
            {"<graphics type='vnc' port='5900'><listen type='network' network='default'/></graphics>",
             "the libvirt network default"},
            {"<graphics type='spice' port='5900' listen='127.0.0.1'/>", "SPICE only"},
            {"", "no graphical console"},
            {"<graphics type='vnc' port='-1' autoport='yes' listen='127.0.0.1'/>", "no VNC port yet"},
        };
        for (const auto &c : cases) {
            const VncTarget t = vncTargetFor(withGraphics(c.xml), QStringLiteral("DC1"));
            QVERIFY2(!t.ok(), c.xml);
            QVERIFY2(t.problem.contains(QLatin1String(c.says)), qPrintable(t.problem));
        }
        // What to change is said: loopback only.
        QVERIFY(vncTargetFor(withGraphics(cases[0].xml), QStringLiteral("DC1")).problem.contains(QLatin1String("listen='127.0.0.1'")));
    }
};

QTEST_GUILESS_MAIN(TestVncTarget)
#include "tst_vnctarget.moc"
