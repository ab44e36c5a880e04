#include "RunnerFactory.h"

#include "bundle/BundleRunner.h"
#include "sim/SimulatedHost.h"
#include "transport/LocalRunner.h"
#include "transport/SshRunner.h"

#include <QDir>
#include <QFileInfo>

namespace ftc {

namespace {
std::shared_ptr<SimClock> &demoClock()
{
    static std::shared_ptr<SimClock> clock;
    return clock;
}
} // namespace

void setDemoClock(std::shared_ptr<SimClock> clock)
{
    demoClock() = std::move(clock);
}

std::unique_ptr<Runner> makeRunner(const HostSpec &spec, SessionPrompter *prompter, QString *error)
{
    switch (spec.kind) {
    case HostSpec::Kind::Demo:
        return demoClock() ? std::make_unique<SimulatedHost>(demoClock()) : std::make_unique<SimulatedHost>();
    case HostSpec::Kind::Local:
        return std::make_unique<LocalRunner>();
    case HostSpec::Kind::Bundle: {
        const QFileInfo info(spec.path);
        if (!info.isDir()) {
            if (error)
                *error = QStringLiteral("%1 is not a directory: give the folder written by `ftconsole bundle -o DIR`.")
                             .arg(spec.path);
            return nullptr;
        }
        if (!QFileInfo::exists(QDir(spec.path).filePath(QStringLiteral("mdstat")))
            && !QFileInfo::exists(QDir(spec.path).filePath(QStringLiteral("MANIFEST.json")))) {
            if (error)
                *error = QStringLiteral("%1 holds no support bundle (no MANIFEST.json or mdstat).").arg(spec.path);
            return nullptr;
        }
        return std::make_unique<BundleRunner>(spec.path);
    }
    case HostSpec::Kind::Ssh: {
        SshTarget target;
        target.user = spec.user;
        target.host = spec.host;
        target.port = spec.port;
        target.identityFile = spec.identityFile;
        return std::make_unique<SshRunner>(target, prompter);
    }
    }
    return nullptr;
}

} // namespace ftc
