<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>ftc::AddDiskWizard</name>
    <message>
        <location filename="../ui/storage/AddDiskWizard.cpp" line="59"/>
        <source>No confirmation is needed for this plan.</source>
        <translation>このプランには確認は不要です。</translation>
    </message>
    <message>
        <location filename="../ui/storage/AddDiskWizard.cpp" line="99"/>
        <source>Add Physical Disk to Virtual Disk</source>
        <translation>物理ディスクを仮想ディスクに追加</translation>
    </message>
    <message>
        <location filename="../ui/storage/AddDiskWizard.cpp" line="114"/>
        <source>What should %1 become?</source>
        <translation>%1 をどのように使いますか?</translation>
    </message>
    <message>
        <location filename="../ui/storage/AddDiskWizard.cpp" line="115"/>
        <source>Complete a virtual disk that runs on one disk, or start a new one.</source>
        <translation>1 台のディスクで動作している仮想ディスクを完成させるか、新しい仮想ディスクを作成します。</translation>
    </message>
    <message>
        <location filename="../ui/storage/AddDiskWizard.cpp" line="116"/>
        <source>&amp;Add %1 to this virtual disk:</source>
        <translation>%1 をこの仮想ディスクに追加(&amp;A):</translation>
    </message>
    <message>
        <location filename="../ui/storage/AddDiskWizard.cpp" line="117"/>
        <source>Create a &amp;new virtual disk on %1; add its second disk later</source>
        <translation>%1 に新しい仮想ディスクを作成し、2 台目のディスクは後で追加(&amp;N)</translation>
    </message>
    <message>
        <location filename="../ui/storage/AddDiskWizard.cpp" line="122"/>
        <source>Virtual disk</source>
        <translation>仮想ディスク</translation>
    </message>
    <message>
        <location filename="../ui/storage/AddDiskWizard.cpp" line="122"/>
        <location filename="../ui/storage/AddDiskWizard.cpp" line="134"/>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../ui/storage/AddDiskWizard.cpp" line="122"/>
        <source>Members</source>
        <translation>メンバー</translation>
    </message>
    <message>
        <location filename="../ui/storage/AddDiskWizard.cpp" line="122"/>
        <location filename="../ui/storage/AddDiskWizard.cpp" line="134"/>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <location filename="../ui/storage/AddDiskWizard.cpp" line="131"/>
        <source>Which physical disk should join %1?</source>
        <translation>どの物理ディスクを %1 に追加しますか?</translation>
    </message>
    <message>
        <location filename="../ui/storage/AddDiskWizard.cpp" line="132"/>
        <source>Pick an unconfigured disk in the other module, in the slot that corresponds to the working disk, at least as large as the virtual disk.</source>
        <translation>もう一方のモジュールで、稼働中のディスクに対応するスロットにある、仮想ディスク以上の容量の未構成ディスクを選んでください。</translation>
    </message>
    <message>
        <location filename="../ui/storage/AddDiskWizard.cpp" line="134"/>
        <source>Disk</source>
        <translation>ディスク</translation>
    </message>
    <message>
        <location filename="../ui/storage/AddDiskWizard.cpp" line="134"/>
        <source>Module</source>
        <translation>モジュール</translation>
    </message>
    <message>
        <location filename="../ui/storage/AddDiskWizard.cpp" line="134"/>
        <source>Slot</source>
        <translation>スロット</translation>
    </message>
    <message>
        <location filename="../ui/storage/AddDiskWizard.cpp" line="134"/>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <location filename="../ui/storage/AddDiskWizard.cpp" line="143"/>
        <source>Review the plan</source>
        <translation>プランの確認</translation>
    </message>
    <message>
        <location filename="../ui/storage/AddDiskWizard.cpp" line="152"/>
        <source>Confirm</source>
        <translation>確認</translation>
    </message>
    <message>
        <location filename="../ui/storage/AddDiskWizard.cpp" line="153"/>
        <source>The commands run as soon as you press Apply.</source>
        <translation>「適用」を押すとすぐにコマンドが実行されます。</translation>
    </message>
    <message>
        <location filename="../ui/storage/AddDiskWizard.cpp" line="155"/>
        <source>&amp;Apply</source>
        <translation>適用(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/storage/AddDiskWizard.cpp" line="171"/>
        <source>Applying</source>
        <translation>適用中</translation>
    </message>
    <message>
        <location filename="../ui/storage/AddDiskWizard.cpp" line="172"/>
        <source>Each step&apos;s result appears as it finishes; a failed step stops the plan.</source>
        <translation>各ステップの結果は完了ごとに表示されます。失敗したステップがあるとプランは停止します。</translation>
    </message>
    <message>
        <location filename="../ui/storage/AddDiskWizard.cpp" line="182"/>
        <source>&amp;Stop After This Step</source>
        <translation>このステップの後で停止(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/storage/AddDiskWizard.cpp" line="184"/>
        <source>The step that is running finishes; no further step starts</source>
        <translation>実行中のステップは最後まで実行され、次のステップは開始されません</translation>
    </message>
    <message>
        <location filename="../ui/storage/AddDiskWizard.cpp" line="191"/>
        <source>Stopping after the step that is running…</source>
        <translation>実行中のステップの後で停止しています…</translation>
    </message>
    <message>
        <location filename="../ui/storage/AddDiskWizard.cpp" line="223"/>
        <source>It sits in module %1, slot %2.</source>
        <translation>モジュール %1 のスロット %2 にあります。</translation>
    </message>
    <message>
        <location filename="../ui/storage/AddDiskWizard.cpp" line="224"/>
        <source>It sits in module %1.</source>
        <translation>モジュール %1 にあります。</translation>
    </message>
    <message>
        <location filename="../ui/storage/AddDiskWizard.cpp" line="226"/>
        <source>%1 reports no serial number. To confirm that %1 is the disk to overwrite, type its device path, /dev/%1.</source>
        <translation>%1 はシリアル番号を報告しません。%1 が上書きするディスクであることを確認するため、デバイスパス /dev/%1 を入力してください。</translation>
    </message>
    <message>
        <location filename="../ui/storage/AddDiskWizard.cpp" line="228"/>
        <source>Everything on %1 will be overwritten. Read the serial number on the label of the physical disk (it is also in the disk&apos;s properties) and type it to confirm. %2</source>
        <translation>%1 の内容はすべて上書きされます。物理ディスクのラベルに記載されたシリアル番号 (ディスクのプロパティにも表示されます) を読み取り、入力して確認してください。%2</translation>
    </message>
    <message>
        <location filename="../ui/storage/AddDiskWizard.cpp" line="244"/>
        <source>(missing)</source>
        <translation>(欠落)</translation>
    </message>
    <message>
        <location filename="../ui/storage/AddDiskWizard.cpp" line="249"/>
        <source>%1 (module %2, slot %3)</source>
        <translation>%1 (モジュール %2、スロット %3)</translation>
    </message>
    <message>
        <location filename="../ui/storage/AddDiskWizard.cpp" line="323"/>
        <source>No information from the host yet</source>
        <translation>ホストからの情報はまだありません</translation>
    </message>
    <message>
        <location filename="../ui/storage/AddDiskWizard.cpp" line="324"/>
        <source>The host has not answered yet: wait for the first refresh, then try again.</source>
        <translation>ホストがまだ応答していません。最初の更新を待ってから再試行してください。</translation>
    </message>
    <message>
        <location filename="../ui/storage/AddDiskWizard.cpp" line="331"/>
        <source>Checking %1 on the host…</source>
        <translation>ホスト上で %1 を確認しています…</translation>
    </message>
    <message>
        <location filename="../ui/storage/AddDiskWizard.cpp" line="333"/>
        <source>Asking %1 itself what it holds: signatures, partitions, holders, mounts, and the disks of every virtual machine.</source>
        <translation>%1 自体に内容を問い合わせています: シグネチャ、パーティション、ホルダー、マウント、すべての仮想マシンのディスク。</translation>
    </message>
    <message>
        <location filename="../ui/storage/AddDiskWizard.cpp" line="350"/>
        <source>The host could not be asked what this account may run.</source>
        <translation>このアカウントが実行できるコマンドをホストに問い合わせられませんでした。</translation>
    </message>
    <message>
        <location filename="../ui/storage/AddDiskWizard.cpp" line="389"/>
        <source>Nothing has been changed yet. Check the commands below, then continue.</source>
        <translation>まだ何も変更されていません。以下のコマンドを確認してから続行してください。</translation>
    </message>
    <message>
        <location filename="../ui/storage/AddDiskWizard.cpp" line="390"/>
        <source>This cannot be done as things are: fix what is listed below, or go Back and choose differently.</source>
        <translation>現在の状態では実行できません。以下の項目を解決するか、「戻る」で別の選択をしてください。</translation>
    </message>
    <message>
        <location filename="../ui/storage/AddDiskWizard.cpp" line="402"/>
        <source>The host was closed: nothing was changed.</source>
        <translation>ホストが閉じられました。何も変更されていません。</translation>
    </message>
    <message>
        <location filename="../ui/storage/AddDiskWizard.cpp" line="410"/>
        <source>Applying…</source>
        <translation>適用中…</translation>
    </message>
    <message>
        <location filename="../ui/storage/AddDiskWizard.cpp" line="423"/>
        <source>%1: done</source>
        <translation>%1: 完了</translation>
    </message>
    <message>
        <location filename="../ui/storage/AddDiskWizard.cpp" line="423"/>
        <source>%1: failed: %2</source>
        <translation>%1: 失敗: %2</translation>
    </message>
    <message>
        <location filename="../ui/storage/AddDiskWizard.cpp" line="439"/>
        <source>Done.</source>
        <translation>完了しました。</translation>
    </message>
    <message>
        <location filename="../ui/storage/AddDiskWizard.cpp" line="445"/>
        <source>The plan failed.</source>
        <translation>プランは失敗しました。</translation>
    </message>
    <message>
        <location filename="../ui/storage/AddDiskWizard.cpp" line="445"/>
        <source>The plan was stopped.</source>
        <translation>プランは停止されました。</translation>
    </message>
    <message>
        <location filename="../ui/storage/AddDiskWizard.cpp" line="447"/>
        <source>Every step&apos;s command and output are in Host ▸ Operation History.</source>
        <translation>各ステップのコマンドと出力は [ホスト] ▸ [操作履歴] にあります。</translation>
    </message>
</context>
<context>
    <name>ftc::CheckMarks</name>
    <message>
        <location filename="../ui/host/CheckMarks.cpp" line="72"/>
        <source>1 error</source>
        <translation>エラー 1 件</translation>
    </message>
    <message>
        <location filename="../ui/host/CheckMarks.cpp" line="72"/>
        <source>%1 errors</source>
        <translation>エラー %1 件</translation>
    </message>
    <message>
        <location filename="../ui/host/CheckMarks.cpp" line="74"/>
        <source>1 warning</source>
        <translation>警告 1 件</translation>
    </message>
    <message>
        <location filename="../ui/host/CheckMarks.cpp" line="74"/>
        <source>%1 warnings</source>
        <translation>警告 %1 件</translation>
    </message>
    <message>
        <location filename="../ui/host/CheckMarks.cpp" line="76"/>
        <source>%1 unknown</source>
        <translation>不明 %1 件</translation>
    </message>
    <message>
        <location filename="../ui/host/CheckMarks.cpp" line="77"/>
        <source>All passed</source>
        <translation>すべて合格</translation>
    </message>
    <message>
        <location filename="../ui/host/CheckMarks.cpp" line="82"/>
        <source>Checks</source>
        <translation>チェック</translation>
    </message>
    <message>
        <location filename="../ui/host/CheckMarks.cpp" line="85"/>
        <source>The guide&apos;s post-installation checks, from the host&apos;s live state</source>
        <translation>ガイドのインストール後チェック (ホストの現在の状態に基づく)</translation>
    </message>
    <message>
        <location filename="../ui/host/CheckMarks.cpp" line="92"/>
        <source>Setup</source>
        <translation>セットアップ</translation>
    </message>
    <message>
        <location filename="../ui/host/CheckMarks.cpp" line="95"/>
        <source>%1 of %2 done</source>
        <translation>%2 件中 %1 件完了</translation>
    </message>
    <message>
        <location filename="../ui/host/CheckMarks.cpp" line="96"/>
        <source>The guide&apos;s setup steps, ticked from the host&apos;s live state</source>
        <translation>ガイドのセットアップ手順 (ホストの現在の状態に基づいてチェック)</translation>
    </message>
</context>
<context>
    <name>ftc::Checks</name>
    <message>
        <location filename="../backend/checks/CheckFacts.cpp" line="36"/>
        <source>%1 was not run</source>
        <translation>%1 は実行されませんでした</translation>
    </message>
    <message>
        <location filename="../backend/checks/CheckFacts.cpp" line="38"/>
        <source>%1 did not finish (%2)</source>
        <translation>%1 は完了しませんでした (%2)</translation>
    </message>
    <message>
        <location filename="../backend/checks/CheckFacts.cpp" line="40"/>
        <source>%1 is not installed on the host</source>
        <translation>%1 はホストにインストールされていません</translation>
    </message>
    <message>
        <location filename="../backend/checks/CheckFacts.cpp" line="42"/>
        <source>%1 failed (exit %2)</source>
        <translation>%1 は失敗しました (終了コード %2)</translation>
    </message>
    <message>
        <location filename="../backend/checks/CheckFacts.cpp" line="42"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../backend/checks/CheckFacts.cpp" line="149"/>
        <source>systemctl show printed RuntimeWatchdogUSec=%1, which is not a time span</source>
        <translation>systemctl show が出力した RuntimeWatchdogUSec=%1 は時間の長さではありません</translation>
    </message>
    <message>
        <location filename="../backend/checks/CheckFacts.cpp" line="217"/>
        <source>qemu-img info printed no JSON object (%1)</source>
        <translation>qemu-img info は JSON オブジェクトを出力しませんでした (%1)</translation>
    </message>
    <message>
        <location filename="../backend/checks/CheckFacts.cpp" line="291"/>
        <source>the host did not answer</source>
        <translation>ホストが応答しませんでした</translation>
    </message>
    <message>
        <location filename="../backend/checks/CheckFacts.cpp" line="339"/>
        <source>the capture holds none of the checks&apos; facts</source>
        <translation>取得データにチェック用の情報が含まれていません</translation>
    </message>
    <message>
        <location filename="../backend/checks/CheckFacts.cpp" line="347"/>
        <source>not in the capture</source>
        <translation>取得データに含まれていません</translation>
    </message>
    <message>
        <location filename="../backend/checks/CheckText.cpp" line="21"/>
        <source>Storage</source>
        <translation>ストレージ</translation>
    </message>
    <message>
        <location filename="../backend/checks/CheckText.cpp" line="23"/>
        <source>Network</source>
        <translation>ネットワーク</translation>
    </message>
    <message>
        <location filename="../backend/checks/CheckText.cpp" line="25"/>
        <source>Virtual machines</source>
        <translation>仮想マシン</translation>
    </message>
    <message>
        <location filename="../backend/checks/CheckText.cpp" line="27"/>
        <source>Host</source>
        <translation>ホスト</translation>
    </message>
    <message>
        <location filename="../backend/checks/CheckText.cpp" line="34"/>
        <source>INFO</source>
        <translation>情報</translation>
    </message>
    <message>
        <location filename="../backend/checks/CheckText.cpp" line="35"/>
        <source>UNKNOWN</source>
        <translation>不明</translation>
    </message>
    <message>
        <location filename="../backend/checks/CheckText.cpp" line="36"/>
        <source>WARNING</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../backend/checks/CheckText.cpp" line="37"/>
        <source>ERROR</source>
        <translation>エラー</translation>
    </message>
    <message>
        <location filename="../backend/checks/CheckText.cpp" line="44"/>
        <source>Checks of %1 (%2), %3
</source>
        <translation>%1 (%2) のチェック、%3
</translation>
    </message>
    <message>
        <location filename="../backend/checks/CheckText.cpp" line="61"/>
        <source>OK: nothing found</source>
        <translation>OK: 問題は見つかりませんでした</translation>
    </message>
    <message>
        <location filename="../backend/checks/CheckText.cpp" line="68"/>
        <source>Remedy: %1</source>
        <translation>対処: %1</translation>
    </message>
    <message>
        <location filename="../backend/checks/CheckText.cpp" line="72"/>
        <source>%1 errors, %2 warnings, %3 unknown, %4 notes.</source>
        <translation>エラー %1 件、警告 %2 件、不明 %3 件、情報 %4 件。</translation>
    </message>
    <message>
        <location filename="../backend/checks/HostChecks.cpp" line="18"/>
        <source>not read (a capture holds no such facts)</source>
        <translation>読み取られていません (取得データにはこの情報が含まれません)</translation>
    </message>
    <message>
        <location filename="../backend/checks/HostChecks.cpp" line="38"/>
        <source>%1: %2.</source>
        <translation>%1: %2。</translation>
    </message>
    <message>
        <location filename="../backend/checks/HostChecks.cpp" line="42"/>
        <source>Not checked</source>
        <translation>未チェック</translation>
    </message>
    <message>
        <location filename="../backend/checks/HostChecks.cpp" line="42"/>
        <location filename="../backend/checks/VmChecks.cpp" line="94"/>
        <location filename="../backend/checks/VmChecks.cpp" line="120"/>
        <source>Open the live host to check it.</source>
        <translation>確認するには、実際のホストを開いてください。</translation>
    </message>
    <message>
        <location filename="../backend/checks/HostChecks.cpp" line="47"/>
        <location filename="../backend/checks/SetupSteps.cpp" line="27"/>
        <source>Boot monitoring (hardware watchdog)</source>
        <translation>起動監視 (ハードウェアウォッチドッグ)</translation>
    </message>
    <message>
        <location filename="../backend/checks/HostChecks.cpp" line="48"/>
        <source>Check `systemctl show -p RuntimeWatchdogUSec` and /sys/class/watchdog on the host.</source>
        <translation>ホスト上で `systemctl show -p RuntimeWatchdogUSec` と /sys/class/watchdog を確認してください。</translation>
    </message>
    <message>
        <location filename="../backend/checks/HostChecks.cpp" line="51"/>
        <source>The host has no hardware watchdog: a hung host is not restarted.</source>
        <translation>ホストにハードウェアウォッチドッグがありません。ホストがハングしても再起動されません。</translation>
    </message>
    <message>
        <location filename="../backend/checks/HostChecks.cpp" line="52"/>
        <source>Turn on the board&apos;s watchdog in the firmware setup, or load its driver (e.g. iTCO_wdt, ipmi_watchdog).</source>
        <translation>ファームウェア設定でボードのウォッチドッグを有効にするか、そのドライバー (例: iTCO_wdt、ipmi_watchdog) を読み込んでください。</translation>
    </message>
    <message>
        <location filename="../backend/checks/HostChecks.cpp" line="56"/>
        <source>The hardware watchdog (%1) is not used: a hung host is not restarted.</source>
        <translation>ハードウェアウォッチドッグ (%1) が使用されていません。ホストがハングしても再起動されません。</translation>
    </message>
    <message>
        <location filename="../backend/checks/HostChecks.cpp" line="58"/>
        <source>Set RuntimeWatchdogSec=30s in a file under /etc/systemd/system.conf.d/ and run systemctl daemon-reexec.</source>
        <translation>/etc/systemd/system.conf.d/ 以下のファイルで RuntimeWatchdogSec=30s を設定し、systemctl daemon-reexec を実行してください。</translation>
    </message>
    <message>
        <location filename="../backend/checks/HostChecks.cpp" line="63"/>
        <source>Automatic updates</source>
        <translation>自動更新</translation>
    </message>
    <message>
        <location filename="../backend/checks/HostChecks.cpp" line="64"/>
        <source>Check whether unattended-upgrades or dnf-automatic install updates on the host.</source>
        <translation>ホストで unattended-upgrades または dnf-automatic が更新をインストールしているか確認してください。</translation>
    </message>
    <message>
        <location filename="../backend/checks/HostChecks.cpp" line="67"/>
        <source>The host installs updates by itself (%1): an update can restart services or the host while the VMs run.</source>
        <translation>ホストは更新を自動でインストールします (%1)。仮想マシンの実行中に、更新によってサービスやホストが再起動されることがあります。</translation>
    </message>
    <message>
        <location filename="../backend/checks/HostChecks.cpp" line="70"/>
        <source>Set APT::Periodic::Unattended-Upgrade &quot;0&quot; in /etc/apt/apt.conf.d/20auto-upgrades and install updates in a maintenance window.</source>
        <translation>/etc/apt/apt.conf.d/20auto-upgrades で APT::Periodic::Unattended-Upgrade &quot;0&quot; を設定し、更新はメンテナンス時間帯にインストールしてください。</translation>
    </message>
    <message>
        <location filename="../backend/checks/HostChecks.cpp" line="72"/>
        <source>Disable %1 and install updates in a maintenance window.</source>
        <translation>%1 を無効にし、更新はメンテナンス時間帯にインストールしてください。</translation>
    </message>
    <message>
        <location filename="../backend/checks/HostChecks.cpp" line="85"/>
        <source>%1 scans files as they are opened, and the VM image directories %2 are not excluded: every guest write is scanned.</source>
        <translation>%1 はファイルを開くたびにスキャンしますが、仮想マシンのイメージディレクトリ %2 が除外されていません。ゲストの書き込みがすべてスキャンされます。</translation>
    </message>
    <message>
        <location filename="../backend/checks/HostChecks.cpp" line="87"/>
        <source>Add OnAccessExcludePath lines for them to /etc/clamav/clamd.conf and restart clamav-clamonacc.</source>
        <translation>これらのディレクトリの OnAccessExcludePath 行を /etc/clamav/clamd.conf に追加し、clamav-clamonacc を再起動してください。</translation>
    </message>
    <message>
        <location filename="../backend/checks/HostChecks.cpp" line="92"/>
        <source>Power supplies</source>
        <translation>電源装置</translation>
    </message>
    <message>
        <location filename="../backend/checks/HostChecks.cpp" line="93"/>
        <source>Install ipmitool and give the console&apos;s account sudo rights for it, or check the supplies on the server&apos;s management board.</source>
        <translation>ipmitool をインストールしてコンソールのアカウントにその sudo 権限を与えるか、サーバーの管理ボードで電源装置を確認してください。</translation>
    </message>
    <message>
        <location filename="../backend/checks/HostChecks.cpp" line="97"/>
        <source>A power supply reports a fault: %1.</source>
        <translation>電源装置が障害を報告しています: %1。</translation>
    </message>
    <message>
        <location filename="../backend/checks/HostChecks.cpp" line="98"/>
        <source>Check its power cord and input; replace the supply if the fault stays.</source>
        <translation>電源コードと入力電源を確認してください。障害が解消しない場合は電源装置を交換してください。</translation>
    </message>
    <message>
        <location filename="../backend/checks/HostChecks.cpp" line="101"/>
        <source>The host has %1 power supply: losing it or its input stops the host.</source>
        <translation>ホストの電源装置は %1 台です。電源装置またはその入力電源が失われるとホストは停止します。</translation>
    </message>
    <message>
        <location filename="../backend/checks/HostChecks.cpp" line="102"/>
        <source>Fit a second supply and connect the two to different circuits (A and B).</source>
        <translation>2 台目の電源装置を取り付け、2 台を別々の回路 (A と B) に接続してください。</translation>
    </message>
    <message>
        <location filename="../backend/checks/HostChecks.cpp" line="105"/>
        <source>UPS</source>
        <translation>UPS</translation>
    </message>
    <message>
        <location filename="../backend/checks/HostChecks.cpp" line="105"/>
        <source>Install nut-client and configure the UPS in /etc/nut.</source>
        <translation>nut-client をインストールし、/etc/nut で UPS を設定してください。</translation>
    </message>
    <message>
        <location filename="../backend/checks/HostChecks.cpp" line="108"/>
        <source>No UPS is configured (upsc -l lists none): a power cut stops the host without a clean shutdown.</source>
        <translation>UPS が設定されていません (upsc -l に何も表示されません)。停電するとホストは正常にシャットダウンされずに停止します。</translation>
    </message>
    <message>
        <location filename="../backend/checks/HostChecks.cpp" line="110"/>
        <source>Connect the host to a UPS and configure it in /etc/nut.</source>
        <translation>ホストを UPS に接続し、/etc/nut で UPS を設定してください。</translation>
    </message>
    <message>
        <location filename="../backend/checks/NetworkChecks.cpp" line="31"/>
        <source>Adapter %1 is not in a team: its link is a single point of failure.</source>
        <translation>アダプタ %1 はチームに含まれていません。そのリンクが単一障害点になっています。</translation>
    </message>
    <message>
        <location filename="../backend/checks/NetworkChecks.cpp" line="32"/>
        <source>Team it with an adapter of the other module (Network ▸ New Team).</source>
        <translation>もう一方のモジュールのアダプタとチームを構成してください ([ネットワーク] ▸ [新しいチーム])。</translation>
    </message>
    <message>
        <location filename="../backend/checks/NetworkChecks.cpp" line="40"/>
        <source>All adapters of %1 are in module %2.</source>
        <translation>%1 のアダプタはすべてモジュール %2 にあります。</translation>
    </message>
    <message>
        <location filename="../backend/checks/NetworkChecks.cpp" line="41"/>
        <source>Team adapters of different modules (1+3, 2+4) so a module can fail.</source>
        <translation>モジュールが 1 つ故障しても動作するよう、異なるモジュールのアダプタでチームを構成してください (1+3、2+4)。</translation>
    </message>
    <message>
        <location filename="../backend/checks/NetworkChecks.cpp" line="44"/>
        <source>%1 is a Switch Fault Tolerance team with %2 adapters; it needs exactly two, one per switch.</source>
        <translation>%1 はアダプタ %2 個のスイッチ フォールトトレランス チームです。スイッチごとに 1 個ずつ、ちょうど 2 個必要です。</translation>
    </message>
    <message>
        <location filename="../backend/checks/NetworkChecks.cpp" line="46"/>
        <source>Add or remove adapters of %1 until it has two, one on each switch.</source>
        <translation>%1 のアダプタを追加または削除して、各スイッチに 1 個ずつ、計 2 個にしてください。</translation>
    </message>
    <message>
        <location filename="../backend/checks/NetworkChecks.cpp" line="53"/>
        <source>Every adapter of %1 has lost its link (%2): the team carries nothing.</source>
        <translation>%1 のすべてのアダプタがリンクを失っています (%2)。チームは何も伝送していません。</translation>
    </message>
    <message>
        <location filename="../backend/checks/NetworkChecks.cpp" line="55"/>
        <source>Check the cables and the switch ports of %1.</source>
        <translation>%1 のケーブルとスイッチのポートを確認してください。</translation>
    </message>
    <message>
        <location filename="../backend/checks/NetworkChecks.cpp" line="58"/>
        <source>%1 runs without redundancy: %2 has no link.</source>
        <translation>%1 は冗長性なしで動作しています。%2 にリンクがありません。</translation>
    </message>
    <message>
        <location filename="../backend/checks/NetworkChecks.cpp" line="59"/>
        <source>Check the cable and the switch port of %1.</source>
        <translation>%1 のケーブルとスイッチのポートを確認してください。</translation>
    </message>
    <message>
        <location filename="../backend/checks/NetworkChecks.cpp" line="69"/>
        <source>%1 reach the network through %2, which no team carries.</source>
        <translation>%1 は %2 経由でネットワークに接続していますが、このブリッジはどのチームにも接続されていません。</translation>
    </message>
    <message>
        <location filename="../backend/checks/NetworkChecks.cpp" line="71"/>
        <source>Connect their NICs to the bridge over a team (the Teaming Wizard&apos;s &quot;Virtual machines use this team&quot;).</source>
        <translation>それらの NIC を、チーム上のブリッジに接続してください (チーミングウィザードの「仮想マシンがこのチームを次のブリッジ経由で使用」)。</translation>
    </message>
    <message>
        <location filename="../backend/checks/NetworkChecks.cpp" line="76"/>
        <source>No team carries the virtual machines&apos; traffic: none has a bridge for them.</source>
        <translation>どのチームも仮想マシンのトラフィックを伝送していません。仮想マシン用のブリッジを持つチームがありません。</translation>
    </message>
    <message>
        <location filename="../backend/checks/NetworkChecks.cpp" line="77"/>
        <source>Put a bridge over the team for the VMs (the Teaming Wizard&apos;s &quot;Virtual machines use this team&quot;), then connect the VMs&apos; NICs to that bridge.</source>
        <translation>チーム上に仮想マシン用のブリッジを作成し (チーミングウィザードの「仮想マシンがこのチームを次のブリッジ経由で使用」)、仮想マシンの NIC をそのブリッジに接続してください。</translation>
    </message>
    <message>
        <location filename="../backend/checks/NetworkChecks.cpp" line="81"/>
        <source>The host has no adapter team: one cable, adapter or switch port takes its network down.</source>
        <translation>ホストにアダプタチームがありません。ケーブル、アダプタ、スイッチのポートが 1 つ故障するだけでネットワークが停止します。</translation>
    </message>
    <message>
        <location filename="../backend/checks/NetworkChecks.cpp" line="82"/>
        <source>Build a team of two adapters of different modules (Network ▸ New Team).</source>
        <translation>異なるモジュールの 2 つのアダプタでチームを構成してください ([ネットワーク] ▸ [新しいチーム])。</translation>
    </message>
    <message>
        <location filename="../backend/checks/StorageChecks.cpp" line="29"/>
        <source>%1 is Syncing (%2 %): it has a second copy once the sync ends.</source>
        <translation>%1 は Syncing (%2 %) です。同期が終わると 2 つ目のコピーができます。</translation>
    </message>
    <message>
        <location filename="../backend/checks/StorageChecks.cpp" line="30"/>
        <source>Nothing to do: keep both disks in until %1 is Duplex.</source>
        <translation>対処は不要です。%1 が Duplex になるまで、両方のディスクを挿したままにしてください。</translation>
    </message>
    <message>
        <location filename="../backend/checks/StorageChecks.cpp" line="35"/>
        <source>%1 of %2 members of %3 work</source>
        <translation>%3 のメンバー %2 台中 %1 台が動作</translation>
    </message>
    <message>
        <location filename="../backend/checks/StorageChecks.cpp" line="38"/>
        <source>%1 (Simplex): it has no redundancy left, one more failure loses its data.</source>
        <translation>%1 (Simplex): 冗長性が残っていません。もう 1 台故障するとデータが失われます。</translation>
    </message>
    <message>
        <location filename="../backend/checks/StorageChecks.cpp" line="39"/>
        <source>Add a disk of at least the same size from the other module to %1.</source>
        <translation>もう一方のモジュールから、同じかそれ以上の容量のディスクを %1 に追加してください。</translation>
    </message>
    <message>
        <location filename="../backend/checks/StorageChecks.cpp" line="42"/>
        <source>%1 (degraded): it survives %2 more failed member(s).</source>
        <translation>%1 (縮退): あと %2 台の故障に耐えられます。</translation>
    </message>
    <message>
        <location filename="../backend/checks/StorageChecks.cpp" line="43"/>
        <source>%1 (degraded).</source>
        <translation>%1 (縮退)。</translation>
    </message>
    <message>
        <location filename="../backend/checks/StorageChecks.cpp" line="44"/>
        <source>Replace the failed member of %1 with a disk of at least the same size.</source>
        <translation>%1 の故障したメンバーを、同じかそれ以上の容量のディスクと交換してください。</translation>
    </message>
    <message>
        <location filename="../backend/checks/StorageChecks.cpp" line="47"/>
        <source>%1 has lost data: only %2 of %3 members work, too few to run.</source>
        <translation>%1 はデータを失っています。メンバー %3 台中 %2 台しか動作しておらず、稼働に必要な台数に足りません。</translation>
    </message>
    <message>
        <location filename="../backend/checks/StorageChecks.cpp" line="49"/>
        <source>Do not write to the member disks. Reseat or reconnect the failed disks of %1 and refresh: a member that comes back intact can make it whole again.</source>
        <translation>メンバーディスクには書き込まないでください。%1 の故障したディスクを挿し直すか接続し直してから、更新してください。無傷で戻ったメンバーがあれば、完全な状態に戻せる可能性があります。</translation>
    </message>
    <message>
        <location filename="../backend/checks/StorageChecks.cpp" line="55"/>
        <source>%1 is not started.</source>
        <translation>%1 は開始されていません。</translation>
    </message>
    <message>
        <location filename="../backend/checks/StorageChecks.cpp" line="56"/>
        <source>Look at its members first (mdadm --examine on each), then assemble it (mdadm --assemble --scan). Leave their superblocks alone: they are what brings the array back.</source>
        <translation>まずメンバーを調べ (各メンバーで mdadm --examine)、次にアレイをアセンブルしてください (mdadm --assemble --scan)。スーパーブロックには手を加えないでください。アレイを復旧させるのはスーパーブロックです。</translation>
    </message>
    <message>
        <location filename="../backend/checks/StorageChecks.cpp" line="60"/>
        <source>%1 is read-only.</source>
        <translation>%1 は読み取り専用です。</translation>
    </message>
    <message>
        <location filename="../backend/checks/StorageChecks.cpp" line="61"/>
        <source>Make it writable with mdadm --readwrite /dev/%1 if it is in use.</source>
        <translation>使用中の場合は、mdadm --readwrite /dev/%1 で書き込み可能にしてください。</translation>
    </message>
    <message>
        <location filename="../backend/checks/StorageChecks.cpp" line="86"/>
        <source>Both copies of %1 are in module %2: if that module fails, %1 is lost.</source>
        <translation>%1 の両方のコピーがモジュール %2 にあります。このモジュールが故障すると %1 は失われます。</translation>
    </message>
    <message>
        <location filename="../backend/checks/StorageChecks.cpp" line="88"/>
        <source>Move one member of %1 to a disk in the other module: add that disk to %1 (Add Disk), and once it is in sync remove the member it replaces.</source>
        <translation>%1 のメンバーを 1 つ、もう一方のモジュールのディスクに移してください。そのディスクを %1 に追加し (「ディスクを追加」)、同期が完了したら、置き換えられるメンバーを削除します。</translation>
    </message>
    <message>
        <location filename="../backend/checks/StorageChecks.cpp" line="95"/>
        <source>The host&apos;s operating system (%1) is on disk %2, which is in no mirror: if %2 fails, the host stops.</source>
        <translation>ホストのオペレーティングシステム (%1) はどのミラーにも属さないディスク %2 上にあります。%2 が故障するとホストは停止します。</translation>
    </message>
    <message>
        <location filename="../backend/checks/StorageChecks.cpp" line="97"/>
        <source>Back up the host first. Then, in a maintenance window, move the system onto a RAID1 mirror with a disk of the other module: build the mirror on the new disk with one member missing, copy the system onto it, boot from it, and only then add %1 to it.</source>
        <translation>まずホストをバックアップしてください。次にメンテナンス時間帯に、もう一方のモジュールのディスクを使った RAID1 ミラーへシステムを移します。新しいディスク上にメンバーが 1 つ欠けた状態でミラーを作成し、システムをそこにコピーしてそこから起動し、その後で初めて %1 をミラーに追加してください。</translation>
    </message>
    <message>
        <location filename="../backend/checks/StorageChecks.cpp" line="103"/>
        <source>Disk %1 (%2) is not part of any virtual disk.</source>
        <translation>ディスク %1 (%2) はどの仮想ディスクにも属していません。</translation>
    </message>
    <message>
        <location filename="../backend/checks/StorageChecks.cpp" line="104"/>
        <source>Add it to a Simplex virtual disk, or mirror it with the disk in the same slot of the other module.</source>
        <translation>Simplex の仮想ディスクに追加するか、もう一方のモジュールの同じスロットにあるディスクとミラーにしてください。</translation>
    </message>
    <message>
        <location filename="../backend/checks/VmChecks.cpp" line="36"/>
        <source>The running and autostart VMs (%1) are given %2 MiB; with %3 MiB kept for the host that is more than its %4 MiB: some will not start.</source>
        <translation>実行中および自動起動の仮想マシン (%1) には %2 MiB が割り当てられています。ホスト用に確保する %3 MiB を加えるとホストの %4 MiB を超えるため、一部は起動できません。</translation>
    </message>
    <message>
        <location filename="../backend/checks/VmChecks.cpp" line="42"/>
        <source>Lower the memory of some VMs, stop one from starting with the host, or add memory to the host.</source>
        <translation>一部の仮想マシンのメモリを減らすか、いずれかの仮想マシンをホスト起動時に開始しないようにするか、ホストのメモリを増設してください。</translation>
    </message>
    <message>
        <location filename="../backend/checks/VmChecks.cpp" line="53"/>
        <source>Lower the reservations (Virtual Machine ▸ CPU Resources) until together they fit what the host offers its VMs (%1 % of one CPU).</source>
        <translation>予約の合計が、ホストが仮想マシンに提供できる量 (CPU 1 個の %1 %) に収まるまで予約を減らしてください ([仮想マシン] ▸ [CPU リソース])。</translation>
    </message>
    <message>
        <location filename="../backend/checks/VmChecks.cpp" line="62"/>
        <source>%1 does not start with the host: after a restart it stays off.</source>
        <translation>%1 はホスト起動時に開始されません。再起動後も停止したままになります。</translation>
    </message>
    <message>
        <location filename="../backend/checks/VmChecks.cpp" line="63"/>
        <source>Turn on Start with Host for %1 (Virtual Machine ▸ Start with Host).</source>
        <translation>%1 の「ホスト起動時に開始」をオンにしてください ([仮想マシン] ▸ [ホスト起動時に開始])。</translation>
    </message>
    <message>
        <location filename="../backend/checks/VmChecks.cpp" line="69"/>
        <source>What happens to the VMs when the host stops was not read (libvirt-guests).</source>
        <translation>ホスト停止時に仮想マシンがどうなるかは読み取られていません (libvirt-guests)。</translation>
    </message>
    <message>
        <location filename="../backend/checks/VmChecks.cpp" line="70"/>
        <source>Open the live host (not a capture) to check it.</source>
        <translation>確認するには、取得データではなく実際のホストを開いてください。</translation>
    </message>
    <message>
        <location filename="../backend/checks/VmChecks.cpp" line="73"/>
        <source>libvirt-guests is not enabled: when the host stops, the VMs are cut off, not saved.</source>
        <translation>libvirt-guests が有効になっていません。ホストが停止すると、仮想マシンは保存されずに強制終了されます。</translation>
    </message>
    <message>
        <location filename="../backend/checks/VmChecks.cpp" line="74"/>
        <source>Enable saving the VMs&apos; state when the host stops (Host ▸ Save VM States When the Host Stops).</source>
        <translation>ホスト停止時に仮想マシンの状態を保存するよう設定してください ([ホスト] ▸ [ホスト停止時に仮想マシンの状態を保存])。</translation>
    </message>
    <message>
        <location filename="../backend/checks/VmChecks.cpp" line="77"/>
        <source>libvirt-guests shuts the VMs down when the host stops (ON_SHUTDOWN=shutdown in %1): their running state is lost.</source>
        <translation>libvirt-guests はホスト停止時に仮想マシンをシャットダウンします (%1 の ON_SHUTDOWN=shutdown)。実行中の状態は失われます。</translation>
    </message>
    <message>
        <location filename="../backend/checks/VmChecks.cpp" line="79"/>
        <source>Choose saving their state instead (Host ▸ Save VM States When the Host Stops).</source>
        <translation>代わりに状態の保存を選んでください ([ホスト] ▸ [ホスト停止時に仮想マシンの状態を保存])。</translation>
    </message>
    <message>
        <location filename="../backend/checks/VmChecks.cpp" line="91"/>
        <source>Whether %1 has its guest tools (QEMU guest agent) was not read: %2.</source>
        <translation>%1 にゲストツール (QEMU ゲストエージェント) があるかどうかは読み取られていません: %2。</translation>
    </message>
    <message>
        <location filename="../backend/checks/VmChecks.cpp" line="93"/>
        <source>the definition was not read</source>
        <translation>定義が読み取られていません</translation>
    </message>
    <message>
        <location filename="../backend/checks/VmChecks.cpp" line="102"/>
        <source>%1 has no guest agent channel (%2): the host cannot ask its OS to shut down cleanly or freeze its disks.</source>
        <translation>%1 にはゲストエージェントのチャネル (%2) がありません。ホストはその OS に正常なシャットダウンやディスクのフリーズを要求できません。</translation>
    </message>
    <message>
        <location filename="../backend/checks/VmChecks.cpp" line="104"/>
        <source>Add a virtio channel named %1 to %2&apos;s definition, then install qemu-guest-agent in the guest.</source>
        <translation>%2 の定義に %1 という名前の virtio チャネルを追加し、ゲストに qemu-guest-agent をインストールしてください。</translation>
    </message>
    <message>
        <location filename="../backend/checks/VmChecks.cpp" line="108"/>
        <source>%1&apos;s guest agent does not answer (%2).</source>
        <translation>%1 のゲストエージェントが応答しません (%2)。</translation>
    </message>
    <message>
        <location filename="../backend/checks/VmChecks.cpp" line="109"/>
        <source>Install and start qemu-guest-agent in %1&apos;s OS.</source>
        <translation>%1 の OS に qemu-guest-agent をインストールして起動してください。</translation>
    </message>
    <message>
        <location filename="../backend/checks/VmChecks.cpp" line="118"/>
        <source>Where the VMs&apos; images live was not read: %1.</source>
        <translation>仮想マシンのイメージの場所は読み取られていません: %1。</translation>
    </message>
    <message>
        <location filename="../backend/checks/VmChecks.cpp" line="118"/>
        <source>not asked</source>
        <translation>問い合わせていません</translation>
    </message>
    <message>
        <location filename="../backend/checks/VmChecks.cpp" line="135"/>
        <source>%1&apos;s disk %2 (%3) is on no mirror%4: a disk failure stops the VM and loses its data.</source>
        <translation>%1 のディスク %2 (%3) はミラー上にありません%4。ディスクが故障すると仮想マシンが停止し、データが失われます。</translation>
    </message>
    <message>
        <location filename="../backend/checks/VmChecks.cpp" line="137"/>
        <source> (on disk %1)</source>
        <translation> (ディスク %1 上)</translation>
    </message>
    <message>
        <location filename="../backend/checks/VmChecks.cpp" line="139"/>
        <source>Move the image to a directory on a Duplex mirror while %1 is shut down, and point its disk there; keep the old file until the VM runs from the new one.</source>
        <translation>%1 をシャットダウンしている間にイメージを Duplex のミラー上のディレクトリに移動し、ディスクの参照先をそこに変更してください。仮想マシンが新しいファイルで動作するまで、古いファイルは残しておいてください。</translation>
    </message>
    <message>
        <location filename="../backend/checks/VmChecks.cpp" line="146"/>
        <source>Whether %1&apos;s image %2 is fixed-size was not read: %3.</source>
        <translation>%1 のイメージ %2 が固定サイズかどうかは読み取られていません: %3。</translation>
    </message>
    <message>
        <location filename="../backend/checks/VmChecks.cpp" line="147"/>
        <source>Run qemu-img info on it as root to see its format and allocation.</source>
        <translation>root でこのイメージに対して qemu-img info を実行し、形式と割り当てを確認してください。</translation>
    </message>
    <message>
        <location filename="../backend/checks/VmChecks.cpp" line="154"/>
        <source>%1&apos;s image %2 is dynamically expanding (%3, %4 MiB of %5 MiB allocated): it can fail the VM when the host&apos;s disk fills.</source>
        <translation>%1 のイメージ %2 は容量可変です (%3、%5 MiB 中 %4 MiB 割り当て済み)。ホストのディスクがいっぱいになると、仮想マシンが停止する可能性があります。</translation>
    </message>
    <message>
        <location filename="../backend/checks/VmChecks.cpp" line="159"/>
        <source>While %1 is shut down, convert it to a fully allocated raw image (qemu-img convert -O raw -o preallocation=falloc) next to the old one, then point the disk at the new file.</source>
        <translation>%1 をシャットダウンしている間に、古いイメージの隣に完全に割り当て済みの raw イメージとして変換し (qemu-img convert -O raw -o preallocation=falloc)、ディスクの参照先を新しいファイルに変更してください。</translation>
    </message>
    <message>
        <location filename="../backend/checks/VmChecks.cpp" line="174"/>
        <source>libvirt did not answer: %1</source>
        <translation>libvirt が応答しませんでした: %1</translation>
    </message>
    <message>
        <location filename="../backend/checks/VmChecks.cpp" line="175"/>
        <source>Check that libvirtd runs on the host (systemctl status libvirtd) and that this account may use it; Host ▸ Libvirt Connection names the connection used.</source>
        <translation>ホストで libvirtd が動作していること (systemctl status libvirtd) と、このアカウントが libvirtd を使用できることを確認してください。使用する接続は [ホスト] ▸ [libvirt 接続] で確認できます。</translation>
    </message>
    <message>
        <location filename="../backend/checks/HostFixes.cpp" line="15"/>
        <source>%1 is a read-only capture: nothing can be changed there.</source>
        <translation>%1 は読み取り専用の取得データです。ここでは何も変更できません。</translation>
    </message>
    <message>
        <location filename="../backend/checks/HostFixes.cpp" line="17"/>
        <source>The host&apos;s settings have not been read (%1): run Check Now first.</source>
        <translation>ホストの設定が読み取られていません (%1)。先に「今すぐチェック」を実行してください。</translation>
    </message>
    <message>
        <location filename="../backend/checks/HostFixes.cpp" line="18"/>
        <source>not asked yet</source>
        <translation>まだ問い合わせていません</translation>
    </message>
    <message>
        <location filename="../backend/checks/HostFixes.cpp" line="26"/>
        <source>Write the new text to %1</source>
        <translation>新しい内容を %1 に書き込みます</translation>
    </message>
    <message>
        <location filename="../backend/checks/HostFixes.cpp" line="28"/>
        <source>Give %1 the owner and group of %2</source>
        <translation>%1 の所有者とグループを %2 と同じにします</translation>
    </message>
    <message>
        <location filename="../backend/checks/HostFixes.cpp" line="30"/>
        <source>Give %1 the permissions of %2</source>
        <translation>%1 のアクセス権を %2 と同じにします</translation>
    </message>
    <message>
        <location filename="../backend/checks/HostFixes.cpp" line="33"/>
        <source>Make %1 readable by everyone, writable by root (0644)</source>
        <translation>%1 を全員が読み取り可能、root が書き込み可能にします (0644)</translation>
    </message>
    <message>
        <location filename="../backend/checks/HostFixes.cpp" line="36"/>
        <source>Put %1 in place of %2 (one rename: the file is never half written)</source>
        <translation>%1 を %2 と置き換えます (1 回の名前変更で行うため、ファイルが書きかけの状態になることはありません)</translation>
    </message>
    <message>
        <location filename="../backend/checks/HostFixes.cpp" line="45"/>
        <source>Turn on boot monitoring: systemd feeds the hardware watchdog</source>
        <translation>起動監視を有効化: systemd がハードウェアウォッチドッグに定期的に応答</translation>
    </message>
    <message>
        <location filename="../backend/checks/HostFixes.cpp" line="49"/>
        <source>The host has no hardware watchdog device (/sys/class/watchdog is empty): turn the board&apos;s watchdog on in the firmware setup or load its driver first.</source>
        <translation>ホストにハードウェアウォッチドッグのデバイスがありません (/sys/class/watchdog が空です)。先にファームウェア設定でボードのウォッチドッグを有効にするか、そのドライバーを読み込んでください。</translation>
    </message>
    <message>
        <location filename="../backend/checks/HostFixes.cpp" line="54"/>
        <source>The watchdog is already in use: nothing to change.</source>
        <translation>ウォッチドッグはすでに使用されています。変更することはありません。</translation>
    </message>
    <message>
        <location filename="../backend/checks/HostFixes.cpp" line="58"/>
        <source>If the host hangs so badly that systemd cannot answer the watchdog for 30 s, the watchdog restarts the host: that is what it is for.</source>
        <translation>ホストが深刻にハングして systemd が 30 秒間ウォッチドッグに応答できない場合、ウォッチドッグがホストを再起動します。これがウォッチドッグの役割です。</translation>
    </message>
    <message>
        <location filename="../backend/checks/HostFixes.cpp" line="60"/>
        <source>systemd re-executes itself to read the setting (systemctl daemon-reexec); services and VMs keep running.</source>
        <translation>systemd は設定を読み込むために自身を再実行します (systemctl daemon-reexec)。サービスと仮想マシンは動作し続けます。</translation>
    </message>
    <message>
        <location filename="../backend/checks/HostFixes.cpp" line="62"/>
        <source>Check that %1 does not exist yet (else stop here, changing nothing)</source>
        <translation>%1 がまだ存在しないことを確認します (存在する場合は何も変更せずにここで停止します)</translation>
    </message>
    <message>
        <location filename="../backend/checks/HostFixes.cpp" line="64"/>
        <source>Make sure /etc/systemd/system.conf.d exists</source>
        <translation>/etc/systemd/system.conf.d が存在するようにします</translation>
    </message>
    <message>
        <location filename="../backend/checks/HostFixes.cpp" line="72"/>
        <source>Let systemd read its settings again</source>
        <translation>systemd に設定を再度読み込ませます</translation>
    </message>
    <message>
        <location filename="../backend/checks/HostFixes.cpp" line="109"/>
        <source>Turn off automatic updates (unattended-upgrades)</source>
        <translation>自動更新を無効化 (unattended-upgrades)</translation>
    </message>
    <message>
        <location filename="../backend/checks/HostFixes.cpp" line="113"/>
        <source>The host does not install updates by itself: nothing to change.</source>
        <translation>ホストは更新を自動でインストールしません。変更することはありません。</translation>
    </message>
    <message>
        <location filename="../backend/checks/HostFixes.cpp" line="117"/>
        <source>Updates are installed by %1: turn it off with systemctl disable --now %1.</source>
        <translation>更新は %1 によってインストールされています。systemctl disable --now %1 で無効にしてください。</translation>
    </message>
    <message>
        <location filename="../backend/checks/HostFixes.cpp" line="124"/>
        <source>%1 was not read: run Check Now first.</source>
        <translation>%1 が読み取られていません。先に「今すぐチェック」を実行してください。</translation>
    </message>
    <message>
        <location filename="../backend/checks/HostFixes.cpp" line="127"/>
        <source>The host stops installing updates by itself: install them in a maintenance window (apt-get update &amp;&amp; apt-get upgrade), with the VMs&apos; owners told.</source>
        <translation>ホストは更新を自動でインストールしなくなります。仮想マシンの所有者に知らせたうえで、更新はメンテナンス時間帯にインストールしてください (apt-get update &amp;&amp; apt-get upgrade)。</translation>
    </message>
    <message>
        <location filename="../backend/checks/HostFixes.cpp" line="129"/>
        <source>Check that %1 is as it was read (else stop here, changing nothing)</source>
        <translation>%1 が読み取り時から変わっていないことを確認します (変わっている場合は何も変更せずにここで停止します)</translation>
    </message>
    <message>
        <location filename="../backend/checks/SetupSteps.cpp" line="23"/>
        <source>1. Hardware</source>
        <translation>1. ハードウェア</translation>
    </message>
    <message>
        <location filename="../backend/checks/SetupSteps.cpp" line="24"/>
        <source>Two power supplies, on circuits A and B</source>
        <translation>2 台の電源装置を回路 A と B に接続</translation>
    </message>
    <message>
        <location filename="../backend/checks/SetupSteps.cpp" line="25"/>
        <source>A UPS the host can see</source>
        <translation>ホストが認識できる UPS</translation>
    </message>
    <message>
        <location filename="../backend/checks/SetupSteps.cpp" line="26"/>
        <source>2. Host operating system</source>
        <translation>2. ホスト OS</translation>
    </message>
    <message>
        <location filename="../backend/checks/SetupSteps.cpp" line="28"/>
        <source>No automatic updates</source>
        <translation>自動更新なし</translation>
    </message>
    <message>
        <location filename="../backend/checks/SetupSteps.cpp" line="29"/>
        <source>VM images excluded from virus scanning</source>
        <translation>仮想マシンのイメージをウイルススキャンから除外</translation>
    </message>
    <message>
        <location filename="../backend/checks/SetupSteps.cpp" line="30"/>
        <source>3. Server hardware: disks and adapters</source>
        <translation>3. サーバーハードウェア: ディスクとアダプタ</translation>
    </message>
    <message>
        <location filename="../backend/checks/SetupSteps.cpp" line="31"/>
        <source>Every disk in a mirror, every mirror Duplex</source>
        <translation>すべてのディスクがミラーに属し、すべてのミラーが Duplex</translation>
    </message>
    <message>
        <location filename="../backend/checks/SetupSteps.cpp" line="36"/>
        <source>Each mirror&apos;s copies in different modules</source>
        <translation>各ミラーのコピーを別々のモジュールに配置</translation>
    </message>
    <message>
        <location filename="../backend/checks/SetupSteps.cpp" line="38"/>
        <source>Adapters teamed, each team across modules</source>
        <translation>アダプタでチームを構成し、各チームはモジュールをまたぐ</translation>
    </message>
    <message>
        <location filename="../backend/checks/SetupSteps.cpp" line="42"/>
        <source>4. Hypervisor</source>
        <translation>4. ハイパーバイザー</translation>
    </message>
    <message>
        <location filename="../backend/checks/SetupSteps.cpp" line="43"/>
        <source>libvirt running and answering</source>
        <translation>libvirt が動作し、応答している</translation>
    </message>
    <message>
        <location filename="../backend/checks/SetupSteps.cpp" line="44"/>
        <source>The VMs&apos; network on a team</source>
        <translation>仮想マシンのネットワークをチーム経由に</translation>
    </message>
    <message>
        <location filename="../backend/checks/SetupSteps.cpp" line="47"/>
        <source>VM states saved when the host stops</source>
        <translation>ホスト停止時に仮想マシンの状態を保存</translation>
    </message>
    <message>
        <location filename="../backend/checks/SetupSteps.cpp" line="48"/>
        <source>5. Virtual machines</source>
        <translation>5. 仮想マシン</translation>
    </message>
    <message>
        <location filename="../backend/checks/SetupSteps.cpp" line="49"/>
        <source>Created on mirrored storage, fixed-size images</source>
        <translation>ミラー化されたストレージ上に固定サイズのイメージで作成</translation>
    </message>
    <message>
        <location filename="../backend/checks/SetupSteps.cpp" line="52"/>
        <source>Sized within the host&apos;s memory</source>
        <translation>ホストのメモリに収まるサイズ</translation>
    </message>
    <message>
        <location filename="../backend/checks/SetupSteps.cpp" line="53"/>
        <source>CPU reservations the host can keep</source>
        <translation>ホストが確保できる CPU 予約</translation>
    </message>
    <message>
        <location filename="../backend/checks/SetupSteps.cpp" line="54"/>
        <source>Every VM starts with the host</source>
        <translation>すべての仮想マシンがホスト起動時に開始</translation>
    </message>
    <message>
        <location filename="../backend/checks/SetupSteps.cpp" line="55"/>
        <source>Guest tools (QEMU guest agent) in every running VM</source>
        <translation>実行中のすべての仮想マシンにゲストツール (QEMU ゲストエージェント)</translation>
    </message>
</context>
<context>
    <name>ftc::ChecksKeeper</name>
    <message>
        <location filename="../ui/host/ChecksKeeper.cpp" line="65"/>
        <source>The host&apos;s own facts (watchdog, updates, power, guest agents, images) have not been read yet.</source>
        <translation>ホスト自体の情報 (ウォッチドッグ、更新、電源、ゲストエージェント、イメージ) はまだ読み取られていません。</translation>
    </message>
    <message>
        <location filename="../ui/host/ChecksKeeper.cpp" line="67"/>
        <source>Reading the host&apos;s facts (watchdog, updates, power, guest agents, images)…</source>
        <translation>ホストの情報 (ウォッチドッグ、更新、電源、ゲストエージェント、イメージ) を読み取っています…</translation>
    </message>
    <message>
        <location filename="../ui/host/ChecksKeeper.cpp" line="69"/>
        <source>The host&apos;s facts could not be read: %1. Checks that need them say unknown.</source>
        <translation>ホストの情報を読み取れませんでした: %1。この情報を必要とするチェックは「不明」になります。</translation>
    </message>
    <message>
        <location filename="../ui/host/ChecksKeeper.cpp" line="70"/>
        <source>Host facts read at %1; the rest follows every refresh.</source>
        <translation>ホストの情報を %1 に読み取りました。その他は更新のたびに反映されます。</translation>
    </message>
</context>
<context>
    <name>ftc::ChecksPage</name>
    <message>
        <location filename="../ui/host/ChecksPage.cpp" line="25"/>
        <location filename="../ui/host/ChecksPage.cpp" line="150"/>
        <source>Check Now</source>
        <translation>今すぐチェック</translation>
    </message>
    <message>
        <location filename="../ui/host/ChecksPage.cpp" line="28"/>
        <source>Fix…</source>
        <translation>修正…</translation>
    </message>
    <message>
        <location filename="../ui/host/ChecksPage.cpp" line="29"/>
        <source>Show in Tree</source>
        <translation>ツリーで表示</translation>
    </message>
    <message>
        <location filename="../ui/host/ChecksPage.cpp" line="45"/>
        <source>Read the host&apos;s facts again: watchdog, updates, power, guest agents, images</source>
        <translation>ホストの情報を再度読み取ります: ウォッチドッグ、更新、電源、ゲストエージェント、イメージ</translation>
    </message>
    <message>
        <location filename="../ui/host/ChecksPage.cpp" line="50"/>
        <source>Finding</source>
        <translation>検出事項</translation>
    </message>
    <message>
        <location filename="../ui/host/ChecksPage.cpp" line="50"/>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <location filename="../ui/host/ChecksPage.cpp" line="94"/>
        <source>Checks of %1</source>
        <translation>%1 のチェック</translation>
    </message>
    <message>
        <location filename="../ui/host/ChecksPage.cpp" line="118"/>
        <source>Nothing found</source>
        <translation>問題なし</translation>
    </message>
    <message>
        <location filename="../ui/host/ChecksPage.cpp" line="150"/>
        <source>Checking…</source>
        <translation>チェック中…</translation>
    </message>
    <message>
        <location filename="../ui/host/ChecksPage.cpp" line="166"/>
        <source>Select a finding to see what to do.</source>
        <translation>検出事項を選択すると、対処方法が表示されます。</translation>
    </message>
    <message>
        <location filename="../ui/host/ChecksPage.cpp" line="172"/>
        <source>Remedy: %1</source>
        <translation>対処: %1</translation>
    </message>
    <message>
        <location filename="../ui/host/ChecksPage.cpp" line="175"/>
        <source>Open the console&apos;s action for this, with its plan</source>
        <translation>これに対応するコンソールの操作をプラン付きで開きます</translation>
    </message>
    <message>
        <location filename="../ui/host/ChecksPage.cpp" line="176"/>
        <source>The console has no action for this: follow the remedy</source>
        <translation>コンソールにはこれに対応する操作がありません。対処に従ってください</translation>
    </message>
</context>
<context>
    <name>ftc::ConnectDialog</name>
    <message>
        <location filename="../ui/shell/ConnectDialog.cpp" line="37"/>
        <source>Open Host</source>
        <translation>ホストを開く</translation>
    </message>
    <message>
        <location filename="../ui/shell/ConnectDialog.cpp" line="46"/>
        <source>Demo host (simulated)</source>
        <translation>デモホスト (シミュレーション)</translation>
    </message>
    <message>
        <location filename="../ui/shell/ConnectDialog.cpp" line="47"/>
        <source>This machine</source>
        <translation>このマシン</translation>
    </message>
    <message>
        <location filename="../ui/shell/ConnectDialog.cpp" line="48"/>
        <source>Remote host over SSH</source>
        <translation>SSH 経由のリモートホスト</translation>
    </message>
    <message>
        <location filename="../ui/shell/ConnectDialog.cpp" line="49"/>
        <source>Support bundle (read-only)</source>
        <translation>サポートバンドル (読み取り専用)</translation>
    </message>
    <message>
        <location filename="../ui/shell/ConnectDialog.cpp" line="53"/>
        <source>A simulated host with modules 10 and 11, six disks, four adapters and three virtual machines. Nothing you do touches a real machine.</source>
        <translation>モジュール 10 と 11、ディスク 6 台、アダプタ 4 個、仮想マシン 3 台を持つシミュレーションホストです。実際のマシンには一切影響しません。</translation>
    </message>
    <message>
        <location filename="../ui/shell/ConnectDialog.cpp" line="59"/>
        <source>Reads this computer directly. Changes run through sudo and need a password-less sudo rule.</source>
        <translation>このコンピュータを直接読み取ります。変更は sudo 経由で実行され、パスワード不要の sudo 設定が必要です。</translation>
    </message>
    <message>
        <location filename="../ui/shell/ConnectDialog.cpp" line="65"/>
        <source>ssh://user@host:port</source>
        <translation>ssh://ユーザー@ホスト:ポート</translation>
    </message>
    <message>
        <location filename="../ui/shell/ConnectDialog.cpp" line="66"/>
        <source>Optional: private key file</source>
        <translation>省略可: 秘密鍵ファイル</translation>
    </message>
    <message>
        <location filename="../ui/shell/ConnectDialog.cpp" line="67"/>
        <location filename="../ui/shell/ConnectDialog.cpp" line="79"/>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <location filename="../ui/shell/ConnectDialog.cpp" line="71"/>
        <source>Address:</source>
        <translation>アドレス:</translation>
    </message>
    <message>
        <location filename="../ui/shell/ConnectDialog.cpp" line="72"/>
        <source>Identity file:</source>
        <translation>鍵ファイル:</translation>
    </message>
    <message>
        <location filename="../ui/shell/ConnectDialog.cpp" line="73"/>
        <source>The host key is checked against known_hosts; a password is asked for when needed and never stored.</source>
        <translation>ホスト鍵は known_hosts と照合されます。パスワードは必要な時に尋ね、保存しません。</translation>
    </message>
    <message>
        <location filename="../ui/shell/ConnectDialog.cpp" line="78"/>
        <source>Directory holding the captured files</source>
        <translation>取得したファイルを含むディレクトリ</translation>
    </message>
    <message>
        <location filename="../ui/shell/ConnectDialog.cpp" line="83"/>
        <source>Directory:</source>
        <translation>ディレクトリ:</translation>
    </message>
    <message>
        <location filename="../ui/shell/ConnectDialog.cpp" line="102"/>
        <source>Host:</source>
        <translation>ホスト:</translation>
    </message>
    <message>
        <location filename="../ui/shell/ConnectDialog.cpp" line="107"/>
        <source>Recent hosts:</source>
        <translation>最近のホスト:</translation>
    </message>
    <message>
        <location filename="../ui/shell/ConnectDialog.cpp" line="124"/>
        <source>Choose Identity File</source>
        <translation>鍵ファイルを選択</translation>
    </message>
    <message>
        <location filename="../ui/shell/ConnectDialog.cpp" line="130"/>
        <source>Choose Support Bundle Directory</source>
        <translation>サポートバンドルのディレクトリを選択</translation>
    </message>
</context>
<context>
    <name>ftc::CpuSliders</name>
    <message>
        <location filename="../widgets/CpuSliders.cpp" line="16"/>
        <source>Relative &amp;weight</source>
        <translation>相対的な重み(&amp;W)</translation>
    </message>
    <message>
        <location filename="../widgets/CpuSliders.cpp" line="17"/>
        <source>&amp;Reserved capacity</source>
        <translation>予約済み容量(&amp;R)</translation>
    </message>
    <message>
        <location filename="../widgets/CpuSliders.cpp" line="17"/>
        <source> % of one CPU</source>
        <translation> % (CPU 1 個あたり)</translation>
    </message>
    <message>
        <location filename="../widgets/CpuSliders.cpp" line="18"/>
        <source>&amp;Maximum capacity</source>
        <translation>最大容量(&amp;M)</translation>
    </message>
    <message>
        <location filename="../widgets/CpuSliders.cpp" line="18"/>
        <source> % of one CPU per vCPU</source>
        <translation> % (vCPU ごとに CPU 1 個あたり)</translation>
    </message>
    <message>
        <location filename="../widgets/CpuSliders.cpp" line="95"/>
        <source>= %1 % of system</source>
        <translation>= システムの %1 %</translation>
    </message>
</context>
<context>
    <name>ftc::DemoMenu</name>
    <message>
        <location filename="../ui/demo/DemoMenu.cpp" line="15"/>
        <source>&amp;Demo</source>
        <translation>デモ(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/demo/DemoMenu.cpp" line="23"/>
        <source>&amp;Pull Disk</source>
        <translation>ディスクを抜く(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/demo/DemoMenu.cpp" line="24"/>
        <source>&amp;Insert Disk</source>
        <translation>ディスクを挿す(&amp;I)</translation>
    </message>
    <message>
        <location filename="../ui/demo/DemoMenu.cpp" line="25"/>
        <source>&amp;Unplug Cable</source>
        <translation>ケーブルを抜く(&amp;U)</translation>
    </message>
    <message>
        <location filename="../ui/demo/DemoMenu.cpp" line="26"/>
        <source>P&amp;lug Cable</source>
        <translation>ケーブルを挿す(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/demo/DemoMenu.cpp" line="35"/>
        <source>Lose &amp;Connection on Next Network Change</source>
        <translation>次のネットワーク変更で接続を失う(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/demo/DemoMenu.cpp" line="37"/>
        <source>The next team built on the demo host cuts the console off: it cannot confirm the change, and the host&apos;s own rollback timer restores the previous network configuration.</source>
        <translation>デモホストで次に作成するチームによってコンソールの接続が切れます。コンソールは変更を確定できず、ホスト自身のロールバックタイマーが以前のネットワーク構成を復元します。</translation>
    </message>
    <message>
        <location filename="../ui/demo/DemoMenu.cpp" line="63"/>
        <source>%1 (module %2, slot %3)</source>
        <translation>%1 (モジュール %2、スロット %3)</translation>
    </message>
    <message>
        <location filename="../ui/demo/DemoMenu.cpp" line="70"/>
        <source>%1 (the same disk again)</source>
        <translation>%1 (同じディスクを再び)</translation>
    </message>
    <message>
        <location filename="../ui/demo/DemoMenu.cpp" line="71"/>
        <source>%1 (a new blank disk)</source>
        <translation>%1 (新しい空のディスク)</translation>
    </message>
    <message>
        <location filename="../ui/demo/DemoMenu.cpp" line="81"/>
        <source>Nothing to choose</source>
        <translation>選択できるものはありません</translation>
    </message>
    <message>
        <location filename="../ui/demo/DemoMenu.cpp" line="91"/>
        <source>Simulate: pull disk %1</source>
        <translation>シミュレーション: ディスク %1 を抜く</translation>
    </message>
    <message>
        <location filename="../ui/demo/DemoMenu.cpp" line="94"/>
        <source>Simulate: insert disk %1 again</source>
        <translation>シミュレーション: ディスク %1 を再び挿す</translation>
    </message>
    <message>
        <location filename="../ui/demo/DemoMenu.cpp" line="97"/>
        <source>Simulate: insert a new blank disk as %1</source>
        <translation>シミュレーション: 新しい空のディスクを %1 として挿す</translation>
    </message>
    <message>
        <location filename="../ui/demo/DemoMenu.cpp" line="100"/>
        <source>Simulate: unplug the cable of %1</source>
        <translation>シミュレーション: %1 のケーブルを抜く</translation>
    </message>
    <message>
        <location filename="../ui/demo/DemoMenu.cpp" line="103"/>
        <source>Simulate: plug the cable of %1 back in</source>
        <translation>シミュレーション: %1 のケーブルを挿し直す</translation>
    </message>
    <message>
        <location filename="../ui/demo/DemoMenu.cpp" line="106"/>
        <source>Simulate: the next network change cuts the console off</source>
        <translation>シミュレーション: 次のネットワーク変更でコンソールの接続が切れる</translation>
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
        <translation>%1 秒</translation>
    </message>
    <message>
        <location filename="../widgets/DisplayFormat.cpp" line="31"/>
        <source>%1 min</source>
        <translation>%1 分</translation>
    </message>
    <message>
        <location filename="../widgets/DisplayFormat.cpp" line="32"/>
        <source>%1 h %2 min</source>
        <translation>%1 時間 %2 分</translation>
    </message>
</context>
<context>
    <name>ftc::EventLog</name>
    <message>
        <location filename="../ui/shell/EventLog.cpp" line="33"/>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <location filename="../ui/shell/EventLog.cpp" line="33"/>
        <source>Host</source>
        <translation>ホスト</translation>
    </message>
    <message>
        <location filename="../ui/shell/EventLog.cpp" line="33"/>
        <source>Object</source>
        <translation>オブジェクト</translation>
    </message>
    <message>
        <location filename="../ui/shell/EventLog.cpp" line="33"/>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
</context>
<context>
    <name>ftc::Events</name>
    <message>
        <location filename="../backend/model/ChangeTracker.cpp" line="27"/>
        <source>In sync</source>
        <translation>同期済み</translation>
    </message>
    <message>
        <location filename="../backend/model/ChangeTracker.cpp" line="28"/>
        <source>Rebuilding</source>
        <translation>再構築中</translation>
    </message>
    <message>
        <location filename="../backend/model/ChangeTracker.cpp" line="29"/>
        <source>Spare</source>
        <translation>スペア</translation>
    </message>
    <message>
        <location filename="../backend/model/ChangeTracker.cpp" line="30"/>
        <source>Faulty</source>
        <translation>障害</translation>
    </message>
    <message>
        <location filename="../backend/model/ChangeTracker.cpp" line="31"/>
        <source>Missing</source>
        <translation>欠落</translation>
    </message>
    <message>
        <location filename="../backend/model/ChangeTracker.cpp" line="39"/>
        <source>not in a virtual disk</source>
        <translation>仮想ディスク外</translation>
    </message>
    <message>
        <location filename="../backend/model/ChangeTracker.cpp" line="40"/>
        <source>member</source>
        <translation>メンバー</translation>
    </message>
    <message>
        <location filename="../backend/model/ChangeTracker.cpp" line="41"/>
        <source>in use</source>
        <translation>使用中</translation>
    </message>
    <message>
        <location filename="../backend/model/ChangeTracker.cpp" line="74"/>
        <source>%1: new %2 virtual disk, %3</source>
        <translation>%1: 新しい %2 仮想ディスク、%3</translation>
    </message>
    <message>
        <location filename="../backend/model/ChangeTracker.cpp" line="80"/>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <location filename="../backend/model/ChangeTracker.cpp" line="85"/>
        <source> after %1</source>
        <translation> (%1 後)</translation>
    </message>
    <message>
        <location filename="../backend/model/ChangeTracker.cpp" line="95"/>
        <source>%1: %2 started</source>
        <translation>%1: %2 を開始</translation>
    </message>
    <message>
        <location filename="../backend/model/ChangeTracker.cpp" line="101"/>
        <source>%1: member %2 %3 → %4</source>
        <translation>%1: メンバー %2 %3 → %4</translation>
    </message>
    <message>
        <location filename="../backend/model/ChangeTracker.cpp" line="109"/>
        <source>%1: virtual disk is gone</source>
        <translation>%1: 仮想ディスクがなくなりました</translation>
    </message>
    <message>
        <location filename="../backend/model/ChangeTracker.cpp" line="120"/>
        <source>disk %1 appeared (%2)</source>
        <translation>ディスク %1 が現れました (%2)</translation>
    </message>
    <message>
        <location filename="../backend/model/ChangeTracker.cpp" line="122"/>
        <source>disk %1: %2 → %3</source>
        <translation>ディスク %1: %2 → %3</translation>
    </message>
    <message>
        <location filename="../backend/model/ChangeTracker.cpp" line="126"/>
        <source>disk %1 removed (%2)</source>
        <translation>ディスク %1 が取り外されました (%2)</translation>
    </message>
    <message>
        <location filename="../backend/model/ChangeTracker.cpp" line="153"/>
        <source>network change %1: the host rolled it back at %2: %3</source>
        <translation>ネットワーク変更 %1: ホストが %2 にロールバックしました: %3</translation>
    </message>
    <message>
        <location filename="../backend/model/ChangeTracker.cpp" line="156"/>
        <source>network change %1 failed at %2 (%3); the host rolls it back</source>
        <translation>ネットワーク変更 %1 が %2 に失敗しました (%3)。ホストがロールバックします</translation>
    </message>
    <message>
        <location filename="../backend/model/ChangeTracker.cpp" line="159"/>
        <source>network change %1 was refused by the host at %2, nothing changed: %3</source>
        <translation>ネットワーク変更 %1 は %2 にホストに拒否され、何も変更されていません: %3</translation>
    </message>
    <message>
        <location filename="../backend/model/ChangeTracker.cpp" line="163"/>
        <source>network change %1 is not confirmed (%2 at %3): unless it is, the host rolls it back; see /var/lib/ftconsole/net/%1/log</source>
        <translation>ネットワーク変更 %1 は確定していません (%3 に %2)。確定されなければホストがロールバックします。/var/lib/ftconsole/net/%1/log を参照してください</translation>
    </message>
    <message>
        <location filename="../backend/model/ChangeTracker.cpp" line="175"/>
        <source>%1: link up</source>
        <translation>%1: リンクアップ</translation>
    </message>
    <message>
        <location filename="../backend/model/ChangeTracker.cpp" line="176"/>
        <source>%1: link down</source>
        <translation>%1: リンクダウン</translation>
    </message>
    <message>
        <location filename="../backend/model/ChangeTracker.cpp" line="182"/>
        <source>team %1 (%2) created</source>
        <translation>チーム %1 (%2) を作成しました</translation>
    </message>
    <message>
        <location filename="../backend/model/ChangeTracker.cpp" line="198"/>
        <source>, link down on %1</source>
        <translation>、%1 でリンクダウン</translation>
    </message>
    <message>
        <location filename="../backend/model/ChangeTracker.cpp" line="200"/>
        <source>%1: active adapter %2 → %3%4</source>
        <translation>%1: アクティブなアダプタ %2 → %3%4</translation>
    </message>
    <message>
        <location filename="../backend/model/ChangeTracker.cpp" line="201"/>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <location filename="../backend/model/ChangeTracker.cpp" line="206"/>
        <source>team %1 removed</source>
        <translation>チーム %1 を削除しました</translation>
    </message>
    <message>
        <location filename="../backend/model/ChangeTracker.cpp" line="214"/>
        <source>VM %1 defined (%2)</source>
        <translation>仮想マシン %1 を定義しました (%2)</translation>
    </message>
    <message>
        <location filename="../backend/model/ChangeTracker.cpp" line="216"/>
        <source>VM %1: %2 → %3</source>
        <translation>仮想マシン %1: %2 → %3</translation>
    </message>
    <message>
        <location filename="../backend/model/ChangeTracker.cpp" line="220"/>
        <source>VM %1 undefined</source>
        <translation>仮想マシン %1 の定義を削除しました</translation>
    </message>
    <message>
        <location filename="../backend/model/ChangeTracker.cpp" line="232"/>
        <source>%1 is %2</source>
        <translation>%1 は %2 です</translation>
    </message>
</context>
<context>
    <name>ftc::GuiPrompter</name>
    <message>
        <location filename="../ui/shell/GuiPrompter.cpp" line="80"/>
        <source>Password for %1:</source>
        <translation>%1 のパスワード:</translation>
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
        <translation>%1 の認証</translation>
    </message>
</context>
<context>
    <name>ftc::HistoryDialog</name>
    <message>
        <location filename="../ui/host/HistoryDialog.cpp" line="33"/>
        <source>Operation History of %1</source>
        <translation>%1 の操作履歴</translation>
    </message>
    <message>
        <location filename="../ui/host/HistoryDialog.cpp" line="48"/>
        <source>Operation</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../ui/host/HistoryDialog.cpp" line="48"/>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <location filename="../ui/host/HistoryDialog.cpp" line="48"/>
        <source>Steps</source>
        <translation>ステップ</translation>
    </message>
    <message>
        <location filename="../ui/host/HistoryDialog.cpp" line="48"/>
        <source>Account</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <location filename="../ui/host/HistoryDialog.cpp" line="48"/>
        <source>Started (UTC)</source>
        <translation>開始 (UTC)</translation>
    </message>
    <message>
        <location filename="../ui/host/HistoryDialog.cpp" line="63"/>
        <source>&amp;Export…</source>
        <translation>エクスポート(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../ui/host/HistoryDialog.cpp" line="65"/>
        <source>Write every operation of this host to one file, oldest first</source>
        <translation>このホストのすべての操作を古い順に 1 つのファイルに書き出します</translation>
    </message>
    <message>
        <location filename="../ui/host/HistoryDialog.cpp" line="67"/>
        <source>&amp;Reload</source>
        <translation>再読み込み(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/host/HistoryDialog.cpp" line="84"/>
        <source>The history of %1 cannot be read: %2. Check the file&apos;s permissions.</source>
        <translation>%1 の履歴を読み取れません: %2。ファイルのアクセス権を確認してください。</translation>
    </message>
    <message>
        <location filename="../ui/host/HistoryDialog.cpp" line="86"/>
        <source>No operation has been applied to %1 from this console yet. Each plan applied is recorded in %2.</source>
        <translation>このコンソールから %1 に適用された操作はまだありません。適用されたプランはすべて %2 に記録されます。</translation>
    </message>
    <message>
        <location filename="../ui/host/HistoryDialog.cpp" line="90"/>
        <source>Operations applied to %1: %2, recorded in %3.</source>
        <translation>%1 に適用された操作: %2 件 (%3 に記録)。</translation>
    </message>
    <message>
        <location filename="../ui/host/HistoryDialog.cpp" line="100"/>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <location filename="../ui/host/HistoryDialog.cpp" line="100"/>
        <source>Cancelled</source>
        <translation>中止</translation>
    </message>
    <message>
        <location filename="../ui/host/HistoryDialog.cpp" line="100"/>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <location filename="../ui/host/HistoryDialog.cpp" line="104"/>
        <source>%1 of %2</source>
        <translation>%2 中 %1</translation>
    </message>
    <message>
        <location filename="../ui/host/HistoryDialog.cpp" line="137"/>
        <source>Operation history of %1</source>
        <translation>%1 の操作履歴</translation>
    </message>
    <message>
        <location filename="../ui/host/HistoryDialog.cpp" line="142"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <location filename="../ui/host/HistoryDialog.cpp" line="151"/>
        <source>Web page (*.html)</source>
        <translation>Web ページ (*.html)</translation>
    </message>
    <message>
        <location filename="../ui/host/HistoryDialog.cpp" line="152"/>
        <source>Plain text (*.txt)</source>
        <translation>プレーンテキスト (*.txt)</translation>
    </message>
    <message>
        <location filename="../ui/host/HistoryDialog.cpp" line="157"/>
        <source>Export Operation History</source>
        <translation>操作履歴のエクスポート</translation>
    </message>
    <message>
        <location filename="../ui/host/HistoryDialog.cpp" line="165"/>
        <source>Export failed</source>
        <translation>エクスポートに失敗しました</translation>
    </message>
    <message>
        <location filename="../ui/host/HistoryDialog.cpp" line="165"/>
        <source>Choose another folder or file name.</source>
        <translation>別のフォルダーまたはファイル名を選んでください。</translation>
    </message>
    <message>
        <location filename="../ui/host/HistoryDialog.cpp" line="168"/>
        <source>The history of %1 was exported to %2.</source>
        <translation>%1 の履歴を %2 にエクスポートしました。</translation>
    </message>
</context>
<context>
    <name>ftc::HostActions</name>
    <message>
        <location filename="../ui/host/HostActions.cpp" line="23"/>
        <source>H&amp;ost</source>
        <translation>ホスト(&amp;O)</translation>
    </message>
    <message>
        <location filename="../ui/host/HostActions.cpp" line="25"/>
        <source>Operation &amp;History…</source>
        <translation>操作履歴(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../ui/host/HostActions.cpp" line="27"/>
        <source>History</source>
        <comment>button</comment>
        <translation>履歴</translation>
    </message>
    <message>
        <location filename="../ui/host/HostActions.cpp" line="28"/>
        <source>Every plan applied to this host, step by step, for a change record</source>
        <translation>このホストに適用されたすべてのプランをステップごとに表示 (変更記録用)</translation>
    </message>
    <message>
        <location filename="../ui/host/HostActions.cpp" line="29"/>
        <source>&amp;Module Placement…</source>
        <translation>モジュール配置(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../ui/host/HostActions.cpp" line="31"/>
        <source>Module Placement</source>
        <comment>button</comment>
        <translation>モジュール配置</translation>
    </message>
    <message>
        <location filename="../ui/host/HostActions.cpp" line="32"/>
        <source>Say which module each disk and adapter sits in when the console&apos;s guess is wrong</source>
        <translation>コンソールの推定が誤っている場合に、各ディスクとアダプターがどのモジュールにあるかを指定します</translation>
    </message>
    <message>
        <location filename="../ui/host/HostActions.cpp" line="33"/>
        <source>&amp;Libvirt Connection…</source>
        <translation>libvirt 接続(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../ui/host/HostActions.cpp" line="35"/>
        <source>Which libvirt the console reads and drives on this host (virsh -c URI)</source>
        <translation>このホストでコンソールが読み取り、操作する libvirt (virsh -c URI)</translation>
    </message>
    <message>
        <location filename="../ui/host/HostActions.cpp" line="37"/>
        <source>&amp;Save VM States When the Host Stops</source>
        <translation>ホスト停止時に仮想マシンの状態を保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/host/HostActions.cpp" line="40"/>
        <source>The host&apos;s libvirt-guests: save every running VM when the host stops and restore it at boot, or shut each one down (ON_SHUTDOWN)</source>
        <translation>ホストの libvirt-guests: ホスト停止時に実行中の仮想マシンをすべて保存して起動時に復元するか、各仮想マシンをシャットダウンします (ON_SHUTDOWN)</translation>
    </message>
    <message>
        <location filename="../ui/host/HostActions.cpp" line="64"/>
        <location filename="../ui/host/HostActions.cpp" line="74"/>
        <source>Libvirt Connection</source>
        <translation>libvirt 接続</translation>
    </message>
    <message>
        <location filename="../ui/host/HostActions.cpp" line="65"/>
        <source>The libvirt URI virsh uses on %1 (qemu:///system, qemu:///session, test:///path/node.xml…):</source>
        <translation>%1 で virsh が使用する libvirt の URI (qemu:///system、qemu:///session、test:///path/node.xml…):</translation>
    </message>
</context>
<context>
    <name>ftc::HostDetails</name>
    <message>
        <location filename="../ui/host/HostDetails.cpp" line="19"/>
        <source>Host</source>
        <translation>ホスト</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDetails.cpp" line="20"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDetails.cpp" line="21"/>
        <source>Opened as</source>
        <translation>接続先</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDetails.cpp" line="23"/>
        <location filename="../ui/host/HostDetails.cpp" line="24"/>
        <source>Connection</source>
        <translation>接続</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDetails.cpp" line="23"/>
        <source>Read-only capture</source>
        <translation>読み取り専用の取得データ</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDetails.cpp" line="26"/>
        <source>Cannot read %1</source>
        <translation>%1 を読み取れません</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDetails.cpp" line="27"/>
        <source>The connection was lost.</source>
        <translation>接続が切れました。</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDetails.cpp" line="29"/>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDetails.cpp" line="33"/>
        <source>CPUs</source>
        <translation>CPU 数</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDetails.cpp" line="34"/>
        <source>CPU model</source>
        <translation>CPU モデル</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDetails.cpp" line="35"/>
        <source>MHz</source>
        <translation>MHz</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDetails.cpp" line="36"/>
        <source>Memory</source>
        <translation>メモリ</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDetails.cpp" line="37"/>
        <source>Memory available</source>
        <translation>使用可能メモリ</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDetails.cpp" line="41"/>
        <source>Captured</source>
        <translation>取得日時</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDetails.cpp" line="43"/>
        <source>%1 (from %2)</source>
        <translation>%1 (%2 から)</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDetails.cpp" line="45"/>
        <source>a host it does not name</source>
        <translation>名前のないホスト</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDetails.cpp" line="47"/>
        <source>at a time the capture does not say</source>
        <translation>取得データに日時の記録なし</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDetails.cpp" line="48"/>
        <source>Last refresh</source>
        <translation>最終更新</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDetails.cpp" line="51"/>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDetails.cpp" line="60"/>
        <source>Virtual disks</source>
        <translation>仮想ディスク</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDetails.cpp" line="61"/>
        <source>%1 of %2 Duplex</source>
        <translation>%2 台中 %1 台が Duplex</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDetails.cpp" line="66"/>
        <source>Virtual machines</source>
        <translation>仮想マシン</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDetails.cpp" line="66"/>
        <source>%1 of %2 running</source>
        <translation>%2 台中 %1 台が実行中</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDetails.cpp" line="67"/>
        <source>Teams</source>
        <translation>チーム</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDetails.cpp" line="72"/>
        <source>Problems</source>
        <translation>問題</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDetails.cpp" line="76"/>
        <source>Command: %1</source>
        <translation>コマンド: %1</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDetails.cpp" line="78"/>
        <source>Line: %1</source>
        <translation>行: %1</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDetails.cpp" line="86"/>
        <source>Checks</source>
        <translation>チェック</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDetails.cpp" line="88"/>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDetails.cpp" line="100"/>
        <source>Remedy: %1</source>
        <translation>対処: %1</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDetails.cpp" line="108"/>
        <source>When the host stops</source>
        <translation>ホスト停止時</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDetails.cpp" line="111"/>
        <source>No: libvirt-guests.service is not enabled (ON_SHUTDOWN=%1, %2)</source>
        <translation>いいえ: libvirt-guests.service が有効になっていません (ON_SHUTDOWN=%1、%2)</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDetails.cpp" line="112"/>
        <source>no settings file</source>
        <translation>設定ファイルなし</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDetails.cpp" line="114"/>
        <source>No, each VM is shut down (libvirt-guests ON_SHUTDOWN=%1, %2)</source>
        <translation>いいえ、各仮想マシンはシャットダウンされます (libvirt-guests ON_SHUTDOWN=%1、%2)</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDetails.cpp" line="116"/>
        <source>Yes (libvirt-guests ON_SHUTDOWN=%1, %2)</source>
        <translation>はい (libvirt-guests ON_SHUTDOWN=%1、%2)</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDetails.cpp" line="118"/>
        <source>Yes (libvirt-guests default ON_SHUTDOWN=suspend, not set in %1)</source>
        <translation>はい (libvirt-guests の既定値 ON_SHUTDOWN=suspend、%1 では未設定)</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDetails.cpp" line="120"/>
        <source>Yes (libvirt-guests default ON_SHUTDOWN=suspend, no settings file)</source>
        <translation>はい (libvirt-guests の既定値 ON_SHUTDOWN=suspend、設定ファイルなし)</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDetails.cpp" line="121"/>
        <source>Save VM state when the host stops</source>
        <translation>ホスト停止時に仮想マシンの状態を保存</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDetails.cpp" line="122"/>
        <source>libvirt-guests service</source>
        <translation>libvirt-guests サービス</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDetails.cpp" line="123"/>
        <source>Not known (no systemd)</source>
        <translation>不明 (systemd なし)</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDetails.cpp" line="124"/>
        <source>Enabled</source>
        <translation>有効</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDetails.cpp" line="124"/>
        <source>Not enabled</source>
        <translation>無効</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDetails.cpp" line="126"/>
        <source>Wait for each VM to shut down</source>
        <translation>各仮想マシンのシャットダウンを待つ時間</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDetails.cpp" line="127"/>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDetails.cpp" line="128"/>
        <source>Without a limit</source>
        <translation>無制限</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDetails.cpp" line="129"/>
        <source>Not a number (SHUTDOWN_TIMEOUT)</source>
        <translation>数値ではありません (SHUTDOWN_TIMEOUT)</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDetails.cpp" line="131"/>
        <source>Settings file not read</source>
        <translation>読み込まれない設定ファイル</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDetails.cpp" line="132"/>
        <source>%1 exists too, but libvirt-guests on this host reads %2.</source>
        <translation>%1 も存在しますが、このホストの libvirt-guests が読み込むのは %2 です。</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDetails.cpp" line="135"/>
        <source>Save state when the host stops</source>
        <translation>ホスト停止時に状態を保存</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDetails.cpp" line="143"/>
        <source>Modules</source>
        <translation>モジュール</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDetails.cpp" line="145"/>
        <source>Placement unknown</source>
        <translation>配置は不明</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDetails.cpp" line="146"/>
        <source>Every disk and adapter of this host sits behind one PCI root, so the console cannot tell which module holds which. Set it with Host ▸ Module Placement: the checks that want copies and teams across modules use it.</source>
        <translation>このホストのディスクとアダプタはすべて 1 つの PCI ルートの下にあるため、どのモジュールに何があるかをコンソールは判別できません。[ホスト] ▸ [モジュール配置] で設定してください。複製やチームがモジュールにまたがっているかを調べるチェックがこれを使います。</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDetails.cpp" line="151"/>
        <location filename="../ui/host/HostDetails.cpp" line="170"/>
        <source>Module %1</source>
        <translation>モジュール %1</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDetails.cpp" line="152"/>
        <source>%1 disks, %2 adapters</source>
        <translation>ディスク %1 台、アダプタ %2 個</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDetails.cpp" line="154"/>
        <source>Not in a module</source>
        <translation>モジュール外</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDetails.cpp" line="171"/>
        <source>Disks</source>
        <translation>ディスク</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDetails.cpp" line="174"/>
        <location filename="../ui/host/HostDetails.cpp" line="179"/>
        <source>Slot %1: %2</source>
        <translation>スロット %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDetails.cpp" line="176"/>
        <source>Adapters</source>
        <translation>アダプタ</translation>
    </message>
</context>
<context>
    <name>ftc::HostKeyDialog</name>
    <message>
        <location filename="../ui/shell/HostKeyDialog.cpp" line="15"/>
        <source>Unknown Host Key</source>
        <translation>不明なホスト鍵</translation>
    </message>
    <message>
        <location filename="../ui/shell/HostKeyDialog.cpp" line="20"/>
        <source>&lt;b&gt;%1 is not a known host.&lt;/b&gt;&lt;br&gt;Compare the fingerprint below with the one the host&apos;s administrator gives you (&lt;tt&gt;ssh-keygen -lf /etc/ssh/ssh_host_*_key.pub&lt;/tt&gt; on the host). Refuse if you cannot check it.</source>
        <translation>&lt;b&gt;%1 は既知のホストではありません。&lt;/b&gt;&lt;br&gt;下のフィンガープリントを、ホスト管理者から受け取ったもの (ホスト上で &lt;tt&gt;ssh-keygen -lf /etc/ssh/ssh_host_*_key.pub&lt;/tt&gt;) と比較してください。確認できない場合は拒否してください。</translation>
    </message>
    <message>
        <location filename="../ui/shell/HostKeyDialog.cpp" line="41"/>
        <source>Host:</source>
        <translation>ホスト:</translation>
    </message>
    <message>
        <location filename="../ui/shell/HostKeyDialog.cpp" line="42"/>
        <source>Key type:</source>
        <translation>鍵の種類:</translation>
    </message>
    <message>
        <location filename="../ui/shell/HostKeyDialog.cpp" line="43"/>
        <source>Fingerprint:</source>
        <translation>フィンガープリント:</translation>
    </message>
    <message>
        <location filename="../ui/shell/HostKeyDialog.cpp" line="45"/>
        <source>Saved to:</source>
        <translation>保存先:</translation>
    </message>
    <message>
        <location filename="../ui/shell/HostKeyDialog.cpp" line="48"/>
        <source>Accept Once</source>
        <translation>今回のみ許可</translation>
    </message>
    <message>
        <location filename="../ui/shell/HostKeyDialog.cpp" line="49"/>
        <source>Accept and Save</source>
        <translation>許可して保存</translation>
    </message>
    <message>
        <location filename="../ui/shell/HostKeyDialog.cpp" line="50"/>
        <source>Refuse</source>
        <translation>拒否</translation>
    </message>
</context>
<context>
    <name>ftc::HostTree</name>
    <message>
        <location filename="../ui/host/ModuleTree.cpp" line="33"/>
        <source>Modules</source>
        <translation>モジュール</translation>
    </message>
    <message>
        <location filename="../ui/host/ModuleTree.cpp" line="47"/>
        <source>Module %1</source>
        <translation>モジュール %1</translation>
    </message>
    <message>
        <location filename="../ui/host/ModuleTree.cpp" line="54"/>
        <source>Not in a module</source>
        <translation>モジュール外</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageTree.cpp" line="19"/>
        <source>Storage</source>
        <translation>ストレージ</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageTree.cpp" line="20"/>
        <source>Physical disks</source>
        <translation>物理ディスク</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageTree.cpp" line="23"/>
        <source>Virtual disks</source>
        <translation>仮想ディスク</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageTree.cpp" line="29"/>
        <source>%1 %2 %</source>
        <translation>%1 %2 %</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageTree.cpp" line="33"/>
        <source>%1, checking %2 %</source>
        <translation>%1、チェック中 %2 %</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageTree.cpp" line="34"/>
        <source>%1, repairing %2 %</source>
        <translation>%1、修復中 %2 %</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageTree.cpp" line="42"/>
        <source>slot %1 — missing</source>
        <translation>スロット %1 — 欠落</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageTree.cpp" line="43"/>
        <source>%1 (replacement)</source>
        <translation>%1 (交換用)</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageTree.cpp" line="53"/>
        <source>%1 (%2 container)</source>
        <translation>%1 (%2 コンテナー)</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageTree.cpp" line="56"/>
        <source>No arrays</source>
        <translation>アレイなし</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageTree.cpp" line="57"/>
        <source>Holds %1</source>
        <translation>%1 を含む</translation>
    </message>
    <message>
        <location filename="../ui/network/NetworkTree.cpp" line="19"/>
        <source>Network</source>
        <translation>ネットワーク</translation>
    </message>
    <message>
        <location filename="../ui/network/NetworkTree.cpp" line="20"/>
        <source>Adapters</source>
        <translation>アダプタ</translation>
    </message>
    <message>
        <location filename="../ui/network/NetworkTree.cpp" line="23"/>
        <source>Teams</source>
        <translation>チーム</translation>
    </message>
    <message>
        <location filename="../ui/network/NetworkTree.cpp" line="29"/>
        <source>Bridges</source>
        <translation>ブリッジ</translation>
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
        <translation>アップ</translation>
    </message>
    <message>
        <location filename="../ui/network/NetworkTree.cpp" line="36"/>
        <location filename="../ui/network/NetworkTree.cpp" line="61"/>
        <source>Down</source>
        <translation>ダウン</translation>
    </message>
    <message>
        <location filename="../ui/network/NetworkTree.cpp" line="63"/>
        <source>%1, active</source>
        <translation>%1、アクティブ</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmTree.cpp" line="11"/>
        <source>Virtual machines</source>
        <translation>仮想マシン</translation>
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
        <translation>名前</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="86"/>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="96"/>
        <location filename="../ui/shell/MainWindow.cpp" line="416"/>
        <location filename="../ui/shell/MainWindow.cpp" line="611"/>
        <source>Open a host with File ▸ Open Host…</source>
        <translation>ファイル ▸ ホストを開く… でホストを開いてください</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="129"/>
        <source>Event Log</source>
        <translation>イベントログ</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="151"/>
        <source>ftconsole — %1</source>
        <translation>ftconsole — %1</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="174"/>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="175"/>
        <source>&amp;Open Host…</source>
        <translation>ホストを開く(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="178"/>
        <source>&amp;Close Host</source>
        <translation>ホストを閉じる(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="183"/>
        <source>&amp;Export Report…</source>
        <translation>レポートをエクスポート(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="186"/>
        <source>The selected host&apos;s configuration, checks and last events as PDF, HTML, JSON or CSV</source>
        <translation>選択したホストの構成、チェック、最近のイベントを PDF、HTML、JSON または CSV で書き出します</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="189"/>
        <source>Save Support &amp;Bundle…</source>
        <translation>サポートバンドルを保存(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="191"/>
        <source>The selected host&apos;s raw outputs in a folder, to attach to a ticket and open anywhere as a read-only capture</source>
        <translation>選択したホストの生の出力をフォルダーに保存します。チケットに添付し、どこでも読み取り専用の取得データとして開けます</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="195"/>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="198"/>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="200"/>
        <source>&amp;Refresh Now</source>
        <translation>今すぐ更新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="224"/>
        <source>%1: port LED blinked for 10 seconds</source>
        <translation>%1: ポート LED を 10 秒間点滅させました</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="250"/>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="251"/>
        <source>&amp;About ftconsole</source>
        <translation>ftconsole について(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="252"/>
        <source>About ftconsole</source>
        <translation>ftconsole について</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="253"/>
        <source>&lt;b&gt;ftconsole&lt;/b&gt; %1&lt;br&gt;A console for fault-tolerant Linux virtualization hosts: mirrored disks, adapter teams and virtual machines.</source>
        <translation>&lt;b&gt;ftconsole&lt;/b&gt; %1&lt;br&gt;フォールトトレラントな Linux 仮想化ホストのためのコンソール: ミラーディスク、アダプタチーム、仮想マシン。</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="258"/>
        <source>Main</source>
        <translation>メイン</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="330"/>
        <source>Save Support Bundle</source>
        <translation>サポートバンドルを保存</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="340"/>
        <source>Step %1 of %2 done: %3</source>
        <translation>ステップ %1/%2 完了: %3</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="341"/>
        <source>Step %1 of %2 failed: %3: %4</source>
        <translation>ステップ %1/%2 失敗: %3: %4</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="350"/>
        <source>The operation was not recorded in the history: %1</source>
        <translation>操作は履歴に記録されませんでした: %1</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="356"/>
        <source>%1: plan applied</source>
        <translation>%1: プランを適用しました</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="356"/>
        <source>%1: plan failed</source>
        <translation>%1: プランは失敗しました</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="366"/>
        <source>Opening %1</source>
        <translation>%1 を開いています</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="381"/>
        <source>An operation is running</source>
        <translation>操作の実行中です</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="382"/>
        <source>An operation is running on %1.</source>
        <translation>%1 で操作が実行中です。</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="385"/>
        <source>If you close now, the console stops after the step that is running: the host is left partway, as the operation history will say. Wait for it to finish, or stop it here.</source>
        <translation>今閉じると、コンソールは実行中の手順の後で停止し、ホストは途中の状態のままになります (操作履歴に記録されます)。完了を待つか、ここで停止してください。</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="387"/>
        <source>Stop and Close</source>
        <translation>停止して閉じる</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="388"/>
        <source>Keep Running</source>
        <translation>実行を続ける</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="412"/>
        <source>Closed %1</source>
        <translation>%1 を閉じました</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="502"/>
        <source>Retrying %1</source>
        <translation>%1 を再試行しています</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="553"/>
        <source>%1: read-only capture from %2</source>
        <translation>%1: %2 の読み取り専用の取得データ</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="555"/>
        <source>%1: refreshed at %2</source>
        <translation>%1: %2 に更新</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="589"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="598"/>
        <source>Capture from %1</source>
        <translation>%1 の取得データ</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="612"/>
        <source>Select an item in the tree.</source>
        <translation>ツリーで項目を選択してください。</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="680"/>
        <source>%1 on %2</source>
        <translation>%2 の %1</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="681"/>
        <source>%1 on %2.</source>
        <translation>%2 の %1。</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="684"/>
        <source>Its data may be lost. Do not write to its member disks: reseat or reconnect the disks that failed, and see the Checks page for what to do next.</source>
        <translation>データが失われている可能性があります。メンバーディスクに書き込まないでください。障害の起きたディスクを差し直すか接続し直し、次に行うことはチェックのページで確認してください。</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="686"/>
        <source>Acknowledge</source>
        <translation>確認</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="691"/>
        <source>%1: acknowledged</source>
        <translation>%1: 確認済み</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="702"/>
        <location filename="../ui/shell/MainWindow.cpp" line="724"/>
        <source>Export Report</source>
        <translation>レポートのエクスポート</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="702"/>
        <source>%1 has not been read yet: nothing to report.</source>
        <translation>%1 はまだ読み取られていないため、レポートする内容がありません。</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="708"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF ドキュメント (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="708"/>
        <source>Web page, one file (*.html)</source>
        <translation>Web ページ、1 ファイル (*.html)</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="708"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="709"/>
        <source>CSV, one file per table, in a folder (*)</source>
        <translation>CSV、表ごとに 1 ファイル、フォルダー内 (*)</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="710"/>
        <source>Export Report of %1</source>
        <translation>%1 のレポートをエクスポート</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="727"/>
        <source>%1: report written to %2</source>
        <translation>%1: レポートを %2 に書き出しました</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="737"/>
        <source>Save Support Bundle of %1</source>
        <translation>%1 のサポートバンドルを保存</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="743"/>
        <source>%1: saving a support bundle to %2…</source>
        <translation>%1: サポートバンドルを %2 に保存しています…</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="907"/>
        <source>Applying: %1</source>
        <translation>適用中: %1</translation>
    </message>
</context>
<context>
    <name>ftc::ModuleOverridesDialog</name>
    <message>
        <location filename="../ui/host/ModuleOverridesDialog.cpp" line="31"/>
        <source>Module Placement on %1</source>
        <translation>%1 のモジュール配置</translation>
    </message>
    <message>
        <location filename="../ui/host/ModuleOverridesDialog.cpp" line="34"/>
        <source>Each disk and adapter belongs to module 10 or 11, the two CPU-I/O enclosures. The console guesses from the PCI root a device sits on; where that guess is wrong, choose the module here. Disks are remembered by serial number, so a disk that gets a new name keeps its place.</source>
        <translation>各ディスクとアダプターは、2 つの CPU-I/O エンクロージャーであるモジュール 10 または 11 に属します。コンソールはデバイスが接続されている PCI ルートから推定します。推定が誤っている場合は、ここでモジュールを選んでください。ディスクはシリアル番号で記憶されるため、名前が変わっても配置は保たれます。</translation>
    </message>
    <message>
        <location filename="../ui/host/ModuleOverridesDialog.cpp" line="46"/>
        <source>Device</source>
        <translation>デバイス</translation>
    </message>
    <message>
        <location filename="../ui/host/ModuleOverridesDialog.cpp" line="46"/>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <location filename="../ui/host/ModuleOverridesDialog.cpp" line="46"/>
        <source>Serial / MAC</source>
        <translation>シリアル / MAC</translation>
    </message>
    <message>
        <location filename="../ui/host/ModuleOverridesDialog.cpp" line="46"/>
        <source>Model / PCI path</source>
        <translation>モデル / PCI パス</translation>
    </message>
    <message>
        <location filename="../ui/host/ModuleOverridesDialog.cpp" line="46"/>
        <source>Now in</source>
        <translation>現在</translation>
    </message>
    <message>
        <location filename="../ui/host/ModuleOverridesDialog.cpp" line="47"/>
        <source>Module</source>
        <translation>モジュール</translation>
    </message>
    <message>
        <location filename="../ui/host/ModuleOverridesDialog.cpp" line="49"/>
        <source>Disk</source>
        <translation>ディスク</translation>
    </message>
    <message>
        <location filename="../ui/host/ModuleOverridesDialog.cpp" line="51"/>
        <source>Adapter</source>
        <translation>アダプター</translation>
    </message>
    <message>
        <location filename="../ui/host/ModuleOverridesDialog.cpp" line="57"/>
        <source>All &amp;Automatic</source>
        <translation>すべて自動(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/host/ModuleOverridesDialog.cpp" line="74"/>
        <source>no module</source>
        <translation>モジュールなし</translation>
    </message>
    <message>
        <location filename="../ui/host/ModuleOverridesDialog.cpp" line="74"/>
        <location filename="../ui/host/ModuleOverridesDialog.cpp" line="80"/>
        <source>Module %1</source>
        <translation>モジュール %1</translation>
    </message>
    <message>
        <location filename="../ui/host/ModuleOverridesDialog.cpp" line="78"/>
        <source>Automatic (PCI root)</source>
        <translation>自動 (PCI ルート)</translation>
    </message>
</context>
<context>
    <name>ftc::NetChangeDialog</name>
    <message>
        <location filename="../ui/network/NetChangeDialog.cpp" line="39"/>
        <source>&amp;Apply</source>
        <translation>適用(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/network/NetChangeDialog.cpp" line="51"/>
        <source>Change Team %1</source>
        <translation>チーム %1 の変更</translation>
    </message>
    <message>
        <location filename="../ui/network/NetChangeDialog.cpp" line="53"/>
        <source>The host was closed.</source>
        <translation>ホストは閉じられました。</translation>
    </message>
    <message>
        <location filename="../ui/network/NetChangeDialog.cpp" line="56"/>
        <source>Asking the host how its network is configured…</source>
        <translation>ホストにネットワーク構成を問い合わせています…</translation>
    </message>
    <message>
        <location filename="../ui/network/NetChangeDialog.cpp" line="70"/>
        <source>The host has not been read yet.</source>
        <translation>ホストはまだ読み込まれていません。</translation>
    </message>
    <message>
        <location filename="../ui/network/NetChangeDialog.cpp" line="90"/>
        <source>Done.</source>
        <translation>完了しました。</translation>
    </message>
    <message>
        <location filename="../ui/network/NetChangeDialog.cpp" line="90"/>
        <source>The change did not take effect.</source>
        <translation>変更は反映されませんでした。</translation>
    </message>
    <message>
        <location filename="../ui/network/NetChangeDialog.cpp" line="93"/>
        <source>&amp;Close</source>
        <translation>閉じる(&amp;C)</translation>
    </message>
</context>
<context>
    <name>ftc::NetChangeRun</name>
    <message>
        <location filename="../ui/network/NetChangeRun.cpp" line="23"/>
        <source>Applying…</source>
        <translation>適用中…</translation>
    </message>
    <message>
        <location filename="../ui/network/NetChangeRun.cpp" line="30"/>
        <source>%1: done</source>
        <translation>%1: 完了</translation>
    </message>
    <message>
        <location filename="../ui/network/NetChangeRun.cpp" line="31"/>
        <source>%1: failed: %2</source>
        <translation>%1: 失敗: %2</translation>
    </message>
</context>
<context>
    <name>ftc::NetworkActions</name>
    <message>
        <location filename="../ui/network/NetworkActions.cpp" line="16"/>
        <source>&amp;Network</source>
        <translation>ネットワーク(&amp;N)</translation>
    </message>
    <message>
        <location filename="../ui/network/NetworkActions.cpp" line="19"/>
        <source>New &amp;Team…</source>
        <translation>新しいチーム(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../ui/network/NetworkActions.cpp" line="21"/>
        <source>Ctrl+Shift+T</source>
        <translation>Ctrl+Shift+T</translation>
    </message>
    <message>
        <location filename="../ui/network/NetworkActions.cpp" line="22"/>
        <source>&amp;Identify Adapter</source>
        <translation>アダプタの識別(&amp;I)</translation>
    </message>
    <message>
        <location filename="../ui/network/NetworkActions.cpp" line="41"/>
        <source>&amp;Add Adapter to Team</source>
        <translation>チームにアダプタを追加(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/network/NetworkActions.cpp" line="43"/>
        <source>&amp;Remove from Team</source>
        <translation>チームから削除(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/network/NetworkActions.cpp" line="51"/>
        <source>Make &amp;Primary</source>
        <translation>プライマリにする(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/network/NetworkActions.cpp" line="59"/>
        <source>&amp;Delete Team…</source>
        <translation>チームを削除(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../ui/network/NetworkActions.cpp" line="74"/>
        <source>Select a host first</source>
        <translation>先にホストを選択してください</translation>
    </message>
    <message>
        <location filename="../ui/network/NetworkActions.cpp" line="75"/>
        <source>The host has not been read yet</source>
        <translation>ホストはまだ読み込まれていません</translation>
    </message>
    <message>
        <location filename="../ui/network/NetworkActions.cpp" line="76"/>
        <source>A capture is read-only</source>
        <translation>取得データは読み取り専用です</translation>
    </message>
    <message>
        <location filename="../ui/network/NetworkActions.cpp" line="77"/>
        <source>A team needs two adapters; the host has fewer</source>
        <translation>チームにはアダプタが 2 個必要ですが、このホストには 2 個未満しかありません</translation>
    </message>
    <message>
        <location filename="../ui/network/NetworkActions.cpp" line="78"/>
        <source>Build a team of adapters (Teaming Wizard)</source>
        <translation>アダプタでチームを構成します (チーミングウィザード)</translation>
    </message>
    <message>
        <location filename="../ui/network/NetworkActions.cpp" line="82"/>
        <source>Blinks the adapter&apos;s port LED for 10 seconds (ethtool --identify)</source>
        <translation>アダプタのポート LED を 10 秒間点滅させます (ethtool --identify)</translation>
    </message>
    <message>
        <location filename="../ui/network/NetworkActions.cpp" line="92"/>
        <source>A team keeps at least two adapters: delete the team instead</source>
        <translation>チームには少なくとも2つのアダプタが必要です。代わりにチームを削除してください</translation>
    </message>
    <message>
        <location filename="../ui/network/NetworkActions.cpp" line="93"/>
        <source>Take the adapter out of the team</source>
        <translation>アダプタをチームから外します</translation>
    </message>
    <message>
        <location filename="../ui/network/NetworkActions.cpp" line="99"/>
        <source>%1 (module %2)</source>
        <translation>%1 (モジュール %2)</translation>
    </message>
</context>
<context>
    <name>ftc::NetworkDetails</name>
    <message>
        <location filename="../ui/network/NetworkDetails.cpp" line="16"/>
        <location filename="../ui/network/NetworkDetails.cpp" line="24"/>
        <source>Teams</source>
        <translation>チーム</translation>
    </message>
    <message>
        <location filename="../ui/network/NetworkDetails.cpp" line="17"/>
        <location filename="../ui/network/NetworkDetails.cpp" line="19"/>
        <source>Adapters</source>
        <translation>アダプタ</translation>
    </message>
    <message>
        <location filename="../ui/network/NetworkDetails.cpp" line="17"/>
        <source>Network</source>
        <translation>ネットワーク</translation>
    </message>
    <message>
        <location filename="../ui/network/NetworkDetails.cpp" line="29"/>
        <source>No adapter teams yet. Team two adapters on different modules so the host stays reachable when one module is down.</source>
        <translation>アダプタチームはまだありません。モジュールが 1 つ停止してもホストに到達できるよう、異なるモジュールの 2 つのアダプタでチームを構成してください。</translation>
    </message>
    <message>
        <location filename="../ui/network/NetworkDetails.cpp" line="34"/>
        <source>Bridges</source>
        <translation>ブリッジ</translation>
    </message>
    <message>
        <location filename="../ui/network/NetworkDetails.cpp" line="37"/>
        <source>no port</source>
        <translation>ポートなし</translation>
    </message>
    <message>
        <location filename="../ui/network/NetworkDetails.cpp" line="47"/>
        <source>Full</source>
        <comment>link duplex mode</comment>
        <translation>全二重</translation>
    </message>
    <message>
        <location filename="../ui/network/NetworkDetails.cpp" line="49"/>
        <source>Half</source>
        <comment>link duplex mode</comment>
        <translation>半二重</translation>
    </message>
    <message>
        <location filename="../ui/network/NetworkDetails.cpp" line="57"/>
        <source>Network adapter</source>
        <translation>ネットワークアダプタ</translation>
    </message>
    <message>
        <location filename="../ui/network/NetworkDetails.cpp" line="58"/>
        <location filename="../ui/network/NetworkDetails.cpp" line="77"/>
        <location filename="../ui/network/NetworkDetails.cpp" line="132"/>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../ui/network/NetworkDetails.cpp" line="59"/>
        <source>MAC address</source>
        <translation>MAC アドレス</translation>
    </message>
    <message>
        <location filename="../ui/network/NetworkDetails.cpp" line="60"/>
        <source>Module</source>
        <translation>モジュール</translation>
    </message>
    <message>
        <location filename="../ui/network/NetworkDetails.cpp" line="61"/>
        <source>Slot</source>
        <translation>スロット</translation>
    </message>
    <message>
        <location filename="../ui/network/NetworkDetails.cpp" line="62"/>
        <source>Driver</source>
        <translation>ドライバー</translation>
    </message>
    <message>
        <location filename="../ui/network/NetworkDetails.cpp" line="63"/>
        <source>Speed</source>
        <translation>速度</translation>
    </message>
    <message>
        <location filename="../ui/network/NetworkDetails.cpp" line="63"/>
        <source>%1 Mb/s</source>
        <translation>%1 Mb/s</translation>
    </message>
    <message>
        <location filename="../ui/network/NetworkDetails.cpp" line="64"/>
        <source>Duplex</source>
        <comment>link duplex mode</comment>
        <translation>デュプレックス</translation>
    </message>
    <message>
        <location filename="../ui/network/NetworkDetails.cpp" line="65"/>
        <source>Operational state</source>
        <translation>動作状態</translation>
    </message>
    <message>
        <location filename="../ui/network/NetworkDetails.cpp" line="66"/>
        <location filename="../ui/network/NetworkDetails.cpp" line="76"/>
        <source>Team</source>
        <translation>チーム</translation>
    </message>
    <message>
        <location filename="../ui/network/NetworkDetails.cpp" line="68"/>
        <source>PCI path</source>
        <translation>PCI パス</translation>
    </message>
    <message>
        <location filename="../ui/network/NetworkDetails.cpp" line="78"/>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <location filename="../ui/network/NetworkDetails.cpp" line="79"/>
        <source>Bonding mode</source>
        <translation>ボンディングモード</translation>
    </message>
    <message>
        <location filename="../ui/network/NetworkDetails.cpp" line="80"/>
        <source>Active adapter</source>
        <translation>アクティブなアダプタ</translation>
    </message>
    <message>
        <location filename="../ui/network/NetworkDetails.cpp" line="81"/>
        <source>Primary</source>
        <translation>プライマリ</translation>
    </message>
    <message>
        <location filename="../ui/network/NetworkDetails.cpp" line="82"/>
        <source>Link monitoring</source>
        <translation>リンク監視</translation>
    </message>
    <message>
        <location filename="../ui/network/NetworkDetails.cpp" line="82"/>
        <source>every %1 ms</source>
        <translation>%1 ms ごと</translation>
    </message>
    <message>
        <location filename="../ui/network/NetworkDetails.cpp" line="84"/>
        <source>ARP monitoring</source>
        <translation>ARP 監視</translation>
    </message>
    <message>
        <location filename="../ui/network/NetworkDetails.cpp" line="84"/>
        <source>every %1 ms, asking %2</source>
        <translation>%1 ms ごと、問い合わせ先 %2</translation>
    </message>
    <message>
        <location filename="../ui/network/NetworkDetails.cpp" line="88"/>
        <source>MAC on failover</source>
        <translation>フェイルオーバー時の MAC</translation>
    </message>
    <message>
        <location filename="../ui/network/NetworkDetails.cpp" line="91"/>
        <source>LACP rate</source>
        <translation>LACP レート</translation>
    </message>
    <message>
        <location filename="../ui/network/NetworkDetails.cpp" line="92"/>
        <source>Aggregator</source>
        <translation>アグリゲーター</translation>
    </message>
    <message>
        <location filename="../ui/network/NetworkDetails.cpp" line="93"/>
        <source>%1, %2 of %3 adapters</source>
        <translation>%1 (アダプタ %3 個中 %2 個)</translation>
    </message>
    <message>
        <location filename="../ui/network/NetworkDetails.cpp" line="97"/>
        <source>Switch partner</source>
        <translation>スイッチ側パートナー</translation>
    </message>
    <message>
        <location filename="../ui/network/NetworkDetails.cpp" line="98"/>
        <source>none answered: is the switch port set for LACP?</source>
        <translation>応答なし: スイッチのポートは LACP に設定されていますか?</translation>
    </message>
    <message>
        <location filename="../ui/network/NetworkDetails.cpp" line="100"/>
        <source>Members</source>
        <translation>メンバー</translation>
    </message>
    <message>
        <location filename="../ui/network/NetworkDetails.cpp" line="103"/>
        <location filename="../ui/network/NetworkDetails.cpp" line="132"/>
        <source>Up</source>
        <translation>アップ</translation>
    </message>
    <message>
        <location filename="../ui/network/NetworkDetails.cpp" line="103"/>
        <source>Down (%1)</source>
        <translation>ダウン (%1)</translation>
    </message>
    <message>
        <location filename="../ui/network/NetworkDetails.cpp" line="105"/>
        <source>%1, active</source>
        <translation>%1、アクティブ</translation>
    </message>
    <message>
        <location filename="../ui/network/NetworkDetails.cpp" line="110"/>
        <source>%1 (module %2)</source>
        <translation>%1 (モジュール %2)</translation>
    </message>
    <message>
        <location filename="../ui/network/NetworkDetails.cpp" line="113"/>
        <source>%1 link failures</source>
        <translation>%1 のリンク障害回数</translation>
    </message>
    <message>
        <location filename="../ui/network/NetworkDetails.cpp" line="129"/>
        <location filename="../ui/network/NetworkDetails.cpp" line="131"/>
        <source>Bridge</source>
        <translation>ブリッジ</translation>
    </message>
    <message>
        <location filename="../ui/network/NetworkDetails.cpp" line="132"/>
        <source>Down</source>
        <translation>ダウン</translation>
    </message>
    <message>
        <location filename="../ui/network/NetworkDetails.cpp" line="133"/>
        <source>Ports</source>
        <translation>ポート</translation>
    </message>
    <message>
        <location filename="../ui/network/NetworkDetails.cpp" line="144"/>
        <source>No team or adapter is a port of this bridge: its virtual machines reach only each other and the host.</source>
        <translation>このブリッジのポートになっているチームやアダプタはありません。仮想マシンは互いとホストにしか到達できません。</translation>
    </message>
    <message>
        <location filename="../ui/network/NetworkDetails.cpp" line="146"/>
        <source>Virtual machines</source>
        <translation>仮想マシン</translation>
    </message>
    <message>
        <location filename="../ui/network/NetworkDetails.cpp" line="148"/>
        <source>NIC on %1</source>
        <translation>%1 上のNIC</translation>
    </message>
    <message>
        <location filename="../ui/network/NetworkDetails.cpp" line="151"/>
        <source>No running virtual machine has a NIC on this bridge.</source>
        <translation>このブリッジにNICを持つ実行中の仮想マシンはありません。</translation>
    </message>
    <message>
        <location filename="../ui/network/NetworkDetails.cpp" line="152"/>
        <source>%1 on the bridge, of no VM the console knows.</source>
        <translation>ブリッジ上の %1 (コンソールが把握しているVMのものではありません)。</translation>
    </message>
</context>
<context>
    <name>ftc::NodeDetails</name>
    <message>
        <location filename="../ui/shell/NodeDetails.cpp" line="68"/>
        <source>Gone</source>
        <translation>消失</translation>
    </message>
    <message>
        <location filename="../ui/shell/NodeDetails.cpp" line="69"/>
        <source>This object is no longer reported by the host.</source>
        <translation>この項目はホストから報告されなくなりました。</translation>
    </message>
</context>
<context>
    <name>ftc::PdfReport</name>
    <message>
        <location filename="../ui/report/PdfReport.cpp" line="63"/>
        <source>the PDF could not be started</source>
        <translation>PDF の作成を開始できませんでした</translation>
    </message>
    <message>
        <location filename="../ui/report/PdfReport.cpp" line="75"/>
        <source>Page %1 of %2</source>
        <translation>%1 / %2 ページ</translation>
    </message>
    <message>
        <location filename="../ui/report/PdfReport.cpp" line="86"/>
        <source>the PDF could not be finished</source>
        <translation>PDF の作成を完了できませんでした</translation>
    </message>
</context>
<context>
    <name>ftc::PlanDialog</name>
    <message>
        <location filename="../ui/common/PlanDialog.cpp" line="19"/>
        <source>&amp;Apply</source>
        <translation>適用(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/common/PlanDialog.cpp" line="24"/>
        <source>Review what will change. Nothing runs until you press Apply.</source>
        <translation>変更内容を確認してください。「適用」を押すまで何も実行されません。</translation>
    </message>
    <message>
        <location filename="../ui/common/PlanDialog.cpp" line="25"/>
        <source>This cannot be done as things are. Nothing will run.</source>
        <translation>現在の状態では実行できません。何も実行されません。</translation>
    </message>
    <message>
        <location filename="../ui/common/PlanDialog.cpp" line="41"/>
        <source>To confirm, type %1: &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>確認のため %1 を入力してください: &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/common/PlanDialog.cpp" line="77"/>
        <source>The host could not be asked what this account may run.</source>
        <translation>このアカウントが実行できるコマンドをホストに問い合わせられませんでした。</translation>
    </message>
    <message>
        <location filename="../ui/common/PlanDialog.cpp" line="87"/>
        <source>Asking sudo on the host what this account may run…</source>
        <translation>このアカウントが実行できるコマンドをホストの sudo に問い合わせています…</translation>
    </message>
    <message>
        <location filename="../ui/common/PlanDialog.cpp" line="88"/>
        <source>sudo on the host would refuse a step: see above</source>
        <translation>ホストの sudo が手順を拒否します: 上記を参照してください</translation>
    </message>
</context>
<context>
    <name>ftc::PlanView</name>
    <message>
        <location filename="../ui/common/PlanView.cpp" line="48"/>
        <source>Cannot be done</source>
        <translation>実行できません</translation>
    </message>
    <message>
        <location filename="../ui/common/PlanView.cpp" line="50"/>
        <source>This account may not run every step</source>
        <translation>このアカウントはすべての手順を実行できません</translation>
    </message>
    <message>
        <location filename="../ui/common/PlanView.cpp" line="52"/>
        <source>Be careful</source>
        <translation>注意</translation>
    </message>
    <message>
        <location filename="../ui/common/PlanView.cpp" line="55"/>
        <source>Nothing to do.</source>
        <translation>実行することはありません。</translation>
    </message>
    <message>
        <location filename="../ui/common/PlanView.cpp" line="59"/>
        <source>These commands will run, in this order:</source>
        <translation>次のコマンドがこの順に実行されます:</translation>
    </message>
    <message>
        <location filename="../ui/common/PlanView.cpp" line="60"/>
        <source>These commands would run:</source>
        <translation>次のコマンドが実行される予定でした:</translation>
    </message>
    <message>
        <location filename="../ui/common/PlanView.cpp" line="72"/>
        <source>with this text on its standard input:</source>
        <translation>標準入力に次のテキストを渡します:</translation>
    </message>
</context>
<context>
    <name>ftc::Report</name>
    <message>
        <location filename="../backend/report/HtmlReport.cpp" line="96"/>
        <source>VMs: %1</source>
        <translation>仮想マシン: %1</translation>
    </message>
    <message>
        <location filename="../backend/report/HtmlReport.cpp" line="98"/>
        <source>Host memory: %1</source>
        <translation>ホストのメモリ: %1</translation>
    </message>
    <message>
        <location filename="../backend/report/HtmlReport.cpp" line="106"/>
        <source>None.</source>
        <translation>ありません。</translation>
    </message>
    <message>
        <location filename="../backend/report/HtmlReport.cpp" line="161"/>
        <source>%1, read at %2; made by ftconsole %3 at %4</source>
        <translation>%1 (%2 に読み取り)、ftconsole %3 により %4 に作成</translation>
    </message>
    <message>
        <location filename="../backend/report/HtmlReport.cpp" line="178"/>
        <location filename="../backend/report/ReportTables.cpp" line="94"/>
        <location filename="../backend/report/ReportTables.cpp" line="157"/>
        <source>Memory</source>
        <translation>メモリ</translation>
    </message>
    <message>
        <location filename="../backend/report/HtmlReport.cpp" line="180"/>
        <source>Virtual disks at a glance</source>
        <translation>仮想ディスクの概要</translation>
    </message>
    <message>
        <location filename="../backend/report/ReportTables.cpp" line="27"/>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <location filename="../backend/report/ReportTables.cpp" line="27"/>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <location filename="../backend/report/ReportTables.cpp" line="40"/>
        <source>%1 %2 %</source>
        <translation>%1 %2 %</translation>
    </message>
    <message>
        <location filename="../backend/report/ReportTables.cpp" line="42"/>
        <source>, %1 KiB/s</source>
        <translation>、%1 KiB/s</translation>
    </message>
    <message>
        <location filename="../backend/report/ReportTables.cpp" line="50"/>
        <source>in sync</source>
        <translation>同期済み</translation>
    </message>
    <message>
        <location filename="../backend/report/ReportTables.cpp" line="51"/>
        <source>rebuilding</source>
        <translation>再構築中</translation>
    </message>
    <message>
        <location filename="../backend/report/ReportTables.cpp" line="52"/>
        <source>spare</source>
        <translation>スペア</translation>
    </message>
    <message>
        <location filename="../backend/report/ReportTables.cpp" line="53"/>
        <source>faulty</source>
        <translation>障害</translation>
    </message>
    <message>
        <location filename="../backend/report/ReportTables.cpp" line="54"/>
        <source>missing</source>
        <translation>欠落</translation>
    </message>
    <message>
        <location filename="../backend/report/ReportTables.cpp" line="62"/>
        <source>not in a virtual disk</source>
        <translation>仮想ディスク外</translation>
    </message>
    <message>
        <location filename="../backend/report/ReportTables.cpp" line="63"/>
        <source>member</source>
        <translation>メンバー</translation>
    </message>
    <message>
        <location filename="../backend/report/ReportTables.cpp" line="64"/>
        <source>in use</source>
        <translation>使用中</translation>
    </message>
    <message>
        <location filename="../backend/report/ReportTables.cpp" line="80"/>
        <source>Configuration report: %1</source>
        <translation>構成レポート: %1</translation>
    </message>
    <message>
        <location filename="../backend/report/ReportTables.cpp" line="88"/>
        <source>Host</source>
        <translation>ホスト</translation>
    </message>
    <message>
        <location filename="../backend/report/ReportTables.cpp" line="88"/>
        <source>Property</source>
        <translation>プロパティ</translation>
    </message>
    <message>
        <location filename="../backend/report/ReportTables.cpp" line="88"/>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <location filename="../backend/report/ReportTables.cpp" line="89"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location filename="../backend/report/ReportTables.cpp" line="90"/>
        <source>Opened as</source>
        <translation>接続先</translation>
    </message>
    <message>
        <location filename="../backend/report/ReportTables.cpp" line="91"/>
        <source>CPUs</source>
        <translation>CPU 数</translation>
    </message>
    <message>
        <location filename="../backend/report/ReportTables.cpp" line="92"/>
        <source>CPU model</source>
        <translation>CPU モデル</translation>
    </message>
    <message>
        <location filename="../backend/report/ReportTables.cpp" line="93"/>
        <source>MHz</source>
        <translation>MHz</translation>
    </message>
    <message>
        <location filename="../backend/report/ReportTables.cpp" line="96"/>
        <source>Captured from</source>
        <translation>取得元</translation>
    </message>
    <message>
        <location filename="../backend/report/ReportTables.cpp" line="97"/>
        <source>Read at</source>
        <translation>読み取り日時</translation>
    </message>
    <message>
        <location filename="../backend/report/ReportTables.cpp" line="98"/>
        <source>Report made at</source>
        <translation>レポート作成日時</translation>
    </message>
    <message>
        <location filename="../backend/report/ReportTables.cpp" line="99"/>
        <source>Console version</source>
        <translation>コンソールのバージョン</translation>
    </message>
    <message>
        <location filename="../backend/report/ReportTables.cpp" line="102"/>
        <source>Modules</source>
        <translation>モジュール</translation>
    </message>
    <message>
        <location filename="../backend/report/ReportTables.cpp" line="103"/>
        <location filename="../backend/report/ReportTables.cpp" line="109"/>
        <location filename="../backend/report/ReportTables.cpp" line="133"/>
        <source>Module</source>
        <translation>モジュール</translation>
    </message>
    <message>
        <location filename="../backend/report/ReportTables.cpp" line="103"/>
        <source>Disks</source>
        <translation>ディスク</translation>
    </message>
    <message>
        <location filename="../backend/report/ReportTables.cpp" line="103"/>
        <location filename="../backend/report/ReportTables.cpp" line="132"/>
        <source>Adapters</source>
        <translation>アダプタ</translation>
    </message>
    <message>
        <location filename="../backend/report/ReportTables.cpp" line="108"/>
        <source>Physical disks</source>
        <translation>物理ディスク</translation>
    </message>
    <message>
        <location filename="../backend/report/ReportTables.cpp" line="109"/>
        <source>Disk</source>
        <translation>ディスク</translation>
    </message>
    <message>
        <location filename="../backend/report/ReportTables.cpp" line="109"/>
        <source>Slot</source>
        <translation>スロット</translation>
    </message>
    <message>
        <location filename="../backend/report/ReportTables.cpp" line="109"/>
        <location filename="../backend/report/ReportTables.cpp" line="119"/>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <location filename="../backend/report/ReportTables.cpp" line="110"/>
        <source>Serial</source>
        <translation>シリアル番号</translation>
    </message>
    <message>
        <location filename="../backend/report/ReportTables.cpp" line="110"/>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <location filename="../backend/report/ReportTables.cpp" line="110"/>
        <source>Role</source>
        <translation>役割</translation>
    </message>
    <message>
        <location filename="../backend/report/ReportTables.cpp" line="110"/>
        <location filename="../backend/report/ReportTables.cpp" line="119"/>
        <source>Virtual disk</source>
        <translation>仮想ディスク</translation>
    </message>
    <message>
        <location filename="../backend/report/ReportTables.cpp" line="118"/>
        <source>Virtual disks</source>
        <translation>仮想ディスク</translation>
    </message>
    <message>
        <location filename="../backend/report/ReportTables.cpp" line="119"/>
        <source>Level</source>
        <translation>レベル</translation>
    </message>
    <message>
        <location filename="../backend/report/ReportTables.cpp" line="119"/>
        <source>OpState</source>
        <translation>OpState</translation>
    </message>
    <message>
        <location filename="../backend/report/ReportTables.cpp" line="120"/>
        <source>Members working</source>
        <translation>稼働中のメンバー</translation>
    </message>
    <message>
        <location filename="../backend/report/ReportTables.cpp" line="120"/>
        <location filename="../backend/report/ReportTables.cpp" line="145"/>
        <source>Members</source>
        <translation>メンバー</translation>
    </message>
    <message>
        <location filename="../backend/report/ReportTables.cpp" line="120"/>
        <source>Activity</source>
        <translation>処理</translation>
    </message>
    <message>
        <location filename="../backend/report/ReportTables.cpp" line="133"/>
        <source>Adapter</source>
        <translation>アダプタ</translation>
    </message>
    <message>
        <location filename="../backend/report/ReportTables.cpp" line="133"/>
        <source>MAC</source>
        <translation>MAC</translation>
    </message>
    <message>
        <location filename="../backend/report/ReportTables.cpp" line="133"/>
        <source>Link</source>
        <translation>リンク</translation>
    </message>
    <message>
        <location filename="../backend/report/ReportTables.cpp" line="134"/>
        <source>Speed</source>
        <translation>速度</translation>
    </message>
    <message>
        <location filename="../backend/report/ReportTables.cpp" line="134"/>
        <source>Driver</source>
        <translation>ドライバー</translation>
    </message>
    <message>
        <location filename="../backend/report/ReportTables.cpp" line="134"/>
        <location filename="../backend/report/ReportTables.cpp" line="144"/>
        <source>Team</source>
        <translation>チーム</translation>
    </message>
    <message>
        <location filename="../backend/report/ReportTables.cpp" line="138"/>
        <source>up</source>
        <translation>アップ</translation>
    </message>
    <message>
        <location filename="../backend/report/ReportTables.cpp" line="138"/>
        <source>down</source>
        <translation>ダウン</translation>
    </message>
    <message>
        <location filename="../backend/report/ReportTables.cpp" line="139"/>
        <source>%1 Mb/s</source>
        <translation>%1 Mb/s</translation>
    </message>
    <message>
        <location filename="../backend/report/ReportTables.cpp" line="143"/>
        <source>Teams</source>
        <translation>チーム</translation>
    </message>
    <message>
        <location filename="../backend/report/ReportTables.cpp" line="144"/>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <location filename="../backend/report/ReportTables.cpp" line="144"/>
        <source>Mode</source>
        <translation>モード</translation>
    </message>
    <message>
        <location filename="../backend/report/ReportTables.cpp" line="144"/>
        <source>Active adapter</source>
        <translation>アクティブなアダプタ</translation>
    </message>
    <message>
        <location filename="../backend/report/ReportTables.cpp" line="145"/>
        <source>Primary</source>
        <translation>プライマリ</translation>
    </message>
    <message>
        <location filename="../backend/report/ReportTables.cpp" line="156"/>
        <source>Virtual machines</source>
        <translation>仮想マシン</translation>
    </message>
    <message>
        <location filename="../backend/report/ReportTables.cpp" line="157"/>
        <source>VM</source>
        <translation>仮想マシン</translation>
    </message>
    <message>
        <location filename="../backend/report/ReportTables.cpp" line="157"/>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../backend/report/ReportTables.cpp" line="157"/>
        <source>vCPUs</source>
        <translation>vCPU 数</translation>
    </message>
    <message>
        <location filename="../backend/report/ReportTables.cpp" line="158"/>
        <source>Starts with host</source>
        <translation>ホスト起動時に開始</translation>
    </message>
    <message>
        <location filename="../backend/report/ReportTables.cpp" line="158"/>
        <source>Weight</source>
        <translation>重み</translation>
    </message>
    <message>
        <location filename="../backend/report/ReportTables.cpp" line="158"/>
        <source>Reserve %</source>
        <translation>予約 %</translation>
    </message>
    <message>
        <location filename="../backend/report/ReportTables.cpp" line="159"/>
        <source>Maximum %</source>
        <translation>最大 %</translation>
    </message>
    <message>
        <location filename="../backend/report/ReportTables.cpp" line="167"/>
        <source>Findings</source>
        <translation>検出事項</translation>
    </message>
    <message>
        <location filename="../backend/report/ReportTables.cpp" line="168"/>
        <source>Severity</source>
        <translation>重大度</translation>
    </message>
    <message>
        <location filename="../backend/report/ReportTables.cpp" line="168"/>
        <source>Area</source>
        <translation>領域</translation>
    </message>
    <message>
        <location filename="../backend/report/ReportTables.cpp" line="168"/>
        <location filename="../backend/report/ReportTables.cpp" line="177"/>
        <source>Object</source>
        <translation>オブジェクト</translation>
    </message>
    <message>
        <location filename="../backend/report/ReportTables.cpp" line="168"/>
        <source>Finding</source>
        <translation>検出事項</translation>
    </message>
    <message>
        <location filename="../backend/report/ReportTables.cpp" line="169"/>
        <source>Remedy</source>
        <translation>対処</translation>
    </message>
    <message>
        <location filename="../backend/report/ReportTables.cpp" line="176"/>
        <source>Last events</source>
        <translation>最近のイベント</translation>
    </message>
    <message>
        <location filename="../backend/report/ReportTables.cpp" line="177"/>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <location filename="../backend/report/ReportTables.cpp" line="177"/>
        <source>Event</source>
        <translation>イベント</translation>
    </message>
</context>
<context>
    <name>ftc::ReportFiles</name>
    <message>
        <location filename="../ui/report/ReportFiles.cpp" line="24"/>
        <source>cannot write %1: %2 (nothing was written there)</source>
        <translation>%1 に書き込めません: %2 (何も書き込まれていません)</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportFiles.cpp" line="37"/>
        <source>only %1 of %2 bytes could be written; is the file system full?</source>
        <translation>%2 バイト中 %1 バイトしか書き込めませんでした。ファイルシステムがいっぱいではありませんか?</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportFiles.cpp" line="55"/>
        <source>the directory could not be made</source>
        <translation>ディレクトリを作成できませんでした</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportFiles.cpp" line="63"/>
        <source>the format %1 is not known</source>
        <translation>形式 %1 は不明です</translation>
    </message>
</context>
<context>
    <name>ftc::SetupPage</name>
    <message>
        <location filename="../ui/host/SetupPage.cpp" line="32"/>
        <source>Do It…</source>
        <translation>実行…</translation>
    </message>
    <message>
        <location filename="../ui/host/SetupPage.cpp" line="44"/>
        <source>Step</source>
        <translation>手順</translation>
    </message>
    <message>
        <location filename="../ui/host/SetupPage.cpp" line="44"/>
        <source>Now</source>
        <translation>現在</translation>
    </message>
    <message>
        <location filename="../ui/host/SetupPage.cpp" line="74"/>
        <source>Setup of %1, as the guide has it</source>
        <translation>%1 のセットアップ (ガイドに基づく)</translation>
    </message>
    <message>
        <location filename="../ui/host/SetupPage.cpp" line="77"/>
        <location filename="../ui/host/SetupPage.cpp" line="110"/>
        <source>%1 of %2 done</source>
        <translation>%2 件中 %1 件完了</translation>
    </message>
    <message>
        <location filename="../ui/host/SetupPage.cpp" line="105"/>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <location filename="../ui/host/SetupPage.cpp" line="148"/>
        <source>Select an item to see what it takes.</source>
        <translation>項目を選択すると、必要な作業が表示されます。</translation>
    </message>
    <message>
        <location filename="../ui/host/SetupPage.cpp" line="154"/>
        <source>Done: the host meets this now.</source>
        <translation>完了: ホストは現在この条件を満たしています。</translation>
    </message>
    <message>
        <location filename="../ui/host/SetupPage.cpp" line="157"/>
        <source>Remedy: %1</source>
        <translation>対処: %1</translation>
    </message>
    <message>
        <location filename="../ui/host/SetupPage.cpp" line="162"/>
        <source>Open the console&apos;s action for the next step</source>
        <translation>次の手順に対応するコンソールの操作を開きます</translation>
    </message>
    <message>
        <location filename="../ui/host/SetupPage.cpp" line="163"/>
        <source>The console has no action for this: follow the remedy</source>
        <translation>コンソールにはこれに対応する操作がありません。対処に従ってください</translation>
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
        <translation>同期中</translation>
    </message>
    <message>
        <location filename="../ui/common/StateStyle.cpp" line="24"/>
        <source>Simplex</source>
        <translation>Simplex</translation>
    </message>
    <message>
        <location filename="../ui/common/StateStyle.cpp" line="25"/>
        <source>Broken</source>
        <translation>破損</translation>
    </message>
    <message>
        <location filename="../ui/common/StateStyle.cpp" line="26"/>
        <source>Inactive</source>
        <translation>非アクティブ</translation>
    </message>
    <message>
        <location filename="../ui/common/StateStyle.cpp" line="46"/>
        <source>In sync</source>
        <translation>同期済み</translation>
    </message>
    <message>
        <location filename="../ui/common/StateStyle.cpp" line="47"/>
        <source>Rebuilding</source>
        <translation>再構築中</translation>
    </message>
    <message>
        <location filename="../ui/common/StateStyle.cpp" line="48"/>
        <source>Spare</source>
        <translation>スペア</translation>
    </message>
    <message>
        <location filename="../ui/common/StateStyle.cpp" line="49"/>
        <source>Faulty</source>
        <translation>障害</translation>
    </message>
    <message>
        <location filename="../ui/common/StateStyle.cpp" line="50"/>
        <source>Missing</source>
        <translation>欠落</translation>
    </message>
    <message>
        <location filename="../ui/common/StateStyle.cpp" line="69"/>
        <source>Connecting</source>
        <translation>接続中</translation>
    </message>
    <message>
        <location filename="../ui/common/StateStyle.cpp" line="70"/>
        <source>Connected</source>
        <translation>接続済み</translation>
    </message>
    <message>
        <location filename="../ui/common/StateStyle.cpp" line="71"/>
        <source>Disconnected</source>
        <translation>切断</translation>
    </message>
    <message>
        <location filename="../ui/common/StateStyle.cpp" line="72"/>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <location filename="../ui/common/StateStyle.cpp" line="80"/>
        <source>Unconfigured</source>
        <translation>未構成</translation>
    </message>
    <message>
        <location filename="../ui/common/StateStyle.cpp" line="81"/>
        <source>Mirror member</source>
        <translation>ミラーメンバー</translation>
    </message>
    <message>
        <location filename="../ui/common/StateStyle.cpp" line="82"/>
        <source>In use</source>
        <translation>使用中</translation>
    </message>
    <message>
        <location filename="../ui/common/StateStyle.cpp" line="114"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/common/StateStyle.cpp" line="116"/>
        <source>Member of %1</source>
        <translation>%1 のメンバー</translation>
    </message>
    <message>
        <location filename="../ui/common/StateStyle.cpp" line="129"/>
        <source>Disabled</source>
        <translation>無効</translation>
    </message>
    <message>
        <location filename="../ui/common/StateStyle.cpp" line="131"/>
        <source>No link</source>
        <translation>リンクなし</translation>
    </message>
    <message>
        <location filename="../ui/common/StateStyle.cpp" line="132"/>
        <source>Link up, %1 Mb/s</source>
        <translation>リンクアップ、%1 Mb/s</translation>
    </message>
    <message>
        <location filename="../ui/common/StateStyle.cpp" line="132"/>
        <source>Link up</source>
        <translation>リンクアップ</translation>
    </message>
    <message>
        <location filename="../ui/common/StateStyle.cpp" line="153"/>
        <source>Down</source>
        <translation>ダウン</translation>
    </message>
    <message>
        <location filename="../ui/common/StateStyle.cpp" line="155"/>
        <source>Degraded (%1 of %2 up)</source>
        <translation>縮退 (%2 個中 %1 個アップ)</translation>
    </message>
    <message>
        <location filename="../ui/common/StateStyle.cpp" line="156"/>
        <source>Redundant</source>
        <translation>冗長</translation>
    </message>
    <message>
        <location filename="../ui/common/StateStyle.cpp" line="174"/>
        <source>Running</source>
        <translation>実行中</translation>
    </message>
    <message>
        <location filename="../ui/common/StateStyle.cpp" line="176"/>
        <source>Paused</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <location filename="../ui/common/StateStyle.cpp" line="178"/>
        <source>Shut off</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../ui/common/StateStyle.cpp" line="178"/>
        <source>Saved</source>
        <translation>保存済み</translation>
    </message>
    <message>
        <location filename="../ui/common/StateStyle.cpp" line="180"/>
        <source>Shutting down</source>
        <translation>シャットダウン中</translation>
    </message>
    <message>
        <location filename="../ui/common/StateStyle.cpp" line="182"/>
        <source>Suspended by guest</source>
        <translation>ゲストによりサスペンド中</translation>
    </message>
    <message>
        <location filename="../ui/common/StateStyle.cpp" line="184"/>
        <source>Unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <location filename="../ui/common/StateStyle.cpp" line="186"/>
        <source>Crashed</source>
        <translation>クラッシュ</translation>
    </message>
</context>
<context>
    <name>ftc::StorageActions</name>
    <message>
        <location filename="../ui/storage/StorageActions.cpp" line="22"/>
        <source>Add to &amp;Virtual Disk…</source>
        <translation>仮想ディスクに追加(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageActions.cpp" line="24"/>
        <source>Make this disk the second half of a virtual disk, or start a new one</source>
        <translation>このディスクを仮想ディスクのもう一方にするか、新しい仮想ディスクを作成します</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageActions.cpp" line="30"/>
        <source>&amp;Add Disk…</source>
        <translation>ディスクを追加(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageActions.cpp" line="32"/>
        <source>Add Disk</source>
        <comment>button</comment>
        <translation>ディスク追加</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageActions.cpp" line="33"/>
        <source>Add a physical disk to this virtual disk</source>
        <translation>この仮想ディスクに物理ディスクを追加します</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageActions.cpp" line="43"/>
        <location filename="../ui/storage/StorageActions.cpp" line="153"/>
        <source>&amp;Remove Member…</source>
        <translation>メンバーを削除(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageActions.cpp" line="52"/>
        <source>&amp;Remove Member</source>
        <translation>メンバーを削除(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageActions.cpp" line="55"/>
        <source>Remove</source>
        <comment>button</comment>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageActions.cpp" line="60"/>
        <source>Re-&amp;add Member</source>
        <translation>メンバーを再追加(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageActions.cpp" line="63"/>
        <source>Re-add</source>
        <comment>button</comment>
        <translation>再追加</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageActions.cpp" line="65"/>
        <source>Start Consistency &amp;Check…</source>
        <translation>整合性チェックを開始(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageActions.cpp" line="67"/>
        <source>Check</source>
        <comment>button</comment>
        <translation>チェック</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageActions.cpp" line="71"/>
        <source>Ca&amp;ncel Check…</source>
        <translation>チェックを中止(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageActions.cpp" line="73"/>
        <source>Cancel Check</source>
        <comment>button</comment>
        <translation>チェック中止</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageActions.cpp" line="84"/>
        <source>&amp;Low (spare the virtual machines)</source>
        <translation>低(&amp;L) (仮想マシンを優先)</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageActions.cpp" line="85"/>
        <source>&amp;Normal (system default)</source>
        <translation>標準(&amp;N) (システムの既定値)</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageActions.cpp" line="86"/>
        <source>&amp;High (finish sooner)</source>
        <translation>高(&amp;H) (早く完了)</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageActions.cpp" line="95"/>
        <source>Resync &amp;Priority</source>
        <translation>再同期の優先度(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageActions.cpp" line="98"/>
        <source>Priority</source>
        <comment>button</comment>
        <translation>優先度</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageActions.cpp" line="100"/>
        <source>&amp;Storage</source>
        <translation>ストレージ(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageActions.cpp" line="118"/>
        <source>Select a host first</source>
        <translation>先にホストを選択してください</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageActions.cpp" line="119"/>
        <source>The host has not been read yet</source>
        <translation>ホストはまだ読み取られていません</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageActions.cpp" line="120"/>
        <source>A capture is read-only</source>
        <translation>取得データは読み取り専用です</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageActions.cpp" line="130"/>
        <source>Select a physical disk that is in no virtual disk</source>
        <translation>どの仮想ディスクにも属さない物理ディスクを選択してください</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageActions.cpp" line="131"/>
        <source>%1 is already a member of %2: choose a free disk</source>
        <translation>%1 はすでに %2 のメンバーです。空いているディスクを選んでください</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageActions.cpp" line="132"/>
        <source>%1 is in use</source>
        <translation>%1 は使用中です</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageActions.cpp" line="133"/>
        <source>Select a virtual disk (or one of its members) first</source>
        <translation>先に仮想ディスク (またはそのメンバー) を選択してください</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageActions.cpp" line="140"/>
        <source>&amp;Remove %1 from %2…</source>
        <translation>%1 を %2 から削除(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageActions.cpp" line="146"/>
        <source>%1 is being checked already</source>
        <translation>%1 はすでにチェック中です</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageActions.cpp" line="148"/>
        <source>%1 is syncing (%2): check it once it is Duplex</source>
        <translation>%1 は同期中です (%2)。Duplex になってからチェックしてください</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageActions.cpp" line="149"/>
        <source>%1 runs no check</source>
        <translation>%1 ではチェックは実行されていません</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageActions.cpp" line="154"/>
        <source>This slot&apos;s disk is missing: there is nothing to remove; add a disk instead</source>
        <translation>このスロットのディスクは欠落しています。取り外すものはありません。代わりにディスクを追加してください</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageActions.cpp" line="253"/>
        <source>%1 (%2)…</source>
        <translation>%1 (%2)…</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageActions.cpp" line="262"/>
        <source>No members</source>
        <translation>メンバーなし</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageActions.cpp" line="284"/>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageActions.cpp" line="294"/>
        <source>No former member to re-add</source>
        <translation>再追加できる以前のメンバーはありません</translation>
    </message>
</context>
<context>
    <name>ftc::StorageDetails</name>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="21"/>
        <source>Storage</source>
        <translation>ストレージ</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="21"/>
        <location filename="../ui/storage/StorageDetails.cpp" line="22"/>
        <source>Virtual disks</source>
        <translation>仮想ディスク</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="26"/>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="28"/>
        <location filename="../ui/storage/StorageDetails.cpp" line="34"/>
        <source>Physical disks</source>
        <translation>物理ディスク</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="48"/>
        <source>Physical disk</source>
        <translation>物理ディスク</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="49"/>
        <location filename="../ui/storage/StorageDetails.cpp" line="168"/>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="50"/>
        <source>Device</source>
        <translation>デバイス</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="51"/>
        <source>Module</source>
        <translation>モジュール</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="52"/>
        <source>Slot</source>
        <translation>スロット</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="53"/>
        <location filename="../ui/storage/StorageDetails.cpp" line="78"/>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="54"/>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="55"/>
        <source>Serial</source>
        <translation>シリアル番号</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="56"/>
        <source>Transport</source>
        <translation>接続方式</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="57"/>
        <source>Role</source>
        <translation>役割</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="58"/>
        <source>Mirror</source>
        <translation>ミラー</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="60"/>
        <source>Partitions</source>
        <translation>パーティション</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="62"/>
        <source>Signature</source>
        <translation>シグネチャ</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="64"/>
        <source>Mounted at</source>
        <translation>マウント先</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="66"/>
        <source>In use because</source>
        <translation>使用中の理由</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="73"/>
        <source>Virtual disk (%1)</source>
        <translation>仮想ディスク (%1)</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="75"/>
        <source>Virtual disk</source>
        <translation>仮想ディスク</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="76"/>
        <source>OpState</source>
        <translation>OpState</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="77"/>
        <source>Level</source>
        <translation>レベル</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="79"/>
        <location filename="../ui/storage/StorageDetails.cpp" line="120"/>
        <source>Members</source>
        <translation>メンバー</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="79"/>
        <source>%1 of %2 working</source>
        <translation>%2 台中 %1 台が稼働</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="82"/>
        <source>Redundancy</source>
        <translation>冗長性</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="82"/>
        <source>None: one more failed member loses data</source>
        <translation>なし: メンバーがもう 1 台故障するとデータが失われます</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/storage/StorageDetails.cpp" line="83"/>
        <source>Survives %n more failed member(s)</source>
        <translation>
            <numerusform>あと %n 台の故障に耐えられます</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="85"/>
        <source>Container</source>
        <translation>コンテナー</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="87"/>
        <source>Access</source>
        <translation>アクセス</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="87"/>
        <source>Read-only</source>
        <translation>読み取り専用</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="89"/>
        <location filename="../ui/storage/StorageDetails.cpp" line="148"/>
        <source>Metadata</source>
        <translation>メタデータ</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="91"/>
        <source>UUID</source>
        <translation>UUID</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="93"/>
        <source>Bitmap</source>
        <translation>ビットマップ</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="95"/>
        <source>Synchronization</source>
        <translation>同期</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="99"/>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="101"/>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="103"/>
        <source>Normal</source>
        <translation>標準</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="105"/>
        <source>Custom</source>
        <translation>カスタム</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="106"/>
        <source>Resync priority</source>
        <translation>再同期の優先度</translation>
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
        <translation>進行状況</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="114"/>
        <source>Nothing running</source>
        <translation>実行中の処理なし</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="118"/>
        <source>Speed</source>
        <translation>速度</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="118"/>
        <source>Last sync speed</source>
        <translation>前回の同期速度</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="122"/>
        <source>%1 (replacement)</source>
        <translation>%1 (交換用)</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="125"/>
        <source>Not redundant</source>
        <translation>冗長性なし</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="126"/>
        <source>%1 runs without redundancy. Add a physical disk from the other module of the same or larger size to make it Duplex again.</source>
        <translation>%1 は冗長性なしで動作しています。もう一方のモジュールから同じかそれ以上の容量の物理ディスクを追加すると、再び Duplex になります。</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="130"/>
        <source>Degraded</source>
        <translation>縮退</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="131"/>
        <source>%1 of %2 members of %3 work; it survives %4 more failed member(s). Replace the failed member to restore full redundancy.</source>
        <translation>%3 のメンバー %2 台中 %1 台が動作しています。あと %4 台の故障に耐えられます。故障したメンバーを交換すると完全な冗長性が戻ります。</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="135"/>
        <source>Broken</source>
        <translation>破損</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="136"/>
        <source>%1 has no working member. Its data cannot be read; restore from backup.</source>
        <translation>%1 には稼働中のメンバーがありません。データは読み取れないため、バックアップから復元してください。</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="144"/>
        <source>%1 container</source>
        <translation>%1 コンテナー</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="147"/>
        <source>External-metadata container</source>
        <translation>外部メタデータのコンテナー</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="149"/>
        <source>Disks</source>
        <translation>ディスク</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="150"/>
        <source>Arrays it holds</source>
        <translation>含まれるアレイ</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="150"/>
        <source>None yet</source>
        <translation>まだありません</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="152"/>
        <source>The firmware RAID&apos;s set of disks. md shows every container as inactive; the state to watch is that of the arrays it holds.</source>
        <translation>ファームウェア RAID のディスク群です。md はコンテナーを常に inactive と表示します。注意すべきは含まれるアレイの状態です。</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="167"/>
        <source>Member of %1</source>
        <translation>%1 のメンバー</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="169"/>
        <source>Role number</source>
        <translation>ロール番号</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="176"/>
        <source>Physical disk %1</source>
        <translation>物理ディスク %1</translation>
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
        <translation>残り %1</translation>
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
        <translation>ネットワーク</translation>
    </message>
    <message>
        <location filename="../widgets/TeamDiagram.cpp" line="67"/>
        <source>Switch</source>
        <translation>スイッチ</translation>
    </message>
    <message>
        <location filename="../widgets/TeamDiagram.cpp" line="73"/>
        <source>Server</source>
        <translation>サーバー</translation>
    </message>
</context>
<context>
    <name>ftc::TeamWizard</name>
    <message>
        <location filename="../ui/network/TeamWizard.cpp" line="103"/>
        <source>New Adapter Team</source>
        <translation>新しいアダプタチーム</translation>
    </message>
    <message>
        <location filename="../ui/network/TeamWizard.cpp" line="113"/>
        <source>Which adapters form the team?</source>
        <translation>どのアダプタでチームを構成しますか?</translation>
    </message>
    <message>
        <location filename="../ui/network/TeamWizard.cpp" line="114"/>
        <source>Team adapters of different modules, so a failed module leaves the team working (the guide teams adapters 1+3 and 2+4).</source>
        <translation>異なるモジュールのアダプタでチームを構成すると、モジュールが 1 つ故障してもチームは動作し続けます (ガイドではアダプタ 1+3 と 2+4 でチームを構成します)。</translation>
    </message>
    <message>
        <location filename="../ui/network/TeamWizard.cpp" line="122"/>
        <source>Adapter</source>
        <translation>アダプタ</translation>
    </message>
    <message>
        <location filename="../ui/network/TeamWizard.cpp" line="122"/>
        <source>Module</source>
        <translation>モジュール</translation>
    </message>
    <message>
        <location filename="../ui/network/TeamWizard.cpp" line="122"/>
        <source>Slot</source>
        <translation>スロット</translation>
    </message>
    <message>
        <location filename="../ui/network/TeamWizard.cpp" line="122"/>
        <source>MAC address</source>
        <translation>MAC アドレス</translation>
    </message>
    <message>
        <location filename="../ui/network/TeamWizard.cpp" line="122"/>
        <source>Speed</source>
        <translation>速度</translation>
    </message>
    <message>
        <location filename="../ui/network/TeamWizard.cpp" line="122"/>
        <source>Link</source>
        <translation>リンク</translation>
    </message>
    <message>
        <location filename="../ui/network/TeamWizard.cpp" line="123"/>
        <source>Team</source>
        <translation>チーム</translation>
    </message>
    <message>
        <location filename="../ui/network/TeamWizard.cpp" line="127"/>
        <source>&amp;Identify Adapter</source>
        <translation>アダプタの識別(&amp;I)</translation>
    </message>
    <message>
        <location filename="../ui/network/TeamWizard.cpp" line="129"/>
        <source>Blinks the selected adapter&apos;s port LED for 10 seconds (ethtool --identify)</source>
        <translation>選択したアダプタのポート LED を 10 秒間点滅させます (ethtool --identify)</translation>
    </message>
    <message>
        <location filename="../ui/network/TeamWizard.cpp" line="140"/>
        <source>&amp;Primary adapter:</source>
        <translation>プライマリアダプタ(&amp;P):</translation>
    </message>
    <message>
        <location filename="../ui/network/TeamWizard.cpp" line="159"/>
        <source>Name and address</source>
        <translation>名前とアドレス</translation>
    </message>
    <message>
        <location filename="../ui/network/TeamWizard.cpp" line="160"/>
        <source>The team is one interface to the host; the address it answers on moves to it.</source>
        <translation>ホストから見るとチームは 1 つのインターフェイスです。ホストが応答するアドレスはチームに移ります。</translation>
    </message>
    <message>
        <location filename="../ui/network/TeamWizard.cpp" line="166"/>
        <source>Team &amp;name:</source>
        <translation>チーム名(&amp;N):</translation>
    </message>
    <message>
        <location filename="../ui/network/TeamWizard.cpp" line="168"/>
        <source>Address</source>
        <translation>アドレス</translation>
    </message>
    <message>
        <location filename="../ui/network/TeamWizard.cpp" line="172"/>
        <source>Get an address by &amp;DHCP</source>
        <translation>DHCP でアドレスを取得(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/network/TeamWizard.cpp" line="174"/>
        <source>Use this &amp;address:</source>
        <translation>次のアドレスを使用(&amp;A):</translation>
    </message>
    <message>
        <location filename="../ui/network/TeamWizard.cpp" line="176"/>
        <source>N&amp;o address (the team carries only virtual machines&apos; traffic)</source>
        <translation>アドレスなし (チームは仮想マシンのトラフィックのみを伝送)(&amp;O)</translation>
    </message>
    <message>
        <location filename="../ui/network/TeamWizard.cpp" line="186"/>
        <source>Address/prefix:</source>
        <translation>アドレス/プレフィックス:</translation>
    </message>
    <message>
        <location filename="../ui/network/TeamWizard.cpp" line="187"/>
        <source>Gateway:</source>
        <translation>ゲートウェイ:</translation>
    </message>
    <message>
        <location filename="../ui/network/TeamWizard.cpp" line="202"/>
        <source>&amp;Virtual machines use this team, through bridge</source>
        <translation>仮想マシンがこのチームを次のブリッジ経由で使用(&amp;V)</translation>
    </message>
    <message>
        <location filename="../ui/network/TeamWizard.cpp" line="204"/>
        <source>A bridge over the team carries the address; virtual machines&apos; network adapters attach to the bridge</source>
        <translation>チーム上のブリッジがアドレスを持ち、仮想マシンのネットワークアダプタはブリッジに接続されます</translation>
    </message>
    <message>
        <location filename="../ui/network/TeamWizard.cpp" line="220"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location filename="../ui/network/TeamWizard.cpp" line="221"/>
        <source>If the console cannot reconnect and confirm the change within this time, the host restores its previous network configuration by itself</source>
        <translation>この時間内にコンソールが再接続して変更を確定できない場合、ホストは以前のネットワーク構成を自動的に復元します</translation>
    </message>
    <message>
        <location filename="../ui/network/TeamWizard.cpp" line="223"/>
        <source>Undo unless confirmed within:</source>
        <translation>次の時間内に確定されなければ元に戻す:</translation>
    </message>
    <message>
        <location filename="../ui/network/TeamWizard.cpp" line="236"/>
        <source>Review the plan</source>
        <translation>プランの確認</translation>
    </message>
    <message>
        <location filename="../ui/network/TeamWizard.cpp" line="238"/>
        <source>&amp;Build Team</source>
        <translation>チームを作成(&amp;B)</translation>
    </message>
    <message>
        <location filename="../ui/network/TeamWizard.cpp" line="251"/>
        <source>Building the team</source>
        <translation>チームを作成しています</translation>
    </message>
    <message>
        <location filename="../ui/network/TeamWizard.cpp" line="252"/>
        <source>The host&apos;s own rollback is armed first; the console then reconnects, checks the team and confirms.</source>
        <translation>まずホスト自身のロールバックを有効にします。その後、コンソールが再接続してチームを確認し、変更を確定します。</translation>
    </message>
    <message>
        <location filename="../ui/network/TeamWizard.cpp" line="288"/>
        <source>The host&apos;s network configuration could not be read: %1</source>
        <translation>ホストのネットワーク構成を読み取れませんでした: %1</translation>
    </message>
    <message>
        <location filename="../ui/network/TeamWizard.cpp" line="292"/>
        <source>Network stack: %1 (%2).</source>
        <translation>ネットワークスタック: %1 (%2)。</translation>
    </message>
    <message>
        <location filename="../ui/network/TeamWizard.cpp" line="305"/>
        <source>%1 blinked.</source>
        <translation>%1 を点滅させました。</translation>
    </message>
    <message>
        <location filename="../ui/network/TeamWizard.cpp" line="316"/>
        <source>What kind of team?</source>
        <translation>どの種類のチームですか?</translation>
    </message>
    <message>
        <location filename="../ui/network/TeamWizard.cpp" line="317"/>
        <source>Every virtual machine on the host shares its network: team the adapters before anything else.</source>
        <translation>ホスト上のすべての仮想マシンがホストのネットワークを共有します。何よりも先にアダプタでチームを構成してください。</translation>
    </message>
    <message>
        <location filename="../ui/network/TeamWizard.cpp" line="327"/>
        <source>&amp;Adapter Fault Tolerance (AFT)</source>
        <translation>アダプタ フォールトトレランス (AFT)(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/network/TeamWizard.cpp" line="328"/>
        <source>&amp;Switch Fault Tolerance (SFT)</source>
        <translation>スイッチ フォールトトレランス (SFT)(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/network/TeamWizard.cpp" line="329"/>
        <source>Adaptive &amp;Load Balancing (ALB)</source>
        <translation>アダプティブ負荷分散 (ALB)(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/network/TeamWizard.cpp" line="330"/>
        <source>IEEE 802.3ad &amp;link aggregation (LACP)</source>
        <translation>IEEE 802.3ad リンクアグリゲーション (LACP)(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/network/TeamWizard.cpp" line="378"/>
        <location filename="../ui/network/TeamWizard.cpp" line="381"/>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <location filename="../ui/network/TeamWizard.cpp" line="381"/>
        <source>%1 Mb/s</source>
        <translation>%1 Mb/s</translation>
    </message>
    <message>
        <location filename="../ui/network/TeamWizard.cpp" line="382"/>
        <source>not configured</source>
        <translation>未構成</translation>
    </message>
    <message>
        <location filename="../ui/network/TeamWizard.cpp" line="382"/>
        <source>up</source>
        <translation>アップ</translation>
    </message>
    <message>
        <location filename="../ui/network/TeamWizard.cpp" line="382"/>
        <source>no link</source>
        <translation>リンクなし</translation>
    </message>
    <message>
        <location filename="../ui/network/TeamWizard.cpp" line="389"/>
        <source>%1 is already in %2</source>
        <translation>%1 はすでに %2 に含まれています</translation>
    </message>
    <message>
        <location filename="../ui/network/TeamWizard.cpp" line="428"/>
        <source>None: whichever has link</source>
        <translation>なし: リンクのあるアダプタ</translation>
    </message>
    <message>
        <location filename="../ui/network/TeamWizard.cpp" line="470"/>
        <location filename="../ui/network/TeamWizard.cpp" line="565"/>
        <source>The host has not been read yet.</source>
        <translation>ホストはまだ読み込まれていません。</translation>
    </message>
    <message>
        <location filename="../ui/network/TeamWizard.cpp" line="485"/>
        <source>One adapter carries the traffic; the others stand by and take over when it, its cable or its switch port fails. All adapters connect to the same switch.</source>
        <translation>1 つのアダプタがトラフィックを伝送し、他のアダプタは待機して、そのアダプタ、ケーブル、またはスイッチのポートが故障したときに引き継ぎます。すべてのアダプタを同じスイッチに接続します。</translation>
    </message>
    <message>
        <location filename="../ui/network/TeamWizard.cpp" line="488"/>
        <location filename="../ui/network/TeamWizard.cpp" line="495"/>
        <source>An adapter fails: the team carries on</source>
        <translation>アダプタが故障: チームは動作を継続</translation>
    </message>
    <message>
        <location filename="../ui/network/TeamWizard.cpp" line="489"/>
        <location filename="../ui/network/TeamWizard.cpp" line="504"/>
        <source>The switch fails: the network is lost</source>
        <translation>スイッチが故障: ネットワーク接続が失われる</translation>
    </message>
    <message>
        <location filename="../ui/network/TeamWizard.cpp" line="492"/>
        <source>Exactly two adapters, each on its own switch; one carries the traffic, the other takes over when the first adapter, its cable or its whole switch fails.</source>
        <translation>ちょうど 2 つのアダプタを、それぞれ別のスイッチに接続します。一方がトラフィックを伝送し、最初のアダプタ、そのケーブル、またはそのスイッチ全体が故障すると、もう一方が引き継ぎます。</translation>
    </message>
    <message>
        <location filename="../ui/network/TeamWizard.cpp" line="496"/>
        <source>A switch fails: the team carries on</source>
        <translation>スイッチが 1 台故障: チームは動作を継続</translation>
    </message>
    <message>
        <location filename="../ui/network/TeamWizard.cpp" line="499"/>
        <source>Every adapter transmits and the primary one receives, so the host sends faster; an adapter that fails leaves the others working. Same switch, nothing to configure on it.</source>
        <translation>すべてのアダプタが送信し、プライマリアダプタが受信するため、ホストの送信が速くなります。アダプタが 1 つ故障しても他のアダプタは動作を続けます。同じスイッチに接続し、スイッチ側の設定は不要です。</translation>
    </message>
    <message>
        <location filename="../ui/network/TeamWizard.cpp" line="503"/>
        <location filename="../ui/network/TeamWizard.cpp" line="510"/>
        <source>An adapter fails: the team carries on, with less bandwidth</source>
        <translation>アダプタが故障: チームは帯域幅が減った状態で動作を継続</translation>
    </message>
    <message>
        <location filename="../ui/network/TeamWizard.cpp" line="507"/>
        <source>Every adapter sends and receives as one link (IEEE 802.3ad). The switch ports must be configured as one LACP group first.</source>
        <translation>すべてのアダプタが 1 つのリンクとして送受信します (IEEE 802.3ad)。スイッチのポートを事前に 1 つの LACP グループとして設定しておく必要があります。</translation>
    </message>
    <message>
        <location filename="../ui/network/TeamWizard.cpp" line="511"/>
        <source>The switch fails: the network is lost (unless the switches are stacked as one)</source>
        <translation>スイッチが故障: ネットワーク接続が失われる (複数のスイッチを 1 台としてスタック構成している場合を除く)</translation>
    </message>
    <message>
        <location filename="../ui/network/TeamWizard.cpp" line="522"/>
        <source>Select an adapter in the list first.</source>
        <translation>先に一覧でアダプタを選択してください。</translation>
    </message>
    <message>
        <location filename="../ui/network/TeamWizard.cpp" line="527"/>
        <location filename="../ui/network/TeamWizard.cpp" line="540"/>
        <source>The host was closed.</source>
        <translation>ホストが閉じられました。</translation>
    </message>
    <message>
        <location filename="../ui/network/TeamWizard.cpp" line="531"/>
        <source>%1&apos;s port LED blinks for 10 seconds…</source>
        <translation>%1 のポート LED が 10 秒間点滅します…</translation>
    </message>
    <message>
        <location filename="../ui/network/TeamWizard.cpp" line="543"/>
        <source>Asking the host how its network is configured…</source>
        <translation>ホストにネットワーク構成を問い合わせています…</translation>
    </message>
    <message>
        <location filename="../ui/network/TeamWizard.cpp" line="544"/>
        <source>Keep the host&apos;s address: it moves to the team</source>
        <translation>ホストのアドレスを維持: アドレスはチームに移ります</translation>
    </message>
    <message>
        <location filename="../ui/network/TeamWizard.cpp" line="552"/>
        <source>No address: none of the adapters carries one</source>
        <translation>アドレスなし: どのアダプタにもアドレスがありません</translation>
    </message>
    <message>
        <location filename="../ui/network/TeamWizard.cpp" line="554"/>
        <source>&amp;Keep the host&apos;s address: %1 moves from %2 to the team (%3)</source>
        <translation>ホストのアドレスを維持: %1 を %2 からチームに移動 (%3)(&amp;K)</translation>
    </message>
    <message>
        <location filename="../ui/network/TeamWizard.cpp" line="556"/>
        <source>DHCP, with %1&apos;s MAC address</source>
        <translation>DHCP、%1 の MAC アドレスを使用</translation>
    </message>
    <message>
        <location filename="../ui/network/TeamWizard.cpp" line="556"/>
        <source>static</source>
        <translation>静的</translation>
    </message>
    <message>
        <location filename="../ui/network/TeamWizard.cpp" line="570"/>
        <source>Adding adapters to a team later briefly interrupts the host&apos;s network.</source>
        <translation>後からチームにアダプタを追加すると、ホストのネットワークが一時的に中断されます。</translation>
    </message>
    <message>
        <location filename="../ui/network/TeamWizard.cpp" line="574"/>
        <source>Nothing has changed yet. Build Team runs these steps.</source>
        <translation>まだ何も変更されていません。「チームを作成」でこれらのステップが実行されます。</translation>
    </message>
    <message>
        <location filename="../ui/network/TeamWizard.cpp" line="575"/>
        <source>The plan is refused: nothing can run.</source>
        <translation>プランは拒否されました。何も実行できません。</translation>
    </message>
    <message>
        <location filename="../ui/network/TeamWizard.cpp" line="586"/>
        <source>The host was closed: nothing was changed.</source>
        <translation>ホストが閉じられました。何も変更されていません。</translation>
    </message>
    <message>
        <source>Applying…</source>
        <translation type="vanished">適用中…</translation>
    </message>
    <message>
        <source>%1: done</source>
        <translation type="vanished">%1: 完了</translation>
    </message>
    <message>
        <source>%1: failed: %2</source>
        <translation type="vanished">%1: 失敗: %2</translation>
    </message>
    <message>
        <location filename="../ui/network/TeamWizard.cpp" line="590"/>
        <source>The team is built.</source>
        <translation>チームが作成されました。</translation>
    </message>
    <message>
        <location filename="../ui/network/TeamWizard.cpp" line="590"/>
        <source>The team was not built.</source>
        <translation>チームは作成されませんでした。</translation>
    </message>
</context>
<context>
    <name>ftc::VmActions</name>
    <message>
        <location filename="../ui/vms/VmActions.cpp" line="17"/>
        <source>Starting…</source>
        <translation>開始しています…</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmActions.cpp" line="18"/>
        <source>Shutting down…</source>
        <translation>シャットダウンしています…</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmActions.cpp" line="19"/>
        <source>Turning off…</source>
        <translation>電源をオフにしています…</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmActions.cpp" line="20"/>
        <source>Saving state…</source>
        <translation>状態を保存しています…</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmActions.cpp" line="21"/>
        <source>Resetting…</source>
        <translation>リセットしています…</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmActions.cpp" line="22"/>
        <source>Pausing…</source>
        <translation>一時停止しています…</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmActions.cpp" line="23"/>
        <source>Resuming…</source>
        <translation>再開しています…</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmActions.cpp" line="50"/>
        <location filename="../ui/vms/VmActions.cpp" line="147"/>
        <source>&amp;Start</source>
        <translation>開始(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmActions.cpp" line="50"/>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmActions.cpp" line="51"/>
        <source>Start the VM, or restore its saved state</source>
        <translation>仮想マシンを開始するか、保存された状態から復元します</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmActions.cpp" line="52"/>
        <source>Shut &amp;Down</source>
        <translation>シャットダウン(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmActions.cpp" line="52"/>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmActions.cpp" line="53"/>
        <source>Ask the guest operating system to shut down</source>
        <translation>ゲスト OS にシャットダウンを要求します</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmActions.cpp" line="54"/>
        <source>Turn &amp;Off…</source>
        <translation>電源オフ(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmActions.cpp" line="54"/>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmActions.cpp" line="55"/>
        <source>Stop the VM at once, as pulling its plug would</source>
        <translation>電源プラグを抜いたときのように、仮想マシンを直ちに停止します</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmActions.cpp" line="56"/>
        <source>Sa&amp;ve State</source>
        <translation>状態の保存(&amp;V)</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmActions.cpp" line="56"/>
        <source>Ctrl+Shift+V</source>
        <translation>Ctrl+Shift+V</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmActions.cpp" line="57"/>
        <source>Save the VM&apos;s memory to disk and stop it; Start restores it</source>
        <translation>仮想マシンのメモリをディスクに保存して停止します。「開始」で復元されます</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmActions.cpp" line="58"/>
        <source>R&amp;eset…</source>
        <translation>リセット(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmActions.cpp" line="58"/>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmActions.cpp" line="59"/>
        <source>Restart the VM at once, as its reset button would</source>
        <translation>リセットボタンを押したときのように、仮想マシンを直ちに再起動します</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmActions.cpp" line="60"/>
        <source>&amp;Pause</source>
        <translation>一時停止(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmActions.cpp" line="60"/>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmActions.cpp" line="60"/>
        <source>Stop running the VM&apos;s CPUs</source>
        <translation>仮想マシンの CPU の実行を一時停止します</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmActions.cpp" line="61"/>
        <source>Res&amp;ume</source>
        <translation>再開(&amp;U)</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmActions.cpp" line="61"/>
        <source>Ctrl+Shift+U</source>
        <translation>Ctrl+Shift+U</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmActions.cpp" line="61"/>
        <source>Run the paused VM again</source>
        <translation>一時停止中の仮想マシンの実行を再開します</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmActions.cpp" line="63"/>
        <source>&amp;Virtual Machine</source>
        <translation>仮想マシン(&amp;V)</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmActions.cpp" line="81"/>
        <source>Start with &amp;Host</source>
        <translation>ホスト起動時に開始(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmActions.cpp" line="84"/>
        <source>Turn the VM on when the host starts (virsh autostart)</source>
        <translation>ホストの起動時に仮想マシンの電源を入れます (virsh autostart)</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmActions.cpp" line="91"/>
        <source>Save State When the Host S&amp;tops</source>
        <translation>ホスト停止時に状態を保存(&amp;T)</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmActions.cpp" line="94"/>
        <source>Recorded with the VM; the host&apos;s libvirt-guests setting carries it out</source>
        <translation>仮想マシンに記録され、ホストの libvirt-guests の設定によって実行されます</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmActions.cpp" line="101"/>
        <source>&amp;CPU Resources…</source>
        <translation>CPU リソース(&amp;C)…</translation>
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
        <translation>相対的な重み、予約済み容量、最大容量</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmActions.cpp" line="145"/>
        <source>Re&amp;store</source>
        <translation>復元(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmActions.cpp" line="157"/>
        <source>libvirt did not report CPU tuning for %1 (session connections have none)</source>
        <translation>libvirt は %1 の CPU チューニングを報告しませんでした (セッション接続にはありません)</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmActions.cpp" line="208"/>
        <source>Turn off %1 now? Like pulling the plug: what the guest has not written to its disks is lost.</source>
        <translation>%1 の電源を今すぐオフにしますか? 電源プラグを抜くのと同じで、ゲストがまだディスクに書き込んでいないデータは失われます。</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmActions.cpp" line="210"/>
        <source>Reset %1 now? The guest restarts without shutting down: what it has not written to its disks is lost.</source>
        <translation>%1 を今すぐリセットしますか? ゲストはシャットダウンせずに再起動するため、まだディスクに書き込んでいないデータは失われます。</translation>
    </message>
</context>
<context>
    <name>ftc::VmCpuDialog</name>
    <message>
        <location filename="../ui/vms/VmCpuDialog.cpp" line="22"/>
        <source>&amp;Preview…</source>
        <translation>プレビュー(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmCpuDialog.cpp" line="25"/>
        <source>CPU Resources of %1</source>
        <translation>%1 の CPU リソース</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmCpuDialog.cpp" line="28"/>
        <source>Weight decides how spare CPU time is shared; a reservation is guaranteed even when every VM is busy; the maximum is a cap for each virtual CPU. All in % of one CPU; this host has %1.</source>
        <translation>重みは空き CPU 時間の配分を決めます。予約はすべての仮想マシンが高負荷のときでも保証されます。最大値は仮想 CPU ごとの上限です。値はすべて CPU 1 個に対する % で、このホストの CPU は %1 個です。</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmCpuDialog.cpp" line="41"/>
        <source> % of one CPU</source>
        <translation> % (CPU 1 個あたり)</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmCpuDialog.cpp" line="42"/>
        <source>Kept for the host itself (qemu&apos;s own threads, services) when reservations are admitted; saved for this host.</source>
        <translation>予約を受け入れる際に、ホスト自身 (qemu 自体のスレッド、サービス) 用に確保する分です。このホスト用に保存されます。</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmCpuDialog.cpp" line="46"/>
        <source>Host &amp;reserve</source>
        <translation>ホスト予約(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmCpuDialog.cpp" line="55"/>
        <source>Under full contention, with these values:</source>
        <translation>CPU が完全に競合した場合、これらの値では次のようになります:</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmCpuDialog.cpp" line="59"/>
        <source>Virtual machine</source>
        <translation>仮想マシン</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmCpuDialog.cpp" line="59"/>
        <source>Reserved</source>
        <translation>予約</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmCpuDialog.cpp" line="59"/>
        <source>Weight</source>
        <translation>重み</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmCpuDialog.cpp" line="60"/>
        <source>Gets (of one CPU)</source>
        <translation>配分 (CPU 1 個あたり)</translation>
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
        <translation>%1 % (実行時)</translation>
    </message>
</context>
<context>
    <name>ftc::VmDetails</name>
    <message>
        <location filename="../ui/vms/VmDetails.cpp" line="16"/>
        <source>Virtual machines</source>
        <translation>仮想マシン</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmDetails.cpp" line="29"/>
        <source>Virtual machine</source>
        <translation>仮想マシン</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmDetails.cpp" line="30"/>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmDetails.cpp" line="31"/>
        <location filename="../ui/vms/VmDetails.cpp" line="64"/>
        <source>Memory</source>
        <translation>メモリ</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmDetails.cpp" line="33"/>
        <source>Maximum memory</source>
        <translation>最大メモリ</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmDetails.cpp" line="36"/>
        <source>Virtual CPUs</source>
        <translation>仮想 CPU</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmDetails.cpp" line="37"/>
        <source>CPU use</source>
        <translation>CPU 使用率</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmDetails.cpp" line="41"/>
        <source>Start with host</source>
        <translation>ホスト起動時に開始</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmDetails.cpp" line="34"/>
        <location filename="../ui/vms/VmDetails.cpp" line="110"/>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmDetails.cpp" line="34"/>
        <location filename="../ui/vms/VmDetails.cpp" line="110"/>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmDetails.cpp" line="42"/>
        <source>Save state when the host stops</source>
        <translation>ホスト停止時に状態を保存</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmDetails.cpp" line="46"/>
        <source>Saved state</source>
        <translation>保存された状態</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmDetails.cpp" line="47"/>
        <source>A saved state waits on disk: Restore brings the VM back where it stopped.</source>
        <translation>保存された状態がディスク上にあります。「復元」で仮想マシンを停止した時点から再開できます。</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmDetails.cpp" line="52"/>
        <source>CPU resources</source>
        <translation>CPU リソース</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmDetails.cpp" line="53"/>
        <source>Relative weight</source>
        <translation>相対的な重み</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmDetails.cpp" line="54"/>
        <source>Reserved capacity</source>
        <translation>予約済み容量</translation>
    </message>
    <message>
        <source>%1 % of one CPU</source>
        <translation type="vanished">CPU 1 個の %1 %</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmDetails.cpp" line="55"/>
        <source>Maximum capacity</source>
        <translation>最大容量</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmDetails.cpp" line="38"/>
        <location filename="../ui/vms/VmDetails.cpp" line="50"/>
        <source>%1 % of one CPU (%2 % of system)</source>
        <translation>CPU 1 個の %1 % (システムの %2 %)</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmDetails.cpp" line="55"/>
        <source>No cap</source>
        <translation>上限なし</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmDetails.cpp" line="56"/>
        <source>cpu_shares</source>
        <translation>cpu_shares</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmDetails.cpp" line="56"/>
        <source>not set (the default, 1024)</source>
        <translation>未設定 (既定値 1024)</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmDetails.cpp" line="59"/>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmDetails.cpp" line="62"/>
        <source>Performance</source>
        <translation>パフォーマンス</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmDetails.cpp" line="63"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmDetails.cpp" line="63"/>
        <source>% of one CPU</source>
        <translation>% (CPU 1 個あたり)</translation>
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
        <translation>ディスク</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmDetails.cpp" line="69"/>
        <source>Definition</source>
        <translation>定義</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmDetails.cpp" line="71"/>
        <source>Reading</source>
        <translation>読み込み中</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmDetails.cpp" line="71"/>
        <source>Reading the VM&apos;s definition…</source>
        <translation>仮想マシンの定義を読み込んでいます…</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmDetails.cpp" line="78"/>
        <source>%1 — on %2</source>
        <translation>%1 — %2 上</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmDetails.cpp" line="79"/>
        <source>%1 — on %2, not mirrored</source>
        <translation>%1 — %2 上、ミラーなし</translation>
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
        <translation>%1 の配置先</translation>
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
        <translation>%1 (ディスク 1 台、ミラーなし)</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmDetails.cpp" line="89"/>
        <source>Network adapters</source>
        <translation>ネットワークアダプタ</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmDetails.cpp" line="92"/>
        <source>Adapters</source>
        <translation>アダプタ</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmDetails.cpp" line="115"/>
        <source>No (the host&apos;s libvirt-guests service is off)</source>
        <translation>いいえ (ホストの libvirt-guests サービスが無効)</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmDetails.cpp" line="116"/>
        <source>Yes (the host&apos;s setting)</source>
        <translation>はい (ホストの設定)</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmDetails.cpp" line="116"/>
        <source>No (the host&apos;s setting)</source>
        <translation>いいえ (ホストの設定)</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmDetails.cpp" line="75"/>
        <location filename="../ui/vms/VmDetails.cpp" line="92"/>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmDetails.cpp" line="96"/>
        <source>, model %1</source>
        <translation>、モデル %1</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmDetails.cpp" line="98"/>
        <source>, host side %1</source>
        <translation>、ホスト側 %1</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmDetails.cpp" line="99"/>
        <source>Adapter</source>
        <translation>アダプタ</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmDetails.cpp" line="101"/>
        <source>Team</source>
        <translation>チーム</translation>
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
        <translation>はい</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmStatusModel.cpp" line="24"/>
        <source>No</source>
        <translation>いいえ</translation>
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
        <translation>前回の更新以降の CPU 使用率 (ホストの CPU 1 個に対する %)</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmStatusModel.cpp" line="186"/>
        <source>CPU use since the last refresh, in % of all the host&apos;s CPUs</source>
        <translation>前回の更新以降の CPU 使用率 (ホストの全 CPU に対する %)</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmStatusModel.cpp" line="188"/>
        <source>Since the console saw the VM start; &quot;≥&quot; when it was running already</source>
        <translation>コンソールが仮想マシンの開始を確認してからの時間。すでに実行中だった場合は「≥」</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmStatusModel.cpp" line="194"/>
        <source>Virtual machine</source>
        <translation>仮想マシン</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmStatusModel.cpp" line="195"/>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmStatusModel.cpp" line="196"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmStatusModel.cpp" line="197"/>
        <source>Of system</source>
        <translation>システム比</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmStatusModel.cpp" line="198"/>
        <source>Memory</source>
        <translation>メモリ</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmStatusModel.cpp" line="199"/>
        <source>vCPUs</source>
        <translation>vCPU 数</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmStatusModel.cpp" line="200"/>
        <source>Uptime</source>
        <translation>稼働時間</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmStatusModel.cpp" line="201"/>
        <source>Starts with host</source>
        <translation>ホスト起動時に開始</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmStatusModel.cpp" line="202"/>
        <source>Saves state</source>
        <translation>状態を保存</translation>
    </message>
</context>
<context>
    <name>ftc::VmStatusPage</name>
    <message>
        <location filename="../ui/vms/VmStatusPage.cpp" line="28"/>
        <source>Master Status</source>
        <translation>全体ステータス</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmStatusPage.cpp" line="36"/>
        <source>Filter by name or state</source>
        <translation>名前または状態で絞り込み</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmStatusPage.cpp" line="106"/>
        <source>%1 — virtual machines: %2, running: %3</source>
        <translation>%1 — 仮想マシン: %2 台、実行中: %3 台</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmStatusPage.cpp" line="109"/>
        <source>%1, using %2 % of the system&apos;s CPU together.</source>
        <translation>%1、合計でシステムの CPU の %2 % を使用しています。</translation>
    </message>
</context>
</TS>
