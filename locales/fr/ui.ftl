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
# Commande qui déplie la table des matières sur les petits écrans.
toc-show = Liste des sections

## Métadonnées de la page (`<meta>`, non affichées) : toutes les pages des
## thèmes intégrés. Les attributs ne passent pas par la typographie : les
## espaces insécables y sont écrites telles quelles.

# <meta name="description"> d’une politique : $title, $org.
meta-description = { $org } – { $title } : les renseignements personnels que recueille ce site, les raisons de leur collecte, leur protection et vos droits.
# <meta name="description"> de la page d’accueil : $site (son titre).
meta-description-landing = { $site } : les documents sur la protection des renseignements personnels publiés sur ce site, en français et en anglais.
# dcterms.subject : termes du Thésaurus des sujets de base du gouvernement du Canada.
meta-subject = Protection de la vie privée; Renseignements personnels

## Cadre des thèmes intégrés (en-tête, pied de page, détails de la page).

# Nom de la liste des liens du site dans l’en-tête (`branding.header_links`).
header-links-label = Menu du site
# Nom de la liste des liens du pied de page; cible d’un lien d’évitement.
footer-links-label = À propos de ce site
# Nom de la liste des liens d’évitement en haut de la page.
skip-links-label = Liens d’évitement
skip-to-footer = Passer à « À propos de ce site »
breadcrumb-label = Vous êtes ici :
# Titre masqué du bloc qui donne la date de modification.
page-details = Détails de la page
# Ligne du pied de page du thème Québec quand le site n’a pas de `branding.copyright`.
copyright-quebec = © Gouvernement du Québec

## Page introuvable.

not-found-title = Page introuvable
not-found-text = Nous n’avons pas trouvé la page demandée. Elle a peut-être été déplacée ou supprimée.
not-found-home = Aller à la page d’accueil
