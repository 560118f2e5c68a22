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
