#pragma once
// What the user typed to open a host: "demo", "local", "ssh://user@host:port",
// "bundle:DIR", "sos:PATH".

#include <QString>

namespace ftc {

struct HostSpec {
    // Bundle and Sos are captures: read once, read-only.
    enum class Kind { Demo, Local, Ssh, Bundle, Sos };
    Kind kind = Kind::Demo;
    QString user;              // ssh: empty means the local user name
    QString host;              // ssh
    int port = 22;             // ssh
    QString path;              // bundle directory; sosreport directory or archive
    QString identityFile;      // ssh, optional
    // The libvirt connection on that host ("qemu:///system" when empty; any
    // URI virsh takes, e.g. "test:///path/node.xml"). Not part of the label:
    // the same host, another hypervisor view.
    QString libvirtUri;

    QString label() const;
    // A capture read from files (bundle, sosreport), not a host that runs commands.
    bool isCapture() const { return kind == Kind::Bundle || kind == Kind::Sos; }     // canonical text, usable as a key and in QSettings
};

// nullopt-like: returns false and fills *error naming what was wrong and what to write.
bool parseHostSpec(const QString &text, HostSpec *spec, QString *error);

// A libvirt connection URI as virsh -c takes it ("qemu:///system",
// "test:///path/node.xml", "qemu+ssh://h/system"): a scheme, then no blank or
// control character. False with *error saying what is wrong and what to write.
bool checkLibvirtUri(const QString &uri, QString *error);

} // namespace ftc
