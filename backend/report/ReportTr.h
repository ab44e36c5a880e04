#pragma once
// The translation context of the configuration report's words ("ftc::Report"):
// HTML, PDF and CSV reports are written in the UI's language; the JSON
// report's keys and values never change with it.

#include <QCoreApplication>

namespace ftc {

class Report {
    Q_DECLARE_TR_FUNCTIONS(ftc::Report)
};

} // namespace ftc
