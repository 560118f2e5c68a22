# Diagnostics de l’étape d’écriture (src/output/, et les conseils qu’y ajoute
# src/site/stream.rs) : le dossier de sortie et les fichiers qui y sont écrits.

# $out : le dossier de sortie.
output-holds-sources = le dossier de sortie `{ $out }` est la racine du site ou la contient; y générer le site supprimerait vos sources
# $out : le dossier de sortie; $source : le dossier source.
output-overlaps-sources = le dossier de sortie `{ $out }` empiète sur le dossier source `{ $source }`
# $out : le chemin de sortie.
output-not-a-folder = `{ $out }` existe et n’est pas un dossier
# $out : le dossier de sortie; $count : le nombre d’éléments que policypress
# n’a pas écrits; $sample : les premiers d’entre eux (ou output-sample-more).
output-foreign = le dossier de sortie `{ $out }` contient { $count } { $count ->
        [one] élément
       *[other] éléments
    } que policypress n’a pas { $count ->
        [one] écrit
       *[other] écrits
    } ({ $sample }); une génération remplace tout le dossier et { $count ->
        [one] le supprimerait
       *[other] les supprimerait
    }
# $names : les premiers éléments, entre accents graves, séparés par des
# virgules; $more : le nombre des autres.
output-sample-more = { $names } et { $more } autres
# $path : le chemin conservé.
output-keep-clash = `{ $path }` figure sous `keep:`, mais la génération écrit aussi ce fichier; l’un des deux serait perdu
# $parent : le dossier qui contient la sortie; $reason : ce qu’a répondu le système.
output-parent = impossible de créer le nouveau site à côté de la sortie, dans `{ $parent }` : { $reason }
# $out : le dossier de sortie; $reason : ce qu’a répondu le système.
output-io = impossible d’écrire la sortie `{ $out }` : { $reason }
# $name : le nom du fichier, ses caractères de contrôle échappés.
output-control-character = le nom de fichier `{ $name }` contient un caractère de contrôle
# $path : le fichier.
output-contended = `{ $path }` est sans cesse modifié par un autre programme
output-writer-stopped = l’un des processus d’écriture de la sortie s’est arrêté en cours de route
output-no-symlinks = les liens symboliques d’un chemin conservé ne sont pas pris en charge sur ce système
output-another-out-hint = indiquez un autre dossier avec --out, p. ex. public/
output-not-a-folder-hint = indiquez un autre dossier avec --out, ou déplacez ce fichier
output-foreign-hint = rien n’a été modifié. Générez le site dans un dossier nouveau ou vide (--out), déplacez ces fichiers, énumérez sous `keep:`, dans content/site.yaml, ceux à conserver dans la sortie (comme `.git` ou `CNAME`), ou ajoutez --overwrite pour les supprimer
output-keep-clash-hint = retirez le chemin de `keep:`, ou renommez le fichier que le site écrit à cet endroit
output-parent-hint = policypress écrit le nouveau site à côté du dossier de sortie, puis le met à sa place : le dossier qui contient la sortie doit être accessible en écriture
# $path : où le site précédent a été déplacé; $reason : ce qu’a répondu le système.
output-old-left = le nouveau site est en place, mais le précédent, déplacé dans `{ $path }`, n’a pas pu être supprimé : { $reason }
output-old-left-hint = la prochaine génération tentera de nouveau de le supprimer; vous pouvez aussi le supprimer vous-même
