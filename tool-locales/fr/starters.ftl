# Les commentaires des sites de départ qu’écrit `policypress init`, dans la
# langue de l’outil. Chaque modèle de src/scaffold/templates/<ressort>/
# nomme ces messages par des repères (`#= starter-…`, voir
# src/scaffold/comments.rs); les données restent dans les modèles. Les sauts
# de ligne d’un message sont conservés : une ligne vide donne une ligne de
# commentaire vide, une ligne qui commence par `- `, un élément de liste.

## content/site.yaml

starter-site-intro = Paramètres du site : l’adresse où seront publiées vos pages sur la protection des renseignements personnels, et le titre de la page d’accueil qui en présente la liste.
starter-site-base-url-fr-first = L’adresse de votre site Web. Remplacez l’exemple par la vôtre, en conservant la barre oblique finale. Les pages seront publiées à <cette adresse>fr/… et à <cette adresse>en/….
starter-site-base-url-en-first = L’adresse de votre site Web. Remplacez l’exemple par la vôtre, en conservant la barre oblique finale. Les pages seront publiées à <cette adresse>en/… et à <cette adresse>fr/….
starter-federal-site-two-domains = Si chaque langue a son propre domaine, indiquez une adresse par langue :
starter-quebec-site-source-language = La langue dans laquelle la politique est d’abord rédigée. Un organisme public québécois rédige en français (fr); la page anglaise en est la traduction.
starter-ontario-site-source-language = La langue dans laquelle la déclaration est d’abord rédigée. Les institutions ontariennes rédigent en anglais (en); la page française en est la traduction.
starter-federal-site-source-language = La langue dans laquelle l’avis est d’abord rédigé. Les institutions fédérales rédigent généralement en anglais (en); la page française en est la traduction. Indiquez fr si votre avis est d’abord rédigé en français.
starter-private-site-source-language = La langue dans laquelle la politique est d’abord rédigée : en (anglais) ou fr (français). La page de l’autre langue en est la traduction.
starter-site-title-policies = Le titre de la page d’accueil qui présente vos politiques, dans les deux langues.
starter-site-title-statements = Le titre de la page d’accueil qui présente vos déclarations, dans les deux langues.
starter-site-title-notices = Le titre de la page d’accueil qui présente vos avis, dans les deux langues.

## content/profiles/<ressort>-base.yaml

starter-quebec-profile-intro =
    Ce que toutes les politiques de confidentialité d’un organisme public québécois ont en commun.

    Une politique qui commence par `extends: quebec-base` reprend tout ce qui suit. Elle peut remplacer n’importe quelle valeur en indiquant la même clé avec une autre valeur :
    - une valeur indiquée dans la politique l’emporte sur celle d’ici;
    - une liste indiquée dans la politique remplace entièrement la liste d’ici (copiez toute la liste dans la politique, puis modifiez-la).
    Ne modifiez ce fichier que pour ce qui vaut pour TOUTES vos politiques. Votre organisme et ses coordonnées s’y trouvent aussi : chaque politique que vous ajoutez avec `policypress new` les reprend, sans vous les redemander. Remplacez par les vôtres toutes les valeurs d’exemple (« exemple », « Example ») : `policypress check` signale chacune de celles qui restent.
starter-ontario-profile-intro =
    Ce que toutes les déclarations concernant la protection de la vie privée d’une institution ontarienne ont en commun.

    Une déclaration qui commence par `extends: ontario-base` reprend tout ce qui suit. Elle peut remplacer n’importe quelle valeur en indiquant la même clé avec une autre valeur :
    - une valeur indiquée dans la déclaration l’emporte sur celle d’ici;
    - une liste indiquée dans la déclaration remplace entièrement la liste d’ici (copiez toute la liste dans la déclaration, puis modifiez-la).
    Ne modifiez ce fichier que pour ce qui vaut pour TOUTES vos déclarations. Votre organisation et ses coordonnées s’y trouvent aussi : chaque document que vous ajoutez avec `policypress new` les reprend, sans vous les redemander. Remplacez par les vôtres toutes les valeurs d’exemple (« exemple », « Example ») : `policypress check` signale chacune de celles qui restent.
starter-federal-profile-intro =
    Ce que tous les avis de confidentialité d’une institution fédérale ont en commun.

    Un avis qui commence par `extends: federal-base` reprend tout ce qui suit. Il peut remplacer n’importe quelle valeur en indiquant la même clé avec une autre valeur :
    - une valeur indiquée dans l’avis l’emporte sur celle d’ici;
    - une liste indiquée dans l’avis remplace entièrement la liste d’ici (copiez toute la liste dans l’avis, puis modifiez-la).
    Ne modifiez ce fichier que pour ce qui vaut pour TOUS vos avis. Votre institution et ses coordonnées s’y trouvent aussi : chaque document que vous ajoutez avec `policypress new` les reprend, sans vous les redemander. Remplacez par les vôtres toutes les valeurs d’exemple (« exemple », « Example ») : `policypress check` signale chacune de celles qui restent.
starter-private-profile-intro =
    Ce que toutes les politiques de confidentialité d’une entreprise du secteur privé ont en commun (loi fédérale : LPRPDE).

    Une politique qui commence par `extends: private-base` reprend tout ce qui suit. Elle peut remplacer n’importe quelle valeur en indiquant la même clé avec une autre valeur :
    - une valeur indiquée dans la politique l’emporte sur celle d’ici;
    - une liste indiquée dans la politique remplace entièrement la liste d’ici (copiez toute la liste dans la politique, puis modifiez-la).
    Ne modifiez ce fichier que pour ce qui vaut pour TOUTES vos politiques. Votre entreprise et ses coordonnées s’y trouvent aussi : chaque politique que vous ajoutez avec `policypress new` les reprend, sans vous les redemander. Remplacez par les vôtres toutes les valeurs d’exemple (« exemple », « Example ») : `policypress check` signale chacune de celles qui restent.

starter-quebec-profile-organization = Votre organisme, tel qu’il paraît en haut des pages.
starter-ontario-profile-organization = Votre organisation, telle qu’elle paraît en haut des pages.
starter-federal-profile-organization = Votre institution, telle qu’elle paraît en haut des pages.
starter-private-profile-organization = Votre entreprise, telle qu’elle paraît en haut des pages.
starter-profile-short-name = La forme abrégée du nom, employée dans le texte courant.
starter-profile-gender = En français, le nom s’emploie-t-il avec « le … » (`masculine`) ou avec « la … » (`feminine`)?
starter-profile-website = Votre page d’accueil, une adresse par langue (ou une seule pour les deux).

starter-quebec-profile-kind = Le nom du document : au Québec, une politique de confidentialité.
starter-ontario-profile-kind = Le nom du document en Ontario : une déclaration concernant la protection de la vie privée (« privacy statement » en anglais).
starter-federal-profile-kind = Le nom du document au gouvernement du Canada : un avis de confidentialité (« privacy notice » en anglais).
starter-private-profile-kind = Le nom du document : une politique de confidentialité (« privacy policy » en anglais).

starter-quebec-profile-jurisdiction = La loi québécoise s’applique. Ce choix détermine aussi les règles que vérifie `policypress check`, et fait de la Commission d’accès à l’information l’organisme chargé d’examiner les plaintes.
starter-ontario-profile-jurisdiction = La loi ontarienne s’applique. Ce choix détermine aussi les règles que vérifie `policypress check`, et fait du Commissaire à l’information et à la protection de la vie privée de l’Ontario l’organisme chargé des appels et des plaintes.
starter-federal-profile-jurisdiction = La loi fédérale s’applique. Ce choix détermine aussi les règles que vérifie `policypress check`, et fait du Commissariat à la protection de la vie privée du Canada l’organisme chargé d’examiner les plaintes.
starter-private-profile-jurisdiction = La LPRPDE s’applique. Ce choix détermine aussi les règles que vérifie `policypress check`, et fait du Commissariat à la protection de la vie privée du Canada l’organisme chargé d’examiner les plaintes. Au Québec, en Alberta et en Colombie-Britannique, une loi provinciale peut s’appliquer à sa place : demandez conseil à votre service juridique.

starter-quebec-profile-access-act = Loi sur l’accès : art. 64 (ne recueillir que ce qui est nécessaire) et art. 65 (ce que vous devez dire aux personnes lorsque vous recueillez leurs renseignements).
starter-quebec-profile-regulation = Le règlement de 2024 qui précise le contenu d’une politique de confidentialité.
starter-quebec-profile-quote-65 = true : la page reproduit la liste de ce que l’article 65 vous oblige à dire aux personnes. Indiquez false pour l’omettre.
starter-ontario-profile-fippa = LAIPVP : par. 38 (2) (ne recueillir que ce qui est nécessaire) et 39 (2) (l’avis de collecte). Une municipalité ou un conseil local cite plutôt la LAIMPVP : `- act: ontario-mfippa` avec `cite: ["28 (2)", "29 (2)"]`.
starter-federal-profile-privacy-act = Loi sur la protection des renseignements personnels : art. 4 (ne recueillir que ce qui a un lien direct avec un programme), 5 (recueillir auprès de la personne et l’informer de la fin visée), 7 (utilisation) et 8 (communication). La loi qui autorise votre propre programme est nommée dans le fichier de l’avis (section `legal-authority`).

starter-profile-automatic = Ce que le site Web reçoit automatiquement lors d’une visite.
starter-profile-identifies = false : ces renseignements ne permettent pas d’identifier l’internaute.
starter-profile-categories = Retirez ce que votre site ne recueille pas. Autres valeurs possibles :
starter-profile-purposes = À quelles fins. Autres valeurs possibles :
starter-profile-statistics = Les statistiques que vous tenez. Autres valeurs possibles :
starter-profile-statistics-one = Les statistiques que vous tenez. Autre valeur possible :
starter-profile-security-monitoring = true : la page explique que vos systèmes détectent, de façon anonyme, les tentatives d’endommager le site.

starter-profile-collection = Des énoncés sur l’ensemble de votre collecte. La page n’affiche un énoncé que s’il vaut true : retirez le # devant ceux qui sont vrais pour votre organisation, et seulement ceux-là.
starter-collection-none-without-consent = aucune collecte sans consentement préalable
starter-collection-only-necessary = seulement le nécessaire à vos activités

starter-profile-voluntary = Les règles applicables aux renseignements que les internautes choisissent de vous transmettre (par courriel ou par formulaire).
starter-profile-reply = La réponse est-elle facultative ou obligatoire? (optional / obligatory)
starter-profile-email-advice = true : la page conseille de ne jamais transmettre par courriel de renseignements personnels, comme le numéro d’assurance sociale.
starter-quebec-profile-same-rules-as-mail = true : les courriels sont traités avec la même confidentialité que les lettres.

starter-profile-use = Les fins auxquelles servent les renseignements personnels. Autres valeurs possibles : provide-service, registration, feedback, consultation, e-commerce, subscription, research, evaluation, investigation, survey, ou votre propre terme ({ "{" } id, label: { "{" } en, fr { "}" } { "}" }). Avec `only: [...]`, la page dit « uniquement ».
starter-profile-use-statements = Chaque énoncé ci-dessous n’est affiché que s’il est vrai pour votre organisation : retirez le # devant ceux qui le sont.
starter-use-only-for-collected-purposes = seulement aux fins de la collecte
starter-use-never-for = jamais pour établir des profils

starter-profile-access = Qui, au sein de votre organisation, y a accès. Autres valeurs possibles : authorized-staff, service-providers. Avec `only: [...]`, la page dit « uniquement ».

starter-profile-recipients-example = Qui, hors de votre organisation, reçoit des renseignements personnels, et dans quels cas. Ne le dites que si c’est vrai : `recipients: none` (personne), ou la liste des destinataires, chacun avec ce qu’il reçoit et pourquoi :
starter-recipients-who = ou private-organizations, third-parties…
starter-recipients-never = avec `including:` ou `only:` ci-dessus
starter-profile-recipients-list = Qui, hors de votre organisation, reçoit des renseignements personnels, et dans quels cas (la loi vous demande de le dire). `none` indique que personne n’en reçoit. Autres valeurs possibles de `who` : other-public-bodies, private-organizations, third-parties, related-organizations, service-providers; de `when` : request-concerns-body, required-by-law, written-agreements, with-consent.
starter-quebec-profile-transfers = Si des renseignements personnels sont communiqués à l’extérieur du Québec (par exemple, à un service infonuagique ou de mesure d’audience hébergé ailleurs) : `transfers: none`, sinon leur destination :
starter-transfers-to = ou outside-canada, united-states…

starter-profile-retention = Combien de temps les renseignements personnels sont conservés, et ce qu’il en advient ensuite; n’indiquez que ce qui est vrai :
starter-retention-then = ou : destroyed

starter-profile-security = Les mesures de sécurité, sous forme de liste. Autres valeurs possibles :

starter-profile-rights-access = Les internautes peuvent consulter leurs renseignements (accès) et les faire rectifier.
starter-quebec-profile-complaint = true : la page explique comment s’adresser à la Commission d’accès à l’information (révision d’une décision, plainte). Votre propre processus de traitement des plaintes est `complaints.internal`, plus bas.
starter-ontario-profile-complaint = true : la page explique comment interjeter appel auprès du Commissaire à l’information et à la protection de la vie privée de l’Ontario, ou lui adresser une plainte.
starter-federal-profile-complaint = true : la page explique comment porter plainte auprès du Commissaire à la protection de la vie privée du Canada (obligatoire pour les institutions fédérales).
starter-private-profile-complaint = true : la page explique comment porter plainte auprès du Commissaire à la protection de la vie privée du Canada.
starter-quebec-profile-contact = La personne responsable de l’accès aux documents et de la protection des renseignements personnels. Indiquez votre vraie adresse, votre courriel et votre numéro de téléphone; ajoutez `name:` pour publier le nom de la personne.
starter-ontario-profile-contact = La ou le fonctionnaire qui peut répondre aux questions sur la collecte. La LAIPVP exige une adresse et un numéro de téléphone d’affaires; l’adresse courriel est facultative.
starter-federal-profile-contact = Votre coordonnatrice ou coordonnateur de l’AIPRP : son poste, ainsi que votre vraie adresse, votre courriel et votre numéro de téléphone.
starter-private-profile-contact = Votre responsable de la protection des renseignements personnels. La LPRPDE exige un titre et une adresse; indiquez votre vraie adresse, votre courriel et votre numéro de téléphone.
starter-profile-province-quotes = gardez les guillemets : sans eux, YAML lirait ON comme true
starter-quebec-profile-online-access =
    Où les internautes peuvent consulter ou rectifier leurs renseignements en ligne (par exemple, un dossier client). La loi l’exige lorsqu’un tel service existe. S’il n’en existe aucun, supprimez `online_access` et ajoutez, à la fin du fichier :
      allow: [{ "{" } rule: QC-09, reason: "Aucun moyen en ligne n’existe." { "}" }]
starter-profile-questions-policy = Où envoyer les questions sur la politique ou sur le site.
starter-profile-questions-statement = Où envoyer les questions sur la déclaration ou sur le site.
starter-profile-questions-notice = Où envoyer les questions sur l’avis ou sur le site.
starter-quebec-profile-complaints = Votre propre processus de traitement des plaintes (r. 4.1, art. 2, 12°) : l’endroit où une personne apprend comment vous adresser une plainte au sujet de la protection de ses renseignements personnels.

starter-profile-links = Les sites vers lesquels le vôtre propose des liens, s’il y a lieu : quebec-government, other-governments, public-bodies, private-organizations, ou vos propres mots ({ "{" } id, label: { "{" } en, fr { "}" } { "}" }). Retirez ensuite le # devant ce qui est vrai, et seulement ce qui l’est :
starter-links-policy-does-not-apply = votre politique ne s’y applique pas
starter-links-their-policies-apply = leurs propres politiques s’y appliquent
starter-links-exit-notice = un message signale la sortie du site
starter-private-profile-links = Les liens vers d’autres sites : le fichier de la politique leur consacre sa propre section (`other-websites`). Pour le dire plutôt par des données, énumérez les sites dans `links.other_sites` (public-bodies, private-organizations, ou vos propres mots) et ajoutez ce qui est vrai : `policy_does_not_apply: true`, `their_policies_apply: true`.

## content/policies/privacy-policy.yaml

starter-quebec-policy-intro =
    La politique de confidentialité de votre site Web (organisme public québécois).

    Fonctionnement de ce fichier :
    - policypress produit les pages française et anglaise à partir de ce fichier. La plupart des phrases sont déjà rédigées : vous y indiquez des faits (true ou false, ou une valeur tirée d’une liste). Les textes que vous rédigez vous-même ont un `fr:` et un `en:`.
    - Ce qui n’est pas écrit ici vient de ../profiles/quebec-base.yaml : ce que tous les organismes publics québécois ont en commun, y compris votre organisme et ses coordonnées.
    - Remplacez par les vôtres toutes les valeurs d’exemple (« exemple », « Example »), ici et dans le profil.
    - Typographie française : une espace insécable avant le deux-points et à l’intérieur des guillemets « », aucune espace avant le point-virgule, le point d’interrogation et le point d’exclamation, et l’apostrophe courbe ’ (l’Organisme).
    - Après chaque modification, lancez `policypress check`. Il indique le fichier et la ligne de tout ce qui manque ou est erroné, y compris ce que la loi exige.
starter-ontario-policy-intro =
    La déclaration concernant la protection de la vie privée de votre site Web (institution ontarienne).

    Fonctionnement de ce fichier :
    - policypress produit les pages anglaise et française à partir de ce fichier. La plupart des phrases sont déjà rédigées : vous y indiquez des faits (true ou false, ou une valeur tirée d’une liste). Les textes que vous rédigez vous-même ont un `en:` et un `fr:`.
    - Ce qui n’est pas écrit ici vient de ../profiles/ontario-base.yaml : ce que toutes les institutions ontariennes ont en commun, y compris votre organisation et ses coordonnées.
    - Remplacez par les vôtres toutes les valeurs d’exemple (« exemple », « Example »), ici et dans le profil.
    - Typographie française : une espace insécable avant le deux-points et à l’intérieur des guillemets « », aucune espace avant le point-virgule, le point d’interrogation et le point d’exclamation, et l’apostrophe courbe ’ (l’Ontario).
    - Après chaque modification, lancez `policypress check`. Il indique le fichier et la ligne de tout ce qui manque ou est erroné, y compris ce que la loi exige.
starter-federal-policy-intro =
    L’avis de confidentialité de votre site Web (institution fédérale).

    Fonctionnement de ce fichier :
    - policypress produit les pages anglaise et française à partir de ce fichier. La plupart des phrases sont déjà rédigées : vous y indiquez des faits (true ou false, ou une valeur tirée d’une liste). Les textes que vous rédigez vous-même ont un `en:` et un `fr:`.
    - Ce qui n’est pas écrit ici vient de ../profiles/federal-base.yaml : ce que toutes les institutions fédérales ont en commun, y compris votre institution et ses coordonnées.
    - Remplacez par les vôtres toutes les valeurs d’exemple (« exemple », « Example »), ici et dans le profil.
    - Typographie française : une espace insécable avant le deux-points et à l’intérieur des guillemets « », aucune espace avant le point-virgule, le point d’interrogation et le point d’exclamation, et l’apostrophe courbe ’ (l’Agence).
    - Après chaque modification, lancez `policypress check`. Il indique le fichier et la ligne de tout ce qui manque ou est erroné, y compris ce que la loi exige.
starter-private-policy-intro =
    La politique de confidentialité de votre site Web (entreprise du secteur privé).

    Fonctionnement de ce fichier :
    - policypress produit les pages anglaise et française à partir de ce fichier. La plupart des phrases sont déjà rédigées : vous y indiquez des faits (true ou false, ou une valeur tirée d’une liste). Les textes que vous rédigez vous-même ont un `en:` et un `fr:`.
    - Ce qui n’est pas écrit ici vient de ../profiles/private-base.yaml : ce que toutes les politiques de votre entreprise ont en commun, y compris votre entreprise et ses coordonnées.
    - Remplacez par les vôtres toutes les valeurs d’exemple (« exemple », « Example »), ici et dans le profil.
    - Typographie française : une espace insécable avant le deux-points et à l’intérieur des guillemets « », aucune espace avant le point-virgule, le point d’interrogation et le point d’exclamation, et l’apostrophe courbe ’ (l’Entreprise).
    - Après chaque modification, lancez `policypress check`. Il indique le fichier et la ligne de tout ce qui manque ou est erroné, y compris ce que la loi exige.

starter-policy-title = Le titre de la page, dans les deux langues.
starter-quebec-policy-slug = La dernière partie de l’adresse de chaque page (…/fr/politique-de-confidentialite/) : lettres minuscules, chiffres et traits d’union seulement.
starter-ontario-policy-slug = La dernière partie de l’adresse de chaque page (…/en/privacy-statement/) : lettres minuscules, chiffres et traits d’union seulement.
starter-federal-policy-slug = La dernière partie de l’adresse de chaque page (…/en/privacy-notice/) : lettres minuscules, chiffres et traits d’union seulement.
starter-private-policy-slug = La dernière partie de l’adresse de chaque page (…/en/privacy-policy/) : lettres minuscules, chiffres et traits d’union seulement.
starter-quebec-policy-updated = La date de la dernière modification (année-mois-jour). Chaque fois que vous modifiez la politique, mettez cette date à jour ET ajoutez, sous `history:` à la fin du fichier, une entrée portant la même date : la loi exige que les modifications soient annoncées.
starter-ontario-policy-updated = La date de la dernière modification (année-mois-jour). Chaque fois que vous modifiez la déclaration, mettez cette date à jour et ajoutez, sous `history:` à la fin du fichier, une entrée portant la même date.
starter-federal-policy-updated = La date de la dernière modification (année-mois-jour). Chaque fois que vous modifiez l’avis, mettez cette date à jour et ajoutez, sous `history:` à la fin du fichier, une entrée portant la même date.
starter-private-policy-updated = La date de la dernière modification (année-mois-jour). Chaque fois que vous modifiez la politique, mettez cette date à jour et ajoutez, sous `history:` à la fin du fichier, une entrée portant la même date.
starter-federal-policy-bank-number = Le fichier de renseignements personnels (FRP) qui décrit ces renseignements dans Info Source : POU en français, PSU en anglais. POU 914 est le fichier ordinaire des communications publiques; demandez à votre bureau de l’AIPRP quel fichier s’applique.

starter-policy-cookies =
    Les témoins, et les services externes qu’utilise votre site. Rien n’est écrit ici à votre place : chaque ligne énonce un fait sur votre site, et c’est à vous d’en décider. Décommentez (retirez le `# ` devant) ce qui est vrai pour votre site, et modifiez les valeurs d’exemple. Sans ces lignes, la page ne dit rien des témoins. Consultez docs/data-format.md au sujet des témoins et des services externes.

    Si votre site ne dépose aucun témoin :
starter-policy-cookies-otherwise = Sinon, décrivez-les :
starter-cookies-no-persistent = true : la page indique que votre site ne dépose aucun témoin persistant.
starter-cookies-items = Chaque témoin (ou groupe de témoins semblables). `provider` : l’`id` de l’un des `services` ci-dessous, lorsque c’est un service qui le dépose; sans `provider`, c’est votre site.
starter-cookie-essential = false : l’internaute peut le refuser (dites alors ce qu’entraîne ce refus)
starter-cookie-lifetime = persistent, ou { "{" } days: 390 { "}" }
starter-cookies-refuse = true : la page explique que les témoins peuvent être refusés dans le navigateur; `consequence` : ce qu’entraîne ce refus.
starter-cookies-linked-sites = true : la page avertit que les sites vers lesquels vous proposez des liens peuvent déposer leurs propres témoins.
starter-quebec-policy-tracking = La Loi sur l’accès (art. 65.0.1) vous demande d’indiquer au préalable si une technologie de votre site permet d’identifier l’internaute, de le localiser ou d’effectuer un profilage et, le cas échéant, que ces fonctions sont désactivées par défaut et comment les activer. Si vous décrivez des témoins ou un service de mesure d’audience, `policypress check` le demande (règle QC-15) :
starter-tracking-functions = ou [identification, location, profiling]
starter-tracking-with-functions = Avec des fonctions : `off_by_default: true` et `how_to_activate: { "{" } en: …, fr: … { "}" }`.
starter-policy-services = Les services externes qu’utilise votre site (mesure d’audience, hébergement, formulaires, cartes, vidéo…), un rôle chacun. Par exemple, un service de mesure d’audience :
starter-service-information = Ce qu’il recueille, et à quelles fins (les valeurs de `automatic`).
starter-service-anonymous = Seulement si c’est vrai : la page dit alors que les renseignements qu’il recueille sont anonymes.
starter-service-processed-in = Où il traite les renseignements : { "{" } country: US { "}" }, outside-canada…
starter-service-sets-cookies = Indiquez true ou false, ou omettez la clé.
starter-federal-service-opt-out = Avec Adobe Analytics, la page de refus se trouve sur votre propre serveur de suivi : remplacez les adresses d’exemple par les vôtres.

starter-policy-voluntary = Les renseignements personnels que les internautes peuvent choisir de vous transmettre.
starter-policy-voluntary-categories = Ce qu’ils peuvent transmettre. Autres valeurs possibles :
starter-private-policy-voluntary-categories = Ce qu’ils peuvent transmettre. Autres valeurs possibles : name (un seul champ pour le nom complet, au lieu de first-name et last-name), credit-card, social-insurance-number, user-code, password.
starter-policy-channels = Comment ils vous parviennent. Autres valeurs possibles :
starter-policy-channels-one = Comment ils vous parviennent. Autre valeur possible :
starter-policy-refusal = Ce qui se passe si l’internaute ne fournit pas les renseignements. Rédigez votre propre phrase dans les deux langues.
starter-quebec-policy-refusal = Ce qui se passe si l’internaute ne fournit pas les renseignements (la loi vous oblige à le dire). Rédigez votre propre phrase dans les deux langues.
starter-federal-policy-refusal = Ce qui se passe si l’internaute ne fournit pas les renseignements (la Directive sur les pratiques relatives à la protection de la vie privée vous oblige à le dire). Rédigez votre propre phrase dans les deux langues.
starter-policy-alternatives = Les autres façons de vous joindre sans Internet. Autres valeurs possibles :
starter-private-policy-newsletter = Votre bulletin électronique : ce que les abonnés fournissent, et si la liste est communiquée à qui que ce soit (true ou false). Supprimez ces lignes si vous n’en avez pas, et retirez `newsletter` et `subscription` des listes ci-dessus.

starter-policy-use = Les fins auxquelles servent les renseignements qui vous sont transmis (remplace la liste du profil). Avec `only: [...]`, la page dit « uniquement ».
starter-policy-exit-notice = true : un message avertit l’internaute lorsqu’un lien lui fait quitter votre site.

starter-policy-sections = Les sections que vous rédigez vous-même, pour ce que les phrases toutes faites ne couvrent pas. `after:` place la section après une autre (désignée par son id). Donnez aux textes français et anglais la même structure (mêmes paragraphes, listes et liens) : `policypress check` les compare.
starter-federal-policy-legal-authority = La loi qui autorise votre programme à recueillir des renseignements personnels. Remplacez la loi et l’article donnés en exemple par les vôtres.
starter-private-policy-outside-canada = Supprimez cette section si tous vos renseignements, y compris vos données de mesure d’audience, restent au Canada.

starter-policy-history = Les modifications de la politique, la plus récente d’abord. Ajoutez une entrée chaque fois que vous modifiez `updated:` ci-dessus, avec la même date et un résumé d’une ligne.
starter-ontario-policy-history = Les modifications de la déclaration, la plus récente d’abord. Ajoutez une entrée chaque fois que vous modifiez `updated:` ci-dessus, avec la même date et un résumé d’une ligne.
starter-federal-policy-history = Les modifications de l’avis, la plus récente d’abord. Ajoutez une entrée chaque fois que vous modifiez `updated:` ci-dessus, avec la même date et un résumé d’une ligne.

## content/notices/contact-form-notice.yaml

starter-notice-intro =
    L’avis de collecte d’un formulaire en ligne : ce qu’une personne lit sur le formulaire avant de l’envoyer. Un fichier par formulaire dans content/notices/; `policypress new <id> --kind notice` en écrit un autre. L’organisation, ses coordonnées, la loi et les droits viennent du profil. Un avis ne traite que de son formulaire : ce que le site Web recueille (témoins, liens…) relève de la politique de confidentialité.

    Chaque valeur ci-dessous est un exemple : remplacez-la par ce qui est vrai pour votre formulaire (`policypress check` signale les valeurs d’exemple qui restent).
starter-notice-policy = La politique de confidentialité dont relève cet avis (content/policies/<id>.yaml) : l’avis y renvoie, et la politique énumère l’avis.
starter-notice-form = Le formulaire, avec son titre tel qu’il l’affiche (et, avec `url:`, son adresse).
starter-notice-fields = Ce que le formulaire recueille. Autres valeurs : first-name, last-name, postal-address, telephone… ou votre propre terme `{ "{" } id, label: { "{" } en, fr { "}" } { "}" }`. Un champ qui a son propre libellé ou sa propre réponse s’écrit `- category: email`, avec `label:` et `reply:` en dessous.
starter-notice-reply = Si la réponse est obligatoire ou facultative (la loi vous demande de le dire), et ce qu’entraîne un refus.
starter-notice-use = Les fins auxquelles servent les renseignements de ce formulaire; `only:` indique que ce sont ses seules utilisations.
starter-quebec-notice-recipients = Qui, hors de votre organisme, reçoit ces renseignements (la loi vous demande de le dire) : `none` (l’avis dit alors qu’ils ne sont pas communiqués), ou les destinataires, en précisant pour chacun quand, quoi et pourquoi. L’exemple ci-dessous est à remplacer :
starter-ontario-notice-recipients = Qui, hors de votre organisation, reçoit ces renseignements : `none` (l’avis dit alors qu’ils ne sont pas communiqués), ou les destinataires, en précisant pour chacun quand, quoi et pourquoi. Ne le dites que si c’est vrai :
starter-federal-notice-recipients = Qui, hors de votre institution, reçoit ces renseignements : les `recipients` du profil s’appliquent, à moins que vous n’indiquiez ici ceux de ce formulaire (`none`, ou les destinataires, en précisant pour chacun quand, quoi et pourquoi).
starter-private-notice-recipients = Qui, hors de votre entreprise, reçoit ces renseignements : les `recipients` du profil s’appliquent, à moins que vous n’indiquiez ici ceux de ce formulaire (`none`, ou les destinataires, en précisant pour chacun quand, quoi et pourquoi).
starter-federal-notice-bank = Le fichier de renseignements personnels qui décrit cette collecte (Info Source) : POU 914, « Communications publiques », est le fichier ordinaire des messages adressés à une institution; indiquez le vôtre s’il s’agit d’un autre.
