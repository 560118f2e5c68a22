# Pages de l’aperçu en direct (`policypress serve`, sous /_preview/) et
# encadré des problèmes affiché sur une page : dans la langue de l’outil,
# comme ses diagnostics (src/serve/preview.rs, src/serve/mod.rs).
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
# Titre du groupe des fichiers de politique du tableau de bord qui n’ont
# jamais été produits (leur organisation n’est pas encore connue).
preview-not-built = Fichiers non encore produits
preview-language-en = Anglais
preview-language-fr = Français
# $id : identifiant de la politique.
preview-compare = Comparer { $id }
preview-problems = Problèmes
preview-severity-error = erreur
preview-severity-warning = avertissement
# $id : identifiant de la politique. La page dans la langue source est à
# gauche : l’anglaise pour -en, la française pour -fr.
preview-side-by-side-en = { $id } : pages anglaise et française côte à côte
preview-side-by-side-fr = { $id } : pages française et anglaise côte à côte
preview-page-en = Page anglaise
preview-page-fr = Page française
preview-missing-fr = Cette section est absente de la page française.
preview-missing-en = Cette section est absente de la page anglaise.
# Le bouton qui ferme l’encadré des problèmes (la touche Échap le ferme aussi).
preview-close = Fermer
# Titre de l’encadré affiché sur une page quand la dernière modification
# empêche de produire le site.
preview-build-failed = policypress : la dernière modification empêche de produire le site. La page affiche la dernière version produite; corrigez les problèmes ci-dessous et elle se rechargera d’elle-même.
# Titre de la fenêtre affichée sur les pages d’une politique quand la
# dernière modification de son propre fichier empêche d’en produire les pages
# (le reste du site continue d’être mis à jour).
preview-page-failed = policypress : la dernière modification de ce document empêche d’en produire les pages. La page affiche la dernière version produite; corrigez les problèmes ci-dessous et elle se rechargera d’elle-même.
# Le lien, en haut des pages de l’aperçu, qui mène directement à leur contenu.
preview-skip-to-content = Passer au contenu principal
# Le bouton, sous l’avertissement d’une traduction dans la vue côte à côte,
# qui consigne la révision comme le fait `policypress check --accept`.
preview-mark-reviewed = Marquer la traduction comme révisée
# Réponses de l’aperçu à une demande de consigner une révision.
preview-accept-too-large = La demande est trop volumineuse.
preview-accept-refused = Cette demande ne provient pas d’une page de cet aperçu : rechargez la page et réessayez.
preview-accept-what = La demande n’indique pas quelle traduction a été révisée.
preview-accept-fix-first = Corrigez les erreurs du site avant de consigner des révisions (policypress check les énumère).
# $reason : pourquoi la révision n’a pas pu être consignée.
preview-accept-failed = La révision n’a pas pu être consignée : { $reason }
