# Diagnostics de l’étape de résolution (src/resolve.rs) : un document fusionné
# avec les profils qu’il étend.

resolve-extends-not-a-name = `extends` doit être le nom d’un profil
resolve-extends-not-a-name-hint = écrivez p. ex. `extends: quebec-public-body`, qui nomme un fichier de content/profiles/
# $profile : le profil que nomme `extends`.
resolve-unknown-profile = le profil `{ $profile }` n’existe pas
# $suggestion : le profil probablement voulu.
resolve-unknown-profile-did-you-mean = vouliez-vous dire `{ $suggestion }`? Les profils sont dans content/profiles/<nom>.yaml
resolve-no-profiles = ce site n’a aucun profil : créez content/profiles/<nom>.yaml ou supprimez `extends`
# $profiles : les profils du site, séparés par des virgules.
resolve-known-profiles = profils existants : { $profiles }
# $chain : les profils du cycle, chacun étendant le suivant (a → b → a).
resolve-profile-cycle = des profils s’étendent l’un l’autre en boucle : { $chain }
resolve-profile-cycle-hint = supprimez `extends` de l’un de ces profils
resolve-profile-not-a-mapping = le profil n’est pas un groupe de clés
resolve-profile-not-a-mapping-hint = un profil est, comme une politique, une suite de lignes `clé: valeur` : il contient les clés communes à ses politiques
