<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>ftc::AddDiskWizard</name>
    <message>
        <location filename="../ui/storage/AddDiskWizard.cpp" line="63"/>
        <source>No confirmation is needed for this plan.</source>
        <translation>このプランには確認は不要です。</translation>
    </message>
    <message>
        <location filename="../ui/storage/AddDiskWizard.cpp" line="106"/>
        <source>Add Physical Disk to Virtual Disk</source>
        <translation>物理ディスクを仮想ディスクに追加</translation>
    </message>
    <message>
        <location filename="../ui/storage/AddDiskWizard.cpp" line="121"/>
        <source>What should %1 become?</source>
        <translation>%1 をどのように使いますか?</translation>
    </message>
    <message>
        <location filename="../ui/storage/AddDiskWizard.cpp" line="122"/>
        <source>Complete a virtual disk that runs on one disk, or start a new one.</source>
        <translation>1 台のディスクで動作している仮想ディスクを完成させるか、新しい仮想ディスクを作成します。</translation>
    </message>
    <message>
        <location filename="../ui/storage/AddDiskWizard.cpp" line="123"/>
        <source>&amp;Add %1 to this virtual disk:</source>
        <translation>%1 をこの仮想ディスクに追加(&amp;A):</translation>
    </message>
    <message>
        <location filename="../ui/storage/AddDiskWizard.cpp" line="124"/>
        <source>Create a &amp;new virtual disk on %1; add its second disk later</source>
        <translation>%1 に新しい仮想ディスクを作成し、2 台目のディスクは後で追加(&amp;N)</translation>
    </message>
    <message>
        <location filename="../ui/storage/AddDiskWizard.cpp" line="129"/>
        <source>Virtual disk</source>
        <translation>仮想ディスク</translation>
    </message>
    <message>
        <location filename="../ui/storage/AddDiskWizard.cpp" line="129"/>
        <location filename="../ui/storage/AddDiskWizard.cpp" line="141"/>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../ui/storage/AddDiskWizard.cpp" line="129"/>
        <source>Members</source>
        <translation>メンバー</translation>
    </message>
    <message>
        <location filename="../ui/storage/AddDiskWizard.cpp" line="129"/>
        <location filename="../ui/storage/AddDiskWizard.cpp" line="141"/>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <location filename="../ui/storage/AddDiskWizard.cpp" line="138"/>
        <source>Which physical disk should join %1?</source>
        <translation>どの物理ディスクを %1 に追加しますか?</translation>
    </message>
    <message>
        <location filename="../ui/storage/AddDiskWizard.cpp" line="139"/>
        <source>Pick an unconfigured disk in the other module, in the slot that corresponds to the working disk, at least as large as the virtual disk.</source>
        <translation>もう一方のモジュールで、稼働中のディスクに対応するスロットにある、仮想ディスク以上の容量の未構成ディスクを選んでください。</translation>
    </message>
    <message>
        <location filename="../ui/storage/AddDiskWizard.cpp" line="141"/>
        <source>Disk</source>
        <translation>ディスク</translation>
    </message>
    <message>
        <location filename="../ui/storage/AddDiskWizard.cpp" line="141"/>
        <source>Module</source>
        <translation>モジュール</translation>
    </message>
    <message>
        <location filename="../ui/storage/AddDiskWizard.cpp" line="141"/>
        <source>Slot</source>
        <translation>スロット</translation>
    </message>
    <message>
        <location filename="../ui/storage/AddDiskWizard.cpp" line="141"/>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <location filename="../ui/storage/AddDiskWizard.cpp" line="150"/>
        <source>Review the plan</source>
        <translation>プランの確認</translation>
    </message>
    <message>
        <location filename="../ui/storage/AddDiskWizard.cpp" line="164"/>
        <source>Confirm</source>
        <translation>確認</translation>
    </message>
    <message>
        <source>The commands run as soon as you press Apply.</source>
        <translation type="vanished">「適用」を押すとすぐにコマンドが実行されます。</translation>
    </message>
    <message>
        <location filename="../ui/storage/AddDiskWizard.cpp" line="61"/>
        <source>Confirm: %1</source>
        <translation>確認: %1</translation>
    </message>
    <message>
        <location filename="../ui/storage/AddDiskWizard.cpp" line="70"/>
        <source>Device path</source>
        <translation>デバイスパス</translation>
    </message>
    <message>
        <location filename="../ui/storage/AddDiskWizard.cpp" line="71"/>
        <source>Serial number from the disk&apos;s label</source>
        <translation>ディスクのラベルに記載されたシリアル番号</translation>
    </message>
    <message>
        <location filename="../ui/storage/AddDiskWizard.cpp" line="129"/>
        <location filename="../ui/storage/AddDiskWizard.cpp" line="141"/>
        <source>Note</source>
        <translation>注記</translation>
    </message>
    <message>
        <location filename="../ui/storage/AddDiskWizard.cpp" line="165"/>
        <source>The commands you reviewed run as soon as you press Apply.</source>
        <translation>確認したコマンドは「適用」を押すとすぐに実行されます。</translation>
    </message>
    <message>
        <location filename="../ui/storage/AddDiskWizard.cpp" line="167"/>
        <source>&amp;Apply</source>
        <translation>適用(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/storage/AddDiskWizard.cpp" line="189"/>
        <source>Applying</source>
        <translation>適用中</translation>
    </message>
    <message>
        <location filename="../ui/storage/AddDiskWizard.cpp" line="190"/>
        <source>Each step&apos;s result appears as it finishes; a failed step stops the plan.</source>
        <translation>各ステップの結果は完了ごとに表示されます。失敗したステップがあるとプランは停止します。</translation>
    </message>
    <message>
        <location filename="../ui/storage/AddDiskWizard.cpp" line="201"/>
        <source>&amp;Stop After This Step</source>
        <translation>このステップの後で停止(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/storage/AddDiskWizard.cpp" line="203"/>
        <source>The step that is running finishes; no further step starts</source>
        <translation>実行中のステップは最後まで実行され、次のステップは開始されません</translation>
    </message>
    <message>
        <location filename="../ui/storage/AddDiskWizard.cpp" line="210"/>
        <source>Stopping after the step that is running…</source>
        <translation>実行中のステップの後で停止しています…</translation>
    </message>
    <message>
        <location filename="../ui/storage/AddDiskWizard.cpp" line="242"/>
        <source>It sits in module %1, slot %2.</source>
        <translation>モジュール %1 のスロット %2 にあります。</translation>
    </message>
    <message>
        <location filename="../ui/storage/AddDiskWizard.cpp" line="243"/>
        <source>It sits in module %1.</source>
        <translation>モジュール %1 にあります。</translation>
    </message>
    <message>
        <location filename="../ui/storage/AddDiskWizard.cpp" line="245"/>
        <source>%1 reports no serial number. To confirm that %1 is the disk to overwrite, type its device path, /dev/%1.</source>
        <translation>%1 はシリアル番号を報告しません。%1 が上書きするディスクであることを確認するため、デバイスパス /dev/%1 を入力してください。</translation>
    </message>
    <message>
        <location filename="../ui/storage/AddDiskWizard.cpp" line="247"/>
        <source>Everything on %1 will be overwritten. Read the serial number on the label of the physical disk (it is also in the disk&apos;s properties) and type it to confirm. %2</source>
        <translation>%1 の内容はすべて上書きされます。物理ディスクのラベルに記載されたシリアル番号 (ディスクのプロパティにも表示されます) を読み取り、入力して確認してください。%2</translation>
    </message>
    <message>
        <location filename="../ui/storage/AddDiskWizard.cpp" line="273"/>
        <source>(missing)</source>
        <translation>(欠落)</translation>
    </message>
    <message>
        <location filename="../ui/storage/AddDiskWizard.cpp" line="278"/>
        <source>%1 (module %2, slot %3)</source>
        <translation>%1 (モジュール %2、スロット %3)</translation>
    </message>
    <message>
        <location filename="../ui/storage/AddDiskWizard.cpp" line="289"/>
        <source>Needs %1; %2 holds %3</source>
        <translation>%1 が必要です。%2 には %3 が入っています</translation>
    </message>
    <message>
        <location filename="../ui/storage/AddDiskWizard.cpp" line="291"/>
        <source>%1 is %2: its data must come back before a copy can be made</source>
        <translation>%1 は %2 です。コピーを作成する前にデータを復旧する必要があります</translation>
    </message>
    <message>
        <location filename="../ui/storage/AddDiskWizard.cpp" line="311"/>
        <source>Already a member of %1</source>
        <translation>すでに %1 のメンバーです</translation>
    </message>
    <message>
        <location filename="../ui/storage/AddDiskWizard.cpp" line="312"/>
        <source>A member of %1</source>
        <translation>%1 のメンバー</translation>
    </message>
    <message>
        <location filename="../ui/storage/AddDiskWizard.cpp" line="314"/>
        <source>A former member of %1: re-add it there</source>
        <translation>%1 の以前のメンバーです。%1 に再追加してください</translation>
    </message>
    <message>
        <location filename="../ui/storage/AddDiskWizard.cpp" line="316"/>
        <source>In use</source>
        <translation>使用中</translation>
    </message>
    <message>
        <location filename="../ui/storage/AddDiskWizard.cpp" line="316"/>
        <source>In use: %1</source>
        <translation>使用中: %1</translation>
    </message>
    <message>
        <location filename="../ui/storage/AddDiskWizard.cpp" line="318"/>
        <source>Too small: %1 needs %2</source>
        <translation>容量不足: %1 には %2 が必要です</translation>
    </message>
    <message>
        <location filename="../ui/storage/AddDiskWizard.cpp" line="360"/>
        <source>Capital or small letters, as you like.</source>
        <translation>大文字でも小文字でもかまいません。</translation>
    </message>
    <message>
        <location filename="../ui/storage/AddDiskWizard.cpp" line="362"/>
        <source>Matches %1: Apply runs the plan.</source>
        <translation>%1 と一致しました。「適用」でプランが実行されます。</translation>
    </message>
    <message>
        <location filename="../ui/storage/AddDiskWizard.cpp" line="364"/>
        <source>Does not match %1 yet.</source>
        <translation>まだ %1 と一致しません。</translation>
    </message>
    <message>
        <location filename="../ui/storage/AddDiskWizard.cpp" line="379"/>
        <source>%1 then copies %2 to %3.</source>
        <translation>その後 %1 が %2 を %3 にコピーします。</translation>
    </message>
    <message>
        <location filename="../ui/storage/AddDiskWizard.cpp" line="383"/>
        <source>%1 min</source>
        <translation>%1 分</translation>
    </message>
    <message>
        <location filename="../ui/storage/AddDiskWizard.cpp" line="384"/>
        <source>%1 h %2 min</source>
        <translation>%1 時間 %2 分</translation>
    </message>
    <message>
        <location filename="../ui/storage/AddDiskWizard.cpp" line="385"/>
        <source>%1 then copies %2 to %3: about %4 at md&apos;s limit of %5 KiB/s, longer while the virtual machines keep the disks busy. Resync Priority High lifts the limit.</source>
        <translation>その後 %1 が %2 を %3 にコピーします。md の上限 %5 KiB/s で約 %4 かかり、仮想マシンがディスクを使用している間はさらに長くかかります。再同期の優先度を「高」にすると上限が引き上げられます。</translation>
    </message>
    <message>
        <location filename="../ui/storage/AddDiskWizard.cpp" line="434"/>
        <source>No information from the host yet</source>
        <translation>ホストからの情報はまだありません</translation>
    </message>
    <message>
        <location filename="../ui/storage/AddDiskWizard.cpp" line="435"/>
        <source>The host has not answered yet: wait for the first refresh, then try again.</source>
        <translation>ホストがまだ応答していません。最初の更新を待ってから再試行してください。</translation>
    </message>
    <message>
        <location filename="../ui/storage/AddDiskWizard.cpp" line="442"/>
        <source>Checking %1 on the host…</source>
        <translation>ホスト上で %1 を確認しています…</translation>
    </message>
    <message>
        <location filename="../ui/storage/AddDiskWizard.cpp" line="444"/>
        <source>Asking %1 itself what it holds: signatures, partitions, holders, mounts, and the disks of every virtual machine.</source>
        <translation>%1 自体に内容を問い合わせています: シグネチャ、パーティション、ホルダー、マウント、すべての仮想マシンのディスク。</translation>
    </message>
    <message>
        <location filename="../ui/storage/AddDiskWizard.cpp" line="461"/>
        <source>The host could not be asked what this account may run.</source>
        <translation>このアカウントが実行できるコマンドをホストに問い合わせられませんでした。</translation>
    </message>
    <message>
        <location filename="../ui/storage/AddDiskWizard.cpp" line="501"/>
        <source>Nothing has been changed yet. Check the commands below, then continue.</source>
        <translation>まだ何も変更されていません。以下のコマンドを確認してから続行してください。</translation>
    </message>
    <message>
        <location filename="../ui/storage/AddDiskWizard.cpp" line="502"/>
        <source>This cannot be done as things are: fix what is listed below, or go Back and choose differently.</source>
        <translation>現在の状態では実行できません。以下の項目を解決するか、「戻る」で別の選択をしてください。</translation>
    </message>
    <message>
        <location filename="../ui/storage/AddDiskWizard.cpp" line="514"/>
        <source>The host was closed: nothing was changed.</source>
        <translation>ホストが閉じられました。何も変更されていません。</translation>
    </message>
    <message>
        <location filename="../ui/storage/AddDiskWizard.cpp" line="517"/>
        <source>Applying…</source>
        <translation>適用中…</translation>
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
        <location filename="../ui/storage/AddDiskWizard.cpp" line="530"/>
        <source>Done.</source>
        <translation>完了しました。</translation>
    </message>
    <message>
        <location filename="../ui/storage/AddDiskWizard.cpp" line="536"/>
        <source>The plan failed.</source>
        <translation>プランは失敗しました。</translation>
    </message>
    <message>
        <location filename="../ui/storage/AddDiskWizard.cpp" line="536"/>
        <source>The plan was stopped.</source>
        <translation>プランは停止されました。</translation>
    </message>
    <message>
        <location filename="../ui/storage/AddDiskWizard.cpp" line="538"/>
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
        <location filename="../backend/checks/CheckFacts.cpp" line="37"/>
        <source>%1 was not run</source>
        <translation>%1 は実行されませんでした</translation>
    </message>
    <message>
        <location filename="../backend/checks/CheckFacts.cpp" line="39"/>
        <source>%1 did not finish (%2)</source>
        <translation>%1 は完了しませんでした (%2)</translation>
    </message>
    <message>
        <location filename="../backend/checks/CheckFacts.cpp" line="41"/>
        <source>%1 is not installed on the host</source>
        <translation>%1 はホストにインストールされていません</translation>
    </message>
    <message>
        <location filename="../backend/checks/CheckFacts.cpp" line="43"/>
        <source>%1 failed (exit %2)</source>
        <translation>%1 は失敗しました (終了コード %2)</translation>
    </message>
    <message>
        <location filename="../backend/checks/CheckFacts.cpp" line="43"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../backend/checks/CheckFacts.cpp" line="150"/>
        <source>systemctl show printed RuntimeWatchdogUSec=%1, which is not a time span</source>
        <translation>systemctl show が出力した RuntimeWatchdogUSec=%1 は時間の長さではありません</translation>
    </message>
    <message>
        <location filename="../backend/checks/CheckFacts.cpp" line="233"/>
        <source>qemu-img info printed no JSON object (%1)</source>
        <translation>qemu-img info は JSON オブジェクトを出力しませんでした (%1)</translation>
    </message>
    <message>
        <location filename="../backend/checks/CheckFacts.cpp" line="325"/>
        <source>the host did not answer</source>
        <translation>ホストが応答しませんでした</translation>
    </message>
    <message>
        <location filename="../backend/checks/CheckFacts.cpp" line="384"/>
        <source>the capture holds none of the checks&apos; facts</source>
        <translation>取得データにチェック用の情報が含まれていません</translation>
    </message>
    <message>
        <location filename="../backend/checks/CheckFacts.cpp" line="392"/>
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
        <location filename="../backend/checks/VmChecks.cpp" line="119"/>
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
        <location filename="../backend/checks/HostChecks.cpp" line="75"/>
        <source>Virus scanning of the VM images</source>
        <translation>仮想マシンのイメージのウイルススキャン</translation>
    </message>
    <message>
        <location filename="../backend/checks/HostChecks.cpp" line="76"/>
        <source>%1 scans files as they are opened, and its exclusions are kept in its own policy, which the console cannot read</source>
        <translation>%1 はファイルを開くたびにスキャンし、その除外設定は独自のポリシーにあり、コンソールからは読み取れません</translation>
    </message>
    <message>
        <location filename="../backend/checks/HostChecks.cpp" line="78"/>
        <source>In %1&apos;s management, exclude the VM image directories (%2) from on-access scanning.</source>
        <translation>%1 の管理画面で、仮想マシンのイメージのディレクトリ (%2) をオンアクセススキャンから除外してください。</translation>
    </message>
    <message>
        <location filename="../backend/checks/HostChecks.cpp" line="92"/>
        <source>%1 scans files as they are opened, and the VM image directories %2 are not excluded: every guest write is scanned.</source>
        <translation>%1 はファイルを開くたびにスキャンしますが、仮想マシンのイメージディレクトリ %2 が除外されていません。ゲストの書き込みがすべてスキャンされます。</translation>
    </message>
    <message>
        <location filename="../backend/checks/HostChecks.cpp" line="94"/>
        <source>Add OnAccessExcludePath lines for them to /etc/clamav/clamd.conf and restart clamav-clamonacc.</source>
        <translation>これらのディレクトリの OnAccessExcludePath 行を /etc/clamav/clamd.conf に追加し、clamav-clamonacc を再起動してください。</translation>
    </message>
    <message>
        <location filename="../backend/checks/HostChecks.cpp" line="99"/>
        <source>Power supplies</source>
        <translation>電源装置</translation>
    </message>
    <message>
        <location filename="../backend/checks/HostChecks.cpp" line="100"/>
        <source>Install ipmitool and give the console&apos;s account sudo rights for it, or check the supplies on the server&apos;s management board.</source>
        <translation>ipmitool をインストールしてコンソールのアカウントにその sudo 権限を与えるか、サーバーの管理ボードで電源装置を確認してください。</translation>
    </message>
    <message>
        <location filename="../backend/checks/HostChecks.cpp" line="104"/>
        <source>A power supply reports a fault: %1.</source>
        <translation>電源装置が障害を報告しています: %1。</translation>
    </message>
    <message>
        <location filename="../backend/checks/HostChecks.cpp" line="105"/>
        <source>Check its power cord and input; replace the supply if the fault stays.</source>
        <translation>電源コードと入力電源を確認してください。障害が解消しない場合は電源装置を交換してください。</translation>
    </message>
    <message>
        <location filename="../backend/checks/HostChecks.cpp" line="108"/>
        <source>The host has %1 power supply: losing it or its input stops the host.</source>
        <translation>ホストの電源装置は %1 台です。電源装置またはその入力電源が失われるとホストは停止します。</translation>
    </message>
    <message>
        <location filename="../backend/checks/HostChecks.cpp" line="109"/>
        <source>Fit a second supply and connect the two to different circuits (A and B).</source>
        <translation>2 台目の電源装置を取り付け、2 台を別々の回路 (A と B) に接続してください。</translation>
    </message>
    <message>
        <location filename="../backend/checks/HostChecks.cpp" line="112"/>
        <source>UPS</source>
        <translation>UPS</translation>
    </message>
    <message>
        <location filename="../backend/checks/HostChecks.cpp" line="112"/>
        <source>Install nut-client and configure the UPS in /etc/nut.</source>
        <translation>nut-client をインストールし、/etc/nut で UPS を設定してください。</translation>
    </message>
    <message>
        <location filename="../backend/checks/HostChecks.cpp" line="115"/>
        <source>No UPS is configured (upsc -l lists none): a power cut stops the host without a clean shutdown.</source>
        <translation>UPS が設定されていません (upsc -l に何も表示されません)。停電するとホストは正常にシャットダウンされずに停止します。</translation>
    </message>
    <message>
        <location filename="../backend/checks/HostChecks.cpp" line="117"/>
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
        <location filename="../backend/checks/StorageChecks.cpp" line="30"/>
        <source>%1 is Syncing (%2 %): it has a second copy once the sync ends.</source>
        <translation>%1 は Syncing (%2 %) です。同期が終わると 2 つ目のコピーができます。</translation>
    </message>
    <message>
        <location filename="../backend/checks/StorageChecks.cpp" line="31"/>
        <source>Nothing to do: keep both disks in until %1 is Duplex.</source>
        <translation>対処は不要です。%1 が Duplex になるまで、両方のディスクを挿したままにしてください。</translation>
    </message>
    <message>
        <location filename="../backend/checks/StorageChecks.cpp" line="36"/>
        <source>%1 of %2 members of %3 work</source>
        <translation>%3 のメンバー %2 台中 %1 台が動作</translation>
    </message>
    <message>
        <location filename="../backend/checks/StorageChecks.cpp" line="39"/>
        <source>%1 (Simplex): it has no redundancy left, one more failure loses its data.</source>
        <translation>%1 (Simplex): 冗長性が残っていません。もう 1 台故障するとデータが失われます。</translation>
    </message>
    <message>
        <location filename="../backend/checks/StorageChecks.cpp" line="40"/>
        <source>Add a disk of at least the same size from the other module to %1.</source>
        <translation>もう一方のモジュールから、同じかそれ以上の容量のディスクを %1 に追加してください。</translation>
    </message>
    <message>
        <location filename="../backend/checks/StorageChecks.cpp" line="43"/>
        <source>%1 (degraded): it survives %2 more failed member(s).</source>
        <translation>%1 (縮退): あと %2 台の故障に耐えられます。</translation>
    </message>
    <message>
        <location filename="../backend/checks/StorageChecks.cpp" line="44"/>
        <source>%1 (degraded).</source>
        <translation>%1 (縮退)。</translation>
    </message>
    <message>
        <location filename="../backend/checks/StorageChecks.cpp" line="45"/>
        <source>Replace the failed member of %1 with a disk of at least the same size.</source>
        <translation>%1 の故障したメンバーを、同じかそれ以上の容量のディスクと交換してください。</translation>
    </message>
    <message>
        <location filename="../backend/checks/StorageChecks.cpp" line="48"/>
        <source>%1 has lost data: only %2 of %3 members work, too few to run.</source>
        <translation>%1 はデータを失っています。メンバー %3 台中 %2 台しか動作しておらず、稼働に必要な台数に足りません。</translation>
    </message>
    <message>
        <location filename="../backend/checks/StorageChecks.cpp" line="50"/>
        <source>Do not write to the member disks. Reseat or reconnect the failed disks of %1 and refresh: a member that comes back intact can make it whole again.</source>
        <translation>メンバーディスクには書き込まないでください。%1 の故障したディスクを挿し直すか接続し直してから、更新してください。無傷で戻ったメンバーがあれば、完全な状態に戻せる可能性があります。</translation>
    </message>
    <message>
        <location filename="../backend/checks/StorageChecks.cpp" line="56"/>
        <source>%1 is not started.</source>
        <translation>%1 は開始されていません。</translation>
    </message>
    <message>
        <location filename="../backend/checks/StorageChecks.cpp" line="57"/>
        <source>Look at its members first (mdadm --examine on each), then assemble it (mdadm --assemble --scan). Leave their superblocks alone: they are what brings the array back.</source>
        <translation>まずメンバーを調べ (各メンバーで mdadm --examine)、次にアレイをアセンブルしてください (mdadm --assemble --scan)。スーパーブロックには手を加えないでください。アレイを復旧させるのはスーパーブロックです。</translation>
    </message>
    <message>
        <location filename="../backend/checks/StorageChecks.cpp" line="61"/>
        <source>%1 is read-only.</source>
        <translation>%1 は読み取り専用です。</translation>
    </message>
    <message>
        <location filename="../backend/checks/StorageChecks.cpp" line="62"/>
        <source>Make it writable with mdadm --readwrite /dev/%1 if it is in use.</source>
        <translation>使用中の場合は、mdadm --readwrite /dev/%1 で書き込み可能にしてください。</translation>
    </message>
    <message>
        <location filename="../backend/checks/StorageChecks.cpp" line="83"/>
        <source>Whether %1, half of the system mirror %2, can boot the host was not read: %3.</source>
        <translation>システムミラー %2 の片方である %1 からホストを起動できるかどうかは読み取れませんでした: %3。</translation>
    </message>
    <message>
        <location filename="../backend/checks/StorageChecks.cpp" line="85"/>
        <source>Let the console read the disk&apos;s boot sector (file -s through sudo), or check it on the host.</source>
        <translation>コンソールにディスクのブートセクターを読み取らせる (sudo で file -s) か、ホスト上で確認してください。</translation>
    </message>
    <message>
        <location filename="../backend/checks/StorageChecks.cpp" line="89"/>
        <source>%1 holds half of the system mirror %2 but cannot boot the host: it has no EFI system partition and no boot loader in its boot sector. If the other disk fails, the host does not start.</source>
        <translation>%1 はシステムミラー %2 の片方ですが、ホストを起動できません: EFI システムパーティションがなく、ブートセクターにブートローダーもありません。もう一方のディスクが故障するとホストは起動しません。</translation>
    </message>
    <message>
        <location filename="../backend/checks/StorageChecks.cpp" line="92"/>
        <source>Install the boot loader on %1 as on the other half (grub-install /dev/%1 on a BIOS host), then check again.</source>
        <translation>もう一方と同様に %1 にブートローダーをインストールし (BIOS ホストでは grub-install /dev/%1)、再度チェックしてください。</translation>
    </message>
    <message>
        <location filename="../backend/checks/StorageChecks.cpp" line="118"/>
        <source>Both copies of %1 are in module %2: if that module fails, %1 is lost.</source>
        <translation>%1 の両方のコピーがモジュール %2 にあります。このモジュールが故障すると %1 は失われます。</translation>
    </message>
    <message>
        <location filename="../backend/checks/StorageChecks.cpp" line="120"/>
        <source>Move one member of %1 to a disk in the other module: add that disk to %1 (Add Disk), and once it is in sync remove the member it replaces.</source>
        <translation>%1 のメンバーを 1 つ、もう一方のモジュールのディスクに移してください。そのディスクを %1 に追加し (「ディスクを追加」)、同期が完了したら、置き換えられるメンバーを削除します。</translation>
    </message>
    <message>
        <location filename="../backend/checks/StorageChecks.cpp" line="127"/>
        <source>The host&apos;s operating system (%1) is on disk %2, which is in no mirror: if %2 fails, the host stops.</source>
        <translation>ホストのオペレーティングシステム (%1) はどのミラーにも属さないディスク %2 上にあります。%2 が故障するとホストは停止します。</translation>
    </message>
    <message>
        <location filename="../backend/checks/StorageChecks.cpp" line="129"/>
        <source>Back up the host first. Then, in a maintenance window, move the system onto a RAID1 mirror with a disk of the other module: build the mirror on the new disk with one member missing, copy the system onto it, boot from it, and only then add %1 to it.</source>
        <translation>まずホストをバックアップしてください。次にメンテナンス時間帯に、もう一方のモジュールのディスクを使った RAID1 ミラーへシステムを移します。新しいディスク上にメンバーが 1 つ欠けた状態でミラーを作成し、システムをそこにコピーしてそこから起動し、その後で初めて %1 をミラーに追加してください。</translation>
    </message>
    <message>
        <location filename="../backend/checks/StorageChecks.cpp" line="135"/>
        <source>Disk %1 (%2) is not part of any virtual disk.</source>
        <translation>ディスク %1 (%2) はどの仮想ディスクにも属していません。</translation>
    </message>
    <message>
        <location filename="../backend/checks/StorageChecks.cpp" line="136"/>
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
        <location filename="../backend/checks/VmChecks.cpp" line="93"/>
        <source>Whether %1 has its guest tools (QEMU guest agent) was not read: %2.</source>
        <translation>%1 にゲストツール (QEMU ゲストエージェント) があるかどうかは読み取られていません: %2。</translation>
    </message>
    <message>
        <location filename="../backend/checks/VmChecks.cpp" line="175"/>
        <source>the definition was not read</source>
        <translation>定義が読み取られていません</translation>
    </message>
    <message>
        <location filename="../backend/checks/VmChecks.cpp" line="98"/>
        <source>%1 has no guest agent channel (%2): the host cannot ask its OS to shut down cleanly or freeze its disks.</source>
        <translation>%1 にはゲストエージェントのチャネル (%2) がありません。ホストはその OS に正常なシャットダウンやディスクのフリーズを要求できません。</translation>
    </message>
    <message>
        <location filename="../backend/checks/VmChecks.cpp" line="100"/>
        <source>Add a virtio channel named %1 to %2&apos;s definition, then install qemu-guest-agent in the guest.</source>
        <translation>%2 の定義に %1 という名前の virtio チャネルを追加し、ゲストに qemu-guest-agent をインストールしてください。</translation>
    </message>
    <message>
        <location filename="../backend/checks/VmChecks.cpp" line="105"/>
        <source>%1&apos;s guest agent does not answer (%2).</source>
        <translation>%1 のゲストエージェントが応答しません (%2)。</translation>
    </message>
    <message>
        <location filename="../backend/checks/VmChecks.cpp" line="106"/>
        <source>Install and start qemu-guest-agent in %1&apos;s OS.</source>
        <translation>%1 の OS に qemu-guest-agent をインストールして起動してください。</translation>
    </message>
    <message>
        <location filename="../backend/checks/VmChecks.cpp" line="117"/>
        <source>Where the VMs&apos; images live was not read: %1.</source>
        <translation>仮想マシンのイメージの場所は読み取られていません: %1。</translation>
    </message>
    <message>
        <location filename="../backend/checks/VmChecks.cpp" line="117"/>
        <source>not asked</source>
        <translation>問い合わせていません</translation>
    </message>
    <message>
        <location filename="../backend/checks/VmChecks.cpp" line="134"/>
        <source>%1&apos;s disk %2 (%3) is on no mirror%4: a disk failure stops the VM and loses its data.</source>
        <translation>%1 のディスク %2 (%3) はミラー上にありません%4。ディスクが故障すると仮想マシンが停止し、データが失われます。</translation>
    </message>
    <message>
        <location filename="../backend/checks/VmChecks.cpp" line="136"/>
        <source> (on disk %1)</source>
        <translation> (ディスク %1 上)</translation>
    </message>
    <message>
        <location filename="../backend/checks/VmChecks.cpp" line="138"/>
        <source>Move the image to a directory on a Duplex mirror while %1 is shut down, and point its disk there; keep the old file until the VM runs from the new one.</source>
        <translation>%1 をシャットダウンしている間にイメージを Duplex のミラー上のディレクトリに移動し、ディスクの参照先をそこに変更してください。仮想マシンが新しいファイルで動作するまで、古いファイルは残しておいてください。</translation>
    </message>
    <message>
        <location filename="../backend/checks/VmChecks.cpp" line="145"/>
        <source>Whether %1&apos;s image %2 is fixed-size was not read: %3.</source>
        <translation>%1 のイメージ %2 が固定サイズかどうかは読み取られていません: %3。</translation>
    </message>
    <message>
        <location filename="../backend/checks/VmChecks.cpp" line="146"/>
        <source>Run qemu-img info on it as root to see its format and allocation.</source>
        <translation>root でこのイメージに対して qemu-img info を実行し、形式と割り当てを確認してください。</translation>
    </message>
    <message>
        <location filename="../backend/checks/VmChecks.cpp" line="153"/>
        <source>%1&apos;s image %2 is dynamically expanding (%3, %4 MiB of %5 MiB allocated): it can fail the VM when the host&apos;s disk fills.</source>
        <translation>%1 のイメージ %2 は容量可変です (%3、%5 MiB 中 %4 MiB 割り当て済み)。ホストのディスクがいっぱいになると、仮想マシンが停止する可能性があります。</translation>
    </message>
    <message>
        <location filename="../backend/checks/VmChecks.cpp" line="158"/>
        <source>While %1 is shut down, convert it to a fully allocated raw image (qemu-img convert -O raw -o preallocation=falloc) next to the old one, then point the disk at the new file.</source>
        <translation>%1 をシャットダウンしている間に、古いイメージの隣に完全に割り当て済みの raw イメージとして変換し (qemu-img convert -O raw -o preallocation=falloc)、ディスクの参照先を新しいファイルに変更してください。</translation>
    </message>
    <message>
        <location filename="../backend/checks/VmChecks.cpp" line="182"/>
        <source>guest-ping was not asked</source>
        <translation>guest-ping は問い合わせていません</translation>
    </message>
    <message>
        <location filename="../backend/checks/VmChecks.cpp" line="191"/>
        <source>The VM is not running</source>
        <translation>VM は実行されていません</translation>
    </message>
    <message>
        <location filename="../backend/checks/VmChecks.cpp" line="192"/>
        <source>Not read: %1</source>
        <translation>未読み取り: %1</translation>
    </message>
    <message>
        <location filename="../backend/checks/VmChecks.cpp" line="193"/>
        <source>No agent channel (%1)</source>
        <translation>エージェントチャネルなし (%1)</translation>
    </message>
    <message>
        <location filename="../backend/checks/VmChecks.cpp" line="194"/>
        <source>Does not answer (%1)</source>
        <translation>応答なし (%1)</translation>
    </message>
    <message>
        <location filename="../backend/checks/VmChecks.cpp" line="195"/>
        <source>Answers</source>
        <translation>応答あり</translation>
    </message>
    <message>
        <location filename="../backend/checks/VmChecks.cpp" line="225"/>
        <source>the libvirt network %1</source>
        <translation>libvirt ネットワーク %1</translation>
    </message>
    <message>
        <location filename="../backend/checks/VmChecks.cpp" line="228"/>
        <source>The network adapter %1 of %2 is connected to %3, which no team carries.</source>
        <translation>%2 のネットワークアダプタ %1 は %3 に接続されていますが、そこはどのチームも担っていません。</translation>
    </message>
    <message>
        <location filename="../backend/checks/VmChecks.cpp" line="230"/>
        <source>Connect it to the team&apos;s bridge %1 (Virtual Machine ▸ Edit Configuration).</source>
        <translation>チームのブリッジ %1 に接続してください (仮想マシン ▸ 構成の編集)。</translation>
    </message>
    <message>
        <location filename="../backend/checks/VmChecks.cpp" line="242"/>
        <source>libvirt did not answer: %1</source>
        <translation>libvirt が応答しませんでした: %1</translation>
    </message>
    <message>
        <location filename="../backend/checks/VmChecks.cpp" line="243"/>
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
        <location filename="../backend/checks/HostFixes.cpp" line="119"/>
        <source>Turn off automatic updates (%1)</source>
        <translation>自動更新を無効化 (%1)</translation>
    </message>
    <message>
        <location filename="../backend/checks/HostFixes.cpp" line="120"/>
        <source>The host stops installing updates by itself: install them in a maintenance window (dnf upgrade), with the VMs&apos; owners told.</source>
        <translation>ホストは更新を自動でインストールしなくなります。仮想マシンの所有者に知らせたうえで、更新はメンテナンス時間帯にインストールしてください (dnf upgrade)。</translation>
    </message>
    <message>
        <location filename="../backend/checks/HostFixes.cpp" line="122"/>
        <source>Stop and disable %1</source>
        <translation>%1 を停止して無効化</translation>
    </message>
    <message>
        <location filename="../backend/checks/HostFixes.cpp" line="127"/>
        <source>Updates are installed by %1: turn it off with systemctl disable --now %1.</source>
        <translation>更新は %1 によってインストールされています。systemctl disable --now %1 で無効にしてください。</translation>
    </message>
    <message>
        <location filename="../backend/checks/HostFixes.cpp" line="134"/>
        <source>%1 was not read: run Check Now first.</source>
        <translation>%1 が読み取られていません。先に「今すぐチェック」を実行してください。</translation>
    </message>
    <message>
        <location filename="../backend/checks/HostFixes.cpp" line="137"/>
        <source>The host stops installing updates by itself: install them in a maintenance window (apt-get update &amp;&amp; apt-get upgrade), with the VMs&apos; owners told.</source>
        <translation>ホストは更新を自動でインストールしなくなります。仮想マシンの所有者に知らせたうえで、更新はメンテナンス時間帯にインストールしてください (apt-get update &amp;&amp; apt-get upgrade)。</translation>
    </message>
    <message>
        <location filename="../backend/checks/HostFixes.cpp" line="139"/>
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
    <message>
        <location filename="../backend/vms/VmPlacement.cpp" line="41"/>
        <source>a network disk (%1)</source>
        <translation>ネットワークディスク (%1)</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmPlacement.cpp" line="42"/>
        <source>a storage pool volume</source>
        <translation>ストレージプールのボリューム</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmPlacement.cpp" line="43"/>
        <source>no medium</source>
        <translation>メディアなし</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmPlacement.cpp" line="58"/>
        <source>a /dev/disk link, which the console does not follow</source>
        <translation>コンソールがたどらない /dev/disk のリンク</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmPlacement.cpp" line="59"/>
        <source>a device the console does not know</source>
        <translation>コンソールが把握していないデバイス</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmPlacement.cpp" line="83"/>
        <source>in no file system the console knows</source>
        <translation>コンソールが把握しているどのファイルシステムにもありません</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmPlacement.cpp" line="99"/>
        <source>network %1 (bridge %2)</source>
        <translation>ネットワーク %1 (ブリッジ %2)</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmPlacement.cpp" line="100"/>
        <source>bridge %1</source>
        <translation>ブリッジ %1</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmPlacement.cpp" line="103"/>
        <source>network %1</source>
        <translation>ネットワーク %1</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmPlacement.cpp" line="105"/>
        <source>direct %1</source>
        <translation>直接 %1</translation>
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
        <location filename="../ui/shell/ConnectDialog.cpp" line="38"/>
        <source>Open Host</source>
        <translation>ホストを開く</translation>
    </message>
    <message>
        <location filename="../ui/shell/ConnectDialog.cpp" line="48"/>
        <source>Demo host (simulated)</source>
        <translation>デモホスト (シミュレーション)</translation>
    </message>
    <message>
        <location filename="../ui/shell/ConnectDialog.cpp" line="49"/>
        <source>This machine</source>
        <translation>このマシン</translation>
    </message>
    <message>
        <location filename="../ui/shell/ConnectDialog.cpp" line="50"/>
        <source>Remote host over SSH</source>
        <translation>SSH 経由のリモートホスト</translation>
    </message>
    <message>
        <location filename="../ui/shell/ConnectDialog.cpp" line="51"/>
        <source>Support bundle (read-only)</source>
        <translation>サポートバンドル (読み取り専用)</translation>
    </message>
    <message>
        <location filename="../ui/shell/ConnectDialog.cpp" line="52"/>
        <source>sosreport (read-only)</source>
        <translation>sosreport (読み取り専用)</translation>
    </message>
    <message>
        <location filename="../ui/shell/ConnectDialog.cpp" line="56"/>
        <source>A simulated host with modules 10 and 11, six disks, four adapters and three virtual machines. Nothing you do touches a real machine.</source>
        <translation>モジュール 10 と 11、ディスク 6 台、アダプタ 4 個、仮想マシン 3 台を持つシミュレーションホストです。実際のマシンには一切影響しません。</translation>
    </message>
    <message>
        <location filename="../ui/shell/ConnectDialog.cpp" line="62"/>
        <source>Reads this computer directly. Changes run through sudo and need a password-less sudo rule.</source>
        <translation>このコンピュータを直接読み取ります。変更は sudo 経由で実行され、パスワード不要の sudo 設定が必要です。</translation>
    </message>
    <message>
        <location filename="../ui/shell/ConnectDialog.cpp" line="68"/>
        <source>ssh://user@host:port</source>
        <translation>ssh://ユーザー@ホスト:ポート</translation>
    </message>
    <message>
        <location filename="../ui/shell/ConnectDialog.cpp" line="69"/>
        <source>Optional: private key file</source>
        <translation>省略可: 秘密鍵ファイル</translation>
    </message>
    <message>
        <location filename="../ui/shell/ConnectDialog.cpp" line="70"/>
        <location filename="../ui/shell/ConnectDialog.cpp" line="82"/>
        <location filename="../ui/shell/ConnectDialog.cpp" line="96"/>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <location filename="../ui/shell/ConnectDialog.cpp" line="74"/>
        <source>Address:</source>
        <translation>アドレス:</translation>
    </message>
    <message>
        <location filename="../ui/shell/ConnectDialog.cpp" line="75"/>
        <source>Identity file:</source>
        <translation>鍵ファイル:</translation>
    </message>
    <message>
        <location filename="../ui/shell/ConnectDialog.cpp" line="76"/>
        <source>The host key is checked against known_hosts; a password is asked for when needed and never stored.</source>
        <translation>ホスト鍵は known_hosts と照合されます。パスワードは必要な時に尋ね、保存しません。</translation>
    </message>
    <message>
        <location filename="../ui/shell/ConnectDialog.cpp" line="81"/>
        <source>Directory holding the captured files</source>
        <translation>取得したファイルを含むディレクトリ</translation>
    </message>
    <message>
        <location filename="../ui/shell/ConnectDialog.cpp" line="86"/>
        <source>Directory:</source>
        <translation>ディレクトリ:</translation>
    </message>
    <message>
        <location filename="../ui/shell/ConnectDialog.cpp" line="95"/>
        <source>The .tar.xz sos wrote, or its unpacked directory</source>
        <translation>sos が作成した .tar.xz、または展開したディレクトリ</translation>
    </message>
    <message>
        <location filename="../ui/shell/ConnectDialog.cpp" line="100"/>
        <source>sosreport:</source>
        <translation>sosreport:</translation>
    </message>
    <message>
        <location filename="../ui/shell/ConnectDialog.cpp" line="101"/>
        <source>Mirrors, teams, disks and virtual machines are read from the files sos collected; what an sosreport does not hold is said.</source>
        <translation>ミラー、チーム、ディスク、仮想マシンは sos が収集したファイルから読み取ります。sosreport に含まれないものはその旨を表示します。</translation>
    </message>
    <message>
        <location filename="../ui/shell/ConnectDialog.cpp" line="105"/>
        <source>Choose sosreport</source>
        <translation>sosreport を選択</translation>
    </message>
    <message>
        <location filename="../ui/shell/ConnectDialog.cpp" line="106"/>
        <source>sosreports (sosreport-*.tar.xz *.tar.gz *.tar);;All files (*)</source>
        <translation>sosreport (sosreport-*.tar.xz *.tar.gz *.tar);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location filename="../ui/shell/ConnectDialog.cpp" line="123"/>
        <source>Host:</source>
        <translation>ホスト:</translation>
    </message>
    <message>
        <location filename="../ui/shell/ConnectDialog.cpp" line="128"/>
        <source>Recent hosts:</source>
        <translation>最近のホスト:</translation>
    </message>
    <message>
        <location filename="../ui/shell/ConnectDialog.cpp" line="147"/>
        <source>Choose Identity File</source>
        <translation>鍵ファイルを選択</translation>
    </message>
    <message>
        <location filename="../ui/shell/ConnectDialog.cpp" line="153"/>
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
        <source>= %1 % of the host</source>
        <translation>= ホストの %1 %</translation>
    </message>
    <message>
        <source>= %1 % of system</source>
        <translation type="vanished">= システムの %1 %</translation>
    </message>
</context>
<context>
    <name>ftc::CreateVmWizard</name>
    <message>
        <location filename="../ui/vms/CreateVmWizard.cpp" line="69"/>
        <source>New Virtual Machine on %1</source>
        <translation>%1 上の新しい仮想マシン</translation>
    </message>
    <message>
        <location filename="../ui/vms/CreateVmWizard.cpp" line="81"/>
        <source>Name and memory</source>
        <translation>名前とメモリ</translation>
    </message>
    <message>
        <location filename="../ui/vms/CreateVmWizard.cpp" line="82"/>
        <source>Size the VM from what the server it replaces really uses, plus headroom (Resource Assignment in the guide).</source>
        <translation>置き換えるサーバーが実際に使用している量に余裕を加えて、仮想マシンのサイズを決めてください (ガイドの「Resource Assignment」)。</translation>
    </message>
    <message>
        <location filename="../ui/vms/CreateVmWizard.cpp" line="87"/>
        <source>e.g. SQL1</source>
        <translation>例: SQL1</translation>
    </message>
    <message>
        <location filename="../ui/vms/CreateVmWizard.cpp" line="93"/>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <location filename="../ui/vms/CreateVmWizard.cpp" line="99"/>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <location filename="../ui/vms/CreateVmWizard.cpp" line="101"/>
        <source>&amp;Memory:</source>
        <translation>メモリ(&amp;M):</translation>
    </message>
    <message>
        <location filename="../ui/vms/CreateVmWizard.cpp" line="103"/>
        <source>Virtual &amp;CPUs:</source>
        <translation>仮想 CPU(&amp;C):</translation>
    </message>
    <message>
        <location filename="../ui/vms/CreateVmWizard.cpp" line="121"/>
        <source>Virtual hard disk</source>
        <translation>仮想ハードディスク</translation>
    </message>
    <message>
        <location filename="../ui/vms/CreateVmWizard.cpp" line="122"/>
        <source>The guide runs VMs from fixed-size disks on Duplex mirrors.</source>
        <translation>ガイドでは、仮想マシンを Duplex のミラー上の固定サイズのディスクで動かします。</translation>
    </message>
    <message>
        <location filename="../ui/vms/CreateVmWizard.cpp" line="124"/>
        <source>&amp;Fixed size (fully allocated now; for production)</source>
        <translation>固定サイズ (今すぐ全容量を割り当て、本番用)(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/vms/CreateVmWizard.cpp" line="125"/>
        <source>&amp;Dynamically expanding (grows as the guest writes; not for production)</source>
        <translation>容量可変 (ゲストの書き込みに応じて拡張、本番用ではない)(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/vms/CreateVmWizard.cpp" line="126"/>
        <source>&amp;Existing image built elsewhere (converted to a fixed-size image if needed):</source>
        <translation>他で作成した既存のイメージ (必要に応じて固定サイズのイメージに変換)(&amp;E):</translation>
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
        <translation>ディレクトリ</translation>
    </message>
    <message>
        <location filename="../ui/vms/CreateVmWizard.cpp" line="148"/>
        <source>On</source>
        <translation>配置先</translation>
    </message>
    <message>
        <location filename="../ui/vms/CreateVmWizard.cpp" line="148"/>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../ui/vms/CreateVmWizard.cpp" line="148"/>
        <source>Free</source>
        <translation>空き</translation>
    </message>
    <message>
        <location filename="../ui/vms/CreateVmWizard.cpp" line="153"/>
        <source>&amp;Size:</source>
        <translation>サイズ(&amp;S):</translation>
    </message>
    <message>
        <location filename="../ui/vms/CreateVmWizard.cpp" line="159"/>
        <source>Place for the image (the mirror under each, and its state):</source>
        <translation>イメージの配置場所 (それぞれの下にあるミラーとその状態):</translation>
    </message>
    <message>
        <location filename="../ui/vms/CreateVmWizard.cpp" line="162"/>
        <source>&amp;Directory:</source>
        <translation>ディレクトリ(&amp;D):</translation>
    </message>
    <message>
        <location filename="../ui/vms/CreateVmWizard.cpp" line="187"/>
        <source>Network and install CD</source>
        <translation>ネットワークとインストール CD</translation>
    </message>
    <message>
        <location filename="../ui/vms/CreateVmWizard.cpp" line="188"/>
        <source>Connect the VM to a team, so a failed adapter or module does not cut it off.</source>
        <translation>仮想マシンをチームに接続すると、アダプタやモジュールが故障しても切り離されません。</translation>
    </message>
    <message>
        <location filename="../ui/vms/CreateVmWizard.cpp" line="190"/>
        <source>A team&apos;s &amp;bridge:</source>
        <translation>チームのブリッジ(&amp;B):</translation>
    </message>
    <message>
        <location filename="../ui/vms/CreateVmWizard.cpp" line="191"/>
        <source>A libvirt &amp;network:</source>
        <translation>libvirt のネットワーク(&amp;N):</translation>
    </message>
    <message>
        <location filename="../ui/vms/CreateVmWizard.cpp" line="192"/>
        <source>N&amp;o network adapter</source>
        <translation>ネットワークアダプタなし(&amp;O)</translation>
    </message>
    <message>
        <location filename="../ui/vms/CreateVmWizard.cpp" line="211"/>
        <source>%1 (team %2)</source>
        <translation>%1 (チーム %2)</translation>
    </message>
    <message>
        <location filename="../ui/vms/CreateVmWizard.cpp" line="217"/>
        <source>/var/lib/libvirt/boot/installer.iso (optional)</source>
        <translation>/var/lib/libvirt/boot/installer.iso (省略可)</translation>
    </message>
    <message>
        <location filename="../ui/vms/CreateVmWizard.cpp" line="221"/>
        <source>Install &amp;CD (ISO on the host):</source>
        <translation>インストール CD (ホスト上の ISO)(&amp;C):</translation>
    </message>
    <message>
        <location filename="../ui/vms/CreateVmWizard.cpp" line="229"/>
        <source>CPU and start</source>
        <translation>CPU と開始</translation>
    </message>
    <message>
        <location filename="../ui/vms/CreateVmWizard.cpp" line="230"/>
        <source>Relative weight, reserved and maximum capacity, as for every VM (Virtual Machine ▸ CPU Resources).</source>
        <translation>相対的な重み、予約済み容量、最大容量を、他の仮想マシンと同じように設定します ([仮想マシン] ▸ [CPU リソース])。</translation>
    </message>
    <message>
        <location filename="../ui/vms/CreateVmWizard.cpp" line="237"/>
        <source>Start with the &amp;host</source>
        <translation>ホスト起動時に開始(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/vms/CreateVmWizard.cpp" line="240"/>
        <source>Start the VM &amp;now (to install its operating system)</source>
        <translation>今すぐ仮想マシンを開始 (OS をインストールするため)(&amp;N)</translation>
    </message>
    <message>
        <location filename="../ui/vms/CreateVmWizard.cpp" line="250"/>
        <source>Review the plan</source>
        <translation>プランの確認</translation>
    </message>
    <message>
        <location filename="../ui/vms/CreateVmWizard.cpp" line="251"/>
        <source>Asked of the host just now. Nothing runs before you press Create.</source>
        <translation>たった今ホストに問い合わせた内容です。「作成」を押すまで何も実行されません。</translation>
    </message>
    <message>
        <location filename="../ui/vms/CreateVmWizard.cpp" line="253"/>
        <source>&amp;Create</source>
        <translation>作成(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/vms/CreateVmWizard.cpp" line="261"/>
        <source>Creating the VM</source>
        <translation>仮想マシンを作成中</translation>
    </message>
    <message>
        <location filename="../ui/vms/CreateVmWizard.cpp" line="337"/>
        <source>The host is not read yet.</source>
        <translation>ホストはまだ読み取られていません。</translation>
    </message>
    <message>
        <location filename="../ui/vms/CreateVmWizard.cpp" line="348"/>
        <source>no VM</source>
        <translation>仮想マシンなし</translation>
    </message>
    <message>
        <location filename="../ui/vms/CreateVmWizard.cpp" line="349"/>
        <source>The host has %1 MiB: %2 MiB kept for itself, %3 MiB given to the running and autostart VMs (%4). %5 MiB can still be given.</source>
        <translation>ホストのメモリは %1 MiB です。ホスト自身用に %2 MiB を確保し、実行中および自動起動の仮想マシン (%4) に %3 MiB を割り当て済みです。あと %5 MiB を割り当てられます。</translation>
    </message>
    <message>
        <location filename="../ui/vms/CreateVmWizard.cpp" line="358"/>
        <source>%1 MiB is more: a VM given more memory than the host has will not start.</source>
        <translation>%1 MiB はこれを超えています。ホストにある以上のメモリを割り当てた仮想マシンは起動しません。</translation>
    </message>
    <message>
        <location filename="../ui/vms/CreateVmWizard.cpp" line="371"/>
        <source>A dynamically expanding image is slower and can fill the disk under a running VM: the guide keeps it out of production.</source>
        <translation>容量可変のイメージは低速で、実行中の仮想マシンの下でディスクをいっぱいにすることがあります。ガイドでは本番環境では使用しません。</translation>
    </message>
    <message>
        <location filename="../ui/vms/CreateVmWizard.cpp" line="375"/>
        <source>%1 is not on a Duplex mirror: a disk failure there stops the VM.</source>
        <translation>%1 は Duplex のミラー上にありません。そこでディスクが故障すると仮想マシンが停止します。</translation>
    </message>
    <message>
        <location filename="../ui/vms/CreateVmWizard.cpp" line="377"/>
        <source>The image will be %1.</source>
        <translation>イメージは %1 になります。</translation>
    </message>
    <message>
        <location filename="../ui/vms/CreateVmWizard.cpp" line="400"/>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <location filename="../ui/vms/CreateVmWizard.cpp" line="401"/>
        <source>not mirrored</source>
        <translation>ミラーなし</translation>
    </message>
    <message>
        <location filename="../ui/vms/CreateVmWizard.cpp" line="435"/>
        <source>Asking %1 about free space and paths…</source>
        <translation>%1 に空き容量とパスを問い合わせています…</translation>
    </message>
    <message>
        <location filename="../ui/vms/CreateVmWizard.cpp" line="437"/>
        <source>The host was closed.</source>
        <translation>ホストが閉じられました。</translation>
    </message>
    <message>
        <location filename="../ui/vms/CreateVmWizard.cpp" line="463"/>
        <source>The host was closed: nothing was changed.</source>
        <translation>ホストが閉じられました。何も変更されていません。</translation>
    </message>
    <message>
        <location filename="../ui/vms/CreateVmWizard.cpp" line="466"/>
        <source>Creating…</source>
        <translation>作成中…</translation>
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
        <location filename="../ui/vms/CreateVmWizard.cpp" line="472"/>
        <source>Done.</source>
        <translation>完了しました。</translation>
    </message>
    <message>
        <location filename="../ui/vms/CreateVmWizard.cpp" line="478"/>
        <source>The VM was not created.</source>
        <translation>仮想マシンは作成されませんでした。</translation>
    </message>
    <message>
        <location filename="../ui/vms/CreateVmWizard.cpp" line="480"/>
        <source>Every step&apos;s command and output are in Host ▸ Operation History.</source>
        <translation>各ステップのコマンドと出力は [ホスト] ▸ [操作履歴] にあります。</translation>
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
        <location filename="../ui/shell/EventLog.cpp" line="46"/>
        <source>Information</source>
        <translation>情報</translation>
    </message>
    <message>
        <location filename="../ui/shell/EventLog.cpp" line="47"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../ui/shell/EventLog.cpp" line="48"/>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <location filename="../ui/shell/EventLog.cpp" line="97"/>
        <location filename="../ui/shell/EventLog.cpp" line="235"/>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <location filename="../ui/shell/EventLog.cpp" line="97"/>
        <location filename="../ui/shell/EventLog.cpp" line="235"/>
        <source>Host</source>
        <translation>ホスト</translation>
    </message>
    <message>
        <location filename="../ui/shell/EventLog.cpp" line="97"/>
        <location filename="../ui/shell/EventLog.cpp" line="235"/>
        <source>Object</source>
        <translation>オブジェクト</translation>
    </message>
    <message>
        <location filename="../ui/shell/EventLog.cpp" line="97"/>
        <location filename="../ui/shell/EventLog.cpp" line="235"/>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <location filename="../ui/shell/EventLog.cpp" line="121"/>
        <location filename="../ui/shell/EventLog.cpp" line="259"/>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/shell/EventLog.cpp" line="128"/>
        <source>All hosts</source>
        <translation>すべてのホスト</translation>
    </message>
    <message>
        <location filename="../ui/shell/EventLog.cpp" line="130"/>
        <source>All events</source>
        <translation>すべてのイベント</translation>
    </message>
    <message>
        <location filename="../ui/shell/EventLog.cpp" line="131"/>
        <source>Warnings and errors</source>
        <translation>警告とエラー</translation>
    </message>
    <message>
        <location filename="../ui/shell/EventLog.cpp" line="132"/>
        <source>Errors only</source>
        <translation>エラーのみ</translation>
    </message>
    <message>
        <location filename="../ui/shell/EventLog.cpp" line="134"/>
        <source>Search objects and messages</source>
        <translation>オブジェクトとメッセージを検索</translation>
    </message>
    <message>
        <location filename="../ui/shell/EventLog.cpp" line="235"/>
        <source>Severity</source>
        <translation>重大度</translation>
    </message>
    <message>
        <location filename="../ui/shell/EventLog.cpp" line="247"/>
        <location filename="../ui/shell/EventLog.cpp" line="253"/>
        <source>Export Event Log</source>
        <translation>イベントログのエクスポート</translation>
    </message>
    <message>
        <location filename="../ui/shell/EventLog.cpp" line="248"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/shell/EventLog.cpp" line="253"/>
        <source>The event log was not saved: %1</source>
        <translation>イベントログは保存されませんでした: %1</translation>
    </message>
    <message>
        <location filename="../ui/shell/EventLog.cpp" line="260"/>
        <source>&amp;Export Shown Events as CSV…</source>
        <translation>表示中のイベントを CSV でエクスポート(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../ui/shell/EventLog.cpp" line="267"/>
        <source>Show %1</source>
        <translation>%1 を表示</translation>
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
        <location filename="../backend/model/ChangeTracker.cpp" line="50"/>
        <source>consistency check</source>
        <translation>整合性チェック</translation>
    </message>
    <message>
        <location filename="../backend/model/ChangeTracker.cpp" line="52"/>
        <source>repair</source>
        <translation>修復</translation>
    </message>
    <message>
        <location filename="../backend/model/ChangeTracker.cpp" line="54"/>
        <source>resync</source>
        <translation>再同期</translation>
    </message>
    <message>
        <location filename="../backend/model/ChangeTracker.cpp" line="56"/>
        <source>recovery</source>
        <translation>リカバリー</translation>
    </message>
    <message>
        <location filename="../backend/model/ChangeTracker.cpp" line="58"/>
        <source>reshape</source>
        <translation>再構成</translation>
    </message>
    <message>
        <location filename="../backend/model/ChangeTracker.cpp" line="90"/>
        <source>%1: new %2 virtual disk, %3</source>
        <translation>%1: 新しい %2 仮想ディスク、%3</translation>
    </message>
    <message>
        <location filename="../backend/model/ChangeTracker.cpp" line="96"/>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <location filename="../backend/model/ChangeTracker.cpp" line="101"/>
        <source> after %1</source>
        <translation> (%1 後)</translation>
    </message>
    <message>
        <location filename="../backend/model/ChangeTracker.cpp" line="112"/>
        <source>%1: %2 started</source>
        <translation>%1: %2 を開始</translation>
    </message>
    <message>
        <location filename="../backend/model/ChangeTracker.cpp" line="122"/>
        <source>%1: %2 stopped at %3 %</source>
        <translation>%1: %2 は %3 % で停止しました</translation>
    </message>
    <message>
        <location filename="../backend/model/ChangeTracker.cpp" line="124"/>
        <source>%1: %2 finished, no differences between the members</source>
        <translation>%1: %2 が完了しました。メンバー間に差異はありません</translation>
    </message>
    <message>
        <location filename="../backend/model/ChangeTracker.cpp" line="126"/>
        <source>%1: %2 finished, %3 sectors differed between the members</source>
        <translation>%1: %2 が完了しました。メンバー間で %3 セクターが異なっていました</translation>
    </message>
    <message>
        <location filename="../backend/model/ChangeTracker.cpp" line="130"/>
        <source>%1: %2 finished</source>
        <translation>%1: %2 が完了しました</translation>
    </message>
    <message>
        <location filename="../backend/model/ChangeTracker.cpp" line="138"/>
        <source>%1: member %2 %3 → %4</source>
        <translation>%1: メンバー %2 %3 → %4</translation>
    </message>
    <message>
        <location filename="../backend/model/ChangeTracker.cpp" line="148"/>
        <source>%1: virtual disk is gone</source>
        <translation>%1: 仮想ディスクがなくなりました</translation>
    </message>
    <message>
        <location filename="../backend/model/ChangeTracker.cpp" line="159"/>
        <source>disk %1 appeared (%2)</source>
        <translation>ディスク %1 が現れました (%2)</translation>
    </message>
    <message>
        <location filename="../backend/model/ChangeTracker.cpp" line="161"/>
        <source>disk %1: %2 → %3</source>
        <translation>ディスク %1: %2 → %3</translation>
    </message>
    <message>
        <location filename="../backend/model/ChangeTracker.cpp" line="165"/>
        <source>disk %1 removed (%2)</source>
        <translation>ディスク %1 が取り外されました (%2)</translation>
    </message>
    <message>
        <location filename="../backend/model/ChangeTracker.cpp" line="192"/>
        <source>network change %1: the host rolled it back at %2: %3</source>
        <translation>ネットワーク変更 %1: ホストが %2 にロールバックしました: %3</translation>
    </message>
    <message>
        <location filename="../backend/model/ChangeTracker.cpp" line="195"/>
        <source>network change %1 failed at %2 (%3); the host rolls it back</source>
        <translation>ネットワーク変更 %1 が %2 に失敗しました (%3)。ホストがロールバックします</translation>
    </message>
    <message>
        <location filename="../backend/model/ChangeTracker.cpp" line="198"/>
        <source>network change %1 was refused by the host at %2, nothing changed: %3</source>
        <translation>ネットワーク変更 %1 は %2 にホストに拒否され、何も変更されていません: %3</translation>
    </message>
    <message>
        <location filename="../backend/model/ChangeTracker.cpp" line="202"/>
        <source>network change %1 is not confirmed (%2 at %3): unless it is, the host rolls it back; see /var/lib/ftconsole/net/%1/log</source>
        <translation>ネットワーク変更 %1 は確定していません (%3 に %2)。確定されなければホストがロールバックします。/var/lib/ftconsole/net/%1/log を参照してください</translation>
    </message>
    <message>
        <location filename="../backend/model/ChangeTracker.cpp" line="214"/>
        <source>%1: link up</source>
        <translation>%1: リンクアップ</translation>
    </message>
    <message>
        <location filename="../backend/model/ChangeTracker.cpp" line="215"/>
        <source>%1: link down</source>
        <translation>%1: リンクダウン</translation>
    </message>
    <message>
        <location filename="../backend/model/ChangeTracker.cpp" line="221"/>
        <source>team %1 (%2) created</source>
        <translation>チーム %1 (%2) を作成しました</translation>
    </message>
    <message>
        <location filename="../backend/model/ChangeTracker.cpp" line="237"/>
        <source>, link down on %1</source>
        <translation>、%1 でリンクダウン</translation>
    </message>
    <message>
        <location filename="../backend/model/ChangeTracker.cpp" line="239"/>
        <source>%1: active adapter %2 → %3%4</source>
        <translation>%1: アクティブなアダプタ %2 → %3%4</translation>
    </message>
    <message>
        <location filename="../backend/model/ChangeTracker.cpp" line="240"/>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <location filename="../backend/model/ChangeTracker.cpp" line="245"/>
        <source>team %1 removed</source>
        <translation>チーム %1 を削除しました</translation>
    </message>
    <message>
        <location filename="../backend/model/ChangeTracker.cpp" line="253"/>
        <source>VM %1 defined (%2)</source>
        <translation>仮想マシン %1 を定義しました (%2)</translation>
    </message>
    <message>
        <location filename="../backend/model/ChangeTracker.cpp" line="255"/>
        <source>VM %1: %2 → %3</source>
        <translation>仮想マシン %1: %2 → %3</translation>
    </message>
    <message>
        <location filename="../backend/model/ChangeTracker.cpp" line="259"/>
        <source>VM %1 undefined</source>
        <translation>仮想マシン %1 の定義を削除しました</translation>
    </message>
    <message>
        <location filename="../backend/model/ChangeTracker.cpp" line="271"/>
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
        <translation>コンソールの推定が誤っている場合に、各ディスクとアダプタがどのモジュールにあるかを指定します</translation>
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
        <location filename="../ui/host/HostDetails.cpp" line="21"/>
        <source>Host</source>
        <translation>ホスト</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDetails.cpp" line="22"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDetails.cpp" line="23"/>
        <source>Opened as</source>
        <translation>接続先</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDetails.cpp" line="25"/>
        <location filename="../ui/host/HostDetails.cpp" line="26"/>
        <source>Connection</source>
        <translation>接続</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDetails.cpp" line="25"/>
        <source>Read-only capture</source>
        <translation>読み取り専用の取得データ</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDetails.cpp" line="28"/>
        <source>Cannot read %1</source>
        <translation>%1 を読み取れません</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDetails.cpp" line="29"/>
        <source>The connection was lost.</source>
        <translation>接続が切れました。</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDetails.cpp" line="31"/>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDetails.cpp" line="35"/>
        <source>CPUs</source>
        <translation>CPU 数</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDetails.cpp" line="36"/>
        <source>CPU model</source>
        <translation>CPU モデル</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDetails.cpp" line="37"/>
        <source>MHz</source>
        <translation>MHz</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDetails.cpp" line="38"/>
        <source>Memory</source>
        <translation>メモリ</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDetails.cpp" line="39"/>
        <source>Memory available</source>
        <translation>使用可能メモリ</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDetails.cpp" line="43"/>
        <source>Captured</source>
        <translation>取得日時</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDetails.cpp" line="45"/>
        <source>%1 (from %2)</source>
        <translation>%1 (%2 から)</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDetails.cpp" line="47"/>
        <source>a host it does not name</source>
        <translation>名前のないホスト</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDetails.cpp" line="49"/>
        <source>at a time the capture does not say</source>
        <translation>取得データに日時の記録なし</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDetails.cpp" line="50"/>
        <source>Last refresh</source>
        <translation>最終更新</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDetails.cpp" line="53"/>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDetails.cpp" line="62"/>
        <source>Virtual disks</source>
        <translation>仮想ディスク</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDetails.cpp" line="63"/>
        <source>%1 of %2 Duplex</source>
        <translation>%2 台中 %1 台が Duplex</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDetails.cpp" line="68"/>
        <source>Virtual machines</source>
        <translation>仮想マシン</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDetails.cpp" line="68"/>
        <source>%1 of %2 running</source>
        <translation>%2 台中 %1 台が実行中</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDetails.cpp" line="69"/>
        <source>Teams</source>
        <translation>チーム</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDetails.cpp" line="74"/>
        <source>Problems</source>
        <translation>問題</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDetails.cpp" line="78"/>
        <source>Command: %1</source>
        <translation>コマンド: %1</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDetails.cpp" line="80"/>
        <source>Line: %1</source>
        <translation>行: %1</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDetails.cpp" line="88"/>
        <source>Checks</source>
        <translation>チェック</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDetails.cpp" line="90"/>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDetails.cpp" line="102"/>
        <source>Remedy: %1</source>
        <translation>対処: %1</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDetails.cpp" line="110"/>
        <source>When the host stops</source>
        <translation>ホスト停止時</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDetails.cpp" line="113"/>
        <source>No: libvirt-guests.service is not enabled (ON_SHUTDOWN=%1, %2)</source>
        <translation>いいえ: libvirt-guests.service が有効になっていません (ON_SHUTDOWN=%1、%2)</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDetails.cpp" line="114"/>
        <source>no settings file</source>
        <translation>設定ファイルなし</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDetails.cpp" line="116"/>
        <source>No, each VM is shut down (libvirt-guests ON_SHUTDOWN=%1, %2)</source>
        <translation>いいえ、各仮想マシンはシャットダウンされます (libvirt-guests ON_SHUTDOWN=%1、%2)</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDetails.cpp" line="118"/>
        <source>Yes (libvirt-guests ON_SHUTDOWN=%1, %2)</source>
        <translation>はい (libvirt-guests ON_SHUTDOWN=%1、%2)</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDetails.cpp" line="120"/>
        <source>Yes (libvirt-guests default ON_SHUTDOWN=suspend, not set in %1)</source>
        <translation>はい (libvirt-guests の既定値 ON_SHUTDOWN=suspend、%1 では未設定)</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDetails.cpp" line="122"/>
        <source>Yes (libvirt-guests default ON_SHUTDOWN=suspend, no settings file)</source>
        <translation>はい (libvirt-guests の既定値 ON_SHUTDOWN=suspend、設定ファイルなし)</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDetails.cpp" line="123"/>
        <source>Save VM state when the host stops</source>
        <translation>ホスト停止時に仮想マシンの状態を保存</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDetails.cpp" line="124"/>
        <source>libvirt-guests service</source>
        <translation>libvirt-guests サービス</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDetails.cpp" line="125"/>
        <source>Not known (no systemd)</source>
        <translation>不明 (systemd なし)</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDetails.cpp" line="126"/>
        <source>Enabled</source>
        <translation>有効</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDetails.cpp" line="126"/>
        <source>Not enabled</source>
        <translation>無効</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDetails.cpp" line="128"/>
        <source>Wait for each VM to shut down</source>
        <translation>各仮想マシンのシャットダウンを待つ時間</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDetails.cpp" line="129"/>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDetails.cpp" line="130"/>
        <source>Without a limit</source>
        <translation>無制限</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDetails.cpp" line="131"/>
        <source>Not a number (SHUTDOWN_TIMEOUT)</source>
        <translation>数値ではありません (SHUTDOWN_TIMEOUT)</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDetails.cpp" line="133"/>
        <source>Settings file not read</source>
        <translation>読み込まれない設定ファイル</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDetails.cpp" line="134"/>
        <source>%1 exists too, but libvirt-guests on this host reads %2.</source>
        <translation>%1 も存在しますが、このホストの libvirt-guests が読み込むのは %2 です。</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDetails.cpp" line="137"/>
        <source>Save state when the host stops</source>
        <translation>ホスト停止時に状態を保存</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDetails.cpp" line="145"/>
        <source>Modules</source>
        <translation>モジュール</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDetails.cpp" line="147"/>
        <source>Placement unknown</source>
        <translation>配置は不明</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDetails.cpp" line="148"/>
        <source>Every disk and adapter of this host sits behind one PCI root, so the console cannot tell which module holds which. Set it with Host ▸ Module Placement: the checks that want copies and teams across modules use it.</source>
        <translation>このホストのディスクとアダプタはすべて 1 つの PCI ルートの下にあるため、どのモジュールに何があるかをコンソールは判別できません。[ホスト] ▸ [モジュール配置] で設定してください。複製やチームがモジュールにまたがっているかを調べるチェックがこれを使います。</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDetails.cpp" line="153"/>
        <location filename="../ui/host/HostDetails.cpp" line="172"/>
        <source>Module %1</source>
        <translation>モジュール %1</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDetails.cpp" line="154"/>
        <source>%1 disks, %2 adapters</source>
        <translation>ディスク %1 台、アダプタ %2 個</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDetails.cpp" line="156"/>
        <source>Not in a module</source>
        <translation>モジュール外</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDetails.cpp" line="173"/>
        <source>Disks</source>
        <translation>ディスク</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDetails.cpp" line="181"/>
        <source>Slot %1: empty</source>
        <translation>スロット %1: 空</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDetails.cpp" line="182"/>
        <source>Empty (%1 was here)</source>
        <translation>空 (以前は %1)</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDetails.cpp" line="195"/>
        <location filename="../ui/host/HostDetails.cpp" line="203"/>
        <source>Slot %1: %2</source>
        <translation>スロット %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDetails.cpp" line="200"/>
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
        <location filename="../ui/shell/MainWindow.cpp" line="87"/>
        <location filename="../ui/shell/MainWindow.cpp" line="157"/>
        <source>ftconsole</source>
        <translation>ftconsole</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="91"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="91"/>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="101"/>
        <location filename="../ui/shell/MainWindow.cpp" line="466"/>
        <location filename="../ui/shell/MainWindow.cpp" line="672"/>
        <source>Open a host with File ▸ Open Host…</source>
        <translation>ファイル ▸ ホストを開く… でホストを開いてください</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="134"/>
        <source>Event Log</source>
        <translation>イベントログ</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="157"/>
        <source>ftconsole — %1</source>
        <translation>ftconsole — %1</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="180"/>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="181"/>
        <source>&amp;Open Host…</source>
        <translation>ホストを開く(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="184"/>
        <source>&amp;Close Host</source>
        <translation>ホストを閉じる(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="189"/>
        <source>&amp;Export Report…</source>
        <translation>レポートをエクスポート(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="192"/>
        <source>The selected host&apos;s configuration, checks and last events as PDF, HTML, JSON or CSV</source>
        <translation>選択したホストの構成、チェック、最近のイベントを PDF、HTML、JSON または CSV で書き出します</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="195"/>
        <source>Export Event &amp;Log…</source>
        <translation>イベントログをエクスポート(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="197"/>
        <source>The events the log shows (its filter and search apply) as CSV</source>
        <translation>ログに表示中のイベント (フィルターと検索を適用) を CSV で書き出します</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="198"/>
        <source>Save Support &amp;Bundle…</source>
        <translation>サポートバンドルを保存(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="200"/>
        <source>The selected host&apos;s raw outputs in a folder, to attach to a ticket and open anywhere as a read-only capture</source>
        <translation>選択したホストの生の出力をフォルダーに保存します。チケットに添付し、どこでも読み取り専用の取得データとして開けます</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="204"/>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="207"/>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="209"/>
        <source>&amp;Refresh Now</source>
        <translation>今すぐ更新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="233"/>
        <source>%1: port LED blinked for 10 seconds</source>
        <translation>%1: ポート LED を 10 秒間点滅させました</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="264"/>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="266"/>
        <source>ftconsole &amp;Manual</source>
        <translation>ftconsole マニュアル(&amp;M)</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="273"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>キーボードショートカット(&amp;K)</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="280"/>
        <source>&amp;About ftconsole</source>
        <translation>ftconsole について(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="281"/>
        <source>About ftconsole</source>
        <translation>ftconsole について</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="282"/>
        <source>&lt;b&gt;ftconsole&lt;/b&gt; %1&lt;br&gt;A console for fault-tolerant Linux virtualization hosts: mirrored disks, adapter teams and virtual machines.</source>
        <translation>&lt;b&gt;ftconsole&lt;/b&gt; %1&lt;br&gt;フォールトトレラントな Linux 仮想化ホストのためのコンソール: ミラーディスク、アダプタチーム、仮想マシン。</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="287"/>
        <source>Main</source>
        <translation>メイン</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="359"/>
        <source>Save Support Bundle</source>
        <translation>サポートバンドルを保存</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="369"/>
        <source>Step %1 of %2 done: %3</source>
        <translation>ステップ %1/%2 完了: %3</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="370"/>
        <source>Step %1 of %2 failed: %3: %4</source>
        <translation>ステップ %1/%2 失敗: %3: %4</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="379"/>
        <source>The operation was not recorded in the history: %1</source>
        <translation>操作は履歴に記録されませんでした: %1</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="385"/>
        <source>%1: plan applied</source>
        <translation>%1: プランを適用しました</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="385"/>
        <source>%1: plan failed</source>
        <translation>%1: プランは失敗しました</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="395"/>
        <source>Opening %1</source>
        <translation>%1 を開いています</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="415"/>
        <source>%1 on %2 (%3 %)</source>
        <translation>%2 の %1 (%3 %)</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="430"/>
        <source>A virtual disk is synchronizing</source>
        <translation>仮想ディスクが同期中です</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="431"/>
        <source>Still synchronizing: %1.</source>
        <translation>まだ同期中です: %1。</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="432"/>
        <source>The synchronization goes on on the host without the console; you will not see when it ends until you open the host again.</source>
        <translation>同期はコンソールがなくてもホスト上で続行されます。完了したかどうかは、ホストを再び開くまでわかりません。</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="434"/>
        <source>Close Anyway</source>
        <translation>それでも閉じる</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="434"/>
        <source>Keep Open</source>
        <translation>開いたままにする</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="437"/>
        <source>An operation is running</source>
        <translation>操作の実行中です</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="438"/>
        <source>An operation is running on %1.</source>
        <translation>%1 で操作が実行中です。</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="439"/>
        <source>If you close now, the console stops after the step that is running: the host is left partway, as the operation history will say. Wait for it to finish, or stop it here.</source>
        <translation>今閉じると、コンソールは実行中の手順の後で停止し、ホストは途中の状態のままになります (操作履歴に記録されます)。完了を待つか、ここで停止してください。</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="441"/>
        <source>Stop and Close</source>
        <translation>停止して閉じる</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="441"/>
        <source>Keep Running</source>
        <translation>実行を続ける</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="462"/>
        <source>Closed %1</source>
        <translation>%1 を閉じました</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="563"/>
        <source>Retrying %1</source>
        <translation>%1 を再試行しています</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="614"/>
        <source>%1: read-only capture from %2</source>
        <translation>%1: %2 の読み取り専用の取得データ</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="616"/>
        <source>%1: refreshed at %2</source>
        <translation>%1: %2 に更新</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="650"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="659"/>
        <source>Capture from %1</source>
        <translation>%1 の取得データ</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="673"/>
        <source>Select an item in the tree.</source>
        <translation>ツリーで項目を選択してください。</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="754"/>
        <source>%1 on %2</source>
        <translation>%2 の %1</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="755"/>
        <source>%1 on %2.</source>
        <translation>%2 の %1。</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="758"/>
        <source>Its data may be lost. Do not write to its member disks: reseat or reconnect the disks that failed, and see the Checks page for what to do next.</source>
        <translation>データが失われている可能性があります。メンバーディスクに書き込まないでください。障害の起きたディスクを差し直すか接続し直し、次に行うことはチェックのページで確認してください。</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="760"/>
        <source>Acknowledge</source>
        <translation>確認</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="765"/>
        <source>%1: acknowledged</source>
        <translation>%1: 確認済み</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="776"/>
        <location filename="../ui/shell/MainWindow.cpp" line="798"/>
        <source>Export Report</source>
        <translation>レポートのエクスポート</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="776"/>
        <source>%1 has not been read yet: nothing to report.</source>
        <translation>%1 はまだ読み取られていないため、レポートする内容がありません。</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="782"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF ドキュメント (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="782"/>
        <source>Web page, one file (*.html)</source>
        <translation>Web ページ、1 ファイル (*.html)</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="782"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="783"/>
        <source>CSV, one file per table, in a folder (*)</source>
        <translation>CSV、表ごとに 1 ファイル、フォルダー内 (*)</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="784"/>
        <source>Export Report of %1</source>
        <translation>%1 のレポートをエクスポート</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="801"/>
        <source>%1: report written to %2</source>
        <translation>%1: レポートを %2 に書き出しました</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="811"/>
        <source>Save Support Bundle of %1</source>
        <translation>%1 のサポートバンドルを保存</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="817"/>
        <source>%1: saving a support bundle to %2…</source>
        <translation>%1: サポートバンドルを %2 に保存しています…</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="1027"/>
        <source>Applying: %1</source>
        <translation>適用中: %1</translation>
    </message>
</context>
<context>
    <name>ftc::ManualDialog</name>
    <message>
        <location filename="../ui/shell/HelpDialogs.cpp" line="39"/>
        <source>Using ftconsole</source>
        <translation>ftconsole の使い方</translation>
    </message>
    <message>
        <location filename="../ui/shell/HelpDialogs.cpp" line="41"/>
        <source>ftconsole follows the guide&apos;s five steps to a fault-tolerant host. The Setup page of each host ticks them off from what the host reports and has a button for the next thing to do; the Checks page lists what is still not fault-tolerant, each finding with its remedy.</source>
        <translation>ftconsole は、フォールトトレラントなホストに至るガイドの 5 つのステップに沿って進みます。各ホストのセットアップのページは、ホストの報告に基づいてステップをチェックし、次に行う作業のボタンを表示します。チェックのページには、まだフォールトトレラントでない項目が、検出事項ごとに対処とともに一覧表示されます。</translation>
    </message>
    <message>
        <location filename="../ui/shell/HelpDialogs.cpp" line="45"/>
        <source>1. Hardware</source>
        <translation>1. ハードウェア</translation>
    </message>
    <message>
        <location filename="../ui/shell/HelpDialogs.cpp" line="46"/>
        <source>Put the adapters and disks in pairs, one of each pair in each module, and connect the power supplies to two separate circuits. The Modules node shows what sits in which module; set a device&apos;s module in Host ▸ Module Placement when the host cannot tell.</source>
        <translation>アダプタとディスクは 2 つ 1 組にし、各組の一方をそれぞれのモジュールに取り付け、電源装置を 2 つの別々の回路に接続してください。「モジュール」ノードには、どのモジュールに何があるかが表示されます。ホストが判別できない場合は、[ホスト] ▸ [モジュール配置] でデバイスのモジュールを設定してください。</translation>
    </message>
    <message>
        <location filename="../ui/shell/HelpDialogs.cpp" line="49"/>
        <source>2. Host operating system</source>
        <translation>2. ホスト OS</translation>
    </message>
    <message>
        <location filename="../ui/shell/HelpDialogs.cpp" line="50"/>
        <source>Turn on boot monitoring (the hardware watchdog) and turn off automatic updates. Both are items of the Setup page, each with a Fix… button that shows the plan first.</source>
        <translation>起動監視 (ハードウェアウォッチドッグ) を有効にし、自動更新を無効にしてください。どちらもセットアップのページの項目で、それぞれ先にプランを表示する「修正…」ボタンがあります。</translation>
    </message>
    <message>
        <location filename="../ui/shell/HelpDialogs.cpp" line="52"/>
        <source>3. Server hardware: disks and adapter teams</source>
        <translation>3. サーバーハードウェア: ディスクとアダプタチーム</translation>
    </message>
    <message>
        <location filename="../ui/shell/HelpDialogs.cpp" line="53"/>
        <source>Mirror every disk: select a virtual disk and choose Storage ▸ Add Disk…, or select a free physical disk and choose Add to Virtual Disk…. The wizard asks the disk itself what it holds, shows every command and asks for the disk&apos;s serial number before anything is written. The virtual disk goes Syncing, then Duplex; the page shows the progress and the speed.</source>
        <translation>すべてのディスクをミラー化してください。仮想ディスクを選択して [ストレージ] ▸ [ディスクを追加…] を選ぶか、空いている物理ディスクを選択して [仮想ディスクに追加…] を選びます。ウィザードはディスク自体に内容を問い合わせ、すべてのコマンドを表示し、何かを書き込む前にディスクのシリアル番号の入力を求めます。仮想ディスクは Syncing を経て Duplex になり、ページには進行状況と速度が表示されます。</translation>
    </message>
    <message>
        <location filename="../ui/shell/HelpDialogs.cpp" line="57"/>
        <source>Team the adapters: Network ▸ New Team… builds a team from one adapter in each module, and a bridge on it for the virtual machines.</source>
        <translation>アダプタでチームを構成してください。[ネットワーク] ▸ [新しいチーム…] で、各モジュールのアダプタを 1 つずつ使ったチームと、その上に仮想マシン用のブリッジを作成します。</translation>
    </message>
    <message>
        <location filename="../ui/shell/HelpDialogs.cpp" line="59"/>
        <source>4. Hypervisor</source>
        <translation>4. ハイパーバイザー</translation>
    </message>
    <message>
        <location filename="../ui/shell/HelpDialogs.cpp" line="60"/>
        <source>libvirt must run and answer; the Virtual machines node shows its domains. Let the host save the virtual machines when it stops (Host ▸ Save VM States When the Host Stops).</source>
        <translation>libvirt が動作し、応答している必要があります。「仮想マシン」ノードにそのドメインが表示されます。ホスト停止時に仮想マシンを保存するようにしてください ([ホスト] ▸ [ホスト停止時に仮想マシンの状態を保存])。</translation>
    </message>
    <message>
        <location filename="../ui/shell/HelpDialogs.cpp" line="62"/>
        <source>5. Virtual machines</source>
        <translation>5. 仮想マシン</translation>
    </message>
    <message>
        <location filename="../ui/shell/HelpDialogs.cpp" line="63"/>
        <source>Size each VM from the server it replaces (Virtual Machine ▸ Resource Planner…), then create it on the host&apos;s mirrored disks with a fixed-size disk and its network adapter on a team (Virtual Machine ▸ New Virtual Machine…), and install its operating system through its screen (Virtual Machine ▸ Remote Control…).</source>
        <translation>各仮想マシンは置き換えるサーバーに合わせてサイズを決め (仮想マシン ▸ リソースプランナー…)、ホストのミラー化されたディスク上に固定サイズのディスクで作成し、ネットワークアダプタをチームに接続します (仮想マシン ▸ 新しい仮想マシン…)。その画面からオペレーティングシステムをインストールします (仮想マシン ▸ リモートコントロール…)。</translation>
    </message>
    <message>
        <location filename="../ui/shell/HelpDialogs.cpp" line="67"/>
        <source>Keep their images on mirrored disks, size them within the host&apos;s memory, give each its CPU weight, reservation and cap (Virtual Machine ▸ CPU Resources…) and let them start with the host.</source>
        <translation>イメージはミラー化されたディスク上に置き、ホストのメモリに収まるサイズにし、それぞれに CPU の重み、予約、上限を設定して ([仮想マシン] ▸ [CPU リソース…])、ホスト起動時に開始するようにしてください。</translation>
    </message>
    <message>
        <location filename="../ui/shell/HelpDialogs.cpp" line="70"/>
        <source>Watching and reporting</source>
        <translation>監視とレポート</translation>
    </message>
    <message>
        <location filename="../ui/shell/HelpDialogs.cpp" line="71"/>
        <source>The tree shows the worst state below each node; the event log keeps every change, with a filter, search, copy and CSV export, and a double-click shows the object. File ▸ Export Report writes the configuration as PDF, HTML, CSV or JSON; File ▸ Save Support Bundle saves the host&apos;s raw outputs for a support case, which File ▸ Open Host… shows read-only as a support bundle.</source>
        <translation>ツリーには各ノード以下で最も悪い状態が表示されます。イベントログはすべての変更を記録し、フィルター、検索、コピー、CSV エクスポートができ、ダブルクリックでオブジェクトを表示します。[ファイル] ▸ [レポートをエクスポート] は構成を PDF、HTML、CSV、JSON で書き出します。[ファイル] ▸ [サポートバンドルを保存] はサポート案件用にホストの生の出力を保存し、[ファイル] ▸ [ホストを開く…] でサポートバンドルとして読み取り専用で表示できます。</translation>
    </message>
    <message>
        <location filename="../ui/shell/HelpDialogs.cpp" line="76"/>
        <source>The same without a window: ftconsole check, ftconsole report and ftconsole bundle; ftconsole --help lists them.</source>
        <translation>ウィンドウなしでも同じことができます: ftconsole check、ftconsole report、ftconsole bundle。一覧は ftconsole --help で表示されます。</translation>
    </message>
    <message>
        <location filename="../ui/shell/HelpDialogs.cpp" line="86"/>
        <source>ftconsole Manual</source>
        <translation>ftconsole マニュアル</translation>
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
        <translation>各ディスクとアダプタは、2 つの CPU-I/O エンクロージャーであるモジュール 10 または 11 に属します。コンソールはデバイスが接続されている PCI ルートから推定します。推定が誤っている場合は、ここでモジュールを選んでください。ディスクはシリアル番号で記憶されるため、名前が変わっても配置は保たれます。</translation>
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
        <translation>アダプタ</translation>
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
    <name>ftc::PlanRun</name>
    <message>
        <location filename="../ui/common/PlanRun.cpp" line="33"/>
        <source>%1: done</source>
        <translation>%1: 完了</translation>
    </message>
    <message>
        <location filename="../ui/common/PlanRun.cpp" line="34"/>
        <source>%1: failed: %2</source>
        <translation>%1: 失敗: %2</translation>
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
        <translation>実行できません</translation>
    </message>
    <message>
        <location filename="../ui/common/PlanView.cpp" line="83"/>
        <source>This account may not run every step</source>
        <translation>このアカウントはすべての手順を実行できません</translation>
    </message>
    <message>
        <location filename="../ui/common/PlanView.cpp" line="85"/>
        <source>Be careful</source>
        <translation>注意</translation>
    </message>
    <message>
        <location filename="../ui/common/PlanView.cpp" line="88"/>
        <source>Nothing to do.</source>
        <translation>実行することはありません。</translation>
    </message>
    <message>
        <location filename="../ui/common/PlanView.cpp" line="92"/>
        <source>These commands will run, in this order:</source>
        <translation>次のコマンドがこの順に実行されます:</translation>
    </message>
    <message>
        <location filename="../ui/common/PlanView.cpp" line="93"/>
        <source>These commands would run:</source>
        <translation>次のコマンドが実行される予定でした:</translation>
    </message>
    <message>
        <location filename="../ui/common/PlanView.cpp" line="105"/>
        <source>with this text on its standard input:</source>
        <translation>標準入力に次のテキストを渡します:</translation>
    </message>
</context>
<context>
    <name>ftc::Plans</name>
    <message>
        <location filename="../backend/network/IdentifyAdapter.cpp" line="20"/>
        <source>&quot;%1&quot; is not an adapter name.</source>
        <translation>「%1」はアダプタ名ではありません。</translation>
    </message>
    <message>
        <location filename="../backend/network/IdentifyAdapter.cpp" line="27"/>
        <source>%1&apos;s driver cannot blink its LED (ethtool: %2). Find the port by its MAC address or by unplugging its cable instead.</source>
        <translation>%1 のドライバーは LED を点滅させられません (ethtool: %2)。代わりに MAC アドレスで、またはケーブルを抜いてポートを特定してください。</translation>
    </message>
    <message>
        <location filename="../backend/network/IdentifyAdapter.cpp" line="31"/>
        <source>%1 is no longer on the host (ethtool: %2).</source>
        <translation>%1 はもうホスト上にありません (ethtool: %2)。</translation>
    </message>
    <message>
        <location filename="../backend/network/IdentifyAdapter.cpp" line="33"/>
        <source>ethtool is not installed on the host: install it (package ethtool) to identify adapters.</source>
        <translation>ホストに ethtool がインストールされていません。アダプタを識別するには ethtool (パッケージ ethtool) をインストールしてください。</translation>
    </message>
    <message>
        <location filename="../backend/network/IdentifyAdapter.cpp" line="35"/>
        <location filename="../backend/network/IdentifyAdapter.cpp" line="39"/>
        <source>Identifying %1 failed: %2</source>
        <translation>%1 の識別に失敗しました: %2</translation>
    </message>
    <message>
        <location filename="../backend/network/IdentifyAdapter.cpp" line="38"/>
        <source>Identifying %1 was stopped.</source>
        <translation>%1 の識別は停止されました。</translation>
    </message>
    <message>
        <location filename="../backend/network/NetChange.cpp" line="191"/>
        <source>Create %1 for this change&apos;s files</source>
        <translation>この変更のファイル用に %1 を作成します</translation>
    </message>
    <message>
        <location filename="../backend/network/NetChange.cpp" line="193"/>
        <source>Create %1/new for the staged files, readable by root only</source>
        <translation>準備したファイル用に %1/new を作成します (root のみ読み取り可能)</translation>
    </message>
    <message>
        <location filename="../backend/network/NetChange.cpp" line="197"/>
        <source>Stage the new %1 (%2)</source>
        <translation>新しい %1 を準備します (%2)</translation>
    </message>
    <message>
        <location filename="../backend/network/NetChange.cpp" line="199"/>
        <source>Stage apply.sh, the change itself</source>
        <translation>apply.sh (変更そのもの) を準備します</translation>
    </message>
    <message>
        <location filename="../backend/network/NetChange.cpp" line="201"/>
        <source>Stage rollback.sh, which restores the saved configuration</source>
        <translation>rollback.sh (保存した構成を復元するスクリプト) を準備します</translation>
    </message>
    <message>
        <location filename="../backend/network/NetChange.cpp" line="203"/>
        <source>Stage confirm.sh, run once the console is back in and the team is up</source>
        <translation>confirm.sh (コンソールが再接続し、チームがアップしたら実行するスクリプト) を準備します</translation>
    </message>
    <message>
        <location filename="../backend/network/NetChange.cpp" line="205"/>
        <source>Arm the host-side rollback: restore the configuration in %1 s unless confirmed</source>
        <translation>ホスト側のロールバックを有効にします: 確定されなければ %1 秒後に構成を復元します</translation>
    </message>
    <message>
        <location filename="../backend/network/NetChange.cpp" line="215"/>
        <source>Start the change in a unit of its own (%1)</source>
        <translation>変更を専用のユニットで開始します (%1)</translation>
    </message>
    <message>
        <location filename="../backend/network/NetChangeApply.cpp" line="28"/>
        <source>%1 does not exist yet</source>
        <translation>%1 はまだ存在しません</translation>
    </message>
    <message>
        <location filename="../backend/network/NetChangeApply.cpp" line="31"/>
        <source>%1&apos;s link is %2</source>
        <translation>%1 のリンクは %2 です</translation>
    </message>
    <message>
        <location filename="../backend/network/NetChangeApply.cpp" line="31"/>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <location filename="../backend/network/NetChangeApply.cpp" line="33"/>
        <source>%1 has no active adapter yet</source>
        <translation>%1 にはまだアクティブなアダプタがありません</translation>
    </message>
    <message>
        <location filename="../backend/network/NetChangeApply.cpp" line="38"/>
        <source>no adapter of %1 has link</source>
        <translation>%1 のどのアダプタにもリンクがありません</translation>
    </message>
    <message>
        <location filename="../backend/network/NetChangeApply.cpp" line="41"/>
        <source>%1 is not a port of %2 yet</source>
        <translation>%1 はまだ %2 のポートではありません</translation>
    </message>
    <message>
        <location filename="../backend/network/NetChangeApply.cpp" line="44"/>
        <source>%1 is still a port of %2</source>
        <translation>%1 はまだ %2 のポートです</translation>
    </message>
    <message>
        <location filename="../backend/network/NetChangeApply.cpp" line="46"/>
        <source>%1&apos;s primary is %2</source>
        <translation>%1 のプライマリは %2 です</translation>
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
        <translation>なし</translation>
    </message>
    <message>
        <location filename="../backend/network/NetChangeApply.cpp" line="52"/>
        <source>%1 %2 is %3</source>
        <translation>%1 %2 の状態: %3</translation>
    </message>
    <message>
        <location filename="../backend/network/NetChangeApply.cpp" line="52"/>
        <source>missing</source>
        <translation>見つかりません</translation>
    </message>
    <message>
        <location filename="../backend/network/NetChangeApply.cpp" line="56"/>
        <source>bridge</source>
        <translation>ブリッジ</translation>
    </message>
    <message>
        <location filename="../backend/network/NetChangeApply.cpp" line="59"/>
        <source>adapter</source>
        <translation>アダプタ</translation>
    </message>
    <message>
        <location filename="../backend/network/NetChangeApply.cpp" line="102"/>
        <source>The change has no steps: nothing was changed.</source>
        <translation>この変更にはステップがありません。何も変更されていません。</translation>
    </message>
    <message>
        <location filename="../backend/network/NetChangeApply.cpp" line="119"/>
        <source>%1
Nothing was changed on the host&apos;s network.</source>
        <translation>%1
ホストのネットワークは何も変更されていません。</translation>
    </message>
    <message>
        <location filename="../backend/network/NetChangeApply.cpp" line="127"/>
        <source>%1
The change did not start; nothing was changed on the host&apos;s network.</source>
        <translation>%1
変更は開始されませんでした。ホストのネットワークは何も変更されていません。</translation>
    </message>
    <message>
        <location filename="../backend/network/NetChangeApply.cpp" line="141"/>
        <source>Reconnecting to %1…</source>
        <translation>%1 に再接続しています…</translation>
    </message>
    <message>
        <location filename="../backend/network/NetChangeApply.cpp" line="151"/>
        <source>The console lost %1 during the change and could not get back in (%2). Unless the change was confirmed, the host restores its previous network configuration by itself at %3 UTC; reconnect to see what it did (%4/status).</source>
        <translation>変更中にコンソールは %1 との接続を失い、再接続できませんでした (%2)。変更が確定されていなければ、ホストは %3 UTC に以前のネットワーク構成を自動的に復元します。再接続して結果を確認してください (%4/status)。</translation>
    </message>
    <message>
        <location filename="../backend/network/NetChangeApply.cpp" line="171"/>
        <source>The host rolled the change back%1: %2.</source>
        <translation>ホストは変更をロールバックしました%1: %2。</translation>
    </message>
    <message>
        <location filename="../backend/network/NetChangeApply.cpp" line="176"/>
        <source>The change failed at: %1.
</source>
        <translation>変更は次の箇所で失敗しました: %1。
</translation>
    </message>
    <message>
        <location filename="../backend/network/NetChangeApply.cpp" line="182"/>
        <source>The host refused the change, changing nothing: %1.</source>
        <translation>ホストは変更を拒否し、何も変更しませんでした: %1。</translation>
    </message>
    <message>
        <location filename="../backend/network/NetChangeApply.cpp" line="188"/>
        <source>%1 is up and the change is confirmed.</source>
        <translation>%1 はアップしており、変更は確定されました。</translation>
    </message>
    <message>
        <location filename="../backend/network/NetChangeApply.cpp" line="194"/>
        <source>The change failed (%1): rolling back now.</source>
        <translation>変更は失敗しました (%1)。今すぐロールバックします。</translation>
    </message>
    <message>
        <location filename="../backend/network/NetChangeApply.cpp" line="202"/>
        <source>%1 is up: confirming.</source>
        <translation>%1 はアップしています。確定しています。</translation>
    </message>
    <message>
        <location filename="../backend/network/NetChangeApply.cpp" line="208"/>
        <source>%1 is up%2 and the change is confirmed; the host&apos;s rollback is disarmed.</source>
        <translation>%1 はアップしており%2、変更は確定されました。ホストのロールバックは解除されています。</translation>
    </message>
    <message>
        <location filename="../backend/network/NetChangeApply.cpp" line="211"/>
        <source>, the console reconnected</source>
        <translation>、コンソールは再接続済み</translation>
    </message>
    <message>
        <location filename="../backend/network/NetChangeApply.cpp" line="222"/>
        <source>Waiting: %1.</source>
        <translation>待機中: %1。</translation>
    </message>
    <message>
        <location filename="../backend/network/NetChangeApply.cpp" line="226"/>
        <source>%1 did not come up (%2): rolling back.</source>
        <translation>%1 がアップしませんでした (%2)。ロールバックします。</translation>
    </message>
    <message>
        <location filename="../backend/network/NetChangeApply.cpp" line="235"/>
        <source>The change is still &quot;%1&quot; on the host after %2 s: see %3/log.</source>
        <translation>%2 秒経過しても、ホスト上の変更はまだ「%1」の状態です。%3/log を参照してください。</translation>
    </message>
    <message>
        <location filename="../backend/network/NetStack.cpp" line="31"/>
        <source>NetworkManager manages %1, but nmcli or busctl is missing on the host: install network-manager&apos;s command-line tools (and systemd&apos;s busctl).</source>
        <translation>NetworkManager が %1 を管理していますが、ホストに nmcli または busctl がありません。network-manager のコマンドラインツール (と systemd の busctl) をインストールしてください。</translation>
    </message>
    <message>
        <location filename="../backend/network/NetStack.cpp" line="37"/>
        <source>NetworkManager manages %1</source>
        <translation>NetworkManager が %1 を管理しています</translation>
    </message>
    <message>
        <location filename="../backend/network/NetStack.cpp" line="41"/>
        <source>NetworkManager manages %1 but not %2: a team needs all its adapters under one network stack. Let NetworkManager manage them all (remove them from /etc/network/interfaces) or none.</source>
        <translation>NetworkManager は %1 を管理していますが、%2 は管理していません。チームのアダプタはすべて 1 つのネットワークスタックの下にある必要があります。NetworkManager にすべてを管理させる (/etc/network/interfaces から削除する) か、どれも管理させないようにしてください。</translation>
    </message>
    <message>
        <location filename="../backend/network/NetStack.cpp" line="50"/>
        <source>systemd-networkd runs but networkctl is missing: the console cannot reload it.</source>
        <translation>systemd-networkd は動作していますが networkctl がありません。コンソールは systemd-networkd を再読み込みできません。</translation>
    </message>
    <message>
        <location filename="../backend/network/NetStack.cpp" line="55"/>
        <source>netplan configures systemd-networkd (%1 in /etc/netplan)</source>
        <translation>netplan が systemd-networkd を構成しています (/etc/netplan の %1)</translation>
    </message>
    <message>
        <location filename="../backend/network/NetStack.cpp" line="60"/>
        <source>systemd-networkd runs and NetworkManager does not manage %1</source>
        <translation>systemd-networkd が動作しており、NetworkManager は %1 を管理していません</translation>
    </message>
    <message>
        <location filename="../backend/network/NetStack.cpp" line="65"/>
        <source>ifupdown configures the host (/etc/network/interfaces)</source>
        <translation>ifupdown がホストを構成しています (/etc/network/interfaces)</translation>
    </message>
    <message>
        <location filename="../backend/network/NetStack.cpp" line="68"/>
        <source>No network stack the console knows manages %1: it knows NetworkManager, systemd-networkd (with or without netplan) and ifupdown. Build the team with the host&apos;s own tools.</source>
        <translation>コンソールが認識しているネットワークスタックは、どれも %1 を管理していません。認識できるのは NetworkManager、systemd-networkd (netplan の有無を問わず)、ifupdown です。ホスト自身のツールでチームを構成してください。</translation>
    </message>
    <message>
        <location filename="../backend/network/NetplanOwnFile.cpp" line="55"/>
        <source>no &quot;network:&quot; key</source>
        <translation>「network:」キーがありません</translation>
    </message>
    <message>
        <location filename="../backend/network/NetplanOwnFile.cpp" line="59"/>
        <source>no &quot;bonds: %1:&quot; entry</source>
        <translation>「bonds: %1:」エントリがありません</translation>
    </message>
    <message>
        <location filename="../backend/network/NetplanOwnFile.cpp" line="66"/>
        <source>%1 has no &quot;interfaces: [...]&quot; line</source>
        <translation>%1 に「interfaces: [...]」行がありません</translation>
    </message>
    <message>
        <location filename="../backend/network/NetplanOwnFile.cpp" line="69"/>
        <source>%1&apos;s interfaces are not on one line in brackets</source>
        <translation>%1 のインターフェイスが角かっこ内の 1 行に書かれていません</translation>
    </message>
    <message>
        <location filename="../backend/network/NetplanOwnFile.cpp" line="90"/>
        <source>%1 has no &quot;parameters: mode:&quot; line</source>
        <translation>%1 に「parameters: mode:」行がありません</translation>
    </message>
    <message>
        <location filename="../backend/network/NetplanOwnFile.cpp" line="104"/>
        <source>%1 is already listed in %2&apos;s interfaces</source>
        <translation>%1 はすでに %2 のインターフェイスに記載されています</translation>
    </message>
    <message>
        <location filename="../backend/network/NetplanOwnFile.cpp" line="105"/>
        <source>%1 is not listed in %2&apos;s interfaces</source>
        <translation>%1 は %2 のインターフェイスに記載されていません</translation>
    </message>
    <message>
        <location filename="../backend/network/NetplanOwnFile.cpp" line="115"/>
        <source>no &quot;ethernets:&quot; key</source>
        <translation>「ethernets:」キーがありません</translation>
    </message>
    <message>
        <location filename="../backend/network/StackScriptParts.cpp" line="45"/>
        <source>%1 is missing on the host: the console arms its rollback with systemd-run and flock (systemd, util-linux), and changes no network without one.</source>
        <translation>ホストに %1 がありません。コンソールは systemd-run と flock (systemd、util-linux) でロールバックを有効にするため、これがないとネットワークを変更しません。</translation>
    </message>
    <message>
        <location filename="../backend/network/TeamEditPlanner.cpp" line="18"/>
        <source>Add %1 to team %2</source>
        <translation>%1 をチーム %2 に追加</translation>
    </message>
    <message>
        <location filename="../backend/network/TeamEditPlanner.cpp" line="19"/>
        <source>Remove %1 from team %2</source>
        <translation>%1 をチーム %2 から削除</translation>
    </message>
    <message>
        <location filename="../backend/network/TeamEditPlanner.cpp" line="21"/>
        <source>Clear the primary adapter of team %1</source>
        <translation>チーム %1 のプライマリアダプタを解除</translation>
    </message>
    <message>
        <location filename="../backend/network/TeamEditPlanner.cpp" line="22"/>
        <source>Make %1 the primary adapter of team %2</source>
        <translation>%1 をチーム %2 のプライマリアダプタにする</translation>
    </message>
    <message>
        <location filename="../backend/network/TeamEditPlanner.cpp" line="23"/>
        <source>Delete team %1</source>
        <translation>チーム %1 を削除</translation>
    </message>
    <message>
        <location filename="../backend/network/TeamEditPlanner.cpp" line="54"/>
        <source>%1 is not configured in /etc/network/interfaces (no &quot;iface %1 inet&quot; stanza): change it where it is configured.</source>
        <translation>%1 は /etc/network/interfaces で構成されていません (「iface %1 inet」スタンザがありません)。構成されている場所で変更してください。</translation>
    </message>
    <message>
        <location filename="../backend/network/TeamEditPlanner.cpp" line="66"/>
        <source>%1&apos;s stanza names no bond-slaves: its members are set from their own stanzas (bond-master), which this change does not edit.</source>
        <translation>%1 のスタンザに bond-slaves がありません。メンバーは各自のスタンザ (bond-master) で設定されていますが、この変更ではそれらを編集しません。</translation>
    </message>
    <message>
        <location filename="../backend/network/TeamEditPlanner.cpp" line="87"/>
        <source>%1 joins %2; its own stanza is commented out.</source>
        <translation>%1 が %2 に参加します。%1 自身のスタンザはコメントアウトされます。</translation>
    </message>
    <message>
        <location filename="../backend/network/TeamEditPlanner.cpp" line="106"/>
        <source>%1 leaves %2 and stays down, unconfigured.</source>
        <translation>%1 は %2 から外れ、未構成のままダウンします。</translation>
    </message>
    <message>
        <location filename="../backend/network/TeamEditPlanner.cpp" line="116"/>
        <source>%1 gets no primary: whichever adapter has link carries the traffic.</source>
        <translation>%1 にプライマリはなくなります。リンクのあるアダプタがトラフィックを伝送します。</translation>
    </message>
    <message>
        <location filename="../backend/network/TeamEditPlanner.cpp" line="118"/>
        <source>%1 carries %2&apos;s traffic whenever it has link.</source>
        <translation>%1 は、リンクがあるときは常に %2 のトラフィックを伝送します。</translation>
    </message>
    <message>
        <location filename="../backend/network/TeamEditPlanner.cpp" line="142"/>
        <source>%1 is taken down and removed; %2 gets its address (%3) and comes up on its own; the other members stay down, unconfigured.</source>
        <translation>%1 はダウンして削除されます。%2 がそのアドレス (%3) を引き継いで単独でアップし、他のメンバーは未構成のままダウンします。</translation>
    </message>
    <message>
        <location filename="../backend/network/TeamEditPlanner.cpp" line="149"/>
        <source>%1&apos;s stanzas changed</source>
        <translation>%1 のスタンザを変更</translation>
    </message>
    <message>
        <location filename="../backend/network/TeamEditPlanner.cpp" line="174"/>
        <source>A port connection for %1 joins it to %2.</source>
        <translation>%1 のポート接続によって %1 が %2 に参加します。</translation>
    </message>
    <message>
        <location filename="../backend/network/TeamEditPlanner.cpp" line="192"/>
        <source>%1&apos;s port connection is switched off, and deleted once the change is confirmed.</source>
        <translation>%1 のポート接続はオフになり、変更が確定されると削除されます。</translation>
    </message>
    <message>
        <location filename="../backend/network/TeamEditPlanner.cpp" line="207"/>
        <source>%1&apos;s connection gets no primary.</source>
        <translation>%1 の接続のプライマリは解除されます。</translation>
    </message>
    <message>
        <location filename="../backend/network/TeamEditPlanner.cpp" line="208"/>
        <source>%1&apos;s connection gets primary=%2.</source>
        <translation>%1 の接続に primary=%2 を設定します。</translation>
    </message>
    <message>
        <location filename="../backend/network/TeamEditPlanner.cpp" line="236"/>
        <source>%1 and its ports are switched off (deleted once the change is confirmed); a new connection %2 takes %1&apos;s IP settings.</source>
        <translation>%1 とそのポートはオフになります (変更が確定されると削除されます)。新しい接続 %2 が %1 の IP 設定を引き継ぎます。</translation>
    </message>
    <message>
        <location filename="../backend/network/TeamEditPlanner.cpp" line="252"/>
        <source>%1 was not built by this console (no %2%3): change it in the files under %2 that define it, then run networkctl reload.</source>
        <translation>%1 はこのコンソールで作成されたものではありません (%2%3 がありません)。%2 以下の定義ファイルで変更し、networkctl reload を実行してください。</translation>
    </message>
    <message>
        <location filename="../backend/network/TeamEditPlanner.cpp" line="267"/>
        <location filename="../backend/network/TeamPlanner.cpp" line="202"/>
        <source>%1 as a port of %2</source>
        <translation>%2 のポートとしての %1</translation>
    </message>
    <message>
        <location filename="../backend/network/TeamEditPlanner.cpp" line="273"/>
        <source>%1 has no port file %2%3: change it where it is configured.</source>
        <translation>%1 にはポートファイル %2%3 がありません。構成されている場所で変更してください。</translation>
    </message>
    <message>
        <location filename="../backend/network/TeamEditPlanner.cpp" line="279"/>
        <source>%1 no longer a port</source>
        <translation>%1 はポートから除外</translation>
    </message>
    <message>
        <location filename="../backend/network/TeamEditPlanner.cpp" line="298"/>
        <source>%1 as the primary port</source>
        <translation>プライマリポートとしての %1</translation>
    </message>
    <message>
        <location filename="../backend/network/TeamEditPlanner.cpp" line="299"/>
        <source>%1 as a port, not primary</source>
        <translation>ポート (プライマリ以外) としての %1</translation>
    </message>
    <message>
        <location filename="../backend/network/TeamEditPlanner.cpp" line="303"/>
        <source>%1 has no port file %2%3%1.network: change it where it is configured.</source>
        <translation>%1 にはポートファイル %2%3%1.network がありません。構成されている場所で変更してください。</translation>
    </message>
    <message>
        <location filename="../backend/network/TeamEditPlanner.cpp" line="312"/>
        <source>The port files of %1 are written again with PrimarySlave=yes on %2 only.</source>
        <translation>%1 のポートファイルを書き直し、PrimarySlave=yes は %2 だけに設定します。</translation>
    </message>
    <message>
        <location filename="../backend/network/TeamEditPlanner.cpp" line="324"/>
        <source>part of %1</source>
        <translation>%1 の一部</translation>
    </message>
    <message>
        <location filename="../backend/network/TeamEditPlanner.cpp" line="329"/>
        <source>%1&apos;s files are removed: the adapters&apos; own .network files apply again.</source>
        <translation>%1 のファイルを削除します。アダプタ自身の .network ファイルが再び適用されます。</translation>
    </message>
    <message>
        <location filename="../backend/network/TeamEditPlanner.cpp" line="344"/>
        <source>%1 was not built by this console (no /etc/netplan/%2): change it in the netplan file that defines it, then run netplan apply.</source>
        <translation>%1 はこのコンソールで作成されたものではありません (/etc/netplan/%2 がありません)。定義している netplan ファイルで変更し、netplan apply を実行してください。</translation>
    </message>
    <message>
        <location filename="../backend/network/TeamEditPlanner.cpp" line="353"/>
        <source>%1 could not be read (it is readable by root only, and sudo did not answer): nothing was changed. Check that this account may use sudo, or edit the file by hand, then run netplan apply.</source>
        <translation>%1 を読み取れませんでした (root のみ読み取り可能で、sudo が応答しませんでした)。何も変更されていません。このアカウントが sudo を使用できるか確認するか、ファイルを手動で編集してから netplan apply を実行してください。</translation>
    </message>
    <message>
        <location filename="../backend/network/TeamEditPlanner.cpp" line="369"/>
        <source>%1 is not in the shape this console wrote (%2): edit it by hand, then run netplan apply.</source>
        <translation>%1 はこのコンソールが書き込んだ形式ではありません (%2)。手動で編集してから netplan apply を実行してください。</translation>
    </message>
    <message>
        <location filename="../backend/network/TeamEditPlanner.cpp" line="374"/>
        <location filename="../backend/network/TeamEditPlanner.cpp" line="395"/>
        <source>the team&apos;s netplan file</source>
        <translation>チームの netplan ファイル</translation>
    </message>
    <message>
        <location filename="../backend/network/TeamEditPlanner.cpp" line="389"/>
        <source>%1 is changed in place; the rest of the file stays as it is.</source>
        <translation>%1 をその場で変更します。ファイルのその他の部分はそのままです。</translation>
    </message>
    <message>
        <location filename="../backend/network/TeamEditPlanner.cpp" line="400"/>
        <source>%1&apos;s netplan file is removed: the adapters&apos; own settings apply again.</source>
        <translation>%1 の netplan ファイルを削除します。アダプタ自身の設定が再び適用されます。</translation>
    </message>
    <message>
        <location filename="../backend/network/TeamEditPlanner.cpp" line="425"/>
        <source>%1 is no longer on %2: refresh and choose again.</source>
        <translation>%1 はもう %2 上にありません。更新してから選び直してください。</translation>
    </message>
    <message>
        <location filename="../backend/network/TeamEditPlanner.cpp" line="434"/>
        <location filename="../backend/network/TeamRules.cpp" line="78"/>
        <source>%1 is no longer on %2 (removed or renamed): refresh and choose again.</source>
        <translation>%1 はもう %2 上にありません (削除されたか名前が変更されました)。更新してから選び直してください。</translation>
    </message>
    <message>
        <location filename="../backend/network/TeamEditPlanner.cpp" line="437"/>
        <location filename="../backend/network/TeamRules.cpp" line="83"/>
        <source>%1 is already in team %2: remove it there first.</source>
        <translation>%1 はすでにチーム %2 に含まれています。先にそこから削除してください。</translation>
    </message>
    <message>
        <location filename="../backend/network/TeamEditPlanner.cpp" line="439"/>
        <source>A Switch Fault Tolerance team has exactly two adapters.</source>
        <translation>スイッチ フォールトトレランス チームのアダプタはちょうど 2 個です。</translation>
    </message>
    <message>
        <location filename="../backend/network/TeamEditPlanner.cpp" line="440"/>
        <source>Adding an adapter briefly interrupts the team&apos;s network.</source>
        <translation>アダプタを追加すると、チームのネットワークが一時的に中断されます。</translation>
    </message>
    <message>
        <location filename="../backend/network/TeamEditPlanner.cpp" line="445"/>
        <location filename="../backend/network/TeamEditPlanner.cpp" line="458"/>
        <location filename="../backend/storage/MirrorPlanner.cpp" line="260"/>
        <source>%1 is not a member of %2.</source>
        <translation>%1 は %2 のメンバーではありません。</translation>
    </message>
    <message>
        <location filename="../backend/network/TeamEditPlanner.cpp" line="447"/>
        <source>%1 would keep a single adapter, which is no team: delete the team instead.</source>
        <translation>%1 のアダプタが 1 個だけになり、チームではなくなります。代わりにチームを削除してください。</translation>
    </message>
    <message>
        <location filename="../backend/network/TeamEditPlanner.cpp" line="450"/>
        <source>%1 carries the team&apos;s traffic now: the team fails over to another member.</source>
        <translation>%1 は現在チームのトラフィックを伝送しています。チームは別のメンバーにフェイルオーバーします。</translation>
    </message>
    <message>
        <location filename="../backend/network/TeamEditPlanner.cpp" line="455"/>
        <source>A primary adapter applies to fault-tolerance teams (active-backup); %1 is %2.</source>
        <translation>プライマリアダプタはフォールトトレランスのチーム (active-backup) にのみ適用されます。%1 は %2 です。</translation>
    </message>
    <message>
        <location filename="../backend/network/TeamEditPlanner.cpp" line="462"/>
        <source>%1 has no members to give its address to.</source>
        <translation>%1 にはアドレスを引き継ぐメンバーがありません。</translation>
    </message>
    <message>
        <location filename="../backend/network/TeamEditPlanner.cpp" line="466"/>
        <location filename="../backend/network/TeamPlanner.cpp" line="434"/>
        <source>The host&apos;s network configuration could not be read (%1): nothing was changed. Check the connection and try again.</source>
        <translation>ホストのネットワーク構成を読み取れませんでした (%1)。何も変更されていません。接続を確認してから再試行してください。</translation>
    </message>
    <message>
        <location filename="../backend/network/TeamEditPlanner.cpp" line="481"/>
        <source>%1 carries this console&apos;s own connection: if the console cannot reconnect, the host rolls back after %2 s.</source>
        <translation>%1 はこのコンソール自身の接続を伝送しています。コンソールが再接続できない場合、ホストは %2 秒後にロールバックします。</translation>
    </message>
    <message>
        <location filename="../backend/network/TeamEditPlanner.cpp" line="505"/>
        <location filename="../backend/network/TeamPlanner.cpp" line="515"/>
        <source>Network stack: %1 (%2).</source>
        <translation>ネットワークスタック: %1 (%2)。</translation>
    </message>
    <message>
        <location filename="../backend/network/TeamEditPlanner.cpp" line="518"/>
        <source>Before anything changes, the host arms its own rollback: unless the console reconnects, checks the result and confirms within %1 s, the host restores the team as it was.</source>
        <translation>何かを変更する前に、ホストは自身のロールバックを有効にします。コンソールが %1 秒以内に再接続して結果を確認し、確定しなければ、ホストはチームを元の状態に戻します。</translation>
    </message>
    <message>
        <location filename="../backend/network/TeamPlanner.cpp" line="33"/>
        <source>&quot;%1&quot; is not an address with a prefix length: write it as 192.0.2.10/24.</source>
        <translation>「%1」はプレフィックス長付きのアドレスではありません。192.0.2.10/24 の形式で入力してください。</translation>
    </message>
    <message>
        <location filename="../backend/network/TeamPlanner.cpp" line="94"/>
        <source>ifupdown builds bonds only with the ifenslave package (its bond-* options): install ifenslave on the host, then plan again.</source>
        <translation>ifupdown は ifenslave パッケージ (その bond-* オプション) がないとボンドを作成できません。ホストに ifenslave をインストールしてから、プランを作り直してください。</translation>
    </message>
    <message>
        <location filename="../backend/network/TeamPlanner.cpp" line="97"/>
        <source>ifupdown builds bridges only with the bridge-utils package (its bridge_* options): install bridge-utils on the host, or build the team without the bridge for virtual machines.</source>
        <translation>ifupdown は bridge-utils パッケージ (その bridge_* オプション) がないとブリッジを作成できません。ホストに bridge-utils をインストールするか、仮想マシン用のブリッジなしでチームを構成してください。</translation>
    </message>
    <message>
        <location filename="../backend/network/TeamPlanner.cpp" line="102"/>
        <source>/etc/network/interfaces includes other files (source): if %1 is configured in one of them, remove it there, or it and the team will both claim it.</source>
        <translation>/etc/network/interfaces は他のファイルを読み込んでいます (source)。%1 がそのいずれかで構成されている場合はそこから削除してください。そうしないと、そのファイルとチームの両方が %1 を使おうとします。</translation>
    </message>
    <message>
        <location filename="../backend/network/TeamPlanner.cpp" line="140"/>
        <source>the team&apos;s stanzas; the members&apos; own commented out</source>
        <translation>チームのスタンザ。メンバー自身のスタンザはコメントアウト</translation>
    </message>
    <message>
        <location filename="../backend/network/TeamPlanner.cpp" line="194"/>
        <source>the bond</source>
        <translation>ボンド</translation>
    </message>
    <message>
        <location filename="../backend/network/TeamPlanner.cpp" line="210"/>
        <source>the bridge for virtual machines</source>
        <translation>仮想マシン用のブリッジ</translation>
    </message>
    <message>
        <location filename="../backend/network/TeamPlanner.cpp" line="215"/>
        <source>%1 as the bridge&apos;s port</source>
        <translation>ブリッジのポートとしての %1</translation>
    </message>
    <message>
        <location filename="../backend/network/TeamPlanner.cpp" line="219"/>
        <source>the bridge&apos;s address</source>
        <translation>ブリッジのアドレス</translation>
    </message>
    <message>
        <location filename="../backend/network/TeamPlanner.cpp" line="223"/>
        <source>the team&apos;s address</source>
        <translation>チームのアドレス</translation>
    </message>
    <message>
        <location filename="../backend/network/TeamPlanner.cpp" line="286"/>
        <source>the team, read after the existing netplan files</source>
        <translation>チーム (既存の netplan ファイルの後に読み込み)</translation>
    </message>
    <message>
        <location filename="../backend/network/TeamPlanner.cpp" line="287"/>
        <source>netplan merges its files: addresses listed for %1 in the existing files stay there. Check with `netplan get` after the change.</source>
        <translation>netplan はファイルをマージします。既存のファイルで %1 に設定されているアドレスはそのまま残ります。変更後に `netplan get` で確認してください。</translation>
    </message>
    <message>
        <location filename="../backend/network/TeamPlanner.cpp" line="429"/>
        <source>Build %1 team %2 from %3</source>
        <translation>%3 から %1 チーム %2 を構成</translation>
    </message>
    <message>
        <location filename="../backend/network/TeamPlanner.cpp" line="445"/>
        <source>%1 already exists on %2: choose another name for the bridge.</source>
        <translation>%1 はすでに %2 上に存在します。ブリッジに別の名前を付けてください。</translation>
    </message>
    <message>
        <location filename="../backend/network/TeamPlanner.cpp" line="451"/>
        <source>More than one of %1 carries an address: a team carries one. Move or remove the others&apos; addresses first.</source>
        <translation>%1 のうち複数がアドレスを持っています。チームが持つアドレスは 1 つです。先に他のアダプタのアドレスを移動または削除してください。</translation>
    </message>
    <message>
        <location filename="../backend/network/TeamPlanner.cpp" line="478"/>
        <source>&quot;%1&quot; is not a gateway address: write it as 192.0.2.1, or leave it empty.</source>
        <translation>「%1」はゲートウェイのアドレスではありません。192.0.2.1 の形式で入力するか、空欄にしてください。</translation>
    </message>
    <message>
        <location filename="../backend/network/TeamPlanner.cpp" line="516"/>
        <source>%1 becomes a %2 team (bond mode %3) of %4%5.</source>
        <translation>%1 は %4 からなる %2 チーム (ボンドモード %3%5) になります。</translation>
    </message>
    <message>
        <location filename="../backend/network/TeamPlanner.cpp" line="518"/>
        <source>, primary %1</source>
        <translation>、プライマリは %1</translation>
    </message>
    <message>
        <location filename="../backend/network/TeamPlanner.cpp" line="520"/>
        <source>Bridge %1 over %2 carries the address; virtual machines attach to %1.</source>
        <translation>%2 上のブリッジ %1 がアドレスを持ち、仮想マシンは %1 に接続します。</translation>
    </message>
    <message>
        <location filename="../backend/network/TeamPlanner.cpp" line="523"/>
        <source>%1 carries no address.</source>
        <translation>%1 はアドレスを持ちません。</translation>
    </message>
    <message>
        <location filename="../backend/network/TeamPlanner.cpp" line="526"/>
        <source>%1 gets its address by DHCP.</source>
        <translation>%1 は DHCP でアドレスを取得します。</translation>
    </message>
    <message>
        <location filename="../backend/network/TeamPlanner.cpp" line="527"/>
        <source>%1 takes over %2&apos;s DHCP address (%3) with %2&apos;s MAC %4, so the DHCP server hands out the same address.</source>
        <translation>%1 は %2 の DHCP アドレス (%3) を %2 の MAC %4 とともに引き継ぐため、DHCP サーバーは同じアドレスを割り当てます。</translation>
    </message>
    <message>
        <location filename="../backend/network/TeamPlanner.cpp" line="533"/>
        <source>%1 gets %2%3.</source>
        <translation>%1 に %2%3 を設定します。</translation>
    </message>
    <message>
        <location filename="../backend/network/TeamPlanner.cpp" line="535"/>
        <source>, gateway %1</source>
        <translation>、ゲートウェイ %1</translation>
    </message>
    <message>
        <location filename="../backend/network/TeamPlanner.cpp" line="536"/>
        <source>%1 takes over %2&apos;s address %3%4 and its MAC %5.</source>
        <translation>%1 は %2 のアドレス %3%4 と MAC %5 を引き継ぎます。</translation>
    </message>
    <message>
        <location filename="../backend/network/TeamPlanner.cpp" line="538"/>
        <source> (gateway %1)</source>
        <translation> (ゲートウェイ %1)</translation>
    </message>
    <message>
        <location filename="../backend/network/TeamPlanner.cpp" line="542"/>
        <source>Before anything changes, the host arms its own rollback: unless the console reconnects, sees %1 up and confirms within %2 s, the host restores its previous configuration by itself.</source>
        <translation>何かを変更する前に、ホストは自身のロールバックを有効にします。コンソールが %2 秒以内に再接続して %1 のアップを確認し、確定しなければ、ホストは以前の構成を自動的に復元します。</translation>
    </message>
    <message>
        <location filename="../backend/network/TeamPlanner.cpp" line="548"/>
        <source>%1 carries this console&apos;s own connection: it drops for a moment while the team forms. The console reconnects; if it cannot, the host rolls back after %2 s.</source>
        <translation>%1 はこのコンソール自身の接続を伝送しています。チームの構成中は接続が一時的に切れます。コンソールは再接続しますが、再接続できない場合、ホストは %2 秒後にロールバックします。</translation>
    </message>
    <message>
        <location filename="../backend/network/TeamRules.cpp" line="35"/>
        <source>The team needs a name, such as bond0.</source>
        <translation>チームには名前 (bond0 など) が必要です。</translation>
    </message>
    <message>
        <location filename="../backend/network/TeamRules.cpp" line="38"/>
        <source>&quot;%1&quot; is %2 bytes long; an interface name has at most 15: choose a shorter one, such as bond0.</source>
        <translation>「%1」は %2 バイトあります。インターフェイス名は最大 15 バイトです。bond0 などの短い名前を付けてください。</translation>
    </message>
    <message>
        <location filename="../backend/network/TeamRules.cpp" line="43"/>
        <source>&quot;%1&quot; cannot be an interface name: choose another, such as bond0.</source>
        <translation>「%1」はインターフェイス名にできません。bond0 などの別の名前を付けてください。</translation>
    </message>
    <message>
        <location filename="../backend/network/TeamRules.cpp" line="46"/>
        <source>&quot;%1&quot; holds a &apos;/&apos;, &apos;:&apos;, blank or control character, which interface names cannot: choose another, such as bond0.</source>
        <translation>「%1」には「/」、「:」、空白、または制御文字が含まれていますが、インターフェイス名には使用できません。bond0 などの別の名前を付けてください。</translation>
    </message>
    <message>
        <location filename="../backend/network/TeamRules.cpp" line="59"/>
        <source>%1 already exists on %2: choose another name.</source>
        <translation>%1 はすでに %2 上に存在します。別の名前を付けてください。</translation>
    </message>
    <message>
        <location filename="../backend/network/TeamRules.cpp" line="62"/>
        <source>A team needs at least two adapters: choose another one.</source>
        <translation>チームには少なくとも 2 個のアダプタが必要です。もう 1 個選んでください。</translation>
    </message>
    <message>
        <location filename="../backend/network/TeamRules.cpp" line="64"/>
        <source>A Switch Fault Tolerance team has exactly two adapters, one on each switch (%1 chosen).</source>
        <translation>スイッチ フォールトトレランス チームのアダプタは、スイッチごとに 1 個ずつ、ちょうど 2 個です (%1 個選択されています)。</translation>
    </message>
    <message>
        <location filename="../backend/network/TeamRules.cpp" line="72"/>
        <source>%1 is chosen twice.</source>
        <translation>%1 が 2 回選択されています。</translation>
    </message>
    <message>
        <location filename="../backend/network/TeamRules.cpp" line="87"/>
        <source>%1 has no link now: check its cable before relying on the team.</source>
        <translation>%1 には現在リンクがありません。チームに頼る前にケーブルを確認してください。</translation>
    </message>
    <message>
        <location filename="../backend/network/TeamRules.cpp" line="93"/>
        <source>The primary adapter %1 is not one of the team&apos;s members.</source>
        <translation>プライマリアダプタ %1 はチームのメンバーではありません。</translation>
    </message>
    <message>
        <location filename="../backend/network/TeamRules.cpp" line="96"/>
        <source>All members sit in module %1: a module that fails takes the whole team with it. Team adapters of different modules (the guide teams 1+3 and 2+4).</source>
        <translation>すべてのメンバーがモジュール %1 にあります。モジュールが故障するとチーム全体が停止します。異なるモジュールのアダプタでチームを構成してください (ガイドでは 1+3 と 2+4)。</translation>
    </message>
    <message>
        <location filename="../backend/network/TeamRules.cpp" line="100"/>
        <source>The members run at different speeds: the team is as fast as its slowest active adapter. Use adapters of the same speed.</source>
        <translation>メンバーの速度が異なります。チームの速度は、アクティブなアダプタのうち最も遅いものと同じになります。同じ速度のアダプタを使用してください。</translation>
    </message>
    <message>
        <location filename="../backend/network/TeamRules.cpp" line="103"/>
        <source>802.3ad (LACP) works only when the switch ports are configured as one LACP group: configure the switch first, or the team carries no traffic.</source>
        <translation>802.3ad (LACP) は、スイッチのポートが 1 つの LACP グループとして設定されている場合にのみ動作します。先にスイッチを設定してください。設定しないと、チームはトラフィックを伝送しません。</translation>
    </message>
    <message>
        <location filename="../backend/network/TeamRules.cpp" line="106"/>
        <source>Connect the two adapters to different switches; ARP monitoring notices a switch whose uplink fails, which link state alone does not.</source>
        <translation>2 個のアダプタは別々のスイッチに接続してください。ARP 監視では、アップリンクが故障したスイッチを検出できます (リンク状態だけでは検出できません)。</translation>
    </message>
    <message>
        <location filename="../backend/network/TeamRules.cpp" line="108"/>
        <source>Adding adapters to a team later briefly interrupts the host&apos;s network.</source>
        <translation>後からチームにアダプタを追加すると、ホストのネットワークが一時的に中断されます。</translation>
    </message>
    <message>
        <location filename="../backend/plan/Plan.cpp" line="76"/>
        <source>/dev/%1 is now a different disk (serial %2, the plan was made for %3): open the wizard again.</source>
        <translation>/dev/%1 は別のディスクになっています (シリアル番号 %2、プランは %3 用に作成されました)。ウィザードを開き直してください。</translation>
    </message>
    <message>
        <location filename="../backend/plan/Plan.cpp" line="90"/>
        <source>Step 1 was applied</source>
        <translation>ステップ 1 を適用しました</translation>
    </message>
    <message>
        <location filename="../backend/plan/Plan.cpp" line="90"/>
        <source>Steps 1-%1 were applied</source>
        <translation>ステップ 1-%1 を適用しました</translation>
    </message>
    <message>
        <location filename="../backend/plan/Plan.cpp" line="97"/>
        <source>step 1 was applied</source>
        <translation>ステップ 1 は適用済み</translation>
    </message>
    <message>
        <location filename="../backend/plan/Plan.cpp" line="97"/>
        <source>steps 1-%1 were applied</source>
        <translation>ステップ 1-%1 は適用済み</translation>
    </message>
    <message>
        <location filename="../backend/plan/Plan.cpp" line="105"/>
        <source>sudo on %1 refused it: the account %2 may not run `%3` as root without a password (or sudoers requires a terminal). An administrator can allow exactly this command with `visudo -f /etc/sudoers.d/ftconsole` and the line: %4</source>
        <translation>%1 の sudo が拒否しました。アカウント %2 は `%3` をパスワードなしで root として実行できません (または sudoers が端末を要求しています)。管理者は `visudo -f /etc/sudoers.d/ftconsole` で次の行を追加すると、このコマンドだけを許可できます: %4</translation>
    </message>
    <message>
        <location filename="../backend/plan/Plan.cpp" line="144"/>
        <source>Undo: %1</source>
        <translation>取り消し: %1</translation>
    </message>
    <message>
        <location filename="../backend/plan/Plan.cpp" line="161"/>
        <source>%1 (its undo `%2` failed: %3)</source>
        <translation>%1 (取り消しの `%2` が失敗しました: %3)</translation>
    </message>
    <message>
        <location filename="../backend/plan/Plan.cpp" line="168"/>
        <source> Everything it had done was undone, newest first: %1. The host is as it was before the plan.</source>
        <translation> 実行した内容はすべて新しいものから順に取り消されました: %1。ホストはプランの実行前の状態に戻っています。</translation>
    </message>
    <message>
        <location filename="../backend/plan/Plan.cpp" line="170"/>
        <source> Undone: %1. Still on the host: %2.</source>
        <translation> 取り消し済み: %1。ホストに残っているもの: %2。</translation>
    </message>
    <message>
        <location filename="../backend/plan/Plan.cpp" line="171"/>
        <source>nothing</source>
        <translation>なし</translation>
    </message>
    <message>
        <location filename="../backend/plan/Plan.cpp" line="184"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../backend/plan/Plan.cpp" line="200"/>
        <source>The plan is blocked: %1</source>
        <translation>プランは実行できません: %1</translation>
    </message>
    <message>
        <location filename="../backend/plan/Plan.cpp" line="204"/>
        <source>Confirmation does not match %1: nothing was changed.</source>
        <translation>確認の入力が %1 と一致しません。何も変更されていません。</translation>
    </message>
    <message>
        <location filename="../backend/plan/Plan.cpp" line="213"/>
        <source>%1 Nothing was changed.</source>
        <translation>%1 何も変更されていません。</translation>
    </message>
    <message>
        <location filename="../backend/plan/Plan.cpp" line="220"/>
        <source>Cancelled before it started: nothing was changed.</source>
        <translation>開始前に中止されました。何も変更されていません。</translation>
    </message>
    <message>
        <location filename="../backend/plan/Plan.cpp" line="221"/>
        <source>Cancelled after step %1 of %2: %3; the rest was not run.</source>
        <translation>ステップ %1/%2 の後で中止されました。%3、残りは実行されていません。</translation>
    </message>
    <message>
        <location filename="../backend/plan/Plan.cpp" line="270"/>
        <source>Nothing was changed.</source>
        <translation>何も変更されていません。</translation>
    </message>
    <message>
        <location filename="../backend/plan/Plan.cpp" line="271"/>
        <source>; the rest was not run.</source>
        <translation>。残りは実行されていません。</translation>
    </message>
    <message>
        <location filename="../backend/plan/Plan.cpp" line="275"/>
        <source>Step %1 may still have been applied on the host; refresh and check before trying again. %2</source>
        <translation>ステップ %1 はホスト上で適用された可能性があります。再試行する前に、更新して確認してください。%2</translation>
    </message>
    <message>
        <location filename="../backend/plan/Plan.cpp" line="293"/>
        <source> Changed: %1. Not changed: %2.</source>
        <translation> 変更済み: %1。未変更: %2。</translation>
    </message>
    <message>
        <location filename="../backend/plan/Plan.cpp" line="298"/>
        <source>Step %1 (%2) failed: %3. %4</source>
        <translation>ステップ %1 (%2) が失敗しました: %3。%4</translation>
    </message>
    <message>
        <location filename="../backend/plan/Privileges.cpp" line="63"/>
        <source>The host has no sudo, and the account %1 is not root: connect as root, or install sudo and allow `%2`.</source>
        <translation>ホストに sudo がなく、アカウント %1 は root ではありません。root で接続するか、sudo をインストールして `%2` を許可してください。</translation>
    </message>
    <message>
        <location filename="../backend/plan/Privileges.cpp" line="66"/>
        <source>Could not ask sudo whether %1 may run `%2`.</source>
        <translation>%1 が `%2` を実行できるかどうかを sudo に問い合わせられませんでした。</translation>
    </message>
    <message>
        <location filename="../backend/plan/Privileges.cpp" line="71"/>
        <source>The account %1 may not run `%2` as root without a password. An administrator can allow exactly this command (not the program at large) with `visudo -f /etc/sudoers.d/ftconsole` and the line: %3</source>
        <translation>アカウント %1 は `%2` をパスワードなしで root として実行できません。管理者は `visudo -f /etc/sudoers.d/ftconsole` で次の行を追加すると、(プログラム全体ではなく) このコマンドだけを許可できます: %3</translation>
    </message>
    <message>
        <location filename="../backend/storage/DiskProbe.cpp" line="23"/>
        <source>%1 needs root, and sudo asked for a password the console cannot type</source>
        <translation>%1 には root 権限が必要ですが、sudo がコンソールで入力できないパスワードを要求しました</translation>
    </message>
    <message>
        <location filename="../backend/storage/DiskProbe.cpp" line="24"/>
        <source>%1 failed: %2</source>
        <translation>%1 に失敗しました: %2</translation>
    </message>
    <message>
        <location filename="../backend/storage/DiskProbe.cpp" line="24"/>
        <source>no answer</source>
        <translation>応答なし</translation>
    </message>
    <message>
        <location filename="../backend/storage/DiskProbe.cpp" line="47"/>
        <source>Could not check /dev/%1: %2.</source>
        <translation>/dev/%1 を確認できませんでした: %2。</translation>
    </message>
    <message>
        <location filename="../backend/storage/DiskProbe.cpp" line="49"/>
        <source>/dev/%1 carries a %2 signature at offset %3%4.</source>
        <translation>/dev/%1 のオフセット %3 に %2 シグネチャがあります%4。</translation>
    </message>
    <message>
        <location filename="../backend/storage/DiskProbe.cpp" line="51"/>
        <source> (label &quot;%1&quot;)</source>
        <translation> (ラベル「%1」)</translation>
    </message>
    <message>
        <location filename="../backend/storage/DiskProbe.cpp" line="53"/>
        <source>/dev/%1 has partitions: %2.</source>
        <translation>/dev/%1 にはパーティションがあります: %2。</translation>
    </message>
    <message>
        <location filename="../backend/storage/DiskProbe.cpp" line="55"/>
        <source>/dev/%1 is in use by %2.</source>
        <translation>/dev/%1 は %2 によって使用されています。</translation>
    </message>
    <message>
        <location filename="../backend/storage/DiskProbe.cpp" line="57"/>
        <source>Mounted: %1.</source>
        <translation>マウント: %1。</translation>
    </message>
    <message>
        <location filename="../backend/storage/DiskProbe.cpp" line="135"/>
        <source>%1 on %2</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../backend/storage/DiskProbe.cpp" line="140"/>
        <source>%1 as swap</source>
        <translation>%1 (スワップ)</translation>
    </message>
    <message>
        <location filename="../backend/storage/DiskProbe.cpp" line="152"/>
        <source>&quot;%1&quot; is not a disk name</source>
        <translation>「%1」はディスク名ではありません</translation>
    </message>
    <message>
        <location filename="../backend/storage/DiskProbe.cpp" line="172"/>
        <source>wipefs --no-act --json printed something that is not its JSON</source>
        <translation>wipefs --no-act --json が JSON 以外のものを出力しました</translation>
    </message>
    <message>
        <location filename="../backend/storage/DiskProbe.cpp" line="176"/>
        <source>the kernel lists no %1 in /sys/block: is the disk still there?</source>
        <translation>カーネルの /sys/block に %1 がありません。ディスクはまだ接続されていますか?</translation>
    </message>
    <message>
        <location filename="../backend/storage/DiskProbe.cpp" line="180"/>
        <source>reading its holders</source>
        <translation>ホルダーの読み取り</translation>
    </message>
    <message>
        <location filename="../backend/storage/DiskProbe.cpp" line="185"/>
        <source>reading its serial number</source>
        <translation>シリアル番号の読み取り</translation>
    </message>
    <message>
        <location filename="../backend/storage/DiskProbe.cpp" line="191"/>
        <source>reading /proc/mounts</source>
        <translation>/proc/mounts の読み取り</translation>
    </message>
    <message>
        <location filename="../backend/storage/DiskProbe.cpp" line="201"/>
        <source>asking libvirt which VMs use which disks</source>
        <translation>どの仮想マシンがどのディスクを使用しているかの libvirt への問い合わせ</translation>
    </message>
    <message>
        <location filename="../backend/storage/DiskProbe.cpp" line="222"/>
        <source>listing the disks of VM %1</source>
        <translation>仮想マシン %1 のディスク一覧の取得</translation>
    </message>
    <message>
        <location filename="../backend/storage/DiskProbe.cpp" line="247"/>
        <source>VM %1 uses %2 as its disk %3</source>
        <translation>仮想マシン %1 が %2 をディスク %3 として使用しています</translation>
    </message>
    <message>
        <location filename="../backend/storage/MirrorPlanner.cpp" line="45"/>
        <source>%1 is already a member of %2: remove it there first.</source>
        <translation>%1 はすでに %2 のメンバーです。先にそこから削除してください。</translation>
    </message>
    <message>
        <location filename="../backend/storage/MirrorPlanner.cpp" line="48"/>
        <source> The console never writes over a disk that may hold data: find out what it holds and who uses it, or choose a blank disk.</source>
        <translation> コンソールは、データが入っている可能性のあるディスクを上書きすることはありません。何が入っていて誰が使用しているかを確認するか、空のディスクを選んでください。</translation>
    </message>
    <message>
        <location filename="../backend/storage/MirrorPlanner.cpp" line="56"/>
        <source>%1 has partitions (%2): the disk that joins a mirror must have none.</source>
        <translation>%1 にはパーティションがあります (%2)。ミラーに追加するディスクにはパーティションがあってはなりません。</translation>
    </message>
    <message>
        <location filename="../backend/storage/MirrorPlanner.cpp" line="59"/>
        <source>%1 carries a %2 signature and may hold data.</source>
        <translation>%1 には %2 シグネチャがあり、データが入っている可能性があります。</translation>
    </message>
    <message>
        <location filename="../backend/storage/MirrorPlanner.cpp" line="61"/>
        <source>%1 is mounted at %2: something is using it.</source>
        <translation>%1 は %2 にマウントされています。何かが使用しています。</translation>
    </message>
    <message>
        <location filename="../backend/storage/MirrorPlanner.cpp" line="64"/>
        <source>%1 is in use (%2).</source>
        <translation>%1 は使用中です (%2)。</translation>
    </message>
    <message>
        <location filename="../backend/storage/MirrorPlanner.cpp" line="66"/>
        <source>%1 looks blank to the last refresh; the disk itself is checked again (wipefs, partitions, holders, mounts, VMs) right before anything is written.</source>
        <translation>前回の更新では %1 は空に見えます。何かを書き込む直前に、ディスク自体を再度確認します (wipefs、パーティション、ホルダー、マウント、仮想マシン)。</translation>
    </message>
    <message>
        <location filename="../backend/storage/MirrorPlanner.cpp" line="79"/>
        <source>the serial number of %1</source>
        <translation>%1 のシリアル番号</translation>
    </message>
    <message>
        <location filename="../backend/storage/MirrorPlanner.cpp" line="82"/>
        <source>the device path of %1 (it reports no serial number)</source>
        <translation>%1 のデバイスパス (シリアル番号を報告しません)</translation>
    </message>
    <message>
        <location filename="../backend/storage/MirrorPlanner.cpp" line="112"/>
        <source>There is no virtual disk %1 on %2: refresh and pick one from the list.</source>
        <translation>%2 上に仮想ディスク %1 はありません。更新してから一覧から選んでください。</translation>
    </message>
    <message>
        <location filename="../backend/storage/MirrorPlanner.cpp" line="141"/>
        <source>Create virtual disk %1 from %2</source>
        <translation>%2 から仮想ディスク %1 を作成</translation>
    </message>
    <message>
        <location filename="../backend/storage/MirrorPlanner.cpp" line="144"/>
        <location filename="../backend/storage/MirrorPlanner.cpp" line="169"/>
        <source>There is no disk %1 on %2: refresh and pick a disk from the list.</source>
        <translation>%2 上にディスク %1 はありません。更新してから一覧からディスクを選んでください。</translation>
    </message>
    <message>
        <location filename="../backend/storage/MirrorPlanner.cpp" line="148"/>
        <source>%1 already exists: choose another name.</source>
        <translation>%1 はすでに存在します。別の名前を付けてください。</translation>
    </message>
    <message>
        <location filename="../backend/storage/MirrorPlanner.cpp" line="152"/>
        <source>%1 will run Simplex on %2 alone until a second disk is added; add the disk in slot %3 of the other module next.</source>
        <translation>2 台目のディスクを追加するまで、%1 は %2 だけで Simplex として動作します。次に、もう一方のモジュールのスロット %3 にあるディスクを追加してください。</translation>
    </message>
    <message>
        <location filename="../backend/storage/MirrorPlanner.cpp" line="155"/>
        <source>Create %1 (RAID1) on %2 with the second side missing</source>
        <translation>%2 上に %1 (RAID1) を 2 台目が欠けた状態で作成します</translation>
    </message>
    <message>
        <location filename="../backend/storage/MirrorPlanner.cpp" line="165"/>
        <source>Add %1 to virtual disk %2</source>
        <translation>%1 を仮想ディスク %2 に追加</translation>
    </message>
    <message>
        <location filename="../backend/storage/MirrorPlanner.cpp" line="173"/>
        <source>%1 is %2: a disk can only join a running mirror.</source>
        <translation>%1 は %2 です。ディスクは稼働中のミラーにしか追加できません。</translation>
    </message>
    <message>
        <location filename="../backend/storage/MirrorPlanner.cpp" line="180"/>
        <source>%1 holds %2&apos;s only working copy (%3): adding its own disk protects nothing. Pick a disk in the other module.</source>
        <translation>%1 には %2 の唯一の稼働中のコピー (%3) があります。同じディスクを追加しても何も保護されません。もう一方のモジュールのディスクを選んでください。</translation>
    </message>
    <message>
        <location filename="../backend/storage/MirrorPlanner.cpp" line="183"/>
        <source>%1 is already part of %2 (%3).</source>
        <translation>%1 はすでに %2 の一部です (%3)。</translation>
    </message>
    <message>
        <location filename="../backend/storage/MirrorPlanner.cpp" line="191"/>
        <source>%1 (%2) is smaller than %3 (%4): pick a disk at least as large.</source>
        <translation>%1 (%2) は %3 (%4) より小さいです。同じかそれ以上の容量のディスクを選んでください。</translation>
    </message>
    <message>
        <location filename="../backend/storage/MirrorPlanner.cpp" line="197"/>
        <source>%1 and %2 are both in module %3: if that module fails, both copies go with it. The guide pairs slot N of module 10 with slot N of module 11.</source>
        <translation>%1 と %2 はどちらもモジュール %3 にあります。このモジュールが故障すると両方のコピーが失われます。ガイドでは、モジュール 10 のスロット N とモジュール 11 のスロット N を組にします。</translation>
    </message>
    <message>
        <location filename="../backend/storage/MirrorPlanner.cpp" line="201"/>
        <source>%1 is in slot %2 but %3 is in slot %4: the guide uses corresponding slots.</source>
        <translation>%1 はスロット %2 にありますが、%3 はスロット %4 にあります。ガイドでは対応するスロットを使用します。</translation>
    </message>
    <message>
        <location filename="../backend/storage/MirrorPlanner.cpp" line="204"/>
        <source>%1 (%2) is larger than %3 (%4): the extra space stays unused.</source>
        <translation>%1 (%2) は %3 (%4) より大きいです。余った容量は使用されません。</translation>
    </message>
    <message>
        <location filename="../backend/storage/MirrorPlanner.cpp" line="207"/>
        <source>%1 is complete: %2 joins as a hot spare.</source>
        <translation>%1 はすでに完全です。%2 はホットスペアとして追加されます。</translation>
    </message>
    <message>
        <location filename="../backend/storage/MirrorPlanner.cpp" line="217"/>
        <source>%1 holds the system on partitions of %2: the new disk needs the same partition layout first (for example `sfdisk -d /dev/%2 | sfdisk /dev/%3`), then its matching partition joins %1. This console does not partition disks.</source>
        <translation>%1 には %2 のパーティション上のシステムがあります。新しいディスクには先に同じパーティション構成が必要で (例: `sfdisk -d /dev/%2 | sfdisk /dev/%3`)、その後で対応するパーティションを %1 に追加します。このコンソールはディスクのパーティション分割を行いません。</translation>
    </message>
    <message>
        <location filename="../backend/storage/MirrorPlanner.cpp" line="224"/>
        <source>Add %1 to %2; the mirror then synchronizes</source>
        <translation>%1 を %2 に追加します。その後ミラーが同期します</translation>
    </message>
    <message>
        <location filename="../backend/storage/MirrorPlanner.cpp" line="227"/>
        <source>%1 holds the system: the boot loader must be on both disks, or the host cannot boot when the first one fails.</source>
        <translation>%1 にはシステムがあります。ブートローダーが両方のディスクにないと、1 台目が故障したときにホストが起動できません。</translation>
    </message>
    <message>
        <location filename="../backend/storage/MirrorPlanner.cpp" line="233"/>
        <source>Install the boot loader on %1</source>
        <translation>%1 にブートローダーをインストールします</translation>
    </message>
    <message>
        <location filename="../backend/storage/MirrorPlanner.cpp" line="242"/>
        <source>Remove %1 from virtual disk %2</source>
        <translation>%1 を仮想ディスク %2 から削除</translation>
    </message>
    <message>
        <location filename="../backend/storage/MirrorPlanner.cpp" line="248"/>
        <source>That slot of %1 is already empty: there is nothing to remove.</source>
        <translation>%1 のそのスロットはすでに空です。削除するものはありません。</translation>
    </message>
    <message>
        <location filename="../backend/storage/MirrorPlanner.cpp" line="264"/>
        <source>%1 is the last in-sync member of %2: removing it would take the data offline. Add and synchronize another disk first.</source>
        <translation>%1 は %2 の最後の同期済みメンバーです。削除するとデータにアクセスできなくなります。先に別のディスクを追加して同期させてください。</translation>
    </message>
    <message>
        <location filename="../backend/storage/MirrorPlanner.cpp" line="269"/>
        <source>%1 will run Simplex (one copy) until a disk is added back.</source>
        <translation>ディスクを追加し直すまで、%1 は Simplex (コピー 1 つ) で動作します。</translation>
    </message>
    <message>
        <location filename="../backend/storage/MirrorPlanner.cpp" line="271"/>
        <source>Mark %1 failed in %2</source>
        <translation>%2 の %1 を故障としてマークします</translation>
    </message>
    <message>
        <location filename="../backend/storage/MirrorPlanner.cpp" line="273"/>
        <source>Remove %1 from %2</source>
        <translation>%1 を %2 から削除します</translation>
    </message>
    <message>
        <location filename="../backend/storage/MirrorPlanner.cpp" line="276"/>
        <source>the name of the member to remove</source>
        <translation>削除するメンバーの名前</translation>
    </message>
    <message>
        <location filename="../backend/storage/MirrorPlanner.cpp" line="283"/>
        <source>Re-add %1 to virtual disk %2</source>
        <translation>%1 を仮想ディスク %2 に再追加</translation>
    </message>
    <message>
        <location filename="../backend/storage/MirrorPlanner.cpp" line="289"/>
        <source>%1 is still listed in %2 (%3): remove it first.</source>
        <translation>%1 はまだ %2 に記載されています (%3)。先に削除してください。</translation>
    </message>
    <message>
        <location filename="../backend/storage/MirrorPlanner.cpp" line="293"/>
        <source>There is no device %1 on %2: is the disk inserted?</source>
        <translation>%2 上にデバイス %1 はありません。ディスクは挿入されていますか?</translation>
    </message>
    <message>
        <location filename="../backend/storage/MirrorPlanner.cpp" line="295"/>
        <source>%1 belongs to %2 now.</source>
        <translation>%1 は現在 %2 に属しています。</translation>
    </message>
    <message>
        <location filename="../backend/storage/MirrorPlanner.cpp" line="304"/>
        <source>%1 has no write-intent bitmap, so %2 cannot simply rejoin it: use Add disk, which checks %2 and asks for its serial number before it is overwritten.</source>
        <translation>%1 には書き込みインテントビットマップがないため、%2 をそのまま再参加させることはできません。「ディスクを追加」を使用してください。上書きする前に %2 を確認し、シリアル番号の入力を求めます。</translation>
    </message>
    <message>
        <location filename="../backend/storage/MirrorPlanner.cpp" line="309"/>
        <source>Re-add %1 to %2 (only changed blocks are copied)</source>
        <translation>%1 を %2 に再追加します (変更されたブロックのみコピー)</translation>
    </message>
    <message>
        <location filename="../backend/storage/MirrorPlanner.cpp" line="317"/>
        <source>Check consistency of %1</source>
        <translation>%1 の整合性チェック</translation>
    </message>
    <message>
        <location filename="../backend/storage/MirrorPlanner.cpp" line="322"/>
        <source>%1 is busy (%2): wait until it is done.</source>
        <translation>%1 は処理中です (%2)。完了するまで待ってください。</translation>
    </message>
    <message>
        <location filename="../backend/storage/MirrorPlanner.cpp" line="324"/>
        <source>%1 is %2: a check compares two copies, so it needs Duplex.</source>
        <translation>%1 は %2 です。チェックは 2 つのコピーを比較するため、Duplex である必要があります。</translation>
    </message>
    <message>
        <location filename="../backend/storage/MirrorPlanner.cpp" line="327"/>
        <source>Start a consistency check of %1</source>
        <translation>%1 の整合性チェックを開始します</translation>
    </message>
    <message>
        <location filename="../backend/storage/MirrorPlanner.cpp" line="335"/>
        <source>Cancel the check of %1</source>
        <translation>%1 のチェックを中止</translation>
    </message>
    <message>
        <location filename="../backend/storage/MirrorPlanner.cpp" line="340"/>
        <source>%1 runs no check to cancel; a resync or recovery must finish to protect the data.</source>
        <translation>%1 では中止できるチェックは実行されていません。データを保護するため、再同期またはリカバリーは完了させる必要があります。</translation>
    </message>
    <message>
        <location filename="../backend/storage/MirrorPlanner.cpp" line="343"/>
        <source>Stop the check of %1</source>
        <translation>%1 のチェックを停止します</translation>
    </message>
    <message>
        <location filename="../backend/storage/MirrorPlanner.cpp" line="350"/>
        <source>Set the resync priority of %1</source>
        <translation>%1 の再同期の優先度を設定</translation>
    </message>
    <message>
        <location filename="../backend/storage/MirrorPlanner.cpp" line="358"/>
        <source>Guarantee %1 only 1000 KiB/s</source>
        <translation>%1 に保証する速度を 1000 KiB/s だけにします</translation>
    </message>
    <message>
        <location filename="../backend/storage/MirrorPlanner.cpp" line="359"/>
        <source>Limit %1 to 10000 KiB/s</source>
        <translation>%1 を 10000 KiB/s に制限します</translation>
    </message>
    <message>
        <location filename="../backend/storage/MirrorPlanner.cpp" line="362"/>
        <source>Use the system&apos;s maximum for %1</source>
        <translation>%1 にシステムの最大値を使用します</translation>
    </message>
    <message>
        <location filename="../backend/storage/MirrorPlanner.cpp" line="363"/>
        <source>Use the system&apos;s minimum for %1</source>
        <translation>%1 にシステムの最小値を使用します</translation>
    </message>
    <message>
        <location filename="../backend/storage/MirrorPlanner.cpp" line="368"/>
        <source>Let %1 resync at up to 2000000 KiB/s</source>
        <translation>%1 の再同期を最大 2000000 KiB/s で行えるようにします</translation>
    </message>
    <message>
        <location filename="../backend/storage/MirrorPlanner.cpp" line="369"/>
        <source>Guarantee %1 50000 KiB/s even under load</source>
        <translation>負荷がかかっていても %1 に 50000 KiB/s を保証します</translation>
    </message>
    <message>
        <location filename="../backend/vms/CpuSchedule.cpp" line="52"/>
        <source>%1: relative weight %2 is out of range: choose 1 to 10000 (100 is the default).</source>
        <translation>%1: 相対的な重み %2 が範囲外です。1 から 10000 の値を選んでください (既定値は 100)。</translation>
    </message>
    <message>
        <location filename="../backend/vms/CpuSchedule.cpp" line="56"/>
        <source>%1: reserved capacity %2 % is out of range: choose 0 to 100 % of one CPU.</source>
        <translation>%1: 予約済み容量 %2 % が範囲外です。CPU 1 個の 0 から 100 % の値を選んでください。</translation>
    </message>
    <message>
        <location filename="../backend/vms/CpuSchedule.cpp" line="60"/>
        <source>%1: maximum capacity %2 % is out of range: choose 1 to 100 % of one CPU.</source>
        <translation>%1: 最大容量 %2 % が範囲外です。CPU 1 個の 1 から 100 % の値を選んでください。</translation>
    </message>
    <message>
        <location filename="../backend/vms/CpuSchedule.cpp" line="65"/>
        <source>%1: the maximum (%2 % of one CPU in all) is below the reservation (%3 %): raise the maximum or lower the reservation.</source>
        <translation>%1: 最大値 (合計で CPU 1 個の %2 %) が予約 (%3 %) を下回っています。最大値を上げるか、予約を下げてください。</translation>
    </message>
    <message>
        <location filename="../backend/vms/CpuSchedule.cpp" line="74"/>
        <source>The reservations add up to %1 % of one CPU, more than the %2 % this host offers its VMs (%3 CPUs less the host&apos;s own %4 %): lower a reservation, or the host reserve.</source>
        <translation>予約の合計は CPU 1 個の %1 % で、このホストが仮想マシンに提供できる %2 % (CPU %3 個からホスト自身の %4 % を引いた値) を超えています。いずれかの予約か、ホスト予約を下げてください。</translation>
    </message>
    <message>
        <location filename="../backend/vms/LibvirtGuestsPlanner.cpp" line="32"/>
        <source>a Debian-like host</source>
        <translation>Debian 系のホスト</translation>
    </message>
    <message>
        <location filename="../backend/vms/LibvirtGuestsPlanner.cpp" line="34"/>
        <source>a Red Hat-like host</source>
        <translation>Red Hat 系のホスト</translation>
    </message>
    <message>
        <location filename="../backend/vms/LibvirtGuestsPlanner.cpp" line="36"/>
        <source>a SUSE host</source>
        <translation>SUSE のホスト</translation>
    </message>
    <message>
        <location filename="../backend/vms/LibvirtGuestsPlanner.cpp" line="37"/>
        <source>this host</source>
        <translation>このホスト</translation>
    </message>
    <message>
        <location filename="../backend/vms/LibvirtGuestsPlanner.cpp" line="43"/>
        <source>When the host stops, libvirt-guests saves the memory of every running VM to disk (virsh managedsave) and %1; the VMs carry on where they were. Each save needs disk space for the VM&apos;s memory under /var/lib/libvirt/qemu/save.</source>
        <translation>ホストの停止時、libvirt-guests は実行中のすべての仮想マシンのメモリをディスクに保存し (virsh managedsave)、%1。仮想マシンは停止した時点から再開します。保存ごとに、/var/lib/libvirt/qemu/save に仮想マシンのメモリ分のディスク容量が必要です。</translation>
    </message>
    <message>
        <location filename="../backend/vms/LibvirtGuestsPlanner.cpp" line="47"/>
        <source>restores it when the host starts again (ON_BOOT=start)</source>
        <translation>ホストの次回起動時に復元します (ON_BOOT=start)</translation>
    </message>
    <message>
        <location filename="../backend/vms/LibvirtGuestsPlanner.cpp" line="48"/>
        <source>keeps it until each VM is started (ON_BOOT=%1: libvirt-guests restores none at boot)</source>
        <translation>各仮想マシンが開始されるまで保持します (ON_BOOT=%1: libvirt-guests は起動時に何も復元しません)</translation>
    </message>
    <message>
        <location filename="../backend/vms/LibvirtGuestsPlanner.cpp" line="52"/>
        <source>waits up to %1 s (SHUTDOWN_TIMEOUT) for each; a guest still running then is turned off with the host</source>
        <translation>それぞれ最大 %1 秒待ちます (SHUTDOWN_TIMEOUT)。その時点でまだ動作しているゲストはホストとともに電源が切られます</translation>
    </message>
    <message>
        <location filename="../backend/vms/LibvirtGuestsPlanner.cpp" line="55"/>
        <source>waits for each without a time limit (SHUTDOWN_TIMEOUT=0): a guest that ignores the request holds up the host&apos;s shutdown</source>
        <translation>それぞれを時間制限なしで待ちます (SHUTDOWN_TIMEOUT=0)。要求を無視するゲストがあると、ホストのシャットダウンが止まります</translation>
    </message>
    <message>
        <location filename="../backend/vms/LibvirtGuestsPlanner.cpp" line="58"/>
        <source>SHUTDOWN_TIMEOUT is not a whole number, so how long it waits is not known: set it</source>
        <translation>SHUTDOWN_TIMEOUT が整数ではないため、待機時間は不明です。値を設定してください</translation>
    </message>
    <message>
        <location filename="../backend/vms/LibvirtGuestsPlanner.cpp" line="59"/>
        <source>When the host stops, libvirt-guests asks each running VM&apos;s guest OS to shut down and %1. What a guest has not written to its disks by then is lost, and no VM keeps its state.</source>
        <translation>ホストの停止時、libvirt-guests は実行中の各仮想マシンのゲスト OS にシャットダウンを要求し、%1。それまでにゲストがディスクに書き込んでいないデータは失われ、どの仮想マシンも状態を保持しません。</translation>
    </message>
    <message>
        <location filename="../backend/vms/LibvirtGuestsPlanner.cpp" line="112"/>
        <source>Save the state of the VMs on %1 when the host stops</source>
        <translation>ホスト停止時に %1 上の仮想マシンの状態を保存</translation>
    </message>
    <message>
        <location filename="../backend/vms/LibvirtGuestsPlanner.cpp" line="113"/>
        <source>Shut the VMs on %1 down when the host stops</source>
        <translation>ホスト停止時に %1 上の仮想マシンをシャットダウン</translation>
    </message>
    <message>
        <location filename="../backend/vms/LibvirtGuestsPlanner.cpp" line="116"/>
        <source>%1 is a read-only capture: nothing can be changed there. Open the host itself.</source>
        <translation>%1 は読み取り専用の取得データです。ここでは何も変更できません。ホスト自体を開いてください。</translation>
    </message>
    <message>
        <location filename="../backend/vms/LibvirtGuestsPlanner.cpp" line="121"/>
        <source>The libvirt-guests settings of %1 have not been read yet: refresh and try again.</source>
        <translation>%1 の libvirt-guests の設定はまだ読み取られていません。更新してから再試行してください。</translation>
    </message>
    <message>
        <location filename="../backend/vms/LibvirtGuestsPlanner.cpp" line="126"/>
        <source>%1 has no libvirt-guests settings file (neither /etc/default/libvirt-guests nor /etc/sysconfig/libvirt-guests), and /etc/os-release does not say which distribution it is (ID &quot;%2&quot;), so where its libvirt-guests would read one is not known: create the file by hand where its libvirt-guests.sh sources it, then refresh.</source>
        <translation>%1 には libvirt-guests の設定ファイルがなく (/etc/default/libvirt-guests も /etc/sysconfig/libvirt-guests もありません)、/etc/os-release からもディストリビューションがわからない (ID「%2」) ため、libvirt-guests が設定ファイルをどこから読むかが不明です。libvirt-guests.sh が読み込む場所に手動でファイルを作成してから、更新してください。</translation>
    </message>
    <message>
        <location filename="../backend/vms/LibvirtGuestsPlanner.cpp" line="135"/>
        <source>%1 on %2 has lines the console does not understand (they are listed with the host&apos;s problems), so what ON_SHUTDOWN ends up as is not certain: set it there by hand, or simplify those lines and refresh.</source>
        <translation>%2 上の %1 にはコンソールが解釈できない行があるため (ホストの問題の一覧に表示されています)、最終的な ON_SHUTDOWN の値が確定できません。そこで手動で設定するか、それらの行を簡単にしてから更新してください。</translation>
    </message>
    <message>
        <location filename="../backend/vms/LibvirtGuestsPlanner.cpp" line="142"/>
        <source>ON_SHUTDOWN=%1 in %2</source>
        <translation>%2 の ON_SHUTDOWN=%1</translation>
    </message>
    <message>
        <location filename="../backend/vms/LibvirtGuestsPlanner.cpp" line="143"/>
        <source>libvirt-guests&apos; default, as %1 does not set ON_SHUTDOWN</source>
        <translation>%1 で ON_SHUTDOWN が設定されていないため libvirt-guests の既定値</translation>
    </message>
    <message>
        <location filename="../backend/vms/LibvirtGuestsPlanner.cpp" line="144"/>
        <source>no settings file</source>
        <translation>設定ファイルなし</translation>
    </message>
    <message>
        <location filename="../backend/vms/LibvirtGuestsPlanner.cpp" line="145"/>
        <source>libvirt-guests on %1 already saves the state of the VMs when the host stops (%2): nothing to change.</source>
        <translation>%1 の libvirt-guests は、すでにホスト停止時に仮想マシンの状態を保存します (%2)。変更することはありません。</translation>
    </message>
    <message>
        <location filename="../backend/vms/LibvirtGuestsPlanner.cpp" line="147"/>
        <source>libvirt-guests on %1 already shuts the VMs down when the host stops (%2): nothing to change.</source>
        <translation>%1 の libvirt-guests は、すでにホスト停止時に仮想マシンをシャットダウンします (%2)。変更することはありません。</translation>
    </message>
    <message>
        <location filename="../backend/vms/LibvirtGuestsPlanner.cpp" line="165"/>
        <source>The console could not work out an edit of %1 that changes only ON_SHUTDOWN: set ON_SHUTDOWN=%2 there by hand.</source>
        <translation>コンソールは、ON_SHUTDOWN だけを変更する %1 の編集内容を作成できませんでした。そこで ON_SHUTDOWN=%2 を手動で設定してください。</translation>
    </message>
    <message>
        <location filename="../backend/vms/LibvirtGuestsPlanner.cpp" line="172"/>
        <source>Check that %1 is as it was read (else stop here, changing nothing)</source>
        <translation>%1 が読み取り時から変わっていないことを確認します (変わっている場合は何も変更せずにここで停止します)</translation>
    </message>
    <message>
        <location filename="../backend/vms/LibvirtGuestsPlanner.cpp" line="176"/>
        <source>Check that %1 still does not exist (else stop here, changing nothing)</source>
        <translation>%1 がまだ存在しないことを確認します (存在する場合は何も変更せずにここで停止します)</translation>
    </message>
    <message>
        <location filename="../backend/vms/LibvirtGuestsPlanner.cpp" line="180"/>
        <source>Write the new settings to %1</source>
        <translation>新しい設定を %1 に書き込みます</translation>
    </message>
    <message>
        <location filename="../backend/vms/LibvirtGuestsPlanner.cpp" line="183"/>
        <source>Give %1 the owner and group of %2</source>
        <translation>%1 の所有者とグループを %2 と同じにします</translation>
    </message>
    <message>
        <location filename="../backend/vms/LibvirtGuestsPlanner.cpp" line="185"/>
        <source>Give %1 the permissions of %2</source>
        <translation>%1 のアクセス権を %2 と同じにします</translation>
    </message>
    <message>
        <location filename="../backend/vms/LibvirtGuestsPlanner.cpp" line="188"/>
        <source>Make %1 readable by everyone, writable by root (0644)</source>
        <translation>%1 を全員が読み取り可能、root が書き込み可能にします (0644)</translation>
    </message>
    <message>
        <location filename="../backend/vms/LibvirtGuestsPlanner.cpp" line="191"/>
        <source>Put %1 in place of %2 (one rename: the file is never half written)</source>
        <translation>%1 を %2 と置き換えます (1 回の名前変更で行うため、ファイルが書きかけの状態になることはありません)</translation>
    </message>
    <message>
        <location filename="../backend/vms/LibvirtGuestsPlanner.cpp" line="196"/>
        <source>%1 does not exist: the plan creates it (on %2 libvirt-guests reads its settings there) holding only ON_SHUTDOWN=%3; the other settings keep libvirt-guests&apos; defaults.</source>
        <translation>%1 は存在しません。プランでこのファイルを作成し (%2 では libvirt-guests がここから設定を読み込みます)、ON_SHUTDOWN=%3 だけを記述します。その他の設定は libvirt-guests の既定値のままです。</translation>
    </message>
    <message>
        <location filename="../backend/vms/LibvirtGuestsPlanner.cpp" line="201"/>
        <source>Line %1 of %2 becomes ON_SHUTDOWN=%3 (it sets %4 now); every other line stays exactly as it is.</source>
        <translation>%2 の %1 行目を ON_SHUTDOWN=%3 にします (現在の設定は %4)。その他の行はまったく変更しません。</translation>
    </message>
    <message>
        <location filename="../backend/vms/LibvirtGuestsPlanner.cpp" line="206"/>
        <source>%1 gets the line ON_SHUTDOWN=%2 as line %3 (it does not set it now, so libvirt-guests&apos; default, suspend, applies); every other line stays exactly as it is.</source>
        <translation>%1 の %3 行目に ON_SHUTDOWN=%2 を追加します (現在は設定されていないため、libvirt-guests の既定値 suspend が適用されています)。その他の行はまったく変更しません。</translation>
    </message>
    <message>
        <location filename="../backend/vms/LibvirtGuestsPlanner.cpp" line="213"/>
        <source>libvirt-guests.service is not enabled on %1: until it is (systemctl enable --now libvirt-guests), this setting does nothing and the VMs go down with the host.</source>
        <translation>%1 では libvirt-guests.service が有効になっていません。有効にするまで (systemctl enable --now libvirt-guests)、この設定は効果がなく、仮想マシンはホストとともに停止します。</translation>
    </message>
    <message>
        <location filename="../backend/vms/LibvirtGuestsPlanner.cpp" line="218"/>
        <source>Whether libvirt-guests runs on %1 is not known (it has no /etc/systemd/system/multi-user.target.wants): make sure its init system runs libvirt-guests when the host stops.</source>
        <translation>%1 で libvirt-guests が動作するかどうかは不明です (/etc/systemd/system/multi-user.target.wants がありません)。ホストの停止時に init システムが libvirt-guests を実行するようにしてください。</translation>
    </message>
    <message>
        <location filename="../backend/vms/LibvirtGuestsPlanner.cpp" line="223"/>
        <source>%1 exists too, but libvirt-guests on %2 reads %3: the plan leaves %1 alone.</source>
        <translation>%1 も存在しますが、%2 の libvirt-guests が読み込むのは %3 です。プランでは %1 は変更しません。</translation>
    </message>
    <message>
        <location filename="../backend/vms/LibvirtGuestsPlanner.cpp" line="246"/>
        <source>libvirt-guests ON_SHUTDOWN=%1 in %2</source>
        <translation>%2 の libvirt-guests ON_SHUTDOWN=%1</translation>
    </message>
    <message>
        <location filename="../backend/vms/LibvirtGuestsPlanner.cpp" line="247"/>
        <source>libvirt-guests&apos; default, ON_SHUTDOWN=suspend</source>
        <translation>libvirt-guests の既定値 ON_SHUTDOWN=suspend</translation>
    </message>
    <message>
        <location filename="../backend/vms/LibvirtGuestsPlanner.cpp" line="255"/>
        <source>%1 is set to save its state when the host stops, but libvirt-guests.service is not enabled on %2, so nothing saves it: enable it (systemctl enable --now libvirt-guests), or turn off Save State When the Host Stops for %1.</source>
        <translation>%1 はホスト停止時に状態を保存するよう設定されていますが、%2 では libvirt-guests.service が有効になっていないため、何も保存されません。libvirt-guests.service を有効にするか (systemctl enable --now libvirt-guests)、%1 の「ホスト停止時に状態を保存」をオフにしてください。</translation>
    </message>
    <message>
        <location filename="../backend/vms/LibvirtGuestsPlanner.cpp" line="260"/>
        <source>%1 is set to save its state when the host stops, but libvirt-guests on %2 only handles the VMs of URIS=&quot;%3&quot;, not those of %4: add %4 to URIS in %5, or turn off Save State When the Host Stops for %1.</source>
        <translation>%1 はホスト停止時に状態を保存するよう設定されていますが、%2 の libvirt-guests が扱うのは URIS=&quot;%3&quot; の仮想マシンだけで、%4 の仮想マシンは扱いません。%5 の URIS に %4 を追加するか、%1 の「ホスト停止時に状態を保存」をオフにしてください。</translation>
    </message>
    <message>
        <location filename="../backend/vms/LibvirtGuestsPlanner.cpp" line="263"/>
        <source>its settings</source>
        <translation>その設定ファイル</translation>
    </message>
    <message>
        <location filename="../backend/vms/LibvirtGuestsPlanner.cpp" line="265"/>
        <source>%1 is set to save its state when the host stops, but %2 shuts every VM down (%3): turn on Save VM States When the Host Stops for the host (every VM&apos;s state is then saved), or turn off Save State When the Host Stops for %1.</source>
        <translation>%1 はホスト停止時に状態を保存するよう設定されていますが、%2 はすべての仮想マシンをシャットダウンします (%3)。ホストの「ホスト停止時に仮想マシンの状態を保存」をオンにする (すべての仮想マシンの状態が保存されます) か、%1 の「ホスト停止時に状態を保存」をオフにしてください。</translation>
    </message>
    <message>
        <location filename="../backend/vms/LibvirtGuestsPlanner.cpp" line="270"/>
        <source>%1 is set to be shut down when the host stops, but %2 saves the state of every running VM (%3), and libvirt-guests has no setting per VM: turn off Save VM States When the Host Stops for the host (every VM is then shut down), or turn on Save State When the Host Stops for %1.</source>
        <translation>%1 はホスト停止時にシャットダウンするよう設定されていますが、%2 は実行中のすべての仮想マシンの状態を保存します (%3)。libvirt-guests には仮想マシンごとの設定はありません。ホストの「ホスト停止時に仮想マシンの状態を保存」をオフにする (すべての仮想マシンがシャットダウンされます) か、%1 の「ホスト停止時に状態を保存」をオンにしてください。</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmPlanner.cpp" line="33"/>
        <source>The VM name &quot;%1&quot; holds a control character: rename it with virsh domrename first.</source>
        <translation>仮想マシン名「%1」に制御文字が含まれています。先に virsh domrename で名前を変更してください。</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmPlanner.cpp" line="42"/>
        <source>%1 is no longer on %2 (it was removed or renamed): refresh and choose again.</source>
        <translation>%1 はもう %2 上にありません (削除されたか名前が変更されました)。更新してから選び直してください。</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmPlanner.cpp" line="120"/>
        <source>Set the CPU of %1: weight %2, reserve %3 %, maximum %4 %</source>
        <translation>%1 の CPU を設定: 重み %2、予約 %3 %、最大 %4 %</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmPlanner.cpp" line="133"/>
        <source>The CPU settings of %1 are not known yet (its schedinfo was not read), and every VM&apos;s shares depend on them: refresh, and if it stays so, see the problem shown for %1.</source>
        <translation>%1 の CPU 設定はまだ不明です (schedinfo が読み取られていません)。すべての仮想マシンの配分はこの設定に依存します。更新しても変わらない場合は、%1 について表示されている問題を確認してください。</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmPlanner.cpp" line="149"/>
        <source>The CPU settings of %1 are not known yet (its schedinfo was not read): refresh and try again.</source>
        <translation>%1 の CPU 設定はまだ不明です (schedinfo が読み取られていません)。更新してから再試行してください。</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmPlanner.cpp" line="175"/>
        <source>%1: record weight %2 and reservation %3 % with the VM</source>
        <translation>%1: 重み %2 と予約 %3 % を仮想マシンに記録します</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmPlanner.cpp" line="184"/>
        <source>cpu_shares %1 → %2</source>
        <translation>cpu_shares %1 → %2</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmPlanner.cpp" line="189"/>
        <source>no cap</source>
        <translation>上限なし</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmPlanner.cpp" line="190"/>
        <source>cap at %1 % of one CPU per vCPU</source>
        <translation>vCPU ごとに CPU 1 個の %1 % を上限</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmPlanner.cpp" line="197"/>
        <source>%1 already has these settings: nothing to change.</source>
        <translation>%1 はすでにこの設定です。変更することはありません。</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmPlanner.cpp" line="204"/>
        <source>Guaranteed: under full contention %1 gets %2 % of one CPU (%3 % of the system), at least its reservation of %4 %; the reservations leave %5 % of one CPU unreserved on this host.</source>
        <translation>保証: CPU が完全に競合した場合、%1 は CPU 1 個の %2 % (システムの %3 %) を得ます。これは少なくとも予約の %4 % 以上です。予約を除くと、このホストには CPU 1 個の %5 % が未予約で残ります。</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmPlanner.cpp" line="219"/>
        <source>Start</source>
        <translation>開始</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmPlanner.cpp" line="220"/>
        <source>Shut Down</source>
        <translation>シャットダウン</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmPlanner.cpp" line="221"/>
        <source>Turn Off</source>
        <translation>電源オフ</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmPlanner.cpp" line="222"/>
        <source>Save State</source>
        <translation>状態の保存</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmPlanner.cpp" line="223"/>
        <source>Reset</source>
        <translation>リセット</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmPlanner.cpp" line="224"/>
        <source>Pause</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmPlanner.cpp" line="225"/>
        <source>Resume</source>
        <translation>再開</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmPlanner.cpp" line="259"/>
        <source>%1 is %2: %3 does not apply now.</source>
        <translation>%1 は %2 です。現在「%3」は実行できません。</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmPlanner.cpp" line="265"/>
        <source>Restore %1 from its saved state</source>
        <translation>保存された状態から %1 を復元します</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmCreate.cpp" line="56"/>
        <source>%1, %2</source>
        <translation>%1、%2</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmCreate.cpp" line="58"/>
        <source>the plain disk %1, on no mirror</source>
        <translation>ミラーに属さない単独のディスク %1</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmCreate.cpp" line="59"/>
        <source>no mirror the console knows</source>
        <translation>コンソールが把握しているミラー以外</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmCreate.cpp" line="69"/>
        <source>Choose the directory for the image (an absolute path on the host).</source>
        <translation>イメージを置くディレクトリを選んでください (ホスト上の絶対パス)。</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmCreate.cpp" line="71"/>
        <source>The free space in %1 was not read: choose the place again.</source>
        <translation>%1 の空き容量は読み取られていません。配置場所を選び直してください。</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmCreate.cpp" line="73"/>
        <source>%1 cannot hold the image: %2.</source>
        <translation>%1 にはイメージを置けません: %2。</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmCreate.cpp" line="77"/>
        <source>The image needs %1 GiB and %2 has %3 GiB free: choose a smaller disk or another place.</source>
        <translation>イメージには %1 GiB 必要ですが、%2 の空きは %3 GiB です。ディスクを小さくするか、別の場所を選んでください。</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmCreate.cpp" line="81"/>
        <source>%1 has %2 GiB free, less than the %3 GiB the image may grow to: the VM stops when the file system fills.</source>
        <translation>%1 の空きは %2 GiB で、イメージが拡張しうる %3 GiB より少なくなっています。ファイルシステムがいっぱいになると仮想マシンは停止します。</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmCreate.cpp" line="85"/>
        <source>%1 is on %2: the guide runs VMs only from Duplex mirrored disks, so a disk failure there stops the VM. Choose a place on a Duplex mirror, or make this one Duplex first.</source>
        <translation>%1 の配置先は %2 です。ガイドでは仮想マシンを Duplex のミラーディスク上でのみ動かします。ここではディスクが故障すると仮想マシンが停止します。Duplex のミラー上の場所を選ぶか、先にこのミラーを Duplex にしてください。</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmCreate.cpp" line="92"/>
        <source>%1 already exists: choose another name or place; the console never overwrites an image.</source>
        <translation>%1 はすでに存在します。別の名前か場所を選んでください。コンソールがイメージを上書きすることはありません。</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmCreate.cpp" line="96"/>
        <source>Whether %1 exists could not be checked (%2): try again.</source>
        <translation>%1 が存在するかどうかを確認できませんでした (%2)。再試行してください。</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmCreate.cpp" line="97"/>
        <location filename="../backend/vms/VmCreate.cpp" line="435"/>
        <location filename="../backend/vms/VmEdit.cpp" line="174"/>
        <source>not asked</source>
        <translation>問い合わせていません</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmCreate.cpp" line="103"/>
        <source>Check that %1 is not there yet</source>
        <translation>%1 がまだ存在しないことを確認します</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmCreate.cpp" line="107"/>
        <source>Create the dynamically expanding image %1 (%2 GiB)</source>
        <translation>容量可変のイメージ %1 を作成します (%2 GiB)</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmCreate.cpp" line="109"/>
        <source>Create the fixed-size image %1 (%2 GiB, fully allocated)</source>
        <translation>固定サイズのイメージ %1 を作成します (%2 GiB、完全に割り当て済み)</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmCreate.cpp" line="146"/>
        <source>The VM needs a name: type one, e.g. DC1.</source>
        <translation>仮想マシンには名前が必要です。名前を入力してください (例: DC1)。</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmCreate.cpp" line="148"/>
        <source>The name &quot;%1&quot; begins or ends with a space: remove it.</source>
        <translation>名前「%1」の先頭または末尾に空白があります。削除してください。</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmCreate.cpp" line="151"/>
        <source>The name holds a control character or line break: use letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;.</source>
        <translation>名前に制御文字または改行が含まれています。英字、数字、&apos;-&apos;、&apos;_&apos;、&apos;.&apos; を使用してください。</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmCreate.cpp" line="153"/>
        <source>The name &quot;%1&quot; holds a &apos;/&apos;, which libvirt refuses in a domain name: use &apos;-&apos; instead.</source>
        <translation>名前「%1」に &apos;/&apos; が含まれていますが、libvirt はドメイン名にこれを使用できません。代わりに &apos;-&apos; を使用してください。</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmCreate.cpp" line="156"/>
        <source>The name is %1 characters long: use at most 64 (the image file is named after it).</source>
        <translation>名前が %1 文字あります。64 文字以内にしてください (イメージファイルの名前にも使われます)。</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmCreate.cpp" line="159"/>
        <source>The name &quot;%1&quot; is only digits, which virsh takes for a domain id: add a letter.</source>
        <translation>名前「%1」は数字だけのため、virsh はドメイン ID とみなします。英字を加えてください。</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmCreate.cpp" line="161"/>
        <source>The name &quot;%1&quot; looks like a UUID, which virsh takes for one: choose another.</source>
        <translation>名前「%1」は UUID のように見えるため、virsh は UUID とみなします。別の名前を選んでください。</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmCreate.cpp" line="164"/>
        <source>%1 already has a VM named %2: choose another name.</source>
        <translation>%1 にはすでに %2 という名前の仮想マシンがあります。別の名前を選んでください。</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmCreate.cpp" line="166"/>
        <source>%1 has a VM named %2, which differs from &quot;%3&quot; only in case: choose a name that differs in more than that.</source>
        <translation>%1 には %2 という名前の仮想マシンがあり、「%3」とは大文字と小文字の違いしかありません。それ以外の点でも異なる名前を選んでください。</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmCreate.cpp" line="303"/>
        <source>Create the VM %1</source>
        <translation>仮想マシン %1 を作成</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmCreate.cpp" line="308"/>
        <source>The host&apos;s free space and paths could not be read (%1): nothing can be checked, so nothing is planned. Try again when the host answers.</source>
        <translation>ホストの空き容量とパスを読み取れませんでした (%1)。何も確認できないため、何も計画されていません。ホストが応答するようになったら再試行してください。</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmCreate.cpp" line="317"/>
        <location filename="../backend/vms/VmEdit.cpp" line="55"/>
        <source>%1 MiB of memory is too little for any guest: give it at least 64 MiB.</source>
        <translation>%1 MiB のメモリはどのゲストにも少なすぎます。64 MiB 以上を割り当ててください。</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmCreate.cpp" line="320"/>
        <source>The host&apos;s memory is not known yet: refresh and try again.</source>
        <translation>ホストのメモリ量はまだ不明です。更新してから再試行してください。</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmCreate.cpp" line="322"/>
        <source>%1 MiB is more memory than the host can give: it has %2 MiB, keeps %3 MiB for itself, and the running and autostart VMs (%4) are given %5 MiB, which leaves %6 MiB. A VM given more than that will not start: lower its memory, or lower another VM&apos;s.</source>
        <translation>%1 MiB は、ホストが割り当てられるメモリを超えています。ホストのメモリは %2 MiB で、ホスト自身用に %3 MiB を確保し、実行中および自動起動の仮想マシン (%4) に %5 MiB を割り当てているため、残りは %6 MiB です。これを超えるメモリを割り当てた仮想マシンは起動しません。この仮想マシンか、他の仮想マシンのメモリを減らしてください。</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmCreate.cpp" line="333"/>
        <location filename="../backend/vms/VmEdit.cpp" line="106"/>
        <source>A VM needs at least one virtual CPU.</source>
        <translation>仮想マシンには少なくとも 1 個の仮想 CPU が必要です。</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmCreate.cpp" line="335"/>
        <location filename="../backend/vms/VmEdit.cpp" line="108"/>
        <source>%1 virtual CPUs are more than the host&apos;s %2 CPUs: give it at most %2.</source>
        <translation>仮想 CPU %1 個は、ホストの CPU %2 個を超えています。%2 個以下にしてください。</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmCreate.cpp" line="349"/>
        <source>Give the existing image as an absolute path on the host, e.g. /var/lib/libvirt/images/DC1.img.</source>
        <translation>既存のイメージはホスト上の絶対パスで指定してください (例: /var/lib/libvirt/images/DC1.img)。</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmCreate.cpp" line="352"/>
        <location filename="../backend/vms/VmCreate.cpp" line="434"/>
        <location filename="../backend/vms/VmEdit.cpp" line="174"/>
        <source>%1 could not be looked at (%2).</source>
        <translation>%1 を確認できませんでした (%2)。</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmCreate.cpp" line="354"/>
        <source>%1 does not exist on %2: check the path.</source>
        <translation>%1 は %2 上に存在しません。パスを確認してください。</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmCreate.cpp" line="356"/>
        <source>%1 is a %2, not an image file.</source>
        <translation>%1 はイメージファイルではありません (種類: %2)。</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmCreate.cpp" line="358"/>
        <source>qemu-img could not read %1 (%2).</source>
        <translation>qemu-img が %1 を読み取れませんでした (%2)。</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmCreate.cpp" line="372"/>
        <source>%1 is a %2 image: it is converted into the fully allocated raw image %3 (the original stays as it is).</source>
        <translation>%1 は %2 イメージです。完全に割り当て済みの raw イメージ %3 に変換されます (元のイメージはそのまま残ります)。</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmCreate.cpp" line="375"/>
        <source>%1 is sparse (%2 GiB of %3 GiB allocated): it is copied into the fully allocated image %4 (the original stays as it is).</source>
        <translation>%1 はスパースです (%3 GiB 中 %2 GiB 割り当て済み)。完全に割り当て済みのイメージ %4 にコピーされます (元のイメージはそのまま残ります)。</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmCreate.cpp" line="378"/>
        <source>%1 is on %2, not on a Duplex mirror: it is copied into %3 (the original stays as it is).</source>
        <translation>%1 の配置先は %2 で、Duplex のミラー上ではありません。%3 にコピーされます (元のイメージはそのまま残ります)。</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmCreate.cpp" line="390"/>
        <location filename="../backend/vms/VmEdit.cpp" line="320"/>
        <source>The virtual hard disk needs at least 1 GiB.</source>
        <translation>仮想ハードディスクには 1 GiB 以上が必要です。</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmCreate.cpp" line="395"/>
        <source>A dynamically expanding image grows as the guest writes: the guide says it is not for production VMs (slower, and it can fill the disk under a running VM).</source>
        <translation>容量可変のイメージはゲストの書き込みに応じて拡張します。ガイドでは本番用の仮想マシンには使わないとしています (低速で、実行中の仮想マシンの下でディスクをいっぱいにすることがあります)。</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmCreate.cpp" line="404"/>
        <source>%1 has no bridge named &quot;%2&quot;: build a team and its bridge first (Network ▸ New Team), or choose a libvirt network.</source>
        <translation>%1 には「%2」という名前のブリッジがありません。先にチームとそのブリッジを作成するか ([ネットワーク] ▸ [新しいチーム])、libvirt のネットワークを選んでください。</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmCreate.cpp" line="414"/>
        <source>The bridge %1 carries no team: a failed adapter cuts the VM off.</source>
        <translation>ブリッジ %1 にはチームがありません。アダプタが故障すると仮想マシンが切り離されます。</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmCreate.cpp" line="419"/>
        <location filename="../backend/vms/VmEdit.cpp" line="217"/>
        <source>The libvirt networks could not be listed (%1).</source>
        <translation>libvirt のネットワークを一覧表示できませんでした (%1)。</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmCreate.cpp" line="421"/>
        <source>libvirt on %1 has no network named &quot;%2&quot; (it has: %3).</source>
        <translation>%1 の libvirt には「%2」という名前のネットワークがありません (あるもの: %3)。</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmCreate.cpp" line="425"/>
        <source>The VM gets no network adapter.</source>
        <translation>仮想マシンにはネットワークアダプタを付けません。</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmCreate.cpp" line="432"/>
        <location filename="../backend/vms/VmEdit.cpp" line="172"/>
        <source>Give the ISO as an absolute path on the host.</source>
        <translation>ISO はホスト上の絶対パスで指定してください。</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmCreate.cpp" line="437"/>
        <location filename="../backend/vms/VmEdit.cpp" line="176"/>
        <source>The ISO %1 does not exist on %2: copy it there first, or correct the path.</source>
        <translation>ISO %1 は %2 上に存在しません。先にそこへコピーするか、パスを修正してください。</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmCreate.cpp" line="440"/>
        <location filename="../backend/vms/VmEdit.cpp" line="178"/>
        <source>%1 is a %2, not an ISO file.</source>
        <translation>%1 は ISO ファイルではありません (種類: %2)。</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmCreate.cpp" line="458"/>
        <source>The other VMs&apos; CPU shares are left as they are: %1</source>
        <translation>他の仮想マシンの CPU 配分はそのままです: %1</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmCreate.cpp" line="470"/>
        <source>Define %1 with libvirt (the domain XML below)</source>
        <translation>%1 を libvirt に定義します (下記のドメイン XML)</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmCreate.cpp" line="477"/>
        <source>Copy %1 into the fully allocated raw image %2</source>
        <translation>%1 を完全に割り当て済みの raw イメージ %2 にコピーします</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmCreate.cpp" line="499"/>
        <location filename="../backend/vms/VmPlanner.cpp" line="266"/>
        <source>Start %1</source>
        <translation>%1 を開始します</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmPlanner.cpp" line="270"/>
        <source>Ask the guest OS of %1 to shut down</source>
        <translation>%1 のゲスト OS にシャットダウンを要求します</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmPlanner.cpp" line="272"/>
        <source>The guest decides: a guest without ACPI support keeps running.</source>
        <translation>判断するのはゲストです。ACPI に対応していないゲストは動作を続けます。</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmPlanner.cpp" line="275"/>
        <source>Turn off %1 at once</source>
        <translation>%1 の電源を直ちにオフにします</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmPlanner.cpp" line="276"/>
        <source>Like pulling the plug: what the guest has not written to its disks is lost.</source>
        <translation>電源プラグを抜くのと同じで、ゲストがまだディスクに書き込んでいないデータは失われます。</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmPlanner.cpp" line="279"/>
        <source>Save the state of %1 and stop it</source>
        <translation>%1 の状態を保存して停止します</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmPlanner.cpp" line="283"/>
        <source>Reset %1</source>
        <translation>%1 をリセットします</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmPlanner.cpp" line="284"/>
        <source>Like the reset button: the guest restarts without shutting down.</source>
        <translation>リセットボタンと同じで、ゲストはシャットダウンせずに再起動します。</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmPlanner.cpp" line="287"/>
        <source>Pause %1</source>
        <translation>%1 を一時停止します</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmPlanner.cpp" line="290"/>
        <source>Resume %1</source>
        <translation>%1 を再開します</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmCreate.cpp" line="492"/>
        <location filename="../backend/vms/VmPlanner.cpp" line="299"/>
        <source>Start %1 with the host</source>
        <translation>ホスト起動時に %1 を開始</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmPlanner.cpp" line="300"/>
        <source>Do not start %1 with the host</source>
        <translation>ホスト起動時に %1 を開始しない</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmPlanner.cpp" line="314"/>
        <source>Save the state of %1 when the host stops</source>
        <translation>ホスト停止時に %1 の状態を保存</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmPlanner.cpp" line="315"/>
        <source>Shut %1 down when the host stops</source>
        <translation>ホスト停止時に %1 をシャットダウン</translation>
    </message>
    <message>
        <location filename="../backend/plan/OperationJournal.cpp" line="32"/>
        <source>cannot create %1</source>
        <translation>%1 を作成できません</translation>
    </message>
    <message>
        <location filename="../backend/plan/OperationJournal.cpp" line="39"/>
        <location filename="../backend/plan/OperationJournal.cpp" line="48"/>
        <location filename="../backend/vms/ResourcePlan.cpp" line="234"/>
        <source>cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <location filename="../backend/plan/OperationJournal.cpp" line="62"/>
        <location filename="../backend/vms/ResourcePlan.cpp" line="213"/>
        <source>cannot read %1: %2</source>
        <translation>%1 を読み取れません: %2</translation>
    </message>
    <message>
        <location filename="../backend/plan/OperationReport.cpp" line="41"/>
        <source>done</source>
        <translation>完了</translation>
    </message>
    <message>
        <location filename="../backend/plan/OperationReport.cpp" line="41"/>
        <source>cancelled</source>
        <translation>中止</translation>
    </message>
    <message>
        <location filename="../backend/plan/OperationReport.cpp" line="41"/>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <location filename="../backend/plan/OperationReport.cpp" line="54"/>
        <source>not run</source>
        <translation>実行されていません</translation>
    </message>
    <message>
        <location filename="../backend/plan/OperationReport.cpp" line="57"/>
        <source>exit %1</source>
        <translation>終了コード %1</translation>
    </message>
    <message>
        <location filename="../backend/plan/OperationReport.cpp" line="127"/>
        <source>%1
  host: %2 (as %3)
  started: %4, took %5 ms
  result: %6
</source>
        <translation>%1
  ホスト: %2 (%3 として)
  開始: %4、所要時間 %5 ms
  結果: %6
</translation>
    </message>
    <message>
        <location filename="../backend/plan/OperationReport.cpp" line="136"/>
        <location filename="../backend/plan/OperationReport.cpp" line="157"/>
        <source>, started %1, %2 ms</source>
        <translation>、開始 %1、%2 ms</translation>
    </message>
    <message>
        <location filename="../backend/plan/OperationReport.cpp" line="146"/>
        <source>&lt;section&gt;&lt;h2&gt;%1&lt;/h2&gt;&lt;p&gt;%2 as %3 &amp;middot; %4 &amp;middot; %5 ms &amp;middot; &lt;b&gt;%6&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;section&gt;&lt;h2&gt;%1&lt;/h2&gt;&lt;p&gt;%2 (%3 として) &amp;middot; %4 &amp;middot; %5 ms &amp;middot; &lt;b&gt;%6&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../backend/vms/ResourcePlan.cpp" line="81"/>
        <source>Memory: the VMs need %1 MiB, the host can give %2 MiB (%3 MiB less %4 MiB it keeps): %5 MiB short. Add memory to the host or lower the allocations.</source>
        <translation>メモリ: 仮想マシンには %1 MiB 必要ですが、ホストが割り当てられるのは %2 MiB (%3 MiB からホスト自身用の %4 MiB を引いた値) で、%5 MiB 不足しています。ホストにメモリを増設するか、割り当てを減らしてください。</translation>
    </message>
    <message>
        <location filename="../backend/vms/ResourcePlan.cpp" line="89"/>
        <source>CPU: the VMs need %1 GHz, the host has %2 GHz (%3 × %4 GHz). Choose a faster host or fewer VMs.</source>
        <translation>CPU: 仮想マシンには %1 GHz 必要ですが、ホストは %2 GHz (%3 × %4 GHz) です。より高速なホストを選ぶか、仮想マシンを減らしてください。</translation>
    </message>
    <message>
        <location filename="../backend/vms/ResourcePlan.cpp" line="95"/>
        <source>Disk: the VMs need %1 GiB, the host&apos;s mirrors hold %2 GiB. Add mirrored disks.</source>
        <translation>ディスク: 仮想マシンには %1 GiB 必要ですが、ホストのミラーの容量は %2 GiB です。ミラー化したディスクを追加してください。</translation>
    </message>
    <message>
        <location filename="../backend/vms/ResourcePlan.cpp" line="99"/>
        <source>Disk: the VMs need %1 GiB, %2 GiB are free on the Duplex mirrors where images go. Free space or add mirrored disks.</source>
        <translation>ディスク: 仮想マシンには %1 GiB 必要ですが、イメージを置く Duplex のミラーの空きは %2 GiB です。空き容量を確保するか、ミラー化したディスクを追加してください。</translation>
    </message>
    <message>
        <location filename="../backend/vms/ResourcePlan.cpp" line="148"/>
        <source>not a resource plan (format 1)</source>
        <translation>リソースプラン (形式 1) ではありません</translation>
    </message>
    <message>
        <location filename="../backend/vms/ResourcePlan.cpp" line="183"/>
        <source>server %1: &quot;%2&quot; is not a number from %3 to %4</source>
        <translation>サーバー %1: 「%2」が %3 から %4 の数値ではありません</translation>
    </message>
    <message>
        <location filename="../backend/vms/ResourcePlan.cpp" line="221"/>
        <source>%1 is not a resource plan the console can read (%2): move it away to start a new one.</source>
        <translation>%1 はコンソールが読み取れるリソースプランではありません (%2)。新しいプランを始めるには、このファイルを別の場所に移動してください。</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmEdit.cpp" line="23"/>
        <source>The definition of %1 could not be read (%2): refresh and try again.</source>
        <translation>%1 の定義を読み取れませんでした (%2)。更新してから再試行してください。</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmEdit.cpp" line="24"/>
        <source>not read</source>
        <translation>読み取られていません</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmEdit.cpp" line="37"/>
        <source>%1 runs: the change is made to its definition and takes effect when it is next started (shut it down and start it; a reboot inside the guest is not enough).</source>
        <translation>%1 は実行中です。変更は定義に加えられ、次回の開始時に有効になります (シャットダウンしてから開始してください。ゲスト内での再起動では不十分です)。</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmEdit.cpp" line="49"/>
        <source>Give %1 %2 MiB of memory</source>
        <translation>%1 に %2 MiB のメモリを割り当て</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmEdit.cpp" line="57"/>
        <source>%1 already has %2 MiB: nothing to change.</source>
        <translation>%1 はすでに %2 MiB です。変更することはありません。</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmEdit.cpp" line="64"/>
        <source>%1 MiB is more than the host can give %2: it has %3 MiB, keeps %4 MiB for itself, and the other running and autostart VMs are given %5 MiB, which leaves %6 MiB.</source>
        <translation>%1 MiB は、ホストが %2 に割り当てられる量を超えています。ホストのメモリは %3 MiB で、ホスト自身用に %4 MiB を確保し、その他の実行中および自動起動の仮想マシンに %5 MiB を割り当てているため、残りは %6 MiB です。</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmEdit.cpp" line="76"/>
        <source>%1: at most %2 MiB</source>
        <translation>%1: 最大 %2 MiB</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmEdit.cpp" line="78"/>
        <source>%1: %2 MiB at boot</source>
        <translation>%1: 起動時 %2 MiB</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmEdit.cpp" line="84"/>
        <source>%1: %2 MiB now (its memory balloon)</source>
        <translation>%1: 今すぐ %2 MiB (メモリバルーン経由)</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmEdit.cpp" line="86"/>
        <source>%1 runs: its balloon gives it %2 MiB now, if its guest has the balloon driver (virtio_balloon); it keeps room for %3 MiB until it restarts.</source>
        <translation>%1 は実行中です: ゲストにバルーンドライバー (virtio_balloon) があれば、バルーンにより今すぐ %2 MiB になります。再起動までは %3 MiB 分の余地を保持します。</translation>
    </message>
    <message numerus="yes">
        <location filename="../backend/vms/VmEdit.cpp" line="100"/>
        <source>Give %1 %n virtual CPU(s)</source>
        <translation>
            <numerusform>%1 に仮想 CPU を %n 個割り当て</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../backend/vms/VmEdit.cpp" line="112"/>
        <source>%1 already has %2 virtual CPUs: nothing to change.</source>
        <translation>%1 の仮想 CPU はすでに %2 個です。変更することはありません。</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmEdit.cpp" line="117"/>
        <source>%1: at most %2 virtual CPUs</source>
        <translation>%1: 仮想 CPU 最大 %2 個</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmEdit.cpp" line="119"/>
        <source>%1: %2 virtual CPUs at boot</source>
        <translation>%1: 起動時の仮想 CPU %2 個</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmEdit.cpp" line="129"/>
        <source>%1: %2 virtual CPUs now (plugged in)</source>
        <translation>%1: 今すぐ仮想 CPU %2 個 (ホットプラグ)</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmEdit.cpp" line="131"/>
        <source>%1 runs: the new virtual CPUs are plugged in now; its operating system brings them online (Linux guests do by themselves).</source>
        <translation>%1 は実行中です: 新しい仮想 CPU は今すぐ追加されます。オペレーティングシステムがそれらをオンラインにします (Linux ゲストは自動で行います)。</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmEdit.cpp" line="144"/>
        <source>Eject the CD/DVD of %1</source>
        <translation>%1 の CD/DVD を取り出し</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmEdit.cpp" line="145"/>
        <source>Insert %1 into the CD/DVD drive of %2</source>
        <translation>%1 を %2 の CD/DVD ドライブに挿入</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmEdit.cpp" line="155"/>
        <source>%1 has no CD/DVD drive: shut it down and add one with virt-manager or virsh attach-disk --type cdrom.</source>
        <translation>%1 には CD/DVD ドライブがありません。シャットダウンしてから、virt-manager または virsh attach-disk --type cdrom で追加してください。</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmEdit.cpp" line="164"/>
        <source>The CD/DVD drive of %1 is empty: nothing to eject.</source>
        <translation>%1 の CD/DVD ドライブは空です。取り出すものはありません。</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmEdit.cpp" line="166"/>
        <source>Eject %1 from %2</source>
        <translation>%1 を %2 から取り出します</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmEdit.cpp" line="180"/>
        <source>%1 is already in the drive of %2.</source>
        <translation>%1 はすでに %2 のドライブに入っています。</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmEdit.cpp" line="184"/>
        <source>Insert %1 into %2 of %3</source>
        <translation>%1 を %3 の %2 に挿入します</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmEdit.cpp" line="195"/>
        <source>Connect %1 of %2 to the bridge %3</source>
        <translation>%2 の %1 をブリッジ %3 に接続</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmEdit.cpp" line="196"/>
        <source>Connect %1 of %2 to the network %3</source>
        <translation>%2 の %1 をネットワーク %3 に接続</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmEdit.cpp" line="205"/>
        <source>%1 has no network adapter with the MAC address %2 (it was removed?): refresh and choose again.</source>
        <translation>%1 には MAC アドレス %2 のネットワークアダプタがありません (削除された可能性があります)。更新してから選び直してください。</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmEdit.cpp" line="215"/>
        <source>%1 has no bridge named &quot;%2&quot;: build a team and its bridge first.</source>
        <translation>%1 には「%2」という名前のブリッジがありません。先にチームとそのブリッジを作成してください。</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmEdit.cpp" line="219"/>
        <source>libvirt on %1 has no network named &quot;%2&quot;.</source>
        <translation>%1 の libvirt には「%2」という名前のネットワークがありません。</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmEdit.cpp" line="224"/>
        <source>%1 is already connected there.</source>
        <translation>%1 はすでにそこに接続されています。</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmEdit.cpp" line="247"/>
        <source>%1 runs: its adapter moves at once; connections through the old one are cut until the guest&apos;s network picks up the new one.</source>
        <translation>%1 は実行中です。アダプタの接続先はすぐに切り替わり、ゲストのネットワークが新しい接続先を認識するまで、以前の接続先を経由する通信は切断されます。</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmEdit.cpp" line="269"/>
        <source>Connect %1 to the bridge %2</source>
        <translation>%1 をブリッジ %2 に接続</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmEdit.cpp" line="284"/>
        <source>Every NIC of %1 is on %2 already: nothing to move.</source>
        <translation>%1 のすべての NIC はすでに %2 にあります: 移動するものはありません。</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmEdit.cpp" line="307"/>
        <source>Add a %1 GiB fixed-size disk to %2</source>
        <translation>%2 に %1 GiB の固定サイズのディスクを追加</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmEdit.cpp" line="312"/>
        <source>%1 has no free virtio disk name left (vda to vdz).</source>
        <translation>%1 には空いている virtio ディスク名 (vda から vdz) がもうありません。</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmEdit.cpp" line="325"/>
        <source>Attach %1 to %2 as %3</source>
        <translation>%1 を %3 として %2 に接続します</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmEdit.cpp" line="335"/>
        <source>Rename %1 to %2</source>
        <translation>%1 の名前を %2 に変更</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmEdit.cpp" line="340"/>
        <source>%1 is %2: libvirt renames only a shut-off VM. Shut it down first.</source>
        <translation>%1 は %2 です。libvirt はシャットオフ状態の仮想マシンしか名前を変更できません。先にシャットダウンしてください。</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmEdit.cpp" line="346"/>
        <source>The image files keep their names; only the VM is renamed.</source>
        <translation>イメージファイルの名前はそのままで、仮想マシンの名前だけが変更されます。</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmEdit.cpp" line="353"/>
        <source>Delete %1 and its disk images</source>
        <translation>%1 とそのディスクイメージを削除</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmEdit.cpp" line="354"/>
        <source>Delete %1 (its disk images stay)</source>
        <translation>%1 を削除 (ディスクイメージは残す)</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmEdit.cpp" line="359"/>
        <source>%1 is %2: shut it down first (Virtual Machine ▸ Shut Down).</source>
        <translation>%1 は %2 です。先にシャットダウンしてください ([仮想マシン] ▸ [シャットダウン])。</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmEdit.cpp" line="365"/>
        <source>Remove %1 from libvirt</source>
        <translation>%1 を libvirt から削除します</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmEdit.cpp" line="371"/>
        <source>Delete the image %1</source>
        <translation>イメージ %1 を削除します</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmEdit.cpp" line="379"/>
        <source>%1 has a saved state: it is discarded with the VM.</source>
        <translation>%1 には保存された状態があります。仮想マシンとともに破棄されます。</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmEdit.cpp" line="381"/>
        <source>The disk images are deleted for good: whatever the guest stored on them is lost. Make sure no other VM uses them.</source>
        <translation>ディスクイメージは完全に削除され、ゲストが保存した内容はすべて失われます。他の仮想マシンが使用していないことを確認してください。</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmEdit.cpp" line="384"/>
        <source>These images stay on the host: %1</source>
        <translation>次のイメージはホストに残ります: %1</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmEdit.cpp" line="386"/>
        <source>the VM&apos;s name</source>
        <translation>仮想マシンの名前</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmHostFacts.cpp" line="30"/>
        <source>%1 did not finish (%2)</source>
        <translation>%1 は完了しませんでした (%2)</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmHostFacts.cpp" line="32"/>
        <source>%1 is not installed on the host</source>
        <translation>%1 はホストにインストールされていません</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmHostFacts.cpp" line="34"/>
        <source>%1 exited with status %2</source>
        <translation>%1 がステータス %2 で終了しました</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmHostFacts.cpp" line="124"/>
        <source>stat printed &quot;%1&quot;, not TYPE|SIZE</source>
        <translation>stat が TYPE|SIZE ではなく「%1」を出力しました</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmHostFacts.cpp" line="160"/>
        <source>the host did not answer</source>
        <translation>ホストが応答しませんでした</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmHostFacts.cpp" line="183"/>
        <source>df printed something other than its Avail and Mounted on columns</source>
        <translation>df が Avail 列と Mounted on 列以外のものを出力しました</translation>
    </message>
    <message>
        <source>df printed something else than its Avail and Mounted on columns</source>
        <translation type="vanished">df が Avail 列と Mounted on 列以外のものを出力しました</translation>
    </message>
</context>
<context>
    <name>ftc::Readings</name>
    <message>
        <location filename="../backend/model/HostSnapshot.cpp" line="101"/>
        <source> (from `%1`)</source>
        <translation> (`%1` より)</translation>
    </message>
    <message>
        <location filename="../backend/model/Poller.cpp" line="102"/>
        <source>%1: libvirt does not answer (%2): start it on the host (systemctl start libvirtd), or choose another connection (Host ▸ Libvirt Connection, or --libvirt-uri).</source>
        <translation>%1: libvirt が応答しません (%2)。ホストで libvirt を起動するか (systemctl start libvirtd)、別の接続を選んでください ([ホスト] ▸ [libvirt 接続] または --libvirt-uri)。</translation>
    </message>
    <message>
        <location filename="../backend/model/Poller.cpp" line="105"/>
        <source>%1: libvirt cannot open this connection (%2): check the URI (Host ▸ Libvirt Connection, or --libvirt-uri).</source>
        <translation>%1: libvirt はこの接続を開けません (%2)。URI を確認してください ([ホスト] ▸ [libvirt 接続] または --libvirt-uri)。</translation>
    </message>
    <message>
        <location filename="../backend/model/Poller.cpp" line="112"/>
        <source>%1: could not read %2: %3</source>
        <translation>%1: %2 を読み取れませんでした: %3</translation>
    </message>
    <message>
        <location filename="../backend/model/Poller.cpp" line="118"/>
        <source>%1 has no %2 command: install the %3 package on the host to see this part.</source>
        <translation>%1 には %2 コマンドがありません。この部分を表示するには、ホストに %3 パッケージをインストールしてください。</translation>
    </message>
    <message>
        <location filename="../backend/model/Poller.cpp" line="124"/>
        <source>%1: sudo wants a password for %2: add a NOPASSWD sudoers rule for it, or connect as root.</source>
        <translation>%1: sudo が %2 にパスワードを要求しています。NOPASSWD の sudoers ルールを追加するか、root で接続してください。</translation>
    </message>
    <message>
        <location filename="../backend/model/Poller.cpp" line="131"/>
        <source>%1: %2 failed: %3</source>
        <translation>%1: %2 が失敗しました: %3</translation>
    </message>
    <message>
        <location filename="../backend/model/Poller.cpp" line="184"/>
        <source>virsh dumpxml %1 failed</source>
        <translation>virsh dumpxml %1 が失敗しました</translation>
    </message>
    <message>
        <location filename="../backend/model/Poller.cpp" line="189"/>
        <source>the definition of %1 could not be read: %2</source>
        <translation>%1 の定義を読み取れませんでした: %2</translation>
    </message>
    <message>
        <location filename="../backend/model/Poller.cpp" line="316"/>
        <source>%1: %2 did not answer within %3 s; showing the last reading</source>
        <translation>%1: %2 が %3 秒以内に応答しませんでした。前回の読み取り結果を表示しています</translation>
    </message>
    <message>
        <location filename="../backend/model/Poller.cpp" line="341"/>
        <source>%1 did not answer</source>
        <translation>%1 が応答しませんでした</translation>
    </message>
    <message>
        <location filename="../backend/model/snapshot/BuildSupport.cpp" line="20"/>
        <source>line %1: </source>
        <translation>%1 行目: </translation>
    </message>
    <message>
        <location filename="../backend/model/snapshot/BuildSupport.cpp" line="22"/>
        <source>Could not understand %1 output, %2%3</source>
        <translation>%1 の出力を解釈できませんでした。%2%3</translation>
    </message>
    <message>
        <location filename="../backend/model/snapshot/BuildSupport.cpp" line="27"/>
        <source>%1 more lines of %2 could not be understood</source>
        <translation>%2 のさらに %1 行を解釈できませんでした</translation>
    </message>
    <message>
        <location filename="../backend/model/snapshot/DiskBuilder.cpp" line="137"/>
        <source>belongs to the %1 container %2</source>
        <translation>%1 コンテナー %2 に属しています</translation>
    </message>
    <message>
        <location filename="../backend/model/snapshot/DiskBuilder.cpp" line="145"/>
        <source>%1 is a former member of %2 (the array UUID matches): re-add it</source>
        <translation>%1 は %2 の以前のメンバーです (アレイの UUID が一致)。再追加してください</translation>
    </message>
    <message>
        <location filename="../backend/model/snapshot/DiskBuilder.cpp" line="150"/>
        <source>a partition holds a RAID member signature of an array that is not running</source>
        <translation>パーティションに、稼働していないアレイの RAID メンバーシグネチャがあります</translation>
    </message>
    <message>
        <location filename="../backend/model/snapshot/DiskBuilder.cpp" line="152"/>
        <source>mounted at %1</source>
        <translation>%1 にマウントされています</translation>
    </message>
    <message>
        <location filename="../backend/model/snapshot/DiskBuilder.cpp" line="154"/>
        <source>has partitions %1</source>
        <translation>パーティション %1 があります</translation>
    </message>
    <message>
        <location filename="../backend/model/snapshot/DiskBuilder.cpp" line="156"/>
        <source>holds a RAID member signature of an array that is not running</source>
        <translation>稼働していないアレイの RAID メンバーシグネチャがあります</translation>
    </message>
    <message>
        <location filename="../backend/model/snapshot/DiskBuilder.cpp" line="158"/>
        <source>holds a %1 signature</source>
        <translation>%1 シグネチャがあります</translation>
    </message>
    <message>
        <location filename="../backend/model/snapshot/DiskBuilder.cpp" line="160"/>
        <source>used by %1</source>
        <translation>%1 が使用しています</translation>
    </message>
    <message>
        <location filename="../backend/network/NetFacts.cpp" line="136"/>
        <source>not run</source>
        <translation>実行されていません</translation>
    </message>
    <message>
        <location filename="../backend/parse/Bonding.cpp" line="143"/>
        <location filename="../backend/parse/Virsh.cpp" line="245"/>
        <source>not a &apos;key: value&apos; line</source>
        <translation>「key: value」形式の行ではありません</translation>
    </message>
    <message>
        <location filename="../backend/parse/Bonding.cpp" line="209"/>
        <source>unknown bonding mode</source>
        <translation>不明なボンディングモード</translation>
    </message>
    <message>
        <location filename="../backend/parse/DomainXml.cpp" line="72"/>
        <location filename="../backend/parse/DomainXml.cpp" line="380"/>
        <source>no domain XML</source>
        <translation>ドメイン XML がありません</translation>
    </message>
    <message>
        <location filename="../backend/parse/DomainXml.cpp" line="76"/>
        <source>root element is &lt;%1&gt;, not &lt;domain&gt;</source>
        <translation>ルート要素が &lt;domain&gt; ではなく &lt;%1&gt; です</translation>
    </message>
    <message>
        <location filename="../backend/parse/DomainXml.cpp" line="104"/>
        <source>%1 is not a number: &apos;%2&apos;</source>
        <translation>%1 が数値ではありません:「%2」</translation>
    </message>
    <message>
        <location filename="../backend/parse/DomainXml.cpp" line="119"/>
        <source>&lt;%1&gt; is not a number: &apos;%2&apos;</source>
        <translation>&lt;%1&gt; が数値ではありません:「%2」</translation>
    </message>
    <message>
        <location filename="../backend/parse/DomainXml.cpp" line="124"/>
        <source>&lt;%1&gt; has an unknown unit &apos;%2&apos; or is too large</source>
        <translation>&lt;%1&gt; の単位「%2」が不明か、値が大きすぎます</translation>
    </message>
    <message>
        <location filename="../backend/parse/DomainXml.cpp" line="362"/>
        <source>not domain XML</source>
        <translation>ドメイン XML ではありません</translation>
    </message>
    <message>
        <location filename="../backend/parse/DomainXml.cpp" line="392"/>
        <source>malformed XML at line %1, column %2: %3</source>
        <translation>%1 行目、%2 列目の XML が不正です: %3</translation>
    </message>
    <message>
        <location filename="../backend/parse/Ethtool.cpp" line="65"/>
        <source>not an ethtool &apos;Key: value&apos; line</source>
        <translation>ethtool の「Key: value」形式の行ではありません</translation>
    </message>
    <message>
        <location filename="../backend/parse/IpAddr.cpp" line="38"/>
        <source>expected a JSON array of %1</source>
        <translation>%1 の JSON 配列が必要です</translation>
    </message>
    <message>
        <location filename="../backend/parse/IpAddr.cpp" line="55"/>
        <location filename="../backend/parse/IpLink.cpp" line="34"/>
        <source>link without an ifname</source>
        <translation>ifname のないリンク</translation>
    </message>
    <message>
        <location filename="../backend/parse/IpLink.cpp" line="26"/>
        <source>expected a JSON array of links</source>
        <translation>リンクの JSON 配列が必要です</translation>
    </message>
    <message>
        <location filename="../backend/parse/JsonText.cpp" line="20"/>
        <source>invalid JSON: %1</source>
        <translation>無効な JSON: %1</translation>
    </message>
    <message>
        <location filename="../backend/parse/LibvirtGuests.cpp" line="62"/>
        <source>a quote (&apos;) that is not closed</source>
        <translation>閉じられていない引用符 (&apos;)</translation>
    </message>
    <message>
        <location filename="../backend/parse/LibvirtGuests.cpp" line="120"/>
        <source>a quote (&quot;) that is not closed</source>
        <translation>閉じられていない引用符 (&quot;)</translation>
    </message>
    <message>
        <location filename="../backend/parse/LibvirtGuests.cpp" line="127"/>
        <source>a command substitution (`...`)</source>
        <translation>コマンド置換 (`...`)</translation>
    </message>
    <message>
        <location filename="../backend/parse/LibvirtGuests.cpp" line="159"/>
        <source>a ${...} form other than ${NAME}</source>
        <translation>${NAME} 以外の ${...} 形式</translation>
    </message>
    <message>
        <location filename="../backend/parse/LibvirtGuests.cpp" line="171"/>
        <source>a command substitution or arithmetic ($(...))</source>
        <translation>コマンド置換または算術式 ($(...))</translation>
    </message>
    <message>
        <location filename="../backend/parse/LibvirtGuests.cpp" line="184"/>
        <source>a special parameter ($%1)</source>
        <translation>特殊パラメーター ($%1)</translation>
    </message>
    <message>
        <location filename="../backend/parse/LibvirtGuests.cpp" line="310"/>
        <source>not a variable assignment: the shell would run it as a command, which the console does not follow</source>
        <translation>変数の代入ではありません。シェルはこれをコマンドとして実行しますが、コンソールはそれを解釈しません</translation>
    </message>
    <message>
        <location filename="../backend/parse/LibvirtGuests.cpp" line="315"/>
        <source>the value holds %1, which the console does not follow</source>
        <translation>値に %1 が含まれていますが、コンソールはこれを解釈しません</translation>
    </message>
    <message>
        <location filename="../backend/parse/Lsblk.cpp" line="19"/>
        <source>device tree nested too deeply</source>
        <translation>デバイスツリーの入れ子が深すぎます</translation>
    </message>
    <message>
        <location filename="../backend/parse/Lsblk.cpp" line="24"/>
        <source>blockdevices entry is not an object</source>
        <translation>blockdevices のエントリがオブジェクトではありません</translation>
    </message>
    <message>
        <location filename="../backend/parse/Lsblk.cpp" line="57"/>
        <source>block device without a name</source>
        <translation>名前のないブロックデバイス</translation>
    </message>
    <message>
        <location filename="../backend/parse/Lsblk.cpp" line="93"/>
        <source>no &quot;blockdevices&quot; array</source>
        <translation>「blockdevices」配列がありません</translation>
    </message>
    <message>
        <location filename="../backend/parse/MdDetail.cpp" line="43"/>
        <source>not a &apos;KEY=VALUE&apos; line</source>
        <translation>「KEY=VALUE」形式の行ではありません</translation>
    </message>
    <message>
        <location filename="../backend/parse/MdSysfs.cpp" line="60"/>
        <source>not a path:value line</source>
        <translation>「パス:値」形式の行ではありません</translation>
    </message>
    <message>
        <location filename="../backend/parse/Mdstat.cpp" line="207"/>
        <source>unexpected token &apos;%1&apos; in array line</source>
        <translation>アレイの行に予期しないトークン「%1」があります</translation>
    </message>
    <message>
        <location filename="../backend/parse/Mdstat.cpp" line="323"/>
        <source>line outside any array</source>
        <translation>どのアレイにも属さない行</translation>
    </message>
    <message>
        <location filename="../backend/parse/Mdstat.cpp" line="336"/>
        <location filename="../backend/parse/Mdstat.cpp" line="355"/>
        <source>unrecognised line in %1</source>
        <translation>%1 内の認識できない行</translation>
    </message>
    <message>
        <location filename="../backend/parse/Mdstat.cpp" line="342"/>
        <source>unrecognised bitmap line in %1</source>
        <translation>%1 内の認識できないビットマップ行</translation>
    </message>
    <message>
        <location filename="../backend/parse/NicSysfs.cpp" line="23"/>
        <location filename="../backend/parse/NicSysfs.cpp" line="112"/>
        <source>&apos;%1&apos; is not an interface name</source>
        <translation>「%1」はインターフェイス名ではありません</translation>
    </message>
    <message>
        <location filename="../backend/parse/NicSysfs.cpp" line="64"/>
        <source>the speed is not a number of Mb/s</source>
        <translation>速度が Mb/s 単位の数値ではありません</translation>
    </message>
    <message>
        <location filename="../backend/parse/NicSysfs.cpp" line="81"/>
        <source>the duplex is not full, half or unknown</source>
        <translation>デュプレックスが full、half、unknown のいずれでもありません</translation>
    </message>
    <message>
        <location filename="../backend/parse/NicSysfs.cpp" line="106"/>
        <source>not a file under /sys/class/net/IF/</source>
        <translation>/sys/class/net/IF/ 配下のファイルではありません</translation>
    </message>
    <message>
        <location filename="../backend/parse/NicSysfs.cpp" line="119"/>
        <source>not a KEY=VALUE line of device/uevent</source>
        <translation>device/uevent の KEY=VALUE 形式の行ではありません</translation>
    </message>
    <message>
        <location filename="../backend/parse/ProcInfo.cpp" line="28"/>
        <source>not a &apos;Key: N [kB]&apos; line</source>
        <translation>「Key: N [kB]」形式の行ではありません</translation>
    </message>
    <message>
        <location filename="../backend/parse/SysLinks.cpp" line="25"/>
        <source>not an &apos;ls -l&apos; entry</source>
        <translation>「ls -l」形式のエントリではありません</translation>
    </message>
    <message>
        <location filename="../backend/parse/SysLinks.cpp" line="32"/>
        <source>symlink without a name or target</source>
        <translation>名前またはリンク先のないシンボリックリンク</translation>
    </message>
    <message>
        <location filename="../backend/parse/TextLines.cpp" line="41"/>
        <source>not a &apos;%1&apos; line</source>
        <translation>「%1」形式の行ではありません</translation>
    </message>
    <message>
        <location filename="../backend/parse/Virsh.cpp" line="96"/>
        <source>not a domain stat line</source>
        <translation>ドメイン統計の行ではありません</translation>
    </message>
    <message>
        <location filename="../backend/parse/Virsh.cpp" line="147"/>
        <source>not an &apos;Id Name State&apos; row</source>
        <translation>「Id Name State」形式の行ではありません</translation>
    </message>
    <message>
        <location filename="../backend/parse/Virsh.cpp" line="175"/>
        <source>value of %1 is not a number</source>
        <translation>%1 の値が数値ではありません</translation>
    </message>
    <message>
        <location filename="../backend/parse/Virsh.cpp" line="250"/>
        <source>unexpected value for %1</source>
        <translation>%1 の値が想定外です</translation>
    </message>
    <message>
        <location filename="../backend/parse/Virsh.cpp" line="333"/>
        <source>more than one state line</source>
        <translation>状態の行が複数あります</translation>
    </message>
    <message>
        <location filename="../backend/parse/Virsh.cpp" line="342"/>
        <source>unknown domain state</source>
        <translation>不明なドメイン状態</translation>
    </message>
    <message>
        <location filename="../backend/parse/VirshEvent.cpp" line="131"/>
        <source>line longer than %1 bytes dropped</source>
        <translation>%1 バイトを超える行を破棄しました</translation>
    </message>
    <message>
        <location filename="../backend/parse/VirshEvent.cpp" line="192"/>
        <source>not an &quot;event &apos;&lt;kind&gt;&apos; for domain &apos;&lt;name&gt;&apos;&quot; line</source>
        <translation>「event &apos;&lt;kind&gt;&apos; for domain &apos;&lt;name&gt;&apos;」形式の行ではありません</translation>
    </message>
    <message>
        <location filename="../backend/parse/VirshEvent.cpp" line="200"/>
        <source>bad timestamp</source>
        <translation>不正なタイムスタンプ</translation>
    </message>
    <message>
        <location filename="../backend/parse/VirshEvent.cpp" line="246"/>
        <source>not a &apos;&lt;field&gt;: &lt;value&gt;&apos; line</source>
        <translation>「&lt;field&gt;: &lt;value&gt;」形式の行ではありません</translation>
    </message>
    <message>
        <location filename="../backend/parse/VirshEvent.cpp" line="252"/>
        <source>not a virsh event line</source>
        <translation>virsh のイベント行ではありません</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmMetadata.cpp" line="28"/>
        <source>reserve_pct &quot;%1&quot; is not a percentage from 0 to 100</source>
        <translation>reserve_pct「%1」は 0 から 100 までのパーセント値ではありません</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmMetadata.cpp" line="37"/>
        <source>weight &quot;%1&quot; is not a whole number from 1 to 10000</source>
        <translation>weight「%1」は 1 から 10000 までの整数ではありません</translation>
    </message>
    <message>
        <location filename="../backend/vms/VmMetadata.cpp" line="45"/>
        <source>not XML (line %1, column %2: %3)</source>
        <translation>XML ではありません (%1 行目、%2 列目: %3)</translation>
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
    <name>ftc::ResourcePlannerDialog</name>
    <message>
        <location filename="../ui/vms/ResourcePlannerDialog.cpp" line="34"/>
        <source>Resource Planner for %1</source>
        <translation>%1 のリソースプランナー</translation>
    </message>
    <message>
        <location filename="../ui/vms/ResourcePlannerDialog.cpp" line="36"/>
        <source>For each server to virtualize, enter its memory and processor and how much of each it uses (measure it over a busy week). The VM needs at least that; the guide allocates about 50 % more. Type an allocation to replace the computed one.</source>
        <translation>仮想化する各サーバーについて、メモリとプロセッサ、およびそれぞれの使用率を入力してください (負荷の高い 1 週間で測定します)。仮想マシンには少なくともその量が必要で、ガイドではその約 50 % 増しを割り当てます。割り当てを入力すると、計算値の代わりに使われます。</translation>
    </message>
    <message>
        <location filename="../ui/vms/ResourcePlannerDialog.cpp" line="44"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location filename="../ui/vms/ResourcePlannerDialog.cpp" line="44"/>
        <source>Role</source>
        <translation>役割</translation>
    </message>
    <message>
        <location filename="../ui/vms/ResourcePlannerDialog.cpp" line="44"/>
        <source>Memory (MiB)</source>
        <translation>メモリ (MiB)</translation>
    </message>
    <message>
        <location filename="../ui/vms/ResourcePlannerDialog.cpp" line="44"/>
        <source>Memory use (%)</source>
        <translation>メモリ使用率 (%)</translation>
    </message>
    <message>
        <location filename="../ui/vms/ResourcePlannerDialog.cpp" line="45"/>
        <source>CPU (GHz)</source>
        <translation>CPU (GHz)</translation>
    </message>
    <message>
        <location filename="../ui/vms/ResourcePlannerDialog.cpp" line="45"/>
        <source>CPU use (%)</source>
        <translation>CPU 使用率 (%)</translation>
    </message>
    <message>
        <location filename="../ui/vms/ResourcePlannerDialog.cpp" line="45"/>
        <source>Disk (GiB)</source>
        <translation>ディスク (GiB)</translation>
    </message>
    <message>
        <location filename="../ui/vms/ResourcePlannerDialog.cpp" line="45"/>
        <source>Minimum memory</source>
        <translation>最小メモリ</translation>
    </message>
    <message>
        <location filename="../ui/vms/ResourcePlannerDialog.cpp" line="46"/>
        <source>Memory allocation</source>
        <translation>メモリ割り当て</translation>
    </message>
    <message>
        <location filename="../ui/vms/ResourcePlannerDialog.cpp" line="46"/>
        <source>Minimum CPU</source>
        <translation>最小 CPU</translation>
    </message>
    <message>
        <location filename="../ui/vms/ResourcePlannerDialog.cpp" line="46"/>
        <source>CPU allocation</source>
        <translation>CPU 割り当て</translation>
    </message>
    <message>
        <location filename="../ui/vms/ResourcePlannerDialog.cpp" line="63"/>
        <source>&amp;Add Server</source>
        <translation>サーバーを追加(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/vms/ResourcePlannerDialog.cpp" line="65"/>
        <source>&amp;Remove Server</source>
        <translation>サーバーを削除(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/vms/ResourcePlannerDialog.cpp" line="67"/>
        <source>&amp;Create VM…</source>
        <translation>仮想マシンを作成(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../ui/vms/ResourcePlannerDialog.cpp" line="69"/>
        <source>The create wizard, filled in from the chosen row</source>
        <translation>選択した行の値を入力済みの作成ウィザード</translation>
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
        <translation>入力値: 計算された割り当ての代わりに使われます。空にすると再計算されます。</translation>
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
        <translation>64 以上の整数 (MiB)</translation>
    </message>
    <message>
        <location filename="../ui/vms/ResourcePlannerDialog.cpp" line="176"/>
        <location filename="../ui/vms/ResourcePlannerDialog.cpp" line="182"/>
        <source>a number from 0 to 100</source>
        <translation>0 から 100 の数値</translation>
    </message>
    <message>
        <location filename="../ui/vms/ResourcePlannerDialog.cpp" line="179"/>
        <source>a number of GHz, e.g. 2.4</source>
        <translation>GHz 単位の数値 (例: 2.4)</translation>
    </message>
    <message>
        <location filename="../ui/vms/ResourcePlannerDialog.cpp" line="185"/>
        <source>a whole number of GiB, at least 1</source>
        <translation>1 以上の整数 (GiB)</translation>
    </message>
    <message>
        <location filename="../ui/vms/ResourcePlannerDialog.cpp" line="189"/>
        <source>a whole number of MiB, at least 64, or empty to compute it</source>
        <translation>64 以上の整数 (MiB)、または計算させる場合は空欄</translation>
    </message>
    <message>
        <location filename="../ui/vms/ResourcePlannerDialog.cpp" line="194"/>
        <source>a number of GHz, or empty to compute it</source>
        <translation>GHz 単位の数値、または計算させる場合は空欄</translation>
    </message>
    <message>
        <location filename="../ui/vms/ResourcePlannerDialog.cpp" line="200"/>
        <source>Row %1, %2: &quot;%3&quot; is not %4. The previous value is kept.</source>
        <translation>行 %1、%2: 「%3」は使用できません。入力できるのは %4 です。以前の値のままにします。</translation>
    </message>
    <message>
        <location filename="../ui/vms/ResourcePlannerDialog.cpp" line="220"/>
        <source>The host is not read yet: no totals.</source>
        <translation>ホストはまだ読み取られていないため、合計はありません。</translation>
    </message>
    <message>
        <location filename="../ui/vms/ResourcePlannerDialog.cpp" line="224"/>
        <source>&lt;b&gt;Together:&lt;/b&gt; %1 MiB of memory, %2 GiB of disk, %3 GHz of CPU. &lt;b&gt;%4 has:&lt;/b&gt; %5 MiB (%6 MiB kept for itself), %7 GiB of mirrored disks, %8 × %9 GHz.</source>
        <translation>&lt;b&gt;合計:&lt;/b&gt; メモリ %1 MiB、ディスク %2 GiB、CPU %3 GHz。&lt;b&gt;%4 の容量:&lt;/b&gt; %5 MiB (ホスト自身用に %6 MiB を確保)、ミラー化したディスク %7 GiB、%8 × %9 GHz。</translation>
    </message>
    <message>
        <location filename="../ui/vms/ResourcePlannerDialog.cpp" line="237"/>
        <source>The host has room for all of them.</source>
        <translation>ホストにはすべてを収める余裕があります。</translation>
    </message>
</context>
<context>
    <name>ftc::Session</name>
    <message>
        <location filename="../backend/session/HostSession.cpp" line="130"/>
        <source>%1 is closed: nothing was changed.</source>
        <translation>%1 は閉じられています。何も変更されていません。</translation>
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
        <translation>%1 は閉じられています</translation>
    </message>
    <message>
        <location filename="../backend/session/HostSession.cpp" line="277"/>
        <source>%1 is closed: no bundle was written</source>
        <translation>%1 は閉じられています。バンドルは書き出されませんでした</translation>
    </message>
    <message>
        <location filename="../backend/session/HostSpec.cpp" line="47"/>
        <source>No host given: write demo, local, ssh://user@host:port, bundle:DIR or sos:PATH.</source>
        <translation>ホストが指定されていません。demo、local、ssh://user@host:port、bundle:DIR、sos:PATH のいずれかを指定してください。</translation>
    </message>
    <message>
        <location filename="../backend/session/HostSpec.cpp" line="56"/>
        <source>bundle: needs a directory, e.g. bundle:/tmp/host-bundle.</source>
        <translation>bundle: にはディレクトリが必要です (例: bundle:/tmp/host-bundle)。</translation>
    </message>
    <message>
        <location filename="../backend/session/HostSpec.cpp" line="62"/>
        <source>sos: needs an sosreport, its directory or its archive, e.g. sos:/tmp/sosreport-host-2026-11-30-abcdefg.tar.xz.</source>
        <translation>sos: には sosreport、そのディレクトリ、またはそのアーカイブが必要です (例: sos:/tmp/sosreport-host-2026-11-30-abcdefg.tar.xz)。</translation>
    </message>
    <message>
        <location filename="../backend/session/HostSpec.cpp" line="68"/>
        <source>&apos;%1&apos; is not a valid SSH address: write ssh://user@host or ssh://user@host:port.</source>
        <translation>「%1」は有効な SSH アドレスではありません。ssh://user@host または ssh://user@host:port の形式で指定してください。</translation>
    </message>
    <message>
        <location filename="../backend/session/HostSpec.cpp" line="70"/>
        <source>&apos;%1&apos; has a path; an SSH address is ssh://user@host:port only.</source>
        <translation>「%1」にはパスが含まれています。SSH アドレスは ssh://user@host:port の形式のみです。</translation>
    </message>
    <message>
        <location filename="../backend/session/HostSpec.cpp" line="72"/>
        <source>Do not put a password in the address; the console asks for it when needed.</source>
        <translation>アドレスにパスワードを含めないでください。必要なときにコンソールが尋ねます。</translation>
    </message>
    <message>
        <location filename="../backend/session/HostSpec.cpp" line="75"/>
        <source>Port %1 is out of range 1-65535.</source>
        <translation>ポート %1 は範囲 1-65535 外です。</translation>
    </message>
    <message>
        <location filename="../backend/session/HostSpec.cpp" line="81"/>
        <source>Unknown host &apos;%1&apos;: write demo, local, ssh://user@host:port, bundle:DIR or sos:PATH.</source>
        <translation>不明なホスト「%1」です。demo、local、ssh://user@host:port、bundle:DIR、sos:PATH のいずれかを指定してください。</translation>
    </message>
    <message>
        <location filename="../backend/session/HostSpec.cpp" line="93"/>
        <source>the libvirt URI is empty</source>
        <translation>libvirt の URI が空です</translation>
    </message>
    <message>
        <location filename="../backend/session/HostSpec.cpp" line="95"/>
        <source>&quot;%1&quot; is not a libvirt URI: it must start with a scheme, e.g. qemu:///system or test:///path/node.xml</source>
        <translation>「%1」は libvirt の URI ではありません。qemu:///system や test:///path/node.xml のようにスキームで始まる必要があります</translation>
    </message>
    <message>
        <location filename="../backend/session/HostSpec.cpp" line="100"/>
        <source>the libvirt URI &quot;%1&quot; holds a blank or control character: write it without</source>
        <translation>libvirt の URI「%1」に空白または制御文字が含まれています。それらを除いて指定してください</translation>
    </message>
    <message>
        <location filename="../backend/session/RunnerFactory.cpp" line="36"/>
        <source>%1 is a read-only capture: it runs no commands.</source>
        <translation>%1 は読み取り専用の取得データです。コマンドは実行されません。</translation>
    </message>
    <message>
        <location filename="../backend/session/SessionWorker.cpp" line="35"/>
        <source>capture read (read-only)</source>
        <translation>取得データを読み取りました (読み取り専用)</translation>
    </message>
    <message>
        <location filename="../backend/session/SessionWorker.cpp" line="36"/>
        <source>connected</source>
        <translation>接続しました</translation>
    </message>
    <message>
        <location filename="../backend/session/SessionWorker.cpp" line="39"/>
        <source>connecting</source>
        <translation>接続中</translation>
    </message>
    <message>
        <location filename="../backend/session/SessionWorker.cpp" line="152"/>
        <source>%1: done</source>
        <translation>%1: 完了</translation>
    </message>
    <message>
        <location filename="../backend/session/SessionWorker.cpp" line="193"/>
        <source>%1 was closed before the plan started: nothing was changed.</source>
        <translation>プランの開始前に %1 が閉じられました。何も変更されていません。</translation>
    </message>
    <message>
        <location filename="../backend/session/SessionWorker.cpp" line="195"/>
        <source>Cancelled before it started: nothing was changed.</source>
        <translation>開始前に中止されました。何も変更されていません。</translation>
    </message>
    <message>
        <location filename="../backend/session/SessionWorker.cpp" line="198"/>
        <source>%1 is a read-only capture: nothing can be changed there.</source>
        <translation>%1 は読み取り専用の取得データです。ここでは何も変更できません。</translation>
    </message>
    <message>
        <location filename="../backend/session/SessionWorker.cpp" line="199"/>
        <source>%1 is not connected: nothing was changed.</source>
        <translation>%1 は接続されていません。何も変更されていません。</translation>
    </message>
    <message>
        <location filename="../backend/session/SessionWorker.cpp" line="208"/>
        <location filename="../backend/session/SessionWorker.cpp" line="220"/>
        <location filename="../backend/session/SessionWorker.cpp" line="368"/>
        <source>%1 is a read-only capture</source>
        <translation>%1 は読み取り専用の取得データです</translation>
    </message>
    <message>
        <location filename="../backend/session/SessionWorker.cpp" line="209"/>
        <location filename="../backend/session/SessionWorker.cpp" line="221"/>
        <location filename="../backend/session/SessionWorker.cpp" line="274"/>
        <location filename="../backend/session/SessionWorker.cpp" line="342"/>
        <location filename="../backend/session/SessionWorker.cpp" line="355"/>
        <location filename="../backend/session/SessionWorker.cpp" line="369"/>
        <source>%1 is not connected</source>
        <translation>%1 は接続されていません</translation>
    </message>
    <message>
        <location filename="../backend/session/SessionWorker.cpp" line="234"/>
        <source>%1 is a read-only capture: it has no VM screens</source>
        <translation>%1 は読み取り専用の取得データです。仮想マシンの画面はありません</translation>
    </message>
    <message>
        <location filename="../backend/session/SessionWorker.cpp" line="235"/>
        <source>%1 is not connected: the screen of %2 opens when it is back</source>
        <translation>%1 は接続されていません。ホストに再接続されると %2 の画面が開きます</translation>
    </message>
    <message>
        <location filename="../backend/session/SessionWorker.cpp" line="241"/>
        <source>The definition of %1 could not be read: %2</source>
        <translation>%1 の定義を読み取れませんでした: %2</translation>
    </message>
    <message>
        <location filename="../backend/session/SessionWorker.cpp" line="246"/>
        <source>%1 is not running: start it to see its screen.</source>
        <translation>%1 は実行されていません。画面を表示するには開始してください。</translation>
    </message>
    <message>
        <location filename="../backend/session/SessionWorker.cpp" line="264"/>
        <source>%1 has not been read yet</source>
        <translation>%1 はまだ読み取られていません</translation>
    </message>
    <message>
        <location filename="../backend/session/SessionWorker.cpp" line="293"/>
        <source>%1 has not been read yet: no bundle was written</source>
        <translation>%1 はまだ読み取られていません。バンドルは書き出されませんでした</translation>
    </message>
    <message>
        <location filename="../backend/session/SessionWorker.cpp" line="302"/>
        <source>%1: support bundle written to %2 (%3 sources)</source>
        <translation>%1: サポートバンドルを %2 に書き出しました (ソース %3 件)</translation>
    </message>
    <message>
        <location filename="../backend/session/SessionWorker.cpp" line="354"/>
        <source>%1 is a read-only capture: it holds no VM definitions</source>
        <translation>%1 は読み取り専用の取得データです。仮想マシンの定義は含まれていません</translation>
    </message>
    <message>
        <location filename="../backend/transport/Batch.cpp" line="187"/>
        <source>the batch ended out of order</source>
        <translation>バッチが順序どおりに終了しませんでした</translation>
    </message>
    <message>
        <location filename="../backend/transport/Batch.cpp" line="199"/>
        <source>the host&apos;s shell printed a line that is not a record: &quot;%1&quot;</source>
        <translation>ホストのシェルがレコードではない行を出力しました:「%1」</translation>
    </message>
    <message>
        <location filename="../backend/transport/Batch.cpp" line="204"/>
        <source>record %1 of step %2 came out of order</source>
        <translation>ステップ %2 のレコード %1 が順序どおりに届きませんでした</translation>
    </message>
    <message>
        <location filename="../backend/transport/Batch.cpp" line="210"/>
        <source>record of step %1 is longer than it said</source>
        <translation>ステップ %1 のレコードが申告された長さより長くなっています</translation>
    </message>
    <message>
        <location filename="../backend/transport/Batch.cpp" line="247"/>
        <source>the batched refresh ended before this command finished</source>
        <translation>このコマンドが完了する前に、一括更新が終了しました</translation>
    </message>
    <message>
        <location filename="../backend/transport/Batch.cpp" line="270"/>
        <source>the host has no sh: %1</source>
        <translation>ホストに sh がありません: %1</translation>
    </message>
    <message>
        <location filename="../backend/transport/Batch.cpp" line="272"/>
        <source>the host&apos;s shell stopped: %1</source>
        <translation>ホストのシェルが停止しました: %1</translation>
    </message>
    <message>
        <location filename="../backend/transport/Batch.cpp" line="304"/>
        <source>the batch did not finish within %1 s</source>
        <translation>バッチが %1 秒以内に完了しませんでした</translation>
    </message>
    <message>
        <location filename="../backend/transport/Batch.cpp" line="318"/>
        <source>the shell on the host ended: %1</source>
        <translation>ホスト上のシェルが終了しました: %1</translation>
    </message>
    <message>
        <location filename="../backend/transport/Batch.cpp" line="320"/>
        <source>the shell on the host ended</source>
        <translation>ホスト上のシェルが終了しました</translation>
    </message>
    <message>
        <location filename="../backend/transport/Command.cpp" line="11"/>
        <source>timed out</source>
        <translation>タイムアウトしました</translation>
    </message>
    <message>
        <location filename="../backend/transport/Command.cpp" line="28"/>
        <source>exit status %1</source>
        <translation>終了ステータス %1</translation>
    </message>
    <message>
        <location filename="../backend/transport/KnownHosts.cpp" line="203"/>
        <source>it is a directory</source>
        <translation>ディレクトリです</translation>
    </message>
    <message>
        <location filename="../backend/transport/LocalRunnerText.cpp" line="9"/>
        <source>sudo asks for a password, which the console cannot type: add a NOPASSWD sudoers rule for this user and command, or run the console as root.</source>
        <translation>sudo がパスワードを要求していますが、コンソールは入力できません。このユーザーとコマンドに NOPASSWD の sudoers ルールを追加するか、コンソールを root で実行してください。</translation>
    </message>
    <message>
        <location filename="../backend/transport/LocalRunnerText.cpp" line="16"/>
        <source>cannot start %1: %2</source>
        <translation>%1 を開始できません: %2</translation>
    </message>
    <message>
        <location filename="../backend/transport/LocalRunnerText.cpp" line="21"/>
        <source>the process did not end after it was killed</source>
        <translation>kill した後もプロセスが終了しませんでした</translation>
    </message>
    <message>
        <location filename="../backend/transport/LocalRunnerText.cpp" line="26"/>
        <source>empty command</source>
        <translation>空のコマンド</translation>
    </message>
    <message>
        <location filename="../backend/transport/SshChannelIo.cpp" line="73"/>
        <location filename="../backend/transport/SshChannelIo.cpp" line="121"/>
        <source>cannot create a channel</source>
        <translation>チャネルを作成できません</translation>
    </message>
    <message>
        <location filename="../backend/transport/SshChannelIo.cpp" line="84"/>
        <source>%1: %2 refused to open a channel: %3</source>
        <translation>%1: %2 がチャネルを開くことを拒否しました: %3</translation>
    </message>
    <message>
        <location filename="../backend/transport/SshChannelIo.cpp" line="104"/>
        <source>%1: %2 refused to run the command: %3</source>
        <translation>%1: %2 がコマンドの実行を拒否しました: %3</translation>
    </message>
    <message>
        <location filename="../backend/transport/SshChannelIo.cpp" line="134"/>
        <source>%1: %2 refused to connect to %3 (sshd&apos;s AllowTcpForwarding, or nothing listens there): %4</source>
        <translation>%1: %2 が %3 への接続を拒否しました (sshd の AllowTcpForwarding か、そこで待ち受けているものがありません): %4</translation>
    </message>
    <message>
        <location filename="../backend/transport/SshChannelIo.cpp" line="153"/>
        <source>%1: connection to %2 lost; the next command reconnects</source>
        <translation>%1: %2 との接続が切れました。次のコマンドで再接続します</translation>
    </message>
    <message>
        <location filename="../backend/transport/SshChannelIo.cpp" line="190"/>
        <source>%1: the channel failed: %2</source>
        <translation>%1: チャネルが失敗しました: %2</translation>
    </message>
    <message>
        <location filename="../backend/transport/SshConnection.cpp" line="22"/>
        <source>unknown error</source>
        <translation>不明なエラー</translation>
    </message>
    <message>
        <location filename="../backend/transport/SshConnection.cpp" line="38"/>
        <source>nothing we know</source>
        <translation>既知の方式なし</translation>
    </message>
    <message>
        <location filename="../backend/transport/SshConnection.cpp" line="95"/>
        <source>%1: connection to %2 lost (%3); the next command reconnects</source>
        <translation>%1: %2 との接続が切れました (%3)。次のコマンドで再接続します</translation>
    </message>
    <message>
        <location filename="../backend/transport/SshConnection.cpp" line="113"/>
        <source>%1: the host name &quot;%2&quot; does not resolve (%3): check the spelling, DNS or /etc/hosts, or use an IP address</source>
        <translation>%1: ホスト名「%2」を解決できません (%3)。綴り、DNS、/etc/hosts を確認するか、IP アドレスを使用してください</translation>
    </message>
    <message>
        <location filename="../backend/transport/SshConnection.cpp" line="122"/>
        <source>%1: cannot create an SSH session (out of memory?)</source>
        <translation>%1: SSH セッションを作成できません (メモリ不足?)</translation>
    </message>
    <message>
        <location filename="../backend/transport/SshConnection.cpp" line="158"/>
        <source>%1: connection refused: nothing accepts SSH connections on port %2 of %3; check that sshd runs there and the port is right</source>
        <translation>%1: 接続が拒否されました。%3 のポート %2 で SSH 接続を受け付けるものがありません。sshd が動作していることと、ポートが正しいことを確認してください</translation>
    </message>
    <message>
        <location filename="../backend/transport/SshConnection.cpp" line="163"/>
        <source>%1: connection timed out: %2 did not answer on port %3 within %4 s; check the address, the port and firewalls</source>
        <translation>%1: 接続がタイムアウトしました。%2 はポート %3 で %4 秒以内に応答しませんでした。アドレス、ポート、ファイアウォールを確認してください</translation>
    </message>
    <message>
        <location filename="../backend/transport/SshConnection.cpp" line="168"/>
        <source>%1: %2 is unreachable (%3); check the network route</source>
        <translation>%1: %2 に到達できません (%3)。ネットワークの経路を確認してください</translation>
    </message>
    <message>
        <location filename="../backend/transport/SshConnection.cpp" line="171"/>
        <source>%1: cannot connect to %2: %3</source>
        <translation>%1: %2 に接続できません: %3</translation>
    </message>
    <message>
        <location filename="../backend/transport/SshConnection.cpp" line="191"/>
        <source>%1: the server sent no host key: %2</source>
        <translation>%1: サーバーがホスト鍵を送信しませんでした: %2</translation>
    </message>
    <message>
        <location filename="../backend/transport/SshConnection.cpp" line="199"/>
        <source>%1: cannot read the server&apos;s host key</source>
        <translation>%1: サーバーのホスト鍵を読み取れません</translation>
    </message>
    <message>
        <location filename="../backend/transport/SshConnection.cpp" line="214"/>
        <source>%1: REFUSED: cannot read %2 (%3), so the host key of %4 cannot be checked: a changed key would look like a new one. Make the file readable by this user (or remove it if it is not wanted), then connect again.</source>
        <translation>%1: 拒否: %2 を読み取れないため (%3)、%4 のホスト鍵を確認できません。変更された鍵が新しい鍵のように見えてしまいます。このユーザーがファイルを読み取れるようにしてから (不要であれば削除してから)、再接続してください。</translation>
    </message>
    <message>
        <location filename="../backend/transport/SshConnection.cpp" line="245"/>
        <source>%1: the host key (%2 %3) is marked @revoked on line %4 of %5; refusing to connect</source>
        <translation>%1: ホスト鍵 (%2 %3) は %5 の %4 行目で @revoked とマークされています。接続を拒否します</translation>
    </message>
    <message>
        <location filename="../backend/transport/SshConnection.cpp" line="250"/>
        <source>%1: REFUSED: the host key of %2 has CHANGED. The server now presents %3 %4, which does not match line %5 of %6. Someone may be intercepting the connection, or the host was reinstalled. If you know the key changed legitimately, remove the old entry with: ssh-keygen -R %7 -f %8 and connect again.</source>
        <translation>%1: 拒否: %2 のホスト鍵が変更されています。サーバーは現在 %3 %4 を提示していますが、これは %6 の %5 行目と一致しません。接続が傍受されているか、ホストが再インストールされた可能性があります。鍵が正当に変更されたことがわかっている場合は、ssh-keygen -R %7 -f %8 で古いエントリを削除してから再接続してください。</translation>
    </message>
    <message>
        <location filename="../backend/transport/SshConnection.cpp" line="271"/>
        <source>%1: REFUSED: %2 presents the host key %3 %4, but line %5 of %6 holds a key of another type (%7) for this host, and the server did not offer that type. Someone may be impersonating the host. If the host really changed its key type, verify the new fingerprint out of band (on the host: ssh-keygen -lf on its /etc/ssh/ssh_host_*_key.pub), then add it, e.g. with: ssh-keyscan -t %8 -p %9 %10 &gt;&gt; %11 (or remove the old entry with: ssh-keygen -R %12 -f %11) and connect again.</source>
        <translation>%1: 拒否: %2 はホスト鍵 %3 %4 を提示していますが、%6 の %5 行目にはこのホストについて別の種類 (%7) の鍵があり、サーバーはその種類を提示しませんでした。誰かがホストになりすましている可能性があります。ホストが実際に鍵の種類を変更した場合は、新しいフィンガープリントを別の経路で確認し (ホスト上で /etc/ssh/ssh_host_*_key.pub に対して ssh-keygen -lf)、追加してから (例: ssh-keyscan -t %8 -p %9 %10 &gt;&gt; %11、または ssh-keygen -R %12 -f %11 で古いエントリを削除)、再接続してください。</translation>
    </message>
    <message>
        <location filename="../backend/transport/SshConnection.cpp" line="291"/>
        <source>%1: the host key of %2 (%3 %4) is not in %5 and nobody is there to confirm it; connect once with ssh(1) to add it, or open the host in the console</source>
        <translation>%1: %2 のホスト鍵 (%3 %4) は %5 になく、確認できる人もいません。ssh(1) で一度接続して鍵を追加するか、コンソールでホストを開いてください</translation>
    </message>
    <message>
        <location filename="../backend/transport/SshConnection.cpp" line="305"/>
        <source>%1: the host key of %2 (%3 %4) was not accepted</source>
        <translation>%1: %2 のホスト鍵 (%3 %4) は許可されませんでした</translation>
    </message>
    <message>
        <location filename="../backend/transport/SshConnection.cpp" line="341"/>
        <source>Passphrase for key %1:</source>
        <translation>鍵 %1 のパスフレーズ:</translation>
    </message>
    <message>
        <location filename="../backend/transport/SshConnection.cpp" line="362"/>
        <location filename="../backend/transport/SshConnection.cpp" line="411"/>
        <source>%1: connection to %2 lost during authentication: %3</source>
        <translation>%1: 認証中に %2 との接続が切れました: %3</translation>
    </message>
    <message>
        <location filename="../backend/transport/SshConnection.cpp" line="384"/>
        <source>identity %1</source>
        <translation>鍵ファイル %1</translation>
    </message>
    <message>
        <location filename="../backend/transport/SshConnection.cpp" line="386"/>
        <source> (missing)</source>
        <translation> (見つかりません)</translation>
    </message>
    <message>
        <location filename="../backend/transport/SshConnection.cpp" line="421"/>
        <source>Password for %1:</source>
        <translation>%1 のパスワード:</translation>
    </message>
    <message>
        <location filename="../backend/transport/SshConnection.cpp" line="422"/>
        <source>Wrong password. Password for %1:</source>
        <translation>パスワードが違います。%1 のパスワード:</translation>
    </message>
    <message>
        <location filename="../backend/transport/SshConnection.cpp" line="465"/>
        <source>no password (nobody to ask)</source>
        <translation>パスワードなし (尋ねる相手がいません)</translation>
    </message>
    <message>
        <location filename="../backend/transport/SshConnection.cpp" line="467"/>
        <source>nothing (no agent, no keys)</source>
        <translation>なし (エージェントも鍵もありません)</translation>
    </message>
    <message>
        <location filename="../backend/transport/SshConnection.cpp" line="469"/>
        <source>%1: authentication failed: the password for %2 was not accepted (%3 tries). Check the user name and the password, or log in with a key (tried %4).</source>
        <translation>%1: 認証に失敗しました。%2 のパスワードが受け付けられませんでした (%3 回試行)。ユーザー名とパスワードを確認するか、鍵でログインしてください (試行: %4)。</translation>
    </message>
    <message>
        <location filename="../backend/transport/SshConnection.cpp" line="475"/>
        <source>%1: authentication failed: server accepts %2; tried %3. Add your public key to ~/.ssh/authorized_keys of %4 on the host, load it into ssh-agent, or give an identity file</source>
        <translation>%1: 認証に失敗しました。サーバーが受け付ける方式: %2、試行: %3。ホスト上の %4 の ~/.ssh/authorized_keys に公開鍵を追加するか、ssh-agent に読み込むか、鍵ファイルを指定してください</translation>
    </message>
    <message>
        <location filename="../backend/transport/SshRunner.cpp" line="171"/>
        <source>keepalive failed: %1</source>
        <translation>キープアライブに失敗しました: %1</translation>
    </message>
    <message>
        <location filename="../backend/transport/SshRunner.cpp" line="253"/>
        <location filename="../backend/transport/SshRunner.cpp" line="288"/>
        <source>%1: empty command</source>
        <translation>%1: 空のコマンド</translation>
    </message>
    <message>
        <location filename="../backend/transport/SshRunner.cpp" line="262"/>
        <source>%1: `%2` timed out after %3 s</source>
        <translation>%1: `%2` が %3 秒でタイムアウトしました</translation>
    </message>
    <message>
        <location filename="../backend/transport/SshRunner.cpp" line="268"/>
        <source>%1: sudo on %2 wants a password, which the console cannot type: add a NOPASSWD sudoers rule for %3 (see sudoers(5)) or connect as root
</source>
        <translation>%1: %2 の sudo がパスワードを要求していますが、コンソールは入力できません。%3 に NOPASSWD の sudoers ルールを追加するか (sudoers(5) を参照)、root で接続してください
</translation>
    </message>
    <message>
        <location filename="../backend/transport/StreamRun.cpp" line="38"/>
        <source>timed out after %1 ms</source>
        <translation>%1 ms でタイムアウトしました</translation>
    </message>
    <message>
        <location filename="../backend/vms/VirshSession.cpp" line="137"/>
        <source>The virsh session on %1 ended (%2) and was started again.</source>
        <translation>%1 の virsh セッションが終了しました (%2)。セッションを再度開始しました。</translation>
    </message>
    <message>
        <location filename="../backend/vms/VirshSession.cpp" line="139"/>
        <source>no reason given</source>
        <translation>理由は示されていません</translation>
    </message>
    <message>
        <location filename="../backend/vms/VirshSession.cpp" line="160"/>
        <source>it no longer takes input</source>
        <translation>入力を受け付けなくなりました</translation>
    </message>
    <message>
        <location filename="../backend/vms/VirshSession.cpp" line="213"/>
        <source>the host has no virsh command</source>
        <translation>ホストに virsh コマンドがありません</translation>
    </message>
    <message>
        <location filename="../backend/vms/VirshSession.cpp" line="214"/>
        <source>a word holds a line break, which virsh cannot take</source>
        <translation>語に改行が含まれていますが、virsh はこれを受け付けられません</translation>
    </message>
    <message>
        <location filename="../backend/vms/VirshSession.cpp" line="215"/>
        <source>the virsh session could not be started</source>
        <translation>virsh セッションを開始できませんでした</translation>
    </message>
    <message>
        <location filename="../backend/vms/VirshSession.cpp" line="233"/>
        <source>the virsh session ended</source>
        <translation>virsh セッションが終了しました</translation>
    </message>
    <message>
        <location filename="../backend/vms/VirshSession.cpp" line="241"/>
        <source>virsh did not answer in time</source>
        <translation>virsh が時間内に応答しませんでした</translation>
    </message>
    <message>
        <location filename="../backend/vms/VirshSession.cpp" line="263"/>
        <source>virsh exited with status %1%2</source>
        <translation>virsh がステータス %1 で終了しました%2</translation>
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
        <translation>%1 はホスト上で接続を開けません (接続先: %2)。実際のホストではありません</translation>
    </message>
    <message>
        <location filename="../backend/transport/SocketStream.cpp" line="156"/>
        <source>no answer within %1 s</source>
        <translation>%1 秒以内に応答がありません</translation>
    </message>
    <message>
        <location filename="../backend/transport/SocketStream.cpp" line="172"/>
        <source>%1: the socket path is too long</source>
        <translation>%1: ソケットのパスが長すぎます</translation>
    </message>
    <message>
        <location filename="../backend/vnc/StreamSocketBridge.cpp" line="18"/>
        <source>cannot make a socket pair: %1</source>
        <translation>ソケットペアを作成できません: %1</translation>
    </message>
    <message>
        <location filename="../backend/vnc/StreamSocketBridge.cpp" line="84"/>
        <source>the connection closed</source>
        <translation>接続が閉じられました</translation>
    </message>
    <message>
        <location filename="../backend/vnc/StreamSocketBridge.cpp" line="114"/>
        <source>the server closed the connection</source>
        <translation>サーバーが接続を閉じました</translation>
    </message>
    <message>
        <location filename="../backend/vnc/VncTarget.cpp" line="27"/>
        <source>Shut %1 down, give it &lt;graphics type=&apos;vnc&apos; autoport=&apos;yes&apos; listen=&apos;127.0.0.1&apos;/&gt; (virsh edit %1, or virt-manager&apos;s Display VNC with address Localhost only), and start it again.</source>
        <translation>%1 をシャットダウンし、&lt;graphics type=&apos;vnc&apos; autoport=&apos;yes&apos; listen=&apos;127.0.0.1&apos;/&gt; を設定して (virsh edit %1、または virt-manager の「Display VNC」でアドレスを「Localhost only」に設定)、再び開始してください。</translation>
    </message>
    <message>
        <location filename="../backend/vnc/VncTarget.cpp" line="32"/>
        <source>%1 shows its screen over SPICE only; the console shows VNC. %2</source>
        <translation>%1 は画面を SPICE でのみ提供していますが、コンソールが表示できるのは VNC です。%2</translation>
    </message>
    <message>
        <location filename="../backend/vnc/VncTarget.cpp" line="33"/>
        <source>%1 has no graphical console. %2</source>
        <translation>%1 にはグラフィカルコンソールがありません。%2</translation>
    </message>
    <message>
        <location filename="../backend/vnc/VncTarget.cpp" line="38"/>
        <source>%1&apos;s VNC socket is not known yet: is it running?</source>
        <translation>%1 の VNC ソケットはまだ不明です。実行中ですか?</translation>
    </message>
    <message>
        <location filename="../backend/vnc/VncTarget.cpp" line="45"/>
        <source>%1&apos;s VNC display listens nowhere (listen type none). %2</source>
        <translation>%1 の VNC ディスプレイはどこでも待ち受けていません (listen type none)。%2</translation>
    </message>
    <message>
        <location filename="../backend/vnc/VncTarget.cpp" line="49"/>
        <source>%1&apos;s VNC display listens on the libvirt network %2, which the console does not reach through its connection. %3</source>
        <translation>%1 の VNC ディスプレイは libvirt のネットワーク %2 で待ち受けていますが、コンソールは自身の接続経由でそこに到達できません。%3</translation>
    </message>
    <message>
        <location filename="../backend/vnc/VncTarget.cpp" line="55"/>
        <source>%1&apos;s VNC display listens on every address of the host (%2): anyone on the network can reach its screen, so the console will not open it. Change its listen address to 127.0.0.1: %3</source>
        <translation>%1 の VNC ディスプレイはホストのすべてのアドレス (%2) で待ち受けています: ネットワーク上の誰でもその画面に到達できるため、コンソールはこれを開きません。待ち受けアドレスを 127.0.0.1 に変更してください: %3</translation>
    </message>
    <message>
        <source>%1&apos;s VNC display listens on every address of the host (%2): anyone on the network can reach its screen, and the console does not use it so. Change its listen address to 127.0.0.1: %3</source>
        <translation type="vanished">%1 の VNC ディスプレイはホストのすべてのアドレス (%2) で待ち受けています。ネットワーク上の誰でもその画面に到達できるため、コンソールはこの設定のままでは使用しません。待ち受けアドレスを 127.0.0.1 に変更してください: %3</translation>
    </message>
    <message>
        <location filename="../backend/vnc/VncTarget.cpp" line="62"/>
        <source>%1&apos;s VNC display listens on %2, an address of the network, not on the host&apos;s loopback. Change it to 127.0.0.1: %3</source>
        <translation>%1 の VNC ディスプレイは、ホストのループバックではなくネットワークのアドレス %2 で待ち受けています。127.0.0.1 に変更してください: %3</translation>
    </message>
    <message>
        <location filename="../backend/vnc/VncTarget.cpp" line="68"/>
        <source>%1 has no VNC port yet: start it to see its screen.</source>
        <translation>%1 にはまだ VNC ポートがありません。画面を表示するには開始してください。</translation>
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
    <name>ftc::ShortcutsDialog</name>
    <message>
        <location filename="../ui/shell/HelpDialogs.cpp" line="105"/>
        <source>Keyboard Shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
    <message>
        <location filename="../ui/shell/HelpDialogs.cpp" line="114"/>
        <source>%1 ▸ %2</source>
        <translation>%1 ▸ %2</translation>
    </message>
    <message>
        <location filename="../ui/shell/HelpDialogs.cpp" line="123"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../ui/shell/HelpDialogs.cpp" line="123"/>
        <source>Shortcut</source>
        <translation>ショートカット</translation>
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
        <location filename="../ui/common/StateStyle.cpp" line="126"/>
        <source>Former member of %1</source>
        <translation>%1 の以前のメンバー</translation>
    </message>
    <message>
        <location filename="../ui/common/StateStyle.cpp" line="131"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/common/StateStyle.cpp" line="133"/>
        <source>Member of %1</source>
        <translation>%1 のメンバー</translation>
    </message>
    <message>
        <location filename="../ui/common/StateStyle.cpp" line="146"/>
        <source>Disabled</source>
        <translation>無効</translation>
    </message>
    <message>
        <location filename="../ui/common/StateStyle.cpp" line="148"/>
        <source>No link</source>
        <translation>リンクなし</translation>
    </message>
    <message>
        <location filename="../ui/common/StateStyle.cpp" line="149"/>
        <source>Link up, %1 Mb/s</source>
        <translation>リンクアップ、%1 Mb/s</translation>
    </message>
    <message>
        <location filename="../ui/common/StateStyle.cpp" line="149"/>
        <source>Link up</source>
        <translation>リンクアップ</translation>
    </message>
    <message>
        <location filename="../ui/common/StateStyle.cpp" line="170"/>
        <source>Down</source>
        <translation>ダウン</translation>
    </message>
    <message>
        <location filename="../ui/common/StateStyle.cpp" line="172"/>
        <source>Degraded (%1 of %2 up)</source>
        <translation>縮退 (%2 個中 %1 個アップ)</translation>
    </message>
    <message>
        <location filename="../ui/common/StateStyle.cpp" line="173"/>
        <source>Redundant</source>
        <translation>冗長</translation>
    </message>
    <message>
        <location filename="../ui/common/StateStyle.cpp" line="191"/>
        <source>Running</source>
        <translation>実行中</translation>
    </message>
    <message>
        <location filename="../ui/common/StateStyle.cpp" line="193"/>
        <source>Paused</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <location filename="../ui/common/StateStyle.cpp" line="195"/>
        <source>Shut off</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../ui/common/StateStyle.cpp" line="195"/>
        <source>Saved</source>
        <translation>保存済み</translation>
    </message>
    <message>
        <location filename="../ui/common/StateStyle.cpp" line="197"/>
        <source>Shutting down</source>
        <translation>シャットダウン中</translation>
    </message>
    <message>
        <location filename="../ui/common/StateStyle.cpp" line="199"/>
        <source>Suspended by guest</source>
        <translation>ゲストによりサスペンド中</translation>
    </message>
    <message>
        <location filename="../ui/common/StateStyle.cpp" line="201"/>
        <source>Unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <location filename="../ui/common/StateStyle.cpp" line="203"/>
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
        <location filename="../ui/storage/StorageActions.cpp" line="41"/>
        <source>&amp;Add Disk…</source>
        <translation>ディスクを追加(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageActions.cpp" line="43"/>
        <source>Add Disk</source>
        <comment>button</comment>
        <translation>ディスク追加</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageActions.cpp" line="44"/>
        <source>Add a physical disk to this virtual disk</source>
        <translation>この仮想ディスクに物理ディスクを追加します</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageActions.cpp" line="54"/>
        <location filename="../ui/storage/StorageActions.cpp" line="174"/>
        <source>&amp;Remove Member…</source>
        <translation>メンバーを削除(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageActions.cpp" line="63"/>
        <source>&amp;Remove Member</source>
        <translation>メンバーを削除(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageActions.cpp" line="66"/>
        <source>Remove</source>
        <comment>button</comment>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageActions.cpp" line="71"/>
        <source>Re-&amp;add Member</source>
        <translation>メンバーを再追加(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageActions.cpp" line="33"/>
        <location filename="../ui/storage/StorageActions.cpp" line="74"/>
        <source>Re-add</source>
        <comment>button</comment>
        <translation>再追加</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageActions.cpp" line="31"/>
        <location filename="../ui/storage/StorageActions.cpp" line="153"/>
        <source>Re-&amp;add to Virtual Disk…</source>
        <translation>仮想ディスクに再追加(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageActions.cpp" line="76"/>
        <source>Start Consistency &amp;Check…</source>
        <translation>整合性チェックを開始(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageActions.cpp" line="78"/>
        <source>Check</source>
        <comment>button</comment>
        <translation>チェック</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageActions.cpp" line="82"/>
        <source>Ca&amp;ncel Check…</source>
        <translation>チェックを中止(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageActions.cpp" line="84"/>
        <source>Cancel Check</source>
        <comment>button</comment>
        <translation>チェック中止</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageActions.cpp" line="95"/>
        <source>&amp;Low (spare the virtual machines)</source>
        <translation>低(&amp;L) (仮想マシンを優先)</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageActions.cpp" line="96"/>
        <source>&amp;Normal (system default)</source>
        <translation>標準(&amp;N) (システムの既定値)</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageActions.cpp" line="97"/>
        <source>&amp;High (finish sooner)</source>
        <translation>高(&amp;H) (早く完了)</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageActions.cpp" line="106"/>
        <source>Resync &amp;Priority</source>
        <translation>再同期の優先度(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageActions.cpp" line="109"/>
        <source>Priority</source>
        <comment>button</comment>
        <translation>優先度</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageActions.cpp" line="111"/>
        <source>&amp;Storage</source>
        <translation>ストレージ(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageActions.cpp" line="129"/>
        <source>Select a host first</source>
        <translation>先にホストを選択してください</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageActions.cpp" line="130"/>
        <source>The host has not been read yet</source>
        <translation>ホストはまだ読み取られていません</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageActions.cpp" line="131"/>
        <source>A capture is read-only</source>
        <translation>取得データは読み取り専用です</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageActions.cpp" line="142"/>
        <source>Select a physical disk that is in no virtual disk</source>
        <translation>どの仮想ディスクにも属さない物理ディスクを選択してください</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageActions.cpp" line="143"/>
        <source>%1 is already a member of %2: choose a free disk</source>
        <translation>%1 はすでに %2 のメンバーです。空いているディスクを選んでください</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageActions.cpp" line="144"/>
        <source>%1 holds a former member of %2: re-add it there</source>
        <translation>%1 には %2 の以前のメンバーがあります。%2 に再追加してください</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageActions.cpp" line="145"/>
        <source>%1 is in use</source>
        <translation>%1 は使用中です</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageActions.cpp" line="148"/>
        <source>Select a physical disk that holds a former member of a virtual disk</source>
        <translation>仮想ディスクの以前のメンバーを含む物理ディスクを選択してください</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageActions.cpp" line="149"/>
        <source>%1 holds no former member of a running virtual disk</source>
        <translation>%1 には稼働中の仮想ディスクの以前のメンバーはありません</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageActions.cpp" line="151"/>
        <source>Re-&amp;add %1 to %2…</source>
        <translation>%1 を %2 に再追加(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageActions.cpp" line="154"/>
        <source>Select a virtual disk (or one of its members) first</source>
        <translation>先に仮想ディスク (またはそのメンバー) を選択してください</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageActions.cpp" line="161"/>
        <source>&amp;Remove %1 from %2…</source>
        <translation>%1 を %2 から削除(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageActions.cpp" line="167"/>
        <source>%1 is being checked already</source>
        <translation>%1 はすでにチェック中です</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageActions.cpp" line="169"/>
        <source>%1 is syncing (%2): check it once it is Duplex</source>
        <translation>%1 は同期中です (%2)。Duplex になってからチェックしてください</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageActions.cpp" line="170"/>
        <source>%1 runs no check</source>
        <translation>%1 ではチェックは実行されていません</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageActions.cpp" line="175"/>
        <source>This slot&apos;s disk is missing: there is nothing to remove; add a disk instead</source>
        <translation>このスロットのディスクは欠落しています。取り外すものはありません。代わりにディスクを追加してください</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageActions.cpp" line="278"/>
        <source>%1 (%2)…</source>
        <translation>%1 (%2)…</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageActions.cpp" line="287"/>
        <source>No members</source>
        <translation>メンバーなし</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageActions.cpp" line="313"/>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageActions.cpp" line="323"/>
        <source>No former member to re-add</source>
        <translation>再追加できる以前のメンバーはありません</translation>
    </message>
</context>
<context>
    <name>ftc::StorageDetails</name>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="28"/>
        <source>%1 KiB chunks</source>
        <translation>%1 KiB チャンク</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="29"/>
        <source>%1 byte chunks</source>
        <translation>%1 バイトチャンク</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="30"/>
        <source>%1, %2 KiB in memory</source>
        <translation>%1、メモリ内 %2 KiB</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="32"/>
        <source>, in file %1</source>
        <translation>、ファイル %1 内</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="43"/>
        <source>Storage</source>
        <translation>ストレージ</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="43"/>
        <location filename="../ui/storage/StorageDetails.cpp" line="44"/>
        <source>Virtual disks</source>
        <translation>仮想ディスク</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="48"/>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="50"/>
        <location filename="../ui/storage/StorageDetails.cpp" line="56"/>
        <source>Physical disks</source>
        <translation>物理ディスク</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="70"/>
        <source>Physical disk</source>
        <translation>物理ディスク</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="71"/>
        <location filename="../ui/storage/StorageDetails.cpp" line="209"/>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="72"/>
        <source>Device</source>
        <translation>デバイス</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="73"/>
        <source>Module</source>
        <translation>モジュール</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="74"/>
        <source>Slot</source>
        <translation>スロット</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="75"/>
        <location filename="../ui/storage/StorageDetails.cpp" line="101"/>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="76"/>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="77"/>
        <source>Serial</source>
        <translation>シリアル番号</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="78"/>
        <source>Transport</source>
        <translation>接続方式</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="79"/>
        <source>Role</source>
        <translation>役割</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="80"/>
        <source>Mirror</source>
        <translation>ミラー</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="82"/>
        <source>Partitions</source>
        <translation>パーティション</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="84"/>
        <source>Signature</source>
        <translation>シグネチャ</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="86"/>
        <source>Mounted at</source>
        <translation>マウント先</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="88"/>
        <source>In use because</source>
        <translation>使用中の理由</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="95"/>
        <source>Virtual disk (%1)</source>
        <translation>仮想ディスク (%1)</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="97"/>
        <source>Virtual disk</source>
        <translation>仮想ディスク</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="98"/>
        <source>OpState</source>
        <translation>OpState</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="100"/>
        <source>Level</source>
        <translation>レベル</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="102"/>
        <location filename="../ui/storage/StorageDetails.cpp" line="159"/>
        <source>Members</source>
        <translation>メンバー</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="102"/>
        <source>%1 of %2 working</source>
        <translation>%2 台中 %1 台が稼働</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="105"/>
        <source>Redundancy</source>
        <translation>冗長性</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="105"/>
        <source>None: one more failed member loses data</source>
        <translation>なし: メンバーがもう 1 台故障するとデータが失われます</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/storage/StorageDetails.cpp" line="106"/>
        <source>Survives %n more failed member(s)</source>
        <translation>
            <numerusform>あと %n 台の故障に耐えられます</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="108"/>
        <source>Container</source>
        <translation>コンテナー</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="110"/>
        <source>Access</source>
        <translation>アクセス</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="110"/>
        <source>Read-only</source>
        <translation>読み取り専用</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="112"/>
        <location filename="../ui/storage/StorageDetails.cpp" line="189"/>
        <source>Metadata</source>
        <translation>メタデータ</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="114"/>
        <source>UUID</source>
        <translation>UUID</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="116"/>
        <source>Bitmap</source>
        <translation>ビットマップ</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="119"/>
        <source>Synchronization</source>
        <translation>同期</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="123"/>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="125"/>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="127"/>
        <source>Normal</source>
        <translation>標準</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="129"/>
        <source>Custom</source>
        <translation>カスタム</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="130"/>
        <source>Resync priority</source>
        <translation>再同期の優先度</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="131"/>
        <source>%1 (%2 – %3 KiB/s)</source>
        <translation>%1 (%2 – %3 KiB/s)</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="137"/>
        <source>Last repair</source>
        <translation>前回の修復</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="137"/>
        <source>Last check</source>
        <translation>前回のチェック</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="138"/>
        <source>No differences between the members</source>
        <translation>メンバー間に差異はありません</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/storage/StorageDetails.cpp" line="139"/>
        <source>%n sector(s) differed between the members (%1 KiB)</source>
        <translation>
            <numerusform>メンバー間で %n セクターが異なっていました (%1 KiB)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="142"/>
        <location filename="../ui/storage/StorageDetails.cpp" line="145"/>
        <source>Progress</source>
        <translation>進行状況</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="145"/>
        <source>Nothing running</source>
        <translation>実行中の処理なし</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="149"/>
        <source>Speed</source>
        <translation>速度</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="149"/>
        <source>Last sync speed</source>
        <translation>前回の同期速度</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="154"/>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="161"/>
        <source>slot %1 — missing</source>
        <translation>スロット %1 — 欠落</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="162"/>
        <source>%1 (replacement)</source>
        <translation>%1 (交換用)</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="166"/>
        <source>Not redundant</source>
        <translation>冗長性なし</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="167"/>
        <source>%1 runs without redundancy. Add a physical disk from the other module of the same or larger size to make it Duplex again.</source>
        <translation>%1 は冗長性なしで動作しています。もう一方のモジュールから同じかそれ以上の容量の物理ディスクを追加すると、再び Duplex になります。</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="171"/>
        <source>Degraded</source>
        <translation>縮退</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="172"/>
        <source>%1 of %2 members of %3 work; it survives %4 more failed member(s). Replace the failed member to restore full redundancy.</source>
        <translation>%3 のメンバー %2 台中 %1 台が動作しています。あと %4 台の故障に耐えられます。故障したメンバーを交換すると完全な冗長性が戻ります。</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="176"/>
        <source>Broken</source>
        <translation>破損</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="177"/>
        <source>%1 has no working member. Its data cannot be read; restore from backup.</source>
        <translation>%1 には稼働中のメンバーがありません。データは読み取れないため、バックアップから復元してください。</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="185"/>
        <source>%1 container</source>
        <translation>%1 コンテナー</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="188"/>
        <source>External-metadata container</source>
        <translation>外部メタデータのコンテナー</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="190"/>
        <source>Disks</source>
        <translation>ディスク</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="191"/>
        <source>Arrays it holds</source>
        <translation>含まれるアレイ</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="191"/>
        <source>None yet</source>
        <translation>まだありません</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="193"/>
        <source>The firmware RAID&apos;s set of disks. md shows every container as inactive; the state to watch is that of the arrays it holds.</source>
        <translation>ファームウェア RAID のディスク群です。md はコンテナーを常に inactive と表示します。注意すべきは含まれるアレイの状態です。</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="208"/>
        <source>Member of %1</source>
        <translation>%1 のメンバー</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="210"/>
        <source>Role number</source>
        <translation>ロール番号</translation>
    </message>
    <message>
        <location filename="../ui/storage/StorageDetails.cpp" line="217"/>
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
        <location filename="../widgets/SyncSpeedChart.cpp" line="60"/>
        <source>MiB/s</source>
        <translation>MiB/s</translation>
    </message>
    <message>
        <location filename="../widgets/SyncSpeedChart.cpp" line="103"/>
        <source>No samples yet</source>
        <translation>まだサンプルがありません</translation>
    </message>
    <message>
        <location filename="../widgets/SyncSpeedChart.cpp" line="104"/>
        <source>Now: %1 %2</source>
        <translation>現在: %1 %2</translation>
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
        <location filename="../ui/vms/VmActions.cpp" line="21"/>
        <source>Starting…</source>
        <translation>開始しています…</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmActions.cpp" line="22"/>
        <source>Shutting down…</source>
        <translation>シャットダウンしています…</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmActions.cpp" line="23"/>
        <source>Turning off…</source>
        <translation>電源をオフにしています…</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmActions.cpp" line="24"/>
        <source>Saving state…</source>
        <translation>状態を保存しています…</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmActions.cpp" line="25"/>
        <source>Resetting…</source>
        <translation>リセットしています…</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmActions.cpp" line="26"/>
        <source>Pausing…</source>
        <translation>一時停止しています…</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmActions.cpp" line="27"/>
        <source>Resuming…</source>
        <translation>再開しています…</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmActions.cpp" line="54"/>
        <location filename="../ui/vms/VmActions.cpp" line="181"/>
        <source>&amp;Start</source>
        <translation>開始(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmActions.cpp" line="54"/>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmActions.cpp" line="55"/>
        <source>Start the VM, or restore its saved state</source>
        <translation>仮想マシンを開始するか、保存された状態から復元します</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmActions.cpp" line="56"/>
        <source>Shut &amp;Down</source>
        <translation>シャットダウン(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmActions.cpp" line="56"/>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmActions.cpp" line="57"/>
        <source>Ask the guest operating system to shut down</source>
        <translation>ゲスト OS にシャットダウンを要求します</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmActions.cpp" line="58"/>
        <source>Turn &amp;Off…</source>
        <translation>電源オフ(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmActions.cpp" line="58"/>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmActions.cpp" line="59"/>
        <source>Stop the VM at once, as pulling its plug would</source>
        <translation>電源プラグを抜いたときのように、仮想マシンを直ちに停止します</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmActions.cpp" line="60"/>
        <source>Sa&amp;ve State</source>
        <translation>状態の保存(&amp;V)</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmActions.cpp" line="60"/>
        <source>Ctrl+Shift+V</source>
        <translation>Ctrl+Shift+V</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmActions.cpp" line="61"/>
        <source>Save the VM&apos;s memory to disk and stop it; Start restores it</source>
        <translation>仮想マシンのメモリをディスクに保存して停止します。「開始」で復元されます</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmActions.cpp" line="62"/>
        <source>R&amp;eset…</source>
        <translation>リセット(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmActions.cpp" line="62"/>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmActions.cpp" line="63"/>
        <source>Restart the VM at once, as its reset button would</source>
        <translation>リセットボタンを押したときのように、仮想マシンを直ちに再起動します</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmActions.cpp" line="64"/>
        <source>&amp;Pause</source>
        <translation>一時停止(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmActions.cpp" line="64"/>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmActions.cpp" line="64"/>
        <source>Stop running the VM&apos;s CPUs</source>
        <translation>仮想マシンの CPU の実行を一時停止します</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmActions.cpp" line="65"/>
        <source>Res&amp;ume</source>
        <translation>再開(&amp;U)</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmActions.cpp" line="65"/>
        <source>Ctrl+Shift+U</source>
        <translation>Ctrl+Shift+U</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmActions.cpp" line="65"/>
        <source>Run the paused VM again</source>
        <translation>一時停止中の仮想マシンの実行を再開します</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmActions.cpp" line="67"/>
        <source>&amp;Virtual Machine</source>
        <translation>仮想マシン(&amp;V)</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmActions.cpp" line="70"/>
        <source>&amp;New Virtual Machine…</source>
        <translation>新しい仮想マシン(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmActions.cpp" line="72"/>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmActions.cpp" line="74"/>
        <source>Create a VM on the selected host: memory, a fixed-size disk on a mirror, a NIC on a team</source>
        <translation>選択したホストに仮想マシンを作成します: メモリ、ミラー上の固定サイズのディスク、チームに接続した NIC</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmActions.cpp" line="78"/>
        <source>Resource &amp;Planner…</source>
        <translation>リソースプランナー(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmActions.cpp" line="80"/>
        <source>Size the VMs from the servers they replace, against the host (kept with the host)</source>
        <translation>置き換えるサーバーに基づいて仮想マシンのサイズを決め、ホストの容量と照らし合わせます (ホストごとに保存)</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmActions.cpp" line="99"/>
        <source>Start with &amp;Host</source>
        <translation>ホスト起動時に開始(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmActions.cpp" line="102"/>
        <source>Turn the VM on when the host starts (virsh autostart)</source>
        <translation>ホストの起動時に仮想マシンの電源を入れます (virsh autostart)</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmActions.cpp" line="109"/>
        <source>Save State When the Host S&amp;tops</source>
        <translation>ホスト停止時に状態を保存(&amp;T)</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmActions.cpp" line="112"/>
        <source>Recorded with the VM; the host&apos;s libvirt-guests setting carries it out</source>
        <translation>仮想マシンに記録され、ホストの libvirt-guests の設定によって実行されます</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmActions.cpp" line="119"/>
        <source>&amp;CPU Resources…</source>
        <translation>CPU リソース(&amp;C)…</translation>
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
        <translation>相対的な重み、予約済み容量、最大容量</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmActions.cpp" line="125"/>
        <source>&amp;Remote Control…</source>
        <translation>リモートコントロール(&amp;R)…</translation>
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
        <translation>仮想マシンの画面、キーボード、マウスを、コンソールのホストへの接続を通じて操作します</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmActions.cpp" line="132"/>
        <source>Edit Con&amp;figuration…</source>
        <translation>構成の編集(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmActions.cpp" line="134"/>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmActions.cpp" line="136"/>
        <source>Memory, virtual CPUs, CD/DVD, network connection, another disk, rename, delete</source>
        <translation>メモリ、仮想 CPU、CD/DVD、ネットワーク接続、ディスクの追加、名前の変更、削除</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmActions.cpp" line="179"/>
        <source>Re&amp;store</source>
        <translation>復元(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmActions.cpp" line="185"/>
        <source>%1 is %2: start it to see its screen</source>
        <translation>%1 は %2 です。画面を表示するには開始してください</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmActions.cpp" line="195"/>
        <source>libvirt did not report CPU tuning for %1 (session connections have none)</source>
        <translation>libvirt は %1 の CPU チューニングを報告しませんでした (セッション接続にはありません)</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmActions.cpp" line="200"/>
        <source>Create a VM on %1: memory, a fixed-size disk on a mirror, a NIC on a team</source>
        <translation>%1 に仮想マシンを作成します: メモリ、ミラー上の固定サイズのディスク、チームに接続した NIC</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmActions.cpp" line="203"/>
        <source>%1 is a read-only capture: VMs are created on a live host</source>
        <translation>%1 は読み取り専用の取得データです。仮想マシンは実際のホスト上で作成します</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmActions.cpp" line="204"/>
        <source>Select a host that answers first</source>
        <translation>先に応答しているホストを選択してください</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmActions.cpp" line="253"/>
        <source>Turn off %1 now? Like pulling the plug: what the guest has not written to its disks is lost.</source>
        <translation>%1 の電源を今すぐオフにしますか? 電源プラグを抜くのと同じで、ゲストがまだディスクに書き込んでいないデータは失われます。</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmActions.cpp" line="255"/>
        <source>Reset %1 now? The guest restarts without shutting down: what it has not written to its disks is lost.</source>
        <translation>%1 を今すぐリセットしますか? ゲストはシャットダウンせずに再起動するため、まだディスクに書き込んでいないデータは失われます。</translation>
    </message>
</context>
<context>
    <name>ftc::VmConsoleWindow</name>
    <message>
        <location filename="../ui/vms/VmConsoleWindow.cpp" line="31"/>
        <source>%1 on %2 — Remote Control</source>
        <translation>%2 の %1 — リモートコントロール</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmConsoleWindow.cpp" line="54"/>
        <source>Remote Control</source>
        <translation>リモートコントロール</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmConsoleWindow.cpp" line="56"/>
        <source>Send Ctrl+Alt+&amp;Del</source>
        <translation>Ctrl+Alt+Del を送信(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmConsoleWindow.cpp" line="58"/>
        <source>Ctrl+Alt+Del goes to the VM, not to this computer</source>
        <translation>Ctrl+Alt+Del はこのコンピューターではなく仮想マシンに送られます</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmConsoleWindow.cpp" line="59"/>
        <source>&amp;Scale to Window</source>
        <translation>ウィンドウに合わせる(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmConsoleWindow.cpp" line="68"/>
        <source>&amp;Full Screen</source>
        <translation>全画面表示(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmConsoleWindow.cpp" line="74"/>
        <source>Screens&amp;hot…</source>
        <translation>スクリーンショット(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmConsoleWindow.cpp" line="76"/>
        <source>Save Screenshot of %1</source>
        <translation>%1 のスクリーンショットを保存</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmConsoleWindow.cpp" line="78"/>
        <source>PNG images (*.png)</source>
        <translation>PNG 画像 (*.png)</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmConsoleWindow.cpp" line="83"/>
        <source>Saved %1</source>
        <translation>%1 を保存しました</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmConsoleWindow.cpp" line="86"/>
        <source>&amp;Reconnect</source>
        <translation>再接続(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmConsoleWindow.cpp" line="96"/>
        <source>%1 on %2: %3 × %4, through the console&apos;s connection to the host</source>
        <translation>%2 の %1: %3 × %4 (コンソールのホストへの接続経由)</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmConsoleWindow.cpp" line="136"/>
        <source>%1 was closed: open it again to see the screen of %2.</source>
        <translation>%1 は閉じられました。%2 の画面を表示するには、ホストを再び開いてください。</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmConsoleWindow.cpp" line="139"/>
        <source>Connecting to the screen of %1…</source>
        <translation>%1 の画面に接続しています…</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmConsoleWindow.cpp" line="153"/>
        <source>%1

Trying again every %2 seconds.</source>
        <translation>%1

%2 秒ごとに再試行します。</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmConsoleWindow.cpp" line="176"/>
        <source>The connection to the screen of %1 ended: %2

Reconnecting when %3 and %1 answer again (every %4 seconds).</source>
        <translation>%1 の画面への接続が終了しました: %2

%3 と %1 が再び応答したら再接続します (%4 秒ごとに確認)。</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmConsoleWindow.cpp" line="178"/>
        <source>it was closed</source>
        <translation>閉じられました</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmConsoleWindow.cpp" line="180"/>
        <source>Disconnected</source>
        <translation>切断されました</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmConsoleWindow.cpp" line="189"/>
        <source>There is no screen to save yet.</source>
        <translation>保存できる画面はまだありません。</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmConsoleWindow.cpp" line="194"/>
        <source>Could not write %1: check that the folder exists and is writable.</source>
        <translation>%1 を書き込めませんでした。フォルダーが存在し、書き込み可能であることを確認してください。</translation>
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
        <location filename="../ui/vms/VmDetails.cpp" line="30"/>
        <source>Virtual machine</source>
        <translation>仮想マシン</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmDetails.cpp" line="31"/>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmDetails.cpp" line="32"/>
        <location filename="../ui/vms/VmDetails.cpp" line="85"/>
        <source>Memory</source>
        <translation>メモリ</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmDetails.cpp" line="34"/>
        <source>Maximum memory</source>
        <translation>最大メモリ</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmDetails.cpp" line="37"/>
        <source>Virtual CPUs</source>
        <translation>仮想 CPU</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmDetails.cpp" line="38"/>
        <source>CPU use</source>
        <translation>CPU 使用率</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmDetails.cpp" line="39"/>
        <location filename="../ui/vms/VmDetails.cpp" line="67"/>
        <source>%1 % of one CPU (%2 % of the host)</source>
        <translation>CPU 1 個の %1 % (ホストの %2 %)</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmDetails.cpp" line="44"/>
        <source>Start with host</source>
        <translation>ホスト起動時に開始</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmDetails.cpp" line="35"/>
        <location filename="../ui/vms/VmDetails.cpp" line="131"/>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmDetails.cpp" line="35"/>
        <location filename="../ui/vms/VmDetails.cpp" line="131"/>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmDetails.cpp" line="42"/>
        <source>Guest agent</source>
        <translation>ゲストエージェント</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmDetails.cpp" line="45"/>
        <source>Save state when the host stops</source>
        <translation>ホスト停止時に状態を保存</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmDetails.cpp" line="49"/>
        <source>Saved state</source>
        <translation>保存された状態</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmDetails.cpp" line="50"/>
        <source>A saved state waits on disk: Restore brings the VM back where it stopped.</source>
        <translation>保存された状態がディスク上にあります。「復元」で仮想マシンを停止した時点から再開できます。</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmDetails.cpp" line="58"/>
        <source>%1 % of one CPU for the whole VM (%2 % of the host)</source>
        <translation>仮想マシン全体で CPU 1 個の %1 % (ホストの %2 %)</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmDetails.cpp" line="65"/>
        <source>No cap: each virtual CPU may use a whole CPU</source>
        <translation>上限なし: 各仮想 CPU が CPU 1 個をすべて使用できます</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmDetails.cpp" line="70"/>
        <source>%1 % of one CPU for each of its %2 virtual CPUs: at most %3 % of one CPU in all (%4 % of the host)</source>
        <translation>%2 個の仮想 CPU それぞれに CPU 1 個の %1 %。合計で最大 CPU 1 個の %3 % (ホストの %4 %)</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmDetails.cpp" line="73"/>
        <source>CPU resources</source>
        <translation>CPU リソース</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmDetails.cpp" line="74"/>
        <source>Relative weight</source>
        <translation>相対的な重み</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmDetails.cpp" line="75"/>
        <source>Reserved capacity</source>
        <translation>予約済み容量</translation>
    </message>
    <message>
        <source>%1 % of one CPU</source>
        <translation type="vanished">CPU 1 個の %1 %</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmDetails.cpp" line="76"/>
        <source>Maximum capacity</source>
        <translation>最大容量</translation>
    </message>
    <message>
        <source>%1 % of one CPU (%2 % of system)</source>
        <translation type="vanished">CPU 1 個の %1 % (システムの %2 %)</translation>
    </message>
    <message>
        <source>No cap</source>
        <translation type="vanished">上限なし</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmDetails.cpp" line="77"/>
        <source>cpu_shares</source>
        <translation>cpu_shares</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmDetails.cpp" line="77"/>
        <source>not set (the default, 1024)</source>
        <translation>未設定 (既定値 1024)</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmDetails.cpp" line="80"/>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmDetails.cpp" line="83"/>
        <source>Performance</source>
        <translation>パフォーマンス</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmDetails.cpp" line="84"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmDetails.cpp" line="84"/>
        <source>% of one CPU</source>
        <translation>% (CPU 1 個あたり)</translation>
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
        <translation>ディスク</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmDetails.cpp" line="90"/>
        <source>Definition</source>
        <translation>定義</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmDetails.cpp" line="92"/>
        <source>Reading</source>
        <translation>読み込み中</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmDetails.cpp" line="92"/>
        <source>Reading the VM&apos;s definition…</source>
        <translation>仮想マシンの定義を読み込んでいます…</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmDetails.cpp" line="99"/>
        <source>%1 — on %2</source>
        <translation>%1 — %2 上</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmDetails.cpp" line="100"/>
        <source>%1 — on %2, not mirrored</source>
        <translation>%1 — %2 上、ミラーなし</translation>
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
        <translation>%1 の配置先</translation>
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
        <translation>%1 (ディスク 1 台、ミラーなし)</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmDetails.cpp" line="110"/>
        <source>Network adapters</source>
        <translation>ネットワークアダプタ</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmDetails.cpp" line="113"/>
        <source>Adapters</source>
        <translation>アダプタ</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmDetails.cpp" line="136"/>
        <source>No (the host&apos;s libvirt-guests service is off)</source>
        <translation>いいえ (ホストの libvirt-guests サービスが無効)</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmDetails.cpp" line="137"/>
        <source>Yes (the host&apos;s setting)</source>
        <translation>はい (ホストの設定)</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmDetails.cpp" line="137"/>
        <source>No (the host&apos;s setting)</source>
        <translation>いいえ (ホストの設定)</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmDetails.cpp" line="96"/>
        <location filename="../ui/vms/VmDetails.cpp" line="113"/>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmDetails.cpp" line="117"/>
        <source>, model %1</source>
        <translation>、モデル %1</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmDetails.cpp" line="119"/>
        <source>, host side %1</source>
        <translation>、ホスト側 %1</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmDetails.cpp" line="120"/>
        <source>Adapter</source>
        <translation>アダプタ</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmDetails.cpp" line="122"/>
        <source>Team</source>
        <translation>チーム</translation>
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
        <translation>%1 の構成の編集</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmEditDialog.cpp" line="59"/>
        <source>Memory and virtual CPUs</source>
        <translation>メモリと仮想 CPU</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmEditDialog.cpp" line="65"/>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmEditDialog.cpp" line="69"/>
        <source>&amp;Change…</source>
        <translation>変更(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmEditDialog.cpp" line="71"/>
        <source>Memory:</source>
        <translation>メモリ:</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmEditDialog.cpp" line="73"/>
        <source>Virtual CPUs:</source>
        <translation>仮想 CPU:</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmEditDialog.cpp" line="79"/>
        <source>CD/DVD drive</source>
        <translation>CD/DVD ドライブ</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmEditDialog.cpp" line="86"/>
        <source>/var/lib/libvirt/boot/installer.iso</source>
        <translation>/var/lib/libvirt/boot/installer.iso</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmEditDialog.cpp" line="87"/>
        <source>&amp;Insert…</source>
        <translation>挿入(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmEditDialog.cpp" line="89"/>
        <source>E&amp;ject…</source>
        <translation>取り出し(&amp;J)…</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmEditDialog.cpp" line="95"/>
        <source>In the drive:</source>
        <translation>ドライブ内:</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmEditDialog.cpp" line="96"/>
        <source>ISO on the host:</source>
        <translation>ホスト上の ISO:</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmEditDialog.cpp" line="99"/>
        <source>Network adapters</source>
        <translation>ネットワークアダプタ</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmEditDialog.cpp" line="104"/>
        <source>MAC address</source>
        <translation>MAC アドレス</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmEditDialog.cpp" line="104"/>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmEditDialog.cpp" line="104"/>
        <source>Connected to</source>
        <translation>接続先</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmEditDialog.cpp" line="108"/>
        <source>C&amp;onnect…</source>
        <translation>接続(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmEditDialog.cpp" line="111"/>
        <source>Connect the selected adapter to:</source>
        <translation>選択したアダプタの接続先:</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmEditDialog.cpp" line="118"/>
        <source>Add a fixed-size disk</source>
        <translation>固定サイズのディスクを追加</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmEditDialog.cpp" line="126"/>
        <source> GiB</source>
        <translation> GiB</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmEditDialog.cpp" line="127"/>
        <source>&amp;Add…</source>
        <translation>追加(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmEditDialog.cpp" line="134"/>
        <source>Name and removal</source>
        <translation>名前と削除</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmEditDialog.cpp" line="138"/>
        <source>&amp;Rename…</source>
        <translation>名前の変更(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmEditDialog.cpp" line="140"/>
        <source>Also delete its disk &amp;images</source>
        <translation>ディスクイメージも削除する(&amp;I)</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmEditDialog.cpp" line="142"/>
        <source>&amp;Delete VM…</source>
        <translation>仮想マシンを削除(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmEditDialog.cpp" line="166"/>
        <source>Give %1 %2 MiB and %3 virtual CPUs</source>
        <translation>%1 に %2 MiB のメモリと %3 個の仮想 CPU を割り当て</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmEditDialog.cpp" line="282"/>
        <source>%1 is no longer on the host.</source>
        <translation>%1 はもうホスト上にありません。</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmEditDialog.cpp" line="283"/>
        <source>The definition of %1 could not be read: %2</source>
        <translation>%1 の定義を読み取れませんでした: %2</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmEditDialog.cpp" line="291"/>
        <source>memory %1 MiB (runs with %2 MiB)</source>
        <translation>メモリ %1 MiB (現在は %2 MiB で動作中)</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmEditDialog.cpp" line="293"/>
        <source>%1 virtual CPUs (runs with %2)</source>
        <translation>仮想 CPU %1 個 (現在は %2 個で動作中)</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmEditDialog.cpp" line="295"/>
        <source>Pending until %1 is shut down and started again: %2.</source>
        <translation>%1 をシャットダウンして再び開始するまで保留中: %2。</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmEditDialog.cpp" line="306"/>
        <source>%1 has no CD/DVD drive</source>
        <translation>%1 には CD/DVD ドライブがありません</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmEditDialog.cpp" line="307"/>
        <source>Empty (%1)</source>
        <translation>空 (%1)</translation>
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
        <translation>ブリッジ %1</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmEditDialog.cpp" line="318"/>
        <location filename="../ui/vms/VmEditDialog.cpp" line="334"/>
        <source>network %1</source>
        <translation>ネットワーク %1</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmEditDialog.cpp" line="330"/>
        <source>bridge %1 (team %2)</source>
        <translation>ブリッジ %1 (チーム %2)</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmEditDialog.cpp" line="339"/>
        <source>%1, %2</source>
        <translation>%1、%2</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmEditDialog.cpp" line="339"/>
        <source>not mirrored</source>
        <translation>ミラーなし</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmEditDialog.cpp" line="341"/>
        <source>%1 (%2; %3 free)</source>
        <translation>%1 (%2、空き %3)</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmEditDialog.cpp" line="345"/>
        <source>libvirt renames only a shut-off VM</source>
        <translation>libvirt はシャットオフ状態の仮想マシンしか名前を変更できません</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmEditDialog.cpp" line="347"/>
        <source>Shut the VM down first</source>
        <translation>先に仮想マシンをシャットダウンしてください</translation>
    </message>
</context>
<context>
    <name>ftc::VmStatusModel</name>
    <message>
        <location filename="../ui/vms/VmStatusModel.cpp" line="26"/>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmStatusModel.cpp" line="26"/>
        <source>No</source>
        <translation>いいえ</translation>
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
        <translation>前回の更新以降の CPU 使用率 (ホストの CPU 1 個に対する %)</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmStatusModel.cpp" line="199"/>
        <source>CPU use since the last refresh, in % of all the host&apos;s CPUs</source>
        <translation>前回の更新以降の CPU 使用率 (ホストの全 CPU に対する %)</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmStatusModel.cpp" line="201"/>
        <source>The QEMU guest agent in the VM (the guide&apos;s Virtual Machine Additions): its channel and whether it answers guest-ping, as last read by the checks</source>
        <translation>VM 内の QEMU ゲストエージェント (ガイドの Virtual Machine Additions): そのチャネルと guest-ping に応答するか (チェックが最後に読み取った内容)</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmStatusModel.cpp" line="204"/>
        <source>Since the console saw the VM start; &quot;≥&quot; when it was running already</source>
        <translation>コンソールが仮想マシンの開始を確認してからの時間。すでに実行中だった場合は「≥」</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmStatusModel.cpp" line="210"/>
        <source>Virtual machine</source>
        <translation>仮想マシン</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmStatusModel.cpp" line="211"/>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmStatusModel.cpp" line="212"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmStatusModel.cpp" line="213"/>
        <source>Of system</source>
        <translation>システム比</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmStatusModel.cpp" line="214"/>
        <source>Memory</source>
        <translation>メモリ</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmStatusModel.cpp" line="215"/>
        <source>vCPUs</source>
        <translation>vCPU 数</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmStatusModel.cpp" line="216"/>
        <source>Uptime</source>
        <translation>稼働時間</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmStatusModel.cpp" line="217"/>
        <source>Starts with host</source>
        <translation>ホスト起動時に開始</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmStatusModel.cpp" line="218"/>
        <source>Saves state</source>
        <translation>状態を保存</translation>
    </message>
    <message>
        <location filename="../ui/vms/VmStatusModel.cpp" line="219"/>
        <source>Guest agent</source>
        <translation>ゲストエージェント</translation>
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
<context>
    <name>ftc::VncClient</name>
    <message>
        <location filename="../widgets/VncClient.cpp" line="44"/>
        <source>The VNC server asks for a password (libvirt&apos;s passwd= on the display); the console connects only to displays without one, reached through the host&apos;s own connection. (%1)</source>
        <translation>VNC サーバーがパスワードを要求しています (ディスプレイに libvirt の passwd= が設定されています)。コンソールが接続するのは、ホスト自体への接続を通じて到達できる、パスワードのないディスプレイだけです。(%1)</translation>
    </message>
    <message>
        <location filename="../widgets/VncClient.cpp" line="50"/>
        <source>The VNC server closed the connection.</source>
        <translation>VNC サーバーが接続を閉じました。</translation>
    </message>
    <message>
        <location filename="../widgets/VncClient.cpp" line="51"/>
        <source>The VNC session ended: %1</source>
        <translation>VNC セッションが終了しました: %1</translation>
    </message>
</context>
</TS>
