# Diagnostics des libellés d’un site, `locales/<langue>/*.ftl` (src/l10n.rs).

# $path : le dossier; $reason : la raison du système, citée telle quelle.
l10n-folder-unreadable = impossible de lire le dossier de langue `{ $path }` : { $reason }
# $reason : la raison de l’analyseur Fluent, citée telle quelle.
l10n-fluent-syntax = syntaxe Fluent non valide : { $reason }
l10n-fluent-syntax-hint = consultez https://projectfluent.org/fluent/guide/ (dans un texte, une ligne qui commence par `[`, `*` ou `.` doit s’écrire entre guillemets : {"{"}"["{"}"})
# $id : l’id du message.
l10n-duplicate-message = le message `{ $id }` est défini deux fois
# L’étiquette de la première définition.
l10n-duplicate-message-first = première définition
l10n-duplicate-message-hint = supprimez ou renommez l’une des deux
# $id : l’id du message; $lang : la langue qui le définit; $other : celle où il manque.
l10n-missing-message = le message `{ $id }` est défini dans locales/{ $lang }/, mais pas dans locales/{ $other }/
# $id, $other : comme ci-dessus.
l10n-missing-message-hint = ajoutez `{ $id } = …` à un fichier de locales/{ $other }/
# $id : l’id du message; $en, $fr : les variables dans chaque langue
# (`$a, $b`), ou `none`.
l10n-message-variables = le message `{ $id }` n’utilise pas les mêmes variables en anglais ({ $en ->
        [none] aucune
       *[other] { $en }
    }) et en français ({ $fr ->
        [none] aucune
       *[other] { $fr }
    })
# L’étiquette de la définition française. $file : son fichier.
l10n-message-variables-french = définition française dans { $file }
l10n-message-variables-hint = les deux langues reçoivent les mêmes valeurs : utilisez les mêmes variables

## Mise en forme d’un message pour une page (formulée à l’échec : l’erreur
## de rendu la cite)

# $id : l’id du message; $lang : la langue.
l10n-no-message = aucun message `{ $id }` dans locales/{ $lang }/
# $id, $lang : comme ci-dessus.
l10n-no-value = le message `{ $id }` de locales/{ $lang }/ n’a pas de valeur
# $id, $lang : comme ci-dessus; $reason : la raison de Fluent, citée telle quelle.
l10n-format-error = message `{ $id }` de locales/{ $lang }/ : { $reason }
