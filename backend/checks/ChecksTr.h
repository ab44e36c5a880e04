#pragma once
// The translation context of the checks' words ("ftc::Checks"): findings,
// remedies and fact errors are shown in the UI's language; ids, severities'
// JSON words and the report's keys never change with it.

#include <QCoreApplication>

namespace ftc {

class Checks {
    Q_DECLARE_TR_FUNCTIONS(ftc::Checks)
};

} // namespace ftc
