# L’aide de la ligne de commande (`policypress --help`, `policypress <commande> --help`).
# Les identifiants suivent la structure des commandes (voir `mod help` dans src/main.rs).

## Les mots propres à clap

help-heading-usage = Utilisation :
help-heading-commands = Commandes :
help-heading-arguments = Arguments :
help-heading-options = Options :
help-default = [par défaut : { $value }]
help-possible-values = [valeurs possibles : { $values }]
help-possible-values-long = Valeurs possibles :
help-possible-value = - { $value } : { $help }
help-value-command = COMMANDE

## Le programme et les arguments de toutes les commandes

help-about = Transforme des données structurées de politiques de confidentialité en pages Web équivalentes, en français et en anglais
help-global-lang = La langue des messages et de l’aide de l’outil (par défaut : selon LC_ALL, LC_MESSAGES ou LANG, sinon l’anglais)
help-global-lang-en = Anglais
help-global-lang-fr = Français
help-global-quiet = N’afficher que les erreurs
help-global-verbose = Afficher plus de détails (durées)
help-global-color = Quand colorer les messages : dans un terminal sauf si NO_COLOR est défini (`auto`), toujours (`always`) ou jamais (`never`)
help-global-color-auto = Dans un terminal, sauf si NO_COLOR est défini
help-global-color-always = Toujours, même dans un tube
help-global-color-never = Jamais
help-global-help = Afficher l’aide (-h : un résumé, --help : en entier)
help-global-version = Afficher la version
help-cmd-help = Afficher ce message ou l’aide de la commande indiquée

## init

help-cmd-init = Créer un site prêt à générer, rempli de valeurs d’exemple à remplacer
help-cmd-init-long =
    Créer un site prêt à générer, rempli de valeurs d’exemple à remplacer.

    Écrit content/site.yaml, un profil contenant l’organisation, ses coordonnées et ce que les politiques du ressort ont en commun, une politique qui en hérite, le fichier de verrouillage des traductions et un fichier .gitignore. Le thème et les libellés sont intégrés à l’outil; n’ajoutez themes/ ou locales/ que pour les modifier. Le nouveau site peut être généré tel quel; `check` énumère chaque valeur d’exemple à remplacer (avertissements `example-value` : `base_url`, les noms, les adresses example.*, les numéros de téléphone 555), et `check --strict` échoue tant que chacune n’est pas remplacée par celle de l’organisation.

    Exemple : policypress init mon-site --jurisdiction quebec
help-init-dir = Le dossier où créer le site
help-init-jurisdiction = La loi sur la protection des renseignements personnels à laquelle l’organisation est soumise
help-init-jurisdiction-quebec = Un organisme public québécois (Loi sur l’accès)
help-init-jurisdiction-ontario = Une institution ontarienne (LAIPVP)
help-init-jurisdiction-federal = Une institution fédérale (Loi sur la protection des renseignements personnels)
help-init-jurisdiction-private = Une organisation du secteur privé (LPRPDE)
help-init-force = Accepter un dossier non vide (aucun fichier existant n’est jamais remplacé)

## new

help-cmd-new = Écrire un nouveau fichier de politique à remplir, limité à ce qu’il vous revient de décider
help-cmd-new-long =
    Écrire un nouveau fichier de politique à remplir, limité à ce qu’il vous revient de décider.

    Crée content/policies/<ID>.yaml, qui hérite du profil du site (celui dont héritent ses autres politiques, ou son seul profil; --extends en choisit un autre) : seulement ce que le profil ne fournit pas (le titre, la date, l’historique), avec TODO partout où une décision vous revient et des commentaires dans la langue de l’outil; `check` signale chaque TODO restant. Avec --full, le fichier contient plutôt chaque clé d’une politique, avec son sens et les valeurs qu’elle accepte (tirés des mêmes types que le schéma JSON); les clés que fournit le profil y figurent en commentaire, avec la valeur héritée. Ne remplace jamais un fichier.

    Exemple : policypress new sondage-accessibilite
help-new-id = L’identifiant de la politique : lettres minuscules a-z, chiffres et traits d’union. Il nomme le fichier et, sauf indication contraire de `slug`, les pages
help-new-extends = Un profil de content/profiles/ dont la politique hérite
help-new-jurisdiction = La loi sur la protection des renseignements personnels qui s’applique : remplit `kind`, `jurisdiction`, la loi principale et l’organisme de surveillance
help-new-jurisdiction-quebec = { help-init-jurisdiction-quebec }
help-new-jurisdiction-ontario = { help-init-jurisdiction-ontario }
help-new-jurisdiction-federal = { help-init-jurisdiction-federal }
help-new-jurisdiction-private = { help-init-jurisdiction-private }
help-new-root = Le dossier racine du site (celui qui contient content/)
help-new-full = Écrire toutes les clés d’une politique, expliquées, plutôt que seulement ce que le profil laisse à décider
help-new-kind = Le type de document : une politique de confidentialité (content/policies/) ou l’avis de collecte d’un formulaire (content/notices/)
help-new-kind-policy = Une politique de confidentialité, content/policies/<id>.yaml
help-new-kind-notice = L’avis de collecte d’un formulaire, content/notices/<id>.yaml

## build

help-cmd-build = Générer les pages françaises et anglaises de chaque politique
help-cmd-build-long =
    Générer les pages françaises et anglaises de chaque politique.

    Exemple : policypress build --root mon-site --out mon-site/public
help-build-root = { help-new-root }
help-build-out = Où écrire le site (par défaut : <racine>/public). Remplacé d’un seul coup : une génération qui échoue laisse le résultat précédent intact. Un dossier contenant des fichiers que policypress n’a pas écrits est refusé (voir --overwrite et `keep:` dans content/site.yaml)
help-build-base-url = Publier sous cette adresse de base plutôt que sous le `base_url` du site
help-build-format = Le format de sortie : des messages, ou un document JSON sur la sortie standard (ce qui a été produit et conservé, les durées, les diagnostics; voir docs/cli.md)
help-build-format-human = { help-check-format-human }
help-build-format-json = { help-check-format-json }
help-build-overwrite = Remplacer un dossier de sortie contenant des fichiers que policypress n’a pas écrits : ils sont supprimés, sauf les chemins énumérés par `keep:`

## check

help-cmd-check = Vérifier le site et signaler chaque problème, avec le fichier et la ligne
help-cmd-check-long =
    Vérifier le site et signaler chaque problème, avec le fichier et la ligne.

    Exemple : policypress check --strict --format json
help-check-root = Le dossier racine du site
help-check-format = Le format de sortie
help-check-format-human = Des messages qui citent les lignes en cause
help-check-format-json = Un document JSON pour les outils d’intégration continue
help-check-strict = Échouer aussi en cas d’avertissement
help-check-base-url = Vérifier le site tel qu’il sera publié sous cette adresse de base plutôt que sous le `base_url` du site (comme le publie `build --base-url`)
help-check-accept = Consigner la révision des traductions d’une politique (`<id>`), d’un texte (`<id>:<clé>`), des messages (`messages` ou l’identifiant d’un message) ou de tout (`all`); écrit content/translations.lock

## serve

help-cmd-serve = Prévisualiser le site en direct : générer de nouveau à chaque enregistrement, recharger les navigateurs ouverts
help-cmd-serve-long =
    Prévisualiser le site en direct : générer de nouveau à chaque enregistrement, recharger les navigateurs ouverts.

    Sert les pages à partir de la mémoire (n’écrit jamais public/), sur l’interface de bouclage sauf indication contraire de --bind. /_preview/ énumère chaque politique avec ses problèmes et montre ses pages française et anglaise côte à côte.

    Exemple : policypress serve --port 4000 --open
help-serve-root = { help-check-root }
help-serve-port = Le port d’écoute (0 en choisit un libre)
help-serve-bind = L’adresse d’écoute. Toute autre adresse que celle de bouclage expose l’aperçu au réseau
help-serve-open = Ouvrir l’aperçu dans le navigateur par défaut
help-serve-debounce-ms = Le délai, en millisecondes, après le dernier événement de fichier avant de générer de nouveau, lorsque le système ne signale pas la fermeture des fichiers écrits (sinon, 2 ms après la fermeture du dernier)

## diff

help-cmd-diff = Résumer ce qui a changé entre deux versions d’une politique, en français et en anglais, prêt à coller dans `history:`
help-cmd-diff-long =
    Résumer ce qui a changé entre deux versions d’une politique, en français et en anglais, prêt à coller dans `history:`.

    Chaque version est résolue avec les profils du site et validée comme pour une génération. Le code de sortie est 0, qu’il y ait ou non des changements, et 2 si l’une des versions ne peut être lue.

    Exemples : policypress diff ancienne.yaml content/policies/quebec-portal.yaml
               policypress diff quebec-portal --rev HEAD~1 --format yaml
help-diff-old = L’ancien fichier de politique; avec --rev, la politique (identifiant ou fichier)
help-diff-new = Le nouveau fichier de politique (avec --rev : le fichier actuel de la politique)
help-diff-rev = Comparer le fichier de la politique, tel qu’il était à cette révision git, avec son fichier actuel
help-diff-root = Le dossier racine du site (ses profils et ses libellés sont utilisés)
help-diff-format = { help-check-format }
help-diff-format-text = Les deux langues, un changement par ligne
help-diff-format-yaml = Une entrée `history:` avec les résumés français et anglais
help-diff-format-json = Un document JSON : versions, date et changements dans chaque langue

## theme

help-cmd-theme = Travailler avec les thèmes : `theme eject` copie un thème intégré dans le site
help-cmd-theme-eject = Copier les gabarits et les fichiers statiques d’un thème intégré dans themes/NOM/, pour les modifier
help-cmd-theme-eject-long =
    Copier les gabarits et les fichiers statiques d’un thème intégré dans themes/NOM/, pour les modifier.

    La copie se génère exactement comme le thème intégré; les fichiers de thème d’un site remplacent ceux du thème intégré un à un, de sorte que les fichiers copiés que vous ne modifiez pas peuvent aussi être supprimés. Ne remplace jamais un fichier : si l’un d’eux existe, rien n’est écrit.

    Exemple : policypress theme eject default
help-theme-eject-name = Le thème intégré
help-theme-eject-root = { help-new-root }

## rules et schema

help-cmd-rules = Énumérer les règles juridiques vérifiées pour chaque ressort (docs/rules.md)
help-cmd-schema = Afficher le schéma JSON des fichiers de politique, de profil ou de site, pour les éditeurs, ou des fichiers policy.json qu’écrit `build` (`policy-json`)
help-cmd-schema-long =
    Afficher le schéma JSON des fichiers de politique, de profil ou de site, pour les éditeurs, ou des fichiers policy.json qu’écrit `build` (`policy-json`).

    Les fichiers de schema/ sont cette sortie; chaque fichier YAML en nomme un à sa première ligne : `# yaml-language-server: $schema=../../schema/policy.schema.json`. Les descriptions qu’affiche un éditeur sont dans la langue de l’outil (--lang en : en anglais).

    Exemple : policypress schema partial > schema/partial-policy.schema.json
help-schema-kind = Quel fichier
help-schema-kind-policy = Un fichier de politique complet
help-schema-kind-partial = Un profil, ou une politique qui en hérite (rien n’est obligatoire)
help-schema-kind-site = content/site.yaml
help-schema-kind-policy-json = policy.json, la politique lisible par machine que `build` écrit à côté de chaque page

## Les erreurs d’analyse de clap (une ligne de commande mal tapée), après « erreur : »

clap-argument-unknown = argument inattendu : `{ $arg }`
clap-argument-repeated = l’argument `{ $arg }` ne peut être indiqué qu’une fois
clap-argument-conflict = l’argument `{ $arg }` ne peut être utilisé avec { $others }
clap-other-arguments = un ou plusieurs des autres arguments indiqués
clap-no-equals = un signe égal est nécessaire pour donner une valeur à `{ $arg }`
clap-value-missing = une valeur est requise pour `{ $arg }`, mais aucune n’a été indiquée
clap-value-invalid = valeur non valide pour `{ $arg }` : `{ $value }`
clap-value-rejected = valeur non valide pour `{ $arg }` : `{ $value }` ({ $reason })
clap-value-unexpected = valeur inattendue pour `{ $arg }` : `{ $value }`; aucune autre n’était attendue
clap-value-count = mauvais nombre de valeurs pour `{ $arg }`
clap-command-unknown = commande inconnue : `{ $command }`
clap-command-missing = `{ $command }` exige une commande, mais aucune n’a été indiquée
clap-commands = [commandes : { $values }]
clap-required-missing = ces arguments obligatoires sont absents : { $args }
clap-invalid-utf8 = les arguments contiennent de l’UTF-8 non valide
clap-unreadable = la ligne de commande ne peut être lue
clap-tip-command = conseil : une commande semblable existe : `{ $value }`
clap-tip-argument = conseil : un argument semblable existe : `{ $value }`
clap-tip-value = conseil : une valeur semblable existe : `{ $value }`
clap-tip = conseil : { $tip }
clap-more-information = Pour en savoir plus, utilisez `--help`.

## completions

help-cmd-completions = Afficher un script de complètement pour l’interpréteur de commandes (shell)
help-cmd-completions-long =
    Afficher un script de complètement pour l’interpréteur de commandes (shell).

    Bash : policypress completions bash > ~/.local/share/bash-completion/completions/policypress
    Zsh : policypress completions zsh > _policypress, dans un dossier de votre fpath
    Fish : policypress completions fish > ~/.config/fish/completions/policypress.fish
help-completions-shell = L’interpréteur de commandes
help-completions-shell-bash = Bash
help-completions-shell-zsh = Zsh
help-completions-shell-fish = Fish
