<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
  <context>
    <name>drem</name>
    <message>
      <source>  all tracks:  {url}leaderboard/{e}?track=combined</source>
      <translation>  todas las pistas: {url}leaderboard/{e}?track=combined</translation>
    </message>
    <message>
      <source>  leaderboard: {url}leaderboard/{e}?track={n}</source>
      <translation>  clasificación:    {url}leaderboard/{e}?track={n}</translation>
    </message>
    <message>
      <source>  overlay:     {url}overlay/{e}?track={n}</source>
      <translation>  superposición:    {url}overlay/{e}?track={n}</translation>
    </message>
    <message>
      <source>  upload:      {url}upload  (upload code: {code})</source>
      <translation>  subida:           {url}upload  (código de subida: {code})</translation>
    </message>
    <message>
      <source>  ● on track now</source>
      <translation>  ● en pista ahora</translation>
    </message>
    <message>
      <source> (lost on the wire)</source>
      <translation> (perdido por el camino)</translation>
    </message>
    <message>
      <source> (use _ instead of spaces)</source>
      <translation> (use _ en lugar de espacios)</translation>
    </message>
    <message>
      <source> and </source>
      <translation> y </translation>
    </message>
    <message>
      <source> and loaded</source>
      <translation> y cargado</translation>
    </message>
    <message>
      <source> min per run (0: no limit)</source>
      <translation> min por manga (0: sin límite)</translation>
    </message>
    <message>
      <source> · on a car</source>
      <translation> · en un coche</translation>
    </message>
    <message>
      <source> · runs done {runs_text}</source>
      <translation> · mangas hechas {runs_text}</translation>
    </message>
    <message>
      <source>#</source>
      <translation>#</translation>
    </message>
    <message>
      <source>&amp;Event</source>
      <translation>&amp;Evento</translation>
    </message>
    <message>
      <source>&amp;Export…</source>
      <translation>&amp;Exportar…</translation>
    </message>
    <message>
      <source>(The car said: "{reason}")</source>
      <translation>(El coche dijo: «{reason}»)</translation>
    </message>
    <message>
      <source>(invalid)</source>
      <translation>(no válida)</translation>
    </message>
    <message>
      <source>* raced by proxy: someone else drove for the registered racer.</source>
      <translation>* corrido por sustituto: otra persona condujo por el piloto inscrito.</translation>
    </message>
    <message>
      <source>--pi-timer sends plain text frames like older timers</source>
      <translation>--pi-timer envía tramas de texto sencillas como los cronómetros antiguos</translation>
    </message>
    <message>
      <source>--unplug-every needs --link PATH, so the host finds the sensor again.</source>
      <translation>--unplug-every necesita --link RUTA, para que el equipo vuelva a encontrar el sensor.</translation>
    </message>
    <message>
      <source>/dev/ttyACM0, COM3, or /dev/ttyUSB0?mode=json (or ?mode=lines)</source>
      <translation>/dev/ttyACM0, COM3 o /dev/ttyUSB0?mode=json (o ?mode=lines)</translation>
    </message>
    <message>
      <source>1 minute {s:.1f}</source>
      <translation>1 minuto {s:.1f}</translation>
    </message>
    <message>
      <source>4 to 12 digits</source>
      <translation>De 4 a 12 dígitos</translation>
    </message>
    <message>
      <source>&lt;span style='color:{PERSONAL_BEST}'&gt;■&lt;/span&gt; personal best  &lt;span style='color:{EVENT_BEST}'&gt;■&lt;/span&gt; event best  &lt;span style='color:{INVALID}'&gt;■&lt;/span&gt; invalid</source>
      <translation>&lt;span style='color:{PERSONAL_BEST}'&gt;■&lt;/span&gt; mejor marca personal  &lt;span style='color:{EVENT_BEST}'&gt;■&lt;/span&gt; mejor marca del evento  &lt;span style='color:{INVALID}'&gt;■&lt;/span&gt; no válida</translation>
    </message>
    <message>
      <source>A PIN is set.</source>
      <translation>Hay un PIN establecido.</translation>
    </message>
    <message>
      <source>A SAC model needs a continuous action space, but this one is discrete.</source>
      <translation>Un modelo SAC necesita un espacio de acciones continuo, pero este es discreto.</translation>
    </message>
    <message>
      <source>A backup is written when the app starts and after every submitted run.</source>
      <translation>Se escribe una copia de seguridad al iniciar la aplicación y tras cada manga enviada.</translation>
    </message>
    <message>
      <source>A car needs a serial or a host name.</source>
      <translation>Un coche necesita un número de serie o un nombre de host.</translation>
    </message>
    <message>
      <source>A continuous action_space must be an object with steering_angle and speed ranges.</source>
      <translation>Un action_space continuo debe ser un objeto con rangos steering_angle y speed.</translation>
    </message>
    <message>
      <source>A discrete action_space must be a non-empty list of actions.</source>
      <translation>Un action_space discreto debe ser una lista de acciones no vacía.</translation>
    </message>
    <message>
      <source>A fleet needs a name.</source>
      <translation>Una flota necesita un nombre.</translation>
    </message>
    <message>
      <source>A fleet needs a name; {name} keeps the one it has.</source>
      <translation>Una flota necesita un nombre; {name} conserva el que tiene.</translation>
    </message>
    <message>
      <source>A form field took too long to arrive. Check the Wi-Fi and try again.</source>
      <translation>Un campo del formulario tardó demasiado en llegar. Compruebe la wifi e inténtelo de nuevo.</translation>
    </message>
    <message>
      <source>A lap key pressed sooner than the minimum lap time after the lap began: not a lap. Press A to count it anyway (until the next lap).</source>
      <translation>Una tecla de vuelta pulsada antes del tiempo mínimo de vuelta desde que empezó la vuelta: no es una vuelta. Pulse A para contarla igualmente (hasta la siguiente vuelta).</translation>
    </message>
    <message>
      <source>A lap time must be a number of milliseconds, not {value}.</source>
      <translation>Un tiempo de vuelta debe ser un número de milisegundos, no {value}.</translation>
    </message>
    <message>
      <source>A lap time must be between 1 ms and 24 hours, not {value} ms.</source>
      <translation>Un tiempo de vuelta debe estar entre 1 ms y 24 horas, no {value} ms.</translation>
    </message>
    <message>
      <source>A lap time must be more than 0 ms and less than a day.</source>
      <translation>Un tiempo de vuelta debe ser mayor que 0 ms y menor que un día.</translation>
    </message>
    <message>
      <source>A lap-count race needs the number of laps to finish (1 to 1000).</source>
      <translation>Una carrera por número de vueltas necesita las vueltas para terminar (de 1 a 1000).</translation>
    </message>
    <message>
      <source>A model is already on its way to the car: wait or Cancel.</source>
      <translation>Ya hay un modelo de camino al coche: espere o Cancele.</translation>
    </message>
    <message>
      <source>A newer line took its place.</source>
      <translation>Un anuncio más reciente ocupó su lugar.</translation>
    </message>
    <message>
      <source>A racer needs a username.</source>
      <translation>Un piloto necesita un nombre de usuario.</translation>
    </message>
    <message>
      <source>A racer needs a username: type it in the first box.</source>
      <translation>Un piloto necesita un nombre de usuario: escríbalo en la primera casilla.</translation>
    </message>
    <message>
      <source>A trigger could not be recorded ({error}). Capture that lap by hand.</source>
      <translation>No se pudo registrar un disparo ({error}). Registre esa vuelta a mano.</translation>
    </message>
    <message>
      <source>A username</source>
      <translation>Un nombre de usuario</translation>
    </message>
    <message>
      <source>Access key ID</source>
      <translation>ID de clave de acceso</translation>
    </message>
    <message>
      <source>Action</source>
      <translation>Acción</translation>
    </message>
    <message>
      <source>Action space</source>
      <translation>Espacio de acciones</translation>
    </message>
    <message>
      <source>Action {index} is not an object with steering_angle and speed.</source>
      <translation>La acción {index} no es un objeto con steering_angle y speed.</translation>
    </message>
    <message>
      <source>Action {index} needs numeric steering_angle and speed.</source>
      <translation>La acción {index} necesita valores numéricos de steering_angle y speed.</translation>
    </message>
    <message>
      <source>Add car</source>
      <translation>Añadir coche</translation>
    </message>
    <message>
      <source>Add to deck: racer's name, Enter</source>
      <translation>A la cola: nombre del piloto, Intro</translation>
    </message>
    <message>
      <source>Add track</source>
      <translation>Añadir pista</translation>
    </message>
    <message>
      <source>Added {hostname}. Save its password, then choose an action.</source>
      <translation>{hostname} añadido. Guarde su contraseña y luego elija una acción.</translation>
    </message>
    <message>
      <source>Address</source>
      <translation>Dirección</translation>
    </message>
    <message>
      <source>Again: </source>
      <translation>Otra vez: </translation>
    </message>
    <message>
      <source>Algorithm</source>
      <translation>Algoritmo</translation>
    </message>
    <message>
      <source>All cars</source>
      <translation>Todos los coches</translation>
    </message>
    <message>
      <source>All events</source>
      <translation>Todos los eventos</translation>
    </message>
    <message>
      <source>All tracks</source>
      <translation>Todas las pistas</translation>
    </message>
    <message>
      <source>All tracks combined</source>
      <translation>Todas las pistas juntas</translation>
    </message>
    <message>
      <source>Allow extra run</source>
      <translation>Permitir una manga extra</translation>
    </message>
    <message>
      <source>Already registered: {names}.</source>
      <translation>Ya inscritos: {names}.</translation>
    </message>
    <message>
      <source>An event named “{name}” already exists.</source>
      <translation>Ya existe un evento llamado «{name}».</translation>
    </message>
    <message>
      <source>An event needs a name.</source>
      <translation>Un evento necesita un nombre.</translation>
    </message>
    <message>
      <source>Another event already uses the upload code “{code}”: pick another.</source>
      <translation>Otro evento ya usa el código de subida «{code}»: elija otro.</translation>
    </message>
    <message>
      <source>Another event here is named “{name}”: rename it first, then restore again.</source>
      <translation>Otro evento aquí se llama «{name}»: cámbiele el nombre primero y luego restaure de nuevo.</translation>
    </message>
    <message>
      <source>At most {n} files per upload; send the rest in another one.</source>
      <translation>Como mucho {n} archivos por subida; envíe el resto en otra.</translation>
    </message>
    <message>
      <source>Average</source>
      <translation>Media</translation>
    </message>
    <message>
      <source>Average window (laps)</source>
      <translation>Ventana de la media (vueltas)</translation>
    </message>
    <message>
      <source>Back up now</source>
      <translation>Copia de seguridad ahora</translation>
    </message>
    <message>
      <source>Backup failed ({error}). Free some disk space or choose another data folder.</source>
      <translation type="vanished">La copia de seguridad falló ({error}). Libere espacio en disco o elija otra carpeta de datos.</translation>
    </message>
    <message>
      <source>Backup failed ({error}). Free some disk space or choose another data folder; the next backup is tried after the next submitted run.</source>
      <translation>La copia de seguridad falló ({error}). Libere espacio en disco o elija otra carpeta de datos; la próxima copia se intentará tras la próxima carrera enviada.</translation>
    </message>
    <message>
      <source>Backup written: {name}</source>
      <translation>Copia de seguridad escrita: {name}</translation>
    </message>
    <message>
      <source>Backup written: {path}</source>
      <translation>Copia de seguridad escrita: {path}</translation>
    </message>
    <message>
      <source>Backups</source>
      <translation>Copias de seguridad</translation>
    </message>
    <message>
      <source>Battery</source>
      <translation>Batería</translation>
    </message>
    <message>
      <source>Battery low: change or charge it before the car races.</source>
      <translation>Batería baja: cámbiela o cárguela antes de que el coche corra.</translation>
    </message>
    <message>
      <source>Best</source>
      <translation>Mejor</translation>
    </message>
    <message>
      <source>Best average ({n} laps)</source>
      <translation>Mejor media ({n} vueltas)</translation>
    </message>
    <message>
      <source>Best average of {n} laps: {t} s</source>
      <translation>Mejor media de {n} vueltas: {t} s</translation>
    </message>
    <message>
      <source>Best avg</source>
      <translation>Mejor media</translation>
    </message>
    <message>
      <source>Best lap</source>
      <translation>Mejor vuelta</translation>
    </message>
    <message>
      <source>Board</source>
      <translation>Tablero</translation>
    </message>
    <message>
      <source>Board options: ?track=1|combined, ?format=fastest|average, ?scroll=page|smooth|off, ?qr=1, ?lang=</source>
      <translation>Opciones del tablero: ?track=1|combined, ?format=fastest|average, ?scroll=page|smooth|off, ?qr=1, ?lang=</translation>
    </message>
    <message>
      <source>Bucket</source>
      <translation>Bucket</translation>
    </message>
    <message>
      <source>Bucket offline</source>
      <translation>Bucket sin conexión</translation>
    </message>
    <message>
      <source>Bucket “{bucket}” does not exist at {where}: create it, or correct the name in Settings → Sync.</source>
      <translation>El bucket «{bucket}» no existe en {where}: créelo, o corrija el nombre en Ajustes → Sincronización.</translation>
    </message>
    <message>
      <source>CHECK: {why}</source>
      <translation>REVISAR: {why}</translation>
    </message>
    <message>
      <source>CSV files (*.csv *.txt)</source>
      <translation>Archivos CSV (*.csv *.txt)</translation>
    </message>
    <message>
      <source>CSV files (*.csv);;All files (*)</source>
      <translation>Archivos CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
      <source>Call-outs are closed.</source>
      <translation>Los anuncios están cerrados.</translation>
    </message>
    <message>
      <source>Call-outs saved.</source>
      <translation>Anuncios guardados.</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Cancelar</translation>
    </message>
    <message>
      <source>Cancel running</source>
      <translation>Cancelar en curso</translation>
    </message>
    <message>
      <source>Cancelled on car {car}; the car keeps what it had.</source>
      <translation>Cancelado en el coche {car}; el coche conserva lo que tenía.</translation>
    </message>
    <message>
      <source>Cancelled: nothing was loaded.</source>
      <translation>Cancelado: no se cargó nada.</translation>
    </message>
    <message>
      <source>Cancelled: nothing was saved.</source>
      <translation>Cancelado: no se guardó nada.</translation>
    </message>
    <message>
      <source>Cancelled: the transfer resumes where it stopped at the next sync.</source>
      <translation>Cancelado: la transferencia continúa donde se detuvo en la próxima sincronización.</translation>
    </message>
    <message>
      <source>Cancelling…</source>
      <translation>Cancelando…</translation>
    </message>
    <message>
      <source>Cannot open {port} ({error}). Check the cable, and that no other program or track uses this port; retrying.</source>
      <translation>No se puede abrir {port} ({error}). Compruebe el cable y que ningún otro programa ni otra pista use este puerto; reintentando.</translation>
    </message>
    <message>
      <source>Cannot reach the Pi timer at {url} ({error}). Check that it is on and on this network; retrying.</source>
      <translation>No se puede contactar con el cronómetro Pi en {url} ({error}). Compruebe que está encendido y en esta red; reintentando.</translation>
    </message>
    <message>
      <source>Cannot reach the bucket at {where}: this laptop is offline or the endpoint is wrong. Changes wait here and go as soon as it answers.</source>
      <translation>No se puede contactar con el bucket en {where}: este portátil está sin conexión o el endpoint es incorrecto. Los cambios esperan aquí y salen en cuanto responda.</translation>
    </message>
    <message>
      <source>Cannot reach {address}:{port} ({error}).</source>
      <translation>No se puede contactar con {address}:{port} ({error}).</translation>
    </message>
    <message>
      <source>Cannot {action} while the run is {state}.</source>
      <translation>No se puede {action} mientras la manga está {state}.</translation>
    </message>
    <message>
      <source>Car</source>
      <translation>Coche</translation>
    </message>
    <message>
      <source>Car and model</source>
      <translation>Coche y modelo</translation>
    </message>
    <message>
      <source>Car logs of this run</source>
      <translation>Registros del coche de esta manga</translation>
    </message>
    <message>
      <source>Car {car} answers again.</source>
      <translation>El coche {car} vuelve a responder.</translation>
    </message>
    <message>
      <source>Car {car} could not {action}: {detail}</source>
      <translation>El coche {car} no pudo {action}: {detail}</translation>
    </message>
    <message>
      <source>Car {car} did not answer{detail}. Check that it is switched on and on the venue network, then retry.</source>
      <translation>El coche {car} no respondió{detail}. Compruebe que está encendido y en la red del recinto, y vuelva a intentarlo.</translation>
    </message>
    <message>
      <source>Car {car} presented a different {what} than last time ({seen} instead of {expected}): the car was re-flashed or this is another car. Nothing was sent. Trust the new key in Cars → {car} if you expected this.</source>
      <translation>El coche {car} presentó un {what} distinto al de la última vez ({seen} en lugar de {expected}): el coche se reinstaló o es otro coche. No se envió nada. Confíe en la clave nueva en Coches → {car} si lo esperaba.</translation>
    </message>
    <message>
      <source>Car {car} ran out of disk space while installing the model; nothing was changed. Delete old models on the car (Cars → Delete all models) and retry.</source>
      <translation>El coche {car} se quedó sin espacio en disco al instalar el modelo; no se cambió nada. Borre modelos antiguos del coche (Coches → Borrar todos los modelos) y vuelva a intentarlo.</translation>
    </message>
    <message>
      <source>Car {car} refused the {what} password or key. Check the credentials saved for this car in Cars → {car} and retry.</source>
      <translation>El coche {car} rechazó la contraseña o la clave de {what}. Compruebe las credenciales guardadas para este coche en Coches → {car} y vuelva a intentarlo.</translation>
    </message>
    <message>
      <source>Car {car} refused to load {folder}: {explanation}</source>
      <translation>El coche {car} se negó a cargar {folder}: {explanation}</translation>
    </message>
    <message>
      <source>Car {car} stopped answering during the run ({why}). Check the car: it may be off the network, out of battery or switched off.</source>
      <translation>El coche {car} dejó de responder durante la manga ({why}). Revise el coche: puede estar fuera de la red, sin batería o apagado.</translation>
    </message>
    <message>
      <source>Car {car}: unexpected error ({error}). Retry; if it repeats, send the log to the organizers.</source>
      <translation>Coche {car}: error inesperado ({error}). Vuelva a intentarlo; si se repite, envíe el registro a los organizadores.</translation>
    </message>
    <message>
      <source>Car: serial or host name</source>
      <translation>Coche: número de serie o nombre de host</translation>
    </message>
    <message>
      <source>Cars</source>
      <translation>Coches</translation>
    </message>
    <message>
      <source>Cars (tick the ones an action goes to)</source>
      <translation>Coches (marque aquellos a los que va una acción)</translation>
    </message>
    <message>
      <source>Cars in no fleet</source>
      <translation>Coches sin flota</translation>
    </message>
    <message>
      <source>Cars on race day</source>
      <translation>Coches el día de carrera</translation>
    </message>
    <message>
      <source>Certificate of achievement</source>
      <translation>Certificado de logro</translation>
    </message>
    <message>
      <source>Certificate of participation</source>
      <translation>Certificado de participación</translation>
    </message>
    <message>
      <source>Certificates (PDF)</source>
      <translation>Certificados (PDF)</translation>
    </message>
    <message>
      <source>Changes from {name} were refused: {reason}</source>
      <translation>Se rechazaron los cambios de {name}: {reason}</translation>
    </message>
    <message>
      <source>Checked</source>
      <translation>Comprobado</translation>
    </message>
    <message>
      <source>Checking archives in {folder}…</source>
      <translation>Comprobando los archivos en {folder}…</translation>
    </message>
    <message>
      <source>Checking {name}…</source>
      <translation>Comprobando {name}…</translation>
    </message>
    <message>
      <source>Choose a car, or type its name and press Enter</source>
      <translation>Elija un coche, o escriba su nombre y pulse Intro</translation>
    </message>
    <message>
      <source>Choose at least one model file (.tar.gz) to upload.</source>
      <translation>Elija al menos un archivo de modelo (.tar.gz) para subir.</translation>
    </message>
    <message>
      <source>Choose folder…</source>
      <translation>Elegir carpeta…</translation>
    </message>
    <message>
      <source>Choose or create an event first, then export it.</source>
      <translation>Elija o cree primero un evento y luego expórtelo.</translation>
    </message>
    <message>
      <source>Choose the bundle's folder, or create an event instead.</source>
      <translation>Elija la carpeta del paquete, o cree un evento en su lugar.</translation>
    </message>
    <message>
      <source>Choose…</source>
      <translation>Elegir…</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Cerrar</translation>
    </message>
    <message>
      <source>Cloud bucket</source>
      <translation>Bucket en la nube</translation>
    </message>
    <message>
      <source>Cloud manager bundle (folder)</source>
      <translation>Paquete del gestor en la nube (carpeta)</translation>
    </message>
    <message>
      <source>Cloud-manager export bundle</source>
      <translation>Paquete de exportación del gestor en la nube</translation>
    </message>
    <message>
      <source>Colour</source>
      <translation>Color</translation>
    </message>
    <message>
      <source>Commands: next USERNAME (put the racer on the track; registered if new) · next (the first racer on deck) · deck USERNAME (queue a racer) · end · submit · discard · status · help · quit</source>
      <translation>Órdenes: next USUARIO (pone al piloto en pista; inscrito si es nuevo) · next (el primer piloto en cola) · deck USUARIO (pone un piloto en cola) · end · submit · discard · status · help · quit</translation>
    </message>
    <message>
      <source>Commentator</source>
      <translation>Comentarista</translation>
    </message>
    <message>
      <source>Completion</source>
      <translation>Finalización</translation>
    </message>
    <message>
      <source>Connect this laptop to the venue network to accept uploads.</source>
      <translation>Conecte este portátil a la red del recinto para aceptar subidas.</translation>
    </message>
    <message>
      <source>Connect this laptop to the venue network; the addresses appear in Settings.</source>
      <translation>Conecte este portátil a la red del recinto; las direcciones aparecen en Ajustes.</translation>
    </message>
    <message>
      <source>Connected</source>
      <translation>Conectado</translation>
    </message>
    <message>
      <source>Connected to {url}: this laptop can read and write there.</source>
      <translation>Conectado a {url}: este portátil puede leer y escribir allí.</translation>
    </message>
    <message>
      <source>Console theme</source>
      <translation>Tema de la consola</translation>
    </message>
    <message>
      <source>Controls laptop {name}</source>
      <translation>Controla el portátil {name}</translation>
    </message>
    <message>
      <source>Could not copy {file} ({error}). Check the drive is still plugged in.</source>
      <translation>No se pudo copiar {file} ({error}). Compruebe que la unidad sigue conectada.</translation>
    </message>
    <message>
      <source>Could not open</source>
      <translation>No se pudo abrir</translation>
    </message>
    <message>
      <source>Count it anyway</source>
      <translation>Contarla igualmente</translation>
    </message>
    <message>
      <source>Count it anyway ({key})</source>
      <translation>Contarla igualmente ({key})</translation>
    </message>
    <message>
      <source>Country</source>
      <translation>País</translation>
    </message>
    <message>
      <source>Create an event</source>
      <translation>Crear un evento</translation>
    </message>
    <message>
      <source>Create an event first: each track gets a lap source here.</source>
      <translation>Cree primero un evento: cada pista recibe aquí una fuente de vueltas.</translation>
    </message>
    <message>
      <source>Create event</source>
      <translation>Crear evento</translation>
    </message>
    <message>
      <source>Create fleet</source>
      <translation>Crear flota</translation>
    </message>
    <message>
      <source>Create or pick an event first (Event page).</source>
      <translation>Cree o elija primero un evento (página Evento).</translation>
    </message>
    <message>
      <source>Created demo event “{name}” ({id}).</source>
      <translation>Evento de demostración «{name}» ({id}) creado.</translation>
    </message>
    <message>
      <source>Created event “{name}” ({id}) with {n} track(s). Upload code: {code}</source>
      <translation>Evento «{name}» ({id}) creado con {n} pista(s). Código de subida: {code}</translation>
    </message>
    <message>
      <source>Created “{name}”. It is now the current event.</source>
      <translation>«{name}» creado. Ahora es el evento actual.</translation>
    </message>
    <message>
      <source>Current lap</source>
      <translation>Vuelta en curso</translation>
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
      <translation>DREM Desktop no puede abrir su ventana: el complemento X11 de Qt no se carga ({error}). Establezca QT_QPA_PLATFORM=wayland en un escritorio Wayland, o instale la biblioteca que nombra.</translation>
    </message>
    <message>
      <source>DREM Desktop cannot open its window: these system libraries are missing: {names}.</source>
      <translation>DREM Desktop no puede abrir su ventana: faltan estas bibliotecas del sistema: {names}.</translation>
    </message>
    <message>
      <source>DREM Desktop is already open on {folder}: its window was brought forward.</source>
      <translation>DREM Desktop ya está abierto con {folder}: su ventana se ha traído al frente.</translation>
    </message>
    <message>
      <source>DREM Desktop is open on {folder} but does not answer. Close it (or end it in the task manager), then start again.</source>
      <translation>DREM Desktop está abierto con {folder} pero no responde. Ciérrelo (o termínelo en el administrador de tareas) y vuelva a iniciarlo.</translation>
    </message>
    <message>
      <source>DREM Pi timer (type its address)</source>
      <translation>Cronómetro Pi DREM (escriba su dirección)</translation>
    </message>
    <message>
      <source>DREM Pi timer at…</source>
      <translation>Cronómetro Pi DREM en…</translation>
    </message>
    <message>
      <source>DREM has not loaded a model onto {car}, so it cannot tell whose logs to fetch.</source>
      <translation>DREM no ha cargado ningún modelo en {car}, así que no sabe de quién traer los registros.</translation>
    </message>
    <message>
      <source>DREM leaderboard</source>
      <translation>Clasificación DREM</translation>
    </message>
    <message>
      <source>Dark</source>
      <translation>Oscuro</translation>
    </message>
    <message>
      <source>Data folder</source>
      <translation>Carpeta de datos</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Fecha</translation>
    </message>
    <message>
      <source>DeepRacer events</source>
      <translation>Eventos DeepRacer</translation>
    </message>
    <message>
      <source>Delete all models</source>
      <translation>Borrar todos los modelos</translation>
    </message>
    <message>
      <source>Delete lap</source>
      <translation>Borrar vuelta</translation>
    </message>
    <message>
      <source>Delete run</source>
      <translation>Borrar manga</translation>
    </message>
    <message>
      <source>Deleted laps, struck through: select one and press Restore lap to count it again.</source>
      <translation>Vueltas borradas, tachadas: seleccione una y pulse Restaurar vuelta para que vuelva a contar.</translation>
    </message>
    <message>
      <source>Deleted user {id}</source>
      <translation>Usuario borrado {id}</translation>
    </message>
    <message>
      <source>Deleted: it does not count. Select it and press Restore lap to count it again.</source>
      <translation>Borrada: no cuenta. Selecciónela y pulse Restaurar vuelta para que vuelva a contar.</translation>
    </message>
    <message>
      <source>Discard</source>
      <translation>Descartar</translation>
    </message>
    <message>
      <source>Discard run</source>
      <translation>Descartar manga</translation>
    </message>
    <message>
      <source>Discard this run? Its laps leave the leaderboard. Press X again to discard, Esc to keep it.</source>
      <translation>¿Descartar esta manga? Sus vueltas salen de la clasificación. Pulse X otra vez para descartar, Esc para conservarla.</translation>
    </message>
    <message>
      <source>Discarded: the run's laps are not on the leaderboard.</source>
      <translation>Descartada: las vueltas de la manga no están en la clasificación.</translation>
    </message>
    <message>
      <source>Display name</source>
      <translation>Nombre visible</translation>
    </message>
    <message>
      <source>Double-click a cell to correct it (username, name, country, colour, email).</source>
      <translation>Haga doble clic en una celda para corregirla (usuario, nombre, país, color, correo).</translation>
    </message>
    <message>
      <source>Drop .tar.gz files here, or choose them:</source>
      <translation>Suelte aquí archivos .tar.gz, o elíjalos:</translation>
    </message>
    <message>
      <source>Email</source>
      <translation>Correo</translation>
    </message>
    <message>
      <source>End and submit</source>
      <translation>Terminar y enviar</translation>
    </message>
    <message>
      <source>End run</source>
      <translation>Terminar manga</translation>
    </message>
    <message>
      <source>End the run now?</source>
      <translation>¿Terminar la manga ahora?</translation>
    </message>
    <message>
      <source>End the run now? The lap in progress is not counted. Press E again to end, Esc to keep racing.</source>
      <translation>¿Terminar la manga ahora? La vuelta en curso no cuenta. Pulse E otra vez para terminar, Esc para seguir corriendo.</translation>
    </message>
    <message>
      <source>Endpoint URL</source>
      <translation>URL del endpoint</translation>
    </message>
    <message>
      <source>Enter the upload code shown at the organizer's desk.</source>
      <translation>Introduzca el código de subida que se muestra en la mesa de la organización.</translation>
    </message>
    <message>
      <source>Enter your racer username.</source>
      <translation>Introduzca su nombre de usuario de piloto.</translation>
    </message>
    <message>
      <source>Event</source>
      <translation>Evento</translation>
    </message>
    <message>
      <source>Event archive (.dremz)</source>
      <translation>Archivo del evento (.dremz)</translation>
    </message>
    <message>
      <source>Event best</source>
      <translation>Mejor marca del evento</translation>
    </message>
    <message>
      <source>Event in the bucket:</source>
      <translation>Evento en el bucket:</translation>
    </message>
    <message>
      <source>Event “{event}” has no track {track} (tracks: {tracks}).</source>
      <translation>El evento «{event}» no tiene pista {track} (pistas: {tracks}).</translation>
    </message>
    <message>
      <source>Event “{event}” has no track {track} (tracks: {tracks}, or combined).</source>
      <translation>El evento «{event}» no tiene pista {track} (pistas: {tracks}, o combined).</translation>
    </message>
    <message>
      <source>Events</source>
      <translation>Eventos</translation>
    </message>
    <message>
      <source>Every lap of every run, for a spreadsheet.</source>
      <translation>Cada vuelta de cada manga, para una hoja de cálculo.</translation>
    </message>
    <message>
      <source>Everything above for scripts and web pages.</source>
      <translation>Todo lo anterior para scripts y páginas web.</translation>
    </message>
    <message>
      <source>Export</source>
      <translation>Exportar</translation>
    </message>
    <message>
      <source>Export “{name}”</source>
      <translation>Exportar «{name}»</translation>
    </message>
    <message>
      <source>Fastest</source>
      <translation>Más rápido</translation>
    </message>
    <message>
      <source>Fastest average</source>
      <translation>Media más rápida</translation>
    </message>
    <message>
      <source>Fastest average of consecutive laps</source>
      <translation>Media más rápida de vueltas consecutivas</translation>
    </message>
    <message>
      <source>Fastest average of {n} laps</source>
      <translation>Media más rápida de {n} vueltas</translation>
    </message>
    <message>
      <source>Fastest lap</source>
      <translation>Vuelta más rápida</translation>
    </message>
    <message>
      <source>Fastest lap: {t} s</source>
      <translation>Vuelta más rápida: {t} s</translation>
    </message>
    <message>
      <source>Fetch each run's car logs</source>
      <translation>Traer los registros del coche de cada manga</translation>
    </message>
    <message>
      <source>Fetch last run's logs</source>
      <translation>Traer los registros de la última manga</translation>
    </message>
    <message>
      <source>Fetch logs from the car</source>
      <translation>Traer registros del coche</translation>
    </message>
    <message>
      <source>Fields: {fields}</source>
      <translation>Campos: {fields}</translation>
    </message>
    <message>
      <source>Find cars on the network (mDNS)</source>
      <translation>Buscar coches en la red (mDNS)</translation>
    </message>
    <message>
      <source>Find racer…</source>
      <translation>Buscar piloto…</translation>
    </message>
    <message>
      <source>Find racer…  (N)</source>
      <translation>Buscar piloto…  (N)</translation>
    </message>
    <message>
      <source>First, the event you are timing. Everything stays on this laptop.</source>
      <translation>Primero, el evento que va a cronometrar. Todo se queda en este portátil.</translation>
    </message>
    <message>
      <source>Fleet</source>
      <translation>Flota</translation>
    </message>
    <message>
      <source>Fleet of ticked cars</source>
      <translation>Flota de los coches marcados</translation>
    </message>
    <message>
      <source>Fleet {name} created. Tick cars and move them into it.</source>
      <translation>Flota {name} creada. Marque coches y muévalos a ella.</translation>
    </message>
    <message>
      <source>Fleet {name} removed.</source>
      <translation>Flota {name} quitada.</translation>
    </message>
    <message>
      <source>Fleet {old} is now called {new}.</source>
      <translation>La flota {old} ahora se llama {new}.</translation>
    </message>
    <message>
      <source>Fleets are kept in the event database, and this car service has none.</source>
      <translation>Las flotas se guardan en la base de datos del evento, y este servicio de coches no tiene ninguna.</translation>
    </message>
    <message>
      <source>Folder of sample models</source>
      <translation>Carpeta de modelos de ejemplo</translation>
    </message>
    <message>
      <source>Follow the racer on track</source>
      <translation>Seguir al piloto en pista</translation>
    </message>
    <message>
      <source>For the cloud manager's scripts/drem_import.py.</source>
      <translation>Para scripts/drem_import.py del gestor en la nube.</translation>
    </message>
    <message>
      <source>Forget laptop</source>
      <translation>Olvidar portátil</translation>
    </message>
    <message>
      <source>Forget password</source>
      <translation>Olvidar contraseña</translation>
    </message>
    <message>
      <source>Format</source>
      <translation>Formato</translation>
    </message>
    <message>
      <source>Format must be “fastest” or “average”, not “{fmt}”.</source>
      <translation>El formato debe ser «fastest» o «average», no «{fmt}».</translation>
    </message>
    <message>
      <source>From</source>
      <translation>De</translation>
    </message>
    <message>
      <source>Fullscreen (F11)</source>
      <translation>Pantalla completa (F11)</translation>
    </message>
    <message>
      <source>Gap</source>
      <translation>Diferencia</translation>
    </message>
    <message>
      <source>General</source>
      <translation>General</translation>
    </message>
    <message>
      <source>Get an event from the bucket, with all its runs, laps, racers and models</source>
      <translation>Traer un evento del bucket, con todas sus mangas, vueltas, pilotos y modelos</translation>
    </message>
    <message>
      <source>Give --code: the 6 digits the other laptop shows under Settings → Sync → Pair.</source>
      <translation>Indique --code: los 6 dígitos que el otro portátil muestra en Ajustes → Sincronización → Emparejar.</translation>
    </message>
    <message>
      <source>Give the 6-digit code the other laptop shows.</source>
      <translation>Introduzca el código de 6 dígitos que muestra el otro portátil.</translation>
    </message>
    <message>
      <source>Give the event a name.</source>
      <translation>Dé un nombre al evento.</translation>
    </message>
    <message>
      <source>Give the racer's username: deck USERNAME</source>
      <translation>Indique el nombre de usuario del piloto: deck USUARIO</translation>
    </message>
    <message>
      <source>Give this track a fleet (Event → tracks) to pre-load its cars.</source>
      <translation>Asigne una flota a esta pista (Evento → pistas) para precargar sus coches.</translation>
    </message>
    <message>
      <source>HOST:PORT of a laptop to pair with and join from, instead of the bucket</source>
      <translation>HOST:PORT de un portátil con el que emparejarse y del que unirse, en lugar del bucket</translation>
    </message>
    <message>
      <source>HOST:PORT of the laptop showing a code</source>
      <translation>HOST:PORT del portátil que muestra un código</translation>
    </message>
    <message>
      <source>History</source>
      <translation>Historial</translation>
    </message>
    <message>
      <source>How Races → History names the changes made on this laptop</source>
      <translation>Cómo nombra Carreras → Historial los cambios hechos en este portátil</translation>
    </message>
    <message>
      <source>How each track counts laps. Keys always work too; change this any time in Settings.</source>
      <translation>Cómo cuenta vueltas cada pista. Las teclas funcionan siempre también; puede cambiarlo en cualquier momento en Ajustes.</translation>
    </message>
    <message>
      <source>Ignored as a second trigger of the same car (within the minimum lap time). If it was a real lap, press L now or fix the lap in the table.</source>
      <translation>Ignorado como segundo disparo del mismo coche (dentro del tiempo mínimo de vuelta). Si fue una vuelta real, pulse L ahora o corrija la vuelta en la tabla.</translation>
    </message>
    <message>
      <source>Images (*.png *.jpg *.jpeg)</source>
      <translation>Imágenes (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
      <source>Import CSV…</source>
      <translation>Importar CSV…</translation>
    </message>
    <message>
      <source>Import a model</source>
      <translation>Importar un modelo</translation>
    </message>
    <message>
      <source>Import it there with: python scripts/drem_import.py --input {path}</source>
      <translation>Impórtelo allí con: python scripts/drem_import.py --input {path}</translation>
    </message>
    <message>
      <source>Import model file…</source>
      <translation>Importar archivo de modelo…</translation>
    </message>
    <message>
      <source>Import of {file} cancelled.</source>
      <translation>Importación de {file} cancelada.</translation>
    </message>
    <message>
      <source>Import racers</source>
      <translation>Importar pilotos</translation>
    </message>
    <message>
      <source>Import sample models…</source>
      <translation>Importar modelos de ejemplo…</translation>
    </message>
    <message>
      <source>Import the event from a cloud-manager export bundle</source>
      <translation>Importar el evento desde un paquete de exportación del gestor en la nube</translation>
    </message>
    <message>
      <source>Import ticked models for this racer</source>
      <translation>Importar los modelos marcados para este piloto</translation>
    </message>
    <message>
      <source>Imported {n} model(s).</source>
      <translation>{n} modelo(s) importado(s).</translation>
    </message>
    <message>
      <source>Imported {n} racer(s).</source>
      <translation>{n} piloto(s) importado(s).</translation>
    </message>
    <message>
      <source>Imported: </source>
      <translation>Importados: </translation>
    </message>
    <message>
      <source>Importing sample models from {folder}…</source>
      <translation>Importando modelos de ejemplo desde {folder}…</translation>
    </message>
    <message>
      <source>Importing {name}…</source>
      <translation>Importando {name}…</translation>
    </message>
    <message>
      <source>Importing {n} model(s) for {name}…</source>
      <translation>Importando {n} modelo(s) para {name}…</translation>
    </message>
    <message>
      <source>In step with the bucket: {up} segment(s) sent, {down} received.</source>
      <translation>Al día con el bucket: {up} segmento(s) enviado(s), {down} recibido(s).</translation>
    </message>
    <message>
      <source>In step with {name}.</source>
      <translation>Al día con {name}.</translation>
    </message>
    <message>
      <source>Install them, then start DREM Desktop again:</source>
      <translation>Instálelas y vuelva a iniciar DREM Desktop:</translation>
    </message>
    <message>
      <source>Invalid</source>
      <translation>No válida</translation>
    </message>
    <message>
      <source>Invalid lap</source>
      <translation>Vuelta no válida</translation>
    </message>
    <message>
      <source>It holds more than {limit} entries; a model archive holds a handful.</source>
      <translation>Contiene más de {limit} entradas; un archivo de modelo contiene unas pocas.</translation>
    </message>
    <message>
      <source>It holds no model (.pb) file; the car needs exactly one (normally agent/model.pb).</source>
      <translation>No contiene ningún archivo de modelo (.pb); el coche necesita exactamente uno (normalmente agent/model.pb).</translation>
    </message>
    <message>
      <source>It holds {count} .pb files ({names}); the car needs exactly one.</source>
      <translation>Contiene {count} archivos .pb ({names}); el coche necesita exactamente uno.</translation>
    </message>
    <message>
      <source>It unpacks to more than {limit} MB, far more than a model needs (a gzip bomb?).</source>
      <translation>Al descomprimirse supera {limit} MB, mucho más de lo que necesita un modelo (¿una bomba gzip?).</translation>
    </message>
    <message>
      <source>It waited too long to be said.</source>
      <translation>Esperó demasiado para ser dicho.</translation>
    </message>
    <message>
      <source>JSON is not an object</source>
      <translation>El JSON no es un objeto</translation>
    </message>
    <message>
      <source>JSON without an event name</source>
      <translation>JSON sin nombre de evento</translation>
    </message>
    <message>
      <source>Jobs</source>
      <translation>Tareas</translation>
    </message>
    <message>
      <source>Join an event</source>
      <translation>Unirse a un evento</translation>
    </message>
    <message>
      <source>Join an event from a bucket or a paired laptop…</source>
      <translation>Unirse a un evento desde un bucket o un portátil emparejado…</translation>
    </message>
    <message>
      <source>Join an event…</source>
      <translation>Unirse a un evento…</translation>
    </message>
    <message>
      <source>Joined “{name}” ({id}) from {peer}.</source>
      <translation>Unido a «{name}» ({id}) desde {peer}.</translation>
    </message>
    <message>
      <source>Joined “{name}” ({id}) from {url}: {summary}.</source>
      <translation>Unido a «{name}» ({id}) desde {url}: {summary}.</translation>
    </message>
    <message>
      <source>Joined, but refused: {first}</source>
      <translation>Unido, pero con rechazos: {first}</translation>
    </message>
    <message>
      <source>Joined: {n} changes. Pick the event in the top bar.</source>
      <translation>Unido: {n} cambios. Elija el evento en la barra superior.</translation>
    </message>
    <message>
      <source>Joining {name}…</source>
      <translation>Uniéndose a {name}…</translation>
    </message>
    <message>
      <source>Keyboard only</source>
      <translation>Solo teclado</translation>
    </message>
    <message>
      <source>Keyboard only: no sensor on this track</source>
      <translation>Solo teclado: no hay sensor en esta pista</translation>
    </message>
    <message>
      <source>Keyboard only: no sensor on this track (choose one in Settings).</source>
      <translation>Solo teclado: no hay sensor en esta pista (elija uno en Ajustes).</translation>
    </message>
    <message>
      <source>Keys only (L or Enter counts a lap)</source>
      <translation>Solo teclas (L o Intro cuenta una vuelta)</translation>
    </message>
    <message>
      <source>Keys: see the labels on
the timekeeper buttons</source>
      <translation>Teclas: vea las etiquetas de
los botones del cronometraje</translation>
    </message>
    <message>
      <source>LAN pages: {url}event/{e}</source>
      <translation>Páginas LAN: {url}event/{e}</translation>
    </message>
    <message>
      <source>LAN pages: {url}leaderboard/{event}</source>
      <translation type="vanished">Páginas LAN: {url}leaderboard/{event}</translation>
    </message>
    <message>
      <source>LAN server and leaderboard</source>
      <translation>Servidor LAN y clasificación</translation>
    </message>
    <message>
      <source>LAN server port</source>
      <translation>Puerto del servidor LAN</translation>
    </message>
    <message>
      <source>LAN server port (default {port} or next free)</source>
      <translation>Puerto del servidor LAN (por defecto {port} o el siguiente libre)</translation>
    </message>
    <message>
      <source>LAN sync: {message}</source>
      <translation>Sincronización LAN: {message}</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>Idioma</translation>
    </message>
    <message>
      <source>Lap</source>
      <translation>Vuelta</translation>
    </message>
    <message>
      <source>Lap changed; the leaderboard is updated.</source>
      <translation>Vuelta cambiada; la clasificación está actualizada.</translation>
    </message>
    <message>
      <source>Lap completion</source>
      <translation>Fin de vuelta</translation>
    </message>
    <message>
      <source>Lap count (finals: first to N laps)</source>
      <translation>Número de vueltas (finales: el primero en llegar a N vueltas)</translation>
    </message>
    <message>
      <source>Lap count: first to finish the laps</source>
      <translation>Número de vueltas: gana el primero en completarlas</translation>
    </message>
    <message>
      <source>Lap key {short:.3f} s after the lap began: not counted (the minimum lap time is {minimum:.3f} s).</source>
      <translation>Tecla de vuelta {short:.3f} s después de empezar la vuelta: no contada (el tiempo mínimo de vuelta es {minimum:.3f} s).</translation>
    </message>
    <message>
      <source>Lap key {short:.3f} s after the lap began: shorter than the event's minimum lap time ({minimum:.3f} s), so it is not a lap. Press A to count it anyway.</source>
      <translation>Tecla de vuelta {short:.3f} s después de empezar la vuelta: más corta que el tiempo mínimo de vuelta del evento ({minimum:.3f} s), así que no es una vuelta. Pulse A para contarla igualmente.</translation>
    </message>
    <message>
      <source>Lap source of {value} could not be opened: check the cable or choose another in Settings. Keys still work.</source>
      <translation>No se pudo abrir la fuente de vueltas {value}: compruebe el cable o elija otra en Ajustes. Las teclas siguen funcionando.</translation>
    </message>
    <message>
      <source>Lap sources</source>
      <translation>Fuentes de vueltas</translation>
    </message>
    <message>
      <source>Lap sources are running; the app reopens them at the next start.</source>
      <translation>Las fuentes de vueltas están en marcha; la aplicación las vuelve a abrir en el próximo inicio.</translation>
    </message>
    <message>
      <source>Lap tapped {after} s after the lap began: not counted (the minimum lap time is {minimum} s).</source>
      <translation>Vuelta tocada {after} s después de empezar la vuelta: no contada (el tiempo mínimo de vuelta es {minimum} s).</translation>
    </message>
    <message>
      <source>Lap time</source>
      <translation>Tiempo de vuelta</translation>
    </message>
    <message>
      <source>Lap times (CSV)</source>
      <translation>Tiempos de vuelta (CSV)</translation>
    </message>
    <message>
      <source>Lap valid?</source>
      <translation>¿Vuelta válida?</translation>
    </message>
    <message>
      <source>Lap {after:.3f} s after the lap began: shorter than the event's minimum lap time ({minimum:.3f} s), so it is not a lap. Tap Count it anyway if the car did go round.</source>
      <translation>Vuelta {after:.3f} s después de empezar la vuelta: más corta que el tiempo mínimo de vuelta del evento ({minimum:.3f} s), así que no es una vuelta. Toque Contarla igualmente si el coche sí dio la vuelta.</translation>
    </message>
    <message>
      <source>Lap {lap}, {time}{validity}</source>
      <translation>Vuelta {lap}, {time}{validity}</translation>
    </message>
    <message>
      <source>Lap {n}</source>
      <translation>Vuelta {n}</translation>
    </message>
    <message>
      <source>Lap {n} of this run is not in the database.</source>
      <translation>La vuelta {n} de esta manga no está en la base de datos.</translation>
    </message>
    <message>
      <source>Lap {value} deleted (kept in history; Restore lap undoes it).</source>
      <translation>Vuelta {value} borrada (se conserva en el historial; Restaurar vuelta lo deshace).</translation>
    </message>
    <message>
      <source>Lap {value} restored: it counts again.</source>
      <translation>Vuelta {value} restaurada: vuelve a contar.</translation>
    </message>
    <message>
      <source>Laps</source>
      <translation>Vueltas</translation>
    </message>
    <message>
      <source>Laps (all runs at this event)</source>
      <translation>Vueltas (todas las mangas de este evento)</translation>
    </message>
    <message>
      <source>Laps (double-click to edit; the change is recorded)</source>
      <translation>Vueltas (doble clic para editar; el cambio queda registrado)</translation>
    </message>
    <message>
      <source>Laps (valid / all)</source>
      <translation>Vueltas (válidas / todas)</translation>
    </message>
    <message>
      <source>Laps are NOT being stored: the disk holding the data folder ({folder}) is full ({free:.0f} MB free). Free space now (empty the trash, delete old videos or downloads); timing resumes by itself. Until then write each lap down: the trigger log still shows every trigger.</source>
      <translation>Las vueltas NO se están guardando: el disco de la carpeta de datos ({folder}) está lleno ({free:.0f} MB libres). Libere espacio ahora (vacíe la papelera, borre vídeos o descargas antiguas); el cronometraje se reanuda solo. Hasta entonces anote cada vuelta: el registro de disparos sigue mostrando cada disparo.</translation>
    </message>
    <message>
      <source>Laps are being stored again.</source>
      <translation>Las vueltas vuelven a guardarse.</translation>
    </message>
    <message>
      <source>Laps per run</source>
      <translation>Vueltas por manga</translation>
    </message>
    <message>
      <source>Laps to finish</source>
      <translation>Vueltas para terminar</translation>
    </message>
    <message>
      <source>Laps to finish only applies to the lap-count format.</source>
      <translation>Las vueltas para terminar solo se aplican al formato por número de vueltas.</translation>
    </message>
    <message>
      <source>Laps valid / total</source>
      <translation>Vueltas válidas / total</translation>
    </message>
    <message>
      <source>Laptop {name} · track {n}</source>
      <translation>Portátil {name} · pista {n}</translation>
    </message>
    <message>
      <source>Laptops on this LAN</source>
      <translation>Portátiles en esta LAN</translation>
    </message>
    <message>
      <source>Last</source>
      <translation>Última</translation>
    </message>
    <message>
      <source>Last lap</source>
      <translation>Última vuelta</translation>
    </message>
    <message>
      <source>Last seen</source>
      <translation>Visto por última vez</translation>
    </message>
    <message>
      <source>Last unreadable line: {line!r} ({reason})</source>
      <translation>Última línea ilegible: {line!r} ({reason})</translation>
    </message>
    <message>
      <source>Leaderboard</source>
      <translation>Clasificación</translation>
    </message>
    <message>
      <source>Leaderboard address (QR code)</source>
      <translation>Dirección de la clasificación (código QR)</translation>
    </message>
    <message>
      <source>Leaderboard footer</source>
      <translation>Pie de la clasificación</translation>
    </message>
    <message>
      <source>Leaderboard for phones and the stream</source>
      <translation>Clasificación para móviles y la retransmisión</translation>
    </message>
    <message>
      <source>Leaderboard title</source>
      <translation>Título de la clasificación</translation>
    </message>
    <message>
      <source>Leaderboard window  Ctrl+Shift+L</source>
      <translation>Ventana de clasificación  Ctrl+Mayús+L</translation>
    </message>
    <message>
      <source>Leaderboards</source>
      <translation>Clasificaciones</translation>
    </message>
    <message>
      <source>Letter</source>
      <translation>Carta</translation>
    </message>
    <message>
      <source>Library</source>
      <translation>Biblioteca</translation>
    </message>
    <message>
      <source>Light</source>
      <translation>Claro</translation>
    </message>
    <message>
      <source>Live pages for phones and the stream at {value}</source>
      <translation>Páginas en directo para móviles y la retransmisión en {value}</translation>
    </message>
    <message>
      <source>Live results on your phone</source>
      <translation>Resultados en directo en su móvil</translation>
    </message>
    <message>
      <source>Load a CSV file…</source>
      <translation>Cargar un archivo CSV…</translation>
    </message>
    <message>
      <source>Load it onto the car again: the car still has the earlier metadata.</source>
      <translation>Vuelva a cargarlo en el coche: el coche aún tiene los metadatos anteriores.</translation>
    </message>
    <message>
      <source>Load model onto car</source>
      <translation>Cargar modelo en el coche</translation>
    </message>
    <message>
      <source>Load the chosen model onto the car and select it there</source>
      <translation>Cargar el modelo elegido en el coche y seleccionarlo allí</translation>
    </message>
    <message>
      <source>Loaded model</source>
      <translation>Modelo cargado</translation>
    </message>
    <message>
      <source>Loading the model onto {car} failed.</source>
      <translation>Falló la carga del modelo en {car}.</translation>
    </message>
    <message>
      <source>Log in</source>
      <translation>Iniciar sesión</translation>
    </message>
    <message>
      <source>Log in with the PIN first.</source>
      <translation>Inicie sesión primero con el PIN.</translation>
    </message>
    <message>
      <source>Log out</source>
      <translation>Cerrar sesión</translation>
    </message>
    <message>
      <source>Logo for printed results</source>
      <translation>Logotipo para los resultados impresos</translation>
    </message>
    <message>
      <source>Logo on printed results</source>
      <translation>Logotipo en los resultados impresos</translation>
    </message>
    <message>
      <source>Logs fetched from {car}.</source>
      <translation>Registros traídos de {car}.</translation>
    </message>
    <message>
      <source>Look for USB drives</source>
      <translation>Buscar unidades USB</translation>
    </message>
    <message>
      <source>Look for changes every</source>
      <translation>Buscar cambios cada</translation>
    </message>
    <message>
      <source>MD5</source>
      <translation>MD5</translation>
    </message>
    <message>
      <source>Make current</source>
      <translation>Hacer actual</translation>
    </message>
    <message>
      <source>Max runs per racer</source>
      <translation>Máximo de mangas por piloto</translation>
    </message>
    <message>
      <source>Max runs per racer must be at least 1 (or unlimited).</source>
      <translation>El máximo de mangas por piloto debe ser al menos 1 (o ilimitado).</translation>
    </message>
    <message>
      <source>Mean valid lap</source>
      <translation>Vuelta válida media</translation>
    </message>
    <message>
      <source>Minimum lap time (s, debounce)</source>
      <translation>Tiempo mínimo de vuelta (s, antirrebote)</translation>
    </message>
    <message>
      <source>Minimum lap time must be between 0 and 600 seconds.</source>
      <translation>El tiempo mínimo de vuelta debe estar entre 0 y 600 segundos.</translation>
    </message>
    <message>
      <source>Minimum lap time “{text}” is not a number of seconds.</source>
      <translation>El tiempo mínimo de vuelta «{text}» no es un número de segundos.</translation>
    </message>
    <message>
      <source>Model</source>
      <translation>Modelo</translation>
    </message>
    <message>
      <source>Model archives (*.tar.gz *.tgz)</source>
      <translation>Archivos de modelo (*.tar.gz *.tgz)</translation>
    </message>
    <message>
      <source>Model to push</source>
      <translation>Modelo a enviar</translation>
    </message>
    <message>
      <source>Model transfers</source>
      <translation>Transferencias de modelos</translation>
    </message>
    <message>
      <source>Models</source>
      <translation>Modelos</translation>
    </message>
    <message>
      <source>Models of {shown_name}</source>
      <translation>Modelos de {shown_name}</translation>
    </message>
    <message>
      <source>More resets than allowed: this lap will be invalid</source>
      <translation>Más reinicios de los permitidos: esta vuelta no será válida</translation>
    </message>
    <message>
      <source>Most consecutive valid laps</source>
      <translation>Más vueltas válidas consecutivas</translation>
    </message>
    <message>
      <source>Most valid in a row</source>
      <translation>Más vueltas válidas seguidas</translation>
    </message>
    <message>
      <source>Move ticked cars</source>
      <translation>Mover los coches marcados</translation>
    </message>
    <message>
      <source>Moved {n} car(s) into {fleet}.</source>
      <translation>{n} coche(s) movido(s) a {fleet}.</translation>
    </message>
    <message>
      <source>Moved {n} car(s) out of their fleet.</source>
      <translation>{n} coche(s) sacado(s) de su flota.</translation>
    </message>
    <message>
      <source>Moved {n} car(s) {where}.</source>
      <translation type="vanished">{n} coche(s) movido(s) {where}.</translation>
    </message>
    <message>
      <source>NOT STORED</source>
      <translation>NO GUARDADO</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Nombre</translation>
    </message>
    <message>
      <source>Name at least one event to export.</source>
      <translation>Indique al menos un evento para exportar.</translation>
    </message>
    <message>
      <source>Name the car by its host name (e.g. amss-1234) or its address.</source>
      <translation>Nombre el coche por su nombre de host (p. ej. amss-1234) o su dirección.</translation>
    </message>
    <message>
      <source>Name the car first: choose it or type its name in Car (C), then press M.</source>
      <translation>Indique primero el coche: elíjalo o escriba su nombre en Coche (C), luego pulse M.</translation>
    </message>
    <message>
      <source>Nested multipart forms are not accepted.</source>
      <translation>No se aceptan formularios multipart anidados.</translation>
    </message>
    <message>
      <source>New code</source>
      <translation>Código nuevo</translation>
    </message>
    <message>
      <source>New event</source>
      <translation>Evento nuevo</translation>
    </message>
    <message>
      <source>New leader</source>
      <translation>Nuevo líder</translation>
    </message>
    <message>
      <source>New name for the fleet {name}:</source>
      <translation>Nuevo nombre para la flota {name}:</translation>
    </message>
    <message>
      <source>New personal best</source>
      <translation>Nueva mejor marca personal</translation>
    </message>
    <message>
      <source>New tablet PIN (4 to 12 digits): </source>
      <translation>Nuevo PIN de la tableta (de 4 a 12 dígitos): </translation>
    </message>
    <message>
      <source>New upload code {code}: press Save to use it (the old code then stops working).</source>
      <translation>Nuevo código de subida {code}: pulse Guardar para usarlo (el código anterior deja entonces de funcionar).</translation>
    </message>
    <message>
      <source>Next on deck, {name}</source>
      <translation>El siguiente, {name}</translation>
    </message>
    <message>
      <source>Next racer</source>
      <translation>Siguiente piloto</translation>
    </message>
    <message>
      <source>Next racer on deck</source>
      <translation>Siguiente piloto en cola</translation>
    </message>
    <message>
      <source>No (Esc)</source>
      <translation>No (Esc)</translation>
    </message>
    <message>
      <source>No DREM lap sensor found. Plug one in (searching all serial ports).</source>
      <translation>No se encontró ningún sensor de vueltas DREM. Conecte uno (buscando en todos los puertos serie).</translation>
    </message>
    <message>
      <source>No PIN: the tablet page refuses everyone.</source>
      <translation>Sin PIN: la página de la tableta rechaza a todos.</translation>
    </message>
    <message>
      <source>No USB drive found: plug one in, then look again</source>
      <translation>No se encontró ninguna unidad USB: conecte una y vuelva a buscar</translation>
    </message>
    <message>
      <source>No audio player to say the call-outs with: install paplay, pw-play or aplay (Debian/Ubuntu: sudo apt install alsa-utils).</source>
      <translation>No hay reproductor de audio para los anuncios: instale paplay, pw-play o aplay (Debian/Ubuntu: sudo apt install alsa-utils).</translation>
    </message>
    <message>
      <source>No backups yet.</source>
      <translation>Aún no hay copias de seguridad.</translation>
    </message>
    <message>
      <source>No bucket credentials: save them in Settings → Sync, or set up an AWS profile or AWS_* variables.</source>
      <translation>No hay credenciales del bucket: guárdelas en Ajustes → Sincronización, o configure un perfil de AWS o variables AWS_*.</translation>
    </message>
    <message>
      <source>No bucket is set: add one in Settings → Sync.</source>
      <translation>No hay ningún bucket: añada uno en Ajustes → Sincronización.</translation>
    </message>
    <message>
      <source>No bucket set: changes stay on this laptop (and its paired laptops).</source>
      <translation>No hay ningún bucket: los cambios se quedan en este portátil (y sus portátiles emparejados).</translation>
    </message>
    <message>
      <source>No bucket: changes stay on this laptop and its paired laptops.</source>
      <translation>Sin bucket: los cambios se quedan en este portátil y sus portátiles emparejados.</translation>
    </message>
    <message>
      <source>No bucket: give --bucket s3://BUCKET/PREFIX, or set one in Settings → Sync.</source>
      <translation>Sin bucket: indique --bucket s3://BUCKET/PREFIX, o establezca uno en Ajustes → Sincronización.</translation>
    </message>
    <message>
      <source>No car called {key} is registered.</source>
      <translation>No hay ningún coche registrado llamado {key}.</translation>
    </message>
    <message>
      <source>No car job with id {id}.</source>
      <translation>No hay ninguna tarea de coche con id {id}.</translation>
    </message>
    <message>
      <source>No car logs for this run yet.</source>
      <translation>Aún no hay registros del coche para esta manga.</translation>
    </message>
    <message>
      <source>No car named for this run.</source>
      <translation>No se indicó coche para esta manga.</translation>
    </message>
    <message>
      <source>No cars yet. Cars are found by themselves on the venue network (mDNS): switch a car on and join it to the same Wi-Fi as this laptop; it appears here within seconds by its name (amss-1234). Where the network blocks mDNS, add a car by its name or address above.</source>
      <translation>Aún no hay coches. Los coches se encuentran solos en la red del recinto (mDNS): encienda un coche y conéctelo a la misma wifi que este portátil; aparecerá aquí en unos segundos con su nombre (amss-1234). Donde la red bloquea mDNS, añada un coche por su nombre o dirección arriba.</translation>
    </message>
    <message>
      <source>No event</source>
      <translation>Sin evento</translation>
    </message>
    <message>
      <source>No event in {url} yet.</source>
      <translation>Aún no hay ningún evento en {url}.</translation>
    </message>
    <message>
      <source>No event selected</source>
      <translation>Ningún evento seleccionado</translation>
    </message>
    <message>
      <source>No event with id {id}.</source>
      <translation>No hay ningún evento con id {id}.</translation>
    </message>
    <message>
      <source>No event yet: create one on the Event page (Ctrl+2).</source>
      <translation>Aún no hay evento: cree uno en la página Evento (Ctrl+2).</translation>
    </message>
    <message>
      <source>No event “{key}” in {url} (events there: {listing}).</source>
      <translation>No hay ningún evento «{key}» en {url} (eventos allí: {listing}).</translation>
    </message>
    <message>
      <source>No event “{key}”. List them with: drem-desktop event list</source>
      <translation>No existe el evento «{key}». Lístelos con: drem-desktop event list</translation>
    </message>
    <message>
      <source>No events yet.</source>
      <translation>Aún no hay eventos.</translation>
    </message>
    <message>
      <source>No events yet. Create one with: drem-desktop event add "My Race"</source>
      <translation>Aún no hay eventos. Cree uno con: drem-desktop event add "Mi carrera"</translation>
    </message>
    <message>
      <source>No fleet</source>
      <translation>Sin flota</translation>
    </message>
    <message>
      <source>No fleet: nothing is pre-loaded</source>
      <translation>Sin flota: no se precarga nada</translation>
    </message>
    <message>
      <source>No heartbeat from the sensor on {port} for {seconds:.0f} s. Check its power and that it runs the DREM firmware.</source>
      <translation>Sin señal de vida del sensor en {port} durante {seconds:.0f} s. Compruebe su alimentación y que ejecuta el firmware DREM.</translation>
    </message>
    <message>
      <source>No lap source: laps are not timed. Give --sensor auto, a port, or ws://HOST:8080.</source>
      <translation>Sin fuente de vueltas: las vueltas no se cronometran. Indique --sensor auto, un puerto o ws://HOST:8080.</translation>
    </message>
    <message>
      <source>No laps yet</source>
      <translation>Aún no hay vueltas</translation>
    </message>
    <message>
      <source>No logo</source>
      <translation>Sin logotipo</translation>
    </message>
    <message>
      <source>No model archives (.tar.gz) in {folder}. Pick the folder that holds them.</source>
      <translation>No hay archivos de modelo (.tar.gz) en {folder}. Elija la carpeta que los contiene.</translation>
    </message>
    <message>
      <source>No model in the library for this racer (Models page, Ctrl+6)</source>
      <translation type="vanished">No hay ningún modelo de este piloto en la biblioteca (página Modelos, Ctrl+6)</translation>
    </message>
    <message>
      <source>No model in the library for this racer: add one on the Models page (Ctrl+6).</source>
      <translation>No hay ningún modelo de este piloto en la biblioteca: añada uno en la página Modelos (Ctrl+6).</translation>
    </message>
    <message>
      <source>No model with id {id} in the library.</source>
      <translation>No hay ningún modelo con id {id} en la biblioteca.</translation>
    </message>
    <message>
      <source>No model yet</source>
      <translation>Aún sin modelo</translation>
    </message>
    <message>
      <source>No paired laptops. Pair one with: drem-desktop pair HOST:PORT CODE</source>
      <translation>No hay portátiles emparejados. Empareje uno con: drem-desktop pair HOST:PORT CODE</translation>
    </message>
    <message>
      <source>No password or key is saved for car {car}. Add them in Cars → {car} (SSH user deepracer, or the web console password printed under the car) and retry.</source>
      <translation>No hay contraseña ni clave guardadas para el coche {car}. Añádalas en Coches → {car} (usuario SSH deepracer, o la contraseña de la consola web impresa bajo el coche) y vuelva a intentarlo.</translation>
    </message>
    <message>
      <source>No racer called {name}: register them in Racers, or check the spelling.</source>
      <translation>No hay ningún piloto llamado {name}: inscríbalo en Pilotos, o revise la ortografía.</translation>
    </message>
    <message>
      <source>No racer has a ranked figure yet.</source>
      <translation>Ningún piloto tiene aún una cifra clasificada.</translation>
    </message>
    <message>
      <source>No racer is on the track: pick the next racer first (N).</source>
      <translation>No hay ningún piloto en pista: elija primero al siguiente piloto (N).</translation>
    </message>
    <message>
      <source>No racer is on this track: pick the next racer first.</source>
      <translation>No hay ningún piloto en esta pista: elija primero al siguiente piloto.</translation>
    </message>
    <message>
      <source>No racer matches “{name}”. Press Enter to register {name} and put them on the track.</source>
      <translation>Ningún piloto coincide con «{name}». Pulse Intro para inscribir a {name} y ponerlo en pista.</translation>
    </message>
    <message>
      <source>No racer named “{name}” is registered. Check the spelling, or ask at the organizer's desk to be added, then upload again.</source>
      <translation>No hay ningún piloto inscrito llamado «{name}». Revise la ortografía, o pida en la mesa de la organización que le añadan, y vuelva a subirlo.</translation>
    </message>
    <message>
      <source>No racer named “{name}”.</source>
      <translation>No hay ningún piloto llamado «{name}».</translation>
    </message>
    <message>
      <source>No racer on this leaderboard yet.</source>
      <translation>Aún no hay pilotos en esta clasificación.</translation>
    </message>
    <message>
      <source>No racer on track</source>
      <translation>Ningún piloto en pista</translation>
    </message>
    <message>
      <source>No racer with id {id}.</source>
      <translation>No hay ningún piloto con id {id}.</translation>
    </message>
    <message>
      <source>No racers yet: type a racer's name and press Enter to register them and put them on the track.</source>
      <translation>Aún no hay pilotos: escriba el nombre de un piloto y pulse Intro para inscribirlo y ponerlo en pista.</translation>
    </message>
    <message>
      <source>No run of this event was driven on {car} yet.</source>
      <translation>Aún no se ha corrido ninguna manga de este evento en {car}.</translation>
    </message>
    <message>
      <source>No run was live on this track.</source>
      <translation>No había ninguna manga en curso en esta pista.</translation>
    </message>
    <message>
      <source>No run with id {id}.</source>
      <translation>No hay ninguna manga con id {id}.</translation>
    </message>
    <message>
      <source>No runs on this leaderboard yet.</source>
      <translation>Aún no hay mangas en esta clasificación.</translation>
    </message>
    <message>
      <source>No sensor given. Use auto, a serial port such as /dev/ttyACM0, or ws://HOST:8080.</source>
      <translation>No se indicó sensor. Use auto, un puerto serie como /dev/ttyACM0, o ws://HOST:8080.</translation>
    </message>
    <message>
      <source>No tablet PIN is set on the laptop: set one in Settings → Tablet first.</source>
      <translation>No hay PIN de tableta en el portátil: establezca uno primero en Ajustes → Tableta.</translation>
    </message>
    <message>
      <source>No tablet PIN is set yet: set one on the laptop in Settings.</source>
      <translation>Aún no hay PIN de tableta: establezca uno en el portátil, en Ajustes.</translation>
    </message>
    <message>
      <source>No track with id {id}.</source>
      <translation>No hay ninguna pista con id {id}.</translation>
    </message>
    <message>
      <source>No upload with this token (or it is too old).</source>
      <translation>No hay ninguna subida con este token (o es demasiado antigua).</translation>
    </message>
    <message>
      <source>No users.json (exported with --skip-users): racers were matched by username.</source>
      <translation>Sin users.json (exportado con --skip-users): los pilotos se emparejaron por nombre de usuario.</translation>
    </message>
    <message>
      <source>No verdict yet. Ask at the organizer's desk whether your model arrived.</source>
      <translation>Aún no hay veredicto. Pregunte en la mesa de la organización si su modelo llegó.</translation>
    </message>
    <message>
      <source>No voice available for call-outs ({error}).</source>
      <translation>No hay voz disponible para los anuncios ({error}).</translation>
    </message>
    <message>
      <source>Nobody is on deck for this track: add racers to the queue, or pick one.</source>
      <translation>No hay nadie en cola para esta pista: añada pilotos a la cola, o elija uno.</translation>
    </message>
    <message>
      <source>Nobody is on deck for track {n}: next USERNAME puts a racer on, deck USERNAME queues one.</source>
      <translation>No hay nadie en cola para la pista {n}: next USUARIO pone a un piloto en pista, deck USUARIO pone uno en cola.</translation>
    </message>
    <message>
      <source>Nobody on deck.</source>
      <translation>Nadie en cola.</translation>
    </message>
    <message>
      <source>Nobody on the track: take the next racer (Next racer).</source>
      <translation>Nadie en pista: tome al siguiente piloto (Siguiente piloto).</translation>
    </message>
    <message>
      <source>Not a Pi timer address: {url}. Use ws://HOST:8080 (the timer's IP or name).</source>
      <translation>No es una dirección de cronómetro Pi: {url}. Use ws://HOST:8080 (la IP o el nombre del cronómetro).</translation>
    </message>
    <message>
      <source>Not connected</source>
      <translation>No conectado</translation>
    </message>
    <message>
      <source>Not done: {reason}</source>
      <translation>No hecho: {reason}</translation>
    </message>
    <message>
      <source>Not found</source>
      <translation>No encontrado</translation>
    </message>
    <message>
      <source>Not in step yet: {first}</source>
      <translation>Aún no está al día: {first}</translation>
    </message>
    <message>
      <source>Not logged in.</source>
      <translation>No ha iniciado sesión.</translation>
    </message>
    <message>
      <source>Not registered: {lines}</source>
      <translation>No inscritos: {lines}</translation>
    </message>
    <message>
      <source>Not syncing with a bucket.</source>
      <translation>No se sincroniza con ningún bucket.</translation>
    </message>
    <message>
      <source>Not syncing: set a bucket or pair a laptop in Settings → Sync.</source>
      <translation>Sin sincronización: establezca un bucket o empareje un portátil en Ajustes → Sincronización.</translation>
    </message>
    <message>
      <source>Note: {note}</source>
      <translation>Nota: {note}</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Notas</translation>
    </message>
    <message>
      <source>Nothing to change: this bundle was imported before.</source>
      <translation>Nada que cambiar: este paquete ya se importó.</translation>
    </message>
    <message>
      <source>On deck</source>
      <translation>En cola</translation>
    </message>
    <message>
      <source>On deck (N takes the next)</source>
      <translation>En cola (N toma al siguiente)</translation>
    </message>
    <message>
      <source>On deck: {names}.</source>
      <translation>En cola: {names}.</translation>
    </message>
    <message>
      <source>On the other laptop: Settings → Sync → pick this laptop and type this code (valid 5 minutes, 3 tries), or run  drem-desktop pair {where} {code}</source>
      <translation>En el otro portátil: Ajustes → Sincronización → elija este portátil y escriba este código (válido 5 minutos, 3 intentos), o ejecute  drem-desktop pair {where} {code}</translation>
    </message>
    <message>
      <source>On track</source>
      <translation>En pista</translation>
    </message>
    <message>
      <source>One line per racer, for a spreadsheet.</source>
      <translation>Una línea por piloto, para una hoja de cálculo.</translation>
    </message>
    <message>
      <source>One page per racer with their place and best figures.</source>
      <translation>Una página por piloto con su puesto y sus mejores cifras.</translation>
    </message>
    <message>
      <source>One racer a line: username, display name, country code (only the username is needed). You can add racers any time later: type a new name in the timekeeper and press Enter.</source>
      <translation>Un piloto por línea: nombre de usuario, nombre visible, código de país (solo hace falta el nombre de usuario). Puede añadir pilotos en cualquier momento: escriba un nombre nuevo en el cronometraje y pulse Intro.</translation>
    </message>
    <message>
      <source>Online</source>
      <translation>En línea</translation>
    </message>
    <message>
      <source>Only {free:.0f} MB free on the disk holding the data folder ({folder}). Racers' uploads are paused so lap timing keeps its room; free some space.</source>
      <translation>Solo quedan {free:.0f} MB libres en el disco de la carpeta de datos ({folder}). Las subidas de los pilotos están en pausa para que el cronometraje conserve su espacio; libere algo de espacio.</translation>
    </message>
    <message>
      <source>Open /tablet on the LAN server from a tablet, type this PIN, and time from there.</source>
      <translation>Abra /tablet en el servidor LAN desde una tableta, escriba este PIN y cronometre desde allí.</translation>
    </message>
    <message>
      <source>Open backups folder</source>
      <translation>Abrir carpeta de copias</translation>
    </message>
    <message>
      <source>Open folder</source>
      <translation>Abrir carpeta</translation>
    </message>
    <message>
      <source>Opening lap sources…</source>
      <translation>Abriendo las fuentes de vueltas…</translation>
    </message>
    <message>
      <source>Operator PIN</source>
      <translation>PIN del operador</translation>
    </message>
    <message>
      <source>Organiser's summary</source>
      <translation>Resumen para la organización</translation>
    </message>
    <message>
      <source>Organiser's summary (PDF)</source>
      <translation>Resumen para la organización (PDF)</translation>
    </message>
    <message>
      <source>PDF paper size (default a4)</source>
      <translation>Tamaño de papel del PDF (por defecto a4)</translation>
    </message>
    <message>
      <source>PIN set. Tablets logged in before must log in again.</source>
      <translation>PIN establecido. Las tabletas con sesión iniciada deben volver a entrar.</translation>
    </message>
    <message>
      <source>Packing {name}…</source>
      <translation>Empaquetando {name}…</translation>
    </message>
    <message>
      <source>Packing {table} rows…</source>
      <translation>Empaquetando filas de {table}…</translation>
    </message>
    <message>
      <source>Page {n}</source>
      <translation>Página {n}</translation>
    </message>
    <message>
      <source>Page {n} of {m}</source>
      <translation>Página {n} de {m}</translation>
    </message>
    <message>
      <source>Pair a laptop</source>
      <translation>Emparejar un portátil</translation>
    </message>
    <message>
      <source>Pair another laptop with: drem-desktop pair {address} {code}</source>
      <translation>Empareje otro portátil con: drem-desktop pair {address} {code}</translation>
    </message>
    <message>
      <source>Pair by address…</source>
      <translation>Emparejar por dirección…</translation>
    </message>
    <message>
      <source>Pair with selected…</source>
      <translation>Emparejar con el seleccionado…</translation>
    </message>
    <message>
      <source>Paired laptops</source>
      <translation>Portátiles emparejados</translation>
    </message>
    <message>
      <source>Paired with {name} ({id}): the two laptops now sync over the LAN.</source>
      <translation>Emparejado con {name} ({id}): los dos portátiles se sincronizan ahora por la LAN.</translation>
    </message>
    <message>
      <source>Paired with {name}: the two laptops now sync.</source>
      <translation>Emparejado con {name}: los dos portátiles se sincronizan ahora.</translation>
    </message>
    <message>
      <source>Paired: the two laptops now sync over the LAN.</source>
      <translation>Emparejado: los dos portátiles se sincronizan ahora por la LAN.</translation>
    </message>
    <message>
      <source>Pairing with {address}…</source>
      <translation>Emparejando con {address}…</translation>
    </message>
    <message>
      <source>Paper</source>
      <translation>Papel</translation>
    </message>
    <message>
      <source>Paper must be a4 or letter, not “{paper}”.</source>
      <translation>El papel debe ser a4 o letter, no «{paper}».</translation>
    </message>
    <message>
      <source>Part {n} of {key} arrived damaged; it is sent again.</source>
      <translation>La parte {n} de {key} llegó dañada; se envía de nuevo.</translation>
    </message>
    <message>
      <source>Password saved for {n} car(s).</source>
      <translation>Contraseña guardada para {n} coche(s).</translation>
    </message>
    <message>
      <source>Passwords of {n} car(s) forgotten.</source>
      <translation>Contraseñas de {n} coche(s) olvidadas.</translation>
    </message>
    <message>
      <source>Pause</source>
      <translation>Pausa</translation>
    </message>
    <message>
      <source>Paused: Space resumes</source>
      <translation>En pausa: Espacio reanuda</translation>
    </message>
    <message>
      <source>Personal best</source>
      <translation>Mejor marca personal</translation>
    </message>
    <message>
      <source>Personal best for {name}, {time}</source>
      <translation>Mejor marca personal de {name}, {time}</translation>
    </message>
    <message>
      <source>Pick a folder of model archives (for example the cloud manager's lib/default_models): they are filed under the owner “Sample models”, ready for any car.</source>
      <translation>Elija una carpeta de archivos de modelo (por ejemplo lib/default_models del gestor en la nube): se guardan con el propietario «Modelos de ejemplo», listos para cualquier coche.</translation>
    </message>
    <message>
      <source>Pick a racer</source>
      <translation>Elegir un piloto</translation>
    </message>
    <message>
      <source>Pick an event on the Event page</source>
      <translation>Elija un evento en la página Evento</translation>
    </message>
    <message>
      <source>Pick the next racer on the left (N), then press Space to start.</source>
      <translation>Elija al siguiente piloto a la izquierda (N) y pulse Espacio para empezar.</translation>
    </message>
    <message>
      <source>Pick the racer this model belongs to first.</source>
      <translation>Elija primero al piloto al que pertenece este modelo.</translation>
    </message>
    <message>
      <source>Pick the racer, then tick the models to import.</source>
      <translation>Elija al piloto y marque los modelos que importar.</translation>
    </message>
    <message>
      <source>Places 4 to 10</source>
      <translation>Puestos 4 a 10</translation>
    </message>
    <message>
      <source>Podium (PDF)</source>
      <translation>Podio (PDF)</translation>
    </message>
    <message>
      <source>Podium · all tracks</source>
      <translation>Podio · todas las pistas</translation>
    </message>
    <message>
      <source>Podium · track {n}</source>
      <translation>Podio · pista {n}</translation>
    </message>
    <message>
      <source>Ports {first} to {last} are all in use: choose another port for the LAN pages.</source>
      <translation>Los puertos {first} a {last} están todos en uso: elija otro puerto para las páginas LAN.</translation>
    </message>
    <message>
      <source>Pre-load the cars of the racers on deck</source>
      <translation>Precargar los coches de los pilotos en cola</translation>
    </message>
    <message>
      <source>Press Finish to open the timekeeper: type a racer's name and press Enter; the first trigger (or L) starts the run. Ctrl+Shift+L opens the leaderboard window for the projector.</source>
      <translation>Pulse Finalizar para abrir el cronometraje: escriba el nombre de un piloto y pulse Intro; el primer disparo (o L) inicia la manga. Ctrl+Mayús+L abre la ventana de clasificación para el proyector.</translation>
    </message>
    <message>
      <source>Pretend to be a lap sensor: a serial terminal (or a Pi timer) that sends laps.</source>
      <translation>Hacerse pasar por un sensor de vueltas: un terminal serie (o un cronómetro Pi) que envía vueltas.</translation>
    </message>
    <message>
      <source>Progress</source>
      <translation>Progreso</translation>
    </message>
    <message>
      <source>Push model…</source>
      <translation>Enviar modelo…</translation>
    </message>
    <message>
      <source>Put a racer on the track first (N); then load their model.</source>
      <translation>Ponga primero a un piloto en pista (N); luego cargue su modelo.</translation>
    </message>
    <message>
      <source>Put a racer on the track first (N); then name their car.</source>
      <translation>Ponga primero a un piloto en pista (N); luego indique su coche.</translation>
    </message>
    <message>
      <source>Put on track  ⏎</source>
      <translation>A pista  ⏎</translation>
    </message>
    <message>
      <source>Race over: check the laps, then Submit (S)</source>
      <translation>Carrera terminada: revise las vueltas y luego Enviar (S)</translation>
    </message>
    <message>
      <source>Race rules</source>
      <translation>Reglas de la carrera</translation>
    </message>
    <message>
      <source>Race summary</source>
      <translation>Resumen de la carrera</translation>
    </message>
    <message>
      <source>Race time</source>
      <translation>Tiempo de carrera</translation>
    </message>
    <message>
      <source>Race time must be between 1 second and 24 hours (or unset for no limit).</source>
      <translation>El tiempo de carrera debe estar entre 1 segundo y 24 horas (o vacío para sin límite).</translation>
    </message>
    <message>
      <source>Race time “{text}” is not a time: write minutes:seconds like 3:00, or leave it empty for no limit.</source>
      <translation>El tiempo de carrera «{text}» no es un tiempo: escriba minutos:segundos como 3:00, o déjelo vacío para sin límite.</translation>
    </message>
    <message>
      <source>Raced by proxy</source>
      <translation>Corrido por sustituto</translation>
    </message>
    <message>
      <source>Raced by proxy (someone drives for them)</source>
      <translation type="vanished">Corrido por sustituto (otra persona conduce por él)</translation>
    </message>
    <message>
      <source>Racer</source>
      <translation>Piloto</translation>
    </message>
    <message>
      <source>Racer username</source>
      <translation>Nombre de usuario del piloto</translation>
    </message>
    <message>
      <source>Racers</source>
      <translation>Pilotos</translation>
    </message>
    <message>
      <source>Racers CSV</source>
      <translation>CSV de pilotos</translation>
    </message>
    <message>
      <source>Racers on the venue Wi-Fi open this address (or scan the code) and enter the upload code to hand in their model.</source>
      <translation>Los pilotos en la wifi del recinto abren esta dirección (o escanean el código) e introducen el código de subida para entregar su modelo.</translation>
    </message>
    <message>
      <source>Races</source>
      <translation>Carreras</translation>
    </message>
    <message>
      <source>Rank</source>
      <translation>Puesto</translation>
    </message>
    <message>
      <source>Rank {n}.</source>
      <translation>Puesto {n}.</translation>
    </message>
    <message>
      <source>Ranked by {figure}</source>
      <translation>Clasificado por {figure}</translation>
    </message>
    <message>
      <source>Ranking</source>
      <translation>Clasificación</translation>
    </message>
    <message>
      <source>Read status</source>
      <translation>Leer estado</translation>
    </message>
    <message>
      <source>Reading the event…</source>
      <translation>Leyendo el evento…</translation>
    </message>
    <message>
      <source>Reading the results…</source>
      <translation>Leyendo los resultados…</translation>
    </message>
    <message>
      <source>Ready to time</source>
      <translation>Listo para cronometrar</translation>
    </message>
    <message>
      <source>Ready: press Space to start (or the first sensor trigger starts)</source>
      <translation>Listo: pulse Espacio para empezar (o empieza con el primer disparo del sensor)</translation>
    </message>
    <message>
      <source>Reason for an extra run (recorded)</source>
      <translation>Motivo de una manga extra (se registra)</translation>
    </message>
    <message>
      <source>Received; checking…</source>
      <translation>Recibido; comprobando…</translation>
    </message>
    <message>
      <source>Reconnecting…</source>
      <translation>Reconectando…</translation>
    </message>
    <message>
      <source>Refused: {first}</source>
      <translation>Rechazado: {first}</translation>
    </message>
    <message>
      <source>Refused: {which}</source>
      <translation>Rechazado: {which}</translation>
    </message>
    <message>
      <source>Region</source>
      <translation>Región</translation>
    </message>
    <message>
      <source>Register  ⏎</source>
      <translation>Inscribir  ⏎</translation>
    </message>
    <message>
      <source>Register a racer</source>
      <translation>Inscribir a un piloto</translation>
    </message>
    <message>
      <source>Registered racer {name} ({id}).</source>
      <translation>Piloto {name} ({id}) inscrito.</translation>
    </message>
    <message>
      <source>Registered {username}.</source>
      <translation>{username} inscrito.</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>Quitar</translation>
    </message>
    <message>
      <source>Remove fleet</source>
      <translation>Quitar flota</translation>
    </message>
    <message>
      <source>Remove the fleet {name}? It holds no cars.</source>
      <translation>¿Quitar la flota {name}? No tiene coches.</translation>
    </message>
    <message>
      <source>Remove the fleet {name}? Its {n} car(s) stay registered, in no fleet.</source>
      <translation>¿Quitar la flota {name}? Sus {n} coche(s) siguen registrados, sin flota.</translation>
    </message>
    <message>
      <source>Rename fleet</source>
      <translation>Renombrar flota</translation>
    </message>
    <message>
      <source>Rename fleet…</source>
      <translation>Renombrar flota…</translation>
    </message>
    <message>
      <source>Reset +1</source>
      <translation>Reinicio +1</translation>
    </message>
    <message>
      <source>Reset count</source>
      <translation>Número de reinicios</translation>
    </message>
    <message>
      <source>Reset −1</source>
      <translation>Reinicio −1</translation>
    </message>
    <message>
      <source>Resets</source>
      <translation>Reinicios</translation>
    </message>
    <message>
      <source>Resets allowed per lap</source>
      <translation>Reinicios permitidos por vuelta</translation>
    </message>
    <message>
      <source>Resets allowed per lap must be 0 or more (or unlimited).</source>
      <translation>Los reinicios permitidos por vuelta deben ser 0 o más (o ilimitados).</translation>
    </message>
    <message>
      <source>Resets allowed per lap: {value}</source>
      <translation>Reinicios permitidos por vuelta: {value}</translation>
    </message>
    <message>
      <source>Resets cannot be negative.</source>
      <translation>Los reinicios no pueden ser negativos.</translation>
    </message>
    <message>
      <source>Resets this lap</source>
      <translation>Reinicios de esta vuelta</translation>
    </message>
    <message>
      <source>Resets “{text}” must be a whole number, 0 or more.</source>
      <translation>Los reinicios «{text}» deben ser un número entero, 0 o más.</translation>
    </message>
    <message>
      <source>Restart service</source>
      <translation>Reiniciar servicio</translation>
    </message>
    <message>
      <source>Restore lap</source>
      <translation>Restaurar vuelta</translation>
    </message>
    <message>
      <source>Restore run</source>
      <translation>Restaurar manga</translation>
    </message>
    <message>
      <source>Restored “{name}” ({summary}).</source>
      <translation>«{name}» restaurado ({summary}).</translation>
    </message>
    <message>
      <source>Restored.</source>
      <translation>Restaurado.</translation>
    </message>
    <message>
      <source>Restoring the event…</source>
      <translation>Restaurando el evento…</translation>
    </message>
    <message>
      <source>Result</source>
      <translation>Resultado</translation>
    </message>
    <message>
      <source>Results data (JSON)</source>
      <translation>Datos de resultados (JSON)</translation>
    </message>
    <message>
      <source>Resume</source>
      <translation>Reanudar</translation>
    </message>
    <message>
      <source>Retire</source>
      <translation>Retirar</translation>
    </message>
    <message>
      <source>Retry failed</source>
      <translation>Reintentar fallidos</translation>
    </message>
    <message>
      <source>Rules</source>
      <translation>Reglas</translation>
    </message>
    <message>
      <source>Rules, every leaderboard and the statistics, to print or send.</source>
      <translation>Reglas, cada clasificación y las estadísticas, para imprimir o enviar.</translation>
    </message>
    <message>
      <source>Run</source>
      <translation>Manga</translation>
    </message>
    <message>
      <source>Run AWS DeepRacer events at the track, offline. With no command, opens the app.</source>
      <translation>Organice eventos AWS DeepRacer en la pista, sin conexión. Sin ninguna orden, abre la aplicación.</translation>
    </message>
    <message>
      <source>Run deleted: it no longer counts.</source>
      <translation>Manga borrada: ya no cuenta.</translation>
    </message>
    <message>
      <source>Run over</source>
      <translation>Manga terminada</translation>
    </message>
    <message>
      <source>Run over for {name}. Best lap {best}. {rank}</source>
      <translation>Fin de la carrera de {name}. Mejor vuelta {best}. {rank}</translation>
    </message>
    <message>
      <source>Run restored: it counts again.</source>
      <translation>Manga restaurada: vuelve a contar.</translation>
    </message>
    <message>
      <source>Running</source>
      <translation>En curso</translation>
    </message>
    <message>
      <source>Runs</source>
      <translation>Mangas</translation>
    </message>
    <message>
      <source>Runs per racer</source>
      <translation>Mangas por piloto</translation>
    </message>
    <message>
      <source>Sample line said. Heard nothing? Check the volume and the sound output.</source>
      <translation>Frase de prueba dicha. ¿No oyó nada? Revise el volumen y la salida de sonido.</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Guardar</translation>
    </message>
    <message>
      <source>Save changes</source>
      <translation>Guardar cambios</translation>
    </message>
    <message>
      <source>Save exports in</source>
      <translation>Guardar exportaciones en</translation>
    </message>
    <message>
      <source>Save in folder</source>
      <translation>Guardar en la carpeta</translation>
    </message>
    <message>
      <source>Save password for ticked cars</source>
      <translation>Guardar contraseña de los coches marcados</translation>
    </message>
    <message>
      <source>Saved the changes to “{name}”.</source>
      <translation>Se guardaron los cambios de «{name}».</translation>
    </message>
    <message>
      <source>Saved {name}.</source>
      <translation>{name} guardado.</translation>
    </message>
    <message>
      <source>Saved {path}</source>
      <translation>{path} guardado</translation>
    </message>
    <message>
      <source>Saved {username}.</source>
      <translation>{username} guardado.</translation>
    </message>
    <message>
      <source>Saved. The leaderboard window shows the QR code and footer now; a new port is used from the next start.</source>
      <translation>Guardado. La ventana de clasificación muestra ahora el código QR y el pie; un puerto nuevo se usa desde el próximo inicio.</translation>
    </message>
    <message>
      <source>Saved. This laptop syncs with {url}.</source>
      <translation>Guardado. Este portátil se sincroniza con {url}.</translation>
    </message>
    <message>
      <source>Say which operation on which track.</source>
      <translation>Diga qué operación en qué pista.</translation>
    </message>
    <message>
      <source>Scan a folder for models</source>
      <translation>Buscar modelos en una carpeta</translation>
    </message>
    <message>
      <source>Scan a folder…</source>
      <translation>Explorar una carpeta…</translation>
    </message>
    <message>
      <source>Scan drive</source>
      <translation>Explorar unidad</translation>
    </message>
    <message>
      <source>Scan for the event page</source>
      <translation>Escanee para la página del evento</translation>
    </message>
    <message>
      <source>Screen</source>
      <translation>Pantalla</translation>
    </message>
    <message>
      <source>Search username or name…</source>
      <translation>Buscar usuario o nombre…</translation>
    </message>
    <message>
      <source>Secret access key</source>
      <translation>Clave de acceso secreta</translation>
    </message>
    <message>
      <source>Seen on this network</source>
      <translation>Vistos en esta red</translation>
    </message>
    <message>
      <source>Select a laptop in the list of laptops seen on this network.</source>
      <translation>Seleccione un portátil de la lista de portátiles vistos en esta red.</translation>
    </message>
    <message>
      <source>Select a paired laptop first.</source>
      <translation>Seleccione primero un portátil emparejado.</translation>
    </message>
    <message>
      <source>Select a run or lap to see every change made to it.</source>
      <translation>Seleccione una manga o vuelta para ver cada cambio hecho en ella.</translation>
    </message>
    <message>
      <source>Select at least one car.</source>
      <translation>Seleccione al menos un coche.</translation>
    </message>
    <message>
      <source>Select the lap to delete or restore first.</source>
      <translation>Seleccione primero la vuelta que borrar o restaurar.</translation>
    </message>
    <message>
      <source>Send the upload from the upload page (a multipart form).</source>
      <translation>Envíe la subida desde la página de subida (un formulario multipart).</translation>
    </message>
    <message>
      <source>Sensor trigger {since} after the last one was treated as the same car (debounced). If a lap was missed, press L.</source>
      <translation type="vanished">El disparo del sensor {since} después del anterior se trató como el mismo coche (antirrebote). Si se perdió una vuelta, pulse L.</translation>
    </message>
    <message>
      <source>Sensor trigger {since} s after the lap began was treated as the same car (debounced). If a lap was missed, press L.</source>
      <translation>El disparo del sensor {since} s después de empezar la vuelta se trató como el mismo coche (antirrebote). Si se perdió una vuelta, pulse L.</translation>
    </message>
    <message>
      <source>Sensor triggers</source>
      <translation>Disparos del sensor</translation>
    </message>
    <message>
      <source>Sensor {name} exists only in the simulator; cars refuse it.</source>
      <translation>El sensor {name} solo existe en el simulador; los coches lo rechazan.</translation>
    </message>
    <message>
      <source>Sensors</source>
      <translation>Sensores</translation>
    </message>
    <message>
      <source>Sensors per track</source>
      <translation>Sensores por pista</translation>
    </message>
    <message>
      <source>Set PIN</source>
      <translation>Establecer PIN</translation>
    </message>
    <message>
      <source>Set up DREM Desktop</source>
      <translation>Configurar DREM Desktop</translation>
    </message>
    <message>
      <source>Settings</source>
      <translation>Ajustes</translation>
    </message>
    <message>
      <source>Several racers are called {name}: add them by username ({names}).</source>
      <translation>Varios pilotos se llaman {name}: añádalos por nombre de usuario ({names}).</translation>
    </message>
    <message>
      <source>Shortest lap counted</source>
      <translation>Vuelta más corta contada</translation>
    </message>
    <message>
      <source>Show</source>
      <translation>Mostrar</translation>
    </message>
    <message>
      <source>Show deleted laps</source>
      <translation>Mostrar vueltas borradas</translation>
    </message>
    <message>
      <source>Show deleted runs</source>
      <translation>Mostrar mangas borradas</translation>
    </message>
    <message>
      <source>Simulated Pi timer at {url}</source>
      <translation>Cronómetro Pi simulado en {url}</translation>
    </message>
    <message>
      <source>Simulated lap sensor on {path}</source>
      <translation>Sensor de vueltas simulado en {path}</translation>
    </message>
    <message>
      <source>Size</source>
      <translation>Tamaño</translation>
    </message>
    <message>
      <source>Skipped {n}:</source>
      <translation>{n} omitido(s):</translation>
    </message>
    <message>
      <source>Software</source>
      <translation>Software</translation>
    </message>
    <message>
      <source>Someone else drives for the registered racer; the leaderboard marks the name with *.</source>
      <translation>Otra persona conduce por el piloto inscrito; la clasificación marca el nombre con *.</translation>
    </message>
    <message>
      <source>Something went wrong ({error}); {where}.</source>
      <translation>Algo salió mal ({error}); {where}.</translation>
    </message>
    <message>
      <source>Source</source>
      <translation>Fuente</translation>
    </message>
    <message>
      <source>Speak call-outs</source>
      <translation>Decir anuncios</translation>
    </message>
    <message>
      <source>Speaking a sample line…</source>
      <translation>Diciendo una frase de prueba…</translation>
    </message>
    <message>
      <source>Speed</source>
      <translation>Velocidad</translation>
    </message>
    <message>
      <source>Spoken call-outs</source>
      <translation>Anuncios hablados</translation>
    </message>
    <message>
      <source>Sponsor</source>
      <translation>Patrocinador</translation>
    </message>
    <message>
      <source>Staging is switched off in Settings.</source>
      <translation>La precarga está desactivada en Ajustes.</translation>
    </message>
    <message>
      <source>Start</source>
      <translation>Iniciar</translation>
    </message>
    <message>
      <source>Started</source>
      <translation>Iniciada</translation>
    </message>
    <message>
      <source>State</source>
      <translation>Estado</translation>
    </message>
    <message>
      <source>Statistics</source>
      <translation>Estadísticas</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Estado</translation>
    </message>
    <message>
      <source>Stop cars</source>
      <translation>Parar coches</translation>
    </message>
    <message>
      <source>Stopping.</source>
      <translation>Parando.</translation>
    </message>
    <message>
      <source>Stream overlay (OBS browser source)</source>
      <translation>Superposición para la retransmisión (fuente de navegador de OBS)</translation>
    </message>
    <message>
      <source>Submit</source>
      <translation>Enviar</translation>
    </message>
    <message>
      <source>Submitted: not ranked yet ({what}).</source>
      <translation>Enviada: aún sin clasificar ({what}).</translation>
    </message>
    <message>
      <source>Submitted: rank {rank} of {n}, best {best}</source>
      <translation>Enviada: puesto {rank} de {n}, mejor {best}</translation>
    </message>
    <message>
      <source>Summary (CSV)</source>
      <translation>Resumen (CSV)</translation>
    </message>
    <message>
      <source>Sync</source>
      <translation>Sincronización</translation>
    </message>
    <message>
      <source>Sync error</source>
      <translation>Error de sincronización</translation>
    </message>
    <message>
      <source>Sync failed: {error}</source>
      <translation>La sincronización falló: {error}</translation>
    </message>
    <message>
      <source>Sync is off: set a bucket or pair a laptop in Settings → Sync.</source>
      <translation>La sincronización está desactivada: establezca un bucket o empareje un portátil en Ajustes → Sincronización.</translation>
    </message>
    <message>
      <source>Sync now</source>
      <translation>Sincronizar ahora</translation>
    </message>
    <message>
      <source>Sync off</source>
      <translation>Sincronización desactivada</translation>
    </message>
    <message>
      <source>Synced</source>
      <translation>Sincronizado</translation>
    </message>
    <message>
      <source>Synced with {url}.</source>
      <translation>Sincronizado con {url}.</translation>
    </message>
    <message>
      <source>Synced with {url}: {summary}.</source>
      <translation>Sincronizado con {url}: {summary}.</translation>
    </message>
    <message>
      <source>Syncing with {url}…</source>
      <translation>Sincronizando con {url}…</translation>
    </message>
    <message>
      <source>Syncing…</source>
      <translation>Sincronizando…</translation>
    </message>
    <message>
      <source>Tablet PIN removed: the tablet page refuses everyone.</source>
      <translation>PIN de la tableta quitado: la página de la tableta rechaza a todos.</translation>
    </message>
    <message>
      <source>Tablet PIN set. Open /tablet on the LAN pages from a tablet.</source>
      <translation>PIN de la tableta establecido. Abra /tablet en las páginas LAN desde una tableta.</translation>
    </message>
    <message>
      <source>Tablet timekeeper</source>
      <translation>Cronometraje en tableta</translation>
    </message>
    <message>
      <source>Tablet timekeeper (operator PIN)</source>
      <translation>Cronometraje en tableta (PIN del operador)</translation>
    </message>
    <message>
      <source>Tablet timekeeping is off.</source>
      <translation>El cronometraje en tableta está desactivado.</translation>
    </message>
    <message>
      <source>Tablet · {track}</source>
      <translation>Tableta · {track}</translation>
    </message>
    <message>
      <source>Tail light</source>
      <translation>Luz trasera</translation>
    </message>
    <message>
      <source>Test connection</source>
      <translation>Probar conexión</translation>
    </message>
    <message>
      <source>Test voice</source>
      <translation>Probar voz</translation>
    </message>
    <message>
      <source>Testing {url}…</source>
      <translation>Probando {url}…</translation>
    </message>
    <message>
      <source>That address is not another DREM Desktop laptop.</source>
      <translation>Esa dirección no es otro portátil con DREM Desktop.</translation>
    </message>
    <message>
      <source>That fleet no longer exists.</source>
      <translation>Esa flota ya no existe.</translation>
    </message>
    <message>
      <source>That lap no longer exists.</source>
      <translation>Esa vuelta ya no existe.</translation>
    </message>
    <message>
      <source>That laptop is not showing a pairing code (or its code expired): show a new one.</source>
      <translation>Ese portátil no muestra ningún código de emparejamiento (o caducó): muestre uno nuevo.</translation>
    </message>
    <message>
      <source>That racer is no longer on deck.</source>
      <translation>Ese piloto ya no está en cola.</translation>
    </message>
    <message>
      <source>That racer is not registered.</source>
      <translation>Ese piloto no está inscrito.</translation>
    </message>
    <message>
      <source>That track no longer exists.</source>
      <translation>Esa pista ya no existe.</translation>
    </message>
    <message>
      <source>That upload code is not right. Check the code shown at the organizer's desk.</source>
      <translation>Ese código de subida no es correcto. Revise el código que se muestra en la mesa de la organización.</translation>
    </message>
    <message>
      <source>The 6-digit code {name} shows:</source>
      <translation>El código de 6 dígitos que muestra {name}:</translation>
    </message>
    <message>
      <source>The LAN pages did not start: {message}</source>
      <translation>Las páginas LAN no se iniciaron: {message}</translation>
    </message>
    <message>
      <source>The PIN must be {lo} to {hi} digits.</source>
      <translation>El PIN debe tener de {lo} a {hi} dígitos.</translation>
    </message>
    <message>
      <source>The Pi timer at {url} closed the connection; reconnecting.</source>
      <translation>El cronómetro Pi en {url} cerró la conexión; reconectando.</translation>
    </message>
    <message>
      <source>The Pi timer sent a binary frame; ignored.</source>
      <translation>El cronómetro Pi envió una trama binaria; ignorada.</translation>
    </message>
    <message>
      <source>The Pi timer sent a lap without a usable timestamp ({reason}); timed by this computer instead.</source>
      <translation>El cronómetro Pi envió una vuelta sin marca de tiempo utilizable ({reason}); la ha cronometrado este ordenador.</translation>
    </message>
    <message>
      <source>The action space has more than 1000 actions; this is not a DeepRacer model.</source>
      <translation>El espacio de acciones tiene más de 1000 acciones; esto no es un modelo DeepRacer.</translation>
    </message>
    <message>
      <source>The archive could not be read ({error}). Copy it again.</source>
      <translation>No se pudo leer el archivo ({error}). Cópielo de nuevo.</translation>
    </message>
    <message>
      <source>The archive ends with half an end-of-archive marker, so it may be cut short. Copy or export it again.</source>
      <translation>El archivo termina con media marca de fin, así que puede estar cortado. Cópielo o expórtelo de nuevo.</translation>
    </message>
    <message>
      <source>The archive has a lone zero block at byte {offset} with more entries after it; some tools stop there and others go on, so it is refused. Export the model again.</source>
      <translation>El archivo tiene un bloque de ceros suelto en el byte {offset} con más entradas después; unas herramientas se detienen ahí y otras siguen, así que se rechaza. Exporte el modelo de nuevo.</translation>
    </message>
    <message>
      <source>The archive has no end-of-archive marker, so it may be cut short. Copy or export it again.</source>
      <translation>El archivo no tiene marca de fin, así que puede estar cortado. Cópielo o expórtelo de nuevo.</translation>
    </message>
    <message>
      <source>The archive holds more data after its end-of-archive marker; some tools would extract it and others not, so it is refused. Export the model again.</source>
      <translation>El archivo contiene más datos tras su marca de fin; unas herramientas los extraerían y otras no, así que se rechaza. Exporte el modelo de nuevo.</translation>
    </message>
    <message>
      <source>The archive holds {what}; model archives hold only plain files and folders.</source>
      <translation>El archivo contiene {what}; los archivos de modelo solo contienen archivos y carpetas normales.</translation>
    </message>
    <message>
      <source>The archive is cut short (truncated). Copy or download it again.</source>
      <translation>El archivo está cortado (truncado). Cópielo o descárguelo de nuevo.</translation>
    </message>
    <message>
      <source>The archive is damaged ({error}). Copy or export it again.</source>
      <translation>El archivo está dañado ({error}). Cópielo o expórtelo de nuevo.</translation>
    </message>
    <message>
      <source>The archive is damaged: the entry header at byte {offset} is not valid ({why}). Tools read such an archive differently, so it is refused; export the model again.</source>
      <translation>El archivo está dañado: la cabecera de entrada en el byte {offset} no es válida ({why}). Las herramientas leen un archivo así de forma distinta, así que se rechaza; exporte el modelo de nuevo.</translation>
    </message>
    <message>
      <source>The audio player did not finish within a minute.</source>
      <translation>El reproductor de audio no terminó en un minuto.</translation>
    </message>
    <message>
      <source>The average window must be 3 to 7 consecutive laps.</source>
      <translation>La ventana de la media debe ser de 3 a 7 vueltas consecutivas.</translation>
    </message>
    <message>
      <source>The board on {port} does not send DREM sensor lines. Flash the DREM firmware, or choose the line mode it speaks ({port}?mode=json or {port}?mode=lines).</source>
      <translation>La placa en {port} no envía líneas de sensor DREM. Grabe el firmware DREM, o elija el modo de línea que habla ({port}?mode=json o {port}?mode=lines).</translation>
    </message>
    <message>
      <source>The bucket and this laptop agree.</source>
      <translation>El bucket y este portátil coinciden.</translation>
    </message>
    <message>
      <source>The bucket and this laptop do not agree yet: run sync again, or see the refusals above.</source>
      <translation>El bucket y este portátil aún no coinciden: sincronice de nuevo, o vea los rechazos de arriba.</translation>
    </message>
    <message>
      <source>The bucket asks to slow down ({code}); sync tries again shortly.</source>
      <translation>El bucket pide ir más despacio ({code}); la sincronización lo reintenta en breve.</translation>
    </message>
    <message>
      <source>The bucket assembled {key} differently from what was sent.</source>
      <translation>El bucket montó {key} de forma distinta a lo enviado.</translation>
    </message>
    <message>
      <source>The bucket connection failed: {error}</source>
      <translation>Falló la conexión con el bucket: {error}</translation>
    </message>
    <message>
      <source>The bucket did not give back what was written to it.</source>
      <translation>El bucket no devolvió lo que se escribió en él.</translation>
    </message>
    <message>
      <source>The bucket endpoint had an error ({code}); sync tries again shortly.</source>
      <translation>El endpoint del bucket tuvo un error ({code}); la sincronización lo reintenta en breve.</translation>
    </message>
    <message>
      <source>The bucket refused the request: {code} {message}</source>
      <translation>El bucket rechazó la petición: {code} {message}</translation>
    </message>
    <message>
      <source>The bucket refused these credentials ({code}): check the access key and secret in Settings → Sync.</source>
      <translation>El bucket rechazó estas credenciales ({code}): revise la clave de acceso y el secreto en Ajustes → Sincronización.</translation>
    </message>
    <message>
      <source>The bucket stored {key} damaged (checksum differs); it is written again next time.</source>
      <translation>El bucket guardó {key} dañado (la suma de verificación difiere); se vuelve a escribir la próxima vez.</translation>
    </message>
    <message>
      <source>The car is racing: pause the run (Space) before loading another model</source>
      <translation>El coche está corriendo: pause la manga (Espacio) antes de cargar otro modelo</translation>
    </message>
    <message>
      <source>The car is racing: pause the run (Space) before loading another model.</source>
      <translation>El coche está corriendo: pause la manga (Espacio) antes de cargar otro modelo.</translation>
    </message>
    <message>
      <source>The cars of this fleet are loaded with the models of the racers on deck</source>
      <translation>Los coches de esta flota reciben los modelos de los pilotos en cola</translation>
    </message>
    <message>
      <source>The code did not match.</source>
      <translation>El código no coincidió.</translation>
    </message>
    <message>
      <source>The code does not match: check the 6 digits on the other laptop's screen.</source>
      <translation>El código no coincide: revise los 6 dígitos en la pantalla del otro portátil.</translation>
    </message>
    <message>
      <source>The code has 6 digits, as shown on the other laptop.</source>
      <translation>El código tiene 6 dígitos, como se muestra en el otro portátil.</translation>
    </message>
    <message>
      <source>The code racers type on the upload page. A new code stops the old one at once.</source>
      <translation>El código que los pilotos escriben en la página de subida. Un código nuevo anula el anterior al instante.</translation>
    </message>
    <message>
      <source>The connection to car {car} dropped during the transfer{detail}; the car keeps the models it had. Check the car's network and retry.</source>
      <translation>La conexión con el coche {car} se cortó durante la transferencia{detail}; el coche conserva los modelos que tenía. Revise la red del coche y vuelva a intentarlo.</translation>
    </message>
    <message>
      <source>The continuous {key} range has low {low} not below high {high}; the car refuses it.</source>
      <translation>El rango continuo {key} tiene un mínimo {low} que no está por debajo del máximo {high}; el coche lo rechaza.</translation>
    </message>
    <message>
      <source>The continuous {key} range needs numeric low and high.</source>
      <translation>El rango continuo {key} necesita valores numéricos low y high.</translation>
    </message>
    <message>
      <source>The country code</source>
      <translation>El código de país</translation>
    </message>
    <message>
      <source>The disk holding the data folder ({folder}) is full: the database cannot be opened. Free some space (empty the trash, delete old videos or downloads), then start again.</source>
      <translation>El disco de la carpeta de datos ({folder}) está lleno: no se puede abrir la base de datos. Libere espacio (vacíe la papelera, borre vídeos o descargas antiguas) y vuelva a iniciar.</translation>
    </message>
    <message>
      <source>The disk holding the data folder ({folder}) was full: the app gave up the {mb} MB it keeps in reserve so timing can go on. Free some space now.</source>
      <translation>El disco de la carpeta de datos ({folder}) se llenó: la aplicación liberó los {mb} MB que guarda de reserva para que el cronometraje siga. Libere espacio ahora.</translation>
    </message>
    <message>
      <source>The display name</source>
      <translation>El nombre visible</translation>
    </message>
    <message>
      <source>The e-mail address</source>
      <translation>La dirección de correo</translation>
    </message>
    <message>
      <source>The entry {name!r} appears twice; the second copy would silently replace the first.</source>
      <translation>La entrada {name!r} aparece dos veces; la segunda copia reemplazaría a la primera sin avisar.</translation>
    </message>
    <message>
      <source>The entry {name!r} asks to run with raised privileges (setuid/setgid).</source>
      <translation>La entrada {name!r} pide ejecutarse con privilegios elevados (setuid/setgid).</translation>
    </message>
    <message>
      <source>The entry {name!r} climbs out of the model folder with '..'.</source>
      <translation>La entrada {name!r} sale de la carpeta del modelo con '..'.</translation>
    </message>
    <message>
      <source>The entry {name!r} has an absolute path; it would unpack outside the model folder.</source>
      <translation>La entrada {name!r} tiene una ruta absoluta; se descomprimiría fuera de la carpeta del modelo.</translation>
    </message>
    <message>
      <source>The entry {name!r} has control characters in its name.</source>
      <translation>La entrada {name!r} tiene caracteres de control en su nombre.</translation>
    </message>
    <message>
      <source>The entry {name!r} is a device file.</source>
      <translation>La entrada {name!r} es un archivo de dispositivo.</translation>
    </message>
    <message>
      <source>The entry {name!r} is a link; model archives hold only plain files.</source>
      <translation>La entrada {name!r} es un enlace; los archivos de modelo solo contienen archivos normales.</translation>
    </message>
    <message>
      <source>The entry {name!r} is a named pipe (FIFO).</source>
      <translation>La entrada {name!r} es una tubería con nombre (FIFO).</translation>
    </message>
    <message>
      <source>The entry {name!r} uses backslashes in its path.</source>
      <translation>La entrada {name!r} usa barras invertidas en su ruta.</translation>
    </message>
    <message>
      <source>The event date</source>
      <translation>La fecha del evento</translation>
    </message>
    <message>
      <source>The event date {text} is not between {first} and {last}.</source>
      <translation>La fecha {text} no está entre {first} y {last}.</translation>
    </message>
    <message>
      <source>The event has no track {n}.</source>
      <translation>El evento no tiene pista {n}.</translation>
    </message>
    <message>
      <source>The event name</source>
      <translation>El nombre del evento</translation>
    </message>
    <message>
      <source>The event “{name}” is already on this laptop (same id): nothing was restored.</source>
      <translation>El evento «{name}» ya está en este portátil (mismo id): no se restauró nada.</translation>
    </message>
    <message>
      <source>The file could not be opened ({error}).</source>
      <translation>No se pudo abrir el archivo ({error}).</translation>
    </message>
    <message>
      <source>The file goes on after the end of its compressed data (a second gzip stream or appended bytes); a model archive is one .tar.gz stream. Export it again.</source>
      <translation>El archivo continúa tras el final de sus datos comprimidos (un segundo flujo gzip o bytes añadidos); un archivo de modelo es un único flujo .tar.gz. Expórtelo de nuevo.</translation>
    </message>
    <message>
      <source>The file is empty.</source>
      <translation>El archivo está vacío.</translation>
    </message>
    <message>
      <source>The file is too large: the limit is {mb} MB per model.</source>
      <translation>El archivo es demasiado grande: el límite es {mb} MB por modelo.</translation>
    </message>
    <message>
      <source>The file is {size} MB; the limit is {limit} MB.</source>
      <translation>El archivo ocupa {size} MB; el límite es {limit} MB.</translation>
    </message>
    <message>
      <source>The fleet name</source>
      <translation>El nombre de la flota</translation>
    </message>
    <message>
      <source>The form expired: type the PIN again.</source>
      <translation>El formulario caducó: escriba el PIN de nuevo.</translation>
    </message>
    <message>
      <source>The form has too many parts.</source>
      <translation>El formulario tiene demasiadas partes.</translation>
    </message>
    <message>
      <source>The gzip data does not hold a valid tar archive ({why}).</source>
      <translation>Los datos gzip no contienen un archivo tar válido ({why}).</translation>
    </message>
    <message>
      <source>The gzip data holds an empty tar archive: no model in it.</source>
      <translation>Los datos gzip contienen un archivo tar vacío: no hay ningún modelo.</translation>
    </message>
    <message>
      <source>The highlight colour</source>
      <translation>El color de resalte</translation>
    </message>
    <message>
      <source>The lap index must be a number.</source>
      <translation>El índice de la vuelta debe ser un número.</translation>
    </message>
    <message>
      <source>The laptop answered {status}.</source>
      <translation>El portátil respondió {status}.</translation>
    </message>
    <message>
      <source>The laptop is busy checking other uploads. Try again in a minute.</source>
      <translation>El portátil está comprobando otras subidas. Inténtelo de nuevo en un minuto.</translation>
    </message>
    <message>
      <source>The laptop is running out of disk space ({free:.0f} MB free), so model uploads are paused to keep room for lap timing. Hand your model to the organizer on a USB stick, or try again later.</source>
      <translation>El portátil se está quedando sin espacio ({free:.0f} MB libres), así que las subidas de modelos están en pausa para dejar sitio al cronometraje. Entregue su modelo al organizador en una memoria USB o inténtelo más tarde.</translation>
    </message>
    <message>
      <source>The leaderboard address must start with http:// or https://.</source>
      <translation>La dirección de la clasificación debe empezar por http:// o https://.</translation>
    </message>
    <message>
      <source>The leaderboard footer</source>
      <translation>El pie de la clasificación</translation>
    </message>
    <message>
      <source>The leaderboard title</source>
      <translation>El título de la clasificación</translation>
    </message>
    <message>
      <source>The model cannot be loaded onto car {car}: {reason}</source>
      <translation>El modelo no se puede cargar en el coche {car}: {reason}</translation>
    </message>
    <message>
      <source>The model file {file} cannot be read ({error}); import it again.</source>
      <translation>No se puede leer el archivo de modelo {file} ({error}); impórtelo de nuevo.</translation>
    </message>
    <message>
      <source>The model file {name} is empty.</source>
      <translation>El archivo de modelo {name} está vacío.</translation>
    </message>
    <message>
      <source>The model is on {car}.</source>
      <translation>El modelo está en {car}.</translation>
    </message>
    <message>
      <source>The next connection to {n} car(s) trusts the key they show (re-flashed cars).</source>
      <translation>La próxima conexión con {n} coche(s) confía en la clave que presenten (coches reinstalados).</translation>
    </message>
    <message>
      <source>The next racers' models go onto spare cars of the track's fleet</source>
      <translation>Los modelos de los siguientes pilotos van a coches libres de la flota de la pista</translation>
    </message>
    <message>
      <source>The number of resets</source>
      <translation>El número de reinicios</translation>
    </message>
    <message>
      <source>The number of tracks</source>
      <translation>El número de pistas</translation>
    </message>
    <message>
      <source>The other laptop did not accept the pairing.</source>
      <translation>El otro portátil no aceptó el emparejamiento.</translation>
    </message>
    <message>
      <source>The push failed.</source>
      <translation>El envío falló.</translation>
    </message>
    <message>
      <source>The racer's models in the library (newest first)</source>
      <translation>Los modelos del piloto en la biblioteca (los más nuevos primero)</translation>
    </message>
    <message>
      <source>The request is not JSON.</source>
      <translation>La petición no es JSON.</translation>
    </message>
    <message>
      <source>The request is not a JSON object.</source>
      <translation>La petición no es un objeto JSON.</translation>
    </message>
    <message>
      <source>The run is still going. Press S again to end it and submit, Esc to keep racing.</source>
      <translation>La manga sigue en marcha. Pulse S otra vez para terminarla y enviarla, Esc para seguir corriendo.</translation>
    </message>
    <message>
      <source>The run {id} is no longer in the database.</source>
      <translation>La manga {id} ya no está en la base de datos.</translation>
    </message>
    <message>
      <source>The sensor field must be a list of sensor names.</source>
      <translation>El campo sensor debe ser una lista de nombres de sensores.</translation>
    </message>
    <message>
      <source>The sensor list is empty: the model must name at least one sensor.</source>
      <translation>La lista de sensores está vacía: el modelo debe nombrar al menos un sensor.</translation>
    </message>
    <message>
      <source>The sensor on {port} sent trigger #{jumped} right after #{last}: no sensor skips that many. The trigger is in the log but not trusted; check the sensor and its cable.</source>
      <translation>El sensor de {port} envió el disparo n.º {jumped} justo después del n.º {last}: ningún sensor se salta tantos. El disparo está en el registro pero no se da por bueno; revise el sensor y su cable.</translation>
    </message>
    <message>
      <source>The sensor on {port} was disconnected. Plug it back in: timing continues by itself.</source>
      <translation>El sensor en {port} se desconectó. Vuelva a conectarlo: el cronometraje sigue solo.</translation>
    </message>
    <message>
      <source>The sensor sent trigger #{jumped} right after #{last}: no sensor skips that many. It is in the trigger log but not trusted; check the sensor and its cable.</source>
      <translation>El sensor envió el disparo n.º {jumped} justo después del n.º {last}: ningún sensor se salta tantos. Está en el registro de disparos pero no se da por bueno; revise el sensor y su cable.</translation>
    </message>
    <message>
      <source>The sensor started the run just before your tap, so the tap did not pause it. Tap Start / pause again to pause.</source>
      <translation>El sensor inició la manga justo antes de su toque, así que el toque no la pausó. Toque de nuevo Iniciar / pausa para pausar.</translation>
    </message>
    <message>
      <source>The sensor {how} the run {s:.1f} s before Space, so Space did not pause it. Press Space again to pause.</source>
      <translation>El sensor ha {how} la manga {s:.1f} s antes de Espacio, así que Espacio no la pausó. Pulse Espacio otra vez para pausar.</translation>
    </message>
    <message>
      <source>The sensor's clock changed (it restarted, or another device answered). The lap in progress is timed by the laptop's clock; check it before submitting.</source>
      <translation>El reloj del sensor cambió (se reinició, u otro dispositivo respondió). La vuelta en curso se cronometra con el reloj del portátil; revísela antes de enviar.</translation>
    </message>
    <message>
      <source>The sensor's clock gave {sensor:.3f} s but the laptop's clock {host:.3f} s; the lap has the laptop's time and does not count until you check it (mark it valid, or fix it).</source>
      <translation>El reloj del sensor dio {sensor:.3f} s pero el del portátil {host:.3f} s; la vuelta lleva el tiempo del portátil y no cuenta hasta que la revise (márquela como válida o corríjala).</translation>
    </message>
    <message>
      <source>The sponsor</source>
      <translation>El patrocinador</translation>
    </message>
    <message>
      <source>The system's language</source>
      <translation>El idioma del sistema</translation>
    </message>
    <message>
      <source>The template has a stray brace ({error}); write fields like {{name}}.</source>
      <translation>La plantilla tiene una llave suelta ({error}); escriba los campos como {{name}}.</translation>
    </message>
    <message>
      <source>The timekeeper's keys always work as well. The choice is remembered per track and reopened at every start.</source>
      <translation>Las teclas del cronometraje siempre funcionan también. La elección se recuerda por pista y se vuelve a abrir en cada inicio.</translation>
    </message>
    <message>
      <source>The top three, large, then places 4 to 10: for the prize giving.</source>
      <translation>Los tres primeros en grande, luego los puestos 4 a 10: para la entrega de premios.</translation>
    </message>
    <message>
      <source>The track name</source>
      <translation>El nombre de la pista</translation>
    </message>
    <message>
      <source>The track number</source>
      <translation>El número de la pista</translation>
    </message>
    <message>
      <source>The transfer was cancelled; it resumes where it stopped next time.</source>
      <translation>La transferencia se canceló; continúa donde se detuvo la próxima vez.</translation>
    </message>
    <message>
      <source>The upload code</source>
      <translation>El código de subida</translation>
    </message>
    <message>
      <source>The upload is too large: at most {mb} MB at a time. Send large models one by one.</source>
      <translation>La subida es demasiado grande: como mucho {mb} MB a la vez. Envíe los modelos grandes de uno en uno.</translation>
    </message>
    <message>
      <source>The upload stalled (nothing arrived for a minute). Check the Wi-Fi and try again.</source>
      <translation>La subida se detuvo (no llegó nada durante un minuto). Revise la wifi e inténtelo de nuevo.</translation>
    </message>
    <message>
      <source>The upload was interrupted. Check you are on the venue network and try again.</source>
      <translation>La subida se interrumpió. Compruebe que está en la red del recinto e inténtelo de nuevo.</translation>
    </message>
    <message>
      <source>The voice did not say the line within {s} seconds.</source>
      <translation>La voz no dijo el anuncio en {s} segundos.</translation>
    </message>
    <message>
      <source>The voice failed ({error}).</source>
      <translation>La voz falló ({error}).</translation>
    </message>
    <message>
      <source>The whole event in one file, to restore on another laptop.</source>
      <translation>Todo el evento en un archivo, para restaurarlo en otro portátil.</translation>
    </message>
    <message>
      <source>The {field} field is too long.</source>
      <translation>El campo {field} es demasiado largo.</translation>
    </message>
    <message>
      <source>There is already a fleet called “{name}”.</source>
      <translation>Ya hay una flota llamada «{name}».</translation>
    </message>
    <message>
      <source>There is no event on this laptop yet.</source>
      <translation>Aún no hay ningún evento en este portátil.</translation>
    </message>
    <message>
      <source>There is no event {id} on this laptop.</source>
      <translation>No hay ningún evento {id} en este portátil.</translation>
    </message>
    <message>
      <source>There is no lap to undo.</source>
      <translation>No hay ninguna vuelta que deshacer.</translation>
    </message>
    <message>
      <source>There is no lap yet to mark valid or invalid.</source>
      <translation>Aún no hay ninguna vuelta que marcar como válida o no válida.</translation>
    </message>
    <message>
      <source>There is no lap {n}.</source>
      <translation>No hay vuelta {n}.</translation>
    </message>
    <message>
      <source>There is no page at this address.</source>
      <translation>No hay ninguna página en esta dirección.</translation>
    </message>
    <message>
      <source>There is no short lap to count: it was already counted or a newer lap began.</source>
      <translation>No hay ninguna vuelta corta que contar: ya se contó o empezó una vuelta más nueva.</translation>
    </message>
    <message>
      <source>There is no such lap to change.</source>
      <translation>No existe esa vuelta.</translation>
    </message>
    <message>
      <source>This build has no model library wired in yet (app.models). Models can still be uploaded once the LAN server runs.</source>
      <translation>Esta versión aún no tiene biblioteca de modelos (app.models). Los modelos se pueden subir igualmente cuando el servidor LAN esté en marcha.</translation>
    </message>
    <message>
      <source>This bundle has no event in it.</source>
      <translation>Este paquete no contiene ningún evento.</translation>
    </message>
    <message>
      <source>This is not a .tar.gz file (no gzip header). Upload the model archive as exported from the DeepRacer console or training tool.</source>
      <translation>Esto no es un archivo .tar.gz (sin cabecera gzip). Suba el archivo del modelo tal como se exportó de la consola DeepRacer o de la herramienta de entrenamiento.</translation>
    </message>
    <message>
      <source>This is the call-out voice. Lap 3, 12.35.</source>
      <translation>Esta es la voz de los anuncios. Vuelta 3, 12,35.</translation>
    </message>
    <message>
      <source>This laptop</source>
      <translation>Este portátil</translation>
    </message>
    <message>
      <source>This laptop has no network address: connect to the venue network first.</source>
      <translation>Este portátil no tiene dirección de red: conéctelo primero a la red del recinto.</translation>
    </message>
    <message>
      <source>This laptop is not showing a pairing code.</source>
      <translation>Este portátil no muestra ningún código de emparejamiento.</translation>
    </message>
    <message>
      <source>This laptop's name</source>
      <translation>El nombre de este portátil</translation>
    </message>
    <message>
      <source>This laptop's pages answer only under its own address or name (for example http://{ip}:{port}/): open them that way, as the QR code on the organizer's screen does.</source>
      <translation>Las páginas de este portátil solo responden en su propia dirección o nombre (por ejemplo http://{ip}:{port}/): ábralas así, como hace el código QR de la pantalla del organizador.</translation>
    </message>
    <message>
      <source>This racer has done {done} of {allowed} allowed runs. Give a reason to override.</source>
      <translation>Este piloto ha hecho {done} de {allowed} mangas permitidas. Indique un motivo para saltarse el límite.</translation>
    </message>
    <message>
      <source>This racer has no model in the library: add one on the Models page (Ctrl+6).</source>
      <translation>Este piloto no tiene ningún modelo en la biblioteca: añada uno en la página Modelos (Ctrl+6).</translation>
    </message>
    <message>
      <source>This request did not come from the tablet page; nothing changed.</source>
      <translation>Esta petición no vino de la página de la tableta; no cambió nada.</translation>
    </message>
    <message>
      <source>This run is over: the car can no longer be changed.</source>
      <translation>Esta manga ha terminado: ya no se puede cambiar el coche.</translation>
    </message>
    <message>
      <source>This run is still in progress: change its laps in the timekeeper.</source>
      <translation>Esta manga sigue en curso: cambie sus vueltas en el cronometraje.</translation>
    </message>
    <message>
      <source>This run is still in progress: end or discard it first.</source>
      <translation>Esta manga sigue en curso: termínela o descártela primero.</translation>
    </message>
    <message>
      <source>This run names no car.</source>
      <translation>Esta manga no indica ningún coche.</translation>
    </message>
    <message>
      <source>This run names no car: there are no car logs to fetch.</source>
      <translation>Esta manga no indica ningún coche: no hay registros del coche que traer.</translation>
    </message>
    <message>
      <source>This run never started: there are no car logs to fetch.</source>
      <translation>Esta manga nunca empezó: no hay registros del coche que traer.</translation>
    </message>
    <message>
      <source>This trigger could not be stored ({error}). Note the lap by hand.</source>
      <translation>Este disparo no se pudo guardar ({error}). Anote la vuelta a mano.</translation>
    </message>
    <message>
      <source>This upload came from a page of another site. Open this laptop's upload page and send the model from there.</source>
      <translation>Esta subida vino de una página de otro sitio. Abra la página de subida de este portátil y envíe el modelo desde allí.</translation>
    </message>
    <message>
      <source>This upload did not come from this laptop's upload page, or the page is more than a day old. Open the upload page again and send the model from there.</source>
      <translation>Esta subida no vino de la página de subida de este portátil, o la página tiene más de un día. Vuelva a abrir la página de subida y envíe el modelo desde allí.</translation>
    </message>
    <message>
      <source>Tick all shown</source>
      <translation>Marcar todos los mostrados</translation>
    </message>
    <message>
      <source>Tick at least one car (or select one) first.</source>
      <translation>Marque primero al menos un coche (o seleccione uno).</translation>
    </message>
    <message>
      <source>Tick one car to fetch the logs of its last run.</source>
      <translation>Marque un coche para traer los registros de su última manga.</translation>
    </message>
    <message>
      <source>Tick the car whose new key you trust first.</source>
      <translation>Marque primero el coche en cuya clave nueva confía.</translation>
    </message>
    <message>
      <source>Tick the cars and type their password first.</source>
      <translation>Marque primero los coches y escriba su contraseña.</translation>
    </message>
    <message>
      <source>Tick the cars whose password to forget first.</source>
      <translation>Marque primero los coches cuya contraseña quiere olvidar.</translation>
    </message>
    <message>
      <source>Ties are broken by the next best figure, then by who set the figure first.</source>
      <translation>Los empates se deciden por la siguiente mejor cifra y luego por quién logró la cifra primero.</translation>
    </message>
    <message>
      <source>Time</source>
      <translation>Tiempo</translation>
    </message>
    <message>
      <source>Time left</source>
      <translation>Tiempo restante</translation>
    </message>
    <message>
      <source>Time trial (race for a time)</source>
      <translation>Contrarreloj (carrera por tiempo)</translation>
    </message>
    <message>
      <source>Time trial: best 3-lap average wins</source>
      <translation>Contrarreloj: gana la mejor media de 3 vueltas</translation>
    </message>
    <message>
      <source>Time trial: fastest lap wins</source>
      <translation>Contrarreloj: gana la vuelta más rápida</translation>
    </message>
    <message>
      <source>Timekeeper</source>
      <translation>Cronometraje</translation>
    </message>
    <message>
      <source>Timing “{event}” track {n}. Ctrl+C stops.</source>
      <translation>Cronometrando «{event}» pista {n}. Ctrl+C para parar.</translation>
    </message>
    <message>
      <source>To join an event: type its bucket here and press Join an event…, or pair this laptop with one that has the event (right): it arrives by itself.</source>
      <translation>Para unirse a un evento: escriba aquí su bucket y pulse Unirse a un evento…, o empareje este portátil con uno que tenga el evento (derecha): llega solo.</translation>
    </message>
    <message>
      <source>To next</source>
      <translation>Al siguiente</translation>
    </message>
    <message>
      <source>To use another folder, start the app with  drem-desktop --data-dir PATH  (or set DREM_DATA_DIR). Each folder is a separate database with its own backups.</source>
      <translation>Para usar otra carpeta, inicie la aplicación con  drem-desktop --data-dir RUTA  (o defina DREM_DATA_DIR). Cada carpeta es una base de datos aparte con sus propias copias de seguridad.</translation>
    </message>
    <message>
      <source>Too large: the limit is {mb} MB per model.</source>
      <translation>Demasiado grande: el límite es {mb} MB por modelo.</translation>
    </message>
    <message>
      <source>Too many lines were waiting.</source>
      <translation>Había demasiados anuncios esperando.</translation>
    </message>
    <message>
      <source>Too many live leaderboards open on this device; close a few tabs and reload.</source>
      <translation>Demasiadas clasificaciones en directo abiertas en este dispositivo; cierre algunas pestañas y recargue.</translation>
    </message>
    <message>
      <source>Too many open leaderboards on this laptop; try again in a minute.</source>
      <translation>Demasiadas clasificaciones abiertas en este portátil; inténtelo de nuevo en un minuto.</translation>
    </message>
    <message>
      <source>Too many uploads from this device. Wait a few minutes, then try again.</source>
      <translation>Demasiadas subidas desde este dispositivo. Espere unos minutos y vuelva a intentarlo.</translation>
    </message>
    <message>
      <source>Too many wrong PINs: try again in {s} s.</source>
      <translation>Demasiados PIN incorrectos: inténtelo de nuevo en {s} s.</translation>
    </message>
    <message>
      <source>Too many wrong upload codes from this device. Wait ten minutes, then try again.</source>
      <translation>Demasiados códigos de subida incorrectos desde este dispositivo. Espere diez minutos y vuelva a intentarlo.</translation>
    </message>
    <message>
      <source>Total resets</source>
      <translation>Reinicios totales</translation>
    </message>
    <message>
      <source>Track</source>
      <translation>Pista</translation>
    </message>
    <message>
      <source>Track already has a run in progress: end or discard it before picking the next racer.</source>
      <translation>La pista ya tiene una manga en curso: termínela o descártela antes de elegir al siguiente piloto.</translation>
    </message>
    <message>
      <source>Track number “{value}” must be written plainly, e.g. 1 or 2.</source>
      <translation>El número de pista «{value}» debe escribirse sin más, p. ej. 1 o 2.</translation>
    </message>
    <message>
      <source>Track {n}</source>
      <translation>Pista {n}</translation>
    </message>
    <message>
      <source>Track {n} has a run in progress ({state}): type end, submit or discard first.</source>
      <translation>La pista {n} tiene una manga en curso ({state}): escriba primero end, submit o discard.</translation>
    </message>
    <message>
      <source>Track {n}: no racer on the track (next USERNAME puts one on).</source>
      <translation>Pista {n}: ningún piloto en pista (next USUARIO pone uno).</translation>
    </message>
    <message>
      <source>Track {n}: {name}, {state}, {laps} lap(s).</source>
      <translation>Pista {n}: {name}, {state}, {laps} vuelta(s).</translation>
    </message>
    <message>
      <source>Track {n}: {title}</source>
      <translation>Pista {n}: {title}</translation>
    </message>
    <message>
      <source>Tracks</source>
      <translation>Pistas</translation>
    </message>
    <message>
      <source>Trust new key</source>
      <translation>Confiar en la clave nueva</translation>
    </message>
    <message>
      <source>Try the simulator (a lap every ~12 s, no hardware)</source>
      <translation>Probar el simulador (una vuelta cada ~12 s, sin hardware)</translation>
    </message>
    <message>
      <source>Type a name for the new fleet first.</source>
      <translation>Escriba primero un nombre para la flota nueva.</translation>
    </message>
    <message>
      <source>Type the Pi timer's address, e.g. ws://192.168.1.50:8080.</source>
      <translation>Escriba la dirección del cronómetro Pi, p. ej. ws://192.168.1.50:8080.</translation>
    </message>
    <message>
      <source>Type the bucket first, e.g. s3://my-club-bucket/deepracer.</source>
      <translation>Escriba primero el bucket, p. ej. s3://bucket-de-mi-club/deepracer.</translation>
    </message>
    <message>
      <source>Type the other laptop's address as HOST:PORT, e.g. 192.168.1.21:8080.</source>
      <translation>Escriba la dirección del otro portátil como HOST:PORT, p. ej. 192.168.1.21:8080.</translation>
    </message>
    <message>
      <source>Type the racer's name first.</source>
      <translation>Escriba primero el nombre del piloto.</translation>
    </message>
    <message>
      <source>Type the racer's username or name.</source>
      <translation>Escriba el nombre de usuario o el nombre del piloto.</translation>
    </message>
    <message>
      <source>Type the reason for the extra run first (it is recorded with the run).</source>
      <translation>Escriba primero el motivo de la manga extra (se registra con la manga).</translation>
    </message>
    <message>
      <source>Type the serial port (e.g. /dev/ttyACM0 or COM3), or choose another lap source.</source>
      <translation>Escriba el puerto serie (p. ej. /dev/ttyACM0 o COM3), o elija otra fuente de vueltas.</translation>
    </message>
    <message>
      <source>Type the timer address, or choose another lap source.</source>
      <translation>Escriba la dirección del cronómetro, o elija otra fuente de vueltas.</translation>
    </message>
    <message>
      <source>USB lap sensor (found automatically)</source>
      <translation>Sensor de vueltas USB (encontrado automáticamente)</translation>
    </message>
    <message>
      <source>USB sensor (find it)</source>
      <translation>Sensor USB (buscarlo)</translation>
    </message>
    <message>
      <source>USB sensor on port…</source>
      <translation>Sensor USB en el puerto…</translation>
    </message>
    <message>
      <source>USB stick</source>
      <translation>Memoria USB</translation>
    </message>
    <message>
      <source>Understood</source>
      <translation>Entendido</translation>
    </message>
    <message>
      <source>Undo finish</source>
      <translation>Deshacer llegada</translation>
    </message>
    <message>
      <source>Unknown action_space_type {value!r}: the car knows discrete and continuous.</source>
      <translation>action_space_type desconocido {value!r}: el coche conoce discrete y continuous.</translation>
    </message>
    <message>
      <source>Unknown command “{c}”. {help}</source>
      <translation>Orden desconocida «{c}». {help}</translation>
    </message>
    <message>
      <source>Unknown export format “{fmt}”: use one of {formats}.</source>
      <translation>Formato de exportación desconocido «{fmt}»: use uno de {formats}.</translation>
    </message>
    <message>
      <source>Unknown line mode in {spec}: use mode=drem, mode=json or mode=lines.</source>
      <translation>Modo de línea desconocido en {spec}: use mode=drem, mode=json o mode=lines.</translation>
    </message>
    <message>
      <source>Unknown operation {op}.</source>
      <translation>Operación desconocida {op}.</translation>
    </message>
    <message>
      <source>Unknown sensor address {spec}. Use auto, a serial port, or ws://HOST:8080.</source>
      <translation>Dirección de sensor desconocida {spec}. Use auto, un puerto serie o ws://HOST:8080.</translation>
    </message>
    <message>
      <source>Unknown sensor {name!r}.</source>
      <translation>Sensor desconocido {name!r}.</translation>
    </message>
    <message>
      <source>Unknown training_algorithm {value!r}: the car knows clipped_ppo and sac.</source>
      <translation>training_algorithm desconocido {value!r}: el coche conoce clipped_ppo y sac.</translation>
    </message>
    <message>
      <source>Unpaired {id}.</source>
      <translation>Desemparejado {id}.</translation>
    </message>
    <message>
      <source>Unreadable race configuration: {error}</source>
      <translation>Configuración de carrera ilegible: {error}</translation>
    </message>
    <message>
      <source>Up next</source>
      <translation>A continuación</translation>
    </message>
    <message>
      <source>Up next: {names}</source>
      <translation>A continuación: {names}</translation>
    </message>
    <message>
      <source>Up to {mb} MB per model.</source>
      <translation>Hasta {mb} MB por modelo.</translation>
    </message>
    <message>
      <source>Upload</source>
      <translation>Subir</translation>
    </message>
    <message>
      <source>Upload another model</source>
      <translation>Subir otro modelo</translation>
    </message>
    <message>
      <source>Upload code</source>
      <translation>Código de subida</translation>
    </message>
    <message>
      <source>Upload code (shown at the organizer desk)</source>
      <translation>Código de subida (se muestra en la mesa de la organización)</translation>
    </message>
    <message>
      <source>Upload code for racers’ models</source>
      <translation>Código de subida para los modelos de los pilotos</translation>
    </message>
    <message>
      <source>Upload code of “{name}” is now {code}; the old code no longer works.</source>
      <translation>El código de subida de «{name}» es ahora {code}; el código anterior ya no funciona.</translation>
    </message>
    <message>
      <source>Upload code “{code}” must be 4 to 20 letters, digits or dashes (no spaces), e.g. RACE-42.</source>
      <translation>El código de subida «{code}» debe tener de 4 a 20 letras, dígitos o guiones (sin espacios), p. ej. RACE-42.</translation>
    </message>
    <message>
      <source>Upload from a phone</source>
      <translation>Subir desde un móvil</translation>
    </message>
    <message>
      <source>Upload your model</source>
      <translation>Suba su modelo</translation>
    </message>
    <message>
      <source>Uploads are closed: the organizer has not set an upload code yet.</source>
      <translation>Las subidas están cerradas: la organización aún no ha establecido un código de subida.</translation>
    </message>
    <message>
      <source>Uploads are switched off on this laptop.</source>
      <translation>Las subidas están desactivadas en este portátil.</translation>
    </message>
    <message>
      <source>Use these lap sources</source>
      <translation>Usar estas fuentes de vueltas</translation>
    </message>
    <message>
      <source>Use this laptop's address</source>
      <translation>Usar la dirección de este portátil</translation>
    </message>
    <message>
      <source>Username</source>
      <translation>Nombre de usuario</translation>
    </message>
    <message>
      <source>Username {name!r} contains the invisible or control character {char}; retype it without.</source>
      <translation>El nombre de usuario {name!r} contiene el carácter invisible o de control {char}; vuelva a escribirlo sin él.</translation>
    </message>
    <message>
      <source>Username “{name}” is taken.</source>
      <translation>El nombre de usuario «{name}» ya está ocupado.</translation>
    </message>
    <message>
      <source>Username “{name}” looks like a file or device name; pick another.</source>
      <translation>El nombre de usuario «{name}» parece un nombre de archivo o de dispositivo; elija otro.</translation>
    </message>
    <message>
      <source>Username “{name}” may use only letters, digits and . _ - @ +{hint}.</source>
      <translation>El nombre de usuario «{name}» solo puede usar letras, dígitos y . _ - @ +{hint}.</translation>
    </message>
    <message>
      <source>Username “{name}…” is {n} characters long; the limit is {limit}.</source>
      <translation>El nombre de usuario «{name}…» tiene {n} caracteres; el límite es {limit}.</translation>
    </message>
    <message>
      <source>Valid</source>
      <translation>Válida</translation>
    </message>
    <message>
      <source>Valid / invalid laps</source>
      <translation>Vueltas válidas / no válidas</translation>
    </message>
    <message>
      <source>Valid lap</source>
      <translation>Vuelta válida</translation>
    </message>
    <message>
      <source>Valid laps</source>
      <translation>Vueltas válidas</translation>
    </message>
    <message>
      <source>Valid laps: {n}</source>
      <translation>Vueltas válidas: {n}</translation>
    </message>
    <message>
      <source>WARNING: {text}</source>
      <translation>AVISO: {text}</translation>
    </message>
    <message>
      <source>Welcome to DREM Desktop</source>
      <translation>Bienvenido a DREM Desktop</translation>
    </message>
    <message>
      <source>When a run ends, its car's ROS bag folders come over SSH (data folder)</source>
      <translation>Al terminar una manga, las carpetas ROS bag de su coche llegan por SSH (carpeta de datos)</translation>
    </message>
    <message>
      <source>Writing a backup…</source>
      <translation>Escribiendo una copia de seguridad…</translation>
    </message>
    <message>
      <source>Writing {name}…</source>
      <translation>Escribiendo {name}…</translation>
    </message>
    <message>
      <source>Wrong PIN. Too many tries: this tablet is locked out for {s} s.</source>
      <translation>PIN incorrecto. Demasiados intentos: esta tableta queda bloqueada {s} s.</translation>
    </message>
    <message>
      <source>Wrong PIN. {n} tries left.</source>
      <translation>PIN incorrecto. Quedan {n} intentos.</translation>
    </message>
    <message>
      <source>Wrote the cloud manager bundle {path}</source>
      <translation>Paquete del gestor en la nube escrito: {path}</translation>
    </message>
    <message>
      <source>Wrote {path}</source>
      <translation>{path} escrito</translation>
    </message>
    <message>
      <source>Yes</source>
      <translation>Sí</translation>
    </message>
    <message>
      <source>Your earlier uploads are still being checked. Wait for their verdicts, then send more.</source>
      <translation>Sus subidas anteriores aún se están comprobando. Espere a su resultado y luego envíe más.</translation>
    </message>
    <message>
      <source>Your model archive (.tar.gz) as exported from the DeepRacer console.</source>
      <translation>Su archivo de modelo (.tar.gz) tal como se exportó de la consola DeepRacer.</translation>
    </message>
    <message>
      <source>Your session ended: log in again with the PIN.</source>
      <translation>Su sesión terminó: vuelva a entrar con el PIN.</translation>
    </message>
    <message>
      <source>a GNU incremental-dump folder</source>
      <translation>una carpeta de volcado incremental de GNU</translation>
    </message>
    <message>
      <source>a change has unexpected keys ({keys})</source>
      <translation>un cambio tiene claves inesperadas ({keys})</translation>
    </message>
    <message>
      <source>a delete that does not delete</source>
      <translation>un borrado que no borra</translation>
    </message>
    <message>
      <source>a file named like a folder that holds data</source>
      <translation>un archivo con nombre de carpeta que contiene datos</translation>
    </message>
    <message>
      <source>a global header that renames or resizes entries</source>
      <translation>una cabecera global que renombra o redimensiona entradas</translation>
    </message>
    <message>
      <source>a line is not a change</source>
      <translation>una línea no es un cambio</translation>
    </message>
    <message>
      <source>a malformed pax record</source>
      <translation>un registro pax mal formado</translation>
    </message>
    <message>
      <source>a named AWS profile for the credentials</source>
      <translation>un perfil de AWS con nombre para las credenciales</translation>
    </message>
    <message>
      <source>a negative {what}</source>
      <translation>un {what} negativo</translation>
    </message>
    <message>
      <source>a new {t} without {c}</source>
      <translation>un {t} nuevo sin {c}</translation>
    </message>
    <message>
      <source>a piece of a multi-volume archive</source>
      <translation>un trozo de un archivo multivolumen</translation>
    </message>
    <message>
      <source>a sparse file</source>
      <translation>un archivo disperso</translation>
    </message>
    <message>
      <source>a volume label</source>
      <translation>una etiqueta de volumen</translation>
    </message>
    <message>
      <source>address for --pi-timer (default 127.0.0.1)</source>
      <translation>dirección para --pi-timer (por defecto 127.0.0.1)</translation>
    </message>
    <message>
      <source>address not known yet</source>
      <translation>dirección aún desconocida</translation>
    </message>
    <message>
      <source>alive {s} s ago</source>
      <translation>activo hace {s} s</translation>
    </message>
    <message>
      <source>all models deleted</source>
      <translation>todos los modelos borrados</translation>
    </message>
    <message>
      <source>also make the terminal reachable at this path (a symlink)</source>
      <translation>hacer también accesible el terminal en esta ruta (un enlace simbólico)</translation>
    </message>
    <message>
      <source>also reachable at {link}</source>
      <translation>accesible también en {link}</translation>
    </message>
    <message>
      <source>an S3-compatible endpoint (MinIO, R2, Ceph)</source>
      <translation>un endpoint compatible con S3 (MinIO, R2, Ceph)</translation>
    </message>
    <message>
      <source>an entry of unknown type {flag!r}</source>
      <translation>una entrada de tipo desconocido {flag!r}</translation>
    </message>
    <message>
      <source>an entry that is not a file but holds data</source>
      <translation>una entrada que no es un archivo pero contiene datos</translation>
    </message>
    <message>
      <source>an entry without a name</source>
      <translation>una entrada sin nombre</translation>
    </message>
    <message>
      <source>an extended header of {size} bytes</source>
      <translation>una cabecera extendida de {size} bytes</translation>
    </message>
    <message>
      <source>an extended header with no entry after it</source>
      <translation>una cabecera extendida sin entrada tras ella</translation>
    </message>
    <message>
      <source>an old GNU long-name record</source>
      <translation>un registro antiguo de nombre largo de GNU</translation>
    </message>
    <message>
      <source>an unknown header format</source>
      <translation>un formato de cabecera desconocido</translation>
    </message>
    <message>
      <source>an unknown ustar version</source>
      <translation>una versión de ustar desconocida</translation>
    </message>
    <message>
      <source>another certificate</source>
      <translation>otro certificado</translation>
    </message>
    <message>
      <source>answer {path}</source>
      <translation>responder {path}</translation>
    </message>
    <message>
      <source>auto finds DREM sensors only; give the port path for mode={mode}.</source>
      <translation>auto solo encuentra sensores DREM; indique la ruta del puerto para mode={mode}.</translation>
    </message>
    <message>
      <source>auto, a serial port (e.g. /dev/ttyACM0) or ws://HOST:PORT</source>
      <translation>auto, un puerto serie (p. ej. /dev/ttyACM0) o ws://HOST:PORT</translation>
    </message>
    <message>
      <source>average window, 3 to 7 laps</source>
      <translation>ventana de la media, de 3 a 7 vueltas</translation>
    </message>
    <message>
      <source>battery {battery}, {n} model(s)</source>
      <translation>batería {battery}, {n} modelo(s)</translation>
    </message>
    <message>
      <source>be reached</source>
      <translation>ser localizado</translation>
    </message>
    <message>
      <source>best average</source>
      <translation>mejor media</translation>
    </message>
    <message>
      <source>best average of {n} laps</source>
      <translation>mejor media de {n} vueltas</translation>
    </message>
    <message>
      <source>best {n}-lap average</source>
      <translation>mejor media de {n} vueltas</translation>
    </message>
    <message>
      <source>boot field out of range</source>
      <translation>campo boot fuera de rango</translation>
    </message>
    <message>
      <source>bring back an event from a .dremz file</source>
      <translation>recuperar un evento de un archivo .dremz</translation>
    </message>
    <message>
      <source>by proxy</source>
      <translation>por sustituto</translation>
    </message>
    <message>
      <source>cable back: {path}</source>
      <translation>cable de vuelta: {path}</translation>
    </message>
    <message>
      <source>cable out for {s:.1f} s</source>
      <translation>cable fuera durante {s:.1f} s</translation>
    </message>
    <message>
      <source>cancelling…</source>
      <translation>cancelando…</translation>
    </message>
    <message>
      <source>capture a lap</source>
      <translation>registrar una vuelta</translation>
    </message>
    <message>
      <source>car</source>
      <translation>coche</translation>
    </message>
    <message>
      <source>car host name or address, e.g. amss-1234 or 192.168.1.41</source>
      <translation>nombre de host o dirección del coche, p. ej. amss-1234 o 192.168.1.41</translation>
    </message>
    <message>
      <source>car password (SSH user deepracer)</source>
      <translation>contraseña del coche (usuario SSH deepracer)</translation>
    </message>
    <message>
      <source>car software restarted</source>
      <translation>software del coche reiniciado</translation>
    </message>
    <message>
      <source>change a lap's validity</source>
      <translation>cambiar la validez de una vuelta</translation>
    </message>
    <message>
      <source>change number {v} is not a change number</source>
      <translation>el número de cambio {v} no es un número de cambio</translation>
    </message>
    <message>
      <source>change the event's upload code (the old one stops working)</source>
      <translation>cambiar el código de subida del evento (el anterior deja de funcionar)</translation>
    </message>
    <message>
      <source>change {seq} ({t}): {problem}</source>
      <translation>cambio {seq} ({t}): {problem}</translation>
    </message>
    <message>
      <source>change {seq}: it changes nothing readable</source>
      <translation>cambio {seq}: no cambia nada legible</translation>
    </message>
    <message>
      <source>change {seq}: its clock stamp names another laptop</source>
      <translation>cambio {seq}: su marca de reloj nombra otro portátil</translation>
    </message>
    <message>
      <source>change {seq}: its time is not a time</source>
      <translation>cambio {seq}: su hora no es una hora</translation>
    </message>
    <message>
      <source>change {seq}: the event id is not an id</source>
      <translation>cambio {seq}: el id del evento no es un id</translation>
    </message>
    <message>
      <source>change {seq}: the row id is not an id</source>
      <translation>cambio {seq}: el id de la fila no es un id</translation>
    </message>
    <message>
      <source>change {seq}: “{op}” is not insert, update or delete</source>
      <translation>cambio {seq}: «{op}» no es insert, update ni delete</translation>
    </message>
    <message>
      <source>change {seq}: “{t}” is not a table that syncs</source>
      <translation>cambio {seq}: «{t}» no es una tabla que se sincronice</translation>
    </message>
    <message>
      <source>changed</source>
      <translation>cambiado</translation>
    </message>
    <message>
      <source>changes only, no model files</source>
      <translation>solo cambios, sin archivos de modelo</translation>
    </message>
    <message>
      <source>checking the model</source>
      <translation>comprobando el modelo</translation>
    </message>
    <message>
      <source>checksum</source>
      <translation>suma de verificación</translation>
    </message>
    <message>
      <source>checksum mismatch</source>
      <translation>la suma de verificación no coincide</translation>
    </message>
    <message>
      <source>chroma must be a colour as six hex digits, e.g. 00ff00.</source>
      <translation>chroma debe ser un color de seis dígitos hexadecimales, p. ej. 00ff00.</translation>
    </message>
    <message>
      <source>combined</source>
      <translation>juntas</translation>
    </message>
    <message>
      <source>connected</source>
      <translation>conectado</translation>
    </message>
    <message>
      <source>connecting</source>
      <translation>conectando</translation>
    </message>
    <message>
      <source>continuous</source>
      <translation>continuo</translation>
    </message>
    <message>
      <source>control or non-ASCII bytes</source>
      <translation>bytes de control o no ASCII</translation>
    </message>
    <message>
      <source>count a reset</source>
      <translation>contar un reinicio</translation>
    </message>
    <message>
      <source>count a short lap</source>
      <translation>contar una vuelta corta</translation>
    </message>
    <message>
      <source>country (GB)</source>
      <translation>país (ES)</translation>
    </message>
    <message>
      <source>create a demo event with racers and laps</source>
      <translation>crear un evento de demostración con pilotos y vueltas</translation>
    </message>
    <message>
      <source>create an event</source>
      <translation>crear un evento</translation>
    </message>
    <message>
      <source>create and list events</source>
      <translation type="vanished">crear y listar eventos</translation>
    </message>
    <message>
      <source>create and list events, change the upload code</source>
      <translation>crear y listar eventos, cambiar el código de subida</translation>
    </message>
    <message>
      <source>created</source>
      <translation>creado</translation>
    </message>
    <message>
      <source>data folder (default: the platform's user data folder, or $DREM_DATA_DIR)</source>
      <translation>carpeta de datos (por defecto: la carpeta de datos de usuario de la plataforma, o $DREM_DATA_DIR)</translation>
    </message>
    <message>
      <source>delete all models</source>
      <translation>borrar todos los modelos</translation>
    </message>
    <message>
      <source>delete its models</source>
      <translation>borrar sus modelos</translation>
    </message>
    <message>
      <source>delete models</source>
      <translation>borrar modelos</translation>
    </message>
    <message>
      <source>deleted</source>
      <translation>borrado</translation>
    </message>
    <message>
      <source>differs: {what}</source>
      <translation>difiere: {what}</translation>
    </message>
    <message>
      <source>discard</source>
      <translation>descartar</translation>
    </message>
    <message>
      <source>disconnected</source>
      <translation>desconectado</translation>
    </message>
    <message>
      <source>discrete, {count} actions</source>
      <translation>discreto, {count} acciones</translation>
    </message>
    <message>
      <source>display name</source>
      <translation>nombre visible</translation>
    </message>
    <message>
      <source>do not start the LAN server</source>
      <translation>no iniciar el servidor LAN</translation>
    </message>
    <message>
      <source>down {n}</source>
      <translation>baja {n}</translation>
    </message>
    <message>
      <source>e.g. Join the next race at the DeepRacer booth</source>
      <translation>p. ej. Participe en la próxima carrera en el stand de DeepRacer</translation>
    </message>
    <message>
      <source>e.g. Summit Berlin 2026</source>
      <translation>p. ej. Summit Madrid 2026</translation>
    </message>
    <message>
      <source>e.g. Summit Cup 2026</source>
      <translation>p. ej. Copa Summit 2026</translation>
    </message>
    <message>
      <source>edit</source>
      <translation>editada</translation>
    </message>
    <message>
      <source>emit simulated laps on a pseudo-terminal or as a Pi timer</source>
      <translation>emitir vueltas simuladas en un pseudoterminal o como un cronómetro Pi</translation>
    </message>
    <message>
      <source>empty = unlimited</source>
      <translation>vacío = ilimitado</translation>
    </message>
    <message>
      <source>empty for AWS S3; https://… for MinIO, R2, Ceph</source>
      <translation>vacío para AWS S3; https://… para MinIO, R2, Ceph</translation>
    </message>
    <message>
      <source>empty: a new random code</source>
      <translation>vacío: un código aleatorio nuevo</translation>
    </message>
    <message>
      <source>empty: the AWS profile or environment</source>
      <translation>vacío: el perfil de AWS o el entorno</translation>
    </message>
    <message>
      <source>end the run</source>
      <translation>terminar la manga</translation>
    </message>
    <message>
      <source>error: event “{event}” has no track {n}.</source>
      <translation>error: el evento «{event}» no tiene pista {n}.</translation>
    </message>
    <message>
      <source>error: no event: give --event, or create one with: drem-desktop event add NAME</source>
      <translation>error: no hay evento: indique --event, o cree uno con: drem-desktop event add NOMBRE</translation>
    </message>
    <message>
      <source>error: nothing of the event could be applied (see the refusals above).</source>
      <translation>error: no se pudo aplicar nada del evento (vea los rechazos de arriba).</translation>
    </message>
    <message>
      <source>error: the two PINs differ; nothing changed.</source>
      <translation>error: los dos PIN son distintos; no cambió nada.</translation>
    </message>
    <message>
      <source>error: {message}</source>
      <translation>error: {message}</translation>
    </message>
    <message>
      <source>error: {message}{where}</source>
      <translation>error: {message}{where}</translation>
    </message>
    <message>
      <source>error: {peer} holds no event “{event}”.</source>
      <translation>error: {peer} no tiene ningún evento «{event}».</translation>
    </message>
    <message>
      <source>error: {reason} Nothing changed.</source>
      <translation>error: {reason} No cambió nada.</translation>
    </message>
    <message>
      <source>eu-west-1</source>
      <translation>eu-west-1</translation>
    </message>
    <message>
      <source>event best</source>
      <translation>mejor marca del evento</translation>
    </message>
    <message>
      <source>event best {time}</source>
      <translation>mejor marca del evento {time}</translation>
    </message>
    <message>
      <source>event id or exact name</source>
      <translation>id o nombre exacto del evento</translation>
    </message>
    <message>
      <source>event id or exact name (default: the current event)</source>
      <translation>id o nombre exacto del evento (por defecto: el evento actual)</translation>
    </message>
    <message>
      <source>event ids or exact names</source>
      <translation>ids o nombres exactos de eventos</translation>
    </message>
    <message>
      <source>event {e}: the bucket lacks changes of laptop {o}</source>
      <translation>evento {e}: al bucket le faltan cambios del portátil {o}</translation>
    </message>
    <message>
      <source>event {e}: this laptop lacks changes of laptop {o}</source>
      <translation>evento {e}: a este portátil le faltan cambios del portátil {o}</translation>
    </message>
    <message>
      <source>eventId {id} appears twice.</source>
      <translation>eventId {id} aparece dos veces.</translation>
    </message>
    <message>
      <source>events.json event {source}: an event named “{name}” already exists here and was not imported from this bundle. Rename one of them first.</source>
      <translation>events.json, evento {source}: ya existe aquí un evento llamado «{name}» que no se importó de este paquete. Cambie primero el nombre de uno de ellos.</translation>
    </message>
    <message>
      <source>exit status {n}</source>
      <translation>código de salida {n}</translation>
    </message>
    <message>
      <source>expected a list of races.</source>
      <translation>se esperaba una lista de carreras.</translation>
    </message>
    <message>
      <source>extra run allowed because</source>
      <translation>manga extra permitida porque</translation>
    </message>
    <message>
      <source>extra run: {reason}</source>
      <translation>manga extra: {reason}</translation>
    </message>
    <message>
      <source>fastest lap</source>
      <translation>vuelta más rápida</translation>
    </message>
    <message>
      <source>fastest or average (default: the event's ranking)</source>
      <translation>fastest o average (por defecto: la clasificación del evento)</translation>
    </message>
    <message>
      <source>fetch logs</source>
      <translation>traer registros</translation>
    </message>
    <message>
      <source>fetching logs</source>
      <translation>trayendo registros</translation>
    </message>
    <message>
      <source>fields a plain archive leaves empty are filled</source>
      <translation>se rellenan los campos que un archivo simple deja vacíos</translation>
    </message>
    <message>
      <source>file them under this racer instead of “Sample models”</source>
      <translation>guardarlos con este piloto en lugar de «Modelos de ejemplo»</translation>
    </message>
    <message>
      <source>file to write, or a folder for it</source>
      <translation>archivo que escribir, o una carpeta para él</translation>
    </message>
    <message>
      <source>finish a command in time</source>
      <translation>terminar una orden a tiempo</translation>
    </message>
    <message>
      <source>finished in place {rank} of {n}</source>
      <translation>terminó en el puesto {rank} de {n}</translation>
    </message>
    <message>
      <source>firmware {version}</source>
      <translation>firmware {version}</translation>
    </message>
    <message>
      <source>fleetId {id} appears twice.</source>
      <translation>fleetId {id} aparece dos veces.</translation>
    </message>
    <message>
      <source>format must be fastest or average.</source>
      <translation>format debe ser fastest o average.</translation>
    </message>
    <message>
      <source>frame too long</source>
      <translation>trama demasiado larga</translation>
    </message>
    <message>
      <source>get an event with all its runs, laps, racers and models from the bucket or a paired laptop</source>
      <translation>traer un evento con todas sus mangas, vueltas, pilotos y modelos del bucket o de un portátil emparejado</translation>
    </message>
    <message>
      <source>heartbeat field out of range</source>
      <translation>campo heartbeat fuera de rango</translation>
    </message>
    <message>
      <source>highlight colour, e.g. blue or #1e90ff</source>
      <translation>color de resalte, p. ej. blue o #1e90ff</translation>
    </message>
    <message>
      <source>how long the cable stays out (default 2 s)</source>
      <translation>cuánto tiempo queda fuera el cable (por defecto 2 s)</translation>
    </message>
    <message>
      <source>how the other laptops list this one</source>
      <translation>cómo lo llaman los otros portátiles</translation>
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
      <translation>importar una carpeta de paquete de exportación del DREM en la nube</translation>
    </message>
    <message>
      <source>import a folder of model archives (default owner: Sample models)</source>
      <translation>importar una carpeta de archivos de modelo (propietario por defecto: Modelos de ejemplo)</translation>
    </message>
    <message>
      <source>install the model</source>
      <translation>instalar el modelo</translation>
    </message>
    <message>
      <source>installed</source>
      <translation>instalado</translation>
    </message>
    <message>
      <source>installing</source>
      <translation>instalando</translation>
    </message>
    <message>
      <source>invalid</source>
      <translation>no válida</translation>
    </message>
    <message>
      <source>it does not end with a whole line</source>
      <translation>no termina con una línea completa</translation>
    </message>
    <message>
      <source>it has bytes after its end</source>
      <translation>tiene bytes tras su final</translation>
    </message>
    <message>
      <source>it has no SSH credentials and no web console password saved; add one in Cars → {car}.</source>
      <translation>no tiene credenciales SSH ni contraseña de la consola web guardadas; añada una en Coches → {car}.</translation>
    </message>
    <message>
      <source>it holds {n} changes but its header says {count}</source>
      <translation>contiene {n} cambios pero su cabecera dice {count}</translation>
    </message>
    <message>
      <source>it is cut short (incomplete download or upload)</source>
      <translation>está cortado (descarga o subida incompleta)</translation>
    </message>
    <message>
      <source>it is empty</source>
      <translation>está vacío</translation>
    </message>
    <message>
      <source>it is larger than {n} MiB unpacked</source>
      <translation>descomprimido supera {n} MiB</translation>
    </message>
    <message>
      <source>it is not a DREM Desktop sync answer (or from a newer version)</source>
      <translation>no es una respuesta de sincronización de DREM Desktop (o es de una versión más nueva)</translation>
    </message>
    <message>
      <source>it is not a DREM Desktop sync segment (or from a newer version)</source>
      <translation>no es un segmento de sincronización de DREM Desktop (o es de una versión más nueva)</translation>
    </message>
    <message>
      <source>it is not a gzip file, or it is damaged</source>
      <translation>no es un archivo gzip, o está dañado</translation>
    </message>
    <message>
      <source>its checksum does not match</source>
      <translation>su suma de verificación no coincide</translation>
    </message>
    <message>
      <source>its eventId {id} is not the event it is listed under.</source>
      <translation>su eventId {id} no es el evento bajo el que aparece.</translation>
    </message>
    <message>
      <source>its header does not match its name</source>
      <translation>su cabecera no coincide con su nombre</translation>
    </message>
    <message>
      <source>its header has a cursor that is not one</source>
      <translation>su cabecera tiene un cursor que no lo es</translation>
    </message>
    <message>
      <source>its header has no cursors</source>
      <translation>su cabecera no tiene cursores</translation>
    </message>
    <message>
      <source>its header has no valid count</source>
      <translation>su cabecera no tiene un recuento válido</translation>
    </message>
    <message>
      <source>its header has no valid range of change numbers</source>
      <translation>su cabecera no tiene un rango válido de números de cambio</translation>
    </message>
    <message>
      <source>its header names no event or laptop</source>
      <translation>su cabecera no nombra ni evento ni portátil</translation>
    </message>
    <message>
      <source>its id is not the row's id</source>
      <translation>su id no es el id de la fila</translation>
    </message>
    <message>
      <source>its pax size is not a number</source>
      <translation>su tamaño pax no es un número</translation>
    </message>
    <message>
      <source>its {what} is not UTF-8 text</source>
      <translation>su {what} no es texto UTF-8</translation>
    </message>
    <message>
      <source>its {what} is not a number</source>
      <translation>su {what} no es un número</translation>
    </message>
    <message>
      <source>kept in the system keyring</source>
      <translation>guardado en el llavero del sistema</translation>
    </message>
    <message>
      <source>lap count</source>
      <translation>número de vueltas</translation>
    </message>
    <message>
      <source>lap count: {n} laps</source>
      <translation>número de vueltas: {n} vueltas</translation>
    </message>
    <message>
      <source>lap field out of range</source>
      <translation>campo lap fuera de rango</translation>
    </message>
    <message>
      <source>lap time</source>
      <translation>tiempo de vuelta</translation>
    </message>
    <message>
      <source>lap without a usable timestamp</source>
      <translation>vuelta sin marca de tiempo utilizable</translation>
    </message>
    <message>
      <source>lap {n} / {target}</source>
      <translation>vuelta {n} / {target}</translation>
    </message>
    <message>
      <source>lap {n}: seq={seq} ms={ms}{note}</source>
      <translation>vuelta {n}: seq={seq} ms={ms}{note}</translation>
    </message>
    <message>
      <source>lap {n}: timestamp={ts} clients={c}</source>
      <translation>vuelta {n}: timestamp={ts} clients={c}</translation>
    </message>
    <message>
      <source>lapId {n} appears twice.</source>
      <translation>lapId {n} aparece dos veces.</translation>
    </message>
    <message>
      <source>laps to finish (lap_count format)</source>
      <translation>vueltas para terminar (formato lap_count)</translation>
    </message>
    <message>
      <source>laptop</source>
      <translation>portátil</translation>
    </message>
    <message>
      <source>laptop {id}</source>
      <translation>portátil {id}</translation>
    </message>
    <message>
      <source>laptop {name}</source>
      <translation>portátil {name}</translation>
    </message>
    <message>
      <source>larger than 512 MB; this is not an export bundle file.</source>
      <translation>mayor de 512 MB; esto no es un archivo de paquete de exportación.</translation>
    </message>
    <message>
      <source>lidar_config must be a JSON object when present.</source>
      <translation>lidar_config debe ser un objeto JSON cuando esté presente.</translation>
    </message>
    <message>
      <source>line format: drem (our protocol), json (Pi timer JSON), lines (one line per lap)</source>
      <translation>formato de línea: drem (nuestro protocolo), json (JSON del cronómetro Pi), lines (una línea por vuelta)</translation>
    </message>
    <message>
      <source>line too long</source>
      <translation>línea demasiado larga</translation>
    </message>
    <message>
      <source>line {n} is not JSON</source>
      <translation>la línea {n} no es JSON</translation>
    </message>
    <message>
      <source>line {n} is too long</source>
      <translation>la línea {n} es demasiado larga</translation>
    </message>
    <message>
      <source>line {n}: a change beyond what the answer claims</source>
      <translation>línea {n}: un cambio más allá de lo que indica la respuesta</translation>
    </message>
    <message>
      <source>line {n}: a change of another event</source>
      <translation>línea {n}: un cambio de otro evento</translation>
    </message>
    <message>
      <source>line {n}: a change of another laptop</source>
      <translation>línea {n}: un cambio de otro portátil</translation>
    </message>
    <message>
      <source>line {n}: change number {seq} is out of order</source>
      <translation>línea {n}: el número de cambio {seq} está fuera de orden</translation>
    </message>
    <message>
      <source>line {n}: {problem}</source>
      <translation>línea {n}: {problem}</translation>
    </message>
    <message>
      <source>link</source>
      <translation>enlace</translation>
    </message>
    <message>
      <source>list events</source>
      <translation>listar eventos</translation>
    </message>
    <message>
      <source>list its logs</source>
      <translation>listar sus registros</translation>
    </message>
    <message>
      <source>list its models</source>
      <translation>listar sus modelos</translation>
    </message>
    <message>
      <source>list racers</source>
      <translation>listar pilotos</translation>
    </message>
    <message>
      <source>list the paired laptops</source>
      <translation>listar los portátiles emparejados</translation>
    </message>
    <message>
      <source>load model</source>
      <translation>cargar modelo</translation>
    </message>
    <message>
      <source>load the model</source>
      <translation>cargar el modelo</translation>
    </message>
    <message>
      <source>loading onto {car}</source>
      <translation>cargando en {car}</translation>
    </message>
    <message>
      <source>loading{pct} onto {car} ({stage})</source>
      <translation>cargando{pct} en {car} ({stage})</translation>
    </message>
    <message>
      <source>log in over SSH</source>
      <translation>entrar por SSH</translation>
    </message>
    <message>
      <source>logs fetched</source>
      <translation>registros traídos</translation>
    </message>
    <message>
      <source>long name</source>
      <translation>nombre largo</translation>
    </message>
    <message>
      <source>malformed checksum</source>
      <translation>suma de verificación mal formada</translation>
    </message>
    <message>
      <source>manual</source>
      <translation>teclado</translation>
    </message>
    <message>
      <source>mean lap time in seconds (default 12)</source>
      <translation>tiempo medio de vuelta en segundos (por defecto 12)</translation>
    </message>
    <message>
      <source>measure its logs</source>
      <translation>medir sus registros</translation>
    </message>
    <message>
      <source>metadata the car would refuse</source>
      <translation>metadatos que el coche rechazaría</translation>
    </message>
    <message>
      <source>minimum lap time in seconds (debounce)</source>
      <translation>tiempo mínimo de vuelta en segundos (antirrebote)</translation>
    </message>
    <message>
      <source>minutes:seconds, empty = no limit</source>
      <translation>minutos:segundos, vacío = sin límite</translation>
    </message>
    <message>
      <source>minutes; 0 for no limit (default 3)</source>
      <translation>minutos; 0 para sin límite (por defecto 3)</translation>
    </message>
    <message>
      <source>mode</source>
      <translation>modo</translation>
    </message>
    <message>
      <source>model file “{v}” is not a path in the model library</source>
      <translation>el archivo de modelo «{v}» no es una ruta de la biblioteca de modelos</translation>
    </message>
    <message>
      <source>model_metadata.json has no action_space.</source>
      <translation>model_metadata.json no tiene action_space.</translation>
    </message>
    <message>
      <source>model_metadata.json is larger than 1 MB; a real one is a few kilobytes.</source>
      <translation>model_metadata.json ocupa más de 1 MB; uno real ocupa unos pocos kilobytes.</translation>
    </message>
    <message>
      <source>model_metadata.json is missing at the top of the archive.</source>
      <translation>falta model_metadata.json en la raíz del archivo.</translation>
    </message>
    <message>
      <source>model_metadata.json is not UTF-8 text.</source>
      <translation>model_metadata.json no es texto UTF-8.</translation>
    </message>
    <message>
      <source>model_metadata.json is not valid JSON ({error}).</source>
      <translation>model_metadata.json no es un JSON válido ({error}).</translation>
    </message>
    <message>
      <source>model_metadata.json must hold a JSON object (curly braces) at the top.</source>
      <translation>model_metadata.json debe contener un objeto JSON (llaves) en la raíz.</translation>
    </message>
    <message>
      <source>models: {up} up, {down} down</source>
      <translation>modelos: {up} subidos, {down} bajados</translation>
    </message>
    <message>
      <source>name</source>
      <translation>nombre</translation>
    </message>
    <message>
      <source>nested too deeply to be an export bundle file.</source>
      <translation>anidado demasiado hondo para ser un archivo de paquete de exportación.</translation>
    </message>
    <message>
      <source>never</source>
      <translation>nunca</translation>
    </message>
    <message>
      <source>new fleet, e.g. Booth A</source>
      <translation>flota nueva, p. ej. Stand A</translation>
    </message>
    <message>
      <source>new folder for the bundle</source>
      <translation>carpeta nueva para el paquete</translation>
    </message>
    <message>
      <source>new on the board</source>
      <translation>nuevo en el tablero</translation>
    </message>
    <message>
      <source>no</source>
      <translation>no</translation>
    </message>
    <message>
      <source>no CSRF token on the page: is this a DeepRacer car?</source>
      <translation>no hay token CSRF en la página: ¿es un coche DeepRacer?</translation>
    </message>
    <message>
      <source>no PIN: the tablet page refuses everyone</source>
      <translation>sin PIN: la página de la tableta rechaza a todos</translation>
    </message>
    <message>
      <source>no answer</source>
      <translation>sin respuesta</translation>
    </message>
    <message>
      <source>no answer at {host}</source>
      <translation>sin respuesta de {host}</translation>
    </message>
    <message>
      <source>no answer for {s:.0f} s</source>
      <translation>sin respuesta desde hace {s:.0f} s</translation>
    </message>
    <message>
      <source>no car yet</source>
      <translation>aún sin coche</translation>
    </message>
    <message>
      <source>no change</source>
      <translation>sin cambios</translation>
    </message>
    <message>
      <source>no checksum</source>
      <translation>sin suma de verificación</translation>
    </message>
    <message>
      <source>no colour</source>
      <translation>sin color</translation>
    </message>
    <message>
      <source>no details</source>
      <translation>sin detalles</translation>
    </message>
    <message>
      <source>no lap</source>
      <translation>ninguna vuelta</translation>
    </message>
    <message>
      <source>no limit</source>
      <translation>sin límite</translation>
    </message>
    <message>
      <source>no logo (a PNG or JPEG file)</source>
      <translation>sin logotipo (un archivo PNG o JPEG)</translation>
    </message>
    <message>
      <source>no logs for {model} since the run started</source>
      <translation>no hay registros de {model} desde que empezó la manga</translation>
    </message>
    <message>
      <source>no model in the library for this racer: add one on the Models page</source>
      <translation>no hay ningún modelo de este piloto en la biblioteca: añada uno en la página Modelos</translation>
    </message>
    <message>
      <source>no network</source>
      <translation>sin red</translation>
    </message>
    <message>
      <source>no password saved: battery unknown</source>
      <translation>sin contraseña guardada: batería desconocida</translation>
    </message>
    <message>
      <source>no time limit</source>
      <translation>sin límite de tiempo</translation>
    </message>
    <message>
      <source>no valid lap</source>
      <translation>ninguna vuelta válida</translation>
    </message>
    <message>
      <source>no {n}-lap average yet</source>
      <translation>aún no hay media de {n} vueltas</translation>
    </message>
    <message>
      <source>none</source>
      <translation>ninguno</translation>
    </message>
    <message>
      <source>not ASCII</source>
      <translation>no ASCII</translation>
    </message>
    <message>
      <source>not JSON</source>
      <translation>no es JSON</translation>
    </message>
    <message>
      <source>not a DREM sensor line</source>
      <translation>no es una línea de sensor DREM</translation>
    </message>
    <message>
      <source>not a JSON object.</source>
      <translation>no es un objeto JSON.</translation>
    </message>
    <message>
      <source>not connected</source>
      <translation>no conectado</translation>
    </message>
    <message>
      <source>not found on the network yet</source>
      <translation>aún no encontrado en la red</translation>
    </message>
    <message>
      <source>not looked up again yet</source>
      <translation>aún no se ha vuelto a buscar</translation>
    </message>
    <message>
      <source>not reached yet</source>
      <translation>aún no alcanzado</translation>
    </message>
    <message>
      <source>not the model its fingerprint says; not kept</source>
      <translation>no es el modelo que indica su huella; no se conserva</translation>
    </message>
    <message>
      <source>number of strips/beams on the line (default 2)</source>
      <translation>número de franjas/haces en la línea (por defecto 2)</translation>
    </message>
    <message>
      <source>of {n}</source>
      <translation>de {n}</translation>
    </message>
    <message>
      <source>offline</source>
      <translation>desconectado</translation>
    </message>
    <message>
      <source>offline (seen {n} min ago)</source>
      <translation>desconectado (visto hace {n} min)</translation>
    </message>
    <message>
      <source>old firmware (XOR checksum, misses some damaged lines): flash firmware 1.1</source>
      <translation>firmware antiguo (suma XOR, no detecta algunas líneas dañadas): instale el firmware 1.1</translation>
    </message>
    <message>
      <source>old-style checksum from a sensor that sends CRC lines</source>
      <translation>suma de comprobación antigua de un sensor que envía líneas con CRC</translation>
    </message>
    <message>
      <source>one minute</source>
      <translation>un minuto</translation>
    </message>
    <message>
      <source>one push and pull; exit 0 when the bucket and this laptop agree</source>
      <translation>un envío y una recogida; sale con 0 cuando el bucket y este portátil coinciden</translation>
    </message>
    <message>
      <source>online</source>
      <translation>en línea</translation>
    </message>
    <message>
      <source>only for lap count</source>
      <translation>solo para número de vueltas</translation>
    </message>
    <message>
      <source>only this event (id or exact name)</source>
      <translation>solo este evento (id o nombre exacto)</translation>
    </message>
    <message>
      <source>pack an event into one .dremz file</source>
      <translation>empaquetar un evento en un archivo .dremz</translation>
    </message>
    <message>
      <source>pack its logs</source>
      <translation>empaquetar sus registros</translation>
    </message>
    <message>
      <source>pair with another laptop for LAN sync</source>
      <translation>emparejarse con otro portátil para la sincronización LAN</translation>
    </message>
    <message>
      <source>paired</source>
      <translation>emparejado</translation>
    </message>
    <message>
      <source>pause</source>
      <translation>pausar</translation>
    </message>
    <message>
      <source>paused</source>
      <translation>en pausa</translation>
    </message>
    <message>
      <source>pax key</source>
      <translation>clave pax</translation>
    </message>
    <message>
      <source>pax value</source>
      <translation>valor pax</translation>
    </message>
    <message>
      <source>personal best</source>
      <translation>mejor marca personal</translation>
    </message>
    <message>
      <source>pre-load fleet {name}</source>
      <translation>precargar la flota {name}</translation>
    </message>
    <message>
      <source>prepare the car</source>
      <translation>preparar el coche</translation>
    </message>
    <message>
      <source>print an event's leaderboard</source>
      <translation>mostrar la clasificación de un evento</translation>
    </message>
    <message>
      <source>probability of a line of noise after a lap (default 0)</source>
      <translation>probabilidad de una línea de ruido tras una vuelta (por defecto 0)</translation>
    </message>
    <message>
      <source>probability that a car also triggers the second strip (default 0)</source>
      <translation>probabilidad de que un coche dispare también la segunda franja (por defecto 0)</translation>
    </message>
    <message>
      <source>probability that a lap line is lost on the wire (default 0)</source>
      <translation>probabilidad de que una línea de vuelta se pierda por el camino (por defecto 0)</translation>
    </message>
    <message>
      <source>publish its network name</source>
      <translation>publicar su nombre de red</translation>
    </message>
    <message>
      <source>published on the network as {name}</source>
      <translation>publicado en la red como {name}</translation>
    </message>
    <message>
      <source>pull the cable every S seconds (needs --link; default never)</source>
      <translation>quitar el cable cada S segundos (necesita --link; por defecto nunca)</translation>
    </message>
    <message>
      <source>pulled {n} ({kb} kB)</source>
      <translation>{n} recibido(s) ({kb} kB)</translation>
    </message>
    <message>
      <source>push model</source>
      <translation>enviar modelo</translation>
    </message>
    <message>
      <source>pushed {n} segment(s) ({kb} kB)</source>
      <translation>{n} segmento(s) enviado(s) ({kb} kB)</translation>
    </message>
    <message>
      <source>put this racer on the track (registered if new); runs submit when over</source>
      <translation>poner a este piloto en pista (inscrito si es nuevo); las mangas se envían al terminar</translation>
    </message>
    <message>
      <source>race configuration: {error}</source>
      <translation>configuración de la carrera: {error}</translation>
    </message>
    <message>
      <source>race over</source>
      <translation>carrera terminada</translation>
    </message>
    <message>
      <source>race over: submit</source>
      <translation>carrera terminada: enviar</translation>
    </message>
    <message>
      <source>raceId {id} appears twice.</source>
      <translation>raceId {id} aparece dos veces.</translation>
    </message>
    <message>
      <source>raced by proxy</source>
      <translation>corrido por sustituto</translation>
    </message>
    <message>
      <source>races.json: races for event “{event}”, which events.json does not have.</source>
      <translation>races.json: carreras del evento «{event}», que events.json no tiene.</translation>
    </message>
    <message>
      <source>random seed, for a repeatable session</source>
      <translation>semilla aleatoria, para una sesión repetible</translation>
    </message>
    <message>
      <source>read status</source>
      <translation>leer estado</translation>
    </message>
    <message>
      <source>read the PIN from standard input (scripts)</source>
      <translation>leer el PIN de la entrada estándar (scripts)</translation>
    </message>
    <message>
      <source>ready on {car}</source>
      <translation>listo en {car}</translation>
    </message>
    <message>
      <source>ready to start</source>
      <translation>listo para empezar</translation>
    </message>
    <message>
      <source>record a DNF</source>
      <translation>registrar un DNF</translation>
    </message>
    <message>
      <source>refused: {segment}</source>
      <translation>rechazado: {segment}</translation>
    </message>
    <message>
      <source>register a racer</source>
      <translation>inscribir a un piloto</translation>
    </message>
    <message>
      <source>register and list racers</source>
      <translation>inscribir y listar pilotos</translation>
    </message>
    <message>
      <source>remember --bucket and its options as this laptop's</source>
      <translation>recordar --bucket y sus opciones como los de este portátil</translation>
    </message>
    <message>
      <source>report its status</source>
      <translation>informar de su estado</translation>
    </message>
    <message>
      <source>reset {resets}{of_allowed}</source>
      <translation>reinicio {resets}{of_allowed}</translation>
    </message>
    <message>
      <source>resets</source>
      <translation>reinicios</translation>
    </message>
    <message>
      <source>resets allowed per lap, or unlimited</source>
      <translation>reinicios permitidos por vuelta, o unlimited</translation>
    </message>
    <message>
      <source>restart the car software</source>
      <translation>reiniciar el software del coche</translation>
    </message>
    <message>
      <source>restored</source>
      <translation>restaurado</translation>
    </message>
    <message>
      <source>resume</source>
      <translation>reanudar</translation>
    </message>
    <message>
      <source>resumed</source>
      <translation>reanudado</translation>
    </message>
    <message>
      <source>rows/event.json: an archive holds exactly one event.</source>
      <translation>rows/event.json: un archivo contiene exactamente un evento.</translation>
    </message>
    <message>
      <source>run timing and the LAN pages with no window</source>
      <translation>hacer funcionar el cronometraje y las páginas LAN sin ventana</translation>
    </message>
    <message>
      <source>run {state}</source>
      <translation>manga {state}</translation>
    </message>
    <message>
      <source>running</source>
      <translation>en curso</translation>
    </message>
    <message>
      <source>runs per racer, or unlimited</source>
      <translation>mangas por piloto, o unlimited</translation>
    </message>
    <message>
      <source>runs {runs}</source>
      <translation>mangas {runs}</translation>
    </message>
    <message>
      <source>s3://BUCKET/PREFIX (default: the bucket set in Settings → Sync)</source>
      <translation>s3://BUCKET/PREFIX (por defecto: el bucket de Ajustes → Sincronización)</translation>
    </message>
    <message>
      <source>s3://my-club-bucket/deepracer</source>
      <translation>s3://bucket-de-mi-club/deepracer</translation>
    </message>
    <message>
      <source>saved (type to replace)</source>
      <translation>guardado (escriba para sustituirlo)</translation>
    </message>
    <message>
      <source>scroll must be page, smooth or off.</source>
      <translation>scroll debe ser page, smooth u off.</translation>
    </message>
    <message>
      <source>seconds</source>
      <translation>segundos</translation>
    </message>
    <message>
      <source>see the log</source>
      <translation>vea el registro</translation>
    </message>
    <message>
      <source>see the log at {path}</source>
      <translation>vea el registro en {path}</translation>
    </message>
    <message>
      <source>sending</source>
      <translation>enviando</translation>
    </message>
    <message>
      <source>sensor</source>
      <translation>sensor</translation>
    </message>
    <message>
      <source>sensor clock drift in ppm (default 0)</source>
      <translation>deriva del reloj del sensor en ppm (por defecto 0)</translation>
    </message>
    <message>
      <source>sensor jumped from trigger #{last} to #{to}: logged, not trusted</source>
      <translation>el sensor saltó del disparo n.º {last} al n.º {to}: registrado, no se da por bueno</translation>
    </message>
    <message>
      <source>sensor missed {n} trigger(s): check the run</source>
      <translation>el sensor perdió {n} disparo(s): revise la manga</translation>
    </message>
    <message>
      <source>sensor: {n} trigger(s) missed while the app was closed: check the run</source>
      <translation>sensor: {n} disparo(s) perdido(s) mientras la aplicación estaba cerrada: revise la carrera</translation>
    </message>
    <message>
      <source>serve the DREM Pi timer WebSocket protocol on PORT instead of a terminal</source>
      <translation>servir el protocolo WebSocket del cronómetro Pi DREM en PORT en lugar de un terminal</translation>
    </message>
    <message>
      <source>set the operator PIN of the tablet timekeeper (/tablet)</source>
      <translation>establecer el PIN del operador del cronometraje en tableta (/tablet)</translation>
    </message>
    <message>
      <source>set the tail light</source>
      <translation>poner la luz trasera</translation>
    </message>
    <message>
      <source>show a code another laptop can pair with</source>
      <translation>mostrar un código con el que otro portátil pueda emparejarse</translation>
    </message>
    <message>
      <source>show its login page</source>
      <translation>mostrar su página de acceso</translation>
    </message>
    <message>
      <source>size</source>
      <translation>tamaño</translation>
    </message>
    <message>
      <source>source</source>
      <translation>fuente</translation>
    </message>
    <message>
      <source>speedy
rocket, Rocket Racer, DE
…</source>
      <translation>speedy
rocket, Rocket Racer, ES
…</translation>
    </message>
    <message>
      <source>sponsored by {sponsor}</source>
      <translation>patrocinado por {sponsor}</translation>
    </message>
    <message>
      <source>standard deviation of lap times in seconds</source>
      <translation>desviación típica de los tiempos de vuelta en segundos</translation>
    </message>
    <message>
      <source>start</source>
      <translation>iniciar</translation>
    </message>
    <message>
      <source>started</source>
      <translation>iniciado</translation>
    </message>
    <message>
      <source>starting</source>
      <translation>iniciando</translation>
    </message>
    <message>
      <source>state</source>
      <translation>estado</translation>
    </message>
    <message>
      <source>still loading after {s:.0f} s</source>
      <translation>sigue cargando tras {s:.0f} s</translation>
    </message>
    <message>
      <source>stop</source>
      <translation>parar</translation>
    </message>
    <message>
      <source>stop after this many laps (0: run until Ctrl-C)</source>
      <translation>parar tras este número de vueltas (0: seguir hasta Ctrl-C)</translation>
    </message>
    <message>
      <source>stop logging</source>
      <translation>dejar de registrar</translation>
    </message>
    <message>
      <source>stopped</source>
      <translation>parado</translation>
    </message>
    <message>
      <source>stopping the car's logging</source>
      <translation>deteniendo el registro del coche</translation>
    </message>
    <message>
      <source>sub {sub} belongs to two users.</source>
      <translation>sub {sub} pertenece a dos usuarios.</translation>
    </message>
    <message>
      <source>submit</source>
      <translation>enviar</translation>
    </message>
    <message>
      <source>switch to autonomous mode</source>
      <translation>pasar a modo autónomo</translation>
    </message>
    <message>
      <source>sync this laptop's events with the bucket (push, then pull)</source>
      <translation>sincronizar los eventos de este portátil con el bucket (enviar y luego recoger)</translation>
    </message>
    <message>
      <source>sync: {message}</source>
      <translation>sincronización: {message}</translation>
    </message>
    <message>
      <source>tail light set</source>
      <translation>luz trasera puesta</translation>
    </message>
    <message>
      <source>tail light {colour}</source>
      <translation>luz trasera {colour}</translation>
    </message>
    <message>
      <source>take the new name</source>
      <translation>tomar el nombre nuevo</translation>
    </message>
    <message>
      <source>the .dremz file to write (or a folder)</source>
      <translation>el archivo .dremz que escribir (o una carpeta)</translation>
    </message>
    <message>
      <source>the 6-digit code it shows</source>
      <translation>el código de 6 dígitos que muestra</translation>
    </message>
    <message>
      <source>the 6-digit code that laptop shows (with --peer)</source>
      <translation>el código de 6 dígitos que muestra ese portátil (con --peer)</translation>
    </message>
    <message>
      <source>the bucket's region</source>
      <translation>la región del bucket</translation>
    </message>
    <message>
      <source>the car accepted {folder} but could not load it (its load status went to error): the model may be damaged. Restart the car's software (Cars → Restart) and load again, or choose another model.</source>
      <translation>el coche aceptó {folder} pero no pudo cargarlo (su estado de carga pasó a error): puede que el modelo esté dañado. Reinicie el software del coche (Coches → Reiniciar) y vuelva a cargar, o elija otro modelo.</translation>
    </message>
    <message>
      <source>the car could not read its own sensors. Restart the car's software (Cars → Restart) and load again.</source>
      <translation>el coche no pudo leer sus propios sensores. Reinicie el software del coche (Coches → Reiniciar) y vuelva a cargar.</translation>
    </message>
    <message>
      <source>the car could not set up its LiDAR with the model's LiDAR settings. Check the LiDAR cable, then load again.</source>
      <translation>el coche no pudo configurar su LiDAR con los ajustes LiDAR del modelo. Revise el cable del LiDAR y vuelva a cargar.</translation>
    </message>
    <message>
      <source>the car did not list the new copy of {folder} within {s:.0f} s of the upload; check its free space, or push over SSH.</source>
      <translation>el coche no listó la copia nueva de {folder} en los {s:.0f} s siguientes a la subida; revise su espacio libre, o envíelo por SSH.</translation>
    </message>
    <message>
      <source>the car gave no reason. Open the car's console to see why, then load again.</source>
      <translation>el coche no dio ningún motivo. Abra la consola del coche para ver por qué y vuelva a cargar.</translation>
    </message>
    <message>
      <source>the car gave the reason below. Fix that on the car, then load again.</source>
      <translation>el coche dio el motivo de abajo. Corríjalo en el coche y vuelva a cargar.</translation>
    </message>
    <message>
      <source>the car received {folder} and finished installing, but does not list it: it could not install the archive, or will not offer it (it needs exactly one .pb and a model_metadata.json it accepts). Check the model, or push it over SSH.</source>
      <translation>el coche recibió {folder} y terminó de instalar, pero no lo lista: no pudo instalar el archivo, o no lo ofrece (necesita exactamente un .pb y un model_metadata.json que acepte). Revise el modelo, o envíelo por SSH.</translation>
    </message>
    <message>
      <source>the car refused the file ("{message}").</source>
      <translation>el coche rechazó el archivo («{message}»).</translation>
    </message>
    <message>
      <source>the car's control software did not take the model. Restart the car's software (Cars → Restart) and load again.</source>
      <translation>el software de control del coche no tomó el modelo. Reinicie el software del coche (Coches → Reiniciar) y vuelva a cargar.</translation>
    </message>
    <message>
      <source>the laptop id is not an id</source>
      <translation>el id del portátil no es un id</translation>
    </message>
    <message>
      <source>the model arrived damaged (checksum differs); retry the push.</source>
      <translation>el modelo llegó dañado (la suma de verificación difiere); vuelva a enviarlo.</translation>
    </message>
    <message>
      <source>the model arrived incomplete</source>
      <translation>el modelo llegó incompleto</translation>
    </message>
    <message>
      <source>the model drives with the {sensors}, and the car does not see it connected. Connect it (or choose a model trained for the sensors this car has) and load again.</source>
      <translation>el modelo conduce con {sensors}, y el coche no lo ve conectado. Conéctelo (o elija un modelo entrenado para los sensores de este coche) y vuelva a cargar.</translation>
    </message>
    <message>
      <source>the model is not ready on the car: it is still being installed, or its install failed. Wait a few seconds and load again; if it keeps failing, send the model to the car again.</source>
      <translation>el modelo no está listo en el coche: aún se está instalando, o su instalación falló. Espere unos segundos y vuelva a cargar; si sigue fallando, envíe el modelo al coche de nuevo.</translation>
    </message>
    <message>
      <source>the model is on the car, but loading it needs the car's web console password; save it in Cars → {car} or select the model on the car.</source>
      <translation>el modelo está en el coche, pero cargarlo requiere la contraseña de la consola web del coche; guárdela en Coches → {car} o seleccione el modelo en el coche.</translation>
    </message>
    <message>
      <source>the model was trained with a sensor this car does not have (a simulation-only sensor, for example). Choose a model trained for this car's sensors.</source>
      <translation>el modelo se entrenó con un sensor que este coche no tiene (un sensor solo de simulación, por ejemplo). Elija un modelo entrenado para los sensores de este coche.</translation>
    </message>
    <message>
      <source>the model's folder on the car has no model_metadata.json. Send the model to the car again.</source>
      <translation>la carpeta del modelo en el coche no tiene model_metadata.json. Envíe el modelo al coche de nuevo.</translation>
    </message>
    <message>
      <source>the model's model_metadata.json is not one the car accepts. Ask the racer for the model as exported from the DeepRacer console, then load it again.</source>
      <translation>el model_metadata.json del modelo no es uno que el coche acepte. Pida al piloto el modelo tal como se exportó de la consola DeepRacer y vuelva a cargarlo.</translation>
    </message>
    <message>
      <source>the new code, 4 to 20 letters, digits or dashes (default: a new random one)</source>
      <translation>el código nuevo, de 4 a 20 letras, dígitos o guiones (por defecto: uno aleatorio nuevo)</translation>
    </message>
    <message>
      <source>the other value holds</source>
      <translation>el otro valor contiene</translation>
    </message>
    <message>
      <source>the racer</source>
      <translation>el piloto</translation>
    </message>
    <message>
      <source>the unpacked bundle folder (events.json, races.json…)</source>
      <translation>la carpeta del paquete descomprimido (events.json, races.json…)</translation>
    </message>
    <message>
      <source>this laptop</source>
      <translation>este portátil</translation>
    </message>
    <message>
      <source>this laptop's address</source>
      <translation>la dirección de este portátil</translation>
    </message>
    <message>
      <source>this needs SSH: enable SSH on the car's console and save its SSH password in Cars → {car}.</source>
      <translation>esto necesita SSH: active SSH en la consola del coche y guarde su contraseña SSH en Coches → {car}.</translation>
    </message>
    <message>
      <source>this value holds</source>
      <translation>este valor contiene</translation>
    </message>
    <message>
      <source>time</source>
      <translation>tiempo</translation>
    </message>
    <message>
      <source>time trial</source>
      <translation>contrarreloj</translation>
    </message>
    <message>
      <source>too many extended headers in a row</source>
      <translation>demasiadas cabeceras extendidas seguidas</translation>
    </message>
    <message>
      <source>took part in the race</source>
      <translation>participó en la carrera</translation>
    </message>
    <message>
      <source>top must be a number.</source>
      <translation>top debe ser un número.</translation>
    </message>
    <message>
      <source>track must be a track number or combined.</source>
      <translation>track debe ser un número de pista o combined.</translation>
    </message>
    <message>
      <source>track must be a track number.</source>
      <translation>track debe ser un número de pista.</translation>
    </message>
    <message>
      <source>track number or 'combined' (default)</source>
      <translation>número de pista o 'combined' (por defecto)</translation>
    </message>
    <message>
      <source>track number or 'combined' (default: track {n}, as the LAN pages)</source>
      <translation>número de pista o 'combined' (por defecto: pista {n}, como las páginas LAN)</translation>
    </message>
    <message>
      <source>track number to time (default 1)</source>
      <translation>número de la pista que cronometrar (por defecto 1)</translation>
    </message>
    <message>
      <source>track {n}</source>
      <translation>pista {n}</translation>
    </message>
    <message>
      <source>track {n} appears twice.</source>
      <translation>la pista {n} aparece dos veces.</translation>
    </message>
    <message>
      <source>track {track} is not a track of its event.</source>
      <translation>la pista {track} no es una pista de su evento.</translation>
    </message>
    <message>
      <source>trigger NOT STORED at {time} (sensor {sensor}{at}): note this lap by hand</source>
      <translation>disparo NO GUARDADO a las {time} (sensor {sensor}{at}): anote esta vuelta a mano</translation>
    </message>
    <message>
      <source>trigger debounced (sensor {sensor})</source>
      <translation>disparo filtrado (sensor {sensor})</translation>
    </message>
    <message>
      <source>trigger ignored: no racer on the track, so triggers are not timed until the next one (type next USERNAME). Further triggers until then are ignored without a word.</source>
      <translation>disparo ignorado: no hay piloto en pista, así que los disparos no se cronometran hasta el siguiente (escriba next USUARIO). Los siguientes hasta entonces se ignoran sin aviso.</translation>
    </message>
    <message>
      <source>trigger {outcome} (sensor {sensor})</source>
      <translation type="vanished">disparo {outcome} (sensor {sensor})</translation>
    </message>
    <message>
      <source>two events are named “{name}”.</source>
      <translation>dos eventos se llaman «{name}».</translation>
    </message>
    <message>
      <source>two letters, e.g. DE</source>
      <translation>dos letras, p. ej. ES</translation>
    </message>
    <message>
      <source>undo the last lap</source>
      <translation>deshacer la última vuelta</translation>
    </message>
    <message>
      <source>unknown</source>
      <translation>desconocido</translation>
    </message>
    <message>
      <source>unknown rankingMethod {method}.</source>
      <translation>rankingMethod {method} desconocido.</translation>
    </message>
    <message>
      <source>unknown typeOfEvent {value}.</source>
      <translation>typeOfEvent {value} desconocido.</translation>
    </message>
    <message>
      <source>unlimited</source>
      <translation>ilimitado</translation>
    </message>
    <message>
      <source>unpair a laptop</source>
      <translation>desemparejar un portátil</translation>
    </message>
    <message>
      <source>up {n}</source>
      <translation>sube {n}</translation>
    </message>
    <message>
      <source>username (required)</source>
      <translation>nombre de usuario (obligatorio)</translation>
    </message>
    <message>
      <source>username “{name}” appears twice.</source>
      <translation>el nombre de usuario «{name}» aparece dos veces.</translation>
    </message>
    <message>
      <source>valid</source>
      <translation>válida</translation>
    </message>
    <message>
      <source>voice default</source>
      <translation>voz por defecto</translation>
    </message>
    <message>
      <source>waiting for a spare car</source>
      <translation>esperando un coche libre</translation>
    </message>
    <message>
      <source>web console</source>
      <translation>consola web</translation>
    </message>
    <message>
      <source>web console certificate</source>
      <translation>certificado de la consola web</translation>
    </message>
    <message>
      <source>went away</source>
      <translation>se fue</translation>
    </message>
    <message>
      <source>words/min</source>
      <translation>palabras/min</translation>
    </message>
    <message>
      <source>write a backup of the database now</source>
      <translation>escribir ahora una copia de seguridad de la base de datos</translation>
    </message>
    <message>
      <source>write a bundle the cloud manager's drem_import.py takes</source>
      <translation>escribir un paquete que acepte drem_import.py del gestor en la nube</translation>
    </message>
    <message>
      <source>write an event's results as CSV, JSON or PDF</source>
      <translation>escribir los resultados de un evento en CSV, JSON o PDF</translation>
    </message>
    <message>
      <source>ws://192.168.1.50:8080</source>
      <translation>ws://192.168.1.50:8080</translation>
    </message>
    <message>
      <source>yes</source>
      <translation>sí</translation>
    </message>
    <message>
      <source>{arrow} {name}: {done:.1f} / {total:.1f} MB</source>
      <translation>{arrow} {name}: {done:.1f} / {total:.1f} MB</translation>
    </message>
    <message>
      <source>{car_name} drives this run: its tail light takes the racer's colour at the start and turns white at the end.</source>
      <translation>{car_name} corre esta manga: su luz trasera toma el color del piloto al inicio y se vuelve blanca al final.</translation>
    </message>
    <message>
      <source>{count} lap message(s) from the Pi timer never arrived (lap numbers {first}–{last}). Check the run for a missing lap.</source>
      <translation>{count} mensaje(s) de vuelta del cronómetro Pi nunca llegaron (vueltas número {first}–{last}). Revise si falta una vuelta en la manga.</translation>
    </message>
    <message>
      <source>{count} sensor trigger(s) never arrived ({missing}, {source} {port}). A lap may be missing or two laps merged: check the lap table and fix it (Undo, L) before submitting.</source>
      <translation>{count} disparo(s) del sensor nunca llegaron ({missing}, {source} {port}). Puede faltar una vuelta o haberse unido dos: revise la tabla de vueltas y corríjala (Deshacer, L) antes de enviar.</translation>
    </message>
    <message>
      <source>{count} trigger(s) from the sensor on {port} never arrived (sequence {first}–{last}). Check the run for a missing lap.</source>
      <translation>{count} disparo(s) del sensor en {port} nunca llegaron (secuencia {first}–{last}). Revise si falta una vuelta en la manga.</translation>
    </message>
    <message>
      <source>{count} trigger(s) from the sensor on {port} were missed while the app was closed or not listening, and the sensor could not send them again (sequence {first}–{last}). Check the run for missing laps.</source>
      <translation>Se perdieron {count} disparo(s) del sensor de {port} mientras la aplicación estaba cerrada o no escuchaba, y el sensor no pudo reenviarlos (secuencia {first}–{last}). Revise si faltan vueltas en la carrera.</translation>
    </message>
    <message>
      <source>{count} trigger(s) missed while the app was closed or not listening ({missing}, {source} {port}); the sensor could not send them again. Laps may be missing: check the lap table and add them by hand (L) before submitting.</source>
      <translation>Se perdieron {count} disparo(s) mientras la aplicación estaba cerrada o no escuchaba ({missing}, {source} {port}); el sensor no pudo reenviarlos. Puede que falten vueltas: revise la tabla de vueltas y añádalas a mano (L) antes de enviar.</translation>
    </message>
    <message>
      <source>{device} on {port}</source>
      <translation>{device} en {port}</translation>
    </message>
    <message>
      <source>{error} Retrying in {s:.0f} s.</source>
      <translation>{error} Reintentando en {s:.0f} s.</translation>
    </message>
    <message>
      <source>{field} was also changed on {laptop} at the same time: {holds}</source>
      <translation>{field} también se cambió en {laptop} a la vez: {holds}</translation>
    </message>
    <message>
      <source>{file_name} refused: </source>
      <translation>{file_name} rechazado: </translation>
    </message>
    <message>
      <source>{file} changed while it was being prepared for the car; wait until it is fully copied, then load it again.</source>
      <translation>{file} cambió mientras se preparaba para el coche; espere a que esté copiado del todo y vuelva a cargarlo.</translation>
    </message>
    <message>
      <source>{file} could not be read again after the check ({error}); copy it again and retry.</source>
      <translation>{file} no se pudo volver a leer tras la comprobación ({error}); cópielo de nuevo y vuelva a intentarlo.</translation>
    </message>
    <message>
      <source>{file} has no manifest.json: it is not a DREM event archive.</source>
      <translation>{file} no tiene manifest.json: no es un archivo de evento DREM.</translation>
    </message>
    <message>
      <source>{file} has no “username” column. The first line must name the columns, e.g. username,display_name,country_code,highlight_colour.</source>
      <translation>{file} no tiene columna «username». La primera línea debe nombrar las columnas, p. ej. username,display_name,country_code,highlight_colour.</translation>
    </message>
    <message>
      <source>{file} is not a DREM event archive, or it is damaged (its zip index is unreadable).</source>
      <translation>{file} no es un archivo de evento DREM, o está dañado (su índice zip es ilegible).</translation>
    </message>
    <message>
      <source>{file} was made by a newer DREM Desktop (archive version {v}); update this one first.</source>
      <translation>{file} se creó con un DREM Desktop más nuevo (versión de archivo {v}); actualice primero este.</translation>
    </message>
    <message>
      <source>{file} · {car} · {mb} MB</source>
      <translation>{file} · {car} · {mb} MB</translation>
    </message>
    <message>
      <source>{file}: cannot be read ({error}).</source>
      <translation>{file}: no se puede leer ({error}).</translation>
    </message>
    <message>
      <source>{file}: expected a JSON {kind}.</source>
      <translation>{file}: se esperaba un {kind} JSON.</translation>
    </message>
    <message>
      <source>{file}: manifest.json does not match (it is not readable).</source>
      <translation>{file}: manifest.json no coincide (no es legible).</translation>
    </message>
    <message>
      <source>{file}: manifest.json does not match (no file list).</source>
      <translation>{file}: manifest.json no coincide (no hay lista de archivos).</translation>
    </message>
    <message>
      <source>{file}: manifest.json does not match: this is not a DREM event archive.</source>
      <translation>{file}: manifest.json no coincide: no es un archivo de evento DREM.</translation>
    </message>
    <message>
      <source>{file}: member {member} is not one an event archive holds: the archive was altered.</source>
      <translation>{file}: el miembro {member} no es de los que contiene un archivo de evento: el archivo se alteró.</translation>
    </message>
    <message>
      <source>{file}: missing from the bundle folder {folder}.</source>
      <translation>{file}: falta en la carpeta del paquete {folder}.</translation>
    </message>
    <message>
      <source>{file}: not readable JSON ({error}).</source>
      <translation>{file}: JSON ilegible ({error}).</translation>
    </message>
    <message>
      <source>{file}: refused. {reasons}</source>
      <translation>{file}: rechazado. {reasons}</translation>
    </message>
    <message>
      <source>{file}: the archive's seal does not match: its zip headers or index were changed after it was written; nothing was restored.</source>
      <translation>{file}: el sello del archivo no coincide: sus cabeceras o su índice zip cambiaron después de escribirse; no se restauró nada.</translation>
    </message>
    <message>
      <source>{file}: {member} does not match its SHA-256 in the manifest: the archive is damaged or was altered; nothing was restored.</source>
      <translation>{file}: {member} no coincide con su SHA-256 del manifiesto: el archivo está dañado o se alteró; no se restauró nada.</translation>
    </message>
    <message>
      <source>{file}: {member} is damaged ({error}); nothing was restored.</source>
      <translation>{file}: {member} está dañado ({error}); no se restauró nada.</translation>
    </message>
    <message>
      <source>{file}: {member} is listed in the manifest but missing.</source>
      <translation>{file}: {member} figura en el manifiesto pero falta.</translation>
    </message>
    <message>
      <source>{file}: {member} is not a list of rows.</source>
      <translation>{file}: {member} no es una lista de filas.</translation>
    </message>
    <message>
      <source>{file}: {member} is not in the manifest: the archive was altered.</source>
      <translation>{file}: {member} no está en el manifiesto: el archivo se alteró.</translation>
    </message>
    <message>
      <source>{file}: {member} is not readable JSON.</source>
      <translation>{file}: {member} no es un JSON legible.</translation>
    </message>
    <message>
      <source>{folder} installed over {how}{loaded}</source>
      <translation>{folder} instalado por {how}{loaded}</translation>
    </message>
    <message>
      <source>{folder} is not a folder.</source>
      <translation>{folder} no es una carpeta.</translation>
    </message>
    <message>
      <source>{folder} is not a folder: give the unpacked export bundle's folder.</source>
      <translation>{folder} no es una carpeta: indique la carpeta del paquete de exportación descomprimido.</translation>
    </message>
    <message>
      <source>{key} arrived incomplete; it is fetched again next time.</source>
      <translation>{key} llegó incompleto; se vuelve a traer la próxima vez.</translation>
    </message>
    <message>
      <source>{key} arrived incomplete; the download resumes next time.</source>
      <translation>{key} llegó incompleto; la descarga continúa la próxima vez.</translation>
    </message>
    <message>
      <source>{key} is not in the bucket.</source>
      <translation>{key} no está en el bucket.</translation>
    </message>
    <message>
      <source>{key} is {mb} MiB, larger than a segment can be.</source>
      <translation>{key} ocupa {mb} MiB, más de lo que puede ocupar un segmento.</translation>
    </message>
    <message>
      <source>{language} from the next start (the LAN pages follow each viewer's browser).</source>
      <translation>{language} desde el próximo inicio (las páginas LAN siguen el navegador de cada visitante).</translation>
    </message>
    <message>
      <source>{left} left</source>
      <translation>quedan {left}</translation>
    </message>
    <message>
      <source>{loaded} (queued racer's: {expected})</source>
      <translation>{loaded} (el del piloto en cola: {expected})</translation>
    </message>
    <message>
      <source>{m:g} minutes</source>
      <translation>{m:g} minutos</translation>
    </message>
    <message>
      <source>{model} loading {pct} % onto {car}</source>
      <translation>{model} cargando al {pct} % en {car}</translation>
    </message>
    <message>
      <source>{model} will go onto {car}</source>
      <translation>{model} irá a {car}</translation>
    </message>
    <message>
      <source>{m} minutes {s:.1f}</source>
      <translation>{m} minutos {s:.1f}</translation>
    </message>
    <message>
      <source>{n_found} archive(s) found.</source>
      <translation>{n_found} archivo(s) encontrado(s).</translation>
    </message>
    <message>
      <source>{n_racers} racer(s)</source>
      <translation>{n_racers} piloto(s)</translation>
    </message>
    <message>
      <source>{name!r} is not a valid host name: use a-z, 0-9 and '-', at most 63 characters.</source>
      <translation>{name!r} no es un nombre de host válido: use a-z, 0-9 y '-', como mucho 63 caracteres.</translation>
    </message>
    <message>
      <source>{name} is already on deck for this track.</source>
      <translation>{name} ya está en cola para esta pista.</translation>
    </message>
    <message>
      <source>{name} is not a number</source>
      <translation>{name} no es un número</translation>
    </message>
    <message>
      <source>{name} is not reachable ({error}); trying again.</source>
      <translation>{name} no está accesible ({error}); reintentando.</translation>
    </message>
    <message>
      <source>{name} is on deck for track {n} (number {place}).</source>
      <translation>{name} está en cola para la pista {n} (número {place}).</translation>
    </message>
    <message>
      <source>{name} is on the track in {car}: the first trigger starts the run.</source>
      <translation>{name} está en pista con {car}: el primer disparo inicia la manga.</translation>
    </message>
    <message>
      <source>{name} is on the track: the first trigger starts the run.</source>
      <translation>{name} está en pista: el primer disparo inicia la manga.</translation>
    </message>
    <message>
      <source>{name} no longer accepts this laptop: pair the two again in Settings → Sync.</source>
      <translation>{name} ya no acepta este portátil: vuelva a emparejarlos en Ajustes → Sincronización.</translation>
    </message>
    <message>
      <source>{name} takes the lead, {time}</source>
      <translation>{name} toma el liderato, {time}</translation>
    </message>
    <message>
      <source>{name} · fastest {fastest} · average {average} · {valid}/{laps} valid ({ratio}) · rank {rank}, {change}</source>
      <translation>{name} · más rápida {fastest} · media {average} · {valid}/{laps} válidas ({ratio}) · puesto {rank}, {change}</translation>
    </message>
    <message>
      <source>{name}: already in the library (same model file), nothing new was stored.</source>
      <translation>{name}: ya está en la biblioteca (mismo archivo de modelo), no se guardó nada nuevo.</translation>
    </message>
    <message>
      <source>{name}: ready ({sensors}, {space} action space, {algorithm}).</source>
      <translation>{name}: listo ({sensors}, espacio de acciones {space}, {algorithm}).</translation>
    </message>
    <message>
      <source>{name}: received and checked. It is in the library and can go to a car.</source>
      <translation>{name}: recibido y comprobado. Está en la biblioteca y puede ir a un coche.</translation>
    </message>
    <message>
      <source>{name}: same model file with a new model_metadata.json. The library now holds the new metadata ({now}; before: {was}); the earlier one is kept in the model's history.</source>
      <translation>{name}: mismo archivo de modelo con un model_metadata.json nuevo. La biblioteca tiene ahora los metadatos nuevos ({now}; antes: {was}); los anteriores se conservan en el historial del modelo.</translation>
    </message>
    <message>
      <source>{name}: the downloaded file differs from the one uploaded (checksum); fetched again next time.</source>
      <translation>{name}: el archivo descargado difiere del subido (suma de verificación); se vuelve a traer la próxima vez.</translation>
    </message>
    <message>
      <source>{name}: the downloaded file is not the model its name says; not kept.</source>
      <translation>{name}: el archivo descargado no es el modelo que indica su nombre; no se conserva.</translation>
    </message>
    <message>
      <source>{n} already in the library</source>
      <translation>{n} ya en la biblioteca</translation>
    </message>
    <message>
      <source>{n} change(s) applied</source>
      <translation>{n} cambio(s) aplicado(s)</translation>
    </message>
    <message>
      <source>{n} change(s) waiting to go to the bucket.</source>
      <translation>{n} cambio(s) esperando para ir al bucket.</translation>
    </message>
    <message>
      <source>{n} changes waiting</source>
      <translation>{n} cambios en espera</translation>
    </message>
    <message>
      <source>{n} events in the bucket are named “{name}”: give its id ({ids}).</source>
      <translation>{n} eventos del bucket se llaman «{name}»: indique su id ({ids}).</translation>
    </message>
    <message>
      <source>{n} h ago</source>
      <translation>hace {n} h</translation>
    </message>
    <message>
      <source>{n} lap time(s) had fractions of a millisecond and were rounded half-to-even.</source>
      <translation>{n} tiempo(s) de vuelta tenían fracciones de milisegundo y se redondearon al par más cercano.</translation>
    </message>
    <message>
      <source>{n} min ago</source>
      <translation>hace {n} min</translation>
    </message>
    <message>
      <source>{n} minutes</source>
      <translation>{n} minutos</translation>
    </message>
    <message>
      <source>{n} race(s) by {u} user(s) no longer in the cloud were imported under placeholder racers named deleted-…: rename them in Racers if you know who they were.</source>
      <translation>{n} carrera(s) de {u} usuario(s) que ya no están en la nube se importaron con pilotos provisionales llamados deleted-…: cámbieles el nombre en Pilotos si sabe quiénes eran.</translation>
    </message>
    <message>
      <source>{n} racer(s) registered.</source>
      <translation>{n} piloto(s) inscrito(s).</translation>
    </message>
    <message>
      <source>{n} resets/lap</source>
      <translation>{n} reinicios/vuelta</translation>
    </message>
    <message>
      <source>{n} runs/racer</source>
      <translation>{n} mangas/piloto</translation>
    </message>
    <message>
      <source>{n} s ago</source>
      <translation>hace {n} s</translation>
    </message>
    <message>
      <source>{n} sample model(s) added</source>
      <translation>{n} modelo(s) de ejemplo añadido(s)</translation>
    </message>
    <message>
      <source>{n} save(s) of the run in progress (its clocks; nothing shown here changed)</source>
      <translation>{n} guardado(s) de la manga en curso (sus relojes; nada de lo que se muestra aquí cambió)</translation>
    </message>
    <message>
      <source>{n} seconds</source>
      <translation>{n} segundos</translation>
    </message>
    <message>
      <source>{n} segment(s) in the bucket were refused (damaged or not valid): {first}</source>
      <translation>Se rechazaron {n} segmento(s) del bucket (dañados o no válidos): {first}</translation>
    </message>
    <message>
      <source>{n} staff user(s) (admin, operator, …) who never raced were not made racers.</source>
      <translation>{n} usuario(s) del personal (admin, operator, …) que nunca corrieron no se convirtieron en pilotos.</translation>
    </message>
    <message>
      <source>{n} unreadable line(s)</source>
      <translation>{n} línea(s) ilegible(s)</translation>
    </message>
    <message>
      <source>{n}/{total} laptops</source>
      <translation>{n}/{total} portátiles</translation>
    </message>
    <message>
      <source>{out} is not empty: choose a new folder for the bundle.</source>
      <translation>{out} no está vacía: elija una carpeta nueva para el paquete.</translation>
    </message>
    <message>
      <source>{player} could not play the voice: {reason}</source>
      <translation>{player} no pudo reproducir la voz: {reason}</translation>
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
      <translation>{space}, velocidad {low:g}–{high:g} m/s, {sensors}</translation>
    </message>
    <message>
      <source>{subnet!r} is not a subnet; write it like 192.168.1.0/24.</source>
      <translation>{subnet!r} no es una subred; escríbala como 192.168.1.0/24.</translation>
    </message>
    <message>
      <source>{subnet} is too large to probe ({n} addresses); name a /22 or smaller.</source>
      <translation>{subnet} es demasiado grande para sondear ({n} direcciones); indique una /22 o menor.</translation>
    </message>
    <message>
      <source>{table}.{column} cannot be empty</source>
      <translation>{table}.{column} no puede estar vacío</translation>
    </message>
    <message>
      <source>{table}.{column} is not a time</source>
      <translation>{table}.{column} no es una hora</translation>
    </message>
    <message>
      <source>{table}.{column} is not a whole number</source>
      <translation>{table}.{column} no es un número entero</translation>
    </message>
    <message>
      <source>{table}.{column} is not an id</source>
      <translation>{table}.{column} no es un id</translation>
    </message>
    <message>
      <source>{table}.{column} is not an object</source>
      <translation>{table}.{column} no es un objeto</translation>
    </message>
    <message>
      <source>{table}.{column} is not text</source>
      <translation>{table}.{column} no es texto</translation>
    </message>
    <message>
      <source>{table}.{column} is not true or false</source>
      <translation>{table}.{column} no es true ni false</translation>
    </message>
    <message>
      <source>{table}.{column} is too long</source>
      <translation>{table}.{column} es demasiado largo</translation>
    </message>
    <message>
      <source>{time} race</source>
      <translation>carrera de {time}</translation>
    </message>
    <message>
      <source>{title}: {n} recorded change(s)</source>
      <translation>{title}: {n} cambio(s) registrado(s)</translation>
    </message>
    <message>
      <source>{username}: {runs} runs done</source>
      <translation>{username}: {runs} mangas hechas</translation>
    </message>
    <message>
      <source>{v} cannot be negative</source>
      <translation>{v} no puede ser negativo</translation>
    </message>
    <message>
      <source>{what} contains the invisible or control character {char}; retype it without.</source>
      <translation>{what} contiene el carácter invisible o de control {char}; vuelva a escribirlo sin él.</translation>
    </message>
    <message>
      <source>{what} is empty: enter one.</source>
      <translation>{what} está vacío: introduzca uno.</translation>
    </message>
    <message>
      <source>{what} is {n} characters long; shorten it to at most {limit}.</source>
      <translation>{what} tiene {n} caracteres; acórtelo a {limit} como mucho.</translation>
    </message>
    <message>
      <source>{what} must be a whole number, not {value!r}.</source>
      <translation>{what} debe ser un número entero, no {value!r}.</translation>
    </message>
    <message>
      <source>{what} must be between {low} and {high}, not {value}.</source>
      <translation>{what} debe estar entre {low} y {high}, no {value}.</translation>
    </message>
    <message>
      <source>{what} must be text, not {value!r}.</source>
      <translation>{what} debe ser texto, no {value!r}.</translation>
    </message>
    <message>
      <source>{what} “{text}” is not a whole number: type a number, or leave it empty for {unlimited}.</source>
      <translation>{what} «{text}» no es un número entero: escriba un número, o déjelo vacío para {unlimited}.</translation>
    </message>
    <message>
      <source>{where}: unknown column “{key}”; this archive was made by a newer DREM Desktop.</source>
      <translation>{where}: columna desconocida «{key}»; este archivo se creó con un DREM Desktop más nuevo.</translation>
    </message>
    <message>
      <source>{where}: “{key}” is not a date-time.</source>
      <translation>{where}: «{key}» no es una fecha y hora.</translation>
    </message>
    <message>
      <source>{{{field}}} is not a field of this call-out; use {fields}.</source>
      <translation>{{{field}}} no es un campo de este anuncio; use {fields}.</translation>
    </message>
    <message>
      <source>“avatarConfig” is not JSON.</source>
      <translation>«avatarConfig» no es JSON.</translation>
    </message>
    <message>
      <source>“avatarConfig” must be an object.</source>
      <translation>«avatarConfig» debe ser un objeto.</translation>
    </message>
    <message>
      <source>“createdAt” is not a date-time ({value}).</source>
      <translation>«createdAt» no es una fecha y hora ({value}).</translation>
    </message>
    <message>
      <source>“fleetId” has the wrong type.</source>
      <translation>«fleetId» tiene un tipo incorrecto.</translation>
    </message>
    <message>
      <source>“groups” must be a list of names.</source>
      <translation>«groups» debe ser una lista de nombres.</translation>
    </message>
    <message>
      <source>“laps” must be a list.</source>
      <translation>«laps» debe ser una lista.</translation>
    </message>
    <message>
      <source>“raceTimeInMin” must be a number of minutes.</source>
      <translation>«raceTimeInMin» debe ser un número de minutos.</translation>
    </message>
    <message>
      <source>“raceTimeInMin” must be between 0 and 1440 minutes, not {v}.</source>
      <translation>«raceTimeInMin» debe estar entre 0 y 1440 minutos, no {v}.</translation>
    </message>
    <message>
      <source>“tracks” must be a list.</source>
      <translation>«tracks» debe ser una lista.</translation>
    </message>
    <message>
      <source>“{code}” is not a country code: use the two letters of ISO 3166-1, e.g. DE, GB, US.</source>
      <translation>«{code}» no es un código de país: use las dos letras de la ISO 3166-1, p. ej. DE, GB, US.</translation>
    </message>
    <message>
      <source>“{c}” is not a column of {t}</source>
      <translation>«{c}» no es una columna de {t}</translation>
    </message>
    <message>
      <source>“{key}” has the wrong type ({value!r}).</source>
      <translation>«{key}» tiene un tipo incorrecto ({value!r}).</translation>
    </message>
    <message>
      <source>“{key}” is missing.</source>
      <translation>Falta «{key}».</translation>
    </message>
    <message>
      <source>“{key}” must be true or false, not {value}.</source>
      <translation>«{key}» debe ser true o false, no {value}.</translation>
    </message>
    <message>
      <source>“{name}” is the current event.</source>
      <translation>«{name}» es el evento actual.</translation>
    </message>
    <message>
      <source>“{text}” is not HOST:PORT (the address the other laptop shows).</source>
      <translation>«{text}» no es HOST:PORT (la dirección que muestra el otro portátil).</translation>
    </message>
    <message>
      <source>“{text}” is not a date: write it YYYY-MM-DD, e.g. 2025-06-14.</source>
      <translation>«{text}» no es una fecha: escríbala AAAA-MM-DD, p. ej. 2025-06-14.</translation>
    </message>
    <message>
      <source>“{text}” is not a highlight colour: use #RRGGBB or one of {names}.</source>
      <translation>«{text}» no es un color de resalte: use #RRGGBB o uno de {names}.</translation>
    </message>
    <message>
      <source>“{text}” is not a whole number: give a number, or “unlimited”</source>
      <translation>«{text}» no es un número entero: indique un número, o «unlimited»</translation>
    </message>
    <message>
      <source>“{text}” is not an e-mail address.</source>
      <translation>«{text}» no es una dirección de correo.</translation>
    </message>
    <message>
      <source>“{url}” is not a bucket: write it s3://BUCKET or s3://BUCKET/PREFIX.</source>
      <translation>«{url}» no es un bucket: escríbalo s3://BUCKET o s3://BUCKET/PREFIX.</translation>
    </message>
    <message>
      <source>“{value}” is not a highlight colour: use one of {value2} or #rrggbb.</source>
      <translation>«{value}» no es un color de resalte: use uno de {value2} o #rrggbb.</translation>
    </message>
    <message>
      <source>“{value}” is not a lap time: type seconds like 12.345 or 1:02.5.</source>
      <translation>«{value}» no es un tiempo de vuelta: escriba segundos como 12.345 o 1:02.5.</translation>
    </message>
    <message>
      <source>“{v}” is not a model fingerprint (32 hex digits)</source>
      <translation>«{v}» no es una huella de modelo (32 dígitos hexadecimales)</translation>
    </message>
    <message>
      <source>“{v}” is not one of {values}</source>
      <translation>«{v}» no es uno de {values}</translation>
    </message>
    <message>
      <source>○ Not connected ({port})</source>
      <translation>○ No conectado ({port})</translation>
    </message>
    <message>
      <source>○ Searching the USB ports for a sensor…</source>
      <translation>○ Buscando un sensor en los puertos USB…</translation>
    </message>
    <message>
      <source>● Connected: {device} on {port}</source>
      <translation>● Conectado: {device} en {port}</translation>
    </message>
    <message>
      <source>⚠ {column} was also changed on laptop {other} at the same time: {holds}</source>
      <translation type="vanished">⚠ {column} también se cambió en el portátil {other} a la vez: {holds}</translation>
    </message>
  </context>
</TS>
