<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AddClaimDialog</name>
    <message>
        <location filename="../../src/casedesk/ui/claim_dialogs.py" line="45"/>
        <source>New claim</source>
        <translation>Nouvelle allégation</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/claim_dialogs.py" line="48"/>
        <source>What is asserted, in one sentence</source>
        <translation>Ce qui est affirmé, en une phrase</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/claim_dialogs.py" line="51"/>
        <source>Claim</source>
        <translation>Allégation</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/claim_dialogs.py" line="52"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/claim_dialogs.py" line="53"/>
        <source>Credibility</source>
        <translation>Crédibilité</translation>
    </message>
</context>
<context>
    <name>AddSourceDialog</name>
    <message>
        <location filename="../../src/casedesk/ui/source_dialogs.py" line="38"/>
        <source>New source</source>
        <translation>Nouvelle source</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/source_dialogs.py" line="43"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/source_dialogs.py" line="44"/>
        <source>Handle</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/source_dialogs.py" line="45"/>
        <source>Platform</source>
        <translation>Plateforme</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/source_dialogs.py" line="46"/>
        <source>Reliability</source>
        <translation>Fiabilité</translation>
    </message>
</context>
<context>
    <name>AnalysisActions</name>
    <message>
        <location filename="../../src/casedesk/ui/evidence/analysis_actions.py" line="40"/>
        <source>Recognise text</source>
        <translation>Reconnaître le texte</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/analysis_actions.py" line="41"/>
        <source>Read the text in the selected stills and PDF documents</source>
        <translation>Lire le texte des images fixes et des documents PDF sélectionnés</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/analysis_actions.py" line="43"/>
        <source>Examine (image forensics)</source>
        <translation>Examiner (analyse forensique de l’image)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/analysis_actions.py" line="44"/>
        <source>Examine the selected stills and keep their findings</source>
        <translation>Examiner les images fixes sélectionnées et conserver leurs constats</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/analysis_actions.py" line="46"/>
        <source>Recognise text in every still not read yet</source>
        <translation>Reconnaître le texte de toutes les images fixes pas encore lues</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/analysis_actions.py" line="48"/>
        <source>Analyse</source>
        <translation>Analyser</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/analysis_actions.py" line="53"/>
        <source>Recognise text, examine stills</source>
        <translation>Reconnaître le texte, examiner les images fixes</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/analysis_actions.py" line="72"/>
        <source>None of the items chosen is a still image or a PDF document.</source>
        <translation>Aucune des pièces choisies n’est une image fixe ou un document PDF.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/analysis_actions.py" line="73"/>
        <source>Recognising text</source>
        <translation>Reconnaissance du texte</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/analysis_actions.py" line="82"/>
        <source>None of the items chosen is a still image.</source>
        <translation>Aucune des pièces choisies n’est une image fixe.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/analysis_actions.py" line="83"/>
        <source>Examining stills</source>
        <translation>Examen des images fixes</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/analysis_actions.py" line="94"/>
        <source>The text of every still and PDF document of the case has been read already.</source>
        <translation>Le texte de toutes les images fixes et de tous les documents PDF du dossier a déjà été lu.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/analysis_actions.py" line="95"/>
        <source>Recognising text in the case</source>
        <translation>Reconnaissance du texte des pièces du dossier</translation>
    </message>
</context>
<context>
    <name>AnalysisPanel</name>
    <message>
        <location filename="../../src/casedesk/ui/evidence/analysis.py" line="105"/>
        <source>Recognise text</source>
        <translation>Reconnaître le texte</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/analysis.py" line="107"/>
        <source>Read the text in the picture with Tesseract, offline (it replaces the last reading)</source>
        <translation>Lire le texte de l’image avec Tesseract, hors ligne (remplace la dernière lecture)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/analysis.py" line="109"/>
        <source>Copy text</source>
        <translation>Copier le texte</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/analysis.py" line="110"/>
        <source>Show word boxes</source>
        <translation>Afficher les cadres des mots</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/analysis.py" line="111"/>
        <source>Outline each word recognised; hover one for its confidence</source>
        <translation>Encadrer chaque mot reconnu&#x202f;; survolez un mot pour afficher son niveau de confiance</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/analysis.py" line="122"/>
        <source>Examine</source>
        <translation>Examiner</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/analysis.py" line="124"/>
        <source>Error levels, JPEG tables, double compression, thumbnail, noise, edit history</source>
        <translation>Niveaux d’erreur, tables JPEG, double compression, vignette, bruit, historique des modifications</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/analysis.py" line="129"/>
        <source>No overlay</source>
        <translation>Aucune superposition</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/analysis.py" line="130"/>
        <source>Error levels</source>
        <translation>Niveaux d’erreur</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/analysis.py" line="131"/>
        <source>Noise residual</source>
        <translation>Résidu de bruit</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/analysis.py" line="138"/>
        <source>How much of the analysis view covers the picture</source>
        <translation>Opacité de la vue d’analyse superposée à l’image</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/analysis.py" line="139"/>
        <source>Magnifier</source>
        <translation>Loupe</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/analysis.py" line="140"/>
        <source>Enlarge the original&apos;s pixels under the pointer</source>
        <translation>Agrandir les pixels de l’original sous le pointeur</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/analysis.py" line="147"/>
        <source>Copy to the step&apos;s note</source>
        <translation>Copier dans la note de l’étape</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/analysis.py" line="151"/>
        <source>Add the findings to the note of the checklist step chosen (it can be undone)</source>
        <translation>Ajouter les constats à la note de l’étape choisie de la liste de contrôle (l’opération peut être annulée)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/analysis.py" line="170"/>
        <source>Text in the picture</source>
        <translation>Texte de l’image</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/analysis.py" line="182"/>
        <source>Image forensics</source>
        <translation>Analyse forensique de l’image</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/analysis.py" line="196"/>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/analysis.py" line="259"/>
        <source>Text recognition and forensics apply to still images.</source>
        <translation>La reconnaissance de texte et l’analyse forensique s’appliquent aux images fixes.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/analysis.py" line="261"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/analysis.py" line="263"/>
        <source>Not recognised yet.</source>
        <translation>Texte pas encore reconnu.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/analysis.py" line="265"/>
        <source>Could not be read: {0}</source>
        <translation>Lecture impossible&#xa0;: {0}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/analysis.py" line="268"/>
        <source>Read in {0} by Tesseract {1}, {2}.</source>
        <extracomment>{0} Tesseract&apos;s language codes, {1} its version, {2} when (UTC); then the words&apos; count.</extracomment>
        <translation>Lu par Tesseract {1} (langues&#xa0;: {0}), le {2}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/casedesk/ui/evidence/analysis.py" line="272"/>
        <source>%Ln word(s)</source>
        <translation>
            <numerusform>%Ln mot</numerusform>
            <numerusform>%Ln mots</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/analysis.py" line="294"/>
        <source>Not examined yet.</source>
        <translation>Pas encore examinée.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/analysis.py" line="296"/>
        <source>Could not be examined: {0}</source>
        <translation>Examen impossible&#xa0;: {0}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/analysis.py" line="299"/>
        <source>Examined {0} ({1} {2}). Measurements, none a verdict.</source>
        <translation>Examinée le {0} ({1} {2}). Des mesures&#x202f;; aucune n’est un verdict.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/analysis.py" line="339"/>
        <source>Recognising text</source>
        <translation>Reconnaissance du texte</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/analysis.py" line="362"/>
        <source>Examining the still</source>
        <translation>Examen de l’image fixe</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/analysis.py" line="412"/>
        <source>Computing the analysis view</source>
        <translation>Calcul de la vue d’analyse</translation>
    </message>
</context>
<context>
    <name>AudioPanel</name>
    <message>
        <location filename="../../src/casedesk/ui/evidence/audio.py" line="61"/>
        <source>Play / pause</source>
        <translation>Lecture / pause</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/audio.py" line="65"/>
        <source>What is said, and your notes on it</source>
        <translation>Ce qui est dit, et vos notes à ce sujet</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/audio.py" line="69"/>
        <source>Transcribed speech</source>
        <translation>Parole transcrite</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/audio.py" line="70"/>
        <source>Transcript / notes</source>
        <translation>Transcription / notes</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/audio.py" line="126"/>
        <source>(no waveform)</source>
        <translation>(pas de forme d&apos;onde)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/audio.py" line="165"/>
        <source>{0} / {1}</source>
        <extracomment>The player&apos;s position: {0} where it is, {1} the recording&apos;s length (&quot;?&quot; when unknown).</extracomment>
        <translation>{0} / {1}</translation>
    </message>
</context>
<context>
    <name>BasemapPicker</name>
    <message>
        <location filename="../../src/casedesk/ui/map/basemaps.py" line="68"/>
        <source>The raster map drawn beneath the case&apos;s markers</source>
        <translation>La carte matricielle dessinée sous les repères du dossier</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/map/basemaps.py" line="70"/>
        <source>Add basemap…</source>
        <translation>Ajouter un fond de carte…</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/map/basemaps.py" line="72"/>
        <source>Add an offline raster basemap (MBTiles or PMTiles) to this workspace&apos;s list</source>
        <translation>Ajouter un fond de carte matriciel hors ligne (MBTiles ou PMTiles) à la liste de cet espace de travail</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/map/basemaps.py" line="75"/>
        <source>Remove from list</source>
        <translation>Retirer de la liste</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/map/basemaps.py" line="76"/>
        <source>Take this basemap off the list (the file itself is kept)</source>
        <translation>Retirer ce fond de carte de la liste (le fichier lui-même est conservé)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/map/basemaps.py" line="77"/>
        <source>Basemap:</source>
        <translation>Fond de carte&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/map/basemaps.py" line="122"/>
        <location filename="../../src/casedesk/ui/map/basemaps.py" line="148"/>
        <source>Add basemap</source>
        <translation>Ajouter un fond de carte</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/map/basemaps.py" line="132"/>
        <source>Natural Earth borders only (built in)</source>
        <translation>Frontières Natural Earth seules (intégrées)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/map/basemaps.py" line="150"/>
        <source>Offline map tiles (*.mbtiles *.pmtiles);;All files (*)</source>
        <translation>Tuiles cartographiques hors ligne (*.mbtiles *.pmtiles);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>CaseDelegate</name>
    <message numerus="yes">
        <location filename="../../src/casedesk/ui/case_list.py" line="181"/>
        <source>%Ln item(s)</source>
        <translation>
            <numerusform>%Ln pièce</numerusform>
            <numerusform>%Ln pièces</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/case_list.py" line="183"/>
        <source>{0} · {1} · {2}</source>
        <extracomment>The second line of a case in the list: {0} its status, {1} how many items, {2} last change.</extracomment>
        <translation>{0} · {1} · {2}</translation>
    </message>
</context>
<context>
    <name>CaseListModel</name>
    <message>
        <location filename="../../src/casedesk/ui/case_list.py" line="106"/>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/case_list.py" line="106"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/case_list.py" line="106"/>
        <source>Items</source>
        <translation>Pièces</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/case_list.py" line="106"/>
        <source>Changed</source>
        <translation>Modifié</translation>
    </message>
</context>
<context>
    <name>CaseListPanel</name>
    <message>
        <location filename="../../src/casedesk/ui/case_list.py" line="209"/>
        <source>Filter cases</source>
        <translation>Filtrer les dossiers</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/case_list.py" line="219"/>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/case_list.py" line="220"/>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/case_list.py" line="221"/>
        <source>Close case</source>
        <translation>Clore le dossier</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/case_list.py" line="222"/>
        <source>Mark the case closed; it stays in the workspace</source>
        <translation>Marquer le dossier comme clos&#x202f;; il reste dans l&apos;espace de travail</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/case_list.py" line="303"/>
        <source>That case is no longer in the workspace.</source>
        <translation>Ce dossier ne figure plus dans l&apos;espace de travail.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/case_list.py" line="350"/>
        <source>Create case “{0}”</source>
        <translation>la création du dossier «&#x202f;{0}&#x202f;»</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/case_list.py" line="360"/>
        <source>New case</source>
        <translation>Nouveau dossier</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/case_list.py" line="360"/>
        <source>Title of the new case</source>
        <translation>Titre du nouveau dossier</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/case_list.py" line="369"/>
        <source>Rename case</source>
        <translation>Renommer le dossier</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/case_list.py" line="369"/>
        <source>New title</source>
        <translation>Nouveau titre</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/case_list.py" line="371"/>
        <source>Rename case “{0}”</source>
        <translation>le renommage du dossier «&#x202f;{0}&#x202f;»</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/case_list.py" line="377"/>
        <source>Close case “{0}”</source>
        <translation>la clôture du dossier «&#x202f;{0}&#x202f;»</translation>
    </message>
</context>
<context>
    <name>CasePanel</name>
    <message>
        <location filename="../../src/casedesk/ui/case_panel.py" line="59"/>
        <source>The evidence view is not available.</source>
        <translation>La vue des pièces n&apos;est pas disponible.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/case_panel.py" line="109"/>
        <source>Evidence ({0})</source>
        <translation>Pièces ({0})</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/case_panel.py" line="110"/>
        <source>Sources ({0})</source>
        <translation>Sources ({0})</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/case_panel.py" line="111"/>
        <source>Claims ({0})</source>
        <translation>Allégations ({0})</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/case_panel.py" line="112"/>
        <source>Timeline ({0})</source>
        <translation>Chronologie ({0})</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/case_panel.py" line="113"/>
        <source>Custody log ({0})</source>
        <translation>Journal de traçabilité ({0})</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/case_panel.py" line="117"/>
        <source>Checklist ({0}/{1})</source>
        <extracomment>The Checklist tab&apos;s title: {0} checks passed of {1}.</extracomment>
        <translation>Liste de contrôle ({0}/{1})</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/case_panel.py" line="127"/>
        <source>Overview</source>
        <translation>Vue d&apos;ensemble</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/case_panel.py" line="128"/>
        <source>Evidence</source>
        <translation>Pièces</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/case_panel.py" line="129"/>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/case_panel.py" line="130"/>
        <source>Claims</source>
        <translation>Allégations</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/case_panel.py" line="131"/>
        <source>Checklist</source>
        <translation>Liste de contrôle</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/case_panel.py" line="132"/>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/case_panel.py" line="133"/>
        <source>Map</source>
        <translation>Carte</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/case_panel.py" line="134"/>
        <source>Custody log</source>
        <translation>Journal de traçabilité</translation>
    </message>
</context>
<context>
    <name>ChecklistModel</name>
    <message>
        <location filename="../../src/casedesk/ui/checklist.py" line="128"/>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/checklist.py" line="128"/>
        <source>Check</source>
        <translation>Contrôle</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/checklist.py" line="128"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/checklist.py" line="128"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/checklist.py" line="128"/>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/checklist.py" line="157"/>
        <source>Changed {0}</source>
        <translation>Modifié le {0}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/checklist.py" line="169"/>
        <source>Set “{0}” to {1}</source>
        <translation>le passage de «&#x202f;{0}&#x202f;» à l&apos;état {1}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/checklist.py" line="171"/>
        <source>Edit the note on “{0}”</source>
        <translation>la modification de la note de «&#x202f;{0}&#x202f;»</translation>
    </message>
</context>
<context>
    <name>ChecklistPanel</name>
    <message>
        <location filename="../../src/casedesk/ui/evidence/details.py" line="157"/>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/details.py" line="157"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/details.py" line="157"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/details.py" line="188"/>
        <source>how, with what result</source>
        <translation>comment, avec quel résultat</translation>
    </message>
</context>
<context>
    <name>ChecklistTab</name>
    <message>
        <location filename="../../src/casedesk/ui/checklist.py" line="370"/>
        <source>Checklist for</source>
        <translation>Liste de contrôle pour</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/checklist.py" line="383"/>
        <location filename="../../src/casedesk/ui/checklist.py" line="396"/>
        <source>The whole case</source>
        <translation>L&apos;ensemble du dossier</translation>
    </message>
</context>
<context>
    <name>ChecklistView</name>
    <message>
        <location filename="../../src/casedesk/ui/checklist.py" line="320"/>
        <source>No checklist items.</source>
        <translation>Aucun contrôle dans la liste.</translation>
    </message>
</context>
<context>
    <name>ChronoDialog</name>
    <message>
        <location filename="../../src/casedesk/ui/chrono/dialog.py" line="107"/>
        <source>Chronolocate by shadow: {0}</source>
        <translation>Chronolocaliser par l’ombre&#xa0;: {0}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/chrono/dialog.py" line="114"/>
        <source>{0}. {1}</source>
        <translation>{0}. {1}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/chrono/dialog.py" line="127"/>
        <source>North (0°)</source>
        <translation>Nord (0°)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/chrono/dialog.py" line="128"/>
        <source>The reference line points north, from its first point to its second</source>
        <translation>La ligne de référence pointe vers le nord, de son premier point vers le second</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/chrono/dialog.py" line="129"/>
        <source>Clear the points</source>
        <translation>Effacer les points</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/chrono/dialog.py" line="148"/>
        <source>Also match the length ratio (±{0}%)</source>
        <translation>Comparer aussi le rapport de longueur (±{0}&#xa0;%)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/chrono/dialog.py" line="152"/>
        <source>Perspective shortens a shadow on the ground: use the ratio only on a picture taken from above</source>
        <translation>La perspective raccourcit une ombre au sol&#xa0;: n’utilisez le rapport que sur une image prise d’en haut</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/chrono/dialog.py" line="156"/>
        <source>Find matching times</source>
        <translation>Chercher les heures concordantes</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/chrono/dialog.py" line="160"/>
        <source>Local date</source>
        <translation>Date locale</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/chrono/dialog.py" line="160"/>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/chrono/dialog.py" line="160"/>
        <source>Local time at the place</source>
        <translation>Heure locale du lieu</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/chrono/dialog.py" line="160"/>
        <source>Best (UTC)</source>
        <translation>Meilleure (UTC)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/chrono/dialog.py" line="166"/>
        <source>Save in the Chronolocated note</source>
        <translation>Enregistrer dans la note «&#xa0;Chronolocalisation établie&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/chrono/dialog.py" line="194"/>
        <source>Base of a vertical object (where it meets the ground)</source>
        <translation>Base d’un objet vertical (là où il touche le sol)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/chrono/dialog.py" line="195"/>
        <source>Top of the object</source>
        <translation>Sommet de l’objet</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/chrono/dialog.py" line="196"/>
        <source>Tip of its shadow</source>
        <translation>Extrémité de son ombre</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/chrono/dialog.py" line="197"/>
        <source>Reference direction: first point</source>
        <translation>Direction de référence&#xa0;: premier point</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/chrono/dialog.py" line="198"/>
        <source>Reference direction: second point</source>
        <translation>Direction de référence&#xa0;: second point</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/chrono/dialog.py" line="202"/>
        <source>Drawing</source>
        <translation>Tracé</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/chrono/dialog.py" line="204"/>
        <source>Choose a point in the list, then click it on the picture.</source>
        <translation>Choisissez un point dans la liste, puis cliquez à son emplacement sur l’image.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/chrono/dialog.py" line="209"/>
        <source>Reference bearing:</source>
        <translation>Azimut de référence&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/chrono/dialog.py" line="215"/>
        <source>Degrees from north, from the first reference point to the second: a road or wall measured on the map, or north.</source>
        <translation>En degrés depuis le nord, du premier point de référence au second&#xa0;: une route ou un mur mesuré sur la carte, ou le nord.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/chrono/dialog.py" line="224"/>
        <source>Where and when</source>
        <translation>Où et quand</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/chrono/dialog.py" line="226"/>
        <source>Place:</source>
        <translation>Lieu&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/chrono/dialog.py" line="227"/>
        <source>From:</source>
        <translation>Du&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/chrono/dialog.py" line="228"/>
        <source>To:</source>
        <translation>Au&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/chrono/dialog.py" line="230"/>
        <source>Bearing tolerance:</source>
        <translation>Tolérance sur l’azimut&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/chrono/dialog.py" line="236"/>
        <source>Assumes a vertical object on roughly level ground, and takes the picture&apos;s perspective as the reference line&apos;s: the angle between the reference and the shadow on the picture is taken as their angle on the ground. Draw the reference close to the shadow.</source>
        <translation>Suppose un objet vertical sur un sol à peu près plan, et prend la perspective de l’image pour celle de la ligne de référence&#xa0;: l’angle entre la référence et l’ombre sur l’image est pris pour leur angle au sol. Tracez la référence près de l’ombre.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/chrono/dialog.py" line="267"/>
        <source>{0} – {1}</source>
        <extracomment>A time window: {0} its start, {1} its end (a date and a time, then a time).</extracomment>
        <translation>{0} – {1}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/chrono/dialog.py" line="279"/>
        <source>GPS position in the file&apos;s metadata</source>
        <translation>Position GPS des métadonnées du fichier</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/chrono/dialog.py" line="281"/>
        <location filename="../../src/casedesk/ui/chrono/dialog.py" line="287"/>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/chrono/dialog.py" line="293"/>
        <source>This item&apos;s checklist has no Chronolocated step</source>
        <translation>La liste de contrôle de cette pièce n’a pas d’étape «&#xa0;Chronolocalisation établie&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/chrono/dialog.py" line="309"/>
        <source>The item&apos;s recorded date at that place; widen the range if unsure.</source>
        <translation>La date enregistrée de la pièce, en ce lieu&#xa0;; élargissez la plage en cas de doute.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/chrono/dialog.py" line="313"/>
        <source>The item records no date: choose the dates to search.</source>
        <translation>La pièce n’enregistre aucune date&#xa0;: choisissez les dates à examiner.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/chrono/dialog.py" line="342"/>
        <source>Place the five points to measure the shadow.</source>
        <translation>Placez les cinq points pour mesurer l’ombre.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/chrono/dialog.py" line="351"/>
        <source>Shadow bearing: {0}° · length ratio: {1} (as drawn; approximate under perspective)</source>
        <translation>Azimut de l’ombre&#xa0;: {0}° · rapport de longueur&#xa0;: {1} (tel que tracé&#xa0;; approximatif du fait de la perspective)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/chrono/dialog.py" line="361"/>
        <source>The inputs changed: find the times again.</source>
        <translation>Les données ont changé&#xa0;: relancez la recherche des heures.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/chrono/dialog.py" line="400"/>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/chrono/dialog.py" line="403"/>
        <source>Finding the times that match the shadow</source>
        <translation>Recherche des heures concordant avec l’ombre</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/chrono/dialog.py" line="421"/>
        <source>{0} (UTC{1})</source>
        <translation>{0} (UTC{1})</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/casedesk/ui/chrono/dialog.py" line="435"/>
        <source>Matching at {0} (time zone {1}): %Ln time window(s).</source>
        <translation>
            <numerusform>Concordance à {0} (fuseau horaire {1})&#xa0;: %Ln plage horaire.</numerusform>
            <numerusform>Concordance à {0} (fuseau horaire {1})&#xa0;: %Ln plages horaires.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/chrono/dialog.py" line="440"/>
        <source>No time on these dates matches the drawn shadow within the tolerance.</source>
        <translation>Aucun instant de ces dates ne concorde avec l’ombre tracée dans la tolérance.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/chrono/dialog.py" line="484"/>
        <source>Save a chronolocation</source>
        <translation>l’enregistrement d’une chronolocalisation</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/chrono/dialog.py" line="492"/>
        <source>Saved: the drawing beside the original, the result in the item&apos;s Chronolocated note; both recorded in the custody log.</source>
        <translation>Enregistré&#xa0;: le tracé à côté de l’original, le résultat dans la note «&#xa0;Chronolocalisation établie&#xa0;» de la pièce&#x202f;; l’un et l’autre sont consignés dans le journal de traçabilité.</translation>
    </message>
</context>
<context>
    <name>CitedBy</name>
    <message numerus="yes">
        <location filename="../../src/casedesk/ui/source_dialogs.py" line="18"/>
        <source>%Ln claim(s)</source>
        <translation>
            <numerusform>%Ln allégation</numerusform>
            <numerusform>%Ln allégations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/casedesk/ui/source_dialogs.py" line="19"/>
        <source>%Ln evidence item(s)</source>
        <translation>
            <numerusform>%Ln pièce</numerusform>
            <numerusform>%Ln pièces</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/source_dialogs.py" line="22"/>
        <source>{0} and {1}</source>
        <extracomment>What cites a source: {0} is &quot;1 claim&quot; or &quot;3 claims&quot;, {1} is &quot;1 evidence item&quot; or &quot;2 items&quot;.</extracomment>
        <translation>{0} et {1}</translation>
    </message>
</context>
<context>
    <name>ClaimDetail</name>
    <message>
        <location filename="../../src/casedesk/ui/claim_detail.py" line="80"/>
        <source>Reasoning, open questions, what would settle it</source>
        <translation>Raisonnement, questions en suspens, ce qui permettrait de trancher</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/claim_detail.py" line="84"/>
        <source>Evidence</source>
        <translation>Pièces</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/claim_detail.py" line="84"/>
        <source>Stance</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/claim_detail.py" line="84"/>
        <source>Its checklist</source>
        <translation>Sa liste de contrôle</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/claim_detail.py" line="90"/>
        <source>Link evidence…</source>
        <translation>Associer des pièces…</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/claim_detail.py" line="91"/>
        <source>Unlink</source>
        <translation>Dissocier</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/claim_detail.py" line="96"/>
        <source>Link source…</source>
        <translation>Associer une source…</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/claim_detail.py" line="97"/>
        <source>Unlink source</source>
        <translation>Dissocier la source</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/claim_detail.py" line="104"/>
        <source>Claim</source>
        <translation>Allégation</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/claim_detail.py" line="105"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/claim_detail.py" line="106"/>
        <source>Credibility</source>
        <translation>Crédibilité</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/claim_detail.py" line="107"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/claim_detail.py" line="109"/>
        <source>Evidence bearing on this claim</source>
        <translation>Pièces se rapportant à cette allégation</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/claim_detail.py" line="113"/>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/claim_detail.py" line="137"/>
        <source>Edit the claim’s text</source>
        <translation>la modification du texte de l&apos;allégation</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/claim_detail.py" line="138"/>
        <source>Edit the claim’s notes</source>
        <translation>la modification des notes de l&apos;allégation</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/claim_detail.py" line="139"/>
        <source>Change the claim’s status</source>
        <translation>le changement de statut de l&apos;allégation</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/claim_detail.py" line="141"/>
        <source>Change the claim’s credibility</source>
        <translation>le changement de crédibilité de l&apos;allégation</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/claim_detail.py" line="215"/>
        <source>{0} ({1})</source>
        <extracomment>A source linked to a claim: {0} its name, {1} its reliability grade and what it means.</extracomment>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/claim_detail.py" line="281"/>
        <source>Change the stance of the evidence</source>
        <translation>le changement de position de la pièce</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/claim_detail.py" line="307"/>
        <source>Link evidence to the claim</source>
        <translation>l&apos;association de pièces à l&apos;allégation</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/claim_detail.py" line="323"/>
        <source>Unlink evidence from the claim</source>
        <translation>la dissociation d&apos;une pièce de l&apos;allégation</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/claim_detail.py" line="342"/>
        <source>Link a source to the claim</source>
        <translation>l&apos;association d&apos;une source à l&apos;allégation</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/claim_detail.py" line="355"/>
        <source>Unlink a source from the claim</source>
        <translation>la dissociation d&apos;une source de l&apos;allégation</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/claim_detail.py" line="222"/>
        <source>No source linked yet.</source>
        <translation>Aucune source associée pour l&apos;instant.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/claim_detail.py" line="249"/>
        <source>Link evidence to see its verification checklist here.</source>
        <translation>Associez une pièce pour voir ici sa liste de contrôle de vérification.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/claim_detail.py" line="254"/>
        <source>Checklist of {0}</source>
        <translation>Liste de contrôle de {0}</translation>
    </message>
</context>
<context>
    <name>ClaimsModel</name>
    <message>
        <location filename="../../src/casedesk/ui/claims.py" line="103"/>
        <source>Claim</source>
        <translation>Allégation</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/claims.py" line="103"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/claims.py" line="103"/>
        <source>Credibility</source>
        <translation>Crédibilité</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/claims.py" line="103"/>
        <source>Checks</source>
        <translation>Contrôles</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/casedesk/ui/claims.py" line="132"/>
        <source>{0} of %Ln check(s) passed on the linked evidence</source>
        <translation>
            <numerusform>Contrôles réussis sur les pièces associées&#xa0;: {0} sur %Ln</numerusform>
            <numerusform>Contrôles réussis sur les pièces associées&#xa0;: {0} sur %Ln</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClaimsTab</name>
    <message>
        <location filename="../../src/casedesk/ui/claims.py" line="184"/>
        <source>Show removed</source>
        <translation>Afficher les éléments retirés</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/claims.py" line="186"/>
        <source>New claim…</source>
        <translation>Nouvelle allégation…</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/claims.py" line="187"/>
        <source>Remove…</source>
        <translation>Retirer…</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/claims.py" line="188"/>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/claims.py" line="194"/>
        <source>Credibility 1 (confirmed) to 6 (cannot be judged).</source>
        <translation>Crédibilité de 1 (confirmée) à 6 (ne peut être évaluée).</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/claims.py" line="298"/>
        <source>Add a claim</source>
        <translation>l&apos;ajout d&apos;une allégation</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/claims.py" line="311"/>
        <source>Remove claim</source>
        <translation>Retirer l&apos;allégation</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/claims.py" line="317"/>
        <source>Remove a claim</source>
        <translation>le retrait d&apos;une allégation</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/claims.py" line="331"/>
        <source>Restore a claim</source>
        <translation>la restauration d&apos;une allégation</translation>
    </message>
</context>
<context>
    <name>CustodyModel</name>
    <message>
        <location filename="../../src/casedesk/ui/custody.py" line="204"/>
        <source>Time</source>
        <translation>Horodatage</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/custody.py" line="204"/>
        <source>Investigator</source>
        <translation>Enquêteur</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/custody.py" line="204"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/custody.py" line="204"/>
        <source>Object</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/custody.py" line="205"/>
        <source>Hash</source>
        <translation>Empreinte</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/custody.py" line="227"/>
        <source>{0}: {1}</source>
        <extracomment>The Object column of the custody log: {0} the kind of object, {1} its name or id.</extracomment>
        <translation>{0}&#xa0;: {1}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/custody.py" line="235"/>
        <source>{0}
{1}

hash {2}
previous {3}</source>
        <extracomment>Tooltip of a custody entry: {0} the action as recorded, {1} its details as recorded (JSON), {2} the entry&apos;s hash, {3} the previous entry&apos;s hash.</extracomment>
        <translation>{0}
{1}

Empreinte&#xa0;: {2}
Empreinte de l&apos;entrée précédente&#xa0;: {3}</translation>
    </message>
</context>
<context>
    <name>CustodyTab</name>
    <message>
        <location filename="../../src/casedesk/ui/custody.py" line="271"/>
        <source>Verify case</source>
        <translation>Vérifier le dossier</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/custody.py" line="273"/>
        <source>Re-hash every original and re-check the chain of custody entries</source>
        <translation>Recalculer l&apos;empreinte de chaque original et revérifier la chaîne de possession, entrée par entrée</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/custody.py" line="276"/>
        <source>Hover over an entry for its details and full hash.</source>
        <translation>Survolez une entrée pour afficher ses détails et son empreinte complète.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/custody.py" line="313"/>
        <source>Verifying the case</source>
        <translation>Vérification du dossier</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/casedesk/ui/custody.py" line="325"/>
        <source>%Ln original file(s) re-hashed.</source>
        <translation>
            <numerusform>Empreinte recalculée pour %Ln fichier original.</numerusform>
            <numerusform>Empreintes recalculées pour %Ln fichiers originaux.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/casedesk/ui/custody.py" line="326"/>
        <source>%Ln log entry(ies) checked.</source>
        <translation>
            <numerusform>%Ln entrée du journal contrôlée.</numerusform>
            <numerusform>%Ln entrées du journal contrôlées.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/custody.py" line="330"/>
        <source>Verified: everything matches. {0}</source>
        <translation>Vérifié&#xa0;: tout concorde. {0}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/custody.py" line="336"/>
        <source>{0} {1}: {2}</source>
        <extracomment>One problem Verify found: {0} what is wrong (log or file), {1} the object&apos;s id, {2} details.</extracomment>
        <translation>{0} {1}&#xa0;: {2}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/casedesk/ui/custody.py" line="342"/>
        <source>%Ln problem(s) found. {0}</source>
        <translation>
            <numerusform>%Ln problème détecté. {0}</numerusform>
            <numerusform>%Ln problèmes détectés. {0}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/custody.py" line="344"/>
        <source>Verification found problems</source>
        <translation>La vérification a détecté des problèmes</translation>
    </message>
</context>
<context>
    <name>DetailsEditor</name>
    <message>
        <location filename="../../src/casedesk/ui/evidence/details.py" line="60"/>
        <source>What this shows, where it came from, what is doubtful</source>
        <translation>Ce que cela montre, d&apos;où cela provient, ce qui est douteux</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/details.py" line="62"/>
        <source>comma, separated, tags</source>
        <translation>étiquettes, séparées, par des virgules</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/details.py" line="63"/>
        <source>Graphic (hide behind a blur until revealed)</source>
        <translation>Choquant (flouté tant qu&apos;il n&apos;est pas affiché)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/details.py" line="64"/>
        <source>Contains personal data</source>
        <translation>Contient des données personnelles</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/details.py" line="65"/>
        <source>Move to trash…</source>
        <translation>Mettre à la corbeille…</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/details.py" line="67"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/details.py" line="68"/>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/details.py" line="79"/>
        <source>Edit the description</source>
        <translation>la modification de la description</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/details.py" line="84"/>
        <source>Mark as graphic</source>
        <translation>le marquage «&#x202f;choquant&#x202f;»</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/details.py" line="84"/>
        <source>Clear the graphic flag</source>
        <translation>le retrait du marqueur «&#x202f;choquant&#x202f;»</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/details.py" line="89"/>
        <source>Mark as personal data</source>
        <translation>le marquage «&#x202f;données personnelles&#x202f;»</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/details.py" line="89"/>
        <source>Clear the personal-data flag</source>
        <translation>le retrait du marqueur «&#x202f;données personnelles&#x202f;»</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/details.py" line="135"/>
        <source>Edit the tags</source>
        <translation>la modification des étiquettes</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <location filename="../../src/casedesk/ui/empty_state.py" line="30"/>
        <source>New case…</source>
        <translation>Nouveau dossier…</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/empty_state.py" line="31"/>
        <source>Open the demo case</source>
        <translation>Ouvrir le dossier de démonstration</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/empty_state.py" line="52"/>
        <source>Welcome to CaseDesk</source>
        <translation>Bienvenue dans CaseDesk</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/empty_state.py" line="55"/>
        <source>Start a case and drop files on the window to add them as evidence: each is hashed, stored unchanged and written to the custody log. Or open the demo case, an alleged drone strike near the Mali–Algeria border, to see claims, a checklist and a timeline at work.</source>
        <translation>Créez un dossier et déposez des fichiers sur la fenêtre pour les ajouter comme pièces&#xa0;: l&apos;empreinte de chacun est calculée, il est conservé tel quel et inscrit au journal de traçabilité. Ou ouvrez le dossier de démonstration, une frappe de drone présumée près de la frontière entre le Mali et l&apos;Algérie, pour voir à l&apos;œuvre allégations, liste de contrôle et chronologie.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/empty_state.py" line="62"/>
        <source>No case selected</source>
        <translation>Aucun dossier sélectionné</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/empty_state.py" line="63"/>
        <source>Choose a case on the left, or start a new one.</source>
        <translation>Choisissez un dossier à gauche, ou créez-en un.</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <location filename="../../src/casedesk/ui/timeline.py" line="118"/>
        <source>Edit event</source>
        <translation>Modifier l&apos;événement</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/timeline.py" line="118"/>
        <source>New event</source>
        <translation>Nouvel événement</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/timeline.py" line="122"/>
        <source>2025-03-14  ·  2024-12  ·  2021  ·  2025-03-16 15:05 America/Los_Angeles</source>
        <extracomment>Examples of what can be typed as a date; keep the dates and the time zone name as they are.</extracomment>
        <translation>2025-03-14  ·  2024-12  ·  2021  ·  2025-03-16 15:05 America/Los_Angeles</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/timeline.py" line="129"/>
        <source>(no place)</source>
        <translation>(aucun lieu)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/timeline.py" line="132"/>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/timeline.py" line="134"/>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/timeline.py" line="135"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/timeline.py" line="136"/>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/timeline.py" line="169"/>
        <source>Give as much as is known: a year, a month, a day or a minute.</source>
        <translation>Indiquez la précision connue&#xa0;: année, mois, jour ou minute.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/timeline.py" line="174"/>
        <source>Shown as “{0}” (known to: {1})</source>
        <translation>Affiché «&#x202f;{0}&#x202f;» (précision&#xa0;: {1})</translation>
    </message>
</context>
<context>
    <name>EvidenceEdits</name>
    <message>
        <location filename="../../src/casedesk/ui/evidence/edits.py" line="99"/>
        <source>Change a checklist step</source>
        <translation>la modification d&apos;une étape de contrôle</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/casedesk/ui/evidence/edits.py" line="130"/>
        <source>Tag %Ln item(s)</source>
        <translation>
            <numerusform>l&apos;étiquetage de %Ln pièce</numerusform>
            <numerusform>l&apos;étiquetage de %Ln pièces</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/casedesk/ui/evidence/edits.py" line="153"/>
        <source>Mark %Ln item(s) as graphic</source>
        <translation>
            <numerusform>le marquage «&#x202f;choquant&#x202f;» de %Ln pièce</numerusform>
            <numerusform>le marquage «&#x202f;choquant&#x202f;» de %Ln pièces</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/casedesk/ui/evidence/edits.py" line="155"/>
        <source>Clear the graphic flag of %Ln item(s)</source>
        <translation>
            <numerusform>le retrait du marqueur «&#x202f;choquant&#x202f;» de %Ln pièce</numerusform>
            <numerusform>le retrait du marqueur «&#x202f;choquant&#x202f;» de %Ln pièces</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/casedesk/ui/evidence/edits.py" line="160"/>
        <source>Mark %Ln item(s) as personal data</source>
        <translation>
            <numerusform>le marquage «&#x202f;données personnelles&#x202f;» de %Ln pièce</numerusform>
            <numerusform>le marquage «&#x202f;données personnelles&#x202f;» de %Ln pièces</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/casedesk/ui/evidence/edits.py" line="162"/>
        <source>Clear the personal-data flag of %Ln item(s)</source>
        <translation>
            <numerusform>le retrait du marqueur «&#x202f;données personnelles&#x202f;» de %Ln pièce</numerusform>
            <numerusform>le retrait du marqueur «&#x202f;données personnelles&#x202f;» de %Ln pièces</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/casedesk/ui/evidence/edits.py" line="183"/>
        <source>Move %Ln item(s) to the trash</source>
        <translation>
            <numerusform>la mise à la corbeille de %Ln pièce</numerusform>
            <numerusform>la mise à la corbeille de %Ln pièces</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/casedesk/ui/evidence/edits.py" line="214"/>
        <source>Link %Ln item(s) to a claim</source>
        <translation>
            <numerusform>l&apos;association de %Ln pièce à une allégation</numerusform>
            <numerusform>l&apos;association de %Ln pièces à une allégation</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EvidenceModel</name>
    <message>
        <location filename="../../src/casedesk/ui/evidence/model.py" line="357"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/model.py" line="358"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/model.py" line="359"/>
        <source>Captured</source>
        <translation>Capture</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/model.py" line="360"/>
        <source>Added</source>
        <translation>Ajout</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/model.py" line="361"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/model.py" line="362"/>
        <source>Flags</source>
        <translation>Marqueurs</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/model.py" line="363"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/model.py" line="421"/>
        <source>Hidden as graphic: select it and click the picture to reveal.</source>
        <translation>Masquée (contenu choquant)&#xa0;: sélectionnez la pièce puis cliquez sur l&apos;image pour l&apos;afficher.</translation>
    </message>
</context>
<context>
    <name>EvidencePane</name>
    <message>
        <location filename="../../src/casedesk/ui/evidence/pane.py" line="85"/>
        <source>Add files…</source>
        <translation>Ajouter des fichiers…</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/pane.py" line="87"/>
        <source>Copy files into the case (originals are hashed and kept unchanged)</source>
        <translation>Copier des fichiers dans le dossier (l&apos;empreinte des originaux est calculée et ils sont conservés tels quels)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/pane.py" line="89"/>
        <source>Record audio note…</source>
        <translation>Enregistrer une note audio…</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/pane.py" line="90"/>
        <source>Grid</source>
        <translation>Grille</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/pane.py" line="91"/>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/pane.py" line="138"/>
        <source>Show as</source>
        <translation>Affichage</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/pane.py" line="297"/>
        <source>Reading checklists…</source>
        <translation>Lecture des listes de contrôle…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/casedesk/ui/evidence/pane.py" line="424"/>
        <source>Loading… %Ln item(s) so far</source>
        <translation>
            <numerusform>Chargement… %Ln pièce jusqu&apos;ici</numerusform>
            <numerusform>Chargement… %Ln pièces jusqu&apos;ici</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/casedesk/ui/evidence/pane.py" line="426"/>
        <source>%Ln item(s)</source>
        <translation>
            <numerusform>%Ln pièce</numerusform>
            <numerusform>%Ln pièces</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/casedesk/ui/evidence/pane.py" line="429"/>
        <source>{0} of %Ln item(s) match so far (still reading their details)</source>
        <translation>
            <numerusform>Pièces correspondantes pour l&apos;instant&#xa0;: {0} sur %Ln (lecture des détails en cours)</numerusform>
            <numerusform>Pièces correspondantes pour l&apos;instant&#xa0;: {0} sur %Ln (lecture des détails en cours)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/casedesk/ui/evidence/pane.py" line="432"/>
        <source>{0} of %Ln item(s) match the filters</source>
        <translation>
            <numerusform>Pièces correspondant aux filtres&#xa0;: {0} sur %Ln</numerusform>
            <numerusform>Pièces correspondant aux filtres&#xa0;: {0} sur %Ln</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/pane.py" line="437"/>
        <source>{0} · {1}</source>
        <extracomment>The evidence count line, then how many items are selected (&quot;12 items · 4 selected&quot;).</extracomment>
        <translation>{0} · {1}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/casedesk/ui/evidence/pane.py" line="437"/>
        <source>%Ln selected</source>
        <translation>
            <numerusform>%Ln sélectionnée</numerusform>
            <numerusform>%Ln sélectionnées</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/pane.py" line="401"/>
        <source>Not every item could be read: {0}</source>
        <translation>Certaines pièces n&apos;ont pas pu être lues&#xa0;: {0}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/pane.py" line="416"/>
        <source>Open or create a case to see its evidence.</source>
        <translation>Ouvrez ou créez un dossier pour voir ses pièces.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/pane.py" line="419"/>
        <source>No evidence yet.
Add files, record an audio note, or drop files here.</source>
        <translation>Aucune pièce pour l&apos;instant.
Ajoutez des fichiers, enregistrez une note audio ou déposez des fichiers ici.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/pane.py" line="476"/>
        <source>Add evidence files</source>
        <translation>Ajouter des fichiers au dossier</translation>
    </message>
</context>
<context>
    <name>EvidenceViewer</name>
    <message>
        <location filename="../../src/casedesk/ui/evidence/viewer.py" line="100"/>
        <source>Select an item to see it here.</source>
        <translation>Sélectionnez une pièce pour l&apos;afficher ici.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/viewer.py" line="113"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/viewer.py" line="114"/>
        <source>Metadata</source>
        <translation>Métadonnées</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/viewer.py" line="115"/>
        <source>Checklist</source>
        <translation>Liste de contrôle</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/viewer.py" line="116"/>
        <source>Similar</source>
        <translation>Similaires</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/viewer.py" line="117"/>
        <source>Provenance</source>
        <translation>Provenance</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/viewer.py" line="118"/>
        <source>Analysis</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/viewer.py" line="157"/>
        <source>Zoom in (mouse wheel)</source>
        <translation>Zoom avant (molette)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/viewer.py" line="158"/>
        <source>Zoom out (mouse wheel)</source>
        <translation>Zoom arrière (molette)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/viewer.py" line="159"/>
        <source>Fit</source>
        <translation>Ajuster</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/viewer.py" line="159"/>
        <source>Fit the picture in the window</source>
        <translation>Ajuster l&apos;image à la fenêtre</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/viewer.py" line="160"/>
        <source>Actual pixels</source>
        <translation>Taille réelle</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/viewer.py" line="163"/>
        <source>Rotate the view left (the evidence is not changed)</source>
        <translation>Faire pivoter l&apos;affichage vers la gauche (la pièce n&apos;est pas modifiée)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/viewer.py" line="168"/>
        <source>Rotate the view right (the evidence is not changed)</source>
        <translation>Faire pivoter l&apos;affichage vers la droite (la pièce n&apos;est pas modifiée)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/viewer.py" line="172"/>
        <source>Chronolocate by shadow…</source>
        <translation>Chronolocaliser par l’ombre…</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/viewer.py" line="173"/>
        <source>Draw a vertical object&apos;s shadow on the still and find the times of day that match</source>
        <translation>Tracer l’ombre d’un objet vertical sur l’image fixe et trouver les heures de la journée qui concordent</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/viewer.py" line="178"/>
        <source>Reveal graphic content</source>
        <translation>Afficher le contenu choquant</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/viewer.py" line="195"/>
        <source>Tag, flag, link or trash them all at once: each item changed gets its own entry in the custody log, and the change can be undone.</source>
        <translation>Étiquetez, marquez, associez ou mettez à la corbeille toutes ces pièces en une fois&#xa0;: chaque pièce modifiée reçoit sa propre entrée dans le journal de traçabilité, et la modification peut être annulée.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/casedesk/ui/evidence/viewer.py" line="227"/>
        <source>%Ln item(s) selected</source>
        <translation>
            <numerusform>%Ln pièce sélectionnée</numerusform>
            <numerusform>%Ln pièces sélectionnées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/casedesk/ui/evidence/viewer.py" line="232"/>
        <source>{0} and %Ln more</source>
        <extracomment>The first few names of the items selected ({0}, a list), then how many others.</extracomment>
        <translation>
            <numerusform>{0} et %Ln autre</numerusform>
            <numerusform>{0} et %Ln autres</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/viewer.py" line="272"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/viewer.py" line="364"/>
        <source>{0}: nothing to show.
The original is kept unchanged in the store.</source>
        <translation>{0}&#xa0;: rien à afficher.
L&apos;original est conservé tel quel dans l&apos;espace de stockage.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/viewer.py" line="368"/>
        <source>No preview for this kind of file.
The original is kept unchanged in the store.</source>
        <translation>Pas d&apos;aperçu pour ce type de fichier.
L&apos;original est conservé tel quel dans l&apos;espace de stockage.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/viewer.py" line="369"/>
        <source>The picture could not be read.</source>
        <translation>Impossible de lire l&apos;image.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/viewer.py" line="372"/>
        <source>Edit the transcript</source>
        <translation>la modification de la transcription</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../src/casedesk/ui/evidence/filterbar.py" line="28"/>
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/filterbar.py" line="32"/>
        <source>Any flags</source>
        <translation>Tous les marqueurs</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/filterbar.py" line="33"/>
        <source>Graphic</source>
        <translation>Choquant</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/filterbar.py" line="34"/>
        <source>Personal data</source>
        <translation>Données personnelles</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/filterbar.py" line="35"/>
        <source>Decode problems</source>
        <translation>Problèmes de décodage</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/filterbar.py" line="37"/>
        <location filename="../../src/casedesk/ui/evidence/filterbar.py" line="89"/>
        <source>Any tag</source>
        <translation>Toutes les étiquettes</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/filterbar.py" line="39"/>
        <source>Any checklist state</source>
        <translation>Tous les états de contrôle</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/filterbar.py" line="40"/>
        <source>Checks pending</source>
        <translation>Contrôles en attente</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/filterbar.py" line="41"/>
        <source>A check failed</source>
        <translation>Un contrôle en échec</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/filterbar.py" line="42"/>
        <source>A check passed</source>
        <translation>Un contrôle réussi</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/filterbar.py" line="43"/>
        <source>A check inconclusive</source>
        <translation>Un contrôle non concluant</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/filterbar.py" line="44"/>
        <source>All checks done</source>
        <translation>Tous les contrôles effectués</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/filterbar.py" line="46"/>
        <source>Find in names, descriptions, tags</source>
        <translation>Rechercher dans les noms, descriptions et étiquettes</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/filterbar.py" line="50"/>
        <source>Added, oldest first</source>
        <translation>Date d&apos;ajout, plus anciennes d&apos;abord</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/filterbar.py" line="51"/>
        <source>Added, newest first</source>
        <translation>Date d&apos;ajout, plus récentes d&apos;abord</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/filterbar.py" line="52"/>
        <source>Captured, oldest first</source>
        <translation>Date de capture, plus anciennes d&apos;abord</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/filterbar.py" line="53"/>
        <source>Captured, newest first</source>
        <translation>Date de capture, plus récentes d&apos;abord</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/filterbar.py" line="54"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/filterbar.py" line="57"/>
        <source>Items without a capture time are listed last</source>
        <translation>Les pièces sans date de capture sont classées en dernier</translation>
    </message>
</context>
<context>
    <name>FootagePanel</name>
    <message>
        <location filename="../../src/casedesk/ui/evidence/footage.py" line="104"/>
        <source>Play / pause (Space)</source>
        <translation>Lecture / pause (Espace)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/footage.py" line="106"/>
        <source>One frame back</source>
        <translation>Image précédente</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/footage.py" line="108"/>
        <source>One frame forward</source>
        <translation>Image suivante</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/footage.py" line="113"/>
        <source> s</source>
        <extracomment>Unit after a position in seconds (keep the leading space if your language uses one).</extracomment>
        <translation>&#xa0;s</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/footage.py" line="114"/>
        <source>Position in seconds (type to jump)</source>
        <translation>Position en secondes (saisissez une valeur pour vous y rendre)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/footage.py" line="117"/>
        <source>Grab still</source>
        <translation>Extraire l&apos;image</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/footage.py" line="119"/>
        <source>Save the frame at this position as new evidence, linked to this footage and offset</source>
        <translation>Enregistrer l&apos;image à cette position comme nouvelle pièce, liée à cette vidéo et à cette position</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/footage.py" line="252"/>
        <source>{0} / {1}</source>
        <extracomment>The player&apos;s position: {0} where it is, {1} the footage&apos;s length (&quot;?&quot; when unknown).</extracomment>
        <translation>{0} / {1}</translation>
    </message>
</context>
<context>
    <name>HeadlineText</name>
    <message numerus="yes">
        <location filename="../../src/casedesk/ui/evidence/summary.py" line="78"/>
        <source>%Ln added.</source>
        <extracomment>The first sentence after adding files: how many files were added to the case.</extracomment>
        <translation>
            <numerusform>%Ln fichier ajouté.</numerusform>
            <numerusform>%Ln fichiers ajoutés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/casedesk/ui/evidence/summary.py" line="81"/>
        <source>%Ln of them with decode problems (kept and flagged).</source>
        <translation>
            <numerusform>Parmi eux, %Ln présente des problèmes de décodage (conservé et marqué).</numerusform>
            <numerusform>Parmi eux, %Ln présentent des problèmes de décodage (conservés et marqués).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/casedesk/ui/evidence/summary.py" line="84"/>
        <source>%Ln already in the case.</source>
        <translation>
            <numerusform>%Ln fichier déjà présent dans le dossier.</numerusform>
            <numerusform>%Ln fichiers déjà présents dans le dossier.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/casedesk/ui/evidence/summary.py" line="86"/>
        <source>%Ln could not be added.</source>
        <translation>
            <numerusform>%Ln fichier n&apos;a pas pu être ajouté.</numerusform>
            <numerusform>%Ln fichiers n&apos;ont pas pu être ajoutés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImageView</name>
    <message>
        <location filename="../../src/casedesk/ui/evidence/imageview.py" line="100"/>
        <source>Graphic content hidden. Click the picture to reveal it.</source>
        <translation>Contenu choquant masqué. Cliquez sur l&apos;image pour l&apos;afficher.</translation>
    </message>
</context>
<context>
    <name>LinkClaimDialog</name>
    <message numerus="yes">
        <location filename="../../src/casedesk/ui/evidence/dialogs.py" line="100"/>
        <source>Link %Ln item(s) to a claim</source>
        <translation>
            <numerusform>Associer %Ln pièce à une allégation</numerusform>
            <numerusform>Associer %Ln pièces à une allégation</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/dialogs.py" line="111"/>
        <source>Claim</source>
        <translation>Allégation</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/dialogs.py" line="112"/>
        <source>Stance</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/dialogs.py" line="121"/>
        <source>This case has no claims yet: add one in the Claims tab.</source>
        <translation>Ce dossier ne contient encore aucune allégation&#xa0;: ajoutez-en une dans l&apos;onglet Allégations.</translation>
    </message>
</context>
<context>
    <name>LinkEvidenceDialog</name>
    <message>
        <location filename="../../src/casedesk/ui/claim_dialogs.py" line="66"/>
        <source>Link evidence to the claim</source>
        <translation>Associer des pièces à l&apos;allégation</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/claim_dialogs.py" line="76"/>
        <source>Filter by name</source>
        <translation>Filtrer par nom</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/claim_dialogs.py" line="82"/>
        <source>Reading the case’s evidence…</source>
        <translation>Lecture des pièces du dossier…</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/claim_dialogs.py" line="84"/>
        <source>Find</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/claim_dialogs.py" line="85"/>
        <source>Evidence</source>
        <translation>Pièces</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/claim_dialogs.py" line="87"/>
        <source>Stance</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/claim_dialogs.py" line="92"/>
        <source>Link</source>
        <translation>Associer</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/claim_dialogs.py" line="119"/>
        <source>{0} · SHA-256 {1}…</source>
        <extracomment>An item&apos;s tooltip in the Link evidence dialog: {0} its kind, {1} the start of its SHA-256.</extracomment>
        <translation>{0} · SHA-256 {1}…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/casedesk/ui/claim_dialogs.py" line="126"/>
        <source>Reading the case’s evidence… %Ln item(s) so far</source>
        <translation>
            <numerusform>Lecture des pièces du dossier… %Ln pièce jusqu&apos;ici</numerusform>
            <numerusform>Lecture des pièces du dossier… %Ln pièces jusqu&apos;ici</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/casedesk/ui/claim_dialogs.py" line="149"/>
        <source>{0} of %Ln item(s) shown</source>
        <translation>
            <numerusform>Pièces affichées&#xa0;: {0} sur %Ln</numerusform>
            <numerusform>Pièces affichées&#xa0;: {0} sur %Ln</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/claim_dialogs.py" line="145"/>
        <source>Every item of the case is already linked to this claim.</source>
        <translation>Toutes les pièces du dossier sont déjà associées à cette allégation.</translation>
    </message>
</context>
<context>
    <name>LinkSourceDialog</name>
    <message>
        <location filename="../../src/casedesk/ui/claim_dialogs.py" line="161"/>
        <source>Link a source to the claim</source>
        <translation>Associer une source à l&apos;allégation</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/claim_dialogs.py" line="164"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/claim_dialogs.py" line="165"/>
        <source>Link</source>
        <translation>Associer</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/casedesk/ui/main_window.py" line="143"/>
        <source>{0} — {1}</source>
        <translation>{0} — {1}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/main_window.py" line="159"/>
        <source>Open a case first; then drop files on it.</source>
        <translation>Ouvrez d&apos;abord un dossier, puis déposez-y des fichiers.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/main_window.py" line="169"/>
        <source>Add evidence</source>
        <translation>Ajouter des pièces</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/main_window.py" line="213"/>
        <source>Preferences saved.</source>
        <translation>Préférences enregistrées.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/main_window.py" line="223"/>
        <source>Restart CaseDesk?</source>
        <translation>Redémarrer CaseDesk&#x202f;?</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/main_window.py" line="224"/>
        <source>The new language is used once CaseDesk restarts.</source>
        <translation>La nouvelle langue sera appliquée au redémarrage de CaseDesk.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/main_window.py" line="227"/>
        <source>Restart now? Everything is already saved; the open case is shown again after the restart.</source>
        <translation>Redémarrer maintenant&#x202f;? Tout est déjà enregistré&#x202f;; le dossier ouvert s&apos;affichera de nouveau après le redémarrage.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/main_window.py" line="230"/>
        <source>Restart now</source>
        <translation>Redémarrer maintenant</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/main_window.py" line="231"/>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/main_window.py" line="246"/>
        <source>Colleagues&apos; changes cannot be shown: {0}</source>
        <translation>Les modifications des collègues ne peuvent pas être affichées : {0}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/main_window.py" line="248"/>
        <source>Colleagues&apos; changes are shown again.</source>
        <translation>Les modifications des collègues sont de nouveau affichées.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/main_window.py" line="254"/>
        <source>{0} · team workspace {1}</source>
        <translation>{0} · espace de travail d’équipe {1}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/main_window.py" line="262"/>
        <source>{0} · workspace {1}</source>
        <translation>{0} · espace de travail {1}</translation>
    </message>
</context>
<context>
    <name>MapTab</name>
    <message>
        <location filename="../../src/casedesk/ui/map/tab.py" line="101"/>
        <source>Show all</source>
        <translation>Tout afficher</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/map/tab.py" line="102"/>
        <source>Zoom to the case&apos;s places and evidence (0)</source>
        <translation>Zoomer sur les lieux et les pièces du dossier (0)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/map/tab.py" line="103"/>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/map/tab.py" line="104"/>
        <source>Zoom out (−, or the mouse wheel)</source>
        <translation>Zoom arrière (−, ou la molette de la souris)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/map/tab.py" line="105"/>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/map/tab.py" line="106"/>
        <source>Zoom in (+, or the mouse wheel)</source>
        <translation>Zoom avant (+, ou la molette de la souris)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/map/tab.py" line="108"/>
        <source>Pick coordinates</source>
        <translation>Relever des coordonnées</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/map/tab.py" line="109"/>
        <source>Click the map to read a point&apos;s coordinates and time zone</source>
        <translation>Cliquez sur la carte pour lire les coordonnées et le fuseau horaire d’un point</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/map/tab.py" line="110"/>
        <source>Measure</source>
        <translation>Mesurer</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/map/tab.py" line="112"/>
        <source>Click two points for the distance and bearing between them (on the WGS 84 ellipsoid)</source>
        <translation>Cliquez sur deux points pour obtenir la distance et l’azimut de l’un à l’autre (sur l’ellipsoïde WGS 84)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/map/tab.py" line="130"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/map/tab.py" line="133"/>
        <source>Add place here…</source>
        <translation>Ajouter un lieu ici…</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/map/tab.py" line="273"/>
        <source>{0} · borders: Natural Earth</source>
        <extracomment>The credit under the map: {0} the raster basemap&apos;s own attribution (&quot;© OpenStreetMap&quot;).</extracomment>
        <translation>{0} · frontières&#xa0;: Natural Earth</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/map/tab.py" line="275"/>
        <source>Borders: Natural Earth</source>
        <translation>Frontières&#xa0;: Natural Earth</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/map/tab.py" line="310"/>
        <source>Click the map to read the coordinates of a point.</source>
        <translation>Cliquez sur la carte pour lire les coordonnées d’un point.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/map/tab.py" line="311"/>
        <source>Click the first point.</source>
        <translation>Cliquez sur le premier point.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/map/tab.py" line="344"/>
        <source>Click the second point.</source>
        <translation>Cliquez sur le second point.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/map/tab.py" line="381"/>
        <source>picked on the map, {0}</source>
        <extracomment>The precision given to a place picked on the map: {0} how far a click may be off (&quot;±40 m&quot;).</extracomment>
        <translation>relevé sur la carte, {0}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/map/tab.py" line="392"/>
        <source>Add place “{0}”</source>
        <translation>l’ajout du lieu «&#x202f;{0}&#x202f;»</translation>
    </message>
</context>
<context>
    <name>MergeSourcesDialog</name>
    <message>
        <location filename="../../src/casedesk/ui/source_dialogs.py" line="60"/>
        <source>Merge sources</source>
        <translation>Fusionner des sources</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/source_dialogs.py" line="62"/>
        <source>Choose the source that is the same account as “{0}”.</source>
        <translation>Choisissez la source qui correspond au même compte que «&#x202f;{0}&#x202f;».</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/source_dialogs.py" line="71"/>
        <location filename="../../src/casedesk/ui/source_dialogs.py" line="75"/>
        <source>Merge</source>
        <translation>Fusionner</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/source_dialogs.py" line="87"/>
        <source>This case has no other source to merge.</source>
        <translation>Ce dossier ne contient aucune autre source à fusionner.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/source_dialogs.py" line="94"/>
        <source>What cites {0} ({1}) will cite “{2}” instead, and {0} will be removed. The custody log records the merge in one entry; Undo separates them again.</source>
        <extracomment>{0} the source merged away, {1} what cites it (&quot;1 claim and 2 evidence items&quot;), {2} the kept.</extracomment>
        <translation>Tout ce qui cite {0} ({1}) citera désormais «&#x202f;{2}&#x202f;», et la source {0} sera retirée. Le journal de traçabilité consigne la fusion en une seule entrée&#x202f;; Annuler sépare à nouveau les deux sources.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/source_dialogs.py" line="99"/>
        <source>Nothing cites {0}; it will be removed in favour of “{1}”. The custody log records the merge in one entry; Undo separates them again.</source>
        <translation>Rien ne cite {0}&#x202f;; cette source sera retirée au profit de «&#x202f;{1}&#x202f;». Le journal de traçabilité consigne la fusion en une seule entrée&#x202f;; Annuler sépare à nouveau les deux sources.</translation>
    </message>
</context>
<context>
    <name>MetadataPanel</name>
    <message>
        <location filename="../../src/casedesk/ui/evidence/metadata.py" line="56"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/metadata.py" line="56"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/metadata.py" line="62"/>
        <source>Copy coordinates</source>
        <translation>Copier les coordonnées</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/metadata.py" line="63"/>
        <source>Copy the GPS position (latitude, longitude)</source>
        <translation>Copier la position GPS (latitude, longitude)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/metadata.py" line="64"/>
        <source>Copy SHA-256</source>
        <translation>Copier l&apos;empreinte SHA-256</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/metadata.py" line="65"/>
        <source>Copy selected</source>
        <translation>Copier la sélection</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/metadata.py" line="66"/>
        <source>Copy the selected fields and tags with their values</source>
        <translation>Copier les champs et balises sélectionnés avec leurs valeurs</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/metadata.py" line="68"/>
        <source>Filter tags and values</source>
        <translation>Filtrer les balises et les valeurs</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/casedesk/ui/evidence/metadata.py" line="126"/>
        <source>%Ln byte(s)</source>
        <extracomment>The exact size of a file, after its rounded size: &quot;1.5 kB (1,536 bytes)&quot;.</extracomment>
        <translation>
            <numerusform>%Ln octet</numerusform>
            <numerusform>%Ln octets</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/metadata.py" line="128"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/metadata.py" line="130"/>
        <source>Original name</source>
        <translation>Nom d&apos;origine</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/metadata.py" line="131"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/metadata.py" line="132"/>
        <source>Media type</source>
        <translation>Type de média</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/metadata.py" line="133"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/metadata.py" line="133"/>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/metadata.py" line="134"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/metadata.py" line="135"/>
        <source>Added</source>
        <translation>Ajout</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/metadata.py" line="136"/>
        <source>Original location</source>
        <translation>Emplacement d&apos;origine</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/metadata.py" line="141"/>
        <source>{0} × {1}</source>
        <extracomment>A picture&apos;s width × height, in pixels.</extracomment>
        <translation>{0} × {1}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/metadata.py" line="146"/>
        <source>Capture</source>
        <translation>Capture</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/metadata.py" line="148"/>
        <source>Captured</source>
        <translation>Date de capture</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/metadata.py" line="148"/>
        <source>not recorded in the file</source>
        <translation>non indiquée dans le fichier</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/metadata.py" line="149"/>
        <source>Acquired</source>
        <translation>Acquisition</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/metadata.py" line="150"/>
        <source>Camera</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/metadata.py" line="151"/>
        <source>Dimensions</source>
        <translation>Dimensions</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/metadata.py" line="152"/>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/metadata.py" line="157"/>
        <source>{0} m</source>
        <extracomment>An altitude in metres.</extracomment>
        <translation>{0}&#xa0;m</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/metadata.py" line="159"/>
        <source>Location (GPS)</source>
        <translation>Position (GPS)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/metadata.py" line="161"/>
        <source>Latitude, longitude</source>
        <translation>Latitude, longitude</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/metadata.py" line="162"/>
        <source>Altitude</source>
        <translation>Altitude</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/metadata.py" line="166"/>
        <source>Provenance</source>
        <translation>Provenance</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/metadata.py" line="203"/>
        <source>Still taken from</source>
        <translation>Image extraite de</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/metadata.py" line="206"/>
        <source>At offset</source>
        <extracomment>Where in the footage a still was taken: {0} in seconds, {1} as minutes:seconds.</extracomment>
        <translation>À la position</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/metadata.py" line="207"/>
        <source>{0} s ({1})</source>
        <translation>{0}&#xa0;s ({1})</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/metadata.py" line="209"/>
        <source>Footage SHA-256</source>
        <translation>SHA-256 de la vidéo</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/metadata.py" line="167"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/metadata.py" line="169"/>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/metadata.py" line="170"/>
        <source>Decoding</source>
        <translation>Décodage</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/metadata.py" line="174"/>
        <source>Where each value was read</source>
        <translation>Où chaque valeur a été lue</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/metadata.py" line="182"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/metadata.py" line="188"/>
        <source>Raw metadata</source>
        <translation>Métadonnées brutes</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/metadata.py" line="215"/>
        <source>Taken from the web archive</source>
        <translation>Extrait de l’archive web</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/metadata.py" line="216"/>
        <source>Web archive SHA-256</source>
        <translation>SHA-256 de l’archive web</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/metadata.py" line="217"/>
        <source>Web archive verified</source>
        <translation>Archive web vérifiée</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/metadata.py" line="218"/>
        <source>Address captured</source>
        <translation>Adresse capturée</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/metadata.py" line="220"/>
        <source>Fetched (WARC-Date)</source>
        <extracomment>When the crawler fetched the resource, as its WARC record says (WARC-Date).</extracomment>
        <translation>Récupéré le (WARC-Date)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/metadata.py" line="221"/>
        <source>WARC record</source>
        <translation>Enregistrement WARC</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/metadata.py" line="222"/>
        <source>WARC file</source>
        <translation>Fichier WARC</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/metadata.py" line="223"/>
        <source>Content type</source>
        <translation>Type de contenu</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/metadata.py" line="227"/>
        <source>Taken from the ProofMode bundle</source>
        <translation>Extrait du paquet ProofMode</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/metadata.py" line="228"/>
        <source>Bundle SHA-256</source>
        <translation>SHA-256 du paquet</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/metadata.py" line="229"/>
        <source>Entry in the bundle</source>
        <translation>Entrée dans le paquet</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/metadata.py" line="231"/>
        <source>Taken from</source>
        <translation>Extrait de</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/metadata.py" line="231"/>
        <source>Parent SHA-256</source>
        <translation>SHA-256 de la pièce parente</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/metadata.py" line="239"/>
        <source>All tags ({0})</source>
        <extracomment>Heading of every tag the file carries, as exiftool groups them; {0} is the number of tags.</extracomment>
        <translation>Toutes les balises ({0})</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/casedesk/ui/evidence/metadata.py" line="281"/>
        <source>%Ln more not shown</source>
        <translation>
            <numerusform>%Ln autre élément non affiché</numerusform>
            <numerusform>%Ln autres éléments non affichés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ModelsPage</name>
    <message>
        <location filename="../../src/casedesk/ui/preferences_models.py" line="56"/>
        <source>Speech models transcribe audio notes and the sound of footage on this computer. CaseDesk never downloads a model: add a faster-whisper (CTranslate2) Whisper model you already have, once, from its folder or its model.bin. It is checked, copied into the workspace and hashed; every transcript names the model that made it by name and hash.</source>
        <translation>Les modèles de reconnaissance vocale transcrivent, sur cet ordinateur, les notes audio et le son des vidéos. CaseDesk ne télécharge jamais de modèle&#xa0;: ajoutez une fois pour toutes un modèle Whisper pour faster-whisper (CTranslate2) dont vous disposez déjà, depuis son répertoire ou son fichier model.bin. Il est vérifié, copié dans l’espace de travail et son empreinte est calculée&#x202f;; chaque transcription désigne le modèle qui l’a produite par son nom et son empreinte.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/preferences_models.py" line="68"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/preferences_models.py" line="68"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/preferences_models.py" line="68"/>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/preferences_models.py" line="68"/>
        <source>Hash</source>
        <translation>Empreinte</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/preferences_models.py" line="68"/>
        <source>Default</source>
        <translation>Par défaut</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/preferences_models.py" line="77"/>
        <source>Add folder…</source>
        <translation>Ajouter un répertoire…</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/preferences_models.py" line="78"/>
        <source>Add file…</source>
        <translation>Ajouter un fichier…</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/preferences_models.py" line="79"/>
        <source>Remove…</source>
        <translation>Retirer…</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/preferences_models.py" line="80"/>
        <source>Use by default</source>
        <translation>Utiliser par défaut</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/preferences_models.py" line="81"/>
        <source>Offer this model first when transcribing</source>
        <translation>Proposer ce modèle en premier pour transcrire</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/preferences_models.py" line="107"/>
        <source>Open a workspace to manage its speech models.</source>
        <translation>Ouvrez un espace de travail pour en gérer les modèles de reconnaissance vocale.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/casedesk/ui/preferences_models.py" line="119"/>
        <source>%Ln language(s)</source>
        <translation>
            <numerusform>%Ln langue</numerusform>
            <numerusform>%Ln langues</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/preferences_models.py" line="121"/>
        <source>English only</source>
        <translation>Anglais uniquement</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/preferences_models.py" line="136"/>
        <source>Added from {0} on {1}. Licence: {2}</source>
        <extracomment>A speech model&apos;s tooltip: {0} where it was added from, {1} when (UTC), {2} its licence note.</extracomment>
        <translation>Ajouté depuis {0} le {1}. Licence&#xa0;: {2}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/preferences_models.py" line="147"/>
        <source>No speech model yet. Add one from a folder or file here, or with `casedesk models add PATH`.</source>
        <translation>Aucun modèle de reconnaissance vocale pour l’instant. Ajoutez-en un ici depuis un répertoire ou un fichier, ou avec `casedesk models add PATH`.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/casedesk/ui/preferences_models.py" line="153"/>
        <source>%Ln model(s) in this workspace.</source>
        <translation>
            <numerusform>%Ln modèle dans cet espace de travail.</numerusform>
            <numerusform>%Ln modèles dans cet espace de travail.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/preferences_models.py" line="189"/>
        <source>Add a speech model: its folder</source>
        <translation>Ajouter un modèle de reconnaissance vocale&#xa0;: son répertoire</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/preferences_models.py" line="196"/>
        <source>Add a speech model: its model.bin</source>
        <translation>Ajouter un modèle de reconnaissance vocale&#xa0;: son fichier model.bin</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/preferences_models.py" line="198"/>
        <source>faster-whisper model (model.bin);;All files (*)</source>
        <translation>Modèle faster-whisper (model.bin);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/preferences_models.py" line="212"/>
        <source>Adding {0}…</source>
        <translation>Ajout de {0}…</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/preferences_models.py" line="213"/>
        <source>Adding a speech model</source>
        <translation>Ajout d’un modèle de reconnaissance vocale</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/preferences_models.py" line="229"/>
        <source>{0} added.</source>
        <translation>{0} ajouté.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/preferences_models.py" line="229"/>
        <source>{0} is already in the workspace.</source>
        <translation>{0} est déjà dans l’espace de travail.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/preferences_models.py" line="248"/>
        <source>Remove speech model</source>
        <translation>Retirer le modèle de reconnaissance vocale</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/preferences_models.py" line="250"/>
        <source>Remove {0} from this workspace? Transcripts it made keep naming it by name and hash; to transcribe with it again, add it again.</source>
        <translation>Retirer {0} de cet espace de travail&#xa0;? Les transcriptions qu’il a produites continuent de le désigner par son nom et son empreinte&#x202f;; pour transcrire de nouveau avec lui, ajoutez-le de nouveau.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/preferences_models.py" line="257"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/preferences_models.py" line="283"/>
        <source>Removing a speech model</source>
        <translation>Retrait d’un modèle de reconnaissance vocale</translation>
    </message>
</context>
<context>
    <name>OcrLanguagesField</name>
    <message>
        <location filename="../../src/casedesk/ui/ocr_languages.py" line="20"/>
        <source>Arabic</source>
        <translation>Arabe</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/ocr_languages.py" line="20"/>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/ocr_languages.py" line="20"/>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
</context>
<context>
    <name>Outcome</name>
    <message numerus="yes">
        <location filename="../../src/casedesk/ui/workflows.py" line="89"/>
        <source>%Ln page(s)</source>
        <translation>
            <numerusform>%Ln page</numerusform>
            <numerusform>%Ln pages</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/workflows.py" line="91"/>
        <source>The report of the case as of entry {0} was written to {1} ({2}, {3}).</source>
        <extracomment>{0} the custody entry the report covers, {1} the file, {2} &quot;12 pages&quot;, {3} the file&apos;s size.</extracomment>
        <translation>Le rapport du dossier en date de l&apos;entrée {0} a été enregistré dans {1} ({2}, {3}).</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/workflows.py" line="95"/>
        <source>SHA-256 {0}
Entry {1}: {2}</source>
        <extracomment>The report&apos;s hash, then the custody entry it covers: {1} its number, {2} its hash.</extracomment>
        <translation>SHA-256 {0}
Entrée {1}&#xa0;: {2}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/workflows.py" line="98"/>
        <source>Report exported</source>
        <translation>Rapport exporté</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/casedesk/ui/workflows.py" line="103"/>
        <source>%Ln evidence item(s) written to {0} ({1}).</source>
        <extracomment>{0} the bundle file, {1} its size.</extracomment>
        <translation>
            <numerusform>%Ln pièce enregistrée dans {0} ({1}).</numerusform>
            <numerusform>%Ln pièces enregistrées dans {0} ({1}).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/workflows.py" line="106"/>
        <source>Bundle exported</source>
        <translation>Paquet exporté</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/workflows.py" line="106"/>
        <source>SHA-256 {0}</source>
        <translation>SHA-256 {0}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/workflows.py" line="110"/>
        <source>The case was imported.</source>
        <translation>Le dossier a été importé.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/workflows.py" line="111"/>
        <source>The bundle was merged into the case already here.</source>
        <translation>Le paquet a été fusionné avec le dossier déjà présent.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/workflows.py" line="112"/>
        <source>This case is already here with everything the bundle holds.</source>
        <translation>Ce dossier est déjà présent, avec tout le contenu du paquet.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/casedesk/ui/workflows.py" line="117"/>
        <source>%Ln evidence item(s) added.</source>
        <translation>
            <numerusform>%Ln pièce ajoutée.</numerusform>
            <numerusform>%Ln pièces ajoutées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/casedesk/ui/workflows.py" line="118"/>
        <source>%Ln custody entry(ies) added.</source>
        <translation>
            <numerusform>%Ln entrée de traçabilité ajoutée.</numerusform>
            <numerusform>%Ln entrées de traçabilité ajoutées.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/workflows.py" line="123"/>
        <source>Signed by {0}, whose key you trust.</source>
        <extracomment>{0} the name the investigator trusted the signer&apos;s key under.</extracomment>
        <translation>Signé par {0}, dont vous avez approuvé la clé.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/workflows.py" line="125"/>
        <source>Signed with your own key.</source>
        <translation>Signé avec votre propre clé.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/workflows.py" line="129"/>
        <source>Signed by a key you do not trust, which says it is {0}: {1}.</source>
        <extracomment>{0} the name the bundle gives its signer; {1} the key&apos;s fingerprint.</extracomment>
        <translation>Signé par une clé à laquelle vous ne faites pas encore confiance, qui se présente comme {0}&#xa0;: {1}.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/workflows.py" line="134"/>
        <source>The bundle is not signed: nothing shows who made it.</source>
        <translation>Le paquet n&apos;est pas signé&#xa0;: rien n&apos;indique qui l&apos;a produit.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/workflows.py" line="136"/>
        <source>Bundle imported</source>
        <translation>Paquet importé</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <location filename="../../src/casedesk/ui/overview.py" line="84"/>
        <source>comma-separated</source>
        <translation>séparées par des virgules</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/overview.py" line="97"/>
        <source>Add place…</source>
        <translation>Ajouter un lieu…</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/overview.py" line="101"/>
        <source>Relate to case…</source>
        <translation>Lier à un dossier…</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/overview.py" line="102"/>
        <source>Remove link…</source>
        <translation>Retirer le lien…</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/overview.py" line="103"/>
        <source>Add note…</source>
        <translation>Ajouter une note…</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/overview.py" line="107"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/overview.py" line="108"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/overview.py" line="109"/>
        <source>Summary</source>
        <translation>Synthèse</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/overview.py" line="110"/>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/overview.py" line="111"/>
        <source>First seen</source>
        <translation>Première apparition</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/overview.py" line="112"/>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/overview.py" line="97"/>
        <source>Places</source>
        <translation>Lieux</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/overview.py" line="117"/>
        <source>Related cases</source>
        <translation>Dossiers liés</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/overview.py" line="103"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/overview.py" line="428"/>
        <source>There is no other case to relate this one to.</source>
        <translation>Il n&apos;y a aucun autre dossier auquel lier celui-ci.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/overview.py" line="432"/>
        <source>Relate to case</source>
        <translation>Lier à un dossier</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/overview.py" line="432"/>
        <source>Related case</source>
        <translation>Dossier lié</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/overview.py" line="368"/>
        <source>New note</source>
        <translation>Nouvelle note</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/overview.py" line="89"/>
        <source>The languages of the text in this case&apos;s stills; none: those of Preferences ▸ Text recognition</source>
        <translation>Les langues du texte des images fixes de ce dossier ; aucune : celles de Préférences ▸ Reconnaissance de texte</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/overview.py" line="113"/>
        <source>Recognise text in</source>
        <translation>Reconnaître le texte en</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/overview.py" line="133"/>
        <source>Changes are saved as you make them and written to the custody log; Edit ▸ Undo.</source>
        <translation>Les modifications sont enregistrées au fur et à mesure et inscrites au journal de traçabilité&#x202f;; Édition ▸ Annuler.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/overview.py" line="137"/>
        <source>Edit the case title</source>
        <translation>la modification du titre du dossier</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/overview.py" line="138"/>
        <source>Edit the summary</source>
        <translation>la modification de la synthèse</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/overview.py" line="139"/>
        <source>Change the case status</source>
        <translation>le changement de statut du dossier</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/overview.py" line="141"/>
        <source>Edit the incident time</source>
        <translation>la modification de la date de l&apos;incident</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/overview.py" line="144"/>
        <source>Edit when first seen</source>
        <translation>la modification de la date de première apparition</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/overview.py" line="148"/>
        <source>Edit the tags</source>
        <translation>la modification des étiquettes</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/overview.py" line="152"/>
        <source>Change the languages text is recognised in</source>
        <translation>Modifier les langues de reconnaissance du texte</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/casedesk/ui/overview.py" line="233"/>
        <source>%Ln evidence item(s)</source>
        <translation>
            <numerusform>%Ln pièce</numerusform>
            <numerusform>%Ln pièces</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/casedesk/ui/overview.py" line="234"/>
        <source>%Ln source(s)</source>
        <translation>
            <numerusform>%Ln source</numerusform>
            <numerusform>%Ln sources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/casedesk/ui/overview.py" line="235"/>
        <source>%Ln claim(s)</source>
        <translation>
            <numerusform>%Ln allégation</numerusform>
            <numerusform>%Ln allégations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/casedesk/ui/overview.py" line="236"/>
        <source>%Ln event(s)</source>
        <translation>
            <numerusform>%Ln événement</numerusform>
            <numerusform>%Ln événements</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/overview.py" line="237"/>
        <source>checklist: {0}</source>
        <translation>liste de contrôle&#xa0;: {0}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/casedesk/ui/overview.py" line="238"/>
        <source>custody log: %Ln entry(ies)</source>
        <translation>
            <numerusform>journal de traçabilité&#xa0;: %Ln entrée</numerusform>
            <numerusform>journal de traçabilité&#xa0;: %Ln entrées</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/overview.py" line="241"/>
        <source> · </source>
        <extracomment>Separates the counts of the case&apos;s overview line (&quot;12 evidence items · 3 sources&quot;).</extracomment>
        <translation> · </translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/overview.py" line="272"/>
        <source>Written {0}; double-click to edit</source>
        <translation>Rédigée le {0}&#x202f;; double-cliquez pour la modifier</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/overview.py" line="326"/>
        <source>Add place “{0}”</source>
        <translation>l&apos;ajout du lieu «&#x202f;{0}&#x202f;»</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/overview.py" line="343"/>
        <source>Edit place “{0}”</source>
        <translation>la modification du lieu «&#x202f;{0}&#x202f;»</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/overview.py" line="353"/>
        <source>Remove place</source>
        <translation>Retirer le lieu</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/overview.py" line="355"/>
        <source>Remove place “{0}”</source>
        <translation>le retrait du lieu «&#x202f;{0}&#x202f;»</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/overview.py" line="361"/>
        <source>Restore place “{0}”</source>
        <translation>la restauration du lieu «&#x202f;{0}&#x202f;»</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/overview.py" line="368"/>
        <location filename="../../src/casedesk/ui/overview.py" line="386"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/overview.py" line="375"/>
        <source>Add a note</source>
        <translation>l&apos;ajout d&apos;une note</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/overview.py" line="386"/>
        <source>Edit note</source>
        <translation>Modifier la note</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/overview.py" line="393"/>
        <source>Edit a note</source>
        <translation>la modification d&apos;une note</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/overview.py" line="404"/>
        <source>Remove note</source>
        <translation>Retirer la note</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/overview.py" line="406"/>
        <source>Remove a note</source>
        <translation>le retrait d&apos;une note</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/overview.py" line="411"/>
        <source>Restore a note</source>
        <translation>la restauration d&apos;une note</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/overview.py" line="440"/>
        <source>Relate to “{0}”</source>
        <translation>le lien avec «&#x202f;{0}&#x202f;»</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/overview.py" line="450"/>
        <source>Remove the link</source>
        <translation>Retirer le lien</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/overview.py" line="456"/>
        <source>Remove the link to “{0}”</source>
        <translation>le retrait du lien avec «&#x202f;{0}&#x202f;»</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../src/casedesk/ui/passphrase.py" line="15"/>
        <source>Encrypt the bundle</source>
        <translation>Chiffrer le paquet</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/passphrase.py" line="15"/>
        <source>Bundle passphrase</source>
        <translation>Phrase secrète du paquet</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/passphrase.py" line="18"/>
        <source>Encrypt with a passphrase</source>
        <translation>Chiffrer avec une phrase secrète</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/passphrase.py" line="26"/>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/passphrase.py" line="28"/>
        <source>Again</source>
        <translation>Confirmation</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/passphrase.py" line="30"/>
        <source>Share it by another channel than the bundle. It cannot be recovered.</source>
        <translation>Transmettez-la par un autre canal que le paquet. Elle ne peut pas être récupérée.</translation>
    </message>
</context>
<context>
    <name>PlaceDialog</name>
    <message>
        <location filename="../../src/casedesk/ui/case_fields.py" line="52"/>
        <source>Edit place</source>
        <translation>Modifier le lieu</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/case_fields.py" line="52"/>
        <source>New place</source>
        <translation>Nouveau lieu</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/case_fields.py" line="61"/>
        <source>Coordinates known</source>
        <translation>Coordonnées connues</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/case_fields.py" line="61"/>
        <source>Name only</source>
        <translation>Nom seulement</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/case_fields.py" line="63"/>
        <source>e.g. approximate, town centre, exact</source>
        <translation>p. ex. approximative, centre-ville, exacte</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/case_fields.py" line="69"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/case_fields.py" line="70"/>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/case_fields.py" line="71"/>
        <source>Latitude (WGS 84)</source>
        <translation>Latitude (WGS 84)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/case_fields.py" line="72"/>
        <source>Longitude (WGS 84)</source>
        <translation>Longitude (WGS 84)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/case_fields.py" line="73"/>
        <source>Precision</source>
        <translation>Précision</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/case_fields.py" line="74"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../src/casedesk/ui/preferences_dialog.py" line="47"/>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/preferences_dialog.py" line="52"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/preferences_dialog.py" line="67"/>
        <source> px</source>
        <extracomment>Unit after the thumbnail size in pixels (keep the leading space if your language uses one).</extracomment>
        <translation>&#xa0;px</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/preferences_dialog.py" line="69"/>
        <source>Blur evidence marked graphic until I click it</source>
        <translation>Flouter les pièces marquées comme choquantes jusqu&apos;à ce que je clique dessus</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/preferences_dialog.py" line="73"/>
        <source>Investigator name</source>
        <translation>Nom de l&apos;enquêteur</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/preferences_dialog.py" line="74"/>
        <source>Written to the custody log and printed in reports.</source>
        <translation>Inscrit au journal de traçabilité et imprimé dans les rapports.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/preferences_dialog.py" line="75"/>
        <source>Workspace</source>
        <translation>Espace de travail</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/preferences_dialog.py" line="76"/>
        <source>Team evidence store</source>
        <translation>Stockage des pièces de l’équipe</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/preferences_dialog.py" line="81"/>
        <source>A folder, or a team workspace: its PostgreSQL URL (postgresql://USER@HOST/DATABASE) above and its S3 store here. Passwords come from PGPASSWORD or ~/.pgpass, keys from the AWS settings. Now using {0}. A new location takes effect at the next start.</source>
        <translation>Un dossier, ou un espace de travail d’équipe : son URL PostgreSQL (postgresql://USER@HOST/DATABASE) ci-dessus et son stockage S3 ici. Les mots de passe viennent de PGPASSWORD ou de ~/.pgpass, les clés des réglages AWS. Actuellement : {0}. Un nouvel emplacement prend effet au prochain démarrage.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/preferences_dialog.py" line="167"/>
        <source>Workspace folder</source>
        <translation>Répertoire de l&apos;espace de travail</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/preferences_dialog.py" line="88"/>
        <source>Thumbnail size</source>
        <translation>Taille des vignettes</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/preferences_dialog.py" line="58"/>
        <source>s3://BUCKET/PREFIX</source>
        <translation>s3://BUCKET/PREFIX</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/preferences_dialog.py" line="90"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/preferences_dialog.py" line="91"/>
        <source>CaseDesk offers to restart when the language is changed.</source>
        <translation>CaseDesk propose de redémarrer lorsque la langue est modifiée.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/preferences_dialog.py" line="94"/>
        <source>Made at the first signed export</source>
        <translation>Créée lors du premier export signé</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/preferences_dialog.py" line="99"/>
        <source>Your signing key</source>
        <translation>Votre clé de signature</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/preferences_dialog.py" line="104"/>
        <source>Reports and bundles are signed with it. Read this fingerprint to whoever checks them, by another channel: no authority vouches for it.</source>
        <translation>Les rapports et les paquets sont signés avec elle. Communiquez cette empreinte à qui les vérifie, par un autre canal&#xa0;: aucune autorité ne s&apos;en porte garante.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/preferences_dialog.py" line="120"/>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/preferences_dialog.py" line="121"/>
        <source>Text recognition</source>
        <translation>Reconnaissance de texte</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/preferences_dialog.py" line="123"/>
        <source>Models</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/preferences_dialog.py" line="129"/>
        <source>Recognise text in stills when they are added</source>
        <translation>Reconnaître le texte des images fixes lors de leur ajout</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/preferences_dialog.py" line="140"/>
        <source>After files are added or a still is taken from footage, CaseDesk reads the text in the new stills with Tesseract, in the background (it can be cancelled). The text is kept beside the original, searchable, and logged in the custody log.</source>
        <translation>Après l’ajout de fichiers ou l’extraction d’une image d’une vidéo, CaseDesk lit le texte des nouvelles images fixes avec Tesseract, en arrière-plan (l’opération peut être annulée). Le texte est conservé à côté de l’original, peut faire l’objet de recherches et est consigné dans le journal de traçabilité.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/preferences_dialog.py" line="146"/>
        <source>Languages to recognise</source>
        <translation>Langues à reconnaître</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/preferences_dialog.py" line="151"/>
        <source>Each language needs Tesseract&apos;s language data installed (the Debian packages tesseract-ocr-ara, tesseract-ocr-fra, tesseract-ocr-eng).</source>
        <translation>Chaque langue nécessite l’installation des données de langue de Tesseract (paquets Debian tesseract-ocr-ara, tesseract-ocr-fra, tesseract-ocr-eng).</translation>
    </message>
</context>
<context>
    <name>ProgressText</name>
    <message numerus="yes">
        <location filename="../../src/casedesk/ui/checklist.py" line="61"/>
        <source>%Ln of {0} passed</source>
        <translation>
            <numerusform>%Ln contrôle réussi sur {0}</numerusform>
            <numerusform>%Ln contrôles réussis sur {0}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/casedesk/ui/checklist.py" line="63"/>
        <source>%Ln failed</source>
        <translation>
            <numerusform>%Ln en échec</numerusform>
            <numerusform>%Ln en échec</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/casedesk/ui/checklist.py" line="65"/>
        <source>%Ln inconclusive</source>
        <translation>
            <numerusform>%Ln non concluant</numerusform>
            <numerusform>%Ln non concluants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/casedesk/ui/checklist.py" line="67"/>
        <source>%Ln not applicable</source>
        <translation>
            <numerusform>%Ln sans objet</numerusform>
            <numerusform>%Ln sans objet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/casedesk/ui/checklist.py" line="69"/>
        <source>%Ln pending</source>
        <translation>
            <numerusform>%Ln en attente</numerusform>
            <numerusform>%Ln en attente</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProvenancePanel</name>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance.py" line="92"/>
        <location filename="../../src/casedesk/ui/evidence/provenance.py" line="197"/>
        <source>Read again</source>
        <translation>Relire</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance.py" line="95"/>
        <source>Read the original&apos;s Content Credentials, signatures and web-archive checks again, with the trust anchors and keys imported now (recorded in the custody log)</source>
        <translation>Relire les Content Credentials (C2PA) de l’original, ses signatures et les contrôles de l’archive web, avec les ancres de confiance et les clés importées à ce jour (consigné dans le journal de traçabilité)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance.py" line="134"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance.py" line="191"/>
        <source>Reading the provenance</source>
        <translation>Lecture de la provenance</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance.py" line="197"/>
        <source>Read now</source>
        <translation>Lire maintenant</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance.py" line="214"/>
        <source>Not read yet: the item was added before CaseDesk read provenance, or came in a bundle (readings do not travel). Read it now to check it.</source>
        <translation>Pas encore lue : la pièce a été ajoutée avant que CaseDesk ne lise la provenance, ou est arrivée dans un paquet (les lectures ne voyagent pas avec lui). Lisez-la maintenant pour la vérifier.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance.py" line="219"/>
        <source>Read on {0}.</source>
        <translation>Lue le {0}.</translation>
    </message>
</context>
<context>
    <name>ProvenanceTree</name>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="55"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="55"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="80"/>
        <source>Validation state “{0}”: {1}</source>
        <extracomment>Content Credentials&apos; validation state as the c2pa library names it ({0}), and its meaning.</extracomment>
        <translation>État de validation « {0} » : {1}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="86"/>
        <source>Signature {0}: {1}</source>
        <extracomment>A detached signature&apos;s file name ({0}) and what its check found.</extracomment>
        <translation>Signature {0} : {1}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="95"/>
        <source>Web archive (WACZ) verified: every hash matches, and its signature if it has one.</source>
        <translation>Archive web (WACZ) vérifiée : toutes les empreintes correspondent, ainsi que sa signature si elle en a une.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="108"/>
        <source>Signed capture ({0}) verified: the media is what its proof states, and its signature holds.</source>
        <extracomment>{0}: the app that made the capture (Starling Capture, ProofMode).</extracomment>
        <translation>Capture signée ({0}) vérifiée&#xa0;: le média est bien celui qu’indique sa preuve, et sa signature est valable.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="116"/>
        <source>Signed capture ({0}), signature {1}: {2}</source>
        <extracomment>{0}: the app that made the capture, {1} who made the signature, {2} what its check found.</extracomment>
        <translation>Capture signée ({0}), signature {1}&#xa0;: {2}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="122"/>
        <source>Content Credentials (C2PA)</source>
        <translation>Content Credentials (C2PA)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="124"/>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="131"/>
        <source>Content Credentials</source>
        <translation>Content Credentials</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="124"/>
        <source>None in this file</source>
        <translation>Aucun dans ce fichier</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="127"/>
        <source>Present</source>
        <translation>Présents</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="128"/>
        <source>Only a link to them elsewhere: not fetched (CaseDesk works offline)</source>
        <translation>Seulement un lien vers un emplacement distant : non récupérés (CaseDesk fonctionne hors ligne)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="129"/>
        <source>Present, but they could not be read</source>
        <translation>Présents, mais illisibles</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="132"/>
        <source>Where they are said to be</source>
        <translation>Emplacement annoncé</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="134"/>
        <source>What c2pa said</source>
        <translation>Message de c2pa</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="136"/>
        <source>Validation state</source>
        <translation>État de validation</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="137"/>
        <source>What it means</source>
        <translation>Signification</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="140"/>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="266"/>
        <source>Signer</source>
        <translation>Signataire</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="142"/>
        <source>Signing certificate</source>
        <translation>Certificat de signature</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="143"/>
        <source>Issuer</source>
        <translation>Émetteur</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="144"/>
        <source>Signing time</source>
        <translation>Heure de signature</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="146"/>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="271"/>
        <source>Time stamp</source>
        <translation>Horodatage</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="147"/>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="272"/>
        <source>Time-stamping authority</source>
        <translation>Autorité d’horodatage</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="148"/>
        <source>Claim generator</source>
        <translation>Générateur (claim generator)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="149"/>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="245"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="150"/>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="197"/>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="304"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="151"/>
        <source>Active manifest</source>
        <translation>Manifeste actif</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="153"/>
        <source>Manifests in the file</source>
        <translation>Manifestes dans le fichier</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="156"/>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="156"/>
        <source>%Ln action(s)</source>
        <translation>
            <numerusform>%Ln action</numerusform>
            <numerusform>%Ln actions</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="169"/>
        <source>Ingredients</source>
        <translation>Ingrédients</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="169"/>
        <source>%Ln ingredient(s)</source>
        <translation>
            <numerusform>%Ln ingrédient</numerusform>
            <numerusform>%Ln ingrédients</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="172"/>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="287"/>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="345"/>
        <source>Read with</source>
        <translation>Lu avec</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="173"/>
        <source>Trust anchors (SHA-256)</source>
        <translation>Ancres de confiance (SHA-256)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="176"/>
        <source>Status codes</source>
        <translation>Codes d’état</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="176"/>
        <source>no failure</source>
        <translation>aucun échec</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="180"/>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="185"/>
        <source>failure</source>
        <translation>échec</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="180"/>
        <source>note</source>
        <translation>remarque</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="181"/>
        <source>{0}: {1}</source>
        <translation>{0} : {1}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="190"/>
        <source>(untitled)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="195"/>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="249"/>
        <source>{0} ({1})</source>
        <extracomment>An item of the case an ingredient is: {0} its name, {1} how that is known.</extracomment>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="196"/>
        <source>In this case</source>
        <translation>Dans ce dossier</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="198"/>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="343"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="202"/>
        <source>Manifest</source>
        <translation>Manifeste</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="203"/>
        <source>Instance id</source>
        <translation>Identifiant d’instance</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="204"/>
        <source>Document id</source>
        <translation>Identifiant de document</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="206"/>
        <source>Validation failures</source>
        <translation>Échecs de validation</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="215"/>
        <source>Detached signatures (OpenPGP)</source>
        <translation>Signatures détachées (OpenPGP)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="216"/>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="331"/>
        <source>%Ln signature(s)</source>
        <translation>
            <numerusform>%Ln signature</numerusform>
            <numerusform>%Ln signatures</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="218"/>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="450"/>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="459"/>
        <source>Valid</source>
        <translation>Valide</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="218"/>
        <source>Not valid</source>
        <translation>Non valide</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="219"/>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="260"/>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="263"/>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="220"/>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="335"/>
        <source>Why</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="221"/>
        <source>Signer key id</source>
        <translation>Identifiant de la clé du signataire</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="222"/>
        <source>Fingerprint</source>
        <translation>Empreinte</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="224"/>
        <source>Primary key fingerprint</source>
        <translation>Empreinte de la clé principale</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="225"/>
        <source>User id</source>
        <translation>Identité (user id)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="226"/>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="267"/>
        <source>Signed at</source>
        <translation>Signé le</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="227"/>
        <source>Key expires</source>
        <translation>Expiration de la clé</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="230"/>
        <source>Signature file</source>
        <translation>Fichier de signature</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="231"/>
        <source>Signature file SHA-256</source>
        <translation>SHA-256 du fichier de signature</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="232"/>
        <source>What gpgv said</source>
        <translation>Message de gpgv</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="233"/>
        <source>Checked with</source>
        <translation>Vérifié avec</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="237"/>
        <source>Web archive (WACZ)</source>
        <translation>Archive web (WACZ)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="239"/>
        <source>Refused</source>
        <translation>Refusée</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="241"/>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="292"/>
        <source>Verified</source>
        <translation>Vérifiée</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="241"/>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="292"/>
        <source>Not verified</source>
        <translation>Non vérifiée</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="242"/>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="293"/>
        <source>Verdict</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="244"/>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="295"/>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="246"/>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="253"/>
        <source>(no time)</source>
        <translation>(sans heure)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="254"/>
        <source>Created</source>
        <translation>Création</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="255"/>
        <source>Modified</source>
        <translation>Modification</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="256"/>
        <source>Software</source>
        <translation>Logiciel</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="257"/>
        <source>WACZ version</source>
        <translation>Version WACZ</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="260"/>
        <source>Not signed</source>
        <translation>Non signée</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="264"/>
        <source>Domain certificate</source>
        <translation>Certificat de domaine</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="264"/>
        <source>Anonymous key</source>
        <translation>Clé anonyme</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="265"/>
        <source>Signed with</source>
        <translation>Signée avec</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="268"/>
        <source>Certificate</source>
        <translation>Certificat</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="269"/>
        <source>Certificate issuer</source>
        <translation>Émetteur du certificat</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="270"/>
        <source>Certificate valid until</source>
        <translation>Certificat valide jusqu’au</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="273"/>
        <source>Signing key (SHA-256)</source>
        <translation>Clé de signature (SHA-256)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="275"/>
        <source>None in the archive</source>
        <translation>Absente de l’archive</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="278"/>
        <source>Matches datapackage.json</source>
        <translation>Correspond à datapackage.json</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="280"/>
        <source>Differs from datapackage.json</source>
        <translation>Diffère de datapackage.json</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="282"/>
        <source>Package digest</source>
        <translation>Condensé du paquet de données</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="283"/>
        <source>Hashes checked</source>
        <translation>Empreintes vérifiées</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="284"/>
        <source>Hashes failed</source>
        <translation>Empreintes non conformes</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="286"/>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="290"/>
        <source>Signed capture</source>
        <translation>Capture signée</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="296"/>
        <source>Media</source>
        <translation>Média</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="297"/>
        <source>Media SHA-256, as the proof states it</source>
        <translation>Empreinte SHA-256 du média, telle que l’indique la preuve</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="299"/>
        <source>Yes: the same SHA-256</source>
        <translation>Oui&#xa0;: même empreinte SHA-256</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="300"/>
        <source>No: its SHA-256 differs</source>
        <translation>Non&#xa0;: son empreinte SHA-256 diffère</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="301"/>
        <source>Not checked: the media is not among the files</source>
        <translation>Non vérifié&#xa0;: le média ne figure pas parmi les fichiers</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="303"/>
        <source>Media matches the proof</source>
        <translation>Le média correspond à la preuve</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="305"/>
        <source>Device time</source>
        <translation>Heure de l’appareil</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="306"/>
        <source>Device clock, its time zone unknown</source>
        <translation>Horloge de l’appareil, fuseau horaire inconnu</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="307"/>
        <source>Time taken from</source>
        <translation>Heure lue dans</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="310"/>
        <source>Location</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="311"/>
        <source>{0} m</source>
        <translation>{0}&#xa0;m</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="313"/>
        <source>Accuracy</source>
        <translation>Précision</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="315"/>
        <source>Altitude</source>
        <translation>Altitude</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="316"/>
        <source>Fix time</source>
        <translation>Heure du relevé de position</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="317"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="319"/>
        <source>Device</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="320"/>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="321"/>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="328"/>
        <source>Other stated fields</source>
        <translation>Autres champs indiqués</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="325"/>
        <source>%Ln field(s)</source>
        <translation>
            <numerusform>%Ln champ</numerusform>
            <numerusform>%Ln champs</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="331"/>
        <source>Signatures</source>
        <translation>Signatures</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="336"/>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="337"/>
        <source>Covers</source>
        <translation>Porte sur</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="340"/>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="340"/>
        <source>%Ln file(s)</source>
        <translation>
            <numerusform>%Ln fichier</numerusform>
            <numerusform>%Ln fichiers</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="375"/>
        <source>Show this item</source>
        <translation>Afficher cette pièce</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="383"/>
        <source>The manifest validates and its signing certificate chains to a trusted anchor: the signer is vouched for by the trust list.</source>
        <translation>Le manifeste est valide et son certificat de signature remonte à une ancre de confiance : la liste de confiance se porte garante du signataire.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="387"/>
        <source>The manifest validates (the file is what was signed), but its signing certificate is not on the trust list: who signed is not vouched for.</source>
        <translation>Le manifeste est valide (le fichier est bien celui qui a été signé), mais son certificat de signature ne figure pas sur la liste de confiance : rien ne garantit l’identité du signataire.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="391"/>
        <source>The manifest does not validate: the file or its Content Credentials changed after signing, or they are malformed. The original is kept as received.</source>
        <translation>Le manifeste n’est pas valide : le fichier ou ses Content Credentials ont changé après la signature, ou ils sont mal formés. L’original est conservé tel que reçu.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="399"/>
        <source>Colour adjustments</source>
        <translation>Réglages des couleurs</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="400"/>
        <source>Converted</source>
        <translation>Converti</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="401"/>
        <source>Created</source>
        <comment>a C2PA action</comment>
        <translation>Créé</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="402"/>
        <source>Cropped</source>
        <translation>Recadré</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="403"/>
        <source>Deleted</source>
        <translation>Supprimé</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="404"/>
        <source>Drawing</source>
        <translation>Dessin</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="405"/>
        <source>Dubbed</source>
        <translation>Doublé</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="406"/>
        <source>Edited</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="407"/>
        <source>Metadata edited</source>
        <translation>Métadonnées modifiées</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="408"/>
        <source>Filtered</source>
        <translation>Filtré</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="409"/>
        <source>Opened</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="410"/>
        <source>Orientation changed</source>
        <translation>Orientation modifiée</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="411"/>
        <source>Placed</source>
        <translation>Inséré</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="412"/>
        <source>Published</source>
        <translation>Publié</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="413"/>
        <source>Redacted</source>
        <translation>Caviardé</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="414"/>
        <source>Removed</source>
        <translation>Retiré</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="415"/>
        <source>Repackaged</source>
        <translation>Réempaqueté</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="416"/>
        <source>Resized</source>
        <translation>Redimensionné</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="417"/>
        <source>Transcoded</source>
        <translation>Transcodé</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="418"/>
        <source>Translated</source>
        <translation>Traduit</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="419"/>
        <source>Trimmed</source>
        <translation>Découpé</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="420"/>
        <source>Unknown action</source>
        <translation>Action inconnue</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="421"/>
        <source>Watermarked</source>
        <translation>Filigrané</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="426"/>
        <source>parent</source>
        <translation>parent</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="427"/>
        <source>component</source>
        <translation>composant</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="428"/>
        <source>input</source>
        <translation>entrée</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="434"/>
        <source>the same bytes: its SHA-256</source>
        <translation>les mêmes octets : son SHA-256</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="435"/>
        <source>it carries the ingredient&apos;s manifest</source>
        <translation>elle porte le manifeste de l’ingrédient</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="436"/>
        <source>the same instance id: a lead to check, not a proof</source>
        <translation>le même identifiant d’instance : une piste à vérifier, pas une preuve</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="441"/>
        <source>Claim hash</source>
        <translation>Empreinte de la déclaration (claim)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="442"/>
        <source>Manifest hash</source>
        <translation>Empreinte du manifeste</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="443"/>
        <source>Thumbnail hash</source>
        <translation>Empreinte de la vignette</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="444"/>
        <source>Data hash</source>
        <translation>Empreinte des données</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="451"/>
        <source>Invalid: the signed files or the signature were altered</source>
        <translation>Non valide&#xa0;: les fichiers signés ou la signature ont été modifiés</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="452"/>
        <source>Present, not verifiable offline</source>
        <translation>Présente, non vérifiable hors ligne</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="453"/>
        <source>Not checked</source>
        <translation>Non vérifiée</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="454"/>
        <source>Could not be checked</source>
        <translation>N’a pas pu être vérifiée</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="460"/>
        <source>Verifies, but not trusted</source>
        <translation>Vérifiable, mais non approuvée</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/provenance_tree.py" line="461"/>
        <source>Invalid</source>
        <translation>Non valide</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../src/casedesk/ui/records.py" line="65"/>
        <source>“{0}” will be hidden, not deleted: it stays in the custody log with your reason and can be restored under “Show removed”.</source>
        <translation>L&apos;élément «&#x202f;{0}&#x202f;» sera masqué, pas supprimé&#xa0;: il reste dans le journal de traçabilité avec votre motif et peut être restauré via «&#x202f;Afficher les éléments retirés&#x202f;».</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/records.py" line="72"/>
        <source>e.g. duplicate entry, wrong location</source>
        <translation>p. ex. doublon, lieu erroné</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/records.py" line="73"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
</context>
<context>
    <name>RecordList</name>
    <message>
        <location filename="../../src/casedesk/ui/records.py" line="112"/>
        <source>Show removed</source>
        <translation>Afficher les éléments retirés</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/records.py" line="114"/>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/records.py" line="115"/>
        <source>Remove…</source>
        <translation>Retirer…</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/records.py" line="116"/>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
</context>
<context>
    <name>RecordNoteDialog</name>
    <message>
        <location filename="../../src/casedesk/ui/evidence/audio.py" line="182"/>
        <source>Record audio note</source>
        <translation>Enregistrer une note audio</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/audio.py" line="194"/>
        <source>Start recording</source>
        <translation>Démarrer l&apos;enregistrement</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/audio.py" line="197"/>
        <source>Microphone: {0}</source>
        <translation>Micro&#xa0;: {0}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/audio.py" line="200"/>
        <source>Transcript / notes</source>
        <translation>Transcription / notes</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/audio.py" line="248"/>
        <source>Stop recording</source>
        <translation>Arrêter l&apos;enregistrement</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/audio.py" line="248"/>
        <source>Record again</source>
        <translation>Réenregistrer</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../src/casedesk/ui/workflows.py" line="143"/>
        <source>Export report (PDF)</source>
        <translation>Exporter le rapport (PDF)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/workflows.py" line="146"/>
        <source>Latest entry ({0})</source>
        <translation>Dernière entrée ({0})</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/workflows.py" line="147"/>
        <source>Case as of</source>
        <translation>Dossier en date de l&apos;entrée</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/workflows.py" line="152"/>
        <source>Type an entry number or the start of its hash to report the case as it stood then. The same entry and options always give the same file.</source>
        <translation>Saisissez un numéro d&apos;entrée ou le début de son empreinte pour produire le rapport du dossier tel qu&apos;il était alors. La même entrée et les mêmes options donnent toujours le même fichier.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/workflows.py" line="157"/>
        <source>Leave out evidence marked graphic</source>
        <translation>Exclure les pièces marquées comme choquantes</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/workflows.py" line="158"/>
        <source>Leave out evidence marked personal data</source>
        <translation>Exclure les pièces marquées «&#x202f;données personnelles&#x202f;»</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/workflows.py" line="159"/>
        <source>Blur such items instead of leaving them out</source>
        <translation>Flouter ces pièces au lieu de les exclure</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/workflows.py" line="160"/>
        <source>Full custody log</source>
        <translation>Journal de traçabilité complet</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/workflows.py" line="160"/>
        <source>Custody summary</source>
        <translation>Résumé de la traçabilité</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/workflows.py" line="162"/>
        <source>e.g. CONFIDENTIAL (printed on every page)</source>
        <translation>p. ex. CONFIDENTIEL (imprimé sur chaque page)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/workflows.py" line="166"/>
        <source>Custody</source>
        <translation>Traçabilité</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/workflows.py" line="167"/>
        <source>Marking</source>
        <translation>Mention de protection</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/workflows.py" line="170"/>
        <source>Report language</source>
        <translation>Langue du rapport</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/workflows.py" line="171"/>
        <source>Sign the report with my key</source>
        <translation>Signer le rapport avec ma clé</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/workflows.py" line="178"/>
        <source>A signed report begins with exactly the unsigned one: whoever holds the bundle can regenerate it and compare. The export is logged with the entry it covers and the file&apos;s SHA-256.</source>
        <translation>Un rapport signé commence exactement par le rapport non signé&#xa0;: quiconque détient le paquet peut le régénérer et comparer. L&apos;export est consigné avec l&apos;entrée qu&apos;il couvre et le SHA-256 du fichier.</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../src/casedesk/ui/search.py" line="26"/>
        <source>Search all cases (Ctrl+F)</source>
        <translation>Rechercher dans tous les dossiers (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/search.py" line="63"/>
        <source>{0} · {1}</source>
        <extracomment>A search hit&apos;s second line: {0} what was found (a claim, a note…), {1} its case&apos;s title.</extracomment>
        <translation>{0} · {1}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/search.py" line="67"/>
        <source>{0}
{1}: {2}</source>
        <extracomment>A search hit&apos;s tooltip: {0} the case, {1} the field that matched, {2} the matching text.</extracomment>
        <translation>{0}
{1}&#xa0;: {2}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/search.py" line="76"/>
        <source>No hits.</source>
        <translation>Aucun résultat.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/casedesk/ui/search.py" line="76"/>
        <source>%Ln hit(s)</source>
        <translation>
            <numerusform>%Ln résultat</numerusform>
            <numerusform>%Ln résultats</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SelectionActions</name>
    <message>
        <location filename="../../src/casedesk/ui/evidence/actions.py" line="54"/>
        <source>Tag…</source>
        <translation>Étiqueter…</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/actions.py" line="54"/>
        <source>Add or remove tags on the selected items</source>
        <translation>Ajouter ou retirer des étiquettes sur les pièces sélectionnées</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/actions.py" line="57"/>
        <source>Link to claim…</source>
        <translation>Associer à une allégation…</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/actions.py" line="57"/>
        <source>Link the selected items to a claim</source>
        <translation>Associer les pièces sélectionnées à une allégation</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/actions.py" line="60"/>
        <source>Move to trash…</source>
        <translation>Mettre à la corbeille…</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/actions.py" line="60"/>
        <source>Move the selected items to the trash</source>
        <translation>Mettre les pièces sélectionnées à la corbeille</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/actions.py" line="64"/>
        <source>Select all</source>
        <translation>Tout sélectionner</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/actions.py" line="66"/>
        <source>Mark as graphic</source>
        <translation>Marquer «&#x202f;choquant&#x202f;»</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/actions.py" line="68"/>
        <source>Clear the graphic flag</source>
        <translation>Retirer le marqueur «&#x202f;choquant&#x202f;»</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/actions.py" line="71"/>
        <source>Mark as personal data</source>
        <translation>Marquer «&#x202f;données personnelles&#x202f;»</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/actions.py" line="74"/>
        <source>Clear the personal-data flag</source>
        <translation>Retirer le marqueur «&#x202f;données personnelles&#x202f;»</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/actions.py" line="76"/>
        <source>Flag</source>
        <translation>Marquer</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/actions.py" line="81"/>
        <source>Flag the selected items as graphic or as personal data</source>
        <translation>Marquer les pièces sélectionnées comme choquantes ou comme contenant des données personnelles</translation>
    </message>
</context>
<context>
    <name>SimilarPanel</name>
    <message>
        <location filename="../../src/casedesk/ui/evidence/details.py" line="268"/>
        <source>No picture fingerprint for this item, so no comparison.</source>
        <translation>Pas d&apos;empreinte visuelle pour cette pièce&#xa0;: aucune comparaison possible.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/details.py" line="270"/>
        <source>Looking for pictures that look alike…</source>
        <translation>Recherche d&apos;images d&apos;aspect semblable…</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/details.py" line="283"/>
        <source>No near-duplicates in this workspace.</source>
        <translation>Aucun quasi-doublon dans cet espace de travail.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/details.py" line="285"/>
        <source>Pictures that look alike (distance 0 = identical look):</source>
        <translation>Images d&apos;aspect semblable (distance 0 = aspect identique)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/details.py" line="291"/>
        <source>{0} — distance {1}</source>
        <extracomment>A picture that looks like this one: {0} its file name, {1} how different (0 = same look).</extracomment>
        <translation>{0} — distance {1}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/details.py" line="293"/>
        <source>{0} — distance {1} (another case)</source>
        <translation>{0} — distance {1} (autre dossier)</translation>
    </message>
</context>
<context>
    <name>SourceInUseDialog</name>
    <message>
        <location filename="../../src/casedesk/ui/source_dialogs.py" line="112"/>
        <source>Source still cited</source>
        <translation>Source encore citée</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/source_dialogs.py" line="115"/>
        <source>“{0}” is still cited by {1}.</source>
        <extracomment>{0} the source&apos;s name, {1} what cites it (&quot;1 claim and 2 evidence items&quot;).</extracomment>
        <translation>La source «&#x202f;{0}&#x202f;» est encore citée par {1}.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/source_dialogs.py" line="118"/>
        <source>Unlink it from them and remove it? Undo puts the source and its links back.</source>
        <translation>La dissocier de ces éléments et la retirer&#x202f;? Annuler rétablit la source et ses liens.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/source_dialogs.py" line="120"/>
        <source>Unlink and remove</source>
        <translation>Dissocier et retirer</translation>
    </message>
</context>
<context>
    <name>SourcesModel</name>
    <message>
        <location filename="../../src/casedesk/ui/sources.py" line="78"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/sources.py" line="78"/>
        <source>Handle</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/sources.py" line="78"/>
        <source>Platform</source>
        <translation>Plateforme</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/sources.py" line="78"/>
        <source>Reliability</source>
        <translation>Fiabilité</translation>
    </message>
</context>
<context>
    <name>SourcesTab</name>
    <message>
        <location filename="../../src/casedesk/ui/sources.py" line="120"/>
        <source>Show removed</source>
        <translation>Afficher les éléments retirés</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/sources.py" line="122"/>
        <source>New source…</source>
        <translation>Nouvelle source…</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/sources.py" line="123"/>
        <source>Merge…</source>
        <translation>Fusionner…</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/sources.py" line="124"/>
        <source>Merge another source of this case into the selected one</source>
        <translation>Fusionner une autre source de ce dossier dans la source sélectionnée</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/sources.py" line="125"/>
        <source>Remove…</source>
        <translation>Retirer…</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/sources.py" line="126"/>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/sources.py" line="138"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/sources.py" line="139"/>
        <source>Handle</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/sources.py" line="140"/>
        <source>Platform</source>
        <translation>Plateforme</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/sources.py" line="141"/>
        <source>Reliability</source>
        <translation>Fiabilité</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/sources.py" line="142"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/sources.py" line="143"/>
        <source>Bears on</source>
        <translation>Concerne</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/sources.py" line="256"/>
        <source>Claims {0}</source>
        <extracomment>Claims that cite a source, by number: {0} is a list such as &quot;#1, #3&quot;.</extracomment>
        <translation>Allégations {0}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/casedesk/ui/sources.py" line="258"/>
        <source>%Ln removed claim(s)</source>
        <translation>
            <numerusform>%Ln allégation retirée</numerusform>
            <numerusform>%Ln allégations retirées</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/sources.py" line="260"/>
        <source>Evidence: {0}</source>
        <translation>Pièces&#xa0;: {0}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/sources.py" line="261"/>
        <source>Nothing in this case cites it yet.</source>
        <translation>Rien dans ce dossier ne la cite pour l&apos;instant.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/sources.py" line="280"/>
        <source>Edit source</source>
        <translation>la modification de la source</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/sources.py" line="309"/>
        <source>Add source “{0}”</source>
        <translation>l&apos;ajout de la source «&#x202f;{0}&#x202f;»</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/sources.py" line="321"/>
        <source>Remove source</source>
        <translation>Retirer la source</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/sources.py" line="324"/>
        <source>The source was kept.</source>
        <translation>La source a été conservée.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/sources.py" line="350"/>
        <source>Remove source “{0}”</source>
        <translation>le retrait de la source «&#x202f;{0}&#x202f;»</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/sources.py" line="364"/>
        <source>Restore source “{0}”</source>
        <translation>la restauration de la source «&#x202f;{0}&#x202f;»</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/sources.py" line="386"/>
        <source>Merge “{0}” into “{1}”</source>
        <translation>la fusion de «&#x202f;{0}&#x202f;» dans «&#x202f;{1}&#x202f;»</translation>
    </message>
</context>
<context>
    <name>TagDialog</name>
    <message numerus="yes">
        <location filename="../../src/casedesk/ui/evidence/dialogs.py" line="63"/>
        <source>Tag %Ln item(s)</source>
        <translation>
            <numerusform>Étiqueter %Ln pièce</numerusform>
            <numerusform>Étiqueter %Ln pièces</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/dialogs.py" line="65"/>
        <source>comma, separated, tags</source>
        <translation>étiquettes, séparées, par des virgules</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/dialogs.py" line="67"/>
        <source>tags to take off</source>
        <translation>étiquettes à retirer</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/dialogs.py" line="73"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/dialogs.py" line="74"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/dialogs.py" line="81"/>
        <source>Each item changed gets its own entry in the custody log.</source>
        <translation>Chaque pièce modifiée reçoit sa propre entrée dans le journal de traçabilité.</translation>
    </message>
</context>
<context>
    <name>ThumbnailCache</name>
    <message>
        <location filename="../../src/casedesk/ui/evidence/thumbs.py" line="90"/>
        <source>Graphic</source>
        <translation>Choquant</translation>
    </message>
</context>
<context>
    <name>TimeField</name>
    <message>
        <location filename="../../src/casedesk/ui/case_fields.py" line="105"/>
        <source>unknown — e.g. 2025-03-14 or 2025-03-16 15:05 America/Los_Angeles</source>
        <translation>inconnue — p. ex. 2025-03-14 ou 2025-03-16 15:05 Europe/Paris</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/case_fields.py" line="125"/>
        <source>not known</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/case_fields.py" line="128"/>
        <source>no time zone</source>
        <translation>sans fuseau horaire</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/case_fields.py" line="130"/>
        <source>&lt;b&gt;{0}&lt;/b&gt; · {1} · {2}</source>
        <extracomment>How a typed time is read: {0} the time, {1} how precisely it is known, {2} its time zone.</extracomment>
        <translation>&lt;b&gt;{0}&lt;/b&gt; · {1} · {2}</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <location filename="../../src/casedesk/ui/timeline.py" line="83"/>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/timeline.py" line="83"/>
        <source>Known to</source>
        <translation>Précision</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/timeline.py" line="83"/>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/timeline.py" line="83"/>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
</context>
<context>
    <name>TimelineTab</name>
    <message>
        <location filename="../../src/casedesk/ui/timeline.py" line="210"/>
        <source>Show removed</source>
        <translation>Afficher les éléments retirés</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/timeline.py" line="211"/>
        <source>New event…</source>
        <translation>Nouvel événement…</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/timeline.py" line="212"/>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/timeline.py" line="213"/>
        <source>Remove…</source>
        <translation>Retirer…</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/timeline.py" line="214"/>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/timeline.py" line="216"/>
        <source>▬ year or month only   ◆ day   ● exact time   // time shortened</source>
        <translation>▬ année ou mois seulement   ◆ jour   ● heure exacte   // intervalle raccourci</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/timeline.py" line="315"/>
        <source>Add event “{0}”</source>
        <translation>l&apos;ajout de l&apos;événement «&#x202f;{0}&#x202f;»</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/timeline.py" line="333"/>
        <source>Edit event “{0}”</source>
        <translation>la modification de l&apos;événement «&#x202f;{0}&#x202f;»</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/timeline.py" line="343"/>
        <source>Remove event</source>
        <translation>Retirer l&apos;événement</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/timeline.py" line="345"/>
        <source>Remove event “{0}”</source>
        <translation>le retrait de l&apos;événement «&#x202f;{0}&#x202f;»</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/timeline.py" line="351"/>
        <source>Restore event “{0}”</source>
        <translation>la restauration de l&apos;événement «&#x202f;{0}&#x202f;»</translation>
    </message>
</context>
<context>
    <name>TranscriptPanel</name>
    <message>
        <location filename="../../src/casedesk/ui/evidence/speech_panel.py" line="112"/>
        <source>Detect</source>
        <translation>Détection automatique</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/speech_panel.py" line="113"/>
        <source>Arabic</source>
        <translation>Arabe</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/speech_panel.py" line="114"/>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/speech_panel.py" line="115"/>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/speech_panel.py" line="118"/>
        <source>Transcribe</source>
        <translation>Transcrire</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/speech_panel.py" line="121"/>
        <source>Transcribe the speech offline with the model chosen (it replaces the last transcript)</source>
        <translation>Transcrire la parole hors ligne avec le modèle choisi (remplace la dernière transcription)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/speech_panel.py" line="134"/>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/speech_panel.py" line="134"/>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/speech_panel.py" line="134"/>
        <source>What is said</source>
        <translation>Ce qui est dit</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/speech_panel.py" line="148"/>
        <source>Click a segment to play from its start</source>
        <translation>Cliquez sur un segment pour le lire depuis son début</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/speech_panel.py" line="153"/>
        <source>Your corrected transcript. The machine&apos;s text is kept as it was heard.</source>
        <translation>Votre transcription corrigée. Le texte de la machine est conservé tel qu’il a été entendu.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/speech_panel.py" line="159"/>
        <source>Save correction</source>
        <translation>Enregistrer la correction</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/speech_panel.py" line="161"/>
        <source>Start from the machine&apos;s text</source>
        <translation>Partir du texte de la machine</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/speech_panel.py" line="178"/>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/speech_panel.py" line="180"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/speech_panel.py" line="188"/>
        <source>Machine transcript</source>
        <translation>Transcription automatique</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/speech_panel.py" line="193"/>
        <source>Investigator&apos;s correction</source>
        <translation>Correction de l’enquêteur</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/speech_panel.py" line="239"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/speech_panel.py" line="269"/>
        <source>Not transcribed yet.</source>
        <translation>Aucune transcription pour l’instant.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/speech_panel.py" line="280"/>
        <source>{0} ({1})</source>
        <extracomment>A speech model in a list: {0} its name, {1} the start of its hash.</extracomment>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/speech_panel.py" line="300"/>
        <source>This model knows English only</source>
        <translation>Ce modèle ne connaît que l’anglais</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/speech_panel.py" line="323"/>
        <source>Transcribed by {0}, hash {1}, with {2} · language: {3} · {4}</source>
        <extracomment>Who made a transcript: {0} the model&apos;s name, {1} its hash, {2} the engine and its version, {3} the language heard, {4} when (UTC).</extracomment>
        <translation>Transcription faite par {0}, empreinte {1}, avec {2} · langue&#xa0;: {3} · {4}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/speech_panel.py" line="356"/>
        <source>No correction yet.</source>
        <translation>Aucune correction pour l’instant.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/speech_panel.py" line="360"/>
        <source>Saved {0}, before the item was transcribed again: check it against the new text.</source>
        <translation>Enregistrée le {0}, avant que la pièce ne soit transcrite de nouveau&#xa0;: comparez-la au nouveau texte.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/speech_panel.py" line="364"/>
        <source>Saved {0}.</source>
        <translation>Enregistrée le {0}.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/speech_panel.py" line="366"/>
        <source>Not saved yet: press Save correction to keep it.</source>
        <translation>Pas encore enregistrée&#xa0;: cliquez sur «&#xa0;Enregistrer la correction&#xa0;» pour la conserver.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/speech_panel.py" line="387"/>
        <source>Transcribing with {0}…</source>
        <translation>Transcription avec {0}…</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/speech_panel.py" line="390"/>
        <source>Transcribing</source>
        <translation>Transcription en cours</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/speech_panel.py" line="412"/>
        <source>The sound of this item cannot be decoded: {0}</source>
        <translation>Le son de cette pièce ne peut pas être décodé&#xa0;: {0}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/speech_panel.py" line="417"/>
        <source>Transcription did not finish.</source>
        <translation>La transcription ne s’est pas terminée.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/speech_panel.py" line="476"/>
        <source>Correct the transcript</source>
        <translation>la correction de la transcription</translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <location filename="../../src/casedesk/ui/evidence/dialogs.py" line="37"/>
        <location filename="../../src/casedesk/ui/evidence/dialogs.py" line="47"/>
        <source>Move to trash</source>
        <translation>Mettre à la corbeille</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/dialogs.py" line="40"/>
        <source>Move “{0}” to the trash?</source>
        <translation>Mettre «&#x202f;{0}&#x202f;» à la corbeille&#x202f;?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/casedesk/ui/evidence/dialogs.py" line="42"/>
        <source>Move %Ln item(s) to the trash?</source>
        <translation>
            <numerusform>Mettre %Ln pièce à la corbeille&#x202f;?</numerusform>
            <numerusform>Mettre %Ln pièces à la corbeille&#x202f;?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/dialogs.py" line="44"/>
        <source>They stay in the workspace and can be restored. Reason (written to the custody log):</source>
        <translation>Rien n&apos;est supprimé&#xa0;: tout reste dans l&apos;espace de travail et peut être restauré. Motif (inscrit au journal de traçabilité)&#xa0;:</translation>
    </message>
</context>
<context>
    <name>about</name>
    <message>
        <location filename="../../src/casedesk/ui/about.py" line="15"/>
        <source>Offline case management for open-source investigators: evidence, custody log, claims, verification and reports.</source>
        <translation>Gestion de dossiers hors ligne pour les enquêtes en sources ouvertes&#xa0;: pièces, journal de traçabilité, allégations, vérification et rapports.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/about.py" line="20"/>
        <source>Works offline; no telemetry.</source>
        <translation>Fonctionne hors ligne&#x202f;; aucune télémétrie.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/about.py" line="21"/>
        <source>CaseDesk never connects to the network. Your evidence stays on this computer.</source>
        <translation>CaseDesk ne se connecte jamais au réseau. Vos pièces restent sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/about.py" line="24"/>
        <source>Licence: GNU General Public License, version 3 or later.</source>
        <translation>Licence&#xa0;: GNU General Public License, version 3 ou ultérieure.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/about.py" line="25"/>
        <source>Fonts: Noto Sans and Noto Naskh Arabic, SIL Open Font License.</source>
        <translation>Polices&#xa0;: Noto Sans et Noto Naskh Arabic, SIL Open Font License.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/about.py" line="36"/>
        <source>About CaseDesk</source>
        <translation>À propos de CaseDesk</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../src/casedesk/ui/app.py" line="73"/>
        <source>CaseDesk cannot open the workspace</source>
        <translation>CaseDesk ne peut pas ouvrir l&apos;espace de travail</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/app.py" line="76"/>
        <source>Choose another folder…</source>
        <translation>Choisir un autre répertoire…</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/app.py" line="84"/>
        <source>Workspace folder</source>
        <translation>Répertoire de l&apos;espace de travail</translation>
    </message>
</context>
<context>
    <name>case_fields</name>
    <message>
        <location filename="../../src/casedesk/ui/case_fields.py" line="25"/>
        <location filename="../../src/casedesk/ui/map/readout.py" line="26"/>
        <source>{0} N</source>
        <translation>{0} N</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/case_fields.py" line="26"/>
        <location filename="../../src/casedesk/ui/map/readout.py" line="27"/>
        <source>{0} S</source>
        <translation>{0} S</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/case_fields.py" line="27"/>
        <location filename="../../src/casedesk/ui/map/readout.py" line="28"/>
        <source>{0} E</source>
        <translation>{0} E</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/case_fields.py" line="28"/>
        <location filename="../../src/casedesk/ui/map/readout.py" line="29"/>
        <source>{0} W</source>
        <translation>{0} O</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/case_fields.py" line="32"/>
        <location filename="../../src/casedesk/ui/map/readout.py" line="32"/>
        <source>{0}, {1}</source>
        <translation>{0}, {1}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/case_fields.py" line="41"/>
        <source>{0} — {1} ({2})</source>
        <extracomment>A place in the Overview&apos;s list: {0} its name, {1} its coordinates, {2} how precise they are.</extracomment>
        <translation>{0} — {1} ({2})</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/case_fields.py" line="45"/>
        <source>{0} — {1}</source>
        <extracomment>A place in the Overview&apos;s list: {0} its name, {1} its coordinates.</extracomment>
        <translation>{0} — {1}</translation>
    </message>
</context>
<context>
    <name>delegate</name>
    <message>
        <location filename="../../src/casedesk/ui/evidence/delegate.py" line="29"/>
        <source>@ {0} s</source>
        <extracomment>Where in its footage a still was taken, in seconds (&quot;@ 12.500 s&quot;).</extracomment>
        <translation>à {0}&#xa0;s</translation>
    </message>
</context>
<context>
    <name>evidence</name>
    <message>
        <location filename="../../src/casedesk/ui/evidence/labels.py" line="17"/>
        <source>Still image</source>
        <translation>Image fixe</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/labels.py" line="18"/>
        <source>Footage</source>
        <translation>Vidéo</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/labels.py" line="19"/>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/labels.py" line="20"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/labels.py" line="21"/>
        <source>Other file</source>
        <translation>Autre fichier</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/labels.py" line="31"/>
        <source>Decoded fully</source>
        <translation>Entièrement décodé</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/labels.py" line="32"/>
        <source>Partly decoded</source>
        <translation>Partiellement décodé</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/labels.py" line="33"/>
        <source>Could not be decoded</source>
        <translation>Décodage impossible</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/labels.py" line="34"/>
        <source>Not decoded (over safety limits)</source>
        <translation>Non décodé (limites de sécurité dépassées)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/labels.py" line="56"/>
        <source>Graphic</source>
        <translation>Choquant</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/labels.py" line="58"/>
        <source>Personal data</source>
        <translation>Données personnelles</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/labels.py" line="82"/>
        <source>File format</source>
        <translation>Format de fichier</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/labels.py" line="83"/>
        <source>Pixel mode</source>
        <translation>Mode des pixels</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/labels.py" line="84"/>
        <source>Frames</source>
        <translation>Images</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/labels.py" line="85"/>
        <source>Animated</source>
        <translation>Animée</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/labels.py" line="86"/>
        <source>Container</source>
        <translation>Conteneur</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/labels.py" line="87"/>
        <source>Bit rate (bit/s)</source>
        <translation>Débit (bit/s)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/labels.py" line="88"/>
        <source>Capture time read from</source>
        <translation>Heure de prise de vue lue dans</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/labels.py" line="89"/>
        <source>GPS time (UTC)</source>
        <translation>Heure GPS (UTC)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/labels.py" line="90"/>
        <source>Codec</source>
        <translation>Codec</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/labels.py" line="91"/>
        <source>Codec profile</source>
        <translation>Profil du codec</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/labels.py" line="92"/>
        <source>Pixel format</source>
        <translation>Format des pixels</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/labels.py" line="93"/>
        <source>Frame rate (frames/s)</source>
        <translation>Fréquence d’images (images/s)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/labels.py" line="94"/>
        <source>Rotation (degrees)</source>
        <translation>Rotation (degrés)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/labels.py" line="95"/>
        <source>Poster frame at (seconds)</source>
        <translation>Image d’aperçu à (secondes)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/labels.py" line="96"/>
        <source>Integrity checked</source>
        <translation>Intégrité vérifiée</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/labels.py" line="97"/>
        <source>Sample rate (Hz)</source>
        <translation>Fréquence d’échantillonnage (Hz)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/labels.py" line="98"/>
        <source>Channels</source>
        <translation>Canaux</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/labels.py" line="99"/>
        <source>Audio codec</source>
        <translation>Codec audio</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/labels.py" line="100"/>
        <source>Audio sample rate (Hz)</source>
        <translation>Fréquence d’échantillonnage audio (Hz)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/labels.py" line="101"/>
        <source>Audio channels</source>
        <translation>Canaux audio</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/labels.py" line="102"/>
        <source>PDF version</source>
        <translation>Version PDF</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/labels.py" line="103"/>
        <source>Encrypted</source>
        <translation>Chiffré</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/labels.py" line="104"/>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/labels.py" line="105"/>
        <source>Title (in the file)</source>
        <translation>Titre (dans le fichier)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/labels.py" line="106"/>
        <source>Author (in the file)</source>
        <translation>Auteur (dans le fichier)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/labels.py" line="107"/>
        <source>Created with</source>
        <translation>Créé avec</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/labels.py" line="108"/>
        <source>Produced with</source>
        <translation>Produit avec</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/labels.py" line="109"/>
        <source>Created (in the file)</source>
        <translation>Créé le (dans le fichier)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/labels.py" line="110"/>
        <source>Modified (in the file)</source>
        <translation>Modifié le (dans le fichier)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/labels.py" line="118"/>
        <source>Metadata read by</source>
        <translation>Métadonnées lues par</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/labels.py" line="120"/>
        <source>Capture time: tag</source>
        <translation>Heure de prise de vue : balise</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/labels.py" line="121"/>
        <source>UTC offset implied by GPS time</source>
        <translation>Décalage UTC déduit de l’heure GPS</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/labels.py" line="122"/>
        <source>Location: tag</source>
        <translation>Position : balise</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/labels.py" line="124"/>
        <source>Camera make: tag</source>
        <translation>Marque de l’appareil : balise</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/labels.py" line="125"/>
        <source>Camera model: tag</source>
        <translation>Modèle de l’appareil : balise</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/labels.py" line="126"/>
        <source>Software: tag</source>
        <translation>Logiciel : balise</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/labels.py" line="139"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/labels.py" line="141"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
</context>
<context>
    <name>formats</name>
    <message>
        <location filename="../../src/casedesk/ui/formats.py" line="56"/>
        <source>{0} UTC</source>
        <translation>{0} UTC</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/formats.py" line="103"/>
        <source>, </source>
        <extracomment>Separates the items of a list, e.g. &quot;1 of 11 passed, 1 failed&quot;. Arabic: &quot;، &quot; (Arabic comma).</extracomment>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>i18n</name>
    <message>
        <location filename="../../src/casedesk/ui/i18n.py" line="80"/>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
</context>
<context>
    <name>intake</name>
    <message>
        <location filename="../../src/casedesk/ui/evidence/intake.py" line="128"/>
        <source>Recognising text in the new stills</source>
        <translation>Reconnaissance du texte des nouvelles images fixes</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/intake.py" line="141"/>
        <source>Open a case before adding evidence.</source>
        <translation>Ouvrez un dossier avant d&apos;ajouter des pièces.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/intake.py" line="151"/>
        <source>Adding evidence</source>
        <translation>Ajout de pièces</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/intake.py" line="165"/>
        <source>Grabbing still</source>
        <translation>Extraction de l&apos;image</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/intake.py" line="172"/>
        <source>Open a case before recording a note.</source>
        <translation>Ouvrez un dossier avant d&apos;enregistrer une note.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/intake.py" line="178"/>
        <source>No microphone found</source>
        <translation>Aucun micro détecté</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/intake.py" line="179"/>
        <source>No microphone found. Connect or enable a microphone (and allow CaseDesk to use it), then try again. You can also add a recording made elsewhere with Add files…</source>
        <translation>Aucun micro détecté. Branchez ou activez un micro (et autorisez CaseDesk à l&apos;utiliser), puis réessayez. Vous pouvez aussi ajouter un enregistrement réalisé ailleurs avec «&#x202f;Ajouter des fichiers…&#x202f;».</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/intake.py" line="194"/>
        <source>audio note {0} UTC.wav</source>
        <extracomment>The file name of a recorded audio note; {0} is its UTC time. Keep &quot;.wav&quot; and no &quot;/&quot; or &quot;:&quot;.</extracomment>
        <translation>note audio {0} UTC.wav</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/intake.py" line="216"/>
        <source>Adding audio note</source>
        <translation>Ajout de la note audio</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/intake.py" line="232"/>
        <source>Evidence added</source>
        <translation>Pièces ajoutées</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/intake.py" line="245"/>
        <source>That frame is already in the case; it is selected.</source>
        <translation>Cette image est déjà dans le dossier&#x202f;; elle est sélectionnée.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/intake.py" line="252"/>
        <source>Still added, linked to its footage and offset.</source>
        <translation>Image ajoutée, liée à sa vidéo et à sa position.</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../src/casedesk/ui/labels.py" line="13"/>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/labels.py" line="14"/>
        <source>Under verification</source>
        <translation>En cours de vérification</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/labels.py" line="15"/>
        <source>Verified</source>
        <translation>Vérifié</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/labels.py" line="16"/>
        <location filename="../../src/casedesk/ui/labels.py" line="28"/>
        <source>Disputed</source>
        <translation>Contesté</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/labels.py" line="17"/>
        <source>Debunked</source>
        <translation>Réfuté</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/labels.py" line="18"/>
        <location filename="../../src/casedesk/ui/labels.py" line="39"/>
        <source>Inconclusive</source>
        <translation>Non concluant</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/labels.py" line="19"/>
        <source>Closed</source>
        <translation>Clos</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/labels.py" line="25"/>
        <source>Unverified</source>
        <translation>Non vérifié</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/labels.py" line="26"/>
        <source>Supported</source>
        <translation>Étayé</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/labels.py" line="27"/>
        <source>Confirmed</source>
        <translation>Confirmé</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/labels.py" line="29"/>
        <source>False</source>
        <translation>Faux</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/labels.py" line="36"/>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/labels.py" line="37"/>
        <source>Passed</source>
        <translation>Réussi</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/labels.py" line="38"/>
        <source>Failed</source>
        <translation>En échec</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/labels.py" line="40"/>
        <source>Not applicable</source>
        <translation>Sans objet</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/labels.py" line="46"/>
        <source>Supports</source>
        <translation>Étaye</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/labels.py" line="47"/>
        <source>Contradicts</source>
        <translation>Contredit</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/labels.py" line="48"/>
        <source>Context</source>
        <translation>Contexte</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/labels.py" line="55"/>
        <source>Completely reliable</source>
        <translation>Totalement fiable</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/labels.py" line="56"/>
        <source>Usually reliable</source>
        <translation>Habituellement fiable</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/labels.py" line="57"/>
        <source>Fairly reliable</source>
        <translation>Assez fiable</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/labels.py" line="58"/>
        <source>Not usually reliable</source>
        <translation>Généralement peu fiable</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/labels.py" line="59"/>
        <source>Unreliable</source>
        <translation>Non fiable</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/labels.py" line="60"/>
        <source>Reliability cannot be judged</source>
        <translation>Fiabilité impossible à évaluer</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/labels.py" line="67"/>
        <source>Confirmed by other sources</source>
        <translation>Confirmée par d&apos;autres sources</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/labels.py" line="68"/>
        <source>Probably true</source>
        <translation>Probablement vraie</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/labels.py" line="69"/>
        <source>Possibly true</source>
        <translation>Possiblement vraie</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/labels.py" line="70"/>
        <source>Doubtful</source>
        <translation>Douteuse</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/labels.py" line="71"/>
        <source>Improbable</source>
        <translation>Improbable</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/labels.py" line="72"/>
        <source>Truth cannot be judged</source>
        <translation>Véracité impossible à évaluer</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/labels.py" line="79"/>
        <location filename="../../src/casedesk/ui/labels.py" line="86"/>
        <source>{0} — {1}</source>
        <extracomment>An Admiralty grade and its meaning: {0} is the code (A to F, or 1 to 6), {1} what it means.</extracomment>
        <translation>{0} — {1}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/labels.py" line="92"/>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/labels.py" line="93"/>
        <source>Claim</source>
        <translation>Allégation</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/labels.py" line="94"/>
        <source>Evidence</source>
        <translation>Pièce</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/labels.py" line="95"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/labels.py" line="96"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/labels.py" line="97"/>
        <source>Annotation</source>
        <translation>Annotation</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/labels.py" line="98"/>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/labels.py" line="99"/>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/labels.py" line="100"/>
        <source>Check</source>
        <translation>Contrôle</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/labels.py" line="101"/>
        <source>Bundle</source>
        <translation>Paquet</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/labels.py" line="108"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/labels.py" line="109"/>
        <source>Summary</source>
        <translation>Synthèse</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/labels.py" line="110"/>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/labels.py" line="111"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/labels.py" line="112"/>
        <source>File name</source>
        <translation>Nom de fichier</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/labels.py" line="113"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/labels.py" line="114"/>
        <source>Transcript</source>
        <translation>Transcription</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/labels.py" line="115"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/labels.py" line="116"/>
        <source>Handle</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/labels.py" line="123"/>
        <source>year only</source>
        <translation>année seulement</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/labels.py" line="124"/>
        <source>month</source>
        <translation>mois</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/labels.py" line="125"/>
        <source>day</source>
        <translation>jour</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/labels.py" line="126"/>
        <source>to the minute</source>
        <translation>à la minute près</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/labels.py" line="134"/>
        <source>Case created</source>
        <translation>Dossier créé</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/labels.py" line="135"/>
        <source>Case edited</source>
        <translation>Dossier modifié</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/labels.py" line="136"/>
        <source>Related case linked</source>
        <translation>Lien avec un dossier ajouté</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/labels.py" line="137"/>
        <source>Related case unlinked</source>
        <translation>Lien avec un dossier retiré</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/labels.py" line="138"/>
        <source>Related case linked again</source>
        <translation>Lien avec un dossier rétabli</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/labels.py" line="139"/>
        <source>Evidence added</source>
        <translation>Pièce ajoutée</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/labels.py" line="140"/>
        <source>Still taken from footage</source>
        <translation>Image extraite d&apos;une vidéo</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/labels.py" line="141"/>
        <source>Media taken from a web archive</source>
        <translation>Média extrait d’une archive web</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/labels.py" line="142"/>
        <source>Media taken from a ProofMode bundle</source>
        <translation>Média extrait d’un paquet ProofMode</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/labels.py" line="143"/>
        <source>Web archive&apos;s page text kept</source>
        <translation>Texte des pages d’une archive web conservé</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/labels.py" line="144"/>
        <source>Evidence edited</source>
        <translation>Pièce modifiée</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/labels.py" line="145"/>
        <source>Evidence moved to the trash</source>
        <translation>Pièce mise à la corbeille</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/labels.py" line="146"/>
        <source>Evidence restored</source>
        <translation>Pièce restaurée</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/labels.py" line="147"/>
        <source>Evidence deleted for good</source>
        <translation>Pièce supprimée définitivement</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/labels.py" line="148"/>
        <source>Source added</source>
        <translation>Source ajoutée</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/labels.py" line="149"/>
        <source>Source edited</source>
        <translation>Source modifiée</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/labels.py" line="150"/>
        <source>Sources merged</source>
        <translation>Sources fusionnées</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/labels.py" line="151"/>
        <source>Source merge undone</source>
        <translation>Fusion de sources annulée</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/labels.py" line="152"/>
        <source>Source removed</source>
        <translation>Source retirée</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/labels.py" line="153"/>
        <source>Source restored</source>
        <translation>Source restaurée</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/labels.py" line="154"/>
        <source>Claim added</source>
        <translation>Allégation ajoutée</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/labels.py" line="155"/>
        <source>Claim edited</source>
        <translation>Allégation modifiée</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/labels.py" line="156"/>
        <source>Claim status or credibility changed</source>
        <translation>Changement de statut ou de crédibilité d&apos;une allégation</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/labels.py" line="157"/>
        <source>Claim linked to evidence or a source</source>
        <translation>Allégation associée à une pièce ou à une source</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/labels.py" line="158"/>
        <source>Claim unlinked from evidence or a source</source>
        <translation>Allégation dissociée d&apos;une pièce ou d&apos;une source</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/labels.py" line="159"/>
        <source>Claim removed</source>
        <translation>Allégation retirée</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/labels.py" line="160"/>
        <source>Claim restored</source>
        <translation>Allégation restaurée</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/labels.py" line="161"/>
        <source>Checklist item changed</source>
        <translation>Contrôle modifié</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/labels.py" line="162"/>
        <source>Place added</source>
        <translation>Lieu ajouté</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/labels.py" line="163"/>
        <source>Place edited</source>
        <translation>Lieu modifié</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/labels.py" line="164"/>
        <source>Place removed</source>
        <translation>Lieu retiré</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/labels.py" line="165"/>
        <source>Place restored</source>
        <translation>Lieu restauré</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/labels.py" line="166"/>
        <source>Event added</source>
        <translation>Événement ajouté</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/labels.py" line="167"/>
        <source>Event edited</source>
        <translation>Événement modifié</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/labels.py" line="168"/>
        <source>Event removed</source>
        <translation>Événement retiré</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/labels.py" line="169"/>
        <source>Event restored</source>
        <translation>Événement restauré</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/labels.py" line="170"/>
        <source>Note added</source>
        <translation>Note ajoutée</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/labels.py" line="171"/>
        <source>Note edited</source>
        <translation>Note modifiée</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/labels.py" line="172"/>
        <source>Note removed</source>
        <translation>Note retirée</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/labels.py" line="173"/>
        <source>Note restored</source>
        <translation>Note restaurée</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/labels.py" line="174"/>
        <source>Annotation added</source>
        <translation>Annotation ajoutée</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/labels.py" line="175"/>
        <source>Annotation edited</source>
        <translation>Annotation modifiée</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/labels.py" line="176"/>
        <source>Annotation removed</source>
        <translation>Annotation retirée</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/labels.py" line="177"/>
        <source>Annotation restored</source>
        <translation>Annotation restaurée</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/labels.py" line="178"/>
        <source>Report exported (PDF)</source>
        <translation>Rapport exporté (PDF)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/labels.py" line="179"/>
        <source>Bundle exported</source>
        <translation>Paquet exporté</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/labels.py" line="180"/>
        <source>Bundle imported</source>
        <translation>Paquet importé</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/labels.py" line="181"/>
        <source>Bundle merged</source>
        <translation>Paquet fusionné</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/labels.py" line="193"/>
        <source>Custody log</source>
        <translation>Journal de traçabilité</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/labels.py" line="194"/>
        <source>Original file</source>
        <translation>Fichier original</translation>
    </message>
</context>
<context>
    <name>map</name>
    <message>
        <location filename="../../src/casedesk/ui/map/content.py" line="53"/>
        <source>Precision: {0}</source>
        <extracomment>A place&apos;s tooltip on the map: {0} the precision the investigator gave (&quot;approximate&quot;).</extracomment>
        <translation>Précision&#xa0;: {0}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/map/content.py" line="57"/>
        <source>Circle: within {0} km</source>
        <extracomment>{0} a distance in kilometres: the radius of the circle drawn around a place.</extracomment>
        <translation>Cercle&#xa0;: à {0}&#xa0;km près</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/map/content.py" line="69"/>
        <source>Taken: {0}</source>
        <extracomment>An evidence item&apos;s tooltip on the map: {0} when the device says it was taken (UTC).</extracomment>
        <translation>Prise le&#xa0;: {0}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/map/content.py" line="70"/>
        <source>Position from the file&apos;s GPS metadata</source>
        <translation>Position tirée des métadonnées GPS du fichier</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/map/content.py" line="109"/>
        <source>{0} — {1}
{2}</source>
        <extracomment>An event&apos;s tooltip on the map: {0} when it happened, {1} its title, {2} its place.</extracomment>
        <translation>{0} — {1}
{2}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/map/readout.py" line="39"/>
        <location filename="../../src/casedesk/ui/map/readout.py" line="43"/>
        <source>{0} m</source>
        <extracomment>A distance in metres on the map (&quot;850 m&quot;).</extracomment>
        <translation>{0}&#xa0;m</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/map/readout.py" line="40"/>
        <location filename="../../src/casedesk/ui/map/readout.py" line="45"/>
        <source>{0} km</source>
        <extracomment>A distance in kilometres on the map (&quot;125.26 km&quot;).</extracomment>
        <translation>{0}&#xa0;km</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/map/readout.py" line="52"/>
        <source>{0} · bearing {1}</source>
        <extracomment>The measure tool&apos;s result: {0} the geodesic distance, {1} the bearing from the first point.</extracomment>
        <translation>{0} · azimut {1}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/map/readout.py" line="53"/>
        <source>{0}°</source>
        <translation>{0}&#xa0;°</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/map/readout.py" line="64"/>
        <source>{0} · time zone {1}</source>
        <extracomment>A picked point and its time zone: {0} the coordinates, {1} the zone&apos;s name (&quot;Africa/Algiers&quot;).</extracomment>
        <translation>{0} · fuseau horaire {1}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/map/readout.py" line="67"/>
        <source>{0} · time zone {1} ({2} today)</source>
        <extracomment>A picked point and its time zone: {0} the coordinates, {1} the zone&apos;s name, {2} its UTC offset today.</extracomment>
        <translation>{0} · fuseau horaire {1} ({2} aujourd’hui)</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/map/readout.py" line="77"/>
        <source>From {0} to {1}: {2} m, bearing {3}° (geodesic, WGS 84)</source>
        <extracomment>Copied from the measure tool: {0} and {1} the two points, {2} the distance in metres, {3} the forward bearing in degrees.</extracomment>
        <translation>De {0} à {1}&#xa0;: {2}&#xa0;m, azimut {3}° (géodésique, WGS 84)</translation>
    </message>
</context>
<context>
    <name>menus</name>
    <message>
        <location filename="../../src/casedesk/ui/menus.py" line="54"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/menus.py" line="55"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/menus.py" line="75"/>
        <source>&amp;New case…</source>
        <translation>&amp;Nouveau dossier…</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/menus.py" line="82"/>
        <source>&amp;Add evidence…</source>
        <translation>&amp;Ajouter des pièces…</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/menus.py" line="89"/>
        <source>&amp;Find…</source>
        <translation>Re&amp;chercher…</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/menus.py" line="96"/>
        <source>Export &amp;report (PDF)…</source>
        <translation>Exporter le &amp;rapport (PDF)…</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/menus.py" line="101"/>
        <source>Export &amp;bundle…</source>
        <translation>Exporter le &amp;paquet…</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/menus.py" line="104"/>
        <source>&amp;Import bundle…</source>
        <translation>&amp;Importer un paquet…</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/menus.py" line="108"/>
        <source>&amp;Verify case</source>
        <translation>&amp;Vérifier le dossier</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/menus.py" line="114"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/menus.py" line="116"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/menus.py" line="117"/>
        <source>Open &amp;demo case</source>
        <translation>Ouvrir le dossier de &amp;démonstration</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/menus.py" line="118"/>
        <source>&amp;About CaseDesk</source>
        <translation>À &amp;propos de CaseDesk</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/menus.py" line="126"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/menus.py" line="138"/>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/menus.py" line="146"/>
        <source>&amp;Case</source>
        <translation>&amp;Dossier</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/menus.py" line="148"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/menus.py" line="152"/>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../../src/casedesk/ui/messages.py" line="22"/>
        <source>CaseDesk was not allowed to read or write a file: {0}</source>
        <translation>CaseDesk n&apos;a pas obtenu l&apos;autorisation de lire ou d&apos;écrire un fichier&#xa0;: {0}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/messages.py" line="26"/>
        <source>A file could not be found: {0}</source>
        <translation>Fichier introuvable&#xa0;: {0}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/messages.py" line="30"/>
        <source>The operating system reported a problem: {0}</source>
        <translation>Le système d&apos;exploitation a signalé un problème&#xa0;: {0}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/messages.py" line="33"/>
        <source>Something went wrong inside CaseDesk and this step did not finish.</source>
        <translation>Une erreur interne de CaseDesk a empêché cette étape d&apos;aboutir.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/messages.py" line="54"/>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/messages.py" line="58"/>
        <source>CaseDesk</source>
        <translation>CaseDesk</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/messages.py" line="63"/>
        <source>If this keeps happening, copy the details into a bug report.</source>
        <translation>Si le problème persiste, copiez les détails dans un rapport de bogue.</translation>
    </message>
</context>
<context>
    <name>records</name>
    <message>
        <location filename="../../src/casedesk/ui/records.py" line="53"/>
        <source>Removed: {0}</source>
        <translation>Élément retiré. Motif&#xa0;: {0}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/records.py" line="54"/>
        <source>Removed (no reason given)</source>
        <translation>Élément retiré (aucun motif indiqué)</translation>
    </message>
</context>
<context>
    <name>signing</name>
    <message>
        <location filename="../../src/casedesk/ui/signing.py" line="29"/>
        <source>Unlock your signing key</source>
        <translation>Déverrouiller votre clé de signature</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/signing.py" line="30"/>
        <source>Passphrase of your signing key:</source>
        <translation>Phrase secrète de votre clé de signature&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/signing.py" line="62"/>
        <source>This bundle is signed by a key you do not trust yet; it says it belongs to {0}.

{1}

Compare this fingerprint with its owner by another channel (in person, by phone). If it matches, give the key a name to trust it.</source>
        <extracomment>{0} the name the bundle gives its signer, {1} the key&apos;s fingerprint in groups of four.</extracomment>
        <translation>Ce paquet est signé par une clé à laquelle vous ne faites pas encore confiance&#x202f;; elle se présente comme appartenant à {0}.

{1}

Comparez cette empreinte avec son propriétaire par un autre canal (en personne, par téléphone). Si elle correspond, donnez un nom à la clé pour lui faire confiance.</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/signing.py" line="70"/>
        <source>Trust this signer?</source>
        <translation>Faire confiance à ce signataire&#x202f;?</translation>
    </message>
</context>
<context>
    <name>summary</name>
    <message>
        <location filename="../../src/casedesk/ui/evidence/summary.py" line="32"/>
        <source>Not added: {0}</source>
        <translation>Non ajouté&#xa0;: {0}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/summary.py" line="37"/>
        <source>decode problems</source>
        <translation>problèmes de décodage</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/summary.py" line="41"/>
        <source>Added with problems: {0} — {1}</source>
        <extracomment>A file kept despite problems: {0} the file, {1} what was wrong with it.</extracomment>
        <translation>Ajouté avec des problèmes&#xa0;: {0} — {1}</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/summary.py" line="49"/>
        <source>already in this case</source>
        <translation>déjà dans ce dossier</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/evidence/summary.py" line="53"/>
        <source>Skipped: {0} — {1}</source>
        <extracomment>A file not added again: {0} the file, {1} why.</extracomment>
        <translation>Ignoré&#xa0;: {0} — {1}</translation>
    </message>
</context>
<context>
    <name>tasks</name>
    <message>
        <location filename="../../src/casedesk/ui/tasks.py" line="101"/>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/tasks.py" line="118"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>timeline</name>
    <message>
        <location filename="../../src/casedesk/ui/timeline.py" line="56"/>
        <source>Not a date: “{0}”. Type a year (2021), a month (2024-12), a day (2025-03-14) or a day and time with its time zone (2025-03-16 15:05 Europe/Paris).</source>
        <translation>Date non reconnue&#xa0;: «&#x202f;{0}&#x202f;». Saisissez une année (2021), un mois (2024-12), un jour (2025-03-14) ou un jour et une heure avec le fuseau horaire (2025-03-16 15:05 Europe/Paris).</translation>
    </message>
</context>
<context>
    <name>workflows</name>
    <message>
        <location filename="../../src/casedesk/ui/workflows.py" line="216"/>
        <source>Save report</source>
        <translation>Enregistrer le rapport</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/workflows.py" line="245"/>
        <source>Exporting the report</source>
        <translation>Export du rapport</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/workflows.py" line="263"/>
        <source>Save bundle</source>
        <translation>Enregistrer le paquet</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/workflows.py" line="290"/>
        <source>Exporting the bundle</source>
        <translation>Export du paquet</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/workflows.py" line="303"/>
        <source>Import bundle</source>
        <translation>Importer un paquet</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/workflows.py" line="40"/>
        <source>CaseDesk bundle ({0})</source>
        <translation>Paquet CaseDesk ({0})</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/workflows.py" line="41"/>
        <source>All files ({0})</source>
        <translation>Tous les fichiers ({0})</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/workflows.py" line="46"/>
        <source>PDF documents ({0})</source>
        <translation>Documents PDF ({0})</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/workflows.py" line="336"/>
        <source>Importing the bundle</source>
        <translation>Import du paquet</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/workflows.py" line="346"/>
        <source>Generating the demo evidence…</source>
        <translation>Génération des pièces de démonstration…</translation>
    </message>
    <message>
        <location filename="../../src/casedesk/ui/workflows.py" line="354"/>
        <source>Creating the demo case</source>
        <translation>Création du dossier de démonstration</translation>
    </message>
</context>
</TS>
