# Pourquoi une valeur d’un document ne peut pas être lue (src/model/) : les
# vérifications propres aux types de valeurs (dates, adresses Web,
# identifiants…), les clés déplacées, et les erreurs des vocabulaires
# ouverts et des citations. La validation les présente comme diagnostics
# `invalid-value` (ou `moved-key`); la ligne de commande affiche
# `model-ident` et les messages d’adresse Web pour `new ID`, `--extends` et
# `--base-url`.

# Le conseil d’une erreur de valeur qui n’en donne pas.
model-value-docs-hint = consultez docs/data-format.md pour savoir comment écrire cette valeur
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

## Clés déplacées (src/model/migrate.rs)

# $old : l’ancien emplacement de la clé; $new : son emplacement actuel.
model-moved-key = la clé `{ $old }` a été déplacée : elle est maintenant `{ $new }`
model-moved-legal-jurisdiction = déplacez `jurisdiction:` au premier niveau du fichier (elle choisit les règles et les clés de tout le document, pas seulement son cadre juridique)
model-moved-voluntary-consent-required = `consent_required: true` devient `collection: {"{"} none_without_consent: true {"}"}` (« nous ne recueillons aucun renseignement personnel sans votre consentement préalable »); `false` ne disait rien : supprimez-la
model-moved-voluntary-purposes = l’usage des renseignements personnels est maintenant `use.purposes` (les mêmes valeurs; ajoutez `research`, `evaluation`… selon le cas). Le moment où les gens les donnent (« si vous souhaitez : … ») est `voluntary.occasions`
model-moved-use-purpose-only = clé renommée : écrivez `only_for_collected_purposes: true` sous `use:` si la politique le dit
model-moved-use-access = qui a accès aux renseignements au sein de l’organisme est maintenant la clé de premier niveau `access:` (les mêmes valeurs), commune aux avis de collecte
model-moved-use-disclosure = dites qui reçoit les renseignements et quand : `recipients: {"{"} only: [{"{"} who: other-public-bodies, when: {"{"} only: [request-concerns-body, required-by-law] {"}"} {"}"}] {"}"}`; `approved-agreements` est maintenant `written-agreements`, ou votre propre terme avec les mots de la politique
model-moved-use-no-profiling = écrivez `never_for: [profiling]` sous `use:` si la politique le dit
model-moved-use-no-private-disclosure = écrivez `recipients: {"{"} never: [private-organizations] {"}"}` (à côté des destinataires que nomme la politique) si la politique le dit
model-moved-use-retention = écrivez `retention: {"{"} then: archived-or-destroyed {"}"}` au premier niveau, et `securely: true` si la politique dit que c’est fait de façon sécuritaire
model-moved-use-research = énumérez ces usages dans `use.purposes` : `research`, `evaluation`, `investigation`, `survey`, selon ce que nomme la politique
model-moved-legal-outside-quebec = `outside_quebec: false` devient `transfers: none`; `true` devient la liste des endroits où vont les renseignements : `transfers: [{"{"} to: outside-quebec {"}"}]`
model-moved-cookies-practice = `practice: none` devient `cookies: none`; pour `session` ou `persistent`, décrivez les témoins dans `cookies.items` (`- {"{"} id: …, lifetime: session, purpose: navigation {"}"}`), et n’ajoutez `no_persistent: true` que si la politique dit que le site ne dépose aucun témoin persistant
model-moved-cookies-purpose = indiquez dans `cookies.items` pourquoi chaque témoin est déposé : `items: [{"{"} id: …, purpose: navigation {"}"}]` (ou `convenience`, `preferences`, `security`, `analytics`…); « ne pas recueillir de renseignements personnels » s’écrit `no_personal_information: true`
model-moved-cookies-refusable = écrivez `refuse: {"{"} browser: true {"}"}`, et ce qu’il en coûte de refuser les témoins sous `consequence: some-features-unavailable` (ou votre propre texte) seulement si la politique le dit
model-moved-cookies-analytics = un service de mesure d’audience est une entrée de `services` avec `role: web-analytics` : `services: [{"{"} id: google-analytics, name: Google Analytics, role: web-analytics, anonymous: true, information: [age, gender, language, interests], opt_out: [...] {"}"}]`
