# Pourquoi une valeur d’un document ne peut pas être lue (src/model/) : les
# vérifications propres aux types de valeurs (dates, adresses Web,
# identifiants…) et les erreurs des vocabulaires ouverts et des citations
# (les conseils des clés déplacées sont dans diagnostics-validate.ftl). La
# validation les présente comme diagnostics `invalid-value`; la ligne de
# commande affiche `model-ident` et les messages d’adresse Web pour
# `new ID`, `--extends` et `--base-url`.

model-keep-one-hint = n’en gardez qu’un exemplaire

## Valeurs (src/model/values.rs)

# $date : la valeur telle qu’elle est écrite; $why : ce qui ne va pas
# (`shape`, `month`, `year`, `day`); $month, $day : le mois et le jour écrits.
model-date = date non valide `{ $date }` : { $why ->
        [month] il n’y a pas de mois { $month } (les mois vont de 01 à 12)
        [year] les dates antérieures à 1900 ne sont pas acceptées
        [day] il n’y a pas de jour { $day } dans ce mois
       *[shape] écrivez-la sous la forme AAAA-MM-JJ, par exemple 2014-01-29
    }
# $url : l’adresse telle qu’elle est écrite (caractères de contrôle échappés).
model-url-space-around = `{ $url }` commence ou se termine par une espace
model-url-space-around-hint = supprimez les espaces autour de l’adresse
# $url : l’adresse; $holds : ce qu’elle contient (`space`, `invisible`,
# `character`); $character : le caractère (U+0009, ou le caractère lui-même).
model-url-character = `{ $url }` n’est pas une adresse Web valide : elle contient { $holds ->
        [space] une espace
        [invisible] un caractère invisible ({ $character })
       *[character] le caractère `{ $character }`
    }
model-url-character-hint = supprimez ce caractère, ou encodez-le en notation pourcent (une espace s’écrit %20, `"` s’écrit %22)
# $url : l’adresse; $scheme : ce qui précède son `:`.
model-url-scheme = `{ $url }` n’est pas une adresse Web (protocole `{ $scheme }`)
model-url-scheme-hint = utilisez une adresse qui commence par https://
# $url : l’adresse; $kind : ce qui ne va pas, sous forme de clé (`empty-host`,
# `idna`, `port`, `ipv4`, `ipv6`, `domain-character`, `relative`,
# `overflow`, `other`); $reason : la même chose dans les mots de la
# bibliothèque `url`.
model-url-invalid = `{ $url }` n’est pas une adresse Web valide ({ $kind ->
        [empty-host] le nom d’hôte est vide
        [idna] nom de domaine international non valide
        [port] numéro de port non valide
        [ipv4] adresse IPv4 non valide
        [ipv6] adresse IPv6 non valide
        [domain-character] caractère non permis dans le nom de domaine
        [relative] adresse relative, sans https:// au début
        [overflow] adresse de plus de 4 Go
       *[other] { $reason }
    })
model-url-invalid-hint = écrivez une adresse complète, par exemple https://www.exemple.gouv.qc.ca/
# $url : l’adresse.
model-base-url-query = `{ $url }` contient une requête (`?…`) ou un fragment (`#…`)
model-base-url-query-hint = une adresse de base est le dossier où les pages sont publiées : écrivez-la sans requête ni fragment
# $email : la valeur telle qu’elle est écrite.
model-email-mailto = `{ $email }` est un lien, pas une adresse courriel : écrivez l’adresse seule, sans `mailto:` (la page l’ajoute)
model-email = `{ $email }` n’est pas une adresse courriel : écrivez-la sous la forme nom@organisme.gouv.qc.ca
# $phone : la valeur telle qu’elle est écrite.
model-phone = `{ $phone }` n’est pas un numéro de téléphone : écrivez-le sous la forme 418 643-1344 ou 1 800 282-1376, suivi au besoin de `poste 1234`
model-phone-not-text = un numéro de téléphone doit être un texte, par exemple 418 643-1344
# $id : la valeur telle qu’elle est écrite.
model-ident = `{ $id }` n’est pas un identifiant valide : utilisez des lettres minuscules de a à z, des chiffres et des traits d’union, par exemple `politique-de-confidentialite`
model-ident-reserved = `{ $id }` est un nom que Windows réserve à un périphérique (con, prn, aux, nul, com1 à com9, lpt1 à lpt9) : un fichier ou un dossier de ce nom ne peut y être ni créé ni ouvert
model-ident-reserved-hint = choisissez un autre nom, par exemple `{ $id }-politique`

## Paramètres du site (src/model/site.rs)

# $color : la valeur telle qu’elle est écrite.
model-color = `{ $color }` n’est pas une couleur CSS de la forme #rgb ou #rrggbb
model-color-hint = écrivez-la en hexadécimal, par exemple `#26374a` (entre guillemets en YAML : "#26374a", puisque # y commence un commentaire)
# $path : la valeur telle qu’elle est écrite.
model-site-path = `{ $path }` n’est pas un chemin à l’intérieur du site : écrivez-le par rapport au dossier racine du site, avec `/` entre les dossiers et sans `..`, par exemple `branding/logo.svg`
# $name : la valeur telle qu’elle est écrite.
model-meta-name = `{ $name }` n’est pas un nom de métadonnée : utilisez des lettres, des chiffres et `.`, `-`, `_`, `:`, par exemple `dcterms.accessRights`
# $name : le nom que le thème écrit.
model-meta-name-theme = chaque page a déjà une balise `<meta name="{ $name }">`, écrite par le thème
model-meta-name-theme-hint = supprimez cette entrée (la valeur du thème vient de la politique et des libellés du site)
# $path : la valeur telle qu’elle est écrite.
model-keep-path = `{ $path }` n’est pas un chemin à l’intérieur du dossier de sortie : écrivez-le par rapport à ce dossier, avec `/` entre les dossiers et sans `..`, par exemple `.git` ou `.well-known/security.txt`

## Politiques et témoins (src/model/policy.rs, cookies.rs, entry.rs)

# $code : la valeur telle qu’elle est écrite.
model-postal-code = `{ $code }` n’est pas un code postal canadien : écrivez-le sous la forme G1R 4Y2
# $body : l’organisme tel qu’il est écrit.
model-oversight-group = `oversight` est maintenant un groupe : écrivez `oversight: {"{"} body: { $body } {"}"}`, et n’ajoutez `oversees_compliance: true` que si la politique dit que cet organisme surveille le respect de la loi
# $value : le mot écrit.
model-recipients-word = `{ $value }` n’est pas une façon d’écrire les destinataires
model-recipients-word-hint = écrivez `none` (personne à l’externe ne reçoit de renseignements personnels) ou énumérez-les : `- who: other-public-bodies`
# $value : le mot écrit.
model-transfers-word = `{ $value }` n’est pas une façon d’écrire les communications hors du territoire
model-transfers-word-hint = écrivez `none` (les renseignements personnels ne quittent pas le territoire) ou énumérez-les : `- to: outside-canada`
model-other-sites-list = `other_sites` est maintenant la liste des sites vers lesquels des liens sont offerts : écrivez `other_sites: [quebec-government, private-organizations]` (ou vos propres mots : `- {"{"} id: …, label: {"{"} en: …, fr: … {"}"} {"}"}`), et `policy_does_not_apply: true` si la politique dit qu’elle ne s’y applique pas
model-lifetime-zero-days = un témoin qui dure 0 jour est un témoin de session : écrivez `lifetime: session`
model-functions-empty = une liste de fonctions vide ne dit rien : écrivez `functions: none` si aucune technologie ne sert à identifier, à localiser ou à profiler
# $id : la valeur prédéfinie.
model-entry-builtin-dpv = `{ $id }` est une valeur prédéfinie : son terme DPV est celui qui est prévu; supprimez `dpv`
model-entry-builtin-group = écrivez la valeur prédéfinie `{ $id }` comme un simple mot, ou ajoutez sa `description`

## Listes (src/model/vocab.rs)

model-list-both-only-and-including = cette liste contient à la fois `only:` et `including:`
model-list-both-only-and-including-hint = indiquez soit `only:` (la liste est complète), soit `including:` (elle peut ne pas l’être); quand un profil donne l’autre, les deux se fusionnent : écrivez ici la liste sous la même clé que dans le profil, ou en liste simple, qui la remplace
# $key : la clé écrite dans la liste.
model-list-json-key = `{ $key }` est la façon dont policy.json écrit une liste, pas celle d’un document
model-list-json-key-hint = écrivez `only: [...]` pour une liste complète, ou les éléments en liste simple
model-list-key = `{ $key }` n’est pas une façon d’écrire une liste
model-list-key-hint = écrivez les éléments en liste simple, ou sous `only:` (la liste est complète) ou `including:` (elle peut ne pas l’être)
model-list-key-twice = `{ $key }` est écrit deux fois dans cette liste
model-list-empty-group = cette liste est un groupe vide
model-list-empty-group-hint = écrivez les éléments en liste simple, ou sous `only:` ou `including:`

## Termes des vocabulaires ouverts (src/model/vocab.rs)

# $id : l’identifiant du terme tel qu’il est écrit; $why : ce qui ne va pas
# (`empty`, `long`, `capitals`, `underscore`, `space`, `double-hyphen`,
# `empty-part`, `hyphen-edge`, `character`); $max : la longueur maximale
# acceptée; $character : le caractère non permis.
model-term-id = { $why ->
        [empty] un identifiant de terme ne peut pas être vide
        [long] l’identifiant de terme `{ $id }` dépasse { $max } caractères
        [capitals] `{ $id }` contient des majuscules : les identifiants de terme s’écrivent en minuscules
        [underscore] `{ $id }` contient `_` : les mots d’un identifiant de terme sont joints par des traits d’union
        [space] `{ $id }` contient une espace : les mots d’un identifiant de terme sont joints par des traits d’union
        [double-hyphen] `{ $id }` contient deux traits d’union de suite, ce que les identifiants de terme ne permettent pas (`--` tient lieu de point dans les noms de messages)
        [empty-part] `{ $id }` a une partie vide : un point doit séparer deux mots
        [hyphen-edge] `{ $id }` a une partie qui commence ou se termine par un trait d’union
       *[character] `{ $id }` contient `{ $character }` : un identifiant de terme ne contient que des lettres de a à z, des chiffres, des traits d’union et des points
    }
# $fixed : l’identifiant bien écrit.
model-term-id-fix-hint = écrivez `{ $fixed }`
model-term-id-hint = écrivez des lettres minuscules de a à z, des chiffres et des traits d’union, avec un point entre les parties, par exemple `device.ip-address`
# Un vocabulaire, dans une phrase (entre parenthèses). $vocab : son nom (`access-group`…).
model-vocab-noun = { $vocab ->
        [category] catégorie de renseignements
        [purpose] finalité
        [statistic] statistique
        [channel] moyen de communication
        [occasion] occasion de collecte
        [access-group] personnes ayant accès
        [disclosure-case] cas de communication
        [recipient] destinataire
        [security-measure] mesure de sécurité
        [cookie-purpose] finalité d’un témoin
        [service-role] rôle d’un service
        [right] droit
        [safeguard] garantie
        [oversight-role] rôle de l’organisme de surveillance
       *[other] { $vocab }
    }
# $id : l’identifiant tel qu’il est écrit; $new : l’identifiant prédéfini qui
# le remplace; $noun : le vocabulaire (model-vocab-noun).
model-term-renamed = `{ $id }` s’appelle maintenant `{ $new }`
model-term-renamed-hint = écrivez `{ $new }` : les identifiants prédéfinis ({ $noun }) ont été renommés
# $id : l’identifiant tel qu’il est écrit; $noun : le vocabulaire; $meant :
# l’identifiant prédéfini qu’il désigne sans doute.
model-term-unknown = `{ $id }` n’est pas une valeur prédéfinie ({ $noun })
model-term-unknown-meant-hint = vouliez-vous dire `{ $meant }`? Sinon, pour décrire une valeur qui vous est propre, écrivez une entrée avec un libellé : `{"{"} id: { $id }, label: {"{"} en: …, fr: … {"}"} {"}"}`
model-term-unknown-hint = les identifiants prédéfinis sont énumérés dans docs/data-format.md; pour décrire une valeur qui vous est propre, écrivez une entrée avec un libellé : `{"{"} id: { $id }, label: {"{"} en: …, fr: … {"}"} {"}"}`
model-term-missing-label = `{ $id }` n’est pas une valeur prédéfinie ({ $noun }) : il lui faut un libellé
model-term-missing-label-hint = ajoutez `label: {"{"} en: …, fr: … {"}"}` avec les mots que la page doit afficher
model-term-missing-label-meant-hint = ajoutez `label: {"{"} en: …, fr: … {"}"}` avec les mots que la page doit afficher; ou vouliez-vous dire la valeur prédéfinie `{ $meant }`?
model-term-builtin-label = `{ $id }` est une valeur prédéfinie ({ $noun }) : son libellé est fourni par policypress, elle ne peut donc pas avoir de `label`
model-term-builtin-label-hint = supprimez `label` (une `description` peut ajouter une précision) ou, pour dire autre chose, donnez à votre propre terme un identifiant distinct
# $keys : les clés qu’une valeur prédéfinie ne peut pas recevoir (`dpv`,
# `grammar` ou `dpv-grammar`).
model-term-redefines-builtin = `{ $id }` est une valeur prédéfinie ({ $noun }) : { $keys ->
        [dpv] son terme `dpv` ne peut pas être modifié
        [grammar] sa grammaire (`grammar`) ne peut pas être modifiée
       *[dpv-grammar] son terme `dpv` et sa grammaire (`grammar`) ne peuvent pas être modifiés
    }
model-term-redefines-builtin-hint = supprimez { $keys ->
        [dpv] `dpv`
        [grammar] `grammar`
       *[dpv-grammar] `dpv` et `grammar`
    }, ou donnez à votre propre terme un identifiant distinct, avec un libellé
# $dpv : la valeur telle qu’elle est écrite; $id : l’identifiant du terme.
model-term-bad-dpv = `{ $dpv }` (le `dpv` de `{ $id }`) n’est pas un terme DPV
model-term-listed-twice = `{ $id }` figure deux fois dans la liste
# Ce qu’il faut écrire comme valeur `dpv`.
model-dpv-how = écrivez un IRI compact avec le préfixe dpv:, pd:, loc: ou tech: (par exemple `pd:DeviceBased`), ou une adresse complète commençant par https://
# $prefix : le préfixe écrit.
model-dpv-name = après `{ $prefix }:` vient le nom du terme, en lettres et en chiffres seulement (par exemple `pd:DeviceBased`)
model-dpv-http = écrivez l’adresse avec https://
# $how : model-dpv-how.
model-dpv-pp = `pp:` est l’espace de noms propre à policypress, réservé à ses termes prédéfinis; { $how }

## Citations de lois (src/model/citation.rs)

# Les formes que peut prendre une citation. $scheme : la façon dont la loi
# est rédigée (`federal`, `ontario`, `quebec`), ou `any` avant que la loi
# soit connue.
model-cite-forms = { $scheme ->
        [federal] écrivez un article (« 5 », « 65.1 »), un paragraphe (« 5(2) »), un alinéa (« 8(2)(a) ») ou une partie (« Partie II »)
        [ontario] écrivez un article (« 64 », « 65.0.1 »), un paragraphe (« 38 (2) »), un alinéa (« 39 (2) (a) ») ou une partie (« Partie II »)
        [quebec] écrivez un article (« 64 », « 65.0.1 », « 63.4 »), un paragraphe numéroté (« 65 (1) » pour 1°) ou une partie (« Partie II »); un alinéa non numéroté, sous la forme `{"{"} section: 65, alinea: 2 {"}"}`
       *[any] écrivez un article (« 64 », « 65.0.1 »), avec ses subdivisions entre parenthèses (« 38 (2) », « 39 (2) (a) », « 8(2)(a) »), un paragraphe d’une loi du Québec (« 65 (1) »), une partie (« Partie II »), ou les subdivisions par leur nom : `{"{"} section: 65, alinea: 2 {"}"}`
    }
# $text : la citation telle qu’elle est écrite; $reason : ce qui ne va pas.
model-cite-unparsable = `{ $text }` ne peut pas être lu comme une citation : { $reason }
# $text : la citation; $scheme : la façon dont la loi est rédigée; $reason :
# ce qui ne convient pas.
model-cite-not-in-scheme = `{ $text }` n’est pas la façon de citer { $scheme ->
        [federal] une loi fédérale
        [ontario] une loi de l’Ontario
       *[quebec] une loi du Québec
    } : { $reason }
# $value : la valeur telle qu’elle est écrite; $field : la clé de la subdivision.
model-cite-bad-part = `{ $value }` n’est pas une valeur valide pour `{ $field }` : { $field ->
        [part] une partie est numérotée en chiffres romains ou arabes, par exemple II
        [section] des nombres joints par des points simples, par exemple 65 ou 65.0.1
        [subsection] un nombre, par exemple 2
        [paragraph] une lettre minuscule, par exemple a
        [alinea] le rang de l’alinéa, compté à partir de 1 : 2 pour le deuxième
       *[item] le numéro du paragraphe, par exemple 1 pour 1°
    }
# $why : ce qui manque (`part-and-section`, `no-section`, `empty`,
# `paragraph-alone`).
model-cite-incomplete = cette citation { $why ->
        [part-and-section] nomme une partie et un article : citez soit la partie, soit l’article
        [no-section] n’a pas de `section` : une subdivision se cite avec son article
        [empty] est vide : donnez au moins une `section` (ou une `part`)
       *[paragraph-alone] a un `paragraph` sans son `subsection` : policypress formule un alinéa à l’intérieur de son paragraphe; pour un alinéa qui relève directement de l’article, citez l’article seul
    }
# Pourquoi une forme abrégée ne peut pas être lue (le $reason de model-cite-unparsable).
model-cite-empty = elle est vide
# $part : ce qui suit `Partie`.
model-cite-part-number = une partie est numérotée en chiffres romains ou arabes, par exemple « Partie II », et non `{ $part }`
# $word : le mot écrit avant le numéro.
model-cite-word = écrivez le numéro seul, sans `{ $word }` : la page ajoute le mot (article, section…) dans chaque langue
model-cite-start = une citation commence par le numéro de l’article (par exemple `38`) ou par `Partie`
# $section : ce qui a été lu comme numéro d’article.
model-cite-section-number = `{ $section }` n’est pas un numéro d’article : des nombres joints par des points simples, par exemple `65.0.1`
model-cite-unclosed = une parenthèse `(` n’est pas fermée
model-cite-alinea-by-name = un alinéa non numéroté s’écrit par son nom : `{"{"} section: { $section }, alinea: 2 {"}"}`
# $rest : ce qui suit l’article; $section : l’article.
model-cite-parentheses = `{ $rest }` après `{ $section }` n’est pas entre parenthèses; écrivez chaque niveau entre parenthèses, par exemple « 39 (2) (a) »
# $inside : ce qui est entre les parenthèses.
model-cite-degree = `{ $inside }` n’est pas un numéro de paragraphe comme 1°
# $letter : la lettre en minuscule.
model-cite-lower-case = les lettres des alinéas s’écrivent en minuscules : écrivez `({ $letter })`
model-cite-level = `({ $inside })` n’est ni un nombre comme (2) ni une lettre comme (a)
model-cite-depth = policypress cite au plus jusqu’à l’alinéa : deux niveaux au maximum après l’article, par exemple « 39 (2) (a) »
# Pourquoi une citation ne convient pas à sa loi (le $reason de model-cite-not-in-scheme).
model-cite-degree-quebec = `°` numérote les paragraphes des lois du Québec
model-cite-paragraph-alone = policypress formule un alinéa à l’intérieur de son paragraphe, par exemple « 39 (2) (a) »; pour un alinéa qui relève directement de l’article, citez l’article seul
model-cite-after-subsection = après le paragraphe vient la lettre d’un alinéa, par exemple « 39 (2) (a) »
model-cite-quebec-depth = policypress cite les lois du Québec jusqu’au paragraphe numéroté, par exemple « 65 (1) » pour 1°
model-cite-quebec-parentheses = dans une loi du Québec, les parenthèses contiennent le numéro d’un paragraphe, par exemple « 65 (1) » pour 1°
model-cite-quebec-subsection = les lois du Québec n’ont pas de `subsection` : un paragraphe numéroté 1° s’écrit `item: 1`
model-cite-alinea-elsewhere = `alinea` et `item` sont les subdivisions des lois du Québec; écrivez `subsection` et `paragraph`
# $value : le nombre tel qu’il est écrit; $field : la clé de la subdivision.
model-cite-negative = `{ $value }` n’est pas une valeur valide pour `{ $field }` : les numéros d’une loi sont positifs
model-cite-negative-hint = écrivez-le comme dans la loi, par exemple « 38 (2) »
# $value : le nombre tel qu’il est lu.
model-cite-decimal = `{ $value }` est lu comme un nombre décimal, ce qui ferait perdre les zéros de la fin (63.10 devient 63.1)
model-cite-decimal-hint = mettez-le entre guillemets : "{ $value }"
