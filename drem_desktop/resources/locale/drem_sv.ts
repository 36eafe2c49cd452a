<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
  <context>
    <name>drem</name>
    <message>
      <source>  all tracks:  {url}leaderboard/{e}?track=combined</source>
      <translation>  alla banor:     {url}leaderboard/{e}?track=combined</translation>
    </message>
    <message>
      <source>  leaderboard: {url}leaderboard/{e}?track={n}</source>
      <translation>  resultattavla:  {url}leaderboard/{e}?track={n}</translation>
    </message>
    <message>
      <source>  overlay:     {url}overlay/{e}?track={n}</source>
      <translation>  överlägg:       {url}overlay/{e}?track={n}</translation>
    </message>
    <message>
      <source>  upload:      {url}upload  (upload code: {code})</source>
      <translation>  uppladdning:    {url}upload  (uppladdningskod: {code})</translation>
    </message>
    <message>
      <source>  ● on track now</source>
      <translation>  ● på banan nu</translation>
    </message>
    <message>
      <source> (lost on the wire)</source>
      <translation> (förlorad på vägen)</translation>
    </message>
    <message>
      <source> (use _ instead of spaces)</source>
      <translation> (använd _ i stället för mellanslag)</translation>
    </message>
    <message>
      <source> and </source>
      <translation> och </translation>
    </message>
    <message>
      <source> and loaded</source>
      <translation> och laddad</translation>
    </message>
    <message>
      <source> min per run (0: no limit)</source>
      <translation> min per åk (0: ingen gräns)</translation>
    </message>
    <message>
      <source> · on a car</source>
      <translation> · på en bil</translation>
    </message>
    <message>
      <source> · runs done {runs_text}</source>
      <translation> · åk gjorda {runs_text}</translation>
    </message>
    <message>
      <source>#</source>
      <translation>#</translation>
    </message>
    <message>
      <source>&amp;Event</source>
      <translation>&amp;Evenemang</translation>
    </message>
    <message>
      <source>&amp;Export…</source>
      <translation>&amp;Exportera…</translation>
    </message>
    <message>
      <source>(The car said: "{reason}")</source>
      <translation>(Bilen sa: ”{reason}”)</translation>
    </message>
    <message>
      <source>(invalid)</source>
      <translation>(ogiltigt)</translation>
    </message>
    <message>
      <source>* raced by proxy: someone else drove for the registered racer.</source>
      <translation>* kört av ersättare: någon annan körde för den anmälda föraren.</translation>
    </message>
    <message>
      <source>--pi-timer sends plain text frames like older timers</source>
      <translation>--pi-timer skickar enkla textramar som äldre tidtagare</translation>
    </message>
    <message>
      <source>--unplug-every needs --link PATH, so the host finds the sensor again.</source>
      <translation>--unplug-every kräver --link SÖKVÄG, så att datorn hittar sensorn igen.</translation>
    </message>
    <message>
      <source>/dev/ttyACM0, COM3, or /dev/ttyUSB0?mode=json (or ?mode=lines)</source>
      <translation>/dev/ttyACM0, COM3 eller /dev/ttyUSB0?mode=json (eller ?mode=lines)</translation>
    </message>
    <message>
      <source>1 minute {s:.1f}</source>
      <translation>1 minut {s:.1f}</translation>
    </message>
    <message>
      <source>4 to 12 digits</source>
      <translation>4 till 12 siffror</translation>
    </message>
    <message>
      <source>&lt;span style='color:{PERSONAL_BEST}'&gt;■&lt;/span&gt; personal best  &lt;span style='color:{EVENT_BEST}'&gt;■&lt;/span&gt; event best  &lt;span style='color:{INVALID}'&gt;■&lt;/span&gt; invalid</source>
      <translation>&lt;span style='color:{PERSONAL_BEST}'&gt;■&lt;/span&gt; personbästa  &lt;span style='color:{EVENT_BEST}'&gt;■&lt;/span&gt; evenemangets bästa  &lt;span style='color:{INVALID}'&gt;■&lt;/span&gt; ogiltigt</translation>
    </message>
    <message>
      <source>A PIN is set.</source>
      <translation>En PIN-kod är satt.</translation>
    </message>
    <message>
      <source>A SAC model needs a continuous action space, but this one is discrete.</source>
      <translation>En SAC-modell kräver ett kontinuerligt aktionsrum, men det här är diskret.</translation>
    </message>
    <message>
      <source>A backup is written when the app starts and after every submitted run.</source>
      <translation>En säkerhetskopia skrivs när appen startar och efter varje inlämnat åk.</translation>
    </message>
    <message>
      <source>A car needs a serial or a host name.</source>
      <translation>En bil behöver ett serienummer eller ett värdnamn.</translation>
    </message>
    <message>
      <source>A continuous action_space must be an object with steering_angle and speed ranges.</source>
      <translation>Ett kontinuerligt action_space måste vara ett objekt med intervall för steering_angle och speed.</translation>
    </message>
    <message>
      <source>A discrete action_space must be a non-empty list of actions.</source>
      <translation>Ett diskret action_space måste vara en icke-tom lista med aktioner.</translation>
    </message>
    <message>
      <source>A fleet needs a name.</source>
      <translation>En flotta behöver ett namn.</translation>
    </message>
    <message>
      <source>A fleet needs a name; {name} keeps the one it has.</source>
      <translation>En flotta behöver ett namn; {name} behåller det den har.</translation>
    </message>
    <message>
      <source>A form field took too long to arrive. Check the Wi-Fi and try again.</source>
      <translation>Ett formulärfält tog för lång tid att komma fram. Kontrollera wifi-nätet och försök igen.</translation>
    </message>
    <message>
      <source>A lap key pressed sooner than the minimum lap time after the lap began: not a lap. Press A to count it anyway (until the next lap).</source>
      <translation>En varvtangent trycktes tidigare än minsta varvtid efter att varvet började: inget varv. Tryck A för att räkna det ändå (till nästa varv).</translation>
    </message>
    <message>
      <source>A lap time must be a number of milliseconds, not {value}.</source>
      <translation>En varvtid måste vara ett antal millisekunder, inte {value}.</translation>
    </message>
    <message>
      <source>A lap time must be between 1 ms and 24 hours, not {value} ms.</source>
      <translation>En varvtid måste vara mellan 1 ms och 24 timmar, inte {value} ms.</translation>
    </message>
    <message>
      <source>A lap time must be more than 0 ms and less than a day.</source>
      <translation>En varvtid måste vara över 0 ms och under ett dygn.</translation>
    </message>
    <message>
      <source>A lap-count race needs the number of laps to finish (1 to 1000).</source>
      <translation>Ett lopp på antal varv kräver antalet varv till mål (1 till 1000).</translation>
    </message>
    <message>
      <source>A model is already on its way to the car: wait or Cancel.</source>
      <translation>En modell är redan på väg till bilen: vänta eller Avbryt.</translation>
    </message>
    <message>
      <source>A newer line took its place.</source>
      <translation>Ett nyare utrop tog dess plats.</translation>
    </message>
    <message>
      <source>A racer needs a username.</source>
      <translation>En förare behöver ett användarnamn.</translation>
    </message>
    <message>
      <source>A racer needs a username: type it in the first box.</source>
      <translation>En förare behöver ett användarnamn: skriv det i första rutan.</translation>
    </message>
    <message>
      <source>A trigger could not be recorded ({error}). Capture that lap by hand.</source>
      <translation>En utlösning kunde inte registreras ({error}). Registrera varvet för hand.</translation>
    </message>
    <message>
      <source>A username</source>
      <translation>Ett användarnamn</translation>
    </message>
    <message>
      <source>Access key ID</source>
      <translation>Åtkomstnyckel-ID</translation>
    </message>
    <message>
      <source>Action</source>
      <translation>Aktion</translation>
    </message>
    <message>
      <source>Action space</source>
      <translation>Aktionsrum</translation>
    </message>
    <message>
      <source>Action {index} is not an object with steering_angle and speed.</source>
      <translation>Aktion {index} är inte ett objekt med steering_angle och speed.</translation>
    </message>
    <message>
      <source>Action {index} needs numeric steering_angle and speed.</source>
      <translation>Aktion {index} kräver numeriska steering_angle och speed.</translation>
    </message>
    <message>
      <source>Add car</source>
      <translation>Lägg till bil</translation>
    </message>
    <message>
      <source>Add to deck: racer's name, Enter</source>
      <translation>Till kön: förarens namn, Enter</translation>
    </message>
    <message>
      <source>Add track</source>
      <translation>Lägg till bana</translation>
    </message>
    <message>
      <source>Added {hostname}. Save its password, then choose an action.</source>
      <translation>{hostname} tillagd. Spara dess lösenord och välj sedan en åtgärd.</translation>
    </message>
    <message>
      <source>Address</source>
      <translation>Adress</translation>
    </message>
    <message>
      <source>Again: </source>
      <translation>Igen: </translation>
    </message>
    <message>
      <source>Algorithm</source>
      <translation>Algoritm</translation>
    </message>
    <message>
      <source>All cars</source>
      <translation>Alla bilar</translation>
    </message>
    <message>
      <source>All events</source>
      <translation>Alla evenemang</translation>
    </message>
    <message>
      <source>All tracks</source>
      <translation>Alla banor</translation>
    </message>
    <message>
      <source>All tracks combined</source>
      <translation>Alla banor sammanlagt</translation>
    </message>
    <message>
      <source>Allow extra run</source>
      <translation>Tillåt ett extra åk</translation>
    </message>
    <message>
      <source>Already registered: {names}.</source>
      <translation>Redan anmälda: {names}.</translation>
    </message>
    <message>
      <source>An event named “{name}” already exists.</source>
      <translation>Ett evenemang som heter ”{name}” finns redan.</translation>
    </message>
    <message>
      <source>An event needs a name.</source>
      <translation>Ett evenemang behöver ett namn.</translation>
    </message>
    <message>
      <source>Another event already uses the upload code “{code}”: pick another.</source>
      <translation>Ett annat evenemang använder redan uppladdningskoden ”{code}”: välj en annan.</translation>
    </message>
    <message>
      <source>Another event here is named “{name}”: rename it first, then restore again.</source>
      <translation>Ett annat evenemang här heter ”{name}”: byt namn på det först och återställ sedan igen.</translation>
    </message>
    <message>
      <source>At most {n} files per upload; send the rest in another one.</source>
      <translation>Högst {n} filer per uppladdning; skicka resten i en till.</translation>
    </message>
    <message>
      <source>Average</source>
      <translation>Medel</translation>
    </message>
    <message>
      <source>Average window (laps)</source>
      <translation>Medelvärdesfönster (varv)</translation>
    </message>
    <message>
      <source>Back up now</source>
      <translation>Säkerhetskopiera nu</translation>
    </message>
    <message>
      <source>Backup failed ({error}). Free some disk space or choose another data folder.</source>
      <translation type="vanished">Säkerhetskopieringen misslyckades ({error}). Frigör diskutrymme eller välj en annan datamapp.</translation>
    </message>
    <message>
      <source>Backup failed ({error}). Free some disk space or choose another data folder; the next backup is tried after the next submitted run.</source>
      <translation>Säkerhetskopieringen misslyckades ({error}). Frigör diskutrymme eller välj en annan datamapp; nästa säkerhetskopia görs efter nästa inskickade lopp.</translation>
    </message>
    <message>
      <source>Backup written: {name}</source>
      <translation>Säkerhetskopia skriven: {name}</translation>
    </message>
    <message>
      <source>Backup written: {path}</source>
      <translation>Säkerhetskopia skriven: {path}</translation>
    </message>
    <message>
      <source>Backups</source>
      <translation>Säkerhetskopior</translation>
    </message>
    <message>
      <source>Battery</source>
      <translation>Batteri</translation>
    </message>
    <message>
      <source>Battery low: change or charge it before the car races.</source>
      <translation>Lågt batteri: byt eller ladda det innan bilen kör.</translation>
    </message>
    <message>
      <source>Best</source>
      <translation>Bästa</translation>
    </message>
    <message>
      <source>Best average ({n} laps)</source>
      <translation>Bästa medel ({n} varv)</translation>
    </message>
    <message>
      <source>Best average of {n} laps: {t} s</source>
      <translation>Bästa medel över {n} varv: {t} s</translation>
    </message>
    <message>
      <source>Best avg</source>
      <translation>Bästa medel</translation>
    </message>
    <message>
      <source>Best lap</source>
      <translation>Bästa varv</translation>
    </message>
    <message>
      <source>Board</source>
      <translation>Tavla</translation>
    </message>
    <message>
      <source>Board options: ?track=1|combined, ?format=fastest|average, ?scroll=page|smooth|off, ?qr=1, ?lang=</source>
      <translation>Tavlans alternativ: ?track=1|combined, ?format=fastest|average, ?scroll=page|smooth|off, ?qr=1, ?lang=</translation>
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
      <translation>Bucketen ”{bucket}” finns inte på {where}: skapa den, eller rätta namnet under Inställningar → Synk.</translation>
    </message>
    <message>
      <source>CHECK: {why}</source>
      <translation>KONTROLLERA: {why}</translation>
    </message>
    <message>
      <source>CSV files (*.csv *.txt)</source>
      <translation>CSV-filer (*.csv *.txt)</translation>
    </message>
    <message>
      <source>CSV files (*.csv);;All files (*)</source>
      <translation>CSV-filer (*.csv);;Alla filer (*)</translation>
    </message>
    <message>
      <source>Call-outs are closed.</source>
      <translation>Utropen är stängda.</translation>
    </message>
    <message>
      <source>Call-outs saved.</source>
      <translation>Utropen sparade.</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Avbryt</translation>
    </message>
    <message>
      <source>Cancel running</source>
      <translation>Avbryt pågående</translation>
    </message>
    <message>
      <source>Cancelled on car {car}; the car keeps what it had.</source>
      <translation>Avbrutet på bil {car}; bilen behåller det den hade.</translation>
    </message>
    <message>
      <source>Cancelled: nothing was loaded.</source>
      <translation>Avbrutet: inget laddades.</translation>
    </message>
    <message>
      <source>Cancelled: nothing was saved.</source>
      <translation>Avbrutet: inget sparades.</translation>
    </message>
    <message>
      <source>Cancelled: the transfer resumes where it stopped at the next sync.</source>
      <translation>Avbrutet: överföringen fortsätter där den stannade vid nästa synk.</translation>
    </message>
    <message>
      <source>Cancelling…</source>
      <translation>Avbryter…</translation>
    </message>
    <message>
      <source>Cannot open {port} ({error}). Check the cable, and that no other program or track uses this port; retrying.</source>
      <translation>Kan inte öppna {port} ({error}). Kontrollera kabeln och att inget annat program eller någon annan bana använder porten; försöker igen.</translation>
    </message>
    <message>
      <source>Cannot reach the Pi timer at {url} ({error}). Check that it is on and on this network; retrying.</source>
      <translation>Når inte Pi-tidtagaren på {url} ({error}). Kontrollera att den är på och i det här nätverket; försöker igen.</translation>
    </message>
    <message>
      <source>Cannot reach the bucket at {where}: this laptop is offline or the endpoint is wrong. Changes wait here and go as soon as it answers.</source>
      <translation>Når inte bucketen på {where}: den här datorn är offline eller slutpunkten är fel. Ändringar väntar här och skickas så snart den svarar.</translation>
    </message>
    <message>
      <source>Cannot reach {address}:{port} ({error}).</source>
      <translation>Når inte {address}:{port} ({error}).</translation>
    </message>
    <message>
      <source>Cannot {action} while the run is {state}.</source>
      <translation>Kan inte {action} medan åket är {state}.</translation>
    </message>
    <message>
      <source>Car</source>
      <translation>Bil</translation>
    </message>
    <message>
      <source>Car and model</source>
      <translation>Bil och modell</translation>
    </message>
    <message>
      <source>Car logs of this run</source>
      <translation>Bilens loggar för det här åket</translation>
    </message>
    <message>
      <source>Car {car} answers again.</source>
      <translation>Bil {car} svarar igen.</translation>
    </message>
    <message>
      <source>Car {car} could not {action}: {detail}</source>
      <translation>Bil {car} kunde inte {action}: {detail}</translation>
    </message>
    <message>
      <source>Car {car} did not answer{detail}. Check that it is switched on and on the venue network, then retry.</source>
      <translation>Bil {car} svarade inte{detail}. Kontrollera att den är påslagen och i evenemangets nätverk och försök igen.</translation>
    </message>
    <message>
      <source>Car {car} presented a different {what} than last time ({seen} instead of {expected}): the car was re-flashed or this is another car. Nothing was sent. Trust the new key in Cars → {car} if you expected this.</source>
      <translation>Bil {car} visade en annan {what} än förra gången ({seen} i stället för {expected}): bilen har flashats om eller så är det en annan bil. Inget skickades. Lita på den nya nyckeln under Bilar → {car} om du väntade dig det.</translation>
    </message>
    <message>
      <source>Car {car} ran out of disk space while installing the model; nothing was changed. Delete old models on the car (Cars → Delete all models) and retry.</source>
      <translation>Bil {car} fick slut på diskutrymme när modellen installerades; inget ändrades. Ta bort gamla modeller på bilen (Bilar → Ta bort alla modeller) och försök igen.</translation>
    </message>
    <message>
      <source>Car {car} refused the {what} password or key. Check the credentials saved for this car in Cars → {car} and retry.</source>
      <translation>Bil {car} avvisade {what}-lösenordet eller nyckeln. Kontrollera uppgifterna som sparats för bilen under Bilar → {car} och försök igen.</translation>
    </message>
    <message>
      <source>Car {car} refused to load {folder}: {explanation}</source>
      <translation>Bil {car} vägrade ladda {folder}: {explanation}</translation>
    </message>
    <message>
      <source>Car {car} stopped answering during the run ({why}). Check the car: it may be off the network, out of battery or switched off.</source>
      <translation>Bil {car} slutade svara under åket ({why}). Kontrollera bilen: den kan vara utanför nätverket, ha slut på batteri eller vara avstängd.</translation>
    </message>
    <message>
      <source>Car {car}: unexpected error ({error}). Retry; if it repeats, send the log to the organizers.</source>
      <translation>Bil {car}: oväntat fel ({error}). Försök igen; om det upprepas, skicka loggen till arrangörerna.</translation>
    </message>
    <message>
      <source>Car: serial or host name</source>
      <translation>Bil: serienummer eller värdnamn</translation>
    </message>
    <message>
      <source>Cars</source>
      <translation>Bilar</translation>
    </message>
    <message>
      <source>Cars (tick the ones an action goes to)</source>
      <translation>Bilar (bocka för dem en åtgärd gäller)</translation>
    </message>
    <message>
      <source>Cars in no fleet</source>
      <translation>Bilar utan flotta</translation>
    </message>
    <message>
      <source>Cars on race day</source>
      <translation>Bilar på tävlingsdagen</translation>
    </message>
    <message>
      <source>Certificate of achievement</source>
      <translation>Diplom för prestation</translation>
    </message>
    <message>
      <source>Certificate of participation</source>
      <translation>Deltagardiplom</translation>
    </message>
    <message>
      <source>Certificates (PDF)</source>
      <translation>Diplom (PDF)</translation>
    </message>
    <message>
      <source>Changes from {name} were refused: {reason}</source>
      <translation>Ändringar från {name} avvisades: {reason}</translation>
    </message>
    <message>
      <source>Checked</source>
      <translation>Kontrollerad</translation>
    </message>
    <message>
      <source>Checking archives in {folder}…</source>
      <translation>Kontrollerar arkiv i {folder}…</translation>
    </message>
    <message>
      <source>Checking {name}…</source>
      <translation>Kontrollerar {name}…</translation>
    </message>
    <message>
      <source>Choose a car, or type its name and press Enter</source>
      <translation>Välj en bil, eller skriv dess namn och tryck Enter</translation>
    </message>
    <message>
      <source>Choose at least one model file (.tar.gz) to upload.</source>
      <translation>Välj minst en modellfil (.tar.gz) att ladda upp.</translation>
    </message>
    <message>
      <source>Choose folder…</source>
      <translation>Välj mapp…</translation>
    </message>
    <message>
      <source>Choose or create an event first, then export it.</source>
      <translation>Välj eller skapa ett evenemang först och exportera det sedan.</translation>
    </message>
    <message>
      <source>Choose the bundle's folder, or create an event instead.</source>
      <translation>Välj paketets mapp, eller skapa ett evenemang i stället.</translation>
    </message>
    <message>
      <source>Choose…</source>
      <translation>Välj…</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Stäng</translation>
    </message>
    <message>
      <source>Cloud bucket</source>
      <translation>Molnbucket</translation>
    </message>
    <message>
      <source>Cloud manager bundle (folder)</source>
      <translation>Molnhanterarens paket (mapp)</translation>
    </message>
    <message>
      <source>Cloud-manager export bundle</source>
      <translation>Exportpaket från molnhanteraren</translation>
    </message>
    <message>
      <source>Colour</source>
      <translation>Färg</translation>
    </message>
    <message>
      <source>Commands: next USERNAME (put the racer on the track; registered if new) · next (the first racer on deck) · deck USERNAME (queue a racer) · end · submit · discard · status · help · quit</source>
      <translation>Kommandon: next ANVÄNDARNAMN (sätt föraren på banan; anmäls om ny) · next (första föraren i kön) · deck ANVÄNDARNAMN (ställ en förare i kön) · end · submit · discard · status · help · quit</translation>
    </message>
    <message>
      <source>Commentator</source>
      <translation>Kommentator</translation>
    </message>
    <message>
      <source>Completion</source>
      <translation>Fullföljt</translation>
    </message>
    <message>
      <source>Connect this laptop to the venue network to accept uploads.</source>
      <translation>Anslut den här datorn till evenemangets nätverk för att ta emot uppladdningar.</translation>
    </message>
    <message>
      <source>Connect this laptop to the venue network; the addresses appear in Settings.</source>
      <translation>Anslut den här datorn till evenemangets nätverk; adresserna visas i Inställningar.</translation>
    </message>
    <message>
      <source>Connected</source>
      <translation>Ansluten</translation>
    </message>
    <message>
      <source>Connected to {url}: this laptop can read and write there.</source>
      <translation>Ansluten till {url}: den här datorn kan läsa och skriva där.</translation>
    </message>
    <message>
      <source>Console theme</source>
      <translation>Konsolens tema</translation>
    </message>
    <message>
      <source>Controls laptop {name}</source>
      <translation>Styr dator {name}</translation>
    </message>
    <message>
      <source>Could not copy {file} ({error}). Check the drive is still plugged in.</source>
      <translation>Kunde inte kopiera {file} ({error}). Kontrollera att enheten fortfarande sitter i.</translation>
    </message>
    <message>
      <source>Could not open</source>
      <translation>Kunde inte öppna</translation>
    </message>
    <message>
      <source>Count it anyway</source>
      <translation>Räkna det ändå</translation>
    </message>
    <message>
      <source>Count it anyway ({key})</source>
      <translation>Räkna det ändå ({key})</translation>
    </message>
    <message>
      <source>Country</source>
      <translation>Land</translation>
    </message>
    <message>
      <source>Create an event</source>
      <translation>Skapa ett evenemang</translation>
    </message>
    <message>
      <source>Create an event first: each track gets a lap source here.</source>
      <translation>Skapa ett evenemang först: varje bana får här en varvkälla.</translation>
    </message>
    <message>
      <source>Create event</source>
      <translation>Skapa evenemang</translation>
    </message>
    <message>
      <source>Create fleet</source>
      <translation>Skapa flotta</translation>
    </message>
    <message>
      <source>Create or pick an event first (Event page).</source>
      <translation>Skapa eller välj ett evenemang först (sidan Evenemang).</translation>
    </message>
    <message>
      <source>Created demo event “{name}” ({id}).</source>
      <translation>Demoevenemanget ”{name}” ({id}) skapat.</translation>
    </message>
    <message>
      <source>Created event “{name}” ({id}) with {n} track(s). Upload code: {code}</source>
      <translation>Evenemanget ”{name}” ({id}) skapat med {n} bana/banor. Uppladdningskod: {code}</translation>
    </message>
    <message>
      <source>Created “{name}”. It is now the current event.</source>
      <translation>”{name}” skapat. Det är nu det aktuella evenemanget.</translation>
    </message>
    <message>
      <source>Current lap</source>
      <translation>Pågående varv</translation>
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
      <translation>DREM Desktop kan inte öppna sitt fönster: Qt:s X11-insticksmodul laddas inte ({error}). Sätt QT_QPA_PLATFORM=wayland på ett Wayland-skrivbord, eller installera biblioteket som nämns.</translation>
    </message>
    <message>
      <source>DREM Desktop cannot open its window: these system libraries are missing: {names}.</source>
      <translation>DREM Desktop kan inte öppna sitt fönster: de här systembiblioteken saknas: {names}.</translation>
    </message>
    <message>
      <source>DREM Desktop is already open on {folder}: its window was brought forward.</source>
      <translation>DREM Desktop är redan öppet med {folder}: dess fönster har tagits fram.</translation>
    </message>
    <message>
      <source>DREM Desktop is open on {folder} but does not answer. Close it (or end it in the task manager), then start again.</source>
      <translation>DREM Desktop är öppet med {folder} men svarar inte. Stäng det (eller avsluta det i aktivitetshanteraren) och starta sedan igen.</translation>
    </message>
    <message>
      <source>DREM Pi timer (type its address)</source>
      <translation>DREM Pi-tidtagare (skriv dess adress)</translation>
    </message>
    <message>
      <source>DREM Pi timer at…</source>
      <translation>DREM Pi-tidtagare på…</translation>
    </message>
    <message>
      <source>DREM has not loaded a model onto {car}, so it cannot tell whose logs to fetch.</source>
      <translation>DREM har inte laddat någon modell på {car} och kan därför inte veta vems loggar som ska hämtas.</translation>
    </message>
    <message>
      <source>DREM leaderboard</source>
      <translation>DREM-resultattavla</translation>
    </message>
    <message>
      <source>Dark</source>
      <translation>Mörkt</translation>
    </message>
    <message>
      <source>Data folder</source>
      <translation>Datamapp</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Datum</translation>
    </message>
    <message>
      <source>DeepRacer events</source>
      <translation>DeepRacer-evenemang</translation>
    </message>
    <message>
      <source>Delete all models</source>
      <translation>Ta bort alla modeller</translation>
    </message>
    <message>
      <source>Delete lap</source>
      <translation>Ta bort varv</translation>
    </message>
    <message>
      <source>Delete run</source>
      <translation>Ta bort åk</translation>
    </message>
    <message>
      <source>Deleted laps, struck through: select one and press Restore lap to count it again.</source>
      <translation>Borttagna varv, överstrukna: markera ett och tryck Återställ varv för att det ska räknas igen.</translation>
    </message>
    <message>
      <source>Deleted user {id}</source>
      <translation>Borttagen användare {id}</translation>
    </message>
    <message>
      <source>Deleted: it does not count. Select it and press Restore lap to count it again.</source>
      <translation>Borttaget: det räknas inte. Markera det och tryck Återställ varv för att det ska räknas igen.</translation>
    </message>
    <message>
      <source>Discard</source>
      <translation>Kasta</translation>
    </message>
    <message>
      <source>Discard run</source>
      <translation>Kasta åket</translation>
    </message>
    <message>
      <source>Discard this run? Its laps leave the leaderboard. Press X again to discard, Esc to keep it.</source>
      <translation>Kasta det här åket? Dess varv försvinner från resultattavlan. Tryck X igen för att kasta, Esc för att behålla det.</translation>
    </message>
    <message>
      <source>Discarded: the run's laps are not on the leaderboard.</source>
      <translation>Kastat: åkets varv finns inte på resultattavlan.</translation>
    </message>
    <message>
      <source>Display name</source>
      <translation>Visningsnamn</translation>
    </message>
    <message>
      <source>Double-click a cell to correct it (username, name, country, colour, email).</source>
      <translation>Dubbelklicka på en cell för att rätta den (användarnamn, namn, land, färg, e-post).</translation>
    </message>
    <message>
      <source>Drop .tar.gz files here, or choose them:</source>
      <translation>Släpp .tar.gz-filer här, eller välj dem:</translation>
    </message>
    <message>
      <source>Email</source>
      <translation>E-post</translation>
    </message>
    <message>
      <source>End and submit</source>
      <translation>Avsluta och lämna in</translation>
    </message>
    <message>
      <source>End run</source>
      <translation>Avsluta åket</translation>
    </message>
    <message>
      <source>End the run now?</source>
      <translation>Avsluta åket nu?</translation>
    </message>
    <message>
      <source>End the run now? The lap in progress is not counted. Press E again to end, Esc to keep racing.</source>
      <translation>Avsluta åket nu? Varvet som pågår räknas inte. Tryck E igen för att avsluta, Esc för att fortsätta köra.</translation>
    </message>
    <message>
      <source>Endpoint URL</source>
      <translation>Slutpunktens URL</translation>
    </message>
    <message>
      <source>Enter the upload code shown at the organizer's desk.</source>
      <translation>Ange uppladdningskoden som visas vid arrangörernas bord.</translation>
    </message>
    <message>
      <source>Enter your racer username.</source>
      <translation>Ange ditt användarnamn som förare.</translation>
    </message>
    <message>
      <source>Event</source>
      <translation>Evenemang</translation>
    </message>
    <message>
      <source>Event archive (.dremz)</source>
      <translation>Evenemangsarkiv (.dremz)</translation>
    </message>
    <message>
      <source>Event best</source>
      <translation>Evenemangets bästa</translation>
    </message>
    <message>
      <source>Event in the bucket:</source>
      <translation>Evenemang i bucketen:</translation>
    </message>
    <message>
      <source>Event “{event}” has no track {track} (tracks: {tracks}).</source>
      <translation>Evenemanget ”{event}” har ingen bana {track} (banor: {tracks}).</translation>
    </message>
    <message>
      <source>Event “{event}” has no track {track} (tracks: {tracks}, or combined).</source>
      <translation>Evenemanget ”{event}” har ingen bana {track} (banor: {tracks}, eller combined).</translation>
    </message>
    <message>
      <source>Events</source>
      <translation>Evenemang</translation>
    </message>
    <message>
      <source>Every lap of every run, for a spreadsheet.</source>
      <translation>Varje varv i varje åk, för ett kalkylark.</translation>
    </message>
    <message>
      <source>Everything above for scripts and web pages.</source>
      <translation>Allt ovan för skript och webbsidor.</translation>
    </message>
    <message>
      <source>Export</source>
      <translation>Exportera</translation>
    </message>
    <message>
      <source>Export “{name}”</source>
      <translation>Exportera ”{name}”</translation>
    </message>
    <message>
      <source>Fastest</source>
      <translation>Snabbast</translation>
    </message>
    <message>
      <source>Fastest average</source>
      <translation>Snabbaste medel</translation>
    </message>
    <message>
      <source>Fastest average of consecutive laps</source>
      <translation>Snabbaste medel över varv i följd</translation>
    </message>
    <message>
      <source>Fastest average of {n} laps</source>
      <translation>Snabbaste medel över {n} varv</translation>
    </message>
    <message>
      <source>Fastest lap</source>
      <translation>Snabbaste varv</translation>
    </message>
    <message>
      <source>Fastest lap: {t} s</source>
      <translation>Snabbaste varv: {t} s</translation>
    </message>
    <message>
      <source>Fetch each run's car logs</source>
      <translation>Hämta bilens loggar för varje åk</translation>
    </message>
    <message>
      <source>Fetch last run's logs</source>
      <translation>Hämta senaste åkets loggar</translation>
    </message>
    <message>
      <source>Fetch logs from the car</source>
      <translation>Hämta loggar från bilen</translation>
    </message>
    <message>
      <source>Fields: {fields}</source>
      <translation>Fält: {fields}</translation>
    </message>
    <message>
      <source>Find cars on the network (mDNS)</source>
      <translation>Hitta bilar i nätverket (mDNS)</translation>
    </message>
    <message>
      <source>Find racer…</source>
      <translation>Hitta förare…</translation>
    </message>
    <message>
      <source>Find racer…  (N)</source>
      <translation>Hitta förare…  (N)</translation>
    </message>
    <message>
      <source>First, the event you are timing. Everything stays on this laptop.</source>
      <translation>Först evenemanget du tar tid på. Allt stannar på den här datorn.</translation>
    </message>
    <message>
      <source>Fleet</source>
      <translation>Flotta</translation>
    </message>
    <message>
      <source>Fleet of ticked cars</source>
      <translation>Flotta för förbockade bilar</translation>
    </message>
    <message>
      <source>Fleet {name} created. Tick cars and move them into it.</source>
      <translation>Flottan {name} skapad. Bocka för bilar och flytta in dem.</translation>
    </message>
    <message>
      <source>Fleet {name} removed.</source>
      <translation>Flottan {name} borttagen.</translation>
    </message>
    <message>
      <source>Fleet {old} is now called {new}.</source>
      <translation>Flottan {old} heter nu {new}.</translation>
    </message>
    <message>
      <source>Fleets are kept in the event database, and this car service has none.</source>
      <translation>Flottor sparas i evenemangets databas, och den här biltjänsten har inga.</translation>
    </message>
    <message>
      <source>Folder of sample models</source>
      <translation>Mapp med exempelmodeller</translation>
    </message>
    <message>
      <source>Follow the racer on track</source>
      <translation>Följ föraren på banan</translation>
    </message>
    <message>
      <source>For the cloud manager's scripts/drem_import.py.</source>
      <translation>För molnhanterarens scripts/drem_import.py.</translation>
    </message>
    <message>
      <source>Forget laptop</source>
      <translation>Glöm datorn</translation>
    </message>
    <message>
      <source>Forget password</source>
      <translation>Glöm lösenord</translation>
    </message>
    <message>
      <source>Format</source>
      <translation>Format</translation>
    </message>
    <message>
      <source>Format must be “fastest” or “average”, not “{fmt}”.</source>
      <translation>Formatet måste vara ”fastest” eller ”average”, inte ”{fmt}”.</translation>
    </message>
    <message>
      <source>From</source>
      <translation>Från</translation>
    </message>
    <message>
      <source>Fullscreen (F11)</source>
      <translation>Helskärm (F11)</translation>
    </message>
    <message>
      <source>Gap</source>
      <translation>Avstånd</translation>
    </message>
    <message>
      <source>General</source>
      <translation>Allmänt</translation>
    </message>
    <message>
      <source>Get an event from the bucket, with all its runs, laps, racers and models</source>
      <translation>Hämta ett evenemang från bucketen, med alla dess åk, varv, förare och modeller</translation>
    </message>
    <message>
      <source>Give --code: the 6 digits the other laptop shows under Settings → Sync → Pair.</source>
      <translation>Ange --code: de 6 siffrorna som den andra datorn visar under Inställningar → Synk → Parkoppla.</translation>
    </message>
    <message>
      <source>Give the 6-digit code the other laptop shows.</source>
      <translation>Ange den 6-siffriga koden som den andra datorn visar.</translation>
    </message>
    <message>
      <source>Give the event a name.</source>
      <translation>Ge evenemanget ett namn.</translation>
    </message>
    <message>
      <source>Give the racer's username: deck USERNAME</source>
      <translation>Ange förarens användarnamn: deck ANVÄNDARNAMN</translation>
    </message>
    <message>
      <source>Give this track a fleet (Event → tracks) to pre-load its cars.</source>
      <translation>Ge den här banan en flotta (Evenemang → banor) för att förladda dess bilar.</translation>
    </message>
    <message>
      <source>HOST:PORT of a laptop to pair with and join from, instead of the bucket</source>
      <translation>HOST:PORT för en dator att parkoppla med och gå med från, i stället för bucketen</translation>
    </message>
    <message>
      <source>HOST:PORT of the laptop showing a code</source>
      <translation>HOST:PORT för datorn som visar en kod</translation>
    </message>
    <message>
      <source>History</source>
      <translation>Historik</translation>
    </message>
    <message>
      <source>How Races → History names the changes made on this laptop</source>
      <translation>Hur Lopp → Historik benämner ändringarna som gjorts på den här datorn</translation>
    </message>
    <message>
      <source>How each track counts laps. Keys always work too; change this any time in Settings.</source>
      <translation>Hur varje bana räknar varv. Tangenterna fungerar alltid också; det går att ändra när som helst i Inställningar.</translation>
    </message>
    <message>
      <source>Ignored as a second trigger of the same car (within the minimum lap time). If it was a real lap, press L now or fix the lap in the table.</source>
      <translation>Ignorerad som andra utlösning av samma bil (inom minsta varvtid). Om det var ett riktigt varv, tryck L nu eller rätta varvet i tabellen.</translation>
    </message>
    <message>
      <source>Images (*.png *.jpg *.jpeg)</source>
      <translation>Bilder (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
      <source>Import CSV…</source>
      <translation>Importera CSV…</translation>
    </message>
    <message>
      <source>Import a model</source>
      <translation>Importera en modell</translation>
    </message>
    <message>
      <source>Import it there with: python scripts/drem_import.py --input {path}</source>
      <translation>Importera den där med: python scripts/drem_import.py --input {path}</translation>
    </message>
    <message>
      <source>Import model file…</source>
      <translation>Importera modellfil…</translation>
    </message>
    <message>
      <source>Import of {file} cancelled.</source>
      <translation>Importen av {file} avbröts.</translation>
    </message>
    <message>
      <source>Import racers</source>
      <translation>Importera förare</translation>
    </message>
    <message>
      <source>Import sample models…</source>
      <translation>Importera exempelmodeller…</translation>
    </message>
    <message>
      <source>Import the event from a cloud-manager export bundle</source>
      <translation>Importera evenemanget från ett exportpaket från molnhanteraren</translation>
    </message>
    <message>
      <source>Import ticked models for this racer</source>
      <translation>Importera förbockade modeller för den här föraren</translation>
    </message>
    <message>
      <source>Imported {n} model(s).</source>
      <translation>Importerade {n} modell(er).</translation>
    </message>
    <message>
      <source>Imported {n} racer(s).</source>
      <translation>Importerade {n} förare.</translation>
    </message>
    <message>
      <source>Imported: </source>
      <translation>Importerade: </translation>
    </message>
    <message>
      <source>Importing sample models from {folder}…</source>
      <translation>Importerar exempelmodeller från {folder}…</translation>
    </message>
    <message>
      <source>Importing {name}…</source>
      <translation>Importerar {name}…</translation>
    </message>
    <message>
      <source>Importing {n} model(s) for {name}…</source>
      <translation>Importerar {n} modell(er) för {name}…</translation>
    </message>
    <message>
      <source>In step with the bucket: {up} segment(s) sent, {down} received.</source>
      <translation>I takt med bucketen: {up} segment skickade, {down} mottagna.</translation>
    </message>
    <message>
      <source>In step with {name}.</source>
      <translation>I takt med {name}.</translation>
    </message>
    <message>
      <source>Install them, then start DREM Desktop again:</source>
      <translation>Installera dem och starta sedan DREM Desktop igen:</translation>
    </message>
    <message>
      <source>Invalid</source>
      <translation>Ogiltigt</translation>
    </message>
    <message>
      <source>Invalid lap</source>
      <translation>Ogiltigt varv</translation>
    </message>
    <message>
      <source>It holds more than {limit} entries; a model archive holds a handful.</source>
      <translation>Den innehåller fler än {limit} poster; ett modellarkiv innehåller en handfull.</translation>
    </message>
    <message>
      <source>It holds no model (.pb) file; the car needs exactly one (normally agent/model.pb).</source>
      <translation>Den innehåller ingen modellfil (.pb); bilen behöver exakt en (normalt agent/model.pb).</translation>
    </message>
    <message>
      <source>It holds {count} .pb files ({names}); the car needs exactly one.</source>
      <translation>Den innehåller {count} .pb-filer ({names}); bilen behöver exakt en.</translation>
    </message>
    <message>
      <source>It unpacks to more than {limit} MB, far more than a model needs (a gzip bomb?).</source>
      <translation>Uppackad blir den större än {limit} MB, långt mer än en modell behöver (en gzip-bomb?).</translation>
    </message>
    <message>
      <source>It waited too long to be said.</source>
      <translation>Det väntade för länge på att sägas.</translation>
    </message>
    <message>
      <source>JSON is not an object</source>
      <translation>JSON är inte ett objekt</translation>
    </message>
    <message>
      <source>JSON without an event name</source>
      <translation>JSON utan evenemangsnamn</translation>
    </message>
    <message>
      <source>Jobs</source>
      <translation>Jobb</translation>
    </message>
    <message>
      <source>Join an event</source>
      <translation>Gå med i ett evenemang</translation>
    </message>
    <message>
      <source>Join an event from a bucket or a paired laptop…</source>
      <translation>Gå med i ett evenemang från en bucket eller en parkopplad dator…</translation>
    </message>
    <message>
      <source>Join an event…</source>
      <translation>Gå med i ett evenemang…</translation>
    </message>
    <message>
      <source>Joined “{name}” ({id}) from {peer}.</source>
      <translation>Gick med i ”{name}” ({id}) från {peer}.</translation>
    </message>
    <message>
      <source>Joined “{name}” ({id}) from {url}: {summary}.</source>
      <translation>Gick med i ”{name}” ({id}) från {url}: {summary}.</translation>
    </message>
    <message>
      <source>Joined, but refused: {first}</source>
      <translation>Gick med, men avvisat: {first}</translation>
    </message>
    <message>
      <source>Joined: {n} changes. Pick the event in the top bar.</source>
      <translation>Gick med: {n} ändringar. Välj evenemanget i den övre raden.</translation>
    </message>
    <message>
      <source>Joining {name}…</source>
      <translation>Går med i {name}…</translation>
    </message>
    <message>
      <source>Keyboard only</source>
      <translation>Bara tangentbord</translation>
    </message>
    <message>
      <source>Keyboard only: no sensor on this track</source>
      <translation>Bara tangentbord: ingen sensor på den här banan</translation>
    </message>
    <message>
      <source>Keyboard only: no sensor on this track (choose one in Settings).</source>
      <translation>Bara tangentbord: ingen sensor på den här banan (välj en i Inställningar).</translation>
    </message>
    <message>
      <source>Keys only (L or Enter counts a lap)</source>
      <translation>Bara tangenter (L eller Enter räknar ett varv)</translation>
    </message>
    <message>
      <source>Keys: see the labels on
the timekeeper buttons</source>
      <translation>Tangenter: se etiketterna på
tidtagningens knappar</translation>
    </message>
    <message>
      <source>LAN pages: {url}event/{e}</source>
      <translation>LAN-sidor: {url}event/{e}</translation>
    </message>
    <message>
      <source>LAN pages: {url}leaderboard/{event}</source>
      <translation type="vanished">LAN-sidor: {url}leaderboard/{event}</translation>
    </message>
    <message>
      <source>LAN server and leaderboard</source>
      <translation>LAN-server och resultattavla</translation>
    </message>
    <message>
      <source>LAN server port</source>
      <translation>LAN-serverns port</translation>
    </message>
    <message>
      <source>LAN server port (default {port} or next free)</source>
      <translation>LAN-serverns port (standard {port} eller nästa lediga)</translation>
    </message>
    <message>
      <source>LAN sync: {message}</source>
      <translation>LAN-synk: {message}</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>Språk</translation>
    </message>
    <message>
      <source>Lap</source>
      <translation>Varv</translation>
    </message>
    <message>
      <source>Lap changed; the leaderboard is updated.</source>
      <translation>Varvet ändrat; resultattavlan är uppdaterad.</translation>
    </message>
    <message>
      <source>Lap completion</source>
      <translation>Varvets slut</translation>
    </message>
    <message>
      <source>Lap count (finals: first to N laps)</source>
      <translation>Antal varv (finaler: först till N varv)</translation>
    </message>
    <message>
      <source>Lap count: first to finish the laps</source>
      <translation>Antal varv: först att köra klart varven</translation>
    </message>
    <message>
      <source>Lap key {short:.3f} s after the lap began: not counted (the minimum lap time is {minimum:.3f} s).</source>
      <translation>Varvtangent {short:.3f} s efter att varvet började: inte räknat (minsta varvtid är {minimum:.3f} s).</translation>
    </message>
    <message>
      <source>Lap key {short:.3f} s after the lap began: shorter than the event's minimum lap time ({minimum:.3f} s), so it is not a lap. Press A to count it anyway.</source>
      <translation>Varvtangent {short:.3f} s efter att varvet började: kortare än evenemangets minsta varvtid ({minimum:.3f} s), alltså inget varv. Tryck A för att räkna det ändå.</translation>
    </message>
    <message>
      <source>Lap source of {value} could not be opened: check the cable or choose another in Settings. Keys still work.</source>
      <translation>Varvkällan {value} kunde inte öppnas: kontrollera kabeln eller välj en annan i Inställningar. Tangenterna fungerar fortfarande.</translation>
    </message>
    <message>
      <source>Lap sources</source>
      <translation>Varvkällor</translation>
    </message>
    <message>
      <source>Lap sources are running; the app reopens them at the next start.</source>
      <translation>Varvkällorna körs; appen öppnar dem igen vid nästa start.</translation>
    </message>
    <message>
      <source>Lap tapped {after} s after the lap began: not counted (the minimum lap time is {minimum} s).</source>
      <translation>Varv tryckt {after} s efter att varvet började: inte räknat (minsta varvtid är {minimum} s).</translation>
    </message>
    <message>
      <source>Lap time</source>
      <translation>Varvtid</translation>
    </message>
    <message>
      <source>Lap times (CSV)</source>
      <translation>Varvtider (CSV)</translation>
    </message>
    <message>
      <source>Lap valid?</source>
      <translation>Giltigt varv?</translation>
    </message>
    <message>
      <source>Lap {after:.3f} s after the lap began: shorter than the event's minimum lap time ({minimum:.3f} s), so it is not a lap. Tap Count it anyway if the car did go round.</source>
      <translation>Varv {after:.3f} s efter att varvet började: kortare än evenemangets minsta varvtid ({minimum:.3f} s), alltså inget varv. Tryck på Räkna det ändå om bilen verkligen körde runt.</translation>
    </message>
    <message>
      <source>Lap {lap}, {time}{validity}</source>
      <translation>Varv {lap}, {time}{validity}</translation>
    </message>
    <message>
      <source>Lap {n}</source>
      <translation>Varv {n}</translation>
    </message>
    <message>
      <source>Lap {n} of this run is not in the database.</source>
      <translation>Varv {n} i det här åket finns inte i databasen.</translation>
    </message>
    <message>
      <source>Lap {value} deleted (kept in history; Restore lap undoes it).</source>
      <translation>Varv {value} borttaget (sparat i historiken; Återställ varv ångrar det).</translation>
    </message>
    <message>
      <source>Lap {value} restored: it counts again.</source>
      <translation>Varv {value} återställt: det räknas igen.</translation>
    </message>
    <message>
      <source>Laps</source>
      <translation>Varv</translation>
    </message>
    <message>
      <source>Laps (all runs at this event)</source>
      <translation>Varv (alla åk på det här evenemanget)</translation>
    </message>
    <message>
      <source>Laps (double-click to edit; the change is recorded)</source>
      <translation>Varv (dubbelklicka för att redigera; ändringen registreras)</translation>
    </message>
    <message>
      <source>Laps (valid / all)</source>
      <translation>Varv (giltiga / alla)</translation>
    </message>
    <message>
      <source>Laps are NOT being stored: the disk holding the data folder ({folder}) is full ({free:.0f} MB free). Free space now (empty the trash, delete old videos or downloads); timing resumes by itself. Until then write each lap down: the trigger log still shows every trigger.</source>
      <translation>Varven sparas INTE: disken med datamappen ({folder}) är full ({free:.0f} MB ledigt). Frigör utrymme nu (töm papperskorgen, radera gamla videor eller nedladdningar); tidtagningen fortsätter av sig själv. Skriv till dess ner varje varv: utlösningsloggen visar fortfarande varje utlösning.</translation>
    </message>
    <message>
      <source>Laps are being stored again.</source>
      <translation>Varven sparas igen.</translation>
    </message>
    <message>
      <source>Laps per run</source>
      <translation>Varv per åk</translation>
    </message>
    <message>
      <source>Laps to finish</source>
      <translation>Varv till mål</translation>
    </message>
    <message>
      <source>Laps to finish only applies to the lap-count format.</source>
      <translation>Varv till mål gäller bara formatet antal varv.</translation>
    </message>
    <message>
      <source>Laps valid / total</source>
      <translation>Giltiga varv / totalt</translation>
    </message>
    <message>
      <source>Laptop {name} · track {n}</source>
      <translation>Dator {name} · bana {n}</translation>
    </message>
    <message>
      <source>Laptops on this LAN</source>
      <translation>Datorer i det här LAN:et</translation>
    </message>
    <message>
      <source>Last</source>
      <translation>Senaste</translation>
    </message>
    <message>
      <source>Last lap</source>
      <translation>Senaste varv</translation>
    </message>
    <message>
      <source>Last seen</source>
      <translation>Senast sedd</translation>
    </message>
    <message>
      <source>Last unreadable line: {line!r} ({reason})</source>
      <translation>Senaste oläsbara rad: {line!r} ({reason})</translation>
    </message>
    <message>
      <source>Leaderboard</source>
      <translation>Resultattavla</translation>
    </message>
    <message>
      <source>Leaderboard address (QR code)</source>
      <translation>Resultattavlans adress (QR-kod)</translation>
    </message>
    <message>
      <source>Leaderboard footer</source>
      <translation>Resultattavlans sidfot</translation>
    </message>
    <message>
      <source>Leaderboard for phones and the stream</source>
      <translation>Resultattavla för mobiler och strömmen</translation>
    </message>
    <message>
      <source>Leaderboard title</source>
      <translation>Resultattavlans rubrik</translation>
    </message>
    <message>
      <source>Leaderboard window  Ctrl+Shift+L</source>
      <translation>Resultattavlans fönster  Ctrl+Skift+L</translation>
    </message>
    <message>
      <source>Leaderboards</source>
      <translation>Resultattavlor</translation>
    </message>
    <message>
      <source>Letter</source>
      <translation>Letter</translation>
    </message>
    <message>
      <source>Library</source>
      <translation>Bibliotek</translation>
    </message>
    <message>
      <source>Light</source>
      <translation>Ljust</translation>
    </message>
    <message>
      <source>Live pages for phones and the stream at {value}</source>
      <translation>Livesidor för mobiler och strömmen på {value}</translation>
    </message>
    <message>
      <source>Live results on your phone</source>
      <translation>Liveresultat i din mobil</translation>
    </message>
    <message>
      <source>Load a CSV file…</source>
      <translation>Läs in en CSV-fil…</translation>
    </message>
    <message>
      <source>Load it onto the car again: the car still has the earlier metadata.</source>
      <translation>Ladda den på bilen igen: bilen har fortfarande den tidigare metadatan.</translation>
    </message>
    <message>
      <source>Load model onto car</source>
      <translation>Ladda modellen på bilen</translation>
    </message>
    <message>
      <source>Load the chosen model onto the car and select it there</source>
      <translation>Ladda den valda modellen på bilen och välj den där</translation>
    </message>
    <message>
      <source>Loaded model</source>
      <translation>Laddad modell</translation>
    </message>
    <message>
      <source>Loading the model onto {car} failed.</source>
      <translation>Det gick inte att ladda modellen på {car}.</translation>
    </message>
    <message>
      <source>Log in</source>
      <translation>Logga in</translation>
    </message>
    <message>
      <source>Log in with the PIN first.</source>
      <translation>Logga in med PIN-koden först.</translation>
    </message>
    <message>
      <source>Log out</source>
      <translation>Logga ut</translation>
    </message>
    <message>
      <source>Logo for printed results</source>
      <translation>Logotyp för utskrivna resultat</translation>
    </message>
    <message>
      <source>Logo on printed results</source>
      <translation>Logotyp på utskrivna resultat</translation>
    </message>
    <message>
      <source>Logs fetched from {car}.</source>
      <translation>Loggar hämtade från {car}.</translation>
    </message>
    <message>
      <source>Look for USB drives</source>
      <translation>Leta efter USB-enheter</translation>
    </message>
    <message>
      <source>Look for changes every</source>
      <translation>Leta efter ändringar var</translation>
    </message>
    <message>
      <source>MD5</source>
      <translation>MD5</translation>
    </message>
    <message>
      <source>Make current</source>
      <translation>Gör aktuellt</translation>
    </message>
    <message>
      <source>Max runs per racer</source>
      <translation>Högst antal åk per förare</translation>
    </message>
    <message>
      <source>Max runs per racer must be at least 1 (or unlimited).</source>
      <translation>Högst antal åk per förare måste vara minst 1 (eller obegränsat).</translation>
    </message>
    <message>
      <source>Mean valid lap</source>
      <translation>Medel för giltiga varv</translation>
    </message>
    <message>
      <source>Minimum lap time (s, debounce)</source>
      <translation>Minsta varvtid (s, avstudsning)</translation>
    </message>
    <message>
      <source>Minimum lap time must be between 0 and 600 seconds.</source>
      <translation>Minsta varvtid måste vara mellan 0 och 600 sekunder.</translation>
    </message>
    <message>
      <source>Minimum lap time “{text}” is not a number of seconds.</source>
      <translation>Minsta varvtid ”{text}” är inte ett antal sekunder.</translation>
    </message>
    <message>
      <source>Model</source>
      <translation>Modell</translation>
    </message>
    <message>
      <source>Model archives (*.tar.gz *.tgz)</source>
      <translation>Modellarkiv (*.tar.gz *.tgz)</translation>
    </message>
    <message>
      <source>Model to push</source>
      <translation>Modell att skicka</translation>
    </message>
    <message>
      <source>Model transfers</source>
      <translation>Modellöverföringar</translation>
    </message>
    <message>
      <source>Models</source>
      <translation>Modeller</translation>
    </message>
    <message>
      <source>Models of {shown_name}</source>
      <translation>Modeller för {shown_name}</translation>
    </message>
    <message>
      <source>More resets than allowed: this lap will be invalid</source>
      <translation>Fler återställningar än tillåtet: varvet blir ogiltigt</translation>
    </message>
    <message>
      <source>Most consecutive valid laps</source>
      <translation>Flest giltiga varv i följd</translation>
    </message>
    <message>
      <source>Most valid in a row</source>
      <translation>Flest giltiga i följd</translation>
    </message>
    <message>
      <source>Move ticked cars</source>
      <translation>Flytta förbockade bilar</translation>
    </message>
    <message>
      <source>Moved {n} car(s) into {fleet}.</source>
      <translation>Flyttade {n} bil(ar) till {fleet}.</translation>
    </message>
    <message>
      <source>Moved {n} car(s) out of their fleet.</source>
      <translation>Flyttade {n} bil(ar) ut ur sin flotta.</translation>
    </message>
    <message>
      <source>Moved {n} car(s) {where}.</source>
      <translation type="vanished">Flyttade {n} bil(ar) {where}.</translation>
    </message>
    <message>
      <source>NOT STORED</source>
      <translation>INTE SPARAT</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Namn</translation>
    </message>
    <message>
      <source>Name at least one event to export.</source>
      <translation>Ange minst ett evenemang att exportera.</translation>
    </message>
    <message>
      <source>Name the car by its host name (e.g. amss-1234) or its address.</source>
      <translation>Ange bilen med dess värdnamn (t.ex. amss-1234) eller dess adress.</translation>
    </message>
    <message>
      <source>Name the car first: choose it or type its name in Car (C), then press M.</source>
      <translation>Ange bilen först: välj den eller skriv dess namn i Bil (C), tryck sedan M.</translation>
    </message>
    <message>
      <source>Nested multipart forms are not accepted.</source>
      <translation>Nästlade multipart-formulär accepteras inte.</translation>
    </message>
    <message>
      <source>New code</source>
      <translation>Ny kod</translation>
    </message>
    <message>
      <source>New event</source>
      <translation>Nytt evenemang</translation>
    </message>
    <message>
      <source>New leader</source>
      <translation>Ny ledare</translation>
    </message>
    <message>
      <source>New name for the fleet {name}:</source>
      <translation>Nytt namn på flottan {name}:</translation>
    </message>
    <message>
      <source>New personal best</source>
      <translation>Nytt personbästa</translation>
    </message>
    <message>
      <source>New tablet PIN (4 to 12 digits): </source>
      <translation>Ny PIN-kod för surfplattan (4 till 12 siffror): </translation>
    </message>
    <message>
      <source>New upload code {code}: press Save to use it (the old code then stops working).</source>
      <translation>Ny uppladdningskod {code}: tryck Spara för att använda den (den gamla koden slutar då fungera).</translation>
    </message>
    <message>
      <source>Next on deck, {name}</source>
      <translation>Näst på tur, {name}</translation>
    </message>
    <message>
      <source>Next racer</source>
      <translation>Nästa förare</translation>
    </message>
    <message>
      <source>Next racer on deck</source>
      <translation>Nästa förare i kön</translation>
    </message>
    <message>
      <source>No (Esc)</source>
      <translation>Nej (Esc)</translation>
    </message>
    <message>
      <source>No DREM lap sensor found. Plug one in (searching all serial ports).</source>
      <translation>Ingen DREM-varvsensor hittades. Anslut en (söker på alla serieportar).</translation>
    </message>
    <message>
      <source>No PIN: the tablet page refuses everyone.</source>
      <translation>Ingen PIN-kod: surfplattans sida nekar alla.</translation>
    </message>
    <message>
      <source>No USB drive found: plug one in, then look again</source>
      <translation>Ingen USB-enhet hittades: anslut en och leta igen</translation>
    </message>
    <message>
      <source>No audio player to say the call-outs with: install paplay, pw-play or aplay (Debian/Ubuntu: sudo apt install alsa-utils).</source>
      <translation>Ingen ljudspelare att säga utropen med: installera paplay, pw-play eller aplay (Debian/Ubuntu: sudo apt install alsa-utils).</translation>
    </message>
    <message>
      <source>No backups yet.</source>
      <translation>Inga säkerhetskopior än.</translation>
    </message>
    <message>
      <source>No bucket credentials: save them in Settings → Sync, or set up an AWS profile or AWS_* variables.</source>
      <translation>Inga inloggningsuppgifter för bucketen: spara dem under Inställningar → Synk, eller ställ in en AWS-profil eller AWS_*-variabler.</translation>
    </message>
    <message>
      <source>No bucket is set: add one in Settings → Sync.</source>
      <translation>Ingen bucket är satt: lägg till en under Inställningar → Synk.</translation>
    </message>
    <message>
      <source>No bucket set: changes stay on this laptop (and its paired laptops).</source>
      <translation>Ingen bucket satt: ändringar stannar på den här datorn (och dess parkopplade datorer).</translation>
    </message>
    <message>
      <source>No bucket: changes stay on this laptop and its paired laptops.</source>
      <translation>Ingen bucket: ändringar stannar på den här datorn och dess parkopplade datorer.</translation>
    </message>
    <message>
      <source>No bucket: give --bucket s3://BUCKET/PREFIX, or set one in Settings → Sync.</source>
      <translation>Ingen bucket: ange --bucket s3://BUCKET/PREFIX, eller sätt en under Inställningar → Synk.</translation>
    </message>
    <message>
      <source>No car called {key} is registered.</source>
      <translation>Ingen bil som heter {key} är registrerad.</translation>
    </message>
    <message>
      <source>No car job with id {id}.</source>
      <translation>Inget biljobb med id {id}.</translation>
    </message>
    <message>
      <source>No car logs for this run yet.</source>
      <translation>Inga billoggar för det här åket än.</translation>
    </message>
    <message>
      <source>No car named for this run.</source>
      <translation>Ingen bil angiven för det här åket.</translation>
    </message>
    <message>
      <source>No cars yet. Cars are found by themselves on the venue network (mDNS): switch a car on and join it to the same Wi-Fi as this laptop; it appears here within seconds by its name (amss-1234). Where the network blocks mDNS, add a car by its name or address above.</source>
      <translation>Inga bilar än. Bilar hittas av sig själva i evenemangets nätverk (mDNS): slå på en bil och anslut den till samma wifi som den här datorn; den dyker upp här inom några sekunder med sitt namn (amss-1234). Där nätverket blockerar mDNS kan du lägga till en bil med namn eller adress ovan.</translation>
    </message>
    <message>
      <source>No event</source>
      <translation>Inget evenemang</translation>
    </message>
    <message>
      <source>No event in {url} yet.</source>
      <translation>Inget evenemang i {url} än.</translation>
    </message>
    <message>
      <source>No event selected</source>
      <translation>Inget evenemang valt</translation>
    </message>
    <message>
      <source>No event with id {id}.</source>
      <translation>Inget evenemang med id {id}.</translation>
    </message>
    <message>
      <source>No event yet: create one on the Event page (Ctrl+2).</source>
      <translation>Inget evenemang än: skapa ett på sidan Evenemang (Ctrl+2).</translation>
    </message>
    <message>
      <source>No event “{key}” in {url} (events there: {listing}).</source>
      <translation>Inget evenemang ”{key}” i {url} (evenemang där: {listing}).</translation>
    </message>
    <message>
      <source>No event “{key}”. List them with: drem-desktop event list</source>
      <translation>Inget evenemang ”{key}”. Lista dem med: drem-desktop event list</translation>
    </message>
    <message>
      <source>No events yet.</source>
      <translation>Inga evenemang än.</translation>
    </message>
    <message>
      <source>No events yet. Create one with: drem-desktop event add "My Race"</source>
      <translation>Inga evenemang än. Skapa ett med: drem-desktop event add "Mitt lopp"</translation>
    </message>
    <message>
      <source>No fleet</source>
      <translation>Ingen flotta</translation>
    </message>
    <message>
      <source>No fleet: nothing is pre-loaded</source>
      <translation>Ingen flotta: inget förladdas</translation>
    </message>
    <message>
      <source>No heartbeat from the sensor on {port} for {seconds:.0f} s. Check its power and that it runs the DREM firmware.</source>
      <translation>Inget livstecken från sensorn på {port} på {seconds:.0f} s. Kontrollera dess ström och att den kör DREM-firmware.</translation>
    </message>
    <message>
      <source>No lap source: laps are not timed. Give --sensor auto, a port, or ws://HOST:8080.</source>
      <translation>Ingen varvkälla: varven tidtas inte. Ange --sensor auto, en port eller ws://HOST:8080.</translation>
    </message>
    <message>
      <source>No laps yet</source>
      <translation>Inga varv än</translation>
    </message>
    <message>
      <source>No logo</source>
      <translation>Ingen logotyp</translation>
    </message>
    <message>
      <source>No model archives (.tar.gz) in {folder}. Pick the folder that holds them.</source>
      <translation>Inga modellarkiv (.tar.gz) i {folder}. Välj mappen som innehåller dem.</translation>
    </message>
    <message>
      <source>No model in the library for this racer (Models page, Ctrl+6)</source>
      <translation type="vanished">Ingen modell för den här föraren i biblioteket (sidan Modeller, Ctrl+6)</translation>
    </message>
    <message>
      <source>No model in the library for this racer: add one on the Models page (Ctrl+6).</source>
      <translation>Ingen modell för den här föraren i biblioteket: lägg till en på sidan Modeller (Ctrl+6).</translation>
    </message>
    <message>
      <source>No model with id {id} in the library.</source>
      <translation>Ingen modell med id {id} i biblioteket.</translation>
    </message>
    <message>
      <source>No model yet</source>
      <translation>Ingen modell än</translation>
    </message>
    <message>
      <source>No paired laptops. Pair one with: drem-desktop pair HOST:PORT CODE</source>
      <translation>Inga parkopplade datorer. Parkoppla en med: drem-desktop pair HOST:PORT CODE</translation>
    </message>
    <message>
      <source>No password or key is saved for car {car}. Add them in Cars → {car} (SSH user deepracer, or the web console password printed under the car) and retry.</source>
      <translation>Inget lösenord eller nyckel sparat för bil {car}. Lägg till dem under Bilar → {car} (SSH-användare deepracer, eller webbkonsolens lösenord som står under bilen) och försök igen.</translation>
    </message>
    <message>
      <source>No racer called {name}: register them in Racers, or check the spelling.</source>
      <translation>Ingen förare som heter {name}: anmäl föraren under Förare, eller kontrollera stavningen.</translation>
    </message>
    <message>
      <source>No racer has a ranked figure yet.</source>
      <translation>Ingen förare har ett rankat värde än.</translation>
    </message>
    <message>
      <source>No racer is on the track: pick the next racer first (N).</source>
      <translation>Ingen förare på banan: välj nästa förare först (N).</translation>
    </message>
    <message>
      <source>No racer is on this track: pick the next racer first.</source>
      <translation>Ingen förare på den här banan: välj nästa förare först.</translation>
    </message>
    <message>
      <source>No racer matches “{name}”. Press Enter to register {name} and put them on the track.</source>
      <translation>Ingen förare matchar ”{name}”. Tryck Enter för att anmäla {name} och sätta föraren på banan.</translation>
    </message>
    <message>
      <source>No racer named “{name}” is registered. Check the spelling, or ask at the organizer's desk to be added, then upload again.</source>
      <translation>Ingen förare som heter ”{name}” är anmäld. Kontrollera stavningen, eller be vid arrangörernas bord att bli tillagd, och ladda sedan upp igen.</translation>
    </message>
    <message>
      <source>No racer named “{name}”.</source>
      <translation>Ingen förare som heter ”{name}”.</translation>
    </message>
    <message>
      <source>No racer on this leaderboard yet.</source>
      <translation>Ingen förare på den här resultattavlan än.</translation>
    </message>
    <message>
      <source>No racer on track</source>
      <translation>Ingen förare på banan</translation>
    </message>
    <message>
      <source>No racer with id {id}.</source>
      <translation>Ingen förare med id {id}.</translation>
    </message>
    <message>
      <source>No racers yet: type a racer's name and press Enter to register them and put them on the track.</source>
      <translation>Inga förare än: skriv en förares namn och tryck Enter för att anmäla föraren och sätta den på banan.</translation>
    </message>
    <message>
      <source>No run of this event was driven on {car} yet.</source>
      <translation>Inget åk i det här evenemanget har körts på {car} än.</translation>
    </message>
    <message>
      <source>No run was live on this track.</source>
      <translation>Inget åk pågick på den här banan.</translation>
    </message>
    <message>
      <source>No run with id {id}.</source>
      <translation>Inget åk med id {id}.</translation>
    </message>
    <message>
      <source>No runs on this leaderboard yet.</source>
      <translation>Inga åk på den här resultattavlan än.</translation>
    </message>
    <message>
      <source>No sensor given. Use auto, a serial port such as /dev/ttyACM0, or ws://HOST:8080.</source>
      <translation>Ingen sensor angiven. Använd auto, en serieport som /dev/ttyACM0, eller ws://HOST:8080.</translation>
    </message>
    <message>
      <source>No tablet PIN is set on the laptop: set one in Settings → Tablet first.</source>
      <translation>Ingen PIN-kod för surfplattan är satt på datorn: sätt en först under Inställningar → Surfplatta.</translation>
    </message>
    <message>
      <source>No tablet PIN is set yet: set one on the laptop in Settings.</source>
      <translation>Ingen PIN-kod för surfplattan satt än: sätt en på datorn i Inställningar.</translation>
    </message>
    <message>
      <source>No track with id {id}.</source>
      <translation>Ingen bana med id {id}.</translation>
    </message>
    <message>
      <source>No upload with this token (or it is too old).</source>
      <translation>Ingen uppladdning med den här token (eller så är den för gammal).</translation>
    </message>
    <message>
      <source>No users.json (exported with --skip-users): racers were matched by username.</source>
      <translation>Ingen users.json (exporterad med --skip-users): förare matchades på användarnamn.</translation>
    </message>
    <message>
      <source>No verdict yet. Ask at the organizer's desk whether your model arrived.</source>
      <translation>Inget besked än. Fråga vid arrangörernas bord om din modell har kommit fram.</translation>
    </message>
    <message>
      <source>No voice available for call-outs ({error}).</source>
      <translation>Ingen röst tillgänglig för utrop ({error}).</translation>
    </message>
    <message>
      <source>Nobody is on deck for this track: add racers to the queue, or pick one.</source>
      <translation>Ingen står i kö för den här banan: lägg till förare i kön, eller välj en.</translation>
    </message>
    <message>
      <source>Nobody is on deck for track {n}: next USERNAME puts a racer on, deck USERNAME queues one.</source>
      <translation>Ingen står i kö för bana {n}: next ANVÄNDARNAMN sätter en förare på banan, deck ANVÄNDARNAMN ställer en i kö.</translation>
    </message>
    <message>
      <source>Nobody on deck.</source>
      <translation>Ingen i kön.</translation>
    </message>
    <message>
      <source>Nobody on the track: take the next racer (Next racer).</source>
      <translation>Ingen på banan: ta nästa förare (Nästa förare).</translation>
    </message>
    <message>
      <source>Not a Pi timer address: {url}. Use ws://HOST:8080 (the timer's IP or name).</source>
      <translation>Inte en adress till en Pi-tidtagare: {url}. Använd ws://HOST:8080 (tidtagarens IP eller namn).</translation>
    </message>
    <message>
      <source>Not connected</source>
      <translation>Inte ansluten</translation>
    </message>
    <message>
      <source>Not done: {reason}</source>
      <translation>Inte gjort: {reason}</translation>
    </message>
    <message>
      <source>Not found</source>
      <translation>Hittades inte</translation>
    </message>
    <message>
      <source>Not in step yet: {first}</source>
      <translation>Inte i takt än: {first}</translation>
    </message>
    <message>
      <source>Not logged in.</source>
      <translation>Inte inloggad.</translation>
    </message>
    <message>
      <source>Not registered: {lines}</source>
      <translation>Inte anmälda: {lines}</translation>
    </message>
    <message>
      <source>Not syncing with a bucket.</source>
      <translation>Synkar inte med någon bucket.</translation>
    </message>
    <message>
      <source>Not syncing: set a bucket or pair a laptop in Settings → Sync.</source>
      <translation>Ingen synk: sätt en bucket eller parkoppla en dator under Inställningar → Synk.</translation>
    </message>
    <message>
      <source>Note: {note}</source>
      <translation>Obs: {note}</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Anteckningar</translation>
    </message>
    <message>
      <source>Nothing to change: this bundle was imported before.</source>
      <translation>Inget att ändra: det här paketet har importerats tidigare.</translation>
    </message>
    <message>
      <source>On deck</source>
      <translation>I kön</translation>
    </message>
    <message>
      <source>On deck (N takes the next)</source>
      <translation>I kön (N tar nästa)</translation>
    </message>
    <message>
      <source>On deck: {names}.</source>
      <translation>I kön: {names}.</translation>
    </message>
    <message>
      <source>On the other laptop: Settings → Sync → pick this laptop and type this code (valid 5 minutes, 3 tries), or run  drem-desktop pair {where} {code}</source>
      <translation>På den andra datorn: Inställningar → Synk → välj den här datorn och skriv den här koden (giltig i 5 minuter, 3 försök), eller kör  drem-desktop pair {where} {code}</translation>
    </message>
    <message>
      <source>On track</source>
      <translation>På banan</translation>
    </message>
    <message>
      <source>One line per racer, for a spreadsheet.</source>
      <translation>En rad per förare, för ett kalkylark.</translation>
    </message>
    <message>
      <source>One page per racer with their place and best figures.</source>
      <translation>En sida per förare med placering och bästa värden.</translation>
    </message>
    <message>
      <source>One racer a line: username, display name, country code (only the username is needed). You can add racers any time later: type a new name in the timekeeper and press Enter.</source>
      <translation>En förare per rad: användarnamn, visningsnamn, landskod (bara användarnamnet behövs). Du kan lägga till förare när som helst senare: skriv ett nytt namn i tidtagningen och tryck Enter.</translation>
    </message>
    <message>
      <source>Online</source>
      <translation>Online</translation>
    </message>
    <message>
      <source>Only {free:.0f} MB free on the disk holding the data folder ({folder}). Racers' uploads are paused so lap timing keeps its room; free some space.</source>
      <translation>Bara {free:.0f} MB ledigt på disken med datamappen ({folder}). Förarnas uppladdningar är pausade så att tidtagningen behåller sitt utrymme; frigör lite utrymme.</translation>
    </message>
    <message>
      <source>Open /tablet on the LAN server from a tablet, type this PIN, and time from there.</source>
      <translation>Öppna /tablet på LAN-servern från en surfplatta, skriv den här PIN-koden och ta tid därifrån.</translation>
    </message>
    <message>
      <source>Open backups folder</source>
      <translation>Öppna mappen med säkerhetskopior</translation>
    </message>
    <message>
      <source>Open folder</source>
      <translation>Öppna mapp</translation>
    </message>
    <message>
      <source>Opening lap sources…</source>
      <translation>Öppnar varvkällor…</translation>
    </message>
    <message>
      <source>Operator PIN</source>
      <translation>Operatörens PIN-kod</translation>
    </message>
    <message>
      <source>Organiser's summary</source>
      <translation>Arrangörens sammanfattning</translation>
    </message>
    <message>
      <source>Organiser's summary (PDF)</source>
      <translation>Arrangörens sammanfattning (PDF)</translation>
    </message>
    <message>
      <source>PDF paper size (default a4)</source>
      <translation>Pappersformat för PDF (standard a4)</translation>
    </message>
    <message>
      <source>PIN set. Tablets logged in before must log in again.</source>
      <translation>PIN-koden satt. Surfplattor som redan var inloggade måste logga in igen.</translation>
    </message>
    <message>
      <source>Packing {name}…</source>
      <translation>Packar {name}…</translation>
    </message>
    <message>
      <source>Packing {table} rows…</source>
      <translation>Packar {table}-rader…</translation>
    </message>
    <message>
      <source>Page {n}</source>
      <translation>Sida {n}</translation>
    </message>
    <message>
      <source>Page {n} of {m}</source>
      <translation>Sida {n} av {m}</translation>
    </message>
    <message>
      <source>Pair a laptop</source>
      <translation>Parkoppla en dator</translation>
    </message>
    <message>
      <source>Pair another laptop with: drem-desktop pair {address} {code}</source>
      <translation>Parkoppla en dator till med: drem-desktop pair {address} {code}</translation>
    </message>
    <message>
      <source>Pair by address…</source>
      <translation>Parkoppla via adress…</translation>
    </message>
    <message>
      <source>Pair with selected…</source>
      <translation>Parkoppla med vald…</translation>
    </message>
    <message>
      <source>Paired laptops</source>
      <translation>Parkopplade datorer</translation>
    </message>
    <message>
      <source>Paired with {name} ({id}): the two laptops now sync over the LAN.</source>
      <translation>Parkopplad med {name} ({id}): de två datorerna synkar nu över LAN.</translation>
    </message>
    <message>
      <source>Paired with {name}: the two laptops now sync.</source>
      <translation>Parkopplad med {name}: de två datorerna synkar nu.</translation>
    </message>
    <message>
      <source>Paired: the two laptops now sync over the LAN.</source>
      <translation>Parkopplad: de två datorerna synkar nu över LAN.</translation>
    </message>
    <message>
      <source>Pairing with {address}…</source>
      <translation>Parkopplar med {address}…</translation>
    </message>
    <message>
      <source>Paper</source>
      <translation>Papper</translation>
    </message>
    <message>
      <source>Paper must be a4 or letter, not “{paper}”.</source>
      <translation>Pappret måste vara a4 eller letter, inte ”{paper}”.</translation>
    </message>
    <message>
      <source>Part {n} of {key} arrived damaged; it is sent again.</source>
      <translation>Del {n} av {key} kom fram skadad; den skickas igen.</translation>
    </message>
    <message>
      <source>Password saved for {n} car(s).</source>
      <translation>Lösenord sparat för {n} bil(ar).</translation>
    </message>
    <message>
      <source>Passwords of {n} car(s) forgotten.</source>
      <translation>Lösenord för {n} bil(ar) glömda.</translation>
    </message>
    <message>
      <source>Pause</source>
      <translation>Paus</translation>
    </message>
    <message>
      <source>Paused: Space resumes</source>
      <translation>Pausad: Mellanslag fortsätter</translation>
    </message>
    <message>
      <source>Personal best</source>
      <translation>Personbästa</translation>
    </message>
    <message>
      <source>Personal best for {name}, {time}</source>
      <translation>Personbästa för {name}, {time}</translation>
    </message>
    <message>
      <source>Pick a folder of model archives (for example the cloud manager's lib/default_models): they are filed under the owner “Sample models”, ready for any car.</source>
      <translation>Välj en mapp med modellarkiv (till exempel molnhanterarens lib/default_models): de sparas under ägaren ”Exempelmodeller”, redo för vilken bil som helst.</translation>
    </message>
    <message>
      <source>Pick a racer</source>
      <translation>Välj en förare</translation>
    </message>
    <message>
      <source>Pick an event on the Event page</source>
      <translation>Välj ett evenemang på sidan Evenemang</translation>
    </message>
    <message>
      <source>Pick the next racer on the left (N), then press Space to start.</source>
      <translation>Välj nästa förare till vänster (N) och tryck sedan Mellanslag för att starta.</translation>
    </message>
    <message>
      <source>Pick the racer this model belongs to first.</source>
      <translation>Välj först föraren som modellen tillhör.</translation>
    </message>
    <message>
      <source>Pick the racer, then tick the models to import.</source>
      <translation>Välj föraren och bocka sedan för modellerna att importera.</translation>
    </message>
    <message>
      <source>Places 4 to 10</source>
      <translation>Plats 4 till 10</translation>
    </message>
    <message>
      <source>Podium (PDF)</source>
      <translation>Prispall (PDF)</translation>
    </message>
    <message>
      <source>Podium · all tracks</source>
      <translation>Prispall · alla banor</translation>
    </message>
    <message>
      <source>Podium · track {n}</source>
      <translation>Prispall · bana {n}</translation>
    </message>
    <message>
      <source>Ports {first} to {last} are all in use: choose another port for the LAN pages.</source>
      <translation>Portarna {first} till {last} är alla upptagna: välj en annan port för LAN-sidorna.</translation>
    </message>
    <message>
      <source>Pre-load the cars of the racers on deck</source>
      <translation>Förladda bilarna för förarna i kön</translation>
    </message>
    <message>
      <source>Press Finish to open the timekeeper: type a racer's name and press Enter; the first trigger (or L) starts the run. Ctrl+Shift+L opens the leaderboard window for the projector.</source>
      <translation>Tryck Slutför för att öppna tidtagningen: skriv en förares namn och tryck Enter; den första utlösningen (eller L) startar åket. Ctrl+Skift+L öppnar resultattavlans fönster för projektorn.</translation>
    </message>
    <message>
      <source>Pretend to be a lap sensor: a serial terminal (or a Pi timer) that sends laps.</source>
      <translation>Låtsas vara en varvsensor: en serieterminal (eller en Pi-tidtagare) som skickar varv.</translation>
    </message>
    <message>
      <source>Progress</source>
      <translation>Förlopp</translation>
    </message>
    <message>
      <source>Push model…</source>
      <translation>Skicka modell…</translation>
    </message>
    <message>
      <source>Put a racer on the track first (N); then load their model.</source>
      <translation>Sätt en förare på banan först (N); ladda sedan förarens modell.</translation>
    </message>
    <message>
      <source>Put a racer on the track first (N); then name their car.</source>
      <translation>Sätt en förare på banan först (N); ange sedan förarens bil.</translation>
    </message>
    <message>
      <source>Put on track  ⏎</source>
      <translation>Till banan  ⏎</translation>
    </message>
    <message>
      <source>Race over: check the laps, then Submit (S)</source>
      <translation>Loppet slut: kontrollera varven och sedan Lämna in (S)</translation>
    </message>
    <message>
      <source>Race rules</source>
      <translation>Tävlingsregler</translation>
    </message>
    <message>
      <source>Race summary</source>
      <translation>Sammanfattning av loppet</translation>
    </message>
    <message>
      <source>Race time</source>
      <translation>Lopptid</translation>
    </message>
    <message>
      <source>Race time must be between 1 second and 24 hours (or unset for no limit).</source>
      <translation>Lopptiden måste vara mellan 1 sekund och 24 timmar (eller tom för ingen gräns).</translation>
    </message>
    <message>
      <source>Race time “{text}” is not a time: write minutes:seconds like 3:00, or leave it empty for no limit.</source>
      <translation>Lopptiden ”{text}” är ingen tid: skriv minuter:sekunder som 3:00, eller lämna tomt för ingen gräns.</translation>
    </message>
    <message>
      <source>Raced by proxy</source>
      <translation>Kört av ersättare</translation>
    </message>
    <message>
      <source>Raced by proxy (someone drives for them)</source>
      <translation type="vanished">Kört av ersättare (någon annan kör åt föraren)</translation>
    </message>
    <message>
      <source>Racer</source>
      <translation>Förare</translation>
    </message>
    <message>
      <source>Racer username</source>
      <translation>Förarens användarnamn</translation>
    </message>
    <message>
      <source>Racers</source>
      <translation>Förare</translation>
    </message>
    <message>
      <source>Racers CSV</source>
      <translation>Förar-CSV</translation>
    </message>
    <message>
      <source>Racers on the venue Wi-Fi open this address (or scan the code) and enter the upload code to hand in their model.</source>
      <translation>Förare på evenemangets wifi öppnar den här adressen (eller skannar koden) och anger uppladdningskoden för att lämna in sin modell.</translation>
    </message>
    <message>
      <source>Races</source>
      <translation>Lopp</translation>
    </message>
    <message>
      <source>Rank</source>
      <translation>Placering</translation>
    </message>
    <message>
      <source>Rank {n}.</source>
      <translation>Placering {n}.</translation>
    </message>
    <message>
      <source>Ranked by {figure}</source>
      <translation>Rankad efter {figure}</translation>
    </message>
    <message>
      <source>Ranking</source>
      <translation>Rankning</translation>
    </message>
    <message>
      <source>Read status</source>
      <translation>Läs status</translation>
    </message>
    <message>
      <source>Reading the event…</source>
      <translation>Läser evenemanget…</translation>
    </message>
    <message>
      <source>Reading the results…</source>
      <translation>Läser resultaten…</translation>
    </message>
    <message>
      <source>Ready to time</source>
      <translation>Redo för tidtagning</translation>
    </message>
    <message>
      <source>Ready: press Space to start (or the first sensor trigger starts)</source>
      <translation>Redo: tryck Mellanslag för att starta (eller den första sensorutlösningen startar)</translation>
    </message>
    <message>
      <source>Reason for an extra run (recorded)</source>
      <translation>Skäl till ett extra åk (registreras)</translation>
    </message>
    <message>
      <source>Received; checking…</source>
      <translation>Mottagen; kontrollerar…</translation>
    </message>
    <message>
      <source>Reconnecting…</source>
      <translation>Ansluter igen…</translation>
    </message>
    <message>
      <source>Refused: {first}</source>
      <translation>Avvisad: {first}</translation>
    </message>
    <message>
      <source>Refused: {which}</source>
      <translation>Avvisad: {which}</translation>
    </message>
    <message>
      <source>Region</source>
      <translation>Region</translation>
    </message>
    <message>
      <source>Register  ⏎</source>
      <translation>Anmäl  ⏎</translation>
    </message>
    <message>
      <source>Register a racer</source>
      <translation>Anmäl en förare</translation>
    </message>
    <message>
      <source>Registered racer {name} ({id}).</source>
      <translation>Föraren {name} ({id}) anmäld.</translation>
    </message>
    <message>
      <source>Registered {username}.</source>
      <translation>{username} anmäld.</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>Ta bort</translation>
    </message>
    <message>
      <source>Remove fleet</source>
      <translation>Ta bort flotta</translation>
    </message>
    <message>
      <source>Remove the fleet {name}? It holds no cars.</source>
      <translation>Ta bort flottan {name}? Den har inga bilar.</translation>
    </message>
    <message>
      <source>Remove the fleet {name}? Its {n} car(s) stay registered, in no fleet.</source>
      <translation>Ta bort flottan {name}? Dess {n} bil(ar) förblir registrerade, utan flotta.</translation>
    </message>
    <message>
      <source>Rename fleet</source>
      <translation>Byt namn på flotta</translation>
    </message>
    <message>
      <source>Rename fleet…</source>
      <translation>Byt namn på flotta…</translation>
    </message>
    <message>
      <source>Reset +1</source>
      <translation>Återställning +1</translation>
    </message>
    <message>
      <source>Reset count</source>
      <translation>Antal återställningar</translation>
    </message>
    <message>
      <source>Reset −1</source>
      <translation>Återställning −1</translation>
    </message>
    <message>
      <source>Resets</source>
      <translation>Återställningar</translation>
    </message>
    <message>
      <source>Resets allowed per lap</source>
      <translation>Tillåtna återställningar per varv</translation>
    </message>
    <message>
      <source>Resets allowed per lap must be 0 or more (or unlimited).</source>
      <translation>Tillåtna återställningar per varv måste vara 0 eller fler (eller obegränsat).</translation>
    </message>
    <message>
      <source>Resets allowed per lap: {value}</source>
      <translation>Tillåtna återställningar per varv: {value}</translation>
    </message>
    <message>
      <source>Resets cannot be negative.</source>
      <translation>Återställningar kan inte vara negativa.</translation>
    </message>
    <message>
      <source>Resets this lap</source>
      <translation>Återställningar det här varvet</translation>
    </message>
    <message>
      <source>Resets “{text}” must be a whole number, 0 or more.</source>
      <translation>Återställningar ”{text}” måste vara ett heltal, 0 eller mer.</translation>
    </message>
    <message>
      <source>Restart service</source>
      <translation>Starta om tjänsten</translation>
    </message>
    <message>
      <source>Restore lap</source>
      <translation>Återställ varv</translation>
    </message>
    <message>
      <source>Restore run</source>
      <translation>Återställ åk</translation>
    </message>
    <message>
      <source>Restored “{name}” ({summary}).</source>
      <translation>”{name}” återställt ({summary}).</translation>
    </message>
    <message>
      <source>Restored.</source>
      <translation>Återställt.</translation>
    </message>
    <message>
      <source>Restoring the event…</source>
      <translation>Återställer evenemanget…</translation>
    </message>
    <message>
      <source>Result</source>
      <translation>Resultat</translation>
    </message>
    <message>
      <source>Results data (JSON)</source>
      <translation>Resultatdata (JSON)</translation>
    </message>
    <message>
      <source>Resume</source>
      <translation>Fortsätt</translation>
    </message>
    <message>
      <source>Retire</source>
      <translation>Pensionera</translation>
    </message>
    <message>
      <source>Retry failed</source>
      <translation>Försök igen med misslyckade</translation>
    </message>
    <message>
      <source>Rules</source>
      <translation>Regler</translation>
    </message>
    <message>
      <source>Rules, every leaderboard and the statistics, to print or send.</source>
      <translation>Regler, varje resultattavla och statistiken, att skriva ut eller skicka.</translation>
    </message>
    <message>
      <source>Run</source>
      <translation>Åk</translation>
    </message>
    <message>
      <source>Run AWS DeepRacer events at the track, offline. With no command, opens the app.</source>
      <translation>Kör AWS DeepRacer-evenemang vid banan, offline. Utan kommando öppnas appen.</translation>
    </message>
    <message>
      <source>Run deleted: it no longer counts.</source>
      <translation>Åket borttaget: det räknas inte längre.</translation>
    </message>
    <message>
      <source>Run over</source>
      <translation>Åket slut</translation>
    </message>
    <message>
      <source>Run over for {name}. Best lap {best}. {rank}</source>
      <translation>Loppet är slut för {name}. Bästa varv {best}. {rank}</translation>
    </message>
    <message>
      <source>Run restored: it counts again.</source>
      <translation>Åket återställt: det räknas igen.</translation>
    </message>
    <message>
      <source>Running</source>
      <translation>Pågår</translation>
    </message>
    <message>
      <source>Runs</source>
      <translation>Åk</translation>
    </message>
    <message>
      <source>Runs per racer</source>
      <translation>Åk per förare</translation>
    </message>
    <message>
      <source>Sample line said. Heard nothing? Check the volume and the sound output.</source>
      <translation>Provmeningen sagd. Hörde du inget? Kontrollera volymen och ljudutgången.</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Spara</translation>
    </message>
    <message>
      <source>Save changes</source>
      <translation>Spara ändringar</translation>
    </message>
    <message>
      <source>Save exports in</source>
      <translation>Spara exporter i</translation>
    </message>
    <message>
      <source>Save in folder</source>
      <translation>Spara i mapp</translation>
    </message>
    <message>
      <source>Save password for ticked cars</source>
      <translation>Spara lösenord för förbockade bilar</translation>
    </message>
    <message>
      <source>Saved the changes to “{name}”.</source>
      <translation>Sparade ändringarna i ”{name}”.</translation>
    </message>
    <message>
      <source>Saved {name}.</source>
      <translation>{name} sparad.</translation>
    </message>
    <message>
      <source>Saved {path}</source>
      <translation>{path} sparad</translation>
    </message>
    <message>
      <source>Saved {username}.</source>
      <translation>{username} sparad.</translation>
    </message>
    <message>
      <source>Saved. The leaderboard window shows the QR code and footer now; a new port is used from the next start.</source>
      <translation>Sparat. Resultattavlans fönster visar nu QR-koden och sidfoten; en ny port används från nästa start.</translation>
    </message>
    <message>
      <source>Saved. This laptop syncs with {url}.</source>
      <translation>Sparat. Den här datorn synkar med {url}.</translation>
    </message>
    <message>
      <source>Say which operation on which track.</source>
      <translation>Ange vilken åtgärd på vilken bana.</translation>
    </message>
    <message>
      <source>Scan a folder for models</source>
      <translation>Sök efter modeller i en mapp</translation>
    </message>
    <message>
      <source>Scan a folder…</source>
      <translation>Sök i en mapp…</translation>
    </message>
    <message>
      <source>Scan drive</source>
      <translation>Sök på enhet</translation>
    </message>
    <message>
      <source>Scan for the event page</source>
      <translation>Skanna för evenemangets sida</translation>
    </message>
    <message>
      <source>Screen</source>
      <translation>Skärm</translation>
    </message>
    <message>
      <source>Search username or name…</source>
      <translation>Sök användarnamn eller namn…</translation>
    </message>
    <message>
      <source>Secret access key</source>
      <translation>Hemlig åtkomstnyckel</translation>
    </message>
    <message>
      <source>Seen on this network</source>
      <translation>Sedda i det här nätverket</translation>
    </message>
    <message>
      <source>Select a laptop in the list of laptops seen on this network.</source>
      <translation>Markera en dator i listan över datorer som setts i det här nätverket.</translation>
    </message>
    <message>
      <source>Select a paired laptop first.</source>
      <translation>Markera en parkopplad dator först.</translation>
    </message>
    <message>
      <source>Select a run or lap to see every change made to it.</source>
      <translation>Markera ett åk eller ett varv för att se varje ändring som gjorts i det.</translation>
    </message>
    <message>
      <source>Select at least one car.</source>
      <translation>Markera minst en bil.</translation>
    </message>
    <message>
      <source>Select the lap to delete or restore first.</source>
      <translation>Markera först varvet som ska tas bort eller återställas.</translation>
    </message>
    <message>
      <source>Send the upload from the upload page (a multipart form).</source>
      <translation>Skicka uppladdningen från uppladdningssidan (ett multipart-formulär).</translation>
    </message>
    <message>
      <source>Sensor trigger {since} after the last one was treated as the same car (debounced). If a lap was missed, press L.</source>
      <translation type="vanished">Sensorutlösningen {since} efter den förra räknades som samma bil (avstudsad). Om ett varv missades, tryck L.</translation>
    </message>
    <message>
      <source>Sensor trigger {since} s after the lap began was treated as the same car (debounced). If a lap was missed, press L.</source>
      <translation>Sensorutlösningen {since} s efter att varvet började räknades som samma bil (avstudsad). Om ett varv missades, tryck L.</translation>
    </message>
    <message>
      <source>Sensor triggers</source>
      <translation>Sensorutlösningar</translation>
    </message>
    <message>
      <source>Sensor {name} exists only in the simulator; cars refuse it.</source>
      <translation>Sensorn {name} finns bara i simulatorn; bilar avvisar den.</translation>
    </message>
    <message>
      <source>Sensors</source>
      <translation>Sensorer</translation>
    </message>
    <message>
      <source>Sensors per track</source>
      <translation>Sensorer per bana</translation>
    </message>
    <message>
      <source>Set PIN</source>
      <translation>Sätt PIN-kod</translation>
    </message>
    <message>
      <source>Set up DREM Desktop</source>
      <translation>Konfigurera DREM Desktop</translation>
    </message>
    <message>
      <source>Settings</source>
      <translation>Inställningar</translation>
    </message>
    <message>
      <source>Several racers are called {name}: add them by username ({names}).</source>
      <translation>Flera förare heter {name}: lägg till dem med användarnamn ({names}).</translation>
    </message>
    <message>
      <source>Shortest lap counted</source>
      <translation>Kortaste räknade varv</translation>
    </message>
    <message>
      <source>Show</source>
      <translation>Visa</translation>
    </message>
    <message>
      <source>Show deleted laps</source>
      <translation>Visa borttagna varv</translation>
    </message>
    <message>
      <source>Show deleted runs</source>
      <translation>Visa borttagna åk</translation>
    </message>
    <message>
      <source>Simulated Pi timer at {url}</source>
      <translation>Simulerad Pi-tidtagare på {url}</translation>
    </message>
    <message>
      <source>Simulated lap sensor on {path}</source>
      <translation>Simulerad varvsensor på {path}</translation>
    </message>
    <message>
      <source>Size</source>
      <translation>Storlek</translation>
    </message>
    <message>
      <source>Skipped {n}:</source>
      <translation>Hoppade över {n}:</translation>
    </message>
    <message>
      <source>Software</source>
      <translation>Programvara</translation>
    </message>
    <message>
      <source>Someone else drives for the registered racer; the leaderboard marks the name with *.</source>
      <translation>Någon annan kör åt den anmälda föraren; resultattavlan märker namnet med *.</translation>
    </message>
    <message>
      <source>Something went wrong ({error}); {where}.</source>
      <translation>Något gick fel ({error}); {where}.</translation>
    </message>
    <message>
      <source>Source</source>
      <translation>Källa</translation>
    </message>
    <message>
      <source>Speak call-outs</source>
      <translation>Säg utrop</translation>
    </message>
    <message>
      <source>Speaking a sample line…</source>
      <translation>Säger en provmening…</translation>
    </message>
    <message>
      <source>Speed</source>
      <translation>Fart</translation>
    </message>
    <message>
      <source>Spoken call-outs</source>
      <translation>Talade utrop</translation>
    </message>
    <message>
      <source>Sponsor</source>
      <translation>Sponsor</translation>
    </message>
    <message>
      <source>Staging is switched off in Settings.</source>
      <translation>Förladdning är avstängd i Inställningar.</translation>
    </message>
    <message>
      <source>Start</source>
      <translation>Starta</translation>
    </message>
    <message>
      <source>Started</source>
      <translation>Startad</translation>
    </message>
    <message>
      <source>State</source>
      <translation>Läge</translation>
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
      <translation>Stoppa bilar</translation>
    </message>
    <message>
      <source>Stopping.</source>
      <translation>Stoppar.</translation>
    </message>
    <message>
      <source>Stream overlay (OBS browser source)</source>
      <translation>Strömningsöverlägg (OBS-webbläsarkälla)</translation>
    </message>
    <message>
      <source>Submit</source>
      <translation>Lämna in</translation>
    </message>
    <message>
      <source>Submitted: not ranked yet ({what}).</source>
      <translation>Inlämnat: inte rankat än ({what}).</translation>
    </message>
    <message>
      <source>Submitted: rank {rank} of {n}, best {best}</source>
      <translation>Inlämnat: plats {rank} av {n}, bästa {best}</translation>
    </message>
    <message>
      <source>Summary (CSV)</source>
      <translation>Sammanfattning (CSV)</translation>
    </message>
    <message>
      <source>Sync</source>
      <translation>Synk</translation>
    </message>
    <message>
      <source>Sync error</source>
      <translation>Synkfel</translation>
    </message>
    <message>
      <source>Sync failed: {error}</source>
      <translation>Synken misslyckades: {error}</translation>
    </message>
    <message>
      <source>Sync is off: set a bucket or pair a laptop in Settings → Sync.</source>
      <translation>Synken är avstängd: sätt en bucket eller parkoppla en dator under Inställningar → Synk.</translation>
    </message>
    <message>
      <source>Sync now</source>
      <translation>Synka nu</translation>
    </message>
    <message>
      <source>Sync off</source>
      <translation>Synk av</translation>
    </message>
    <message>
      <source>Synced</source>
      <translation>Synkad</translation>
    </message>
    <message>
      <source>Synced with {url}.</source>
      <translation>Synkad med {url}.</translation>
    </message>
    <message>
      <source>Synced with {url}: {summary}.</source>
      <translation>Synkad med {url}: {summary}.</translation>
    </message>
    <message>
      <source>Syncing with {url}…</source>
      <translation>Synkar med {url}…</translation>
    </message>
    <message>
      <source>Syncing…</source>
      <translation>Synkar…</translation>
    </message>
    <message>
      <source>Tablet PIN removed: the tablet page refuses everyone.</source>
      <translation>PIN-koden för surfplattan borttagen: surfplattans sida nekar alla.</translation>
    </message>
    <message>
      <source>Tablet PIN set. Open /tablet on the LAN pages from a tablet.</source>
      <translation>PIN-koden för surfplattan satt. Öppna /tablet på LAN-sidorna från en surfplatta.</translation>
    </message>
    <message>
      <source>Tablet timekeeper</source>
      <translation>Tidtagning på surfplatta</translation>
    </message>
    <message>
      <source>Tablet timekeeper (operator PIN)</source>
      <translation>Tidtagning på surfplatta (operatörens PIN-kod)</translation>
    </message>
    <message>
      <source>Tablet timekeeping is off.</source>
      <translation>Tidtagning på surfplatta är avstängd.</translation>
    </message>
    <message>
      <source>Tablet · {track}</source>
      <translation>Surfplatta · {track}</translation>
    </message>
    <message>
      <source>Tail light</source>
      <translation>Baklykta</translation>
    </message>
    <message>
      <source>Test connection</source>
      <translation>Testa anslutningen</translation>
    </message>
    <message>
      <source>Test voice</source>
      <translation>Testa rösten</translation>
    </message>
    <message>
      <source>Testing {url}…</source>
      <translation>Testar {url}…</translation>
    </message>
    <message>
      <source>That address is not another DREM Desktop laptop.</source>
      <translation>Den adressen är inte en annan dator med DREM Desktop.</translation>
    </message>
    <message>
      <source>That fleet no longer exists.</source>
      <translation>Den flottan finns inte längre.</translation>
    </message>
    <message>
      <source>That lap no longer exists.</source>
      <translation>Det varvet finns inte längre.</translation>
    </message>
    <message>
      <source>That laptop is not showing a pairing code (or its code expired): show a new one.</source>
      <translation>Den datorn visar ingen parkopplingskod (eller så har koden gått ut): visa en ny.</translation>
    </message>
    <message>
      <source>That racer is no longer on deck.</source>
      <translation>Den föraren står inte längre i kön.</translation>
    </message>
    <message>
      <source>That racer is not registered.</source>
      <translation>Den föraren är inte anmäld.</translation>
    </message>
    <message>
      <source>That track no longer exists.</source>
      <translation>Den banan finns inte längre.</translation>
    </message>
    <message>
      <source>That upload code is not right. Check the code shown at the organizer's desk.</source>
      <translation>Den uppladdningskoden stämmer inte. Kontrollera koden som visas vid arrangörernas bord.</translation>
    </message>
    <message>
      <source>The 6-digit code {name} shows:</source>
      <translation>Den 6-siffriga koden som {name} visar:</translation>
    </message>
    <message>
      <source>The LAN pages did not start: {message}</source>
      <translation>LAN-sidorna startade inte: {message}</translation>
    </message>
    <message>
      <source>The PIN must be {lo} to {hi} digits.</source>
      <translation>PIN-koden måste ha {lo} till {hi} siffror.</translation>
    </message>
    <message>
      <source>The Pi timer at {url} closed the connection; reconnecting.</source>
      <translation>Pi-tidtagaren på {url} stängde anslutningen; ansluter igen.</translation>
    </message>
    <message>
      <source>The Pi timer sent a binary frame; ignored.</source>
      <translation>Pi-tidtagaren skickade en binär ram; ignorerad.</translation>
    </message>
    <message>
      <source>The Pi timer sent a lap without a usable timestamp ({reason}); timed by this computer instead.</source>
      <translation>Pi-tidtagaren skickade ett varv utan användbar tidsstämpel ({reason}); tidtaget av den här datorn i stället.</translation>
    </message>
    <message>
      <source>The action space has more than 1000 actions; this is not a DeepRacer model.</source>
      <translation>Aktionsrummet har fler än 1000 aktioner; det här är ingen DeepRacer-modell.</translation>
    </message>
    <message>
      <source>The archive could not be read ({error}). Copy it again.</source>
      <translation>Arkivet kunde inte läsas ({error}). Kopiera det igen.</translation>
    </message>
    <message>
      <source>The archive ends with half an end-of-archive marker, so it may be cut short. Copy or export it again.</source>
      <translation>Arkivet slutar med en halv slutmarkering, så det kan vara avkortat. Kopiera eller exportera det igen.</translation>
    </message>
    <message>
      <source>The archive has a lone zero block at byte {offset} with more entries after it; some tools stop there and others go on, so it is refused. Export the model again.</source>
      <translation>Arkivet har ett ensamt nollblock vid byte {offset} med fler poster efter; vissa verktyg stannar där och andra fortsätter, så det avvisas. Exportera modellen igen.</translation>
    </message>
    <message>
      <source>The archive has no end-of-archive marker, so it may be cut short. Copy or export it again.</source>
      <translation>Arkivet saknar slutmarkering, så det kan vara avkortat. Kopiera eller exportera det igen.</translation>
    </message>
    <message>
      <source>The archive holds more data after its end-of-archive marker; some tools would extract it and others not, so it is refused. Export the model again.</source>
      <translation>Arkivet innehåller mer data efter sin slutmarkering; vissa verktyg skulle packa upp den och andra inte, så det avvisas. Exportera modellen igen.</translation>
    </message>
    <message>
      <source>The archive holds {what}; model archives hold only plain files and folders.</source>
      <translation>Arkivet innehåller {what}; modellarkiv innehåller bara vanliga filer och mappar.</translation>
    </message>
    <message>
      <source>The archive is cut short (truncated). Copy or download it again.</source>
      <translation>Arkivet är avkortat. Kopiera eller ladda ner det igen.</translation>
    </message>
    <message>
      <source>The archive is damaged ({error}). Copy or export it again.</source>
      <translation>Arkivet är skadat ({error}). Kopiera eller exportera det igen.</translation>
    </message>
    <message>
      <source>The archive is damaged: the entry header at byte {offset} is not valid ({why}). Tools read such an archive differently, so it is refused; export the model again.</source>
      <translation>Arkivet är skadat: posthuvudet vid byte {offset} är ogiltigt ({why}). Verktyg läser ett sådant arkiv olika, så det avvisas; exportera modellen igen.</translation>
    </message>
    <message>
      <source>The audio player did not finish within a minute.</source>
      <translation>Ljudspelaren blev inte klar inom en minut.</translation>
    </message>
    <message>
      <source>The average window must be 3 to 7 consecutive laps.</source>
      <translation>Medelvärdesfönstret måste vara 3 till 7 varv i följd.</translation>
    </message>
    <message>
      <source>The board on {port} does not send DREM sensor lines. Flash the DREM firmware, or choose the line mode it speaks ({port}?mode=json or {port}?mode=lines).</source>
      <translation>Kortet på {port} skickar inga DREM-sensorrader. Flasha DREM-firmware, eller välj det radläge det talar ({port}?mode=json eller {port}?mode=lines).</translation>
    </message>
    <message>
      <source>The bucket and this laptop agree.</source>
      <translation>Bucketen och den här datorn stämmer överens.</translation>
    </message>
    <message>
      <source>The bucket and this laptop do not agree yet: run sync again, or see the refusals above.</source>
      <translation>Bucketen och den här datorn stämmer inte överens än: synka igen, eller se avvisningarna ovan.</translation>
    </message>
    <message>
      <source>The bucket asks to slow down ({code}); sync tries again shortly.</source>
      <translation>Bucketen ber om att sakta ner ({code}); synken försöker igen strax.</translation>
    </message>
    <message>
      <source>The bucket assembled {key} differently from what was sent.</source>
      <translation>Bucketen satte ihop {key} annorlunda än det som skickades.</translation>
    </message>
    <message>
      <source>The bucket connection failed: {error}</source>
      <translation>Anslutningen till bucketen misslyckades: {error}</translation>
    </message>
    <message>
      <source>The bucket did not give back what was written to it.</source>
      <translation>Bucketen gav inte tillbaka det som skrevs till den.</translation>
    </message>
    <message>
      <source>The bucket endpoint had an error ({code}); sync tries again shortly.</source>
      <translation>Bucketens slutpunkt hade ett fel ({code}); synken försöker igen strax.</translation>
    </message>
    <message>
      <source>The bucket refused the request: {code} {message}</source>
      <translation>Bucketen avvisade begäran: {code} {message}</translation>
    </message>
    <message>
      <source>The bucket refused these credentials ({code}): check the access key and secret in Settings → Sync.</source>
      <translation>Bucketen avvisade de här uppgifterna ({code}): kontrollera åtkomstnyckeln och hemligheten under Inställningar → Synk.</translation>
    </message>
    <message>
      <source>The bucket stored {key} damaged (checksum differs); it is written again next time.</source>
      <translation>Bucketen lagrade {key} skadad (kontrollsumman skiljer sig); den skrivs igen nästa gång.</translation>
    </message>
    <message>
      <source>The car is racing: pause the run (Space) before loading another model</source>
      <translation>Bilen kör: pausa åket (Mellanslag) innan du laddar en annan modell</translation>
    </message>
    <message>
      <source>The car is racing: pause the run (Space) before loading another model.</source>
      <translation>Bilen kör: pausa åket (Mellanslag) innan du laddar en annan modell.</translation>
    </message>
    <message>
      <source>The cars of this fleet are loaded with the models of the racers on deck</source>
      <translation>Bilarna i den här flottan laddas med modellerna för förarna i kön</translation>
    </message>
    <message>
      <source>The code did not match.</source>
      <translation>Koden stämde inte.</translation>
    </message>
    <message>
      <source>The code does not match: check the 6 digits on the other laptop's screen.</source>
      <translation>Koden stämmer inte: kontrollera de 6 siffrorna på den andra datorns skärm.</translation>
    </message>
    <message>
      <source>The code has 6 digits, as shown on the other laptop.</source>
      <translation>Koden har 6 siffror, som den andra datorn visar.</translation>
    </message>
    <message>
      <source>The code racers type on the upload page. A new code stops the old one at once.</source>
      <translation>Koden som förarna skriver på uppladdningssidan. En ny kod stoppar den gamla direkt.</translation>
    </message>
    <message>
      <source>The connection to car {car} dropped during the transfer{detail}; the car keeps the models it had. Check the car's network and retry.</source>
      <translation>Anslutningen till bil {car} bröts under överföringen{detail}; bilen behåller modellerna den hade. Kontrollera bilens nätverk och försök igen.</translation>
    </message>
    <message>
      <source>The continuous {key} range has low {low} not below high {high}; the car refuses it.</source>
      <translation>Det kontinuerliga intervallet {key} har min {low} som inte är under max {high}; bilen avvisar det.</translation>
    </message>
    <message>
      <source>The continuous {key} range needs numeric low and high.</source>
      <translation>Det kontinuerliga intervallet {key} kräver numeriska low och high.</translation>
    </message>
    <message>
      <source>The country code</source>
      <translation>Landskoden</translation>
    </message>
    <message>
      <source>The disk holding the data folder ({folder}) is full: the database cannot be opened. Free some space (empty the trash, delete old videos or downloads), then start again.</source>
      <translation>Disken med datamappen ({folder}) är full: databasen kan inte öppnas. Frigör utrymme (töm papperskorgen, radera gamla videor eller nedladdningar) och starta sedan igen.</translation>
    </message>
    <message>
      <source>The disk holding the data folder ({folder}) was full: the app gave up the {mb} MB it keeps in reserve so timing can go on. Free some space now.</source>
      <translation>Disken med datamappen ({folder}) blev full: appen släppte de {mb} MB den håller i reserv så att tidtagningen kan fortsätta. Frigör utrymme nu.</translation>
    </message>
    <message>
      <source>The display name</source>
      <translation>Visningsnamnet</translation>
    </message>
    <message>
      <source>The e-mail address</source>
      <translation>E-postadressen</translation>
    </message>
    <message>
      <source>The entry {name!r} appears twice; the second copy would silently replace the first.</source>
      <translation>Posten {name!r} förekommer två gånger; den andra kopian skulle tyst ersätta den första.</translation>
    </message>
    <message>
      <source>The entry {name!r} asks to run with raised privileges (setuid/setgid).</source>
      <translation>Posten {name!r} begär att köras med förhöjda rättigheter (setuid/setgid).</translation>
    </message>
    <message>
      <source>The entry {name!r} climbs out of the model folder with '..'.</source>
      <translation>Posten {name!r} klättrar ut ur modellmappen med '..'.</translation>
    </message>
    <message>
      <source>The entry {name!r} has an absolute path; it would unpack outside the model folder.</source>
      <translation>Posten {name!r} har en absolut sökväg; den skulle packas upp utanför modellmappen.</translation>
    </message>
    <message>
      <source>The entry {name!r} has control characters in its name.</source>
      <translation>Posten {name!r} har styrtecken i sitt namn.</translation>
    </message>
    <message>
      <source>The entry {name!r} is a device file.</source>
      <translation>Posten {name!r} är en enhetsfil.</translation>
    </message>
    <message>
      <source>The entry {name!r} is a link; model archives hold only plain files.</source>
      <translation>Posten {name!r} är en länk; modellarkiv innehåller bara vanliga filer.</translation>
    </message>
    <message>
      <source>The entry {name!r} is a named pipe (FIFO).</source>
      <translation>Posten {name!r} är ett namngivet rör (FIFO).</translation>
    </message>
    <message>
      <source>The entry {name!r} uses backslashes in its path.</source>
      <translation>Posten {name!r} använder omvända snedstreck i sökvägen.</translation>
    </message>
    <message>
      <source>The event date</source>
      <translation>Evenemangets datum</translation>
    </message>
    <message>
      <source>The event date {text} is not between {first} and {last}.</source>
      <translation>Datumet {text} ligger inte mellan {first} och {last}.</translation>
    </message>
    <message>
      <source>The event has no track {n}.</source>
      <translation>Evenemanget har ingen bana {n}.</translation>
    </message>
    <message>
      <source>The event name</source>
      <translation>Evenemangets namn</translation>
    </message>
    <message>
      <source>The event “{name}” is already on this laptop (same id): nothing was restored.</source>
      <translation>Evenemanget ”{name}” finns redan på den här datorn (samma id): inget återställdes.</translation>
    </message>
    <message>
      <source>The file could not be opened ({error}).</source>
      <translation>Filen kunde inte öppnas ({error}).</translation>
    </message>
    <message>
      <source>The file goes on after the end of its compressed data (a second gzip stream or appended bytes); a model archive is one .tar.gz stream. Export it again.</source>
      <translation>Filen fortsätter efter slutet på sin komprimerade data (en andra gzip-ström eller tillagda byte); ett modellarkiv är en enda .tar.gz-ström. Exportera det igen.</translation>
    </message>
    <message>
      <source>The file is empty.</source>
      <translation>Filen är tom.</translation>
    </message>
    <message>
      <source>The file is too large: the limit is {mb} MB per model.</source>
      <translation>Filen är för stor: gränsen är {mb} MB per modell.</translation>
    </message>
    <message>
      <source>The file is {size} MB; the limit is {limit} MB.</source>
      <translation>Filen är {size} MB; gränsen är {limit} MB.</translation>
    </message>
    <message>
      <source>The fleet name</source>
      <translation>Flottans namn</translation>
    </message>
    <message>
      <source>The form expired: type the PIN again.</source>
      <translation>Formuläret har gått ut: skriv PIN-koden igen.</translation>
    </message>
    <message>
      <source>The form has too many parts.</source>
      <translation>Formuläret har för många delar.</translation>
    </message>
    <message>
      <source>The gzip data does not hold a valid tar archive ({why}).</source>
      <translation>Gzip-datan innehåller inget giltigt tar-arkiv ({why}).</translation>
    </message>
    <message>
      <source>The gzip data holds an empty tar archive: no model in it.</source>
      <translation>Gzip-datan innehåller ett tomt tar-arkiv: ingen modell i det.</translation>
    </message>
    <message>
      <source>The highlight colour</source>
      <translation>Markeringsfärgen</translation>
    </message>
    <message>
      <source>The lap index must be a number.</source>
      <translation>Varvets index måste vara ett tal.</translation>
    </message>
    <message>
      <source>The laptop answered {status}.</source>
      <translation>Datorn svarade {status}.</translation>
    </message>
    <message>
      <source>The laptop is busy checking other uploads. Try again in a minute.</source>
      <translation>Datorn kontrollerar andra uppladdningar. Försök igen om en minut.</translation>
    </message>
    <message>
      <source>The laptop is running out of disk space ({free:.0f} MB free), so model uploads are paused to keep room for lap timing. Hand your model to the organizer on a USB stick, or try again later.</source>
      <translation>Datorn håller på att få slut på diskutrymme ({free:.0f} MB ledigt), så modelluppladdningar är pausade för att ge tidtagningen plats. Lämna din modell till arrangören på ett USB-minne, eller försök igen senare.</translation>
    </message>
    <message>
      <source>The leaderboard address must start with http:// or https://.</source>
      <translation>Resultattavlans adress måste börja med http:// eller https://.</translation>
    </message>
    <message>
      <source>The leaderboard footer</source>
      <translation>Resultattavlans sidfot</translation>
    </message>
    <message>
      <source>The leaderboard title</source>
      <translation>Resultattavlans rubrik</translation>
    </message>
    <message>
      <source>The model cannot be loaded onto car {car}: {reason}</source>
      <translation>Modellen kan inte laddas på bil {car}: {reason}</translation>
    </message>
    <message>
      <source>The model file {file} cannot be read ({error}); import it again.</source>
      <translation>Modellfilen {file} kan inte läsas ({error}); importera den igen.</translation>
    </message>
    <message>
      <source>The model file {name} is empty.</source>
      <translation>Modellfilen {name} är tom.</translation>
    </message>
    <message>
      <source>The model is on {car}.</source>
      <translation>Modellen finns på {car}.</translation>
    </message>
    <message>
      <source>The next connection to {n} car(s) trusts the key they show (re-flashed cars).</source>
      <translation>Nästa anslutning till {n} bil(ar) litar på nyckeln de visar (omflashade bilar).</translation>
    </message>
    <message>
      <source>The next racers' models go onto spare cars of the track's fleet</source>
      <translation>Nästa förares modeller läggs på lediga bilar i banans flotta</translation>
    </message>
    <message>
      <source>The number of resets</source>
      <translation>Antalet återställningar</translation>
    </message>
    <message>
      <source>The number of tracks</source>
      <translation>Antalet banor</translation>
    </message>
    <message>
      <source>The other laptop did not accept the pairing.</source>
      <translation>Den andra datorn godtog inte parkopplingen.</translation>
    </message>
    <message>
      <source>The push failed.</source>
      <translation>Sändningen misslyckades.</translation>
    </message>
    <message>
      <source>The racer's models in the library (newest first)</source>
      <translation>Förarens modeller i biblioteket (nyaste först)</translation>
    </message>
    <message>
      <source>The request is not JSON.</source>
      <translation>Begäran är inte JSON.</translation>
    </message>
    <message>
      <source>The request is not a JSON object.</source>
      <translation>Begäran är inte ett JSON-objekt.</translation>
    </message>
    <message>
      <source>The run is still going. Press S again to end it and submit, Esc to keep racing.</source>
      <translation>Åket pågår fortfarande. Tryck S igen för att avsluta och lämna in det, Esc för att fortsätta köra.</translation>
    </message>
    <message>
      <source>The run {id} is no longer in the database.</source>
      <translation>Åket {id} finns inte längre i databasen.</translation>
    </message>
    <message>
      <source>The sensor field must be a list of sensor names.</source>
      <translation>Fältet sensor måste vara en lista med sensornamn.</translation>
    </message>
    <message>
      <source>The sensor list is empty: the model must name at least one sensor.</source>
      <translation>Sensorlistan är tom: modellen måste ange minst en sensor.</translation>
    </message>
    <message>
      <source>The sensor on {port} sent trigger #{jumped} right after #{last}: no sensor skips that many. The trigger is in the log but not trusted; check the sensor and its cable.</source>
      <translation>Sensorn på {port} skickade utlösning #{jumped} direkt efter #{last}: ingen sensor hoppar över så många. Utlösningen finns i loggen men räknas inte; kontrollera sensorn och dess kabel.</translation>
    </message>
    <message>
      <source>The sensor on {port} was disconnected. Plug it back in: timing continues by itself.</source>
      <translation>Sensorn på {port} kopplades från. Anslut den igen: tidtagningen fortsätter av sig själv.</translation>
    </message>
    <message>
      <source>The sensor sent trigger #{jumped} right after #{last}: no sensor skips that many. It is in the trigger log but not trusted; check the sensor and its cable.</source>
      <translation>Sensorn skickade utlösning #{jumped} direkt efter #{last}: ingen sensor hoppar över så många. Den finns i utlösningsloggen men räknas inte; kontrollera sensorn och dess kabel.</translation>
    </message>
    <message>
      <source>The sensor started the run just before your tap, so the tap did not pause it. Tap Start / pause again to pause.</source>
      <translation>Sensorn startade åket precis före ditt tryck, så trycket pausade det inte. Tryck Start / paus igen för att pausa.</translation>
    </message>
    <message>
      <source>The sensor {how} the run {s:.1f} s before Space, so Space did not pause it. Press Space again to pause.</source>
      <translation>Sensorn {how} åket {s:.1f} s före Mellanslag, så Mellanslag pausade det inte. Tryck Mellanslag igen för att pausa.</translation>
    </message>
    <message>
      <source>The sensor's clock changed (it restarted, or another device answered). The lap in progress is timed by the laptop's clock; check it before submitting.</source>
      <translation>Sensorns klocka ändrades (den startade om, eller en annan enhet svarade). Pågående varv tidtas med datorns klocka; kontrollera det innan du lämnar in.</translation>
    </message>
    <message>
      <source>The sensor's clock gave {sensor:.3f} s but the laptop's clock {host:.3f} s; the lap has the laptop's time and does not count until you check it (mark it valid, or fix it).</source>
      <translation>Sensorns klocka gav {sensor:.3f} s men datorns klocka {host:.3f} s; varvet har datorns tid och räknas inte förrän du har kontrollerat det (markera det giltigt, eller rätta det).</translation>
    </message>
    <message>
      <source>The sponsor</source>
      <translation>Sponsorn</translation>
    </message>
    <message>
      <source>The system's language</source>
      <translation>Systemets språk</translation>
    </message>
    <message>
      <source>The template has a stray brace ({error}); write fields like {{name}}.</source>
      <translation>Mallen har en ensam klammer ({error}); skriv fält som {{name}}.</translation>
    </message>
    <message>
      <source>The timekeeper's keys always work as well. The choice is remembered per track and reopened at every start.</source>
      <translation>Tidtagningens tangenter fungerar alltid också. Valet sparas per bana och öppnas igen vid varje start.</translation>
    </message>
    <message>
      <source>The top three, large, then places 4 to 10: for the prize giving.</source>
      <translation>De tre främsta stort, sedan plats 4 till 10: för prisutdelningen.</translation>
    </message>
    <message>
      <source>The track name</source>
      <translation>Banans namn</translation>
    </message>
    <message>
      <source>The track number</source>
      <translation>Banans nummer</translation>
    </message>
    <message>
      <source>The transfer was cancelled; it resumes where it stopped next time.</source>
      <translation>Överföringen avbröts; den fortsätter där den stannade nästa gång.</translation>
    </message>
    <message>
      <source>The upload code</source>
      <translation>Uppladdningskoden</translation>
    </message>
    <message>
      <source>The upload is too large: at most {mb} MB at a time. Send large models one by one.</source>
      <translation>Uppladdningen är för stor: högst {mb} MB åt gången. Skicka stora modeller en i taget.</translation>
    </message>
    <message>
      <source>The upload stalled (nothing arrived for a minute). Check the Wi-Fi and try again.</source>
      <translation>Uppladdningen stannade (inget kom fram på en minut). Kontrollera wifi och försök igen.</translation>
    </message>
    <message>
      <source>The upload was interrupted. Check you are on the venue network and try again.</source>
      <translation>Uppladdningen avbröts. Kontrollera att du är på evenemangets nätverk och försök igen.</translation>
    </message>
    <message>
      <source>The voice did not say the line within {s} seconds.</source>
      <translation>Rösten sa inte utropet inom {s} sekunder.</translation>
    </message>
    <message>
      <source>The voice failed ({error}).</source>
      <translation>Rösten misslyckades ({error}).</translation>
    </message>
    <message>
      <source>The whole event in one file, to restore on another laptop.</source>
      <translation>Hela evenemanget i en fil, att återställa på en annan dator.</translation>
    </message>
    <message>
      <source>The {field} field is too long.</source>
      <translation>Fältet {field} är för långt.</translation>
    </message>
    <message>
      <source>There is already a fleet called “{name}”.</source>
      <translation>Det finns redan en flotta som heter ”{name}”.</translation>
    </message>
    <message>
      <source>There is no event on this laptop yet.</source>
      <translation>Det finns inget evenemang på den här datorn än.</translation>
    </message>
    <message>
      <source>There is no event {id} on this laptop.</source>
      <translation>Det finns inget evenemang {id} på den här datorn.</translation>
    </message>
    <message>
      <source>There is no lap to undo.</source>
      <translation>Det finns inget varv att ångra.</translation>
    </message>
    <message>
      <source>There is no lap yet to mark valid or invalid.</source>
      <translation>Det finns inget varv än att markera som giltigt eller ogiltigt.</translation>
    </message>
    <message>
      <source>There is no lap {n}.</source>
      <translation>Det finns inget varv {n}.</translation>
    </message>
    <message>
      <source>There is no page at this address.</source>
      <translation>Det finns ingen sida på den här adressen.</translation>
    </message>
    <message>
      <source>There is no short lap to count: it was already counted or a newer lap began.</source>
      <translation>Det finns inget kort varv att räkna: det har redan räknats eller så har ett nyare varv börjat.</translation>
    </message>
    <message>
      <source>There is no such lap to change.</source>
      <translation>Det varvet finns inte.</translation>
    </message>
    <message>
      <source>This build has no model library wired in yet (app.models). Models can still be uploaded once the LAN server runs.</source>
      <translation>Den här versionen har inget modellbibliotek än (app.models). Modeller kan ändå laddas upp när LAN-servern körs.</translation>
    </message>
    <message>
      <source>This bundle has no event in it.</source>
      <translation>Det här paketet innehåller inget evenemang.</translation>
    </message>
    <message>
      <source>This is not a .tar.gz file (no gzip header). Upload the model archive as exported from the DeepRacer console or training tool.</source>
      <translation>Det här är ingen .tar.gz-fil (inget gzip-huvud). Ladda upp modellarkivet som det exporterades från DeepRacer-konsolen eller träningsverktyget.</translation>
    </message>
    <message>
      <source>This is the call-out voice. Lap 3, 12.35.</source>
      <translation>Det här är utropsrösten. Varv 3, 12,35.</translation>
    </message>
    <message>
      <source>This laptop</source>
      <translation>Den här datorn</translation>
    </message>
    <message>
      <source>This laptop has no network address: connect to the venue network first.</source>
      <translation>Den här datorn har ingen nätverksadress: anslut den till evenemangets nätverk först.</translation>
    </message>
    <message>
      <source>This laptop is not showing a pairing code.</source>
      <translation>Den här datorn visar ingen parkopplingskod.</translation>
    </message>
    <message>
      <source>This laptop's name</source>
      <translation>Den här datorns namn</translation>
    </message>
    <message>
      <source>This laptop's pages answer only under its own address or name (for example http://{ip}:{port}/): open them that way, as the QR code on the organizer's screen does.</source>
      <translation>Den här datorns sidor svarar bara på dess egen adress eller namn (till exempel http://{ip}:{port}/): öppna dem så, som QR-koden på arrangörens skärm gör.</translation>
    </message>
    <message>
      <source>This racer has done {done} of {allowed} allowed runs. Give a reason to override.</source>
      <translation>Föraren har kört {done} av {allowed} tillåtna åk. Ange ett skäl för att gå förbi gränsen.</translation>
    </message>
    <message>
      <source>This racer has no model in the library: add one on the Models page (Ctrl+6).</source>
      <translation>Föraren har ingen modell i biblioteket: lägg till en på sidan Modeller (Ctrl+6).</translation>
    </message>
    <message>
      <source>This request did not come from the tablet page; nothing changed.</source>
      <translation>Den här begäran kom inte från surfplattans sida; inget ändrades.</translation>
    </message>
    <message>
      <source>This run is over: the car can no longer be changed.</source>
      <translation>Åket är slut: bilen kan inte längre bytas.</translation>
    </message>
    <message>
      <source>This run is still in progress: change its laps in the timekeeper.</source>
      <translation>Åket pågår fortfarande: ändra dess varv i tidtagningen.</translation>
    </message>
    <message>
      <source>This run is still in progress: end or discard it first.</source>
      <translation>Åket pågår fortfarande: avsluta eller kasta det först.</translation>
    </message>
    <message>
      <source>This run names no car.</source>
      <translation>Åket anger ingen bil.</translation>
    </message>
    <message>
      <source>This run names no car: there are no car logs to fetch.</source>
      <translation>Åket anger ingen bil: det finns inga billoggar att hämta.</translation>
    </message>
    <message>
      <source>This run never started: there are no car logs to fetch.</source>
      <translation>Åket startade aldrig: det finns inga billoggar att hämta.</translation>
    </message>
    <message>
      <source>This trigger could not be stored ({error}). Note the lap by hand.</source>
      <translation>Den här utlösningen kunde inte sparas ({error}). Anteckna varvet för hand.</translation>
    </message>
    <message>
      <source>This upload came from a page of another site. Open this laptop's upload page and send the model from there.</source>
      <translation>Den här uppladdningen kom från en sida på en annan webbplats. Öppna den här datorns uppladdningssida och skicka modellen därifrån.</translation>
    </message>
    <message>
      <source>This upload did not come from this laptop's upload page, or the page is more than a day old. Open the upload page again and send the model from there.</source>
      <translation>Den här uppladdningen kom inte från den här datorns uppladdningssida, eller så är sidan mer än ett dygn gammal. Öppna uppladdningssidan igen och skicka modellen därifrån.</translation>
    </message>
    <message>
      <source>Tick all shown</source>
      <translation>Bocka för alla som visas</translation>
    </message>
    <message>
      <source>Tick at least one car (or select one) first.</source>
      <translation>Bocka för minst en bil först (eller markera en).</translation>
    </message>
    <message>
      <source>Tick one car to fetch the logs of its last run.</source>
      <translation>Bocka för en bil för att hämta loggarna från dess senaste åk.</translation>
    </message>
    <message>
      <source>Tick the car whose new key you trust first.</source>
      <translation>Bocka först för bilen vars nya nyckel du litar på.</translation>
    </message>
    <message>
      <source>Tick the cars and type their password first.</source>
      <translation>Bocka först för bilarna och skriv deras lösenord.</translation>
    </message>
    <message>
      <source>Tick the cars whose password to forget first.</source>
      <translation>Bocka först för bilarna vars lösenord ska glömmas.</translation>
    </message>
    <message>
      <source>Ties are broken by the next best figure, then by who set the figure first.</source>
      <translation>Lika resultat avgörs av nästa bästa värde, sedan av vem som satte värdet först.</translation>
    </message>
    <message>
      <source>Time</source>
      <translation>Tid</translation>
    </message>
    <message>
      <source>Time left</source>
      <translation>Tid kvar</translation>
    </message>
    <message>
      <source>Time trial (race for a time)</source>
      <translation>Tidskörning (lopp på tid)</translation>
    </message>
    <message>
      <source>Time trial: best 3-lap average wins</source>
      <translation>Tidskörning: bästa medel över 3 varv vinner</translation>
    </message>
    <message>
      <source>Time trial: fastest lap wins</source>
      <translation>Tidskörning: snabbaste varv vinner</translation>
    </message>
    <message>
      <source>Timekeeper</source>
      <translation>Tidtagning</translation>
    </message>
    <message>
      <source>Timing “{event}” track {n}. Ctrl+C stops.</source>
      <translation>Tidtagning av ”{event}” bana {n}. Ctrl+C stoppar.</translation>
    </message>
    <message>
      <source>To join an event: type its bucket here and press Join an event…, or pair this laptop with one that has the event (right): it arrives by itself.</source>
      <translation>För att gå med i ett evenemang: skriv dess bucket här och tryck Gå med i ett evenemang…, eller parkoppla den här datorn med en som har evenemanget (till höger): det kommer av sig självt.</translation>
    </message>
    <message>
      <source>To next</source>
      <translation>Till nästa</translation>
    </message>
    <message>
      <source>To use another folder, start the app with  drem-desktop --data-dir PATH  (or set DREM_DATA_DIR). Each folder is a separate database with its own backups.</source>
      <translation>För att använda en annan mapp, starta appen med  drem-desktop --data-dir SÖKVÄG  (eller sätt DREM_DATA_DIR). Varje mapp är en egen databas med egna säkerhetskopior.</translation>
    </message>
    <message>
      <source>Too large: the limit is {mb} MB per model.</source>
      <translation>För stor: gränsen är {mb} MB per modell.</translation>
    </message>
    <message>
      <source>Too many lines were waiting.</source>
      <translation>För många utrop väntade.</translation>
    </message>
    <message>
      <source>Too many live leaderboards open on this device; close a few tabs and reload.</source>
      <translation>För många liveresultatlistor är öppna på den här enheten; stäng några flikar och ladda om.</translation>
    </message>
    <message>
      <source>Too many open leaderboards on this laptop; try again in a minute.</source>
      <translation>För många öppna resultattavlor på den här datorn; försök igen om en minut.</translation>
    </message>
    <message>
      <source>Too many uploads from this device. Wait a few minutes, then try again.</source>
      <translation>För många uppladdningar från den här enheten. Vänta några minuter och försök sedan igen.</translation>
    </message>
    <message>
      <source>Too many wrong PINs: try again in {s} s.</source>
      <translation>För många fel PIN-koder: försök igen om {s} s.</translation>
    </message>
    <message>
      <source>Too many wrong upload codes from this device. Wait ten minutes, then try again.</source>
      <translation>För många fel uppladdningskoder från den här enheten. Vänta tio minuter och försök sedan igen.</translation>
    </message>
    <message>
      <source>Total resets</source>
      <translation>Återställningar totalt</translation>
    </message>
    <message>
      <source>Track</source>
      <translation>Bana</translation>
    </message>
    <message>
      <source>Track already has a run in progress: end or discard it before picking the next racer.</source>
      <translation>Banan har redan ett åk som pågår: avsluta eller kasta det innan du väljer nästa förare.</translation>
    </message>
    <message>
      <source>Track number “{value}” must be written plainly, e.g. 1 or 2.</source>
      <translation>Bannumret ”{value}” måste skrivas enkelt, t.ex. 1 eller 2.</translation>
    </message>
    <message>
      <source>Track {n}</source>
      <translation>Bana {n}</translation>
    </message>
    <message>
      <source>Track {n} has a run in progress ({state}): type end, submit or discard first.</source>
      <translation>Bana {n} har ett pågående åk ({state}): skriv end, submit eller discard först.</translation>
    </message>
    <message>
      <source>Track {n}: no racer on the track (next USERNAME puts one on).</source>
      <translation>Bana {n}: ingen förare på banan (next ANVÄNDARNAMN sätter en där).</translation>
    </message>
    <message>
      <source>Track {n}: {name}, {state}, {laps} lap(s).</source>
      <translation>Bana {n}: {name}, {state}, {laps} varv.</translation>
    </message>
    <message>
      <source>Track {n}: {title}</source>
      <translation>Bana {n}: {title}</translation>
    </message>
    <message>
      <source>Tracks</source>
      <translation>Banor</translation>
    </message>
    <message>
      <source>Trust new key</source>
      <translation>Lita på ny nyckel</translation>
    </message>
    <message>
      <source>Try the simulator (a lap every ~12 s, no hardware)</source>
      <translation>Prova simulatorn (ett varv var ~12:e s, ingen hårdvara)</translation>
    </message>
    <message>
      <source>Type a name for the new fleet first.</source>
      <translation>Skriv ett namn för den nya flottan först.</translation>
    </message>
    <message>
      <source>Type the Pi timer's address, e.g. ws://192.168.1.50:8080.</source>
      <translation>Skriv Pi-tidtagarens adress, t.ex. ws://192.168.1.50:8080.</translation>
    </message>
    <message>
      <source>Type the bucket first, e.g. s3://my-club-bucket/deepracer.</source>
      <translation>Skriv bucketen först, t.ex. s3://min-klubbs-bucket/deepracer.</translation>
    </message>
    <message>
      <source>Type the other laptop's address as HOST:PORT, e.g. 192.168.1.21:8080.</source>
      <translation>Skriv den andra datorns adress som HOST:PORT, t.ex. 192.168.1.21:8080.</translation>
    </message>
    <message>
      <source>Type the racer's name first.</source>
      <translation>Skriv förarens namn först.</translation>
    </message>
    <message>
      <source>Type the racer's username or name.</source>
      <translation>Skriv förarens användarnamn eller namn.</translation>
    </message>
    <message>
      <source>Type the reason for the extra run first (it is recorded with the run).</source>
      <translation>Skriv skälet till det extra åket först (det registreras med åket).</translation>
    </message>
    <message>
      <source>Type the serial port (e.g. /dev/ttyACM0 or COM3), or choose another lap source.</source>
      <translation>Skriv serieporten (t.ex. /dev/ttyACM0 eller COM3), eller välj en annan varvkälla.</translation>
    </message>
    <message>
      <source>Type the timer address, or choose another lap source.</source>
      <translation>Skriv tidtagarens adress, eller välj en annan varvkälla.</translation>
    </message>
    <message>
      <source>USB lap sensor (found automatically)</source>
      <translation>USB-varvsensor (hittas automatiskt)</translation>
    </message>
    <message>
      <source>USB sensor (find it)</source>
      <translation>USB-sensor (hitta den)</translation>
    </message>
    <message>
      <source>USB sensor on port…</source>
      <translation>USB-sensor på port…</translation>
    </message>
    <message>
      <source>USB stick</source>
      <translation>USB-minne</translation>
    </message>
    <message>
      <source>Understood</source>
      <translation>Uppfattat</translation>
    </message>
    <message>
      <source>Undo finish</source>
      <translation>Ångra målgång</translation>
    </message>
    <message>
      <source>Unknown action_space_type {value!r}: the car knows discrete and continuous.</source>
      <translation>Okänd action_space_type {value!r}: bilen känner till discrete och continuous.</translation>
    </message>
    <message>
      <source>Unknown command “{c}”. {help}</source>
      <translation>Okänt kommando ”{c}”. {help}</translation>
    </message>
    <message>
      <source>Unknown export format “{fmt}”: use one of {formats}.</source>
      <translation>Okänt exportformat ”{fmt}”: använd ett av {formats}.</translation>
    </message>
    <message>
      <source>Unknown line mode in {spec}: use mode=drem, mode=json or mode=lines.</source>
      <translation>Okänt radläge i {spec}: använd mode=drem, mode=json eller mode=lines.</translation>
    </message>
    <message>
      <source>Unknown operation {op}.</source>
      <translation>Okänd åtgärd {op}.</translation>
    </message>
    <message>
      <source>Unknown sensor address {spec}. Use auto, a serial port, or ws://HOST:8080.</source>
      <translation>Okänd sensoradress {spec}. Använd auto, en serieport eller ws://HOST:8080.</translation>
    </message>
    <message>
      <source>Unknown sensor {name!r}.</source>
      <translation>Okänd sensor {name!r}.</translation>
    </message>
    <message>
      <source>Unknown training_algorithm {value!r}: the car knows clipped_ppo and sac.</source>
      <translation>Okänd training_algorithm {value!r}: bilen känner till clipped_ppo och sac.</translation>
    </message>
    <message>
      <source>Unpaired {id}.</source>
      <translation>Parkopplingen med {id} hävd.</translation>
    </message>
    <message>
      <source>Unreadable race configuration: {error}</source>
      <translation>Oläslig loppkonfiguration: {error}</translation>
    </message>
    <message>
      <source>Up next</source>
      <translation>Näst på tur</translation>
    </message>
    <message>
      <source>Up next: {names}</source>
      <translation>Näst på tur: {names}</translation>
    </message>
    <message>
      <source>Up to {mb} MB per model.</source>
      <translation>Upp till {mb} MB per modell.</translation>
    </message>
    <message>
      <source>Upload</source>
      <translation>Ladda upp</translation>
    </message>
    <message>
      <source>Upload another model</source>
      <translation>Ladda upp en modell till</translation>
    </message>
    <message>
      <source>Upload code</source>
      <translation>Uppladdningskod</translation>
    </message>
    <message>
      <source>Upload code (shown at the organizer desk)</source>
      <translation>Uppladdningskod (visas vid arrangörernas bord)</translation>
    </message>
    <message>
      <source>Upload code for racers’ models</source>
      <translation>Uppladdningskod för förarnas modeller</translation>
    </message>
    <message>
      <source>Upload code of “{name}” is now {code}; the old code no longer works.</source>
      <translation>Uppladdningskoden för ”{name}” är nu {code}; den gamla koden fungerar inte längre.</translation>
    </message>
    <message>
      <source>Upload code “{code}” must be 4 to 20 letters, digits or dashes (no spaces), e.g. RACE-42.</source>
      <translation>Uppladdningskoden ”{code}” måste vara 4 till 20 bokstäver, siffror eller bindestreck (inga mellanslag), t.ex. RACE-42.</translation>
    </message>
    <message>
      <source>Upload from a phone</source>
      <translation>Ladda upp från en mobil</translation>
    </message>
    <message>
      <source>Upload your model</source>
      <translation>Ladda upp din modell</translation>
    </message>
    <message>
      <source>Uploads are closed: the organizer has not set an upload code yet.</source>
      <translation>Uppladdningar är stängda: arrangören har inte satt någon uppladdningskod än.</translation>
    </message>
    <message>
      <source>Uploads are switched off on this laptop.</source>
      <translation>Uppladdningar är avstängda på den här datorn.</translation>
    </message>
    <message>
      <source>Use these lap sources</source>
      <translation>Använd de här varvkällorna</translation>
    </message>
    <message>
      <source>Use this laptop's address</source>
      <translation>Använd den här datorns adress</translation>
    </message>
    <message>
      <source>Username</source>
      <translation>Användarnamn</translation>
    </message>
    <message>
      <source>Username {name!r} contains the invisible or control character {char}; retype it without.</source>
      <translation>Användarnamnet {name!r} innehåller det osynliga tecknet eller styrtecknet {char}; skriv det igen utan.</translation>
    </message>
    <message>
      <source>Username “{name}” is taken.</source>
      <translation>Användarnamnet ”{name}” är upptaget.</translation>
    </message>
    <message>
      <source>Username “{name}” looks like a file or device name; pick another.</source>
      <translation>Användarnamnet ”{name}” ser ut som ett fil- eller enhetsnamn; välj ett annat.</translation>
    </message>
    <message>
      <source>Username “{name}” may use only letters, digits and . _ - @ +{hint}.</source>
      <translation>Användarnamnet ”{name}” får bara innehålla bokstäver, siffror och . _ - @ +{hint}.</translation>
    </message>
    <message>
      <source>Username “{name}…” is {n} characters long; the limit is {limit}.</source>
      <translation>Användarnamnet ”{name}…” är {n} tecken långt; gränsen är {limit}.</translation>
    </message>
    <message>
      <source>Valid</source>
      <translation>Giltigt</translation>
    </message>
    <message>
      <source>Valid / invalid laps</source>
      <translation>Giltiga / ogiltiga varv</translation>
    </message>
    <message>
      <source>Valid lap</source>
      <translation>Giltigt varv</translation>
    </message>
    <message>
      <source>Valid laps</source>
      <translation>Giltiga varv</translation>
    </message>
    <message>
      <source>Valid laps: {n}</source>
      <translation>Giltiga varv: {n}</translation>
    </message>
    <message>
      <source>WARNING: {text}</source>
      <translation>VARNING: {text}</translation>
    </message>
    <message>
      <source>Welcome to DREM Desktop</source>
      <translation>Välkommen till DREM Desktop</translation>
    </message>
    <message>
      <source>When a run ends, its car's ROS bag folders come over SSH (data folder)</source>
      <translation>När ett åk slutar hämtas bilens ROS bag-mappar över SSH (datamapp)</translation>
    </message>
    <message>
      <source>Writing a backup…</source>
      <translation>Skriver en säkerhetskopia…</translation>
    </message>
    <message>
      <source>Writing {name}…</source>
      <translation>Skriver {name}…</translation>
    </message>
    <message>
      <source>Wrong PIN. Too many tries: this tablet is locked out for {s} s.</source>
      <translation>Fel PIN-kod. För många försök: surfplattan är låst i {s} s.</translation>
    </message>
    <message>
      <source>Wrong PIN. {n} tries left.</source>
      <translation>Fel PIN-kod. {n} försök kvar.</translation>
    </message>
    <message>
      <source>Wrote the cloud manager bundle {path}</source>
      <translation>Skrev molnhanterarens paket {path}</translation>
    </message>
    <message>
      <source>Wrote {path}</source>
      <translation>Skrev {path}</translation>
    </message>
    <message>
      <source>Yes</source>
      <translation>Ja</translation>
    </message>
    <message>
      <source>Your earlier uploads are still being checked. Wait for their verdicts, then send more.</source>
      <translation>Dina tidigare uppladdningar kontrolleras fortfarande. Vänta på resultatet och skicka sedan fler.</translation>
    </message>
    <message>
      <source>Your model archive (.tar.gz) as exported from the DeepRacer console.</source>
      <translation>Ditt modellarkiv (.tar.gz) som det exporterades från DeepRacer-konsolen.</translation>
    </message>
    <message>
      <source>Your session ended: log in again with the PIN.</source>
      <translation>Din session har tagit slut: logga in igen med PIN-koden.</translation>
    </message>
    <message>
      <source>a GNU incremental-dump folder</source>
      <translation>en GNU-mapp för inkrementell dump</translation>
    </message>
    <message>
      <source>a change has unexpected keys ({keys})</source>
      <translation>en ändring har oväntade nycklar ({keys})</translation>
    </message>
    <message>
      <source>a delete that does not delete</source>
      <translation>en borttagning som inte tar bort något</translation>
    </message>
    <message>
      <source>a file named like a folder that holds data</source>
      <translation>en fil som heter som en mapp och innehåller data</translation>
    </message>
    <message>
      <source>a global header that renames or resizes entries</source>
      <translation>ett globalt huvud som byter namn på eller storlek på poster</translation>
    </message>
    <message>
      <source>a line is not a change</source>
      <translation>en rad är inte en ändring</translation>
    </message>
    <message>
      <source>a malformed pax record</source>
      <translation>en felaktig pax-post</translation>
    </message>
    <message>
      <source>a named AWS profile for the credentials</source>
      <translation>en namngiven AWS-profil för inloggningsuppgifterna</translation>
    </message>
    <message>
      <source>a negative {what}</source>
      <translation>ett negativt värde för {what}</translation>
    </message>
    <message>
      <source>a new {t} without {c}</source>
      <translation>en ny {t} utan {c}</translation>
    </message>
    <message>
      <source>a piece of a multi-volume archive</source>
      <translation>en del av ett flervolymsarkiv</translation>
    </message>
    <message>
      <source>a sparse file</source>
      <translation>en gles fil</translation>
    </message>
    <message>
      <source>a volume label</source>
      <translation>en volymetikett</translation>
    </message>
    <message>
      <source>address for --pi-timer (default 127.0.0.1)</source>
      <translation>adress för --pi-timer (standard 127.0.0.1)</translation>
    </message>
    <message>
      <source>address not known yet</source>
      <translation>adressen inte känd än</translation>
    </message>
    <message>
      <source>alive {s} s ago</source>
      <translation>vid liv för {s} s sedan</translation>
    </message>
    <message>
      <source>all models deleted</source>
      <translation>alla modeller borttagna</translation>
    </message>
    <message>
      <source>also make the terminal reachable at this path (a symlink)</source>
      <translation>gör också terminalen nåbar via den här sökvägen (en symbolisk länk)</translation>
    </message>
    <message>
      <source>also reachable at {link}</source>
      <translation>nås också via {link}</translation>
    </message>
    <message>
      <source>an S3-compatible endpoint (MinIO, R2, Ceph)</source>
      <translation>en S3-kompatibel slutpunkt (MinIO, R2, Ceph)</translation>
    </message>
    <message>
      <source>an entry of unknown type {flag!r}</source>
      <translation>en post av okänd typ {flag!r}</translation>
    </message>
    <message>
      <source>an entry that is not a file but holds data</source>
      <translation>en post som inte är en fil men innehåller data</translation>
    </message>
    <message>
      <source>an entry without a name</source>
      <translation>en post utan namn</translation>
    </message>
    <message>
      <source>an extended header of {size} bytes</source>
      <translation>ett utökat huvud på {size} byte</translation>
    </message>
    <message>
      <source>an extended header with no entry after it</source>
      <translation>ett utökat huvud utan post efter</translation>
    </message>
    <message>
      <source>an old GNU long-name record</source>
      <translation>en gammal GNU-post för långt namn</translation>
    </message>
    <message>
      <source>an unknown header format</source>
      <translation>ett okänt huvudformat</translation>
    </message>
    <message>
      <source>an unknown ustar version</source>
      <translation>en okänd ustar-version</translation>
    </message>
    <message>
      <source>another certificate</source>
      <translation>ett diplom till</translation>
    </message>
    <message>
      <source>answer {path}</source>
      <translation>svara {path}</translation>
    </message>
    <message>
      <source>auto finds DREM sensors only; give the port path for mode={mode}.</source>
      <translation>auto hittar bara DREM-sensorer; ange portens sökväg för mode={mode}.</translation>
    </message>
    <message>
      <source>auto, a serial port (e.g. /dev/ttyACM0) or ws://HOST:PORT</source>
      <translation>auto, en serieport (t.ex. /dev/ttyACM0) eller ws://HOST:PORT</translation>
    </message>
    <message>
      <source>average window, 3 to 7 laps</source>
      <translation>medelvärdesfönster, 3 till 7 varv</translation>
    </message>
    <message>
      <source>battery {battery}, {n} model(s)</source>
      <translation>batteri {battery}, {n} modell(er)</translation>
    </message>
    <message>
      <source>be reached</source>
      <translation>nås</translation>
    </message>
    <message>
      <source>best average</source>
      <translation>bästa medel</translation>
    </message>
    <message>
      <source>best average of {n} laps</source>
      <translation>bästa medel över {n} varv</translation>
    </message>
    <message>
      <source>best {n}-lap average</source>
      <translation>bästa medel över {n} varv</translation>
    </message>
    <message>
      <source>boot field out of range</source>
      <translation>fältet boot utanför intervallet</translation>
    </message>
    <message>
      <source>bring back an event from a .dremz file</source>
      <translation>hämta tillbaka ett evenemang från en .dremz-fil</translation>
    </message>
    <message>
      <source>by proxy</source>
      <translation>av ersättare</translation>
    </message>
    <message>
      <source>cable back: {path}</source>
      <translation>kabeln tillbaka: {path}</translation>
    </message>
    <message>
      <source>cable out for {s:.1f} s</source>
      <translation>kabeln ute i {s:.1f} s</translation>
    </message>
    <message>
      <source>cancelling…</source>
      <translation>avbryter…</translation>
    </message>
    <message>
      <source>capture a lap</source>
      <translation>registrera ett varv</translation>
    </message>
    <message>
      <source>car</source>
      <translation>bil</translation>
    </message>
    <message>
      <source>car host name or address, e.g. amss-1234 or 192.168.1.41</source>
      <translation>bilens värdnamn eller adress, t.ex. amss-1234 eller 192.168.1.41</translation>
    </message>
    <message>
      <source>car password (SSH user deepracer)</source>
      <translation>bilens lösenord (SSH-användare deepracer)</translation>
    </message>
    <message>
      <source>car software restarted</source>
      <translation>bilens programvara omstartad</translation>
    </message>
    <message>
      <source>change a lap's validity</source>
      <translation>ändra ett varvs giltighet</translation>
    </message>
    <message>
      <source>change number {v} is not a change number</source>
      <translation>ändringsnummer {v} är inte ett ändringsnummer</translation>
    </message>
    <message>
      <source>change the event's upload code (the old one stops working)</source>
      <translation>ändra evenemangets uppladdningskod (den gamla slutar fungera)</translation>
    </message>
    <message>
      <source>change {seq} ({t}): {problem}</source>
      <translation>ändring {seq} ({t}): {problem}</translation>
    </message>
    <message>
      <source>change {seq}: it changes nothing readable</source>
      <translation>ändring {seq}: den ändrar inget läsbart</translation>
    </message>
    <message>
      <source>change {seq}: its clock stamp names another laptop</source>
      <translation>ändring {seq}: dess klockstämpel anger en annan dator</translation>
    </message>
    <message>
      <source>change {seq}: its time is not a time</source>
      <translation>ändring {seq}: dess tid är ingen tid</translation>
    </message>
    <message>
      <source>change {seq}: the event id is not an id</source>
      <translation>ändring {seq}: evenemangets id är inget id</translation>
    </message>
    <message>
      <source>change {seq}: the row id is not an id</source>
      <translation>ändring {seq}: radens id är inget id</translation>
    </message>
    <message>
      <source>change {seq}: “{op}” is not insert, update or delete</source>
      <translation>ändring {seq}: ”{op}” är varken insert, update eller delete</translation>
    </message>
    <message>
      <source>change {seq}: “{t}” is not a table that syncs</source>
      <translation>ändring {seq}: ”{t}” är ingen tabell som synkas</translation>
    </message>
    <message>
      <source>changed</source>
      <translation>ändrat</translation>
    </message>
    <message>
      <source>changes only, no model files</source>
      <translation>bara ändringar, inga modellfiler</translation>
    </message>
    <message>
      <source>checking the model</source>
      <translation>kontrollerar modellen</translation>
    </message>
    <message>
      <source>checksum</source>
      <translation>kontrollsumma</translation>
    </message>
    <message>
      <source>checksum mismatch</source>
      <translation>kontrollsumman stämmer inte</translation>
    </message>
    <message>
      <source>chroma must be a colour as six hex digits, e.g. 00ff00.</source>
      <translation>chroma måste vara en färg med sex hexsiffror, t.ex. 00ff00.</translation>
    </message>
    <message>
      <source>combined</source>
      <translation>sammanlagt</translation>
    </message>
    <message>
      <source>connected</source>
      <translation>ansluten</translation>
    </message>
    <message>
      <source>connecting</source>
      <translation>ansluter</translation>
    </message>
    <message>
      <source>continuous</source>
      <translation>kontinuerligt</translation>
    </message>
    <message>
      <source>control or non-ASCII bytes</source>
      <translation>styrtecken eller icke-ASCII-byte</translation>
    </message>
    <message>
      <source>count a reset</source>
      <translation>räkna en återställning</translation>
    </message>
    <message>
      <source>count a short lap</source>
      <translation>räkna ett kort varv</translation>
    </message>
    <message>
      <source>country (GB)</source>
      <translation>land (SE)</translation>
    </message>
    <message>
      <source>create a demo event with racers and laps</source>
      <translation>skapa ett demoevenemang med förare och varv</translation>
    </message>
    <message>
      <source>create an event</source>
      <translation>skapa ett evenemang</translation>
    </message>
    <message>
      <source>create and list events</source>
      <translation type="vanished">skapa och lista evenemang</translation>
    </message>
    <message>
      <source>create and list events, change the upload code</source>
      <translation>skapa och lista evenemang, ändra uppladdningskoden</translation>
    </message>
    <message>
      <source>created</source>
      <translation>skapat</translation>
    </message>
    <message>
      <source>data folder (default: the platform's user data folder, or $DREM_DATA_DIR)</source>
      <translation>datamapp (standard: plattformens mapp för användardata, eller $DREM_DATA_DIR)</translation>
    </message>
    <message>
      <source>delete all models</source>
      <translation>ta bort alla modeller</translation>
    </message>
    <message>
      <source>delete its models</source>
      <translation>ta bort dess modeller</translation>
    </message>
    <message>
      <source>delete models</source>
      <translation>ta bort modeller</translation>
    </message>
    <message>
      <source>deleted</source>
      <translation>borttaget</translation>
    </message>
    <message>
      <source>differs: {what}</source>
      <translation>skiljer sig: {what}</translation>
    </message>
    <message>
      <source>discard</source>
      <translation>kasta</translation>
    </message>
    <message>
      <source>disconnected</source>
      <translation>frånkopplad</translation>
    </message>
    <message>
      <source>discrete, {count} actions</source>
      <translation>diskret, {count} aktioner</translation>
    </message>
    <message>
      <source>display name</source>
      <translation>visningsnamn</translation>
    </message>
    <message>
      <source>do not start the LAN server</source>
      <translation>starta inte LAN-servern</translation>
    </message>
    <message>
      <source>down {n}</source>
      <translation>ner {n}</translation>
    </message>
    <message>
      <source>e.g. Join the next race at the DeepRacer booth</source>
      <translation>t.ex. Var med i nästa lopp vid DeepRacer-montern</translation>
    </message>
    <message>
      <source>e.g. Summit Berlin 2026</source>
      <translation>t.ex. Summit Stockholm 2026</translation>
    </message>
    <message>
      <source>e.g. Summit Cup 2026</source>
      <translation>t.ex. Summit Cup 2026</translation>
    </message>
    <message>
      <source>edit</source>
      <translation>redigerad</translation>
    </message>
    <message>
      <source>emit simulated laps on a pseudo-terminal or as a Pi timer</source>
      <translation>skicka simulerade varv på en pseudoterminal eller som en Pi-tidtagare</translation>
    </message>
    <message>
      <source>empty = unlimited</source>
      <translation>tom = obegränsat</translation>
    </message>
    <message>
      <source>empty for AWS S3; https://… for MinIO, R2, Ceph</source>
      <translation>tomt för AWS S3; https://… för MinIO, R2, Ceph</translation>
    </message>
    <message>
      <source>empty: a new random code</source>
      <translation>tomt: en ny slumpad kod</translation>
    </message>
    <message>
      <source>empty: the AWS profile or environment</source>
      <translation>tomt: AWS-profilen eller miljön</translation>
    </message>
    <message>
      <source>end the run</source>
      <translation>avsluta åket</translation>
    </message>
    <message>
      <source>error: event “{event}” has no track {n}.</source>
      <translation>fel: evenemanget ”{event}” har ingen bana {n}.</translation>
    </message>
    <message>
      <source>error: no event: give --event, or create one with: drem-desktop event add NAME</source>
      <translation>fel: inget evenemang: ange --event, eller skapa ett med: drem-desktop event add NAMN</translation>
    </message>
    <message>
      <source>error: nothing of the event could be applied (see the refusals above).</source>
      <translation>fel: inget av evenemanget kunde tillämpas (se avvisningarna ovan).</translation>
    </message>
    <message>
      <source>error: the two PINs differ; nothing changed.</source>
      <translation>fel: de två PIN-koderna skiljer sig åt; inget ändrades.</translation>
    </message>
    <message>
      <source>error: {message}</source>
      <translation>fel: {message}</translation>
    </message>
    <message>
      <source>error: {message}{where}</source>
      <translation>fel: {message}{where}</translation>
    </message>
    <message>
      <source>error: {peer} holds no event “{event}”.</source>
      <translation>fel: {peer} har inget evenemang ”{event}”.</translation>
    </message>
    <message>
      <source>error: {reason} Nothing changed.</source>
      <translation>fel: {reason} Inget ändrades.</translation>
    </message>
    <message>
      <source>eu-west-1</source>
      <translation>eu-west-1</translation>
    </message>
    <message>
      <source>event best</source>
      <translation>evenemangets bästa</translation>
    </message>
    <message>
      <source>event best {time}</source>
      <translation>evenemangets bästa {time}</translation>
    </message>
    <message>
      <source>event id or exact name</source>
      <translation>evenemangets id eller exakta namn</translation>
    </message>
    <message>
      <source>event id or exact name (default: the current event)</source>
      <translation>evenemangets id eller exakta namn (standard: det aktuella evenemanget)</translation>
    </message>
    <message>
      <source>event ids or exact names</source>
      <translation>evenemangens id eller exakta namn</translation>
    </message>
    <message>
      <source>event {e}: the bucket lacks changes of laptop {o}</source>
      <translation>evenemang {e}: bucketen saknar ändringar från dator {o}</translation>
    </message>
    <message>
      <source>event {e}: this laptop lacks changes of laptop {o}</source>
      <translation>evenemang {e}: den här datorn saknar ändringar från dator {o}</translation>
    </message>
    <message>
      <source>eventId {id} appears twice.</source>
      <translation>eventId {id} förekommer två gånger.</translation>
    </message>
    <message>
      <source>events.json event {source}: an event named “{name}” already exists here and was not imported from this bundle. Rename one of them first.</source>
      <translation>events.json, evenemang {source}: ett evenemang som heter ”{name}” finns redan här och importerades inte från det här paketet. Byt namn på ett av dem först.</translation>
    </message>
    <message>
      <source>exit status {n}</source>
      <translation>avslutningsstatus {n}</translation>
    </message>
    <message>
      <source>expected a list of races.</source>
      <translation>förväntade en lista med lopp.</translation>
    </message>
    <message>
      <source>extra run allowed because</source>
      <translation>extra åk tillåtet eftersom</translation>
    </message>
    <message>
      <source>extra run: {reason}</source>
      <translation>extra åk: {reason}</translation>
    </message>
    <message>
      <source>fastest lap</source>
      <translation>snabbaste varv</translation>
    </message>
    <message>
      <source>fastest or average (default: the event's ranking)</source>
      <translation>fastest eller average (standard: evenemangets rankning)</translation>
    </message>
    <message>
      <source>fetch logs</source>
      <translation>hämta loggar</translation>
    </message>
    <message>
      <source>fetching logs</source>
      <translation>hämtar loggar</translation>
    </message>
    <message>
      <source>fields a plain archive leaves empty are filled</source>
      <translation>fält som ett enkelt arkiv lämnar tomma fylls i</translation>
    </message>
    <message>
      <source>file them under this racer instead of “Sample models”</source>
      <translation>spara dem under den här föraren i stället för ”Exempelmodeller”</translation>
    </message>
    <message>
      <source>file to write, or a folder for it</source>
      <translation>fil att skriva, eller en mapp för den</translation>
    </message>
    <message>
      <source>finish a command in time</source>
      <translation>avsluta ett kommando i tid</translation>
    </message>
    <message>
      <source>finished in place {rank} of {n}</source>
      <translation>slutade på plats {rank} av {n}</translation>
    </message>
    <message>
      <source>firmware {version}</source>
      <translation>firmware {version}</translation>
    </message>
    <message>
      <source>fleetId {id} appears twice.</source>
      <translation>fleetId {id} förekommer två gånger.</translation>
    </message>
    <message>
      <source>format must be fastest or average.</source>
      <translation>format måste vara fastest eller average.</translation>
    </message>
    <message>
      <source>frame too long</source>
      <translation>ramen är för lång</translation>
    </message>
    <message>
      <source>get an event with all its runs, laps, racers and models from the bucket or a paired laptop</source>
      <translation>hämta ett evenemang med alla dess åk, varv, förare och modeller från bucketen eller en parkopplad dator</translation>
    </message>
    <message>
      <source>heartbeat field out of range</source>
      <translation>fältet heartbeat utanför intervallet</translation>
    </message>
    <message>
      <source>highlight colour, e.g. blue or #1e90ff</source>
      <translation>markeringsfärg, t.ex. blue eller #1e90ff</translation>
    </message>
    <message>
      <source>how long the cable stays out (default 2 s)</source>
      <translation>hur länge kabeln är ute (standard 2 s)</translation>
    </message>
    <message>
      <source>how the other laptops list this one</source>
      <translation>hur de andra datorerna listar den här</translation>
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
      <translation>importera en mapp med ett exportpaket från moln-DREM</translation>
    </message>
    <message>
      <source>import a folder of model archives (default owner: Sample models)</source>
      <translation>importera en mapp med modellarkiv (standardägare: Exempelmodeller)</translation>
    </message>
    <message>
      <source>install the model</source>
      <translation>installera modellen</translation>
    </message>
    <message>
      <source>installed</source>
      <translation>installerad</translation>
    </message>
    <message>
      <source>installing</source>
      <translation>installerar</translation>
    </message>
    <message>
      <source>invalid</source>
      <translation>ogiltigt</translation>
    </message>
    <message>
      <source>it does not end with a whole line</source>
      <translation>den slutar inte med en hel rad</translation>
    </message>
    <message>
      <source>it has bytes after its end</source>
      <translation>den har byte efter sitt slut</translation>
    </message>
    <message>
      <source>it has no SSH credentials and no web console password saved; add one in Cars → {car}.</source>
      <translation>den har varken SSH-uppgifter eller webbkonsolens lösenord sparade; lägg till något under Bilar → {car}.</translation>
    </message>
    <message>
      <source>it holds {n} changes but its header says {count}</source>
      <translation>den innehåller {n} ändringar men dess huvud säger {count}</translation>
    </message>
    <message>
      <source>it is cut short (incomplete download or upload)</source>
      <translation>den är avkortad (ofullständig nedladdning eller uppladdning)</translation>
    </message>
    <message>
      <source>it is empty</source>
      <translation>den är tom</translation>
    </message>
    <message>
      <source>it is larger than {n} MiB unpacked</source>
      <translation>den är större än {n} MiB uppackad</translation>
    </message>
    <message>
      <source>it is not a DREM Desktop sync answer (or from a newer version)</source>
      <translation>det är inte ett synksvar från DREM Desktop (eller från en nyare version)</translation>
    </message>
    <message>
      <source>it is not a DREM Desktop sync segment (or from a newer version)</source>
      <translation>det är inte ett synksegment från DREM Desktop (eller från en nyare version)</translation>
    </message>
    <message>
      <source>it is not a gzip file, or it is damaged</source>
      <translation>det är ingen gzip-fil, eller så är den skadad</translation>
    </message>
    <message>
      <source>its checksum does not match</source>
      <translation>dess kontrollsumma stämmer inte</translation>
    </message>
    <message>
      <source>its eventId {id} is not the event it is listed under.</source>
      <translation>dess eventId {id} är inte evenemanget den står under.</translation>
    </message>
    <message>
      <source>its header does not match its name</source>
      <translation>dess huvud stämmer inte med dess namn</translation>
    </message>
    <message>
      <source>its header has a cursor that is not one</source>
      <translation>dess huvud har en markör som inte är en</translation>
    </message>
    <message>
      <source>its header has no cursors</source>
      <translation>dess huvud har inga markörer</translation>
    </message>
    <message>
      <source>its header has no valid count</source>
      <translation>dess huvud har inget giltigt antal</translation>
    </message>
    <message>
      <source>its header has no valid range of change numbers</source>
      <translation>dess huvud har inget giltigt intervall av ändringsnummer</translation>
    </message>
    <message>
      <source>its header names no event or laptop</source>
      <translation>dess huvud anger varken evenemang eller dator</translation>
    </message>
    <message>
      <source>its id is not the row's id</source>
      <translation>dess id är inte radens id</translation>
    </message>
    <message>
      <source>its pax size is not a number</source>
      <translation>dess pax-storlek är inte ett tal</translation>
    </message>
    <message>
      <source>its {what} is not UTF-8 text</source>
      <translation>dess {what} är inte UTF-8-text</translation>
    </message>
    <message>
      <source>its {what} is not a number</source>
      <translation>dess {what} är inte ett tal</translation>
    </message>
    <message>
      <source>kept in the system keyring</source>
      <translation>sparad i systemets nyckelring</translation>
    </message>
    <message>
      <source>lap count</source>
      <translation>antal varv</translation>
    </message>
    <message>
      <source>lap count: {n} laps</source>
      <translation>antal varv: {n} varv</translation>
    </message>
    <message>
      <source>lap field out of range</source>
      <translation>fältet lap utanför intervallet</translation>
    </message>
    <message>
      <source>lap time</source>
      <translation>varvtid</translation>
    </message>
    <message>
      <source>lap without a usable timestamp</source>
      <translation>varv utan användbar tidsstämpel</translation>
    </message>
    <message>
      <source>lap {n} / {target}</source>
      <translation>varv {n} / {target}</translation>
    </message>
    <message>
      <source>lap {n}: seq={seq} ms={ms}{note}</source>
      <translation>varv {n}: seq={seq} ms={ms}{note}</translation>
    </message>
    <message>
      <source>lap {n}: timestamp={ts} clients={c}</source>
      <translation>varv {n}: timestamp={ts} clients={c}</translation>
    </message>
    <message>
      <source>lapId {n} appears twice.</source>
      <translation>lapId {n} förekommer två gånger.</translation>
    </message>
    <message>
      <source>laps to finish (lap_count format)</source>
      <translation>varv till mål (formatet lap_count)</translation>
    </message>
    <message>
      <source>laptop</source>
      <translation>dator</translation>
    </message>
    <message>
      <source>laptop {id}</source>
      <translation>dator {id}</translation>
    </message>
    <message>
      <source>laptop {name}</source>
      <translation>dator {name}</translation>
    </message>
    <message>
      <source>larger than 512 MB; this is not an export bundle file.</source>
      <translation>större än 512 MB; det här är ingen fil i ett exportpaket.</translation>
    </message>
    <message>
      <source>lidar_config must be a JSON object when present.</source>
      <translation>lidar_config måste vara ett JSON-objekt när det finns.</translation>
    </message>
    <message>
      <source>line format: drem (our protocol), json (Pi timer JSON), lines (one line per lap)</source>
      <translation>radformat: drem (vårt protokoll), json (Pi-tidtagarens JSON), lines (en rad per varv)</translation>
    </message>
    <message>
      <source>line too long</source>
      <translation>raden är för lång</translation>
    </message>
    <message>
      <source>line {n} is not JSON</source>
      <translation>rad {n} är inte JSON</translation>
    </message>
    <message>
      <source>line {n} is too long</source>
      <translation>rad {n} är för lång</translation>
    </message>
    <message>
      <source>line {n}: a change beyond what the answer claims</source>
      <translation>rad {n}: en ändring bortom det svaret anger</translation>
    </message>
    <message>
      <source>line {n}: a change of another event</source>
      <translation>rad {n}: en ändring i ett annat evenemang</translation>
    </message>
    <message>
      <source>line {n}: a change of another laptop</source>
      <translation>rad {n}: en ändring från en annan dator</translation>
    </message>
    <message>
      <source>line {n}: change number {seq} is out of order</source>
      <translation>rad {n}: ändringsnummer {seq} är i fel ordning</translation>
    </message>
    <message>
      <source>line {n}: {problem}</source>
      <translation>rad {n}: {problem}</translation>
    </message>
    <message>
      <source>link</source>
      <translation>länk</translation>
    </message>
    <message>
      <source>list events</source>
      <translation>lista evenemang</translation>
    </message>
    <message>
      <source>list its logs</source>
      <translation>lista dess loggar</translation>
    </message>
    <message>
      <source>list its models</source>
      <translation>lista dess modeller</translation>
    </message>
    <message>
      <source>list racers</source>
      <translation>lista förare</translation>
    </message>
    <message>
      <source>list the paired laptops</source>
      <translation>lista de parkopplade datorerna</translation>
    </message>
    <message>
      <source>load model</source>
      <translation>ladda modell</translation>
    </message>
    <message>
      <source>load the model</source>
      <translation>ladda modellen</translation>
    </message>
    <message>
      <source>loading onto {car}</source>
      <translation>laddar på {car}</translation>
    </message>
    <message>
      <source>loading{pct} onto {car} ({stage})</source>
      <translation>laddar{pct} på {car} ({stage})</translation>
    </message>
    <message>
      <source>log in over SSH</source>
      <translation>logga in över SSH</translation>
    </message>
    <message>
      <source>logs fetched</source>
      <translation>loggar hämtade</translation>
    </message>
    <message>
      <source>long name</source>
      <translation>långt namn</translation>
    </message>
    <message>
      <source>malformed checksum</source>
      <translation>felaktig kontrollsumma</translation>
    </message>
    <message>
      <source>manual</source>
      <translation>tangent</translation>
    </message>
    <message>
      <source>mean lap time in seconds (default 12)</source>
      <translation>medelvarvtid i sekunder (standard 12)</translation>
    </message>
    <message>
      <source>measure its logs</source>
      <translation>mäta dess loggar</translation>
    </message>
    <message>
      <source>metadata the car would refuse</source>
      <translation>metadata som bilen skulle avvisa</translation>
    </message>
    <message>
      <source>minimum lap time in seconds (debounce)</source>
      <translation>minsta varvtid i sekunder (avstudsning)</translation>
    </message>
    <message>
      <source>minutes:seconds, empty = no limit</source>
      <translation>minuter:sekunder, tomt = ingen gräns</translation>
    </message>
    <message>
      <source>minutes; 0 for no limit (default 3)</source>
      <translation>minuter; 0 för ingen gräns (standard 3)</translation>
    </message>
    <message>
      <source>mode</source>
      <translation>läge</translation>
    </message>
    <message>
      <source>model file “{v}” is not a path in the model library</source>
      <translation>modellfilen ”{v}” är ingen sökväg i modellbiblioteket</translation>
    </message>
    <message>
      <source>model_metadata.json has no action_space.</source>
      <translation>model_metadata.json har inget action_space.</translation>
    </message>
    <message>
      <source>model_metadata.json is larger than 1 MB; a real one is a few kilobytes.</source>
      <translation>model_metadata.json är större än 1 MB; en riktig är några kilobyte.</translation>
    </message>
    <message>
      <source>model_metadata.json is missing at the top of the archive.</source>
      <translation>model_metadata.json saknas överst i arkivet.</translation>
    </message>
    <message>
      <source>model_metadata.json is not UTF-8 text.</source>
      <translation>model_metadata.json är inte UTF-8-text.</translation>
    </message>
    <message>
      <source>model_metadata.json is not valid JSON ({error}).</source>
      <translation>model_metadata.json är inte giltig JSON ({error}).</translation>
    </message>
    <message>
      <source>model_metadata.json must hold a JSON object (curly braces) at the top.</source>
      <translation>model_metadata.json måste innehålla ett JSON-objekt (klammerparenteser) överst.</translation>
    </message>
    <message>
      <source>models: {up} up, {down} down</source>
      <translation>modeller: {up} upp, {down} ner</translation>
    </message>
    <message>
      <source>name</source>
      <translation>namn</translation>
    </message>
    <message>
      <source>nested too deeply to be an export bundle file.</source>
      <translation>för djupt nästlad för att vara en fil i ett exportpaket.</translation>
    </message>
    <message>
      <source>never</source>
      <translation>aldrig</translation>
    </message>
    <message>
      <source>new fleet, e.g. Booth A</source>
      <translation>ny flotta, t.ex. Monter A</translation>
    </message>
    <message>
      <source>new folder for the bundle</source>
      <translation>ny mapp för paketet</translation>
    </message>
    <message>
      <source>new on the board</source>
      <translation>ny på tavlan</translation>
    </message>
    <message>
      <source>no</source>
      <translation>nej</translation>
    </message>
    <message>
      <source>no CSRF token on the page: is this a DeepRacer car?</source>
      <translation>ingen CSRF-token på sidan: är det här en DeepRacer-bil?</translation>
    </message>
    <message>
      <source>no PIN: the tablet page refuses everyone</source>
      <translation>ingen PIN-kod: surfplattans sida nekar alla</translation>
    </message>
    <message>
      <source>no answer</source>
      <translation>inget svar</translation>
    </message>
    <message>
      <source>no answer at {host}</source>
      <translation>inget svar från {host}</translation>
    </message>
    <message>
      <source>no answer for {s:.0f} s</source>
      <translation>inget svar på {s:.0f} s</translation>
    </message>
    <message>
      <source>no car yet</source>
      <translation>ingen bil än</translation>
    </message>
    <message>
      <source>no change</source>
      <translation>ingen ändring</translation>
    </message>
    <message>
      <source>no checksum</source>
      <translation>ingen kontrollsumma</translation>
    </message>
    <message>
      <source>no colour</source>
      <translation>ingen färg</translation>
    </message>
    <message>
      <source>no details</source>
      <translation>inga detaljer</translation>
    </message>
    <message>
      <source>no lap</source>
      <translation>inget varv</translation>
    </message>
    <message>
      <source>no limit</source>
      <translation>ingen gräns</translation>
    </message>
    <message>
      <source>no logo (a PNG or JPEG file)</source>
      <translation>ingen logotyp (en PNG- eller JPEG-fil)</translation>
    </message>
    <message>
      <source>no logs for {model} since the run started</source>
      <translation>inga loggar för {model} sedan åket startade</translation>
    </message>
    <message>
      <source>no model in the library for this racer: add one on the Models page</source>
      <translation>ingen modell för den här föraren i biblioteket: lägg till en på sidan Modeller</translation>
    </message>
    <message>
      <source>no network</source>
      <translation>inget nätverk</translation>
    </message>
    <message>
      <source>no password saved: battery unknown</source>
      <translation>inget lösenord sparat: batteriet okänt</translation>
    </message>
    <message>
      <source>no time limit</source>
      <translation>ingen tidsgräns</translation>
    </message>
    <message>
      <source>no valid lap</source>
      <translation>inget giltigt varv</translation>
    </message>
    <message>
      <source>no {n}-lap average yet</source>
      <translation>inget medel över {n} varv än</translation>
    </message>
    <message>
      <source>none</source>
      <translation>inga</translation>
    </message>
    <message>
      <source>not ASCII</source>
      <translation>inte ASCII</translation>
    </message>
    <message>
      <source>not JSON</source>
      <translation>inte JSON</translation>
    </message>
    <message>
      <source>not a DREM sensor line</source>
      <translation>inte en DREM-sensorrad</translation>
    </message>
    <message>
      <source>not a JSON object.</source>
      <translation>inte ett JSON-objekt.</translation>
    </message>
    <message>
      <source>not connected</source>
      <translation>inte ansluten</translation>
    </message>
    <message>
      <source>not found on the network yet</source>
      <translation>inte hittad i nätverket än</translation>
    </message>
    <message>
      <source>not looked up again yet</source>
      <translation>inte uppslagen igen än</translation>
    </message>
    <message>
      <source>not reached yet</source>
      <translation>inte nådd än</translation>
    </message>
    <message>
      <source>not the model its fingerprint says; not kept</source>
      <translation>inte den modell som dess fingeravtryck anger; inte sparad</translation>
    </message>
    <message>
      <source>number of strips/beams on the line (default 2)</source>
      <translation>antal remsor/strålar på linjen (standard 2)</translation>
    </message>
    <message>
      <source>of {n}</source>
      <translation>av {n}</translation>
    </message>
    <message>
      <source>offline</source>
      <translation>offline</translation>
    </message>
    <message>
      <source>offline (seen {n} min ago)</source>
      <translation>offline (sågs för {n} min sedan)</translation>
    </message>
    <message>
      <source>old firmware (XOR checksum, misses some damaged lines): flash firmware 1.1</source>
      <translation>gammal firmware (XOR-kontrollsumma, missar vissa skadade rader): flasha firmware 1.1</translation>
    </message>
    <message>
      <source>old-style checksum from a sensor that sends CRC lines</source>
      <translation>kontrollsumma av gammalt slag från en sensor som skickar CRC-rader</translation>
    </message>
    <message>
      <source>one minute</source>
      <translation>en minut</translation>
    </message>
    <message>
      <source>one push and pull; exit 0 when the bucket and this laptop agree</source>
      <translation>en sändning och en hämtning; avslutar med 0 när bucketen och den här datorn stämmer överens</translation>
    </message>
    <message>
      <source>online</source>
      <translation>online</translation>
    </message>
    <message>
      <source>only for lap count</source>
      <translation>bara för antal varv</translation>
    </message>
    <message>
      <source>only this event (id or exact name)</source>
      <translation>bara det här evenemanget (id eller exakt namn)</translation>
    </message>
    <message>
      <source>pack an event into one .dremz file</source>
      <translation>packa ett evenemang i en .dremz-fil</translation>
    </message>
    <message>
      <source>pack its logs</source>
      <translation>packa dess loggar</translation>
    </message>
    <message>
      <source>pair with another laptop for LAN sync</source>
      <translation>parkoppla med en annan dator för LAN-synk</translation>
    </message>
    <message>
      <source>paired</source>
      <translation>parkopplad</translation>
    </message>
    <message>
      <source>pause</source>
      <translation>pausa</translation>
    </message>
    <message>
      <source>paused</source>
      <translation>pausad</translation>
    </message>
    <message>
      <source>pax key</source>
      <translation>pax-nyckel</translation>
    </message>
    <message>
      <source>pax value</source>
      <translation>pax-värde</translation>
    </message>
    <message>
      <source>personal best</source>
      <translation>personbästa</translation>
    </message>
    <message>
      <source>pre-load fleet {name}</source>
      <translation>förladda flottan {name}</translation>
    </message>
    <message>
      <source>prepare the car</source>
      <translation>förbereda bilen</translation>
    </message>
    <message>
      <source>print an event's leaderboard</source>
      <translation>skriv ut ett evenemangs resultattavla</translation>
    </message>
    <message>
      <source>probability of a line of noise after a lap (default 0)</source>
      <translation>sannolikhet för en brusrad efter ett varv (standard 0)</translation>
    </message>
    <message>
      <source>probability that a car also triggers the second strip (default 0)</source>
      <translation>sannolikhet att en bil också utlöser den andra remsan (standard 0)</translation>
    </message>
    <message>
      <source>probability that a lap line is lost on the wire (default 0)</source>
      <translation>sannolikhet att en varvrad går förlorad på vägen (standard 0)</translation>
    </message>
    <message>
      <source>publish its network name</source>
      <translation>publicera sitt nätverksnamn</translation>
    </message>
    <message>
      <source>published on the network as {name}</source>
      <translation>publicerad i nätverket som {name}</translation>
    </message>
    <message>
      <source>pull the cable every S seconds (needs --link; default never)</source>
      <translation>dra ur kabeln var S:e sekund (kräver --link; standard aldrig)</translation>
    </message>
    <message>
      <source>pulled {n} ({kb} kB)</source>
      <translation>hämtade {n} ({kb} kB)</translation>
    </message>
    <message>
      <source>push model</source>
      <translation>skicka modell</translation>
    </message>
    <message>
      <source>pushed {n} segment(s) ({kb} kB)</source>
      <translation>skickade {n} segment ({kb} kB)</translation>
    </message>
    <message>
      <source>put this racer on the track (registered if new); runs submit when over</source>
      <translation>sätt den här föraren på banan (anmäls om ny); åk lämnas in när de är slut</translation>
    </message>
    <message>
      <source>race configuration: {error}</source>
      <translation>loppkonfiguration: {error}</translation>
    </message>
    <message>
      <source>race over</source>
      <translation>loppet slut</translation>
    </message>
    <message>
      <source>race over: submit</source>
      <translation>loppet slut: lämna in</translation>
    </message>
    <message>
      <source>raceId {id} appears twice.</source>
      <translation>raceId {id} förekommer två gånger.</translation>
    </message>
    <message>
      <source>raced by proxy</source>
      <translation>kört av ersättare</translation>
    </message>
    <message>
      <source>races.json: races for event “{event}”, which events.json does not have.</source>
      <translation>races.json: lopp för evenemanget ”{event}”, som events.json inte har.</translation>
    </message>
    <message>
      <source>random seed, for a repeatable session</source>
      <translation>slumpfrö, för en repeterbar session</translation>
    </message>
    <message>
      <source>read status</source>
      <translation>läsa status</translation>
    </message>
    <message>
      <source>read the PIN from standard input (scripts)</source>
      <translation>läs PIN-koden från standard in (skript)</translation>
    </message>
    <message>
      <source>ready on {car}</source>
      <translation>redo på {car}</translation>
    </message>
    <message>
      <source>ready to start</source>
      <translation>redo att starta</translation>
    </message>
    <message>
      <source>record a DNF</source>
      <translation>registrera en DNF</translation>
    </message>
    <message>
      <source>refused: {segment}</source>
      <translation>avvisad: {segment}</translation>
    </message>
    <message>
      <source>register a racer</source>
      <translation>anmäl en förare</translation>
    </message>
    <message>
      <source>register and list racers</source>
      <translation>anmäl och lista förare</translation>
    </message>
    <message>
      <source>remember --bucket and its options as this laptop's</source>
      <translation>kom ihåg --bucket och dess alternativ som den här datorns</translation>
    </message>
    <message>
      <source>report its status</source>
      <translation>rapportera sin status</translation>
    </message>
    <message>
      <source>reset {resets}{of_allowed}</source>
      <translation>återställning {resets}{of_allowed}</translation>
    </message>
    <message>
      <source>resets</source>
      <translation>återställningar</translation>
    </message>
    <message>
      <source>resets allowed per lap, or unlimited</source>
      <translation>tillåtna återställningar per varv, eller unlimited</translation>
    </message>
    <message>
      <source>restart the car software</source>
      <translation>starta om bilens programvara</translation>
    </message>
    <message>
      <source>restored</source>
      <translation>återställt</translation>
    </message>
    <message>
      <source>resume</source>
      <translation>fortsätt</translation>
    </message>
    <message>
      <source>resumed</source>
      <translation>återupptog</translation>
    </message>
    <message>
      <source>rows/event.json: an archive holds exactly one event.</source>
      <translation>rows/event.json: ett arkiv innehåller exakt ett evenemang.</translation>
    </message>
    <message>
      <source>run timing and the LAN pages with no window</source>
      <translation>kör tidtagning och LAN-sidorna utan fönster</translation>
    </message>
    <message>
      <source>run {state}</source>
      <translation>åket {state}</translation>
    </message>
    <message>
      <source>running</source>
      <translation>pågår</translation>
    </message>
    <message>
      <source>runs per racer, or unlimited</source>
      <translation>åk per förare, eller unlimited</translation>
    </message>
    <message>
      <source>runs {runs}</source>
      <translation>åk {runs}</translation>
    </message>
    <message>
      <source>s3://BUCKET/PREFIX (default: the bucket set in Settings → Sync)</source>
      <translation>s3://BUCKET/PREFIX (standard: bucketen som satts under Inställningar → Synk)</translation>
    </message>
    <message>
      <source>s3://my-club-bucket/deepracer</source>
      <translation>s3://min-klubbs-bucket/deepracer</translation>
    </message>
    <message>
      <source>saved (type to replace)</source>
      <translation>sparat (skriv för att ersätta)</translation>
    </message>
    <message>
      <source>scroll must be page, smooth or off.</source>
      <translation>scroll måste vara page, smooth eller off.</translation>
    </message>
    <message>
      <source>seconds</source>
      <translation>sekunder</translation>
    </message>
    <message>
      <source>see the log</source>
      <translation>se loggen</translation>
    </message>
    <message>
      <source>see the log at {path}</source>
      <translation>se loggen i {path}</translation>
    </message>
    <message>
      <source>sending</source>
      <translation>skickar</translation>
    </message>
    <message>
      <source>sensor</source>
      <translation>sensor</translation>
    </message>
    <message>
      <source>sensor clock drift in ppm (default 0)</source>
      <translation>sensorns klockdrift i ppm (standard 0)</translation>
    </message>
    <message>
      <source>sensor jumped from trigger #{last} to #{to}: logged, not trusted</source>
      <translation>sensorn hoppade från utlösning #{last} till #{to}: loggad, räknas inte</translation>
    </message>
    <message>
      <source>sensor missed {n} trigger(s): check the run</source>
      <translation>sensorn missade {n} utlösning(ar): kontrollera åket</translation>
    </message>
    <message>
      <source>sensor: {n} trigger(s) missed while the app was closed: check the run</source>
      <translation>sensor: {n} utlösning(ar) missade medan appen var stängd: kontrollera loppet</translation>
    </message>
    <message>
      <source>serve the DREM Pi timer WebSocket protocol on PORT instead of a terminal</source>
      <translation>tillhandahåll DREM Pi-tidtagarens WebSocket-protokoll på PORT i stället för en terminal</translation>
    </message>
    <message>
      <source>set the operator PIN of the tablet timekeeper (/tablet)</source>
      <translation>sätt operatörens PIN-kod för tidtagning på surfplatta (/tablet)</translation>
    </message>
    <message>
      <source>set the tail light</source>
      <translation>sätta baklyktan</translation>
    </message>
    <message>
      <source>show a code another laptop can pair with</source>
      <translation>visa en kod som en annan dator kan parkoppla med</translation>
    </message>
    <message>
      <source>show its login page</source>
      <translation>visa sin inloggningssida</translation>
    </message>
    <message>
      <source>size</source>
      <translation>storlek</translation>
    </message>
    <message>
      <source>source</source>
      <translation>källa</translation>
    </message>
    <message>
      <source>speedy
rocket, Rocket Racer, DE
…</source>
      <translation>speedy
rocket, Rocket Racer, SE
…</translation>
    </message>
    <message>
      <source>sponsored by {sponsor}</source>
      <translation>sponsrat av {sponsor}</translation>
    </message>
    <message>
      <source>standard deviation of lap times in seconds</source>
      <translation>standardavvikelse för varvtiderna i sekunder</translation>
    </message>
    <message>
      <source>start</source>
      <translation>starta</translation>
    </message>
    <message>
      <source>started</source>
      <translation>startade</translation>
    </message>
    <message>
      <source>starting</source>
      <translation>startar</translation>
    </message>
    <message>
      <source>state</source>
      <translation>läge</translation>
    </message>
    <message>
      <source>still loading after {s:.0f} s</source>
      <translation>laddar fortfarande efter {s:.0f} s</translation>
    </message>
    <message>
      <source>stop</source>
      <translation>stoppa</translation>
    </message>
    <message>
      <source>stop after this many laps (0: run until Ctrl-C)</source>
      <translation>sluta efter så många varv (0: kör tills Ctrl-C)</translation>
    </message>
    <message>
      <source>stop logging</source>
      <translation>stoppa loggningen</translation>
    </message>
    <message>
      <source>stopped</source>
      <translation>stoppad</translation>
    </message>
    <message>
      <source>stopping the car's logging</source>
      <translation>stoppar bilens loggning</translation>
    </message>
    <message>
      <source>sub {sub} belongs to two users.</source>
      <translation>sub {sub} tillhör två användare.</translation>
    </message>
    <message>
      <source>submit</source>
      <translation>lämna in</translation>
    </message>
    <message>
      <source>switch to autonomous mode</source>
      <translation>växla till autonomt läge</translation>
    </message>
    <message>
      <source>sync this laptop's events with the bucket (push, then pull)</source>
      <translation>synka den här datorns evenemang med bucketen (skicka, sedan hämta)</translation>
    </message>
    <message>
      <source>sync: {message}</source>
      <translation>synk: {message}</translation>
    </message>
    <message>
      <source>tail light set</source>
      <translation>baklyktan satt</translation>
    </message>
    <message>
      <source>tail light {colour}</source>
      <translation>baklykta {colour}</translation>
    </message>
    <message>
      <source>take the new name</source>
      <translation>ta det nya namnet</translation>
    </message>
    <message>
      <source>the .dremz file to write (or a folder)</source>
      <translation>.dremz-filen att skriva (eller en mapp)</translation>
    </message>
    <message>
      <source>the 6-digit code it shows</source>
      <translation>den 6-siffriga koden den visar</translation>
    </message>
    <message>
      <source>the 6-digit code that laptop shows (with --peer)</source>
      <translation>den 6-siffriga koden den datorn visar (med --peer)</translation>
    </message>
    <message>
      <source>the bucket's region</source>
      <translation>bucketens region</translation>
    </message>
    <message>
      <source>the car accepted {folder} but could not load it (its load status went to error): the model may be damaged. Restart the car's software (Cars → Restart) and load again, or choose another model.</source>
      <translation>bilen tog emot {folder} men kunde inte ladda den (dess laddningsstatus gick till error): modellen kan vara skadad. Starta om bilens programvara (Bilar → Starta om) och ladda igen, eller välj en annan modell.</translation>
    </message>
    <message>
      <source>the car could not read its own sensors. Restart the car's software (Cars → Restart) and load again.</source>
      <translation>bilen kunde inte läsa sina egna sensorer. Starta om bilens programvara (Bilar → Starta om) och ladda igen.</translation>
    </message>
    <message>
      <source>the car could not set up its LiDAR with the model's LiDAR settings. Check the LiDAR cable, then load again.</source>
      <translation>bilen kunde inte ställa in sin LiDAR med modellens LiDAR-inställningar. Kontrollera LiDAR-kabeln och ladda sedan igen.</translation>
    </message>
    <message>
      <source>the car did not list the new copy of {folder} within {s:.0f} s of the upload; check its free space, or push over SSH.</source>
      <translation>bilen listade inte den nya kopian av {folder} inom {s:.0f} s efter uppladdningen; kontrollera dess lediga utrymme, eller skicka över SSH.</translation>
    </message>
    <message>
      <source>the car gave no reason. Open the car's console to see why, then load again.</source>
      <translation>bilen angav inget skäl. Öppna bilens konsol för att se varför och ladda sedan igen.</translation>
    </message>
    <message>
      <source>the car gave the reason below. Fix that on the car, then load again.</source>
      <translation>bilen angav skälet nedan. Åtgärda det på bilen och ladda sedan igen.</translation>
    </message>
    <message>
      <source>the car received {folder} and finished installing, but does not list it: it could not install the archive, or will not offer it (it needs exactly one .pb and a model_metadata.json it accepts). Check the model, or push it over SSH.</source>
      <translation>bilen tog emot {folder} och installerade klart, men listar den inte: den kunde inte installera arkivet, eller vill inte erbjuda det (den kräver exakt en .pb och en model_metadata.json som den godtar). Kontrollera modellen, eller skicka den över SSH.</translation>
    </message>
    <message>
      <source>the car refused the file ("{message}").</source>
      <translation>bilen avvisade filen (”{message}”).</translation>
    </message>
    <message>
      <source>the car's control software did not take the model. Restart the car's software (Cars → Restart) and load again.</source>
      <translation>bilens styrprogramvara tog inte emot modellen. Starta om bilens programvara (Bilar → Starta om) och ladda igen.</translation>
    </message>
    <message>
      <source>the laptop id is not an id</source>
      <translation>datorns id är inget id</translation>
    </message>
    <message>
      <source>the model arrived damaged (checksum differs); retry the push.</source>
      <translation>modellen kom fram skadad (kontrollsumman skiljer sig); skicka igen.</translation>
    </message>
    <message>
      <source>the model arrived incomplete</source>
      <translation>modellen kom fram ofullständig</translation>
    </message>
    <message>
      <source>the model drives with the {sensors}, and the car does not see it connected. Connect it (or choose a model trained for the sensors this car has) and load again.</source>
      <translation>modellen kör med {sensors}, och bilen ser den inte ansluten. Anslut den (eller välj en modell tränad för bilens sensorer) och ladda igen.</translation>
    </message>
    <message>
      <source>the model is not ready on the car: it is still being installed, or its install failed. Wait a few seconds and load again; if it keeps failing, send the model to the car again.</source>
      <translation>modellen är inte redo på bilen: den installeras fortfarande, eller så misslyckades installationen. Vänta några sekunder och ladda igen; om det fortsätter att misslyckas, skicka modellen till bilen igen.</translation>
    </message>
    <message>
      <source>the model is on the car, but loading it needs the car's web console password; save it in Cars → {car} or select the model on the car.</source>
      <translation>modellen finns på bilen, men för att ladda den krävs bilens lösenord till webbkonsolen; spara det under Bilar → {car} eller välj modellen på bilen.</translation>
    </message>
    <message>
      <source>the model was trained with a sensor this car does not have (a simulation-only sensor, for example). Choose a model trained for this car's sensors.</source>
      <translation>modellen tränades med en sensor som bilen inte har (till exempel en sensor som bara finns i simuleringen). Välj en modell tränad för bilens sensorer.</translation>
    </message>
    <message>
      <source>the model's folder on the car has no model_metadata.json. Send the model to the car again.</source>
      <translation>modellens mapp på bilen saknar model_metadata.json. Skicka modellen till bilen igen.</translation>
    </message>
    <message>
      <source>the model's model_metadata.json is not one the car accepts. Ask the racer for the model as exported from the DeepRacer console, then load it again.</source>
      <translation>modellens model_metadata.json är inte en som bilen godtar. Be föraren om modellen som den exporterades från DeepRacer-konsolen och ladda den sedan igen.</translation>
    </message>
    <message>
      <source>the new code, 4 to 20 letters, digits or dashes (default: a new random one)</source>
      <translation>den nya koden, 4 till 20 bokstäver, siffror eller bindestreck (standard: en ny slumpad)</translation>
    </message>
    <message>
      <source>the other value holds</source>
      <translation>det andra värdet är</translation>
    </message>
    <message>
      <source>the racer</source>
      <translation>föraren</translation>
    </message>
    <message>
      <source>the unpacked bundle folder (events.json, races.json…)</source>
      <translation>den uppackade paketmappen (events.json, races.json…)</translation>
    </message>
    <message>
      <source>this laptop</source>
      <translation>den här datorn</translation>
    </message>
    <message>
      <source>this laptop's address</source>
      <translation>den här datorns adress</translation>
    </message>
    <message>
      <source>this needs SSH: enable SSH on the car's console and save its SSH password in Cars → {car}.</source>
      <translation>det här kräver SSH: slå på SSH i bilens konsol och spara dess SSH-lösenord under Bilar → {car}.</translation>
    </message>
    <message>
      <source>this value holds</source>
      <translation>det här värdet är</translation>
    </message>
    <message>
      <source>time</source>
      <translation>tid</translation>
    </message>
    <message>
      <source>time trial</source>
      <translation>tidskörning</translation>
    </message>
    <message>
      <source>too many extended headers in a row</source>
      <translation>för många utökade huvuden i rad</translation>
    </message>
    <message>
      <source>took part in the race</source>
      <translation>deltog i loppet</translation>
    </message>
    <message>
      <source>top must be a number.</source>
      <translation>top måste vara ett tal.</translation>
    </message>
    <message>
      <source>track must be a track number or combined.</source>
      <translation>track måste vara ett bannummer eller combined.</translation>
    </message>
    <message>
      <source>track must be a track number.</source>
      <translation>track måste vara ett bannummer.</translation>
    </message>
    <message>
      <source>track number or 'combined' (default)</source>
      <translation>bannummer eller 'combined' (standard)</translation>
    </message>
    <message>
      <source>track number or 'combined' (default: track {n}, as the LAN pages)</source>
      <translation>bannummer eller 'combined' (standard: bana {n}, som LAN-sidorna)</translation>
    </message>
    <message>
      <source>track number to time (default 1)</source>
      <translation>bannummer att ta tid på (standard 1)</translation>
    </message>
    <message>
      <source>track {n}</source>
      <translation>bana {n}</translation>
    </message>
    <message>
      <source>track {n} appears twice.</source>
      <translation>bana {n} förekommer två gånger.</translation>
    </message>
    <message>
      <source>track {track} is not a track of its event.</source>
      <translation>bana {track} är inte en bana i dess evenemang.</translation>
    </message>
    <message>
      <source>trigger NOT STORED at {time} (sensor {sensor}{at}): note this lap by hand</source>
      <translation>utlösning INTE SPARAD kl. {time} (sensor {sensor}{at}): anteckna varvet för hand</translation>
    </message>
    <message>
      <source>trigger debounced (sensor {sensor})</source>
      <translation>utlösning avstudsad (sensor {sensor})</translation>
    </message>
    <message>
      <source>trigger ignored: no racer on the track, so triggers are not timed until the next one (type next USERNAME). Further triggers until then are ignored without a word.</source>
      <translation>utlösning ignorerad: ingen förare på banan, så utlösningar tidtas inte förrän nästa (skriv next ANVÄNDARNAMN). Fler utlösningar fram till dess ignoreras utan ett ord.</translation>
    </message>
    <message>
      <source>trigger {outcome} (sensor {sensor})</source>
      <translation type="vanished">utlösning {outcome} (sensor {sensor})</translation>
    </message>
    <message>
      <source>two events are named “{name}”.</source>
      <translation>två evenemang heter ”{name}”.</translation>
    </message>
    <message>
      <source>two letters, e.g. DE</source>
      <translation>två bokstäver, t.ex. SE</translation>
    </message>
    <message>
      <source>undo the last lap</source>
      <translation>ångra det senaste varvet</translation>
    </message>
    <message>
      <source>unknown</source>
      <translation>okänd</translation>
    </message>
    <message>
      <source>unknown rankingMethod {method}.</source>
      <translation>okänd rankingMethod {method}.</translation>
    </message>
    <message>
      <source>unknown typeOfEvent {value}.</source>
      <translation>okänd typeOfEvent {value}.</translation>
    </message>
    <message>
      <source>unlimited</source>
      <translation>obegränsat</translation>
    </message>
    <message>
      <source>unpair a laptop</source>
      <translation>häv parkopplingen med en dator</translation>
    </message>
    <message>
      <source>up {n}</source>
      <translation>upp {n}</translation>
    </message>
    <message>
      <source>username (required)</source>
      <translation>användarnamn (krävs)</translation>
    </message>
    <message>
      <source>username “{name}” appears twice.</source>
      <translation>användarnamnet ”{name}” förekommer två gånger.</translation>
    </message>
    <message>
      <source>valid</source>
      <translation>giltigt</translation>
    </message>
    <message>
      <source>voice default</source>
      <translation>standardröst</translation>
    </message>
    <message>
      <source>waiting for a spare car</source>
      <translation>väntar på en ledig bil</translation>
    </message>
    <message>
      <source>web console</source>
      <translation>webbkonsol</translation>
    </message>
    <message>
      <source>web console certificate</source>
      <translation>webbkonsolens certifikat</translation>
    </message>
    <message>
      <source>went away</source>
      <translation>försvann</translation>
    </message>
    <message>
      <source>words/min</source>
      <translation>ord/min</translation>
    </message>
    <message>
      <source>write a backup of the database now</source>
      <translation>skriv en säkerhetskopia av databasen nu</translation>
    </message>
    <message>
      <source>write a bundle the cloud manager's drem_import.py takes</source>
      <translation>skriv ett paket som molnhanterarens drem_import.py tar emot</translation>
    </message>
    <message>
      <source>write an event's results as CSV, JSON or PDF</source>
      <translation>skriv ett evenemangs resultat som CSV, JSON eller PDF</translation>
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
      <translation>{car_name} kör det här åket: dess baklykta får förarens färg vid starten och blir vit vid slutet.</translation>
    </message>
    <message>
      <source>{count} lap message(s) from the Pi timer never arrived (lap numbers {first}–{last}). Check the run for a missing lap.</source>
      <translation>{count} varvmeddelande(n) från Pi-tidtagaren kom aldrig fram (varvnummer {first}–{last}). Kontrollera om ett varv saknas i åket.</translation>
    </message>
    <message>
      <source>{count} sensor trigger(s) never arrived ({missing}, {source} {port}). A lap may be missing or two laps merged: check the lap table and fix it (Undo, L) before submitting.</source>
      <translation>{count} sensorutlösning(ar) kom aldrig fram ({missing}, {source} {port}). Ett varv kan saknas eller två varv ha slagits ihop: kontrollera varvtabellen och rätta den (Ångra, L) innan du lämnar in.</translation>
    </message>
    <message>
      <source>{count} trigger(s) from the sensor on {port} never arrived (sequence {first}–{last}). Check the run for a missing lap.</source>
      <translation>{count} utlösning(ar) från sensorn på {port} kom aldrig fram (sekvens {first}–{last}). Kontrollera om ett varv saknas i åket.</translation>
    </message>
    <message>
      <source>{count} trigger(s) from the sensor on {port} were missed while the app was closed or not listening, and the sensor could not send them again (sequence {first}–{last}). Check the run for missing laps.</source>
      <translation>{count} utlösning(ar) från sensorn på {port} missades medan appen var stängd eller inte lyssnade, och sensorn kunde inte skicka dem igen (sekvens {first}–{last}). Kontrollera loppet efter saknade varv.</translation>
    </message>
    <message>
      <source>{count} trigger(s) missed while the app was closed or not listening ({missing}, {source} {port}); the sensor could not send them again. Laps may be missing: check the lap table and add them by hand (L) before submitting.</source>
      <translation>{count} utlösning(ar) missades medan appen var stängd eller inte lyssnade ({missing}, {source} {port}); sensorn kunde inte skicka dem igen. Varv kan saknas: kontrollera varvtabellen och lägg till dem för hand (L) innan du skickar in.</translation>
    </message>
    <message>
      <source>{device} on {port}</source>
      <translation>{device} på {port}</translation>
    </message>
    <message>
      <source>{error} Retrying in {s:.0f} s.</source>
      <translation>{error} Försöker igen om {s:.0f} s.</translation>
    </message>
    <message>
      <source>{field} was also changed on {laptop} at the same time: {holds}</source>
      <translation>{field} ändrades också på {laptop} samtidigt: {holds}</translation>
    </message>
    <message>
      <source>{file_name} refused: </source>
      <translation>{file_name} avvisad: </translation>
    </message>
    <message>
      <source>{file} changed while it was being prepared for the car; wait until it is fully copied, then load it again.</source>
      <translation>{file} ändrades medan den förbereddes för bilen; vänta tills den är helt kopierad och ladda den sedan igen.</translation>
    </message>
    <message>
      <source>{file} could not be read again after the check ({error}); copy it again and retry.</source>
      <translation>{file} kunde inte läsas igen efter kontrollen ({error}); kopiera den igen och försök på nytt.</translation>
    </message>
    <message>
      <source>{file} has no manifest.json: it is not a DREM event archive.</source>
      <translation>{file} har ingen manifest.json: det är inget DREM-evenemangsarkiv.</translation>
    </message>
    <message>
      <source>{file} has no “username” column. The first line must name the columns, e.g. username,display_name,country_code,highlight_colour.</source>
      <translation>{file} har ingen kolumn ”username”. Första raden måste namnge kolumnerna, t.ex. username,display_name,country_code,highlight_colour.</translation>
    </message>
    <message>
      <source>{file} is not a DREM event archive, or it is damaged (its zip index is unreadable).</source>
      <translation>{file} är inget DREM-evenemangsarkiv, eller så är det skadat (dess zip-index är oläsligt).</translation>
    </message>
    <message>
      <source>{file} was made by a newer DREM Desktop (archive version {v}); update this one first.</source>
      <translation>{file} skapades av en nyare DREM Desktop (arkivversion {v}); uppdatera den här först.</translation>
    </message>
    <message>
      <source>{file} · {car} · {mb} MB</source>
      <translation>{file} · {car} · {mb} MB</translation>
    </message>
    <message>
      <source>{file}: cannot be read ({error}).</source>
      <translation>{file}: kan inte läsas ({error}).</translation>
    </message>
    <message>
      <source>{file}: expected a JSON {kind}.</source>
      <translation>{file}: förväntade ett JSON-{kind}.</translation>
    </message>
    <message>
      <source>{file}: manifest.json does not match (it is not readable).</source>
      <translation>{file}: manifest.json stämmer inte (den är oläslig).</translation>
    </message>
    <message>
      <source>{file}: manifest.json does not match (no file list).</source>
      <translation>{file}: manifest.json stämmer inte (ingen fillista).</translation>
    </message>
    <message>
      <source>{file}: manifest.json does not match: this is not a DREM event archive.</source>
      <translation>{file}: manifest.json stämmer inte: det här är inget DREM-evenemangsarkiv.</translation>
    </message>
    <message>
      <source>{file}: member {member} is not one an event archive holds: the archive was altered.</source>
      <translation>{file}: delen {member} hör inte hemma i ett evenemangsarkiv: arkivet har ändrats.</translation>
    </message>
    <message>
      <source>{file}: missing from the bundle folder {folder}.</source>
      <translation>{file}: saknas i paketmappen {folder}.</translation>
    </message>
    <message>
      <source>{file}: not readable JSON ({error}).</source>
      <translation>{file}: inte läsbar JSON ({error}).</translation>
    </message>
    <message>
      <source>{file}: refused. {reasons}</source>
      <translation>{file}: avvisad. {reasons}</translation>
    </message>
    <message>
      <source>{file}: the archive's seal does not match: its zip headers or index were changed after it was written; nothing was restored.</source>
      <translation>{file}: arkivets sigill stämmer inte: dess zip-huvuden eller index ändrades efter att det skrevs; inget återställdes.</translation>
    </message>
    <message>
      <source>{file}: {member} does not match its SHA-256 in the manifest: the archive is damaged or was altered; nothing was restored.</source>
      <translation>{file}: {member} stämmer inte med sin SHA-256 i manifestet: arkivet är skadat eller har ändrats; inget återställdes.</translation>
    </message>
    <message>
      <source>{file}: {member} is damaged ({error}); nothing was restored.</source>
      <translation>{file}: {member} är skadad ({error}); inget återställdes.</translation>
    </message>
    <message>
      <source>{file}: {member} is listed in the manifest but missing.</source>
      <translation>{file}: {member} finns i manifestet men saknas.</translation>
    </message>
    <message>
      <source>{file}: {member} is not a list of rows.</source>
      <translation>{file}: {member} är inte en lista med rader.</translation>
    </message>
    <message>
      <source>{file}: {member} is not in the manifest: the archive was altered.</source>
      <translation>{file}: {member} finns inte i manifestet: arkivet har ändrats.</translation>
    </message>
    <message>
      <source>{file}: {member} is not readable JSON.</source>
      <translation>{file}: {member} är inte läsbar JSON.</translation>
    </message>
    <message>
      <source>{folder} installed over {how}{loaded}</source>
      <translation>{folder} installerad via {how}{loaded}</translation>
    </message>
    <message>
      <source>{folder} is not a folder.</source>
      <translation>{folder} är ingen mapp.</translation>
    </message>
    <message>
      <source>{folder} is not a folder: give the unpacked export bundle's folder.</source>
      <translation>{folder} är ingen mapp: ange mappen för det uppackade exportpaketet.</translation>
    </message>
    <message>
      <source>{key} arrived incomplete; it is fetched again next time.</source>
      <translation>{key} kom fram ofullständig; den hämtas igen nästa gång.</translation>
    </message>
    <message>
      <source>{key} arrived incomplete; the download resumes next time.</source>
      <translation>{key} kom fram ofullständig; nedladdningen fortsätter nästa gång.</translation>
    </message>
    <message>
      <source>{key} is not in the bucket.</source>
      <translation>{key} finns inte i bucketen.</translation>
    </message>
    <message>
      <source>{key} is {mb} MiB, larger than a segment can be.</source>
      <translation>{key} är {mb} MiB, större än ett segment kan vara.</translation>
    </message>
    <message>
      <source>{language} from the next start (the LAN pages follow each viewer's browser).</source>
      <translation>{language} från nästa start (LAN-sidorna följer varje besökares webbläsare).</translation>
    </message>
    <message>
      <source>{left} left</source>
      <translation>{left} kvar</translation>
    </message>
    <message>
      <source>{loaded} (queued racer's: {expected})</source>
      <translation>{loaded} (förarens i kön: {expected})</translation>
    </message>
    <message>
      <source>{m:g} minutes</source>
      <translation>{m:g} minuter</translation>
    </message>
    <message>
      <source>{model} loading {pct} % onto {car}</source>
      <translation>{model} laddas {pct} % på {car}</translation>
    </message>
    <message>
      <source>{model} will go onto {car}</source>
      <translation>{model} ska till {car}</translation>
    </message>
    <message>
      <source>{m} minutes {s:.1f}</source>
      <translation>{m} minuter {s:.1f}</translation>
    </message>
    <message>
      <source>{n_found} archive(s) found.</source>
      <translation>{n_found} arkiv hittade.</translation>
    </message>
    <message>
      <source>{n_racers} racer(s)</source>
      <translation>{n_racers} förare</translation>
    </message>
    <message>
      <source>{name!r} is not a valid host name: use a-z, 0-9 and '-', at most 63 characters.</source>
      <translation>{name!r} är inget giltigt värdnamn: använd a-z, 0-9 och '-', högst 63 tecken.</translation>
    </message>
    <message>
      <source>{name} is already on deck for this track.</source>
      <translation>{name} står redan i kön för den här banan.</translation>
    </message>
    <message>
      <source>{name} is not a number</source>
      <translation>{name} är inte ett tal</translation>
    </message>
    <message>
      <source>{name} is not reachable ({error}); trying again.</source>
      <translation>{name} kan inte nås ({error}); försöker igen.</translation>
    </message>
    <message>
      <source>{name} is on deck for track {n} (number {place}).</source>
      <translation>{name} står i kö för bana {n} (nummer {place}).</translation>
    </message>
    <message>
      <source>{name} is on the track in {car}: the first trigger starts the run.</source>
      <translation>{name} är på banan i {car}: den första utlösningen startar åket.</translation>
    </message>
    <message>
      <source>{name} is on the track: the first trigger starts the run.</source>
      <translation>{name} är på banan: den första utlösningen startar åket.</translation>
    </message>
    <message>
      <source>{name} no longer accepts this laptop: pair the two again in Settings → Sync.</source>
      <translation>{name} godtar inte längre den här datorn: parkoppla de två igen under Inställningar → Synk.</translation>
    </message>
    <message>
      <source>{name} takes the lead, {time}</source>
      <translation>{name} tar ledningen, {time}</translation>
    </message>
    <message>
      <source>{name} · fastest {fastest} · average {average} · {valid}/{laps} valid ({ratio}) · rank {rank}, {change}</source>
      <translation>{name} · snabbast {fastest} · medel {average} · {valid}/{laps} giltiga ({ratio}) · placering {rank}, {change}</translation>
    </message>
    <message>
      <source>{name}: already in the library (same model file), nothing new was stored.</source>
      <translation>{name}: finns redan i biblioteket (samma modellfil), inget nytt sparades.</translation>
    </message>
    <message>
      <source>{name}: ready ({sensors}, {space} action space, {algorithm}).</source>
      <translation>{name}: redo ({sensors}, aktionsrum {space}, {algorithm}).</translation>
    </message>
    <message>
      <source>{name}: received and checked. It is in the library and can go to a car.</source>
      <translation>{name}: mottagen och kontrollerad. Den finns i biblioteket och kan läggas på en bil.</translation>
    </message>
    <message>
      <source>{name}: same model file with a new model_metadata.json. The library now holds the new metadata ({now}; before: {was}); the earlier one is kept in the model's history.</source>
      <translation>{name}: samma modellfil med en ny model_metadata.json. Biblioteket har nu den nya metadatan ({now}; tidigare: {was}); den tidigare sparas i modellens historik.</translation>
    </message>
    <message>
      <source>{name}: the downloaded file differs from the one uploaded (checksum); fetched again next time.</source>
      <translation>{name}: den nedladdade filen skiljer sig från den uppladdade (kontrollsumma); hämtas igen nästa gång.</translation>
    </message>
    <message>
      <source>{name}: the downloaded file is not the model its name says; not kept.</source>
      <translation>{name}: den nedladdade filen är inte den modell som dess namn anger; inte sparad.</translation>
    </message>
    <message>
      <source>{n} already in the library</source>
      <translation>{n} redan i biblioteket</translation>
    </message>
    <message>
      <source>{n} change(s) applied</source>
      <translation>{n} ändring(ar) tillämpade</translation>
    </message>
    <message>
      <source>{n} change(s) waiting to go to the bucket.</source>
      <translation>{n} ändring(ar) väntar på att skickas till bucketen.</translation>
    </message>
    <message>
      <source>{n} changes waiting</source>
      <translation>{n} ändringar väntar</translation>
    </message>
    <message>
      <source>{n} events in the bucket are named “{name}”: give its id ({ids}).</source>
      <translation>{n} evenemang i bucketen heter ”{name}”: ange dess id ({ids}).</translation>
    </message>
    <message>
      <source>{n} h ago</source>
      <translation>för {n} h sedan</translation>
    </message>
    <message>
      <source>{n} lap time(s) had fractions of a millisecond and were rounded half-to-even.</source>
      <translation>{n} varvtid(er) hade delar av en millisekund och avrundades till närmaste jämna.</translation>
    </message>
    <message>
      <source>{n} min ago</source>
      <translation>för {n} min sedan</translation>
    </message>
    <message>
      <source>{n} minutes</source>
      <translation>{n} minuter</translation>
    </message>
    <message>
      <source>{n} race(s) by {u} user(s) no longer in the cloud were imported under placeholder racers named deleted-…: rename them in Racers if you know who they were.</source>
      <translation>{n} lopp av {u} användare som inte längre finns i molnet importerades under platshållarförare som heter deleted-…: byt namn på dem under Förare om du vet vilka de var.</translation>
    </message>
    <message>
      <source>{n} racer(s) registered.</source>
      <translation>{n} förare anmälda.</translation>
    </message>
    <message>
      <source>{n} resets/lap</source>
      <translation>{n} återställningar/varv</translation>
    </message>
    <message>
      <source>{n} runs/racer</source>
      <translation>{n} åk/förare</translation>
    </message>
    <message>
      <source>{n} s ago</source>
      <translation>för {n} s sedan</translation>
    </message>
    <message>
      <source>{n} sample model(s) added</source>
      <translation>{n} exempelmodell(er) tillagda</translation>
    </message>
    <message>
      <source>{n} save(s) of the run in progress (its clocks; nothing shown here changed)</source>
      <translation>{n} sparning(ar) av det pågående åket (dess klockor; inget som visas här ändrades)</translation>
    </message>
    <message>
      <source>{n} seconds</source>
      <translation>{n} sekunder</translation>
    </message>
    <message>
      <source>{n} segment(s) in the bucket were refused (damaged or not valid): {first}</source>
      <translation>{n} segment i bucketen avvisades (skadade eller ogiltiga): {first}</translation>
    </message>
    <message>
      <source>{n} staff user(s) (admin, operator, …) who never raced were not made racers.</source>
      <translation>{n} personal (admin, operator, …) som aldrig körde blev inte förare.</translation>
    </message>
    <message>
      <source>{n} unreadable line(s)</source>
      <translation>{n} oläsbar(a) rad(er)</translation>
    </message>
    <message>
      <source>{n}/{total} laptops</source>
      <translation>{n}/{total} datorer</translation>
    </message>
    <message>
      <source>{out} is not empty: choose a new folder for the bundle.</source>
      <translation>{out} är inte tom: välj en ny mapp för paketet.</translation>
    </message>
    <message>
      <source>{player} could not play the voice: {reason}</source>
      <translation>{player} kunde inte spela upp rösten: {reason}</translation>
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
      <translation>{space}, fart {low:g}–{high:g} m/s, {sensors}</translation>
    </message>
    <message>
      <source>{subnet!r} is not a subnet; write it like 192.168.1.0/24.</source>
      <translation>{subnet!r} är inget subnät; skriv det som 192.168.1.0/24.</translation>
    </message>
    <message>
      <source>{subnet} is too large to probe ({n} addresses); name a /22 or smaller.</source>
      <translation>{subnet} är för stort att avsöka ({n} adresser); ange ett /22 eller mindre.</translation>
    </message>
    <message>
      <source>{table}.{column} cannot be empty</source>
      <translation>{table}.{column} får inte vara tomt</translation>
    </message>
    <message>
      <source>{table}.{column} is not a time</source>
      <translation>{table}.{column} är ingen tid</translation>
    </message>
    <message>
      <source>{table}.{column} is not a whole number</source>
      <translation>{table}.{column} är inget heltal</translation>
    </message>
    <message>
      <source>{table}.{column} is not an id</source>
      <translation>{table}.{column} är inget id</translation>
    </message>
    <message>
      <source>{table}.{column} is not an object</source>
      <translation>{table}.{column} är inget objekt</translation>
    </message>
    <message>
      <source>{table}.{column} is not text</source>
      <translation>{table}.{column} är ingen text</translation>
    </message>
    <message>
      <source>{table}.{column} is not true or false</source>
      <translation>{table}.{column} är varken true eller false</translation>
    </message>
    <message>
      <source>{table}.{column} is too long</source>
      <translation>{table}.{column} är för långt</translation>
    </message>
    <message>
      <source>{time} race</source>
      <translation>{time} lopp</translation>
    </message>
    <message>
      <source>{title}: {n} recorded change(s)</source>
      <translation>{title}: {n} registrerad(e) ändring(ar)</translation>
    </message>
    <message>
      <source>{username}: {runs} runs done</source>
      <translation>{username}: {runs} åk gjorda</translation>
    </message>
    <message>
      <source>{v} cannot be negative</source>
      <translation>{v} kan inte vara negativt</translation>
    </message>
    <message>
      <source>{what} contains the invisible or control character {char}; retype it without.</source>
      <translation>{what} innehåller det osynliga tecknet eller styrtecknet {char}; skriv det igen utan.</translation>
    </message>
    <message>
      <source>{what} is empty: enter one.</source>
      <translation>{what} är tomt: fyll i.</translation>
    </message>
    <message>
      <source>{what} is {n} characters long; shorten it to at most {limit}.</source>
      <translation>{what} är {n} tecken långt; korta det till högst {limit}.</translation>
    </message>
    <message>
      <source>{what} must be a whole number, not {value!r}.</source>
      <translation>{what} måste vara ett heltal, inte {value!r}.</translation>
    </message>
    <message>
      <source>{what} must be between {low} and {high}, not {value}.</source>
      <translation>{what} måste vara mellan {low} och {high}, inte {value}.</translation>
    </message>
    <message>
      <source>{what} must be text, not {value!r}.</source>
      <translation>{what} måste vara text, inte {value!r}.</translation>
    </message>
    <message>
      <source>{what} “{text}” is not a whole number: type a number, or leave it empty for {unlimited}.</source>
      <translation>{what} ”{text}” är inget heltal: skriv ett tal, eller lämna tomt för {unlimited}.</translation>
    </message>
    <message>
      <source>{where}: unknown column “{key}”; this archive was made by a newer DREM Desktop.</source>
      <translation>{where}: okänd kolumn ”{key}”; det här arkivet skapades av en nyare DREM Desktop.</translation>
    </message>
    <message>
      <source>{where}: “{key}” is not a date-time.</source>
      <translation>{where}: ”{key}” är ingen tidpunkt.</translation>
    </message>
    <message>
      <source>{{{field}}} is not a field of this call-out; use {fields}.</source>
      <translation>{{{field}}} är inget fält i det här utropet; använd {fields}.</translation>
    </message>
    <message>
      <source>“avatarConfig” is not JSON.</source>
      <translation>”avatarConfig” är inte JSON.</translation>
    </message>
    <message>
      <source>“avatarConfig” must be an object.</source>
      <translation>”avatarConfig” måste vara ett objekt.</translation>
    </message>
    <message>
      <source>“createdAt” is not a date-time ({value}).</source>
      <translation>”createdAt” är ingen tidpunkt ({value}).</translation>
    </message>
    <message>
      <source>“fleetId” has the wrong type.</source>
      <translation>”fleetId” har fel typ.</translation>
    </message>
    <message>
      <source>“groups” must be a list of names.</source>
      <translation>”groups” måste vara en lista med namn.</translation>
    </message>
    <message>
      <source>“laps” must be a list.</source>
      <translation>”laps” måste vara en lista.</translation>
    </message>
    <message>
      <source>“raceTimeInMin” must be a number of minutes.</source>
      <translation>”raceTimeInMin” måste vara ett antal minuter.</translation>
    </message>
    <message>
      <source>“raceTimeInMin” must be between 0 and 1440 minutes, not {v}.</source>
      <translation>”raceTimeInMin” måste vara mellan 0 och 1440 minuter, inte {v}.</translation>
    </message>
    <message>
      <source>“tracks” must be a list.</source>
      <translation>”tracks” måste vara en lista.</translation>
    </message>
    <message>
      <source>“{code}” is not a country code: use the two letters of ISO 3166-1, e.g. DE, GB, US.</source>
      <translation>”{code}” är ingen landskod: använd de två bokstäverna enligt ISO 3166-1, t.ex. DE, GB, US.</translation>
    </message>
    <message>
      <source>“{c}” is not a column of {t}</source>
      <translation>”{c}” är ingen kolumn i {t}</translation>
    </message>
    <message>
      <source>“{key}” has the wrong type ({value!r}).</source>
      <translation>”{key}” har fel typ ({value!r}).</translation>
    </message>
    <message>
      <source>“{key}” is missing.</source>
      <translation>”{key}” saknas.</translation>
    </message>
    <message>
      <source>“{key}” must be true or false, not {value}.</source>
      <translation>”{key}” måste vara true eller false, inte {value}.</translation>
    </message>
    <message>
      <source>“{name}” is the current event.</source>
      <translation>”{name}” är det aktuella evenemanget.</translation>
    </message>
    <message>
      <source>“{text}” is not HOST:PORT (the address the other laptop shows).</source>
      <translation>”{text}” är inte HOST:PORT (adressen som den andra datorn visar).</translation>
    </message>
    <message>
      <source>“{text}” is not a date: write it YYYY-MM-DD, e.g. 2025-06-14.</source>
      <translation>”{text}” är inget datum: skriv det ÅÅÅÅ-MM-DD, t.ex. 2025-06-14.</translation>
    </message>
    <message>
      <source>“{text}” is not a highlight colour: use #RRGGBB or one of {names}.</source>
      <translation>”{text}” är ingen markeringsfärg: använd #RRGGBB eller en av {names}.</translation>
    </message>
    <message>
      <source>“{text}” is not a whole number: give a number, or “unlimited”</source>
      <translation>”{text}” är inget heltal: ange ett tal, eller ”unlimited”</translation>
    </message>
    <message>
      <source>“{text}” is not an e-mail address.</source>
      <translation>”{text}” är ingen e-postadress.</translation>
    </message>
    <message>
      <source>“{url}” is not a bucket: write it s3://BUCKET or s3://BUCKET/PREFIX.</source>
      <translation>”{url}” är ingen bucket: skriv s3://BUCKET eller s3://BUCKET/PREFIX.</translation>
    </message>
    <message>
      <source>“{value}” is not a highlight colour: use one of {value2} or #rrggbb.</source>
      <translation>”{value}” är ingen markeringsfärg: använd en av {value2} eller #rrggbb.</translation>
    </message>
    <message>
      <source>“{value}” is not a lap time: type seconds like 12.345 or 1:02.5.</source>
      <translation>”{value}” är ingen varvtid: skriv sekunder som 12.345 eller 1:02.5.</translation>
    </message>
    <message>
      <source>“{v}” is not a model fingerprint (32 hex digits)</source>
      <translation>”{v}” är inget modellfingeravtryck (32 hexsiffror)</translation>
    </message>
    <message>
      <source>“{v}” is not one of {values}</source>
      <translation>”{v}” är inte ett av {values}</translation>
    </message>
    <message>
      <source>○ Not connected ({port})</source>
      <translation>○ Inte ansluten ({port})</translation>
    </message>
    <message>
      <source>○ Searching the USB ports for a sensor…</source>
      <translation>○ Söker efter en sensor på USB-portarna…</translation>
    </message>
    <message>
      <source>● Connected: {device} on {port}</source>
      <translation>● Ansluten: {device} på {port}</translation>
    </message>
    <message>
      <source>⚠ {column} was also changed on laptop {other} at the same time: {holds}</source>
      <translation type="vanished">⚠ {column} ändrades också på dator {other} samtidigt: {holds}</translation>
    </message>
  </context>
</TS>
