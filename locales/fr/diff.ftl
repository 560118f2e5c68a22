### `policypress diff` : modifications entre deux versions d’une politique,
### une ligne par modification, prêtes à coller dans `history:` ou dans un
### avis. Français (Canada). Chaque ligne se termine par un point (ou une phrase citée), pour
### que les lignes forment un paragraphe.

# Titre au-dessus de la liste des modifications.
diff-heading = Résumé des modifications :
# Message lorsque les deux versions disent la même chose.
diff-none = Le contenu de la politique n’a pas changé.
diff-no-date = La politique ne donne aucune date `updated` : ajoutez-en une et donnez la même date (`date:`) à cette entrée.

# $item : libellé de la valeur (values.ftl) ; $list : l’un des messages diff-list-* ci-dessous.
diff-added = Ajout : { $item } ({ $list }).
diff-removed = Retrait : { $item } ({ $list }).
# $sentence : phrase de la page avec la nouvelle valeur.
diff-now = Désormais : « { $sentence } »
# $sentence : phrase de la page ajoutée ou retirée.
diff-statement-added = Nouvel énoncé : « { $sentence } »
diff-statement-removed = Énoncé retiré : « { $sentence } »
# $section : titre de la section.
diff-section-added = Nouvelle section : { $section }.
diff-section-removed = Section retirée : { $section }.
diff-section-revised = Section révisée : { $section }.
diff-details-revised = Révision : titre de la page ou renseignements sur l’organisation.

## Listes auxquelles une valeur est ajoutée ou retirée, telles qu’elles se
## lisent entre parenthèses après la valeur.

diff-list-automatic-categories = renseignements recueillis automatiquement
diff-list-automatic-purposes = fins de la collecte automatique
diff-list-automatic-statistics = statistiques tenues
diff-list-voluntary-categories = renseignements que vous nous fournissez volontairement
diff-list-voluntary-purposes = utilisations de vos renseignements personnels
diff-list-voluntary-channels = moyens par lesquels vos renseignements nous parviennent
diff-list-voluntary-alternatives = moyens de communiquer avec nous sans passer par Internet
diff-list-identification-purposes = raisons pour lesquelles nos services en ligne vous demandent de vous identifier
diff-list-newsletter-categories = renseignements fournis pour l’abonnement au bulletin électronique
diff-list-use-access = personnes qui ont accès à vos renseignements personnels
diff-list-notice-fields = renseignements que le formulaire recueille
diff-list-voluntary-occasions = occasions de nous fournir des renseignements
diff-list-use-never-for = utilisations de vos renseignements que nous excluons
diff-list-recipients = destinataires de vos renseignements personnels
diff-list-transfers = endroits, à l’extérieur du territoire, où vos renseignements personnels peuvent être communiqués
diff-list-recipients-never = destinataires à qui vos renseignements ne sont jamais communiqués
diff-list-security-measures = mesures de sécurité
diff-list-cookie-purposes = utilités des témoins
diff-list-service-roles = services externes, par rôle
diff-list-service-information = renseignements recueillis par des services externes
diff-list-service-purposes = fins des services externes
diff-list-linked-sites = sites vers lesquels notre site contient des liens
diff-list-legal-acts = lois applicables
