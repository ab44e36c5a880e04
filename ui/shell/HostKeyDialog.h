#pragma once
// "The authenticity of host … can't be established": the fingerprint and three
// clear choices, with Refuse as the safe default.

#include "transport/HostKeyPrompt.h"

#include <QDialog>

namespace ftc {

class HostKeyDialog : public QDialog {
    Q_OBJECT
public:
    HostKeyDialog(const HostKeyPrompt &prompt, QWidget *parent = nullptr);
    HostKeyDecision decision() const { return m_decision; }

    static HostKeyDecision ask(const HostKeyPrompt &prompt, QWidget *parent);

private:
    HostKeyDecision m_decision = HostKeyDecision::Refuse;
};

} // namespace ftc
