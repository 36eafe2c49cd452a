<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
  <context>
    <name>drem</name>
    <message>
      <source>  ● on track now</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source> (lost on the wire)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source> (use _ instead of spaces)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source> and </source>
      <translation type="unfinished" />
    </message>
    <message>
      <source> and loaded</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source> min per run (0: no limit)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source> · on a car</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source> · runs done {runs_text}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>#</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Event</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Export…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>(The car said: "{reason}")</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>(invalid)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>* raced by proxy: someone else drove for the registered racer.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>--pi-timer sends plain text frames like older timers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>--unplug-every needs --link PATH, so the host finds the sensor again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>1 minute {s:.1f}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>4 to 12 digits</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&lt;span style='color:{PERSONAL_BEST}'&gt;■&lt;/span&gt; personal best  &lt;span style='color:{EVENT_BEST}'&gt;■&lt;/span&gt; event best  &lt;span style='color:{INVALID}'&gt;■&lt;/span&gt; invalid</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A PIN is set.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A SAC model needs a continuous action space, but this one is discrete.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A backup is written when the app starts and after every submitted run.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A car needs a serial or a host name.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A continuous action_space must be an object with steering_angle and speed ranges.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A discrete action_space must be a non-empty list of actions.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A fleet needs a name.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A lap time must be a number of milliseconds, not {value}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A lap time must be between 1 ms and 24 hours, not {value} ms.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A lap time must be more than 0 ms and less than a day.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A lap-count race needs the number of laps to finish (1 to 1000).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A model is already on its way to the car: wait or Cancel.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A newer line took its place.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A racer needs a username.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A racer needs a username: type it in the first box.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A trigger could not be recorded ({error}). Capture that lap by hand.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A username</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Access key ID</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Action</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Action space</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Action {index} is not an object with steering_angle and speed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Action {index} needs numeric steering_angle and speed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Add car</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Add to deck: racer's name, Enter</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Add track</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Added {hostname}. Save its password, then choose an action.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Address</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Again: </source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Algorithm</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>All cars</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>All events</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>All tracks</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>All tracks combined</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Allow extra run</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Already registered: {names}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>An event named “{name}” already exists.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Another event here is named “{name}”: rename it first, then restore again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>At most {n} files per upload; send the rest in another one.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Average</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Average window (laps)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Back up now</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Backup failed ({error}). Free some disk space or choose another data folder.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Backup written: {name}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Backup written: {path}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Backups</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Battery</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Battery low: change or charge it before the car races.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Best</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Best average ({n} laps)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Best average of {n} laps: {t} s</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Best avg</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Best lap</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Board</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Board options: ?track=1|combined, ?format=fastest|average, ?scroll=page|smooth|off, ?qr=1, ?lang=</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Bucket</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Bucket offline</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Bucket “{bucket}” does not exist at {where}: create it, or correct the name in Settings → Sync.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>CSV files (*.csv *.txt)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>CSV files (*.csv);;All files (*)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Call-outs are closed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Call-outs saved.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cancel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cancel running</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cancelled on car {car}; the car keeps what it had.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cancelled: nothing was loaded.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cancelled: nothing was saved.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cancelled: the transfer resumes where it stopped at the next sync.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cancelling…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cannot open {port} ({error}). Check the cable, and that no other program or track uses this port; retrying.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cannot reach the Pi timer at {url} ({error}). Check that it is on and on this network; retrying.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cannot reach the bucket at {where}: this laptop is offline or the endpoint is wrong. Changes wait here and go as soon as it answers.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cannot reach {address}:{port} ({error}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cannot {action} while the run is {state}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Car</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Car and model</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Car logs of this run</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Car {car} answers again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Car {car} could not {action}: {detail}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Car {car} did not answer{detail}. Check that it is switched on and on the venue network, then retry.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Car {car} presented a different {what} than last time ({seen} instead of {expected}): the car was re-flashed or this is another car. Nothing was sent. Trust the new key in Cars → {car} if you expected this.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Car {car} ran out of disk space while installing the model; nothing was changed. Delete old models on the car (Cars → Delete all models) and retry.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Car {car} refused the {what} password or key. Check the credentials saved for this car in Cars → {car} and retry.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Car {car} refused to load {folder}: {explanation}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Car {car} stopped answering during the run ({why}). Check the car: it may be off the network, out of battery or switched off.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Car {car}: unexpected error ({error}). Retry; if it repeats, send the log to the organizers.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Car: serial or host name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cars</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cars (tick the ones an action goes to)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cars in no fleet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cars on race day</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Certificate of achievement</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Certificate of participation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Changes from {name} were refused: {reason}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Checked</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Checking {name}…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Choose a car, or type its name and press Enter</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Choose at least one model file (.tar.gz) to upload.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Choose folder…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Choose or create an event first, then export it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Choose the bundle's folder, or create an event instead.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Choose…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Close</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cloud bucket</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cloud-manager export bundle</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Colour</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Commentator</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Connect this laptop to the venue network; the addresses appear in Settings.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Connected to {url}: this laptop can read and write there.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Console theme</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Controls laptop {name}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Could not copy {file} ({error}). Check the drive is still plugged in.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Could not open</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Country</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Create an event</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Create an event first: each track gets a lap source here.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Create event</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Create fleet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Create or pick an event first (Event page).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Created demo event “{name}” ({id}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Created event “{name}” ({id}) with {n} track(s). Upload code: {code}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Created “{name}”. It is now the current event.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>DNF</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>DREM</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>DREM Desktop</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>DREM Desktop cannot open its window: Qt's X11 plugin does not load ({error}). Set QT_QPA_PLATFORM=wayland on a Wayland desktop, or install the library it names.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>DREM Desktop cannot open its window: these system libraries are missing: {names}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>DREM Desktop is already open on {folder}: its window was brought forward.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>DREM Desktop is open on {folder} but does not answer. Close it (or end it in the task manager), then start again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>DREM has not loaded a model onto {car}, so it cannot tell whose logs to fetch.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>DREM leaderboard</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Dark</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Data folder</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>DeepRacer events</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Delete all models</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Delete lap</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Delete run</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Deleted laps, struck through: select one and press Restore lap to count it again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Deleted user {id}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Discard</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Discard run</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Discard this run? Its laps leave the leaderboard. Press X again to discard, Esc to keep it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Display name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Double-click a cell to correct it (username, name, country, colour, email).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Drop .tar.gz files here, or choose them:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Email</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>End and submit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>End run</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>End the run now?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>End the run now? The lap in progress is not counted. Press E again to end, Esc to keep racing.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Endpoint URL</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Enter the upload code shown at the organizer's desk.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Enter your racer username.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Event</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Event in the bucket:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Event “{event}” has no track {track} (tracks: {tracks}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Event “{event}” has no track {track} (tracks: {tracks}, or combined).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Events</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Export</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Export “{name}”</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Fastest</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Fastest average</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Fastest average of consecutive laps</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Fastest lap</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Fastest lap: {t} s</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Fetch each run's car logs</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Fetch last run's logs</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Fetch logs from the car</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Fields: {fields}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Find cars on the network (mDNS)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Find racer…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Find racer…  (N)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>First, the event you are timing. Everything stays on this laptop.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Fleet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Fleet of ticked cars</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Fleet {name} created. Tick cars and move them into it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Fleets are kept in the event database, and this car service has none.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Folder of sample models</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Follow the racer on track</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Forget laptop</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Forget password</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Format</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Format must be “fastest” or “average”, not “{fmt}”.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>From</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Fullscreen (F11)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Gap</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>General</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Get an event from the bucket, with all its runs, laps, racers and models</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Give --code: the 6 digits the other laptop shows under Settings → Sync → Pair.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Give the 6-digit code the other laptop shows.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Give the event a name.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Give this track a fleet (Event → tracks) to pre-load its cars.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>HOST:PORT of a laptop to pair with and join from, instead of the bucket</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>HOST:PORT of the laptop showing a code</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>History</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>How each track counts laps. Keys always work too; change this any time in Settings.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ignored as a second trigger of the same car (within the minimum lap time). If it was a real lap, press L now or fix the lap in the table.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Images (*.png *.jpg *.jpeg)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Import CSV…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Import a model</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Import it there with: python scripts/drem_import.py --input {path}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Import model file…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Import of {file} cancelled.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Import racers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Import sample models…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Import the event from a cloud-manager export bundle</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Import ticked models for this racer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Imported: </source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Importing sample models from {folder}…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Importing {name}…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>In step with the bucket: {up} segment(s) sent, {down} received.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>In step with {name}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Install them, then start DREM Desktop again:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Invalid</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>It holds more than {limit} entries; a model archive holds a handful.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>It holds no model (.pb) file; the car needs exactly one (normally agent/model.pb).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>It holds {count} .pb files ({names}); the car needs exactly one.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>It unpacks to more than {limit} MB, far more than a model needs (a gzip bomb?).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>It waited too long to be said.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>JSON is not an object</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>JSON without an event name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Jobs</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Join an event</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Join an event from a bucket or a paired laptop…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Join an event…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Joined “{name}” ({id}) from {peer}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Joined “{name}” ({id}) from {url}: {summary}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Joined, but refused: {first}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Joined: {n} changes. Pick the event in the top bar.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Joining {name}…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Keyboard only: no sensor on this track</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Keyboard only: no sensor on this track (choose one in Settings).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Keys: see the labels on
the timekeeper buttons</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>LAN pages: {url}leaderboard/{event}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>LAN server and leaderboard</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>LAN server port</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>LAN server port (default {port} or next free)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>LAN sync: {message}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Language</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Lap</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Lap changed; the leaderboard is updated.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Lap completion</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Lap count (finals: first to N laps)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Lap source of {value} could not be opened: check the cable or choose another in Settings. Keys still work.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Lap sources</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Lap sources are running; the app reopens them at the next start.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Lap time</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Lap valid?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Lap {n} of this run is not in the database.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Lap {value} deleted (kept in history; Restore lap undoes it).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Lap {value} restored: it counts again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Laps</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Laps (all runs at this event)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Laps (double-click to edit; the change is recorded)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Laps (valid / all)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Laps to finish</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Laps to finish only applies to the lap-count format.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Laps valid / total</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Laptop {name} · track {n}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Laptops on this LAN</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Last</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Last lap</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Last seen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Last unreadable line: {line!r} ({reason})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Leaderboard</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Leaderboard address (QR code)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Leaderboard footer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Leaderboard for phones and the stream</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Leaderboard title</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Leaderboard window  Ctrl+Shift+L</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Leaderboards</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Letter</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Library</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Light</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Live pages for phones and the stream at {value}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Live results on your phone</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Load a CSV file…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Load it onto the car again: the car still has the earlier metadata.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Load model onto car</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Loaded model</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Loading the model onto {car} failed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Log in</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Log in with the PIN first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Log out</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Logo for printed results</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Logo on printed results</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Logs fetched from {car}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Look for USB drives</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Look for changes every</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>MD5</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Make current</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Max runs per racer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Max runs per racer must be at least 1 (or unlimited).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Minimum lap time (s, debounce)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Minimum lap time must be between 0 and 600 seconds.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Model</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Model archives (*.tar.gz *.tgz)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Model to push</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Model transfers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Models</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Models of {shown_name}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>More resets than allowed: this lap will be invalid</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Most consecutive valid laps</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Move ticked cars</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Moved {n} car(s) {where}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Name at least one event to export.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Name the car by its host name (e.g. amss-1234) or its address.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Name the car first: choose it or type its name in Car (C), then press M.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nested multipart forms are not accepted.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>New event</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>New leader</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>New personal best</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>New tablet PIN (4 to 12 digits): </source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Next racer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Next racer on deck</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No (Esc)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No DREM lap sensor found. Plug one in (searching all serial ports).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No PIN: the tablet page refuses everyone.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No USB drive found: plug one in, then look again</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No audio player to say the call-outs with: install paplay, pw-play or aplay (Debian/Ubuntu: sudo apt install alsa-utils).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No bucket credentials: save them in Settings → Sync, or set up an AWS profile or AWS_* variables.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No bucket is set: add one in Settings → Sync.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No bucket set: changes stay on this laptop (and its paired laptops).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No bucket: changes stay on this laptop and its paired laptops.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No bucket: give --bucket s3://BUCKET/PREFIX, or set one in Settings → Sync.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No car called {key} is registered.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No car job with id {id}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No car logs for this run yet.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No car named for this run.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No cars yet. Cars are found by themselves on the venue network (mDNS): switch a car on and join it to the same Wi-Fi as this laptop; it appears here within seconds by its name (amss-1234). Where the network blocks mDNS, add a car by its name or address above.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No event</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No event in {url} yet.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No event selected</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No event with id {id}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No event yet: create one on the Event page (Ctrl+2).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No event “{key}” in {url} (events there: {listing}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No event “{key}”. List them with: drem-desktop event list</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No events yet.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No events yet. Create one with: drem-desktop event add "My Race"</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No fleet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No fleet: nothing is pre-loaded</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No heartbeat from the sensor on {port} for {seconds:.0f} s. Check its power and that it runs the DREM firmware.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No lap source: laps are not timed. Give --sensor auto, a port, or ws://HOST:8080.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No laps yet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No logo</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No model archives (.tar.gz) in {folder}. Pick the folder that holds them.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No model in the library for this racer (Models page, Ctrl+6)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No model with id {id} in the library.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No paired laptops. Pair one with: drem-desktop pair HOST:PORT CODE</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No password or key is saved for car {car}. Add them in Cars → {car} (SSH user deepracer, or the web console password printed under the car) and retry.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No racer called {name}: register them in Racers, or check the spelling.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No racer has a ranked figure yet.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No racer is on the track: pick the next racer first (N).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No racer is on this track: pick the next racer first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No racer matches “{name}”. Press Enter to register {name} and put them on the track.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No racer named “{name}” is registered. Check the spelling, or ask at the organizer's desk to be added, then upload again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No racer named “{name}”.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No racer on this leaderboard yet.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No racer on track</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No racer with id {id}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No racers yet: type a racer's name and press Enter to register them and put them on the track.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No run of this event was driven on {car} yet.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No run was live on this track.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No run with id {id}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No runs on this leaderboard yet.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No sensor given. Use auto, a serial port such as /dev/ttyACM0, or ws://HOST:8080.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No tablet PIN is set on the laptop: set one in Settings → Tablet first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No tablet PIN is set yet: set one on the laptop in Settings.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No track with id {id}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No upload with this token (or it is too old).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No users.json (exported with --skip-users): racers were matched by username.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No verdict yet. Ask at the organizer's desk whether your model arrived.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No voice available for call-outs ({error}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nobody is on deck for this track: add racers to the queue, or pick one.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nobody on deck.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nobody on the track: take the next racer (Next racer).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Not a Pi timer address: {url}. Use ws://HOST:8080 (the timer's IP or name).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Not found</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Not in step yet: {first}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Not logged in.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Not registered: {lines}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Not syncing with a bucket.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Not syncing: set a bucket or pair a laptop in Settings → Sync.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Note: {note}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Notes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nothing to change: this bundle was imported before.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>On deck</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>On deck (N takes the next)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>On the other laptop: Settings → Sync → pick this laptop and type this code (valid 5 minutes, 3 tries), or run  drem-desktop pair {where} {code}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>On track</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>One racer a line: username, display name, country code (only the username is needed). You can add racers any time later: type a new name in the timekeeper and press Enter.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Online</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Open /tablet on the LAN server from a tablet, type this PIN, and time from there.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Open backups folder</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Open folder</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Opening lap sources…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Operator PIN</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Organiser's summary</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>PDF paper size (default a4)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>PIN set. Tablets logged in before must log in again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Packing {name}…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Packing {table} rows…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Page {n}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Page {n} of {m}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Pair a laptop</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Pair another laptop with: drem-desktop pair {address} {code}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Pair by address…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Pair with selected…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Paired laptops</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Paired with {name} ({id}): the two laptops now sync over the LAN.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Paired with {name}: the two laptops now sync.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Paired: the two laptops now sync over the LAN.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Pairing with {address}…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Paper</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Paper must be a4 or letter, not “{paper}”.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Part {n} of {key} arrived damaged; it is sent again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Password saved for {n} car(s).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Passwords of {n} car(s) forgotten.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Pause</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Pick a folder of model archives (for example the cloud manager's lib/default_models): they are filed under the owner “Sample models”, ready for any car.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Pick a racer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Pick an event on the Event page</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Pick the next racer on the left (N), then press Space to start.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Pick the racer this model belongs to first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Pick the racer, then tick the models to import.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Places 4 to 10</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Podium · all tracks</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Podium · track {n}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ports {first} to {last} are all in use: choose another port for the LAN pages.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Pre-load the cars of the racers on deck</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Press Finish to open the timekeeper: type a racer's name and press Enter; the first trigger (or L) starts the run. Ctrl+Shift+L opens the leaderboard window for the projector.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Pretend to be a lap sensor: a serial terminal (or a Pi timer) that sends laps.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Progress</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Push model…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Put a racer on the track first (N); then load their model.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Put a racer on the track first (N); then name their car.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Put on track  ⏎</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Race rules</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Race summary</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Race time</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Race time must be between 1 second and 24 hours (or unset for no limit).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Raced by proxy (someone drives for them)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Racer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Racer username</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Racers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Racers CSV</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Racers on the venue Wi-Fi open this address (or scan the code) and enter the upload code to hand in their model.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Races</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Rank</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Rank {n}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ranked by {figure}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ranking</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Read status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Reading the event…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Reading the results…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ready to time</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Reason for an extra run (recorded)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Received; checking…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Reconnecting…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Refused: {first}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Refused: {which}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Region</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Register  ⏎</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Register a racer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Registered racer {name} ({id}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Registered {username}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Remove</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Reset +1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Reset count</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Reset −1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Resets</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Resets allowed per lap</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Resets allowed per lap must be 0 or more (or unlimited).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Resets allowed per lap: {value}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Resets cannot be negative.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Resets this lap</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Restart service</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Restore lap</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Restore run</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Restored “{name}” ({summary}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Restored.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Restoring the event…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Result</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Resume</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Retire</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Retry failed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Rules</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Run AWS DeepRacer events at the track, offline. With no command, opens the app.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Run deleted: it no longer counts.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Run over</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Run restored: it counts again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Runs</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Runs per racer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sample line said. Heard nothing? Check the volume and the sound output.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Save</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Save changes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Save exports in</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Save in folder</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Save password for ticked cars</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Saved the changes to “{name}”.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Saved {name}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Saved {path}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Saved {username}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Saved. The leaderboard window shows the QR code and footer now; a new port is used from the next start.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Saved. This laptop syncs with {url}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Say which operation on which track.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Scan a folder for models</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Scan a folder…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Scan drive</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Scan for the event page</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Screen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Search username or name…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Secret access key</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Seen on this network</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Select a laptop in the list of laptops seen on this network.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Select a paired laptop first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Select a run or lap to see every change made to it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Select at least one car.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Select the lap to delete or restore first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Send the upload from the upload page (a multipart form).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sensor triggers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sensor {name} exists only in the simulator; cars refuse it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sensors</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sensors per track</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Set PIN</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Set up DREM Desktop</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Settings</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Several racers are called {name}: add them by username ({names}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Shortest lap counted</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Show</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Show deleted laps</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Show deleted runs</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Simulated Pi timer at {url}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Simulated lap sensor on {path}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Size</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Software</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Something went wrong ({error}); {where}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Source</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Speak call-outs</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Speaking a sample line…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Speed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Spoken call-outs</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sponsor</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Staging is switched off in Settings.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Start</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Started</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>State</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Statistics</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Stop cars</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Stopping.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Stream overlay (OBS browser source)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Submit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sync</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sync error</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sync failed: {error}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sync is off: set a bucket or pair a laptop in Settings → Sync.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sync now</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sync off</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Synced</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Synced with {url}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Synced with {url}: {summary}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Syncing with {url}…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Syncing…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Tablet PIN removed: the tablet page refuses everyone.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Tablet PIN set. Open /tablet on the LAN pages from a tablet.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Tablet timekeeper</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Tablet timekeeper (operator PIN)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Tablet timekeeping is off.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Tablet · {track}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Tail light</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Test connection</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Test voice</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Testing {url}…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>That address is not another DREM Desktop laptop.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>That fleet no longer exists.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>That lap no longer exists.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>That laptop is not showing a pairing code (or its code expired): show a new one.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>That racer is no longer on deck.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>That racer is not registered.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>That track no longer exists.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>That upload code is not right. Check the code shown at the organizer's desk.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The 6-digit code {name} shows:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The LAN pages did not start: {message}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The PIN must be {lo} to {hi} digits.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The Pi timer at {url} closed the connection; reconnecting.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The Pi timer sent a binary frame; ignored.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The Pi timer sent a lap without a usable timestamp ({reason}); timed by this computer instead.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The action space has more than 1000 actions; this is not a DeepRacer model.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The archive could not be read ({error}). Copy it again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The archive ends with half an end-of-archive marker, so it may be cut short. Copy or export it again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The archive has a lone zero block at byte {offset} with more entries after it; some tools stop there and others go on, so it is refused. Export the model again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The archive has no end-of-archive marker, so it may be cut short. Copy or export it again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The archive holds more data after its end-of-archive marker; some tools would extract it and others not, so it is refused. Export the model again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The archive holds {what}; model archives hold only plain files and folders.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The archive is cut short (truncated). Copy or download it again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The archive is damaged ({error}). Copy or export it again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The archive is damaged: the entry header at byte {offset} is not valid ({why}). Tools read such an archive differently, so it is refused; export the model again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The audio player did not finish within a minute.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The average window must be 3 to 7 consecutive laps.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The board on {port} does not send DREM sensor lines. Flash the DREM firmware, or choose the line mode it speaks ({port}?mode=json or {port}?mode=lines).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The bucket and this laptop agree.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The bucket and this laptop do not agree yet: run sync again, or see the refusals above.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The bucket asks to slow down ({code}); sync tries again shortly.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The bucket assembled {key} differently from what was sent.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The bucket connection failed: {error}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The bucket did not give back what was written to it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The bucket endpoint had an error ({code}); sync tries again shortly.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The bucket refused the request: {code} {message}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The bucket refused these credentials ({code}): check the access key and secret in Settings → Sync.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The bucket stored {key} damaged (checksum differs); it is written again next time.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The car is racing: pause the run (Space) before loading another model.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The cars of this fleet are loaded with the models of the racers on deck</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The code did not match.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The code does not match: check the 6 digits on the other laptop's screen.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The code has 6 digits, as shown on the other laptop.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The connection to car {car} dropped during the transfer{detail}; the car keeps the models it had. Check the car's network and retry.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The continuous {key} range has low {low} not below high {high}; the car refuses it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The continuous {key} range needs numeric low and high.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The country code</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The display name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The e-mail address</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The entry {name!r} appears twice; the second copy would silently replace the first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The entry {name!r} asks to run with raised privileges (setuid/setgid).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The entry {name!r} climbs out of the model folder with '..'.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The entry {name!r} has an absolute path; it would unpack outside the model folder.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The entry {name!r} has control characters in its name.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The entry {name!r} is a device file.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The entry {name!r} is a link; model archives hold only plain files.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The entry {name!r} is a named pipe (FIFO).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The entry {name!r} uses backslashes in its path.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The event date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The event date {text} is not between {first} and {last}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The event has no track {n}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The event name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The event “{name}” is already on this laptop (same id): nothing was restored.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The file could not be opened ({error}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The file goes on after the end of its compressed data (a second gzip stream or appended bytes); a model archive is one .tar.gz stream. Export it again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The file is empty.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The file is too large: the limit is {mb} MB per model.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The file is {size} MB; the limit is {limit} MB.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The fleet name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The form expired: type the PIN again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The gzip data does not hold a valid tar archive ({why}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The gzip data holds an empty tar archive: no model in it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The highlight colour</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The lap index must be a number.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The laptop answered {status}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The laptop is busy checking other uploads. Try again in a minute.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The leaderboard address must start with http:// or https://.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The leaderboard footer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The leaderboard title</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The model cannot be loaded onto car {car}: {reason}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The model file {file} cannot be read ({error}); import it again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The model file {name} is empty.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The model is on {car}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The next connection to {n} car(s) trusts the key they show (re-flashed cars).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The next racers' models go onto spare cars of the track's fleet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The number of resets</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The number of tracks</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The other laptop did not accept the pairing.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The push failed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The racer's models in the library (newest first)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The request is not JSON.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The request is not a JSON object.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The run is still going. Press S again to end it and submit, Esc to keep racing.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The run {id} is no longer in the database.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The sensor field must be a list of sensor names.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The sensor list is empty: the model must name at least one sensor.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The sensor on {port} was disconnected. Plug it back in: timing continues by itself.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The sponsor</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The system's language</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The template has a stray brace ({error}); write fields like {{name}}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The timekeeper's keys always work as well. The choice is remembered per track and reopened at every start.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The track name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The track number</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The transfer was cancelled; it resumes where it stopped next time.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The upload is too large: at most {mb} MB at a time. Send large models one by one.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The upload stalled (nothing arrived for a minute). Check the Wi-Fi and try again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The upload was interrupted. Check you are on the venue network and try again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The voice did not say the line within {s} seconds.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The voice failed ({error}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The {field} field is too long.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>There is already a fleet called “{name}”.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>There is no event on this laptop yet.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>There is no event {id} on this laptop.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>There is no lap to undo.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>There is no lap yet to mark valid or invalid.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>There is no lap {n}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>There is no page at this address.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>There is no such lap to change.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This build has no model library wired in yet (app.models). Models can still be uploaded once the LAN server runs.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This bundle has no event in it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This is not a .tar.gz file (no gzip header). Upload the model archive as exported from the DeepRacer console or training tool.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This is the call-out voice. Lap 3, 12.35.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This laptop</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This laptop has no network address: connect to the venue network first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This laptop is not showing a pairing code.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This racer has done {done} of {allowed} allowed runs. Give a reason to override.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This racer has no model in the library: add one on the Models page (Ctrl+6).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This request did not come from the tablet page; nothing changed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This run is over: the car can no longer be changed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This run is still in progress: change its laps in the timekeeper.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This run is still in progress: end or discard it first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This run names no car.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This run names no car: there are no car logs to fetch.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This run never started: there are no car logs to fetch.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Tick all shown</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Tick at least one car (or select one) first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Tick one car to fetch the logs of its last run.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Tick the car whose new key you trust first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Tick the cars and type their password first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Tick the cars whose password to forget first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ties are broken by the next best figure, then by who set the figure first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Time</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Time left</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Time trial (race for a time)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Timekeeper</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Timing “{event}” track {n}. Ctrl+C stops.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>To join an event: type its bucket here and press Join an event…, or pair this laptop with one that has the event (right): it arrives by itself.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>To next</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>To use another folder, start the app with  drem-desktop --data-dir PATH  (or set DREM_DATA_DIR). Each folder is a separate database with its own backups.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Too large: the limit is {mb} MB per model.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Too many lines were waiting.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Too many open leaderboards on this laptop; try again in a minute.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Too many uploads from this device. Wait a few minutes, then try again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Too many wrong PINs: try again in {s} s.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Too many wrong upload codes from this device. Wait ten minutes, then try again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Total resets</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Track</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Track already has a run in progress: end or discard it before picking the next racer.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Track number “{value}” must be written plainly, e.g. 1 or 2.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Track {n}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Track {n}: {title}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Tracks</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Trust new key</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Type a name for the new fleet first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Type the Pi timer's address, e.g. ws://192.168.1.50:8080.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Type the bucket first, e.g. s3://my-club-bucket/deepracer.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Type the other laptop's address as HOST:PORT, e.g. 192.168.1.21:8080.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Type the racer's name first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Type the racer's username or name.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Type the reason for the extra run first (it is recorded with the run).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>USB stick</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Undo finish</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Unknown action_space_type {value!r}: the car knows discrete and continuous.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Unknown export format “{fmt}”: use one of {formats}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Unknown line mode in {spec}: use mode=drem, mode=json or mode=lines.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Unknown operation {op}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Unknown sensor address {spec}. Use auto, a serial port, or ws://HOST:8080.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Unknown sensor {name!r}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Unknown training_algorithm {value!r}: the car knows clipped_ppo and sac.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Unpaired {id}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Unreadable race configuration: {error}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Up next</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Up next: {names}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Up to {mb} MB per model.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Upload</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Upload another model</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Upload code (shown at the organizer desk)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Upload code for racers’ models</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Upload from a phone</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Upload your model</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Uploads are closed: the organizer has not set an upload code yet.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Uploads are switched off on this laptop.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Use these lap sources</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Use this laptop's address</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Username</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Username {name!r} contains the invisible or control character {char}; retype it without.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Username “{name}” is taken.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Username “{name}” looks like a file or device name; pick another.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Username “{name}” may use only letters, digits and . _ - @ +{hint}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Username “{name}…” is {n} characters long; the limit is {limit}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Valid</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Valid laps</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Valid laps: {n}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Welcome to DREM Desktop</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>When a run ends, its car's ROS bag folders come over SSH (data folder)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Writing a backup…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Writing {name}…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Wrong PIN. Too many tries: this tablet is locked out for {s} s.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Wrong PIN. {n} tries left.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Wrote the cloud manager bundle {path}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Wrote {path}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Yes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Your model archive (.tar.gz) as exported from the DeepRacer console.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Your session ended: log in again with the PIN.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>a GNU incremental-dump folder</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>a change has unexpected keys ({keys})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>a delete that does not delete</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>a file named like a folder that holds data</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>a global header that renames or resizes entries</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>a line is not a change</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>a malformed pax record</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>a named AWS profile for the credentials</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>a negative {what}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>a new {t} without {c}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>a piece of a multi-volume archive</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>a sparse file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>a volume label</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>address for --pi-timer (default 127.0.0.1)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>address not known yet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>all models deleted</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>also make the terminal reachable at this path (a symlink)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>also reachable at {link}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>an S3-compatible endpoint (MinIO, R2, Ceph)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>an entry of unknown type {flag!r}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>an entry that is not a file but holds data</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>an entry without a name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>an extended header of {size} bytes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>an extended header with no entry after it</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>an old GNU long-name record</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>an unknown header format</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>an unknown ustar version</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>another certificate</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>answer {path}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>auto finds DREM sensors only; give the port path for mode={mode}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>auto, a serial port (e.g. /dev/ttyACM0) or ws://HOST:PORT</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>average window, 3 to 7 laps</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>battery {battery}, {n} model(s)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>be reached</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>best average</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>best average of {n} laps</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>boot field out of range</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>bring back an event from a .dremz file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>cable back: {path}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>cable out for {s:.1f} s</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>cancelling…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>capture a lap</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>car host name or address, e.g. amss-1234 or 192.168.1.41</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>car password (SSH user deepracer)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>car software restarted</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>change a lap's validity</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>change number {v} is not a change number</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>change {seq} ({t}): {problem}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>change {seq}: it changes nothing readable</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>change {seq}: its clock stamp names another laptop</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>change {seq}: its time is not a time</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>change {seq}: the event id is not an id</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>change {seq}: the row id is not an id</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>change {seq}: “{op}” is not insert, update or delete</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>change {seq}: “{t}” is not a table that syncs</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>changes only, no model files</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>checking the model</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>checksum</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>checksum mismatch</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>chroma must be a colour as six hex digits, e.g. 00ff00.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>combined</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>connected</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>connecting</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>continuous</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>control or non-ASCII bytes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>count a reset</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>country (GB)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>create a demo event with racers and laps</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>create an event</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>create and list events</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>data folder (default: the platform's user data folder, or $DREM_DATA_DIR)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>delete all models</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>delete its models</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>differs: {what}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>discard</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>disconnected</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>discrete, {count} actions</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>display name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>do not start the LAN server</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>down {n}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>e.g. Join the next race at the DeepRacer booth</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>e.g. Summit Berlin 2026</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>e.g. Summit Cup 2026</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>emit simulated laps on a pseudo-terminal or as a Pi timer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>empty = unlimited</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>empty for AWS S3; https://… for MinIO, R2, Ceph</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>empty: the AWS profile or environment</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>end the run</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>error: event “{event}” has no track {n}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>error: no event: give --event, or create one with: drem-desktop event add NAME</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>error: nothing of the event could be applied (see the refusals above).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>error: the two PINs differ; nothing changed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>error: {message}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>error: {message}{where}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>error: {peer} holds no event “{event}”.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>error: {reason} Nothing changed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>eu-west-1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>event id or exact name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>event id or exact name (default: the current event)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>event ids or exact names</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>event {e}: the bucket lacks changes of laptop {o}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>event {e}: this laptop lacks changes of laptop {o}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>eventId {id} appears twice.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>events.json event {source}: an event named “{name}” already exists here and was not imported from this bundle. Rename one of them first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>exit status {n}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>expected a list of races.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>fastest lap</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>fastest or average (default: the event's ranking)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>fetch logs</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>fetching logs</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>fields a plain archive leaves empty are filled</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>file them under this racer instead of “Sample models”</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>file to write, or a folder for it</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>finish a command in time</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>finished in place {rank} of {n}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>fleetId {id} appears twice.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>format must be fastest or average.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>frame too long</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>get an event with all its runs, laps, racers and models from the bucket or a paired laptop</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>heartbeat field out of range</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>highlight colour, e.g. blue or #1e90ff</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>how long the cable stays out (default 2 s)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>how the other laptops list this one</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>http://192.168.1.20:8080/leaderboard</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>http://{value}:{value2}/leaderboard</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>import a cloud DREM export bundle folder</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>import a folder of model archives (default owner: Sample models)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>install the model</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>installed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>installing</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>invalid</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>it does not end with a whole line</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>it has bytes after its end</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>it has no SSH credentials and no web console password saved; add one in Cars → {car}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>it holds {n} changes but its header says {count}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>it is cut short (incomplete download or upload)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>it is empty</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>it is larger than {n} MiB unpacked</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>it is not a DREM Desktop sync answer (or from a newer version)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>it is not a DREM Desktop sync segment (or from a newer version)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>it is not a gzip file, or it is damaged</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>its checksum does not match</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>its eventId {id} is not the event it is listed under.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>its header does not match its name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>its header has a cursor that is not one</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>its header has no cursors</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>its header has no valid count</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>its header has no valid range of change numbers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>its header names no event or laptop</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>its id is not the row's id</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>its pax size is not a number</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>its {what} is not UTF-8 text</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>its {what} is not a number</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>kept in the system keyring</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>lap count: {n} laps</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>lap field out of range</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>lap without a usable timestamp</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>lap {n}: seq={seq} ms={ms}{note}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>lap {n}: timestamp={ts} clients={c}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>lapId {n} appears twice.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>laps to finish (lap_count format)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>laptop</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>laptop {name}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>larger than 512 MB; this is not an export bundle file.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>lidar_config must be a JSON object when present.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>line format: drem (our protocol), json (Pi timer JSON), lines (one line per lap)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>line too long</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>line {n} is not JSON</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>line {n} is too long</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>line {n}: a change beyond what the answer claims</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>line {n}: a change of another event</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>line {n}: a change of another laptop</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>line {n}: change number {seq} is out of order</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>line {n}: {problem}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>link</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>list events</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>list its logs</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>list its models</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>list racers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>list the paired laptops</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>load model</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>load the model</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>loading onto {car}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>loading{pct} onto {car} ({stage})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>log in over SSH</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>logs fetched</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>long name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>malformed checksum</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>mean lap time in seconds (default 12)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>measure its logs</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>metadata the car would refuse</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>minimum lap time in seconds (debounce)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>minutes:seconds, empty = no limit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>minutes; 0 for no limit (default 3)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>mode</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>model file “{v}” is not a path in the model library</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>model_metadata.json has no action_space.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>model_metadata.json is larger than 1 MB; a real one is a few kilobytes.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>model_metadata.json is missing at the top of the archive.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>model_metadata.json is not UTF-8 text.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>model_metadata.json is not valid JSON ({error}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>model_metadata.json must hold a JSON object (curly braces) at the top.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>models: {up} up, {down} down</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>nested too deeply to be an export bundle file.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>new fleet, e.g. Booth A</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>new folder for the bundle</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>new on the board</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>no CSRF token on the page: is this a DeepRacer car?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>no PIN: the tablet page refuses everyone</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>no answer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>no answer at {host}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>no answer for {s:.0f} s</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>no car yet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>no change</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>no checksum</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>no colour</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>no details</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>no limit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>no logo (a PNG or JPEG file)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>no logs for {model} since the run started</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>no model in the library for this racer: add one on the Models page</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>no password saved: battery unknown</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>no valid lap</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>no {n}-lap average yet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>none</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>not ASCII</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>not JSON</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>not a DREM sensor line</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>not a JSON object.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>not connected</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>not looked up again yet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>not reached yet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>not the model its fingerprint says; not kept</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>number of strips/beams on the line (default 2)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>of {n}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>one minute</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>one push and pull; exit 0 when the bucket and this laptop agree</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>only for lap count</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>only this event (id or exact name)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>pack an event into one .dremz file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>pack its logs</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>pair with another laptop for LAN sync</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>paired</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>pause</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>paused</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>pax key</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>pax value</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>pre-load fleet {name}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>prepare the car</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>print an event's leaderboard</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>probability of a line of noise after a lap (default 0)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>probability that a car also triggers the second strip (default 0)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>probability that a lap line is lost on the wire (default 0)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>publish its network name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>published on the network as {name}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>pull the cable every S seconds (needs --link; default never)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>pulled {n} ({kb} kB)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>pushed {n} segment(s) ({kb} kB)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>put this racer on the track (registered if new); runs submit when over</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>race configuration: {error}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>race over</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>race over: submit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>raceId {id} appears twice.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>races.json: races for event “{event}”, which events.json does not have.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>random seed, for a repeatable session</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>read status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>read the PIN from standard input (scripts)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>ready on {car}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>ready to start</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>record a DNF</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>refused: {segment}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>register a racer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>register and list racers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>remember --bucket and its options as this laptop's</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>report its status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>resets allowed per lap, or unlimited</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>restart the car software</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>resume</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>rows/event.json: an archive holds exactly one event.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>run timing and the LAN pages with no window</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>run {state}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>running</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>runs per racer, or unlimited</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>s3://BUCKET/PREFIX (default: the bucket set in Settings → Sync)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>s3://my-club-bucket/deepracer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>saved (type to replace)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>scroll must be page, smooth or off.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>seconds</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>see the log</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>see the log at {path}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>sending</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>sensor clock drift in ppm (default 0)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>sensor missed {n} trigger(s): check the run</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>serve the DREM Pi timer WebSocket protocol on PORT instead of a terminal</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>set the operator PIN of the tablet timekeeper (/tablet)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>set the tail light</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>show a code another laptop can pair with</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>show its login page</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>size</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>speedy
rocket, Rocket Racer, DE
…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>sponsored by {sponsor}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>standard deviation of lap times in seconds</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>start</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>starting</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>still loading after {s:.0f} s</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>stop</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>stop after this many laps (0: run until Ctrl-C)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>stop logging</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>stopped</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>stopping the car's logging</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>sub {sub} belongs to two users.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>submit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>switch to autonomous mode</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>sync this laptop's events with the bucket (push, then pull)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>sync: {message}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>tail light set</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>take the new name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the .dremz file to write (or a folder)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the 6-digit code it shows</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the 6-digit code that laptop shows (with --peer)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the bucket's region</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the car accepted {folder} but could not load it (its load status went to error): the model may be damaged. Restart the car's software (Cars → Restart) and load again, or choose another model.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the car could not read its own sensors. Restart the car's software (Cars → Restart) and load again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the car could not set up its LiDAR with the model's LiDAR settings. Check the LiDAR cable, then load again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the car did not list the new copy of {folder} within {s:.0f} s of the upload; check its free space, or push over SSH.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the car gave no reason. Open the car's console to see why, then load again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the car gave the reason below. Fix that on the car, then load again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the car received {folder} and finished installing, but does not list it: it could not install the archive, or will not offer it (it needs exactly one .pb and a model_metadata.json it accepts). Check the model, or push it over SSH.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the car refused the file ("{message}").</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the car's control software did not take the model. Restart the car's software (Cars → Restart) and load again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the laptop id is not an id</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the model arrived damaged (checksum differs); retry the push.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the model arrived incomplete</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the model drives with the {sensors}, and the car does not see it connected. Connect it (or choose a model trained for the sensors this car has) and load again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the model is not ready on the car: it is still being installed, or its install failed. Wait a few seconds and load again; if it keeps failing, send the model to the car again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the model is on the car, but loading it needs the car's web console password; save it in Cars → {car} or select the model on the car.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the model was trained with a sensor this car does not have (a simulation-only sensor, for example). Choose a model trained for this car's sensors.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the model's folder on the car has no model_metadata.json. Send the model to the car again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the model's model_metadata.json is not one the car accepts. Ask the racer for the model as exported from the DeepRacer console, then load it again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the other value holds</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the racer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the unpacked bundle folder (events.json, races.json…)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>this laptop's address</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>this needs SSH: enable SSH on the car's console and save its SSH password in Cars → {car}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>this value holds</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>time trial</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>too many extended headers in a row</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>took part in the race</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>top must be a number.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>track must be a track number or combined.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>track must be a track number.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>track number or 'combined' (default)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>track number to time (default 1)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>track {n}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>track {n} appears twice.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>track {track} is not a track of its event.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>trigger {outcome} (sensor {sensor})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>two events are named “{name}”.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>two letters, e.g. DE</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>undo the last lap</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>unknown</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>unknown rankingMethod {method}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>unknown typeOfEvent {value}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>unlimited</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>unpair a laptop</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>up {n}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>username (required)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>username “{name}” appears twice.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>valid</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>voice default</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>waiting for a spare car</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>web console</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>web console certificate</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>went away</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>words/min</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>write a backup of the database now</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>write a bundle the cloud manager's drem_import.py takes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>write an event's results as CSV, JSON or PDF</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>ws://192.168.1.50:8080</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{arrow} {name}: {done:.1f} / {total:.1f} MB</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{car_name} drives this run: its tail light takes the racer's colour at the start and turns white at the end.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{count} lap message(s) from the Pi timer never arrived (lap numbers {first}–{last}). Check the run for a missing lap.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{count} sensor trigger(s) never arrived ({missing}, {source} {port}). A lap may be missing or two laps merged: check the lap table and fix it (Undo, L) before submitting.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{count} trigger(s) from the sensor on {port} never arrived (sequence {first}–{last}). Check the run for a missing lap.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{error} Retrying in {s:.0f} s.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{file_name} refused: </source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{file} changed while it was being prepared for the car; wait until it is fully copied, then load it again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{file} could not be read again after the check ({error}); copy it again and retry.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{file} has no manifest.json: it is not a DREM event archive.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{file} is not a DREM event archive, or it is damaged (its zip index is unreadable).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{file} was made by a newer DREM Desktop (archive version {v}); update this one first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{file} · {car} · {mb} MB</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{file}: cannot be read ({error}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{file}: expected a JSON {kind}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{file}: manifest.json does not match (it is not readable).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{file}: manifest.json does not match (no file list).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{file}: manifest.json does not match: this is not a DREM event archive.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{file}: member {member} is not one an event archive holds: the archive was altered.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{file}: missing from the bundle folder {folder}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{file}: not readable JSON ({error}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{file}: refused. {reasons}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{file}: the archive's seal does not match: its zip headers or index were changed after it was written; nothing was restored.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{file}: {member} does not match its SHA-256 in the manifest: the archive is damaged or was altered; nothing was restored.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{file}: {member} is damaged ({error}); nothing was restored.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{file}: {member} is listed in the manifest but missing.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{file}: {member} is not a list of rows.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{file}: {member} is not in the manifest: the archive was altered.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{file}: {member} is not readable JSON.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{folder} installed over {how}{loaded}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{folder} is not a folder.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{folder} is not a folder: give the unpacked export bundle's folder.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{key} arrived incomplete; it is fetched again next time.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{key} arrived incomplete; the download resumes next time.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{key} is not in the bucket.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{key} is {mb} MiB, larger than a segment can be.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{language} from the next start (the LAN pages follow each viewer's browser).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{loaded} (queued racer's: {expected})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{m:g} minutes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{model} loading {pct} % onto {car}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{model} will go onto {car}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{m} minutes {s:.1f}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{n_found} archive(s) found.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{n_racers} racer(s)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{name!r} is not a valid host name: use a-z, 0-9 and '-', at most 63 characters.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{name} is already on deck for this track.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{name} is not a number</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{name} is not reachable ({error}); trying again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{name} is on the track: the first trigger starts the run.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{name} no longer accepts this laptop: pair the two again in Settings → Sync.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{name} · fastest {fastest} · average {average} · {valid}/{laps} valid ({ratio}) · rank {rank}, {change}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{name}: already in the library (same model file), nothing new was stored.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{name}: ready ({sensors}, {space} action space, {algorithm}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{name}: received and checked. It is in the library and can go to a car.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{name}: same model file with a new model_metadata.json. The library now holds the new metadata ({now}; before: {was}); the earlier one is kept in the model's history.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{name}: the downloaded file differs from the one uploaded (checksum); fetched again next time.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{name}: the downloaded file is not the model its name says; not kept.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{n} already in the library</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{n} change(s) applied</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{n} change(s) waiting to go to the bucket.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{n} changes waiting</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{n} events in the bucket are named “{name}”: give its id ({ids}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{n} lap time(s) had fractions of a millisecond and were rounded half-to-even.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{n} minutes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{n} race(s) by {u} user(s) no longer in the cloud were imported under placeholder racers named deleted-…: rename them in Racers if you know who they were.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{n} racer(s) registered.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{n} sample model(s) added</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{n} seconds</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{n} segment(s) in the bucket were refused (damaged or not valid): {first}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{n} staff user(s) (admin, operator, …) who never raced were not made racers.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{n}/{total} laptops</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{out} is not empty: choose a new folder for the bundle.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{player} could not play the voice: {reason}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{s:g} s</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{screen} ({keys})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{space}, speed {low:g}–{high:g} m/s, {sensors}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{subnet!r} is not a subnet; write it like 192.168.1.0/24.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{subnet} is too large to probe ({n} addresses); name a /22 or smaller.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{table}.{column} cannot be empty</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{table}.{column} is not a time</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{table}.{column} is not a whole number</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{table}.{column} is not an id</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{table}.{column} is not an object</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{table}.{column} is not text</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{table}.{column} is not true or false</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{table}.{column} is too long</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{v} cannot be negative</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{what} contains the invisible or control character {char}; retype it without.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{what} is empty: enter one.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{what} is {n} characters long; shorten it to at most {limit}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{what} must be a whole number, not {value!r}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{what} must be between {low} and {high}, not {value}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{what} must be text, not {value!r}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{what} “{text}” is not a whole number: type a number, or leave it empty for {unlimited}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{where}: unknown column “{key}”; this archive was made by a newer DREM Desktop.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{where}: “{key}” is not a date-time.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{{{field}}} is not a field of this call-out; use {fields}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>“avatarConfig” is not JSON.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>“avatarConfig” must be an object.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>“createdAt” is not a date-time ({value}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>“fleetId” has the wrong type.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>“groups” must be a list of names.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>“laps” must be a list.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>“raceTimeInMin” must be a number of minutes.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>“raceTimeInMin” must be between 0 and 1440 minutes, not {v}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>“tracks” must be a list.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>“{code}” is not a country code: use the two letters of ISO 3166-1, e.g. DE, GB, US.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>“{c}” is not a column of {t}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>“{key}” has the wrong type ({value!r}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>“{key}” is missing.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>“{key}” must be true or false, not {value}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>“{name}” is the current event.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>“{text}” is not HOST:PORT (the address the other laptop shows).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>“{text}” is not a date: write it YYYY-MM-DD, e.g. 2025-06-14.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>“{text}” is not a highlight colour: use #RRGGBB or one of {names}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>“{text}” is not a whole number: give a number, or “unlimited”</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>“{text}” is not an e-mail address.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>“{url}” is not a bucket: write it s3://BUCKET or s3://BUCKET/PREFIX.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>“{value}” is not a highlight colour: use one of {value2} or #rrggbb.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>“{v}” is not a model fingerprint (32 hex digits)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>“{v}” is not one of {values}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>⚠ {column} was also changed on laptop {other} at the same time: {holds}</source>
      <translation type="unfinished" />
    </message>
  </context>
</TS>
