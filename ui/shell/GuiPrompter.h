#pragma once
// Answers a connection's questions (host key, password) with dialogs. Called on a
// session's worker thread; the dialogs run on the GUI thread while the worker waits.

#include "transport/HostKeyPrompt.h"

#include <QObject>
#include <QPointer>
#include <QWidget>

#include <atomic>
#include <condition_variable>
#include <mutex>

namespace ftc {

class GuiPrompter : public QObject, public SessionPrompter {
    Q_OBJECT
public:
    // Lives on (and must be created on) the GUI thread.
    explicit GuiPrompter(QWidget *dialogParent, QObject *parent = nullptr);

    HostKeyDecision confirmHostKey(const HostKeyPrompt &prompt) override;
    std::optional<QString> askSecret(const QString &host, const QString &prompt) override;

    // Thread-safe and final. From now on every question is refused at once without
    // involving the GUI thread, and workers waiting for an answer are released
    // with a refusal: at exit the GUI thread stops serving events, and a worker
    // waiting on it would wait forever.
    void close();
    bool isClosed() const { return m_closed.load(); }

private:
    // Runs dialog() on the GUI thread and returns its answer, or refused once closed.
    template<typename R, typename F>
    R ask(R refused, F dialog);

    QPointer<QWidget> m_dialogParent;
    std::atomic<bool> m_closed{false};
    std::mutex m_mutex;
    std::condition_variable m_answered;
};

} // namespace ftc
