<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
  <context>
    <name>drem</name>
    <message>
      <source>  all tracks:  {url}leaderboard/{e}?track=combined</source>
      <translation>  全トラック：      {url}leaderboard/{e}?track=combined</translation>
    </message>
    <message>
      <source>  leaderboard: {url}leaderboard/{e}?track={n}</source>
      <translation>  リーダーボード：  {url}leaderboard/{e}?track={n}</translation>
    </message>
    <message>
      <source>  overlay:     {url}overlay/{e}?track={n}</source>
      <translation>  オーバーレイ：    {url}overlay/{e}?track={n}</translation>
    </message>
    <message>
      <source>  upload:      {url}upload  (upload code: {code})</source>
      <translation>  アップロード：    {url}upload  （アップロードコード：{code}）</translation>
    </message>
    <message>
      <source>  ● on track now</source>
      <translation>  ● 現在走行中</translation>
    </message>
    <message>
      <source> (lost on the wire)</source>
      <translation> (途中で失われました)</translation>
    </message>
    <message>
      <source> (use _ instead of spaces)</source>
      <translation> (スペースの代わりに _ を使ってください)</translation>
    </message>
    <message>
      <source> and </source>
      <translation> と </translation>
    </message>
    <message>
      <source> and loaded</source>
      <translation> 、ロード済み</translation>
    </message>
    <message>
      <source> min per run (0: no limit)</source>
      <translation> 分／走行 (0：制限なし)</translation>
    </message>
    <message>
      <source> · on a car</source>
      <translation> · 車両に搭載</translation>
    </message>
    <message>
      <source> · runs done {runs_text}</source>
      <translation> · 走行回数 {runs_text}</translation>
    </message>
    <message>
      <source>#</source>
      <translation>#</translation>
    </message>
    <message>
      <source>&amp;Event</source>
      <translation>イベント(&amp;E)</translation>
    </message>
    <message>
      <source>&amp;Export…</source>
      <translation>エクスポート(&amp;E)…</translation>
    </message>
    <message>
      <source>(The car said: "{reason}")</source>
      <translation>(車両の応答：「{reason}」)</translation>
    </message>
    <message>
      <source>(invalid)</source>
      <translation>(無効)</translation>
    </message>
    <message>
      <source>* raced by proxy: someone else drove for the registered racer.</source>
      <translation>* 代理走行：登録されたレーサーの代わりに別の人が運転しました。</translation>
    </message>
    <message>
      <source>--pi-timer sends plain text frames like older timers</source>
      <translation>--pi-timer は古いタイマーと同じくプレーンテキストのフレームを送ります</translation>
    </message>
    <message>
      <source>--unplug-every needs --link PATH, so the host finds the sensor again.</source>
      <translation>--unplug-every には --link パス が必要です（ホストがセンサーを再び見つけられるように）。</translation>
    </message>
    <message>
      <source>/dev/ttyACM0, COM3, or /dev/ttyUSB0?mode=json (or ?mode=lines)</source>
      <translation>/dev/ttyACM0、COM3、または /dev/ttyUSB0?mode=json（または ?mode=lines）</translation>
    </message>
    <message>
      <source>1 minute {s:.1f}</source>
      <translation>1 分 {s:.1f}</translation>
    </message>
    <message>
      <source>4 to 12 digits</source>
      <translation>4～12 桁</translation>
    </message>
    <message>
      <source>&lt;span style='color:{PERSONAL_BEST}'&gt;■&lt;/span&gt; personal best  &lt;span style='color:{EVENT_BEST}'&gt;■&lt;/span&gt; event best  &lt;span style='color:{INVALID}'&gt;■&lt;/span&gt; invalid</source>
      <translation>&lt;span style='color:{PERSONAL_BEST}'&gt;■&lt;/span&gt; 自己ベスト  &lt;span style='color:{EVENT_BEST}'&gt;■&lt;/span&gt; イベントベスト  &lt;span style='color:{INVALID}'&gt;■&lt;/span&gt; 無効</translation>
    </message>
    <message>
      <source>A PIN is set.</source>
      <translation>PIN が設定されています。</translation>
    </message>
    <message>
      <source>A SAC model needs a continuous action space, but this one is discrete.</source>
      <translation>SAC モデルには連続アクション空間が必要ですが、このモデルは離散です。</translation>
    </message>
    <message>
      <source>A backup is written when the app starts and after every submitted run.</source>
      <translation>バックアップはアプリの起動時と、走行を確定するたびに書き込まれます。</translation>
    </message>
    <message>
      <source>A car needs a serial or a host name.</source>
      <translation>車両にはシリアル番号かホスト名が必要です。</translation>
    </message>
    <message>
      <source>A continuous action_space must be an object with steering_angle and speed ranges.</source>
      <translation>連続の action_space は steering_angle と speed の範囲を持つオブジェクトでなければなりません。</translation>
    </message>
    <message>
      <source>A discrete action_space must be a non-empty list of actions.</source>
      <translation>離散の action_space は空でないアクションのリストでなければなりません。</translation>
    </message>
    <message>
      <source>A fleet needs a name.</source>
      <translation>フリートには名前が必要です。</translation>
    </message>
    <message>
      <source>A fleet needs a name; {name} keeps the one it has.</source>
      <translation>フリートには名前が必要です。{name} は今の名前のままです。</translation>
    </message>
    <message>
      <source>A form field took too long to arrive. Check the Wi-Fi and try again.</source>
      <translation>フォームの項目の受信に時間がかかりすぎました。Wi-Fi を確認して、もう一度お試しください。</translation>
    </message>
    <message>
      <source>A lap key pressed sooner than the minimum lap time after the lap began: not a lap. Press A to count it anyway (until the next lap).</source>
      <translation>ラップ開始から最短ラップタイムより前にラップキーが押されました：ラップではありません。それでも数えるには A を押してください（次のラップまで）。</translation>
    </message>
    <message>
      <source>A lap time must be a number of milliseconds, not {value}.</source>
      <translation>ラップタイムはミリ秒の数値でなければなりません（{value} ではなく）。</translation>
    </message>
    <message>
      <source>A lap time must be between 1 ms and 24 hours, not {value} ms.</source>
      <translation>ラップタイムは 1 ms～24 時間でなければなりません（{value} ms ではなく）。</translation>
    </message>
    <message>
      <source>A lap time must be more than 0 ms and less than a day.</source>
      <translation>ラップタイムは 0 ms より長く 1 日未満でなければなりません。</translation>
    </message>
    <message>
      <source>A lap-count race needs the number of laps to finish (1 to 1000).</source>
      <translation>周回数レースにはゴールまでの周回数（1～1000）が必要です。</translation>
    </message>
    <message>
      <source>A model is already on its way to the car: wait or Cancel.</source>
      <translation>モデルはすでに車両へ送信中です：待つか、キャンセルしてください。</translation>
    </message>
    <message>
      <source>A newer line took its place.</source>
      <translation>より新しい読み上げに置き換えられました。</translation>
    </message>
    <message>
      <source>A racer needs a username.</source>
      <translation>レーサーにはユーザー名が必要です。</translation>
    </message>
    <message>
      <source>A racer needs a username: type it in the first box.</source>
      <translation>レーサーにはユーザー名が必要です：最初の欄に入力してください。</translation>
    </message>
    <message>
      <source>A trigger could not be recorded ({error}). Capture that lap by hand.</source>
      <translation>トリガーを記録できませんでした（{error}）。そのラップは手動で記録してください。</translation>
    </message>
    <message>
      <source>A username</source>
      <translation>ユーザー名</translation>
    </message>
    <message>
      <source>Access key ID</source>
      <translation>アクセスキー ID</translation>
    </message>
    <message>
      <source>Action</source>
      <translation>アクション</translation>
    </message>
    <message>
      <source>Action space</source>
      <translation>アクション空間</translation>
    </message>
    <message>
      <source>Action {index} is not an object with steering_angle and speed.</source>
      <translation>アクション {index} は steering_angle と speed を持つオブジェクトではありません。</translation>
    </message>
    <message>
      <source>Action {index} needs numeric steering_angle and speed.</source>
      <translation>アクション {index} には数値の steering_angle と speed が必要です。</translation>
    </message>
    <message>
      <source>Add car</source>
      <translation>車両を追加</translation>
    </message>
    <message>
      <source>Add to deck: racer's name, Enter</source>
      <translation>待機列に追加：レーサー名、Enter</translation>
    </message>
    <message>
      <source>Add track</source>
      <translation>トラックを追加</translation>
    </message>
    <message>
      <source>Added {hostname}. Save its password, then choose an action.</source>
      <translation>{hostname} を追加しました。パスワードを保存してから操作を選んでください。</translation>
    </message>
    <message>
      <source>Address</source>
      <translation>アドレス</translation>
    </message>
    <message>
      <source>Again: </source>
      <translation>もう一度： </translation>
    </message>
    <message>
      <source>Algorithm</source>
      <translation>アルゴリズム</translation>
    </message>
    <message>
      <source>All cars</source>
      <translation>すべての車両</translation>
    </message>
    <message>
      <source>All events</source>
      <translation>すべてのイベント</translation>
    </message>
    <message>
      <source>All tracks</source>
      <translation>すべてのトラック</translation>
    </message>
    <message>
      <source>All tracks combined</source>
      <translation>全トラック合計</translation>
    </message>
    <message>
      <source>Allow extra run</source>
      <translation>追加走行を許可</translation>
    </message>
    <message>
      <source>Already registered: {names}.</source>
      <translation>登録済み：{names}。</translation>
    </message>
    <message>
      <source>An event named “{name}” already exists.</source>
      <translation>「{name}」という名前のイベントはすでにあります。</translation>
    </message>
    <message>
      <source>An event needs a name.</source>
      <translation>イベントには名前が必要です。</translation>
    </message>
    <message>
      <source>Another event already uses the upload code “{code}”: pick another.</source>
      <translation>別のイベントがすでにアップロードコード「{code}」を使っています：別のコードを選んでください。</translation>
    </message>
    <message>
      <source>Another event here is named “{name}”: rename it first, then restore again.</source>
      <translation>ここにある別のイベントの名前が「{name}」です：先に名前を変えてから、もう一度復元してください。</translation>
    </message>
    <message>
      <source>At most {n} files per upload; send the rest in another one.</source>
      <translation>1 回のアップロードは最大 {n} ファイルです。残りは別のアップロードで送ってください。</translation>
    </message>
    <message>
      <source>Average</source>
      <translation>平均</translation>
    </message>
    <message>
      <source>Average window (laps)</source>
      <translation>平均の範囲（ラップ数）</translation>
    </message>
    <message>
      <source>Back up now</source>
      <translation>今すぐバックアップ</translation>
    </message>
    <message>
      <source>Backup failed ({error}). Free some disk space or choose another data folder.</source>
      <translation type="vanished">バックアップに失敗しました（{error}）。ディスクの空きを作るか、別のデータフォルダーを選んでください。</translation>
    </message>
    <message>
      <source>Backup failed ({error}). Free some disk space or choose another data folder; the next backup is tried after the next submitted run.</source>
      <translation>バックアップに失敗しました（{error}）。ディスクの空きを作るか、別のデータフォルダーを選んでください。次のバックアップは次の走行を確定したあとに試みます。</translation>
    </message>
    <message>
      <source>Backup written: {name}</source>
      <translation>バックアップを書き込みました：{name}</translation>
    </message>
    <message>
      <source>Backup written: {path}</source>
      <translation>バックアップを書き込みました：{path}</translation>
    </message>
    <message>
      <source>Backups</source>
      <translation>バックアップ</translation>
    </message>
    <message>
      <source>Battery</source>
      <translation>バッテリー</translation>
    </message>
    <message>
      <source>Battery low: change or charge it before the car races.</source>
      <translation>バッテリー残量が少ない：走行前に交換または充電してください。</translation>
    </message>
    <message>
      <source>Best</source>
      <translation>ベスト</translation>
    </message>
    <message>
      <source>Best average ({n} laps)</source>
      <translation>ベスト平均（{n} ラップ）</translation>
    </message>
    <message>
      <source>Best average of {n} laps: {t} s</source>
      <translation>{n} ラップのベスト平均：{t} 秒</translation>
    </message>
    <message>
      <source>Best avg</source>
      <translation>ベスト平均</translation>
    </message>
    <message>
      <source>Best lap</source>
      <translation>ベストラップ</translation>
    </message>
    <message>
      <source>Board</source>
      <translation>ボード</translation>
    </message>
    <message>
      <source>Board options: ?track=1|combined, ?format=fastest|average, ?scroll=page|smooth|off, ?qr=1, ?lang=</source>
      <translation>ボードのオプション：?track=1|combined、?format=fastest|average、?scroll=page|smooth|off、?qr=1、?lang=</translation>
    </message>
    <message>
      <source>Bucket</source>
      <translation>バケット</translation>
    </message>
    <message>
      <source>Bucket offline</source>
      <translation>バケットがオフライン</translation>
    </message>
    <message>
      <source>Bucket “{bucket}” does not exist at {where}: create it, or correct the name in Settings → Sync.</source>
      <translation>バケット「{bucket}」は {where} に存在しません：作成するか、「設定 → 同期」で名前を修正してください。</translation>
    </message>
    <message>
      <source>CHECK: {why}</source>
      <translation>要確認: {why}</translation>
    </message>
    <message>
      <source>CSV files (*.csv *.txt)</source>
      <translation>CSV ファイル (*.csv *.txt)</translation>
    </message>
    <message>
      <source>CSV files (*.csv);;All files (*)</source>
      <translation>CSV ファイル (*.csv);;すべてのファイル (*)</translation>
    </message>
    <message>
      <source>Call-outs are closed.</source>
      <translation>読み上げは終了しています。</translation>
    </message>
    <message>
      <source>Call-outs saved.</source>
      <translation>読み上げ設定を保存しました。</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>キャンセル</translation>
    </message>
    <message>
      <source>Cancel running</source>
      <translation>実行中をキャンセル</translation>
    </message>
    <message>
      <source>Cancelled on car {car}; the car keeps what it had.</source>
      <translation>車両 {car} でキャンセルしました。車両は元の状態のままです。</translation>
    </message>
    <message>
      <source>Cancelled: nothing was loaded.</source>
      <translation>キャンセルしました：何もロードされていません。</translation>
    </message>
    <message>
      <source>Cancelled: nothing was saved.</source>
      <translation>キャンセルしました：何も保存されていません。</translation>
    </message>
    <message>
      <source>Cancelled: the transfer resumes where it stopped at the next sync.</source>
      <translation>キャンセルしました：転送は次回の同期で中断したところから再開します。</translation>
    </message>
    <message>
      <source>Cancelling…</source>
      <translation>キャンセル中…</translation>
    </message>
    <message>
      <source>Cannot open {port} ({error}). Check the cable, and that no other program or track uses this port; retrying.</source>
      <translation>{port} を開けません（{error}）。ケーブルと、他のプログラムやトラックがこのポートを使っていないことを確認してください。再試行中です。</translation>
    </message>
    <message>
      <source>Cannot reach the Pi timer at {url} ({error}). Check that it is on and on this network; retrying.</source>
      <translation>{url} の Pi タイマーに接続できません（{error}）。電源が入っていて、このネットワークにあることを確認してください。再試行中です。</translation>
    </message>
    <message>
      <source>Cannot reach the bucket at {where}: this laptop is offline or the endpoint is wrong. Changes wait here and go as soon as it answers.</source>
      <translation>{where} のバケットに接続できません：このノート PC がオフラインか、エンドポイントが誤っています。変更はここで待機し、応答があり次第送られます。</translation>
    </message>
    <message>
      <source>Cannot reach {address}:{port} ({error}).</source>
      <translation>{address}:{port} に接続できません（{error}）。</translation>
    </message>
    <message>
      <source>Cannot {action} while the run is {state}.</source>
      <translation>走行が{state}の間は{action}できません。</translation>
    </message>
    <message>
      <source>Car</source>
      <translation>車両</translation>
    </message>
    <message>
      <source>Car and model</source>
      <translation>車両とモデル</translation>
    </message>
    <message>
      <source>Car logs of this run</source>
      <translation>この走行の車両ログ</translation>
    </message>
    <message>
      <source>Car {car} answers again.</source>
      <translation>車両 {car} が再び応答しています。</translation>
    </message>
    <message>
      <source>Car {car} could not {action}: {detail}</source>
      <translation>車両 {car} は{action}できませんでした：{detail}</translation>
    </message>
    <message>
      <source>Car {car} did not answer{detail}. Check that it is switched on and on the venue network, then retry.</source>
      <translation>車両 {car} が応答しませんでした{detail}。電源が入っていて会場のネットワークにあることを確認し、再試行してください。</translation>
    </message>
    <message>
      <source>Car {car} presented a different {what} than last time ({seen} instead of {expected}): the car was re-flashed or this is another car. Nothing was sent. Trust the new key in Cars → {car} if you expected this.</source>
      <translation>車両 {car} が前回と異なる{what}を示しました（{expected} ではなく {seen}）：車両が再フラッシュされたか、別の車両です。何も送信していません。想定どおりなら「車両 → {car}」で新しい鍵を信頼してください。</translation>
    </message>
    <message>
      <source>Car {car} ran out of disk space while installing the model; nothing was changed. Delete old models on the car (Cars → Delete all models) and retry.</source>
      <translation>車両 {car} はモデルのインストール中にディスク容量が足りなくなりました。何も変更されていません。車両の古いモデルを削除して（車両 → すべてのモデルを削除）再試行してください。</translation>
    </message>
    <message>
      <source>Car {car} refused the {what} password or key. Check the credentials saved for this car in Cars → {car} and retry.</source>
      <translation>車両 {car} が {what} のパスワードまたは鍵を拒否しました。「車両 → {car}」でこの車両に保存された認証情報を確認し、再試行してください。</translation>
    </message>
    <message>
      <source>Car {car} refused to load {folder}: {explanation}</source>
      <translation>車両 {car} は {folder} のロードを拒否しました：{explanation}</translation>
    </message>
    <message>
      <source>Car {car} stopped answering during the run ({why}). Check the car: it may be off the network, out of battery or switched off.</source>
      <translation>車両 {car} が走行中に応答しなくなりました（{why}）。車両を確認してください：ネットワーク外、バッテリー切れ、または電源オフの可能性があります。</translation>
    </message>
    <message>
      <source>Car {car}: unexpected error ({error}). Retry; if it repeats, send the log to the organizers.</source>
      <translation>車両 {car}：予期しないエラー（{error}）。再試行してください。繰り返す場合はログを主催者に送ってください。</translation>
    </message>
    <message>
      <source>Car: serial or host name</source>
      <translation>車両：シリアル番号またはホスト名</translation>
    </message>
    <message>
      <source>Cars</source>
      <translation>車両</translation>
    </message>
    <message>
      <source>Cars (tick the ones an action goes to)</source>
      <translation>車両（操作の対象にチェック）</translation>
    </message>
    <message>
      <source>Cars in no fleet</source>
      <translation>フリート未所属の車両</translation>
    </message>
    <message>
      <source>Cars on race day</source>
      <translation>レース当日の車両</translation>
    </message>
    <message>
      <source>Certificate of achievement</source>
      <translation>達成証明書</translation>
    </message>
    <message>
      <source>Certificate of participation</source>
      <translation>参加証明書</translation>
    </message>
    <message>
      <source>Certificates (PDF)</source>
      <translation>証明書（PDF）</translation>
    </message>
    <message>
      <source>Changes from {name} were refused: {reason}</source>
      <translation>{name} からの変更を拒否しました：{reason}</translation>
    </message>
    <message>
      <source>Checked</source>
      <translation>確認済み</translation>
    </message>
    <message>
      <source>Checking archives in {folder}…</source>
      <translation>{folder} のアーカイブを確認中…</translation>
    </message>
    <message>
      <source>Checking {name}…</source>
      <translation>{name} を確認中…</translation>
    </message>
    <message>
      <source>Choose a car, or type its name and press Enter</source>
      <translation>車両を選ぶか、名前を入力して Enter を押してください</translation>
    </message>
    <message>
      <source>Choose at least one model file (.tar.gz) to upload.</source>
      <translation>アップロードするモデルファイル（.tar.gz）を 1 つ以上選んでください。</translation>
    </message>
    <message>
      <source>Choose folder…</source>
      <translation>フォルダーを選択…</translation>
    </message>
    <message>
      <source>Choose or create an event first, then export it.</source>
      <translation>先にイベントを選ぶか作成してから、エクスポートしてください。</translation>
    </message>
    <message>
      <source>Choose the bundle's folder, or create an event instead.</source>
      <translation>バンドルのフォルダーを選ぶか、代わりにイベントを作成してください。</translation>
    </message>
    <message>
      <source>Choose…</source>
      <translation>選択…</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>閉じる</translation>
    </message>
    <message>
      <source>Cloud bucket</source>
      <translation>クラウドバケット</translation>
    </message>
    <message>
      <source>Cloud manager bundle (folder)</source>
      <translation>クラウドマネージャーのバンドル（フォルダー）</translation>
    </message>
    <message>
      <source>Cloud-manager export bundle</source>
      <translation>クラウドマネージャーのエクスポートバンドル</translation>
    </message>
    <message>
      <source>Colour</source>
      <translation>色</translation>
    </message>
    <message>
      <source>Commands: next USERNAME (put the racer on the track; registered if new) · next (the first racer on deck) · deck USERNAME (queue a racer) · end · submit · discard · status · help · quit</source>
      <translation>コマンド：next ユーザー名（レーサーをトラックへ。新規なら登録）· next（待機列の先頭）· deck ユーザー名（待機列に追加）· end · submit · discard · status · help · quit</translation>
    </message>
    <message>
      <source>Commentator</source>
      <translation>実況</translation>
    </message>
    <message>
      <source>Completion</source>
      <translation>完走率</translation>
    </message>
    <message>
      <source>Connect this laptop to the venue network to accept uploads.</source>
      <translation>アップロードを受け付けるには、このノート PC を会場のネットワークに接続してください。</translation>
    </message>
    <message>
      <source>Connect this laptop to the venue network; the addresses appear in Settings.</source>
      <translation>このノート PC を会場のネットワークにつないでください。アドレスは「設定」に表示されます。</translation>
    </message>
    <message>
      <source>Connected</source>
      <translation>接続済み</translation>
    </message>
    <message>
      <source>Connected to {url}: this laptop can read and write there.</source>
      <translation>{url} に接続しました：このノート PC はそこで読み書きできます。</translation>
    </message>
    <message>
      <source>Console theme</source>
      <translation>コンソールのテーマ</translation>
    </message>
    <message>
      <source>Controls laptop {name}</source>
      <translation>ノート PC {name} を操作中</translation>
    </message>
    <message>
      <source>Could not copy {file} ({error}). Check the drive is still plugged in.</source>
      <translation>{file} をコピーできませんでした（{error}）。ドライブが接続されたままか確認してください。</translation>
    </message>
    <message>
      <source>Could not open</source>
      <translation>開けませんでした</translation>
    </message>
    <message>
      <source>Count it anyway</source>
      <translation>それでも数える</translation>
    </message>
    <message>
      <source>Count it anyway ({key})</source>
      <translation>それでも数える（{key}）</translation>
    </message>
    <message>
      <source>Country</source>
      <translation>国</translation>
    </message>
    <message>
      <source>Create an event</source>
      <translation>イベントを作成</translation>
    </message>
    <message>
      <source>Create an event first: each track gets a lap source here.</source>
      <translation>先にイベントを作成してください：各トラックにここでラップソースを割り当てます。</translation>
    </message>
    <message>
      <source>Create event</source>
      <translation>イベントを作成</translation>
    </message>
    <message>
      <source>Create fleet</source>
      <translation>フリートを作成</translation>
    </message>
    <message>
      <source>Create or pick an event first (Event page).</source>
      <translation>先にイベントを作成または選択してください（イベントページ）。</translation>
    </message>
    <message>
      <source>Created demo event “{name}” ({id}).</source>
      <translation>デモイベント「{name}」（{id}）を作成しました。</translation>
    </message>
    <message>
      <source>Created event “{name}” ({id}) with {n} track(s). Upload code: {code}</source>
      <translation>イベント「{name}」（{id}）をトラック {n} 本で作成しました。アップロードコード：{code}</translation>
    </message>
    <message>
      <source>Created “{name}”. It is now the current event.</source>
      <translation>「{name}」を作成しました。現在のイベントになりました。</translation>
    </message>
    <message>
      <source>Current lap</source>
      <translation>現在のラップ</translation>
    </message>
    <message>
      <source>DNF</source>
      <translation>DNF</translation>
    </message>
    <message>
      <source>DREM</source>
      <translation>DREM</translation>
    </message>
    <message>
      <source>DREM Desktop</source>
      <translation>DREM Desktop</translation>
    </message>
    <message>
      <source>DREM Desktop cannot open its window: Qt's X11 plugin does not load ({error}). Set QT_QPA_PLATFORM=wayland on a Wayland desktop, or install the library it names.</source>
      <translation>DREM Desktop のウィンドウを開けません：Qt の X11 プラグインを読み込めません（{error}）。Wayland デスクトップでは QT_QPA_PLATFORM=wayland を設定するか、表示されたライブラリをインストールしてください。</translation>
    </message>
    <message>
      <source>DREM Desktop cannot open its window: these system libraries are missing: {names}.</source>
      <translation>DREM Desktop のウィンドウを開けません：次のシステムライブラリがありません：{names}。</translation>
    </message>
    <message>
      <source>DREM Desktop is already open on {folder}: its window was brought forward.</source>
      <translation>DREM Desktop はすでに {folder} で開いています：そのウィンドウを前面に出しました。</translation>
    </message>
    <message>
      <source>DREM Desktop is open on {folder} but does not answer. Close it (or end it in the task manager), then start again.</source>
      <translation>DREM Desktop は {folder} で開いていますが応答しません。閉じる（またはタスクマネージャーで終了する）してから、もう一度起動してください。</translation>
    </message>
    <message>
      <source>DREM Pi timer (type its address)</source>
      <translation>DREM Pi タイマー（アドレスを入力）</translation>
    </message>
    <message>
      <source>DREM Pi timer at…</source>
      <translation>DREM Pi タイマー：…</translation>
    </message>
    <message>
      <source>DREM has not loaded a model onto {car}, so it cannot tell whose logs to fetch.</source>
      <translation>DREM は {car} にモデルをロードしていないため、誰のログを取得すればよいか分かりません。</translation>
    </message>
    <message>
      <source>DREM leaderboard</source>
      <translation>DREM リーダーボード</translation>
    </message>
    <message>
      <source>Dark</source>
      <translation>ダーク</translation>
    </message>
    <message>
      <source>Data folder</source>
      <translation>データフォルダー</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>日付</translation>
    </message>
    <message>
      <source>DeepRacer events</source>
      <translation>DeepRacer イベント</translation>
    </message>
    <message>
      <source>Delete all models</source>
      <translation>すべてのモデルを削除</translation>
    </message>
    <message>
      <source>Delete lap</source>
      <translation>ラップを削除</translation>
    </message>
    <message>
      <source>Delete run</source>
      <translation>走行を削除</translation>
    </message>
    <message>
      <source>Deleted laps, struck through: select one and press Restore lap to count it again.</source>
      <translation>削除済みのラップ（取り消し線）：1 つ選んで「ラップを復元」を押すと再び集計されます。</translation>
    </message>
    <message>
      <source>Deleted user {id}</source>
      <translation>削除されたユーザー {id}</translation>
    </message>
    <message>
      <source>Deleted: it does not count. Select it and press Restore lap to count it again.</source>
      <translation>削除済み：集計されません。選択して「ラップを復元」を押すと再び集計されます。</translation>
    </message>
    <message>
      <source>Discard</source>
      <translation>破棄</translation>
    </message>
    <message>
      <source>Discard run</source>
      <translation>走行を破棄</translation>
    </message>
    <message>
      <source>Discard this run? Its laps leave the leaderboard. Press X again to discard, Esc to keep it.</source>
      <translation>この走行を破棄しますか？ラップはリーダーボードから外れます。破棄するにはもう一度 X、残すには Esc を押してください。</translation>
    </message>
    <message>
      <source>Discarded: the run's laps are not on the leaderboard.</source>
      <translation>破棄しました：走行のラップはリーダーボードにありません。</translation>
    </message>
    <message>
      <source>Display name</source>
      <translation>表示名</translation>
    </message>
    <message>
      <source>Double-click a cell to correct it (username, name, country, colour, email).</source>
      <translation>セルをダブルクリックして修正します（ユーザー名、名前、国、色、メール）。</translation>
    </message>
    <message>
      <source>Drop .tar.gz files here, or choose them:</source>
      <translation>.tar.gz ファイルをここにドロップするか、選択してください：</translation>
    </message>
    <message>
      <source>Email</source>
      <translation>メール</translation>
    </message>
    <message>
      <source>End and submit</source>
      <translation>終了して確定</translation>
    </message>
    <message>
      <source>End run</source>
      <translation>走行を終了</translation>
    </message>
    <message>
      <source>End the run now?</source>
      <translation>今すぐ走行を終了しますか？</translation>
    </message>
    <message>
      <source>End the run now? The lap in progress is not counted. Press E again to end, Esc to keep racing.</source>
      <translation>今すぐ走行を終了しますか？走行中のラップは集計されません。終了するにはもう一度 E、走行を続けるには Esc を押してください。</translation>
    </message>
    <message>
      <source>Endpoint URL</source>
      <translation>エンドポイント URL</translation>
    </message>
    <message>
      <source>Enter the upload code shown at the organizer's desk.</source>
      <translation>主催者デスクに表示されたアップロードコードを入力してください。</translation>
    </message>
    <message>
      <source>Enter your racer username.</source>
      <translation>レーサーのユーザー名を入力してください。</translation>
    </message>
    <message>
      <source>Event</source>
      <translation>イベント</translation>
    </message>
    <message>
      <source>Event archive (.dremz)</source>
      <translation>イベントアーカイブ（.dremz）</translation>
    </message>
    <message>
      <source>Event best</source>
      <translation>イベントベスト</translation>
    </message>
    <message>
      <source>Event in the bucket:</source>
      <translation>バケット内のイベント：</translation>
    </message>
    <message>
      <source>Event “{event}” has no track {track} (tracks: {tracks}).</source>
      <translation>イベント「{event}」にトラック {track} はありません（トラック：{tracks}）。</translation>
    </message>
    <message>
      <source>Event “{event}” has no track {track} (tracks: {tracks}, or combined).</source>
      <translation>イベント「{event}」にトラック {track} はありません（トラック：{tracks}、または combined）。</translation>
    </message>
    <message>
      <source>Events</source>
      <translation>イベント</translation>
    </message>
    <message>
      <source>Every lap of every run, for a spreadsheet.</source>
      <translation>全走行の全ラップ（表計算ソフト用）。</translation>
    </message>
    <message>
      <source>Everything above for scripts and web pages.</source>
      <translation>上記すべて（スクリプトや Web ページ用）。</translation>
    </message>
    <message>
      <source>Export</source>
      <translation>エクスポート</translation>
    </message>
    <message>
      <source>Export “{name}”</source>
      <translation>「{name}」をエクスポート</translation>
    </message>
    <message>
      <source>Fastest</source>
      <translation>最速</translation>
    </message>
    <message>
      <source>Fastest average</source>
      <translation>最速平均</translation>
    </message>
    <message>
      <source>Fastest average of consecutive laps</source>
      <translation>連続ラップの最速平均</translation>
    </message>
    <message>
      <source>Fastest average of {n} laps</source>
      <translation>{n} ラップの最速平均</translation>
    </message>
    <message>
      <source>Fastest lap</source>
      <translation>最速ラップ</translation>
    </message>
    <message>
      <source>Fastest lap: {t} s</source>
      <translation>最速ラップ：{t} 秒</translation>
    </message>
    <message>
      <source>Fetch each run's car logs</source>
      <translation>走行ごとに車両ログを取得</translation>
    </message>
    <message>
      <source>Fetch last run's logs</source>
      <translation>前回の走行のログを取得</translation>
    </message>
    <message>
      <source>Fetch logs from the car</source>
      <translation>車両からログを取得</translation>
    </message>
    <message>
      <source>Fields: {fields}</source>
      <translation>項目：{fields}</translation>
    </message>
    <message>
      <source>Find cars on the network (mDNS)</source>
      <translation>ネットワーク上の車両を探す（mDNS）</translation>
    </message>
    <message>
      <source>Find racer…</source>
      <translation>レーサーを検索…</translation>
    </message>
    <message>
      <source>Find racer…  (N)</source>
      <translation>レーサーを検索…  (N)</translation>
    </message>
    <message>
      <source>First, the event you are timing. Everything stays on this laptop.</source>
      <translation>まず、計時するイベントです。すべてこのノート PC 内に保存されます。</translation>
    </message>
    <message>
      <source>Fleet</source>
      <translation>フリート</translation>
    </message>
    <message>
      <source>Fleet of ticked cars</source>
      <translation>チェックした車両のフリート</translation>
    </message>
    <message>
      <source>Fleet {name} created. Tick cars and move them into it.</source>
      <translation>フリート {name} を作成しました。車両にチェックを入れて移動してください。</translation>
    </message>
    <message>
      <source>Fleet {name} removed.</source>
      <translation>フリート {name} を削除しました。</translation>
    </message>
    <message>
      <source>Fleet {old} is now called {new}.</source>
      <translation>フリート {old} の名前を {new} に変更しました。</translation>
    </message>
    <message>
      <source>Fleets are kept in the event database, and this car service has none.</source>
      <translation>フリートはイベントのデータベースに保存されますが、この車両サービスにはありません。</translation>
    </message>
    <message>
      <source>Folder of sample models</source>
      <translation>サンプルモデルのフォルダー</translation>
    </message>
    <message>
      <source>Follow the racer on track</source>
      <translation>走行中のレーサーを追う</translation>
    </message>
    <message>
      <source>For the cloud manager's scripts/drem_import.py.</source>
      <translation>クラウドマネージャーの scripts/drem_import.py 用。</translation>
    </message>
    <message>
      <source>Forget laptop</source>
      <translation>ノート PC を削除</translation>
    </message>
    <message>
      <source>Forget password</source>
      <translation>パスワードを消去</translation>
    </message>
    <message>
      <source>Format</source>
      <translation>形式</translation>
    </message>
    <message>
      <source>Format must be “fastest” or “average”, not “{fmt}”.</source>
      <translation>形式は「fastest」か「average」でなければなりません（「{fmt}」ではなく）。</translation>
    </message>
    <message>
      <source>From</source>
      <translation>開始</translation>
    </message>
    <message>
      <source>Fullscreen (F11)</source>
      <translation>全画面（F11）</translation>
    </message>
    <message>
      <source>Gap</source>
      <translation>差</translation>
    </message>
    <message>
      <source>General</source>
      <translation>一般</translation>
    </message>
    <message>
      <source>Get an event from the bucket, with all its runs, laps, racers and models</source>
      <translation>バケットからイベントを取得（走行、ラップ、レーサー、モデルをすべて含む）</translation>
    </message>
    <message>
      <source>Give --code: the 6 digits the other laptop shows under Settings → Sync → Pair.</source>
      <translation>--code を指定してください：相手のノート PC が「設定 → 同期 → ペアリング」に表示する 6 桁です。</translation>
    </message>
    <message>
      <source>Give the 6-digit code the other laptop shows.</source>
      <translation>相手のノート PC に表示された 6 桁のコードを入力してください。</translation>
    </message>
    <message>
      <source>Give the event a name.</source>
      <translation>イベントに名前を付けてください。</translation>
    </message>
    <message>
      <source>Give the racer's username: deck USERNAME</source>
      <translation>レーサーのユーザー名を指定してください：deck ユーザー名</translation>
    </message>
    <message>
      <source>Give this track a fleet (Event → tracks) to pre-load its cars.</source>
      <translation>車両を事前ロードするには、このトラックにフリートを割り当ててください（イベント → トラック）。</translation>
    </message>
    <message>
      <source>HOST:PORT of a laptop to pair with and join from, instead of the bucket</source>
      <translation>バケットの代わりにペアリングして参加するノート PC の HOST:PORT</translation>
    </message>
    <message>
      <source>HOST:PORT of the laptop showing a code</source>
      <translation>コードを表示しているノート PC の HOST:PORT</translation>
    </message>
    <message>
      <source>History</source>
      <translation>履歴</translation>
    </message>
    <message>
      <source>How Races → History names the changes made on this laptop</source>
      <translation>「レース → 履歴」がこのノート PC での変更をどう表示するか</translation>
    </message>
    <message>
      <source>How each track counts laps. Keys always work too; change this any time in Settings.</source>
      <translation>各トラックのラップの数え方です。キー操作も常に使えます。「設定」でいつでも変更できます。</translation>
    </message>
    <message>
      <source>Ignored as a second trigger of the same car (within the minimum lap time). If it was a real lap, press L now or fix the lap in the table.</source>
      <translation>同じ車両の 2 回目のトリガーとして無視しました（最短ラップタイム内）。本当のラップだった場合は、今すぐ L を押すか、表でラップを修正してください。</translation>
    </message>
    <message>
      <source>Images (*.png *.jpg *.jpeg)</source>
      <translation>画像 (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
      <source>Import CSV…</source>
      <translation>CSV をインポート…</translation>
    </message>
    <message>
      <source>Import a model</source>
      <translation>モデルをインポート</translation>
    </message>
    <message>
      <source>Import it there with: python scripts/drem_import.py --input {path}</source>
      <translation>そちらで次のコマンドでインポートしてください：python scripts/drem_import.py --input {path}</translation>
    </message>
    <message>
      <source>Import model file…</source>
      <translation>モデルファイルをインポート…</translation>
    </message>
    <message>
      <source>Import of {file} cancelled.</source>
      <translation>{file} のインポートをキャンセルしました。</translation>
    </message>
    <message>
      <source>Import racers</source>
      <translation>レーサーをインポート</translation>
    </message>
    <message>
      <source>Import sample models…</source>
      <translation>サンプルモデルをインポート…</translation>
    </message>
    <message>
      <source>Import the event from a cloud-manager export bundle</source>
      <translation>クラウドマネージャーのエクスポートバンドルからイベントをインポート</translation>
    </message>
    <message>
      <source>Import ticked models for this racer</source>
      <translation>チェックしたモデルをこのレーサーにインポート</translation>
    </message>
    <message>
      <source>Imported {n} model(s).</source>
      <translation>{n} 個のモデルをインポートしました。</translation>
    </message>
    <message>
      <source>Imported {n} racer(s).</source>
      <translation>{n} 人のレーサーをインポートしました。</translation>
    </message>
    <message>
      <source>Imported: </source>
      <translation>インポート済み： </translation>
    </message>
    <message>
      <source>Importing sample models from {folder}…</source>
      <translation>{folder} からサンプルモデルをインポート中…</translation>
    </message>
    <message>
      <source>Importing {name}…</source>
      <translation>{name} をインポート中…</translation>
    </message>
    <message>
      <source>Importing {n} model(s) for {name}…</source>
      <translation>{name} のモデル {n} 個をインポート中…</translation>
    </message>
    <message>
      <source>In step with the bucket: {up} segment(s) sent, {down} received.</source>
      <translation>バケットと同期済み：{up} セグメント送信、{down} 受信。</translation>
    </message>
    <message>
      <source>In step with {name}.</source>
      <translation>{name} と同期済み。</translation>
    </message>
    <message>
      <source>Install them, then start DREM Desktop again:</source>
      <translation>インストールしてから、DREM Desktop をもう一度起動してください：</translation>
    </message>
    <message>
      <source>Invalid</source>
      <translation>無効</translation>
    </message>
    <message>
      <source>Invalid lap</source>
      <translation>無効ラップ</translation>
    </message>
    <message>
      <source>It holds more than {limit} entries; a model archive holds a handful.</source>
      <translation>エントリーが {limit} 個を超えています。モデルアーカイブのエントリーは数個です。</translation>
    </message>
    <message>
      <source>It holds no model (.pb) file; the car needs exactly one (normally agent/model.pb).</source>
      <translation>モデル（.pb）ファイルが含まれていません。車両にはちょうど 1 つ必要です（通常は agent/model.pb）。</translation>
    </message>
    <message>
      <source>It holds {count} .pb files ({names}); the car needs exactly one.</source>
      <translation>.pb ファイルが {count} 個含まれています（{names}）。車両にはちょうど 1 つ必要です。</translation>
    </message>
    <message>
      <source>It unpacks to more than {limit} MB, far more than a model needs (a gzip bomb?).</source>
      <translation>展開すると {limit} MB を超え、モデルに必要な量をはるかに上回ります（gzip 爆弾？）。</translation>
    </message>
    <message>
      <source>It waited too long to be said.</source>
      <translation>読み上げまでの待ち時間が長すぎました。</translation>
    </message>
    <message>
      <source>JSON is not an object</source>
      <translation>JSON がオブジェクトではありません</translation>
    </message>
    <message>
      <source>JSON without an event name</source>
      <translation>イベント名のない JSON</translation>
    </message>
    <message>
      <source>Jobs</source>
      <translation>ジョブ</translation>
    </message>
    <message>
      <source>Join an event</source>
      <translation>イベントに参加</translation>
    </message>
    <message>
      <source>Join an event from a bucket or a paired laptop…</source>
      <translation>バケットまたはペアリング済みのノート PC からイベントに参加…</translation>
    </message>
    <message>
      <source>Join an event…</source>
      <translation>イベントに参加…</translation>
    </message>
    <message>
      <source>Joined “{name}” ({id}) from {peer}.</source>
      <translation>{peer} から「{name}」（{id}）に参加しました。</translation>
    </message>
    <message>
      <source>Joined “{name}” ({id}) from {url}: {summary}.</source>
      <translation>{url} から「{name}」（{id}）に参加しました：{summary}。</translation>
    </message>
    <message>
      <source>Joined, but refused: {first}</source>
      <translation>参加しましたが、拒否がありました：{first}</translation>
    </message>
    <message>
      <source>Joined: {n} changes. Pick the event in the top bar.</source>
      <translation>参加しました：変更 {n} 件。上部のバーでイベントを選んでください。</translation>
    </message>
    <message>
      <source>Joining {name}…</source>
      <translation>{name} に参加しています…</translation>
    </message>
    <message>
      <source>Keyboard only</source>
      <translation>キーボードのみ</translation>
    </message>
    <message>
      <source>Keyboard only: no sensor on this track</source>
      <translation>キーボードのみ：このトラックにセンサーはありません</translation>
    </message>
    <message>
      <source>Keyboard only: no sensor on this track (choose one in Settings).</source>
      <translation>キーボードのみ：このトラックにセンサーはありません（「設定」で選んでください）。</translation>
    </message>
    <message>
      <source>Keys only (L or Enter counts a lap)</source>
      <translation>キーのみ（L または Enter で 1 ラップ）</translation>
    </message>
    <message>
      <source>Keys: see the labels on
the timekeeper buttons</source>
      <translation>キー：タイムキーパーのボタンの
ラベルを参照</translation>
    </message>
    <message>
      <source>LAN pages: {url}event/{e}</source>
      <translation>LAN ページ：{url}event/{e}</translation>
    </message>
    <message>
      <source>LAN pages: {url}leaderboard/{event}</source>
      <translation type="vanished">LAN ページ：{url}leaderboard/{event}</translation>
    </message>
    <message>
      <source>LAN server and leaderboard</source>
      <translation>LAN サーバーとリーダーボード</translation>
    </message>
    <message>
      <source>LAN server port</source>
      <translation>LAN サーバーのポート</translation>
    </message>
    <message>
      <source>LAN server port (default {port} or next free)</source>
      <translation>LAN サーバーのポート（既定 {port}、または次の空きポート）</translation>
    </message>
    <message>
      <source>LAN sync: {message}</source>
      <translation>LAN 同期：{message}</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>言語</translation>
    </message>
    <message>
      <source>Lap</source>
      <translation>ラップ</translation>
    </message>
    <message>
      <source>Lap changed; the leaderboard is updated.</source>
      <translation>ラップを変更しました。リーダーボードは更新済みです。</translation>
    </message>
    <message>
      <source>Lap completion</source>
      <translation>ラップ完了</translation>
    </message>
    <message>
      <source>Lap count (finals: first to N laps)</source>
      <translation>周回数（決勝：先に N ラップ）</translation>
    </message>
    <message>
      <source>Lap count: first to finish the laps</source>
      <translation>周回数：先に規定ラップを走り切った人が勝ち</translation>
    </message>
    <message>
      <source>Lap key {short:.3f} s after the lap began: not counted (the minimum lap time is {minimum:.3f} s).</source>
      <translation>ラップ開始から {short:.3f} 秒でラップキー：数えませんでした（最短ラップタイムは {minimum:.3f} 秒）。</translation>
    </message>
    <message>
      <source>Lap key {short:.3f} s after the lap began: shorter than the event's minimum lap time ({minimum:.3f} s), so it is not a lap. Press A to count it anyway.</source>
      <translation>ラップ開始から {short:.3f} 秒でラップキー：イベントの最短ラップタイム（{minimum:.3f} 秒）より短いため、ラップではありません。それでも数えるには A を押してください。</translation>
    </message>
    <message>
      <source>Lap source of {value} could not be opened: check the cable or choose another in Settings. Keys still work.</source>
      <translation>ラップソース {value} を開けませんでした：ケーブルを確認するか、「設定」で別のものを選んでください。キー操作は引き続き使えます。</translation>
    </message>
    <message>
      <source>Lap sources</source>
      <translation>ラップソース</translation>
    </message>
    <message>
      <source>Lap sources are running; the app reopens them at the next start.</source>
      <translation>ラップソースは稼働中です。アプリは次回起動時にもう一度開きます。</translation>
    </message>
    <message>
      <source>Lap tapped {after} s after the lap began: not counted (the minimum lap time is {minimum} s).</source>
      <translation>ラップ開始から {after} 秒でタップ：数えませんでした（最短ラップタイムは {minimum} 秒）。</translation>
    </message>
    <message>
      <source>Lap time</source>
      <translation>ラップタイム</translation>
    </message>
    <message>
      <source>Lap times (CSV)</source>
      <translation>ラップタイム（CSV）</translation>
    </message>
    <message>
      <source>Lap valid?</source>
      <translation>ラップは有効？</translation>
    </message>
    <message>
      <source>Lap {after:.3f} s after the lap began: shorter than the event's minimum lap time ({minimum:.3f} s), so it is not a lap. Tap Count it anyway if the car did go round.</source>
      <translation>ラップ開始から {after:.3f} 秒：イベントの最短ラップタイム（{minimum:.3f} 秒）より短いため、ラップではありません。車両が本当に 1 周した場合は「それでも数える」をタップしてください。</translation>
    </message>
    <message>
      <source>Lap {lap}, {time}{validity}</source>
      <translation>ラップ {lap}、{time}{validity}</translation>
    </message>
    <message>
      <source>Lap {n}</source>
      <translation>ラップ {n}</translation>
    </message>
    <message>
      <source>Lap {n} of this run is not in the database.</source>
      <translation>この走行のラップ {n} はデータベースにありません。</translation>
    </message>
    <message>
      <source>Lap {value} deleted (kept in history; Restore lap undoes it).</source>
      <translation>ラップ {value} を削除しました（履歴に残ります。「ラップを復元」で元に戻せます）。</translation>
    </message>
    <message>
      <source>Lap {value} restored: it counts again.</source>
      <translation>ラップ {value} を復元しました：再び集計されます。</translation>
    </message>
    <message>
      <source>Laps</source>
      <translation>ラップ</translation>
    </message>
    <message>
      <source>Laps (all runs at this event)</source>
      <translation>ラップ（このイベントの全走行）</translation>
    </message>
    <message>
      <source>Laps (double-click to edit; the change is recorded)</source>
      <translation>ラップ（ダブルクリックで編集。変更は記録されます）</translation>
    </message>
    <message>
      <source>Laps (valid / all)</source>
      <translation>ラップ（有効／全体）</translation>
    </message>
    <message>
      <source>Laps are NOT being stored: the disk holding the data folder ({folder}) is full ({free:.0f} MB free). Free space now (empty the trash, delete old videos or downloads); timing resumes by itself. Until then write each lap down: the trigger log still shows every trigger.</source>
      <translation>ラップが保存されていません: データフォルダー（{folder}）のディスクがいっぱいです（空き {free:.0f} MB）。今すぐ空きを作ってください（ゴミ箱を空にする、古い動画やダウンロードを削除する）。計時は自動で再開します。それまでは各ラップを書き留めてください。トリガーログには引き続きすべてのトリガーが表示されます。</translation>
    </message>
    <message>
      <source>Laps are being stored again.</source>
      <translation>ラップの保存を再開しました。</translation>
    </message>
    <message>
      <source>Laps per run</source>
      <translation>1 走行あたりのラップ数</translation>
    </message>
    <message>
      <source>Laps to finish</source>
      <translation>ゴールまでのラップ数</translation>
    </message>
    <message>
      <source>Laps to finish only applies to the lap-count format.</source>
      <translation>ゴールまでのラップ数は周回数形式にのみ適用されます。</translation>
    </message>
    <message>
      <source>Laps valid / total</source>
      <translation>有効ラップ／合計</translation>
    </message>
    <message>
      <source>Laptop {name} · track {n}</source>
      <translation>ノート PC {name} · トラック {n}</translation>
    </message>
    <message>
      <source>Laptops on this LAN</source>
      <translation>この LAN 上のノート PC</translation>
    </message>
    <message>
      <source>Last</source>
      <translation>前回</translation>
    </message>
    <message>
      <source>Last lap</source>
      <translation>前回のラップ</translation>
    </message>
    <message>
      <source>Last seen</source>
      <translation>最終確認</translation>
    </message>
    <message>
      <source>Last unreadable line: {line!r} ({reason})</source>
      <translation>最後の読めない行：{line!r}（{reason}）</translation>
    </message>
    <message>
      <source>Leaderboard</source>
      <translation>リーダーボード</translation>
    </message>
    <message>
      <source>Leaderboard address (QR code)</source>
      <translation>リーダーボードのアドレス（QR コード）</translation>
    </message>
    <message>
      <source>Leaderboard footer</source>
      <translation>リーダーボードのフッター</translation>
    </message>
    <message>
      <source>Leaderboard for phones and the stream</source>
      <translation>スマートフォンと配信用のリーダーボード</translation>
    </message>
    <message>
      <source>Leaderboard title</source>
      <translation>リーダーボードのタイトル</translation>
    </message>
    <message>
      <source>Leaderboard window  Ctrl+Shift+L</source>
      <translation>リーダーボードウィンドウ  Ctrl+Shift+L</translation>
    </message>
    <message>
      <source>Leaderboards</source>
      <translation>リーダーボード</translation>
    </message>
    <message>
      <source>Letter</source>
      <translation>レター</translation>
    </message>
    <message>
      <source>Library</source>
      <translation>ライブラリ</translation>
    </message>
    <message>
      <source>Light</source>
      <translation>ライト</translation>
    </message>
    <message>
      <source>Live pages for phones and the stream at {value}</source>
      <translation>スマートフォンと配信用のライブページ：{value}</translation>
    </message>
    <message>
      <source>Live results on your phone</source>
      <translation>スマートフォンでライブ結果</translation>
    </message>
    <message>
      <source>Load a CSV file…</source>
      <translation>CSV ファイルを読み込む…</translation>
    </message>
    <message>
      <source>Load it onto the car again: the car still has the earlier metadata.</source>
      <translation>車両にもう一度ロードしてください：車両にはまだ以前のメタデータが残っています。</translation>
    </message>
    <message>
      <source>Load model onto car</source>
      <translation>モデルを車両にロード</translation>
    </message>
    <message>
      <source>Load the chosen model onto the car and select it there</source>
      <translation>選んだモデルを車両にロードし、車両側で選択する</translation>
    </message>
    <message>
      <source>Loaded model</source>
      <translation>ロード済みモデル</translation>
    </message>
    <message>
      <source>Loading the model onto {car} failed.</source>
      <translation>{car} へのモデルのロードに失敗しました。</translation>
    </message>
    <message>
      <source>Log in</source>
      <translation>ログイン</translation>
    </message>
    <message>
      <source>Log in with the PIN first.</source>
      <translation>先に PIN でログインしてください。</translation>
    </message>
    <message>
      <source>Log out</source>
      <translation>ログアウト</translation>
    </message>
    <message>
      <source>Logo for printed results</source>
      <translation>印刷する結果のロゴ</translation>
    </message>
    <message>
      <source>Logo on printed results</source>
      <translation>印刷された結果のロゴ</translation>
    </message>
    <message>
      <source>Logs fetched from {car}.</source>
      <translation>{car} からログを取得しました。</translation>
    </message>
    <message>
      <source>Look for USB drives</source>
      <translation>USB ドライブを探す</translation>
    </message>
    <message>
      <source>Look for changes every</source>
      <translation>変更を確認する間隔</translation>
    </message>
    <message>
      <source>MD5</source>
      <translation>MD5</translation>
    </message>
    <message>
      <source>Make current</source>
      <translation>現在のイベントにする</translation>
    </message>
    <message>
      <source>Max runs per racer</source>
      <translation>レーサーごとの最大走行回数</translation>
    </message>
    <message>
      <source>Max runs per racer must be at least 1 (or unlimited).</source>
      <translation>レーサーごとの最大走行回数は 1 以上（または無制限）でなければなりません。</translation>
    </message>
    <message>
      <source>Mean valid lap</source>
      <translation>有効ラップの平均</translation>
    </message>
    <message>
      <source>Minimum lap time (s, debounce)</source>
      <translation>最短ラップタイム（秒、チャタリング防止）</translation>
    </message>
    <message>
      <source>Minimum lap time must be between 0 and 600 seconds.</source>
      <translation>最短ラップタイムは 0～600 秒でなければなりません。</translation>
    </message>
    <message>
      <source>Minimum lap time “{text}” is not a number of seconds.</source>
      <translation>最短ラップタイム「{text}」は秒数ではありません。</translation>
    </message>
    <message>
      <source>Model</source>
      <translation>モデル</translation>
    </message>
    <message>
      <source>Model archives (*.tar.gz *.tgz)</source>
      <translation>モデルアーカイブ (*.tar.gz *.tgz)</translation>
    </message>
    <message>
      <source>Model to push</source>
      <translation>送信するモデル</translation>
    </message>
    <message>
      <source>Model transfers</source>
      <translation>モデルの転送</translation>
    </message>
    <message>
      <source>Models</source>
      <translation>モデル</translation>
    </message>
    <message>
      <source>Models of {shown_name}</source>
      <translation>{shown_name} のモデル</translation>
    </message>
    <message>
      <source>More resets than allowed: this lap will be invalid</source>
      <translation>許可より多いリセット：このラップは無効になります</translation>
    </message>
    <message>
      <source>Most consecutive valid laps</source>
      <translation>最多連続有効ラップ</translation>
    </message>
    <message>
      <source>Most valid in a row</source>
      <translation>最多連続有効ラップ</translation>
    </message>
    <message>
      <source>Move ticked cars</source>
      <translation>チェックした車両を移動</translation>
    </message>
    <message>
      <source>Moved {n} car(s) into {fleet}.</source>
      <translation>{n} 台の車両を {fleet} に移動しました。</translation>
    </message>
    <message>
      <source>Moved {n} car(s) out of their fleet.</source>
      <translation>{n} 台の車両をフリートから外しました。</translation>
    </message>
    <message>
      <source>Moved {n} car(s) {where}.</source>
      <translation type="vanished">{n} 台の車両を{where}移動しました。</translation>
    </message>
    <message>
      <source>NOT STORED</source>
      <translation>未保存</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>名前</translation>
    </message>
    <message>
      <source>Name at least one event to export.</source>
      <translation>エクスポートするイベントを 1 つ以上指定してください。</translation>
    </message>
    <message>
      <source>Name the car by its host name (e.g. amss-1234) or its address.</source>
      <translation>車両をホスト名（例：amss-1234）またはアドレスで指定してください。</translation>
    </message>
    <message>
      <source>Name the car first: choose it or type its name in Car (C), then press M.</source>
      <translation>先に車両を指定してください：「車両」(C) で選ぶか名前を入力し、M を押してください。</translation>
    </message>
    <message>
      <source>Nested multipart forms are not accepted.</source>
      <translation>入れ子になった multipart フォームは受け付けません。</translation>
    </message>
    <message>
      <source>New code</source>
      <translation>新しいコード</translation>
    </message>
    <message>
      <source>New event</source>
      <translation>新しいイベント</translation>
    </message>
    <message>
      <source>New leader</source>
      <translation>新しいトップ</translation>
    </message>
    <message>
      <source>New name for the fleet {name}:</source>
      <translation>フリート {name} の新しい名前:</translation>
    </message>
    <message>
      <source>New personal best</source>
      <translation>自己ベスト更新</translation>
    </message>
    <message>
      <source>New tablet PIN (4 to 12 digits): </source>
      <translation>新しいタブレット PIN（4～12 桁）： </translation>
    </message>
    <message>
      <source>New upload code {code}: press Save to use it (the old code then stops working).</source>
      <translation>新しいアップロードコード {code}：使うには「保存」を押してください（その時点で古いコードは無効になります）。</translation>
    </message>
    <message>
      <source>Next on deck, {name}</source>
      <translation>次の走者は {name}</translation>
    </message>
    <message>
      <source>Next racer</source>
      <translation>次のレーサー</translation>
    </message>
    <message>
      <source>Next racer on deck</source>
      <translation>待機列の次のレーサー</translation>
    </message>
    <message>
      <source>No (Esc)</source>
      <translation>いいえ（Esc）</translation>
    </message>
    <message>
      <source>No DREM lap sensor found. Plug one in (searching all serial ports).</source>
      <translation>DREM ラップセンサーが見つかりません。接続してください（すべてのシリアルポートを検索中）。</translation>
    </message>
    <message>
      <source>No PIN: the tablet page refuses everyone.</source>
      <translation>PIN なし：タブレットページは誰も受け付けません。</translation>
    </message>
    <message>
      <source>No USB drive found: plug one in, then look again</source>
      <translation>USB ドライブが見つかりません：接続してから、もう一度探してください</translation>
    </message>
    <message>
      <source>No audio player to say the call-outs with: install paplay, pw-play or aplay (Debian/Ubuntu: sudo apt install alsa-utils).</source>
      <translation>読み上げ用のオーディオプレーヤーがありません：paplay、pw-play または aplay をインストールしてください（Debian/Ubuntu：sudo apt install alsa-utils）。</translation>
    </message>
    <message>
      <source>No backups yet.</source>
      <translation>まだバックアップはありません。</translation>
    </message>
    <message>
      <source>No bucket credentials: save them in Settings → Sync, or set up an AWS profile or AWS_* variables.</source>
      <translation>バケットの認証情報がありません：「設定 → 同期」で保存するか、AWS プロファイルまたは AWS_* 変数を設定してください。</translation>
    </message>
    <message>
      <source>No bucket is set: add one in Settings → Sync.</source>
      <translation>バケットが設定されていません：「設定 → 同期」で追加してください。</translation>
    </message>
    <message>
      <source>No bucket set: changes stay on this laptop (and its paired laptops).</source>
      <translation>バケット未設定：変更はこのノート PC（とペアリング済みのノート PC）に残ります。</translation>
    </message>
    <message>
      <source>No bucket: changes stay on this laptop and its paired laptops.</source>
      <translation>バケットなし：変更はこのノート PC とペアリング済みのノート PC に残ります。</translation>
    </message>
    <message>
      <source>No bucket: give --bucket s3://BUCKET/PREFIX, or set one in Settings → Sync.</source>
      <translation>バケットなし：--bucket s3://BUCKET/PREFIX を指定するか、「設定 → 同期」で設定してください。</translation>
    </message>
    <message>
      <source>No car called {key} is registered.</source>
      <translation>{key} という車両は登録されていません。</translation>
    </message>
    <message>
      <source>No car job with id {id}.</source>
      <translation>ID {id} の車両ジョブはありません。</translation>
    </message>
    <message>
      <source>No car logs for this run yet.</source>
      <translation>この走行の車両ログはまだありません。</translation>
    </message>
    <message>
      <source>No car named for this run.</source>
      <translation>この走行には車両が指定されていません。</translation>
    </message>
    <message>
      <source>No cars yet. Cars are found by themselves on the venue network (mDNS): switch a car on and join it to the same Wi-Fi as this laptop; it appears here within seconds by its name (amss-1234). Where the network blocks mDNS, add a car by its name or address above.</source>
      <translation>まだ車両がありません。車両は会場のネットワーク上で自動的に見つかります（mDNS）：車両の電源を入れ、このノート PC と同じ Wi-Fi に接続すると、数秒でその名前（amss-1234）で表示されます。ネットワークが mDNS を遮断する場合は、上で名前かアドレスを指定して車両を追加してください。</translation>
    </message>
    <message>
      <source>No event</source>
      <translation>イベントなし</translation>
    </message>
    <message>
      <source>No event in {url} yet.</source>
      <translation>{url} にはまだイベントがありません。</translation>
    </message>
    <message>
      <source>No event selected</source>
      <translation>イベントが選択されていません</translation>
    </message>
    <message>
      <source>No event with id {id}.</source>
      <translation>ID {id} のイベントはありません。</translation>
    </message>
    <message>
      <source>No event yet: create one on the Event page (Ctrl+2).</source>
      <translation>まだイベントがありません：イベントページで作成してください（Ctrl+2）。</translation>
    </message>
    <message>
      <source>No event “{key}” in {url} (events there: {listing}).</source>
      <translation>{url} にイベント「{key}」はありません（あるイベント：{listing}）。</translation>
    </message>
    <message>
      <source>No event “{key}”. List them with: drem-desktop event list</source>
      <translation>イベント「{key}」はありません。一覧表示：drem-desktop event list</translation>
    </message>
    <message>
      <source>No events yet.</source>
      <translation>まだイベントがありません。</translation>
    </message>
    <message>
      <source>No events yet. Create one with: drem-desktop event add "My Race"</source>
      <translation>まだイベントがありません。作成するには：drem-desktop event add "My Race"</translation>
    </message>
    <message>
      <source>No fleet</source>
      <translation>フリートなし</translation>
    </message>
    <message>
      <source>No fleet: nothing is pre-loaded</source>
      <translation>フリートなし：事前ロードしません</translation>
    </message>
    <message>
      <source>No heartbeat from the sensor on {port} for {seconds:.0f} s. Check its power and that it runs the DREM firmware.</source>
      <translation>{port} のセンサーから {seconds:.0f} 秒間応答がありません。電源と、DREM ファームウェアで動いているかを確認してください。</translation>
    </message>
    <message>
      <source>No lap source: laps are not timed. Give --sensor auto, a port, or ws://HOST:8080.</source>
      <translation>ラップソースなし：ラップは計時されません。--sensor auto、ポート、または ws://HOST:8080 を指定してください。</translation>
    </message>
    <message>
      <source>No laps yet</source>
      <translation>まだラップがありません</translation>
    </message>
    <message>
      <source>No logo</source>
      <translation>ロゴなし</translation>
    </message>
    <message>
      <source>No model archives (.tar.gz) in {folder}. Pick the folder that holds them.</source>
      <translation>{folder} にモデルアーカイブ（.tar.gz）がありません。それを含むフォルダーを選んでください。</translation>
    </message>
    <message>
      <source>No model in the library for this racer (Models page, Ctrl+6)</source>
      <translation type="vanished">このレーサーのモデルがライブラリにありません（モデルページ、Ctrl+6）</translation>
    </message>
    <message>
      <source>No model in the library for this racer: add one on the Models page (Ctrl+6).</source>
      <translation>このレーサーのモデルがライブラリにありません：モデルページで追加してください（Ctrl+6）。</translation>
    </message>
    <message>
      <source>No model with id {id} in the library.</source>
      <translation>ID {id} のモデルはライブラリにありません。</translation>
    </message>
    <message>
      <source>No model yet</source>
      <translation>まだモデルなし</translation>
    </message>
    <message>
      <source>No paired laptops. Pair one with: drem-desktop pair HOST:PORT CODE</source>
      <translation>ペアリング済みのノート PC はありません。ペアリング：drem-desktop pair HOST:PORT CODE</translation>
    </message>
    <message>
      <source>No password or key is saved for car {car}. Add them in Cars → {car} (SSH user deepracer, or the web console password printed under the car) and retry.</source>
      <translation>車両 {car} のパスワードや鍵が保存されていません。「車両 → {car}」で追加し（SSH ユーザー deepracer、または車両の底面に印刷された Web コンソールのパスワード）、再試行してください。</translation>
    </message>
    <message>
      <source>No racer called {name}: register them in Racers, or check the spelling.</source>
      <translation>{name} というレーサーはいません：「レーサー」で登録するか、綴りを確認してください。</translation>
    </message>
    <message>
      <source>No racer has a ranked figure yet.</source>
      <translation>順位の付いた記録を持つレーサーはまだいません。</translation>
    </message>
    <message>
      <source>No racer is on the track: pick the next racer first (N).</source>
      <translation>トラックにレーサーがいません：先に次のレーサーを選んでください（N）。</translation>
    </message>
    <message>
      <source>No racer is on this track: pick the next racer first.</source>
      <translation>このトラックにレーサーがいません：先に次のレーサーを選んでください。</translation>
    </message>
    <message>
      <source>No racer matches “{name}”. Press Enter to register {name} and put them on the track.</source>
      <translation>「{name}」に一致するレーサーはいません。Enter を押すと {name} を登録してトラックに出します。</translation>
    </message>
    <message>
      <source>No racer named “{name}” is registered. Check the spelling, or ask at the organizer's desk to be added, then upload again.</source>
      <translation>「{name}」というレーサーは登録されていません。綴りを確認するか、主催者デスクで追加してもらってから、もう一度アップロードしてください。</translation>
    </message>
    <message>
      <source>No racer named “{name}”.</source>
      <translation>「{name}」というレーサーはいません。</translation>
    </message>
    <message>
      <source>No racer on this leaderboard yet.</source>
      <translation>このリーダーボードにはまだレーサーがいません。</translation>
    </message>
    <message>
      <source>No racer on track</source>
      <translation>トラックにレーサーなし</translation>
    </message>
    <message>
      <source>No racer with id {id}.</source>
      <translation>ID {id} のレーサーはいません。</translation>
    </message>
    <message>
      <source>No racers yet: type a racer's name and press Enter to register them and put them on the track.</source>
      <translation>まだレーサーがいません：レーサー名を入力して Enter を押すと、登録してトラックに出します。</translation>
    </message>
    <message>
      <source>No run of this event was driven on {car} yet.</source>
      <translation>このイベントの走行はまだ {car} で行われていません。</translation>
    </message>
    <message>
      <source>No run was live on this track.</source>
      <translation>このトラックで進行中の走行はありませんでした。</translation>
    </message>
    <message>
      <source>No run with id {id}.</source>
      <translation>ID {id} の走行はありません。</translation>
    </message>
    <message>
      <source>No runs on this leaderboard yet.</source>
      <translation>このリーダーボードにはまだ走行がありません。</translation>
    </message>
    <message>
      <source>No sensor given. Use auto, a serial port such as /dev/ttyACM0, or ws://HOST:8080.</source>
      <translation>センサーが指定されていません。auto、/dev/ttyACM0 のようなシリアルポート、または ws://HOST:8080 を使ってください。</translation>
    </message>
    <message>
      <source>No tablet PIN is set on the laptop: set one in Settings → Tablet first.</source>
      <translation>ノート PC にタブレット PIN が設定されていません：先に「設定 → タブレット」で設定してください。</translation>
    </message>
    <message>
      <source>No tablet PIN is set yet: set one on the laptop in Settings.</source>
      <translation>タブレット PIN がまだ設定されていません：ノート PC の「設定」で設定してください。</translation>
    </message>
    <message>
      <source>No track with id {id}.</source>
      <translation>ID {id} のトラックはありません。</translation>
    </message>
    <message>
      <source>No upload with this token (or it is too old).</source>
      <translation>このトークンのアップロードはありません（または古すぎます）。</translation>
    </message>
    <message>
      <source>No users.json (exported with --skip-users): racers were matched by username.</source>
      <translation>users.json がありません（--skip-users でエクスポート）：レーサーはユーザー名で照合しました。</translation>
    </message>
    <message>
      <source>No verdict yet. Ask at the organizer's desk whether your model arrived.</source>
      <translation>まだ判定がありません。モデルが届いたか主催者デスクで確認してください。</translation>
    </message>
    <message>
      <source>No voice available for call-outs ({error}).</source>
      <translation>読み上げに使える音声がありません（{error}）。</translation>
    </message>
    <message>
      <source>Nobody is on deck for this track: add racers to the queue, or pick one.</source>
      <translation>このトラックの待機列は空です：レーサーを待機列に追加するか、選んでください。</translation>
    </message>
    <message>
      <source>Nobody is on deck for track {n}: next USERNAME puts a racer on, deck USERNAME queues one.</source>
      <translation>トラック {n} の待機列は空です：next ユーザー名 でレーサーをトラックへ、deck ユーザー名 で待機列に追加します。</translation>
    </message>
    <message>
      <source>Nobody on deck.</source>
      <translation>待機中のレーサーはいません。</translation>
    </message>
    <message>
      <source>Nobody on the track: take the next racer (Next racer).</source>
      <translation>トラックに誰もいません：次のレーサーを出してください（次のレーサー）。</translation>
    </message>
    <message>
      <source>Not a Pi timer address: {url}. Use ws://HOST:8080 (the timer's IP or name).</source>
      <translation>Pi タイマーのアドレスではありません：{url}。ws://HOST:8080（タイマーの IP または名前）を使ってください。</translation>
    </message>
    <message>
      <source>Not connected</source>
      <translation>未接続</translation>
    </message>
    <message>
      <source>Not done: {reason}</source>
      <translation>未完了：{reason}</translation>
    </message>
    <message>
      <source>Not found</source>
      <translation>見つかりません</translation>
    </message>
    <message>
      <source>Not in step yet: {first}</source>
      <translation>まだ同期できていません：{first}</translation>
    </message>
    <message>
      <source>Not logged in.</source>
      <translation>ログインしていません。</translation>
    </message>
    <message>
      <source>Not registered: {lines}</source>
      <translation>未登録：{lines}</translation>
    </message>
    <message>
      <source>Not syncing with a bucket.</source>
      <translation>バケットとは同期していません。</translation>
    </message>
    <message>
      <source>Not syncing: set a bucket or pair a laptop in Settings → Sync.</source>
      <translation>同期していません：「設定 → 同期」でバケットを設定するか、ノート PC をペアリングしてください。</translation>
    </message>
    <message>
      <source>Note: {note}</source>
      <translation>注記：{note}</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>メモ</translation>
    </message>
    <message>
      <source>Nothing to change: this bundle was imported before.</source>
      <translation>変更はありません：このバンドルは以前にインポート済みです。</translation>
    </message>
    <message>
      <source>On deck</source>
      <translation>待機列</translation>
    </message>
    <message>
      <source>On deck (N takes the next)</source>
      <translation>待機列（N で次へ）</translation>
    </message>
    <message>
      <source>On deck: {names}.</source>
      <translation>待機中：{names}。</translation>
    </message>
    <message>
      <source>On the other laptop: Settings → Sync → pick this laptop and type this code (valid 5 minutes, 3 tries), or run  drem-desktop pair {where} {code}</source>
      <translation>相手のノート PC で：「設定 → 同期」でこのノート PC を選び、このコードを入力（有効 5 分、3 回まで）、または  drem-desktop pair {where} {code}  を実行</translation>
    </message>
    <message>
      <source>On track</source>
      <translation>走行中</translation>
    </message>
    <message>
      <source>One line per racer, for a spreadsheet.</source>
      <translation>レーサー 1 人 1 行（表計算ソフト用）。</translation>
    </message>
    <message>
      <source>One page per racer with their place and best figures.</source>
      <translation>レーサーごとに順位とベスト記録を載せた 1 ページ。</translation>
    </message>
    <message>
      <source>One racer a line: username, display name, country code (only the username is needed). You can add racers any time later: type a new name in the timekeeper and press Enter.</source>
      <translation>1 行に 1 人：ユーザー名、表示名、国コード（必要なのはユーザー名だけ）。レーサーは後からいつでも追加できます：タイムキーパーで新しい名前を入力して Enter を押してください。</translation>
    </message>
    <message>
      <source>Online</source>
      <translation>オンライン</translation>
    </message>
    <message>
      <source>Only {free:.0f} MB free on the disk holding the data folder ({folder}). Racers' uploads are paused so lap timing keeps its room; free some space.</source>
      <translation>データフォルダー（{folder}）のディスクの空きが {free:.0f} MB しかありません。計時の領域を確保するため、レーサーのアップロードを一時停止しています。空きを作ってください。</translation>
    </message>
    <message>
      <source>Open /tablet on the LAN server from a tablet, type this PIN, and time from there.</source>
      <translation>タブレットから LAN サーバーの /tablet を開き、この PIN を入力して、そこから計時してください。</translation>
    </message>
    <message>
      <source>Open backups folder</source>
      <translation>バックアップフォルダーを開く</translation>
    </message>
    <message>
      <source>Open folder</source>
      <translation>フォルダーを開く</translation>
    </message>
    <message>
      <source>Opening lap sources…</source>
      <translation>ラップソースを開いています…</translation>
    </message>
    <message>
      <source>Operator PIN</source>
      <translation>オペレーター PIN</translation>
    </message>
    <message>
      <source>Organiser's summary</source>
      <translation>主催者向けサマリー</translation>
    </message>
    <message>
      <source>Organiser's summary (PDF)</source>
      <translation>主催者向けサマリー（PDF）</translation>
    </message>
    <message>
      <source>PDF paper size (default a4)</source>
      <translation>PDF の用紙サイズ（既定 a4）</translation>
    </message>
    <message>
      <source>PIN set. Tablets logged in before must log in again.</source>
      <translation>PIN を設定しました。ログイン済みのタブレットはもう一度ログインする必要があります。</translation>
    </message>
    <message>
      <source>Packing {name}…</source>
      <translation>{name} をまとめています…</translation>
    </message>
    <message>
      <source>Packing {table} rows…</source>
      <translation>{table} の行をまとめています…</translation>
    </message>
    <message>
      <source>Page {n}</source>
      <translation>{n} ページ</translation>
    </message>
    <message>
      <source>Page {n} of {m}</source>
      <translation>{n} / {m} ページ</translation>
    </message>
    <message>
      <source>Pair a laptop</source>
      <translation>ノート PC をペアリング</translation>
    </message>
    <message>
      <source>Pair another laptop with: drem-desktop pair {address} {code}</source>
      <translation>別のノート PC とのペアリング：drem-desktop pair {address} {code}</translation>
    </message>
    <message>
      <source>Pair by address…</source>
      <translation>アドレスでペアリング…</translation>
    </message>
    <message>
      <source>Pair with selected…</source>
      <translation>選択したものとペアリング…</translation>
    </message>
    <message>
      <source>Paired laptops</source>
      <translation>ペアリング済みのノート PC</translation>
    </message>
    <message>
      <source>Paired with {name} ({id}): the two laptops now sync over the LAN.</source>
      <translation>{name}（{id}）とペアリングしました：2 台のノート PC は LAN で同期します。</translation>
    </message>
    <message>
      <source>Paired with {name}: the two laptops now sync.</source>
      <translation>{name} とペアリングしました：2 台のノート PC は同期します。</translation>
    </message>
    <message>
      <source>Paired: the two laptops now sync over the LAN.</source>
      <translation>ペアリングしました：2 台のノート PC は LAN で同期します。</translation>
    </message>
    <message>
      <source>Pairing with {address}…</source>
      <translation>{address} とペアリング中…</translation>
    </message>
    <message>
      <source>Paper</source>
      <translation>用紙</translation>
    </message>
    <message>
      <source>Paper must be a4 or letter, not “{paper}”.</source>
      <translation>用紙は a4 か letter でなければなりません（「{paper}」ではなく）。</translation>
    </message>
    <message>
      <source>Part {n} of {key} arrived damaged; it is sent again.</source>
      <translation>{key} のパート {n} が破損して届きました。再送します。</translation>
    </message>
    <message>
      <source>Password saved for {n} car(s).</source>
      <translation>{n} 台の車両のパスワードを保存しました。</translation>
    </message>
    <message>
      <source>Passwords of {n} car(s) forgotten.</source>
      <translation>{n} 台の車両のパスワードを消去しました。</translation>
    </message>
    <message>
      <source>Pause</source>
      <translation>一時停止</translation>
    </message>
    <message>
      <source>Paused: Space resumes</source>
      <translation>一時停止中：Space で再開</translation>
    </message>
    <message>
      <source>Personal best</source>
      <translation>自己ベスト</translation>
    </message>
    <message>
      <source>Personal best for {name}, {time}</source>
      <translation>{name} の自己ベスト、{time}</translation>
    </message>
    <message>
      <source>Pick a folder of model archives (for example the cloud manager's lib/default_models): they are filed under the owner “Sample models”, ready for any car.</source>
      <translation>モデルアーカイブのフォルダーを選んでください（例：クラウドマネージャーの lib/default_models）：所有者「サンプルモデル」として登録され、どの車両にも使えます。</translation>
    </message>
    <message>
      <source>Pick a racer</source>
      <translation>レーサーを選ぶ</translation>
    </message>
    <message>
      <source>Pick an event on the Event page</source>
      <translation>イベントページでイベントを選んでください</translation>
    </message>
    <message>
      <source>Pick the next racer on the left (N), then press Space to start.</source>
      <translation>左で次のレーサーを選び（N）、Space で開始してください。</translation>
    </message>
    <message>
      <source>Pick the racer this model belongs to first.</source>
      <translation>先にこのモデルの持ち主のレーサーを選んでください。</translation>
    </message>
    <message>
      <source>Pick the racer, then tick the models to import.</source>
      <translation>レーサーを選んでから、インポートするモデルにチェックを入れてください。</translation>
    </message>
    <message>
      <source>Places 4 to 10</source>
      <translation>4～10 位</translation>
    </message>
    <message>
      <source>Podium (PDF)</source>
      <translation>表彰台（PDF）</translation>
    </message>
    <message>
      <source>Podium · all tracks</source>
      <translation>表彰台 · 全トラック</translation>
    </message>
    <message>
      <source>Podium · track {n}</source>
      <translation>表彰台 · トラック {n}</translation>
    </message>
    <message>
      <source>Ports {first} to {last} are all in use: choose another port for the LAN pages.</source>
      <translation>ポート {first}～{last} はすべて使用中です：LAN ページに別のポートを選んでください。</translation>
    </message>
    <message>
      <source>Pre-load the cars of the racers on deck</source>
      <translation>待機中のレーサーの車両を事前ロード</translation>
    </message>
    <message>
      <source>Press Finish to open the timekeeper: type a racer's name and press Enter; the first trigger (or L) starts the run. Ctrl+Shift+L opens the leaderboard window for the projector.</source>
      <translation>「完了」を押すとタイムキーパーが開きます：レーサー名を入力して Enter を押してください。最初のトリガー（または L）で走行が始まります。Ctrl+Shift+L でプロジェクター用のリーダーボードウィンドウが開きます。</translation>
    </message>
    <message>
      <source>Pretend to be a lap sensor: a serial terminal (or a Pi timer) that sends laps.</source>
      <translation>ラップセンサーのふりをする：ラップを送るシリアル端末（または Pi タイマー）。</translation>
    </message>
    <message>
      <source>Progress</source>
      <translation>進捗</translation>
    </message>
    <message>
      <source>Push model…</source>
      <translation>モデルを送信…</translation>
    </message>
    <message>
      <source>Put a racer on the track first (N); then load their model.</source>
      <translation>先にレーサーをトラックに出し（N）、それからモデルをロードしてください。</translation>
    </message>
    <message>
      <source>Put a racer on the track first (N); then name their car.</source>
      <translation>先にレーサーをトラックに出し（N）、それから車両を指定してください。</translation>
    </message>
    <message>
      <source>Put on track  ⏎</source>
      <translation>トラックへ  ⏎</translation>
    </message>
    <message>
      <source>Race over: check the laps, then Submit (S)</source>
      <translation>レース終了：ラップを確認してから確定（S）</translation>
    </message>
    <message>
      <source>Race rules</source>
      <translation>レースルール</translation>
    </message>
    <message>
      <source>Race summary</source>
      <translation>レースのまとめ</translation>
    </message>
    <message>
      <source>Race time</source>
      <translation>レース時間</translation>
    </message>
    <message>
      <source>Race time must be between 1 second and 24 hours (or unset for no limit).</source>
      <translation>レース時間は 1 秒～24 時間でなければなりません（制限なしは空欄）。</translation>
    </message>
    <message>
      <source>Race time “{text}” is not a time: write minutes:seconds like 3:00, or leave it empty for no limit.</source>
      <translation>レース時間「{text}」は時間ではありません：3:00 のように 分:秒 で書くか、制限なしなら空欄にしてください。</translation>
    </message>
    <message>
      <source>Raced by proxy</source>
      <translation>代理走行</translation>
    </message>
    <message>
      <source>Raced by proxy (someone drives for them)</source>
      <translation type="vanished">代理走行（別の人が代わりに運転）</translation>
    </message>
    <message>
      <source>Racer</source>
      <translation>レーサー</translation>
    </message>
    <message>
      <source>Racer username</source>
      <translation>レーサーのユーザー名</translation>
    </message>
    <message>
      <source>Racers</source>
      <translation>レーサー</translation>
    </message>
    <message>
      <source>Racers CSV</source>
      <translation>レーサー CSV</translation>
    </message>
    <message>
      <source>Racers on the venue Wi-Fi open this address (or scan the code) and enter the upload code to hand in their model.</source>
      <translation>会場の Wi-Fi にいるレーサーはこのアドレスを開く（またはコードを読み取る）と、アップロードコードを入力してモデルを提出できます。</translation>
    </message>
    <message>
      <source>Races</source>
      <translation>レース</translation>
    </message>
    <message>
      <source>Rank</source>
      <translation>順位</translation>
    </message>
    <message>
      <source>Rank {n}.</source>
      <translation>{n} 位。</translation>
    </message>
    <message>
      <source>Ranked by {figure}</source>
      <translation>{figure}で順位付け</translation>
    </message>
    <message>
      <source>Ranking</source>
      <translation>順位付け</translation>
    </message>
    <message>
      <source>Read status</source>
      <translation>状態を読む</translation>
    </message>
    <message>
      <source>Reading the event…</source>
      <translation>イベントを読み込んでいます…</translation>
    </message>
    <message>
      <source>Reading the results…</source>
      <translation>結果を読み込んでいます…</translation>
    </message>
    <message>
      <source>Ready to time</source>
      <translation>計時準備完了</translation>
    </message>
    <message>
      <source>Ready: press Space to start (or the first sensor trigger starts)</source>
      <translation>準備完了：Space で開始（または最初のセンサートリガーで開始）</translation>
    </message>
    <message>
      <source>Reason for an extra run (recorded)</source>
      <translation>追加走行の理由（記録されます）</translation>
    </message>
    <message>
      <source>Received; checking…</source>
      <translation>受信しました。確認中…</translation>
    </message>
    <message>
      <source>Reconnecting…</source>
      <translation>再接続中…</translation>
    </message>
    <message>
      <source>Refused: {first}</source>
      <translation>拒否：{first}</translation>
    </message>
    <message>
      <source>Refused: {which}</source>
      <translation>拒否：{which}</translation>
    </message>
    <message>
      <source>Region</source>
      <translation>リージョン</translation>
    </message>
    <message>
      <source>Register  ⏎</source>
      <translation>登録  ⏎</translation>
    </message>
    <message>
      <source>Register a racer</source>
      <translation>レーサーを登録</translation>
    </message>
    <message>
      <source>Registered racer {name} ({id}).</source>
      <translation>レーサー {name}（{id}）を登録しました。</translation>
    </message>
    <message>
      <source>Registered {username}.</source>
      <translation>{username} を登録しました。</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>削除</translation>
    </message>
    <message>
      <source>Remove fleet</source>
      <translation>フリートを削除</translation>
    </message>
    <message>
      <source>Remove the fleet {name}? It holds no cars.</source>
      <translation>フリート {name} を削除しますか？所属する車両はありません。</translation>
    </message>
    <message>
      <source>Remove the fleet {name}? Its {n} car(s) stay registered, in no fleet.</source>
      <translation>フリート {name} を削除しますか？所属する {n} 台の車両は登録されたまま、フリート未所属になります。</translation>
    </message>
    <message>
      <source>Rename fleet</source>
      <translation>フリート名の変更</translation>
    </message>
    <message>
      <source>Rename fleet…</source>
      <translation>フリート名を変更…</translation>
    </message>
    <message>
      <source>Reset +1</source>
      <translation>リセット +1</translation>
    </message>
    <message>
      <source>Reset count</source>
      <translation>リセット回数</translation>
    </message>
    <message>
      <source>Reset −1</source>
      <translation>リセット −1</translation>
    </message>
    <message>
      <source>Resets</source>
      <translation>リセット</translation>
    </message>
    <message>
      <source>Resets allowed per lap</source>
      <translation>1 ラップあたりの許容リセット数</translation>
    </message>
    <message>
      <source>Resets allowed per lap must be 0 or more (or unlimited).</source>
      <translation>1 ラップあたりの許容リセット数は 0 以上（または無制限）でなければなりません。</translation>
    </message>
    <message>
      <source>Resets allowed per lap: {value}</source>
      <translation>1 ラップあたりの許容リセット数：{value}</translation>
    </message>
    <message>
      <source>Resets cannot be negative.</source>
      <translation>リセット数は負にできません。</translation>
    </message>
    <message>
      <source>Resets this lap</source>
      <translation>このラップのリセット</translation>
    </message>
    <message>
      <source>Resets “{text}” must be a whole number, 0 or more.</source>
      <translation>リセット数「{text}」は 0 以上の整数でなければなりません。</translation>
    </message>
    <message>
      <source>Restart service</source>
      <translation>サービスを再起動</translation>
    </message>
    <message>
      <source>Restore lap</source>
      <translation>ラップを復元</translation>
    </message>
    <message>
      <source>Restore run</source>
      <translation>走行を復元</translation>
    </message>
    <message>
      <source>Restored “{name}” ({summary}).</source>
      <translation>「{name}」を復元しました（{summary}）。</translation>
    </message>
    <message>
      <source>Restored.</source>
      <translation>復元しました。</translation>
    </message>
    <message>
      <source>Restoring the event…</source>
      <translation>イベントを復元しています…</translation>
    </message>
    <message>
      <source>Result</source>
      <translation>結果</translation>
    </message>
    <message>
      <source>Results data (JSON)</source>
      <translation>結果データ（JSON）</translation>
    </message>
    <message>
      <source>Resume</source>
      <translation>再開</translation>
    </message>
    <message>
      <source>Retire</source>
      <translation>引退</translation>
    </message>
    <message>
      <source>Retry failed</source>
      <translation>失敗分を再試行</translation>
    </message>
    <message>
      <source>Rules</source>
      <translation>ルール</translation>
    </message>
    <message>
      <source>Rules, every leaderboard and the statistics, to print or send.</source>
      <translation>ルール、全リーダーボード、統計（印刷・送付用）。</translation>
    </message>
    <message>
      <source>Run</source>
      <translation>走行</translation>
    </message>
    <message>
      <source>Run AWS DeepRacer events at the track, offline. With no command, opens the app.</source>
      <translation>AWS DeepRacer イベントをトラックでオフライン運営します。コマンドなしで起動するとアプリが開きます。</translation>
    </message>
    <message>
      <source>Run deleted: it no longer counts.</source>
      <translation>走行を削除しました：もう集計されません。</translation>
    </message>
    <message>
      <source>Run over</source>
      <translation>走行終了</translation>
    </message>
    <message>
      <source>Run over for {name}. Best lap {best}. {rank}</source>
      <translation>{name} の走行終了。ベストラップ {best}。{rank}</translation>
    </message>
    <message>
      <source>Run restored: it counts again.</source>
      <translation>走行を復元しました：再び集計されます。</translation>
    </message>
    <message>
      <source>Running</source>
      <translation>走行中</translation>
    </message>
    <message>
      <source>Runs</source>
      <translation>走行</translation>
    </message>
    <message>
      <source>Runs per racer</source>
      <translation>レーサーごとの走行回数</translation>
    </message>
    <message>
      <source>Sample line said. Heard nothing? Check the volume and the sound output.</source>
      <translation>サンプル文を読み上げました。聞こえませんか？音量と音声出力を確認してください。</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>保存</translation>
    </message>
    <message>
      <source>Save changes</source>
      <translation>変更を保存</translation>
    </message>
    <message>
      <source>Save exports in</source>
      <translation>エクスポートの保存先</translation>
    </message>
    <message>
      <source>Save in folder</source>
      <translation>フォルダーに保存</translation>
    </message>
    <message>
      <source>Save password for ticked cars</source>
      <translation>チェックした車両のパスワードを保存</translation>
    </message>
    <message>
      <source>Saved the changes to “{name}”.</source>
      <translation>「{name}」の変更を保存しました。</translation>
    </message>
    <message>
      <source>Saved {name}.</source>
      <translation>{name} を保存しました。</translation>
    </message>
    <message>
      <source>Saved {path}</source>
      <translation>{path} を保存しました</translation>
    </message>
    <message>
      <source>Saved {username}.</source>
      <translation>{username} を保存しました。</translation>
    </message>
    <message>
      <source>Saved. The leaderboard window shows the QR code and footer now; a new port is used from the next start.</source>
      <translation>保存しました。リーダーボードウィンドウに QR コードとフッターが表示されます。新しいポートは次回起動から使われます。</translation>
    </message>
    <message>
      <source>Saved. This laptop syncs with {url}.</source>
      <translation>保存しました。このノート PC は {url} と同期します。</translation>
    </message>
    <message>
      <source>Say which operation on which track.</source>
      <translation>どのトラックでどの操作かを指定してください。</translation>
    </message>
    <message>
      <source>Scan a folder for models</source>
      <translation>フォルダー内のモデルを探す</translation>
    </message>
    <message>
      <source>Scan a folder…</source>
      <translation>フォルダーを探す…</translation>
    </message>
    <message>
      <source>Scan drive</source>
      <translation>ドライブを探す</translation>
    </message>
    <message>
      <source>Scan for the event page</source>
      <translation>イベントページはこちらから</translation>
    </message>
    <message>
      <source>Screen</source>
      <translation>画面</translation>
    </message>
    <message>
      <source>Search username or name…</source>
      <translation>ユーザー名または名前で検索…</translation>
    </message>
    <message>
      <source>Secret access key</source>
      <translation>シークレットアクセスキー</translation>
    </message>
    <message>
      <source>Seen on this network</source>
      <translation>このネットワークで検出</translation>
    </message>
    <message>
      <source>Select a laptop in the list of laptops seen on this network.</source>
      <translation>このネットワークで検出されたノート PC の一覧から 1 台選んでください。</translation>
    </message>
    <message>
      <source>Select a paired laptop first.</source>
      <translation>先にペアリング済みのノート PC を選んでください。</translation>
    </message>
    <message>
      <source>Select a run or lap to see every change made to it.</source>
      <translation>走行またはラップを選ぶと、それに加えられたすべての変更が表示されます。</translation>
    </message>
    <message>
      <source>Select at least one car.</source>
      <translation>車両を 1 台以上選んでください。</translation>
    </message>
    <message>
      <source>Select the lap to delete or restore first.</source>
      <translation>先に削除または復元するラップを選んでください。</translation>
    </message>
    <message>
      <source>Send the upload from the upload page (a multipart form).</source>
      <translation>アップロードページから送信してください（multipart フォーム）。</translation>
    </message>
    <message>
      <source>Sensor trigger {since} after the last one was treated as the same car (debounced). If a lap was missed, press L.</source>
      <translation type="vanished">前回から {since} 後のセンサートリガーは同じ車両として扱いました（チャタリング防止）。ラップを取りこぼした場合は L を押してください。</translation>
    </message>
    <message>
      <source>Sensor trigger {since} s after the lap began was treated as the same car (debounced). If a lap was missed, press L.</source>
      <translation>ラップ開始から {since} 秒後のセンサートリガーは同じ車両として扱いました（チャタリング防止）。ラップを取りこぼした場合は L を押してください。</translation>
    </message>
    <message>
      <source>Sensor triggers</source>
      <translation>センサーのトリガー</translation>
    </message>
    <message>
      <source>Sensor {name} exists only in the simulator; cars refuse it.</source>
      <translation>センサー {name} はシミュレーターにしか存在しません。車両は受け付けません。</translation>
    </message>
    <message>
      <source>Sensors</source>
      <translation>センサー</translation>
    </message>
    <message>
      <source>Sensors per track</source>
      <translation>トラックごとのセンサー</translation>
    </message>
    <message>
      <source>Set PIN</source>
      <translation>PIN を設定</translation>
    </message>
    <message>
      <source>Set up DREM Desktop</source>
      <translation>DREM Desktop のセットアップ</translation>
    </message>
    <message>
      <source>Settings</source>
      <translation>設定</translation>
    </message>
    <message>
      <source>Several racers are called {name}: add them by username ({names}).</source>
      <translation>{name} という名前のレーサーが複数います：ユーザー名で追加してください（{names}）。</translation>
    </message>
    <message>
      <source>Shortest lap counted</source>
      <translation>集計される最短ラップ</translation>
    </message>
    <message>
      <source>Show</source>
      <translation>表示</translation>
    </message>
    <message>
      <source>Show deleted laps</source>
      <translation>削除したラップを表示</translation>
    </message>
    <message>
      <source>Show deleted runs</source>
      <translation>削除した走行を表示</translation>
    </message>
    <message>
      <source>Simulated Pi timer at {url}</source>
      <translation>{url} のシミュレート Pi タイマー</translation>
    </message>
    <message>
      <source>Simulated lap sensor on {path}</source>
      <translation>{path} のシミュレートラップセンサー</translation>
    </message>
    <message>
      <source>Size</source>
      <translation>サイズ</translation>
    </message>
    <message>
      <source>Skipped {n}:</source>
      <translation>{n} 件をスキップ：</translation>
    </message>
    <message>
      <source>Software</source>
      <translation>ソフトウェア</translation>
    </message>
    <message>
      <source>Someone else drives for the registered racer; the leaderboard marks the name with *.</source>
      <translation>登録されたレーサーの代わりに別の人が運転します。リーダーボードでは名前に * が付きます。</translation>
    </message>
    <message>
      <source>Something went wrong ({error}); {where}.</source>
      <translation>問題が発生しました（{error}）。{where}。</translation>
    </message>
    <message>
      <source>Source</source>
      <translation>ソース</translation>
    </message>
    <message>
      <source>Speak call-outs</source>
      <translation>読み上げる</translation>
    </message>
    <message>
      <source>Speaking a sample line…</source>
      <translation>サンプル文を読み上げています…</translation>
    </message>
    <message>
      <source>Speed</source>
      <translation>速度</translation>
    </message>
    <message>
      <source>Spoken call-outs</source>
      <translation>音声読み上げ</translation>
    </message>
    <message>
      <source>Sponsor</source>
      <translation>スポンサー</translation>
    </message>
    <message>
      <source>Staging is switched off in Settings.</source>
      <translation>事前ロードは「設定」でオフになっています。</translation>
    </message>
    <message>
      <source>Start</source>
      <translation>開始</translation>
    </message>
    <message>
      <source>Started</source>
      <translation>開始済み</translation>
    </message>
    <message>
      <source>State</source>
      <translation>状態</translation>
    </message>
    <message>
      <source>Statistics</source>
      <translation>統計</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>ステータス</translation>
    </message>
    <message>
      <source>Stop cars</source>
      <translation>車両を停止</translation>
    </message>
    <message>
      <source>Stopping.</source>
      <translation>停止中。</translation>
    </message>
    <message>
      <source>Stream overlay (OBS browser source)</source>
      <translation>配信オーバーレイ（OBS ブラウザーソース）</translation>
    </message>
    <message>
      <source>Submit</source>
      <translation>確定</translation>
    </message>
    <message>
      <source>Submitted: not ranked yet ({what}).</source>
      <translation>確定済み：まだ順位なし（{what}）。</translation>
    </message>
    <message>
      <source>Submitted: rank {rank} of {n}, best {best}</source>
      <translation>確定済み：{n} 人中 {rank} 位、ベスト {best}</translation>
    </message>
    <message>
      <source>Summary (CSV)</source>
      <translation>サマリー（CSV）</translation>
    </message>
    <message>
      <source>Sync</source>
      <translation>同期</translation>
    </message>
    <message>
      <source>Sync error</source>
      <translation>同期エラー</translation>
    </message>
    <message>
      <source>Sync failed: {error}</source>
      <translation>同期に失敗しました：{error}</translation>
    </message>
    <message>
      <source>Sync is off: set a bucket or pair a laptop in Settings → Sync.</source>
      <translation>同期はオフです：「設定 → 同期」でバケットを設定するか、ノート PC をペアリングしてください。</translation>
    </message>
    <message>
      <source>Sync now</source>
      <translation>今すぐ同期</translation>
    </message>
    <message>
      <source>Sync off</source>
      <translation>同期オフ</translation>
    </message>
    <message>
      <source>Synced</source>
      <translation>同期済み</translation>
    </message>
    <message>
      <source>Synced with {url}.</source>
      <translation>{url} と同期しました。</translation>
    </message>
    <message>
      <source>Synced with {url}: {summary}.</source>
      <translation>{url} と同期しました：{summary}。</translation>
    </message>
    <message>
      <source>Syncing with {url}…</source>
      <translation>{url} と同期中…</translation>
    </message>
    <message>
      <source>Syncing…</source>
      <translation>同期中…</translation>
    </message>
    <message>
      <source>Tablet PIN removed: the tablet page refuses everyone.</source>
      <translation>タブレット PIN を削除しました：タブレットページは誰も受け付けません。</translation>
    </message>
    <message>
      <source>Tablet PIN set. Open /tablet on the LAN pages from a tablet.</source>
      <translation>タブレット PIN を設定しました。タブレットから LAN ページの /tablet を開いてください。</translation>
    </message>
    <message>
      <source>Tablet timekeeper</source>
      <translation>タブレットタイムキーパー</translation>
    </message>
    <message>
      <source>Tablet timekeeper (operator PIN)</source>
      <translation>タブレットタイムキーパー（オペレーター PIN）</translation>
    </message>
    <message>
      <source>Tablet timekeeping is off.</source>
      <translation>タブレットでの計時はオフです。</translation>
    </message>
    <message>
      <source>Tablet · {track}</source>
      <translation>タブレット · {track}</translation>
    </message>
    <message>
      <source>Tail light</source>
      <translation>テールライト</translation>
    </message>
    <message>
      <source>Test connection</source>
      <translation>接続をテスト</translation>
    </message>
    <message>
      <source>Test voice</source>
      <translation>音声をテスト</translation>
    </message>
    <message>
      <source>Testing {url}…</source>
      <translation>{url} をテスト中…</translation>
    </message>
    <message>
      <source>That address is not another DREM Desktop laptop.</source>
      <translation>そのアドレスは別の DREM Desktop のノート PC ではありません。</translation>
    </message>
    <message>
      <source>That fleet no longer exists.</source>
      <translation>そのフリートはもうありません。</translation>
    </message>
    <message>
      <source>That lap no longer exists.</source>
      <translation>そのラップはもうありません。</translation>
    </message>
    <message>
      <source>That laptop is not showing a pairing code (or its code expired): show a new one.</source>
      <translation>そのノート PC はペアリングコードを表示していません（またはコードの期限切れ）：新しいコードを表示してください。</translation>
    </message>
    <message>
      <source>That racer is no longer on deck.</source>
      <translation>そのレーサーはもう待機列にいません。</translation>
    </message>
    <message>
      <source>That racer is not registered.</source>
      <translation>そのレーサーは登録されていません。</translation>
    </message>
    <message>
      <source>That track no longer exists.</source>
      <translation>そのトラックはもうありません。</translation>
    </message>
    <message>
      <source>That upload code is not right. Check the code shown at the organizer's desk.</source>
      <translation>そのアップロードコードは正しくありません。主催者デスクに表示されたコードを確認してください。</translation>
    </message>
    <message>
      <source>The 6-digit code {name} shows:</source>
      <translation>{name} に表示された 6 桁のコード：</translation>
    </message>
    <message>
      <source>The LAN pages did not start: {message}</source>
      <translation>LAN ページが起動しませんでした：{message}</translation>
    </message>
    <message>
      <source>The PIN must be {lo} to {hi} digits.</source>
      <translation>PIN は {lo}～{hi} 桁でなければなりません。</translation>
    </message>
    <message>
      <source>The Pi timer at {url} closed the connection; reconnecting.</source>
      <translation>{url} の Pi タイマーが接続を閉じました。再接続中です。</translation>
    </message>
    <message>
      <source>The Pi timer sent a binary frame; ignored.</source>
      <translation>Pi タイマーがバイナリフレームを送りました。無視しました。</translation>
    </message>
    <message>
      <source>The Pi timer sent a lap without a usable timestamp ({reason}); timed by this computer instead.</source>
      <translation>Pi タイマーが使えるタイムスタンプのないラップを送りました（{reason}）。代わりにこのコンピューターで計時しました。</translation>
    </message>
    <message>
      <source>The action space has more than 1000 actions; this is not a DeepRacer model.</source>
      <translation>アクション空間のアクションが 1000 を超えています。DeepRacer のモデルではありません。</translation>
    </message>
    <message>
      <source>The archive could not be read ({error}). Copy it again.</source>
      <translation>アーカイブを読めませんでした（{error}）。もう一度コピーしてください。</translation>
    </message>
    <message>
      <source>The archive ends with half an end-of-archive marker, so it may be cut short. Copy or export it again.</source>
      <translation>アーカイブが終端マーカーの途中で終わっているため、途中で切れている可能性があります。もう一度コピーまたはエクスポートしてください。</translation>
    </message>
    <message>
      <source>The archive has a lone zero block at byte {offset} with more entries after it; some tools stop there and others go on, so it is refused. Export the model again.</source>
      <translation>アーカイブのバイト {offset} に単独のゼロブロックがあり、その後にもエントリーがあります。そこで止まるツールと続けるツールがあるため拒否します。モデルをもう一度エクスポートしてください。</translation>
    </message>
    <message>
      <source>The archive has no end-of-archive marker, so it may be cut short. Copy or export it again.</source>
      <translation>アーカイブに終端マーカーがないため、途中で切れている可能性があります。もう一度コピーまたはエクスポートしてください。</translation>
    </message>
    <message>
      <source>The archive holds more data after its end-of-archive marker; some tools would extract it and others not, so it is refused. Export the model again.</source>
      <translation>アーカイブの終端マーカーの後にさらにデータがあります。展開するツールとしないツールがあるため拒否します。モデルをもう一度エクスポートしてください。</translation>
    </message>
    <message>
      <source>The archive holds {what}; model archives hold only plain files and folders.</source>
      <translation>アーカイブに{what}が含まれています。モデルアーカイブには通常のファイルとフォルダーしか含まれません。</translation>
    </message>
    <message>
      <source>The archive is cut short (truncated). Copy or download it again.</source>
      <translation>アーカイブが途中で切れています。もう一度コピーまたはダウンロードしてください。</translation>
    </message>
    <message>
      <source>The archive is damaged ({error}). Copy or export it again.</source>
      <translation>アーカイブが破損しています（{error}）。もう一度コピーまたはエクスポートしてください。</translation>
    </message>
    <message>
      <source>The archive is damaged: the entry header at byte {offset} is not valid ({why}). Tools read such an archive differently, so it is refused; export the model again.</source>
      <translation>アーカイブが破損しています：バイト {offset} のエントリーヘッダーが不正です（{why}）。このようなアーカイブはツールによって読み方が異なるため拒否します。モデルをもう一度エクスポートしてください。</translation>
    </message>
    <message>
      <source>The audio player did not finish within a minute.</source>
      <translation>オーディオプレーヤーが 1 分以内に終了しませんでした。</translation>
    </message>
    <message>
      <source>The average window must be 3 to 7 consecutive laps.</source>
      <translation>平均の範囲は連続 3～7 ラップでなければなりません。</translation>
    </message>
    <message>
      <source>The board on {port} does not send DREM sensor lines. Flash the DREM firmware, or choose the line mode it speaks ({port}?mode=json or {port}?mode=lines).</source>
      <translation>{port} のボードは DREM センサーの行を送っていません。DREM ファームウェアを書き込むか、そのボードの行モードを選んでください（{port}?mode=json または {port}?mode=lines）。</translation>
    </message>
    <message>
      <source>The bucket and this laptop agree.</source>
      <translation>バケットとこのノート PC は一致しています。</translation>
    </message>
    <message>
      <source>The bucket and this laptop do not agree yet: run sync again, or see the refusals above.</source>
      <translation>バケットとこのノート PC はまだ一致していません：もう一度同期するか、上の拒否を確認してください。</translation>
    </message>
    <message>
      <source>The bucket asks to slow down ({code}); sync tries again shortly.</source>
      <translation>バケットが速度を落とすよう求めています（{code}）。まもなく再試行します。</translation>
    </message>
    <message>
      <source>The bucket assembled {key} differently from what was sent.</source>
      <translation>バケットは送信したものと異なる形で {key} を組み立てました。</translation>
    </message>
    <message>
      <source>The bucket connection failed: {error}</source>
      <translation>バケットへの接続に失敗しました：{error}</translation>
    </message>
    <message>
      <source>The bucket did not give back what was written to it.</source>
      <translation>バケットは書き込んだ内容を返しませんでした。</translation>
    </message>
    <message>
      <source>The bucket endpoint had an error ({code}); sync tries again shortly.</source>
      <translation>バケットのエンドポイントでエラーが発生しました（{code}）。まもなく再試行します。</translation>
    </message>
    <message>
      <source>The bucket refused the request: {code} {message}</source>
      <translation>バケットがリクエストを拒否しました：{code} {message}</translation>
    </message>
    <message>
      <source>The bucket refused these credentials ({code}): check the access key and secret in Settings → Sync.</source>
      <translation>バケットがこの認証情報を拒否しました（{code}）：「設定 → 同期」でアクセスキーとシークレットを確認してください。</translation>
    </message>
    <message>
      <source>The bucket stored {key} damaged (checksum differs); it is written again next time.</source>
      <translation>バケットに保存された {key} が破損しています（チェックサム不一致）。次回書き直します。</translation>
    </message>
    <message>
      <source>The car is racing: pause the run (Space) before loading another model</source>
      <translation>車両が走行中です：別のモデルをロードする前に走行を一時停止してください（Space）</translation>
    </message>
    <message>
      <source>The car is racing: pause the run (Space) before loading another model.</source>
      <translation>車両が走行中です：別のモデルをロードする前に走行を一時停止してください（Space）。</translation>
    </message>
    <message>
      <source>The cars of this fleet are loaded with the models of the racers on deck</source>
      <translation>このフリートの車両に待機中のレーサーのモデルをロードします</translation>
    </message>
    <message>
      <source>The code did not match.</source>
      <translation>コードが一致しませんでした。</translation>
    </message>
    <message>
      <source>The code does not match: check the 6 digits on the other laptop's screen.</source>
      <translation>コードが一致しません：相手のノート PC の画面にある 6 桁を確認してください。</translation>
    </message>
    <message>
      <source>The code has 6 digits, as shown on the other laptop.</source>
      <translation>コードは相手のノート PC に表示された 6 桁です。</translation>
    </message>
    <message>
      <source>The code racers type on the upload page. A new code stops the old one at once.</source>
      <translation>レーサーがアップロードページで入力するコードです。新しいコードにすると古いコードはすぐに無効になります。</translation>
    </message>
    <message>
      <source>The connection to car {car} dropped during the transfer{detail}; the car keeps the models it had. Check the car's network and retry.</source>
      <translation>転送中に車両 {car} との接続が切れました{detail}。車両は元のモデルを保持しています。車両のネットワークを確認して再試行してください。</translation>
    </message>
    <message>
      <source>The continuous {key} range has low {low} not below high {high}; the car refuses it.</source>
      <translation>連続範囲 {key} の下限 {low} が上限 {high} より小さくありません。車両は受け付けません。</translation>
    </message>
    <message>
      <source>The continuous {key} range needs numeric low and high.</source>
      <translation>連続範囲 {key} には数値の low と high が必要です。</translation>
    </message>
    <message>
      <source>The country code</source>
      <translation>国コード</translation>
    </message>
    <message>
      <source>The disk holding the data folder ({folder}) is full: the database cannot be opened. Free some space (empty the trash, delete old videos or downloads), then start again.</source>
      <translation>データフォルダー（{folder}）のディスクがいっぱいで、データベースを開けません。空きを作ってから（ゴミ箱を空にする、古い動画やダウンロードを削除する）、もう一度起動してください。</translation>
    </message>
    <message>
      <source>The disk holding the data folder ({folder}) was full: the app gave up the {mb} MB it keeps in reserve so timing can go on. Free some space now.</source>
      <translation>データフォルダー（{folder}）のディスクがいっぱいになりました。計時を続けられるよう、アプリは予備として確保していた {mb} MB を解放しました。今すぐ空きを作ってください。</translation>
    </message>
    <message>
      <source>The display name</source>
      <translation>表示名</translation>
    </message>
    <message>
      <source>The e-mail address</source>
      <translation>メールアドレス</translation>
    </message>
    <message>
      <source>The entry {name!r} appears twice; the second copy would silently replace the first.</source>
      <translation>エントリー {name!r} が 2 回出現します。2 つ目が 1 つ目を黙って置き換えてしまいます。</translation>
    </message>
    <message>
      <source>The entry {name!r} asks to run with raised privileges (setuid/setgid).</source>
      <translation>エントリー {name!r} は昇格した権限（setuid/setgid）での実行を求めています。</translation>
    </message>
    <message>
      <source>The entry {name!r} climbs out of the model folder with '..'.</source>
      <translation>エントリー {name!r} は '..' でモデルフォルダーの外に出ます。</translation>
    </message>
    <message>
      <source>The entry {name!r} has an absolute path; it would unpack outside the model folder.</source>
      <translation>エントリー {name!r} は絶対パスです。モデルフォルダーの外に展開されてしまいます。</translation>
    </message>
    <message>
      <source>The entry {name!r} has control characters in its name.</source>
      <translation>エントリー {name!r} の名前に制御文字が含まれています。</translation>
    </message>
    <message>
      <source>The entry {name!r} is a device file.</source>
      <translation>エントリー {name!r} はデバイスファイルです。</translation>
    </message>
    <message>
      <source>The entry {name!r} is a link; model archives hold only plain files.</source>
      <translation>エントリー {name!r} はリンクです。モデルアーカイブには通常のファイルしか含まれません。</translation>
    </message>
    <message>
      <source>The entry {name!r} is a named pipe (FIFO).</source>
      <translation>エントリー {name!r} は名前付きパイプ（FIFO）です。</translation>
    </message>
    <message>
      <source>The entry {name!r} uses backslashes in its path.</source>
      <translation>エントリー {name!r} のパスにバックスラッシュが使われています。</translation>
    </message>
    <message>
      <source>The event date</source>
      <translation>イベントの日付</translation>
    </message>
    <message>
      <source>The event date {text} is not between {first} and {last}.</source>
      <translation>日付 {text} が {first} から {last} の範囲にありません。</translation>
    </message>
    <message>
      <source>The event has no track {n}.</source>
      <translation>イベントにトラック {n} はありません。</translation>
    </message>
    <message>
      <source>The event name</source>
      <translation>イベント名</translation>
    </message>
    <message>
      <source>The event “{name}” is already on this laptop (same id): nothing was restored.</source>
      <translation>イベント「{name}」はすでにこのノート PC にあります（同じ ID）：何も復元していません。</translation>
    </message>
    <message>
      <source>The file could not be opened ({error}).</source>
      <translation>ファイルを開けませんでした（{error}）。</translation>
    </message>
    <message>
      <source>The file goes on after the end of its compressed data (a second gzip stream or appended bytes); a model archive is one .tar.gz stream. Export it again.</source>
      <translation>ファイルが圧縮データの終わりの後にも続いています（2 つ目の gzip ストリームか追加のバイト）。モデルアーカイブは 1 つの .tar.gz ストリームです。もう一度エクスポートしてください。</translation>
    </message>
    <message>
      <source>The file is empty.</source>
      <translation>ファイルが空です。</translation>
    </message>
    <message>
      <source>The file is too large: the limit is {mb} MB per model.</source>
      <translation>ファイルが大きすぎます：上限はモデル 1 つあたり {mb} MB です。</translation>
    </message>
    <message>
      <source>The file is {size} MB; the limit is {limit} MB.</source>
      <translation>ファイルは {size} MB です。上限は {limit} MB です。</translation>
    </message>
    <message>
      <source>The fleet name</source>
      <translation>フリート名</translation>
    </message>
    <message>
      <source>The form expired: type the PIN again.</source>
      <translation>フォームの有効期限が切れました：もう一度 PIN を入力してください。</translation>
    </message>
    <message>
      <source>The form has too many parts.</source>
      <translation>フォームの項目が多すぎます。</translation>
    </message>
    <message>
      <source>The gzip data does not hold a valid tar archive ({why}).</source>
      <translation>gzip データに有効な tar アーカイブが含まれていません（{why}）。</translation>
    </message>
    <message>
      <source>The gzip data holds an empty tar archive: no model in it.</source>
      <translation>gzip データの tar アーカイブが空です：モデルが入っていません。</translation>
    </message>
    <message>
      <source>The highlight colour</source>
      <translation>ハイライト色</translation>
    </message>
    <message>
      <source>The lap index must be a number.</source>
      <translation>ラップ番号は数値でなければなりません。</translation>
    </message>
    <message>
      <source>The laptop answered {status}.</source>
      <translation>ノート PC の応答：{status}。</translation>
    </message>
    <message>
      <source>The laptop is busy checking other uploads. Try again in a minute.</source>
      <translation>ノート PC は他のアップロードを確認中です。1 分後にもう一度お試しください。</translation>
    </message>
    <message>
      <source>The laptop is running out of disk space ({free:.0f} MB free), so model uploads are paused to keep room for lap timing. Hand your model to the organizer on a USB stick, or try again later.</source>
      <translation>ノートPCのディスクの空きが少なくなっています（空き {free:.0f} MB）。計時の領域を確保するため、モデルのアップロードを一時停止しています。USB メモリでモデルを主催者に渡すか、あとでもう一度お試しください。</translation>
    </message>
    <message>
      <source>The leaderboard address must start with http:// or https://.</source>
      <translation>リーダーボードのアドレスは http:// または https:// で始まる必要があります。</translation>
    </message>
    <message>
      <source>The leaderboard footer</source>
      <translation>リーダーボードのフッター</translation>
    </message>
    <message>
      <source>The leaderboard title</source>
      <translation>リーダーボードのタイトル</translation>
    </message>
    <message>
      <source>The model cannot be loaded onto car {car}: {reason}</source>
      <translation>モデルを車両 {car} にロードできません：{reason}</translation>
    </message>
    <message>
      <source>The model file {file} cannot be read ({error}); import it again.</source>
      <translation>モデルファイル {file} を読めません（{error}）。もう一度インポートしてください。</translation>
    </message>
    <message>
      <source>The model file {name} is empty.</source>
      <translation>モデルファイル {name} が空です。</translation>
    </message>
    <message>
      <source>The model is on {car}.</source>
      <translation>モデルは {car} にあります。</translation>
    </message>
    <message>
      <source>The next connection to {n} car(s) trusts the key they show (re-flashed cars).</source>
      <translation>次回 {n} 台の車両に接続するとき、車両が示す鍵を信頼します（再フラッシュされた車両）。</translation>
    </message>
    <message>
      <source>The next racers' models go onto spare cars of the track's fleet</source>
      <translation>次のレーサーのモデルをトラックのフリートの空き車両に載せます</translation>
    </message>
    <message>
      <source>The number of resets</source>
      <translation>リセット回数</translation>
    </message>
    <message>
      <source>The number of tracks</source>
      <translation>トラック数</translation>
    </message>
    <message>
      <source>The other laptop did not accept the pairing.</source>
      <translation>相手のノート PC がペアリングを受け入れませんでした。</translation>
    </message>
    <message>
      <source>The push failed.</source>
      <translation>送信に失敗しました。</translation>
    </message>
    <message>
      <source>The racer's models in the library (newest first)</source>
      <translation>ライブラリにあるレーサーのモデル（新しい順）</translation>
    </message>
    <message>
      <source>The request is not JSON.</source>
      <translation>リクエストが JSON ではありません。</translation>
    </message>
    <message>
      <source>The request is not a JSON object.</source>
      <translation>リクエストが JSON オブジェクトではありません。</translation>
    </message>
    <message>
      <source>The run is still going. Press S again to end it and submit, Esc to keep racing.</source>
      <translation>走行はまだ続いています。終了して確定するにはもう一度 S、走行を続けるには Esc を押してください。</translation>
    </message>
    <message>
      <source>The run {id} is no longer in the database.</source>
      <translation>走行 {id} はもうデータベースにありません。</translation>
    </message>
    <message>
      <source>The sensor field must be a list of sensor names.</source>
      <translation>sensor 欄はセンサー名のリストでなければなりません。</translation>
    </message>
    <message>
      <source>The sensor list is empty: the model must name at least one sensor.</source>
      <translation>センサーのリストが空です：モデルは少なくとも 1 つのセンサーを指定する必要があります。</translation>
    </message>
    <message>
      <source>The sensor on {port} sent trigger #{jumped} right after #{last}: no sensor skips that many. The trigger is in the log but not trusted; check the sensor and its cable.</source>
      <translation>{port} のセンサーがトリガー #{last} の直後に #{jumped} を送りました。センサーがこれほど飛ばすことはありません。トリガーはログに残しましたが信頼していません。センサーとケーブルを確認してください。</translation>
    </message>
    <message>
      <source>The sensor on {port} was disconnected. Plug it back in: timing continues by itself.</source>
      <translation>{port} のセンサーが外れました。接続し直してください：計時は自動で続きます。</translation>
    </message>
    <message>
      <source>The sensor sent trigger #{jumped} right after #{last}: no sensor skips that many. It is in the trigger log but not trusted; check the sensor and its cable.</source>
      <translation>センサーがトリガー #{last} の直後に #{jumped} を送りました。センサーがこれほど飛ばすことはありません。トリガーログには残しましたが信頼していません。センサーとケーブルを確認してください。</translation>
    </message>
    <message>
      <source>The sensor started the run just before your tap, so the tap did not pause it. Tap Start / pause again to pause.</source>
      <translation>タップの直前にセンサーが走行を開始したため、タップでは一時停止しませんでした。一時停止するにはもう一度「開始 / 一時停止」をタップしてください。</translation>
    </message>
    <message>
      <source>The sensor {how} the run {s:.1f} s before Space, so Space did not pause it. Press Space again to pause.</source>
      <translation>Space の {s:.1f} 秒前にセンサーが走行を{how}したため、Space では一時停止しませんでした。一時停止するにはもう一度 Space を押してください。</translation>
    </message>
    <message>
      <source>The sensor's clock changed (it restarted, or another device answered). The lap in progress is timed by the laptop's clock; check it before submitting.</source>
      <translation>センサーの時計が変わりました（再起動したか、別の機器が応答しました）。走行中のラップはノート PC の時計で計時しています。確定前に確認してください。</translation>
    </message>
    <message>
      <source>The sensor's clock gave {sensor:.3f} s but the laptop's clock {host:.3f} s; the lap has the laptop's time and does not count until you check it (mark it valid, or fix it).</source>
      <translation>センサーの時計では {sensor:.3f} 秒、ノートPCの時計では {host:.3f} 秒でした。このラップはノートPCの時間で記録し、確認するまで（有効にするか修正するまで）カウントしません。</translation>
    </message>
    <message>
      <source>The sponsor</source>
      <translation>スポンサー</translation>
    </message>
    <message>
      <source>The system's language</source>
      <translation>システムの言語</translation>
    </message>
    <message>
      <source>The template has a stray brace ({error}); write fields like {{name}}.</source>
      <translation>テンプレートに対応のない波かっこがあります（{error}）。項目は {{name}} のように書いてください。</translation>
    </message>
    <message>
      <source>The timekeeper's keys always work as well. The choice is remembered per track and reopened at every start.</source>
      <translation>タイムキーパーのキー操作も常に使えます。選択はトラックごとに記憶され、起動のたびに開き直されます。</translation>
    </message>
    <message>
      <source>The top three, large, then places 4 to 10: for the prize giving.</source>
      <translation>上位 3 人を大きく、続いて 4～10 位：表彰式用。</translation>
    </message>
    <message>
      <source>The track name</source>
      <translation>トラック名</translation>
    </message>
    <message>
      <source>The track number</source>
      <translation>トラック番号</translation>
    </message>
    <message>
      <source>The transfer was cancelled; it resumes where it stopped next time.</source>
      <translation>転送をキャンセルしました。次回、中断したところから再開します。</translation>
    </message>
    <message>
      <source>The upload code</source>
      <translation>アップロードコード</translation>
    </message>
    <message>
      <source>The upload is too large: at most {mb} MB at a time. Send large models one by one.</source>
      <translation>アップロードが大きすぎます：一度に最大 {mb} MB です。大きなモデルは 1 つずつ送ってください。</translation>
    </message>
    <message>
      <source>The upload stalled (nothing arrived for a minute). Check the Wi-Fi and try again.</source>
      <translation>アップロードが止まりました（1 分間何も届きませんでした）。Wi-Fi を確認してもう一度お試しください。</translation>
    </message>
    <message>
      <source>The upload was interrupted. Check you are on the venue network and try again.</source>
      <translation>アップロードが中断されました。会場のネットワークにいることを確認してもう一度お試しください。</translation>
    </message>
    <message>
      <source>The voice did not say the line within {s} seconds.</source>
      <translation>音声が {s} 秒以内に読み上げませんでした。</translation>
    </message>
    <message>
      <source>The voice failed ({error}).</source>
      <translation>音声に失敗しました（{error}）。</translation>
    </message>
    <message>
      <source>The whole event in one file, to restore on another laptop.</source>
      <translation>イベント全体を 1 つのファイルに（別のノート PC で復元用）。</translation>
    </message>
    <message>
      <source>The {field} field is too long.</source>
      <translation>{field} 欄が長すぎます。</translation>
    </message>
    <message>
      <source>There is already a fleet called “{name}”.</source>
      <translation>「{name}」という名前のフリートはすでにあります。</translation>
    </message>
    <message>
      <source>There is no event on this laptop yet.</source>
      <translation>このノート PC にはまだイベントがありません。</translation>
    </message>
    <message>
      <source>There is no event {id} on this laptop.</source>
      <translation>このノート PC にイベント {id} はありません。</translation>
    </message>
    <message>
      <source>There is no lap to undo.</source>
      <translation>取り消すラップがありません。</translation>
    </message>
    <message>
      <source>There is no lap yet to mark valid or invalid.</source>
      <translation>有効・無効を付けるラップがまだありません。</translation>
    </message>
    <message>
      <source>There is no lap {n}.</source>
      <translation>ラップ {n} はありません。</translation>
    </message>
    <message>
      <source>There is no page at this address.</source>
      <translation>このアドレスにページはありません。</translation>
    </message>
    <message>
      <source>There is no short lap to count: it was already counted or a newer lap began.</source>
      <translation>数える短いラップはありません：すでに数えたか、新しいラップが始まっています。</translation>
    </message>
    <message>
      <source>There is no such lap to change.</source>
      <translation>そのようなラップはありません。</translation>
    </message>
    <message>
      <source>This build has no model library wired in yet (app.models). Models can still be uploaded once the LAN server runs.</source>
      <translation>このビルドにはまだモデルライブラリが組み込まれていません（app.models）。LAN サーバーが動けばモデルのアップロードは可能です。</translation>
    </message>
    <message>
      <source>This bundle has no event in it.</source>
      <translation>このバンドルにはイベントが含まれていません。</translation>
    </message>
    <message>
      <source>This is not a .tar.gz file (no gzip header). Upload the model archive as exported from the DeepRacer console or training tool.</source>
      <translation>これは .tar.gz ファイルではありません（gzip ヘッダーなし）。DeepRacer コンソールや学習ツールからエクスポートしたままのモデルアーカイブをアップロードしてください。</translation>
    </message>
    <message>
      <source>This is the call-out voice. Lap 3, 12.35.</source>
      <translation>読み上げ音声のテストです。ラップ 3、12.35。</translation>
    </message>
    <message>
      <source>This laptop</source>
      <translation>このノート PC</translation>
    </message>
    <message>
      <source>This laptop has no network address: connect to the venue network first.</source>
      <translation>このノート PC にはネットワークアドレスがありません：先に会場のネットワークに接続してください。</translation>
    </message>
    <message>
      <source>This laptop is not showing a pairing code.</source>
      <translation>このノート PC はペアリングコードを表示していません。</translation>
    </message>
    <message>
      <source>This laptop's name</source>
      <translation>このノート PC の名前</translation>
    </message>
    <message>
      <source>This laptop's pages answer only under its own address or name (for example http://{ip}:{port}/): open them that way, as the QR code on the organizer's screen does.</source>
      <translation>このノートPCのページは、自身のアドレスか名前（例: http://{ip}:{port}/）でのみ応答します。主催者の画面の QR コードと同じ方法で開いてください。</translation>
    </message>
    <message>
      <source>This racer has done {done} of {allowed} allowed runs. Give a reason to override.</source>
      <translation>このレーサーは許可された {allowed} 回のうち {done} 回走行しました。上限を超えるには理由を入力してください。</translation>
    </message>
    <message>
      <source>This racer has no model in the library: add one on the Models page (Ctrl+6).</source>
      <translation>このレーサーのモデルはライブラリにありません：モデルページで追加してください（Ctrl+6）。</translation>
    </message>
    <message>
      <source>This request did not come from the tablet page; nothing changed.</source>
      <translation>このリクエストはタブレットページからではありません。何も変更していません。</translation>
    </message>
    <message>
      <source>This run is over: the car can no longer be changed.</source>
      <translation>この走行は終了しています：車両はもう変更できません。</translation>
    </message>
    <message>
      <source>This run is still in progress: change its laps in the timekeeper.</source>
      <translation>この走行はまだ進行中です：ラップはタイムキーパーで変更してください。</translation>
    </message>
    <message>
      <source>This run is still in progress: end or discard it first.</source>
      <translation>この走行はまだ進行中です：先に終了するか破棄してください。</translation>
    </message>
    <message>
      <source>This run names no car.</source>
      <translation>この走行には車両が指定されていません。</translation>
    </message>
    <message>
      <source>This run names no car: there are no car logs to fetch.</source>
      <translation>この走行には車両が指定されていません：取得する車両ログはありません。</translation>
    </message>
    <message>
      <source>This run never started: there are no car logs to fetch.</source>
      <translation>この走行は開始されていません：取得する車両ログはありません。</translation>
    </message>
    <message>
      <source>This trigger could not be stored ({error}). Note the lap by hand.</source>
      <translation>このトリガーを保存できませんでした（{error}）。ラップを手で記録してください。</translation>
    </message>
    <message>
      <source>This upload came from a page of another site. Open this laptop's upload page and send the model from there.</source>
      <translation>このアップロードは別のサイトのページから送られました。このノートPCのアップロードページを開き、そこからモデルを送ってください。</translation>
    </message>
    <message>
      <source>This upload did not come from this laptop's upload page, or the page is more than a day old. Open the upload page again and send the model from there.</source>
      <translation>このアップロードはこのノートPCのアップロードページから送られていないか、ページが1日以上前のものです。アップロードページを開き直し、そこからモデルを送ってください。</translation>
    </message>
    <message>
      <source>Tick all shown</source>
      <translation>表示中をすべてチェック</translation>
    </message>
    <message>
      <source>Tick at least one car (or select one) first.</source>
      <translation>先に車両を 1 台以上チェック（または選択）してください。</translation>
    </message>
    <message>
      <source>Tick one car to fetch the logs of its last run.</source>
      <translation>前回の走行のログを取得する車両を 1 台チェックしてください。</translation>
    </message>
    <message>
      <source>Tick the car whose new key you trust first.</source>
      <translation>先に、新しい鍵を信頼する車両をチェックしてください。</translation>
    </message>
    <message>
      <source>Tick the cars and type their password first.</source>
      <translation>先に車両をチェックし、パスワードを入力してください。</translation>
    </message>
    <message>
      <source>Tick the cars whose password to forget first.</source>
      <translation>先に、パスワードを消去する車両をチェックしてください。</translation>
    </message>
    <message>
      <source>Ties are broken by the next best figure, then by who set the figure first.</source>
      <translation>同点は次に良い記録で決め、それも同じなら先に記録を出した人が上位です。</translation>
    </message>
    <message>
      <source>Time</source>
      <translation>タイム</translation>
    </message>
    <message>
      <source>Time left</source>
      <translation>残り時間</translation>
    </message>
    <message>
      <source>Time trial (race for a time)</source>
      <translation>タイムトライアル（タイムを競うレース）</translation>
    </message>
    <message>
      <source>Time trial: best 3-lap average wins</source>
      <translation>タイムトライアル：3 ラップのベスト平均で勝負</translation>
    </message>
    <message>
      <source>Time trial: fastest lap wins</source>
      <translation>タイムトライアル：最速ラップで勝負</translation>
    </message>
    <message>
      <source>Timekeeper</source>
      <translation>タイムキーパー</translation>
    </message>
    <message>
      <source>Timing “{event}” track {n}. Ctrl+C stops.</source>
      <translation>「{event}」トラック {n} を計時中。Ctrl+C で停止。</translation>
    </message>
    <message>
      <source>To join an event: type its bucket here and press Join an event…, or pair this laptop with one that has the event (right): it arrives by itself.</source>
      <translation>イベントに参加するには：ここにバケットを入力して「イベントに参加…」を押すか、イベントを持つノート PC とペアリングしてください（右）：自動で届きます。</translation>
    </message>
    <message>
      <source>To next</source>
      <translation>次との差</translation>
    </message>
    <message>
      <source>To use another folder, start the app with  drem-desktop --data-dir PATH  (or set DREM_DATA_DIR). Each folder is a separate database with its own backups.</source>
      <translation>別のフォルダーを使うには、 drem-desktop --data-dir パス  でアプリを起動してください（または DREM_DATA_DIR を設定）。フォルダーごとに独立したデータベースとバックアップを持ちます。</translation>
    </message>
    <message>
      <source>Too large: the limit is {mb} MB per model.</source>
      <translation>大きすぎます：上限はモデル 1 つあたり {mb} MB です。</translation>
    </message>
    <message>
      <source>Too many lines were waiting.</source>
      <translation>待機中の読み上げが多すぎました。</translation>
    </message>
    <message>
      <source>Too many live leaderboards open on this device; close a few tabs and reload.</source>
      <translation>この端末で開いているライブリーダーボードが多すぎます。いくつかのタブを閉じて再読み込みしてください。</translation>
    </message>
    <message>
      <source>Too many open leaderboards on this laptop; try again in a minute.</source>
      <translation>このノート PC で開かれているリーダーボードが多すぎます。1 分後にもう一度お試しください。</translation>
    </message>
    <message>
      <source>Too many uploads from this device. Wait a few minutes, then try again.</source>
      <translation>この端末からのアップロードが多すぎます。数分待ってからもう一度お試しください。</translation>
    </message>
    <message>
      <source>Too many wrong PINs: try again in {s} s.</source>
      <translation>PIN の誤りが多すぎます：{s} 秒後にもう一度お試しください。</translation>
    </message>
    <message>
      <source>Too many wrong upload codes from this device. Wait ten minutes, then try again.</source>
      <translation>この端末からのアップロードコードの誤りが多すぎます。10 分待ってからもう一度お試しください。</translation>
    </message>
    <message>
      <source>Total resets</source>
      <translation>リセット合計</translation>
    </message>
    <message>
      <source>Track</source>
      <translation>トラック</translation>
    </message>
    <message>
      <source>Track already has a run in progress: end or discard it before picking the next racer.</source>
      <translation>トラックではすでに走行が進行中です：次のレーサーを選ぶ前に終了するか破棄してください。</translation>
    </message>
    <message>
      <source>Track number “{value}” must be written plainly, e.g. 1 or 2.</source>
      <translation>トラック番号「{value}」は 1 や 2 のように普通に書いてください。</translation>
    </message>
    <message>
      <source>Track {n}</source>
      <translation>トラック {n}</translation>
    </message>
    <message>
      <source>Track {n} has a run in progress ({state}): type end, submit or discard first.</source>
      <translation>トラック {n} では走行が進行中です（{state}）：先に end、submit または discard を入力してください。</translation>
    </message>
    <message>
      <source>Track {n}: no racer on the track (next USERNAME puts one on).</source>
      <translation>トラック {n}：トラックにレーサーがいません（next ユーザー名 で出します）。</translation>
    </message>
    <message>
      <source>Track {n}: {name}, {state}, {laps} lap(s).</source>
      <translation>トラック {n}：{name}、{state}、{laps} ラップ。</translation>
    </message>
    <message>
      <source>Track {n}: {title}</source>
      <translation>トラック {n}：{title}</translation>
    </message>
    <message>
      <source>Tracks</source>
      <translation>トラック</translation>
    </message>
    <message>
      <source>Trust new key</source>
      <translation>新しい鍵を信頼</translation>
    </message>
    <message>
      <source>Try the simulator (a lap every ~12 s, no hardware)</source>
      <translation>シミュレーターを試す（約 12 秒ごとに 1 ラップ、ハードウェア不要）</translation>
    </message>
    <message>
      <source>Type a name for the new fleet first.</source>
      <translation>先に新しいフリートの名前を入力してください。</translation>
    </message>
    <message>
      <source>Type the Pi timer's address, e.g. ws://192.168.1.50:8080.</source>
      <translation>Pi タイマーのアドレスを入力してください（例：ws://192.168.1.50:8080）。</translation>
    </message>
    <message>
      <source>Type the bucket first, e.g. s3://my-club-bucket/deepracer.</source>
      <translation>先にバケットを入力してください（例：s3://my-club-bucket/deepracer）。</translation>
    </message>
    <message>
      <source>Type the other laptop's address as HOST:PORT, e.g. 192.168.1.21:8080.</source>
      <translation>相手のノート PC のアドレスを HOST:PORT で入力してください（例：192.168.1.21:8080）。</translation>
    </message>
    <message>
      <source>Type the racer's name first.</source>
      <translation>先にレーサー名を入力してください。</translation>
    </message>
    <message>
      <source>Type the racer's username or name.</source>
      <translation>レーサーのユーザー名または名前を入力してください。</translation>
    </message>
    <message>
      <source>Type the reason for the extra run first (it is recorded with the run).</source>
      <translation>先に追加走行の理由を入力してください（走行とともに記録されます）。</translation>
    </message>
    <message>
      <source>Type the serial port (e.g. /dev/ttyACM0 or COM3), or choose another lap source.</source>
      <translation>シリアルポート（例：/dev/ttyACM0 または COM3）を入力するか、別のラップソースを選んでください。</translation>
    </message>
    <message>
      <source>Type the timer address, or choose another lap source.</source>
      <translation>タイマーのアドレスを入力するか、別のラップソースを選んでください。</translation>
    </message>
    <message>
      <source>USB lap sensor (found automatically)</source>
      <translation>USB ラップセンサー（自動検出）</translation>
    </message>
    <message>
      <source>USB sensor (find it)</source>
      <translation>USB センサー（自動検出）</translation>
    </message>
    <message>
      <source>USB sensor on port…</source>
      <translation>ポート指定の USB センサー…</translation>
    </message>
    <message>
      <source>USB stick</source>
      <translation>USB メモリー</translation>
    </message>
    <message>
      <source>Understood</source>
      <translation>了解</translation>
    </message>
    <message>
      <source>Undo finish</source>
      <translation>ゴールを取り消す</translation>
    </message>
    <message>
      <source>Unknown action_space_type {value!r}: the car knows discrete and continuous.</source>
      <translation>不明な action_space_type {value!r}：車両が知っているのは discrete と continuous です。</translation>
    </message>
    <message>
      <source>Unknown command “{c}”. {help}</source>
      <translation>不明なコマンド「{c}」。{help}</translation>
    </message>
    <message>
      <source>Unknown export format “{fmt}”: use one of {formats}.</source>
      <translation>不明なエクスポート形式「{fmt}」：{formats} のいずれかを使ってください。</translation>
    </message>
    <message>
      <source>Unknown line mode in {spec}: use mode=drem, mode=json or mode=lines.</source>
      <translation>{spec} の行モードが不明です：mode=drem、mode=json または mode=lines を使ってください。</translation>
    </message>
    <message>
      <source>Unknown operation {op}.</source>
      <translation>不明な操作 {op}。</translation>
    </message>
    <message>
      <source>Unknown sensor address {spec}. Use auto, a serial port, or ws://HOST:8080.</source>
      <translation>不明なセンサーアドレス {spec}。auto、シリアルポート、または ws://HOST:8080 を使ってください。</translation>
    </message>
    <message>
      <source>Unknown sensor {name!r}.</source>
      <translation>不明なセンサー {name!r}。</translation>
    </message>
    <message>
      <source>Unknown training_algorithm {value!r}: the car knows clipped_ppo and sac.</source>
      <translation>不明な training_algorithm {value!r}：車両が知っているのは clipped_ppo と sac です。</translation>
    </message>
    <message>
      <source>Unpaired {id}.</source>
      <translation>{id} とのペアリングを解除しました。</translation>
    </message>
    <message>
      <source>Unreadable race configuration: {error}</source>
      <translation>読めないレース設定：{error}</translation>
    </message>
    <message>
      <source>Up next</source>
      <translation>次の走行</translation>
    </message>
    <message>
      <source>Up next: {names}</source>
      <translation>次の走行：{names}</translation>
    </message>
    <message>
      <source>Up to {mb} MB per model.</source>
      <translation>モデル 1 つあたり最大 {mb} MB。</translation>
    </message>
    <message>
      <source>Upload</source>
      <translation>アップロード</translation>
    </message>
    <message>
      <source>Upload another model</source>
      <translation>別のモデルをアップロード</translation>
    </message>
    <message>
      <source>Upload code</source>
      <translation>アップロードコード</translation>
    </message>
    <message>
      <source>Upload code (shown at the organizer desk)</source>
      <translation>アップロードコード（主催者デスクに表示）</translation>
    </message>
    <message>
      <source>Upload code for racers’ models</source>
      <translation>レーサーのモデル用アップロードコード</translation>
    </message>
    <message>
      <source>Upload code of “{name}” is now {code}; the old code no longer works.</source>
      <translation>「{name}」のアップロードコードは {code} になりました。古いコードはもう使えません。</translation>
    </message>
    <message>
      <source>Upload code “{code}” must be 4 to 20 letters, digits or dashes (no spaces), e.g. RACE-42.</source>
      <translation>アップロードコード「{code}」は 4～20 文字の英字、数字、ハイフン（スペースなし）でなければなりません（例：RACE-42）。</translation>
    </message>
    <message>
      <source>Upload from a phone</source>
      <translation>スマートフォンからアップロード</translation>
    </message>
    <message>
      <source>Upload your model</source>
      <translation>モデルをアップロード</translation>
    </message>
    <message>
      <source>Uploads are closed: the organizer has not set an upload code yet.</source>
      <translation>アップロードは受け付けていません：主催者がまだアップロードコードを設定していません。</translation>
    </message>
    <message>
      <source>Uploads are switched off on this laptop.</source>
      <translation>このノート PC ではアップロードがオフになっています。</translation>
    </message>
    <message>
      <source>Use these lap sources</source>
      <translation>これらのラップソースを使う</translation>
    </message>
    <message>
      <source>Use this laptop's address</source>
      <translation>このノート PC のアドレスを使う</translation>
    </message>
    <message>
      <source>Username</source>
      <translation>ユーザー名</translation>
    </message>
    <message>
      <source>Username {name!r} contains the invisible or control character {char}; retype it without.</source>
      <translation>ユーザー名 {name!r} に見えない文字または制御文字 {char} が含まれています。その文字なしで入力し直してください。</translation>
    </message>
    <message>
      <source>Username “{name}” is taken.</source>
      <translation>ユーザー名「{name}」はすでに使われています。</translation>
    </message>
    <message>
      <source>Username “{name}” looks like a file or device name; pick another.</source>
      <translation>ユーザー名「{name}」はファイル名やデバイス名のように見えます。別の名前を選んでください。</translation>
    </message>
    <message>
      <source>Username “{name}” may use only letters, digits and . _ - @ +{hint}.</source>
      <translation>ユーザー名「{name}」に使えるのは英字、数字と . _ - @ + だけです{hint}。</translation>
    </message>
    <message>
      <source>Username “{name}…” is {n} characters long; the limit is {limit}.</source>
      <translation>ユーザー名「{name}…」は {n} 文字あります。上限は {limit} 文字です。</translation>
    </message>
    <message>
      <source>Valid</source>
      <translation>有効</translation>
    </message>
    <message>
      <source>Valid / invalid laps</source>
      <translation>有効／無効ラップ</translation>
    </message>
    <message>
      <source>Valid lap</source>
      <translation>有効ラップ</translation>
    </message>
    <message>
      <source>Valid laps</source>
      <translation>有効ラップ</translation>
    </message>
    <message>
      <source>Valid laps: {n}</source>
      <translation>有効ラップ：{n}</translation>
    </message>
    <message>
      <source>WARNING: {text}</source>
      <translation>警告: {text}</translation>
    </message>
    <message>
      <source>Welcome to DREM Desktop</source>
      <translation>DREM Desktop へようこそ</translation>
    </message>
    <message>
      <source>When a run ends, its car's ROS bag folders come over SSH (data folder)</source>
      <translation>走行が終わると、その車両の ROS bag フォルダーが SSH で届きます（データフォルダー）</translation>
    </message>
    <message>
      <source>Writing a backup…</source>
      <translation>バックアップを書き込んでいます…</translation>
    </message>
    <message>
      <source>Writing {name}…</source>
      <translation>{name} を書き込んでいます…</translation>
    </message>
    <message>
      <source>Wrong PIN. Too many tries: this tablet is locked out for {s} s.</source>
      <translation>PIN が違います。試行回数が多すぎます：このタブレットは {s} 秒間ロックされます。</translation>
    </message>
    <message>
      <source>Wrong PIN. {n} tries left.</source>
      <translation>PIN が違います。残り {n} 回。</translation>
    </message>
    <message>
      <source>Wrote the cloud manager bundle {path}</source>
      <translation>クラウドマネージャーのバンドルを書き出しました：{path}</translation>
    </message>
    <message>
      <source>Wrote {path}</source>
      <translation>{path} を書き出しました</translation>
    </message>
    <message>
      <source>Yes</source>
      <translation>はい</translation>
    </message>
    <message>
      <source>Your earlier uploads are still being checked. Wait for their verdicts, then send more.</source>
      <translation>以前のアップロードをまだ確認中です。結果が出てから次を送ってください。</translation>
    </message>
    <message>
      <source>Your model archive (.tar.gz) as exported from the DeepRacer console.</source>
      <translation>DeepRacer コンソールからエクスポートしたままのモデルアーカイブ（.tar.gz）。</translation>
    </message>
    <message>
      <source>Your session ended: log in again with the PIN.</source>
      <translation>セッションが終了しました：もう一度 PIN でログインしてください。</translation>
    </message>
    <message>
      <source>a GNU incremental-dump folder</source>
      <translation>GNU 増分ダンプのフォルダー</translation>
    </message>
    <message>
      <source>a change has unexpected keys ({keys})</source>
      <translation>変更に想定外のキーがあります（{keys}）</translation>
    </message>
    <message>
      <source>a delete that does not delete</source>
      <translation>何も削除しない削除</translation>
    </message>
    <message>
      <source>a file named like a folder that holds data</source>
      <translation>フォルダー名を持ちデータを含むファイル</translation>
    </message>
    <message>
      <source>a global header that renames or resizes entries</source>
      <translation>エントリーの名前やサイズを変えるグローバルヘッダー</translation>
    </message>
    <message>
      <source>a line is not a change</source>
      <translation>行が変更ではありません</translation>
    </message>
    <message>
      <source>a malformed pax record</source>
      <translation>不正な pax レコード</translation>
    </message>
    <message>
      <source>a named AWS profile for the credentials</source>
      <translation>認証情報用の名前付き AWS プロファイル</translation>
    </message>
    <message>
      <source>a negative {what}</source>
      <translation>負の{what}</translation>
    </message>
    <message>
      <source>a new {t} without {c}</source>
      <translation>{c} のない新しい {t}</translation>
    </message>
    <message>
      <source>a piece of a multi-volume archive</source>
      <translation>マルチボリュームアーカイブの一部</translation>
    </message>
    <message>
      <source>a sparse file</source>
      <translation>スパースファイル</translation>
    </message>
    <message>
      <source>a volume label</source>
      <translation>ボリュームラベル</translation>
    </message>
    <message>
      <source>address for --pi-timer (default 127.0.0.1)</source>
      <translation>--pi-timer のアドレス（既定 127.0.0.1）</translation>
    </message>
    <message>
      <source>address not known yet</source>
      <translation>アドレスはまだ不明</translation>
    </message>
    <message>
      <source>alive {s} s ago</source>
      <translation>{s} 秒前に応答</translation>
    </message>
    <message>
      <source>all models deleted</source>
      <translation>すべてのモデルを削除しました</translation>
    </message>
    <message>
      <source>also make the terminal reachable at this path (a symlink)</source>
      <translation>このパスからも端末に到達できるようにする（シンボリックリンク）</translation>
    </message>
    <message>
      <source>also reachable at {link}</source>
      <translation>{link} からも到達可能</translation>
    </message>
    <message>
      <source>an S3-compatible endpoint (MinIO, R2, Ceph)</source>
      <translation>S3 互換エンドポイント（MinIO、R2、Ceph）</translation>
    </message>
    <message>
      <source>an entry of unknown type {flag!r}</source>
      <translation>不明な種類 {flag!r} のエントリー</translation>
    </message>
    <message>
      <source>an entry that is not a file but holds data</source>
      <translation>ファイルではないのにデータを含むエントリー</translation>
    </message>
    <message>
      <source>an entry without a name</source>
      <translation>名前のないエントリー</translation>
    </message>
    <message>
      <source>an extended header of {size} bytes</source>
      <translation>{size} バイトの拡張ヘッダー</translation>
    </message>
    <message>
      <source>an extended header with no entry after it</source>
      <translation>後にエントリーのない拡張ヘッダー</translation>
    </message>
    <message>
      <source>an old GNU long-name record</source>
      <translation>古い GNU ロングネームレコード</translation>
    </message>
    <message>
      <source>an unknown header format</source>
      <translation>不明なヘッダー形式</translation>
    </message>
    <message>
      <source>an unknown ustar version</source>
      <translation>不明な ustar バージョン</translation>
    </message>
    <message>
      <source>another certificate</source>
      <translation>別の証明書</translation>
    </message>
    <message>
      <source>answer {path}</source>
      <translation>{path} に応答</translation>
    </message>
    <message>
      <source>auto finds DREM sensors only; give the port path for mode={mode}.</source>
      <translation>auto は DREM センサーしか見つけません。mode={mode} にはポートのパスを指定してください。</translation>
    </message>
    <message>
      <source>auto, a serial port (e.g. /dev/ttyACM0) or ws://HOST:PORT</source>
      <translation>auto、シリアルポート（例：/dev/ttyACM0）、または ws://HOST:PORT</translation>
    </message>
    <message>
      <source>average window, 3 to 7 laps</source>
      <translation>平均の範囲、3～7 ラップ</translation>
    </message>
    <message>
      <source>battery {battery}, {n} model(s)</source>
      <translation>バッテリー {battery}、モデル {n} 個</translation>
    </message>
    <message>
      <source>be reached</source>
      <translation>接続</translation>
    </message>
    <message>
      <source>best average</source>
      <translation>ベスト平均</translation>
    </message>
    <message>
      <source>best average of {n} laps</source>
      <translation>{n} ラップのベスト平均</translation>
    </message>
    <message>
      <source>best {n}-lap average</source>
      <translation>{n} ラップのベスト平均</translation>
    </message>
    <message>
      <source>boot field out of range</source>
      <translation>boot 欄が範囲外です</translation>
    </message>
    <message>
      <source>bring back an event from a .dremz file</source>
      <translation>.dremz ファイルからイベントを戻す</translation>
    </message>
    <message>
      <source>by proxy</source>
      <translation>代理</translation>
    </message>
    <message>
      <source>cable back: {path}</source>
      <translation>ケーブル復帰：{path}</translation>
    </message>
    <message>
      <source>cable out for {s:.1f} s</source>
      <translation>ケーブルが {s:.1f} 秒間外れていました</translation>
    </message>
    <message>
      <source>cancelling…</source>
      <translation>キャンセル中…</translation>
    </message>
    <message>
      <source>capture a lap</source>
      <translation>ラップを記録</translation>
    </message>
    <message>
      <source>car</source>
      <translation>車両</translation>
    </message>
    <message>
      <source>car host name or address, e.g. amss-1234 or 192.168.1.41</source>
      <translation>車両のホスト名またはアドレス（例：amss-1234 または 192.168.1.41）</translation>
    </message>
    <message>
      <source>car password (SSH user deepracer)</source>
      <translation>車両のパスワード（SSH ユーザー deepracer）</translation>
    </message>
    <message>
      <source>car software restarted</source>
      <translation>車両のソフトウェアを再起動しました</translation>
    </message>
    <message>
      <source>change a lap's validity</source>
      <translation>ラップの有効・無効を切り替える</translation>
    </message>
    <message>
      <source>change number {v} is not a change number</source>
      <translation>変更番号 {v} は変更番号ではありません</translation>
    </message>
    <message>
      <source>change the event's upload code (the old one stops working)</source>
      <translation>イベントのアップロードコードを変更（古いコードは無効になります）</translation>
    </message>
    <message>
      <source>change {seq} ({t}): {problem}</source>
      <translation>変更 {seq}（{t}）：{problem}</translation>
    </message>
    <message>
      <source>change {seq}: it changes nothing readable</source>
      <translation>変更 {seq}：読み取れる変更がありません</translation>
    </message>
    <message>
      <source>change {seq}: its clock stamp names another laptop</source>
      <translation>変更 {seq}：時刻スタンプが別のノート PC を示しています</translation>
    </message>
    <message>
      <source>change {seq}: its time is not a time</source>
      <translation>変更 {seq}：時刻が時刻ではありません</translation>
    </message>
    <message>
      <source>change {seq}: the event id is not an id</source>
      <translation>変更 {seq}：イベント ID が ID ではありません</translation>
    </message>
    <message>
      <source>change {seq}: the row id is not an id</source>
      <translation>変更 {seq}：行 ID が ID ではありません</translation>
    </message>
    <message>
      <source>change {seq}: “{op}” is not insert, update or delete</source>
      <translation>変更 {seq}：「{op}」は insert、update、delete のいずれでもありません</translation>
    </message>
    <message>
      <source>change {seq}: “{t}” is not a table that syncs</source>
      <translation>変更 {seq}：「{t}」は同期されるテーブルではありません</translation>
    </message>
    <message>
      <source>changed</source>
      <translation>変更</translation>
    </message>
    <message>
      <source>changes only, no model files</source>
      <translation>変更のみ、モデルファイルなし</translation>
    </message>
    <message>
      <source>checking the model</source>
      <translation>モデルを確認中</translation>
    </message>
    <message>
      <source>checksum</source>
      <translation>チェックサム</translation>
    </message>
    <message>
      <source>checksum mismatch</source>
      <translation>チェックサムの不一致</translation>
    </message>
    <message>
      <source>chroma must be a colour as six hex digits, e.g. 00ff00.</source>
      <translation>chroma は 6 桁の 16 進数の色でなければなりません（例：00ff00）。</translation>
    </message>
    <message>
      <source>combined</source>
      <translation>合計</translation>
    </message>
    <message>
      <source>connected</source>
      <translation>接続済み</translation>
    </message>
    <message>
      <source>connecting</source>
      <translation>接続中</translation>
    </message>
    <message>
      <source>continuous</source>
      <translation>連続</translation>
    </message>
    <message>
      <source>control or non-ASCII bytes</source>
      <translation>制御バイトまたは非 ASCII バイト</translation>
    </message>
    <message>
      <source>count a reset</source>
      <translation>リセットを数える</translation>
    </message>
    <message>
      <source>count a short lap</source>
      <translation>短いラップを数える</translation>
    </message>
    <message>
      <source>country (GB)</source>
      <translation>国（JP）</translation>
    </message>
    <message>
      <source>create a demo event with racers and laps</source>
      <translation>レーサーとラップ入りのデモイベントを作成</translation>
    </message>
    <message>
      <source>create an event</source>
      <translation>イベントを作成</translation>
    </message>
    <message>
      <source>create and list events</source>
      <translation type="vanished">イベントを作成・一覧表示</translation>
    </message>
    <message>
      <source>create and list events, change the upload code</source>
      <translation>イベントの作成・一覧表示、アップロードコードの変更</translation>
    </message>
    <message>
      <source>created</source>
      <translation>作成</translation>
    </message>
    <message>
      <source>data folder (default: the platform's user data folder, or $DREM_DATA_DIR)</source>
      <translation>データフォルダー（既定：プラットフォームのユーザーデータフォルダー、または $DREM_DATA_DIR）</translation>
    </message>
    <message>
      <source>delete all models</source>
      <translation>すべてのモデルを削除</translation>
    </message>
    <message>
      <source>delete its models</source>
      <translation>モデルを削除</translation>
    </message>
    <message>
      <source>delete models</source>
      <translation>モデルを削除</translation>
    </message>
    <message>
      <source>deleted</source>
      <translation>削除済み</translation>
    </message>
    <message>
      <source>differs: {what}</source>
      <translation>相違：{what}</translation>
    </message>
    <message>
      <source>discard</source>
      <translation>破棄</translation>
    </message>
    <message>
      <source>disconnected</source>
      <translation>切断</translation>
    </message>
    <message>
      <source>discrete, {count} actions</source>
      <translation>離散、アクション {count} 個</translation>
    </message>
    <message>
      <source>display name</source>
      <translation>表示名</translation>
    </message>
    <message>
      <source>do not start the LAN server</source>
      <translation>LAN サーバーを起動しない</translation>
    </message>
    <message>
      <source>down {n}</source>
      <translation>{n} 位ダウン</translation>
    </message>
    <message>
      <source>e.g. Join the next race at the DeepRacer booth</source>
      <translation>例：DeepRacer ブースで次のレースに参加しよう</translation>
    </message>
    <message>
      <source>e.g. Summit Berlin 2026</source>
      <translation>例：Summit Tokyo 2026</translation>
    </message>
    <message>
      <source>e.g. Summit Cup 2026</source>
      <translation>例：Summit Cup 2026</translation>
    </message>
    <message>
      <source>edit</source>
      <translation>編集</translation>
    </message>
    <message>
      <source>emit simulated laps on a pseudo-terminal or as a Pi timer</source>
      <translation>疑似端末上で、または Pi タイマーとしてシミュレートしたラップを出力</translation>
    </message>
    <message>
      <source>empty = unlimited</source>
      <translation>空欄 = 無制限</translation>
    </message>
    <message>
      <source>empty for AWS S3; https://… for MinIO, R2, Ceph</source>
      <translation>AWS S3 は空欄、MinIO・R2・Ceph は https://…</translation>
    </message>
    <message>
      <source>empty: a new random code</source>
      <translation>空欄：新しいランダムなコード</translation>
    </message>
    <message>
      <source>empty: the AWS profile or environment</source>
      <translation>空欄：AWS プロファイルまたは環境変数</translation>
    </message>
    <message>
      <source>end the run</source>
      <translation>走行を終了</translation>
    </message>
    <message>
      <source>error: event “{event}” has no track {n}.</source>
      <translation>エラー：イベント「{event}」にトラック {n} はありません。</translation>
    </message>
    <message>
      <source>error: no event: give --event, or create one with: drem-desktop event add NAME</source>
      <translation>エラー：イベントがありません：--event を指定するか、次で作成してください：drem-desktop event add 名前</translation>
    </message>
    <message>
      <source>error: nothing of the event could be applied (see the refusals above).</source>
      <translation>エラー：イベントの何も適用できませんでした（上の拒否を参照）。</translation>
    </message>
    <message>
      <source>error: the two PINs differ; nothing changed.</source>
      <translation>エラー：2 つの PIN が一致しません。何も変更していません。</translation>
    </message>
    <message>
      <source>error: {message}</source>
      <translation>エラー：{message}</translation>
    </message>
    <message>
      <source>error: {message}{where}</source>
      <translation>エラー：{message}{where}</translation>
    </message>
    <message>
      <source>error: {peer} holds no event “{event}”.</source>
      <translation>エラー：{peer} にイベント「{event}」はありません。</translation>
    </message>
    <message>
      <source>error: {reason} Nothing changed.</source>
      <translation>エラー：{reason} 何も変更していません。</translation>
    </message>
    <message>
      <source>eu-west-1</source>
      <translation>eu-west-1</translation>
    </message>
    <message>
      <source>event best</source>
      <translation>イベントベスト</translation>
    </message>
    <message>
      <source>event best {time}</source>
      <translation>イベントベスト {time}</translation>
    </message>
    <message>
      <source>event id or exact name</source>
      <translation>イベント ID または正確な名前</translation>
    </message>
    <message>
      <source>event id or exact name (default: the current event)</source>
      <translation>イベント ID または正確な名前（既定：現在のイベント）</translation>
    </message>
    <message>
      <source>event ids or exact names</source>
      <translation>イベント ID または正確な名前</translation>
    </message>
    <message>
      <source>event {e}: the bucket lacks changes of laptop {o}</source>
      <translation>イベント {e}：バケットにノート PC {o} の変更が不足しています</translation>
    </message>
    <message>
      <source>event {e}: this laptop lacks changes of laptop {o}</source>
      <translation>イベント {e}：このノート PC にノート PC {o} の変更が不足しています</translation>
    </message>
    <message>
      <source>eventId {id} appears twice.</source>
      <translation>eventId {id} が 2 回出現します。</translation>
    </message>
    <message>
      <source>events.json event {source}: an event named “{name}” already exists here and was not imported from this bundle. Rename one of them first.</source>
      <translation>events.json のイベント {source}：「{name}」という名前のイベントがすでにここにあり、このバンドルからインポートされたものではありません。先にどちらかの名前を変えてください。</translation>
    </message>
    <message>
      <source>exit status {n}</source>
      <translation>終了ステータス {n}</translation>
    </message>
    <message>
      <source>expected a list of races.</source>
      <translation>レースのリストが必要です。</translation>
    </message>
    <message>
      <source>extra run allowed because</source>
      <translation>追加走行の許可理由</translation>
    </message>
    <message>
      <source>extra run: {reason}</source>
      <translation>追加走行：{reason}</translation>
    </message>
    <message>
      <source>fastest lap</source>
      <translation>最速ラップ</translation>
    </message>
    <message>
      <source>fastest or average (default: the event's ranking)</source>
      <translation>fastest または average（既定：イベントの順位付け）</translation>
    </message>
    <message>
      <source>fetch logs</source>
      <translation>ログを取得</translation>
    </message>
    <message>
      <source>fetching logs</source>
      <translation>ログを取得中</translation>
    </message>
    <message>
      <source>fields a plain archive leaves empty are filled</source>
      <translation>通常のアーカイブで空の項目を補完しました</translation>
    </message>
    <message>
      <source>file them under this racer instead of “Sample models”</source>
      <translation>「サンプルモデル」ではなくこのレーサーの下に登録する</translation>
    </message>
    <message>
      <source>file to write, or a folder for it</source>
      <translation>書き出すファイル、またはそのフォルダー</translation>
    </message>
    <message>
      <source>finish a command in time</source>
      <translation>コマンドを時間内に終える</translation>
    </message>
    <message>
      <source>finished in place {rank} of {n}</source>
      <translation>{n} 人中 {rank} 位でフィニッシュ</translation>
    </message>
    <message>
      <source>firmware {version}</source>
      <translation>ファームウェア {version}</translation>
    </message>
    <message>
      <source>fleetId {id} appears twice.</source>
      <translation>fleetId {id} が 2 回出現します。</translation>
    </message>
    <message>
      <source>format must be fastest or average.</source>
      <translation>format は fastest か average でなければなりません。</translation>
    </message>
    <message>
      <source>frame too long</source>
      <translation>フレームが長すぎます</translation>
    </message>
    <message>
      <source>get an event with all its runs, laps, racers and models from the bucket or a paired laptop</source>
      <translation>バケットまたはペアリング済みのノート PC から、走行・ラップ・レーサー・モデルをすべて含むイベントを取得</translation>
    </message>
    <message>
      <source>heartbeat field out of range</source>
      <translation>heartbeat 欄が範囲外です</translation>
    </message>
    <message>
      <source>highlight colour, e.g. blue or #1e90ff</source>
      <translation>ハイライト色（例：blue または #1e90ff）</translation>
    </message>
    <message>
      <source>how long the cable stays out (default 2 s)</source>
      <translation>ケーブルを外しておく時間（既定 2 秒）</translation>
    </message>
    <message>
      <source>how the other laptops list this one</source>
      <translation>他のノート PC にこのノート PC が表示される名前</translation>
    </message>
    <message>
      <source>http://192.168.1.20:8080/leaderboard</source>
      <translation>http://192.168.1.20:8080/leaderboard</translation>
    </message>
    <message>
      <source>http://{value}:{value2}/leaderboard</source>
      <translation>http://{value}:{value2}/leaderboard</translation>
    </message>
    <message>
      <source>import a cloud DREM export bundle folder</source>
      <translation>クラウド版 DREM のエクスポートバンドルのフォルダーをインポート</translation>
    </message>
    <message>
      <source>import a folder of model archives (default owner: Sample models)</source>
      <translation>モデルアーカイブのフォルダーをインポート（既定の所有者：サンプルモデル）</translation>
    </message>
    <message>
      <source>install the model</source>
      <translation>モデルをインストール</translation>
    </message>
    <message>
      <source>installed</source>
      <translation>インストール済み</translation>
    </message>
    <message>
      <source>installing</source>
      <translation>インストール中</translation>
    </message>
    <message>
      <source>invalid</source>
      <translation>無効</translation>
    </message>
    <message>
      <source>it does not end with a whole line</source>
      <translation>完全な行で終わっていません</translation>
    </message>
    <message>
      <source>it has bytes after its end</source>
      <translation>終わりの後にバイトがあります</translation>
    </message>
    <message>
      <source>it has no SSH credentials and no web console password saved; add one in Cars → {car}.</source>
      <translation>SSH の認証情報も Web コンソールのパスワードも保存されていません。「車両 → {car}」で追加してください。</translation>
    </message>
    <message>
      <source>it holds {n} changes but its header says {count}</source>
      <translation>変更が {n} 件ありますが、ヘッダーでは {count} 件です</translation>
    </message>
    <message>
      <source>it is cut short (incomplete download or upload)</source>
      <translation>途中で切れています（ダウンロードまたはアップロードが不完全）</translation>
    </message>
    <message>
      <source>it is empty</source>
      <translation>空です</translation>
    </message>
    <message>
      <source>it is larger than {n} MiB unpacked</source>
      <translation>展開すると {n} MiB を超えます</translation>
    </message>
    <message>
      <source>it is not a DREM Desktop sync answer (or from a newer version)</source>
      <translation>DREM Desktop の同期応答ではありません（または新しいバージョンのものです）</translation>
    </message>
    <message>
      <source>it is not a DREM Desktop sync segment (or from a newer version)</source>
      <translation>DREM Desktop の同期セグメントではありません（または新しいバージョンのものです）</translation>
    </message>
    <message>
      <source>it is not a gzip file, or it is damaged</source>
      <translation>gzip ファイルではないか、破損しています</translation>
    </message>
    <message>
      <source>its checksum does not match</source>
      <translation>チェックサムが一致しません</translation>
    </message>
    <message>
      <source>its eventId {id} is not the event it is listed under.</source>
      <translation>eventId {id} が、記載されているイベントと一致しません。</translation>
    </message>
    <message>
      <source>its header does not match its name</source>
      <translation>ヘッダーが名前と一致しません</translation>
    </message>
    <message>
      <source>its header has a cursor that is not one</source>
      <translation>ヘッダーに不正なカーソルがあります</translation>
    </message>
    <message>
      <source>its header has no cursors</source>
      <translation>ヘッダーにカーソルがありません</translation>
    </message>
    <message>
      <source>its header has no valid count</source>
      <translation>ヘッダーに有効な件数がありません</translation>
    </message>
    <message>
      <source>its header has no valid range of change numbers</source>
      <translation>ヘッダーに有効な変更番号の範囲がありません</translation>
    </message>
    <message>
      <source>its header names no event or laptop</source>
      <translation>ヘッダーにイベントもノート PC も記載されていません</translation>
    </message>
    <message>
      <source>its id is not the row's id</source>
      <translation>ID が行の ID ではありません</translation>
    </message>
    <message>
      <source>its pax size is not a number</source>
      <translation>pax のサイズが数値ではありません</translation>
    </message>
    <message>
      <source>its {what} is not UTF-8 text</source>
      <translation>{what} が UTF-8 テキストではありません</translation>
    </message>
    <message>
      <source>its {what} is not a number</source>
      <translation>{what} が数値ではありません</translation>
    </message>
    <message>
      <source>kept in the system keyring</source>
      <translation>システムのキーリングに保存</translation>
    </message>
    <message>
      <source>lap count</source>
      <translation>周回数</translation>
    </message>
    <message>
      <source>lap count: {n} laps</source>
      <translation>周回数：{n} ラップ</translation>
    </message>
    <message>
      <source>lap field out of range</source>
      <translation>lap 欄が範囲外です</translation>
    </message>
    <message>
      <source>lap time</source>
      <translation>ラップタイム</translation>
    </message>
    <message>
      <source>lap without a usable timestamp</source>
      <translation>使えるタイムスタンプのないラップ</translation>
    </message>
    <message>
      <source>lap {n} / {target}</source>
      <translation>ラップ {n} / {target}</translation>
    </message>
    <message>
      <source>lap {n}: seq={seq} ms={ms}{note}</source>
      <translation>ラップ {n}：seq={seq} ms={ms}{note}</translation>
    </message>
    <message>
      <source>lap {n}: timestamp={ts} clients={c}</source>
      <translation>ラップ {n}：timestamp={ts} clients={c}</translation>
    </message>
    <message>
      <source>lapId {n} appears twice.</source>
      <translation>lapId {n} が 2 回出現します。</translation>
    </message>
    <message>
      <source>laps to finish (lap_count format)</source>
      <translation>ゴールまでのラップ数（lap_count 形式）</translation>
    </message>
    <message>
      <source>laptop</source>
      <translation>ノート PC</translation>
    </message>
    <message>
      <source>laptop {id}</source>
      <translation>ノート PC {id}</translation>
    </message>
    <message>
      <source>laptop {name}</source>
      <translation>ノート PC {name}</translation>
    </message>
    <message>
      <source>larger than 512 MB; this is not an export bundle file.</source>
      <translation>512 MB を超えています。エクスポートバンドルのファイルではありません。</translation>
    </message>
    <message>
      <source>lidar_config must be a JSON object when present.</source>
      <translation>lidar_config がある場合は JSON オブジェクトでなければなりません。</translation>
    </message>
    <message>
      <source>line format: drem (our protocol), json (Pi timer JSON), lines (one line per lap)</source>
      <translation>行形式：drem（独自プロトコル）、json（Pi タイマーの JSON）、lines（1 ラップ 1 行）</translation>
    </message>
    <message>
      <source>line too long</source>
      <translation>行が長すぎます</translation>
    </message>
    <message>
      <source>line {n} is not JSON</source>
      <translation>{n} 行目が JSON ではありません</translation>
    </message>
    <message>
      <source>line {n} is too long</source>
      <translation>{n} 行目が長すぎます</translation>
    </message>
    <message>
      <source>line {n}: a change beyond what the answer claims</source>
      <translation>{n} 行目：応答が示す範囲を超えた変更</translation>
    </message>
    <message>
      <source>line {n}: a change of another event</source>
      <translation>{n} 行目：別のイベントの変更</translation>
    </message>
    <message>
      <source>line {n}: a change of another laptop</source>
      <translation>{n} 行目：別のノート PC の変更</translation>
    </message>
    <message>
      <source>line {n}: change number {seq} is out of order</source>
      <translation>{n} 行目：変更番号 {seq} の順序が正しくありません</translation>
    </message>
    <message>
      <source>line {n}: {problem}</source>
      <translation>{n} 行目：{problem}</translation>
    </message>
    <message>
      <source>link</source>
      <translation>リンク</translation>
    </message>
    <message>
      <source>list events</source>
      <translation>イベントを一覧表示</translation>
    </message>
    <message>
      <source>list its logs</source>
      <translation>ログを一覧表示</translation>
    </message>
    <message>
      <source>list its models</source>
      <translation>モデルを一覧表示</translation>
    </message>
    <message>
      <source>list racers</source>
      <translation>レーサーを一覧表示</translation>
    </message>
    <message>
      <source>list the paired laptops</source>
      <translation>ペアリング済みのノート PC を一覧表示</translation>
    </message>
    <message>
      <source>load model</source>
      <translation>モデルをロード</translation>
    </message>
    <message>
      <source>load the model</source>
      <translation>モデルのロード</translation>
    </message>
    <message>
      <source>loading onto {car}</source>
      <translation>{car} にロード中</translation>
    </message>
    <message>
      <source>loading{pct} onto {car} ({stage})</source>
      <translation>{car} にロード中{pct}（{stage}）</translation>
    </message>
    <message>
      <source>log in over SSH</source>
      <translation>SSH でのログイン</translation>
    </message>
    <message>
      <source>logs fetched</source>
      <translation>ログを取得しました</translation>
    </message>
    <message>
      <source>long name</source>
      <translation>長い名前</translation>
    </message>
    <message>
      <source>malformed checksum</source>
      <translation>不正なチェックサム</translation>
    </message>
    <message>
      <source>manual</source>
      <translation>キー</translation>
    </message>
    <message>
      <source>mean lap time in seconds (default 12)</source>
      <translation>平均ラップタイム（秒、既定 12）</translation>
    </message>
    <message>
      <source>measure its logs</source>
      <translation>ログのサイズ計測</translation>
    </message>
    <message>
      <source>metadata the car would refuse</source>
      <translation>車両が拒否するメタデータ</translation>
    </message>
    <message>
      <source>minimum lap time in seconds (debounce)</source>
      <translation>最短ラップタイム（秒、チャタリング防止）</translation>
    </message>
    <message>
      <source>minutes:seconds, empty = no limit</source>
      <translation>分:秒、空欄 = 制限なし</translation>
    </message>
    <message>
      <source>minutes; 0 for no limit (default 3)</source>
      <translation>分。0 で制限なし（既定 3）</translation>
    </message>
    <message>
      <source>mode</source>
      <translation>モード</translation>
    </message>
    <message>
      <source>model file “{v}” is not a path in the model library</source>
      <translation>モデルファイル「{v}」はモデルライブラリ内のパスではありません</translation>
    </message>
    <message>
      <source>model_metadata.json has no action_space.</source>
      <translation>model_metadata.json に action_space がありません。</translation>
    </message>
    <message>
      <source>model_metadata.json is larger than 1 MB; a real one is a few kilobytes.</source>
      <translation>model_metadata.json が 1 MB を超えています。本物は数 KB です。</translation>
    </message>
    <message>
      <source>model_metadata.json is missing at the top of the archive.</source>
      <translation>アーカイブの最上位に model_metadata.json がありません。</translation>
    </message>
    <message>
      <source>model_metadata.json is not UTF-8 text.</source>
      <translation>model_metadata.json が UTF-8 テキストではありません。</translation>
    </message>
    <message>
      <source>model_metadata.json is not valid JSON ({error}).</source>
      <translation>model_metadata.json が有効な JSON ではありません（{error}）。</translation>
    </message>
    <message>
      <source>model_metadata.json must hold a JSON object (curly braces) at the top.</source>
      <translation>model_metadata.json の最上位は JSON オブジェクト（波かっこ）でなければなりません。</translation>
    </message>
    <message>
      <source>models: {up} up, {down} down</source>
      <translation>モデル：{up} 件送信、{down} 件受信</translation>
    </message>
    <message>
      <source>name</source>
      <translation>名前</translation>
    </message>
    <message>
      <source>nested too deeply to be an export bundle file.</source>
      <translation>入れ子が深すぎて、エクスポートバンドルのファイルではありません。</translation>
    </message>
    <message>
      <source>never</source>
      <translation>なし</translation>
    </message>
    <message>
      <source>new fleet, e.g. Booth A</source>
      <translation>新しいフリート（例：ブース A）</translation>
    </message>
    <message>
      <source>new folder for the bundle</source>
      <translation>バンドル用の新しいフォルダー</translation>
    </message>
    <message>
      <source>new on the board</source>
      <translation>初登場</translation>
    </message>
    <message>
      <source>no</source>
      <translation>いいえ</translation>
    </message>
    <message>
      <source>no CSRF token on the page: is this a DeepRacer car?</source>
      <translation>ページに CSRF トークンがありません：DeepRacer の車両ですか？</translation>
    </message>
    <message>
      <source>no PIN: the tablet page refuses everyone</source>
      <translation>PIN なし：タブレットページは誰も受け付けません</translation>
    </message>
    <message>
      <source>no answer</source>
      <translation>応答なし</translation>
    </message>
    <message>
      <source>no answer at {host}</source>
      <translation>{host} から応答なし</translation>
    </message>
    <message>
      <source>no answer for {s:.0f} s</source>
      <translation>{s:.0f} 秒間応答なし</translation>
    </message>
    <message>
      <source>no car yet</source>
      <translation>まだ車両なし</translation>
    </message>
    <message>
      <source>no change</source>
      <translation>変動なし</translation>
    </message>
    <message>
      <source>no checksum</source>
      <translation>チェックサムなし</translation>
    </message>
    <message>
      <source>no colour</source>
      <translation>色なし</translation>
    </message>
    <message>
      <source>no details</source>
      <translation>詳細なし</translation>
    </message>
    <message>
      <source>no lap</source>
      <translation>ラップなし</translation>
    </message>
    <message>
      <source>no limit</source>
      <translation>制限なし</translation>
    </message>
    <message>
      <source>no logo (a PNG or JPEG file)</source>
      <translation>ロゴなし（PNG または JPEG ファイル）</translation>
    </message>
    <message>
      <source>no logs for {model} since the run started</source>
      <translation>走行開始以降の {model} のログはありません</translation>
    </message>
    <message>
      <source>no model in the library for this racer: add one on the Models page</source>
      <translation>このレーサーのモデルがライブラリにありません：モデルページで追加してください</translation>
    </message>
    <message>
      <source>no network</source>
      <translation>ネットワークなし</translation>
    </message>
    <message>
      <source>no password saved: battery unknown</source>
      <translation>パスワード未保存：バッテリー不明</translation>
    </message>
    <message>
      <source>no time limit</source>
      <translation>時間制限なし</translation>
    </message>
    <message>
      <source>no valid lap</source>
      <translation>有効ラップなし</translation>
    </message>
    <message>
      <source>no {n}-lap average yet</source>
      <translation>{n} ラップ平均はまだありません</translation>
    </message>
    <message>
      <source>none</source>
      <translation>なし</translation>
    </message>
    <message>
      <source>not ASCII</source>
      <translation>ASCII ではありません</translation>
    </message>
    <message>
      <source>not JSON</source>
      <translation>JSON ではありません</translation>
    </message>
    <message>
      <source>not a DREM sensor line</source>
      <translation>DREM センサーの行ではありません</translation>
    </message>
    <message>
      <source>not a JSON object.</source>
      <translation>JSON オブジェクトではありません。</translation>
    </message>
    <message>
      <source>not connected</source>
      <translation>未接続</translation>
    </message>
    <message>
      <source>not found on the network yet</source>
      <translation>まだネットワーク上で見つかっていません</translation>
    </message>
    <message>
      <source>not looked up again yet</source>
      <translation>まだ再検索していません</translation>
    </message>
    <message>
      <source>not reached yet</source>
      <translation>まだ到達していません</translation>
    </message>
    <message>
      <source>not the model its fingerprint says; not kept</source>
      <translation>フィンガープリントが示すモデルではありません。保存しません</translation>
    </message>
    <message>
      <source>number of strips/beams on the line (default 2)</source>
      <translation>ライン上のストリップ／ビームの数（既定 2）</translation>
    </message>
    <message>
      <source>of {n}</source>
      <translation>/ {n}</translation>
    </message>
    <message>
      <source>offline</source>
      <translation>オフライン</translation>
    </message>
    <message>
      <source>offline (seen {n} min ago)</source>
      <translation>オフライン（{n} 分前に確認）</translation>
    </message>
    <message>
      <source>old firmware (XOR checksum, misses some damaged lines): flash firmware 1.1</source>
      <translation>古いファームウェア（XOR チェックサムのため一部の破損行を見逃します）: ファームウェア 1.1 を書き込んでください</translation>
    </message>
    <message>
      <source>old-style checksum from a sensor that sends CRC lines</source>
      <translation>CRC 行を送るセンサーからの旧形式のチェックサム</translation>
    </message>
    <message>
      <source>one minute</source>
      <translation>1 分</translation>
    </message>
    <message>
      <source>one push and pull; exit 0 when the bucket and this laptop agree</source>
      <translation>送信と取得を 1 回ずつ。バケットとこのノート PC が一致すれば終了コード 0</translation>
    </message>
    <message>
      <source>online</source>
      <translation>オンライン</translation>
    </message>
    <message>
      <source>only for lap count</source>
      <translation>周回数形式のみ</translation>
    </message>
    <message>
      <source>only this event (id or exact name)</source>
      <translation>このイベントのみ（ID または正確な名前）</translation>
    </message>
    <message>
      <source>pack an event into one .dremz file</source>
      <translation>イベントを 1 つの .dremz ファイルにまとめる</translation>
    </message>
    <message>
      <source>pack its logs</source>
      <translation>ログをまとめる</translation>
    </message>
    <message>
      <source>pair with another laptop for LAN sync</source>
      <translation>LAN 同期のために別のノート PC とペアリング</translation>
    </message>
    <message>
      <source>paired</source>
      <translation>ペアリング済み</translation>
    </message>
    <message>
      <source>pause</source>
      <translation>一時停止</translation>
    </message>
    <message>
      <source>paused</source>
      <translation>一時停止中</translation>
    </message>
    <message>
      <source>pax key</source>
      <translation>pax キー</translation>
    </message>
    <message>
      <source>pax value</source>
      <translation>pax 値</translation>
    </message>
    <message>
      <source>personal best</source>
      <translation>自己ベスト</translation>
    </message>
    <message>
      <source>pre-load fleet {name}</source>
      <translation>フリート {name} を事前ロード</translation>
    </message>
    <message>
      <source>prepare the car</source>
      <translation>車両の準備</translation>
    </message>
    <message>
      <source>print an event's leaderboard</source>
      <translation>イベントのリーダーボードを表示</translation>
    </message>
    <message>
      <source>probability of a line of noise after a lap (default 0)</source>
      <translation>ラップ後にノイズ行が入る確率（既定 0）</translation>
    </message>
    <message>
      <source>probability that a car also triggers the second strip (default 0)</source>
      <translation>車両が 2 本目のストリップも反応させる確率（既定 0）</translation>
    </message>
    <message>
      <source>probability that a lap line is lost on the wire (default 0)</source>
      <translation>ラップ行が途中で失われる確率（既定 0）</translation>
    </message>
    <message>
      <source>publish its network name</source>
      <translation>ネットワーク名を公開</translation>
    </message>
    <message>
      <source>published on the network as {name}</source>
      <translation>ネットワーク上で {name} として公開中</translation>
    </message>
    <message>
      <source>pull the cable every S seconds (needs --link; default never)</source>
      <translation>S 秒ごとにケーブルを抜く（--link が必要。既定は抜かない）</translation>
    </message>
    <message>
      <source>pulled {n} ({kb} kB)</source>
      <translation>{n} 件取得（{kb} kB）</translation>
    </message>
    <message>
      <source>push model</source>
      <translation>モデルを送信</translation>
    </message>
    <message>
      <source>pushed {n} segment(s) ({kb} kB)</source>
      <translation>{n} セグメント送信（{kb} kB）</translation>
    </message>
    <message>
      <source>put this racer on the track (registered if new); runs submit when over</source>
      <translation>このレーサーをトラックに出す（新規なら登録）。走行は終了時に確定</translation>
    </message>
    <message>
      <source>race configuration: {error}</source>
      <translation>レース設定：{error}</translation>
    </message>
    <message>
      <source>race over</source>
      <translation>レース終了</translation>
    </message>
    <message>
      <source>race over: submit</source>
      <translation>レース終了：確定</translation>
    </message>
    <message>
      <source>raceId {id} appears twice.</source>
      <translation>raceId {id} が 2 回出現します。</translation>
    </message>
    <message>
      <source>raced by proxy</source>
      <translation>代理走行</translation>
    </message>
    <message>
      <source>races.json: races for event “{event}”, which events.json does not have.</source>
      <translation>races.json：events.json にないイベント「{event}」のレースがあります。</translation>
    </message>
    <message>
      <source>random seed, for a repeatable session</source>
      <translation>乱数シード（セッションを再現するため）</translation>
    </message>
    <message>
      <source>read status</source>
      <translation>状態の読み取り</translation>
    </message>
    <message>
      <source>read the PIN from standard input (scripts)</source>
      <translation>PIN を標準入力から読む（スクリプト用）</translation>
    </message>
    <message>
      <source>ready on {car}</source>
      <translation>{car} で準備完了</translation>
    </message>
    <message>
      <source>ready to start</source>
      <translation>開始準備完了</translation>
    </message>
    <message>
      <source>record a DNF</source>
      <translation>DNF を記録</translation>
    </message>
    <message>
      <source>refused: {segment}</source>
      <translation>拒否：{segment}</translation>
    </message>
    <message>
      <source>register a racer</source>
      <translation>レーサーを登録</translation>
    </message>
    <message>
      <source>register and list racers</source>
      <translation>レーサーを登録・一覧表示</translation>
    </message>
    <message>
      <source>remember --bucket and its options as this laptop's</source>
      <translation>--bucket とそのオプションをこのノート PC の設定として記憶</translation>
    </message>
    <message>
      <source>report its status</source>
      <translation>状態の報告</translation>
    </message>
    <message>
      <source>reset {resets}{of_allowed}</source>
      <translation>リセット {resets}{of_allowed}</translation>
    </message>
    <message>
      <source>resets</source>
      <translation>リセット</translation>
    </message>
    <message>
      <source>resets allowed per lap, or unlimited</source>
      <translation>1 ラップあたりの許容リセット数、または unlimited</translation>
    </message>
    <message>
      <source>restart the car software</source>
      <translation>車両のソフトウェアを再起動</translation>
    </message>
    <message>
      <source>restored</source>
      <translation>復元</translation>
    </message>
    <message>
      <source>resume</source>
      <translation>再開</translation>
    </message>
    <message>
      <source>resumed</source>
      <translation>再開</translation>
    </message>
    <message>
      <source>rows/event.json: an archive holds exactly one event.</source>
      <translation>rows/event.json：アーカイブにはイベントがちょうど 1 つ含まれます。</translation>
    </message>
    <message>
      <source>run timing and the LAN pages with no window</source>
      <translation>ウィンドウなしで計時と LAN ページを実行</translation>
    </message>
    <message>
      <source>run {state}</source>
      <translation>走行{state}</translation>
    </message>
    <message>
      <source>running</source>
      <translation>走行中</translation>
    </message>
    <message>
      <source>runs per racer, or unlimited</source>
      <translation>レーサーごとの走行回数、または unlimited</translation>
    </message>
    <message>
      <source>runs {runs}</source>
      <translation>走行 {runs}</translation>
    </message>
    <message>
      <source>s3://BUCKET/PREFIX (default: the bucket set in Settings → Sync)</source>
      <translation>s3://BUCKET/PREFIX（既定：「設定 → 同期」で設定したバケット）</translation>
    </message>
    <message>
      <source>s3://my-club-bucket/deepracer</source>
      <translation>s3://my-club-bucket/deepracer</translation>
    </message>
    <message>
      <source>saved (type to replace)</source>
      <translation>保存済み（入力すると置き換え）</translation>
    </message>
    <message>
      <source>scroll must be page, smooth or off.</source>
      <translation>scroll は page、smooth または off でなければなりません。</translation>
    </message>
    <message>
      <source>seconds</source>
      <translation>秒</translation>
    </message>
    <message>
      <source>see the log</source>
      <translation>ログを参照</translation>
    </message>
    <message>
      <source>see the log at {path}</source>
      <translation>{path} のログを参照</translation>
    </message>
    <message>
      <source>sending</source>
      <translation>送信中</translation>
    </message>
    <message>
      <source>sensor</source>
      <translation>センサー</translation>
    </message>
    <message>
      <source>sensor clock drift in ppm (default 0)</source>
      <translation>センサーの時計のずれ（ppm、既定 0）</translation>
    </message>
    <message>
      <source>sensor jumped from trigger #{last} to #{to}: logged, not trusted</source>
      <translation>センサーのトリガーが #{last} から #{to} に飛びました: ログに記録、信頼せず</translation>
    </message>
    <message>
      <source>sensor missed {n} trigger(s): check the run</source>
      <translation>センサーがトリガーを {n} 回取りこぼしました：走行を確認してください</translation>
    </message>
    <message>
      <source>sensor: {n} trigger(s) missed while the app was closed: check the run</source>
      <translation>センサー: アプリが閉じている間に {n} 件のトリガーを取りこぼしました。走行を確認してください</translation>
    </message>
    <message>
      <source>serve the DREM Pi timer WebSocket protocol on PORT instead of a terminal</source>
      <translation>端末の代わりに PORT で DREM Pi タイマーの WebSocket プロトコルを提供</translation>
    </message>
    <message>
      <source>set the operator PIN of the tablet timekeeper (/tablet)</source>
      <translation>タブレットタイムキーパー（/tablet）のオペレーター PIN を設定</translation>
    </message>
    <message>
      <source>set the tail light</source>
      <translation>テールライトの設定</translation>
    </message>
    <message>
      <source>show a code another laptop can pair with</source>
      <translation>別のノート PC がペアリングに使うコードを表示</translation>
    </message>
    <message>
      <source>show its login page</source>
      <translation>ログインページの表示</translation>
    </message>
    <message>
      <source>size</source>
      <translation>サイズ</translation>
    </message>
    <message>
      <source>source</source>
      <translation>ソース</translation>
    </message>
    <message>
      <source>speedy
rocket, Rocket Racer, DE
…</source>
      <translation>speedy
rocket, Rocket Racer, JP
…</translation>
    </message>
    <message>
      <source>sponsored by {sponsor}</source>
      <translation>協賛：{sponsor}</translation>
    </message>
    <message>
      <source>standard deviation of lap times in seconds</source>
      <translation>ラップタイムの標準偏差（秒）</translation>
    </message>
    <message>
      <source>start</source>
      <translation>開始</translation>
    </message>
    <message>
      <source>started</source>
      <translation>開始</translation>
    </message>
    <message>
      <source>starting</source>
      <translation>開始中</translation>
    </message>
    <message>
      <source>state</source>
      <translation>状態</translation>
    </message>
    <message>
      <source>still loading after {s:.0f} s</source>
      <translation>{s:.0f} 秒経ってもロード中</translation>
    </message>
    <message>
      <source>stop</source>
      <translation>停止</translation>
    </message>
    <message>
      <source>stop after this many laps (0: run until Ctrl-C)</source>
      <translation>この周回数で停止（0：Ctrl-C まで続ける）</translation>
    </message>
    <message>
      <source>stop logging</source>
      <translation>ログ記録の停止</translation>
    </message>
    <message>
      <source>stopped</source>
      <translation>停止済み</translation>
    </message>
    <message>
      <source>stopping the car's logging</source>
      <translation>車両のログ記録を停止中</translation>
    </message>
    <message>
      <source>sub {sub} belongs to two users.</source>
      <translation>sub {sub} が 2 人のユーザーに属しています。</translation>
    </message>
    <message>
      <source>submit</source>
      <translation>確定</translation>
    </message>
    <message>
      <source>switch to autonomous mode</source>
      <translation>自律モードへの切り替え</translation>
    </message>
    <message>
      <source>sync this laptop's events with the bucket (push, then pull)</source>
      <translation>このノート PC のイベントをバケットと同期（送信してから取得）</translation>
    </message>
    <message>
      <source>sync: {message}</source>
      <translation>同期：{message}</translation>
    </message>
    <message>
      <source>tail light set</source>
      <translation>テールライトを設定しました</translation>
    </message>
    <message>
      <source>tail light {colour}</source>
      <translation>テールライト {colour}</translation>
    </message>
    <message>
      <source>take the new name</source>
      <translation>新しい名前の適用</translation>
    </message>
    <message>
      <source>the .dremz file to write (or a folder)</source>
      <translation>書き出す .dremz ファイル（またはフォルダー）</translation>
    </message>
    <message>
      <source>the 6-digit code it shows</source>
      <translation>表示されている 6 桁のコード</translation>
    </message>
    <message>
      <source>the 6-digit code that laptop shows (with --peer)</source>
      <translation>そのノート PC に表示された 6 桁のコード（--peer と併用）</translation>
    </message>
    <message>
      <source>the bucket's region</source>
      <translation>バケットのリージョン</translation>
    </message>
    <message>
      <source>the car accepted {folder} but could not load it (its load status went to error): the model may be damaged. Restart the car's software (Cars → Restart) and load again, or choose another model.</source>
      <translation>車両は {folder} を受け取りましたがロードできませんでした（ロード状態が error になりました）：モデルが破損している可能性があります。車両のソフトウェアを再起動して（車両 → 再起動）もう一度ロードするか、別のモデルを選んでください。</translation>
    </message>
    <message>
      <source>the car could not read its own sensors. Restart the car's software (Cars → Restart) and load again.</source>
      <translation>車両が自身のセンサーを読めませんでした。車両のソフトウェアを再起動して（車両 → 再起動）もう一度ロードしてください。</translation>
    </message>
    <message>
      <source>the car could not set up its LiDAR with the model's LiDAR settings. Check the LiDAR cable, then load again.</source>
      <translation>車両がモデルの LiDAR 設定で LiDAR を構成できませんでした。LiDAR のケーブルを確認してから、もう一度ロードしてください。</translation>
    </message>
    <message>
      <source>the car did not list the new copy of {folder} within {s:.0f} s of the upload; check its free space, or push over SSH.</source>
      <translation>アップロード後 {s:.0f} 秒以内に、車両が {folder} の新しいコピーを一覧に出しませんでした。空き容量を確認するか、SSH で送信してください。</translation>
    </message>
    <message>
      <source>the car gave no reason. Open the car's console to see why, then load again.</source>
      <translation>車両は理由を返しませんでした。車両のコンソールを開いて理由を確認してから、もう一度ロードしてください。</translation>
    </message>
    <message>
      <source>the car gave the reason below. Fix that on the car, then load again.</source>
      <translation>車両は下記の理由を返しました。車両側で対処してから、もう一度ロードしてください。</translation>
    </message>
    <message>
      <source>the car received {folder} and finished installing, but does not list it: it could not install the archive, or will not offer it (it needs exactly one .pb and a model_metadata.json it accepts). Check the model, or push it over SSH.</source>
      <translation>車両は {folder} を受け取りインストールを終えましたが、一覧に出しません：アーカイブをインストールできなかったか、提供を拒否しています（.pb がちょうど 1 つと、受け付けられる model_metadata.json が必要です）。モデルを確認するか、SSH で送信してください。</translation>
    </message>
    <message>
      <source>the car refused the file ("{message}").</source>
      <translation>車両がファイルを拒否しました（「{message}」）。</translation>
    </message>
    <message>
      <source>the car's control software did not take the model. Restart the car's software (Cars → Restart) and load again.</source>
      <translation>車両の制御ソフトウェアがモデルを受け取りませんでした。車両のソフトウェアを再起動して（車両 → 再起動）もう一度ロードしてください。</translation>
    </message>
    <message>
      <source>the laptop id is not an id</source>
      <translation>ノート PC の ID が ID ではありません</translation>
    </message>
    <message>
      <source>the model arrived damaged (checksum differs); retry the push.</source>
      <translation>モデルが破損して届きました（チェックサム不一致）。もう一度送信してください。</translation>
    </message>
    <message>
      <source>the model arrived incomplete</source>
      <translation>モデルが不完全な状態で届きました</translation>
    </message>
    <message>
      <source>the model drives with the {sensors}, and the car does not see it connected. Connect it (or choose a model trained for the sensors this car has) and load again.</source>
      <translation>モデルは{sensors}で走行しますが、車両はその接続を認識していません。接続して（またはこの車両のセンサー用に学習したモデルを選んで）もう一度ロードしてください。</translation>
    </message>
    <message>
      <source>the model is not ready on the car: it is still being installed, or its install failed. Wait a few seconds and load again; if it keeps failing, send the model to the car again.</source>
      <translation>モデルは車両上でまだ準備ができていません：インストール中か、インストールに失敗しました。数秒待ってもう一度ロードしてください。失敗が続く場合はモデルを車両に送り直してください。</translation>
    </message>
    <message>
      <source>the model is on the car, but loading it needs the car's web console password; save it in Cars → {car} or select the model on the car.</source>
      <translation>モデルは車両にありますが、ロードには車両の Web コンソールのパスワードが必要です。「車両 → {car}」で保存するか、車両側でモデルを選んでください。</translation>
    </message>
    <message>
      <source>the model was trained with a sensor this car does not have (a simulation-only sensor, for example). Choose a model trained for this car's sensors.</source>
      <translation>このモデルは、この車両にないセンサー（例えばシミュレーション専用のセンサー）で学習されています。この車両のセンサー用に学習したモデルを選んでください。</translation>
    </message>
    <message>
      <source>the model's folder on the car has no model_metadata.json. Send the model to the car again.</source>
      <translation>車両上のモデルフォルダーに model_metadata.json がありません。モデルを車両に送り直してください。</translation>
    </message>
    <message>
      <source>the model's model_metadata.json is not one the car accepts. Ask the racer for the model as exported from the DeepRacer console, then load it again.</source>
      <translation>モデルの model_metadata.json は車両が受け付けるものではありません。DeepRacer コンソールからエクスポートしたままのモデルをレーサーに依頼し、もう一度ロードしてください。</translation>
    </message>
    <message>
      <source>the new code, 4 to 20 letters, digits or dashes (default: a new random one)</source>
      <translation>新しいコード、4～20 文字の英字、数字、ハイフン（既定：新しいランダムなコード）</translation>
    </message>
    <message>
      <source>the other value holds</source>
      <translation>相手側の値</translation>
    </message>
    <message>
      <source>the racer</source>
      <translation>レーサー</translation>
    </message>
    <message>
      <source>the unpacked bundle folder (events.json, races.json…)</source>
      <translation>展開したバンドルのフォルダー（events.json、races.json…）</translation>
    </message>
    <message>
      <source>this laptop</source>
      <translation>このノート PC</translation>
    </message>
    <message>
      <source>this laptop's address</source>
      <translation>このノート PC のアドレス</translation>
    </message>
    <message>
      <source>this needs SSH: enable SSH on the car's console and save its SSH password in Cars → {car}.</source>
      <translation>これには SSH が必要です：車両のコンソールで SSH を有効にし、SSH パスワードを「車両 → {car}」で保存してください。</translation>
    </message>
    <message>
      <source>this value holds</source>
      <translation>こちらの値</translation>
    </message>
    <message>
      <source>time</source>
      <translation>タイム</translation>
    </message>
    <message>
      <source>time trial</source>
      <translation>タイムトライアル</translation>
    </message>
    <message>
      <source>too many extended headers in a row</source>
      <translation>拡張ヘッダーが連続しすぎています</translation>
    </message>
    <message>
      <source>took part in the race</source>
      <translation>レースに参加しました</translation>
    </message>
    <message>
      <source>top must be a number.</source>
      <translation>top は数値でなければなりません。</translation>
    </message>
    <message>
      <source>track must be a track number or combined.</source>
      <translation>track はトラック番号か combined でなければなりません。</translation>
    </message>
    <message>
      <source>track must be a track number.</source>
      <translation>track はトラック番号でなければなりません。</translation>
    </message>
    <message>
      <source>track number or 'combined' (default)</source>
      <translation>トラック番号または 'combined'（既定）</translation>
    </message>
    <message>
      <source>track number or 'combined' (default: track {n}, as the LAN pages)</source>
      <translation>トラック番号または 'combined'（既定：LAN ページと同じくトラック {n}）</translation>
    </message>
    <message>
      <source>track number to time (default 1)</source>
      <translation>計時するトラック番号（既定 1）</translation>
    </message>
    <message>
      <source>track {n}</source>
      <translation>トラック {n}</translation>
    </message>
    <message>
      <source>track {n} appears twice.</source>
      <translation>トラック {n} が 2 回出現します。</translation>
    </message>
    <message>
      <source>track {track} is not a track of its event.</source>
      <translation>トラック {track} はそのイベントのトラックではありません。</translation>
    </message>
    <message>
      <source>trigger NOT STORED at {time} (sensor {sensor}{at}): note this lap by hand</source>
      <translation>{time} のトリガーは未保存（センサー {sensor}{at}）: このラップを手で記録してください</translation>
    </message>
    <message>
      <source>trigger debounced (sensor {sensor})</source>
      <translation>トリガーをチャタリングとして無視（センサー {sensor}）</translation>
    </message>
    <message>
      <source>trigger ignored: no racer on the track, so triggers are not timed until the next one (type next USERNAME). Further triggers until then are ignored without a word.</source>
      <translation>トリガーを無視：トラックにレーサーがいないため、次のレーサーまでトリガーは計時されません（next ユーザー名 を入力）。それまでのトリガーは何も表示せずに無視します。</translation>
    </message>
    <message>
      <source>trigger {outcome} (sensor {sensor})</source>
      <translation type="vanished">トリガー {outcome}（センサー {sensor}）</translation>
    </message>
    <message>
      <source>two events are named “{name}”.</source>
      <translation>2 つのイベントが「{name}」という名前です。</translation>
    </message>
    <message>
      <source>two letters, e.g. DE</source>
      <translation>英字 2 文字（例：JP）</translation>
    </message>
    <message>
      <source>undo the last lap</source>
      <translation>最後のラップを取り消す</translation>
    </message>
    <message>
      <source>unknown</source>
      <translation>不明</translation>
    </message>
    <message>
      <source>unknown rankingMethod {method}.</source>
      <translation>不明な rankingMethod {method}。</translation>
    </message>
    <message>
      <source>unknown typeOfEvent {value}.</source>
      <translation>不明な typeOfEvent {value}。</translation>
    </message>
    <message>
      <source>unlimited</source>
      <translation>無制限</translation>
    </message>
    <message>
      <source>unpair a laptop</source>
      <translation>ノート PC のペアリングを解除</translation>
    </message>
    <message>
      <source>up {n}</source>
      <translation>{n} 位アップ</translation>
    </message>
    <message>
      <source>username (required)</source>
      <translation>ユーザー名（必須）</translation>
    </message>
    <message>
      <source>username “{name}” appears twice.</source>
      <translation>ユーザー名「{name}」が 2 回出現します。</translation>
    </message>
    <message>
      <source>valid</source>
      <translation>有効</translation>
    </message>
    <message>
      <source>voice default</source>
      <translation>既定の音声</translation>
    </message>
    <message>
      <source>waiting for a spare car</source>
      <translation>空き車両を待機中</translation>
    </message>
    <message>
      <source>web console</source>
      <translation>Web コンソール</translation>
    </message>
    <message>
      <source>web console certificate</source>
      <translation>Web コンソールの証明書</translation>
    </message>
    <message>
      <source>went away</source>
      <translation>消失</translation>
    </message>
    <message>
      <source>words/min</source>
      <translation>語／分</translation>
    </message>
    <message>
      <source>write a backup of the database now</source>
      <translation>今すぐデータベースのバックアップを書き込む</translation>
    </message>
    <message>
      <source>write a bundle the cloud manager's drem_import.py takes</source>
      <translation>クラウドマネージャーの drem_import.py が読み込めるバンドルを書き出す</translation>
    </message>
    <message>
      <source>write an event's results as CSV, JSON or PDF</source>
      <translation>イベントの結果を CSV、JSON または PDF で書き出す</translation>
    </message>
    <message>
      <source>ws://192.168.1.50:8080</source>
      <translation>ws://192.168.1.50:8080</translation>
    </message>
    <message>
      <source>yes</source>
      <translation>はい</translation>
    </message>
    <message>
      <source>{arrow} {name}: {done:.1f} / {total:.1f} MB</source>
      <translation>{arrow} {name}：{done:.1f} / {total:.1f} MB</translation>
    </message>
    <message>
      <source>{car_name} drives this run: its tail light takes the racer's colour at the start and turns white at the end.</source>
      <translation>{car_name} がこの走行を担当：テールライトはスタート時にレーサーの色になり、終了時に白に戻ります。</translation>
    </message>
    <message>
      <source>{count} lap message(s) from the Pi timer never arrived (lap numbers {first}–{last}). Check the run for a missing lap.</source>
      <translation>Pi タイマーからのラップメッセージ {count} 件が届きませんでした（ラップ番号 {first}–{last}）。走行にラップの抜けがないか確認してください。</translation>
    </message>
    <message>
      <source>{count} sensor trigger(s) never arrived ({missing}, {source} {port}). A lap may be missing or two laps merged: check the lap table and fix it (Undo, L) before submitting.</source>
      <translation>センサーのトリガー {count} 件が届きませんでした（{missing}、{source} {port}）。ラップが抜けたか 2 ラップがまとめられた可能性があります：確定する前にラップ表を確認して修正してください（取り消し、L）。</translation>
    </message>
    <message>
      <source>{count} trigger(s) from the sensor on {port} never arrived (sequence {first}–{last}). Check the run for a missing lap.</source>
      <translation>{port} のセンサーからのトリガー {count} 件が届きませんでした（シーケンス {first}–{last}）。走行にラップの抜けがないか確認してください。</translation>
    </message>
    <message>
      <source>{count} trigger(s) from the sensor on {port} were missed while the app was closed or not listening, and the sensor could not send them again (sequence {first}–{last}). Check the run for missing laps.</source>
      <translation>アプリが閉じていたか受信していない間に、{port} のセンサーのトリガー {count} 件を取りこぼし、センサーも再送できませんでした（連番 {first}–{last}）。走行に抜けたラップがないか確認してください。</translation>
    </message>
    <message>
      <source>{count} trigger(s) missed while the app was closed or not listening ({missing}, {source} {port}); the sensor could not send them again. Laps may be missing: check the lap table and add them by hand (L) before submitting.</source>
      <translation>アプリが閉じていたか受信していない間にトリガー {count} 件を取りこぼしました（{missing}、{source} {port}）。センサーは再送できませんでした。ラップが抜けている可能性があります。確定する前にラップ表を確認し、手で追加してください（L）。</translation>
    </message>
    <message>
      <source>{device} on {port}</source>
      <translation>{device}（{port}）</translation>
    </message>
    <message>
      <source>{error} Retrying in {s:.0f} s.</source>
      <translation>{error} {s:.0f} 秒後に再試行します。</translation>
    </message>
    <message>
      <source>{field} was also changed on {laptop} at the same time: {holds}</source>
      <translation>{field} は同時に {laptop} でも変更されました：{holds}</translation>
    </message>
    <message>
      <source>{file_name} refused: </source>
      <translation>{file_name} を拒否： </translation>
    </message>
    <message>
      <source>{file} changed while it was being prepared for the car; wait until it is fully copied, then load it again.</source>
      <translation>{file} は車両用に準備している間に変更されました。コピーが完了するまで待ってから、もう一度ロードしてください。</translation>
    </message>
    <message>
      <source>{file} could not be read again after the check ({error}); copy it again and retry.</source>
      <translation>確認後に {file} を再度読めませんでした（{error}）。もう一度コピーして再試行してください。</translation>
    </message>
    <message>
      <source>{file} has no manifest.json: it is not a DREM event archive.</source>
      <translation>{file} に manifest.json がありません：DREM のイベントアーカイブではありません。</translation>
    </message>
    <message>
      <source>{file} has no “username” column. The first line must name the columns, e.g. username,display_name,country_code,highlight_colour.</source>
      <translation>{file} に「username」列がありません。1 行目で列名を指定してください（例：username,display_name,country_code,highlight_colour）。</translation>
    </message>
    <message>
      <source>{file} is not a DREM event archive, or it is damaged (its zip index is unreadable).</source>
      <translation>{file} は DREM のイベントアーカイブではないか、破損しています（zip の索引が読めません）。</translation>
    </message>
    <message>
      <source>{file} was made by a newer DREM Desktop (archive version {v}); update this one first.</source>
      <translation>{file} は新しい DREM Desktop で作成されています（アーカイブのバージョン {v}）。先にこちらを更新してください。</translation>
    </message>
    <message>
      <source>{file} · {car} · {mb} MB</source>
      <translation>{file} · {car} · {mb} MB</translation>
    </message>
    <message>
      <source>{file}: cannot be read ({error}).</source>
      <translation>{file}：読めません（{error}）。</translation>
    </message>
    <message>
      <source>{file}: expected a JSON {kind}.</source>
      <translation>{file}：JSON の {kind} が必要です。</translation>
    </message>
    <message>
      <source>{file}: manifest.json does not match (it is not readable).</source>
      <translation>{file}：manifest.json が一致しません（読めません）。</translation>
    </message>
    <message>
      <source>{file}: manifest.json does not match (no file list).</source>
      <translation>{file}：manifest.json が一致しません（ファイル一覧がありません）。</translation>
    </message>
    <message>
      <source>{file}: manifest.json does not match: this is not a DREM event archive.</source>
      <translation>{file}：manifest.json が一致しません：DREM のイベントアーカイブではありません。</translation>
    </message>
    <message>
      <source>{file}: member {member} is not one an event archive holds: the archive was altered.</source>
      <translation>{file}：メンバー {member} はイベントアーカイブに含まれるものではありません：アーカイブが改変されています。</translation>
    </message>
    <message>
      <source>{file}: missing from the bundle folder {folder}.</source>
      <translation>{file}：バンドルのフォルダー {folder} にありません。</translation>
    </message>
    <message>
      <source>{file}: not readable JSON ({error}).</source>
      <translation>{file}：読める JSON ではありません（{error}）。</translation>
    </message>
    <message>
      <source>{file}: refused. {reasons}</source>
      <translation>{file}：拒否しました。{reasons}</translation>
    </message>
    <message>
      <source>{file}: the archive's seal does not match: its zip headers or index were changed after it was written; nothing was restored.</source>
      <translation>{file}：アーカイブの封印が一致しません：書き込み後に zip のヘッダーか索引が変更されています。何も復元していません。</translation>
    </message>
    <message>
      <source>{file}: {member} does not match its SHA-256 in the manifest: the archive is damaged or was altered; nothing was restored.</source>
      <translation>{file}：{member} がマニフェストの SHA-256 と一致しません：アーカイブが破損しているか改変されています。何も復元していません。</translation>
    </message>
    <message>
      <source>{file}: {member} is damaged ({error}); nothing was restored.</source>
      <translation>{file}：{member} が破損しています（{error}）。何も復元していません。</translation>
    </message>
    <message>
      <source>{file}: {member} is listed in the manifest but missing.</source>
      <translation>{file}：{member} はマニフェストに記載されていますが、ありません。</translation>
    </message>
    <message>
      <source>{file}: {member} is not a list of rows.</source>
      <translation>{file}：{member} は行のリストではありません。</translation>
    </message>
    <message>
      <source>{file}: {member} is not in the manifest: the archive was altered.</source>
      <translation>{file}：{member} はマニフェストにありません：アーカイブが改変されています。</translation>
    </message>
    <message>
      <source>{file}: {member} is not readable JSON.</source>
      <translation>{file}：{member} は読める JSON ではありません。</translation>
    </message>
    <message>
      <source>{folder} installed over {how}{loaded}</source>
      <translation>{folder} を {how} でインストールしました{loaded}</translation>
    </message>
    <message>
      <source>{folder} is not a folder.</source>
      <translation>{folder} はフォルダーではありません。</translation>
    </message>
    <message>
      <source>{folder} is not a folder: give the unpacked export bundle's folder.</source>
      <translation>{folder} はフォルダーではありません：展開したエクスポートバンドルのフォルダーを指定してください。</translation>
    </message>
    <message>
      <source>{key} arrived incomplete; it is fetched again next time.</source>
      <translation>{key} が不完全な状態で届きました。次回もう一度取得します。</translation>
    </message>
    <message>
      <source>{key} arrived incomplete; the download resumes next time.</source>
      <translation>{key} が不完全な状態で届きました。ダウンロードは次回再開します。</translation>
    </message>
    <message>
      <source>{key} is not in the bucket.</source>
      <translation>{key} はバケットにありません。</translation>
    </message>
    <message>
      <source>{key} is {mb} MiB, larger than a segment can be.</source>
      <translation>{key} は {mb} MiB あり、セグメントの上限を超えています。</translation>
    </message>
    <message>
      <source>{language} from the next start (the LAN pages follow each viewer's browser).</source>
      <translation>次回起動から{language}になります（LAN ページは閲覧者それぞれのブラウザーに従います）。</translation>
    </message>
    <message>
      <source>{left} left</source>
      <translation>残り {left}</translation>
    </message>
    <message>
      <source>{loaded} (queued racer's: {expected})</source>
      <translation>{loaded}（待機中レーサーのモデル：{expected}）</translation>
    </message>
    <message>
      <source>{m:g} minutes</source>
      <translation>{m:g} 分</translation>
    </message>
    <message>
      <source>{model} loading {pct} % onto {car}</source>
      <translation>{model} を {car} にロード中 {pct} %</translation>
    </message>
    <message>
      <source>{model} will go onto {car}</source>
      <translation>{model} を {car} に載せます</translation>
    </message>
    <message>
      <source>{m} minutes {s:.1f}</source>
      <translation>{m} 分 {s:.1f}</translation>
    </message>
    <message>
      <source>{n_found} archive(s) found.</source>
      <translation>アーカイブが {n_found} 個見つかりました。</translation>
    </message>
    <message>
      <source>{n_racers} racer(s)</source>
      <translation>レーサー {n_racers} 人</translation>
    </message>
    <message>
      <source>{name!r} is not a valid host name: use a-z, 0-9 and '-', at most 63 characters.</source>
      <translation>{name!r} は有効なホスト名ではありません：a-z、0-9 と '-' を使い、63 文字以内にしてください。</translation>
    </message>
    <message>
      <source>{name} is already on deck for this track.</source>
      <translation>{name} はすでにこのトラックの待機列にいます。</translation>
    </message>
    <message>
      <source>{name} is not a number</source>
      <translation>{name} は数値ではありません</translation>
    </message>
    <message>
      <source>{name} is not reachable ({error}); trying again.</source>
      <translation>{name} に到達できません（{error}）。再試行します。</translation>
    </message>
    <message>
      <source>{name} is on deck for track {n} (number {place}).</source>
      <translation>{name} はトラック {n} の待機列にいます（{place} 番目）。</translation>
    </message>
    <message>
      <source>{name} is on the track in {car}: the first trigger starts the run.</source>
      <translation>{name} が {car} でトラックにいます：最初のトリガーで走行が始まります。</translation>
    </message>
    <message>
      <source>{name} is on the track: the first trigger starts the run.</source>
      <translation>{name} がトラックにいます：最初のトリガーで走行が始まります。</translation>
    </message>
    <message>
      <source>{name} no longer accepts this laptop: pair the two again in Settings → Sync.</source>
      <translation>{name} はこのノート PC を受け付けなくなりました：「設定 → 同期」でもう一度ペアリングしてください。</translation>
    </message>
    <message>
      <source>{name} takes the lead, {time}</source>
      <translation>{name} がトップに立ちました、{time}</translation>
    </message>
    <message>
      <source>{name} · fastest {fastest} · average {average} · {valid}/{laps} valid ({ratio}) · rank {rank}, {change}</source>
      <translation>{name} · 最速 {fastest} · 平均 {average} · 有効 {valid}/{laps}（{ratio}） · {rank} 位、{change}</translation>
    </message>
    <message>
      <source>{name}: already in the library (same model file), nothing new was stored.</source>
      <translation>{name}：すでにライブラリにあります（同じモデルファイル）。新しく保存したものはありません。</translation>
    </message>
    <message>
      <source>{name}: ready ({sensors}, {space} action space, {algorithm}).</source>
      <translation>{name}：準備完了（{sensors}、{space} アクション空間、{algorithm}）。</translation>
    </message>
    <message>
      <source>{name}: received and checked. It is in the library and can go to a car.</source>
      <translation>{name}：受信して確認しました。ライブラリにあり、車両に送れます。</translation>
    </message>
    <message>
      <source>{name}: same model file with a new model_metadata.json. The library now holds the new metadata ({now}; before: {was}); the earlier one is kept in the model's history.</source>
      <translation>{name}：同じモデルファイルで model_metadata.json が新しくなっています。ライブラリは新しいメタデータになりました（{now}。以前：{was}）。以前のものはモデルの履歴に残ります。</translation>
    </message>
    <message>
      <source>{name}: the downloaded file differs from the one uploaded (checksum); fetched again next time.</source>
      <translation>{name}：ダウンロードしたファイルがアップロードしたものと異なります（チェックサム）。次回もう一度取得します。</translation>
    </message>
    <message>
      <source>{name}: the downloaded file is not the model its name says; not kept.</source>
      <translation>{name}：ダウンロードしたファイルは名前が示すモデルではありません。保存しません。</translation>
    </message>
    <message>
      <source>{n} already in the library</source>
      <translation>{n} 個はすでにライブラリにあります</translation>
    </message>
    <message>
      <source>{n} change(s) applied</source>
      <translation>{n} 件の変更を適用しました</translation>
    </message>
    <message>
      <source>{n} change(s) waiting to go to the bucket.</source>
      <translation>バケットへの送信待ちの変更が {n} 件あります。</translation>
    </message>
    <message>
      <source>{n} changes waiting</source>
      <translation>待機中の変更 {n} 件</translation>
    </message>
    <message>
      <source>{n} events in the bucket are named “{name}”: give its id ({ids}).</source>
      <translation>バケット内に「{name}」という名前のイベントが {n} 件あります：ID を指定してください（{ids}）。</translation>
    </message>
    <message>
      <source>{n} h ago</source>
      <translation>{n} 時間前</translation>
    </message>
    <message>
      <source>{n} lap time(s) had fractions of a millisecond and were rounded half-to-even.</source>
      <translation>ラップタイム {n} 件にミリ秒未満の端数があり、偶数丸めしました。</translation>
    </message>
    <message>
      <source>{n} min ago</source>
      <translation>{n} 分前</translation>
    </message>
    <message>
      <source>{n} minutes</source>
      <translation>{n} 分</translation>
    </message>
    <message>
      <source>{n} race(s) by {u} user(s) no longer in the cloud were imported under placeholder racers named deleted-…: rename them in Racers if you know who they were.</source>
      <translation>クラウドにもういないユーザー {u} 人のレース {n} 件を、deleted-… という仮のレーサー名でインポートしました：誰か分かれば「レーサー」で名前を変えてください。</translation>
    </message>
    <message>
      <source>{n} racer(s) registered.</source>
      <translation>{n} 人のレーサーを登録しました。</translation>
    </message>
    <message>
      <source>{n} resets/lap</source>
      <translation>{n} リセット／ラップ</translation>
    </message>
    <message>
      <source>{n} runs/racer</source>
      <translation>{n} 走行／レーサー</translation>
    </message>
    <message>
      <source>{n} s ago</source>
      <translation>{n} 秒前</translation>
    </message>
    <message>
      <source>{n} sample model(s) added</source>
      <translation>サンプルモデルを {n} 個追加しました</translation>
    </message>
    <message>
      <source>{n} save(s) of the run in progress (its clocks; nothing shown here changed)</source>
      <translation>走行中の保存 {n} 回（時計のみ。ここに表示されている内容は変わっていません）</translation>
    </message>
    <message>
      <source>{n} seconds</source>
      <translation>{n} 秒</translation>
    </message>
    <message>
      <source>{n} segment(s) in the bucket were refused (damaged or not valid): {first}</source>
      <translation>バケット内の {n} セグメントを拒否しました（破損または不正）：{first}</translation>
    </message>
    <message>
      <source>{n} staff user(s) (admin, operator, …) who never raced were not made racers.</source>
      <translation>走行したことのないスタッフ {n} 人（admin、operator など）はレーサーにしていません。</translation>
    </message>
    <message>
      <source>{n} unreadable line(s)</source>
      <translation>読めない行 {n} 件</translation>
    </message>
    <message>
      <source>{n}/{total} laptops</source>
      <translation>{n}/{total} 台のノート PC</translation>
    </message>
    <message>
      <source>{out} is not empty: choose a new folder for the bundle.</source>
      <translation>{out} は空ではありません：バンドル用に新しいフォルダーを選んでください。</translation>
    </message>
    <message>
      <source>{player} could not play the voice: {reason}</source>
      <translation>{player} で音声を再生できませんでした：{reason}</translation>
    </message>
    <message>
      <source>{s:g} s</source>
      <translation>{s:g} 秒</translation>
    </message>
    <message>
      <source>{screen} ({keys})</source>
      <translation>{screen}（{keys}）</translation>
    </message>
    <message>
      <source>{space}, speed {low:g}–{high:g} m/s, {sensors}</source>
      <translation>{space}、速度 {low:g}–{high:g} m/s、{sensors}</translation>
    </message>
    <message>
      <source>{subnet!r} is not a subnet; write it like 192.168.1.0/24.</source>
      <translation>{subnet!r} はサブネットではありません。192.168.1.0/24 のように書いてください。</translation>
    </message>
    <message>
      <source>{subnet} is too large to probe ({n} addresses); name a /22 or smaller.</source>
      <translation>{subnet} は探索するには大きすぎます（{n} アドレス）。/22 以下を指定してください。</translation>
    </message>
    <message>
      <source>{table}.{column} cannot be empty</source>
      <translation>{table}.{column} は空にできません</translation>
    </message>
    <message>
      <source>{table}.{column} is not a time</source>
      <translation>{table}.{column} は時刻ではありません</translation>
    </message>
    <message>
      <source>{table}.{column} is not a whole number</source>
      <translation>{table}.{column} は整数ではありません</translation>
    </message>
    <message>
      <source>{table}.{column} is not an id</source>
      <translation>{table}.{column} は ID ではありません</translation>
    </message>
    <message>
      <source>{table}.{column} is not an object</source>
      <translation>{table}.{column} はオブジェクトではありません</translation>
    </message>
    <message>
      <source>{table}.{column} is not text</source>
      <translation>{table}.{column} はテキストではありません</translation>
    </message>
    <message>
      <source>{table}.{column} is not true or false</source>
      <translation>{table}.{column} は true でも false でもありません</translation>
    </message>
    <message>
      <source>{table}.{column} is too long</source>
      <translation>{table}.{column} が長すぎます</translation>
    </message>
    <message>
      <source>{time} race</source>
      <translation>{time} のレース</translation>
    </message>
    <message>
      <source>{title}: {n} recorded change(s)</source>
      <translation>{title}：記録された変更 {n} 件</translation>
    </message>
    <message>
      <source>{username}: {runs} runs done</source>
      <translation>{username}：走行 {runs} 回</translation>
    </message>
    <message>
      <source>{v} cannot be negative</source>
      <translation>{v} は負にできません</translation>
    </message>
    <message>
      <source>{what} contains the invisible or control character {char}; retype it without.</source>
      <translation>{what} に見えない文字または制御文字 {char} が含まれています。その文字なしで入力し直してください。</translation>
    </message>
    <message>
      <source>{what} is empty: enter one.</source>
      <translation>{what} が空です：入力してください。</translation>
    </message>
    <message>
      <source>{what} is {n} characters long; shorten it to at most {limit}.</source>
      <translation>{what} は {n} 文字あります。{limit} 文字以内に短くしてください。</translation>
    </message>
    <message>
      <source>{what} must be a whole number, not {value!r}.</source>
      <translation>{what} は整数でなければなりません（{value!r} ではなく）。</translation>
    </message>
    <message>
      <source>{what} must be between {low} and {high}, not {value}.</source>
      <translation>{what} は {low}～{high} でなければなりません（{value} ではなく）。</translation>
    </message>
    <message>
      <source>{what} must be text, not {value!r}.</source>
      <translation>{what} はテキストでなければなりません（{value!r} ではなく）。</translation>
    </message>
    <message>
      <source>{what} “{text}” is not a whole number: type a number, or leave it empty for {unlimited}.</source>
      <translation>{what}「{text}」は整数ではありません：数値を入力するか、{unlimited}なら空欄にしてください。</translation>
    </message>
    <message>
      <source>{where}: unknown column “{key}”; this archive was made by a newer DREM Desktop.</source>
      <translation>{where}：不明な列「{key}」。このアーカイブは新しい DREM Desktop で作成されています。</translation>
    </message>
    <message>
      <source>{where}: “{key}” is not a date-time.</source>
      <translation>{where}：「{key}」は日時ではありません。</translation>
    </message>
    <message>
      <source>{{{field}}} is not a field of this call-out; use {fields}.</source>
      <translation>{{{field}}} はこの読み上げの項目ではありません。{fields} を使ってください。</translation>
    </message>
    <message>
      <source>“avatarConfig” is not JSON.</source>
      <translation>「avatarConfig」が JSON ではありません。</translation>
    </message>
    <message>
      <source>“avatarConfig” must be an object.</source>
      <translation>「avatarConfig」はオブジェクトでなければなりません。</translation>
    </message>
    <message>
      <source>“createdAt” is not a date-time ({value}).</source>
      <translation>「createdAt」が日時ではありません（{value}）。</translation>
    </message>
    <message>
      <source>“fleetId” has the wrong type.</source>
      <translation>「fleetId」の型が違います。</translation>
    </message>
    <message>
      <source>“groups” must be a list of names.</source>
      <translation>「groups」は名前のリストでなければなりません。</translation>
    </message>
    <message>
      <source>“laps” must be a list.</source>
      <translation>「laps」はリストでなければなりません。</translation>
    </message>
    <message>
      <source>“raceTimeInMin” must be a number of minutes.</source>
      <translation>「raceTimeInMin」は分の数値でなければなりません。</translation>
    </message>
    <message>
      <source>“raceTimeInMin” must be between 0 and 1440 minutes, not {v}.</source>
      <translation>「raceTimeInMin」は 0～1440 分でなければなりません（{v} ではなく）。</translation>
    </message>
    <message>
      <source>“tracks” must be a list.</source>
      <translation>「tracks」はリストでなければなりません。</translation>
    </message>
    <message>
      <source>“{code}” is not a country code: use the two letters of ISO 3166-1, e.g. DE, GB, US.</source>
      <translation>「{code}」は国コードではありません：ISO 3166-1 の英字 2 文字を使ってください（例：DE、GB、US）。</translation>
    </message>
    <message>
      <source>“{c}” is not a column of {t}</source>
      <translation>「{c}」は {t} の列ではありません</translation>
    </message>
    <message>
      <source>“{key}” has the wrong type ({value!r}).</source>
      <translation>「{key}」の型が違います（{value!r}）。</translation>
    </message>
    <message>
      <source>“{key}” is missing.</source>
      <translation>「{key}」がありません。</translation>
    </message>
    <message>
      <source>“{key}” must be true or false, not {value}.</source>
      <translation>「{key}」は true か false でなければなりません（{value} ではなく）。</translation>
    </message>
    <message>
      <source>“{name}” is the current event.</source>
      <translation>「{name}」が現在のイベントです。</translation>
    </message>
    <message>
      <source>“{text}” is not HOST:PORT (the address the other laptop shows).</source>
      <translation>「{text}」は HOST:PORT（相手のノート PC が表示するアドレス）ではありません。</translation>
    </message>
    <message>
      <source>“{text}” is not a date: write it YYYY-MM-DD, e.g. 2025-06-14.</source>
      <translation>「{text}」は日付ではありません：YYYY-MM-DD の形式で書いてください（例：2025-06-14）。</translation>
    </message>
    <message>
      <source>“{text}” is not a highlight colour: use #RRGGBB or one of {names}.</source>
      <translation>「{text}」はハイライト色ではありません：#RRGGBB か {names} のいずれかを使ってください。</translation>
    </message>
    <message>
      <source>“{text}” is not a whole number: give a number, or “unlimited”</source>
      <translation>「{text}」は整数ではありません：数値か「unlimited」を指定してください</translation>
    </message>
    <message>
      <source>“{text}” is not an e-mail address.</source>
      <translation>「{text}」はメールアドレスではありません。</translation>
    </message>
    <message>
      <source>“{url}” is not a bucket: write it s3://BUCKET or s3://BUCKET/PREFIX.</source>
      <translation>「{url}」はバケットではありません：s3://BUCKET または s3://BUCKET/PREFIX と書いてください。</translation>
    </message>
    <message>
      <source>“{value}” is not a highlight colour: use one of {value2} or #rrggbb.</source>
      <translation>「{value}」はハイライト色ではありません：{value2} のいずれかか #rrggbb を使ってください。</translation>
    </message>
    <message>
      <source>“{value}” is not a lap time: type seconds like 12.345 or 1:02.5.</source>
      <translation>「{value}」はラップタイムではありません：12.345 や 1:02.5 のように秒で入力してください。</translation>
    </message>
    <message>
      <source>“{v}” is not a model fingerprint (32 hex digits)</source>
      <translation>「{v}」はモデルのフィンガープリント（16 進 32 桁）ではありません</translation>
    </message>
    <message>
      <source>“{v}” is not one of {values}</source>
      <translation>「{v}」は {values} のいずれでもありません</translation>
    </message>
    <message>
      <source>○ Not connected ({port})</source>
      <translation>○ 未接続（{port}）</translation>
    </message>
    <message>
      <source>○ Searching the USB ports for a sensor…</source>
      <translation>○ USB ポートでセンサーを探しています…</translation>
    </message>
    <message>
      <source>● Connected: {device} on {port}</source>
      <translation>● 接続済み：{device}（{port}）</translation>
    </message>
    <message>
      <source>⚠ {column} was also changed on laptop {other} at the same time: {holds}</source>
      <translation type="vanished">⚠ {column} は同時にノート PC {other} でも変更されました：{holds}</translation>
    </message>
  </context>
</TS>
