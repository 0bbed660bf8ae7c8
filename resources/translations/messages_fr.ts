<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>messages</name>
    <message>
        <location filename="../../src/casedesk/basemap/library.py" line="72"/>
        <source>Cannot save the list of basemaps in {folder}: {reason}.</source>
        <translation>Impossible d’enregistrer la liste des fonds de carte dans {folder} : {reason}.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/basemap/library.py" line="104"/>
        <source>{file} is not in the workspace&apos;s list of basemaps.</source>
        <translation>{file} ne figure pas dans la liste des fonds de carte de l’espace de travail.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/basemap/mbtiles.py" line="42"/>
        <source>{file} has no tiles table: it is not an MBTiles file.</source>
        <translation>{file} n’a pas de table de tuiles : ce n’est pas un fichier MBTiles.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/basemap/mbtiles.py" line="47"/>
        <source>The basemap file {file} holds no tiles.</source>
        <translation>Le fichier de fond de carte {file} ne contient aucune tuile.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/basemap/pmtiles_archive.py" line="39"/>
        <source>{file} is an old PMTiles file (before version 3); convert it with pmtiles.</source>
        <translation>{file} est un ancien fichier PMTiles (antérieur à la version 3) ; convertissez-le avec pmtiles.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/basemap/tiles.py" line="83"/>
        <source>{file} is not a basemap CaseDesk can draw: it is neither an MBTiles nor a PMTiles file, or it is damaged.</source>
        <translation>{file} n’est pas un fond de carte que CaseDesk sait dessiner : ce n’est ni un fichier MBTiles ni un fichier PMTiles, ou il est endommagé.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/basemap/tiles.py" line="102"/>
        <source>{file} holds {format} tiles; CaseDesk draws raster tiles only (PNG, JPEG or WebP). Export the area again as raster tiles.</source>
        <translation>{file} contient des tuiles {format} ; CaseDesk ne dessine que des tuiles matricielles (PNG, JPEG ou WebP). Exportez de nouveau la zone en tuiles matricielles.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/basemap/tiles.py" line="113"/>
        <source>The basemap file {file} is damaged and cannot be read ({reason}).</source>
        <translation>Le fichier de fond de carte {file} est endommagé et ne peut pas être lu ({reason}).</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/basemap/tiles.py" line="119"/>
        <source>The basemap file {file} was not found: it may have been moved, or its drive is not connected.</source>
        <translation>Le fichier de fond de carte {file} est introuvable : il a peut-être été déplacé, ou son disque n’est pas branché.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/basemap/tiles.py" line="134"/>
        <source>Cannot read the basemap file {file}: {reason}.</source>
        <translation>Impossible de lire le fichier de fond de carte {file} : {reason}.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/basemap/topojson.py" line="95"/>
        <source>Cannot read the basemap {file}: {reason}.</source>
        <translation>Impossible de lire le fond de carte {file} : {reason}.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/basemap/topojson.py" line="98"/>
        <source>The basemap {file} is not valid TopoJSON.</source>
        <translation>Le fond de carte {file} n’est pas un fichier TopoJSON valide.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/checkout.py" line="118"/>
        <source>The case would be carried to the workspace it is in; name another with --to.</source>
        <translation>Le dossier serait transporté vers l’espace de travail où il se trouve déjà ; indiquez-en un autre avec --to.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/cli.py" line="31"/>
        <source>No passphrase file at {path}.</source>
        <translation>Aucun fichier de phrase secrète à l’emplacement {path}.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/cli.py" line="34"/>
        <source>Cannot read the passphrase file {path}: {reason}.</source>
        <translation>Impossible de lire le fichier de phrase secrète {path} : {reason}.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/cli.py" line="39"/>
        <source>The passphrase file {path} is empty.</source>
        <translation>Le fichier de phrase secrète {path} est vide.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/cli.py" line="46"/>
        <source>The passphrase cannot be asked for here (no terminal); give it with --passphrase-file.</source>
        <translation>La phrase secrète ne peut pas être demandée ici (pas de terminal) ; indiquez-la avec --passphrase-file.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/cli.py" line="58"/>
        <source>The two passphrases differ; nothing was written.</source>
        <translation>Les deux phrases secrètes diffèrent ; rien n’a été écrit.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/cli.py" line="61"/>
        <source>Choose a passphrase of at least {minimum} characters (several words are best).</source>
        <translation>Choisissez une phrase secrète d’au moins {minimum} caractères (plusieurs mots, c’est le mieux).</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/cli.py" line="78"/>
        <source>--passphrase-file is for encrypted bundles; add --encrypt.</source>
        <translation>--passphrase-file s’emploie avec les paquets chiffrés ; ajoutez --encrypt.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/cli.py" line="138"/>
        <source>bundle needs one of: export, import</source>
        <translation>bundle attend l’une des sous-commandes : export, import</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/crypto.py" line="141"/>
        <source>The bundle is too large to encrypt in one file.</source>
        <translation>Le paquet est trop volumineux pour être chiffré en un seul fichier.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/crypto.py" line="179"/>
        <source>This encrypted bundle uses encryption format {version}.{kdf}, which this version of CaseDesk does not know. Update CaseDesk to import it. Nothing was imported.</source>
        <translation>Ce paquet chiffré utilise le format de chiffrement {version}.{kdf}, que cette version de CaseDesk ne connaît pas. Mettez CaseDesk à jour pour l’importer. Rien n’a été importé.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/errors.py" line="14"/>
        <source>Wrong passphrase, or the bundle was modified. Nothing was imported.</source>
        <translation>Phrase secrète incorrecte, ou le paquet a été modifié. Rien n’a été importé.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/fields.py" line="49"/>
        <source>one of {choices}</source>
        <comment>fragment: what a manifest field must be</comment>
        <translation>l’une des valeurs {choices}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/fields.py" line="53"/>
        <source>{kind} from {minimum} to {maximum}</source>
        <comment>fragment: what a manifest field must be</comment>
        <translation>{kind} de {minimum} à {maximum}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/fields.py" line="61"/>
        <source>{kind} of at least {minimum}</source>
        <comment>fragment: what a manifest field must be</comment>
        <translation>{kind} d’au moins {minimum}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/fields.py" line="70"/>
        <source>{kind} or null</source>
        <comment>fragment: what a manifest field must be</comment>
        <translation>{kind} ou null</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/fields.py" line="80"/>
        <source>an id</source>
        <comment>fragment: what a manifest field must be</comment>
        <translation>un identifiant</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/fields.py" line="81"/>
        <source>a SHA-256 in lower-case hex</source>
        <comment>fragment: what a manifest field must be</comment>
        <translation>une empreinte SHA-256 en hexadécimal minuscule</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/fields.py" line="82"/>
        <source>text</source>
        <comment>fragment: what a manifest field must be</comment>
        <translation>du texte</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/fields.py" line="83"/>
        <source>a whole number</source>
        <comment>fragment: what a manifest field must be</comment>
        <translation>un nombre entier</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/fields.py" line="84"/>
        <source>a number</source>
        <comment>fragment: what a manifest field must be</comment>
        <translation>un nombre</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/fields.py" line="85"/>
        <source>true or false</source>
        <comment>fragment: what a manifest field must be</comment>
        <translation>true ou false</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/fields.py" line="86"/>
        <source>an ISO 8601 time with its zone</source>
        <comment>fragment: what a manifest field must be</comment>
        <translation>une date et heure ISO 8601 avec son fuseau horaire</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/fields.py" line="87"/>
        <source>a partial time</source>
        <comment>fragment: what a manifest field must be</comment>
        <translation>une date partielle</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/fields.py" line="88"/>
        <source>a JSON object</source>
        <comment>fragment: what a manifest field must be</comment>
        <translation>un objet JSON</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/fields.py" line="89"/>
        <source>a list of texts</source>
        <comment>fragment: what a manifest field must be</comment>
        <translation>une liste de textes</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/fields.py" line="95"/>
        <source>Invalid manifest: {field} must be {what}.</source>
        <translation>Manifeste invalide : {field} doit être {what}.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/manifest.py" line="161"/>
        <source>Invalid manifest: the key {key!r} appears twice in one object.</source>
        <translation>Manifeste invalide : la clé {key!r} apparaît deux fois dans un même objet.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/manifest.py" line="167"/>
        <source>Invalid manifest: {name} is not a JSON number.</source>
        <translation>Manifeste invalide : {name} n’est pas un nombre JSON.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/manifest.py" line="176"/>
        <source>Invalid manifest: manifest.json is not UTF-8 text.</source>
        <translation>Manifeste invalide : manifest.json n’est pas du texte UTF-8.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/manifest.py" line="178"/>
        <source>Invalid manifest: manifest.json is nested too deeply.</source>
        <translation>Manifeste invalide : manifest.json est imbriqué trop profondément.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/manifest.py" line="181"/>
        <source>Invalid manifest: manifest.json is not valid JSON ({reason}, line {line}).</source>
        <translation>Manifeste invalide : manifest.json n’est pas du JSON valide ({reason}, ligne {line}).</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/manifest.py" line="188"/>
        <source>Invalid manifest: manifest.json must hold a JSON object.</source>
        <translation>Manifeste invalide : manifest.json doit contenir un objet JSON.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/manifest.py" line="195"/>
        <source>Not a CaseDesk bundle: manifest.json does not name the casedesk-bundle format.</source>
        <translation>Ce n’est pas un paquet CaseDesk : manifest.json ne désigne pas le format casedesk-bundle.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/manifest.py" line="202"/>
        <source>This bundle was written by a newer version of CaseDesk (bundle format {version}); this version reads format {supported}. Update CaseDesk to import it. Nothing was imported.</source>
        <translation>Ce paquet a été écrit par une version plus récente de CaseDesk (format de paquet {version}) ; cette version lit le format {supported}. Mettez CaseDesk à jour pour l’importer. Rien n’a été importé.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/manifest.py" line="228"/>
        <source>Invalid manifest: {where} must be an object with {fields}.</source>
        <translation>Manifeste invalide : {where} doit être un objet avec {fields}.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/manifest.py" line="242"/>
        <source>a list of ids</source>
        <comment>fragment: what a manifest field must be</comment>
        <translation>une liste d’identifiants</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/manifest.py" line="255"/>
        <source>Invalid manifest: unexpected field {fields}.</source>
        <translation>Manifeste invalide : champ inattendu {fields}.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/manifest.py" line="258"/>
        <source>Invalid manifest: lacks {fields}.</source>
        <translation>Manifeste invalide : il manque {fields}.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/manifest.py" line="262"/>
        <source>an ISO 8601 time</source>
        <comment>fragment: what a manifest field must be</comment>
        <translation>une date et heure ISO 8601</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/manifest.py" line="300"/>
        <source>Invalid manifest: {record} refers to {what} {target}, which the bundle does not hold.</source>
        <translation>Manifeste invalide : {record} fait référence {what} {target}, que le paquet ne contient pas.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/manifest.py" line="310"/>
        <source>evidence</source>
        <comment>fragment: what a manifest record refers to</comment>
        <translation>à la pièce</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/manifest.py" line="311"/>
        <source>source</source>
        <comment>fragment: what a manifest record refers to</comment>
        <translation>à la source</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/manifest.py" line="312"/>
        <source>place</source>
        <comment>fragment: what a manifest record refers to</comment>
        <translation>au lieu</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/manifest.py" line="313"/>
        <source>claim</source>
        <comment>fragment: what a manifest record refers to</comment>
        <translation>à l’allégation</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/manifest.py" line="332"/>
        <source>Invalid manifest: a checklist step appears twice for the same scope.</source>
        <translation>Manifeste invalide : une étape de la liste de contrôle apparaît deux fois pour la même portée.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/manifest.py" line="344"/>
        <source>Invalid manifest: evidence {id} is its own ancestor.</source>
        <translation>Manifeste invalide : la pièce {id} dérive d’elle-même.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/manifest.py" line="353"/>
        <source>Invalid manifest: original {sha256} is listed twice.</source>
        <translation>Manifeste invalide : l’original {sha256} figure deux fois dans la liste.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/manifest.py" line="361"/>
        <source>Invalid manifest: {record} cites original {sha256}, which is not listed.</source>
        <translation>Manifeste invalide : {record} cite l’original {sha256}, qui ne figure pas dans la liste.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/manifest.py" line="369"/>
        <source>Invalid manifest: {record} gives original {sha256} a size of {size} bytes, the originals list {listed}.</source>
        <translation>Manifeste invalide : {record} attribue à l’original {sha256} une taille de {size} octets, la liste des originaux {listed}.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/manifest.py" line="382"/>
        <source>Invalid manifest: original {sha256} lists evidence that does not cite it, or omits some.</source>
        <translation>Manifeste invalide : l’original {sha256} mentionne des pièces qui ne le citent pas, ou en omet.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/manifest.py" line="397"/>
        <source>Invalid manifest: the custody log is empty; every case has at least one entry.</source>
        <translation>Manifeste invalide : le journal de traçabilité est vide ; tout dossier a au moins une entrée.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/manifest.py" line="403"/>
        <source>The bundle&apos;s custody log is broken at entry {seq}: {detail}. Nothing was imported.</source>
        <translation>Le journal de traçabilité du paquet est rompu à l’entrée {seq} : {detail}. Rien n’a été importé.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/manifest.py" line="410"/>
        <source>Invalid manifest: two custody entries share one id.</source>
        <translation>Manifeste invalide : deux entrées du journal ont le même identifiant.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/manifest.py" line="414"/>
        <source>The bundle&apos;s custody log does not hold: {detail}. Nothing was imported.</source>
        <translation>Le journal de traçabilité du paquet ne résiste pas à la vérification : {detail}. Rien n’a été importé.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/manifest.py" line="450"/>
        <source>The manifest lies: {record} claims original {claimed_sha256}, but its custody entry recorded {logged_sha256}. Nothing was imported.</source>
        <translation>Le manifeste est mensonger : {record} revendique l’original {claimed_sha256}, mais son entrée du journal a consigné {logged_sha256}. Rien n’a été importé.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/merge.py" line="98"/>
        <source>The bundle&apos;s {table} {id} already belongs to another case in this workspace; refusing to mix cases. Nothing was imported.</source>
        <translation>L’enregistrement {table} {id} du paquet appartient déjà à un autre dossier de cet espace de travail ; les dossiers ne sont pas mélangés. Rien n’a été importé.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/merge.py" line="167"/>
        <source>The bundle&apos;s custody log for this case shares no history with this workspace&apos;s log; it cannot be the same case. Nothing was imported.</source>
        <translation>Le journal de traçabilité de ce dossier dans le paquet n’a aucun historique commun avec celui de cet espace de travail ; il ne peut pas s’agir du même dossier. Rien n’a été importé.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/one_read.py" line="67"/>
        <source>Verifying {name}</source>
        <translation>Vérification de {name}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/one_read.py" line="74"/>
        <source>Original {name!r} does not match the manifest: its content hashes to {actual_sha256}, the manifest records {sha256}. The bundle was damaged or altered. Nothing was imported.</source>
        <translation>L’original {name!r} ne correspond pas au manifeste : l’empreinte de son contenu est {actual_sha256}, le manifeste indique {sha256}. Le paquet a été endommagé ou altéré. Rien n’a été importé.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/one_read.py" line="94"/>
        <source>the entries {first!r} and {second!r} share bytes (an overlapping-entries zip bomb)</source>
        <comment>fragment: why a bundle was refused</comment>
        <translation>les entrées {first!r} et {second!r} partagent des octets (une bombe de décompression à entrées superposées)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/one_read.py" line="213"/>
        <location filename="../../src/casedesk/bundle/one_read.py" line="315"/>
        <location filename="../../src/casedesk/bundle/reader.py" line="342"/>
        <location filename="../../src/casedesk/bundle/reader.py" line="356"/>
        <source>the archive ended early</source>
        <comment>fragment: why a bundle is damaged</comment>
        <translation>l’archive s’est terminée prématurément</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/reader.py" line="46"/>
        <source>the entry {name!r} uses a backslash in its path (a Windows path trick)</source>
        <comment>fragment: why a bundle was refused</comment>
        <translation>l’entrée {name!r} utilise une barre oblique inverse dans son chemin (une ruse de chemin Windows)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/reader.py" line="52"/>
        <source>the entry {name!r} has an absolute path</source>
        <comment>fragment: why a bundle was refused</comment>
        <translation>l’entrée {name!r} a un chemin absolu</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/reader.py" line="56"/>
        <source>the entry {name!r} names a drive letter</source>
        <comment>fragment: why a bundle was refused</comment>
        <translation>l’entrée {name!r} désigne une lettre de lecteur</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/reader.py" line="60"/>
        <source>the entry {name!r} climbs out of the bundle with &apos;..&apos;</source>
        <comment>fragment: why a bundle was refused</comment>
        <translation>l’entrée {name!r} sort du paquet avec &apos;..&apos;</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/reader.py" line="66"/>
        <source>the entry {name!r} has control characters in its name</source>
        <comment>fragment: why a bundle was refused</comment>
        <translation>le nom de l’entrée {name!r} contient des caractères de contrôle</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/reader.py" line="79"/>
        <source>the entry {name!r} is a symbolic link</source>
        <comment>fragment: why a bundle was refused</comment>
        <translation>l’entrée {name!r} est un lien symbolique</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/reader.py" line="81"/>
        <source>the entry {name!r} is not a regular file</source>
        <comment>fragment: why a bundle was refused</comment>
        <translation>l’entrée {name!r} n’est pas un fichier ordinaire</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/reader.py" line="90"/>
        <source>Refused a hostile or damaged bundle: {problem}. Nothing was imported.</source>
        <translation>Paquet malveillant ou endommagé refusé : {problem}. Rien n’a été importé.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/reader.py" line="97"/>
        <source>The bundle is damaged or truncated ({detail}). Nothing was imported.</source>
        <translation>Le paquet est endommagé ou tronqué ({detail}). Rien n’a été importé.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/reader.py" line="131"/>
        <source>Not a CaseDesk bundle: the file is neither a ZIP archive nor an encrypted bundle. Nothing was imported.</source>
        <translation>Ce n’est pas un paquet CaseDesk : le fichier n’est ni une archive ZIP ni un paquet chiffré. Rien n’a été importé.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/reader.py" line="155"/>
        <source>it has {count} entries, more than the limit of {limit}</source>
        <comment>fragment: why a bundle was refused</comment>
        <translation>il contient {count} entrées, plus que la limite de {limit}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/reader.py" line="171"/>
        <source>the entry {name!r} appears twice</source>
        <comment>fragment: why a bundle was refused</comment>
        <translation>l’entrée {name!r} apparaît deux fois</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/reader.py" line="175"/>
        <source>the entry {name!r} is not part of the bundle format</source>
        <comment>fragment: why a bundle was refused</comment>
        <translation>l’entrée {name!r} ne fait pas partie du format de paquet</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/reader.py" line="183"/>
        <source>the entry {name!r} uses ZIP encryption, which bundles never do</source>
        <comment>fragment: why a bundle was refused</comment>
        <translation>l’entrée {name!r} utilise le chiffrement ZIP, que les paquets n’utilisent jamais</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/reader.py" line="191"/>
        <source>the entry {name!r} uses an unsupported compression method</source>
        <comment>fragment: why a bundle was refused</comment>
        <translation>l’entrée {name!r} utilise une méthode de compression non prise en charge</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/reader.py" line="200"/>
        <source>it has no manifest.json</source>
        <comment>fragment: why a bundle was refused</comment>
        <translation>il ne contient pas de manifest.json</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/reader.py" line="203"/>
        <source>it declares {size} bytes of content, more than the limit</source>
        <comment>fragment: why a bundle was refused</comment>
        <translation>il déclare {size} octets de contenu, plus que la limite</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/reader.py" line="255"/>
        <source>it expands to more data than the limit allows (a zip bomb)</source>
        <comment>fragment: why a bundle was refused</comment>
        <translation>il se décompresse en plus de données que la limite ne le permet (une bombe de décompression)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/reader.py" line="269"/>
        <source>truncated local header of {name!r}</source>
        <comment>fragment: why a bundle is damaged</comment>
        <translation>en-tête local de {name!r} tronqué</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/reader.py" line="278"/>
        <source>bad local header of {name!r}</source>
        <comment>fragment: why a bundle is damaged</comment>
        <translation>en-tête local de {name!r} invalide</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/reader.py" line="288"/>
        <source>local and central names of {name!r} differ</source>
        <comment>fragment: why a bundle is damaged</comment>
        <translation>les noms local et central de {name!r} diffèrent</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/reader.py" line="297"/>
        <source>{name!r} runs past the end of the archive</source>
        <comment>fragment: why a bundle is damaged</comment>
        <translation>{name!r} dépasse la fin de l’archive</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/reader.py" line="423"/>
        <source>The manifest lies: {name} holds {count} bytes, the manifest says {expected}. Nothing was imported.</source>
        <translation>Le manifeste est mensonger : {name} contient {count} octets, le manifeste en indique {expected}. Rien n’a été importé.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/reader.py" line="437"/>
        <source>The manifest lies: {name} holds more than the {expected} bytes the manifest says. Nothing was imported.</source>
        <translation>Le manifeste est mensonger : {name} contient plus que les {expected} octets qu’indique le manifeste. Rien n’a été importé.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/reader.py" line="446"/>
        <source>{name} is larger than the limit of {limit} bytes</source>
        <comment>fragment: why a bundle was refused</comment>
        <translation>{name} dépasse la limite de {limit} octets</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/reader.py" line="456"/>
        <source>{name} expands more than {ratio} times (a zip bomb)</source>
        <comment>fragment: why a bundle was refused</comment>
        <translation>{name} se décompresse à plus de {ratio} fois sa taille (une bombe de décompression)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/schema.py" line="398"/>
        <source>Invalid manifest: {key} lists {record} twice.</source>
        <translation>Manifeste invalide : {key} mentionne {record} deux fois.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/schema.py" line="407"/>
        <source>Invalid manifest: {where} lacks {fields}.</source>
        <translation>Manifeste invalide : il manque {fields} dans {where}.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/schema.py" line="414"/>
        <source>Invalid manifest: {where} has unexpected field {fields}.</source>
        <translation>Manifeste invalide : {where} contient un champ inattendu {fields}.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/schema.py" line="419"/>
        <source>Invalid manifest: {key} must be a list.</source>
        <translation>Manifeste invalide : {key} doit être une liste.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/signature.py" line="131"/>
        <source>unknown signature format</source>
        <comment>fragment: why a signature file is malformed</comment>
        <translation>format de signature inconnu</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/signature.py" line="134"/>
        <source>unsupported algorithm {algorithm!r}</source>
        <comment>fragment: why a signature file is malformed</comment>
        <translation>algorithme non pris en charge {algorithm!r}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/signature.py" line="145"/>
        <source>signer, fingerprint and manifest_sha256 must be text</source>
        <comment>fragment: why a signature file is malformed</comment>
        <translation>signer, fingerprint et manifest_sha256 doivent être du texte</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/signature.py" line="152"/>
        <source>its signature file is malformed ({reason})</source>
        <comment>fragment: why a signature was refused</comment>
        <translation>son fichier de signature est mal formé ({reason})</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/signature.py" line="160"/>
        <source>the signature names a fingerprint that is not its key&apos;s</source>
        <comment>fragment: why a signature was refused</comment>
        <translation>la signature indique une empreinte qui n’est pas celle de sa clé</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/signature.py" line="168"/>
        <source>the signature is over another manifest (the manifest was changed after signing)</source>
        <comment>fragment: why a signature was refused</comment>
        <translation>la signature porte sur un autre manifeste (le manifeste a été modifié après la signature)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/signature.py" line="177"/>
        <source>the signature does not verify under the key it names ({fingerprint})</source>
        <comment>fragment: why a signature was refused</comment>
        <translation>la signature ne se vérifie pas avec la clé qu’elle désigne ({fingerprint})</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/signature.py" line="197"/>
        <source>Refused a bundle whose signature does not hold: {problem}. Nothing was imported.</source>
        <translation>Paquet refusé, car sa signature n’est pas valable : {problem}. Rien n’a été importé.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/verify.py" line="50"/>
        <source>No bundle at {path}.</source>
        <translation>Aucun paquet à l’emplacement {path}.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/verify.py" line="53"/>
        <source>Cannot read the bundle {path}: {reason}.</source>
        <translation>Impossible de lire le paquet {path} : {reason}.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/verify.py" line="56"/>
        <source>{path} is a folder, not a bundle file.</source>
        <translation>{path} est un répertoire, pas un fichier de paquet.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/verify.py" line="66"/>
        <source>The bundle is incomplete: original {sha256} ({name!r}) is listed in the manifest but missing from the archive. Nothing was imported.</source>
        <translation>Le paquet est incomplet : l’original {sha256} ({name!r}) figure dans le manifeste mais manque dans l’archive. Rien n’a été importé.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/verify.py" line="75"/>
        <source>The manifest lies: original {name!r} is {size} bytes in the manifest, {actual} in the archive. Nothing was imported.</source>
        <translation>Le manifeste est mensonger : l’original {name!r} fait {size} octets selon le manifeste, {actual} dans l’archive. Rien n’a été importé.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/verify.py" line="86"/>
        <source>it holds {entry}, which the manifest does not list</source>
        <comment>fragment: why a bundle was refused</comment>
        <translation>il contient {entry}, que le manifeste ne mentionne pas</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/verify.py" line="164"/>
        <source>This bundle is encrypted; its passphrase is needed to import it.</source>
        <translation>Ce paquet est chiffré ; sa phrase secrète est nécessaire pour l’importer.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/versions.py" line="104"/>
        <source>Invalid manifest: {where}.row_key does not name a {table} record.</source>
        <translation>Manifeste invalide : {where}.row_key ne désigne pas un enregistrement {table}.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/versions.py" line="112"/>
        <source>Invalid manifest: {where} deletes the case record; cases are never deleted.</source>
        <translation>Manifeste invalide : {where} supprime l’enregistrement du dossier ; un dossier n’est jamais supprimé.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/versions.py" line="129"/>
        <source>Invalid manifest: {where}.row_key does not name the record its data holds.</source>
        <translation>Manifeste invalide : {where}.row_key ne désigne pas l’enregistrement que contiennent ses données.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/versions.py" line="134"/>
        <source>Invalid manifest: {where} is a version of a record of another case.</source>
        <translation>Manifeste invalide : {where} est une version d’un enregistrement d’un autre dossier.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/versions.py" line="145"/>
        <source>Invalid manifest: the history starts at entry {start}, which the custody log does not hold.</source>
        <translation>Manifeste invalide : l’historique commence à l’entrée {start}, que le journal de traçabilité ne contient pas.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/versions.py" line="163"/>
        <source>Invalid manifest: {key} holds versions, but {start_key} is null.</source>
        <translation>Manifeste invalide : {key} contient des versions, mais {start_key} est null.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/versions.py" line="178"/>
        <source>Invalid manifest: {where} is numbered with entry {seq}, outside the history the bundle carries (entries {start} to {head} of its custody log).</source>
        <translation>Manifeste invalide : {where} porte le numéro d’entrée {seq}, hors de l’historique que contient le paquet (entrées {start} à {head} de son journal de traçabilité).</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/versions.py" line="189"/>
        <source>Invalid manifest: {where} is out of order (entry {seq} after {previous}).</source>
        <translation>Manifeste invalide : {where} n’est pas à sa place dans l’ordre (entrée {seq} après {previous}).</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/versions.py" line="204"/>
        <source>Invalid manifest: the history lacks the case&apos;s own record at its start (entry {start}).</source>
        <translation>Manifeste invalide : il manque à l’historique l’enregistrement du dossier lui-même à son début (entrée {start}).</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/writer.py" line="188"/>
        <source>Cannot export this case as it stands: {reason} Run casedesk verify.</source>
        <translation>Impossible d’exporter ce dossier en l’état : {reason} Lancez casedesk verify.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/writer.py" line="214"/>
        <source>Cannot export: the stored original {sha256} no longer matches its recorded hash and size. Run casedesk verify; the bundle was not written.</source>
        <translation>Export impossible : l’original stocké {sha256} ne correspond plus à l’empreinte et à la taille enregistrées. Lancez casedesk verify ; le paquet n’a pas été écrit.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/writer.py" line="230"/>
        <source>Cannot export: the original {sha256} is missing from the evidence store. Run casedesk verify; the bundle was not written.</source>
        <translation>Export impossible : l’original {sha256} manque dans le stockage des pièces. Lancez casedesk verify ; le paquet n’a pas été écrit.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/writer.py" line="320"/>
        <source>An empty passphrase protects nothing; choose a passphrase.</source>
        <translation>Une phrase secrète vide ne protège rien ; choisissez une phrase secrète.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/writer.py" line="323"/>
        <source>{path} is a folder; name the bundle file to write.</source>
        <translation>{path} est un répertoire ; indiquez le nom du fichier de paquet à écrire.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/bundle/writer.py" line="325"/>
        <source>The folder {folder} does not exist.</source>
        <translation>Le répertoire {folder} n’existe pas.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/chrono/drawing.py" line="76"/>
        <source>The reference bearing must be a number of degrees.</source>
        <translation>L’azimut de référence doit être un nombre de degrés.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/chrono/drawing.py" line="78"/>
        <source>the object (base to top)</source>
        <translation>l’objet (de la base au sommet)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/chrono/drawing.py" line="79"/>
        <source>the shadow (base to tip)</source>
        <translation>l’ombre (de la base à l’extrémité)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/chrono/drawing.py" line="80"/>
        <source>the reference direction</source>
        <translation>la direction de référence</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/chrono/drawing.py" line="85"/>
        <source>The two points of {what} are too close together to give a direction.</source>
        <translation>Les deux points de {what} sont trop proches l’un de l’autre pour donner une direction.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/chrono/drawing.py" line="135"/>
        <source>The stored shadow drawing cannot be read.</source>
        <translation>Le tracé d’ombre enregistré est illisible.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/chrono/finding.py" line="80"/>
        <location filename="../../src/casedesk/geo/shadows.py" line="83"/>
        <source>The last date {last} is before the first, {first}.</source>
        <translation>La dernière date, {last}, précède la première, {first}.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/chrono/finding.py" line="83"/>
        <location filename="../../src/casedesk/geo/shadows.py" line="85"/>
        <source>Search at most {days} days at once.</source>
        <translation>Cherchez sur {days} jours au plus à la fois.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/chrono/finding.py" line="88"/>
        <location filename="../../src/casedesk/chrono/finding.py" line="90"/>
        <source>Searching {date}</source>
        <translation>Recherche du {date}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/chrono/finding.py" line="112"/>
        <source>Chronolocation by shadow, drawn on the still in CaseDesk&apos;s viewer.</source>
        <translation>Chronolocalisation par l’ombre, tracée sur l’image fixe dans la visionneuse de CaseDesk.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/chrono/finding.py" line="113"/>
        <source>Place: {place} ({latitude}, {longitude}), time zone {zone}.</source>
        <translation>Lieu : {place} ({latitude}, {longitude}), fuseau horaire {zone}.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/chrono/finding.py" line="122"/>
        <source>Date searched (local): {date}.</source>
        <translation>Date cherchée (heure locale) : {date}.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/chrono/finding.py" line="125"/>
        <source>Dates searched (local): {first} to {last}.</source>
        <translation>Dates cherchées (heure locale) : du {first} au {last}.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/chrono/finding.py" line="132"/>
        <source>Shadow bearing {bearing:.1f}° from north (object&apos;s base to shadow&apos;s tip), drawn {angle:.1f}° clockwise from the reference line, whose bearing was given as {reference:.1f}°; tolerance ±{tolerance:.1f}°.</source>
        <translation>Azimut de l’ombre : {bearing:.1f}° depuis le nord (de la base de l’objet à l’extrémité de l’ombre), tracée à {angle:.1f}° dans le sens horaire depuis la ligne de référence, dont l’azimut indiqué est {reference:.1f}° ; tolérance ±{tolerance:.1f}°.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/chrono/finding.py" line="144"/>
        <source>Length ratio (shadow / height) as drawn: {ratio:.2f}, approximate under perspective; matched within ±{percent:.0f}%.</source>
        <translation>Rapport de longueur (ombre / hauteur) tel que tracé : {ratio:.2f}, approximatif du fait de la perspective ; comparé à ±{percent:.0f} % près.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/chrono/finding.py" line="153"/>
        <source>Length ratio (shadow / height) as drawn: {ratio:.2f}, approximate under perspective; not used in the search.</source>
        <translation>Rapport de longueur (ombre / hauteur) tel que tracé : {ratio:.2f}, approximatif du fait de la perspective ; non utilisé dans la recherche.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/chrono/finding.py" line="160"/>
        <source>Assumptions: the object is vertical and the ground roughly level; the picture&apos;s perspective is taken as the reference line&apos;s (the angle between the reference and the shadow on the picture is taken as their angle on the ground).</source>
        <translation>Hypothèses : l’objet est vertical et le sol à peu près plan ; la perspective de l’image est prise pour celle de la ligne de référence (l’angle entre la référence et l’ombre sur l’image est pris pour leur angle au sol).</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/chrono/finding.py" line="167"/>
        <source>Method: sun positions by {sun}; time zone by {zones}; times sampled every 2 minutes and refined to the second.</source>
        <translation>Méthode : positions du soleil par {sun} ; fuseau horaire par {zones} ; instants échantillonnés toutes les 2 minutes puis affinés à la seconde.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/chrono/finding.py" line="175"/>
        <source>No time on these dates matches the drawn shadow within the tolerance.</source>
        <translation>Aucun instant de ces dates ne concorde avec l’ombre tracée dans la tolérance.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/casedesk/chrono/finding.py" line="177"/>
        <source>%n matching time window(s):</source>
        <translation>
            <numerusform>%n plage horaire concordante :</numerusform>
            <numerusform>%n plages horaires concordantes :</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/casedesk/chrono/finding.py" line="182"/>
        <source>{start} to {end} UTC (local {local_start} to {local_end}, {offset}); best match {best} UTC.</source>
        <translation>De {start} à {end} UTC (heure locale : de {local_start} à {local_end}, {offset}) ; meilleure concordance à {best} UTC.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/chrono/finding.py" line="232"/>
        <source>The drawing is kept beside the original as annotation {id}.</source>
        <translation>Le tracé est conservé à côté de l’original sous la forme de l’annotation {id}.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/cli.py" line="247"/>
        <source>interrupted; the workspace is consistent.</source>
        <translation>interrompu ; l’espace de travail est cohérent.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/cli_access.py" line="28"/>
        <source>--write goes with --grant ROLE.</source>
        <translation>--write s’emploie avec --grant RÔLE.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/cli_access.py" line="39"/>
        <source>Open to every role that may connect to the team database.</source>
        <translation>Ouvert à tout rôle autorisé à se connecter à la base de données de l’équipe.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/cli_access.py" line="42"/>
        <source>{role}: may read and change</source>
        <translation>{role} : lecture et modification</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/cli_access.py" line="44"/>
        <source>{role}: may read</source>
        <translation>{role} : lecture seule</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/cli_cases.py" line="195"/>
        <source>{originals}, {entries}.</source>
        <translation>{originals}, {entries}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/casedesk/cli_cases.py" line="197"/>
        <source>%n originals re-hashed</source>
        <translation>
            <numerusform>empreinte recalculée pour %n original</numerusform>
            <numerusform>empreinte recalculée pour %n originaux</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/casedesk/cli_cases.py" line="198"/>
        <source>%n custody entries checked</source>
        <translation>
            <numerusform>%n entrée du journal vérifiée</numerusform>
            <numerusform>%n entrées du journal vérifiées</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/casedesk/cli_cases.py" line="201"/>
        <source>OK: {counts}</source>
        <translation>OK : {counts}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/cli_cases.py" line="203"/>
        <source>PROBLEMS FOUND: {counts}</source>
        <translation>PROBLÈMES DÉTECTÉS : {counts}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/cli_cases.py" line="236"/>
        <source>No matches.</source>
        <translation>Aucun résultat.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/cli_check.py" line="41"/>
        <location filename="../../src/casedesk/proof/stamp_exchange.py" line="171"/>
        <source>No file at {path}.</source>
        <translation>Aucun fichier à l’emplacement {path}.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/cli_check.py" line="51"/>
        <source>--bundle goes with a report: casedesk check REPORT.pdf --bundle BUNDLE</source>
        <translation>--bundle accompagne un rapport : casedesk check REPORT.pdf --bundle BUNDLE</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/cli_forensics.py" line="45"/>
        <source>{path} is the original itself; choose another file.</source>
        <translation>{path} est le fichier original lui-même ; choisissez un autre fichier.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/cli_geo.py" line="82"/>
        <source>These options need --shadow-bearing: {options}.</source>
        <translation>Ces options demandent --shadow-bearing : {options}.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/cli_keys.py" line="59"/>
        <source>Your signing key is protected by a passphrase; set {variable} or run this in a terminal to type it.</source>
        <translation>Votre clé de signature est protégée par une phrase secrète ; définissez {variable} ou lancez cette commande dans un terminal pour la saisir.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/cli_keys.py" line="100"/>
        <source>Say whose key this is with --name.</source>
        <translation>Indiquez à qui appartient cette clé avec --name.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/cli_keys.py" line="107"/>
        <source>No trusted key has the fingerprint {fingerprint}.</source>
        <translation>Aucune clé approuvée n’a l’empreinte {fingerprint}.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/cli_keys.py" line="140"/>
        <source>Cannot read {path}: {reason}.</source>
        <translation>Impossible de lire {path} : {reason}.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/cli_models.py" line="46"/>
        <source>added</source>
        <comment>fragment: what became of a speech model</comment>
        <translation>ajouté</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/cli_models.py" line="48"/>
        <source>already in the workspace</source>
        <translation>déjà dans l’espace de travail</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/cli_models.py" line="57"/>
        <source>No speech model yet: add one with `casedesk models add PATH`.</source>
        <translation>Aucun modèle de reconnaissance vocale pour l’instant : ajoutez-en un avec `casedesk models add PATH`.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/cli_models.py" line="68"/>
        <source>removed</source>
        <comment>fragment: what became of a speech model</comment>
        <translation>retiré</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/casedesk/cli_models.py" line="75"/>
        <source>%n languages</source>
        <translation>
            <numerusform>%n langue</numerusform>
            <numerusform>%n langues</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/casedesk/cli_models.py" line="75"/>
        <source>English only</source>
        <translation>anglais uniquement</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/cli_pgp.py" line="40"/>
        <location filename="../../src/casedesk/core/ingest.py" line="101"/>
        <source>{path}: cannot be read ({reason}).</source>
        <translation>{path} : illisible ({reason}).</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/cli_records.py" line="322"/>
        <source>{command} needs one of: {verbs}</source>
        <translation>{command} attend l’un de : {verbs}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/cli_team.py" line="93"/>
        <source>Roles are made on a team workspace; a folder workspace is its owner&apos;s alone.</source>
        <translation>Les rôles se créent dans un espace de travail d’équipe ; un espace de travail dans un dossier n’appartient qu’à son propriétaire.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/cli_team.py" line="103"/>
        <source>Workspace ready: {workspace} (database {database}, schema {schema}; evidence store {store}). The custody log names you as {investigator}.</source>
        <translation>Espace de travail prêt : {workspace} (base de données {database}, schéma {schema} ; stockage des pièces {store}). Le journal de traçabilité vous nomme {investigator}.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/cli_team.py" line="117"/>
        <source>Role {role} made: it may connect. Open cases to it with: casedesk access CASE --grant {role}</source>
        <translation>Rôle {role} créé : il peut se connecter. Ouvrez-lui des dossiers avec : casedesk access CASE --grant {role}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/cli_team.py" line="123"/>
        <source>Role {role} was there already: left as it is.</source>
        <translation>Le rôle {role} existait déjà : il est laissé tel quel.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/cli_team.py" line="133"/>
        <source>Password for {role}: </source>
        <translation>Mot de passe de {role} : </translation>
    </message>
    <message>
        <location filename="../../src/casedesk/cli_team.py" line="134"/>
        <source>The same password again: </source>
        <translation>Le même mot de passe, une seconde fois : </translation>
    </message>
    <message>
        <location filename="../../src/casedesk/cli_team.py" line="135"/>
        <source>The two passwords for {role} differ; no role was made.</source>
        <translation>Les deux mots de passe saisis pour {role} diffèrent ; aucun rôle n’a été créé.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/cli_team.py" line="145"/>
        <source>The team workspace named by --to needs its evidence store too: add --store s3://BUCKET[/PREFIX].</source>
        <translation>L’espace de travail d’équipe indiqué par --to a aussi besoin de son stockage des pièces : ajoutez --store s3://BUCKET[/PREFIX].</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/cli_team.py" line="180"/>
        <source>Nothing to carry: {target} already has everything of this case.</source>
        <translation>Rien à transporter : {target} a déjà tout ce que contient ce dossier.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/cli_team.py" line="184"/>
        <source>Checked out {title!r} to {target}.</source>
        <translation>Dossier {title!r} extrait vers {target}.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/cli_team.py" line="187"/>
        <source>Checked out {title!r} again to {target}: merged with the copy there.</source>
        <translation>Dossier {title!r} de nouveau extrait vers {target} : fusionné avec la copie qui s’y trouvait.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/cli_team.py" line="192"/>
        <source>Checked in {title!r} to {target}.</source>
        <translation>Dossier {title!r} réintégré dans {target}.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/cli_team.py" line="195"/>
        <source>Checked in {title!r} to {target}: merged into the case there.</source>
        <translation>Dossier {title!r} réintégré dans {target} : fusionné avec le dossier qui s’y trouvait.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/cli_team.py" line="203"/>
        <source>{evidence} and {entries} added.</source>
        <translation>{evidence} et {entries} ajoutées.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/casedesk/cli_team.py" line="205"/>
        <source>%n evidence item(s)</source>
        <comment>fragment: what a check-in added</comment>
        <translation>
            <numerusform>%n pièce</numerusform>
            <numerusform>%n pièces</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/casedesk/cli_team.py" line="208"/>
        <source>%n custody entry(ies)</source>
        <comment>fragment: what a check-in added</comment>
        <translation>
            <numerusform>%n entrée du journal</numerusform>
            <numerusform>%n entrées du journal</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/casedesk/cli_team.py" line="215"/>
        <source>%n conflict(s): the value already there was kept; the other is kept where it came from and in its custody entries.</source>
        <translation>
            <numerusform>%n conflit : la valeur déjà présente a été gardée ; l’autre reste là d’où elle venait et dans ses entrées du journal.</numerusform>
            <numerusform>%n conflits : la valeur déjà présente a été gardée ; l’autre reste là d’où elle venait et dans ses entrées du journal.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/casedesk/cli_team.py" line="222"/>
        <source>warning: {warning}</source>
        <translation>avertissement : {warning}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/cli_team.py" line="226"/>
        <source>conflict: {conflict}</source>
        <translation>conflit : {conflict}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/cli_team.py" line="242"/>
        <source>Copied {cases} and {originals} ({megabytes:.1f} MB) to {target}; {present} already there.</source>
        <translation>{cases} et {originals} ({megabytes:.1f} Mo) copiés vers {target} ; déjà sur place : {present}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/casedesk/cli_team.py" line="244"/>
        <source>%n case(s)</source>
        <comment>fragment: what migrate copied</comment>
        <translation>
            <numerusform>%n dossier</numerusform>
            <numerusform>%n dossiers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/casedesk/cli_team.py" line="245"/>
        <source>%n original(s)</source>
        <comment>fragment: what migrate copied</comment>
        <translation>
            <numerusform>%n original</numerusform>
            <numerusform>%n originaux</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/casedesk/cli_team.py" line="248"/>
        <source>%n case(s)</source>
        <comment>fragment: what migrate found already there</comment>
        <translation>
            <numerusform>%n dossier</numerusform>
            <numerusform>%n dossiers</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/casedesk/cli_team.py" line="260"/>
        <source>{id}  {title}: {entries}, last entry {head}</source>
        <translation>{id}  {title} : {entries}, dernière entrée {head}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/casedesk/cli_team.py" line="264"/>
        <source>%n custody entry(ies)</source>
        <comment>fragment: what migrate copied</comment>
        <translation>
            <numerusform>%n entrée du journal</numerusform>
            <numerusform>%n entrées du journal</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/casedesk/cli_usage.py" line="18"/>
        <source>argument {argument}: {problem}</source>
        <translation>argument {argument} : {problem}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/cli_usage.py" line="19"/>
        <source>the following arguments are required: {arguments}</source>
        <translation>les arguments suivants sont obligatoires : {arguments}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/cli_usage.py" line="20"/>
        <source>unrecognized arguments: {arguments}</source>
        <translation>arguments non reconnus : {arguments}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/cli_usage.py" line="21"/>
        <source>one of the arguments {arguments} is required</source>
        <translation>l’un des arguments {arguments} est obligatoire</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/cli_usage.py" line="22"/>
        <source>not allowed with argument {argument}</source>
        <translation>non autorisé avec l’argument {argument}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/cli_usage.py" line="23"/>
        <source>ignored explicit argument {value}</source>
        <translation>argument explicite ignoré : {value}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/cli_usage.py" line="24"/>
        <source>expected one argument</source>
        <translation>une valeur est attendue</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/cli_usage.py" line="25"/>
        <source>expected at most one argument</source>
        <translation>une valeur au plus est attendue</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/cli_usage.py" line="26"/>
        <source>expected at least one argument</source>
        <translation>au moins une valeur est attendue</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/cli_usage.py" line="27"/>
        <source>expected {count} argument</source>
        <translation>{count} valeur attendue</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/cli_usage.py" line="28"/>
        <source>expected {count} arguments</source>
        <translation>{count} valeurs attendues</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/cli_usage.py" line="29"/>
        <source>ambiguous option: {option} could match {matches}</source>
        <translation>option ambiguë : {option} peut correspondre à {matches}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/cli_usage.py" line="30"/>
        <source>unexpected option string: {option}</source>
        <translation>option inattendue : {option}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/cli_usage.py" line="32"/>
        <source>invalid {kind} value: {value}</source>
        <translation>valeur {kind} non valide : {value}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/cli_usage.py" line="33"/>
        <source>invalid choice: {value} (choose from {choices})</source>
        <translation>choix non valide : {value} (choisir parmi {choices})</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/cli_usage.py" line="34"/>
        <source>unknown parser {name} (choices: {choices})</source>
        <translation>commande inconnue {name} (choix : {choices})</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/cli_usage.py" line="40"/>
        <source>{command} needs one of: {choices}</source>
        <translation>{command} demande l’une de ces commandes : {choices}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/checklist.py" line="97"/>
        <source>Checklist item {number}: [{code}] is not a language code such as &apos;fr&apos;.</source>
        <translation>Élément {number} de la liste de contrôle : [{code}] n’est pas un code de langue tel que &apos;fr&apos;.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/checklist.py" line="108"/>
        <source>Checklist item {number}: &apos;{name}&apos; in [{code}] must be text.</source>
        <translation>Élément {number} de la liste de contrôle : &apos;{name}&apos; dans [{code}] doit être du texte.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/checklist.py" line="125"/>
        <source>Checklist template is not valid TOML: {reason}</source>
        <translation>Le modèle de liste de contrôle n’est pas du TOML valide : {reason}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/checklist.py" line="127"/>
        <source>Checklist template is nested too deeply to be a checklist.</source>
        <translation>Le modèle de liste de contrôle est imbriqué trop profondément pour être une liste de contrôle.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/checklist.py" line="130"/>
        <source>Checklist template has no [[item]] entries.</source>
        <translation>Le modèle de liste de contrôle ne contient aucune entrée [[item]].</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/checklist.py" line="135"/>
        <source>Checklist item {number} is not a table.</source>
        <translation>L’élément {number} de la liste de contrôle n’est pas une table.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/checklist.py" line="141"/>
        <source>Checklist item {number} needs a text &apos;{name}&apos;.</source>
        <translation>L’élément {number} de la liste de contrôle doit avoir un texte &apos;{name}&apos;.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/checklist.py" line="146"/>
        <source>Checklist item {number} has scope {scope!r}; use &apos;case&apos; or &apos;evidence&apos;.</source>
        <translation>L’élément {number} de la liste de contrôle a la portée {scope!r} ; utilisez &apos;case&apos; ou &apos;evidence&apos;.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/checklist.py" line="153"/>
        <source>Checklist item key {key!r} appears twice.</source>
        <translation>La clé d’élément {key!r} apparaît deux fois.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/checklist.py" line="158"/>
        <source>Checklist item {number}: &apos;phase&apos; and &apos;guidance&apos; must be text.</source>
        <translation>Élément {number} de la liste de contrôle : &apos;phase&apos; et &apos;guidance&apos; doivent être du texte.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/custody.py" line="238"/>
        <source>entry {seq}: {detail}</source>
        <comment>a problem verify found in the custody log</comment>
        <translation>entrée {seq} : {detail}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/custody.py" line="256"/>
        <source>sequence jumps from {last} to {seq}</source>
        <translation>la numérotation saute de {last} à {seq}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/custody.py" line="263"/>
        <source>does not link to the previous entry (entry removed or reordered)</source>
        <translation>ne se rattache pas à l’entrée précédente (entrée supprimée ou déplacée)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/custody.py" line="268"/>
        <source>content does not match its hash (entry edited)</source>
        <translation>le contenu ne correspond pas à son empreinte (entrée modifiée)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/db.py" line="45"/>
        <source>The disk holding {folder} is full; nothing was recorded. Free some space and try again.</source>
        <translation>Le disque qui contient {folder} est plein ; rien n’a été enregistré. Libérez de l’espace et réessayez.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/db.py" line="50"/>
        <source>The workspace {folder} has been busy in another CaseDesk window or command for more than {seconds:.0f} s; nothing was recorded. Try again when it has finished.</source>
        <translation>L’espace de travail {folder} est occupé par une autre fenêtre ou commande CaseDesk depuis plus de {seconds:.0f} s ; rien n’a été enregistré. Réessayez quand elle aura terminé.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/db.py" line="57"/>
        <source>The workspace {folder} is read-only; nothing was recorded.</source>
        <translation>L’espace de travail {folder} est en lecture seule ; rien n’a été enregistré.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/db.py" line="58"/>
        <source>The workspace database {path} could not be written ({reason}); nothing was recorded.</source>
        <translation>Impossible d’écrire dans la base de données de l’espace de travail {path} ({reason}) ; rien n’a été enregistré.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/db.py" line="173"/>
        <source>A workspace on this computer has no database role.</source>
        <translation>Un espace de travail sur cet ordinateur n’a pas de rôle de base de données.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/db.py" line="202"/>
        <source>Cannot read the workspace database {path}: {reason}</source>
        <translation>Impossible de lire la base de données de l’espace de travail {path} : {reason}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/db.py" line="214"/>
        <source>The workspace database {path} was written by a newer version of CaseDesk (schema {schema}); this version knows schemas up to {head}. Update CaseDesk to open it. Nothing was changed.</source>
        <translation>La base de données de l’espace de travail {path} a été écrite par une version plus récente de CaseDesk (schéma {schema}) ; cette version connaît les schémas jusqu’à {head}. Mettez CaseDesk à jour pour l’ouvrir. Rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/db.py" line="250"/>
        <source>Too many backups of {name} in one second.</source>
        <translation>Trop de sauvegardes de {name} en une seconde.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/errors.py" line="46"/>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/ingest.py" line="95"/>
        <source>{path}: a broken symbolic link.</source>
        <translation>{path} : lien symbolique rompu.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/ingest.py" line="97"/>
        <source>{path}: not found.</source>
        <translation>{path} : introuvable.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/ingest.py" line="106"/>
        <source>{path}: is a folder; add --recursive to take in its files.</source>
        <translation>{path} : est un répertoire ; ajoutez --recursive pour en prendre les fichiers.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/ingest.py" line="126"/>
        <source>{path}: not a regular file (device, socket or pipe); not read.</source>
        <translation>{path} : pas un fichier ordinaire (périphérique, socket ou tube) ; non lu.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/ingest.py" line="129"/>
        <source>{path}: permission denied.</source>
        <translation>{path} : accès refusé.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/ingest.py" line="133"/>
        <source>Added through a symbolic link to {path}.</source>
        <translation>Ajouté par un lien symbolique vers {path}.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/ingest.py" line="264"/>
        <source>{path}: {reason}.</source>
        <translation>{path} : {reason}.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/location.py" line="81"/>
        <source>{url}: a workspace is a folder or a PostgreSQL URL (postgresql://USER@HOST[:PORT]/DATABASE).</source>
        <translation>{url} : un espace de travail est un dossier ou une URL PostgreSQL (postgresql://USER@HOST[:PORT]/DATABASE).</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/location.py" line="88"/>
        <source>{url}: put the database password in PGPASSWORD or ~/.pgpass, not in the workspace URL (it would be shown and kept in places a password must not be).</source>
        <translation>{url} : mettez le mot de passe de la base de données dans PGPASSWORD ou ~/.pgpass, pas dans l’URL de l’espace de travail (il y serait affiché et conservé là où un mot de passe ne doit pas l’être).</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/location.py" line="100"/>
        <source>{url}: an evidence store is given as s3://BUCKET[/PREFIX].</source>
        <translation>{url} : un stockage des pièces s’indique sous la forme s3://BUCKET[/PREFIX].</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/location.py" line="119"/>
        <source>A team workspace needs its evidence store too: add --store s3://BUCKET[/PREFIX] (or set CASEDESK_STORE).</source>
        <translation>Un espace de travail d’équipe a aussi besoin de son stockage des pièces : ajoutez --store s3://BUCKET[/PREFIX] (ou définissez CASEDESK_STORE).</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/merged.py" line="137"/>
        <source>the carried entry {seq} does not match its hash</source>
        <translation>l’entrée transmise {seq} ne correspond pas à son empreinte</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/merged.py" line="152"/>
        <source>the carried entry {seq} is named by no merge entry</source>
        <translation>l’entrée transmise {seq} n’est citée par aucune entrée de fusion</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/merged.py" line="169"/>
        <location filename="../../src/casedesk/core/merged.py" line="181"/>
        <source>the recorded remote entry {seq} does not match its hash</source>
        <translation>l’entrée distante enregistrée {seq} ne correspond pas à son empreinte</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/merged.py" line="175"/>
        <source>the recorded remote entry {seq} is missing from the carried entries</source>
        <translation>l’entrée distante enregistrée {seq} manque parmi les entrées transmises</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/postgres.py" line="147"/>
        <source>The team database server {host}:{port} refused the password of {user}. Set the password the usual PostgreSQL way (PGPASSWORD, ~/.pgpass or a service file) and try again.</source>
        <translation>Le serveur de base de données de l’équipe {host}:{port} a refusé le mot de passe de {user}. Indiquez le mot de passe de la manière habituelle de PostgreSQL (PGPASSWORD, ~/.pgpass ou un fichier de service) et réessayez.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/postgres.py" line="154"/>
        <source>The team database {database} does not exist on the server {host}:{port}. Ask its administrator to create it, or check the URL.</source>
        <translation>La base de données de l’équipe {database} n’existe pas sur le serveur {host}:{port}. Demandez à son administrateur de la créer, ou vérifiez l’URL.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/postgres.py" line="160"/>
        <source>The team database {database} on {host}:{port} does not let {user} do this (permission denied); nothing was recorded. Ask its administrator for access.</source>
        <translation>La base de données de l’équipe {database} sur {host}:{port} n’autorise pas {user} à faire cela (permission refusée) ; rien n’a été enregistré. Demandez l’accès à son administrateur.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/postgres.py" line="167"/>
        <source>The team database {database} on {host}:{port} is read-only for {user}; nothing was recorded.</source>
        <translation>La base de données de l’équipe {database} sur {host}:{port} est en lecture seule pour {user} ; rien n’a été enregistré.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/postgres.py" line="173"/>
        <source>The team database server {host}:{port} is out of disk space; nothing was recorded. Tell its administrator.</source>
        <translation>Le serveur de base de données de l’équipe {host}:{port} n’a plus d’espace disque ; rien n’a été enregistré. Prévenez son administrateur.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/postgres.py" line="179"/>
        <source>The team database {database} was busy with another investigator&apos;s change; nothing was recorded. Try again.</source>
        <translation>La base de données de l’équipe {database} était occupée par la modification d’un autre enquêteur ; rien n’a été enregistré. Réessayez.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/postgres.py" line="185"/>
        <source>The team database server {host}:{port} did not answer within {seconds} s. Check the network and that the server is running.</source>
        <translation>Le serveur de base de données de l’équipe {host}:{port} n’a pas répondu en {seconds} s. Vérifiez le réseau et que le serveur fonctionne.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/postgres.py" line="193"/>
        <source>Cannot reach the team database server {host}:{port} ({reason}). Check the network, the URL and that the server is running.</source>
        <translation>Impossible de joindre le serveur de base de données de l’équipe {host}:{port} ({reason}). Vérifiez le réseau, l’URL et que le serveur fonctionne.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/postgres.py" line="200"/>
        <source>The connection to the team database server {host}:{port} was lost ({reason}); nothing was recorded. Try again.</source>
        <translation>La connexion au serveur de base de données de l’équipe {host}:{port} a été perdue ({reason}) ; rien n’a été enregistré. Réessayez.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/postgres.py" line="207"/>
        <source>The team database {database} on {host}:{port} could not be used ({reason}); nothing was recorded.</source>
        <translation>La base de données de l’équipe {database} sur {host}:{port} n’a pas pu être utilisée ({reason}) ; rien n’a été enregistré.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/service/access.py" line="45"/>
        <location filename="../../src/casedesk/core/service/access.py" line="80"/>
        <source>Name the database role to grant, in at most 63 characters.</source>
        <translation>Indiquez le rôle de base de données à autoriser, en 63 caractères au plus.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/service/access.py" line="49"/>
        <source>The team database has no role {role!r}.</source>
        <translation>La base de données de l’équipe n’a pas de rôle {role!r}.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/service/access.py" line="70"/>
        <source>The role {role!r} was granted nothing on this case.</source>
        <translation>Aucun accès à ce dossier n’a été accordé au rôle {role!r}.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/service/access.py" line="82"/>
        <source>The role {role!r} needs a password to log in with.</source>
        <translation>Le rôle {role!r} a besoin d’un mot de passe pour se connecter.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/service/access.py" line="109"/>
        <source>The administrator&apos;s role may not make roles on this server: it needs CREATEROLE (ALTER ROLE … CREATEROLE, as a superuser).</source>
        <translation>Le rôle de l’administrateur ne peut pas créer de rôles sur ce serveur : il lui faut CREATEROLE (ALTER ROLE … CREATEROLE, en tant que superutilisateur).</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/service/access.py" line="126"/>
        <source>Access is granted on a team workspace; a folder workspace is its owner&apos;s alone.</source>
        <translation>Les accès s’accordent dans un espace de travail d’équipe ; un espace de travail dans un dossier n’appartient qu’à son propriétaire.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/service/access.py" line="131"/>
        <source>Only the workspace&apos;s administrator ({owner}) grants access to a case.</source>
        <translation>Seul l’administrateur de l’espace de travail ({owner}) accorde l’accès à un dossier.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/service/annotations.py" line="75"/>
        <location filename="../../src/casedesk/core/service/annotations.py" line="79"/>
        <source>An annotation&apos;s drawing must be a JSON object.</source>
        <translation>Le tracé d’une annotation doit être un objet JSON.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/service/annotations.py" line="82"/>
        <source>An annotation&apos;s drawing is larger than {limit} KiB.</source>
        <translation>Le tracé d’une annotation dépasse {limit} Kio.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/service/annotations.py" line="91"/>
        <source>An annotation&apos;s picture size must be whole numbers of pixels.</source>
        <translation>Les dimensions de l’image d’une annotation doivent être des nombres entiers de pixels.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/service/annotations.py" line="97"/>
        <location filename="../../src/casedesk/core/service/annotations.py" line="231"/>
        <source>No annotation with id {id}.</source>
        <translation>Aucune annotation n’a l’identifiant {id}.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/service/annotations.py" line="130"/>
        <source>This item is in the trash: restore it before drawing on it.</source>
        <translation>Cette pièce est dans la corbeille : restaurez-la avant de tracer dessus.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/service/base.py" line="62"/>
        <location filename="../../src/casedesk/core/service/exchange.py" line="255"/>
        <source>No case with id {id}.</source>
        <translation>Aucun dossier n’a l’identifiant {id}.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/service/base.py" line="63"/>
        <source>No evidence item with id {id}.</source>
        <translation>Aucune pièce n’a l’identifiant {id}.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/service/base.py" line="64"/>
        <source>No source with id {id}.</source>
        <translation>Aucune source n’a l’identifiant {id}.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/service/base.py" line="65"/>
        <source>No claim with id {id}.</source>
        <translation>Aucune allégation n’a l’identifiant {id}.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/service/base.py" line="66"/>
        <source>No place with id {id}.</source>
        <translation>Aucun lieu n’a l’identifiant {id}.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/service/base.py" line="67"/>
        <source>No timeline event with id {id}.</source>
        <translation>Aucun événement de la chronologie n’a l’identifiant {id}.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/service/base.py" line="68"/>
        <source>No note with id {id}.</source>
        <translation>Aucune note n’a l’identifiant {id}.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/service/base.py" line="69"/>
        <source>No checklist item with id {id}.</source>
        <translation>Aucun contrôle de la liste n’a l’identifiant {id}.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/service/base.py" line="71"/>
        <source>No {what} with id {id}.</source>
        <translation>Aucun objet de type « {what} » n’a l’identifiant {id}.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/service/base.py" line="77"/>
        <source>case</source>
        <comment>fragment: kind of object</comment>
        <translation>dossier</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/service/base.py" line="78"/>
        <source>evidence item</source>
        <comment>fragment: kind of object</comment>
        <translation>pièce</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/service/base.py" line="79"/>
        <source>source</source>
        <comment>fragment: kind of object</comment>
        <translation>source</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/service/base.py" line="80"/>
        <source>claim</source>
        <comment>fragment: kind of object</comment>
        <translation>allégation</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/service/base.py" line="81"/>
        <source>place</source>
        <comment>fragment: kind of object</comment>
        <translation>lieu</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/service/base.py" line="82"/>
        <source>timeline event</source>
        <comment>fragment: kind of object</comment>
        <translation>événement de la chronologie</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/service/base.py" line="83"/>
        <source>note</source>
        <comment>fragment: kind of object</comment>
        <translation>note</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/service/base.py" line="84"/>
        <source>checklist item</source>
        <comment>fragment: kind of object</comment>
        <translation>contrôle</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/service/base.py" line="172"/>
        <source>Cannot edit {fields} of a {what}.</source>
        <translation>Impossible de modifier {fields} d’un objet de type « {what} ».</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/service/cases.py" line="65"/>
        <location filename="../../src/casedesk/core/service/cases.py" line="96"/>
        <source>A case needs a title.</source>
        <translation>Un dossier doit avoir un titre.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/service/cases.py" line="112"/>
        <source>A case cannot be related to itself.</source>
        <translation>Un dossier ne peut pas être lié à lui-même.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/service/cases.py" line="125"/>
        <source>These cases are not related.</source>
        <translation>Ces dossiers ne sont pas liés.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/service/cases.py" line="147"/>
        <source>Name a case by its id or the start of its title.</source>
        <translation>Désignez un dossier par son identifiant ou le début de son titre.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/service/cases.py" line="163"/>
        <source>No case matches {ref!r}.</source>
        <translation>Aucun dossier ne correspond à {ref!r}.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/service/cases.py" line="166"/>
        <source>{ref!r} matches several cases: {names}. Give more of the title or the id.</source>
        <translation>{ref!r} correspond à plusieurs dossiers : {names}. Précisez le titre ou l’identifiant.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/service/cases.py" line="248"/>
        <source>The case&apos;s custody log has entries 1 to {last}; there is no entry {seq}.</source>
        <translation>Le journal de traçabilité du dossier contient les entrées 1 à {last} ; il n’y a pas d’entrée {seq}.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/service/cases.py" line="272"/>
        <source>The case has no custody entry {seq}.</source>
        <translation>Le journal de traçabilité du dossier n’a pas d’entrée {seq}.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/service/cases.py" line="274"/>
        <source>Give at least six characters of an entry&apos;s hash, or its number.</source>
        <translation>Donnez au moins six caractères de l’empreinte d’une entrée, ou son numéro.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/service/cases.py" line="287"/>
        <source>No custody entry of the case has a hash starting {ref!r}.</source>
        <translation>Aucune entrée du journal de traçabilité du dossier n’a d’empreinte commençant par {ref!r}.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/service/cases.py" line="289"/>
        <source>Several custody entries have hashes starting {ref!r}; give more of the hash.</source>
        <translation>Plusieurs entrées du journal ont une empreinte commençant par {ref!r} ; donnez une plus grande partie de l’empreinte.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/service/claims.py" line="42"/>
        <location filename="../../src/casedesk/core/service/claims.py" line="69"/>
        <source>A claim needs its text.</source>
        <translation>Une allégation doit avoir un texte.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/service/claims.py" line="94"/>
        <location filename="../../src/casedesk/core/service/evidence.py" line="192"/>
        <location filename="../../src/casedesk/core/service/forensics.py" line="121"/>
        <location filename="../../src/casedesk/core/service/provenance.py" line="68"/>
        <location filename="../../src/casedesk/core/service/text.py" line="93"/>
        <source>Name at least one evidence item.</source>
        <translation>Désignez au moins une pièce.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/service/claims.py" line="100"/>
        <source>Claim and evidence belong to different cases.</source>
        <translation>L’allégation et la pièce appartiennent à des dossiers différents.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/service/claims.py" line="129"/>
        <source>This evidence is not linked to the claim.</source>
        <translation>Cette pièce n’est pas associée à l’allégation.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/service/claims.py" line="137"/>
        <source>Claim and source belong to different cases.</source>
        <translation>L’allégation et la source appartiennent à des dossiers différents.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/service/claims.py" line="160"/>
        <source>This source is not linked to the claim.</source>
        <translation>Cette source n’est pas associée à l’allégation.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/service/evidence.py" line="120"/>
        <source>Purging evidence needs a reason; it is written to the custody log.</source>
        <translation>Supprimer définitivement une pièce demande un motif ; il est consigné dans le journal de traçabilité.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/service/evidence.py" line="125"/>
        <source>Only evidence in the trash can be purged; move it to the trash first.</source>
        <translation>Seules les pièces de la corbeille peuvent être supprimées définitivement ; mettez d’abord celle-ci à la corbeille.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/service/evidence.py" line="127"/>
        <source>Stills were extracted from this item; purge them first.</source>
        <translation>Des images ont été extraites de cette pièce ; supprimez-les d’abord définitivement.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/service/exchange.py" line="270"/>
        <source>{sha256!r} is not a SHA-256 in lower-case hex.</source>
        <translation>{sha256!r} n’est pas une empreinte SHA-256 en hexadécimal minuscule.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/service/exchange.py" line="275"/>
        <location filename="../../src/casedesk/core/service/metadata.py" line="71"/>
        <location filename="../../src/casedesk/core/store/s3.py" line="182"/>
        <location filename="../../src/casedesk/core/transfer.py" line="247"/>
        <source>The original {sha256} is missing from the evidence store.</source>
        <translation>L’original {sha256} manque dans le stockage des pièces.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/service/exchange.py" line="334"/>
        <source>The carried custody log is broken at entry {seq}.</source>
        <translation>Le journal de traçabilité transmis est rompu à l’entrée {seq}.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/service/exchange.py" line="354"/>
        <source>The original {sha256} is not in the evidence store: the workspace changed while the import was under way. Nothing was imported; import it again.</source>
        <translation>L’original {sha256} n’est pas dans le stockage des pièces : l’espace de travail a changé pendant l’import. Rien n’a été importé ; importez de nouveau le paquet.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/service/exchange.py" line="396"/>
        <source>The carried history starts at entry {start}, which the carried log lacks.</source>
        <translation>L’historique transmis commence à l’entrée {start}, absente du journal transmis.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/service/exchange.py" line="404"/>
        <source>A carried record version names entry {seq}, outside the carried history.</source>
        <translation>Une version d’enregistrement transmise désigne l’entrée {seq}, hors de l’historique transmis.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/service/exchange.py" line="408"/>
        <source>A carried record version of {table!r} is not a record&apos;s.</source>
        <translation>Une version transmise de {table!r} n’est pas celle d’un enregistrement.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/service/exchange.py" line="423"/>
        <source>The carried custody entry {seq} does not match its hash.</source>
        <translation>L’entrée transmise {seq} du journal ne correspond pas à son empreinte.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/service/forensics.py" line="128"/>
        <source>Only still images (photos, scans, frames taken from footage) can be examined; not {names}.</source>
        <translation>Seules les images fixes (photos, numérisations, images extraites d’une vidéo) peuvent être examinées ; pas {names}.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/service/intake.py" line="238"/>
        <source>{name!r} is not footage; stills come from video evidence.</source>
        <translation>{name!r} n’est pas une vidéo ; les images extraites proviennent de pièces vidéo.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/service/intake.py" line="249"/>
        <source>--every needs a positive number of seconds.</source>
        <translation>--every attend un nombre positif de secondes.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/service/intake.py" line="254"/>
        <location filename="../../src/casedesk/core/service/intake.py" line="263"/>
        <source>{name}: {problem}</source>
        <translation>{name} : {problem}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/service/intake.py" line="256"/>
        <source>Say which stills to take: a time offset, --every N or --keyframes.</source>
        <translation>Indiquez quelles images extraire : une position, --every N ou --keyframes.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/service/integrity.py" line="130"/>
        <source>originals re-hashed</source>
        <translation>empreintes des originaux recalculées</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/service/lookup.py" line="44"/>
        <source>Cannot look up a {kind} by id here.</source>
        <translation>Impossible de rechercher ici un objet de type « {kind} » par son identifiant.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/service/lookup.py" line="48"/>
        <source>Name the {what} by its id or the start of it.</source>
        <translation>Désignez l’objet de type « {what} » par son identifiant ou le début de celui-ci.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/service/lookup.py" line="62"/>
        <source>No {what} in this case matches {ref!r}.</source>
        <translation>Aucun objet de type « {what} » de ce dossier ne correspond à {ref!r}.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/service/lookup.py" line="66"/>
        <source>{ref!r} matches several {what}: {names}, and more. Give more of the id.</source>
        <translation>{ref!r} correspond à plusieurs {what} : {names}, et d’autres encore. Donnez une plus grande partie de l’identifiant.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/service/lookup.py" line="73"/>
        <source>{ref!r} matches several {what}: {names}. Give more of the id.</source>
        <translation>{ref!r} correspond à plusieurs {what} : {names}. Donnez une plus grande partie de l’identifiant.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/service/lookup.py" line="84"/>
        <source>evidence items</source>
        <comment>fragment: kinds of object</comment>
        <translation>pièces</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/service/lookup.py" line="85"/>
        <source>sources</source>
        <comment>fragment: kinds of object</comment>
        <translation>sources</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/service/lookup.py" line="86"/>
        <source>claims</source>
        <comment>fragment: kinds of object</comment>
        <translation>allégations</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/service/lookup.py" line="87"/>
        <source>places</source>
        <comment>fragment: kinds of object</comment>
        <translation>lieux</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/service/lookup.py" line="88"/>
        <source>timeline events</source>
        <comment>fragment: kinds of object</comment>
        <translation>événements de la chronologie</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/service/lookup.py" line="89"/>
        <source>notes</source>
        <comment>fragment: kinds of object</comment>
        <translation>notes</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/service/proof_children.py" line="126"/>
        <source>{name!r} is not a ProofMode bundle.</source>
        <translation>{name!r} n’est pas un paquet ProofMode.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/service/proof_children.py" line="153"/>
        <source>the entry {name!r} is not the size its header states</source>
        <translation>la taille de l’entrée {name!r} n’est pas celle qu’annonce son en-tête</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/service/proof_children.py" line="157"/>
        <location filename="../../src/casedesk/core/service/wacz_children.py" line="219"/>
        <location filename="../../src/casedesk/provenance/wacz_media.py" line="236"/>
        <location filename="../../src/casedesk/provenance/wacz_records.py" line="145"/>
        <source>it read differently the second time</source>
        <translation>la deuxième lecture a donné un résultat différent</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/service/proof_children.py" line="254"/>
        <location filename="../../src/casedesk/core/service/wacz_children.py" line="318"/>
        <source>Already in this case as {name!r}.</source>
        <translation>Déjà dans ce dossier sous le nom {name!r}.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/service/proof_children.py" line="259"/>
        <source>{name}: {entry} was not taken from the ProofMode bundle: it is missing or over the limits ({limit} bytes a file).</source>
        <translation>{name} : {entry} n’a pas été extrait du paquet ProofMode : il est absent ou dépasse les limites ({limit} octets par fichier).</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/service/proof_children.py" line="269"/>
        <source>{name}: the media in the ProofMode bundle were not taken: {reason}.</source>
        <translation>{name} : les médias du paquet ProofMode n’ont pas été extraits : {reason}.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/service/signed.py" line="180"/>
        <location filename="../../src/casedesk/core/service/signed.py" line="188"/>
        <source>The signed capture was not read: {reason}</source>
        <translation>La capture signée n’a pas été lue : {reason}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/service/signed.py" line="243"/>
        <source>Signed capture ({kind}): the {provider} signature does not hold: {reason}</source>
        <translation>Capture signée ({kind}) : la signature {provider} n’est pas valable : {reason}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/service/signed.py" line="252"/>
        <source>Signed capture ({kind}): the {provider} signature could not be checked: {reason}</source>
        <translation>Capture signée ({kind}) : la signature {provider} n’a pas pu être vérifiée : {reason}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/service/signed.py" line="259"/>
        <source>Signed capture ({kind}): {problem}</source>
        <translation>Capture signée ({kind}) : {problem}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/casedesk/core/service/sources.py" line="28"/>
        <source>%n claim(s)</source>
        <comment>fragment: what cites a source</comment>
        <translation>
            <numerusform>%n allégation</numerusform>
            <numerusform>%n allégations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/casedesk/core/service/sources.py" line="29"/>
        <source>%n evidence item(s)</source>
        <comment>fragment: what cites a source</comment>
        <translation>
            <numerusform>%n pièce</numerusform>
            <numerusform>%n pièces</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/service/sources.py" line="31"/>
        <source>{claims} and {items}</source>
        <comment>fragment: what cites a source</comment>
        <translation>{claims} et {items}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/service/sources.py" line="37"/>
        <source>The source {name!r} is still cited by {citing}; unlink it from them to remove it, or keep it.</source>
        <translation>La source {name!r} est encore citée par {citing} ; dissociez-la pour la retirer, ou conservez-la.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/service/sources.py" line="58"/>
        <location filename="../../src/casedesk/core/service/sources.py" line="82"/>
        <source>A source needs a name.</source>
        <translation>Une source doit avoir un nom.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/service/sources.py" line="139"/>
        <source>A source cannot be merged with itself.</source>
        <translation>Une source ne peut pas être fusionnée avec elle-même.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/service/sources.py" line="144"/>
        <source>Only sources of the same case can be merged.</source>
        <translation>Seules des sources d’un même dossier peuvent être fusionnées.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/service/sources.py" line="146"/>
        <source>Restore a removed source before merging it.</source>
        <translation>Restaurez une source retirée avant de la fusionner.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/service/sources.py" line="270"/>
        <source>These sources were not merged, or the merge was already undone.</source>
        <translation>Ces sources n’ont pas été fusionnées, ou la fusion a déjà été annulée.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/service/speech.py" line="91"/>
        <source>Adding the model {path}</source>
        <translation>Ajout du modèle {path}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/service/speech.py" line="149"/>
        <source>Only audio notes and footage with sound can be transcribed; not {name}.</source>
        <translation>Seules les notes audio et les séquences vidéo comportant du son peuvent être transcrites ; ce n’est pas le cas de {name}.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/service/speech.py" line="180"/>
        <source>{name} has no transcript to correct yet; transcribe it first.</source>
        <translation>{name} n’a pas encore de transcription à corriger ; transcrivez-la d’abord.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/service/speech.py" line="193"/>
        <source>The model {name} is damaged: its files cannot be read.</source>
        <translation>Le modèle {name} est endommagé : ses fichiers sont illisibles.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/service/text.py" line="106"/>
        <source>Text can only be recognised in still images (photos, scans, frames taken from footage) and PDF documents; not in {names}.</source>
        <translation>Le texte ne peut être reconnu que dans les images fixes (photos, numérisations, images extraites de vidéos) et les documents PDF ; pas dans {names}.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/service/timeline.py" line="45"/>
        <location filename="../../src/casedesk/core/service/timeline.py" line="61"/>
        <source>A place needs a name.</source>
        <translation>Un lieu doit avoir un nom.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/service/timeline.py" line="76"/>
        <location filename="../../src/casedesk/core/service/timeline.py" line="101"/>
        <source>A timeline event needs a title.</source>
        <translation>Un événement de la chronologie doit avoir un titre.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/service/timeline.py" line="115"/>
        <source>A note needs some text.</source>
        <translation>Une note doit avoir un texte.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/service/timeline.py" line="127"/>
        <source>A note needs some text; remove the note instead.</source>
        <translation>Une note doit avoir un texte ; retirez plutôt la note.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/service/timeline.py" line="168"/>
        <source>{kind} is not a place, timeline event or note.</source>
        <translation>{kind} n’est ni un lieu, ni un événement de la chronologie, ni une note.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/service/timeline.py" line="184"/>
        <source>That place belongs to another case.</source>
        <translation>Ce lieu appartient à un autre dossier.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/service/wacz_children.py" line="104"/>
        <source>Reading the web archive {name}</source>
        <translation>Lecture de l’archive web {name}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/service/wacz_children.py" line="129"/>
        <source>{name!r} is not a web archive (WACZ).</source>
        <translation>{name!r} n’est pas une archive web (WACZ).</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/service/wacz_children.py" line="224"/>
        <source>Its WARC record&apos;s digests differ from its content: the web archive was altered.</source>
        <translation>Les empreintes de son enregistrement WARC ne correspondent pas à son contenu : l’archive web a été altérée.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/service/wacz_children.py" line="323"/>
        <source>{name}: the media in the web archive were not taken: {reason}.</source>
        <translation>{name} : les médias de l’archive web n’ont pas été extraits : {reason}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/casedesk/core/service/wacz_children.py" line="332"/>
        <source>{name}: %n media file(s) in the web archive were not taken: each may hold at most {limit} bytes.</source>
        <translation>
            <numerusform>{name} : %n fichier multimédia de l’archive web n’a pas été extrait : la taille maximale est de {limit} octets par fichier.</numerusform>
            <numerusform>{name} : %n fichiers multimédias de l’archive web n’ont pas été extraits : la taille maximale est de {limit} octets par fichier.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/casedesk/core/service/wacz_children.py" line="341"/>
        <source>{name}: %n media file(s) in the web archive were not taken: at most {count} files and {size} bytes are taken from one archive.</source>
        <translation>
            <numerusform>{name} : %n fichier multimédia de l’archive web n’a pas été extrait : au plus {count} fichiers et {size} octets sont extraits d’une même archive.</numerusform>
            <numerusform>{name} : %n fichiers multimédias de l’archive web n’ont pas été extraits : au plus {count} fichiers et {size} octets sont extraits d’une même archive.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/staging.py" line="48"/>
        <source>Not enough free disk space to import: the originals need {needed:.0f} MB, {free:.0f} MB are free in {folder}. Nothing was imported.</source>
        <translation>Espace disque insuffisant pour l’import : les originaux nécessitent {needed:.0f} Mo, {free:.0f} Mo sont libres dans {folder}. Rien n’a été importé.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/store/base.py" line="37"/>
        <source>original {sha256}: {damage}</source>
        <comment>a problem verify found in the store</comment>
        <translation>original {sha256} : {damage}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/store/folder.py" line="139"/>
        <location filename="../../src/casedesk/core/store/folder.py" line="143"/>
        <location filename="../../src/casedesk/core/store/s3.py" line="208"/>
        <source>original file is missing from the store</source>
        <translation>le fichier original manque dans le stockage</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/store/folder.py" line="145"/>
        <location filename="../../src/casedesk/core/store/s3.py" line="212"/>
        <source>size is {actual} bytes, recorded {size}</source>
        <translation>la taille est de {actual} octets ; enregistrée : {size}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/store/folder.py" line="149"/>
        <location filename="../../src/casedesk/core/store/s3.py" line="218"/>
        <source>content hash is {actual_hash}, recorded {sha256}</source>
        <translation>l’empreinte du contenu est {actual_hash} ; enregistrée : {sha256}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/store/s3.py" line="57"/>
        <source>{url} is not an object store address: write s3://BUCKET or s3://BUCKET/PREFIX (a bucket name has 3 to 63 lower-case letters, digits, dots and hyphens).</source>
        <translation>{url} n’est pas une adresse de stockage d’objets : écrivez s3://BUCKET ou s3://BUCKET/PREFIX (un nom de bucket compte de 3 à 63 minuscules, chiffres, points et traits d’union).</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/store/s3.py" line="156"/>
        <source>The original {sha256} was removed from the object store while it was being stored. Add the file again.</source>
        <translation>L’original {sha256} a été retiré du stockage d’objets pendant son enregistrement. Ajoutez de nouveau le fichier.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/store/s3.py" line="164"/>
        <source>The object store already holds the original {sha256} with {actual} bytes instead of {size}: its copy is damaged. Run casedesk verify and tell whoever runs the store.</source>
        <translation>Le stockage d’objets contient déjà l’original {sha256} avec {actual} octets au lieu de {size} : sa copie est endommagée. Lancez casedesk verify et prévenez qui gère le stockage.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/store/s3.py" line="190"/>
        <source>The object store&apos;s copy of the original {sha256} is damaged (its content hash is {actual_hash}); it was not used. Run casedesk verify.</source>
        <translation>La copie de l’original {sha256} dans le stockage d’objets est endommagée (son empreinte est {actual_hash}) ; elle n’a pas été utilisée. Lancez casedesk verify.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/store/s3_errors.py" line="69"/>
        <source>No credentials for the object store of bucket {bucket}: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or AWS_PROFILE, as for any AWS tool.</source>
        <translation>Aucun identifiant pour le stockage d’objets du bucket {bucket} : définissez AWS_ACCESS_KEY_ID et AWS_SECRET_ACCESS_KEY, ou AWS_PROFILE, comme pour tout outil AWS.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/store/s3_errors.py" line="79"/>
        <source>The object store settings for bucket {bucket} are not usable ({reason}): check AWS_ENDPOINT_URL, AWS_PROFILE and the AWS configuration files.</source>
        <translation>Les réglages du stockage d’objets pour le bucket {bucket} sont inutilisables ({reason}) : vérifiez AWS_ENDPOINT_URL, AWS_PROFILE et les fichiers de configuration AWS.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/store/s3_errors.py" line="88"/>
        <source>Cannot reach the object store at {endpoint} ({reason}). Check the network connection and AWS_ENDPOINT_URL; nothing was stored in bucket {bucket} by this request.</source>
        <translation>Impossible de joindre le stockage d’objets à {endpoint} ({reason}). Vérifiez la connexion réseau et AWS_ENDPOINT_URL ; cette requête n’a rien enregistré dans le bucket {bucket}.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/store/s3_errors.py" line="99"/>
        <source>The object store at {endpoint} refused the credentials ({code}): check AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY (or AWS_PROFILE).</source>
        <translation>Le stockage d’objets à {endpoint} a refusé les identifiants ({code}) : vérifiez AWS_ACCESS_KEY_ID et AWS_SECRET_ACCESS_KEY (ou AWS_PROFILE).</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/store/s3_errors.py" line="108"/>
        <source>The bucket {bucket} does not exist at {endpoint}: correct the store&apos;s address, or create the bucket first (casedesk init does).</source>
        <translation>Le bucket {bucket} n’existe pas à {endpoint} : corrigez l’adresse du stockage, ou créez d’abord le bucket (casedesk init le fait).</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/store/s3_errors.py" line="117"/>
        <source>These credentials may not write to bucket {bucket} at {endpoint} (they are read-only there): use an access key allowed to write, or open the workspace only to read.</source>
        <translation>Ces identifiants ne peuvent pas écrire dans le bucket {bucket} à {endpoint} (ils y sont en lecture seule) : utilisez une clé d’accès autorisée à écrire, ou ouvrez l’espace de travail en lecture seulement.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/store/s3_errors.py" line="126"/>
        <source>These credentials may not read bucket {bucket} at {endpoint}: use an access key allowed to list and read it.</source>
        <translation>Ces identifiants ne peuvent pas lire le bucket {bucket} à {endpoint} : utilisez une clé d’accès autorisée à le lister et à le lire.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/store/s3_errors.py" line="135"/>
        <source>The object store at {endpoint} failed a request for bucket {bucket}: {detail}. Try again later; if it persists, ask whoever runs the store.</source>
        <translation>Le stockage d’objets à {endpoint} a fait échouer une requête pour le bucket {bucket} : {detail}. Réessayez plus tard ; si cela persiste, adressez-vous à qui gère le stockage.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/timeutil.py" line="60"/>
        <source>Unknown time zone {zone!r}</source>
        <translation>Fuseau horaire inconnu : {zone!r}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/timeutil.py" line="142"/>
        <source>Not a partial time: {text!r}</source>
        <translation>Pas une date partielle : {text!r}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/timeutil.py" line="167"/>
        <source>Not a date: {text!r} ({reason})</source>
        <translation>Pas une date : {text!r} ({reason})</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/timeutil.py" line="170"/>
        <source>Not a date: {text!r}. Use YYYY, YYYY-MM, YYYY-MM-DD or &apos;YYYY-MM-DD HH:MM ZONE&apos;.</source>
        <translation>Pas une date : {text!r}. Utilisez YYYY, YYYY-MM, YYYY-MM-DD ou &apos;YYYY-MM-DD HH:MM ZONE&apos;.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/transfer.py" line="225"/>
        <source>The original {sha256} does not match its recorded hash and size in the workspace being copied; it was not copied. Run casedesk verify there.</source>
        <translation>L’original {sha256} ne correspond pas à l’empreinte et à la taille enregistrées dans l’espace de travail copié ; il n’a pas été copié. Lancez casedesk verify dans cet espace.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/transfer.py" line="253"/>
        <source>The original {sha256} arrived altered in the target store ({found}); the copy stopped.</source>
        <translation>L’original {sha256} est arrivé altéré dans le stockage de destination ({found}) ; la copie s’est arrêtée.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/transfer.py" line="322"/>
        <source>The case {title!r} could not be copied: the target refused its rows ({reason}). The cases copied before it are complete there.</source>
        <translation>Le dossier {title!r} n’a pas pu être copié : la destination a refusé ses lignes ({reason}). Les dossiers copiés avant lui y sont complets.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/transfer.py" line="382"/>
        <source>The workspace would be copied onto itself; name another with --to.</source>
        <translation>L’espace de travail serait copié sur lui-même ; indiquez-en un autre avec --to.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/transfer.py" line="390"/>
        <source>{target} already holds {cases} with a different custody log; nothing was copied. Carry the changes with checkin, or migrate into another workspace.</source>
        <translation>{target} contient déjà {cases} avec un autre journal de traçabilité ; rien n’a été copié. Transportez les modifications avec checkin, ou migrez vers un autre espace de travail.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/transfer.py" line="422"/>
        <source>After copying, the custody log of {title!r} on the target does not end at the source&apos;s last entry; run casedesk verify on both.</source>
        <translation>Après la copie, le journal de traçabilité de {title!r} dans la destination ne se termine pas à la dernière entrée de la source ; lancez casedesk verify des deux côtés.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/vocabulary.py" line="123"/>
        <source>{value!r} is not a {what}; use one of: {choices}.</source>
        <translation>{value!r} n’est pas {what} valide ; utilisez l’une de ces valeurs : {choices}.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/vocabulary.py" line="129"/>
        <source>case status</source>
        <comment>fragment: a kind of choice</comment>
        <translation>un statut de dossier</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/vocabulary.py" line="130"/>
        <source>claim status</source>
        <comment>fragment: a kind of choice</comment>
        <translation>un statut d’allégation</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/vocabulary.py" line="131"/>
        <source>checklist state</source>
        <comment>fragment: a kind of choice</comment>
        <translation>un état de contrôle</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/vocabulary.py" line="132"/>
        <source>stance</source>
        <comment>fragment: a kind of choice</comment>
        <translation>une position</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/vocabulary.py" line="133"/>
        <source>annotation kind</source>
        <comment>fragment: a kind of choice</comment>
        <translation>un type d’annotation</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/vocabulary.py" line="140"/>
        <source>{value!r} is not an Admiralty reliability grade; use A to F.</source>
        <translation>{value!r} n’est pas une cote de fiabilité de l’Amirauté ; utilisez une lettre de A à F.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/vocabulary.py" line="146"/>
        <source>{value!r} is not an information credibility; use 1 to 6.</source>
        <translation>{value!r} n’est pas un niveau de crédibilité de l’information ; utilisez un chiffre de 1 à 6.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/vocabulary.py" line="152"/>
        <source>Latitude {lat} is outside -90..90.</source>
        <translation>La latitude {lat} est hors de l’intervalle -90..90.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/vocabulary.py" line="154"/>
        <source>Longitude {lon} is outside -180..180.</source>
        <translation>La longitude {lon} est hors de l’intervalle -180..180.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/workspace.py" line="50"/>
        <source>Cannot create the workspace folder {folder}: {reason}.</source>
        <translation>Impossible de créer le répertoire de l’espace de travail {folder} : {reason}.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/workspace.py" line="55"/>
        <source>The workspace {folder} is not a folder.</source>
        <translation>L’espace de travail {folder} n’est pas un répertoire.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/workspace.py" line="68"/>
        <source>Cannot prepare the workspace in {folder}: {reason}.</source>
        <translation>Impossible de préparer l’espace de travail dans {folder} : {reason}.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/core/workspace.py" line="90"/>
        <source>The workspace {folder} is read-only ({reason}). CaseDesk needs to write its database and evidence store there; choose another folder with --workspace or make this one writable.</source>
        <translation>L’espace de travail {folder} est en lecture seule ({reason}). CaseDesk doit y écrire sa base de données et le stockage des pièces ; choisissez un autre répertoire avec --workspace ou rendez celui-ci accessible en écriture.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/forensics/source.py" line="62"/>
        <source>{name} claims {width}x{height} pixels, above the {limit:g} megapixel limit; not examined.</source>
        <translation>{name} annonce {width}x{height} pixels, au-delà de la limite de {limit:g} mégapixels ; non examiné.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/forensics/source.py" line="79"/>
        <location filename="../../src/casedesk/provenance/capture.py" line="275"/>
        <location filename="../../src/casedesk/provenance/capture_proofmode.py" line="163"/>
        <location filename="../../src/casedesk/provenance/capture_proofmode.py" line="416"/>
        <location filename="../../src/casedesk/provenance/capture_starling.py" line="95"/>
        <source>{name} could not be read ({reason}).</source>
        <translation>Impossible de lire {name} ({reason}).</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/forensics/source.py" line="84"/>
        <source>{name} holds {content}, not a still image; only stills can be examined.</source>
        <translation>{name} contient : {content}, et non une image fixe ; seules les images fixes peuvent être examinées.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/forensics/source.py" line="101"/>
        <source>{name} is above the image decoder&apos;s safety limit ({reason}); not examined.</source>
        <translation>{name} dépasse la limite de sécurité du décodeur d&apos;images ({reason}) ; non examiné.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/forensics/source.py" line="109"/>
        <source>The {content} in {name} could not be decoded ({reason}); not examined.</source>
        <translation>Impossible de décoder le contenu ({content}) de {name} ({reason}) ; non examiné.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/forensics/source.py" line="125"/>
        <source>{name} has no pixels ({width}x{height}).</source>
        <translation>{name} ne contient aucun pixel ({width}x{height}).</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/geo/earth.py" line="36"/>
        <source>The elevation {elevation} m is not between -500 and 9000 m.</source>
        <translation>L’altitude de {elevation} m n’est pas comprise entre -500 et 9000 m.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/geo/earth.py" line="43"/>
        <source>The latitude {latitude} is not between -90 and 90.</source>
        <translation>La latitude {latitude} n’est pas comprise entre -90 et 90.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/geo/earth.py" line="45"/>
        <source>The longitude {longitude} is not between -180 and 180.</source>
        <translation>La longitude {longitude} n’est pas comprise entre -180 et 180.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/geo/moments.py" line="37"/>
        <source>Unknown time zone {zone}: give an IANA name such as Africa/Bamako.</source>
        <translation>Fuseau horaire inconnu {zone} : indiquez un nom IANA tel que Africa/Bamako.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/geo/moments.py" line="49"/>
        <source>{time} is not an ISO 8601 time such as 2024-06-01T14:00+00:00.</source>
        <translation>{time} n’est pas une heure ISO 8601 telle que 2024-06-01T14:00+00:00.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/geo/moments.py" line="53"/>
        <source>{time} is a date: give a time of day too, or --shadow-bearing to search the date.</source>
        <translation>{time} est une date : indiquez aussi une heure, ou --shadow-bearing pour chercher dans cette date.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/geo/moments.py" line="61"/>
        <source>The offset of {time} is not that of {zone} at that time.</source>
        <translation>Le décalage horaire de {time} n’est pas celui de {zone} à ce moment-là.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/geo/moments.py" line="66"/>
        <source>{time} has no time zone: add an offset (2024-06-01T14:00+00:00) or a zone name (2024-06-01T14:00 Africa/Bamako), or give --zone.</source>
        <translation>{time} n’a pas de fuseau horaire : ajoutez un décalage (2024-06-01T14:00+00:00) ou le nom d’un fuseau (2024-06-01T14:00 Africa/Bamako), ou indiquez --zone.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/geo/moments.py" line="80"/>
        <source>{date} is not a date such as 2024-06-01.</source>
        <translation>{date} n’est pas une date telle que 2024-06-01.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/geo/moments.py" line="100"/>
        <source>{time} does not exist there: the clocks skipped it.</source>
        <translation>{time} n’existe pas à cet endroit : les horloges ont sauté cette heure.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/geo/moments.py" line="101"/>
        <source>{time} happened twice there (the clocks went back): give the offset.</source>
        <translation>{time} a eu lieu deux fois à cet endroit (les horloges ont été reculées) : indiquez le décalage horaire.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/geo/shadows.py" line="39"/>
        <source>The shadow bearing must be a number of degrees.</source>
        <translation>L’azimut de l’ombre doit être un nombre de degrés.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/geo/shadows.py" line="42"/>
        <source>The tolerance {tolerance}° is not between 0 and 90°.</source>
        <translation>La tolérance de {tolerance}° n’est pas comprise entre 0 et 90°.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/geo/shadows.py" line="46"/>
        <source>The shadow ratio {ratio} is not a positive number (shadow length / height).</source>
        <translation>Le rapport d’ombre {ratio} n’est pas un nombre positif (longueur de l’ombre / hauteur).</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/geo/shadows.py" line="53"/>
        <source>The ratio tolerance {tolerance} is not between 0 and 1 (0.1 is ±10%).</source>
        <translation>La tolérance sur le rapport, {tolerance}, n’est pas comprise entre 0 et 1 (0,1 correspond à ±10 %).</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/geo/sun.py" line="79"/>
        <source>The time {time} has no time zone.</source>
        <translation>L’heure {time} n’a pas de fuseau horaire.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/geo/sun.py" line="83"/>
        <source>The sun is computed for the years {first} to {last} only; {year} is outside them.</source>
        <translation>La position du soleil n’est calculée que pour les années {first} à {last} ; {year} est en dehors.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/avprobe.py" line="101"/>
        <source>The file is {missing} bytes shorter than its RIFF header declares; it is probably truncated.</source>
        <translation>Le fichier fait {missing} octets de moins que ne l’annonce son en-tête RIFF ; il est probablement tronqué.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/avprobe.py" line="114"/>
        <source>The {content} could not be opened: {reason}.</source>
        <translation>Impossible d’ouvrir le contenu ({content}) : {reason}.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/avprobe.py" line="173"/>
        <source>The file contains no audio or video stream.</source>
        <translation>Le fichier ne contient aucun flux audio ou vidéo.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/avprobe.py" line="231"/>
        <source>Video claims {width}x{height} pixel frames, above the {limit:g} megapixel limit; frames not decoded.</source>
        <translation>La vidéo annonce des images de {width}x{height} pixels, au-delà de la limite de {limit:g} mégapixels ; images non décodées.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/avprobe.py" line="253"/>
        <source>The poster frame could not be converted to a picture ({reason}).</source>
        <translation>Impossible de convertir l’image représentative en image ({reason}).</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/avprobe.py" line="286"/>
        <source>The waveform covers only the first {seconds:.1f} s; decoding stopped at the time limit.</source>
        <translation>La forme d’onde ne couvre que les {seconds:.1f} premières secondes ; le décodage s’est arrêté à la limite de temps.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/avprobe.py" line="301"/>
        <source>The file contains no {stream} data.</source>
        <translation>Le fichier ne contient aucune donnée {stream}.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/avprobe.py" line="306"/>
        <source>Reading the {stream} data stopped with an error at {seconds:.1f} s ({reason}); the file may be damaged.</source>
        <translation>La lecture des données {stream} s’est arrêtée sur une erreur à {seconds:.1f} s ({reason}) ; le fichier est peut-être endommagé.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/avprobe.py" line="314"/>
        <source>Reading the {stream} data stopped with an error ({reason}); the file may be damaged.</source>
        <translation>La lecture des données {stream} s’est arrêtée sur une erreur ({reason}) ; le fichier est peut-être endommagé.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/avprobe.py" line="330"/>
        <source>The {stream} data ends at {seconds:.1f} s although the file declares {declared:.1f} s; the file is probably truncated.</source>
        <translation>Les données {stream} s’arrêtent à {seconds:.1f} s alors que le fichier annonce {declared:.1f} s ; il est probablement tronqué.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/avprobe.py" line="344"/>
        <source>1 {stream} packet is flagged as corrupt (damaged or cut short).</source>
        <translation>1 paquet de données {stream} est signalé comme corrompu (endommagé ou tronqué).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/casedesk/media/avprobe.py" line="346"/>
        <source>%n {stream} packets are flagged as corrupt (damaged or cut short).</source>
        <translation>
            <numerusform>%n paquet de données {stream} est signalé comme corrompu (endommagé ou tronqué).</numerusform>
            <numerusform>%n paquets de données {stream} sont signalés comme corrompus (endommagés ou tronqués).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/avprobe.py" line="353"/>
        <source>no decodable data</source>
        <comment>fragment: why no frame was decoded</comment>
        <translation>aucune donnée décodable</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/avprobe.py" line="355"/>
        <source>No {stream} frame could be decoded ({reason}).</source>
        <translation>Aucune trame {stream} n’a pu être décodée ({reason}).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/casedesk/media/avprobe.py" line="361"/>
        <source>%n {stream} packets could not be decoded ({reason}).</source>
        <translation>
            <numerusform>%n paquet de données {stream} n’a pas pu être décodé ({reason}).</numerusform>
            <numerusform>%n paquets de données {stream} n’ont pas pu être décodés ({reason}).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/avprobe.py" line="373"/>
        <source>The integrity check stopped after {seconds:g} s (time limit); the rest of the file was not checked.</source>
        <translation>Le contrôle d’intégrité s’est arrêté après {seconds:g} s (limite de temps) ; le reste du fichier n’a pas été vérifié.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/avprobe.py" line="384"/>
        <source>video</source>
        <comment>fragment: kind of stream</comment>
        <translation>vidéo</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/avprobe.py" line="385"/>
        <source>audio</source>
        <comment>fragment: kind of stream</comment>
        <translation>audio</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/avtags.py" line="69"/>
        <source>Container tag {tag} {value!r} is not a valid date and time; ignored.</source>
        <translation>La balise de conteneur {tag} {value!r} n’est pas une date et une heure valides ; ignorée.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/avtags.py" line="79"/>
        <source>Container creation time {value!r} looks like an unset placeholder; ignored.</source>
        <translation>La date de création du conteneur {value!r} ressemble à une valeur par défaut jamais réglée ; ignorée.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/avtags.py" line="118"/>
        <source>Container location {value!r} is not in ISO 6709 form; location ignored.</source>
        <translation>La position du conteneur {value!r} n’est pas au format ISO 6709 ; position ignorée.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/avtags.py" line="127"/>
        <source>Container location {value!r} is outside valid latitude/longitude; location ignored.</source>
        <translation>La position du conteneur {value!r} est hors des latitudes et longitudes valides ; position ignorée.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/avtags.py" line="137"/>
        <source>Container location is exactly 0°, 0°, which usually means the device had no fix; location ignored.</source>
        <translation>La position du conteneur est exactement 0°, 0°, ce qui signifie d’ordinaire que l’appareil n’avait pas de position ; position ignorée.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/documents.py" line="29"/>
        <source>The PDF could not be parsed: {reason}.</source>
        <translation>Impossible d’analyser le PDF : {reason}.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/documents.py" line="48"/>
        <source>The PDF is password-protected; page count and title are unavailable.</source>
        <translation>Le PDF est protégé par un mot de passe ; nombre de pages et titre indisponibles.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/documents.py" line="55"/>
        <source>The PDF page tree could not be read: {reason}.</source>
        <translation>Impossible de lire l’arborescence des pages du PDF : {reason}.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/documents.py" line="65"/>
        <source>The PDF document information could not be read: {reason}.</source>
        <translation>Impossible de lire les informations du document PDF : {reason}.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/exif.py" line="27"/>
        <source>No EXIF metadata: capture time, camera and location are absent (often stripped by the platform).</source>
        <translation>Aucune métadonnée EXIF : date de capture, appareil et position sont absents (souvent supprimés par la plateforme).</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/exif.py" line="66"/>
        <source>built-in EXIF reader (exiftool is not installed: XMP, IPTC and maker notes not read)</source>
        <translation>lecteur EXIF intégré (exiftool n’est pas installé : XMP, IPTC et notes du fabricant non lus)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/exif.py" line="74"/>
        <source>exiftool could not read the file ({reason}); the built-in EXIF reader was used.</source>
        <translation>exiftool n’a pas pu lire le fichier ({reason}) ; le lecteur EXIF intégré a été utilisé.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/exif.py" line="80"/>
        <source>built-in EXIF reader (exiftool failed)</source>
        <translation>lecteur EXIF intégré (échec d’exiftool)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/exif.py" line="94"/>
        <source>container tags only (exiftool is not installed)</source>
        <translation>balises du conteneur seulement (exiftool n’est pas installé)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/exif.py" line="100"/>
        <source>exiftool could not read the file ({reason}).</source>
        <translation>exiftool n’a pas pu lire le fichier ({reason}).</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/exif.py" line="153"/>
        <source>The EXIF block is corrupt and could not be read ({reason}).</source>
        <translation>Le bloc EXIF est corrompu et n’a pas pu être lu ({reason}).</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/exif.py" line="183"/>
        <source>An EXIF sub-directory is corrupt and was skipped ({reason}).</source>
        <translation>Un sous-répertoire EXIF est corrompu et a été ignoré ({reason}).</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/exif.py" line="235"/>
        <source>EXIF Orientation value {value} is not valid (expected 1 to 8); ignored.</source>
        <translation>La valeur d’orientation EXIF {value} n’est pas valide (1 à 8 attendu) ; ignorée.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/exif.py" line="258"/>
        <source>EXIF {tag} {value!r} is not a valid date and time; capture time left empty.</source>
        <translation>La valeur EXIF {tag} {value!r} n’est pas une date et une heure valides ; date de capture laissée vide.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/exif.py" line="273"/>
        <source>EXIF offset time {value!r} is not a valid UTC offset; capture time kept without a time zone.</source>
        <translation>Le décalage horaire EXIF {value!r} n’est pas un décalage UTC valide ; date de capture conservée sans fuseau horaire.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/exif.py" line="322"/>
        <source>{count} components</source>
        <comment>fragment: an unusable EXIF value</comment>
        <translation>{count} composantes</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/exif.py" line="329"/>
        <source>component {item!r} is not a number</source>
        <comment>fragment: an unusable EXIF value</comment>
        <translation>la composante {item!r} n’est pas un nombre</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/exif.py" line="334"/>
        <source>a component has a zero denominator or is not finite</source>
        <comment>fragment: an unusable EXIF value</comment>
        <translation>une composante a un dénominateur nul ou n’est pas finie</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/exif.py" line="353"/>
        <source>latitude</source>
        <comment>fragment: EXIF GPS</comment>
        <translation>latitude</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/exif.py" line="355"/>
        <source>longitude</source>
        <comment>fragment: EXIF GPS</comment>
        <translation>longitude</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/exif.py" line="362"/>
        <source>EXIF GPS {axis} could not be read ({reason}); location ignored.</source>
        <translation>La {axis} GPS EXIF n’a pas pu être lue ({reason}) ; position ignorée.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/exif.py" line="369"/>
        <source>EXIF GPS {axis} has impossible minutes or seconds ({values}); location ignored.</source>
        <translation>La {axis} GPS EXIF a des minutes ou des secondes impossibles ({values}) ; position ignorée.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/exif.py" line="386"/>
        <source>EXIF GPS {axis} has no {positive}/{negative} reference; the sign was taken as written.</source>
        <translation>La {axis} GPS EXIF n’a pas de référence {positive}/{negative} ; le signe a été pris tel qu’écrit.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/exif.py" line="397"/>
        <source>EXIF GPS {axis} {degrees:g} is outside the valid range of ±{limit:g} degrees; location ignored.</source>
        <translation>La {axis} GPS EXIF {degrees:g} est hors de la plage valide de ±{limit:g} degrés ; position ignorée.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/exif.py" line="414"/>
        <source>EXIF GPS data has only one of latitude and longitude; location ignored.</source>
        <translation>Les données GPS EXIF n’ont que la latitude ou que la longitude ; position ignorée.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/exif.py" line="424"/>
        <source>EXIF GPS position is exactly 0°, 0°, which usually means the device had no fix; location ignored.</source>
        <translation>La position GPS EXIF est exactement 0°, 0°, ce qui signifie d’ordinaire que l’appareil n’avait pas de position ; position ignorée.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/exif.py" line="441"/>
        <source>EXIF GPS altitude could not be read ({reason}); altitude ignored.</source>
        <translation>L’altitude GPS EXIF n’a pas pu être lue ({reason}) ; altitude ignorée.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/exif.py" line="449"/>
        <source>EXIF GPS altitude {altitude:g} m is implausible; altitude ignored.</source>
        <translation>L’altitude GPS EXIF de {altitude:g} m est invraisemblable ; altitude ignorée.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/images.py" line="49"/>
        <source>{count:.3g} gigapixels</source>
        <comment>fragment: image size</comment>
        <translation>{count:.3g} gigapixels</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/images.py" line="50"/>
        <source>{count:.3g} megapixels</source>
        <comment>fragment: image size</comment>
        <translation>{count:.3g} mégapixels</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/images.py" line="60"/>
        <source>Image claims {width}x{height} pixels ({pixels}), above the {limit:g} megapixel limit; not decoded.</source>
        <translation>L’image annonce {width}x{height} pixels ({pixels}), au-delà de la limite de {limit:g} mégapixels ; non décodée.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/images.py" line="79"/>
        <source>Image is above the image decoder&apos;s safety limit ({reason}); not decoded.</source>
        <translation>L’image dépasse la limite de sécurité du décodeur d’images ({reason}) ; non décodée.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/images.py" line="105"/>
        <source>Image claims {width}x{height} pixels ({pixels}), above the image decoder&apos;s safety limit; not decoded.</source>
        <translation>L’image annonce {width}x{height} pixels ({pixels}), au-delà de la limite de sécurité du décodeur d’images ; non décodée.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/images.py" line="121"/>
        <source>The {content} could not be read ({reason}); not decoded.</source>
        <translation>Impossible de lire le contenu ({content}) : {reason} ; non décodé.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/images.py" line="148"/>
        <source>Image header claims a size of {width}x{height} pixels; not decoded.</source>
        <translation>L’en-tête de l’image annonce une taille de {width}x{height} pixels ; non décodée.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/images.py" line="178"/>
        <source>The {content} could not be decoded: {reason}.</source>
        <translation>Impossible de décoder le contenu ({content}) : {reason}.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/images.py" line="242"/>
        <source>The JPEG image data ends early (the file is truncated or damaged); only the part that was present could be decoded.</source>
        <translation>Les données d’image JPEG s’arrêtent trop tôt (fichier tronqué ou endommagé) ; seule la partie présente a pu être décodée.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/meta/choose.py" line="290"/>
        <source>Capture times disagree: {first} says {first_time}, {other} says {other_time}.</source>
        <translation>Les heures de prise de vue divergent : {first} indique {first_time}, {other} indique {other_time}.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/meta/choose.py" line="318"/>
        <source>The camera clock and the GPS clock disagree by {hours:.1f} h ({first} {first_time}, GPS {gps_time} UTC): the camera&apos;s clock or time zone was wrong.</source>
        <translation>L’horloge de l’appareil et celle du GPS divergent de {hours:.1f} h ({first} {first_time}, GPS {gps_time} UTC) : l’horloge ou le fuseau horaire de l’appareil était erroné.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/meta/choose.py" line="345"/>
        <source>The file&apos;s XMP edit history (steps: {count}; {actions}) names {agents}: the file was processed after capture.</source>
        <translation>L’historique des modifications XMP du fichier (étapes : {count} ; {actions}) cite {agents} : le fichier a été traité après la prise de vue.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/meta/choose.py" line="361"/>
        <source>{tag} names editing software ({software}): the file is not as the camera wrote it.</source>
        <translation>{tag} cite un logiciel de retouche ({software}) : le fichier n’est plus tel que l’appareil l’a enregistré.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/meta/tool.py" line="72"/>
        <source>exiftool is not installed. Download the Windows executable from exiftool.org, rename exiftool(-k).exe to exiftool.exe and put it on PATH (or set {var} to its path); or run: winget install OliverBetz.ExifTool</source>
        <translation>exiftool n’est pas installé. Téléchargez l’exécutable Windows sur exiftool.org, renommez exiftool(-k).exe en exiftool.exe et placez-le dans le PATH (ou indiquez son chemin dans {var}) ; ou exécutez : winget install OliverBetz.ExifTool</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/meta/tool.py" line="79"/>
        <source>exiftool is not installed. Install the macOS package from exiftool.org, or run: brew install exiftool (or set {var} to its path)</source>
        <translation>exiftool n’est pas installé. Installez le paquet macOS depuis exiftool.org, ou exécutez : brew install exiftool (ou indiquez son chemin dans {var})</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/meta/tool.py" line="84"/>
        <source>exiftool is not installed. Install it with your package manager, e.g. sudo apt install libimage-exiftool-perl (Debian, Ubuntu) or sudo dnf install perl-Image-ExifTool (Fedora) (or set {var} to its path)</source>
        <translation>exiftool n’est pas installé. Installez-le avec votre gestionnaire de paquets, par ex. sudo apt install libimage-exiftool-perl (Debian, Ubuntu) ou sudo dnf install perl-Image-ExifTool (Fedora) (ou indiquez son chemin dans {var})</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/meta/tool.py" line="158"/>
        <location filename="../../src/casedesk/media/meta/tool.py" line="176"/>
        <source>exiftool did not finish within {seconds:g} s.</source>
        <translation>exiftool n’a pas terminé en {seconds:g} s.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/meta/tool.py" line="179"/>
        <source>exiftool could not be started ({reason}).</source>
        <translation>exiftool n’a pas pu être lancé ({reason}).</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/meta/tool.py" line="184"/>
        <source>exiftool gave output that is not JSON (exit status {code}).</source>
        <translation>exiftool a renvoyé une sortie qui n’est pas du JSON (code de sortie {code}).</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/meta/tool.py" line="216"/>
        <source>exiftool gave no answer for the file (exit status {code}).</source>
        <translation>exiftool n’a rien renvoyé pour ce fichier (code de sortie {code}).</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/ocr.py" line="167"/>
        <source>{languages} is not a list of Tesseract languages; write codes joined by +, such as ara+fra+eng.</source>
        <translation>{languages} n’est pas une liste de langues Tesseract ; écrivez des codes reliés par +, par exemple ara+fra+eng.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/ocr.py" line="185"/>
        <source>Tesseract is not installed, so text in images cannot be read. Install the Debian package tesseract-ocr and one package per language, such as tesseract-ocr-ara, tesseract-ocr-fra and tesseract-ocr-eng.</source>
        <translation>Tesseract n’est pas installé : le texte des images ne peut pas être reconnu. Installez le paquet Debian tesseract-ocr et un paquet par langue, par exemple tesseract-ocr-ara, tesseract-ocr-fra et tesseract-ocr-eng.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/ocr.py" line="205"/>
        <source>{command} did not answer as Tesseract does; reinstall the Debian package tesseract-ocr.</source>
        <translation>{command} n’a pas répondu comme le fait Tesseract ; réinstallez le paquet Debian tesseract-ocr.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/ocr.py" line="221"/>
        <location filename="../../src/casedesk/media/ocr.py" line="411"/>
        <source>Tesseract could not be started ({reason}).</source>
        <translation>Impossible de lancer Tesseract ({reason}).</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/ocr.py" line="239"/>
        <source>Tesseract has no data for {languages}. Install the Debian package(s) {packages}.</source>
        <translation>Tesseract n’a pas de données pour {languages}. Installez le ou les paquets Debian {packages}.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/ocr.py" line="274"/>
        <source>The image claims {width}x{height} pixels, above the {limit:g} megapixel limit; not read.</source>
        <translation>L’image annonce {width}x{height} pixels, au-delà de la limite de {limit:g} mégapixels ; non lue.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/ocr.py" line="290"/>
        <source>{name} holds {content}, not a still image; only images can be read for text.</source>
        <translation>{name} contient : {content}, et non une image fixe ; seul le texte des images peut être reconnu.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/ocr.py" line="307"/>
        <source>The image has no pixels ({width}x{height}).</source>
        <translation>L’image n’a aucun pixel ({width}x{height}).</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/ocr.py" line="317"/>
        <source>The image is above the image decoder&apos;s safety limit ({reason}); not read.</source>
        <translation>L’image dépasse la limite de sécurité du décodeur d’images ({reason}) ; non lue.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/ocr.py" line="324"/>
        <source>The {content} could not be decoded ({reason}); not read.</source>
        <translation>Impossible de décoder le contenu ({content}) ({reason}) ; non lu.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/ocr.py" line="424"/>
        <source>Tesseract took more than {seconds:.0f} s on this image; stopped.</source>
        <translation>Tesseract a mis plus de {seconds:.0f} s sur cette image ; arrêté.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/ocr.py" line="437"/>
        <source>Tesseract could not read the image ({reason}).</source>
        <translation>Tesseract n’a pas pu lire l’image ({reason}).</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/ocr_pages.py" line="68"/>
        <source>The PDF has no pages; nothing to read.</source>
        <translation>Le PDF ne contient aucune page ; rien à lire.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/ocr_pages.py" line="84"/>
        <source>The PDF could not be opened for reading ({reason}); not read.</source>
        <translation>Le PDF n’a pas pu être ouvert en lecture ({reason}) ; non lu.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/ocr_pages.py" line="99"/>
        <source>Page {page} of the PDF has no area; not read.</source>
        <translation>La page {page} du PDF n’a pas de surface ; non lue.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/ocr_pages.py" line="109"/>
        <source>Page {page} of the PDF could not be rendered ({reason}).</source>
        <translation>La page {page} du PDF n’a pas pu être rendue ({reason}).</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/probe.py" line="42"/>
        <source>Empty file (0 bytes)</source>
        <translation>Fichier vide (0 octet)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/probe.py" line="81"/>
        <source>The file could not be analysed because of an unexpected error ({error}: {detail}).</source>
        <translation>Le fichier n’a pas pu être analysé à cause d’une erreur inattendue ({error} : {detail}).</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/sniff.py" line="54"/>
        <location filename="../../src/casedesk/media/sniff.py" line="144"/>
        <source>JPEG image data</source>
        <comment>fragment: file content</comment>
        <translation>données d’image JPEG</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/sniff.py" line="55"/>
        <location filename="../../src/casedesk/media/sniff.py" line="145"/>
        <source>PNG image data</source>
        <comment>fragment: file content</comment>
        <translation>données d’image PNG</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/sniff.py" line="56"/>
        <location filename="../../src/casedesk/media/sniff.py" line="146"/>
        <source>GIF image data</source>
        <comment>fragment: file content</comment>
        <translation>données d’image GIF</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/sniff.py" line="57"/>
        <location filename="../../src/casedesk/media/sniff.py" line="147"/>
        <source>WebP image data</source>
        <comment>fragment: file content</comment>
        <translation>données d’image WebP</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/sniff.py" line="58"/>
        <location filename="../../src/casedesk/media/sniff.py" line="148"/>
        <source>TIFF image data</source>
        <comment>fragment: file content</comment>
        <translation>données d’image TIFF</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/sniff.py" line="59"/>
        <location filename="../../src/casedesk/media/sniff.py" line="149"/>
        <source>BMP image data</source>
        <comment>fragment: file content</comment>
        <translation>données d’image BMP</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/sniff.py" line="60"/>
        <source>HEIC image data</source>
        <comment>fragment: file content</comment>
        <translation>données d’image HEIC</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/sniff.py" line="61"/>
        <location filename="../../src/casedesk/media/sniff.py" line="150"/>
        <source>HEIF image data</source>
        <comment>fragment: file content</comment>
        <translation>données d’image HEIF</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/sniff.py" line="62"/>
        <location filename="../../src/casedesk/media/sniff.py" line="151"/>
        <source>AVIF image data</source>
        <comment>fragment: file content</comment>
        <translation>données d’image AVIF</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/sniff.py" line="63"/>
        <source>MP4 video data</source>
        <comment>fragment: file content</comment>
        <translation>données vidéo MP4</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/sniff.py" line="64"/>
        <source>MPEG-4 audio data</source>
        <comment>fragment: file content</comment>
        <translation>données audio MPEG-4</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/sniff.py" line="65"/>
        <source>QuickTime video data</source>
        <comment>fragment: file content</comment>
        <translation>données vidéo QuickTime</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/sniff.py" line="66"/>
        <source>3GPP video data</source>
        <comment>fragment: file content</comment>
        <translation>données vidéo 3GPP</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/sniff.py" line="67"/>
        <source>3GPP audio data</source>
        <comment>fragment: file content</comment>
        <translation>données audio 3GPP</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/sniff.py" line="68"/>
        <source>Matroska video data</source>
        <comment>fragment: file content</comment>
        <translation>données vidéo Matroska</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/sniff.py" line="69"/>
        <source>Matroska audio data</source>
        <comment>fragment: file content</comment>
        <translation>données audio Matroska</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/sniff.py" line="70"/>
        <source>WebM video data</source>
        <comment>fragment: file content</comment>
        <translation>données vidéo WebM</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/sniff.py" line="71"/>
        <source>WebM audio data</source>
        <comment>fragment: file content</comment>
        <translation>données audio WebM</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/sniff.py" line="72"/>
        <location filename="../../src/casedesk/media/sniff.py" line="154"/>
        <source>AVI video data</source>
        <comment>fragment: file content</comment>
        <translation>données vidéo AVI</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/sniff.py" line="73"/>
        <source>Ogg video data</source>
        <comment>fragment: file content</comment>
        <translation>données vidéo Ogg</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/sniff.py" line="74"/>
        <source>Ogg audio data</source>
        <comment>fragment: file content</comment>
        <translation>données audio Ogg</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/sniff.py" line="75"/>
        <source>Windows Media video data</source>
        <comment>fragment: file content</comment>
        <translation>données vidéo Windows Media</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/sniff.py" line="76"/>
        <source>Windows Media audio data</source>
        <comment>fragment: file content</comment>
        <translation>données audio Windows Media</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/sniff.py" line="77"/>
        <location filename="../../src/casedesk/media/sniff.py" line="157"/>
        <source>Flash video data</source>
        <comment>fragment: file content</comment>
        <translation>données vidéo Flash</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/sniff.py" line="78"/>
        <location filename="../../src/casedesk/media/sniff.py" line="158"/>
        <source>MPEG transport stream data</source>
        <comment>fragment: file content</comment>
        <translation>données de flux de transport MPEG</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/sniff.py" line="79"/>
        <location filename="../../src/casedesk/media/sniff.py" line="159"/>
        <source>WAV audio data</source>
        <comment>fragment: file content</comment>
        <translation>données audio WAV</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/sniff.py" line="80"/>
        <location filename="../../src/casedesk/media/sniff.py" line="160"/>
        <source>AIFF audio data</source>
        <comment>fragment: file content</comment>
        <translation>données audio AIFF</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/sniff.py" line="81"/>
        <location filename="../../src/casedesk/media/sniff.py" line="161"/>
        <source>FLAC audio data</source>
        <comment>fragment: file content</comment>
        <translation>données audio FLAC</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/sniff.py" line="82"/>
        <location filename="../../src/casedesk/media/sniff.py" line="162"/>
        <source>MP3 audio data</source>
        <comment>fragment: file content</comment>
        <translation>données audio MP3</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/sniff.py" line="83"/>
        <location filename="../../src/casedesk/media/sniff.py" line="163"/>
        <source>AAC audio data</source>
        <comment>fragment: file content</comment>
        <translation>données audio AAC</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/sniff.py" line="84"/>
        <location filename="../../src/casedesk/media/sniff.py" line="164"/>
        <source>AMR audio data</source>
        <comment>fragment: file content</comment>
        <translation>données audio AMR</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/sniff.py" line="85"/>
        <location filename="../../src/casedesk/media/sniff.py" line="165"/>
        <source>PDF document data</source>
        <comment>fragment: file content</comment>
        <translation>données de document PDF</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/sniff.py" line="86"/>
        <location filename="../../src/casedesk/media/sniff.py" line="166"/>
        <source>ZIP archive data</source>
        <comment>fragment: file content</comment>
        <translation>données d’archive ZIP</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/sniff.py" line="87"/>
        <location filename="../../src/casedesk/media/sniff.py" line="173"/>
        <source>gzip archive data</source>
        <comment>fragment: file content</comment>
        <translation>données d’archive gzip</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/sniff.py" line="88"/>
        <location filename="../../src/casedesk/media/sniff.py" line="174"/>
        <source>7-Zip archive data</source>
        <comment>fragment: file content</comment>
        <translation>données d’archive 7-Zip</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/sniff.py" line="89"/>
        <location filename="../../src/casedesk/media/sniff.py" line="175"/>
        <source>RAR archive data</source>
        <comment>fragment: file content</comment>
        <translation>données d’archive RAR</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/sniff.py" line="90"/>
        <source>SQLite database data</source>
        <comment>fragment: file content</comment>
        <translation>données de base de données SQLite</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/sniff.py" line="91"/>
        <source>plain text</source>
        <comment>fragment: file content</comment>
        <translation>texte brut</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/sniff.py" line="92"/>
        <source>HTML text</source>
        <comment>fragment: file content</comment>
        <translation>texte HTML</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/sniff.py" line="93"/>
        <location filename="../../src/casedesk/media/sniff.py" line="171"/>
        <source>RTF document data</source>
        <comment>fragment: file content</comment>
        <translation>données de document RTF</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/sniff.py" line="94"/>
        <location filename="../../src/casedesk/media/sniff.py" line="172"/>
        <source>SVG image data</source>
        <comment>fragment: file content</comment>
        <translation>données d’image SVG</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/sniff.py" line="95"/>
        <source>unrecognised binary data</source>
        <comment>fragment: file content</comment>
        <translation>données binaires non reconnues</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/sniff.py" line="152"/>
        <source>MP4/QuickTime media data</source>
        <comment>fragment: file content</comment>
        <translation>données multimédias MP4/QuickTime</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/sniff.py" line="153"/>
        <source>Matroska/WebM media data</source>
        <comment>fragment: file content</comment>
        <translation>données multimédias Matroska/WebM</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/sniff.py" line="155"/>
        <source>Ogg media data</source>
        <comment>fragment: file content</comment>
        <translation>données multimédias Ogg</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/sniff.py" line="156"/>
        <source>Windows Media data</source>
        <comment>fragment: file content</comment>
        <translation>données Windows Media</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/sniff.py" line="167"/>
        <source>Office document data</source>
        <comment>fragment: file content</comment>
        <translation>données de document Office</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/sniff.py" line="168"/>
        <source>OpenDocument data</source>
        <comment>fragment: file content</comment>
        <translation>données OpenDocument</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/sniff.py" line="169"/>
        <source>EPUB book data</source>
        <comment>fragment: file content</comment>
        <translation>données de livre EPUB</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/sniff.py" line="170"/>
        <source>text</source>
        <comment>fragment: file content</comment>
        <translation>texte</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/sniff.py" line="193"/>
        <source>{media_type} data</source>
        <comment>fragment: file content</comment>
        <translation>données {media_type}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/sniff.py" line="216"/>
        <source>File name ends in {suffix} but the content is not recognisable as {promise}.</source>
        <translation>Le nom du fichier se termine par {suffix}, mais le contenu n’est pas reconnaissable comme {promise}.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/sniff.py" line="223"/>
        <source>File name ends in {suffix} but the content is {content} ({media_type}).</source>
        <translation>Le nom du fichier se termine par {suffix}, mais le contenu est en réalité : {content} ({media_type}).</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/sniff.py" line="237"/>
        <source>{first} or {rest}</source>
        <comment>fragment: one file content or another</comment>
        <translation>{first} ou {rest}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/stills.py" line="54"/>
        <source>{name} could not be opened as a video: {reason}.</source>
        <translation>Impossible d’ouvrir {name} comme vidéo : {reason}.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/stills.py" line="61"/>
        <source>{name} has no video stream.</source>
        <translation>{name} n’a pas de flux vidéo.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/stills.py" line="73"/>
        <source>Offset {offset!r} s is not a valid position in the video.</source>
        <translation>La position {offset!r} s n’est pas une position valide dans la vidéo.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/stills.py" line="79"/>
        <source>Offset {offset:.3f} s is beyond the end of the video ({duration:.3f} s).</source>
        <translation>La position {offset:.3f} s est au-delà de la fin de la vidéo ({duration:.3f} s).</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/stills.py" line="95"/>
        <source>No frame could be decoded at {offset:.3f} s in {name}.</source>
        <translation>Aucune image n’a pu être décodée à {offset:.3f} s dans {name}.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/stills.py" line="100"/>
        <source>Offset {offset:.3f} s is beyond the end of the video.</source>
        <translation>La position {offset:.3f} s est au-delà de la fin de la vidéo.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/stills.py" line="128"/>
        <source>Gave up looking for the frame: the decode limits were reached.</source>
        <translation>Recherche de l’image abandonnée : les limites de décodage ont été atteintes.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/stills.py" line="141"/>
        <source>The video could not be decoded near that offset ({reason}).</source>
        <translation>La vidéo n’a pas pu être décodée près de cette position ({reason}).</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/stills.py" line="157"/>
        <source>Gave up listing keyframes: the time limit was reached.</source>
        <translation>Liste des images clés abandonnée : la limite de temps a été atteinte.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/stills.py" line="164"/>
        <source>{name} could not be read: {reason}.</source>
        <translation>Impossible de lire {name} : {reason}.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/stills.py" line="172"/>
        <source>Step {step!r} s must be a positive number of seconds.</source>
        <translation>Le pas {step!r} s doit être un nombre positif de secondes.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/media/stills.py" line="178"/>
        <source>The length of {name} is unknown, so it cannot be divided into steps.</source>
        <translation>La durée de {name} est inconnue ; elle ne peut donc pas être divisée en pas.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/_files.py" line="30"/>
        <source>{path} can be read by other accounts (mode {filemode}); if nobody else had it, make it private with: chmod 600 {path}</source>
        <translation>{path} est lisible par d’autres comptes (mode {filemode}) ; si personne d’autre n’y a eu accès, rendez-le privé avec : chmod 600 {path}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/casestamps.py" line="180"/>
        <source>its details have no {key}</source>
        <translation>ses détails n’ont pas de {key}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/casestamps.py" line="188"/>
        <source>its {key} is not base64</source>
        <translation>son {key} n’est pas en base64</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/casestamps.py" line="197"/>
        <source>its details do not say which entry it covers</source>
        <translation>ses détails ne disent pas quelle entrée il couvre</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/casestamps.py" line="204"/>
        <source>it uses the unknown scheme {scheme!r}</source>
        <translation>il utilise le schéma inconnu {scheme!r}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/casestamps.py" line="209"/>
        <source>its request DER is damaged ({detail})</source>
        <translation>sa requête DER est endommagée ({detail})</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/casestamps.py" line="229"/>
        <source>its details do not say which request it answers</source>
        <translation>ses détails ne disent pas à quelle requête il répond</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/casestamps.py" line="234"/>
        <source>its genTime or serial is not readable</source>
        <translation>son genTime ou son numéro de série est illisible</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/casestamps.py" line="260"/>
        <source>the request DER of entry {seq} does not match its recorded imprint and nonce</source>
        <translation>la requête DER de l’entrée {seq} ne correspond pas à l’empreinte et au nonce enregistrés</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/casestamps.py" line="268"/>
        <source>entry {covered_seq}, which request entry {seq} covers, is not in the log</source>
        <translation>l’entrée {covered_seq}, que couvre l’entrée de requête {seq}, n’est pas dans le journal</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/casestamps.py" line="276"/>
        <source>request entry {seq} covers entry {covered_seq} with hash {covered_hash}, but that entry&apos;s hash in the log is {log_hash}</source>
        <translation>l’entrée de requête {seq} couvre l’entrée {covered_seq} d’empreinte {covered_hash}, mais l’empreinte de cette entrée dans le journal est {log_hash}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/casestamps.py" line="288"/>
        <source>the imprint of request entry {seq} is not over entry {covered_seq}&apos;s hash and the recorded manifest digest</source>
        <translation>l’empreinte de l’entrée de requête {seq} ne porte pas sur l’empreinte de l’entrée {covered_seq} et sur l’empreinte du manifeste enregistrée</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/errors.py" line="48"/>
        <source>malformed</source>
        <comment>fragment: why a timestamp was refused</comment>
        <translation>mal formé</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/errors.py" line="49"/>
        <source>not granted</source>
        <comment>fragment: why a timestamp was refused</comment>
        <translation>non accordé</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/errors.py" line="50"/>
        <source>tampered</source>
        <comment>fragment: why a timestamp was refused</comment>
        <translation>altéré</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/errors.py" line="51"/>
        <source>not matching</source>
        <comment>fragment: why a timestamp was refused</comment>
        <translation>non correspondant</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/errors.py" line="52"/>
        <source>untrusted TSA</source>
        <comment>fragment: why a timestamp was refused</comment>
        <translation>autorité d’horodatage non approuvée</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/errors.py" line="59"/>
        <source>Timestamp refused ({reason}): {detail}</source>
        <translation>Horodatage refusé ({reason}) : {detail}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/errors.py" line="80"/>
        <source>malformed</source>
        <comment>fragment: why a signed PDF was refused</comment>
        <translation>mal formé</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/errors.py" line="81"/>
        <source>not signed</source>
        <comment>fragment: why a signed PDF was refused</comment>
        <translation>non signé</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/errors.py" line="82"/>
        <source>tampered</source>
        <comment>fragment: why a signed PDF was refused</comment>
        <translation>altéré</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/errors.py" line="83"/>
        <source>modified after signing</source>
        <comment>fragment: why a signed PDF was refused</comment>
        <translation>modifié après signature</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/errors.py" line="84"/>
        <source>not bound to an investigator key</source>
        <comment>fragment: why a signed PDF was refused</comment>
        <translation>non lié à une clé d’enquêteur</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/errors.py" line="87"/>
        <source>not the given unsigned document</source>
        <comment>fragment: why a signed PDF was refused</comment>
        <translation>pas le document non signé fourni</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/errors.py" line="96"/>
        <source>PDF signature refused ({reason}): {detail}</source>
        <translation>Signature PDF refusée ({reason}) : {detail}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/keys.py" line="69"/>
        <source>Not a key fingerprint (64 hex digits): {text!r}</source>
        <translation>Pas une empreinte de clé (64 chiffres hexadécimaux) : {text!r}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/keys.py" line="85"/>
        <source>An Ed25519 public key is 32 bytes, not {count}.</source>
        <translation>Une clé publique Ed25519 fait 32 octets, pas {count}.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/keys.py" line="107"/>
        <source>Not a PEM public key file.</source>
        <translation>Pas un fichier de clé publique PEM.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/keys.py" line="109"/>
        <source>This public key is not Ed25519, so it is not a CaseDesk investigator key.</source>
        <translation>Cette clé publique n’est pas Ed25519 ; ce n’est donc pas une clé d’enquêteur CaseDesk.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/keys.py" line="121"/>
        <source>Signature does not verify under key {fingerprint}.</source>
        <translation>La signature ne se vérifie pas avec la clé {fingerprint}.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/keys.py" line="171"/>
        <source>inconsistent</source>
        <translation>incohérent</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/keys.py" line="176"/>
        <source>The key record {path} is damaged; restore it from a backup.</source>
        <translation>La fiche de clé {path} est endommagée ; restaurez-la depuis une sauvegarde.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/keys.py" line="213"/>
        <source>The key record {record_path} is missing; unlock the key once to rebuild it.</source>
        <translation>La fiche de clé {record_path} manque ; déverrouillez la clé une fois pour la reconstruire.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/keys.py" line="246"/>
        <source>There is already a signing key in {folder}; move the folder aside to make a new one.</source>
        <translation>Il y a déjà une clé de signature dans {folder} ; déplacez ce répertoire pour en créer une nouvelle.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/keys.py" line="266"/>
        <source>{key_path} holds key {fingerprint}, but this folder&apos;s key is {recorded_fingerprint}; restore the right key file (or move the folder aside to make a new key).</source>
        <translation>{key_path} contient la clé {fingerprint}, mais la clé de ce répertoire est {recorded_fingerprint} ; restaurez le bon fichier de clé (ou déplacez le répertoire pour créer une nouvelle clé).</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/keys.py" line="292"/>
        <location filename="../../src/casedesk/proof/keys.py" line="333"/>
        <source>There is no signing key in {folder} yet.</source>
        <translation>Il n’y a pas encore de clé de signature dans {folder}.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/keys.py" line="295"/>
        <source>Cannot read the signing key {key_path}: {reason}.</source>
        <translation>Impossible de lire la clé de signature {key_path} : {reason}.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/keys.py" line="305"/>
        <source>The signing key is protected by a passphrase; give it to sign.</source>
        <translation>La clé de signature est protégée par une phrase secrète ; saisissez-la pour signer.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/keys.py" line="312"/>
        <source>Wrong passphrase for the signing key.</source>
        <translation>Phrase secrète incorrecte pour la clé de signature.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/keys.py" line="314"/>
        <source>The signing key file {key_path} is damaged (it changed since it was made and cannot be read); restore it from a backup.</source>
        <translation>Le fichier de la clé de signature {key_path} est endommagé (il a changé depuis sa création et ne peut être lu) ; restaurez-le depuis une sauvegarde.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/keys.py" line="322"/>
        <source>{key_path} holds a key that is not Ed25519; it is not a CaseDesk key.</source>
        <translation>{key_path} contient une clé qui n’est pas Ed25519 ; ce n’est pas une clé CaseDesk.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/keys.py" line="336"/>
        <source>Cannot read the key record {record_path}.</source>
        <translation>Impossible de lire la fiche de clé {record_path}.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/keys.py" line="376"/>
        <source>key {fingerprint} does not match its fingerprint</source>
        <translation>la clé {fingerprint} ne correspond pas à son empreinte</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/keys.py" line="394"/>
        <source>Cannot read the trusted keys {path}.</source>
        <translation>Impossible de lire les clés approuvées {path}.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/keys.py" line="398"/>
        <location filename="../../src/casedesk/proof/tsa_trust.py" line="103"/>
        <source>unknown format {format!r}</source>
        <translation>format inconnu {format!r}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/keys.py" line="403"/>
        <source>The trusted keys file {path} is damaged ({reason}).</source>
        <translation>Le fichier des clés approuvées {path} est endommagé ({reason}).</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/keys.py" line="413"/>
        <source>A trusted key needs a name.</source>
        <translation>Une clé approuvée doit avoir un nom.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/pdfsign.py" line="227"/>
        <source>the PDF cannot be signed ({reason})</source>
        <translation>le PDF ne peut pas être signé ({reason})</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/pdfsign.py" line="254"/>
        <source>not a readable PDF ({reason})</source>
        <translation>pas un PDF lisible ({reason})</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/pdfsign.py" line="256"/>
        <source>the PDF carries no signature</source>
        <translation>le PDF ne porte aucune signature</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/pdfsign.py" line="259"/>
        <source>{count} signatures; a CaseDesk report has one</source>
        <translation>{count} signatures ; un rapport CaseDesk n’en a qu’une</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/pdfsign.py" line="263"/>
        <source>not a PAdES signature (ETSI.CAdES.detached)</source>
        <translation>pas une signature PAdES (ETSI.CAdES.detached)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/pdfsign.py" line="272"/>
        <source>the signature cannot be validated ({reason})</source>
        <translation>la signature ne peut pas être validée ({reason})</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/pdfsign.py" line="275"/>
        <source>the signed bytes changed after signing (digest mismatch)</source>
        <translation>les octets signés ont changé après la signature (empreinte différente)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/pdfsign.py" line="277"/>
        <source>the signature does not verify</source>
        <translation>la signature ne se vérifie pas</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/pdfsign.py" line="281"/>
        <source>the document was changed after signing (pyHanko: {level})</source>
        <translation>le document a été modifié après la signature (pyHanko : {level})</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/pdfsign.py" line="284"/>
        <source>bytes were added after the signature</source>
        <translation>des octets ont été ajoutés après la signature</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/pdfsign.py" line="312"/>
        <source>the certificate names no CaseDesk investigator key</source>
        <translation>le certificat ne désigne aucune clé d’enquêteur CaseDesk</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/pdfsign.py" line="317"/>
        <source>the certificate&apos;s subject shows another key&apos;s fingerprint</source>
        <translation>le sujet du certificat montre l’empreinte d’une autre clé</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/pdfsign.py" line="327"/>
        <source>key {fingerprint} did not vouch for the signing key</source>
        <translation>la clé {fingerprint} ne s’est pas portée garante de la clé de signature</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/pdfsign.py" line="341"/>
        <source>the signed file does not begin with the given document</source>
        <translation>le fichier signé ne commence pas par le document fourni</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/pdfsign.py" line="348"/>
        <source>the given document is not a readable PDF ({reason})</source>
        <translation>le document fourni n’est pas un PDF lisible ({reason})</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/pdfsign.py" line="353"/>
        <source>the signature is not the update right after the given document</source>
        <translation>la signature n’est pas la mise à jour qui suit immédiatement le document fourni</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/recorded.py" line="43"/>
        <source>the recorded bundle signature is malformed ({reason})</source>
        <translation>la signature de paquet enregistrée est mal formée ({reason})</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/recorded.py" line="45"/>
        <source>the recorded signer fingerprint is not the recorded key&apos;s</source>
        <translation>l’empreinte du signataire enregistrée n’est pas celle de la clé enregistrée</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/recorded.py" line="50"/>
        <source>the recorded bundle signature does not verify under key {fingerprint}</source>
        <translation>la signature de paquet enregistrée ne se vérifie pas avec la clé {fingerprint}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/stamp_exchange.py" line="83"/>
        <source>The case&apos;s custody log is empty: there is no entry to stamp.</source>
        <translation>Le journal de traçabilité du dossier est vide : il n’y a aucune entrée à horodater.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/stamp_exchange.py" line="102"/>
        <source>{path} is a folder; give the name of the request file to write (.tsq).</source>
        <translation>{path} est un répertoire ; donnez le nom du fichier de requête à écrire (.tsq).</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/stamp_exchange.py" line="105"/>
        <location filename="../../src/casedesk/report/export.py" line="62"/>
        <source>Folder {folder} does not exist.</source>
        <translation>Le répertoire {folder} n’existe pas.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/stamp_exchange.py" line="107"/>
        <location filename="../../src/casedesk/proof/stamp_exchange.py" line="155"/>
        <location filename="../../src/casedesk/proof/stamp_exchange.py" line="159"/>
        <source>{path} exists already; give --force to replace it.</source>
        <translation>{path} existe déjà ; ajoutez --force pour le remplacer.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/stamp_exchange.py" line="173"/>
        <source>{path} is not a regular file.</source>
        <translation>{path} n’est pas un fichier ordinaire.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/stamp_exchange.py" line="178"/>
        <location filename="../../src/casedesk/provenance/capture.py" line="279"/>
        <location filename="../../src/casedesk/provenance/capture_proofmode.py" line="158"/>
        <location filename="../../src/casedesk/provenance/wacz.py" line="260"/>
        <source>{name} is larger than {limit} bytes</source>
        <translation>{name} dépasse {limit} octets</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/stamp_exchange.py" line="190"/>
        <source>{path} is not a certificate file (PEM or DER): {detail}.</source>
        <translation>{path} n’est pas un fichier de certificat (PEM ou DER) : {detail}.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/stamp_exchange.py" line="197"/>
        <source>{path} holds no certificate.</source>
        <translation>{path} ne contient aucun certificat.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/stamp_exchange.py" line="261"/>
        <location filename="../../src/casedesk/proof/timestamps.py" line="253"/>
        <source>{count} bytes is too large for a timestamp response</source>
        <translation>{count} octets, c’est trop pour une réponse d’horodatage</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/casedesk/proof/stamp_exchange.py" line="273"/>
        <source>it answers none of this case&apos;s %n outstanding timestamp request(s) (no request in the log has its imprint and nonce)</source>
        <translation>
            <numerusform>il ne répond à aucune requête d’horodatage en attente de ce dossier (%n en attente ; aucune requête du journal n’a son empreinte et son nonce)</numerusform>
            <numerusform>il ne répond à aucune des %n requêtes d’horodatage en attente de ce dossier (aucune requête du journal n’a son empreinte et son nonce)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/stamp_exchange.py" line="282"/>
        <source>it answers the request of entry {seq}, already answered by entry {first} (a replay: each request is answered once)</source>
        <translation>il répond à la requête de l’entrée {seq}, qui a déjà reçu une réponse à l’entrée {first} (un rejeu : chaque requête ne reçoit qu’une réponse)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/stamp_exchange.py" line="293"/>
        <source>The request cannot be answered: {problem}. Run “casedesk verify”.</source>
        <translation>Impossible de répondre à la requête : {problem}. Lancez « casedesk verify ».</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/stamp_exchange.py" line="359"/>
        <source>no single trusted certificate vouches for the TSA on its own</source>
        <translation>aucun certificat approuvé ne garantit à lui seul l’autorité d’horodatage</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/stamp_recheck.py" line="63"/>
        <source>not a custody entry</source>
        <translation>pas une entrée du journal de traçabilité</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/stamp_recheck.py" line="131"/>
        <source>the timestamp import cannot be read: {bad}</source>
        <translation>l’import d’horodatage est illisible : {bad}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/stamp_recheck.py" line="146"/>
        <source>it answers entry {request_seq}, which is not an earlier timestamp request</source>
        <translation>il répond à l’entrée {request_seq}, qui n’est pas une requête d’horodatage antérieure</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/stamp_recheck.py" line="153"/>
        <source>it answers request entry {seq}, made for another case</source>
        <translation>il répond à l’entrée de requête {seq}, faite pour un autre dossier</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/stamp_recheck.py" line="157"/>
        <source>request entry {request_seq} was already answered by entry {first}</source>
        <translation>l’entrée de requête {request_seq} a déjà reçu une réponse à l’entrée {first}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/stamp_recheck.py" line="167"/>
        <source>request entry {seq} cannot be read: {bad}</source>
        <translation>l’entrée de requête {seq} est illisible : {bad}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/stamp_recheck.py" line="175"/>
        <source>it says it covers entry {covers}, but its request covers entry {covered_seq}</source>
        <translation>il dit couvrir l’entrée {covers}, mais sa requête couvre l’entrée {covered_seq}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/stamp_recheck.py" line="187"/>
        <source>the manifest digest recorded for entry {covered_seq} is {manifest_digest}, but the case&apos;s as of that entry is {actual}</source>
        <translation>l’empreinte du manifeste enregistrée pour l’entrée {covered_seq} est {manifest_digest}, mais celle du dossier en date de cette entrée est {actual}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/stamp_recheck.py" line="197"/>
        <source>the recorded trust anchor does not match its recorded SHA-256</source>
        <translation>l’ancre de confiance enregistrée ne correspond pas à son SHA-256 enregistré</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/stamp_recheck.py" line="202"/>
        <source>the recorded trust anchor is not a certificate</source>
        <translation>l’ancre de confiance enregistrée n’est pas un certificat</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/stamp_recheck.py" line="206"/>
        <source>the recorded token no longer verifies against its request and trust anchor: {reason}</source>
        <translation>le jeton enregistré ne se vérifie plus avec sa requête et son ancre de confiance : {reason}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/stamp_recheck.py" line="218"/>
        <source>the recorded {name} ({said}) is not the token&apos;s ({found})</source>
        <translation>le {name} enregistré ({said}) n’est pas celui du jeton ({found})</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/timestamps.py" line="92"/>
        <source>not a {hash_algorithm} digest, or an unsupported imprint hash</source>
        <translation>pas une empreinte {hash_algorithm}, ou un algorithme d’empreinte non pris en charge</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/timestamps.py" line="123"/>
        <source>not a timestamp request ({reason})</source>
        <translation>pas une requête d’horodatage ({reason})</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/timestamps.py" line="128"/>
        <source>the request&apos;s imprint hash {algorithm} is not supported</source>
        <translation>l’algorithme d’empreinte {algorithm} de la requête n’est pas pris en charge</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/timestamps.py" line="192"/>
        <source>not a certificate file ({reason})</source>
        <translation>pas un fichier de certificat ({reason})</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/timestamps.py" line="216"/>
        <source>its imprint uses {algorithm}, which is not accepted</source>
        <translation>son empreinte utilise {algorithm}, qui n’est pas accepté</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/timestamps.py" line="219"/>
        <source>it stamps other data (the message imprint differs)</source>
        <translation>il horodate d’autres données (l’empreinte du message diffère)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/timestamps.py" line="223"/>
        <source>it carries no nonce</source>
        <comment>fragment: why a timestamp answers another request</comment>
        <translation>il ne porte pas de nonce</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/timestamps.py" line="225"/>
        <source>its nonce is another request&apos;s</source>
        <comment>fragment: why a timestamp answers another request</comment>
        <translation>son nonce est celui d’une autre requête</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/timestamps.py" line="227"/>
        <source>it answers another request ({detail})</source>
        <translation>il répond à une autre requête ({detail})</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/timestamps.py" line="230"/>
        <source>it was issued under policy {dotted}</source>
        <translation>il a été émis selon la politique {dotted}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/timestamps.py" line="261"/>
        <source>not a complete timestamp response ({reason})</source>
        <translation>pas une réponse d’horodatage complète ({reason})</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/timestamps.py" line="269"/>
        <source>the TSA answered {code} ({said})</source>
        <translation>l’autorité d’horodatage a répondu {code} ({said})</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/timestamps.py" line="271"/>
        <source>the TSA answered {code}</source>
        <translation>l’autorité d’horodatage a répondu {code}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/timestamps.py" line="277"/>
        <source>a granted response without its token</source>
        <translation>une réponse accordée sans son jeton</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/timestamps.py" line="279"/>
        <source>the token is not CMS SignedData</source>
        <translation>le jeton n’est pas du CMS SignedData</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/timestamps.py" line="283"/>
        <location filename="../../src/casedesk/proof/timestamps.py" line="286"/>
        <source>the token does not encapsulate a TSTInfo</source>
        <translation>le jeton n’encapsule pas de TSTInfo</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/timestamps.py" line="290"/>
        <source>{count} signers; a timestamp has one</source>
        <translation>{count} signataires ; un horodatage n’en a qu’un</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/timestamps.py" line="295"/>
        <source>{count} certificates (at most {max_certificates})</source>
        <translation>{count} certificats (au plus {max_certificates})</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/timestamps.py" line="303"/>
        <source>the token is damaged ({reason})</source>
        <translation>le jeton est endommagé ({reason})</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/timestamps.py" line="317"/>
        <source>a certificate in the response is damaged ({reason})</source>
        <translation>un certificat de la réponse est endommagé ({reason})</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/timestamps.py" line="342"/>
        <source>the TSA&apos;s certificate is not in the response; give it (with its chain) to check the signature</source>
        <translation>le certificat de l’autorité d’horodatage n’est pas dans la réponse ; fournissez-le (avec sa chaîne) pour vérifier la signature</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/timestamps.py" line="352"/>
        <source>the token is signed over a weak or unknown digest ({md})</source>
        <translation>le jeton est signé sur une empreinte faible ou inconnue ({md})</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/timestamps.py" line="356"/>
        <source>the token has no signing-certificate attribute (RFC 3161 §2.4.1)</source>
        <translation>le jeton n’a pas d’attribut de certificat de signature (RFC 3161 §2.4.1)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/timestamps.py" line="365"/>
        <source>the TSA&apos;s signature does not hold ({reason})</source>
        <translation>la signature de l’autorité d’horodatage n’est pas valable ({reason})</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/timestamps.py" line="369"/>
        <source>the TSA&apos;s signature cannot be checked ({reason})</source>
        <translation>la signature de l’autorité d’horodatage ne peut pas être vérifiée ({reason})</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/timestamps.py" line="372"/>
        <source>the token&apos;s contents differ from what the TSA signed</source>
        <translation>le contenu du jeton diffère de ce qu’a signé l’autorité d’horodatage</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/timestamps.py" line="374"/>
        <source>the TSA&apos;s signature over the token does not verify</source>
        <translation>la signature de l’autorité d’horodatage sur le jeton ne se vérifie pas</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/timestamps.py" line="385"/>
        <source>{subject} is not a TSA certificate (RFC 3161 wants a critical extended key usage of timeStamping only)</source>
        <translation>{subject} n’est pas un certificat d’autorité d’horodatage (la RFC 3161 exige un usage étendu de clé critique limité à timeStamping)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/timestamps.py" line="401"/>
        <source>no trusted TSA certificate was given</source>
        <translation>aucun certificat d’autorité d’horodatage approuvé n’a été fourni</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/timestamps.py" line="416"/>
        <source>the TSA does not chain to a trusted certificate ({reason})</source>
        <translation>l’autorité d’horodatage ne se rattache pas à un certificat approuvé ({reason})</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/timestamps.py" line="420"/>
        <source>the TSA&apos;s certificate path is not valid ({reason})</source>
        <translation>le chemin de certification de l’autorité d’horodatage n’est pas valide ({reason})</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/tsa_trust.py" line="75"/>
        <source>certificate {sha256} does not match its fingerprint</source>
        <translation>le certificat {sha256} ne correspond pas à son empreinte</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/tsa_trust.py" line="98"/>
        <source>Cannot read the trusted timestamp authorities {path}.</source>
        <translation>Impossible de lire les autorités d’horodatage approuvées {path}.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/proof/tsa_trust.py" line="107"/>
        <source>The trusted timestamp authorities file {path} is damaged ({reason}).</source>
        <translation>Le fichier des autorités d’horodatage approuvées {path} est endommagé ({reason}).</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/provenance/capture.py" line="288"/>
        <location filename="../../src/casedesk/provenance/capture_proofmode.py" line="333"/>
        <location filename="../../src/casedesk/provenance/capture_proofmode.py" line="344"/>
        <location filename="../../src/casedesk/provenance/wacz.py" line="310"/>
        <source>{name} is not valid JSON ({reason})</source>
        <translation>{name} n&apos;est pas du JSON valide ({reason})</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/provenance/capture_proofmode.py" line="131"/>
        <source>the entry {name!r} holds {count} bytes, not the {size} its header states</source>
        <translation>l’entrée {name!r} contient {count} octets, et non les {size} qu’annonce son en-tête</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/provenance/capture_proofmode.py" line="204"/>
        <location filename="../../src/casedesk/provenance/wacz.py" line="154"/>
        <location filename="../../src/casedesk/provenance/wacz_media.py" line="208"/>
        <location filename="../../src/casedesk/provenance/wacz_media.py" line="244"/>
        <location filename="../../src/casedesk/provenance/wacz_records.py" line="149"/>
        <location filename="../../src/casedesk/provenance/wacz_streams.py" line="30"/>
        <source>the archive is damaged or truncated ({reason})</source>
        <translation>l&apos;archive est endommagée ou tronquée ({reason})</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/provenance/capture_proofmode.py" line="205"/>
        <source>ProofMode bundle refused: {reason}.</source>
        <translation>Paquet ProofMode refusé : {reason}.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/provenance/capture_proofmode.py" line="226"/>
        <source>it holds no ProofMode proof (.proof.json or .proof.csv)</source>
        <translation>il ne contient aucune preuve ProofMode (.proof.json ou .proof.csv)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/provenance/capture_proofmode.py" line="236"/>
        <source>the bundle holds {count} ProofMode proofs; this record is about {name}</source>
        <translation>le paquet contient {count} preuves ProofMode ; cette fiche porte sur {name}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/provenance/capture_proofmode.py" line="265"/>
        <location filename="../../src/casedesk/provenance/capture_starling.py" line="83"/>
        <source>the proof states no SHA-256 of the media</source>
        <translation>la preuve n’indique aucune empreinte SHA-256 du média</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/provenance/capture_proofmode.py" line="272"/>
        <location filename="../../src/casedesk/provenance/capture_starling.py" line="101"/>
        <source>the media&apos;s SHA-256 differs from the one the proof states</source>
        <translation>l’empreinte SHA-256 du média diffère de celle qu’indique la preuve</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/provenance/capture_proofmode.py" line="274"/>
        <source>the media file is not among the files</source>
        <translation>le fichier média ne figure pas parmi les fichiers</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/provenance/capture_proofmode.py" line="316"/>
        <source>{name} holds {count} proofs of the same media; the first is read</source>
        <translation>{name} contient {count} preuves du même média ; seule la première est lue</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/provenance/capture_proofmode.py" line="324"/>
        <source>its .proof.json and .proof.csv state different media hashes</source>
        <translation>ses fichiers .proof.json et .proof.csv indiquent des empreintes de média différentes</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/provenance/capture_proofmode.py" line="347"/>
        <location filename="../../src/casedesk/provenance/capture_starling.py" line="125"/>
        <location filename="../../src/casedesk/provenance/wacz.py" line="312"/>
        <source>{name} is not a JSON object</source>
        <translation>{name} n&apos;est pas un objet JSON</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/provenance/capture_proofmode.py" line="363"/>
        <source>{name}&apos;s values do not line up with its header</source>
        <translation>les valeurs de {name} ne concordent pas avec son en-tête</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/provenance/capture_proofmode.py" line="401"/>
        <source>{provider} proof: not verifiable offline.</source>
        <translation>Preuve {provider} : non vérifiable hors ligne.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/provenance/capture_proofmode.py" line="406"/>
        <location filename="../../src/casedesk/provenance/capture_starling.py" line="221"/>
        <source>The file it signs is missing or could not be read.</source>
        <translation>Le fichier qu’elle signe est absent ou n’a pas pu être lu.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/provenance/capture_proofmode.py" line="409"/>
        <source>OpenPGP signature over {file}: to be checked against the case&apos;s keyring.</source>
        <translation>Signature OpenPGP portant sur {file} : à vérifier avec le trousseau de clés du dossier.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/provenance/capture_starling.py" line="158"/>
        <source>signature.json holds no signature</source>
        <translation>signature.json ne contient aucune signature</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/provenance/capture_starling.py" line="164"/>
        <source>signature {number} is about another media hash than information.json&apos;s</source>
        <translation>la signature {number} porte sur une autre empreinte du média que celle indiquée dans information.json</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/provenance/capture_starling.py" line="185"/>
        <source>Zion (Ethereum-style) signature: not verifiable by CaseDesk.</source>
        <translation>Signature Zion (de type Ethereum) : non vérifiable par CaseDesk.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/provenance/capture_starling.py" line="191"/>
        <source>Signature provider {provider!r} is unknown to CaseDesk.</source>
        <translation>Le fournisseur de signature {provider!r} est inconnu de CaseDesk.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/provenance/capture_starling.py" line="204"/>
        <location filename="../../src/casedesk/provenance/capture_starling.py" line="212"/>
        <source>The public key or the signature is malformed ({reason}).</source>
        <translation>La clé publique ou la signature est mal formée ({reason}).</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/provenance/capture_starling.py" line="219"/>
        <source>The public key is not an ECDSA P-256 key.</source>
        <translation>La clé publique n’est pas une clé ECDSA P-256.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/provenance/capture_starling.py" line="227"/>
        <source>The signature does not match information.json: the file or the signature was altered.</source>
        <translation>La signature ne correspond pas à information.json : le fichier ou la signature a été modifié.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/provenance/capture_starling.py" line="232"/>
        <source>Valid signature over information.json; its public key travels with the capture, so it names the signer only if the key is known from elsewhere.</source>
        <translation>Signature valide portant sur information.json ; sa clé publique accompagne la capture : elle n’identifie donc le signataire que si la clé est connue par ailleurs.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/provenance/library.py" line="94"/>
        <source>c2pa-python is not installed; Content Credentials cannot be read.</source>
        <translation>c2pa-python n’est pas installé ; les Content Credentials (C2PA) ne peuvent pas être lus.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/provenance/library.py" line="99"/>
        <source>c2pa-python {version} is not a version CaseDesk was tested with ({values}.x); install one of those.</source>
        <translation>c2pa-python {version} n’est pas une version avec laquelle CaseDesk a été testé ({values}.x) ; installez-en une.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/provenance/library.py" line="140"/>
        <source>not given to c2pa: {size} MiB read whole, and no C2PA data in it</source>
        <translation>non transmis à c2pa : {size} Mio à lire en entier, et aucune donnée C2PA dedans</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/provenance/openpgp.py" line="104"/>
        <source>Good OpenPGP signature.</source>
        <translation>Signature OpenPGP valide.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/provenance/openpgp.py" line="105"/>
        <source>Good OpenPGP signature; the key was valid when it signed and has expired since.</source>
        <translation>Signature OpenPGP valide ; la clé était valide au moment de la signature et a expiré depuis.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/provenance/openpgp.py" line="108"/>
        <source>Good OpenPGP signature; the signature itself has expired since.</source>
        <translation>Signature OpenPGP valide ; la signature elle-même a expiré depuis.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/provenance/openpgp.py" line="111"/>
        <source>Bad OpenPGP signature: the file or the signature was altered.</source>
        <translation>Signature OpenPGP invalide : le fichier ou la signature a été modifié.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/provenance/openpgp.py" line="112"/>
        <source>OpenPGP signature by a key that is not imported; import the signer&apos;s key and read again.</source>
        <translation>Signature OpenPGP d&apos;une clé non importée ; importez la clé du signataire et relancez la lecture.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/provenance/openpgp.py" line="115"/>
        <source>OpenPGP signature made with a key that had already expired.</source>
        <translation>Signature OpenPGP faite avec une clé déjà expirée.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/provenance/openpgp.py" line="118"/>
        <source>OpenPGP signature by a revoked key.</source>
        <translation>Signature OpenPGP d&apos;une clé révoquée.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/provenance/openpgp.py" line="119"/>
        <source>The signature file holds no OpenPGP signature.</source>
        <translation>Le fichier de signature ne contient aucune signature OpenPGP.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/provenance/openpgp.py" line="120"/>
        <source>The OpenPGP signature could not be checked.</source>
        <translation>La signature OpenPGP n&apos;a pas pu être vérifiée.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/provenance/openpgp.py" line="128"/>
        <source>Detached signature {file}: {why}</source>
        <translation>Signature détachée {file} : {why}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/provenance/openpgp.py" line="188"/>
        <source>The key file is larger than {limit} bytes.</source>
        <translation>Le fichier de clé dépasse {limit} octets.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/provenance/openpgp.py" line="195"/>
        <source>The file holds no OpenPGP public key.</source>
        <translation>Le fichier ne contient aucune clé publique OpenPGP.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/provenance/openpgp.py" line="372"/>
        <source>GnuPG (gpg) is not installed; it is needed to import OpenPGP keys.</source>
        <translation>GnuPG (gpg) n&apos;est pas installé ; il est nécessaire pour importer des clés OpenPGP.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/provenance/openpgp.py" line="377"/>
        <source>GnuPG could not be run: {reason}.</source>
        <translation>GnuPG n&apos;a pas pu être lancé : {reason}.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/provenance/openpgp.py" line="380"/>
        <source>GnuPG refused the key file: {reason}.</source>
        <translation>GnuPG a refusé le fichier de clé : {reason}.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/provenance/record.py" line="214"/>
        <source>Content Credentials (C2PA) are present but could not be read: {reason}.</source>
        <translation>Des Content Credentials (C2PA) sont présents mais n’ont pas pu être lus : {reason}.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/provenance/record.py" line="221"/>
        <source>Content Credentials (C2PA) are said to be at {url}; not fetched (CaseDesk works offline).</source>
        <translation>Les Content Credentials (C2PA) se trouveraient à l’adresse {url} ; non récupérés (CaseDesk fonctionne hors ligne).</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/provenance/record.py" line="229"/>
        <source>Content Credentials (C2PA) do not validate ({state}: {codes}); the original is kept as received.</source>
        <translation>Les Content Credentials (C2PA) ne sont pas valides ({state} : {codes}) ; l’original est conservé tel que reçu.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/provenance/record.py" line="236"/>
        <source>Content Credentials (C2PA) do not validate ({state}); the original is kept as received.</source>
        <translation>Les Content Credentials (C2PA) ne sont pas valides ({state}) ; l’original est conservé tel que reçu.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/provenance/trust.py" line="111"/>
        <source>That file is too large to be a bundle of trust anchors.</source>
        <translation>Ce fichier est trop gros pour être un ensemble d’ancres de confiance.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/provenance/trust.py" line="115"/>
        <source>Not a PEM certificate file: {reason}.</source>
        <translation>Pas un fichier de certificat PEM : {reason}.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/provenance/trust.py" line="118"/>
        <source>No certificate found: trust anchors are given as PEM (-----BEGIN CERTIFICATE-----).</source>
        <translation>Aucun certificat trouvé : les ancres de confiance se donnent en PEM (-----BEGIN CERTIFICATE-----).</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/provenance/wacz.py" line="167"/>
        <source>it has no datapackage.json</source>
        <translation>elle n&apos;a pas de datapackage.json</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/provenance/wacz.py" line="203"/>
        <source>a resource without a path</source>
        <translation>une ressource sans chemin</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/provenance/wacz.py" line="208"/>
        <source>not in the archive</source>
        <translation>absente de l&apos;archive</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/provenance/wacz.py" line="211"/>
        <source>no hash it can be checked against</source>
        <translation>aucune empreinte permettant de la vérifier</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/provenance/wacz.py" line="215"/>
        <source>{count} bytes, not the {size} stated</source>
        <translation>{count} octets, et non les {size} annoncés</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/provenance/wacz.py" line="218"/>
        <source>its hash differs</source>
        <translation>son empreinte diffère</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/provenance/wacz.py" line="263"/>
        <location filename="../../src/casedesk/provenance/wacz_records.py" line="161"/>
        <location filename="../../src/casedesk/provenance/wacz_streams.py" line="35"/>
        <source>{name} expands more than {ratio} times (a zip bomb)</source>
        <translation>{name} se décompresse plus de {ratio} fois (une bombe de décompression)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/provenance/wacz.py" line="270"/>
        <location filename="../../src/casedesk/provenance/wacz_records.py" line="157"/>
        <location filename="../../src/casedesk/provenance/wacz_streams.py" line="44"/>
        <source>it expands to more data than the limit allows (a zip bomb)</source>
        <translation>elle se décompresse en plus de données que la limite ne l&apos;autorise (une bombe de décompression)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/provenance/wacz.py" line="278"/>
        <source>it has {count} entries, more than the limit of {limit}</source>
        <translation>elle compte {count} entrées, au-delà de la limite de {limit}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/provenance/wacz.py" line="291"/>
        <source>the entry {name!r} has a path that climbs out of the archive</source>
        <translation>l&apos;entrée {name!r} a un chemin qui sort de l&apos;archive</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/provenance/wacz.py" line="293"/>
        <source>the entry {name!r} has control characters in its name</source>
        <translation>l&apos;entrée {name!r} contient des caractères de contrôle dans son nom</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/provenance/wacz.py" line="295"/>
        <source>the entry {name!r} is a link or a device, not a file</source>
        <translation>l&apos;entrée {name!r} est un lien ou un périphérique, pas un fichier</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/provenance/wacz.py" line="297"/>
        <source>the entry {name!r} is encrypted</source>
        <translation>l&apos;entrée {name!r} est chiffrée</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/provenance/wacz.py" line="299"/>
        <source>the entry {name!r} uses an unsupported compression method</source>
        <translation>l&apos;entrée {name!r} utilise une méthode de compression non prise en charge</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/provenance/wacz.py" line="301"/>
        <source>the entry {name!r} appears twice</source>
        <translation>l&apos;entrée {name!r} apparaît deux fois</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/provenance/wacz.py" line="352"/>
        <source>Web archive (WACZ) refused: {reason}.</source>
        <translation>Archive web (WACZ) refusée : {reason}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/casedesk/provenance/wacz.py" line="356"/>
        <source>Web archive (WACZ): %n resource differs from its datapackage.json.</source>
        <translation>
            <numerusform>Archive web (WACZ) : %n ressource diffère de son datapackage.json.</numerusform>
            <numerusform>Archive web (WACZ) : %n ressources diffèrent de leur datapackage.json.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/casedesk/provenance/wacz.py" line="362"/>
        <source>Web archive (WACZ): its datapackage.json lists no resource.</source>
        <translation>Archive web (WACZ) : son datapackage.json ne liste aucune ressource.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/provenance/wacz.py" line="364"/>
        <source>Web archive (WACZ): datapackage.json differs from the digest it was signed by.</source>
        <translation>Archive web (WACZ) : datapackage.json ne correspond plus à l&apos;empreinte qui a été signée.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/provenance/wacz.py" line="367"/>
        <source>Web archive (WACZ): its signature is invalid ({problem}).</source>
        <translation>Archive web (WACZ) : sa signature est invalide ({problem}).</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/provenance/wacz.py" line="370"/>
        <source>Web archive (WACZ): its signature is not trusted ({problem}).</source>
        <translation>Archive web (WACZ) : sa signature n&apos;est pas digne de confiance ({problem}).</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/provenance/wacz_records.py" line="89"/>
        <source>{name} is not a WARC file</source>
        <translation>{name} n’est pas un fichier WARC</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/provenance/wacz_records.py" line="104"/>
        <location filename="../../src/casedesk/provenance/wacz_records.py" line="109"/>
        <location filename="../../src/casedesk/provenance/wacz_records.py" line="120"/>
        <location filename="../../src/casedesk/provenance/wacz_streams.py" line="49"/>
        <source>{name}: a record&apos;s stated length does not match its content</source>
        <translation>{name} : la longueur déclarée d’un enregistrement ne correspond pas à son contenu</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/provenance/wacz_signature.py" line="91"/>
        <source>the signature signs another digest than this archive&apos;s</source>
        <translation>la signature porte sur une autre empreinte que celle de cette archive</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/provenance/wacz_signature.py" line="96"/>
        <source>the signature data are malformed ({reason})</source>
        <translation>les données de signature sont mal formées ({reason})</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/provenance/wacz_signature.py" line="106"/>
        <location filename="../../src/casedesk/provenance/wacz_signature.py" line="130"/>
        <source>the ECDSA signature does not verify</source>
        <translation>la signature ECDSA n&apos;est pas vérifiée</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/provenance/wacz_signature.py" line="137"/>
        <source>the certificate is for {names}, not {domain}</source>
        <translation>le certificat est établi pour {names}, non pour {domain}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/provenance/wacz_signature.py" line="141"/>
        <source>the signature states no valid creation time</source>
        <translation>la signature n&apos;indique aucune date de création valide</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/provenance/wacz_signature.py" line="159"/>
        <source>it carries no time stamp</source>
        <translation>il ne porte aucun horodatage</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/provenance/wacz_signature.py" line="184"/>
        <source>its certificate chain does not lead to a pinned root</source>
        <translation>sa chaîne de certificats ne mène à aucune racine épinglée</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/provenance/wacz_signature.py" line="197"/>
        <source>its certificate path is not valid at the time stamp ({reason})</source>
        <translation>son chemin de certification n&apos;est pas valide à la date de l&apos;horodatage ({reason})</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/provenance/wacz_signature.py" line="205"/>
        <source>the time stamp is not within ten minutes of the stated creation time</source>
        <translation>l&apos;horodatage n&apos;est pas dans les dix minutes suivant la date de création indiquée</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/provenance/wacz_signature.py" line="207"/>
        <source>the certificate was not issued within seven days before the signature</source>
        <translation>le certificat n&apos;a pas été émis dans les sept jours précédant la signature</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/compat.py" line="75"/>
        <source>{package} is not installed</source>
        <comment>fragment: what the PDF report found</comment>
        <translation>{package} n’est pas installé</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/compat.py" line="77"/>
        <source>{package} {version} is installed</source>
        <comment>fragment: what the PDF report found</comment>
        <translation>{package} {version} est installé</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/compat.py" line="85"/>
        <source>The PDF report needs {package} {wanted}, but {found}; install a supported version (pip install &apos;{package}{wanted}&apos;).</source>
        <translation>Le rapport PDF nécessite {package} {wanted}, mais {found} ; installez une version prise en charge (pip install &apos;{package}{wanted}&apos;).</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/context.py" line="164"/>
        <location filename="../../src/casedesk/report/export.py" line="131"/>
        <source>The case&apos;s custody log is empty: there is no entry to report as of.</source>
        <translation>Le journal de traçabilité du dossier est vide : il n’y a aucune entrée en date de laquelle établir le rapport.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/export.py" line="60"/>
        <source>{path} is a folder; give the name of the PDF file to write.</source>
        <translation>{path} est un répertoire ; indiquez le nom du fichier PDF à écrire.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/options.py" line="53"/>
        <source>Unknown report section(s): {names}; choose from {choices}.</source>
        <translation>Section(s) de rapport inconnue(s) : {names} ; choisissez parmi {choices}.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/options.py" line="60"/>
        <source>Custody log mode {mode!r} is not &apos;full&apos; or &apos;summary&apos;.</source>
        <translation>Le mode de journal de traçabilité {mode!r} n’est ni &apos;full&apos; ni &apos;summary&apos;.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/options.py" line="63"/>
        <source>There is no report in language {language!r}; choose from {choices}.</source>
        <translation>Il n’existe aucun rapport dans la langue {language!r} ; choisissez parmi {choices}.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/options.py" line="122"/>
        <source>These are not report options ({reason}).</source>
        <translation>Ce ne sont pas des options de rapport ({reason}).</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/speech/audio.py" line="60"/>
        <source>The sound cannot be opened: {reason}.</source>
        <translation>Le son ne peut pas être ouvert : {reason}.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/speech/audio.py" line="64"/>
        <source>The item has no sound to transcribe.</source>
        <translation>La pièce ne contient aucun son à transcrire.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/speech/audio.py" line="70"/>
        <source>The sound could not be decoded: no samples.</source>
        <translation>Le son n’a pas pu être décodé : aucun échantillon.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/speech/audio.py" line="98"/>
        <location filename="../../src/casedesk/speech/audio.py" line="110"/>
        <source>The sound could not be decoded: {reason}.</source>
        <translation>Le son n’a pas pu être décodé : {reason}.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/speech/audio.py" line="119"/>
        <source>The sound is longer than {hours} hours; CaseDesk does not transcribe it whole. Cut it into parts first.</source>
        <translation>Le son dure plus de {hours} heures ; CaseDesk ne le transcrit pas d’un seul tenant. Découpez-le d’abord en plusieurs parties.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/speech/audio.py" line="129"/>
        <source>Decoding the sound took longer than {seconds} seconds; the file may be damaged or hostile, and was not transcribed.</source>
        <translation>Le décodage du son a pris plus de {seconds} secondes ; le fichier est peut-être endommagé ou malveillant, et n’a pas été transcrit.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/speech/engine.py" line="91"/>
        <source>The speech engine faster-whisper is not installed ({reason}). Install it in CaseDesk&apos;s Python with: pip install faster-whisper</source>
        <translation>Le moteur de reconnaissance vocale faster-whisper n’est pas installé ({reason}). Installez-le dans le Python de CaseDesk avec : pip install faster-whisper</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/speech/engine.py" line="124"/>
        <source>{path} is not a faster-whisper (CTranslate2) Whisper model folder: {files} missing.</source>
        <translation>{path} n’est pas un dossier de modèle Whisper pour faster-whisper (CTranslate2) : il manque {files}.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/speech/engine.py" line="152"/>
        <source>The engine cannot load the model in {path}: {reason}.</source>
        <translation>Le moteur ne peut pas charger le modèle situé dans {path} : {reason}.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/speech/engine.py" line="158"/>
        <source>The model in {path} expects {model} mel bands but its folder describes {folder}; its preprocessor_config.json is missing or wrong.</source>
        <translation>Le modèle situé dans {path} attend {model} bandes mel, mais son dossier en décrit {folder} ; son fichier preprocessor_config.json manque ou est erroné.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/speech/engine.py" line="186"/>
        <source>This model does not know the language {language}; it knows: {known}.</source>
        <translation>Ce modèle ne connaît pas la langue {language} ; il connaît : {known}.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/speech/library.py" line="85"/>
        <source>No such file or folder: {path}.</source>
        <translation>Fichier ou dossier introuvable : {path}.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/speech/library.py" line="90"/>
        <source>{path} is a whisper.cpp (ggml) model; this CaseDesk runs faster-whisper models. Add the folder of a CTranslate2 conversion of the same model (model.bin, config.json, tokenizer.json, vocabulary).</source>
        <translation>{path} est un modèle whisper.cpp (ggml) ; cette version de CaseDesk utilise des modèles faster-whisper. Ajoutez le dossier d’une conversion CTranslate2 du même modèle (model.bin, config.json, tokenizer.json, vocabulaire).</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/speech/library.py" line="100"/>
        <source>{path} is not a speech model. Give the folder of a faster-whisper (CTranslate2) Whisper model, or its model.bin.</source>
        <translation>{path} n’est pas un modèle de reconnaissance vocale. Indiquez le dossier d’un modèle Whisper pour faster-whisper (CTranslate2), ou son fichier model.bin.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/speech/library.py" line="130"/>
        <source>{ref} names several models; give more of the hash.</source>
        <translation>{ref} désigne plusieurs modèles ; donnez une plus grande partie de l’empreinte.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/speech/library.py" line="132"/>
        <source>No speech model named {ref} in this workspace; it has: {names}.</source>
        <translation>Aucun modèle de reconnaissance vocale nommé {ref} dans cet espace de travail ; il contient : {names}.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/speech/library.py" line="146"/>
        <source>Several speech models are in this workspace ({names}); choose one by name.</source>
        <translation>Cet espace de travail contient plusieurs modèles de reconnaissance vocale ({names}) ; choisissez-en un par son nom.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/speech/library.py" line="166"/>
        <source>A model needs a name.</source>
        <translation>Un modèle doit avoir un nom.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/speech/library.py" line="178"/>
        <source>A different model is already named {name}; choose another name.</source>
        <translation>Un autre modèle porte déjà le nom {name} ; choisissez un autre nom.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/speech/library.py" line="217"/>
        <source>The model {name} is damaged: {file} cannot be read.</source>
        <translation>Le modèle {name} est endommagé : {file} est illisible.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/speech/library.py" line="223"/>
        <source>The model {name} has changed since it was added ({file} differs); remove it and add it again.</source>
        <translation>Le modèle {name} a changé depuis son ajout ({file} diffère) ; retirez-le puis ajoutez-le de nouveau.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/speech/library.py" line="234"/>
        <source>No speech model is installed in this workspace. CaseDesk never downloads one: add a faster-whisper model folder once with `casedesk models add PATH` (or Preferences ▸ Models).</source>
        <translation>Aucun modèle de reconnaissance vocale n’est installé dans cet espace de travail. CaseDesk n’en télécharge jamais : ajoutez une fois pour toutes un dossier de modèle faster-whisper avec `casedesk models add PATH` (ou Préférences ▸ Modèles).</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/speech/library.py" line="277"/>
        <source>Cannot copy {file} of the model: {reason}.</source>
        <translation>Impossible de copier le fichier {file} du modèle : {reason}.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/speech/transcriber.py" line="43"/>
        <source>{language} is not a language code (ar, fr, en...).</source>
        <translation>{language} n’est pas un code de langue (ar, fr, en…).</translation>
    </message>
</context>
</TS>
