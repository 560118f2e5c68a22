### Éléments de la page et formats utilisés par le moteur (dates, numéros de
### téléphone, adresses). Français (Canada).

## Formats appelés par le moteur. Les nombres arrivent sous forme de nombres
## Fluent; les clés de variantes [1] … [12] correspondent à des nombres.

# $year, $month (1 à 12), $day (1 à 31) : 29 janvier 2014, 1er février 2024.
# Sans article : la date suit une étiquette (« Date de modification : »)
# ou figure seule dans l’historique; dans une phrase, le gabarit écrit « le » devant.
date-long = { $day ->
        [1] 1er
       *[other] { $day }
    } { $month ->
        [1] janvier
        [2] février
        [3] mars
        [4] avril
        [5] mai
        [6] juin
        [7] juillet
        [8] août
        [9] septembre
        [10] octobre
        [11] novembre
        [12] décembre
       *[other] { $month }
    } { $year }

# $long_distance ("true"/"false"), $area, $exchange, $line, séparés par des
# espaces insécables : 1 800 282-1376, 418 643-1344
phone-number = { $long_distance ->
        [true] 1 { $area } { $exchange }-{ $line }
       *[other] { $area } { $exchange }-{ $line }
    }

# $number : poste 2204
phone-extension = poste { $number }

# $city, $province (code à deux lettres), $postal_code, selon Postes Canada,
# deux espaces avant le code postal : Québec (Québec)  G1R 4Y2
address-city-line = { $city } ({ $province ->
        [AB] Alberta
        [BC] Colombie-Britannique
        [MB] Manitoba
        [NB] Nouveau-Brunswick
        [NL] Terre-Neuve-et-Labrador
        [NS] Nouvelle-Écosse
        [NT] Territoires du Nord-Ouest
        [NU] Nunavut
        [ON] Ontario
        [PE] Île-du-Prince-Édouard
        [QC] Québec
        [SK] Saskatchewan
        [YT] Yukon
       *[other] { $province }
    })  { $postal_code }

## Éléments de la page.

# <title> d’une page : $title (titre de la politique), $org (organisation).
page-title = { $title } – { $org }
skip-to-content = Passer au contenu principal
language-selection = Sélection de la langue
# Texte du lien vers la page dans l’autre langue.
language-toggle = English
# Nom de la langue de la page (page d’accueil).
language-name = Français
date-modified = Date de modification :
toc-title = Sur cette page

## Page introuvable.

not-found-title = Page introuvable
not-found-text = Nous n’avons pas trouvé la page demandée. Elle a peut-être été déplacée ou supprimée.
not-found-home = Aller à la page d’accueil

## Pages de l’aperçu en direct (`policypress serve`, sous /_preview/),
## affichées dans la langue source du site. Les diagnostics restent en anglais.

preview-name = Aperçu policypress
preview-site = Site Web
preview-policies = Politiques
# $errors, $warnings : nombres.
preview-summary = { $errors ->
        [one] { $errors } erreur
       *[other] { $errors } erreurs
    }, { $warnings ->
        [one] { $warnings } avertissement
       *[other] { $warnings } avertissements
    }.
preview-table-caption = Politiques, leurs pages et leurs problèmes
preview-column-policy = Politique
preview-column-pages = Pages
preview-column-compare = Côte à côte
preview-column-errors = Erreurs
preview-column-warnings = Avertissements
preview-language-en = Anglais
preview-language-fr = Français
# $id : identifiant de la politique.
preview-compare = Comparer { $id }
preview-problems = Problèmes
preview-severity-error = erreur
preview-severity-warning = avertissement
# $id : identifiant de la politique.
preview-side-by-side = { $id } : pages anglaise et française côte à côte
preview-page-en = Page anglaise
preview-page-fr = Page française
preview-missing-fr = Cette section est absente de la page française.
# Titre de l’encadré affiché sur une page quand la dernière modification empêche de produire le site.
preview-close = Fermer
preview-build-failed = policypress : la dernière modification empêche de produire le site. La page affiche la dernière version produite; corrigez les problèmes ci-dessous et elle se rechargera d’elle-même.
