#pragma once
// Answers a connection's questions (host key, password) with dialogs. Called on a
// session's worker thread; the dialogs run on the GUI thread while the worker waits.

#include "transport/HostKeyPrompt.h"

#include <QObject>
#include <QPointer>
#include <QWidget>

namespace ftc {

class GuiPrompter : public QObject, public SessionPrompter {
    Q_OBJECT
public:
    // Lives on (and must be created on) the GUI thread.
    explicit GuiPrompter(QWidget *dialogParent, QObject *parent = nullptr);

    HostKeyDecision confirmHostKey(const HostKeyPrompt &prompt) override;
    std::optional<QString> askSecret(const QString &host, const QString &prompt) override;

private:
    template<typename F>
    void onGuiThread(F &&f);

    QPointer<QWidget> m_dialogParent;
};

} // namespace ftc
