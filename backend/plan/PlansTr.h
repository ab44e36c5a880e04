#pragma once
// The translation context of the plans' words ("ftc::Plans"): plan and step
// titles, errors, warnings and summaries of the storage, network and VM
// planners, and what applying a plan or a network change reports, are shown in
// the UI's language. Command lines, file contents, the scripts a network change
// stages on the host and the status words it reads back never change with it.

#include <QCoreApplication>

namespace ftc {

class Plans {
    Q_DECLARE_TR_FUNCTIONS(ftc::Plans)
};

} // namespace ftc
