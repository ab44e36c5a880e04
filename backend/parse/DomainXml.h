#pragma once
// `virsh dumpxml DOMAIN` and `virsh dumpxml --inactive DOMAIN`: the parts of a
// libvirt domain XML (libvirt.org/formatdomain.html) the console shows and
// plans against. Live XML adds what only a running domain has (id, vnet
// target devices, device aliases, assigned VNC ports); an absent element or
// attribute stays -1 / empty, never 0. Memory is converted to KiB from
// whatever unit attribute libvirt or a hand-written definition used.

#include "ParseError.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace ftc {

// <disk>: one block device of the guest.
struct DomainDisk {
    QString type;              // <disk type>: file, block, network, volume, dir, nvme, vhostuser
    QString device;            // <disk device>: disk, cdrom, floppy, lun
    QString driverName;        // <driver name>: qemu
    QString driverType;        // <driver type>: raw, qcow2, ...
    // Where the data lives, as one string: <source file> or <source dev> or
    // <source dir>, "pool/volume" for type volume, "protocol:name" for type
    // network ("rbd:pool/image", "nbd:" without a name). Empty for an empty
    // cdrom tray.
    QString source;
    QString sourcePool, sourceVolume;     // type volume
    QString sourceProtocol, sourceName;   // type network
    QString targetDev;         // <target dev>: vda, hda, sdb
    QString targetBus;         // <target bus>: virtio, ide, sata, scsi, usb
    bool readOnly = false;     // <readonly/> (every cdrom)
    bool shareable = false;    // <shareable/>
    QString alias;             // <alias name>, live XML only: "virtio-disk0", the name device events use
};

// <interface>: one NIC of the guest.
struct DomainInterface {
    QString type;              // bridge, network, direct, user, ethernet, vhostuser, hostdev
    QString mac;               // <mac address>, "52:54:00:..."
    QString model;             // <model type>: virtio, e1000, rtl8139
    // What it is plugged into, as one string: the bridge, the network, or the
    // host device (direct); empty for user networking.
    QString source;
    QString sourceBridge;      // <source bridge>; live XML also names a network's bridge here
    QString sourceNetwork;     // <source network>
    QString sourceDev;         // <source dev> (direct: the host NIC)
    QString sourceMode;        // <source mode> (direct: vepa, bridge, private, passthrough)
    QString targetDev;         // <target dev>, live XML only: "vnet0"
    QString linkState;         // <link state>: "up"/"down"; empty when not set (up)
    QString alias;             // <alias name>, live XML only: "net0"
};

// <graphics>: a VNC or SPICE console.
struct DomainGraphics {
    QString type;              // vnc, spice, sdl, rdp, egl-headless, dbus
    // TCP port; -1 when absent or not yet assigned (inactive XML with
    // autoport prints port='-1'; the live XML has the real one).
    int port = -1;
    int tlsPort = -1;          // SPICE tlsPort; -1 when absent
    std::optional<bool> autoport;         // autoport='yes'/'no'; nullopt when absent
    // Listen address (listen= attribute or <listen type='address'>), or the
    // socket path for <listen type='socket'>. Empty: libvirt's default
    // (vnc_listen in qemu.conf, usually 127.0.0.1).
    QString listen;
    QString listenType;        // <listen type>: address, network, socket, none
    QString listenNetwork;     // <listen type='network' network=...>
};

// <channel>: a host-guest channel; the QEMU guest agent's is a virtio
// channel named org.qemu.guest_agent.0.
struct DomainChannel {
    QString type;              // <channel type>: unix, spicevmc, pty
    QString targetType;        // <target type>: virtio, guestfwd
    QString targetName;        // <target name>: "org.qemu.guest_agent.0"
    // <target state>, live XML only: "connected" when the guest opened its
    // end (the agent runs), "disconnected"; empty when not said.
    QString state;
};

// One child element of <metadata>: applications keep their own data there,
// each in its own XML namespace.
struct DomainMetadataElement {
    QString namespaceUri;      // "urn:ftconsole:cpu:1"
    QString name;              // local name: "cpu"
    QMap<QString, QString> attributes;    // by local name: "reserve_pct" -> "70"
    QString text;              // the element's text content, descendants included, trimmed
};

// `virsh dumpxml [--inactive] DOMAIN`: one <domain> definition.
struct DomainXml {
    QString name;
    QString uuid;
    QString type;              // <domain type>: kvm, qemu, xen, lxc, test
    int id = -1;               // <domain id>, live XML only
    QString title;             // <title>
    QString osType;            // <os><type>: hvm, linux, exe
    QString arch;              // <os><type arch>: x86_64
    QString machine;           // <os><type machine>: pc-q35-7.2
    qint64 memoryKiB = -1;     // <memory>, KiB: the boot-time maximum
    qint64 currentMemoryKiB = -1;         // <currentMemory>, KiB: the balloon target
    qint64 maxMemoryKiB = -1;  // <maxMemory>, KiB: hotplug ceiling; -1 when absent
    int vcpus = -1;            // <vcpu> text: the maximum vCPUs
    // <vcpu current>: vCPUs online. libvirt leaves the attribute out when it
    // equals the maximum, so then this is vcpus.
    int vcpuCurrent = -1;
    QString vcpuPlacement;     // <vcpu placement>: static, auto
    QString vcpuCpuset;        // <vcpu cpuset>: "0-3,^2"
    // <cputune>: shares (relative weight), period and quota (microseconds).
    // -1 when the element is absent; a quota of -1 written in the XML means
    // "no cap" just as its absence does.
    qint64 cpuShares = -1, cpuPeriod = -1, cpuQuota = -1;
    QList<DomainDisk> disks;
    QList<DomainInterface> interfaces;
    QList<DomainGraphics> graphics;
    QList<DomainChannel> channels;
    QList<DomainMetadataElement> metadata;
    QStringList toolErrors;    // virsh's "error: ..." lines around the XML
    ParseErrors errors;        // malformed XML (with line and column), bad numbers or units
};

DomainXml parseDomainXml(const QByteArray &xml);

// The <metadata> child in namespaceUri, if the domain has one.
std::optional<DomainMetadataElement> domainMetadata(const DomainXml &domain, const QString &namespaceUri);
// Its attributes: `<ftc:cpu xmlns:ftc="urn:ftconsole:cpu:1" reserve_pct="70"/>`
// gives {"reserve_pct": "70"}; empty when there is no such element.
QMap<QString, QString> domainMetadataAttributes(const DomainXml &domain, const QString &namespaceUri);

// A libvirt memory amount in KiB, rounded up as libvirt does (virScaleInteger,
// units case-insensitive): "b"/"bytes"; "k"/"KiB", "M"/"MiB", "G"/"GiB",
// "T"/"TiB", "P"/"PiB", "E"/"EiB" (powers of 1024); "KB", "MB", "GB", "TB", "PB",
// "EB" (powers of 1000); empty = KiB, libvirt's default for memory. -1 for an
// unknown unit or a value that does not fit.
qint64 libvirtMemoryToKiB(quint64 value, const QString &unit);

} // namespace ftc
