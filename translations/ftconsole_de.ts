<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>ftc::AddDiskWizard</name>
    <message>
        <location filename="../ui/storage/AddDiskWizard.cpp" line="63"/>
        <source>No confirmation is needed for this plan.</source>
        <translation>Für diesen Plan ist keine Bestätigung nötig.</translation>
    </message>
    <message>
        <location filename="../ui/storage/AddDiskWizard.cpp" line="106"/>
        <source>Add Physical Disk to Virtual Disk</source>
        <translation>Physische Festplatte zu virtueller Festplatte hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/storage/AddDiskWizard.cpp" line="121"/>
        <source>What should %1 become?</source>
        <translation>Was soll aus %1 werden?</translation>
    </message>
    <message>
        <location filename="../ui/storage/AddDiskWizard.cpp" line="122"/>
        <source>Complete a virtual disk that runs on one disk, or start a new one.</source>
        <translation>Vervollständigen Sie eine virtuelle Festplatte, die auf nur einer Festplatte läuft, oder legen Sie eine neue an.</translation>
    </message>
    <message>
        <location filename="../ui/storage/AddDiskWizard.cpp" line="123"/>
        <source>&amp;Add %1 to this virtual disk:</source>
        <translation>%1 zu dieser virtuellen Festplatte &amp;hinzufügen:</translation>
    </message>
    <message>
        <location filename="../ui/storage/AddDiskWizard.cpp" line="124"/>
        <source>Create a &amp;new virtual disk on %1; add its second disk later</source>
        <translation>&amp;Neue virtuelle Festplatte auf %1 anlegen; die zweite Festplatte später hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/storage/AddDiskWizard.cpp" line="129"/>
        <source>Virtual disk</source>
        <translation>Virtuelle Festplatte</translation>
    </message>
    <message>
        <location filename="../ui/storage/AddDiskWizard.cpp" line="129"/>
        <location filename="../ui/storage/AddDiskWizard.cpp" line="141"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../ui/storage/AddDiskWizard.cpp" line="129"/>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <location filename="../ui/storage/AddDiskWizard.cpp" line="129"/>
        <location filename="../ui/storage/AddDiskWizard.cpp" line="141"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../ui/storage/AddDiskWizard.cpp" line="138"/>
        <source>Which physical disk should join %1?</source>
        <translation>Welche physische Festplatte soll %1 beitreten?</translation>
    </message>
    <message>
        <location filename="../ui/storage/AddDiskWizard.cpp" line="139"/>
        <source>Pick an unconfigured disk in the other module, in the slot that corresponds to the working disk, at least as large as the virtual disk.</source>
        <translation>Wählen Sie eine nicht konfigurierte Festplatte im anderen Modul, im Steckplatz, der dem der arbeitenden Festplatte entspricht, und mindestens so groß wie die virtuelle Festplatte.</translation>
    </message>
    <message>
        <location filename="../ui/storage/AddDiskWizard.cpp" line="141"/>
        <source>Disk</source>
        <translation>Festplatte</translation>
    </message>
    <message>
        <location filename="../ui/storage/AddDiskWizard.cpp" line="141"/>
        <source>Module</source>
        <translation>Modul</translation>
    </message>
    <message>
        <location filename="../ui/storage/AddDiskWizard.cpp" line="141"/>
        <source>Slot</source>
        <translation>Steckplatz</translation>
    </message>
    <message>
        <location filename="../ui/storage/AddDiskWizard.cpp" line="141"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../ui/storage/AddDiskWizard.cpp" line="150"/>
        <source>Review the plan</source>
        <translation>Plan prüfen</translation>
    </message>
    <message>
        <location filename="../ui/storage/AddDiskWizard.cpp" line="164"/>
        <source>Confirm</source>
        <translation>Bestätigen</translation>
    </message>
    <message>
        <source>The commands run as soon as you press Apply.</source>
        <translation type="vanished">Die Befehle laufen, sobald Sie auf Anwenden klicken.</translation>
    </message>
    <message>
        <location filename="../ui/storage/AddDiskWizard.cpp" line="61"/>
        <source>Confirm: %1</source>
        <translation>Bestätigen: %1</translation>
    </message>
    <message>
        <location filename="../ui/storage/AddDiskWizard.cpp" line="70"/>
        <source>Device path</source>
        <translation>Gerätepfad</translation>
    </message>
    <message>
        <location filename="../ui/storage/AddDiskWizard.cpp" line="71"/>
        <source>Serial number from the disk&apos;s label</source>
        <translation>Seriennummer vom Etikett der Festplatte</translation>
    </message>
    <message>
        <location filename="../ui/storage/AddDiskWizard.cpp" line="129"/>
        <location filename="../ui/storage/AddDiskWizard.cpp" line="141"/>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location filename="../ui/storage/AddDiskWizard.cpp" line="165"/>
        <source>The commands you reviewed run as soon as you press Apply.</source>
        <translation>Die geprüften Befehle laufen, sobald Sie auf Anwenden klicken.</translation>
    </message>
    <message>
        <location filename="../ui/storage/AddDiskWizard.cpp" line="167"/>
        <source>&amp;Apply</source>
        <translation>&amp;Anwenden</translation>
    </message>
    <message>
        <location filename="../ui/storage/AddDiskWizard.cpp" line="189"/>
        <source>Applying</source>
        <translation>Wird angewendet</translation>
    </message>
    <message>
        <location filename="../ui/storage/AddDiskWizard.cpp" line="190"/>
        <source>Each step&apos;s result appears as it finishes; a failed step stops the plan.</source>
        <translation>Das Ergebnis jedes Schritts erscheint, sobald er fertig ist; ein fehlgeschlagener Schritt hält den Plan an.</translation>
    </message>
    <message>
        <location filename="../ui/storage/AddDiskWizard.cpp" line="201"/>
        <source>&amp;Stop After This Step</source>
        <translation>&amp;Nach diesem Schritt anhalten</translation>
    </message>
    <message>
        <location filename="../ui/storage/AddDiskWizard.cpp" line="203"/>
        <source>The step that is running finishes; no further step starts</source>
        <translation>Der laufende Schritt wird beendet; kein weiterer Schritt beginnt</translation>
    </message>
    <message>
        <location filename="../ui/storage/AddDiskWizard.cpp" line="210"/>
        <source>Stopping after the step that is running…</source>
        <translation>Wird nach dem laufenden Schritt angehalten …</translation>
    </message>
    <message>
        <location filename="../ui/storage/AddDiskWizard.cpp" line="242"/>
        <source>It sits in module %1, slot %2.</source>
        <translation>Sie steckt in Modul %1, Steckplatz %2.</translation>
    </message>
    <message>
        <location filename="../ui/storage/AddDiskWizard.cpp" line="243"/>
        <source>It sits in module %1.</source>
        <translation>Sie steckt in Modul %1.</translation>
    </message>
    <message>
        <location filename="../ui/storage/AddDiskWizard.cpp" line="245"/>
        <source>%1 reports no serial number. To confirm that %1 is the disk to overwrite, type its device path, /dev/%1.</source>
        <translation>%1 meldet keine Seriennummer. Geben Sie zur Bestätigung, dass %1 die zu überschreibende Festplatte ist, ihren Gerätepfad /dev/%1 ein.</translation>
    </message>
    <message>
        <location filename="../ui/storage/AddDiskWizard.cpp" line="247"/>
        <source>Everything on %1 will be overwritten. Read the serial number on the label of the physical disk (it is also in the disk&apos;s properties) and type it to confirm. %2</source>
        <translation>Alles auf %1 wird überschrieben. Lesen Sie die Seriennummer vom Etikett der physischen Festplatte ab (sie steht auch in den Eigenschaften der Festplatte) und geben Sie sie zur Bestätigung ein. %2</translation>
    </message>
    <message>
        <location filename="../ui/storage/AddDiskWizard.cpp" line="273"/>
        <source>(missing)</source>
        <translation>(fehlt)</translation>
    </message>
    <message>
        <location filename="../ui/storage/AddDiskWizard.cpp" line="278"/>
        <source>%1 (module %2, slot %3)</source>
        <translation>%1 (Modul %2, Steckplatz %3)</translation>
    </message>
    <message>
        <location filename="../ui/storage/AddDiskWizard.cpp" line="289"/>
        <source>Needs %1; %2 holds %3</source>
        <translation>Benötigt %1; %2 enthält %3</translation>
    </message>
    <message>
        <location filename="../ui/storage/AddDiskWizard.cpp" line="291"/>
        <source>%1 is %2: its data must come back before a copy can be made</source>
        <translation>%1 ist %2: Ihre Daten müssen zurückkommen, bevor eine Kopie angelegt werden kann</translation>
    </message>
    <message>
        <location filename="../ui/storage/AddDiskWizard.cpp" line="311"/>
        <source>Already a member of %1</source>
        <translation>Bereits Mitglied von %1</translation>
    </message>
    <message>
        <location filename="../ui/storage/AddDiskWizard.cpp" line="312"/>
        <source>A member of %1</source>
        <translation>Ein Mitglied von %1</translation>
    </message>
    <message>
        <location filename="../ui/storage/AddDiskWizard.cpp" line="314"/>
        <source>A former member of %1: re-add it there</source>
        <translation>Ein früheres Mitglied von %1: Fügen Sie es dort erneut hinzu</translation>
    </message>
    <message>
        <location filename="../ui/storage/AddDiskWizard.cpp" line="316"/>
        <source>In use</source>
        <translation>Belegt</translation>
    </message>
    <message>
        <location filename="../ui/storage/AddDiskWizard.cpp" line="316"/>
        <source>In use: %1</source>
        <translation>Belegt: %1</translation>
    </message>
    <message>
        <location filename="../ui/storage/AddDiskWizard.cpp" line="318"/>
        <source>Too small: %1 needs %2</source>
        <translation>Zu klein: %1 benötigt %2</translation>
    </message>
    <message>
        <location filename="../ui/storage/AddDiskWizard.cpp" line="360"/>
        <source>Capital or small letters, as you like.</source>
        <translation>Groß- oder Kleinbuchstaben, ganz wie Sie möchten.</translation>
    </message>
    <message>
        <location filename="../ui/storage/AddDiskWizard.cpp" line="362"/>
        <source>Matches %1: Apply runs the plan.</source>
        <translation>Stimmt mit %1 überein: Anwenden führt den Plan aus.</translation>
    </message>
    <message>
        <location filename="../ui/storage/AddDiskWizard.cpp" line="364"/>
        <source>Does not match %1 yet.</source>
        <translation>Stimmt noch nicht mit %1 überein.</translation>
    </message>
    <message>
        <location filename="../ui/storage/AddDiskWizard.cpp" line="379"/>
        <source>%1 then copies %2 to %3.</source>
        <translation>%1 kopiert dann %2 nach %3.</translation>
    </message>
    <message>
        <location filename="../ui/storage/AddDiskWizard.cpp" line="383"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../ui/storage/AddDiskWizard.cpp" line="384"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location filename="../ui/storage/AddDiskWizard.cpp" line="385"/>
        <source>%1 then copies %2 to %3: about %4 at md&apos;s limit of %5 KiB/s, longer while the virtual machines keep the disks busy. Resync Priority High lifts the limit.</source>
        <translation>%1 kopiert dann %2 nach %3: etwa %4 bei der Grenze von md mit %5 KiB/s, länger, solange die virtuellen Maschinen die Festplatten auslasten. Die Priorität der Resynchronisation „Hoch“ hebt die Grenze an.</translation>
    </message>
    <message>
        <location filename="../ui/storage/AddDiskWizard.cpp" line="434"/>
        <source>No information from the host yet</source>
        <translation>Noch keine Informationen vom Host</translation>
    </message>
    <message>
        <location filename="../ui/storage/AddDiskWizard.cpp" line="435"/>
        <source>The host has not answered yet: wait for the first refresh, then try again.</source>
        <translation>Der Host hat noch nicht geantwortet: Warten Sie die erste Aktualisierung ab und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../ui/storage/AddDiskWizard.cpp" line="442"/>
        <source>Checking %1 on the host…</source>
        <translation>%1 wird auf dem Host geprüft …</translation>
    </message>
    <message>
        <location filename="../ui/storage/AddDiskWizard.cpp" line="444"/>
        <source>Asking %1 itself what it holds: signatures, partitions, holders, mounts, and the disks of every virtual machine.</source>
        <translation>%1 selbst wird gefragt, was sie enthält: Signaturen, Partitionen, Nutzer (holders), Einhängepunkte und die Festplatten jeder virtuellen Maschine.</translation>
    </message>
    <message>
        <location filename="../ui/storage/AddDiskWizard.cpp" line="461"/>
        <source>The host could not be asked what this account may run.</source>
        <translation>Der Host konnte nicht gefragt werden, was dieses Konto ausführen darf.</translation>
    </message>
    <message>
        <location filename="../ui/storage/AddDiskWizard.cpp" line="501"/>
        <source>Nothing has been changed yet. Check the commands below, then continue.</source>
        <translation>Noch wurde nichts geändert. Prüfen Sie die Befehle unten und fahren Sie dann fort.</translation>
    </message>
    <message>
        <location filename="../ui/storage/AddDiskWizard.cpp" line="502"/>
        <source>This cannot be done as things are: fix what is listed below, or go Back and choose differently.</source>
        <translation>So ist das nicht möglich: Beheben Sie die unten genannten Punkte oder gehen Sie zurück und wählen Sie anders.</translation>
    </message>
    <message>
        <location filename="../ui/storage/AddDiskWizard.cpp" line="514"/>
        <source>The host was closed: nothing was changed.</source>
        <translation>Der Host wurde geschlossen: Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../ui/storage/AddDiskWizard.cpp" line="517"/>
        <source>Applying…</source>
        <translation>Wird angewendet…</translation>
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
        <location filename="../ui/storage/AddDiskWizard.cpp" line="530"/>
        <source>Done.</source>
        <translation>Fertig.</translation>
    </message>
    <message>
        <location filename="../ui/storage/AddDiskWizard.cpp" line="536"/>
        <source>The plan failed.</source>
        <translation>Der Plan ist fehlgeschlagen.</translation>
    </message>
    <message>
        <location filename="../ui/storage/AddDiskWizard.cpp" line="536"/>
        <source>The plan was stopped.</source>
        <translation>Der Plan wurde angehalten.</translation>
    </message>
    <message>
        <location filename="../ui/storage/AddDiskWizard.cpp" line="538"/>
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
        <location filename="../backend/checks/CheckFacts.cpp" line="37"/>
        <source>%1 was not run</source>
        <translation>%1 wurde nicht ausgeführt</translation>
    </message>
    <message>
        <location filename="../backend/checks/CheckFacts.cpp" line="39"/>
        <source>%1 did not finish (%2)</source>
        <translation>%1 wurde nicht abgeschlossen (%2)</translation>
    </message>
    <message>
        <location filename="../backend/checks/CheckFacts.cpp" line="41"/>
        <source>%1 is not installed on the host</source>
        <translation>%1 ist auf dem Host nicht installiert</translation>
    </message>
    <message>
        <location filename="../backend/checks/CheckFacts.cpp" line="43"/>
        <source>%1 failed (exit %2)</source>
        <translation>%1 ist fehlgeschlagen (Exit-Code %2)</translation>
    </message>
    <message>
        <location filename="../backend/checks/CheckFacts.cpp" line="43"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../backend/checks/CheckFacts.cpp" line="150"/>
        <source>systemctl show printed RuntimeWatchdogUSec=%1, which is not a time span</source>
        <translation>systemctl show hat RuntimeWatchdogUSec=%1 ausgegeben, was keine Zeitspanne ist</translation>
    </message>
    <message>
        <location filename="../backend/checks/CheckFacts.cpp" line="233"/>
        <source>qemu-img info printed no JSON object (%1)</source>
        <translation>qemu-img info hat kein JSON-Objekt ausgegeben (%1)</translation>
    </message>
    <message>
        <location filename="../backend/checks/CheckFacts.cpp" line="325"/>
        <source>the host did not answer</source>
        <translation>der Host hat nicht geantwortet</translation>
    </message>
    <message>
        <location filename="../backend/checks/CheckFacts.cpp" line="384"/>
        <source>the capture holds none of the checks&apos; facts</source>
        <translation>die Erfassung enthält keine der Daten für die Prüfungen</translation>
    </message>
    <message>
        <location filename="../backend/checks/CheckFacts.cpp" line="392"/>
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
        <location filename="../backend/checks/VmChecks.cpp" line="119"/>
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
        <location filename="../backend/checks/HostChecks.cpp" line="75"/>
        <source>Virus scanning of the VM images</source>
        <translation>Virenprüfung der VM-Images</translation>
    </message>
    <message>
        <location filename="../backend/checks/HostChecks.cpp" line="76"/>
        <source>%1 scans files as they are opened, and its exclusions are kept in its own policy, which the console cannot read</source>
        <translation>%1 prüft Dateien beim Öffnen, und seine Ausnahmen stehen in seiner eigenen Richtlinie, die die Konsole nicht lesen kann</translation>
    </message>
    <message>
        <location filename="../backend/checks/HostChecks.cpp" line="78"/>
        <source>In %1&apos;s management, exclude the VM image directories (%2) from on-access scanning.</source>
        <translation>Nehmen Sie in der Verwaltung von %1 die Verzeichnisse der VM-Images (%2) von der Prüfung beim Zugriff aus.</translation>
    </message>
    <message>
        <location filename="../backend/checks/HostChecks.cpp" line="92"/>
        <source>%1 scans files as they are opened, and the VM image directories %2 are not excluded: every guest write is scanned.</source>
        <translation>%1 scannt Dateien beim Öffnen, und die VM-Image-Verzeichnisse %2 sind nicht ausgenommen: Jeder Schreibvorgang eines Gasts wird gescannt.</translation>
    </message>
    <message>
        <location filename="../backend/checks/HostChecks.cpp" line="94"/>
        <source>Add OnAccessExcludePath lines for them to /etc/clamav/clamd.conf and restart clamav-clamonacc.</source>
        <translation>Fügen Sie für sie Zeilen mit OnAccessExcludePath zu /etc/clamav/clamd.conf hinzu und starten Sie clamav-clamonacc neu.</translation>
    </message>
    <message>
        <location filename="../backend/checks/HostChecks.cpp" line="99"/>
        <source>Power supplies</source>
        <translation>Netzteile</translation>
    </message>
    <message>
        <location filename="../backend/checks/HostChecks.cpp" line="100"/>
        <source>Install ipmitool and give the console&apos;s account sudo rights for it, or check the supplies on the server&apos;s management board.</source>
        <translation>Installieren Sie ipmitool und geben Sie dem Konto der Konsole sudo-Rechte dafür, oder prüfen Sie die Netzteile über das Management-Board des Servers.</translation>
    </message>
    <message>
        <location filename="../backend/checks/HostChecks.cpp" line="104"/>
        <source>A power supply reports a fault: %1.</source>
        <translation>Ein Netzteil meldet einen Fehler: %1.</translation>
    </message>
    <message>
        <location filename="../backend/checks/HostChecks.cpp" line="105"/>
        <source>Check its power cord and input; replace the supply if the fault stays.</source>
        <translation>Prüfen Sie sein Netzkabel und seine Stromzufuhr; tauschen Sie das Netzteil aus, wenn der Fehler bestehen bleibt.</translation>
    </message>
    <message>
        <location filename="../backend/checks/HostChecks.cpp" line="108"/>
        <source>The host has %1 power supply: losing it or its input stops the host.</source>
        <translation>Der Host hat %1 Netzteil: Fällt es oder seine Stromzufuhr aus, steht der Host still.</translation>
    </message>
    <message>
        <location filename="../backend/checks/HostChecks.cpp" line="109"/>
        <source>Fit a second supply and connect the two to different circuits (A and B).</source>
        <translation>Bauen Sie ein zweites Netzteil ein und schließen Sie beide an verschiedene Stromkreise (A und B) an.</translation>
    </message>
    <message>
        <location filename="../backend/checks/HostChecks.cpp" line="112"/>
        <source>UPS</source>
        <translation>USV</translation>
    </message>
    <message>
        <location filename="../backend/checks/HostChecks.cpp" line="112"/>
        <source>Install nut-client and configure the UPS in /etc/nut.</source>
        <translation>Installieren Sie nut-client und konfigurieren Sie die USV in /etc/nut.</translation>
    </message>
    <message>
        <location filename="../backend/checks/HostChecks.cpp" line="115"/>
        <source>No UPS is configured (upsc -l lists none): a power cut stops the host without a clean shutdown.</source>
        <translation>Es ist keine USV konfiguriert (upsc -l listet keine auf): Ein Stromausfall stoppt den Host ohne sauberes Herunterfahren.</translation>
    </message>
    <message>
        <location filename="../backend/checks/HostChecks.cpp" line="117"/>
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
        <location filename="../backend/checks/StorageChecks.cpp" line="30"/>
        <source>%1 is Syncing (%2 %): it has a second copy once the sync ends.</source>
        <translation>%1 ist im Zustand Syncing (%2 %): Nach Abschluss der Synchronisation hat sie eine zweite Kopie.</translation>
    </message>
    <message>
        <location filename="../backend/checks/StorageChecks.cpp" line="31"/>
        <source>Nothing to do: keep both disks in until %1 is Duplex.</source>
        <translation>Nichts zu tun: Lassen Sie beide Festplatten eingesteckt, bis %1 Duplex ist.</translation>
    </message>
    <message>
        <location filename="../backend/checks/StorageChecks.cpp" line="36"/>
        <source>%1 of %2 members of %3 work</source>
        <translation>%1 von %2 Mitgliedern von %3 arbeiten</translation>
    </message>
    <message>
        <location filename="../backend/checks/StorageChecks.cpp" line="39"/>
        <source>%1 (Simplex): it has no redundancy left, one more failure loses its data.</source>
        <translation>%1 (Simplex): Es ist keine Redundanz mehr übrig; ein weiterer Ausfall führt zu Datenverlust.</translation>
    </message>
    <message>
        <location filename="../backend/checks/StorageChecks.cpp" line="40"/>
        <source>Add a disk of at least the same size from the other module to %1.</source>
        <translation>Fügen Sie %1 eine mindestens gleich große Festplatte aus dem anderen Modul hinzu.</translation>
    </message>
    <message>
        <location filename="../backend/checks/StorageChecks.cpp" line="43"/>
        <source>%1 (degraded): it survives %2 more failed member(s).</source>
        <translation>%1 (beeinträchtigt): Es übersteht noch %2 weitere ausgefallene Mitglieder.</translation>
    </message>
    <message>
        <location filename="../backend/checks/StorageChecks.cpp" line="44"/>
        <source>%1 (degraded).</source>
        <translation>%1 (beeinträchtigt).</translation>
    </message>
    <message>
        <location filename="../backend/checks/StorageChecks.cpp" line="45"/>
        <source>Replace the failed member of %1 with a disk of at least the same size.</source>
        <translation>Ersetzen Sie das ausgefallene Mitglied von %1 durch eine mindestens gleich große Festplatte.</translation>
    </message>
    <message>
        <location filename="../backend/checks/StorageChecks.cpp" line="48"/>
        <source>%1 has lost data: only %2 of %3 members work, too few to run.</source>
        <translation>%1 hat Daten verloren: Nur %2 von %3 Mitgliedern arbeiten, zu wenige für den Betrieb.</translation>
    </message>
    <message>
        <location filename="../backend/checks/StorageChecks.cpp" line="50"/>
        <source>Do not write to the member disks. Reseat or reconnect the failed disks of %1 and refresh: a member that comes back intact can make it whole again.</source>
        <translation>Schreiben Sie nicht auf die Mitgliedsfestplatten. Setzen Sie die ausgefallenen Festplatten von %1 neu ein oder schließen Sie sie neu an und aktualisieren Sie: Ein Mitglied, das unversehrt zurückkommt, kann sie wieder vollständig machen.</translation>
    </message>
    <message>
        <location filename="../backend/checks/StorageChecks.cpp" line="56"/>
        <source>%1 is not started.</source>
        <translation>%1 ist nicht gestartet.</translation>
    </message>
    <message>
        <location filename="../backend/checks/StorageChecks.cpp" line="57"/>
        <source>Look at its members first (mdadm --examine on each), then assemble it (mdadm --assemble --scan). Leave their superblocks alone: they are what brings the array back.</source>
        <translation>Untersuchen Sie zuerst die Mitglieder (mdadm --examine für jedes) und setzen Sie das Array dann zusammen (mdadm --assemble --scan). Lassen Sie die Superblöcke unangetastet: Sie sind es, die das Array zurückbringen.</translation>
    </message>
    <message>
        <location filename="../backend/checks/StorageChecks.cpp" line="61"/>
        <source>%1 is read-only.</source>
        <translation>%1 ist schreibgeschützt.</translation>
    </message>
    <message>
        <location filename="../backend/checks/StorageChecks.cpp" line="62"/>
        <source>Make it writable with mdadm --readwrite /dev/%1 if it is in use.</source>
        <translation>Machen Sie sie mit mdadm --readwrite /dev/%1 beschreibbar, falls sie verwendet wird.</translation>
    </message>
    <message>
        <location filename="../backend/checks/StorageChecks.cpp" line="83"/>
        <source>Whether %1, half of the system mirror %2, can boot the host was not read: %3.</source>
        <translation>Ob %1, eine Hälfte des Systemspiegels %2, den Host starten kann, wurde nicht gelesen: %3.</translation>
    </message>
    <message>
        <location filename="../backend/checks/StorageChecks.cpp" line="85"/>
        <source>Let the console read the disk&apos;s boot sector (file -s through sudo), or check it on the host.</source>
        <translation>Lassen Sie die Konsole den Bootsektor der Festplatte lesen (file -s über sudo), oder prüfen Sie ihn auf dem Host.</translation>
    </message>
    <message>
        <location filename="../backend/checks/StorageChecks.cpp" line="89"/>
        <source>%1 holds half of the system mirror %2 but cannot boot the host: it has no EFI system partition and no boot loader in its boot sector. If the other disk fails, the host does not start.</source>
        <translation>%1 enthält eine Hälfte des Systemspiegels %2, kann den Host aber nicht starten: Sie hat keine EFI-Systempartition und keinen Bootloader im Bootsektor. Fällt die andere Festplatte aus, startet der Host nicht.</translation>
    </message>
    <message>
        <location filename="../backend/checks/StorageChecks.cpp" line="92"/>
        <source>Install the boot loader on %1 as on the other half (grub-install /dev/%1 on a BIOS host), then check again.</source>
        <translation>Installieren Sie den Bootloader auf %1 wie auf der anderen Hälfte (grub-install /dev/%1 auf einem BIOS-Host) und prüfen Sie dann erneut.</translation>
    </message>
    <message>
        <location filename="../backend/checks/StorageChecks.cpp" line="118"/>
        <source>Both copies of %1 are in module %2: if that module fails, %1 is lost.</source>
        <translation>Beide Kopien von %1 liegen in Modul %2: Fällt dieses Modul aus, ist %1 verloren.</translation>
    </message>
    <message>
        <location filename="../backend/checks/StorageChecks.cpp" line="120"/>
        <source>Move one member of %1 to a disk in the other module: add that disk to %1 (Add Disk), and once it is in sync remove the member it replaces.</source>
        <translation>Verlegen Sie ein Mitglied von %1 auf eine Festplatte im anderen Modul: Fügen Sie diese Festplatte %1 hinzu (Festplatte hinzufügen) und entfernen Sie, sobald sie synchron ist, das Mitglied, das sie ersetzt.</translation>
    </message>
    <message>
        <location filename="../backend/checks/StorageChecks.cpp" line="127"/>
        <source>The host&apos;s operating system (%1) is on disk %2, which is in no mirror: if %2 fails, the host stops.</source>
        <translation>Das Betriebssystem des Hosts (%1) liegt auf Festplatte %2, die zu keinem Spiegel gehört: Fällt %2 aus, steht der Host still.</translation>
    </message>
    <message>
        <location filename="../backend/checks/StorageChecks.cpp" line="129"/>
        <source>Back up the host first. Then, in a maintenance window, move the system onto a RAID1 mirror with a disk of the other module: build the mirror on the new disk with one member missing, copy the system onto it, boot from it, and only then add %1 to it.</source>
        <translation>Sichern Sie zuerst den Host. Verlegen Sie dann in einem Wartungsfenster das System auf einen RAID1-Spiegel mit einer Festplatte des anderen Moduls: Legen Sie den Spiegel auf der neuen Festplatte mit einem fehlenden Mitglied an, kopieren Sie das System darauf, booten Sie davon und fügen Sie erst dann %1 hinzu.</translation>
    </message>
    <message>
        <location filename="../backend/checks/StorageChecks.cpp" line="135"/>
        <source>Disk %1 (%2) is not part of any virtual disk.</source>
        <translation>Festplatte %1 (%2) gehört zu keiner virtuellen Festplatte.</translation>
    </message>
    <message>
        <location filename="../backend/checks/StorageChecks.cpp" line="136"/>
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
        <location filename="../backend/checks/VmChecks.cpp" line="93"/>
        <source>Whether %1 has its guest tools (QEMU guest agent) was not read: %2.</source>
        <translation>Ob %1 ihre Gastwerkzeuge (QEMU Guest Agent) hat, wurde nicht gelesen: %2.</translation>
    </message>
    <message>
        <location filename="../backend/checks/VmChecks.cpp" line="175"/>
        <source>the definition was not read</source>
        <translation>die Definition wurde nicht gelesen</translation>
    </message>
    <message>
        <location filename="../backend/checks/VmChecks.cpp" line="98"/>
        <source>%1 has no guest agent channel (%2): the host cannot ask its OS to shut down cleanly or freeze its disks.</source>
        <translation>%1 hat keinen Kanal für den Gastagenten (%2): Der Host kann ihr Betriebssystem nicht bitten, sauber herunterzufahren oder ihre Festplatten einzufrieren.</translation>
    </message>
    <message>
        <location filename="../backend/checks/VmChecks.cpp" line="100"/>
        <source>Add a virtio channel named %1 to %2&apos;s definition, then install qemu-guest-agent in the guest.</source>
        <translation>Fügen Sie der Definition von %2 einen virtio-Kanal namens %1 hinzu und installieren Sie dann qemu-guest-agent im Gast.</translation>
    </message>
    <message>
        <location filename="../backend/checks/VmChecks.cpp" line="105"/>
        <source>%1&apos;s guest agent does not answer (%2).</source>
        <translation>Der Gastagent von %1 antwortet nicht (%2).</translation>
    </message>
    <message>
        <location filename="../backend/checks/VmChecks.cpp" line="106"/>
        <source>Install and start qemu-guest-agent in %1&apos;s OS.</source>
        <translation>Installieren und starten Sie qemu-guest-agent im Betriebssystem von %1.</translation>
    </message>
    <message>
        <location filename="../backend/checks/VmChecks.cpp" line="117"/>
        <source>Where the VMs&apos; images live was not read: %1.</source>
        <translation>Wo die Images der VMs liegen, wurde nicht gelesen: %1.</translation>
    </message>
    <message>
        <location filename="../backend/checks/VmChecks.cpp" line="117"/>
        <source>not asked</source>
        <translation>nicht abgefragt</translation>
    </message>
    <message>
        <location filename="../backend/checks/VmChecks.cpp" line="134"/>
        <source>%1&apos;s disk %2 (%3) is on no mirror%4: a disk failure stops the VM and loses its data.</source>
        <translation>Festplatte %2 von %1 (%3) liegt auf keinem Spiegel%4: Ein Festplattenausfall stoppt die VM, und ihre Daten gehen verloren.</translation>
    </message>
    <message>
        <location filename="../backend/checks/VmChecks.cpp" line="136"/>
        <source> (on disk %1)</source>
        <translation> (auf Festplatte %1)</translation>
    </message>
    <message>
        <location filename="../backend/checks/VmChecks.cpp" line="138"/>
        <source>Move the image to a directory on a Duplex mirror while %1 is shut down, and point its disk there; keep the old file until the VM runs from the new one.</source>
        <translation>Verschieben Sie das Image, während %1 heruntergefahren ist, in ein Verzeichnis auf einem Duplex-Spiegel und lassen Sie ihre Festplatte dorthin zeigen; behalten Sie die alte Datei, bis die VM von der neuen läuft.</translation>
    </message>
    <message>
        <location filename="../backend/checks/VmChecks.cpp" line="145"/>
        <source>Whether %1&apos;s image %2 is fixed-size was not read: %3.</source>
        <translation>Ob das Image %2 von %1 eine feste Größe hat, wurde nicht gelesen: %3.</translation>
    </message>
    <message>
        <location filename="../backend/checks/VmChecks.cpp" line="146"/>
        <source>Run qemu-img info on it as root to see its format and allocation.</source>
        <translation>Führen Sie qemu-img info als root darauf aus, um Format und Belegung zu sehen.</translation>
    </message>
    <message>
        <location filename="../backend/checks/VmChecks.cpp" line="153"/>
        <source>%1&apos;s image %2 is dynamically expanding (%3, %4 MiB of %5 MiB allocated): it can fail the VM when the host&apos;s disk fills.</source>
        <translation>Das Image %2 von %1 wächst dynamisch (%3, %4 MiB von %5 MiB belegt): Läuft die Festplatte des Hosts voll, kann die VM ausfallen.</translation>
    </message>
    <message>
        <location filename="../backend/checks/VmChecks.cpp" line="158"/>
        <source>While %1 is shut down, convert it to a fully allocated raw image (qemu-img convert -O raw -o preallocation=falloc) next to the old one, then point the disk at the new file.</source>
        <translation>Konvertieren Sie es, während %1 heruntergefahren ist, neben dem alten in ein vollständig vorbelegtes raw-Image (qemu-img convert -O raw -o preallocation=falloc) und lassen Sie die Festplatte dann auf die neue Datei zeigen.</translation>
    </message>
    <message>
        <location filename="../backend/checks/VmChecks.cpp" line="182"/>
        <source>guest-ping was not asked</source>
        <translation>guest-ping wurde nicht abgefragt</translation>
    </message>
    <message>
        <location filename="../backend/checks/VmChecks.cpp" line="191"/>
        <source>The VM is not running</source>
        <translation>Die VM läuft nicht</translation>
    </message>
    <message>
        <location filename="../backend/checks/VmChecks.cpp" line="192"/>
        <source>Not read: %1</source>
        <translation>Nicht gelesen: %1</translation>
    </message>
    <message>
        <location filename="../backend/checks/VmChecks.cpp" line="193"/>
        <source>No agent channel (%1)</source>
        <translation>Kein Agent-Kanal (%1)</translation>
    </message>
    <message>
        <location filename="../backend/checks/VmChecks.cpp" line="194"/>
        <source>Does not answer (%1)</source>
        <translation>Antwortet nicht (%1)</translation>
    </message>
    <message>
        <location filename="../backend/checks/VmChecks.cpp" line="195"/>
        <source>Answers</source>
        <translation>Antwortet</translation>
    </message>
    <message>
        <location filename="../backend/checks/VmChecks.cpp" line="225"/>
        <source>the libvirt network %1</source>
        <translation>dem libvirt-Netzwerk %1</translation>
    </message>
    <message>
        <location filename="../backend/checks/VmChecks.cpp" line="228"/>
        <source>The network adapter %1 of %2 is connected to %3, which no team carries.</source>
        <translation>Der Netzwerkadapter %1 von %2 ist mit %3 verbunden, das von keinem Team getragen wird.</translation>
    </message>
    <message>
        <location filename="../backend/checks/VmChecks.cpp" line="230"/>
        <source>Connect it to the team&apos;s bridge %1 (Virtual Machine ▸ Edit Configuration).</source>
        <translation>Verbinden Sie ihn mit der Bridge %1 des Teams (Virtuelle Maschine ▸ Konfiguration bearbeiten).</translation>
    </message>
    <message>
        <location filename="../backend/checks/VmChecks.cpp" line="242"/>
        <source>libvirt did not answer: %1</source>
        <translation>libvirt hat nicht geantwortet: %1</translation>
    </message>
    <message>
        <location filename="../backend/checks/VmChecks.cpp" line="243"/>
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
        <location filename="../backend/checks/HostFixes.cpp" line="119"/>
        <source>Turn off automatic updates (%1)</source>
        <translation>Automatische Updates ausschalten (%1)</translation>
    </message>
    <message>
        <location filename="../backend/checks/HostFixes.cpp" line="120"/>
        <source>The host stops installing updates by itself: install them in a maintenance window (dnf upgrade), with the VMs&apos; owners told.</source>
        <translation>Der Host installiert Updates nicht mehr selbstständig: Installieren Sie sie in einem Wartungsfenster (dnf upgrade) und informieren Sie vorher die Besitzer der VMs.</translation>
    </message>
    <message>
        <location filename="../backend/checks/HostFixes.cpp" line="122"/>
        <source>Stop and disable %1</source>
        <translation>%1 stoppen und deaktivieren</translation>
    </message>
    <message>
        <location filename="../backend/checks/HostFixes.cpp" line="127"/>
        <source>Updates are installed by %1: turn it off with systemctl disable --now %1.</source>
        <translation>Updates werden von %1 installiert: Schalten Sie es mit systemctl disable --now %1 aus.</translation>
    </message>
    <message>
        <location filename="../backend/checks/HostFixes.cpp" line="134"/>
        <source>%1 was not read: run Check Now first.</source>
        <translation>%1 wurde nicht gelesen: Führen Sie zuerst „Jetzt prüfen“ aus.</translation>
    </message>
    <message>
        <location filename="../backend/checks/HostFixes.cpp" line="137"/>
        <source>The host stops installing updates by itself: install them in a maintenance window (apt-get update &amp;&amp; apt-get upgrade), with the VMs&apos; owners told.</source>
        <translation>Der Host installiert Updates nicht mehr selbstständig: Installieren Sie sie in einem Wartungsfenster (apt-get update &amp;&amp; apt-get upgrade) und informieren Sie vorher die Besitzer der VMs.</translation>
    </message>
    <message>
        <location filename="../backend/checks/HostFixes.cpp" line="139"/>
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
    <message>
        <location filename="../backend/vms/VmPlacement.cpp" line="41"/>
        <source>a network disk (%1)</source>
        <translation>eine Netzwerkfestplatte (%1)</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmPlacement.cpp" line="42"/>
        <source>a storage pool volume</source>
        <translation>ein Volume eines Datenträger-Pools</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmPlacement.cpp" line="43"/>
        <source>no medium</source>
        <translation>kein Medium</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmPlacement.cpp" line="58"/>
        <source>a /dev/disk link, which the console does not follow</source>
        <translation>ein /dev/disk-Link, dem die Konsole nicht folgt</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmPlacement.cpp" line="59"/>
        <source>a device the console does not know</source>
        <translation>ein Gerät, das die Konsole nicht kennt</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmPlacement.cpp" line="83"/>
        <source>in no file system the console knows</source>
        <translation>in keinem Dateisystem, das die Konsole kennt</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmPlacement.cpp" line="99"/>
        <source>network %1 (bridge %2)</source>
        <translation>Netzwerk %1 (Bridge %2)</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmPlacement.cpp" line="100"/>
        <source>bridge %1</source>
        <translation>Bridge %1</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmPlacement.cpp" line="103"/>
        <source>network %1</source>
        <translation>Netzwerk %1</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmPlacement.cpp" line="105"/>
        <source>direct %1</source>
        <translation>direkt %1</translation>
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
        <location filename="../ui/shell/ConnectDialog.cpp" line="38"/>
        <source>Open Host</source>
        <translation>Host öffnen</translation>
    </message>
    <message>
        <location filename="../ui/shell/ConnectDialog.cpp" line="48"/>
        <source>Demo host (simulated)</source>
        <translation>Demo-Host (simuliert)</translation>
    </message>
    <message>
        <location filename="../ui/shell/ConnectDialog.cpp" line="49"/>
        <source>This machine</source>
        <translation>Dieser Rechner</translation>
    </message>
    <message>
        <location filename="../ui/shell/ConnectDialog.cpp" line="50"/>
        <source>Remote host over SSH</source>
        <translation>Entfernter Host über SSH</translation>
    </message>
    <message>
        <location filename="../ui/shell/ConnectDialog.cpp" line="51"/>
        <source>Support bundle (read-only)</source>
        <translation>Support-Paket (nur lesen)</translation>
    </message>
    <message>
        <location filename="../ui/shell/ConnectDialog.cpp" line="52"/>
        <source>sosreport (read-only)</source>
        <translation>sosreport (nur lesen)</translation>
    </message>
    <message>
        <location filename="../ui/shell/ConnectDialog.cpp" line="56"/>
        <source>A simulated host with modules 10 and 11, six disks, four adapters and three virtual machines. Nothing you do touches a real machine.</source>
        <translation>Ein simulierter Host mit den Modulen 10 und 11, sechs Festplatten, vier Adaptern und drei virtuellen Maschinen. Nichts, was Sie tun, berührt einen echten Rechner.</translation>
    </message>
    <message>
        <location filename="../ui/shell/ConnectDialog.cpp" line="62"/>
        <source>Reads this computer directly. Changes run through sudo and need a password-less sudo rule.</source>
        <translation>Liest diesen Rechner direkt. Änderungen laufen über sudo und benötigen eine sudo-Regel ohne Passwort.</translation>
    </message>
    <message>
        <location filename="../ui/shell/ConnectDialog.cpp" line="68"/>
        <source>ssh://user@host:port</source>
        <translation>ssh://benutzer@host:port</translation>
    </message>
    <message>
        <location filename="../ui/shell/ConnectDialog.cpp" line="69"/>
        <source>Optional: private key file</source>
        <translation>Optional: Datei mit privatem Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/shell/ConnectDialog.cpp" line="70"/>
        <location filename="../ui/shell/ConnectDialog.cpp" line="82"/>
        <location filename="../ui/shell/ConnectDialog.cpp" line="96"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../ui/shell/ConnectDialog.cpp" line="74"/>
        <source>Address:</source>
        <translation>Adresse:</translation>
    </message>
    <message>
        <location filename="../ui/shell/ConnectDialog.cpp" line="75"/>
        <source>Identity file:</source>
        <translation>Schlüsseldatei:</translation>
    </message>
    <message>
        <location filename="../ui/shell/ConnectDialog.cpp" line="76"/>
        <source>The host key is checked against known_hosts; a password is asked for when needed and never stored.</source>
        <translation>Der Host-Schlüssel wird mit known_hosts verglichen; ein Passwort wird bei Bedarf abgefragt und nie gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/shell/ConnectDialog.cpp" line="81"/>
        <source>Directory holding the captured files</source>
        <translation>Verzeichnis mit den erfassten Dateien</translation>
    </message>
    <message>
        <location filename="../ui/shell/ConnectDialog.cpp" line="86"/>
        <source>Directory:</source>
        <translation>Verzeichnis:</translation>
    </message>
    <message>
        <location filename="../ui/shell/ConnectDialog.cpp" line="95"/>
        <source>The .tar.xz sos wrote, or its unpacked directory</source>
        <translation>Die von sos geschriebene .tar.xz-Datei oder ihr entpacktes Verzeichnis</translation>
    </message>
    <message>
        <location filename="../ui/shell/ConnectDialog.cpp" line="100"/>
        <source>sosreport:</source>
        <translation>sosreport:</translation>
    </message>
    <message>
        <location filename="../ui/shell/ConnectDialog.cpp" line="101"/>
        <source>Mirrors, teams, disks and virtual machines are read from the files sos collected; what an sosreport does not hold is said.</source>
        <translation>Spiegel, Teams, Festplatten und virtuelle Maschinen werden aus den von sos gesammelten Dateien gelesen; was ein sosreport nicht enthält, wird genannt.</translation>
    </message>
    <message>
        <location filename="../ui/shell/ConnectDialog.cpp" line="105"/>
        <source>Choose sosreport</source>
        <translation>sosreport auswählen</translation>
    </message>
    <message>
        <location filename="../ui/shell/ConnectDialog.cpp" line="106"/>
        <source>sosreports (sosreport-*.tar.xz *.tar.gz *.tar);;All files (*)</source>
        <translation>sosreports (sosreport-*.tar.xz *.tar.gz *.tar);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/shell/ConnectDialog.cpp" line="123"/>
        <source>Host:</source>
        <translation>Host:</translation>
    </message>
    <message>
        <location filename="../ui/shell/ConnectDialog.cpp" line="128"/>
        <source>Recent hosts:</source>
        <translation>Zuletzt geöffnete Hosts:</translation>
    </message>
    <message>
        <location filename="../ui/shell/ConnectDialog.cpp" line="147"/>
        <source>Choose Identity File</source>
        <translation>Schlüsseldatei wählen</translation>
    </message>
    <message>
        <location filename="../ui/shell/ConnectDialog.cpp" line="153"/>
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
        <source>= %1 % of the host</source>
        <translation>= %1 % des Hosts</translation>
    </message>
    <message>
        <source>= %1 % of system</source>
        <translation type="vanished">= %1 % des Systems</translation>
    </message>
</context>
<context>
    <name>ftc::CreateVmWizard</name>
    <message>
        <location filename="../ui/vms/CreateVmWizard.cpp" line="69"/>
        <source>New Virtual Machine on %1</source>
        <translation>Neue virtuelle Maschine auf %1</translation>
    </message>
    <message>
        <location filename="../ui/vms/CreateVmWizard.cpp" line="81"/>
        <source>Name and memory</source>
        <translation>Name und Arbeitsspeicher</translation>
    </message>
    <message>
        <location filename="../ui/vms/CreateVmWizard.cpp" line="82"/>
        <source>Size the VM from what the server it replaces really uses, plus headroom (Resource Assignment in the guide).</source>
        <translation>Bemessen Sie die VM nach dem, was der Server, den sie ersetzt, tatsächlich nutzt, plus Reserve (Abschnitt „Resource Assignment“ der Anleitung).</translation>
    </message>
    <message>
        <location filename="../ui/vms/CreateVmWizard.cpp" line="87"/>
        <source>e.g. SQL1</source>
        <translation>z. B. SQL1</translation>
    </message>
    <message>
        <location filename="../ui/vms/CreateVmWizard.cpp" line="93"/>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <location filename="../ui/vms/CreateVmWizard.cpp" line="99"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../ui/vms/CreateVmWizard.cpp" line="101"/>
        <source>&amp;Memory:</source>
        <translation>&amp;Arbeitsspeicher:</translation>
    </message>
    <message>
        <location filename="../ui/vms/CreateVmWizard.cpp" line="103"/>
        <source>Virtual &amp;CPUs:</source>
        <translation>Virtuelle &amp;CPUs:</translation>
    </message>
    <message>
        <location filename="../ui/vms/CreateVmWizard.cpp" line="121"/>
        <source>Virtual hard disk</source>
        <translation>Virtuelle Festplatte der VM</translation>
    </message>
    <message>
        <location filename="../ui/vms/CreateVmWizard.cpp" line="122"/>
        <source>The guide runs VMs from fixed-size disks on Duplex mirrors.</source>
        <translation>Laut Anleitung laufen VMs von Festplatten-Images fester Größe auf Duplex-Spiegeln.</translation>
    </message>
    <message>
        <location filename="../ui/vms/CreateVmWizard.cpp" line="124"/>
        <source>&amp;Fixed size (fully allocated now; for production)</source>
        <translation>&amp;Feste Größe (jetzt vollständig vorbelegt; für den Produktivbetrieb)</translation>
    </message>
    <message>
        <location filename="../ui/vms/CreateVmWizard.cpp" line="125"/>
        <source>&amp;Dynamically expanding (grows as the guest writes; not for production)</source>
        <translation>&amp;Dynamisch wachsend (wächst, während der Gast schreibt; nicht für den Produktivbetrieb)</translation>
    </message>
    <message>
        <location filename="../ui/vms/CreateVmWizard.cpp" line="126"/>
        <source>&amp;Existing image built elsewhere (converted to a fixed-size image if needed):</source>
        <translation>Vorhandenes, anderswo erstelltes &amp;Image (bei Bedarf in ein Image fester Größe umgewandelt):</translation>
    </message>
    <message>
        <location filename="../ui/vms/CreateVmWizard.cpp" line="139"/>
        <source> GiB</source>
        <translation> GiB</translation>
    </message>
    <message>
        <location filename="../ui/vms/CreateVmWizard.cpp" line="142"/>
        <source>/path/on/the/host/image.qcow2</source>
        <translation>/path/on/the/host/image.qcow2</translation>
    </message>
    <message>
        <location filename="../ui/vms/CreateVmWizard.cpp" line="148"/>
        <source>Directory</source>
        <translation>Verzeichnis</translation>
    </message>
    <message>
        <location filename="../ui/vms/CreateVmWizard.cpp" line="148"/>
        <source>On</source>
        <translation>Liegt auf</translation>
    </message>
    <message>
        <location filename="../ui/vms/CreateVmWizard.cpp" line="148"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../ui/vms/CreateVmWizard.cpp" line="148"/>
        <source>Free</source>
        <translation>Frei</translation>
    </message>
    <message>
        <location filename="../ui/vms/CreateVmWizard.cpp" line="153"/>
        <source>&amp;Size:</source>
        <translation>&amp;Größe:</translation>
    </message>
    <message>
        <location filename="../ui/vms/CreateVmWizard.cpp" line="159"/>
        <source>Place for the image (the mirror under each, and its state):</source>
        <translation>Ort für das Image (jeweils der Spiegel darunter und sein Zustand):</translation>
    </message>
    <message>
        <location filename="../ui/vms/CreateVmWizard.cpp" line="162"/>
        <source>&amp;Directory:</source>
        <translation>&amp;Verzeichnis:</translation>
    </message>
    <message>
        <location filename="../ui/vms/CreateVmWizard.cpp" line="187"/>
        <source>Network and install CD</source>
        <translation>Netzwerk und Installations-CD</translation>
    </message>
    <message>
        <location filename="../ui/vms/CreateVmWizard.cpp" line="188"/>
        <source>Connect the VM to a team, so a failed adapter or module does not cut it off.</source>
        <translation>Verbinden Sie die VM mit einem Team, damit ein ausgefallener Adapter oder ein ausgefallenes Modul sie nicht abschneidet.</translation>
    </message>
    <message>
        <location filename="../ui/vms/CreateVmWizard.cpp" line="190"/>
        <source>A team&apos;s &amp;bridge:</source>
        <translation>&amp;Bridge eines Teams:</translation>
    </message>
    <message>
        <location filename="../ui/vms/CreateVmWizard.cpp" line="191"/>
        <source>A libvirt &amp;network:</source>
        <translation>libvirt-&amp;Netzwerk:</translation>
    </message>
    <message>
        <location filename="../ui/vms/CreateVmWizard.cpp" line="192"/>
        <source>N&amp;o network adapter</source>
        <translation>&amp;Kein Netzwerkadapter</translation>
    </message>
    <message>
        <location filename="../ui/vms/CreateVmWizard.cpp" line="211"/>
        <source>%1 (team %2)</source>
        <translation>%1 (Team %2)</translation>
    </message>
    <message>
        <location filename="../ui/vms/CreateVmWizard.cpp" line="217"/>
        <source>/var/lib/libvirt/boot/installer.iso (optional)</source>
        <translation>/var/lib/libvirt/boot/installer.iso (optional)</translation>
    </message>
    <message>
        <location filename="../ui/vms/CreateVmWizard.cpp" line="221"/>
        <source>Install &amp;CD (ISO on the host):</source>
        <translation>Installations-&amp;CD (ISO auf dem Host):</translation>
    </message>
    <message>
        <location filename="../ui/vms/CreateVmWizard.cpp" line="229"/>
        <source>CPU and start</source>
        <translation>CPU und Start</translation>
    </message>
    <message>
        <location filename="../ui/vms/CreateVmWizard.cpp" line="230"/>
        <source>Relative weight, reserved and maximum capacity, as for every VM (Virtual Machine ▸ CPU Resources).</source>
        <translation>Relative Gewichtung, reservierte und maximale Kapazität, wie bei jeder VM (Virtuelle Maschine ▸ CPU-Ressourcen).</translation>
    </message>
    <message>
        <location filename="../ui/vms/CreateVmWizard.cpp" line="237"/>
        <source>Start with the &amp;host</source>
        <translation>Mit dem &amp;Host starten</translation>
    </message>
    <message>
        <location filename="../ui/vms/CreateVmWizard.cpp" line="240"/>
        <source>Start the VM &amp;now (to install its operating system)</source>
        <translation>VM &amp;jetzt starten (um ihr Betriebssystem zu installieren)</translation>
    </message>
    <message>
        <location filename="../ui/vms/CreateVmWizard.cpp" line="250"/>
        <source>Review the plan</source>
        <translation>Plan prüfen</translation>
    </message>
    <message>
        <location filename="../ui/vms/CreateVmWizard.cpp" line="251"/>
        <source>Asked of the host just now. Nothing runs before you press Create.</source>
        <translation>Soeben beim Host abgefragt. Nichts läuft, bevor Sie auf Erstellen klicken.</translation>
    </message>
    <message>
        <location filename="../ui/vms/CreateVmWizard.cpp" line="253"/>
        <source>&amp;Create</source>
        <translation>&amp;Erstellen</translation>
    </message>
    <message>
        <location filename="../ui/vms/CreateVmWizard.cpp" line="261"/>
        <source>Creating the VM</source>
        <translation>VM wird erstellt</translation>
    </message>
    <message>
        <location filename="../ui/vms/CreateVmWizard.cpp" line="337"/>
        <source>The host is not read yet.</source>
        <translation>Der Host wurde noch nicht gelesen.</translation>
    </message>
    <message>
        <location filename="../ui/vms/CreateVmWizard.cpp" line="348"/>
        <source>no VM</source>
        <translation>keine VM</translation>
    </message>
    <message>
        <location filename="../ui/vms/CreateVmWizard.cpp" line="349"/>
        <source>The host has %1 MiB: %2 MiB kept for itself, %3 MiB given to the running and autostart VMs (%4). %5 MiB can still be given.</source>
        <translation>Der Host hat %1 MiB: %2 MiB für sich selbst freigehalten, %3 MiB an die laufenden und automatisch startenden VMs (%4) vergeben. %5 MiB können noch vergeben werden.</translation>
    </message>
    <message>
        <location filename="../ui/vms/CreateVmWizard.cpp" line="358"/>
        <source>%1 MiB is more: a VM given more memory than the host has will not start.</source>
        <translation>%1 MiB sind mehr: Eine VM mit mehr Arbeitsspeicher, als der Host hat, startet nicht.</translation>
    </message>
    <message>
        <location filename="../ui/vms/CreateVmWizard.cpp" line="371"/>
        <source>A dynamically expanding image is slower and can fill the disk under a running VM: the guide keeps it out of production.</source>
        <translation>Ein dynamisch wachsendes Image ist langsamer und kann die Festplatte unter einer laufenden VM volllaufen lassen: Die Anleitung schließt es vom Produktivbetrieb aus.</translation>
    </message>
    <message>
        <location filename="../ui/vms/CreateVmWizard.cpp" line="375"/>
        <source>%1 is not on a Duplex mirror: a disk failure there stops the VM.</source>
        <translation>%1 liegt nicht auf einem Duplex-Spiegel: Ein Festplattenausfall dort stoppt die VM.</translation>
    </message>
    <message>
        <location filename="../ui/vms/CreateVmWizard.cpp" line="377"/>
        <source>The image will be %1.</source>
        <translation>Das Image wird als %1 angelegt.</translation>
    </message>
    <message>
        <location filename="../ui/vms/CreateVmWizard.cpp" line="400"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../ui/vms/CreateVmWizard.cpp" line="401"/>
        <source>not mirrored</source>
        <translation>nicht gespiegelt</translation>
    </message>
    <message>
        <location filename="../ui/vms/CreateVmWizard.cpp" line="435"/>
        <source>Asking %1 about free space and paths…</source>
        <translation>%1 wird nach freiem Speicherplatz und Pfaden gefragt…</translation>
    </message>
    <message>
        <location filename="../ui/vms/CreateVmWizard.cpp" line="437"/>
        <source>The host was closed.</source>
        <translation>Der Host wurde geschlossen.</translation>
    </message>
    <message>
        <location filename="../ui/vms/CreateVmWizard.cpp" line="463"/>
        <source>The host was closed: nothing was changed.</source>
        <translation>Der Host wurde geschlossen: Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../ui/vms/CreateVmWizard.cpp" line="466"/>
        <source>Creating…</source>
        <translation>Wird erstellt…</translation>
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
        <location filename="../ui/vms/CreateVmWizard.cpp" line="472"/>
        <source>Done.</source>
        <translation>Fertig.</translation>
    </message>
    <message>
        <location filename="../ui/vms/CreateVmWizard.cpp" line="478"/>
        <source>The VM was not created.</source>
        <translation>Die VM wurde nicht erstellt.</translation>
    </message>
    <message>
        <location filename="../ui/vms/CreateVmWizard.cpp" line="480"/>
        <source>Every step&apos;s command and output are in Host ▸ Operation History.</source>
        <translation>Befehl und Ausgabe jedes Schritts stehen unter Host ▸ Vorgangsverlauf.</translation>
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
        <location filename="../ui/shell/EventLog.cpp" line="46"/>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <location filename="../ui/shell/EventLog.cpp" line="47"/>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location filename="../ui/shell/EventLog.cpp" line="48"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../ui/shell/EventLog.cpp" line="97"/>
        <location filename="../ui/shell/EventLog.cpp" line="235"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../ui/shell/EventLog.cpp" line="97"/>
        <location filename="../ui/shell/EventLog.cpp" line="235"/>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <location filename="../ui/shell/EventLog.cpp" line="97"/>
        <location filename="../ui/shell/EventLog.cpp" line="235"/>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <location filename="../ui/shell/EventLog.cpp" line="97"/>
        <location filename="../ui/shell/EventLog.cpp" line="235"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <location filename="../ui/shell/EventLog.cpp" line="121"/>
        <location filename="../ui/shell/EventLog.cpp" line="259"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location filename="../ui/shell/EventLog.cpp" line="128"/>
        <source>All hosts</source>
        <translation>Alle Hosts</translation>
    </message>
    <message>
        <location filename="../ui/shell/EventLog.cpp" line="130"/>
        <source>All events</source>
        <translation>Alle Ereignisse</translation>
    </message>
    <message>
        <location filename="../ui/shell/EventLog.cpp" line="131"/>
        <source>Warnings and errors</source>
        <translation>Warnungen und Fehler</translation>
    </message>
    <message>
        <location filename="../ui/shell/EventLog.cpp" line="132"/>
        <source>Errors only</source>
        <translation>Nur Fehler</translation>
    </message>
    <message>
        <location filename="../ui/shell/EventLog.cpp" line="134"/>
        <source>Search objects and messages</source>
        <translation>Objekte und Meldungen durchsuchen</translation>
    </message>
    <message>
        <location filename="../ui/shell/EventLog.cpp" line="235"/>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <location filename="../ui/shell/EventLog.cpp" line="247"/>
        <location filename="../ui/shell/EventLog.cpp" line="253"/>
        <source>Export Event Log</source>
        <translation>Ereignisprotokoll exportieren</translation>
    </message>
    <message>
        <location filename="../ui/shell/EventLog.cpp" line="248"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/shell/EventLog.cpp" line="253"/>
        <source>The event log was not saved: %1</source>
        <translation>Das Ereignisprotokoll wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <location filename="../ui/shell/EventLog.cpp" line="260"/>
        <source>&amp;Export Shown Events as CSV…</source>
        <translation>Angezeigte Ereignisse als CSV &amp;exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/shell/EventLog.cpp" line="267"/>
        <source>Show %1</source>
        <translation>%1 zeigen</translation>
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
        <location filename="../backend/model/ChangeTracker.cpp" line="50"/>
        <source>consistency check</source>
        <translation>Konsistenzprüfung</translation>
    </message>
    <message>
        <location filename="../backend/model/ChangeTracker.cpp" line="52"/>
        <source>repair</source>
        <translation>Reparatur</translation>
    </message>
    <message>
        <location filename="../backend/model/ChangeTracker.cpp" line="54"/>
        <source>resync</source>
        <translation>Resynchronisation</translation>
    </message>
    <message>
        <location filename="../backend/model/ChangeTracker.cpp" line="56"/>
        <source>recovery</source>
        <translation>Wiederherstellung</translation>
    </message>
    <message>
        <location filename="../backend/model/ChangeTracker.cpp" line="58"/>
        <source>reshape</source>
        <translation>Umformung</translation>
    </message>
    <message>
        <location filename="../backend/model/ChangeTracker.cpp" line="90"/>
        <source>%1: new %2 virtual disk, %3</source>
        <translation>%1: neue virtuelle %2-Festplatte, %3</translation>
    </message>
    <message>
        <location filename="../backend/model/ChangeTracker.cpp" line="96"/>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <location filename="../backend/model/ChangeTracker.cpp" line="101"/>
        <source> after %1</source>
        <translation> nach %1</translation>
    </message>
    <message>
        <location filename="../backend/model/ChangeTracker.cpp" line="112"/>
        <source>%1: %2 started</source>
        <translation>%1: %2 gestartet</translation>
    </message>
    <message>
        <location filename="../backend/model/ChangeTracker.cpp" line="122"/>
        <source>%1: %2 stopped at %3 %</source>
        <translation>%1: %2 bei %3 % angehalten</translation>
    </message>
    <message>
        <location filename="../backend/model/ChangeTracker.cpp" line="124"/>
        <source>%1: %2 finished, no differences between the members</source>
        <translation>%1: %2 abgeschlossen, keine Unterschiede zwischen den Mitgliedern</translation>
    </message>
    <message>
        <location filename="../backend/model/ChangeTracker.cpp" line="126"/>
        <source>%1: %2 finished, %3 sectors differed between the members</source>
        <translation>%1: %2 abgeschlossen, %3 Sektoren unterschieden sich zwischen den Mitgliedern</translation>
    </message>
    <message>
        <location filename="../backend/model/ChangeTracker.cpp" line="130"/>
        <source>%1: %2 finished</source>
        <translation>%1: %2 abgeschlossen</translation>
    </message>
    <message>
        <location filename="../backend/model/ChangeTracker.cpp" line="138"/>
        <source>%1: member %2 %3 → %4</source>
        <translation>%1: Mitglied %2 %3 → %4</translation>
    </message>
    <message>
        <location filename="../backend/model/ChangeTracker.cpp" line="148"/>
        <source>%1: virtual disk is gone</source>
        <translation>%1: virtuelle Festplatte ist weg</translation>
    </message>
    <message>
        <location filename="../backend/model/ChangeTracker.cpp" line="159"/>
        <source>disk %1 appeared (%2)</source>
        <translation>Festplatte %1 erschienen (%2)</translation>
    </message>
    <message>
        <location filename="../backend/model/ChangeTracker.cpp" line="161"/>
        <source>disk %1: %2 → %3</source>
        <translation>Festplatte %1: %2 → %3</translation>
    </message>
    <message>
        <location filename="../backend/model/ChangeTracker.cpp" line="165"/>
        <source>disk %1 removed (%2)</source>
        <translation>Festplatte %1 entfernt (%2)</translation>
    </message>
    <message>
        <location filename="../backend/model/ChangeTracker.cpp" line="192"/>
        <source>network change %1: the host rolled it back at %2: %3</source>
        <translation>Netzwerkänderung %1: Der Host hat sie am %2 zurückgenommen: %3</translation>
    </message>
    <message>
        <location filename="../backend/model/ChangeTracker.cpp" line="195"/>
        <source>network change %1 failed at %2 (%3); the host rolls it back</source>
        <translation>Netzwerkänderung %1 ist am %2 fehlgeschlagen (%3); der Host nimmt sie zurück</translation>
    </message>
    <message>
        <location filename="../backend/model/ChangeTracker.cpp" line="198"/>
        <source>network change %1 was refused by the host at %2, nothing changed: %3</source>
        <translation>Netzwerkänderung %1 wurde vom Host am %2 abgelehnt, nichts wurde geändert: %3</translation>
    </message>
    <message>
        <location filename="../backend/model/ChangeTracker.cpp" line="202"/>
        <source>network change %1 is not confirmed (%2 at %3): unless it is, the host rolls it back; see /var/lib/ftconsole/net/%1/log</source>
        <translation>Netzwerkänderung %1 ist nicht bestätigt (%2 am %3): Ohne Bestätigung nimmt der Host sie zurück; siehe /var/lib/ftconsole/net/%1/log</translation>
    </message>
    <message>
        <location filename="../backend/model/ChangeTracker.cpp" line="214"/>
        <source>%1: link up</source>
        <translation>%1: Verbindung hergestellt</translation>
    </message>
    <message>
        <location filename="../backend/model/ChangeTracker.cpp" line="215"/>
        <source>%1: link down</source>
        <translation>%1: Verbindung getrennt</translation>
    </message>
    <message>
        <location filename="../backend/model/ChangeTracker.cpp" line="221"/>
        <source>team %1 (%2) created</source>
        <translation>Team %1 (%2) erstellt</translation>
    </message>
    <message>
        <location filename="../backend/model/ChangeTracker.cpp" line="237"/>
        <source>, link down on %1</source>
        <translation>, Verbindung getrennt an %1</translation>
    </message>
    <message>
        <location filename="../backend/model/ChangeTracker.cpp" line="239"/>
        <source>%1: active adapter %2 → %3%4</source>
        <translation>%1: aktiver Adapter %2 → %3%4</translation>
    </message>
    <message>
        <location filename="../backend/model/ChangeTracker.cpp" line="240"/>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <location filename="../backend/model/ChangeTracker.cpp" line="245"/>
        <source>team %1 removed</source>
        <translation>Team %1 entfernt</translation>
    </message>
    <message>
        <location filename="../backend/model/ChangeTracker.cpp" line="253"/>
        <source>VM %1 defined (%2)</source>
        <translation>VM %1 definiert (%2)</translation>
    </message>
    <message>
        <location filename="../backend/model/ChangeTracker.cpp" line="255"/>
        <source>VM %1: %2 → %3</source>
        <translation>VM %1: %2 → %3</translation>
    </message>
    <message>
        <location filename="../backend/model/ChangeTracker.cpp" line="259"/>
        <source>VM %1 undefined</source>
        <translation>VM %1 entfernt</translation>
    </message>
    <message>
        <location filename="../backend/model/ChangeTracker.cpp" line="271"/>
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
        <location filename="../ui/host/HostDetails.cpp" line="21"/>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDetails.cpp" line="22"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDetails.cpp" line="23"/>
        <source>Opened as</source>
        <translation>Geöffnet als</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDetails.cpp" line="25"/>
        <location filename="../ui/host/HostDetails.cpp" line="26"/>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDetails.cpp" line="25"/>
        <source>Read-only capture</source>
        <translation>Schreibgeschützte Erfassung</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDetails.cpp" line="28"/>
        <source>Cannot read %1</source>
        <translation>%1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDetails.cpp" line="29"/>
        <source>The connection was lost.</source>
        <translation>Die Verbindung ist abgebrochen.</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDetails.cpp" line="31"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDetails.cpp" line="35"/>
        <source>CPUs</source>
        <translation>CPUs</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDetails.cpp" line="36"/>
        <source>CPU model</source>
        <translation>CPU-Modell</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDetails.cpp" line="37"/>
        <source>MHz</source>
        <translation>MHz</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDetails.cpp" line="38"/>
        <source>Memory</source>
        <translation>Arbeitsspeicher</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDetails.cpp" line="39"/>
        <source>Memory available</source>
        <translation>Verfügbarer Arbeitsspeicher</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDetails.cpp" line="43"/>
        <source>Captured</source>
        <translation>Erfasst</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDetails.cpp" line="45"/>
        <source>%1 (from %2)</source>
        <translation>%1 (von %2)</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDetails.cpp" line="47"/>
        <source>a host it does not name</source>
        <translation>einem nicht genannten Host</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDetails.cpp" line="49"/>
        <source>at a time the capture does not say</source>
        <translation>zu einer Zeit, die die Erfassung nicht nennt</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDetails.cpp" line="50"/>
        <source>Last refresh</source>
        <translation>Letzte Aktualisierung</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDetails.cpp" line="53"/>
        <source>Summary</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDetails.cpp" line="62"/>
        <source>Virtual disks</source>
        <translation>Virtuelle Festplatten</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDetails.cpp" line="63"/>
        <source>%1 of %2 Duplex</source>
        <translation>%1 von %2 Duplex</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDetails.cpp" line="68"/>
        <source>Virtual machines</source>
        <translation>Virtuelle Maschinen</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDetails.cpp" line="68"/>
        <source>%1 of %2 running</source>
        <translation>%1 von %2 laufen</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDetails.cpp" line="69"/>
        <source>Teams</source>
        <translation>Teams</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDetails.cpp" line="74"/>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDetails.cpp" line="78"/>
        <source>Command: %1</source>
        <translation>Befehl: %1</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDetails.cpp" line="80"/>
        <source>Line: %1</source>
        <translation>Zeile: %1</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDetails.cpp" line="88"/>
        <source>Checks</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDetails.cpp" line="90"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDetails.cpp" line="102"/>
        <source>Remedy: %1</source>
        <translation>Abhilfe: %1</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDetails.cpp" line="110"/>
        <source>When the host stops</source>
        <translation>Beim Herunterfahren des Hosts</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDetails.cpp" line="113"/>
        <source>No: libvirt-guests.service is not enabled (ON_SHUTDOWN=%1, %2)</source>
        <translation>Nein: libvirt-guests.service ist nicht aktiviert (ON_SHUTDOWN=%1, %2)</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDetails.cpp" line="114"/>
        <source>no settings file</source>
        <translation>keine Einstellungsdatei</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDetails.cpp" line="116"/>
        <source>No, each VM is shut down (libvirt-guests ON_SHUTDOWN=%1, %2)</source>
        <translation>Nein, jede VM wird heruntergefahren (libvirt-guests ON_SHUTDOWN=%1, %2)</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDetails.cpp" line="118"/>
        <source>Yes (libvirt-guests ON_SHUTDOWN=%1, %2)</source>
        <translation>Ja (libvirt-guests ON_SHUTDOWN=%1, %2)</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDetails.cpp" line="120"/>
        <source>Yes (libvirt-guests default ON_SHUTDOWN=suspend, not set in %1)</source>
        <translation>Ja (libvirt-guests-Vorgabe ON_SHUTDOWN=suspend, nicht in %1 gesetzt)</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDetails.cpp" line="122"/>
        <source>Yes (libvirt-guests default ON_SHUTDOWN=suspend, no settings file)</source>
        <translation>Ja (libvirt-guests-Vorgabe ON_SHUTDOWN=suspend, keine Einstellungsdatei)</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDetails.cpp" line="123"/>
        <source>Save VM state when the host stops</source>
        <translation>VM-Zustand beim Herunterfahren des Hosts speichern</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDetails.cpp" line="124"/>
        <source>libvirt-guests service</source>
        <translation>Dienst libvirt-guests</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDetails.cpp" line="125"/>
        <source>Not known (no systemd)</source>
        <translation>Unbekannt (kein systemd)</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDetails.cpp" line="126"/>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDetails.cpp" line="126"/>
        <source>Not enabled</source>
        <translation>Nicht aktiviert</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDetails.cpp" line="128"/>
        <source>Wait for each VM to shut down</source>
        <translation>Wartezeit auf das Herunterfahren jeder VM</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDetails.cpp" line="129"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDetails.cpp" line="130"/>
        <source>Without a limit</source>
        <translation>Unbegrenzt</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDetails.cpp" line="131"/>
        <source>Not a number (SHUTDOWN_TIMEOUT)</source>
        <translation>Keine Zahl (SHUTDOWN_TIMEOUT)</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDetails.cpp" line="133"/>
        <source>Settings file not read</source>
        <translation>Einstellungsdatei nicht gelesen</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDetails.cpp" line="134"/>
        <source>%1 exists too, but libvirt-guests on this host reads %2.</source>
        <translation>%1 existiert ebenfalls, aber libvirt-guests liest auf diesem Host %2.</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDetails.cpp" line="137"/>
        <source>Save state when the host stops</source>
        <translation>Zustand beim Herunterfahren des Hosts speichern</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDetails.cpp" line="145"/>
        <source>Modules</source>
        <translation>Module</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDetails.cpp" line="147"/>
        <source>Placement unknown</source>
        <translation>Zuordnung unbekannt</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDetails.cpp" line="148"/>
        <source>Every disk and adapter of this host sits behind one PCI root, so the console cannot tell which module holds which. Set it with Host ▸ Module Placement: the checks that want copies and teams across modules use it.</source>
        <translation>Alle Festplatten und Adapter dieses Hosts hängen an einer einzigen PCI-Root, daher kann die Konsole nicht erkennen, welches Modul was enthält. Legen Sie es unter Host ▸ Modulzuordnung fest: Die Prüfungen, die Kopien und Teams über Module verteilt sehen wollen, verwenden es.</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDetails.cpp" line="153"/>
        <location filename="../ui/host/HostDetails.cpp" line="172"/>
        <source>Module %1</source>
        <translation>Modul %1</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDetails.cpp" line="154"/>
        <source>%1 disks, %2 adapters</source>
        <translation>%1 Festplatten, %2 Adapter</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDetails.cpp" line="156"/>
        <source>Not in a module</source>
        <translation>Keinem Modul zugeordnet</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDetails.cpp" line="173"/>
        <source>Disks</source>
        <translation>Festplatten</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDetails.cpp" line="181"/>
        <source>Slot %1: empty</source>
        <translation>Steckplatz %1: leer</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDetails.cpp" line="182"/>
        <source>Empty (%1 was here)</source>
        <translation>Leer (hier war %1)</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDetails.cpp" line="195"/>
        <location filename="../ui/host/HostDetails.cpp" line="203"/>
        <source>Slot %1: %2</source>
        <translation>Steckplatz %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDetails.cpp" line="200"/>
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
        <location filename="../ui/shell/MainWindow.cpp" line="87"/>
        <location filename="../ui/shell/MainWindow.cpp" line="157"/>
        <source>ftconsole</source>
        <translation>ftconsole</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="91"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="91"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="101"/>
        <location filename="../ui/shell/MainWindow.cpp" line="466"/>
        <location filename="../ui/shell/MainWindow.cpp" line="672"/>
        <source>Open a host with File ▸ Open Host…</source>
        <translation>Öffnen Sie einen Host mit Datei ▸ Host öffnen…</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="134"/>
        <source>Event Log</source>
        <translation>Ereignisprotokoll</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="157"/>
        <source>ftconsole — %1</source>
        <translation>ftconsole — %1</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="180"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="181"/>
        <source>&amp;Open Host…</source>
        <translation>Host &amp;öffnen…</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="184"/>
        <source>&amp;Close Host</source>
        <translation>Host &amp;schließen</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="189"/>
        <source>&amp;Export Report…</source>
        <translation>Bericht &amp;exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="192"/>
        <source>The selected host&apos;s configuration, checks and last events as PDF, HTML, JSON or CSV</source>
        <translation>Konfiguration, Prüfungen und letzte Ereignisse des ausgewählten Hosts als PDF, HTML, JSON oder CSV</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="195"/>
        <source>Export Event &amp;Log…</source>
        <translation>Ereignis&amp;protokoll exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="197"/>
        <source>The events the log shows (its filter and search apply) as CSV</source>
        <translation>Die im Protokoll angezeigten Ereignisse (Filter und Suche gelten) als CSV</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="198"/>
        <source>Save Support &amp;Bundle…</source>
        <translation>Support-&amp;Paket speichern…</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="200"/>
        <source>The selected host&apos;s raw outputs in a folder, to attach to a ticket and open anywhere as a read-only capture</source>
        <translation>Die Rohausgaben des gewählten Hosts in einem Ordner: an ein Ticket anhängen und überall als schreibgeschützte Erfassung öffnen</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="204"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="207"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="209"/>
        <source>&amp;Refresh Now</source>
        <translation>Jetzt &amp;aktualisieren</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="233"/>
        <source>%1: port LED blinked for 10 seconds</source>
        <translation>%1: Port-LED hat 10 Sekunden lang geblinkt</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="264"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="266"/>
        <source>ftconsole &amp;Manual</source>
        <translation>ftconsole-&amp;Handbuch</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="273"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="280"/>
        <source>&amp;About ftconsole</source>
        <translation>Ü&amp;ber ftconsole</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="281"/>
        <source>About ftconsole</source>
        <translation>Über ftconsole</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="282"/>
        <source>&lt;b&gt;ftconsole&lt;/b&gt; %1&lt;br&gt;A console for fault-tolerant Linux virtualization hosts: mirrored disks, adapter teams and virtual machines.</source>
        <translation>&lt;b&gt;ftconsole&lt;/b&gt; %1&lt;br&gt;Eine Konsole für fehlertolerante Linux-Virtualisierungshosts: gespiegelte Festplatten, Adapter-Teams und virtuelle Maschinen.</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="287"/>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="359"/>
        <source>Save Support Bundle</source>
        <translation>Support-Paket speichern</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="369"/>
        <source>Step %1 of %2 done: %3</source>
        <translation>Schritt %1 von %2 erledigt: %3</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="370"/>
        <source>Step %1 of %2 failed: %3: %4</source>
        <translation>Schritt %1 von %2 fehlgeschlagen: %3: %4</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="379"/>
        <source>The operation was not recorded in the history: %1</source>
        <translation>Der Vorgang wurde nicht im Verlauf festgehalten: %1</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="385"/>
        <source>%1: plan applied</source>
        <translation>%1: Plan angewendet</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="385"/>
        <source>%1: plan failed</source>
        <translation>%1: Plan fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="395"/>
        <source>Opening %1</source>
        <translation>%1 wird geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="415"/>
        <source>%1 on %2 (%3 %)</source>
        <translation>%1 auf %2 (%3 %)</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="430"/>
        <source>A virtual disk is synchronizing</source>
        <translation>Eine virtuelle Festplatte wird synchronisiert</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="431"/>
        <source>Still synchronizing: %1.</source>
        <translation>Wird noch synchronisiert: %1.</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="432"/>
        <source>The synchronization goes on on the host without the console; you will not see when it ends until you open the host again.</source>
        <translation>Die Synchronisation läuft auf dem Host ohne die Konsole weiter; wann sie endet, sehen Sie erst, wenn Sie den Host wieder öffnen.</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="434"/>
        <source>Close Anyway</source>
        <translation>Trotzdem schließen</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="434"/>
        <source>Keep Open</source>
        <translation>Geöffnet lassen</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="437"/>
        <source>An operation is running</source>
        <translation>Ein Vorgang läuft</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="438"/>
        <source>An operation is running on %1.</source>
        <translation>Auf %1 läuft ein Vorgang.</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="439"/>
        <source>If you close now, the console stops after the step that is running: the host is left partway, as the operation history will say. Wait for it to finish, or stop it here.</source>
        <translation>Wenn Sie jetzt schließen, hält die Konsole nach dem laufenden Schritt an: Der Host bleibt auf halbem Weg, wie der Vorgangsverlauf zeigen wird. Warten Sie, bis der Vorgang fertig ist, oder halten Sie ihn hier an.</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="441"/>
        <source>Stop and Close</source>
        <translation>Anhalten und schließen</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="441"/>
        <source>Keep Running</source>
        <translation>Weiterlaufen lassen</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="462"/>
        <source>Closed %1</source>
        <translation>%1 geschlossen</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="563"/>
        <source>Retrying %1</source>
        <translation>Neuer Versuch mit %1</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="614"/>
        <source>%1: read-only capture from %2</source>
        <translation>%1: schreibgeschützte Erfassung vom %2</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="616"/>
        <source>%1: refreshed at %2</source>
        <translation>%1: aktualisiert um %2</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="650"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="659"/>
        <source>Capture from %1</source>
        <translation>Erfassung vom %1</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="673"/>
        <source>Select an item in the tree.</source>
        <translation>Wählen Sie einen Eintrag im Baum.</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="754"/>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="755"/>
        <source>%1 on %2.</source>
        <translation>%1 auf %2.</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="758"/>
        <source>Its data may be lost. Do not write to its member disks: reseat or reconnect the disks that failed, and see the Checks page for what to do next.</source>
        <translation>Ihre Daten sind möglicherweise verloren. Schreiben Sie nicht auf ihre Mitgliedsfestplatten: Setzen Sie die ausgefallenen Festplatten neu ein oder schließen Sie sie wieder an, und sehen Sie auf der Seite „Prüfungen“ nach, was als Nächstes zu tun ist.</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="760"/>
        <source>Acknowledge</source>
        <translation>Bestätigen</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="765"/>
        <source>%1: acknowledged</source>
        <translation>%1: bestätigt</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="776"/>
        <location filename="../ui/shell/MainWindow.cpp" line="798"/>
        <source>Export Report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="776"/>
        <source>%1 has not been read yet: nothing to report.</source>
        <translation>%1 wurde noch nicht gelesen: Es gibt nichts zu berichten.</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="782"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="782"/>
        <source>Web page, one file (*.html)</source>
        <translation>Webseite, eine Datei (*.html)</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="782"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="783"/>
        <source>CSV, one file per table, in a folder (*)</source>
        <translation>CSV, eine Datei je Tabelle, in einem Ordner (*)</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="784"/>
        <source>Export Report of %1</source>
        <translation>Bericht von %1 exportieren</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="801"/>
        <source>%1: report written to %2</source>
        <translation>%1: Bericht nach %2 geschrieben</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="811"/>
        <source>Save Support Bundle of %1</source>
        <translation>Support-Paket von %1 speichern</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="817"/>
        <source>%1: saving a support bundle to %2…</source>
        <translation>%1: Support-Paket wird in %2 gespeichert…</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="1027"/>
        <source>Applying: %1</source>
        <translation>Wird angewendet: %1</translation>
    </message>
</context>
<context>
    <name>ftc::ManualDialog</name>
    <message>
        <location filename="../ui/shell/HelpDialogs.cpp" line="39"/>
        <source>Using ftconsole</source>
        <translation>ftconsole verwenden</translation>
    </message>
    <message>
        <location filename="../ui/shell/HelpDialogs.cpp" line="41"/>
        <source>ftconsole follows the guide&apos;s five steps to a fault-tolerant host. The Setup page of each host ticks them off from what the host reports and has a button for the next thing to do; the Checks page lists what is still not fault-tolerant, each finding with its remedy.</source>
        <translation>ftconsole folgt den fünf Schritten der Anleitung zu einem fehlertoleranten Host. Die Seite „Einrichtung“ jedes Hosts hakt sie anhand dessen ab, was der Host meldet, und hat eine Schaltfläche für das, was als Nächstes zu tun ist; die Seite „Prüfungen“ listet auf, was noch nicht fehlertolerant ist, jeden Befund mit seiner Abhilfe.</translation>
    </message>
    <message>
        <location filename="../ui/shell/HelpDialogs.cpp" line="45"/>
        <source>1. Hardware</source>
        <translation>1. Hardware</translation>
    </message>
    <message>
        <location filename="../ui/shell/HelpDialogs.cpp" line="46"/>
        <source>Put the adapters and disks in pairs, one of each pair in each module, and connect the power supplies to two separate circuits. The Modules node shows what sits in which module; set a device&apos;s module in Host ▸ Module Placement when the host cannot tell.</source>
        <translation>Setzen Sie Adapter und Festplatten paarweise ein, von jedem Paar eines in jedes Modul, und schließen Sie die Netzteile an zwei getrennte Stromkreise an. Der Knoten „Module“ zeigt, was in welchem Modul steckt; legen Sie das Modul eines Geräts unter Host ▸ Modulzuordnung fest, wenn der Host es nicht erkennen kann.</translation>
    </message>
    <message>
        <location filename="../ui/shell/HelpDialogs.cpp" line="49"/>
        <source>2. Host operating system</source>
        <translation>2. Host-Betriebssystem</translation>
    </message>
    <message>
        <location filename="../ui/shell/HelpDialogs.cpp" line="50"/>
        <source>Turn on boot monitoring (the hardware watchdog) and turn off automatic updates. Both are items of the Setup page, each with a Fix… button that shows the plan first.</source>
        <translation>Schalten Sie die Boot-Überwachung (den Hardware-Watchdog) ein und automatische Updates aus. Beides sind Punkte der Seite „Einrichtung“, jeweils mit einer Schaltfläche „Beheben…“, die zuerst den Plan zeigt.</translation>
    </message>
    <message>
        <location filename="../ui/shell/HelpDialogs.cpp" line="52"/>
        <source>3. Server hardware: disks and adapter teams</source>
        <translation>3. Server-Hardware: Festplatten und Adapter-Teams</translation>
    </message>
    <message>
        <location filename="../ui/shell/HelpDialogs.cpp" line="53"/>
        <source>Mirror every disk: select a virtual disk and choose Storage ▸ Add Disk…, or select a free physical disk and choose Add to Virtual Disk…. The wizard asks the disk itself what it holds, shows every command and asks for the disk&apos;s serial number before anything is written. The virtual disk goes Syncing, then Duplex; the page shows the progress and the speed.</source>
        <translation>Spiegeln Sie jede Festplatte: Wählen Sie eine virtuelle Festplatte und dann Datenträger ▸ Festplatte hinzufügen…, oder wählen Sie eine freie physische Festplatte und dann Zu virtueller Festplatte hinzufügen…. Der Assistent fragt die Festplatte selbst, was sie enthält, zeigt jeden Befehl und fragt nach der Seriennummer der Festplatte, bevor etwas geschrieben wird. Die virtuelle Festplatte wird Syncing, dann Duplex; die Seite zeigt Fortschritt und Geschwindigkeit.</translation>
    </message>
    <message>
        <location filename="../ui/shell/HelpDialogs.cpp" line="57"/>
        <source>Team the adapters: Network ▸ New Team… builds a team from one adapter in each module, and a bridge on it for the virtual machines.</source>
        <translation>Bündeln Sie die Adapter: Netzwerk ▸ Neues Team… bildet ein Team aus je einem Adapter jedes Moduls und darauf eine Bridge für die virtuellen Maschinen.</translation>
    </message>
    <message>
        <location filename="../ui/shell/HelpDialogs.cpp" line="59"/>
        <source>4. Hypervisor</source>
        <translation>4. Hypervisor</translation>
    </message>
    <message>
        <location filename="../ui/shell/HelpDialogs.cpp" line="60"/>
        <source>libvirt must run and answer; the Virtual machines node shows its domains. Let the host save the virtual machines when it stops (Host ▸ Save VM States When the Host Stops).</source>
        <translation>libvirt muss laufen und antworten; der Knoten „Virtuelle Maschinen“ zeigt seine Domänen. Lassen Sie den Host die virtuellen Maschinen beim Herunterfahren speichern (Host ▸ VM-Zustände beim Herunterfahren des Hosts speichern).</translation>
    </message>
    <message>
        <location filename="../ui/shell/HelpDialogs.cpp" line="62"/>
        <source>5. Virtual machines</source>
        <translation>5. Virtuelle Maschinen</translation>
    </message>
    <message>
        <location filename="../ui/shell/HelpDialogs.cpp" line="63"/>
        <source>Size each VM from the server it replaces (Virtual Machine ▸ Resource Planner…), then create it on the host&apos;s mirrored disks with a fixed-size disk and its network adapter on a team (Virtual Machine ▸ New Virtual Machine…), and install its operating system through its screen (Virtual Machine ▸ Remote Control…).</source>
        <translation>Bemessen Sie jede VM nach dem Server, den sie ersetzt (Virtuelle Maschine ▸ Ressourcenplaner…), erstellen Sie sie dann auf den gespiegelten Festplatten des Hosts mit einer Festplatte fester Größe und ihrem Netzwerkadapter an einem Team (Virtuelle Maschine ▸ Neue virtuelle Maschine…) und installieren Sie ihr Betriebssystem über ihren Bildschirm (Virtuelle Maschine ▸ Fernsteuerung…).</translation>
    </message>
    <message>
        <location filename="../ui/shell/HelpDialogs.cpp" line="67"/>
        <source>Keep their images on mirrored disks, size them within the host&apos;s memory, give each its CPU weight, reservation and cap (Virtual Machine ▸ CPU Resources…) and let them start with the host.</source>
        <translation>Legen Sie ihre Images auf gespiegelte Festplatten, bemessen Sie sie innerhalb des Arbeitsspeichers des Hosts, geben Sie jeder ihre CPU-Gewichtung, Reservierung und Obergrenze (Virtuelle Maschine ▸ CPU-Ressourcen…) und lassen Sie sie mit dem Host starten.</translation>
    </message>
    <message>
        <location filename="../ui/shell/HelpDialogs.cpp" line="70"/>
        <source>Watching and reporting</source>
        <translation>Überwachen und berichten</translation>
    </message>
    <message>
        <location filename="../ui/shell/HelpDialogs.cpp" line="71"/>
        <source>The tree shows the worst state below each node; the event log keeps every change, with a filter, search, copy and CSV export, and a double-click shows the object. File ▸ Export Report writes the configuration as PDF, HTML, CSV or JSON; File ▸ Save Support Bundle saves the host&apos;s raw outputs for a support case, which File ▸ Open Host… shows read-only as a support bundle.</source>
        <translation>Der Baum zeigt unter jedem Knoten den schlechtesten Zustand; das Ereignisprotokoll hält jede Änderung fest, mit Filter, Suche, Kopieren und CSV-Export, und ein Doppelklick zeigt das Objekt. Datei ▸ Bericht exportieren schreibt die Konfiguration als PDF, HTML, CSV oder JSON; Datei ▸ Support-Paket speichern sichert die Rohausgaben des Hosts für einen Supportfall, die Datei ▸ Host öffnen… schreibgeschützt als Support-Paket anzeigt.</translation>
    </message>
    <message>
        <location filename="../ui/shell/HelpDialogs.cpp" line="76"/>
        <source>The same without a window: ftconsole check, ftconsole report and ftconsole bundle; ftconsole --help lists them.</source>
        <translation>Dasselbe ohne Fenster: ftconsole check, ftconsole report und ftconsole bundle; ftconsole --help listet sie auf.</translation>
    </message>
    <message>
        <location filename="../ui/shell/HelpDialogs.cpp" line="86"/>
        <source>ftconsole Manual</source>
        <translation>ftconsole-Handbuch</translation>
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
    <name>ftc::PlanRun</name>
    <message>
        <location filename="../ui/common/PlanRun.cpp" line="33"/>
        <source>%1: done</source>
        <translation>%1: erledigt</translation>
    </message>
    <message>
        <location filename="../ui/common/PlanRun.cpp" line="34"/>
        <source>%1: failed: %2</source>
        <translation>%1: fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../ui/common/PlanRun.cpp" line="43"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ftc::PlanView</name>
    <message>
        <location filename="../ui/common/PlanView.cpp" line="81"/>
        <source>Cannot be done</source>
        <translation>Nicht möglich</translation>
    </message>
    <message>
        <location filename="../ui/common/PlanView.cpp" line="83"/>
        <source>This account may not run every step</source>
        <translation>Dieses Konto darf nicht jeden Schritt ausführen</translation>
    </message>
    <message>
        <location filename="../ui/common/PlanView.cpp" line="85"/>
        <source>Be careful</source>
        <translation>Vorsicht</translation>
    </message>
    <message>
        <location filename="../ui/common/PlanView.cpp" line="88"/>
        <source>Nothing to do.</source>
        <translation>Nichts zu tun.</translation>
    </message>
    <message>
        <location filename="../ui/common/PlanView.cpp" line="92"/>
        <source>These commands will run, in this order:</source>
        <translation>Diese Befehle werden in dieser Reihenfolge ausgeführt:</translation>
    </message>
    <message>
        <location filename="../ui/common/PlanView.cpp" line="93"/>
        <source>These commands would run:</source>
        <translation>Diese Befehle würden ausgeführt:</translation>
    </message>
    <message>
        <location filename="../ui/common/PlanView.cpp" line="105"/>
        <source>with this text on its standard input:</source>
        <translation>mit diesem Text auf der Standardeingabe:</translation>
    </message>
</context>
<context>
    <name>ftc::Plans</name>
    <message>
        <location filename="../backend/network/IdentifyAdapter.cpp" line="20"/>
        <source>&quot;%1&quot; is not an adapter name.</source>
        <translation>„%1“ ist kein Adaptername.</translation>
    </message>
    <message>
        <location filename="../backend/network/IdentifyAdapter.cpp" line="27"/>
        <source>%1&apos;s driver cannot blink its LED (ethtool: %2). Find the port by its MAC address or by unplugging its cable instead.</source>
        <translation>Der Treiber von %1 kann die LED nicht blinken lassen (ethtool: %2). Finden Sie den Port stattdessen über seine MAC-Adresse oder indem Sie sein Kabel abziehen.</translation>
    </message>
    <message>
        <location filename="../backend/network/IdentifyAdapter.cpp" line="31"/>
        <source>%1 is no longer on the host (ethtool: %2).</source>
        <translation>%1 ist nicht mehr auf dem Host vorhanden (ethtool: %2).</translation>
    </message>
    <message>
        <location filename="../backend/network/IdentifyAdapter.cpp" line="33"/>
        <source>ethtool is not installed on the host: install it (package ethtool) to identify adapters.</source>
        <translation>ethtool ist auf dem Host nicht installiert: Installieren Sie es (Paket ethtool), um Adapter zu identifizieren.</translation>
    </message>
    <message>
        <location filename="../backend/network/IdentifyAdapter.cpp" line="35"/>
        <location filename="../backend/network/IdentifyAdapter.cpp" line="39"/>
        <source>Identifying %1 failed: %2</source>
        <translation>Identifizieren von %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../backend/network/IdentifyAdapter.cpp" line="38"/>
        <source>Identifying %1 was stopped.</source>
        <translation>Das Identifizieren von %1 wurde angehalten.</translation>
    </message>
    <message>
        <location filename="../backend/network/NetChange.cpp" line="191"/>
        <source>Create %1 for this change&apos;s files</source>
        <translation>%1 für die Dateien dieser Änderung anlegen</translation>
    </message>
    <message>
        <location filename="../backend/network/NetChange.cpp" line="193"/>
        <source>Create %1/new for the staged files, readable by root only</source>
        <translation>%1/new für die bereitgestellten Dateien anlegen, nur für root lesbar</translation>
    </message>
    <message>
        <location filename="../backend/network/NetChange.cpp" line="197"/>
        <source>Stage the new %1 (%2)</source>
        <translation>Das neue %1 bereitstellen (%2)</translation>
    </message>
    <message>
        <location filename="../backend/network/NetChange.cpp" line="199"/>
        <source>Stage apply.sh, the change itself</source>
        <translation>apply.sh bereitstellen, die Änderung selbst</translation>
    </message>
    <message>
        <location filename="../backend/network/NetChange.cpp" line="201"/>
        <source>Stage rollback.sh, which restores the saved configuration</source>
        <translation>rollback.sh bereitstellen, das die gesicherte Konfiguration wiederherstellt</translation>
    </message>
    <message>
        <location filename="../backend/network/NetChange.cpp" line="203"/>
        <source>Stage confirm.sh, run once the console is back in and the team is up</source>
        <translation>confirm.sh bereitstellen, das läuft, sobald die Konsole wieder verbunden und das Team aktiv ist</translation>
    </message>
    <message>
        <location filename="../backend/network/NetChange.cpp" line="205"/>
        <source>Arm the host-side rollback: restore the configuration in %1 s unless confirmed</source>
        <translation>Den Rollback auf dem Host scharf schalten: die Konfiguration in %1 s wiederherstellen, falls nicht bestätigt</translation>
    </message>
    <message>
        <location filename="../backend/network/NetChange.cpp" line="215"/>
        <source>Start the change in a unit of its own (%1)</source>
        <translation>Die Änderung in einer eigenen Unit starten (%1)</translation>
    </message>
    <message>
        <location filename="../backend/network/NetChangeApply.cpp" line="28"/>
        <source>%1 does not exist yet</source>
        <translation>%1 existiert noch nicht</translation>
    </message>
    <message>
        <location filename="../backend/network/NetChangeApply.cpp" line="31"/>
        <source>%1&apos;s link is %2</source>
        <translation>Link von %1 ist %2</translation>
    </message>
    <message>
        <location filename="../backend/network/NetChangeApply.cpp" line="31"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../backend/network/NetChangeApply.cpp" line="33"/>
        <source>%1 has no active adapter yet</source>
        <translation>%1 hat noch keinen aktiven Adapter</translation>
    </message>
    <message>
        <location filename="../backend/network/NetChangeApply.cpp" line="38"/>
        <source>no adapter of %1 has link</source>
        <translation>kein Adapter von %1 hat eine Verbindung</translation>
    </message>
    <message>
        <location filename="../backend/network/NetChangeApply.cpp" line="41"/>
        <source>%1 is not a port of %2 yet</source>
        <translation>%1 ist noch kein Port von %2</translation>
    </message>
    <message>
        <location filename="../backend/network/NetChangeApply.cpp" line="44"/>
        <source>%1 is still a port of %2</source>
        <translation>%1 ist noch ein Port von %2</translation>
    </message>
    <message>
        <location filename="../backend/network/NetChangeApply.cpp" line="46"/>
        <source>%1&apos;s primary is %2</source>
        <translation>Primärer Adapter von %1: %2</translation>
    </message>
    <message>
        <location filename="../backend/network/NetChangeApply.cpp" line="46"/>
        <location filename="../backend/network/TeamEditPlanner.cpp" line="313"/>
        <location filename="../backend/plan/Plan.cpp" line="77"/>
        <location filename="../backend/plan/Plan.cpp" line="294"/>
        <location filename="../backend/plan/Plan.cpp" line="295"/>
        <location filename="../backend/vms/VmCreate.cpp" line="329"/>
        <location filename="../backend/vms/VmCreate.cpp" line="423"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../backend/network/NetChangeApply.cpp" line="52"/>
        <source>%1 %2 is %3</source>
        <translation>%1 %2 ist %3</translation>
    </message>
    <message>
        <location filename="../backend/network/NetChangeApply.cpp" line="52"/>
        <source>missing</source>
        <translation>nicht vorhanden</translation>
    </message>
    <message>
        <location filename="../backend/network/NetChangeApply.cpp" line="56"/>
        <source>bridge</source>
        <translation>Bridge</translation>
    </message>
    <message>
        <location filename="../backend/network/NetChangeApply.cpp" line="59"/>
        <source>adapter</source>
        <translation>Adapter</translation>
    </message>
    <message>
        <location filename="../backend/network/NetChangeApply.cpp" line="102"/>
        <source>The change has no steps: nothing was changed.</source>
        <translation>Die Änderung hat keine Schritte: Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../backend/network/NetChangeApply.cpp" line="119"/>
        <source>%1
Nothing was changed on the host&apos;s network.</source>
        <translation>%1
Am Netzwerk des Hosts wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../backend/network/NetChangeApply.cpp" line="127"/>
        <source>%1
The change did not start; nothing was changed on the host&apos;s network.</source>
        <translation>%1
Die Änderung wurde nicht gestartet; am Netzwerk des Hosts wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../backend/network/NetChangeApply.cpp" line="141"/>
        <source>Reconnecting to %1…</source>
        <translation>Verbindung zu %1 wird wiederhergestellt…</translation>
    </message>
    <message>
        <location filename="../backend/network/NetChangeApply.cpp" line="151"/>
        <source>The console lost %1 during the change and could not get back in (%2). Unless the change was confirmed, the host restores its previous network configuration by itself at %3 UTC; reconnect to see what it did (%4/status).</source>
        <translation>Die Konsole hat %1 während der Änderung verloren und konnte sich nicht wieder verbinden (%2). Sofern die Änderung nicht bestätigt wurde, stellt der Host um %3 UTC seine vorherige Netzwerkkonfiguration selbst wieder her; verbinden Sie sich erneut, um zu sehen, was er getan hat (%4/status).</translation>
    </message>
    <message>
        <location filename="../backend/network/NetChangeApply.cpp" line="171"/>
        <source>The host rolled the change back%1: %2.</source>
        <translation>Der Host hat die Änderung zurückgenommen%1: %2.</translation>
    </message>
    <message>
        <location filename="../backend/network/NetChangeApply.cpp" line="176"/>
        <source>The change failed at: %1.
</source>
        <translation>Die Änderung ist fehlgeschlagen bei: %1.
</translation>
    </message>
    <message>
        <location filename="../backend/network/NetChangeApply.cpp" line="182"/>
        <source>The host refused the change, changing nothing: %1.</source>
        <translation>Der Host hat die Änderung abgelehnt und nichts geändert: %1.</translation>
    </message>
    <message>
        <location filename="../backend/network/NetChangeApply.cpp" line="188"/>
        <source>%1 is up and the change is confirmed.</source>
        <translation>%1 ist aktiv und die Änderung ist bestätigt.</translation>
    </message>
    <message>
        <location filename="../backend/network/NetChangeApply.cpp" line="194"/>
        <source>The change failed (%1): rolling back now.</source>
        <translation>Die Änderung ist fehlgeschlagen (%1): Sie wird jetzt zurückgenommen.</translation>
    </message>
    <message>
        <location filename="../backend/network/NetChangeApply.cpp" line="202"/>
        <source>%1 is up: confirming.</source>
        <translation>%1 ist aktiv: wird bestätigt.</translation>
    </message>
    <message>
        <location filename="../backend/network/NetChangeApply.cpp" line="208"/>
        <source>%1 is up%2 and the change is confirmed; the host&apos;s rollback is disarmed.</source>
        <translation>%1 ist aktiv%2 und die Änderung ist bestätigt; der Rollback des Hosts ist entschärft.</translation>
    </message>
    <message>
        <location filename="../backend/network/NetChangeApply.cpp" line="211"/>
        <source>, the console reconnected</source>
        <translation>, die Konsole hat sich wieder verbunden</translation>
    </message>
    <message>
        <location filename="../backend/network/NetChangeApply.cpp" line="222"/>
        <source>Waiting: %1.</source>
        <translation>Warten: %1.</translation>
    </message>
    <message>
        <location filename="../backend/network/NetChangeApply.cpp" line="226"/>
        <source>%1 did not come up (%2): rolling back.</source>
        <translation>%1 ist nicht aktiv geworden (%2): wird zurückgenommen.</translation>
    </message>
    <message>
        <location filename="../backend/network/NetChangeApply.cpp" line="235"/>
        <source>The change is still &quot;%1&quot; on the host after %2 s: see %3/log.</source>
        <translation>Die Änderung steht auf dem Host nach %2 s noch auf „%1“: siehe %3/log.</translation>
    </message>
    <message>
        <location filename="../backend/network/NetStack.cpp" line="31"/>
        <source>NetworkManager manages %1, but nmcli or busctl is missing on the host: install network-manager&apos;s command-line tools (and systemd&apos;s busctl).</source>
        <translation>NetworkManager verwaltet %1, aber nmcli oder busctl fehlt auf dem Host: Installieren Sie die Kommandozeilenwerkzeuge von network-manager (und busctl von systemd).</translation>
    </message>
    <message>
        <location filename="../backend/network/NetStack.cpp" line="37"/>
        <source>NetworkManager manages %1</source>
        <translation>NetworkManager verwaltet %1</translation>
    </message>
    <message>
        <location filename="../backend/network/NetStack.cpp" line="41"/>
        <source>NetworkManager manages %1 but not %2: a team needs all its adapters under one network stack. Let NetworkManager manage them all (remove them from /etc/network/interfaces) or none.</source>
        <translation>NetworkManager verwaltet %1, aber nicht %2: Ein Team braucht alle seine Adapter unter einem Netzwerk-Stack. Lassen Sie NetworkManager alle verwalten (entfernen Sie sie aus /etc/network/interfaces) oder keinen.</translation>
    </message>
    <message>
        <location filename="../backend/network/NetStack.cpp" line="50"/>
        <source>systemd-networkd runs but networkctl is missing: the console cannot reload it.</source>
        <translation>systemd-networkd läuft, aber networkctl fehlt: Die Konsole kann es nicht neu laden.</translation>
    </message>
    <message>
        <location filename="../backend/network/NetStack.cpp" line="55"/>
        <source>netplan configures systemd-networkd (%1 in /etc/netplan)</source>
        <translation>netplan konfiguriert systemd-networkd (%1 in /etc/netplan)</translation>
    </message>
    <message>
        <location filename="../backend/network/NetStack.cpp" line="60"/>
        <source>systemd-networkd runs and NetworkManager does not manage %1</source>
        <translation>systemd-networkd läuft und NetworkManager verwaltet %1 nicht</translation>
    </message>
    <message>
        <location filename="../backend/network/NetStack.cpp" line="65"/>
        <source>ifupdown configures the host (/etc/network/interfaces)</source>
        <translation>ifupdown konfiguriert den Host (/etc/network/interfaces)</translation>
    </message>
    <message>
        <location filename="../backend/network/NetStack.cpp" line="68"/>
        <source>No network stack the console knows manages %1: it knows NetworkManager, systemd-networkd (with or without netplan) and ifupdown. Build the team with the host&apos;s own tools.</source>
        <translation>Kein Netzwerk-Stack, den die Konsole kennt, verwaltet %1: Sie kennt NetworkManager, systemd-networkd (mit oder ohne netplan) und ifupdown. Bilden Sie das Team mit den eigenen Werkzeugen des Hosts.</translation>
    </message>
    <message>
        <location filename="../backend/network/NetplanOwnFile.cpp" line="55"/>
        <source>no &quot;network:&quot; key</source>
        <translation>kein Schlüssel „network:“</translation>
    </message>
    <message>
        <location filename="../backend/network/NetplanOwnFile.cpp" line="59"/>
        <source>no &quot;bonds: %1:&quot; entry</source>
        <translation>kein Eintrag „bonds: %1:“</translation>
    </message>
    <message>
        <location filename="../backend/network/NetplanOwnFile.cpp" line="66"/>
        <source>%1 has no &quot;interfaces: [...]&quot; line</source>
        <translation>%1 hat keine Zeile „interfaces: [...]“</translation>
    </message>
    <message>
        <location filename="../backend/network/NetplanOwnFile.cpp" line="69"/>
        <source>%1&apos;s interfaces are not on one line in brackets</source>
        <translation>die Schnittstellen von %1 stehen nicht in einer Zeile in Klammern</translation>
    </message>
    <message>
        <location filename="../backend/network/NetplanOwnFile.cpp" line="90"/>
        <source>%1 has no &quot;parameters: mode:&quot; line</source>
        <translation>%1 hat keine Zeile „parameters: mode:“</translation>
    </message>
    <message>
        <location filename="../backend/network/NetplanOwnFile.cpp" line="104"/>
        <source>%1 is already listed in %2&apos;s interfaces</source>
        <translation>%1 ist bereits in den Schnittstellen von %2 aufgeführt</translation>
    </message>
    <message>
        <location filename="../backend/network/NetplanOwnFile.cpp" line="105"/>
        <source>%1 is not listed in %2&apos;s interfaces</source>
        <translation>%1 ist nicht in den Schnittstellen von %2 aufgeführt</translation>
    </message>
    <message>
        <location filename="../backend/network/NetplanOwnFile.cpp" line="115"/>
        <source>no &quot;ethernets:&quot; key</source>
        <translation>kein Schlüssel „ethernets:“</translation>
    </message>
    <message>
        <location filename="../backend/network/StackScriptParts.cpp" line="45"/>
        <source>%1 is missing on the host: the console arms its rollback with systemd-run and flock (systemd, util-linux), and changes no network without one.</source>
        <translation>%1 fehlt auf dem Host: Die Konsole schaltet ihren Rollback mit systemd-run und flock (systemd, util-linux) scharf und ändert ohne Rollback kein Netzwerk.</translation>
    </message>
    <message>
        <location filename="../backend/network/TeamEditPlanner.cpp" line="18"/>
        <source>Add %1 to team %2</source>
        <translation>%1 zu Team %2 hinzufügen</translation>
    </message>
    <message>
        <location filename="../backend/network/TeamEditPlanner.cpp" line="19"/>
        <source>Remove %1 from team %2</source>
        <translation>%1 aus Team %2 entfernen</translation>
    </message>
    <message>
        <location filename="../backend/network/TeamEditPlanner.cpp" line="21"/>
        <source>Clear the primary adapter of team %1</source>
        <translation>Primären Adapter von Team %1 aufheben</translation>
    </message>
    <message>
        <location filename="../backend/network/TeamEditPlanner.cpp" line="22"/>
        <source>Make %1 the primary adapter of team %2</source>
        <translation>%1 zum primären Adapter von Team %2 machen</translation>
    </message>
    <message>
        <location filename="../backend/network/TeamEditPlanner.cpp" line="23"/>
        <source>Delete team %1</source>
        <translation>Team %1 löschen</translation>
    </message>
    <message>
        <location filename="../backend/network/TeamEditPlanner.cpp" line="54"/>
        <source>%1 is not configured in /etc/network/interfaces (no &quot;iface %1 inet&quot; stanza): change it where it is configured.</source>
        <translation>%1 ist nicht in /etc/network/interfaces konfiguriert (keine Stanza „iface %1 inet“): Ändern Sie es dort, wo es konfiguriert ist.</translation>
    </message>
    <message>
        <location filename="../backend/network/TeamEditPlanner.cpp" line="66"/>
        <source>%1&apos;s stanza names no bond-slaves: its members are set from their own stanzas (bond-master), which this change does not edit.</source>
        <translation>Die Stanza von %1 nennt keine bond-slaves: Seine Mitglieder werden in ihren eigenen Stanzas gesetzt (bond-master), die diese Änderung nicht bearbeitet.</translation>
    </message>
    <message>
        <location filename="../backend/network/TeamEditPlanner.cpp" line="87"/>
        <source>%1 joins %2; its own stanza is commented out.</source>
        <translation>%1 tritt %2 bei; seine eigene Stanza wird auskommentiert.</translation>
    </message>
    <message>
        <location filename="../backend/network/TeamEditPlanner.cpp" line="106"/>
        <source>%1 leaves %2 and stays down, unconfigured.</source>
        <translation>%1 verlässt %2 und bleibt deaktiviert und unkonfiguriert.</translation>
    </message>
    <message>
        <location filename="../backend/network/TeamEditPlanner.cpp" line="116"/>
        <source>%1 gets no primary: whichever adapter has link carries the traffic.</source>
        <translation>%1 erhält keinen primären Adapter: Der Datenverkehr läuft über den Adapter, der gerade eine Verbindung hat.</translation>
    </message>
    <message>
        <location filename="../backend/network/TeamEditPlanner.cpp" line="118"/>
        <source>%1 carries %2&apos;s traffic whenever it has link.</source>
        <translation>%1 überträgt den Datenverkehr von %2, sobald es eine Verbindung hat.</translation>
    </message>
    <message>
        <location filename="../backend/network/TeamEditPlanner.cpp" line="142"/>
        <source>%1 is taken down and removed; %2 gets its address (%3) and comes up on its own; the other members stay down, unconfigured.</source>
        <translation>%1 wird deaktiviert und entfernt; %2 erhält seine Adresse (%3) und wird eigenständig aktiviert; die anderen Mitglieder bleiben deaktiviert und unkonfiguriert.</translation>
    </message>
    <message>
        <location filename="../backend/network/TeamEditPlanner.cpp" line="149"/>
        <source>%1&apos;s stanzas changed</source>
        <translation>Stanzas von %1 geändert</translation>
    </message>
    <message>
        <location filename="../backend/network/TeamEditPlanner.cpp" line="174"/>
        <source>A port connection for %1 joins it to %2.</source>
        <translation>Eine Port-Verbindung für %1 fügt es %2 hinzu.</translation>
    </message>
    <message>
        <location filename="../backend/network/TeamEditPlanner.cpp" line="192"/>
        <source>%1&apos;s port connection is switched off, and deleted once the change is confirmed.</source>
        <translation>Die Port-Verbindung von %1 wird ausgeschaltet und gelöscht, sobald die Änderung bestätigt ist.</translation>
    </message>
    <message>
        <location filename="../backend/network/TeamEditPlanner.cpp" line="207"/>
        <source>%1&apos;s connection gets no primary.</source>
        <translation>Die Verbindung von %1 erhält keinen primären Adapter.</translation>
    </message>
    <message>
        <location filename="../backend/network/TeamEditPlanner.cpp" line="208"/>
        <source>%1&apos;s connection gets primary=%2.</source>
        <translation>Die Verbindung von %1 erhält primary=%2.</translation>
    </message>
    <message>
        <location filename="../backend/network/TeamEditPlanner.cpp" line="236"/>
        <source>%1 and its ports are switched off (deleted once the change is confirmed); a new connection %2 takes %1&apos;s IP settings.</source>
        <translation>%1 und seine Ports werden ausgeschaltet (und gelöscht, sobald die Änderung bestätigt ist); eine neue Verbindung %2 übernimmt die IP-Einstellungen von %1.</translation>
    </message>
    <message>
        <location filename="../backend/network/TeamEditPlanner.cpp" line="252"/>
        <source>%1 was not built by this console (no %2%3): change it in the files under %2 that define it, then run networkctl reload.</source>
        <translation>%1 wurde nicht von dieser Konsole erstellt (kein %2%3): Ändern Sie es in den Dateien unter %2, die es definieren, und führen Sie dann networkctl reload aus.</translation>
    </message>
    <message>
        <location filename="../backend/network/TeamEditPlanner.cpp" line="267"/>
        <location filename="../backend/network/TeamPlanner.cpp" line="202"/>
        <source>%1 as a port of %2</source>
        <translation>%1 als Port von %2</translation>
    </message>
    <message>
        <location filename="../backend/network/TeamEditPlanner.cpp" line="273"/>
        <source>%1 has no port file %2%3: change it where it is configured.</source>
        <translation>%1 hat keine Port-Datei %2%3: Ändern Sie es dort, wo es konfiguriert ist.</translation>
    </message>
    <message>
        <location filename="../backend/network/TeamEditPlanner.cpp" line="279"/>
        <source>%1 no longer a port</source>
        <translation>%1 nicht mehr Port</translation>
    </message>
    <message>
        <location filename="../backend/network/TeamEditPlanner.cpp" line="298"/>
        <source>%1 as the primary port</source>
        <translation>%1 als primärer Port</translation>
    </message>
    <message>
        <location filename="../backend/network/TeamEditPlanner.cpp" line="299"/>
        <source>%1 as a port, not primary</source>
        <translation>%1 als Port, nicht primär</translation>
    </message>
    <message>
        <location filename="../backend/network/TeamEditPlanner.cpp" line="303"/>
        <source>%1 has no port file %2%3%1.network: change it where it is configured.</source>
        <translation>%1 hat keine Port-Datei %2%3%1.network: Ändern Sie es dort, wo es konfiguriert ist.</translation>
    </message>
    <message>
        <location filename="../backend/network/TeamEditPlanner.cpp" line="312"/>
        <source>The port files of %1 are written again with PrimarySlave=yes on %2 only.</source>
        <translation>Die Port-Dateien von %1 werden neu geschrieben, mit PrimarySlave=yes nur bei %2.</translation>
    </message>
    <message>
        <location filename="../backend/network/TeamEditPlanner.cpp" line="324"/>
        <source>part of %1</source>
        <translation>Teil von %1</translation>
    </message>
    <message>
        <location filename="../backend/network/TeamEditPlanner.cpp" line="329"/>
        <source>%1&apos;s files are removed: the adapters&apos; own .network files apply again.</source>
        <translation>Die Dateien von %1 werden entfernt: Die eigenen .network-Dateien der Adapter gelten wieder.</translation>
    </message>
    <message>
        <location filename="../backend/network/TeamEditPlanner.cpp" line="344"/>
        <source>%1 was not built by this console (no /etc/netplan/%2): change it in the netplan file that defines it, then run netplan apply.</source>
        <translation>%1 wurde nicht von dieser Konsole erstellt (kein /etc/netplan/%2): Ändern Sie es in der netplan-Datei, die es definiert, und führen Sie dann netplan apply aus.</translation>
    </message>
    <message>
        <location filename="../backend/network/TeamEditPlanner.cpp" line="353"/>
        <source>%1 could not be read (it is readable by root only, and sudo did not answer): nothing was changed. Check that this account may use sudo, or edit the file by hand, then run netplan apply.</source>
        <translation>%1 konnte nicht gelesen werden (nur root darf es lesen, und sudo hat nicht geantwortet): Es wurde nichts geändert. Prüfen Sie, ob dieses Konto sudo verwenden darf, oder bearbeiten Sie die Datei von Hand und führen Sie dann netplan apply aus.</translation>
    </message>
    <message>
        <location filename="../backend/network/TeamEditPlanner.cpp" line="369"/>
        <source>%1 is not in the shape this console wrote (%2): edit it by hand, then run netplan apply.</source>
        <translation>%1 hat nicht die Form, in der diese Konsole es geschrieben hat (%2): Bearbeiten Sie es von Hand und führen Sie dann netplan apply aus.</translation>
    </message>
    <message>
        <location filename="../backend/network/TeamEditPlanner.cpp" line="374"/>
        <location filename="../backend/network/TeamEditPlanner.cpp" line="395"/>
        <source>the team&apos;s netplan file</source>
        <translation>die netplan-Datei des Teams</translation>
    </message>
    <message>
        <location filename="../backend/network/TeamEditPlanner.cpp" line="389"/>
        <source>%1 is changed in place; the rest of the file stays as it is.</source>
        <translation>%1 wird direkt geändert; der Rest der Datei bleibt, wie er ist.</translation>
    </message>
    <message>
        <location filename="../backend/network/TeamEditPlanner.cpp" line="400"/>
        <source>%1&apos;s netplan file is removed: the adapters&apos; own settings apply again.</source>
        <translation>Die netplan-Datei von %1 wird entfernt: Die eigenen Einstellungen der Adapter gelten wieder.</translation>
    </message>
    <message>
        <location filename="../backend/network/TeamEditPlanner.cpp" line="425"/>
        <source>%1 is no longer on %2: refresh and choose again.</source>
        <translation>%1 ist nicht mehr auf %2 vorhanden: Aktualisieren Sie und wählen Sie erneut.</translation>
    </message>
    <message>
        <location filename="../backend/network/TeamEditPlanner.cpp" line="434"/>
        <location filename="../backend/network/TeamRules.cpp" line="78"/>
        <source>%1 is no longer on %2 (removed or renamed): refresh and choose again.</source>
        <translation>%1 ist nicht mehr auf %2 vorhanden (entfernt oder umbenannt): Aktualisieren Sie und wählen Sie erneut.</translation>
    </message>
    <message>
        <location filename="../backend/network/TeamEditPlanner.cpp" line="437"/>
        <location filename="../backend/network/TeamRules.cpp" line="83"/>
        <source>%1 is already in team %2: remove it there first.</source>
        <translation>%1 ist bereits in Team %2: Entfernen Sie es zuerst dort.</translation>
    </message>
    <message>
        <location filename="../backend/network/TeamEditPlanner.cpp" line="439"/>
        <source>A Switch Fault Tolerance team has exactly two adapters.</source>
        <translation>Ein Team mit Switch-Fehlertoleranz hat genau zwei Adapter.</translation>
    </message>
    <message>
        <location filename="../backend/network/TeamEditPlanner.cpp" line="440"/>
        <source>Adding an adapter briefly interrupts the team&apos;s network.</source>
        <translation>Das Hinzufügen eines Adapters unterbricht das Netzwerk des Teams kurz.</translation>
    </message>
    <message>
        <location filename="../backend/network/TeamEditPlanner.cpp" line="445"/>
        <location filename="../backend/network/TeamEditPlanner.cpp" line="458"/>
        <location filename="../backend/storage/MirrorPlanner.cpp" line="260"/>
        <source>%1 is not a member of %2.</source>
        <translation>%1 ist kein Mitglied von %2.</translation>
    </message>
    <message>
        <location filename="../backend/network/TeamEditPlanner.cpp" line="447"/>
        <source>%1 would keep a single adapter, which is no team: delete the team instead.</source>
        <translation>%1 würde nur einen Adapter behalten, was kein Team ist: Löschen Sie stattdessen das Team.</translation>
    </message>
    <message>
        <location filename="../backend/network/TeamEditPlanner.cpp" line="450"/>
        <source>%1 carries the team&apos;s traffic now: the team fails over to another member.</source>
        <translation>%1 überträgt gerade den Datenverkehr des Teams: Das Team schaltet auf ein anderes Mitglied um.</translation>
    </message>
    <message>
        <location filename="../backend/network/TeamEditPlanner.cpp" line="455"/>
        <source>A primary adapter applies to fault-tolerance teams (active-backup); %1 is %2.</source>
        <translation>Ein primärer Adapter gilt für fehlertolerante Teams (active-backup); %1 ist %2.</translation>
    </message>
    <message>
        <location filename="../backend/network/TeamEditPlanner.cpp" line="462"/>
        <source>%1 has no members to give its address to.</source>
        <translation>%1 hat keine Mitglieder, an die es seine Adresse weitergeben kann.</translation>
    </message>
    <message>
        <location filename="../backend/network/TeamEditPlanner.cpp" line="466"/>
        <location filename="../backend/network/TeamPlanner.cpp" line="434"/>
        <source>The host&apos;s network configuration could not be read (%1): nothing was changed. Check the connection and try again.</source>
        <translation>Die Netzwerkkonfiguration des Hosts konnte nicht gelesen werden (%1): Es wurde nichts geändert. Prüfen Sie die Verbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../backend/network/TeamEditPlanner.cpp" line="481"/>
        <source>%1 carries this console&apos;s own connection: if the console cannot reconnect, the host rolls back after %2 s.</source>
        <translation>%1 trägt die eigene Verbindung dieser Konsole: Kann sich die Konsole nicht wieder verbinden, nimmt der Host die Änderung nach %2 s zurück.</translation>
    </message>
    <message>
        <location filename="../backend/network/TeamEditPlanner.cpp" line="505"/>
        <location filename="../backend/network/TeamPlanner.cpp" line="515"/>
        <source>Network stack: %1 (%2).</source>
        <translation>Netzwerk-Stack: %1 (%2).</translation>
    </message>
    <message>
        <location filename="../backend/network/TeamEditPlanner.cpp" line="518"/>
        <source>Before anything changes, the host arms its own rollback: unless the console reconnects, checks the result and confirms within %1 s, the host restores the team as it was.</source>
        <translation>Bevor sich etwas ändert, schaltet der Host seinen eigenen Rollback scharf: Sofern die Konsole sich nicht innerhalb von %1 s wieder verbindet, das Ergebnis prüft und bestätigt, stellt der Host das Team wieder so her, wie es war.</translation>
    </message>
    <message>
        <location filename="../backend/network/TeamPlanner.cpp" line="33"/>
        <source>&quot;%1&quot; is not an address with a prefix length: write it as 192.0.2.10/24.</source>
        <translation>„%1“ ist keine Adresse mit Präfixlänge: Schreiben Sie sie als 192.0.2.10/24.</translation>
    </message>
    <message>
        <location filename="../backend/network/TeamPlanner.cpp" line="94"/>
        <source>ifupdown builds bonds only with the ifenslave package (its bond-* options): install ifenslave on the host, then plan again.</source>
        <translation>ifupdown bildet Bonds nur mit dem Paket ifenslave (seinen bond-*-Optionen): Installieren Sie ifenslave auf dem Host und planen Sie dann erneut.</translation>
    </message>
    <message>
        <location filename="../backend/network/TeamPlanner.cpp" line="97"/>
        <source>ifupdown builds bridges only with the bridge-utils package (its bridge_* options): install bridge-utils on the host, or build the team without the bridge for virtual machines.</source>
        <translation>ifupdown bildet Bridges nur mit dem Paket bridge-utils (seinen bridge_*-Optionen): Installieren Sie bridge-utils auf dem Host oder bilden Sie das Team ohne die Bridge für virtuelle Maschinen.</translation>
    </message>
    <message>
        <location filename="../backend/network/TeamPlanner.cpp" line="102"/>
        <source>/etc/network/interfaces includes other files (source): if %1 is configured in one of them, remove it there, or it and the team will both claim it.</source>
        <translation>/etc/network/interfaces bindet andere Dateien ein (source): Ist %1 in einer davon konfiguriert, entfernen Sie es dort, sonst beanspruchen es sowohl diese Datei als auch das Team.</translation>
    </message>
    <message>
        <location filename="../backend/network/TeamPlanner.cpp" line="140"/>
        <source>the team&apos;s stanzas; the members&apos; own commented out</source>
        <translation>die Stanzas des Teams; die eigenen der Mitglieder auskommentiert</translation>
    </message>
    <message>
        <location filename="../backend/network/TeamPlanner.cpp" line="194"/>
        <source>the bond</source>
        <translation>der Bond</translation>
    </message>
    <message>
        <location filename="../backend/network/TeamPlanner.cpp" line="210"/>
        <source>the bridge for virtual machines</source>
        <translation>die Bridge für virtuelle Maschinen</translation>
    </message>
    <message>
        <location filename="../backend/network/TeamPlanner.cpp" line="215"/>
        <source>%1 as the bridge&apos;s port</source>
        <translation>%1 als Port der Bridge</translation>
    </message>
    <message>
        <location filename="../backend/network/TeamPlanner.cpp" line="219"/>
        <source>the bridge&apos;s address</source>
        <translation>die Adresse der Bridge</translation>
    </message>
    <message>
        <location filename="../backend/network/TeamPlanner.cpp" line="223"/>
        <source>the team&apos;s address</source>
        <translation>die Adresse des Teams</translation>
    </message>
    <message>
        <location filename="../backend/network/TeamPlanner.cpp" line="286"/>
        <source>the team, read after the existing netplan files</source>
        <translation>das Team, gelesen nach den vorhandenen netplan-Dateien</translation>
    </message>
    <message>
        <location filename="../backend/network/TeamPlanner.cpp" line="287"/>
        <source>netplan merges its files: addresses listed for %1 in the existing files stay there. Check with `netplan get` after the change.</source>
        <translation>netplan führt seine Dateien zusammen: Adressen, die in den vorhandenen Dateien für %1 eingetragen sind, bleiben dort. Prüfen Sie nach der Änderung mit `netplan get`.</translation>
    </message>
    <message>
        <location filename="../backend/network/TeamPlanner.cpp" line="429"/>
        <source>Build %1 team %2 from %3</source>
        <translation>%1-Team %2 aus %3 bilden</translation>
    </message>
    <message>
        <location filename="../backend/network/TeamPlanner.cpp" line="445"/>
        <source>%1 already exists on %2: choose another name for the bridge.</source>
        <translation>%1 existiert bereits auf %2: Wählen Sie einen anderen Namen für die Bridge.</translation>
    </message>
    <message>
        <location filename="../backend/network/TeamPlanner.cpp" line="451"/>
        <source>More than one of %1 carries an address: a team carries one. Move or remove the others&apos; addresses first.</source>
        <translation>Mehr als einer von %1 hat eine Adresse: Ein Team hat eine. Verschieben oder entfernen Sie zuerst die Adressen der anderen.</translation>
    </message>
    <message>
        <location filename="../backend/network/TeamPlanner.cpp" line="478"/>
        <source>&quot;%1&quot; is not a gateway address: write it as 192.0.2.1, or leave it empty.</source>
        <translation>„%1“ ist keine Gateway-Adresse: Schreiben Sie sie als 192.0.2.1 oder lassen Sie das Feld leer.</translation>
    </message>
    <message>
        <location filename="../backend/network/TeamPlanner.cpp" line="516"/>
        <source>%1 becomes a %2 team (bond mode %3) of %4%5.</source>
        <translation>%1 wird ein %2-Team (Bond-Modus %3) aus %4%5.</translation>
    </message>
    <message>
        <location filename="../backend/network/TeamPlanner.cpp" line="518"/>
        <source>, primary %1</source>
        <translation>, primär %1</translation>
    </message>
    <message>
        <location filename="../backend/network/TeamPlanner.cpp" line="520"/>
        <source>Bridge %1 over %2 carries the address; virtual machines attach to %1.</source>
        <translation>Die Bridge %1 über %2 trägt die Adresse; virtuelle Maschinen werden an %1 angeschlossen.</translation>
    </message>
    <message>
        <location filename="../backend/network/TeamPlanner.cpp" line="523"/>
        <source>%1 carries no address.</source>
        <translation>%1 hat keine Adresse.</translation>
    </message>
    <message>
        <location filename="../backend/network/TeamPlanner.cpp" line="526"/>
        <source>%1 gets its address by DHCP.</source>
        <translation>%1 bezieht seine Adresse per DHCP.</translation>
    </message>
    <message>
        <location filename="../backend/network/TeamPlanner.cpp" line="527"/>
        <source>%1 takes over %2&apos;s DHCP address (%3) with %2&apos;s MAC %4, so the DHCP server hands out the same address.</source>
        <translation>%1 übernimmt die DHCP-Adresse von %2 (%3) mit der MAC %4 von %2, sodass der DHCP-Server dieselbe Adresse vergibt.</translation>
    </message>
    <message>
        <location filename="../backend/network/TeamPlanner.cpp" line="533"/>
        <source>%1 gets %2%3.</source>
        <translation>%1 erhält %2%3.</translation>
    </message>
    <message>
        <location filename="../backend/network/TeamPlanner.cpp" line="535"/>
        <source>, gateway %1</source>
        <translation>, Gateway %1</translation>
    </message>
    <message>
        <location filename="../backend/network/TeamPlanner.cpp" line="536"/>
        <source>%1 takes over %2&apos;s address %3%4 and its MAC %5.</source>
        <translation>%1 übernimmt die Adresse %3%4 von %2 und seine MAC %5.</translation>
    </message>
    <message>
        <location filename="../backend/network/TeamPlanner.cpp" line="538"/>
        <source> (gateway %1)</source>
        <translation> (Gateway %1)</translation>
    </message>
    <message>
        <location filename="../backend/network/TeamPlanner.cpp" line="542"/>
        <source>Before anything changes, the host arms its own rollback: unless the console reconnects, sees %1 up and confirms within %2 s, the host restores its previous configuration by itself.</source>
        <translation>Bevor sich etwas ändert, schaltet der Host seinen eigenen Rollback scharf: Sofern die Konsole sich nicht innerhalb von %2 s wieder verbindet, %1 aktiv sieht und bestätigt, stellt der Host seine vorherige Konfiguration selbst wieder her.</translation>
    </message>
    <message>
        <location filename="../backend/network/TeamPlanner.cpp" line="548"/>
        <source>%1 carries this console&apos;s own connection: it drops for a moment while the team forms. The console reconnects; if it cannot, the host rolls back after %2 s.</source>
        <translation>%1 trägt die eigene Verbindung dieser Konsole: Sie bricht kurz ab, während sich das Team bildet. Die Konsole verbindet sich wieder; gelingt das nicht, nimmt der Host die Änderung nach %2 s zurück.</translation>
    </message>
    <message>
        <location filename="../backend/network/TeamRules.cpp" line="35"/>
        <source>The team needs a name, such as bond0.</source>
        <translation>Das Team braucht einen Namen, zum Beispiel bond0.</translation>
    </message>
    <message>
        <location filename="../backend/network/TeamRules.cpp" line="38"/>
        <source>&quot;%1&quot; is %2 bytes long; an interface name has at most 15: choose a shorter one, such as bond0.</source>
        <translation>„%1“ ist %2 Bytes lang; ein Schnittstellenname hat höchstens 15: Wählen Sie einen kürzeren, zum Beispiel bond0.</translation>
    </message>
    <message>
        <location filename="../backend/network/TeamRules.cpp" line="43"/>
        <source>&quot;%1&quot; cannot be an interface name: choose another, such as bond0.</source>
        <translation>„%1“ kann kein Schnittstellenname sein: Wählen Sie einen anderen, zum Beispiel bond0.</translation>
    </message>
    <message>
        <location filename="../backend/network/TeamRules.cpp" line="46"/>
        <source>&quot;%1&quot; holds a &apos;/&apos;, &apos;:&apos;, blank or control character, which interface names cannot: choose another, such as bond0.</source>
        <translation>„%1“ enthält ein „/“, „:“, Leer- oder Steuerzeichen, was Schnittstellennamen nicht dürfen: Wählen Sie einen anderen, zum Beispiel bond0.</translation>
    </message>
    <message>
        <location filename="../backend/network/TeamRules.cpp" line="59"/>
        <source>%1 already exists on %2: choose another name.</source>
        <translation>%1 existiert bereits auf %2: Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <location filename="../backend/network/TeamRules.cpp" line="62"/>
        <source>A team needs at least two adapters: choose another one.</source>
        <translation>Ein Team braucht mindestens zwei Adapter: Wählen Sie einen weiteren.</translation>
    </message>
    <message>
        <location filename="../backend/network/TeamRules.cpp" line="64"/>
        <source>A Switch Fault Tolerance team has exactly two adapters, one on each switch (%1 chosen).</source>
        <translation>Ein Team mit Switch-Fehlertoleranz hat genau zwei Adapter, an jedem Switch einen (%1 gewählt).</translation>
    </message>
    <message>
        <location filename="../backend/network/TeamRules.cpp" line="72"/>
        <source>%1 is chosen twice.</source>
        <translation>%1 ist doppelt gewählt.</translation>
    </message>
    <message>
        <location filename="../backend/network/TeamRules.cpp" line="87"/>
        <source>%1 has no link now: check its cable before relying on the team.</source>
        <translation>%1 hat derzeit keine Verbindung: Prüfen Sie sein Kabel, bevor Sie sich auf das Team verlassen.</translation>
    </message>
    <message>
        <location filename="../backend/network/TeamRules.cpp" line="93"/>
        <source>The primary adapter %1 is not one of the team&apos;s members.</source>
        <translation>Der primäre Adapter %1 ist keines der Mitglieder des Teams.</translation>
    </message>
    <message>
        <location filename="../backend/network/TeamRules.cpp" line="96"/>
        <source>All members sit in module %1: a module that fails takes the whole team with it. Team adapters of different modules (the guide teams 1+3 and 2+4).</source>
        <translation>Alle Mitglieder stecken in Modul %1: Fällt das Modul aus, fällt das ganze Team mit aus. Bündeln Sie Adapter verschiedener Module (die Anleitung bündelt 1+3 und 2+4).</translation>
    </message>
    <message>
        <location filename="../backend/network/TeamRules.cpp" line="100"/>
        <source>The members run at different speeds: the team is as fast as its slowest active adapter. Use adapters of the same speed.</source>
        <translation>Die Mitglieder laufen mit unterschiedlichen Geschwindigkeiten: Das Team ist so schnell wie sein langsamster aktiver Adapter. Verwenden Sie Adapter gleicher Geschwindigkeit.</translation>
    </message>
    <message>
        <location filename="../backend/network/TeamRules.cpp" line="103"/>
        <source>802.3ad (LACP) works only when the switch ports are configured as one LACP group: configure the switch first, or the team carries no traffic.</source>
        <translation>802.3ad (LACP) funktioniert nur, wenn die Switch-Ports als eine LACP-Gruppe konfiguriert sind: Konfigurieren Sie zuerst den Switch, sonst überträgt das Team keinen Datenverkehr.</translation>
    </message>
    <message>
        <location filename="../backend/network/TeamRules.cpp" line="106"/>
        <source>Connect the two adapters to different switches; ARP monitoring notices a switch whose uplink fails, which link state alone does not.</source>
        <translation>Schließen Sie die beiden Adapter an verschiedene Switches an; die ARP-Überwachung bemerkt einen Switch, dessen Uplink ausfällt, was der Link-Zustand allein nicht tut.</translation>
    </message>
    <message>
        <location filename="../backend/network/TeamRules.cpp" line="108"/>
        <source>Adding adapters to a team later briefly interrupts the host&apos;s network.</source>
        <translation>Werden einem Team später Adapter hinzugefügt, wird das Netzwerk des Hosts kurz unterbrochen.</translation>
    </message>
    <message>
        <location filename="../backend/plan/Plan.cpp" line="76"/>
        <source>/dev/%1 is now a different disk (serial %2, the plan was made for %3): open the wizard again.</source>
        <translation>/dev/%1 ist jetzt eine andere Festplatte (Seriennummer %2, der Plan wurde für %3 erstellt): Öffnen Sie den Assistenten erneut.</translation>
    </message>
    <message>
        <location filename="../backend/plan/Plan.cpp" line="90"/>
        <source>Step 1 was applied</source>
        <translation>Schritt 1 wurde angewendet</translation>
    </message>
    <message>
        <location filename="../backend/plan/Plan.cpp" line="90"/>
        <source>Steps 1-%1 were applied</source>
        <translation>Schritte 1-%1 wurden angewendet</translation>
    </message>
    <message>
        <location filename="../backend/plan/Plan.cpp" line="97"/>
        <source>step 1 was applied</source>
        <translation>Schritt 1 wurde angewendet</translation>
    </message>
    <message>
        <location filename="../backend/plan/Plan.cpp" line="97"/>
        <source>steps 1-%1 were applied</source>
        <translation>Schritte 1-%1 wurden angewendet</translation>
    </message>
    <message>
        <location filename="../backend/plan/Plan.cpp" line="105"/>
        <source>sudo on %1 refused it: the account %2 may not run `%3` as root without a password (or sudoers requires a terminal). An administrator can allow exactly this command with `visudo -f /etc/sudoers.d/ftconsole` and the line: %4</source>
        <translation>sudo auf %1 hat dies verweigert: Das Konto %2 darf `%3` nicht ohne Passwort als root ausführen (oder sudoers verlangt ein Terminal). Ein Administrator kann genau diesen Befehl mit `visudo -f /etc/sudoers.d/ftconsole` und dieser Zeile erlauben: %4</translation>
    </message>
    <message>
        <location filename="../backend/plan/Plan.cpp" line="144"/>
        <source>Undo: %1</source>
        <translation>Rückgängig: %1</translation>
    </message>
    <message>
        <location filename="../backend/plan/Plan.cpp" line="161"/>
        <source>%1 (its undo `%2` failed: %3)</source>
        <translation>%1 (das Rückgängigmachen mit `%2` ist fehlgeschlagen: %3)</translation>
    </message>
    <message>
        <location filename="../backend/plan/Plan.cpp" line="168"/>
        <source> Everything it had done was undone, newest first: %1. The host is as it was before the plan.</source>
        <translation> Alles, was er getan hatte, wurde rückgängig gemacht, das Neueste zuerst: %1. Der Host ist wieder so wie vor dem Plan.</translation>
    </message>
    <message>
        <location filename="../backend/plan/Plan.cpp" line="170"/>
        <source> Undone: %1. Still on the host: %2.</source>
        <translation> Rückgängig gemacht: %1. Noch auf dem Host: %2.</translation>
    </message>
    <message>
        <location filename="../backend/plan/Plan.cpp" line="171"/>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <location filename="../backend/plan/Plan.cpp" line="184"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../backend/plan/Plan.cpp" line="200"/>
        <source>The plan is blocked: %1</source>
        <translation>Der Plan ist blockiert: %1</translation>
    </message>
    <message>
        <location filename="../backend/plan/Plan.cpp" line="204"/>
        <source>Confirmation does not match %1: nothing was changed.</source>
        <translation>Die Bestätigung stimmt nicht mit %1 überein: Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../backend/plan/Plan.cpp" line="213"/>
        <source>%1 Nothing was changed.</source>
        <translation>%1 Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../backend/plan/Plan.cpp" line="220"/>
        <source>Cancelled before it started: nothing was changed.</source>
        <translation>Vor dem Start abgebrochen: Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../backend/plan/Plan.cpp" line="221"/>
        <source>Cancelled after step %1 of %2: %3; the rest was not run.</source>
        <translation>Nach Schritt %1 von %2 abgebrochen: %3; der Rest wurde nicht ausgeführt.</translation>
    </message>
    <message>
        <location filename="../backend/plan/Plan.cpp" line="270"/>
        <source>Nothing was changed.</source>
        <translation>Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../backend/plan/Plan.cpp" line="271"/>
        <source>; the rest was not run.</source>
        <translation>; der Rest wurde nicht ausgeführt.</translation>
    </message>
    <message>
        <location filename="../backend/plan/Plan.cpp" line="275"/>
        <source>Step %1 may still have been applied on the host; refresh and check before trying again. %2</source>
        <translation>Schritt %1 wurde auf dem Host möglicherweise dennoch angewendet; aktualisieren und prüfen Sie, bevor Sie es erneut versuchen. %2</translation>
    </message>
    <message>
        <location filename="../backend/plan/Plan.cpp" line="293"/>
        <source> Changed: %1. Not changed: %2.</source>
        <translation> Geändert: %1. Nicht geändert: %2.</translation>
    </message>
    <message>
        <location filename="../backend/plan/Plan.cpp" line="298"/>
        <source>Step %1 (%2) failed: %3. %4</source>
        <translation>Schritt %1 (%2) ist fehlgeschlagen: %3. %4</translation>
    </message>
    <message>
        <location filename="../backend/plan/Privileges.cpp" line="63"/>
        <source>The host has no sudo, and the account %1 is not root: connect as root, or install sudo and allow `%2`.</source>
        <translation>Der Host hat kein sudo, und das Konto %1 ist nicht root: Verbinden Sie sich als root oder installieren Sie sudo und erlauben Sie `%2`.</translation>
    </message>
    <message>
        <location filename="../backend/plan/Privileges.cpp" line="66"/>
        <source>Could not ask sudo whether %1 may run `%2`.</source>
        <translation>sudo konnte nicht gefragt werden, ob %1 `%2` ausführen darf.</translation>
    </message>
    <message>
        <location filename="../backend/plan/Privileges.cpp" line="71"/>
        <source>The account %1 may not run `%2` as root without a password. An administrator can allow exactly this command (not the program at large) with `visudo -f /etc/sudoers.d/ftconsole` and the line: %3</source>
        <translation>Das Konto %1 darf `%2` nicht ohne Passwort als root ausführen. Ein Administrator kann genau diesen Befehl (nicht das Programm insgesamt) mit `visudo -f /etc/sudoers.d/ftconsole` und dieser Zeile erlauben: %3</translation>
    </message>
    <message>
        <location filename="../backend/storage/DiskProbe.cpp" line="23"/>
        <source>%1 needs root, and sudo asked for a password the console cannot type</source>
        <translation>%1 braucht root, und sudo hat nach einem Passwort gefragt, das die Konsole nicht eingeben kann</translation>
    </message>
    <message>
        <location filename="../backend/storage/DiskProbe.cpp" line="24"/>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../backend/storage/DiskProbe.cpp" line="24"/>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <location filename="../backend/storage/DiskProbe.cpp" line="47"/>
        <source>Could not check /dev/%1: %2.</source>
        <translation>/dev/%1 konnte nicht geprüft werden: %2.</translation>
    </message>
    <message>
        <location filename="../backend/storage/DiskProbe.cpp" line="49"/>
        <source>/dev/%1 carries a %2 signature at offset %3%4.</source>
        <translation>/dev/%1 trägt eine %2-Signatur bei Offset %3%4.</translation>
    </message>
    <message>
        <location filename="../backend/storage/DiskProbe.cpp" line="51"/>
        <source> (label &quot;%1&quot;)</source>
        <translation> (Bezeichnung „%1“)</translation>
    </message>
    <message>
        <location filename="../backend/storage/DiskProbe.cpp" line="53"/>
        <source>/dev/%1 has partitions: %2.</source>
        <translation>/dev/%1 hat Partitionen: %2.</translation>
    </message>
    <message>
        <location filename="../backend/storage/DiskProbe.cpp" line="55"/>
        <source>/dev/%1 is in use by %2.</source>
        <translation>/dev/%1 wird von %2 verwendet.</translation>
    </message>
    <message>
        <location filename="../backend/storage/DiskProbe.cpp" line="57"/>
        <source>Mounted: %1.</source>
        <translation>Eingehängt: %1.</translation>
    </message>
    <message>
        <location filename="../backend/storage/DiskProbe.cpp" line="135"/>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <location filename="../backend/storage/DiskProbe.cpp" line="140"/>
        <source>%1 as swap</source>
        <translation>%1 als Swap</translation>
    </message>
    <message>
        <location filename="../backend/storage/DiskProbe.cpp" line="152"/>
        <source>&quot;%1&quot; is not a disk name</source>
        <translation>„%1“ ist kein Festplattenname</translation>
    </message>
    <message>
        <location filename="../backend/storage/DiskProbe.cpp" line="172"/>
        <source>wipefs --no-act --json printed something that is not its JSON</source>
        <translation>wipefs --no-act --json hat etwas ausgegeben, das nicht sein JSON ist</translation>
    </message>
    <message>
        <location filename="../backend/storage/DiskProbe.cpp" line="176"/>
        <source>the kernel lists no %1 in /sys/block: is the disk still there?</source>
        <translation>der Kernel führt kein %1 in /sys/block: Ist die Festplatte noch vorhanden?</translation>
    </message>
    <message>
        <location filename="../backend/storage/DiskProbe.cpp" line="180"/>
        <source>reading its holders</source>
        <translation>das Lesen ihrer Nutzer (holders)</translation>
    </message>
    <message>
        <location filename="../backend/storage/DiskProbe.cpp" line="185"/>
        <source>reading its serial number</source>
        <translation>das Lesen ihrer Seriennummer</translation>
    </message>
    <message>
        <location filename="../backend/storage/DiskProbe.cpp" line="191"/>
        <source>reading /proc/mounts</source>
        <translation>das Lesen von /proc/mounts</translation>
    </message>
    <message>
        <location filename="../backend/storage/DiskProbe.cpp" line="201"/>
        <source>asking libvirt which VMs use which disks</source>
        <translation>die Abfrage bei libvirt, welche VMs welche Festplatten nutzen</translation>
    </message>
    <message>
        <location filename="../backend/storage/DiskProbe.cpp" line="222"/>
        <source>listing the disks of VM %1</source>
        <translation>das Auflisten der Festplatten der VM %1</translation>
    </message>
    <message>
        <location filename="../backend/storage/DiskProbe.cpp" line="247"/>
        <source>VM %1 uses %2 as its disk %3</source>
        <translation>VM %1 nutzt %2 als ihre Festplatte %3</translation>
    </message>
    <message>
        <location filename="../backend/storage/MirrorPlanner.cpp" line="45"/>
        <source>%1 is already a member of %2: remove it there first.</source>
        <translation>%1 ist bereits Mitglied von %2: Entfernen Sie es zuerst dort.</translation>
    </message>
    <message>
        <location filename="../backend/storage/MirrorPlanner.cpp" line="48"/>
        <source> The console never writes over a disk that may hold data: find out what it holds and who uses it, or choose a blank disk.</source>
        <translation> Die Konsole überschreibt nie eine Festplatte, die Daten enthalten könnte: Finden Sie heraus, was sie enthält und wer sie nutzt, oder wählen Sie eine leere Festplatte.</translation>
    </message>
    <message>
        <location filename="../backend/storage/MirrorPlanner.cpp" line="56"/>
        <source>%1 has partitions (%2): the disk that joins a mirror must have none.</source>
        <translation>%1 hat Partitionen (%2): Die Festplatte, die einem Spiegel beitritt, darf keine haben.</translation>
    </message>
    <message>
        <location filename="../backend/storage/MirrorPlanner.cpp" line="59"/>
        <source>%1 carries a %2 signature and may hold data.</source>
        <translation>%1 trägt eine %2-Signatur und enthält möglicherweise Daten.</translation>
    </message>
    <message>
        <location filename="../backend/storage/MirrorPlanner.cpp" line="61"/>
        <source>%1 is mounted at %2: something is using it.</source>
        <translation>%1 ist unter %2 eingehängt: Etwas verwendet sie.</translation>
    </message>
    <message>
        <location filename="../backend/storage/MirrorPlanner.cpp" line="64"/>
        <source>%1 is in use (%2).</source>
        <translation>%1 wird verwendet (%2).</translation>
    </message>
    <message>
        <location filename="../backend/storage/MirrorPlanner.cpp" line="66"/>
        <source>%1 looks blank to the last refresh; the disk itself is checked again (wipefs, partitions, holders, mounts, VMs) right before anything is written.</source>
        <translation>%1 ist laut der letzten Aktualisierung leer; die Festplatte selbst wird unmittelbar vor jedem Schreiben erneut geprüft (wipefs, Partitionen, Nutzer, Einhängepunkte, VMs).</translation>
    </message>
    <message>
        <location filename="../backend/storage/MirrorPlanner.cpp" line="79"/>
        <source>the serial number of %1</source>
        <translation>die Seriennummer von %1</translation>
    </message>
    <message>
        <location filename="../backend/storage/MirrorPlanner.cpp" line="82"/>
        <source>the device path of %1 (it reports no serial number)</source>
        <translation>den Gerätepfad von %1 (sie meldet keine Seriennummer)</translation>
    </message>
    <message>
        <location filename="../backend/storage/MirrorPlanner.cpp" line="112"/>
        <source>There is no virtual disk %1 on %2: refresh and pick one from the list.</source>
        <translation>Auf %2 gibt es keine virtuelle Festplatte %1: Aktualisieren Sie und wählen Sie einen aus der Liste.</translation>
    </message>
    <message>
        <location filename="../backend/storage/MirrorPlanner.cpp" line="141"/>
        <source>Create virtual disk %1 from %2</source>
        <translation>Virtuelle Festplatte %1 aus %2 erstellen</translation>
    </message>
    <message>
        <location filename="../backend/storage/MirrorPlanner.cpp" line="144"/>
        <location filename="../backend/storage/MirrorPlanner.cpp" line="169"/>
        <source>There is no disk %1 on %2: refresh and pick a disk from the list.</source>
        <translation>Auf %2 gibt es keine Festplatte %1: Aktualisieren Sie und wählen Sie eine Festplatte aus der Liste.</translation>
    </message>
    <message>
        <location filename="../backend/storage/MirrorPlanner.cpp" line="148"/>
        <source>%1 already exists: choose another name.</source>
        <translation>%1 existiert bereits: Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <location filename="../backend/storage/MirrorPlanner.cpp" line="152"/>
        <source>%1 will run Simplex on %2 alone until a second disk is added; add the disk in slot %3 of the other module next.</source>
        <translation>%1 läuft Simplex allein auf %2, bis eine zweite Festplatte hinzugefügt wird; fügen Sie als Nächstes die Festplatte in Steckplatz %3 des anderen Moduls hinzu.</translation>
    </message>
    <message>
        <location filename="../backend/storage/MirrorPlanner.cpp" line="155"/>
        <source>Create %1 (RAID1) on %2 with the second side missing</source>
        <translation>%1 (RAID1) auf %2 erstellen, die zweite Seite fehlt noch</translation>
    </message>
    <message>
        <location filename="../backend/storage/MirrorPlanner.cpp" line="165"/>
        <source>Add %1 to virtual disk %2</source>
        <translation>%1 zur virtuellen Festplatte %2 hinzufügen</translation>
    </message>
    <message>
        <location filename="../backend/storage/MirrorPlanner.cpp" line="173"/>
        <source>%1 is %2: a disk can only join a running mirror.</source>
        <translation>%1 ist %2: Eine Festplatte kann nur einem laufenden Spiegel beitreten.</translation>
    </message>
    <message>
        <location filename="../backend/storage/MirrorPlanner.cpp" line="180"/>
        <source>%1 holds %2&apos;s only working copy (%3): adding its own disk protects nothing. Pick a disk in the other module.</source>
        <translation>%1 enthält die einzige funktionierende Kopie von %2 (%3): Die eigene Festplatte hinzuzufügen schützt nichts. Wählen Sie eine Festplatte im anderen Modul.</translation>
    </message>
    <message>
        <location filename="../backend/storage/MirrorPlanner.cpp" line="183"/>
        <source>%1 is already part of %2 (%3).</source>
        <translation>%1 ist bereits Teil von %2 (%3).</translation>
    </message>
    <message>
        <location filename="../backend/storage/MirrorPlanner.cpp" line="191"/>
        <source>%1 (%2) is smaller than %3 (%4): pick a disk at least as large.</source>
        <translation>%1 (%2) ist kleiner als %3 (%4): Wählen Sie eine mindestens so große Festplatte.</translation>
    </message>
    <message>
        <location filename="../backend/storage/MirrorPlanner.cpp" line="197"/>
        <source>%1 and %2 are both in module %3: if that module fails, both copies go with it. The guide pairs slot N of module 10 with slot N of module 11.</source>
        <translation>%1 und %2 stecken beide in Modul %3: Fällt dieses Modul aus, gehen beide Kopien mit. Die Anleitung paart Steckplatz N von Modul 10 mit Steckplatz N von Modul 11.</translation>
    </message>
    <message>
        <location filename="../backend/storage/MirrorPlanner.cpp" line="201"/>
        <source>%1 is in slot %2 but %3 is in slot %4: the guide uses corresponding slots.</source>
        <translation>%1 steckt in Steckplatz %2, aber %3 in Steckplatz %4: Die Anleitung verwendet einander entsprechende Steckplätze.</translation>
    </message>
    <message>
        <location filename="../backend/storage/MirrorPlanner.cpp" line="204"/>
        <source>%1 (%2) is larger than %3 (%4): the extra space stays unused.</source>
        <translation>%1 (%2) ist größer als %3 (%4): Der zusätzliche Platz bleibt ungenutzt.</translation>
    </message>
    <message>
        <location filename="../backend/storage/MirrorPlanner.cpp" line="207"/>
        <source>%1 is complete: %2 joins as a hot spare.</source>
        <translation>%1 ist vollständig: %2 tritt als Hot Spare bei.</translation>
    </message>
    <message>
        <location filename="../backend/storage/MirrorPlanner.cpp" line="217"/>
        <source>%1 holds the system on partitions of %2: the new disk needs the same partition layout first (for example `sfdisk -d /dev/%2 | sfdisk /dev/%3`), then its matching partition joins %1. This console does not partition disks.</source>
        <translation>%1 enthält das System auf Partitionen von %2: Die neue Festplatte braucht zuerst dasselbe Partitionslayout (zum Beispiel `sfdisk -d /dev/%2 | sfdisk /dev/%3`), dann tritt ihre passende Partition %1 bei. Diese Konsole partitioniert keine Festplatten.</translation>
    </message>
    <message>
        <location filename="../backend/storage/MirrorPlanner.cpp" line="224"/>
        <source>Add %1 to %2; the mirror then synchronizes</source>
        <translation>%1 zu %2 hinzufügen; der Spiegel synchronisiert sich dann</translation>
    </message>
    <message>
        <location filename="../backend/storage/MirrorPlanner.cpp" line="227"/>
        <source>%1 holds the system: the boot loader must be on both disks, or the host cannot boot when the first one fails.</source>
        <translation>%1 enthält das System: Der Bootloader muss auf beiden Festplatten sein, sonst kann der Host nicht booten, wenn die erste ausfällt.</translation>
    </message>
    <message>
        <location filename="../backend/storage/MirrorPlanner.cpp" line="233"/>
        <source>Install the boot loader on %1</source>
        <translation>Den Bootloader auf %1 installieren</translation>
    </message>
    <message>
        <location filename="../backend/storage/MirrorPlanner.cpp" line="242"/>
        <source>Remove %1 from virtual disk %2</source>
        <translation>%1 aus der virtuellen Festplatte %2 entfernen</translation>
    </message>
    <message>
        <location filename="../backend/storage/MirrorPlanner.cpp" line="248"/>
        <source>That slot of %1 is already empty: there is nothing to remove.</source>
        <translation>Dieser Steckplatz von %1 ist bereits leer: Es gibt nichts zu entfernen.</translation>
    </message>
    <message>
        <location filename="../backend/storage/MirrorPlanner.cpp" line="264"/>
        <source>%1 is the last in-sync member of %2: removing it would take the data offline. Add and synchronize another disk first.</source>
        <translation>%1 ist das letzte synchrone Mitglied von %2: Es zu entfernen würde die Daten offline nehmen. Fügen Sie zuerst eine weitere Festplatte hinzu und synchronisieren Sie sie.</translation>
    </message>
    <message>
        <location filename="../backend/storage/MirrorPlanner.cpp" line="269"/>
        <source>%1 will run Simplex (one copy) until a disk is added back.</source>
        <translation>%1 läuft Simplex (eine Kopie), bis wieder eine Festplatte hinzugefügt wird.</translation>
    </message>
    <message>
        <location filename="../backend/storage/MirrorPlanner.cpp" line="271"/>
        <source>Mark %1 failed in %2</source>
        <translation>%1 in %2 als ausgefallen markieren</translation>
    </message>
    <message>
        <location filename="../backend/storage/MirrorPlanner.cpp" line="273"/>
        <source>Remove %1 from %2</source>
        <translation>%1 aus %2 entfernen</translation>
    </message>
    <message>
        <location filename="../backend/storage/MirrorPlanner.cpp" line="276"/>
        <source>the name of the member to remove</source>
        <translation>den Namen des zu entfernenden Mitglieds</translation>
    </message>
    <message>
        <location filename="../backend/storage/MirrorPlanner.cpp" line="283"/>
        <source>Re-add %1 to virtual disk %2</source>
        <translation>%1 erneut zur virtuellen Festplatte %2 hinzufügen</translation>
    </message>
    <message>
        <location filename="../backend/storage/MirrorPlanner.cpp" line="289"/>
        <source>%1 is still listed in %2 (%3): remove it first.</source>
        <translation>%1 ist noch in %2 aufgeführt (%3): Entfernen Sie es zuerst.</translation>
    </message>
    <message>
        <location filename="../backend/storage/MirrorPlanner.cpp" line="293"/>
        <source>There is no device %1 on %2: is the disk inserted?</source>
        <translation>Auf %2 gibt es kein Gerät %1: Ist die Festplatte eingesteckt?</translation>
    </message>
    <message>
        <location filename="../backend/storage/MirrorPlanner.cpp" line="295"/>
        <source>%1 belongs to %2 now.</source>
        <translation>%1 gehört jetzt zu %2.</translation>
    </message>
    <message>
        <location filename="../backend/storage/MirrorPlanner.cpp" line="304"/>
        <source>%1 has no write-intent bitmap, so %2 cannot simply rejoin it: use Add disk, which checks %2 and asks for its serial number before it is overwritten.</source>
        <translation>%1 hat keine Write-Intent-Bitmap, daher kann %2 nicht einfach wieder beitreten: Verwenden Sie „Festplatte hinzufügen“, das %2 prüft und nach seiner Seriennummer fragt, bevor sie überschrieben wird.</translation>
    </message>
    <message>
        <location filename="../backend/storage/MirrorPlanner.cpp" line="309"/>
        <source>Re-add %1 to %2 (only changed blocks are copied)</source>
        <translation>%1 erneut zu %2 hinzufügen (nur geänderte Blöcke werden kopiert)</translation>
    </message>
    <message>
        <location filename="../backend/storage/MirrorPlanner.cpp" line="317"/>
        <source>Check consistency of %1</source>
        <translation>Konsistenz von %1 prüfen</translation>
    </message>
    <message>
        <location filename="../backend/storage/MirrorPlanner.cpp" line="322"/>
        <source>%1 is busy (%2): wait until it is done.</source>
        <translation>%1 ist beschäftigt (%2): Warten Sie, bis das abgeschlossen ist.</translation>
    </message>
    <message>
        <location filename="../backend/storage/MirrorPlanner.cpp" line="324"/>
        <source>%1 is %2: a check compares two copies, so it needs Duplex.</source>
        <translation>%1 ist %2: Eine Prüfung vergleicht zwei Kopien und braucht daher Duplex.</translation>
    </message>
    <message>
        <location filename="../backend/storage/MirrorPlanner.cpp" line="327"/>
        <source>Start a consistency check of %1</source>
        <translation>Eine Konsistenzprüfung von %1 starten</translation>
    </message>
    <message>
        <location filename="../backend/storage/MirrorPlanner.cpp" line="335"/>
        <source>Cancel the check of %1</source>
        <translation>Die Prüfung von %1 abbrechen</translation>
    </message>
    <message>
        <location filename="../backend/storage/MirrorPlanner.cpp" line="340"/>
        <source>%1 runs no check to cancel; a resync or recovery must finish to protect the data.</source>
        <translation>Auf %1 läuft keine Prüfung, die abgebrochen werden könnte; eine Resynchronisation oder Wiederherstellung muss zum Schutz der Daten abgeschlossen werden.</translation>
    </message>
    <message>
        <location filename="../backend/storage/MirrorPlanner.cpp" line="343"/>
        <source>Stop the check of %1</source>
        <translation>Die Prüfung von %1 anhalten</translation>
    </message>
    <message>
        <location filename="../backend/storage/MirrorPlanner.cpp" line="350"/>
        <source>Set the resync priority of %1</source>
        <translation>Priorität der Resynchronisation von %1 festlegen</translation>
    </message>
    <message>
        <location filename="../backend/storage/MirrorPlanner.cpp" line="358"/>
        <source>Guarantee %1 only 1000 KiB/s</source>
        <translation>%1 nur 1000 KiB/s garantieren</translation>
    </message>
    <message>
        <location filename="../backend/storage/MirrorPlanner.cpp" line="359"/>
        <source>Limit %1 to 10000 KiB/s</source>
        <translation>%1 auf 10000 KiB/s begrenzen</translation>
    </message>
    <message>
        <location filename="../backend/storage/MirrorPlanner.cpp" line="362"/>
        <source>Use the system&apos;s maximum for %1</source>
        <translation>Für %1 das Maximum des Systems verwenden</translation>
    </message>
    <message>
        <location filename="../backend/storage/MirrorPlanner.cpp" line="363"/>
        <source>Use the system&apos;s minimum for %1</source>
        <translation>Für %1 das Minimum des Systems verwenden</translation>
    </message>
    <message>
        <location filename="../backend/storage/MirrorPlanner.cpp" line="368"/>
        <source>Let %1 resync at up to 2000000 KiB/s</source>
        <translation>%1 mit bis zu 2000000 KiB/s resynchronisieren lassen</translation>
    </message>
    <message>
        <location filename="../backend/storage/MirrorPlanner.cpp" line="369"/>
        <source>Guarantee %1 50000 KiB/s even under load</source>
        <translation>%1 auch unter Last 50000 KiB/s garantieren</translation>
    </message>
    <message>
        <location filename="../backend/vms/CpuSchedule.cpp" line="52"/>
        <source>%1: relative weight %2 is out of range: choose 1 to 10000 (100 is the default).</source>
        <translation>%1: Die relative Gewichtung %2 liegt außerhalb des Bereichs: Wählen Sie 1 bis 10000 (Standard ist 100).</translation>
    </message>
    <message>
        <location filename="../backend/vms/CpuSchedule.cpp" line="56"/>
        <source>%1: reserved capacity %2 % is out of range: choose 0 to 100 % of one CPU.</source>
        <translation>%1: Die reservierte Kapazität %2 % liegt außerhalb des Bereichs: Wählen Sie 0 bis 100 % einer CPU.</translation>
    </message>
    <message>
        <location filename="../backend/vms/CpuSchedule.cpp" line="60"/>
        <source>%1: maximum capacity %2 % is out of range: choose 1 to 100 % of one CPU.</source>
        <translation>%1: Die maximale Kapazität %2 % liegt außerhalb des Bereichs: Wählen Sie 1 bis 100 % einer CPU.</translation>
    </message>
    <message>
        <location filename="../backend/vms/CpuSchedule.cpp" line="65"/>
        <source>%1: the maximum (%2 % of one CPU in all) is below the reservation (%3 %): raise the maximum or lower the reservation.</source>
        <translation>%1: Das Maximum (insgesamt %2 % einer CPU) liegt unter der Reservierung (%3 %): Erhöhen Sie das Maximum oder verringern Sie die Reservierung.</translation>
    </message>
    <message>
        <location filename="../backend/vms/CpuSchedule.cpp" line="74"/>
        <source>The reservations add up to %1 % of one CPU, more than the %2 % this host offers its VMs (%3 CPUs less the host&apos;s own %4 %): lower a reservation, or the host reserve.</source>
        <translation>Die Reservierungen ergeben zusammen %1 % einer CPU, mehr als die %2 %, die dieser Host seinen VMs bietet (%3 CPUs abzüglich der eigenen %4 % des Hosts): Verringern Sie eine Reservierung oder die Reserve des Hosts.</translation>
    </message>
    <message>
        <location filename="../backend/vms/LibvirtGuestsPlanner.cpp" line="32"/>
        <source>a Debian-like host</source>
        <translation>einem Debian-artigen Host</translation>
    </message>
    <message>
        <location filename="../backend/vms/LibvirtGuestsPlanner.cpp" line="34"/>
        <source>a Red Hat-like host</source>
        <translation>einem Red-Hat-artigen Host</translation>
    </message>
    <message>
        <location filename="../backend/vms/LibvirtGuestsPlanner.cpp" line="36"/>
        <source>a SUSE host</source>
        <translation>einem SUSE-Host</translation>
    </message>
    <message>
        <location filename="../backend/vms/LibvirtGuestsPlanner.cpp" line="37"/>
        <source>this host</source>
        <translation>diesem Host</translation>
    </message>
    <message>
        <location filename="../backend/vms/LibvirtGuestsPlanner.cpp" line="43"/>
        <source>When the host stops, libvirt-guests saves the memory of every running VM to disk (virsh managedsave) and %1; the VMs carry on where they were. Each save needs disk space for the VM&apos;s memory under /var/lib/libvirt/qemu/save.</source>
        <translation>Beim Herunterfahren des Hosts speichert libvirt-guests den Arbeitsspeicher jeder laufenden VM auf die Festplatte (virsh managedsave) und %1; die VMs machen dort weiter, wo sie waren. Jede Speicherung braucht unter /var/lib/libvirt/qemu/save Platz für den Arbeitsspeicher der VM.</translation>
    </message>
    <message>
        <location filename="../backend/vms/LibvirtGuestsPlanner.cpp" line="47"/>
        <source>restores it when the host starts again (ON_BOOT=start)</source>
        <translation>stellt ihn beim nächsten Start des Hosts wieder her (ON_BOOT=start)</translation>
    </message>
    <message>
        <location filename="../backend/vms/LibvirtGuestsPlanner.cpp" line="48"/>
        <source>keeps it until each VM is started (ON_BOOT=%1: libvirt-guests restores none at boot)</source>
        <translation>behält ihn, bis jede VM gestartet wird (ON_BOOT=%1: libvirt-guests stellt beim Booten keine wieder her)</translation>
    </message>
    <message>
        <location filename="../backend/vms/LibvirtGuestsPlanner.cpp" line="52"/>
        <source>waits up to %1 s (SHUTDOWN_TIMEOUT) for each; a guest still running then is turned off with the host</source>
        <translation>wartet auf jede bis zu %1 s (SHUTDOWN_TIMEOUT); ein Gast, der dann noch läuft, wird mit dem Host ausgeschaltet</translation>
    </message>
    <message>
        <location filename="../backend/vms/LibvirtGuestsPlanner.cpp" line="55"/>
        <source>waits for each without a time limit (SHUTDOWN_TIMEOUT=0): a guest that ignores the request holds up the host&apos;s shutdown</source>
        <translation>wartet auf jede ohne Zeitlimit (SHUTDOWN_TIMEOUT=0): Ein Gast, der die Aufforderung ignoriert, hält das Herunterfahren des Hosts auf</translation>
    </message>
    <message>
        <location filename="../backend/vms/LibvirtGuestsPlanner.cpp" line="58"/>
        <source>SHUTDOWN_TIMEOUT is not a whole number, so how long it waits is not known: set it</source>
        <translation>SHUTDOWN_TIMEOUT ist keine ganze Zahl, daher ist unbekannt, wie lange es wartet: Legen Sie den Wert fest</translation>
    </message>
    <message>
        <location filename="../backend/vms/LibvirtGuestsPlanner.cpp" line="59"/>
        <source>When the host stops, libvirt-guests asks each running VM&apos;s guest OS to shut down and %1. What a guest has not written to its disks by then is lost, and no VM keeps its state.</source>
        <translation>Beim Herunterfahren des Hosts fordert libvirt-guests das Gastbetriebssystem jeder laufenden VM zum Herunterfahren auf und %1. Was ein Gast bis dahin nicht auf seine Festplatten geschrieben hat, geht verloren, und keine VM behält ihren Zustand.</translation>
    </message>
    <message>
        <location filename="../backend/vms/LibvirtGuestsPlanner.cpp" line="112"/>
        <source>Save the state of the VMs on %1 when the host stops</source>
        <translation>Zustand der VMs auf %1 beim Herunterfahren des Hosts speichern</translation>
    </message>
    <message>
        <location filename="../backend/vms/LibvirtGuestsPlanner.cpp" line="113"/>
        <source>Shut the VMs on %1 down when the host stops</source>
        <translation>VMs auf %1 beim Herunterfahren des Hosts herunterfahren</translation>
    </message>
    <message>
        <location filename="../backend/vms/LibvirtGuestsPlanner.cpp" line="116"/>
        <source>%1 is a read-only capture: nothing can be changed there. Open the host itself.</source>
        <translation>%1 ist eine schreibgeschützte Erfassung: Dort kann nichts geändert werden. Öffnen Sie den Host selbst.</translation>
    </message>
    <message>
        <location filename="../backend/vms/LibvirtGuestsPlanner.cpp" line="121"/>
        <source>The libvirt-guests settings of %1 have not been read yet: refresh and try again.</source>
        <translation>Die libvirt-guests-Einstellungen von %1 wurden noch nicht gelesen: Aktualisieren Sie und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../backend/vms/LibvirtGuestsPlanner.cpp" line="126"/>
        <source>%1 has no libvirt-guests settings file (neither /etc/default/libvirt-guests nor /etc/sysconfig/libvirt-guests), and /etc/os-release does not say which distribution it is (ID &quot;%2&quot;), so where its libvirt-guests would read one is not known: create the file by hand where its libvirt-guests.sh sources it, then refresh.</source>
        <translation>%1 hat keine Einstellungsdatei für libvirt-guests (weder /etc/default/libvirt-guests noch /etc/sysconfig/libvirt-guests), und /etc/os-release sagt nicht, welche Distribution es ist (ID „%2“), daher ist unbekannt, wo sein libvirt-guests eine lesen würde: Legen Sie die Datei von Hand dort an, wo sein libvirt-guests.sh sie einliest, und aktualisieren Sie dann.</translation>
    </message>
    <message>
        <location filename="../backend/vms/LibvirtGuestsPlanner.cpp" line="135"/>
        <source>%1 on %2 has lines the console does not understand (they are listed with the host&apos;s problems), so what ON_SHUTDOWN ends up as is not certain: set it there by hand, or simplify those lines and refresh.</source>
        <translation>%1 auf %2 enthält Zeilen, die die Konsole nicht versteht (sie stehen bei den Problemen des Hosts), daher ist nicht sicher, welchen Wert ON_SHUTDOWN am Ende hat: Setzen Sie ihn dort von Hand, oder vereinfachen Sie diese Zeilen und aktualisieren Sie.</translation>
    </message>
    <message>
        <location filename="../backend/vms/LibvirtGuestsPlanner.cpp" line="142"/>
        <source>ON_SHUTDOWN=%1 in %2</source>
        <translation>ON_SHUTDOWN=%1 in %2</translation>
    </message>
    <message>
        <location filename="../backend/vms/LibvirtGuestsPlanner.cpp" line="143"/>
        <source>libvirt-guests&apos; default, as %1 does not set ON_SHUTDOWN</source>
        <translation>Vorgabe von libvirt-guests, da %1 ON_SHUTDOWN nicht setzt</translation>
    </message>
    <message>
        <location filename="../backend/vms/LibvirtGuestsPlanner.cpp" line="144"/>
        <source>no settings file</source>
        <translation>keine Einstellungsdatei</translation>
    </message>
    <message>
        <location filename="../backend/vms/LibvirtGuestsPlanner.cpp" line="145"/>
        <source>libvirt-guests on %1 already saves the state of the VMs when the host stops (%2): nothing to change.</source>
        <translation>libvirt-guests auf %1 speichert bereits den Zustand der VMs beim Herunterfahren des Hosts (%2): Es gibt nichts zu ändern.</translation>
    </message>
    <message>
        <location filename="../backend/vms/LibvirtGuestsPlanner.cpp" line="147"/>
        <source>libvirt-guests on %1 already shuts the VMs down when the host stops (%2): nothing to change.</source>
        <translation>libvirt-guests auf %1 fährt die VMs bereits beim Herunterfahren des Hosts herunter (%2): Es gibt nichts zu ändern.</translation>
    </message>
    <message>
        <location filename="../backend/vms/LibvirtGuestsPlanner.cpp" line="165"/>
        <source>The console could not work out an edit of %1 that changes only ON_SHUTDOWN: set ON_SHUTDOWN=%2 there by hand.</source>
        <translation>Die Konsole konnte keine Bearbeitung von %1 ermitteln, die nur ON_SHUTDOWN ändert: Setzen Sie ON_SHUTDOWN=%2 dort von Hand.</translation>
    </message>
    <message>
        <location filename="../backend/vms/LibvirtGuestsPlanner.cpp" line="172"/>
        <source>Check that %1 is as it was read (else stop here, changing nothing)</source>
        <translation>Prüfen, dass %1 noch so ist wie beim Lesen (andernfalls hier anhalten, ohne etwas zu ändern)</translation>
    </message>
    <message>
        <location filename="../backend/vms/LibvirtGuestsPlanner.cpp" line="176"/>
        <source>Check that %1 still does not exist (else stop here, changing nothing)</source>
        <translation>Prüfen, dass %1 weiterhin nicht existiert (andernfalls hier anhalten, ohne etwas zu ändern)</translation>
    </message>
    <message>
        <location filename="../backend/vms/LibvirtGuestsPlanner.cpp" line="180"/>
        <source>Write the new settings to %1</source>
        <translation>Die neuen Einstellungen in %1 schreiben</translation>
    </message>
    <message>
        <location filename="../backend/vms/LibvirtGuestsPlanner.cpp" line="183"/>
        <source>Give %1 the owner and group of %2</source>
        <translation>%1 denselben Eigentümer und dieselbe Gruppe wie %2 geben</translation>
    </message>
    <message>
        <location filename="../backend/vms/LibvirtGuestsPlanner.cpp" line="185"/>
        <source>Give %1 the permissions of %2</source>
        <translation>%1 dieselben Zugriffsrechte wie %2 geben</translation>
    </message>
    <message>
        <location filename="../backend/vms/LibvirtGuestsPlanner.cpp" line="188"/>
        <source>Make %1 readable by everyone, writable by root (0644)</source>
        <translation>%1 für alle lesbar und für root beschreibbar machen (0644)</translation>
    </message>
    <message>
        <location filename="../backend/vms/LibvirtGuestsPlanner.cpp" line="191"/>
        <source>Put %1 in place of %2 (one rename: the file is never half written)</source>
        <translation>%1 an die Stelle von %2 setzen (eine einzige Umbenennung: Die Datei ist nie halb geschrieben)</translation>
    </message>
    <message>
        <location filename="../backend/vms/LibvirtGuestsPlanner.cpp" line="196"/>
        <source>%1 does not exist: the plan creates it (on %2 libvirt-guests reads its settings there) holding only ON_SHUTDOWN=%3; the other settings keep libvirt-guests&apos; defaults.</source>
        <translation>%1 existiert nicht: Der Plan legt die Datei an (auf %2 liest libvirt-guests seine Einstellungen dort) und schreibt nur ON_SHUTDOWN=%3 hinein; die übrigen Einstellungen behalten die Vorgaben von libvirt-guests.</translation>
    </message>
    <message>
        <location filename="../backend/vms/LibvirtGuestsPlanner.cpp" line="201"/>
        <source>Line %1 of %2 becomes ON_SHUTDOWN=%3 (it sets %4 now); every other line stays exactly as it is.</source>
        <translation>Zeile %1 von %2 wird zu ON_SHUTDOWN=%3 (derzeit setzt sie %4); jede andere Zeile bleibt genau so, wie sie ist.</translation>
    </message>
    <message>
        <location filename="../backend/vms/LibvirtGuestsPlanner.cpp" line="206"/>
        <source>%1 gets the line ON_SHUTDOWN=%2 as line %3 (it does not set it now, so libvirt-guests&apos; default, suspend, applies); every other line stays exactly as it is.</source>
        <translation>%1 erhält die Zeile ON_SHUTDOWN=%2 als Zeile %3 (derzeit setzt es den Wert nicht, daher gilt die Vorgabe von libvirt-guests, suspend); jede andere Zeile bleibt genau so, wie sie ist.</translation>
    </message>
    <message>
        <location filename="../backend/vms/LibvirtGuestsPlanner.cpp" line="213"/>
        <source>libvirt-guests.service is not enabled on %1: until it is (systemctl enable --now libvirt-guests), this setting does nothing and the VMs go down with the host.</source>
        <translation>libvirt-guests.service ist auf %1 nicht aktiviert: Solange es das nicht ist (systemctl enable --now libvirt-guests), bewirkt diese Einstellung nichts, und die VMs gehen mit dem Host aus.</translation>
    </message>
    <message>
        <location filename="../backend/vms/LibvirtGuestsPlanner.cpp" line="218"/>
        <source>Whether libvirt-guests runs on %1 is not known (it has no /etc/systemd/system/multi-user.target.wants): make sure its init system runs libvirt-guests when the host stops.</source>
        <translation>Ob libvirt-guests auf %1 läuft, ist unbekannt (es hat kein /etc/systemd/system/multi-user.target.wants): Stellen Sie sicher, dass sein Init-System libvirt-guests beim Herunterfahren des Hosts ausführt.</translation>
    </message>
    <message>
        <location filename="../backend/vms/LibvirtGuestsPlanner.cpp" line="223"/>
        <source>%1 exists too, but libvirt-guests on %2 reads %3: the plan leaves %1 alone.</source>
        <translation>%1 existiert ebenfalls, aber libvirt-guests auf %2 liest %3: Der Plan lässt %1 unverändert.</translation>
    </message>
    <message>
        <location filename="../backend/vms/LibvirtGuestsPlanner.cpp" line="246"/>
        <source>libvirt-guests ON_SHUTDOWN=%1 in %2</source>
        <translation>libvirt-guests ON_SHUTDOWN=%1 in %2</translation>
    </message>
    <message>
        <location filename="../backend/vms/LibvirtGuestsPlanner.cpp" line="247"/>
        <source>libvirt-guests&apos; default, ON_SHUTDOWN=suspend</source>
        <translation>Vorgabe von libvirt-guests, ON_SHUTDOWN=suspend</translation>
    </message>
    <message>
        <location filename="../backend/vms/LibvirtGuestsPlanner.cpp" line="255"/>
        <source>%1 is set to save its state when the host stops, but libvirt-guests.service is not enabled on %2, so nothing saves it: enable it (systemctl enable --now libvirt-guests), or turn off Save State When the Host Stops for %1.</source>
        <translation>%1 soll ihren Zustand beim Herunterfahren des Hosts speichern, aber libvirt-guests.service ist auf %2 nicht aktiviert, daher speichert ihn nichts: Aktivieren Sie es (systemctl enable --now libvirt-guests) oder schalten Sie „Zustand beim Herunterfahren des Hosts speichern“ für %1 aus.</translation>
    </message>
    <message>
        <location filename="../backend/vms/LibvirtGuestsPlanner.cpp" line="260"/>
        <source>%1 is set to save its state when the host stops, but libvirt-guests on %2 only handles the VMs of URIS=&quot;%3&quot;, not those of %4: add %4 to URIS in %5, or turn off Save State When the Host Stops for %1.</source>
        <translation>%1 soll ihren Zustand beim Herunterfahren des Hosts speichern, aber libvirt-guests auf %2 behandelt nur die VMs von URIS=&quot;%3&quot;, nicht die von %4: Fügen Sie %4 zu URIS in %5 hinzu oder schalten Sie „Zustand beim Herunterfahren des Hosts speichern“ für %1 aus.</translation>
    </message>
    <message>
        <location filename="../backend/vms/LibvirtGuestsPlanner.cpp" line="263"/>
        <source>its settings</source>
        <translation>seine Einstellungen</translation>
    </message>
    <message>
        <location filename="../backend/vms/LibvirtGuestsPlanner.cpp" line="265"/>
        <source>%1 is set to save its state when the host stops, but %2 shuts every VM down (%3): turn on Save VM States When the Host Stops for the host (every VM&apos;s state is then saved), or turn off Save State When the Host Stops for %1.</source>
        <translation>%1 soll ihren Zustand beim Herunterfahren des Hosts speichern, aber %2 fährt jede VM herunter (%3): Schalten Sie für den Host „VM-Zustände beim Herunterfahren des Hosts speichern“ ein (dann wird der Zustand jeder VM gespeichert) oder schalten Sie „Zustand beim Herunterfahren des Hosts speichern“ für %1 aus.</translation>
    </message>
    <message>
        <location filename="../backend/vms/LibvirtGuestsPlanner.cpp" line="270"/>
        <source>%1 is set to be shut down when the host stops, but %2 saves the state of every running VM (%3), and libvirt-guests has no setting per VM: turn off Save VM States When the Host Stops for the host (every VM is then shut down), or turn on Save State When the Host Stops for %1.</source>
        <translation>%1 soll beim Herunterfahren des Hosts heruntergefahren werden, aber %2 speichert den Zustand jeder laufenden VM (%3), und libvirt-guests hat keine Einstellung pro VM: Schalten Sie für den Host „VM-Zustände beim Herunterfahren des Hosts speichern“ aus (dann wird jede VM heruntergefahren) oder schalten Sie „Zustand beim Herunterfahren des Hosts speichern“ für %1 ein.</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmPlanner.cpp" line="33"/>
        <source>The VM name &quot;%1&quot; holds a control character: rename it with virsh domrename first.</source>
        <translation>Der VM-Name „%1“ enthält ein Steuerzeichen: Benennen Sie die VM zuerst mit virsh domrename um.</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmPlanner.cpp" line="42"/>
        <source>%1 is no longer on %2 (it was removed or renamed): refresh and choose again.</source>
        <translation>%1 ist nicht mehr auf %2 vorhanden (entfernt oder umbenannt): Aktualisieren Sie und wählen Sie erneut.</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmPlanner.cpp" line="120"/>
        <source>Set the CPU of %1: weight %2, reserve %3 %, maximum %4 %</source>
        <translation>CPU von %1 festlegen: Gewichtung %2, Reservierung %3 %, Maximum %4 %</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmPlanner.cpp" line="133"/>
        <source>The CPU settings of %1 are not known yet (its schedinfo was not read), and every VM&apos;s shares depend on them: refresh, and if it stays so, see the problem shown for %1.</source>
        <translation>Die CPU-Einstellungen von %1 sind noch unbekannt (ihre schedinfo wurde nicht gelesen), und die Anteile jeder VM hängen davon ab: Aktualisieren Sie, und wenn es so bleibt, sehen Sie sich das für %1 angezeigte Problem an.</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmPlanner.cpp" line="149"/>
        <source>The CPU settings of %1 are not known yet (its schedinfo was not read): refresh and try again.</source>
        <translation>Die CPU-Einstellungen von %1 sind noch unbekannt (ihre schedinfo wurde nicht gelesen): Aktualisieren Sie und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmPlanner.cpp" line="175"/>
        <source>%1: record weight %2 and reservation %3 % with the VM</source>
        <translation>%1: Gewichtung %2 und Reservierung %3 % bei der VM vermerken</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmPlanner.cpp" line="184"/>
        <source>cpu_shares %1 → %2</source>
        <translation>cpu_shares %1 → %2</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmPlanner.cpp" line="189"/>
        <source>no cap</source>
        <translation>keine Obergrenze</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmPlanner.cpp" line="190"/>
        <source>cap at %1 % of one CPU per vCPU</source>
        <translation>Obergrenze %1 % einer CPU je vCPU</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmPlanner.cpp" line="197"/>
        <source>%1 already has these settings: nothing to change.</source>
        <translation>%1 hat diese Einstellungen bereits: Es gibt nichts zu ändern.</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmPlanner.cpp" line="204"/>
        <source>Guaranteed: under full contention %1 gets %2 % of one CPU (%3 % of the system), at least its reservation of %4 %; the reservations leave %5 % of one CPU unreserved on this host.</source>
        <translation>Garantiert: Bei voller CPU-Konkurrenz erhält %1 %2 % einer CPU (%3 % des Systems), mindestens ihre Reservierung von %4 %; die Reservierungen lassen auf diesem Host %5 % einer CPU unreserviert.</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmPlanner.cpp" line="219"/>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmPlanner.cpp" line="220"/>
        <source>Shut Down</source>
        <translation>Herunterfahren</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmPlanner.cpp" line="221"/>
        <source>Turn Off</source>
        <translation>Ausschalten</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmPlanner.cpp" line="222"/>
        <source>Save State</source>
        <translation>Zustand speichern</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmPlanner.cpp" line="223"/>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmPlanner.cpp" line="224"/>
        <source>Pause</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmPlanner.cpp" line="225"/>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmPlanner.cpp" line="259"/>
        <source>%1 is %2: %3 does not apply now.</source>
        <translation>%1 ist %2: „%3“ ist jetzt nicht möglich.</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmPlanner.cpp" line="265"/>
        <source>Restore %1 from its saved state</source>
        <translation>%1 aus dem gespeicherten Zustand wiederherstellen</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmCreate.cpp" line="56"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmCreate.cpp" line="58"/>
        <source>the plain disk %1, on no mirror</source>
        <translation>der einfachen Festplatte %1, in keinem Spiegel</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmCreate.cpp" line="59"/>
        <source>no mirror the console knows</source>
        <translation>keinem Spiegel, den die Konsole kennt</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmCreate.cpp" line="69"/>
        <source>Choose the directory for the image (an absolute path on the host).</source>
        <translation>Wählen Sie das Verzeichnis für das Image (ein absoluter Pfad auf dem Host).</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmCreate.cpp" line="71"/>
        <source>The free space in %1 was not read: choose the place again.</source>
        <translation>Der freie Speicherplatz in %1 wurde nicht gelesen: Wählen Sie den Ort erneut.</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmCreate.cpp" line="73"/>
        <source>%1 cannot hold the image: %2.</source>
        <translation>%1 kann das Image nicht aufnehmen: %2.</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmCreate.cpp" line="77"/>
        <source>The image needs %1 GiB and %2 has %3 GiB free: choose a smaller disk or another place.</source>
        <translation>Das Image braucht %1 GiB, und %2 hat %3 GiB frei: Wählen Sie eine kleinere Festplatte oder einen anderen Ort.</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmCreate.cpp" line="81"/>
        <source>%1 has %2 GiB free, less than the %3 GiB the image may grow to: the VM stops when the file system fills.</source>
        <translation>%1 hat %2 GiB frei, weniger als die %3 GiB, auf die das Image wachsen kann: Die VM stoppt, wenn das Dateisystem voll ist.</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmCreate.cpp" line="85"/>
        <source>%1 is on %2: the guide runs VMs only from Duplex mirrored disks, so a disk failure there stops the VM. Choose a place on a Duplex mirror, or make this one Duplex first.</source>
        <translation>%1 liegt auf %2: Laut Anleitung laufen VMs nur von gespiegelten Festplatten im Zustand Duplex, daher stoppt ein Festplattenausfall dort die VM. Wählen Sie einen Ort auf einem Duplex-Spiegel oder bringen Sie diesen zuerst in den Zustand Duplex.</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmCreate.cpp" line="92"/>
        <source>%1 already exists: choose another name or place; the console never overwrites an image.</source>
        <translation>%1 existiert bereits: Wählen Sie einen anderen Namen oder Ort; die Konsole überschreibt nie ein Image.</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmCreate.cpp" line="96"/>
        <source>Whether %1 exists could not be checked (%2): try again.</source>
        <translation>Ob %1 existiert, konnte nicht geprüft werden (%2): Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmCreate.cpp" line="97"/>
        <location filename="../backend/vms/VmCreate.cpp" line="435"/>
        <location filename="../backend/vms/VmEdit.cpp" line="174"/>
        <source>not asked</source>
        <translation>nicht abgefragt</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmCreate.cpp" line="103"/>
        <source>Check that %1 is not there yet</source>
        <translation>Prüfen, dass %1 noch nicht existiert</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmCreate.cpp" line="107"/>
        <source>Create the dynamically expanding image %1 (%2 GiB)</source>
        <translation>Dynamisch wachsendes Image %1 erstellen (%2 GiB)</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmCreate.cpp" line="109"/>
        <source>Create the fixed-size image %1 (%2 GiB, fully allocated)</source>
        <translation>Image fester Größe %1 erstellen (%2 GiB, vollständig vorbelegt)</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmCreate.cpp" line="146"/>
        <source>The VM needs a name: type one, e.g. DC1.</source>
        <translation>Die VM braucht einen Namen: Geben Sie einen ein, z. B. DC1.</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmCreate.cpp" line="148"/>
        <source>The name &quot;%1&quot; begins or ends with a space: remove it.</source>
        <translation>Der Name „%1“ beginnt oder endet mit einem Leerzeichen: Entfernen Sie es.</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmCreate.cpp" line="151"/>
        <source>The name holds a control character or line break: use letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;.</source>
        <translation>Der Name enthält ein Steuerzeichen oder einen Zeilenumbruch: Verwenden Sie Buchstaben, Ziffern, &apos;-&apos;, &apos;_&apos; und &apos;.&apos;.</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmCreate.cpp" line="153"/>
        <source>The name &quot;%1&quot; holds a &apos;/&apos;, which libvirt refuses in a domain name: use &apos;-&apos; instead.</source>
        <translation>Der Name „%1“ enthält ein &apos;/&apos;, das libvirt in einem Domänennamen ablehnt: Verwenden Sie stattdessen &apos;-&apos;.</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmCreate.cpp" line="156"/>
        <source>The name is %1 characters long: use at most 64 (the image file is named after it).</source>
        <translation>Der Name ist %1 Zeichen lang: Verwenden Sie höchstens 64 (die Image-Datei wird danach benannt).</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmCreate.cpp" line="159"/>
        <source>The name &quot;%1&quot; is only digits, which virsh takes for a domain id: add a letter.</source>
        <translation>Der Name „%1“ besteht nur aus Ziffern, was virsh für eine Domänen-ID hält: Fügen Sie einen Buchstaben hinzu.</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmCreate.cpp" line="161"/>
        <source>The name &quot;%1&quot; looks like a UUID, which virsh takes for one: choose another.</source>
        <translation>Der Name „%1“ sieht wie eine UUID aus, und virsh hält ihn dafür: Wählen Sie einen anderen.</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmCreate.cpp" line="164"/>
        <source>%1 already has a VM named %2: choose another name.</source>
        <translation>%1 hat bereits eine VM namens %2: Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmCreate.cpp" line="166"/>
        <source>%1 has a VM named %2, which differs from &quot;%3&quot; only in case: choose a name that differs in more than that.</source>
        <translation>%1 hat eine VM namens %2, die sich von „%3“ nur in der Groß-/Kleinschreibung unterscheidet: Wählen Sie einen Namen, der sich stärker unterscheidet.</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmCreate.cpp" line="303"/>
        <source>Create the VM %1</source>
        <translation>VM %1 erstellen</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmCreate.cpp" line="308"/>
        <source>The host&apos;s free space and paths could not be read (%1): nothing can be checked, so nothing is planned. Try again when the host answers.</source>
        <translation>Freier Speicherplatz und Pfade des Hosts konnten nicht gelesen werden (%1): Nichts kann geprüft werden, daher wird nichts geplant. Versuchen Sie es erneut, wenn der Host antwortet.</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmCreate.cpp" line="317"/>
        <location filename="../backend/vms/VmEdit.cpp" line="55"/>
        <source>%1 MiB of memory is too little for any guest: give it at least 64 MiB.</source>
        <translation>%1 MiB Arbeitsspeicher sind für jeden Gast zu wenig: Geben Sie mindestens 64 MiB.</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmCreate.cpp" line="320"/>
        <source>The host&apos;s memory is not known yet: refresh and try again.</source>
        <translation>Der Arbeitsspeicher des Hosts ist noch unbekannt: Aktualisieren Sie und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmCreate.cpp" line="322"/>
        <source>%1 MiB is more memory than the host can give: it has %2 MiB, keeps %3 MiB for itself, and the running and autostart VMs (%4) are given %5 MiB, which leaves %6 MiB. A VM given more than that will not start: lower its memory, or lower another VM&apos;s.</source>
        <translation>%1 MiB sind mehr Arbeitsspeicher, als der Host vergeben kann: Er hat %2 MiB, hält %3 MiB für sich selbst frei, und die laufenden und automatisch startenden VMs (%4) erhalten %5 MiB, sodass %6 MiB bleiben. Eine VM, die mehr erhält, startet nicht: Verringern Sie ihren Arbeitsspeicher oder den einer anderen VM.</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmCreate.cpp" line="333"/>
        <location filename="../backend/vms/VmEdit.cpp" line="106"/>
        <source>A VM needs at least one virtual CPU.</source>
        <translation>Eine VM braucht mindestens eine virtuelle CPU.</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmCreate.cpp" line="335"/>
        <location filename="../backend/vms/VmEdit.cpp" line="108"/>
        <source>%1 virtual CPUs are more than the host&apos;s %2 CPUs: give it at most %2.</source>
        <translation>%1 virtuelle CPUs sind mehr als die %2 CPUs des Hosts: Geben Sie ihr höchstens %2.</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmCreate.cpp" line="349"/>
        <source>Give the existing image as an absolute path on the host, e.g. /var/lib/libvirt/images/DC1.img.</source>
        <translation>Geben Sie das vorhandene Image als absoluten Pfad auf dem Host an, z. B. /var/lib/libvirt/images/DC1.img.</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmCreate.cpp" line="352"/>
        <location filename="../backend/vms/VmCreate.cpp" line="434"/>
        <location filename="../backend/vms/VmEdit.cpp" line="174"/>
        <source>%1 could not be looked at (%2).</source>
        <translation>%1 konnte nicht untersucht werden (%2).</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmCreate.cpp" line="354"/>
        <source>%1 does not exist on %2: check the path.</source>
        <translation>%1 existiert auf %2 nicht: Prüfen Sie den Pfad.</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmCreate.cpp" line="356"/>
        <source>%1 is a %2, not an image file.</source>
        <translation>%1 ist keine Image-Datei, sondern vom Typ „%2“.</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmCreate.cpp" line="358"/>
        <source>qemu-img could not read %1 (%2).</source>
        <translation>qemu-img konnte %1 nicht lesen (%2).</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmCreate.cpp" line="372"/>
        <source>%1 is a %2 image: it is converted into the fully allocated raw image %3 (the original stays as it is).</source>
        <translation>%1 ist ein %2-Image: Es wird in das vollständig vorbelegte raw-Image %3 umgewandelt (das Original bleibt unverändert).</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmCreate.cpp" line="375"/>
        <source>%1 is sparse (%2 GiB of %3 GiB allocated): it is copied into the fully allocated image %4 (the original stays as it is).</source>
        <translation>%1 ist nur teilweise belegt (%2 GiB von %3 GiB belegt): Es wird in das vollständig vorbelegte Image %4 kopiert (das Original bleibt unverändert).</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmCreate.cpp" line="378"/>
        <source>%1 is on %2, not on a Duplex mirror: it is copied into %3 (the original stays as it is).</source>
        <translation>%1 liegt auf %2, nicht auf einem Duplex-Spiegel: Es wird nach %3 kopiert (das Original bleibt unverändert).</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmCreate.cpp" line="390"/>
        <location filename="../backend/vms/VmEdit.cpp" line="320"/>
        <source>The virtual hard disk needs at least 1 GiB.</source>
        <translation>Die virtuelle Festplatte der VM braucht mindestens 1 GiB.</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmCreate.cpp" line="395"/>
        <source>A dynamically expanding image grows as the guest writes: the guide says it is not for production VMs (slower, and it can fill the disk under a running VM).</source>
        <translation>Ein dynamisch wachsendes Image wächst, während der Gast schreibt: Laut Anleitung ist es nicht für produktive VMs geeignet (langsamer, und es kann die Festplatte unter einer laufenden VM volllaufen lassen).</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmCreate.cpp" line="404"/>
        <source>%1 has no bridge named &quot;%2&quot;: build a team and its bridge first (Network ▸ New Team), or choose a libvirt network.</source>
        <translation>%1 hat keine Bridge namens „%2“: Bilden Sie zuerst ein Team und seine Bridge (Netzwerk ▸ Neues Team) oder wählen Sie ein libvirt-Netzwerk.</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmCreate.cpp" line="414"/>
        <source>The bridge %1 carries no team: a failed adapter cuts the VM off.</source>
        <translation>Die Bridge %1 enthält kein Team: Ein ausgefallener Adapter schneidet die VM ab.</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmCreate.cpp" line="419"/>
        <location filename="../backend/vms/VmEdit.cpp" line="217"/>
        <source>The libvirt networks could not be listed (%1).</source>
        <translation>Die libvirt-Netzwerke konnten nicht aufgelistet werden (%1).</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmCreate.cpp" line="421"/>
        <source>libvirt on %1 has no network named &quot;%2&quot; (it has: %3).</source>
        <translation>libvirt auf %1 hat kein Netzwerk namens „%2“ (vorhanden: %3).</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmCreate.cpp" line="425"/>
        <source>The VM gets no network adapter.</source>
        <translation>Die VM erhält keinen Netzwerkadapter.</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmCreate.cpp" line="432"/>
        <location filename="../backend/vms/VmEdit.cpp" line="172"/>
        <source>Give the ISO as an absolute path on the host.</source>
        <translation>Geben Sie die ISO als absoluten Pfad auf dem Host an.</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmCreate.cpp" line="437"/>
        <location filename="../backend/vms/VmEdit.cpp" line="176"/>
        <source>The ISO %1 does not exist on %2: copy it there first, or correct the path.</source>
        <translation>Die ISO %1 existiert auf %2 nicht: Kopieren Sie sie zuerst dorthin oder korrigieren Sie den Pfad.</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmCreate.cpp" line="440"/>
        <location filename="../backend/vms/VmEdit.cpp" line="178"/>
        <source>%1 is a %2, not an ISO file.</source>
        <translation>%1 ist keine ISO-Datei, sondern vom Typ „%2“.</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmCreate.cpp" line="458"/>
        <source>The other VMs&apos; CPU shares are left as they are: %1</source>
        <translation>Die CPU-Anteile der anderen VMs bleiben, wie sie sind: %1</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmCreate.cpp" line="470"/>
        <source>Define %1 with libvirt (the domain XML below)</source>
        <translation>%1 bei libvirt definieren (die Domänen-XML unten)</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmCreate.cpp" line="477"/>
        <source>Copy %1 into the fully allocated raw image %2</source>
        <translation>%1 in das vollständig vorbelegte raw-Image %2 kopieren</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmCreate.cpp" line="499"/>
        <location filename="../backend/vms/VmPlanner.cpp" line="266"/>
        <source>Start %1</source>
        <translation>%1 starten</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmPlanner.cpp" line="270"/>
        <source>Ask the guest OS of %1 to shut down</source>
        <translation>Das Gastbetriebssystem von %1 zum Herunterfahren auffordern</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmPlanner.cpp" line="272"/>
        <source>The guest decides: a guest without ACPI support keeps running.</source>
        <translation>Der Gast entscheidet: Ein Gast ohne ACPI-Unterstützung läuft weiter.</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmPlanner.cpp" line="275"/>
        <source>Turn off %1 at once</source>
        <translation>%1 sofort ausschalten</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmPlanner.cpp" line="276"/>
        <source>Like pulling the plug: what the guest has not written to its disks is lost.</source>
        <translation>Wie das Ziehen des Netzsteckers: Was der Gast noch nicht auf seine Festplatten geschrieben hat, geht verloren.</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmPlanner.cpp" line="279"/>
        <source>Save the state of %1 and stop it</source>
        <translation>Zustand von %1 speichern und die VM stoppen</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmPlanner.cpp" line="283"/>
        <source>Reset %1</source>
        <translation>%1 zurücksetzen</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmPlanner.cpp" line="284"/>
        <source>Like the reset button: the guest restarts without shutting down.</source>
        <translation>Wie der Reset-Knopf: Der Gast startet neu, ohne herunterzufahren.</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmPlanner.cpp" line="287"/>
        <source>Pause %1</source>
        <translation>%1 anhalten</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmPlanner.cpp" line="290"/>
        <source>Resume %1</source>
        <translation>%1 fortsetzen</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmCreate.cpp" line="492"/>
        <location filename="../backend/vms/VmPlanner.cpp" line="299"/>
        <source>Start %1 with the host</source>
        <translation>%1 mit dem Host starten</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmPlanner.cpp" line="300"/>
        <source>Do not start %1 with the host</source>
        <translation>%1 nicht mit dem Host starten</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmPlanner.cpp" line="314"/>
        <source>Save the state of %1 when the host stops</source>
        <translation>Zustand von %1 beim Herunterfahren des Hosts speichern</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmPlanner.cpp" line="315"/>
        <source>Shut %1 down when the host stops</source>
        <translation>%1 beim Herunterfahren des Hosts herunterfahren</translation>
    </message>
    <message>
        <location filename="../backend/plan/OperationJournal.cpp" line="32"/>
        <source>cannot create %1</source>
        <translation>%1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <location filename="../backend/plan/OperationJournal.cpp" line="39"/>
        <location filename="../backend/plan/OperationJournal.cpp" line="48"/>
        <location filename="../backend/vms/ResourcePlan.cpp" line="234"/>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../backend/plan/OperationJournal.cpp" line="62"/>
        <location filename="../backend/vms/ResourcePlan.cpp" line="213"/>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../backend/plan/OperationReport.cpp" line="41"/>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <location filename="../backend/plan/OperationReport.cpp" line="41"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location filename="../backend/plan/OperationReport.cpp" line="41"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../backend/plan/OperationReport.cpp" line="54"/>
        <source>not run</source>
        <translation>nicht ausgeführt</translation>
    </message>
    <message>
        <location filename="../backend/plan/OperationReport.cpp" line="57"/>
        <source>exit %1</source>
        <translation>Exit-Code %1</translation>
    </message>
    <message>
        <location filename="../backend/plan/OperationReport.cpp" line="127"/>
        <source>%1
  host: %2 (as %3)
  started: %4, took %5 ms
  result: %6
</source>
        <translation>%1
  Host: %2 (als %3)
  begonnen: %4, Dauer %5 ms
  Ergebnis: %6
</translation>
    </message>
    <message>
        <location filename="../backend/plan/OperationReport.cpp" line="136"/>
        <location filename="../backend/plan/OperationReport.cpp" line="157"/>
        <source>, started %1, %2 ms</source>
        <translation>, begonnen %1, %2 ms</translation>
    </message>
    <message>
        <location filename="../backend/plan/OperationReport.cpp" line="146"/>
        <source>&lt;section&gt;&lt;h2&gt;%1&lt;/h2&gt;&lt;p&gt;%2 as %3 &amp;middot; %4 &amp;middot; %5 ms &amp;middot; &lt;b&gt;%6&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;section&gt;&lt;h2&gt;%1&lt;/h2&gt;&lt;p&gt;%2 als %3 &amp;middot; %4 &amp;middot; %5 ms &amp;middot; &lt;b&gt;%6&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../backend/vms/ResourcePlan.cpp" line="81"/>
        <source>Memory: the VMs need %1 MiB, the host can give %2 MiB (%3 MiB less %4 MiB it keeps): %5 MiB short. Add memory to the host or lower the allocations.</source>
        <translation>Arbeitsspeicher: Die VMs brauchen %1 MiB, der Host kann %2 MiB vergeben (%3 MiB abzüglich %4 MiB, die er freihält): Es fehlen %5 MiB. Rüsten Sie den Host mit Arbeitsspeicher auf oder verringern Sie die Zuweisungen.</translation>
    </message>
    <message>
        <location filename="../backend/vms/ResourcePlan.cpp" line="89"/>
        <source>CPU: the VMs need %1 GHz, the host has %2 GHz (%3 × %4 GHz). Choose a faster host or fewer VMs.</source>
        <translation>CPU: Die VMs brauchen %1 GHz, der Host hat %2 GHz (%3 × %4 GHz). Wählen Sie einen schnelleren Host oder weniger VMs.</translation>
    </message>
    <message>
        <location filename="../backend/vms/ResourcePlan.cpp" line="95"/>
        <source>Disk: the VMs need %1 GiB, the host&apos;s mirrors hold %2 GiB. Add mirrored disks.</source>
        <translation>Festplatte: Die VMs brauchen %1 GiB, die Spiegel des Hosts fassen %2 GiB. Fügen Sie gespiegelte Festplatten hinzu.</translation>
    </message>
    <message>
        <location filename="../backend/vms/ResourcePlan.cpp" line="99"/>
        <source>Disk: the VMs need %1 GiB, %2 GiB are free on the Duplex mirrors where images go. Free space or add mirrored disks.</source>
        <translation>Festplatte: Die VMs brauchen %1 GiB, auf den Duplex-Spiegeln für die Images sind %2 GiB frei. Schaffen Sie Platz oder fügen Sie gespiegelte Festplatten hinzu.</translation>
    </message>
    <message>
        <location filename="../backend/vms/ResourcePlan.cpp" line="148"/>
        <source>not a resource plan (format 1)</source>
        <translation>kein Ressourcenplan (Format 1)</translation>
    </message>
    <message>
        <location filename="../backend/vms/ResourcePlan.cpp" line="183"/>
        <source>server %1: &quot;%2&quot; is not a number from %3 to %4</source>
        <translation>Server %1: „%2“ ist keine Zahl von %3 bis %4</translation>
    </message>
    <message>
        <location filename="../backend/vms/ResourcePlan.cpp" line="221"/>
        <source>%1 is not a resource plan the console can read (%2): move it away to start a new one.</source>
        <translation>%1 ist kein Ressourcenplan, den die Konsole lesen kann (%2): Verschieben Sie die Datei, um einen neuen zu beginnen.</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmEdit.cpp" line="23"/>
        <source>The definition of %1 could not be read (%2): refresh and try again.</source>
        <translation>Die Definition von %1 konnte nicht gelesen werden (%2): Aktualisieren Sie und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmEdit.cpp" line="24"/>
        <source>not read</source>
        <translation>nicht gelesen</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmEdit.cpp" line="37"/>
        <source>%1 runs: the change is made to its definition and takes effect when it is next started (shut it down and start it; a reboot inside the guest is not enough).</source>
        <translation>%1 läuft: Die Änderung erfolgt in ihrer Definition und wird beim nächsten Start wirksam (fahren Sie sie herunter und starten Sie sie; ein Neustart im Gast genügt nicht).</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmEdit.cpp" line="49"/>
        <source>Give %1 %2 MiB of memory</source>
        <translation>%1 %2 MiB Arbeitsspeicher zuweisen</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmEdit.cpp" line="57"/>
        <source>%1 already has %2 MiB: nothing to change.</source>
        <translation>%1 hat bereits %2 MiB: Es gibt nichts zu ändern.</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmEdit.cpp" line="64"/>
        <source>%1 MiB is more than the host can give %2: it has %3 MiB, keeps %4 MiB for itself, and the other running and autostart VMs are given %5 MiB, which leaves %6 MiB.</source>
        <translation>%1 MiB sind mehr, als der Host %2 geben kann: Er hat %3 MiB, hält %4 MiB für sich selbst frei, und die anderen laufenden und automatisch startenden VMs erhalten %5 MiB, sodass %6 MiB bleiben.</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmEdit.cpp" line="76"/>
        <source>%1: at most %2 MiB</source>
        <translation>%1: höchstens %2 MiB</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmEdit.cpp" line="78"/>
        <source>%1: %2 MiB at boot</source>
        <translation>%1: %2 MiB beim Start</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmEdit.cpp" line="84"/>
        <source>%1: %2 MiB now (its memory balloon)</source>
        <translation>%1: jetzt %2 MiB (über ihren Speicher-Balloon)</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmEdit.cpp" line="86"/>
        <source>%1 runs: its balloon gives it %2 MiB now, if its guest has the balloon driver (virtio_balloon); it keeps room for %3 MiB until it restarts.</source>
        <translation>%1 läuft: Ihr Balloon gibt ihr jetzt %2 MiB, sofern ihr Gastsystem den Balloon-Treiber (virtio_balloon) hat; bis zum Neustart behält sie Platz für %3 MiB.</translation>
    </message>
    <message numerus="yes">
        <location filename="../backend/vms/VmEdit.cpp" line="100"/>
        <source>Give %1 %n virtual CPU(s)</source>
        <translation>
            <numerusform>%1 %n virtuelle CPU zuweisen</numerusform>
            <numerusform>%1 %n virtuelle CPUs zuweisen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../backend/vms/VmEdit.cpp" line="112"/>
        <source>%1 already has %2 virtual CPUs: nothing to change.</source>
        <translation>%1 hat bereits %2 virtuelle CPUs: Es gibt nichts zu ändern.</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmEdit.cpp" line="117"/>
        <source>%1: at most %2 virtual CPUs</source>
        <translation>%1: höchstens %2 virtuelle CPUs</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmEdit.cpp" line="119"/>
        <source>%1: %2 virtual CPUs at boot</source>
        <translation>%1: %2 virtuelle CPUs beim Start</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmEdit.cpp" line="129"/>
        <source>%1: %2 virtual CPUs now (plugged in)</source>
        <translation>%1: jetzt %2 virtuelle CPUs (im laufenden Betrieb hinzugefügt)</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmEdit.cpp" line="131"/>
        <source>%1 runs: the new virtual CPUs are plugged in now; its operating system brings them online (Linux guests do by themselves).</source>
        <translation>%1 läuft: Die neuen virtuellen CPUs werden jetzt hinzugefügt; ihr Betriebssystem nimmt sie in Betrieb (Linux-Gäste tun das selbstständig).</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmEdit.cpp" line="144"/>
        <source>Eject the CD/DVD of %1</source>
        <translation>CD/DVD von %1 auswerfen</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmEdit.cpp" line="145"/>
        <source>Insert %1 into the CD/DVD drive of %2</source>
        <translation>%1 in das CD/DVD-Laufwerk von %2 einlegen</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmEdit.cpp" line="155"/>
        <source>%1 has no CD/DVD drive: shut it down and add one with virt-manager or virsh attach-disk --type cdrom.</source>
        <translation>%1 hat kein CD/DVD-Laufwerk: Fahren Sie sie herunter und fügen Sie eines mit virt-manager oder virsh attach-disk --type cdrom hinzu.</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmEdit.cpp" line="164"/>
        <source>The CD/DVD drive of %1 is empty: nothing to eject.</source>
        <translation>Das CD/DVD-Laufwerk von %1 ist leer: Es gibt nichts auszuwerfen.</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmEdit.cpp" line="166"/>
        <source>Eject %1 from %2</source>
        <translation>%1 aus %2 auswerfen</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmEdit.cpp" line="180"/>
        <source>%1 is already in the drive of %2.</source>
        <translation>%1 liegt bereits im Laufwerk von %2.</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmEdit.cpp" line="184"/>
        <source>Insert %1 into %2 of %3</source>
        <translation>%1 in %2 von %3 einlegen</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmEdit.cpp" line="195"/>
        <source>Connect %1 of %2 to the bridge %3</source>
        <translation>%1 von %2 mit der Bridge %3 verbinden</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmEdit.cpp" line="196"/>
        <source>Connect %1 of %2 to the network %3</source>
        <translation>%1 von %2 mit dem Netzwerk %3 verbinden</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmEdit.cpp" line="205"/>
        <source>%1 has no network adapter with the MAC address %2 (it was removed?): refresh and choose again.</source>
        <translation>%1 hat keinen Netzwerkadapter mit der MAC-Adresse %2 (wurde er entfernt?): Aktualisieren Sie und wählen Sie erneut.</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmEdit.cpp" line="215"/>
        <source>%1 has no bridge named &quot;%2&quot;: build a team and its bridge first.</source>
        <translation>%1 hat keine Bridge namens „%2“: Bilden Sie zuerst ein Team und seine Bridge.</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmEdit.cpp" line="219"/>
        <source>libvirt on %1 has no network named &quot;%2&quot;.</source>
        <translation>libvirt auf %1 hat kein Netzwerk namens „%2“.</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmEdit.cpp" line="224"/>
        <source>%1 is already connected there.</source>
        <translation>%1 ist bereits dort angeschlossen.</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmEdit.cpp" line="247"/>
        <source>%1 runs: its adapter moves at once; connections through the old one are cut until the guest&apos;s network picks up the new one.</source>
        <translation>%1 läuft: Ihr Adapter wird sofort umgeschaltet; Verbindungen über den bisherigen Anschluss brechen ab, bis das Netzwerk des Gasts den neuen übernimmt.</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmEdit.cpp" line="269"/>
        <source>Connect %1 to the bridge %2</source>
        <translation>%1 mit der Bridge %2 verbinden</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmEdit.cpp" line="284"/>
        <source>Every NIC of %1 is on %2 already: nothing to move.</source>
        <translation>Jede Netzwerkkarte von %1 ist bereits an %2: nichts zu verschieben.</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmEdit.cpp" line="307"/>
        <source>Add a %1 GiB fixed-size disk to %2</source>
        <translation>%2 eine Festplatte fester Größe mit %1 GiB hinzufügen</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmEdit.cpp" line="312"/>
        <source>%1 has no free virtio disk name left (vda to vdz).</source>
        <translation>%1 hat keinen freien virtio-Festplattennamen mehr (vda bis vdz).</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmEdit.cpp" line="325"/>
        <source>Attach %1 to %2 as %3</source>
        <translation>%1 als %3 an %2 anhängen</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmEdit.cpp" line="335"/>
        <source>Rename %1 to %2</source>
        <translation>%1 in %2 umbenennen</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmEdit.cpp" line="340"/>
        <source>%1 is %2: libvirt renames only a shut-off VM. Shut it down first.</source>
        <translation>%1 ist %2: libvirt benennt nur eine ausgeschaltete VM um. Fahren Sie sie zuerst herunter.</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmEdit.cpp" line="346"/>
        <source>The image files keep their names; only the VM is renamed.</source>
        <translation>Die Image-Dateien behalten ihre Namen; nur die VM wird umbenannt.</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmEdit.cpp" line="353"/>
        <source>Delete %1 and its disk images</source>
        <translation>%1 und ihre Festplatten-Images löschen</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmEdit.cpp" line="354"/>
        <source>Delete %1 (its disk images stay)</source>
        <translation>%1 löschen (ihre Festplatten-Images bleiben erhalten)</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmEdit.cpp" line="359"/>
        <source>%1 is %2: shut it down first (Virtual Machine ▸ Shut Down).</source>
        <translation>%1 ist %2: Fahren Sie sie zuerst herunter (Virtuelle Maschine ▸ Herunterfahren).</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmEdit.cpp" line="365"/>
        <source>Remove %1 from libvirt</source>
        <translation>%1 aus libvirt entfernen</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmEdit.cpp" line="371"/>
        <source>Delete the image %1</source>
        <translation>Image %1 löschen</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmEdit.cpp" line="379"/>
        <source>%1 has a saved state: it is discarded with the VM.</source>
        <translation>%1 hat einen gespeicherten Zustand: Er wird mit der VM verworfen.</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmEdit.cpp" line="381"/>
        <source>The disk images are deleted for good: whatever the guest stored on them is lost. Make sure no other VM uses them.</source>
        <translation>Die Festplatten-Images werden endgültig gelöscht: Alles, was der Gast darauf gespeichert hat, geht verloren. Stellen Sie sicher, dass keine andere VM sie nutzt.</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmEdit.cpp" line="384"/>
        <source>These images stay on the host: %1</source>
        <translation>Diese Images bleiben auf dem Host: %1</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmEdit.cpp" line="386"/>
        <source>the VM&apos;s name</source>
        <translation>den Namen der VM</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmHostFacts.cpp" line="30"/>
        <source>%1 did not finish (%2)</source>
        <translation>%1 wurde nicht abgeschlossen (%2)</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmHostFacts.cpp" line="32"/>
        <source>%1 is not installed on the host</source>
        <translation>%1 ist auf dem Host nicht installiert</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmHostFacts.cpp" line="34"/>
        <source>%1 exited with status %2</source>
        <translation>%1 wurde mit Status %2 beendet</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmHostFacts.cpp" line="124"/>
        <source>stat printed &quot;%1&quot;, not TYPE|SIZE</source>
        <translation>stat hat „%1“ ausgegeben, nicht TYPE|SIZE</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmHostFacts.cpp" line="160"/>
        <source>the host did not answer</source>
        <translation>der Host hat nicht geantwortet</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmHostFacts.cpp" line="183"/>
        <source>df printed something other than its Avail and Mounted on columns</source>
        <translation>df hat etwas anderes als seine Spalten „Avail“ und „Mounted on“ ausgegeben</translation>
    </message>
    <message>
        <source>df printed something else than its Avail and Mounted on columns</source>
        <translation type="vanished">df hat etwas anderes als seine Spalten Avail und Mounted on ausgegeben</translation>
    </message>
</context>
<context>
    <name>ftc::Readings</name>
    <message>
        <location filename="../backend/model/HostSnapshot.cpp" line="101"/>
        <source> (from `%1`)</source>
        <translation> (aus `%1`)</translation>
    </message>
    <message>
        <location filename="../backend/model/Poller.cpp" line="102"/>
        <source>%1: libvirt does not answer (%2): start it on the host (systemctl start libvirtd), or choose another connection (Host ▸ Libvirt Connection, or --libvirt-uri).</source>
        <translation>%1: libvirt antwortet nicht (%2): Starten Sie es auf dem Host (systemctl start libvirtd) oder wählen Sie eine andere Verbindung (Host ▸ Libvirt-Verbindung oder --libvirt-uri).</translation>
    </message>
    <message>
        <location filename="../backend/model/Poller.cpp" line="105"/>
        <source>%1: libvirt cannot open this connection (%2): check the URI (Host ▸ Libvirt Connection, or --libvirt-uri).</source>
        <translation>%1: libvirt kann diese Verbindung nicht öffnen (%2): Prüfen Sie die URI (Host ▸ Libvirt-Verbindung oder --libvirt-uri).</translation>
    </message>
    <message>
        <location filename="../backend/model/Poller.cpp" line="112"/>
        <source>%1: could not read %2: %3</source>
        <translation>%1: %2 konnte nicht gelesen werden: %3</translation>
    </message>
    <message>
        <location filename="../backend/model/Poller.cpp" line="118"/>
        <source>%1 has no %2 command: install the %3 package on the host to see this part.</source>
        <translation>%1 hat keinen Befehl %2: Installieren Sie das Paket %3 auf dem Host, um diesen Teil zu sehen.</translation>
    </message>
    <message>
        <location filename="../backend/model/Poller.cpp" line="124"/>
        <source>%1: sudo wants a password for %2: add a NOPASSWD sudoers rule for it, or connect as root.</source>
        <translation>%1: sudo verlangt für %2 ein Passwort: Fügen Sie dafür eine sudoers-Regel mit NOPASSWD hinzu oder verbinden Sie sich als root.</translation>
    </message>
    <message>
        <location filename="../backend/model/Poller.cpp" line="131"/>
        <source>%1: %2 failed: %3</source>
        <translation>%1: %2 ist fehlgeschlagen: %3</translation>
    </message>
    <message>
        <location filename="../backend/model/Poller.cpp" line="184"/>
        <source>virsh dumpxml %1 failed</source>
        <translation>virsh dumpxml %1 ist fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../backend/model/Poller.cpp" line="189"/>
        <source>the definition of %1 could not be read: %2</source>
        <translation>die Definition von %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../backend/model/Poller.cpp" line="316"/>
        <source>%1: %2 did not answer within %3 s; showing the last reading</source>
        <translation>%1: %2 hat nicht innerhalb von %3 s geantwortet; die letzte Messung wird angezeigt</translation>
    </message>
    <message>
        <location filename="../backend/model/Poller.cpp" line="341"/>
        <source>%1 did not answer</source>
        <translation>%1 hat nicht geantwortet</translation>
    </message>
    <message>
        <location filename="../backend/model/snapshot/BuildSupport.cpp" line="20"/>
        <source>line %1: </source>
        <translation>Zeile %1: </translation>
    </message>
    <message>
        <location filename="../backend/model/snapshot/BuildSupport.cpp" line="22"/>
        <source>Could not understand %1 output, %2%3</source>
        <translation>Ausgabe von %1 nicht verstanden, %2%3</translation>
    </message>
    <message>
        <location filename="../backend/model/snapshot/BuildSupport.cpp" line="27"/>
        <source>%1 more lines of %2 could not be understood</source>
        <translation>%1 weitere Zeilen von %2 konnten nicht verstanden werden</translation>
    </message>
    <message>
        <location filename="../backend/model/snapshot/DiskBuilder.cpp" line="137"/>
        <source>belongs to the %1 container %2</source>
        <translation>gehört zum %1-Container %2</translation>
    </message>
    <message>
        <location filename="../backend/model/snapshot/DiskBuilder.cpp" line="145"/>
        <source>%1 is a former member of %2 (the array UUID matches): re-add it</source>
        <translation>%1 ist ein früheres Mitglied von %2 (die Array-UUID stimmt überein): Fügen Sie es erneut hinzu</translation>
    </message>
    <message>
        <location filename="../backend/model/snapshot/DiskBuilder.cpp" line="150"/>
        <source>a partition holds a RAID member signature of an array that is not running</source>
        <translation>eine Partition trägt die RAID-Mitgliedssignatur eines Arrays, das nicht läuft</translation>
    </message>
    <message>
        <location filename="../backend/model/snapshot/DiskBuilder.cpp" line="152"/>
        <source>mounted at %1</source>
        <translation>eingehängt unter %1</translation>
    </message>
    <message>
        <location filename="../backend/model/snapshot/DiskBuilder.cpp" line="154"/>
        <source>has partitions %1</source>
        <translation>hat die Partitionen %1</translation>
    </message>
    <message>
        <location filename="../backend/model/snapshot/DiskBuilder.cpp" line="156"/>
        <source>holds a RAID member signature of an array that is not running</source>
        <translation>trägt die RAID-Mitgliedssignatur eines Arrays, das nicht läuft</translation>
    </message>
    <message>
        <location filename="../backend/model/snapshot/DiskBuilder.cpp" line="158"/>
        <source>holds a %1 signature</source>
        <translation>trägt eine %1-Signatur</translation>
    </message>
    <message>
        <location filename="../backend/model/snapshot/DiskBuilder.cpp" line="160"/>
        <source>used by %1</source>
        <translation>verwendet von %1</translation>
    </message>
    <message>
        <location filename="../backend/network/NetFacts.cpp" line="136"/>
        <source>not run</source>
        <translation>nicht ausgeführt</translation>
    </message>
    <message>
        <location filename="../backend/parse/Bonding.cpp" line="143"/>
        <location filename="../backend/parse/Virsh.cpp" line="245"/>
        <source>not a &apos;key: value&apos; line</source>
        <translation>keine Zeile der Form „key: value“</translation>
    </message>
    <message>
        <location filename="../backend/parse/Bonding.cpp" line="209"/>
        <source>unknown bonding mode</source>
        <translation>unbekannter Bonding-Modus</translation>
    </message>
    <message>
        <location filename="../backend/parse/DomainXml.cpp" line="72"/>
        <location filename="../backend/parse/DomainXml.cpp" line="380"/>
        <source>no domain XML</source>
        <translation>kein Domain-XML vorhanden</translation>
    </message>
    <message>
        <location filename="../backend/parse/DomainXml.cpp" line="76"/>
        <source>root element is &lt;%1&gt;, not &lt;domain&gt;</source>
        <translation>das Wurzelelement ist &lt;%1&gt;, nicht &lt;domain&gt;</translation>
    </message>
    <message>
        <location filename="../backend/parse/DomainXml.cpp" line="104"/>
        <source>%1 is not a number: &apos;%2&apos;</source>
        <translation>%1 ist keine Zahl: „%2“</translation>
    </message>
    <message>
        <location filename="../backend/parse/DomainXml.cpp" line="119"/>
        <source>&lt;%1&gt; is not a number: &apos;%2&apos;</source>
        <translation>&lt;%1&gt; ist keine Zahl: „%2“</translation>
    </message>
    <message>
        <location filename="../backend/parse/DomainXml.cpp" line="124"/>
        <source>&lt;%1&gt; has an unknown unit &apos;%2&apos; or is too large</source>
        <translation>&lt;%1&gt; hat eine unbekannte Einheit „%2“ oder ist zu groß</translation>
    </message>
    <message>
        <location filename="../backend/parse/DomainXml.cpp" line="362"/>
        <source>not domain XML</source>
        <translation>kein Domain-XML</translation>
    </message>
    <message>
        <location filename="../backend/parse/DomainXml.cpp" line="392"/>
        <source>malformed XML at line %1, column %2: %3</source>
        <translation>fehlerhaftes XML in Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <location filename="../backend/parse/Ethtool.cpp" line="65"/>
        <source>not an ethtool &apos;Key: value&apos; line</source>
        <translation>keine ethtool-Zeile der Form „Key: value“</translation>
    </message>
    <message>
        <location filename="../backend/parse/IpAddr.cpp" line="38"/>
        <source>expected a JSON array of %1</source>
        <translation>ein JSON-Array von %1 erwartet</translation>
    </message>
    <message>
        <location filename="../backend/parse/IpAddr.cpp" line="55"/>
        <location filename="../backend/parse/IpLink.cpp" line="34"/>
        <source>link without an ifname</source>
        <translation>Link ohne ifname</translation>
    </message>
    <message>
        <location filename="../backend/parse/IpLink.cpp" line="26"/>
        <source>expected a JSON array of links</source>
        <translation>ein JSON-Array von Links erwartet</translation>
    </message>
    <message>
        <location filename="../backend/parse/JsonText.cpp" line="20"/>
        <source>invalid JSON: %1</source>
        <translation>ungültiges JSON: %1</translation>
    </message>
    <message>
        <location filename="../backend/parse/LibvirtGuests.cpp" line="62"/>
        <source>a quote (&apos;) that is not closed</source>
        <translation>ein nicht geschlossenes Anführungszeichen (&apos;)</translation>
    </message>
    <message>
        <location filename="../backend/parse/LibvirtGuests.cpp" line="120"/>
        <source>a quote (&quot;) that is not closed</source>
        <translation>ein nicht geschlossenes Anführungszeichen (&quot;)</translation>
    </message>
    <message>
        <location filename="../backend/parse/LibvirtGuests.cpp" line="127"/>
        <source>a command substitution (`...`)</source>
        <translation>eine Befehlsersetzung (`...`)</translation>
    </message>
    <message>
        <location filename="../backend/parse/LibvirtGuests.cpp" line="159"/>
        <source>a ${...} form other than ${NAME}</source>
        <translation>eine ${...}-Form außer ${NAME}</translation>
    </message>
    <message>
        <location filename="../backend/parse/LibvirtGuests.cpp" line="171"/>
        <source>a command substitution or arithmetic ($(...))</source>
        <translation>eine Befehlsersetzung oder Arithmetik ($(...))</translation>
    </message>
    <message>
        <location filename="../backend/parse/LibvirtGuests.cpp" line="184"/>
        <source>a special parameter ($%1)</source>
        <translation>ein spezieller Parameter ($%1)</translation>
    </message>
    <message>
        <location filename="../backend/parse/LibvirtGuests.cpp" line="310"/>
        <source>not a variable assignment: the shell would run it as a command, which the console does not follow</source>
        <translation>keine Variablenzuweisung: Die Shell würde es als Befehl ausführen, was die Konsole nicht auswertet</translation>
    </message>
    <message>
        <location filename="../backend/parse/LibvirtGuests.cpp" line="315"/>
        <source>the value holds %1, which the console does not follow</source>
        <translation>der Wert enthält %1, was die Konsole nicht auswertet</translation>
    </message>
    <message>
        <location filename="../backend/parse/Lsblk.cpp" line="19"/>
        <source>device tree nested too deeply</source>
        <translation>Gerätebaum zu tief verschachtelt</translation>
    </message>
    <message>
        <location filename="../backend/parse/Lsblk.cpp" line="24"/>
        <source>blockdevices entry is not an object</source>
        <translation>ein Eintrag in blockdevices ist kein Objekt</translation>
    </message>
    <message>
        <location filename="../backend/parse/Lsblk.cpp" line="57"/>
        <source>block device without a name</source>
        <translation>Blockgerät ohne Namen</translation>
    </message>
    <message>
        <location filename="../backend/parse/Lsblk.cpp" line="93"/>
        <source>no &quot;blockdevices&quot; array</source>
        <translation>kein Array „blockdevices“</translation>
    </message>
    <message>
        <location filename="../backend/parse/MdDetail.cpp" line="43"/>
        <source>not a &apos;KEY=VALUE&apos; line</source>
        <translation>keine Zeile der Form „KEY=VALUE“</translation>
    </message>
    <message>
        <location filename="../backend/parse/MdSysfs.cpp" line="60"/>
        <source>not a path:value line</source>
        <translation>keine Zeile der Form „Pfad:Wert“</translation>
    </message>
    <message>
        <location filename="../backend/parse/Mdstat.cpp" line="207"/>
        <source>unexpected token &apos;%1&apos; in array line</source>
        <translation>unerwartetes Token „%1“ in einer Array-Zeile</translation>
    </message>
    <message>
        <location filename="../backend/parse/Mdstat.cpp" line="323"/>
        <source>line outside any array</source>
        <translation>Zeile außerhalb jedes Arrays</translation>
    </message>
    <message>
        <location filename="../backend/parse/Mdstat.cpp" line="336"/>
        <location filename="../backend/parse/Mdstat.cpp" line="355"/>
        <source>unrecognised line in %1</source>
        <translation>unbekannte Zeile in %1</translation>
    </message>
    <message>
        <location filename="../backend/parse/Mdstat.cpp" line="342"/>
        <source>unrecognised bitmap line in %1</source>
        <translation>unbekannte Bitmap-Zeile in %1</translation>
    </message>
    <message>
        <location filename="../backend/parse/NicSysfs.cpp" line="23"/>
        <location filename="../backend/parse/NicSysfs.cpp" line="112"/>
        <source>&apos;%1&apos; is not an interface name</source>
        <translation>„%1“ ist kein Schnittstellenname</translation>
    </message>
    <message>
        <location filename="../backend/parse/NicSysfs.cpp" line="64"/>
        <source>the speed is not a number of Mb/s</source>
        <translation>die Geschwindigkeit ist keine Zahl in Mb/s</translation>
    </message>
    <message>
        <location filename="../backend/parse/NicSysfs.cpp" line="81"/>
        <source>the duplex is not full, half or unknown</source>
        <translation>der Duplex-Modus ist nicht full, half oder unknown</translation>
    </message>
    <message>
        <location filename="../backend/parse/NicSysfs.cpp" line="106"/>
        <source>not a file under /sys/class/net/IF/</source>
        <translation>keine Datei unter /sys/class/net/IF/</translation>
    </message>
    <message>
        <location filename="../backend/parse/NicSysfs.cpp" line="119"/>
        <source>not a KEY=VALUE line of device/uevent</source>
        <translation>keine Zeile der Form KEY=VALUE aus device/uevent</translation>
    </message>
    <message>
        <location filename="../backend/parse/ProcInfo.cpp" line="28"/>
        <source>not a &apos;Key: N [kB]&apos; line</source>
        <translation>keine Zeile der Form „Key: N [kB]“</translation>
    </message>
    <message>
        <location filename="../backend/parse/SysLinks.cpp" line="25"/>
        <source>not an &apos;ls -l&apos; entry</source>
        <translation>kein Eintrag im Format von „ls -l“</translation>
    </message>
    <message>
        <location filename="../backend/parse/SysLinks.cpp" line="32"/>
        <source>symlink without a name or target</source>
        <translation>symbolischer Link ohne Namen oder Ziel</translation>
    </message>
    <message>
        <location filename="../backend/parse/TextLines.cpp" line="41"/>
        <source>not a &apos;%1&apos; line</source>
        <translation>keine Zeile der Form „%1“</translation>
    </message>
    <message>
        <location filename="../backend/parse/Virsh.cpp" line="96"/>
        <source>not a domain stat line</source>
        <translation>keine Zeile der Domain-Statistik</translation>
    </message>
    <message>
        <location filename="../backend/parse/Virsh.cpp" line="147"/>
        <source>not an &apos;Id Name State&apos; row</source>
        <translation>keine Zeile der Form „Id Name State“</translation>
    </message>
    <message>
        <location filename="../backend/parse/Virsh.cpp" line="175"/>
        <source>value of %1 is not a number</source>
        <translation>der Wert von %1 ist keine Zahl</translation>
    </message>
    <message>
        <location filename="../backend/parse/Virsh.cpp" line="250"/>
        <source>unexpected value for %1</source>
        <translation>unerwarteter Wert für %1</translation>
    </message>
    <message>
        <location filename="../backend/parse/Virsh.cpp" line="333"/>
        <source>more than one state line</source>
        <translation>mehr als eine Zustandszeile</translation>
    </message>
    <message>
        <location filename="../backend/parse/Virsh.cpp" line="342"/>
        <source>unknown domain state</source>
        <translation>unbekannter Domain-Zustand</translation>
    </message>
    <message>
        <location filename="../backend/parse/VirshEvent.cpp" line="131"/>
        <source>line longer than %1 bytes dropped</source>
        <translation>Zeile länger als %1 Bytes verworfen</translation>
    </message>
    <message>
        <location filename="../backend/parse/VirshEvent.cpp" line="192"/>
        <source>not an &quot;event &apos;&lt;kind&gt;&apos; for domain &apos;&lt;name&gt;&apos;&quot; line</source>
        <translation>keine Zeile der Form „event &apos;&lt;kind&gt;&apos; for domain &apos;&lt;name&gt;&apos;“</translation>
    </message>
    <message>
        <location filename="../backend/parse/VirshEvent.cpp" line="200"/>
        <source>bad timestamp</source>
        <translation>ungültiger Zeitstempel</translation>
    </message>
    <message>
        <location filename="../backend/parse/VirshEvent.cpp" line="246"/>
        <source>not a &apos;&lt;field&gt;: &lt;value&gt;&apos; line</source>
        <translation>keine Zeile der Form „&lt;field&gt;: &lt;value&gt;“</translation>
    </message>
    <message>
        <location filename="../backend/parse/VirshEvent.cpp" line="252"/>
        <source>not a virsh event line</source>
        <translation>keine virsh-Ereigniszeile</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmMetadata.cpp" line="28"/>
        <source>reserve_pct &quot;%1&quot; is not a percentage from 0 to 100</source>
        <translation>reserve_pct „%1“ ist kein Prozentwert von 0 bis 100</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmMetadata.cpp" line="37"/>
        <source>weight &quot;%1&quot; is not a whole number from 1 to 10000</source>
        <translation>weight „%1“ ist keine ganze Zahl von 1 bis 10000</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmMetadata.cpp" line="45"/>
        <source>not XML (line %1, column %2: %3)</source>
        <translation>kein XML (Zeile %1, Spalte %2: %3)</translation>
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
    <name>ftc::ResourcePlannerDialog</name>
    <message>
        <location filename="../ui/vms/ResourcePlannerDialog.cpp" line="34"/>
        <source>Resource Planner for %1</source>
        <translation>Ressourcenplaner für %1</translation>
    </message>
    <message>
        <location filename="../ui/vms/ResourcePlannerDialog.cpp" line="36"/>
        <source>For each server to virtualize, enter its memory and processor and how much of each it uses (measure it over a busy week). The VM needs at least that; the guide allocates about 50 % more. Type an allocation to replace the computed one.</source>
        <translation>Geben Sie für jeden zu virtualisierenden Server seinen Arbeitsspeicher und Prozessor an und wie viel er davon jeweils nutzt (über eine ausgelastete Woche gemessen). Die VM braucht mindestens so viel; die Anleitung weist etwa 50 % mehr zu. Geben Sie eine Zuweisung ein, um die berechnete zu ersetzen.</translation>
    </message>
    <message>
        <location filename="../ui/vms/ResourcePlannerDialog.cpp" line="44"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/vms/ResourcePlannerDialog.cpp" line="44"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../ui/vms/ResourcePlannerDialog.cpp" line="44"/>
        <source>Memory (MiB)</source>
        <translation>Arbeitsspeicher (MiB)</translation>
    </message>
    <message>
        <location filename="../ui/vms/ResourcePlannerDialog.cpp" line="44"/>
        <source>Memory use (%)</source>
        <translation>Speicherauslastung (%)</translation>
    </message>
    <message>
        <location filename="../ui/vms/ResourcePlannerDialog.cpp" line="45"/>
        <source>CPU (GHz)</source>
        <translation>CPU (GHz)</translation>
    </message>
    <message>
        <location filename="../ui/vms/ResourcePlannerDialog.cpp" line="45"/>
        <source>CPU use (%)</source>
        <translation>CPU-Auslastung (%)</translation>
    </message>
    <message>
        <location filename="../ui/vms/ResourcePlannerDialog.cpp" line="45"/>
        <source>Disk (GiB)</source>
        <translation>Festplatte (GiB)</translation>
    </message>
    <message>
        <location filename="../ui/vms/ResourcePlannerDialog.cpp" line="45"/>
        <source>Minimum memory</source>
        <translation>Minimaler Arbeitsspeicher</translation>
    </message>
    <message>
        <location filename="../ui/vms/ResourcePlannerDialog.cpp" line="46"/>
        <source>Memory allocation</source>
        <translation>Speicherzuweisung</translation>
    </message>
    <message>
        <location filename="../ui/vms/ResourcePlannerDialog.cpp" line="46"/>
        <source>Minimum CPU</source>
        <translation>Minimale CPU</translation>
    </message>
    <message>
        <location filename="../ui/vms/ResourcePlannerDialog.cpp" line="46"/>
        <source>CPU allocation</source>
        <translation>CPU-Zuweisung</translation>
    </message>
    <message>
        <location filename="../ui/vms/ResourcePlannerDialog.cpp" line="63"/>
        <source>&amp;Add Server</source>
        <translation>Server &amp;hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/vms/ResourcePlannerDialog.cpp" line="65"/>
        <source>&amp;Remove Server</source>
        <translation>Server &amp;entfernen</translation>
    </message>
    <message>
        <location filename="../ui/vms/ResourcePlannerDialog.cpp" line="67"/>
        <source>&amp;Create VM…</source>
        <translation>&amp;VM erstellen…</translation>
    </message>
    <message>
        <location filename="../ui/vms/ResourcePlannerDialog.cpp" line="69"/>
        <source>The create wizard, filled in from the chosen row</source>
        <translation>Der Erstellungsassistent, ausgefüllt mit den Werten der gewählten Zeile</translation>
    </message>
    <message>
        <location filename="../ui/vms/ResourcePlannerDialog.cpp" line="82"/>
        <source>VM%1</source>
        <translation>VM%1</translation>
    </message>
    <message>
        <location filename="../ui/vms/ResourcePlannerDialog.cpp" line="129"/>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <location filename="../ui/vms/ResourcePlannerDialog.cpp" line="130"/>
        <source>%1 GHz</source>
        <translation>%1 GHz</translation>
    </message>
    <message>
        <location filename="../ui/vms/ResourcePlannerDialog.cpp" line="142"/>
        <source>Typed in: replaces the computed allocation. Clear it to compute again.</source>
        <translation>Eingegeben: ersetzt die berechnete Zuweisung. Leeren Sie das Feld, um wieder zu berechnen.</translation>
    </message>
    <message>
        <location filename="../ui/vms/ResourcePlannerDialog.cpp" line="159"/>
        <source>MiB</source>
        <translation>MiB</translation>
    </message>
    <message>
        <location filename="../ui/vms/ResourcePlannerDialog.cpp" line="159"/>
        <source>GHz</source>
        <translation>GHz</translation>
    </message>
    <message>
        <location filename="../ui/vms/ResourcePlannerDialog.cpp" line="173"/>
        <source>a whole number of MiB, at least 64</source>
        <translation>eine ganze Zahl in MiB, mindestens 64</translation>
    </message>
    <message>
        <location filename="../ui/vms/ResourcePlannerDialog.cpp" line="176"/>
        <location filename="../ui/vms/ResourcePlannerDialog.cpp" line="182"/>
        <source>a number from 0 to 100</source>
        <translation>eine Zahl von 0 bis 100</translation>
    </message>
    <message>
        <location filename="../ui/vms/ResourcePlannerDialog.cpp" line="179"/>
        <source>a number of GHz, e.g. 2.4</source>
        <translation>eine Zahl in GHz, z. B. 2,4</translation>
    </message>
    <message>
        <location filename="../ui/vms/ResourcePlannerDialog.cpp" line="185"/>
        <source>a whole number of GiB, at least 1</source>
        <translation>eine ganze Zahl in GiB, mindestens 1</translation>
    </message>
    <message>
        <location filename="../ui/vms/ResourcePlannerDialog.cpp" line="189"/>
        <source>a whole number of MiB, at least 64, or empty to compute it</source>
        <translation>eine ganze Zahl in MiB, mindestens 64, oder leer für den berechneten Wert</translation>
    </message>
    <message>
        <location filename="../ui/vms/ResourcePlannerDialog.cpp" line="194"/>
        <source>a number of GHz, or empty to compute it</source>
        <translation>eine Zahl in GHz oder leer für den berechneten Wert</translation>
    </message>
    <message>
        <location filename="../ui/vms/ResourcePlannerDialog.cpp" line="200"/>
        <source>Row %1, %2: &quot;%3&quot; is not %4. The previous value is kept.</source>
        <translation>Zeile %1, %2: „%3“ ist ungültig, erwartet wird %4. Der bisherige Wert bleibt erhalten.</translation>
    </message>
    <message>
        <location filename="../ui/vms/ResourcePlannerDialog.cpp" line="220"/>
        <source>The host is not read yet: no totals.</source>
        <translation>Der Host wurde noch nicht gelesen: keine Summen.</translation>
    </message>
    <message>
        <location filename="../ui/vms/ResourcePlannerDialog.cpp" line="224"/>
        <source>&lt;b&gt;Together:&lt;/b&gt; %1 MiB of memory, %2 GiB of disk, %3 GHz of CPU. &lt;b&gt;%4 has:&lt;/b&gt; %5 MiB (%6 MiB kept for itself), %7 GiB of mirrored disks, %8 × %9 GHz.</source>
        <translation>&lt;b&gt;Zusammen:&lt;/b&gt; %1 MiB Arbeitsspeicher, %2 GiB Festplatte, %3 GHz CPU. &lt;b&gt;%4 hat:&lt;/b&gt; %5 MiB (%6 MiB für sich selbst freigehalten), %7 GiB gespiegelte Festplatten, %8 × %9 GHz.</translation>
    </message>
    <message>
        <location filename="../ui/vms/ResourcePlannerDialog.cpp" line="237"/>
        <source>The host has room for all of them.</source>
        <translation>Der Host hat Platz für alle.</translation>
    </message>
</context>
<context>
    <name>ftc::Session</name>
    <message>
        <location filename="../backend/session/HostSession.cpp" line="130"/>
        <source>%1 is closed: nothing was changed.</source>
        <translation>%1 ist geschlossen: Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../backend/session/HostSession.cpp" line="173"/>
        <location filename="../backend/session/HostSession.cpp" line="189"/>
        <location filename="../backend/session/HostSession.cpp" line="216"/>
        <location filename="../backend/session/HostSession.cpp" line="231"/>
        <location filename="../backend/session/HostSession.cpp" line="246"/>
        <location filename="../backend/session/HostSession.cpp" line="263"/>
        <location filename="../backend/session/HostSession.cpp" line="297"/>
        <source>%1 is closed</source>
        <translation>%1 ist geschlossen</translation>
    </message>
    <message>
        <location filename="../backend/session/HostSession.cpp" line="277"/>
        <source>%1 is closed: no bundle was written</source>
        <translation>%1 ist geschlossen: Es wurde kein Paket geschrieben</translation>
    </message>
    <message>
        <location filename="../backend/session/HostSpec.cpp" line="47"/>
        <source>No host given: write demo, local, ssh://user@host:port, bundle:DIR or sos:PATH.</source>
        <translation>Kein Host angegeben: Schreiben Sie demo, local, ssh://user@host:port, bundle:DIR oder sos:PATH.</translation>
    </message>
    <message>
        <location filename="../backend/session/HostSpec.cpp" line="56"/>
        <source>bundle: needs a directory, e.g. bundle:/tmp/host-bundle.</source>
        <translation>bundle: braucht ein Verzeichnis, z. B. bundle:/tmp/host-bundle.</translation>
    </message>
    <message>
        <location filename="../backend/session/HostSpec.cpp" line="62"/>
        <source>sos: needs an sosreport, its directory or its archive, e.g. sos:/tmp/sosreport-host-2026-11-30-abcdefg.tar.xz.</source>
        <translation>sos: braucht einen sosreport, sein Verzeichnis oder sein Archiv, z. B. sos:/tmp/sosreport-host-2026-11-30-abcdefg.tar.xz.</translation>
    </message>
    <message>
        <location filename="../backend/session/HostSpec.cpp" line="68"/>
        <source>&apos;%1&apos; is not a valid SSH address: write ssh://user@host or ssh://user@host:port.</source>
        <translation>„%1“ ist keine gültige SSH-Adresse: Schreiben Sie ssh://user@host oder ssh://user@host:port.</translation>
    </message>
    <message>
        <location filename="../backend/session/HostSpec.cpp" line="70"/>
        <source>&apos;%1&apos; has a path; an SSH address is ssh://user@host:port only.</source>
        <translation>„%1“ enthält einen Pfad; eine SSH-Adresse ist nur ssh://user@host:port.</translation>
    </message>
    <message>
        <location filename="../backend/session/HostSpec.cpp" line="72"/>
        <source>Do not put a password in the address; the console asks for it when needed.</source>
        <translation>Geben Sie kein Passwort in der Adresse an; die Konsole fragt bei Bedarf danach.</translation>
    </message>
    <message>
        <location filename="../backend/session/HostSpec.cpp" line="75"/>
        <source>Port %1 is out of range 1-65535.</source>
        <translation>Port %1 liegt außerhalb des Bereichs 1-65535.</translation>
    </message>
    <message>
        <location filename="../backend/session/HostSpec.cpp" line="81"/>
        <source>Unknown host &apos;%1&apos;: write demo, local, ssh://user@host:port, bundle:DIR or sos:PATH.</source>
        <translation>Unbekannter Host „%1“: Schreiben Sie demo, local, ssh://user@host:port, bundle:DIR oder sos:PATH.</translation>
    </message>
    <message>
        <location filename="../backend/session/HostSpec.cpp" line="93"/>
        <source>the libvirt URI is empty</source>
        <translation>die libvirt-URI ist leer</translation>
    </message>
    <message>
        <location filename="../backend/session/HostSpec.cpp" line="95"/>
        <source>&quot;%1&quot; is not a libvirt URI: it must start with a scheme, e.g. qemu:///system or test:///path/node.xml</source>
        <translation>„%1“ ist keine libvirt-URI: Sie muss mit einem Schema beginnen, z. B. qemu:///system oder test:///path/node.xml</translation>
    </message>
    <message>
        <location filename="../backend/session/HostSpec.cpp" line="100"/>
        <source>the libvirt URI &quot;%1&quot; holds a blank or control character: write it without</source>
        <translation>die libvirt-URI „%1“ enthält ein Leer- oder Steuerzeichen: Schreiben Sie sie ohne</translation>
    </message>
    <message>
        <location filename="../backend/session/RunnerFactory.cpp" line="36"/>
        <source>%1 is a read-only capture: it runs no commands.</source>
        <translation>%1 ist eine schreibgeschützte Erfassung: Sie führt keine Befehle aus.</translation>
    </message>
    <message>
        <location filename="../backend/session/SessionWorker.cpp" line="35"/>
        <source>capture read (read-only)</source>
        <translation>Erfassung gelesen (schreibgeschützt)</translation>
    </message>
    <message>
        <location filename="../backend/session/SessionWorker.cpp" line="36"/>
        <source>connected</source>
        <translation>verbunden</translation>
    </message>
    <message>
        <location filename="../backend/session/SessionWorker.cpp" line="39"/>
        <source>connecting</source>
        <translation>verbinde</translation>
    </message>
    <message>
        <location filename="../backend/session/SessionWorker.cpp" line="152"/>
        <source>%1: done</source>
        <translation>%1: erledigt</translation>
    </message>
    <message>
        <location filename="../backend/session/SessionWorker.cpp" line="193"/>
        <source>%1 was closed before the plan started: nothing was changed.</source>
        <translation>%1 wurde vor dem Start des Plans geschlossen: Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../backend/session/SessionWorker.cpp" line="195"/>
        <source>Cancelled before it started: nothing was changed.</source>
        <translation>Vor dem Start abgebrochen: Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../backend/session/SessionWorker.cpp" line="198"/>
        <source>%1 is a read-only capture: nothing can be changed there.</source>
        <translation>%1 ist eine schreibgeschützte Erfassung: Dort kann nichts geändert werden.</translation>
    </message>
    <message>
        <location filename="../backend/session/SessionWorker.cpp" line="199"/>
        <source>%1 is not connected: nothing was changed.</source>
        <translation>%1 ist nicht verbunden: Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../backend/session/SessionWorker.cpp" line="208"/>
        <location filename="../backend/session/SessionWorker.cpp" line="220"/>
        <location filename="../backend/session/SessionWorker.cpp" line="368"/>
        <source>%1 is a read-only capture</source>
        <translation>%1 ist eine schreibgeschützte Erfassung</translation>
    </message>
    <message>
        <location filename="../backend/session/SessionWorker.cpp" line="209"/>
        <location filename="../backend/session/SessionWorker.cpp" line="221"/>
        <location filename="../backend/session/SessionWorker.cpp" line="274"/>
        <location filename="../backend/session/SessionWorker.cpp" line="342"/>
        <location filename="../backend/session/SessionWorker.cpp" line="355"/>
        <location filename="../backend/session/SessionWorker.cpp" line="369"/>
        <source>%1 is not connected</source>
        <translation>%1 ist nicht verbunden</translation>
    </message>
    <message>
        <location filename="../backend/session/SessionWorker.cpp" line="234"/>
        <source>%1 is a read-only capture: it has no VM screens</source>
        <translation>%1 ist eine schreibgeschützte Erfassung: Sie hat keine VM-Bildschirme</translation>
    </message>
    <message>
        <location filename="../backend/session/SessionWorker.cpp" line="235"/>
        <source>%1 is not connected: the screen of %2 opens when it is back</source>
        <translation>%1 ist nicht verbunden: Der Bildschirm von %2 öffnet sich, sobald der Host wieder erreichbar ist</translation>
    </message>
    <message>
        <location filename="../backend/session/SessionWorker.cpp" line="241"/>
        <source>The definition of %1 could not be read: %2</source>
        <translation>Die Definition von %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../backend/session/SessionWorker.cpp" line="246"/>
        <source>%1 is not running: start it to see its screen.</source>
        <translation>%1 läuft nicht: Starten Sie sie, um ihren Bildschirm zu sehen.</translation>
    </message>
    <message>
        <location filename="../backend/session/SessionWorker.cpp" line="264"/>
        <source>%1 has not been read yet</source>
        <translation>%1 wurde noch nicht gelesen</translation>
    </message>
    <message>
        <location filename="../backend/session/SessionWorker.cpp" line="293"/>
        <source>%1 has not been read yet: no bundle was written</source>
        <translation>%1 wurde noch nicht gelesen: Es wurde kein Paket geschrieben</translation>
    </message>
    <message>
        <location filename="../backend/session/SessionWorker.cpp" line="302"/>
        <source>%1: support bundle written to %2 (%3 sources)</source>
        <translation>%1: Support-Paket nach %2 geschrieben (%3 Quellen)</translation>
    </message>
    <message>
        <location filename="../backend/session/SessionWorker.cpp" line="354"/>
        <source>%1 is a read-only capture: it holds no VM definitions</source>
        <translation>%1 ist eine schreibgeschützte Erfassung: Sie enthält keine VM-Definitionen</translation>
    </message>
    <message>
        <location filename="../backend/transport/Batch.cpp" line="187"/>
        <source>the batch ended out of order</source>
        <translation>der Stapel endete außer der Reihe</translation>
    </message>
    <message>
        <location filename="../backend/transport/Batch.cpp" line="199"/>
        <source>the host&apos;s shell printed a line that is not a record: &quot;%1&quot;</source>
        <translation>die Shell des Hosts hat eine Zeile ausgegeben, die kein Datensatz ist: „%1“</translation>
    </message>
    <message>
        <location filename="../backend/transport/Batch.cpp" line="204"/>
        <source>record %1 of step %2 came out of order</source>
        <translation>Datensatz %1 von Schritt %2 kam außer der Reihe</translation>
    </message>
    <message>
        <location filename="../backend/transport/Batch.cpp" line="210"/>
        <source>record of step %1 is longer than it said</source>
        <translation>der Datensatz von Schritt %1 ist länger als angegeben</translation>
    </message>
    <message>
        <location filename="../backend/transport/Batch.cpp" line="247"/>
        <source>the batched refresh ended before this command finished</source>
        <translation>die gebündelte Aktualisierung endete, bevor dieser Befehl fertig war</translation>
    </message>
    <message>
        <location filename="../backend/transport/Batch.cpp" line="270"/>
        <source>the host has no sh: %1</source>
        <translation>der Host hat kein sh: %1</translation>
    </message>
    <message>
        <location filename="../backend/transport/Batch.cpp" line="272"/>
        <source>the host&apos;s shell stopped: %1</source>
        <translation>die Shell des Hosts wurde beendet: %1</translation>
    </message>
    <message>
        <location filename="../backend/transport/Batch.cpp" line="304"/>
        <source>the batch did not finish within %1 s</source>
        <translation>der Stapel wurde nicht innerhalb von %1 s fertig</translation>
    </message>
    <message>
        <location filename="../backend/transport/Batch.cpp" line="318"/>
        <source>the shell on the host ended: %1</source>
        <translation>die Shell auf dem Host wurde beendet: %1</translation>
    </message>
    <message>
        <location filename="../backend/transport/Batch.cpp" line="320"/>
        <source>the shell on the host ended</source>
        <translation>die Shell auf dem Host wurde beendet</translation>
    </message>
    <message>
        <location filename="../backend/transport/Command.cpp" line="11"/>
        <source>timed out</source>
        <translation>Zeitüberschreitung</translation>
    </message>
    <message>
        <location filename="../backend/transport/Command.cpp" line="28"/>
        <source>exit status %1</source>
        <translation>Exit-Status %1</translation>
    </message>
    <message>
        <location filename="../backend/transport/KnownHosts.cpp" line="203"/>
        <source>it is a directory</source>
        <translation>es ist ein Verzeichnis</translation>
    </message>
    <message>
        <location filename="../backend/transport/LocalRunnerText.cpp" line="9"/>
        <source>sudo asks for a password, which the console cannot type: add a NOPASSWD sudoers rule for this user and command, or run the console as root.</source>
        <translation>sudo fragt nach einem Passwort, das die Konsole nicht eingeben kann: Fügen Sie für diesen Benutzer und Befehl eine sudoers-Regel mit NOPASSWD hinzu oder führen Sie die Konsole als root aus.</translation>
    </message>
    <message>
        <location filename="../backend/transport/LocalRunnerText.cpp" line="16"/>
        <source>cannot start %1: %2</source>
        <translation>%1 kann nicht gestartet werden: %2</translation>
    </message>
    <message>
        <location filename="../backend/transport/LocalRunnerText.cpp" line="21"/>
        <source>the process did not end after it was killed</source>
        <translation>der Prozess hat sich nach dem Beenden (kill) nicht beendet</translation>
    </message>
    <message>
        <location filename="../backend/transport/LocalRunnerText.cpp" line="26"/>
        <source>empty command</source>
        <translation>leerer Befehl</translation>
    </message>
    <message>
        <location filename="../backend/transport/SshChannelIo.cpp" line="73"/>
        <location filename="../backend/transport/SshChannelIo.cpp" line="121"/>
        <source>cannot create a channel</source>
        <translation>es kann kein Kanal angelegt werden</translation>
    </message>
    <message>
        <location filename="../backend/transport/SshChannelIo.cpp" line="84"/>
        <source>%1: %2 refused to open a channel: %3</source>
        <translation>%1: %2 hat das Öffnen eines Kanals verweigert: %3</translation>
    </message>
    <message>
        <location filename="../backend/transport/SshChannelIo.cpp" line="104"/>
        <source>%1: %2 refused to run the command: %3</source>
        <translation>%1: %2 hat die Ausführung des Befehls verweigert: %3</translation>
    </message>
    <message>
        <location filename="../backend/transport/SshChannelIo.cpp" line="134"/>
        <source>%1: %2 refused to connect to %3 (sshd&apos;s AllowTcpForwarding, or nothing listens there): %4</source>
        <translation>%1: %2 hat die Verbindung zu %3 verweigert (AllowTcpForwarding von sshd, oder dort lauscht nichts): %4</translation>
    </message>
    <message>
        <location filename="../backend/transport/SshChannelIo.cpp" line="153"/>
        <source>%1: connection to %2 lost; the next command reconnects</source>
        <translation>%1: Verbindung zu %2 verloren; der nächste Befehl verbindet neu</translation>
    </message>
    <message>
        <location filename="../backend/transport/SshChannelIo.cpp" line="190"/>
        <source>%1: the channel failed: %2</source>
        <translation>%1: der Kanal ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../backend/transport/SshConnection.cpp" line="22"/>
        <source>unknown error</source>
        <translation>unbekannter Fehler</translation>
    </message>
    <message>
        <location filename="../backend/transport/SshConnection.cpp" line="38"/>
        <source>nothing we know</source>
        <translation>nichts, was wir kennen</translation>
    </message>
    <message>
        <location filename="../backend/transport/SshConnection.cpp" line="95"/>
        <source>%1: connection to %2 lost (%3); the next command reconnects</source>
        <translation>%1: Verbindung zu %2 verloren (%3); der nächste Befehl verbindet neu</translation>
    </message>
    <message>
        <location filename="../backend/transport/SshConnection.cpp" line="113"/>
        <source>%1: the host name &quot;%2&quot; does not resolve (%3): check the spelling, DNS or /etc/hosts, or use an IP address</source>
        <translation>%1: der Hostname „%2“ lässt sich nicht auflösen (%3): Prüfen Sie die Schreibweise, DNS oder /etc/hosts, oder verwenden Sie eine IP-Adresse</translation>
    </message>
    <message>
        <location filename="../backend/transport/SshConnection.cpp" line="122"/>
        <source>%1: cannot create an SSH session (out of memory?)</source>
        <translation>%1: es kann keine SSH-Sitzung angelegt werden (kein Speicher mehr?)</translation>
    </message>
    <message>
        <location filename="../backend/transport/SshConnection.cpp" line="158"/>
        <source>%1: connection refused: nothing accepts SSH connections on port %2 of %3; check that sshd runs there and the port is right</source>
        <translation>%1: Verbindung abgelehnt: Auf Port %2 von %3 nimmt nichts SSH-Verbindungen an; prüfen Sie, ob dort sshd läuft und der Port stimmt</translation>
    </message>
    <message>
        <location filename="../backend/transport/SshConnection.cpp" line="163"/>
        <source>%1: connection timed out: %2 did not answer on port %3 within %4 s; check the address, the port and firewalls</source>
        <translation>%1: Zeitüberschreitung bei der Verbindung: %2 hat auf Port %3 nicht innerhalb von %4 s geantwortet; prüfen Sie Adresse, Port und Firewalls</translation>
    </message>
    <message>
        <location filename="../backend/transport/SshConnection.cpp" line="168"/>
        <source>%1: %2 is unreachable (%3); check the network route</source>
        <translation>%1: %2 ist nicht erreichbar (%3); prüfen Sie die Netzwerkroute</translation>
    </message>
    <message>
        <location filename="../backend/transport/SshConnection.cpp" line="171"/>
        <source>%1: cannot connect to %2: %3</source>
        <translation>%1: keine Verbindung zu %2 möglich: %3</translation>
    </message>
    <message>
        <location filename="../backend/transport/SshConnection.cpp" line="191"/>
        <source>%1: the server sent no host key: %2</source>
        <translation>%1: der Server hat keinen Host-Schlüssel gesendet: %2</translation>
    </message>
    <message>
        <location filename="../backend/transport/SshConnection.cpp" line="199"/>
        <source>%1: cannot read the server&apos;s host key</source>
        <translation>%1: der Host-Schlüssel des Servers kann nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../backend/transport/SshConnection.cpp" line="214"/>
        <source>%1: REFUSED: cannot read %2 (%3), so the host key of %4 cannot be checked: a changed key would look like a new one. Make the file readable by this user (or remove it if it is not wanted), then connect again.</source>
        <translation>%1: ABGELEHNT: %2 kann nicht gelesen werden (%3), daher kann der Host-Schlüssel von %4 nicht geprüft werden: Ein geänderter Schlüssel sähe wie ein neuer aus. Machen Sie die Datei für diesen Benutzer lesbar (oder entfernen Sie sie, wenn sie nicht gewünscht ist) und verbinden Sie sich dann erneut.</translation>
    </message>
    <message>
        <location filename="../backend/transport/SshConnection.cpp" line="245"/>
        <source>%1: the host key (%2 %3) is marked @revoked on line %4 of %5; refusing to connect</source>
        <translation>%1: der Host-Schlüssel (%2 %3) ist in Zeile %4 von %5 als @revoked markiert; Verbindung wird verweigert</translation>
    </message>
    <message>
        <location filename="../backend/transport/SshConnection.cpp" line="250"/>
        <source>%1: REFUSED: the host key of %2 has CHANGED. The server now presents %3 %4, which does not match line %5 of %6. Someone may be intercepting the connection, or the host was reinstalled. If you know the key changed legitimately, remove the old entry with: ssh-keygen -R %7 -f %8 and connect again.</source>
        <translation>%1: ABGELEHNT: Der Host-Schlüssel von %2 hat sich GEÄNDERT. Der Server legt jetzt %3 %4 vor, was nicht zu Zeile %5 von %6 passt. Möglicherweise wird die Verbindung abgefangen, oder der Host wurde neu installiert. Wenn Sie wissen, dass sich der Schlüssel rechtmäßig geändert hat, entfernen Sie den alten Eintrag mit: ssh-keygen -R %7 -f %8 und verbinden Sie sich erneut.</translation>
    </message>
    <message>
        <location filename="../backend/transport/SshConnection.cpp" line="271"/>
        <source>%1: REFUSED: %2 presents the host key %3 %4, but line %5 of %6 holds a key of another type (%7) for this host, and the server did not offer that type. Someone may be impersonating the host. If the host really changed its key type, verify the new fingerprint out of band (on the host: ssh-keygen -lf on its /etc/ssh/ssh_host_*_key.pub), then add it, e.g. with: ssh-keyscan -t %8 -p %9 %10 &gt;&gt; %11 (or remove the old entry with: ssh-keygen -R %12 -f %11) and connect again.</source>
        <translation>%1: ABGELEHNT: %2 legt den Host-Schlüssel %3 %4 vor, aber Zeile %5 von %6 enthält für diesen Host einen Schlüssel eines anderen Typs (%7), und der Server hat diesen Typ nicht angeboten. Möglicherweise gibt sich jemand als dieser Host aus. Wenn der Host seinen Schlüsseltyp wirklich geändert hat, prüfen Sie den neuen Fingerabdruck auf einem anderen Weg (auf dem Host: ssh-keygen -lf auf seine /etc/ssh/ssh_host_*_key.pub), fügen Sie ihn dann hinzu, z. B. mit: ssh-keyscan -t %8 -p %9 %10 &gt;&gt; %11 (oder entfernen Sie den alten Eintrag mit: ssh-keygen -R %12 -f %11) und verbinden Sie sich erneut.</translation>
    </message>
    <message>
        <location filename="../backend/transport/SshConnection.cpp" line="291"/>
        <source>%1: the host key of %2 (%3 %4) is not in %5 and nobody is there to confirm it; connect once with ssh(1) to add it, or open the host in the console</source>
        <translation>%1: der Host-Schlüssel von %2 (%3 %4) steht nicht in %5, und niemand ist da, um ihn zu bestätigen; verbinden Sie sich einmal mit ssh(1), um ihn hinzuzufügen, oder öffnen Sie den Host in der Konsole</translation>
    </message>
    <message>
        <location filename="../backend/transport/SshConnection.cpp" line="305"/>
        <source>%1: the host key of %2 (%3 %4) was not accepted</source>
        <translation>%1: der Host-Schlüssel von %2 (%3 %4) wurde nicht angenommen</translation>
    </message>
    <message>
        <location filename="../backend/transport/SshConnection.cpp" line="341"/>
        <source>Passphrase for key %1:</source>
        <translation>Passphrase für Schlüssel %1:</translation>
    </message>
    <message>
        <location filename="../backend/transport/SshConnection.cpp" line="362"/>
        <location filename="../backend/transport/SshConnection.cpp" line="411"/>
        <source>%1: connection to %2 lost during authentication: %3</source>
        <translation>%1: Verbindung zu %2 während der Anmeldung verloren: %3</translation>
    </message>
    <message>
        <location filename="../backend/transport/SshConnection.cpp" line="384"/>
        <source>identity %1</source>
        <translation>Schlüsseldatei %1</translation>
    </message>
    <message>
        <location filename="../backend/transport/SshConnection.cpp" line="386"/>
        <source> (missing)</source>
        <translation> (fehlt)</translation>
    </message>
    <message>
        <location filename="../backend/transport/SshConnection.cpp" line="421"/>
        <source>Password for %1:</source>
        <translation>Passwort für %1:</translation>
    </message>
    <message>
        <location filename="../backend/transport/SshConnection.cpp" line="422"/>
        <source>Wrong password. Password for %1:</source>
        <translation>Falsches Passwort. Passwort für %1:</translation>
    </message>
    <message>
        <location filename="../backend/transport/SshConnection.cpp" line="465"/>
        <source>no password (nobody to ask)</source>
        <translation>kein Passwort (niemand zum Fragen da)</translation>
    </message>
    <message>
        <location filename="../backend/transport/SshConnection.cpp" line="467"/>
        <source>nothing (no agent, no keys)</source>
        <translation>nichts (kein Agent, keine Schlüssel)</translation>
    </message>
    <message>
        <location filename="../backend/transport/SshConnection.cpp" line="469"/>
        <source>%1: authentication failed: the password for %2 was not accepted (%3 tries). Check the user name and the password, or log in with a key (tried %4).</source>
        <translation>%1: Anmeldung fehlgeschlagen: Das Passwort für %2 wurde nicht angenommen (%3 Versuche). Prüfen Sie Benutzername und Passwort oder melden Sie sich mit einem Schlüssel an (versucht: %4).</translation>
    </message>
    <message>
        <location filename="../backend/transport/SshConnection.cpp" line="475"/>
        <source>%1: authentication failed: server accepts %2; tried %3. Add your public key to ~/.ssh/authorized_keys of %4 on the host, load it into ssh-agent, or give an identity file</source>
        <translation>%1: Anmeldung fehlgeschlagen: Der Server akzeptiert %2; versucht: %3. Fügen Sie Ihren öffentlichen Schlüssel zu ~/.ssh/authorized_keys von %4 auf dem Host hinzu, laden Sie ihn in ssh-agent oder geben Sie eine Schlüsseldatei an</translation>
    </message>
    <message>
        <location filename="../backend/transport/SshRunner.cpp" line="171"/>
        <source>keepalive failed: %1</source>
        <translation>Keepalive fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../backend/transport/SshRunner.cpp" line="253"/>
        <location filename="../backend/transport/SshRunner.cpp" line="288"/>
        <source>%1: empty command</source>
        <translation>%1: leerer Befehl</translation>
    </message>
    <message>
        <location filename="../backend/transport/SshRunner.cpp" line="262"/>
        <source>%1: `%2` timed out after %3 s</source>
        <translation>%1: Zeitüberschreitung bei `%2` nach %3 s</translation>
    </message>
    <message>
        <location filename="../backend/transport/SshRunner.cpp" line="268"/>
        <source>%1: sudo on %2 wants a password, which the console cannot type: add a NOPASSWD sudoers rule for %3 (see sudoers(5)) or connect as root
</source>
        <translation>%1: sudo auf %2 verlangt ein Passwort, das die Konsole nicht eingeben kann: Fügen Sie für %3 eine sudoers-Regel mit NOPASSWD hinzu (siehe sudoers(5)) oder verbinden Sie sich als root
</translation>
    </message>
    <message>
        <location filename="../backend/transport/StreamRun.cpp" line="38"/>
        <source>timed out after %1 ms</source>
        <translation>Zeitüberschreitung nach %1 ms</translation>
    </message>
    <message>
        <location filename="../backend/vms/VirshSession.cpp" line="137"/>
        <source>The virsh session on %1 ended (%2) and was started again.</source>
        <translation>Die virsh-Sitzung auf %1 wurde beendet (%2) und neu gestartet.</translation>
    </message>
    <message>
        <location filename="../backend/vms/VirshSession.cpp" line="139"/>
        <source>no reason given</source>
        <translation>ohne Angabe eines Grundes</translation>
    </message>
    <message>
        <location filename="../backend/vms/VirshSession.cpp" line="160"/>
        <source>it no longer takes input</source>
        <translation>sie nimmt keine Eingaben mehr an</translation>
    </message>
    <message>
        <location filename="../backend/vms/VirshSession.cpp" line="213"/>
        <source>the host has no virsh command</source>
        <translation>der Host hat keinen Befehl virsh</translation>
    </message>
    <message>
        <location filename="../backend/vms/VirshSession.cpp" line="214"/>
        <source>a word holds a line break, which virsh cannot take</source>
        <translation>ein Wort enthält einen Zeilenumbruch, den virsh nicht verarbeiten kann</translation>
    </message>
    <message>
        <location filename="../backend/vms/VirshSession.cpp" line="215"/>
        <source>the virsh session could not be started</source>
        <translation>die virsh-Sitzung konnte nicht gestartet werden</translation>
    </message>
    <message>
        <location filename="../backend/vms/VirshSession.cpp" line="233"/>
        <source>the virsh session ended</source>
        <translation>die virsh-Sitzung wurde beendet</translation>
    </message>
    <message>
        <location filename="../backend/vms/VirshSession.cpp" line="241"/>
        <source>virsh did not answer in time</source>
        <translation>virsh hat nicht rechtzeitig geantwortet</translation>
    </message>
    <message>
        <location filename="../backend/vms/VirshSession.cpp" line="263"/>
        <source>virsh exited with status %1%2</source>
        <translation>virsh wurde mit Status %1 beendet%2</translation>
    </message>
    <message>
        <location filename="../backend/transport/SocketStream.cpp" line="49"/>
        <location filename="../backend/transport/SocketStream.cpp" line="88"/>
        <location filename="../backend/transport/SocketStream.cpp" line="175"/>
        <location filename="../backend/transport/SocketStream.cpp" line="182"/>
        <location filename="../backend/transport/SocketStream.cpp" line="191"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../backend/transport/SocketStream.cpp" line="122"/>
        <source>%1 cannot open connections on the host (to %2): it is not a live host</source>
        <translation>%1 kann auf dem Host keine Verbindungen öffnen (zu %2): Es ist kein direkt verbundener Host</translation>
    </message>
    <message>
        <location filename="../backend/transport/SocketStream.cpp" line="156"/>
        <source>no answer within %1 s</source>
        <translation>keine Antwort innerhalb von %1 s</translation>
    </message>
    <message>
        <location filename="../backend/transport/SocketStream.cpp" line="172"/>
        <source>%1: the socket path is too long</source>
        <translation>%1: der Socket-Pfad ist zu lang</translation>
    </message>
    <message>
        <location filename="../backend/vnc/StreamSocketBridge.cpp" line="18"/>
        <source>cannot make a socket pair: %1</source>
        <translation>Socket-Paar kann nicht angelegt werden: %1</translation>
    </message>
    <message>
        <location filename="../backend/vnc/StreamSocketBridge.cpp" line="84"/>
        <source>the connection closed</source>
        <translation>die Verbindung wurde geschlossen</translation>
    </message>
    <message>
        <location filename="../backend/vnc/StreamSocketBridge.cpp" line="114"/>
        <source>the server closed the connection</source>
        <translation>der Server hat die Verbindung geschlossen</translation>
    </message>
    <message>
        <location filename="../backend/vnc/VncTarget.cpp" line="27"/>
        <source>Shut %1 down, give it &lt;graphics type=&apos;vnc&apos; autoport=&apos;yes&apos; listen=&apos;127.0.0.1&apos;/&gt; (virsh edit %1, or virt-manager&apos;s Display VNC with address Localhost only), and start it again.</source>
        <translation>Fahren Sie %1 herunter, geben Sie ihr &lt;graphics type=&apos;vnc&apos; autoport=&apos;yes&apos; listen=&apos;127.0.0.1&apos;/&gt; (virsh edit %1 oder in virt-manager „Display VNC“ mit der Adresse „Localhost only“) und starten Sie sie wieder.</translation>
    </message>
    <message>
        <location filename="../backend/vnc/VncTarget.cpp" line="32"/>
        <source>%1 shows its screen over SPICE only; the console shows VNC. %2</source>
        <translation>%1 zeigt ihren Bildschirm nur über SPICE; die Konsole zeigt VNC. %2</translation>
    </message>
    <message>
        <location filename="../backend/vnc/VncTarget.cpp" line="33"/>
        <source>%1 has no graphical console. %2</source>
        <translation>%1 hat keine grafische Konsole. %2</translation>
    </message>
    <message>
        <location filename="../backend/vnc/VncTarget.cpp" line="38"/>
        <source>%1&apos;s VNC socket is not known yet: is it running?</source>
        <translation>Der VNC-Socket von %1 ist noch unbekannt: Läuft sie?</translation>
    </message>
    <message>
        <location filename="../backend/vnc/VncTarget.cpp" line="45"/>
        <source>%1&apos;s VNC display listens nowhere (listen type none). %2</source>
        <translation>Die VNC-Anzeige von %1 lauscht nirgends (listen type none). %2</translation>
    </message>
    <message>
        <location filename="../backend/vnc/VncTarget.cpp" line="49"/>
        <source>%1&apos;s VNC display listens on the libvirt network %2, which the console does not reach through its connection. %3</source>
        <translation>Die VNC-Anzeige von %1 lauscht im libvirt-Netzwerk %2, das die Konsole über ihre Verbindung nicht erreicht. %3</translation>
    </message>
    <message>
        <location filename="../backend/vnc/VncTarget.cpp" line="55"/>
        <source>%1&apos;s VNC display listens on every address of the host (%2): anyone on the network can reach its screen, so the console will not open it. Change its listen address to 127.0.0.1: %3</source>
        <translation>Die VNC-Anzeige von %1 lauscht auf jeder Adresse des Hosts (%2): Jeder im Netzwerk kann ihren Bildschirm erreichen, daher öffnet die Konsole sie nicht. Ändern Sie ihre Lauschadresse auf 127.0.0.1: %3</translation>
    </message>
    <message>
        <source>%1&apos;s VNC display listens on every address of the host (%2): anyone on the network can reach its screen, and the console does not use it so. Change its listen address to 127.0.0.1: %3</source>
        <translation type="vanished">Die VNC-Anzeige von %1 lauscht auf allen Adressen des Hosts (%2): Jeder im Netzwerk kann ihren Bildschirm erreichen, und so verwendet die Konsole sie nicht. Ändern Sie ihre Listen-Adresse auf 127.0.0.1: %3</translation>
    </message>
    <message>
        <location filename="../backend/vnc/VncTarget.cpp" line="62"/>
        <source>%1&apos;s VNC display listens on %2, an address of the network, not on the host&apos;s loopback. Change it to 127.0.0.1: %3</source>
        <translation>Die VNC-Anzeige von %1 lauscht auf %2, einer Netzwerkadresse, nicht auf dem Loopback des Hosts. Ändern Sie sie auf 127.0.0.1: %3</translation>
    </message>
    <message>
        <location filename="../backend/vnc/VncTarget.cpp" line="68"/>
        <source>%1 has no VNC port yet: start it to see its screen.</source>
        <translation>%1 hat noch keinen VNC-Port: Starten Sie sie, um ihren Bildschirm zu sehen.</translation>
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
    <name>ftc::ShortcutsDialog</name>
    <message>
        <location filename="../ui/shell/HelpDialogs.cpp" line="105"/>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../ui/shell/HelpDialogs.cpp" line="114"/>
        <source>%1 ▸ %2</source>
        <translation>%1 ▸ %2</translation>
    </message>
    <message>
        <location filename="../ui/shell/HelpDialogs.cpp" line="123"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location filename="../ui/shell/HelpDialogs.cpp" line="123"/>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
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
        <location filename="../ui/common/StateStyle.cpp" line="126"/>
        <source>Former member of %1</source>
        <translation>Früheres Mitglied von %1</translation>
    </message>
    <message>
        <location filename="../ui/common/StateStyle.cpp" line="131"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/common/StateStyle.cpp" line="133"/>
        <source>Member of %1</source>
        <translation>Mitglied von %1</translation>
    </message>
    <message>
        <location filename="../ui/common/StateStyle.cpp" line="146"/>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <location filename="../ui/common/StateStyle.cpp" line="148"/>
        <source>No link</source>
        <translation>Keine Verbindung</translation>
    </message>
    <message>
        <location filename="../ui/common/StateStyle.cpp" line="149"/>
        <source>Link up, %1 Mb/s</source>
        <translation>Verbunden, %1 Mbit/s</translation>
    </message>
    <message>
        <location filename="../ui/common/StateStyle.cpp" line="149"/>
        <source>Link up</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <location filename="../ui/common/StateStyle.cpp" line="170"/>
        <source>Down</source>
        <translation>Getrennt</translation>
    </message>
    <message>
        <location filename="../ui/common/StateStyle.cpp" line="172"/>
        <source>Degraded (%1 of %2 up)</source>
        <translation>Eingeschränkt (%1 von %2 verbunden)</translation>
    </message>
    <message>
        <location filename="../ui/common/StateStyle.cpp" line="173"/>
        <source>Redundant</source>
        <translation>Redundant</translation>
    </message>
    <message>
        <location filename="../ui/common/StateStyle.cpp" line="191"/>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <location filename="../ui/common/StateStyle.cpp" line="193"/>
        <source>Paused</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <location filename="../ui/common/StateStyle.cpp" line="195"/>
        <source>Shut off</source>
        <translation>Ausgeschaltet</translation>
    </message>
    <message>
        <location filename="../ui/common/StateStyle.cpp" line="195"/>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <location filename="../ui/common/StateStyle.cpp" line="197"/>
        <source>Shutting down</source>
        <translation>Wird heruntergefahren</translation>
    </message>
    <message>
        <location filename="../ui/common/StateStyle.cpp" line="199"/>
        <source>Suspended by guest</source>
        <translation>Vom Gast in den Ruhezustand versetzt</translation>
    </message>
    <message>
        <location filename="../ui/common/StateStyle.cpp" line="201"/>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <location filename="../ui/common/StateStyle.cpp" line="203"/>
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
        <location filename="../ui/storage/StorageActions.cpp" line="41"/>
        <source>&amp;Add Disk…</source>
        <translation>Festplatte &amp;hinzufügen…</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageActions.cpp" line="43"/>
        <source>Add Disk</source>
        <comment>button</comment>
        <translation>Festplatte hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageActions.cpp" line="44"/>
        <source>Add a physical disk to this virtual disk</source>
        <translation>Eine physische Festplatte zu dieser virtuellen Festplatte hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageActions.cpp" line="54"/>
        <location filename="../ui/storage/StorageActions.cpp" line="174"/>
        <source>&amp;Remove Member…</source>
        <translation>Mitglied &amp;entfernen…</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageActions.cpp" line="63"/>
        <source>&amp;Remove Member</source>
        <translation>Mitglied &amp;entfernen</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageActions.cpp" line="66"/>
        <source>Remove</source>
        <comment>button</comment>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageActions.cpp" line="71"/>
        <source>Re-&amp;add Member</source>
        <translation>Mitglied wieder hinzu&amp;fügen</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageActions.cpp" line="33"/>
        <location filename="../ui/storage/StorageActions.cpp" line="74"/>
        <source>Re-add</source>
        <comment>button</comment>
        <translation>Wieder hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageActions.cpp" line="31"/>
        <location filename="../ui/storage/StorageActions.cpp" line="153"/>
        <source>Re-&amp;add to Virtual Disk…</source>
        <translation>Zur virtuellen Festplatte erneut hinzu&amp;fügen…</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageActions.cpp" line="76"/>
        <source>Start Consistency &amp;Check…</source>
        <translation>&amp;Konsistenzprüfung starten…</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageActions.cpp" line="78"/>
        <source>Check</source>
        <comment>button</comment>
        <translation>Prüfen</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageActions.cpp" line="82"/>
        <source>Ca&amp;ncel Check…</source>
        <translation>Prüfung a&amp;bbrechen…</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageActions.cpp" line="84"/>
        <source>Cancel Check</source>
        <comment>button</comment>
        <translation>Prüfung abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageActions.cpp" line="95"/>
        <source>&amp;Low (spare the virtual machines)</source>
        <translation>&amp;Niedrig (schont die virtuellen Maschinen)</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageActions.cpp" line="96"/>
        <source>&amp;Normal (system default)</source>
        <translation>N&amp;ormal (Systemvorgabe)</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageActions.cpp" line="97"/>
        <source>&amp;High (finish sooner)</source>
        <translation>&amp;Hoch (schneller fertig)</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageActions.cpp" line="106"/>
        <source>Resync &amp;Priority</source>
        <translation>&amp;Priorität der Resynchronisation</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageActions.cpp" line="109"/>
        <source>Priority</source>
        <comment>button</comment>
        <translation>Priorität</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageActions.cpp" line="111"/>
        <source>&amp;Storage</source>
        <translation>&amp;Datenträger</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageActions.cpp" line="129"/>
        <source>Select a host first</source>
        <translation>Wählen Sie zuerst einen Host</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageActions.cpp" line="130"/>
        <source>The host has not been read yet</source>
        <translation>Der Host wurde noch nicht gelesen</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageActions.cpp" line="131"/>
        <source>A capture is read-only</source>
        <translation>Eine Erfassung ist schreibgeschützt</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageActions.cpp" line="142"/>
        <source>Select a physical disk that is in no virtual disk</source>
        <translation>Wählen Sie eine Festplatte, die in keiner virtuellen Festplatte ist</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageActions.cpp" line="143"/>
        <source>%1 is already a member of %2: choose a free disk</source>
        <translation>%1 ist bereits Mitglied von %2: Wählen Sie eine freie Festplatte</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageActions.cpp" line="144"/>
        <source>%1 holds a former member of %2: re-add it there</source>
        <translation>%1 enthält ein früheres Mitglied von %2: Fügen Sie es dort erneut hinzu</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageActions.cpp" line="145"/>
        <source>%1 is in use</source>
        <translation>%1 wird verwendet</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageActions.cpp" line="148"/>
        <source>Select a physical disk that holds a former member of a virtual disk</source>
        <translation>Wählen Sie eine physische Festplatte, die ein früheres Mitglied einer virtuellen Festplatte enthält</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageActions.cpp" line="149"/>
        <source>%1 holds no former member of a running virtual disk</source>
        <translation>%1 enthält kein früheres Mitglied einer laufenden virtuellen Festplatte</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageActions.cpp" line="151"/>
        <source>Re-&amp;add %1 to %2…</source>
        <translation>%1 zu %2 erneut hinzu&amp;fügen…</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageActions.cpp" line="154"/>
        <source>Select a virtual disk (or one of its members) first</source>
        <translation>Wählen Sie zuerst eine virtuelle Festplatte (oder eines ihrer Mitglieder)</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageActions.cpp" line="161"/>
        <source>&amp;Remove %1 from %2…</source>
        <translation>%1 aus %2 &amp;entfernen…</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageActions.cpp" line="167"/>
        <source>%1 is being checked already</source>
        <translation>%1 wird bereits geprüft</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageActions.cpp" line="169"/>
        <source>%1 is syncing (%2): check it once it is Duplex</source>
        <translation>%1 synchronisiert (%2): Prüfen Sie sie, sobald sie Duplex ist</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageActions.cpp" line="170"/>
        <source>%1 runs no check</source>
        <translation>Auf %1 läuft keine Prüfung</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageActions.cpp" line="175"/>
        <source>This slot&apos;s disk is missing: there is nothing to remove; add a disk instead</source>
        <translation>Die Festplatte dieses Platzes fehlt: Es gibt nichts zu entfernen; fügen Sie stattdessen eine Festplatte hinzu</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageActions.cpp" line="278"/>
        <source>%1 (%2)…</source>
        <translation>%1 (%2)…</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageActions.cpp" line="287"/>
        <source>No members</source>
        <translation>Keine Mitglieder</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageActions.cpp" line="313"/>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageActions.cpp" line="323"/>
        <source>No former member to re-add</source>
        <translation>Kein früheres Mitglied zum Wiederhinzufügen</translation>
    </message>
</context>
<context>
    <name>ftc::StorageDetails</name>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="28"/>
        <source>%1 KiB chunks</source>
        <translation>%1-KiB-Blöcke</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="29"/>
        <source>%1 byte chunks</source>
        <translation>%1-Byte-Blöcke</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="30"/>
        <source>%1, %2 KiB in memory</source>
        <translation>%1, %2 KiB im Arbeitsspeicher</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="32"/>
        <source>, in file %1</source>
        <translation>, in Datei %1</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="43"/>
        <source>Storage</source>
        <translation>Datenträger</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="43"/>
        <location filename="../ui/storage/StorageDetails.cpp" line="44"/>
        <source>Virtual disks</source>
        <translation>Virtuelle Festplatten</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="48"/>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="50"/>
        <location filename="../ui/storage/StorageDetails.cpp" line="56"/>
        <source>Physical disks</source>
        <translation>Physische Festplatten</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="70"/>
        <source>Physical disk</source>
        <translation>Physische Festplatte</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="71"/>
        <location filename="../ui/storage/StorageDetails.cpp" line="209"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="72"/>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="73"/>
        <source>Module</source>
        <translation>Modul</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="74"/>
        <source>Slot</source>
        <translation>Steckplatz</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="75"/>
        <location filename="../ui/storage/StorageDetails.cpp" line="101"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="76"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="77"/>
        <source>Serial</source>
        <translation>Seriennummer</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="78"/>
        <source>Transport</source>
        <translation>Anschluss</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="79"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="80"/>
        <source>Mirror</source>
        <translation>Spiegel</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="82"/>
        <source>Partitions</source>
        <translation>Partitionen</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="84"/>
        <source>Signature</source>
        <translation>Signatur</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="86"/>
        <source>Mounted at</source>
        <translation>Eingehängt unter</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="88"/>
        <source>In use because</source>
        <translation>Belegt, weil</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="95"/>
        <source>Virtual disk (%1)</source>
        <translation>Virtuelle Festplatte (%1)</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="97"/>
        <source>Virtual disk</source>
        <translation>Virtuelle Festplatte</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="98"/>
        <source>OpState</source>
        <translation>OpState</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="100"/>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="102"/>
        <location filename="../ui/storage/StorageDetails.cpp" line="159"/>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="102"/>
        <source>%1 of %2 working</source>
        <translation>%1 von %2 in Betrieb</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="105"/>
        <source>Redundancy</source>
        <translation>Redundanz</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="105"/>
        <source>None: one more failed member loses data</source>
        <translation>Keine: ein weiteres ausgefallenes Mitglied führt zu Datenverlust</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/storage/StorageDetails.cpp" line="106"/>
        <source>Survives %n more failed member(s)</source>
        <translation>
            <numerusform>Übersteht %n weiteres ausgefallenes Mitglied</numerusform>
            <numerusform>Übersteht %n weitere ausgefallene Mitglieder</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="108"/>
        <source>Container</source>
        <translation>Container</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="110"/>
        <source>Access</source>
        <translation>Zugriff</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="110"/>
        <source>Read-only</source>
        <translation>Nur lesen</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="112"/>
        <location filename="../ui/storage/StorageDetails.cpp" line="189"/>
        <source>Metadata</source>
        <translation>Metadaten</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="114"/>
        <source>UUID</source>
        <translation>UUID</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="116"/>
        <source>Bitmap</source>
        <translation>Bitmap</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="119"/>
        <source>Synchronization</source>
        <translation>Synchronisierung</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="123"/>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="125"/>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="127"/>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="129"/>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="130"/>
        <source>Resync priority</source>
        <translation>Resync-Priorität</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="131"/>
        <source>%1 (%2 – %3 KiB/s)</source>
        <translation>%1 (%2 – %3 KiB/s)</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="137"/>
        <source>Last repair</source>
        <translation>Letzte Reparatur</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="137"/>
        <source>Last check</source>
        <translation>Letzte Prüfung</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="138"/>
        <source>No differences between the members</source>
        <translation>Keine Unterschiede zwischen den Mitgliedern</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/storage/StorageDetails.cpp" line="139"/>
        <source>%n sector(s) differed between the members (%1 KiB)</source>
        <translation>
            <numerusform>%n Sektor unterschied sich zwischen den Mitgliedern (%1 KiB)</numerusform>
            <numerusform>%n Sektoren unterschieden sich zwischen den Mitgliedern (%1 KiB)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="142"/>
        <location filename="../ui/storage/StorageDetails.cpp" line="145"/>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="145"/>
        <source>Nothing running</source>
        <translation>Läuft nicht</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="149"/>
        <source>Speed</source>
        <translation>Geschwindigkeit</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="149"/>
        <source>Last sync speed</source>
        <translation>Geschwindigkeit der letzten Synchronisation</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="154"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="161"/>
        <source>slot %1 — missing</source>
        <translation>Steckplatz %1 — fehlt</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="162"/>
        <source>%1 (replacement)</source>
        <translation>%1 (Ersatz)</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="166"/>
        <source>Not redundant</source>
        <translation>Nicht redundant</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="167"/>
        <source>%1 runs without redundancy. Add a physical disk from the other module of the same or larger size to make it Duplex again.</source>
        <translation>%1 läuft ohne Redundanz. Fügen Sie eine physische Festplatte gleicher oder größerer Kapazität aus dem anderen Modul hinzu, damit sie wieder Duplex wird.</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="171"/>
        <source>Degraded</source>
        <translation>Beeinträchtigt</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="172"/>
        <source>%1 of %2 members of %3 work; it survives %4 more failed member(s). Replace the failed member to restore full redundancy.</source>
        <translation>%1 von %2 Mitgliedern von %3 arbeiten; es übersteht %4 weitere ausgefallene Mitglieder. Ersetzen Sie das ausgefallene Mitglied, um die volle Redundanz wiederherzustellen.</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="176"/>
        <source>Broken</source>
        <translation>Defekt</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="177"/>
        <source>%1 has no working member. Its data cannot be read; restore from backup.</source>
        <translation>%1 hat kein funktionierendes Mitglied. Die Daten sind nicht lesbar; stellen Sie sie aus der Sicherung wieder her.</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="185"/>
        <source>%1 container</source>
        <translation>%1-Container</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="188"/>
        <source>External-metadata container</source>
        <translation>Container mit externen Metadaten</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="190"/>
        <source>Disks</source>
        <translation>Festplatten</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="191"/>
        <source>Arrays it holds</source>
        <translation>Enthaltene Arrays</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="191"/>
        <source>None yet</source>
        <translation>Noch keine</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="193"/>
        <source>The firmware RAID&apos;s set of disks. md shows every container as inactive; the state to watch is that of the arrays it holds.</source>
        <translation>Die Festplattengruppe des Firmware-RAIDs. md zeigt jeden Container als inaktiv an; maßgeblich ist der Zustand der enthaltenen Arrays.</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="208"/>
        <source>Member of %1</source>
        <translation>Mitglied von %1</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="210"/>
        <source>Role number</source>
        <translation>Rollennummer</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="217"/>
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
        <location filename="../widgets/SyncSpeedChart.cpp" line="60"/>
        <source>MiB/s</source>
        <translation>MiB/s</translation>
    </message>
    <message>
        <location filename="../widgets/SyncSpeedChart.cpp" line="103"/>
        <source>No samples yet</source>
        <translation>Noch keine Messwerte</translation>
    </message>
    <message>
        <location filename="../widgets/SyncSpeedChart.cpp" line="104"/>
        <source>Now: %1 %2</source>
        <translation>Jetzt: %1 %2</translation>
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
        <location filename="../ui/vms/VmActions.cpp" line="21"/>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmActions.cpp" line="22"/>
        <source>Shutting down…</source>
        <translation>Wird heruntergefahren…</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmActions.cpp" line="23"/>
        <source>Turning off…</source>
        <translation>Wird ausgeschaltet…</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmActions.cpp" line="24"/>
        <source>Saving state…</source>
        <translation>Zustand wird gespeichert…</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmActions.cpp" line="25"/>
        <source>Resetting…</source>
        <translation>Wird zurückgesetzt…</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmActions.cpp" line="26"/>
        <source>Pausing…</source>
        <translation>Wird angehalten…</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmActions.cpp" line="27"/>
        <source>Resuming…</source>
        <translation>Wird fortgesetzt…</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmActions.cpp" line="54"/>
        <location filename="../ui/vms/VmActions.cpp" line="181"/>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmActions.cpp" line="54"/>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmActions.cpp" line="55"/>
        <source>Start the VM, or restore its saved state</source>
        <translation>Die VM starten oder ihren gespeicherten Zustand wiederherstellen</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmActions.cpp" line="56"/>
        <source>Shut &amp;Down</source>
        <translation>&amp;Herunterfahren</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmActions.cpp" line="56"/>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmActions.cpp" line="57"/>
        <source>Ask the guest operating system to shut down</source>
        <translation>Das Gastbetriebssystem zum Herunterfahren auffordern</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmActions.cpp" line="58"/>
        <source>Turn &amp;Off…</source>
        <translation>&amp;Ausschalten…</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmActions.cpp" line="58"/>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmActions.cpp" line="59"/>
        <source>Stop the VM at once, as pulling its plug would</source>
        <translation>Die VM sofort stoppen, als würde man den Netzstecker ziehen</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmActions.cpp" line="60"/>
        <source>Sa&amp;ve State</source>
        <translation>&amp;Zustand speichern</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmActions.cpp" line="60"/>
        <source>Ctrl+Shift+V</source>
        <translation>Ctrl+Shift+V</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmActions.cpp" line="61"/>
        <source>Save the VM&apos;s memory to disk and stop it; Start restores it</source>
        <translation>Den Arbeitsspeicher der VM auf die Festplatte schreiben und die VM stoppen; Starten stellt sie wieder her</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmActions.cpp" line="62"/>
        <source>R&amp;eset…</source>
        <translation>Zu&amp;rücksetzen…</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmActions.cpp" line="62"/>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmActions.cpp" line="63"/>
        <source>Restart the VM at once, as its reset button would</source>
        <translation>Die VM sofort neu starten, wie es ihr Reset-Knopf täte</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmActions.cpp" line="64"/>
        <source>&amp;Pause</source>
        <translation>A&amp;nhalten</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmActions.cpp" line="64"/>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmActions.cpp" line="64"/>
        <source>Stop running the VM&apos;s CPUs</source>
        <translation>Die Ausführung der CPUs der VM anhalten</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmActions.cpp" line="65"/>
        <source>Res&amp;ume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmActions.cpp" line="65"/>
        <source>Ctrl+Shift+U</source>
        <translation>Ctrl+Shift+U</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmActions.cpp" line="65"/>
        <source>Run the paused VM again</source>
        <translation>Die angehaltene VM weiterlaufen lassen</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmActions.cpp" line="67"/>
        <source>&amp;Virtual Machine</source>
        <translation>&amp;Virtuelle Maschine</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmActions.cpp" line="70"/>
        <source>&amp;New Virtual Machine…</source>
        <translation>N&amp;eue virtuelle Maschine…</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmActions.cpp" line="72"/>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmActions.cpp" line="74"/>
        <source>Create a VM on the selected host: memory, a fixed-size disk on a mirror, a NIC on a team</source>
        <translation>Eine VM auf dem ausgewählten Host erstellen: Arbeitsspeicher, eine Festplatte fester Größe auf einem Spiegel, eine Netzwerkkarte an einem Team</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmActions.cpp" line="78"/>
        <source>Resource &amp;Planner…</source>
        <translation>Ressourcenp&amp;laner…</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmActions.cpp" line="80"/>
        <source>Size the VMs from the servers they replace, against the host (kept with the host)</source>
        <translation>Die VMs nach den Servern bemessen, die sie ersetzen, und mit dem Host abgleichen (wird beim Host gespeichert)</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmActions.cpp" line="99"/>
        <source>Start with &amp;Host</source>
        <translation>&amp;Mit dem Host starten</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmActions.cpp" line="102"/>
        <source>Turn the VM on when the host starts (virsh autostart)</source>
        <translation>Die VM einschalten, wenn der Host startet (virsh autostart)</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmActions.cpp" line="109"/>
        <source>Save State When the Host S&amp;tops</source>
        <translation>Zustand beim Herunterfahren des Hosts s&amp;peichern</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmActions.cpp" line="112"/>
        <source>Recorded with the VM; the host&apos;s libvirt-guests setting carries it out</source>
        <translation>Wird bei der VM vermerkt; ausgeführt wird es durch die libvirt-guests-Einstellung des Hosts</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmActions.cpp" line="119"/>
        <source>&amp;CPU Resources…</source>
        <translation>&amp;CPU-Ressourcen…</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmActions.cpp" line="121"/>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmActions.cpp" line="122"/>
        <location filename="../ui/vms/VmActions.cpp" line="197"/>
        <source>Relative weight, reserved and maximum capacity</source>
        <translation>Relative Gewichtung, reservierte und maximale Kapazität</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmActions.cpp" line="125"/>
        <source>&amp;Remote Control…</source>
        <translation>Ferns&amp;teuerung…</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmActions.cpp" line="127"/>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmActions.cpp" line="129"/>
        <location filename="../ui/vms/VmActions.cpp" line="184"/>
        <source>The VM&apos;s screen, keyboard and mouse, through the console&apos;s connection to the host</source>
        <translation>Bildschirm, Tastatur und Maus der VM, über die Verbindung der Konsole zum Host</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmActions.cpp" line="132"/>
        <source>Edit Con&amp;figuration…</source>
        <translation>&amp;Konfiguration bearbeiten…</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmActions.cpp" line="134"/>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmActions.cpp" line="136"/>
        <source>Memory, virtual CPUs, CD/DVD, network connection, another disk, rename, delete</source>
        <translation>Arbeitsspeicher, virtuelle CPUs, CD/DVD, Netzwerkverbindung, weitere Festplatte, umbenennen, löschen</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmActions.cpp" line="179"/>
        <source>Re&amp;store</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmActions.cpp" line="185"/>
        <source>%1 is %2: start it to see its screen</source>
        <translation>%1 ist %2: Starten Sie sie, um ihren Bildschirm zu sehen</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmActions.cpp" line="195"/>
        <source>libvirt did not report CPU tuning for %1 (session connections have none)</source>
        <translation>libvirt hat für %1 keine CPU-Tuning-Werte gemeldet (Sitzungsverbindungen haben keine)</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmActions.cpp" line="200"/>
        <source>Create a VM on %1: memory, a fixed-size disk on a mirror, a NIC on a team</source>
        <translation>Eine VM auf %1 erstellen: Arbeitsspeicher, eine Festplatte fester Größe auf einem Spiegel, eine Netzwerkkarte an einem Team</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmActions.cpp" line="203"/>
        <source>%1 is a read-only capture: VMs are created on a live host</source>
        <translation>%1 ist eine schreibgeschützte Erfassung: VMs werden auf einem direkt verbundenen Host erstellt</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmActions.cpp" line="204"/>
        <source>Select a host that answers first</source>
        <translation>Wählen Sie zuerst einen Host, der antwortet</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmActions.cpp" line="253"/>
        <source>Turn off %1 now? Like pulling the plug: what the guest has not written to its disks is lost.</source>
        <translation>%1 jetzt ausschalten? Wie das Ziehen des Netzsteckers: Was der Gast noch nicht auf seine Festplatten geschrieben hat, geht verloren.</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmActions.cpp" line="255"/>
        <source>Reset %1 now? The guest restarts without shutting down: what it has not written to its disks is lost.</source>
        <translation>%1 jetzt zurücksetzen? Der Gast startet neu, ohne herunterzufahren: Was er noch nicht auf seine Festplatten geschrieben hat, geht verloren.</translation>
    </message>
</context>
<context>
    <name>ftc::VmConsoleWindow</name>
    <message>
        <location filename="../ui/vms/VmConsoleWindow.cpp" line="31"/>
        <source>%1 on %2 — Remote Control</source>
        <translation>%1 auf %2 — Fernsteuerung</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmConsoleWindow.cpp" line="54"/>
        <source>Remote Control</source>
        <translation>Fernsteuerung</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmConsoleWindow.cpp" line="56"/>
        <source>Send Ctrl+Alt+&amp;Del</source>
        <translation>Ctrl+Alt+&amp;Del senden</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmConsoleWindow.cpp" line="58"/>
        <source>Ctrl+Alt+Del goes to the VM, not to this computer</source>
        <translation>Ctrl+Alt+Del geht an die VM, nicht an diesen Computer</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmConsoleWindow.cpp" line="59"/>
        <source>&amp;Scale to Window</source>
        <translation>An Fenster an&amp;passen</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmConsoleWindow.cpp" line="68"/>
        <source>&amp;Full Screen</source>
        <translation>&amp;Vollbild</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmConsoleWindow.cpp" line="74"/>
        <source>Screens&amp;hot…</source>
        <translation>Bildschirm&amp;foto…</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmConsoleWindow.cpp" line="76"/>
        <source>Save Screenshot of %1</source>
        <translation>Bildschirmfoto von %1 speichern</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmConsoleWindow.cpp" line="78"/>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmConsoleWindow.cpp" line="83"/>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmConsoleWindow.cpp" line="86"/>
        <source>&amp;Reconnect</source>
        <translation>&amp;Neu verbinden</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmConsoleWindow.cpp" line="96"/>
        <source>%1 on %2: %3 × %4, through the console&apos;s connection to the host</source>
        <translation>%1 auf %2: %3 × %4, über die Verbindung der Konsole zum Host</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmConsoleWindow.cpp" line="136"/>
        <source>%1 was closed: open it again to see the screen of %2.</source>
        <translation>%1 wurde geschlossen: Öffnen Sie den Host erneut, um den Bildschirm von %2 zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmConsoleWindow.cpp" line="139"/>
        <source>Connecting to the screen of %1…</source>
        <translation>Verbindung zum Bildschirm von %1 wird hergestellt…</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmConsoleWindow.cpp" line="153"/>
        <source>%1

Trying again every %2 seconds.</source>
        <translation>%1

Neuer Versuch alle %2 Sekunden.</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmConsoleWindow.cpp" line="176"/>
        <source>The connection to the screen of %1 ended: %2

Reconnecting when %3 and %1 answer again (every %4 seconds).</source>
        <translation>Die Verbindung zum Bildschirm von %1 wurde beendet: %2

Sie wird wiederhergestellt, sobald %3 und %1 wieder antworten (Versuch alle %4 Sekunden).</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmConsoleWindow.cpp" line="178"/>
        <source>it was closed</source>
        <translation>sie wurde geschlossen</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmConsoleWindow.cpp" line="180"/>
        <source>Disconnected</source>
        <translation>Getrennt</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmConsoleWindow.cpp" line="189"/>
        <source>There is no screen to save yet.</source>
        <translation>Es gibt noch keinen Bildschirminhalt zum Speichern.</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmConsoleWindow.cpp" line="194"/>
        <source>Could not write %1: check that the folder exists and is writable.</source>
        <translation>%1 konnte nicht geschrieben werden: Prüfen Sie, ob der Ordner existiert und beschreibbar ist.</translation>
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
        <location filename="../ui/vms/VmDetails.cpp" line="30"/>
        <source>Virtual machine</source>
        <translation>Virtuelle Maschine</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmDetails.cpp" line="31"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmDetails.cpp" line="32"/>
        <location filename="../ui/vms/VmDetails.cpp" line="85"/>
        <source>Memory</source>
        <translation>Arbeitsspeicher</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmDetails.cpp" line="34"/>
        <source>Maximum memory</source>
        <translation>Maximaler Arbeitsspeicher</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmDetails.cpp" line="37"/>
        <source>Virtual CPUs</source>
        <translation>Virtuelle CPUs</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmDetails.cpp" line="38"/>
        <source>CPU use</source>
        <translation>CPU-Auslastung</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmDetails.cpp" line="39"/>
        <location filename="../ui/vms/VmDetails.cpp" line="67"/>
        <source>%1 % of one CPU (%2 % of the host)</source>
        <translation>%1 % einer CPU (%2 % des Hosts)</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmDetails.cpp" line="44"/>
        <source>Start with host</source>
        <translation>Mit dem Host starten</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmDetails.cpp" line="35"/>
        <location filename="../ui/vms/VmDetails.cpp" line="131"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmDetails.cpp" line="35"/>
        <location filename="../ui/vms/VmDetails.cpp" line="131"/>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmDetails.cpp" line="42"/>
        <source>Guest agent</source>
        <translation>Gast-Agent</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmDetails.cpp" line="45"/>
        <source>Save state when the host stops</source>
        <translation>Zustand beim Herunterfahren des Hosts speichern</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmDetails.cpp" line="49"/>
        <source>Saved state</source>
        <translation>Gespeicherter Zustand</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmDetails.cpp" line="50"/>
        <source>A saved state waits on disk: Restore brings the VM back where it stopped.</source>
        <translation>Ein gespeicherter Zustand liegt auf der Festplatte bereit: Wiederherstellen setzt die VM dort fort, wo sie gestoppt wurde.</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmDetails.cpp" line="58"/>
        <source>%1 % of one CPU for the whole VM (%2 % of the host)</source>
        <translation>%1 % einer CPU für die ganze VM (%2 % des Hosts)</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmDetails.cpp" line="65"/>
        <source>No cap: each virtual CPU may use a whole CPU</source>
        <translation>Keine Obergrenze: Jede virtuelle CPU darf eine ganze CPU nutzen</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmDetails.cpp" line="70"/>
        <source>%1 % of one CPU for each of its %2 virtual CPUs: at most %3 % of one CPU in all (%4 % of the host)</source>
        <translation>%1 % einer CPU für jede ihrer %2 virtuellen CPUs: insgesamt höchstens %3 % einer CPU (%4 % des Hosts)</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmDetails.cpp" line="73"/>
        <source>CPU resources</source>
        <translation>CPU-Ressourcen</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmDetails.cpp" line="74"/>
        <source>Relative weight</source>
        <translation>Relative Gewichtung</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmDetails.cpp" line="75"/>
        <source>Reserved capacity</source>
        <translation>Reservierte Kapazität</translation>
    </message>
    <message>
        <source>%1 % of one CPU</source>
        <translation type="vanished">%1 % einer CPU</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmDetails.cpp" line="76"/>
        <source>Maximum capacity</source>
        <translation>Maximale Kapazität</translation>
    </message>
    <message>
        <source>%1 % of one CPU (%2 % of system)</source>
        <translation type="vanished">%1 % einer CPU (%2 % des Systems)</translation>
    </message>
    <message>
        <source>No cap</source>
        <translation type="vanished">Keine Obergrenze</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmDetails.cpp" line="77"/>
        <source>cpu_shares</source>
        <translation>cpu_shares</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmDetails.cpp" line="77"/>
        <source>not set (the default, 1024)</source>
        <translation>nicht gesetzt (Standard, 1024)</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmDetails.cpp" line="80"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmDetails.cpp" line="83"/>
        <source>Performance</source>
        <translation>Leistung</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmDetails.cpp" line="84"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmDetails.cpp" line="84"/>
        <source>% of one CPU</source>
        <translation>% einer CPU</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmDetails.cpp" line="85"/>
        <source>MiB</source>
        <translation>MiB</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmDetails.cpp" line="88"/>
        <location filename="../ui/vms/VmDetails.cpp" line="96"/>
        <source>Disks</source>
        <translation>Festplatten</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmDetails.cpp" line="90"/>
        <source>Definition</source>
        <translation>Definition</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmDetails.cpp" line="92"/>
        <source>Reading</source>
        <translation>Wird gelesen</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmDetails.cpp" line="92"/>
        <source>Reading the VM&apos;s definition…</source>
        <translation>Definition der VM wird gelesen…</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmDetails.cpp" line="99"/>
        <source>%1 — on %2</source>
        <translation>%1 — auf %2</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmDetails.cpp" line="100"/>
        <source>%1 — on %2, not mirrored</source>
        <translation>%1 — auf %2, nicht gespiegelt</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmDetails.cpp" line="101"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmDetails.cpp" line="104"/>
        <location filename="../ui/vms/VmDetails.cpp" line="107"/>
        <source>%1 is on</source>
        <translation>%1 liegt auf</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmDetails.cpp" line="105"/>
        <location filename="../ui/vms/VmDetails.cpp" line="122"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmDetails.cpp" line="108"/>
        <source>%1 (one disk, no mirror)</source>
        <translation>%1 (eine Festplatte, kein Spiegel)</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmDetails.cpp" line="110"/>
        <source>Network adapters</source>
        <translation>Netzwerkadapter</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmDetails.cpp" line="113"/>
        <source>Adapters</source>
        <translation>Adapter</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmDetails.cpp" line="136"/>
        <source>No (the host&apos;s libvirt-guests service is off)</source>
        <translation>Nein (der Dienst libvirt-guests des Hosts ist aus)</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmDetails.cpp" line="137"/>
        <source>Yes (the host&apos;s setting)</source>
        <translation>Ja (Einstellung des Hosts)</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmDetails.cpp" line="137"/>
        <source>No (the host&apos;s setting)</source>
        <translation>Nein (Einstellung des Hosts)</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmDetails.cpp" line="96"/>
        <location filename="../ui/vms/VmDetails.cpp" line="113"/>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmDetails.cpp" line="117"/>
        <source>, model %1</source>
        <translation>, Modell %1</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmDetails.cpp" line="119"/>
        <source>, host side %1</source>
        <translation>, Host-Seite %1</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmDetails.cpp" line="120"/>
        <source>Adapter</source>
        <translation>Adapter</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmDetails.cpp" line="122"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmDetails.cpp" line="47"/>
        <source>UUID</source>
        <translation>UUID</translation>
    </message>
</context>
<context>
    <name>ftc::VmEditDialog</name>
    <message>
        <location filename="../ui/vms/VmEditDialog.cpp" line="50"/>
        <source>Edit Configuration of %1</source>
        <translation>Konfiguration von %1 bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmEditDialog.cpp" line="59"/>
        <source>Memory and virtual CPUs</source>
        <translation>Arbeitsspeicher und virtuelle CPUs</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmEditDialog.cpp" line="65"/>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmEditDialog.cpp" line="69"/>
        <source>&amp;Change…</source>
        <translation>Ä&amp;ndern…</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmEditDialog.cpp" line="71"/>
        <source>Memory:</source>
        <translation>Arbeitsspeicher:</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmEditDialog.cpp" line="73"/>
        <source>Virtual CPUs:</source>
        <translation>Virtuelle CPUs:</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmEditDialog.cpp" line="79"/>
        <source>CD/DVD drive</source>
        <translation>CD/DVD-Laufwerk</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmEditDialog.cpp" line="86"/>
        <source>/var/lib/libvirt/boot/installer.iso</source>
        <translation>/var/lib/libvirt/boot/installer.iso</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmEditDialog.cpp" line="87"/>
        <source>&amp;Insert…</source>
        <translation>&amp;Einlegen…</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmEditDialog.cpp" line="89"/>
        <source>E&amp;ject…</source>
        <translation>Aus&amp;werfen…</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmEditDialog.cpp" line="95"/>
        <source>In the drive:</source>
        <translation>Im Laufwerk:</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmEditDialog.cpp" line="96"/>
        <source>ISO on the host:</source>
        <translation>ISO auf dem Host:</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmEditDialog.cpp" line="99"/>
        <source>Network adapters</source>
        <translation>Netzwerkadapter</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmEditDialog.cpp" line="104"/>
        <source>MAC address</source>
        <translation>MAC-Adresse</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmEditDialog.cpp" line="104"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmEditDialog.cpp" line="104"/>
        <source>Connected to</source>
        <translation>Verbunden mit</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmEditDialog.cpp" line="108"/>
        <source>C&amp;onnect…</source>
        <translation>&amp;Verbinden…</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmEditDialog.cpp" line="111"/>
        <source>Connect the selected adapter to:</source>
        <translation>Ausgewählten Adapter verbinden mit:</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmEditDialog.cpp" line="118"/>
        <source>Add a fixed-size disk</source>
        <translation>Festplatte fester Größe hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmEditDialog.cpp" line="126"/>
        <source> GiB</source>
        <translation> GiB</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmEditDialog.cpp" line="127"/>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmEditDialog.cpp" line="134"/>
        <source>Name and removal</source>
        <translation>Name und Entfernen</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmEditDialog.cpp" line="138"/>
        <source>&amp;Rename…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmEditDialog.cpp" line="140"/>
        <source>Also delete its disk &amp;images</source>
        <translation>Auch ihre Festplatten-&amp;Images löschen</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmEditDialog.cpp" line="142"/>
        <source>&amp;Delete VM…</source>
        <translation>VM &amp;löschen…</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmEditDialog.cpp" line="166"/>
        <source>Give %1 %2 MiB and %3 virtual CPUs</source>
        <translation>%1 %2 MiB und %3 virtuelle CPUs zuweisen</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmEditDialog.cpp" line="282"/>
        <source>%1 is no longer on the host.</source>
        <translation>%1 ist nicht mehr auf dem Host.</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmEditDialog.cpp" line="283"/>
        <source>The definition of %1 could not be read: %2</source>
        <translation>Die Definition von %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmEditDialog.cpp" line="291"/>
        <source>memory %1 MiB (runs with %2 MiB)</source>
        <translation>Arbeitsspeicher %1 MiB (läuft mit %2 MiB)</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmEditDialog.cpp" line="293"/>
        <source>%1 virtual CPUs (runs with %2)</source>
        <translation>%1 virtuelle CPUs (läuft mit %2)</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmEditDialog.cpp" line="295"/>
        <source>Pending until %1 is shut down and started again: %2.</source>
        <translation>Ausstehend, bis %1 heruntergefahren und wieder gestartet wird: %2.</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmEditDialog.cpp" line="306"/>
        <source>%1 has no CD/DVD drive</source>
        <translation>%1 hat kein CD/DVD-Laufwerk</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmEditDialog.cpp" line="307"/>
        <source>Empty (%1)</source>
        <translation>Leer (%1)</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmEditDialog.cpp" line="308"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmEditDialog.cpp" line="317"/>
        <location filename="../ui/vms/VmEditDialog.cpp" line="330"/>
        <source>bridge %1</source>
        <translation>Bridge %1</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmEditDialog.cpp" line="318"/>
        <location filename="../ui/vms/VmEditDialog.cpp" line="334"/>
        <source>network %1</source>
        <translation>Netzwerk %1</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmEditDialog.cpp" line="330"/>
        <source>bridge %1 (team %2)</source>
        <translation>Bridge %1 (Team %2)</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmEditDialog.cpp" line="339"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmEditDialog.cpp" line="339"/>
        <source>not mirrored</source>
        <translation>nicht gespiegelt</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmEditDialog.cpp" line="341"/>
        <source>%1 (%2; %3 free)</source>
        <translation>%1 (%2; %3 frei)</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmEditDialog.cpp" line="345"/>
        <source>libvirt renames only a shut-off VM</source>
        <translation>libvirt benennt nur eine ausgeschaltete VM um</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmEditDialog.cpp" line="347"/>
        <source>Shut the VM down first</source>
        <translation>Fahren Sie die VM zuerst herunter</translation>
    </message>
</context>
<context>
    <name>ftc::VmStatusModel</name>
    <message>
        <location filename="../ui/vms/VmStatusModel.cpp" line="26"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmStatusModel.cpp" line="26"/>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmStatusModel.cpp" line="172"/>
        <location filename="../ui/vms/VmStatusModel.cpp" line="174"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmStatusModel.cpp" line="181"/>
        <source>≥ %1</source>
        <comment>uptime counted since the console opened the host</comment>
        <translation>≥ %1</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmStatusModel.cpp" line="197"/>
        <source>CPU use since the last refresh, in % of one of the host&apos;s CPUs</source>
        <translation>CPU-Auslastung seit der letzten Aktualisierung, in % einer CPU des Hosts</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmStatusModel.cpp" line="199"/>
        <source>CPU use since the last refresh, in % of all the host&apos;s CPUs</source>
        <translation>CPU-Auslastung seit der letzten Aktualisierung, in % aller CPUs des Hosts</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmStatusModel.cpp" line="201"/>
        <source>The QEMU guest agent in the VM (the guide&apos;s Virtual Machine Additions): its channel and whether it answers guest-ping, as last read by the checks</source>
        <translation>Der QEMU-Gast-Agent in der VM (die Virtual Machine Additions des Leitfadens): sein Kanal und ob er auf guest-ping antwortet, wie zuletzt von den Prüfungen gelesen</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmStatusModel.cpp" line="204"/>
        <source>Since the console saw the VM start; &quot;≥&quot; when it was running already</source>
        <translation>Seit die Konsole den Start der VM gesehen hat; „≥“, wenn sie bereits lief</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmStatusModel.cpp" line="210"/>
        <source>Virtual machine</source>
        <translation>Virtuelle Maschine</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmStatusModel.cpp" line="211"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmStatusModel.cpp" line="212"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmStatusModel.cpp" line="213"/>
        <source>Of system</source>
        <translation>Vom System</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmStatusModel.cpp" line="214"/>
        <source>Memory</source>
        <translation>Arbeitsspeicher</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmStatusModel.cpp" line="215"/>
        <source>vCPUs</source>
        <translation>vCPUs</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmStatusModel.cpp" line="216"/>
        <source>Uptime</source>
        <translation>Laufzeit</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmStatusModel.cpp" line="217"/>
        <source>Starts with host</source>
        <translation>Startet mit dem Host</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmStatusModel.cpp" line="218"/>
        <source>Saves state</source>
        <translation>Speichert Zustand</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmStatusModel.cpp" line="219"/>
        <source>Guest agent</source>
        <translation>Gast-Agent</translation>
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
<context>
    <name>ftc::VncClient</name>
    <message>
        <location filename="../widgets/VncClient.cpp" line="44"/>
        <source>The VNC server asks for a password (libvirt&apos;s passwd= on the display); the console connects only to displays without one, reached through the host&apos;s own connection. (%1)</source>
        <translation>Der VNC-Server verlangt ein Passwort (passwd= von libvirt an der Anzeige); die Konsole verbindet sich nur mit Anzeigen ohne Passwort, die sie über die eigene Verbindung zum Host erreicht. (%1)</translation>
    </message>
    <message>
        <location filename="../widgets/VncClient.cpp" line="50"/>
        <source>The VNC server closed the connection.</source>
        <translation>Der VNC-Server hat die Verbindung geschlossen.</translation>
    </message>
    <message>
        <location filename="../widgets/VncClient.cpp" line="51"/>
        <source>The VNC session ended: %1</source>
        <translation>Die VNC-Sitzung wurde beendet: %1</translation>
    </message>
</context>
</TS>
