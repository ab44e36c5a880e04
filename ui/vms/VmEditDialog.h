#pragma once
// Virtual Machine ▸ Edit Configuration, as the admin site's page of that
// name: memory and vCPUs (pending until a running VM restarts, and said so),
// the CD/DVD (insert an ISO, eject), each network adapter's connection (a
// team's bridge or a libvirt network), another fixed-size disk, rename, and
// delete (its images only when ticked, the name typed). The VM's definition
// and the host's places are read when the dialog opens and again after each
// change; every button makes a plan (VmEdit) that the console previews
// before anything runs.

#include "vms/VmEdit.h"

#include <QDialog>
#include <QPointer>

#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTreeWidget;

namespace ftc {

class HostSession;

class VmEditDialog : public QDialog {
    Q_OBJECT
public:
    VmEditDialog(HostSession *session, const QString &vm, QWidget *parent = nullptr);

    QString vm() const { return m_vm; }
    // The definition and places have been read (and not changed since).
    bool ready() const { return m_configId == 0 && m_placesId == 0 && m_read; }
    const VmConfigReading &config() const { return m_config; }
    QLabel *pendingLabel() const { return m_pending; }
    QSpinBox *memorySpin() const { return m_memory; }
    QSpinBox *vcpuSpin() const { return m_vcpus; }
    QPushButton *resourcesButton() const { return m_resources; }
    QLabel *mediaLabel() const { return m_media; }
    QLineEdit *isoEdit() const { return m_iso; }
    QPushButton *insertButton() const { return m_insert; }
    QPushButton *ejectButton() const { return m_eject; }
    QTreeWidget *nicList() const { return m_nics; }
    QComboBox *connectCombo() const { return m_connectTo; }
    QPushButton *connectButton() const { return m_connect; }
    QComboBox *diskDirCombo() const { return m_diskDir; }
    QSpinBox *diskSizeSpin() const { return m_diskSize; }
    QPushButton *addDiskButton() const { return m_addDisk; }
    QLineEdit *renameEdit() const { return m_rename; }
    QPushButton *renameButton() const { return m_renameButton; }
    QCheckBox *deleteImagesBox() const { return m_deleteImages; }
    QPushButton *deleteButton() const { return m_delete; }
    // Reads the VM's definition and the host's places again.
    void reload();

signals:
    // A plan for the console to preview and, on Apply, run.
    void planRequested(const ftc::Plan &plan);

private:
    void takeConfig(int requestId, const VmConfigReading &reading);
    void takeFacts(int requestId, const VmHostFacts &facts);
    void fill();
    // Asks the host about paths, then makes the plan with the answer.
    void planWithFacts(const QStringList &paths, std::function<Plan(const VmHostFacts &)> make);

    QPointer<HostSession> m_session;
    QString m_vm;
    VmConfigReading m_config;
    VmHostFacts m_places;
    int m_configId = 0;
    int m_placesId = 0;
    int m_factsId = 0;
    bool m_read = false;
    std::function<Plan(const VmHostFacts &)> m_pendingPlan;

    QLabel *m_pending;
    QSpinBox *m_memory, *m_vcpus;
    QPushButton *m_resources;
    QLabel *m_media;
    QLineEdit *m_iso;
    QPushButton *m_insert, *m_eject;
    QTreeWidget *m_nics;
    QComboBox *m_connectTo;
    QPushButton *m_connect;
    QComboBox *m_diskDir;
    QSpinBox *m_diskSize;
    QPushButton *m_addDisk;
    QLineEdit *m_rename;
    QPushButton *m_renameButton;
    QCheckBox *m_deleteImages;
    QPushButton *m_delete;
};

} // namespace ftc
