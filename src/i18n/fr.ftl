# Messages en français, en Fluent (https://projectfluent.org/fluent/guide/) : `{ $nom }` est
# remplacé par la valeur que donne le code, `{ $count -> [one] … *[other] … }` choisit les mots
# qui s'accordent avec un nombre selon la règle du pluriel française (singulier pour 0 et 1).
# Chaque identifiant figure aussi dans en.ftl, avec les mêmes variables (un test le vérifie).
# Les messages propres à une règle native sont dans son fichier de règle (`[fr.messages]`) ;
# build.rs les ajoute à ce catalogue, et un identifiant défini deux fois arrête la compilation.

# Comptes et bilans
count-files =
    { $count } { $count ->
        [one] fichier
       *[other] fichiers
    }
count-datasets =
    { $count } { $count ->
        [one] jeu de données
       *[other] jeux de données
    }
count-errors =
    { $count } { $count ->
        [one] erreur
       *[other] erreurs
    }
count-warnings =
    { $count } { $count ->
        [one] avertissement
       *[other] avertissements
    }
count-infos =
    { $count } { $count ->
        [one] information
       *[other] informations
    }
summary-checked = Vérification de { $inputs } : { $counts } ({ $clean } sans constat)
summary-nothing-checked =
    Rien de vérifié : { $count } { $count ->
        [one] entrée n'a pu être lue ou ne contenait aucun manifeste
       *[other] entrées n'ont pu être lues ou ne contenaient aucun manifeste
    } (ci-dessous)
summary-skipped = Écartés : { $count } ({ $reason })
skip-archived = archivés
skip-deleted = supprimés
skip-unreadable = sur une page illisible
skip-broken-record = enregistrements incomplets, chacun signalé par DG001
skip-other-organization = autre organisation
or = {" "}ou{" "}

# Lecture du fichier (DG001)
yaml-syntax-error = erreur de syntaxe YAML : { $detail }
yaml-second-document = un manifeste contient un seul document YAML, celui-ci est un deuxième
json-syntax-error = erreur de syntaxe JSON : { $detail }
alias-bomb = le document s'étend à plus de { $max } nœuds (une bombe d'alias ?) ; les manifestes sont petits, il n'est pas lu plus loin
duplicate-key-line = clé `{ $name }` en double : elle est déjà définie ligne { $line }, et seule la dernière est gardée
duplicate-key = clé `{ $name }` en double : elle est déjà définie plus haut, et seule la dernière est gardée
nesting-too-deep = l'imbrication dépasse { $max } niveaux ; un manifeste en demande quelques-uns
complex-key = une clé doit être une valeur simple, pas une liste ni un dictionnaire
unknown-anchor = alias vers une ancre inconnue
file-too-large = le fichier fait { $size } octets, au-delà de la limite de { $max } octets pour un manifeste ; il n'a pas été lu
invalid-utf8 = le fichier n'est pas en UTF-8 valide (octet { $byte } à la position { $offset })
catalogue-in-check = un export du catalogue se lit avec `dglint audit --catalog`

# Ce que l'analyseur YAML (saphyr) a trouvé
yaml-mapping-value-here = une valeur de dictionnaire n'est pas permise à cet endroit (un `:` suivi d'une espace dans une valeur sans guillemets ?)
yaml-list-item-here = un élément de liste (`-`) n'est pas permis à cet endroit
yaml-tab-in-plain = tabulation dans une valeur sans guillemets
yaml-tab-indentation = tabulation dans l'indentation d'un bloc (YAML indente avec des espaces)
yaml-quoted-unterminated = fin du fichier dans une chaîne entre guillemets (guillemet fermant manquant ?)
yaml-unknown-escape = séquence d'échappement inconnue dans une chaîne entre guillemets
yaml-after-quoted = du texte suit une chaîne entre guillemets
yaml-flow-list-unclosed = liste entre crochets : `,` ou `]` attendu
yaml-flow-mapping-unclosed = dictionnaire entre accolades : `,` ou `{"}"}` attendu
yaml-list-dash-expected = liste : l'indicateur `-` attendu manque (indentation ?)
yaml-key-expected = dictionnaire : la clé attendue manque (indentation ?)
yaml-value-expected = valeur attendue
yaml-misplaced-bracket = crochet mal placé
yaml-invalid-indentation = indentation invalide
yaml-quoted-indentation = indentation invalide dans une chaîne entre guillemets
yaml-colon-expected = `:` attendu après la clé
yaml-misplaced-colon = `:` mal placé
yaml-document-start = début de document attendu (les clés du premier niveau ont-elles toutes la même indentation ?)
yaml-unexpected-character = caractère inattendu : `{ $character }`

# Ce que l'analyseur JSON (jsonc-parser) a trouvé
json-bare-decimal-point = un nombre ne peut pas commencer ni finir par un point décimal
json-comment = les commentaires ne sont pas permis
json-colon-expected = deux-points attendus après le nom de la propriété
json-value-expected = valeur attendue après les deux-points de la propriété
json-digit-expected = chiffre attendu
json-digit-after-minus = chiffre attendu après le signe moins
json-exponent-expected = plus, moins ou chiffre attendu dans le nombre
json-property-name-expected = chaîne attendue pour le nom de la propriété
json-hexadecimal = les nombres hexadécimaux ne sont pas permis
json-comma-expected = virgule attendue
json-several-values = le texte ne peut contenir qu'une valeur JSON
json-non-finite = Infinity et NaN ne sont pas permis
json-single-quotes = les chaînes entre apostrophes ne sont pas permises
json-trailing-comma = une virgule finale n'est pas permise
json-unary-plus = le signe plus devant un nombre n'est pas permis
json-unexpected-close-brace = accolade fermante inattendue
json-unexpected-close-bracket = crochet fermant inattendu
json-unexpected-colon = deux-points inattendus
json-unexpected-comma = virgule inattendue
json-unexpected-word = mot inattendu
json-unexpected-token = symbole inattendu
json-unexpected-token-in-object = symbole inattendu dans l'objet
json-unterminated-array = tableau non fermé
json-unterminated-comment = bloc de commentaire non fermé
json-unterminated-object = objet non fermé
json-too-deep = profondeur d'imbrication maximale dépassée
json-invalid-escape-single = échappement invalide dans une chaîne entre apostrophes
json-invalid-escape-double = échappement invalide dans une chaîne entre guillemets
json-invalid-escape = échappement invalide
json-four-hex-digits = quatre chiffres hexadécimaux attendus
json-two-hex-digits = deux chiffres hexadécimaux attendus
json-invalid-unicode-escape = séquence d'échappement Unicode invalide : `{ $sequence }` n'est pas un caractère valide
json-unterminated-string = chaîne non fermée

# Commentaires de suppression (DG002)
suppression-not-a-rule = `{ $written }` dans cette suppression n'est pas une règle
suppression-no-key = cette suppression de `{ $written }` n'est suivie d'aucune clé
suppression-unused = cette suppression de `{ $written }` ne supprime rien
suppression-unused-help = retirez-la, ou corrigez sa liste de règles

# Le schéma du manifeste (DG101-DG104)
manifest-empty = le manifeste est vide
manifest-empty-help = écrivez les champs du jeu de données sous forme de dictionnaire (`title: ...`)
manifest-not-mapping = le manifeste doit être un dictionnaire de champs, pas { $found }
manifest-not-mapping-help = écrivez les champs du jeu de données sous forme de dictionnaire (`title: ...`), un jeu de données par fichier
api-dataset-not-object = un jeu de données de l'API udata est un objet JSON
the-manifest = le manifeste
unknown-key = clé inconnue `{ $key }`
unknown-key-did-you-mean = vouliez-vous dire `{ $name }` ? (dglint utilise les noms de champs de l'API udata v1)
unknown-key-help = retirez-la, ou utilisez l'une de : { $known }
wrong-type = `{ $field }` doit être { $expected }, pas { $found }
wrong-type-help = écrivez ici { $expected }
invalid-date = `{ $field }` n'est pas une date ISO 8601 : `{ $written }`
invalid-date-help = écrivez une date sous la forme AAAA-MM-JJ, ou une date et heure sous la forme AAAA-MM-JJTHH:MM:SS avec un décalage facultatif
invalid-value = `{ $field }` : { $detail }
not-an-allowed-value = `{ $written }` n'est pas une des valeurs permises : { $allowed }
type-null = une valeur nulle
type-boolean = true ou false
type-integer = un entier
type-number = un nombre
type-string = une chaîne de caractères
type-array = une liste
type-object = un dictionnaire

# Licence (DG230-DG233)
license-write = écrivez `{ $id }` ({ $title })

# Fréquence et couverture (DG240-DG253)
frequency-unknown = la fréquence de mise à jour est `unknown`
no-manifest-here = { $path } : aucun manifeste ici (fichiers nommés `*.dataset.yaml`, `*.dataset.yml`, `*.dataset.json` ou `dataset.yaml`) ; nommez un fichier pour le vérifier quel que soit son nom
did-you-mean-id = vouliez-vous dire `{ $id }` ?

# Fraîcheur (DG401-DG404)
update-source-none = pas de date : considéré comme publié maintenant
update-source-harvest = le `modified_at` moissonné
update-source-dataset-modified = le `last_modified` du jeu de données
update-source-resource-harvest = le `modified_at` moissonné de la ressource { $number }
update-source-resource-crawler = l'`analysis:last-modified-at` du robot pour la ressource { $number }
update-source-resource-modified = le `last_modified` de la ressource { $number }
update-source-declared = le `last_update`
update-source-file = la dernière modification de `{ $path }`

# Ressources et liens (DG501-DG512)
after-redirects = {" "}(après redirection vers { $url })

# Les critères de data.gouv.fr et pourquoi ils échouent
criterion-license = licence renseignée
criterion-temporal-coverage = couverture temporelle renseignée
criterion-spatial = couverture spatiale renseignée
criterion-update-frequency = fréquence de mise à jour renseignée
criterion-update-fulfilled-in-time = fréquence de mise à jour respectée
criterion-description-quality = description des données renseignée
criterion-has-resources = fichiers présents
criterion-has-open-format = formats de fichiers standards
criterion-all-resources-available = fichiers disponibles
criterion-resources-documentation = fichiers documentés
udata-license-portal = le portail n'enregistre pas de licence pour ce jeu de données (son `quality.license` est faux)
udata-license-missing = pas de licence : data.gouv.fr compte ici tout identifiant de licence, même `notspecified`
udata-object-missing = pas de `{ $field }` : data.gouv.fr compte tout objet `{ $field }`, même vide
udata-frequency-missing = pas de fréquence de mise à jour
udata-frequency-invalid = pas une fréquence du vocabulaire d'udata
udata-late = dernière mise à jour le { $updated } ({ $source }) ; la fréquence `{ $frequency }` fixait la suivante au { $due }, et le jour de grâce a pris fin le { $grace }
udata-description-short =
    la description compte { $length } { $length ->
        [one] caractère
       *[other] caractères
    } ; { $instance } ne la compte qu’au-delà de { $minimum }
udata-description-missing = pas de description
udata-no-format = aucune ressource ne déclare de format
udata-no-open-format = aucune ressource n'a de format ouvert (déclarés : { $declared }) ; data.gouv.fr compte pdf, doc, docx, word, xls, excel et xlsx comme fermés
udata-resource-unavailable = le robot du portail a trouvé la ressource { $number } indisponible (`check:available` vaut { $value })
udata-no-documentation = aucune ressource n'est de type `documentation` ni n'a de description

# Formats pour les machines
sarif-help =
    { $fix }

    `dglint rule { $code }` l'explique.

label-error = erreur
label-warning = avertissement
label-help = aide
labelled = { $label } : { $text }
colon = {" : "}
label-info = information
not-audited = non audité : { $message }

# Scores
score-headline = { $dataset } : score data.gouv.fr { $udata } · score dglint { $dglint }
score-partial = { $score } sur { $max } des { $total } points
udata-unknown-count =
    , { $count } { $count ->
        [one] inconnu
       *[other] inconnus
    }
criterion-unknown = { $key } : inconnu sans les ressources
criterion-no-point = {" "}(sans point)
criterion-predicted = {" "}(estimé : { $note })
predicted-links = liens pas encore vérifiés par le portail
predicted-dates = d'après les dates que déclare le manifeste
predicted-portal = dépend de ce qu'enregistre le portail
score-by-category = dglint par catégorie : { $categories }
mqa-partial = { $points }/{ $max } ({ $rating }), { $unknown } points inconnus : au mieux { $best }
mqa-detail = MQA data.europa.eu { $summary } · { $feed } points perdus par le flux de data.gouv.fr (ni thème, ni couverture spatiale) · manqué : { $missed }
mqa-nothing-missed = rien
mqa-rating-excellent = excellente
mqa-rating-good = bonne
mqa-rating-sufficient = suffisante
mqa-rating-bad = insuffisante
score-fix-first = à corriger d'abord : { $fixes }
column-fix-first = À CORRIGER D'ABORD
scores-column-dataset = JEU DE DONNÉES
not-scored = sans score (il ne contient aucun jeu de données lisible)
summary-scored = Score de { $datasets }
gate-dglint = le score dglint { $score } est sous --fail-under { $floor }
gate-udata = le score data.gouv.fr { $points }/{ $max } est sous --fail-under-udata { $floor }
gate-failures =
    { $count } { $count ->
        [one] jeu de données est
       *[other] jeux de données sont
    } sous le seuil de score :

# Bilan d'audit, rapports Markdown et HTML
audit-headline = Audit de { $datasets }
audit-udata-distribution = Score data.gouv.fr, moyenne { $mean } :
audit-range = de { $low } à { $high }
audit-with-served = { $computed } ; le portail affiche { $served }
audit-dglint-distribution = Score dglint (moyenne { $mean } ; notes { $grades }) :
audit-criteria = Critères de data.gouv.fr remplis :
audit-mqa = MQA de data.europa.eu (moyenne { $mean }/405 ; { $ratings }), indicateurs remplis :
audit-mqa-feed = {" "}(jamais dans le flux de data.gouv.fr)
audit-categories = Catégories dglint sans constat :
audit-frequent = Constats les plus fréquents :
audit-in-datasets = dans { $datasets }
audit-fix-first = À corriger d'abord (gain de la correction × usage du jeu de données) :
audit-usage = { $views } visites, { $downloads } téléchargements, { $reuses } réutilisations
audit-trends = Depuis l'audit du { $previous } :
audit-trend-means = score data.gouv.fr moyen { $udata_before } → { $udata_now } ; score dglint moyen { $dglint_before } → { $dglint_now }
audit-trend-datasets =
    { $improved } { $improved ->
        [one] jeu de données en progrès
       *[other] jeux de données en progrès
    }, { $regressed } en recul ; { $added } { $added ->
        [one] nouveau
       *[other] nouveaux
    }, { $removed } { $removed ->
        [one] disparu
       *[other] disparus
    }
audit-trend-findings = { $new } nouveaux constats, { $fixed } corrigés
audit-regressed = En recul
audit-improved = En progrès
column-criterion = Critère
column-category = Catégorie
column-rule = Règle
column-findings = Constats
column-datasets = Jeux de données
column-dataset = Jeu de données
column-scores = Scores data.gouv.fr · dglint
column-views = Visites
column-fix-first-finding = À corriger d'abord
column-before = Avant
column-now = Maintenant
column-rank = N°
column-organization = Organisation
column-udata = Score data.gouv.fr
column-dglint = Score dglint
column-grade = Note
column-findings-by-severity = Erreurs / avertissements / informations
column-days-late = Jours de retard
column-detail = Détail
html-title = Audit de la qualité des métadonnées
html-subtitle = { $datasets } audités le { $date } par dglint { $version }
html-figures = Chiffres clés
html-figure-datasets = Jeux de données audités
html-figure-udata = Score data.gouv.fr moyen
html-figure-dglint = Score dglint moyen
html-figure-seven = Jeux de données à 7/9 ou plus
html-figure-findings = Constats
html-figure-skipped = Jeux de données écartés
html-charts = Où en est le catalogue
html-chart-udata = Jeux de données par score data.gouv.fr
html-chart-dglint = Jeux de données par score dglint
html-chart-criteria = Part des jeux de données qui remplissent chaque critère de data.gouv.fr
html-chart-freshness = Jeux de données par jours de retard sur leur fréquence de mise à jour
html-chart-rules = Constats par règle
html-on-time = à jour
html-no-due-date = sans échéance ou inconnu
html-trend-criteria = Part des jeux de données qui remplissent chaque critère, avant et maintenant
html-datasets = Jeux de données
html-priority-note = Dans l'ordre où les corriger : ce que la correction de tous les constats ajouterait au score dglint, multiplié par l'usage du jeu de données (1 + log10(1 + visites + téléchargements + 100 × réutilisations + 10 × abonnés)).
html-filter = Filtrer (titre, organisation, identifiant, code de règle)
html-all-grades = toutes
html-page-size = Lignes par page
html-all = toutes
html-static-rows = Les { $shown } premiers des { $total } jeux de données, dans l'ordre où les corriger.
html-table-caption = Jeux de données, leurs scores et le constat à corriger d'abord
html-previous = Page précédente
html-next = Page suivante
html-detail = détail
html-details = Constats des { $count } premiers jeux de données
html-no-finding = Aucun constat.
html-showing = Jeux de données %first% à %last% sur %total% (%all% en tout)
html-none = Aucun jeu de données ne correspond.

# Barres de progression
unit-datasets = jeux de données
unit-pages = pages de liste
unit-discussions = fils de discussion
unit-urls = URL
progress-eta = encore %eta%

# Références (baselines)
baseline-written =
    { $count } { $count ->
        [one] constat écrit
       *[other] constats écrits
    } dans la référence { $path }
baseline-pruned =
    { $count } { $count ->
        [one] entrée périmée retirée
       *[other] entrées périmées retirées
    } de la référence { $path }
baseline-stale = l'entrée de référence { $code } { $place } ne correspond plus à aucun constat (corrigé ?) ; --prune-baseline la retire

# Pourquoi une commande n'a pas pu faire son travail
io-not-found = fichier ou dossier introuvable
io-permission-denied = permission refusée
io-is-a-directory = c'est un dossier
io-not-a-directory = une partie du chemin n'est pas un dossier
io-already-exists = il existe déjà
io-storage-full = plus de place sur le disque
io-read-only = le système de fichiers est en lecture seule
cannot-read = impossible de lire { $path } : { $reason }
cannot-write = impossible d'écrire { $path } : { $reason }
dangling-link = un lien symbolique vers rien
not-regular-file = { $kind ->
    [fifo] une FIFO
    [socket] une socket
    [device] un périphérique
   *[other] pas un fichier ordinaire
}, pas un manifeste : non lu
catalog-empty = { $path } : le fichier est vide ; un export du catalogue commence par une ligne d'en-tête
invalid-config = configuration invalide : { $detail }
on-command-line = { $problem } dans la ligne de commande
would-overwrite = { $files } { $count ->
    [one] existe déjà
   *[other] existent déjà
} ; dglint init n'écrase rien
unknown-rule = aucune règle ne s'appelle `{ $written }` ; `dglint rules` les liste
unknown-rule-close = aucune règle ne s'appelle `{ $written }` (vouliez-vous dire `{ $close }` ?) ; `dglint rules` les liste
unknown-selector = sélecteur de règles inconnu : `{ $selector }`
unknown-selector-close = sélecteur de règles inconnu : `{ $selector }` (vouliez-vous dire `{ $close }` ?)
unknown-profile = les profils de score sont { $profiles }
cannot-list = impossible de lister les jeux de données de `{ $organization }` : { $reason }
fetch-not-found = { $url } : introuvable (404) : pas de tel jeu de données, ou un jeu privé (définissez { $variable } pour lire les jeux privés)
fetch-gone = { $url } : disparu (410) : le jeu de données a été supprimé
fetch-status = { $url } : le serveur a répondu { $status }
fetch-not-json = { $url } : la réponse n'est pas du JSON valide : { $detail }
baseline-unreadable = impossible de lire la référence { $path } : { $reason }
baseline-invalid = la référence { $path } n'est pas valide : { $detail }
baseline-version = la référence { $path } est en version { $version }, ce dglint lit la version { $supported }
baseline-unwritable = impossible d'écrire la référence { $path } : { $reason }
not-a-report = { $path } n'est pas un rapport JSON de dglint : { $detail }
about = { $subject } : { $problem }
as-of-invalid = --as-of `{ $text }` n'est pas une date ou une date-heure ISO 8601
config-docs-url = docs-url doit être une adresse http ou https absolue (celle où le manuel est publié)
config-description-length = description-length doit être un nombre de caractères (0 ou plus)
config-unknown-instance = dglint ne connaît pas les réglages de l'instance udata `{ $name }`
config-unknown-instance-help = nommez `data.gouv.fr` ou `udata` (les réglages par défaut d'udata), ou donnez la `description-length` de l'instance (son QUALITY_DESCRIPTION_LENGTH)
config-unknown-category = catégorie inconnue : `{ $name }`
config-categories-are = les catégories sont { $known }
config-category-weight = le poids d'une catégorie
config-unknown-grade = note inconnue : `{ $grade }`
config-grades-are = les notes qui ont un seuil sont A, B, C et D (sous D, c'est E)
config-grade-floor = le seuil d'une note
config-unknown-profile = profil de score inconnu : `{ $profile }`
config-number-range = { $what } doit être un nombre de { $low } à { $high }
config-unknown-rule = règle inconnue : `{ $name }`
resource-export-partial = l'export des ressources liste les ressources de { $covered } des { $total } jeux de données qui en ont : celles des autres restent inconnues (un export d'un autre jour, ou un échantillon ?)
resource-export-absent = sans --resources, on ne sait des ressources que ce qu'en dit chaque enregistrement (leur nombre et leurs formats) : les règles sur les ressources elles-mêmes ne s'appliquent pas, et les critères de disponibilité et de documentation d'udata sont inconnus
link-cache-not-saved = le cache des liens n'a pas été enregistré : { $reason }
links-not-checked = liens non vérifiés : { $reason }
link-cache-unreadable = le cache des liens { $path } est illisible ({ $detail }) ; il est ignoré
discussions-not-read = discussions non lues, donc non vérifiées : { $reason }
not-an-export = { $path } n'est pas { $expected } : { $found }
export-of-datasets = un export du catalogue des jeux de données (`export-dataset-*.csv`)
export-of-resources = un export du catalogue des ressources (`export-resource-*.csv`)
export-header-of-resources = son en-tête est celui d'un export des ressources (`dataset.id`, …) : donnez-le avec --resources
export-header-of-datasets = son en-tête est celui d'un export des jeux de données (pas de `dataset.id`) : donnez-le avec --catalog
export-first-line = sa première ligne est `{ $line }` ({ $count } { $count ->
    [one] champ
   *[other] champs, séparés par `;`
})
param-unknown = paramètre inconnu : `{ $name }` ; cette règle a { $known }
param-unknown-none = paramètre inconnu : `{ $name }` ; cette règle n'a pas de paramètre
param-wrong-type = le paramètre `{ $name }` doit être { $kind ->
    [integer] un entier
    [string] une chaîne
    [number] un nombre
    [boolean] un booléen
   *[other] une valeur du même type
}, comme sa valeur par défaut `{ $default }`
param-invalid = paramètre `{ $name }` : { $problem }
rule-code = le code `{ $code }` n'est pas DG suivi de trois chiffres
rule-code-category = le code { $code } ne correspond pas à la catégorie { $category } (DG{ $digit }xx)
rule-user-code = le code `{ $code }` doit être des capitales puis des chiffres (`X001`), et ne pas commencer par DG
rule-name = le nom `{ $name }` n'est pas en kebab-case
rule-user-not-declarative = une règle d'utilisateur est déclarative : `check.kind = "schema"`
rule-user-messages = le message d'une règle d'utilisateur est `check.message` (et `fr.message`) ; `[messages]` est réservé aux règles natives de dglint
rule-user-udata = `udata` désigne la règle de dglint qui signale un critère du score de data.gouv.fr ; une règle d'utilisateur compte dans le score de dglint avec `criterion`
rule-criterion = aucun critère du score de dglint ne s'appelle `{ $criterion }` : { $known }
rule-no-native-check = aucune vérification native n'est enregistrée pour { $code }
rule-pointer = le motif de pointeur `{ $pattern }` doit être vide ou commencer par `/`
rule-schema = schéma invalide : { $detail }
rule-code-taken = le code { $code } est déjà pris
rule-name-taken = le nom { $name } est déjà pris
invalid-rule-file = fichier de règle invalide : { $problem }
cannot-read-rule-directory = impossible de lire le dossier de règles { $path } : { $reason }
list-name = NOM
list-category = CATÉGORIE
list-severity = SÉVÉRITÉ
list-criterion = CRITÈRE
list-evidence = PREUVE
list-rules = RÈGLES
details-separator = {" ; "}

## Fixes (`check --fix`, `--diff`, `--fix-only`)
fix-would-not-parse = le fichier corrigé ne serait plus lisible
fix-would-raise = le fichier corrigé lèverait { $code }, une erreur qu'il n'a pas aujourd'hui
fix-file-changed = { $path } a changé sur le disque pendant que dglint le corrigeait : laissé tel quel
fix-file-read-only = { $path } est en lecture seule : ses corrections n'ont pas été écrites
fix-not-written = impossible d'écrire les corrections de { $path } : { $reason }
fix-refused = { $place } : la correction de { $code } n'a pas été appliquée : { $reason }
fix-not-rewritable = { $path } : `--fix` et `--diff` ne réécrivent que des fiches YAML et JSON (jamais des données de l'API, du JSON Lines ou un export du catalogue) ; rien n'a été écrit
fix-summary =
    { $count } { $count ->
        [one] constat corrigé
       *[other] constats corrigés
    }{ $files ->
        [0] {""}
        [one] {" "}dans 1 fichier
       *[other] {" "}dans { $files } fichiers
    }.
fix-would-change =
    { $count } { $count ->
        [one] correction changerait
       *[other] corrections changeraient
    } { $files ->
        [one] 1 fichier
       *[other] { $files } fichiers
    } (rien n'a été écrit).
fix-unsafe-hint =
    { $count } { $count ->
        [one] autre constat a
       *[other] autres constats ont
    } une correction que `--unsafe-fixes` appliquerait.
fix-available-hint =
    {"[*]"} { $count } { $count ->
        [one] constat peut être corrigé
       *[other] constats peuvent être corrigés
    } par `--fix`{ $unsafe ->
        [0] {""}
       *[other] {" "}({ $unsafe } de plus avec `--unsafe-fixes`)
    }.
label-fix = correction
fix-how-safe = appliquée par `--fix`
fix-how-unsafe = appliquée par `--fix --unsafe-fixes`
list-fix = CORR.
rule-autofix =
    Correction automatique ({ $safety ->
        [safe] sûre : `dglint check --fix` l'applique
       *[other] non sûre : `dglint check --fix --unsafe-fixes` l'applique
    }) : { $description }
rule-no-autofix =
    Pas de correction automatique : { $category ->
        [document] dglint ne peut pas savoir ce que le texte devait dire, ni quelle note le portail affichera.
        [schema] dglint ne peut pas savoir quelle clé, quel type ou quelle valeur était voulu (une clé inconnue au sens probable a une correction : DG101).
        [completeness] ce qui manque ou ne va pas relève de la connaissance que le producteur a de ses données (une description, une couverture, une licence ou une fréquence à choisir) ; les règles dont la bonne modification est certaine ont une correction.
        [openness] la ressource elle-même doit être publiée dans un autre format ou décrite ; la fiche ne peut pas le dire seule.
        [freshness] les données doivent être mises à jour (ou leur fréquence revue), ou une discussion recevoir une réponse : aucune modification de la fiche ne le fait.
        [resources] le fichier ou le lien doit être réparé là où il est servi ; une redirection définitive a une correction (DG511).
        [portal] le manifeste et le portail doivent être réconciliés : `dglint pull --update` reporte les valeurs du portail dans le manifeste, publier le manifeste porte ses valeurs sur le portail.
        [harvest] le catalogue source doit l'écrire sous une forme que lit le moissonneur d'udata : l'aide nomme la propriété et ce qu'elle accepte.
       *[other] renommer un fichier change plus que la fiche (le fichier lui-même, les liens vers lui), et dglint ne réécrit que les fiches.
    }
update-unreadable = le manifeste ne se lit pas : corrigez-le d'abord (`dglint check` dit où)
update-not-editable = il ne peut pas être modifié sur place ({ $reason }) : `--force` le réécrit entièrement
update-not-settled = modifié sur place, il différerait encore du portail : `--force` le réécrit entièrement
pull-unread-datasets = { $count } { $count ->
        [one] jeu
       *[other] jeux
    } sur des pages illisibles : relancez pull pour { $count ->
        [one] l'obtenir
       *[other] les obtenir
    }
pull-updated = { $path } mis à jour : { $count } { $count ->
        [one] champ
       *[other] champs
    }
pull-skipped = { $path } laissé tel quel : il existe (`--update` l'aligne sur le portail, `--force` le réécrit)
pull-not-updated = { $path } non mis à jour : { $reason }
pull-summary = { $written } { $written ->
        [one] manifeste écrit
       *[other] manifestes écrits
    } dans { $directory }, { $updated } mis à jour, { $up_to_date } à jour, { $skipped } { $skipped ->
        [one] laissé
       *[other] laissés
    } ; écartés : { $deleted } supprimés, { $archived } archivés (`--include-archived` les récupère)
diff-unnamed = { $count } { $count ->
        [one] manifeste ne nomme
       *[other] manifestes ne nomment
    } aucun jeu (ni `id` ni `slug`) : { $count ->
        [one] non comparé
       *[other] non comparés
    }
harvested-fix = Ce jeu est moissonné depuis { $source } ({ $backend }) : modifiez `{ $property }` là-bas, car la copie de data.gouv.fr est écrasée à chaque moissonnage.
audit-sources = Moissonnés : { $harvested } des { $datasets } jeux viennent de { $sources } { $sources ->
        [one] catalogue source
       *[other] catalogues sources
    }, où se corrigent leurs métadonnées (les plus grands) :
audit-source-scores = moyenne { $mean }/{ $max }, { $findings } { $findings ->
        [one] constat
       *[other] constats
    }
column-backend = Moissonneur
column-source = Catalogue source
column-udata-mean = Moyenne data.gouv.fr
dcat-skipped = { $path } : { $count } { $count ->
        [one] fiche n'a
       *[other] fiches n'ont
    } pas de `dct:title` : le moissonneur d'udata { $count ->
        [one] l'ignore
       *[other] les ignore
    }
xml-entities-refused = le fichier déclare des entités XML, que dglint ne développe pas (une seule peut atteindre des milliards de caractères) : écrivez le texte lui-même
dcat-no-identifier = { $path } : { $count } { $count ->
        [one] fiche n'a
       *[other] fiches n'ont
    } pas de `dct:identifier`, la clé des jeux pour le moissonneur d'udata : il { $count ->
        [one] l'ignore
       *[other] les ignore
    }
dcat-paging-loop = la pagination du catalogue ramène à { $page } : chaque page n'est lue qu'une fois
ckan-answer-failed = le site CKAN a répondu par une erreur : { $error }
ckan-no-resource = { $path } : { $count } { $count ->
        [one] paquet n'a
       *[other] paquets n'ont
    } aucune ressource : le moissonneur CKAN d'udata { $count ->
        [one] l'ignore
       *[other] les ignore
    }
ckan-refused = { $path } : le moissonneur CKAN d'udata refuse le paquet `{ $package }` et n'en fait aucun jeu : { $reasons }
ckan-field-missing = `{ $field }` manque
ckan-field-invalid = `{ $field }` devrait être { $expected ->
        [text] une chaîne
        [text-or-null] une chaîne ou null
        [date] une date
        [integer] un entier
        [integer-or-null] un entier ou null
        [boolean] vrai ou faux
        [url] une URL qu'udata accepte (http, https, ftp ou ftps, un domaine de premier niveau connu, ni locale ni privée)
        [email] une adresse électronique
        [list] une liste
        [object] un objet
        [polygon] un Polygon ou MultiPolygon GeoJSON
        [one-of] l'une des valeurs { $allowed }
       *[other] présent
    } (trouvé : { $found })
csw-exception = le serveur CSW a répondu par une exception : { $exception }
csw-no-results = ce n'est pas une réponse à une requête CSW GetRecords (pas de `csw:GetRecordsResponse/csw:SearchResults`)
csw-iso-not-dataset = { $path } : { $count } { $count ->
        [one] fiche ISO 19139 n'est
       *[other] fiches ISO 19139 ne sont
    } ni un jeu de données ni une série (`gmd:hierarchyLevel` : { $levels }) : le moissonneur d'udata n'en fait pas de jeu de données
csw-iso-fails = { $path } : fiche { $record } : la feuille de style ISO 19139 d'udata échoue sur cette fiche, et le moissonneur n'en fait pas de jeu de données : { $message }
iso-several-levels = la fiche a plusieurs `gmd:hierarchyLevel`
iso-bound-missing = son rectangle englobant n'a pas de `gmd:{ $bound }/gco:Decimal`
csw-record-unreadable = { $path } : la fiche { $record } n'est pas du RDF/XML, et le moissonneur d'udata l'écarte en échec : { $message }
