#pragma once
// The Teaming Wizard, as PROSet had it: choose the team type (with a picture
// of what it survives), the adapters (with Identify Adapter), the name and
// the address, then review the plan and build the team. The plan comes from
// TeamPlanner with what the host says about its network right then
// (HostSession::readNetFacts); applying it arms the host's own rollback, and
// the last page follows the change until it is confirmed or rolled back.

#include "network/TeamPlanner.h"

#include <QPointer>
#include <QWizard>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QTreeWidget;

namespace ftc {

class HostSession;
class PlanView;
class TeamDiagram;

class TeamWizard : public QWizard {
    Q_OBJECT
public:
    enum PageId { TypePage, MembersPage, SettingsPage, ReviewPage, ApplyPage };

    // preselected: adapters ticked at the start (the ones selected in the tree).
    TeamWizard(HostSession *session, const QStringList &preselected = {}, QWidget *parent = nullptr);

    void setType(TeamType type);
    TeamType type() const;
    TeamDiagram *diagram() const { return m_diagram; }
    QTreeWidget *adapterList() const { return m_adapters; }
    // Ticks or clears an adapter; false when it is not listed or cannot be teamed.
    bool setMemberChecked(const QString &adapter, bool on);
    QStringList members() const;
    QComboBox *primaryBox() const { return m_primary; }
    QLabel *rulesLabel() const { return m_rules; }
    QPushButton *identifyButton() const { return m_identify; }
    QLabel *identifyLabel() const { return m_identifyText; }
    QLineEdit *nameEdit() const { return m_name; }
    void setIpMode(TeamIpSettings::Mode mode);
    QLineEdit *addressEdit() const { return m_address; }
    QLineEdit *gatewayEdit() const { return m_gateway; }
    QCheckBox *vmBridgeBox() const { return m_vmBridge; }
    QSpinBox *rollbackBox() const { return m_rollback; }
    // Whether the host's network facts have arrived (the settings page waits).
    bool factsReady() const { return m_factsId == 0 && m_facts.read; }
    const NetChange &change() const { return m_change; }
    PlanView *planView() const { return m_planView; }
    QLabel *summaryLabel() const { return m_summary; }
    QListWidget *stepList() const { return m_steps; }
    QString resultText() const;
    bool finished() const { return m_finished; }
    // Refused while a change runs: the window stays to say how it ends.
    void reject() override;

signals:
    // The team was built and confirmed.
    void teamBuilt(const QString &bond);

private:
    friend class TeamTypePage;
    friend class TeamMembersPage;
    friend class TeamSettingsPage;
    friend class TeamReviewPage;
    friend class TeamApplyPage;

    QWizardPage *buildTypePage();
    void fillAdapters(const QStringList &preselected);
    void updateRules();
    void updateDiagram();
    void updatePrimary();
    TeamRequest request() const;
    TeamBuild build() const;
    void readFacts();
    void updateAddressChoice();
    void computePlan();
    void runChange();
    void identify();

    QPointer<HostSession> m_session;
    HostSnapshotPtr m_snapshot;
    QButtonGroup *m_types = nullptr;
    TeamDiagram *m_diagram = nullptr;
    QLabel *m_typeText = nullptr;
    QTreeWidget *m_adapters = nullptr;
    QComboBox *m_primary = nullptr;
    QLabel *m_rules = nullptr;
    QPushButton *m_identify = nullptr;
    QLabel *m_identifyText = nullptr;
    int m_identifyId = 0;
    QLineEdit *m_name = nullptr;
    QRadioButton *m_takeOver = nullptr;
    QRadioButton *m_dhcp = nullptr;
    QRadioButton *m_static = nullptr;
    QRadioButton *m_none = nullptr;
    QLineEdit *m_address = nullptr;
    QLineEdit *m_gateway = nullptr;
    QCheckBox *m_vmBridge = nullptr;
    QLineEdit *m_bridgeName = nullptr;
    QSpinBox *m_rollback = nullptr;
    QLabel *m_factsText = nullptr;
    int m_factsId = 0;
    NetFacts m_facts;
    NetChange m_change;
    QLabel *m_summary = nullptr;
    PlanView *m_planView = nullptr;
    QListWidget *m_steps = nullptr;
    QLabel *m_progress = nullptr;
    QLabel *m_result = nullptr;
    bool m_running = false;
    bool m_finished = false;
};

} // namespace ftc
