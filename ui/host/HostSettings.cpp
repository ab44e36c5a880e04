#include "HostSettings.h"

#include <QSettings>
#include <QUrl>

namespace ftc {

namespace {

// QSettings reads '/' in a key as a group separator, and labels hold slashes
// ("ssh://root@h1"): the label goes in percent-encoded.
QString key(const QString &host, const char *what = "moduleOverrides")
{
    return QStringLiteral("hostSettings/%1/%2")
        .arg(QString::fromLatin1(QUrl::toPercentEncoding(host)), QString::fromLatin1(what));
}

} // namespace

QMap<QString, QString> loadModuleOverrides(const QString &host)
{
    QMap<QString, QString> out;
    const QVariantMap saved = QSettings().value(key(host)).toMap();
    for (auto it = saved.cbegin(); it != saved.cend(); ++it)
        out.insert(it.key(), it.value().toString());
    return out;
}

void saveModuleOverrides(const QString &host, const QMap<QString, QString> &overrides)
{
    QSettings settings;
    if (overrides.isEmpty()) {
        settings.remove(key(host));
        return;
    }
    QVariantMap map;
    for (auto it = overrides.cbegin(); it != overrides.cend(); ++it)
        map.insert(it.key(), it.value());
    settings.setValue(key(host), map);
}

QString loadLibvirtUri(const QString &host)
{
    return QSettings().value(key(host, "libvirtUri")).toString();
}

void saveLibvirtUri(const QString &host, const QString &uri)
{
    QSettings settings;
    if (uri.isEmpty())
        settings.remove(key(host, "libvirtUri"));
    else
        settings.setValue(key(host, "libvirtUri"), uri);
}

int loadHostReservePct(const QString &host)
{
    bool ok = false;
    const int pct = QSettings().value(key(host, "hostReservePct")).toInt(&ok);
    return ok && pct >= 0 ? pct : kDefaultHostReservePct;
}

void saveHostReservePct(const QString &host, int pct)
{
    QSettings().setValue(key(host, "hostReservePct"), pct);
}

} // namespace ftc
