#include "ConnectDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace ftc {

namespace {
QLabel *hint(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}
} // namespace

ConnectDialog::ConnectDialog(const QStringList &recent, QWidget *parent)
    : QDialog(parent)
    , m_kind(new QComboBox(this))
    , m_pages(new QStackedWidget(this))
    , m_sshAddress(new QLineEdit(this))
    , m_identity(new QLineEdit(this))
    , m_bundleDir(new QLineEdit(this))
    , m_sosPath(new QLineEdit(this))
    , m_recent(new QListWidget(this))
    , m_error(new QLabel(this))
{
    setWindowTitle(tr("Open Host"));
    setObjectName(QStringLiteral("connectDialog"));
    m_kind->setObjectName(QStringLiteral("kind"));
    m_sshAddress->setObjectName(QStringLiteral("sshAddress"));
    m_identity->setObjectName(QStringLiteral("identityFile"));
    m_bundleDir->setObjectName(QStringLiteral("bundleDir"));
    m_sosPath->setObjectName(QStringLiteral("sosPath"));
    m_recent->setObjectName(QStringLiteral("recentHosts"));
    m_error->setObjectName(QStringLiteral("error"));

    m_kind->addItem(tr("Demo host (simulated)"));
    m_kind->addItem(tr("This machine"));
    m_kind->addItem(tr("Remote host over SSH"));
    m_kind->addItem(tr("Support bundle (read-only)"));
    m_kind->addItem(tr("sosreport (read-only)"));

    auto *demo = new QWidget(m_pages);
    auto *demoLayout = new QVBoxLayout(demo);
    demoLayout->addWidget(hint(tr("A simulated host with modules 10 and 11, six disks, four adapters and three "
                                  "virtual machines. Nothing you do touches a real machine."), demo));
    demoLayout->addStretch();

    auto *local = new QWidget(m_pages);
    auto *localLayout = new QVBoxLayout(local);
    localLayout->addWidget(hint(tr("Reads this computer directly. Changes run through sudo and need a "
                                   "password-less sudo rule."), local));
    localLayout->addStretch();

    auto *ssh = new QWidget(m_pages);
    auto *sshLayout = new QFormLayout(ssh);
    m_sshAddress->setPlaceholderText(tr("ssh://user@host:port"));
    m_identity->setPlaceholderText(tr("Optional: private key file"));
    auto *browseKey = new QPushButton(tr("Browse…"), ssh);
    auto *identityRow = new QHBoxLayout;
    identityRow->addWidget(m_identity, 1);
    identityRow->addWidget(browseKey);
    sshLayout->addRow(tr("Address:"), m_sshAddress);
    sshLayout->addRow(tr("Identity file:"), identityRow);
    sshLayout->addRow(hint(tr("The host key is checked against known_hosts; a password is asked for when "
                              "needed and never stored."), ssh));

    auto *bundle = new QWidget(m_pages);
    auto *bundleLayout = new QFormLayout(bundle);
    m_bundleDir->setPlaceholderText(tr("Directory holding the captured files"));
    auto *browseDir = new QPushButton(tr("Browse…"), bundle);
    auto *dirRow = new QHBoxLayout;
    dirRow->addWidget(m_bundleDir, 1);
    dirRow->addWidget(browseDir);
    bundleLayout->addRow(tr("Directory:"), dirRow);

    m_pages->addWidget(demo);
    m_pages->addWidget(local);
    m_pages->addWidget(ssh);
    m_pages->addWidget(bundle);

    auto *sos = new QWidget(m_pages);
    auto *sosLayout = new QFormLayout(sos);
    m_sosPath->setPlaceholderText(tr("The .tar.xz sos wrote, or its unpacked directory"));
    auto *browseSos = new QPushButton(tr("Browse…"), sos);
    auto *sosRow = new QHBoxLayout;
    sosRow->addWidget(m_sosPath, 1);
    sosRow->addWidget(browseSos);
    sosLayout->addRow(tr("sosreport:"), sosRow);
    sosLayout->addRow(hint(tr("Mirrors, teams, disks and virtual machines are read from the files sos collected; "
                              "what an sosreport does not hold is said."), sos));
    m_pages->addWidget(sos);
    connect(browseSos, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("Choose sosreport"), m_sosPath->text(),
                                                          tr("sosreports (sosreport-*.tar.xz *.tar.gz *.tar);;All files (*)"));
        if (!file.isEmpty())
            m_sosPath->setText(file);
    });

    m_recent->addItems(recent);
    m_recent->setMaximumHeight(120);

    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #c0392b; }"));
    m_error->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel, this);
    m_open = buttons->button(QDialogButtonBox::Open);

    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    form->addRow(tr("Host:"), m_kind);
    layout->addLayout(form);
    layout->addWidget(m_pages);
    layout->addWidget(m_error);
    if (!recent.isEmpty()) {
        layout->addWidget(new QLabel(tr("Recent hosts:"), this));
        layout->addWidget(m_recent);
    } else {
        m_recent->hide();
    }
    layout->addWidget(buttons);
    resize(480, sizeHint().height());

    connect(m_kind, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_pages->setCurrentIndex(index);
        clearError();
        if (index == SshPage)
            m_sshAddress->setFocus();
        else if (index == BundlePage)
            m_bundleDir->setFocus();
        else if (index == SosPage)
            m_sosPath->setFocus();
    });
    connect(browseKey, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("Choose Identity File"),
                                                          QDir::homePath() + QStringLiteral("/.ssh"));
        if (!file.isEmpty())
            m_identity->setText(file);
    });
    connect(browseDir, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Choose Support Bundle Directory"),
                                                              m_bundleDir->text());
        if (!dir.isEmpty())
            m_bundleDir->setText(dir);
    });
    // Once an error shows, re-check as the user types so it goes away when fixed.
    for (QLineEdit *edit : {m_sshAddress, m_bundleDir, m_sosPath})
        connect(edit, &QLineEdit::textChanged, this, [this] {
            if (!m_error->isHidden())
                validate();
        });
    connect(m_recent, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        setHostText(item->text());
        accept();
    });
    connect(m_recent, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) { setHostText(item->text()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &ConnectDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ConnectDialog::reject);
}

QString ConnectDialog::hostText() const
{
    switch (m_kind->currentIndex()) {
    case DemoPage: return QStringLiteral("demo");
    case LocalPage: return QStringLiteral("local");
    case SshPage: {
        QString text = m_sshAddress->text().trimmed();
        // Let people type "root@host" without the scheme.
        if (!text.isEmpty() && !text.contains(QLatin1String("://")))
            text.prepend(QStringLiteral("ssh://"));
        return text.isEmpty() ? QStringLiteral("ssh://") : text;
    }
    case BundlePage: return QStringLiteral("bundle:") + m_bundleDir->text().trimmed();
    case SosPage: return QStringLiteral("sos:") + m_sosPath->text().trimmed();
    }
    return {};
}

void ConnectDialog::setHostText(const QString &input)
{
    const QString text = input.trimmed();
    if (text == QLatin1String("demo")) {
        m_kind->setCurrentIndex(DemoPage);
    } else if (text == QLatin1String("local")) {
        m_kind->setCurrentIndex(LocalPage);
    } else if (text.startsWith(QLatin1String("bundle:"))) {
        m_kind->setCurrentIndex(BundlePage);
        m_bundleDir->setText(text.mid(7));
    } else if (text.startsWith(QLatin1String("sos:"))) {
        m_kind->setCurrentIndex(SosPage);
        m_sosPath->setText(text.mid(4));
    } else {
        m_kind->setCurrentIndex(SshPage);
        m_sshAddress->setText(text);
    }
}

bool ConnectDialog::validate()
{
    HostSpec spec;
    QString error;
    if (!parseHostSpec(hostText(), &spec, &error)) {
        m_error->setText(error);
        m_error->show();
        return false;
    }
    if (spec.kind == HostSpec::Kind::Ssh)
        spec.identityFile = m_identity->text().trimmed();
    m_spec = spec;
    clearError();
    return true;
}

QString ConnectDialog::errorText() const { return m_error->text(); }

void ConnectDialog::clearError()
{
    m_error->clear();
    m_error->hide();
}

void ConnectDialog::accept()
{
    if (validate())
        QDialog::accept();
}

} // namespace ftc
