#include "HostSpec.h"

#include "SessionTr.h"

#include <QRegularExpression>

#include <QDir>
#include <QUrl>

namespace ftc {

QString HostSpec::label() const
{
    switch (kind) {
    case Kind::Demo:
        return QStringLiteral("demo");
    case Kind::Local:
        return QStringLiteral("local");
    case Kind::Bundle:
        return QStringLiteral("bundle:") + path;
    case Kind::Sos:
        return QStringLiteral("sos:") + path;
    case Kind::Ssh: {
        QString text = QStringLiteral("ssh://");
        if (!user.isEmpty())
            text += user + QLatin1Char('@');
        // IPv6 literals need brackets to keep the port readable.
        text += host.contains(QLatin1Char(':')) ? QLatin1Char('[') + host + QLatin1Char(']') : host;
        if (port != 22)
            text += QLatin1Char(':') + QString::number(port);
        return text;
    }
    }
    return {};
}

bool parseHostSpec(const QString &input, HostSpec *spec, QString *error)
{
    const QString text = input.trimmed();
    HostSpec out;
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (text.isEmpty())
        return fail(Session::tr("No host given: write demo, local, ssh://user@host:port, bundle:DIR or sos:PATH."));
    if (text == QLatin1String("demo")) {
        out.kind = HostSpec::Kind::Demo;
    } else if (text == QLatin1String("local")) {
        out.kind = HostSpec::Kind::Local;
    } else if (text.startsWith(QLatin1String("bundle:"))) {
        out.kind = HostSpec::Kind::Bundle;
        const QString dir = text.mid(7);
        if (dir.isEmpty())
            return fail(Session::tr("bundle: needs a directory, e.g. bundle:/tmp/host-bundle."));
        out.path = QDir::cleanPath(QDir(dir).absolutePath());
    } else if (text.startsWith(QLatin1String("sos:"))) {
        out.kind = HostSpec::Kind::Sos;
        const QString where = text.mid(4);
        if (where.isEmpty())
            return fail(Session::tr("sos: needs an sosreport, its directory or its archive, e.g. "
                                    "sos:/tmp/sosreport-host-2026-11-30-abcdefg.tar.xz."));
        out.path = QDir::cleanPath(QDir(where).absolutePath());
    } else if (text.startsWith(QLatin1String("ssh://"))) {
        const QUrl url(text, QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty())
            return fail(Session::tr("'%1' is not a valid SSH address: write ssh://user@host or ssh://user@host:port.").arg(text));
        if (!url.path().isEmpty() && url.path() != QLatin1String("/"))
            return fail(Session::tr("'%1' has a path; an SSH address is ssh://user@host:port only.").arg(text));
        if (!url.password().isEmpty())
            return fail(Session::tr("Do not put a password in the address; the console asks for it when needed."));
        const int port = url.port(22);
        if (port < 1 || port > 65535)
            return fail(Session::tr("Port %1 is out of range 1-65535.").arg(port));
        out.kind = HostSpec::Kind::Ssh;
        out.user = url.userName();
        out.host = url.host();
        out.port = port;
    } else {
        return fail(Session::tr("Unknown host '%1': write demo, local, ssh://user@host:port, bundle:DIR or sos:PATH.").arg(text));
    }
    if (spec)
        *spec = out;
    return true;
}

bool checkLibvirtUri(const QString &uri, QString *error)
{
    static const QRegularExpression scheme(QStringLiteral("^[A-Za-z][A-Za-z0-9+.-]*:"));
    QString why;
    if (uri.isEmpty())
        why = Session::tr("the libvirt URI is empty");
    else if (!scheme.match(uri).hasMatch())
        why = Session::tr("\"%1\" is not a libvirt URI: it must start with a scheme, e.g. qemu:///system or "
                          "test:///path/node.xml").arg(uri);
    else
        for (const QChar c : uri)
            if (c.isSpace() || c.unicode() < 0x20 || c.unicode() == 0x7f) {
                why = Session::tr("the libvirt URI \"%1\" holds a blank or control character: write it without")
                          .arg(uri.simplified());
                break;
            }
    if (!why.isEmpty() && error)
        *error = why;
    return why.isEmpty();
}

} // namespace ftc
