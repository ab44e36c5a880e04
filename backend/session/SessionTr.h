#pragma once
// The translation context of the sessions' words ("ftc::Session"): connection
// states ("connected"), connection, authentication and host-key errors, host
// address (HostSpec) errors and the transports' command errors are shown in the
// UI's language. Host specs, URIs and what the host itself prints never change
// with it.

#include <QCoreApplication>

namespace ftc {

class Session {
    Q_DECLARE_TR_FUNCTIONS(ftc::Session)
};

} // namespace ftc
