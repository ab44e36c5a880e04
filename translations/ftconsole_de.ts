<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>ftc::AddDiskWizard</name>
    <message>
        <location filename="../ui/storage/AddDiskWizard.cpp" line="59"/>
        <source>No confirmation is needed for this plan.</source>
        <translation>Für diesen Plan ist keine Bestätigung nötig.</translation>
    </message>
    <message>
        <location filename="../ui/storage/AddDiskWizard.cpp" line="99"/>
        <source>Add Physical Disk to Virtual Disk</source>
        <translation>Physische Festplatte zu virtueller Festplatte hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/storage/AddDiskWizard.cpp" line="114"/>
        <source>What should %1 become?</source>
        <translation>Was soll aus %1 werden?</translation>
    </message>
    <message>
        <location filename="../ui/storage/AddDiskWizard.cpp" line="115"/>
        <source>Complete a virtual disk that runs on one disk, or start a new one.</source>
        <translation>Vervollständigen Sie eine virtuelle Festplatte, die auf nur einer Festplatte läuft, oder legen Sie eine neue an.</translation>
    </message>
    <message>
        <location filename="../ui/storage/AddDiskWizard.cpp" line="116"/>
        <source>&amp;Add %1 to this virtual disk:</source>
        <translation>%1 zu dieser virtuellen Festplatte &amp;hinzufügen:</translation>
    </message>
    <message>
        <location filename="../ui/storage/AddDiskWizard.cpp" line="117"/>
        <source>Create a &amp;new virtual disk on %1; add its second disk later</source>
        <translation>&amp;Neue virtuelle Festplatte auf %1 anlegen; die zweite Festplatte später hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/storage/AddDiskWizard.cpp" line="122"/>
        <source>Virtual disk</source>
        <translation>Virtuelle Festplatte</translation>
    </message>
    <message>
        <location filename="../ui/storage/AddDiskWizard.cpp" line="122"/>
        <location filename="../ui/storage/AddDiskWizard.cpp" line="134"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../ui/storage/AddDiskWizard.cpp" line="122"/>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <location filename="../ui/storage/AddDiskWizard.cpp" line="122"/>
        <location filename="../ui/storage/AddDiskWizard.cpp" line="134"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../ui/storage/AddDiskWizard.cpp" line="131"/>
        <source>Which physical disk should join %1?</source>
        <translation>Welche physische Festplatte soll %1 beitreten?</translation>
    </message>
    <message>
        <location filename="../ui/storage/AddDiskWizard.cpp" line="132"/>
        <source>Pick an unconfigured disk in the other module, in the slot that corresponds to the working disk, at least as large as the virtual disk.</source>
        <translation>Wählen Sie eine nicht konfigurierte Festplatte im anderen Modul, im Steckplatz, der dem der arbeitenden Festplatte entspricht, und mindestens so groß wie die virtuelle Festplatte.</translation>
    </message>
    <message>
        <location filename="../ui/storage/AddDiskWizard.cpp" line="134"/>
        <source>Disk</source>
        <translation>Festplatte</translation>
    </message>
    <message>
        <location filename="../ui/storage/AddDiskWizard.cpp" line="134"/>
        <source>Module</source>
        <translation>Modul</translation>
    </message>
    <message>
        <location filename="../ui/storage/AddDiskWizard.cpp" line="134"/>
        <source>Slot</source>
        <translation>Steckplatz</translation>
    </message>
    <message>
        <location filename="../ui/storage/AddDiskWizard.cpp" line="134"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../ui/storage/AddDiskWizard.cpp" line="143"/>
        <source>Review the plan</source>
        <translation>Plan prüfen</translation>
    </message>
    <message>
        <location filename="../ui/storage/AddDiskWizard.cpp" line="152"/>
        <source>Confirm</source>
        <translation>Bestätigen</translation>
    </message>
    <message>
        <location filename="../ui/storage/AddDiskWizard.cpp" line="153"/>
        <source>The commands run as soon as you press Apply.</source>
        <translation>Die Befehle laufen, sobald Sie auf Anwenden klicken.</translation>
    </message>
    <message>
        <location filename="../ui/storage/AddDiskWizard.cpp" line="155"/>
        <source>&amp;Apply</source>
        <translation>&amp;Anwenden</translation>
    </message>
    <message>
        <location filename="../ui/storage/AddDiskWizard.cpp" line="171"/>
        <source>Applying</source>
        <translation>Wird angewendet</translation>
    </message>
    <message>
        <location filename="../ui/storage/AddDiskWizard.cpp" line="172"/>
        <source>Each step&apos;s result appears as it finishes; a failed step stops the plan.</source>
        <translation>Das Ergebnis jedes Schritts erscheint, sobald er fertig ist; ein fehlgeschlagener Schritt hält den Plan an.</translation>
    </message>
    <message>
        <location filename="../ui/storage/AddDiskWizard.cpp" line="182"/>
        <source>&amp;Stop After This Step</source>
        <translation>&amp;Nach diesem Schritt anhalten</translation>
    </message>
    <message>
        <location filename="../ui/storage/AddDiskWizard.cpp" line="184"/>
        <source>The step that is running finishes; no further step starts</source>
        <translation>Der laufende Schritt wird beendet; kein weiterer Schritt beginnt</translation>
    </message>
    <message>
        <location filename="../ui/storage/AddDiskWizard.cpp" line="191"/>
        <source>Stopping after the step that is running…</source>
        <translation>Wird nach dem laufenden Schritt angehalten …</translation>
    </message>
    <message>
        <location filename="../ui/storage/AddDiskWizard.cpp" line="223"/>
        <source>It sits in module %1, slot %2.</source>
        <translation>Sie steckt in Modul %1, Steckplatz %2.</translation>
    </message>
    <message>
        <location filename="../ui/storage/AddDiskWizard.cpp" line="224"/>
        <source>It sits in module %1.</source>
        <translation>Sie steckt in Modul %1.</translation>
    </message>
    <message>
        <location filename="../ui/storage/AddDiskWizard.cpp" line="226"/>
        <source>%1 reports no serial number. To confirm that %1 is the disk to overwrite, type its device path, /dev/%1.</source>
        <translation>%1 meldet keine Seriennummer. Geben Sie zur Bestätigung, dass %1 die zu überschreibende Festplatte ist, ihren Gerätepfad /dev/%1 ein.</translation>
    </message>
    <message>
        <location filename="../ui/storage/AddDiskWizard.cpp" line="228"/>
        <source>Everything on %1 will be overwritten. Read the serial number on the label of the physical disk (it is also in the disk&apos;s properties) and type it to confirm. %2</source>
        <translation>Alles auf %1 wird überschrieben. Lesen Sie die Seriennummer vom Etikett der physischen Festplatte ab (sie steht auch in den Eigenschaften der Festplatte) und geben Sie sie zur Bestätigung ein. %2</translation>
    </message>
    <message>
        <location filename="../ui/storage/AddDiskWizard.cpp" line="244"/>
        <source>(missing)</source>
        <translation>(fehlt)</translation>
    </message>
    <message>
        <location filename="../ui/storage/AddDiskWizard.cpp" line="249"/>
        <source>%1 (module %2, slot %3)</source>
        <translation>%1 (Modul %2, Steckplatz %3)</translation>
    </message>
    <message>
        <location filename="../ui/storage/AddDiskWizard.cpp" line="323"/>
        <source>No information from the host yet</source>
        <translation>Noch keine Informationen vom Host</translation>
    </message>
    <message>
        <location filename="../ui/storage/AddDiskWizard.cpp" line="324"/>
        <source>The host has not answered yet: wait for the first refresh, then try again.</source>
        <translation>Der Host hat noch nicht geantwortet: Warten Sie die erste Aktualisierung ab und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../ui/storage/AddDiskWizard.cpp" line="331"/>
        <source>Checking %1 on the host…</source>
        <translation>%1 wird auf dem Host geprüft …</translation>
    </message>
    <message>
        <location filename="../ui/storage/AddDiskWizard.cpp" line="333"/>
        <source>Asking %1 itself what it holds: signatures, partitions, holders, mounts, and the disks of every virtual machine.</source>
        <translation>%1 selbst wird gefragt, was sie enthält: Signaturen, Partitionen, Nutzer (holders), Einhängepunkte und die Festplatten jeder virtuellen Maschine.</translation>
    </message>
    <message>
        <location filename="../ui/storage/AddDiskWizard.cpp" line="350"/>
        <source>The host could not be asked what this account may run.</source>
        <translation>Der Host konnte nicht gefragt werden, was dieses Konto ausführen darf.</translation>
    </message>
    <message>
        <location filename="../ui/storage/AddDiskWizard.cpp" line="389"/>
        <source>Nothing has been changed yet. Check the commands below, then continue.</source>
        <translation>Noch wurde nichts geändert. Prüfen Sie die Befehle unten und fahren Sie dann fort.</translation>
    </message>
    <message>
        <location filename="../ui/storage/AddDiskWizard.cpp" line="390"/>
        <source>This cannot be done as things are: fix what is listed below, or go Back and choose differently.</source>
        <translation>So ist das nicht möglich: Beheben Sie die unten genannten Punkte oder gehen Sie zurück und wählen Sie anders.</translation>
    </message>
    <message>
        <location filename="../ui/storage/AddDiskWizard.cpp" line="402"/>
        <source>The host was closed: nothing was changed.</source>
        <translation>Der Host wurde geschlossen: Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../ui/storage/AddDiskWizard.cpp" line="410"/>
        <source>Applying…</source>
        <translation>Wird angewendet…</translation>
    </message>
    <message>
        <location filename="../ui/storage/AddDiskWizard.cpp" line="423"/>
        <source>%1: done</source>
        <translation>%1: erledigt</translation>
    </message>
    <message>
        <location filename="../ui/storage/AddDiskWizard.cpp" line="423"/>
        <source>%1: failed: %2</source>
        <translation>%1: fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../ui/storage/AddDiskWizard.cpp" line="439"/>
        <source>Done.</source>
        <translation>Fertig.</translation>
    </message>
    <message>
        <location filename="../ui/storage/AddDiskWizard.cpp" line="445"/>
        <source>The plan failed.</source>
        <translation>Der Plan ist fehlgeschlagen.</translation>
    </message>
    <message>
        <location filename="../ui/storage/AddDiskWizard.cpp" line="445"/>
        <source>The plan was stopped.</source>
        <translation>Der Plan wurde angehalten.</translation>
    </message>
    <message>
        <location filename="../ui/storage/AddDiskWizard.cpp" line="447"/>
        <source>Every step&apos;s command and output are in Host ▸ Operation History.</source>
        <translation>Befehl und Ausgabe jedes Schritts stehen unter Host ▸ Vorgangsverlauf.</translation>
    </message>
</context>
<context>
    <name>ftc::CheckMarks</name>
    <message>
        <location filename="../ui/host/CheckMarks.cpp" line="72"/>
        <source>1 error</source>
        <translation>1 Fehler</translation>
    </message>
    <message>
        <location filename="../ui/host/CheckMarks.cpp" line="72"/>
        <source>%1 errors</source>
        <translation>%1 Fehler</translation>
    </message>
    <message>
        <location filename="../ui/host/CheckMarks.cpp" line="74"/>
        <source>1 warning</source>
        <translation>1 Warnung</translation>
    </message>
    <message>
        <location filename="../ui/host/CheckMarks.cpp" line="74"/>
        <source>%1 warnings</source>
        <translation>%1 Warnungen</translation>
    </message>
    <message>
        <location filename="../ui/host/CheckMarks.cpp" line="76"/>
        <source>%1 unknown</source>
        <translation>%1 unbekannt</translation>
    </message>
    <message>
        <location filename="../ui/host/CheckMarks.cpp" line="77"/>
        <source>All passed</source>
        <translation>Alle bestanden</translation>
    </message>
    <message>
        <location filename="../ui/host/CheckMarks.cpp" line="82"/>
        <source>Checks</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <location filename="../ui/host/CheckMarks.cpp" line="85"/>
        <source>The guide&apos;s post-installation checks, from the host&apos;s live state</source>
        <translation>Die Prüfungen nach der Installation aus der Anleitung, anhand des aktuellen Zustands des Hosts</translation>
    </message>
    <message>
        <location filename="../ui/host/CheckMarks.cpp" line="92"/>
        <source>Setup</source>
        <translation>Einrichtung</translation>
    </message>
    <message>
        <location filename="../ui/host/CheckMarks.cpp" line="95"/>
        <source>%1 of %2 done</source>
        <translation>%1 von %2 erledigt</translation>
    </message>
    <message>
        <location filename="../ui/host/CheckMarks.cpp" line="96"/>
        <source>The guide&apos;s setup steps, ticked from the host&apos;s live state</source>
        <translation>Die Einrichtungsschritte aus der Anleitung, abgehakt anhand des aktuellen Zustands des Hosts</translation>
    </message>
</context>
<context>
    <name>ftc::Checks</name>
    <message>
        <location filename="../backend/checks/CheckFacts.cpp" line="36"/>
        <source>%1 was not run</source>
        <translation>%1 wurde nicht ausgeführt</translation>
    </message>
    <message>
        <location filename="../backend/checks/CheckFacts.cpp" line="38"/>
        <source>%1 did not finish (%2)</source>
        <translation>%1 wurde nicht abgeschlossen (%2)</translation>
    </message>
    <message>
        <location filename="../backend/checks/CheckFacts.cpp" line="40"/>
        <source>%1 is not installed on the host</source>
        <translation>%1 ist auf dem Host nicht installiert</translation>
    </message>
    <message>
        <location filename="../backend/checks/CheckFacts.cpp" line="42"/>
        <source>%1 failed (exit %2)</source>
        <translation>%1 ist fehlgeschlagen (Exit-Code %2)</translation>
    </message>
    <message>
        <location filename="../backend/checks/CheckFacts.cpp" line="42"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../backend/checks/CheckFacts.cpp" line="149"/>
        <source>systemctl show printed RuntimeWatchdogUSec=%1, which is not a time span</source>
        <translation>systemctl show hat RuntimeWatchdogUSec=%1 ausgegeben, was keine Zeitspanne ist</translation>
    </message>
    <message>
        <location filename="../backend/checks/CheckFacts.cpp" line="217"/>
        <source>qemu-img info printed no JSON object (%1)</source>
        <translation>qemu-img info hat kein JSON-Objekt ausgegeben (%1)</translation>
    </message>
    <message>
        <location filename="../backend/checks/CheckFacts.cpp" line="291"/>
        <source>the host did not answer</source>
        <translation>der Host hat nicht geantwortet</translation>
    </message>
    <message>
        <location filename="../backend/checks/CheckFacts.cpp" line="339"/>
        <source>the capture holds none of the checks&apos; facts</source>
        <translation>die Erfassung enthält keine der Daten für die Prüfungen</translation>
    </message>
    <message>
        <location filename="../backend/checks/CheckFacts.cpp" line="347"/>
        <source>not in the capture</source>
        <translation>nicht in der Erfassung</translation>
    </message>
    <message>
        <location filename="../backend/checks/CheckText.cpp" line="21"/>
        <source>Storage</source>
        <translation>Datenträger</translation>
    </message>
    <message>
        <location filename="../backend/checks/CheckText.cpp" line="23"/>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <location filename="../backend/checks/CheckText.cpp" line="25"/>
        <source>Virtual machines</source>
        <translation>Virtuelle Maschinen</translation>
    </message>
    <message>
        <location filename="../backend/checks/CheckText.cpp" line="27"/>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <location filename="../backend/checks/CheckText.cpp" line="34"/>
        <source>INFO</source>
        <translation>INFO</translation>
    </message>
    <message>
        <location filename="../backend/checks/CheckText.cpp" line="35"/>
        <source>UNKNOWN</source>
        <translation>UNBEKANNT</translation>
    </message>
    <message>
        <location filename="../backend/checks/CheckText.cpp" line="36"/>
        <source>WARNING</source>
        <translation>WARNUNG</translation>
    </message>
    <message>
        <location filename="../backend/checks/CheckText.cpp" line="37"/>
        <source>ERROR</source>
        <translation>FEHLER</translation>
    </message>
    <message>
        <location filename="../backend/checks/CheckText.cpp" line="44"/>
        <source>Checks of %1 (%2), %3
</source>
        <translation>Prüfungen von %1 (%2), %3
</translation>
    </message>
    <message>
        <location filename="../backend/checks/CheckText.cpp" line="61"/>
        <source>OK: nothing found</source>
        <translation>OK: nichts gefunden</translation>
    </message>
    <message>
        <location filename="../backend/checks/CheckText.cpp" line="68"/>
        <source>Remedy: %1</source>
        <translation>Abhilfe: %1</translation>
    </message>
    <message>
        <location filename="../backend/checks/CheckText.cpp" line="72"/>
        <source>%1 errors, %2 warnings, %3 unknown, %4 notes.</source>
        <translation>%1 Fehler, %2 Warnungen, %3 unbekannt, %4 Hinweise.</translation>
    </message>
    <message>
        <location filename="../backend/checks/HostChecks.cpp" line="18"/>
        <source>not read (a capture holds no such facts)</source>
        <translation>nicht gelesen (eine Erfassung enthält keine solchen Daten)</translation>
    </message>
    <message>
        <location filename="../backend/checks/HostChecks.cpp" line="38"/>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <location filename="../backend/checks/HostChecks.cpp" line="42"/>
        <source>Not checked</source>
        <translation>Nicht geprüft</translation>
    </message>
    <message>
        <location filename="../backend/checks/HostChecks.cpp" line="42"/>
        <location filename="../backend/checks/VmChecks.cpp" line="94"/>
        <location filename="../backend/checks/VmChecks.cpp" line="120"/>
        <source>Open the live host to check it.</source>
        <translation>Öffnen Sie den Host direkt, um dies zu prüfen.</translation>
    </message>
    <message>
        <location filename="../backend/checks/HostChecks.cpp" line="47"/>
        <location filename="../backend/checks/SetupSteps.cpp" line="27"/>
        <source>Boot monitoring (hardware watchdog)</source>
        <translation>Boot-Überwachung (Hardware-Watchdog)</translation>
    </message>
    <message>
        <location filename="../backend/checks/HostChecks.cpp" line="48"/>
        <source>Check `systemctl show -p RuntimeWatchdogUSec` and /sys/class/watchdog on the host.</source>
        <translation>Prüfen Sie `systemctl show -p RuntimeWatchdogUSec` und /sys/class/watchdog auf dem Host.</translation>
    </message>
    <message>
        <location filename="../backend/checks/HostChecks.cpp" line="51"/>
        <source>The host has no hardware watchdog: a hung host is not restarted.</source>
        <translation>Der Host hat keinen Hardware-Watchdog: Ein hängender Host wird nicht neu gestartet.</translation>
    </message>
    <message>
        <location filename="../backend/checks/HostChecks.cpp" line="52"/>
        <source>Turn on the board&apos;s watchdog in the firmware setup, or load its driver (e.g. iTCO_wdt, ipmi_watchdog).</source>
        <translation>Schalten Sie den Watchdog der Hauptplatine im Firmware-Setup ein oder laden Sie seinen Treiber (z. B. iTCO_wdt, ipmi_watchdog).</translation>
    </message>
    <message>
        <location filename="../backend/checks/HostChecks.cpp" line="56"/>
        <source>The hardware watchdog (%1) is not used: a hung host is not restarted.</source>
        <translation>Der Hardware-Watchdog (%1) wird nicht genutzt: Ein hängender Host wird nicht neu gestartet.</translation>
    </message>
    <message>
        <location filename="../backend/checks/HostChecks.cpp" line="58"/>
        <source>Set RuntimeWatchdogSec=30s in a file under /etc/systemd/system.conf.d/ and run systemctl daemon-reexec.</source>
        <translation>Setzen Sie RuntimeWatchdogSec=30s in einer Datei unter /etc/systemd/system.conf.d/ und führen Sie systemctl daemon-reexec aus.</translation>
    </message>
    <message>
        <location filename="../backend/checks/HostChecks.cpp" line="63"/>
        <source>Automatic updates</source>
        <translation>Automatische Updates</translation>
    </message>
    <message>
        <location filename="../backend/checks/HostChecks.cpp" line="64"/>
        <source>Check whether unattended-upgrades or dnf-automatic install updates on the host.</source>
        <translation>Prüfen Sie, ob unattended-upgrades oder dnf-automatic auf dem Host Updates installieren.</translation>
    </message>
    <message>
        <location filename="../backend/checks/HostChecks.cpp" line="67"/>
        <source>The host installs updates by itself (%1): an update can restart services or the host while the VMs run.</source>
        <translation>Der Host installiert Updates selbstständig (%1): Ein Update kann Dienste oder den Host neu starten, während die VMs laufen.</translation>
    </message>
    <message>
        <location filename="../backend/checks/HostChecks.cpp" line="70"/>
        <source>Set APT::Periodic::Unattended-Upgrade &quot;0&quot; in /etc/apt/apt.conf.d/20auto-upgrades and install updates in a maintenance window.</source>
        <translation>Setzen Sie APT::Periodic::Unattended-Upgrade &quot;0&quot; in /etc/apt/apt.conf.d/20auto-upgrades und installieren Sie Updates in einem Wartungsfenster.</translation>
    </message>
    <message>
        <location filename="../backend/checks/HostChecks.cpp" line="72"/>
        <source>Disable %1 and install updates in a maintenance window.</source>
        <translation>Deaktivieren Sie %1 und installieren Sie Updates in einem Wartungsfenster.</translation>
    </message>
    <message>
        <location filename="../backend/checks/HostChecks.cpp" line="85"/>
        <source>%1 scans files as they are opened, and the VM image directories %2 are not excluded: every guest write is scanned.</source>
        <translation>%1 scannt Dateien beim Öffnen, und die VM-Image-Verzeichnisse %2 sind nicht ausgenommen: Jeder Schreibvorgang eines Gasts wird gescannt.</translation>
    </message>
    <message>
        <location filename="../backend/checks/HostChecks.cpp" line="87"/>
        <source>Add OnAccessExcludePath lines for them to /etc/clamav/clamd.conf and restart clamav-clamonacc.</source>
        <translation>Fügen Sie für sie Zeilen mit OnAccessExcludePath zu /etc/clamav/clamd.conf hinzu und starten Sie clamav-clamonacc neu.</translation>
    </message>
    <message>
        <location filename="../backend/checks/HostChecks.cpp" line="92"/>
        <source>Power supplies</source>
        <translation>Netzteile</translation>
    </message>
    <message>
        <location filename="../backend/checks/HostChecks.cpp" line="93"/>
        <source>Install ipmitool and give the console&apos;s account sudo rights for it, or check the supplies on the server&apos;s management board.</source>
        <translation>Installieren Sie ipmitool und geben Sie dem Konto der Konsole sudo-Rechte dafür, oder prüfen Sie die Netzteile über das Management-Board des Servers.</translation>
    </message>
    <message>
        <location filename="../backend/checks/HostChecks.cpp" line="97"/>
        <source>A power supply reports a fault: %1.</source>
        <translation>Ein Netzteil meldet einen Fehler: %1.</translation>
    </message>
    <message>
        <location filename="../backend/checks/HostChecks.cpp" line="98"/>
        <source>Check its power cord and input; replace the supply if the fault stays.</source>
        <translation>Prüfen Sie sein Netzkabel und seine Stromzufuhr; tauschen Sie das Netzteil aus, wenn der Fehler bestehen bleibt.</translation>
    </message>
    <message>
        <location filename="../backend/checks/HostChecks.cpp" line="101"/>
        <source>The host has %1 power supply: losing it or its input stops the host.</source>
        <translation>Der Host hat %1 Netzteil: Fällt es oder seine Stromzufuhr aus, steht der Host still.</translation>
    </message>
    <message>
        <location filename="../backend/checks/HostChecks.cpp" line="102"/>
        <source>Fit a second supply and connect the two to different circuits (A and B).</source>
        <translation>Bauen Sie ein zweites Netzteil ein und schließen Sie beide an verschiedene Stromkreise (A und B) an.</translation>
    </message>
    <message>
        <location filename="../backend/checks/HostChecks.cpp" line="105"/>
        <source>UPS</source>
        <translation>USV</translation>
    </message>
    <message>
        <location filename="../backend/checks/HostChecks.cpp" line="105"/>
        <source>Install nut-client and configure the UPS in /etc/nut.</source>
        <translation>Installieren Sie nut-client und konfigurieren Sie die USV in /etc/nut.</translation>
    </message>
    <message>
        <location filename="../backend/checks/HostChecks.cpp" line="108"/>
        <source>No UPS is configured (upsc -l lists none): a power cut stops the host without a clean shutdown.</source>
        <translation>Es ist keine USV konfiguriert (upsc -l listet keine auf): Ein Stromausfall stoppt den Host ohne sauberes Herunterfahren.</translation>
    </message>
    <message>
        <location filename="../backend/checks/HostChecks.cpp" line="110"/>
        <source>Connect the host to a UPS and configure it in /etc/nut.</source>
        <translation>Schließen Sie den Host an eine USV an und konfigurieren Sie sie in /etc/nut.</translation>
    </message>
    <message>
        <location filename="../backend/checks/NetworkChecks.cpp" line="31"/>
        <source>Adapter %1 is not in a team: its link is a single point of failure.</source>
        <translation>Adapter %1 ist in keinem Team: Seine Verbindung ist ein Single Point of Failure.</translation>
    </message>
    <message>
        <location filename="../backend/checks/NetworkChecks.cpp" line="32"/>
        <source>Team it with an adapter of the other module (Network ▸ New Team).</source>
        <translation>Bündeln Sie ihn mit einem Adapter des anderen Moduls (Netzwerk ▸ Neues Team).</translation>
    </message>
    <message>
        <location filename="../backend/checks/NetworkChecks.cpp" line="40"/>
        <source>All adapters of %1 are in module %2.</source>
        <translation>Alle Adapter von %1 stecken in Modul %2.</translation>
    </message>
    <message>
        <location filename="../backend/checks/NetworkChecks.cpp" line="41"/>
        <source>Team adapters of different modules (1+3, 2+4) so a module can fail.</source>
        <translation>Bündeln Sie Adapter verschiedener Module (1+3, 2+4), damit ein Modul ausfallen kann.</translation>
    </message>
    <message>
        <location filename="../backend/checks/NetworkChecks.cpp" line="44"/>
        <source>%1 is a Switch Fault Tolerance team with %2 adapters; it needs exactly two, one per switch.</source>
        <translation>%1 ist ein Team mit Switch-Fehlertoleranz und %2 Adaptern; es braucht genau zwei, einen pro Switch.</translation>
    </message>
    <message>
        <location filename="../backend/checks/NetworkChecks.cpp" line="46"/>
        <source>Add or remove adapters of %1 until it has two, one on each switch.</source>
        <translation>Fügen Sie %1 Adapter hinzu oder entfernen Sie welche, bis es zwei hat, an jedem Switch einen.</translation>
    </message>
    <message>
        <location filename="../backend/checks/NetworkChecks.cpp" line="53"/>
        <source>Every adapter of %1 has lost its link (%2): the team carries nothing.</source>
        <translation>Alle Adapter von %1 haben ihre Verbindung verloren (%2): Das Team überträgt nichts.</translation>
    </message>
    <message>
        <location filename="../backend/checks/NetworkChecks.cpp" line="55"/>
        <source>Check the cables and the switch ports of %1.</source>
        <translation>Prüfen Sie die Kabel und die Switch-Ports von %1.</translation>
    </message>
    <message>
        <location filename="../backend/checks/NetworkChecks.cpp" line="58"/>
        <source>%1 runs without redundancy: %2 has no link.</source>
        <translation>%1 läuft ohne Redundanz: %2 hat keine Verbindung.</translation>
    </message>
    <message>
        <location filename="../backend/checks/NetworkChecks.cpp" line="59"/>
        <source>Check the cable and the switch port of %1.</source>
        <translation>Prüfen Sie das Kabel und den Switch-Port von %1.</translation>
    </message>
    <message>
        <location filename="../backend/checks/NetworkChecks.cpp" line="69"/>
        <source>%1 reach the network through %2, which no team carries.</source>
        <translation>%1 erreichen das Netzwerk über %2, die von keinem Team getragen wird.</translation>
    </message>
    <message>
        <location filename="../backend/checks/NetworkChecks.cpp" line="71"/>
        <source>Connect their NICs to the bridge over a team (the Teaming Wizard&apos;s &quot;Virtual machines use this team&quot;).</source>
        <translation>Schließen Sie ihre Netzwerkkarten an die Bridge über einem Team an („Virtuelle Maschinen nutzen dieses Team“ im Teaming-Assistenten).</translation>
    </message>
    <message>
        <location filename="../backend/checks/NetworkChecks.cpp" line="76"/>
        <source>No team carries the virtual machines&apos; traffic: none has a bridge for them.</source>
        <translation>Kein Team überträgt den Datenverkehr der virtuellen Maschinen: Keines hat eine Bridge für sie.</translation>
    </message>
    <message>
        <location filename="../backend/checks/NetworkChecks.cpp" line="77"/>
        <source>Put a bridge over the team for the VMs (the Teaming Wizard&apos;s &quot;Virtual machines use this team&quot;), then connect the VMs&apos; NICs to that bridge.</source>
        <translation>Legen Sie für die VMs eine Bridge über das Team („Virtuelle Maschinen nutzen dieses Team“ im Teaming-Assistenten) und schließen Sie dann die Netzwerkkarten der VMs an diese Bridge an.</translation>
    </message>
    <message>
        <location filename="../backend/checks/NetworkChecks.cpp" line="81"/>
        <source>The host has no adapter team: one cable, adapter or switch port takes its network down.</source>
        <translation>Der Host hat kein Adapter-Team: Ein einziges Kabel, ein Adapter oder ein Switch-Port legt sein Netzwerk lahm.</translation>
    </message>
    <message>
        <location filename="../backend/checks/NetworkChecks.cpp" line="82"/>
        <source>Build a team of two adapters of different modules (Network ▸ New Team).</source>
        <translation>Bilden Sie ein Team aus zwei Adaptern verschiedener Module (Netzwerk ▸ Neues Team).</translation>
    </message>
    <message>
        <location filename="../backend/checks/StorageChecks.cpp" line="29"/>
        <source>%1 is Syncing (%2 %): it has a second copy once the sync ends.</source>
        <translation>%1 ist im Zustand Syncing (%2 %): Nach Abschluss der Synchronisation hat sie eine zweite Kopie.</translation>
    </message>
    <message>
        <location filename="../backend/checks/StorageChecks.cpp" line="30"/>
        <source>Nothing to do: keep both disks in until %1 is Duplex.</source>
        <translation>Nichts zu tun: Lassen Sie beide Festplatten eingesteckt, bis %1 Duplex ist.</translation>
    </message>
    <message>
        <location filename="../backend/checks/StorageChecks.cpp" line="35"/>
        <source>%1 of %2 members of %3 work</source>
        <translation>%1 von %2 Mitgliedern von %3 arbeiten</translation>
    </message>
    <message>
        <location filename="../backend/checks/StorageChecks.cpp" line="38"/>
        <source>%1 (Simplex): it has no redundancy left, one more failure loses its data.</source>
        <translation>%1 (Simplex): Es ist keine Redundanz mehr übrig; ein weiterer Ausfall führt zu Datenverlust.</translation>
    </message>
    <message>
        <location filename="../backend/checks/StorageChecks.cpp" line="39"/>
        <source>Add a disk of at least the same size from the other module to %1.</source>
        <translation>Fügen Sie %1 eine mindestens gleich große Festplatte aus dem anderen Modul hinzu.</translation>
    </message>
    <message>
        <location filename="../backend/checks/StorageChecks.cpp" line="42"/>
        <source>%1 (degraded): it survives %2 more failed member(s).</source>
        <translation>%1 (beeinträchtigt): Es übersteht noch %2 weitere ausgefallene Mitglieder.</translation>
    </message>
    <message>
        <location filename="../backend/checks/StorageChecks.cpp" line="43"/>
        <source>%1 (degraded).</source>
        <translation>%1 (beeinträchtigt).</translation>
    </message>
    <message>
        <location filename="../backend/checks/StorageChecks.cpp" line="44"/>
        <source>Replace the failed member of %1 with a disk of at least the same size.</source>
        <translation>Ersetzen Sie das ausgefallene Mitglied von %1 durch eine mindestens gleich große Festplatte.</translation>
    </message>
    <message>
        <location filename="../backend/checks/StorageChecks.cpp" line="47"/>
        <source>%1 has lost data: only %2 of %3 members work, too few to run.</source>
        <translation>%1 hat Daten verloren: Nur %2 von %3 Mitgliedern arbeiten, zu wenige für den Betrieb.</translation>
    </message>
    <message>
        <location filename="../backend/checks/StorageChecks.cpp" line="49"/>
        <source>Do not write to the member disks. Reseat or reconnect the failed disks of %1 and refresh: a member that comes back intact can make it whole again.</source>
        <translation>Schreiben Sie nicht auf die Mitgliedsfestplatten. Setzen Sie die ausgefallenen Festplatten von %1 neu ein oder schließen Sie sie neu an und aktualisieren Sie: Ein Mitglied, das unversehrt zurückkommt, kann sie wieder vollständig machen.</translation>
    </message>
    <message>
        <location filename="../backend/checks/StorageChecks.cpp" line="55"/>
        <source>%1 is not started.</source>
        <translation>%1 ist nicht gestartet.</translation>
    </message>
    <message>
        <location filename="../backend/checks/StorageChecks.cpp" line="56"/>
        <source>Look at its members first (mdadm --examine on each), then assemble it (mdadm --assemble --scan). Leave their superblocks alone: they are what brings the array back.</source>
        <translation>Untersuchen Sie zuerst die Mitglieder (mdadm --examine für jedes) und setzen Sie das Array dann zusammen (mdadm --assemble --scan). Lassen Sie die Superblöcke unangetastet: Sie sind es, die das Array zurückbringen.</translation>
    </message>
    <message>
        <location filename="../backend/checks/StorageChecks.cpp" line="60"/>
        <source>%1 is read-only.</source>
        <translation>%1 ist schreibgeschützt.</translation>
    </message>
    <message>
        <location filename="../backend/checks/StorageChecks.cpp" line="61"/>
        <source>Make it writable with mdadm --readwrite /dev/%1 if it is in use.</source>
        <translation>Machen Sie sie mit mdadm --readwrite /dev/%1 beschreibbar, falls sie verwendet wird.</translation>
    </message>
    <message>
        <location filename="../backend/checks/StorageChecks.cpp" line="86"/>
        <source>Both copies of %1 are in module %2: if that module fails, %1 is lost.</source>
        <translation>Beide Kopien von %1 liegen in Modul %2: Fällt dieses Modul aus, ist %1 verloren.</translation>
    </message>
    <message>
        <location filename="../backend/checks/StorageChecks.cpp" line="88"/>
        <source>Move one member of %1 to a disk in the other module: add that disk to %1 (Add Disk), and once it is in sync remove the member it replaces.</source>
        <translation>Verlegen Sie ein Mitglied von %1 auf eine Festplatte im anderen Modul: Fügen Sie diese Festplatte %1 hinzu (Festplatte hinzufügen) und entfernen Sie, sobald sie synchron ist, das Mitglied, das sie ersetzt.</translation>
    </message>
    <message>
        <location filename="../backend/checks/StorageChecks.cpp" line="95"/>
        <source>The host&apos;s operating system (%1) is on disk %2, which is in no mirror: if %2 fails, the host stops.</source>
        <translation>Das Betriebssystem des Hosts (%1) liegt auf Festplatte %2, die zu keinem Spiegel gehört: Fällt %2 aus, steht der Host still.</translation>
    </message>
    <message>
        <location filename="../backend/checks/StorageChecks.cpp" line="97"/>
        <source>Back up the host first. Then, in a maintenance window, move the system onto a RAID1 mirror with a disk of the other module: build the mirror on the new disk with one member missing, copy the system onto it, boot from it, and only then add %1 to it.</source>
        <translation>Sichern Sie zuerst den Host. Verlegen Sie dann in einem Wartungsfenster das System auf einen RAID1-Spiegel mit einer Festplatte des anderen Moduls: Legen Sie den Spiegel auf der neuen Festplatte mit einem fehlenden Mitglied an, kopieren Sie das System darauf, booten Sie davon und fügen Sie erst dann %1 hinzu.</translation>
    </message>
    <message>
        <location filename="../backend/checks/StorageChecks.cpp" line="103"/>
        <source>Disk %1 (%2) is not part of any virtual disk.</source>
        <translation>Festplatte %1 (%2) gehört zu keiner virtuellen Festplatte.</translation>
    </message>
    <message>
        <location filename="../backend/checks/StorageChecks.cpp" line="104"/>
        <source>Add it to a Simplex virtual disk, or mirror it with the disk in the same slot of the other module.</source>
        <translation>Fügen Sie sie einer virtuellen Festplatte im Zustand Simplex hinzu oder spiegeln Sie sie mit der Festplatte im selben Steckplatz des anderen Moduls.</translation>
    </message>
    <message>
        <location filename="../backend/checks/VmChecks.cpp" line="36"/>
        <source>The running and autostart VMs (%1) are given %2 MiB; with %3 MiB kept for the host that is more than its %4 MiB: some will not start.</source>
        <translation>Die laufenden und automatisch startenden VMs (%1) erhalten %2 MiB; zusammen mit den %3 MiB, die für den Host freigehalten werden, ist das mehr als seine %4 MiB: Einige werden nicht starten.</translation>
    </message>
    <message>
        <location filename="../backend/checks/VmChecks.cpp" line="42"/>
        <source>Lower the memory of some VMs, stop one from starting with the host, or add memory to the host.</source>
        <translation>Verringern Sie den Arbeitsspeicher einiger VMs, lassen Sie eine nicht mehr mit dem Host starten oder rüsten Sie den Arbeitsspeicher des Hosts auf.</translation>
    </message>
    <message>
        <location filename="../backend/checks/VmChecks.cpp" line="53"/>
        <source>Lower the reservations (Virtual Machine ▸ CPU Resources) until together they fit what the host offers its VMs (%1 % of one CPU).</source>
        <translation>Verringern Sie die Reservierungen (Virtuelle Maschine ▸ CPU-Ressourcen), bis sie zusammen in das passen, was der Host seinen VMs bietet (%1 % einer CPU).</translation>
    </message>
    <message>
        <location filename="../backend/checks/VmChecks.cpp" line="62"/>
        <source>%1 does not start with the host: after a restart it stays off.</source>
        <translation>%1 startet nicht mit dem Host: Nach einem Neustart bleibt sie ausgeschaltet.</translation>
    </message>
    <message>
        <location filename="../backend/checks/VmChecks.cpp" line="63"/>
        <source>Turn on Start with Host for %1 (Virtual Machine ▸ Start with Host).</source>
        <translation>Schalten Sie „Mit dem Host starten“ für %1 ein (Virtuelle Maschine ▸ Mit dem Host starten).</translation>
    </message>
    <message>
        <location filename="../backend/checks/VmChecks.cpp" line="69"/>
        <source>What happens to the VMs when the host stops was not read (libvirt-guests).</source>
        <translation>Was beim Herunterfahren des Hosts mit den VMs geschieht, wurde nicht gelesen (libvirt-guests).</translation>
    </message>
    <message>
        <location filename="../backend/checks/VmChecks.cpp" line="70"/>
        <source>Open the live host (not a capture) to check it.</source>
        <translation>Öffnen Sie den Host direkt (nicht als Erfassung), um dies zu prüfen.</translation>
    </message>
    <message>
        <location filename="../backend/checks/VmChecks.cpp" line="73"/>
        <source>libvirt-guests is not enabled: when the host stops, the VMs are cut off, not saved.</source>
        <translation>libvirt-guests ist nicht aktiviert: Beim Herunterfahren des Hosts werden die VMs hart beendet statt gespeichert.</translation>
    </message>
    <message>
        <location filename="../backend/checks/VmChecks.cpp" line="74"/>
        <source>Enable saving the VMs&apos; state when the host stops (Host ▸ Save VM States When the Host Stops).</source>
        <translation>Aktivieren Sie das Speichern der VM-Zustände beim Herunterfahren des Hosts (Host ▸ VM-Zustände beim Herunterfahren des Hosts speichern).</translation>
    </message>
    <message>
        <location filename="../backend/checks/VmChecks.cpp" line="77"/>
        <source>libvirt-guests shuts the VMs down when the host stops (ON_SHUTDOWN=shutdown in %1): their running state is lost.</source>
        <translation>libvirt-guests fährt die VMs beim Herunterfahren des Hosts herunter (ON_SHUTDOWN=shutdown in %1): Ihr laufender Zustand geht verloren.</translation>
    </message>
    <message>
        <location filename="../backend/checks/VmChecks.cpp" line="79"/>
        <source>Choose saving their state instead (Host ▸ Save VM States When the Host Stops).</source>
        <translation>Lassen Sie stattdessen ihren Zustand speichern (Host ▸ VM-Zustände beim Herunterfahren des Hosts speichern).</translation>
    </message>
    <message>
        <location filename="../backend/checks/VmChecks.cpp" line="91"/>
        <source>Whether %1 has its guest tools (QEMU guest agent) was not read: %2.</source>
        <translation>Ob %1 ihre Gastwerkzeuge (QEMU Guest Agent) hat, wurde nicht gelesen: %2.</translation>
    </message>
    <message>
        <location filename="../backend/checks/VmChecks.cpp" line="93"/>
        <source>the definition was not read</source>
        <translation>die Definition wurde nicht gelesen</translation>
    </message>
    <message>
        <location filename="../backend/checks/VmChecks.cpp" line="102"/>
        <source>%1 has no guest agent channel (%2): the host cannot ask its OS to shut down cleanly or freeze its disks.</source>
        <translation>%1 hat keinen Kanal für den Gastagenten (%2): Der Host kann ihr Betriebssystem nicht bitten, sauber herunterzufahren oder ihre Festplatten einzufrieren.</translation>
    </message>
    <message>
        <location filename="../backend/checks/VmChecks.cpp" line="104"/>
        <source>Add a virtio channel named %1 to %2&apos;s definition, then install qemu-guest-agent in the guest.</source>
        <translation>Fügen Sie der Definition von %2 einen virtio-Kanal namens %1 hinzu und installieren Sie dann qemu-guest-agent im Gast.</translation>
    </message>
    <message>
        <location filename="../backend/checks/VmChecks.cpp" line="108"/>
        <source>%1&apos;s guest agent does not answer (%2).</source>
        <translation>Der Gastagent von %1 antwortet nicht (%2).</translation>
    </message>
    <message>
        <location filename="../backend/checks/VmChecks.cpp" line="109"/>
        <source>Install and start qemu-guest-agent in %1&apos;s OS.</source>
        <translation>Installieren und starten Sie qemu-guest-agent im Betriebssystem von %1.</translation>
    </message>
    <message>
        <location filename="../backend/checks/VmChecks.cpp" line="118"/>
        <source>Where the VMs&apos; images live was not read: %1.</source>
        <translation>Wo die Images der VMs liegen, wurde nicht gelesen: %1.</translation>
    </message>
    <message>
        <location filename="../backend/checks/VmChecks.cpp" line="118"/>
        <source>not asked</source>
        <translation>nicht abgefragt</translation>
    </message>
    <message>
        <location filename="../backend/checks/VmChecks.cpp" line="135"/>
        <source>%1&apos;s disk %2 (%3) is on no mirror%4: a disk failure stops the VM and loses its data.</source>
        <translation>Festplatte %2 von %1 (%3) liegt auf keinem Spiegel%4: Ein Festplattenausfall stoppt die VM, und ihre Daten gehen verloren.</translation>
    </message>
    <message>
        <location filename="../backend/checks/VmChecks.cpp" line="137"/>
        <source> (on disk %1)</source>
        <translation> (auf Festplatte %1)</translation>
    </message>
    <message>
        <location filename="../backend/checks/VmChecks.cpp" line="139"/>
        <source>Move the image to a directory on a Duplex mirror while %1 is shut down, and point its disk there; keep the old file until the VM runs from the new one.</source>
        <translation>Verschieben Sie das Image, während %1 heruntergefahren ist, in ein Verzeichnis auf einem Duplex-Spiegel und lassen Sie ihre Festplatte dorthin zeigen; behalten Sie die alte Datei, bis die VM von der neuen läuft.</translation>
    </message>
    <message>
        <location filename="../backend/checks/VmChecks.cpp" line="146"/>
        <source>Whether %1&apos;s image %2 is fixed-size was not read: %3.</source>
        <translation>Ob das Image %2 von %1 eine feste Größe hat, wurde nicht gelesen: %3.</translation>
    </message>
    <message>
        <location filename="../backend/checks/VmChecks.cpp" line="147"/>
        <source>Run qemu-img info on it as root to see its format and allocation.</source>
        <translation>Führen Sie qemu-img info als root darauf aus, um Format und Belegung zu sehen.</translation>
    </message>
    <message>
        <location filename="../backend/checks/VmChecks.cpp" line="154"/>
        <source>%1&apos;s image %2 is dynamically expanding (%3, %4 MiB of %5 MiB allocated): it can fail the VM when the host&apos;s disk fills.</source>
        <translation>Das Image %2 von %1 wächst dynamisch (%3, %4 MiB von %5 MiB belegt): Läuft die Festplatte des Hosts voll, kann die VM ausfallen.</translation>
    </message>
    <message>
        <location filename="../backend/checks/VmChecks.cpp" line="159"/>
        <source>While %1 is shut down, convert it to a fully allocated raw image (qemu-img convert -O raw -o preallocation=falloc) next to the old one, then point the disk at the new file.</source>
        <translation>Konvertieren Sie es, während %1 heruntergefahren ist, neben dem alten in ein vollständig vorbelegtes raw-Image (qemu-img convert -O raw -o preallocation=falloc) und lassen Sie die Festplatte dann auf die neue Datei zeigen.</translation>
    </message>
    <message>
        <location filename="../backend/checks/VmChecks.cpp" line="174"/>
        <source>libvirt did not answer: %1</source>
        <translation>libvirt hat nicht geantwortet: %1</translation>
    </message>
    <message>
        <location filename="../backend/checks/VmChecks.cpp" line="175"/>
        <source>Check that libvirtd runs on the host (systemctl status libvirtd) and that this account may use it; Host ▸ Libvirt Connection names the connection used.</source>
        <translation>Prüfen Sie, ob libvirtd auf dem Host läuft (systemctl status libvirtd) und ob dieses Konto es verwenden darf; Host ▸ Libvirt-Verbindung nennt die verwendete Verbindung.</translation>
    </message>
    <message>
        <location filename="../backend/checks/HostFixes.cpp" line="15"/>
        <source>%1 is a read-only capture: nothing can be changed there.</source>
        <translation>%1 ist eine schreibgeschützte Erfassung: Dort kann nichts geändert werden.</translation>
    </message>
    <message>
        <location filename="../backend/checks/HostFixes.cpp" line="17"/>
        <source>The host&apos;s settings have not been read (%1): run Check Now first.</source>
        <translation>Die Einstellungen des Hosts wurden nicht gelesen (%1): Führen Sie zuerst „Jetzt prüfen“ aus.</translation>
    </message>
    <message>
        <location filename="../backend/checks/HostFixes.cpp" line="18"/>
        <source>not asked yet</source>
        <translation>noch nicht abgefragt</translation>
    </message>
    <message>
        <location filename="../backend/checks/HostFixes.cpp" line="26"/>
        <source>Write the new text to %1</source>
        <translation>Den neuen Text in %1 schreiben</translation>
    </message>
    <message>
        <location filename="../backend/checks/HostFixes.cpp" line="28"/>
        <source>Give %1 the owner and group of %2</source>
        <translation>%1 denselben Eigentümer und dieselbe Gruppe wie %2 geben</translation>
    </message>
    <message>
        <location filename="../backend/checks/HostFixes.cpp" line="30"/>
        <source>Give %1 the permissions of %2</source>
        <translation>%1 dieselben Zugriffsrechte wie %2 geben</translation>
    </message>
    <message>
        <location filename="../backend/checks/HostFixes.cpp" line="33"/>
        <source>Make %1 readable by everyone, writable by root (0644)</source>
        <translation>%1 für alle lesbar und für root beschreibbar machen (0644)</translation>
    </message>
    <message>
        <location filename="../backend/checks/HostFixes.cpp" line="36"/>
        <source>Put %1 in place of %2 (one rename: the file is never half written)</source>
        <translation>%1 an die Stelle von %2 setzen (eine einzige Umbenennung: Die Datei ist nie halb geschrieben)</translation>
    </message>
    <message>
        <location filename="../backend/checks/HostFixes.cpp" line="45"/>
        <source>Turn on boot monitoring: systemd feeds the hardware watchdog</source>
        <translation>Boot-Überwachung einschalten: systemd bedient den Hardware-Watchdog</translation>
    </message>
    <message>
        <location filename="../backend/checks/HostFixes.cpp" line="49"/>
        <source>The host has no hardware watchdog device (/sys/class/watchdog is empty): turn the board&apos;s watchdog on in the firmware setup or load its driver first.</source>
        <translation>Der Host hat kein Hardware-Watchdog-Gerät (/sys/class/watchdog ist leer): Schalten Sie zuerst den Watchdog der Hauptplatine im Firmware-Setup ein oder laden Sie seinen Treiber.</translation>
    </message>
    <message>
        <location filename="../backend/checks/HostFixes.cpp" line="54"/>
        <source>The watchdog is already in use: nothing to change.</source>
        <translation>Der Watchdog wird bereits genutzt: Es gibt nichts zu ändern.</translation>
    </message>
    <message>
        <location filename="../backend/checks/HostFixes.cpp" line="58"/>
        <source>If the host hangs so badly that systemd cannot answer the watchdog for 30 s, the watchdog restarts the host: that is what it is for.</source>
        <translation>Hängt der Host so stark, dass systemd dem Watchdog 30 s lang nicht antworten kann, startet der Watchdog den Host neu: Genau dafür ist er da.</translation>
    </message>
    <message>
        <location filename="../backend/checks/HostFixes.cpp" line="60"/>
        <source>systemd re-executes itself to read the setting (systemctl daemon-reexec); services and VMs keep running.</source>
        <translation>systemd führt sich selbst erneut aus, um die Einstellung zu lesen (systemctl daemon-reexec); Dienste und VMs laufen weiter.</translation>
    </message>
    <message>
        <location filename="../backend/checks/HostFixes.cpp" line="62"/>
        <source>Check that %1 does not exist yet (else stop here, changing nothing)</source>
        <translation>Prüfen, dass %1 noch nicht existiert (andernfalls hier anhalten, ohne etwas zu ändern)</translation>
    </message>
    <message>
        <location filename="../backend/checks/HostFixes.cpp" line="64"/>
        <source>Make sure /etc/systemd/system.conf.d exists</source>
        <translation>Sicherstellen, dass /etc/systemd/system.conf.d existiert</translation>
    </message>
    <message>
        <location filename="../backend/checks/HostFixes.cpp" line="72"/>
        <source>Let systemd read its settings again</source>
        <translation>systemd seine Einstellungen erneut lesen lassen</translation>
    </message>
    <message>
        <location filename="../backend/checks/HostFixes.cpp" line="109"/>
        <source>Turn off automatic updates (unattended-upgrades)</source>
        <translation>Automatische Updates ausschalten (unattended-upgrades)</translation>
    </message>
    <message>
        <location filename="../backend/checks/HostFixes.cpp" line="113"/>
        <source>The host does not install updates by itself: nothing to change.</source>
        <translation>Der Host installiert Updates nicht selbstständig: Es gibt nichts zu ändern.</translation>
    </message>
    <message>
        <location filename="../backend/checks/HostFixes.cpp" line="117"/>
        <source>Updates are installed by %1: turn it off with systemctl disable --now %1.</source>
        <translation>Updates werden von %1 installiert: Schalten Sie es mit systemctl disable --now %1 aus.</translation>
    </message>
    <message>
        <location filename="../backend/checks/HostFixes.cpp" line="124"/>
        <source>%1 was not read: run Check Now first.</source>
        <translation>%1 wurde nicht gelesen: Führen Sie zuerst „Jetzt prüfen“ aus.</translation>
    </message>
    <message>
        <location filename="../backend/checks/HostFixes.cpp" line="127"/>
        <source>The host stops installing updates by itself: install them in a maintenance window (apt-get update &amp;&amp; apt-get upgrade), with the VMs&apos; owners told.</source>
        <translation>Der Host installiert Updates nicht mehr selbstständig: Installieren Sie sie in einem Wartungsfenster (apt-get update &amp;&amp; apt-get upgrade) und informieren Sie vorher die Besitzer der VMs.</translation>
    </message>
    <message>
        <location filename="../backend/checks/HostFixes.cpp" line="129"/>
        <source>Check that %1 is as it was read (else stop here, changing nothing)</source>
        <translation>Prüfen, dass %1 noch so ist wie beim Lesen (andernfalls hier anhalten, ohne etwas zu ändern)</translation>
    </message>
    <message>
        <location filename="../backend/checks/SetupSteps.cpp" line="23"/>
        <source>1. Hardware</source>
        <translation>1. Hardware</translation>
    </message>
    <message>
        <location filename="../backend/checks/SetupSteps.cpp" line="24"/>
        <source>Two power supplies, on circuits A and B</source>
        <translation>Zwei Netzteile an den Stromkreisen A und B</translation>
    </message>
    <message>
        <location filename="../backend/checks/SetupSteps.cpp" line="25"/>
        <source>A UPS the host can see</source>
        <translation>Eine USV, die der Host erkennt</translation>
    </message>
    <message>
        <location filename="../backend/checks/SetupSteps.cpp" line="26"/>
        <source>2. Host operating system</source>
        <translation>2. Host-Betriebssystem</translation>
    </message>
    <message>
        <location filename="../backend/checks/SetupSteps.cpp" line="28"/>
        <source>No automatic updates</source>
        <translation>Keine automatischen Updates</translation>
    </message>
    <message>
        <location filename="../backend/checks/SetupSteps.cpp" line="29"/>
        <source>VM images excluded from virus scanning</source>
        <translation>VM-Images vom Virenscan ausgenommen</translation>
    </message>
    <message>
        <location filename="../backend/checks/SetupSteps.cpp" line="30"/>
        <source>3. Server hardware: disks and adapters</source>
        <translation>3. Server-Hardware: Festplatten und Adapter</translation>
    </message>
    <message>
        <location filename="../backend/checks/SetupSteps.cpp" line="31"/>
        <source>Every disk in a mirror, every mirror Duplex</source>
        <translation>Jede Festplatte in einem Spiegel, jeder Spiegel Duplex</translation>
    </message>
    <message>
        <location filename="../backend/checks/SetupSteps.cpp" line="36"/>
        <source>Each mirror&apos;s copies in different modules</source>
        <translation>Die Kopien jedes Spiegels in verschiedenen Modulen</translation>
    </message>
    <message>
        <location filename="../backend/checks/SetupSteps.cpp" line="38"/>
        <source>Adapters teamed, each team across modules</source>
        <translation>Adapter zu Teams gebündelt, jedes Team modulübergreifend</translation>
    </message>
    <message>
        <location filename="../backend/checks/SetupSteps.cpp" line="42"/>
        <source>4. Hypervisor</source>
        <translation>4. Hypervisor</translation>
    </message>
    <message>
        <location filename="../backend/checks/SetupSteps.cpp" line="43"/>
        <source>libvirt running and answering</source>
        <translation>libvirt läuft und antwortet</translation>
    </message>
    <message>
        <location filename="../backend/checks/SetupSteps.cpp" line="44"/>
        <source>The VMs&apos; network on a team</source>
        <translation>Das Netzwerk der VMs über ein Team</translation>
    </message>
    <message>
        <location filename="../backend/checks/SetupSteps.cpp" line="47"/>
        <source>VM states saved when the host stops</source>
        <translation>VM-Zustände beim Herunterfahren des Hosts gespeichert</translation>
    </message>
    <message>
        <location filename="../backend/checks/SetupSteps.cpp" line="48"/>
        <source>5. Virtual machines</source>
        <translation>5. Virtuelle Maschinen</translation>
    </message>
    <message>
        <location filename="../backend/checks/SetupSteps.cpp" line="49"/>
        <source>Created on mirrored storage, fixed-size images</source>
        <translation>Auf gespiegeltem Speicher angelegt, Images mit fester Größe</translation>
    </message>
    <message>
        <location filename="../backend/checks/SetupSteps.cpp" line="52"/>
        <source>Sized within the host&apos;s memory</source>
        <translation>Innerhalb des Arbeitsspeichers des Hosts bemessen</translation>
    </message>
    <message>
        <location filename="../backend/checks/SetupSteps.cpp" line="53"/>
        <source>CPU reservations the host can keep</source>
        <translation>CPU-Reservierungen, die der Host einhalten kann</translation>
    </message>
    <message>
        <location filename="../backend/checks/SetupSteps.cpp" line="54"/>
        <source>Every VM starts with the host</source>
        <translation>Jede VM startet mit dem Host</translation>
    </message>
    <message>
        <location filename="../backend/checks/SetupSteps.cpp" line="55"/>
        <source>Guest tools (QEMU guest agent) in every running VM</source>
        <translation>Gastwerkzeuge (QEMU Guest Agent) in jeder laufenden VM</translation>
    </message>
</context>
<context>
    <name>ftc::ChecksKeeper</name>
    <message>
        <location filename="../ui/host/ChecksKeeper.cpp" line="65"/>
        <source>The host&apos;s own facts (watchdog, updates, power, guest agents, images) have not been read yet.</source>
        <translation>Die eigenen Daten des Hosts (Watchdog, Updates, Stromversorgung, Gastagenten, Images) wurden noch nicht gelesen.</translation>
    </message>
    <message>
        <location filename="../ui/host/ChecksKeeper.cpp" line="67"/>
        <source>Reading the host&apos;s facts (watchdog, updates, power, guest agents, images)…</source>
        <translation>Daten des Hosts werden gelesen (Watchdog, Updates, Stromversorgung, Gastagenten, Images)…</translation>
    </message>
    <message>
        <location filename="../ui/host/ChecksKeeper.cpp" line="69"/>
        <source>The host&apos;s facts could not be read: %1. Checks that need them say unknown.</source>
        <translation>Die Daten des Hosts konnten nicht gelesen werden: %1. Prüfungen, die sie brauchen, melden „unbekannt“.</translation>
    </message>
    <message>
        <location filename="../ui/host/ChecksKeeper.cpp" line="70"/>
        <source>Host facts read at %1; the rest follows every refresh.</source>
        <translation>Daten des Hosts gelesen um %1; der Rest folgt bei jeder Aktualisierung.</translation>
    </message>
</context>
<context>
    <name>ftc::ChecksPage</name>
    <message>
        <location filename="../ui/host/ChecksPage.cpp" line="25"/>
        <location filename="../ui/host/ChecksPage.cpp" line="150"/>
        <source>Check Now</source>
        <translation>Jetzt prüfen</translation>
    </message>
    <message>
        <location filename="../ui/host/ChecksPage.cpp" line="28"/>
        <source>Fix…</source>
        <translation>Beheben…</translation>
    </message>
    <message>
        <location filename="../ui/host/ChecksPage.cpp" line="29"/>
        <source>Show in Tree</source>
        <translation>Im Baum zeigen</translation>
    </message>
    <message>
        <location filename="../ui/host/ChecksPage.cpp" line="45"/>
        <source>Read the host&apos;s facts again: watchdog, updates, power, guest agents, images</source>
        <translation>Die Daten des Hosts erneut lesen: Watchdog, Updates, Stromversorgung, Gastagenten, Images</translation>
    </message>
    <message>
        <location filename="../ui/host/ChecksPage.cpp" line="50"/>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <location filename="../ui/host/ChecksPage.cpp" line="50"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../ui/host/ChecksPage.cpp" line="94"/>
        <source>Checks of %1</source>
        <translation>Prüfungen von %1</translation>
    </message>
    <message>
        <location filename="../ui/host/ChecksPage.cpp" line="118"/>
        <source>Nothing found</source>
        <translation>Nichts gefunden</translation>
    </message>
    <message>
        <location filename="../ui/host/ChecksPage.cpp" line="150"/>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <location filename="../ui/host/ChecksPage.cpp" line="166"/>
        <source>Select a finding to see what to do.</source>
        <translation>Wählen Sie einen Befund, um zu sehen, was zu tun ist.</translation>
    </message>
    <message>
        <location filename="../ui/host/ChecksPage.cpp" line="172"/>
        <source>Remedy: %1</source>
        <translation>Abhilfe: %1</translation>
    </message>
    <message>
        <location filename="../ui/host/ChecksPage.cpp" line="175"/>
        <source>Open the console&apos;s action for this, with its plan</source>
        <translation>Die Aktion der Konsole dafür öffnen, mit ihrem Plan</translation>
    </message>
    <message>
        <location filename="../ui/host/ChecksPage.cpp" line="176"/>
        <source>The console has no action for this: follow the remedy</source>
        <translation>Die Konsole hat dafür keine Aktion: Folgen Sie der Abhilfe</translation>
    </message>
</context>
<context>
    <name>ftc::ConnectDialog</name>
    <message>
        <location filename="../ui/shell/ConnectDialog.cpp" line="37"/>
        <source>Open Host</source>
        <translation>Host öffnen</translation>
    </message>
    <message>
        <location filename="../ui/shell/ConnectDialog.cpp" line="46"/>
        <source>Demo host (simulated)</source>
        <translation>Demo-Host (simuliert)</translation>
    </message>
    <message>
        <location filename="../ui/shell/ConnectDialog.cpp" line="47"/>
        <source>This machine</source>
        <translation>Dieser Rechner</translation>
    </message>
    <message>
        <location filename="../ui/shell/ConnectDialog.cpp" line="48"/>
        <source>Remote host over SSH</source>
        <translation>Entfernter Host über SSH</translation>
    </message>
    <message>
        <location filename="../ui/shell/ConnectDialog.cpp" line="49"/>
        <source>Support bundle (read-only)</source>
        <translation>Support-Paket (nur lesen)</translation>
    </message>
    <message>
        <location filename="../ui/shell/ConnectDialog.cpp" line="53"/>
        <source>A simulated host with modules 10 and 11, six disks, four adapters and three virtual machines. Nothing you do touches a real machine.</source>
        <translation>Ein simulierter Host mit den Modulen 10 und 11, sechs Festplatten, vier Adaptern und drei virtuellen Maschinen. Nichts, was Sie tun, berührt einen echten Rechner.</translation>
    </message>
    <message>
        <location filename="../ui/shell/ConnectDialog.cpp" line="59"/>
        <source>Reads this computer directly. Changes run through sudo and need a password-less sudo rule.</source>
        <translation>Liest diesen Rechner direkt. Änderungen laufen über sudo und benötigen eine sudo-Regel ohne Passwort.</translation>
    </message>
    <message>
        <location filename="../ui/shell/ConnectDialog.cpp" line="65"/>
        <source>ssh://user@host:port</source>
        <translation>ssh://benutzer@host:port</translation>
    </message>
    <message>
        <location filename="../ui/shell/ConnectDialog.cpp" line="66"/>
        <source>Optional: private key file</source>
        <translation>Optional: Datei mit privatem Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/shell/ConnectDialog.cpp" line="67"/>
        <location filename="../ui/shell/ConnectDialog.cpp" line="79"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../ui/shell/ConnectDialog.cpp" line="71"/>
        <source>Address:</source>
        <translation>Adresse:</translation>
    </message>
    <message>
        <location filename="../ui/shell/ConnectDialog.cpp" line="72"/>
        <source>Identity file:</source>
        <translation>Schlüsseldatei:</translation>
    </message>
    <message>
        <location filename="../ui/shell/ConnectDialog.cpp" line="73"/>
        <source>The host key is checked against known_hosts; a password is asked for when needed and never stored.</source>
        <translation>Der Host-Schlüssel wird mit known_hosts verglichen; ein Passwort wird bei Bedarf abgefragt und nie gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/shell/ConnectDialog.cpp" line="78"/>
        <source>Directory holding the captured files</source>
        <translation>Verzeichnis mit den erfassten Dateien</translation>
    </message>
    <message>
        <location filename="../ui/shell/ConnectDialog.cpp" line="83"/>
        <source>Directory:</source>
        <translation>Verzeichnis:</translation>
    </message>
    <message>
        <location filename="../ui/shell/ConnectDialog.cpp" line="102"/>
        <source>Host:</source>
        <translation>Host:</translation>
    </message>
    <message>
        <location filename="../ui/shell/ConnectDialog.cpp" line="107"/>
        <source>Recent hosts:</source>
        <translation>Zuletzt geöffnete Hosts:</translation>
    </message>
    <message>
        <location filename="../ui/shell/ConnectDialog.cpp" line="124"/>
        <source>Choose Identity File</source>
        <translation>Schlüsseldatei wählen</translation>
    </message>
    <message>
        <location filename="../ui/shell/ConnectDialog.cpp" line="130"/>
        <source>Choose Support Bundle Directory</source>
        <translation>Verzeichnis des Support-Pakets wählen</translation>
    </message>
</context>
<context>
    <name>ftc::CpuSliders</name>
    <message>
        <location filename="../widgets/CpuSliders.cpp" line="16"/>
        <source>Relative &amp;weight</source>
        <translation>Relatives &amp;Gewicht</translation>
    </message>
    <message>
        <location filename="../widgets/CpuSliders.cpp" line="17"/>
        <source>&amp;Reserved capacity</source>
        <translation>&amp;Reservierte Kapazität</translation>
    </message>
    <message>
        <location filename="../widgets/CpuSliders.cpp" line="17"/>
        <source> % of one CPU</source>
        <translation> % einer CPU</translation>
    </message>
    <message>
        <location filename="../widgets/CpuSliders.cpp" line="18"/>
        <source>&amp;Maximum capacity</source>
        <translation>&amp;Maximale Kapazität</translation>
    </message>
    <message>
        <location filename="../widgets/CpuSliders.cpp" line="18"/>
        <source> % of one CPU per vCPU</source>
        <translation> % einer CPU je vCPU</translation>
    </message>
    <message>
        <location filename="../widgets/CpuSliders.cpp" line="95"/>
        <source>= %1 % of system</source>
        <translation>= %1 % des Systems</translation>
    </message>
</context>
<context>
    <name>ftc::DemoMenu</name>
    <message>
        <location filename="../ui/demo/DemoMenu.cpp" line="15"/>
        <source>&amp;Demo</source>
        <translation>&amp;Demo</translation>
    </message>
    <message>
        <location filename="../ui/demo/DemoMenu.cpp" line="23"/>
        <source>&amp;Pull Disk</source>
        <translation>Festplatte &amp;ziehen</translation>
    </message>
    <message>
        <location filename="../ui/demo/DemoMenu.cpp" line="24"/>
        <source>&amp;Insert Disk</source>
        <translation>Festplatte &amp;einsetzen</translation>
    </message>
    <message>
        <location filename="../ui/demo/DemoMenu.cpp" line="25"/>
        <source>&amp;Unplug Cable</source>
        <translation>Kabel &amp;abziehen</translation>
    </message>
    <message>
        <location filename="../ui/demo/DemoMenu.cpp" line="26"/>
        <source>P&amp;lug Cable</source>
        <translation>Kabel ein&amp;stecken</translation>
    </message>
    <message>
        <location filename="../ui/demo/DemoMenu.cpp" line="35"/>
        <source>Lose &amp;Connection on Next Network Change</source>
        <translation>&amp;Verbindung bei nächster Netzwerkänderung verlieren</translation>
    </message>
    <message>
        <location filename="../ui/demo/DemoMenu.cpp" line="37"/>
        <source>The next team built on the demo host cuts the console off: it cannot confirm the change, and the host&apos;s own rollback timer restores the previous network configuration.</source>
        <translation>Das nächste auf dem Demo-Host erstellte Team trennt die Konsole ab: Sie kann die Änderung nicht bestätigen, und der eigene Rollback-Timer des Hosts stellt die vorherige Netzwerkkonfiguration wieder her.</translation>
    </message>
    <message>
        <location filename="../ui/demo/DemoMenu.cpp" line="63"/>
        <source>%1 (module %2, slot %3)</source>
        <translation>%1 (Modul %2, Steckplatz %3)</translation>
    </message>
    <message>
        <location filename="../ui/demo/DemoMenu.cpp" line="70"/>
        <source>%1 (the same disk again)</source>
        <translation>%1 (dieselbe Festplatte wieder)</translation>
    </message>
    <message>
        <location filename="../ui/demo/DemoMenu.cpp" line="71"/>
        <source>%1 (a new blank disk)</source>
        <translation>%1 (eine neue leere Festplatte)</translation>
    </message>
    <message>
        <location filename="../ui/demo/DemoMenu.cpp" line="81"/>
        <source>Nothing to choose</source>
        <translation>Nichts zur Auswahl</translation>
    </message>
    <message>
        <location filename="../ui/demo/DemoMenu.cpp" line="91"/>
        <source>Simulate: pull disk %1</source>
        <translation>Simulation: Festplatte %1 ziehen</translation>
    </message>
    <message>
        <location filename="../ui/demo/DemoMenu.cpp" line="94"/>
        <source>Simulate: insert disk %1 again</source>
        <translation>Simulation: Festplatte %1 wieder einsetzen</translation>
    </message>
    <message>
        <location filename="../ui/demo/DemoMenu.cpp" line="97"/>
        <source>Simulate: insert a new blank disk as %1</source>
        <translation>Simulation: neue leere Festplatte als %1 einsetzen</translation>
    </message>
    <message>
        <location filename="../ui/demo/DemoMenu.cpp" line="100"/>
        <source>Simulate: unplug the cable of %1</source>
        <translation>Simulation: Kabel von %1 abziehen</translation>
    </message>
    <message>
        <location filename="../ui/demo/DemoMenu.cpp" line="103"/>
        <source>Simulate: plug the cable of %1 back in</source>
        <translation>Simulation: Kabel von %1 wieder einstecken</translation>
    </message>
    <message>
        <location filename="../ui/demo/DemoMenu.cpp" line="106"/>
        <source>Simulate: the next network change cuts the console off</source>
        <translation>Simulation: Die nächste Netzwerkänderung trennt die Konsole ab</translation>
    </message>
</context>
<context>
    <name>ftc::DisplayFormat</name>
    <message>
        <location filename="../widgets/DisplayFormat.cpp" line="19"/>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <location filename="../widgets/DisplayFormat.cpp" line="28"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../widgets/DisplayFormat.cpp" line="31"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../widgets/DisplayFormat.cpp" line="32"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
</context>
<context>
    <name>ftc::EventLog</name>
    <message>
        <location filename="../ui/shell/EventLog.cpp" line="33"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../ui/shell/EventLog.cpp" line="33"/>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <location filename="../ui/shell/EventLog.cpp" line="33"/>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <location filename="../ui/shell/EventLog.cpp" line="33"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>ftc::Events</name>
    <message>
        <location filename="../backend/model/ChangeTracker.cpp" line="27"/>
        <source>In sync</source>
        <translation>Synchron</translation>
    </message>
    <message>
        <location filename="../backend/model/ChangeTracker.cpp" line="28"/>
        <source>Rebuilding</source>
        <translation>Wird neu aufgebaut</translation>
    </message>
    <message>
        <location filename="../backend/model/ChangeTracker.cpp" line="29"/>
        <source>Spare</source>
        <translation>Reserve</translation>
    </message>
    <message>
        <location filename="../backend/model/ChangeTracker.cpp" line="30"/>
        <source>Faulty</source>
        <translation>Fehlerhaft</translation>
    </message>
    <message>
        <location filename="../backend/model/ChangeTracker.cpp" line="31"/>
        <source>Missing</source>
        <translation>Fehlt</translation>
    </message>
    <message>
        <location filename="../backend/model/ChangeTracker.cpp" line="39"/>
        <source>not in a virtual disk</source>
        <translation>keiner virtuellen Festplatte zugeordnet</translation>
    </message>
    <message>
        <location filename="../backend/model/ChangeTracker.cpp" line="40"/>
        <source>member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <location filename="../backend/model/ChangeTracker.cpp" line="41"/>
        <source>in use</source>
        <translation>belegt</translation>
    </message>
    <message>
        <location filename="../backend/model/ChangeTracker.cpp" line="74"/>
        <source>%1: new %2 virtual disk, %3</source>
        <translation>%1: neue virtuelle %2-Festplatte, %3</translation>
    </message>
    <message>
        <location filename="../backend/model/ChangeTracker.cpp" line="80"/>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <location filename="../backend/model/ChangeTracker.cpp" line="85"/>
        <source> after %1</source>
        <translation> nach %1</translation>
    </message>
    <message>
        <location filename="../backend/model/ChangeTracker.cpp" line="95"/>
        <source>%1: %2 started</source>
        <translation>%1: %2 gestartet</translation>
    </message>
    <message>
        <location filename="../backend/model/ChangeTracker.cpp" line="101"/>
        <source>%1: member %2 %3 → %4</source>
        <translation>%1: Mitglied %2 %3 → %4</translation>
    </message>
    <message>
        <location filename="../backend/model/ChangeTracker.cpp" line="109"/>
        <source>%1: virtual disk is gone</source>
        <translation>%1: virtuelle Festplatte ist weg</translation>
    </message>
    <message>
        <location filename="../backend/model/ChangeTracker.cpp" line="120"/>
        <source>disk %1 appeared (%2)</source>
        <translation>Festplatte %1 erschienen (%2)</translation>
    </message>
    <message>
        <location filename="../backend/model/ChangeTracker.cpp" line="122"/>
        <source>disk %1: %2 → %3</source>
        <translation>Festplatte %1: %2 → %3</translation>
    </message>
    <message>
        <location filename="../backend/model/ChangeTracker.cpp" line="126"/>
        <source>disk %1 removed (%2)</source>
        <translation>Festplatte %1 entfernt (%2)</translation>
    </message>
    <message>
        <location filename="../backend/model/ChangeTracker.cpp" line="153"/>
        <source>network change %1: the host rolled it back at %2: %3</source>
        <translation>Netzwerkänderung %1: Der Host hat sie am %2 zurückgenommen: %3</translation>
    </message>
    <message>
        <location filename="../backend/model/ChangeTracker.cpp" line="156"/>
        <source>network change %1 failed at %2 (%3); the host rolls it back</source>
        <translation>Netzwerkänderung %1 ist am %2 fehlgeschlagen (%3); der Host nimmt sie zurück</translation>
    </message>
    <message>
        <location filename="../backend/model/ChangeTracker.cpp" line="159"/>
        <source>network change %1 was refused by the host at %2, nothing changed: %3</source>
        <translation>Netzwerkänderung %1 wurde vom Host am %2 abgelehnt, nichts wurde geändert: %3</translation>
    </message>
    <message>
        <location filename="../backend/model/ChangeTracker.cpp" line="163"/>
        <source>network change %1 is not confirmed (%2 at %3): unless it is, the host rolls it back; see /var/lib/ftconsole/net/%1/log</source>
        <translation>Netzwerkänderung %1 ist nicht bestätigt (%2 am %3): Ohne Bestätigung nimmt der Host sie zurück; siehe /var/lib/ftconsole/net/%1/log</translation>
    </message>
    <message>
        <location filename="../backend/model/ChangeTracker.cpp" line="175"/>
        <source>%1: link up</source>
        <translation>%1: Verbindung hergestellt</translation>
    </message>
    <message>
        <location filename="../backend/model/ChangeTracker.cpp" line="176"/>
        <source>%1: link down</source>
        <translation>%1: Verbindung getrennt</translation>
    </message>
    <message>
        <location filename="../backend/model/ChangeTracker.cpp" line="182"/>
        <source>team %1 (%2) created</source>
        <translation>Team %1 (%2) erstellt</translation>
    </message>
    <message>
        <location filename="../backend/model/ChangeTracker.cpp" line="198"/>
        <source>, link down on %1</source>
        <translation>, Verbindung getrennt an %1</translation>
    </message>
    <message>
        <location filename="../backend/model/ChangeTracker.cpp" line="200"/>
        <source>%1: active adapter %2 → %3%4</source>
        <translation>%1: aktiver Adapter %2 → %3%4</translation>
    </message>
    <message>
        <location filename="../backend/model/ChangeTracker.cpp" line="201"/>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <location filename="../backend/model/ChangeTracker.cpp" line="206"/>
        <source>team %1 removed</source>
        <translation>Team %1 entfernt</translation>
    </message>
    <message>
        <location filename="../backend/model/ChangeTracker.cpp" line="214"/>
        <source>VM %1 defined (%2)</source>
        <translation>VM %1 definiert (%2)</translation>
    </message>
    <message>
        <location filename="../backend/model/ChangeTracker.cpp" line="216"/>
        <source>VM %1: %2 → %3</source>
        <translation>VM %1: %2 → %3</translation>
    </message>
    <message>
        <location filename="../backend/model/ChangeTracker.cpp" line="220"/>
        <source>VM %1 undefined</source>
        <translation>VM %1 entfernt</translation>
    </message>
    <message>
        <location filename="../backend/model/ChangeTracker.cpp" line="232"/>
        <source>%1 is %2</source>
        <translation>%1 ist %2</translation>
    </message>
</context>
<context>
    <name>ftc::GuiPrompter</name>
    <message>
        <location filename="../ui/shell/GuiPrompter.cpp" line="80"/>
        <source>Password for %1:</source>
        <translation>Passwort für %1:</translation>
    </message>
    <message>
        <location filename="../ui/shell/GuiPrompter.cpp" line="81"/>
        <source>%1
(%2)</source>
        <translation>%1
(%2)</translation>
    </message>
    <message>
        <location filename="../ui/shell/GuiPrompter.cpp" line="83"/>
        <source>Authentication for %1</source>
        <translation>Anmeldung bei %1</translation>
    </message>
</context>
<context>
    <name>ftc::HistoryDialog</name>
    <message>
        <location filename="../ui/host/HistoryDialog.cpp" line="33"/>
        <source>Operation History of %1</source>
        <translation>Vorgangsverlauf von %1</translation>
    </message>
    <message>
        <location filename="../ui/host/HistoryDialog.cpp" line="48"/>
        <source>Operation</source>
        <translation>Vorgang</translation>
    </message>
    <message>
        <location filename="../ui/host/HistoryDialog.cpp" line="48"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../ui/host/HistoryDialog.cpp" line="48"/>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <location filename="../ui/host/HistoryDialog.cpp" line="48"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location filename="../ui/host/HistoryDialog.cpp" line="48"/>
        <source>Started (UTC)</source>
        <translation>Begonnen (UTC)</translation>
    </message>
    <message>
        <location filename="../ui/host/HistoryDialog.cpp" line="63"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren …</translation>
    </message>
    <message>
        <location filename="../ui/host/HistoryDialog.cpp" line="65"/>
        <source>Write every operation of this host to one file, oldest first</source>
        <translation>Alle Vorgänge dieses Hosts in eine Datei schreiben, die ältesten zuerst</translation>
    </message>
    <message>
        <location filename="../ui/host/HistoryDialog.cpp" line="67"/>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <location filename="../ui/host/HistoryDialog.cpp" line="84"/>
        <source>The history of %1 cannot be read: %2. Check the file&apos;s permissions.</source>
        <translation>Der Verlauf von %1 kann nicht gelesen werden: %2. Prüfen Sie die Zugriffsrechte der Datei.</translation>
    </message>
    <message>
        <location filename="../ui/host/HistoryDialog.cpp" line="86"/>
        <source>No operation has been applied to %1 from this console yet. Each plan applied is recorded in %2.</source>
        <translation>Von dieser Konsole wurde noch kein Vorgang auf %1 angewendet. Jeder angewendete Plan wird in %2 festgehalten.</translation>
    </message>
    <message>
        <location filename="../ui/host/HistoryDialog.cpp" line="90"/>
        <source>Operations applied to %1: %2, recorded in %3.</source>
        <translation>Auf %1 angewendete Vorgänge: %2, festgehalten in %3.</translation>
    </message>
    <message>
        <location filename="../ui/host/HistoryDialog.cpp" line="100"/>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location filename="../ui/host/HistoryDialog.cpp" line="100"/>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location filename="../ui/host/HistoryDialog.cpp" line="100"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/host/HistoryDialog.cpp" line="104"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location filename="../ui/host/HistoryDialog.cpp" line="137"/>
        <source>Operation history of %1</source>
        <translation>Vorgangsverlauf von %1</translation>
    </message>
    <message>
        <location filename="../ui/host/HistoryDialog.cpp" line="142"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/host/HistoryDialog.cpp" line="151"/>
        <source>Web page (*.html)</source>
        <translation>Webseite (*.html)</translation>
    </message>
    <message>
        <location filename="../ui/host/HistoryDialog.cpp" line="152"/>
        <source>Plain text (*.txt)</source>
        <translation>Reiner Text (*.txt)</translation>
    </message>
    <message>
        <location filename="../ui/host/HistoryDialog.cpp" line="157"/>
        <source>Export Operation History</source>
        <translation>Vorgangsverlauf exportieren</translation>
    </message>
    <message>
        <location filename="../ui/host/HistoryDialog.cpp" line="165"/>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/host/HistoryDialog.cpp" line="165"/>
        <source>Choose another folder or file name.</source>
        <translation>Wählen Sie einen anderen Ordner oder Dateinamen.</translation>
    </message>
    <message>
        <location filename="../ui/host/HistoryDialog.cpp" line="168"/>
        <source>The history of %1 was exported to %2.</source>
        <translation>Der Verlauf von %1 wurde nach %2 exportiert.</translation>
    </message>
</context>
<context>
    <name>ftc::HostActions</name>
    <message>
        <location filename="../ui/host/HostActions.cpp" line="23"/>
        <source>H&amp;ost</source>
        <translation>H&amp;ost</translation>
    </message>
    <message>
        <location filename="../ui/host/HostActions.cpp" line="25"/>
        <source>Operation &amp;History…</source>
        <translation>Vorgangs&amp;verlauf …</translation>
    </message>
    <message>
        <location filename="../ui/host/HostActions.cpp" line="27"/>
        <source>History</source>
        <comment>button</comment>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location filename="../ui/host/HostActions.cpp" line="28"/>
        <source>Every plan applied to this host, step by step, for a change record</source>
        <translation>Jeder auf diesen Host angewendete Plan, Schritt für Schritt, für das Änderungsprotokoll</translation>
    </message>
    <message>
        <location filename="../ui/host/HostActions.cpp" line="29"/>
        <source>&amp;Module Placement…</source>
        <translation>&amp;Modulzuordnung …</translation>
    </message>
    <message>
        <location filename="../ui/host/HostActions.cpp" line="31"/>
        <source>Module Placement</source>
        <comment>button</comment>
        <translation>Modulzuordnung</translation>
    </message>
    <message>
        <location filename="../ui/host/HostActions.cpp" line="32"/>
        <source>Say which module each disk and adapter sits in when the console&apos;s guess is wrong</source>
        <translation>Angeben, in welchem Modul jede Festplatte und jeder Adapter steckt, wenn die Vermutung der Konsole falsch ist</translation>
    </message>
    <message>
        <location filename="../ui/host/HostActions.cpp" line="33"/>
        <source>&amp;Libvirt Connection…</source>
        <translation>&amp;Libvirt-Verbindung …</translation>
    </message>
    <message>
        <location filename="../ui/host/HostActions.cpp" line="35"/>
        <source>Which libvirt the console reads and drives on this host (virsh -c URI)</source>
        <translation>Welches libvirt die Konsole auf diesem Host liest und steuert (virsh -c URI)</translation>
    </message>
    <message>
        <location filename="../ui/host/HostActions.cpp" line="37"/>
        <source>&amp;Save VM States When the Host Stops</source>
        <translation>VM-Zustände beim Herunterfahren des Hosts &amp;speichern</translation>
    </message>
    <message>
        <location filename="../ui/host/HostActions.cpp" line="40"/>
        <source>The host&apos;s libvirt-guests: save every running VM when the host stops and restore it at boot, or shut each one down (ON_SHUTDOWN)</source>
        <translation>libvirt-guests des Hosts: beim Herunterfahren des Hosts jede laufende VM speichern und beim Booten wiederherstellen oder jede einzelne herunterfahren (ON_SHUTDOWN)</translation>
    </message>
    <message>
        <location filename="../ui/host/HostActions.cpp" line="64"/>
        <location filename="../ui/host/HostActions.cpp" line="74"/>
        <source>Libvirt Connection</source>
        <translation>Libvirt-Verbindung</translation>
    </message>
    <message>
        <location filename="../ui/host/HostActions.cpp" line="65"/>
        <source>The libvirt URI virsh uses on %1 (qemu:///system, qemu:///session, test:///path/node.xml…):</source>
        <translation>Die libvirt-URI, die virsh auf %1 verwendet (qemu:///system, qemu:///session, test:///path/node.xml…):</translation>
    </message>
</context>
<context>
    <name>ftc::HostDetails</name>
    <message>
        <location filename="../ui/host/HostDetails.cpp" line="19"/>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDetails.cpp" line="20"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDetails.cpp" line="21"/>
        <source>Opened as</source>
        <translation>Geöffnet als</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDetails.cpp" line="23"/>
        <location filename="../ui/host/HostDetails.cpp" line="24"/>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDetails.cpp" line="23"/>
        <source>Read-only capture</source>
        <translation>Schreibgeschützte Erfassung</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDetails.cpp" line="26"/>
        <source>Cannot read %1</source>
        <translation>%1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDetails.cpp" line="27"/>
        <source>The connection was lost.</source>
        <translation>Die Verbindung ist abgebrochen.</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDetails.cpp" line="29"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDetails.cpp" line="33"/>
        <source>CPUs</source>
        <translation>CPUs</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDetails.cpp" line="34"/>
        <source>CPU model</source>
        <translation>CPU-Modell</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDetails.cpp" line="35"/>
        <source>MHz</source>
        <translation>MHz</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDetails.cpp" line="36"/>
        <source>Memory</source>
        <translation>Arbeitsspeicher</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDetails.cpp" line="37"/>
        <source>Memory available</source>
        <translation>Verfügbarer Arbeitsspeicher</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDetails.cpp" line="41"/>
        <source>Captured</source>
        <translation>Erfasst</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDetails.cpp" line="43"/>
        <source>%1 (from %2)</source>
        <translation>%1 (von %2)</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDetails.cpp" line="45"/>
        <source>a host it does not name</source>
        <translation>einem nicht genannten Host</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDetails.cpp" line="47"/>
        <source>at a time the capture does not say</source>
        <translation>zu einer Zeit, die die Erfassung nicht nennt</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDetails.cpp" line="48"/>
        <source>Last refresh</source>
        <translation>Letzte Aktualisierung</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDetails.cpp" line="51"/>
        <source>Summary</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDetails.cpp" line="60"/>
        <source>Virtual disks</source>
        <translation>Virtuelle Festplatten</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDetails.cpp" line="61"/>
        <source>%1 of %2 Duplex</source>
        <translation>%1 von %2 Duplex</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDetails.cpp" line="66"/>
        <source>Virtual machines</source>
        <translation>Virtuelle Maschinen</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDetails.cpp" line="66"/>
        <source>%1 of %2 running</source>
        <translation>%1 von %2 laufen</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDetails.cpp" line="67"/>
        <source>Teams</source>
        <translation>Teams</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDetails.cpp" line="72"/>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDetails.cpp" line="76"/>
        <source>Command: %1</source>
        <translation>Befehl: %1</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDetails.cpp" line="78"/>
        <source>Line: %1</source>
        <translation>Zeile: %1</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDetails.cpp" line="86"/>
        <source>Checks</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDetails.cpp" line="88"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDetails.cpp" line="100"/>
        <source>Remedy: %1</source>
        <translation>Abhilfe: %1</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDetails.cpp" line="108"/>
        <source>When the host stops</source>
        <translation>Beim Herunterfahren des Hosts</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDetails.cpp" line="111"/>
        <source>No: libvirt-guests.service is not enabled (ON_SHUTDOWN=%1, %2)</source>
        <translation>Nein: libvirt-guests.service ist nicht aktiviert (ON_SHUTDOWN=%1, %2)</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDetails.cpp" line="112"/>
        <source>no settings file</source>
        <translation>keine Einstellungsdatei</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDetails.cpp" line="114"/>
        <source>No, each VM is shut down (libvirt-guests ON_SHUTDOWN=%1, %2)</source>
        <translation>Nein, jede VM wird heruntergefahren (libvirt-guests ON_SHUTDOWN=%1, %2)</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDetails.cpp" line="116"/>
        <source>Yes (libvirt-guests ON_SHUTDOWN=%1, %2)</source>
        <translation>Ja (libvirt-guests ON_SHUTDOWN=%1, %2)</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDetails.cpp" line="118"/>
        <source>Yes (libvirt-guests default ON_SHUTDOWN=suspend, not set in %1)</source>
        <translation>Ja (libvirt-guests-Vorgabe ON_SHUTDOWN=suspend, nicht in %1 gesetzt)</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDetails.cpp" line="120"/>
        <source>Yes (libvirt-guests default ON_SHUTDOWN=suspend, no settings file)</source>
        <translation>Ja (libvirt-guests-Vorgabe ON_SHUTDOWN=suspend, keine Einstellungsdatei)</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDetails.cpp" line="121"/>
        <source>Save VM state when the host stops</source>
        <translation>VM-Zustand beim Herunterfahren des Hosts speichern</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDetails.cpp" line="122"/>
        <source>libvirt-guests service</source>
        <translation>Dienst libvirt-guests</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDetails.cpp" line="123"/>
        <source>Not known (no systemd)</source>
        <translation>Unbekannt (kein systemd)</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDetails.cpp" line="124"/>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDetails.cpp" line="124"/>
        <source>Not enabled</source>
        <translation>Nicht aktiviert</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDetails.cpp" line="126"/>
        <source>Wait for each VM to shut down</source>
        <translation>Wartezeit auf das Herunterfahren jeder VM</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDetails.cpp" line="127"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDetails.cpp" line="128"/>
        <source>Without a limit</source>
        <translation>Unbegrenzt</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDetails.cpp" line="129"/>
        <source>Not a number (SHUTDOWN_TIMEOUT)</source>
        <translation>Keine Zahl (SHUTDOWN_TIMEOUT)</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDetails.cpp" line="131"/>
        <source>Settings file not read</source>
        <translation>Einstellungsdatei nicht gelesen</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDetails.cpp" line="132"/>
        <source>%1 exists too, but libvirt-guests on this host reads %2.</source>
        <translation>%1 existiert ebenfalls, aber libvirt-guests liest auf diesem Host %2.</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDetails.cpp" line="135"/>
        <source>Save state when the host stops</source>
        <translation>Zustand beim Herunterfahren des Hosts speichern</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDetails.cpp" line="143"/>
        <source>Modules</source>
        <translation>Module</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDetails.cpp" line="145"/>
        <source>Placement unknown</source>
        <translation>Zuordnung unbekannt</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDetails.cpp" line="146"/>
        <source>Every disk and adapter of this host sits behind one PCI root, so the console cannot tell which module holds which. Set it with Host ▸ Module Placement: the checks that want copies and teams across modules use it.</source>
        <translation>Alle Festplatten und Adapter dieses Hosts hängen an einer einzigen PCI-Root, daher kann die Konsole nicht erkennen, welches Modul was enthält. Legen Sie es unter Host ▸ Modulzuordnung fest: Die Prüfungen, die Kopien und Teams über Module verteilt sehen wollen, verwenden es.</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDetails.cpp" line="151"/>
        <location filename="../ui/host/HostDetails.cpp" line="170"/>
        <source>Module %1</source>
        <translation>Modul %1</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDetails.cpp" line="152"/>
        <source>%1 disks, %2 adapters</source>
        <translation>%1 Festplatten, %2 Adapter</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDetails.cpp" line="154"/>
        <source>Not in a module</source>
        <translation>Keinem Modul zugeordnet</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDetails.cpp" line="171"/>
        <source>Disks</source>
        <translation>Festplatten</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDetails.cpp" line="174"/>
        <location filename="../ui/host/HostDetails.cpp" line="179"/>
        <source>Slot %1: %2</source>
        <translation>Steckplatz %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDetails.cpp" line="176"/>
        <source>Adapters</source>
        <translation>Adapter</translation>
    </message>
</context>
<context>
    <name>ftc::HostKeyDialog</name>
    <message>
        <location filename="../ui/shell/HostKeyDialog.cpp" line="15"/>
        <source>Unknown Host Key</source>
        <translation>Unbekannter Host-Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/shell/HostKeyDialog.cpp" line="20"/>
        <source>&lt;b&gt;%1 is not a known host.&lt;/b&gt;&lt;br&gt;Compare the fingerprint below with the one the host&apos;s administrator gives you (&lt;tt&gt;ssh-keygen -lf /etc/ssh/ssh_host_*_key.pub&lt;/tt&gt; on the host). Refuse if you cannot check it.</source>
        <translation>&lt;b&gt;%1 ist kein bekannter Host.&lt;/b&gt;&lt;br&gt;Vergleichen Sie den Fingerabdruck unten mit dem, den Ihnen der Administrator des Hosts nennt (&lt;tt&gt;ssh-keygen -lf /etc/ssh/ssh_host_*_key.pub&lt;/tt&gt; auf dem Host). Lehnen Sie ab, wenn Sie ihn nicht prüfen können.</translation>
    </message>
    <message>
        <location filename="../ui/shell/HostKeyDialog.cpp" line="41"/>
        <source>Host:</source>
        <translation>Host:</translation>
    </message>
    <message>
        <location filename="../ui/shell/HostKeyDialog.cpp" line="42"/>
        <source>Key type:</source>
        <translation>Schlüsseltyp:</translation>
    </message>
    <message>
        <location filename="../ui/shell/HostKeyDialog.cpp" line="43"/>
        <source>Fingerprint:</source>
        <translation>Fingerabdruck:</translation>
    </message>
    <message>
        <location filename="../ui/shell/HostKeyDialog.cpp" line="45"/>
        <source>Saved to:</source>
        <translation>Gespeichert in:</translation>
    </message>
    <message>
        <location filename="../ui/shell/HostKeyDialog.cpp" line="48"/>
        <source>Accept Once</source>
        <translation>Einmal annehmen</translation>
    </message>
    <message>
        <location filename="../ui/shell/HostKeyDialog.cpp" line="49"/>
        <source>Accept and Save</source>
        <translation>Annehmen und speichern</translation>
    </message>
    <message>
        <location filename="../ui/shell/HostKeyDialog.cpp" line="50"/>
        <source>Refuse</source>
        <translation>Ablehnen</translation>
    </message>
</context>
<context>
    <name>ftc::HostTree</name>
    <message>
        <location filename="../ui/host/ModuleTree.cpp" line="33"/>
        <source>Modules</source>
        <translation>Module</translation>
    </message>
    <message>
        <location filename="../ui/host/ModuleTree.cpp" line="47"/>
        <source>Module %1</source>
        <translation>Modul %1</translation>
    </message>
    <message>
        <location filename="../ui/host/ModuleTree.cpp" line="54"/>
        <source>Not in a module</source>
        <translation>Keinem Modul zugeordnet</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageTree.cpp" line="19"/>
        <source>Storage</source>
        <translation>Datenträger</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageTree.cpp" line="20"/>
        <source>Physical disks</source>
        <translation>Physische Festplatten</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageTree.cpp" line="23"/>
        <source>Virtual disks</source>
        <translation>Virtuelle Festplatten</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageTree.cpp" line="29"/>
        <source>%1 %2 %</source>
        <translation>%1 %2 %</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageTree.cpp" line="33"/>
        <source>%1, checking %2 %</source>
        <translation>%1, Prüfung %2 %</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageTree.cpp" line="34"/>
        <source>%1, repairing %2 %</source>
        <translation>%1, Reparatur %2 %</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageTree.cpp" line="42"/>
        <source>slot %1 — missing</source>
        <translation>Platz %1 — fehlt</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageTree.cpp" line="43"/>
        <source>%1 (replacement)</source>
        <translation>%1 (Ersatz)</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageTree.cpp" line="53"/>
        <source>%1 (%2 container)</source>
        <translation>%1 (%2-Container)</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageTree.cpp" line="56"/>
        <source>No arrays</source>
        <translation>Keine Arrays</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageTree.cpp" line="57"/>
        <source>Holds %1</source>
        <translation>Enthält %1</translation>
    </message>
    <message>
        <location filename="../ui/network/NetworkTree.cpp" line="19"/>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <location filename="../ui/network/NetworkTree.cpp" line="20"/>
        <source>Adapters</source>
        <translation>Adapter</translation>
    </message>
    <message>
        <location filename="../ui/network/NetworkTree.cpp" line="23"/>
        <source>Teams</source>
        <translation>Teams</translation>
    </message>
    <message>
        <location filename="../ui/network/NetworkTree.cpp" line="29"/>
        <source>Bridges</source>
        <translation>Bridges</translation>
    </message>
    <message>
        <location filename="../ui/network/NetworkTree.cpp" line="54"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/network/NetworkTree.cpp" line="35"/>
        <location filename="../ui/network/NetworkTree.cpp" line="61"/>
        <source>Up</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <location filename="../ui/network/NetworkTree.cpp" line="36"/>
        <location filename="../ui/network/NetworkTree.cpp" line="61"/>
        <source>Down</source>
        <translation>Getrennt</translation>
    </message>
    <message>
        <location filename="../ui/network/NetworkTree.cpp" line="63"/>
        <source>%1, active</source>
        <translation>%1, aktiv</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmTree.cpp" line="11"/>
        <source>Virtual machines</source>
        <translation>Virtuelle Maschinen</translation>
    </message>
</context>
<context>
    <name>ftc::MainWindow</name>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="82"/>
        <location filename="../ui/shell/MainWindow.cpp" line="151"/>
        <source>ftconsole</source>
        <translation>ftconsole</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="86"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="86"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="96"/>
        <location filename="../ui/shell/MainWindow.cpp" line="416"/>
        <location filename="../ui/shell/MainWindow.cpp" line="611"/>
        <source>Open a host with File ▸ Open Host…</source>
        <translation>Öffnen Sie einen Host mit Datei ▸ Host öffnen…</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="129"/>
        <source>Event Log</source>
        <translation>Ereignisprotokoll</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="151"/>
        <source>ftconsole — %1</source>
        <translation>ftconsole — %1</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="174"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="175"/>
        <source>&amp;Open Host…</source>
        <translation>Host &amp;öffnen…</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="178"/>
        <source>&amp;Close Host</source>
        <translation>Host &amp;schließen</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="183"/>
        <source>&amp;Export Report…</source>
        <translation>Bericht &amp;exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="186"/>
        <source>The selected host&apos;s configuration, checks and last events as PDF, HTML, JSON or CSV</source>
        <translation>Konfiguration, Prüfungen und letzte Ereignisse des ausgewählten Hosts als PDF, HTML, JSON oder CSV</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="189"/>
        <source>Save Support &amp;Bundle…</source>
        <translation>Support-&amp;Paket speichern…</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="191"/>
        <source>The selected host&apos;s raw outputs in a folder, to attach to a ticket and open anywhere as a read-only capture</source>
        <translation>Die Rohausgaben des gewählten Hosts in einem Ordner: an ein Ticket anhängen und überall als schreibgeschützte Erfassung öffnen</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="195"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="198"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="200"/>
        <source>&amp;Refresh Now</source>
        <translation>Jetzt &amp;aktualisieren</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="224"/>
        <source>%1: port LED blinked for 10 seconds</source>
        <translation>%1: Port-LED hat 10 Sekunden lang geblinkt</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="250"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="251"/>
        <source>&amp;About ftconsole</source>
        <translation>Ü&amp;ber ftconsole</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="252"/>
        <source>About ftconsole</source>
        <translation>Über ftconsole</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="253"/>
        <source>&lt;b&gt;ftconsole&lt;/b&gt; %1&lt;br&gt;A console for fault-tolerant Linux virtualization hosts: mirrored disks, adapter teams and virtual machines.</source>
        <translation>&lt;b&gt;ftconsole&lt;/b&gt; %1&lt;br&gt;Eine Konsole für fehlertolerante Linux-Virtualisierungshosts: gespiegelte Festplatten, Adapter-Teams und virtuelle Maschinen.</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="258"/>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="330"/>
        <source>Save Support Bundle</source>
        <translation>Support-Paket speichern</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="340"/>
        <source>Step %1 of %2 done: %3</source>
        <translation>Schritt %1 von %2 erledigt: %3</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="341"/>
        <source>Step %1 of %2 failed: %3: %4</source>
        <translation>Schritt %1 von %2 fehlgeschlagen: %3: %4</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="350"/>
        <source>The operation was not recorded in the history: %1</source>
        <translation>Der Vorgang wurde nicht im Verlauf festgehalten: %1</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="356"/>
        <source>%1: plan applied</source>
        <translation>%1: Plan angewendet</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="356"/>
        <source>%1: plan failed</source>
        <translation>%1: Plan fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="366"/>
        <source>Opening %1</source>
        <translation>%1 wird geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="381"/>
        <source>An operation is running</source>
        <translation>Ein Vorgang läuft</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="382"/>
        <source>An operation is running on %1.</source>
        <translation>Auf %1 läuft ein Vorgang.</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="385"/>
        <source>If you close now, the console stops after the step that is running: the host is left partway, as the operation history will say. Wait for it to finish, or stop it here.</source>
        <translation>Wenn Sie jetzt schließen, hält die Konsole nach dem laufenden Schritt an: Der Host bleibt auf halbem Weg, wie der Vorgangsverlauf zeigen wird. Warten Sie, bis der Vorgang fertig ist, oder halten Sie ihn hier an.</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="387"/>
        <source>Stop and Close</source>
        <translation>Anhalten und schließen</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="388"/>
        <source>Keep Running</source>
        <translation>Weiterlaufen lassen</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="412"/>
        <source>Closed %1</source>
        <translation>%1 geschlossen</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="502"/>
        <source>Retrying %1</source>
        <translation>Neuer Versuch mit %1</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="553"/>
        <source>%1: read-only capture from %2</source>
        <translation>%1: schreibgeschützte Erfassung vom %2</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="555"/>
        <source>%1: refreshed at %2</source>
        <translation>%1: aktualisiert um %2</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="589"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="598"/>
        <source>Capture from %1</source>
        <translation>Erfassung vom %1</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="612"/>
        <source>Select an item in the tree.</source>
        <translation>Wählen Sie einen Eintrag im Baum.</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="680"/>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="681"/>
        <source>%1 on %2.</source>
        <translation>%1 auf %2.</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="684"/>
        <source>Its data may be lost. Do not write to its member disks: reseat or reconnect the disks that failed, and see the Checks page for what to do next.</source>
        <translation>Ihre Daten sind möglicherweise verloren. Schreiben Sie nicht auf ihre Mitgliedsfestplatten: Setzen Sie die ausgefallenen Festplatten neu ein oder schließen Sie sie wieder an, und sehen Sie auf der Seite „Prüfungen“ nach, was als Nächstes zu tun ist.</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="686"/>
        <source>Acknowledge</source>
        <translation>Bestätigen</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="691"/>
        <source>%1: acknowledged</source>
        <translation>%1: bestätigt</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="702"/>
        <location filename="../ui/shell/MainWindow.cpp" line="724"/>
        <source>Export Report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="702"/>
        <source>%1 has not been read yet: nothing to report.</source>
        <translation>%1 wurde noch nicht gelesen: Es gibt nichts zu berichten.</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="708"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="708"/>
        <source>Web page, one file (*.html)</source>
        <translation>Webseite, eine Datei (*.html)</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="708"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="709"/>
        <source>CSV, one file per table, in a folder (*)</source>
        <translation>CSV, eine Datei je Tabelle, in einem Ordner (*)</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="710"/>
        <source>Export Report of %1</source>
        <translation>Bericht von %1 exportieren</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="727"/>
        <source>%1: report written to %2</source>
        <translation>%1: Bericht nach %2 geschrieben</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="737"/>
        <source>Save Support Bundle of %1</source>
        <translation>Support-Paket von %1 speichern</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="743"/>
        <source>%1: saving a support bundle to %2…</source>
        <translation>%1: Support-Paket wird in %2 gespeichert…</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="907"/>
        <source>Applying: %1</source>
        <translation>Wird angewendet: %1</translation>
    </message>
</context>
<context>
    <name>ftc::ModuleOverridesDialog</name>
    <message>
        <location filename="../ui/host/ModuleOverridesDialog.cpp" line="31"/>
        <source>Module Placement on %1</source>
        <translation>Modulzuordnung auf %1</translation>
    </message>
    <message>
        <location filename="../ui/host/ModuleOverridesDialog.cpp" line="34"/>
        <source>Each disk and adapter belongs to module 10 or 11, the two CPU-I/O enclosures. The console guesses from the PCI root a device sits on; where that guess is wrong, choose the module here. Disks are remembered by serial number, so a disk that gets a new name keeps its place.</source>
        <translation>Jede Festplatte und jeder Adapter gehört zu Modul 10 oder 11, den beiden CPU-E/A-Gehäusen. Die Konsole schließt aus dem PCI-Root, an dem ein Gerät hängt, auf das Modul; wo diese Vermutung falsch ist, wählen Sie das Modul hier. Festplatten werden an ihrer Seriennummer erkannt, sodass eine Festplatte, die einen neuen Namen erhält, ihren Platz behält.</translation>
    </message>
    <message>
        <location filename="../ui/host/ModuleOverridesDialog.cpp" line="46"/>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <location filename="../ui/host/ModuleOverridesDialog.cpp" line="46"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../ui/host/ModuleOverridesDialog.cpp" line="46"/>
        <source>Serial / MAC</source>
        <translation>Seriennummer / MAC</translation>
    </message>
    <message>
        <location filename="../ui/host/ModuleOverridesDialog.cpp" line="46"/>
        <source>Model / PCI path</source>
        <translation>Modell / PCI-Pfad</translation>
    </message>
    <message>
        <location filename="../ui/host/ModuleOverridesDialog.cpp" line="46"/>
        <source>Now in</source>
        <translation>Jetzt in</translation>
    </message>
    <message>
        <location filename="../ui/host/ModuleOverridesDialog.cpp" line="47"/>
        <source>Module</source>
        <translation>Modul</translation>
    </message>
    <message>
        <location filename="../ui/host/ModuleOverridesDialog.cpp" line="49"/>
        <source>Disk</source>
        <translation>Festplatte</translation>
    </message>
    <message>
        <location filename="../ui/host/ModuleOverridesDialog.cpp" line="51"/>
        <source>Adapter</source>
        <translation>Adapter</translation>
    </message>
    <message>
        <location filename="../ui/host/ModuleOverridesDialog.cpp" line="57"/>
        <source>All &amp;Automatic</source>
        <translation>Alle &amp;automatisch</translation>
    </message>
    <message>
        <location filename="../ui/host/ModuleOverridesDialog.cpp" line="74"/>
        <source>no module</source>
        <translation>keinem Modul</translation>
    </message>
    <message>
        <location filename="../ui/host/ModuleOverridesDialog.cpp" line="74"/>
        <location filename="../ui/host/ModuleOverridesDialog.cpp" line="80"/>
        <source>Module %1</source>
        <translation>Modul %1</translation>
    </message>
    <message>
        <location filename="../ui/host/ModuleOverridesDialog.cpp" line="78"/>
        <source>Automatic (PCI root)</source>
        <translation>Automatisch (PCI-Root)</translation>
    </message>
</context>
<context>
    <name>ftc::NetChangeDialog</name>
    <message>
        <location filename="../ui/network/NetChangeDialog.cpp" line="39"/>
        <source>&amp;Apply</source>
        <translation>&amp;Anwenden</translation>
    </message>
    <message>
        <location filename="../ui/network/NetChangeDialog.cpp" line="51"/>
        <source>Change Team %1</source>
        <translation>Team %1 ändern</translation>
    </message>
    <message>
        <location filename="../ui/network/NetChangeDialog.cpp" line="53"/>
        <source>The host was closed.</source>
        <translation>Der Host wurde geschlossen.</translation>
    </message>
    <message>
        <location filename="../ui/network/NetChangeDialog.cpp" line="56"/>
        <source>Asking the host how its network is configured…</source>
        <translation>Der Host wird nach seiner Netzwerkkonfiguration gefragt…</translation>
    </message>
    <message>
        <location filename="../ui/network/NetChangeDialog.cpp" line="70"/>
        <source>The host has not been read yet.</source>
        <translation>Der Host wurde noch nicht gelesen.</translation>
    </message>
    <message>
        <location filename="../ui/network/NetChangeDialog.cpp" line="90"/>
        <source>Done.</source>
        <translation>Erledigt.</translation>
    </message>
    <message>
        <location filename="../ui/network/NetChangeDialog.cpp" line="90"/>
        <source>The change did not take effect.</source>
        <translation>Die Änderung wurde nicht wirksam.</translation>
    </message>
    <message>
        <location filename="../ui/network/NetChangeDialog.cpp" line="93"/>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
</context>
<context>
    <name>ftc::NetChangeRun</name>
    <message>
        <location filename="../ui/network/NetChangeRun.cpp" line="23"/>
        <source>Applying…</source>
        <translation>Wird angewendet…</translation>
    </message>
    <message>
        <location filename="../ui/network/NetChangeRun.cpp" line="30"/>
        <source>%1: done</source>
        <translation>%1: erledigt</translation>
    </message>
    <message>
        <location filename="../ui/network/NetChangeRun.cpp" line="31"/>
        <source>%1: failed: %2</source>
        <translation>%1: fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>ftc::NetworkActions</name>
    <message>
        <location filename="../ui/network/NetworkActions.cpp" line="16"/>
        <source>&amp;Network</source>
        <translation>&amp;Netzwerk</translation>
    </message>
    <message>
        <location filename="../ui/network/NetworkActions.cpp" line="19"/>
        <source>New &amp;Team…</source>
        <translation>Neues &amp;Team…</translation>
    </message>
    <message>
        <location filename="../ui/network/NetworkActions.cpp" line="21"/>
        <source>Ctrl+Shift+T</source>
        <translation>Ctrl+Shift+T</translation>
    </message>
    <message>
        <location filename="../ui/network/NetworkActions.cpp" line="22"/>
        <source>&amp;Identify Adapter</source>
        <translation>Adapter &amp;identifizieren</translation>
    </message>
    <message>
        <location filename="../ui/network/NetworkActions.cpp" line="41"/>
        <source>&amp;Add Adapter to Team</source>
        <translation>Adapter zum Team &amp;hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/network/NetworkActions.cpp" line="43"/>
        <source>&amp;Remove from Team</source>
        <translation>Aus dem Team &amp;entfernen</translation>
    </message>
    <message>
        <location filename="../ui/network/NetworkActions.cpp" line="51"/>
        <source>Make &amp;Primary</source>
        <translation>Zum &amp;primären Adapter machen</translation>
    </message>
    <message>
        <location filename="../ui/network/NetworkActions.cpp" line="59"/>
        <source>&amp;Delete Team…</source>
        <translation>Team &amp;löschen…</translation>
    </message>
    <message>
        <location filename="../ui/network/NetworkActions.cpp" line="74"/>
        <source>Select a host first</source>
        <translation>Wählen Sie zuerst einen Host</translation>
    </message>
    <message>
        <location filename="../ui/network/NetworkActions.cpp" line="75"/>
        <source>The host has not been read yet</source>
        <translation>Der Host wurde noch nicht gelesen</translation>
    </message>
    <message>
        <location filename="../ui/network/NetworkActions.cpp" line="76"/>
        <source>A capture is read-only</source>
        <translation>Eine Erfassung ist schreibgeschützt</translation>
    </message>
    <message>
        <location filename="../ui/network/NetworkActions.cpp" line="77"/>
        <source>A team needs two adapters; the host has fewer</source>
        <translation>Ein Team braucht zwei Adapter; der Host hat weniger</translation>
    </message>
    <message>
        <location filename="../ui/network/NetworkActions.cpp" line="78"/>
        <source>Build a team of adapters (Teaming Wizard)</source>
        <translation>Ein Team aus Adaptern bilden (Teaming-Assistent)</translation>
    </message>
    <message>
        <location filename="../ui/network/NetworkActions.cpp" line="82"/>
        <source>Blinks the adapter&apos;s port LED for 10 seconds (ethtool --identify)</source>
        <translation>Lässt die Port-LED des Adapters 10 Sekunden lang blinken (ethtool --identify)</translation>
    </message>
    <message>
        <location filename="../ui/network/NetworkActions.cpp" line="92"/>
        <source>A team keeps at least two adapters: delete the team instead</source>
        <translation>Ein Team behält mindestens zwei Adapter: löschen Sie stattdessen das Team</translation>
    </message>
    <message>
        <location filename="../ui/network/NetworkActions.cpp" line="93"/>
        <source>Take the adapter out of the team</source>
        <translation>Den Adapter aus dem Team nehmen</translation>
    </message>
    <message>
        <location filename="../ui/network/NetworkActions.cpp" line="99"/>
        <source>%1 (module %2)</source>
        <translation>%1 (Modul %2)</translation>
    </message>
</context>
<context>
    <name>ftc::NetworkDetails</name>
    <message>
        <location filename="../ui/network/NetworkDetails.cpp" line="16"/>
        <location filename="../ui/network/NetworkDetails.cpp" line="24"/>
        <source>Teams</source>
        <translation>Teams</translation>
    </message>
    <message>
        <location filename="../ui/network/NetworkDetails.cpp" line="17"/>
        <location filename="../ui/network/NetworkDetails.cpp" line="19"/>
        <source>Adapters</source>
        <translation>Adapter</translation>
    </message>
    <message>
        <location filename="../ui/network/NetworkDetails.cpp" line="17"/>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <location filename="../ui/network/NetworkDetails.cpp" line="29"/>
        <source>No adapter teams yet. Team two adapters on different modules so the host stays reachable when one module is down.</source>
        <translation>Noch keine Adapter-Teams. Bündeln Sie zwei Adapter auf verschiedenen Modulen, damit der Host erreichbar bleibt, wenn ein Modul ausfällt.</translation>
    </message>
    <message>
        <location filename="../ui/network/NetworkDetails.cpp" line="34"/>
        <source>Bridges</source>
        <translation>Bridges</translation>
    </message>
    <message>
        <location filename="../ui/network/NetworkDetails.cpp" line="37"/>
        <source>no port</source>
        <translation>kein Port</translation>
    </message>
    <message>
        <location filename="../ui/network/NetworkDetails.cpp" line="47"/>
        <source>Full</source>
        <comment>link duplex mode</comment>
        <translation>Voll</translation>
    </message>
    <message>
        <location filename="../ui/network/NetworkDetails.cpp" line="49"/>
        <source>Half</source>
        <comment>link duplex mode</comment>
        <translation>Halb</translation>
    </message>
    <message>
        <location filename="../ui/network/NetworkDetails.cpp" line="57"/>
        <source>Network adapter</source>
        <translation>Netzwerkadapter</translation>
    </message>
    <message>
        <location filename="../ui/network/NetworkDetails.cpp" line="58"/>
        <location filename="../ui/network/NetworkDetails.cpp" line="77"/>
        <location filename="../ui/network/NetworkDetails.cpp" line="132"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../ui/network/NetworkDetails.cpp" line="59"/>
        <source>MAC address</source>
        <translation>MAC-Adresse</translation>
    </message>
    <message>
        <location filename="../ui/network/NetworkDetails.cpp" line="60"/>
        <source>Module</source>
        <translation>Modul</translation>
    </message>
    <message>
        <location filename="../ui/network/NetworkDetails.cpp" line="61"/>
        <source>Slot</source>
        <translation>Steckplatz</translation>
    </message>
    <message>
        <location filename="../ui/network/NetworkDetails.cpp" line="62"/>
        <source>Driver</source>
        <translation>Treiber</translation>
    </message>
    <message>
        <location filename="../ui/network/NetworkDetails.cpp" line="63"/>
        <source>Speed</source>
        <translation>Geschwindigkeit</translation>
    </message>
    <message>
        <location filename="../ui/network/NetworkDetails.cpp" line="63"/>
        <source>%1 Mb/s</source>
        <translation>%1 Mbit/s</translation>
    </message>
    <message>
        <location filename="../ui/network/NetworkDetails.cpp" line="64"/>
        <source>Duplex</source>
        <comment>link duplex mode</comment>
        <translation>Duplex</translation>
    </message>
    <message>
        <location filename="../ui/network/NetworkDetails.cpp" line="65"/>
        <source>Operational state</source>
        <translation>Betriebszustand</translation>
    </message>
    <message>
        <location filename="../ui/network/NetworkDetails.cpp" line="66"/>
        <location filename="../ui/network/NetworkDetails.cpp" line="76"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../ui/network/NetworkDetails.cpp" line="68"/>
        <source>PCI path</source>
        <translation>PCI-Pfad</translation>
    </message>
    <message>
        <location filename="../ui/network/NetworkDetails.cpp" line="78"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../ui/network/NetworkDetails.cpp" line="79"/>
        <source>Bonding mode</source>
        <translation>Bonding-Modus</translation>
    </message>
    <message>
        <location filename="../ui/network/NetworkDetails.cpp" line="80"/>
        <source>Active adapter</source>
        <translation>Aktiver Adapter</translation>
    </message>
    <message>
        <location filename="../ui/network/NetworkDetails.cpp" line="81"/>
        <source>Primary</source>
        <translation>Primär</translation>
    </message>
    <message>
        <location filename="../ui/network/NetworkDetails.cpp" line="82"/>
        <source>Link monitoring</source>
        <translation>Link-Überwachung</translation>
    </message>
    <message>
        <location filename="../ui/network/NetworkDetails.cpp" line="82"/>
        <source>every %1 ms</source>
        <translation>alle %1 ms</translation>
    </message>
    <message>
        <location filename="../ui/network/NetworkDetails.cpp" line="84"/>
        <source>ARP monitoring</source>
        <translation>ARP-Überwachung</translation>
    </message>
    <message>
        <location filename="../ui/network/NetworkDetails.cpp" line="84"/>
        <source>every %1 ms, asking %2</source>
        <translation>alle %1 ms, fragt %2</translation>
    </message>
    <message>
        <location filename="../ui/network/NetworkDetails.cpp" line="88"/>
        <source>MAC on failover</source>
        <translation>MAC bei Umschaltung</translation>
    </message>
    <message>
        <location filename="../ui/network/NetworkDetails.cpp" line="91"/>
        <source>LACP rate</source>
        <translation>LACP-Rate</translation>
    </message>
    <message>
        <location filename="../ui/network/NetworkDetails.cpp" line="92"/>
        <source>Aggregator</source>
        <translation>Aggregator</translation>
    </message>
    <message>
        <location filename="../ui/network/NetworkDetails.cpp" line="93"/>
        <source>%1, %2 of %3 adapters</source>
        <translation>%1, %2 von %3 Adaptern</translation>
    </message>
    <message>
        <location filename="../ui/network/NetworkDetails.cpp" line="97"/>
        <source>Switch partner</source>
        <translation>Switch-Partner</translation>
    </message>
    <message>
        <location filename="../ui/network/NetworkDetails.cpp" line="98"/>
        <source>none answered: is the switch port set for LACP?</source>
        <translation>keiner hat geantwortet: Ist der Switch-Port für LACP eingerichtet?</translation>
    </message>
    <message>
        <location filename="../ui/network/NetworkDetails.cpp" line="100"/>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <location filename="../ui/network/NetworkDetails.cpp" line="103"/>
        <location filename="../ui/network/NetworkDetails.cpp" line="132"/>
        <source>Up</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <location filename="../ui/network/NetworkDetails.cpp" line="103"/>
        <source>Down (%1)</source>
        <translation>Getrennt (%1)</translation>
    </message>
    <message>
        <location filename="../ui/network/NetworkDetails.cpp" line="105"/>
        <source>%1, active</source>
        <translation>%1, aktiv</translation>
    </message>
    <message>
        <location filename="../ui/network/NetworkDetails.cpp" line="110"/>
        <source>%1 (module %2)</source>
        <translation>%1 (Modul %2)</translation>
    </message>
    <message>
        <location filename="../ui/network/NetworkDetails.cpp" line="113"/>
        <source>%1 link failures</source>
        <translation>%1 Link-Ausfälle</translation>
    </message>
    <message>
        <location filename="../ui/network/NetworkDetails.cpp" line="129"/>
        <location filename="../ui/network/NetworkDetails.cpp" line="131"/>
        <source>Bridge</source>
        <translation>Bridge</translation>
    </message>
    <message>
        <location filename="../ui/network/NetworkDetails.cpp" line="132"/>
        <source>Down</source>
        <translation>Getrennt</translation>
    </message>
    <message>
        <location filename="../ui/network/NetworkDetails.cpp" line="133"/>
        <source>Ports</source>
        <translation>Ports</translation>
    </message>
    <message>
        <location filename="../ui/network/NetworkDetails.cpp" line="144"/>
        <source>No team or adapter is a port of this bridge: its virtual machines reach only each other and the host.</source>
        <translation>Kein Team und kein Adapter ist Port dieser Bridge: Ihre virtuellen Maschinen erreichen nur einander und den Host.</translation>
    </message>
    <message>
        <location filename="../ui/network/NetworkDetails.cpp" line="146"/>
        <source>Virtual machines</source>
        <translation>Virtuelle Maschinen</translation>
    </message>
    <message>
        <location filename="../ui/network/NetworkDetails.cpp" line="148"/>
        <source>NIC on %1</source>
        <translation>Netzwerkkarte an %1</translation>
    </message>
    <message>
        <location filename="../ui/network/NetworkDetails.cpp" line="151"/>
        <source>No running virtual machine has a NIC on this bridge.</source>
        <translation>Keine laufende virtuelle Maschine hat eine Netzwerkkarte an dieser Bridge.</translation>
    </message>
    <message>
        <location filename="../ui/network/NetworkDetails.cpp" line="152"/>
        <source>%1 on the bridge, of no VM the console knows.</source>
        <translation>%1 an der Bridge, zu keiner VM, die die Konsole kennt.</translation>
    </message>
</context>
<context>
    <name>ftc::NodeDetails</name>
    <message>
        <location filename="../ui/shell/NodeDetails.cpp" line="68"/>
        <source>Gone</source>
        <translation>Verschwunden</translation>
    </message>
    <message>
        <location filename="../ui/shell/NodeDetails.cpp" line="69"/>
        <source>This object is no longer reported by the host.</source>
        <translation>Der Host meldet dieses Objekt nicht mehr.</translation>
    </message>
</context>
<context>
    <name>ftc::PdfReport</name>
    <message>
        <location filename="../ui/report/PdfReport.cpp" line="63"/>
        <source>the PDF could not be started</source>
        <translation>das PDF konnte nicht begonnen werden</translation>
    </message>
    <message>
        <location filename="../ui/report/PdfReport.cpp" line="75"/>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <location filename="../ui/report/PdfReport.cpp" line="86"/>
        <source>the PDF could not be finished</source>
        <translation>das PDF konnte nicht abgeschlossen werden</translation>
    </message>
</context>
<context>
    <name>ftc::PlanDialog</name>
    <message>
        <location filename="../ui/common/PlanDialog.cpp" line="19"/>
        <source>&amp;Apply</source>
        <translation>&amp;Anwenden</translation>
    </message>
    <message>
        <location filename="../ui/common/PlanDialog.cpp" line="24"/>
        <source>Review what will change. Nothing runs until you press Apply.</source>
        <translation>Prüfen Sie, was sich ändert. Nichts läuft, bevor Sie auf Anwenden klicken.</translation>
    </message>
    <message>
        <location filename="../ui/common/PlanDialog.cpp" line="25"/>
        <source>This cannot be done as things are. Nothing will run.</source>
        <translation>So ist das nicht möglich. Es wird nichts ausgeführt.</translation>
    </message>
    <message>
        <location filename="../ui/common/PlanDialog.cpp" line="41"/>
        <source>To confirm, type %1: &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>Geben Sie zur Bestätigung %1 ein: &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/common/PlanDialog.cpp" line="77"/>
        <source>The host could not be asked what this account may run.</source>
        <translation>Der Host konnte nicht gefragt werden, was dieses Konto ausführen darf.</translation>
    </message>
    <message>
        <location filename="../ui/common/PlanDialog.cpp" line="87"/>
        <source>Asking sudo on the host what this account may run…</source>
        <translation>sudo auf dem Host wird gefragt, was dieses Konto ausführen darf …</translation>
    </message>
    <message>
        <location filename="../ui/common/PlanDialog.cpp" line="88"/>
        <source>sudo on the host would refuse a step: see above</source>
        <translation>sudo auf dem Host würde einen Schritt verweigern: siehe oben</translation>
    </message>
</context>
<context>
    <name>ftc::PlanView</name>
    <message>
        <location filename="../ui/common/PlanView.cpp" line="48"/>
        <source>Cannot be done</source>
        <translation>Nicht möglich</translation>
    </message>
    <message>
        <location filename="../ui/common/PlanView.cpp" line="50"/>
        <source>This account may not run every step</source>
        <translation>Dieses Konto darf nicht jeden Schritt ausführen</translation>
    </message>
    <message>
        <location filename="../ui/common/PlanView.cpp" line="52"/>
        <source>Be careful</source>
        <translation>Vorsicht</translation>
    </message>
    <message>
        <location filename="../ui/common/PlanView.cpp" line="55"/>
        <source>Nothing to do.</source>
        <translation>Nichts zu tun.</translation>
    </message>
    <message>
        <location filename="../ui/common/PlanView.cpp" line="59"/>
        <source>These commands will run, in this order:</source>
        <translation>Diese Befehle werden in dieser Reihenfolge ausgeführt:</translation>
    </message>
    <message>
        <location filename="../ui/common/PlanView.cpp" line="60"/>
        <source>These commands would run:</source>
        <translation>Diese Befehle würden ausgeführt:</translation>
    </message>
    <message>
        <location filename="../ui/common/PlanView.cpp" line="72"/>
        <source>with this text on its standard input:</source>
        <translation>mit diesem Text auf der Standardeingabe:</translation>
    </message>
</context>
<context>
    <name>ftc::Report</name>
    <message>
        <location filename="../backend/report/HtmlReport.cpp" line="96"/>
        <source>VMs: %1</source>
        <translation>VMs: %1</translation>
    </message>
    <message>
        <location filename="../backend/report/HtmlReport.cpp" line="98"/>
        <source>Host memory: %1</source>
        <translation>Arbeitsspeicher des Hosts: %1</translation>
    </message>
    <message>
        <location filename="../backend/report/HtmlReport.cpp" line="106"/>
        <source>None.</source>
        <translation>Keine.</translation>
    </message>
    <message>
        <location filename="../backend/report/HtmlReport.cpp" line="161"/>
        <source>%1, read at %2; made by ftconsole %3 at %4</source>
        <translation>%1, gelesen am %2; erstellt mit ftconsole %3 am %4</translation>
    </message>
    <message>
        <location filename="../backend/report/HtmlReport.cpp" line="178"/>
        <location filename="../backend/report/ReportTables.cpp" line="94"/>
        <location filename="../backend/report/ReportTables.cpp" line="157"/>
        <source>Memory</source>
        <translation>Arbeitsspeicher</translation>
    </message>
    <message>
        <location filename="../backend/report/HtmlReport.cpp" line="180"/>
        <source>Virtual disks at a glance</source>
        <translation>Virtuelle Festplatten im Überblick</translation>
    </message>
    <message>
        <location filename="../backend/report/ReportTables.cpp" line="27"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../backend/report/ReportTables.cpp" line="27"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location filename="../backend/report/ReportTables.cpp" line="40"/>
        <source>%1 %2 %</source>
        <translation>%1 %2 %</translation>
    </message>
    <message>
        <location filename="../backend/report/ReportTables.cpp" line="42"/>
        <source>, %1 KiB/s</source>
        <translation>, %1 KiB/s</translation>
    </message>
    <message>
        <location filename="../backend/report/ReportTables.cpp" line="50"/>
        <source>in sync</source>
        <translation>synchron</translation>
    </message>
    <message>
        <location filename="../backend/report/ReportTables.cpp" line="51"/>
        <source>rebuilding</source>
        <translation>wird neu aufgebaut</translation>
    </message>
    <message>
        <location filename="../backend/report/ReportTables.cpp" line="52"/>
        <source>spare</source>
        <translation>Reserve</translation>
    </message>
    <message>
        <location filename="../backend/report/ReportTables.cpp" line="53"/>
        <source>faulty</source>
        <translation>fehlerhaft</translation>
    </message>
    <message>
        <location filename="../backend/report/ReportTables.cpp" line="54"/>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <location filename="../backend/report/ReportTables.cpp" line="62"/>
        <source>not in a virtual disk</source>
        <translation>keiner virtuellen Festplatte zugeordnet</translation>
    </message>
    <message>
        <location filename="../backend/report/ReportTables.cpp" line="63"/>
        <source>member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <location filename="../backend/report/ReportTables.cpp" line="64"/>
        <source>in use</source>
        <translation>belegt</translation>
    </message>
    <message>
        <location filename="../backend/report/ReportTables.cpp" line="80"/>
        <source>Configuration report: %1</source>
        <translation>Konfigurationsbericht: %1</translation>
    </message>
    <message>
        <location filename="../backend/report/ReportTables.cpp" line="88"/>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <location filename="../backend/report/ReportTables.cpp" line="88"/>
        <source>Property</source>
        <translation>Eigenschaft</translation>
    </message>
    <message>
        <location filename="../backend/report/ReportTables.cpp" line="88"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../backend/report/ReportTables.cpp" line="89"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../backend/report/ReportTables.cpp" line="90"/>
        <source>Opened as</source>
        <translation>Geöffnet als</translation>
    </message>
    <message>
        <location filename="../backend/report/ReportTables.cpp" line="91"/>
        <source>CPUs</source>
        <translation>CPUs</translation>
    </message>
    <message>
        <location filename="../backend/report/ReportTables.cpp" line="92"/>
        <source>CPU model</source>
        <translation>CPU-Modell</translation>
    </message>
    <message>
        <location filename="../backend/report/ReportTables.cpp" line="93"/>
        <source>MHz</source>
        <translation>MHz</translation>
    </message>
    <message>
        <location filename="../backend/report/ReportTables.cpp" line="96"/>
        <source>Captured from</source>
        <translation>Erfasst von</translation>
    </message>
    <message>
        <location filename="../backend/report/ReportTables.cpp" line="97"/>
        <source>Read at</source>
        <translation>Gelesen am</translation>
    </message>
    <message>
        <location filename="../backend/report/ReportTables.cpp" line="98"/>
        <source>Report made at</source>
        <translation>Bericht erstellt am</translation>
    </message>
    <message>
        <location filename="../backend/report/ReportTables.cpp" line="99"/>
        <source>Console version</source>
        <translation>Version der Konsole</translation>
    </message>
    <message>
        <location filename="../backend/report/ReportTables.cpp" line="102"/>
        <source>Modules</source>
        <translation>Module</translation>
    </message>
    <message>
        <location filename="../backend/report/ReportTables.cpp" line="103"/>
        <location filename="../backend/report/ReportTables.cpp" line="109"/>
        <location filename="../backend/report/ReportTables.cpp" line="133"/>
        <source>Module</source>
        <translation>Modul</translation>
    </message>
    <message>
        <location filename="../backend/report/ReportTables.cpp" line="103"/>
        <source>Disks</source>
        <translation>Festplatten</translation>
    </message>
    <message>
        <location filename="../backend/report/ReportTables.cpp" line="103"/>
        <location filename="../backend/report/ReportTables.cpp" line="132"/>
        <source>Adapters</source>
        <translation>Adapter</translation>
    </message>
    <message>
        <location filename="../backend/report/ReportTables.cpp" line="108"/>
        <source>Physical disks</source>
        <translation>Physische Festplatten</translation>
    </message>
    <message>
        <location filename="../backend/report/ReportTables.cpp" line="109"/>
        <source>Disk</source>
        <translation>Festplatte</translation>
    </message>
    <message>
        <location filename="../backend/report/ReportTables.cpp" line="109"/>
        <source>Slot</source>
        <translation>Steckplatz</translation>
    </message>
    <message>
        <location filename="../backend/report/ReportTables.cpp" line="109"/>
        <location filename="../backend/report/ReportTables.cpp" line="119"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../backend/report/ReportTables.cpp" line="110"/>
        <source>Serial</source>
        <translation>Seriennummer</translation>
    </message>
    <message>
        <location filename="../backend/report/ReportTables.cpp" line="110"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../backend/report/ReportTables.cpp" line="110"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../backend/report/ReportTables.cpp" line="110"/>
        <location filename="../backend/report/ReportTables.cpp" line="119"/>
        <source>Virtual disk</source>
        <translation>Virtuelle Festplatte</translation>
    </message>
    <message>
        <location filename="../backend/report/ReportTables.cpp" line="118"/>
        <source>Virtual disks</source>
        <translation>Virtuelle Festplatten</translation>
    </message>
    <message>
        <location filename="../backend/report/ReportTables.cpp" line="119"/>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../backend/report/ReportTables.cpp" line="119"/>
        <source>OpState</source>
        <translation>OpState</translation>
    </message>
    <message>
        <location filename="../backend/report/ReportTables.cpp" line="120"/>
        <source>Members working</source>
        <translation>Mitglieder in Betrieb</translation>
    </message>
    <message>
        <location filename="../backend/report/ReportTables.cpp" line="120"/>
        <location filename="../backend/report/ReportTables.cpp" line="145"/>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <location filename="../backend/report/ReportTables.cpp" line="120"/>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <location filename="../backend/report/ReportTables.cpp" line="133"/>
        <source>Adapter</source>
        <translation>Adapter</translation>
    </message>
    <message>
        <location filename="../backend/report/ReportTables.cpp" line="133"/>
        <source>MAC</source>
        <translation>MAC</translation>
    </message>
    <message>
        <location filename="../backend/report/ReportTables.cpp" line="133"/>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <location filename="../backend/report/ReportTables.cpp" line="134"/>
        <source>Speed</source>
        <translation>Geschwindigkeit</translation>
    </message>
    <message>
        <location filename="../backend/report/ReportTables.cpp" line="134"/>
        <source>Driver</source>
        <translation>Treiber</translation>
    </message>
    <message>
        <location filename="../backend/report/ReportTables.cpp" line="134"/>
        <location filename="../backend/report/ReportTables.cpp" line="144"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../backend/report/ReportTables.cpp" line="138"/>
        <source>up</source>
        <translation>verbunden</translation>
    </message>
    <message>
        <location filename="../backend/report/ReportTables.cpp" line="138"/>
        <source>down</source>
        <translation>getrennt</translation>
    </message>
    <message>
        <location filename="../backend/report/ReportTables.cpp" line="139"/>
        <source>%1 Mb/s</source>
        <translation>%1 Mbit/s</translation>
    </message>
    <message>
        <location filename="../backend/report/ReportTables.cpp" line="143"/>
        <source>Teams</source>
        <translation>Teams</translation>
    </message>
    <message>
        <location filename="../backend/report/ReportTables.cpp" line="144"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../backend/report/ReportTables.cpp" line="144"/>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <location filename="../backend/report/ReportTables.cpp" line="144"/>
        <source>Active adapter</source>
        <translation>Aktiver Adapter</translation>
    </message>
    <message>
        <location filename="../backend/report/ReportTables.cpp" line="145"/>
        <source>Primary</source>
        <translation>Primär</translation>
    </message>
    <message>
        <location filename="../backend/report/ReportTables.cpp" line="156"/>
        <source>Virtual machines</source>
        <translation>Virtuelle Maschinen</translation>
    </message>
    <message>
        <location filename="../backend/report/ReportTables.cpp" line="157"/>
        <source>VM</source>
        <translation>VM</translation>
    </message>
    <message>
        <location filename="../backend/report/ReportTables.cpp" line="157"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../backend/report/ReportTables.cpp" line="157"/>
        <source>vCPUs</source>
        <translation>vCPUs</translation>
    </message>
    <message>
        <location filename="../backend/report/ReportTables.cpp" line="158"/>
        <source>Starts with host</source>
        <translation>Startet mit dem Host</translation>
    </message>
    <message>
        <location filename="../backend/report/ReportTables.cpp" line="158"/>
        <source>Weight</source>
        <translation>Gewichtung</translation>
    </message>
    <message>
        <location filename="../backend/report/ReportTables.cpp" line="158"/>
        <source>Reserve %</source>
        <translation>Reservierung %</translation>
    </message>
    <message>
        <location filename="../backend/report/ReportTables.cpp" line="159"/>
        <source>Maximum %</source>
        <translation>Maximum %</translation>
    </message>
    <message>
        <location filename="../backend/report/ReportTables.cpp" line="167"/>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <location filename="../backend/report/ReportTables.cpp" line="168"/>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <location filename="../backend/report/ReportTables.cpp" line="168"/>
        <source>Area</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <location filename="../backend/report/ReportTables.cpp" line="168"/>
        <location filename="../backend/report/ReportTables.cpp" line="177"/>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <location filename="../backend/report/ReportTables.cpp" line="168"/>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <location filename="../backend/report/ReportTables.cpp" line="169"/>
        <source>Remedy</source>
        <translation>Abhilfe</translation>
    </message>
    <message>
        <location filename="../backend/report/ReportTables.cpp" line="176"/>
        <source>Last events</source>
        <translation>Letzte Ereignisse</translation>
    </message>
    <message>
        <location filename="../backend/report/ReportTables.cpp" line="177"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../backend/report/ReportTables.cpp" line="177"/>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
</context>
<context>
    <name>ftc::ReportFiles</name>
    <message>
        <location filename="../ui/report/ReportFiles.cpp" line="24"/>
        <source>cannot write %1: %2 (nothing was written there)</source>
        <translation>%1 kann nicht geschrieben werden: %2 (dort wurde nichts geschrieben)</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportFiles.cpp" line="37"/>
        <source>only %1 of %2 bytes could be written; is the file system full?</source>
        <translation>nur %1 von %2 Bytes konnten geschrieben werden; ist das Dateisystem voll?</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportFiles.cpp" line="55"/>
        <source>the directory could not be made</source>
        <translation>das Verzeichnis konnte nicht angelegt werden</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportFiles.cpp" line="63"/>
        <source>the format %1 is not known</source>
        <translation>das Format %1 ist unbekannt</translation>
    </message>
</context>
<context>
    <name>ftc::SetupPage</name>
    <message>
        <location filename="../ui/host/SetupPage.cpp" line="32"/>
        <source>Do It…</source>
        <translation>Ausführen…</translation>
    </message>
    <message>
        <location filename="../ui/host/SetupPage.cpp" line="44"/>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location filename="../ui/host/SetupPage.cpp" line="44"/>
        <source>Now</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <location filename="../ui/host/SetupPage.cpp" line="74"/>
        <source>Setup of %1, as the guide has it</source>
        <translation>Einrichtung von %1 laut Anleitung</translation>
    </message>
    <message>
        <location filename="../ui/host/SetupPage.cpp" line="77"/>
        <location filename="../ui/host/SetupPage.cpp" line="110"/>
        <source>%1 of %2 done</source>
        <translation>%1 von %2 erledigt</translation>
    </message>
    <message>
        <location filename="../ui/host/SetupPage.cpp" line="105"/>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location filename="../ui/host/SetupPage.cpp" line="148"/>
        <source>Select an item to see what it takes.</source>
        <translation>Wählen Sie einen Punkt, um zu sehen, was dafür nötig ist.</translation>
    </message>
    <message>
        <location filename="../ui/host/SetupPage.cpp" line="154"/>
        <source>Done: the host meets this now.</source>
        <translation>Erledigt: Der Host erfüllt dies jetzt.</translation>
    </message>
    <message>
        <location filename="../ui/host/SetupPage.cpp" line="157"/>
        <source>Remedy: %1</source>
        <translation>Abhilfe: %1</translation>
    </message>
    <message>
        <location filename="../ui/host/SetupPage.cpp" line="162"/>
        <source>Open the console&apos;s action for the next step</source>
        <translation>Die Aktion der Konsole für den nächsten Schritt öffnen</translation>
    </message>
    <message>
        <location filename="../ui/host/SetupPage.cpp" line="163"/>
        <source>The console has no action for this: follow the remedy</source>
        <translation>Die Konsole hat dafür keine Aktion: Folgen Sie der Abhilfe</translation>
    </message>
</context>
<context>
    <name>ftc::StateStyle</name>
    <message>
        <location filename="../ui/common/StateStyle.cpp" line="22"/>
        <source>Duplex</source>
        <translation>Duplex</translation>
    </message>
    <message>
        <location filename="../ui/common/StateStyle.cpp" line="23"/>
        <source>Syncing</source>
        <translation>Synchronisiert</translation>
    </message>
    <message>
        <location filename="../ui/common/StateStyle.cpp" line="24"/>
        <source>Simplex</source>
        <translation>Simplex</translation>
    </message>
    <message>
        <location filename="../ui/common/StateStyle.cpp" line="25"/>
        <source>Broken</source>
        <translation>Defekt</translation>
    </message>
    <message>
        <location filename="../ui/common/StateStyle.cpp" line="26"/>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <location filename="../ui/common/StateStyle.cpp" line="46"/>
        <source>In sync</source>
        <translation>Synchron</translation>
    </message>
    <message>
        <location filename="../ui/common/StateStyle.cpp" line="47"/>
        <source>Rebuilding</source>
        <translation>Wird neu aufgebaut</translation>
    </message>
    <message>
        <location filename="../ui/common/StateStyle.cpp" line="48"/>
        <source>Spare</source>
        <translation>Reserve</translation>
    </message>
    <message>
        <location filename="../ui/common/StateStyle.cpp" line="49"/>
        <source>Faulty</source>
        <translation>Fehlerhaft</translation>
    </message>
    <message>
        <location filename="../ui/common/StateStyle.cpp" line="50"/>
        <source>Missing</source>
        <translation>Fehlt</translation>
    </message>
    <message>
        <location filename="../ui/common/StateStyle.cpp" line="69"/>
        <source>Connecting</source>
        <translation>Verbinde</translation>
    </message>
    <message>
        <location filename="../ui/common/StateStyle.cpp" line="70"/>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <location filename="../ui/common/StateStyle.cpp" line="71"/>
        <source>Disconnected</source>
        <translation>Getrennt</translation>
    </message>
    <message>
        <location filename="../ui/common/StateStyle.cpp" line="72"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/common/StateStyle.cpp" line="80"/>
        <source>Unconfigured</source>
        <translation>Nicht konfiguriert</translation>
    </message>
    <message>
        <location filename="../ui/common/StateStyle.cpp" line="81"/>
        <source>Mirror member</source>
        <translation>Spiegelmitglied</translation>
    </message>
    <message>
        <location filename="../ui/common/StateStyle.cpp" line="82"/>
        <source>In use</source>
        <translation>Belegt</translation>
    </message>
    <message>
        <location filename="../ui/common/StateStyle.cpp" line="114"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/common/StateStyle.cpp" line="116"/>
        <source>Member of %1</source>
        <translation>Mitglied von %1</translation>
    </message>
    <message>
        <location filename="../ui/common/StateStyle.cpp" line="129"/>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <location filename="../ui/common/StateStyle.cpp" line="131"/>
        <source>No link</source>
        <translation>Keine Verbindung</translation>
    </message>
    <message>
        <location filename="../ui/common/StateStyle.cpp" line="132"/>
        <source>Link up, %1 Mb/s</source>
        <translation>Verbunden, %1 Mbit/s</translation>
    </message>
    <message>
        <location filename="../ui/common/StateStyle.cpp" line="132"/>
        <source>Link up</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <location filename="../ui/common/StateStyle.cpp" line="153"/>
        <source>Down</source>
        <translation>Getrennt</translation>
    </message>
    <message>
        <location filename="../ui/common/StateStyle.cpp" line="155"/>
        <source>Degraded (%1 of %2 up)</source>
        <translation>Eingeschränkt (%1 von %2 verbunden)</translation>
    </message>
    <message>
        <location filename="../ui/common/StateStyle.cpp" line="156"/>
        <source>Redundant</source>
        <translation>Redundant</translation>
    </message>
    <message>
        <location filename="../ui/common/StateStyle.cpp" line="174"/>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <location filename="../ui/common/StateStyle.cpp" line="176"/>
        <source>Paused</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <location filename="../ui/common/StateStyle.cpp" line="178"/>
        <source>Shut off</source>
        <translation>Ausgeschaltet</translation>
    </message>
    <message>
        <location filename="../ui/common/StateStyle.cpp" line="178"/>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <location filename="../ui/common/StateStyle.cpp" line="180"/>
        <source>Shutting down</source>
        <translation>Wird heruntergefahren</translation>
    </message>
    <message>
        <location filename="../ui/common/StateStyle.cpp" line="182"/>
        <source>Suspended by guest</source>
        <translation>Vom Gast in den Ruhezustand versetzt</translation>
    </message>
    <message>
        <location filename="../ui/common/StateStyle.cpp" line="184"/>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <location filename="../ui/common/StateStyle.cpp" line="186"/>
        <source>Crashed</source>
        <translation>Abgestürzt</translation>
    </message>
</context>
<context>
    <name>ftc::StorageActions</name>
    <message>
        <location filename="../ui/storage/StorageActions.cpp" line="22"/>
        <source>Add to &amp;Virtual Disk…</source>
        <translation>Zu &amp;virtueller Festplatte hinzufügen…</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageActions.cpp" line="24"/>
        <source>Make this disk the second half of a virtual disk, or start a new one</source>
        <translation>Diese Festplatte zur zweiten Hälfte einer virtuellen Festplatte machen oder eine neue anlegen</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageActions.cpp" line="30"/>
        <source>&amp;Add Disk…</source>
        <translation>Festplatte &amp;hinzufügen…</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageActions.cpp" line="32"/>
        <source>Add Disk</source>
        <comment>button</comment>
        <translation>Festplatte hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageActions.cpp" line="33"/>
        <source>Add a physical disk to this virtual disk</source>
        <translation>Eine physische Festplatte zu dieser virtuellen Festplatte hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageActions.cpp" line="43"/>
        <location filename="../ui/storage/StorageActions.cpp" line="153"/>
        <source>&amp;Remove Member…</source>
        <translation>Mitglied &amp;entfernen…</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageActions.cpp" line="52"/>
        <source>&amp;Remove Member</source>
        <translation>Mitglied &amp;entfernen</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageActions.cpp" line="55"/>
        <source>Remove</source>
        <comment>button</comment>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageActions.cpp" line="60"/>
        <source>Re-&amp;add Member</source>
        <translation>Mitglied wieder hinzu&amp;fügen</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageActions.cpp" line="63"/>
        <source>Re-add</source>
        <comment>button</comment>
        <translation>Wieder hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageActions.cpp" line="65"/>
        <source>Start Consistency &amp;Check…</source>
        <translation>&amp;Konsistenzprüfung starten…</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageActions.cpp" line="67"/>
        <source>Check</source>
        <comment>button</comment>
        <translation>Prüfen</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageActions.cpp" line="71"/>
        <source>Ca&amp;ncel Check…</source>
        <translation>Prüfung a&amp;bbrechen…</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageActions.cpp" line="73"/>
        <source>Cancel Check</source>
        <comment>button</comment>
        <translation>Prüfung abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageActions.cpp" line="84"/>
        <source>&amp;Low (spare the virtual machines)</source>
        <translation>&amp;Niedrig (schont die virtuellen Maschinen)</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageActions.cpp" line="85"/>
        <source>&amp;Normal (system default)</source>
        <translation>N&amp;ormal (Systemvorgabe)</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageActions.cpp" line="86"/>
        <source>&amp;High (finish sooner)</source>
        <translation>&amp;Hoch (schneller fertig)</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageActions.cpp" line="95"/>
        <source>Resync &amp;Priority</source>
        <translation>&amp;Priorität der Resynchronisation</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageActions.cpp" line="98"/>
        <source>Priority</source>
        <comment>button</comment>
        <translation>Priorität</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageActions.cpp" line="100"/>
        <source>&amp;Storage</source>
        <translation>&amp;Datenträger</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageActions.cpp" line="118"/>
        <source>Select a host first</source>
        <translation>Wählen Sie zuerst einen Host</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageActions.cpp" line="119"/>
        <source>The host has not been read yet</source>
        <translation>Der Host wurde noch nicht gelesen</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageActions.cpp" line="120"/>
        <source>A capture is read-only</source>
        <translation>Eine Erfassung ist schreibgeschützt</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageActions.cpp" line="130"/>
        <source>Select a physical disk that is in no virtual disk</source>
        <translation>Wählen Sie eine Festplatte, die in keiner virtuellen Festplatte ist</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageActions.cpp" line="131"/>
        <source>%1 is already a member of %2: choose a free disk</source>
        <translation>%1 ist bereits Mitglied von %2: Wählen Sie eine freie Festplatte</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageActions.cpp" line="132"/>
        <source>%1 is in use</source>
        <translation>%1 wird verwendet</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageActions.cpp" line="133"/>
        <source>Select a virtual disk (or one of its members) first</source>
        <translation>Wählen Sie zuerst eine virtuelle Festplatte (oder eines ihrer Mitglieder)</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageActions.cpp" line="140"/>
        <source>&amp;Remove %1 from %2…</source>
        <translation>%1 aus %2 &amp;entfernen…</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageActions.cpp" line="146"/>
        <source>%1 is being checked already</source>
        <translation>%1 wird bereits geprüft</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageActions.cpp" line="148"/>
        <source>%1 is syncing (%2): check it once it is Duplex</source>
        <translation>%1 synchronisiert (%2): Prüfen Sie sie, sobald sie Duplex ist</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageActions.cpp" line="149"/>
        <source>%1 runs no check</source>
        <translation>Auf %1 läuft keine Prüfung</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageActions.cpp" line="154"/>
        <source>This slot&apos;s disk is missing: there is nothing to remove; add a disk instead</source>
        <translation>Die Festplatte dieses Platzes fehlt: Es gibt nichts zu entfernen; fügen Sie stattdessen eine Festplatte hinzu</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageActions.cpp" line="253"/>
        <source>%1 (%2)…</source>
        <translation>%1 (%2)…</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageActions.cpp" line="262"/>
        <source>No members</source>
        <translation>Keine Mitglieder</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageActions.cpp" line="284"/>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageActions.cpp" line="294"/>
        <source>No former member to re-add</source>
        <translation>Kein früheres Mitglied zum Wiederhinzufügen</translation>
    </message>
</context>
<context>
    <name>ftc::StorageDetails</name>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="21"/>
        <source>Storage</source>
        <translation>Datenträger</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="21"/>
        <location filename="../ui/storage/StorageDetails.cpp" line="22"/>
        <source>Virtual disks</source>
        <translation>Virtuelle Festplatten</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="26"/>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="28"/>
        <location filename="../ui/storage/StorageDetails.cpp" line="34"/>
        <source>Physical disks</source>
        <translation>Physische Festplatten</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="48"/>
        <source>Physical disk</source>
        <translation>Physische Festplatte</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="49"/>
        <location filename="../ui/storage/StorageDetails.cpp" line="168"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="50"/>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="51"/>
        <source>Module</source>
        <translation>Modul</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="52"/>
        <source>Slot</source>
        <translation>Steckplatz</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="53"/>
        <location filename="../ui/storage/StorageDetails.cpp" line="78"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="54"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="55"/>
        <source>Serial</source>
        <translation>Seriennummer</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="56"/>
        <source>Transport</source>
        <translation>Anschluss</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="57"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="58"/>
        <source>Mirror</source>
        <translation>Spiegel</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="60"/>
        <source>Partitions</source>
        <translation>Partitionen</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="62"/>
        <source>Signature</source>
        <translation>Signatur</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="64"/>
        <source>Mounted at</source>
        <translation>Eingehängt unter</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="66"/>
        <source>In use because</source>
        <translation>Belegt, weil</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="73"/>
        <source>Virtual disk (%1)</source>
        <translation>Virtuelle Festplatte (%1)</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="75"/>
        <source>Virtual disk</source>
        <translation>Virtuelle Festplatte</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="76"/>
        <source>OpState</source>
        <translation>OpState</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="77"/>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="79"/>
        <location filename="../ui/storage/StorageDetails.cpp" line="120"/>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="79"/>
        <source>%1 of %2 working</source>
        <translation>%1 von %2 in Betrieb</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="82"/>
        <source>Redundancy</source>
        <translation>Redundanz</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="82"/>
        <source>None: one more failed member loses data</source>
        <translation>Keine: ein weiteres ausgefallenes Mitglied führt zu Datenverlust</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/storage/StorageDetails.cpp" line="83"/>
        <source>Survives %n more failed member(s)</source>
        <translation>
            <numerusform>Übersteht %n weiteres ausgefallenes Mitglied</numerusform>
            <numerusform>Übersteht %n weitere ausgefallene Mitglieder</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="85"/>
        <source>Container</source>
        <translation>Container</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="87"/>
        <source>Access</source>
        <translation>Zugriff</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="87"/>
        <source>Read-only</source>
        <translation>Nur lesen</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="89"/>
        <location filename="../ui/storage/StorageDetails.cpp" line="148"/>
        <source>Metadata</source>
        <translation>Metadaten</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="91"/>
        <source>UUID</source>
        <translation>UUID</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="93"/>
        <source>Bitmap</source>
        <translation>Bitmap</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="95"/>
        <source>Synchronization</source>
        <translation>Synchronisierung</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="99"/>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="101"/>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="103"/>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="105"/>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="106"/>
        <source>Resync priority</source>
        <translation>Resync-Priorität</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="107"/>
        <source>%1 (%2 – %3 KiB/s)</source>
        <translation>%1 (%2 – %3 KiB/s)</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="111"/>
        <location filename="../ui/storage/StorageDetails.cpp" line="114"/>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="114"/>
        <source>Nothing running</source>
        <translation>Läuft nicht</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="118"/>
        <source>Speed</source>
        <translation>Geschwindigkeit</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="118"/>
        <source>Last sync speed</source>
        <translation>Geschwindigkeit der letzten Synchronisation</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="122"/>
        <source>%1 (replacement)</source>
        <translation>%1 (Ersatz)</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="125"/>
        <source>Not redundant</source>
        <translation>Nicht redundant</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="126"/>
        <source>%1 runs without redundancy. Add a physical disk from the other module of the same or larger size to make it Duplex again.</source>
        <translation>%1 läuft ohne Redundanz. Fügen Sie eine physische Festplatte gleicher oder größerer Kapazität aus dem anderen Modul hinzu, damit sie wieder Duplex wird.</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="130"/>
        <source>Degraded</source>
        <translation>Beeinträchtigt</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="131"/>
        <source>%1 of %2 members of %3 work; it survives %4 more failed member(s). Replace the failed member to restore full redundancy.</source>
        <translation>%1 von %2 Mitgliedern von %3 arbeiten; es übersteht %4 weitere ausgefallene Mitglieder. Ersetzen Sie das ausgefallene Mitglied, um die volle Redundanz wiederherzustellen.</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="135"/>
        <source>Broken</source>
        <translation>Defekt</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="136"/>
        <source>%1 has no working member. Its data cannot be read; restore from backup.</source>
        <translation>%1 hat kein funktionierendes Mitglied. Die Daten sind nicht lesbar; stellen Sie sie aus der Sicherung wieder her.</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="144"/>
        <source>%1 container</source>
        <translation>%1-Container</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="147"/>
        <source>External-metadata container</source>
        <translation>Container mit externen Metadaten</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="149"/>
        <source>Disks</source>
        <translation>Festplatten</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="150"/>
        <source>Arrays it holds</source>
        <translation>Enthaltene Arrays</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="150"/>
        <source>None yet</source>
        <translation>Noch keine</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="152"/>
        <source>The firmware RAID&apos;s set of disks. md shows every container as inactive; the state to watch is that of the arrays it holds.</source>
        <translation>Die Festplattengruppe des Firmware-RAIDs. md zeigt jeden Container als inaktiv an; maßgeblich ist der Zustand der enthaltenen Arrays.</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="167"/>
        <source>Member of %1</source>
        <translation>Mitglied von %1</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="169"/>
        <source>Role number</source>
        <translation>Rollennummer</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="176"/>
        <source>Physical disk %1</source>
        <translation>Physische Festplatte %1</translation>
    </message>
</context>
<context>
    <name>ftc::SyncProgressWidget</name>
    <message>
        <location filename="../widgets/SyncProgressWidget.cpp" line="37"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../widgets/SyncProgressWidget.cpp" line="47"/>
        <source>%1 left</source>
        <translation>noch %1</translation>
    </message>
</context>
<context>
    <name>ftc::SyncSpeedChart</name>
    <message>
        <location filename="../widgets/SyncSpeedChart.cpp" line="53"/>
        <source>MiB/s</source>
        <translation>MiB/s</translation>
    </message>
</context>
<context>
    <name>ftc::TeamDiagram</name>
    <message>
        <location filename="../widgets/TeamDiagram.cpp" line="54"/>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <location filename="../widgets/TeamDiagram.cpp" line="67"/>
        <source>Switch</source>
        <translation>Switch</translation>
    </message>
    <message>
        <location filename="../widgets/TeamDiagram.cpp" line="73"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
</context>
<context>
    <name>ftc::TeamWizard</name>
    <message>
        <location filename="../ui/network/TeamWizard.cpp" line="103"/>
        <source>New Adapter Team</source>
        <translation>Neues Adapter-Team</translation>
    </message>
    <message>
        <location filename="../ui/network/TeamWizard.cpp" line="113"/>
        <source>Which adapters form the team?</source>
        <translation>Welche Adapter bilden das Team?</translation>
    </message>
    <message>
        <location filename="../ui/network/TeamWizard.cpp" line="114"/>
        <source>Team adapters of different modules, so a failed module leaves the team working (the guide teams adapters 1+3 and 2+4).</source>
        <translation>Bündeln Sie Adapter verschiedener Module, damit das Team weiterarbeitet, wenn ein Modul ausfällt (die Anleitung bündelt die Adapter 1+3 und 2+4).</translation>
    </message>
    <message>
        <location filename="../ui/network/TeamWizard.cpp" line="122"/>
        <source>Adapter</source>
        <translation>Adapter</translation>
    </message>
    <message>
        <location filename="../ui/network/TeamWizard.cpp" line="122"/>
        <source>Module</source>
        <translation>Modul</translation>
    </message>
    <message>
        <location filename="../ui/network/TeamWizard.cpp" line="122"/>
        <source>Slot</source>
        <translation>Steckplatz</translation>
    </message>
    <message>
        <location filename="../ui/network/TeamWizard.cpp" line="122"/>
        <source>MAC address</source>
        <translation>MAC-Adresse</translation>
    </message>
    <message>
        <location filename="../ui/network/TeamWizard.cpp" line="122"/>
        <source>Speed</source>
        <translation>Geschwindigkeit</translation>
    </message>
    <message>
        <location filename="../ui/network/TeamWizard.cpp" line="122"/>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <location filename="../ui/network/TeamWizard.cpp" line="123"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../ui/network/TeamWizard.cpp" line="127"/>
        <source>&amp;Identify Adapter</source>
        <translation>Adapter &amp;identifizieren</translation>
    </message>
    <message>
        <location filename="../ui/network/TeamWizard.cpp" line="129"/>
        <source>Blinks the selected adapter&apos;s port LED for 10 seconds (ethtool --identify)</source>
        <translation>Lässt die Port-LED des ausgewählten Adapters 10 Sekunden lang blinken (ethtool --identify)</translation>
    </message>
    <message>
        <location filename="../ui/network/TeamWizard.cpp" line="140"/>
        <source>&amp;Primary adapter:</source>
        <translation>&amp;Primärer Adapter:</translation>
    </message>
    <message>
        <location filename="../ui/network/TeamWizard.cpp" line="159"/>
        <source>Name and address</source>
        <translation>Name und Adresse</translation>
    </message>
    <message>
        <location filename="../ui/network/TeamWizard.cpp" line="160"/>
        <source>The team is one interface to the host; the address it answers on moves to it.</source>
        <translation>Für den Host ist das Team eine einzige Schnittstelle; die Adresse, unter der er antwortet, wechselt zum Team.</translation>
    </message>
    <message>
        <location filename="../ui/network/TeamWizard.cpp" line="166"/>
        <source>Team &amp;name:</source>
        <translation>Team&amp;name:</translation>
    </message>
    <message>
        <location filename="../ui/network/TeamWizard.cpp" line="168"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../ui/network/TeamWizard.cpp" line="172"/>
        <source>Get an address by &amp;DHCP</source>
        <translation>Adresse per &amp;DHCP beziehen</translation>
    </message>
    <message>
        <location filename="../ui/network/TeamWizard.cpp" line="174"/>
        <source>Use this &amp;address:</source>
        <translation>Diese &amp;Adresse verwenden:</translation>
    </message>
    <message>
        <location filename="../ui/network/TeamWizard.cpp" line="176"/>
        <source>N&amp;o address (the team carries only virtual machines&apos; traffic)</source>
        <translation>&amp;Keine Adresse (das Team überträgt nur den Datenverkehr virtueller Maschinen)</translation>
    </message>
    <message>
        <location filename="../ui/network/TeamWizard.cpp" line="186"/>
        <source>Address/prefix:</source>
        <translation>Adresse/Präfix:</translation>
    </message>
    <message>
        <location filename="../ui/network/TeamWizard.cpp" line="187"/>
        <source>Gateway:</source>
        <translation>Gateway:</translation>
    </message>
    <message>
        <location filename="../ui/network/TeamWizard.cpp" line="202"/>
        <source>&amp;Virtual machines use this team, through bridge</source>
        <translation>&amp;Virtuelle Maschinen nutzen dieses Team über die Bridge</translation>
    </message>
    <message>
        <location filename="../ui/network/TeamWizard.cpp" line="204"/>
        <source>A bridge over the team carries the address; virtual machines&apos; network adapters attach to the bridge</source>
        <translation>Eine Bridge über dem Team trägt die Adresse; die Netzwerkadapter der virtuellen Maschinen werden an die Bridge angeschlossen</translation>
    </message>
    <message>
        <location filename="../ui/network/TeamWizard.cpp" line="220"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../ui/network/TeamWizard.cpp" line="221"/>
        <source>If the console cannot reconnect and confirm the change within this time, the host restores its previous network configuration by itself</source>
        <translation>Kann sich die Konsole in dieser Zeit nicht erneut verbinden und die Änderung bestätigen, stellt der Host seine vorherige Netzwerkkonfiguration selbst wieder her</translation>
    </message>
    <message>
        <location filename="../ui/network/TeamWizard.cpp" line="223"/>
        <source>Undo unless confirmed within:</source>
        <translation>Rückgängig machen, falls nicht bestätigt innerhalb von:</translation>
    </message>
    <message>
        <location filename="../ui/network/TeamWizard.cpp" line="236"/>
        <source>Review the plan</source>
        <translation>Plan prüfen</translation>
    </message>
    <message>
        <location filename="../ui/network/TeamWizard.cpp" line="238"/>
        <source>&amp;Build Team</source>
        <translation>Team &amp;erstellen</translation>
    </message>
    <message>
        <location filename="../ui/network/TeamWizard.cpp" line="251"/>
        <source>Building the team</source>
        <translation>Team wird erstellt</translation>
    </message>
    <message>
        <location filename="../ui/network/TeamWizard.cpp" line="252"/>
        <source>The host&apos;s own rollback is armed first; the console then reconnects, checks the team and confirms.</source>
        <translation>Zuerst wird der eigene Rollback des Hosts scharf geschaltet; dann verbindet sich die Konsole neu, prüft das Team und bestätigt.</translation>
    </message>
    <message>
        <location filename="../ui/network/TeamWizard.cpp" line="288"/>
        <source>The host&apos;s network configuration could not be read: %1</source>
        <translation>Die Netzwerkkonfiguration des Hosts konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/network/TeamWizard.cpp" line="292"/>
        <source>Network stack: %1 (%2).</source>
        <translation>Netzwerk-Stack: %1 (%2).</translation>
    </message>
    <message>
        <location filename="../ui/network/TeamWizard.cpp" line="305"/>
        <source>%1 blinked.</source>
        <translation>%1 hat geblinkt.</translation>
    </message>
    <message>
        <location filename="../ui/network/TeamWizard.cpp" line="316"/>
        <source>What kind of team?</source>
        <translation>Welche Art von Team?</translation>
    </message>
    <message>
        <location filename="../ui/network/TeamWizard.cpp" line="317"/>
        <source>Every virtual machine on the host shares its network: team the adapters before anything else.</source>
        <translation>Jede virtuelle Maschine auf dem Host teilt dessen Netzwerk: Bündeln Sie die Adapter vor allem anderen.</translation>
    </message>
    <message>
        <location filename="../ui/network/TeamWizard.cpp" line="327"/>
        <source>&amp;Adapter Fault Tolerance (AFT)</source>
        <translation>&amp;Adapter-Fehlertoleranz (AFT)</translation>
    </message>
    <message>
        <location filename="../ui/network/TeamWizard.cpp" line="328"/>
        <source>&amp;Switch Fault Tolerance (SFT)</source>
        <translation>&amp;Switch-Fehlertoleranz (SFT)</translation>
    </message>
    <message>
        <location filename="../ui/network/TeamWizard.cpp" line="329"/>
        <source>Adaptive &amp;Load Balancing (ALB)</source>
        <translation>Adaptiver &amp;Lastausgleich (ALB)</translation>
    </message>
    <message>
        <location filename="../ui/network/TeamWizard.cpp" line="330"/>
        <source>IEEE 802.3ad &amp;link aggregation (LACP)</source>
        <translation>Link-A&amp;ggregation nach IEEE 802.3ad (LACP)</translation>
    </message>
    <message>
        <location filename="../ui/network/TeamWizard.cpp" line="378"/>
        <location filename="../ui/network/TeamWizard.cpp" line="381"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../ui/network/TeamWizard.cpp" line="381"/>
        <source>%1 Mb/s</source>
        <translation>%1 Mbit/s</translation>
    </message>
    <message>
        <location filename="../ui/network/TeamWizard.cpp" line="382"/>
        <source>not configured</source>
        <translation>nicht konfiguriert</translation>
    </message>
    <message>
        <location filename="../ui/network/TeamWizard.cpp" line="382"/>
        <source>up</source>
        <translation>verbunden</translation>
    </message>
    <message>
        <location filename="../ui/network/TeamWizard.cpp" line="382"/>
        <source>no link</source>
        <translation>keine Verbindung</translation>
    </message>
    <message>
        <location filename="../ui/network/TeamWizard.cpp" line="389"/>
        <source>%1 is already in %2</source>
        <translation>%1 ist bereits in %2</translation>
    </message>
    <message>
        <location filename="../ui/network/TeamWizard.cpp" line="428"/>
        <source>None: whichever has link</source>
        <translation>Keiner: ein beliebiger Adapter mit Link</translation>
    </message>
    <message>
        <location filename="../ui/network/TeamWizard.cpp" line="470"/>
        <location filename="../ui/network/TeamWizard.cpp" line="565"/>
        <source>The host has not been read yet.</source>
        <translation>Der Host wurde noch nicht gelesen.</translation>
    </message>
    <message>
        <location filename="../ui/network/TeamWizard.cpp" line="485"/>
        <source>One adapter carries the traffic; the others stand by and take over when it, its cable or its switch port fails. All adapters connect to the same switch.</source>
        <translation>Ein Adapter überträgt den Datenverkehr; die anderen stehen bereit und übernehmen, wenn er, sein Kabel oder sein Switch-Port ausfällt. Alle Adapter sind mit demselben Switch verbunden.</translation>
    </message>
    <message>
        <location filename="../ui/network/TeamWizard.cpp" line="488"/>
        <location filename="../ui/network/TeamWizard.cpp" line="495"/>
        <source>An adapter fails: the team carries on</source>
        <translation>Ein Adapter fällt aus: Das Team arbeitet weiter</translation>
    </message>
    <message>
        <location filename="../ui/network/TeamWizard.cpp" line="489"/>
        <location filename="../ui/network/TeamWizard.cpp" line="504"/>
        <source>The switch fails: the network is lost</source>
        <translation>Der Switch fällt aus: Das Netzwerk geht verloren</translation>
    </message>
    <message>
        <location filename="../ui/network/TeamWizard.cpp" line="492"/>
        <source>Exactly two adapters, each on its own switch; one carries the traffic, the other takes over when the first adapter, its cable or its whole switch fails.</source>
        <translation>Genau zwei Adapter, jeder an einem eigenen Switch; einer überträgt den Datenverkehr, der andere übernimmt, wenn der erste Adapter, sein Kabel oder sein ganzer Switch ausfällt.</translation>
    </message>
    <message>
        <location filename="../ui/network/TeamWizard.cpp" line="496"/>
        <source>A switch fails: the team carries on</source>
        <translation>Ein Switch fällt aus: Das Team arbeitet weiter</translation>
    </message>
    <message>
        <location filename="../ui/network/TeamWizard.cpp" line="499"/>
        <source>Every adapter transmits and the primary one receives, so the host sends faster; an adapter that fails leaves the others working. Same switch, nothing to configure on it.</source>
        <translation>Jeder Adapter sendet und der primäre empfängt, sodass der Host schneller sendet; fällt ein Adapter aus, arbeiten die anderen weiter. Derselbe Switch, an ihm ist nichts zu konfigurieren.</translation>
    </message>
    <message>
        <location filename="../ui/network/TeamWizard.cpp" line="503"/>
        <location filename="../ui/network/TeamWizard.cpp" line="510"/>
        <source>An adapter fails: the team carries on, with less bandwidth</source>
        <translation>Ein Adapter fällt aus: Das Team arbeitet mit geringerer Bandbreite weiter</translation>
    </message>
    <message>
        <location filename="../ui/network/TeamWizard.cpp" line="507"/>
        <source>Every adapter sends and receives as one link (IEEE 802.3ad). The switch ports must be configured as one LACP group first.</source>
        <translation>Alle Adapter senden und empfangen als ein Link (IEEE 802.3ad). Die Switch-Ports müssen zuvor als eine LACP-Gruppe konfiguriert werden.</translation>
    </message>
    <message>
        <location filename="../ui/network/TeamWizard.cpp" line="511"/>
        <source>The switch fails: the network is lost (unless the switches are stacked as one)</source>
        <translation>Der Switch fällt aus: Das Netzwerk geht verloren (sofern die Switches nicht zu einem gestapelt sind)</translation>
    </message>
    <message>
        <location filename="../ui/network/TeamWizard.cpp" line="522"/>
        <source>Select an adapter in the list first.</source>
        <translation>Wählen Sie zuerst einen Adapter in der Liste.</translation>
    </message>
    <message>
        <location filename="../ui/network/TeamWizard.cpp" line="527"/>
        <location filename="../ui/network/TeamWizard.cpp" line="540"/>
        <source>The host was closed.</source>
        <translation>Der Host wurde geschlossen.</translation>
    </message>
    <message>
        <location filename="../ui/network/TeamWizard.cpp" line="531"/>
        <source>%1&apos;s port LED blinks for 10 seconds…</source>
        <translation>Die Port-LED von %1 blinkt 10 Sekunden lang…</translation>
    </message>
    <message>
        <location filename="../ui/network/TeamWizard.cpp" line="543"/>
        <source>Asking the host how its network is configured…</source>
        <translation>Der Host wird nach seiner Netzwerkkonfiguration gefragt…</translation>
    </message>
    <message>
        <location filename="../ui/network/TeamWizard.cpp" line="544"/>
        <source>Keep the host&apos;s address: it moves to the team</source>
        <translation>Adresse des Hosts beibehalten: Sie wechselt zum Team</translation>
    </message>
    <message>
        <location filename="../ui/network/TeamWizard.cpp" line="552"/>
        <source>No address: none of the adapters carries one</source>
        <translation>Keine Adresse: Keiner der Adapter hat eine</translation>
    </message>
    <message>
        <location filename="../ui/network/TeamWizard.cpp" line="554"/>
        <source>&amp;Keep the host&apos;s address: %1 moves from %2 to the team (%3)</source>
        <translation>Adresse des Hosts &amp;beibehalten: %1 wechselt von %2 zum Team (%3)</translation>
    </message>
    <message>
        <location filename="../ui/network/TeamWizard.cpp" line="556"/>
        <source>DHCP, with %1&apos;s MAC address</source>
        <translation>DHCP, mit der MAC-Adresse von %1</translation>
    </message>
    <message>
        <location filename="../ui/network/TeamWizard.cpp" line="556"/>
        <source>static</source>
        <translation>statisch</translation>
    </message>
    <message>
        <location filename="../ui/network/TeamWizard.cpp" line="570"/>
        <source>Adding adapters to a team later briefly interrupts the host&apos;s network.</source>
        <translation>Werden einem Team später Adapter hinzugefügt, wird das Netzwerk des Hosts kurz unterbrochen.</translation>
    </message>
    <message>
        <location filename="../ui/network/TeamWizard.cpp" line="574"/>
        <source>Nothing has changed yet. Build Team runs these steps.</source>
        <translation>Noch wurde nichts geändert. „Team erstellen“ führt diese Schritte aus.</translation>
    </message>
    <message>
        <location filename="../ui/network/TeamWizard.cpp" line="575"/>
        <source>The plan is refused: nothing can run.</source>
        <translation>Der Plan wird abgelehnt: Es kann nichts ausgeführt werden.</translation>
    </message>
    <message>
        <location filename="../ui/network/TeamWizard.cpp" line="586"/>
        <source>The host was closed: nothing was changed.</source>
        <translation>Der Host wurde geschlossen: Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Applying…</source>
        <translation type="vanished">Wird angewendet…</translation>
    </message>
    <message>
        <source>%1: done</source>
        <translation type="vanished">%1: erledigt</translation>
    </message>
    <message>
        <source>%1: failed: %2</source>
        <translation type="vanished">%1: fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../ui/network/TeamWizard.cpp" line="590"/>
        <source>The team is built.</source>
        <translation>Das Team ist erstellt.</translation>
    </message>
    <message>
        <location filename="../ui/network/TeamWizard.cpp" line="590"/>
        <source>The team was not built.</source>
        <translation>Das Team wurde nicht erstellt.</translation>
    </message>
</context>
<context>
    <name>ftc::VmActions</name>
    <message>
        <location filename="../ui/vms/VmActions.cpp" line="17"/>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmActions.cpp" line="18"/>
        <source>Shutting down…</source>
        <translation>Wird heruntergefahren…</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmActions.cpp" line="19"/>
        <source>Turning off…</source>
        <translation>Wird ausgeschaltet…</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmActions.cpp" line="20"/>
        <source>Saving state…</source>
        <translation>Zustand wird gespeichert…</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmActions.cpp" line="21"/>
        <source>Resetting…</source>
        <translation>Wird zurückgesetzt…</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmActions.cpp" line="22"/>
        <source>Pausing…</source>
        <translation>Wird angehalten…</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmActions.cpp" line="23"/>
        <source>Resuming…</source>
        <translation>Wird fortgesetzt…</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmActions.cpp" line="50"/>
        <location filename="../ui/vms/VmActions.cpp" line="147"/>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmActions.cpp" line="50"/>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmActions.cpp" line="51"/>
        <source>Start the VM, or restore its saved state</source>
        <translation>Die VM starten oder ihren gespeicherten Zustand wiederherstellen</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmActions.cpp" line="52"/>
        <source>Shut &amp;Down</source>
        <translation>&amp;Herunterfahren</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmActions.cpp" line="52"/>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmActions.cpp" line="53"/>
        <source>Ask the guest operating system to shut down</source>
        <translation>Das Gastbetriebssystem zum Herunterfahren auffordern</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmActions.cpp" line="54"/>
        <source>Turn &amp;Off…</source>
        <translation>&amp;Ausschalten…</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmActions.cpp" line="54"/>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmActions.cpp" line="55"/>
        <source>Stop the VM at once, as pulling its plug would</source>
        <translation>Die VM sofort stoppen, als würde man den Netzstecker ziehen</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmActions.cpp" line="56"/>
        <source>Sa&amp;ve State</source>
        <translation>&amp;Zustand speichern</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmActions.cpp" line="56"/>
        <source>Ctrl+Shift+V</source>
        <translation>Ctrl+Shift+V</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmActions.cpp" line="57"/>
        <source>Save the VM&apos;s memory to disk and stop it; Start restores it</source>
        <translation>Den Arbeitsspeicher der VM auf die Festplatte schreiben und die VM stoppen; Starten stellt sie wieder her</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmActions.cpp" line="58"/>
        <source>R&amp;eset…</source>
        <translation>Zu&amp;rücksetzen…</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmActions.cpp" line="58"/>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmActions.cpp" line="59"/>
        <source>Restart the VM at once, as its reset button would</source>
        <translation>Die VM sofort neu starten, wie es ihr Reset-Knopf täte</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmActions.cpp" line="60"/>
        <source>&amp;Pause</source>
        <translation>A&amp;nhalten</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmActions.cpp" line="60"/>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmActions.cpp" line="60"/>
        <source>Stop running the VM&apos;s CPUs</source>
        <translation>Die Ausführung der CPUs der VM anhalten</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmActions.cpp" line="61"/>
        <source>Res&amp;ume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmActions.cpp" line="61"/>
        <source>Ctrl+Shift+U</source>
        <translation>Ctrl+Shift+U</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmActions.cpp" line="61"/>
        <source>Run the paused VM again</source>
        <translation>Die angehaltene VM weiterlaufen lassen</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmActions.cpp" line="63"/>
        <source>&amp;Virtual Machine</source>
        <translation>&amp;Virtuelle Maschine</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmActions.cpp" line="81"/>
        <source>Start with &amp;Host</source>
        <translation>&amp;Mit dem Host starten</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmActions.cpp" line="84"/>
        <source>Turn the VM on when the host starts (virsh autostart)</source>
        <translation>Die VM einschalten, wenn der Host startet (virsh autostart)</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmActions.cpp" line="91"/>
        <source>Save State When the Host S&amp;tops</source>
        <translation>Zustand beim Herunterfahren des Hosts s&amp;peichern</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmActions.cpp" line="94"/>
        <source>Recorded with the VM; the host&apos;s libvirt-guests setting carries it out</source>
        <translation>Wird bei der VM vermerkt; ausgeführt wird es durch die libvirt-guests-Einstellung des Hosts</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmActions.cpp" line="101"/>
        <source>&amp;CPU Resources…</source>
        <translation>&amp;CPU-Ressourcen…</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmActions.cpp" line="103"/>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmActions.cpp" line="104"/>
        <location filename="../ui/vms/VmActions.cpp" line="159"/>
        <source>Relative weight, reserved and maximum capacity</source>
        <translation>Relative Gewichtung, reservierte und maximale Kapazität</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmActions.cpp" line="145"/>
        <source>Re&amp;store</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmActions.cpp" line="157"/>
        <source>libvirt did not report CPU tuning for %1 (session connections have none)</source>
        <translation>libvirt hat für %1 keine CPU-Tuning-Werte gemeldet (Sitzungsverbindungen haben keine)</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmActions.cpp" line="208"/>
        <source>Turn off %1 now? Like pulling the plug: what the guest has not written to its disks is lost.</source>
        <translation>%1 jetzt ausschalten? Wie das Ziehen des Netzsteckers: Was der Gast noch nicht auf seine Festplatten geschrieben hat, geht verloren.</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmActions.cpp" line="210"/>
        <source>Reset %1 now? The guest restarts without shutting down: what it has not written to its disks is lost.</source>
        <translation>%1 jetzt zurücksetzen? Der Gast startet neu, ohne herunterzufahren: Was er noch nicht auf seine Festplatten geschrieben hat, geht verloren.</translation>
    </message>
</context>
<context>
    <name>ftc::VmCpuDialog</name>
    <message>
        <location filename="../ui/vms/VmCpuDialog.cpp" line="22"/>
        <source>&amp;Preview…</source>
        <translation>&amp;Vorschau…</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmCpuDialog.cpp" line="25"/>
        <source>CPU Resources of %1</source>
        <translation>CPU-Ressourcen von %1</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmCpuDialog.cpp" line="28"/>
        <source>Weight decides how spare CPU time is shared; a reservation is guaranteed even when every VM is busy; the maximum is a cap for each virtual CPU. All in % of one CPU; this host has %1.</source>
        <translation>Die Gewichtung bestimmt, wie freie CPU-Zeit verteilt wird; eine Reservierung ist auch dann garantiert, wenn alle VMs ausgelastet sind; das Maximum ist eine Obergrenze für jede virtuelle CPU. Alle Werte in % einer CPU; dieser Host hat %1.</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmCpuDialog.cpp" line="41"/>
        <source> % of one CPU</source>
        <translation> % einer CPU</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmCpuDialog.cpp" line="42"/>
        <source>Kept for the host itself (qemu&apos;s own threads, services) when reservations are admitted; saved for this host.</source>
        <translation>Wird beim Zulassen von Reservierungen für den Host selbst freigehalten (eigene Threads von qemu, Dienste); wird für diesen Host gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmCpuDialog.cpp" line="46"/>
        <source>Host &amp;reserve</source>
        <translation>&amp;Reserve des Hosts</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmCpuDialog.cpp" line="55"/>
        <source>Under full contention, with these values:</source>
        <translation>Bei voller CPU-Konkurrenz mit diesen Werten:</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmCpuDialog.cpp" line="59"/>
        <source>Virtual machine</source>
        <translation>Virtuelle Maschine</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmCpuDialog.cpp" line="59"/>
        <source>Reserved</source>
        <translation>Reserviert</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmCpuDialog.cpp" line="59"/>
        <source>Weight</source>
        <translation>Gewichtung</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmCpuDialog.cpp" line="60"/>
        <source>Gets (of one CPU)</source>
        <translation>Erhält (von einer CPU)</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmCpuDialog.cpp" line="60"/>
        <source>cpu_shares</source>
        <translation>cpu_shares</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmCpuDialog.cpp" line="110"/>
        <location filename="../ui/vms/VmCpuDialog.cpp" line="112"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmCpuDialog.cpp" line="113"/>
        <source>%1 % (when running)</source>
        <translation>%1 % (wenn sie läuft)</translation>
    </message>
</context>
<context>
    <name>ftc::VmDetails</name>
    <message>
        <location filename="../ui/vms/VmDetails.cpp" line="16"/>
        <source>Virtual machines</source>
        <translation>Virtuelle Maschinen</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmDetails.cpp" line="29"/>
        <source>Virtual machine</source>
        <translation>Virtuelle Maschine</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmDetails.cpp" line="30"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmDetails.cpp" line="31"/>
        <location filename="../ui/vms/VmDetails.cpp" line="64"/>
        <source>Memory</source>
        <translation>Arbeitsspeicher</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmDetails.cpp" line="33"/>
        <source>Maximum memory</source>
        <translation>Maximaler Arbeitsspeicher</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmDetails.cpp" line="36"/>
        <source>Virtual CPUs</source>
        <translation>Virtuelle CPUs</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmDetails.cpp" line="37"/>
        <source>CPU use</source>
        <translation>CPU-Auslastung</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmDetails.cpp" line="41"/>
        <source>Start with host</source>
        <translation>Mit dem Host starten</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmDetails.cpp" line="34"/>
        <location filename="../ui/vms/VmDetails.cpp" line="110"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmDetails.cpp" line="34"/>
        <location filename="../ui/vms/VmDetails.cpp" line="110"/>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmDetails.cpp" line="42"/>
        <source>Save state when the host stops</source>
        <translation>Zustand beim Herunterfahren des Hosts speichern</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmDetails.cpp" line="46"/>
        <source>Saved state</source>
        <translation>Gespeicherter Zustand</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmDetails.cpp" line="47"/>
        <source>A saved state waits on disk: Restore brings the VM back where it stopped.</source>
        <translation>Ein gespeicherter Zustand liegt auf der Festplatte bereit: Wiederherstellen setzt die VM dort fort, wo sie gestoppt wurde.</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmDetails.cpp" line="52"/>
        <source>CPU resources</source>
        <translation>CPU-Ressourcen</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmDetails.cpp" line="53"/>
        <source>Relative weight</source>
        <translation>Relative Gewichtung</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmDetails.cpp" line="54"/>
        <source>Reserved capacity</source>
        <translation>Reservierte Kapazität</translation>
    </message>
    <message>
        <source>%1 % of one CPU</source>
        <translation type="vanished">%1 % einer CPU</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmDetails.cpp" line="55"/>
        <source>Maximum capacity</source>
        <translation>Maximale Kapazität</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmDetails.cpp" line="38"/>
        <location filename="../ui/vms/VmDetails.cpp" line="50"/>
        <source>%1 % of one CPU (%2 % of system)</source>
        <translation>%1 % einer CPU (%2 % des Systems)</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmDetails.cpp" line="55"/>
        <source>No cap</source>
        <translation>Keine Obergrenze</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmDetails.cpp" line="56"/>
        <source>cpu_shares</source>
        <translation>cpu_shares</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmDetails.cpp" line="56"/>
        <source>not set (the default, 1024)</source>
        <translation>nicht gesetzt (Standard, 1024)</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmDetails.cpp" line="59"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmDetails.cpp" line="62"/>
        <source>Performance</source>
        <translation>Leistung</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmDetails.cpp" line="63"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmDetails.cpp" line="63"/>
        <source>% of one CPU</source>
        <translation>% einer CPU</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmDetails.cpp" line="64"/>
        <source>MiB</source>
        <translation>MiB</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmDetails.cpp" line="67"/>
        <location filename="../ui/vms/VmDetails.cpp" line="75"/>
        <source>Disks</source>
        <translation>Festplatten</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmDetails.cpp" line="69"/>
        <source>Definition</source>
        <translation>Definition</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmDetails.cpp" line="71"/>
        <source>Reading</source>
        <translation>Wird gelesen</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmDetails.cpp" line="71"/>
        <source>Reading the VM&apos;s definition…</source>
        <translation>Definition der VM wird gelesen…</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmDetails.cpp" line="78"/>
        <source>%1 — on %2</source>
        <translation>%1 — auf %2</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmDetails.cpp" line="79"/>
        <source>%1 — on %2, not mirrored</source>
        <translation>%1 — auf %2, nicht gespiegelt</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmDetails.cpp" line="80"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmDetails.cpp" line="83"/>
        <location filename="../ui/vms/VmDetails.cpp" line="86"/>
        <source>%1 is on</source>
        <translation>%1 liegt auf</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmDetails.cpp" line="84"/>
        <location filename="../ui/vms/VmDetails.cpp" line="101"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmDetails.cpp" line="87"/>
        <source>%1 (one disk, no mirror)</source>
        <translation>%1 (eine Festplatte, kein Spiegel)</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmDetails.cpp" line="89"/>
        <source>Network adapters</source>
        <translation>Netzwerkadapter</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmDetails.cpp" line="92"/>
        <source>Adapters</source>
        <translation>Adapter</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmDetails.cpp" line="115"/>
        <source>No (the host&apos;s libvirt-guests service is off)</source>
        <translation>Nein (der Dienst libvirt-guests des Hosts ist aus)</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmDetails.cpp" line="116"/>
        <source>Yes (the host&apos;s setting)</source>
        <translation>Ja (Einstellung des Hosts)</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmDetails.cpp" line="116"/>
        <source>No (the host&apos;s setting)</source>
        <translation>Nein (Einstellung des Hosts)</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmDetails.cpp" line="75"/>
        <location filename="../ui/vms/VmDetails.cpp" line="92"/>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmDetails.cpp" line="96"/>
        <source>, model %1</source>
        <translation>, Modell %1</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmDetails.cpp" line="98"/>
        <source>, host side %1</source>
        <translation>, Host-Seite %1</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmDetails.cpp" line="99"/>
        <source>Adapter</source>
        <translation>Adapter</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmDetails.cpp" line="101"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmDetails.cpp" line="44"/>
        <source>UUID</source>
        <translation>UUID</translation>
    </message>
</context>
<context>
    <name>ftc::VmStatusModel</name>
    <message>
        <location filename="../ui/vms/VmStatusModel.cpp" line="24"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmStatusModel.cpp" line="24"/>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmStatusModel.cpp" line="160"/>
        <location filename="../ui/vms/VmStatusModel.cpp" line="162"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmStatusModel.cpp" line="169"/>
        <source>≥ %1</source>
        <comment>uptime counted since the console opened the host</comment>
        <translation>≥ %1</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmStatusModel.cpp" line="184"/>
        <source>CPU use since the last refresh, in % of one of the host&apos;s CPUs</source>
        <translation>CPU-Auslastung seit der letzten Aktualisierung, in % einer CPU des Hosts</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmStatusModel.cpp" line="186"/>
        <source>CPU use since the last refresh, in % of all the host&apos;s CPUs</source>
        <translation>CPU-Auslastung seit der letzten Aktualisierung, in % aller CPUs des Hosts</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmStatusModel.cpp" line="188"/>
        <source>Since the console saw the VM start; &quot;≥&quot; when it was running already</source>
        <translation>Seit die Konsole den Start der VM gesehen hat; „≥“, wenn sie bereits lief</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmStatusModel.cpp" line="194"/>
        <source>Virtual machine</source>
        <translation>Virtuelle Maschine</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmStatusModel.cpp" line="195"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmStatusModel.cpp" line="196"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmStatusModel.cpp" line="197"/>
        <source>Of system</source>
        <translation>Vom System</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmStatusModel.cpp" line="198"/>
        <source>Memory</source>
        <translation>Arbeitsspeicher</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmStatusModel.cpp" line="199"/>
        <source>vCPUs</source>
        <translation>vCPUs</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmStatusModel.cpp" line="200"/>
        <source>Uptime</source>
        <translation>Laufzeit</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmStatusModel.cpp" line="201"/>
        <source>Starts with host</source>
        <translation>Startet mit dem Host</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmStatusModel.cpp" line="202"/>
        <source>Saves state</source>
        <translation>Speichert Zustand</translation>
    </message>
</context>
<context>
    <name>ftc::VmStatusPage</name>
    <message>
        <location filename="../ui/vms/VmStatusPage.cpp" line="28"/>
        <source>Master Status</source>
        <translation>Gesamtstatus</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmStatusPage.cpp" line="36"/>
        <source>Filter by name or state</source>
        <translation>Nach Name oder Zustand filtern</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmStatusPage.cpp" line="106"/>
        <source>%1 — virtual machines: %2, running: %3</source>
        <translation>%1 — virtuelle Maschinen: %2, laufend: %3</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmStatusPage.cpp" line="109"/>
        <source>%1, using %2 % of the system&apos;s CPU together.</source>
        <translation>%1, zusammen nutzen sie %2 % der CPU-Leistung des Systems.</translation>
    </message>
</context>
</TS>
