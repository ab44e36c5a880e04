#pragma once
// A captured support bundle answering the poller's commands from its files,
// read-only: anything that would change a host is refused.

#include "sim/InProcessRunner.h"

#include <QString>

namespace ftc {

class BundleRunner : public InProcessRunner {
public:
    explicit BundleRunner(QString directory);
    QString hostLabel() const override;
    bool isCapture() const override { return true; }

protected:
    CommandResult exec(const Argv &argv, const QByteArray &input) override;

private:
    QString m_dir;
};

} // namespace ftc
