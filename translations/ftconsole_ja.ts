<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
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
        <location filename="../ui/HostProperties.cpp" line="53"/>
        <source>Member of %1</source>
        <translation>%1 のメンバー</translation>
    </message>
    <message>
        <location filename="../ui/HostProperties.cpp" line="54"/>
        <location filename="../ui/HostProperties.cpp" line="236"/>
        <location filename="../ui/HostProperties.cpp" line="304"/>
        <location filename="../ui/HostProperties.cpp" line="321"/>
        <location filename="../ui/HostProperties.cpp" line="349"/>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../ui/HostProperties.cpp" line="55"/>
        <source>Role number</source>
        <translation>ロール番号</translation>
    </message>
    <message>
        <location filename="../ui/HostProperties.cpp" line="62"/>
        <source>Physical disk %1</source>
        <translation>物理ディスク %1</translation>
    </message>
    <message>
        <location filename="../ui/HostProperties.cpp" line="91"/>
        <source>Gone</source>
        <translation>消失</translation>
    </message>
    <message>
        <location filename="../ui/HostProperties.cpp" line="92"/>
        <source>This object is no longer reported by the host.</source>
        <translation>この項目はホストから報告されなくなりました。</translation>
    </message>
    <message>
        <location filename="../ui/HostProperties.cpp" line="102"/>
        <source>Host</source>
        <translation>ホスト</translation>
    </message>
    <message>
        <location filename="../ui/HostProperties.cpp" line="103"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location filename="../ui/HostProperties.cpp" line="104"/>
        <source>Opened as</source>
        <translation>接続先</translation>
    </message>
    <message>
        <location filename="../ui/HostProperties.cpp" line="105"/>
        <source>Connection</source>
        <translation>接続</translation>
    </message>
    <message>
        <location filename="../ui/HostProperties.cpp" line="107"/>
        <source>Cannot read %1</source>
        <translation>%1 を読み取れません</translation>
    </message>
    <message>
        <location filename="../ui/HostProperties.cpp" line="108"/>
        <source>The connection was lost.</source>
        <translation>接続が切れました。</translation>
    </message>
    <message>
        <location filename="../ui/HostProperties.cpp" line="110"/>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <location filename="../ui/HostProperties.cpp" line="114"/>
        <source>CPUs</source>
        <translation>CPU 数</translation>
    </message>
    <message>
        <location filename="../ui/HostProperties.cpp" line="115"/>
        <source>CPU model</source>
        <translation>CPU モデル</translation>
    </message>
    <message>
        <location filename="../ui/HostProperties.cpp" line="116"/>
        <source>MHz</source>
        <translation>MHz</translation>
    </message>
    <message>
        <location filename="../ui/HostProperties.cpp" line="117"/>
        <location filename="../ui/HostProperties.cpp" line="350"/>
        <source>Memory</source>
        <translation>メモリ</translation>
    </message>
    <message>
        <location filename="../ui/HostProperties.cpp" line="118"/>
        <source>Memory available</source>
        <translation>使用可能メモリ</translation>
    </message>
    <message>
        <location filename="../ui/HostProperties.cpp" line="121"/>
        <source>Last refresh</source>
        <translation>最終更新</translation>
    </message>
    <message>
        <location filename="../ui/HostProperties.cpp" line="123"/>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <location filename="../ui/HostProperties.cpp" line="130"/>
        <location filename="../ui/HostProperties.cpp" line="157"/>
        <location filename="../ui/HostProperties.cpp" line="158"/>
        <source>Virtual disks</source>
        <translation>仮想ディスク</translation>
    </message>
    <message>
        <location filename="../ui/HostProperties.cpp" line="131"/>
        <source>%1 of %2 Duplex</source>
        <translation>%2 台中 %1 台が Duplex</translation>
    </message>
    <message>
        <location filename="../ui/HostProperties.cpp" line="136"/>
        <location filename="../ui/HostProperties.cpp" line="194"/>
        <source>Virtual machines</source>
        <translation>仮想マシン</translation>
    </message>
    <message>
        <location filename="../ui/HostProperties.cpp" line="136"/>
        <source>%1 of %2 running</source>
        <translation>%2 台中 %1 台が実行中</translation>
    </message>
    <message>
        <location filename="../ui/HostProperties.cpp" line="137"/>
        <location filename="../ui/HostProperties.cpp" line="176"/>
        <location filename="../ui/HostProperties.cpp" line="184"/>
        <source>Teams</source>
        <translation>チーム</translation>
    </message>
    <message>
        <location filename="../ui/HostProperties.cpp" line="140"/>
        <source>Problems</source>
        <translation>問題</translation>
    </message>
    <message>
        <location filename="../ui/HostProperties.cpp" line="144"/>
        <source>Command: %1</source>
        <translation>コマンド: %1</translation>
    </message>
    <message>
        <location filename="../ui/HostProperties.cpp" line="146"/>
        <source>Line: %1</source>
        <translation>行: %1</translation>
    </message>
    <message>
        <location filename="../ui/HostProperties.cpp" line="157"/>
        <source>Storage</source>
        <translation>ストレージ</translation>
    </message>
    <message>
        <location filename="../ui/HostProperties.cpp" line="162"/>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <location filename="../ui/HostProperties.cpp" line="164"/>
        <location filename="../ui/HostProperties.cpp" line="170"/>
        <source>Physical disks</source>
        <translation>物理ディスク</translation>
    </message>
    <message>
        <location filename="../ui/HostProperties.cpp" line="177"/>
        <location filename="../ui/HostProperties.cpp" line="179"/>
        <location filename="../ui/HostProperties.cpp" line="223"/>
        <source>Adapters</source>
        <translation>アダプタ</translation>
    </message>
    <message>
        <location filename="../ui/HostProperties.cpp" line="177"/>
        <source>Network</source>
        <translation>ネットワーク</translation>
    </message>
    <message>
        <location filename="../ui/HostProperties.cpp" line="189"/>
        <source>No adapter teams yet. Team two adapters on different modules so the host stays reachable when one module is down.</source>
        <translation>アダプタチームはまだありません。モジュールが 1 つ停止してもホストに到達できるよう、異なるモジュールの 2 つのアダプタでチームを構成してください。</translation>
    </message>
    <message>
        <location filename="../ui/HostProperties.cpp" line="199"/>
        <source>Modules</source>
        <translation>モジュール</translation>
    </message>
    <message>
        <location filename="../ui/HostProperties.cpp" line="201"/>
        <location filename="../ui/HostProperties.cpp" line="217"/>
        <source>Module %1</source>
        <translation>モジュール %1</translation>
    </message>
    <message>
        <location filename="../ui/HostProperties.cpp" line="202"/>
        <source>%1 disks, %2 adapters</source>
        <translation>ディスク %1 台、アダプタ %2 個</translation>
    </message>
    <message>
        <location filename="../ui/HostProperties.cpp" line="204"/>
        <source>Not in a module</source>
        <translation>モジュール外</translation>
    </message>
    <message>
        <location filename="../ui/HostProperties.cpp" line="218"/>
        <source>Disks</source>
        <translation>ディスク</translation>
    </message>
    <message>
        <location filename="../ui/HostProperties.cpp" line="221"/>
        <location filename="../ui/HostProperties.cpp" line="226"/>
        <source>Slot %1: %2</source>
        <translation>スロット %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/HostProperties.cpp" line="235"/>
        <source>Physical disk</source>
        <translation>物理ディスク</translation>
    </message>
    <message>
        <location filename="../ui/HostProperties.cpp" line="237"/>
        <source>Device</source>
        <translation>デバイス</translation>
    </message>
    <message>
        <location filename="../ui/HostProperties.cpp" line="238"/>
        <location filename="../ui/HostProperties.cpp" line="306"/>
        <source>Module</source>
        <translation>モジュール</translation>
    </message>
    <message>
        <location filename="../ui/HostProperties.cpp" line="239"/>
        <location filename="../ui/HostProperties.cpp" line="307"/>
        <source>Slot</source>
        <translation>スロット</translation>
    </message>
    <message>
        <location filename="../ui/HostProperties.cpp" line="240"/>
        <location filename="../ui/HostProperties.cpp" line="266"/>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <location filename="../ui/HostProperties.cpp" line="241"/>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <location filename="../ui/HostProperties.cpp" line="242"/>
        <source>Serial</source>
        <translation>シリアル番号</translation>
    </message>
    <message>
        <location filename="../ui/HostProperties.cpp" line="243"/>
        <source>Transport</source>
        <translation>接続方式</translation>
    </message>
    <message>
        <location filename="../ui/HostProperties.cpp" line="244"/>
        <source>Role</source>
        <translation>役割</translation>
    </message>
    <message>
        <location filename="../ui/HostProperties.cpp" line="245"/>
        <source>Mirror</source>
        <translation>ミラー</translation>
    </message>
    <message>
        <location filename="../ui/HostProperties.cpp" line="247"/>
        <source>Partitions</source>
        <translation>パーティション</translation>
    </message>
    <message>
        <location filename="../ui/HostProperties.cpp" line="249"/>
        <source>Signature</source>
        <translation>シグネチャ</translation>
    </message>
    <message>
        <location filename="../ui/HostProperties.cpp" line="251"/>
        <source>Mounted at</source>
        <translation>マウント先</translation>
    </message>
    <message>
        <location filename="../ui/HostProperties.cpp" line="253"/>
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
        <location filename="../ui/HostProperties.cpp" line="285"/>
        <location filename="../ui/HostProperties.cpp" line="327"/>
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
        <location filename="../ui/HostProperties.cpp" line="363"/>
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
        <location filename="../ui/HostProperties.cpp" line="279"/>
        <location filename="../ui/HostProperties.cpp" line="282"/>
        <source>Progress</source>
        <translation>進行状況</translation>
    </message>
    <message>
        <location filename="../ui/HostProperties.cpp" line="282"/>
        <source>Nothing running</source>
        <translation>実行中の処理なし</translation>
    </message>
    <message>
        <location filename="../ui/HostProperties.cpp" line="289"/>
        <source>Not redundant</source>
        <translation>冗長性なし</translation>
    </message>
    <message>
        <location filename="../ui/HostProperties.cpp" line="290"/>
        <source>%1 runs on one disk only. Add a physical disk from the other module of the same or larger size to make it Duplex again.</source>
        <translation>%1 は 1 台のディスクだけで動作しています。もう一方のモジュールから同じかそれ以上の容量の物理ディスクを追加すると Duplex に戻ります。</translation>
    </message>
    <message>
        <location filename="../ui/HostProperties.cpp" line="294"/>
        <source>Broken</source>
        <translation>破損</translation>
    </message>
    <message>
        <location filename="../ui/HostProperties.cpp" line="295"/>
        <source>%1 has no working member. Its data cannot be read; restore from backup.</source>
        <translation>%1 には稼働中のメンバーがありません。データは読み取れないため、バックアップから復元してください。</translation>
    </message>
    <message>
        <location filename="../ui/HostProperties.cpp" line="303"/>
        <source>Network adapter</source>
        <translation>ネットワークアダプタ</translation>
    </message>
    <message>
        <location filename="../ui/HostProperties.cpp" line="305"/>
        <source>MAC address</source>
        <translation>MAC アドレス</translation>
    </message>
    <message>
        <location filename="../ui/HostProperties.cpp" line="308"/>
        <source>Speed</source>
        <translation>速度</translation>
    </message>
    <message>
        <location filename="../ui/HostProperties.cpp" line="308"/>
        <source>%1 Mb/s</source>
        <translation>%1 Mb/s</translation>
    </message>
    <message>
        <location filename="../ui/HostProperties.cpp" line="309"/>
        <source>Operational state</source>
        <translation>動作状態</translation>
    </message>
    <message>
        <location filename="../ui/HostProperties.cpp" line="310"/>
        <location filename="../ui/HostProperties.cpp" line="320"/>
        <source>Team</source>
        <translation>チーム</translation>
    </message>
    <message>
        <location filename="../ui/HostProperties.cpp" line="312"/>
        <source>PCI path</source>
        <translation>PCI パス</translation>
    </message>
    <message>
        <location filename="../ui/HostProperties.cpp" line="322"/>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <location filename="../ui/HostProperties.cpp" line="323"/>
        <source>Bonding mode</source>
        <translation>ボンディングモード</translation>
    </message>
    <message>
        <location filename="../ui/HostProperties.cpp" line="324"/>
        <source>Active adapter</source>
        <translation>アクティブなアダプタ</translation>
    </message>
    <message>
        <location filename="../ui/HostProperties.cpp" line="325"/>
        <source>Primary</source>
        <translation>プライマリ</translation>
    </message>
    <message>
        <location filename="../ui/HostProperties.cpp" line="326"/>
        <source>Link monitoring</source>
        <translation>リンク監視</translation>
    </message>
    <message>
        <location filename="../ui/HostProperties.cpp" line="326"/>
        <source>every %1 ms</source>
        <translation>%1 ms ごと</translation>
    </message>
    <message>
        <location filename="../ui/HostProperties.cpp" line="330"/>
        <source>Up</source>
        <translation>アップ</translation>
    </message>
    <message>
        <location filename="../ui/HostProperties.cpp" line="330"/>
        <source>Down (%1)</source>
        <translation>ダウン (%1)</translation>
    </message>
    <message>
        <location filename="../ui/HostProperties.cpp" line="332"/>
        <source>%1, active</source>
        <translation>%1、アクティブ</translation>
    </message>
    <message>
        <location filename="../ui/HostProperties.cpp" line="337"/>
        <source>%1 (module %2)</source>
        <translation>%1 (モジュール %2)</translation>
    </message>
    <message>
        <location filename="../ui/HostProperties.cpp" line="340"/>
        <source>%1 link failures</source>
        <translation>%1 のリンク障害回数</translation>
    </message>
    <message>
        <location filename="../ui/HostProperties.cpp" line="348"/>
        <source>Virtual machine</source>
        <translation>仮想マシン</translation>
    </message>
    <message>
        <location filename="../ui/HostProperties.cpp" line="352"/>
        <source>Maximum memory</source>
        <translation>最大メモリ</translation>
    </message>
    <message>
        <location filename="../ui/HostProperties.cpp" line="353"/>
        <source>Virtual CPUs</source>
        <translation>仮想 CPU</translation>
    </message>
    <message>
        <location filename="../ui/HostProperties.cpp" line="354"/>
        <source>Start with host</source>
        <translation>ホスト起動時に開始</translation>
    </message>
    <message>
        <location filename="../ui/HostProperties.cpp" line="354"/>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <location filename="../ui/HostProperties.cpp" line="354"/>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <location filename="../ui/HostProperties.cpp" line="355"/>
        <source>CPU resources</source>
        <translation>CPU リソース</translation>
    </message>
    <message>
        <location filename="../ui/HostProperties.cpp" line="356"/>
        <source>Relative weight</source>
        <translation>相対的な重み</translation>
    </message>
    <message>
        <location filename="../ui/HostProperties.cpp" line="357"/>
        <source>Reserved capacity</source>
        <translation>予約済み容量</translation>
    </message>
    <message>
        <location filename="../ui/HostProperties.cpp" line="357"/>
        <source>%1 % of one CPU</source>
        <translation>CPU 1 個の %1 %</translation>
    </message>
    <message>
        <location filename="../ui/HostProperties.cpp" line="359"/>
        <source>Maximum capacity</source>
        <translation>最大容量</translation>
    </message>
    <message>
        <location filename="../ui/HostProperties.cpp" line="359"/>
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
        <location filename="../ui/MainWindow.cpp" line="210"/>
        <location filename="../ui/MainWindow.cpp" line="374"/>
        <source>Open a host with File ▸ Open Host…</source>
        <translation>ファイル ▸ ホストを開く… でホストを開いてください</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="77"/>
        <source>Event Log</source>
        <translation>イベントログ</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="105"/>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="106"/>
        <source>&amp;Open Host…</source>
        <translation>ホストを開く(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="109"/>
        <source>&amp;Close Host</source>
        <translation>ホストを閉じる(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="114"/>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="117"/>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="119"/>
        <source>&amp;Refresh Now</source>
        <translation>今すぐ更新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="125"/>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="126"/>
        <source>&amp;About ftconsole</source>
        <translation>ftconsole について(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="127"/>
        <source>About ftconsole</source>
        <translation>ftconsole について</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="128"/>
        <source>&lt;b&gt;ftconsole&lt;/b&gt; %1&lt;br&gt;A console for fault-tolerant Linux virtualization hosts: mirrored disks, adapter teams and virtual machines.</source>
        <translation>&lt;b&gt;ftconsole&lt;/b&gt; %1&lt;br&gt;フォールトトレラントな Linux 仮想化ホストのためのコンソール: ミラーディスク、アダプタチーム、仮想マシン。</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="133"/>
        <source>Main</source>
        <translation>メイン</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="189"/>
        <source>Opening %1</source>
        <translation>%1 を開いています</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="206"/>
        <source>Closed %1</source>
        <translation>%1 を閉じました</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="325"/>
        <source>%1: refreshed at %2</source>
        <translation>%1: %2 に更新</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="359"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="375"/>
        <source>Select an item in the tree.</source>
        <translation>ツリーで項目を選択してください。</translation>
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
</TS>
