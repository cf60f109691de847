<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="fr_FR">
<context>
    <name>Application</name>
    <message>
        <source>Erreur inattendue</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <source>Une erreur inattendue s&apos;est produite. Les réponses déjà saisies sont enregistrées comme brouillon.</source>
        <translation>An unexpected error occurred. The answers already entered are saved as a draft.</translation>
    </message>
    <message>
        <source>Journal : {path}</source>
        <translation>Log: {path}</translation>
    </message>
    <message>
        <source>Base de données inutilisable</source>
        <translation>Unusable database</translation>
    </message>
    <message>
        <source>Base de données endommagée</source>
        <translation>Damaged database</translation>
    </message>
    <message>
        <source>Restauration impossible</source>
        <translation>Cannot restore</translation>
    </message>
    <message>
        <source>Inclusion numérique</source>
        <extracomment>The interface languages, by code, each named in its own language. The language the strings are written in: its file gives only the plural forms. The QSettings key of the user&apos;s choice (the settings dialog writes it). Our translation files are named inclusion_desktop_&lt;code&gt;.qm. Qt strings its French catalogue (qtbase_fr) leaves in English, by context: the file dialog&apos;s « Look in: » and « Files of type: » with their shortcuts, and the kinds of its « Type » column.</extracomment>
        <translation>Digital inclusion</translation>
    </message>
</context>
<context>
    <name>AttachmentEditor</name>
    <message>
        <source>Joindre un fichier…</source>
        <translation>Attach a file…</translation>
    </message>
    <message>
        <source>Retirer</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Images</translation>
    </message>
    <message>
        <source>Sons</source>
        <translation>Sounds</translation>
    </message>
    <message>
        <source>Vidéos</source>
        <translation>Videos</translation>
    </message>
    <message>
        <source>Tous les fichiers (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <source>Joindre un fichier</source>
        <translation>Attach a file</translation>
    </message>
    <message>
        <source>Prendre une photo…</source>
        <translation>Take a photo…</translation>
    </message>
    <message>
        <source>Aucun fichier joint.</source>
        <translation>No file attached.</translation>
    </message>
    <message>
        <source>{name} (fichier absent de ce poste)</source>
        <translation>{name} (file not on this computer)</translation>
    </message>
    <message>
        <source>{name} — {size}</source>
        <translation>{name} — {size}</translation>
    </message>
    <message>
        <source>{n} octets</source>
        <translation>{n} bytes</translation>
    </message>
    <message>
        <source>{n} Ko</source>
        <translation>{n} KB</translation>
    </message>
    <message>
        <source>{n} Mo</source>
        <translation>{n} MB</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <source>Journal d&apos;activité</source>
        <translation>Activity log</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Cible</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Personne</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Ordinateur</source>
        <translation>Computer</translation>
    </message>
    <message>
        <source>Détail</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Filtrer…</source>
        <translation>Filter…</translation>
    </message>
    <message>
        <source>Filtrer le journal</source>
        <translation>Filter the log</translation>
    </message>
    <message>
        <source>Exporter en CSV…</source>
        <translation>Export as CSV…</translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Exporter le journal</source>
        <translation>Export the log</translation>
    </message>
    <message>
        <source>Export impossible : {error}</source>
        <translation>Export failed: {error}</translation>
    </message>
    <message numerus="yes">
        <source>✓ %n ligne(s) écrites dans {path}.</source>
        <translation>
            <numerusform>✓ %n line written to {path}.</numerusform>
            <numerusform>✓ %n lines written to {path}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>questionnaire commencé</source>
        <extracomment>The actions of the audit log (store.audit), as the coordinator reads them.</extracomment>
        <translation>questionnaire started</translation>
    </message>
    <message>
        <source>questionnaire terminé</source>
        <translation>questionnaire finished</translation>
    </message>
    <message>
        <source>questionnaire modifié</source>
        <translation>questionnaire changed</translation>
    </message>
    <message>
        <source>questionnaire supprimé</source>
        <translation>questionnaire deleted</translation>
    </message>
    <message>
        <source>questionnaire vide abandonné</source>
        <translation>empty questionnaire dropped</translation>
    </message>
    <message>
        <source>export</source>
        <translation>export</translation>
    </message>
    <message>
        <source>fusion</source>
        <translation>merge</translation>
    </message>
    <message>
        <source>conflit résolu</source>
        <translation>conflict resolved</translation>
    </message>
    <message>
        <source>double saisie</source>
        <translation>double keying</translation>
    </message>
    <message>
        <source>double saisie vérifiée</source>
        <translation>double keying verified</translation>
    </message>
    <message>
        <source>réglage modifié</source>
        <translation>setting changed</translation>
    </message>
    <message>
        <source>textes libres effacés</source>
        <translation>free-text answers erased</translation>
    </message>
    <message>
        <source>campagne purgée</source>
        <translation>campaign purged</translation>
    </message>
    <message>
        <source>opérateur ajouté ou modifié</source>
        <translation>operator added or changed</translation>
    </message>
    <message>
        <source>code ou mot de passe modifié</source>
        <translation>code or password changed</translation>
    </message>
    <message>
        <source>opérateur bloqué après des essais manqués</source>
        <translation>operator locked after failed attempts</translation>
    </message>
    <message>
        <source>ordinateur enrôlé</source>
        <translation>computer enrolled</translation>
    </message>
    <message>
        <source>fichier importé sans signature</source>
        <translation>file imported without signature</translation>
    </message>
    <message>
        <source>questionnaire importé à vérifier confirmé ou corrigé</source>
        <translation>imported questionnaire to check confirmed or corrected</translation>
    </message>
    <message>
        <source>version de questionnaire XLSForm ajoutée</source>
        <translation>XLSForm questionnaire version added</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <source>{zone}, commencé le {date}</source>
        <translation>{zone}, started on {date}</translation>
    </message>
    <message>
        <source>, papier n° {number}</source>
        <translation>, paper no. {number}</translation>
    </message>
</context>
<context>
    <name>CameraDialog</name>
    <message>
        <source>Prendre une photo</source>
        <translation>Take a photo</translation>
    </message>
    <message>
        <source>Cadrez, puis appuyez sur « Prendre la photo » (Espace ou Entrée).</source>
        <translation>Frame the picture, then press “Take the photo” (Space or Enter).</translation>
    </message>
    <message>
        <source>Prendre la photo</source>
        <translation>Take the photo</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>CampaignPage</name>
    <message>
        <source>Territoire et questionnaire</source>
        <translation>Territory and questionnaire</translation>
    </message>
    <message>
        <source>Ce que cet ordinateur sert à collecter.</source>
        <translation>What this computer is used to collect.</translation>
    </message>
    <message>
        <source>Territoire enquêté</source>
        <translation>Territory surveyed</translation>
    </message>
    <message>
        <source>&amp;Territoire :</source>
        <translation>&amp;Territory:</translation>
    </message>
    <message>
        <source>Territoire</source>
        <translation>Territory</translation>
    </message>
    <message>
        <source>Questionnaire proposé par défaut</source>
        <translation>Default questionnaire</translation>
    </message>
    <message>
        <source>L&apos;écran d&apos;accueil le propose pour chaque nouveau questionnaire ; l&apos;autre reste disponible dans la liste.</source>
        <translation>The home screen offers it for each new questionnaire; the other one stays available in the list.</translation>
    </message>
</context>
<context>
    <name>ChoiceCombo</name>
    <message>
        <source>— Choisir —</source>
        <translation>— Choose —</translation>
    </message>
</context>
<context>
    <name>ClearFreeTextDialog</name>
    <message>
        <source>Effacer les textes libres</source>
        <extracomment>What the clearing removed, once done.</extracomment>
        <translation>Erase free-text answers</translation>
    </message>
    <message>
        <source>Les réponses en texte libre (« Précisez », commentaires…) peuvent contenir un nom, une adresse ou un numéro de téléphone. Les effacer les retire des questionnaires de cet ordinateur, de leur historique et des brouillons ; les autres ordinateurs les perdent à la prochaine fusion de ses exports. Les réponses à choix et le numéro du questionnaire papier sont gardés. L&apos;effacement est définitif.</source>
        <translation>Free-text answers (“Specify”, comments…) may contain a name, an address or a phone number. Erasing them removes them from the questionnaires on this computer, from their history and from the drafts; the other computers lose them at the next merge of its exports. Choice answers and the paper questionnaire number are kept. Erasing cannot be undone.</translation>
    </message>
    <message>
        <source>Recherche des textes libres…</source>
        <translation>Looking for free-text answers…</translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Aucune réponse en texte libre : rien à effacer.</source>
        <translation>No free-text answers: nothing to erase.</translation>
    </message>
    <message>
        <source>{answers} dans {questionnaires}, plus {history} à nettoyer.</source>
        <translation>{answers} in {questionnaires}, plus {history} to clean.</translation>
    </message>
    <message numerus="yes">
        <source>%n réponse(s) en texte libre</source>
        <translation>
            <numerusform>%n free-text answer</numerusform>
            <numerusform>%n free-text answers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n questionnaire(s)</source>
        <translation>
            <numerusform>%n questionnaire</numerusform>
            <numerusform>%n questionnaires</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n version(s) de l&apos;historique</source>
        <translation>
            <numerusform>%n version of the history</numerusform>
            <numerusform>%n versions of the history</numerusform>
        </translation>
    </message>
    <message>
        <source>Effacer définitivement {answers} de {questionnaires} ?</source>
        <translation>Permanently erase {answers} from {questionnaires}?</translation>
    </message>
    <message>
        <source>✓ {answers} dans {questionnaires}. Les sauvegardes faites avant les contiennent encore.</source>
        <translation>✓ {answers} in {questionnaires}. Backups made before still contain them.</translation>
    </message>
    <message numerus="yes">
        <source>%n réponse(s) en texte libre effacée(s)</source>
        <translation>
            <numerusform>%n free-text answer erased</numerusform>
            <numerusform>%n free-text answers erased</numerusform>
        </translation>
    </message>
    <message>
        <source>Effacement et compactage de la base…</source>
        <translation>Erasing and compacting the database…</translation>
    </message>
    <message>
        <source>Il ne reste aucune réponse en texte libre.</source>
        <translation>No free-text answers are left.</translation>
    </message>
    <message>
        <source>Effacement impossible : {reason}</source>
        <translation>Cannot erase: {reason}</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Conflits à résoudre</source>
        <extracomment>Who resolves: the coordinator who unlocked the action, else the home screen&apos;s operator; None (nobody chosen) refuses to resolve rather than sign for someone.</extracomment>
        <translation>Conflicts to resolve</translation>
    </message>
    <message>
        <source>Ces questionnaires ont été modifiés différemment sur deux ordinateurs. Les réponses qui diffèrent sont surlignées. Gardez une version, ou choisissez question par question dans la colonne « Version retenue ».</source>
        <translation>These questionnaires were changed differently on two computers. The answers that differ are highlighted. Keep one version, or choose question by question in the “Version kept” column.</translation>
    </message>
    <message>
        <source>Réponses des deux versions</source>
        <translation>Answers of both versions</translation>
    </message>
    <message>
        <source>Questionnaires en conflit</source>
        <translation>Questionnaires in conflict</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Version {letter}</source>
        <translation>Version {letter}</translation>
    </message>
    <message>
        <source>Version retenue</source>
        <translation>Version kept</translation>
    </message>
    <message>
        <source>Version {letter} (supprimé)</source>
        <translation>Version {letter} (deleted)</translation>
    </message>
    <message>
        <source>saisie sur cet ordinateur</source>
        <translation>entered on this computer</translation>
    </message>
    <message>
        <source>fichier {name}</source>
        <translation>file {name}</translation>
    </message>
    <message>
        <source>fichier inconnu</source>
        <translation>unknown file</translation>
    </message>
    <message>
        <source>Garder la version {letter}</source>
        <translation>Keep version {letter}</translation>
    </message>
    <message>
        <source>Enregistrer la version retenue</source>
        <translation>Save the version kept</translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Aucun conflit : toutes les versions concordent.</source>
        <translation>No conflicts: all versions agree.</translation>
    </message>
    <message numerus="yes">
        <source>%n réponse(s) diffèrent.</source>
        <translation>
            <numerusform>%n answer differs.</numerusform>
            <numerusform>%n answers differ.</numerusform>
        </translation>
    </message>
    <message>
        <source>Les valeurs calculées ({names}) sont recalculées à l&apos;enregistrement.</source>
        <translation>Calculated values ({names}) are recalculated when saved.</translation>
    </message>
    <message>
        <source>Conflit non résolu</source>
        <translation>Conflict not resolved</translation>
    </message>
</context>
<context>
    <name>DashboardDialog</name>
    <message>
        <source>Indicateur</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>IC à 95 %</source>
        <translation>95 % CI</translation>
    </message>
    <message>
        <source>Comparaison</source>
        <translation>Comparison</translation>
    </message>
    <message>
        <source>Tableau de bord</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Quartier :</source>
        <translation>Neighbourhood:</translation>
    </message>
    <message>
        <source>Calcul des indicateurs…</source>
        <translation>Computing the indicators…</translation>
    </message>
    <message>
        <source>* moins de 30 répondants : à interpréter avec prudence ; « masqué » : moins de 5.</source>
        <translation>* fewer than 30 respondents: interpret with caution; “masked”: fewer than 5.</translation>
    </message>
    <message>
        <source>Indicateurs indisponibles : {error}</source>
        <translation>Indicators unavailable: {error}</translation>
    </message>
    <message>
        <source>Ensemble du territoire</source>
        <translation>Whole territory</translation>
    </message>
    <message>
        <source>Comparaison : {sources}.</source>
        <translation>Comparison: {sources}.</translation>
    </message>
    <message numerus="yes">
        <source>%n répondant(s) au plus par indicateur. Pourcentages redressés par âge (INSEE RP2020), intervalles de confiance à 95 %.</source>
        <translation>
            <numerusform>At most %n respondent per indicator. Percentages weighted by age (INSEE census 2020), 95 % confidence intervals.</numerusform>
            <numerusform>At most %n respondents per indicator. Percentages weighted by age (INSEE census 2020), 95 % confidence intervals.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DataExportDialog</name>
    <message>
        <source>Exporter les réponses (tableau)</source>
        <extracomment>What the last export wrote.</extracomment>
        <translation>Export the answers (table)</translation>
    </message>
    <message>
        <source>Une ligne par questionnaire terminé, avec les colonnes nommées comme dans KoboToolbox, pour un tableur, R ou Stata. Les groupes répétés vont dans d&apos;autres feuilles du classeur, ou dans des fichiers à côté du premier.</source>
        <translation>One row per completed questionnaire, with columns named as in KoboToolbox, for a spreadsheet, R or Stata. Repeat groups go to other sheets of the workbook, or to files next to the first one.</translation>
    </message>
    <message>
        <source>⚠ Ce fichier contient toutes les réponses, textes libres compris : quiconque l&apos;obtient peut les lire. Rangez-le en lieu sûr et ne l&apos;envoyez pas sans protection.</source>
        <translation>⚠ This file holds every answer, free texts included: anyone who gets it can read them. Keep it somewhere safe and do not send it unprotected.</translation>
    </message>
    <message>
        <source>Format :</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Dossier :</source>
        <translation>Folder:</translation>
    </message>
    <message>
        <source>Dossier du tableau</source>
        <translation>Folder of the table</translation>
    </message>
    <message>
        <source>Codes des réponses (sans libellés)</source>
        <translation>Answer codes (no labels)</translation>
    </message>
    <message>
        <source>Libellés : {language}</source>
        <translation>Labels: {language}</translation>
    </message>
    <message>
        <source>Réponses :</source>
        <translation>Answers:</translation>
    </message>
    <message>
        <source>Exporter</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Ouvrir le dossier</source>
        <translation>Open the folder</translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Choisissez un dossier.</source>
        <translation>Choose a folder.</translation>
    </message>
    <message>
        <source>Dossier impossible à créer : {error}</source>
        <translation>Cannot create the folder: {error}</translation>
    </message>
    <message>
        <source>Écriture du tableau…</source>
        <translation>Writing the table…</translation>
    </message>
    <message numerus="yes">
        <source>✓ %n questionnaire(s) écrits dans {file}.</source>
        <translation>
            <numerusform>✓ %n questionnaire written to {file}.</numerusform>
            <numerusform>✓ %n questionnaires written to {file}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Répétition « {name} » : %n ligne(s) dans {file}.</source>
        <translation>
            <numerusform>Repeat “{name}”: %n row in {file}.</numerusform>
            <numerusform>Repeat “{name}”: %n rows in {file}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Répétition « {name} » : %n ligne(s), feuille du classeur.</source>
        <translation>
            <numerusform>Repeat “{name}”: %n row, sheet of the workbook.</numerusform>
            <numerusform>Repeat “{name}”: %n rows, sheet of the workbook.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dossier : {folder}</source>
        <translation>Folder: {folder}</translation>
    </message>
    <message>
        <source>Export impossible : {reason}</source>
        <translation>Export failed: {reason}</translation>
    </message>
</context>
<context>
    <name>DataImportDialog</name>
    <message>
        <source>Importer des données (Kobo, ODK)</source>
        <translation>Import data (Kobo, ODK)</translation>
    </message>
    <message>
        <source>Importe un export de KoboToolbox ou d&apos;ODK Central (CSV ou Excel) avec le formulaire XLSForm qui a servi à le collecter. Les questionnaires déjà présents (même identifiant) sont ignorés ; tout est importé en une fois, ou rien.</source>
        <translation>Imports a KoboToolbox or ODK Central export (CSV or Excel) with the XLSForm it was collected with. Questionnaires already here (same identifier) are skipped; everything is imported at once, or nothing.</translation>
    </message>
    <message>
        <source>formulaire .xlsx de l&apos;enquête</source>
        <translation>the survey&apos;s .xlsx form</translation>
    </message>
    <message>
        <source>Formulaire XLSForm :</source>
        <translation>XLSForm:</translation>
    </message>
    <message>
        <source>Formulaire XLSForm</source>
        <translation>XLSForm</translation>
    </message>
    <message>
        <source>Formulaires XLSForm (*.xlsx *.xls);;Tous les fichiers (*)</source>
        <translation>XLSForms (*.xlsx *.xls);;All files (*)</translation>
    </message>
    <message>
        <source>export .csv ou .xlsx</source>
        <translation>.csv or .xlsx export</translation>
    </message>
    <message>
        <source>Données :</source>
        <translation>Data:</translation>
    </message>
    <message>
        <source>Fichier de données</source>
        <translation>Data file</translation>
    </message>
    <message>
        <source>Ajouter…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <source>Retirer</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Répétitions :</source>
        <translation>Repeats:</translation>
    </message>
    <message>
        <source>Facultatif : les fichiers des groupes répétés. Les feuilles d&apos;un classeur et les fichiers voisins nommés « données-groupe.csv » sont trouvés sans aide.</source>
        <translation>Optional: the files of the repeat groups. The sheets of a workbook and the files beside it named “data-group.csv” are found without help.</translation>
    </message>
    <message>
        <source>Aucune</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Zone à donner :</source>
        <translation>Zone to assign:</translation>
    </message>
    <message>
        <source>Importer aussi les lignes refusées</source>
        <translation>Also import the refused rows</translation>
    </message>
    <message>
        <source>Les lignes que le questionnaire refuse sont alors importées « à vérifier ».</source>
        <translation>The rows the questionnaire refuses are then imported “to check”.</translation>
    </message>
    <message>
        <source>Sans cette case, une seule ligne refusée (type, contrainte, choix inconnu, réponse obligatoire…) fait refuser tout l&apos;import. Avec elle, ces lignes sont importées mais restent hors de tous les chiffres jusqu&apos;à leur correction ou leur confirmation par un·e coordinateur·rice.</source>
        <translation>Without this box, a single refused row (type, constraint, unknown choice, required answer…) refuses the whole import. With it, those rows are imported but stay out of every figure until a coordinator corrects or confirms them.</translation>
    </message>
    <message>
        <source>Importer</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Exports (*.csv *.xlsx *.xls);;Tous les fichiers (*)</source>
        <translation>Exports (*.csv *.xlsx *.xls);;All files (*)</translation>
    </message>
    <message>
        <source>Fichiers des groupes répétés</source>
        <translation>Files of the repeat groups</translation>
    </message>
    <message>
        <source>Choisissez le formulaire XLSForm (un fichier qui existe).</source>
        <translation>Choose the XLSForm (a file that exists).</translation>
    </message>
    <message>
        <source>Choisissez le fichier de données (un fichier qui existe).</source>
        <translation>Choose the data file (a file that exists).</translation>
    </message>
    <message>
        <source>Lecture et import des données…</source>
        <translation>Reading and importing the data…</translation>
    </message>
    <message numerus="yes">
        <source>✓ %n questionnaire(s) importé(s)</source>
        <translation>
            <numerusform>✓ %n questionnaire imported</numerusform>
            <numerusform>✓ %n questionnaires imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n déjà présent(s) ignoré(s)</source>
        <translation>
            <numerusform>, %n already here skipped</numerusform>
            <numerusform>, %n already here skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n ligne(s) sans identifiant ignorée(s)</source>
        <translation>
            <numerusform>, %n row without identifier skipped</numerusform>
            <numerusform>, %n rows without identifier skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Répétition « {name} » : %n ligne(s) rattachée(s).</source>
        <translation>
            <numerusform>Repeat “{name}”: %n row attached.</numerusform>
            <numerusform>Repeat “{name}”: %n rows attached.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ligne(s) de répétition sans questionnaire parent, non importée(s).</source>
        <translation>
            <numerusform>%n repeat row without a parent questionnaire, not imported.</numerusform>
            <numerusform>%n repeat rows without a parent questionnaire, not imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Colonnes ignorées (%n) :</source>
        <translation>
            <numerusform>Ignored column (%n):</numerusform>
            <numerusform>Ignored columns (%n):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n questionnaire(s) « à vérifier », hors des chiffres jusqu&apos;à correction ou confirmation :</source>
        <translation>
            <numerusform>%n questionnaire “to check”, out of the figures until corrected or confirmed:</numerusform>
            <numerusform>%n questionnaires “to check”, out of the figures until corrected or confirmed:</numerusform>
        </translation>
    </message>
    <message>
        <source>Avertissements :</source>
        <translation>Warnings:</translation>
    </message>
    <message>
        <source>Import refusé : {reason} Aucun questionnaire n&apos;a été importé.</source>
        <translation>Import refused: {reason} No questionnaire was imported.</translation>
    </message>
</context>
<context>
    <name>DevicePage</name>
    <message>
        <source>Ordinateur</source>
        <translation>Computer</translation>
    </message>
    <message>
        <source>Donnez un nom à cet ordinateur.</source>
        <translation>Give this computer a name.</translation>
    </message>
    <message>
        <source>Ce nom accompagne chaque questionnaire et chaque ligne du journal d&apos;activité : lors de la fusion des exports, la coordination sait de quel ordinateur ils viennent.</source>
        <translation>This name goes with every questionnaire and every line of the activity log: when exports are merged, the coordinators know which computer they come from.</translation>
    </message>
    <message>
        <source>&amp;Nom de cet ordinateur :</source>
        <translation>&amp;Name of this computer:</translation>
    </message>
    <message>
        <source>ex. Portable médiation 3</source>
        <translation>e.g. Mediation laptop 3</translation>
    </message>
    <message>
        <source>Obligatoire. Choisissez un nom que l&apos;équipe reconnaît, différent pour chaque ordinateur ; il pourra être changé dans les réglages.</source>
        <translation>Required. Choose a name the team recognises, different for each computer; it can be changed in the settings.</translation>
    </message>
</context>
<context>
    <name>Discrepancies</name>
    <message>
        <source>{repeat} n° {number}</source>
        <extracomment>How the double-entry discrepancy lists name an answer inside repeats (keying.discrepancy_label).</extracomment>
        <translation>{repeat} no. {number}</translation>
    </message>
    <message>
        <source>{place} : {question}</source>
        <translation>{place}: {question}</translation>
    </message>
    <message>
        <source>{place} : nombre de répétitions</source>
        <translation>{place}: number of repetitions</translation>
    </message>
</context>
<context>
    <name>DiscrepancyDialog</name>
    <message>
        <source>(vide)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>Double saisie — questionnaire papier n° {number}</source>
        <translation>Double keying — paper questionnaire no. {number}</translation>
    </message>
    <message numerus="yes">
        <source>%n réponse(s) saisie(s) différemment. Reprenez le questionnaire papier et choisissez, pour chacune, la valeur qui y est écrite.</source>
        <translation>
            <numerusform>%n answer was keyed differently. Take the paper questionnaire and choose the value written on it.</numerusform>
            <numerusform>%n answers were keyed differently. Take the paper questionnaire and choose, for each one, the value written on it.</numerusform>
        </translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>1ʳᵉ saisie</source>
        <translation>1st keying</translation>
    </message>
    <message>
        <source>2ᵉ saisie</source>
        <translation>2nd keying</translation>
    </message>
    <message>
        <source>Valeur du papier</source>
        <translation>Value on paper</translation>
    </message>
    <message>
        <source>— à choisir —</source>
        <translation>— to choose —</translation>
    </message>
    <message>
        <source>1ʳᵉ : {value}</source>
        <translation>1st: {value}</translation>
    </message>
    <message>
        <source>2ᵉ : {value}</source>
        <translation>2nd: {value}</translation>
    </message>
    <message>
        <source>Valider la version vérifiée</source>
        <translation>Confirm the verified version</translation>
    </message>
    <message>
        <source>Plus tard</source>
        <translation>Later</translation>
    </message>
    <message>
        <source>Vérification non enregistrée</source>
        <translation>Verification not saved</translation>
    </message>
</context>
<context>
    <name>DoubleEntryDialog</name>
    <message>
        <source>Tous les questionnaires</source>
        <translation>All questionnaires</translation>
    </message>
    <message>
        <source>1 sur 2</source>
        <translation>1 in 2</translation>
    </message>
    <message>
        <source>1 sur 5</source>
        <translation>1 in 5</translation>
    </message>
    <message>
        <source>1 sur 10</source>
        <translation>1 in 10</translation>
    </message>
    <message>
        <source>Aucun (pas de double saisie)</source>
        <translation>None (no double keying)</translation>
    </message>
    <message>
        <source>Double saisie des questionnaires papier</source>
        <translation>Double keying of paper questionnaires</translation>
    </message>
    <message>
        <source>Questionnaires à saisir deux fois :</source>
        <translation>Questionnaires to key twice:</translation>
    </message>
    <message>
        <source>Tirés au sort pour une deuxième saisie, à l&apos;aveugle, de préférence par une autre personne :</source>
        <translation>Drawn for a second, blind keying, preferably by another person:</translation>
    </message>
    <message>
        <source>Ressaisir le questionnaire choisi</source>
        <translation>Key the chosen questionnaire again</translation>
    </message>
    <message>
        <source>À ressaisir</source>
        <translation>To key again</translation>
    </message>
    <message>
        <source>Vérifier les écarts…</source>
        <translation>Check the discrepancies…</translation>
    </message>
    <message>
        <source>Écarts à vérifier</source>
        <translation>Discrepancies to check</translation>
    </message>
    <message>
        <source>Réservé à la coordination : le rapport s&apos;affiche une fois le mot de passe d&apos;un coordinateur ou d&apos;une coordinatrice donné.</source>
        <translation>Coordination only: the report is shown once a coordinator has given their password.</translation>
    </message>
    <message>
        <source>Enquêteur·rice</source>
        <translation>Interviewer</translation>
    </message>
    <message>
        <source>Écarts par questionnaire</source>
        <translation>Discrepancies per questionnaire</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Par personne :</source>
        <translation>By person:</translation>
    </message>
    <message>
        <source>Par question :</source>
        <translation>By question:</translation>
    </message>
    <message>
        <source>Rapport</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>Saisis</source>
        <translation>Keyed</translation>
    </message>
    <message>
        <source>Vérifiés</source>
        <translation>Verified</translation>
    </message>
    <message>
        <source>Écarts</source>
        <translation>Discrepancies</translation>
    </message>
    <message>
        <source>Double saisie</source>
        <translation>Double keying</translation>
    </message>
    <message>
        <source>Taux d&apos;écart</source>
        <translation>Discrepancy rate</translation>
    </message>
    <message>
        <source>Questionnaire papier n° {number}</source>
        <translation>Paper questionnaire no. {number}</translation>
    </message>
    <message>
        <source> — commencée, à reprendre</source>
        <translation> — started, to be resumed</translation>
    </message>
    <message>
        <source>Aucun questionnaire à ressaisir pour l&apos;instant.</source>
        <translation>No questionnaire to key again for now.</translation>
    </message>
    <message numerus="yes">
        <source>n° {number} — %n écart(s), ressaisi par {name}</source>
        <translation>
            <numerusform>no. {number} — %n discrepancy, keyed again by {name}</numerusform>
            <numerusform>no. {number} — %n discrepancies, keyed again by {name}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Exporter les questionnaires</source>
        <extracomment>The verified export file, once written.</extracomment>
        <translation>Export the questionnaires</translation>
    </message>
    <message>
        <source>Le fichier d&apos;export contient les questionnaires de cet ordinateur, avec tout leur historique. Il est relu et vérifié avant que vous retiriez la clé.</source>
        <translation>The export file holds this computer&apos;s questionnaires, with their whole history. It is read back and checked before you remove the key.</translation>
    </message>
    <message numerus="yes">
        <source>Les brouillons ne sont pas exportés : terminez-les d&apos;abord. %n brouillon(s) sur cet ordinateur.</source>
        <translation>
            <numerusform>Drafts are not exported: finish them first. %n draft on this computer.</numerusform>
            <numerusform>Drafts are not exported: finish them first. %n drafts on this computer.</numerusform>
        </translation>
    </message>
    <message>
        <source>dossier de la clé USB</source>
        <translation>folder on the USB key</translation>
    </message>
    <message>
        <source>Dossier :</source>
        <translation>Folder:</translation>
    </message>
    <message>
        <source>Dossier d&apos;export</source>
        <translation>Export folder</translation>
    </message>
    <message>
        <source>Seulement ce qui n&apos;a pas encore été exporté</source>
        <translation>Only what has not been exported yet</translation>
    </message>
    <message>
        <source>facultative : chiffre le fichier (AES-256)</source>
        <translation>optional: encrypts the file (AES-256)</translation>
    </message>
    <message>
        <source>Phrase de passe :</source>
        <translation>Passphrase:</translation>
    </message>
    <message>
        <source>Exporter</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Choisissez un dossier qui existe (la clé est-elle branchée ?).</source>
        <translation>Choose a folder that exists (is the key plugged in?).</translation>
    </message>
    <message>
        <source>Écriture et vérification du fichier…</source>
        <translation>Writing and checking the file…</translation>
    </message>
    <message>
        <source>✓ Export vérifié : {file} — {submissions}, {revisions}, chiffré. Vous pouvez retirer la clé.</source>
        <translation>✓ Export checked: {file} — {submissions}, {revisions}, encrypted. You can remove the key.</translation>
    </message>
    <message>
        <source>✓ Export vérifié : {file} — {submissions}, {revisions}. Vous pouvez retirer la clé.</source>
        <translation>✓ Export checked: {file} — {submissions}, {revisions}. You can remove the key.</translation>
    </message>
    <message numerus="yes">
        <source>%n questionnaire(s)</source>
        <translation>
            <numerusform>%n questionnaire</numerusform>
            <numerusform>%n questionnaires</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n version(s)</source>
        <translation>
            <numerusform>%n version</numerusform>
            <numerusform>%n versions</numerusform>
        </translation>
    </message>
    <message>
        <source>Export impossible : {reason} Aucun fichier incomplet n&apos;a été laissé.</source>
        <translation>Export failed: {reason} No incomplete file was left behind.</translation>
    </message>
</context>
<context>
    <name>ExportFolderPage</name>
    <message>
        <source>Dossier des exports</source>
        <translation>Exports folder</translation>
    </message>
    <message>
        <source>Où l&apos;export des questionnaires écrit ses fichiers.</source>
        <translation>Where the questionnaire export writes its files.</translation>
    </message>
    <message>
        <source>La fenêtre d&apos;export s&apos;ouvre sur ce dossier. Pour remettre les fichiers à la coordination sur une clé USB, choisissez la clé au moment d&apos;exporter.</source>
        <translation>The export window opens on this folder. To hand the files to the coordinators on a USB key, choose the key when exporting.</translation>
    </message>
    <message>
        <source>&amp;Dossier :</source>
        <translation>&amp;Folder:</translation>
    </message>
    <message>
        <source>C&amp;hoisir…</source>
        <translation>C&amp;hoose…</translation>
    </message>
    <message>
        <source>Le dossier est créé s&apos;il n&apos;existe pas encore.</source>
        <translation>The folder is created if it does not exist yet.</translation>
    </message>
    <message>
        <source>Récapitulatif : « Terminer » enregistre</source>
        <translation>Summary: “Finish” saves</translation>
    </message>
    <message>
        <source>Ce dossier ne peut pas être créé : {error}</source>
        <translation>This folder cannot be created: {error}</translation>
    </message>
</context>
<context>
    <name>FieldFormView</name>
    <message>
        <source>Langue du questionnaire</source>
        <extracomment>Seconds during which Enter is ignored once the review is on screen. Writing systems read right to left, by ISO 639-1 code. Below this height (a 1024×600 screen) pages take the compact style: the consent text and its answers fit without scrolling.</extracomment>
        <translation>Questionnaire language</translation>
    </message>
    <message>
        <source>Langue des questions :</source>
        <translation>Language of the questions:</translation>
    </message>
    <message>
        <source>Fermer (brouillon gardé)</source>
        <translation>Close (draft kept)</translation>
    </message>
    <message>
        <source>Le questionnaire reste enregistré comme brouillon (Échap)</source>
        <translation>The questionnaire stays saved as a draft (Esc)</translation>
    </message>
    <message>
        <source>← Précédent</source>
        <translation>← Previous</translation>
    </message>
    <message>
        <source>Flèche gauche ou Alt+←</source>
        <translation>Left arrow or Alt+←</translation>
    </message>
    <message>
        <source>Terminer et enregistrer</source>
        <translation>Finish and save</translation>
    </message>
    <message>
        <source>Suivant →</source>
        <translation>Next →</translation>
    </message>
    <message>
        <source>Entrée, flèche droite ou Alt+→</source>
        <translation>Enter, right arrow or Alt+→</translation>
    </message>
    <message>
        <source>Retire ce bloc ajouté par erreur et ses réponses (Ctrl+Suppr)</source>
        <translation>Removes this block added by mistake, and its answers (Ctrl+Del)</translation>
    </message>
    <message>
        <source>↩ Retour à la relecture</source>
        <translation>↩ Back to the review</translation>
    </message>
    <message>
        <source>Revenir à la relecture une fois la réponse corrigée</source>
        <translation>Go back to the review once the answer is corrected</translation>
    </message>
    <message>
        <source>Relecture</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>Page {page} · {percent} %</source>
        <translation>Page {page} · {percent} %</translation>
    </message>
    <message>
        <source> du {group} n° {number}</source>
        <translation> of {group} no. {number}</translation>
    </message>
    <message>
        <source>{group} — n° {number}</source>
        <translation>{group} — no. {number}</translation>
    </message>
    <message>
        <source>À propos de « {question} » — réponse : {answer}</source>
        <translation>About “{question}” — answer: {answer}</translation>
    </message>
    <message numerus="yes">
        <source>« {name} » : %n saisi(s). En ajouter un autre ?</source>
        <translation>
            <numerusform>“{name}”: %n entered. Add another one?</numerusform>
            <numerusform>“{name}”: %n entered. Add another one?</numerusform>
        </translation>
    </message>
    <message>
        <source>« {name} » : aucun saisi pour l&apos;instant. En ajouter un ?</source>
        <translation>“{name}”: none entered yet. Add one?</translation>
    </message>
    <message>
        <source>Oui, ajouter</source>
        <translation>Yes, add</translation>
    </message>
    <message>
        <source>Non, continuer</source>
        <translation>No, continue</translation>
    </message>
    <message>
        <source>Retirer « {name} » n° {number}</source>
        <translation>Remove “{name}” no. {number}</translation>
    </message>
    <message>
        <source>Retirer cette répétition ?</source>
        <translation>Remove this repetition?</translation>
    </message>
    <message>
        <source>Retirer « {name} » n° {number} et toutes ses réponses ? Les autres sont gardés.</source>
        <translation>Remove “{name}” no. {number} and all its answers? The others are kept.</translation>
    </message>
    <message>
        <source>Retirer</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Relecture avant d&apos;enregistrer</source>
        <translation>Review before saving</translation>
    </message>
    <message>
        <source>Vérifiez les réponses avec la personne. Double-cliquez sur une ligne pour la modifier.</source>
        <translation>Check the answers with the person. Double-click a row to change it.</translation>
    </message>
    <message numerus="yes">
        <source>%n réponse(s) à compléter ou corriger (en rouge).</source>
        <translation>
            <numerusform>%n answer to complete or correct (in red).</numerusform>
            <numerusform>%n answers to complete or correct (in red).</numerusform>
        </translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Réponse</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>Oui</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Supprimer des répétitions déjà remplies ?</source>
        <translation>Delete repetitions already filled in?</translation>
    </message>
    <message>
        <source>Le nombre indiqué est plus petit que le nombre de répétitions déjà remplies : {names}. Supprimer les dernières ? Sinon, corrigez le nombre.</source>
        <translation>The number given is smaller than the number of repetitions already filled in: {names}. Delete the last ones? Otherwise, correct the number.</translation>
    </message>
</context>
<context>
    <name>FieldworkView</name>
    <message>
        <source>Terrain : quotas par quartier</source>
        <translation>Fieldwork: quotas by neighbourhood</translation>
    </message>
    <message>
        <source>Questionnaires terminés (avec accord) de cet ordinateur et de ceux déjà fusionnés, par tranche d&apos;âge et sexe, face aux objectifs tirés de la population.</source>
        <translation>Finished questionnaires (with consent) from this computer and those already merged, by age group and sex, against the targets drawn from the population.</translation>
    </message>
    <message>
        <source>Quartier :</source>
        <translation>Neighbourhood:</translation>
    </message>
    <message>
        <source>Suivi de terrain (PDF)…</source>
        <translation>Fieldwork follow-up (PDF)…</translation>
    </message>
    <message>
        <source>Objectifs (coordination)</source>
        <translation>Targets (coordination)</translation>
    </message>
    <message>
        <source>Enregistrer les objectifs</source>
        <translation>Save the targets</translation>
    </message>
    <message>
        <source>questionnaires prévus :</source>
        <translation>questionnaires planned:</translation>
    </message>
    <message numerus="yes">
        <source>Déroulement : {total} questionnaires commencés, {complete} terminés, {refused} refus, {abandoned} abandons ; durée médiane {median} ; %n entretien(s) trop court(s) à vérifier.</source>
        <translation>
            <numerusform>Progress: {total} questionnaires started, {complete} finished, {refused} refusals, {abandoned} abandoned; median duration {median}; %n interview too short to check.</numerusform>
            <numerusform>Progress: {total} questionnaires started, {complete} finished, {refused} refusals, {abandoned} abandoned; median duration {median}; %n interviews too short to check.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tous les quartiers</source>
        <translation>All neighbourhoods</translation>
    </message>
    <message>
        <source>Aucun objectif pour l&apos;instant : la coordination les fixe ci-dessous, ou ils arrivent avec la prochaine fusion.</source>
        <translation>No targets yet: coordinators set them below, or they arrive with the next merge.</translation>
    </message>
    <message>
        <source>objectifs atteints à {zone}</source>
        <translation>targets reached in {zone}</translation>
    </message>
    <message>
        <source>{done} questionnaires sur {planned} prévus</source>
        <translation>{done} questionnaires of {planned} planned</translation>
    </message>
    <message>
        <source>Objectifs enregistrés pour {zone} : {n} questionnaires.</source>
        <translation>Targets saved for {zone}: {n} questionnaires.</translation>
    </message>
    <message>
        <source>Objectif modifié à {zone} : {n} questionnaires prévus.</source>
        <translation>Target changed in {zone}: {n} questionnaires planned.</translation>
    </message>
    <message>
        <source>Enregistrer le suivi de terrain</source>
        <translation>Save the fieldwork follow-up</translation>
    </message>
    <message>
        <source>Suivi de terrain écrit dans {path}.</source>
        <translation>Fieldwork follow-up written to {path}.</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>{communes} communes ({names}) ; {count} quartiers dans les listes.</source>
        <extracomment>The interface languages, each named in its own language. Form titles when the store holds no questionnaire yet. A PIN: digits only, 4 to 8 of them.</extracomment>
        <translation>{communes} municipalities ({names}); {count} neighbourhoods in the lists.</translation>
    </message>
    <message>
        <source>Au moins {n} caractères.</source>
        <translation>At least {n} characters.</translation>
    </message>
    <message>
        <source>Pas d&apos;espace au début ni à la fin.</source>
        <translation>No space at the start or the end.</translation>
    </message>
    <message>
        <source>Les deux saisies sont différentes.</source>
        <translation>The two entries are different.</translation>
    </message>
    <message>
        <source>Bienvenue — premier lancement</source>
        <translation>Welcome — first start</translation>
    </message>
    <message>
        <source>&lt; &amp;Précédent</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <source>&amp;Suivant &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <source>&amp;Terminer</source>
        <translation>&amp;Finish</translation>
    </message>
    <message>
        <source>&amp;Quitter</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>{name}, avec mot de passe</source>
        <translation>{name}, with password</translation>
    </message>
    <message>
        <source>aucun</source>
        <translation>none</translation>
    </message>
    <message>
        <source>oui</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>non</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Langue : {value}</source>
        <translation>Language: {value}</translation>
    </message>
    <message>
        <source>Ordinateur : {value}</source>
        <translation>Computer: {value}</translation>
    </message>
    <message>
        <source>Coordination : {value}</source>
        <translation>Coordinator: {value}</translation>
    </message>
    <message>
        <source>Médiateurs : {value}</source>
        <translation>Mediators: {value}</translation>
    </message>
    <message>
        <source>Territoire : {value}</source>
        <translation>Territory: {value}</translation>
    </message>
    <message>
        <source>Questionnaire : {value}</source>
        <translation>Questionnaire: {value}</translation>
    </message>
    <message>
        <source>Exports chiffrés : {value}</source>
        <translation>Encrypted exports: {value}</translation>
    </message>
    <message>
        <source>Quitter l&apos;assistant ?</source>
        <translation>Quit the assistant?</translation>
    </message>
    <message>
        <source>Rien de ce qui a été saisi n&apos;est gardé et l&apos;application se ferme ; l&apos;assistant reviendra au prochain lancement.

Quitter quand même ?</source>
        <translation>Nothing entered is kept and the application closes; the assistant will come back at the next start.

Quit anyway?</translation>
    </message>
    <message>
        <source>Enregistrement impossible</source>
        <translation>Cannot save</translation>
    </message>
</context>
<context>
    <name>FormRegisterDialog</name>
    <message>
        <source>Ajouter un questionnaire</source>
        <translation>Add a questionnaire</translation>
    </message>
    <message>
        <source>Ajoute un questionnaire XLSForm (ODK, KoboToolbox) à la base, avec ses fichiers (listes de choix CSV, tables de pulldata, images). Ils voyagent ensuite avec lui dans les fichiers d&apos;export. Ajouter deux fois le même fichier ne change rien.</source>
        <translation>Adds an XLSForm questionnaire (ODK, KoboToolbox) to the database, with its files (CSV choice lists, pulldata tables, images). They then travel with it in export files. Adding the same file twice changes nothing.</translation>
    </message>
    <message>
        <source>formulaire .xlsx</source>
        <translation>.xlsx form</translation>
    </message>
    <message>
        <source>Formulaire XLSForm :</source>
        <translation>XLSForm:</translation>
    </message>
    <message>
        <source>facultatif : dossier « nom-media » à côté</source>
        <translation>optional: the “name-media” folder beside it</translation>
    </message>
    <message>
        <source>Fichiers joints :</source>
        <translation>Attached files:</translation>
    </message>
    <message>
        <source>Dossier des fichiers du formulaire</source>
        <translation>Folder of the form&apos;s files</translation>
    </message>
    <message>
        <source>Ajouter</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Formulaire XLSForm</source>
        <translation>XLSForm</translation>
    </message>
    <message>
        <source>Formulaires XLSForm (*.xlsx *.xls);;Tous les fichiers (*)</source>
        <translation>XLSForms (*.xlsx *.xls);;All files (*)</translation>
    </message>
    <message>
        <source>Choisissez le formulaire XLSForm (un fichier qui existe).</source>
        <translation>Choose the XLSForm (a file that exists).</translation>
    </message>
    <message>
        <source>Lecture et vérification du questionnaire…</source>
        <translation>Reading and checking the questionnaire…</translation>
    </message>
    <message numerus="yes">
        <source>✓ Questionnaire « {title} » (version {version}) ajouté, avec %n fichier(s) joint(s). Il est choisi à l&apos;accueil.</source>
        <translation>
            <numerusform>✓ Questionnaire “{title}” (version {version}) added, with %n attached file. It is selected on the home screen.</numerusform>
            <numerusform>✓ Questionnaire “{title}” (version {version}) added, with %n attached files. It is selected on the home screen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>✓ Questionnaire « {title} » (version {version}) déjà enregistré : %n fichier(s) joint(s) ajouté(s).</source>
        <translation>
            <numerusform>✓ Questionnaire “{title}” (version {version}) already registered: %n attached file added.</numerusform>
            <numerusform>✓ Questionnaire “{title}” (version {version}) already registered: %n attached files added.</numerusform>
        </translation>
    </message>
    <message>
        <source>✓ Questionnaire « {title} » (version {version}) déjà enregistré : rien n&apos;a changé.</source>
        <translation>✓ Questionnaire “{title}” (version {version}) already registered: nothing changed.</translation>
    </message>
    <message>
        <source>Une autre version enregistrée de ce questionnaire porte la même version « {version} » : changez-la dans la feuille « settings » pour les distinguer.</source>
        <translation>Another registered version of this questionnaire has the same version “{version}”: change it in the “settings” sheet to tell them apart.</translation>
    </message>
    <message numerus="yes">
        <source>Questionnaire refusé (%n problème(s) à corriger) : rien n&apos;a été enregistré.</source>
        <translation>
            <numerusform>Questionnaire refused (%n problem to fix): nothing was saved.</numerusform>
            <numerusform>Questionnaire refused (%n problems to fix): nothing was saved.</numerusform>
        </translation>
    </message>
    <message>
        <source>Questionnaire refusé : {reason} Rien n&apos;a été enregistré.</source>
        <translation>Questionnaire refused: {reason} Nothing was saved.</translation>
    </message>
</context>
<context>
    <name>InviteBanner</name>
    <message>
        <source>Aucun mot de passe coordinateur n&apos;est défini : tout le monde peut fusionner, supprimer ou restaurer. Un mot de passe réserve ces actions à la coordination.</source>
        <translation>No coordinator password is set: anyone can merge, delete or restore. A password reserves these actions for coordinators.</translation>
    </message>
    <message>
        <source>Définir un mot de passe…</source>
        <translation>Set a password…</translation>
    </message>
</context>
<context>
    <name>KeyingFormView</name>
    <message>
        <source>Abandonner la double saisie</source>
        <translation>Abandon the double keying</translation>
    </message>
    <message>
        <source>La première saisie reste inchangée (Échap)</source>
        <translation>The first keying stays unchanged (Esc)</translation>
    </message>
    <message>
        <source>Fermer (brouillon gardé)</source>
        <translation>Close (draft kept)</translation>
    </message>
    <message>
        <source>Le questionnaire reste enregistré comme brouillon (Échap)</source>
        <translation>The questionnaire stays saved as a draft (Esc)</translation>
    </message>
    <message>
        <source>Tapez le code de la réponse : le curseur passe seul à la question suivante. Entrée ou Tab valide une autre réponse, Maj+Tab revient en arrière, Ctrl+Entrée enregistre et ouvre le questionnaire suivant.</source>
        <translation>Type the code of the answer: the cursor moves on to the next question by itself. Enter or Tab confirms any other answer, Shift+Tab goes back, Ctrl+Enter saves and opens the next questionnaire.</translation>
    </message>
    <message>
        <source>Enregistrer et suivant (Ctrl+Entrée)</source>
        <translation>Save and next (Ctrl+Enter)</translation>
    </message>
    <message>
        <source> du {group} n° {number}</source>
        <translation> of {group} no. {number}</translation>
    </message>
    <message>
        <source>{group} n° {number} —</source>
        <translation>{group} no. {number} —</translation>
    </message>
    <message numerus="yes">
        <source>« {name} » : %n saisi(s). En ajouter un autre ?</source>
        <translation>
            <numerusform>“{name}”: %n entered. Add another one?</numerusform>
            <numerusform>“{name}”: %n entered. Add another one?</numerusform>
        </translation>
    </message>
    <message>
        <source>« {name} » : aucun saisi pour l&apos;instant. En ajouter un ?</source>
        <translation>“{name}”: none entered yet. Add one?</translation>
    </message>
    <message>
        <source>Oui, ajouter</source>
        <translation>Yes, add</translation>
    </message>
    <message>
        <source>Non, continuer</source>
        <translation>No, continue</translation>
    </message>
    <message>
        <source>double saisie de ce questionnaire papier</source>
        <translation>double keying of this paper questionnaire</translation>
    </message>
    <message>
        <source>Aucun fichier joint</source>
        <translation>No file attached</translation>
    </message>
    <message>
        <source>Entrée : joindre un fichier…   Suppr : retirer   Tab : question suivante</source>
        <translation>Enter: attach a file…   Del: remove   Tab: next question</translation>
    </message>
    <message>
        <source>(plusieurs codes possibles)</source>
        <translation>(several codes allowed)</translation>
    </message>
    <message>
        <source>JJMMAAAA</source>
        <translation>DDMMYYYY</translation>
    </message>
    <message>
        <source>MMAAAA</source>
        <translation>MMYYYY</translation>
    </message>
    <message>
        <source>AAAA</source>
        <translation>YYYY</translation>
    </message>
    <message>
        <source>Code inconnu : {code}. Codes possibles : {codes}.</source>
        <translation>Unknown code: {code}. Possible codes: {codes}.</translation>
    </message>
    <message>
        <source>{first} à {last}</source>
        <translation>{first} to {last}</translation>
    </message>
    <message>
        <source>Code inconnu : reprenez le questionnaire papier.</source>
        <translation>Unknown code: check the paper questionnaire.</translation>
    </message>
    <message>
        <source>Ajouté par erreur ? Entrée sans rien taper retire ce bloc encore vide.</source>
        <translation>Added by mistake? Enter without typing anything removes this block while it is empty.</translation>
    </message>
    <message>
        <source>Recopiez le numéro inscrit sur le questionnaire papier.</source>
        <translation>Copy the number written on the paper questionnaire.</translation>
    </message>
    <message>
        <source>Ce numéro a déjà été saisi : {owner}.</source>
        <translation>This number has already been keyed: {owner}.</translation>
    </message>
    <message numerus="yes">
        <source>%n réponse(s) saisie(s) sur {total} questions</source>
        <translation>
            <numerusform>%n answer keyed out of {total} questions</numerusform>
            <numerusform>%n answers keyed out of {total} questions</numerusform>
        </translation>
    </message>
    <message>
        <source>Joindre un fichier</source>
        <translation>Attach a file</translation>
    </message>
    <message>
        <source>Abandonner la double saisie ?</source>
        <translation>Abandon the double keying?</translation>
    </message>
    <message>
        <source>Les réponses de cette deuxième saisie seront effacées ; la première saisie reste inchangée.</source>
        <translation>The answers of this second keying will be erased; the first keying stays unchanged.</translation>
    </message>
    <message>
        <source>Continuer la saisie</source>
        <translation>Continue keying</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>Langue — Language</source>
        <translation>Language — Langue</translation>
    </message>
    <message>
        <source>La langue des menus et des fenêtres de l&apos;application.</source>
        <translation>The language of the application&apos;s menus and windows.</translation>
    </message>
    <message>
        <source>Les questionnaires gardent leurs propres langues : elles se choisissent pendant l&apos;entretien, selon la personne interrogée.</source>
        <translation>Questionnaires keep their own languages: they are chosen during the interview, to suit the person interviewed.</translation>
    </message>
    <message>
        <source>Flèches ↑ et ↓ pour choisir, Entrée pour continuer. Modifiable plus tard.</source>
        <translation>Arrows ↑ and ↓ to choose, Enter to continue. Can be changed later.</translation>
    </message>
</context>
<context>
    <name>LaptopsDialog</name>
    <message>
        <source>Ordinateurs et signatures</source>
        <translation>Laptops and signatures</translation>
    </message>
    <message>
        <source>Cet ordinateur</source>
        <translation>This laptop</translation>
    </message>
    <message>
        <source>Nom :</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Code à comparer :</source>
        <translation>Code to compare:</translation>
    </message>
    <message>
        <source>Empreinte :</source>
        <translation>Fingerprint:</translation>
    </message>
    <message>
        <source>Ordinateurs enrôlés par la coordination</source>
        <translation>Laptops enrolled by the coordination</translation>
    </message>
    <message>
        <source>Ordinateur</source>
        <translation>Laptop</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Enrôlé le</source>
        <translation>Enrolled on</translation>
    </message>
    <message>
        <source>Par</source>
        <translation>By</translation>
    </message>
    <message>
        <source>&amp;Enrôler depuis un fichier d&apos;export…</source>
        <translation>&amp;Enrol from an export file…</translation>
    </message>
    <message>
        <source>code lu sur l&apos;écran de cet ordinateur</source>
        <translation>code read on that laptop&apos;s screen</translation>
    </message>
    <message>
        <source>&amp;Code affiché sur l&apos;ordinateur :</source>
        <translation>&amp;Code shown on the laptop:</translation>
    </message>
    <message>
        <source>Enrô&amp;ler</source>
        <translation>En&amp;rol</translation>
    </message>
    <message>
        <source>Aucun ordinateur enrôlé : les fusions acceptent encore tout fichier. Dès le premier enrôlement, seuls les fichiers signés par un ordinateur enrôlé sont acceptés.</source>
        <translation>No laptop enrolled: merges still accept any file. From the first enrolment on, only files signed by an enrolled laptop are accepted.</translation>
    </message>
    <message>
        <source>Fichier {file} signé par « {name} », code {code}. Faites afficher le code sur cet ordinateur (Fichier › Ordinateurs et signatures) et tapez-le ci-dessous.</source>
        <translation>File {file} signed by “{name}”, code {code}. Have the code shown on that laptop (File › Laptops and signatures) and type it below.</translation>
    </message>
    <message>
        <source>Fichier d&apos;export de l&apos;ordinateur à enrôler</source>
        <translation>Export file of the laptop to enrol</translation>
    </message>
    <message>
        <source>Fichiers d&apos;export (*.idbundle *.zip);;Tous les fichiers (*)</source>
        <translation>Export files (*.idbundle *.zip);;All files (*)</translation>
    </message>
    <message>
        <source>Le code tapé ne correspond pas à celui de « {name} » : il n&apos;a pas été enrôlé. Relisez le code sur son écran ; s&apos;il diffère vraiment, le fichier ne vient pas de lui.</source>
        <translation>The code typed does not match that of “{name}”: it was not enrolled. Read the code on its screen again; if it really differs, the file does not come from it.</translation>
    </message>
    <message>
        <source>« {name} » est enrôlé : ses fichiers et ses révisions sont acceptés.</source>
        <translation>“{name}” is enrolled: its files and revisions are accepted.</translation>
    </message>
</context>
<context>
    <name>LineEditor</name>
    <message>
        <source>Nombre entier</source>
        <translation>Whole number</translation>
    </message>
    <message>
        <source>Nombre (ex. 12,5)</source>
        <translation>Number (e.g. 12,5)</translation>
    </message>
    <message>
        <source>AAAA</source>
        <translation>YYYY</translation>
    </message>
    <message>
        <source>MM/AAAA</source>
        <translation>MM/YYYY</translation>
    </message>
    <message>
        <source>JJ/MM/AAAA</source>
        <translation>DD/MM/YYYY</translation>
    </message>
    <message>
        <source>AAAA-MM-JJTHH:MM</source>
        <translation>YYYY-MM-DDTHH:MM</translation>
    </message>
    <message>
        <source>latitude longitude [altitude précision], ex. 50.2775 3.9734</source>
        <translation>latitude longitude [altitude accuracy], e.g. 50.2775 3.9734</translation>
    </message>
    <message>
        <source>points « latitude longitude » séparés par « ; »</source>
        <translation>&quot;latitude longitude&quot; points separated by &quot;;&quot;</translation>
    </message>
    <message>
        <source>nom du fichier joint</source>
        <translation>name of the attached file</translation>
    </message>
    <message>
        <source>Réponse</source>
        <translation>Answer</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Nouveau questionnaire (quartier, enquêteur·rice et mode de l&apos;accueil)</source>
        <extracomment>The keyboard shortcuts, as the help dialog lists them. Texts in French (the source language), translated when the help is shown.</extracomment>
        <translation>New questionnaire (neighbourhood, interviewer and mode of the home screen)</translation>
    </message>
    <message>
        <source>Ctrl+Maj+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>Saisie d&apos;un questionnaire papier (tout sur une page)</source>
        <translation>Keying a paper questionnaire (all on one page)</translation>
    </message>
    <message>
        <source>Mode terrain : coche le choix n° 1 … 9, 0 pour le 10ᵉ</source>
        <translation>Field mode: ticks choice no. 1 … 9, 0 for the 10th</translation>
    </message>
    <message>
        <source>↑ / ↓ puis Espace</source>
        <translation>↑ / ↓ then Space</translation>
    </message>
    <message>
        <source>Mode terrain : passe d&apos;un choix à l&apos;autre, coche ou décoche</source>
        <translation>Field mode: moves between choices, ticks or unticks</translation>
    </message>
    <message>
        <source>Entrée</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Question suivante de la page, puis page suivante ; sur la relecture : enregistrer</source>
        <translation>Next question of the page, then next page; on the review: save</translation>
    </message>
    <message>
        <source>Page suivante / précédente</source>
        <translation>Next / previous page</translation>
    </message>
    <message>
        <source>Ctrl+Entrée</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>Saisie papier : enregistrer et ouvrir le suivant ; terrain : page suivante</source>
        <translation>Paper keying: save and open the next one; field: next page</translation>
    </message>
    <message>
        <source>Tab / Maj+Tab</source>
        <translation>Tab / Shift+Tab</translation>
    </message>
    <message>
        <source>Saisie papier : valider la réponse / revenir à la précédente</source>
        <translation>Paper keying: confirm the answer / go back to the previous one</translation>
    </message>
    <message>
        <source>Échap</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Fermer le questionnaire (il reste en brouillon)</source>
        <translation>Close the questionnaire (it stays as a draft)</translation>
    </message>
    <message>
        <source>Ctrl+Suppr</source>
        <translation>Ctrl+Del</translation>
    </message>
    <message>
        <source>Mode terrain : retirer la répétition affichée, ajoutée par erreur</source>
        <translation>Field mode: remove the repetition on screen, added by mistake</translation>
    </message>
    <message>
        <source>Suppr</source>
        <translation>Del</translation>
    </message>
    <message>
        <source>Dans la liste : supprimer un questionnaire (motif demandé, historique gardé)</source>
        <translation>In the list: delete a questionnaire (reason asked, history kept)</translation>
    </message>
    <message>
        <source>Exporter vers une clé USB / fusionner des fichiers d&apos;export</source>
        <translation>Export to a USB key / merge export files</translation>
    </message>
    <message>
        <source>Double saisie des questionnaires papier</source>
        <translation>Double keying of paper questionnaires</translation>
    </message>
    <message>
        <source>Réglages : langue, ordinateur, opérateurs, campagne, exports</source>
        <translation>Settings: language, computer, operators, campaign, exports</translation>
    </message>
    <message>
        <source>Tableau de bord / fiches de synthèse en PDF</source>
        <translation>Dashboard / summary sheets as PDF</translation>
    </message>
    <message>
        <source>Cette aide</source>
        <translation>This help</translation>
    </message>
    <message>
        <source>Enquête habitants</source>
        <translation>Resident survey</translation>
    </message>
    <message>
        <source>Ouverture de la base de données…</source>
        <translation>Opening the database…</translation>
    </message>
    <message>
        <source>Ajouter…</source>
        <extracomment>The home figures, in the order they are shown (the keys of store.counts()). « Nouveau questionnaire » (button). A questionnaire to open, by its instanceID (double-click, Entrée, « Ouvrir / modifier »). « Supprimer… » (button). « Ajouter… » beside the operator list. The questionnaire, neighbourhood or entry mode chosen changed. Another operator was picked in the list (the window asks their code, if any). A filter of the list changed.</extracomment>
        <translation>Add…</translation>
    </message>
    <message>
        <source>Questionnaire :</source>
        <translation>Questionnaire:</translation>
    </message>
    <message>
        <source>Quartier :</source>
        <translation>Neighbourhood:</translation>
    </message>
    <message>
        <source>Enquêteur·rice :</source>
        <translation>Interviewer:</translation>
    </message>
    <message>
        <source>Terrain : une question par page</source>
        <translation>Field: one question per page</translation>
    </message>
    <message>
        <source>Saisie de questionnaires papier : tout sur une page</source>
        <translation>Keying paper questionnaires: all on one page</translation>
    </message>
    <message>
        <source>Mode de saisie :</source>
        <translation>Entry mode:</translation>
    </message>
    <message>
        <source>Nouveau questionnaire</source>
        <translation>New questionnaire</translation>
    </message>
    <message>
        <source>Aujourd&apos;hui</source>
        <translation>Today</translation>
    </message>
    <message numerus="yes">
        <source>Brouillons</source>
        <translation>
            <numerusform>Draft</numerusform>
            <numerusform>Drafts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Terminés</source>
        <translation>
            <numerusform>Finished</numerusform>
            <numerusform>Finished</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Non exportés</source>
        <translation>
            <numerusform>Not exported</numerusform>
            <numerusform>Not exported</numerusform>
        </translation>
    </message>
    <message>
        <source>Filtrer :</source>
        <translation>Filter:</translation>
    </message>
    <message>
        <source>Tous les statuts</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>du</source>
        <translation>from</translation>
    </message>
    <message>
        <source>au</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Ouvrir / modifier</source>
        <translation>Open / edit</translation>
    </message>
    <message>
        <source>Entrée ou double-clic</source>
        <translation>Enter or double-click</translation>
    </message>
    <message>
        <source>Supprimer…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <source>Suppr — le motif est demandé, l&apos;historique est gardé</source>
        <translation>Del — the reason is asked, the history is kept</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>Questionnaire</translation>
    </message>
    <message>
        <source>Quartier</source>
        <translation>Neighbourhood</translation>
    </message>
    <message>
        <source>Enquêteur·rice</source>
        <translation>Interviewer</translation>
    </message>
    <message>
        <source>Mode de saisie</source>
        <translation>Entry mode</translation>
    </message>
    <message>
        <source>Filtrer par quartier</source>
        <translation>Filter by neighbourhood</translation>
    </message>
    <message>
        <source>Filtrer par statut</source>
        <translation>Filter by status</translation>
    </message>
    <message>
        <source>Filtrer par enquêteur·rice</source>
        <translation>Filter by interviewer</translation>
    </message>
    <message>
        <source>Commencés depuis le</source>
        <translation>Started from</translation>
    </message>
    <message>
        <source>Commencés jusqu&apos;au</source>
        <translation>Started until</translation>
    </message>
    <message>
        <source>Questionnaires enregistrés</source>
        <translation>Saved questionnaires</translation>
    </message>
    <message>
        <source>&amp;Fichier</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Nouveau questionnaire</source>
        <translation>&amp;New questionnaire</translation>
    </message>
    <message>
        <source>&amp;Supprimer le questionnaire…</source>
        <translation>&amp;Delete the questionnaire…</translation>
    </message>
    <message>
        <source>&amp;Exporter vers une clé USB…</source>
        <translation>&amp;Export to a USB key…</translation>
    </message>
    <message>
        <source>&amp;Fusionner des fichiers d&apos;export…</source>
        <translation>&amp;Merge export files…</translation>
    </message>
    <message>
        <source>&amp;Conflits à résoudre…</source>
        <translation>&amp;Conflicts to resolve…</translation>
    </message>
    <message>
        <source>&amp;Journal des fusions</source>
        <translation>Merge &amp;log</translation>
    </message>
    <message>
        <source>Journal d&apos;&amp;activité</source>
        <translation>&amp;Activity log</translation>
    </message>
    <message>
        <source>&amp;Importer des données (Kobo, ODK)…</source>
        <translation>&amp;Import data (Kobo, ODK)…</translation>
    </message>
    <message>
        <source>Ajo&amp;uter un questionnaire…</source>
        <translation>Add an &amp;XLSForm questionnaire…</translation>
    </message>
    <message>
        <source>Ré&amp;glages…</source>
        <translation>Setting&amp;s…</translation>
    </message>
    <message>
        <source>&amp;Opérateurs et codes…</source>
        <translation>&amp;Operators and codes…</translation>
    </message>
    <message>
        <source>Or&amp;dinateurs et signatures…</source>
        <translation>Laptops and si&amp;gnatures…</translation>
    </message>
    <message>
        <source>&amp;Restaurer une sauvegarde…</source>
        <translation>&amp;Restore a backup…</translation>
    </message>
    <message>
        <source>Effacer les &amp;textes libres…</source>
        <translation>Erase free-&amp;text answers…</translation>
    </message>
    <message>
        <source>&amp;Purger la campagne…</source>
        <translation>P&amp;urge the campaign…</translation>
    </message>
    <message>
        <source>&amp;Quitter</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Résultats</source>
        <translation>&amp;Results</translation>
    </message>
    <message>
        <source>&amp;Tableau de bord…</source>
        <translation>&amp;Dashboard…</translation>
    </message>
    <message>
        <source>&amp;Offre des structures et carte…</source>
        <translation>&amp;Organisations’ services and map…</translation>
    </message>
    <message>
        <source>&amp;Fiches de synthèse (PDF)…</source>
        <translation>Summary &amp;sheets (PDF)…</translation>
    </message>
    <message>
        <source>&amp;Cibles de population…</source>
        <translation>&amp;Population targets…</translation>
    </message>
    <message>
        <source>Te&amp;rritoire…</source>
        <translation>Te&amp;rritory…</translation>
    </message>
    <message>
        <source>E&amp;xporter les réponses (tableau)…</source>
        <translation>E&amp;xport the answers (table)…</translation>
    </message>
    <message>
        <source>Terrain : &amp;quotas par quartier…</source>
        <translation>Fieldwork: &amp;quotas by neighbourhood…</translation>
    </message>
    <message>
        <source>&amp;Saisie papier</source>
        <translation>&amp;Paper keying</translation>
    </message>
    <message>
        <source>&amp;Nouvelle saisie d&apos;un questionnaire papier</source>
        <translation>&amp;New paper questionnaire keying</translation>
    </message>
    <message>
        <source>&amp;Double saisie…</source>
        <translation>&amp;Double keying…</translation>
    </message>
    <message>
        <source>I&amp;mprimer le questionnaire papier…</source>
        <translation>&amp;Print the paper questionnaire…</translation>
    </message>
    <message>
        <source>&amp;Aide</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Guide d&apos;utilisation</source>
        <translation>&amp;User guide</translation>
    </message>
    <message>
        <source>&amp;Raccourcis clavier</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <source>À &amp;propos</source>
        <translation>&amp;About</translation>
    </message>
    <message>
        <source>{title} — version {version}</source>
        <translation>{title} — version {version}</translation>
    </message>
    <message>
        <source>Tous les quartiers</source>
        <translation>All neighbourhoods</translation>
    </message>
    <message>
        <source>Tous les enquêteur·rices</source>
        <translation>All interviewers</translation>
    </message>
    <message>
        <source>Choisissez d&apos;abord le questionnaire et l&apos;enquêteur·rice.</source>
        <translation>First choose the questionnaire and the interviewer.</translation>
    </message>
    <message>
        <source>Choisissez d&apos;abord votre nom (Enquêteur·rice) sur l&apos;accueil.</source>
        <translation>First choose your name (Interviewer) on the home screen.</translation>
    </message>
    <message>
        <source>Questionnaire supprimé</source>
        <translation>Questionnaire deleted</translation>
    </message>
    <message>
        <source>Ce questionnaire a été supprimé : il ne peut plus être modifié. Son historique reste dans la base.</source>
        <translation>This questionnaire was deleted: it can no longer be changed. Its history stays in the database.</translation>
    </message>
    <message>
        <source>Saisie papier — {title}</source>
        <translation>Paper keying — {title}</translation>
    </message>
    <message>
        <source>Territoire enregistré.</source>
        <translation>Territory saved.</translation>
    </message>
    <message>
        <source>Double saisie</source>
        <translation>Double keying</translation>
    </message>
    <message>
        <source>Conseil : la double saisie est plus sûre faite par une autre personne.</source>
        <translation>Tip: double keying is safer when done by another person.</translation>
    </message>
    <message>
        <source>La double saisie du questionnaire papier n° {other} n&apos;est pas terminée. La reprendre, ou l&apos;abandonner pour ressaisir le n° {number} ?</source>
        <translation>The second keying of paper form no. {other} is not finished. Resume it, or abandon it to key no. {number}?</translation>
    </message>
    <message>
        <source>Reprendre le n° {other}</source>
        <translation>Resume no. {other}</translation>
    </message>
    <message>
        <source>Abandonner le n° {other}</source>
        <translation>Abandon no. {other}</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Double saisie à l&apos;aveugle — questionnaire papier n° {number}</source>
        <translation>Blind double keying — paper questionnaire no. {number}</translation>
    </message>
    <message>
        <source>La double saisie en cours a été rouverte là où elle s&apos;était arrêtée.</source>
        <translation>The double keying under way was reopened where it stopped.</translation>
    </message>
    <message>
        <source>Double saisie identique à la première : questionnaire vérifié.</source>
        <translation>Double keying identical to the first: questionnaire verified.</translation>
    </message>
    <message>
        <source>Le questionnaire en cours a été rouvert là où il s&apos;était arrêté.</source>
        <translation>The questionnaire in progress was reopened where it had stopped.</translation>
    </message>
    <message>
        <source>La langue de l&apos;interface changera à la fermeture du questionnaire.</source>
        <translation>The interface language will change when the questionnaire is closed.</translation>
    </message>
    <message>
        <source>Questionnaire enregistré. Ctrl+N pour le suivant.</source>
        <translation>Questionnaire saved. Ctrl+N for the next one.</translation>
    </message>
    <message>
        <source>Questionnaire enregistré ({count} aujourd&apos;hui). Questionnaire suivant :</source>
        <translation>Questionnaire saved ({count} today). Next questionnaire:</translation>
    </message>
    <message>
        <source>Questionnaire n° {number} enregistré : tiré au sort pour la double saisie (menu Saisie papier). Questionnaire suivant :</source>
        <translation>Questionnaire no. {number} saved: drawn for double keying (Paper keying menu). Next questionnaire:</translation>
    </message>
    <message>
        <source>Correction non enregistrée</source>
        <translation>Correction not saved</translation>
    </message>
    <message>
        <source>Ce questionnaire terminé a été modifié. Enregistrer la correction ?</source>
        <translation>This finished questionnaire was changed. Save the correction?</translation>
    </message>
    <message>
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Abandonner la correction</source>
        <translation>Discard the correction</translation>
    </message>
    <message>
        <source>Continuer la correction</source>
        <translation>Go on correcting</translation>
    </message>
    <message>
        <source>Correction abandonnée : le questionnaire est inchangé.</source>
        <translation>Correction discarded: the questionnaire is unchanged.</translation>
    </message>
    <message>
        <source>Correction enregistrée (nouvelle version).</source>
        <translation>Correction saved (new version).</translation>
    </message>
    <message>
        <source>Double saisie abandonnée : la première saisie reste inchangée.</source>
        <translation>Double keying abandoned: the first keying stays unchanged.</translation>
    </message>
    <message>
        <source>Questionnaire vide fermé : rien n&apos;a été gardé.</source>
        <translation>Empty questionnaire closed: nothing was kept.</translation>
    </message>
    <message>
        <source>Brouillon enregistré : il reste dans la liste.</source>
        <translation>Draft saved: it stays in the list.</translation>
    </message>
    <message>
        <source>Supprimer le questionnaire</source>
        <translation>Delete the questionnaire</translation>
    </message>
    <message>
        <source>Motif de la suppression (obligatoire, gardé dans l&apos;historique) :</source>
        <translation>Reason for deleting (required, kept in the history):</translation>
    </message>
    <message>
        <source>Suppression impossible</source>
        <translation>Cannot delete</translation>
    </message>
    <message>
        <source>Questionnaire supprimé (historique conservé).</source>
        <translation>Questionnaire deleted (history kept).</translation>
    </message>
    <message>
        <source>Restauration impossible</source>
        <translation>Cannot restore</translation>
    </message>
    <message>
        <source>Sauvegarde restaurée.</source>
        <translation>Backup restored.</translation>
    </message>
    <message>
        <source>Ajouter un enquêteur</source>
        <translation>Add an interviewer</translation>
    </message>
    <message>
        <source>Nom de l&apos;enquêteur·rice :</source>
        <translation>Interviewer&apos;s name:</translation>
    </message>
    <message>
        <source>À propos</source>
        <translation>About</translation>
    </message>
    <message>
        <source>&lt;b&gt;inclusion_desktop&lt;/b&gt; {version}&lt;br&gt;Enquête habitants d&apos;un diagnostic territorial d&apos;inclusion numérique, hors ligne.&lt;br&gt;&lt;br&gt;Base de données : {database}&lt;br&gt;Journal : {log}</source>
        <translation>&lt;b&gt;inclusion_desktop&lt;/b&gt; {version}&lt;br&gt;Residents survey of a local digital inclusion assessment, offline.&lt;br&gt;&lt;br&gt;Database: {database}&lt;br&gt;Log: {log}</translation>
    </message>
    <message>
        <source>Guide d&apos;utilisation</source>
        <translation>User guide</translation>
    </message>
    <message>
        <source>Le guide (docs/guide-utilisateur.md) est fourni avec les sources de l&apos;application ; demandez-le à votre coordination.</source>
        <translation>The guide (docs/guide-utilisateur.md, in French) comes with the application&apos;s sources; ask your coordinators for it.</translation>
    </message>
    <message>
        <source>Raccourcis clavier</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Changer d&apos;enquêteur·rice</source>
        <extracomment>The coordinator who unlocked the last coordinator action, None when nobody had to.</extracomment>
        <translation>Change interviewer</translation>
    </message>
    <message>
        <source>{name} a un code : tapez-le pour continuer sous ce nom.</source>
        <translation>{name} has a code: type it to continue under this name.</translation>
    </message>
    <message>
        <source>Enquêteur·rice inchangé·e : {name}.</source>
        <translation>Interviewer unchanged: {name}.</translation>
    </message>
    <message>
        <source>Qui utilise l&apos;ordinateur ?</source>
        <translation>Who is using the computer?</translation>
    </message>
    <message>
        <source>Choisissez votre nom et tapez votre code ou mot de passe, s&apos;il y en a un.</source>
        <translation>Choose your name and type your code or password, if you have one.</translation>
    </message>
    <message>
        <source>Aucun·e enquêteur·rice choisi·e : choisissez votre nom sur l&apos;accueil.</source>
        <translation>No interviewer chosen: choose your name on the home screen.</translation>
    </message>
    <message>
        <source>Compte non vérifié</source>
        <translation>Account not verified</translation>
    </message>
    <message>
        <source>Réservé à la coordination</source>
        <translation>Reserved for coordinators</translation>
    </message>
    <message>
        <source>Pour {action}, un coordinateur ou une coordinatrice choisit son nom et tape son mot de passe.</source>
        <translation>To {action}, a coordinator chooses their name and types their password.</translation>
    </message>
    <message>
        <source>Action réservée à la coordination.</source>
        <translation>Action reserved for coordinators.</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>facultative : celle de la campagne, si les fichiers sont chiffrés</source>
        <translation>optional: the campaign&apos;s, if the files are encrypted</translation>
    </message>
    <message>
        <source>Fichier</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Ordinateur</source>
        <translation>Computer</translation>
    </message>
    <message>
        <source>Nouveaux</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Déjà présents</source>
        <translation>Already present</translation>
    </message>
    <message>
        <source>Mis à jour</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>Gardés ici</source>
        <translation>Kept here</translation>
    </message>
    <message>
        <source>Conflits</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>Refusés</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>État</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Fusionner des fichiers d&apos;export</source>
        <extracomment>The coordinator who merges: named in the merge log and the audit log.</extracomment>
        <translation>Merge export files</translation>
    </message>
    <message>
        <source>Ajoutez les fichiers d&apos;export des ordinateurs (ou déposez-les ici). L&apos;aperçu dit ce que la fusion ferait ; rien n&apos;est écrasé : deux versions divergentes d&apos;un même questionnaire sont gardées et signalées comme conflit.</source>
        <translation>Add the computers&apos; export files (or drop them here). The preview tells what the merge would do; nothing is overwritten: two diverging versions of the same questionnaire are both kept and flagged as a conflict.</translation>
    </message>
    <message>
        <source>Ajouter des fichiers…</source>
        <translation>Add files…</translation>
    </message>
    <message>
        <source>Retirer</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Phrase de passe :</source>
        <translation>Passphrase:</translation>
    </message>
    <message>
        <source>Aperçu</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Fusionner</source>
        <translation>Merge</translation>
    </message>
    <message>
        <source>Voir les conflits…</source>
        <translation>Show the conflicts…</translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Fichiers d&apos;export</source>
        <translation>Export files</translation>
    </message>
    <message>
        <source>Exports inclusion (*.zip);;Tous les fichiers (*)</source>
        <translation>Inclusion exports (*.zip);;All files (*)</translation>
    </message>
    <message>
        <source>Ajoutez au moins un fichier d&apos;export.</source>
        <translation>Add at least one export file.</translation>
    </message>
    <message>
        <source>Aperçu en cours…</source>
        <translation>Preview in progress…</translation>
    </message>
    <message>
        <source>Fusion en cours…</source>
        <translation>Merge in progress…</translation>
    </message>
    <message>
        <source>fusionné</source>
        <translation>merged</translation>
    </message>
    <message>
        <source>prêt à fusionner</source>
        <translation>ready to merge</translation>
    </message>
    <message numerus="yes">
        <source> — %n questionnaire(s) refusé(s)</source>
        <translation>
            <numerusform> — %n questionnaire refused</numerusform>
            <numerusform> — %n questionnaires refused</numerusform>
        </translation>
    </message>
    <message>
        <source>REFUSÉ : {reason}</source>
        <translation>REFUSED: {reason}</translation>
    </message>
    <message>
        <source>Refusé : {reason}</source>
        <translation>Refused: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>Aperçu de %n fichier(s) : rien n&apos;a été écrit.</source>
        <translation>
            <numerusform>Preview of %n file: nothing was written.</numerusform>
            <numerusform>Preview of %n files: nothing was written.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n fichier(s) fusionné(s).</source>
        <translation>
            <numerusform>%n file merged.</numerusform>
            <numerusform>%n files merged.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n fichier(s) refusé(s) : voir la colonne État.</source>
        <translation>
            <numerusform>%n file refused: see the Status column.</numerusform>
            <numerusform>%n files refused: see the Status column.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflit(s) à résoudre.</source>
        <translation>
            <numerusform>%n conflict to resolve.</numerusform>
            <numerusform>%n conflicts to resolve.</numerusform>
        </translation>
    </message>
    <message>
        <source>Territoire ({file}) : {message}</source>
        <translation>Territory ({file}): {message}</translation>
    </message>
    <message>
        <source>La fusion s&apos;est arrêtée : {error}</source>
        <translation>The merge stopped: {error}</translation>
    </message>
</context>
<context>
    <name>MergeLogDialog</name>
    <message>
        <source>Journal des fusions</source>
        <translation>Merge log</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Fichier</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Ordinateur</source>
        <translation>Computer</translation>
    </message>
    <message>
        <source>Par</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Nouveaux</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Mis à jour</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>Conflits</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>Empreinte du fichier : {sha256}</source>
        <translation>File fingerprint: {sha256}</translation>
    </message>
    <message>
        <source>Aucune fusion pour l&apos;instant.</source>
        <translation>No merges yet.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>{detail}</source>
        <extracomment>A translator: (context, French source) -&gt; text in the interface language. The Qt translation context of the messages of `MESSAGES`. The French template of every code; {name} fields are the error&apos;s parameters.</extracomment>
        <translation>{detail}</translation>
    </message>
    <message>
        <source>Erreur inattendue : ce n&apos;est pas un refus mais un défaut du programme ; voir le journal technique : {log}</source>
        <translation>Unexpected error: this is not a refusal but a defect of the program; see the technical log: {log}</translation>
    </message>
    <message>
        <source>{place} : {message}</source>
        <translation>{place}: {message}</translation>
    </message>
    <message>
        <source>{place} : {message} — {advice}</source>
        <translation>{place}: {message} — {advice}</translation>
    </message>
    <message>
        <source>feuille « {sheet} »</source>
        <translation>sheet “{sheet}”</translation>
    </message>
    <message>
        <source>ligne {row}</source>
        <translation>row {row}</translation>
    </message>
    <message>
        <source>colonne « {column} »</source>
        <translation>column “{column}”</translation>
    </message>
    <message>
        <source>groupes et répétitions imbriqués sur plus de {levels} niveaux</source>
        <translation>groups and repeats nested more than {levels} levels deep</translation>
    </message>
    <message>
        <source>extension « {extension} » non reconnue</source>
        <translation>extension “{extension}” not recognised</translation>
    </message>
    <message>
        <source>(aucune)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>lecture impossible ({reason})</source>
        <translation>cannot be read ({reason})</translation>
    </message>
    <message>
        <source>le fichier n&apos;a pas pu être lu comme un XLSForm ({error})</source>
        <translation>the file could not be read as an XLSForm ({error})</translation>
    </message>
    <message>
        <source>le fichier est endommagé ou n&apos;est pas un classeur lisible ({error})</source>
        <translation>the file is damaged or is not a readable workbook ({error})</translation>
    </message>
    <message>
        <source>la feuille « survey » est absente ou vide</source>
        <translation>the “survey” sheet is missing or empty</translation>
    </message>
    <message>
        <source>le nom « {name} » est déjà utilisé ligne {first_row} dans le même groupe</source>
        <translation>the name “{name}” is already used on row {first_row} in the same group</translation>
    </message>
    <message>
        <source>le nom « meta » est réservé aux métadonnées du formulaire</source>
        <translation>the name “meta” is reserved for the form&apos;s metadata</translation>
    </message>
    <message>
        <source>le choix « {name} » figure déjà ligne {first_row} dans la liste « {list_name} »</source>
        <translation>the choice “{name}” is already on row {first_row} in the list “{list_name}”</translation>
    </message>
    <message>
        <source>XLSForm refusé par pyxform : {message}</source>
        <translation>XLSForm refused by pyxform: {message}</translation>
    </message>
    <message>
        <source>fichier « {file} » illisible ({error})</source>
        <translation>file “{file}” cannot be read ({error})</translation>
    </message>
    <message>
        <source>dossier des fichiers du formulaire introuvable : {folder}</source>
        <translation>folder of the form&apos;s files not found: {folder}</translation>
    </message>
    <message>
        <source>fichier « {file} » illisible (GeoJSON attendu : {error})</source>
        <translation>file “{file}” cannot be read (GeoJSON expected: {error})</translation>
    </message>
    <message>
        <source>type de question non pris en charge : « {type} »</source>
        <translation>unsupported question type: “{type}”</translation>
    </message>
    <message>
        <source>liste de choix « {list_name} » introuvable</source>
        <translation>choice list “{list_name}” not found</translation>
    </message>
    <message>
        <source>expression « {source} » : {error}</source>
        <translation>expression “{source}”: {error}</translation>
    </message>
    <message>
        <source>référence inconnue ${{{reference}}}</source>
        <translation>unknown reference ${{{reference}}}</translation>
    </message>
    <message>
        <source>référence inconnue ${{{reference}}} dans « {source} »</source>
        <translation>unknown reference ${{{reference}}} in “{source}”</translation>
    </message>
    <message>
        <source>un questionnaire réel en compte moins de dix : vérifiez les lignes « begin group » / « end group »</source>
        <translation>a real form has fewer than ten: check the “begin group” / “end group” rows</translation>
    </message>
    <message>
        <source>enregistrez le questionnaire en .xlsx, .xls, .csv ou .md</source>
        <translation>save the form as .xlsx, .xls, .csv or .md</translation>
    </message>
    <message>
        <source>vérifiez qu&apos;il s&apos;ouvre dans un tableur et qu&apos;il a une feuille « survey »</source>
        <translation>check that it opens in a spreadsheet and has a “survey” sheet</translation>
    </message>
    <message>
        <source>ouvrez-le dans un tableur et enregistrez-le de nouveau</source>
        <translation>open it in a spreadsheet and save it again</translation>
    </message>
    <message>
        <source>un XLSForm a au moins une feuille « survey » avec les colonnes type, name et label</source>
        <translation>an XLSForm has at least a “survey” sheet with the columns type, name and label</translation>
    </message>
    <message>
        <source>deux questions d&apos;un même groupe ou d&apos;une même répétition doivent avoir des noms différents</source>
        <translation>two questions of the same group or repeat must have different names</translation>
    </message>
    <message>
        <source>renommez ce groupe</source>
        <translation>rename this group</translation>
    </message>
    <message>
        <source>donnez-lui un autre nom, ou ajoutez le réglage allow_choice_duplicates = yes</source>
        <translation>give it another name, or add the setting allow_choice_duplicates = yes</translation>
    </message>
    <message>
        <source>corrigez le questionnaire dans le tableur puis rechargez-le</source>
        <translation>correct the form in the spreadsheet, then load it again</translation>
    </message>
    <message>
        <source>types possibles : ceux de pyxform (text, integer, decimal, select_one, select_multiple, date, time, geopoint, image, note, calculate, …)</source>
        <translation>possible types: those of pyxform (text, integer, decimal, select_one, select_multiple, date, time, geopoint, image, note, calculate, …)</translation>
    </message>
    <message>
        <source>corrigez l&apos;expression (syntaxe XLSForm, références ${{nom}})</source>
        <translation>correct the expression (XLSForm syntax, references ${{nom}})</translation>
    </message>
    <message>
        <source>vérifiez l&apos;orthographe du nom de la question</source>
        <translation>check the spelling of the question&apos;s name</translation>
    </message>
    <message>
        <source>expression vide</source>
        <translation>empty expression</translation>
    </message>
    <message>
        <source>expression incomplète</source>
        <translation>incomplete expression</translation>
    </message>
    <message>
        <source>expression trop imbriquée</source>
        <translation>expression nested too deeply</translation>
    </message>
    <message>
        <source>chaîne non terminée : guillemet ouvert à la position {position}</source>
        <translation>unterminated string: quote opened at position {position}</translation>
    </message>
    <message>
        <source>caractère inattendu « {character} » à la position {position}</source>
        <translation>unexpected character “{character}” at position {position}</translation>
    </message>
    <message>
        <source>référence invalide à la position {position} : écrivez ${{nom}}</source>
        <translation>invalid reference at position {position}: write ${{nom}}</translation>
    </message>
    <message>
        <source>référence non terminée à la position {position} : « }} » manquant</source>
        <translation>unterminated reference at position {position}: “}}” missing</translation>
    </message>
    <message>
        <source>référence invalide : « {reference} »</source>
        <translation>invalid reference: “{reference}”</translation>
    </message>
    <message>
        <source>parenthèse fermante en trop à la position {position}</source>
        <translation>extra closing parenthesis at position {position}</translation>
    </message>
    <message>
        <source>parenthèse fermante manquante</source>
        <translation>missing closing parenthesis</translation>
    </message>
    <message>
        <source>prédicat « [ … ] » non pris en charge</source>
        <translation>predicate “[ … ]” not supported</translation>
    </message>
    <message>
        <source>opérateur non pris en charge : « | »</source>
        <translation>unsupported operator: “|”</translation>
    </message>
    <message>
        <source>élément inattendu « {element} » à la position {position}</source>
        <translation>unexpected element “{element}” at position {position}</translation>
    </message>
    <message>
        <source>chemin XPath non pris en charge : « {path} » — utilisez ${{nom}}</source>
        <translation>unsupported XPath path: “{path}” — use ${{nom}}</translation>
    </message>
    <message>
        <source>étape de chemin XPath invalide à la position {position}</source>
        <translation>invalid XPath path step at position {position}</translation>
    </message>
    <message>
        <source>fonction non prise en charge : {function}()</source>
        <translation>unsupported function: {function}()</translation>
    </message>
    <message>
        <source>position() n&apos;accepte que l&apos;argument « .. »</source>
        <translation>position() only accepts the argument “..”</translation>
    </message>
    <message>
        <source>nombre d&apos;arguments incorrect pour {function}() : {given} au lieu de {expected}</source>
        <translation>wrong number of arguments for {function}(): {given} instead of {expected}</translation>
    </message>
    <message>
        <source>au moins {count}</source>
        <translation>at least {count}</translation>
    </message>
    <message>
        <source>{fewest} à {most}</source>
        <translation>{fewest} to {most}</translation>
    </message>
    <message>
        <source>{function}() attend une référence ${{nom}} en argument</source>
        <translation>{function}() expects a ${{nom}} reference as argument</translation>
    </message>
    <message>
        <source>{function}() attend une référence ${{nom}} en premier argument</source>
        <translation>{function}() expects a ${{nom}} reference as first argument</translation>
    </message>
    <message>
        <source>jr:choice-name() attend en second argument le nom de la question entre guillemets, par exemple &apos;${{question}}&apos;</source>
        <translation>jr:choice-name() expects as second argument the question&apos;s name in quotes, for example &apos;${{question}}&apos;</translation>
    </message>
    <message>
        <source>expression régulière invalide : « {pattern} »</source>
        <translation>invalid regular expression: “{pattern}”</translation>
    </message>
    <message>
        <source>expression régulière non prise en charge : « {pattern} » (les références arrière et les assertions avant/arrière ne peuvent pas être évaluées en un temps borné)</source>
        <translation>unsupported regular expression: “{pattern}” (backreferences and lookahead/lookbehind assertions cannot be evaluated in bounded time)</translation>
    </message>
    <message>
        <source>Code ou mot de passe incorrect. Encore 1 essai avant un blocage d&apos;une minute.</source>
        <translation>Wrong code or password. 1 more attempt before a one-minute lock.</translation>
    </message>
    <message>
        <source>Code ou mot de passe incorrect. Encore {attempts} essais avant un blocage d&apos;une minute.</source>
        <translation>Wrong code or password. {attempts} more attempts before a one-minute lock.</translation>
    </message>
    <message>
        <source>Trop d&apos;essais manqués : les coordinateurs sont bloqués pendant encore {seconds} s. Réessayez ensuite.</source>
        <translation>Too many failed attempts: coordinators are locked for {seconds} more s. Try again afterwards.</translation>
    </message>
    <message>
        <source>Trop d&apos;essais manqués : {name} est bloqué·e pendant encore {seconds} s. Réessayez ensuite.</source>
        <translation>Too many failed attempts: {name} is locked for {seconds} more s. Try again afterwards.</translation>
    </message>
    <message>
        <source>mot de passe illisible ({path}) : {reason}</source>
        <translation>password cannot be read ({path}): {reason}</translation>
    </message>
    <message>
        <source>commande réservée à la coordination : sans terminal, donnez le mot de passe avec --password-file.</source>
        <translation>command reserved for the coordination: without a terminal, give the password with --password-file.</translation>
    </message>
    <message>
        <source>commande réservée à la coordination : mot de passe non saisi.</source>
        <translation>command reserved for the coordination: no password typed.</translation>
    </message>
    <message>
        <source>commande réservée à la coordination : mot de passe vide.</source>
        <translation>command reserved for the coordination: empty password.</translation>
    </message>
    <message>
        <source>{name} est le seul coordinateur ou la seule coordinatrice : nommez d&apos;abord quelqu&apos;un d&apos;autre coordinateur·rice.</source>
        <translation>{name} is the only coordinator: first make someone else a coordinator.</translation>
    </message>
    <message>
        <source>Le code ou mot de passe doit compter au moins {length} caractères.</source>
        <translation>The code or password must have at least {length} characters.</translation>
    </message>
    <message>
        <source>Le code ou mot de passe ne peut pas commencer ni finir par une espace.</source>
        <translation>The code or password cannot start or end with a space.</translation>
    </message>
    <message>
        <source>Le pilote de base de données « {driver} » n&apos;est pas installé : la base {where} ne peut pas être ouverte. Pour une base PostgreSQL, installez l&apos;application avec son option PostgreSQL (pip install &apos;inclusion-desktop[postgres]&apos;).</source>
        <translation>The database driver “{driver}” is not installed: the database {where} cannot be opened. For a PostgreSQL database, install the application with its PostgreSQL option (pip install &apos;inclusion-desktop[postgres]&apos;).</translation>
    </message>
    <message>
        <source>La base {where} n&apos;a pas été créée par inclusion_desktop (elle contient déjà d&apos;autres tables) : elle n&apos;a pas été modifiée.</source>
        <translation>The database {where} was not created by inclusion_desktop (it already holds other tables): it was not changed.</translation>
    </message>
    <message>
        <source>Cette base a été créée par une version plus récente d&apos;inclusion_desktop (schéma {version}) : mettez l&apos;application à jour.</source>
        <translation>This database was created by a newer version of inclusion_desktop (schema {version}): update the application.</translation>
    </message>
    <message>
        <source>{path} n&apos;est pas un fichier de base de données.</source>
        <translation>{path} is not a database file.</translation>
    </message>
    <message>
        <source>Le fichier {path} n&apos;est pas une base de données inclusion_desktop (ce n&apos;est pas une base SQLite lisible) : il n&apos;a pas été modifié.</source>
        <translation>The file {path} is not an inclusion_desktop database (it is not a readable SQLite database): it was not changed.</translation>
    </message>
    <message>
        <source>La base {path} est sur un support en lecture seule (ou dans un dossier où l&apos;écriture est interdite) : copiez-la sur le disque de l&apos;ordinateur ou ouvrez-la depuis un dossier où vous pouvez écrire. Elle n&apos;a pas été modifiée.</source>
        <translation>The database {path} is on a read-only medium (or in a folder where writing is forbidden): copy it to the computer&apos;s disk or open it from a folder where you can write. It was not changed.</translation>
    </message>
    <message>
        <source>Impossible de créer la base {path} : {reason}</source>
        <translation>Cannot create the database {path}: {reason}</translation>
    </message>
    <message>
        <source>Impossible d&apos;ouvrir la base {path} : {reason}</source>
        <translation>Cannot open the database {path}: {reason}</translation>
    </message>
    <message>
        <source>La base {path} est endommagée (contrôle d&apos;intégrité SQLite en échec : {problem}). Elle n&apos;a pas été sauvegardée, pour ne pas remplacer les bonnes sauvegardes. Restaurez la dernière sauvegarde saine (menu Fichier › Restaurer une sauvegarde), puis refusionnez les fichiers d&apos;export reçus depuis.</source>
        <translation>The database {path} is damaged (SQLite integrity check failed: {problem}). It was not backed up, so as not to replace the good backups. Restore the last sound backup (menu File › Restore a backup), then merge again the export files received since.</translation>
    </message>
    <message>
        <source>Le nom de l&apos;ordinateur ne peut pas être vide.</source>
        <translation>The computer&apos;s name cannot be empty.</translation>
    </message>
    <message>
        <source>Le nom de l&apos;opérateur ne peut pas être vide.</source>
        <translation>The operator&apos;s name cannot be empty.</translation>
    </message>
    <message>
        <source>Rôle inconnu : {role}.</source>
        <translation>Unknown role: {role}.</translation>
    </message>
    <message>
        <source>Questionnaire introuvable : {uuid}.</source>
        <translation>Questionnaire not found: {uuid}.</translation>
    </message>
    <message>
        <source>Le questionnaire {uuid} a été supprimé : il ne peut plus être modifié.</source>
        <translation>The questionnaire {uuid} was deleted: it can no longer be changed.</translation>
    </message>
    <message>
        <source>Indiquez le motif de la suppression.</source>
        <translation>Give the reason for the deletion.</translation>
    </message>
    <message>
        <source>Sauvegarde de la base {path} impossible ({reason}) : rien n&apos;a été modifié.</source>
        <translation>Cannot back up the database {path} ({reason}): nothing was changed.</translation>
    </message>
    <message>
        <source>Sauvegarde introuvable : {path}.</source>
        <translation>Backup not found: {path}.</translation>
    </message>
    <message>
        <source>La sauvegarde {name} est illisible ({reason}) : la base actuelle n&apos;a pas été modifiée.</source>
        <translation>The backup {name} cannot be read ({reason}): the current database was not changed.</translation>
    </message>
    <message>
        <source>La sauvegarde {name} est endommagée (contrôle d&apos;intégrité en échec) : la base actuelle n&apos;a pas été modifiée.</source>
        <translation>The backup {name} is damaged (integrity check failed): the current database was not changed.</translation>
    </message>
    <message>
        <source>{name} n&apos;est pas une sauvegarde d&apos;une base inclusion_desktop : la base actuelle n&apos;a pas été modifiée.</source>
        <translation>{name} is not a backup of an inclusion_desktop database: the current database was not changed.</translation>
    </message>
    <message>
        <source>{reason} (sauvegarde {name} ; la base actuelle n&apos;a pas été modifiée)</source>
        <translation>{reason} (backup {name}; the current database was not changed)</translation>
    </message>
    <message>
        <source>Restauration impossible ({reason}) : la base actuelle n&apos;a pas été modifiée.</source>
        <translation>Cannot restore ({reason}): the current database was not changed.</translation>
    </message>
    <message>
        <source>La base {path} est encore ouverte (dans cette application ou une autre) : fermez-la avant de restaurer une sauvegarde. Rien n&apos;a été restauré.</source>
        <translation>The database {path} is still open (in this application or another): close it before restoring a backup. Nothing was restored.</translation>
    </message>
    <message>
        <source>Copie de sécurité de la base actuelle impossible ({reason}) : rien n&apos;a été restauré.</source>
        <translation>Cannot make a safety copy of the current database ({reason}): nothing was restored.</translation>
    </message>
    <message>
        <source>La base a changé depuis la vérification (questionnaire ajouté, modifié ou en cours de saisie) : rien n&apos;a été purgé, recommencez la vérification.</source>
        <translation>The database changed since the check (a questionnaire added, changed or being entered): nothing was purged, check again.</translation>
    </message>
    <message>
        <source>La base est encore utilisée par un autre programme : le fichier -wal n&apos;a pas pu être vidé. Fermez les autres fenêtres de l&apos;application et recommencez.</source>
        <translation>The database is still used by another program: the -wal file could not be emptied. Close the application&apos;s other windows and try again.</translation>
    </message>
    <message>
        <source>{file} : {reason}</source>
        <translation>{file}: {reason}</translation>
    </message>
    <message>
        <source>fichier introuvable.</source>
        <translation>file not found.</translation>
    </message>
    <message>
        <source>lecture impossible ({reason}).</source>
        <translation>cannot be read ({reason}).</translation>
    </message>
    <message>
        <source>fichier de plus de {size}, bien plus qu&apos;un export réel : refusé sans être ouvert.</source>
        <translation>file larger than {size}, far more than a real export: refused without being opened.</translation>
    </message>
    <message>
        <source>ce fichier n&apos;est pas un fichier d&apos;export d&apos;inclusion_desktop.</source>
        <translation>this file is not an inclusion_desktop export file.</translation>
    </message>
    <message>
        <source>fichier d&apos;export chiffré tronqué.</source>
        <translation>truncated encrypted export file.</translation>
    </message>
    <message>
        <source>ce fichier d&apos;export est chiffré : indiquez la phrase de passe de la campagne.</source>
        <translation>this export file is encrypted: give the campaign passphrase.</translation>
    </message>
    <message>
        <source>phrase de passe incorrecte.</source>
        <translation>wrong passphrase.</translation>
    </message>
    <message>
        <source>le fichier d&apos;export a été modifié ou tronqué après chiffrement (authentification refusée).</source>
        <translation>the export file was modified or truncated after encryption (authentication refused).</translation>
    </message>
    <message>
        <source>signature du fichier invalide : il a été modifié après avoir été signé par l&apos;ordinateur qui l&apos;a écrit.</source>
        <translation>invalid file signature: it was modified after being signed by the computer that wrote it.</translation>
    </message>
    <message>
        <source>ce fichier existe déjà : choisissez un autre nom.</source>
        <translation>this file already exists: choose another name.</translation>
    </message>
    <message>
        <source>le dossier de destination n&apos;existe pas (clé retirée ?).</source>
        <translation>the destination folder does not exist (key removed?).</translation>
    </message>
    <message>
        <source>fichier d&apos;export non chiffré alors qu&apos;une phrase de passe de campagne est définie : refusé (les fichiers de la campagne sont toujours chiffrés ; pour un ancien fichier, utilisez « importer sans signature »).</source>
        <translation>unencrypted export file while a campaign passphrase is set: refused (the campaign&apos;s files are always encrypted; for an old file, use “import without signature”).</translation>
    </message>
    <message>
        <source>fichier non signé (ordinateur « {name} ») alors que la campagne a des ordinateurs enrôlés : refusé. Pour un ancien fichier, utilisez « importer sans signature ».</source>
        <translation>unsigned file (computer “{name}”) while the campaign has enrolled computers: refused. For an old file, use “import without signature”.</translation>
    </message>
    <message>
        <source>fichier signé par un ordinateur non enrôlé : « {name} » (code {laptop_code}). Enrôlez-le après avoir comparé ce code avec celui affiché sur cet ordinateur, ou refusez le fichier.</source>
        <translation>file signed by a computer that is not enrolled: “{name}” (code {laptop_code}). Enrol it after comparing this code with the one shown on that computer, or refuse the file.</translation>
    </message>
    <message>
        <source>phrase de passe illisible ({path}) : {reason}</source>
        <translation>passphrase cannot be read ({path}): {reason}</translation>
    </message>
    <message>
        <source>le fichier {path} ne contient pas de phrase de passe.</source>
        <translation>the file {path} holds no passphrase.</translation>
    </message>
    <message>
        <source>{file} : fichier non signé (écrit par une version plus ancienne) : faites un nouvel export sur l&apos;ordinateur à enrôler.</source>
        <translation>{file}: unsigned file (written by an older version): make a new export on the computer to enrol.</translation>
    </message>
    <message>
        <source>clé de signature de cet ordinateur impossible à créer ({path}) : {reason}</source>
        <translation>this computer&apos;s signing key cannot be created ({path}): {reason}</translation>
    </message>
    <message>
        <source>clé de signature de cet ordinateur illisible ({path}) : {reason}</source>
        <translation>this computer&apos;s signing key cannot be read ({path}): {reason}</translation>
    </message>
    <message>
        <source>clé de signature de cet ordinateur endommagée ({path}) : restaurez-la ou supprimez-la puis faites enrôler de nouveau cet ordinateur.</source>
        <translation>this computer&apos;s signing key is damaged ({path}): restore it, or delete it and have this computer enrolled again.</translation>
    </message>
    <message>
        <source>clé de signature de cet ordinateur invalide ({path}).</source>
        <translation>this computer&apos;s signing key is invalid ({path}).</translation>
    </message>
    <message>
        <source>le code saisi ne correspond pas à celui de « {name} » ({file}) : cet ordinateur n&apos;a pas été enrôlé. Relisez le code affiché sur son écran ; s&apos;il diffère vraiment, le fichier ne vient pas de lui.</source>
        <translation>the code typed does not match the one of “{name}” ({file}): this computer was not enrolled. Read again the code shown on its screen; if it really differs, the file does not come from it.</translation>
    </message>
    <message>
        <source>Écriture dans la base impossible ({reason}) : {file} n&apos;a pas été fusionné et la base est restée telle qu&apos;avant ce fichier.</source>
        <translation>Cannot write to the database ({reason}): {file} was not merged and the database stayed as it was before this file.</translation>
    </message>
    <message>
        <source>La base a refusé les données de {file} ({reason}) : ce fichier n&apos;a pas été fusionné et la base est restée telle qu&apos;avant lui.</source>
        <translation>The database refused the data of {file} ({reason}): this file was not merged and the database stayed as it was before it.</translation>
    </message>
    <message>
        <source>{what} : la base partagée est trop occupée par d&apos;autres fusions en même temps ({attempts} tentatives). Rien n&apos;a été écrit pour ce fichier ; recommencez dans un moment.</source>
        <translation>{what}: the shared database is too busy with other merges at the same time ({attempts} attempts). Nothing was written for this file; try again in a moment.</translation>
    </message>
    <message>
        <source>{file} : XLSForm illisible ({reason}).</source>
        <translation>{file}: unreadable XLSForm ({reason}).</translation>
    </message>
    <message>
        <source>{file} : pas de feuille « survey », ce n&apos;est pas un XLSForm.</source>
        <translation>{file}: no “survey” sheet, this is not an XLSForm.</translation>
    </message>
    <message>
        <source>{file} : ce n&apos;est pas un fichier CSV (contenu binaire). Exportez les données en CSV ou en XLSX depuis Kobo, ODK Central ou le tableur.</source>
        <translation>{file}: this is not a CSV file (binary content). Export the data as CSV or XLSX from Kobo, ODK Central or the spreadsheet.</translation>
    </message>
    <message>
        <source>{file} : fichier illisible ({reason}).</source>
        <translation>{file}: unreadable file ({reason}).</translation>
    </message>
    <message>
        <source>{file} : l&apos;identifiant {id} apparaît deux fois (lignes {first} et {second}) ; corrigez le fichier. Rien n&apos;a été importé.</source>
        <translation>{file}: the identifier {id} appears twice (lines {first} and {second}); correct the file. Nothing was imported.</translation>
    </message>
    <message>
        <source>{file} : aucune ligne à importer.</source>
        <translation>{file}: no row to import.</translation>
    </message>
    <message>
        <source>{file} : aucune colonne ne correspond à une question du questionnaire « {form_id} » ({form_file}) : est-ce le bon questionnaire ? Rien n&apos;a été importé.</source>
        <translation>{file}: no column matches a question of the questionnaire “{form_id}” ({form_file}): is it the right questionnaire? Nothing was imported.</translation>
    </message>
    <message>
        <source>{file} : aucune ligne n&apos;a d&apos;identifiant de questionnaire (colonnes _uuid, meta/instanceID ou KEY) : rien n&apos;a été importé.</source>
        <translation>{file}: no row has a questionnaire identifier (columns _uuid, meta/instanceID or KEY): nothing was imported.</translation>
    </message>
    <message>
        <source>Format inconnu : {format} (csv, xlsx ou dta).</source>
        <translation>Unknown format: {format} (csv, xlsx or dta).</translation>
    </message>
    <message>
        <source>Aucun questionnaire terminé à exporter.</source>
        <translation>No finished questionnaire to export.</translation>
    </message>
    <message>
        <source>{file} : écriture impossible ({reason}).</source>
        <translation>{file}: cannot be written ({reason}).</translation>
    </message>
    <message>
        <source>{file} : fichier UTF-16 endommagé ({reason}).</source>
        <translation>{file}: damaged UTF-16 file ({reason}).</translation>
    </message>
    <message>
        <source>{file}, ligne {line} : une cellule dépasse {limit} Kio (fichier endommagé ou qui n&apos;est pas un export). Rien n&apos;a été importé.</source>
        <translation>{file}, line {line}: a cell is larger than {limit} KiB (a damaged file, or not an export). Nothing was imported.</translation>
    </message>
    <message>
        <source>{file}, ligne {line} : CSV illisible ({reason}). Rien n&apos;a été importé.</source>
        <translation>{file}, line {line}: unreadable CSV ({reason}). Nothing was imported.</translation>
    </message>
    <message>
        <source>{path} existe déjà avec un autre contenu : rien n&apos;a été écrit. Choisissez un autre dossier d&apos;export ou déplacez l&apos;ancien dossier « {folder} ».</source>
        <translation>{path} already exists with other content: nothing was written. Choose another export folder or move the old “{folder}” folder.</translation>
    </message>
    <message>
        <source>Langue inconnue « {lang} » : choisissez fr ou en.</source>
        <translation>Unknown language “{lang}”: choose fr or en.</translation>
    </message>
    <message>
        <source>Aucun questionnaire complet dans la base : aucune fiche n’a été produite.</source>
        <translation>No complete questionnaire in the database: no sheet was produced.</translation>
    </message>
    <message>
        <source>Ligne 1 : colonnes manquantes : {missing} (colonnes attendues : {expected}).</source>
        <translation>Line 1: missing columns: {missing} (expected columns: {expected}).</translation>
    </message>
    <message>
        <source>Ligne 1 : colonne manquante : {missing} (colonnes attendues : {expected}).</source>
        <translation>Line 1: missing column: {missing} (expected columns: {expected}).</translation>
    </message>
    <message>
        <source>{where} : questions inconnues dans le questionnaire : {names}.</source>
        <translation>{where}: questions unknown in the questionnaire: {names}.</translation>
    </message>
    <message>
        <source>{where} : question inconnue dans le questionnaire : {names}.</source>
        <translation>{where}: question unknown in the questionnaire: {names}.</translation>
    </message>
    <message>
        <source>{error} Rien n&apos;a été purgé.</source>
        <translation>{error} Nothing was purged.</translation>
    </message>
    <message>
        <source>Aucun questionnaire saisi sous le numéro papier « {number} ».</source>
        <translation>No questionnaire keyed under paper number “{number}”.</translation>
    </message>
    <message>
        <source>Le questionnaire n° {number} n&apos;est pas terminé : finissez la première saisie avant la double saisie.</source>
        <translation>Questionnaire no. {number} is not finished: finish the first keying before the second one.</translation>
    </message>
    <message>
        <source>Aucun questionnaire en conflit ne commence par « {prefix} ».</source>
        <translation>No questionnaire in conflict starts with “{prefix}”.</translation>
    </message>
    <message>
        <source>Plusieurs questionnaires en conflit commencent par « {prefix} » : donnez plus de caractères de l&apos;identifiant.</source>
        <translation>Several questionnaires in conflict start with “{prefix}”: give more characters of the identifier.</translation>
    </message>
    <message>
        <source>« {prefix} » ne désigne pas une seule des versions en conflit du questionnaire {uuid} ({versions}).</source>
        <translation>“{prefix}” does not name exactly one of the conflicting versions of questionnaire {uuid} ({versions}).</translation>
    </message>
    <message>
        <source>Part de double saisie inconnue : {share} (possibles : {choices} ; 0 pour aucune).</source>
        <translation>Unknown double-keying share: {share} (possible: {choices}; 0 for none).</translation>
    </message>
    <message>
        <source>Premier lancement non enregistré : {problems}</source>
        <translation>First start not saved: {problems}</translation>
    </message>
    <message>
        <source>Fiche de l’offre impossible avec ce questionnaire structures : {error}</source>
        <translation>Offer sheet impossible with this structures form: {error}</translation>
    </message>
    <message>
        <source>Aucune enquête structures dans la base : pas de fiche de l’offre.</source>
        <translation>No structures survey in the database: no offer sheet.</translation>
    </message>
    <message>
        <source>Aucun questionnaire structures complet : pas de fiche de l’offre.</source>
        <translation>No complete structures questionnaire: no offer sheet.</translation>
    </message>
    <message>
        <source>Écriture de « {name} » impossible ({reason}).</source>
        <translation>Could not write “{name}” ({reason}).</translation>
    </message>
    <message>
        <source>Contours des communes illisibles ({reason}).</source>
        <translation>Municipality outlines unreadable ({reason}).</translation>
    </message>
    <message>
        <source>{name} : aucun contour de commune avec un code INSEE.</source>
        <translation>{name}: no municipality outline with an INSEE code.</translation>
    </message>
    <message>
        <source>--operator : personne ne s&apos;appelle « {name} » (connus : {known}).</source>
        <translation>--operator: nobody is called “{name}” (known: {known}).</translation>
    </message>
    <message>
        <source>nom de l&apos;ordinateur : il est vide.</source>
        <translation>computer name: it is empty.</translation>
    </message>
    <message>
        <source>nom du coordinateur ou de la coordinatrice : il est vide.</source>
        <translation>coordinator&apos;s name: it is empty.</translation>
    </message>
    <message>
        <source>mot de passe de la coordination : {problem}.</source>
        <translation>coordination password: {problem}.</translation>
    </message>
    <message>
        <source>un médiateur ou une médiatrice sans nom.</source>
        <translation>a mediator without a name.</translation>
    </message>
    <message>
        <source>{name} : ce nom est déjà dans la liste.</source>
        <translation>{name}: this name is already in the list.</translation>
    </message>
    <message>
        <source>code de {name} : {problem}.</source>
        <translation>code of {name}: {problem}.</translation>
    </message>
    <message>
        <source>le code ou mot de passe doit compter au moins {length} caractères</source>
        <translation>the code or password must have at least {length} characters</translation>
    </message>
    <message>
        <source>le code ou mot de passe ne peut pas commencer ni finir par une espace</source>
        <translation>the code or password cannot start or end with a space</translation>
    </message>
    <message>
        <source>les deux saisies du code ou mot de passe sont différentes</source>
        <translation>the two entries of the code or password differ</translation>
    </message>
    <message>
        <source>{file} : import refusé, rien n&apos;a été écrit : {rows} pas le questionnaire ({answers} en cause). {advice}{problems}</source>
        <translation>{file}: import refused, nothing was written: {rows} the questionnaire ({answers} at fault). {advice}{problems}</translation>
    </message>
    <message>
        <source>{count} ligne ne respecte</source>
        <translation>{count} row does not follow</translation>
    </message>
    <message>
        <source>{count} lignes ne respectent</source>
        <translation>{count} rows do not follow</translation>
    </message>
    <message>
        <source>{count} réponse</source>
        <translation>{count} answer</translation>
    </message>
    <message>
        <source>{count} réponses</source>
        <translation>{count} answers</translation>
    </message>
    <message>
        <source>Corrigez le fichier, ou importez avec --keep-invalid pour les garder « à vérifier » (hors de tous les chiffres).</source>
        <translation>Correct the file, or import with --keep-invalid to keep them “to check” (outside every figure).</translation>
    </message>
    <message>
        <source>Corrigez le fichier, ou cochez « à vérifier ».</source>
        <translation>Correct the file, or tick “to check”.</translation>
    </message>
    <message>
        <source>Un autre poste a enregistré la même donnée au même moment dans la base partagée : rien n&apos;a été enregistré, recommencez.</source>
        <translation>Another computer saved the same data at the same moment in the shared database: nothing was saved, try again.</translation>
    </message>
    <message>
        <source>{what} : Un autre poste a enregistré la même donnée au même moment dans la base partagée : rien n&apos;a été enregistré, recommencez.</source>
        <translation>{what}: another computer saved the same data at the same moment in the shared database: nothing was saved, try again.</translation>
    </message>
    <message>
        <source>Version de questionnaire introuvable : {form_version}.</source>
        <translation>Questionnaire version not found: {form_version}.</translation>
    </message>
    <message>
        <source>Opérateur introuvable : {operator}.</source>
        <translation>Operator not found: {operator}.</translation>
    </message>
    <message>
        <source>Opérateur inconnu (n° {operator}).</source>
        <translation>Unknown operator (no. {operator}).</translation>
    </message>
    <message>
        <source>Ce questionnaire n&apos;est pas terminé : son brouillon est tout ce qui existe.</source>
        <translation>This questionnaire is not finished: its draft is all there is.</translation>
    </message>
    <message>
        <source>Le questionnaire {uuid} n&apos;est pas encore terminé : il doit d&apos;abord être finalisé.</source>
        <translation>Questionnaire {uuid} is not finished yet: it must be finalised first.</translation>
    </message>
    <message>
        <source>Le questionnaire {uuid} n&apos;est pas en conflit.</source>
        <translation>Questionnaire {uuid} is not in conflict.</translation>
    </message>
    <message>
        <source>La version {version} n&apos;est pas une des versions en conflit.</source>
        <translation>Version {version} is not one of the conflicting versions.</translation>
    </message>
    <message>
        <source>quotas de « {zone} » invalides : effectifs négatifs ou zone vide.</source>
        <translation>invalid quotas for “{zone}”: negative counts or empty zone.</translation>
    </message>
    <message>
        <source>issue de questionnaire inconnue : « {outcome} ».</source>
        <translation>unknown questionnaire outcome: “{outcome}”.</translation>
    </message>
    <message>
        <source>Résolution inconnue « {resolution} » : confirme ou corrige.</source>
        <translation>Unknown resolution “{resolution}”: confirme or corrige.</translation>
    </message>
    <message>
        <source>Le questionnaire {uuid} n&apos;est pas « à vérifier ».</source>
        <translation>Questionnaire {uuid} is not “to review”.</translation>
    </message>
    <message>
        <source>Le questionnaire {uuid} est supprimé : rien n&apos;a été joint.</source>
        <translation>Questionnaire {uuid} is deleted: nothing was attached.</translation>
    </message>
    <message>
        <source>Le fichier {name} ne peut pas être lu ({reason}) : rien n&apos;a été joint.</source>
        <translation>The file {name} cannot be read ({reason}): nothing was attached.</translation>
    </message>
    <message>
        <source>Pièce jointe introuvable : {name} ({uuid}).</source>
        <translation>Attachment not found: {name} ({uuid}).</translation>
    </message>
    <message>
        <source>La pièce jointe {name} du questionnaire {uuid} existe déjà ici avec un autre contenu : la fusion n&apos;a rien enregistré. Signalez-le au coordinateur.</source>
        <translation>The attachment {name} of questionnaire {uuid} already exists here with different content: the merge saved nothing. Report it to the coordinator.</translation>
    </message>
    <message>
        <source>Aucune caméra n&apos;est reconnue sur cet ordinateur : branchez-en une, ou fermez et joignez un fichier.</source>
        <translation>No camera is recognised on this computer: plug one in, or close and attach a file.</translation>
    </message>
    <message>
        <source>L&apos;accès à la caméra est refusé par le système : autorisez l&apos;application dans les réglages de confidentialité de l&apos;ordinateur (Caméra), ou fermez et joignez un fichier.</source>
        <translation>The system refuses access to the camera: allow the application in the computer&apos;s privacy settings (Camera), or close and attach a file.</translation>
    </message>
    <message>
        <source>La caméra ne répond pas : elle est peut-être déjà utilisée par une autre application (visioconférence…) ou a été débranchée. Fermez cette application et réessayez, ou joignez un fichier.</source>
        <translation>The camera does not respond: another application (video call…) may already be using it, or it was unplugged. Close that application and try again, or attach a file.</translation>
    </message>
    <message>
        <source>La photo n&apos;a pas pu être prise : rien n&apos;a été joint. Réessayez, ou fermez et joignez un fichier.</source>
        <translation>The photo could not be taken: nothing was attached. Try again, or close and attach a file.</translation>
    </message>
    <message>
        <source>Le fichier « {name} » du formulaire {form} diffère de celui déjà enregistré avec cette version du formulaire : rien n&apos;a été enregistré. Changez la version du formulaire (feuille « settings ») pour utiliser le nouveau fichier.</source>
        <translation>The file “{name}” of form {form} differs from the one already saved with this version of the form: nothing was saved. Change the form’s version (“settings” sheet) to use the new file.</translation>
    </message>
    <message>
        <source>Le fichier « {name} » du formulaire {form} pèse {size}, plus que les {limit} admis pour un fichier de formulaire : rien n&apos;a été enregistré. Réduisez-le (image moins grande, liste découpée).</source>
        <translation>The file “{name}” of form {form} weighs {size}, more than the {limit} allowed for a form file: nothing was saved. Make it smaller (smaller image, list split).</translation>
    </message>
    <message>
        <source>Les fichiers du formulaire {form} pèsent ensemble {size}, plus que les {limit} admis pour une version de formulaire (le plus gros : « {name} ») : rien n&apos;a été enregistré. Réduisez-les (images moins grandes, listes découpées).</source>
        <translation>The files of form {form} weigh {size} together, more than the {limit} allowed for a form version (the largest: “{name}”): nothing was saved. Make them smaller (smaller images, lists split).</translation>
    </message>
    <message>
        <source>Vérification introuvable : {verification}.</source>
        <translation>Verification not found: {verification}.</translation>
    </message>
    <message>
        <source>Seul un questionnaire terminé peut être ressaisi pour vérification.</source>
        <translation>Only a finished questionnaire can be keyed again for verification.</translation>
    </message>
    <message>
        <source>Cette double saisie a déjà été vérifiée.</source>
        <translation>This double entry has already been verified.</translation>
    </message>
    <message>
        <source>Sauvegarde de la base {where} impossible : l&apos;outil pg_dump de PostgreSQL n&apos;est pas installé sur cet ordinateur (paquet « postgresql-client »).</source>
        <translation>Cannot back up the database {where}: PostgreSQL’s pg_dump tool is not installed on this computer (package “postgresql-client”).</translation>
    </message>
    <message>
        <source>Sauvegarde de la base {where} impossible : pg_dump a échoué ({reason}).</source>
        <translation>Cannot back up the database {where}: pg_dump failed ({reason}).</translation>
    </message>
    <message>
        <source>La sauvegarde de la base {where} ne se relit pas correctement ({reason}).</source>
        <translation>The backup of the database {where} does not read back correctly ({reason}).</translation>
    </message>
    <message>
        <source>La sauvegarde de la base {where} ne se relit pas correctement (tables absentes : {tables}).</source>
        <translation>The backup of the database {where} does not read back correctly (missing tables: {tables}).</translation>
    </message>
    <message>
        <source>Sauvegarde de la base {where} impossible : {reason}.</source>
        <translation>Cannot back up the database {where}: {reason}.</translation>
    </message>
    <message>
        <source>Le serveur PostgreSQL {where} refuse la connexion : identifiant ou mot de passe refusé. Vérifiez l&apos;utilisateur et le mot de passe de l&apos;adresse de la base.</source>
        <translation>The PostgreSQL server {where} refuses the connection: user name or password rejected. Check the user and the password in the database address.</translation>
    </message>
    <message>
        <source>La base {where} n&apos;existe pas sur le serveur PostgreSQL : demandez à son administrateur de la créer (createdb), puis recommencez.</source>
        <translation>The database {where} does not exist on the PostgreSQL server: ask its administrator to create it (createdb), then try again.</translation>
    </message>
    <message>
        <source>Aucun serveur PostgreSQL ne répond à l&apos;adresse {where} : vérifiez que le serveur est démarré et que l&apos;adresse (hôte, port) est la bonne.</source>
        <translation>No PostgreSQL server answers at the address {where}: check that the server is running and that the address (host, port) is right.</translation>
    </message>
    <message>
        <source>Impossible d&apos;ouvrir la base {where} : {reason}</source>
        <translation>Cannot open the database {where}: {reason}</translation>
    </message>
    <message>
        <source>en-tête de chiffrement endommagé : le fichier a été modifié ou abîmé (ce n&apos;est pas une question de phrase de passe). Demandez un nouvel export.</source>
        <translation>damaged encryption header: the file was modified or damaged (this is not a passphrase problem). Ask for a new export.</translation>
    </message>
    <message>
        <source>fichier d&apos;export au format {version}, plus récent que celui de cette application ({newest}) : mettez inclusion_desktop à jour.</source>
        <translation>export file in format {version}, newer than this application&apos;s ({newest}): update inclusion_desktop.</translation>
    </message>
    <message>
        <source>le formulaire {name} de la base ne correspond pas à son empreinte enregistrée : aucun fichier d&apos;export n&apos;a été écrit.</source>
        <translation>the form {name} in the database does not match its recorded hash: no export file was written.</translation>
    </message>
    <message>
        <source>{reason} Aucun fichier d&apos;export n&apos;a été écrit.</source>
        <translation>{reason} No export file was written.</translation>
    </message>
    <message>
        <source>relecture du fichier d&apos;export échouée ({reason}) : il a été effacé.</source>
        <translation>reading back the export file failed ({reason}): it was deleted.</translation>
    </message>
    <message>
        <source>le fichier d&apos;export relu diffère de celui écrit : il a été effacé.</source>
        <translation>the export file read back differs from the one written: it was deleted.</translation>
    </message>
    <message>
        <source>archive de {count} membres, plus que les {limit} admis : refusée.</source>
        <translation>archive of {count} members, more than the {limit} allowed: refused.</translation>
    </message>
    <message>
        <source>manifeste invalide (version de format absente).</source>
        <translation>invalid manifest (format version missing).</translation>
    </message>
    <message>
        <source>manifeste invalide (liste des membres absente).</source>
        <translation>invalid manifest (list of members missing).</translation>
    </message>
    <message>
        <source>membre non déclaré dans le manifeste : {name}.</source>
        <translation>member not declared in the manifest: {name}.</translation>
    </message>
    <message>
        <source>membre manquant : {name} (fichier tronqué ?).</source>
        <translation>missing member: {name} (truncated file?).</translation>
    </message>
    <message>
        <source>le membre {name} ne correspond pas à son empreinte SHA-256.</source>
        <translation>the member {name} does not match its SHA-256 hash.</translation>
    </message>
    <message>
        <source>fichier tronqué ou endommagé ({reason}).</source>
        <translation>truncated or damaged file ({reason}).</translation>
    </message>
    <message>
        <source>contenu invalide ({kind}: {reason}).</source>
        <translation>invalid content ({kind}: {reason}).</translation>
    </message>
    <message>
        <source>{name} illisible ({reason}).</source>
        <translation>{name} cannot be read ({reason}).</translation>
    </message>
    <message>
        <source>{name} illisible.</source>
        <translation>{name} cannot be read.</translation>
    </message>
    <message>
        <source>le formulaire {name} ne correspond pas à son empreinte.</source>
        <translation>the form {name} does not match its hash.</translation>
    </message>
    <message>
        <source>ligne {line} de {name} illisible ({reason}).</source>
        <translation>line {line} of {name} cannot be read ({reason}).</translation>
    </message>
    <message>
        <source>questionnaire {uuid} présent deux fois.</source>
        <translation>questionnaire {uuid} present twice.</translation>
    </message>
    <message>
        <source>questionnaire {uuid} : formulaire absent du fichier d&apos;export.</source>
        <translation>questionnaire {uuid}: its form is missing from the export file.</translation>
    </message>
    <message>
        <source>une révision du questionnaire {uuid} ne correspond pas à son empreinte (contenu modifié).</source>
        <translation>a revision of questionnaire {uuid} does not match its hash (content modified).</translation>
    </message>
    <message>
        <source>les totaux du manifeste ne correspondent pas au contenu.</source>
        <translation>the manifest&apos;s totals do not match the content.</translation>
    </message>
    <message>
        <source>le membre {name} dépasserait {size} une fois décompressé (archive piégée ou endommagée) : fichier refusé, rien n&apos;a été décompressé ni fusionné.</source>
        <translation>the member {name} would exceed {size} once decompressed (booby-trapped or damaged archive): file refused, nothing was decompressed or merged.</translation>
    </message>
    <message>
        <source>le contenu de l&apos;archive dépasserait {size} une fois décompressé (archive piégée ou endommagée) : fichier refusé, rien n&apos;a été décompressé ni fusionné.</source>
        <translation>the archive&apos;s content would exceed {size} once decompressed (booby-trapped or damaged archive): file refused, nothing was decompressed or merged.</translation>
    </message>
    <message>
        <source>la pièce jointe {name} ne correspond pas à son empreinte SHA-256 (fichier modifié ou abîmé) : rien n&apos;a été fusionné. Demandez un nouvel export.</source>
        <translation>the attachment {name} does not match its SHA-256 hash (file modified or damaged): nothing was merged. Ask for a new export.</translation>
    </message>
    <message>
        <source>la pièce jointe {name} du questionnaire {uuid} ne correspond pas à son empreinte SHA-256 (fichier modifié ou abîmé) : rien n&apos;a été fusionné. Demandez un nouvel export.</source>
        <translation>the attachment {name} of questionnaire {uuid} does not match its SHA-256 hash (file modified or damaged): nothing was merged. Ask for a new export.</translation>
    </message>
    <message>
        <source>le fichier de formulaire {name} ne correspond pas à son empreinte SHA-256 (fichier modifié ou abîmé) : rien n&apos;a été fusionné. Demandez un nouvel export.</source>
        <translation>the form file {name} does not match its SHA-256 hash (file modified or damaged): nothing was merged. Ask for a new export.</translation>
    </message>
    <message>
        <source>le fichier {name} du formulaire {form} ne correspond pas à son empreinte SHA-256 (fichier modifié ou abîmé) : rien n&apos;a été fusionné. Demandez un nouvel export.</source>
        <translation>the file {name} of form {form} does not match its SHA-256 hash (file modified or damaged): nothing was merged. Ask for a new export.</translation>
    </message>
    <message>
        <source>{name} : texte attendu</source>
        <translation>{name}: text expected</translation>
    </message>
    <message>
        <source>{name} : horodatage sans fuseau</source>
        <translation>{name}: timestamp without time zone</translation>
    </message>
    <message>
        <source>{uuid} : mode de saisie inconnu</source>
        <translation>{uuid}: unknown entry mode</translation>
    </message>
    <message>
        <source>{uuid} : appareil ou opérateur non déclaré</source>
        <translation>{uuid}: device or operator not declared</translation>
    </message>
    <message>
        <source>{uuid} : statut inconnu {status}</source>
        <translation>{uuid}: unknown status {status}</translation>
    </message>
    <message>
        <source>{uuid} : réponses invalides</source>
        <translation>{uuid}: invalid answers</translation>
    </message>
    <message>
        <source>{uuid} : empreinte invalide</source>
        <translation>{uuid}: invalid hash</translation>
    </message>
    <message>
        <source>{uuid} : numéro de révision invalide</source>
        <translation>{uuid}: invalid revision number</translation>
    </message>
    <message>
        <source>{uuid} : aucune révision</source>
        <translation>{uuid}: no revision</translation>
    </message>
    <message>
        <source>nom de fichier de formulaire invalide : {name}</source>
        <translation>invalid form file name: {name}</translation>
    </message>
    <message>
        <source>fichier de formulaire {name} non déclaré</source>
        <translation>form file {name} not declared</translation>
    </message>
    <message>
        <source>fichier de formulaire {name} : taille invalide</source>
        <translation>form file {name}: invalid size</translation>
    </message>
    <message>
        <source>le fichier {name} du formulaire {form} pèse {size}, plus que les {limit} admis pour un fichier de formulaire : rien n&apos;a été fusionné.</source>
        <translation>file {name} of form {form} weighs {size}, more than the {limit} allowed for a form file: nothing was merged.</translation>
    </message>
    <message>
        <source>les fichiers du formulaire {form} pèsent ensemble {size}, plus que les {limit} admis pour une version de formulaire (le plus gros : {name}) : rien n&apos;a été fusionné.</source>
        <translation>the files of form {form} weigh {size} together, more than the {limit} allowed for a form version (the largest: {name}): nothing was merged.</translation>
    </message>
    <message>
        <source>pièce jointe {name} non déclarée</source>
        <translation>attachment {name} not declared</translation>
    </message>
    <message>
        <source>nom de pièce jointe invalide : {name}</source>
        <translation>invalid attachment name: {name}</translation>
    </message>
    <message>
        <source>pièce jointe {name} d&apos;un questionnaire absent du fichier</source>
        <translation>attachment {name} of a questionnaire missing from the file</translation>
    </message>
    <message>
        <source>pièce jointe {name} : taille invalide</source>
        <translation>attachment {name}: invalid size</translation>
    </message>
    <message>
        <source>{name} : objet attendu</source>
        <translation>{name}: object expected</translation>
    </message>
    <message>
        <source>ligne {line} de {name} : identifiant invalide ou en double</source>
        <translation>line {line} of {name}: invalid or duplicate identifier</translation>
    </message>
    <message>
        <source>ligne {line} de {name} : appareil non déclaré</source>
        <translation>line {line} of {name}: device not declared</translation>
    </message>
    <message>
        <source>ligne {line} de {name} : chaînage invalide</source>
        <translation>line {line} of {name}: invalid chaining</translation>
    </message>
    <message>
        <source>ligne {line} de {name} : signature invalide</source>
        <translation>line {line} of {name}: invalid signature</translation>
    </message>
    <message>
        <source>espace insuffisant sur le support : {nothing_written}</source>
        <translation>not enough space on the medium: {nothing_written}</translation>
    </message>
    <message>
        <source>le support est en lecture seule ou l&apos;écriture y est interdite : {nothing_written}</source>
        <translation>the medium is read-only or writing to it is forbidden: {nothing_written}</translation>
    </message>
    <message>
        <source>écriture impossible ({reason}) : {nothing_written}</source>
        <translation>cannot write ({reason}): {nothing_written}</translation>
    </message>
    <message>
        <source>aucun {what} n&apos;a été écrit.</source>
        <translation>no {what} was written.</translation>
    </message>
    <message>
        <source>aucun fichier d&apos;export n&apos;a été écrit.</source>
        <translation>no export file was written.</translation>
    </message>
    <message>
        <source>aucun fichier PDF n&apos;a été écrit.</source>
        <translation>no PDF file was written.</translation>
    </message>
    <message>
        <source>Cette question est obligatoire.</source>
        <translation>This question is required.</translation>
    </message>
    <message>
        <source>Cette réponse n&apos;est pas acceptée.</source>
        <translation>This answer is not accepted.</translation>
    </message>
    <message>
        <source>Entrez un nombre entier.</source>
        <translation>Enter a whole number.</translation>
    </message>
    <message>
        <source>Entrez un nombre (par exemple 12,5).</source>
        <translation>Enter a number (for example 12.5).</translation>
    </message>
    <message>
        <source>Entrez une date au format JJ/MM/AAAA.</source>
        <translation>Enter a date as DD/MM/YYYY.</translation>
    </message>
    <message>
        <source>Entrez un mois et une année au format MM/AAAA.</source>
        <translation>Enter a month and a year as MM/YYYY.</translation>
    </message>
    <message>
        <source>Entrez une année sur quatre chiffres (AAAA).</source>
        <translation>Enter a four-digit year (YYYY).</translation>
    </message>
    <message>
        <source>Entrez une heure au format HH:MM.</source>
        <translation>Enter a time as HH:MM.</translation>
    </message>
    <message>
        <source>Entrez un nombre.</source>
        <translation>Enter a number.</translation>
    </message>
    <message>
        <source>Entrez un nombre entre {low} et {high}.</source>
        <translation>Enter a number between {low} and {high}.</translation>
    </message>
    <message>
        <source>Ce choix n&apos;est pas dans la liste : {choices}.</source>
        <translation>This choice is not in the list: {choices}.</translation>
    </message>
    <message>
        <source>Entrez une date et une heure au format AAAA-MM-JJTHH:MM.</source>
        <translation>Enter a date and time as YYYY-MM-DDTHH:MM.</translation>
    </message>
    <message>
        <source>Entrez « latitude longitude » (par exemple 50.27 3.97), éventuellement suivies de l&apos;altitude et de la précision.</source>
        <translation>Enter &quot;latitude longitude&quot; (for example 50.27 3.97), optionally followed by altitude and accuracy.</translation>
    </message>
    <message>
        <source>Latitude entre -90 et 90, longitude entre -180 et 180.</source>
        <translation>Latitude between -90 and 90, longitude between -180 and 180.</translation>
    </message>
    <message>
        <source>Entrez au moins {count} points « latitude longitude » séparés par « ; ».</source>
        <translation>Enter at least {count} &quot;latitude longitude&quot; points separated by &quot;;&quot;.</translation>
    </message>
    <message>
        <source>{extra} répétitions de plus que prévu ({count}) : supprimez celles en trop.</source>
        <translation>{extra} more repetitions than expected ({count}): remove the extra ones.</translation>
    </message>
    <message>
        <source>{extra} répétition de plus que prévu ({count}) : supprimez-la.</source>
        <translation>{extra} more repetition than expected ({count}): remove it.</translation>
    </message>
    <message>
        <source>{group} n° {number} : {message}</source>
        <translation>{group} no. {number}: {message}</translation>
    </message>
    <message>
        <source>journal d&apos;audit de « {name} » : la ligne du {when} ({action}) a été modifiée.</source>
        <translation>audit log of “{name}”: the row of {when} ({action}) was modified.</translation>
    </message>
    <message>
        <source>journal d&apos;audit de « {name} » : une ligne manque avant celle du {when} ({action}) : elle a été supprimée.</source>
        <translation>audit log of “{name}”: a row is missing before the one of {when} ({action}): it was deleted.</translation>
    </message>
    <message>
        <source>journal d&apos;audit de « {name} » : la chaîne des lignes est fourchue (lignes réécrites).</source>
        <translation>audit log of “{name}”: the chain of rows is forked (rows rewritten).</translation>
    </message>
    <message>
        <source>journal d&apos;audit de « {name} » : la ligne du {when} ({action}) n&apos;est pas signée alors que les précédentes le sont : elle a été réécrite.</source>
        <translation>audit log of “{name}”: the row of {when} ({action}) is not signed although the previous ones are: it was rewritten.</translation>
    </message>
    <message>
        <source>journal d&apos;audit de « {name} » : la signature de la ligne du {when} ({action}) ne correspond pas : la ligne a été modifiée ou signée par un autre ordinateur.</source>
        <translation>audit log of “{name}”: the signature of the row of {when} ({action}) does not match: the row was modified or signed by another computer.</translation>
    </message>
    <message>
        <source>ordinateur inconnu</source>
        <translation>unknown computer</translation>
    </message>
    <message>
        <source>{problem} Fichier refusé : rien n&apos;a été fusionné.</source>
        <translation>{problem} File refused: nothing was merged.</translation>
    </message>
    <message>
        <source>colonne transmise à ODK, sans effet sur ordinateur</source>
        <translation>column passed on to ODK, no effect on a computer</translation>
    </message>
    <message>
        <source>colonne ignorée (sans effet dans l&apos;application)</source>
        <translation>column ignored (no effect in the application)</translation>
    </message>
    <message>
        <source>images et sons des choix non affichés : le libellé est montré</source>
        <translation>images and sounds of choices not shown: the label is shown</translation>
    </message>
    <message>
        <source>réglage ignoré (valeur « {value} »)</source>
        <translation>setting ignored (value “{value}”)</translation>
    </message>
    <message>
        <source>fichier « {name} » absent des fichiers du formulaire : le libellé est montré</source>
        <translation>file “{name}” missing from the form&apos;s files: the label is shown</translation>
    </message>
    <message>
        <source>fichier « {name}.csv » de pulldata() absent : valeur vide</source>
        <translation>file “{name}.csv” of pulldata() missing: empty value</translation>
    </message>
    <message>
        <source>métadonnée « {type} » que l&apos;ordinateur ne fournit pas : laissée vide</source>
        <translation>metadata “{type}” that the computer does not provide: left empty</translation>
    </message>
    <message>
        <source>« rank » : les choix sont cochés dans l&apos;ordre de leur classement</source>
        <translation>“rank”: the choices are ticked in the order of their ranking</translation>
    </message>
    <message>
        <source>« read_only » calculé : la question reste modifiable</source>
        <translation>calculated “read_only”: the question stays editable</translation>
    </message>
    <message>
        <source>fichier de choix « {name} » absent des fichiers du formulaire : la réponse est saisie en texte</source>
        <translation>choice file “{name}” missing from the form&apos;s files: the answer is typed as text</translation>
    </message>
    <message>
        <source>liste externe « {list_name} » absente : la réponse est saisie en texte</source>
        <translation>external list “{list_name}” missing: the answer is typed as text</translation>
    </message>
    <message>
        <source>choix présentés dans l&apos;ordre de la feuille</source>
        <translation>choices shown in the order of the sheet</translation>
    </message>
    <message>
        <source>paramètre sans effet sur ordinateur : {parameters}</source>
        <translation>parameter with no effect on a computer: {parameters}</translation>
    </message>
    <message>
        <source>« calculate » sans « calculation » : valeur toujours vide</source>
        <translation>“calculate” without “calculation”: value always empty</translation>
    </message>
    <message>
        <source>apparence « {appearance} » sans équivalent sur ordinateur : affichage ordinaire</source>
        <translation>appearance “{appearance}” with no equivalent on a computer: ordinary display</translation>
    </message>
    <message>
        <source>chemin vers « {reference} », absent du formulaire : valeur vide</source>
        <translation>path to “{reference}”, not in the form: empty value</translation>
    </message>
    <message>
        <source>« {name} » sans ${{}} est lu comme vide (comme ODK)</source>
        <translation>“{name}” without ${{}} is read as empty (as in ODK)</translation>
    </message>
    <message>
        <source>de {low} à {high} ans</source>
        <translation>from {low} to {high} years old</translation>
    </message>
    <message>
        <source>de {low} ans et plus</source>
        <translation>aged {low} and over</translation>
    </message>
    <message>
        <source>« {label} »</source>
        <translation>“{label}”</translation>
    </message>
    <message>
        <source>{count} personne</source>
        <translation>{count} person</translation>
    </message>
    <message>
        <source>{count} personnes</source>
        <translation>{count} people</translation>
    </message>
    <message>
        <source>{count} femme</source>
        <translation>{count} woman</translation>
    </message>
    <message>
        <source>{count} femmes</source>
        <translation>{count} women</translation>
    </message>
    <message>
        <source>{count} homme</source>
        <translation>{count} man</translation>
    </message>
    <message>
        <source>{count} hommes</source>
        <translation>{count} men</translation>
    </message>
    <message>
        <source>{first} et {second}</source>
        <translation>{first} and {second}</translation>
    </message>
    <message>
        <source>il manque {people} {band} à {zone}</source>
        <translation>{people} {band} still needed in {zone}</translation>
    </message>
    <message>
        <source>il manque {people} {band} à {zone}, dont {detail}</source>
        <translation>{people} {band} still needed in {zone}, including {detail}</translation>
    </message>
    <message>
        <source>{people} {band} à {zone} ({done} sur {target})</source>
        <translation>{people} {band} in {zone} ({done} of {target})</translation>
    </message>
    <message>
        <source>aucun questionnaire encore : pas de projection.</source>
        <translation>no questionnaire yet: no projection.</translation>
    </message>
    <message>
        <source>au rythme actuel, n_eff attendu {expected} pour {planned} questionnaires (aujourd&apos;hui {n_eff} pour {done})</source>
        <translation>at the current pace, expected n_eff {expected} for {planned} questionnaires (today {n_eff} for {done})</translation>
    </message>
    <message>
        <source>Objectifs atteints à {zone} ({count} questionnaires).</source>
        <translation>Targets reached in {zone} ({count} questionnaires).</translation>
    </message>
    <message>
        <source>À trouver en priorité : {cells}.</source>
        <translation>To find first: {cells}.</translation>
    </message>
    <message>
        <source> ; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>révision signée par aucun ordinateur enrôlé (faite sur « {laptop} ») : questionnaire refusé</source>
        <translation>revision signed by no enrolled computer (made on “{laptop}”): questionnaire refused</translation>
    </message>
    <message>
        <source>formulaire {file} refusé par la vérification ({problem})</source>
        <translation>form {file} refused by the check ({problem})</translation>
    </message>
    <message>
        <source>formulaire {file} refusé par la vérification ({problem}, et {count} autre problème)</source>
        <translation>form {file} refused by the check ({problem}, and {count} other problem)</translation>
    </message>
    <message>
        <source>formulaire {file} refusé par la vérification ({problem}, et {count} autres problèmes)</source>
        <translation>form {file} refused by the check ({problem}, and {count} other problems)</translation>
    </message>
    <message>
        <source>questionnaire illisible</source>
        <translation>unreadable questionnaire</translation>
    </message>
    <message>
        <source>Le compte de « {name} » a été modifié en dehors de l&apos;application (rôle ou code changé dans le fichier de la base) : il est refusé. Un coordinateur ou une coordinatrice doit lui redonner son rôle et un nouveau code (Fichier &gt; Opérateurs et codes…), ou restaurer une sauvegarde ; « audit verify » le signale.</source>
        <translation>The account of “{name}” was changed outside the application (role or code changed in the database file): it is refused. A coordinator must give it back its role and a new code (File &gt; Operators and codes…), or restore a backup; “audit verify” reports it.</translation>
    </message>
    <message>
        <source>Le compte de « {name} » ne peut pas être vérifié : la clé de signature de cet ordinateur ({path}) manque ou est illisible. Remettez-la en place (sauvegarde de l&apos;ordinateur) à côté de la base, ou restaurez une sauvegarde de la base.</source>
        <translation>The account of “{name}” cannot be checked: this computer&apos;s signing key ({path}) is missing or unreadable. Put it back (from the computer&apos;s backup) beside the database, or restore a backup of the database.</translation>
    </message>
    <message>
        <source>Le compte de « {name} » ne peut pas être vérifié : la clé de signature de cet ordinateur ({path}) n&apos;est plus celle qui a scellé les comptes (fichier remplacé ou recréé). Remettez l&apos;ancienne clé à côté de la base, ou restaurez une sauvegarde.</source>
        <translation>The account of “{name}” cannot be checked: this computer&apos;s signing key ({path}) is no longer the one that sealed the accounts (file replaced or recreated). Put the old key back beside the database, or restore a backup.</translation>
    </message>
    <message>
        <source>Le compte de « {name} » a été supprimé du fichier de la base en dehors de l&apos;application (le journal d&apos;audit l&apos;avait enregistré) : les actions réservées à la coordination restent fermées. Restaurez une sauvegarde de la base.</source>
        <translation>The account of “{name}” was deleted from the database file outside the application (the audit log had recorded it): the actions reserved for coordination stay closed. Restore a backup of the database.</translation>
    </message>
    <message>
        <source>{file}, ligne {line}, colonne « {column} » (question « {question} ») : {value} — {rule} : {message}</source>
        <translation>{file}, line {line}, column “{column}” (question “{question}”): {value} — {rule}: {message}</translation>
    </message>
    <message>
        <source>« {value} »</source>
        <translation>“{value}”</translation>
    </message>
    <message>
        <source>(vide)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>réponse obligatoire manquante</source>
        <translation>required answer missing</translation>
    </message>
    <message>
        <source>type de réponse</source>
        <translation>answer type</translation>
    </message>
    <message>
        <source>code absent de la liste de choix</source>
        <translation>code not in the choice list</translation>
    </message>
    <message>
        <source>contrainte du questionnaire</source>
        <translation>constraint of the form</translation>
    </message>
    <message>
        <source>réponse à une question qui ne se pose pas</source>
        <translation>answer to a question that is not asked</translation>
    </message>
    <message>
        <source>la question ne se pose pas avec les autres réponses de la ligne.</source>
        <translation>the question is not asked given the other answers of the row.</translation>
    </message>
    <message>
        <source>{whole},{tenth} Mo</source>
        <translation>{whole}.{tenth} MB</translation>
    </message>
    <message>
        <source>{whole} Mo</source>
        <translation>{whole} MB</translation>
    </message>
    <message>
        <source>Le fichier {name} pèse {size}, plus que les {limit} admis pour une pièce jointe : il n&apos;a pas été joint. Réduisez-le (photo moins grande, extrait plus court).</source>
        <translation>The file {name} weighs {size}, more than the {limit} allowed for an attachment: it was not attached. Make it smaller (a smaller photo, a shorter extract).</translation>
    </message>
    <message>
        <source>Fichier d&apos;export refusé : {reason} Rien n&apos;a été purgé.</source>
        <translation>Export file refused: {reason} Nothing was purged.</translation>
    </message>
    <message>
        <source>{count} questionnaire terminé ou supprimé sur {finished} ne figure pas dans {file} avec sa version actuelle : {listing}. Faites un nouvel export complet (pas « seulement ce qui n&apos;a pas été exporté ») et purgez avec ce fichier.</source>
        <translation>{count} finished or deleted questionnaire out of {finished} is not in {file} with its current version: {listing}. Make a new full export (not &quot;only what has not been exported&quot;) and purge with that file.</translation>
    </message>
    <message>
        <source>{count} questionnaires terminés ou supprimés sur {finished} ne figurent pas dans {file} avec leur version actuelle : {listing}. Faites un nouvel export complet (pas « seulement ce qui n&apos;a pas été exporté ») et purgez avec ce fichier.</source>
        <translation>{count} finished or deleted questionnaires out of {finished} are not in {file} with their current version: {listing}. Make a new full export (not &quot;only what has not been exported&quot;) and purge with that file.</translation>
    </message>
    <message>
        <source>{count} questionnaire en cours de saisie ou de correction : {listing}. Terminez-le ou supprimez-le, exportez, puis purgez.</source>
        <translation>{count} questionnaire still being entered or corrected: {listing}. Finish or delete it, export, then purge.</translation>
    </message>
    <message>
        <source>{count} questionnaires en cours de saisie ou de correction : {listing}. Terminez-les ou supprimez-les, exportez, puis purgez.</source>
        <translation>{count} questionnaires still being entered or corrected: {listing}. Finish or delete them, export, then purge.</translation>
    </message>
    <message>
        <source>{problems} Rien n&apos;a été purgé.</source>
        <translation>{problems} Nothing was purged.</translation>
    </message>
    <message>
        <source>Aucun questionnaire à purger ; {file} a été vérifié.</source>
        <translation>No questionnaire to purge; {file} was verified.</translation>
    </message>
    <message>
        <source>Le questionnaire terminé ou supprimé de cet ordinateur est dans {file}, vérifié, avec sa version actuelle : la purge peut être faite.</source>
        <translation>The finished or deleted questionnaire of this computer is in {file}, verified, with its current version: the purge can be done.</translation>
    </message>
    <message>
        <source>Les {count} questionnaires terminés ou supprimés de cet ordinateur sont tous dans {file}, vérifié, avec leur version actuelle : la purge peut être faite.</source>
        <translation>All {count} finished or deleted questionnaires of this computer are in {file}, verified, with their current version: the purge can be done.</translation>
    </message>
    <message>
        <source>{shown} et {count} autre</source>
        <translation>{shown} and {count} other</translation>
    </message>
    <message>
        <source>{shown} et {count} autres</source>
        <translation>{shown} and {count} others</translation>
    </message>
    <message>
        <source>{short} ({zone}, commencé le {when})</source>
        <translation>{short} ({zone}, started on {when})</translation>
    </message>
    <message>
        <source>{short} ({zone}, commencé le {when}, {operator})</source>
        <translation>{short} ({zone}, started on {when}, {operator})</translation>
    </message>
    <message>
        <source>sans quartier</source>
        <translation>no neighbourhood</translation>
    </message>
    <message>
        <source>Campagne purgée : {questionnaires} et {versions} effacés de cet ordinateur (vérifiés dans {file}). Le journal d&apos;activité garde la trace de la purge.</source>
        <translation>Campaign purged: {questionnaires} and {versions} erased from this computer (verified in {file}). The activity log keeps a record of the purge.</translation>
    </message>
    <message>
        <source>Une sauvegarde faite juste avant ({backup}, dossier {folder}) contient encore les données : supprimez-la une fois la campagne close.</source>
        <translation>A backup made just before ({backup}, folder {folder}) still holds the data: delete it once the campaign is closed.</translation>
    </message>
    <message>
        <source>{count} questionnaire</source>
        <translation>{count} questionnaire</translation>
    </message>
    <message>
        <source>{count} questionnaires</source>
        <translation>{count} questionnaires</translation>
    </message>
    <message>
        <source>{count} version</source>
        <translation>{count} version</translation>
    </message>
    <message>
        <source>{count} versions</source>
        <translation>{count} versions</translation>
    </message>
    <message>
        <source>Sur le serveur PostgreSQL, les tables concernées ont été réécrites (VACUUM FULL) ; l&apos;ancien texte peut encore se trouver dans les journaux de transactions (WAL), les réplicas et les sauvegardes du serveur jusqu&apos;à leur renouvellement par son administrateur.</source>
        <translation>On the PostgreSQL server, the tables concerned were rewritten (VACUUM FULL); the old text may still be in the transaction logs (WAL), the replicas and the server&apos;s backups until its administrator renews them.</translation>
    </message>
    <message>
        <source>Aucun questionnaire pour le quartier « {zone} ». Quartiers : {known}.</source>
        <translation>No questionnaire for the neighbourhood “{zone}”. Neighbourhoods: {known}.</translation>
    </message>
    <message>
        <source>Impossible d’écrire dans le dossier « {folder} » ({reason}) : choisissez un dossier où vous avez le droit d’écrire.</source>
        <translation>Cannot write in the folder “{folder}” ({reason}): choose a folder you are allowed to write in.</translation>
    </message>
    <message>
        <source>Écriture de « {file} » impossible ({reason}) : vérifiez la place libre sur le disque et les droits du dossier.</source>
        <translation>“{file}” cannot be written ({reason}): check the free disk space and the folder&apos;s permissions.</translation>
    </message>
    <message>
        <source>Aucun questionnaire « {form_id} » dans la base : aucune fiche.</source>
        <translation>No “{form_id}” questionnaire in the database: no sheet.</translation>
    </message>
    <message>
        <source>Cibles de population enregistrées inutilisables : {reason}</source>
        <translation>The saved population targets cannot be used: {reason}</translation>
    </message>
    <message>
        <source>Les fiches de l’offre couvrent tout le territoire et sont en français : retirez --zone et --lang en.</source>
        <translation>The service offer sheets cover the whole territory and are in French: remove --zone and --lang en.</translation>
    </message>
    <message>
        <source>Police DejaVu Sans introuvable : installez le paquet fonts-dejavu-core (ou indiquez son dossier dans la variable INCLUSION_FONTS_DIR).</source>
        <translation>DejaVu Sans font not found: install the fonts-dejavu-core package (or give its folder in the INCLUSION_FONTS_DIR variable).</translation>
    </message>
    <message>
        <source>les cibles de population n&apos;ont pas de tranches d&apos;âge (« {variable} »).</source>
        <translation>the population targets have no age bands (“{variable}”).</translation>
    </message>
    <message>
        <source>les parts de population sont toutes nulles.</source>
        <translation>the population shares are all zero.</translation>
    </message>
    <message>
        <source>nombre de questionnaires prévu invalide ({planned}) : entre 1 et {most}.</source>
        <translation>invalid planned number of questionnaires ({planned}): between 1 and {most}.</translation>
    </message>
    <message>
        <source>quartier inconnu : « {zone} » (voir le territoire).</source>
        <translation>unknown neighbourhood: “{zone}” (see the territory).</translation>
    </message>
    <message>
        <source>cellule de quota inconnue : {band} × {sex}.</source>
        <translation>unknown quota cell: {band} × {sex}.</translation>
    </message>
    <message>
        <source>objectif invalide pour {band} × {sex} : « {value} ».</source>
        <translation>invalid target for {band} × {sex}: “{value}”.</translation>
    </message>
    <message>
        <source>Ligne {line} : variable ou modalité vide.</source>
        <translation>Line {line}: empty variable or category.</translation>
    </message>
    <message>
        <source>Ligne {line} : l’effectif « {value} » n’est pas un nombre.</source>
        <translation>Line {line}: the count “{value}” is not a number.</translation>
    </message>
    <message>
        <source>Ligne {line} : l’effectif doit être positif.</source>
        <translation>Line {line}: the count must be positive.</translation>
    </message>
    <message>
        <source>Ligne {line} : la modalité « {cell} » de « {variable} » apparaît deux fois.</source>
        <translation>Line {line}: the category “{cell}” of “{variable}” appears twice.</translation>
    </message>
    <message>
        <source>Le fichier de population ne contient aucun effectif.</source>
        <translation>The population file holds no count.</translation>
    </message>
    <message>
        <source>L’effectif total de « {variable} » est nul.</source>
        <translation>The total count of “{variable}” is zero.</translation>
    </message>
    <message>
        <source>Les variables n’ont pas le même effectif total ({totals}).</source>
        <translation>The variables do not have the same total count ({totals}).</translation>
    </message>
    <message>
        <source>Aucun effectif de population pour « {variable} ».</source>
        <translation>No population count for “{variable}”.</translation>
    </message>
    <message>
        <source>Structures par quartier : colonne « {column} » manquante.</source>
        <translation>Structures by neighbourhood: column “{column}” missing.</translation>
    </message>
    <message>
        <source>Structures par quartier, ligne {line} : quartier vide.</source>
        <translation>Structures by neighbourhood, line {line}: empty neighbourhood.</translation>
    </message>
    <message>
        <source>Quartier « {zone} » : {error}</source>
        <translation>Neighbourhood “{zone}”: {error}</translation>
    </message>
    <message>
        <source>La colonne « {column} » n’est pas numérique.</source>
        <translation>The column “{column}” is not numeric.</translation>
    </message>
    <message>
        <source>La colonne « {column} » n’est pas une colonne oui/non.</source>
        <translation>The column “{column}” is not a yes/no column.</translation>
    </message>
    <message>
        <source>Il faut un poids par questionnaire.</source>
        <translation>One weight per questionnaire is needed.</translation>
    </message>
    <message>
        <source>Les poids doivent être des nombres strictement positifs.</source>
        <translation>Weights must be strictly positive numbers.</translation>
    </message>
    <message>
        <source>La variable « {variable} » n’a pas une valeur par questionnaire.</source>
        <translation>The variable “{variable}” does not have one value per questionnaire.</translation>
    </message>
    <message>
        <source>Effectifs de population invalides pour « {variable} ».</source>
        <translation>Invalid population counts for “{variable}”.</translation>
    </message>
    <message>
        <source>Aucun répondant dans la ou les modalités « {cells} » de « {variable} » : regroupez-les avec une modalité voisine.</source>
        <translation>No respondent in the category(ies) “{cells}” of “{variable}”: merge them with a neighbouring category.</translation>
    </message>
    <message>
        <source>Aucune marge de calage.</source>
        <translation>No calibration margin.</translation>
    </message>
    <message>
        <source>Les marges de calage n’ont pas le même effectif total : {totals}.</source>
        <translation>The calibration margins do not have the same total count: {totals}.</translation>
    </message>
    <message>
        <source>Le calage sur les marges ne converge pas en {iterations} itérations : des cellules sont sans doute vides ou contradictoires.</source>
        <translation>Raking does not converge in {iterations} iterations: some cells are probably empty or contradictory.</translation>
    </message>
    <message>
        <source>{problems}</source>
        <translation>{problems}</translation>
    </message>
    <message>
        <source>Aucun répondant : les {refusals} questionnaires complets sont des refus (consentement « non ») ; aucune fiche n’a été produite.</source>
        <translation>No respondent: the {refusals} complete questionnaires are refusals (consent “no”); no sheet was produced.</translation>
    </message>
    <message>
        <source>Aucun répondant : le seul questionnaire complet est un refus (consentement « non ») ; aucune fiche n’a été produite.</source>
        <translation>No respondent: the only complete questionnaire is a refusal (consent “no”); no sheet was produced.</translation>
    </message>
    <message>
        <source>Le quartier « {zone} » n’a que {count} répondants : il en faut au moins {minimum} pour une fiche.</source>
        <translation>The neighbourhood “{zone}” has only {count} respondents: a sheet needs at least {minimum}.</translation>
    </message>
    <message>
        <source>Le quartier « {zone} » n’a qu’un répondant : il en faut au moins {minimum} pour une fiche.</source>
        <translation>The neighbourhood “{zone}” has only one respondent: a sheet needs at least {minimum}.</translation>
    </message>
    <message>
        <source>Fichier de population : colonnes manquantes : {columns}.</source>
        <translation>Population file: missing columns: {columns}.</translation>
    </message>
    <message>
        <source>Fichier de population : colonne manquante : {columns}.</source>
        <translation>Population file: missing column: {columns}.</translation>
    </message>
    <message>
        <source>{count} questionnaires sans valeur pour « {variable} » : impossible de les redresser.</source>
        <translation>{count} questionnaires without a value for “{variable}”: they cannot be weighted.</translation>
    </message>
    <message>
        <source>{count} questionnaire sans valeur pour « {variable} » : impossible de le redresser.</source>
        <translation>{count} questionnaire without a value for “{variable}”: it cannot be weighted.</translation>
    </message>
    <message>
        <source>Modalités de « {variable} » sans effectif de population : {cells}.</source>
        <translation>Categories of “{variable}” without a population count: {cells}.</translation>
    </message>
    <message>
        <source>Modalité de « {variable} » sans effectif de population : {cells}.</source>
        <translation>Category of “{variable}” without a population count: {cells}.</translation>
    </message>
    <message>
        <source>Ligne {line} : le nom de la commune est vide.</source>
        <translation>Line {line}: the municipality name is empty.</translation>
    </message>
    <message>
        <source>Ligne {line} : le nom de choix de commune « {commune} » n’est pas valable (minuscules sans accents, chiffres et « _ » seulement).</source>
        <translation>Line {line}: the municipality choice name “{commune}” is not valid (lower-case letters without accents, digits and “_” only).</translation>
    </message>
    <message>
        <source>Ligne {line} : « {commune} » est réservé aux réponses hors de la liste des communes ; choisissez un autre nom.</source>
        <translation>Line {line}: “{commune}” is reserved for answers outside the list of municipalities; choose another name.</translation>
    </message>
    <message>
        <source>Ligne {line} : le code INSEE « {insee} » n’a pas le bon format (cinq caractères, par exemple 59392) ; laissez-le vide s’il n’est pas connu.</source>
        <translation>Line {line}: the INSEE code “{insee}” does not have the right format (five characters, for example 59392); leave it empty if it is not known.</translation>
    </message>
    <message>
        <source>Ligne {line} : le libellé du quartier est vide.</source>
        <translation>Line {line}: the neighbourhood label is empty.</translation>
    </message>
    <message>
        <source>Ligne {line} : le nom de choix de quartier « {quartier} » n’est pas valable (minuscules sans accents, chiffres et « _ » seulement).</source>
        <translation>Line {line}: the neighbourhood choice name “{quartier}” is not valid (lower-case letters without accents, digits and “_” only).</translation>
    </message>
    <message>
        <source>Ligne {line} : le code QPV « {qpv} » n’a pas le format des codes officiels (QN, le département sur trois caractères, deux chiffres et une lettre, par exemple QN05901M) ; laissez-le vide s’il n’est pas connu.</source>
        <translation>Line {line}: the QPV code “{qpv}” does not have the format of official codes (QN, the département in three characters, two digits and a letter, for example QN05901M); leave it empty if it is not known.</translation>
    </message>
    <message>
        <source>Ligne {line} : le code QPV « {qpv} » est celui d’un quartier du département {qpv_department}, or la commune {commune} (INSEE {insee}) est dans le {department}.</source>
        <translation>Line {line}: the QPV code “{qpv}” belongs to a neighbourhood of département {qpv_department}, but the municipality {commune} (INSEE {insee}) is in {department}.</translation>
    </message>
    <message>
        <source>Ligne {line} : « {label} » regroupe les adresses hors QPV : il ne peut pas avoir de code QPV.</source>
        <translation>Line {line}: “{label}” gathers the addresses outside any QPV: it cannot have a QPV code.</translation>
    </message>
    <message>
        <source>Le territoire ne contient aucun quartier.</source>
        <translation>The territory holds no neighbourhood.</translation>
    </message>
    <message>
        <source>Ligne {line} : la commune « {commune} » s’appelle « {first_name} » ligne {first_line}, pas « {name} ».</source>
        <translation>Line {line}: the municipality “{commune}” is called “{first_name}” on line {first_line}, not “{name}”.</translation>
    </message>
    <message>
        <source>Ligne {line} : le code INSEE de {commune} (« {insee} ») diffère de celui de la ligne {first_line} (« {first_insee} »).</source>
        <translation>Line {line}: the INSEE code of {commune} (“{insee}”) differs from the one on line {first_line} (“{first_insee}”).</translation>
    </message>
    <message>
        <source>Ligne {line} : la commune {commune} figure déjà ligne {other_line} sous un autre nom de choix (« {other_choice} »).</source>
        <translation>Line {line}: the municipality {commune} is already on line {other_line} under another choice name (“{other_choice}”).</translation>
    </message>
    <message>
        <source>Ligne {line} : le code INSEE {insee} est déjà celui de {other} (ligne {other_line}).</source>
        <translation>Line {line}: the INSEE code {insee} already belongs to {other} (line {other_line}).</translation>
    </message>
    <message>
        <source>Ligne {line} : le quartier « {quartier} » figure déjà dans {commune} (ligne {other_line}).</source>
        <translation>Line {line}: the neighbourhood “{quartier}” is already in {commune} (line {other_line}).</translation>
    </message>
    <message>
        <source>Ligne {line} : {commune} a déjà un quartier « {label} » (ligne {other_line}).</source>
        <translation>Line {line}: {commune} already has a neighbourhood “{label}” (line {other_line}).</translation>
    </message>
    <message>
        <source>Ligne {line} : le code QPV {qpv} est déjà celui du quartier « {other} » (ligne {other_line}) ; un même QPV sur deux communes garde le même nom de choix de quartier.</source>
        <translation>Line {line}: the QPV code {qpv} already belongs to the neighbourhood “{other}” (line {other_line}); one QPV over two municipalities keeps the same neighbourhood choice name.</translation>
    </message>
    <message>
        <source>Ligne {line} : la commune {commune} n’a plus sa ligne « {label} » (nom de choix « {choice} ») ; le questionnaire en a besoin pour les adresses hors QPV.</source>
        <translation>Line {line}: the municipality {commune} no longer has its “{label}” line (choice name “{choice}”); the questionnaire needs it for the addresses outside any QPV.</translation>
    </message>
    <message>
        <source>Le quartier « {label} » de {commune} ne peut pas être retiré : {count} questionnaires l’utilisent. Vous pouvez le renommer.</source>
        <translation>The neighbourhood “{label}” of {commune} cannot be removed: {count} questionnaires use it. You can rename it.</translation>
    </message>
    <message>
        <source>Le quartier « {label} » de {commune} ne peut pas être retiré : {count} questionnaire l’utilise. Vous pouvez le renommer.</source>
        <translation>The neighbourhood “{label}” of {commune} cannot be removed: {count} questionnaire uses it. You can rename it.</translation>
    </message>
    <message>
        <source>{file}, section {section}</source>
        <translation>section {section} of {file}</translation>
    </message>
    <message>
        <source>{section}, indicateur {indicator}</source>
        <translation>{section}, indicator {indicator}</translation>
    </message>
    <message>
        <source>{where} : il faut un libellé « label = {{ fr = …, en = … }} ».</source>
        <translation>{where}: a label “label = {{ fr = …, en = … }}” is needed.</translation>
    </message>
    <message>
        <source>{where} : expression vide.</source>
        <translation>{where}: empty expression.</translation>
    </message>
    <message>
        <source>{where} : {error} ({source})</source>
        <translation>{where}: {error} ({source})</translation>
    </message>
    <message>
        <source>{where} : « comparisons » doit être une liste.</source>
        <translation>{where}: “comparisons” must be a list.</translation>
    </message>
    <message>
        <source>{where} : une comparaison est une proportion entre 0 et 1.</source>
        <translation>{where}: a comparison is a proportion between 0 and 1.</translation>
    </message>
    <message>
        <source>{where} : le questionnaire est nécessaire pour « {name} ».</source>
        <translation>{where}: the questionnaire is needed for “{name}”.</translation>
    </message>
    <message>
        <source>{where} : « {name} » n’est pas une question à choix.</source>
        <translation>{where}: “{name}” is not a choice question.</translation>
    </message>
    <message>
        <source>{where} : un indicateur a un « id » et une « value ».</source>
        <translation>{where}: an indicator has an “id” and a “value”.</translation>
    </message>
    <message>
        <source>{name} : fichier illisible ({reason}).</source>
        <translation>{name}: unreadable file ({reason}).</translation>
    </message>
    <message>
        <source>{where} : l’identifiant « {id} » est en double.</source>
        <translation>{where}: the identifier “{id}” appears twice.</translation>
    </message>
    <message>
        <source>Aucun fichier d’indicateurs pour le questionnaire « {form} ».</source>
        <translation>No indicator file for the questionnaire “{form}”.</translation>
    </message>
</context>
<context>
    <name>MultilineEditor</name>
    <message>
        <source>Réponse libre (Ctrl+Entrée pour continuer)</source>
        <translation>Free answer (Ctrl+Enter to continue)</translation>
    </message>
</context>
<context>
    <name>OfferDialog</name>
    <message>
        <source>Offre des structures</source>
        <translation>Organisations’ services</translation>
    </message>
    <message>
        <source>Calcul de l’offre…</source>
        <translation>Computing the services…</translation>
    </message>
    <message>
        <source>Carte</source>
        <translation>Map</translation>
    </message>
    <message>
        <source>Communes</source>
        <translation>Towns</translation>
    </message>
    <message>
        <source>Structures</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>Indicateurs</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <source>Écrire le diagnostic (PDF)…</source>
        <translation>Write the diagnostic (PDF)…</translation>
    </message>
    <message>
        <source>Dossier du diagnostic</source>
        <translation>Folder of the diagnostic</translation>
    </message>
    <message>
        <source>Écriture des fiches…</source>
        <translation>Writing the sheets…</translation>
    </message>
    <message numerus="yes">
        <source>%n fichier(s) écrits ; le diagnostic complet : {path}</source>
        <translation>
            <numerusform>%n file written; the whole diagnostic: {path}</numerusform>
            <numerusform>%n files written; the whole diagnostic: {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>Fiches non écrites : {error}</source>
        <translation>Sheets not written: {error}</translation>
    </message>
    <message>
        <source>Offre indisponible : {error}</source>
        <translation>Services unavailable: {error}</translation>
    </message>
    <message numerus="yes">
        <source>%n structure(s) ont répondu. Décomptes de structures, sans pondération ni intervalle de confiance.</source>
        <translation>
            <numerusform>%n organisation answered. Counts of organisations, with no weighting nor confidence interval.</numerusform>
            <numerusform>%n organisations answered. Counts of organisations, with no weighting nor confidence interval.</numerusform>
        </translation>
    </message>
    <message>
        <source>Teinte : structures de premier niveau (accès libre ou assistance).</source>
        <translation>Shade: first-level organisations (free access or assistance).</translation>
    </message>
    <message>
        <source>Sans contour, non dessinées : {names}.</source>
        <translation>No outline, not drawn: {names}.</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Town</translation>
    </message>
    <message>
        <source>Premier niveau</source>
        <translation>First level</translation>
    </message>
    <message>
        <source>Assistance</source>
        <translation>Assistance</translation>
    </message>
    <message>
        <source>Ateliers</source>
        <translation>Workshops</translation>
    </message>
    <message>
        <source>Accès libre</source>
        <translation>Free access</translation>
    </message>
    <message>
        <source>QPV</source>
        <translation>QPV</translation>
    </message>
    <message>
        <source>oui</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>Indicateur</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Share</translation>
    </message>
</context>
<context>
    <name>OfferMap</name>
    <message>
        <source>commune avec un QPV</source>
        <extracomment>The directory&apos;s columns are headed by whole questions: wider ones are cut (full in a tooltip).</extracomment>
        <translation>town with a priority neighbourhood</translation>
    </message>
</context>
<context>
    <name>OperatorsDialog</name>
    <message>
        <source>Opérateurs et codes</source>
        <translation>Operators and codes</translation>
    </message>
    <message>
        <source>Les médiateur·rices saisissent, reprennent leurs brouillons et exportent. Fusionner, supprimer, voir les résultats, restaurer une sauvegarde, gérer les personnes et les réglages est réservé à la coordination, dès qu&apos;un coordinateur ou une coordinatrice a un mot de passe. Un code (4 chiffres au moins) protège aussi le nom d&apos;un·e médiateur·rice.</source>
        <translation>Mediators enter questionnaires, resume their drafts and export. Merging, deleting, viewing results, restoring a backup, managing people and settings are reserved for coordinators as soon as a coordinator has a password. A code (at least 4 digits) also protects a mediator&apos;s name.</translation>
    </message>
    <message>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Rôle</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Code ou mot de passe</source>
        <translation>Code or password</translation>
    </message>
    <message>
        <source>Personne choisie</source>
        <translation>Selected person</translation>
    </message>
    <message>
        <source>Changer le rôle</source>
        <translation>Change the role</translation>
    </message>
    <message>
        <source>Rôle :</source>
        <translation>Role:</translation>
    </message>
    <message>
        <source>Nouveau code ou mot de passe :</source>
        <translation>New code or password:</translation>
    </message>
    <message>
        <source>Le même, encore une fois :</source>
        <translation>The same, once more:</translation>
    </message>
    <message>
        <source>Enregistrer le code</source>
        <translation>Save the code</translation>
    </message>
    <message>
        <source>Retirer le code</source>
        <translation>Remove the code</translation>
    </message>
    <message>
        <source>Ajouter une personne</source>
        <translation>Add a person</translation>
    </message>
    <message>
        <source>Nom :</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>facultatif</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>Code ou mot de passe :</source>
        <translation>Code or password:</translation>
    </message>
    <message>
        <source>Ajouter</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Médiateur·rice</source>
        <translation>Mediator</translation>
    </message>
    <message>
        <source>Coordinateur·rice</source>
        <translation>Coordinator</translation>
    </message>
    <message>
        <source>défini</source>
        <translation>set</translation>
    </message>
    <message>
        <source>aucun</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Changer le code</source>
        <translation>Change the code</translation>
    </message>
    <message>
        <source>Les deux saisies ne sont pas identiques.</source>
        <translation>The two entries are not the same.</translation>
    </message>
    <message>
        <source>Le code ou mot de passe doit compter au moins {n} caractères.</source>
        <translation>The code or password must have at least {n} characters.</translation>
    </message>
    <message>
        <source>Le code ou mot de passe ne peut pas commencer ni finir par une espace.</source>
        <translation>The code or password cannot begin or end with a space.</translation>
    </message>
    <message>
        <source>{name} : {role}.</source>
        <translation>{name}: {role}.</translation>
    </message>
    <message>
        <source>Code ou mot de passe enregistré pour {name}.</source>
        <translation>Code or password saved for {name}.</translation>
    </message>
    <message>
        <source>Code ou mot de passe retiré pour {name}.</source>
        <translation>Code or password removed for {name}.</translation>
    </message>
    <message>
        <source>Indiquez le nom de la personne.</source>
        <translation>Enter the person&apos;s name.</translation>
    </message>
    <message>
        <source>{name} est déjà dans la liste.</source>
        <translation>{name} is already in the list.</translation>
    </message>
    <message>
        <source>{name} ajouté·e.</source>
        <translation>{name} added.</translation>
    </message>
</context>
<context>
    <name>OperatorsPage</name>
    <message>
        <source>Opérateurs</source>
        <translation>Operators</translation>
    </message>
    <message>
        <source>Les personnes qui utilisent cet ordinateur ; leur nom suit chaque saisie.</source>
        <translation>The people who use this computer; their name goes with everything they enter.</translation>
    </message>
    <message>
        <source>Coordinateur ou coordinatrice (obligatoire)</source>
        <translation>Coordinator (required)</translation>
    </message>
    <message>
        <source>&amp;Nom :</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>ex. Claire D.</source>
        <translation>e.g. Claire D.</translation>
    </message>
    <message>
        <source>Mot de &amp;passe :</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>&amp;Confirmation :</source>
        <translation>&amp;Confirmation:</translation>
    </message>
    <message>
        <source>facultatif, au moins {n} caractères</source>
        <translation>optional, at least {n} characters</translation>
    </message>
    <message>
        <source>le même, une seconde fois</source>
        <translation>the same, a second time</translation>
    </message>
    <message>
        <source>Conseil : choisissez un mot de passe. Il réserve à la coordination les réglages, les opérateurs et les suppressions. Vous pourrez aussi le définir plus tard.</source>
        <translation>Tip: choose a password. It reserves settings, operators and deletions for coordinators. You can also set it later.</translation>
    </message>
    <message>
        <source>Médiateurs et médiatrices (facultatif)</source>
        <translation>Mediators (optional)</translation>
    </message>
    <message>
        <source>N&amp;om :</source>
        <translation>N&amp;ame:</translation>
    </message>
    <message>
        <source>ex. Samira B.</source>
        <translation>e.g. Samira B.</translation>
    </message>
    <message>
        <source>Code P&amp;IN :</source>
        <translation>P&amp;IN code:</translation>
    </message>
    <message>
        <source>facultatif</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>&amp;Ajouter</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>&amp;Retirer</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>Entrée dans le nom ou le code ajoute la personne à la liste ; le code PIN compte de 4 à 8 chiffres. D&apos;autres personnes pourront être ajoutées plus tard.</source>
        <translation>Enter in the name or code field adds the person to the list; the PIN code has 4 to 8 digits. Other people can be added later.</translation>
    </message>
    <message>
        <source>Tapez d&apos;abord le nom de la personne.</source>
        <translation>First type the person&apos;s name.</translation>
    </message>
    <message>
        <source>{name} est déjà dans la liste.</source>
        <translation>{name} is already in the list.</translation>
    </message>
    <message>
        <source>Le code PIN compte au moins {n} chiffres.</source>
        <translation>The PIN code has at least {n} digits.</translation>
    </message>
    <message>
        <source>avec code PIN</source>
        <translation>with PIN code</translation>
    </message>
    <message>
        <source>sans code PIN</source>
        <translation>without PIN code</translation>
    </message>
</context>
<context>
    <name>PaperFormDialog</name>
    <message>
        <source>Imprimer le questionnaire papier</source>
        <translation>Print the paper questionnaire</translation>
    </message>
    <message>
        <source>Le PDF (A4) numérote les questions et les codes des réponses comme le mode saisie : la personne qui saisit lit les codes sur le papier.</source>
        <translation>The PDF (A4) numbers questions and answer codes as keying mode does: the person keying reads the codes off the paper.</translation>
    </message>
    <message>
        <source>(langue unique)</source>
        <translation>(single language)</translation>
    </message>
    <message>
        <source>Langue des questions</source>
        <translation>Language of the questions</translation>
    </message>
    <message>
        <source>Lignes des tableaux répétés</source>
        <translation>Rows of repeat tables</translation>
    </message>
    <message>
        <source>Enregistrer le PDF…</source>
        <translation>Save the PDF…</translation>
    </message>
    <message>
        <source>Enregistrer le questionnaire papier</source>
        <translation>Save the paper questionnaire</translation>
    </message>
    <message>
        <source>Questionnaire papier non écrit</source>
        <translation>Paper questionnaire not written</translation>
    </message>
    <message>
        <source>Questionnaire papier</source>
        <translation>Paper questionnaire</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) écrite(s) dans {path}.</source>
        <translation>
            <numerusform>%n page written to {path}.</numerusform>
            <numerusform>%n pages written to {path}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <source>Phrase de passe de campagne</source>
        <translation>Campaign passphrase</translation>
    </message>
    <message>
        <source>Facultative : elle chiffre les fichiers d&apos;export.</source>
        <translation>Optional: it encrypts the export files.</translation>
    </message>
    <message>
        <source>Les fichiers d&apos;export contiennent les réponses des personnes interrogées. Avec une phrase de passe, ils sont chiffrés (AES-256) : une clé USB perdue ne laisse rien lire. La coordination choisit une phrase pour toute la campagne et la donne à chaque ordinateur ; sans elle, les fichiers ne peuvent pas être fusionnés.</source>
        <translation>Export files hold the answers of the people interviewed. With a passphrase they are encrypted (AES-256): nothing can be read from a lost USB key. The coordinators choose one passphrase for the whole campaign and give it to every computer; without it, the files cannot be merged.</translation>
    </message>
    <message>
        <source>&amp;Phrase de passe :</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>&amp;Confirmation :</source>
        <translation>&amp;Confirmation:</translation>
    </message>
    <message>
        <source>laisser vide pour ne pas chiffrer ; plusieurs mots, c&apos;est plus sûr</source>
        <translation>leave empty not to encrypt; several words are safer</translation>
    </message>
    <message>
        <source>la même, une seconde fois</source>
        <translation>the same, a second time</translation>
    </message>
    <message>
        <source>&amp;Afficher ce qui est tapé</source>
        <translation>&amp;Show what is typed</translation>
    </message>
    <message>
        <source>Elle est gardée sur cet ordinateur, dans un fichier lisible par votre seul compte, et proposée à chaque export. Modifiable dans les réglages.</source>
        <translation>It is kept on this computer, in a file only your account can read, and offered at each export. Can be changed in the settings.</translation>
    </message>
    <message>
        <source>Pas d&apos;espace au début ni à la fin.</source>
        <translation>No space at the start or the end.</translation>
    </message>
    <message>
        <source>Les deux saisies sont différentes.</source>
        <translation>The two entries are different.</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>saisir un questionnaire</source>
        <extracomment>The actions of permissions.Action, as the password dialog names them (« Pour … : »).</extracomment>
        <translation>enter a questionnaire</translation>
    </message>
    <message>
        <source>reprendre un brouillon</source>
        <translation>resume a draft</translation>
    </message>
    <message>
        <source>exporter vers une clé USB</source>
        <translation>export to a USB key</translation>
    </message>
    <message>
        <source>fusionner des fichiers d&apos;export</source>
        <translation>merge export files</translation>
    </message>
    <message>
        <source>résoudre les conflits</source>
        <translation>resolve conflicts</translation>
    </message>
    <message>
        <source>supprimer un questionnaire</source>
        <translation>delete a questionnaire</translation>
    </message>
    <message>
        <source>modifier un questionnaire terminé ou le brouillon d’autrui</source>
        <translation>change a finished questionnaire or someone else’s draft</translation>
    </message>
    <message>
        <source>produire les fiches de synthèse</source>
        <translation>produce the summary sheets</translation>
    </message>
    <message>
        <source>ouvrir le tableau de bord</source>
        <translation>open the dashboard</translation>
    </message>
    <message>
        <source>modifier les cibles de population</source>
        <translation>change the population targets</translation>
    </message>
    <message>
        <source>modifier le territoire</source>
        <translation>change the territory</translation>
    </message>
    <message>
        <source>importer des données</source>
        <translation>import data</translation>
    </message>
    <message>
        <source>exporter les réponses en tableau</source>
        <translation>export the answers as a table</translation>
    </message>
    <message>
        <source>voir le rapport de saisie</source>
        <translation>view the keying report</translation>
    </message>
    <message>
        <source>modifier les réglages</source>
        <translation>change the settings</translation>
    </message>
    <message>
        <source>gérer les enquêteurs et les coordinateurs</source>
        <translation>manage interviewers and coordinators</translation>
    </message>
    <message>
        <source>restaurer une sauvegarde</source>
        <translation>restore a backup</translation>
    </message>
    <message>
        <source>consulter et exporter le journal d&apos;activité</source>
        <translation>view and export the activity log</translation>
    </message>
    <message>
        <source>purger la campagne</source>
        <translation>purge the campaign</translation>
    </message>
    <message>
        <source>effacer les textes libres</source>
        <translation>erase the free-text answers</translation>
    </message>
    <message>
        <source>ajouter un questionnaire XLSForm</source>
        <translation>add an XLSForm questionnaire</translation>
    </message>
</context>
<context>
    <name>Population</name>
    <message>
        <source>De {low} à {high} ans</source>
        <extracomment>The wording of the shipped INSEE figures (population.csv), shown in the interface language.</extracomment>
        <translation>{low} to {high} years</translation>
    </message>
    <message>
        <source>{low} ans ou plus</source>
        <translation>{low} years or over</translation>
    </message>
    <message>
        <source>INSEE, recensement de la population {year}{rest}</source>
        <translation>INSEE, population census {year}{rest}</translation>
    </message>
</context>
<context>
    <name>PopulationTargetsDialog</name>
    <message>
        <source>Variable</source>
        <translation>Variable</translation>
    </message>
    <message>
        <source>Modalité</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Libellé</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Effectif</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Cibles de population (redressement)</source>
        <translation>Population targets (weighting)</translation>
    </message>
    <message>
        <source>Effectifs de population par tranche d&apos;âge utilisés pour redresser les réponses. Par défaut : INSEE, recensement 2020 de l&apos;agglomération. Chaque variable doit avoir le même total.</source>
        <translation>Population counts by age group used to weight the answers. By default: INSEE, 2020 census of the conurbation. Every variable must have the same total.</translation>
    </message>
    <message>
        <source>Territoire (toute l&apos;agglomération)</source>
        <translation>Territory (the whole urban community)</translation>
    </message>
    <message>
        <source>Structure par âge de :</source>
        <translation>Age structure of:</translation>
    </message>
    <message>
        <source>Facultatif pour un quartier (l&apos;INSEE publie la structure par âge des QPV) : le quartier est alors redressé sur elle. Laissez le tableau vide pour utiliser celle du territoire.</source>
        <translation>Optional for a neighbourhood (INSEE publishes the age structure of each QPV): the neighbourhood is then adjusted to it. Leave the table empty to use the territory’s.</translation>
    </message>
    <message>
        <source>Ajouter une ligne</source>
        <translation>Add a row</translation>
    </message>
    <message>
        <source>Supprimer la ligne</source>
        <translation>Delete the row</translation>
    </message>
    <message>
        <source>Revenir aux chiffres INSEE livrés</source>
        <translation>Back to the shipped INSEE figures</translation>
    </message>
    <message>
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Non enregistré : {error}</source>
        <translation>Not saved: {error}</translation>
    </message>
    <message>
        <source>✓ Cibles enregistrées : les prochaines fiches les utiliseront.</source>
        <translation>✓ Targets saved: the next sheets will use them.</translation>
    </message>
</context>
<context>
    <name>PurgeDialog</name>
    <message>
        <source>Purger la campagne</source>
        <extracomment>What the purge deleted, once done.</extracomment>
        <translation>Purge the campaign</translation>
    </message>
    <message>
        <source>À la fin de la campagne, la purge efface de cet ordinateur tous les questionnaires, avec leur historique, une fois qu&apos;un fichier d&apos;export vérifié les contient tous dans leur dernière version. Le journal d&apos;activité garde la trace de la purge. Choisissez ce fichier : il est relu et contrôlé.</source>
        <translation>At the end of the campaign, the purge erases every questionnaire, with its history, from this computer, once a verified export file holds them all in their latest version. The activity log keeps a record of the purge. Choose that file: it is read back and checked.</translation>
    </message>
    <message>
        <source>fichier d&apos;export (.zip)</source>
        <translation>export file (.zip)</translation>
    </message>
    <message>
        <source>Choisir…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Fichier d&apos;export :</source>
        <translation>Export file:</translation>
    </message>
    <message>
        <source>seulement si le fichier est chiffré</source>
        <translation>only if the file is encrypted</translation>
    </message>
    <message>
        <source>Phrase de passe :</source>
        <translation>Passphrase:</translation>
    </message>
    <message>
        <source>Vérifier le fichier</source>
        <translation>Check the file</translation>
    </message>
    <message>
        <source>PURGER</source>
        <translation>PURGE</translation>
    </message>
    <message>
        <source>Pour confirmer, tapez PURGER :</source>
        <translation>To confirm, type PURGE:</translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Fichier d&apos;export vérifié</source>
        <translation>Export file verified</translation>
    </message>
    <message>
        <source>Fichiers d&apos;export (*.zip *.idbundle);;Tous les fichiers (*)</source>
        <translation>Export files (*.zip *.idbundle);;All files (*)</translation>
    </message>
    <message>
        <source>Choisissez le fichier d&apos;export.</source>
        <translation>Choose the export file.</translation>
    </message>
    <message>
        <source>Lecture et vérification du fichier…</source>
        <translation>Reading and checking the file…</translation>
    </message>
    <message>
        <source>Purge en cours…</source>
        <translation>Purge in progress…</translation>
    </message>
    <message>
        <source>Purge impossible : {reason}</source>
        <translation>Cannot purge: {reason}</translation>
    </message>
</context>
<context>
    <name>QuestionEditor</name>
    <message>
        <source>Texte libre : n&apos;y notez rien qui permette de reconnaître une personne (nom, adresse, numéro de téléphone).</source>
        <translation>Free text: write nothing here that could identify a person (name, address, phone number).</translation>
    </message>
</context>
<context>
    <name>QuotaTableModel</name>
    <message>
        <source>Quartier</source>
        <translation>Neighbourhood</translation>
    </message>
    <message>
        <source>Tranche d&apos;âge</source>
        <translation>Age group</translation>
    </message>
    <message>
        <source>Sexe</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Objectif</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Faits</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Manquent</source>
        <translation>Missing</translation>
    </message>
    <message>
        <source>Femmes</source>
        <translation>Women</translation>
    </message>
    <message>
        <source>Hommes</source>
        <translation>Men</translation>
    </message>
</context>
<context>
    <name>RangeEditor</name>
    <message>
        <source>non renseigné</source>
        <translation>not answered</translation>
    </message>
</context>
<context>
    <name>ReportsDialog</name>
    <message>
        <source>Fiches de synthèse</source>
        <extracomment>What the last run wrote (reports.GenerationResult).</extracomment>
        <translation>Summary sheets</translation>
    </message>
    <message>
        <source>Une fiche PDF par quartier d&apos;au moins 5 répondants, une pour le territoire et un fichier qui les réunit : pourcentages redressés par âge, intervalles de confiance, comparaisons nationales.</source>
        <translation>One PDF sheet per neighbourhood with at least 5 respondents, one for the territory and a file that gathers them: percentages weighted by age, confidence intervals, national comparisons.</translation>
    </message>
    <message>
        <source>Dossier :</source>
        <translation>Folder:</translation>
    </message>
    <message>
        <source>Dossier des fiches</source>
        <translation>Sheets folder</translation>
    </message>
    <message>
        <source>Langue des fiches :</source>
        <translation>Language of the sheets:</translation>
    </message>
    <message>
        <source>Produire les fiches</source>
        <translation>Produce the sheets</translation>
    </message>
    <message>
        <source>Ouvrir le dossier</source>
        <translation>Open the folder</translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Calcul des indicateurs…</source>
        <translation>Computing the indicators…</translation>
    </message>
    <message numerus="yes">
        <source>✓ %n fichier(s) PDF écrits dans {folder}.</source>
        <translation>
            <numerusform>✓ %n PDF file written to {folder}.</numerusform>
            <numerusform>✓ %n PDF files written to {folder}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n quartier(s) de moins de 5 répondants sans fiche propre.</source>
        <translation>
            <numerusform>%n neighbourhood with fewer than 5 respondents has no sheet of its own.</numerusform>
            <numerusform>%n neighbourhoods with fewer than 5 respondents have no sheet of their own.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fiches non produites : {error}</source>
        <translation>Sheets not produced: {error}</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>au démarrage</source>
        <translation>at start-up</translation>
    </message>
    <message>
        <source>avant une mise à jour de la base</source>
        <translation>before a database update</translation>
    </message>
    <message>
        <source>avant une fusion</source>
        <translation>before a merge</translation>
    </message>
    <message>
        <source>avant une purge</source>
        <translation>before a purge</translation>
    </message>
    <message>
        <source>avant une restauration</source>
        <translation>before a restore</translation>
    </message>
    <message>
        <source>Restaurer une sauvegarde</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <source>Une copie de la base est faite à chaque démarrage et avant chaque fusion ou mise à jour (les 10 dernières sont gardées). Restaurer remplace la base par la copie choisie ; la base actuelle est d&apos;abord elle-même sauvegardée.</source>
        <translation>A copy of the database is made at every start-up and before every merge or update (the last 10 are kept). Restoring replaces the database with the chosen copy; the current database is backed up first.</translation>
    </message>
    <message>
        <source>La base est sur un serveur PostgreSQL : une sauvegarde (pg_dump) en est faite sur cet ordinateur avant chaque fusion et chaque purge (les 10 dernières sont gardées). D&apos;autres coordinateurs peuvent travailler sur ce serveur : une sauvegarde ne se restaure pas depuis l&apos;application, mais par l&apos;administrateur du serveur, avec la commande que donne « Comment restaurer… ».</source>
        <translation>The database is on a PostgreSQL server: a backup of it (pg_dump) is made on this computer before every merge and every purge (the last 10 are kept). Other coordinators may be working on this server: a backup is not restored from the application but by the server&apos;s administrator, with the command given by “How to restore…”.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Moment</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Taille</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Comment restaurer…</source>
        <translation>How to restore…</translation>
    </message>
    <message>
        <source>Restaurer une sauvegarde du serveur</source>
        <translation>Restore a backup of the server</translation>
    </message>
    <message>
        <source>La sauvegarde du {moment} remplacerait toute la base du serveur, y compris ce que les autres coordinateurs y ont fusionné depuis. Elle ne se restaure donc pas depuis l&apos;application : demandez à l&apos;administrateur du serveur de prévenir les coordinateurs, puis de lancer la commande ci-dessous (le mot de passe de la base lui est demandé).</source>
        <translation>The backup of {moment} would replace the whole database of the server, including what the other coordinators have merged into it since. So it is not restored from the application: ask the server&apos;s administrator to warn the coordinators, then to run the command below (it asks for the database password).</translation>
    </message>
    <message>
        <source>{size} Mo</source>
        <translation>{size} MB</translation>
    </message>
    <message>
        <source>{size} Ko</source>
        <translation>{size} KB</translation>
    </message>
    <message>
        <source>Aucune sauvegarde pour cette base.</source>
        <translation>No backup for this database.</translation>
    </message>
    <message>
        <source>Restaurer…</source>
        <translation>Restore…</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Remplacer la base par la sauvegarde du {moment} ? Ce qui a été saisi depuis ne sera plus visible (la base actuelle est gardée en sauvegarde).</source>
        <translation>Replace the database with the backup of {moment}? What was entered since will no longer be visible (the current database is kept as a backup).</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>Questionnaires importés à vérifier</source>
        <translation>Imported questionnaires to check</translation>
    </message>
    <message>
        <source>Ces questionnaires ont été importés alors que le questionnaire refuse certaines réponses : ils restent hors de tous les chiffres. Corrigez-les (ouvrez-les depuis la liste des questionnaires) puis marquez-les « corrigé », ou confirmez-les tels quels. Chaque décision est inscrite au journal.</source>
        <translation>These questionnaires were imported although the questionnaire refuses some of their answers: they stay out of every figure. Correct them (open them from the list of questionnaires) then mark them “corrected”, or confirm them as they are. Each decision is written to the activity log.</translation>
    </message>
    <message>
        <source>Confirmer tel quel</source>
        <translation>Confirm as it is</translation>
    </message>
    <message>
        <source>Marquer corrigé</source>
        <translation>Mark corrected</translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message numerus="yes">
        <source>{uuid} — {source}, %n réponse(s) en cause</source>
        <translation>
            <numerusform>{uuid} — {source}, %n answer at fault</numerusform>
            <numerusform>{uuid} — {source}, %n answers at fault</numerusform>
        </translation>
    </message>
    <message>
        <source>Aucun questionnaire à vérifier.</source>
        <translation>No questionnaire to check.</translation>
    </message>
    <message>
        <source>ligne {line}, colonne « {column} » : « {value} » — {message}</source>
        <translation>line {line}, column “{column}”: “{value}” — {message}</translation>
    </message>
    <message>
        <source>✓ {uuid} : compté à nouveau dans les chiffres.</source>
        <translation>✓ {uuid}: counted in the figures again.</translation>
    </message>
</context>
<context>
    <name>SecretDialog</name>
    <message>
        <source>Code ou mot de passe</source>
        <translation>Code or password</translation>
    </message>
    <message>
        <source>Personne :</source>
        <translation>Person:</translation>
    </message>
    <message>
        <source>Code ou mot de passe :</source>
        <translation>Code or password:</translation>
    </message>
    <message>
        <source>Valider</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>aucun code pour cette personne</source>
        <translation>no code for this person</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Réglages</source>
        <extracomment>Who changes the settings: the coordinator who unlocked them, for the audit log.</extracomment>
        <translation>Settings</translation>
    </message>
    <message>
        <source>&amp;Enregistrer</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>&amp;Langue de l&apos;interface :</source>
        <translation>&amp;Interface language:</translation>
    </message>
    <message>
        <source>&amp;Nom de cet ordinateur :</source>
        <translation>&amp;Name of this computer:</translation>
    </message>
    <message>
        <source>Réglages de cet ordinateur enregistrés dans : {path}</source>
        <translation>This computer&apos;s settings are saved in: {path}</translation>
    </message>
    <message>
        <source>&amp;Général</source>
        <translation>&amp;General</translation>
    </message>
    <message>
        <source>Les personnes qui utilisent cet ordinateur. Le nom de chacune suit ses saisies et ses actions dans le journal d&apos;activité.</source>
        <translation>The people who use this computer. Each name goes with what they enter and do, in the activity log.</translation>
    </message>
    <message>
        <source>Gérer les &amp;opérateurs…</source>
        <translation>Manage &amp;operators…</translation>
    </message>
    <message>
        <source>&amp;Opérateurs</source>
        <translation>&amp;Operators</translation>
    </message>
    <message>
        <source>&amp;Territoire :</source>
        <translation>&amp;Territory:</translation>
    </message>
    <message>
        <source>aucune : exports non chiffrés</source>
        <translation>none: exports not encrypted</translation>
    </message>
    <message>
        <source>la même, une seconde fois</source>
        <translation>the same, a second time</translation>
    </message>
    <message>
        <source>&amp;Phrase de passe :</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>&amp;Confirmation :</source>
        <translation>&amp;Confirmation:</translation>
    </message>
    <message>
        <source>A&amp;fficher ce qui est tapé</source>
        <translation>S&amp;how what is typed</translation>
    </message>
    <message>
        <source>Le nom de cet ordinateur dans les exports et le journal d&apos;activité ; les fichiers déjà exportés gardent l&apos;ancien nom.</source>
        <translation>This computer&apos;s name in exports and in the activity log; files already exported keep the old name.</translation>
    </message>
    <message>
        <source>Territoire et questionnaire</source>
        <translation>Territory and questionnaire</translation>
    </message>
    <message>
        <source>&amp;Questionnaire :</source>
        <translation>&amp;Questionnaire:</translation>
    </message>
    <message>
        <source>Le questionnaire choisi est proposé pour chaque nouveau questionnaire.</source>
        <translation>The chosen questionnaire is offered for each new questionnaire.</translation>
    </message>
    <message>
        <source>Phrase de passe de campagne</source>
        <translation>Campaign passphrase</translation>
    </message>
    <message>
        <source>Elle chiffre les fichiers d&apos;export (AES-256) ; la même sert à les fusionner. Laissez vide pour ne pas chiffrer.</source>
        <translation>It encrypts the export files (AES-256); the same one is needed to merge them. Leave empty not to encrypt.</translation>
    </message>
    <message>
        <source>&amp;Campagne</source>
        <translation>&amp;Campaign</translation>
    </message>
    <message>
        <source>&amp;Dossier des exports :</source>
        <translation>Exports &amp;folder:</translation>
    </message>
    <message>
        <source>C&amp;hoisir…</source>
        <translation>C&amp;hoose…</translation>
    </message>
    <message>
        <source>Dossier des exports</source>
        <translation>Exports folder</translation>
    </message>
    <message>
        <source>La fenêtre d&apos;export s&apos;ouvre sur ce dossier (il est créé s&apos;il n&apos;existe pas). Pour une clé USB, choisissez-la au moment d&apos;exporter.</source>
        <translation>The export window opens on this folder (it is created if it does not exist). For a USB key, choose it when exporting.</translation>
    </message>
    <message>
        <source>E&amp;xports</source>
        <translation>E&amp;xports</translation>
    </message>
    <message>
        <source>coordinateur·rice</source>
        <translation>coordinator</translation>
    </message>
    <message>
        <source>médiateur·rice</source>
        <translation>mediator</translation>
    </message>
    <message>
        <source>, avec code ou mot de passe</source>
        <translation>, with code or password</translation>
    </message>
    <message>
        <source>Le nom de l&apos;ordinateur est obligatoire.</source>
        <translation>The computer&apos;s name is required.</translation>
    </message>
    <message>
        <source>Les deux saisies de la phrase de passe sont différentes.</source>
        <translation>The two entries of the passphrase are different.</translation>
    </message>
    <message>
        <source>Pas d&apos;espace au début ni à la fin.</source>
        <translation>No space at the start or the end.</translation>
    </message>
    <message>
        <source>Ce dossier ne peut pas être créé : {error}</source>
        <translation>This folder cannot be created: {error}</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Brouillon</source>
        <extracomment>The statuses of a submission, as the submissions list shows them.</extracomment>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Terminé</source>
        <translation>Finished</translation>
    </message>
    <message>
        <source>Supprimé</source>
        <translation>Deleted</translation>
    </message>
</context>
<context>
    <name>SubmissionsTableModel</name>
    <message>
        <source>Commencé le</source>
        <extracomment>The statuses, in the catalogue&apos;s order; status_label() gives them translated. The submission&apos;s instanceID, for the views and tests. Rows read from the store at a time: the first page when the list opens, then one per scroll. The questionnaire&apos;s form (resident or structure survey…), by its short title.</extracomment>
        <translation>Started on</translation>
    </message>
    <message>
        <source>Quartier</source>
        <translation>Neighbourhood</translation>
    </message>
    <message>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Enquêteur·rice</source>
        <translation>Interviewer</translation>
    </message>
    <message>
        <source>Appareil</source>
        <translation>Device</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>Questionnaire</translation>
    </message>
    <message>
        <source>Dernière modification : {modified}
Identifiant : {uuid}</source>
        <extracomment>The store&apos;s order key of each column (store.ListOrder). How many questionnaires match the filters (all of them once every page is read).</extracomment>
        <translation>Last changed: {modified}
Identifier: {uuid}</translation>
    </message>
</context>
<context>
    <name>TerritoryDialog</name>
    <message>
        <source>Commune</source>
        <translation>Town</translation>
    </message>
    <message>
        <source>Code INSEE</source>
        <translation>INSEE code</translation>
    </message>
    <message>
        <source>Quartier (libellé)</source>
        <translation>Neighbourhood (label)</translation>
    </message>
    <message>
        <source>Code QPV</source>
        <translation>QPV code</translation>
    </message>
    <message>
        <source>Nom de choix</source>
        <translation>Choice name</translation>
    </message>
    <message>
        <source>Questionnaires</source>
        <translation>Questionnaires</translation>
    </message>
    <message>
        <source>Territoire : communes et quartiers</source>
        <extracomment>The item data holding a line&apos;s stable choice names (&quot;&quot; on a new line: derived from the name). How many problems are listed under the table.</extracomment>
        <translation>Territory: towns and neighbourhoods</translation>
    </message>
    <message>
        <source>Les quartiers proposés sur l&apos;écran d&apos;accueil, dans le questionnaire et sur les fiches. Saisissez un code QPV seulement tel qu&apos;il figure dans le référentiel officiel (sig.ville.gouv.fr, par exemple QN05901M) ; laissez-le vide s&apos;il n&apos;est pas connu. Un quartier déjà utilisé par des questionnaires peut être renommé, pas retiré. Chaque commune garde sa ligne « Autre quartier / hors QPV ».</source>
        <translation>The neighbourhoods offered on the home screen, in the questionnaire and on the sheets. Enter a QPV code only as it appears in the official reference (sig.ville.gouv.fr, for example QN05901M); leave it empty when it is not known. A neighbourhood already used by questionnaires can be renamed, not removed. Each town keeps its “Autre quartier / hors QPV” (other neighbourhood / outside a QPV) line.</translation>
    </message>
    <message>
        <source>Ajouter un quartier</source>
        <translation>Add a neighbourhood</translation>
    </message>
    <message>
        <source>Ajouter une commune…</source>
        <translation>Add a town…</translation>
    </message>
    <message>
        <source>Retirer le quartier</source>
        <translation>Remove the neighbourhood</translation>
    </message>
    <message>
        <source>Importer un CSV…</source>
        <translation>Import a CSV…</translation>
    </message>
    <message>
        <source>Exporter en CSV…</source>
        <translation>Export as CSV…</translation>
    </message>
    <message>
        <source>Revenir au fichier fourni</source>
        <translation>Back to the supplied file</translation>
    </message>
    <message>
        <source>Remplit le tableau avec le territoire livré avec l&apos;application.</source>
        <translation>Fills the table with the territory supplied with the application.</translation>
    </message>
    <message>
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Territoire modifié dans l&apos;application.</source>
        <translation>Territory edited in the application.</translation>
    </message>
    <message>
        <source>Territoire du fichier livré avec l&apos;application (jamais modifié).</source>
        <translation>Territory of the file supplied with the application (never edited).</translation>
    </message>
    <message>
        <source>Nouveau : déduit du nom, fixé à l&apos;enregistrement.</source>
        <translation>New: derived from the name, fixed when saved.</translation>
    </message>
    <message>
        <source>Enregistré avec chaque questionnaire : ne change pas si l&apos;on renomme.</source>
        <translation>Stored with each questionnaire: does not change on renaming.</translation>
    </message>
    <message>
        <source>✓ {quartiers} dans {communes}.</source>
        <translation>✓ {quartiers} in {communes}.</translation>
    </message>
    <message>
        <source>1 quartier</source>
        <translation>1 neighbourhood</translation>
    </message>
    <message>
        <source>{count} quartiers</source>
        <translation>{count} neighbourhoods</translation>
    </message>
    <message>
        <source>1 commune</source>
        <translation>1 municipality</translation>
    </message>
    <message>
        <source>{count} communes</source>
        <translation>{count} municipalities</translation>
    </message>
    <message numerus="yes">
        <source>… et %n autre(s) problème(s).</source>
        <translation>
            <numerusform>… and %n other problem.</numerusform>
            <numerusform>… and %n other problems.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>« {label} » ne peut pas être retiré : %n questionnaire(s) l&apos;utilise(nt). Vous pouvez le renommer.</source>
        <translation>
            <numerusform>“{label}” cannot be removed: %n questionnaire uses it. You can rename it.</numerusform>
            <numerusform>“{label}” cannot be removed: %n questionnaires use it. You can rename it.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choisissez d&apos;abord une ligne de la commune du nouveau quartier.</source>
        <translation>First choose a line of the new neighbourhood’s town.</translation>
    </message>
    <message>
        <source>Ajouter une commune</source>
        <translation>Add a town</translation>
    </message>
    <message>
        <source>Nom officiel de la commune :</source>
        <translation>Official name of the town:</translation>
    </message>
    <message>
        <source>Importer un territoire</source>
        <translation>Import a territory</translation>
    </message>
    <message>
        <source>Fichiers CSV (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Fichier illisible : {error}</source>
        <translation>Unreadable file: {error}</translation>
    </message>
    <message>
        <source>Fichier « {name} », lignes du fichier :</source>
        <translation>File “{name}”, lines of the file:</translation>
    </message>
    <message>
        <source>Exporter le territoire</source>
        <translation>Export the territory</translation>
    </message>
    <message>
        <source>Export impossible : {error}</source>
        <translation>Export failed: {error}</translation>
    </message>
    <message>
        <source>✓ Territoire exporté : {path}</source>
        <translation>✓ Territory exported: {path}</translation>
    </message>
</context>
<context>
    <name>folder_row</name>
    <message>
        <source>Choisir…</source>
        <translation>Choose…</translation>
    </message>
</context>
</TS>
