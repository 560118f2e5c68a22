# Diagnostics de l’étape de validation (src/validate.rs) : un document lu
# dans le modèle, et ce que les types seuls ne vérifient pas (textes vides,
# identifiants en double, renvois entre sections, clés d’un autre genre de
# document ou d’un autre régime de droit).

## Clés

# $key : la clé inconnue (au premier niveau du fichier).
validate-unknown-key = clé inconnue `{ $key }` au premier niveau du fichier
# $key : la clé inconnue; $parent : le groupe où elle est écrite.
validate-unknown-key-in = clé inconnue `{ $key }` dans `{ $parent }`
# $suggestion : la clé, la valeur ou le nom probablement voulu.
validate-did-you-mean = vouliez-vous dire `{ $suggestion }`?
validate-remove-key = supprimez cette clé
# $keys : les clés permises ici, séparées par des virgules.
validate-valid-keys = clés permises ici : { $keys }
# $old : l’ancienne place de la clé; $new : sa place actuelle.
validate-moved-key = la clé `{ $old }` a changé de place : elle s’écrit maintenant `{ $new }`
# $key : la clé obligatoire; $path : le groupe où elle manque.
validate-missing-key = la clé obligatoire `{ $key }` manque dans `{ $path }`
# $key : la clé obligatoire (au premier niveau d’un document).
validate-document-missing-key = la clé obligatoire `{ $key }` manque dans la politique
# $key : la clé obligatoire.
validate-missing-key-hint = ajoutez `{ $key }:` ici, ou héritez-la d’un profil avec `extends`
# $key : la clé obligatoire de content/site.yaml.
validate-site-missing-key = la clé obligatoire `{ $key }` manque dans content/site.yaml
# $key : la clé obligatoire de content/site.yaml.
validate-site-missing-key-hint = ajoutez `{ $key }:` (voir docs/data-format.md, paramètres du site)
validate-key-not-a-word = une clé doit être un mot
# $what : ce qu’est le document (`empty`, ou `not-mapping` pour une liste
# ou une valeur seule).
validate-document-shape = le document { $what ->
        [empty] est vide
       *[not-mapping] n’est pas un groupe de clés
    }
validate-policy-shape-hint = un fichier de politique est une suite de lignes `clé: valeur`, à commencer par `title:`
validate-site-shape-hint = content/site.yaml est une suite de lignes `clé: valeur` : base_url, source_language, title…

## Clés déplacées (src/model/migrate.rs : un conseil pour chacune)

validate-moved-legal-jurisdiction = placez `jurisdiction:` au premier niveau du fichier (elle détermine les règles et les clés de tout le document, pas seulement son cadre juridique)
validate-moved-voluntary-consent-required = `consent_required: true` devient `collection: {"{"} none_without_consent: true {"}"}` (« nous ne recueillons aucun renseignement personnel sans votre consentement préalable »); `false` ne disait rien : supprimez-la
validate-moved-voluntary-purposes = l’usage des renseignements personnels s’écrit maintenant `use.purposes` (mêmes valeurs; ajoutez `research`, `evaluation`… selon le cas). Les occasions où les gens les fournissent (« si vous souhaitez : … ») s’écrivent `voluntary.occasions`
validate-moved-use-purpose-only = clé renommée : écrivez `only_for_collected_purposes: true` sous `use:` si la politique le dit
validate-moved-use-access = les personnes qui, au sein de l’organisme, y ont accès s’écrivent maintenant `access:`, au premier niveau (mêmes valeurs), une clé commune avec les avis de collecte
validate-moved-use-disclosure = indiquez qui reçoit les renseignements et dans quels cas : `recipients: {"{"} only: [{"{"} who: other-public-bodies, when: {"{"} only: [request-concerns-body, required-by-law] {"}"} {"}"}] {"}"}`; `approved-agreements` est devenu `written-agreements`, ou votre propre terme, dans les mots de la politique
validate-moved-use-no-profiling = écrivez `never_for: [profiling]` sous `use:` si la politique le dit
validate-moved-use-no-private-disclosure = écrivez `recipients: {"{"} never: [private-organizations] {"}"}` (à côté des destinataires que la politique nomme) si la politique le dit
validate-moved-use-retention = écrivez `retention: {"{"} then: archived-or-destroyed {"}"}` au premier niveau, et `securely: true` si la politique précise que cela se fait de façon sécuritaire
validate-moved-use-research = énumérez ces usages dans `use.purposes` : `research`, `evaluation`, `investigation`, `survey`, selon ce que la politique nomme
validate-moved-legal-acts-sections = renommez `sections` en `cite`, avec les mêmes valeurs (`cite: ["64", "65"]`) : la page nomme désormais chaque disposition selon la numérotation de la loi (article, paragraphe, alinéa, partie)
validate-moved-legal-bank-number = indiquez le fichier comme élément de `banks`, avec son numéro et, si la politique les donne, son titre et son adresse : `banks: [{ "{" } number: { "{" } en: PSU 914, fr: POU 914 { "}" } { "}" }]`
validate-moved-legal-outside-quebec = `outside_quebec: false` devient `transfers: none`; `true` devient la liste des endroits où vont les renseignements : `transfers: [{"{"} to: outside-quebec {"}"}]`
validate-moved-cookies-practice = `practice: none` devient `cookies: none`; pour `session` ou `persistent`, décrivez les témoins dans `cookies.items` (`- {"{"} id: …, lifetime: session, purpose: navigation {"}"}`), et n’ajoutez `no_persistent: true` que si la politique dit qu’aucun témoin persistant n’est déposé
validate-moved-cookies-purpose = indiquez dans `cookies.items` pourquoi chaque témoin est déposé : `items: [{"{"} id: …, purpose: navigation {"}"}]` (ou `convenience`, `preferences`, `security`, `analytics`…); « pas pour recueillir des renseignements personnels » s’écrit `no_personal_information: true`
validate-moved-cookies-refusable = écrivez `refuse: {"{"} browser: true {"}"}`, et ce qu’il en coûte de refuser, `consequence: some-features-unavailable` (ou votre propre texte), seulement si la politique le dit
validate-moved-cookies-analytics = un service de mesure d’audience est une entrée de `services` avec `role: web-analytics` : `services: [{"{"} id: google-analytics, name: Google Analytics, role: web-analytics, anonymous: true, information: [age, gender, language, interests], opt_out: [...] {"}"}]`

## Valeurs

# $value : la valeur écrite; $path : la clé.
validate-unknown-value = `{ $value }` n’est pas une valeur permise pour `{ $path }`
# $suggestion : la valeur probablement voulue; $values : les valeurs
# permises, séparées par des virgules.
validate-did-you-mean-value = vouliez-vous dire `{ $suggestion }`? Valeurs permises : { $values }
# $values : les valeurs permises, séparées par des virgules.
validate-valid-values = valeurs permises : { $values }
# $path : le texte (une clé); $lang : la langue qui manque (`en`, `fr`).
validate-missing-translation = `{ $path }` n’a pas de texte { $lang ->
        [fr] en français
       *[en] en anglais
    }
# $key : la clé de la langue qui manque (`en`, `fr`); $other : l’autre.
validate-missing-translation-hint = ajoutez `{ $key }:` à côté de `{ $other }:`; chaque texte est obligatoire dans les deux langues
# $path : le texte (une clé); $lang : la langue du texte vide (`en`, `fr`).
validate-empty-translation = le texte { $lang ->
        [fr] français
       *[en] anglais
    } de `{ $path }` est vide
validate-empty-translation-hint = écrivez le texte; chaque texte est obligatoire dans les deux langues
# $path : la clé.
validate-no-value = `{ $path }` n’a pas de valeur
# $expected : ce qu’il faut écrire (validate-type).
validate-no-value-hint = écrivez { $expected } après le deux-points (ou, si la clé est facultative, supprimez-la)
# $path : la clé; $expected : le genre de valeur attendu (validate-type);
# $found : ce qui est écrit (validate-found).
validate-wrong-type = `{ $path }` doit être { $expected } et non { $found }
# $written : le nombre écrit.
validate-quote-number-hint = mettez-le entre guillemets pour l’écrire comme un texte : "{ $written }"
validate-bilingual-hint =
    écrivez le texte dans les deux langues :
    {"  "}en: …
    {"  "}fr: …
validate-list-hint = écrivez une liste, un `- élément` par ligne
validate-boolean-hint = écrivez `true` ou `false`
# $expected : le genre de valeur attendu (validate-type).
validate-expected-hint = valeur attendue : { $expected }
# $type : le genre de valeur (une clé, libellée ici).
validate-type = { $type ->
        [bilingual] un texte dans les deux langues (`en:` et `fr:`)
        [group] un groupe de clés
        [list] une liste
        [text] un texte
        [boolean] `true` ou `false`
        [whole-number] un nombre entier
        [number] un nombre
        [localized] une valeur, ou une par langue (`en:` et `fr:`)
       *[other] un autre genre de valeur
    }
# $found : le genre de valeur écrit (une clé, libellée ici); $value : la
# valeur elle-même, pour un nombre, un texte ou un booléen.
validate-found = { $found ->
        [list] une liste
        [group] un groupe de clés
        [number] le nombre `{ $value }`
        [boolean] `{ $value }`
        [text] le texte `{ $value }`
        [nothing] rien
        [tagged] une valeur étiquetée (une étiquette comme `!x` n’est pas permise ici)
       *[other] cette valeur
    }
# $path : la clé.
validate-unreadable = `{ $path }` ne peut pas être lu tel qu’il est écrit
validate-unreadable-hint = vérifiez la valeur d’après docs/data-format.md : un nombre est peut-être trop grand, ou une étiquette comme `!x` n’est pas permise ici
validate-invalid-value-hint = consultez docs/data-format.md pour savoir comment écrire cette valeur
# $n : le nombre de problèmes qui ne sont pas énumérés.
validate-too-many-problems = { $n ->
        [one] { $n } autre problème de ce fichier n’est pas énuméré
       *[other] { $n } autres problèmes de ce fichier ne sont pas énumérés
    }
validate-too-many-problems-hint = corrigez ceux qui sont énumérés, puis relancez la vérification; un si grand nombre indique souvent que le fichier n’est pas une politique

## Politiques et avis de collecte

# $key : la clé; $kind : le genre de document qu’est le fichier (`policy`,
# `notice`), auquel la clé n’appartient pas.
validate-key-not-for-kind = la clé `{ $key }` est propre { $kind ->
        [notice] aux politiques de confidentialité (content/policies/), et ce fichier est un avis de collecte
       *[policy] aux avis de collecte (content/notices/), et ce fichier est une politique de confidentialité
    }
# $kind : le genre de document qu’est le fichier (`policy`, `notice`).
validate-key-not-for-kind-hint = { $kind ->
        [notice] un avis indique ce que son formulaire recueille et pourquoi (`fields`, `use.purposes`); ce que recueille le site Web relève de la politique de confidentialité que l’avis nomme : supprimez cette clé
       *[policy] cette clé décrit un formulaire : écrivez-la dans un avis de collecte, `content/notices/<id>.yaml`, qui nomme cette politique (`privacy_policy:`)
    }
# $key : la clé qui manque à l’avis (`form`, `privacy_policy`).
validate-notice-needs-key = un avis de collecte doit avoir la clé `{ $key }`
validate-notice-needs-form-hint = nommez le formulaire où l’avis est présenté : `form: {"{"} title: {"{"} en: …, fr: … {"}"} {"}"}`
validate-notice-needs-policy-hint = nommez la politique de confidentialité du site par son identifiant : `privacy_policy: my-policy` (content/policies/my-policy.yaml)
# $key : la clé; $only : le régime de droit auquel elle est propre; $law :
# celui de la politique.
validate-key-not-for-jurisdiction = la clé `{ $key }` est propre au droit `{ $only }`; cette politique relève du droit `{ $law }`
validate-key-not-for-jurisdiction-hint = supprimez-la, ou changez `jurisdiction` si la politique relève de ce droit

## Sections et règles

# $id : l’identifiant de la section.
validate-builtin-section-id = `{ $id }` est l’identifiant d’une section intégrée
validate-builtin-section-id-hint = choisissez un autre identifiant, p. ex. `more-about-cookies`
# $id : l’identifiant de la section.
validate-duplicate-section = deux sections ont l’identifiant `{ $id }`
validate-duplicate-section-hint = les identifiants de section sont des ancres (#id) et doivent être uniques
# $section : la section intégrée que nomme `after`.
validate-section-not-shown = la section `{ $section }` ne figure pas sur cette page : cette section-ci sera donc placée à la fin
# $section : la section intégrée que nomme `after`.
validate-section-not-shown-hint = `{ $section }` n’apparaît que lorsque la politique a quelque chose à y dire; placez cette section après une autre
# $section : la section que nomme `after`.
validate-unknown-section = `after: { $section }` ne désigne aucune section qui précède celle-ci
# $sections : les sections qui précèdent celle-ci, séparées par des virgules.
validate-known-sections = sections : { $sections }
# $rule : la règle nommée.
validate-unknown-rule = la règle `{ $rule }` n’existe pas
# $suggestion : la règle probablement voulue.
validate-unknown-rule-did-you-mean = vouliez-vous dire `{ $suggestion }`? `policypress rules` les énumère
validate-unknown-rule-hint = `policypress rules` énumère les règles (docs/rules.md)
# $rule : la règle désactivée.
validate-allow-without-reason = la règle { $rule } est désactivée sans justification
validate-allow-without-reason-hint = ajoutez `reason: "…"` pour dire pourquoi la règle ne s’applique pas à cette politique

## Termes propres à l’auteur

# $id : l’identifiant du terme.
validate-term-redefines-builtin = `{ $id }` est ici une valeur prédéfinie; votre propre terme doit avoir un autre identifiant
# $id : l’identifiant du terme.
validate-term-redefines-builtin-hint = écrivez `- { $id }` pour employer la valeur prédéfinie (libellée par les fichiers de langue), ou donnez un autre identifiant à votre terme
validate-act-redefines-builtin-hint = `{ $id }` est une loi prédéfinie : écrivez `act: { $id }` pour la citer, ou donnez un autre identifiant à votre loi
# $id : l’identifiant du terme.
validate-duplicate-term = `{ $id }` figure deux fois dans cette liste
validate-duplicate-term-hint = n’en gardez qu’un
# $term : la valeur de `dpv`.
validate-bad-dpv-term = `{ $term }` n’est pas un terme du vocabulaire DPV (Data Privacy Vocabulary)
# $reason : comment écrire un terme (src/model/vocab.rs).
validate-bad-dpv-term-hint = { $reason }; ou omettez `dpv`

## Services et témoins

# $id : l’identifiant du service.
validate-duplicate-service = deux services ont l’identifiant `{ $id }`
validate-duplicate-service-hint = donnez à chaque service son propre identifiant : les témoins désignent leur service par celui-ci
# $region : la région écrite; $law : le seul régime de droit dont les
# politiques la nomment.
validate-region-not-for-jurisdiction = `{ $region }` est réservé aux politiques qui relèvent du droit `{ $law }`
validate-region-not-for-jurisdiction-hint = écrivez `{"{"} country: XX {"}"}`, `outside-canada` ou `in-canada`
# $service : l’identifiant du service.
validate-service-sets-cookies = `{ $service }` dépose des témoins, mais `cookies: none` dit que le site n’en dépose aucun
validate-service-sets-cookies-hint = décrivez les témoins dans `cookies.items` (avec `provider: …`) au lieu de `cookies: none`, ou corrigez `sets_cookies`
# $cookie : l’identifiant du témoin.
validate-cookie-persistent = le témoin `{ $cookie }` reste après la visite, mais `no_persistent: true` dit qu’aucun témoin ne reste
validate-cookie-persistent-hint = supprimez `no_persistent: true`, ou corrigez la durée (`lifetime`) de ce témoin
# $id : l’identifiant du témoin.
validate-duplicate-cookie = deux témoins ont l’identifiant `{ $id }`
validate-duplicate-cookie-hint = donnez à chaque témoin (ou groupe de témoins) son propre identifiant
# $cookie : l’identifiant du témoin.
validate-cookie-says-nothing = le témoin `{ $cookie }` n’a que son identifiant
validate-cookie-says-nothing-hint = indiquez ce que la page peut en dire : `purpose`, `lifetime`, `name`, `provider`, `essential`, `storage` ou `type`
validate-withdraw-without-consent = `withdraw` est affiché comme la façon de retirer votre consentement, mais la politique ne mentionne aucun consentement demandé
validate-withdraw-without-consent-hint = indiquez comment le site le demande (`consent: banner` ou `consent: preference-centre`); un refus qui ne demande aucun consentement (un réglage du navigateur, un module du fournisseur) va dans le `opt_out` du service ou dans `prose.cookies`
# $provider : l’identifiant du service.
validate-provider-sets-no-cookies = `{ $provider }` dépose ce témoin, mais son `sets_cookies: false` dit qu’il n’en dépose aucun
validate-provider-sets-no-cookies-hint = corrigez le `sets_cookies` du service, ou le `provider` de ce témoin
# $provider : l’identifiant de service nommé.
validate-unknown-service = `provider: { $provider }` ne désigne aucun service de cette politique
# $provider : l’identifiant de service nommé.
validate-unknown-service-hint = un témoin déposé par un tiers nomme ce tiers : décrivez le service sous `services:` avec `id: { $provider }` et son nom (`name`) (QC-02); omettez `provider` pour un témoin que votre propre site dépose
# $services : les services de la politique, séparés par des virgules.
validate-known-services = services : { $services }

## Paramètres du site (content/site.yaml)

validate-site-languages = policypress publie en anglais et en français : `languages` doit être [en, fr]
validate-site-languages-hint = supprimez la clé, ou écrivez `languages: [en, fr]`
# $file : le fichier nommé; $kind : ce qu’il doit être (`css`, `image`);
# $types : les types d’image, séparés par des virgules.
validate-site-file-type = `{ $file }` n’est pas { $kind ->
        [css] une feuille de style (un fichier `.css`)
       *[image] une image qu’un navigateur affiche ({ $types })
    }
validate-site-file-type-hint = indiquez un fichier de ce type, par son chemin relatif au dossier racine du site
# $file : le fichier nommé.
validate-missing-site-file = `{ $file }` n’est pas un fichier du site (les chemins sont relatifs au dossier racine du site, celui qui contient content/)
validate-missing-site-file-hint = ajoutez le fichier, ou corrigez le chemin

## Adresses

# $first, $second : les deux politiques; $lang : la langue (`en`, `fr`);
# $slug : l’adresse qu’elles partagent.
validate-duplicate-slug = les politiques `{ $first }` et `{ $second }` sont toutes deux publiées à /{ $lang }/{ $slug }/
validate-duplicate-slug-other = l’autre politique
validate-duplicate-slug-hint = donnez à chaque politique son propre `slug`
# $section : la clé sous `prose`.
validate-prose-unknown-section = `prose: { $section }` ne désigne aucune section intégrée
# $section : la section libre qui porte cet identifiant.
validate-prose-free-section-hint = `{ $section }` est l’une de vos propres sections (`sections`) : écrivez ce texte dans son `body`
# $section : la clé sous `prose`; $kind : `policy` ou `notice`.
validate-prose-section-not-for-kind = { $kind ->
    [notice] la section `{ $section }` ne figure pas dans un avis de collecte
   *[other] la section `{ $section }` ne figure pas dans une politique de confidentialité
}
# $section : la clé sous `prose`.
validate-prose-empty = `prose: { $section }` ne donne aucun texte
validate-prose-empty-hint = écrivez `before`, `after` ou `instead`, chacun dans les deux langues (`en`, `fr`), ou retirez la clé
