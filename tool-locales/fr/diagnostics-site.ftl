# Diagnostics des pilotes (src/site/, src/serve/store.rs) : ce qui concerne les
# profils ou la politique d’un document, plusieurs documents ou le site entier.

# $profile : le profil; $file : son fichier, où ses erreurs sont signalées.
site-profile-error = le profil `{ $profile }` contient des erreurs, signalées dans `{ $file }`
site-profile-error-hint = corrigez les erreurs du profil; cette politique sera vérifiée de nouveau dès que le profil pourra être chargé
# $policy : la politique que nomme un avis.
site-unknown-policy = la politique `{ $policy }` n’existe pas
# $suggestion : la politique probablement voulue.
site-unknown-policy-did-you-mean = vouliez-vous dire `{ $suggestion }`? `privacy_policy` désigne un fichier de content/policies/ par son nom, sans `.yaml`
site-unknown-policy-no-policies = un avis appartient à une politique de confidentialité du site : ajoutez-la dans content/policies/
# $policies : les politiques du site, séparées par des virgules.
site-known-policies = politiques du site : { $policies }
site-no-policies = le site n’a aucune politique
site-no-policies-hint = ajoutez un fichier content/policies/<id>.yaml (policypress new <id> en écrit un)
site-lock-missing = l’actualité des traductions n’est pas suivie : le site n’a pas de fichier de verrouillage des traductions
site-lock-missing-hint = une fois les deux langues révisées, consignez la révision : `policypress check --accept all`
# $id : le message du site.
site-message-overrides-nothing = le message `{ $id }` ne remplace aucun message intégré et aucun gabarit ne l’utilise
site-message-overrides-nothing-hint = vérifiez l’identifiant du message dans les libellés intégrés (policypress les énumère sous (built-in) locales/)
# $template : le gabarit du thème; $message : le message qu’il demande;
# $lang : la langue où il manque (`en`, `fr`).
site-missing-message = le gabarit `{ $template }` demande le message `{ $message }`, que locales/{ $lang }/ ne définit pas
# $message : le message; $lang : la langue où il manque (`en`, `fr`).
site-missing-message-hint = définissez `{ $message }` dans locales/{ $lang }/ (et dans l’autre langue)
# $id : le document; $reason : pourquoi il ne peut pas être publié, tel que
# l’étape de publication le dit.
site-render-error = `{ $id }` : { $reason }
# $path : le fichier du thème; $reason : ce qu’a répondu le système.
site-asset-unreadable = impossible de lire la ressource `{ $path }` : { $reason }
