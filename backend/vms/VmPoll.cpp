#include "VmPoll.h"

#include "VmMetadata.h"

namespace ftc {

namespace {
const QString kSched = QStringLiteral("virsh/schedinfo/");
const QString kMeta = QStringLiteral("virsh/metadata/");
} // namespace

QList<VirshQuery> vmQueries(bool full, const QStringList &vmsNeedingConfig)
{
    QList<VirshQuery> q;
    q.append({QStringLiteral("virsh/domstats"), {"domstats", "--raw", "--state", "--cpu-total", "--balloon", "--vcpu", "--interface"}});
    q.append({QStringLiteral("virsh/managed-save"), {"list", "--all", "--with-managed-save", "--name"}});
    if (full) {
        q.append({QStringLiteral("virsh/nodeinfo"), {"nodeinfo"}});
        q.append({QStringLiteral("virsh/autostart"), {"list", "--all", "--autostart", "--name"}});
    }
    for (const QString &vm : vmsNeedingConfig) {
        const QByteArray name = vm.toUtf8();
        q.append({kSched + vm, {"schedinfo", "--domain", name}});
        q.append({kMeta + vm, {"metadata", "--domain", name, "--uri", kVmMetadataUri}});
    }
    return q;
}

QStringList vmConfigKeys(const QString &vm)
{
    return {kSched + vm, kMeta + vm};
}

QString vmOfSourceKey(const QString &key)
{
    if (key.startsWith(kSched))
        return key.mid(kSched.size());
    if (key.startsWith(kMeta))
        return key.mid(kMeta.size());
    return {};
}

} // namespace ftc
