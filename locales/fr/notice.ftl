### Le fragment d’un avis de collecte (notice-fragment.html) : l’avis court
### placé au-dessus du bouton d’envoi d’un formulaire, avec un lien vers l’avis
### complet. Chaque phrase n’est imprimée qu’à partir des données de l’avis.

# Le fragment au-dessus d’un formulaire (notice-fragment.html).
# $org : le nom de l’organisation (art. 65, par. 1° : l’organisme qui recueille)
fragment-collector = Renseignements recueillis par : { $org }.
# $count, $complete, $item : les fins (`use.purposes`), jointes s’il y en a plusieurs
fragment-purposes = { $count ->
        [1] { $complete ->
            [true] Les renseignements que vous fournissez ici servent uniquement à { $item }.
           *[other] Les renseignements que vous fournissez ici servent notamment à { $item }.
        }
       *[other] { $complete ->
            [true] Les renseignements que vous fournissez ici servent uniquement aux fins suivantes : { $item }.
           *[other] Les renseignements que vous fournissez ici servent notamment aux fins suivantes : { $item }.
        }
    }
fragment-recipients-none = Ils ne sont communiqués à aucun tiers.
fragment-full-notice = Lire l’avis de collecte complet
