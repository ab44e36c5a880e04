#include "GuiPrompter.h"

#include "HostKeyDialog.h"

#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLineEdit>
#include <QThread>

#include <memory>
#include <utility>

namespace ftc {

GuiPrompter::GuiPrompter(QWidget *dialogParent, QObject *parent)
    : QObject(parent)
    , m_dialogParent(dialogParent)
{
}

void GuiPrompter::close()
{
    {
        // Under the mutex so a worker between its check and its wait cannot miss it.
        std::lock_guard lock(m_mutex);
        m_closed = true;
    }
    m_answered.notify_all();
}

template<typename R, typename F>
R GuiPrompter::ask(R refused, F dialog)
{
    if (m_closed.load())
        return refused;
    // Waiting from the GUI thread on itself would deadlock: ask directly there.
    if (QThread::currentThread() == thread())
        return dialog();

    // Shared with the queued call, which may run after this worker stopped waiting
    // (closed meanwhile); dialog owns copies of its inputs for the same reason.
    struct Pending {
        bool done = false;
        R answer;
    };
    auto pending = std::make_shared<Pending>(Pending{false, refused});
    // Not a BlockingQueuedConnection: its wait cannot be cut short by close().
    const bool queued = QMetaObject::invokeMethod(
        this,
        [this, pending, dialog = std::move(dialog)]() mutable {
            if (m_closed.load())
                return;
            R answer = dialog();
            std::lock_guard lock(m_mutex);
            pending->answer = std::move(answer);
            pending->done = true;
            m_answered.notify_all();
        },
        Qt::QueuedConnection);
    if (!queued)
        return refused;
    std::unique_lock lock(m_mutex);
    m_answered.wait(lock, [&] { return pending->done || m_closed.load(); });
    return pending->done ? std::move(pending->answer) : refused;
}

HostKeyDecision GuiPrompter::confirmHostKey(const HostKeyPrompt &prompt)
{
    return ask(HostKeyDecision::Refuse,
               [this, prompt] { return HostKeyDialog::ask(prompt, m_dialogParent); });
}

std::optional<QString> GuiPrompter::askSecret(const QString &host, const QString &prompt)
{
    // A (given, text) pair rather than std::optional<QString> through ask():
    // GCC 12 warns, wrongly, that a moved optional<QString> may be uninitialized.
    using Answer = std::pair<bool, QString>;
    const Answer answer = ask(Answer(false, QString()), [this, host, prompt]() -> Answer {
        const QString label = prompt.isEmpty() ? tr("Password for %1:").arg(host)
                                               : tr("%1\n(%2)").arg(prompt.trimmed(), host);
        QInputDialog dialog(m_dialogParent);
        dialog.setWindowTitle(tr("Authentication for %1").arg(host));
        dialog.setLabelText(label);
        dialog.setTextEchoMode(QLineEdit::Password);
        // A keyboard-interactive prompt is the server's text: shown as plain
        // text, never interpreted as markup (QInputDialog's label guesses).
        for (QLabel *l : dialog.findChildren<QLabel *>())
            l->setTextFormat(Qt::PlainText);
        const bool ok = dialog.exec() == QDialog::Accepted;
        QString text = ok ? dialog.textValue() : QString();
        // The secret goes to the session, which wipes it after use; the
        // dialog's own copy is overwritten here.
        for (QLineEdit *edit : dialog.findChildren<QLineEdit *>())
            edit->setText(QString(edit->text().size(), QLatin1Char(' ')));
        return Answer(ok, text);
    });
    if (!answer.first)
        return std::nullopt;
    return answer.second;
}

} // namespace ftc
