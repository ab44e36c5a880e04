#include "HostKeyDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace ftc {

HostKeyDialog::HostKeyDialog(const HostKeyPrompt &prompt, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Unknown Host Key"));
    const QString where = prompt.port == 22 ? prompt.host : QStringLiteral("[%1]:%2").arg(prompt.host).arg(prompt.port);

    auto *icon = new QLabel(this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(48, 48));
    auto *intro = new QLabel(tr("<b>%1 is not a known host.</b><br>Compare the fingerprint below with the one the "
                                "host's administrator gives you (<tt>ssh-keygen -lf /etc/ssh/ssh_host_*_key.pub</tt> "
                                "on the host). Refuse if you cannot check it.")
                                 .arg(where.toHtmlEscaped()),
                             this);
    intro->setWordWrap(true);

    auto *details = new QFormLayout;
    auto *fingerprint = new QLabel(prompt.fingerprint, this);
    fingerprint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont mono(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::TypeWriter);
    fingerprint->setFont(mono);
    // What the server sent (key type) and what was typed (host) are shown as
    // they are, never as markup.
    const auto plain = [this](const QString &text) {
        auto *label = new QLabel(text, this);
        label->setTextFormat(Qt::PlainText);
        return label;
    };
    fingerprint->setTextFormat(Qt::PlainText);
    details->addRow(tr("Host:"), plain(where));
    details->addRow(tr("Key type:"), plain(prompt.keyType));
    details->addRow(tr("Fingerprint:"), fingerprint);
    if (!prompt.knownHostsPath.isEmpty())
        details->addRow(tr("Saved to:"), plain(prompt.knownHostsPath));

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *once = buttons->addButton(tr("Accept Once"), QDialogButtonBox::AcceptRole);
    QPushButton *save = buttons->addButton(tr("Accept and Save"), QDialogButtonBox::AcceptRole);
    QPushButton *refuse = buttons->addButton(tr("Refuse"), QDialogButtonBox::RejectRole);
    refuse->setDefault(true);
    refuse->setFocus();
    connect(once, &QPushButton::clicked, this, [this] {
        m_decision = HostKeyDecision::AcceptOnce;
        QDialog::accept();
    });
    connect(save, &QPushButton::clicked, this, [this] {
        m_decision = HostKeyDecision::AcceptAndSave;
        QDialog::accept();
    });
    connect(refuse, &QPushButton::clicked, this, [this] {
        m_decision = HostKeyDecision::Refuse;
        QDialog::reject();
    });

    auto *top = new QHBoxLayout;
    top->addWidget(icon, 0, Qt::AlignTop);
    top->addWidget(intro, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(details);
    layout->addWidget(buttons);
}

HostKeyDecision HostKeyDialog::ask(const HostKeyPrompt &prompt, QWidget *parent)
{
    HostKeyDialog dialog(prompt, parent);
    dialog.exec();
    return dialog.decision();
}

} // namespace ftc
