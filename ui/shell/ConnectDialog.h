#pragma once
// File ▸ Open host…: the demo host, this machine, an SSH host (with an optional
// identity file) or a support bundle directory, plus the recently opened hosts.
// The address is checked with parseHostSpec before the dialog closes, and its
// error is shown under the field rather than in a popup.

#include "session/HostSpec.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QStackedWidget;

namespace ftc {

class ConnectDialog : public QDialog {
    Q_OBJECT
public:
    explicit ConnectDialog(const QStringList &recent, QWidget *parent = nullptr);

    // The address as parseHostSpec reads it ("demo", "ssh://u@h:2222", "bundle:/x").
    QString hostText() const;
    // Fills the fields from an address, choosing the matching kind.
    void setHostText(const QString &text);
    // Parses the address; on failure shows the error inline and returns false.
    bool validate();
    QString errorText() const;
    HostSpec spec() const { return m_spec; }

    void accept() override;

private:
    enum Page { DemoPage, LocalPage, SshPage, BundlePage, SosPage };
    void clearError();

    QComboBox *m_kind;
    QStackedWidget *m_pages;
    QLineEdit *m_sshAddress;
    QLineEdit *m_identity;
    QLineEdit *m_bundleDir;
    QLineEdit *m_sosPath;
    QListWidget *m_recent;
    QLabel *m_error;
    QPushButton *m_open;
    HostSpec m_spec;
};

} // namespace ftc
