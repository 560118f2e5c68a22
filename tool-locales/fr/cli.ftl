# Ce qu’affichent les commandes : bilans, progression et erreurs de la
# ligne de commande elle-même (les diagnostics d’un site sont libellés ailleurs).

## Préfixes des lignes de l’outil

cli-error = erreur : { $message }
cli-error-stdout = erreur : écriture sur la sortie standard : { $error }
cli-error-base-url = erreur : --base-url : { $error }

## Décomptes

cli-summary = { $errors ->
        [one] { $errors } erreur
       *[other] { $errors } erreurs
    }, { $warnings ->
        [one] { $warnings } avertissement
       *[other] { $warnings } avertissements
    }

## init, new, theme eject

cli-created = créé : { $path }
cli-init-next = Étape suivante : remplacez les valeurs d’exemple de content/ (`policypress check` les énumère), puis lancez `policypress build` dans { $dir }
cli-new-next = Étape suivante : remplacez chacun de ses TODO, puis lancez `policypress check`
cli-new-extends = Il hérite du profil `{ $profile }` du site : il ne reste à écrire que ce que ce profil ne fournit pas (--extends en choisit un autre)
cli-eject-next = Étape suivante : modifiez la copie; la ligne `theme: { $name }` de content/site.yaml la met en service

## build

cli-built = { $policies ->
        [one] { $policies } politique générée
       *[other] { $policies } politiques générées
    }{ $notices ->
        [0] {""}
        [one] {" "}et { $notices } avis de collecte
       *[other] {" "}et { $notices } avis de collecte
    } ({ $pages ->
        [one] { $pages } page
       *[other] { $pages } pages
    }) dans { $out } en { $seconds } s
cli-built-other-files = { $files ->
        [one] { $files } autre fichier
       *[other] { $files } autres fichiers
    } (page d’accueil, plan du site, policy.json, ressources)
cli-build-stopped = erreur : génération arrêtée ({ $summary }); rien n’a été écrit (le résultat précédent reste intact)

## check

cli-check-passed = vérification réussie : { $summary }
cli-check-failed = échec de la vérification : { $summary }
cli-accept-fix-first = erreur : corrigez les erreurs ci-dessus avant de consigner une révision
cli-accept-recorded = Révision consignée dans content/translations.lock pour `{ $what }` : { $texts ->
        [one] { $texts } texte
       *[other] { $texts } textes
    }
site-accept-unknown = `{ $selector }` ne désigne aucune politique, aucun texte de politique (`id:clé`) ni aucun message; `all` accepte tout
site-lock-write = impossible d’écrire content/{ $file } : { $error }

## diff

cli-diff-stopped = erreur : comparaison arrêtée ({ $summary })
cli-diff-both = indiquez soit deux fichiers de politique, soit une politique et --rev, mais pas les deux
cli-diff-one = indiquez aussi le nouveau fichier de politique, ou comparez avec une révision git : --rev HEAD
cli-diff-git = impossible de lancer git : { $error }
cli-diff-git-failed = échec de git show { $spec } : { $error }
cli-diff-not-utf8 = { $spec } n’est pas du texte UTF-8 : enregistrez le fichier en UTF-8
