# Diagnostics de l’étape de rendu (src/render/) : gabarits et fichiers
# statiques du thème, et erreurs de rendu d’une page.

## Le thème (src/render/theme.rs)

# $name : le nom du fichier, octet par octet là où ce n’est pas du texte.
render-bad-file-name = le nom de `{ $name }` n’est pas du texte UTF-8 ou contient un caractère de contrôle; il ne peut donc pas être publié
render-bad-file-name-hint = renommez le fichier avec des lettres, des chiffres, des traits d’union et des points, par exemple `style.css`
# $path : le dossier; $depth : la profondeur maximale des dossiers.
render-theme-too-deep = `{ $path }` est imbriqué sur plus de { $depth } niveaux de dossiers (un lien vers un dossier parent?)
# $path : le dossier; $reason : la raison du système, citée telle quelle.
render-templates-unreadable = impossible de lire les gabarits du thème `{ $path }` : { $reason }
# $name : le thème nommé par `theme:`; $path : son dossier.
render-missing-theme = le thème `{ $name }` n’existe pas : il n’y a pas de dossier `{ $path }/templates`
# $themes : les thèmes intégrés.
render-missing-theme-hint = thèmes intégrés : { $themes }; sinon, créez le dossier
# $template : le nom du gabarit; $reason : la raison de Tera, citée telle quelle.
render-template-syntax = gabarit `{ $template }` non valide : { $reason }
render-template-syntax-hint = consultez https://keats.github.io/tera/docs/#templates (policypress utilise Tera 1)
# $template : le nom du gabarit.
render-template-overrides-nothing = le gabarit `{ $template }` ne remplace aucun gabarit intégré, et aucun gabarit ne l’utilise
# $templates : les gabarits intégrés.
render-template-overrides-nothing-hint = gabarits intégrés : { $templates }; vérifiez le nom du fichier
# $reason : la raison de Tera, citée telle quelle.
render-templates-unlinked = les gabarits du thème ne s’assemblent pas : { $reason }
render-templates-unlinked-hint = un gabarit étend ou inclut un gabarit qui n’existe pas
# $template : le nom du gabarit; $function : la fonction appelée (get_env).
render-machine-function = le gabarit `{ $template }` appelle `{ $function }`, qui publierait une valeur de la machine qui produit le site (un secret de l’intégration continue, par exemple)
render-machine-function-hint = inscrivez plutôt la valeur dans content/site.yaml ou dans les fichiers de locales/
# $template : le gabarit qui manque au thème.
render-missing-template = le thème n’a pas de `{ $template }`
# $path : le dossier; $reason : la raison du système, citée telle quelle.
render-static-unreadable = impossible de lire les fichiers statiques du thème `{ $path }` : { $reason }
# Ce que reçoit un gabarit qui appelle une fonction qui lit la machine.
# $function : la fonction.
render-function-refused = `{ $function }` n’est pas offert dans les gabarits de policypress : une page ne montre que ce que disent les fichiers du site

## Le rendu (src/render/mod.rs)

# $id : l’id de la section.
render-no-section = aucune section intégrée `{ $id }`
# $lang : la langue de la page (en, fr); $id : l’id du document; $reason :
# la raison de Tera (ou d’une fonction de message), citée telle quelle.
render-page-failed = échec du rendu de la page { $lang ->
        [en] anglaise
       *[fr] française
    } de `{ $id }` : { $reason }
render-page-failed-hint = le gabarit ou un message qu’il utilise a échoué; le message indique lequel
# $page : la page (index.html, sitemap.xml, 404.html); $reason : la raison de Tera.
render-site-page-failed = échec du rendu de { $page } : { $reason }
# $reason : la raison de Tera, citée telle quelle.
render-context = les données d’une page ne peuvent pas être transmises aux gabarits : { $reason }

## Les fonctions des gabarits (src/render/functions.rs), citées par les
## erreurs de rendu ci-dessus

# $name : l’argument.
render-fn-argument-kind = l’argument `{ $name }` doit être un texte, un nombre ou true/false, pas une liste ni un groupe
# $function : la fonction; $name : l’argument qu’elle exige.
render-fn-argument-missing = `{ $function }` exige l’argument `{ $name }=`
render-fn-key-text = `t(key=…)` prend l’id du message sous forme de texte
# $call : la fonction et l’argument (`labels(prefix=…)`).
render-fn-takes-text = `{ $call }` prend un texte
render-fn-labels-list = `labels(values=…)` prend une liste
render-fn-labels-values = `labels(values=…)` prend une liste de valeurs ou de termes avec `label`
render-fn-label-value = `label(value=…)` prend un élément de liste : une valeur ou un terme avec `label`
render-fn-citations-value = `citations(value=…)` prend un élément de `legal.acts` : son `act` et sa liste `cite`
# $value : la valeur reçue.
render-fn-date = `date(value=…)` attend une date AAAA-MM-JJ, mais a reçu { $value }
# $function : la fonction; $name : le champ qui manque à la valeur.
render-fn-field = `{ $function }(value=…)` a reçu une valeur sans `{ $name }`
