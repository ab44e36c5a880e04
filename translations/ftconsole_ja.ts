<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>ftc::AddDiskWizard</name>
    <message>
        <location filename="../ui/AddDiskWizard.cpp" line="76"/>
        <source>No confirmation is needed for this plan.</source>
        <translation>このプランには確認は不要です。</translation>
    </message>
    <message>
        <location filename="../ui/AddDiskWizard.cpp" line="80"/>
        <source>Check the label on the physical disk. To confirm, type %1: &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>物理ディスクのラベルを確認してください。確認のため %1 を入力してください: &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/AddDiskWizard.cpp" line="116"/>
        <source>Add Physical Disk to Virtual Disk</source>
        <translation>物理ディスクを仮想ディスクに追加</translation>
    </message>
    <message>
        <location filename="../ui/AddDiskWizard.cpp" line="131"/>
        <source>What should %1 become?</source>
        <translation>%1 をどのように使いますか?</translation>
    </message>
    <message>
        <location filename="../ui/AddDiskWizard.cpp" line="132"/>
        <source>Complete a virtual disk that runs on one disk, or start a new one.</source>
        <translation>1 台のディスクで動作している仮想ディスクを完成させるか、新しい仮想ディスクを作成します。</translation>
    </message>
    <message>
        <location filename="../ui/AddDiskWizard.cpp" line="133"/>
        <source>&amp;Add %1 to this virtual disk:</source>
        <translation>%1 をこの仮想ディスクに追加(&amp;A):</translation>
    </message>
    <message>
        <location filename="../ui/AddDiskWizard.cpp" line="134"/>
        <source>Create a &amp;new virtual disk on %1; add its second disk later</source>
        <translation>%1 に新しい仮想ディスクを作成し、2 台目のディスクは後で追加(&amp;N)</translation>
    </message>
    <message>
        <location filename="../ui/AddDiskWizard.cpp" line="139"/>
        <source>Virtual disk</source>
        <translation>仮想ディスク</translation>
    </message>
    <message>
        <location filename="../ui/AddDiskWizard.cpp" line="139"/>
        <location filename="../ui/AddDiskWizard.cpp" line="151"/>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../ui/AddDiskWizard.cpp" line="139"/>
        <source>Members</source>
        <translation>メンバー</translation>
    </message>
    <message>
        <location filename="../ui/AddDiskWizard.cpp" line="139"/>
        <location filename="../ui/AddDiskWizard.cpp" line="151"/>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <location filename="../ui/AddDiskWizard.cpp" line="148"/>
        <source>Which physical disk should join %1?</source>
        <translation>どの物理ディスクを %1 に追加しますか?</translation>
    </message>
    <message>
        <location filename="../ui/AddDiskWizard.cpp" line="149"/>
        <source>Pick an unconfigured disk in the other module, in the slot that corresponds to the working disk, at least as large as the virtual disk.</source>
        <translation>もう一方のモジュールで、稼働中のディスクに対応するスロットにある、仮想ディスク以上の容量の未構成ディスクを選んでください。</translation>
    </message>
    <message>
        <location filename="../ui/AddDiskWizard.cpp" line="151"/>
        <source>Disk</source>
        <translation>ディスク</translation>
    </message>
    <message>
        <location filename="../ui/AddDiskWizard.cpp" line="151"/>
        <source>Module</source>
        <translation>モジュール</translation>
    </message>
    <message>
        <location filename="../ui/AddDiskWizard.cpp" line="151"/>
        <source>Slot</source>
        <translation>スロット</translation>
    </message>
    <message>
        <location filename="../ui/AddDiskWizard.cpp" line="151"/>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <location filename="../ui/AddDiskWizard.cpp" line="160"/>
        <source>Review the plan</source>
        <translation>プランの確認</translation>
    </message>
    <message>
        <location filename="../ui/AddDiskWizard.cpp" line="169"/>
        <source>Confirm</source>
        <translation>確認</translation>
    </message>
    <message>
        <location filename="../ui/AddDiskWizard.cpp" line="170"/>
        <source>The commands run as soon as you press Apply.</source>
        <translation>「適用」を押すとすぐにコマンドが実行されます。</translation>
    </message>
    <message>
        <location filename="../ui/AddDiskWizard.cpp" line="172"/>
        <source>&amp;Apply</source>
        <translation>適用(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/AddDiskWizard.cpp" line="188"/>
        <source>Applying</source>
        <translation>適用中</translation>
    </message>
    <message>
        <location filename="../ui/AddDiskWizard.cpp" line="189"/>
        <source>Each step&apos;s result appears as it finishes; a failed step stops the plan.</source>
        <translation>各ステップの結果は完了ごとに表示されます。失敗したステップがあるとプランは停止します。</translation>
    </message>
    <message>
        <location filename="../ui/AddDiskWizard.cpp" line="219"/>
        <source>(missing)</source>
        <translation>(欠落)</translation>
    </message>
    <message>
        <location filename="../ui/AddDiskWizard.cpp" line="224"/>
        <source>%1 (module %2, slot %3)</source>
        <translation>%1 (モジュール %2、スロット %3)</translation>
    </message>
    <message>
        <location filename="../ui/AddDiskWizard.cpp" line="292"/>
        <source>No information from the host yet</source>
        <translation>ホストからの情報はまだありません</translation>
    </message>
    <message>
        <location filename="../ui/AddDiskWizard.cpp" line="293"/>
        <source>The host has not answered yet: wait for the first refresh, then try again.</source>
        <translation>ホストがまだ応答していません。最初の更新を待ってから再試行してください。</translation>
    </message>
    <message>
        <location filename="../ui/AddDiskWizard.cpp" line="306"/>
        <source>Nothing has been changed yet. Check the commands below, then continue.</source>
        <translation>まだ何も変更されていません。以下のコマンドを確認してから続行してください。</translation>
    </message>
    <message>
        <location filename="../ui/AddDiskWizard.cpp" line="307"/>
        <source>This cannot be done as things are: fix what is listed below, or go Back and choose differently.</source>
        <translation>現在の状態では実行できません。以下の項目を解決するか、「戻る」で別の選択をしてください。</translation>
    </message>
    <message>
        <location filename="../ui/AddDiskWizard.cpp" line="318"/>
        <source>The host was closed: nothing was changed.</source>
        <translation>ホストが閉じられました。何も変更されていません。</translation>
    </message>
    <message>
        <location filename="../ui/AddDiskWizard.cpp" line="326"/>
        <source>Applying…</source>
        <translation>適用中…</translation>
    </message>
    <message>
        <location filename="../ui/AddDiskWizard.cpp" line="334"/>
        <source>%1: done</source>
        <translation>%1: 完了</translation>
    </message>
    <message>
        <location filename="../ui/AddDiskWizard.cpp" line="334"/>
        <source>%1: failed: %2</source>
        <translation>%1: 失敗: %2</translation>
    </message>
    <message>
        <location filename="../ui/AddDiskWizard.cpp" line="347"/>
        <source>Done.</source>
        <translation>完了しました。</translation>
    </message>
    <message>
        <location filename="../ui/AddDiskWizard.cpp" line="353"/>
        <source>The plan failed.</source>
        <translation>プランは失敗しました。</translation>
    </message>
</context>
<context>
    <name>ftc::ConnectDialog</name>
    <message>
        <location filename="../ui/ConnectDialog.cpp" line="37"/>
        <source>Open Host</source>
        <translation>ホストを開く</translation>
    </message>
    <message>
        <location filename="../ui/ConnectDialog.cpp" line="46"/>
        <source>Demo host (simulated)</source>
        <translation>デモホスト (シミュレーション)</translation>
    </message>
    <message>
        <location filename="../ui/ConnectDialog.cpp" line="47"/>
        <source>This machine</source>
        <translation>このマシン</translation>
    </message>
    <message>
        <location filename="../ui/ConnectDialog.cpp" line="48"/>
        <source>Remote host over SSH</source>
        <translation>SSH 経由のリモートホスト</translation>
    </message>
    <message>
        <location filename="../ui/ConnectDialog.cpp" line="49"/>
        <source>Support bundle (read-only)</source>
        <translation>サポートバンドル (読み取り専用)</translation>
    </message>
    <message>
        <location filename="../ui/ConnectDialog.cpp" line="53"/>
        <source>A simulated host with modules 10 and 11, six disks, four adapters and three virtual machines. Nothing you do touches a real machine.</source>
        <translation>モジュール 10 と 11、ディスク 6 台、アダプタ 4 個、仮想マシン 3 台を持つシミュレーションホストです。実際のマシンには一切影響しません。</translation>
    </message>
    <message>
        <location filename="../ui/ConnectDialog.cpp" line="59"/>
        <source>Reads this computer directly. Changes run through sudo and need a password-less sudo rule.</source>
        <translation>このコンピュータを直接読み取ります。変更は sudo 経由で実行され、パスワード不要の sudo 設定が必要です。</translation>
    </message>
    <message>
        <location filename="../ui/ConnectDialog.cpp" line="65"/>
        <source>ssh://user@host:port</source>
        <translation>ssh://ユーザー@ホスト:ポート</translation>
    </message>
    <message>
        <location filename="../ui/ConnectDialog.cpp" line="66"/>
        <source>Optional: private key file</source>
        <translation>省略可: 秘密鍵ファイル</translation>
    </message>
    <message>
        <location filename="../ui/ConnectDialog.cpp" line="67"/>
        <location filename="../ui/ConnectDialog.cpp" line="79"/>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <location filename="../ui/ConnectDialog.cpp" line="71"/>
        <source>Address:</source>
        <translation>アドレス:</translation>
    </message>
    <message>
        <location filename="../ui/ConnectDialog.cpp" line="72"/>
        <source>Identity file:</source>
        <translation>鍵ファイル:</translation>
    </message>
    <message>
        <location filename="../ui/ConnectDialog.cpp" line="73"/>
        <source>The host key is checked against known_hosts; a password is asked for when needed and never stored.</source>
        <translation>ホスト鍵は known_hosts と照合されます。パスワードは必要な時に尋ね、保存しません。</translation>
    </message>
    <message>
        <location filename="../ui/ConnectDialog.cpp" line="78"/>
        <source>Directory holding the captured files</source>
        <translation>取得したファイルを含むディレクトリ</translation>
    </message>
    <message>
        <location filename="../ui/ConnectDialog.cpp" line="83"/>
        <source>Directory:</source>
        <translation>ディレクトリ:</translation>
    </message>
    <message>
        <location filename="../ui/ConnectDialog.cpp" line="102"/>
        <source>Host:</source>
        <translation>ホスト:</translation>
    </message>
    <message>
        <location filename="../ui/ConnectDialog.cpp" line="107"/>
        <source>Recent hosts:</source>
        <translation>最近のホスト:</translation>
    </message>
    <message>
        <location filename="../ui/ConnectDialog.cpp" line="124"/>
        <source>Choose Identity File</source>
        <translation>鍵ファイルを選択</translation>
    </message>
    <message>
        <location filename="../ui/ConnectDialog.cpp" line="130"/>
        <source>Choose Support Bundle Directory</source>
        <translation>サポートバンドルのディレクトリを選択</translation>
    </message>
</context>
<context>
    <name>ftc::DisplayFormat</name>
    <message>
        <location filename="../widgets/DisplayFormat.cpp" line="19"/>
        <source>%1/s</source>
        <translation>%1/秒</translation>
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
        <location filename="../ui/EventLog.cpp" line="32"/>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <location filename="../ui/EventLog.cpp" line="32"/>
        <source>Host</source>
        <translation>ホスト</translation>
    </message>
    <message>
        <location filename="../ui/EventLog.cpp" line="32"/>
        <source>Object</source>
        <translation>オブジェクト</translation>
    </message>
    <message>
        <location filename="../ui/EventLog.cpp" line="32"/>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
</context>
<context>
    <name>ftc::GuiPrompter</name>
    <message>
        <location filename="../ui/GuiPrompter.cpp" line="39"/>
        <source>Password for %1:</source>
        <translation>%1 のパスワード:</translation>
    </message>
    <message>
        <location filename="../ui/GuiPrompter.cpp" line="40"/>
        <source>%1
(%2)</source>
        <translation>%1
(%2)</translation>
    </message>
    <message>
        <location filename="../ui/GuiPrompter.cpp" line="42"/>
        <source>Authentication for %1</source>
        <translation>%1 の認証</translation>
    </message>
</context>
<context>
    <name>ftc::HostKeyDialog</name>
    <message>
        <location filename="../ui/HostKeyDialog.cpp" line="15"/>
        <source>Unknown Host Key</source>
        <translation>不明なホスト鍵</translation>
    </message>
    <message>
        <location filename="../ui/HostKeyDialog.cpp" line="20"/>
        <source>&lt;b&gt;%1 is not a known host.&lt;/b&gt;&lt;br&gt;Compare the fingerprint below with the one the host&apos;s administrator gives you (&lt;tt&gt;ssh-keygen -lf /etc/ssh/ssh_host_*_key.pub&lt;/tt&gt; on the host). Refuse if you cannot check it.</source>
        <translation>&lt;b&gt;%1 は既知のホストではありません。&lt;/b&gt;&lt;br&gt;下のフィンガープリントを、ホスト管理者から受け取ったもの (ホスト上で &lt;tt&gt;ssh-keygen -lf /etc/ssh/ssh_host_*_key.pub&lt;/tt&gt;) と比較してください。確認できない場合は拒否してください。</translation>
    </message>
    <message>
        <location filename="../ui/HostKeyDialog.cpp" line="33"/>
        <source>Host:</source>
        <translation>ホスト:</translation>
    </message>
    <message>
        <location filename="../ui/HostKeyDialog.cpp" line="34"/>
        <source>Key type:</source>
        <translation>鍵の種類:</translation>
    </message>
    <message>
        <location filename="../ui/HostKeyDialog.cpp" line="35"/>
        <source>Fingerprint:</source>
        <translation>フィンガープリント:</translation>
    </message>
    <message>
        <location filename="../ui/HostKeyDialog.cpp" line="37"/>
        <source>Saved to:</source>
        <translation>保存先:</translation>
    </message>
    <message>
        <location filename="../ui/HostKeyDialog.cpp" line="40"/>
        <source>Accept Once</source>
        <translation>今回のみ許可</translation>
    </message>
    <message>
        <location filename="../ui/HostKeyDialog.cpp" line="41"/>
        <source>Accept and Save</source>
        <translation>許可して保存</translation>
    </message>
    <message>
        <location filename="../ui/HostKeyDialog.cpp" line="42"/>
        <source>Refuse</source>
        <translation>拒否</translation>
    </message>
</context>
<context>
    <name>ftc::HostProperties</name>
    <message>
        <location filename="../ui/HostProperties.cpp" line="54"/>
        <source>Member of %1</source>
        <translation>%1 のメンバー</translation>
    </message>
    <message>
        <location filename="../ui/HostProperties.cpp" line="55"/>
        <location filename="../ui/HostProperties.cpp" line="237"/>
        <location filename="../ui/HostProperties.cpp" line="321"/>
        <location filename="../ui/HostProperties.cpp" line="338"/>
        <location filename="../ui/HostProperties.cpp" line="366"/>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../ui/HostProperties.cpp" line="56"/>
        <source>Role number</source>
        <translation>ロール番号</translation>
    </message>
    <message>
        <location filename="../ui/HostProperties.cpp" line="63"/>
        <source>Physical disk %1</source>
        <translation>物理ディスク %1</translation>
    </message>
    <message>
        <location filename="../ui/HostProperties.cpp" line="92"/>
        <source>Gone</source>
        <translation>消失</translation>
    </message>
    <message>
        <location filename="../ui/HostProperties.cpp" line="93"/>
        <source>This object is no longer reported by the host.</source>
        <translation>この項目はホストから報告されなくなりました。</translation>
    </message>
    <message>
        <location filename="../ui/HostProperties.cpp" line="103"/>
        <source>Host</source>
        <translation>ホスト</translation>
    </message>
    <message>
        <location filename="../ui/HostProperties.cpp" line="104"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location filename="../ui/HostProperties.cpp" line="105"/>
        <source>Opened as</source>
        <translation>接続先</translation>
    </message>
    <message>
        <location filename="../ui/HostProperties.cpp" line="106"/>
        <source>Connection</source>
        <translation>接続</translation>
    </message>
    <message>
        <location filename="../ui/HostProperties.cpp" line="108"/>
        <source>Cannot read %1</source>
        <translation>%1 を読み取れません</translation>
    </message>
    <message>
        <location filename="../ui/HostProperties.cpp" line="109"/>
        <source>The connection was lost.</source>
        <translation>接続が切れました。</translation>
    </message>
    <message>
        <location filename="../ui/HostProperties.cpp" line="111"/>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <location filename="../ui/HostProperties.cpp" line="115"/>
        <source>CPUs</source>
        <translation>CPU 数</translation>
    </message>
    <message>
        <location filename="../ui/HostProperties.cpp" line="116"/>
        <source>CPU model</source>
        <translation>CPU モデル</translation>
    </message>
    <message>
        <location filename="../ui/HostProperties.cpp" line="117"/>
        <source>MHz</source>
        <translation>MHz</translation>
    </message>
    <message>
        <location filename="../ui/HostProperties.cpp" line="118"/>
        <location filename="../ui/HostProperties.cpp" line="367"/>
        <source>Memory</source>
        <translation>メモリ</translation>
    </message>
    <message>
        <location filename="../ui/HostProperties.cpp" line="119"/>
        <source>Memory available</source>
        <translation>使用可能メモリ</translation>
    </message>
    <message>
        <location filename="../ui/HostProperties.cpp" line="122"/>
        <source>Last refresh</source>
        <translation>最終更新</translation>
    </message>
    <message>
        <location filename="../ui/HostProperties.cpp" line="124"/>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <location filename="../ui/HostProperties.cpp" line="131"/>
        <location filename="../ui/HostProperties.cpp" line="158"/>
        <location filename="../ui/HostProperties.cpp" line="159"/>
        <source>Virtual disks</source>
        <translation>仮想ディスク</translation>
    </message>
    <message>
        <location filename="../ui/HostProperties.cpp" line="132"/>
        <source>%1 of %2 Duplex</source>
        <translation>%2 台中 %1 台が Duplex</translation>
    </message>
    <message>
        <location filename="../ui/HostProperties.cpp" line="137"/>
        <location filename="../ui/HostProperties.cpp" line="195"/>
        <source>Virtual machines</source>
        <translation>仮想マシン</translation>
    </message>
    <message>
        <location filename="../ui/HostProperties.cpp" line="137"/>
        <source>%1 of %2 running</source>
        <translation>%2 台中 %1 台が実行中</translation>
    </message>
    <message>
        <location filename="../ui/HostProperties.cpp" line="138"/>
        <location filename="../ui/HostProperties.cpp" line="177"/>
        <location filename="../ui/HostProperties.cpp" line="185"/>
        <source>Teams</source>
        <translation>チーム</translation>
    </message>
    <message>
        <location filename="../ui/HostProperties.cpp" line="141"/>
        <source>Problems</source>
        <translation>問題</translation>
    </message>
    <message>
        <location filename="../ui/HostProperties.cpp" line="145"/>
        <source>Command: %1</source>
        <translation>コマンド: %1</translation>
    </message>
    <message>
        <location filename="../ui/HostProperties.cpp" line="147"/>
        <source>Line: %1</source>
        <translation>行: %1</translation>
    </message>
    <message>
        <location filename="../ui/HostProperties.cpp" line="158"/>
        <source>Storage</source>
        <translation>ストレージ</translation>
    </message>
    <message>
        <location filename="../ui/HostProperties.cpp" line="163"/>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <location filename="../ui/HostProperties.cpp" line="165"/>
        <location filename="../ui/HostProperties.cpp" line="171"/>
        <source>Physical disks</source>
        <translation>物理ディスク</translation>
    </message>
    <message>
        <location filename="../ui/HostProperties.cpp" line="178"/>
        <location filename="../ui/HostProperties.cpp" line="180"/>
        <location filename="../ui/HostProperties.cpp" line="224"/>
        <source>Adapters</source>
        <translation>アダプタ</translation>
    </message>
    <message>
        <location filename="../ui/HostProperties.cpp" line="178"/>
        <source>Network</source>
        <translation>ネットワーク</translation>
    </message>
    <message>
        <location filename="../ui/HostProperties.cpp" line="190"/>
        <source>No adapter teams yet. Team two adapters on different modules so the host stays reachable when one module is down.</source>
        <translation>アダプタチームはまだありません。モジュールが 1 つ停止してもホストに到達できるよう、異なるモジュールの 2 つのアダプタでチームを構成してください。</translation>
    </message>
    <message>
        <location filename="../ui/HostProperties.cpp" line="200"/>
        <source>Modules</source>
        <translation>モジュール</translation>
    </message>
    <message>
        <location filename="../ui/HostProperties.cpp" line="202"/>
        <location filename="../ui/HostProperties.cpp" line="218"/>
        <source>Module %1</source>
        <translation>モジュール %1</translation>
    </message>
    <message>
        <location filename="../ui/HostProperties.cpp" line="203"/>
        <source>%1 disks, %2 adapters</source>
        <translation>ディスク %1 台、アダプタ %2 個</translation>
    </message>
    <message>
        <location filename="../ui/HostProperties.cpp" line="205"/>
        <source>Not in a module</source>
        <translation>モジュール外</translation>
    </message>
    <message>
        <location filename="../ui/HostProperties.cpp" line="219"/>
        <source>Disks</source>
        <translation>ディスク</translation>
    </message>
    <message>
        <location filename="../ui/HostProperties.cpp" line="222"/>
        <location filename="../ui/HostProperties.cpp" line="227"/>
        <source>Slot %1: %2</source>
        <translation>スロット %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/HostProperties.cpp" line="236"/>
        <source>Physical disk</source>
        <translation>物理ディスク</translation>
    </message>
    <message>
        <location filename="../ui/HostProperties.cpp" line="238"/>
        <source>Device</source>
        <translation>デバイス</translation>
    </message>
    <message>
        <location filename="../ui/HostProperties.cpp" line="239"/>
        <location filename="../ui/HostProperties.cpp" line="323"/>
        <source>Module</source>
        <translation>モジュール</translation>
    </message>
    <message>
        <location filename="../ui/HostProperties.cpp" line="240"/>
        <location filename="../ui/HostProperties.cpp" line="324"/>
        <source>Slot</source>
        <translation>スロット</translation>
    </message>
    <message>
        <location filename="../ui/HostProperties.cpp" line="241"/>
        <location filename="../ui/HostProperties.cpp" line="266"/>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <location filename="../ui/HostProperties.cpp" line="242"/>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <location filename="../ui/HostProperties.cpp" line="243"/>
        <source>Serial</source>
        <translation>シリアル番号</translation>
    </message>
    <message>
        <location filename="../ui/HostProperties.cpp" line="244"/>
        <source>Transport</source>
        <translation>接続方式</translation>
    </message>
    <message>
        <location filename="../ui/HostProperties.cpp" line="245"/>
        <source>Role</source>
        <translation>役割</translation>
    </message>
    <message>
        <location filename="../ui/HostProperties.cpp" line="246"/>
        <source>Mirror</source>
        <translation>ミラー</translation>
    </message>
    <message>
        <location filename="../ui/HostProperties.cpp" line="248"/>
        <source>Partitions</source>
        <translation>パーティション</translation>
    </message>
    <message>
        <location filename="../ui/HostProperties.cpp" line="250"/>
        <source>Signature</source>
        <translation>シグネチャ</translation>
    </message>
    <message>
        <location filename="../ui/HostProperties.cpp" line="252"/>
        <source>Mounted at</source>
        <translation>マウント先</translation>
    </message>
    <message>
        <location filename="../ui/HostProperties.cpp" line="254"/>
        <source>In use because</source>
        <translation>使用中の理由</translation>
    </message>
    <message>
        <location filename="../ui/HostProperties.cpp" line="261"/>
        <source>Virtual disk (%1)</source>
        <translation>仮想ディスク (%1)</translation>
    </message>
    <message>
        <location filename="../ui/HostProperties.cpp" line="263"/>
        <source>Virtual disk</source>
        <translation>仮想ディスク</translation>
    </message>
    <message>
        <location filename="../ui/HostProperties.cpp" line="264"/>
        <source>OpState</source>
        <translation>OpState</translation>
    </message>
    <message>
        <location filename="../ui/HostProperties.cpp" line="265"/>
        <source>Level</source>
        <translation>レベル</translation>
    </message>
    <message>
        <location filename="../ui/HostProperties.cpp" line="267"/>
        <location filename="../ui/HostProperties.cpp" line="302"/>
        <location filename="../ui/HostProperties.cpp" line="344"/>
        <source>Members</source>
        <translation>メンバー</translation>
    </message>
    <message>
        <location filename="../ui/HostProperties.cpp" line="267"/>
        <source>%1 of %2 working</source>
        <translation>%2 台中 %1 台が稼働</translation>
    </message>
    <message>
        <location filename="../ui/HostProperties.cpp" line="269"/>
        <source>Access</source>
        <translation>アクセス</translation>
    </message>
    <message>
        <location filename="../ui/HostProperties.cpp" line="269"/>
        <source>Read-only</source>
        <translation>読み取り専用</translation>
    </message>
    <message>
        <location filename="../ui/HostProperties.cpp" line="271"/>
        <source>Metadata</source>
        <translation>メタデータ</translation>
    </message>
    <message>
        <location filename="../ui/HostProperties.cpp" line="273"/>
        <location filename="../ui/HostProperties.cpp" line="380"/>
        <source>UUID</source>
        <translation>UUID</translation>
    </message>
    <message>
        <location filename="../ui/HostProperties.cpp" line="275"/>
        <source>Bitmap</source>
        <translation>ビットマップ</translation>
    </message>
    <message>
        <location filename="../ui/HostProperties.cpp" line="277"/>
        <source>Synchronization</source>
        <translation>同期</translation>
    </message>
    <message>
        <location filename="../ui/HostProperties.cpp" line="281"/>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <location filename="../ui/HostProperties.cpp" line="283"/>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <location filename="../ui/HostProperties.cpp" line="285"/>
        <source>Normal</source>
        <translation>標準</translation>
    </message>
    <message>
        <location filename="../ui/HostProperties.cpp" line="287"/>
        <source>Custom</source>
        <translation>カスタム</translation>
    </message>
    <message>
        <location filename="../ui/HostProperties.cpp" line="288"/>
        <source>Resync priority</source>
        <translation>再同期の優先度</translation>
    </message>
    <message>
        <location filename="../ui/HostProperties.cpp" line="289"/>
        <source>%1 (%2 – %3 KiB/s)</source>
        <translation>%1 (%2 – %3 KiB/s)</translation>
    </message>
    <message>
        <location filename="../ui/HostProperties.cpp" line="293"/>
        <location filename="../ui/HostProperties.cpp" line="296"/>
        <source>Progress</source>
        <translation>進行状況</translation>
    </message>
    <message>
        <location filename="../ui/HostProperties.cpp" line="296"/>
        <source>Nothing running</source>
        <translation>実行中の処理なし</translation>
    </message>
    <message>
        <location filename="../ui/HostProperties.cpp" line="300"/>
        <source>Last sync speed</source>
        <translation>前回の同期速度</translation>
    </message>
    <message>
        <location filename="../ui/HostProperties.cpp" line="306"/>
        <source>Not redundant</source>
        <translation>冗長性なし</translation>
    </message>
    <message>
        <location filename="../ui/HostProperties.cpp" line="307"/>
        <source>%1 runs on one disk only. Add a physical disk from the other module of the same or larger size to make it Duplex again.</source>
        <translation>%1 は 1 台のディスクだけで動作しています。もう一方のモジュールから同じかそれ以上の容量の物理ディスクを追加すると Duplex に戻ります。</translation>
    </message>
    <message>
        <location filename="../ui/HostProperties.cpp" line="311"/>
        <source>Broken</source>
        <translation>破損</translation>
    </message>
    <message>
        <location filename="../ui/HostProperties.cpp" line="312"/>
        <source>%1 has no working member. Its data cannot be read; restore from backup.</source>
        <translation>%1 には稼働中のメンバーがありません。データは読み取れないため、バックアップから復元してください。</translation>
    </message>
    <message>
        <location filename="../ui/HostProperties.cpp" line="320"/>
        <source>Network adapter</source>
        <translation>ネットワークアダプタ</translation>
    </message>
    <message>
        <location filename="../ui/HostProperties.cpp" line="322"/>
        <source>MAC address</source>
        <translation>MAC アドレス</translation>
    </message>
    <message>
        <location filename="../ui/HostProperties.cpp" line="300"/>
        <location filename="../ui/HostProperties.cpp" line="325"/>
        <source>Speed</source>
        <translation>速度</translation>
    </message>
    <message>
        <location filename="../ui/HostProperties.cpp" line="325"/>
        <source>%1 Mb/s</source>
        <translation>%1 Mb/s</translation>
    </message>
    <message>
        <location filename="../ui/HostProperties.cpp" line="326"/>
        <source>Operational state</source>
        <translation>動作状態</translation>
    </message>
    <message>
        <location filename="../ui/HostProperties.cpp" line="327"/>
        <location filename="../ui/HostProperties.cpp" line="337"/>
        <source>Team</source>
        <translation>チーム</translation>
    </message>
    <message>
        <location filename="../ui/HostProperties.cpp" line="329"/>
        <source>PCI path</source>
        <translation>PCI パス</translation>
    </message>
    <message>
        <location filename="../ui/HostProperties.cpp" line="339"/>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <location filename="../ui/HostProperties.cpp" line="340"/>
        <source>Bonding mode</source>
        <translation>ボンディングモード</translation>
    </message>
    <message>
        <location filename="../ui/HostProperties.cpp" line="341"/>
        <source>Active adapter</source>
        <translation>アクティブなアダプタ</translation>
    </message>
    <message>
        <location filename="../ui/HostProperties.cpp" line="342"/>
        <source>Primary</source>
        <translation>プライマリ</translation>
    </message>
    <message>
        <location filename="../ui/HostProperties.cpp" line="343"/>
        <source>Link monitoring</source>
        <translation>リンク監視</translation>
    </message>
    <message>
        <location filename="../ui/HostProperties.cpp" line="343"/>
        <source>every %1 ms</source>
        <translation>%1 ms ごと</translation>
    </message>
    <message>
        <location filename="../ui/HostProperties.cpp" line="347"/>
        <source>Up</source>
        <translation>アップ</translation>
    </message>
    <message>
        <location filename="../ui/HostProperties.cpp" line="347"/>
        <source>Down (%1)</source>
        <translation>ダウン (%1)</translation>
    </message>
    <message>
        <location filename="../ui/HostProperties.cpp" line="349"/>
        <source>%1, active</source>
        <translation>%1、アクティブ</translation>
    </message>
    <message>
        <location filename="../ui/HostProperties.cpp" line="354"/>
        <source>%1 (module %2)</source>
        <translation>%1 (モジュール %2)</translation>
    </message>
    <message>
        <location filename="../ui/HostProperties.cpp" line="357"/>
        <source>%1 link failures</source>
        <translation>%1 のリンク障害回数</translation>
    </message>
    <message>
        <location filename="../ui/HostProperties.cpp" line="365"/>
        <source>Virtual machine</source>
        <translation>仮想マシン</translation>
    </message>
    <message>
        <location filename="../ui/HostProperties.cpp" line="369"/>
        <source>Maximum memory</source>
        <translation>最大メモリ</translation>
    </message>
    <message>
        <location filename="../ui/HostProperties.cpp" line="370"/>
        <source>Virtual CPUs</source>
        <translation>仮想 CPU</translation>
    </message>
    <message>
        <location filename="../ui/HostProperties.cpp" line="371"/>
        <source>Start with host</source>
        <translation>ホスト起動時に開始</translation>
    </message>
    <message>
        <location filename="../ui/HostProperties.cpp" line="371"/>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <location filename="../ui/HostProperties.cpp" line="371"/>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <location filename="../ui/HostProperties.cpp" line="372"/>
        <source>CPU resources</source>
        <translation>CPU リソース</translation>
    </message>
    <message>
        <location filename="../ui/HostProperties.cpp" line="373"/>
        <source>Relative weight</source>
        <translation>相対的な重み</translation>
    </message>
    <message>
        <location filename="../ui/HostProperties.cpp" line="374"/>
        <source>Reserved capacity</source>
        <translation>予約済み容量</translation>
    </message>
    <message>
        <location filename="../ui/HostProperties.cpp" line="374"/>
        <source>%1 % of one CPU</source>
        <translation>CPU 1 個の %1 %</translation>
    </message>
    <message>
        <location filename="../ui/HostProperties.cpp" line="376"/>
        <source>Maximum capacity</source>
        <translation>最大容量</translation>
    </message>
    <message>
        <location filename="../ui/HostProperties.cpp" line="376"/>
        <source>%1 % of one CPU (%2 % of system)</source>
        <translation>CPU 1 個の %1 % (システムの %2 %)</translation>
    </message>
</context>
<context>
    <name>ftc::HostTree</name>
    <message>
        <location filename="../ui/HostTree.cpp" line="105"/>
        <source>Modules</source>
        <translation>モジュール</translation>
    </message>
    <message>
        <location filename="../ui/HostTree.cpp" line="119"/>
        <source>Module %1</source>
        <translation>モジュール %1</translation>
    </message>
    <message>
        <location filename="../ui/HostTree.cpp" line="126"/>
        <source>Not in a module</source>
        <translation>モジュール外</translation>
    </message>
    <message>
        <location filename="../ui/HostTree.cpp" line="135"/>
        <source>Storage</source>
        <translation>ストレージ</translation>
    </message>
    <message>
        <location filename="../ui/HostTree.cpp" line="136"/>
        <source>Physical disks</source>
        <translation>物理ディスク</translation>
    </message>
    <message>
        <location filename="../ui/HostTree.cpp" line="139"/>
        <source>Virtual disks</source>
        <translation>仮想ディスク</translation>
    </message>
    <message>
        <location filename="../ui/HostTree.cpp" line="145"/>
        <source>%1 %2 %</source>
        <translation>%1 %2 %</translation>
    </message>
    <message>
        <location filename="../ui/HostTree.cpp" line="158"/>
        <source>Network</source>
        <translation>ネットワーク</translation>
    </message>
    <message>
        <location filename="../ui/HostTree.cpp" line="159"/>
        <source>Adapters</source>
        <translation>アダプタ</translation>
    </message>
    <message>
        <location filename="../ui/HostTree.cpp" line="162"/>
        <source>Teams</source>
        <translation>チーム</translation>
    </message>
    <message>
        <location filename="../ui/HostTree.cpp" line="165"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/HostTree.cpp" line="172"/>
        <source>Up</source>
        <translation>アップ</translation>
    </message>
    <message>
        <location filename="../ui/HostTree.cpp" line="172"/>
        <source>Down</source>
        <translation>ダウン</translation>
    </message>
    <message>
        <location filename="../ui/HostTree.cpp" line="174"/>
        <source>%1, active</source>
        <translation>%1、アクティブ</translation>
    </message>
    <message>
        <location filename="../ui/HostTree.cpp" line="183"/>
        <source>Virtual machines</source>
        <translation>仮想マシン</translation>
    </message>
</context>
<context>
    <name>ftc::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="53"/>
        <source>ftconsole</source>
        <translation>ftconsole</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="57"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="57"/>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="67"/>
        <location filename="../ui/MainWindow.cpp" line="235"/>
        <location filename="../ui/MainWindow.cpp" line="403"/>
        <source>Open a host with File ▸ Open Host…</source>
        <translation>ファイル ▸ ホストを開く… でホストを開いてください</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="77"/>
        <source>Event Log</source>
        <translation>イベントログ</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="108"/>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="109"/>
        <source>&amp;Open Host…</source>
        <translation>ホストを開く(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="112"/>
        <source>&amp;Close Host</source>
        <translation>ホストを閉じる(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="117"/>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="120"/>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="122"/>
        <source>&amp;Refresh Now</source>
        <translation>今すぐ更新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="131"/>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="132"/>
        <source>&amp;About ftconsole</source>
        <translation>ftconsole について(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="133"/>
        <source>About ftconsole</source>
        <translation>ftconsole について</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="134"/>
        <source>&lt;b&gt;ftconsole&lt;/b&gt; %1&lt;br&gt;A console for fault-tolerant Linux virtualization hosts: mirrored disks, adapter teams and virtual machines.</source>
        <translation>&lt;b&gt;ftconsole&lt;/b&gt; %1&lt;br&gt;フォールトトレラントな Linux 仮想化ホストのためのコンソール: ミラーディスク、アダプタチーム、仮想マシン。</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="139"/>
        <source>Main</source>
        <translation>メイン</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="196"/>
        <source>Step %1 of %2 done: %3</source>
        <translation>ステップ %1/%2 完了: %3</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="197"/>
        <source>Step %1 of %2 failed: %3: %4</source>
        <translation>ステップ %1/%2 失敗: %3: %4</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="207"/>
        <source>%1: plan applied</source>
        <translation>%1: プランを適用しました</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="207"/>
        <source>%1: plan failed</source>
        <translation>%1: プランは失敗しました</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="214"/>
        <source>Opening %1</source>
        <translation>%1 を開いています</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="231"/>
        <source>Closed %1</source>
        <translation>%1 を閉じました</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="354"/>
        <source>%1: refreshed at %2</source>
        <translation>%1: %2 に更新</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="388"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="404"/>
        <source>Select an item in the tree.</source>
        <translation>ツリーで項目を選択してください。</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowStorage.cpp" line="95"/>
        <source>Add to &amp;Virtual Disk…</source>
        <translation>仮想ディスクに追加(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowStorage.cpp" line="97"/>
        <source>Make this disk the second half of a virtual disk, or start a new one</source>
        <translation>このディスクを仮想ディスクのもう一方にするか、新しい仮想ディスクを作成します</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowStorage.cpp" line="104"/>
        <source>&amp;Add Disk…</source>
        <translation>ディスクを追加(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowStorage.cpp" line="106"/>
        <source>Add Disk</source>
        <comment>button</comment>
        <translation>ディスク追加</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowStorage.cpp" line="107"/>
        <source>Add a physical disk to this virtual disk</source>
        <translation>この仮想ディスクに物理ディスクを追加します</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowStorage.cpp" line="114"/>
        <source>&amp;Remove Member…</source>
        <translation>メンバーを削除(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowStorage.cpp" line="125"/>
        <source>&amp;Remove Member</source>
        <translation>メンバーを削除(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowStorage.cpp" line="128"/>
        <source>Remove</source>
        <comment>button</comment>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowStorage.cpp" line="133"/>
        <source>Re-&amp;add Member</source>
        <translation>メンバーを再追加(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowStorage.cpp" line="136"/>
        <source>Re-add</source>
        <comment>button</comment>
        <translation>再追加</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowStorage.cpp" line="138"/>
        <source>Start Consistency &amp;Check…</source>
        <translation>整合性チェックを開始(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowStorage.cpp" line="140"/>
        <source>Check</source>
        <comment>button</comment>
        <translation>チェック</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowStorage.cpp" line="144"/>
        <source>Ca&amp;ncel Check…</source>
        <translation>チェックを中止(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowStorage.cpp" line="146"/>
        <source>Cancel Check</source>
        <comment>button</comment>
        <translation>チェック中止</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowStorage.cpp" line="157"/>
        <source>&amp;Low (spare the virtual machines)</source>
        <translation>低(&amp;L) (仮想マシンを優先)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowStorage.cpp" line="158"/>
        <source>&amp;Normal (system default)</source>
        <translation>標準(&amp;N) (システムの既定値)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowStorage.cpp" line="159"/>
        <source>&amp;High (finish sooner)</source>
        <translation>高(&amp;H) (早く完了)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowStorage.cpp" line="170"/>
        <source>Resync &amp;Priority</source>
        <translation>再同期の優先度(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowStorage.cpp" line="173"/>
        <source>Priority</source>
        <comment>button</comment>
        <translation>優先度</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowStorage.cpp" line="175"/>
        <source>&amp;Storage</source>
        <translation>ストレージ(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowStorage.cpp" line="221"/>
        <source>&amp;Remove %1 from %2…</source>
        <translation>%1 を %2 から削除(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowStorage.cpp" line="270"/>
        <source>%1 (%2)…</source>
        <translation>%1 (%2)…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowStorage.cpp" line="281"/>
        <source>No members</source>
        <translation>メンバーなし</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowStorage.cpp" line="304"/>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowStorage.cpp" line="314"/>
        <source>No former member to re-add</source>
        <translation>再追加できる以前のメンバーはありません</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowStorage.cpp" line="362"/>
        <source>Applying: %1</source>
        <translation>適用中: %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowStorage.cpp" line="371"/>
        <source>&amp;Demo</source>
        <translation>デモ(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowStorage.cpp" line="378"/>
        <source>&amp;Pull Disk</source>
        <translation>ディスクを抜く(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowStorage.cpp" line="379"/>
        <source>&amp;Insert Disk</source>
        <translation>ディスクを挿す(&amp;I)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowStorage.cpp" line="380"/>
        <source>&amp;Unplug Cable</source>
        <translation>ケーブルを抜く(&amp;U)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowStorage.cpp" line="381"/>
        <source>P&amp;lug Cable</source>
        <translation>ケーブルを挿す(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowStorage.cpp" line="404"/>
        <source>%1 (module %2, slot %3)</source>
        <translation>%1 (モジュール %2、スロット %3)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowStorage.cpp" line="410"/>
        <source>%1 (the same disk again)</source>
        <translation>%1 (同じディスクを再び)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowStorage.cpp" line="411"/>
        <source>%1 (a new blank disk)</source>
        <translation>%1 (新しい空のディスク)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowStorage.cpp" line="421"/>
        <source>Nothing to choose</source>
        <translation>選択できるものはありません</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowStorage.cpp" line="432"/>
        <source>Simulate: pull disk %1</source>
        <translation>シミュレーション: ディスク %1 を抜く</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowStorage.cpp" line="434"/>
        <source>Simulate: insert a new blank disk as %1</source>
        <translation>シミュレーション: 新しい空のディスクを %1 として挿す</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowStorage.cpp" line="435"/>
        <source>Simulate: insert disk %1 again</source>
        <translation>シミュレーション: ディスク %1 を再び挿す</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowStorage.cpp" line="437"/>
        <source>Simulate: unplug the cable of %1</source>
        <translation>シミュレーション: %1 のケーブルを抜く</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowStorage.cpp" line="439"/>
        <source>Simulate: plug the cable of %1 back in</source>
        <translation>シミュレーション: %1 のケーブルを挿し直す</translation>
    </message>
</context>
<context>
    <name>ftc::PlanDialog</name>
    <message>
        <location filename="../ui/PlanDialog.cpp" line="17"/>
        <source>&amp;Apply</source>
        <translation>適用(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/PlanDialog.cpp" line="22"/>
        <source>Review what will change. Nothing runs until you press Apply.</source>
        <translation>変更内容を確認してください。「適用」を押すまで何も実行されません。</translation>
    </message>
    <message>
        <location filename="../ui/PlanDialog.cpp" line="23"/>
        <source>This cannot be done as things are. Nothing will run.</source>
        <translation>現在の状態では実行できません。何も実行されません。</translation>
    </message>
    <message>
        <location filename="../ui/PlanDialog.cpp" line="31"/>
        <source>To confirm, type %1: &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>確認のため %1 を入力してください: &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>ftc::PlanView</name>
    <message>
        <location filename="../ui/PlanView.cpp" line="46"/>
        <source>Cannot be done</source>
        <translation>実行できません</translation>
    </message>
    <message>
        <location filename="../ui/PlanView.cpp" line="48"/>
        <source>Be careful</source>
        <translation>注意</translation>
    </message>
    <message>
        <location filename="../ui/PlanView.cpp" line="51"/>
        <source>Nothing to do.</source>
        <translation>実行することはありません。</translation>
    </message>
    <message>
        <location filename="../ui/PlanView.cpp" line="55"/>
        <source>These commands will run, in this order:</source>
        <translation>次のコマンドがこの順に実行されます:</translation>
    </message>
    <message>
        <location filename="../ui/PlanView.cpp" line="56"/>
        <source>These commands would run:</source>
        <translation>次のコマンドが実行される予定でした:</translation>
    </message>
</context>
<context>
    <name>ftc::StateStyle</name>
    <message>
        <location filename="../ui/StateStyle.cpp" line="22"/>
        <source>Duplex</source>
        <translation>Duplex</translation>
    </message>
    <message>
        <location filename="../ui/StateStyle.cpp" line="23"/>
        <source>Syncing</source>
        <translation>同期中</translation>
    </message>
    <message>
        <location filename="../ui/StateStyle.cpp" line="24"/>
        <source>Simplex</source>
        <translation>Simplex</translation>
    </message>
    <message>
        <location filename="../ui/StateStyle.cpp" line="25"/>
        <source>Broken</source>
        <translation>破損</translation>
    </message>
    <message>
        <location filename="../ui/StateStyle.cpp" line="26"/>
        <source>Inactive</source>
        <translation>非アクティブ</translation>
    </message>
    <message>
        <location filename="../ui/StateStyle.cpp" line="46"/>
        <source>In sync</source>
        <translation>同期済み</translation>
    </message>
    <message>
        <location filename="../ui/StateStyle.cpp" line="47"/>
        <source>Rebuilding</source>
        <translation>再構築中</translation>
    </message>
    <message>
        <location filename="../ui/StateStyle.cpp" line="48"/>
        <source>Spare</source>
        <translation>スペア</translation>
    </message>
    <message>
        <location filename="../ui/StateStyle.cpp" line="49"/>
        <source>Faulty</source>
        <translation>障害</translation>
    </message>
    <message>
        <location filename="../ui/StateStyle.cpp" line="50"/>
        <source>Missing</source>
        <translation>欠落</translation>
    </message>
    <message>
        <location filename="../ui/StateStyle.cpp" line="69"/>
        <source>Connecting</source>
        <translation>接続中</translation>
    </message>
    <message>
        <location filename="../ui/StateStyle.cpp" line="70"/>
        <source>Connected</source>
        <translation>接続済み</translation>
    </message>
    <message>
        <location filename="../ui/StateStyle.cpp" line="71"/>
        <source>Disconnected</source>
        <translation>切断</translation>
    </message>
    <message>
        <location filename="../ui/StateStyle.cpp" line="72"/>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <location filename="../ui/StateStyle.cpp" line="80"/>
        <source>Unconfigured</source>
        <translation>未構成</translation>
    </message>
    <message>
        <location filename="../ui/StateStyle.cpp" line="81"/>
        <source>Mirror member</source>
        <translation>ミラーメンバー</translation>
    </message>
    <message>
        <location filename="../ui/StateStyle.cpp" line="82"/>
        <source>In use</source>
        <translation>使用中</translation>
    </message>
    <message>
        <location filename="../ui/StateStyle.cpp" line="114"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/StateStyle.cpp" line="116"/>
        <source>Member of %1</source>
        <translation>%1 のメンバー</translation>
    </message>
    <message>
        <location filename="../ui/StateStyle.cpp" line="129"/>
        <source>Disabled</source>
        <translation>無効</translation>
    </message>
    <message>
        <location filename="../ui/StateStyle.cpp" line="131"/>
        <source>No link</source>
        <translation>リンクなし</translation>
    </message>
    <message>
        <location filename="../ui/StateStyle.cpp" line="132"/>
        <source>Link up, %1 Mb/s</source>
        <translation>リンクアップ、%1 Mb/s</translation>
    </message>
    <message>
        <location filename="../ui/StateStyle.cpp" line="132"/>
        <source>Link up</source>
        <translation>リンクアップ</translation>
    </message>
    <message>
        <location filename="../ui/StateStyle.cpp" line="153"/>
        <source>Down</source>
        <translation>ダウン</translation>
    </message>
    <message>
        <location filename="../ui/StateStyle.cpp" line="155"/>
        <source>Degraded (%1 of %2 up)</source>
        <translation>縮退 (%2 個中 %1 個アップ)</translation>
    </message>
    <message>
        <location filename="../ui/StateStyle.cpp" line="156"/>
        <source>Redundant</source>
        <translation>冗長</translation>
    </message>
    <message>
        <location filename="../ui/StateStyle.cpp" line="173"/>
        <source>Running</source>
        <translation>実行中</translation>
    </message>
    <message>
        <location filename="../ui/StateStyle.cpp" line="175"/>
        <source>Paused</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <location filename="../ui/StateStyle.cpp" line="177"/>
        <source>Shut off</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../ui/StateStyle.cpp" line="179"/>
        <source>Crashed</source>
        <translation>クラッシュ</translation>
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
</TS>
