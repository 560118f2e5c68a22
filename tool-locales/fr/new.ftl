# Les commentaires du fichier court qu’écrit `policypress new` (sans --full),
# dans la langue source du site.

new-short-title = Document `{ $id }`, écrit par `policypress new` : seulement ce que ce document doit préciser.
new-short-profile = Il hérite du profil `{ $profile }` (content/profiles/{ $profile }.yaml) : l’organisation, ses coordonnées, la loi et les règles communes à tous les documents en viennent. N’écrivez ici une clé que pour remplacer, dans ce document, la valeur du profil.
new-short-todo = Remplacez chaque TODO par la vraie valeur. `policypress check` signale chaque TODO restant, avec sa ligne, puis ce que la loi exige encore de ce document.
new-short-full = `policypress new <id> --full` écrit un fichier contenant toutes les clés possibles d’une politique, chacune expliquée (témoins, renseignements transmis par les visiteurs, sections que vous rédigez…); docs/data-format.md les décrit aussi.
new-short-typography = Typographie française : une espace insécable avant le deux-points et à l’intérieur des guillemets, aucune espace avant le point-virgule, le point d’interrogation et le point d’exclamation, et l’apostrophe courbe ’.
new-short-jurisdiction = La loi sur la protection des renseignements personnels qui s’applique, parmi : { $values }.
new-short-kind = Le type de document (rempli d’après --jurisdiction).
new-short-organization = L’organisation, telle qu’elle paraît en haut des pages : son nom et son site Web dans les deux langues. Écrite dans un profil, elle n’est écrite qu’une fois pour tous les documents.
new-short-key-title = Le titre du document, dans les deux langues.
new-short-key-slug = La fin de l’adresse des pages : par défaut, l’identifiant du document, comme ci-dessous. Pour en choisir une autre, retirez le # de ces lignes (lettres minuscules a-z, chiffres et traits d’union).
new-short-key-updated = La date de la dernière modification (année-mois-jour, par exemple 2026-01-15).
new-short-key-history = Les modifications du document, la plus récente d’abord : une entrée datée comme `updated`, avec un résumé d’une ligne dans les deux langues. Ajoutez-en une à chaque modification : les lecteurs voient ainsi ce qui a changé, et quand.
