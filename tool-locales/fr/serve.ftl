# Ce qu’affiche `policypress serve`, et pourquoi il ne peut démarrer.

serve-listening = Aperçu accessible à l’adresse { $url } (tableau de bord : { $url }_preview/); appuyez sur Ctrl+C pour arrêter
serve-rebuilt = Site régénéré en { $ms } ms
serve-rebuilt-after-event = Site régénéré en { $ms } ms, { $waited } ms après le premier changement de fichier
serve-rendered-again = pages régénérées : { $policies }
serve-rendered-all = pages régénérées : toutes
serve-no-build = erreur : la génération du site échoue; l’aperçu conserve les dernières pages valides
serve-warning-watching = avertissement : surveillance des fichiers : { $error }
serve-warning-cannot-watch = avertissement : impossible de surveiller `{ $dir }` : { $error }

## Pourquoi il ne peut démarrer

serve-error-root = impossible d’ouvrir le dossier du site `{ $dir }` : { $error }
serve-error-port-in-use = le port { $port } est déjà utilisé sur { $bind } : choisissez-en un autre avec --port
serve-error-listen = impossible d’écouter sur { $addr } : { $error }
serve-error-not-ip = ce n’est pas une adresse IP
serve-error-internal = erreur interne : { $error }
serve-error-thread = impossible de démarrer le fil d’exécution du serveur : { $error }
serve-error-watch = impossible de surveiller les fichiers : { $error }
serve-error-watch-dir = impossible de surveiller `{ $dir }` : { $error }
serve-error-no-sources = `{ $dir }` ne contient aucun des dossiers content/, locales/ et themes/
