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
lint-example-base-url-hint = inscrivez l’adresse à laquelle le site sera publié : l’adresse canonique de chaque page, les liens entre les langues, le plan du site et policy.json en découlent (vous pouvez aussi la donner au moment de la génération avec `--base-url`)
lint-example-base-url-option-hint = donnez l’adresse à laquelle le site sera publié

## Règles de droit (src/lint/mod.rs; les mots des règles sont dans rules.ftl)

# Un élément exigé par la loi manque. $rule : l’id de la règle (QC-07);
# $element : ce que le document doit dire; $citation : la référence à la loi.

lint-legal = { $rule } : { $element } ({ $citation })
# $hint : comment respecter la règle (un des lint-legal-…-hint ci-dessous);
# $rule : l’id de la règle.

lint-legal-hint = { $hint }; ou, si elle ne s’applique vraiment pas, désactivez-la : `allow: [{"{"} rule: { $rule }, reason: "…" {"}"}]`
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
lint-legal-notice-contact-hint = donnez les coordonnées de la personne responsable dans `rights.contact` : une adresse, un courriel, un téléphone ou un formulaire
lint-legal-qc-access-act-64-hint = citez l’article 64 de la Loi sur l’accès : `- act: quebec-access-act` avec `sections: ["64", "65"]`
lint-legal-service-names-hint = nommez chaque service externe dans `services[].name`
lint-legal-access-categories-hint = indiquez qui, au sein de l’organisme, a accès aux renseignements, par exemple `access: [authorized-staff]`
lint-legal-channels-hint = indiquez par quels moyens les renseignements parviennent à l’organisme, par exemple `channels: [email, online-forms]`
lint-legal-reply-hint = indiquez dans `voluntary.reply` si la réponse est facultative (`optional`) ou obligatoire (`obligatory`)
lint-legal-online-access-hint = ajoutez un lien vers le service en ligne où les gens consultent ou rectifient leurs renseignements, ou désactivez QC-09 en précisant qu’il n’en existe pas
lint-legal-contact-details-hint = donnez les coordonnées de la personne responsable dans `rights.contact` : son titre, et une adresse, un courriel ou un téléphone
lint-legal-security-hint = énumérez les mesures de sécurité, par exemple `measures: [encryption, access-restricted]`
lint-legal-complaints-internal-hint = ajoutez un lien vers votre propre processus de traitement des plaintes : `complaints: {"{"} internal: {"{"} label: …, url: … {"}"} {"}"}`
lint-legal-history-hint = annoncez la version en vigueur : ajoutez à `history` une entrée datée comme `updated`
lint-legal-ontario-act-hint = citez la loi qui autorise la collecte : `- act: ontario-fippa`
lint-legal-ontario-sections-hint = citez la disposition qui autorise la collecte, par exemple `sections: ["38 (2)"]`
lint-legal-federal-act-hint = citez la loi qui autorise la collecte, par exemple `- act: privacy-act`
lint-legal-bank-number-hint = donnez le numéro de fichier dans les deux langues : `bank_number: {"{"} en: PSU 914, fr: POU 914 {"}"}`
lint-legal-complaint-hint = énoncez le droit de porter plainte auprès du commissaire à la protection de la vie privée : `complaint: true`
lint-legal-accountable-person-hint = donnez le titre et l’adresse de la personne responsable dans `rights.contact`
lint-legal-notice-access-hint = indiquez qui, au sein de l’organisme, a accès aux renseignements, par exemple `access: [staff-handling-request]`
lint-legal-notice-ontario-sections-hint = citez la disposition qui autorise la collecte, par exemple `- act: ontario-fippa` avec `sections: ["38 (2)"]`
lint-legal-notice-federal-act-hint = citez la loi qui autorise la collecte, par exemple `- act: privacy-act`

