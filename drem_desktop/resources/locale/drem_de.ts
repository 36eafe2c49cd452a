<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
  <context>
    <name>drem</name>
    <message>
      <source>  all tracks:  {url}leaderboard/{e}?track=combined</source>
      <translation>  alle Strecken:  {url}leaderboard/{e}?track=combined</translation>
    </message>
    <message>
      <source>  leaderboard: {url}leaderboard/{e}?track={n}</source>
      <translation>  Rangliste:      {url}leaderboard/{e}?track={n}</translation>
    </message>
    <message>
      <source>  overlay:     {url}overlay/{e}?track={n}</source>
      <translation>  Overlay:        {url}overlay/{e}?track={n}</translation>
    </message>
    <message>
      <source>  upload:      {url}upload  (upload code: {code})</source>
      <translation>  Upload:         {url}upload  (Upload-Code: {code})</translation>
    </message>
    <message>
      <source>  ● on track now</source>
      <translation>  ● jetzt auf der Strecke</translation>
    </message>
    <message>
      <source> (lost on the wire)</source>
      <translation> (unterwegs verloren)</translation>
    </message>
    <message>
      <source> (use _ instead of spaces)</source>
      <translation> (_ statt Leerzeichen verwenden)</translation>
    </message>
    <message>
      <source> and </source>
      <translation> und </translation>
    </message>
    <message>
      <source> and loaded</source>
      <translation> und geladen</translation>
    </message>
    <message>
      <source> min per run (0: no limit)</source>
      <translation> Min. pro Lauf (0: keine Grenze)</translation>
    </message>
    <message>
      <source> · on a car</source>
      <translation> · auf einem Auto</translation>
    </message>
    <message>
      <source> · runs done {runs_text}</source>
      <translation> · Läufe gefahren {runs_text}</translation>
    </message>
    <message>
      <source>#</source>
      <translation>#</translation>
    </message>
    <message>
      <source>&amp;Event</source>
      <translation>&amp;Veranstaltung</translation>
    </message>
    <message>
      <source>&amp;Export…</source>
      <translation>&amp;Exportieren…</translation>
    </message>
    <message>
      <source>(The car said: "{reason}")</source>
      <translation>(Das Auto meldete: „{reason}“)</translation>
    </message>
    <message>
      <source>(invalid)</source>
      <translation>(ungültig)</translation>
    </message>
    <message>
      <source>* raced by proxy: someone else drove for the registered racer.</source>
      <translation>* als Vertretung gefahren: jemand anderes fuhr für den angemeldeten Fahrer.</translation>
    </message>
    <message>
      <source>--pi-timer sends plain text frames like older timers</source>
      <translation>--pi-timer sendet einfache Textframes wie ältere Timer</translation>
    </message>
    <message>
      <source>--unplug-every needs --link PATH, so the host finds the sensor again.</source>
      <translation>--unplug-every braucht --link PFAD, damit der Rechner den Sensor wiederfindet.</translation>
    </message>
    <message>
      <source>/dev/ttyACM0, COM3, or /dev/ttyUSB0?mode=json (or ?mode=lines)</source>
      <translation>/dev/ttyACM0, COM3 oder /dev/ttyUSB0?mode=json (oder ?mode=lines)</translation>
    </message>
    <message>
      <source>1 minute {s:.1f}</source>
      <translation>1 Minute {s:.1f}</translation>
    </message>
    <message>
      <source>4 to 12 digits</source>
      <translation>4 bis 12 Ziffern</translation>
    </message>
    <message>
      <source>&lt;span style='color:{PERSONAL_BEST}'&gt;■&lt;/span&gt; personal best  &lt;span style='color:{EVENT_BEST}'&gt;■&lt;/span&gt; event best  &lt;span style='color:{INVALID}'&gt;■&lt;/span&gt; invalid</source>
      <translation>&lt;span style='color:{PERSONAL_BEST}'&gt;■&lt;/span&gt; persönliche Bestzeit  &lt;span style='color:{EVENT_BEST}'&gt;■&lt;/span&gt; Bestzeit der Veranstaltung  &lt;span style='color:{INVALID}'&gt;■&lt;/span&gt; ungültig</translation>
    </message>
    <message>
      <source>A PIN is set.</source>
      <translation>Eine PIN ist gesetzt.</translation>
    </message>
    <message>
      <source>A SAC model needs a continuous action space, but this one is discrete.</source>
      <translation>Ein SAC-Modell braucht einen kontinuierlichen Aktionsraum, dieses ist aber diskret.</translation>
    </message>
    <message>
      <source>A backup is written when the app starts and after every submitted run.</source>
      <translation>Eine Sicherung wird beim Start der App und nach jedem eingereichten Lauf geschrieben.</translation>
    </message>
    <message>
      <source>A car needs a serial or a host name.</source>
      <translation>Ein Auto braucht eine Seriennummer oder einen Hostnamen.</translation>
    </message>
    <message>
      <source>A continuous action_space must be an object with steering_angle and speed ranges.</source>
      <translation>Ein kontinuierlicher action_space muss ein Objekt mit Bereichen für steering_angle und speed sein.</translation>
    </message>
    <message>
      <source>A discrete action_space must be a non-empty list of actions.</source>
      <translation>Ein diskreter action_space muss eine nicht leere Liste von Aktionen sein.</translation>
    </message>
    <message>
      <source>A fleet needs a name.</source>
      <translation>Eine Flotte braucht einen Namen.</translation>
    </message>
    <message>
      <source>A fleet needs a name; {name} keeps the one it has.</source>
      <translation>Eine Flotte braucht einen Namen; {name} behält den bisherigen.</translation>
    </message>
    <message>
      <source>A form field took too long to arrive. Check the Wi-Fi and try again.</source>
      <translation>Ein Formularfeld kam zu langsam an. Prüfen Sie das WLAN und versuchen Sie es erneut.</translation>
    </message>
    <message>
      <source>A lap key pressed sooner than the minimum lap time after the lap began: not a lap. Press A to count it anyway (until the next lap).</source>
      <translation>Eine Rundentaste, früher gedrückt als die Mindestrundenzeit nach Rundenbeginn: keine Runde. Drücken Sie A, um sie trotzdem zu zählen (bis zur nächsten Runde).</translation>
    </message>
    <message>
      <source>A lap time must be a number of milliseconds, not {value}.</source>
      <translation>Eine Rundenzeit muss eine Zahl von Millisekunden sein, nicht {value}.</translation>
    </message>
    <message>
      <source>A lap time must be between 1 ms and 24 hours, not {value} ms.</source>
      <translation>Eine Rundenzeit muss zwischen 1 ms und 24 Stunden liegen, nicht {value} ms.</translation>
    </message>
    <message>
      <source>A lap time must be more than 0 ms and less than a day.</source>
      <translation>Eine Rundenzeit muss über 0 ms und unter einem Tag liegen.</translation>
    </message>
    <message>
      <source>A lap-count race needs the number of laps to finish (1 to 1000).</source>
      <translation>Ein Rennen nach Rundenzahl braucht die Zahl der Runden bis zum Ziel (1 bis 1000).</translation>
    </message>
    <message>
      <source>A model is already on its way to the car: wait or Cancel.</source>
      <translation>Ein Modell ist schon auf dem Weg zum Auto: warten oder Abbrechen.</translation>
    </message>
    <message>
      <source>A newer line took its place.</source>
      <translation>Eine neuere Ansage hat ihren Platz eingenommen.</translation>
    </message>
    <message>
      <source>A racer needs a username.</source>
      <translation>Ein Fahrer braucht einen Benutzernamen.</translation>
    </message>
    <message>
      <source>A racer needs a username: type it in the first box.</source>
      <translation>Ein Fahrer braucht einen Benutzernamen: Tragen Sie ihn ins erste Feld ein.</translation>
    </message>
    <message>
      <source>A trigger could not be recorded ({error}). Capture that lap by hand.</source>
      <translation>Ein Auslöser konnte nicht erfasst werden ({error}). Erfassen Sie diese Runde von Hand.</translation>
    </message>
    <message>
      <source>A username</source>
      <translation>Ein Benutzername</translation>
    </message>
    <message>
      <source>Access key ID</source>
      <translation>Zugriffsschlüssel-ID</translation>
    </message>
    <message>
      <source>Action</source>
      <translation>Aktion</translation>
    </message>
    <message>
      <source>Action space</source>
      <translation>Aktionsraum</translation>
    </message>
    <message>
      <source>Action {index} is not an object with steering_angle and speed.</source>
      <translation>Aktion {index} ist kein Objekt mit steering_angle und speed.</translation>
    </message>
    <message>
      <source>Action {index} needs numeric steering_angle and speed.</source>
      <translation>Aktion {index} braucht numerische Werte für steering_angle und speed.</translation>
    </message>
    <message>
      <source>Add car</source>
      <translation>Auto hinzufügen</translation>
    </message>
    <message>
      <source>Add to deck: racer's name, Enter</source>
      <translation>Zur Warteliste: Name des Fahrers, Enter</translation>
    </message>
    <message>
      <source>Add track</source>
      <translation>Strecke hinzufügen</translation>
    </message>
    <message>
      <source>Added {hostname}. Save its password, then choose an action.</source>
      <translation>{hostname} hinzugefügt. Speichern Sie sein Passwort und wählen Sie dann eine Aktion.</translation>
    </message>
    <message>
      <source>Address</source>
      <translation>Adresse</translation>
    </message>
    <message>
      <source>Again: </source>
      <translation>Noch einmal: </translation>
    </message>
    <message>
      <source>Algorithm</source>
      <translation>Algorithmus</translation>
    </message>
    <message>
      <source>All cars</source>
      <translation>Alle Autos</translation>
    </message>
    <message>
      <source>All events</source>
      <translation>Alle Veranstaltungen</translation>
    </message>
    <message>
      <source>All tracks</source>
      <translation>Alle Strecken</translation>
    </message>
    <message>
      <source>All tracks combined</source>
      <translation>Alle Strecken zusammen</translation>
    </message>
    <message>
      <source>Allow extra run</source>
      <translation>Zusätzlichen Lauf erlauben</translation>
    </message>
    <message>
      <source>Already registered: {names}.</source>
      <translation>Schon angemeldet: {names}.</translation>
    </message>
    <message>
      <source>An event named “{name}” already exists.</source>
      <translation>Eine Veranstaltung namens „{name}“ gibt es schon.</translation>
    </message>
    <message>
      <source>An event needs a name.</source>
      <translation>Eine Veranstaltung braucht einen Namen.</translation>
    </message>
    <message>
      <source>Another event already uses the upload code “{code}”: pick another.</source>
      <translation>Eine andere Veranstaltung verwendet schon den Upload-Code „{code}“: Wählen Sie einen anderen.</translation>
    </message>
    <message>
      <source>Another event here is named “{name}”: rename it first, then restore again.</source>
      <translation>Eine andere Veranstaltung hier heißt „{name}“: Benennen Sie sie zuerst um und stellen Sie dann erneut wieder her.</translation>
    </message>
    <message>
      <source>At most {n} files per upload; send the rest in another one.</source>
      <translation>Höchstens {n} Dateien pro Upload; schicken Sie den Rest in einem weiteren.</translation>
    </message>
    <message>
      <source>Average</source>
      <translation>Durchschnitt</translation>
    </message>
    <message>
      <source>Average window (laps)</source>
      <translation>Durchschnittsfenster (Runden)</translation>
    </message>
    <message>
      <source>Back up now</source>
      <translation>Jetzt sichern</translation>
    </message>
    <message>
      <source>Backup failed ({error}). Free some disk space or choose another data folder.</source>
      <translation type="vanished">Sicherung fehlgeschlagen ({error}). Geben Sie Speicherplatz frei oder wählen Sie einen anderen Datenordner.</translation>
    </message>
    <message>
      <source>Backup failed ({error}). Free some disk space or choose another data folder; the next backup is tried after the next submitted run.</source>
      <translation>Sicherung fehlgeschlagen ({error}). Geben Sie Speicherplatz frei oder wählen Sie einen anderen Datenordner; die nächste Sicherung wird nach dem nächsten eingereichten Lauf versucht.</translation>
    </message>
    <message>
      <source>Backup written: {name}</source>
      <translation>Sicherung geschrieben: {name}</translation>
    </message>
    <message>
      <source>Backup written: {path}</source>
      <translation>Sicherung geschrieben: {path}</translation>
    </message>
    <message>
      <source>Backups</source>
      <translation>Sicherungen</translation>
    </message>
    <message>
      <source>Battery</source>
      <translation>Akku</translation>
    </message>
    <message>
      <source>Battery low: change or charge it before the car races.</source>
      <translation>Akku schwach: vor dem Rennen wechseln oder laden.</translation>
    </message>
    <message>
      <source>Best</source>
      <translation>Beste</translation>
    </message>
    <message>
      <source>Best average ({n} laps)</source>
      <translation>Bester Durchschnitt ({n} Runden)</translation>
    </message>
    <message>
      <source>Best average of {n} laps: {t} s</source>
      <translation>Bester Durchschnitt über {n} Runden: {t} s</translation>
    </message>
    <message>
      <source>Best avg</source>
      <translation>Bester Ø</translation>
    </message>
    <message>
      <source>Best lap</source>
      <translation>Beste Runde</translation>
    </message>
    <message>
      <source>Board</source>
      <translation>Tafel</translation>
    </message>
    <message>
      <source>Board options: ?track=1|combined, ?format=fastest|average, ?scroll=page|smooth|off, ?qr=1, ?lang=</source>
      <translation>Tafel-Optionen: ?track=1|combined, ?format=fastest|average, ?scroll=page|smooth|off, ?qr=1, ?lang=</translation>
    </message>
    <message>
      <source>Bucket</source>
      <translation>Bucket</translation>
    </message>
    <message>
      <source>Bucket offline</source>
      <translation>Bucket offline</translation>
    </message>
    <message>
      <source>Bucket “{bucket}” does not exist at {where}: create it, or correct the name in Settings → Sync.</source>
      <translation>Den Bucket „{bucket}“ gibt es unter {where} nicht: Legen Sie ihn an oder korrigieren Sie den Namen unter Einstellungen → Sync.</translation>
    </message>
    <message>
      <source>CHECK: {why}</source>
      <translation>PRÜFEN: {why}</translation>
    </message>
    <message>
      <source>CSV files (*.csv *.txt)</source>
      <translation>CSV-Dateien (*.csv *.txt)</translation>
    </message>
    <message>
      <source>CSV files (*.csv);;All files (*)</source>
      <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
      <source>Call-outs are closed.</source>
      <translation>Ansagen sind geschlossen.</translation>
    </message>
    <message>
      <source>Call-outs saved.</source>
      <translation>Ansagen gespeichert.</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Abbrechen</translation>
    </message>
    <message>
      <source>Cancel running</source>
      <translation>Laufende abbrechen</translation>
    </message>
    <message>
      <source>Cancelled on car {car}; the car keeps what it had.</source>
      <translation>Auf Auto {car} abgebrochen; das Auto behält, was es hatte.</translation>
    </message>
    <message>
      <source>Cancelled: nothing was loaded.</source>
      <translation>Abgebrochen: nichts wurde geladen.</translation>
    </message>
    <message>
      <source>Cancelled: nothing was saved.</source>
      <translation>Abgebrochen: nichts wurde gespeichert.</translation>
    </message>
    <message>
      <source>Cancelled: the transfer resumes where it stopped at the next sync.</source>
      <translation>Abgebrochen: Die Übertragung setzt beim nächsten Sync dort fort, wo sie aufgehört hat.</translation>
    </message>
    <message>
      <source>Cancelling…</source>
      <translation>Wird abgebrochen…</translation>
    </message>
    <message>
      <source>Cannot open {port} ({error}). Check the cable, and that no other program or track uses this port; retrying.</source>
      <translation>{port} lässt sich nicht öffnen ({error}). Prüfen Sie das Kabel und dass kein anderes Programm und keine andere Strecke diesen Port nutzt; neuer Versuch läuft.</translation>
    </message>
    <message>
      <source>Cannot reach the Pi timer at {url} ({error}). Check that it is on and on this network; retrying.</source>
      <translation>Der Pi-Timer unter {url} ist nicht erreichbar ({error}). Prüfen Sie, ob er eingeschaltet und in diesem Netz ist; neuer Versuch läuft.</translation>
    </message>
    <message>
      <source>Cannot reach the bucket at {where}: this laptop is offline or the endpoint is wrong. Changes wait here and go as soon as it answers.</source>
      <translation>Der Bucket unter {where} ist nicht erreichbar: Dieser Laptop ist offline oder der Endpunkt ist falsch. Änderungen warten hier und gehen raus, sobald er antwortet.</translation>
    </message>
    <message>
      <source>Cannot reach {address}:{port} ({error}).</source>
      <translation>{address}:{port} ist nicht erreichbar ({error}).</translation>
    </message>
    <message>
      <source>Cannot {action} while the run is {state}.</source>
      <translation>{action} ist nicht möglich, während der Lauf {state} ist.</translation>
    </message>
    <message>
      <source>Car</source>
      <translation>Auto</translation>
    </message>
    <message>
      <source>Car and model</source>
      <translation>Auto und Modell</translation>
    </message>
    <message>
      <source>Car logs of this run</source>
      <translation>Autoprotokolle dieses Laufs</translation>
    </message>
    <message>
      <source>Car {car} answers again.</source>
      <translation>Auto {car} antwortet wieder.</translation>
    </message>
    <message>
      <source>Car {car} could not {action}: {detail}</source>
      <translation>Auto {car} konnte nicht {action}: {detail}</translation>
    </message>
    <message>
      <source>Car {car} did not answer{detail}. Check that it is switched on and on the venue network, then retry.</source>
      <translation>Auto {car} hat nicht geantwortet{detail}. Prüfen Sie, ob es eingeschaltet und im Netz der Veranstaltung ist, und versuchen Sie es erneut.</translation>
    </message>
    <message>
      <source>Car {car} presented a different {what} than last time ({seen} instead of {expected}): the car was re-flashed or this is another car. Nothing was sent. Trust the new key in Cars → {car} if you expected this.</source>
      <translation>Auto {car} zeigte einen anderen {what} als beim letzten Mal ({seen} statt {expected}): Das Auto wurde neu geflasht, oder es ist ein anderes Auto. Nichts wurde gesendet. Vertrauen Sie dem neuen Schlüssel unter Autos → {car}, wenn Sie das erwartet haben.</translation>
    </message>
    <message>
      <source>Car {car} ran out of disk space while installing the model; nothing was changed. Delete old models on the car (Cars → Delete all models) and retry.</source>
      <translation>Auto {car} hatte beim Installieren des Modells keinen Speicherplatz mehr; nichts wurde geändert. Löschen Sie alte Modelle auf dem Auto (Autos → Alle Modelle löschen) und versuchen Sie es erneut.</translation>
    </message>
    <message>
      <source>Car {car} refused the {what} password or key. Check the credentials saved for this car in Cars → {car} and retry.</source>
      <translation>Auto {car} hat das {what}-Passwort oder den Schlüssel abgelehnt. Prüfen Sie die für dieses Auto gespeicherten Zugangsdaten unter Autos → {car} und versuchen Sie es erneut.</translation>
    </message>
    <message>
      <source>Car {car} refused to load {folder}: {explanation}</source>
      <translation>Auto {car} hat das Laden von {folder} abgelehnt: {explanation}</translation>
    </message>
    <message>
      <source>Car {car} stopped answering during the run ({why}). Check the car: it may be off the network, out of battery or switched off.</source>
      <translation>Auto {car} antwortete während des Laufs nicht mehr ({why}). Prüfen Sie das Auto: Es ist vielleicht nicht im Netz, hat keinen Akku mehr oder wurde ausgeschaltet.</translation>
    </message>
    <message>
      <source>Car {car}: unexpected error ({error}). Retry; if it repeats, send the log to the organizers.</source>
      <translation>Auto {car}: unerwarteter Fehler ({error}). Erneut versuchen; wenn es sich wiederholt, schicken Sie das Protokoll an die Veranstalter.</translation>
    </message>
    <message>
      <source>Car: serial or host name</source>
      <translation>Auto: Seriennummer oder Hostname</translation>
    </message>
    <message>
      <source>Cars</source>
      <translation>Autos</translation>
    </message>
    <message>
      <source>Cars (tick the ones an action goes to)</source>
      <translation>Autos (die anhaken, für die eine Aktion gilt)</translation>
    </message>
    <message>
      <source>Cars in no fleet</source>
      <translation>Autos in keiner Flotte</translation>
    </message>
    <message>
      <source>Cars on race day</source>
      <translation>Autos am Renntag</translation>
    </message>
    <message>
      <source>Certificate of achievement</source>
      <translation>Leistungsurkunde</translation>
    </message>
    <message>
      <source>Certificate of participation</source>
      <translation>Teilnahmeurkunde</translation>
    </message>
    <message>
      <source>Certificates (PDF)</source>
      <translation>Urkunden (PDF)</translation>
    </message>
    <message>
      <source>Changes from {name} were refused: {reason}</source>
      <translation>Änderungen von {name} wurden abgelehnt: {reason}</translation>
    </message>
    <message>
      <source>Checked</source>
      <translation>Geprüft</translation>
    </message>
    <message>
      <source>Checking archives in {folder}…</source>
      <translation>Archive in {folder} werden geprüft…</translation>
    </message>
    <message>
      <source>Checking {name}…</source>
      <translation>{name} wird geprüft…</translation>
    </message>
    <message>
      <source>Choose a car, or type its name and press Enter</source>
      <translation>Wählen Sie ein Auto oder tippen Sie seinen Namen und drücken Sie Enter</translation>
    </message>
    <message>
      <source>Choose at least one model file (.tar.gz) to upload.</source>
      <translation>Wählen Sie mindestens eine Modelldatei (.tar.gz) zum Hochladen.</translation>
    </message>
    <message>
      <source>Choose folder…</source>
      <translation>Ordner wählen…</translation>
    </message>
    <message>
      <source>Choose or create an event first, then export it.</source>
      <translation>Wählen oder erstellen Sie zuerst eine Veranstaltung und exportieren Sie sie dann.</translation>
    </message>
    <message>
      <source>Choose the bundle's folder, or create an event instead.</source>
      <translation>Wählen Sie den Ordner des Bundles oder erstellen Sie stattdessen eine Veranstaltung.</translation>
    </message>
    <message>
      <source>Choose…</source>
      <translation>Wählen…</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Schließen</translation>
    </message>
    <message>
      <source>Cloud bucket</source>
      <translation>Cloud-Bucket</translation>
    </message>
    <message>
      <source>Cloud manager bundle (folder)</source>
      <translation>Bundle für den Cloud-Manager (Ordner)</translation>
    </message>
    <message>
      <source>Cloud-manager export bundle</source>
      <translation>Export-Bundle des Cloud-Managers</translation>
    </message>
    <message>
      <source>Colour</source>
      <translation>Farbe</translation>
    </message>
    <message>
      <source>Commands: next USERNAME (put the racer on the track; registered if new) · next (the first racer on deck) · deck USERNAME (queue a racer) · end · submit · discard · status · help · quit</source>
      <translation>Befehle: next BENUTZERNAME (Fahrer auf die Strecke; neu angemeldet, falls unbekannt) · next (der erste Fahrer auf der Warteliste) · deck BENUTZERNAME (einen Fahrer einreihen) · end · submit · discard · status · help · quit</translation>
    </message>
    <message>
      <source>Commentator</source>
      <translation>Kommentator</translation>
    </message>
    <message>
      <source>Completion</source>
      <translation>Quote</translation>
    </message>
    <message>
      <source>Connect this laptop to the venue network to accept uploads.</source>
      <translation>Verbinden Sie diesen Laptop mit dem Netz der Veranstaltung, um Uploads anzunehmen.</translation>
    </message>
    <message>
      <source>Connect this laptop to the venue network; the addresses appear in Settings.</source>
      <translation>Verbinden Sie diesen Laptop mit dem Netz der Veranstaltung; die Adressen erscheinen in den Einstellungen.</translation>
    </message>
    <message>
      <source>Connected</source>
      <translation>Verbunden</translation>
    </message>
    <message>
      <source>Connected to {url}: this laptop can read and write there.</source>
      <translation>Verbunden mit {url}: Dieser Laptop kann dort lesen und schreiben.</translation>
    </message>
    <message>
      <source>Console theme</source>
      <translation>Design der Konsole</translation>
    </message>
    <message>
      <source>Controls laptop {name}</source>
      <translation>Steuert Laptop {name}</translation>
    </message>
    <message>
      <source>Could not copy {file} ({error}). Check the drive is still plugged in.</source>
      <translation>{file} konnte nicht kopiert werden ({error}). Prüfen Sie, ob das Laufwerk noch eingesteckt ist.</translation>
    </message>
    <message>
      <source>Could not open</source>
      <translation>Konnte nicht geöffnet werden</translation>
    </message>
    <message>
      <source>Count it anyway</source>
      <translation>Trotzdem zählen</translation>
    </message>
    <message>
      <source>Count it anyway ({key})</source>
      <translation>Trotzdem zählen ({key})</translation>
    </message>
    <message>
      <source>Country</source>
      <translation>Land</translation>
    </message>
    <message>
      <source>Create an event</source>
      <translation>Veranstaltung erstellen</translation>
    </message>
    <message>
      <source>Create an event first: each track gets a lap source here.</source>
      <translation>Erstellen Sie zuerst eine Veranstaltung: Jede Strecke bekommt hier eine Rundenquelle.</translation>
    </message>
    <message>
      <source>Create event</source>
      <translation>Veranstaltung erstellen</translation>
    </message>
    <message>
      <source>Create fleet</source>
      <translation>Flotte erstellen</translation>
    </message>
    <message>
      <source>Create or pick an event first (Event page).</source>
      <translation>Erstellen oder wählen Sie zuerst eine Veranstaltung (Seite Veranstaltung).</translation>
    </message>
    <message>
      <source>Created demo event “{name}” ({id}).</source>
      <translation>Demo-Veranstaltung „{name}“ ({id}) erstellt.</translation>
    </message>
    <message>
      <source>Created event “{name}” ({id}) with {n} track(s). Upload code: {code}</source>
      <translation>Veranstaltung „{name}“ ({id}) mit {n} Strecke(n) erstellt. Upload-Code: {code}</translation>
    </message>
    <message>
      <source>Created “{name}”. It is now the current event.</source>
      <translation>„{name}“ erstellt. Es ist jetzt die aktuelle Veranstaltung.</translation>
    </message>
    <message>
      <source>Current lap</source>
      <translation>Laufende Runde</translation>
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
      <translation>DREM Desktop kann sein Fenster nicht öffnen: Das X11-Plugin von Qt lädt nicht ({error}). Setzen Sie auf einem Wayland-Desktop QT_QPA_PLATFORM=wayland oder installieren Sie die genannte Bibliothek.</translation>
    </message>
    <message>
      <source>DREM Desktop cannot open its window: these system libraries are missing: {names}.</source>
      <translation>DREM Desktop kann sein Fenster nicht öffnen: Diese Systembibliotheken fehlen: {names}.</translation>
    </message>
    <message>
      <source>DREM Desktop is already open on {folder}: its window was brought forward.</source>
      <translation>DREM Desktop ist bereits mit {folder} geöffnet: Sein Fenster wurde nach vorn geholt.</translation>
    </message>
    <message>
      <source>DREM Desktop is open on {folder} but does not answer. Close it (or end it in the task manager), then start again.</source>
      <translation>DREM Desktop ist mit {folder} geöffnet, antwortet aber nicht. Schließen Sie es (oder beenden Sie es im Task-Manager) und starten Sie dann neu.</translation>
    </message>
    <message>
      <source>DREM Pi timer (type its address)</source>
      <translation>DREM-Pi-Timer (Adresse eintippen)</translation>
    </message>
    <message>
      <source>DREM Pi timer at…</source>
      <translation>DREM-Pi-Timer unter…</translation>
    </message>
    <message>
      <source>DREM has not loaded a model onto {car}, so it cannot tell whose logs to fetch.</source>
      <translation>DREM hat kein Modell auf {car} geladen und weiß daher nicht, wessen Protokolle abzurufen sind.</translation>
    </message>
    <message>
      <source>DREM leaderboard</source>
      <translation>DREM-Rangliste</translation>
    </message>
    <message>
      <source>Dark</source>
      <translation>Dunkel</translation>
    </message>
    <message>
      <source>Data folder</source>
      <translation>Datenordner</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Datum</translation>
    </message>
    <message>
      <source>DeepRacer events</source>
      <translation>DeepRacer-Veranstaltungen</translation>
    </message>
    <message>
      <source>Delete all models</source>
      <translation>Alle Modelle löschen</translation>
    </message>
    <message>
      <source>Delete lap</source>
      <translation>Runde löschen</translation>
    </message>
    <message>
      <source>Delete run</source>
      <translation>Lauf löschen</translation>
    </message>
    <message>
      <source>Deleted laps, struck through: select one and press Restore lap to count it again.</source>
      <translation>Gelöschte Runden, durchgestrichen: Wählen Sie eine aus und drücken Sie „Runde wiederherstellen“, damit sie wieder zählt.</translation>
    </message>
    <message>
      <source>Deleted user {id}</source>
      <translation>Gelöschter Benutzer {id}</translation>
    </message>
    <message>
      <source>Deleted: it does not count. Select it and press Restore lap to count it again.</source>
      <translation>Gelöscht: Sie zählt nicht. Wählen Sie sie aus und drücken Sie „Runde wiederherstellen“, damit sie wieder zählt.</translation>
    </message>
    <message>
      <source>Discard</source>
      <translation>Verwerfen</translation>
    </message>
    <message>
      <source>Discard run</source>
      <translation>Lauf verwerfen</translation>
    </message>
    <message>
      <source>Discard this run? Its laps leave the leaderboard. Press X again to discard, Esc to keep it.</source>
      <translation>Diesen Lauf verwerfen? Seine Runden verschwinden von der Rangliste. Drücken Sie erneut X zum Verwerfen, Esc zum Behalten.</translation>
    </message>
    <message>
      <source>Discarded: the run's laps are not on the leaderboard.</source>
      <translation>Verworfen: Die Runden des Laufs stehen nicht auf der Rangliste.</translation>
    </message>
    <message>
      <source>Display name</source>
      <translation>Anzeigename</translation>
    </message>
    <message>
      <source>Double-click a cell to correct it (username, name, country, colour, email).</source>
      <translation>Doppelklicken Sie auf eine Zelle, um sie zu korrigieren (Benutzername, Name, Land, Farbe, E-Mail).</translation>
    </message>
    <message>
      <source>Drop .tar.gz files here, or choose them:</source>
      <translation>Ziehen Sie .tar.gz-Dateien hierher oder wählen Sie sie aus:</translation>
    </message>
    <message>
      <source>Email</source>
      <translation>E-Mail</translation>
    </message>
    <message>
      <source>End and submit</source>
      <translation>Beenden und einreichen</translation>
    </message>
    <message>
      <source>End run</source>
      <translation>Lauf beenden</translation>
    </message>
    <message>
      <source>End the run now?</source>
      <translation>Den Lauf jetzt beenden?</translation>
    </message>
    <message>
      <source>End the run now? The lap in progress is not counted. Press E again to end, Esc to keep racing.</source>
      <translation>Den Lauf jetzt beenden? Die laufende Runde zählt nicht. Drücken Sie erneut E zum Beenden, Esc zum Weiterfahren.</translation>
    </message>
    <message>
      <source>Endpoint URL</source>
      <translation>Endpunkt-URL</translation>
    </message>
    <message>
      <source>Enter the upload code shown at the organizer's desk.</source>
      <translation>Geben Sie den Upload-Code ein, der am Tisch der Veranstalter angezeigt wird.</translation>
    </message>
    <message>
      <source>Enter your racer username.</source>
      <translation>Geben Sie Ihren Fahrer-Benutzernamen ein.</translation>
    </message>
    <message>
      <source>Event</source>
      <translation>Veranstaltung</translation>
    </message>
    <message>
      <source>Event archive (.dremz)</source>
      <translation>Veranstaltungsarchiv (.dremz)</translation>
    </message>
    <message>
      <source>Event best</source>
      <translation>Bestzeit der Veranstaltung</translation>
    </message>
    <message>
      <source>Event in the bucket:</source>
      <translation>Veranstaltung im Bucket:</translation>
    </message>
    <message>
      <source>Event “{event}” has no track {track} (tracks: {tracks}).</source>
      <translation>Veranstaltung „{event}“ hat keine Strecke {track} (Strecken: {tracks}).</translation>
    </message>
    <message>
      <source>Event “{event}” has no track {track} (tracks: {tracks}, or combined).</source>
      <translation>Veranstaltung „{event}“ hat keine Strecke {track} (Strecken: {tracks} oder combined).</translation>
    </message>
    <message>
      <source>Events</source>
      <translation>Veranstaltungen</translation>
    </message>
    <message>
      <source>Every lap of every run, for a spreadsheet.</source>
      <translation>Jede Runde jedes Laufs, für eine Tabellenkalkulation.</translation>
    </message>
    <message>
      <source>Everything above for scripts and web pages.</source>
      <translation>Alles oben Genannte für Skripte und Webseiten.</translation>
    </message>
    <message>
      <source>Export</source>
      <translation>Exportieren</translation>
    </message>
    <message>
      <source>Export “{name}”</source>
      <translation>„{name}“ exportieren</translation>
    </message>
    <message>
      <source>Fastest</source>
      <translation>Schnellste</translation>
    </message>
    <message>
      <source>Fastest average</source>
      <translation>Schnellster Durchschnitt</translation>
    </message>
    <message>
      <source>Fastest average of consecutive laps</source>
      <translation>Schnellster Durchschnitt aufeinanderfolgender Runden</translation>
    </message>
    <message>
      <source>Fastest average of {n} laps</source>
      <translation>Schnellster Durchschnitt über {n} Runden</translation>
    </message>
    <message>
      <source>Fastest lap</source>
      <translation>Schnellste Runde</translation>
    </message>
    <message>
      <source>Fastest lap: {t} s</source>
      <translation>Schnellste Runde: {t} s</translation>
    </message>
    <message>
      <source>Fetch each run's car logs</source>
      <translation>Autoprotokolle jedes Laufs abrufen</translation>
    </message>
    <message>
      <source>Fetch last run's logs</source>
      <translation>Protokolle des letzten Laufs abrufen</translation>
    </message>
    <message>
      <source>Fetch logs from the car</source>
      <translation>Protokolle vom Auto abrufen</translation>
    </message>
    <message>
      <source>Fields: {fields}</source>
      <translation>Felder: {fields}</translation>
    </message>
    <message>
      <source>Find cars on the network (mDNS)</source>
      <translation>Autos im Netz suchen (mDNS)</translation>
    </message>
    <message>
      <source>Find racer…</source>
      <translation>Fahrer suchen…</translation>
    </message>
    <message>
      <source>Find racer…  (N)</source>
      <translation>Fahrer suchen…  (N)</translation>
    </message>
    <message>
      <source>First, the event you are timing. Everything stays on this laptop.</source>
      <translation>Zuerst die Veranstaltung, die Sie zeiten. Alles bleibt auf diesem Laptop.</translation>
    </message>
    <message>
      <source>Fleet</source>
      <translation>Flotte</translation>
    </message>
    <message>
      <source>Fleet of ticked cars</source>
      <translation>Flotte der angehakten Autos</translation>
    </message>
    <message>
      <source>Fleet {name} created. Tick cars and move them into it.</source>
      <translation>Flotte {name} erstellt. Haken Sie Autos an und verschieben Sie sie hinein.</translation>
    </message>
    <message>
      <source>Fleet {name} removed.</source>
      <translation>Flotte {name} entfernt.</translation>
    </message>
    <message>
      <source>Fleet {old} is now called {new}.</source>
      <translation>Die Flotte {old} heißt jetzt {new}.</translation>
    </message>
    <message>
      <source>Fleets are kept in the event database, and this car service has none.</source>
      <translation>Flotten werden in der Datenbank der Veranstaltung geführt, und dieser Autodienst hat keine.</translation>
    </message>
    <message>
      <source>Folder of sample models</source>
      <translation>Ordner mit Beispielmodellen</translation>
    </message>
    <message>
      <source>Follow the racer on track</source>
      <translation>Dem Fahrer auf der Strecke folgen</translation>
    </message>
    <message>
      <source>For the cloud manager's scripts/drem_import.py.</source>
      <translation>Für scripts/drem_import.py des Cloud-Managers.</translation>
    </message>
    <message>
      <source>Forget laptop</source>
      <translation>Laptop vergessen</translation>
    </message>
    <message>
      <source>Forget password</source>
      <translation>Passwort vergessen</translation>
    </message>
    <message>
      <source>Format</source>
      <translation>Format</translation>
    </message>
    <message>
      <source>Format must be “fastest” or “average”, not “{fmt}”.</source>
      <translation>Das Format muss „fastest“ oder „average“ sein, nicht „{fmt}“.</translation>
    </message>
    <message>
      <source>From</source>
      <translation>Von</translation>
    </message>
    <message>
      <source>Fullscreen (F11)</source>
      <translation>Vollbild (F11)</translation>
    </message>
    <message>
      <source>Gap</source>
      <translation>Abstand</translation>
    </message>
    <message>
      <source>General</source>
      <translation>Allgemein</translation>
    </message>
    <message>
      <source>Get an event from the bucket, with all its runs, laps, racers and models</source>
      <translation>Eine Veranstaltung aus dem Bucket holen, mit allen Läufen, Runden, Fahrern und Modellen</translation>
    </message>
    <message>
      <source>Give --code: the 6 digits the other laptop shows under Settings → Sync → Pair.</source>
      <translation>Geben Sie --code an: die 6 Ziffern, die der andere Laptop unter Einstellungen → Sync → Koppeln zeigt.</translation>
    </message>
    <message>
      <source>Give the 6-digit code the other laptop shows.</source>
      <translation>Geben Sie den 6-stelligen Code ein, den der andere Laptop zeigt.</translation>
    </message>
    <message>
      <source>Give the event a name.</source>
      <translation>Geben Sie der Veranstaltung einen Namen.</translation>
    </message>
    <message>
      <source>Give the racer's username: deck USERNAME</source>
      <translation>Geben Sie den Benutzernamen des Fahrers an: deck BENUTZERNAME</translation>
    </message>
    <message>
      <source>Give this track a fleet (Event → tracks) to pre-load its cars.</source>
      <translation>Geben Sie dieser Strecke eine Flotte (Veranstaltung → Strecken), um ihre Autos vorzuladen.</translation>
    </message>
    <message>
      <source>HOST:PORT of a laptop to pair with and join from, instead of the bucket</source>
      <translation>HOST:PORT eines Laptops, mit dem gekoppelt und von dem beigetreten wird, statt des Buckets</translation>
    </message>
    <message>
      <source>HOST:PORT of the laptop showing a code</source>
      <translation>HOST:PORT des Laptops, der einen Code zeigt</translation>
    </message>
    <message>
      <source>History</source>
      <translation>Verlauf</translation>
    </message>
    <message>
      <source>How Races → History names the changes made on this laptop</source>
      <translation>Wie „Rennen → Verlauf“ die auf diesem Laptop gemachten Änderungen benennt</translation>
    </message>
    <message>
      <source>How each track counts laps. Keys always work too; change this any time in Settings.</source>
      <translation>Wie jede Strecke Runden zählt. Die Tasten funktionieren immer auch; das lässt sich jederzeit in den Einstellungen ändern.</translation>
    </message>
    <message>
      <source>Ignored as a second trigger of the same car (within the minimum lap time). If it was a real lap, press L now or fix the lap in the table.</source>
      <translation>Als zweiter Auslöser desselben Autos ignoriert (innerhalb der Mindestrundenzeit). War es eine echte Runde, drücken Sie jetzt L oder korrigieren Sie die Runde in der Tabelle.</translation>
    </message>
    <message>
      <source>Images (*.png *.jpg *.jpeg)</source>
      <translation>Bilder (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
      <source>Import CSV…</source>
      <translation>CSV importieren…</translation>
    </message>
    <message>
      <source>Import a model</source>
      <translation>Ein Modell importieren</translation>
    </message>
    <message>
      <source>Import it there with: python scripts/drem_import.py --input {path}</source>
      <translation>Importieren Sie es dort mit: python scripts/drem_import.py --input {path}</translation>
    </message>
    <message>
      <source>Import model file…</source>
      <translation>Modelldatei importieren…</translation>
    </message>
    <message>
      <source>Import of {file} cancelled.</source>
      <translation>Import von {file} abgebrochen.</translation>
    </message>
    <message>
      <source>Import racers</source>
      <translation>Fahrer importieren</translation>
    </message>
    <message>
      <source>Import sample models…</source>
      <translation>Beispielmodelle importieren…</translation>
    </message>
    <message>
      <source>Import the event from a cloud-manager export bundle</source>
      <translation>Die Veranstaltung aus einem Export-Bundle des Cloud-Managers importieren</translation>
    </message>
    <message>
      <source>Import ticked models for this racer</source>
      <translation>Angehakte Modelle für diesen Fahrer importieren</translation>
    </message>
    <message>
      <source>Imported {n} model(s).</source>
      <translation>{n} Modell(e) importiert.</translation>
    </message>
    <message>
      <source>Imported {n} racer(s).</source>
      <translation>{n} Fahrer importiert.</translation>
    </message>
    <message>
      <source>Imported: </source>
      <translation>Importiert: </translation>
    </message>
    <message>
      <source>Importing sample models from {folder}…</source>
      <translation>Beispielmodelle aus {folder} werden importiert…</translation>
    </message>
    <message>
      <source>Importing {name}…</source>
      <translation>{name} wird importiert…</translation>
    </message>
    <message>
      <source>Importing {n} model(s) for {name}…</source>
      <translation>{n} Modell(e) für {name} werden importiert…</translation>
    </message>
    <message>
      <source>In step with the bucket: {up} segment(s) sent, {down} received.</source>
      <translation>Im Gleichstand mit dem Bucket: {up} Segment(e) gesendet, {down} empfangen.</translation>
    </message>
    <message>
      <source>In step with {name}.</source>
      <translation>Im Gleichstand mit {name}.</translation>
    </message>
    <message>
      <source>Install them, then start DREM Desktop again:</source>
      <translation>Installieren Sie sie und starten Sie DREM Desktop dann neu:</translation>
    </message>
    <message>
      <source>Invalid</source>
      <translation>Ungültig</translation>
    </message>
    <message>
      <source>Invalid lap</source>
      <translation>Ungültige Runde</translation>
    </message>
    <message>
      <source>It holds more than {limit} entries; a model archive holds a handful.</source>
      <translation>Es enthält mehr als {limit} Einträge; ein Modellarchiv enthält eine Handvoll.</translation>
    </message>
    <message>
      <source>It holds no model (.pb) file; the car needs exactly one (normally agent/model.pb).</source>
      <translation>Es enthält keine Modelldatei (.pb); das Auto braucht genau eine (normalerweise agent/model.pb).</translation>
    </message>
    <message>
      <source>It holds {count} .pb files ({names}); the car needs exactly one.</source>
      <translation>Es enthält {count} .pb-Dateien ({names}); das Auto braucht genau eine.</translation>
    </message>
    <message>
      <source>It unpacks to more than {limit} MB, far more than a model needs (a gzip bomb?).</source>
      <translation>Entpackt ist es größer als {limit} MB, weit mehr, als ein Modell braucht (eine Gzip-Bombe?).</translation>
    </message>
    <message>
      <source>It waited too long to be said.</source>
      <translation>Sie wartete zu lange, um gesagt zu werden.</translation>
    </message>
    <message>
      <source>JSON is not an object</source>
      <translation>Das JSON ist kein Objekt</translation>
    </message>
    <message>
      <source>JSON without an event name</source>
      <translation>JSON ohne Namen der Veranstaltung</translation>
    </message>
    <message>
      <source>Jobs</source>
      <translation>Aufträge</translation>
    </message>
    <message>
      <source>Join an event</source>
      <translation>Einer Veranstaltung beitreten</translation>
    </message>
    <message>
      <source>Join an event from a bucket or a paired laptop…</source>
      <translation>Einer Veranstaltung aus einem Bucket oder von einem gekoppelten Laptop beitreten…</translation>
    </message>
    <message>
      <source>Join an event…</source>
      <translation>Einer Veranstaltung beitreten…</translation>
    </message>
    <message>
      <source>Joined “{name}” ({id}) from {peer}.</source>
      <translation>„{name}“ ({id}) von {peer} übernommen.</translation>
    </message>
    <message>
      <source>Joined “{name}” ({id}) from {url}: {summary}.</source>
      <translation>„{name}“ ({id}) von {url} übernommen: {summary}.</translation>
    </message>
    <message>
      <source>Joined, but refused: {first}</source>
      <translation>Beigetreten, aber abgelehnt: {first}</translation>
    </message>
    <message>
      <source>Joined: {n} changes. Pick the event in the top bar.</source>
      <translation>Beigetreten: {n} Änderungen. Wählen Sie die Veranstaltung in der oberen Leiste.</translation>
    </message>
    <message>
      <source>Joining {name}…</source>
      <translation>{name} wird beigetreten…</translation>
    </message>
    <message>
      <source>Keyboard only</source>
      <translation>Nur Tastatur</translation>
    </message>
    <message>
      <source>Keyboard only: no sensor on this track</source>
      <translation>Nur Tastatur: kein Sensor an dieser Strecke</translation>
    </message>
    <message>
      <source>Keyboard only: no sensor on this track (choose one in Settings).</source>
      <translation>Nur Tastatur: kein Sensor an dieser Strecke (wählen Sie einen in den Einstellungen).</translation>
    </message>
    <message>
      <source>Keys only (L or Enter counts a lap)</source>
      <translation>Nur Tasten (L oder Enter zählt eine Runde)</translation>
    </message>
    <message>
      <source>Keys: see the labels on
the timekeeper buttons</source>
      <translation>Tasten: siehe die Beschriftungen
der Zeitnahme-Knöpfe</translation>
    </message>
    <message>
      <source>LAN pages: {url}event/{e}</source>
      <translation>LAN-Seiten: {url}event/{e}</translation>
    </message>
    <message>
      <source>LAN pages: {url}leaderboard/{event}</source>
      <translation type="vanished">LAN-Seiten: {url}leaderboard/{event}</translation>
    </message>
    <message>
      <source>LAN server and leaderboard</source>
      <translation>LAN-Server und Rangliste</translation>
    </message>
    <message>
      <source>LAN server port</source>
      <translation>Port des LAN-Servers</translation>
    </message>
    <message>
      <source>LAN server port (default {port} or next free)</source>
      <translation>Port des LAN-Servers (Standard {port} oder der nächste freie)</translation>
    </message>
    <message>
      <source>LAN sync: {message}</source>
      <translation>LAN-Sync: {message}</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>Sprache</translation>
    </message>
    <message>
      <source>Lap</source>
      <translation>Runde</translation>
    </message>
    <message>
      <source>Lap changed; the leaderboard is updated.</source>
      <translation>Runde geändert; die Rangliste ist aktualisiert.</translation>
    </message>
    <message>
      <source>Lap completion</source>
      <translation>Rundenende</translation>
    </message>
    <message>
      <source>Lap count (finals: first to N laps)</source>
      <translation>Rundenzahl (Finale: wer zuerst N Runden hat)</translation>
    </message>
    <message>
      <source>Lap count: first to finish the laps</source>
      <translation>Rundenzahl: wer zuerst die Runden schafft</translation>
    </message>
    <message>
      <source>Lap key {short:.3f} s after the lap began: not counted (the minimum lap time is {minimum:.3f} s).</source>
      <translation>Rundentaste {short:.3f} s nach Rundenbeginn: nicht gezählt (die Mindestrundenzeit ist {minimum:.3f} s).</translation>
    </message>
    <message>
      <source>Lap key {short:.3f} s after the lap began: shorter than the event's minimum lap time ({minimum:.3f} s), so it is not a lap. Press A to count it anyway.</source>
      <translation>Rundentaste {short:.3f} s nach Rundenbeginn: kürzer als die Mindestrundenzeit der Veranstaltung ({minimum:.3f} s), also keine Runde. Drücken Sie A, um sie trotzdem zu zählen.</translation>
    </message>
    <message>
      <source>Lap source of {value} could not be opened: check the cable or choose another in Settings. Keys still work.</source>
      <translation>Die Rundenquelle {value} ließ sich nicht öffnen: Prüfen Sie das Kabel oder wählen Sie in den Einstellungen eine andere. Die Tasten funktionieren weiter.</translation>
    </message>
    <message>
      <source>Lap sources</source>
      <translation>Rundenquellen</translation>
    </message>
    <message>
      <source>Lap sources are running; the app reopens them at the next start.</source>
      <translation>Die Rundenquellen laufen; die App öffnet sie beim nächsten Start wieder.</translation>
    </message>
    <message>
      <source>Lap tapped {after} s after the lap began: not counted (the minimum lap time is {minimum} s).</source>
      <translation>Runde {after} s nach Rundenbeginn getippt: nicht gezählt (die Mindestrundenzeit ist {minimum} s).</translation>
    </message>
    <message>
      <source>Lap time</source>
      <translation>Rundenzeit</translation>
    </message>
    <message>
      <source>Lap times (CSV)</source>
      <translation>Rundenzeiten (CSV)</translation>
    </message>
    <message>
      <source>Lap valid?</source>
      <translation>Runde gültig?</translation>
    </message>
    <message>
      <source>Lap {after:.3f} s after the lap began: shorter than the event's minimum lap time ({minimum:.3f} s), so it is not a lap. Tap Count it anyway if the car did go round.</source>
      <translation>Runde {after:.3f} s nach Rundenbeginn: kürzer als die Mindestrundenzeit der Veranstaltung ({minimum:.3f} s), also keine Runde. Tippen Sie auf „Trotzdem zählen“, wenn das Auto wirklich herum ist.</translation>
    </message>
    <message>
      <source>Lap {lap}, {time}{validity}</source>
      <translation>Runde {lap}, {time}{validity}</translation>
    </message>
    <message>
      <source>Lap {n}</source>
      <translation>Runde {n}</translation>
    </message>
    <message>
      <source>Lap {n} of this run is not in the database.</source>
      <translation>Runde {n} dieses Laufs ist nicht in der Datenbank.</translation>
    </message>
    <message>
      <source>Lap {value} deleted (kept in history; Restore lap undoes it).</source>
      <translation>Runde {value} gelöscht (im Verlauf erhalten; „Runde wiederherstellen“ macht es rückgängig).</translation>
    </message>
    <message>
      <source>Lap {value} restored: it counts again.</source>
      <translation>Runde {value} wiederhergestellt: Sie zählt wieder.</translation>
    </message>
    <message>
      <source>Laps</source>
      <translation>Runden</translation>
    </message>
    <message>
      <source>Laps (all runs at this event)</source>
      <translation>Runden (alle Läufe dieser Veranstaltung)</translation>
    </message>
    <message>
      <source>Laps (double-click to edit; the change is recorded)</source>
      <translation>Runden (Doppelklick zum Bearbeiten; die Änderung wird festgehalten)</translation>
    </message>
    <message>
      <source>Laps (valid / all)</source>
      <translation>Runden (gültig / alle)</translation>
    </message>
    <message>
      <source>Laps are NOT being stored: the disk holding the data folder ({folder}) is full ({free:.0f} MB free). Free space now (empty the trash, delete old videos or downloads); timing resumes by itself. Until then write each lap down: the trigger log still shows every trigger.</source>
      <translation>Runden werden NICHT gespeichert: Der Datenträger mit dem Datenordner ({folder}) ist voll ({free:.0f} MB frei). Geben Sie jetzt Speicherplatz frei (Papierkorb leeren, alte Videos oder Downloads löschen); die Zeitnahme läuft dann von selbst weiter. Bis dahin jede Runde aufschreiben: Das Auslöserprotokoll zeigt weiterhin jeden Auslöser.</translation>
    </message>
    <message>
      <source>Laps are being stored again.</source>
      <translation>Runden werden wieder gespeichert.</translation>
    </message>
    <message>
      <source>Laps per run</source>
      <translation>Runden pro Lauf</translation>
    </message>
    <message>
      <source>Laps to finish</source>
      <translation>Runden bis zum Ziel</translation>
    </message>
    <message>
      <source>Laps to finish only applies to the lap-count format.</source>
      <translation>„Runden bis zum Ziel“ gilt nur für das Format nach Rundenzahl.</translation>
    </message>
    <message>
      <source>Laps valid / total</source>
      <translation>Gültige / alle Runden</translation>
    </message>
    <message>
      <source>Laptop {name} · track {n}</source>
      <translation>Laptop {name} · Strecke {n}</translation>
    </message>
    <message>
      <source>Laptops on this LAN</source>
      <translation>Laptops in diesem LAN</translation>
    </message>
    <message>
      <source>Last</source>
      <translation>Letzte</translation>
    </message>
    <message>
      <source>Last lap</source>
      <translation>Letzte Runde</translation>
    </message>
    <message>
      <source>Last seen</source>
      <translation>Zuletzt gesehen</translation>
    </message>
    <message>
      <source>Last unreadable line: {line!r} ({reason})</source>
      <translation>Letzte unlesbare Zeile: {line!r} ({reason})</translation>
    </message>
    <message>
      <source>Leaderboard</source>
      <translation>Rangliste</translation>
    </message>
    <message>
      <source>Leaderboard address (QR code)</source>
      <translation>Adresse der Rangliste (QR-Code)</translation>
    </message>
    <message>
      <source>Leaderboard footer</source>
      <translation>Fußzeile der Rangliste</translation>
    </message>
    <message>
      <source>Leaderboard for phones and the stream</source>
      <translation>Rangliste für Handys und den Stream</translation>
    </message>
    <message>
      <source>Leaderboard title</source>
      <translation>Titel der Rangliste</translation>
    </message>
    <message>
      <source>Leaderboard window  Ctrl+Shift+L</source>
      <translation>Ranglistenfenster  Strg+Umschalt+L</translation>
    </message>
    <message>
      <source>Leaderboards</source>
      <translation>Ranglisten</translation>
    </message>
    <message>
      <source>Letter</source>
      <translation>Letter</translation>
    </message>
    <message>
      <source>Library</source>
      <translation>Bibliothek</translation>
    </message>
    <message>
      <source>Light</source>
      <translation>Hell</translation>
    </message>
    <message>
      <source>Live pages for phones and the stream at {value}</source>
      <translation>Live-Seiten für Handys und den Stream unter {value}</translation>
    </message>
    <message>
      <source>Live results on your phone</source>
      <translation>Live-Ergebnisse auf Ihrem Handy</translation>
    </message>
    <message>
      <source>Load a CSV file…</source>
      <translation>Eine CSV-Datei laden…</translation>
    </message>
    <message>
      <source>Load it onto the car again: the car still has the earlier metadata.</source>
      <translation>Laden Sie es erneut auf das Auto: Das Auto hat noch die früheren Metadaten.</translation>
    </message>
    <message>
      <source>Load model onto car</source>
      <translation>Modell auf das Auto laden</translation>
    </message>
    <message>
      <source>Load the chosen model onto the car and select it there</source>
      <translation>Das gewählte Modell auf das Auto laden und dort auswählen</translation>
    </message>
    <message>
      <source>Loaded model</source>
      <translation>Geladenes Modell</translation>
    </message>
    <message>
      <source>Loading the model onto {car} failed.</source>
      <translation>Das Laden des Modells auf {car} ist fehlgeschlagen.</translation>
    </message>
    <message>
      <source>Log in</source>
      <translation>Anmelden</translation>
    </message>
    <message>
      <source>Log in with the PIN first.</source>
      <translation>Melden Sie sich zuerst mit der PIN an.</translation>
    </message>
    <message>
      <source>Log out</source>
      <translation>Abmelden</translation>
    </message>
    <message>
      <source>Logo for printed results</source>
      <translation>Logo für gedruckte Ergebnisse</translation>
    </message>
    <message>
      <source>Logo on printed results</source>
      <translation>Logo auf gedruckten Ergebnissen</translation>
    </message>
    <message>
      <source>Logs fetched from {car}.</source>
      <translation>Protokolle von {car} abgerufen.</translation>
    </message>
    <message>
      <source>Look for USB drives</source>
      <translation>Nach USB-Laufwerken suchen</translation>
    </message>
    <message>
      <source>Look for changes every</source>
      <translation>Nach Änderungen suchen alle</translation>
    </message>
    <message>
      <source>MD5</source>
      <translation>MD5</translation>
    </message>
    <message>
      <source>Make current</source>
      <translation>Zur aktuellen machen</translation>
    </message>
    <message>
      <source>Max runs per racer</source>
      <translation>Höchstzahl Läufe pro Fahrer</translation>
    </message>
    <message>
      <source>Max runs per racer must be at least 1 (or unlimited).</source>
      <translation>Die Höchstzahl Läufe pro Fahrer muss mindestens 1 sein (oder unbegrenzt).</translation>
    </message>
    <message>
      <source>Mean valid lap</source>
      <translation>Mittlere gültige Runde</translation>
    </message>
    <message>
      <source>Minimum lap time (s, debounce)</source>
      <translation>Mindestrundenzeit (s, Entprellung)</translation>
    </message>
    <message>
      <source>Minimum lap time must be between 0 and 600 seconds.</source>
      <translation>Die Mindestrundenzeit muss zwischen 0 und 600 Sekunden liegen.</translation>
    </message>
    <message>
      <source>Minimum lap time “{text}” is not a number of seconds.</source>
      <translation>Die Mindestrundenzeit „{text}“ ist keine Zahl von Sekunden.</translation>
    </message>
    <message>
      <source>Model</source>
      <translation>Modell</translation>
    </message>
    <message>
      <source>Model archives (*.tar.gz *.tgz)</source>
      <translation>Modellarchive (*.tar.gz *.tgz)</translation>
    </message>
    <message>
      <source>Model to push</source>
      <translation>Zu sendendes Modell</translation>
    </message>
    <message>
      <source>Model transfers</source>
      <translation>Modellübertragungen</translation>
    </message>
    <message>
      <source>Models</source>
      <translation>Modelle</translation>
    </message>
    <message>
      <source>Models of {shown_name}</source>
      <translation>Modelle von {shown_name}</translation>
    </message>
    <message>
      <source>More resets than allowed: this lap will be invalid</source>
      <translation>Mehr Resets als erlaubt: Diese Runde wird ungültig</translation>
    </message>
    <message>
      <source>Most consecutive valid laps</source>
      <translation>Meiste aufeinanderfolgende gültige Runden</translation>
    </message>
    <message>
      <source>Most valid in a row</source>
      <translation>Meiste gültige in Folge</translation>
    </message>
    <message>
      <source>Move ticked cars</source>
      <translation>Angehakte Autos verschieben</translation>
    </message>
    <message>
      <source>Moved {n} car(s) into {fleet}.</source>
      <translation>{n} Auto(s) in {fleet} verschoben.</translation>
    </message>
    <message>
      <source>Moved {n} car(s) out of their fleet.</source>
      <translation>{n} Auto(s) aus ihrer Flotte genommen.</translation>
    </message>
    <message>
      <source>Moved {n} car(s) {where}.</source>
      <translation type="vanished">{n} Auto(s) {where} verschoben.</translation>
    </message>
    <message>
      <source>NOT STORED</source>
      <translation>NICHT GESPEICHERT</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>Name at least one event to export.</source>
      <translation>Nennen Sie mindestens eine Veranstaltung zum Exportieren.</translation>
    </message>
    <message>
      <source>Name the car by its host name (e.g. amss-1234) or its address.</source>
      <translation>Nennen Sie das Auto mit seinem Hostnamen (z. B. amss-1234) oder seiner Adresse.</translation>
    </message>
    <message>
      <source>Name the car first: choose it or type its name in Car (C), then press M.</source>
      <translation>Nennen Sie zuerst das Auto: Wählen Sie es oder tippen Sie seinen Namen unter Auto (C), dann drücken Sie M.</translation>
    </message>
    <message>
      <source>Nested multipart forms are not accepted.</source>
      <translation>Verschachtelte Multipart-Formulare werden nicht angenommen.</translation>
    </message>
    <message>
      <source>New code</source>
      <translation>Neuer Code</translation>
    </message>
    <message>
      <source>New event</source>
      <translation>Neue Veranstaltung</translation>
    </message>
    <message>
      <source>New leader</source>
      <translation>Neue Führung</translation>
    </message>
    <message>
      <source>New name for the fleet {name}:</source>
      <translation>Neuer Name für die Flotte {name}:</translation>
    </message>
    <message>
      <source>New personal best</source>
      <translation>Neue persönliche Bestzeit</translation>
    </message>
    <message>
      <source>New tablet PIN (4 to 12 digits): </source>
      <translation>Neue Tablet-PIN (4 bis 12 Ziffern): </translation>
    </message>
    <message>
      <source>New upload code {code}: press Save to use it (the old code then stops working).</source>
      <translation>Neuer Upload-Code {code}: Drücken Sie Speichern, um ihn zu verwenden (der alte Code funktioniert dann nicht mehr).</translation>
    </message>
    <message>
      <source>Next on deck, {name}</source>
      <translation>Als Nächstes bereit: {name}</translation>
    </message>
    <message>
      <source>Next racer</source>
      <translation>Nächster Fahrer</translation>
    </message>
    <message>
      <source>Next racer on deck</source>
      <translation>Nächster Fahrer auf der Warteliste</translation>
    </message>
    <message>
      <source>No (Esc)</source>
      <translation>Nein (Esc)</translation>
    </message>
    <message>
      <source>No DREM lap sensor found. Plug one in (searching all serial ports).</source>
      <translation>Kein DREM-Rundensensor gefunden. Stecken Sie einen an (alle seriellen Ports werden durchsucht).</translation>
    </message>
    <message>
      <source>No PIN: the tablet page refuses everyone.</source>
      <translation>Keine PIN: Die Tablet-Seite weist alle ab.</translation>
    </message>
    <message>
      <source>No USB drive found: plug one in, then look again</source>
      <translation>Kein USB-Laufwerk gefunden: Stecken Sie eines an und suchen Sie erneut</translation>
    </message>
    <message>
      <source>No audio player to say the call-outs with: install paplay, pw-play or aplay (Debian/Ubuntu: sudo apt install alsa-utils).</source>
      <translation>Kein Audioplayer für die Ansagen: Installieren Sie paplay, pw-play oder aplay (Debian/Ubuntu: sudo apt install alsa-utils).</translation>
    </message>
    <message>
      <source>No backups yet.</source>
      <translation>Noch keine Sicherungen.</translation>
    </message>
    <message>
      <source>No bucket credentials: save them in Settings → Sync, or set up an AWS profile or AWS_* variables.</source>
      <translation>Keine Zugangsdaten für den Bucket: Speichern Sie sie unter Einstellungen → Sync, oder richten Sie ein AWS-Profil oder AWS_*-Variablen ein.</translation>
    </message>
    <message>
      <source>No bucket is set: add one in Settings → Sync.</source>
      <translation>Kein Bucket gesetzt: Fügen Sie einen unter Einstellungen → Sync hinzu.</translation>
    </message>
    <message>
      <source>No bucket set: changes stay on this laptop (and its paired laptops).</source>
      <translation>Kein Bucket gesetzt: Änderungen bleiben auf diesem Laptop (und seinen gekoppelten Laptops).</translation>
    </message>
    <message>
      <source>No bucket: changes stay on this laptop and its paired laptops.</source>
      <translation>Kein Bucket: Änderungen bleiben auf diesem Laptop und seinen gekoppelten Laptops.</translation>
    </message>
    <message>
      <source>No bucket: give --bucket s3://BUCKET/PREFIX, or set one in Settings → Sync.</source>
      <translation>Kein Bucket: Geben Sie --bucket s3://BUCKET/PREFIX an oder setzen Sie einen unter Einstellungen → Sync.</translation>
    </message>
    <message>
      <source>No car called {key} is registered.</source>
      <translation>Kein Auto namens {key} ist registriert.</translation>
    </message>
    <message>
      <source>No car job with id {id}.</source>
      <translation>Kein Autoauftrag mit der ID {id}.</translation>
    </message>
    <message>
      <source>No car logs for this run yet.</source>
      <translation>Noch keine Autoprotokolle für diesen Lauf.</translation>
    </message>
    <message>
      <source>No car named for this run.</source>
      <translation>Für diesen Lauf ist kein Auto genannt.</translation>
    </message>
    <message>
      <source>No cars yet. Cars are found by themselves on the venue network (mDNS): switch a car on and join it to the same Wi-Fi as this laptop; it appears here within seconds by its name (amss-1234). Where the network blocks mDNS, add a car by its name or address above.</source>
      <translation>Noch keine Autos. Autos werden im Netz der Veranstaltung von selbst gefunden (mDNS): Schalten Sie ein Auto ein und verbinden Sie es mit demselben WLAN wie diesen Laptop; es erscheint hier binnen Sekunden unter seinem Namen (amss-1234). Wo das Netz mDNS sperrt, fügen Sie ein Auto oben mit Namen oder Adresse hinzu.</translation>
    </message>
    <message>
      <source>No event</source>
      <translation>Keine Veranstaltung</translation>
    </message>
    <message>
      <source>No event in {url} yet.</source>
      <translation>Noch keine Veranstaltung in {url}.</translation>
    </message>
    <message>
      <source>No event selected</source>
      <translation>Keine Veranstaltung gewählt</translation>
    </message>
    <message>
      <source>No event with id {id}.</source>
      <translation>Keine Veranstaltung mit der ID {id}.</translation>
    </message>
    <message>
      <source>No event yet: create one on the Event page (Ctrl+2).</source>
      <translation>Noch keine Veranstaltung: Erstellen Sie eine auf der Seite Veranstaltung (Strg+2).</translation>
    </message>
    <message>
      <source>No event “{key}” in {url} (events there: {listing}).</source>
      <translation>Keine Veranstaltung „{key}“ in {url} (Veranstaltungen dort: {listing}).</translation>
    </message>
    <message>
      <source>No event “{key}”. List them with: drem-desktop event list</source>
      <translation>Keine Veranstaltung „{key}“. Auflisten mit: drem-desktop event list</translation>
    </message>
    <message>
      <source>No events yet.</source>
      <translation>Noch keine Veranstaltungen.</translation>
    </message>
    <message>
      <source>No events yet. Create one with: drem-desktop event add "My Race"</source>
      <translation>Noch keine Veranstaltungen. Erstellen Sie eine mit: drem-desktop event add "Mein Rennen"</translation>
    </message>
    <message>
      <source>No fleet</source>
      <translation>Keine Flotte</translation>
    </message>
    <message>
      <source>No fleet: nothing is pre-loaded</source>
      <translation>Keine Flotte: nichts wird vorgeladen</translation>
    </message>
    <message>
      <source>No heartbeat from the sensor on {port} for {seconds:.0f} s. Check its power and that it runs the DREM firmware.</source>
      <translation>Seit {seconds:.0f} s kein Lebenszeichen vom Sensor an {port}. Prüfen Sie seine Stromversorgung und ob er die DREM-Firmware hat.</translation>
    </message>
    <message>
      <source>No lap source: laps are not timed. Give --sensor auto, a port, or ws://HOST:8080.</source>
      <translation>Keine Rundenquelle: Runden werden nicht gezeitet. Geben Sie --sensor auto, einen Port oder ws://HOST:8080 an.</translation>
    </message>
    <message>
      <source>No laps yet</source>
      <translation>Noch keine Runden</translation>
    </message>
    <message>
      <source>No logo</source>
      <translation>Kein Logo</translation>
    </message>
    <message>
      <source>No model archives (.tar.gz) in {folder}. Pick the folder that holds them.</source>
      <translation>Keine Modellarchive (.tar.gz) in {folder}. Wählen Sie den Ordner, der sie enthält.</translation>
    </message>
    <message>
      <source>No model in the library for this racer (Models page, Ctrl+6)</source>
      <translation type="vanished">Kein Modell dieses Fahrers in der Bibliothek (Seite Modelle, Strg+6)</translation>
    </message>
    <message>
      <source>No model in the library for this racer: add one on the Models page (Ctrl+6).</source>
      <translation>Kein Modell dieses Fahrers in der Bibliothek: Fügen Sie eines auf der Seite Modelle hinzu (Strg+6).</translation>
    </message>
    <message>
      <source>No model with id {id} in the library.</source>
      <translation>Kein Modell mit der ID {id} in der Bibliothek.</translation>
    </message>
    <message>
      <source>No model yet</source>
      <translation>Noch kein Modell</translation>
    </message>
    <message>
      <source>No paired laptops. Pair one with: drem-desktop pair HOST:PORT CODE</source>
      <translation>Keine gekoppelten Laptops. Koppeln mit: drem-desktop pair HOST:PORT CODE</translation>
    </message>
    <message>
      <source>No password or key is saved for car {car}. Add them in Cars → {car} (SSH user deepracer, or the web console password printed under the car) and retry.</source>
      <translation>Für Auto {car} ist kein Passwort und kein Schlüssel gespeichert. Fügen Sie sie unter Autos → {car} hinzu (SSH-Benutzer deepracer oder das unter dem Auto aufgedruckte Passwort der Webkonsole) und versuchen Sie es erneut.</translation>
    </message>
    <message>
      <source>No racer called {name}: register them in Racers, or check the spelling.</source>
      <translation>Kein Fahrer namens {name}: Melden Sie ihn unter Fahrer an oder prüfen Sie die Schreibweise.</translation>
    </message>
    <message>
      <source>No racer has a ranked figure yet.</source>
      <translation>Noch kein Fahrer hat einen gewerteten Wert.</translation>
    </message>
    <message>
      <source>No racer is on the track: pick the next racer first (N).</source>
      <translation>Kein Fahrer auf der Strecke: Wählen Sie zuerst den nächsten Fahrer (N).</translation>
    </message>
    <message>
      <source>No racer is on this track: pick the next racer first.</source>
      <translation>Kein Fahrer auf dieser Strecke: Wählen Sie zuerst den nächsten Fahrer.</translation>
    </message>
    <message>
      <source>No racer matches “{name}”. Press Enter to register {name} and put them on the track.</source>
      <translation>Kein Fahrer passt zu „{name}“. Drücken Sie Enter, um {name} anzumelden und auf die Strecke zu schicken.</translation>
    </message>
    <message>
      <source>No racer named “{name}” is registered. Check the spelling, or ask at the organizer's desk to be added, then upload again.</source>
      <translation>Kein Fahrer namens „{name}“ ist angemeldet. Prüfen Sie die Schreibweise oder lassen Sie sich am Tisch der Veranstalter eintragen, dann laden Sie erneut hoch.</translation>
    </message>
    <message>
      <source>No racer named “{name}”.</source>
      <translation>Kein Fahrer namens „{name}“.</translation>
    </message>
    <message>
      <source>No racer on this leaderboard yet.</source>
      <translation>Noch kein Fahrer auf dieser Rangliste.</translation>
    </message>
    <message>
      <source>No racer on track</source>
      <translation>Kein Fahrer auf der Strecke</translation>
    </message>
    <message>
      <source>No racer with id {id}.</source>
      <translation>Kein Fahrer mit der ID {id}.</translation>
    </message>
    <message>
      <source>No racers yet: type a racer's name and press Enter to register them and put them on the track.</source>
      <translation>Noch keine Fahrer: Tippen Sie den Namen eines Fahrers und drücken Sie Enter, um ihn anzumelden und auf die Strecke zu schicken.</translation>
    </message>
    <message>
      <source>No run of this event was driven on {car} yet.</source>
      <translation>Auf {car} wurde noch kein Lauf dieser Veranstaltung gefahren.</translation>
    </message>
    <message>
      <source>No run was live on this track.</source>
      <translation>Auf dieser Strecke lief kein Lauf.</translation>
    </message>
    <message>
      <source>No run with id {id}.</source>
      <translation>Kein Lauf mit der ID {id}.</translation>
    </message>
    <message>
      <source>No runs on this leaderboard yet.</source>
      <translation>Noch keine Läufe auf dieser Rangliste.</translation>
    </message>
    <message>
      <source>No sensor given. Use auto, a serial port such as /dev/ttyACM0, or ws://HOST:8080.</source>
      <translation>Kein Sensor angegeben. Verwenden Sie auto, einen seriellen Port wie /dev/ttyACM0 oder ws://HOST:8080.</translation>
    </message>
    <message>
      <source>No tablet PIN is set on the laptop: set one in Settings → Tablet first.</source>
      <translation>Auf dem Laptop ist keine Tablet-PIN gesetzt: Setzen Sie zuerst eine unter Einstellungen → Tablet.</translation>
    </message>
    <message>
      <source>No tablet PIN is set yet: set one on the laptop in Settings.</source>
      <translation>Noch keine Tablet-PIN gesetzt: Setzen Sie eine auf dem Laptop in den Einstellungen.</translation>
    </message>
    <message>
      <source>No track with id {id}.</source>
      <translation>Keine Strecke mit der ID {id}.</translation>
    </message>
    <message>
      <source>No upload with this token (or it is too old).</source>
      <translation>Kein Upload mit diesem Token (oder er ist zu alt).</translation>
    </message>
    <message>
      <source>No users.json (exported with --skip-users): racers were matched by username.</source>
      <translation>Keine users.json (mit --skip-users exportiert): Fahrer wurden über den Benutzernamen zugeordnet.</translation>
    </message>
    <message>
      <source>No verdict yet. Ask at the organizer's desk whether your model arrived.</source>
      <translation>Noch kein Ergebnis. Fragen Sie am Tisch der Veranstalter, ob Ihr Modell angekommen ist.</translation>
    </message>
    <message>
      <source>No voice available for call-outs ({error}).</source>
      <translation>Keine Stimme für Ansagen verfügbar ({error}).</translation>
    </message>
    <message>
      <source>Nobody is on deck for this track: add racers to the queue, or pick one.</source>
      <translation>Niemand steht für diese Strecke auf der Warteliste: Fügen Sie Fahrer hinzu oder wählen Sie einen.</translation>
    </message>
    <message>
      <source>Nobody is on deck for track {n}: next USERNAME puts a racer on, deck USERNAME queues one.</source>
      <translation>Niemand steht für Strecke {n} auf der Warteliste: next BENUTZERNAME schickt einen Fahrer auf die Strecke, deck BENUTZERNAME reiht einen ein.</translation>
    </message>
    <message>
      <source>Nobody on deck.</source>
      <translation>Niemand auf der Warteliste.</translation>
    </message>
    <message>
      <source>Nobody on the track: take the next racer (Next racer).</source>
      <translation>Niemand auf der Strecke: Nehmen Sie den nächsten Fahrer (Nächster Fahrer).</translation>
    </message>
    <message>
      <source>Not a Pi timer address: {url}. Use ws://HOST:8080 (the timer's IP or name).</source>
      <translation>Keine Pi-Timer-Adresse: {url}. Verwenden Sie ws://HOST:8080 (IP oder Name des Timers).</translation>
    </message>
    <message>
      <source>Not connected</source>
      <translation>Nicht verbunden</translation>
    </message>
    <message>
      <source>Not done: {reason}</source>
      <translation>Nicht erledigt: {reason}</translation>
    </message>
    <message>
      <source>Not found</source>
      <translation>Nicht gefunden</translation>
    </message>
    <message>
      <source>Not in step yet: {first}</source>
      <translation>Noch nicht im Gleichstand: {first}</translation>
    </message>
    <message>
      <source>Not logged in.</source>
      <translation>Nicht angemeldet.</translation>
    </message>
    <message>
      <source>Not registered: {lines}</source>
      <translation>Nicht angemeldet: {lines}</translation>
    </message>
    <message>
      <source>Not syncing with a bucket.</source>
      <translation>Kein Sync mit einem Bucket.</translation>
    </message>
    <message>
      <source>Not syncing: set a bucket or pair a laptop in Settings → Sync.</source>
      <translation>Kein Sync: Setzen Sie einen Bucket oder koppeln Sie einen Laptop unter Einstellungen → Sync.</translation>
    </message>
    <message>
      <source>Note: {note}</source>
      <translation>Hinweis: {note}</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Notizen</translation>
    </message>
    <message>
      <source>Nothing to change: this bundle was imported before.</source>
      <translation>Nichts zu ändern: Dieses Bundle wurde schon importiert.</translation>
    </message>
    <message>
      <source>On deck</source>
      <translation>Warteliste</translation>
    </message>
    <message>
      <source>On deck (N takes the next)</source>
      <translation>Warteliste (N nimmt den Nächsten)</translation>
    </message>
    <message>
      <source>On deck: {names}.</source>
      <translation>Auf der Warteliste: {names}.</translation>
    </message>
    <message>
      <source>On the other laptop: Settings → Sync → pick this laptop and type this code (valid 5 minutes, 3 tries), or run  drem-desktop pair {where} {code}</source>
      <translation>Auf dem anderen Laptop: Einstellungen → Sync → diesen Laptop wählen und diesen Code eintippen (5 Minuten gültig, 3 Versuche), oder  drem-desktop pair {where} {code}  ausführen</translation>
    </message>
    <message>
      <source>On track</source>
      <translation>Auf der Strecke</translation>
    </message>
    <message>
      <source>One line per racer, for a spreadsheet.</source>
      <translation>Eine Zeile pro Fahrer, für eine Tabellenkalkulation.</translation>
    </message>
    <message>
      <source>One page per racer with their place and best figures.</source>
      <translation>Eine Seite pro Fahrer mit Platz und besten Werten.</translation>
    </message>
    <message>
      <source>One racer a line: username, display name, country code (only the username is needed). You can add racers any time later: type a new name in the timekeeper and press Enter.</source>
      <translation>Ein Fahrer pro Zeile: Benutzername, Anzeigename, Ländercode (nur der Benutzername ist nötig). Fahrer können Sie jederzeit später hinzufügen: Tippen Sie in der Zeitnahme einen neuen Namen und drücken Sie Enter.</translation>
    </message>
    <message>
      <source>Online</source>
      <translation>Online</translation>
    </message>
    <message>
      <source>Only {free:.0f} MB free on the disk holding the data folder ({folder}). Racers' uploads are paused so lap timing keeps its room; free some space.</source>
      <translation>Nur {free:.0f} MB frei auf dem Datenträger mit dem Datenordner ({folder}). Uploads der Fahrer sind angehalten, damit die Zeitnahme genug Platz behält; geben Sie Speicherplatz frei.</translation>
    </message>
    <message>
      <source>Open /tablet on the LAN server from a tablet, type this PIN, and time from there.</source>
      <translation>Öffnen Sie /tablet auf dem LAN-Server mit einem Tablet, geben Sie diese PIN ein und zeiten Sie von dort.</translation>
    </message>
    <message>
      <source>Open backups folder</source>
      <translation>Sicherungsordner öffnen</translation>
    </message>
    <message>
      <source>Open folder</source>
      <translation>Ordner öffnen</translation>
    </message>
    <message>
      <source>Opening lap sources…</source>
      <translation>Rundenquellen werden geöffnet…</translation>
    </message>
    <message>
      <source>Operator PIN</source>
      <translation>Bediener-PIN</translation>
    </message>
    <message>
      <source>Organiser's summary</source>
      <translation>Zusammenfassung für Veranstalter</translation>
    </message>
    <message>
      <source>Organiser's summary (PDF)</source>
      <translation>Zusammenfassung für Veranstalter (PDF)</translation>
    </message>
    <message>
      <source>PDF paper size (default a4)</source>
      <translation>PDF-Papierformat (Standard a4)</translation>
    </message>
    <message>
      <source>PIN set. Tablets logged in before must log in again.</source>
      <translation>PIN gesetzt. Bereits angemeldete Tablets müssen sich neu anmelden.</translation>
    </message>
    <message>
      <source>Packing {name}…</source>
      <translation>{name} wird gepackt…</translation>
    </message>
    <message>
      <source>Packing {table} rows…</source>
      <translation>{table}-Zeilen werden gepackt…</translation>
    </message>
    <message>
      <source>Page {n}</source>
      <translation>Seite {n}</translation>
    </message>
    <message>
      <source>Page {n} of {m}</source>
      <translation>Seite {n} von {m}</translation>
    </message>
    <message>
      <source>Pair a laptop</source>
      <translation>Einen Laptop koppeln</translation>
    </message>
    <message>
      <source>Pair another laptop with: drem-desktop pair {address} {code}</source>
      <translation>Einen weiteren Laptop koppeln mit: drem-desktop pair {address} {code}</translation>
    </message>
    <message>
      <source>Pair by address…</source>
      <translation>Über Adresse koppeln…</translation>
    </message>
    <message>
      <source>Pair with selected…</source>
      <translation>Mit ausgewähltem koppeln…</translation>
    </message>
    <message>
      <source>Paired laptops</source>
      <translation>Gekoppelte Laptops</translation>
    </message>
    <message>
      <source>Paired with {name} ({id}): the two laptops now sync over the LAN.</source>
      <translation>Mit {name} ({id}) gekoppelt: Die beiden Laptops synchronisieren jetzt über das LAN.</translation>
    </message>
    <message>
      <source>Paired with {name}: the two laptops now sync.</source>
      <translation>Mit {name} gekoppelt: Die beiden Laptops synchronisieren jetzt.</translation>
    </message>
    <message>
      <source>Paired: the two laptops now sync over the LAN.</source>
      <translation>Gekoppelt: Die beiden Laptops synchronisieren jetzt über das LAN.</translation>
    </message>
    <message>
      <source>Pairing with {address}…</source>
      <translation>Kopplung mit {address}…</translation>
    </message>
    <message>
      <source>Paper</source>
      <translation>Papier</translation>
    </message>
    <message>
      <source>Paper must be a4 or letter, not “{paper}”.</source>
      <translation>Das Papier muss a4 oder letter sein, nicht „{paper}“.</translation>
    </message>
    <message>
      <source>Part {n} of {key} arrived damaged; it is sent again.</source>
      <translation>Teil {n} von {key} kam beschädigt an; er wird erneut gesendet.</translation>
    </message>
    <message>
      <source>Password saved for {n} car(s).</source>
      <translation>Passwort für {n} Auto(s) gespeichert.</translation>
    </message>
    <message>
      <source>Passwords of {n} car(s) forgotten.</source>
      <translation>Passwörter von {n} Auto(s) vergessen.</translation>
    </message>
    <message>
      <source>Pause</source>
      <translation>Pause</translation>
    </message>
    <message>
      <source>Paused: Space resumes</source>
      <translation>Pausiert: Leertaste setzt fort</translation>
    </message>
    <message>
      <source>Personal best</source>
      <translation>Persönliche Bestzeit</translation>
    </message>
    <message>
      <source>Personal best for {name}, {time}</source>
      <translation>Persönliche Bestzeit für {name}, {time}</translation>
    </message>
    <message>
      <source>Pick a folder of model archives (for example the cloud manager's lib/default_models): they are filed under the owner “Sample models”, ready for any car.</source>
      <translation>Wählen Sie einen Ordner mit Modellarchiven (zum Beispiel lib/default_models des Cloud-Managers): Sie werden unter dem Besitzer „Beispielmodelle“ abgelegt, bereit für jedes Auto.</translation>
    </message>
    <message>
      <source>Pick a racer</source>
      <translation>Einen Fahrer wählen</translation>
    </message>
    <message>
      <source>Pick an event on the Event page</source>
      <translation>Wählen Sie eine Veranstaltung auf der Seite Veranstaltung</translation>
    </message>
    <message>
      <source>Pick the next racer on the left (N), then press Space to start.</source>
      <translation>Wählen Sie links den nächsten Fahrer (N) und drücken Sie dann die Leertaste zum Start.</translation>
    </message>
    <message>
      <source>Pick the racer this model belongs to first.</source>
      <translation>Wählen Sie zuerst den Fahrer, dem dieses Modell gehört.</translation>
    </message>
    <message>
      <source>Pick the racer, then tick the models to import.</source>
      <translation>Wählen Sie den Fahrer und haken Sie dann die zu importierenden Modelle an.</translation>
    </message>
    <message>
      <source>Places 4 to 10</source>
      <translation>Plätze 4 bis 10</translation>
    </message>
    <message>
      <source>Podium (PDF)</source>
      <translation>Podium (PDF)</translation>
    </message>
    <message>
      <source>Podium · all tracks</source>
      <translation>Podium · alle Strecken</translation>
    </message>
    <message>
      <source>Podium · track {n}</source>
      <translation>Podium · Strecke {n}</translation>
    </message>
    <message>
      <source>Ports {first} to {last} are all in use: choose another port for the LAN pages.</source>
      <translation>Die Ports {first} bis {last} sind alle belegt: Wählen Sie einen anderen Port für die LAN-Seiten.</translation>
    </message>
    <message>
      <source>Pre-load the cars of the racers on deck</source>
      <translation>Die Autos der wartenden Fahrer vorladen</translation>
    </message>
    <message>
      <source>Press Finish to open the timekeeper: type a racer's name and press Enter; the first trigger (or L) starts the run. Ctrl+Shift+L opens the leaderboard window for the projector.</source>
      <translation>Drücken Sie Fertig, um die Zeitnahme zu öffnen: Tippen Sie den Namen eines Fahrers und drücken Sie Enter; der erste Auslöser (oder L) startet den Lauf. Strg+Umschalt+L öffnet das Ranglistenfenster für den Projektor.</translation>
    </message>
    <message>
      <source>Pretend to be a lap sensor: a serial terminal (or a Pi timer) that sends laps.</source>
      <translation>Einen Rundensensor vortäuschen: ein serielles Terminal (oder ein Pi-Timer), das Runden sendet.</translation>
    </message>
    <message>
      <source>Progress</source>
      <translation>Fortschritt</translation>
    </message>
    <message>
      <source>Push model…</source>
      <translation>Modell senden…</translation>
    </message>
    <message>
      <source>Put a racer on the track first (N); then load their model.</source>
      <translation>Schicken Sie zuerst einen Fahrer auf die Strecke (N); laden Sie dann sein Modell.</translation>
    </message>
    <message>
      <source>Put a racer on the track first (N); then name their car.</source>
      <translation>Schicken Sie zuerst einen Fahrer auf die Strecke (N); nennen Sie dann sein Auto.</translation>
    </message>
    <message>
      <source>Put on track  ⏎</source>
      <translation>Auf die Strecke  ⏎</translation>
    </message>
    <message>
      <source>Race over: check the laps, then Submit (S)</source>
      <translation>Rennen vorbei: Runden prüfen, dann Einreichen (S)</translation>
    </message>
    <message>
      <source>Race rules</source>
      <translation>Rennregeln</translation>
    </message>
    <message>
      <source>Race summary</source>
      <translation>Rennzusammenfassung</translation>
    </message>
    <message>
      <source>Race time</source>
      <translation>Rennzeit</translation>
    </message>
    <message>
      <source>Race time must be between 1 second and 24 hours (or unset for no limit).</source>
      <translation>Die Rennzeit muss zwischen 1 Sekunde und 24 Stunden liegen (oder leer für keine Grenze).</translation>
    </message>
    <message>
      <source>Race time “{text}” is not a time: write minutes:seconds like 3:00, or leave it empty for no limit.</source>
      <translation>Die Rennzeit „{text}“ ist keine Zeit: Schreiben Sie Minuten:Sekunden wie 3:00 oder lassen Sie das Feld leer für keine Grenze.</translation>
    </message>
    <message>
      <source>Raced by proxy</source>
      <translation>Als Vertretung gefahren</translation>
    </message>
    <message>
      <source>Raced by proxy (someone drives for them)</source>
      <translation type="vanished">Als Vertretung gefahren (jemand fährt für ihn)</translation>
    </message>
    <message>
      <source>Racer</source>
      <translation>Fahrer</translation>
    </message>
    <message>
      <source>Racer username</source>
      <translation>Benutzername des Fahrers</translation>
    </message>
    <message>
      <source>Racers</source>
      <translation>Fahrer</translation>
    </message>
    <message>
      <source>Racers CSV</source>
      <translation>Fahrer-CSV</translation>
    </message>
    <message>
      <source>Racers on the venue Wi-Fi open this address (or scan the code) and enter the upload code to hand in their model.</source>
      <translation>Fahrer im WLAN der Veranstaltung öffnen diese Adresse (oder scannen den Code) und geben den Upload-Code ein, um ihr Modell abzugeben.</translation>
    </message>
    <message>
      <source>Races</source>
      <translation>Rennen</translation>
    </message>
    <message>
      <source>Rank</source>
      <translation>Platz</translation>
    </message>
    <message>
      <source>Rank {n}.</source>
      <translation>Platz {n}.</translation>
    </message>
    <message>
      <source>Ranked by {figure}</source>
      <translation>Gewertet nach {figure}</translation>
    </message>
    <message>
      <source>Ranking</source>
      <translation>Wertung</translation>
    </message>
    <message>
      <source>Read status</source>
      <translation>Status lesen</translation>
    </message>
    <message>
      <source>Reading the event…</source>
      <translation>Die Veranstaltung wird gelesen…</translation>
    </message>
    <message>
      <source>Reading the results…</source>
      <translation>Die Ergebnisse werden gelesen…</translation>
    </message>
    <message>
      <source>Ready to time</source>
      <translation>Bereit zur Zeitnahme</translation>
    </message>
    <message>
      <source>Ready: press Space to start (or the first sensor trigger starts)</source>
      <translation>Bereit: Leertaste startet (oder der erste Sensorauslöser)</translation>
    </message>
    <message>
      <source>Reason for an extra run (recorded)</source>
      <translation>Grund für einen zusätzlichen Lauf (wird festgehalten)</translation>
    </message>
    <message>
      <source>Received; checking…</source>
      <translation>Empfangen; wird geprüft…</translation>
    </message>
    <message>
      <source>Reconnecting…</source>
      <translation>Neu verbinden…</translation>
    </message>
    <message>
      <source>Refused: {first}</source>
      <translation>Abgelehnt: {first}</translation>
    </message>
    <message>
      <source>Refused: {which}</source>
      <translation>Abgelehnt: {which}</translation>
    </message>
    <message>
      <source>Region</source>
      <translation>Region</translation>
    </message>
    <message>
      <source>Register  ⏎</source>
      <translation>Anmelden  ⏎</translation>
    </message>
    <message>
      <source>Register a racer</source>
      <translation>Einen Fahrer anmelden</translation>
    </message>
    <message>
      <source>Registered racer {name} ({id}).</source>
      <translation>Fahrer {name} ({id}) angemeldet.</translation>
    </message>
    <message>
      <source>Registered {username}.</source>
      <translation>{username} angemeldet.</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>Entfernen</translation>
    </message>
    <message>
      <source>Remove fleet</source>
      <translation>Flotte entfernen</translation>
    </message>
    <message>
      <source>Remove the fleet {name}? It holds no cars.</source>
      <translation>Die Flotte {name} entfernen? Sie enthält keine Autos.</translation>
    </message>
    <message>
      <source>Remove the fleet {name}? Its {n} car(s) stay registered, in no fleet.</source>
      <translation>Die Flotte {name} entfernen? Ihre {n} Auto(s) bleiben registriert, in keiner Flotte.</translation>
    </message>
    <message>
      <source>Rename fleet</source>
      <translation>Flotte umbenennen</translation>
    </message>
    <message>
      <source>Rename fleet…</source>
      <translation>Flotte umbenennen…</translation>
    </message>
    <message>
      <source>Reset +1</source>
      <translation>Reset +1</translation>
    </message>
    <message>
      <source>Reset count</source>
      <translation>Anzahl Resets</translation>
    </message>
    <message>
      <source>Reset −1</source>
      <translation>Reset −1</translation>
    </message>
    <message>
      <source>Resets</source>
      <translation>Resets</translation>
    </message>
    <message>
      <source>Resets allowed per lap</source>
      <translation>Erlaubte Resets pro Runde</translation>
    </message>
    <message>
      <source>Resets allowed per lap must be 0 or more (or unlimited).</source>
      <translation>Die erlaubten Resets pro Runde müssen 0 oder mehr sein (oder unbegrenzt).</translation>
    </message>
    <message>
      <source>Resets allowed per lap: {value}</source>
      <translation>Erlaubte Resets pro Runde: {value}</translation>
    </message>
    <message>
      <source>Resets cannot be negative.</source>
      <translation>Resets können nicht negativ sein.</translation>
    </message>
    <message>
      <source>Resets this lap</source>
      <translation>Resets dieser Runde</translation>
    </message>
    <message>
      <source>Resets “{text}” must be a whole number, 0 or more.</source>
      <translation>Resets „{text}“ müssen eine ganze Zahl sein, 0 oder mehr.</translation>
    </message>
    <message>
      <source>Restart service</source>
      <translation>Dienst neu starten</translation>
    </message>
    <message>
      <source>Restore lap</source>
      <translation>Runde wiederherstellen</translation>
    </message>
    <message>
      <source>Restore run</source>
      <translation>Lauf wiederherstellen</translation>
    </message>
    <message>
      <source>Restored “{name}” ({summary}).</source>
      <translation>„{name}“ wiederhergestellt ({summary}).</translation>
    </message>
    <message>
      <source>Restored.</source>
      <translation>Wiederhergestellt.</translation>
    </message>
    <message>
      <source>Restoring the event…</source>
      <translation>Die Veranstaltung wird wiederhergestellt…</translation>
    </message>
    <message>
      <source>Result</source>
      <translation>Ergebnis</translation>
    </message>
    <message>
      <source>Results data (JSON)</source>
      <translation>Ergebnisdaten (JSON)</translation>
    </message>
    <message>
      <source>Resume</source>
      <translation>Fortsetzen</translation>
    </message>
    <message>
      <source>Retire</source>
      <translation>Ausmustern</translation>
    </message>
    <message>
      <source>Retry failed</source>
      <translation>Fehlgeschlagene wiederholen</translation>
    </message>
    <message>
      <source>Rules</source>
      <translation>Regeln</translation>
    </message>
    <message>
      <source>Rules, every leaderboard and the statistics, to print or send.</source>
      <translation>Regeln, jede Rangliste und die Statistik, zum Drucken oder Versenden.</translation>
    </message>
    <message>
      <source>Run</source>
      <translation>Lauf</translation>
    </message>
    <message>
      <source>Run AWS DeepRacer events at the track, offline. With no command, opens the app.</source>
      <translation>AWS-DeepRacer-Veranstaltungen an der Strecke durchführen, offline. Ohne Befehl öffnet sich die App.</translation>
    </message>
    <message>
      <source>Run deleted: it no longer counts.</source>
      <translation>Lauf gelöscht: Er zählt nicht mehr.</translation>
    </message>
    <message>
      <source>Run over</source>
      <translation>Lauf vorbei</translation>
    </message>
    <message>
      <source>Run over for {name}. Best lap {best}. {rank}</source>
      <translation>Lauf beendet für {name}. Beste Runde {best}. {rank}</translation>
    </message>
    <message>
      <source>Run restored: it counts again.</source>
      <translation>Lauf wiederhergestellt: Er zählt wieder.</translation>
    </message>
    <message>
      <source>Running</source>
      <translation>Läuft</translation>
    </message>
    <message>
      <source>Runs</source>
      <translation>Läufe</translation>
    </message>
    <message>
      <source>Runs per racer</source>
      <translation>Läufe pro Fahrer</translation>
    </message>
    <message>
      <source>Sample line said. Heard nothing? Check the volume and the sound output.</source>
      <translation>Probesatz gesprochen. Nichts gehört? Prüfen Sie die Lautstärke und die Tonausgabe.</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Speichern</translation>
    </message>
    <message>
      <source>Save changes</source>
      <translation>Änderungen speichern</translation>
    </message>
    <message>
      <source>Save exports in</source>
      <translation>Exporte speichern in</translation>
    </message>
    <message>
      <source>Save in folder</source>
      <translation>Im Ordner speichern</translation>
    </message>
    <message>
      <source>Save password for ticked cars</source>
      <translation>Passwort für angehakte Autos speichern</translation>
    </message>
    <message>
      <source>Saved the changes to “{name}”.</source>
      <translation>Die Änderungen an „{name}“ wurden gespeichert.</translation>
    </message>
    <message>
      <source>Saved {name}.</source>
      <translation>{name} gespeichert.</translation>
    </message>
    <message>
      <source>Saved {path}</source>
      <translation>{path} gespeichert</translation>
    </message>
    <message>
      <source>Saved {username}.</source>
      <translation>{username} gespeichert.</translation>
    </message>
    <message>
      <source>Saved. The leaderboard window shows the QR code and footer now; a new port is used from the next start.</source>
      <translation>Gespeichert. Das Ranglistenfenster zeigt jetzt QR-Code und Fußzeile; ein neuer Port gilt ab dem nächsten Start.</translation>
    </message>
    <message>
      <source>Saved. This laptop syncs with {url}.</source>
      <translation>Gespeichert. Dieser Laptop synchronisiert mit {url}.</translation>
    </message>
    <message>
      <source>Say which operation on which track.</source>
      <translation>Sagen Sie, welche Aktion auf welcher Strecke.</translation>
    </message>
    <message>
      <source>Scan a folder for models</source>
      <translation>Einen Ordner nach Modellen durchsuchen</translation>
    </message>
    <message>
      <source>Scan a folder…</source>
      <translation>Einen Ordner durchsuchen…</translation>
    </message>
    <message>
      <source>Scan drive</source>
      <translation>Laufwerk durchsuchen</translation>
    </message>
    <message>
      <source>Scan for the event page</source>
      <translation>Scannen für die Seite der Veranstaltung</translation>
    </message>
    <message>
      <source>Screen</source>
      <translation>Bildschirm</translation>
    </message>
    <message>
      <source>Search username or name…</source>
      <translation>Benutzername oder Name suchen…</translation>
    </message>
    <message>
      <source>Secret access key</source>
      <translation>Geheimer Zugriffsschlüssel</translation>
    </message>
    <message>
      <source>Seen on this network</source>
      <translation>In diesem Netz gesehen</translation>
    </message>
    <message>
      <source>Select a laptop in the list of laptops seen on this network.</source>
      <translation>Wählen Sie einen Laptop in der Liste der in diesem Netz gesehenen Laptops.</translation>
    </message>
    <message>
      <source>Select a paired laptop first.</source>
      <translation>Wählen Sie zuerst einen gekoppelten Laptop.</translation>
    </message>
    <message>
      <source>Select a run or lap to see every change made to it.</source>
      <translation>Wählen Sie einen Lauf oder eine Runde, um jede Änderung daran zu sehen.</translation>
    </message>
    <message>
      <source>Select at least one car.</source>
      <translation>Wählen Sie mindestens ein Auto.</translation>
    </message>
    <message>
      <source>Select the lap to delete or restore first.</source>
      <translation>Wählen Sie zuerst die Runde, die gelöscht oder wiederhergestellt werden soll.</translation>
    </message>
    <message>
      <source>Send the upload from the upload page (a multipart form).</source>
      <translation>Senden Sie den Upload von der Upload-Seite (ein Multipart-Formular).</translation>
    </message>
    <message>
      <source>Sensor trigger {since} after the last one was treated as the same car (debounced). If a lap was missed, press L.</source>
      <translation type="vanished">Der Sensorauslöser {since} nach dem letzten wurde als dasselbe Auto gewertet (entprellt). Wurde eine Runde verpasst, drücken Sie L.</translation>
    </message>
    <message>
      <source>Sensor trigger {since} s after the lap began was treated as the same car (debounced). If a lap was missed, press L.</source>
      <translation>Sensorauslöser {since} s nach Rundenbeginn wurde als dasselbe Auto gewertet (entprellt). Wurde eine Runde verpasst, drücken Sie L.</translation>
    </message>
    <message>
      <source>Sensor triggers</source>
      <translation>Sensorauslöser</translation>
    </message>
    <message>
      <source>Sensor {name} exists only in the simulator; cars refuse it.</source>
      <translation>Den Sensor {name} gibt es nur im Simulator; Autos lehnen ihn ab.</translation>
    </message>
    <message>
      <source>Sensors</source>
      <translation>Sensoren</translation>
    </message>
    <message>
      <source>Sensors per track</source>
      <translation>Sensoren pro Strecke</translation>
    </message>
    <message>
      <source>Set PIN</source>
      <translation>PIN setzen</translation>
    </message>
    <message>
      <source>Set up DREM Desktop</source>
      <translation>DREM Desktop einrichten</translation>
    </message>
    <message>
      <source>Settings</source>
      <translation>Einstellungen</translation>
    </message>
    <message>
      <source>Several racers are called {name}: add them by username ({names}).</source>
      <translation>Mehrere Fahrer heißen {name}: Fügen Sie sie über den Benutzernamen hinzu ({names}).</translation>
    </message>
    <message>
      <source>Shortest lap counted</source>
      <translation>Kürzeste gezählte Runde</translation>
    </message>
    <message>
      <source>Show</source>
      <translation>Anzeigen</translation>
    </message>
    <message>
      <source>Show deleted laps</source>
      <translation>Gelöschte Runden anzeigen</translation>
    </message>
    <message>
      <source>Show deleted runs</source>
      <translation>Gelöschte Läufe anzeigen</translation>
    </message>
    <message>
      <source>Simulated Pi timer at {url}</source>
      <translation>Simulierter Pi-Timer unter {url}</translation>
    </message>
    <message>
      <source>Simulated lap sensor on {path}</source>
      <translation>Simulierter Rundensensor an {path}</translation>
    </message>
    <message>
      <source>Size</source>
      <translation>Größe</translation>
    </message>
    <message>
      <source>Skipped {n}:</source>
      <translation>{n} übersprungen:</translation>
    </message>
    <message>
      <source>Software</source>
      <translation>Software</translation>
    </message>
    <message>
      <source>Someone else drives for the registered racer; the leaderboard marks the name with *.</source>
      <translation>Jemand anderes fährt für den angemeldeten Fahrer; die Rangliste markiert den Namen mit *.</translation>
    </message>
    <message>
      <source>Something went wrong ({error}); {where}.</source>
      <translation>Etwas ist schiefgegangen ({error}); {where}.</translation>
    </message>
    <message>
      <source>Source</source>
      <translation>Quelle</translation>
    </message>
    <message>
      <source>Speak call-outs</source>
      <translation>Ansagen sprechen</translation>
    </message>
    <message>
      <source>Speaking a sample line…</source>
      <translation>Ein Probesatz wird gesprochen…</translation>
    </message>
    <message>
      <source>Speed</source>
      <translation>Geschwindigkeit</translation>
    </message>
    <message>
      <source>Spoken call-outs</source>
      <translation>Gesprochene Ansagen</translation>
    </message>
    <message>
      <source>Sponsor</source>
      <translation>Sponsor</translation>
    </message>
    <message>
      <source>Staging is switched off in Settings.</source>
      <translation>Das Vorladen ist in den Einstellungen ausgeschaltet.</translation>
    </message>
    <message>
      <source>Start</source>
      <translation>Start</translation>
    </message>
    <message>
      <source>Started</source>
      <translation>Gestartet</translation>
    </message>
    <message>
      <source>State</source>
      <translation>Zustand</translation>
    </message>
    <message>
      <source>Statistics</source>
      <translation>Statistik</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>Stop cars</source>
      <translation>Autos stoppen</translation>
    </message>
    <message>
      <source>Stopping.</source>
      <translation>Wird gestoppt.</translation>
    </message>
    <message>
      <source>Stream overlay (OBS browser source)</source>
      <translation>Stream-Overlay (OBS-Browserquelle)</translation>
    </message>
    <message>
      <source>Submit</source>
      <translation>Einreichen</translation>
    </message>
    <message>
      <source>Submitted: not ranked yet ({what}).</source>
      <translation>Eingereicht: noch nicht gewertet ({what}).</translation>
    </message>
    <message>
      <source>Submitted: rank {rank} of {n}, best {best}</source>
      <translation>Eingereicht: Platz {rank} von {n}, beste {best}</translation>
    </message>
    <message>
      <source>Summary (CSV)</source>
      <translation>Zusammenfassung (CSV)</translation>
    </message>
    <message>
      <source>Sync</source>
      <translation>Sync</translation>
    </message>
    <message>
      <source>Sync error</source>
      <translation>Sync-Fehler</translation>
    </message>
    <message>
      <source>Sync failed: {error}</source>
      <translation>Sync fehlgeschlagen: {error}</translation>
    </message>
    <message>
      <source>Sync is off: set a bucket or pair a laptop in Settings → Sync.</source>
      <translation>Sync ist aus: Setzen Sie einen Bucket oder koppeln Sie einen Laptop unter Einstellungen → Sync.</translation>
    </message>
    <message>
      <source>Sync now</source>
      <translation>Jetzt synchronisieren</translation>
    </message>
    <message>
      <source>Sync off</source>
      <translation>Sync aus</translation>
    </message>
    <message>
      <source>Synced</source>
      <translation>Synchronisiert</translation>
    </message>
    <message>
      <source>Synced with {url}.</source>
      <translation>Mit {url} synchronisiert.</translation>
    </message>
    <message>
      <source>Synced with {url}: {summary}.</source>
      <translation>Mit {url} synchronisiert: {summary}.</translation>
    </message>
    <message>
      <source>Syncing with {url}…</source>
      <translation>Synchronisiere mit {url}…</translation>
    </message>
    <message>
      <source>Syncing…</source>
      <translation>Synchronisiere…</translation>
    </message>
    <message>
      <source>Tablet PIN removed: the tablet page refuses everyone.</source>
      <translation>Tablet-PIN entfernt: Die Tablet-Seite weist alle ab.</translation>
    </message>
    <message>
      <source>Tablet PIN set. Open /tablet on the LAN pages from a tablet.</source>
      <translation>Tablet-PIN gesetzt. Öffnen Sie /tablet auf den LAN-Seiten mit einem Tablet.</translation>
    </message>
    <message>
      <source>Tablet timekeeper</source>
      <translation>Tablet-Zeitnahme</translation>
    </message>
    <message>
      <source>Tablet timekeeper (operator PIN)</source>
      <translation>Tablet-Zeitnahme (Bediener-PIN)</translation>
    </message>
    <message>
      <source>Tablet timekeeping is off.</source>
      <translation>Die Tablet-Zeitnahme ist aus.</translation>
    </message>
    <message>
      <source>Tablet · {track}</source>
      <translation>Tablet · {track}</translation>
    </message>
    <message>
      <source>Tail light</source>
      <translation>Rücklicht</translation>
    </message>
    <message>
      <source>Test connection</source>
      <translation>Verbindung testen</translation>
    </message>
    <message>
      <source>Test voice</source>
      <translation>Stimme testen</translation>
    </message>
    <message>
      <source>Testing {url}…</source>
      <translation>{url} wird getestet…</translation>
    </message>
    <message>
      <source>That address is not another DREM Desktop laptop.</source>
      <translation>Diese Adresse ist kein anderer DREM-Desktop-Laptop.</translation>
    </message>
    <message>
      <source>That fleet no longer exists.</source>
      <translation>Diese Flotte gibt es nicht mehr.</translation>
    </message>
    <message>
      <source>That lap no longer exists.</source>
      <translation>Diese Runde gibt es nicht mehr.</translation>
    </message>
    <message>
      <source>That laptop is not showing a pairing code (or its code expired): show a new one.</source>
      <translation>Dieser Laptop zeigt keinen Kopplungscode (oder sein Code ist abgelaufen): Lassen Sie einen neuen anzeigen.</translation>
    </message>
    <message>
      <source>That racer is no longer on deck.</source>
      <translation>Dieser Fahrer steht nicht mehr auf der Warteliste.</translation>
    </message>
    <message>
      <source>That racer is not registered.</source>
      <translation>Dieser Fahrer ist nicht angemeldet.</translation>
    </message>
    <message>
      <source>That track no longer exists.</source>
      <translation>Diese Strecke gibt es nicht mehr.</translation>
    </message>
    <message>
      <source>That upload code is not right. Check the code shown at the organizer's desk.</source>
      <translation>Dieser Upload-Code stimmt nicht. Prüfen Sie den am Tisch der Veranstalter angezeigten Code.</translation>
    </message>
    <message>
      <source>The 6-digit code {name} shows:</source>
      <translation>Der 6-stellige Code, den {name} zeigt:</translation>
    </message>
    <message>
      <source>The LAN pages did not start: {message}</source>
      <translation>Die LAN-Seiten sind nicht gestartet: {message}</translation>
    </message>
    <message>
      <source>The PIN must be {lo} to {hi} digits.</source>
      <translation>Die PIN muss {lo} bis {hi} Ziffern haben.</translation>
    </message>
    <message>
      <source>The Pi timer at {url} closed the connection; reconnecting.</source>
      <translation>Der Pi-Timer unter {url} hat die Verbindung geschlossen; neu verbinden.</translation>
    </message>
    <message>
      <source>The Pi timer sent a binary frame; ignored.</source>
      <translation>Der Pi-Timer hat einen Binärframe gesendet; ignoriert.</translation>
    </message>
    <message>
      <source>The Pi timer sent a lap without a usable timestamp ({reason}); timed by this computer instead.</source>
      <translation>Der Pi-Timer hat eine Runde ohne brauchbaren Zeitstempel gesendet ({reason}); stattdessen von diesem Computer gezeitet.</translation>
    </message>
    <message>
      <source>The action space has more than 1000 actions; this is not a DeepRacer model.</source>
      <translation>Der Aktionsraum hat mehr als 1000 Aktionen; das ist kein DeepRacer-Modell.</translation>
    </message>
    <message>
      <source>The archive could not be read ({error}). Copy it again.</source>
      <translation>Das Archiv konnte nicht gelesen werden ({error}). Kopieren Sie es erneut.</translation>
    </message>
    <message>
      <source>The archive ends with half an end-of-archive marker, so it may be cut short. Copy or export it again.</source>
      <translation>Das Archiv endet mit einer halben Ende-Markierung, es ist also vielleicht abgeschnitten. Kopieren oder exportieren Sie es erneut.</translation>
    </message>
    <message>
      <source>The archive has a lone zero block at byte {offset} with more entries after it; some tools stop there and others go on, so it is refused. Export the model again.</source>
      <translation>Das Archiv hat einen einzelnen Nullblock bei Byte {offset} mit weiteren Einträgen danach; manche Programme hören dort auf, andere lesen weiter, daher wird es abgelehnt. Exportieren Sie das Modell erneut.</translation>
    </message>
    <message>
      <source>The archive has no end-of-archive marker, so it may be cut short. Copy or export it again.</source>
      <translation>Das Archiv hat keine Ende-Markierung, es ist also vielleicht abgeschnitten. Kopieren oder exportieren Sie es erneut.</translation>
    </message>
    <message>
      <source>The archive holds more data after its end-of-archive marker; some tools would extract it and others not, so it is refused. Export the model again.</source>
      <translation>Das Archiv enthält nach seiner Ende-Markierung weitere Daten; manche Programme würden sie entpacken, andere nicht, daher wird es abgelehnt. Exportieren Sie das Modell erneut.</translation>
    </message>
    <message>
      <source>The archive holds {what}; model archives hold only plain files and folders.</source>
      <translation>Das Archiv enthält {what}; Modellarchive enthalten nur einfache Dateien und Ordner.</translation>
    </message>
    <message>
      <source>The archive is cut short (truncated). Copy or download it again.</source>
      <translation>Das Archiv ist abgeschnitten. Kopieren oder laden Sie es erneut herunter.</translation>
    </message>
    <message>
      <source>The archive is damaged ({error}). Copy or export it again.</source>
      <translation>Das Archiv ist beschädigt ({error}). Kopieren oder exportieren Sie es erneut.</translation>
    </message>
    <message>
      <source>The archive is damaged: the entry header at byte {offset} is not valid ({why}). Tools read such an archive differently, so it is refused; export the model again.</source>
      <translation>Das Archiv ist beschädigt: Der Eintragskopf bei Byte {offset} ist ungültig ({why}). Programme lesen ein solches Archiv unterschiedlich, daher wird es abgelehnt; exportieren Sie das Modell erneut.</translation>
    </message>
    <message>
      <source>The audio player did not finish within a minute.</source>
      <translation>Der Audioplayer war nach einer Minute nicht fertig.</translation>
    </message>
    <message>
      <source>The average window must be 3 to 7 consecutive laps.</source>
      <translation>Das Durchschnittsfenster muss 3 bis 7 aufeinanderfolgende Runden umfassen.</translation>
    </message>
    <message>
      <source>The board on {port} does not send DREM sensor lines. Flash the DREM firmware, or choose the line mode it speaks ({port}?mode=json or {port}?mode=lines).</source>
      <translation>Die Platine an {port} sendet keine DREM-Sensorzeilen. Flashen Sie die DREM-Firmware oder wählen Sie den Zeilenmodus, den sie spricht ({port}?mode=json oder {port}?mode=lines).</translation>
    </message>
    <message>
      <source>The bucket and this laptop agree.</source>
      <translation>Der Bucket und dieser Laptop stimmen überein.</translation>
    </message>
    <message>
      <source>The bucket and this laptop do not agree yet: run sync again, or see the refusals above.</source>
      <translation>Der Bucket und dieser Laptop stimmen noch nicht überein: Synchronisieren Sie erneut oder sehen Sie sich die Ablehnungen oben an.</translation>
    </message>
    <message>
      <source>The bucket asks to slow down ({code}); sync tries again shortly.</source>
      <translation>Der Bucket bittet, langsamer zu machen ({code}); der Sync versucht es gleich erneut.</translation>
    </message>
    <message>
      <source>The bucket assembled {key} differently from what was sent.</source>
      <translation>Der Bucket hat {key} anders zusammengesetzt als gesendet.</translation>
    </message>
    <message>
      <source>The bucket connection failed: {error}</source>
      <translation>Die Verbindung zum Bucket ist fehlgeschlagen: {error}</translation>
    </message>
    <message>
      <source>The bucket did not give back what was written to it.</source>
      <translation>Der Bucket hat nicht zurückgegeben, was hineingeschrieben wurde.</translation>
    </message>
    <message>
      <source>The bucket endpoint had an error ({code}); sync tries again shortly.</source>
      <translation>Der Endpunkt des Buckets hatte einen Fehler ({code}); der Sync versucht es gleich erneut.</translation>
    </message>
    <message>
      <source>The bucket refused the request: {code} {message}</source>
      <translation>Der Bucket hat die Anfrage abgelehnt: {code} {message}</translation>
    </message>
    <message>
      <source>The bucket refused these credentials ({code}): check the access key and secret in Settings → Sync.</source>
      <translation>Der Bucket hat diese Zugangsdaten abgelehnt ({code}): Prüfen Sie Zugriffsschlüssel und Geheimnis unter Einstellungen → Sync.</translation>
    </message>
    <message>
      <source>The bucket stored {key} damaged (checksum differs); it is written again next time.</source>
      <translation>Der Bucket hat {key} beschädigt gespeichert (Prüfsumme abweichend); es wird beim nächsten Mal neu geschrieben.</translation>
    </message>
    <message>
      <source>The car is racing: pause the run (Space) before loading another model</source>
      <translation>Das Auto fährt: Pausieren Sie den Lauf (Leertaste), bevor Sie ein anderes Modell laden</translation>
    </message>
    <message>
      <source>The car is racing: pause the run (Space) before loading another model.</source>
      <translation>Das Auto fährt: Pausieren Sie den Lauf (Leertaste), bevor Sie ein anderes Modell laden.</translation>
    </message>
    <message>
      <source>The cars of this fleet are loaded with the models of the racers on deck</source>
      <translation>Die Autos dieser Flotte werden mit den Modellen der wartenden Fahrer beladen</translation>
    </message>
    <message>
      <source>The code did not match.</source>
      <translation>Der Code stimmte nicht.</translation>
    </message>
    <message>
      <source>The code does not match: check the 6 digits on the other laptop's screen.</source>
      <translation>Der Code stimmt nicht: Prüfen Sie die 6 Ziffern auf dem Bildschirm des anderen Laptops.</translation>
    </message>
    <message>
      <source>The code has 6 digits, as shown on the other laptop.</source>
      <translation>Der Code hat 6 Ziffern, wie auf dem anderen Laptop angezeigt.</translation>
    </message>
    <message>
      <source>The code racers type on the upload page. A new code stops the old one at once.</source>
      <translation>Der Code, den Fahrer auf der Upload-Seite eingeben. Ein neuer Code beendet den alten sofort.</translation>
    </message>
    <message>
      <source>The connection to car {car} dropped during the transfer{detail}; the car keeps the models it had. Check the car's network and retry.</source>
      <translation>Die Verbindung zu Auto {car} brach während der Übertragung ab{detail}; das Auto behält die Modelle, die es hatte. Prüfen Sie das Netz des Autos und versuchen Sie es erneut.</translation>
    </message>
    <message>
      <source>The continuous {key} range has low {low} not below high {high}; the car refuses it.</source>
      <translation>Der kontinuierliche Bereich {key} hat ein Minimum {low}, das nicht unter dem Maximum {high} liegt; das Auto lehnt ihn ab.</translation>
    </message>
    <message>
      <source>The continuous {key} range needs numeric low and high.</source>
      <translation>Der kontinuierliche Bereich {key} braucht numerische Werte für low und high.</translation>
    </message>
    <message>
      <source>The country code</source>
      <translation>Der Ländercode</translation>
    </message>
    <message>
      <source>The disk holding the data folder ({folder}) is full: the database cannot be opened. Free some space (empty the trash, delete old videos or downloads), then start again.</source>
      <translation>Der Datenträger mit dem Datenordner ({folder}) ist voll: Die Datenbank lässt sich nicht öffnen. Geben Sie Speicherplatz frei (Papierkorb leeren, alte Videos oder Downloads löschen) und starten Sie dann erneut.</translation>
    </message>
    <message>
      <source>The disk holding the data folder ({folder}) was full: the app gave up the {mb} MB it keeps in reserve so timing can go on. Free some space now.</source>
      <translation>Der Datenträger mit dem Datenordner ({folder}) war voll: Die App hat ihre {mb} MB Reserve freigegeben, damit die Zeitnahme weiterlaufen kann. Geben Sie jetzt Speicherplatz frei.</translation>
    </message>
    <message>
      <source>The display name</source>
      <translation>Der Anzeigename</translation>
    </message>
    <message>
      <source>The e-mail address</source>
      <translation>Die E-Mail-Adresse</translation>
    </message>
    <message>
      <source>The entry {name!r} appears twice; the second copy would silently replace the first.</source>
      <translation>Der Eintrag {name!r} kommt zweimal vor; die zweite Kopie würde die erste stillschweigend ersetzen.</translation>
    </message>
    <message>
      <source>The entry {name!r} asks to run with raised privileges (setuid/setgid).</source>
      <translation>Der Eintrag {name!r} verlangt erhöhte Rechte (setuid/setgid).</translation>
    </message>
    <message>
      <source>The entry {name!r} climbs out of the model folder with '..'.</source>
      <translation>Der Eintrag {name!r} verlässt mit '..' den Modellordner.</translation>
    </message>
    <message>
      <source>The entry {name!r} has an absolute path; it would unpack outside the model folder.</source>
      <translation>Der Eintrag {name!r} hat einen absoluten Pfad; er würde außerhalb des Modellordners entpackt.</translation>
    </message>
    <message>
      <source>The entry {name!r} has control characters in its name.</source>
      <translation>Der Eintrag {name!r} hat Steuerzeichen im Namen.</translation>
    </message>
    <message>
      <source>The entry {name!r} is a device file.</source>
      <translation>Der Eintrag {name!r} ist eine Gerätedatei.</translation>
    </message>
    <message>
      <source>The entry {name!r} is a link; model archives hold only plain files.</source>
      <translation>Der Eintrag {name!r} ist ein Link; Modellarchive enthalten nur einfache Dateien.</translation>
    </message>
    <message>
      <source>The entry {name!r} is a named pipe (FIFO).</source>
      <translation>Der Eintrag {name!r} ist eine benannte Pipe (FIFO).</translation>
    </message>
    <message>
      <source>The entry {name!r} uses backslashes in its path.</source>
      <translation>Der Eintrag {name!r} verwendet Backslashes im Pfad.</translation>
    </message>
    <message>
      <source>The event date</source>
      <translation>Das Datum der Veranstaltung</translation>
    </message>
    <message>
      <source>The event date {text} is not between {first} and {last}.</source>
      <translation>Das Datum {text} liegt nicht zwischen {first} und {last}.</translation>
    </message>
    <message>
      <source>The event has no track {n}.</source>
      <translation>Die Veranstaltung hat keine Strecke {n}.</translation>
    </message>
    <message>
      <source>The event name</source>
      <translation>Der Name der Veranstaltung</translation>
    </message>
    <message>
      <source>The event “{name}” is already on this laptop (same id): nothing was restored.</source>
      <translation>Die Veranstaltung „{name}“ ist schon auf diesem Laptop (gleiche ID): Nichts wurde wiederhergestellt.</translation>
    </message>
    <message>
      <source>The file could not be opened ({error}).</source>
      <translation>Die Datei konnte nicht geöffnet werden ({error}).</translation>
    </message>
    <message>
      <source>The file goes on after the end of its compressed data (a second gzip stream or appended bytes); a model archive is one .tar.gz stream. Export it again.</source>
      <translation>Die Datei geht nach dem Ende ihrer komprimierten Daten weiter (ein zweiter Gzip-Strom oder angehängte Bytes); ein Modellarchiv ist ein einziger .tar.gz-Strom. Exportieren Sie es erneut.</translation>
    </message>
    <message>
      <source>The file is empty.</source>
      <translation>Die Datei ist leer.</translation>
    </message>
    <message>
      <source>The file is too large: the limit is {mb} MB per model.</source>
      <translation>Die Datei ist zu groß: Die Grenze ist {mb} MB pro Modell.</translation>
    </message>
    <message>
      <source>The file is {size} MB; the limit is {limit} MB.</source>
      <translation>Die Datei hat {size} MB; die Grenze ist {limit} MB.</translation>
    </message>
    <message>
      <source>The fleet name</source>
      <translation>Der Name der Flotte</translation>
    </message>
    <message>
      <source>The form expired: type the PIN again.</source>
      <translation>Das Formular ist abgelaufen: Geben Sie die PIN erneut ein.</translation>
    </message>
    <message>
      <source>The form has too many parts.</source>
      <translation>Das Formular hat zu viele Teile.</translation>
    </message>
    <message>
      <source>The gzip data does not hold a valid tar archive ({why}).</source>
      <translation>Die Gzip-Daten enthalten kein gültiges Tar-Archiv ({why}).</translation>
    </message>
    <message>
      <source>The gzip data holds an empty tar archive: no model in it.</source>
      <translation>Die Gzip-Daten enthalten ein leeres Tar-Archiv: kein Modell darin.</translation>
    </message>
    <message>
      <source>The highlight colour</source>
      <translation>Die Hervorhebungsfarbe</translation>
    </message>
    <message>
      <source>The lap index must be a number.</source>
      <translation>Der Rundenindex muss eine Zahl sein.</translation>
    </message>
    <message>
      <source>The laptop answered {status}.</source>
      <translation>Der Laptop antwortete {status}.</translation>
    </message>
    <message>
      <source>The laptop is busy checking other uploads. Try again in a minute.</source>
      <translation>Der Laptop prüft gerade andere Uploads. Versuchen Sie es in einer Minute erneut.</translation>
    </message>
    <message>
      <source>The laptop is running out of disk space ({free:.0f} MB free), so model uploads are paused to keep room for lap timing. Hand your model to the organizer on a USB stick, or try again later.</source>
      <translation>Auf dem Laptop wird der Speicherplatz knapp ({free:.0f} MB frei), daher sind Modell-Uploads angehalten, damit Platz für die Zeitnahme bleibt. Geben Sie Ihr Modell dem Veranstalter auf einem USB-Stick oder versuchen Sie es später erneut.</translation>
    </message>
    <message>
      <source>The leaderboard address must start with http:// or https://.</source>
      <translation>Die Adresse der Rangliste muss mit http:// oder https:// beginnen.</translation>
    </message>
    <message>
      <source>The leaderboard footer</source>
      <translation>Die Fußzeile der Rangliste</translation>
    </message>
    <message>
      <source>The leaderboard title</source>
      <translation>Der Titel der Rangliste</translation>
    </message>
    <message>
      <source>The model cannot be loaded onto car {car}: {reason}</source>
      <translation>Das Modell kann nicht auf Auto {car} geladen werden: {reason}</translation>
    </message>
    <message>
      <source>The model file {file} cannot be read ({error}); import it again.</source>
      <translation>Die Modelldatei {file} ist nicht lesbar ({error}); importieren Sie sie erneut.</translation>
    </message>
    <message>
      <source>The model file {name} is empty.</source>
      <translation>Die Modelldatei {name} ist leer.</translation>
    </message>
    <message>
      <source>The model is on {car}.</source>
      <translation>Das Modell ist auf {car}.</translation>
    </message>
    <message>
      <source>The next connection to {n} car(s) trusts the key they show (re-flashed cars).</source>
      <translation>Die nächste Verbindung zu {n} Auto(s) vertraut dem Schlüssel, den sie zeigen (neu geflashte Autos).</translation>
    </message>
    <message>
      <source>The next racers' models go onto spare cars of the track's fleet</source>
      <translation>Die Modelle der nächsten Fahrer kommen auf freie Autos der Flotte dieser Strecke</translation>
    </message>
    <message>
      <source>The number of resets</source>
      <translation>Die Zahl der Resets</translation>
    </message>
    <message>
      <source>The number of tracks</source>
      <translation>Die Zahl der Strecken</translation>
    </message>
    <message>
      <source>The other laptop did not accept the pairing.</source>
      <translation>Der andere Laptop hat die Kopplung nicht angenommen.</translation>
    </message>
    <message>
      <source>The push failed.</source>
      <translation>Das Senden ist fehlgeschlagen.</translation>
    </message>
    <message>
      <source>The racer's models in the library (newest first)</source>
      <translation>Die Modelle des Fahrers in der Bibliothek (neueste zuerst)</translation>
    </message>
    <message>
      <source>The request is not JSON.</source>
      <translation>Die Anfrage ist kein JSON.</translation>
    </message>
    <message>
      <source>The request is not a JSON object.</source>
      <translation>Die Anfrage ist kein JSON-Objekt.</translation>
    </message>
    <message>
      <source>The run is still going. Press S again to end it and submit, Esc to keep racing.</source>
      <translation>Der Lauf läuft noch. Drücken Sie erneut S, um ihn zu beenden und einzureichen, Esc zum Weiterfahren.</translation>
    </message>
    <message>
      <source>The run {id} is no longer in the database.</source>
      <translation>Der Lauf {id} ist nicht mehr in der Datenbank.</translation>
    </message>
    <message>
      <source>The sensor field must be a list of sensor names.</source>
      <translation>Das Feld sensor muss eine Liste von Sensornamen sein.</translation>
    </message>
    <message>
      <source>The sensor list is empty: the model must name at least one sensor.</source>
      <translation>Die Sensorliste ist leer: Das Modell muss mindestens einen Sensor nennen.</translation>
    </message>
    <message>
      <source>The sensor on {port} sent trigger #{jumped} right after #{last}: no sensor skips that many. The trigger is in the log but not trusted; check the sensor and its cable.</source>
      <translation>Der Sensor an {port} sandte Auslöser #{jumped} direkt nach #{last}: So viele überspringt kein Sensor. Der Auslöser steht im Protokoll, wird aber nicht gewertet; prüfen Sie den Sensor und sein Kabel.</translation>
    </message>
    <message>
      <source>The sensor on {port} was disconnected. Plug it back in: timing continues by itself.</source>
      <translation>Der Sensor an {port} wurde getrennt. Stecken Sie ihn wieder ein: Die Zeitnahme läuft von selbst weiter.</translation>
    </message>
    <message>
      <source>The sensor sent trigger #{jumped} right after #{last}: no sensor skips that many. It is in the trigger log but not trusted; check the sensor and its cable.</source>
      <translation>Der Sensor sandte Auslöser #{jumped} direkt nach #{last}: So viele überspringt kein Sensor. Er steht im Auslöserprotokoll, wird aber nicht gewertet; prüfen Sie den Sensor und sein Kabel.</translation>
    </message>
    <message>
      <source>The sensor started the run just before your tap, so the tap did not pause it. Tap Start / pause again to pause.</source>
      <translation>Der Sensor hat den Lauf kurz vor Ihrem Tippen gestartet, daher hat das Tippen ihn nicht pausiert. Tippen Sie erneut auf Start / Pause, um zu pausieren.</translation>
    </message>
    <message>
      <source>The sensor {how} the run {s:.1f} s before Space, so Space did not pause it. Press Space again to pause.</source>
      <translation>Der Sensor hat den Lauf {s:.1f} s vor der Leertaste {how}, daher hat die Leertaste ihn nicht pausiert. Drücken Sie erneut die Leertaste, um zu pausieren.</translation>
    </message>
    <message>
      <source>The sensor's clock changed (it restarted, or another device answered). The lap in progress is timed by the laptop's clock; check it before submitting.</source>
      <translation>Die Uhr des Sensors hat sich geändert (er wurde neu gestartet, oder ein anderes Gerät hat geantwortet). Die laufende Runde wird mit der Uhr des Laptops gezeitet; prüfen Sie sie vor dem Einreichen.</translation>
    </message>
    <message>
      <source>The sensor's clock gave {sensor:.3f} s but the laptop's clock {host:.3f} s; the lap has the laptop's time and does not count until you check it (mark it valid, or fix it).</source>
      <translation>Die Uhr des Sensors ergab {sensor:.3f} s, die des Laptops aber {host:.3f} s; die Runde hat die Zeit des Laptops und zählt erst, wenn Sie sie prüfen (als gültig markieren oder korrigieren).</translation>
    </message>
    <message>
      <source>The sponsor</source>
      <translation>Der Sponsor</translation>
    </message>
    <message>
      <source>The system's language</source>
      <translation>Die Sprache des Systems</translation>
    </message>
    <message>
      <source>The template has a stray brace ({error}); write fields like {{name}}.</source>
      <translation>Die Vorlage hat eine einzelne Klammer ({error}); schreiben Sie Felder wie {{name}}.</translation>
    </message>
    <message>
      <source>The timekeeper's keys always work as well. The choice is remembered per track and reopened at every start.</source>
      <translation>Die Tasten der Zeitnahme funktionieren immer auch. Die Wahl wird pro Strecke gespeichert und bei jedem Start wieder geöffnet.</translation>
    </message>
    <message>
      <source>The top three, large, then places 4 to 10: for the prize giving.</source>
      <translation>Die ersten drei groß, dann die Plätze 4 bis 10: für die Siegerehrung.</translation>
    </message>
    <message>
      <source>The track name</source>
      <translation>Der Name der Strecke</translation>
    </message>
    <message>
      <source>The track number</source>
      <translation>Die Nummer der Strecke</translation>
    </message>
    <message>
      <source>The transfer was cancelled; it resumes where it stopped next time.</source>
      <translation>Die Übertragung wurde abgebrochen; sie setzt beim nächsten Mal dort fort, wo sie aufgehört hat.</translation>
    </message>
    <message>
      <source>The upload code</source>
      <translation>Der Upload-Code</translation>
    </message>
    <message>
      <source>The upload is too large: at most {mb} MB at a time. Send large models one by one.</source>
      <translation>Der Upload ist zu groß: höchstens {mb} MB auf einmal. Schicken Sie große Modelle einzeln.</translation>
    </message>
    <message>
      <source>The upload stalled (nothing arrived for a minute). Check the Wi-Fi and try again.</source>
      <translation>Der Upload stockte (eine Minute lang kam nichts an). Prüfen Sie das WLAN und versuchen Sie es erneut.</translation>
    </message>
    <message>
      <source>The upload was interrupted. Check you are on the venue network and try again.</source>
      <translation>Der Upload wurde unterbrochen. Prüfen Sie, ob Sie im Netz der Veranstaltung sind, und versuchen Sie es erneut.</translation>
    </message>
    <message>
      <source>The voice did not say the line within {s} seconds.</source>
      <translation>Die Stimme hat die Ansage nicht binnen {s} Sekunden gesprochen.</translation>
    </message>
    <message>
      <source>The voice failed ({error}).</source>
      <translation>Die Stimme ist ausgefallen ({error}).</translation>
    </message>
    <message>
      <source>The whole event in one file, to restore on another laptop.</source>
      <translation>Die ganze Veranstaltung in einer Datei, zum Wiederherstellen auf einem anderen Laptop.</translation>
    </message>
    <message>
      <source>The {field} field is too long.</source>
      <translation>Das Feld {field} ist zu lang.</translation>
    </message>
    <message>
      <source>There is already a fleet called “{name}”.</source>
      <translation>Es gibt schon eine Flotte namens „{name}“.</translation>
    </message>
    <message>
      <source>There is no event on this laptop yet.</source>
      <translation>Auf diesem Laptop gibt es noch keine Veranstaltung.</translation>
    </message>
    <message>
      <source>There is no event {id} on this laptop.</source>
      <translation>Auf diesem Laptop gibt es keine Veranstaltung {id}.</translation>
    </message>
    <message>
      <source>There is no lap to undo.</source>
      <translation>Es gibt keine Runde zum Rückgängigmachen.</translation>
    </message>
    <message>
      <source>There is no lap yet to mark valid or invalid.</source>
      <translation>Es gibt noch keine Runde, die sich gültig oder ungültig setzen ließe.</translation>
    </message>
    <message>
      <source>There is no lap {n}.</source>
      <translation>Es gibt keine Runde {n}.</translation>
    </message>
    <message>
      <source>There is no page at this address.</source>
      <translation>Unter dieser Adresse gibt es keine Seite.</translation>
    </message>
    <message>
      <source>There is no short lap to count: it was already counted or a newer lap began.</source>
      <translation>Es gibt keine kurze Runde zu zählen: Sie wurde schon gezählt, oder eine neuere Runde hat begonnen.</translation>
    </message>
    <message>
      <source>There is no such lap to change.</source>
      <translation>Diese Runde gibt es nicht.</translation>
    </message>
    <message>
      <source>This build has no model library wired in yet (app.models). Models can still be uploaded once the LAN server runs.</source>
      <translation>Dieser Build hat noch keine Modellbibliothek (app.models). Modelle lassen sich trotzdem hochladen, sobald der LAN-Server läuft.</translation>
    </message>
    <message>
      <source>This bundle has no event in it.</source>
      <translation>Dieses Bundle enthält keine Veranstaltung.</translation>
    </message>
    <message>
      <source>This is not a .tar.gz file (no gzip header). Upload the model archive as exported from the DeepRacer console or training tool.</source>
      <translation>Das ist keine .tar.gz-Datei (kein Gzip-Kopf). Laden Sie das Modellarchiv so hoch, wie es aus der DeepRacer-Konsole oder dem Trainingswerkzeug exportiert wurde.</translation>
    </message>
    <message>
      <source>This is the call-out voice. Lap 3, 12.35.</source>
      <translation>Das ist die Stimme der Ansagen. Runde 3, 12,35.</translation>
    </message>
    <message>
      <source>This laptop</source>
      <translation>Dieser Laptop</translation>
    </message>
    <message>
      <source>This laptop has no network address: connect to the venue network first.</source>
      <translation>Dieser Laptop hat keine Netzadresse: Verbinden Sie ihn zuerst mit dem Netz der Veranstaltung.</translation>
    </message>
    <message>
      <source>This laptop is not showing a pairing code.</source>
      <translation>Dieser Laptop zeigt keinen Kopplungscode.</translation>
    </message>
    <message>
      <source>This laptop's name</source>
      <translation>Der Name dieses Laptops</translation>
    </message>
    <message>
      <source>This laptop's pages answer only under its own address or name (for example http://{ip}:{port}/): open them that way, as the QR code on the organizer's screen does.</source>
      <translation>Die Seiten dieses Laptops antworten nur unter seiner eigenen Adresse oder seinem Namen (zum Beispiel http://{ip}:{port}/): Öffnen Sie sie so, wie es der QR-Code auf dem Bildschirm des Veranstalters tut.</translation>
    </message>
    <message>
      <source>This racer has done {done} of {allowed} allowed runs. Give a reason to override.</source>
      <translation>Dieser Fahrer hat {done} von {allowed} erlaubten Läufen gefahren. Geben Sie einen Grund an, um das zu übergehen.</translation>
    </message>
    <message>
      <source>This racer has no model in the library: add one on the Models page (Ctrl+6).</source>
      <translation>Dieser Fahrer hat kein Modell in der Bibliothek: Fügen Sie eines auf der Seite Modelle hinzu (Strg+6).</translation>
    </message>
    <message>
      <source>This request did not come from the tablet page; nothing changed.</source>
      <translation>Diese Anfrage kam nicht von der Tablet-Seite; nichts wurde geändert.</translation>
    </message>
    <message>
      <source>This run is over: the car can no longer be changed.</source>
      <translation>Dieser Lauf ist vorbei: Das Auto lässt sich nicht mehr ändern.</translation>
    </message>
    <message>
      <source>This run is still in progress: change its laps in the timekeeper.</source>
      <translation>Dieser Lauf ist noch im Gange: Ändern Sie seine Runden in der Zeitnahme.</translation>
    </message>
    <message>
      <source>This run is still in progress: end or discard it first.</source>
      <translation>Dieser Lauf ist noch im Gange: Beenden oder verwerfen Sie ihn zuerst.</translation>
    </message>
    <message>
      <source>This run names no car.</source>
      <translation>Dieser Lauf nennt kein Auto.</translation>
    </message>
    <message>
      <source>This run names no car: there are no car logs to fetch.</source>
      <translation>Dieser Lauf nennt kein Auto: Es gibt keine Autoprotokolle abzurufen.</translation>
    </message>
    <message>
      <source>This run never started: there are no car logs to fetch.</source>
      <translation>Dieser Lauf hat nie begonnen: Es gibt keine Autoprotokolle abzurufen.</translation>
    </message>
    <message>
      <source>This trigger could not be stored ({error}). Note the lap by hand.</source>
      <translation>Dieser Auslöser konnte nicht gespeichert werden ({error}). Notieren Sie die Runde von Hand.</translation>
    </message>
    <message>
      <source>This upload came from a page of another site. Open this laptop's upload page and send the model from there.</source>
      <translation>Dieser Upload kam von einer Seite einer anderen Website. Öffnen Sie die Upload-Seite dieses Laptops und senden Sie das Modell von dort.</translation>
    </message>
    <message>
      <source>This upload did not come from this laptop's upload page, or the page is more than a day old. Open the upload page again and send the model from there.</source>
      <translation>Dieser Upload kam nicht von der Upload-Seite dieses Laptops, oder die Seite ist älter als einen Tag. Öffnen Sie die Upload-Seite erneut und senden Sie das Modell von dort.</translation>
    </message>
    <message>
      <source>Tick all shown</source>
      <translation>Alle angezeigten anhaken</translation>
    </message>
    <message>
      <source>Tick at least one car (or select one) first.</source>
      <translation>Haken Sie zuerst mindestens ein Auto an (oder wählen Sie eines).</translation>
    </message>
    <message>
      <source>Tick one car to fetch the logs of its last run.</source>
      <translation>Haken Sie ein Auto an, um die Protokolle seines letzten Laufs abzurufen.</translation>
    </message>
    <message>
      <source>Tick the car whose new key you trust first.</source>
      <translation>Haken Sie zuerst das Auto an, dessen neuem Schlüssel Sie vertrauen.</translation>
    </message>
    <message>
      <source>Tick the cars and type their password first.</source>
      <translation>Haken Sie zuerst die Autos an und tippen Sie ihr Passwort.</translation>
    </message>
    <message>
      <source>Tick the cars whose password to forget first.</source>
      <translation>Haken Sie zuerst die Autos an, deren Passwort vergessen werden soll.</translation>
    </message>
    <message>
      <source>Ties are broken by the next best figure, then by who set the figure first.</source>
      <translation>Gleichstände entscheidet der nächstbeste Wert, dann wer den Wert zuerst erreicht hat.</translation>
    </message>
    <message>
      <source>Time</source>
      <translation>Zeit</translation>
    </message>
    <message>
      <source>Time left</source>
      <translation>Restzeit</translation>
    </message>
    <message>
      <source>Time trial (race for a time)</source>
      <translation>Zeitfahren (Rennen auf Zeit)</translation>
    </message>
    <message>
      <source>Time trial: best 3-lap average wins</source>
      <translation>Zeitfahren: bester Durchschnitt über 3 Runden gewinnt</translation>
    </message>
    <message>
      <source>Time trial: fastest lap wins</source>
      <translation>Zeitfahren: schnellste Runde gewinnt</translation>
    </message>
    <message>
      <source>Timekeeper</source>
      <translation>Zeitnahme</translation>
    </message>
    <message>
      <source>Timing “{event}” track {n}. Ctrl+C stops.</source>
      <translation>Zeitnahme „{event}“ Strecke {n}. Strg+C beendet.</translation>
    </message>
    <message>
      <source>To join an event: type its bucket here and press Join an event…, or pair this laptop with one that has the event (right): it arrives by itself.</source>
      <translation>Um einer Veranstaltung beizutreten: Tippen Sie hier ihren Bucket und drücken Sie „Einer Veranstaltung beitreten…“, oder koppeln Sie diesen Laptop mit einem, der die Veranstaltung hat (rechts): Sie kommt von selbst.</translation>
    </message>
    <message>
      <source>To next</source>
      <translation>Zum Nächsten</translation>
    </message>
    <message>
      <source>To use another folder, start the app with  drem-desktop --data-dir PATH  (or set DREM_DATA_DIR). Each folder is a separate database with its own backups.</source>
      <translation>Für einen anderen Ordner starten Sie die App mit  drem-desktop --data-dir PFAD  (oder setzen Sie DREM_DATA_DIR). Jeder Ordner ist eine eigene Datenbank mit eigenen Sicherungen.</translation>
    </message>
    <message>
      <source>Too large: the limit is {mb} MB per model.</source>
      <translation>Zu groß: Die Grenze ist {mb} MB pro Modell.</translation>
    </message>
    <message>
      <source>Too many lines were waiting.</source>
      <translation>Zu viele Ansagen warteten.</translation>
    </message>
    <message>
      <source>Too many live leaderboards open on this device; close a few tabs and reload.</source>
      <translation>Zu viele Live-Ranglisten auf diesem Gerät geöffnet; schließen Sie einige Tabs und laden Sie neu.</translation>
    </message>
    <message>
      <source>Too many open leaderboards on this laptop; try again in a minute.</source>
      <translation>Zu viele offene Ranglisten auf diesem Laptop; versuchen Sie es in einer Minute erneut.</translation>
    </message>
    <message>
      <source>Too many uploads from this device. Wait a few minutes, then try again.</source>
      <translation>Zu viele Uploads von diesem Gerät. Warten Sie ein paar Minuten und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
      <source>Too many wrong PINs: try again in {s} s.</source>
      <translation>Zu viele falsche PINs: Versuchen Sie es in {s} s erneut.</translation>
    </message>
    <message>
      <source>Too many wrong upload codes from this device. Wait ten minutes, then try again.</source>
      <translation>Zu viele falsche Upload-Codes von diesem Gerät. Warten Sie zehn Minuten und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
      <source>Total resets</source>
      <translation>Resets gesamt</translation>
    </message>
    <message>
      <source>Track</source>
      <translation>Strecke</translation>
    </message>
    <message>
      <source>Track already has a run in progress: end or discard it before picking the next racer.</source>
      <translation>Auf der Strecke läuft schon ein Lauf: Beenden oder verwerfen Sie ihn, bevor Sie den nächsten Fahrer wählen.</translation>
    </message>
    <message>
      <source>Track number “{value}” must be written plainly, e.g. 1 or 2.</source>
      <translation>Die Streckennummer „{value}“ muss einfach geschrieben sein, z. B. 1 oder 2.</translation>
    </message>
    <message>
      <source>Track {n}</source>
      <translation>Strecke {n}</translation>
    </message>
    <message>
      <source>Track {n} has a run in progress ({state}): type end, submit or discard first.</source>
      <translation>Auf Strecke {n} läuft ein Lauf ({state}): Tippen Sie zuerst end, submit oder discard.</translation>
    </message>
    <message>
      <source>Track {n}: no racer on the track (next USERNAME puts one on).</source>
      <translation>Strecke {n}: kein Fahrer auf der Strecke (next BENUTZERNAME schickt einen auf die Strecke).</translation>
    </message>
    <message>
      <source>Track {n}: {name}, {state}, {laps} lap(s).</source>
      <translation>Strecke {n}: {name}, {state}, {laps} Runde(n).</translation>
    </message>
    <message>
      <source>Track {n}: {title}</source>
      <translation>Strecke {n}: {title}</translation>
    </message>
    <message>
      <source>Tracks</source>
      <translation>Strecken</translation>
    </message>
    <message>
      <source>Trust new key</source>
      <translation>Neuem Schlüssel vertrauen</translation>
    </message>
    <message>
      <source>Try the simulator (a lap every ~12 s, no hardware)</source>
      <translation>Simulator ausprobieren (eine Runde etwa alle 12 s, keine Hardware)</translation>
    </message>
    <message>
      <source>Type a name for the new fleet first.</source>
      <translation>Tippen Sie zuerst einen Namen für die neue Flotte.</translation>
    </message>
    <message>
      <source>Type the Pi timer's address, e.g. ws://192.168.1.50:8080.</source>
      <translation>Tippen Sie die Adresse des Pi-Timers, z. B. ws://192.168.1.50:8080.</translation>
    </message>
    <message>
      <source>Type the bucket first, e.g. s3://my-club-bucket/deepracer.</source>
      <translation>Tippen Sie zuerst den Bucket, z. B. s3://mein-club-bucket/deepracer.</translation>
    </message>
    <message>
      <source>Type the other laptop's address as HOST:PORT, e.g. 192.168.1.21:8080.</source>
      <translation>Tippen Sie die Adresse des anderen Laptops als HOST:PORT, z. B. 192.168.1.21:8080.</translation>
    </message>
    <message>
      <source>Type the racer's name first.</source>
      <translation>Tippen Sie zuerst den Namen des Fahrers.</translation>
    </message>
    <message>
      <source>Type the racer's username or name.</source>
      <translation>Tippen Sie Benutzernamen oder Namen des Fahrers.</translation>
    </message>
    <message>
      <source>Type the reason for the extra run first (it is recorded with the run).</source>
      <translation>Tippen Sie zuerst den Grund für den zusätzlichen Lauf (er wird mit dem Lauf festgehalten).</translation>
    </message>
    <message>
      <source>Type the serial port (e.g. /dev/ttyACM0 or COM3), or choose another lap source.</source>
      <translation>Tippen Sie den seriellen Port (z. B. /dev/ttyACM0 oder COM3) oder wählen Sie eine andere Rundenquelle.</translation>
    </message>
    <message>
      <source>Type the timer address, or choose another lap source.</source>
      <translation>Tippen Sie die Adresse des Timers oder wählen Sie eine andere Rundenquelle.</translation>
    </message>
    <message>
      <source>USB lap sensor (found automatically)</source>
      <translation>USB-Rundensensor (automatisch gefunden)</translation>
    </message>
    <message>
      <source>USB sensor (find it)</source>
      <translation>USB-Sensor (suchen)</translation>
    </message>
    <message>
      <source>USB sensor on port…</source>
      <translation>USB-Sensor an Port…</translation>
    </message>
    <message>
      <source>USB stick</source>
      <translation>USB-Stick</translation>
    </message>
    <message>
      <source>Understood</source>
      <translation>Verstanden</translation>
    </message>
    <message>
      <source>Undo finish</source>
      <translation>Zieleinlauf rückgängig</translation>
    </message>
    <message>
      <source>Unknown action_space_type {value!r}: the car knows discrete and continuous.</source>
      <translation>Unbekannter action_space_type {value!r}: Das Auto kennt discrete und continuous.</translation>
    </message>
    <message>
      <source>Unknown command “{c}”. {help}</source>
      <translation>Unbekannter Befehl „{c}“. {help}</translation>
    </message>
    <message>
      <source>Unknown export format “{fmt}”: use one of {formats}.</source>
      <translation>Unbekanntes Exportformat „{fmt}“: Verwenden Sie eines von {formats}.</translation>
    </message>
    <message>
      <source>Unknown line mode in {spec}: use mode=drem, mode=json or mode=lines.</source>
      <translation>Unbekannter Zeilenmodus in {spec}: Verwenden Sie mode=drem, mode=json oder mode=lines.</translation>
    </message>
    <message>
      <source>Unknown operation {op}.</source>
      <translation>Unbekannte Aktion {op}.</translation>
    </message>
    <message>
      <source>Unknown sensor address {spec}. Use auto, a serial port, or ws://HOST:8080.</source>
      <translation>Unbekannte Sensoradresse {spec}. Verwenden Sie auto, einen seriellen Port oder ws://HOST:8080.</translation>
    </message>
    <message>
      <source>Unknown sensor {name!r}.</source>
      <translation>Unbekannter Sensor {name!r}.</translation>
    </message>
    <message>
      <source>Unknown training_algorithm {value!r}: the car knows clipped_ppo and sac.</source>
      <translation>Unbekannter training_algorithm {value!r}: Das Auto kennt clipped_ppo und sac.</translation>
    </message>
    <message>
      <source>Unpaired {id}.</source>
      <translation>Kopplung mit {id} aufgehoben.</translation>
    </message>
    <message>
      <source>Unreadable race configuration: {error}</source>
      <translation>Unlesbare Rennkonfiguration: {error}</translation>
    </message>
    <message>
      <source>Up next</source>
      <translation>Als Nächstes</translation>
    </message>
    <message>
      <source>Up next: {names}</source>
      <translation>Als Nächstes: {names}</translation>
    </message>
    <message>
      <source>Up to {mb} MB per model.</source>
      <translation>Bis zu {mb} MB pro Modell.</translation>
    </message>
    <message>
      <source>Upload</source>
      <translation>Hochladen</translation>
    </message>
    <message>
      <source>Upload another model</source>
      <translation>Ein weiteres Modell hochladen</translation>
    </message>
    <message>
      <source>Upload code</source>
      <translation>Upload-Code</translation>
    </message>
    <message>
      <source>Upload code (shown at the organizer desk)</source>
      <translation>Upload-Code (am Tisch der Veranstalter angezeigt)</translation>
    </message>
    <message>
      <source>Upload code for racers’ models</source>
      <translation>Upload-Code für die Modelle der Fahrer</translation>
    </message>
    <message>
      <source>Upload code of “{name}” is now {code}; the old code no longer works.</source>
      <translation>Der Upload-Code von „{name}“ ist jetzt {code}; der alte Code funktioniert nicht mehr.</translation>
    </message>
    <message>
      <source>Upload code “{code}” must be 4 to 20 letters, digits or dashes (no spaces), e.g. RACE-42.</source>
      <translation>Der Upload-Code „{code}“ muss aus 4 bis 20 Buchstaben, Ziffern oder Bindestrichen bestehen (keine Leerzeichen), z. B. RACE-42.</translation>
    </message>
    <message>
      <source>Upload from a phone</source>
      <translation>Vom Handy hochladen</translation>
    </message>
    <message>
      <source>Upload your model</source>
      <translation>Laden Sie Ihr Modell hoch</translation>
    </message>
    <message>
      <source>Uploads are closed: the organizer has not set an upload code yet.</source>
      <translation>Uploads sind geschlossen: Die Veranstalter haben noch keinen Upload-Code gesetzt.</translation>
    </message>
    <message>
      <source>Uploads are switched off on this laptop.</source>
      <translation>Uploads sind auf diesem Laptop ausgeschaltet.</translation>
    </message>
    <message>
      <source>Use these lap sources</source>
      <translation>Diese Rundenquellen verwenden</translation>
    </message>
    <message>
      <source>Use this laptop's address</source>
      <translation>Die Adresse dieses Laptops verwenden</translation>
    </message>
    <message>
      <source>Username</source>
      <translation>Benutzername</translation>
    </message>
    <message>
      <source>Username {name!r} contains the invisible or control character {char}; retype it without.</source>
      <translation>Der Benutzername {name!r} enthält das unsichtbare oder Steuerzeichen {char}; tippen Sie ihn ohne neu.</translation>
    </message>
    <message>
      <source>Username “{name}” is taken.</source>
      <translation>Der Benutzername „{name}“ ist vergeben.</translation>
    </message>
    <message>
      <source>Username “{name}” looks like a file or device name; pick another.</source>
      <translation>Der Benutzername „{name}“ sieht wie ein Datei- oder Gerätename aus; wählen Sie einen anderen.</translation>
    </message>
    <message>
      <source>Username “{name}” may use only letters, digits and . _ - @ +{hint}.</source>
      <translation>Der Benutzername „{name}“ darf nur Buchstaben, Ziffern und . _ - @ + enthalten{hint}.</translation>
    </message>
    <message>
      <source>Username “{name}…” is {n} characters long; the limit is {limit}.</source>
      <translation>Der Benutzername „{name}…“ ist {n} Zeichen lang; die Grenze ist {limit}.</translation>
    </message>
    <message>
      <source>Valid</source>
      <translation>Gültig</translation>
    </message>
    <message>
      <source>Valid / invalid laps</source>
      <translation>Gültige / ungültige Runden</translation>
    </message>
    <message>
      <source>Valid lap</source>
      <translation>Gültige Runde</translation>
    </message>
    <message>
      <source>Valid laps</source>
      <translation>Gültige Runden</translation>
    </message>
    <message>
      <source>Valid laps: {n}</source>
      <translation>Gültige Runden: {n}</translation>
    </message>
    <message>
      <source>WARNING: {text}</source>
      <translation>WARNUNG: {text}</translation>
    </message>
    <message>
      <source>Welcome to DREM Desktop</source>
      <translation>Willkommen bei DREM Desktop</translation>
    </message>
    <message>
      <source>When a run ends, its car's ROS bag folders come over SSH (data folder)</source>
      <translation>Wenn ein Lauf endet, kommen die ROS-Bag-Ordner seines Autos über SSH (Datenordner)</translation>
    </message>
    <message>
      <source>Writing a backup…</source>
      <translation>Eine Sicherung wird geschrieben…</translation>
    </message>
    <message>
      <source>Writing {name}…</source>
      <translation>{name} wird geschrieben…</translation>
    </message>
    <message>
      <source>Wrong PIN. Too many tries: this tablet is locked out for {s} s.</source>
      <translation>Falsche PIN. Zu viele Versuche: Dieses Tablet ist für {s} s gesperrt.</translation>
    </message>
    <message>
      <source>Wrong PIN. {n} tries left.</source>
      <translation>Falsche PIN. Noch {n} Versuche.</translation>
    </message>
    <message>
      <source>Wrote the cloud manager bundle {path}</source>
      <translation>Bundle für den Cloud-Manager geschrieben: {path}</translation>
    </message>
    <message>
      <source>Wrote {path}</source>
      <translation>{path} geschrieben</translation>
    </message>
    <message>
      <source>Yes</source>
      <translation>Ja</translation>
    </message>
    <message>
      <source>Your earlier uploads are still being checked. Wait for their verdicts, then send more.</source>
      <translation>Ihre früheren Uploads werden noch geprüft. Warten Sie auf das Ergebnis und senden Sie dann weitere.</translation>
    </message>
    <message>
      <source>Your model archive (.tar.gz) as exported from the DeepRacer console.</source>
      <translation>Ihr Modellarchiv (.tar.gz), wie es aus der DeepRacer-Konsole exportiert wurde.</translation>
    </message>
    <message>
      <source>Your session ended: log in again with the PIN.</source>
      <translation>Ihre Sitzung ist abgelaufen: Melden Sie sich erneut mit der PIN an.</translation>
    </message>
    <message>
      <source>a GNU incremental-dump folder</source>
      <translation>einen Ordner eines inkrementellen GNU-Dumps</translation>
    </message>
    <message>
      <source>a change has unexpected keys ({keys})</source>
      <translation>eine Änderung hat unerwartete Schlüssel ({keys})</translation>
    </message>
    <message>
      <source>a delete that does not delete</source>
      <translation>ein Löschen, das nichts löscht</translation>
    </message>
    <message>
      <source>a file named like a folder that holds data</source>
      <translation>eine wie ein Ordner benannte Datei, die Daten enthält</translation>
    </message>
    <message>
      <source>a global header that renames or resizes entries</source>
      <translation>einen globalen Kopf, der Einträge umbenennt oder in der Größe ändert</translation>
    </message>
    <message>
      <source>a line is not a change</source>
      <translation>eine Zeile ist keine Änderung</translation>
    </message>
    <message>
      <source>a malformed pax record</source>
      <translation>einen fehlerhaften pax-Eintrag</translation>
    </message>
    <message>
      <source>a named AWS profile for the credentials</source>
      <translation>ein benanntes AWS-Profil für die Zugangsdaten</translation>
    </message>
    <message>
      <source>a negative {what}</source>
      <translation>einen negativen Wert für {what}</translation>
    </message>
    <message>
      <source>a new {t} without {c}</source>
      <translation>ein neues {t} ohne {c}</translation>
    </message>
    <message>
      <source>a piece of a multi-volume archive</source>
      <translation>ein Stück eines mehrteiligen Archivs</translation>
    </message>
    <message>
      <source>a sparse file</source>
      <translation>eine Sparse-Datei</translation>
    </message>
    <message>
      <source>a volume label</source>
      <translation>eine Datenträgerbezeichnung</translation>
    </message>
    <message>
      <source>address for --pi-timer (default 127.0.0.1)</source>
      <translation>Adresse für --pi-timer (Standard 127.0.0.1)</translation>
    </message>
    <message>
      <source>address not known yet</source>
      <translation>Adresse noch nicht bekannt</translation>
    </message>
    <message>
      <source>alive {s} s ago</source>
      <translation>lebt, vor {s} s</translation>
    </message>
    <message>
      <source>all models deleted</source>
      <translation>alle Modelle gelöscht</translation>
    </message>
    <message>
      <source>also make the terminal reachable at this path (a symlink)</source>
      <translation>das Terminal auch unter diesem Pfad erreichbar machen (ein Symlink)</translation>
    </message>
    <message>
      <source>also reachable at {link}</source>
      <translation>auch erreichbar unter {link}</translation>
    </message>
    <message>
      <source>an S3-compatible endpoint (MinIO, R2, Ceph)</source>
      <translation>ein S3-kompatibler Endpunkt (MinIO, R2, Ceph)</translation>
    </message>
    <message>
      <source>an entry of unknown type {flag!r}</source>
      <translation>einen Eintrag unbekannten Typs {flag!r}</translation>
    </message>
    <message>
      <source>an entry that is not a file but holds data</source>
      <translation>einen Eintrag, der keine Datei ist, aber Daten enthält</translation>
    </message>
    <message>
      <source>an entry without a name</source>
      <translation>einen Eintrag ohne Namen</translation>
    </message>
    <message>
      <source>an extended header of {size} bytes</source>
      <translation>einen erweiterten Kopf von {size} Bytes</translation>
    </message>
    <message>
      <source>an extended header with no entry after it</source>
      <translation>einen erweiterten Kopf ohne Eintrag danach</translation>
    </message>
    <message>
      <source>an old GNU long-name record</source>
      <translation>einen alten GNU-Langnamen-Eintrag</translation>
    </message>
    <message>
      <source>an unknown header format</source>
      <translation>ein unbekanntes Kopfformat</translation>
    </message>
    <message>
      <source>an unknown ustar version</source>
      <translation>eine unbekannte ustar-Version</translation>
    </message>
    <message>
      <source>another certificate</source>
      <translation>eine weitere Urkunde</translation>
    </message>
    <message>
      <source>answer {path}</source>
      <translation>{path} beantworten</translation>
    </message>
    <message>
      <source>auto finds DREM sensors only; give the port path for mode={mode}.</source>
      <translation>auto findet nur DREM-Sensoren; geben Sie für mode={mode} den Portpfad an.</translation>
    </message>
    <message>
      <source>auto, a serial port (e.g. /dev/ttyACM0) or ws://HOST:PORT</source>
      <translation>auto, ein serieller Port (z. B. /dev/ttyACM0) oder ws://HOST:PORT</translation>
    </message>
    <message>
      <source>average window, 3 to 7 laps</source>
      <translation>Durchschnittsfenster, 3 bis 7 Runden</translation>
    </message>
    <message>
      <source>battery {battery}, {n} model(s)</source>
      <translation>Akku {battery}, {n} Modell(e)</translation>
    </message>
    <message>
      <source>be reached</source>
      <translation>erreicht werden</translation>
    </message>
    <message>
      <source>best average</source>
      <translation>bester Durchschnitt</translation>
    </message>
    <message>
      <source>best average of {n} laps</source>
      <translation>bester Durchschnitt über {n} Runden</translation>
    </message>
    <message>
      <source>best {n}-lap average</source>
      <translation>bester Durchschnitt über {n} Runden</translation>
    </message>
    <message>
      <source>boot field out of range</source>
      <translation>Feld boot außerhalb des Bereichs</translation>
    </message>
    <message>
      <source>bring back an event from a .dremz file</source>
      <translation>eine Veranstaltung aus einer .dremz-Datei zurückholen</translation>
    </message>
    <message>
      <source>by proxy</source>
      <translation>als Vertretung</translation>
    </message>
    <message>
      <source>cable back: {path}</source>
      <translation>Kabel wieder dran: {path}</translation>
    </message>
    <message>
      <source>cable out for {s:.1f} s</source>
      <translation>Kabel {s:.1f} s lang getrennt</translation>
    </message>
    <message>
      <source>cancelling…</source>
      <translation>wird abgebrochen…</translation>
    </message>
    <message>
      <source>capture a lap</source>
      <translation>eine Runde erfassen</translation>
    </message>
    <message>
      <source>car</source>
      <translation>Auto</translation>
    </message>
    <message>
      <source>car host name or address, e.g. amss-1234 or 192.168.1.41</source>
      <translation>Hostname oder Adresse des Autos, z. B. amss-1234 oder 192.168.1.41</translation>
    </message>
    <message>
      <source>car password (SSH user deepracer)</source>
      <translation>Passwort des Autos (SSH-Benutzer deepracer)</translation>
    </message>
    <message>
      <source>car software restarted</source>
      <translation>Software des Autos neu gestartet</translation>
    </message>
    <message>
      <source>change a lap's validity</source>
      <translation>die Gültigkeit einer Runde ändern</translation>
    </message>
    <message>
      <source>change number {v} is not a change number</source>
      <translation>Änderungsnummer {v} ist keine Änderungsnummer</translation>
    </message>
    <message>
      <source>change the event's upload code (the old one stops working)</source>
      <translation>den Upload-Code der Veranstaltung ändern (der alte funktioniert dann nicht mehr)</translation>
    </message>
    <message>
      <source>change {seq} ({t}): {problem}</source>
      <translation>Änderung {seq} ({t}): {problem}</translation>
    </message>
    <message>
      <source>change {seq}: it changes nothing readable</source>
      <translation>Änderung {seq}: Sie ändert nichts Lesbares</translation>
    </message>
    <message>
      <source>change {seq}: its clock stamp names another laptop</source>
      <translation>Änderung {seq}: Ihr Uhrstempel nennt einen anderen Laptop</translation>
    </message>
    <message>
      <source>change {seq}: its time is not a time</source>
      <translation>Änderung {seq}: Ihre Zeit ist keine Zeit</translation>
    </message>
    <message>
      <source>change {seq}: the event id is not an id</source>
      <translation>Änderung {seq}: Die Veranstaltungs-ID ist keine ID</translation>
    </message>
    <message>
      <source>change {seq}: the row id is not an id</source>
      <translation>Änderung {seq}: Die Zeilen-ID ist keine ID</translation>
    </message>
    <message>
      <source>change {seq}: “{op}” is not insert, update or delete</source>
      <translation>Änderung {seq}: „{op}“ ist weder insert noch update noch delete</translation>
    </message>
    <message>
      <source>change {seq}: “{t}” is not a table that syncs</source>
      <translation>Änderung {seq}: „{t}“ ist keine Tabelle, die synchronisiert wird</translation>
    </message>
    <message>
      <source>changed</source>
      <translation>geändert</translation>
    </message>
    <message>
      <source>changes only, no model files</source>
      <translation>nur Änderungen, keine Modelldateien</translation>
    </message>
    <message>
      <source>checking the model</source>
      <translation>das Modell wird geprüft</translation>
    </message>
    <message>
      <source>checksum</source>
      <translation>Prüfsumme</translation>
    </message>
    <message>
      <source>checksum mismatch</source>
      <translation>Prüfsumme stimmt nicht</translation>
    </message>
    <message>
      <source>chroma must be a colour as six hex digits, e.g. 00ff00.</source>
      <translation>chroma muss eine Farbe aus sechs Hexziffern sein, z. B. 00ff00.</translation>
    </message>
    <message>
      <source>combined</source>
      <translation>zusammen</translation>
    </message>
    <message>
      <source>connected</source>
      <translation>verbunden</translation>
    </message>
    <message>
      <source>connecting</source>
      <translation>verbindet</translation>
    </message>
    <message>
      <source>continuous</source>
      <translation>kontinuierlich</translation>
    </message>
    <message>
      <source>control or non-ASCII bytes</source>
      <translation>Steuer- oder Nicht-ASCII-Bytes</translation>
    </message>
    <message>
      <source>count a reset</source>
      <translation>einen Reset zählen</translation>
    </message>
    <message>
      <source>count a short lap</source>
      <translation>eine kurze Runde zählen</translation>
    </message>
    <message>
      <source>country (GB)</source>
      <translation>Land (DE)</translation>
    </message>
    <message>
      <source>create a demo event with racers and laps</source>
      <translation>eine Demo-Veranstaltung mit Fahrern und Runden erstellen</translation>
    </message>
    <message>
      <source>create an event</source>
      <translation>eine Veranstaltung erstellen</translation>
    </message>
    <message>
      <source>create and list events</source>
      <translation type="vanished">Veranstaltungen erstellen und auflisten</translation>
    </message>
    <message>
      <source>create and list events, change the upload code</source>
      <translation>Veranstaltungen erstellen und auflisten, den Upload-Code ändern</translation>
    </message>
    <message>
      <source>created</source>
      <translation>erstellt</translation>
    </message>
    <message>
      <source>data folder (default: the platform's user data folder, or $DREM_DATA_DIR)</source>
      <translation>Datenordner (Standard: der Benutzerdatenordner der Plattform oder $DREM_DATA_DIR)</translation>
    </message>
    <message>
      <source>delete all models</source>
      <translation>alle Modelle löschen</translation>
    </message>
    <message>
      <source>delete its models</source>
      <translation>seine Modelle löschen</translation>
    </message>
    <message>
      <source>delete models</source>
      <translation>Modelle löschen</translation>
    </message>
    <message>
      <source>deleted</source>
      <translation>gelöscht</translation>
    </message>
    <message>
      <source>differs: {what}</source>
      <translation>unterscheidet sich: {what}</translation>
    </message>
    <message>
      <source>discard</source>
      <translation>verwerfen</translation>
    </message>
    <message>
      <source>disconnected</source>
      <translation>getrennt</translation>
    </message>
    <message>
      <source>discrete, {count} actions</source>
      <translation>diskret, {count} Aktionen</translation>
    </message>
    <message>
      <source>display name</source>
      <translation>Anzeigename</translation>
    </message>
    <message>
      <source>do not start the LAN server</source>
      <translation>den LAN-Server nicht starten</translation>
    </message>
    <message>
      <source>down {n}</source>
      <translation>{n} nach unten</translation>
    </message>
    <message>
      <source>e.g. Join the next race at the DeepRacer booth</source>
      <translation>z. B. Beim nächsten Rennen am DeepRacer-Stand mitfahren</translation>
    </message>
    <message>
      <source>e.g. Summit Berlin 2026</source>
      <translation>z. B. Summit Berlin 2026</translation>
    </message>
    <message>
      <source>e.g. Summit Cup 2026</source>
      <translation>z. B. Summit Cup 2026</translation>
    </message>
    <message>
      <source>edit</source>
      <translation>bearbeitet</translation>
    </message>
    <message>
      <source>emit simulated laps on a pseudo-terminal or as a Pi timer</source>
      <translation>simulierte Runden auf einem Pseudoterminal oder als Pi-Timer ausgeben</translation>
    </message>
    <message>
      <source>empty = unlimited</source>
      <translation>leer = unbegrenzt</translation>
    </message>
    <message>
      <source>empty for AWS S3; https://… for MinIO, R2, Ceph</source>
      <translation>leer für AWS S3; https://… für MinIO, R2, Ceph</translation>
    </message>
    <message>
      <source>empty: a new random code</source>
      <translation>leer: ein neuer zufälliger Code</translation>
    </message>
    <message>
      <source>empty: the AWS profile or environment</source>
      <translation>leer: das AWS-Profil oder die Umgebung</translation>
    </message>
    <message>
      <source>end the run</source>
      <translation>den Lauf beenden</translation>
    </message>
    <message>
      <source>error: event “{event}” has no track {n}.</source>
      <translation>Fehler: Veranstaltung „{event}“ hat keine Strecke {n}.</translation>
    </message>
    <message>
      <source>error: no event: give --event, or create one with: drem-desktop event add NAME</source>
      <translation>Fehler: keine Veranstaltung: Geben Sie --event an oder erstellen Sie eine mit: drem-desktop event add NAME</translation>
    </message>
    <message>
      <source>error: nothing of the event could be applied (see the refusals above).</source>
      <translation>Fehler: Nichts von der Veranstaltung konnte übernommen werden (siehe die Ablehnungen oben).</translation>
    </message>
    <message>
      <source>error: the two PINs differ; nothing changed.</source>
      <translation>Fehler: Die beiden PINs unterscheiden sich; nichts wurde geändert.</translation>
    </message>
    <message>
      <source>error: {message}</source>
      <translation>Fehler: {message}</translation>
    </message>
    <message>
      <source>error: {message}{where}</source>
      <translation>Fehler: {message}{where}</translation>
    </message>
    <message>
      <source>error: {peer} holds no event “{event}”.</source>
      <translation>Fehler: {peer} hat keine Veranstaltung „{event}“.</translation>
    </message>
    <message>
      <source>error: {reason} Nothing changed.</source>
      <translation>Fehler: {reason} Nichts wurde geändert.</translation>
    </message>
    <message>
      <source>eu-west-1</source>
      <translation>eu-west-1</translation>
    </message>
    <message>
      <source>event best</source>
      <translation>Bestzeit der Veranstaltung</translation>
    </message>
    <message>
      <source>event best {time}</source>
      <translation>Bestzeit der Veranstaltung {time}</translation>
    </message>
    <message>
      <source>event id or exact name</source>
      <translation>ID oder genauer Name der Veranstaltung</translation>
    </message>
    <message>
      <source>event id or exact name (default: the current event)</source>
      <translation>ID oder genauer Name der Veranstaltung (Standard: die aktuelle Veranstaltung)</translation>
    </message>
    <message>
      <source>event ids or exact names</source>
      <translation>IDs oder genaue Namen der Veranstaltungen</translation>
    </message>
    <message>
      <source>event {e}: the bucket lacks changes of laptop {o}</source>
      <translation>Veranstaltung {e}: Dem Bucket fehlen Änderungen von Laptop {o}</translation>
    </message>
    <message>
      <source>event {e}: this laptop lacks changes of laptop {o}</source>
      <translation>Veranstaltung {e}: Diesem Laptop fehlen Änderungen von Laptop {o}</translation>
    </message>
    <message>
      <source>eventId {id} appears twice.</source>
      <translation>eventId {id} kommt zweimal vor.</translation>
    </message>
    <message>
      <source>events.json event {source}: an event named “{name}” already exists here and was not imported from this bundle. Rename one of them first.</source>
      <translation>events.json, Veranstaltung {source}: Eine Veranstaltung namens „{name}“ gibt es hier schon, und sie wurde nicht aus diesem Bundle importiert. Benennen Sie zuerst eine davon um.</translation>
    </message>
    <message>
      <source>exit status {n}</source>
      <translation>Exit-Status {n}</translation>
    </message>
    <message>
      <source>expected a list of races.</source>
      <translation>eine Liste von Rennen erwartet.</translation>
    </message>
    <message>
      <source>extra run allowed because</source>
      <translation>zusätzlicher Lauf erlaubt, weil</translation>
    </message>
    <message>
      <source>extra run: {reason}</source>
      <translation>zusätzlicher Lauf: {reason}</translation>
    </message>
    <message>
      <source>fastest lap</source>
      <translation>schnellste Runde</translation>
    </message>
    <message>
      <source>fastest or average (default: the event's ranking)</source>
      <translation>fastest oder average (Standard: die Wertung der Veranstaltung)</translation>
    </message>
    <message>
      <source>fetch logs</source>
      <translation>Protokolle abrufen</translation>
    </message>
    <message>
      <source>fetching logs</source>
      <translation>Protokolle werden abgerufen</translation>
    </message>
    <message>
      <source>fields a plain archive leaves empty are filled</source>
      <translation>Felder, die ein einfaches Archiv leer lässt, werden gefüllt</translation>
    </message>
    <message>
      <source>file them under this racer instead of “Sample models”</source>
      <translation>sie unter diesem Fahrer ablegen statt unter „Beispielmodelle“</translation>
    </message>
    <message>
      <source>file to write, or a folder for it</source>
      <translation>zu schreibende Datei oder ein Ordner dafür</translation>
    </message>
    <message>
      <source>finish a command in time</source>
      <translation>einen Befehl rechtzeitig beenden</translation>
    </message>
    <message>
      <source>finished in place {rank} of {n}</source>
      <translation>beendete auf Platz {rank} von {n}</translation>
    </message>
    <message>
      <source>firmware {version}</source>
      <translation>Firmware {version}</translation>
    </message>
    <message>
      <source>fleetId {id} appears twice.</source>
      <translation>fleetId {id} kommt zweimal vor.</translation>
    </message>
    <message>
      <source>format must be fastest or average.</source>
      <translation>format muss fastest oder average sein.</translation>
    </message>
    <message>
      <source>frame too long</source>
      <translation>Frame zu lang</translation>
    </message>
    <message>
      <source>get an event with all its runs, laps, racers and models from the bucket or a paired laptop</source>
      <translation>eine Veranstaltung mit allen Läufen, Runden, Fahrern und Modellen aus dem Bucket oder von einem gekoppelten Laptop holen</translation>
    </message>
    <message>
      <source>heartbeat field out of range</source>
      <translation>Feld heartbeat außerhalb des Bereichs</translation>
    </message>
    <message>
      <source>highlight colour, e.g. blue or #1e90ff</source>
      <translation>Hervorhebungsfarbe, z. B. blue oder #1e90ff</translation>
    </message>
    <message>
      <source>how long the cable stays out (default 2 s)</source>
      <translation>wie lange das Kabel getrennt bleibt (Standard 2 s)</translation>
    </message>
    <message>
      <source>how the other laptops list this one</source>
      <translation>wie die anderen Laptops diesen nennen</translation>
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
      <translation>einen Export-Bundle-Ordner des Cloud-DREM importieren</translation>
    </message>
    <message>
      <source>import a folder of model archives (default owner: Sample models)</source>
      <translation>einen Ordner mit Modellarchiven importieren (Standardbesitzer: Beispielmodelle)</translation>
    </message>
    <message>
      <source>install the model</source>
      <translation>das Modell installieren</translation>
    </message>
    <message>
      <source>installed</source>
      <translation>installiert</translation>
    </message>
    <message>
      <source>installing</source>
      <translation>wird installiert</translation>
    </message>
    <message>
      <source>invalid</source>
      <translation>ungültig</translation>
    </message>
    <message>
      <source>it does not end with a whole line</source>
      <translation>sie endet nicht mit einer ganzen Zeile</translation>
    </message>
    <message>
      <source>it has bytes after its end</source>
      <translation>sie hat Bytes nach ihrem Ende</translation>
    </message>
    <message>
      <source>it has no SSH credentials and no web console password saved; add one in Cars → {car}.</source>
      <translation>Es sind weder SSH-Zugangsdaten noch ein Passwort der Webkonsole gespeichert; fügen Sie eines unter Autos → {car} hinzu.</translation>
    </message>
    <message>
      <source>it holds {n} changes but its header says {count}</source>
      <translation>sie enthält {n} Änderungen, ihr Kopf nennt aber {count}</translation>
    </message>
    <message>
      <source>it is cut short (incomplete download or upload)</source>
      <translation>sie ist abgeschnitten (unvollständiger Download oder Upload)</translation>
    </message>
    <message>
      <source>it is empty</source>
      <translation>sie ist leer</translation>
    </message>
    <message>
      <source>it is larger than {n} MiB unpacked</source>
      <translation>sie ist entpackt größer als {n} MiB</translation>
    </message>
    <message>
      <source>it is not a DREM Desktop sync answer (or from a newer version)</source>
      <translation>das ist keine Sync-Antwort von DREM Desktop (oder von einer neueren Version)</translation>
    </message>
    <message>
      <source>it is not a DREM Desktop sync segment (or from a newer version)</source>
      <translation>das ist kein Sync-Segment von DREM Desktop (oder von einer neueren Version)</translation>
    </message>
    <message>
      <source>it is not a gzip file, or it is damaged</source>
      <translation>das ist keine Gzip-Datei, oder sie ist beschädigt</translation>
    </message>
    <message>
      <source>its checksum does not match</source>
      <translation>seine Prüfsumme stimmt nicht</translation>
    </message>
    <message>
      <source>its eventId {id} is not the event it is listed under.</source>
      <translation>seine eventId {id} ist nicht die Veranstaltung, unter der es steht.</translation>
    </message>
    <message>
      <source>its header does not match its name</source>
      <translation>ihr Kopf passt nicht zu ihrem Namen</translation>
    </message>
    <message>
      <source>its header has a cursor that is not one</source>
      <translation>ihr Kopf hat einen Cursor, der keiner ist</translation>
    </message>
    <message>
      <source>its header has no cursors</source>
      <translation>ihr Kopf hat keine Cursor</translation>
    </message>
    <message>
      <source>its header has no valid count</source>
      <translation>ihr Kopf hat keine gültige Anzahl</translation>
    </message>
    <message>
      <source>its header has no valid range of change numbers</source>
      <translation>ihr Kopf hat keinen gültigen Bereich von Änderungsnummern</translation>
    </message>
    <message>
      <source>its header names no event or laptop</source>
      <translation>ihr Kopf nennt keine Veranstaltung und keinen Laptop</translation>
    </message>
    <message>
      <source>its id is not the row's id</source>
      <translation>ihre ID ist nicht die ID der Zeile</translation>
    </message>
    <message>
      <source>its pax size is not a number</source>
      <translation>seine pax-Größe ist keine Zahl</translation>
    </message>
    <message>
      <source>its {what} is not UTF-8 text</source>
      <translation>sein Feld {what} ist kein UTF-8-Text</translation>
    </message>
    <message>
      <source>its {what} is not a number</source>
      <translation>sein Feld {what} ist keine Zahl</translation>
    </message>
    <message>
      <source>kept in the system keyring</source>
      <translation>im Schlüsselbund des Systems gespeichert</translation>
    </message>
    <message>
      <source>lap count</source>
      <translation>Rundenzahl</translation>
    </message>
    <message>
      <source>lap count: {n} laps</source>
      <translation>Rundenzahl: {n} Runden</translation>
    </message>
    <message>
      <source>lap field out of range</source>
      <translation>Feld lap außerhalb des Bereichs</translation>
    </message>
    <message>
      <source>lap time</source>
      <translation>Rundenzeit</translation>
    </message>
    <message>
      <source>lap without a usable timestamp</source>
      <translation>Runde ohne brauchbaren Zeitstempel</translation>
    </message>
    <message>
      <source>lap {n} / {target}</source>
      <translation>Runde {n} / {target}</translation>
    </message>
    <message>
      <source>lap {n}: seq={seq} ms={ms}{note}</source>
      <translation>Runde {n}: seq={seq} ms={ms}{note}</translation>
    </message>
    <message>
      <source>lap {n}: timestamp={ts} clients={c}</source>
      <translation>Runde {n}: timestamp={ts} clients={c}</translation>
    </message>
    <message>
      <source>lapId {n} appears twice.</source>
      <translation>lapId {n} kommt zweimal vor.</translation>
    </message>
    <message>
      <source>laps to finish (lap_count format)</source>
      <translation>Runden bis zum Ziel (Format lap_count)</translation>
    </message>
    <message>
      <source>laptop</source>
      <translation>Laptop</translation>
    </message>
    <message>
      <source>laptop {id}</source>
      <translation>Laptop {id}</translation>
    </message>
    <message>
      <source>laptop {name}</source>
      <translation>Laptop {name}</translation>
    </message>
    <message>
      <source>larger than 512 MB; this is not an export bundle file.</source>
      <translation>größer als 512 MB; das ist keine Datei eines Export-Bundles.</translation>
    </message>
    <message>
      <source>lidar_config must be a JSON object when present.</source>
      <translation>lidar_config muss ein JSON-Objekt sein, wenn vorhanden.</translation>
    </message>
    <message>
      <source>line format: drem (our protocol), json (Pi timer JSON), lines (one line per lap)</source>
      <translation>Zeilenformat: drem (unser Protokoll), json (Pi-Timer-JSON), lines (eine Zeile pro Runde)</translation>
    </message>
    <message>
      <source>line too long</source>
      <translation>Zeile zu lang</translation>
    </message>
    <message>
      <source>line {n} is not JSON</source>
      <translation>Zeile {n} ist kein JSON</translation>
    </message>
    <message>
      <source>line {n} is too long</source>
      <translation>Zeile {n} ist zu lang</translation>
    </message>
    <message>
      <source>line {n}: a change beyond what the answer claims</source>
      <translation>Zeile {n}: eine Änderung jenseits dessen, was die Antwort angibt</translation>
    </message>
    <message>
      <source>line {n}: a change of another event</source>
      <translation>Zeile {n}: eine Änderung einer anderen Veranstaltung</translation>
    </message>
    <message>
      <source>line {n}: a change of another laptop</source>
      <translation>Zeile {n}: eine Änderung eines anderen Laptops</translation>
    </message>
    <message>
      <source>line {n}: change number {seq} is out of order</source>
      <translation>Zeile {n}: Änderungsnummer {seq} ist außer der Reihe</translation>
    </message>
    <message>
      <source>line {n}: {problem}</source>
      <translation>Zeile {n}: {problem}</translation>
    </message>
    <message>
      <source>link</source>
      <translation>Link</translation>
    </message>
    <message>
      <source>list events</source>
      <translation>Veranstaltungen auflisten</translation>
    </message>
    <message>
      <source>list its logs</source>
      <translation>seine Protokolle auflisten</translation>
    </message>
    <message>
      <source>list its models</source>
      <translation>seine Modelle auflisten</translation>
    </message>
    <message>
      <source>list racers</source>
      <translation>Fahrer auflisten</translation>
    </message>
    <message>
      <source>list the paired laptops</source>
      <translation>die gekoppelten Laptops auflisten</translation>
    </message>
    <message>
      <source>load model</source>
      <translation>Modell laden</translation>
    </message>
    <message>
      <source>load the model</source>
      <translation>das Modell laden</translation>
    </message>
    <message>
      <source>loading onto {car}</source>
      <translation>wird auf {car} geladen</translation>
    </message>
    <message>
      <source>loading{pct} onto {car} ({stage})</source>
      <translation>wird{pct} auf {car} geladen ({stage})</translation>
    </message>
    <message>
      <source>log in over SSH</source>
      <translation>sich über SSH anmelden</translation>
    </message>
    <message>
      <source>logs fetched</source>
      <translation>Protokolle abgerufen</translation>
    </message>
    <message>
      <source>long name</source>
      <translation>langer Name</translation>
    </message>
    <message>
      <source>malformed checksum</source>
      <translation>fehlerhafte Prüfsumme</translation>
    </message>
    <message>
      <source>manual</source>
      <translation>Taste</translation>
    </message>
    <message>
      <source>mean lap time in seconds (default 12)</source>
      <translation>mittlere Rundenzeit in Sekunden (Standard 12)</translation>
    </message>
    <message>
      <source>measure its logs</source>
      <translation>seine Protokolle messen</translation>
    </message>
    <message>
      <source>metadata the car would refuse</source>
      <translation>Metadaten, die das Auto ablehnen würde</translation>
    </message>
    <message>
      <source>minimum lap time in seconds (debounce)</source>
      <translation>Mindestrundenzeit in Sekunden (Entprellung)</translation>
    </message>
    <message>
      <source>minutes:seconds, empty = no limit</source>
      <translation>Minuten:Sekunden, leer = keine Grenze</translation>
    </message>
    <message>
      <source>minutes; 0 for no limit (default 3)</source>
      <translation>Minuten; 0 für keine Grenze (Standard 3)</translation>
    </message>
    <message>
      <source>mode</source>
      <translation>Modus</translation>
    </message>
    <message>
      <source>model file “{v}” is not a path in the model library</source>
      <translation>die Modelldatei „{v}“ ist kein Pfad in der Modellbibliothek</translation>
    </message>
    <message>
      <source>model_metadata.json has no action_space.</source>
      <translation>model_metadata.json hat keinen action_space.</translation>
    </message>
    <message>
      <source>model_metadata.json is larger than 1 MB; a real one is a few kilobytes.</source>
      <translation>model_metadata.json ist größer als 1 MB; eine echte ist ein paar Kilobyte groß.</translation>
    </message>
    <message>
      <source>model_metadata.json is missing at the top of the archive.</source>
      <translation>model_metadata.json fehlt auf der obersten Ebene des Archivs.</translation>
    </message>
    <message>
      <source>model_metadata.json is not UTF-8 text.</source>
      <translation>model_metadata.json ist kein UTF-8-Text.</translation>
    </message>
    <message>
      <source>model_metadata.json is not valid JSON ({error}).</source>
      <translation>model_metadata.json ist kein gültiges JSON ({error}).</translation>
    </message>
    <message>
      <source>model_metadata.json must hold a JSON object (curly braces) at the top.</source>
      <translation>model_metadata.json muss auf oberster Ebene ein JSON-Objekt (geschweifte Klammern) enthalten.</translation>
    </message>
    <message>
      <source>models: {up} up, {down} down</source>
      <translation>Modelle: {up} hoch, {down} runter</translation>
    </message>
    <message>
      <source>name</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>nested too deeply to be an export bundle file.</source>
      <translation>zu tief verschachtelt für eine Datei eines Export-Bundles.</translation>
    </message>
    <message>
      <source>never</source>
      <translation>nie</translation>
    </message>
    <message>
      <source>new fleet, e.g. Booth A</source>
      <translation>neue Flotte, z. B. Stand A</translation>
    </message>
    <message>
      <source>new folder for the bundle</source>
      <translation>neuer Ordner für das Bundle</translation>
    </message>
    <message>
      <source>new on the board</source>
      <translation>neu auf der Tafel</translation>
    </message>
    <message>
      <source>no</source>
      <translation>nein</translation>
    </message>
    <message>
      <source>no CSRF token on the page: is this a DeepRacer car?</source>
      <translation>kein CSRF-Token auf der Seite: Ist das ein DeepRacer-Auto?</translation>
    </message>
    <message>
      <source>no PIN: the tablet page refuses everyone</source>
      <translation>keine PIN: Die Tablet-Seite weist alle ab</translation>
    </message>
    <message>
      <source>no answer</source>
      <translation>keine Antwort</translation>
    </message>
    <message>
      <source>no answer at {host}</source>
      <translation>keine Antwort von {host}</translation>
    </message>
    <message>
      <source>no answer for {s:.0f} s</source>
      <translation>seit {s:.0f} s keine Antwort</translation>
    </message>
    <message>
      <source>no car yet</source>
      <translation>noch kein Auto</translation>
    </message>
    <message>
      <source>no change</source>
      <translation>keine Änderung</translation>
    </message>
    <message>
      <source>no checksum</source>
      <translation>keine Prüfsumme</translation>
    </message>
    <message>
      <source>no colour</source>
      <translation>keine Farbe</translation>
    </message>
    <message>
      <source>no details</source>
      <translation>keine Einzelheiten</translation>
    </message>
    <message>
      <source>no lap</source>
      <translation>keine Runde</translation>
    </message>
    <message>
      <source>no limit</source>
      <translation>keine Grenze</translation>
    </message>
    <message>
      <source>no logo (a PNG or JPEG file)</source>
      <translation>kein Logo (eine PNG- oder JPEG-Datei)</translation>
    </message>
    <message>
      <source>no logs for {model} since the run started</source>
      <translation>seit Laufbeginn keine Protokolle für {model}</translation>
    </message>
    <message>
      <source>no model in the library for this racer: add one on the Models page</source>
      <translation>kein Modell dieses Fahrers in der Bibliothek: Fügen Sie eines auf der Seite Modelle hinzu</translation>
    </message>
    <message>
      <source>no network</source>
      <translation>kein Netz</translation>
    </message>
    <message>
      <source>no password saved: battery unknown</source>
      <translation>kein Passwort gespeichert: Akkustand unbekannt</translation>
    </message>
    <message>
      <source>no time limit</source>
      <translation>keine Zeitgrenze</translation>
    </message>
    <message>
      <source>no valid lap</source>
      <translation>keine gültige Runde</translation>
    </message>
    <message>
      <source>no {n}-lap average yet</source>
      <translation>noch kein Durchschnitt über {n} Runden</translation>
    </message>
    <message>
      <source>none</source>
      <translation>keine</translation>
    </message>
    <message>
      <source>not ASCII</source>
      <translation>kein ASCII</translation>
    </message>
    <message>
      <source>not JSON</source>
      <translation>kein JSON</translation>
    </message>
    <message>
      <source>not a DREM sensor line</source>
      <translation>keine DREM-Sensorzeile</translation>
    </message>
    <message>
      <source>not a JSON object.</source>
      <translation>kein JSON-Objekt.</translation>
    </message>
    <message>
      <source>not connected</source>
      <translation>nicht verbunden</translation>
    </message>
    <message>
      <source>not found on the network yet</source>
      <translation>noch nicht im Netz gefunden</translation>
    </message>
    <message>
      <source>not looked up again yet</source>
      <translation>noch nicht erneut nachgeschlagen</translation>
    </message>
    <message>
      <source>not reached yet</source>
      <translation>noch nicht erreicht</translation>
    </message>
    <message>
      <source>not the model its fingerprint says; not kept</source>
      <translation>nicht das Modell, das sein Fingerabdruck nennt; nicht behalten</translation>
    </message>
    <message>
      <source>number of strips/beams on the line (default 2)</source>
      <translation>Zahl der Streifen/Strahlen an der Linie (Standard 2)</translation>
    </message>
    <message>
      <source>of {n}</source>
      <translation>von {n}</translation>
    </message>
    <message>
      <source>offline</source>
      <translation>offline</translation>
    </message>
    <message>
      <source>offline (seen {n} min ago)</source>
      <translation>offline (vor {n} Min. gesehen)</translation>
    </message>
    <message>
      <source>old firmware (XOR checksum, misses some damaged lines): flash firmware 1.1</source>
      <translation>alte Firmware (XOR-Prüfsumme, übersieht manche beschädigten Zeilen): Firmware 1.1 aufspielen</translation>
    </message>
    <message>
      <source>old-style checksum from a sensor that sends CRC lines</source>
      <translation>Prüfsumme alter Art von einem Sensor, der CRC-Zeilen sendet</translation>
    </message>
    <message>
      <source>one minute</source>
      <translation>eine Minute</translation>
    </message>
    <message>
      <source>one push and pull; exit 0 when the bucket and this laptop agree</source>
      <translation>einmal senden und holen; Exit 0, wenn der Bucket und dieser Laptop übereinstimmen</translation>
    </message>
    <message>
      <source>online</source>
      <translation>online</translation>
    </message>
    <message>
      <source>only for lap count</source>
      <translation>nur bei Rundenzahl</translation>
    </message>
    <message>
      <source>only this event (id or exact name)</source>
      <translation>nur diese Veranstaltung (ID oder genauer Name)</translation>
    </message>
    <message>
      <source>pack an event into one .dremz file</source>
      <translation>eine Veranstaltung in eine .dremz-Datei packen</translation>
    </message>
    <message>
      <source>pack its logs</source>
      <translation>seine Protokolle packen</translation>
    </message>
    <message>
      <source>pair with another laptop for LAN sync</source>
      <translation>mit einem anderen Laptop für den LAN-Sync koppeln</translation>
    </message>
    <message>
      <source>paired</source>
      <translation>gekoppelt</translation>
    </message>
    <message>
      <source>pause</source>
      <translation>pausieren</translation>
    </message>
    <message>
      <source>paused</source>
      <translation>pausiert</translation>
    </message>
    <message>
      <source>pax key</source>
      <translation>pax-Schlüssel</translation>
    </message>
    <message>
      <source>pax value</source>
      <translation>pax-Wert</translation>
    </message>
    <message>
      <source>personal best</source>
      <translation>persönliche Bestzeit</translation>
    </message>
    <message>
      <source>pre-load fleet {name}</source>
      <translation>Flotte {name} vorladen</translation>
    </message>
    <message>
      <source>prepare the car</source>
      <translation>das Auto vorbereiten</translation>
    </message>
    <message>
      <source>print an event's leaderboard</source>
      <translation>die Rangliste einer Veranstaltung ausgeben</translation>
    </message>
    <message>
      <source>probability of a line of noise after a lap (default 0)</source>
      <translation>Wahrscheinlichkeit einer Störzeile nach einer Runde (Standard 0)</translation>
    </message>
    <message>
      <source>probability that a car also triggers the second strip (default 0)</source>
      <translation>Wahrscheinlichkeit, dass ein Auto auch den zweiten Streifen auslöst (Standard 0)</translation>
    </message>
    <message>
      <source>probability that a lap line is lost on the wire (default 0)</source>
      <translation>Wahrscheinlichkeit, dass eine Rundenzeile unterwegs verloren geht (Standard 0)</translation>
    </message>
    <message>
      <source>publish its network name</source>
      <translation>seinen Netzwerknamen veröffentlichen</translation>
    </message>
    <message>
      <source>published on the network as {name}</source>
      <translation>im Netz veröffentlicht als {name}</translation>
    </message>
    <message>
      <source>pull the cable every S seconds (needs --link; default never)</source>
      <translation>das Kabel alle S Sekunden ziehen (braucht --link; Standard nie)</translation>
    </message>
    <message>
      <source>pulled {n} ({kb} kB)</source>
      <translation>{n} geholt ({kb} kB)</translation>
    </message>
    <message>
      <source>push model</source>
      <translation>Modell senden</translation>
    </message>
    <message>
      <source>pushed {n} segment(s) ({kb} kB)</source>
      <translation>{n} Segment(e) gesendet ({kb} kB)</translation>
    </message>
    <message>
      <source>put this racer on the track (registered if new); runs submit when over</source>
      <translation>diesen Fahrer auf die Strecke schicken (neu angemeldet, falls unbekannt); Läufe werden am Ende eingereicht</translation>
    </message>
    <message>
      <source>race configuration: {error}</source>
      <translation>Rennkonfiguration: {error}</translation>
    </message>
    <message>
      <source>race over</source>
      <translation>Rennen vorbei</translation>
    </message>
    <message>
      <source>race over: submit</source>
      <translation>Rennen vorbei: einreichen</translation>
    </message>
    <message>
      <source>raceId {id} appears twice.</source>
      <translation>raceId {id} kommt zweimal vor.</translation>
    </message>
    <message>
      <source>raced by proxy</source>
      <translation>als Vertretung gefahren</translation>
    </message>
    <message>
      <source>races.json: races for event “{event}”, which events.json does not have.</source>
      <translation>races.json: Rennen für die Veranstaltung „{event}“, die events.json nicht hat.</translation>
    </message>
    <message>
      <source>random seed, for a repeatable session</source>
      <translation>Zufallsstartwert, für eine wiederholbare Sitzung</translation>
    </message>
    <message>
      <source>read status</source>
      <translation>Status lesen</translation>
    </message>
    <message>
      <source>read the PIN from standard input (scripts)</source>
      <translation>die PIN von der Standardeingabe lesen (Skripte)</translation>
    </message>
    <message>
      <source>ready on {car}</source>
      <translation>bereit auf {car}</translation>
    </message>
    <message>
      <source>ready to start</source>
      <translation>startbereit</translation>
    </message>
    <message>
      <source>record a DNF</source>
      <translation>ein DNF festhalten</translation>
    </message>
    <message>
      <source>refused: {segment}</source>
      <translation>abgelehnt: {segment}</translation>
    </message>
    <message>
      <source>register a racer</source>
      <translation>einen Fahrer anmelden</translation>
    </message>
    <message>
      <source>register and list racers</source>
      <translation>Fahrer anmelden und auflisten</translation>
    </message>
    <message>
      <source>remember --bucket and its options as this laptop's</source>
      <translation>--bucket und seine Optionen als die dieses Laptops speichern</translation>
    </message>
    <message>
      <source>report its status</source>
      <translation>seinen Status melden</translation>
    </message>
    <message>
      <source>reset {resets}{of_allowed}</source>
      <translation>Reset {resets}{of_allowed}</translation>
    </message>
    <message>
      <source>resets</source>
      <translation>Resets</translation>
    </message>
    <message>
      <source>resets allowed per lap, or unlimited</source>
      <translation>erlaubte Resets pro Runde oder unlimited</translation>
    </message>
    <message>
      <source>restart the car software</source>
      <translation>die Software des Autos neu starten</translation>
    </message>
    <message>
      <source>restored</source>
      <translation>wiederhergestellt</translation>
    </message>
    <message>
      <source>resume</source>
      <translation>fortsetzen</translation>
    </message>
    <message>
      <source>resumed</source>
      <translation>fortgesetzt</translation>
    </message>
    <message>
      <source>rows/event.json: an archive holds exactly one event.</source>
      <translation>rows/event.json: Ein Archiv enthält genau eine Veranstaltung.</translation>
    </message>
    <message>
      <source>run timing and the LAN pages with no window</source>
      <translation>Zeitnahme und LAN-Seiten ohne Fenster betreiben</translation>
    </message>
    <message>
      <source>run {state}</source>
      <translation>Lauf {state}</translation>
    </message>
    <message>
      <source>running</source>
      <translation>läuft</translation>
    </message>
    <message>
      <source>runs per racer, or unlimited</source>
      <translation>Läufe pro Fahrer oder unlimited</translation>
    </message>
    <message>
      <source>runs {runs}</source>
      <translation>Läufe {runs}</translation>
    </message>
    <message>
      <source>s3://BUCKET/PREFIX (default: the bucket set in Settings → Sync)</source>
      <translation>s3://BUCKET/PREFIX (Standard: der unter Einstellungen → Sync gesetzte Bucket)</translation>
    </message>
    <message>
      <source>s3://my-club-bucket/deepracer</source>
      <translation>s3://mein-club-bucket/deepracer</translation>
    </message>
    <message>
      <source>saved (type to replace)</source>
      <translation>gespeichert (tippen zum Ersetzen)</translation>
    </message>
    <message>
      <source>scroll must be page, smooth or off.</source>
      <translation>scroll muss page, smooth oder off sein.</translation>
    </message>
    <message>
      <source>seconds</source>
      <translation>Sekunden</translation>
    </message>
    <message>
      <source>see the log</source>
      <translation>siehe Protokoll</translation>
    </message>
    <message>
      <source>see the log at {path}</source>
      <translation>siehe Protokoll unter {path}</translation>
    </message>
    <message>
      <source>sending</source>
      <translation>wird gesendet</translation>
    </message>
    <message>
      <source>sensor</source>
      <translation>Sensor</translation>
    </message>
    <message>
      <source>sensor clock drift in ppm (default 0)</source>
      <translation>Uhrendrift des Sensors in ppm (Standard 0)</translation>
    </message>
    <message>
      <source>sensor jumped from trigger #{last} to #{to}: logged, not trusted</source>
      <translation>Sensor sprang von Auslöser #{last} auf #{to}: protokolliert, nicht gewertet</translation>
    </message>
    <message>
      <source>sensor missed {n} trigger(s): check the run</source>
      <translation>Der Sensor hat {n} Auslöser verpasst: Prüfen Sie den Lauf</translation>
    </message>
    <message>
      <source>sensor: {n} trigger(s) missed while the app was closed: check the run</source>
      <translation>Sensor: {n} Auslöser verpasst, während die App geschlossen war: Lauf prüfen</translation>
    </message>
    <message>
      <source>serve the DREM Pi timer WebSocket protocol on PORT instead of a terminal</source>
      <translation>das DREM-Pi-Timer-WebSocket-Protokoll auf PORT bereitstellen statt eines Terminals</translation>
    </message>
    <message>
      <source>set the operator PIN of the tablet timekeeper (/tablet)</source>
      <translation>die Bediener-PIN der Tablet-Zeitnahme (/tablet) setzen</translation>
    </message>
    <message>
      <source>set the tail light</source>
      <translation>das Rücklicht setzen</translation>
    </message>
    <message>
      <source>show a code another laptop can pair with</source>
      <translation>einen Code zeigen, mit dem ein anderer Laptop koppeln kann</translation>
    </message>
    <message>
      <source>show its login page</source>
      <translation>seine Anmeldeseite zeigen</translation>
    </message>
    <message>
      <source>size</source>
      <translation>Größe</translation>
    </message>
    <message>
      <source>source</source>
      <translation>Quelle</translation>
    </message>
    <message>
      <source>speedy
rocket, Rocket Racer, DE
…</source>
      <translation>speedy
rocket, Rocket Racer, DE
…</translation>
    </message>
    <message>
      <source>sponsored by {sponsor}</source>
      <translation>gesponsert von {sponsor}</translation>
    </message>
    <message>
      <source>standard deviation of lap times in seconds</source>
      <translation>Standardabweichung der Rundenzeiten in Sekunden</translation>
    </message>
    <message>
      <source>start</source>
      <translation>starten</translation>
    </message>
    <message>
      <source>started</source>
      <translation>gestartet</translation>
    </message>
    <message>
      <source>starting</source>
      <translation>startet</translation>
    </message>
    <message>
      <source>state</source>
      <translation>Zustand</translation>
    </message>
    <message>
      <source>still loading after {s:.0f} s</source>
      <translation>lädt nach {s:.0f} s immer noch</translation>
    </message>
    <message>
      <source>stop</source>
      <translation>stoppen</translation>
    </message>
    <message>
      <source>stop after this many laps (0: run until Ctrl-C)</source>
      <translation>nach so vielen Runden aufhören (0: bis Strg-C laufen)</translation>
    </message>
    <message>
      <source>stop logging</source>
      <translation>die Protokollierung stoppen</translation>
    </message>
    <message>
      <source>stopped</source>
      <translation>gestoppt</translation>
    </message>
    <message>
      <source>stopping the car's logging</source>
      <translation>die Protokollierung des Autos wird gestoppt</translation>
    </message>
    <message>
      <source>sub {sub} belongs to two users.</source>
      <translation>sub {sub} gehört zu zwei Benutzern.</translation>
    </message>
    <message>
      <source>submit</source>
      <translation>einreichen</translation>
    </message>
    <message>
      <source>switch to autonomous mode</source>
      <translation>in den autonomen Modus wechseln</translation>
    </message>
    <message>
      <source>sync this laptop's events with the bucket (push, then pull)</source>
      <translation>die Veranstaltungen dieses Laptops mit dem Bucket synchronisieren (senden, dann holen)</translation>
    </message>
    <message>
      <source>sync: {message}</source>
      <translation>Sync: {message}</translation>
    </message>
    <message>
      <source>tail light set</source>
      <translation>Rücklicht gesetzt</translation>
    </message>
    <message>
      <source>tail light {colour}</source>
      <translation>Rücklicht {colour}</translation>
    </message>
    <message>
      <source>take the new name</source>
      <translation>den neuen Namen übernehmen</translation>
    </message>
    <message>
      <source>the .dremz file to write (or a folder)</source>
      <translation>die zu schreibende .dremz-Datei (oder ein Ordner)</translation>
    </message>
    <message>
      <source>the 6-digit code it shows</source>
      <translation>der 6-stellige Code, den er zeigt</translation>
    </message>
    <message>
      <source>the 6-digit code that laptop shows (with --peer)</source>
      <translation>der 6-stellige Code, den dieser Laptop zeigt (mit --peer)</translation>
    </message>
    <message>
      <source>the bucket's region</source>
      <translation>die Region des Buckets</translation>
    </message>
    <message>
      <source>the car accepted {folder} but could not load it (its load status went to error): the model may be damaged. Restart the car's software (Cars → Restart) and load again, or choose another model.</source>
      <translation>das Auto hat {folder} angenommen, konnte es aber nicht laden (sein Ladestatus wechselte auf error): Das Modell ist vielleicht beschädigt. Starten Sie die Software des Autos neu (Autos → Neu starten) und laden Sie erneut, oder wählen Sie ein anderes Modell.</translation>
    </message>
    <message>
      <source>the car could not read its own sensors. Restart the car's software (Cars → Restart) and load again.</source>
      <translation>das Auto konnte seine eigenen Sensoren nicht lesen. Starten Sie die Software des Autos neu (Autos → Neu starten) und laden Sie erneut.</translation>
    </message>
    <message>
      <source>the car could not set up its LiDAR with the model's LiDAR settings. Check the LiDAR cable, then load again.</source>
      <translation>das Auto konnte sein LiDAR nicht mit den LiDAR-Einstellungen des Modells einrichten. Prüfen Sie das LiDAR-Kabel und laden Sie dann erneut.</translation>
    </message>
    <message>
      <source>the car did not list the new copy of {folder} within {s:.0f} s of the upload; check its free space, or push over SSH.</source>
      <translation>das Auto hat die neue Kopie von {folder} nicht binnen {s:.0f} s nach dem Upload aufgelistet; prüfen Sie seinen freien Speicher oder senden Sie über SSH.</translation>
    </message>
    <message>
      <source>the car gave no reason. Open the car's console to see why, then load again.</source>
      <translation>das Auto hat keinen Grund genannt. Öffnen Sie die Konsole des Autos, um den Grund zu sehen, und laden Sie dann erneut.</translation>
    </message>
    <message>
      <source>the car gave the reason below. Fix that on the car, then load again.</source>
      <translation>das Auto hat den Grund unten genannt. Beheben Sie das am Auto und laden Sie dann erneut.</translation>
    </message>
    <message>
      <source>the car received {folder} and finished installing, but does not list it: it could not install the archive, or will not offer it (it needs exactly one .pb and a model_metadata.json it accepts). Check the model, or push it over SSH.</source>
      <translation>das Auto hat {folder} empfangen und die Installation beendet, listet es aber nicht auf: Es konnte das Archiv nicht installieren oder bietet es nicht an (es braucht genau eine .pb und eine model_metadata.json, die es akzeptiert). Prüfen Sie das Modell oder senden Sie es über SSH.</translation>
    </message>
    <message>
      <source>the car refused the file ("{message}").</source>
      <translation>das Auto hat die Datei abgelehnt („{message}“).</translation>
    </message>
    <message>
      <source>the car's control software did not take the model. Restart the car's software (Cars → Restart) and load again.</source>
      <translation>die Steuerungssoftware des Autos hat das Modell nicht übernommen. Starten Sie die Software des Autos neu (Autos → Neu starten) und laden Sie erneut.</translation>
    </message>
    <message>
      <source>the laptop id is not an id</source>
      <translation>die Laptop-ID ist keine ID</translation>
    </message>
    <message>
      <source>the model arrived damaged (checksum differs); retry the push.</source>
      <translation>das Modell kam beschädigt an (Prüfsumme abweichend); senden Sie erneut.</translation>
    </message>
    <message>
      <source>the model arrived incomplete</source>
      <translation>das Modell kam unvollständig an</translation>
    </message>
    <message>
      <source>the model drives with the {sensors}, and the car does not see it connected. Connect it (or choose a model trained for the sensors this car has) and load again.</source>
      <translation>das Modell fährt mit {sensors}, und das Auto sieht ihn nicht angeschlossen. Schließen Sie ihn an (oder wählen Sie ein Modell, das für die Sensoren dieses Autos trainiert wurde) und laden Sie erneut.</translation>
    </message>
    <message>
      <source>the model is not ready on the car: it is still being installed, or its install failed. Wait a few seconds and load again; if it keeps failing, send the model to the car again.</source>
      <translation>das Modell ist auf dem Auto nicht bereit: Es wird noch installiert, oder die Installation ist fehlgeschlagen. Warten Sie ein paar Sekunden und laden Sie erneut; scheitert es weiter, senden Sie das Modell erneut an das Auto.</translation>
    </message>
    <message>
      <source>the model is on the car, but loading it needs the car's web console password; save it in Cars → {car} or select the model on the car.</source>
      <translation>das Modell ist auf dem Auto, aber zum Laden braucht es das Passwort der Webkonsole des Autos; speichern Sie es unter Autos → {car} oder wählen Sie das Modell am Auto.</translation>
    </message>
    <message>
      <source>the model was trained with a sensor this car does not have (a simulation-only sensor, for example). Choose a model trained for this car's sensors.</source>
      <translation>das Modell wurde mit einem Sensor trainiert, den dieses Auto nicht hat (zum Beispiel einem reinen Simulationssensor). Wählen Sie ein Modell, das für die Sensoren dieses Autos trainiert wurde.</translation>
    </message>
    <message>
      <source>the model's folder on the car has no model_metadata.json. Send the model to the car again.</source>
      <translation>der Ordner des Modells auf dem Auto hat keine model_metadata.json. Senden Sie das Modell erneut an das Auto.</translation>
    </message>
    <message>
      <source>the model's model_metadata.json is not one the car accepts. Ask the racer for the model as exported from the DeepRacer console, then load it again.</source>
      <translation>die model_metadata.json des Modells ist keine, die das Auto akzeptiert. Bitten Sie den Fahrer um das Modell, wie es aus der DeepRacer-Konsole exportiert wurde, und laden Sie es dann erneut.</translation>
    </message>
    <message>
      <source>the new code, 4 to 20 letters, digits or dashes (default: a new random one)</source>
      <translation>der neue Code, 4 bis 20 Buchstaben, Ziffern oder Bindestriche (Standard: ein neuer zufälliger)</translation>
    </message>
    <message>
      <source>the other value holds</source>
      <translation>der andere Wert lautet</translation>
    </message>
    <message>
      <source>the racer</source>
      <translation>der Fahrer</translation>
    </message>
    <message>
      <source>the unpacked bundle folder (events.json, races.json…)</source>
      <translation>der entpackte Bundle-Ordner (events.json, races.json…)</translation>
    </message>
    <message>
      <source>this laptop</source>
      <translation>dieser Laptop</translation>
    </message>
    <message>
      <source>this laptop's address</source>
      <translation>die Adresse dieses Laptops</translation>
    </message>
    <message>
      <source>this needs SSH: enable SSH on the car's console and save its SSH password in Cars → {car}.</source>
      <translation>dafür braucht es SSH: Schalten Sie SSH in der Konsole des Autos ein und speichern Sie sein SSH-Passwort unter Autos → {car}.</translation>
    </message>
    <message>
      <source>this value holds</source>
      <translation>dieser Wert lautet</translation>
    </message>
    <message>
      <source>time</source>
      <translation>Zeit</translation>
    </message>
    <message>
      <source>time trial</source>
      <translation>Zeitfahren</translation>
    </message>
    <message>
      <source>too many extended headers in a row</source>
      <translation>zu viele erweiterte Köpfe hintereinander</translation>
    </message>
    <message>
      <source>took part in the race</source>
      <translation>hat am Rennen teilgenommen</translation>
    </message>
    <message>
      <source>top must be a number.</source>
      <translation>top muss eine Zahl sein.</translation>
    </message>
    <message>
      <source>track must be a track number or combined.</source>
      <translation>track muss eine Streckennummer oder combined sein.</translation>
    </message>
    <message>
      <source>track must be a track number.</source>
      <translation>track muss eine Streckennummer sein.</translation>
    </message>
    <message>
      <source>track number or 'combined' (default)</source>
      <translation>Streckennummer oder 'combined' (Standard)</translation>
    </message>
    <message>
      <source>track number or 'combined' (default: track {n}, as the LAN pages)</source>
      <translation>Streckennummer oder 'combined' (Standard: Strecke {n}, wie die LAN-Seiten)</translation>
    </message>
    <message>
      <source>track number to time (default 1)</source>
      <translation>zu zeitende Streckennummer (Standard 1)</translation>
    </message>
    <message>
      <source>track {n}</source>
      <translation>Strecke {n}</translation>
    </message>
    <message>
      <source>track {n} appears twice.</source>
      <translation>Strecke {n} kommt zweimal vor.</translation>
    </message>
    <message>
      <source>track {track} is not a track of its event.</source>
      <translation>Strecke {track} ist keine Strecke ihrer Veranstaltung.</translation>
    </message>
    <message>
      <source>trigger NOT STORED at {time} (sensor {sensor}{at}): note this lap by hand</source>
      <translation>Auslöser um {time} NICHT GESPEICHERT (Sensor {sensor}{at}): diese Runde von Hand notieren</translation>
    </message>
    <message>
      <source>trigger debounced (sensor {sensor})</source>
      <translation>Auslöser entprellt (Sensor {sensor})</translation>
    </message>
    <message>
      <source>trigger ignored: no racer on the track, so triggers are not timed until the next one (type next USERNAME). Further triggers until then are ignored without a word.</source>
      <translation>Auslöser ignoriert: kein Fahrer auf der Strecke, daher werden Auslöser bis zum nächsten nicht gezeitet (tippen Sie next BENUTZERNAME). Weitere Auslöser bis dahin werden kommentarlos ignoriert.</translation>
    </message>
    <message>
      <source>trigger {outcome} (sensor {sensor})</source>
      <translation type="vanished">Auslöser {outcome} (Sensor {sensor})</translation>
    </message>
    <message>
      <source>two events are named “{name}”.</source>
      <translation>zwei Veranstaltungen heißen „{name}“.</translation>
    </message>
    <message>
      <source>two letters, e.g. DE</source>
      <translation>zwei Buchstaben, z. B. DE</translation>
    </message>
    <message>
      <source>undo the last lap</source>
      <translation>die letzte Runde rückgängig machen</translation>
    </message>
    <message>
      <source>unknown</source>
      <translation>unbekannt</translation>
    </message>
    <message>
      <source>unknown rankingMethod {method}.</source>
      <translation>unbekannte rankingMethod {method}.</translation>
    </message>
    <message>
      <source>unknown typeOfEvent {value}.</source>
      <translation>unbekannter typeOfEvent {value}.</translation>
    </message>
    <message>
      <source>unlimited</source>
      <translation>unbegrenzt</translation>
    </message>
    <message>
      <source>unpair a laptop</source>
      <translation>die Kopplung eines Laptops aufheben</translation>
    </message>
    <message>
      <source>up {n}</source>
      <translation>{n} nach oben</translation>
    </message>
    <message>
      <source>username (required)</source>
      <translation>Benutzername (erforderlich)</translation>
    </message>
    <message>
      <source>username “{name}” appears twice.</source>
      <translation>Benutzername „{name}“ kommt zweimal vor.</translation>
    </message>
    <message>
      <source>valid</source>
      <translation>gültig</translation>
    </message>
    <message>
      <source>voice default</source>
      <translation>Standardstimme</translation>
    </message>
    <message>
      <source>waiting for a spare car</source>
      <translation>wartet auf ein freies Auto</translation>
    </message>
    <message>
      <source>web console</source>
      <translation>Webkonsole</translation>
    </message>
    <message>
      <source>web console certificate</source>
      <translation>Zertifikat der Webkonsole</translation>
    </message>
    <message>
      <source>went away</source>
      <translation>ist weg</translation>
    </message>
    <message>
      <source>words/min</source>
      <translation>Wörter/Min.</translation>
    </message>
    <message>
      <source>write a backup of the database now</source>
      <translation>jetzt eine Sicherung der Datenbank schreiben</translation>
    </message>
    <message>
      <source>write a bundle the cloud manager's drem_import.py takes</source>
      <translation>ein Bundle schreiben, das drem_import.py des Cloud-Managers annimmt</translation>
    </message>
    <message>
      <source>write an event's results as CSV, JSON or PDF</source>
      <translation>die Ergebnisse einer Veranstaltung als CSV, JSON oder PDF schreiben</translation>
    </message>
    <message>
      <source>ws://192.168.1.50:8080</source>
      <translation>ws://192.168.1.50:8080</translation>
    </message>
    <message>
      <source>yes</source>
      <translation>ja</translation>
    </message>
    <message>
      <source>{arrow} {name}: {done:.1f} / {total:.1f} MB</source>
      <translation>{arrow} {name}: {done:.1f} / {total:.1f} MB</translation>
    </message>
    <message>
      <source>{car_name} drives this run: its tail light takes the racer's colour at the start and turns white at the end.</source>
      <translation>{car_name} fährt diesen Lauf: Sein Rücklicht nimmt beim Start die Farbe des Fahrers an und wird am Ende weiß.</translation>
    </message>
    <message>
      <source>{count} lap message(s) from the Pi timer never arrived (lap numbers {first}–{last}). Check the run for a missing lap.</source>
      <translation>{count} Rundenmeldung(en) des Pi-Timers kamen nie an (Rundennummern {first}–{last}). Prüfen Sie den Lauf auf eine fehlende Runde.</translation>
    </message>
    <message>
      <source>{count} sensor trigger(s) never arrived ({missing}, {source} {port}). A lap may be missing or two laps merged: check the lap table and fix it (Undo, L) before submitting.</source>
      <translation>{count} Sensorauslöser kamen nie an ({missing}, {source} {port}). Vielleicht fehlt eine Runde oder zwei Runden wurden zusammengelegt: Prüfen Sie die Rundentabelle und korrigieren Sie sie (Rückgängig, L), bevor Sie einreichen.</translation>
    </message>
    <message>
      <source>{count} trigger(s) from the sensor on {port} never arrived (sequence {first}–{last}). Check the run for a missing lap.</source>
      <translation>{count} Auslöser des Sensors an {port} kamen nie an (Folge {first}–{last}). Prüfen Sie den Lauf auf eine fehlende Runde.</translation>
    </message>
    <message>
      <source>{count} trigger(s) from the sensor on {port} were missed while the app was closed or not listening, and the sensor could not send them again (sequence {first}–{last}). Check the run for missing laps.</source>
      <translation>{count} Auslöser des Sensors an {port} wurden verpasst, während die App geschlossen war oder nicht zuhörte, und der Sensor konnte sie nicht erneut senden (Folge {first}–{last}). Prüfen Sie den Lauf auf fehlende Runden.</translation>
    </message>
    <message>
      <source>{count} trigger(s) missed while the app was closed or not listening ({missing}, {source} {port}); the sensor could not send them again. Laps may be missing: check the lap table and add them by hand (L) before submitting.</source>
      <translation>{count} Auslöser verpasst, während die App geschlossen war oder nicht zuhörte ({missing}, {source} {port}); der Sensor konnte sie nicht erneut senden. Es können Runden fehlen: Prüfen Sie die Rundentabelle und tragen Sie sie vor dem Einreichen von Hand nach (L).</translation>
    </message>
    <message>
      <source>{device} on {port}</source>
      <translation>{device} an {port}</translation>
    </message>
    <message>
      <source>{error} Retrying in {s:.0f} s.</source>
      <translation>{error} Neuer Versuch in {s:.0f} s.</translation>
    </message>
    <message>
      <source>{field} was also changed on {laptop} at the same time: {holds}</source>
      <translation>{field} wurde zur selben Zeit auch auf {laptop} geändert: {holds}</translation>
    </message>
    <message>
      <source>{file_name} refused: </source>
      <translation>{file_name} abgelehnt: </translation>
    </message>
    <message>
      <source>{file} changed while it was being prepared for the car; wait until it is fully copied, then load it again.</source>
      <translation>{file} hat sich geändert, während es für das Auto vorbereitet wurde; warten Sie, bis es ganz kopiert ist, und laden Sie es dann erneut.</translation>
    </message>
    <message>
      <source>{file} could not be read again after the check ({error}); copy it again and retry.</source>
      <translation>{file} ließ sich nach der Prüfung nicht erneut lesen ({error}); kopieren Sie es erneut und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
      <source>{file} has no manifest.json: it is not a DREM event archive.</source>
      <translation>{file} hat keine manifest.json: Es ist kein DREM-Veranstaltungsarchiv.</translation>
    </message>
    <message>
      <source>{file} has no “username” column. The first line must name the columns, e.g. username,display_name,country_code,highlight_colour.</source>
      <translation>{file} hat keine Spalte „username“. Die erste Zeile muss die Spalten nennen, z. B. username,display_name,country_code,highlight_colour.</translation>
    </message>
    <message>
      <source>{file} is not a DREM event archive, or it is damaged (its zip index is unreadable).</source>
      <translation>{file} ist kein DREM-Veranstaltungsarchiv oder ist beschädigt (sein Zip-Verzeichnis ist unlesbar).</translation>
    </message>
    <message>
      <source>{file} was made by a newer DREM Desktop (archive version {v}); update this one first.</source>
      <translation>{file} wurde mit einem neueren DREM Desktop erstellt (Archivversion {v}); aktualisieren Sie zuerst dieses.</translation>
    </message>
    <message>
      <source>{file} · {car} · {mb} MB</source>
      <translation>{file} · {car} · {mb} MB</translation>
    </message>
    <message>
      <source>{file}: cannot be read ({error}).</source>
      <translation>{file}: nicht lesbar ({error}).</translation>
    </message>
    <message>
      <source>{file}: expected a JSON {kind}.</source>
      <translation>{file}: JSON-{kind} erwartet.</translation>
    </message>
    <message>
      <source>{file}: manifest.json does not match (it is not readable).</source>
      <translation>{file}: manifest.json stimmt nicht (nicht lesbar).</translation>
    </message>
    <message>
      <source>{file}: manifest.json does not match (no file list).</source>
      <translation>{file}: manifest.json stimmt nicht (keine Dateiliste).</translation>
    </message>
    <message>
      <source>{file}: manifest.json does not match: this is not a DREM event archive.</source>
      <translation>{file}: manifest.json stimmt nicht: Das ist kein DREM-Veranstaltungsarchiv.</translation>
    </message>
    <message>
      <source>{file}: member {member} is not one an event archive holds: the archive was altered.</source>
      <translation>{file}: Das Element {member} gehört nicht in ein Veranstaltungsarchiv: Das Archiv wurde verändert.</translation>
    </message>
    <message>
      <source>{file}: missing from the bundle folder {folder}.</source>
      <translation>{file}: fehlt im Bundle-Ordner {folder}.</translation>
    </message>
    <message>
      <source>{file}: not readable JSON ({error}).</source>
      <translation>{file}: kein lesbares JSON ({error}).</translation>
    </message>
    <message>
      <source>{file}: refused. {reasons}</source>
      <translation>{file}: abgelehnt. {reasons}</translation>
    </message>
    <message>
      <source>{file}: the archive's seal does not match: its zip headers or index were changed after it was written; nothing was restored.</source>
      <translation>{file}: Das Siegel des Archivs stimmt nicht: Seine Zip-Köpfe oder sein Verzeichnis wurden nach dem Schreiben geändert; nichts wurde wiederhergestellt.</translation>
    </message>
    <message>
      <source>{file}: {member} does not match its SHA-256 in the manifest: the archive is damaged or was altered; nothing was restored.</source>
      <translation>{file}: {member} passt nicht zu seinem SHA-256 im Manifest: Das Archiv ist beschädigt oder wurde verändert; nichts wurde wiederhergestellt.</translation>
    </message>
    <message>
      <source>{file}: {member} is damaged ({error}); nothing was restored.</source>
      <translation>{file}: {member} ist beschädigt ({error}); nichts wurde wiederhergestellt.</translation>
    </message>
    <message>
      <source>{file}: {member} is listed in the manifest but missing.</source>
      <translation>{file}: {member} steht im Manifest, fehlt aber.</translation>
    </message>
    <message>
      <source>{file}: {member} is not a list of rows.</source>
      <translation>{file}: {member} ist keine Liste von Zeilen.</translation>
    </message>
    <message>
      <source>{file}: {member} is not in the manifest: the archive was altered.</source>
      <translation>{file}: {member} steht nicht im Manifest: Das Archiv wurde verändert.</translation>
    </message>
    <message>
      <source>{file}: {member} is not readable JSON.</source>
      <translation>{file}: {member} ist kein lesbares JSON.</translation>
    </message>
    <message>
      <source>{folder} installed over {how}{loaded}</source>
      <translation>{folder} über {how} installiert{loaded}</translation>
    </message>
    <message>
      <source>{folder} is not a folder.</source>
      <translation>{folder} ist kein Ordner.</translation>
    </message>
    <message>
      <source>{folder} is not a folder: give the unpacked export bundle's folder.</source>
      <translation>{folder} ist kein Ordner: Geben Sie den Ordner des entpackten Export-Bundles an.</translation>
    </message>
    <message>
      <source>{key} arrived incomplete; it is fetched again next time.</source>
      <translation>{key} kam unvollständig an; es wird beim nächsten Mal erneut geholt.</translation>
    </message>
    <message>
      <source>{key} arrived incomplete; the download resumes next time.</source>
      <translation>{key} kam unvollständig an; der Download setzt beim nächsten Mal fort.</translation>
    </message>
    <message>
      <source>{key} is not in the bucket.</source>
      <translation>{key} ist nicht im Bucket.</translation>
    </message>
    <message>
      <source>{key} is {mb} MiB, larger than a segment can be.</source>
      <translation>{key} hat {mb} MiB, mehr als ein Segment haben kann.</translation>
    </message>
    <message>
      <source>{language} from the next start (the LAN pages follow each viewer's browser).</source>
      <translation>{language} ab dem nächsten Start (die LAN-Seiten folgen dem Browser jedes Betrachters).</translation>
    </message>
    <message>
      <source>{left} left</source>
      <translation>noch {left}</translation>
    </message>
    <message>
      <source>{loaded} (queued racer's: {expected})</source>
      <translation>{loaded} (das des wartenden Fahrers: {expected})</translation>
    </message>
    <message>
      <source>{m:g} minutes</source>
      <translation>{m:g} Minuten</translation>
    </message>
    <message>
      <source>{model} loading {pct} % onto {car}</source>
      <translation>{model} wird zu {pct} % auf {car} geladen</translation>
    </message>
    <message>
      <source>{model} will go onto {car}</source>
      <translation>{model} kommt auf {car}</translation>
    </message>
    <message>
      <source>{m} minutes {s:.1f}</source>
      <translation>{m} Minuten {s:.1f}</translation>
    </message>
    <message>
      <source>{n_found} archive(s) found.</source>
      <translation>{n_found} Archiv(e) gefunden.</translation>
    </message>
    <message>
      <source>{n_racers} racer(s)</source>
      <translation>{n_racers} Fahrer</translation>
    </message>
    <message>
      <source>{name!r} is not a valid host name: use a-z, 0-9 and '-', at most 63 characters.</source>
      <translation>{name!r} ist kein gültiger Hostname: Verwenden Sie a-z, 0-9 und '-', höchstens 63 Zeichen.</translation>
    </message>
    <message>
      <source>{name} is already on deck for this track.</source>
      <translation>{name} steht für diese Strecke schon auf der Warteliste.</translation>
    </message>
    <message>
      <source>{name} is not a number</source>
      <translation>{name} ist keine Zahl</translation>
    </message>
    <message>
      <source>{name} is not reachable ({error}); trying again.</source>
      <translation>{name} ist nicht erreichbar ({error}); neuer Versuch.</translation>
    </message>
    <message>
      <source>{name} is on deck for track {n} (number {place}).</source>
      <translation>{name} steht für Strecke {n} auf der Warteliste (Nummer {place}).</translation>
    </message>
    <message>
      <source>{name} is on the track in {car}: the first trigger starts the run.</source>
      <translation>{name} ist mit {car} auf der Strecke: Der erste Auslöser startet den Lauf.</translation>
    </message>
    <message>
      <source>{name} is on the track: the first trigger starts the run.</source>
      <translation>{name} ist auf der Strecke: Der erste Auslöser startet den Lauf.</translation>
    </message>
    <message>
      <source>{name} no longer accepts this laptop: pair the two again in Settings → Sync.</source>
      <translation>{name} nimmt diesen Laptop nicht mehr an: Koppeln Sie die beiden erneut unter Einstellungen → Sync.</translation>
    </message>
    <message>
      <source>{name} takes the lead, {time}</source>
      <translation>{name} übernimmt die Führung, {time}</translation>
    </message>
    <message>
      <source>{name} · fastest {fastest} · average {average} · {valid}/{laps} valid ({ratio}) · rank {rank}, {change}</source>
      <translation>{name} · schnellste {fastest} · Durchschnitt {average} · {valid}/{laps} gültig ({ratio}) · Platz {rank}, {change}</translation>
    </message>
    <message>
      <source>{name}: already in the library (same model file), nothing new was stored.</source>
      <translation>{name}: schon in der Bibliothek (gleiche Modelldatei), nichts Neues gespeichert.</translation>
    </message>
    <message>
      <source>{name}: ready ({sensors}, {space} action space, {algorithm}).</source>
      <translation>{name}: bereit ({sensors}, Aktionsraum {space}, {algorithm}).</translation>
    </message>
    <message>
      <source>{name}: received and checked. It is in the library and can go to a car.</source>
      <translation>{name}: empfangen und geprüft. Es ist in der Bibliothek und kann auf ein Auto.</translation>
    </message>
    <message>
      <source>{name}: same model file with a new model_metadata.json. The library now holds the new metadata ({now}; before: {was}); the earlier one is kept in the model's history.</source>
      <translation>{name}: gleiche Modelldatei mit einer neuen model_metadata.json. Die Bibliothek hat jetzt die neuen Metadaten ({now}; vorher: {was}); die früheren bleiben im Verlauf des Modells.</translation>
    </message>
    <message>
      <source>{name}: the downloaded file differs from the one uploaded (checksum); fetched again next time.</source>
      <translation>{name}: Die heruntergeladene Datei unterscheidet sich von der hochgeladenen (Prüfsumme); sie wird beim nächsten Mal erneut geholt.</translation>
    </message>
    <message>
      <source>{name}: the downloaded file is not the model its name says; not kept.</source>
      <translation>{name}: Die heruntergeladene Datei ist nicht das Modell, das ihr Name nennt; nicht behalten.</translation>
    </message>
    <message>
      <source>{n} already in the library</source>
      <translation>{n} schon in der Bibliothek</translation>
    </message>
    <message>
      <source>{n} change(s) applied</source>
      <translation>{n} Änderung(en) übernommen</translation>
    </message>
    <message>
      <source>{n} change(s) waiting to go to the bucket.</source>
      <translation>{n} Änderung(en) warten darauf, in den Bucket zu gehen.</translation>
    </message>
    <message>
      <source>{n} changes waiting</source>
      <translation>{n} Änderungen warten</translation>
    </message>
    <message>
      <source>{n} events in the bucket are named “{name}”: give its id ({ids}).</source>
      <translation>{n} Veranstaltungen im Bucket heißen „{name}“: Geben Sie ihre ID an ({ids}).</translation>
    </message>
    <message>
      <source>{n} h ago</source>
      <translation>vor {n} h</translation>
    </message>
    <message>
      <source>{n} lap time(s) had fractions of a millisecond and were rounded half-to-even.</source>
      <translation>{n} Rundenzeit(en) hatten Bruchteile einer Millisekunde und wurden kaufmännisch auf gerade gerundet.</translation>
    </message>
    <message>
      <source>{n} min ago</source>
      <translation>vor {n} Min.</translation>
    </message>
    <message>
      <source>{n} minutes</source>
      <translation>{n} Minuten</translation>
    </message>
    <message>
      <source>{n} race(s) by {u} user(s) no longer in the cloud were imported under placeholder racers named deleted-…: rename them in Racers if you know who they were.</source>
      <translation>{n} Rennen von {u} Benutzer(n), die es in der Cloud nicht mehr gibt, wurden unter Platzhalter-Fahrern namens deleted-… importiert: Benennen Sie sie unter Fahrer um, wenn Sie wissen, wer sie waren.</translation>
    </message>
    <message>
      <source>{n} racer(s) registered.</source>
      <translation>{n} Fahrer angemeldet.</translation>
    </message>
    <message>
      <source>{n} resets/lap</source>
      <translation>{n} Resets/Runde</translation>
    </message>
    <message>
      <source>{n} runs/racer</source>
      <translation>{n} Läufe/Fahrer</translation>
    </message>
    <message>
      <source>{n} s ago</source>
      <translation>vor {n} s</translation>
    </message>
    <message>
      <source>{n} sample model(s) added</source>
      <translation>{n} Beispielmodell(e) hinzugefügt</translation>
    </message>
    <message>
      <source>{n} save(s) of the run in progress (its clocks; nothing shown here changed)</source>
      <translation>{n} Speicherung(en) des laufenden Laufs (seine Uhren; nichts hier Angezeigtes hat sich geändert)</translation>
    </message>
    <message>
      <source>{n} seconds</source>
      <translation>{n} Sekunden</translation>
    </message>
    <message>
      <source>{n} segment(s) in the bucket were refused (damaged or not valid): {first}</source>
      <translation>{n} Segment(e) im Bucket wurden abgelehnt (beschädigt oder ungültig): {first}</translation>
    </message>
    <message>
      <source>{n} staff user(s) (admin, operator, …) who never raced were not made racers.</source>
      <translation>{n} Mitarbeiter (admin, operator, …), die nie gefahren sind, wurden nicht zu Fahrern gemacht.</translation>
    </message>
    <message>
      <source>{n} unreadable line(s)</source>
      <translation>{n} unlesbare Zeile(n)</translation>
    </message>
    <message>
      <source>{n}/{total} laptops</source>
      <translation>{n}/{total} Laptops</translation>
    </message>
    <message>
      <source>{out} is not empty: choose a new folder for the bundle.</source>
      <translation>{out} ist nicht leer: Wählen Sie einen neuen Ordner für das Bundle.</translation>
    </message>
    <message>
      <source>{player} could not play the voice: {reason}</source>
      <translation>{player} konnte die Stimme nicht abspielen: {reason}</translation>
    </message>
    <message>
      <source>{s:g} s</source>
      <translation>{s:g} s</translation>
    </message>
    <message>
      <source>{screen} ({keys})</source>
      <translation>{screen} ({keys})</translation>
    </message>
    <message>
      <source>{space}, speed {low:g}–{high:g} m/s, {sensors}</source>
      <translation>{space}, Geschwindigkeit {low:g}–{high:g} m/s, {sensors}</translation>
    </message>
    <message>
      <source>{subnet!r} is not a subnet; write it like 192.168.1.0/24.</source>
      <translation>{subnet!r} ist kein Subnetz; schreiben Sie es wie 192.168.1.0/24.</translation>
    </message>
    <message>
      <source>{subnet} is too large to probe ({n} addresses); name a /22 or smaller.</source>
      <translation>{subnet} ist zu groß zum Abtasten ({n} Adressen); nennen Sie ein /22 oder kleiner.</translation>
    </message>
    <message>
      <source>{table}.{column} cannot be empty</source>
      <translation>{table}.{column} darf nicht leer sein</translation>
    </message>
    <message>
      <source>{table}.{column} is not a time</source>
      <translation>{table}.{column} ist keine Zeit</translation>
    </message>
    <message>
      <source>{table}.{column} is not a whole number</source>
      <translation>{table}.{column} ist keine ganze Zahl</translation>
    </message>
    <message>
      <source>{table}.{column} is not an id</source>
      <translation>{table}.{column} ist keine ID</translation>
    </message>
    <message>
      <source>{table}.{column} is not an object</source>
      <translation>{table}.{column} ist kein Objekt</translation>
    </message>
    <message>
      <source>{table}.{column} is not text</source>
      <translation>{table}.{column} ist kein Text</translation>
    </message>
    <message>
      <source>{table}.{column} is not true or false</source>
      <translation>{table}.{column} ist nicht true oder false</translation>
    </message>
    <message>
      <source>{table}.{column} is too long</source>
      <translation>{table}.{column} ist zu lang</translation>
    </message>
    <message>
      <source>{time} race</source>
      <translation>{time} Rennen</translation>
    </message>
    <message>
      <source>{title}: {n} recorded change(s)</source>
      <translation>{title}: {n} festgehaltene Änderung(en)</translation>
    </message>
    <message>
      <source>{username}: {runs} runs done</source>
      <translation>{username}: {runs} Läufe gefahren</translation>
    </message>
    <message>
      <source>{v} cannot be negative</source>
      <translation>{v} kann nicht negativ sein</translation>
    </message>
    <message>
      <source>{what} contains the invisible or control character {char}; retype it without.</source>
      <translation>{what} enthält das unsichtbare oder Steuerzeichen {char}; tippen Sie es ohne neu.</translation>
    </message>
    <message>
      <source>{what} is empty: enter one.</source>
      <translation>{what} ist leer: Geben Sie etwas ein.</translation>
    </message>
    <message>
      <source>{what} is {n} characters long; shorten it to at most {limit}.</source>
      <translation>{what} ist {n} Zeichen lang; kürzen Sie es auf höchstens {limit}.</translation>
    </message>
    <message>
      <source>{what} must be a whole number, not {value!r}.</source>
      <translation>{what} muss eine ganze Zahl sein, nicht {value!r}.</translation>
    </message>
    <message>
      <source>{what} must be between {low} and {high}, not {value}.</source>
      <translation>{what} muss zwischen {low} und {high} liegen, nicht {value}.</translation>
    </message>
    <message>
      <source>{what} must be text, not {value!r}.</source>
      <translation>{what} muss Text sein, nicht {value!r}.</translation>
    </message>
    <message>
      <source>{what} “{text}” is not a whole number: type a number, or leave it empty for {unlimited}.</source>
      <translation>{what} „{text}“ ist keine ganze Zahl: Tippen Sie eine Zahl oder lassen Sie es leer für {unlimited}.</translation>
    </message>
    <message>
      <source>{where}: unknown column “{key}”; this archive was made by a newer DREM Desktop.</source>
      <translation>{where}: unbekannte Spalte „{key}“; dieses Archiv wurde mit einem neueren DREM Desktop erstellt.</translation>
    </message>
    <message>
      <source>{where}: “{key}” is not a date-time.</source>
      <translation>{where}: „{key}“ ist kein Zeitpunkt.</translation>
    </message>
    <message>
      <source>{{{field}}} is not a field of this call-out; use {fields}.</source>
      <translation>{{{field}}} ist kein Feld dieser Ansage; verwenden Sie {fields}.</translation>
    </message>
    <message>
      <source>“avatarConfig” is not JSON.</source>
      <translation>„avatarConfig“ ist kein JSON.</translation>
    </message>
    <message>
      <source>“avatarConfig” must be an object.</source>
      <translation>„avatarConfig“ muss ein Objekt sein.</translation>
    </message>
    <message>
      <source>“createdAt” is not a date-time ({value}).</source>
      <translation>„createdAt“ ist kein Zeitpunkt ({value}).</translation>
    </message>
    <message>
      <source>“fleetId” has the wrong type.</source>
      <translation>„fleetId“ hat den falschen Typ.</translation>
    </message>
    <message>
      <source>“groups” must be a list of names.</source>
      <translation>„groups“ muss eine Liste von Namen sein.</translation>
    </message>
    <message>
      <source>“laps” must be a list.</source>
      <translation>„laps“ muss eine Liste sein.</translation>
    </message>
    <message>
      <source>“raceTimeInMin” must be a number of minutes.</source>
      <translation>„raceTimeInMin“ muss eine Zahl von Minuten sein.</translation>
    </message>
    <message>
      <source>“raceTimeInMin” must be between 0 and 1440 minutes, not {v}.</source>
      <translation>„raceTimeInMin“ muss zwischen 0 und 1440 Minuten liegen, nicht {v}.</translation>
    </message>
    <message>
      <source>“tracks” must be a list.</source>
      <translation>„tracks“ muss eine Liste sein.</translation>
    </message>
    <message>
      <source>“{code}” is not a country code: use the two letters of ISO 3166-1, e.g. DE, GB, US.</source>
      <translation>„{code}“ ist kein Ländercode: Verwenden Sie die zwei Buchstaben nach ISO 3166-1, z. B. DE, GB, US.</translation>
    </message>
    <message>
      <source>“{c}” is not a column of {t}</source>
      <translation>„{c}“ ist keine Spalte von {t}</translation>
    </message>
    <message>
      <source>“{key}” has the wrong type ({value!r}).</source>
      <translation>„{key}“ hat den falschen Typ ({value!r}).</translation>
    </message>
    <message>
      <source>“{key}” is missing.</source>
      <translation>„{key}“ fehlt.</translation>
    </message>
    <message>
      <source>“{key}” must be true or false, not {value}.</source>
      <translation>„{key}“ muss true oder false sein, nicht {value}.</translation>
    </message>
    <message>
      <source>“{name}” is the current event.</source>
      <translation>„{name}“ ist die aktuelle Veranstaltung.</translation>
    </message>
    <message>
      <source>“{text}” is not HOST:PORT (the address the other laptop shows).</source>
      <translation>„{text}“ ist kein HOST:PORT (die Adresse, die der andere Laptop zeigt).</translation>
    </message>
    <message>
      <source>“{text}” is not a date: write it YYYY-MM-DD, e.g. 2025-06-14.</source>
      <translation>„{text}“ ist kein Datum: Schreiben Sie es als JJJJ-MM-TT, z. B. 2025-06-14.</translation>
    </message>
    <message>
      <source>“{text}” is not a highlight colour: use #RRGGBB or one of {names}.</source>
      <translation>„{text}“ ist keine Hervorhebungsfarbe: Verwenden Sie #RRGGBB oder eine von {names}.</translation>
    </message>
    <message>
      <source>“{text}” is not a whole number: give a number, or “unlimited”</source>
      <translation>„{text}“ ist keine ganze Zahl: Geben Sie eine Zahl an oder „unlimited“</translation>
    </message>
    <message>
      <source>“{text}” is not an e-mail address.</source>
      <translation>„{text}“ ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
      <source>“{url}” is not a bucket: write it s3://BUCKET or s3://BUCKET/PREFIX.</source>
      <translation>„{url}“ ist kein Bucket: Schreiben Sie s3://BUCKET oder s3://BUCKET/PREFIX.</translation>
    </message>
    <message>
      <source>“{value}” is not a highlight colour: use one of {value2} or #rrggbb.</source>
      <translation>„{value}“ ist keine Hervorhebungsfarbe: Verwenden Sie eine von {value2} oder #rrggbb.</translation>
    </message>
    <message>
      <source>“{value}” is not a lap time: type seconds like 12.345 or 1:02.5.</source>
      <translation>„{value}“ ist keine Rundenzeit: Tippen Sie Sekunden wie 12.345 oder 1:02.5.</translation>
    </message>
    <message>
      <source>“{v}” is not a model fingerprint (32 hex digits)</source>
      <translation>„{v}“ ist kein Modell-Fingerabdruck (32 Hexziffern)</translation>
    </message>
    <message>
      <source>“{v}” is not one of {values}</source>
      <translation>„{v}“ ist keiner von {values}</translation>
    </message>
    <message>
      <source>○ Not connected ({port})</source>
      <translation>○ Nicht verbunden ({port})</translation>
    </message>
    <message>
      <source>○ Searching the USB ports for a sensor…</source>
      <translation>○ Die USB-Ports werden nach einem Sensor durchsucht…</translation>
    </message>
    <message>
      <source>● Connected: {device} on {port}</source>
      <translation>● Verbunden: {device} an {port}</translation>
    </message>
    <message>
      <source>⚠ {column} was also changed on laptop {other} at the same time: {holds}</source>
      <translation type="vanished">⚠ {column} wurde zur selben Zeit auch auf Laptop {other} geändert: {holds}</translation>
    </message>
  </context>
</TS>
