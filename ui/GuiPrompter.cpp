#include "GuiPrompter.h"

#include "HostKeyDialog.h"

#include <QInputDialog>
#include <QLineEdit>
#include <QThread>

namespace ftc {

GuiPrompter::GuiPrompter(QWidget *dialogParent, QObject *parent)
    : QObject(parent)
    , m_dialogParent(dialogParent)
{
}

template<typename F>
void GuiPrompter::onGuiThread(F &&f)
{
    // Blocking from the GUI thread onto itself would deadlock: call directly there.
    if (QThread::currentThread() == thread())
        f();
    else
        QMetaObject::invokeMethod(this, std::forward<F>(f), Qt::BlockingQueuedConnection);
}

HostKeyDecision GuiPrompter::confirmHostKey(const HostKeyPrompt &prompt)
{
    HostKeyDecision decision = HostKeyDecision::Refuse;
    onGuiThread([&] { decision = HostKeyDialog::ask(prompt, m_dialogParent); });
    return decision;
}

std::optional<QString> GuiPrompter::askSecret(const QString &host, const QString &prompt)
{
    std::optional<QString> answer;
    onGuiThread([&] {
        bool ok = false;
        const QString label = prompt.isEmpty() ? tr("Password for %1:").arg(host)
                                               : tr("%1\n(%2)").arg(prompt.trimmed(), host);
        // The secret goes straight to the session; nothing keeps a copy.
        const QString text = QInputDialog::getText(m_dialogParent, tr("Authentication for %1").arg(host), label,
                                                   QLineEdit::Password, QString(), &ok);
        if (ok)
            answer = text;
    });
    return answer;
}

} // namespace ftc
