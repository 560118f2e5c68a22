# Présentation de tout diagnostic, quel qu’en soit le contenu (src/diagnostic.rs).
# Les messages propres à chaque étape sont dans diagnostics-<étape>.ftl.

# Le mot placé avant le code sur la première ligne d’un diagnostic : erreur[yaml-syntax].
diag-severity-error = erreur
diag-severity-warning = avertissement
# La note, sous un diagnostic, qui dit comment corriger. $hint : le conseil.
diag-help = conseil : { $hint }
# La note sous un diagnostic qui ne désigne aucune ligne d’un fichier.
# $path : le fichier ou le dossier en cause.
diag-in-path = dans { $path }
