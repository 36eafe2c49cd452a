<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
  <context>
    <name>drem</name>
    <message>
      <source>  all tracks:  {url}leaderboard/{e}?track=combined</source>
      <translation>  toutes pistes : {url}leaderboard/{e}?track=combined</translation>
    </message>
    <message>
      <source>  leaderboard: {url}leaderboard/{e}?track={n}</source>
      <translation>  classement :    {url}leaderboard/{e}?track={n}</translation>
    </message>
    <message>
      <source>  overlay:     {url}overlay/{e}?track={n}</source>
      <translation>  incrustation :  {url}overlay/{e}?track={n}</translation>
    </message>
    <message>
      <source>  upload:      {url}upload  (upload code: {code})</source>
      <translation>  envoi :         {url}upload  (code d’envoi : {code})</translation>
    </message>
    <message>
      <source>  ● on track now</source>
      <translation>  ● en piste maintenant</translation>
    </message>
    <message>
      <source> (lost on the wire)</source>
      <translation> (perdu en route)</translation>
    </message>
    <message>
      <source> (use _ instead of spaces)</source>
      <translation> (utilisez _ au lieu des espaces)</translation>
    </message>
    <message>
      <source> and </source>
      <translation> et </translation>
    </message>
    <message>
      <source> and loaded</source>
      <translation> et chargé</translation>
    </message>
    <message>
      <source> min per run (0: no limit)</source>
      <translation> min par manche (0 : sans limite)</translation>
    </message>
    <message>
      <source> · on a car</source>
      <translation> · sur une voiture</translation>
    </message>
    <message>
      <source> · runs done {runs_text}</source>
      <translation> · manches faites {runs_text}</translation>
    </message>
    <message>
      <source>#</source>
      <translation>#</translation>
    </message>
    <message>
      <source>&amp;Event</source>
      <translation>Év&amp;énement</translation>
    </message>
    <message>
      <source>&amp;Export…</source>
      <translation>&amp;Exporter…</translation>
    </message>
    <message>
      <source>(The car said: "{reason}")</source>
      <translation>(La voiture a dit : « {reason} »)</translation>
    </message>
    <message>
      <source>(invalid)</source>
      <translation>(invalide)</translation>
    </message>
    <message>
      <source>* raced by proxy: someone else drove for the registered racer.</source>
      <translation>* couru par procuration : quelqu’un d’autre a piloté pour le pilote inscrit.</translation>
    </message>
    <message>
      <source>--pi-timer sends plain text frames like older timers</source>
      <translation>--pi-timer envoie des trames de texte simples comme les anciens chronos</translation>
    </message>
    <message>
      <source>--unplug-every needs --link PATH, so the host finds the sensor again.</source>
      <translation>--unplug-every demande --link CHEMIN, pour que l’hôte retrouve le capteur.</translation>
    </message>
    <message>
      <source>/dev/ttyACM0, COM3, or /dev/ttyUSB0?mode=json (or ?mode=lines)</source>
      <translation>/dev/ttyACM0, COM3 ou /dev/ttyUSB0?mode=json (ou ?mode=lines)</translation>
    </message>
    <message>
      <source>1 minute {s:.1f}</source>
      <translation>1 minute {s:.1f}</translation>
    </message>
    <message>
      <source>4 to 12 digits</source>
      <translation>4 à 12 chiffres</translation>
    </message>
    <message>
      <source>&lt;span style='color:{PERSONAL_BEST}'&gt;■&lt;/span&gt; personal best  &lt;span style='color:{EVENT_BEST}'&gt;■&lt;/span&gt; event best  &lt;span style='color:{INVALID}'&gt;■&lt;/span&gt; invalid</source>
      <translation>&lt;span style='color:{PERSONAL_BEST}'&gt;■&lt;/span&gt; record personnel  &lt;span style='color:{EVENT_BEST}'&gt;■&lt;/span&gt; record de l’événement  &lt;span style='color:{INVALID}'&gt;■&lt;/span&gt; invalide</translation>
    </message>
    <message>
      <source>A PIN is set.</source>
      <translation>Un code PIN est défini.</translation>
    </message>
    <message>
      <source>A SAC model needs a continuous action space, but this one is discrete.</source>
      <translation>Un modèle SAC demande un espace d’actions continu, mais celui-ci est discret.</translation>
    </message>
    <message>
      <source>A backup is written when the app starts and after every submitted run.</source>
      <translation>Une sauvegarde est écrite au démarrage de l’application et après chaque manche soumise.</translation>
    </message>
    <message>
      <source>A car needs a serial or a host name.</source>
      <translation>Une voiture a besoin d’un numéro de série ou d’un nom d’hôte.</translation>
    </message>
    <message>
      <source>A continuous action_space must be an object with steering_angle and speed ranges.</source>
      <translation>Un action_space continu doit être un objet avec des plages steering_angle et speed.</translation>
    </message>
    <message>
      <source>A discrete action_space must be a non-empty list of actions.</source>
      <translation>Un action_space discret doit être une liste d’actions non vide.</translation>
    </message>
    <message>
      <source>A fleet needs a name.</source>
      <translation>Une flotte a besoin d’un nom.</translation>
    </message>
    <message>
      <source>A fleet needs a name; {name} keeps the one it has.</source>
      <translation>Une flotte a besoin d’un nom ; {name} garde le sien.</translation>
    </message>
    <message>
      <source>A form field took too long to arrive. Check the Wi-Fi and try again.</source>
      <translation>Un champ du formulaire a mis trop de temps à arriver. Vérifiez le Wi-Fi et réessayez.</translation>
    </message>
    <message>
      <source>A lap key pressed sooner than the minimum lap time after the lap began: not a lap. Press A to count it anyway (until the next lap).</source>
      <translation>Une touche de tour pressée avant le temps minimal au tour après le début du tour : pas un tour. Appuyez sur A pour le compter quand même (jusqu’au tour suivant).</translation>
    </message>
    <message>
      <source>A lap time must be a number of milliseconds, not {value}.</source>
      <translation>Un temps au tour doit être un nombre de millisecondes, pas {value}.</translation>
    </message>
    <message>
      <source>A lap time must be between 1 ms and 24 hours, not {value} ms.</source>
      <translation>Un temps au tour doit être entre 1 ms et 24 heures, pas {value} ms.</translation>
    </message>
    <message>
      <source>A lap time must be more than 0 ms and less than a day.</source>
      <translation>Un temps au tour doit dépasser 0 ms et rester sous une journée.</translation>
    </message>
    <message>
      <source>A lap-count race needs the number of laps to finish (1 to 1000).</source>
      <translation>Une course au nombre de tours demande le nombre de tours à boucler (1 à 1000).</translation>
    </message>
    <message>
      <source>A model is already on its way to the car: wait or Cancel.</source>
      <translation>Un modèle est déjà en route vers la voiture : attendez ou Annulez.</translation>
    </message>
    <message>
      <source>A newer line took its place.</source>
      <translation>Une annonce plus récente a pris sa place.</translation>
    </message>
    <message>
      <source>A racer needs a username.</source>
      <translation>Un pilote a besoin d’un nom d’utilisateur.</translation>
    </message>
    <message>
      <source>A racer needs a username: type it in the first box.</source>
      <translation>Un pilote a besoin d’un nom d’utilisateur : saisissez-le dans la première case.</translation>
    </message>
    <message>
      <source>A trigger could not be recorded ({error}). Capture that lap by hand.</source>
      <translation>Un déclenchement n’a pas pu être enregistré ({error}). Saisissez ce tour à la main.</translation>
    </message>
    <message>
      <source>A username</source>
      <translation>Un nom d’utilisateur</translation>
    </message>
    <message>
      <source>Access key ID</source>
      <translation>ID de clé d’accès</translation>
    </message>
    <message>
      <source>Action</source>
      <translation>Action</translation>
    </message>
    <message>
      <source>Action space</source>
      <translation>Espace d’actions</translation>
    </message>
    <message>
      <source>Action {index} is not an object with steering_angle and speed.</source>
      <translation>L’action {index} n’est pas un objet avec steering_angle et speed.</translation>
    </message>
    <message>
      <source>Action {index} needs numeric steering_angle and speed.</source>
      <translation>L’action {index} demande des valeurs numériques steering_angle et speed.</translation>
    </message>
    <message>
      <source>Add car</source>
      <translation>Ajouter une voiture</translation>
    </message>
    <message>
      <source>Add to deck: racer's name, Enter</source>
      <translation>Mettre en attente : nom du pilote, Entrée</translation>
    </message>
    <message>
      <source>Add track</source>
      <translation>Ajouter une piste</translation>
    </message>
    <message>
      <source>Added {hostname}. Save its password, then choose an action.</source>
      <translation>{hostname} ajoutée. Enregistrez son mot de passe, puis choisissez une action.</translation>
    </message>
    <message>
      <source>Address</source>
      <translation>Adresse</translation>
    </message>
    <message>
      <source>Again: </source>
      <translation>Encore : </translation>
    </message>
    <message>
      <source>Algorithm</source>
      <translation>Algorithme</translation>
    </message>
    <message>
      <source>All cars</source>
      <translation>Toutes les voitures</translation>
    </message>
    <message>
      <source>All events</source>
      <translation>Tous les événements</translation>
    </message>
    <message>
      <source>All tracks</source>
      <translation>Toutes les pistes</translation>
    </message>
    <message>
      <source>All tracks combined</source>
      <translation>Toutes les pistes réunies</translation>
    </message>
    <message>
      <source>Allow extra run</source>
      <translation>Autoriser une manche en plus</translation>
    </message>
    <message>
      <source>Already registered: {names}.</source>
      <translation>Déjà inscrits : {names}.</translation>
    </message>
    <message>
      <source>An event named “{name}” already exists.</source>
      <translation>Un événement nommé « {name} » existe déjà.</translation>
    </message>
    <message>
      <source>An event needs a name.</source>
      <translation>Un événement a besoin d’un nom.</translation>
    </message>
    <message>
      <source>Another event already uses the upload code “{code}”: pick another.</source>
      <translation>Un autre événement utilise déjà le code d’envoi « {code} » : choisissez-en un autre.</translation>
    </message>
    <message>
      <source>Another event here is named “{name}”: rename it first, then restore again.</source>
      <translation>Un autre événement ici s’appelle « {name} » : renommez-le d’abord, puis restaurez à nouveau.</translation>
    </message>
    <message>
      <source>At most {n} files per upload; send the rest in another one.</source>
      <translation>Au plus {n} fichiers par envoi ; envoyez le reste dans un autre.</translation>
    </message>
    <message>
      <source>Average</source>
      <translation>Moyenne</translation>
    </message>
    <message>
      <source>Average window (laps)</source>
      <translation>Fenêtre de moyenne (tours)</translation>
    </message>
    <message>
      <source>Back up now</source>
      <translation>Sauvegarder maintenant</translation>
    </message>
    <message>
      <source>Backup failed ({error}). Free some disk space or choose another data folder.</source>
      <translation type="vanished">La sauvegarde a échoué ({error}). Libérez de l’espace disque ou choisissez un autre dossier de données.</translation>
    </message>
    <message>
      <source>Backup failed ({error}). Free some disk space or choose another data folder; the next backup is tried after the next submitted run.</source>
      <translation>La sauvegarde a échoué ({error}). Libérez de l’espace disque ou choisissez un autre dossier de données ; la prochaine sauvegarde sera tentée après la prochaine course validée.</translation>
    </message>
    <message>
      <source>Backup written: {name}</source>
      <translation>Sauvegarde écrite : {name}</translation>
    </message>
    <message>
      <source>Backup written: {path}</source>
      <translation>Sauvegarde écrite : {path}</translation>
    </message>
    <message>
      <source>Backups</source>
      <translation>Sauvegardes</translation>
    </message>
    <message>
      <source>Battery</source>
      <translation>Batterie</translation>
    </message>
    <message>
      <source>Battery low: change or charge it before the car races.</source>
      <translation>Batterie faible : changez-la ou chargez-la avant que la voiture ne coure.</translation>
    </message>
    <message>
      <source>Best</source>
      <translation>Meilleur</translation>
    </message>
    <message>
      <source>Best average ({n} laps)</source>
      <translation>Meilleure moyenne ({n} tours)</translation>
    </message>
    <message>
      <source>Best average of {n} laps: {t} s</source>
      <translation>Meilleure moyenne sur {n} tours : {t} s</translation>
    </message>
    <message>
      <source>Best avg</source>
      <translation>Meill. moy.</translation>
    </message>
    <message>
      <source>Best lap</source>
      <translation>Meilleur tour</translation>
    </message>
    <message>
      <source>Board</source>
      <translation>Tableau</translation>
    </message>
    <message>
      <source>Board options: ?track=1|combined, ?format=fastest|average, ?scroll=page|smooth|off, ?qr=1, ?lang=</source>
      <translation>Options du tableau : ?track=1|combined, ?format=fastest|average, ?scroll=page|smooth|off, ?qr=1, ?lang=</translation>
    </message>
    <message>
      <source>Bucket</source>
      <translation>Bucket</translation>
    </message>
    <message>
      <source>Bucket offline</source>
      <translation>Bucket hors ligne</translation>
    </message>
    <message>
      <source>Bucket “{bucket}” does not exist at {where}: create it, or correct the name in Settings → Sync.</source>
      <translation>Le bucket « {bucket} » n’existe pas à {where} : créez-le, ou corrigez le nom dans Paramètres → Synchro.</translation>
    </message>
    <message>
      <source>CHECK: {why}</source>
      <translation>À VÉRIFIER : {why}</translation>
    </message>
    <message>
      <source>CSV files (*.csv *.txt)</source>
      <translation>Fichiers CSV (*.csv *.txt)</translation>
    </message>
    <message>
      <source>CSV files (*.csv);;All files (*)</source>
      <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
      <source>Call-outs are closed.</source>
      <translation>Les annonces sont fermées.</translation>
    </message>
    <message>
      <source>Call-outs saved.</source>
      <translation>Annonces enregistrées.</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Annuler</translation>
    </message>
    <message>
      <source>Cancel running</source>
      <translation>Annuler en cours</translation>
    </message>
    <message>
      <source>Cancelled on car {car}; the car keeps what it had.</source>
      <translation>Annulé sur la voiture {car} ; la voiture garde ce qu’elle avait.</translation>
    </message>
    <message>
      <source>Cancelled: nothing was loaded.</source>
      <translation>Annulé : rien n’a été chargé.</translation>
    </message>
    <message>
      <source>Cancelled: nothing was saved.</source>
      <translation>Annulé : rien n’a été enregistré.</translation>
    </message>
    <message>
      <source>Cancelled: the transfer resumes where it stopped at the next sync.</source>
      <translation>Annulé : le transfert reprend là où il s’est arrêté à la prochaine synchro.</translation>
    </message>
    <message>
      <source>Cancelling…</source>
      <translation>Annulation…</translation>
    </message>
    <message>
      <source>Cannot open {port} ({error}). Check the cable, and that no other program or track uses this port; retrying.</source>
      <translation>Impossible d’ouvrir {port} ({error}). Vérifiez le câble et qu’aucun autre programme ni aucune autre piste n’utilise ce port ; nouvel essai en cours.</translation>
    </message>
    <message>
      <source>Cannot reach the Pi timer at {url} ({error}). Check that it is on and on this network; retrying.</source>
      <translation>Impossible de joindre le chrono Pi à {url} ({error}). Vérifiez qu’il est allumé et sur ce réseau ; nouvel essai en cours.</translation>
    </message>
    <message>
      <source>Cannot reach the bucket at {where}: this laptop is offline or the endpoint is wrong. Changes wait here and go as soon as it answers.</source>
      <translation>Impossible de joindre le bucket à {where} : cet ordinateur est hors ligne ou le point d’accès est faux. Les changements attendent ici et partent dès qu’il répond.</translation>
    </message>
    <message>
      <source>Cannot reach {address}:{port} ({error}).</source>
      <translation>Impossible de joindre {address}:{port} ({error}).</translation>
    </message>
    <message>
      <source>Cannot {action} while the run is {state}.</source>
      <translation>Impossible de {action} tant que la manche est {state}.</translation>
    </message>
    <message>
      <source>Car</source>
      <translation>Voiture</translation>
    </message>
    <message>
      <source>Car and model</source>
      <translation>Voiture et modèle</translation>
    </message>
    <message>
      <source>Car logs of this run</source>
      <translation>Journaux de la voiture pour cette manche</translation>
    </message>
    <message>
      <source>Car {car} answers again.</source>
      <translation>La voiture {car} répond de nouveau.</translation>
    </message>
    <message>
      <source>Car {car} could not {action}: {detail}</source>
      <translation>La voiture {car} n’a pas pu {action} : {detail}</translation>
    </message>
    <message>
      <source>Car {car} did not answer{detail}. Check that it is switched on and on the venue network, then retry.</source>
      <translation>La voiture {car} n’a pas répondu{detail}. Vérifiez qu’elle est allumée et sur le réseau du site, puis réessayez.</translation>
    </message>
    <message>
      <source>Car {car} presented a different {what} than last time ({seen} instead of {expected}): the car was re-flashed or this is another car. Nothing was sent. Trust the new key in Cars → {car} if you expected this.</source>
      <translation>La voiture {car} a présenté un autre {what} que la dernière fois ({seen} au lieu de {expected}) : la voiture a été reflashée ou c’est une autre voiture. Rien n’a été envoyé. Faites confiance à la nouvelle clé dans Voitures → {car} si vous vous y attendiez.</translation>
    </message>
    <message>
      <source>Car {car} ran out of disk space while installing the model; nothing was changed. Delete old models on the car (Cars → Delete all models) and retry.</source>
      <translation>La voiture {car} a manqué d’espace disque en installant le modèle ; rien n’a été modifié. Supprimez d’anciens modèles sur la voiture (Voitures → Supprimer tous les modèles) et réessayez.</translation>
    </message>
    <message>
      <source>Car {car} refused the {what} password or key. Check the credentials saved for this car in Cars → {car} and retry.</source>
      <translation>La voiture {car} a refusé le mot de passe ou la clé {what}. Vérifiez les identifiants enregistrés pour cette voiture dans Voitures → {car} et réessayez.</translation>
    </message>
    <message>
      <source>Car {car} refused to load {folder}: {explanation}</source>
      <translation>La voiture {car} a refusé de charger {folder} : {explanation}</translation>
    </message>
    <message>
      <source>Car {car} stopped answering during the run ({why}). Check the car: it may be off the network, out of battery or switched off.</source>
      <translation>La voiture {car} a cessé de répondre pendant la manche ({why}). Vérifiez la voiture : elle est peut-être hors réseau, à court de batterie ou éteinte.</translation>
    </message>
    <message>
      <source>Car {car}: unexpected error ({error}). Retry; if it repeats, send the log to the organizers.</source>
      <translation>Voiture {car} : erreur inattendue ({error}). Réessayez ; si cela se répète, envoyez le journal aux organisateurs.</translation>
    </message>
    <message>
      <source>Car: serial or host name</source>
      <translation>Voiture : numéro de série ou nom d’hôte</translation>
    </message>
    <message>
      <source>Cars</source>
      <translation>Voitures</translation>
    </message>
    <message>
      <source>Cars (tick the ones an action goes to)</source>
      <translation>Voitures (cochez celles que vise une action)</translation>
    </message>
    <message>
      <source>Cars in no fleet</source>
      <translation>Voitures sans flotte</translation>
    </message>
    <message>
      <source>Cars on race day</source>
      <translation>Voitures le jour de course</translation>
    </message>
    <message>
      <source>Certificate of achievement</source>
      <translation>Certificat de réussite</translation>
    </message>
    <message>
      <source>Certificate of participation</source>
      <translation>Certificat de participation</translation>
    </message>
    <message>
      <source>Certificates (PDF)</source>
      <translation>Certificats (PDF)</translation>
    </message>
    <message>
      <source>Changes from {name} were refused: {reason}</source>
      <translation>Les changements de {name} ont été refusés : {reason}</translation>
    </message>
    <message>
      <source>Checked</source>
      <translation>Vérifié</translation>
    </message>
    <message>
      <source>Checking archives in {folder}…</source>
      <translation>Vérification des archives dans {folder}…</translation>
    </message>
    <message>
      <source>Checking {name}…</source>
      <translation>Vérification de {name}…</translation>
    </message>
    <message>
      <source>Choose a car, or type its name and press Enter</source>
      <translation>Choisissez une voiture, ou tapez son nom et appuyez sur Entrée</translation>
    </message>
    <message>
      <source>Choose at least one model file (.tar.gz) to upload.</source>
      <translation>Choisissez au moins un fichier de modèle (.tar.gz) à envoyer.</translation>
    </message>
    <message>
      <source>Choose folder…</source>
      <translation>Choisir un dossier…</translation>
    </message>
    <message>
      <source>Choose or create an event first, then export it.</source>
      <translation>Choisissez ou créez d’abord un événement, puis exportez-le.</translation>
    </message>
    <message>
      <source>Choose the bundle's folder, or create an event instead.</source>
      <translation>Choisissez le dossier du lot, ou créez plutôt un événement.</translation>
    </message>
    <message>
      <source>Choose…</source>
      <translation>Choisir…</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Fermer</translation>
    </message>
    <message>
      <source>Cloud bucket</source>
      <translation>Bucket cloud</translation>
    </message>
    <message>
      <source>Cloud manager bundle (folder)</source>
      <translation>Lot du gestionnaire cloud (dossier)</translation>
    </message>
    <message>
      <source>Cloud-manager export bundle</source>
      <translation>Lot d’export du gestionnaire cloud</translation>
    </message>
    <message>
      <source>Colour</source>
      <translation>Couleur</translation>
    </message>
    <message>
      <source>Commands: next USERNAME (put the racer on the track; registered if new) · next (the first racer on deck) · deck USERNAME (queue a racer) · end · submit · discard · status · help · quit</source>
      <translation>Commandes : next UTILISATEUR (met le pilote en piste ; inscrit s’il est nouveau) · next (le premier pilote en attente) · deck UTILISATEUR (met un pilote en attente) · end · submit · discard · status · help · quit</translation>
    </message>
    <message>
      <source>Commentator</source>
      <translation>Commentateur</translation>
    </message>
    <message>
      <source>Completion</source>
      <translation>Taux de réussite</translation>
    </message>
    <message>
      <source>Connect this laptop to the venue network to accept uploads.</source>
      <translation>Connectez cet ordinateur au réseau du site pour accepter les envois.</translation>
    </message>
    <message>
      <source>Connect this laptop to the venue network; the addresses appear in Settings.</source>
      <translation>Connectez cet ordinateur au réseau du site ; les adresses apparaissent dans Paramètres.</translation>
    </message>
    <message>
      <source>Connected</source>
      <translation>Connecté</translation>
    </message>
    <message>
      <source>Connected to {url}: this laptop can read and write there.</source>
      <translation>Connecté à {url} : cet ordinateur peut y lire et y écrire.</translation>
    </message>
    <message>
      <source>Console theme</source>
      <translation>Thème de la console</translation>
    </message>
    <message>
      <source>Controls laptop {name}</source>
      <translation>Pilote l’ordinateur {name}</translation>
    </message>
    <message>
      <source>Could not copy {file} ({error}). Check the drive is still plugged in.</source>
      <translation>Impossible de copier {file} ({error}). Vérifiez que le lecteur est toujours branché.</translation>
    </message>
    <message>
      <source>Could not open</source>
      <translation>Impossible d’ouvrir</translation>
    </message>
    <message>
      <source>Count it anyway</source>
      <translation>Le compter quand même</translation>
    </message>
    <message>
      <source>Count it anyway ({key})</source>
      <translation>Le compter quand même ({key})</translation>
    </message>
    <message>
      <source>Country</source>
      <translation>Pays</translation>
    </message>
    <message>
      <source>Create an event</source>
      <translation>Créer un événement</translation>
    </message>
    <message>
      <source>Create an event first: each track gets a lap source here.</source>
      <translation>Créez d’abord un événement : chaque piste reçoit ici une source de tours.</translation>
    </message>
    <message>
      <source>Create event</source>
      <translation>Créer l’événement</translation>
    </message>
    <message>
      <source>Create fleet</source>
      <translation>Créer une flotte</translation>
    </message>
    <message>
      <source>Create or pick an event first (Event page).</source>
      <translation>Créez ou choisissez d’abord un événement (page Événement).</translation>
    </message>
    <message>
      <source>Created demo event “{name}” ({id}).</source>
      <translation>Événement de démonstration « {name} » ({id}) créé.</translation>
    </message>
    <message>
      <source>Created event “{name}” ({id}) with {n} track(s). Upload code: {code}</source>
      <translation>Événement « {name} » ({id}) créé avec {n} piste(s). Code d’envoi : {code}</translation>
    </message>
    <message>
      <source>Created “{name}”. It is now the current event.</source>
      <translation>« {name} » créé. C’est maintenant l’événement en cours.</translation>
    </message>
    <message>
      <source>Current lap</source>
      <translation>Tour en cours</translation>
    </message>
    <message>
      <source>DNF</source>
      <translation>Abandon</translation>
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
      <translation>DREM Desktop ne peut pas ouvrir sa fenêtre : le module X11 de Qt ne se charge pas ({error}). Définissez QT_QPA_PLATFORM=wayland sur un bureau Wayland, ou installez la bibliothèque citée.</translation>
    </message>
    <message>
      <source>DREM Desktop cannot open its window: these system libraries are missing: {names}.</source>
      <translation>DREM Desktop ne peut pas ouvrir sa fenêtre : ces bibliothèques système manquent : {names}.</translation>
    </message>
    <message>
      <source>DREM Desktop is already open on {folder}: its window was brought forward.</source>
      <translation>DREM Desktop est déjà ouvert sur {folder} : sa fenêtre a été mise au premier plan.</translation>
    </message>
    <message>
      <source>DREM Desktop is open on {folder} but does not answer. Close it (or end it in the task manager), then start again.</source>
      <translation>DREM Desktop est ouvert sur {folder} mais ne répond pas. Fermez-le (ou terminez-le dans le gestionnaire des tâches), puis relancez.</translation>
    </message>
    <message>
      <source>DREM Pi timer (type its address)</source>
      <translation>Chrono Pi DREM (tapez son adresse)</translation>
    </message>
    <message>
      <source>DREM Pi timer at…</source>
      <translation>Chrono Pi DREM à…</translation>
    </message>
    <message>
      <source>DREM has not loaded a model onto {car}, so it cannot tell whose logs to fetch.</source>
      <translation>DREM n’a chargé aucun modèle sur {car} et ne peut donc pas savoir de qui récupérer les journaux.</translation>
    </message>
    <message>
      <source>DREM leaderboard</source>
      <translation>Classement DREM</translation>
    </message>
    <message>
      <source>Dark</source>
      <translation>Sombre</translation>
    </message>
    <message>
      <source>Data folder</source>
      <translation>Dossier de données</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <source>DeepRacer events</source>
      <translation>Événements DeepRacer</translation>
    </message>
    <message>
      <source>Delete all models</source>
      <translation>Supprimer tous les modèles</translation>
    </message>
    <message>
      <source>Delete lap</source>
      <translation>Supprimer le tour</translation>
    </message>
    <message>
      <source>Delete run</source>
      <translation>Supprimer la manche</translation>
    </message>
    <message>
      <source>Deleted laps, struck through: select one and press Restore lap to count it again.</source>
      <translation>Tours supprimés, barrés : sélectionnez-en un et appuyez sur Restaurer le tour pour qu’il compte de nouveau.</translation>
    </message>
    <message>
      <source>Deleted user {id}</source>
      <translation>Utilisateur supprimé {id}</translation>
    </message>
    <message>
      <source>Deleted: it does not count. Select it and press Restore lap to count it again.</source>
      <translation>Supprimé : il ne compte pas. Sélectionnez-le et appuyez sur Restaurer le tour pour qu’il compte de nouveau.</translation>
    </message>
    <message>
      <source>Discard</source>
      <translation>Abandonner</translation>
    </message>
    <message>
      <source>Discard run</source>
      <translation>Abandonner la manche</translation>
    </message>
    <message>
      <source>Discard this run? Its laps leave the leaderboard. Press X again to discard, Esc to keep it.</source>
      <translation>Abandonner cette manche ? Ses tours quittent le classement. Appuyez de nouveau sur X pour abandonner, Échap pour la garder.</translation>
    </message>
    <message>
      <source>Discarded: the run's laps are not on the leaderboard.</source>
      <translation>Abandonnée : les tours de la manche ne sont pas au classement.</translation>
    </message>
    <message>
      <source>Display name</source>
      <translation>Nom affiché</translation>
    </message>
    <message>
      <source>Double-click a cell to correct it (username, name, country, colour, email).</source>
      <translation>Double-cliquez sur une cellule pour la corriger (nom d’utilisateur, nom, pays, couleur, e-mail).</translation>
    </message>
    <message>
      <source>Drop .tar.gz files here, or choose them:</source>
      <translation>Déposez des fichiers .tar.gz ici, ou choisissez-les :</translation>
    </message>
    <message>
      <source>Email</source>
      <translation>E-mail</translation>
    </message>
    <message>
      <source>End and submit</source>
      <translation>Terminer et soumettre</translation>
    </message>
    <message>
      <source>End run</source>
      <translation>Terminer la manche</translation>
    </message>
    <message>
      <source>End the run now?</source>
      <translation>Terminer la manche maintenant ?</translation>
    </message>
    <message>
      <source>End the run now? The lap in progress is not counted. Press E again to end, Esc to keep racing.</source>
      <translation>Terminer la manche maintenant ? Le tour en cours n’est pas compté. Appuyez de nouveau sur E pour terminer, Échap pour continuer.</translation>
    </message>
    <message>
      <source>Endpoint URL</source>
      <translation>URL du point d’accès</translation>
    </message>
    <message>
      <source>Enter the upload code shown at the organizer's desk.</source>
      <translation>Saisissez le code d’envoi affiché à la table des organisateurs.</translation>
    </message>
    <message>
      <source>Enter your racer username.</source>
      <translation>Saisissez votre nom d’utilisateur de pilote.</translation>
    </message>
    <message>
      <source>Event</source>
      <translation>Événement</translation>
    </message>
    <message>
      <source>Event archive (.dremz)</source>
      <translation>Archive d’événement (.dremz)</translation>
    </message>
    <message>
      <source>Event best</source>
      <translation>Record de l’événement</translation>
    </message>
    <message>
      <source>Event in the bucket:</source>
      <translation>Événement dans le bucket :</translation>
    </message>
    <message>
      <source>Event “{event}” has no track {track} (tracks: {tracks}).</source>
      <translation>L’événement « {event} » n’a pas de piste {track} (pistes : {tracks}).</translation>
    </message>
    <message>
      <source>Event “{event}” has no track {track} (tracks: {tracks}, or combined).</source>
      <translation>L’événement « {event} » n’a pas de piste {track} (pistes : {tracks}, ou combined).</translation>
    </message>
    <message>
      <source>Events</source>
      <translation>Événements</translation>
    </message>
    <message>
      <source>Every lap of every run, for a spreadsheet.</source>
      <translation>Chaque tour de chaque manche, pour un tableur.</translation>
    </message>
    <message>
      <source>Everything above for scripts and web pages.</source>
      <translation>Tout ce qui précède, pour des scripts et des pages web.</translation>
    </message>
    <message>
      <source>Export</source>
      <translation>Exporter</translation>
    </message>
    <message>
      <source>Export “{name}”</source>
      <translation>Exporter « {name} »</translation>
    </message>
    <message>
      <source>Fastest</source>
      <translation>Le plus rapide</translation>
    </message>
    <message>
      <source>Fastest average</source>
      <translation>Moyenne la plus rapide</translation>
    </message>
    <message>
      <source>Fastest average of consecutive laps</source>
      <translation>Moyenne la plus rapide sur des tours consécutifs</translation>
    </message>
    <message>
      <source>Fastest average of {n} laps</source>
      <translation>Moyenne la plus rapide sur {n} tours</translation>
    </message>
    <message>
      <source>Fastest lap</source>
      <translation>Tour le plus rapide</translation>
    </message>
    <message>
      <source>Fastest lap: {t} s</source>
      <translation>Tour le plus rapide : {t} s</translation>
    </message>
    <message>
      <source>Fetch each run's car logs</source>
      <translation>Récupérer les journaux de la voiture à chaque manche</translation>
    </message>
    <message>
      <source>Fetch last run's logs</source>
      <translation>Récupérer les journaux de la dernière manche</translation>
    </message>
    <message>
      <source>Fetch logs from the car</source>
      <translation>Récupérer les journaux de la voiture</translation>
    </message>
    <message>
      <source>Fields: {fields}</source>
      <translation>Champs : {fields}</translation>
    </message>
    <message>
      <source>Find cars on the network (mDNS)</source>
      <translation>Trouver des voitures sur le réseau (mDNS)</translation>
    </message>
    <message>
      <source>Find racer…</source>
      <translation>Trouver un pilote…</translation>
    </message>
    <message>
      <source>Find racer…  (N)</source>
      <translation>Trouver un pilote…  (N)</translation>
    </message>
    <message>
      <source>First, the event you are timing. Everything stays on this laptop.</source>
      <translation>D’abord, l’événement que vous chronométrez. Tout reste sur cet ordinateur.</translation>
    </message>
    <message>
      <source>Fleet</source>
      <translation>Flotte</translation>
    </message>
    <message>
      <source>Fleet of ticked cars</source>
      <translation>Flotte des voitures cochées</translation>
    </message>
    <message>
      <source>Fleet {name} created. Tick cars and move them into it.</source>
      <translation>Flotte {name} créée. Cochez des voitures et déplacez-les dedans.</translation>
    </message>
    <message>
      <source>Fleet {name} removed.</source>
      <translation>Flotte {name} retirée.</translation>
    </message>
    <message>
      <source>Fleet {old} is now called {new}.</source>
      <translation>La flotte {old} s’appelle désormais {new}.</translation>
    </message>
    <message>
      <source>Fleets are kept in the event database, and this car service has none.</source>
      <translation>Les flottes sont gardées dans la base de l’événement, et ce service de voitures n’en a aucune.</translation>
    </message>
    <message>
      <source>Folder of sample models</source>
      <translation>Dossier de modèles d’exemple</translation>
    </message>
    <message>
      <source>Follow the racer on track</source>
      <translation>Suivre le pilote en piste</translation>
    </message>
    <message>
      <source>For the cloud manager's scripts/drem_import.py.</source>
      <translation>Pour scripts/drem_import.py du gestionnaire cloud.</translation>
    </message>
    <message>
      <source>Forget laptop</source>
      <translation>Oublier l’ordinateur</translation>
    </message>
    <message>
      <source>Forget password</source>
      <translation>Oublier le mot de passe</translation>
    </message>
    <message>
      <source>Format</source>
      <translation>Format</translation>
    </message>
    <message>
      <source>Format must be “fastest” or “average”, not “{fmt}”.</source>
      <translation>Le format doit être « fastest » ou « average », pas « {fmt} ».</translation>
    </message>
    <message>
      <source>From</source>
      <translation>De</translation>
    </message>
    <message>
      <source>Fullscreen (F11)</source>
      <translation>Plein écran (F11)</translation>
    </message>
    <message>
      <source>Gap</source>
      <translation>Écart</translation>
    </message>
    <message>
      <source>General</source>
      <translation>Général</translation>
    </message>
    <message>
      <source>Get an event from the bucket, with all its runs, laps, racers and models</source>
      <translation>Récupérer un événement du bucket, avec toutes ses manches, ses tours, ses pilotes et ses modèles</translation>
    </message>
    <message>
      <source>Give --code: the 6 digits the other laptop shows under Settings → Sync → Pair.</source>
      <translation>Donnez --code : les 6 chiffres que l’autre ordinateur affiche dans Paramètres → Synchro → Appairer.</translation>
    </message>
    <message>
      <source>Give the 6-digit code the other laptop shows.</source>
      <translation>Saisissez le code à 6 chiffres affiché par l’autre ordinateur.</translation>
    </message>
    <message>
      <source>Give the event a name.</source>
      <translation>Donnez un nom à l’événement.</translation>
    </message>
    <message>
      <source>Give the racer's username: deck USERNAME</source>
      <translation>Donnez le nom d’utilisateur du pilote : deck UTILISATEUR</translation>
    </message>
    <message>
      <source>Give this track a fleet (Event → tracks) to pre-load its cars.</source>
      <translation>Donnez une flotte à cette piste (Événement → pistes) pour préparer ses voitures.</translation>
    </message>
    <message>
      <source>HOST:PORT of a laptop to pair with and join from, instead of the bucket</source>
      <translation>HOST:PORT d’un ordinateur avec lequel appairer et rejoindre, au lieu du bucket</translation>
    </message>
    <message>
      <source>HOST:PORT of the laptop showing a code</source>
      <translation>HOST:PORT de l’ordinateur qui affiche un code</translation>
    </message>
    <message>
      <source>History</source>
      <translation>Historique</translation>
    </message>
    <message>
      <source>How Races → History names the changes made on this laptop</source>
      <translation>Comment Courses → Historique nomme les modifications faites sur cet ordinateur</translation>
    </message>
    <message>
      <source>How each track counts laps. Keys always work too; change this any time in Settings.</source>
      <translation>Comment chaque piste compte les tours. Les touches marchent toujours aussi ; modifiable à tout moment dans Paramètres.</translation>
    </message>
    <message>
      <source>Ignored as a second trigger of the same car (within the minimum lap time). If it was a real lap, press L now or fix the lap in the table.</source>
      <translation>Ignoré comme second déclenchement de la même voiture (sous le temps minimal au tour). Si c’était un vrai tour, appuyez sur L maintenant ou corrigez le tour dans le tableau.</translation>
    </message>
    <message>
      <source>Images (*.png *.jpg *.jpeg)</source>
      <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
      <source>Import CSV…</source>
      <translation>Importer un CSV…</translation>
    </message>
    <message>
      <source>Import a model</source>
      <translation>Importer un modèle</translation>
    </message>
    <message>
      <source>Import it there with: python scripts/drem_import.py --input {path}</source>
      <translation>Importez-le là-bas avec : python scripts/drem_import.py --input {path}</translation>
    </message>
    <message>
      <source>Import model file…</source>
      <translation>Importer un fichier de modèle…</translation>
    </message>
    <message>
      <source>Import of {file} cancelled.</source>
      <translation>Import de {file} annulé.</translation>
    </message>
    <message>
      <source>Import racers</source>
      <translation>Importer des pilotes</translation>
    </message>
    <message>
      <source>Import sample models…</source>
      <translation>Importer des modèles d’exemple…</translation>
    </message>
    <message>
      <source>Import the event from a cloud-manager export bundle</source>
      <translation>Importer l’événement depuis un lot d’export du gestionnaire cloud</translation>
    </message>
    <message>
      <source>Import ticked models for this racer</source>
      <translation>Importer les modèles cochés pour ce pilote</translation>
    </message>
    <message>
      <source>Imported {n} model(s).</source>
      <translation>{n} modèle(s) importé(s).</translation>
    </message>
    <message>
      <source>Imported {n} racer(s).</source>
      <translation>{n} pilote(s) importé(s).</translation>
    </message>
    <message>
      <source>Imported: </source>
      <translation>Importés : </translation>
    </message>
    <message>
      <source>Importing sample models from {folder}…</source>
      <translation>Import des modèles d’exemple depuis {folder}…</translation>
    </message>
    <message>
      <source>Importing {name}…</source>
      <translation>Import de {name}…</translation>
    </message>
    <message>
      <source>Importing {n} model(s) for {name}…</source>
      <translation>Import de {n} modèle(s) pour {name}…</translation>
    </message>
    <message>
      <source>In step with the bucket: {up} segment(s) sent, {down} received.</source>
      <translation>En phase avec le bucket : {up} segment(s) envoyé(s), {down} reçu(s).</translation>
    </message>
    <message>
      <source>In step with {name}.</source>
      <translation>En phase avec {name}.</translation>
    </message>
    <message>
      <source>Install them, then start DREM Desktop again:</source>
      <translation>Installez-les, puis relancez DREM Desktop :</translation>
    </message>
    <message>
      <source>Invalid</source>
      <translation>Invalide</translation>
    </message>
    <message>
      <source>Invalid lap</source>
      <translation>Tour invalide</translation>
    </message>
    <message>
      <source>It holds more than {limit} entries; a model archive holds a handful.</source>
      <translation>Il contient plus de {limit} entrées ; une archive de modèle n’en contient que quelques-unes.</translation>
    </message>
    <message>
      <source>It holds no model (.pb) file; the car needs exactly one (normally agent/model.pb).</source>
      <translation>Il ne contient aucun fichier de modèle (.pb) ; la voiture en demande exactement un (normalement agent/model.pb).</translation>
    </message>
    <message>
      <source>It holds {count} .pb files ({names}); the car needs exactly one.</source>
      <translation>Il contient {count} fichiers .pb ({names}) ; la voiture en demande exactement un.</translation>
    </message>
    <message>
      <source>It unpacks to more than {limit} MB, far more than a model needs (a gzip bomb?).</source>
      <translation>Décompressé, il dépasse {limit} Mo, bien plus qu’il n’en faut pour un modèle (une bombe gzip ?).</translation>
    </message>
    <message>
      <source>It waited too long to be said.</source>
      <translation>Elle a attendu trop longtemps pour être dite.</translation>
    </message>
    <message>
      <source>JSON is not an object</source>
      <translation>Le JSON n’est pas un objet</translation>
    </message>
    <message>
      <source>JSON without an event name</source>
      <translation>JSON sans nom d’événement</translation>
    </message>
    <message>
      <source>Jobs</source>
      <translation>Tâches</translation>
    </message>
    <message>
      <source>Join an event</source>
      <translation>Rejoindre un événement</translation>
    </message>
    <message>
      <source>Join an event from a bucket or a paired laptop…</source>
      <translation>Rejoindre un événement depuis un bucket ou un ordinateur appairé…</translation>
    </message>
    <message>
      <source>Join an event…</source>
      <translation>Rejoindre un événement…</translation>
    </message>
    <message>
      <source>Joined “{name}” ({id}) from {peer}.</source>
      <translation>« {name} » ({id}) rejoint depuis {peer}.</translation>
    </message>
    <message>
      <source>Joined “{name}” ({id}) from {url}: {summary}.</source>
      <translation>« {name} » ({id}) rejoint depuis {url} : {summary}.</translation>
    </message>
    <message>
      <source>Joined, but refused: {first}</source>
      <translation>Rejoint, mais refusé : {first}</translation>
    </message>
    <message>
      <source>Joined: {n} changes. Pick the event in the top bar.</source>
      <translation>Rejoint : {n} changements. Choisissez l’événement dans la barre du haut.</translation>
    </message>
    <message>
      <source>Joining {name}…</source>
      <translation>Ralliement de {name}…</translation>
    </message>
    <message>
      <source>Keyboard only</source>
      <translation>Clavier seul</translation>
    </message>
    <message>
      <source>Keyboard only: no sensor on this track</source>
      <translation>Clavier seul : pas de capteur sur cette piste</translation>
    </message>
    <message>
      <source>Keyboard only: no sensor on this track (choose one in Settings).</source>
      <translation>Clavier seul : pas de capteur sur cette piste (choisissez-en un dans Paramètres).</translation>
    </message>
    <message>
      <source>Keys only (L or Enter counts a lap)</source>
      <translation>Touches seules (L ou Entrée compte un tour)</translation>
    </message>
    <message>
      <source>Keys: see the labels on
the timekeeper buttons</source>
      <translation>Touches : voir les libellés
des boutons du chronométrage</translation>
    </message>
    <message>
      <source>LAN pages: {url}event/{e}</source>
      <translation>Pages LAN : {url}event/{e}</translation>
    </message>
    <message>
      <source>LAN pages: {url}leaderboard/{event}</source>
      <translation type="vanished">Pages LAN : {url}leaderboard/{event}</translation>
    </message>
    <message>
      <source>LAN server and leaderboard</source>
      <translation>Serveur LAN et classement</translation>
    </message>
    <message>
      <source>LAN server port</source>
      <translation>Port du serveur LAN</translation>
    </message>
    <message>
      <source>LAN server port (default {port} or next free)</source>
      <translation>Port du serveur LAN (par défaut {port} ou le suivant libre)</translation>
    </message>
    <message>
      <source>LAN sync: {message}</source>
      <translation>Synchro LAN : {message}</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>Langue</translation>
    </message>
    <message>
      <source>Lap</source>
      <translation>Tour</translation>
    </message>
    <message>
      <source>Lap changed; the leaderboard is updated.</source>
      <translation>Tour modifié ; le classement est à jour.</translation>
    </message>
    <message>
      <source>Lap completion</source>
      <translation>Fin de tour</translation>
    </message>
    <message>
      <source>Lap count (finals: first to N laps)</source>
      <translation>Nombre de tours (finales : premier à N tours)</translation>
    </message>
    <message>
      <source>Lap count: first to finish the laps</source>
      <translation>Nombre de tours : le premier à boucler les tours</translation>
    </message>
    <message>
      <source>Lap key {short:.3f} s after the lap began: not counted (the minimum lap time is {minimum:.3f} s).</source>
      <translation>Touche de tour {short:.3f} s après le début du tour : non compté (le temps minimal au tour est {minimum:.3f} s).</translation>
    </message>
    <message>
      <source>Lap key {short:.3f} s after the lap began: shorter than the event's minimum lap time ({minimum:.3f} s), so it is not a lap. Press A to count it anyway.</source>
      <translation>Touche de tour {short:.3f} s après le début du tour : plus court que le temps minimal au tour de l’événement ({minimum:.3f} s), donc pas un tour. Appuyez sur A pour le compter quand même.</translation>
    </message>
    <message>
      <source>Lap source of {value} could not be opened: check the cable or choose another in Settings. Keys still work.</source>
      <translation>La source de tours {value} n’a pas pu être ouverte : vérifiez le câble ou choisissez-en une autre dans Paramètres. Les touches marchent toujours.</translation>
    </message>
    <message>
      <source>Lap sources</source>
      <translation>Sources de tours</translation>
    </message>
    <message>
      <source>Lap sources are running; the app reopens them at the next start.</source>
      <translation>Les sources de tours tournent ; l’application les rouvre au prochain démarrage.</translation>
    </message>
    <message>
      <source>Lap tapped {after} s after the lap began: not counted (the minimum lap time is {minimum} s).</source>
      <translation>Tour tapé {after} s après le début du tour : non compté (le temps minimal au tour est {minimum} s).</translation>
    </message>
    <message>
      <source>Lap time</source>
      <translation>Temps au tour</translation>
    </message>
    <message>
      <source>Lap times (CSV)</source>
      <translation>Temps au tour (CSV)</translation>
    </message>
    <message>
      <source>Lap valid?</source>
      <translation>Tour valide ?</translation>
    </message>
    <message>
      <source>Lap {after:.3f} s after the lap began: shorter than the event's minimum lap time ({minimum:.3f} s), so it is not a lap. Tap Count it anyway if the car did go round.</source>
      <translation>Tour {after:.3f} s après le début du tour : plus court que le temps minimal au tour de l’événement ({minimum:.3f} s), donc pas un tour. Touchez Le compter quand même si la voiture a bien fait le tour.</translation>
    </message>
    <message>
      <source>Lap {lap}, {time}{validity}</source>
      <translation>Tour {lap}, {time}{validity}</translation>
    </message>
    <message>
      <source>Lap {n}</source>
      <translation>Tour {n}</translation>
    </message>
    <message>
      <source>Lap {n} of this run is not in the database.</source>
      <translation>Le tour {n} de cette manche n’est pas dans la base.</translation>
    </message>
    <message>
      <source>Lap {value} deleted (kept in history; Restore lap undoes it).</source>
      <translation>Tour {value} supprimé (gardé dans l’historique ; Restaurer le tour l’annule).</translation>
    </message>
    <message>
      <source>Lap {value} restored: it counts again.</source>
      <translation>Tour {value} restauré : il compte de nouveau.</translation>
    </message>
    <message>
      <source>Laps</source>
      <translation>Tours</translation>
    </message>
    <message>
      <source>Laps (all runs at this event)</source>
      <translation>Tours (toutes les manches de cet événement)</translation>
    </message>
    <message>
      <source>Laps (double-click to edit; the change is recorded)</source>
      <translation>Tours (double-clic pour modifier ; la modification est enregistrée)</translation>
    </message>
    <message>
      <source>Laps (valid / all)</source>
      <translation>Tours (valides / tous)</translation>
    </message>
    <message>
      <source>Laps are NOT being stored: the disk holding the data folder ({folder}) is full ({free:.0f} MB free). Free space now (empty the trash, delete old videos or downloads); timing resumes by itself. Until then write each lap down: the trigger log still shows every trigger.</source>
      <translation>Les tours NE sont PAS enregistrés : le disque du dossier de données ({folder}) est plein ({free:.0f} Mo libres). Libérez de l’espace maintenant (videz la corbeille, supprimez d’anciennes vidéos ou téléchargements) ; le chronométrage reprend de lui-même. D’ici là, notez chaque tour : le journal des déclenchements montre toujours chaque déclenchement.</translation>
    </message>
    <message>
      <source>Laps are being stored again.</source>
      <translation>Les tours sont de nouveau enregistrés.</translation>
    </message>
    <message>
      <source>Laps per run</source>
      <translation>Tours par manche</translation>
    </message>
    <message>
      <source>Laps to finish</source>
      <translation>Tours à boucler</translation>
    </message>
    <message>
      <source>Laps to finish only applies to the lap-count format.</source>
      <translation>Les tours à boucler ne valent que pour le format au nombre de tours.</translation>
    </message>
    <message>
      <source>Laps valid / total</source>
      <translation>Tours valides / total</translation>
    </message>
    <message>
      <source>Laptop {name} · track {n}</source>
      <translation>Ordinateur {name} · piste {n}</translation>
    </message>
    <message>
      <source>Laptops on this LAN</source>
      <translation>Ordinateurs sur ce LAN</translation>
    </message>
    <message>
      <source>Last</source>
      <translation>Dernier</translation>
    </message>
    <message>
      <source>Last lap</source>
      <translation>Dernier tour</translation>
    </message>
    <message>
      <source>Last seen</source>
      <translation>Vu pour la dernière fois</translation>
    </message>
    <message>
      <source>Last unreadable line: {line!r} ({reason})</source>
      <translation>Dernière ligne illisible : {line!r} ({reason})</translation>
    </message>
    <message>
      <source>Leaderboard</source>
      <translation>Classement</translation>
    </message>
    <message>
      <source>Leaderboard address (QR code)</source>
      <translation>Adresse du classement (code QR)</translation>
    </message>
    <message>
      <source>Leaderboard footer</source>
      <translation>Pied de page du classement</translation>
    </message>
    <message>
      <source>Leaderboard for phones and the stream</source>
      <translation>Classement pour les téléphones et le direct</translation>
    </message>
    <message>
      <source>Leaderboard title</source>
      <translation>Titre du classement</translation>
    </message>
    <message>
      <source>Leaderboard window  Ctrl+Shift+L</source>
      <translation>Fenêtre du classement  Ctrl+Maj+L</translation>
    </message>
    <message>
      <source>Leaderboards</source>
      <translation>Classements</translation>
    </message>
    <message>
      <source>Letter</source>
      <translation>Letter</translation>
    </message>
    <message>
      <source>Library</source>
      <translation>Bibliothèque</translation>
    </message>
    <message>
      <source>Light</source>
      <translation>Clair</translation>
    </message>
    <message>
      <source>Live pages for phones and the stream at {value}</source>
      <translation>Pages en direct pour les téléphones et le stream à {value}</translation>
    </message>
    <message>
      <source>Live results on your phone</source>
      <translation>Résultats en direct sur votre téléphone</translation>
    </message>
    <message>
      <source>Load a CSV file…</source>
      <translation>Charger un fichier CSV…</translation>
    </message>
    <message>
      <source>Load it onto the car again: the car still has the earlier metadata.</source>
      <translation>Rechargez-le sur la voiture : la voiture a encore les anciennes métadonnées.</translation>
    </message>
    <message>
      <source>Load model onto car</source>
      <translation>Charger le modèle sur la voiture</translation>
    </message>
    <message>
      <source>Load the chosen model onto the car and select it there</source>
      <translation>Charger le modèle choisi sur la voiture et l’y sélectionner</translation>
    </message>
    <message>
      <source>Loaded model</source>
      <translation>Modèle chargé</translation>
    </message>
    <message>
      <source>Loading the model onto {car} failed.</source>
      <translation>Le chargement du modèle sur {car} a échoué.</translation>
    </message>
    <message>
      <source>Log in</source>
      <translation>Se connecter</translation>
    </message>
    <message>
      <source>Log in with the PIN first.</source>
      <translation>Connectez-vous d’abord avec le code PIN.</translation>
    </message>
    <message>
      <source>Log out</source>
      <translation>Se déconnecter</translation>
    </message>
    <message>
      <source>Logo for printed results</source>
      <translation>Logo pour les résultats imprimés</translation>
    </message>
    <message>
      <source>Logo on printed results</source>
      <translation>Logo sur les résultats imprimés</translation>
    </message>
    <message>
      <source>Logs fetched from {car}.</source>
      <translation>Journaux récupérés depuis {car}.</translation>
    </message>
    <message>
      <source>Look for USB drives</source>
      <translation>Chercher des clés USB</translation>
    </message>
    <message>
      <source>Look for changes every</source>
      <translation>Chercher des changements toutes les</translation>
    </message>
    <message>
      <source>MD5</source>
      <translation>MD5</translation>
    </message>
    <message>
      <source>Make current</source>
      <translation>Rendre courant</translation>
    </message>
    <message>
      <source>Max runs per racer</source>
      <translation>Manches max. par pilote</translation>
    </message>
    <message>
      <source>Max runs per racer must be at least 1 (or unlimited).</source>
      <translation>Le nombre max. de manches par pilote doit être d’au moins 1 (ou illimité).</translation>
    </message>
    <message>
      <source>Mean valid lap</source>
      <translation>Tour valide moyen</translation>
    </message>
    <message>
      <source>Minimum lap time (s, debounce)</source>
      <translation>Temps minimal au tour (s, anti-rebond)</translation>
    </message>
    <message>
      <source>Minimum lap time must be between 0 and 600 seconds.</source>
      <translation>Le temps minimal au tour doit être entre 0 et 600 secondes.</translation>
    </message>
    <message>
      <source>Minimum lap time “{text}” is not a number of seconds.</source>
      <translation>Le temps minimal au tour « {text} » n’est pas un nombre de secondes.</translation>
    </message>
    <message>
      <source>Model</source>
      <translation>Modèle</translation>
    </message>
    <message>
      <source>Model archives (*.tar.gz *.tgz)</source>
      <translation>Archives de modèle (*.tar.gz *.tgz)</translation>
    </message>
    <message>
      <source>Model to push</source>
      <translation>Modèle à envoyer</translation>
    </message>
    <message>
      <source>Model transfers</source>
      <translation>Transferts de modèles</translation>
    </message>
    <message>
      <source>Models</source>
      <translation>Modèles</translation>
    </message>
    <message>
      <source>Models of {shown_name}</source>
      <translation>Modèles de {shown_name}</translation>
    </message>
    <message>
      <source>More resets than allowed: this lap will be invalid</source>
      <translation>Plus de réinitialisations que permis : ce tour sera invalide</translation>
    </message>
    <message>
      <source>Most consecutive valid laps</source>
      <translation>Le plus de tours valides consécutifs</translation>
    </message>
    <message>
      <source>Most valid in a row</source>
      <translation>Le plus de tours valides d’affilée</translation>
    </message>
    <message>
      <source>Move ticked cars</source>
      <translation>Déplacer les voitures cochées</translation>
    </message>
    <message>
      <source>Moved {n} car(s) into {fleet}.</source>
      <translation>{n} voiture(s) déplacée(s) dans {fleet}.</translation>
    </message>
    <message>
      <source>Moved {n} car(s) out of their fleet.</source>
      <translation>{n} voiture(s) retirée(s) de leur flotte.</translation>
    </message>
    <message>
      <source>Moved {n} car(s) {where}.</source>
      <translation type="vanished">{n} voiture(s) déplacée(s) {where}.</translation>
    </message>
    <message>
      <source>NOT STORED</source>
      <translation>NON ENREGISTRÉ</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Nom</translation>
    </message>
    <message>
      <source>Name at least one event to export.</source>
      <translation>Nommez au moins un événement à exporter.</translation>
    </message>
    <message>
      <source>Name the car by its host name (e.g. amss-1234) or its address.</source>
      <translation>Nommez la voiture par son nom d’hôte (p. ex. amss-1234) ou son adresse.</translation>
    </message>
    <message>
      <source>Name the car first: choose it or type its name in Car (C), then press M.</source>
      <translation>Nommez d’abord la voiture : choisissez-la ou tapez son nom dans Voiture (C), puis appuyez sur M.</translation>
    </message>
    <message>
      <source>Nested multipart forms are not accepted.</source>
      <translation>Les formulaires multipart imbriqués ne sont pas acceptés.</translation>
    </message>
    <message>
      <source>New code</source>
      <translation>Nouveau code</translation>
    </message>
    <message>
      <source>New event</source>
      <translation>Nouvel événement</translation>
    </message>
    <message>
      <source>New leader</source>
      <translation>Nouveau leader</translation>
    </message>
    <message>
      <source>New name for the fleet {name}:</source>
      <translation>Nouveau nom de la flotte {name} :</translation>
    </message>
    <message>
      <source>New personal best</source>
      <translation>Nouveau record personnel</translation>
    </message>
    <message>
      <source>New tablet PIN (4 to 12 digits): </source>
      <translation>Nouveau code PIN de la tablette (4 à 12 chiffres) : </translation>
    </message>
    <message>
      <source>New upload code {code}: press Save to use it (the old code then stops working).</source>
      <translation>Nouveau code d’envoi {code} : appuyez sur Enregistrer pour l’utiliser (l’ancien code cesse alors de marcher).</translation>
    </message>
    <message>
      <source>Next on deck, {name}</source>
      <translation>Pilote suivant, {name}</translation>
    </message>
    <message>
      <source>Next racer</source>
      <translation>Pilote suivant</translation>
    </message>
    <message>
      <source>Next racer on deck</source>
      <translation>Pilote suivant en attente</translation>
    </message>
    <message>
      <source>No (Esc)</source>
      <translation>Non (Échap)</translation>
    </message>
    <message>
      <source>No DREM lap sensor found. Plug one in (searching all serial ports).</source>
      <translation>Aucun capteur de tours DREM trouvé. Branchez-en un (recherche sur tous les ports série).</translation>
    </message>
    <message>
      <source>No PIN: the tablet page refuses everyone.</source>
      <translation>Pas de code PIN : la page tablette refuse tout le monde.</translation>
    </message>
    <message>
      <source>No USB drive found: plug one in, then look again</source>
      <translation>Aucune clé USB trouvée : branchez-en une, puis cherchez de nouveau</translation>
    </message>
    <message>
      <source>No audio player to say the call-outs with: install paplay, pw-play or aplay (Debian/Ubuntu: sudo apt install alsa-utils).</source>
      <translation>Aucun lecteur audio pour dire les annonces : installez paplay, pw-play ou aplay (Debian/Ubuntu : sudo apt install alsa-utils).</translation>
    </message>
    <message>
      <source>No backups yet.</source>
      <translation>Pas encore de sauvegardes.</translation>
    </message>
    <message>
      <source>No bucket credentials: save them in Settings → Sync, or set up an AWS profile or AWS_* variables.</source>
      <translation>Pas d’identifiants pour le bucket : enregistrez-les dans Paramètres → Synchro, ou configurez un profil AWS ou des variables AWS_*.</translation>
    </message>
    <message>
      <source>No bucket is set: add one in Settings → Sync.</source>
      <translation>Aucun bucket défini : ajoutez-en un dans Paramètres → Synchro.</translation>
    </message>
    <message>
      <source>No bucket set: changes stay on this laptop (and its paired laptops).</source>
      <translation>Aucun bucket défini : les changements restent sur cet ordinateur (et ses ordinateurs appairés).</translation>
    </message>
    <message>
      <source>No bucket: changes stay on this laptop and its paired laptops.</source>
      <translation>Pas de bucket : les changements restent sur cet ordinateur et ses ordinateurs appairés.</translation>
    </message>
    <message>
      <source>No bucket: give --bucket s3://BUCKET/PREFIX, or set one in Settings → Sync.</source>
      <translation>Pas de bucket : donnez --bucket s3://BUCKET/PREFIX, ou définissez-en un dans Paramètres → Synchro.</translation>
    </message>
    <message>
      <source>No car called {key} is registered.</source>
      <translation>Aucune voiture nommée {key} n’est enregistrée.</translation>
    </message>
    <message>
      <source>No car job with id {id}.</source>
      <translation>Aucune tâche de voiture avec l’identifiant {id}.</translation>
    </message>
    <message>
      <source>No car logs for this run yet.</source>
      <translation>Pas encore de journaux de voiture pour cette manche.</translation>
    </message>
    <message>
      <source>No car named for this run.</source>
      <translation>Aucune voiture indiquée pour cette manche.</translation>
    </message>
    <message>
      <source>No cars yet. Cars are found by themselves on the venue network (mDNS): switch a car on and join it to the same Wi-Fi as this laptop; it appears here within seconds by its name (amss-1234). Where the network blocks mDNS, add a car by its name or address above.</source>
      <translation>Pas encore de voitures. Les voitures sont trouvées toutes seules sur le réseau du site (mDNS) : allumez une voiture et connectez-la au même Wi-Fi que cet ordinateur ; elle apparaît ici en quelques secondes sous son nom (amss-1234). Là où le réseau bloque mDNS, ajoutez une voiture par son nom ou son adresse ci-dessus.</translation>
    </message>
    <message>
      <source>No event</source>
      <translation>Aucun événement</translation>
    </message>
    <message>
      <source>No event in {url} yet.</source>
      <translation>Pas encore d’événement dans {url}.</translation>
    </message>
    <message>
      <source>No event selected</source>
      <translation>Aucun événement sélectionné</translation>
    </message>
    <message>
      <source>No event with id {id}.</source>
      <translation>Aucun événement avec l’identifiant {id}.</translation>
    </message>
    <message>
      <source>No event yet: create one on the Event page (Ctrl+2).</source>
      <translation>Pas encore d’événement : créez-en un sur la page Événement (Ctrl+2).</translation>
    </message>
    <message>
      <source>No event “{key}” in {url} (events there: {listing}).</source>
      <translation>Aucun événement « {key} » dans {url} (événements présents : {listing}).</translation>
    </message>
    <message>
      <source>No event “{key}”. List them with: drem-desktop event list</source>
      <translation>Aucun événement « {key} ». Listez-les avec : drem-desktop event list</translation>
    </message>
    <message>
      <source>No events yet.</source>
      <translation>Pas encore d’événements.</translation>
    </message>
    <message>
      <source>No events yet. Create one with: drem-desktop event add "My Race"</source>
      <translation>Pas encore d’événements. Créez-en un avec : drem-desktop event add "Ma course"</translation>
    </message>
    <message>
      <source>No fleet</source>
      <translation>Aucune flotte</translation>
    </message>
    <message>
      <source>No fleet: nothing is pre-loaded</source>
      <translation>Aucune flotte : rien n’est préparé</translation>
    </message>
    <message>
      <source>No heartbeat from the sensor on {port} for {seconds:.0f} s. Check its power and that it runs the DREM firmware.</source>
      <translation>Aucun signal de vie du capteur sur {port} depuis {seconds:.0f} s. Vérifiez son alimentation et qu’il utilise le firmware DREM.</translation>
    </message>
    <message>
      <source>No lap source: laps are not timed. Give --sensor auto, a port, or ws://HOST:8080.</source>
      <translation>Aucune source de tours : les tours ne sont pas chronométrés. Donnez --sensor auto, un port ou ws://HOST:8080.</translation>
    </message>
    <message>
      <source>No laps yet</source>
      <translation>Pas encore de tours</translation>
    </message>
    <message>
      <source>No logo</source>
      <translation>Pas de logo</translation>
    </message>
    <message>
      <source>No model archives (.tar.gz) in {folder}. Pick the folder that holds them.</source>
      <translation>Aucune archive de modèle (.tar.gz) dans {folder}. Choisissez le dossier qui les contient.</translation>
    </message>
    <message>
      <source>No model in the library for this racer (Models page, Ctrl+6)</source>
      <translation type="vanished">Aucun modèle de ce pilote dans la bibliothèque (page Modèles, Ctrl+6)</translation>
    </message>
    <message>
      <source>No model in the library for this racer: add one on the Models page (Ctrl+6).</source>
      <translation>Aucun modèle de ce pilote dans la bibliothèque : ajoutez-en un sur la page Modèles (Ctrl+6).</translation>
    </message>
    <message>
      <source>No model with id {id} in the library.</source>
      <translation>Aucun modèle avec l’identifiant {id} dans la bibliothèque.</translation>
    </message>
    <message>
      <source>No model yet</source>
      <translation>Pas encore de modèle</translation>
    </message>
    <message>
      <source>No paired laptops. Pair one with: drem-desktop pair HOST:PORT CODE</source>
      <translation>Aucun ordinateur appairé. Appairez-en un avec : drem-desktop pair HOST:PORT CODE</translation>
    </message>
    <message>
      <source>No password or key is saved for car {car}. Add them in Cars → {car} (SSH user deepracer, or the web console password printed under the car) and retry.</source>
      <translation>Aucun mot de passe ni aucune clé enregistrés pour la voiture {car}. Ajoutez-les dans Voitures → {car} (utilisateur SSH deepracer, ou le mot de passe de la console web imprimé sous la voiture) et réessayez.</translation>
    </message>
    <message>
      <source>No racer called {name}: register them in Racers, or check the spelling.</source>
      <translation>Aucun pilote nommé {name} : inscrivez-le dans Pilotes, ou vérifiez l’orthographe.</translation>
    </message>
    <message>
      <source>No racer has a ranked figure yet.</source>
      <translation>Aucun pilote n’a encore de valeur classée.</translation>
    </message>
    <message>
      <source>No racer is on the track: pick the next racer first (N).</source>
      <translation>Aucun pilote en piste : choisissez d’abord le pilote suivant (N).</translation>
    </message>
    <message>
      <source>No racer is on this track: pick the next racer first.</source>
      <translation>Aucun pilote sur cette piste : choisissez d’abord le pilote suivant.</translation>
    </message>
    <message>
      <source>No racer matches “{name}”. Press Enter to register {name} and put them on the track.</source>
      <translation>Aucun pilote ne correspond à « {name} ». Appuyez sur Entrée pour inscrire {name} et le mettre en piste.</translation>
    </message>
    <message>
      <source>No racer named “{name}” is registered. Check the spelling, or ask at the organizer's desk to be added, then upload again.</source>
      <translation>Aucun pilote nommé « {name} » n’est inscrit. Vérifiez l’orthographe, ou demandez à la table des organisateurs d’être ajouté, puis envoyez de nouveau.</translation>
    </message>
    <message>
      <source>No racer named “{name}”.</source>
      <translation>Aucun pilote nommé « {name} ».</translation>
    </message>
    <message>
      <source>No racer on this leaderboard yet.</source>
      <translation>Aucun pilote dans ce classement pour l’instant.</translation>
    </message>
    <message>
      <source>No racer on track</source>
      <translation>Aucun pilote en piste</translation>
    </message>
    <message>
      <source>No racer with id {id}.</source>
      <translation>Aucun pilote avec l’identifiant {id}.</translation>
    </message>
    <message>
      <source>No racers yet: type a racer's name and press Enter to register them and put them on the track.</source>
      <translation>Pas encore de pilotes : tapez le nom d’un pilote et appuyez sur Entrée pour l’inscrire et le mettre en piste.</translation>
    </message>
    <message>
      <source>No run of this event was driven on {car} yet.</source>
      <translation>Aucune manche de cet événement n’a encore été courue sur {car}.</translation>
    </message>
    <message>
      <source>No run was live on this track.</source>
      <translation>Aucune manche n’était en cours sur cette piste.</translation>
    </message>
    <message>
      <source>No run with id {id}.</source>
      <translation>Aucune manche avec l’identifiant {id}.</translation>
    </message>
    <message>
      <source>No runs on this leaderboard yet.</source>
      <translation>Aucune manche dans ce classement pour l’instant.</translation>
    </message>
    <message>
      <source>No sensor given. Use auto, a serial port such as /dev/ttyACM0, or ws://HOST:8080.</source>
      <translation>Aucun capteur indiqué. Utilisez auto, un port série comme /dev/ttyACM0, ou ws://HOST:8080.</translation>
    </message>
    <message>
      <source>No tablet PIN is set on the laptop: set one in Settings → Tablet first.</source>
      <translation>Aucun code PIN de tablette n’est défini sur l’ordinateur : définissez-en un d’abord dans Paramètres → Tablette.</translation>
    </message>
    <message>
      <source>No tablet PIN is set yet: set one on the laptop in Settings.</source>
      <translation>Pas encore de code PIN de tablette : définissez-en un sur l’ordinateur dans Paramètres.</translation>
    </message>
    <message>
      <source>No track with id {id}.</source>
      <translation>Aucune piste avec l’identifiant {id}.</translation>
    </message>
    <message>
      <source>No upload with this token (or it is too old).</source>
      <translation>Aucun envoi avec ce jeton (ou il est trop ancien).</translation>
    </message>
    <message>
      <source>No users.json (exported with --skip-users): racers were matched by username.</source>
      <translation>Pas de users.json (exporté avec --skip-users) : les pilotes ont été associés par nom d’utilisateur.</translation>
    </message>
    <message>
      <source>No verdict yet. Ask at the organizer's desk whether your model arrived.</source>
      <translation>Pas encore de verdict. Demandez à la table des organisateurs si votre modèle est arrivé.</translation>
    </message>
    <message>
      <source>No voice available for call-outs ({error}).</source>
      <translation>Aucune voix disponible pour les annonces ({error}).</translation>
    </message>
    <message>
      <source>Nobody is on deck for this track: add racers to the queue, or pick one.</source>
      <translation>Personne n’attend pour cette piste : ajoutez des pilotes à la file, ou choisissez-en un.</translation>
    </message>
    <message>
      <source>Nobody is on deck for track {n}: next USERNAME puts a racer on, deck USERNAME queues one.</source>
      <translation>Personne n’attend pour la piste {n} : next UTILISATEUR met un pilote en piste, deck UTILISATEUR en met un en attente.</translation>
    </message>
    <message>
      <source>Nobody on deck.</source>
      <translation>Personne en attente.</translation>
    </message>
    <message>
      <source>Nobody on the track: take the next racer (Next racer).</source>
      <translation>Personne en piste : prenez le pilote suivant (Pilote suivant).</translation>
    </message>
    <message>
      <source>Not a Pi timer address: {url}. Use ws://HOST:8080 (the timer's IP or name).</source>
      <translation>Ce n’est pas une adresse de chrono Pi : {url}. Utilisez ws://HOST:8080 (l’IP ou le nom du chrono).</translation>
    </message>
    <message>
      <source>Not connected</source>
      <translation>Non connecté</translation>
    </message>
    <message>
      <source>Not done: {reason}</source>
      <translation>Non fait : {reason}</translation>
    </message>
    <message>
      <source>Not found</source>
      <translation>Introuvable</translation>
    </message>
    <message>
      <source>Not in step yet: {first}</source>
      <translation>Pas encore en phase : {first}</translation>
    </message>
    <message>
      <source>Not logged in.</source>
      <translation>Non connecté.</translation>
    </message>
    <message>
      <source>Not registered: {lines}</source>
      <translation>Non inscrits : {lines}</translation>
    </message>
    <message>
      <source>Not syncing with a bucket.</source>
      <translation>Pas de synchro avec un bucket.</translation>
    </message>
    <message>
      <source>Not syncing: set a bucket or pair a laptop in Settings → Sync.</source>
      <translation>Pas de synchro : définissez un bucket ou appairez un ordinateur dans Paramètres → Synchro.</translation>
    </message>
    <message>
      <source>Note: {note}</source>
      <translation>Remarque : {note}</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Notes</translation>
    </message>
    <message>
      <source>Nothing to change: this bundle was imported before.</source>
      <translation>Rien à changer : ce lot a déjà été importé.</translation>
    </message>
    <message>
      <source>On deck</source>
      <translation>En attente</translation>
    </message>
    <message>
      <source>On deck (N takes the next)</source>
      <translation>En attente (N prend le suivant)</translation>
    </message>
    <message>
      <source>On deck: {names}.</source>
      <translation>En attente : {names}.</translation>
    </message>
    <message>
      <source>On the other laptop: Settings → Sync → pick this laptop and type this code (valid 5 minutes, 3 tries), or run  drem-desktop pair {where} {code}</source>
      <translation>Sur l’autre ordinateur : Paramètres → Synchro → choisissez cet ordinateur et tapez ce code (valable 5 minutes, 3 essais), ou lancez  drem-desktop pair {where} {code}</translation>
    </message>
    <message>
      <source>On track</source>
      <translation>En piste</translation>
    </message>
    <message>
      <source>One line per racer, for a spreadsheet.</source>
      <translation>Une ligne par pilote, pour un tableur.</translation>
    </message>
    <message>
      <source>One page per racer with their place and best figures.</source>
      <translation>Une page par pilote avec sa place et ses meilleures valeurs.</translation>
    </message>
    <message>
      <source>One racer a line: username, display name, country code (only the username is needed). You can add racers any time later: type a new name in the timekeeper and press Enter.</source>
      <translation>Un pilote par ligne : nom d’utilisateur, nom affiché, code pays (seul le nom d’utilisateur est requis). Vous pouvez ajouter des pilotes à tout moment : tapez un nouveau nom dans le chronométrage et appuyez sur Entrée.</translation>
    </message>
    <message>
      <source>Online</source>
      <translation>En ligne</translation>
    </message>
    <message>
      <source>Only {free:.0f} MB free on the disk holding the data folder ({folder}). Racers' uploads are paused so lap timing keeps its room; free some space.</source>
      <translation>Seulement {free:.0f} Mo libres sur le disque du dossier de données ({folder}). Les envois des pilotes sont suspendus pour garder de la place au chronométrage ; libérez de l’espace.</translation>
    </message>
    <message>
      <source>Open /tablet on the LAN server from a tablet, type this PIN, and time from there.</source>
      <translation>Ouvrez /tablet sur le serveur LAN depuis une tablette, saisissez ce code PIN et chronométrez de là.</translation>
    </message>
    <message>
      <source>Open backups folder</source>
      <translation>Ouvrir le dossier des sauvegardes</translation>
    </message>
    <message>
      <source>Open folder</source>
      <translation>Ouvrir le dossier</translation>
    </message>
    <message>
      <source>Opening lap sources…</source>
      <translation>Ouverture des sources de tours…</translation>
    </message>
    <message>
      <source>Operator PIN</source>
      <translation>Code PIN de l’opérateur</translation>
    </message>
    <message>
      <source>Organiser's summary</source>
      <translation>Résumé de l’organisateur</translation>
    </message>
    <message>
      <source>Organiser's summary (PDF)</source>
      <translation>Résumé de l’organisateur (PDF)</translation>
    </message>
    <message>
      <source>PDF paper size (default a4)</source>
      <translation>Format de papier PDF (par défaut a4)</translation>
    </message>
    <message>
      <source>PIN set. Tablets logged in before must log in again.</source>
      <translation>Code PIN défini. Les tablettes déjà connectées doivent se reconnecter.</translation>
    </message>
    <message>
      <source>Packing {name}…</source>
      <translation>Emballage de {name}…</translation>
    </message>
    <message>
      <source>Packing {table} rows…</source>
      <translation>Emballage des lignes {table}…</translation>
    </message>
    <message>
      <source>Page {n}</source>
      <translation>Page {n}</translation>
    </message>
    <message>
      <source>Page {n} of {m}</source>
      <translation>Page {n} sur {m}</translation>
    </message>
    <message>
      <source>Pair a laptop</source>
      <translation>Appairer un ordinateur</translation>
    </message>
    <message>
      <source>Pair another laptop with: drem-desktop pair {address} {code}</source>
      <translation>Appairez un autre ordinateur avec : drem-desktop pair {address} {code}</translation>
    </message>
    <message>
      <source>Pair by address…</source>
      <translation>Appairer par adresse…</translation>
    </message>
    <message>
      <source>Pair with selected…</source>
      <translation>Appairer avec la sélection…</translation>
    </message>
    <message>
      <source>Paired laptops</source>
      <translation>Ordinateurs appairés</translation>
    </message>
    <message>
      <source>Paired with {name} ({id}): the two laptops now sync over the LAN.</source>
      <translation>Appairé avec {name} ({id}) : les deux ordinateurs se synchronisent maintenant sur le LAN.</translation>
    </message>
    <message>
      <source>Paired with {name}: the two laptops now sync.</source>
      <translation>Appairé avec {name} : les deux ordinateurs se synchronisent maintenant.</translation>
    </message>
    <message>
      <source>Paired: the two laptops now sync over the LAN.</source>
      <translation>Appairé : les deux ordinateurs se synchronisent maintenant sur le LAN.</translation>
    </message>
    <message>
      <source>Pairing with {address}…</source>
      <translation>Appairage avec {address}…</translation>
    </message>
    <message>
      <source>Paper</source>
      <translation>Papier</translation>
    </message>
    <message>
      <source>Paper must be a4 or letter, not “{paper}”.</source>
      <translation>Le papier doit être a4 ou letter, pas « {paper} ».</translation>
    </message>
    <message>
      <source>Part {n} of {key} arrived damaged; it is sent again.</source>
      <translation>La partie {n} de {key} est arrivée endommagée ; elle est renvoyée.</translation>
    </message>
    <message>
      <source>Password saved for {n} car(s).</source>
      <translation>Mot de passe enregistré pour {n} voiture(s).</translation>
    </message>
    <message>
      <source>Passwords of {n} car(s) forgotten.</source>
      <translation>Mots de passe de {n} voiture(s) oubliés.</translation>
    </message>
    <message>
      <source>Pause</source>
      <translation>Pause</translation>
    </message>
    <message>
      <source>Paused: Space resumes</source>
      <translation>En pause : Espace reprend</translation>
    </message>
    <message>
      <source>Personal best</source>
      <translation>Record personnel</translation>
    </message>
    <message>
      <source>Personal best for {name}, {time}</source>
      <translation>Record personnel pour {name}, {time}</translation>
    </message>
    <message>
      <source>Pick a folder of model archives (for example the cloud manager's lib/default_models): they are filed under the owner “Sample models”, ready for any car.</source>
      <translation>Choisissez un dossier d’archives de modèle (par exemple lib/default_models du gestionnaire cloud) : ils sont rangés sous le propriétaire « Modèles d’exemple », prêts pour n’importe quelle voiture.</translation>
    </message>
    <message>
      <source>Pick a racer</source>
      <translation>Choisir un pilote</translation>
    </message>
    <message>
      <source>Pick an event on the Event page</source>
      <translation>Choisissez un événement sur la page Événement</translation>
    </message>
    <message>
      <source>Pick the next racer on the left (N), then press Space to start.</source>
      <translation>Choisissez le pilote suivant à gauche (N), puis appuyez sur Espace pour démarrer.</translation>
    </message>
    <message>
      <source>Pick the racer this model belongs to first.</source>
      <translation>Choisissez d’abord le pilote à qui appartient ce modèle.</translation>
    </message>
    <message>
      <source>Pick the racer, then tick the models to import.</source>
      <translation>Choisissez le pilote, puis cochez les modèles à importer.</translation>
    </message>
    <message>
      <source>Places 4 to 10</source>
      <translation>Places 4 à 10</translation>
    </message>
    <message>
      <source>Podium (PDF)</source>
      <translation>Podium (PDF)</translation>
    </message>
    <message>
      <source>Podium · all tracks</source>
      <translation>Podium · toutes les pistes</translation>
    </message>
    <message>
      <source>Podium · track {n}</source>
      <translation>Podium · piste {n}</translation>
    </message>
    <message>
      <source>Ports {first} to {last} are all in use: choose another port for the LAN pages.</source>
      <translation>Les ports {first} à {last} sont tous occupés : choisissez un autre port pour les pages LAN.</translation>
    </message>
    <message>
      <source>Pre-load the cars of the racers on deck</source>
      <translation>Préparer les voitures des pilotes en attente</translation>
    </message>
    <message>
      <source>Press Finish to open the timekeeper: type a racer's name and press Enter; the first trigger (or L) starts the run. Ctrl+Shift+L opens the leaderboard window for the projector.</source>
      <translation>Appuyez sur Terminer pour ouvrir le chronométrage : tapez le nom d’un pilote et appuyez sur Entrée ; le premier déclenchement (ou L) lance la manche. Ctrl+Maj+L ouvre la fenêtre du classement pour le projecteur.</translation>
    </message>
    <message>
      <source>Pretend to be a lap sensor: a serial terminal (or a Pi timer) that sends laps.</source>
      <translation>Se faire passer pour un capteur de tours : un terminal série (ou un chrono Pi) qui envoie des tours.</translation>
    </message>
    <message>
      <source>Progress</source>
      <translation>Progression</translation>
    </message>
    <message>
      <source>Push model…</source>
      <translation>Envoyer un modèle…</translation>
    </message>
    <message>
      <source>Put a racer on the track first (N); then load their model.</source>
      <translation>Mettez d’abord un pilote en piste (N) ; puis chargez son modèle.</translation>
    </message>
    <message>
      <source>Put a racer on the track first (N); then name their car.</source>
      <translation>Mettez d’abord un pilote en piste (N) ; puis nommez sa voiture.</translation>
    </message>
    <message>
      <source>Put on track  ⏎</source>
      <translation>Mettre en piste  ⏎</translation>
    </message>
    <message>
      <source>Race over: check the laps, then Submit (S)</source>
      <translation>Course terminée : vérifiez les tours, puis Soumettre (S)</translation>
    </message>
    <message>
      <source>Race rules</source>
      <translation>Règles de course</translation>
    </message>
    <message>
      <source>Race summary</source>
      <translation>Résumé de la course</translation>
    </message>
    <message>
      <source>Race time</source>
      <translation>Temps de course</translation>
    </message>
    <message>
      <source>Race time must be between 1 second and 24 hours (or unset for no limit).</source>
      <translation>Le temps de course doit être entre 1 seconde et 24 heures (ou vide pour aucune limite).</translation>
    </message>
    <message>
      <source>Race time “{text}” is not a time: write minutes:seconds like 3:00, or leave it empty for no limit.</source>
      <translation>Le temps de course « {text} » n’est pas une durée : écrivez minutes:secondes comme 3:00, ou laissez vide pour aucune limite.</translation>
    </message>
    <message>
      <source>Raced by proxy</source>
      <translation>Couru par procuration</translation>
    </message>
    <message>
      <source>Raced by proxy (someone drives for them)</source>
      <translation type="vanished">Couru par procuration (quelqu’un pilote pour lui)</translation>
    </message>
    <message>
      <source>Racer</source>
      <translation>Pilote</translation>
    </message>
    <message>
      <source>Racer username</source>
      <translation>Nom d’utilisateur du pilote</translation>
    </message>
    <message>
      <source>Racers</source>
      <translation>Pilotes</translation>
    </message>
    <message>
      <source>Racers CSV</source>
      <translation>CSV des pilotes</translation>
    </message>
    <message>
      <source>Racers on the venue Wi-Fi open this address (or scan the code) and enter the upload code to hand in their model.</source>
      <translation>Les pilotes sur le Wi-Fi du site ouvrent cette adresse (ou scannent le code) et saisissent le code d’envoi pour remettre leur modèle.</translation>
    </message>
    <message>
      <source>Races</source>
      <translation>Courses</translation>
    </message>
    <message>
      <source>Rank</source>
      <translation>Rang</translation>
    </message>
    <message>
      <source>Rank {n}.</source>
      <translation>Rang {n}.</translation>
    </message>
    <message>
      <source>Ranked by {figure}</source>
      <translation>Classé par {figure}</translation>
    </message>
    <message>
      <source>Ranking</source>
      <translation>Classement</translation>
    </message>
    <message>
      <source>Read status</source>
      <translation>Lire l’état</translation>
    </message>
    <message>
      <source>Reading the event…</source>
      <translation>Lecture de l’événement…</translation>
    </message>
    <message>
      <source>Reading the results…</source>
      <translation>Lecture des résultats…</translation>
    </message>
    <message>
      <source>Ready to time</source>
      <translation>Prêt à chronométrer</translation>
    </message>
    <message>
      <source>Ready: press Space to start (or the first sensor trigger starts)</source>
      <translation>Prêt : appuyez sur Espace pour démarrer (ou le premier déclenchement du capteur démarre)</translation>
    </message>
    <message>
      <source>Reason for an extra run (recorded)</source>
      <translation>Motif d’une manche en plus (enregistré)</translation>
    </message>
    <message>
      <source>Received; checking…</source>
      <translation>Reçu ; vérification…</translation>
    </message>
    <message>
      <source>Reconnecting…</source>
      <translation>Reconnexion…</translation>
    </message>
    <message>
      <source>Refused: {first}</source>
      <translation>Refusé : {first}</translation>
    </message>
    <message>
      <source>Refused: {which}</source>
      <translation>Refusé : {which}</translation>
    </message>
    <message>
      <source>Region</source>
      <translation>Région</translation>
    </message>
    <message>
      <source>Register  ⏎</source>
      <translation>Inscrire  ⏎</translation>
    </message>
    <message>
      <source>Register a racer</source>
      <translation>Inscrire un pilote</translation>
    </message>
    <message>
      <source>Registered racer {name} ({id}).</source>
      <translation>Pilote {name} ({id}) inscrit.</translation>
    </message>
    <message>
      <source>Registered {username}.</source>
      <translation>{username} inscrit.</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>Retirer</translation>
    </message>
    <message>
      <source>Remove fleet</source>
      <translation>Retirer la flotte</translation>
    </message>
    <message>
      <source>Remove the fleet {name}? It holds no cars.</source>
      <translation>Retirer la flotte {name} ? Elle ne contient aucune voiture.</translation>
    </message>
    <message>
      <source>Remove the fleet {name}? Its {n} car(s) stay registered, in no fleet.</source>
      <translation>Retirer la flotte {name} ? Ses {n} voiture(s) restent enregistrées, sans flotte.</translation>
    </message>
    <message>
      <source>Rename fleet</source>
      <translation>Renommer la flotte</translation>
    </message>
    <message>
      <source>Rename fleet…</source>
      <translation>Renommer la flotte…</translation>
    </message>
    <message>
      <source>Reset +1</source>
      <translation>Réinit. +1</translation>
    </message>
    <message>
      <source>Reset count</source>
      <translation>Nombre de réinitialisations</translation>
    </message>
    <message>
      <source>Reset −1</source>
      <translation>Réinit. −1</translation>
    </message>
    <message>
      <source>Resets</source>
      <translation>Réinitialisations</translation>
    </message>
    <message>
      <source>Resets allowed per lap</source>
      <translation>Réinitialisations permises par tour</translation>
    </message>
    <message>
      <source>Resets allowed per lap must be 0 or more (or unlimited).</source>
      <translation>Les réinitialisations permises par tour doivent être 0 ou plus (ou illimitées).</translation>
    </message>
    <message>
      <source>Resets allowed per lap: {value}</source>
      <translation>Réinitialisations permises par tour : {value}</translation>
    </message>
    <message>
      <source>Resets cannot be negative.</source>
      <translation>Les réinitialisations ne peuvent pas être négatives.</translation>
    </message>
    <message>
      <source>Resets this lap</source>
      <translation>Réinitialisations de ce tour</translation>
    </message>
    <message>
      <source>Resets “{text}” must be a whole number, 0 or more.</source>
      <translation>Les réinitialisations « {text} » doivent être un nombre entier, 0 ou plus.</translation>
    </message>
    <message>
      <source>Restart service</source>
      <translation>Redémarrer le service</translation>
    </message>
    <message>
      <source>Restore lap</source>
      <translation>Restaurer le tour</translation>
    </message>
    <message>
      <source>Restore run</source>
      <translation>Restaurer la manche</translation>
    </message>
    <message>
      <source>Restored “{name}” ({summary}).</source>
      <translation>« {name} » restauré ({summary}).</translation>
    </message>
    <message>
      <source>Restored.</source>
      <translation>Restauré.</translation>
    </message>
    <message>
      <source>Restoring the event…</source>
      <translation>Restauration de l’événement…</translation>
    </message>
    <message>
      <source>Result</source>
      <translation>Résultat</translation>
    </message>
    <message>
      <source>Results data (JSON)</source>
      <translation>Données des résultats (JSON)</translation>
    </message>
    <message>
      <source>Resume</source>
      <translation>Reprendre</translation>
    </message>
    <message>
      <source>Retire</source>
      <translation>Retirer du service</translation>
    </message>
    <message>
      <source>Retry failed</source>
      <translation>Réessayer les échecs</translation>
    </message>
    <message>
      <source>Rules</source>
      <translation>Règles</translation>
    </message>
    <message>
      <source>Rules, every leaderboard and the statistics, to print or send.</source>
      <translation>Règles, chaque classement et les statistiques, à imprimer ou à envoyer.</translation>
    </message>
    <message>
      <source>Run</source>
      <translation>Manche</translation>
    </message>
    <message>
      <source>Run AWS DeepRacer events at the track, offline. With no command, opens the app.</source>
      <translation>Organisez des événements AWS DeepRacer sur la piste, hors ligne. Sans commande, ouvre l’application.</translation>
    </message>
    <message>
      <source>Run deleted: it no longer counts.</source>
      <translation>Manche supprimée : elle ne compte plus.</translation>
    </message>
    <message>
      <source>Run over</source>
      <translation>Manche terminée</translation>
    </message>
    <message>
      <source>Run over for {name}. Best lap {best}. {rank}</source>
      <translation>Course terminée pour {name}. Meilleur tour {best}. {rank}</translation>
    </message>
    <message>
      <source>Run restored: it counts again.</source>
      <translation>Manche restaurée : elle compte de nouveau.</translation>
    </message>
    <message>
      <source>Running</source>
      <translation>En cours</translation>
    </message>
    <message>
      <source>Runs</source>
      <translation>Manches</translation>
    </message>
    <message>
      <source>Runs per racer</source>
      <translation>Manches par pilote</translation>
    </message>
    <message>
      <source>Sample line said. Heard nothing? Check the volume and the sound output.</source>
      <translation>Phrase d’essai dite. Rien entendu ? Vérifiez le volume et la sortie audio.</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Enregistrer</translation>
    </message>
    <message>
      <source>Save changes</source>
      <translation>Enregistrer les modifications</translation>
    </message>
    <message>
      <source>Save exports in</source>
      <translation>Enregistrer les exports dans</translation>
    </message>
    <message>
      <source>Save in folder</source>
      <translation>Enregistrer dans le dossier</translation>
    </message>
    <message>
      <source>Save password for ticked cars</source>
      <translation>Enregistrer le mot de passe des voitures cochées</translation>
    </message>
    <message>
      <source>Saved the changes to “{name}”.</source>
      <translation>Modifications de « {name} » enregistrées.</translation>
    </message>
    <message>
      <source>Saved {name}.</source>
      <translation>{name} enregistré.</translation>
    </message>
    <message>
      <source>Saved {path}</source>
      <translation>{path} enregistré</translation>
    </message>
    <message>
      <source>Saved {username}.</source>
      <translation>{username} enregistré.</translation>
    </message>
    <message>
      <source>Saved. The leaderboard window shows the QR code and footer now; a new port is used from the next start.</source>
      <translation>Enregistré. La fenêtre du classement affiche maintenant le code QR et le pied de page ; un nouveau port servira au prochain démarrage.</translation>
    </message>
    <message>
      <source>Saved. This laptop syncs with {url}.</source>
      <translation>Enregistré. Cet ordinateur se synchronise avec {url}.</translation>
    </message>
    <message>
      <source>Say which operation on which track.</source>
      <translation>Dites quelle opération sur quelle piste.</translation>
    </message>
    <message>
      <source>Scan a folder for models</source>
      <translation>Chercher des modèles dans un dossier</translation>
    </message>
    <message>
      <source>Scan a folder…</source>
      <translation>Parcourir un dossier…</translation>
    </message>
    <message>
      <source>Scan drive</source>
      <translation>Parcourir le lecteur</translation>
    </message>
    <message>
      <source>Scan for the event page</source>
      <translation>Scannez pour la page de l’événement</translation>
    </message>
    <message>
      <source>Screen</source>
      <translation>Écran</translation>
    </message>
    <message>
      <source>Search username or name…</source>
      <translation>Chercher un nom d’utilisateur ou un nom…</translation>
    </message>
    <message>
      <source>Secret access key</source>
      <translation>Clé d’accès secrète</translation>
    </message>
    <message>
      <source>Seen on this network</source>
      <translation>Vus sur ce réseau</translation>
    </message>
    <message>
      <source>Select a laptop in the list of laptops seen on this network.</source>
      <translation>Sélectionnez un ordinateur dans la liste des ordinateurs vus sur ce réseau.</translation>
    </message>
    <message>
      <source>Select a paired laptop first.</source>
      <translation>Sélectionnez d’abord un ordinateur appairé.</translation>
    </message>
    <message>
      <source>Select a run or lap to see every change made to it.</source>
      <translation>Sélectionnez une manche ou un tour pour voir chaque modification qui lui a été faite.</translation>
    </message>
    <message>
      <source>Select at least one car.</source>
      <translation>Sélectionnez au moins une voiture.</translation>
    </message>
    <message>
      <source>Select the lap to delete or restore first.</source>
      <translation>Sélectionnez d’abord le tour à supprimer ou à restaurer.</translation>
    </message>
    <message>
      <source>Send the upload from the upload page (a multipart form).</source>
      <translation>Envoyez depuis la page d’envoi (un formulaire multipart).</translation>
    </message>
    <message>
      <source>Sensor trigger {since} after the last one was treated as the same car (debounced). If a lap was missed, press L.</source>
      <translation type="vanished">Le déclenchement {since} après le précédent a été traité comme la même voiture (anti-rebond). Si un tour a été manqué, appuyez sur L.</translation>
    </message>
    <message>
      <source>Sensor trigger {since} s after the lap began was treated as the same car (debounced). If a lap was missed, press L.</source>
      <translation>Le déclenchement {since} s après le début du tour a été traité comme la même voiture (anti-rebond). Si un tour a été manqué, appuyez sur L.</translation>
    </message>
    <message>
      <source>Sensor triggers</source>
      <translation>Déclenchements du capteur</translation>
    </message>
    <message>
      <source>Sensor {name} exists only in the simulator; cars refuse it.</source>
      <translation>Le capteur {name} n’existe que dans le simulateur ; les voitures le refusent.</translation>
    </message>
    <message>
      <source>Sensors</source>
      <translation>Capteurs</translation>
    </message>
    <message>
      <source>Sensors per track</source>
      <translation>Capteurs par piste</translation>
    </message>
    <message>
      <source>Set PIN</source>
      <translation>Définir le code PIN</translation>
    </message>
    <message>
      <source>Set up DREM Desktop</source>
      <translation>Configurer DREM Desktop</translation>
    </message>
    <message>
      <source>Settings</source>
      <translation>Paramètres</translation>
    </message>
    <message>
      <source>Several racers are called {name}: add them by username ({names}).</source>
      <translation>Plusieurs pilotes s’appellent {name} : ajoutez-les par nom d’utilisateur ({names}).</translation>
    </message>
    <message>
      <source>Shortest lap counted</source>
      <translation>Tour le plus court compté</translation>
    </message>
    <message>
      <source>Show</source>
      <translation>Afficher</translation>
    </message>
    <message>
      <source>Show deleted laps</source>
      <translation>Afficher les tours supprimés</translation>
    </message>
    <message>
      <source>Show deleted runs</source>
      <translation>Afficher les manches supprimées</translation>
    </message>
    <message>
      <source>Simulated Pi timer at {url}</source>
      <translation>Chrono Pi simulé à {url}</translation>
    </message>
    <message>
      <source>Simulated lap sensor on {path}</source>
      <translation>Capteur de tours simulé sur {path}</translation>
    </message>
    <message>
      <source>Size</source>
      <translation>Taille</translation>
    </message>
    <message>
      <source>Skipped {n}:</source>
      <translation>{n} ignoré(s) :</translation>
    </message>
    <message>
      <source>Software</source>
      <translation>Logiciel</translation>
    </message>
    <message>
      <source>Someone else drives for the registered racer; the leaderboard marks the name with *.</source>
      <translation>Quelqu’un d’autre pilote pour le pilote inscrit ; le classement marque le nom d’un *.</translation>
    </message>
    <message>
      <source>Something went wrong ({error}); {where}.</source>
      <translation>Quelque chose s’est mal passé ({error}) ; {where}.</translation>
    </message>
    <message>
      <source>Source</source>
      <translation>Source</translation>
    </message>
    <message>
      <source>Speak call-outs</source>
      <translation>Dire les annonces</translation>
    </message>
    <message>
      <source>Speaking a sample line…</source>
      <translation>Phrase d’essai en cours…</translation>
    </message>
    <message>
      <source>Speed</source>
      <translation>Vitesse</translation>
    </message>
    <message>
      <source>Spoken call-outs</source>
      <translation>Annonces vocales</translation>
    </message>
    <message>
      <source>Sponsor</source>
      <translation>Sponsor</translation>
    </message>
    <message>
      <source>Staging is switched off in Settings.</source>
      <translation>La préparation est désactivée dans Paramètres.</translation>
    </message>
    <message>
      <source>Start</source>
      <translation>Démarrer</translation>
    </message>
    <message>
      <source>Started</source>
      <translation>Démarré</translation>
    </message>
    <message>
      <source>State</source>
      <translation>État</translation>
    </message>
    <message>
      <source>Statistics</source>
      <translation>Statistiques</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>État</translation>
    </message>
    <message>
      <source>Stop cars</source>
      <translation>Arrêter les voitures</translation>
    </message>
    <message>
      <source>Stopping.</source>
      <translation>Arrêt.</translation>
    </message>
    <message>
      <source>Stream overlay (OBS browser source)</source>
      <translation>Incrustation pour le direct (source navigateur OBS)</translation>
    </message>
    <message>
      <source>Submit</source>
      <translation>Soumettre</translation>
    </message>
    <message>
      <source>Submitted: not ranked yet ({what}).</source>
      <translation>Soumise : pas encore classée ({what}).</translation>
    </message>
    <message>
      <source>Submitted: rank {rank} of {n}, best {best}</source>
      <translation>Soumise : rang {rank} sur {n}, meilleur {best}</translation>
    </message>
    <message>
      <source>Summary (CSV)</source>
      <translation>Résumé (CSV)</translation>
    </message>
    <message>
      <source>Sync</source>
      <translation>Synchro</translation>
    </message>
    <message>
      <source>Sync error</source>
      <translation>Erreur de synchro</translation>
    </message>
    <message>
      <source>Sync failed: {error}</source>
      <translation>La synchro a échoué : {error}</translation>
    </message>
    <message>
      <source>Sync is off: set a bucket or pair a laptop in Settings → Sync.</source>
      <translation>La synchro est désactivée : définissez un bucket ou appairez un ordinateur dans Paramètres → Synchro.</translation>
    </message>
    <message>
      <source>Sync now</source>
      <translation>Synchroniser maintenant</translation>
    </message>
    <message>
      <source>Sync off</source>
      <translation>Synchro désactivée</translation>
    </message>
    <message>
      <source>Synced</source>
      <translation>Synchronisé</translation>
    </message>
    <message>
      <source>Synced with {url}.</source>
      <translation>Synchronisé avec {url}.</translation>
    </message>
    <message>
      <source>Synced with {url}: {summary}.</source>
      <translation>Synchronisé avec {url} : {summary}.</translation>
    </message>
    <message>
      <source>Syncing with {url}…</source>
      <translation>Synchronisation avec {url}…</translation>
    </message>
    <message>
      <source>Syncing…</source>
      <translation>Synchronisation…</translation>
    </message>
    <message>
      <source>Tablet PIN removed: the tablet page refuses everyone.</source>
      <translation>Code PIN de la tablette retiré : la page tablette refuse tout le monde.</translation>
    </message>
    <message>
      <source>Tablet PIN set. Open /tablet on the LAN pages from a tablet.</source>
      <translation>Code PIN de la tablette défini. Ouvrez /tablet sur les pages LAN depuis une tablette.</translation>
    </message>
    <message>
      <source>Tablet timekeeper</source>
      <translation>Chronométrage sur tablette</translation>
    </message>
    <message>
      <source>Tablet timekeeper (operator PIN)</source>
      <translation>Chronométrage sur tablette (code PIN de l’opérateur)</translation>
    </message>
    <message>
      <source>Tablet timekeeping is off.</source>
      <translation>Le chronométrage sur tablette est désactivé.</translation>
    </message>
    <message>
      <source>Tablet · {track}</source>
      <translation>Tablette · {track}</translation>
    </message>
    <message>
      <source>Tail light</source>
      <translation>Feu arrière</translation>
    </message>
    <message>
      <source>Test connection</source>
      <translation>Tester la connexion</translation>
    </message>
    <message>
      <source>Test voice</source>
      <translation>Tester la voix</translation>
    </message>
    <message>
      <source>Testing {url}…</source>
      <translation>Test de {url}…</translation>
    </message>
    <message>
      <source>That address is not another DREM Desktop laptop.</source>
      <translation>Cette adresse n’est pas un autre ordinateur DREM Desktop.</translation>
    </message>
    <message>
      <source>That fleet no longer exists.</source>
      <translation>Cette flotte n’existe plus.</translation>
    </message>
    <message>
      <source>That lap no longer exists.</source>
      <translation>Ce tour n’existe plus.</translation>
    </message>
    <message>
      <source>That laptop is not showing a pairing code (or its code expired): show a new one.</source>
      <translation>Cet ordinateur n’affiche pas de code d’appairage (ou son code a expiré) : affichez-en un nouveau.</translation>
    </message>
    <message>
      <source>That racer is no longer on deck.</source>
      <translation>Ce pilote n’est plus en attente.</translation>
    </message>
    <message>
      <source>That racer is not registered.</source>
      <translation>Ce pilote n’est pas inscrit.</translation>
    </message>
    <message>
      <source>That track no longer exists.</source>
      <translation>Cette piste n’existe plus.</translation>
    </message>
    <message>
      <source>That upload code is not right. Check the code shown at the organizer's desk.</source>
      <translation>Ce code d’envoi n’est pas le bon. Vérifiez le code affiché à la table des organisateurs.</translation>
    </message>
    <message>
      <source>The 6-digit code {name} shows:</source>
      <translation>Le code à 6 chiffres qu’affiche {name} :</translation>
    </message>
    <message>
      <source>The LAN pages did not start: {message}</source>
      <translation>Les pages LAN n’ont pas démarré : {message}</translation>
    </message>
    <message>
      <source>The PIN must be {lo} to {hi} digits.</source>
      <translation>Le code PIN doit compter {lo} à {hi} chiffres.</translation>
    </message>
    <message>
      <source>The Pi timer at {url} closed the connection; reconnecting.</source>
      <translation>Le chrono Pi à {url} a fermé la connexion ; reconnexion.</translation>
    </message>
    <message>
      <source>The Pi timer sent a binary frame; ignored.</source>
      <translation>Le chrono Pi a envoyé une trame binaire ; ignorée.</translation>
    </message>
    <message>
      <source>The Pi timer sent a lap without a usable timestamp ({reason}); timed by this computer instead.</source>
      <translation>Le chrono Pi a envoyé un tour sans horodatage utilisable ({reason}) ; chronométré par cet ordinateur à la place.</translation>
    </message>
    <message>
      <source>The action space has more than 1000 actions; this is not a DeepRacer model.</source>
      <translation>L’espace d’actions compte plus de 1000 actions ; ce n’est pas un modèle DeepRacer.</translation>
    </message>
    <message>
      <source>The archive could not be read ({error}). Copy it again.</source>
      <translation>L’archive n’a pas pu être lue ({error}). Copiez-la de nouveau.</translation>
    </message>
    <message>
      <source>The archive ends with half an end-of-archive marker, so it may be cut short. Copy or export it again.</source>
      <translation>L’archive se termine par une moitié de marqueur de fin, elle est donc peut-être tronquée. Copiez-la ou exportez-la de nouveau.</translation>
    </message>
    <message>
      <source>The archive has a lone zero block at byte {offset} with more entries after it; some tools stop there and others go on, so it is refused. Export the model again.</source>
      <translation>L’archive a un bloc nul isolé à l’octet {offset} suivi d’autres entrées ; certains outils s’arrêtent là et d’autres continuent, elle est donc refusée. Exportez de nouveau le modèle.</translation>
    </message>
    <message>
      <source>The archive has no end-of-archive marker, so it may be cut short. Copy or export it again.</source>
      <translation>L’archive n’a pas de marqueur de fin, elle est donc peut-être tronquée. Copiez-la ou exportez-la de nouveau.</translation>
    </message>
    <message>
      <source>The archive holds more data after its end-of-archive marker; some tools would extract it and others not, so it is refused. Export the model again.</source>
      <translation>L’archive contient des données après son marqueur de fin ; certains outils les extrairaient et d’autres non, elle est donc refusée. Exportez de nouveau le modèle.</translation>
    </message>
    <message>
      <source>The archive holds {what}; model archives hold only plain files and folders.</source>
      <translation>L’archive contient {what} ; les archives de modèle ne contiennent que des fichiers et des dossiers ordinaires.</translation>
    </message>
    <message>
      <source>The archive is cut short (truncated). Copy or download it again.</source>
      <translation>L’archive est tronquée. Copiez-la ou téléchargez-la de nouveau.</translation>
    </message>
    <message>
      <source>The archive is damaged ({error}). Copy or export it again.</source>
      <translation>L’archive est endommagée ({error}). Copiez-la ou exportez-la de nouveau.</translation>
    </message>
    <message>
      <source>The archive is damaged: the entry header at byte {offset} is not valid ({why}). Tools read such an archive differently, so it is refused; export the model again.</source>
      <translation>L’archive est endommagée : l’en-tête d’entrée à l’octet {offset} n’est pas valide ({why}). Les outils lisent une telle archive différemment, elle est donc refusée ; exportez de nouveau le modèle.</translation>
    </message>
    <message>
      <source>The audio player did not finish within a minute.</source>
      <translation>Le lecteur audio n’a pas fini en une minute.</translation>
    </message>
    <message>
      <source>The average window must be 3 to 7 consecutive laps.</source>
      <translation>La fenêtre de moyenne doit couvrir 3 à 7 tours consécutifs.</translation>
    </message>
    <message>
      <source>The board on {port} does not send DREM sensor lines. Flash the DREM firmware, or choose the line mode it speaks ({port}?mode=json or {port}?mode=lines).</source>
      <translation>La carte sur {port} n’envoie pas de lignes de capteur DREM. Flashez le firmware DREM, ou choisissez le mode de ligne qu’elle parle ({port}?mode=json ou {port}?mode=lines).</translation>
    </message>
    <message>
      <source>The bucket and this laptop agree.</source>
      <translation>Le bucket et cet ordinateur sont d’accord.</translation>
    </message>
    <message>
      <source>The bucket and this laptop do not agree yet: run sync again, or see the refusals above.</source>
      <translation>Le bucket et cet ordinateur ne sont pas encore d’accord : relancez la synchro, ou voyez les refus ci-dessus.</translation>
    </message>
    <message>
      <source>The bucket asks to slow down ({code}); sync tries again shortly.</source>
      <translation>Le bucket demande de ralentir ({code}) ; la synchro réessaie sous peu.</translation>
    </message>
    <message>
      <source>The bucket assembled {key} differently from what was sent.</source>
      <translation>Le bucket a assemblé {key} autrement que ce qui a été envoyé.</translation>
    </message>
    <message>
      <source>The bucket connection failed: {error}</source>
      <translation>La connexion au bucket a échoué : {error}</translation>
    </message>
    <message>
      <source>The bucket did not give back what was written to it.</source>
      <translation>Le bucket n’a pas rendu ce qui y avait été écrit.</translation>
    </message>
    <message>
      <source>The bucket endpoint had an error ({code}); sync tries again shortly.</source>
      <translation>Le point d’accès du bucket a eu une erreur ({code}) ; la synchro réessaie sous peu.</translation>
    </message>
    <message>
      <source>The bucket refused the request: {code} {message}</source>
      <translation>Le bucket a refusé la requête : {code} {message}</translation>
    </message>
    <message>
      <source>The bucket refused these credentials ({code}): check the access key and secret in Settings → Sync.</source>
      <translation>Le bucket a refusé ces identifiants ({code}) : vérifiez la clé d’accès et le secret dans Paramètres → Synchro.</translation>
    </message>
    <message>
      <source>The bucket stored {key} damaged (checksum differs); it is written again next time.</source>
      <translation>Le bucket a stocké {key} endommagé (somme de contrôle différente) ; il sera réécrit la prochaine fois.</translation>
    </message>
    <message>
      <source>The car is racing: pause the run (Space) before loading another model</source>
      <translation>La voiture roule : mettez la manche en pause (Espace) avant de charger un autre modèle</translation>
    </message>
    <message>
      <source>The car is racing: pause the run (Space) before loading another model.</source>
      <translation>La voiture roule : mettez la manche en pause (Espace) avant de charger un autre modèle.</translation>
    </message>
    <message>
      <source>The cars of this fleet are loaded with the models of the racers on deck</source>
      <translation>Les voitures de cette flotte reçoivent les modèles des pilotes en attente</translation>
    </message>
    <message>
      <source>The code did not match.</source>
      <translation>Le code ne correspondait pas.</translation>
    </message>
    <message>
      <source>The code does not match: check the 6 digits on the other laptop's screen.</source>
      <translation>Le code ne correspond pas : vérifiez les 6 chiffres sur l’écran de l’autre ordinateur.</translation>
    </message>
    <message>
      <source>The code has 6 digits, as shown on the other laptop.</source>
      <translation>Le code a 6 chiffres, comme affiché sur l’autre ordinateur.</translation>
    </message>
    <message>
      <source>The code racers type on the upload page. A new code stops the old one at once.</source>
      <translation>Le code que les pilotes tapent sur la page d’envoi. Un nouveau code arrête l’ancien aussitôt.</translation>
    </message>
    <message>
      <source>The connection to car {car} dropped during the transfer{detail}; the car keeps the models it had. Check the car's network and retry.</source>
      <translation>La connexion à la voiture {car} a été coupée pendant le transfert{detail} ; la voiture garde les modèles qu’elle avait. Vérifiez le réseau de la voiture et réessayez.</translation>
    </message>
    <message>
      <source>The continuous {key} range has low {low} not below high {high}; the car refuses it.</source>
      <translation>La plage continue {key} a un minimum {low} qui n’est pas sous le maximum {high} ; la voiture la refuse.</translation>
    </message>
    <message>
      <source>The continuous {key} range needs numeric low and high.</source>
      <translation>La plage continue {key} demande des valeurs numériques low et high.</translation>
    </message>
    <message>
      <source>The country code</source>
      <translation>Le code pays</translation>
    </message>
    <message>
      <source>The disk holding the data folder ({folder}) is full: the database cannot be opened. Free some space (empty the trash, delete old videos or downloads), then start again.</source>
      <translation>Le disque du dossier de données ({folder}) est plein : la base de données ne peut pas être ouverte. Libérez de l’espace (videz la corbeille, supprimez d’anciennes vidéos ou téléchargements), puis relancez.</translation>
    </message>
    <message>
      <source>The disk holding the data folder ({folder}) was full: the app gave up the {mb} MB it keeps in reserve so timing can go on. Free some space now.</source>
      <translation>Le disque du dossier de données ({folder}) était plein : l’application a libéré les {mb} Mo qu’elle garde en réserve pour que le chronométrage continue. Libérez de l’espace maintenant.</translation>
    </message>
    <message>
      <source>The display name</source>
      <translation>Le nom affiché</translation>
    </message>
    <message>
      <source>The e-mail address</source>
      <translation>L’adresse e-mail</translation>
    </message>
    <message>
      <source>The entry {name!r} appears twice; the second copy would silently replace the first.</source>
      <translation>L’entrée {name!r} apparaît deux fois ; la seconde copie remplacerait la première sans rien dire.</translation>
    </message>
    <message>
      <source>The entry {name!r} asks to run with raised privileges (setuid/setgid).</source>
      <translation>L’entrée {name!r} demande à s’exécuter avec des privilèges élevés (setuid/setgid).</translation>
    </message>
    <message>
      <source>The entry {name!r} climbs out of the model folder with '..'.</source>
      <translation>L’entrée {name!r} sort du dossier du modèle avec '..'.</translation>
    </message>
    <message>
      <source>The entry {name!r} has an absolute path; it would unpack outside the model folder.</source>
      <translation>L’entrée {name!r} a un chemin absolu ; elle serait décompressée hors du dossier du modèle.</translation>
    </message>
    <message>
      <source>The entry {name!r} has control characters in its name.</source>
      <translation>L’entrée {name!r} a des caractères de contrôle dans son nom.</translation>
    </message>
    <message>
      <source>The entry {name!r} is a device file.</source>
      <translation>L’entrée {name!r} est un fichier de périphérique.</translation>
    </message>
    <message>
      <source>The entry {name!r} is a link; model archives hold only plain files.</source>
      <translation>L’entrée {name!r} est un lien ; les archives de modèle ne contiennent que des fichiers ordinaires.</translation>
    </message>
    <message>
      <source>The entry {name!r} is a named pipe (FIFO).</source>
      <translation>L’entrée {name!r} est un tube nommé (FIFO).</translation>
    </message>
    <message>
      <source>The entry {name!r} uses backslashes in its path.</source>
      <translation>L’entrée {name!r} utilise des barres obliques inverses dans son chemin.</translation>
    </message>
    <message>
      <source>The event date</source>
      <translation>La date de l’événement</translation>
    </message>
    <message>
      <source>The event date {text} is not between {first} and {last}.</source>
      <translation>La date {text} n’est pas entre {first} et {last}.</translation>
    </message>
    <message>
      <source>The event has no track {n}.</source>
      <translation>L’événement n’a pas de piste {n}.</translation>
    </message>
    <message>
      <source>The event name</source>
      <translation>Le nom de l’événement</translation>
    </message>
    <message>
      <source>The event “{name}” is already on this laptop (same id): nothing was restored.</source>
      <translation>L’événement « {name} » est déjà sur cet ordinateur (même identifiant) : rien n’a été restauré.</translation>
    </message>
    <message>
      <source>The file could not be opened ({error}).</source>
      <translation>Le fichier n’a pas pu être ouvert ({error}).</translation>
    </message>
    <message>
      <source>The file goes on after the end of its compressed data (a second gzip stream or appended bytes); a model archive is one .tar.gz stream. Export it again.</source>
      <translation>Le fichier continue après la fin de ses données compressées (un second flux gzip ou des octets ajoutés) ; une archive de modèle est un seul flux .tar.gz. Exportez-la de nouveau.</translation>
    </message>
    <message>
      <source>The file is empty.</source>
      <translation>Le fichier est vide.</translation>
    </message>
    <message>
      <source>The file is too large: the limit is {mb} MB per model.</source>
      <translation>Le fichier est trop gros : la limite est de {mb} Mo par modèle.</translation>
    </message>
    <message>
      <source>The file is {size} MB; the limit is {limit} MB.</source>
      <translation>Le fichier fait {size} Mo ; la limite est de {limit} Mo.</translation>
    </message>
    <message>
      <source>The fleet name</source>
      <translation>Le nom de la flotte</translation>
    </message>
    <message>
      <source>The form expired: type the PIN again.</source>
      <translation>Le formulaire a expiré : saisissez de nouveau le code PIN.</translation>
    </message>
    <message>
      <source>The form has too many parts.</source>
      <translation>Le formulaire comporte trop de parties.</translation>
    </message>
    <message>
      <source>The gzip data does not hold a valid tar archive ({why}).</source>
      <translation>Les données gzip ne contiennent pas d’archive tar valide ({why}).</translation>
    </message>
    <message>
      <source>The gzip data holds an empty tar archive: no model in it.</source>
      <translation>Les données gzip contiennent une archive tar vide : aucun modèle dedans.</translation>
    </message>
    <message>
      <source>The highlight colour</source>
      <translation>La couleur de mise en valeur</translation>
    </message>
    <message>
      <source>The lap index must be a number.</source>
      <translation>L’index du tour doit être un nombre.</translation>
    </message>
    <message>
      <source>The laptop answered {status}.</source>
      <translation>L’ordinateur a répondu {status}.</translation>
    </message>
    <message>
      <source>The laptop is busy checking other uploads. Try again in a minute.</source>
      <translation>L’ordinateur vérifie d’autres envois. Réessayez dans une minute.</translation>
    </message>
    <message>
      <source>The laptop is running out of disk space ({free:.0f} MB free), so model uploads are paused to keep room for lap timing. Hand your model to the organizer on a USB stick, or try again later.</source>
      <translation>L’ordinateur manque d’espace disque ({free:.0f} Mo libres) : les envois de modèles sont suspendus pour garder de la place au chronométrage. Donnez votre modèle à l’organisateur sur une clé USB, ou réessayez plus tard.</translation>
    </message>
    <message>
      <source>The leaderboard address must start with http:// or https://.</source>
      <translation>L’adresse du classement doit commencer par http:// ou https://.</translation>
    </message>
    <message>
      <source>The leaderboard footer</source>
      <translation>Le pied de page du classement</translation>
    </message>
    <message>
      <source>The leaderboard title</source>
      <translation>Le titre du classement</translation>
    </message>
    <message>
      <source>The model cannot be loaded onto car {car}: {reason}</source>
      <translation>Le modèle ne peut pas être chargé sur la voiture {car} : {reason}</translation>
    </message>
    <message>
      <source>The model file {file} cannot be read ({error}); import it again.</source>
      <translation>Le fichier de modèle {file} est illisible ({error}) ; importez-le de nouveau.</translation>
    </message>
    <message>
      <source>The model file {name} is empty.</source>
      <translation>Le fichier de modèle {name} est vide.</translation>
    </message>
    <message>
      <source>The model is on {car}.</source>
      <translation>Le modèle est sur {car}.</translation>
    </message>
    <message>
      <source>The next connection to {n} car(s) trusts the key they show (re-flashed cars).</source>
      <translation>La prochaine connexion à {n} voiture(s) fait confiance à la clé qu’elles présentent (voitures reflashées).</translation>
    </message>
    <message>
      <source>The next racers' models go onto spare cars of the track's fleet</source>
      <translation>Les modèles des prochains pilotes vont sur des voitures libres de la flotte de la piste</translation>
    </message>
    <message>
      <source>The number of resets</source>
      <translation>Le nombre de réinitialisations</translation>
    </message>
    <message>
      <source>The number of tracks</source>
      <translation>Le nombre de pistes</translation>
    </message>
    <message>
      <source>The other laptop did not accept the pairing.</source>
      <translation>L’autre ordinateur n’a pas accepté l’appairage.</translation>
    </message>
    <message>
      <source>The push failed.</source>
      <translation>L’envoi a échoué.</translation>
    </message>
    <message>
      <source>The racer's models in the library (newest first)</source>
      <translation>Les modèles du pilote dans la bibliothèque (les plus récents d’abord)</translation>
    </message>
    <message>
      <source>The request is not JSON.</source>
      <translation>La requête n’est pas du JSON.</translation>
    </message>
    <message>
      <source>The request is not a JSON object.</source>
      <translation>La requête n’est pas un objet JSON.</translation>
    </message>
    <message>
      <source>The run is still going. Press S again to end it and submit, Esc to keep racing.</source>
      <translation>La manche continue. Appuyez de nouveau sur S pour la terminer et la soumettre, Échap pour continuer.</translation>
    </message>
    <message>
      <source>The run {id} is no longer in the database.</source>
      <translation>La manche {id} n’est plus dans la base.</translation>
    </message>
    <message>
      <source>The sensor field must be a list of sensor names.</source>
      <translation>Le champ sensor doit être une liste de noms de capteurs.</translation>
    </message>
    <message>
      <source>The sensor list is empty: the model must name at least one sensor.</source>
      <translation>La liste des capteurs est vide : le modèle doit nommer au moins un capteur.</translation>
    </message>
    <message>
      <source>The sensor on {port} sent trigger #{jumped} right after #{last}: no sensor skips that many. The trigger is in the log but not trusted; check the sensor and its cable.</source>
      <translation>Le capteur sur {port} a envoyé le déclenchement n° {jumped} juste après le n° {last} : aucun capteur n’en saute autant. Le déclenchement est dans le journal mais n’est pas retenu ; vérifiez le capteur et son câble.</translation>
    </message>
    <message>
      <source>The sensor on {port} was disconnected. Plug it back in: timing continues by itself.</source>
      <translation>Le capteur sur {port} a été débranché. Rebranchez-le : le chronométrage reprend tout seul.</translation>
    </message>
    <message>
      <source>The sensor sent trigger #{jumped} right after #{last}: no sensor skips that many. It is in the trigger log but not trusted; check the sensor and its cable.</source>
      <translation>Le capteur a envoyé le déclenchement n° {jumped} juste après le n° {last} : aucun capteur n’en saute autant. Il est dans le journal des déclenchements mais n’est pas retenu ; vérifiez le capteur et son câble.</translation>
    </message>
    <message>
      <source>The sensor started the run just before your tap, so the tap did not pause it. Tap Start / pause again to pause.</source>
      <translation>Le capteur a lancé la manche juste avant votre toucher, qui ne l’a donc pas mise en pause. Touchez de nouveau Démarrer / pause pour la mettre en pause.</translation>
    </message>
    <message>
      <source>The sensor {how} the run {s:.1f} s before Space, so Space did not pause it. Press Space again to pause.</source>
      <translation>Le capteur a {how} la manche {s:.1f} s avant Espace, qui ne l’a donc pas mise en pause. Appuyez de nouveau sur Espace pour la mettre en pause.</translation>
    </message>
    <message>
      <source>The sensor's clock changed (it restarted, or another device answered). The lap in progress is timed by the laptop's clock; check it before submitting.</source>
      <translation>L’horloge du capteur a changé (il a redémarré, ou un autre appareil a répondu). Le tour en cours est chronométré par l’horloge de l’ordinateur ; vérifiez-le avant de soumettre.</translation>
    </message>
    <message>
      <source>The sensor's clock gave {sensor:.3f} s but the laptop's clock {host:.3f} s; the lap has the laptop's time and does not count until you check it (mark it valid, or fix it).</source>
      <translation>L’horloge du capteur a donné {sensor:.3f} s mais celle de l’ordinateur {host:.3f} s ; le tour porte le temps de l’ordinateur et ne compte pas tant que vous ne l’avez pas vérifié (marquez-le valide, ou corrigez-le).</translation>
    </message>
    <message>
      <source>The sponsor</source>
      <translation>Le sponsor</translation>
    </message>
    <message>
      <source>The system's language</source>
      <translation>La langue du système</translation>
    </message>
    <message>
      <source>The template has a stray brace ({error}); write fields like {{name}}.</source>
      <translation>Le modèle de phrase a une accolade isolée ({error}) ; écrivez les champs comme {{name}}.</translation>
    </message>
    <message>
      <source>The timekeeper's keys always work as well. The choice is remembered per track and reopened at every start.</source>
      <translation>Les touches du chronométrage marchent toujours aussi. Le choix est mémorisé par piste et rouvert à chaque démarrage.</translation>
    </message>
    <message>
      <source>The top three, large, then places 4 to 10: for the prize giving.</source>
      <translation>Les trois premiers en grand, puis les places 4 à 10 : pour la remise des prix.</translation>
    </message>
    <message>
      <source>The track name</source>
      <translation>Le nom de la piste</translation>
    </message>
    <message>
      <source>The track number</source>
      <translation>Le numéro de la piste</translation>
    </message>
    <message>
      <source>The transfer was cancelled; it resumes where it stopped next time.</source>
      <translation>Le transfert a été annulé ; il reprend là où il s’est arrêté la prochaine fois.</translation>
    </message>
    <message>
      <source>The upload code</source>
      <translation>Le code d’envoi</translation>
    </message>
    <message>
      <source>The upload is too large: at most {mb} MB at a time. Send large models one by one.</source>
      <translation>L’envoi est trop gros : au plus {mb} Mo à la fois. Envoyez les gros modèles un par un.</translation>
    </message>
    <message>
      <source>The upload stalled (nothing arrived for a minute). Check the Wi-Fi and try again.</source>
      <translation>L’envoi est bloqué (rien n’est arrivé depuis une minute). Vérifiez le Wi-Fi et réessayez.</translation>
    </message>
    <message>
      <source>The upload was interrupted. Check you are on the venue network and try again.</source>
      <translation>L’envoi a été interrompu. Vérifiez que vous êtes sur le réseau du site et réessayez.</translation>
    </message>
    <message>
      <source>The voice did not say the line within {s} seconds.</source>
      <translation>La voix n’a pas dit l’annonce en {s} secondes.</translation>
    </message>
    <message>
      <source>The voice failed ({error}).</source>
      <translation>La voix a échoué ({error}).</translation>
    </message>
    <message>
      <source>The whole event in one file, to restore on another laptop.</source>
      <translation>Tout l’événement dans un seul fichier, à restaurer sur un autre ordinateur.</translation>
    </message>
    <message>
      <source>The {field} field is too long.</source>
      <translation>Le champ {field} est trop long.</translation>
    </message>
    <message>
      <source>There is already a fleet called “{name}”.</source>
      <translation>Il existe déjà une flotte nommée « {name} ».</translation>
    </message>
    <message>
      <source>There is no event on this laptop yet.</source>
      <translation>Il n’y a pas encore d’événement sur cet ordinateur.</translation>
    </message>
    <message>
      <source>There is no event {id} on this laptop.</source>
      <translation>Il n’y a pas d’événement {id} sur cet ordinateur.</translation>
    </message>
    <message>
      <source>There is no lap to undo.</source>
      <translation>Il n’y a pas de tour à annuler.</translation>
    </message>
    <message>
      <source>There is no lap yet to mark valid or invalid.</source>
      <translation>Il n’y a pas encore de tour à marquer valide ou invalide.</translation>
    </message>
    <message>
      <source>There is no lap {n}.</source>
      <translation>Il n’y a pas de tour {n}.</translation>
    </message>
    <message>
      <source>There is no page at this address.</source>
      <translation>Il n’y a pas de page à cette adresse.</translation>
    </message>
    <message>
      <source>There is no short lap to count: it was already counted or a newer lap began.</source>
      <translation>Il n’y a pas de tour court à compter : il a déjà été compté ou un tour plus récent a commencé.</translation>
    </message>
    <message>
      <source>There is no such lap to change.</source>
      <translation>Ce tour n’existe pas.</translation>
    </message>
    <message>
      <source>This build has no model library wired in yet (app.models). Models can still be uploaded once the LAN server runs.</source>
      <translation>Cette version n’a pas encore de bibliothèque de modèles (app.models). Les modèles peuvent quand même être envoyés une fois le serveur LAN lancé.</translation>
    </message>
    <message>
      <source>This bundle has no event in it.</source>
      <translation>Ce lot ne contient aucun événement.</translation>
    </message>
    <message>
      <source>This is not a .tar.gz file (no gzip header). Upload the model archive as exported from the DeepRacer console or training tool.</source>
      <translation>Ce n’est pas un fichier .tar.gz (pas d’en-tête gzip). Envoyez l’archive du modèle telle qu’exportée depuis la console DeepRacer ou l’outil d’entraînement.</translation>
    </message>
    <message>
      <source>This is the call-out voice. Lap 3, 12.35.</source>
      <translation>Voici la voix des annonces. Tour 3, 12,35.</translation>
    </message>
    <message>
      <source>This laptop</source>
      <translation>Cet ordinateur</translation>
    </message>
    <message>
      <source>This laptop has no network address: connect to the venue network first.</source>
      <translation>Cet ordinateur n’a pas d’adresse réseau : connectez-le d’abord au réseau du site.</translation>
    </message>
    <message>
      <source>This laptop is not showing a pairing code.</source>
      <translation>Cet ordinateur n’affiche pas de code d’appairage.</translation>
    </message>
    <message>
      <source>This laptop's name</source>
      <translation>Le nom de cet ordinateur</translation>
    </message>
    <message>
      <source>This laptop's pages answer only under its own address or name (for example http://{ip}:{port}/): open them that way, as the QR code on the organizer's screen does.</source>
      <translation>Les pages de cet ordinateur ne répondent qu’à sa propre adresse ou à son nom (par exemple http://{ip}:{port}/) : ouvrez-les ainsi, comme le fait le code QR de l’écran de l’organisateur.</translation>
    </message>
    <message>
      <source>This racer has done {done} of {allowed} allowed runs. Give a reason to override.</source>
      <translation>Ce pilote a fait {done} des {allowed} manches permises. Donnez un motif pour passer outre.</translation>
    </message>
    <message>
      <source>This racer has no model in the library: add one on the Models page (Ctrl+6).</source>
      <translation>Ce pilote n’a aucun modèle dans la bibliothèque : ajoutez-en un sur la page Modèles (Ctrl+6).</translation>
    </message>
    <message>
      <source>This request did not come from the tablet page; nothing changed.</source>
      <translation>Cette requête ne vient pas de la page tablette ; rien n’a changé.</translation>
    </message>
    <message>
      <source>This run is over: the car can no longer be changed.</source>
      <translation>Cette manche est terminée : la voiture ne peut plus être changée.</translation>
    </message>
    <message>
      <source>This run is still in progress: change its laps in the timekeeper.</source>
      <translation>Cette manche est encore en cours : modifiez ses tours dans le chronométrage.</translation>
    </message>
    <message>
      <source>This run is still in progress: end or discard it first.</source>
      <translation>Cette manche est encore en cours : terminez-la ou abandonnez-la d’abord.</translation>
    </message>
    <message>
      <source>This run names no car.</source>
      <translation>Cette manche n’indique aucune voiture.</translation>
    </message>
    <message>
      <source>This run names no car: there are no car logs to fetch.</source>
      <translation>Cette manche n’indique aucune voiture : il n’y a pas de journaux de voiture à récupérer.</translation>
    </message>
    <message>
      <source>This run never started: there are no car logs to fetch.</source>
      <translation>Cette manche n’a jamais commencé : il n’y a pas de journaux de voiture à récupérer.</translation>
    </message>
    <message>
      <source>This trigger could not be stored ({error}). Note the lap by hand.</source>
      <translation>Ce déclenchement n’a pas pu être enregistré ({error}). Notez le tour à la main.</translation>
    </message>
    <message>
      <source>This upload came from a page of another site. Open this laptop's upload page and send the model from there.</source>
      <translation>Cet envoi provient d’une page d’un autre site. Ouvrez la page d’envoi de cet ordinateur et envoyez le modèle depuis celle-ci.</translation>
    </message>
    <message>
      <source>This upload did not come from this laptop's upload page, or the page is more than a day old. Open the upload page again and send the model from there.</source>
      <translation>Cet envoi ne provient pas de la page d’envoi de cet ordinateur, ou la page date de plus d’un jour. Rouvrez la page d’envoi et envoyez le modèle depuis celle-ci.</translation>
    </message>
    <message>
      <source>Tick all shown</source>
      <translation>Cocher tout l’affiché</translation>
    </message>
    <message>
      <source>Tick at least one car (or select one) first.</source>
      <translation>Cochez d’abord au moins une voiture (ou sélectionnez-en une).</translation>
    </message>
    <message>
      <source>Tick one car to fetch the logs of its last run.</source>
      <translation>Cochez une voiture pour récupérer les journaux de sa dernière manche.</translation>
    </message>
    <message>
      <source>Tick the car whose new key you trust first.</source>
      <translation>Cochez d’abord la voiture dont vous acceptez la nouvelle clé.</translation>
    </message>
    <message>
      <source>Tick the cars and type their password first.</source>
      <translation>Cochez d’abord les voitures et tapez leur mot de passe.</translation>
    </message>
    <message>
      <source>Tick the cars whose password to forget first.</source>
      <translation>Cochez d’abord les voitures dont le mot de passe est à oublier.</translation>
    </message>
    <message>
      <source>Ties are broken by the next best figure, then by who set the figure first.</source>
      <translation>Les égalités sont départagées par la valeur suivante, puis par qui a réalisé la valeur en premier.</translation>
    </message>
    <message>
      <source>Time</source>
      <translation>Temps</translation>
    </message>
    <message>
      <source>Time left</source>
      <translation>Temps restant</translation>
    </message>
    <message>
      <source>Time trial (race for a time)</source>
      <translation>Contre-la-montre (course au temps)</translation>
    </message>
    <message>
      <source>Time trial: best 3-lap average wins</source>
      <translation>Contre-la-montre : la meilleure moyenne sur 3 tours gagne</translation>
    </message>
    <message>
      <source>Time trial: fastest lap wins</source>
      <translation>Contre-la-montre : le tour le plus rapide gagne</translation>
    </message>
    <message>
      <source>Timekeeper</source>
      <translation>Chronométrage</translation>
    </message>
    <message>
      <source>Timing “{event}” track {n}. Ctrl+C stops.</source>
      <translation>Chronométrage de « {event} », piste {n}. Ctrl+C arrête.</translation>
    </message>
    <message>
      <source>To join an event: type its bucket here and press Join an event…, or pair this laptop with one that has the event (right): it arrives by itself.</source>
      <translation>Pour rejoindre un événement : tapez ici son bucket et appuyez sur Rejoindre un événement…, ou appairez cet ordinateur avec un autre qui a l’événement (à droite) : il arrive tout seul.</translation>
    </message>
    <message>
      <source>To next</source>
      <translation>Au suivant</translation>
    </message>
    <message>
      <source>To use another folder, start the app with  drem-desktop --data-dir PATH  (or set DREM_DATA_DIR). Each folder is a separate database with its own backups.</source>
      <translation>Pour utiliser un autre dossier, lancez l’application avec  drem-desktop --data-dir CHEMIN  (ou définissez DREM_DATA_DIR). Chaque dossier est une base distincte avec ses propres sauvegardes.</translation>
    </message>
    <message>
      <source>Too large: the limit is {mb} MB per model.</source>
      <translation>Trop gros : la limite est de {mb} Mo par modèle.</translation>
    </message>
    <message>
      <source>Too many lines were waiting.</source>
      <translation>Trop d’annonces attendaient.</translation>
    </message>
    <message>
      <source>Too many live leaderboards open on this device; close a few tabs and reload.</source>
      <translation>Trop de classements en direct ouverts sur cet appareil ; fermez quelques onglets et rechargez.</translation>
    </message>
    <message>
      <source>Too many open leaderboards on this laptop; try again in a minute.</source>
      <translation>Trop de classements ouverts sur cet ordinateur ; réessayez dans une minute.</translation>
    </message>
    <message>
      <source>Too many uploads from this device. Wait a few minutes, then try again.</source>
      <translation>Trop d’envois depuis cet appareil. Attendez quelques minutes, puis réessayez.</translation>
    </message>
    <message>
      <source>Too many wrong PINs: try again in {s} s.</source>
      <translation>Trop de codes PIN erronés : réessayez dans {s} s.</translation>
    </message>
    <message>
      <source>Too many wrong upload codes from this device. Wait ten minutes, then try again.</source>
      <translation>Trop de codes d’envoi erronés depuis cet appareil. Attendez dix minutes, puis réessayez.</translation>
    </message>
    <message>
      <source>Total resets</source>
      <translation>Total des réinitialisations</translation>
    </message>
    <message>
      <source>Track</source>
      <translation>Piste</translation>
    </message>
    <message>
      <source>Track already has a run in progress: end or discard it before picking the next racer.</source>
      <translation>La piste a déjà une manche en cours : terminez-la ou abandonnez-la avant de choisir le pilote suivant.</translation>
    </message>
    <message>
      <source>Track number “{value}” must be written plainly, e.g. 1 or 2.</source>
      <translation>Le numéro de piste « {value} » doit être écrit simplement, p. ex. 1 ou 2.</translation>
    </message>
    <message>
      <source>Track {n}</source>
      <translation>Piste {n}</translation>
    </message>
    <message>
      <source>Track {n} has a run in progress ({state}): type end, submit or discard first.</source>
      <translation>La piste {n} a une manche en cours ({state}) : tapez d’abord end, submit ou discard.</translation>
    </message>
    <message>
      <source>Track {n}: no racer on the track (next USERNAME puts one on).</source>
      <translation>Piste {n} : aucun pilote en piste (next UTILISATEUR en met un).</translation>
    </message>
    <message>
      <source>Track {n}: {name}, {state}, {laps} lap(s).</source>
      <translation>Piste {n} : {name}, {state}, {laps} tour(s).</translation>
    </message>
    <message>
      <source>Track {n}: {title}</source>
      <translation>Piste {n} : {title}</translation>
    </message>
    <message>
      <source>Tracks</source>
      <translation>Pistes</translation>
    </message>
    <message>
      <source>Trust new key</source>
      <translation>Accepter la nouvelle clé</translation>
    </message>
    <message>
      <source>Try the simulator (a lap every ~12 s, no hardware)</source>
      <translation>Essayer le simulateur (un tour toutes les ~12 s, sans matériel)</translation>
    </message>
    <message>
      <source>Type a name for the new fleet first.</source>
      <translation>Tapez d’abord un nom pour la nouvelle flotte.</translation>
    </message>
    <message>
      <source>Type the Pi timer's address, e.g. ws://192.168.1.50:8080.</source>
      <translation>Tapez l’adresse du chrono Pi, p. ex. ws://192.168.1.50:8080.</translation>
    </message>
    <message>
      <source>Type the bucket first, e.g. s3://my-club-bucket/deepracer.</source>
      <translation>Tapez d’abord le bucket, p. ex. s3://bucket-de-mon-club/deepracer.</translation>
    </message>
    <message>
      <source>Type the other laptop's address as HOST:PORT, e.g. 192.168.1.21:8080.</source>
      <translation>Tapez l’adresse de l’autre ordinateur sous la forme HOST:PORT, p. ex. 192.168.1.21:8080.</translation>
    </message>
    <message>
      <source>Type the racer's name first.</source>
      <translation>Tapez d’abord le nom du pilote.</translation>
    </message>
    <message>
      <source>Type the racer's username or name.</source>
      <translation>Tapez le nom d’utilisateur ou le nom du pilote.</translation>
    </message>
    <message>
      <source>Type the reason for the extra run first (it is recorded with the run).</source>
      <translation>Tapez d’abord le motif de la manche en plus (il est enregistré avec la manche).</translation>
    </message>
    <message>
      <source>Type the serial port (e.g. /dev/ttyACM0 or COM3), or choose another lap source.</source>
      <translation>Tapez le port série (p. ex. /dev/ttyACM0 ou COM3), ou choisissez une autre source de tours.</translation>
    </message>
    <message>
      <source>Type the timer address, or choose another lap source.</source>
      <translation>Tapez l’adresse du chrono, ou choisissez une autre source de tours.</translation>
    </message>
    <message>
      <source>USB lap sensor (found automatically)</source>
      <translation>Capteur de tours USB (trouvé automatiquement)</translation>
    </message>
    <message>
      <source>USB sensor (find it)</source>
      <translation>Capteur USB (le trouver)</translation>
    </message>
    <message>
      <source>USB sensor on port…</source>
      <translation>Capteur USB sur le port…</translation>
    </message>
    <message>
      <source>USB stick</source>
      <translation>Clé USB</translation>
    </message>
    <message>
      <source>Understood</source>
      <translation>Compris</translation>
    </message>
    <message>
      <source>Undo finish</source>
      <translation>Annuler l’arrivée</translation>
    </message>
    <message>
      <source>Unknown action_space_type {value!r}: the car knows discrete and continuous.</source>
      <translation>action_space_type {value!r} inconnu : la voiture connaît discrete et continuous.</translation>
    </message>
    <message>
      <source>Unknown command “{c}”. {help}</source>
      <translation>Commande inconnue « {c} ». {help}</translation>
    </message>
    <message>
      <source>Unknown export format “{fmt}”: use one of {formats}.</source>
      <translation>Format d’export inconnu « {fmt} » : utilisez l’un de {formats}.</translation>
    </message>
    <message>
      <source>Unknown line mode in {spec}: use mode=drem, mode=json or mode=lines.</source>
      <translation>Mode de ligne inconnu dans {spec} : utilisez mode=drem, mode=json ou mode=lines.</translation>
    </message>
    <message>
      <source>Unknown operation {op}.</source>
      <translation>Opération inconnue {op}.</translation>
    </message>
    <message>
      <source>Unknown sensor address {spec}. Use auto, a serial port, or ws://HOST:8080.</source>
      <translation>Adresse de capteur inconnue {spec}. Utilisez auto, un port série ou ws://HOST:8080.</translation>
    </message>
    <message>
      <source>Unknown sensor {name!r}.</source>
      <translation>Capteur inconnu {name!r}.</translation>
    </message>
    <message>
      <source>Unknown training_algorithm {value!r}: the car knows clipped_ppo and sac.</source>
      <translation>training_algorithm {value!r} inconnu : la voiture connaît clipped_ppo et sac.</translation>
    </message>
    <message>
      <source>Unpaired {id}.</source>
      <translation>{id} désappairé.</translation>
    </message>
    <message>
      <source>Unreadable race configuration: {error}</source>
      <translation>Configuration de course illisible : {error}</translation>
    </message>
    <message>
      <source>Up next</source>
      <translation>À suivre</translation>
    </message>
    <message>
      <source>Up next: {names}</source>
      <translation>À suivre : {names}</translation>
    </message>
    <message>
      <source>Up to {mb} MB per model.</source>
      <translation>Jusqu’à {mb} Mo par modèle.</translation>
    </message>
    <message>
      <source>Upload</source>
      <translation>Envoyer</translation>
    </message>
    <message>
      <source>Upload another model</source>
      <translation>Envoyer un autre modèle</translation>
    </message>
    <message>
      <source>Upload code</source>
      <translation>Code d’envoi</translation>
    </message>
    <message>
      <source>Upload code (shown at the organizer desk)</source>
      <translation>Code d’envoi (affiché à la table des organisateurs)</translation>
    </message>
    <message>
      <source>Upload code for racers’ models</source>
      <translation>Code d’envoi pour les modèles des pilotes</translation>
    </message>
    <message>
      <source>Upload code of “{name}” is now {code}; the old code no longer works.</source>
      <translation>Le code d’envoi de « {name} » est maintenant {code} ; l’ancien code ne marche plus.</translation>
    </message>
    <message>
      <source>Upload code “{code}” must be 4 to 20 letters, digits or dashes (no spaces), e.g. RACE-42.</source>
      <translation>Le code d’envoi « {code} » doit compter 4 à 20 lettres, chiffres ou tirets (sans espaces), p. ex. RACE-42.</translation>
    </message>
    <message>
      <source>Upload from a phone</source>
      <translation>Envoyer depuis un téléphone</translation>
    </message>
    <message>
      <source>Upload your model</source>
      <translation>Envoyez votre modèle</translation>
    </message>
    <message>
      <source>Uploads are closed: the organizer has not set an upload code yet.</source>
      <translation>Les envois sont fermés : l’organisateur n’a pas encore défini de code d’envoi.</translation>
    </message>
    <message>
      <source>Uploads are switched off on this laptop.</source>
      <translation>Les envois sont désactivés sur cet ordinateur.</translation>
    </message>
    <message>
      <source>Use these lap sources</source>
      <translation>Utiliser ces sources de tours</translation>
    </message>
    <message>
      <source>Use this laptop's address</source>
      <translation>Utiliser l’adresse de cet ordinateur</translation>
    </message>
    <message>
      <source>Username</source>
      <translation>Nom d’utilisateur</translation>
    </message>
    <message>
      <source>Username {name!r} contains the invisible or control character {char}; retype it without.</source>
      <translation>Le nom d’utilisateur {name!r} contient le caractère invisible ou de contrôle {char} ; retapez-le sans.</translation>
    </message>
    <message>
      <source>Username “{name}” is taken.</source>
      <translation>Le nom d’utilisateur « {name} » est pris.</translation>
    </message>
    <message>
      <source>Username “{name}” looks like a file or device name; pick another.</source>
      <translation>Le nom d’utilisateur « {name} » ressemble à un nom de fichier ou de périphérique ; choisissez-en un autre.</translation>
    </message>
    <message>
      <source>Username “{name}” may use only letters, digits and . _ - @ +{hint}.</source>
      <translation>Le nom d’utilisateur « {name} » ne peut contenir que des lettres, des chiffres et . _ - @ +{hint}.</translation>
    </message>
    <message>
      <source>Username “{name}…” is {n} characters long; the limit is {limit}.</source>
      <translation>Le nom d’utilisateur « {name}… » fait {n} caractères ; la limite est {limit}.</translation>
    </message>
    <message>
      <source>Valid</source>
      <translation>Valide</translation>
    </message>
    <message>
      <source>Valid / invalid laps</source>
      <translation>Tours valides / invalides</translation>
    </message>
    <message>
      <source>Valid lap</source>
      <translation>Tour valide</translation>
    </message>
    <message>
      <source>Valid laps</source>
      <translation>Tours valides</translation>
    </message>
    <message>
      <source>Valid laps: {n}</source>
      <translation>Tours valides : {n}</translation>
    </message>
    <message>
      <source>WARNING: {text}</source>
      <translation>ATTENTION : {text}</translation>
    </message>
    <message>
      <source>Welcome to DREM Desktop</source>
      <translation>Bienvenue dans DREM Desktop</translation>
    </message>
    <message>
      <source>When a run ends, its car's ROS bag folders come over SSH (data folder)</source>
      <translation>À la fin d’une manche, les dossiers ROS bag de sa voiture arrivent par SSH (dossier de données)</translation>
    </message>
    <message>
      <source>Writing a backup…</source>
      <translation>Écriture d’une sauvegarde…</translation>
    </message>
    <message>
      <source>Writing {name}…</source>
      <translation>Écriture de {name}…</translation>
    </message>
    <message>
      <source>Wrong PIN. Too many tries: this tablet is locked out for {s} s.</source>
      <translation>Code PIN erroné. Trop d’essais : cette tablette est bloquée pendant {s} s.</translation>
    </message>
    <message>
      <source>Wrong PIN. {n} tries left.</source>
      <translation>Code PIN erroné. Encore {n} essais.</translation>
    </message>
    <message>
      <source>Wrote the cloud manager bundle {path}</source>
      <translation>Lot du gestionnaire cloud écrit : {path}</translation>
    </message>
    <message>
      <source>Wrote {path}</source>
      <translation>{path} écrit</translation>
    </message>
    <message>
      <source>Yes</source>
      <translation>Oui</translation>
    </message>
    <message>
      <source>Your earlier uploads are still being checked. Wait for their verdicts, then send more.</source>
      <translation>Vos envois précédents sont encore en cours de vérification. Attendez leur verdict, puis envoyez-en d’autres.</translation>
    </message>
    <message>
      <source>Your model archive (.tar.gz) as exported from the DeepRacer console.</source>
      <translation>Votre archive de modèle (.tar.gz) telle qu’exportée depuis la console DeepRacer.</translation>
    </message>
    <message>
      <source>Your session ended: log in again with the PIN.</source>
      <translation>Votre session a pris fin : reconnectez-vous avec le code PIN.</translation>
    </message>
    <message>
      <source>a GNU incremental-dump folder</source>
      <translation>un dossier de sauvegarde incrémentale GNU</translation>
    </message>
    <message>
      <source>a change has unexpected keys ({keys})</source>
      <translation>un changement a des clés inattendues ({keys})</translation>
    </message>
    <message>
      <source>a delete that does not delete</source>
      <translation>une suppression qui ne supprime rien</translation>
    </message>
    <message>
      <source>a file named like a folder that holds data</source>
      <translation>un fichier nommé comme un dossier qui contient des données</translation>
    </message>
    <message>
      <source>a global header that renames or resizes entries</source>
      <translation>un en-tête global qui renomme ou redimensionne des entrées</translation>
    </message>
    <message>
      <source>a line is not a change</source>
      <translation>une ligne n’est pas un changement</translation>
    </message>
    <message>
      <source>a malformed pax record</source>
      <translation>un enregistrement pax malformé</translation>
    </message>
    <message>
      <source>a named AWS profile for the credentials</source>
      <translation>un profil AWS nommé pour les identifiants</translation>
    </message>
    <message>
      <source>a negative {what}</source>
      <translation>un {what} négatif</translation>
    </message>
    <message>
      <source>a new {t} without {c}</source>
      <translation>un nouveau {t} sans {c}</translation>
    </message>
    <message>
      <source>a piece of a multi-volume archive</source>
      <translation>un morceau d’archive multivolume</translation>
    </message>
    <message>
      <source>a sparse file</source>
      <translation>un fichier creux</translation>
    </message>
    <message>
      <source>a volume label</source>
      <translation>une étiquette de volume</translation>
    </message>
    <message>
      <source>address for --pi-timer (default 127.0.0.1)</source>
      <translation>adresse pour --pi-timer (par défaut 127.0.0.1)</translation>
    </message>
    <message>
      <source>address not known yet</source>
      <translation>adresse pas encore connue</translation>
    </message>
    <message>
      <source>alive {s} s ago</source>
      <translation>actif il y a {s} s</translation>
    </message>
    <message>
      <source>all models deleted</source>
      <translation>tous les modèles supprimés</translation>
    </message>
    <message>
      <source>also make the terminal reachable at this path (a symlink)</source>
      <translation>rendre aussi le terminal accessible par ce chemin (un lien symbolique)</translation>
    </message>
    <message>
      <source>also reachable at {link}</source>
      <translation>accessible aussi par {link}</translation>
    </message>
    <message>
      <source>an S3-compatible endpoint (MinIO, R2, Ceph)</source>
      <translation>un point d’accès compatible S3 (MinIO, R2, Ceph)</translation>
    </message>
    <message>
      <source>an entry of unknown type {flag!r}</source>
      <translation>une entrée de type inconnu {flag!r}</translation>
    </message>
    <message>
      <source>an entry that is not a file but holds data</source>
      <translation>une entrée qui n’est pas un fichier mais contient des données</translation>
    </message>
    <message>
      <source>an entry without a name</source>
      <translation>une entrée sans nom</translation>
    </message>
    <message>
      <source>an extended header of {size} bytes</source>
      <translation>un en-tête étendu de {size} octets</translation>
    </message>
    <message>
      <source>an extended header with no entry after it</source>
      <translation>un en-tête étendu sans entrée après lui</translation>
    </message>
    <message>
      <source>an old GNU long-name record</source>
      <translation>un ancien enregistrement GNU de nom long</translation>
    </message>
    <message>
      <source>an unknown header format</source>
      <translation>un format d’en-tête inconnu</translation>
    </message>
    <message>
      <source>an unknown ustar version</source>
      <translation>une version ustar inconnue</translation>
    </message>
    <message>
      <source>another certificate</source>
      <translation>un autre certificat</translation>
    </message>
    <message>
      <source>answer {path}</source>
      <translation>répondre {path}</translation>
    </message>
    <message>
      <source>auto finds DREM sensors only; give the port path for mode={mode}.</source>
      <translation>auto ne trouve que les capteurs DREM ; donnez le chemin du port pour mode={mode}.</translation>
    </message>
    <message>
      <source>auto, a serial port (e.g. /dev/ttyACM0) or ws://HOST:PORT</source>
      <translation>auto, un port série (p. ex. /dev/ttyACM0) ou ws://HOST:PORT</translation>
    </message>
    <message>
      <source>average window, 3 to 7 laps</source>
      <translation>fenêtre de moyenne, 3 à 7 tours</translation>
    </message>
    <message>
      <source>battery {battery}, {n} model(s)</source>
      <translation>batterie {battery}, {n} modèle(s)</translation>
    </message>
    <message>
      <source>be reached</source>
      <translation>être jointe</translation>
    </message>
    <message>
      <source>best average</source>
      <translation>meilleure moyenne</translation>
    </message>
    <message>
      <source>best average of {n} laps</source>
      <translation>meilleure moyenne sur {n} tours</translation>
    </message>
    <message>
      <source>best {n}-lap average</source>
      <translation>meilleure moyenne sur {n} tours</translation>
    </message>
    <message>
      <source>boot field out of range</source>
      <translation>champ boot hors limites</translation>
    </message>
    <message>
      <source>bring back an event from a .dremz file</source>
      <translation>ramener un événement depuis un fichier .dremz</translation>
    </message>
    <message>
      <source>by proxy</source>
      <translation>par procuration</translation>
    </message>
    <message>
      <source>cable back: {path}</source>
      <translation>câble rebranché : {path}</translation>
    </message>
    <message>
      <source>cable out for {s:.1f} s</source>
      <translation>câble débranché pendant {s:.1f} s</translation>
    </message>
    <message>
      <source>cancelling…</source>
      <translation>annulation…</translation>
    </message>
    <message>
      <source>capture a lap</source>
      <translation>saisir un tour</translation>
    </message>
    <message>
      <source>car</source>
      <translation>voiture</translation>
    </message>
    <message>
      <source>car host name or address, e.g. amss-1234 or 192.168.1.41</source>
      <translation>nom d’hôte ou adresse de la voiture, p. ex. amss-1234 ou 192.168.1.41</translation>
    </message>
    <message>
      <source>car password (SSH user deepracer)</source>
      <translation>mot de passe de la voiture (utilisateur SSH deepracer)</translation>
    </message>
    <message>
      <source>car software restarted</source>
      <translation>logiciel de la voiture redémarré</translation>
    </message>
    <message>
      <source>change a lap's validity</source>
      <translation>changer la validité d’un tour</translation>
    </message>
    <message>
      <source>change number {v} is not a change number</source>
      <translation>le numéro de changement {v} n’est pas un numéro de changement</translation>
    </message>
    <message>
      <source>change the event's upload code (the old one stops working)</source>
      <translation>changer le code d’envoi de l’événement (l’ancien cesse de marcher)</translation>
    </message>
    <message>
      <source>change {seq} ({t}): {problem}</source>
      <translation>changement {seq} ({t}) : {problem}</translation>
    </message>
    <message>
      <source>change {seq}: it changes nothing readable</source>
      <translation>changement {seq} : il ne change rien de lisible</translation>
    </message>
    <message>
      <source>change {seq}: its clock stamp names another laptop</source>
      <translation>changement {seq} : son horodatage désigne un autre ordinateur</translation>
    </message>
    <message>
      <source>change {seq}: its time is not a time</source>
      <translation>changement {seq} : son heure n’est pas une heure</translation>
    </message>
    <message>
      <source>change {seq}: the event id is not an id</source>
      <translation>changement {seq} : l’identifiant d’événement n’en est pas un</translation>
    </message>
    <message>
      <source>change {seq}: the row id is not an id</source>
      <translation>changement {seq} : l’identifiant de ligne n’en est pas un</translation>
    </message>
    <message>
      <source>change {seq}: “{op}” is not insert, update or delete</source>
      <translation>changement {seq} : « {op} » n’est ni insert, ni update, ni delete</translation>
    </message>
    <message>
      <source>change {seq}: “{t}” is not a table that syncs</source>
      <translation>changement {seq} : « {t} » n’est pas une table synchronisée</translation>
    </message>
    <message>
      <source>changed</source>
      <translation>modifié</translation>
    </message>
    <message>
      <source>changes only, no model files</source>
      <translation>changements seulement, pas de fichiers de modèle</translation>
    </message>
    <message>
      <source>checking the model</source>
      <translation>vérification du modèle</translation>
    </message>
    <message>
      <source>checksum</source>
      <translation>somme de contrôle</translation>
    </message>
    <message>
      <source>checksum mismatch</source>
      <translation>somme de contrôle différente</translation>
    </message>
    <message>
      <source>chroma must be a colour as six hex digits, e.g. 00ff00.</source>
      <translation>chroma doit être une couleur en six chiffres hexadécimaux, p. ex. 00ff00.</translation>
    </message>
    <message>
      <source>combined</source>
      <translation>réunies</translation>
    </message>
    <message>
      <source>connected</source>
      <translation>connecté</translation>
    </message>
    <message>
      <source>connecting</source>
      <translation>connexion</translation>
    </message>
    <message>
      <source>continuous</source>
      <translation>continu</translation>
    </message>
    <message>
      <source>control or non-ASCII bytes</source>
      <translation>octets de contrôle ou non ASCII</translation>
    </message>
    <message>
      <source>count a reset</source>
      <translation>compter une réinitialisation</translation>
    </message>
    <message>
      <source>count a short lap</source>
      <translation>compter un tour court</translation>
    </message>
    <message>
      <source>country (GB)</source>
      <translation>pays (FR)</translation>
    </message>
    <message>
      <source>create a demo event with racers and laps</source>
      <translation>créer un événement de démonstration avec des pilotes et des tours</translation>
    </message>
    <message>
      <source>create an event</source>
      <translation>créer un événement</translation>
    </message>
    <message>
      <source>create and list events</source>
      <translation type="vanished">créer et lister des événements</translation>
    </message>
    <message>
      <source>create and list events, change the upload code</source>
      <translation>créer et lister des événements, changer le code d’envoi</translation>
    </message>
    <message>
      <source>created</source>
      <translation>créé</translation>
    </message>
    <message>
      <source>data folder (default: the platform's user data folder, or $DREM_DATA_DIR)</source>
      <translation>dossier de données (par défaut : le dossier de données utilisateur de la plateforme, ou $DREM_DATA_DIR)</translation>
    </message>
    <message>
      <source>delete all models</source>
      <translation>supprimer tous les modèles</translation>
    </message>
    <message>
      <source>delete its models</source>
      <translation>supprimer ses modèles</translation>
    </message>
    <message>
      <source>delete models</source>
      <translation>supprimer les modèles</translation>
    </message>
    <message>
      <source>deleted</source>
      <translation>supprimé</translation>
    </message>
    <message>
      <source>differs: {what}</source>
      <translation>diffère : {what}</translation>
    </message>
    <message>
      <source>discard</source>
      <translation>abandonner</translation>
    </message>
    <message>
      <source>disconnected</source>
      <translation>déconnecté</translation>
    </message>
    <message>
      <source>discrete, {count} actions</source>
      <translation>discret, {count} actions</translation>
    </message>
    <message>
      <source>display name</source>
      <translation>nom affiché</translation>
    </message>
    <message>
      <source>do not start the LAN server</source>
      <translation>ne pas démarrer le serveur LAN</translation>
    </message>
    <message>
      <source>down {n}</source>
      <translation>en baisse de {n}</translation>
    </message>
    <message>
      <source>e.g. Join the next race at the DeepRacer booth</source>
      <translation>p. ex. Participez à la prochaine course au stand DeepRacer</translation>
    </message>
    <message>
      <source>e.g. Summit Berlin 2026</source>
      <translation>p. ex. Summit Paris 2026</translation>
    </message>
    <message>
      <source>e.g. Summit Cup 2026</source>
      <translation>p. ex. Coupe Summit 2026</translation>
    </message>
    <message>
      <source>edit</source>
      <translation>modifié</translation>
    </message>
    <message>
      <source>emit simulated laps on a pseudo-terminal or as a Pi timer</source>
      <translation>émettre des tours simulés sur un pseudo-terminal ou comme un chrono Pi</translation>
    </message>
    <message>
      <source>empty = unlimited</source>
      <translation>vide = illimité</translation>
    </message>
    <message>
      <source>empty for AWS S3; https://… for MinIO, R2, Ceph</source>
      <translation>vide pour AWS S3 ; https://… pour MinIO, R2, Ceph</translation>
    </message>
    <message>
      <source>empty: a new random code</source>
      <translation>vide : un nouveau code aléatoire</translation>
    </message>
    <message>
      <source>empty: the AWS profile or environment</source>
      <translation>vide : le profil AWS ou l’environnement</translation>
    </message>
    <message>
      <source>end the run</source>
      <translation>terminer la manche</translation>
    </message>
    <message>
      <source>error: event “{event}” has no track {n}.</source>
      <translation>erreur : l’événement « {event} » n’a pas de piste {n}.</translation>
    </message>
    <message>
      <source>error: no event: give --event, or create one with: drem-desktop event add NAME</source>
      <translation>erreur : aucun événement : donnez --event, ou créez-en un avec : drem-desktop event add NOM</translation>
    </message>
    <message>
      <source>error: nothing of the event could be applied (see the refusals above).</source>
      <translation>erreur : rien de l’événement n’a pu être appliqué (voir les refus ci-dessus).</translation>
    </message>
    <message>
      <source>error: the two PINs differ; nothing changed.</source>
      <translation>erreur : les deux codes PIN diffèrent ; rien n’a changé.</translation>
    </message>
    <message>
      <source>error: {message}</source>
      <translation>erreur : {message}</translation>
    </message>
    <message>
      <source>error: {message}{where}</source>
      <translation>erreur : {message}{where}</translation>
    </message>
    <message>
      <source>error: {peer} holds no event “{event}”.</source>
      <translation>erreur : {peer} n’a pas d’événement « {event} ».</translation>
    </message>
    <message>
      <source>error: {reason} Nothing changed.</source>
      <translation>erreur : {reason} Rien n’a changé.</translation>
    </message>
    <message>
      <source>eu-west-1</source>
      <translation>eu-west-1</translation>
    </message>
    <message>
      <source>event best</source>
      <translation>record de l’événement</translation>
    </message>
    <message>
      <source>event best {time}</source>
      <translation>record de l’événement {time}</translation>
    </message>
    <message>
      <source>event id or exact name</source>
      <translation>identifiant ou nom exact de l’événement</translation>
    </message>
    <message>
      <source>event id or exact name (default: the current event)</source>
      <translation>identifiant ou nom exact de l’événement (par défaut : l’événement en cours)</translation>
    </message>
    <message>
      <source>event ids or exact names</source>
      <translation>identifiants ou noms exacts d’événements</translation>
    </message>
    <message>
      <source>event {e}: the bucket lacks changes of laptop {o}</source>
      <translation>événement {e} : il manque au bucket des changements de l’ordinateur {o}</translation>
    </message>
    <message>
      <source>event {e}: this laptop lacks changes of laptop {o}</source>
      <translation>événement {e} : il manque à cet ordinateur des changements de l’ordinateur {o}</translation>
    </message>
    <message>
      <source>eventId {id} appears twice.</source>
      <translation>eventId {id} apparaît deux fois.</translation>
    </message>
    <message>
      <source>events.json event {source}: an event named “{name}” already exists here and was not imported from this bundle. Rename one of them first.</source>
      <translation>events.json, événement {source} : un événement nommé « {name} » existe déjà ici et n’a pas été importé de ce lot. Renommez d’abord l’un des deux.</translation>
    </message>
    <message>
      <source>exit status {n}</source>
      <translation>code de sortie {n}</translation>
    </message>
    <message>
      <source>expected a list of races.</source>
      <translation>une liste de courses était attendue.</translation>
    </message>
    <message>
      <source>extra run allowed because</source>
      <translation>manche en plus autorisée parce que</translation>
    </message>
    <message>
      <source>extra run: {reason}</source>
      <translation>manche en plus : {reason}</translation>
    </message>
    <message>
      <source>fastest lap</source>
      <translation>tour le plus rapide</translation>
    </message>
    <message>
      <source>fastest or average (default: the event's ranking)</source>
      <translation>fastest ou average (par défaut : le classement de l’événement)</translation>
    </message>
    <message>
      <source>fetch logs</source>
      <translation>récupérer les journaux</translation>
    </message>
    <message>
      <source>fetching logs</source>
      <translation>récupération des journaux</translation>
    </message>
    <message>
      <source>fields a plain archive leaves empty are filled</source>
      <translation>les champs qu’une archive simple laisse vides sont remplis</translation>
    </message>
    <message>
      <source>file them under this racer instead of “Sample models”</source>
      <translation>les ranger sous ce pilote au lieu de « Modèles d’exemple »</translation>
    </message>
    <message>
      <source>file to write, or a folder for it</source>
      <translation>fichier à écrire, ou un dossier pour lui</translation>
    </message>
    <message>
      <source>finish a command in time</source>
      <translation>terminer une commande à temps</translation>
    </message>
    <message>
      <source>finished in place {rank} of {n}</source>
      <translation>a fini à la place {rank} sur {n}</translation>
    </message>
    <message>
      <source>firmware {version}</source>
      <translation>firmware {version}</translation>
    </message>
    <message>
      <source>fleetId {id} appears twice.</source>
      <translation>fleetId {id} apparaît deux fois.</translation>
    </message>
    <message>
      <source>format must be fastest or average.</source>
      <translation>format doit être fastest ou average.</translation>
    </message>
    <message>
      <source>frame too long</source>
      <translation>trame trop longue</translation>
    </message>
    <message>
      <source>get an event with all its runs, laps, racers and models from the bucket or a paired laptop</source>
      <translation>récupérer un événement avec toutes ses manches, ses tours, ses pilotes et ses modèles depuis le bucket ou un ordinateur appairé</translation>
    </message>
    <message>
      <source>heartbeat field out of range</source>
      <translation>champ heartbeat hors limites</translation>
    </message>
    <message>
      <source>highlight colour, e.g. blue or #1e90ff</source>
      <translation>couleur de mise en valeur, p. ex. blue ou #1e90ff</translation>
    </message>
    <message>
      <source>how long the cable stays out (default 2 s)</source>
      <translation>durée du débranchement du câble (par défaut 2 s)</translation>
    </message>
    <message>
      <source>how the other laptops list this one</source>
      <translation>comment les autres ordinateurs affichent celui-ci</translation>
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
      <translation>importer un dossier de lot d’export du DREM cloud</translation>
    </message>
    <message>
      <source>import a folder of model archives (default owner: Sample models)</source>
      <translation>importer un dossier d’archives de modèle (propriétaire par défaut : Modèles d’exemple)</translation>
    </message>
    <message>
      <source>install the model</source>
      <translation>installer le modèle</translation>
    </message>
    <message>
      <source>installed</source>
      <translation>installé</translation>
    </message>
    <message>
      <source>installing</source>
      <translation>installation</translation>
    </message>
    <message>
      <source>invalid</source>
      <translation>invalide</translation>
    </message>
    <message>
      <source>it does not end with a whole line</source>
      <translation>il ne se termine pas par une ligne entière</translation>
    </message>
    <message>
      <source>it has bytes after its end</source>
      <translation>il a des octets après sa fin</translation>
    </message>
    <message>
      <source>it has no SSH credentials and no web console password saved; add one in Cars → {car}.</source>
      <translation>elle n’a ni identifiants SSH ni mot de passe de console web enregistrés ; ajoutez-en un dans Voitures → {car}.</translation>
    </message>
    <message>
      <source>it holds {n} changes but its header says {count}</source>
      <translation>il contient {n} changements mais son en-tête en annonce {count}</translation>
    </message>
    <message>
      <source>it is cut short (incomplete download or upload)</source>
      <translation>il est tronqué (téléchargement ou envoi incomplet)</translation>
    </message>
    <message>
      <source>it is empty</source>
      <translation>il est vide</translation>
    </message>
    <message>
      <source>it is larger than {n} MiB unpacked</source>
      <translation>il dépasse {n} Mio une fois décompressé</translation>
    </message>
    <message>
      <source>it is not a DREM Desktop sync answer (or from a newer version)</source>
      <translation>ce n’est pas une réponse de synchro DREM Desktop (ou elle vient d’une version plus récente)</translation>
    </message>
    <message>
      <source>it is not a DREM Desktop sync segment (or from a newer version)</source>
      <translation>ce n’est pas un segment de synchro DREM Desktop (ou il vient d’une version plus récente)</translation>
    </message>
    <message>
      <source>it is not a gzip file, or it is damaged</source>
      <translation>ce n’est pas un fichier gzip, ou il est endommagé</translation>
    </message>
    <message>
      <source>its checksum does not match</source>
      <translation>sa somme de contrôle ne correspond pas</translation>
    </message>
    <message>
      <source>its eventId {id} is not the event it is listed under.</source>
      <translation>son eventId {id} n’est pas l’événement sous lequel il est listé.</translation>
    </message>
    <message>
      <source>its header does not match its name</source>
      <translation>son en-tête ne correspond pas à son nom</translation>
    </message>
    <message>
      <source>its header has a cursor that is not one</source>
      <translation>son en-tête a un curseur qui n’en est pas un</translation>
    </message>
    <message>
      <source>its header has no cursors</source>
      <translation>son en-tête n’a pas de curseurs</translation>
    </message>
    <message>
      <source>its header has no valid count</source>
      <translation>son en-tête n’a pas de nombre valide</translation>
    </message>
    <message>
      <source>its header has no valid range of change numbers</source>
      <translation>son en-tête n’a pas de plage valide de numéros de changement</translation>
    </message>
    <message>
      <source>its header names no event or laptop</source>
      <translation>son en-tête ne nomme ni événement ni ordinateur</translation>
    </message>
    <message>
      <source>its id is not the row's id</source>
      <translation>son identifiant n’est pas celui de la ligne</translation>
    </message>
    <message>
      <source>its pax size is not a number</source>
      <translation>sa taille pax n’est pas un nombre</translation>
    </message>
    <message>
      <source>its {what} is not UTF-8 text</source>
      <translation>son {what} n’est pas du texte UTF-8</translation>
    </message>
    <message>
      <source>its {what} is not a number</source>
      <translation>son {what} n’est pas un nombre</translation>
    </message>
    <message>
      <source>kept in the system keyring</source>
      <translation>gardé dans le trousseau du système</translation>
    </message>
    <message>
      <source>lap count</source>
      <translation>nombre de tours</translation>
    </message>
    <message>
      <source>lap count: {n} laps</source>
      <translation>nombre de tours : {n} tours</translation>
    </message>
    <message>
      <source>lap field out of range</source>
      <translation>champ lap hors limites</translation>
    </message>
    <message>
      <source>lap time</source>
      <translation>temps au tour</translation>
    </message>
    <message>
      <source>lap without a usable timestamp</source>
      <translation>tour sans horodatage utilisable</translation>
    </message>
    <message>
      <source>lap {n} / {target}</source>
      <translation>tour {n} / {target}</translation>
    </message>
    <message>
      <source>lap {n}: seq={seq} ms={ms}{note}</source>
      <translation>tour {n} : seq={seq} ms={ms}{note}</translation>
    </message>
    <message>
      <source>lap {n}: timestamp={ts} clients={c}</source>
      <translation>tour {n} : timestamp={ts} clients={c}</translation>
    </message>
    <message>
      <source>lapId {n} appears twice.</source>
      <translation>lapId {n} apparaît deux fois.</translation>
    </message>
    <message>
      <source>laps to finish (lap_count format)</source>
      <translation>tours à boucler (format lap_count)</translation>
    </message>
    <message>
      <source>laptop</source>
      <translation>ordinateur</translation>
    </message>
    <message>
      <source>laptop {id}</source>
      <translation>ordinateur {id}</translation>
    </message>
    <message>
      <source>laptop {name}</source>
      <translation>ordinateur {name}</translation>
    </message>
    <message>
      <source>larger than 512 MB; this is not an export bundle file.</source>
      <translation>plus de 512 Mo ; ce n’est pas un fichier de lot d’export.</translation>
    </message>
    <message>
      <source>lidar_config must be a JSON object when present.</source>
      <translation>lidar_config doit être un objet JSON s’il est présent.</translation>
    </message>
    <message>
      <source>line format: drem (our protocol), json (Pi timer JSON), lines (one line per lap)</source>
      <translation>format de ligne : drem (notre protocole), json (JSON du chrono Pi), lines (une ligne par tour)</translation>
    </message>
    <message>
      <source>line too long</source>
      <translation>ligne trop longue</translation>
    </message>
    <message>
      <source>line {n} is not JSON</source>
      <translation>la ligne {n} n’est pas du JSON</translation>
    </message>
    <message>
      <source>line {n} is too long</source>
      <translation>la ligne {n} est trop longue</translation>
    </message>
    <message>
      <source>line {n}: a change beyond what the answer claims</source>
      <translation>ligne {n} : un changement au-delà de ce qu’annonce la réponse</translation>
    </message>
    <message>
      <source>line {n}: a change of another event</source>
      <translation>ligne {n} : un changement d’un autre événement</translation>
    </message>
    <message>
      <source>line {n}: a change of another laptop</source>
      <translation>ligne {n} : un changement d’un autre ordinateur</translation>
    </message>
    <message>
      <source>line {n}: change number {seq} is out of order</source>
      <translation>ligne {n} : le numéro de changement {seq} est hors d’ordre</translation>
    </message>
    <message>
      <source>line {n}: {problem}</source>
      <translation>ligne {n} : {problem}</translation>
    </message>
    <message>
      <source>link</source>
      <translation>lien</translation>
    </message>
    <message>
      <source>list events</source>
      <translation>lister les événements</translation>
    </message>
    <message>
      <source>list its logs</source>
      <translation>lister ses journaux</translation>
    </message>
    <message>
      <source>list its models</source>
      <translation>lister ses modèles</translation>
    </message>
    <message>
      <source>list racers</source>
      <translation>lister les pilotes</translation>
    </message>
    <message>
      <source>list the paired laptops</source>
      <translation>lister les ordinateurs appairés</translation>
    </message>
    <message>
      <source>load model</source>
      <translation>charger le modèle</translation>
    </message>
    <message>
      <source>load the model</source>
      <translation>charger le modèle</translation>
    </message>
    <message>
      <source>loading onto {car}</source>
      <translation>chargement sur {car}</translation>
    </message>
    <message>
      <source>loading{pct} onto {car} ({stage})</source>
      <translation>chargement{pct} sur {car} ({stage})</translation>
    </message>
    <message>
      <source>log in over SSH</source>
      <translation>se connecter par SSH</translation>
    </message>
    <message>
      <source>logs fetched</source>
      <translation>journaux récupérés</translation>
    </message>
    <message>
      <source>long name</source>
      <translation>nom long</translation>
    </message>
    <message>
      <source>malformed checksum</source>
      <translation>somme de contrôle malformée</translation>
    </message>
    <message>
      <source>manual</source>
      <translation>clavier</translation>
    </message>
    <message>
      <source>mean lap time in seconds (default 12)</source>
      <translation>temps moyen au tour en secondes (par défaut 12)</translation>
    </message>
    <message>
      <source>measure its logs</source>
      <translation>mesurer ses journaux</translation>
    </message>
    <message>
      <source>metadata the car would refuse</source>
      <translation>des métadonnées que la voiture refuserait</translation>
    </message>
    <message>
      <source>minimum lap time in seconds (debounce)</source>
      <translation>temps minimal au tour en secondes (anti-rebond)</translation>
    </message>
    <message>
      <source>minutes:seconds, empty = no limit</source>
      <translation>minutes:secondes, vide = sans limite</translation>
    </message>
    <message>
      <source>minutes; 0 for no limit (default 3)</source>
      <translation>minutes ; 0 pour aucune limite (par défaut 3)</translation>
    </message>
    <message>
      <source>mode</source>
      <translation>mode</translation>
    </message>
    <message>
      <source>model file “{v}” is not a path in the model library</source>
      <translation>le fichier de modèle « {v} » n’est pas un chemin de la bibliothèque de modèles</translation>
    </message>
    <message>
      <source>model_metadata.json has no action_space.</source>
      <translation>model_metadata.json n’a pas d’action_space.</translation>
    </message>
    <message>
      <source>model_metadata.json is larger than 1 MB; a real one is a few kilobytes.</source>
      <translation>model_metadata.json dépasse 1 Mo ; un vrai fait quelques kilo-octets.</translation>
    </message>
    <message>
      <source>model_metadata.json is missing at the top of the archive.</source>
      <translation>model_metadata.json manque à la racine de l’archive.</translation>
    </message>
    <message>
      <source>model_metadata.json is not UTF-8 text.</source>
      <translation>model_metadata.json n’est pas du texte UTF-8.</translation>
    </message>
    <message>
      <source>model_metadata.json is not valid JSON ({error}).</source>
      <translation>model_metadata.json n’est pas un JSON valide ({error}).</translation>
    </message>
    <message>
      <source>model_metadata.json must hold a JSON object (curly braces) at the top.</source>
      <translation>model_metadata.json doit contenir un objet JSON (accolades) à la racine.</translation>
    </message>
    <message>
      <source>models: {up} up, {down} down</source>
      <translation>modèles : {up} montés, {down} descendus</translation>
    </message>
    <message>
      <source>name</source>
      <translation>nom</translation>
    </message>
    <message>
      <source>nested too deeply to be an export bundle file.</source>
      <translation>imbriqué trop profondément pour être un fichier de lot d’export.</translation>
    </message>
    <message>
      <source>never</source>
      <translation>jamais</translation>
    </message>
    <message>
      <source>new fleet, e.g. Booth A</source>
      <translation>nouvelle flotte, p. ex. Stand A</translation>
    </message>
    <message>
      <source>new folder for the bundle</source>
      <translation>nouveau dossier pour le lot</translation>
    </message>
    <message>
      <source>new on the board</source>
      <translation>nouveau au tableau</translation>
    </message>
    <message>
      <source>no</source>
      <translation>non</translation>
    </message>
    <message>
      <source>no CSRF token on the page: is this a DeepRacer car?</source>
      <translation>pas de jeton CSRF sur la page : est-ce une voiture DeepRacer ?</translation>
    </message>
    <message>
      <source>no PIN: the tablet page refuses everyone</source>
      <translation>pas de code PIN : la page tablette refuse tout le monde</translation>
    </message>
    <message>
      <source>no answer</source>
      <translation>pas de réponse</translation>
    </message>
    <message>
      <source>no answer at {host}</source>
      <translation>pas de réponse de {host}</translation>
    </message>
    <message>
      <source>no answer for {s:.0f} s</source>
      <translation>pas de réponse depuis {s:.0f} s</translation>
    </message>
    <message>
      <source>no car yet</source>
      <translation>pas encore de voiture</translation>
    </message>
    <message>
      <source>no change</source>
      <translation>sans changement</translation>
    </message>
    <message>
      <source>no checksum</source>
      <translation>pas de somme de contrôle</translation>
    </message>
    <message>
      <source>no colour</source>
      <translation>pas de couleur</translation>
    </message>
    <message>
      <source>no details</source>
      <translation>pas de détails</translation>
    </message>
    <message>
      <source>no lap</source>
      <translation>pas de tour</translation>
    </message>
    <message>
      <source>no limit</source>
      <translation>sans limite</translation>
    </message>
    <message>
      <source>no logo (a PNG or JPEG file)</source>
      <translation>pas de logo (un fichier PNG ou JPEG)</translation>
    </message>
    <message>
      <source>no logs for {model} since the run started</source>
      <translation>aucun journal pour {model} depuis le début de la manche</translation>
    </message>
    <message>
      <source>no model in the library for this racer: add one on the Models page</source>
      <translation>aucun modèle de ce pilote dans la bibliothèque : ajoutez-en un sur la page Modèles</translation>
    </message>
    <message>
      <source>no network</source>
      <translation>pas de réseau</translation>
    </message>
    <message>
      <source>no password saved: battery unknown</source>
      <translation>aucun mot de passe enregistré : batterie inconnue</translation>
    </message>
    <message>
      <source>no time limit</source>
      <translation>sans limite de temps</translation>
    </message>
    <message>
      <source>no valid lap</source>
      <translation>aucun tour valide</translation>
    </message>
    <message>
      <source>no {n}-lap average yet</source>
      <translation>pas encore de moyenne sur {n} tours</translation>
    </message>
    <message>
      <source>none</source>
      <translation>aucun</translation>
    </message>
    <message>
      <source>not ASCII</source>
      <translation>non ASCII</translation>
    </message>
    <message>
      <source>not JSON</source>
      <translation>pas du JSON</translation>
    </message>
    <message>
      <source>not a DREM sensor line</source>
      <translation>pas une ligne de capteur DREM</translation>
    </message>
    <message>
      <source>not a JSON object.</source>
      <translation>pas un objet JSON.</translation>
    </message>
    <message>
      <source>not connected</source>
      <translation>non connecté</translation>
    </message>
    <message>
      <source>not found on the network yet</source>
      <translation>pas encore trouvée sur le réseau</translation>
    </message>
    <message>
      <source>not looked up again yet</source>
      <translation>pas encore recherché de nouveau</translation>
    </message>
    <message>
      <source>not reached yet</source>
      <translation>pas encore atteint</translation>
    </message>
    <message>
      <source>not the model its fingerprint says; not kept</source>
      <translation>pas le modèle qu’annonce son empreinte ; non gardé</translation>
    </message>
    <message>
      <source>number of strips/beams on the line (default 2)</source>
      <translation>nombre de bandes/faisceaux sur la ligne (par défaut 2)</translation>
    </message>
    <message>
      <source>of {n}</source>
      <translation>sur {n}</translation>
    </message>
    <message>
      <source>offline</source>
      <translation>hors ligne</translation>
    </message>
    <message>
      <source>offline (seen {n} min ago)</source>
      <translation>hors ligne (vue il y a {n} min)</translation>
    </message>
    <message>
      <source>old firmware (XOR checksum, misses some damaged lines): flash firmware 1.1</source>
      <translation>ancien firmware (somme XOR, laisse passer certaines lignes abîmées) : flashez le firmware 1.1</translation>
    </message>
    <message>
      <source>old-style checksum from a sensor that sends CRC lines</source>
      <translation>somme de contrôle à l’ancienne d’un capteur qui envoie des lignes CRC</translation>
    </message>
    <message>
      <source>one minute</source>
      <translation>une minute</translation>
    </message>
    <message>
      <source>one push and pull; exit 0 when the bucket and this laptop agree</source>
      <translation>un envoi et une récupération ; code de sortie 0 quand le bucket et cet ordinateur sont d’accord</translation>
    </message>
    <message>
      <source>online</source>
      <translation>en ligne</translation>
    </message>
    <message>
      <source>only for lap count</source>
      <translation>seulement pour le nombre de tours</translation>
    </message>
    <message>
      <source>only this event (id or exact name)</source>
      <translation>seulement cet événement (identifiant ou nom exact)</translation>
    </message>
    <message>
      <source>pack an event into one .dremz file</source>
      <translation>emballer un événement dans un fichier .dremz</translation>
    </message>
    <message>
      <source>pack its logs</source>
      <translation>emballer ses journaux</translation>
    </message>
    <message>
      <source>pair with another laptop for LAN sync</source>
      <translation>appairer avec un autre ordinateur pour la synchro LAN</translation>
    </message>
    <message>
      <source>paired</source>
      <translation>appairé</translation>
    </message>
    <message>
      <source>pause</source>
      <translation>mettre en pause</translation>
    </message>
    <message>
      <source>paused</source>
      <translation>en pause</translation>
    </message>
    <message>
      <source>pax key</source>
      <translation>clé pax</translation>
    </message>
    <message>
      <source>pax value</source>
      <translation>valeur pax</translation>
    </message>
    <message>
      <source>personal best</source>
      <translation>record personnel</translation>
    </message>
    <message>
      <source>pre-load fleet {name}</source>
      <translation>préparer la flotte {name}</translation>
    </message>
    <message>
      <source>prepare the car</source>
      <translation>préparer la voiture</translation>
    </message>
    <message>
      <source>print an event's leaderboard</source>
      <translation>afficher le classement d’un événement</translation>
    </message>
    <message>
      <source>probability of a line of noise after a lap (default 0)</source>
      <translation>probabilité d’une ligne de bruit après un tour (par défaut 0)</translation>
    </message>
    <message>
      <source>probability that a car also triggers the second strip (default 0)</source>
      <translation>probabilité qu’une voiture déclenche aussi la seconde bande (par défaut 0)</translation>
    </message>
    <message>
      <source>probability that a lap line is lost on the wire (default 0)</source>
      <translation>probabilité qu’une ligne de tour se perde en route (par défaut 0)</translation>
    </message>
    <message>
      <source>publish its network name</source>
      <translation>publier son nom réseau</translation>
    </message>
    <message>
      <source>published on the network as {name}</source>
      <translation>publié sur le réseau sous le nom {name}</translation>
    </message>
    <message>
      <source>pull the cable every S seconds (needs --link; default never)</source>
      <translation>débrancher le câble toutes les S secondes (demande --link ; par défaut jamais)</translation>
    </message>
    <message>
      <source>pulled {n} ({kb} kB)</source>
      <translation>{n} récupéré(s) ({kb} ko)</translation>
    </message>
    <message>
      <source>push model</source>
      <translation>envoyer le modèle</translation>
    </message>
    <message>
      <source>pushed {n} segment(s) ({kb} kB)</source>
      <translation>{n} segment(s) envoyé(s) ({kb} ko)</translation>
    </message>
    <message>
      <source>put this racer on the track (registered if new); runs submit when over</source>
      <translation>mettre ce pilote en piste (inscrit s’il est nouveau) ; les manches sont soumises à la fin</translation>
    </message>
    <message>
      <source>race configuration: {error}</source>
      <translation>configuration de course : {error}</translation>
    </message>
    <message>
      <source>race over</source>
      <translation>course terminée</translation>
    </message>
    <message>
      <source>race over: submit</source>
      <translation>course terminée : soumettre</translation>
    </message>
    <message>
      <source>raceId {id} appears twice.</source>
      <translation>raceId {id} apparaît deux fois.</translation>
    </message>
    <message>
      <source>raced by proxy</source>
      <translation>couru par procuration</translation>
    </message>
    <message>
      <source>races.json: races for event “{event}”, which events.json does not have.</source>
      <translation>races.json : des courses pour l’événement « {event} », absent de events.json.</translation>
    </message>
    <message>
      <source>random seed, for a repeatable session</source>
      <translation>graine aléatoire, pour une session reproductible</translation>
    </message>
    <message>
      <source>read status</source>
      <translation>lire l’état</translation>
    </message>
    <message>
      <source>read the PIN from standard input (scripts)</source>
      <translation>lire le code PIN sur l’entrée standard (scripts)</translation>
    </message>
    <message>
      <source>ready on {car}</source>
      <translation>prête sur {car}</translation>
    </message>
    <message>
      <source>ready to start</source>
      <translation>prêt à démarrer</translation>
    </message>
    <message>
      <source>record a DNF</source>
      <translation>enregistrer un abandon</translation>
    </message>
    <message>
      <source>refused: {segment}</source>
      <translation>refusé : {segment}</translation>
    </message>
    <message>
      <source>register a racer</source>
      <translation>inscrire un pilote</translation>
    </message>
    <message>
      <source>register and list racers</source>
      <translation>inscrire et lister les pilotes</translation>
    </message>
    <message>
      <source>remember --bucket and its options as this laptop's</source>
      <translation>retenir --bucket et ses options comme ceux de cet ordinateur</translation>
    </message>
    <message>
      <source>report its status</source>
      <translation>indiquer son état</translation>
    </message>
    <message>
      <source>reset {resets}{of_allowed}</source>
      <translation>réinitialisation {resets}{of_allowed}</translation>
    </message>
    <message>
      <source>resets</source>
      <translation>réinitialisations</translation>
    </message>
    <message>
      <source>resets allowed per lap, or unlimited</source>
      <translation>réinitialisations permises par tour, ou unlimited</translation>
    </message>
    <message>
      <source>restart the car software</source>
      <translation>redémarrer le logiciel de la voiture</translation>
    </message>
    <message>
      <source>restored</source>
      <translation>restauré</translation>
    </message>
    <message>
      <source>resume</source>
      <translation>reprendre</translation>
    </message>
    <message>
      <source>resumed</source>
      <translation>repris</translation>
    </message>
    <message>
      <source>rows/event.json: an archive holds exactly one event.</source>
      <translation>rows/event.json : une archive contient exactement un événement.</translation>
    </message>
    <message>
      <source>run timing and the LAN pages with no window</source>
      <translation>faire tourner le chronométrage et les pages LAN sans fenêtre</translation>
    </message>
    <message>
      <source>run {state}</source>
      <translation>manche {state}</translation>
    </message>
    <message>
      <source>running</source>
      <translation>en cours</translation>
    </message>
    <message>
      <source>runs per racer, or unlimited</source>
      <translation>manches par pilote, ou unlimited</translation>
    </message>
    <message>
      <source>runs {runs}</source>
      <translation>manches {runs}</translation>
    </message>
    <message>
      <source>s3://BUCKET/PREFIX (default: the bucket set in Settings → Sync)</source>
      <translation>s3://BUCKET/PREFIX (par défaut : le bucket défini dans Paramètres → Synchro)</translation>
    </message>
    <message>
      <source>s3://my-club-bucket/deepracer</source>
      <translation>s3://bucket-de-mon-club/deepracer</translation>
    </message>
    <message>
      <source>saved (type to replace)</source>
      <translation>enregistré (tapez pour remplacer)</translation>
    </message>
    <message>
      <source>scroll must be page, smooth or off.</source>
      <translation>scroll doit être page, smooth ou off.</translation>
    </message>
    <message>
      <source>seconds</source>
      <translation>secondes</translation>
    </message>
    <message>
      <source>see the log</source>
      <translation>voir le journal</translation>
    </message>
    <message>
      <source>see the log at {path}</source>
      <translation>voir le journal dans {path}</translation>
    </message>
    <message>
      <source>sending</source>
      <translation>envoi</translation>
    </message>
    <message>
      <source>sensor</source>
      <translation>capteur</translation>
    </message>
    <message>
      <source>sensor clock drift in ppm (default 0)</source>
      <translation>dérive de l’horloge du capteur en ppm (par défaut 0)</translation>
    </message>
    <message>
      <source>sensor jumped from trigger #{last} to #{to}: logged, not trusted</source>
      <translation>le capteur est passé du déclenchement n° {last} au n° {to} : journalisé, non retenu</translation>
    </message>
    <message>
      <source>sensor missed {n} trigger(s): check the run</source>
      <translation>le capteur a manqué {n} déclenchement(s) : vérifiez la manche</translation>
    </message>
    <message>
      <source>sensor: {n} trigger(s) missed while the app was closed: check the run</source>
      <translation>capteur : {n} déclenchement(s) manqué(s) pendant que l’application était fermée : vérifiez la course</translation>
    </message>
    <message>
      <source>serve the DREM Pi timer WebSocket protocol on PORT instead of a terminal</source>
      <translation>servir le protocole WebSocket du chrono Pi DREM sur PORT au lieu d’un terminal</translation>
    </message>
    <message>
      <source>set the operator PIN of the tablet timekeeper (/tablet)</source>
      <translation>définir le code PIN de l’opérateur du chronométrage sur tablette (/tablet)</translation>
    </message>
    <message>
      <source>set the tail light</source>
      <translation>régler le feu arrière</translation>
    </message>
    <message>
      <source>show a code another laptop can pair with</source>
      <translation>afficher un code avec lequel un autre ordinateur peut s’appairer</translation>
    </message>
    <message>
      <source>show its login page</source>
      <translation>afficher sa page de connexion</translation>
    </message>
    <message>
      <source>size</source>
      <translation>taille</translation>
    </message>
    <message>
      <source>source</source>
      <translation>source</translation>
    </message>
    <message>
      <source>speedy
rocket, Rocket Racer, DE
…</source>
      <translation>speedy
rocket, Rocket Racer, FR
…</translation>
    </message>
    <message>
      <source>sponsored by {sponsor}</source>
      <translation>sponsorisé par {sponsor}</translation>
    </message>
    <message>
      <source>standard deviation of lap times in seconds</source>
      <translation>écart type des temps au tour en secondes</translation>
    </message>
    <message>
      <source>start</source>
      <translation>démarrer</translation>
    </message>
    <message>
      <source>started</source>
      <translation>démarré</translation>
    </message>
    <message>
      <source>starting</source>
      <translation>démarrage</translation>
    </message>
    <message>
      <source>state</source>
      <translation>état</translation>
    </message>
    <message>
      <source>still loading after {s:.0f} s</source>
      <translation>toujours en chargement après {s:.0f} s</translation>
    </message>
    <message>
      <source>stop</source>
      <translation>arrêter</translation>
    </message>
    <message>
      <source>stop after this many laps (0: run until Ctrl-C)</source>
      <translation>s’arrêter après ce nombre de tours (0 : jusqu’à Ctrl-C)</translation>
    </message>
    <message>
      <source>stop logging</source>
      <translation>arrêter la journalisation</translation>
    </message>
    <message>
      <source>stopped</source>
      <translation>arrêté</translation>
    </message>
    <message>
      <source>stopping the car's logging</source>
      <translation>arrêt de la journalisation de la voiture</translation>
    </message>
    <message>
      <source>sub {sub} belongs to two users.</source>
      <translation>sub {sub} appartient à deux utilisateurs.</translation>
    </message>
    <message>
      <source>submit</source>
      <translation>soumettre</translation>
    </message>
    <message>
      <source>switch to autonomous mode</source>
      <translation>passer en mode autonome</translation>
    </message>
    <message>
      <source>sync this laptop's events with the bucket (push, then pull)</source>
      <translation>synchroniser les événements de cet ordinateur avec le bucket (envoi, puis récupération)</translation>
    </message>
    <message>
      <source>sync: {message}</source>
      <translation>synchro : {message}</translation>
    </message>
    <message>
      <source>tail light set</source>
      <translation>feu arrière réglé</translation>
    </message>
    <message>
      <source>tail light {colour}</source>
      <translation>feu arrière {colour}</translation>
    </message>
    <message>
      <source>take the new name</source>
      <translation>prendre le nouveau nom</translation>
    </message>
    <message>
      <source>the .dremz file to write (or a folder)</source>
      <translation>le fichier .dremz à écrire (ou un dossier)</translation>
    </message>
    <message>
      <source>the 6-digit code it shows</source>
      <translation>le code à 6 chiffres qu’il affiche</translation>
    </message>
    <message>
      <source>the 6-digit code that laptop shows (with --peer)</source>
      <translation>le code à 6 chiffres qu’affiche cet ordinateur (avec --peer)</translation>
    </message>
    <message>
      <source>the bucket's region</source>
      <translation>la région du bucket</translation>
    </message>
    <message>
      <source>the car accepted {folder} but could not load it (its load status went to error): the model may be damaged. Restart the car's software (Cars → Restart) and load again, or choose another model.</source>
      <translation>la voiture a accepté {folder} mais n’a pas pu le charger (son état de chargement est passé à error) : le modèle est peut-être endommagé. Redémarrez le logiciel de la voiture (Voitures → Redémarrer) et rechargez, ou choisissez un autre modèle.</translation>
    </message>
    <message>
      <source>the car could not read its own sensors. Restart the car's software (Cars → Restart) and load again.</source>
      <translation>la voiture n’a pas pu lire ses propres capteurs. Redémarrez le logiciel de la voiture (Voitures → Redémarrer) et rechargez.</translation>
    </message>
    <message>
      <source>the car could not set up its LiDAR with the model's LiDAR settings. Check the LiDAR cable, then load again.</source>
      <translation>la voiture n’a pas pu configurer son LiDAR avec les réglages LiDAR du modèle. Vérifiez le câble du LiDAR, puis rechargez.</translation>
    </message>
    <message>
      <source>the car did not list the new copy of {folder} within {s:.0f} s of the upload; check its free space, or push over SSH.</source>
      <translation>la voiture n’a pas listé la nouvelle copie de {folder} dans les {s:.0f} s suivant l’envoi ; vérifiez son espace libre, ou envoyez par SSH.</translation>
    </message>
    <message>
      <source>the car gave no reason. Open the car's console to see why, then load again.</source>
      <translation>la voiture n’a donné aucune raison. Ouvrez la console de la voiture pour voir pourquoi, puis rechargez.</translation>
    </message>
    <message>
      <source>the car gave the reason below. Fix that on the car, then load again.</source>
      <translation>la voiture a donné la raison ci-dessous. Corrigez cela sur la voiture, puis rechargez.</translation>
    </message>
    <message>
      <source>the car received {folder} and finished installing, but does not list it: it could not install the archive, or will not offer it (it needs exactly one .pb and a model_metadata.json it accepts). Check the model, or push it over SSH.</source>
      <translation>la voiture a reçu {folder} et fini l’installation, mais ne le liste pas : elle n’a pas pu installer l’archive, ou refuse de la proposer (il lui faut exactement un .pb et un model_metadata.json qu’elle accepte). Vérifiez le modèle, ou envoyez-le par SSH.</translation>
    </message>
    <message>
      <source>the car refused the file ("{message}").</source>
      <translation>la voiture a refusé le fichier (« {message} »).</translation>
    </message>
    <message>
      <source>the car's control software did not take the model. Restart the car's software (Cars → Restart) and load again.</source>
      <translation>le logiciel de contrôle de la voiture n’a pas pris le modèle. Redémarrez le logiciel de la voiture (Voitures → Redémarrer) et rechargez.</translation>
    </message>
    <message>
      <source>the laptop id is not an id</source>
      <translation>l’identifiant d’ordinateur n’en est pas un</translation>
    </message>
    <message>
      <source>the model arrived damaged (checksum differs); retry the push.</source>
      <translation>le modèle est arrivé endommagé (somme de contrôle différente) ; renvoyez-le.</translation>
    </message>
    <message>
      <source>the model arrived incomplete</source>
      <translation>le modèle est arrivé incomplet</translation>
    </message>
    <message>
      <source>the model drives with the {sensors}, and the car does not see it connected. Connect it (or choose a model trained for the sensors this car has) and load again.</source>
      <translation>le modèle roule avec {sensors}, et la voiture ne le voit pas branché. Branchez-le (ou choisissez un modèle entraîné pour les capteurs de cette voiture) et rechargez.</translation>
    </message>
    <message>
      <source>the model is not ready on the car: it is still being installed, or its install failed. Wait a few seconds and load again; if it keeps failing, send the model to the car again.</source>
      <translation>le modèle n’est pas prêt sur la voiture : il est encore en cours d’installation, ou son installation a échoué. Attendez quelques secondes et rechargez ; si l’échec persiste, renvoyez le modèle à la voiture.</translation>
    </message>
    <message>
      <source>the model is on the car, but loading it needs the car's web console password; save it in Cars → {car} or select the model on the car.</source>
      <translation>le modèle est sur la voiture, mais le charger demande le mot de passe de la console web de la voiture ; enregistrez-le dans Voitures → {car} ou sélectionnez le modèle sur la voiture.</translation>
    </message>
    <message>
      <source>the model was trained with a sensor this car does not have (a simulation-only sensor, for example). Choose a model trained for this car's sensors.</source>
      <translation>le modèle a été entraîné avec un capteur que cette voiture n’a pas (un capteur de simulation seulement, par exemple). Choisissez un modèle entraîné pour les capteurs de cette voiture.</translation>
    </message>
    <message>
      <source>the model's folder on the car has no model_metadata.json. Send the model to the car again.</source>
      <translation>le dossier du modèle sur la voiture n’a pas de model_metadata.json. Renvoyez le modèle à la voiture.</translation>
    </message>
    <message>
      <source>the model's model_metadata.json is not one the car accepts. Ask the racer for the model as exported from the DeepRacer console, then load it again.</source>
      <translation>le model_metadata.json du modèle n’est pas accepté par la voiture. Demandez au pilote le modèle tel qu’exporté depuis la console DeepRacer, puis rechargez-le.</translation>
    </message>
    <message>
      <source>the new code, 4 to 20 letters, digits or dashes (default: a new random one)</source>
      <translation>le nouveau code, 4 à 20 lettres, chiffres ou tirets (par défaut : un nouveau code aléatoire)</translation>
    </message>
    <message>
      <source>the other value holds</source>
      <translation>l’autre valeur contient</translation>
    </message>
    <message>
      <source>the racer</source>
      <translation>le pilote</translation>
    </message>
    <message>
      <source>the unpacked bundle folder (events.json, races.json…)</source>
      <translation>le dossier du lot décompressé (events.json, races.json…)</translation>
    </message>
    <message>
      <source>this laptop</source>
      <translation>cet ordinateur</translation>
    </message>
    <message>
      <source>this laptop's address</source>
      <translation>l’adresse de cet ordinateur</translation>
    </message>
    <message>
      <source>this needs SSH: enable SSH on the car's console and save its SSH password in Cars → {car}.</source>
      <translation>il faut SSH : activez SSH dans la console de la voiture et enregistrez son mot de passe SSH dans Voitures → {car}.</translation>
    </message>
    <message>
      <source>this value holds</source>
      <translation>cette valeur contient</translation>
    </message>
    <message>
      <source>time</source>
      <translation>temps</translation>
    </message>
    <message>
      <source>time trial</source>
      <translation>contre-la-montre</translation>
    </message>
    <message>
      <source>too many extended headers in a row</source>
      <translation>trop d’en-têtes étendus à la suite</translation>
    </message>
    <message>
      <source>took part in the race</source>
      <translation>a pris part à la course</translation>
    </message>
    <message>
      <source>top must be a number.</source>
      <translation>top doit être un nombre.</translation>
    </message>
    <message>
      <source>track must be a track number or combined.</source>
      <translation>track doit être un numéro de piste ou combined.</translation>
    </message>
    <message>
      <source>track must be a track number.</source>
      <translation>track doit être un numéro de piste.</translation>
    </message>
    <message>
      <source>track number or 'combined' (default)</source>
      <translation>numéro de piste ou 'combined' (par défaut)</translation>
    </message>
    <message>
      <source>track number or 'combined' (default: track {n}, as the LAN pages)</source>
      <translation>numéro de piste ou 'combined' (par défaut : piste {n}, comme les pages LAN)</translation>
    </message>
    <message>
      <source>track number to time (default 1)</source>
      <translation>numéro de la piste à chronométrer (par défaut 1)</translation>
    </message>
    <message>
      <source>track {n}</source>
      <translation>piste {n}</translation>
    </message>
    <message>
      <source>track {n} appears twice.</source>
      <translation>la piste {n} apparaît deux fois.</translation>
    </message>
    <message>
      <source>track {track} is not a track of its event.</source>
      <translation>la piste {track} n’est pas une piste de son événement.</translation>
    </message>
    <message>
      <source>trigger NOT STORED at {time} (sensor {sensor}{at}): note this lap by hand</source>
      <translation>déclenchement NON ENREGISTRÉ à {time} (capteur {sensor}{at}) : notez ce tour à la main</translation>
    </message>
    <message>
      <source>trigger debounced (sensor {sensor})</source>
      <translation>déclenchement filtré (capteur {sensor})</translation>
    </message>
    <message>
      <source>trigger ignored: no racer on the track, so triggers are not timed until the next one (type next USERNAME). Further triggers until then are ignored without a word.</source>
      <translation>déclenchement ignoré : aucun pilote en piste, les déclenchements ne sont donc pas chronométrés jusqu’au prochain (tapez next UTILISATEUR). Les suivants d’ici là sont ignorés sans un mot.</translation>
    </message>
    <message>
      <source>trigger {outcome} (sensor {sensor})</source>
      <translation type="vanished">déclenchement {outcome} (capteur {sensor})</translation>
    </message>
    <message>
      <source>two events are named “{name}”.</source>
      <translation>deux événements s’appellent « {name} ».</translation>
    </message>
    <message>
      <source>two letters, e.g. DE</source>
      <translation>deux lettres, p. ex. FR</translation>
    </message>
    <message>
      <source>undo the last lap</source>
      <translation>annuler le dernier tour</translation>
    </message>
    <message>
      <source>unknown</source>
      <translation>inconnu</translation>
    </message>
    <message>
      <source>unknown rankingMethod {method}.</source>
      <translation>rankingMethod {method} inconnue.</translation>
    </message>
    <message>
      <source>unknown typeOfEvent {value}.</source>
      <translation>typeOfEvent {value} inconnu.</translation>
    </message>
    <message>
      <source>unlimited</source>
      <translation>illimité</translation>
    </message>
    <message>
      <source>unpair a laptop</source>
      <translation>désappairer un ordinateur</translation>
    </message>
    <message>
      <source>up {n}</source>
      <translation>en hausse de {n}</translation>
    </message>
    <message>
      <source>username (required)</source>
      <translation>nom d’utilisateur (requis)</translation>
    </message>
    <message>
      <source>username “{name}” appears twice.</source>
      <translation>le nom d’utilisateur « {name} » apparaît deux fois.</translation>
    </message>
    <message>
      <source>valid</source>
      <translation>valide</translation>
    </message>
    <message>
      <source>voice default</source>
      <translation>voix par défaut</translation>
    </message>
    <message>
      <source>waiting for a spare car</source>
      <translation>en attente d’une voiture libre</translation>
    </message>
    <message>
      <source>web console</source>
      <translation>console web</translation>
    </message>
    <message>
      <source>web console certificate</source>
      <translation>certificat de la console web</translation>
    </message>
    <message>
      <source>went away</source>
      <translation>est partie</translation>
    </message>
    <message>
      <source>words/min</source>
      <translation>mots/min</translation>
    </message>
    <message>
      <source>write a backup of the database now</source>
      <translation>écrire maintenant une sauvegarde de la base</translation>
    </message>
    <message>
      <source>write a bundle the cloud manager's drem_import.py takes</source>
      <translation>écrire un lot que drem_import.py du gestionnaire cloud accepte</translation>
    </message>
    <message>
      <source>write an event's results as CSV, JSON or PDF</source>
      <translation>écrire les résultats d’un événement en CSV, JSON ou PDF</translation>
    </message>
    <message>
      <source>ws://192.168.1.50:8080</source>
      <translation>ws://192.168.1.50:8080</translation>
    </message>
    <message>
      <source>yes</source>
      <translation>oui</translation>
    </message>
    <message>
      <source>{arrow} {name}: {done:.1f} / {total:.1f} MB</source>
      <translation>{arrow} {name} : {done:.1f} / {total:.1f} Mo</translation>
    </message>
    <message>
      <source>{car_name} drives this run: its tail light takes the racer's colour at the start and turns white at the end.</source>
      <translation>{car_name} fait cette manche : son feu arrière prend la couleur du pilote au départ et passe au blanc à la fin.</translation>
    </message>
    <message>
      <source>{count} lap message(s) from the Pi timer never arrived (lap numbers {first}–{last}). Check the run for a missing lap.</source>
      <translation>{count} message(s) de tour du chrono Pi ne sont jamais arrivés (tours numéros {first}–{last}). Vérifiez s’il manque un tour dans la manche.</translation>
    </message>
    <message>
      <source>{count} sensor trigger(s) never arrived ({missing}, {source} {port}). A lap may be missing or two laps merged: check the lap table and fix it (Undo, L) before submitting.</source>
      <translation>{count} déclenchement(s) du capteur ne sont jamais arrivés ({missing}, {source} {port}). Un tour manque peut-être ou deux tours ont été fusionnés : vérifiez le tableau des tours et corrigez-le (Annuler, L) avant de soumettre.</translation>
    </message>
    <message>
      <source>{count} trigger(s) from the sensor on {port} never arrived (sequence {first}–{last}). Check the run for a missing lap.</source>
      <translation>{count} déclenchement(s) du capteur sur {port} ne sont jamais arrivés (séquence {first}–{last}). Vérifiez s’il manque un tour dans la manche.</translation>
    </message>
    <message>
      <source>{count} trigger(s) from the sensor on {port} were missed while the app was closed or not listening, and the sensor could not send them again (sequence {first}–{last}). Check the run for missing laps.</source>
      <translation>{count} déclenchement(s) du capteur sur {port} ont été manqués pendant que l’application était fermée ou n’écoutait pas, et le capteur n’a pas pu les renvoyer (séquence {first}–{last}). Vérifiez s’il manque des tours dans la course.</translation>
    </message>
    <message>
      <source>{count} trigger(s) missed while the app was closed or not listening ({missing}, {source} {port}); the sensor could not send them again. Laps may be missing: check the lap table and add them by hand (L) before submitting.</source>
      <translation>{count} déclenchement(s) manqué(s) pendant que l’application était fermée ou n’écoutait pas ({missing}, {source} {port}) ; le capteur n’a pas pu les renvoyer. Des tours peuvent manquer : vérifiez le tableau des tours et ajoutez-les à la main (L) avant de valider.</translation>
    </message>
    <message>
      <source>{device} on {port}</source>
      <translation>{device} sur {port}</translation>
    </message>
    <message>
      <source>{error} Retrying in {s:.0f} s.</source>
      <translation>{error} Nouvel essai dans {s:.0f} s.</translation>
    </message>
    <message>
      <source>{field} was also changed on {laptop} at the same time: {holds}</source>
      <translation>{field} a aussi été modifié sur {laptop} au même moment : {holds}</translation>
    </message>
    <message>
      <source>{file_name} refused: </source>
      <translation>{file_name} refusé : </translation>
    </message>
    <message>
      <source>{file} changed while it was being prepared for the car; wait until it is fully copied, then load it again.</source>
      <translation>{file} a changé pendant sa préparation pour la voiture ; attendez qu’il soit entièrement copié, puis rechargez-le.</translation>
    </message>
    <message>
      <source>{file} could not be read again after the check ({error}); copy it again and retry.</source>
      <translation>{file} n’a pas pu être relu après la vérification ({error}) ; copiez-le de nouveau et réessayez.</translation>
    </message>
    <message>
      <source>{file} has no manifest.json: it is not a DREM event archive.</source>
      <translation>{file} n’a pas de manifest.json : ce n’est pas une archive d’événement DREM.</translation>
    </message>
    <message>
      <source>{file} has no “username” column. The first line must name the columns, e.g. username,display_name,country_code,highlight_colour.</source>
      <translation>{file} n’a pas de colonne « username ». La première ligne doit nommer les colonnes, p. ex. username,display_name,country_code,highlight_colour.</translation>
    </message>
    <message>
      <source>{file} is not a DREM event archive, or it is damaged (its zip index is unreadable).</source>
      <translation>{file} n’est pas une archive d’événement DREM, ou elle est endommagée (son index zip est illisible).</translation>
    </message>
    <message>
      <source>{file} was made by a newer DREM Desktop (archive version {v}); update this one first.</source>
      <translation>{file} a été créé par un DREM Desktop plus récent (version d’archive {v}) ; mettez d’abord celui-ci à jour.</translation>
    </message>
    <message>
      <source>{file} · {car} · {mb} MB</source>
      <translation>{file} · {car} · {mb} Mo</translation>
    </message>
    <message>
      <source>{file}: cannot be read ({error}).</source>
      <translation>{file} : illisible ({error}).</translation>
    </message>
    <message>
      <source>{file}: expected a JSON {kind}.</source>
      <translation>{file} : un {kind} JSON était attendu.</translation>
    </message>
    <message>
      <source>{file}: manifest.json does not match (it is not readable).</source>
      <translation>{file} : manifest.json ne correspond pas (il est illisible).</translation>
    </message>
    <message>
      <source>{file}: manifest.json does not match (no file list).</source>
      <translation>{file} : manifest.json ne correspond pas (pas de liste de fichiers).</translation>
    </message>
    <message>
      <source>{file}: manifest.json does not match: this is not a DREM event archive.</source>
      <translation>{file} : manifest.json ne correspond pas : ce n’est pas une archive d’événement DREM.</translation>
    </message>
    <message>
      <source>{file}: member {member} is not one an event archive holds: the archive was altered.</source>
      <translation>{file} : le membre {member} n’a pas sa place dans une archive d’événement : l’archive a été modifiée.</translation>
    </message>
    <message>
      <source>{file}: missing from the bundle folder {folder}.</source>
      <translation>{file} : absent du dossier du lot {folder}.</translation>
    </message>
    <message>
      <source>{file}: not readable JSON ({error}).</source>
      <translation>{file} : JSON illisible ({error}).</translation>
    </message>
    <message>
      <source>{file}: refused. {reasons}</source>
      <translation>{file} : refusé. {reasons}</translation>
    </message>
    <message>
      <source>{file}: the archive's seal does not match: its zip headers or index were changed after it was written; nothing was restored.</source>
      <translation>{file} : le sceau de l’archive ne correspond pas : ses en-têtes ou son index zip ont été modifiés après son écriture ; rien n’a été restauré.</translation>
    </message>
    <message>
      <source>{file}: {member} does not match its SHA-256 in the manifest: the archive is damaged or was altered; nothing was restored.</source>
      <translation>{file} : {member} ne correspond pas à son SHA-256 du manifeste : l’archive est endommagée ou a été modifiée ; rien n’a été restauré.</translation>
    </message>
    <message>
      <source>{file}: {member} is damaged ({error}); nothing was restored.</source>
      <translation>{file} : {member} est endommagé ({error}) ; rien n’a été restauré.</translation>
    </message>
    <message>
      <source>{file}: {member} is listed in the manifest but missing.</source>
      <translation>{file} : {member} est listé dans le manifeste mais absent.</translation>
    </message>
    <message>
      <source>{file}: {member} is not a list of rows.</source>
      <translation>{file} : {member} n’est pas une liste de lignes.</translation>
    </message>
    <message>
      <source>{file}: {member} is not in the manifest: the archive was altered.</source>
      <translation>{file} : {member} n’est pas dans le manifeste : l’archive a été modifiée.</translation>
    </message>
    <message>
      <source>{file}: {member} is not readable JSON.</source>
      <translation>{file} : {member} n’est pas un JSON lisible.</translation>
    </message>
    <message>
      <source>{folder} installed over {how}{loaded}</source>
      <translation>{folder} installé par {how}{loaded}</translation>
    </message>
    <message>
      <source>{folder} is not a folder.</source>
      <translation>{folder} n’est pas un dossier.</translation>
    </message>
    <message>
      <source>{folder} is not a folder: give the unpacked export bundle's folder.</source>
      <translation>{folder} n’est pas un dossier : donnez le dossier du lot d’export décompressé.</translation>
    </message>
    <message>
      <source>{key} arrived incomplete; it is fetched again next time.</source>
      <translation>{key} est arrivé incomplet ; il sera récupéré de nouveau la prochaine fois.</translation>
    </message>
    <message>
      <source>{key} arrived incomplete; the download resumes next time.</source>
      <translation>{key} est arrivé incomplet ; le téléchargement reprend la prochaine fois.</translation>
    </message>
    <message>
      <source>{key} is not in the bucket.</source>
      <translation>{key} n’est pas dans le bucket.</translation>
    </message>
    <message>
      <source>{key} is {mb} MiB, larger than a segment can be.</source>
      <translation>{key} fait {mb} Mio, plus qu’un segment ne peut contenir.</translation>
    </message>
    <message>
      <source>{language} from the next start (the LAN pages follow each viewer's browser).</source>
      <translation>{language} dès le prochain démarrage (les pages LAN suivent le navigateur de chaque visiteur).</translation>
    </message>
    <message>
      <source>{left} left</source>
      <translation>encore {left}</translation>
    </message>
    <message>
      <source>{loaded} (queued racer's: {expected})</source>
      <translation>{loaded} (celui du pilote en attente : {expected})</translation>
    </message>
    <message>
      <source>{m:g} minutes</source>
      <translation>{m:g} minutes</translation>
    </message>
    <message>
      <source>{model} loading {pct} % onto {car}</source>
      <translation>{model} en chargement à {pct} % sur {car}</translation>
    </message>
    <message>
      <source>{model} will go onto {car}</source>
      <translation>{model} ira sur {car}</translation>
    </message>
    <message>
      <source>{m} minutes {s:.1f}</source>
      <translation>{m} minutes {s:.1f}</translation>
    </message>
    <message>
      <source>{n_found} archive(s) found.</source>
      <translation>{n_found} archive(s) trouvée(s).</translation>
    </message>
    <message>
      <source>{n_racers} racer(s)</source>
      <translation>{n_racers} pilote(s)</translation>
    </message>
    <message>
      <source>{name!r} is not a valid host name: use a-z, 0-9 and '-', at most 63 characters.</source>
      <translation>{name!r} n’est pas un nom d’hôte valide : utilisez a-z, 0-9 et '-', 63 caractères au plus.</translation>
    </message>
    <message>
      <source>{name} is already on deck for this track.</source>
      <translation>{name} est déjà en attente pour cette piste.</translation>
    </message>
    <message>
      <source>{name} is not a number</source>
      <translation>{name} n’est pas un nombre</translation>
    </message>
    <message>
      <source>{name} is not reachable ({error}); trying again.</source>
      <translation>{name} n’est pas joignable ({error}) ; nouvel essai.</translation>
    </message>
    <message>
      <source>{name} is on deck for track {n} (number {place}).</source>
      <translation>{name} est en attente pour la piste {n} (numéro {place}).</translation>
    </message>
    <message>
      <source>{name} is on the track in {car}: the first trigger starts the run.</source>
      <translation>{name} est en piste avec {car} : le premier déclenchement lance la manche.</translation>
    </message>
    <message>
      <source>{name} is on the track: the first trigger starts the run.</source>
      <translation>{name} est en piste : le premier déclenchement lance la manche.</translation>
    </message>
    <message>
      <source>{name} no longer accepts this laptop: pair the two again in Settings → Sync.</source>
      <translation>{name} n’accepte plus cet ordinateur : appairez-les de nouveau dans Paramètres → Synchro.</translation>
    </message>
    <message>
      <source>{name} takes the lead, {time}</source>
      <translation>{name} prend la tête, {time}</translation>
    </message>
    <message>
      <source>{name} · fastest {fastest} · average {average} · {valid}/{laps} valid ({ratio}) · rank {rank}, {change}</source>
      <translation>{name} · plus rapide {fastest} · moyenne {average} · {valid}/{laps} valides ({ratio}) · rang {rank}, {change}</translation>
    </message>
    <message>
      <source>{name}: already in the library (same model file), nothing new was stored.</source>
      <translation>{name} : déjà dans la bibliothèque (même fichier de modèle), rien de nouveau n’a été stocké.</translation>
    </message>
    <message>
      <source>{name}: ready ({sensors}, {space} action space, {algorithm}).</source>
      <translation>{name} : prêt ({sensors}, espace d’actions {space}, {algorithm}).</translation>
    </message>
    <message>
      <source>{name}: received and checked. It is in the library and can go to a car.</source>
      <translation>{name} : reçu et vérifié. Il est dans la bibliothèque et peut aller sur une voiture.</translation>
    </message>
    <message>
      <source>{name}: same model file with a new model_metadata.json. The library now holds the new metadata ({now}; before: {was}); the earlier one is kept in the model's history.</source>
      <translation>{name} : même fichier de modèle avec un nouveau model_metadata.json. La bibliothèque contient maintenant les nouvelles métadonnées ({now} ; avant : {was}) ; les précédentes restent dans l’historique du modèle.</translation>
    </message>
    <message>
      <source>{name}: the downloaded file differs from the one uploaded (checksum); fetched again next time.</source>
      <translation>{name} : le fichier téléchargé diffère de celui envoyé (somme de contrôle) ; récupéré de nouveau la prochaine fois.</translation>
    </message>
    <message>
      <source>{name}: the downloaded file is not the model its name says; not kept.</source>
      <translation>{name} : le fichier téléchargé n’est pas le modèle qu’annonce son nom ; non gardé.</translation>
    </message>
    <message>
      <source>{n} already in the library</source>
      <translation>{n} déjà dans la bibliothèque</translation>
    </message>
    <message>
      <source>{n} change(s) applied</source>
      <translation>{n} changement(s) appliqué(s)</translation>
    </message>
    <message>
      <source>{n} change(s) waiting to go to the bucket.</source>
      <translation>{n} changement(s) en attente d’envoi au bucket.</translation>
    </message>
    <message>
      <source>{n} changes waiting</source>
      <translation>{n} changements en attente</translation>
    </message>
    <message>
      <source>{n} events in the bucket are named “{name}”: give its id ({ids}).</source>
      <translation>{n} événements du bucket s’appellent « {name} » : donnez son identifiant ({ids}).</translation>
    </message>
    <message>
      <source>{n} h ago</source>
      <translation>il y a {n} h</translation>
    </message>
    <message>
      <source>{n} lap time(s) had fractions of a millisecond and were rounded half-to-even.</source>
      <translation>{n} temps au tour avaient des fractions de milliseconde et ont été arrondis au pair le plus proche.</translation>
    </message>
    <message>
      <source>{n} min ago</source>
      <translation>il y a {n} min</translation>
    </message>
    <message>
      <source>{n} minutes</source>
      <translation>{n} minutes</translation>
    </message>
    <message>
      <source>{n} race(s) by {u} user(s) no longer in the cloud were imported under placeholder racers named deleted-…: rename them in Racers if you know who they were.</source>
      <translation>{n} course(s) de {u} utilisateur(s) qui n’existent plus dans le cloud ont été importées sous des pilotes fictifs nommés deleted-… : renommez-les dans Pilotes si vous savez qui c’était.</translation>
    </message>
    <message>
      <source>{n} racer(s) registered.</source>
      <translation>{n} pilote(s) inscrit(s).</translation>
    </message>
    <message>
      <source>{n} resets/lap</source>
      <translation>{n} réinit./tour</translation>
    </message>
    <message>
      <source>{n} runs/racer</source>
      <translation>{n} manches/pilote</translation>
    </message>
    <message>
      <source>{n} s ago</source>
      <translation>il y a {n} s</translation>
    </message>
    <message>
      <source>{n} sample model(s) added</source>
      <translation>{n} modèle(s) d’exemple ajouté(s)</translation>
    </message>
    <message>
      <source>{n} save(s) of the run in progress (its clocks; nothing shown here changed)</source>
      <translation>{n} enregistrement(s) de la manche en cours (ses chronos ; rien de ce qui est affiché ici n’a changé)</translation>
    </message>
    <message>
      <source>{n} seconds</source>
      <translation>{n} secondes</translation>
    </message>
    <message>
      <source>{n} segment(s) in the bucket were refused (damaged or not valid): {first}</source>
      <translation>{n} segment(s) du bucket ont été refusés (endommagés ou non valides) : {first}</translation>
    </message>
    <message>
      <source>{n} staff user(s) (admin, operator, …) who never raced were not made racers.</source>
      <translation>{n} membre(s) du staff (admin, operator, …) qui n’ont jamais couru n’ont pas été inscrits comme pilotes.</translation>
    </message>
    <message>
      <source>{n} unreadable line(s)</source>
      <translation>{n} ligne(s) illisible(s)</translation>
    </message>
    <message>
      <source>{n}/{total} laptops</source>
      <translation>{n}/{total} ordinateurs</translation>
    </message>
    <message>
      <source>{out} is not empty: choose a new folder for the bundle.</source>
      <translation>{out} n’est pas vide : choisissez un nouveau dossier pour le lot.</translation>
    </message>
    <message>
      <source>{player} could not play the voice: {reason}</source>
      <translation>{player} n’a pas pu jouer la voix : {reason}</translation>
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
      <translation>{space}, vitesse {low:g}–{high:g} m/s, {sensors}</translation>
    </message>
    <message>
      <source>{subnet!r} is not a subnet; write it like 192.168.1.0/24.</source>
      <translation>{subnet!r} n’est pas un sous-réseau ; écrivez-le comme 192.168.1.0/24.</translation>
    </message>
    <message>
      <source>{subnet} is too large to probe ({n} addresses); name a /22 or smaller.</source>
      <translation>{subnet} est trop grand à sonder ({n} adresses) ; indiquez un /22 ou plus petit.</translation>
    </message>
    <message>
      <source>{table}.{column} cannot be empty</source>
      <translation>{table}.{column} ne peut pas être vide</translation>
    </message>
    <message>
      <source>{table}.{column} is not a time</source>
      <translation>{table}.{column} n’est pas une heure</translation>
    </message>
    <message>
      <source>{table}.{column} is not a whole number</source>
      <translation>{table}.{column} n’est pas un nombre entier</translation>
    </message>
    <message>
      <source>{table}.{column} is not an id</source>
      <translation>{table}.{column} n’est pas un identifiant</translation>
    </message>
    <message>
      <source>{table}.{column} is not an object</source>
      <translation>{table}.{column} n’est pas un objet</translation>
    </message>
    <message>
      <source>{table}.{column} is not text</source>
      <translation>{table}.{column} n’est pas du texte</translation>
    </message>
    <message>
      <source>{table}.{column} is not true or false</source>
      <translation>{table}.{column} n’est ni true ni false</translation>
    </message>
    <message>
      <source>{table}.{column} is too long</source>
      <translation>{table}.{column} est trop long</translation>
    </message>
    <message>
      <source>{time} race</source>
      <translation>course de {time}</translation>
    </message>
    <message>
      <source>{title}: {n} recorded change(s)</source>
      <translation>{title} : {n} modification(s) enregistrée(s)</translation>
    </message>
    <message>
      <source>{username}: {runs} runs done</source>
      <translation>{username} : {runs} manches faites</translation>
    </message>
    <message>
      <source>{v} cannot be negative</source>
      <translation>{v} ne peut pas être négatif</translation>
    </message>
    <message>
      <source>{what} contains the invisible or control character {char}; retype it without.</source>
      <translation>{what} contient le caractère invisible ou de contrôle {char} ; retapez sans.</translation>
    </message>
    <message>
      <source>{what} is empty: enter one.</source>
      <translation>{what} est vide : saisissez-en un.</translation>
    </message>
    <message>
      <source>{what} is {n} characters long; shorten it to at most {limit}.</source>
      <translation>{what} fait {n} caractères ; raccourcissez à {limit} au plus.</translation>
    </message>
    <message>
      <source>{what} must be a whole number, not {value!r}.</source>
      <translation>{what} doit être un nombre entier, pas {value!r}.</translation>
    </message>
    <message>
      <source>{what} must be between {low} and {high}, not {value}.</source>
      <translation>{what} doit être entre {low} et {high}, pas {value}.</translation>
    </message>
    <message>
      <source>{what} must be text, not {value!r}.</source>
      <translation>{what} doit être du texte, pas {value!r}.</translation>
    </message>
    <message>
      <source>{what} “{text}” is not a whole number: type a number, or leave it empty for {unlimited}.</source>
      <translation>{what} « {text} » n’est pas un nombre entier : tapez un nombre, ou laissez vide pour {unlimited}.</translation>
    </message>
    <message>
      <source>{where}: unknown column “{key}”; this archive was made by a newer DREM Desktop.</source>
      <translation>{where} : colonne inconnue « {key} » ; cette archive a été créée par un DREM Desktop plus récent.</translation>
    </message>
    <message>
      <source>{where}: “{key}” is not a date-time.</source>
      <translation>{where} : « {key} » n’est pas une date-heure.</translation>
    </message>
    <message>
      <source>{{{field}}} is not a field of this call-out; use {fields}.</source>
      <translation>{{{field}}} n’est pas un champ de cette annonce ; utilisez {fields}.</translation>
    </message>
    <message>
      <source>“avatarConfig” is not JSON.</source>
      <translation>« avatarConfig » n’est pas du JSON.</translation>
    </message>
    <message>
      <source>“avatarConfig” must be an object.</source>
      <translation>« avatarConfig » doit être un objet.</translation>
    </message>
    <message>
      <source>“createdAt” is not a date-time ({value}).</source>
      <translation>« createdAt » n’est pas une date-heure ({value}).</translation>
    </message>
    <message>
      <source>“fleetId” has the wrong type.</source>
      <translation>« fleetId » a le mauvais type.</translation>
    </message>
    <message>
      <source>“groups” must be a list of names.</source>
      <translation>« groups » doit être une liste de noms.</translation>
    </message>
    <message>
      <source>“laps” must be a list.</source>
      <translation>« laps » doit être une liste.</translation>
    </message>
    <message>
      <source>“raceTimeInMin” must be a number of minutes.</source>
      <translation>« raceTimeInMin » doit être un nombre de minutes.</translation>
    </message>
    <message>
      <source>“raceTimeInMin” must be between 0 and 1440 minutes, not {v}.</source>
      <translation>« raceTimeInMin » doit être entre 0 et 1440 minutes, pas {v}.</translation>
    </message>
    <message>
      <source>“tracks” must be a list.</source>
      <translation>« tracks » doit être une liste.</translation>
    </message>
    <message>
      <source>“{code}” is not a country code: use the two letters of ISO 3166-1, e.g. DE, GB, US.</source>
      <translation>« {code} » n’est pas un code pays : utilisez les deux lettres de l’ISO 3166-1, p. ex. DE, GB, US.</translation>
    </message>
    <message>
      <source>“{c}” is not a column of {t}</source>
      <translation>« {c} » n’est pas une colonne de {t}</translation>
    </message>
    <message>
      <source>“{key}” has the wrong type ({value!r}).</source>
      <translation>« {key} » a le mauvais type ({value!r}).</translation>
    </message>
    <message>
      <source>“{key}” is missing.</source>
      <translation>« {key} » manque.</translation>
    </message>
    <message>
      <source>“{key}” must be true or false, not {value}.</source>
      <translation>« {key} » doit être true ou false, pas {value}.</translation>
    </message>
    <message>
      <source>“{name}” is the current event.</source>
      <translation>« {name} » est l’événement en cours.</translation>
    </message>
    <message>
      <source>“{text}” is not HOST:PORT (the address the other laptop shows).</source>
      <translation>« {text} » n’est pas HOST:PORT (l’adresse qu’affiche l’autre ordinateur).</translation>
    </message>
    <message>
      <source>“{text}” is not a date: write it YYYY-MM-DD, e.g. 2025-06-14.</source>
      <translation>« {text} » n’est pas une date : écrivez-la AAAA-MM-JJ, p. ex. 2025-06-14.</translation>
    </message>
    <message>
      <source>“{text}” is not a highlight colour: use #RRGGBB or one of {names}.</source>
      <translation>« {text} » n’est pas une couleur de mise en valeur : utilisez #RRGGBB ou l’une de {names}.</translation>
    </message>
    <message>
      <source>“{text}” is not a whole number: give a number, or “unlimited”</source>
      <translation>« {text} » n’est pas un nombre entier : donnez un nombre, ou « unlimited »</translation>
    </message>
    <message>
      <source>“{text}” is not an e-mail address.</source>
      <translation>« {text} » n’est pas une adresse e-mail.</translation>
    </message>
    <message>
      <source>“{url}” is not a bucket: write it s3://BUCKET or s3://BUCKET/PREFIX.</source>
      <translation>« {url} » n’est pas un bucket : écrivez s3://BUCKET ou s3://BUCKET/PREFIX.</translation>
    </message>
    <message>
      <source>“{value}” is not a highlight colour: use one of {value2} or #rrggbb.</source>
      <translation>« {value} » n’est pas une couleur de mise en valeur : utilisez l’une de {value2} ou #rrggbb.</translation>
    </message>
    <message>
      <source>“{value}” is not a lap time: type seconds like 12.345 or 1:02.5.</source>
      <translation>« {value} » n’est pas un temps au tour : tapez des secondes comme 12.345 ou 1:02.5.</translation>
    </message>
    <message>
      <source>“{v}” is not a model fingerprint (32 hex digits)</source>
      <translation>« {v} » n’est pas une empreinte de modèle (32 chiffres hexadécimaux)</translation>
    </message>
    <message>
      <source>“{v}” is not one of {values}</source>
      <translation>« {v} » n’est pas l’un de {values}</translation>
    </message>
    <message>
      <source>○ Not connected ({port})</source>
      <translation>○ Non connecté ({port})</translation>
    </message>
    <message>
      <source>○ Searching the USB ports for a sensor…</source>
      <translation>○ Recherche d’un capteur sur les ports USB…</translation>
    </message>
    <message>
      <source>● Connected: {device} on {port}</source>
      <translation>● Connecté : {device} sur {port}</translation>
    </message>
    <message>
      <source>⚠ {column} was also changed on laptop {other} at the same time: {holds}</source>
      <translation type="vanished">⚠ {column} a aussi été modifié sur l’ordinateur {other} au même moment : {holds}</translation>
    </message>
  </context>
</TS>
