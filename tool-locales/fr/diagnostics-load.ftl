# Diagnostics de l’étape de chargement (src/load/) : lecture des fichiers du
# site et analyse de leur YAML. Les raisons citées du système (`$reason`
# d’une erreur de lecture) ou de libyaml (`$reason` de `load-yaml-syntax`)
# restent telles quelles.

## Lecture des fichiers (src/load/mod.rs, src/load/inside.rs)

# $file : le fichier; $reason : la raison donnée par le système.
load-read-error = impossible de lire `{ $file }` : { $reason }
# $file : le dossier trouvé là où un fichier est attendu.
load-folder-not-file = `{ $file }` est un dossier, alors qu’un fichier est attendu
load-folder-not-file-hint = renommez ou déplacez le dossier
# $file : le tube, le connecteur ou le périphérique.
load-not-regular-file = `{ $file }` n’est pas un fichier ordinaire (c’est un tube, un connecteur logiciel ou un périphérique)
load-not-regular-file-hint = remplacez-le par un fichier texte ordinaire
# $file : le fichier; $size : sa taille en octets; $max : la taille maximale acceptée.
load-file-too-large = `{ $file }` fait { $size } octets, soit plus que les { $max } octets permis
load-file-too-large-hint = un fichier de politique ne fait que quelques kilo-octets : vérifiez qu’il s’agit du bon fichier
# $file : le fichier.
load-not-utf8 = `{ $file }` n’est pas un texte encodé en UTF-8
load-not-utf8-hint = enregistrez le fichier en UTF-8 dans votre éditeur (Latin-1 et Windows-1252 ne sont pas acceptés)
# $file : le fichier ou le dossier; $kind : ce que sont les fichiers du
# dossier (`policy`, `notice`, `profile`).
load-unread-file = `{ $file }` n’est pas lu comme { $kind ->
        [policy] une politique
        [notice] un avis de collecte
       *[profile] un profil
    }
# $kind : comme ci-dessus; $dir : le dossier où les fichiers sont lus.
load-unread-subfolder-hint = les fichiers { $kind ->
        [policy] de politique
        [notice] d’avis de collecte
       *[profile] de profil
    } sont lus dans `{ $dir }` même, pas dans ses sous-dossiers : remontez les fichiers d’un niveau ou, pour les mettre de côté, déplacez-les hors du dossier
load-unread-extension-hint = renommez-le avec l’extension `.yaml` (ou `.yml`) en minuscules
# $kind : comme ci-dessus; $dir : le dossier; $reason : la raison donnée par le système.
load-read-folder-error = impossible de lire le dossier { $kind ->
        [policy] des politiques
        [notice] des avis de collecte
       *[profile] des profils
    } `{ $dir }` : { $reason }
load-read-folder-error-hint = lancez policypress dans le dossier racine du site, ou indiquez-le avec --root
# $file : le fichier; $name : son nom sans l’extension; $kind : comme ci-dessus.
load-bad-file-name = `{ $file }` : `{ $name }` ne peut pas être le nom { $kind ->
        [policy] d’une politique
        [notice] d’un avis de collecte
       *[profile] d’un profil
    }
# $name : le nom du fichier sans l’extension.
load-bad-file-name-reserved-hint = Windows réserve le nom `{ $name }` à un périphérique (comme con, prn, aux, nul, com1 à com9 et lpt1 à lpt9, quelle que soit l’extension) : un fichier portant ce nom ne peut pas y être ouvert; renommez-le, par exemple `{ $name }-politique.yaml`
load-bad-file-name-hint = nommez le fichier avec des lettres minuscules, des chiffres et des traits d’union, par exemple `politique-de-confidentialite.yaml`
# $file : le fichier; $name : l’identifiant qu’il définit; $kind : comme ci-dessus.
load-duplicate-file = `{ $file }` : un autre fichier définit déjà { $kind ->
        [policy] la politique
        [notice] l’avis de collecte
       *[profile] le profil
    } `{ $name }`
load-duplicate-file-hint = gardez soit le fichier .yaml, soit le fichier .yml
# $file : le fichier de l’avis; $name : l’identifiant qu’il partage avec une politique.
load-notice-named-as-policy = `{ $file }` : une politique porte déjà le nom `{ $name }`
load-notice-named-as-policy-hint = donnez un autre nom de fichier à l’avis, par exemple `<formulaire>-avis.yaml` : un avis et une politique ne peuvent pas avoir le même identifiant
# $file : content/site.yaml.
load-missing-site-file = `{ $file }` n’existe pas
load-missing-site-file-hint = lancez policypress dans le dossier racine du site (celui qui contient `content/`), ou indiquez-le avec --root DOSSIER
# $path : le lien; $target : l’endroit où il mène.
load-outside-site = `{ $path }` est un lien qui mène hors du site, vers `{ $target }`; policypress ne lit que les fichiers situés dans le dossier racine du site
load-outside-site-hint = copiez le fichier ou le dossier dans le site au lieu d’y faire un lien

## Ce qu’un fichier YAML ne peut pas contenir (src/load/yaml.rs, src/load/guard.rs)

# $key : la clé.
load-duplicate-key = la clé `{ $key }` est écrite deux fois
load-duplicate-key-first = première occurrence ici
load-duplicate-key-hint = n’en gardez qu’une; la seconde remplacerait la première sans avertissement
# $n : le nombre de problèmes qui ne sont pas affichés.
load-too-many-problems = { $n ->
        [one] { $n } autre problème des types ci-dessus n’est pas affiché pour ce fichier
       *[other] { $n } autres problèmes des types ci-dessus ne sont pas affichés pour ce fichier
    }
load-too-many-problems-hint = corrigez ceux qui sont affichés, puis relancez la vérification; un si grand nombre indique souvent que le fichier n’est pas une politique
# $max : l’imbrication la plus profonde acceptée.
load-yaml-too-deep = les listes et les groupes sont imbriqués sur plus de { $max } niveaux ici
load-yaml-too-deep-hint = une politique ne compte que quelques niveaux : cherchez un `[` ou un `{"{"}` jamais fermé, ou un retrait qui ne cesse d’augmenter
# $directive : la ligne de la directive.
load-yaml-directive = la directive `{ $directive }` n’est pas acceptée
load-yaml-directive-hint = supprimez cette ligne : un fichier de politique n’a besoin d’aucune directive (seules `%YAML 1.1` et `%YAML 1.2` sont acceptées)
# $tag : l’étiquette telle qu’elle est écrite.
load-yaml-tag = une étiquette comme `{ $tag }` n’est pas permise ici
load-yaml-tag-hint = supprimez `{ $tag }` : les valeurs sont lues telles qu’elles sont écrites (pour écrire un nombre ou une date comme texte, mettez la valeur entre guillemets)
# $character : le caractère (load-control-character-name).
load-control-character = ce texte contient { $character }, qui ne peut pas être affiché dans une page
# $name : quel caractère de contrôle; $code : son point de code (U+0000).
load-control-character-name = { $name ->
        [nul] le caractère NUL
        [carriage-return] un retour de chariot
        [escape] un caractère d’échappement
        [delete] un caractère de suppression
        [backspace] un retour arrière
        [form-feed] un saut de page
       *[other] un caractère de contrôle
    } ({ $code })
load-control-character-hint = supprimez le caractère invisible (souvent collé depuis un autre programme, ou écrit sous forme d’échappement comme `\0` ou `\e`)
# $size : la longueur du texte en octets; $max : la longueur maximale acceptée.
load-text-too-long = ce texte fait { $size } octets, soit plus que les { $max } permis
load-text-too-long-hint = un texte de politique fait quelques paragraphes : raccourcissez-le, ou répartissez-le en sections
# Ce que contient un fichier qui n’est pas cité, dit de ce fichier (le
# verrou des traductions « est endommagé : il … »). $max : l’imbrication la
# plus profonde acceptée; $line, $column : l’endroit.
load-prescan-too-deep = imbrique des listes et des groupes sur plus de { $max } niveaux (ligne { $line }, colonne { $column })
# $directive : la ligne de la directive; $line, $column : l’endroit.
load-prescan-directive = contient la directive `{ $directive }` (ligne { $line }, colonne { $column })

## Erreurs de syntaxe YAML (src/load/yaml.rs)

# $kind : la clé de l’un des messages habituels de libyaml (ou `other`);
# $reason : le message de libyaml, cité tel quel.
load-yaml-syntax = YAML non valide : { $kind ->
        [mapping-values] une paire `clé: valeur` n’est pas permise à cet endroit
        [mapping-keys] une clé n’est pas permise à cet endroit
        [sequence-entries] un élément de liste (`- `) n’est pas permis à cet endroit
        [expected-key] la clé attendue est introuvable
        [expected-node] la valeur attendue est introuvable
        [expected-sequence-end] une virgule ou un crochet fermant est attendu
        [expected-mapping-end] une virgule ou une accolade fermante est attendue
        [expected-dash] le tiret (`-`) d’un élément de liste est attendu
        [expected-document] le début d’un document est attendu
        [expected-colon] le deux-points (`:`) attendu est introuvable
        [unexpected-colon] deux-points (`:`) inattendu
        [bad-character] caractère qui ne peut commencer aucun élément
        [end-of-stream] fin de fichier inattendue
        [tab] une tabulation rompt le retrait
        [escape] séquence d’échappement inconnue
        [control] les caractères de contrôle ne sont pas permis
        [document-indicator] marque de document (`---` ou `...`) inattendue
        [tag-handle] préfixe d’étiquette non défini
        [recursion] limite d’imbrication dépassée
        [repetition] limite de répétition dépassée
        [unknown-anchor] ancre inconnue
        [merge] une fusion (`<<`) attend un groupe de clés ou une liste de groupes
       *[other] { $reason }
    }
load-yaml-syntax-hint = vérifiez le retrait et les guillemets autour de cette position
load-yaml-control-character-hint = supprimez le caractère de contrôle invisible de cette ligne (souvent collé depuis un autre programme)
load-yaml-end-of-stream-hint = le fichier se termine au milieu d’une construction inachevée : fermez le guillemet ou le crochet qu’elle ouvre
load-yaml-tab-hint = YAML n’accepte pas les tabulations dans les retraits : faites les retraits avec des espaces
load-yaml-colon-in-value-hint = une valeur qui contient `: ` doit être entre guillemets, par exemple `title: "Note : …"`
load-yaml-expected-hint = vérifiez le retrait de cette ligne et de la ligne précédente, et que les guillemets et les crochets sont bien fermés
load-yaml-limit-hint = le document compte trop d’imbrications ou de répétitions pour être une politique; supprimez les ancres et les alias
load-yaml-second-document = YAML non valide : un deuxième document commence ici (`---`); un fichier n’en contient qu’un
load-yaml-second-document-hint = supprimez cette ligne `---` et ce qui la suit, ou placez cette partie dans un fichier distinct
# $number : le nombre tel qu’il est écrit.
load-yaml-number-too-large = le nombre `{ $number }` est trop grand
load-yaml-number-too-large-hint = les nombres sont petits ici (un compte, une année) : s’il s’agit d’un texte, mettez-le entre guillemets
# Étiquettes des autres endroits que montre une erreur de syntaxe.
load-yaml-unreadable-from-here = le fichier ne peut plus être lu à partir d’ici
load-yaml-unclosed-quote = ce texte entre guillemets n’est pas fermé
# $kind : la clé de ce que libyaml lisait (`flow-sequence`…, ou `other`);
# $what : les mots de libyaml pour le désigner.
load-yaml-unclosed-construct = { $kind ->
        [flow-sequence] la liste entre crochets qui n’est pas fermée commence ici
        [flow-mapping] le groupe entre accolades qui n’est pas fermé commence ici
        [block-mapping] le groupe de clés qui n’est pas fermé commence ici
        [block-collection] la liste ou le groupe qui n’est pas fermé commence ici
        [node] la valeur inachevée commence ici
        [quoted-text] le texte entre guillemets qui n’est pas fermé commence ici
       *[other] l’élément qui n’est pas fermé ({ $what }) commence ici
    }
# Erreurs de retrait. $key : la clé fautive; $parent : la clé sous laquelle
# elle devrait être; $column : la colonne où la déplacer.
load-yaml-not-indented-under = YAML non valide : la clé `{ $key }` n’est pas en retrait sous `{ $parent }:`, mais la ligne qui la suit l’est
load-yaml-not-indented-under-hint = déplacez `{ $key }:` à la colonne { $column }, comme la ligne qui la suit, pour que les deux relèvent de `{ $parent }:`
# $key : la clé fautive; $above : la clé au-dessus, qui a une valeur;
# $column : la colonne de cette clé.
load-yaml-indented-under-value = YAML non valide : la clé `{ $key }` est plus en retrait que `{ $above }` au-dessus, qui a déjà une valeur
load-yaml-indented-under-value-hint = déplacez `{ $key }:` à la colonne { $column }, à côté de `{ $above }:`, si elles font partie du même groupe; une valeur qui se poursuit sous `{ $above }:` doit être écrite entre guillemets sur une seule ligne
# $key, $column : la clé fautive et sa colonne; $above, $above_column : la
# clé au-dessus; $outer, $outer_column : la clé du niveau englobant.
load-yaml-between-levels = YAML non valide : la clé `{ $key }` commence à la colonne { $column } et n’est alignée ni sur `{ $above }` au-dessus (colonne { $above_column }) ni sur `{ $outer }` (colonne { $outer_column })
load-yaml-between-levels-hint = déplacez `{ $key }:` à la colonne { $above_column }, à côté de `{ $above }:`, ou à la colonne { $outer_column }, à côté de `{ $outer }:`
