<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>report</name>
    <message>
        <location filename="../../src/casedesk/report/annotation_block.py" line="191"/>
        <source>Chronolocation drawing (custody entry {0})</source>
        <translation>Tracé de chronolocalisation (entrée {0} du journal de traçabilité)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/annotation_block.py" line="200"/>
        <location filename="../../src/casedesk/report/catalogue.py" line="183"/>
        <source>No preview</source>
        <translation>Pas d’aperçu</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/annotation_block.py" line="207"/>
        <source>Drawn over the preview made at ingest, never on the original: yellow, the vertical object from its base to its top; red, its shadow from the base to the tip; blue dashes, the reference direction, from its first point to its second.</source>
        <translation>Tracé sur l’aperçu créé lors de l’ajout, jamais sur l’original : en jaune, l’objet vertical, de sa base à son sommet ; en rouge, son ombre, de la base à l’extrémité ; en tirets bleus, la direction de référence, de son premier point au second.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/annotation_block.py" line="216"/>
        <source>{0}°</source>
        <comment>an angle in degrees</comment>
        <translation>{0}°</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/annotation_block.py" line="220"/>
        <source>Shadow bearing</source>
        <translation>Azimut de l’ombre</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/annotation_block.py" line="224"/>
        <source>Reference bearing</source>
        <translation>Azimut de référence</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/annotation_block.py" line="229"/>
        <source>Length ratio (as drawn)</source>
        <translation>Rapport de longueur (tel que tracé)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/annotation_block.py" line="231"/>
        <source>Place searched</source>
        <translation>Lieu de la recherche</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/annotation_block.py" line="235"/>
        <source>{0} to {1} UTC</source>
        <comment>a time window</comment>
        <translation>De {0} à {1} UTC</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/annotation_block.py" line="239"/>
        <source>Matching times</source>
        <translation>Heures concordantes</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/annotation_block.py" line="240"/>
        <source>None within the tolerance</source>
        <translation>Aucune dans la tolérance</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/casedesk/report/catalogue.py" line="54"/>
        <source>%n items, in the order they were added. Pictures are the thumbnails made at ingest (orientation applied); the originals are unchanged and listed in the appendix.</source>
        <translation>
            <numerusform>%n pièce, dans l’ordre où elle a été ajoutée. Les images sont les vignettes créées lors de l’ajout (orientation corrigée) ; les originaux sont inchangés et listés en annexe.</numerusform>
            <numerusform>%n pièces, dans l’ordre où elles ont été ajoutées. Les images sont les vignettes créées lors de l’ajout (orientation corrigée) ; les originaux sont inchangés et listés en annexe.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/catalogue.py" line="63"/>
        <source>No evidence recorded.</source>
        <translation>Aucune pièce enregistrée.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/catalogue.py" line="117"/>
        <source>{0} · {1}</source>
        <comment>an evidence item&apos;s label and name</comment>
        <translation>{0} · {1}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/catalogue.py" line="127"/>
        <source>Decode warnings</source>
        <translation>Avertissements de décodage</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/catalogue.py" line="128"/>
        <source>• {0}</source>
        <comment>an item of a list</comment>
        <translation>• {0}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/catalogue.py" line="134"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/catalogue.py" line="140"/>
        <source>Waveform</source>
        <translation>Forme d’onde</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/catalogue.py" line="142"/>
        <source>Transcript</source>
        <translation>Transcription</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/catalogue.py" line="156"/>
        <location filename="../../src/casedesk/report/catalogue.py" line="194"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/catalogue.py" line="157"/>
        <location filename="../../src/casedesk/report/catalogue.py" line="196"/>
        <location filename="../../src/casedesk/report/record_sections.py" line="158"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/catalogue.py" line="158"/>
        <location filename="../../src/casedesk/report/catalogue.py" line="197"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/catalogue.py" line="159"/>
        <location filename="../../src/casedesk/report/catalogue.py" line="198"/>
        <source>Media type</source>
        <translation>Type de média</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/catalogue.py" line="161"/>
        <source>Withheld</source>
        <translation>Non reproduit</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/catalogue.py" line="163"/>
        <source>Flagged as {0}: its picture, description, transcript and metadata are left out of this report. The original is listed in the integrity manifest and can be verified by its SHA-256.</source>
        <translation>Marquée comme {0} : son image, sa description, sa transcription et ses métadonnées ne figurent pas dans ce rapport. L’original est listé dans le manifeste d’intégrité et peut être vérifié par son empreinte SHA-256.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/catalogue.py" line="187"/>
        <source>Blurred: flagged as {0}</source>
        <translation>Floutée : marquée comme {0}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/catalogue.py" line="195"/>
        <location filename="../../src/casedesk/report/record_sections.py" line="158"/>
        <location filename="../../src/casedesk/report/sections.py" line="398"/>
        <source>Original name</source>
        <translation>Nom d’origine</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/catalogue.py" line="202"/>
        <source>{0} × {1} px</source>
        <translation>{0} × {1} px</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/catalogue.py" line="206"/>
        <source>Dimensions</source>
        <translation>Dimensions</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/catalogue.py" line="206"/>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/catalogue.py" line="207"/>
        <location filename="../../src/casedesk/report/catalogue.py" line="238"/>
        <location filename="../../src/casedesk/report/catalogue.py" line="245"/>
        <location filename="../../src/casedesk/report/catalogue.py" line="271"/>
        <location filename="../../src/casedesk/report/derived_blocks.py" line="126"/>
        <location filename="../../src/casedesk/report/provenance_block.py" line="102"/>
        <location filename="../../src/casedesk/report/provenance_block.py" line="145"/>
        <location filename="../../src/casedesk/report/provenance_block.py" line="199"/>
        <location filename="../../src/casedesk/report/provenance_block.py" line="245"/>
        <location filename="../../src/casedesk/report/sections.py" line="88"/>
        <location filename="../../src/casedesk/report/sections.py" line="89"/>
        <location filename="../../src/casedesk/report/sections.py" line="108"/>
        <location filename="../../src/casedesk/report/sections.py" line="184"/>
        <location filename="../../src/casedesk/report/stamps.py" line="78"/>
        <location filename="../../src/casedesk/report/words.py" line="205"/>
        <location filename="../../src/casedesk/report/words.py" line="228"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/catalogue.py" line="208"/>
        <source>Captured</source>
        <translation>Date de capture</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/catalogue.py" line="210"/>
        <source>{0}, {1}</source>
        <comment>latitude, longitude</comment>
        <translation>{0}, {1}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/catalogue.py" line="214"/>
        <source>{0}, altitude {1} m</source>
        <translation>{0}, altitude {1} m</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/catalogue.py" line="215"/>
        <source>GPS</source>
        <translation>GPS</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/catalogue.py" line="217"/>
        <source>Camera</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/catalogue.py" line="221"/>
        <source>{0} {1}</source>
        <comment>an evidence item&apos;s label and name, in a sentence</comment>
        <translation>{0} {1}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/catalogue.py" line="225"/>
        <source>an item not in this case</source>
        <translation>une pièce absente de ce dossier</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/catalogue.py" line="226"/>
        <source>Provenance</source>
        <translation>Provenance</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/catalogue.py" line="230"/>
        <location filename="../../src/casedesk/report/sections.py" line="224"/>
        <location filename="../../src/casedesk/report/sections.py" line="232"/>
        <source>{0} ({1})</source>
        <comment>a name and its grade or stance</comment>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/catalogue.py" line="233"/>
        <location filename="../../src/casedesk/report/sections.py" line="299"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/catalogue.py" line="235"/>
        <source>Acquired</source>
        <translation>Date d’acquisition</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/catalogue.py" line="236"/>
        <source>Added</source>
        <translation>Date d’ajout</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/catalogue.py" line="238"/>
        <location filename="../../src/casedesk/report/sections.py" line="88"/>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/catalogue.py" line="241"/>
        <source>graphic</source>
        <comment>evidence flag</comment>
        <translation>contenu choquant</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/catalogue.py" line="243"/>
        <source>personal data</source>
        <comment>evidence flag</comment>
        <translation>données personnelles</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/catalogue.py" line="245"/>
        <source>Flagged</source>
        <translation>Marqueurs</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/catalogue.py" line="247"/>
        <source>Decoding</source>
        <translation>Décodage</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/catalogue.py" line="256"/>
        <source>Checks: {0}</source>
        <translation>Contrôles : {0}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/catalogue.py" line="271"/>
        <source>Pending: {0}</source>
        <translation>En attente : {0}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/catalogue.py" line="285"/>
        <source>Still taken from {0} at {1}.</source>
        <translation>Image extraite de {0} à {1}.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/catalogue.py" line="286"/>
        <location filename="../../src/casedesk/report/catalogue.py" line="302"/>
        <source>Parent SHA-256: {0}</source>
        <translation>Empreinte SHA-256 de la pièce parente : {0}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/catalogue.py" line="288"/>
        <source>Taken from the web archive {0}.</source>
        <translation>Extrait de l’archive web {0}.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/catalogue.py" line="289"/>
        <source>Web archive SHA-256: {0}</source>
        <translation>Empreinte SHA-256 de l’archive web : {0}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/catalogue.py" line="291"/>
        <source>Address captured</source>
        <translation>Adresse capturée</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/catalogue.py" line="293"/>
        <source>Fetched (WARC-Date)</source>
        <translation>Récupéré le (WARC-Date)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/catalogue.py" line="294"/>
        <source>WARC record</source>
        <translation>Enregistrement WARC</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/catalogue.py" line="297"/>
        <source>Taken from the ProofMode bundle {0}.</source>
        <translation>Extrait du paquet ProofMode {0}.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/catalogue.py" line="298"/>
        <source>Bundle SHA-256: {0}</source>
        <translation>Empreinte SHA-256 du paquet : {0}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/catalogue.py" line="299"/>
        <source>Entry in the bundle</source>
        <translation>Entrée dans le paquet</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/catalogue.py" line="301"/>
        <source>Taken from {0}.</source>
        <translation>Extrait de {0}.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/context.py" line="99"/>
        <source>(not in this case)</source>
        <translation>(absent de ce dossier)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/context.py" line="105"/>
        <source>(name withheld)</source>
        <translation>(nom non reproduit)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/context.py" line="139"/>
        <source>graphic content and personal data</source>
        <translation>contenu choquant et données personnelles</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/context.py" line="141"/>
        <source>graphic content</source>
        <translation>contenu choquant</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/context.py" line="143"/>
        <source>personal data</source>
        <translation>données personnelles</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/context.py" line="144"/>
        <source>sensitive content</source>
        <translation>contenu sensible</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/derived_blocks.py" line="64"/>
        <source>Made again after the entry this report covers: what entry {0} recorded is no longer stored. Its SHA-256 was {1}.</source>
        <translation>Refait après l’entrée que couvre ce rapport : ce qu’a consigné l’entrée {0} n’est plus conservé. Son SHA-256 était {1}.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/derived_blocks.py" line="68"/>
        <source>Replaced</source>
        <translation>Remplacé</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/derived_blocks.py" line="97"/>
        <source>The first {0} of {1} characters are shown; the whole text is kept in the case, with the SHA-256 below.</source>
        <translation>Les {0} premiers caractères sur {1} sont reproduits ; le texte entier est conservé dans le dossier, avec le SHA-256 ci-dessous.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/derived_blocks.py" line="112"/>
        <location filename="../../src/casedesk/report/derived_blocks.py" line="181"/>
        <source>Text SHA-256</source>
        <translation>SHA-256 du texte</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/derived_blocks.py" line="121"/>
        <source>Text found in the picture (OCR), recorded in custody entry {0}</source>
        <translation>Texte relevé dans l’image (OCR), consigné dans l’entrée {0} du journal de traçabilité</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/derived_blocks.py" line="125"/>
        <location filename="../../src/casedesk/report/derived_blocks.py" line="168"/>
        <location filename="../../src/casedesk/report/derived_blocks.py" line="252"/>
        <source>Engine</source>
        <translation>Moteur</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/derived_blocks.py" line="126"/>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/derived_blocks.py" line="132"/>
        <source>Mean word confidence</source>
        <translation>Confiance moyenne par mot</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/derived_blocks.py" line="133"/>
        <source>{0} %</source>
        <translation>{0} %</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/derived_blocks.py" line="137"/>
        <source>Not read</source>
        <translation>Non lu</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/derived_blocks.py" line="141"/>
        <location filename="../../src/casedesk/report/derived_blocks.py" line="143"/>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/derived_blocks.py" line="141"/>
        <source>No text was found.</source>
        <translation>Aucun texte n’a été trouvé.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/derived_blocks.py" line="154"/>
        <source>Transcript made by speech recognition (machine text), recorded in custody entry {0}</source>
        <translation>Transcription par reconnaissance vocale (texte de la machine), consignée dans l’entrée {0} du journal de traçabilité</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/derived_blocks.py" line="162"/>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/derived_blocks.py" line="165"/>
        <source>SHA-256 {0}</source>
        <translation>SHA-256 {0}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/derived_blocks.py" line="173"/>
        <source>{0} (detected, probability {1})</source>
        <translation>{0} (détectée, probabilité {1})</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/derived_blocks.py" line="175"/>
        <source>{0} (chosen)</source>
        <comment>a language given, not detected</comment>
        <translation>{0} (choisie)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/derived_blocks.py" line="176"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/derived_blocks.py" line="196"/>
        <source>No speech was heard.</source>
        <translation>Aucune parole n’a été entendue.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/derived_blocks.py" line="200"/>
        <source>{0}–{1}</source>
        <comment>a time span in the audio</comment>
        <translation>{0}–{1}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/derived_blocks.py" line="204"/>
        <location filename="../../src/casedesk/report/record_sections.py" line="33"/>
        <source>Time</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/derived_blocks.py" line="204"/>
        <source>What the machine heard</source>
        <translation>Ce que la machine a entendu</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/casedesk/report/derived_blocks.py" line="210"/>
        <source>%n more segments, kept in the case</source>
        <translation>
            <numerusform>%n segment de plus, conservé dans le dossier</numerusform>
            <numerusform>%n segments de plus, conservés dans le dossier</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/derived_blocks.py" line="218"/>
        <source>The investigator&apos;s correction, recorded in custody entry {0}</source>
        <translation>Correction de l’enquêteur, consignée dans l’entrée {0} du journal de traçabilité</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/derived_blocks.py" line="220"/>
        <source>Typed by the investigator and kept apart from the machine&apos;s text above, which it does not change.</source>
        <translation>Saisie par l’enquêteur et conservée à part du texte de la machine ci-dessus, qu’elle ne modifie pas.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/derived_blocks.py" line="225"/>
        <source>Made for an earlier transcript: the item was transcribed again in custody entry {0}.</source>
        <translation>Faite pour une transcription antérieure : la pièce a été transcrite de nouveau dans l’entrée {0} du journal de traçabilité.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/derived_blocks.py" line="226"/>
        <location filename="../../src/casedesk/report/derived_blocks.py" line="264"/>
        <location filename="../../src/casedesk/report/sections.py" line="376"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/derived_blocks.py" line="230"/>
        <source>Corrected text</source>
        <translation>Texte corrigé</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/derived_blocks.py" line="239"/>
        <source>Image forensics, recorded in custody entry {0}</source>
        <translation>Analyse forensique de l’image, consignée dans l’entrée {0} du journal de traçabilité</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/derived_blocks.py" line="240"/>
        <source>Each finding names its method and the published work it follows, and gives its numbers. No finding is a verdict: each is read by a person beside the picture, and an unusual number is a reason to look closer, not proof of editing.</source>
        <translation>Chaque constat nomme sa méthode et la publication dont il s’inspire, et en donne les chiffres. Aucun constat n’est un verdict : chacun est lu par une personne, l’image sous les yeux, et une valeur inhabituelle invite à regarder de plus près ; elle ne prouve pas une retouche.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/derived_blocks.py" line="254"/>
        <source>{0} ({1})</source>
        <comment>an engine and the libraries it used</comment>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/derived_blocks.py" line="265"/>
        <source>The JPEG data ends early: the part present was examined.</source>
        <translation>Les données JPEG s’arrêtent avant la fin : la partie présente a été examinée.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/derived_blocks.py" line="269"/>
        <source>Not examined</source>
        <translation>Non examinée</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/derived_blocks.py" line="281"/>
        <source>The file carries no thumbnail.</source>
        <translation>Le fichier ne contient aucune vignette.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/derived_blocks.py" line="284"/>
        <source>Findings SHA-256</source>
        <translation>SHA-256 des constats</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/derived_words.py" line="13"/>
        <source>Error level analysis</source>
        <comment>image forensics method</comment>
        <translation>Analyse du niveau d’erreur (ELA)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/derived_words.py" line="14"/>
        <source>JPEG quantisation tables</source>
        <comment>image forensics method</comment>
        <translation>Tables de quantification JPEG</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/derived_words.py" line="15"/>
        <source>Double JPEG compression</source>
        <comment>image forensics method</comment>
        <translation>Double compression JPEG</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/derived_words.py" line="16"/>
        <source>Embedded thumbnail</source>
        <comment>image forensics method</comment>
        <translation>Vignette intégrée</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/derived_words.py" line="17"/>
        <source>Noise residual</source>
        <comment>image forensics method</comment>
        <translation>Résidu de bruit</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/derived_words.py" line="18"/>
        <source>XMP edit history</source>
        <comment>image forensics method</comment>
        <translation>Historique des modifications XMP</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/derived_words.py" line="25"/>
        <location filename="../../src/casedesk/report/derived_words.py" line="34"/>
        <source>Arabic</source>
        <comment>language</comment>
        <translation>arabe</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/derived_words.py" line="26"/>
        <location filename="../../src/casedesk/report/derived_words.py" line="35"/>
        <source>French</source>
        <comment>language</comment>
        <translation>français</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/derived_words.py" line="27"/>
        <location filename="../../src/casedesk/report/derived_words.py" line="36"/>
        <source>English</source>
        <comment>language</comment>
        <translation>anglais</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/derived_words.py" line="37"/>
        <source>Spanish</source>
        <comment>language</comment>
        <translation>espagnol</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/derived_words.py" line="44"/>
        <source>matches</source>
        <comment>thumbnail against picture</comment>
        <translation>concorde</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/derived_words.py" line="46"/>
        <source>differs</source>
        <comment>thumbnail against picture</comment>
        <translation>diffère</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/derived_words.py" line="52"/>
        <source>luminance</source>
        <comment>JPEG quantisation table</comment>
        <translation>luminance</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/derived_words.py" line="53"/>
        <source>chrominance</source>
        <comment>JPEG quantisation table</comment>
        <translation>chrominance</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/derived_words.py" line="59"/>
        <source>EXIF preview</source>
        <comment>where a thumbnail is stored</comment>
        <translation>Aperçu EXIF</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/derived_words.py" line="60"/>
        <source>HEIF thumbnail</source>
        <comment>where a thumbnail is stored</comment>
        <translation>Vignette HEIF</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="37"/>
        <source>{0}: {1}</source>
        <comment>a custody entry&apos;s detail</comment>
        <extracomment>One detail of a custody entry: {0} its field&apos;s name, {1} its value as recorded.</extracomment>
        <translation>{0} : {1}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="51"/>
        <source>{0}: from {1} to {2}</source>
        <extracomment>One field&apos;s change in a custody entry: {0} the field, {1} its old value, {2} its new one.</extracomment>
        <translation>{0} : de {1} à {2}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="59"/>
        <source>yes</source>
        <comment>a custody entry&apos;s detail</comment>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="59"/>
        <source>no</source>
        <comment>a custody entry&apos;s detail</comment>
        <translation>non</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="74"/>
        <source>acquired_at</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>obtenu le</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="75"/>
        <source>added</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>ajoutés</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="76"/>
        <source>anchor</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>ancre de confiance</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="77"/>
        <source>anchor_der</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>ancre de confiance (DER)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="78"/>
        <source>anchor_sha256</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>SHA-256 de l’ancre de confiance</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="79"/>
        <source>as_of</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>en date du</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="80"/>
        <source>blur_sensitive</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>flouter les images sensibles</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="81"/>
        <source>body_sha256</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>SHA-256 du contenu</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="82"/>
        <source>bundle_sha256</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>SHA-256 du paquet</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="83"/>
        <source>c2pa</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>Content Credentials (C2PA)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="84"/>
        <source>changes</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>modifications</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="85"/>
        <source>characters</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>caractères</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="86"/>
        <source>claims</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>allégations</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="87"/>
        <source>classification</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>classification</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="88"/>
        <source>common_entries</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>entrées communes</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="89"/>
        <source>compute_type</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>type de calcul</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="90"/>
        <source>conflicts</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>conflits</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="91"/>
        <source>content_type</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>type de contenu</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="92"/>
        <source>corrects</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>corrige</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="93"/>
        <source>covers</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>couvre</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="94"/>
        <source>credibility</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>crédibilité</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="95"/>
        <source>ctranslate2_version</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>version de CTranslate2</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="96"/>
        <source>custody</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>journal de traçabilité</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="97"/>
        <source>decode_status</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>décodage</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="98"/>
        <source>description</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>description</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="99"/>
        <source>duration_s</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>durée (s)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="100"/>
        <source>encrypted</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>chiffré</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="101"/>
        <source>engine</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>moteur</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="102"/>
        <source>engine_version</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>version du moteur</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="103"/>
        <source>entry</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>entrée</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="104"/>
        <source>error</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>erreur</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="105"/>
        <source>evidence</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>pièces</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="106"/>
        <source>evidence_id</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>pièce</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="107"/>
        <source>exported_at</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>exporté le</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="108"/>
        <source>exported_by</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>exporté par</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="109"/>
        <source>exported_with</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>exporté avec</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="110"/>
        <source>file</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>fichier</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="111"/>
        <source>findings_sha256</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>SHA-256 des constats</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="112"/>
        <source>first_seen</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>vu pour la première fois</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="113"/>
        <source>gen_time</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>heure attestée (genTime)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="114"/>
        <source>graphic</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>contenu choquant</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="115"/>
        <source>handle</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>identifiant</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="116"/>
        <source>hash</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>empreinte</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="117"/>
        <source>hash_algorithm</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>algorithme d’empreinte</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="118"/>
        <source>hashes_checked</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>empreintes vérifiées</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="119"/>
        <source>history_versions</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>versions de l’historique</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="120"/>
        <source>imprint</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>empreinte horodatée</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="121"/>
        <source>incident_time</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>date de l’incident</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="122"/>
        <source>kept</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>conservé</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="123"/>
        <source>key</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>étape</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="124"/>
        <source>language</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>langue</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="125"/>
        <source>language_detected</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>langue détectée</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="126"/>
        <source>language_probability</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>probabilité de la langue</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="127"/>
        <source>languages</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>langues</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="128"/>
        <source>lat</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>latitude</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="129"/>
        <source>libraries</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>bibliothèques</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="130"/>
        <source>lon</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>longitude</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="131"/>
        <source>manifest_digest</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>empreinte du manifeste</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="132"/>
        <source>manifest_sha256</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>SHA-256 du manifeste</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="133"/>
        <source>mean_confidence</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>confiance moyenne</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="134"/>
        <source>media_type</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>type de média</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="135"/>
        <source>merged</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>fusionné</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="136"/>
        <source>methods</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>méthodes</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="137"/>
        <source>model</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>modèle</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="138"/>
        <source>models</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>modèles</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="139"/>
        <source>name</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>nom</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="140"/>
        <source>new_carried</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>nouvelles entrées transportées</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="141"/>
        <source>new_entries</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>nouvelles entrées</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="142"/>
        <source>nonce</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>nonce</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="143"/>
        <source>note</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>note</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="144"/>
        <source>notes</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>notes</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="145"/>
        <source>ocr_languages</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>langues de reconnaissance du texte</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="146"/>
        <source>offset_s</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>décalage (s)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="147"/>
        <source>omit_graphic</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>omettre le contenu choquant</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="148"/>
        <source>omit_personal</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>omettre les données personnelles</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="149"/>
        <source>options</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>options</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="150"/>
        <source>original_name</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>nom d’origine</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="151"/>
        <source>original_path</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>emplacement d’origine</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="152"/>
        <source>original_removed</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>original supprimé</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="153"/>
        <source>pages</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>pages</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="154"/>
        <source>pages_read</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>pages lues</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="155"/>
        <source>parent_id</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>pièce parente</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="156"/>
        <source>parent_sha256</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>SHA-256 de la pièce parente</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="157"/>
        <source>partial</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>partiel</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="158"/>
        <source>personal_data</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>données personnelles</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="159"/>
        <source>place_id</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>lieu</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="160"/>
        <source>platform</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>plateforme</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="161"/>
        <source>policy</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>politique</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="162"/>
        <source>precision</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>précision</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="163"/>
        <source>proofmode</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>ProofMode</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="164"/>
        <source>provenance</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>provenance</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="165"/>
        <source>reader</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>lu par</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="166"/>
        <source>reason</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>motif</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="167"/>
        <source>reliability</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>fiabilité</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="168"/>
        <source>remote_entries</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>entrées distantes</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="169"/>
        <source>remote_head</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>dernière entrée distante</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="170"/>
        <source>replaces</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>remplace</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="171"/>
        <source>request</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>requête</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="172"/>
        <source>request_seq</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>entrée de la requête</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="173"/>
        <source>response</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>réponse</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="174"/>
        <source>restored</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>restauré</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="175"/>
        <source>role</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>rôle</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="176"/>
        <source>scheme</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>schéma</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="177"/>
        <source>screenshot</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>capture d’écran</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="178"/>
        <source>sections</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>sections</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="179"/>
        <source>segments</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>segments</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="180"/>
        <source>seq</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>n°</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="181"/>
        <source>serial</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>numéro de série</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="182"/>
        <source>sha256</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="183"/>
        <source>shared_claims</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>allégations partagées</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="184"/>
        <source>signature</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>signature</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="185"/>
        <source>signature_state</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>état de la signature</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="186"/>
        <source>signatures</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>signatures</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="187"/>
        <source>signed</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>signé</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="188"/>
        <source>signer</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>signataire</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="189"/>
        <source>signer_fingerprint</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>empreinte du signataire</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="190"/>
        <source>signer_public_key</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>clé publique du signataire</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="191"/>
        <source>size</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>taille (octets)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="192"/>
        <source>sniffed_type</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>type reconnu</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="193"/>
        <source>source_id</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>source</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="194"/>
        <source>stance</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>position</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="195"/>
        <source>state</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>état</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="196"/>
        <source>status</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>statut</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="197"/>
        <source>summary</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>résumé</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="198"/>
        <source>tags</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>étiquettes</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="199"/>
        <source>template</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>modèle de liste</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="200"/>
        <source>text</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>texte</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="201"/>
        <source>text_sha256</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>SHA-256 du texte</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="202"/>
        <source>title</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>titre</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="203"/>
        <source>transcript</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>transcription</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="204"/>
        <source>truncated</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>tronqué</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="205"/>
        <source>trust</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>confiance</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="206"/>
        <source>tsa</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>autorité d’horodatage</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="207"/>
        <source>verified</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>vérifié</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="208"/>
        <source>wacz</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>archive web (WACZ)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="209"/>
        <source>wacz_sha256</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>SHA-256 de l’archive web</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="210"/>
        <source>wacz_verified</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>archive web vérifiée</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="211"/>
        <source>warc_date</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>récupéré le (WARC-Date)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="212"/>
        <source>warc_digest</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>empreinte WARC</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="213"/>
        <source>warc_file</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>fichier WARC</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="214"/>
        <source>warc_record_id</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>enregistrement WARC</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="215"/>
        <source>warc_record_type</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>type d’enregistrement WARC</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="216"/>
        <source>warc_target_uri</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>adresse capturée</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="217"/>
        <source>when</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>date</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="218"/>
        <source>withdrawn</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>retiré</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="219"/>
        <source>words</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>mots</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/detail_words.py" line="220"/>
        <source>write</source>
        <comment>custody entry detail</comment>
        <extracomment>A field of a custody entry&apos;s details, as the log records it (an English identifier): its name in the custody log&apos;s Details column. The recorded value follows it.</extracomment>
        <translation>écriture</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/export.py" line="76"/>
        <source>Reading the case</source>
        <translation>Lecture du dossier</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/export.py" line="99"/>
        <source>Case report, case {0}, as of custody entry {1}</source>
        <translation>Rapport sur le dossier {0}, en date de l’entrée {1} du journal de traçabilité</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/export.py" line="120"/>
        <source>Report written</source>
        <translation>Rapport écrit</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/export.py" line="152"/>
        <source>Case report ({0}), case {1}, as of custody entry {2}</source>
        <translation>Rapport sur le dossier {1} ({0}), en date de l’entrée {2} du journal de traçabilité</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/export.py" line="182"/>
        <source>Case as of entry {0}, {1} · CaseDesk {2} · case {3}</source>
        <translation>Dossier en date de l’entrée {0}, {1} · CaseDesk {2} · dossier {3}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/export.py" line="186"/>
        <source>CaseDesk case report</source>
        <translation>Rapport CaseDesk sur le dossier</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/export.py" line="187"/>
        <source>Page {0} of </source>
        <translation>Page {0} sur </translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/finding_words.py" line="39"/>
        <source>Image forensics ({0} {1}, examined {2}); measurements, none a verdict:</source>
        <translation>Analyse forensique de l’image ({0} {1}, examen du {2}) ; des mesures, dont aucune n’est un verdict :</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/finding_words.py" line="53"/>
        <source>Method: {0}. Reference:</source>
        <translation>Méthode : {0}. Référence :</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/finding_words.py" line="67"/>
        <source>mean {0}, 99th percentile {1}, maximum {2} (levels 0–255); tile means: median {3}, 99th percentile {4}, over {5} tiles</source>
        <translation>moyenne {0}, 99e centile {1}, maximum {2} (niveaux 0–255) ; moyennes par tuile : médiane {3}, 99e centile {4}, sur {5} tuiles</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/finding_words.py" line="81"/>
        <source>Differences after one re-save at JPEG quality {0}: {1}.</source>
        <translation>Écarts après un nouvel enregistrement en JPEG à la qualité {0} : {1}.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/finding_words.py" line="87"/>
        <source>Luminance less its {0}×{0} median: {1}.</source>
        <translation>Luminance moins sa médiane {0}×{0} : {1}.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/finding_words.py" line="94"/>
        <source>No luminance table: no quality estimated.</source>
        <translation>Aucune table de luminance : pas de qualité estimée.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/finding_words.py" line="96"/>
        <source>Estimated quality {0} on the IJG scale: the standard IJG tables at that quality.</source>
        <translation>Qualité estimée {0} sur l’échelle IJG : les tables IJG standard à cette qualité.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/finding_words.py" line="100"/>
        <source>Estimated quality {0} on the IJG scale: non-standard tables, the nearest IJG quality given.</source>
        <translation>Qualité estimée {0} sur l’échelle IJG : tables non standard, la qualité IJG la plus proche est indiquée.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/finding_words.py" line="107"/>
        <source>Table {0} ({1}): nearest quality {2}, mean step error {3}, largest {4}.</source>
        <translation>Table {0} ({1}) : qualité la plus proche {2}, écart moyen par pas {3}, écart maximal {4}.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/finding_words.py" line="120"/>
        <source>{0} nearly empty bins among {1} tested ({2}) at {3} of {4} DCT coefficients, over {5} of {6} blocks: {7}.</source>
        <translation>{0} classes presque vides sur {1} testées ({2}), à {3} des {4} coefficients DCT, sur {5} des {6} blocs : {7}.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/finding_words.py" line="131"/>
        <source>an indication of double compression</source>
        <translation>un indice de double compression</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/finding_words.py" line="133"/>
        <source>no indication of double compression</source>
        <translation>aucun indice de double compression</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/finding_words.py" line="138"/>
        <source>Earlier quality about {0} on the IJG scale ({1} estimated steps match).</source>
        <translation>Qualité antérieure d’environ {0} sur l’échelle IJG ({1} pas estimés concordent).</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/finding_words.py" line="146"/>
        <source>{0} of {1} × {2} px: frame aspect {3} against the picture&apos;s {4} ({5}), mean difference {6}.</source>
        <translation>{0} de {1} × {2} px : proportions du cadre {3} contre {4} pour l’image ({5}), écart moyen {6}.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/finding_words.py" line="157"/>
        <source>Content: perceptual hash distance {0} of 64, mean grey difference {1} (levels 0–255): {2}.</source>
        <translation>Contenu : distance de hachage perceptuel {0} sur 64, écart moyen de gris {1} (niveaux 0–255) : {2}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/casedesk/report/finding_words.py" line="171"/>
        <source>%n steps recorded in the file&apos;s XMP</source>
        <translation>
            <numerusform>%n étape consignée dans le XMP du fichier</numerusform>
            <numerusform>%n étapes consignées dans le XMP du fichier</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/finding_words.py" line="174"/>
        <source>Software named: {0}</source>
        <translation>Logiciels nommés : {0}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/casedesk/report/finding_words.py" line="179"/>
        <source>%n more steps, kept in the case</source>
        <translation>
            <numerusform>%n étape de plus, conservée dans le dossier</numerusform>
            <numerusform>%n étapes de plus, conservées dans le dossier</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/i18n.py" line="109"/>
        <source>January</source>
        <comment>month</comment>
        <translation>janvier</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/i18n.py" line="110"/>
        <source>February</source>
        <comment>month</comment>
        <translation>février</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/i18n.py" line="111"/>
        <source>March</source>
        <comment>month</comment>
        <translation>mars</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/i18n.py" line="112"/>
        <source>April</source>
        <comment>month</comment>
        <translation>avril</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/i18n.py" line="113"/>
        <source>May</source>
        <comment>month</comment>
        <translation>mai</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/i18n.py" line="114"/>
        <source>June</source>
        <comment>month</comment>
        <translation>juin</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/i18n.py" line="115"/>
        <source>July</source>
        <comment>month</comment>
        <translation>juillet</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/i18n.py" line="116"/>
        <source>August</source>
        <comment>month</comment>
        <translation>août</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/i18n.py" line="117"/>
        <source>September</source>
        <comment>month</comment>
        <translation>septembre</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/i18n.py" line="118"/>
        <source>October</source>
        <comment>month</comment>
        <translation>octobre</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/i18n.py" line="119"/>
        <source>November</source>
        <comment>month</comment>
        <translation>novembre</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/i18n.py" line="120"/>
        <source>December</source>
        <comment>month</comment>
        <translation>décembre</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/i18n.py" line="125"/>
        <source>{0} {1} {2}</source>
        <comment>date: day of the month, month name, year</comment>
        <translation>{0} {1} {2}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/i18n.py" line="130"/>
        <source>{0} {1}</source>
        <comment>date: month name, year</comment>
        <translation>{0} {1}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/i18n.py" line="142"/>
        <source>{0}, {1} UTC</source>
        <comment>date, time of day in UTC</comment>
        <translation>{0} à {1} UTC</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/layout.py" line="62"/>
        <source>not recorded</source>
        <translation>non enregistré</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/layout.py" line="69"/>
        <location filename="../../src/casedesk/report/layout.py" line="130"/>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/layout.py" line="72"/>
        <source>{0} (precision: {1}; original zone {2})</source>
        <translation>{0} (précision : {1} ; fuseau horaire d’origine {2})</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/layout.py" line="74"/>
        <source>{0} (precision: {1})</source>
        <translation>{0} (précision : {1})</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/layout.py" line="80"/>
        <source>year</source>
        <comment>precision of a time</comment>
        <translation>année</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/layout.py" line="81"/>
        <source>month</source>
        <comment>precision of a time</comment>
        <translation>mois</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/layout.py" line="82"/>
        <source>day</source>
        <comment>precision of a time</comment>
        <translation>jour</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/layout.py" line="83"/>
        <source>minute</source>
        <comment>precision of a time</comment>
        <translation>minute</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/layout.py" line="103"/>
        <source>{0}, {1} {2}</source>
        <comment>date, time of day, abbreviation of its time zone</comment>
        <translation>{0} à {1} {2}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/layout.py" line="111"/>
        <source>bytes</source>
        <translation>octets</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/layout.py" line="112"/>
        <source>KB</source>
        <comment>1,024 bytes</comment>
        <translation>Ko</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/layout.py" line="113"/>
        <source>MB</source>
        <comment>1,024 KB</comment>
        <translation>Mo</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/layout.py" line="114"/>
        <source>GB</source>
        <comment>1,024 MB</comment>
        <translation>Go</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/layout.py" line="115"/>
        <source>TB</source>
        <comment>1,024 GB</comment>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/layout.py" line="122"/>
        <source>{0} bytes</source>
        <translation>{0} octets</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/layout.py" line="123"/>
        <source>{0} bytes ({1} {2})</source>
        <translation>{0} octets ({1} {2})</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/layout.py" line="136"/>
        <source>N</source>
        <comment>north</comment>
        <extracomment>Hemisphere letters after a coordinate (21.33000° N): kept Latin where mapping tools expect them.</extracomment>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/layout.py" line="136"/>
        <source>S</source>
        <comment>south</comment>
        <extracomment>Hemisphere letters after a coordinate (21.33000° N): kept Latin where mapping tools expect them.</extracomment>
        <translation>S</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/layout.py" line="141"/>
        <source>E</source>
        <comment>east</comment>
        <extracomment>Hemisphere letters after a coordinate (0.95000° E): French writes O for west (ouest).</extracomment>
        <translation>E</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/layout.py" line="141"/>
        <source>W</source>
        <comment>west</comment>
        <extracomment>Hemisphere letters after a coordinate (0.95000° E): French writes O for west (ouest).</extracomment>
        <translation>O</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/layout.py" line="147"/>
        <source>{0} s</source>
        <comment>seconds</comment>
        <translation>{0} s</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/layout.py" line="148"/>
        <source>{0} min {1} s ({2} s)</source>
        <translation>{0} min {1} s ({2} s)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/placemap.py" line="422"/>
        <source>Borders: Natural Earth</source>
        <translation>Frontières : Natural Earth</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/placemap.py" line="424"/>
        <source>N</source>
        <comment>north arrow on a map</comment>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/placemap.py" line="425"/>
        <source>{0} km</source>
        <comment>a distance on a map&apos;s scale bar</comment>
        <translation>{0} km</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/placemap.py" line="426"/>
        <source>{0} m</source>
        <comment>a distance on a map&apos;s scale bar</comment>
        <translation>{0} m</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/placemap.py" line="437"/>
        <source>Numbered markers are the places of the table below, each inside the circle its stated precision describes; squares are evidence items positioned by their files&apos; GPS metadata. Web Mercator, north up; the scale holds at the map&apos;s centre.</source>
        <translation>Les repères numérotés sont les lieux du tableau ci-dessous, chacun dans le cercle que décrit sa précision indiquée ; les carrés sont des pièces placées d’après les métadonnées GPS de leurs fichiers. Projection Web Mercator, nord en haut ; l’échelle vaut au centre de la carte.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/placemap.py" line="443"/>
        <source>Squares are evidence items positioned by their files&apos; GPS metadata; the case records no place. Web Mercator, north up; the scale holds at the map&apos;s centre.</source>
        <translation>Les carrés sont des pièces placées d’après les métadonnées GPS de leurs fichiers ; le dossier n’enregistre aucun lieu. Projection Web Mercator, nord en haut ; l’échelle vaut au centre de la carte.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/casedesk/report/placemap.py" line="451"/>
        <source>%n item(s) with a GPS position withheld from this report are not shown.</source>
        <translation>
            <numerusform>%n pièce dotée d’une position GPS, retenue dans ce rapport, n’est pas représentée.</numerusform>
            <numerusform>%n pièces dotées d’une position GPS, retenues dans ce rapport, ne sont pas représentées.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/provenance_block.py" line="53"/>
        <source>Provenance, as read in custody entry {0}</source>
        <translation>Provenance, telle que lue dans l’entrée {0} du journal de traçabilité</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/provenance_block.py" line="90"/>
        <source>Content Credentials (C2PA)</source>
        <translation>Content Credentials (C2PA)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/provenance_block.py" line="92"/>
        <source>Signer</source>
        <translation>Signataire</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/provenance_block.py" line="93"/>
        <source>Claim generator</source>
        <translation>Générateur (claim generator)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/provenance_block.py" line="94"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/provenance_block.py" line="99"/>
        <source>Signed</source>
        <translation>Signé le</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/casedesk/report/provenance_block.py" line="104"/>
        <source>%n more</source>
        <translation>
            <numerusform>%n autre</numerusform>
            <numerusform>%n autres</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/provenance_block.py" line="105"/>
        <source>{0} and {1}</source>
        <comment>a list, then how many more</comment>
        <translation>{0} et {1}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/provenance_block.py" line="106"/>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/provenance_block.py" line="107"/>
        <source>Read with {0}.</source>
        <translation>Lu avec {0}.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/provenance_block.py" line="109"/>
        <source>Trust anchors (SHA-256): {0}</source>
        <translation>Ancres de confiance (SHA-256) : {0}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/provenance_block.py" line="110"/>
        <source>Validated</source>
        <translation>Validation</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/provenance_block.py" line="113"/>
        <location filename="../../src/casedesk/report/provenance_block.py" line="116"/>
        <source>OpenPGP signature</source>
        <translation>Signature OpenPGP</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/casedesk/report/provenance_block.py" line="115"/>
        <source>%n more signatures, listed in the custody entry</source>
        <translation>
            <numerusform>%n autre signature, listée dans l’entrée du journal</numerusform>
            <numerusform>%n autres signatures, listées dans l’entrée du journal</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/provenance_block.py" line="119"/>
        <source>Web archive (WACZ)</source>
        <translation>Archive web (WACZ)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/provenance_block.py" line="122"/>
        <source>Signed capture</source>
        <translation>Capture signée</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/provenance_block.py" line="131"/>
        <source>Only a link to them elsewhere; not fetched (CaseDesk works offline)</source>
        <translation>Seulement un lien vers un emplacement distant ; non récupérés (CaseDesk fonctionne hors ligne)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/provenance_block.py" line="136"/>
        <source>Present, but they could not be read</source>
        <translation>Présents, mais illisibles</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/provenance_block.py" line="139"/>
        <source>no validation state</source>
        <translation>aucun état de validation</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/provenance_block.py" line="145"/>
        <source>Status codes: {0}</source>
        <translation>Codes d’état : {0}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/provenance_block.py" line="151"/>
        <source>valid</source>
        <comment>an OpenPGP signature</comment>
        <translation>valide</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/provenance_block.py" line="151"/>
        <source>not valid</source>
        <translation>non valide</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/provenance_block.py" line="154"/>
        <location filename="../../src/casedesk/report/provenance_block.py" line="217"/>
        <location filename="../../src/casedesk/report/provenance_block.py" line="249"/>
        <source>{0}: {1}</source>
        <comment>a file and its verdict</comment>
        <extracomment>A detached signature&apos;s file name, then whether it is valid.</extracomment>
        <translation>{0} : {1}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/provenance_block.py" line="159"/>
        <source>Key fingerprint {0}</source>
        <translation>Empreinte de la clé {0}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/provenance_block.py" line="161"/>
        <source>Key id {0}</source>
        <translation>Identifiant de clé {0}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/provenance_block.py" line="165"/>
        <source>Signed {0}</source>
        <translation>Signée le {0}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/provenance_block.py" line="174"/>
        <source>Refused</source>
        <translation>Refusée</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/provenance_block.py" line="175"/>
        <location filename="../../src/casedesk/report/provenance_block.py" line="214"/>
        <source>Verified</source>
        <translation>Vérifiée</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/provenance_block.py" line="175"/>
        <location filename="../../src/casedesk/report/provenance_block.py" line="214"/>
        <source>Not verified</source>
        <translation>Non vérifiée</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/provenance_block.py" line="178"/>
        <source>Pages: {0}; resource hashes checked: {1}</source>
        <translation>Pages : {0} ; empreintes de ressources vérifiées : {1}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/provenance_block.py" line="183"/>
        <source>Resources that differ from datapackage.json: {0}</source>
        <translation>Ressources qui diffèrent de datapackage.json : {0}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/provenance_block.py" line="186"/>
        <source>datapackage.json differs from its signed digest</source>
        <translation>datapackage.json diffère de son condensé signé</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/provenance_block.py" line="190"/>
        <source>Signed by {0}: {1}</source>
        <translation>Signée par {0} : {1}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/provenance_block.py" line="192"/>
        <source>Time stamp {0}</source>
        <translation>Horodatage {0}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/provenance_block.py" line="194"/>
        <source>Not signed</source>
        <translation>Non signée</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/provenance_block.py" line="199"/>
        <source>Made {0}</source>
        <translation>Créée : {0}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/provenance_block.py" line="223"/>
        <source>The media&apos;s SHA-256 is the one the proof states.</source>
        <translation>L’empreinte SHA-256 du média est celle qu’indique la preuve.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/provenance_block.py" line="225"/>
        <source>The media&apos;s SHA-256 differs from the one the proof states.</source>
        <translation>L’empreinte SHA-256 du média diffère de celle qu’indique la preuve.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/provenance_block.py" line="227"/>
        <source>The media was not checked against the proof.</source>
        <translation>Le média n’a pas été comparé à la preuve.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/provenance_block.py" line="229"/>
        <source>Device time {0}</source>
        <translation>Heure de l’appareil {0}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/provenance_block.py" line="231"/>
        <source>Device clock {0}, its time zone unknown</source>
        <translation>Horloge de l’appareil {0}, fuseau horaire inconnu</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/provenance_block.py" line="241"/>
        <source>{0} (within {1} m)</source>
        <translation>{0} (à {1} m près)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/provenance_block.py" line="242"/>
        <source>Location {0}</source>
        <translation>Position {0}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/provenance_block.py" line="245"/>
        <source>Device: {0}</source>
        <translation>Appareil : {0}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/provenance_block.py" line="254"/>
        <location filename="../../src/casedesk/report/signing.py" line="92"/>
        <source>Key {0}</source>
        <translation>Clé {0}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/provenance_block.py" line="287"/>
        <source>The manifest validates and its signing certificate chains to a trusted anchor.</source>
        <translation>Le manifeste est valide et son certificat de signature remonte à une ancre de confiance.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/provenance_block.py" line="288"/>
        <source>The manifest validates, but its signing certificate is not on the trust list: who signed is not vouched for.</source>
        <translation>Le manifeste est valide, mais son certificat de signature ne figure pas sur la liste de confiance : rien ne garantit l’identité du signataire.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/provenance_block.py" line="292"/>
        <source>The manifest does not validate: the file or its Content Credentials changed after signing, or they are malformed.</source>
        <translation>Le manifeste n’est pas valide : le fichier ou ses Content Credentials ont changé après la signature, ou ils sont mal formés.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/provenance_block.py" line="302"/>
        <source>Good signature; the key was valid when it signed.</source>
        <translation>Signature valide ; la clé était valide au moment de la signature.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/provenance_block.py" line="303"/>
        <source>Good signature; the key was valid when it signed and has expired since.</source>
        <translation>Signature valide ; la clé était valide au moment de la signature et a expiré depuis.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/provenance_block.py" line="306"/>
        <source>Good signature; the signature has expired since.</source>
        <translation>Signature valide ; la signature elle-même a expiré depuis.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/provenance_block.py" line="307"/>
        <source>Bad signature: the file or the signature was altered.</source>
        <translation>Signature invalide : le fichier ou la signature a été modifié.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/provenance_block.py" line="308"/>
        <source>Made by a key that was not imported: not checked.</source>
        <translation>Faite par une clé non importée : non vérifiée.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/provenance_block.py" line="309"/>
        <source>Made with a key that had already expired.</source>
        <translation>Faite avec une clé qui avait déjà expiré.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/provenance_block.py" line="310"/>
        <source>Made by a revoked key.</source>
        <translation>Faite par une clé révoquée.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/provenance_block.py" line="311"/>
        <source>The file holds no OpenPGP signature.</source>
        <translation>Le fichier ne contient aucune signature OpenPGP.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/provenance_block.py" line="312"/>
        <location filename="../../src/casedesk/report/provenance_block.py" line="323"/>
        <source>Could not be checked.</source>
        <translation>N’a pas pu être vérifiée.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/provenance_block.py" line="319"/>
        <source>valid</source>
        <comment>a signed capture&apos;s signature</comment>
        <translation>valide</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/provenance_block.py" line="320"/>
        <source>invalid: the signed files or the signature were altered</source>
        <translation>invalide : les fichiers signés ou la signature ont été modifiés</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/provenance_block.py" line="321"/>
        <source>present, not verifiable offline</source>
        <translation>présente, non vérifiable hors ligne</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/provenance_block.py" line="322"/>
        <source>not checked</source>
        <translation>non vérifiée</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/provenance_block.py" line="329"/>
        <source>valid</source>
        <comment>a web archive&apos;s signature</comment>
        <translation>valide</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/provenance_block.py" line="330"/>
        <source>verifies, but is not trusted</source>
        <translation>vérifiable, mais non approuvée</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/provenance_block.py" line="331"/>
        <source>invalid</source>
        <comment>a web archive&apos;s signature</comment>
        <translation>invalide</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/record_sections.py" line="32"/>
        <location filename="../../src/casedesk/report/record_sections.py" line="158"/>
        <location filename="../../src/casedesk/report/sections.py" line="256"/>
        <location filename="../../src/casedesk/report/sections.py" line="298"/>
        <location filename="../../src/casedesk/report/sections.py" line="347"/>
        <source>#</source>
        <translation>N°</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/record_sections.py" line="34"/>
        <source>Investigator</source>
        <translation>Enquêteur</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/record_sections.py" line="35"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/record_sections.py" line="36"/>
        <source>Object</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/record_sections.py" line="37"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/record_sections.py" line="38"/>
        <source>Entry hash</source>
        <translation>Empreinte de l’entrée</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/record_sections.py" line="47"/>
        <source>The custody log is empty.</source>
        <translation>Le journal de traçabilité est vide.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/casedesk/report/record_sections.py" line="50"/>
        <source>%n entries, from {0} to {1}, up to the covered entry {2}: {3}. Making this report is itself logged, in an entry after that one, naming the covered entry and the SHA-256 of this file.</source>
        <translation>
            <numerusform>%n entrée, du {0} au {1}, jusqu’à l’entrée couverte {2} : {3}. La création de ce rapport est elle-même consignée, dans une entrée postérieure à celle-ci, qui nomme l’entrée couverte et l’empreinte SHA-256 de ce fichier.</numerusform>
            <numerusform>%n entrées, du {0} au {1}, jusqu’à l’entrée couverte {2} : {3}. La création de ce rapport est elle-même consignée, dans une entrée postérieure à celle-ci, qui nomme l’entrée couverte et l’empreinte SHA-256 de ce fichier.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/record_sections.py" line="62"/>
        <source>Entries by action: {0}.</source>
        <translation>Entrées par action : {0}.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/record_sections.py" line="63"/>
        <source>First and last entries</source>
        <translation>Première et dernière entrées</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/record_sections.py" line="77"/>
        <source>Details withheld: the item is flagged as {0}.</source>
        <translation>Détails non reproduits : la pièce est marquée comme {0}.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/record_sections.py" line="101"/>
        <source>evidence {0}</source>
        <comment>a custody entry&apos;s object</comment>
        <translation>pièce {0}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/record_sections.py" line="102"/>
        <source>{0} {1}</source>
        <comment>a custody entry&apos;s object: its type and id</comment>
        <translation>{0} {1}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/casedesk/report/record_sections.py" line="115"/>
        <source>Every original in this case (%n files), including items whose pictures or text are withheld from this report. Manifest digest: {0}.</source>
        <translation>
            <numerusform>Tous les originaux de ce dossier (%n fichier), y compris ceux des pièces dont les images ou le texte ne sont pas reproduits dans ce rapport. Empreinte du manifeste : {0}.</numerusform>
            <numerusform>Tous les originaux de ce dossier (%n fichiers), y compris ceux des pièces dont les images ou le texte ne sont pas reproduits dans ce rapport. Empreinte du manifeste : {0}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/record_sections.py" line="123"/>
        <source>How to re-verify</source>
        <translation>Comment revérifier</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/record_sections.py" line="125"/>
        <source>An original file: compute its SHA-256 and compare it with the table. On Linux: “sha256sum FILE”; on macOS: “shasum -a 256 FILE”; on Windows: “certutil -hashfile FILE SHA256”.</source>
        <translation>Un fichier original : calculez son empreinte SHA-256 et comparez-la au tableau. Sous Linux : « sha256sum FILE » ; sous macOS : « shasum -a 256 FILE » ; sous Windows : « certutil -hashfile FILE SHA256 » (FILE étant le chemin du fichier).</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/record_sections.py" line="129"/>
        <source>The manifest digest: write one line per row of the table: the SHA-256, two spaces, the size in bytes, two spaces and the original name. Sort the lines (they start with the SHA-256, so this orders them by it) and end each with a newline; the SHA-256 of that UTF-8 text is the digest. On Linux: “LC_ALL=C sort manifest.txt | sha256sum”.</source>
        <translation>L’empreinte du manifeste : écrivez une ligne par rangée du tableau : l’empreinte SHA-256, deux espaces, la taille en octets (sans séparateur de milliers), deux espaces et le nom d’origine tel que le tableau l’écrit (« (name withheld) » pour une pièce non reproduite). Triez les lignes (elles commencent par l’empreinte SHA-256, elles sont donc triées selon celle-ci) et terminez chacune par un saut de ligne ; l’empreinte SHA-256 de ce texte en UTF-8 est l’empreinte du manifeste. Sous Linux : « LC_ALL=C sort manifest.txt | sha256sum ».</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/record_sections.py" line="135"/>
        <source>In a CaseDesk workspace holding the case: “casedesk verify CASE” re-hashes every original and recomputes the custody chain; its entry with the number on the cover must have the hash on the cover. “casedesk export CASE --pdf OUT.pdf --as-of N” with the same options, on the versions the cover lists, gives this file again byte for byte.</source>
        <translation>Dans un espace de travail CaseDesk contenant le dossier : « casedesk verify CASE » recalcule l’empreinte de chaque original et la chaîne d’empreintes du journal de traçabilité ; l’entrée portant le numéro indiqué en page de titre doit avoir l’empreinte indiquée en page de titre. « casedesk export CASE --pdf OUT.pdf --as-of N --language fr », avec les mêmes options et les versions indiquées en page de titre, redonne ce fichier à l’octet près.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/record_sections.py" line="142"/>
        <source>{0}. {1}</source>
        <comment>a numbered step</comment>
        <translation>{0}. {1}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/record_sections.py" line="158"/>
        <source>Size (bytes)</source>
        <translation>Taille (octets)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/sections.py" line="59"/>
        <source>CASE REPORT</source>
        <translation>RAPPORT SUR LE DOSSIER</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/sections.py" line="59"/>
        <source>Cover</source>
        <translation>Page de titre</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/casedesk/report/sections.py" line="63"/>
        <source>%n items</source>
        <translation>
            <numerusform>%n pièce</numerusform>
            <numerusform>%n pièces</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/casedesk/report/sections.py" line="65"/>
        <source>; %n in the trash, not part of this report</source>
        <translation>
            <numerusform> ; %n dans la corbeille, exclue de ce rapport</numerusform>
            <numerusform> ; %n dans la corbeille, exclues de ce rapport</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/sections.py" line="69"/>
        <source>Case as of</source>
        <translation>Dossier en date du</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/sections.py" line="72"/>
        <source>Entry {0} of the custody log, {1}:</source>
        <translation>Entrée {0} du journal de traçabilité, {1} :</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/sections.py" line="77"/>
        <source>The report shows the case exactly as it stood right after this entry (entries 1 to {0}); anything recorded later is not part of it.</source>
        <translation>Le rapport présente le dossier exactement tel qu’il était juste après cette entrée (entrées 1 à {0}) ; rien de ce qui a été enregistré ensuite n’en fait partie.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/sections.py" line="85"/>
        <location filename="../../src/casedesk/report/sections.py" line="258"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/sections.py" line="86"/>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/sections.py" line="87"/>
        <source>First seen</source>
        <translation>Première apparition</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/sections.py" line="88"/>
        <location filename="../../src/casedesk/report/sections.py" line="176"/>
        <location filename="../../src/casedesk/report/sections.py" line="178"/>
        <location filename="../../src/casedesk/report/sections.py" line="250"/>
        <location filename="../../src/casedesk/report/sections.py" line="251"/>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/sections.py" line="89"/>
        <source>Investigators</source>
        <translation>Enquêteurs</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/sections.py" line="90"/>
        <source>Case id</source>
        <translation>Identifiant du dossier</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/sections.py" line="91"/>
        <location filename="../../src/casedesk/report/sections.py" line="178"/>
        <location filename="../../src/casedesk/report/sections.py" line="261"/>
        <source>Evidence</source>
        <translation>Pièces</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/sections.py" line="92"/>
        <location filename="../../src/casedesk/report/sections.py" line="181"/>
        <source>Checklist</source>
        <translation>Liste de contrôle</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/sections.py" line="94"/>
        <source>Manifest digest</source>
        <translation>Empreinte du manifeste</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/casedesk/report/sections.py" line="98"/>
        <source>SHA-256 over the manifest lines of the %n originals (see the appendix)</source>
        <translation>
            <numerusform>Empreinte SHA-256 des lignes du manifeste pour %n original (voir l’annexe)</numerusform>
            <numerusform>Empreinte SHA-256 des lignes du manifeste des %n originaux (voir l’annexe)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/sections.py" line="107"/>
        <source>Contents</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/sections.py" line="111"/>
        <source>Software</source>
        <translation>Logiciels</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/sections.py" line="115"/>
        <source>The same entry and options give this file byte for byte with these versions.</source>
        <translation>Avec ces versions, la même entrée et les mêmes options redonnent ce fichier à l’octet près.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/casedesk/report/sections.py" line="123"/>
        <source>%n item(s) flagged as graphic or personal data are shown blurred in this report; the integrity manifest still lists every original.</source>
        <translation>
            <numerusform>%n pièce marquée comme contenu choquant ou données personnelles est floutée dans ce rapport ; le manifeste d’intégrité liste néanmoins tous les originaux.</numerusform>
            <numerusform>%n pièces marquées comme contenu choquant ou données personnelles sont floutées dans ce rapport ; le manifeste d’intégrité liste néanmoins tous les originaux.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/casedesk/report/sections.py" line="129"/>
        <source>%n item(s) flagged as graphic or personal data are withheld in this report; the integrity manifest still lists every original.</source>
        <translation>
            <numerusform>%n pièce marquée comme contenu choquant ou données personnelles n’est pas reproduite dans ce rapport ; le manifeste d’intégrité liste néanmoins tous les originaux.</numerusform>
            <numerusform>%n pièces marquées comme contenu choquant ou données personnelles ne sont pas reproduites dans ce rapport ; le manifeste d’intégrité liste néanmoins tous les originaux.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/sections.py" line="134"/>
        <source>Sensitive items</source>
        <translation>Pièces sensibles</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/sections.py" line="137"/>
        <source>Investigator&apos;s signature</source>
        <translation>Signature de l’enquêteur</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/sections.py" line="142"/>
        <source>A signed report shows its digital signature in this box. Check it with casedesk check or a PDF reader&apos;s signature panel, and compare the key fingerprint with the investigator&apos;s out of band: no authority vouches for it. An empty box is an unsigned copy.</source>
        <translation>Un rapport signé affiche sa signature numérique dans ce cadre. Vérifiez-la avec casedesk check ou avec le panneau des signatures d’un lecteur PDF, et comparez l’empreinte de la clé avec celle de l’enquêteur par un autre canal : aucune autorité ne s’en porte garante. Un cadre vide signale une copie non signée.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/sections.py" line="153"/>
        <source>Every evidence item is identified by the SHA-256 of the original file as it was collected; CaseDesk never alters an original. The custody log is a hash chain: each entry&apos;s hash covers its content and the hash of the entry before it, so a change to any entry changes every later hash. The appendix explains how to re-verify the originals and this report&apos;s manifest digest.</source>
        <translation>Chaque pièce est identifiée par l’empreinte SHA-256 du fichier original tel qu’il a été collecté ; CaseDesk ne modifie jamais un original. Le journal de traçabilité est une chaîne d’empreintes : l’empreinte de chaque entrée couvre son contenu et l’empreinte de l’entrée précédente, si bien que toute modification d’une entrée change toutes les empreintes suivantes. L’annexe explique comment revérifier les originaux et l’empreinte du manifeste de ce rapport.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/sections.py" line="173"/>
        <source>No summary written.</source>
        <translation>Aucune synthèse rédigée.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/sections.py" line="176"/>
        <location filename="../../src/casedesk/report/words.py" line="212"/>
        <source>Claims</source>
        <translation>Allégations</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/sections.py" line="177"/>
        <location filename="../../src/casedesk/report/sections.py" line="260"/>
        <location filename="../../src/casedesk/report/words.py" line="213"/>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/sections.py" line="179"/>
        <location filename="../../src/casedesk/report/words.py" line="214"/>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/casedesk/report/sections.py" line="179"/>
        <source>%n events</source>
        <translation>
            <numerusform>%n événement</numerusform>
            <numerusform>%n événements</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/sections.py" line="180"/>
        <location filename="../../src/casedesk/report/words.py" line="215"/>
        <source>Places</source>
        <translation>Lieux</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/sections.py" line="184"/>
        <source>Related cases</source>
        <translation>Dossiers liés</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/sections.py" line="187"/>
        <source>Investigator notes</source>
        <translation>Notes des enquêteurs</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/sections.py" line="190"/>
        <source>Written {0}</source>
        <translation>Rédigée le {0}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/sections.py" line="210"/>
        <source>Status is the investigators&apos; current finding. Credibility is the Admiralty information grade, from 1 (confirmed by other sources) to 6 (truth cannot be judged).</source>
        <translation>Le statut est la conclusion actuelle des enquêteurs. La crédibilité est la cote de l’information selon le système de l’Amirauté, de 1 (confirmée par d’autres sources) à 6 (véracité impossible à évaluer).</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/sections.py" line="218"/>
        <source>No claims recorded.</source>
        <translation>Aucune allégation enregistrée.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/sections.py" line="245"/>
        <location filename="../../src/casedesk/report/sections.py" line="287"/>
        <source>{0}: {1}</source>
        <comment>an Admiralty grade and its meaning</comment>
        <translation>{0} : {1}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/sections.py" line="257"/>
        <source>Claim</source>
        <translation>Allégation</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/sections.py" line="259"/>
        <source>Credibility</source>
        <translation>Crédibilité</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/sections.py" line="272"/>
        <source>Reliability is the Admiralty source grade, from A (completely reliable) to F (reliability cannot be judged).</source>
        <translation>La fiabilité est la cote de la source selon le système de l’Amirauté, de A (complètement fiable) à F (fiabilité impossible à évaluer).</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/sections.py" line="280"/>
        <source>No sources recorded.</source>
        <translation>Aucune source enregistrée.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/sections.py" line="300"/>
        <source>Handle, platform</source>
        <translation>Identifiant, plateforme</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/sections.py" line="301"/>
        <source>Reliability</source>
        <translation>Fiabilité</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/sections.py" line="302"/>
        <location filename="../../src/casedesk/report/sections.py" line="348"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/sections.py" line="312"/>
        <source>No timeline events recorded.</source>
        <translation>Aucun événement enregistré dans la chronologie.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/sections.py" line="322"/>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/sections.py" line="322"/>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/sections.py" line="322"/>
        <location filename="../../src/casedesk/report/sections.py" line="347"/>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/sections.py" line="332"/>
        <source>No places recorded.</source>
        <translation>Aucun lieu enregistré.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/sections.py" line="334"/>
        <source>Coordinates are WGS 84 decimal degrees.</source>
        <translation>Les coordonnées sont en degrés décimaux WGS 84, écrites avec un point décimal, telles que les outils cartographiques les lisent.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/sections.py" line="347"/>
        <source>Latitude</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/sections.py" line="347"/>
        <source>Longitude</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/sections.py" line="348"/>
        <source>Precision</source>
        <translation>Précision</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/sections.py" line="361"/>
        <source>Case checklist: {0}.</source>
        <translation>Liste de contrôle du dossier : {0}.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/sections.py" line="376"/>
        <source>Check</source>
        <translation>Contrôle</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/sections.py" line="376"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/sections.py" line="376"/>
        <source>Recorded</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/sections.py" line="379"/>
        <source>Evidence items</source>
        <translation>Pièces du dossier</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/sections.py" line="382"/>
        <source>Each item&apos;s own checks, with their notes, are listed with the item in the evidence catalogue.</source>
        <translation>Les contrôles propres à chaque pièce, avec leurs notes, figurent avec la pièce dans le catalogue des pièces.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/sections.py" line="398"/>
        <source>Item</source>
        <translation>Pièce</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/sections.py" line="398"/>
        <source>Checks</source>
        <translation>Contrôles</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/sections.py" line="406"/>
        <source>{0}, {1}</source>
        <comment>who recorded a check, and when</comment>
        <translation>{0}, {1}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/signing.py" line="90"/>
        <source>Digitally signed with the CaseDesk investigator key</source>
        <translation>Signé numériquement avec la clé d’enquêteur CaseDesk</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/signing.py" line="95"/>
        <source>Signed at {0} (the signer&apos;s clock)</source>
        <translation>Signé le {0} (horloge du signataire)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/stamps.py" line="20"/>
        <source>Trusted timestamps</source>
        <translation>Horodatages de confiance</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/stamps.py" line="25"/>
        <source>Entry {0} (hash {1}…, manifest digest {2}…) existed no later than {3} according to {4} (serial {5}; imported in entry {6}).</source>
        <translation>L’entrée {0} (empreinte {1}…, empreinte du manifeste {2}…) existait au plus tard le {3} selon {4} (numéro de série {5} ; jeton importé dans l’entrée {6}).</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/stamps.py" line="57"/>
        <source>No trusted timestamp was imported in the covered entries (1 to {0}).</source>
        <translation>Aucun horodatage de confiance n’a été importé dans les entrées couvertes (1 à {0}).</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/stamps.py" line="64"/>
        <source>Each line is an RFC 3161 timestamp token, signed by the timestamp authority named, over the SHA-256 of the text “{0}”, “case”, the case id, “entry”, the entry&apos;s number and hash, “manifest” and the case&apos;s manifest digest as of that entry (four lines, each ending in a newline). The token, its request and the certificate it was checked against are recorded in full in the import entry of the custody log.</source>
        <translation>Chaque ligne est un jeton d’horodatage RFC 3161, signé par l’autorité d’horodatage nommée, sur l’empreinte SHA-256 du texte « {0} », « case », l’identifiant du dossier, « entry », le numéro et l’empreinte de l’entrée, « manifest » et l’empreinte du manifeste du dossier en date de cette entrée (quatre lignes, chacune terminée par un saut de ligne). Le jeton, sa requête et le certificat avec lequel il a été vérifié sont consignés en entier dans l’entrée d’import du journal de traçabilité.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/stamps.py" line="80"/>
        <source>entry {0}</source>
        <translation>entrée {0}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/stamps.py" line="82"/>
        <source>entries {0}</source>
        <translation>entrées {0}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/stamps.py" line="86"/>
        <source>Timestamp requests with no answer imported by entry {0}: {1}.</source>
        <translation>Demandes d’horodatage sans réponse importée à l’entrée {0} : {1}.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/words.py" line="19"/>
        <source>open</source>
        <comment>case status</comment>
        <translation>ouvert</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/words.py" line="20"/>
        <source>verifying</source>
        <comment>case status</comment>
        <translation>en cours de vérification</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/words.py" line="21"/>
        <source>verified</source>
        <comment>case status</comment>
        <translation>vérifié</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/words.py" line="22"/>
        <source>disputed</source>
        <comment>case status</comment>
        <translation>contesté</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/words.py" line="23"/>
        <source>debunked</source>
        <comment>case status</comment>
        <translation>réfuté</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/words.py" line="24"/>
        <source>inconclusive</source>
        <comment>case status</comment>
        <translation>non concluant</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/words.py" line="25"/>
        <source>closed</source>
        <comment>case status</comment>
        <translation>clos</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/words.py" line="31"/>
        <source>unverified</source>
        <comment>claim status</comment>
        <translation>non vérifiée</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/words.py" line="32"/>
        <source>supported</source>
        <comment>claim status</comment>
        <translation>étayée</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/words.py" line="33"/>
        <source>confirmed</source>
        <comment>claim status</comment>
        <translation>confirmée</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/words.py" line="34"/>
        <source>disputed</source>
        <comment>claim status</comment>
        <translation>contestée</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/words.py" line="35"/>
        <source>false</source>
        <comment>claim status</comment>
        <translation>fausse</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/words.py" line="42"/>
        <source>pending</source>
        <comment>check state</comment>
        <translation>en attente</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/words.py" line="43"/>
        <source>passed</source>
        <comment>check state</comment>
        <translation>réussi</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/words.py" line="44"/>
        <source>failed</source>
        <comment>check state</comment>
        <translation>en échec</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/words.py" line="45"/>
        <source>not applicable</source>
        <comment>check state</comment>
        <translation>sans objet</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/words.py" line="46"/>
        <source>inconclusive</source>
        <comment>check state</comment>
        <translation>non concluant</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/words.py" line="53"/>
        <source>supports</source>
        <comment>stance of evidence towards a claim</comment>
        <translation>étaye</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/words.py" line="54"/>
        <source>contradicts</source>
        <comment>stance of evidence towards a claim</comment>
        <translation>contredit</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/words.py" line="55"/>
        <source>context</source>
        <comment>stance of evidence towards a claim</comment>
        <translation>contexte</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/words.py" line="62"/>
        <source>still</source>
        <comment>kind of evidence, counted in the summary</comment>
        <translation>image fixe</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/words.py" line="64"/>
        <source>still image</source>
        <translation>image fixe</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/words.py" line="65"/>
        <source>video</source>
        <comment>kind of evidence</comment>
        <translation>vidéo</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/words.py" line="66"/>
        <source>audio</source>
        <comment>kind of evidence</comment>
        <translation>audio</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/words.py" line="67"/>
        <source>document</source>
        <comment>kind of evidence</comment>
        <translation>document</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/words.py" line="68"/>
        <source>other</source>
        <comment>kind of evidence</comment>
        <translation>autre</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/words.py" line="75"/>
        <source>partial</source>
        <comment>decoding of a file</comment>
        <translation>partiel</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/words.py" line="76"/>
        <source>failed</source>
        <comment>decoding of a file</comment>
        <translation>en échec</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/words.py" line="77"/>
        <source>refused</source>
        <comment>decoding of a file</comment>
        <translation>refusé</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/words.py" line="84"/>
        <source>case</source>
        <comment>custody entry&apos;s object type</comment>
        <translation>dossier</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/words.py" line="85"/>
        <source>evidence</source>
        <comment>custody entry&apos;s object type</comment>
        <translation>pièce</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/words.py" line="86"/>
        <source>source</source>
        <comment>custody entry&apos;s object type</comment>
        <translation>source</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/words.py" line="87"/>
        <source>claim</source>
        <comment>custody entry&apos;s object type</comment>
        <translation>allégation</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/words.py" line="88"/>
        <source>checklist_item</source>
        <comment>custody entry&apos;s object type</comment>
        <translation>contrôle</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/words.py" line="89"/>
        <source>place</source>
        <comment>custody entry&apos;s object type</comment>
        <translation>lieu</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/words.py" line="90"/>
        <source>timeline_event</source>
        <comment>custody entry&apos;s object type</comment>
        <translation>événement</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/words.py" line="91"/>
        <source>note</source>
        <comment>custody entry&apos;s object type</comment>
        <translation>note</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/words.py" line="92"/>
        <source>annotation</source>
        <comment>custody entry&apos;s object type</comment>
        <translation>annotation</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/words.py" line="93"/>
        <source>bundle</source>
        <comment>custody entry&apos;s object type</comment>
        <translation>paquet</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/words.py" line="108"/>
        <source>case_create</source>
        <comment>custody action</comment>
        <extracomment>A custody action as the log records it, for the Action column of the custody log: translate what it means (&quot;Case created&quot;). The recorded word is printed under it.</extracomment>
        <translation>Dossier créé</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/words.py" line="109"/>
        <source>case_edit</source>
        <comment>custody action</comment>
        <extracomment>A custody action as the log records it, for the Action column of the custody log: translate what it means (&quot;Case created&quot;). The recorded word is printed under it.</extracomment>
        <translation>Dossier modifié</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/words.py" line="110"/>
        <source>case_link</source>
        <comment>custody action</comment>
        <extracomment>A custody action as the log records it, for the Action column of the custody log: translate what it means (&quot;Case created&quot;). The recorded word is printed under it.</extracomment>
        <translation>Dossier lié associé</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/words.py" line="111"/>
        <source>case_remove</source>
        <comment>custody action</comment>
        <extracomment>A custody action as the log records it, for the Action column of the custody log: translate what it means (&quot;Case created&quot;). The recorded word is printed under it.</extracomment>
        <translation>Dossier lié dissocié</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/words.py" line="112"/>
        <source>case_restore</source>
        <comment>custody action</comment>
        <extracomment>A custody action as the log records it, for the Action column of the custody log: translate what it means (&quot;Case created&quot;). The recorded word is printed under it.</extracomment>
        <translation>Dossier lié associé à nouveau</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/words.py" line="113"/>
        <source>evidence_add</source>
        <comment>custody action</comment>
        <extracomment>A custody action as the log records it, for the Action column of the custody log: translate what it means (&quot;Case created&quot;). The recorded word is printed under it.</extracomment>
        <translation>Pièce ajoutée</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/words.py" line="114"/>
        <source>still_extract</source>
        <comment>custody action</comment>
        <extracomment>A custody action as the log records it, for the Action column of the custody log: translate what it means (&quot;Case created&quot;). The recorded word is printed under it.</extracomment>
        <translation>Image extraite d’une vidéo</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/words.py" line="115"/>
        <source>wacz_extract</source>
        <comment>custody action</comment>
        <extracomment>A custody action as the log records it, for the Action column of the custody log: translate what it means (&quot;Case created&quot;). The recorded word is printed under it.</extracomment>
        <translation>Média extrait d’une archive web</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/words.py" line="116"/>
        <source>proof_extract</source>
        <comment>custody action</comment>
        <extracomment>A custody action as the log records it, for the Action column of the custody log: translate what it means (&quot;Case created&quot;). The recorded word is printed under it.</extracomment>
        <translation>Média extrait d’un paquet ProofMode</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/words.py" line="117"/>
        <source>wacz_pages_read</source>
        <comment>custody action</comment>
        <extracomment>A custody action as the log records it, for the Action column of the custody log: translate what it means (&quot;Case created&quot;). The recorded word is printed under it.</extracomment>
        <translation>Texte des pages d’une archive web conservé</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/words.py" line="118"/>
        <source>evidence_edit</source>
        <comment>custody action</comment>
        <extracomment>A custody action as the log records it, for the Action column of the custody log: translate what it means (&quot;Case created&quot;). The recorded word is printed under it.</extracomment>
        <translation>Pièce modifiée</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/words.py" line="119"/>
        <source>evidence_trash</source>
        <comment>custody action</comment>
        <extracomment>A custody action as the log records it, for the Action column of the custody log: translate what it means (&quot;Case created&quot;). The recorded word is printed under it.</extracomment>
        <translation>Pièce mise à la corbeille</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/words.py" line="120"/>
        <source>evidence_restore</source>
        <comment>custody action</comment>
        <extracomment>A custody action as the log records it, for the Action column of the custody log: translate what it means (&quot;Case created&quot;). The recorded word is printed under it.</extracomment>
        <translation>Pièce restaurée</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/words.py" line="121"/>
        <source>evidence_purge</source>
        <comment>custody action</comment>
        <extracomment>A custody action as the log records it, for the Action column of the custody log: translate what it means (&quot;Case created&quot;). The recorded word is printed under it.</extracomment>
        <translation>Pièce supprimée définitivement</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/words.py" line="122"/>
        <source>source_create</source>
        <comment>custody action</comment>
        <extracomment>A custody action as the log records it, for the Action column of the custody log: translate what it means (&quot;Case created&quot;). The recorded word is printed under it.</extracomment>
        <translation>Source ajoutée</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/words.py" line="123"/>
        <source>source_edit</source>
        <comment>custody action</comment>
        <extracomment>A custody action as the log records it, for the Action column of the custody log: translate what it means (&quot;Case created&quot;). The recorded word is printed under it.</extracomment>
        <translation>Source modifiée</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/words.py" line="124"/>
        <source>source_merge</source>
        <comment>custody action</comment>
        <extracomment>A custody action as the log records it, for the Action column of the custody log: translate what it means (&quot;Case created&quot;). The recorded word is printed under it.</extracomment>
        <translation>Sources fusionnées</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/words.py" line="125"/>
        <source>source_unmerge</source>
        <comment>custody action</comment>
        <extracomment>A custody action as the log records it, for the Action column of the custody log: translate what it means (&quot;Case created&quot;). The recorded word is printed under it.</extracomment>
        <translation>Fusion de sources annulée</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/words.py" line="126"/>
        <source>source_remove</source>
        <comment>custody action</comment>
        <extracomment>A custody action as the log records it, for the Action column of the custody log: translate what it means (&quot;Case created&quot;). The recorded word is printed under it.</extracomment>
        <translation>Source retirée</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/words.py" line="127"/>
        <source>source_restore</source>
        <comment>custody action</comment>
        <extracomment>A custody action as the log records it, for the Action column of the custody log: translate what it means (&quot;Case created&quot;). The recorded word is printed under it.</extracomment>
        <translation>Source restaurée</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/words.py" line="128"/>
        <source>claim_create</source>
        <comment>custody action</comment>
        <extracomment>A custody action as the log records it, for the Action column of the custody log: translate what it means (&quot;Case created&quot;). The recorded word is printed under it.</extracomment>
        <translation>Allégation ajoutée</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/words.py" line="129"/>
        <source>claim_edit</source>
        <comment>custody action</comment>
        <extracomment>A custody action as the log records it, for the Action column of the custody log: translate what it means (&quot;Case created&quot;). The recorded word is printed under it.</extracomment>
        <translation>Allégation modifiée</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/words.py" line="130"/>
        <source>claim_status</source>
        <comment>custody action</comment>
        <extracomment>A custody action as the log records it, for the Action column of the custody log: translate what it means (&quot;Case created&quot;). The recorded word is printed under it.</extracomment>
        <translation>Statut ou crédibilité d’une allégation modifiés</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/words.py" line="131"/>
        <source>claim_link</source>
        <comment>custody action</comment>
        <extracomment>A custody action as the log records it, for the Action column of the custody log: translate what it means (&quot;Case created&quot;). The recorded word is printed under it.</extracomment>
        <translation>Allégation associée à une pièce ou une source</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/words.py" line="132"/>
        <source>claim_unlink</source>
        <comment>custody action</comment>
        <extracomment>A custody action as the log records it, for the Action column of the custody log: translate what it means (&quot;Case created&quot;). The recorded word is printed under it.</extracomment>
        <translation>Allégation dissociée d’une pièce ou d’une source</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/words.py" line="133"/>
        <source>claim_remove</source>
        <comment>custody action</comment>
        <extracomment>A custody action as the log records it, for the Action column of the custody log: translate what it means (&quot;Case created&quot;). The recorded word is printed under it.</extracomment>
        <translation>Allégation retirée</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/words.py" line="134"/>
        <source>claim_restore</source>
        <comment>custody action</comment>
        <extracomment>A custody action as the log records it, for the Action column of the custody log: translate what it means (&quot;Case created&quot;). The recorded word is printed under it.</extracomment>
        <translation>Allégation restaurée</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/words.py" line="135"/>
        <source>checklist_change</source>
        <comment>custody action</comment>
        <extracomment>A custody action as the log records it, for the Action column of the custody log: translate what it means (&quot;Case created&quot;). The recorded word is printed under it.</extracomment>
        <translation>Contrôle modifié</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/words.py" line="136"/>
        <source>place_add</source>
        <comment>custody action</comment>
        <extracomment>A custody action as the log records it, for the Action column of the custody log: translate what it means (&quot;Case created&quot;). The recorded word is printed under it.</extracomment>
        <translation>Lieu ajouté</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/words.py" line="137"/>
        <source>place_edit</source>
        <comment>custody action</comment>
        <extracomment>A custody action as the log records it, for the Action column of the custody log: translate what it means (&quot;Case created&quot;). The recorded word is printed under it.</extracomment>
        <translation>Lieu modifié</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/words.py" line="138"/>
        <source>place_remove</source>
        <comment>custody action</comment>
        <extracomment>A custody action as the log records it, for the Action column of the custody log: translate what it means (&quot;Case created&quot;). The recorded word is printed under it.</extracomment>
        <translation>Lieu retiré</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/words.py" line="139"/>
        <source>place_restore</source>
        <comment>custody action</comment>
        <extracomment>A custody action as the log records it, for the Action column of the custody log: translate what it means (&quot;Case created&quot;). The recorded word is printed under it.</extracomment>
        <translation>Lieu restauré</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/words.py" line="140"/>
        <source>event_add</source>
        <comment>custody action</comment>
        <extracomment>A custody action as the log records it, for the Action column of the custody log: translate what it means (&quot;Case created&quot;). The recorded word is printed under it.</extracomment>
        <translation>Événement ajouté</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/words.py" line="141"/>
        <source>event_edit</source>
        <comment>custody action</comment>
        <extracomment>A custody action as the log records it, for the Action column of the custody log: translate what it means (&quot;Case created&quot;). The recorded word is printed under it.</extracomment>
        <translation>Événement modifié</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/words.py" line="142"/>
        <source>event_remove</source>
        <comment>custody action</comment>
        <extracomment>A custody action as the log records it, for the Action column of the custody log: translate what it means (&quot;Case created&quot;). The recorded word is printed under it.</extracomment>
        <translation>Événement retiré</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/words.py" line="143"/>
        <source>event_restore</source>
        <comment>custody action</comment>
        <extracomment>A custody action as the log records it, for the Action column of the custody log: translate what it means (&quot;Case created&quot;). The recorded word is printed under it.</extracomment>
        <translation>Événement restauré</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/words.py" line="144"/>
        <source>note_add</source>
        <comment>custody action</comment>
        <extracomment>A custody action as the log records it, for the Action column of the custody log: translate what it means (&quot;Case created&quot;). The recorded word is printed under it.</extracomment>
        <translation>Note ajoutée</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/words.py" line="145"/>
        <source>note_edit</source>
        <comment>custody action</comment>
        <extracomment>A custody action as the log records it, for the Action column of the custody log: translate what it means (&quot;Case created&quot;). The recorded word is printed under it.</extracomment>
        <translation>Note modifiée</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/words.py" line="146"/>
        <source>note_remove</source>
        <comment>custody action</comment>
        <extracomment>A custody action as the log records it, for the Action column of the custody log: translate what it means (&quot;Case created&quot;). The recorded word is printed under it.</extracomment>
        <translation>Note retirée</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/words.py" line="147"/>
        <source>note_restore</source>
        <comment>custody action</comment>
        <extracomment>A custody action as the log records it, for the Action column of the custody log: translate what it means (&quot;Case created&quot;). The recorded word is printed under it.</extracomment>
        <translation>Note restaurée</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/words.py" line="148"/>
        <source>annotation_add</source>
        <comment>custody action</comment>
        <extracomment>A custody action as the log records it, for the Action column of the custody log: translate what it means (&quot;Case created&quot;). The recorded word is printed under it.</extracomment>
        <translation>Annotation ajoutée</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/words.py" line="149"/>
        <source>annotation_edit</source>
        <comment>custody action</comment>
        <extracomment>A custody action as the log records it, for the Action column of the custody log: translate what it means (&quot;Case created&quot;). The recorded word is printed under it.</extracomment>
        <translation>Annotation modifiée</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/words.py" line="150"/>
        <source>annotation_remove</source>
        <comment>custody action</comment>
        <extracomment>A custody action as the log records it, for the Action column of the custody log: translate what it means (&quot;Case created&quot;). The recorded word is printed under it.</extracomment>
        <translation>Annotation retirée</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/words.py" line="151"/>
        <source>annotation_restore</source>
        <comment>custody action</comment>
        <extracomment>A custody action as the log records it, for the Action column of the custody log: translate what it means (&quot;Case created&quot;). The recorded word is printed under it.</extracomment>
        <translation>Annotation restaurée</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/words.py" line="152"/>
        <source>export_pdf</source>
        <comment>custody action</comment>
        <extracomment>A custody action as the log records it, for the Action column of the custody log: translate what it means (&quot;Case created&quot;). The recorded word is printed under it.</extracomment>
        <translation>Rapport exporté (PDF)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/words.py" line="153"/>
        <source>bundle_export</source>
        <comment>custody action</comment>
        <extracomment>A custody action as the log records it, for the Action column of the custody log: translate what it means (&quot;Case created&quot;). The recorded word is printed under it.</extracomment>
        <translation>Paquet exporté</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/words.py" line="154"/>
        <source>bundle_import</source>
        <comment>custody action</comment>
        <extracomment>A custody action as the log records it, for the Action column of the custody log: translate what it means (&quot;Case created&quot;). The recorded word is printed under it.</extracomment>
        <translation>Paquet importé</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/words.py" line="155"/>
        <source>bundle_merge</source>
        <comment>custody action</comment>
        <extracomment>A custody action as the log records it, for the Action column of the custody log: translate what it means (&quot;Case created&quot;). The recorded word is printed under it.</extracomment>
        <translation>Paquet fusionné</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/words.py" line="156"/>
        <source>timestamp_request</source>
        <comment>custody action</comment>
        <extracomment>A custody action as the log records it, for the Action column of the custody log: translate what it means (&quot;Case created&quot;). The recorded word is printed under it.</extracomment>
        <translation>Horodatage demandé</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/words.py" line="157"/>
        <source>timestamp_import</source>
        <comment>custody action</comment>
        <extracomment>A custody action as the log records it, for the Action column of the custody log: translate what it means (&quot;Case created&quot;). The recorded word is printed under it.</extracomment>
        <translation>Horodatage importé</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/words.py" line="166"/>
        <source>Completely reliable</source>
        <translation>Complètement fiable</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/words.py" line="167"/>
        <source>Usually reliable</source>
        <translation>Habituellement fiable</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/words.py" line="168"/>
        <source>Fairly reliable</source>
        <translation>Plutôt fiable</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/words.py" line="169"/>
        <source>Not usually reliable</source>
        <translation>Habituellement peu fiable</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/words.py" line="170"/>
        <source>Unreliable</source>
        <translation>Non fiable</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/words.py" line="171"/>
        <source>Reliability cannot be judged</source>
        <translation>Fiabilité impossible à évaluer</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/words.py" line="180"/>
        <source>Confirmed by other sources</source>
        <translation>Confirmée par d’autres sources</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/words.py" line="181"/>
        <source>Probably true</source>
        <translation>Probablement vraie</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/words.py" line="182"/>
        <source>Possibly true</source>
        <translation>Peut-être vraie</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/words.py" line="183"/>
        <source>Doubtful</source>
        <translation>Douteuse</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/words.py" line="184"/>
        <source>Improbable</source>
        <translation>Improbable</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/words.py" line="185"/>
        <source>Truth cannot be judged</source>
        <translation>Véracité impossible à évaluer</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/casedesk/report/words.py" line="192"/>
        <source>%n of {0} passed</source>
        <translation>
            <numerusform>%n réussi sur {0}</numerusform>
            <numerusform>%n réussis sur {0}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/casedesk/report/words.py" line="198"/>
        <source>%n failed</source>
        <translation>
            <numerusform>%n en échec</numerusform>
            <numerusform>%n en échec</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/casedesk/report/words.py" line="200"/>
        <source>%n inconclusive</source>
        <translation>
            <numerusform>%n non concluant</numerusform>
            <numerusform>%n non concluants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/casedesk/report/words.py" line="202"/>
        <source>%n not applicable</source>
        <translation>
            <numerusform>%n sans objet</numerusform>
            <numerusform>%n sans objet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/casedesk/report/words.py" line="204"/>
        <source>%n pending</source>
        <translation>
            <numerusform>%n en attente</numerusform>
            <numerusform>%n en attente</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/words.py" line="211"/>
        <source>Summary</source>
        <translation>Synthèse</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/words.py" line="216"/>
        <source>Evidence catalogue</source>
        <translation>Catalogue des pièces</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/words.py" line="217"/>
        <source>Verification checklist</source>
        <translation>Liste de contrôle de vérification</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/words.py" line="218"/>
        <source>Custody log</source>
        <translation>Journal de traçabilité</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/words.py" line="219"/>
        <source>Appendix: integrity manifest</source>
        <translation>Annexe : manifeste d’intégrité</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/report/words.py" line="227"/>
        <source>{0} {1}</source>
        <comment>a count and what is counted</comment>
        <extracomment>A count, then what is counted (a claim status, a kind of evidence, a custody action): {0} is the number, {1} the name. Reorder freely (&quot;non vérifié : 3&quot;) so the name need not agree with it.</extracomment>
        <translation>{1} : {0}</translation>
    </message>
</context>
</TS>
