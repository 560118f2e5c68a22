# Diagnostics de l’étape de vérification (src/lint/) : règles de droit,
# valeurs d’exemple, parité, terminologie, révision des traductions, liens.

## Espaces réservés et valeurs d’exemple (src/lint/placeholder.rs)

# $path : la clé; $marker : l’espace réservé (TODO).
lint-placeholder = `{ $path }` contient encore l’espace réservé { $marker }
lint-placeholder-hint = inscrivez la valeur réelle (le commentaire au-dessus de la clé indique ce qu’elle accepte) ou, si la clé est facultative et ne s’applique pas, supprimez-la
# $path : la clé (ou `--base-url …`); $why : pourquoi la valeur ressemble
# à un exemple (une clé, formulée ici).
lint-example-value = `{ $path }` semble être un exemple à remplacer : { $why ->
        [telephone] un numéro de téléphone fictif (555-01xx)
        [domain] une adresse dans un domaine d’exemple
        [example-name] un nom « Exemple »
        [starter-address] une partie de l’adresse d’exemple du modèle de départ
       *[name] un nom d’exemple
    }
lint-example-value-hint = inscrivez la valeur réelle de l’organisation avant la publication (le site de départ que crée `policypress init` contient des noms d’exemple, des adresses example.* et des numéros de téléphone en 555)
lint-example-base-url-hint = inscrivez l’adresse à laquelle le site sera publié : l’adresse canonique de chaque page, les liens entre les langues, le plan du site et policy.json en découlent (vous pouvez aussi l’indiquer au moment de la génération avec `--base-url`)
lint-example-base-url-option-hint = indiquez l’adresse à laquelle le site sera publié

## Règles de droit (src/lint/mod.rs; les mots des règles sont dans rules.ftl)

# Un élément exigé par la loi manque. $rule : l’id de la règle (QC-07);
# $element : ce que le document doit dire; $citation : la référence à la loi.

lint-legal = { $rule } : { $element } ({ $citation })
# $hint : comment respecter la règle (un des lint-legal-…-hint ci-dessous);
# $rule : l’id de la règle.

lint-legal-hint = { $hint }; ou, si la règle ne s’applique vraiment pas, désactivez-la : `allow: [{"{"} rule: { $rule }, reason: "…" {"}"}]`
# Une entrée de `allow` nomme une règle qui vise l’autre genre de document.
# $rule : l’id de la règle; $kind : le genre de document visé par la règle;
# $document : le genre de ce document (policy ou notice).
lint-rule-other-kind = la règle { $rule } vise { $kind ->
        [notice] les avis de collecte
       *[policy] les politiques de confidentialité
    }, et ce document est { $document ->
        [notice] un avis de collecte
       *[policy] une politique de confidentialité
    }
# $rule : l’id de la règle; $jurisdiction : la valeur de `jurisdiction` du document.
lint-rule-other-jurisdiction = la règle { $rule } ne s’applique pas à une politique régie par `jurisdiction: { $jurisdiction }`
lint-allow-remove-hint = supprimez cette entrée de `allow`
# $rule : l’id de la règle.
lint-allow-unneeded = la règle { $rule } est désactivée, mais la politique la respecte
lint-allow-unneeded-hint = supprimez cette entrée de `allow` pour que la règle protège de nouveau la politique

# Comment respecter chaque règle (src/lint/legal.rs), donné comme $hint de lint-legal-hint.
lint-legal-categories-hint = énumérez ce qui est recueilli dans `automatic.categories` et `voluntary.categories`
lint-legal-automatic-purposes-hint = indiquez dans `automatic.purposes` pourquoi des renseignements sont recueillis automatiquement
lint-legal-use-purposes-hint = indiquez dans `use.purposes` à quoi servent les renseignements que les gens fournissent
lint-legal-refusal-consequence-hint = indiquez dans `voluntary.refusal_consequence` ce qui arrive si la personne refuse de fournir les renseignements
lint-legal-cookies-refusal-hint = certains témoins sont facultatifs (`essential: false`) : indiquez ce qu’entraîne leur refus, par exemple `refuse: {"{"} consequence: some-features-unavailable {"}"}` ou votre propre texte `{"{"} en: …, fr: … {"}"}`
lint-legal-tracking-functions-hint = indiquez si une technologie du site permet d’identifier, de localiser ou d’effectuer un profilage : `tracking: {"{"} functions: none {"}"}`, ou énumérez les fonctions (`[identification, location, profiling]`)
lint-legal-tracking-off-by-default-hint = la loi exige que ces fonctions soient désactivées par défaut : indiquez-le avec `off_by_default: true` une fois que c’est le cas
lint-legal-tracking-how-to-activate-hint = indiquez comment activer ces fonctions : `how_to_activate: {"{"} en: …, fr: … {"}"}`
lint-legal-access-hint = énoncez le droit d’accès : `access: true`
lint-legal-correction-hint = énoncez le droit de rectification : `correction: true`
lint-legal-recipients-hint = indiquez qui, à l’extérieur de l’organisme, reçoit des renseignements personnels, et dans quels cas : `recipients: none`, ou `recipients: [{"{"} who: other-public-bodies, when: [required-by-law] {"}"}]`
lint-legal-recipient-information-hint = indiquez ce que reçoit chaque destinataire, dans son `information: [...]`
lint-legal-recipient-purposes-hint = indiquez pourquoi chaque destinataire les reçoit, dans son `purposes: [...]`
lint-legal-processed-in-hint = indiquez où chaque service externe traite les renseignements : `processed_in: {"{"} country: US {"}"}`, `outside-canada`, `in-quebec`…
lint-legal-transfers-outside-hint = un service traite des renseignements à l’extérieur du Québec : indiquez-le dans `transfers: [{"{"} to: …, recipient: … {"}"}]`
lint-legal-transfers-hint = indiquez si des renseignements personnels peuvent être communiqués à l’extérieur du Québec : `transfers: none`, ou leur destination
lint-legal-contact-official-hint = désignez dans `rights.contact` la personne qui peut répondre aux questions : `title`, `address` et `phone`
lint-legal-contact-address-hint = indiquez l’adresse d’affaires de la personne responsable dans `rights.contact.address`
lint-legal-contact-phone-hint = indiquez le numéro de téléphone d’affaires dans `rights.contact.phone`
lint-legal-notice-purposes-hint = indiquez à quoi servent les renseignements recueillis par le formulaire : `use: {"{"} purposes: [respond] {"}"}`
lint-legal-notice-reply-hint = indiquez si la réponse est obligatoire (`obligatory`) ou facultative (`optional`) : `reply:` pour tout le formulaire, ou `reply:` sur chaque champ
lint-legal-notice-refusal-hint = indiquez ce qui arrive si la personne ne répond pas : `refusal: {"{"} en: …, fr: … {"}"}`
lint-legal-notice-contact-hint = indiquez les coordonnées de la personne responsable dans `rights.contact` : une adresse, un courriel, un téléphone ou un formulaire
lint-legal-qc-access-act-64-hint = citez l’article 64 de la Loi sur l’accès : `- act: quebec-access-act` avec `cite: ["64", "65"]`
lint-legal-service-names-hint = nommez chaque service externe dans `services[].name`
lint-legal-access-categories-hint = indiquez qui, au sein de l’organisme, a accès aux renseignements, par exemple `access: [authorized-staff]`
lint-legal-channels-hint = indiquez par quels moyens les renseignements parviennent à l’organisme, par exemple `channels: [email, online-forms]`
lint-legal-reply-hint = indiquez dans `voluntary.reply` si la réponse est facultative (`optional`) ou obligatoire (`obligatory`)
lint-legal-online-access-hint = ajoutez un lien vers le service en ligne où les gens consultent ou rectifient leurs renseignements, ou désactivez QC-09 en précisant qu’il n’en existe pas
lint-legal-contact-details-hint = indiquez les coordonnées de la personne responsable dans `rights.contact` : son titre, et une adresse, un courriel ou un téléphone
lint-legal-security-hint = énumérez les mesures de sécurité, par exemple `measures: [encryption, access-restricted]`
lint-legal-complaints-internal-hint = ajoutez un lien vers votre propre processus de traitement des plaintes : `complaints: {"{"} internal: {"{"} label: …, url: … {"}"} {"}"}`
lint-legal-history-hint = indiquez la version en vigueur : ajoutez à `history` une entrée portant la même date que `updated`
lint-legal-ontario-act-hint = citez la loi qui autorise la collecte : `- act: ontario-fippa`
lint-legal-ontario-sections-hint = citez la disposition qui autorise la collecte, par exemple `cite: ["38 (2)"]`
lint-legal-federal-act-hint = citez la loi qui autorise la collecte, par exemple `- act: privacy-act`
lint-legal-banks-hint = nommez le fichier de renseignements personnels qui décrit les renseignements, dans les deux langues : `banks: [{"{"} number: {"{"} en: PSU 914, fr: POU 914 {"}"}, title: {"{"} en: Public Communications, fr: Communications publiques {"}"} {"}"}]`
lint-legal-complaint-hint = énoncez le droit de porter plainte auprès du commissaire à la protection de la vie privée : `complaint: true`
lint-legal-accountable-person-hint = indiquez le titre et l’adresse de la personne responsable dans `rights.contact`
lint-legal-notice-access-hint = indiquez qui, au sein de l’organisme, a accès aux renseignements, par exemple `access: [staff-handling-request]`
lint-legal-notice-ontario-sections-hint = citez la disposition qui autorise la collecte, par exemple `- act: ontario-fippa` avec `cite: ["38 (2)"]`
lint-legal-notice-federal-act-hint = citez la loi qui autorise la collecte, par exemple `- act: privacy-act`


## Liens et images des textes Markdown (src/lint/links.rs)

# $lang : la langue du texte (en, fr); $section : l’id de la section;
# $address : l’adresse telle qu’elle est écrite.
lint-external-image = le texte { $lang ->
        [en] anglais
       *[fr] français
    } de la section `{ $section }` affiche une image d’un autre site (`{ $address }`); ce site verrait passer chaque internaute qui lit la politique; l’image n’est donc pas publiée
lint-external-image-hint = placez l’image dans le dossier static/ du thème et inscrivez son chemin (`/assets/…`), ou retirez-la
# $lang, $section, $address : comme ci-dessus.
lint-link-without-scheme = le texte { $lang ->
        [en] anglais
       *[fr] français
    } de la section `{ $section }` contient un lien vers `{ $address }`, une adresse sans `https:`; le lien n’est pas publié
lint-link-without-scheme-hint = écrivez l’adresse au complet, en commençant par `https://`
# $lang, $section, $address : comme ci-dessus.
lint-unsafe-link = le texte { $lang ->
        [en] anglais
       *[fr] français
    } de la section `{ $section }` contient un lien vers `{ $address }`; seuls les liens `https:`, `http:`, `mailto:` et `tel:` et les chemins de ce site sont publiés
lint-unsafe-link-hint = inscrivez une adresse Web, un lien de courriel (`mailto:`) ou de téléphone (`tel:`), ou retirez le lien

## Parité des textes Markdown des deux langues (src/lint/parity.rs)

# $section : l’id de la section; $differences : les différences (lint-parity-difference).
lint-parity = les textes anglais et français de la section `{ $section }` n’ont pas la même structure ({ $differences })
# $what : ce qui est compté; $en, $fr : le nombre dans chaque langue.
lint-parity-difference = { $what ->
        [paragraphs] paragraphes
        [list-items] éléments de liste
        [links] liens
       *[headings] titres
    } : { $en } en anglais, { $fr } en français
# L’étiquette du texte anglais, à côté du texte français.
lint-parity-english-text = texte anglais
lint-parity-hint = les deux langues doivent dire la même chose : cherchez un paragraphe, un élément de liste ou un lien absent de l’une d’elles

## Révision des traductions (src/lint/freshness.rs)

# $target : la langue de la traduction (en, fr); $source : la langue
# source; $key : la clé du texte dans le registre.
lint-translation-stale = le texte { $target ->
        [en] anglais
       *[fr] français
    } pourrait ne plus être à jour : le texte { $source ->
        [en] anglais
       *[fr] français
    } a changé depuis sa révision (`{ $key }`)
# $target, $source, $key : comme ci-dessus.
lint-translation-unreviewed = la traduction { $target ->
        [en] anglaise
       *[fr] française
    } de `{ $key }` n’a pas été révisée par rapport au texte { $source ->
        [en] anglais
       *[fr] français
    }
# L’étiquette du texte source. $lang : sa langue.
lint-translation-source-text = texte { $lang ->
        [en] anglais
       *[fr] français
    }
# $target : la langue de la traduction; $id : l’id de la politique.
lint-translation-text-hint = au besoin, mettez à jour le texte { $target ->
        [en] anglais
       *[fr] français
    }, puis consignez la révision : `policypress check --accept { $id }`
# $target, $source : comme ci-dessus; $id : l’id du message.
lint-message-stale = le message { $target ->
        [en] anglais
       *[fr] français
    } `{ $id }` pourrait ne plus être à jour : le message { $source ->
        [en] anglais
       *[fr] français
    } a changé depuis sa révision
# $target, $source, $id : comme ci-dessus.
lint-message-unreviewed = le message { $target ->
        [en] anglais
       *[fr] français
    } `{ $id }` n’a pas été révisé par rapport au message { $source ->
        [en] anglais
       *[fr] français
    }
# L’étiquette du message source. $lang : sa langue.
lint-translation-source-message = message { $lang ->
        [en] anglais
       *[fr] français
    }
# $id : l’id du message.
lint-translation-message-hint = au besoin, mettez-le à jour, puis consignez la révision : `policypress check --accept { $id }`
# Le conseil d’une traduction périmée dont la révision a conservé le texte
# source : ce qui a changé dans le texte source depuis, mot à mot
# ([-retiré-]{+ajouté+}), puis le conseil habituel. $source : la langue
# source; $changes : les changements; $hint : ce qu’il faut faire.
lint-translation-changes-hint = depuis la révision, le texte { $source ->
        [en] anglais
       *[fr] français
    } a changé : { $changes }; { $hint }
# Le registre est inutilisable. $file : son nom (translations.lock); $why :
# ce qui ne va pas (un des lint-lock-… ci-dessous).
lint-lock-damaged = content/{ $file } { $why }; restaurez-le à partir du gestionnaire de versions (`git checkout -- content/{ $file }`) ou réparez-le : le supprimer ferait perdre la trace des traductions déjà révisées
lint-lock-not-a-file = n’est pas un fichier ordinaire (c’est un dossier, un tube, un connecteur ou un périphérique)
# $limit : la taille maximale acceptée, en octets.
lint-lock-too-large = dépasse { $limit } octets
# $line : la ligne du marqueur de conflit.
lint-lock-conflict = contient un conflit de fusion non résolu (ligne { $line }) : gardez les entrées des deux côtés, ou ne gardez qu’un côté et refaites la révision
# $reason : ce que refuse la protection du lecteur YAML (dans ses mots).
lint-lock-refused = est endommagé : { $reason }
# $reason : la raison du lecteur YAML, citée telle quelle.
lint-lock-invalid = est endommagé ({ $reason })
# $file : le nom du registre; $reason : la raison du système, citée telle quelle.
lint-lock-unreadable = impossible de lire content/{ $file } : { $reason }

## Terminologie (src/lint/terms.rs, src/lint/terminology.rs)

# $found : le texte trouvé; $lang : sa langue (en, fr); $prefer : ce qu’il faut écrire.
lint-terminology = `{ $found }` est à éviter en { $lang ->
        [en] anglais
       *[fr] français
    } : écrivez `{ $prefer }`
# La note d’une liste du site, telle que ses auteurs l’ont écrite. $note : la note.
lint-terminology-note = { $note } (note de locales/terms.yaml)
# Les notes de la liste intégrée (locales/terms.yaml, qui les donne en
# anglais), par langue et par `avoid`.
lint-term-note-fr-cookie = L’OQLF déconseille `cookie` : écrivez témoin, ou témoin de connexion (témoin de session, témoin persistant).
lint-term-note-fr-e-mail = Jamais `e-mail` ni `mail` en français : courriel.
lint-term-note-fr-adresse-e-mail = L’adresse est une « adresse courriel » (ou une « adresse électronique »).
lint-term-note-fr-informations-personnelles = Calque de l’anglais « personal information » : les lois du Québec et les lois fédérales disent « renseignements personnels ».
lint-term-note-fr-psu = En français, les fichiers de renseignements personnels ordinaires portent le sigle « POU » (Info Source).
lint-term-note-fr-sin = numéro d’assurance sociale (NAS).
lint-term-note-fr-web = L’usage fédéral (TERMIUM Plus) écrit Web avec une majuscule : site Web, page Web, navigateur Web.
lint-term-note-fr-browser = navigateur (Web).
lint-term-note-fr-login = « nom d’utilisateur » ou « code d’utilisateur »; pour se connecter : ouvrir une session.
lint-term-note-fr-newsletter = « infolettre » ou « bulletin électronique ».
lint-term-note-fr-digital = En français, « digital » veut dire « relatif aux doigts » (empreinte digitale); en technologie : numérique.
lint-term-note-fr-tracking = suivi (des visites, de la navigation).
lint-term-note-en-center = Orthographe canadienne de l’anglais. Gardez « Center » seulement dans le nom d’un organisme ou d’un produit étranger (ajoutez-le à `except`).
lint-term-note-en-license = Orthographe canadienne de l’anglais : licence est le nom, license le verbe (licensed, licensing); seuls les emplois du nom sont signalés.
lint-term-note-en-defense = Orthographe canadienne de l’anglais (Department of National Defence).
# Une erreur dans le fichier locales/terms.yaml d’un site, à un endroit.
# $place : où (`fr[3].forms`); $reason : ce qui ne va pas (un des lint-terms-… ci-dessous).
lint-terms-error-at = { $place } : { $reason }
lint-terms-error-hint = le format est décrit en tête de la liste intégrée, dans docs/data-format.md de `policypress`
# $reason : la raison du lecteur YAML, citée telle quelle.
lint-terms-yaml = lecture impossible : { $reason }
lint-terms-not-mapping = un groupe de clés comprenant `en` et `fr` est attendu
# $key : la clé trouvée.
lint-terms-unknown-language = clé inconnue `{ $key }` : `en` ou `fr` est attendu
lint-terms-not-list = une liste d’entrées est attendue
# $avoid : le terme; $first : où il figure déjà (`fr[2]`).
lint-terms-duplicate = `{ $avoid }` figure déjà en { $first }
lint-terms-entry-not-mapping = un groupe de clés comprenant `avoid` et `prefer` est attendu
# $key : la clé trouvée; $expected : les clés qu’une entrée accepte.
lint-terms-unknown-key = clé inconnue `{ $key }` (clés acceptées : { $expected })
lint-terms-avoid-required = obligatoire : un mot ou une expression
lint-terms-prefer-required = obligatoire (pour désactiver une entrée intégrée, écrivez `disabled: true`)
lint-terms-form-not-text = un texte est attendu
lint-terms-form-not-pair = `forme: forme à privilégier` est attendu
lint-terms-forms-kind = une liste de formes, ou un groupe de clés associant chaque forme à la forme à privilégier, est attendu
lint-terms-forms-empty = vide
lint-terms-except-kind = une liste d’expressions est attendue
lint-terms-expected-text = un texte est attendu
lint-terms-expected-boolean = true ou false est attendu
# $pattern : une forme ou une expression de `except`, telle qu’elle est écrite; $why : ce qui ne va pas.
lint-terms-pattern = `{ $pattern }` : { $why ->
        [brackets-not-allowed] `[` et `]` ne sont pas permis ici
        [brackets-twice] une seule partie peut être entre crochets
        [unbalanced-close] `]` sans `[`
        [unbalanced-open] `[` sans `]`
        [bracket-ends] la partie entre crochets doit commencer et finir par une lettre ou un chiffre
       *[ends] doit commencer et finir par une lettre ou un chiffre
    }
