# Pourquoi `init`, `new` et `theme eject` n’écrivent rien.

scaffold-no-theme = il n’existe aucun thème intégré `{ $name }`; thèmes intégrés : { $themes }
scaffold-no-content = `{ $dir }` ne contient pas de dossier content/ : lancez la commande dans le dossier racine du site, ou indiquez-le avec --root
scaffold-eject-exists = rien n’a été écrit : { $count ->
        [one] { $count } fichier existe déjà ({ $files }); déplacez-le
       *[other] { $count } fichiers existent déjà ({ $files }); déplacez-les
    } pour copier de nouveau le thème
scaffold-cannot-create = impossible de créer `{ $path }` : { $error }
scaffold-cannot-write = impossible d’écrire `{ $path }` : { $error }
scaffold-cannot-read = impossible de lire `{ $path }` : { $error }
scaffold-not-empty = `{ $dir }` n’est pas vide : choisissez un dossier vide, ou ajoutez --force pour placer les fichiers de départ à côté de ce qui s’y trouve (aucun fichier existant n’est jamais remplacé)
scaffold-would-overwrite = ces fichiers existent et seraient remplacés : { $files }
scaffold-starter-broken =
    erreur interne : le site de départ { $name } ne passe pas la vérification :
    { $diagnostics }
scaffold-not-a-site = `{ $dir }` n’est pas un site (aucun fichier content/site.yaml) : lancez d’abord `policypress init`, ou indiquez le site avec --root
scaffold-policy-exists = `{ $path }` existe et n’est jamais remplacé : choisissez un autre identifiant, ou modifiez ce fichier
scaffold-jurisdiction-conflict = le profil `{ $profile }` relève du droit `{ $fixed }` (son `jurisdiction`), ce que contredit --jurisdiction { $asked } : retirez --jurisdiction, ou partez d’un profil pour { $asked }
scaffold-profiles-broken =
    les profils ne se chargent pas :
    { $diagnostics }
scaffold-unknown-comment = erreur interne : un fichier de départ nomme le commentaire `{ $id }`, absent des catalogues de l’outil
