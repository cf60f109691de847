<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="fr_FR">
<context>
    <name>Application</name>
    <message>
        <source>Inclusion numérique</source>
        <extracomment>The interface languages, by code, each named in its own language. The language the strings are written in: its file gives only the plural forms. The QSettings key of the user&apos;s choice (the settings dialog writes it). Our translation files are named inclusion_desktop_&lt;code&gt;.qm. Qt strings its French catalogue (qtbase_fr) leaves in English, by context: the file dialog&apos;s « Look in: » and « Files of type: » with their shortcuts, and the kinds of its « Type » column.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erreur inattendue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Une erreur inattendue s&apos;est produite. Les réponses déjà saisies sont enregistrées comme brouillon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal : {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base de données inutilisable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base de données endommagée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restauration impossible</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttachmentEditor</name>
    <message>
        <source>Joindre un fichier…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retirer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vidéos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tous les fichiers (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joindre un fichier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prendre une photo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucun fichier joint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (fichier absent de ce poste)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} — {size}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} octets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} Ko</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} Mo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <source>Journal d&apos;activité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordinateur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Détail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filtrer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filtrer le journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporter en CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporter le journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export impossible : {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>✓ %n ligne(s) écrites dans {path}.</source>
        <translation>
            <numerusform>✓ %n ligne écrite dans {path}.</numerusform>
            <numerusform>✓ %n lignes écrites dans {path}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>questionnaire commencé</source>
        <extracomment>The actions of the audit log (store.audit), as the coordinator reads them.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>questionnaire terminé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>questionnaire modifié</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>questionnaire supprimé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>questionnaire vide abandonné</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conflit résolu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>double saisie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>double saisie vérifiée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>réglage modifié</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>textes libres effacés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>campagne purgée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opérateur ajouté ou modifié</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code ou mot de passe modifié</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opérateur bloqué après des essais manqués</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ordinateur enrôlé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fichier importé sans signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>questionnaire importé à vérifier confirmé ou corrigé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version de questionnaire XLSForm ajoutée</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <source>{zone}, commencé le {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, papier n° {number}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CameraDialog</name>
    <message>
        <source>Prendre une photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cadrez, puis appuyez sur « Prendre la photo » (Espace ou Entrée).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prendre la photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CampaignPage</name>
    <message>
        <source>Territoire et questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ce que cet ordinateur sert à collecter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Territoire enquêté</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Territoire :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Territoire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questionnaire proposé par défaut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&apos;écran d&apos;accueil le propose pour chaque nouveau questionnaire ; l&apos;autre reste disponible dans la liste.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChoiceCombo</name>
    <message>
        <source>— Choisir —</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClearFreeTextDialog</name>
    <message>
        <source>Effacer les textes libres</source>
        <extracomment>What the clearing removed, once done.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Les réponses en texte libre (« Précisez », commentaires…) peuvent contenir un nom, une adresse ou un numéro de téléphone. Les effacer les retire des questionnaires de cet ordinateur, de leur historique et des brouillons ; les autres ordinateurs les perdent à la prochaine fusion de ses exports. Les réponses à choix et le numéro du questionnaire papier sont gardés. L&apos;effacement est définitif.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recherche des textes libres…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucune réponse en texte libre : rien à effacer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{answers} dans {questionnaires}, plus {history} à nettoyer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n réponse(s) en texte libre</source>
        <translation>
            <numerusform>%n réponse en texte libre</numerusform>
            <numerusform>%n réponses en texte libre</numerusform>
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
            <numerusform>%n version de l&apos;historique</numerusform>
            <numerusform>%n versions de l&apos;historique</numerusform>
        </translation>
    </message>
    <message>
        <source>Effacer définitivement {answers} de {questionnaires} ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ {answers} dans {questionnaires}. Les sauvegardes faites avant les contiennent encore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n réponse(s) en texte libre effacée(s)</source>
        <translation>
            <numerusform>%n réponse en texte libre effacée</numerusform>
            <numerusform>%n réponses en texte libre effacées</numerusform>
        </translation>
    </message>
    <message>
        <source>Effacement et compactage de la base…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Il ne reste aucune réponse en texte libre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effacement impossible : {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Conflits à résoudre</source>
        <extracomment>Who resolves: the coordinator who unlocked the action, else the home screen&apos;s operator; None (nobody chosen) refuses to resolve rather than sign for someone.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ces questionnaires ont été modifiés différemment sur deux ordinateurs. Les réponses qui diffèrent sont surlignées. Gardez une version, ou choisissez question par question dans la colonne « Version retenue ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Réponses des deux versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questionnaires en conflit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Garder la version {letter}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enregistrer la version retenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucun conflit : toutes les versions concordent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version {letter}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version retenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version {letter} (supprimé)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saisie sur cet ordinateur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fichier {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fichier inconnu</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n réponse(s) diffèrent.</source>
        <translation>
            <numerusform>%n réponse diffère.</numerusform>
            <numerusform>%n réponses diffèrent.</numerusform>
        </translation>
    </message>
    <message>
        <source>Les valeurs calculées ({names}) sont recalculées à l&apos;enregistrement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflit non résolu</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardDialog</name>
    <message>
        <source>Indicateur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IC à 95 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparaison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tableau de bord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quartier :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calcul des indicateurs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>* moins de 30 répondants : à interpréter avec prudence ; « masqué » : moins de 5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicateurs indisponibles : {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ensemble du territoire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparaison : {sources}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n répondant(s) au plus par indicateur. Pourcentages redressés par âge (INSEE RP2020), intervalles de confiance à 95 %.</source>
        <translation>
            <numerusform>%n répondant au plus par indicateur. Pourcentages redressés par âge (INSEE RP2020), intervalles de confiance à 95 %.</numerusform>
            <numerusform>%n répondants au plus par indicateur. Pourcentages redressés par âge (INSEE RP2020), intervalles de confiance à 95 %.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DataExportDialog</name>
    <message>
        <source>Exporter les réponses (tableau)</source>
        <extracomment>What the last export wrote.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Une ligne par questionnaire terminé, avec les colonnes nommées comme dans KoboToolbox, pour un tableur, R ou Stata. Les groupes répétés vont dans d&apos;autres feuilles du classeur, ou dans des fichiers à côté du premier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Ce fichier contient toutes les réponses, textes libres compris : quiconque l&apos;obtient peut les lire. Rangez-le en lieu sûr et ne l&apos;envoyez pas sans protection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier du tableau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codes des réponses (sans libellés)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Libellés : {language}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Réponses :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ouvrir le dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choisissez un dossier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier impossible à créer : {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Écriture du tableau…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>✓ %n questionnaire(s) écrits dans {file}.</source>
        <translation>
            <numerusform>✓ %n questionnaire écrit dans {file}.</numerusform>
            <numerusform>✓ %n questionnaires écrits dans {file}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Répétition « {name} » : %n ligne(s) dans {file}.</source>
        <translation>
            <numerusform>Répétition « {name} » : %n ligne dans {file}.</numerusform>
            <numerusform>Répétition « {name} » : %n lignes dans {file}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Répétition « {name} » : %n ligne(s), feuille du classeur.</source>
        <translation>
            <numerusform>Répétition « {name} » : %n ligne, feuille du classeur.</numerusform>
            <numerusform>Répétition « {name} » : %n lignes, feuille du classeur.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dossier : {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export impossible : {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataImportDialog</name>
    <message>
        <source>Importer des données (Kobo, ODK)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importe un export de KoboToolbox ou d&apos;ODK Central (CSV ou Excel) avec le formulaire XLSForm qui a servi à le collecter. Les questionnaires déjà présents (même identifiant) sont ignorés ; tout est importé en une fois, ou rien.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>formulaire .xlsx de l&apos;enquête</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formulaire XLSForm :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formulaire XLSForm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formulaires XLSForm (*.xlsx *.xls);;Tous les fichiers (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export .csv ou .xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Données :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fichier de données</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ajouter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retirer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Répétitions :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facultatif : les fichiers des groupes répétés. Les feuilles d&apos;un classeur et les fichiers voisins nommés « données-groupe.csv » sont trouvés sans aide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zone à donner :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importer aussi les lignes refusées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Les lignes que le questionnaire refuse sont alors importées « à vérifier ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sans cette case, une seule ligne refusée (type, contrainte, choix inconnu, réponse obligatoire…) fait refuser tout l&apos;import. Avec elle, ces lignes sont importées mais restent hors de tous les chiffres jusqu&apos;à leur correction ou leur confirmation par un·e coordinateur·rice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exports (*.csv *.xlsx *.xls);;Tous les fichiers (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fichiers des groupes répétés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choisissez le formulaire XLSForm (un fichier qui existe).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choisissez le fichier de données (un fichier qui existe).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lecture et import des données…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>✓ %n questionnaire(s) importé(s)</source>
        <translation>
            <numerusform>✓ %n questionnaire importé</numerusform>
            <numerusform>✓ %n questionnaires importés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n déjà présent(s) ignoré(s)</source>
        <translation>
            <numerusform>, %n déjà présent ignoré</numerusform>
            <numerusform>, %n déjà présents ignorés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n ligne(s) sans identifiant ignorée(s)</source>
        <translation>
            <numerusform>, %n ligne sans identifiant ignorée</numerusform>
            <numerusform>, %n lignes sans identifiant ignorées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Répétition « {name} » : %n ligne(s) rattachée(s).</source>
        <translation>
            <numerusform>Répétition « {name} » : %n ligne rattachée.</numerusform>
            <numerusform>Répétition « {name} » : %n lignes rattachées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ligne(s) de répétition sans questionnaire parent, non importée(s).</source>
        <translation>
            <numerusform>%n ligne de répétition sans questionnaire parent, non importée.</numerusform>
            <numerusform>%n lignes de répétition sans questionnaire parent, non importées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Colonnes ignorées (%n) :</source>
        <translation>
            <numerusform>Colonne ignorée (%n) :</numerusform>
            <numerusform>Colonnes ignorées (%n) :</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n questionnaire(s) « à vérifier », hors des chiffres jusqu&apos;à correction ou confirmation :</source>
        <translation>
            <numerusform>%n questionnaire « à vérifier », hors des chiffres jusqu&apos;à correction ou confirmation :</numerusform>
            <numerusform>%n questionnaires « à vérifier », hors des chiffres jusqu&apos;à correction ou confirmation :</numerusform>
        </translation>
    </message>
    <message>
        <source>Avertissements :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import refusé : {reason} Aucun questionnaire n&apos;a été importé.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DevicePage</name>
    <message>
        <source>Ordinateur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Donnez un nom à cet ordinateur.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ce nom accompagne chaque questionnaire et chaque ligne du journal d&apos;activité : lors de la fusion des exports, la coordination sait de quel ordinateur ils viennent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nom de cet ordinateur :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ex. Portable médiation 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Obligatoire. Choisissez un nom que l&apos;équipe reconnaît, différent pour chaque ordinateur ; il pourra être changé dans les réglages.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Discrepancies</name>
    <message>
        <source>{repeat} n° {number}</source>
        <extracomment>How the double-entry discrepancy lists name an answer inside repeats (keying.discrepancy_label).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{place} : {question}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{place} : nombre de répétitions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiscrepancyDialog</name>
    <message>
        <source>(vide)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double saisie — questionnaire papier n° {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n réponse(s) saisie(s) différemment. Reprenez le questionnaire papier et choisissez, pour chacune, la valeur qui y est écrite.</source>
        <translation>
            <numerusform>%n réponse saisie différemment. Reprenez le questionnaire papier et choisissez, pour chacune, la valeur qui y est écrite.</numerusform>
            <numerusform>%n réponses saisies différemment. Reprenez le questionnaire papier et choisissez, pour chacune, la valeur qui y est écrite.</numerusform>
        </translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1ʳᵉ saisie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2ᵉ saisie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valeur du papier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— à choisir —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1ʳᵉ : {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2ᵉ : {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valider la version vérifiée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plus tard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vérification non enregistrée</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DoubleEntryDialog</name>
    <message>
        <source>Tous les questionnaires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 sur 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 sur 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 sur 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucun (pas de double saisie)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double saisie des questionnaires papier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questionnaires à saisir deux fois :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tirés au sort pour une deuxième saisie, à l&apos;aveugle, de préférence par une autre personne :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ressaisir le questionnaire choisi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>À ressaisir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vérifier les écarts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Écarts à vérifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Réservé à la coordination : le rapport s&apos;affiche une fois le mot de passe d&apos;un coordinateur ou d&apos;une coordinatrice donné.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enquêteur·rice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Écarts par questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taux d&apos;écart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Par personne :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Par question :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rapport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saisis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vérifiés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Écarts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questionnaire papier n° {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — commencée, à reprendre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucun questionnaire à ressaisir pour l&apos;instant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>n° {number} — %n écart(s), ressaisi par {name}</source>
        <translation>
            <numerusform>n° {number} — %n écart, ressaisi par {name}</numerusform>
            <numerusform>n° {number} — %n écarts, ressaisi par {name}</numerusform>
        </translation>
    </message>
    <message>
        <source>Double saisie</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Exporter les questionnaires</source>
        <extracomment>The verified export file, once written.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le fichier d&apos;export contient les questionnaires de cet ordinateur, avec tout leur historique. Il est relu et vérifié avant que vous retiriez la clé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Les brouillons ne sont pas exportés : terminez-les d&apos;abord. %n brouillon(s) sur cet ordinateur.</source>
        <translation>
            <numerusform>Les brouillons ne sont pas exportés : terminez-les d&apos;abord. %n brouillon sur cet ordinateur.</numerusform>
            <numerusform>Les brouillons ne sont pas exportés : terminez-les d&apos;abord. %n brouillons sur cet ordinateur.</numerusform>
        </translation>
    </message>
    <message>
        <source>dossier de la clé USB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier d&apos;export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seulement ce qui n&apos;a pas encore été exporté</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>facultative : chiffre le fichier (AES-256)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phrase de passe :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choisissez un dossier qui existe (la clé est-elle branchée ?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Écriture et vérification du fichier…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Export vérifié : {file} — {submissions}, {revisions}, chiffré. Vous pouvez retirer la clé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Export vérifié : {file} — {submissions}, {revisions}. Vous pouvez retirer la clé.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportFolderPage</name>
    <message>
        <source>Dossier des exports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Où l&apos;export des questionnaires écrit ses fichiers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La fenêtre d&apos;export s&apos;ouvre sur ce dossier. Pour remettre les fichiers à la coordination sur une clé USB, choisissez la clé au moment d&apos;exporter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dossier :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoisir…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le dossier est créé s&apos;il n&apos;existe pas encore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Récapitulatif : « Terminer » enregistre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ce dossier ne peut pas être créé : {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldFormView</name>
    <message>
        <source>Langue du questionnaire</source>
        <extracomment>Seconds during which Enter is ignored once the review is on screen. Writing systems read right to left, by ISO 639-1 code. Below this height (a 1024×600 screen) pages take the compact style: the consent text and its answers fit without scrolling.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Langue des questions :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fermer (brouillon gardé)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le questionnaire reste enregistré comme brouillon (Échap)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>← Précédent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flèche gauche ou Alt+←</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminer et enregistrer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suivant →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entrée, flèche droite ou Alt+→</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retire ce bloc ajouté par erreur et ses réponses (Ctrl+Suppr)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↩ Retour à la relecture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenir à la relecture une fois la réponse corrigée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relecture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page {page} · {percent} %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{group} — n° {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> du {group} n° {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>À propos de « {question} » — réponse : {answer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>« {name} » : %n saisi(s). En ajouter un autre ?</source>
        <translation>
            <numerusform>« {name} » : %n saisi. En ajouter un autre ?</numerusform>
            <numerusform>« {name} » : %n saisis. En ajouter un autre ?</numerusform>
        </translation>
    </message>
    <message>
        <source>« {name} » : aucun saisi pour l&apos;instant. En ajouter un ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oui, ajouter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non, continuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retirer « {name} » n° {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retirer cette répétition ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retirer « {name} » n° {number} et toutes ses réponses ? Les autres sont gardés.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retirer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relecture avant d&apos;enregistrer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vérifiez les réponses avec la personne. Double-cliquez sur une ligne pour la modifier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n réponse(s) à compléter ou corriger (en rouge).</source>
        <translation>
            <numerusform>%n réponse à compléter ou corriger (en rouge).</numerusform>
            <numerusform>%n réponses à compléter ou corriger (en rouge).</numerusform>
        </translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Réponse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supprimer des répétitions déjà remplies ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le nombre indiqué est plus petit que le nombre de répétitions déjà remplies : {names}. Supprimer les dernières ? Sinon, corrigez le nombre.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldworkView</name>
    <message>
        <source>Terrain : quotas par quartier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questionnaires terminés (avec accord) de cet ordinateur et de ceux déjà fusionnés, par tranche d&apos;âge et sexe, face aux objectifs tirés de la population.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quartier :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suivi de terrain (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objectifs (coordination)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enregistrer les objectifs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>questionnaires prévus :</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Déroulement : {total} questionnaires commencés, {complete} terminés, {refused} refus, {abandoned} abandons ; durée médiane {median} ; %n entretien(s) trop court(s) à vérifier.</source>
        <translation>
            <numerusform>Déroulement : {total} questionnaires commencés, {complete} terminés, {refused} refus, {abandoned} abandons ; durée médiane {median} ; %n entretien trop court à vérifier.</numerusform>
            <numerusform>Déroulement : {total} questionnaires commencés, {complete} terminés, {refused} refus, {abandoned} abandons ; durée médiane {median} ; %n entretiens trop courts à vérifier.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tous les quartiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucun objectif pour l&apos;instant : la coordination les fixe ci-dessous, ou ils arrivent avec la prochaine fusion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>objectifs atteints à {zone}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{done} questionnaires sur {planned} prévus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objectifs enregistrés pour {zone} : {n} questionnaires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objectif modifié à {zone} : {n} questionnaires prévus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enregistrer le suivi de terrain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suivi de terrain écrit dans {path}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>{communes} communes ({names}) ; {count} quartiers dans les listes.</source>
        <extracomment>The interface languages, each named in its own language. Form titles when the store holds no questionnaire yet. A PIN: digits only, 4 to 8 of them.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Au moins {n} caractères.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pas d&apos;espace au début ni à la fin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Les deux saisies sont différentes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bienvenue — premier lancement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; &amp;Précédent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Suivant &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Terminer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quitter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}, avec mot de passe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aucun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>oui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>non</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Langue : {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordinateur : {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordination : {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Médiateurs : {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Territoire : {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questionnaire : {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exports chiffrés : {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quitter l&apos;assistant ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rien de ce qui a été saisi n&apos;est gardé et l&apos;application se ferme ; l&apos;assistant reviendra au prochain lancement.

Quitter quand même ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enregistrement impossible</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormRegisterDialog</name>
    <message>
        <source>Ajouter un questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ajoute un questionnaire XLSForm (ODK, KoboToolbox) à la base, avec ses fichiers (listes de choix CSV, tables de pulldata, images). Ils voyagent ensuite avec lui dans les fichiers d&apos;export. Ajouter deux fois le même fichier ne change rien.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>formulaire .xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formulaire XLSForm :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>facultatif : dossier « nom-media » à côté</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fichiers joints :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier des fichiers du formulaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ajouter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formulaire XLSForm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formulaires XLSForm (*.xlsx *.xls);;Tous les fichiers (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choisissez le formulaire XLSForm (un fichier qui existe).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lecture et vérification du questionnaire…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>✓ Questionnaire « {title} » (version {version}) ajouté, avec %n fichier(s) joint(s). Il est choisi à l&apos;accueil.</source>
        <translation>
            <numerusform>✓ Questionnaire « {title} » (version {version}) ajouté, avec %n fichier joint. Il est choisi à l&apos;accueil.</numerusform>
            <numerusform>✓ Questionnaire « {title} » (version {version}) ajouté, avec %n fichiers joints. Il est choisi à l&apos;accueil.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>✓ Questionnaire « {title} » (version {version}) déjà enregistré : %n fichier(s) joint(s) ajouté(s).</source>
        <translation>
            <numerusform>✓ Questionnaire « {title} » (version {version}) déjà enregistré : %n fichier joint ajouté.</numerusform>
            <numerusform>✓ Questionnaire « {title} » (version {version}) déjà enregistré : %n fichiers joints ajoutés.</numerusform>
        </translation>
    </message>
    <message>
        <source>✓ Questionnaire « {title} » (version {version}) déjà enregistré : rien n&apos;a changé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Une autre version enregistrée de ce questionnaire porte la même version « {version} » : changez-la dans la feuille « settings » pour les distinguer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Questionnaire refusé (%n problème(s) à corriger) : rien n&apos;a été enregistré.</source>
        <translation>
            <numerusform>Questionnaire refusé (%n problème à corriger) : rien n&apos;a été enregistré.</numerusform>
            <numerusform>Questionnaire refusé (%n problèmes à corriger) : rien n&apos;a été enregistré.</numerusform>
        </translation>
    </message>
    <message>
        <source>Questionnaire refusé : {reason} Rien n&apos;a été enregistré.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InviteBanner</name>
    <message>
        <source>Aucun mot de passe coordinateur n&apos;est défini : tout le monde peut fusionner, supprimer ou restaurer. Un mot de passe réserve ces actions à la coordination.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Définir un mot de passe…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyingFormView</name>
    <message>
        <source>Abandonner la double saisie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La première saisie reste inchangée (Échap)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fermer (brouillon gardé)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le questionnaire reste enregistré comme brouillon (Échap)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tapez le code de la réponse : le curseur passe seul à la question suivante. Entrée ou Tab valide une autre réponse, Maj+Tab revient en arrière, Ctrl+Entrée enregistre et ouvre le questionnaire suivant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enregistrer et suivant (Ctrl+Entrée)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> du {group} n° {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>« {name} » : %n saisi(s). En ajouter un autre ?</source>
        <translation>
            <numerusform>« {name} » : %n saisi. En ajouter un autre ?</numerusform>
            <numerusform>« {name} » : %n saisis. En ajouter un autre ?</numerusform>
        </translation>
    </message>
    <message>
        <source>« {name} » : aucun saisi pour l&apos;instant. En ajouter un ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oui, ajouter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non, continuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>double saisie de ce questionnaire papier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucun fichier joint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entrée : joindre un fichier…   Suppr : retirer   Tab : question suivante</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{group} n° {number} —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(plusieurs codes possibles)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JJMMAAAA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MMAAAA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AAAA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code inconnu : {code}. Codes possibles : {codes}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{first} à {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code inconnu : reprenez le questionnaire papier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ajouté par erreur ? Entrée sans rien taper retire ce bloc encore vide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recopiez le numéro inscrit sur le questionnaire papier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ce numéro a déjà été saisi : {owner}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n réponse(s) saisie(s) sur {total} questions</source>
        <translation>
            <numerusform>%n réponse saisie sur {total} questions</numerusform>
            <numerusform>%n réponses saisies sur {total} questions</numerusform>
        </translation>
    </message>
    <message>
        <source>Joindre un fichier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abandonner la double saisie ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Les réponses de cette deuxième saisie seront effacées ; la première saisie reste inchangée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continuer la saisie</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>Langue — Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La langue des menus et des fenêtres de l&apos;application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Les questionnaires gardent leurs propres langues : elles se choisissent pendant l&apos;entretien, selon la personne interrogée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flèches ↑ et ↓ pour choisir, Entrée pour continuer. Modifiable plus tard.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LaptopsDialog</name>
    <message>
        <source>Ordinateurs et signatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cet ordinateur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nom :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code à comparer :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empreinte :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordinateurs enrôlés par la coordination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordinateur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrôlé le</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Par</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enrôler depuis un fichier d&apos;export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code lu sur l&apos;écran de cet ordinateur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code affiché sur l&apos;ordinateur :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrô&amp;ler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucun ordinateur enrôlé : les fusions acceptent encore tout fichier. Dès le premier enrôlement, seuls les fichiers signés par un ordinateur enrôlé sont acceptés.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fichier {file} signé par « {name} », code {code}. Faites afficher le code sur cet ordinateur (Fichier › Ordinateurs et signatures) et tapez-le ci-dessous.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fichier d&apos;export de l&apos;ordinateur à enrôler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fichiers d&apos;export (*.idbundle *.zip);;Tous les fichiers (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le code tapé ne correspond pas à celui de « {name} » : il n&apos;a pas été enrôlé. Relisez le code sur son écran ; s&apos;il diffère vraiment, le fichier ne vient pas de lui.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« {name} » est enrôlé : ses fichiers et ses révisions sont acceptés.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LineEditor</name>
    <message>
        <source>Nombre entier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nombre (ex. 12,5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AAAA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MM/AAAA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JJ/MM/AAAA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AAAA-MM-JJTHH:MM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>latitude longitude [altitude précision], ex. 50.2775 3.9734</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>points « latitude longitude » séparés par « ; »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nom du fichier joint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Réponse</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Nouveau questionnaire (quartier, enquêteur·rice et mode de l&apos;accueil)</source>
        <extracomment>The keyboard shortcuts, as the help dialog lists them. Texts in French (the source language), translated when the help is shown.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Maj+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saisie d&apos;un questionnaire papier (tout sur une page)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode terrain : coche le choix n° 1 … 9, 0 pour le 10ᵉ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↑ / ↓ puis Espace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode terrain : passe d&apos;un choix à l&apos;autre, coche ou décoche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entrée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question suivante de la page, puis page suivante ; sur la relecture : enregistrer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page suivante / précédente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Entrée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saisie papier : enregistrer et ouvrir le suivant ; terrain : page suivante</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab / Maj+Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saisie papier : valider la réponse / revenir à la précédente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Échap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fermer le questionnaire (il reste en brouillon)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Suppr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode terrain : retirer la répétition affichée, ajoutée par erreur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suppr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dans la liste : supprimer un questionnaire (motif demandé, historique gardé)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporter vers une clé USB / fusionner des fichiers d&apos;export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double saisie des questionnaires papier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Réglages : langue, ordinateur, opérateurs, campagne, exports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tableau de bord / fiches de synthèse en PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cette aide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raccourcis clavier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guide d&apos;utilisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enquête habitants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ouverture de la base de données…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ajouter…</source>
        <extracomment>The home figures, in the order they are shown (the keys of store.counts()). « Nouveau questionnaire » (button). A questionnaire to open, by its instanceID (double-click, Entrée, « Ouvrir / modifier »). « Supprimer… » (button). « Ajouter… » beside the operator list. The questionnaire, neighbourhood or entry mode chosen changed. Another operator was picked in the list (the window asks their code, if any). A filter of the list changed.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questionnaire :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quartier :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enquêteur·rice :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terrain : une question par page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saisie de questionnaires papier : tout sur une page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode de saisie :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nouveau questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filtrer :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tous les statuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>du</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>au</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ouvrir / modifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entrée ou double-clic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supprimer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suppr — le motif est demandé, l&apos;historique est gardé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quartier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enquêteur·rice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode de saisie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filtrer par quartier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filtrer par statut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filtrer par enquêteur·rice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commencés depuis le</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commencés jusqu&apos;au</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questionnaires enregistrés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fichier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nouveau questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Supprimer le questionnaire…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Exporter vers une clé USB…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fusionner des fichiers d&apos;export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Conflits à résoudre…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Journal des fusions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal d&apos;&amp;activité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Importer des données (Kobo, ODK)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ajo&amp;uter un questionnaire…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ré&amp;glages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Opérateurs et codes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or&amp;dinateurs et signatures…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restaurer une sauvegarde…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effacer les &amp;textes libres…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Purger la campagne…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quitter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Résultats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tableau de bord…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Offre des structures et carte…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fiches de synthèse (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cibles de population…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Te&amp;rritoire…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xporter les réponses (tableau)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terrain : &amp;quotas par quartier…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Saisie papier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nouvelle saisie d&apos;un questionnaire papier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Double saisie…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&amp;mprimer le questionnaire papier…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Aide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Guide d&apos;utilisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Raccourcis clavier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>À &amp;propos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} — version {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tous les quartiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tous les enquêteur·rices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aujourd&apos;hui</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Brouillons</source>
        <translation>
            <numerusform>Brouillon</numerusform>
            <numerusform>Brouillons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Terminés</source>
        <translation>
            <numerusform>Terminé</numerusform>
            <numerusform>Terminés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Non exportés</source>
        <translation>
            <numerusform>Non exporté</numerusform>
            <numerusform>Non exportés</numerusform>
        </translation>
    </message>
    <message>
        <source>Choisissez d&apos;abord le questionnaire et l&apos;enquêteur·rice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choisissez d&apos;abord votre nom (Enquêteur·rice) sur l&apos;accueil.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questionnaire supprimé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ce questionnaire a été supprimé : il ne peut plus être modifié. Son historique reste dans la base.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saisie papier — {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Territoire enregistré.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double saisie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conseil : la double saisie est plus sûre faite par une autre personne.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La double saisie du questionnaire papier n° {other} n&apos;est pas terminée. La reprendre, ou l&apos;abandonner pour ressaisir le n° {number} ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reprendre le n° {other}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abandonner le n° {other}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double saisie à l&apos;aveugle — questionnaire papier n° {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La double saisie en cours a été rouverte là où elle s&apos;était arrêtée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double saisie identique à la première : questionnaire vérifié.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le questionnaire en cours a été rouvert là où il s&apos;était arrêté.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La langue de l&apos;interface changera à la fermeture du questionnaire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questionnaire enregistré. Ctrl+N pour le suivant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questionnaire enregistré ({count} aujourd&apos;hui). Questionnaire suivant :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questionnaire n° {number} enregistré : tiré au sort pour la double saisie (menu Saisie papier). Questionnaire suivant :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correction non enregistrée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ce questionnaire terminé a été modifié. Enregistrer la correction ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enregistrer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abandonner la correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continuer la correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correction abandonnée : le questionnaire est inchangé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correction enregistrée (nouvelle version).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double saisie abandonnée : la première saisie reste inchangée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questionnaire vide fermé : rien n&apos;a été gardé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brouillon enregistré : il reste dans la liste.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supprimer le questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Motif de la suppression (obligatoire, gardé dans l&apos;historique) :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suppression impossible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questionnaire supprimé (historique conservé).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restauration impossible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sauvegarde restaurée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ajouter un enquêteur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nom de l&apos;enquêteur·rice :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>À propos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;inclusion_desktop&lt;/b&gt; {version}&lt;br&gt;Enquête habitants d&apos;un diagnostic territorial d&apos;inclusion numérique, hors ligne.&lt;br&gt;&lt;br&gt;Base de données : {database}&lt;br&gt;Journal : {log}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le guide (docs/guide-utilisateur.md) est fourni avec les sources de l&apos;application ; demandez-le à votre coordination.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changer d&apos;enquêteur·rice</source>
        <extracomment>The coordinator who unlocked the last coordinator action, None when nobody had to.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} a un code : tapez-le pour continuer sous ce nom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enquêteur·rice inchangé·e : {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qui utilise l&apos;ordinateur ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choisissez votre nom et tapez votre code ou mot de passe, s&apos;il y en a un.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucun·e enquêteur·rice choisi·e : choisissez votre nom sur l&apos;accueil.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compte non vérifié</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Réservé à la coordination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pour {action}, un coordinateur ou une coordinatrice choisit son nom et tape son mot de passe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action réservée à la coordination.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>facultative : celle de la campagne, si les fichiers sont chiffrés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fichier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordinateur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nouveaux</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Déjà présents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mis à jour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gardés ici</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refusés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>État</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fusionner des fichiers d&apos;export</source>
        <extracomment>The coordinator who merges: named in the merge log and the audit log.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ajoutez les fichiers d&apos;export des ordinateurs (ou déposez-les ici). L&apos;aperçu dit ce que la fusion ferait ; rien n&apos;est écrasé : deux versions divergentes d&apos;un même questionnaire sont gardées et signalées comme conflit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ajouter des fichiers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retirer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phrase de passe :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aperçu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fusionner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voir les conflits…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fichiers d&apos;export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exports inclusion (*.zip);;Tous les fichiers (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ajoutez au moins un fichier d&apos;export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aperçu en cours…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fusion en cours…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fusionné</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prêt à fusionner</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> — %n questionnaire(s) refusé(s)</source>
        <translation>
            <numerusform> — %n questionnaire refusé</numerusform>
            <numerusform> — %n questionnaires refusés</numerusform>
        </translation>
    </message>
    <message>
        <source>REFUSÉ : {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refusé : {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Aperçu de %n fichier(s) : rien n&apos;a été écrit.</source>
        <translation>
            <numerusform>Aperçu de %n fichier : rien n&apos;a été écrit.</numerusform>
            <numerusform>Aperçu de %n fichiers : rien n&apos;a été écrit.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n fichier(s) fusionné(s).</source>
        <translation>
            <numerusform>%n fichier fusionné.</numerusform>
            <numerusform>%n fichiers fusionnés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n fichier(s) refusé(s) : voir la colonne État.</source>
        <translation>
            <numerusform>%n fichier refusé : voir la colonne État.</numerusform>
            <numerusform>%n fichiers refusés : voir la colonne État.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflit(s) à résoudre.</source>
        <translation>
            <numerusform>%n conflit à résoudre.</numerusform>
            <numerusform>%n conflits à résoudre.</numerusform>
        </translation>
    </message>
    <message>
        <source>Territoire ({file}) : {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La fusion s&apos;est arrêtée : {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MergeLogDialog</name>
    <message>
        <source>Journal des fusions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fichier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordinateur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Par</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nouveaux</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mis à jour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empreinte du fichier : {sha256}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucune fusion pour l&apos;instant.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>{detail}</source>
        <extracomment>A translator: (context, French source) -&gt; text in the interface language. The Qt translation context of the messages of `MESSAGES`. The French template of every code; {name} fields are the error&apos;s parameters.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erreur inattendue : ce n&apos;est pas un refus mais un défaut du programme ; voir le journal technique : {log}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{place} : {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{place} : {message} — {advice}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>feuille « {sheet} »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ligne {row}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>colonne « {column} »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>groupes et répétitions imbriqués sur plus de {levels} niveaux</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>extension « {extension} » non reconnue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(aucune)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lecture impossible ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>le fichier n&apos;a pas pu être lu comme un XLSForm ({error})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>le fichier est endommagé ou n&apos;est pas un classeur lisible ({error})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>la feuille « survey » est absente ou vide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>le nom « {name} » est déjà utilisé ligne {first_row} dans le même groupe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>le nom « meta » est réservé aux métadonnées du formulaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>le choix « {name} » figure déjà ligne {first_row} dans la liste « {list_name} »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XLSForm refusé par pyxform : {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fichier « {file} » illisible ({error})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dossier des fichiers du formulaire introuvable : {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fichier « {file} » illisible (GeoJSON attendu : {error})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type de question non pris en charge : « {type} »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>liste de choix « {list_name} » introuvable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expression « {source} » : {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>référence inconnue ${{{reference}}}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>référence inconnue ${{{reference}}} dans « {source} »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>un questionnaire réel en compte moins de dix : vérifiez les lignes « begin group » / « end group »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enregistrez le questionnaire en .xlsx, .xls, .csv ou .md</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vérifiez qu&apos;il s&apos;ouvre dans un tableur et qu&apos;il a une feuille « survey »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ouvrez-le dans un tableur et enregistrez-le de nouveau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>un XLSForm a au moins une feuille « survey » avec les colonnes type, name et label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deux questions d&apos;un même groupe ou d&apos;une même répétition doivent avoir des noms différents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>renommez ce groupe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>donnez-lui un autre nom, ou ajoutez le réglage allow_choice_duplicates = yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>corrigez le questionnaire dans le tableur puis rechargez-le</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>types possibles : ceux de pyxform (text, integer, decimal, select_one, select_multiple, date, time, geopoint, image, note, calculate, …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>corrigez l&apos;expression (syntaxe XLSForm, références ${{nom}})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vérifiez l&apos;orthographe du nom de la question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expression vide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expression incomplète</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expression trop imbriquée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chaîne non terminée : guillemet ouvert à la position {position}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>caractère inattendu « {character} » à la position {position}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>référence invalide à la position {position} : écrivez ${{nom}}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>référence non terminée à la position {position} : « }} » manquant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>référence invalide : « {reference} »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parenthèse fermante en trop à la position {position}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parenthèse fermante manquante</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prédicat « [ … ] » non pris en charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opérateur non pris en charge : « | »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>élément inattendu « {element} » à la position {position}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chemin XPath non pris en charge : « {path} » — utilisez ${{nom}}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>étape de chemin XPath invalide à la position {position}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fonction non prise en charge : {function}()</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>position() n&apos;accepte que l&apos;argument « .. »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nombre d&apos;arguments incorrect pour {function}() : {given} au lieu de {expected}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>au moins {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{fewest} à {most}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{function}() attend une référence ${{nom}} en argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{function}() attend une référence ${{nom}} en premier argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jr:choice-name() attend en second argument le nom de la question entre guillemets, par exemple &apos;${{question}}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expression régulière invalide : « {pattern} »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expression régulière non prise en charge : « {pattern} » (les références arrière et les assertions avant/arrière ne peuvent pas être évaluées en un temps borné)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code ou mot de passe incorrect. Encore 1 essai avant un blocage d&apos;une minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code ou mot de passe incorrect. Encore {attempts} essais avant un blocage d&apos;une minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trop d&apos;essais manqués : les coordinateurs sont bloqués pendant encore {seconds} s. Réessayez ensuite.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trop d&apos;essais manqués : {name} est bloqué·e pendant encore {seconds} s. Réessayez ensuite.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mot de passe illisible ({path}) : {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commande réservée à la coordination : sans terminal, donnez le mot de passe avec --password-file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commande réservée à la coordination : mot de passe non saisi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commande réservée à la coordination : mot de passe vide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} est le seul coordinateur ou la seule coordinatrice : nommez d&apos;abord quelqu&apos;un d&apos;autre coordinateur·rice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le code ou mot de passe doit compter au moins {length} caractères.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le code ou mot de passe ne peut pas commencer ni finir par une espace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le pilote de base de données « {driver} » n&apos;est pas installé : la base {where} ne peut pas être ouverte. Pour une base PostgreSQL, installez l&apos;application avec son option PostgreSQL (pip install &apos;inclusion-desktop[postgres]&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La base {where} n&apos;a pas été créée par inclusion_desktop (elle contient déjà d&apos;autres tables) : elle n&apos;a pas été modifiée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cette base a été créée par une version plus récente d&apos;inclusion_desktop (schéma {version}) : mettez l&apos;application à jour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} n&apos;est pas un fichier de base de données.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le fichier {path} n&apos;est pas une base de données inclusion_desktop (ce n&apos;est pas une base SQLite lisible) : il n&apos;a pas été modifié.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La base {path} est sur un support en lecture seule (ou dans un dossier où l&apos;écriture est interdite) : copiez-la sur le disque de l&apos;ordinateur ou ouvrez-la depuis un dossier où vous pouvez écrire. Elle n&apos;a pas été modifiée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impossible de créer la base {path} : {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impossible d&apos;ouvrir la base {path} : {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La base {path} est endommagée (contrôle d&apos;intégrité SQLite en échec : {problem}). Elle n&apos;a pas été sauvegardée, pour ne pas remplacer les bonnes sauvegardes. Restaurez la dernière sauvegarde saine (menu Fichier › Restaurer une sauvegarde), puis refusionnez les fichiers d&apos;export reçus depuis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le nom de l&apos;ordinateur ne peut pas être vide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le nom de l&apos;opérateur ne peut pas être vide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rôle inconnu : {role}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questionnaire introuvable : {uuid}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le questionnaire {uuid} a été supprimé : il ne peut plus être modifié.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indiquez le motif de la suppression.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sauvegarde de la base {path} impossible ({reason}) : rien n&apos;a été modifié.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sauvegarde introuvable : {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La sauvegarde {name} est illisible ({reason}) : la base actuelle n&apos;a pas été modifiée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La sauvegarde {name} est endommagée (contrôle d&apos;intégrité en échec) : la base actuelle n&apos;a pas été modifiée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} n&apos;est pas une sauvegarde d&apos;une base inclusion_desktop : la base actuelle n&apos;a pas été modifiée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reason} (sauvegarde {name} ; la base actuelle n&apos;a pas été modifiée)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restauration impossible ({reason}) : la base actuelle n&apos;a pas été modifiée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La base {path} est encore ouverte (dans cette application ou une autre) : fermez-la avant de restaurer une sauvegarde. Rien n&apos;a été restauré.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copie de sécurité de la base actuelle impossible ({reason}) : rien n&apos;a été restauré.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La base a changé depuis la vérification (questionnaire ajouté, modifié ou en cours de saisie) : rien n&apos;a été purgé, recommencez la vérification.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La base est encore utilisée par un autre programme : le fichier -wal n&apos;a pas pu être vidé. Fermez les autres fenêtres de l&apos;application et recommencez.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} : {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fichier introuvable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lecture impossible ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fichier de plus de {size}, bien plus qu&apos;un export réel : refusé sans être ouvert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ce fichier n&apos;est pas un fichier d&apos;export d&apos;inclusion_desktop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fichier d&apos;export chiffré tronqué.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ce fichier d&apos;export est chiffré : indiquez la phrase de passe de la campagne.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phrase de passe incorrecte.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>le fichier d&apos;export a été modifié ou tronqué après chiffrement (authentification refusée).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signature du fichier invalide : il a été modifié après avoir été signé par l&apos;ordinateur qui l&apos;a écrit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ce fichier existe déjà : choisissez un autre nom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>le dossier de destination n&apos;existe pas (clé retirée ?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fichier d&apos;export non chiffré alors qu&apos;une phrase de passe de campagne est définie : refusé (les fichiers de la campagne sont toujours chiffrés ; pour un ancien fichier, utilisez « importer sans signature »).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fichier non signé (ordinateur « {name} ») alors que la campagne a des ordinateurs enrôlés : refusé. Pour un ancien fichier, utilisez « importer sans signature ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fichier signé par un ordinateur non enrôlé : « {name} » (code {laptop_code}). Enrôlez-le après avoir comparé ce code avec celui affiché sur cet ordinateur, ou refusez le fichier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phrase de passe illisible ({path}) : {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>le fichier {path} ne contient pas de phrase de passe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} : fichier non signé (écrit par une version plus ancienne) : faites un nouvel export sur l&apos;ordinateur à enrôler.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clé de signature de cet ordinateur impossible à créer ({path}) : {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clé de signature de cet ordinateur illisible ({path}) : {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clé de signature de cet ordinateur endommagée ({path}) : restaurez-la ou supprimez-la puis faites enrôler de nouveau cet ordinateur.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clé de signature de cet ordinateur invalide ({path}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>le code saisi ne correspond pas à celui de « {name} » ({file}) : cet ordinateur n&apos;a pas été enrôlé. Relisez le code affiché sur son écran ; s&apos;il diffère vraiment, le fichier ne vient pas de lui.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Écriture dans la base impossible ({reason}) : {file} n&apos;a pas été fusionné et la base est restée telle qu&apos;avant ce fichier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La base a refusé les données de {file} ({reason}) : ce fichier n&apos;a pas été fusionné et la base est restée telle qu&apos;avant lui.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} : la base partagée est trop occupée par d&apos;autres fusions en même temps ({attempts} tentatives). Rien n&apos;a été écrit pour ce fichier ; recommencez dans un moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} : XLSForm illisible ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} : pas de feuille « survey », ce n&apos;est pas un XLSForm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} : ce n&apos;est pas un fichier CSV (contenu binaire). Exportez les données en CSV ou en XLSX depuis Kobo, ODK Central ou le tableur.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} : fichier illisible ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} : l&apos;identifiant {id} apparaît deux fois (lignes {first} et {second}) ; corrigez le fichier. Rien n&apos;a été importé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} : aucune ligne à importer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} : aucune colonne ne correspond à une question du questionnaire « {form_id} » ({form_file}) : est-ce le bon questionnaire ? Rien n&apos;a été importé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} : aucune ligne n&apos;a d&apos;identifiant de questionnaire (colonnes _uuid, meta/instanceID ou KEY) : rien n&apos;a été importé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format inconnu : {format} (csv, xlsx ou dta).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucun questionnaire terminé à exporter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} : écriture impossible ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} : fichier UTF-16 endommagé ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}, ligne {line} : une cellule dépasse {limit} Kio (fichier endommagé ou qui n&apos;est pas un export). Rien n&apos;a été importé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}, ligne {line} : CSV illisible ({reason}). Rien n&apos;a été importé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} existe déjà avec un autre contenu : rien n&apos;a été écrit. Choisissez un autre dossier d&apos;export ou déplacez l&apos;ancien dossier « {folder} ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Langue inconnue « {lang} » : choisissez fr ou en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucun questionnaire complet dans la base : aucune fiche n’a été produite.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ligne 1 : colonnes manquantes : {missing} (colonnes attendues : {expected}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ligne 1 : colonne manquante : {missing} (colonnes attendues : {expected}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} : questions inconnues dans le questionnaire : {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} : question inconnue dans le questionnaire : {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{error} Rien n&apos;a été purgé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucun questionnaire saisi sous le numéro papier « {number} ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le questionnaire n° {number} n&apos;est pas terminé : finissez la première saisie avant la double saisie.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucun questionnaire en conflit ne commence par « {prefix} ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plusieurs questionnaires en conflit commencent par « {prefix} » : donnez plus de caractères de l&apos;identifiant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« {prefix} » ne désigne pas une seule des versions en conflit du questionnaire {uuid} ({versions}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part de double saisie inconnue : {share} (possibles : {choices} ; 0 pour aucune).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Premier lancement non enregistré : {problems}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fiche de l’offre impossible avec ce questionnaire structures : {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucune enquête structures dans la base : pas de fiche de l’offre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucun questionnaire structures complet : pas de fiche de l’offre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Écriture de « {name} » impossible ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contours des communes illisibles ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} : aucun contour de commune avec un code INSEE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--operator : personne ne s&apos;appelle « {name} » (connus : {known}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nom de l&apos;ordinateur : il est vide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nom du coordinateur ou de la coordinatrice : il est vide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mot de passe de la coordination : {problem}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>un médiateur ou une médiatrice sans nom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} : ce nom est déjà dans la liste.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code de {name} : {problem}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>le code ou mot de passe doit compter au moins {length} caractères</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>le code ou mot de passe ne peut pas commencer ni finir par une espace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>les deux saisies du code ou mot de passe sont différentes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} : import refusé, rien n&apos;a été écrit : {rows} pas le questionnaire ({answers} en cause). {advice}{problems}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} ligne ne respecte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} lignes ne respectent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} réponse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} réponses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrigez le fichier, ou importez avec --keep-invalid pour les garder « à vérifier » (hors de tous les chiffres).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrigez le fichier, ou cochez « à vérifier ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un autre poste a enregistré la même donnée au même moment dans la base partagée : rien n&apos;a été enregistré, recommencez.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} : Un autre poste a enregistré la même donnée au même moment dans la base partagée : rien n&apos;a été enregistré, recommencez.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version de questionnaire introuvable : {form_version}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opérateur introuvable : {operator}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opérateur inconnu (n° {operator}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ce questionnaire n&apos;est pas terminé : son brouillon est tout ce qui existe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le questionnaire {uuid} n&apos;est pas encore terminé : il doit d&apos;abord être finalisé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le questionnaire {uuid} n&apos;est pas en conflit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La version {version} n&apos;est pas une des versions en conflit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quotas de « {zone} » invalides : effectifs négatifs ou zone vide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issue de questionnaire inconnue : « {outcome} ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Résolution inconnue « {resolution} » : confirme ou corrige.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le questionnaire {uuid} n&apos;est pas « à vérifier ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le questionnaire {uuid} est supprimé : rien n&apos;a été joint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le fichier {name} ne peut pas être lu ({reason}) : rien n&apos;a été joint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pièce jointe introuvable : {name} ({uuid}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La pièce jointe {name} du questionnaire {uuid} existe déjà ici avec un autre contenu : la fusion n&apos;a rien enregistré. Signalez-le au coordinateur.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucune caméra n&apos;est reconnue sur cet ordinateur : branchez-en une, ou fermez et joignez un fichier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&apos;accès à la caméra est refusé par le système : autorisez l&apos;application dans les réglages de confidentialité de l&apos;ordinateur (Caméra), ou fermez et joignez un fichier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La caméra ne répond pas : elle est peut-être déjà utilisée par une autre application (visioconférence…) ou a été débranchée. Fermez cette application et réessayez, ou joignez un fichier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La photo n&apos;a pas pu être prise : rien n&apos;a été joint. Réessayez, ou fermez et joignez un fichier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le fichier « {name} » du formulaire {form} diffère de celui déjà enregistré avec cette version du formulaire : rien n&apos;a été enregistré. Changez la version du formulaire (feuille « settings ») pour utiliser le nouveau fichier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le fichier « {name} » du formulaire {form} pèse {size}, plus que les {limit} admis pour un fichier de formulaire : rien n&apos;a été enregistré. Réduisez-le (image moins grande, liste découpée).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Les fichiers du formulaire {form} pèsent ensemble {size}, plus que les {limit} admis pour une version de formulaire (le plus gros : « {name} ») : rien n&apos;a été enregistré. Réduisez-les (images moins grandes, listes découpées).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vérification introuvable : {verification}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seul un questionnaire terminé peut être ressaisi pour vérification.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cette double saisie a déjà été vérifiée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sauvegarde de la base {where} impossible : l&apos;outil pg_dump de PostgreSQL n&apos;est pas installé sur cet ordinateur (paquet « postgresql-client »).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sauvegarde de la base {where} impossible : pg_dump a échoué ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La sauvegarde de la base {where} ne se relit pas correctement ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La sauvegarde de la base {where} ne se relit pas correctement (tables absentes : {tables}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sauvegarde de la base {where} impossible : {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le serveur PostgreSQL {where} refuse la connexion : identifiant ou mot de passe refusé. Vérifiez l&apos;utilisateur et le mot de passe de l&apos;adresse de la base.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La base {where} n&apos;existe pas sur le serveur PostgreSQL : demandez à son administrateur de la créer (createdb), puis recommencez.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucun serveur PostgreSQL ne répond à l&apos;adresse {where} : vérifiez que le serveur est démarré et que l&apos;adresse (hôte, port) est la bonne.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impossible d&apos;ouvrir la base {where} : {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>en-tête de chiffrement endommagé : le fichier a été modifié ou abîmé (ce n&apos;est pas une question de phrase de passe). Demandez un nouvel export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fichier d&apos;export au format {version}, plus récent que celui de cette application ({newest}) : mettez inclusion_desktop à jour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>le formulaire {name} de la base ne correspond pas à son empreinte enregistrée : aucun fichier d&apos;export n&apos;a été écrit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reason} Aucun fichier d&apos;export n&apos;a été écrit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relecture du fichier d&apos;export échouée ({reason}) : il a été effacé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>le fichier d&apos;export relu diffère de celui écrit : il a été effacé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>archive de {count} membres, plus que les {limit} admis : refusée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manifeste invalide (version de format absente).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manifeste invalide (liste des membres absente).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>membre non déclaré dans le manifeste : {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>membre manquant : {name} (fichier tronqué ?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>le membre {name} ne correspond pas à son empreinte SHA-256.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fichier tronqué ou endommagé ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contenu invalide ({kind}: {reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} illisible ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} illisible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>le formulaire {name} ne correspond pas à son empreinte.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ligne {line} de {name} illisible ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>questionnaire {uuid} présent deux fois.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>questionnaire {uuid} : formulaire absent du fichier d&apos;export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>une révision du questionnaire {uuid} ne correspond pas à son empreinte (contenu modifié).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>les totaux du manifeste ne correspondent pas au contenu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>le membre {name} dépasserait {size} une fois décompressé (archive piégée ou endommagée) : fichier refusé, rien n&apos;a été décompressé ni fusionné.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>le contenu de l&apos;archive dépasserait {size} une fois décompressé (archive piégée ou endommagée) : fichier refusé, rien n&apos;a été décompressé ni fusionné.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>la pièce jointe {name} ne correspond pas à son empreinte SHA-256 (fichier modifié ou abîmé) : rien n&apos;a été fusionné. Demandez un nouvel export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>la pièce jointe {name} du questionnaire {uuid} ne correspond pas à son empreinte SHA-256 (fichier modifié ou abîmé) : rien n&apos;a été fusionné. Demandez un nouvel export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>le fichier de formulaire {name} ne correspond pas à son empreinte SHA-256 (fichier modifié ou abîmé) : rien n&apos;a été fusionné. Demandez un nouvel export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>le fichier {name} du formulaire {form} ne correspond pas à son empreinte SHA-256 (fichier modifié ou abîmé) : rien n&apos;a été fusionné. Demandez un nouvel export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} : texte attendu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} : horodatage sans fuseau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{uuid} : mode de saisie inconnu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{uuid} : appareil ou opérateur non déclaré</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{uuid} : statut inconnu {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{uuid} : réponses invalides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{uuid} : empreinte invalide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{uuid} : numéro de révision invalide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{uuid} : aucune révision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nom de fichier de formulaire invalide : {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fichier de formulaire {name} non déclaré</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fichier de formulaire {name} : taille invalide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>le fichier {name} du formulaire {form} pèse {size}, plus que les {limit} admis pour un fichier de formulaire : rien n&apos;a été fusionné.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>les fichiers du formulaire {form} pèsent ensemble {size}, plus que les {limit} admis pour une version de formulaire (le plus gros : {name}) : rien n&apos;a été fusionné.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pièce jointe {name} non déclarée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nom de pièce jointe invalide : {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pièce jointe {name} d&apos;un questionnaire absent du fichier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pièce jointe {name} : taille invalide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} : objet attendu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ligne {line} de {name} : identifiant invalide ou en double</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ligne {line} de {name} : appareil non déclaré</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ligne {line} de {name} : chaînage invalide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ligne {line} de {name} : signature invalide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>espace insuffisant sur le support : {nothing_written}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>le support est en lecture seule ou l&apos;écriture y est interdite : {nothing_written}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>écriture impossible ({reason}) : {nothing_written}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aucun {what} n&apos;a été écrit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aucun fichier d&apos;export n&apos;a été écrit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aucun fichier PDF n&apos;a été écrit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cette question est obligatoire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cette réponse n&apos;est pas acceptée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entrez un nombre entier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entrez un nombre (par exemple 12,5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entrez une date au format JJ/MM/AAAA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entrez un mois et une année au format MM/AAAA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entrez une année sur quatre chiffres (AAAA).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entrez une heure au format HH:MM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entrez un nombre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entrez un nombre entre {low} et {high}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ce choix n&apos;est pas dans la liste : {choices}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entrez une date et une heure au format AAAA-MM-JJTHH:MM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entrez « latitude longitude » (par exemple 50.27 3.97), éventuellement suivies de l&apos;altitude et de la précision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latitude entre -90 et 90, longitude entre -180 et 180.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entrez au moins {count} points « latitude longitude » séparés par « ; ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{extra} répétitions de plus que prévu ({count}) : supprimez celles en trop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{extra} répétition de plus que prévu ({count}) : supprimez-la.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{group} n° {number} : {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>journal d&apos;audit de « {name} » : la ligne du {when} ({action}) a été modifiée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>journal d&apos;audit de « {name} » : une ligne manque avant celle du {when} ({action}) : elle a été supprimée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>journal d&apos;audit de « {name} » : la chaîne des lignes est fourchue (lignes réécrites).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>journal d&apos;audit de « {name} » : la ligne du {when} ({action}) n&apos;est pas signée alors que les précédentes le sont : elle a été réécrite.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>journal d&apos;audit de « {name} » : la signature de la ligne du {when} ({action}) ne correspond pas : la ligne a été modifiée ou signée par un autre ordinateur.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ordinateur inconnu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{problem} Fichier refusé : rien n&apos;a été fusionné.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>colonne transmise à ODK, sans effet sur ordinateur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>colonne ignorée (sans effet dans l&apos;application)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>images et sons des choix non affichés : le libellé est montré</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>réglage ignoré (valeur « {value} »)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fichier « {name} » absent des fichiers du formulaire : le libellé est montré</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fichier « {name}.csv » de pulldata() absent : valeur vide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>métadonnée « {type} » que l&apos;ordinateur ne fournit pas : laissée vide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« rank » : les choix sont cochés dans l&apos;ordre de leur classement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« read_only » calculé : la question reste modifiable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fichier de choix « {name} » absent des fichiers du formulaire : la réponse est saisie en texte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>liste externe « {list_name} » absente : la réponse est saisie en texte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choix présentés dans l&apos;ordre de la feuille</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paramètre sans effet sur ordinateur : {parameters}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« calculate » sans « calculation » : valeur toujours vide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>apparence « {appearance} » sans équivalent sur ordinateur : affichage ordinaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chemin vers « {reference} », absent du formulaire : valeur vide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« {name} » sans ${{}} est lu comme vide (comme ODK)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>de {low} à {high} ans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>de {low} ans et plus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« {label} »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} personne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} personnes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} femme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} femmes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} homme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} hommes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{first} et {second}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>il manque {people} {band} à {zone}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>il manque {people} {band} à {zone}, dont {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{people} {band} à {zone} ({done} sur {target})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aucun questionnaire encore : pas de projection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>au rythme actuel, n_eff attendu {expected} pour {planned} questionnaires (aujourd&apos;hui {n_eff} pour {done})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objectifs atteints à {zone} ({count} questionnaires).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>À trouver en priorité : {cells}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>révision signée par aucun ordinateur enrôlé (faite sur « {laptop} ») : questionnaire refusé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>formulaire {file} refusé par la vérification ({problem})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>formulaire {file} refusé par la vérification ({problem}, et {count} autre problème)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>formulaire {file} refusé par la vérification ({problem}, et {count} autres problèmes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>questionnaire illisible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le compte de « {name} » a été modifié en dehors de l&apos;application (rôle ou code changé dans le fichier de la base) : il est refusé. Un coordinateur ou une coordinatrice doit lui redonner son rôle et un nouveau code (Fichier &gt; Opérateurs et codes…), ou restaurer une sauvegarde ; « audit verify » le signale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le compte de « {name} » ne peut pas être vérifié : la clé de signature de cet ordinateur ({path}) manque ou est illisible. Remettez-la en place (sauvegarde de l&apos;ordinateur) à côté de la base, ou restaurez une sauvegarde de la base.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le compte de « {name} » ne peut pas être vérifié : la clé de signature de cet ordinateur ({path}) n&apos;est plus celle qui a scellé les comptes (fichier remplacé ou recréé). Remettez l&apos;ancienne clé à côté de la base, ou restaurez une sauvegarde.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le compte de « {name} » a été supprimé du fichier de la base en dehors de l&apos;application (le journal d&apos;audit l&apos;avait enregistré) : les actions réservées à la coordination restent fermées. Restaurez une sauvegarde de la base.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}, ligne {line}, colonne « {column} » (question « {question} ») : {value} — {rule} : {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« {value} »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(vide)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>réponse obligatoire manquante</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type de réponse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code absent de la liste de choix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contrainte du questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>réponse à une question qui ne se pose pas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>la question ne se pose pas avec les autres réponses de la ligne.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{whole},{tenth} Mo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{whole} Mo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le fichier {name} pèse {size}, plus que les {limit} admis pour une pièce jointe : il n&apos;a pas été joint. Réduisez-le (photo moins grande, extrait plus court).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fichier d&apos;export refusé : {reason} Rien n&apos;a été purgé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} questionnaire terminé ou supprimé sur {finished} ne figure pas dans {file} avec sa version actuelle : {listing}. Faites un nouvel export complet (pas « seulement ce qui n&apos;a pas été exporté ») et purgez avec ce fichier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} questionnaires terminés ou supprimés sur {finished} ne figurent pas dans {file} avec leur version actuelle : {listing}. Faites un nouvel export complet (pas « seulement ce qui n&apos;a pas été exporté ») et purgez avec ce fichier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} questionnaire en cours de saisie ou de correction : {listing}. Terminez-le ou supprimez-le, exportez, puis purgez.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} questionnaires en cours de saisie ou de correction : {listing}. Terminez-les ou supprimez-les, exportez, puis purgez.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{problems} Rien n&apos;a été purgé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucun questionnaire à purger ; {file} a été vérifié.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le questionnaire terminé ou supprimé de cet ordinateur est dans {file}, vérifié, avec sa version actuelle : la purge peut être faite.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Les {count} questionnaires terminés ou supprimés de cet ordinateur sont tous dans {file}, vérifié, avec leur version actuelle : la purge peut être faite.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{shown} et {count} autre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{shown} et {count} autres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{short} ({zone}, commencé le {when})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{short} ({zone}, commencé le {when}, {operator})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sans quartier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campagne purgée : {questionnaires} et {versions} effacés de cet ordinateur (vérifiés dans {file}). Le journal d&apos;activité garde la trace de la purge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Une sauvegarde faite juste avant ({backup}, dossier {folder}) contient encore les données : supprimez-la une fois la campagne close.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} questionnaires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sur le serveur PostgreSQL, les tables concernées ont été réécrites (VACUUM FULL) ; l&apos;ancien texte peut encore se trouver dans les journaux de transactions (WAL), les réplicas et les sauvegardes du serveur jusqu&apos;à leur renouvellement par son administrateur.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucun questionnaire pour le quartier « {zone} ». Quartiers : {known}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impossible d’écrire dans le dossier « {folder} » ({reason}) : choisissez un dossier où vous avez le droit d’écrire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Écriture de « {file} » impossible ({reason}) : vérifiez la place libre sur le disque et les droits du dossier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucun questionnaire « {form_id} » dans la base : aucune fiche.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cibles de population enregistrées inutilisables : {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Les fiches de l’offre couvrent tout le territoire et sont en français : retirez --zone et --lang en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police DejaVu Sans introuvable : installez le paquet fonts-dejavu-core (ou indiquez son dossier dans la variable INCLUSION_FONTS_DIR).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>les cibles de population n&apos;ont pas de tranches d&apos;âge (« {variable} »).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>les parts de population sont toutes nulles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nombre de questionnaires prévu invalide ({planned}) : entre 1 et {most}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quartier inconnu : « {zone} » (voir le territoire).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cellule de quota inconnue : {band} × {sex}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>objectif invalide pour {band} × {sex} : « {value} ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ligne {line} : variable ou modalité vide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ligne {line} : l’effectif « {value} » n’est pas un nombre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ligne {line} : l’effectif doit être positif.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ligne {line} : la modalité « {cell} » de « {variable} » apparaît deux fois.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le fichier de population ne contient aucun effectif.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L’effectif total de « {variable} » est nul.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Les variables n’ont pas le même effectif total ({totals}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucun effectif de population pour « {variable} ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Structures par quartier : colonne « {column} » manquante.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Structures par quartier, ligne {line} : quartier vide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quartier « {zone} » : {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La colonne « {column} » n’est pas numérique.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La colonne « {column} » n’est pas une colonne oui/non.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Il faut un poids par questionnaire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Les poids doivent être des nombres strictement positifs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La variable « {variable} » n’a pas une valeur par questionnaire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effectifs de population invalides pour « {variable} ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucun répondant dans la ou les modalités « {cells} » de « {variable} » : regroupez-les avec une modalité voisine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucune marge de calage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Les marges de calage n’ont pas le même effectif total : {totals}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le calage sur les marges ne converge pas en {iterations} itérations : des cellules sont sans doute vides ou contradictoires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{problems}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucun répondant : les {refusals} questionnaires complets sont des refus (consentement « non ») ; aucune fiche n’a été produite.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucun répondant : le seul questionnaire complet est un refus (consentement « non ») ; aucune fiche n’a été produite.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le quartier « {zone} » n’a que {count} répondants : il en faut au moins {minimum} pour une fiche.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le quartier « {zone} » n’a qu’un répondant : il en faut au moins {minimum} pour une fiche.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fichier de population : colonnes manquantes : {columns}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fichier de population : colonne manquante : {columns}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} questionnaires sans valeur pour « {variable} » : impossible de les redresser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} questionnaire sans valeur pour « {variable} » : impossible de le redresser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modalités de « {variable} » sans effectif de population : {cells}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modalité de « {variable} » sans effectif de population : {cells}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ligne {line} : le nom de la commune est vide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ligne {line} : le nom de choix de commune « {commune} » n’est pas valable (minuscules sans accents, chiffres et « _ » seulement).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ligne {line} : « {commune} » est réservé aux réponses hors de la liste des communes ; choisissez un autre nom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ligne {line} : le code INSEE « {insee} » n’a pas le bon format (cinq caractères, par exemple 59392) ; laissez-le vide s’il n’est pas connu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ligne {line} : le libellé du quartier est vide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ligne {line} : le nom de choix de quartier « {quartier} » n’est pas valable (minuscules sans accents, chiffres et « _ » seulement).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ligne {line} : le code QPV « {qpv} » n’a pas le format des codes officiels (QN, le département sur trois caractères, deux chiffres et une lettre, par exemple QN05901M) ; laissez-le vide s’il n’est pas connu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ligne {line} : le code QPV « {qpv} » est celui d’un quartier du département {qpv_department}, or la commune {commune} (INSEE {insee}) est dans le {department}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ligne {line} : « {label} » regroupe les adresses hors QPV : il ne peut pas avoir de code QPV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le territoire ne contient aucun quartier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ligne {line} : la commune « {commune} » s’appelle « {first_name} » ligne {first_line}, pas « {name} ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ligne {line} : le code INSEE de {commune} (« {insee} ») diffère de celui de la ligne {first_line} (« {first_insee} »).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ligne {line} : la commune {commune} figure déjà ligne {other_line} sous un autre nom de choix (« {other_choice} »).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ligne {line} : le code INSEE {insee} est déjà celui de {other} (ligne {other_line}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ligne {line} : le quartier « {quartier} » figure déjà dans {commune} (ligne {other_line}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ligne {line} : {commune} a déjà un quartier « {label} » (ligne {other_line}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ligne {line} : le code QPV {qpv} est déjà celui du quartier « {other} » (ligne {other_line}) ; un même QPV sur deux communes garde le même nom de choix de quartier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ligne {line} : la commune {commune} n’a plus sa ligne « {label} » (nom de choix « {choice} ») ; le questionnaire en a besoin pour les adresses hors QPV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le quartier « {label} » de {commune} ne peut pas être retiré : {count} questionnaires l’utilisent. Vous pouvez le renommer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le quartier « {label} » de {commune} ne peut pas être retiré : {count} questionnaire l’utilise. Vous pouvez le renommer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}, section {section}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{section}, indicateur {indicator}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} : il faut un libellé « label = {{ fr = …, en = … }} ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} : expression vide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} : {error} ({source})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} : « comparisons » doit être une liste.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} : une comparaison est une proportion entre 0 et 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} : le questionnaire est nécessaire pour « {name} ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} : « {name} » n’est pas une question à choix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} : un indicateur a un « id » et une « value ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} : fichier illisible ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} : l’identifiant « {id} » est en double.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucun fichier d’indicateurs pour le questionnaire « {form} ».</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MultilineEditor</name>
    <message>
        <source>Réponse libre (Ctrl+Entrée pour continuer)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfferDialog</name>
    <message>
        <source>Offre des structures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calcul de l’offre…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Communes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Structures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicateurs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Écrire le diagnostic (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier du diagnostic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Écriture des fiches…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n fichier(s) écrits ; le diagnostic complet : {path}</source>
        <translation>
            <numerusform>%n fichier écrit ; le diagnostic complet : {path}</numerusform>
            <numerusform>%n fichiers écrits ; le diagnostic complet : {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>Fiches non écrites : {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offre indisponible : {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n structure(s) ont répondu. Décomptes de structures, sans pondération ni intervalle de confiance.</source>
        <translation>
            <numerusform>%n structure a répondu. Décomptes de structures, sans pondération ni intervalle de confiance.</numerusform>
            <numerusform>%n structures ont répondu. Décomptes de structures, sans pondération ni intervalle de confiance.</numerusform>
        </translation>
    </message>
    <message>
        <source>Teinte : structures de premier niveau (accès libre ou assistance).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sans contour, non dessinées : {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Premier niveau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assistance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ateliers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accès libre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QPV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>oui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicateur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfferMap</name>
    <message>
        <source>commune avec un QPV</source>
        <extracomment>The directory&apos;s columns are headed by whole questions: wider ones are cut (full in a tooltip).</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OperatorsDialog</name>
    <message>
        <source>Opérateurs et codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Les médiateur·rices saisissent, reprennent leurs brouillons et exportent. Fusionner, supprimer, voir les résultats, restaurer une sauvegarde, gérer les personnes et les réglages est réservé à la coordination, dès qu&apos;un coordinateur ou une coordinatrice a un mot de passe. Un code (4 chiffres au moins) protège aussi le nom d&apos;un·e médiateur·rice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rôle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code ou mot de passe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personne choisie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changer le rôle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rôle :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nouveau code ou mot de passe :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le même, encore une fois :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enregistrer le code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retirer le code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ajouter une personne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nom :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>facultatif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code ou mot de passe :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ajouter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Médiateur·rice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordinateur·rice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>défini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aucun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changer le code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Les deux saisies ne sont pas identiques.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le code ou mot de passe doit compter au moins {n} caractères.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le code ou mot de passe ne peut pas commencer ni finir par une espace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} : {role}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code ou mot de passe enregistré pour {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code ou mot de passe retiré pour {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indiquez le nom de la personne.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} est déjà dans la liste.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} ajouté·e.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OperatorsPage</name>
    <message>
        <source>Opérateurs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Les personnes qui utilisent cet ordinateur ; leur nom suit chaque saisie.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordinateur ou coordinatrice (obligatoire)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nom :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ex. Claire D.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mot de &amp;passe :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Confirmation :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>facultatif, au moins {n} caractères</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>le même, une seconde fois</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conseil : choisissez un mot de passe. Il réserve à la coordination les réglages, les opérateurs et les suppressions. Vous pourrez aussi le définir plus tard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Médiateurs et médiatrices (facultatif)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;om :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ex. Samira B.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code P&amp;IN :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>facultatif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ajouter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retirer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entrée dans le nom ou le code ajoute la personne à la liste ; le code PIN compte de 4 à 8 chiffres. D&apos;autres personnes pourront être ajoutées plus tard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tapez d&apos;abord le nom de la personne.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} est déjà dans la liste.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le code PIN compte au moins {n} chiffres.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>avec code PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sans code PIN</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaperFormDialog</name>
    <message>
        <source>Imprimer le questionnaire papier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le PDF (A4) numérote les questions et les codes des réponses comme le mode saisie : la personne qui saisit lit les codes sur le papier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(langue unique)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Langue des questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lignes des tableaux répétés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enregistrer le PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enregistrer le questionnaire papier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questionnaire papier non écrit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questionnaire papier</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) écrite(s) dans {path}.</source>
        <translation>
            <numerusform>%n page écrite dans {path}.</numerusform>
            <numerusform>%n pages écrites dans {path}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <source>Phrase de passe de campagne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facultative : elle chiffre les fichiers d&apos;export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Les fichiers d&apos;export contiennent les réponses des personnes interrogées. Avec une phrase de passe, ils sont chiffrés (AES-256) : une clé USB perdue ne laisse rien lire. La coordination choisit une phrase pour toute la campagne et la donne à chaque ordinateur ; sans elle, les fichiers ne peuvent pas être fusionnés.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phrase de passe :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Confirmation :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>laisser vide pour ne pas chiffrer ; plusieurs mots, c&apos;est plus sûr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>la même, une seconde fois</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Afficher ce qui est tapé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elle est gardée sur cet ordinateur, dans un fichier lisible par votre seul compte, et proposée à chaque export. Modifiable dans les réglages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pas d&apos;espace au début ni à la fin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Les deux saisies sont différentes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>saisir un questionnaire</source>
        <extracomment>The actions of permissions.Action, as the password dialog names them (« Pour … : »).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reprendre un brouillon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exporter vers une clé USB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fusionner des fichiers d&apos;export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>résoudre les conflits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>supprimer un questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>modifier un questionnaire terminé ou le brouillon d’autrui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>produire les fiches de synthèse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ouvrir le tableau de bord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>modifier les cibles de population</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>modifier le territoire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>importer des données</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exporter les réponses en tableau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>voir le rapport de saisie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>modifier les réglages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gérer les enquêteurs et les coordinateurs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restaurer une sauvegarde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consulter et exporter le journal d&apos;activité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>purger la campagne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>effacer les textes libres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ajouter un questionnaire XLSForm</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Population</name>
    <message>
        <source>De {low} à {high} ans</source>
        <extracomment>The wording of the shipped INSEE figures (population.csv), shown in the interface language.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{low} ans ou plus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INSEE, recensement de la population {year}{rest}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PopulationTargetsDialog</name>
    <message>
        <source>Variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modalité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Libellé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effectif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cibles de population (redressement)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effectifs de population par tranche d&apos;âge utilisés pour redresser les réponses. Par défaut : INSEE, recensement 2020 de l&apos;agglomération. Chaque variable doit avoir le même total.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Territoire (toute l&apos;agglomération)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Structure par âge de :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facultatif pour un quartier (l&apos;INSEE publie la structure par âge des QPV) : le quartier est alors redressé sur elle. Laissez le tableau vide pour utiliser celle du territoire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ajouter une ligne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supprimer la ligne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenir aux chiffres INSEE livrés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enregistrer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non enregistré : {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Cibles enregistrées : les prochaines fiches les utiliseront.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PurgeDialog</name>
    <message>
        <source>Purger la campagne</source>
        <extracomment>What the purge deleted, once done.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>À la fin de la campagne, la purge efface de cet ordinateur tous les questionnaires, avec leur historique, une fois qu&apos;un fichier d&apos;export vérifié les contient tous dans leur dernière version. Le journal d&apos;activité garde la trace de la purge. Choisissez ce fichier : il est relu et contrôlé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fichier d&apos;export (.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choisir…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fichier d&apos;export :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seulement si le fichier est chiffré</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phrase de passe :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vérifier le fichier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PURGER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pour confirmer, tapez PURGER :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fichier d&apos;export vérifié</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fichiers d&apos;export (*.zip *.idbundle);;Tous les fichiers (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choisissez le fichier d&apos;export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lecture et vérification du fichier…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purge en cours…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purge impossible : {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionEditor</name>
    <message>
        <source>Texte libre : n&apos;y notez rien qui permette de reconnaître une personne (nom, adresse, numéro de téléphone).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuotaTableModel</name>
    <message>
        <source>Quartier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tranche d&apos;âge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sexe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objectif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manquent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Femmes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hommes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RangeEditor</name>
    <message>
        <source>non renseigné</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportsDialog</name>
    <message>
        <source>Fiches de synthèse</source>
        <extracomment>What the last run wrote (reports.GenerationResult).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Une fiche PDF par quartier d&apos;au moins 5 répondants, une pour le territoire et un fichier qui les réunit : pourcentages redressés par âge, intervalles de confiance, comparaisons nationales.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier des fiches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Langue des fiches :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Produire les fiches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ouvrir le dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calcul des indicateurs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>✓ %n fichier(s) PDF écrits dans {folder}.</source>
        <translation>
            <numerusform>✓ %n fichier PDF écrit dans {folder}.</numerusform>
            <numerusform>✓ %n fichiers PDF écrits dans {folder}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n quartier(s) de moins de 5 répondants sans fiche propre.</source>
        <translation>
            <numerusform>%n quartier de moins de 5 répondants sans fiche propre.</numerusform>
            <numerusform>%n quartiers de moins de 5 répondants sans fiche propre.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fiches non produites : {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>au démarrage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>avant une mise à jour de la base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>avant une fusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>avant une purge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>avant une restauration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restaurer une sauvegarde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Une copie de la base est faite à chaque démarrage et avant chaque fusion ou mise à jour (les 10 dernières sont gardées). Restaurer remplace la base par la copie choisie ; la base actuelle est d&apos;abord elle-même sauvegardée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La base est sur un serveur PostgreSQL : une sauvegarde (pg_dump) en est faite sur cet ordinateur avant chaque fusion et chaque purge (les 10 dernières sont gardées). D&apos;autres coordinateurs peuvent travailler sur ce serveur : une sauvegarde ne se restaure pas depuis l&apos;application, mais par l&apos;administrateur du serveur, avec la commande que donne « Comment restaurer… ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taille</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucune sauvegarde pour cette base.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restaurer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment restaurer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remplacer la base par la sauvegarde du {moment} ? Ce qui a été saisi depuis ne sera plus visible (la base actuelle est gardée en sauvegarde).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restaurer une sauvegarde du serveur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La sauvegarde du {moment} remplacerait toute la base du serveur, y compris ce que les autres coordinateurs y ont fusionné depuis. Elle ne se restaure donc pas depuis l&apos;application : demandez à l&apos;administrateur du serveur de prévenir les coordinateurs, puis de lancer la commande ci-dessous (le mot de passe de la base lui est demandé).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{size} Mo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{size} Ko</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>Questionnaires importés à vérifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ces questionnaires ont été importés alors que le questionnaire refuse certaines réponses : ils restent hors de tous les chiffres. Corrigez-les (ouvrez-les depuis la liste des questionnaires) puis marquez-les « corrigé », ou confirmez-les tels quels. Chaque décision est inscrite au journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmer tel quel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marquer corrigé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{uuid} — {source}, %n réponse(s) en cause</source>
        <translation>
            <numerusform>{uuid} — {source}, %n réponse en cause</numerusform>
            <numerusform>{uuid} — {source}, %n réponses en cause</numerusform>
        </translation>
    </message>
    <message>
        <source>Aucun questionnaire à vérifier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ligne {line}, colonne « {column} » : « {value} » — {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ {uuid} : compté à nouveau dans les chiffres.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretDialog</name>
    <message>
        <source>Code ou mot de passe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personne :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code ou mot de passe :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aucun code pour cette personne</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Réglages</source>
        <extracomment>Who changes the settings: the coordinator who unlocked them, for the audit log.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enregistrer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Langue de l&apos;interface :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nom de cet ordinateur :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le nom de cet ordinateur dans les exports et le journal d&apos;activité ; les fichiers déjà exportés gardent l&apos;ancien nom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Réglages de cet ordinateur enregistrés dans : {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Général</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Les personnes qui utilisent cet ordinateur. Le nom de chacune suit ses saisies et ses actions dans le journal d&apos;activité.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gérer les &amp;opérateurs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Opérateurs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Territoire et questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Territoire :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Questionnaire :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le questionnaire choisi est proposé pour chaque nouveau questionnaire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phrase de passe de campagne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aucune : exports non chiffrés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>la même, une seconde fois</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phrase de passe :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Confirmation :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;fficher ce qui est tapé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elle chiffre les fichiers d&apos;export (AES-256) ; la même sert à les fusionner. Laissez vide pour ne pas chiffrer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Campagne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dossier des exports :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoisir…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier des exports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La fenêtre d&apos;export s&apos;ouvre sur ce dossier (il est créé s&apos;il n&apos;existe pas). Pour une clé USB, choisissez-la au moment d&apos;exporter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coordinateur·rice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>médiateur·rice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, avec code ou mot de passe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le nom de l&apos;ordinateur est obligatoire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Les deux saisies de la phrase de passe sont différentes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pas d&apos;espace au début ni à la fin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ce dossier ne peut pas être créé : {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Brouillon</source>
        <extracomment>The statuses of a submission, as the submissions list shows them.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supprimé</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubmissionsTableModel</name>
    <message>
        <source>Commencé le</source>
        <extracomment>The statuses, in the catalogue&apos;s order; status_label() gives them translated. The submission&apos;s instanceID, for the views and tests. Rows read from the store at a time: the first page when the list opens, then one per scroll. The questionnaire&apos;s form (resident or structure survey…), by its short title.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quartier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enquêteur·rice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appareil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dernière modification : {modified}
Identifiant : {uuid}</source>
        <extracomment>The store&apos;s order key of each column (store.ListOrder). How many questionnaires match the filters (all of them once every page is read).</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TerritoryDialog</name>
    <message>
        <source>Commune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code INSEE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quartier (libellé)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code QPV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nom de choix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questionnaires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Territoire : communes et quartiers</source>
        <extracomment>The item data holding a line&apos;s stable choice names (&quot;&quot; on a new line: derived from the name). How many problems are listed under the table.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Les quartiers proposés sur l&apos;écran d&apos;accueil, dans le questionnaire et sur les fiches. Saisissez un code QPV seulement tel qu&apos;il figure dans le référentiel officiel (sig.ville.gouv.fr, par exemple QN05901M) ; laissez-le vide s&apos;il n&apos;est pas connu. Un quartier déjà utilisé par des questionnaires peut être renommé, pas retiré. Chaque commune garde sa ligne « Autre quartier / hors QPV ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ajouter un quartier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ajouter une commune…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retirer le quartier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importer un CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporter en CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenir au fichier fourni</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remplit le tableau avec le territoire livré avec l&apos;application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enregistrer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Territoire modifié dans l&apos;application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Territoire du fichier livré avec l&apos;application (jamais modifié).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nouveau : déduit du nom, fixé à l&apos;enregistrement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enregistré avec chaque questionnaire : ne change pas si l&apos;on renomme.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ {quartiers} dans {communes}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 quartier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} quartiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 commune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} communes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… et %n autre(s) problème(s).</source>
        <translation>
            <numerusform>… et %n autre problème.</numerusform>
            <numerusform>… et %n autres problèmes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choisissez d&apos;abord une ligne de la commune du nouveau quartier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ajouter une commune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nom officiel de la commune :</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>« {label} » ne peut pas être retiré : %n questionnaire(s) l&apos;utilise(nt). Vous pouvez le renommer.</source>
        <translation>
            <numerusform>« {label} » ne peut pas être retiré : %n questionnaire l&apos;utilise. Vous pouvez le renommer.</numerusform>
            <numerusform>« {label} » ne peut pas être retiré : %n questionnaires l&apos;utilisent. Vous pouvez le renommer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Importer un territoire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fichiers CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fichier illisible : {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fichier « {name} », lignes du fichier :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporter le territoire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export impossible : {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Territoire exporté : {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>folder_row</name>
    <message>
        <source>Choisir…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
