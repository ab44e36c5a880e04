#include "RunnerFactory.h"

#include "SessionTr.h"
#include "demo/SimulatedHost.h"
#include "transport/LocalRunner.h"
#include "transport/SshRunner.h"


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
    case HostSpec::Kind::Bundle:
    case HostSpec::Kind::Sos:
        // A capture is data, read by readBundle() or readSosReport(), not a host
        // that runs commands.
        if (error)
            *error = Session::tr("%1 is a read-only capture: it runs no commands.").arg(spec.label());
        return nullptr;
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
