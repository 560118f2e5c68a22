# Les commentaires des fichiers qu’écrit `policypress new`, dans la langue de
# l’outil (les textes qu’ils demandent donnent d’abord la langue source du site).

## Le fichier court (sans --full)

new-short-title = Document `{ $id }`, écrit par `policypress new` : seulement ce que ce document doit préciser.
new-short-profile = Il hérite du profil `{ $profile }` (content/profiles/{ $profile }.yaml) : l’organisation, ses coordonnées, la loi et les règles communes à tous les documents en viennent. N’écrivez ici une clé que pour remplacer, dans ce document, la valeur du profil.
new-short-todo = Remplacez chaque TODO par la vraie valeur. `policypress check` signale chaque TODO restant, avec sa ligne, puis ce que la loi exige encore de ce document.
new-short-full = `policypress new <id> --full` écrit un fichier contenant toutes les clés possibles d’une politique, chacune expliquée (témoins, renseignements transmis par les internautes, sections que vous rédigez…); docs/data-format.md les décrit aussi.
new-short-typography = Typographie française : une espace insécable avant le deux-points et à l’intérieur des guillemets, aucune espace avant le point-virgule, le point d’interrogation et le point d’exclamation, et l’apostrophe courbe ’.
new-short-jurisdiction = La loi sur la protection des renseignements personnels qui s’applique, parmi : { $values }.
new-short-kind = Le type de document (rempli d’après --jurisdiction).
new-short-organization = L’organisation, telle qu’elle paraît en haut des pages : son nom et son site Web dans les deux langues. Indiquée dans un profil, elle n’est écrite qu’une fois pour tous les documents.
new-short-key-title = Le titre du document, dans les deux langues.
new-short-key-slug = La fin de l’adresse des pages : par défaut, l’identifiant du document, comme ci-dessous. Pour en choisir une autre, retirez le # de ces lignes (lettres minuscules a-z, chiffres et traits d’union).
new-short-key-updated = La date de la dernière modification (année-mois-jour, par exemple 2026-01-15).
new-short-key-history = Les modifications du document, la plus récente d’abord : une entrée portant la même date que `updated`, avec un résumé d’une ligne dans les deux langues. Ajoutez-en une à chaque modification : les internautes voient ainsi ce qui a changé, et quand.

## L’avis de collecte (`policypress new <id> --kind notice`)

new-notice-title = Avis de collecte `{ $id }`, écrit par `policypress new` : l’avis qu’une personne lit sur un formulaire en ligne, avant de l’envoyer.
new-notice-website = Un avis ne traite que de son formulaire : ce que le site recueille (témoins, renseignements échangés automatiquement, liens) relève de la politique de confidentialité; un avis ne l’écrit pas et n’en hérite pas.
new-notice-key-policy = L’identifiant de la politique de confidentialité du site dont relève cet avis (un fichier de content/policies/, sans .yaml) : l’avis renvoie à cette politique, qui énumère l’avis.
new-notice-key-form = Le formulaire où cet avis est présenté : son titre, tel que le formulaire l’affiche, dans les deux langues; `url:`, son adresse, si vous voulez que l’avis y renvoie.
new-notice-key-fields = Ce que le formulaire recueille, un élément par ligne : name, first-name, last-name, postal-address, telephone, email, credit-card, social-insurance-number, user-code, password, ou votre propre terme `{ "{" } id, label: { "{" } en, fr { "}" } { "}" }`. Un champ qui a son propre libellé ou sa propre réponse s’écrit `- category: email`, avec `label:` et `reply:` en dessous.
new-notice-key-reply = Si la réponse est obligatoire ou facultative (obligatory, optional), pour chaque champ qui ne précise pas le contraire. La loi vous demande de le dire.
new-notice-key-refusal = Ce qui se passe si la personne ne répond pas, dans les deux langues (par exemple : « Sans ces renseignements, nous ne pouvons pas traiter votre demande. »). Supprimez cette clé si la réponse est facultative.
new-notice-key-use = L’utilisation des renseignements recueillis au moyen du formulaire : respond, follow-up, provide-service, registration, feedback, consultation, e-commerce, subscription, research, evaluation, investigation, survey, ou votre propre terme `{ "{" } id, label: { "{" } en, fr { "}" } { "}" }`. Écrivez `only:` au-dessus de la liste si ce sont les seules utilisations.
new-notice-key-recipients = Qui, hors de votre organisation, reçoit ces renseignements : `none` (personne : l’avis précise qu’ils ne sont pas communiqués), ou les destinataires, en précisant pour chacun quand, quoi et pourquoi (voir docs/data-format.md, « recipients »).

## Chaque clé, expliquée (`policypress new <id> --full`); la description de
## chaque clé est celle du schéma JSON (schema.ftl)

new-full-title = Politique `{ $id }`, écrite par `policypress new`.
new-full-keys = Toutes les clés figurent ci-dessous, avec leur sens et les valeurs qu’elles acceptent (les mêmes descriptions que le schéma JSON : `policypress schema policy`).
new-full-todo = Remplacez chaque TODO par la vraie valeur. Une clé facultative qui ne s’applique pas peut être supprimée. `policypress check` signale chaque TODO restant, avec sa ligne.
new-full-texts = Les textes ont un `en:` et un `fr:`. Typographie française : une espace insécable avant le deux-points et à l’intérieur des guillemets « », aucune espace avant le point-virgule, le point d’interrogation et le point d’exclamation, et l’apostrophe courbe ’.
new-full-profile = Cette politique hérite du profil `{ $profile }` (content/profiles/{ $profile }.yaml). Les clés mises en commentaire avec `#` en viennent, avec la valeur indiquée : ne retirez le `#` d’une clé que pour la remplacer ici (une liste indiquée ici remplace toute la liste du profil). Si vous supprimez toutes les clés d’un groupe (par exemple `legal:`), supprimez aussi la ligne du groupe : un groupe vide remplace tout le groupe du profil.
new-full-required = Obligatoire.
new-full-optional = Facultatif : supprimez cette clé si elle ne s’applique pas.
new-full-optional-default = Facultatif; valeur par défaut : { $value }.
new-full-one-of = Une valeur parmi :
new-full-each-one-of = Chaque élément est une valeur parmi :
new-full-value = { $value } : { $description }
new-full-example-item = Chaque élément se présente ainsi :
new-full-map-keys = Chaque clé est l’un des identifiants suivants : { $keys }.
new-full-example-entry = Par exemple :
new-full-only-for = Ne sert que si `jurisdiction` vaut `{ $jurisdiction }`.
