### Libellés des valeurs énumérées du modèle, sous la forme
### `<énumération>-<valeur>`. Chaque valeur se lit comme un élément de liste à
### puces qui suit une phrase d’introduction terminée par un deux-points :
### minuscule initiale, sans ponctuation finale. Les noms (lois, organismes de
### surveillance, types de documents) prennent la majuscule des titres. Ces
### messages ne prennent aucune variable.

## Types de documents (PolicyKind).

policy-kind-privacy-policy = Politique de confidentialité
policy-kind-privacy-statement = Déclaration concernant la protection de la vie privée
policy-kind-privacy-notice = Avis de confidentialité
policy-kind-collection-notice = Avis de collecte

## Renseignements échangés automatiquement (AutoCategory).
## Introduction : « Les renseignements échangés sont les suivants : »

auto-category-ip-address = votre adresse IP (adresse de protocole Internet), soit le numéro attribué à votre appareil lorsqu’il se connecte à Internet, qui permet de lui transmettre sans erreur les pages demandées
auto-category-domain-name = votre nom de domaine Internet (par exemple, celui de votre employeur ou de votre université si vous vous connectez par son réseau)
auto-category-browser = le type de votre navigateur
auto-category-operating-system = votre système d’exploitation
auto-category-internet-service-provider = votre fournisseur d’accès Internet
auto-category-access-date-time = la date et l’heure de votre visite
auto-category-pages-visited = les pages consultées
auto-category-search-keywords = les mots clés que vous saisissez dans notre moteur de recherche
auto-category-files-requested = le nom et la taille des fichiers demandés
auto-category-referring-site = l’adresse du site d’où vous venez (site référent), le cas échéant
auto-category-country = le pays à partir duquel vous vous connectez
auto-category-age = votre âge
auto-category-gender = votre genre
auto-category-language = votre langue
auto-category-interests = vos centres d’intérêt

## Fins de la collecte automatique (AutoPurpose).
## Introduction : « Nous recueillons ces renseignements uniquement pour : »

auto-purpose-technical-requirements = répondre aux exigences techniques de la navigation dans Internet, par exemple pour que notre serveur vous transmette des fichiers compatibles avec votre équipement
auto-purpose-statistics = établir des statistiques sur l’utilisation de notre site
auto-purpose-operational-trends = analyser l’achalandage et les tendances d’utilisation
auto-purpose-performance = mesurer le rendement de notre site
auto-purpose-site-improvement = trouver des façons d’améliorer notre site
auto-purpose-security-monitoring = protéger notre site contre les utilisations abusives et les attaques

## Statistiques tenues (Statistic).
## Introduction : « Nous conservons aussi les renseignements nécessaires pour connaître : »

statistic-visitor-count = le nombre d’internautes
statistic-popular-pages = les pages les plus consultées
statistic-technology = la technologie qu’utilisent les internautes
statistic-referring-sites = les sites référents
statistic-countries-of-origin = le pays d’origine des internautes

## Renseignements personnels qu’une personne peut transmettre (VoluntaryCategory).
## Introductions : « … des renseignements personnels, par exemple : »,
## « Pour ce faire, vous devez nous fournir : »

voluntary-category-name = votre nom
voluntary-category-first-name = votre prénom
voluntary-category-last-name = votre nom de famille
voluntary-category-postal-address = votre adresse postale
voluntary-category-telephone = votre numéro de téléphone
voluntary-category-email = votre adresse courriel
voluntary-category-credit-card = votre numéro de carte de crédit
voluntary-category-social-insurance-number = votre numéro d’assurance sociale
voluntary-category-user-code = votre code d’utilisateur
voluntary-category-password = votre mot de passe

## Utilisation des renseignements transmis (VoluntaryPurpose).
## Introduction : « Nous utilisons notamment vos renseignements personnels pour : »

voluntary-purpose-respond = répondre à votre message, à votre question ou à votre demande
voluntary-purpose-follow-up = donner suite à votre demande
voluntary-purpose-provide-service = vous fournir le service ou le produit demandé
voluntary-purpose-registration = traiter le formulaire d’inscription ou de demande de permis que vous remplissez en ligne
voluntary-purpose-feedback = recevoir vos commentaires et vos suggestions
voluntary-purpose-consultation = vous permettre de participer à des consultations ou à des sondages
voluntary-purpose-e-commerce = effectuer des transactions en ligne avec vous
voluntary-purpose-subscription = vous envoyer, par abonnement, l’information que vous avez demandée
voluntary-purpose-research = effectuer des recherches
voluntary-purpose-evaluation = procéder à des évaluations
voluntary-purpose-investigation = mener des enquêtes
voluntary-purpose-survey = réaliser des sondages

## Occasions de fournir des renseignements (Occasion).
## Introduction : « Vous pouvez nous fournir des renseignements personnels si vous souhaitez : »

occasion-write-to-us = nous envoyer un courriel, un commentaire, une question ou une demande
occasion-subscribe = vous abonner en ligne à de l’information
occasion-request-service = demander un service ou un produit
occasion-registration = remplir en ligne un formulaire d’inscription ou de demande de permis
occasion-feedback = nous faire part de vos commentaires
occasion-consultation = participer à des consultations ou à des sondages en ligne
occasion-e-commerce = effectuer des transactions électroniques avec nous

## Moyens par lesquels les renseignements nous parviennent (Channel).
## Introductions : « Ces renseignements peuvent nous parvenir : »,
## « … vous pouvez communiquer avec nous : »

channel-email = par courriel
channel-online-forms = au moyen de formulaires en ligne
channel-online-services = au moyen de nos services en ligne
channel-newsletter = lors de votre abonnement à notre bulletin électronique
channel-telephone = par téléphone
channel-fax = par télécopieur
channel-mail = par la poste
channel-kiosk = à une borne libre-service
channel-in-person = en personne

## Raisons pour lesquelles un service en ligne vous identifie (IdentificationPurpose).
## Introduction : « Ces renseignements sont nécessaires pour : »

identification-purpose-verify-identity = vérifier votre identité lorsque vous communiquez avec nous
identification-purpose-access-file = accéder à votre dossier afin d’avoir en main les bons renseignements pour traiter votre demande
identification-purpose-verify-when-contacting = vérifier votre identité lorsque nous communiquons avec vous pour répondre à votre demande ou à votre question
identification-purpose-protect-confidentiality = protéger la confidentialité de vos renseignements

## Personnes qui ont accès aux renseignements (AccessGroup).
## Introduction : « Ont accès à vos renseignements personnels : »

access-group-authorized-staff = les membres dûment autorisés de notre personnel
access-group-staff-handling-request = les membres de notre personnel qui traitent votre demande
access-group-service-providers = les fournisseurs de services qui agissent pour notre compte

## Destinataires des renseignements personnels (RecipientKind), tels qu’ils
## se lisent après « à » : « Nous pouvons communiquer vos renseignements
## personnels à un autre organisme public ».

recipient-kind-other-public-bodies = un autre organisme public
recipient-kind-private-organizations = un organisme privé
recipient-kind-third-parties = un tiers
recipient-kind-related-organizations = une organisation apparentée
recipient-kind-service-providers = un fournisseur de services qui agit pour notre compte

## Cas de communication (Disclosure).
## Introduction : « Nous communiquons vos renseignements personnels à un autre organisme public uniquement dans les cas suivants : »

disclosure-request-concerns-body = lorsque votre demande concerne cet organisme
disclosure-required-by-law = lorsque la loi l’exige
disclosure-written-agreements = en vertu d’ententes écrites
disclosure-with-consent = avec votre consentement

## Destinations des renseignements personnels (Destination), telles qu’elles
## se lisent après « Vos renseignements personnels peuvent être communiqués ».

destination-outside-quebec = à l’extérieur du Québec
destination-outside-ontario = à l’extérieur de l’Ontario
destination-outside-canada = à l’extérieur du Canada
destination-united-states = aux États-Unis
destination-european-union = dans l’Union européenne
destination-united-kingdom = au Royaume-Uni

## Utilisations exclues (ForbiddenUse), jointes par « ou » après
## « Vos renseignements personnels ne servent jamais à ».

forbidden-use-profiling = établir des profils d’utilisateurs
forbidden-use-advertising = vous présenter de la publicité ciblée

## Mesures de sécurité (SecurityMeasure).
## Introduction : « Nos mesures de protection comprennent notamment : »

security-measure-up-to-date-protocols = des protocoles de sécurité à jour, y compris pour les transactions par carte de crédit
security-measure-encryption = le chiffrement des renseignements qui nous sont transmis
security-measure-security-software = des logiciels de sécurité
security-measure-firewall = un pare-feu qui protège l’information sur nos réseaux
security-measure-physical-controls = des mesures de sécurité physiques, comme l’accès restreint à nos locaux
security-measure-technical-controls = des mesures de sécurité techniques appliquées à nos systèmes
security-measure-procedural-controls = des procédures de sécurité
security-measure-access-restricted = un accès limité aux membres de notre personnel qui ont besoin de ces renseignements dans l’exercice de leurs fonctions
security-measure-staff-training = la formation de notre personnel en matière de protection des renseignements personnels

## Lois (Act) : titres officiels.

act-quebec-access-act = Loi sur l’accès aux documents des organismes publics et sur la protection des renseignements personnels
act-quebec-confidentiality-regulation = Règlement sur les politiques de confidentialité des organismes publics recueillant des renseignements personnels par un moyen technologique
act-ontario-fippa = Loi sur l’accès à l’information et la protection de la vie privée
act-ontario-mfippa = Loi sur l’accès à l’information municipale et la protection de la vie privée
act-privacy-act = Loi sur la protection des renseignements personnels
act-pipeda = Loi sur la protection des renseignements personnels et les documents électroniques

## Texte officiel de chaque loi, en français.

act-url-quebec-access-act = https://www.legisquebec.gouv.qc.ca/fr/document/lc/A-2.1
act-url-quebec-confidentiality-regulation = https://www.legisquebec.gouv.qc.ca/fr/document/rc/A-2.1,%20r.%204.1
act-url-ontario-fippa = https://www.ontario.ca/fr/lois/loi/90f31
act-url-ontario-mfippa = https://www.ontario.ca/fr/lois/loi/90m56
act-url-privacy-act = https://laws-lois.justice.gc.ca/fra/lois/P-21/
act-url-pipeda = https://laws-lois.justice.gc.ca/fra/lois/P-8.6/

## Organismes de surveillance (Oversight) : noms officiels.

oversight-cai = Commission d’accès à l’information du Québec
oversight-ipc-ontario = Commissaire à l’information et à la protection de la vie privée de l’Ontario
oversight-opc = Commissariat à la protection de la vie privée du Canada

## Utilité d’un témoin (CookiePurpose), dans la colonne « Utilité » du
## tableau des témoins.

cookie-purpose-navigation = nécessaire à la navigation dans le site
cookie-purpose-convenience = pour faciliter la navigation
cookie-purpose-preferences = pour mémoriser vos préférences
cookie-purpose-security = pour protéger le site et ses utilisateurs
cookie-purpose-analytics = pour mesurer l’utilisation du site
cookie-purpose-load-balancing = pour répartir la charge entre nos serveurs
cookie-purpose-advertising = pour afficher de la publicité

## Lieu de conservation d’un témoin (Storage), dans le tableau des témoins.

cookie-storage-memory = dans la mémoire vive de votre appareil seulement, jamais sur son disque
cookie-storage-disk = sur le disque de votre appareil

## Nature de la technologie (CookieType), dans le tableau des témoins.

cookie-type-cookie = témoin
cookie-type-local-storage = stockage local
cookie-type-pixel = pixel invisible (balise Web)
cookie-type-script = script

## Ce que coûte un refus (ConsequenceTerm) : des phrases complètes, après
## celle qui dit comment refuser.

consequence-some-features-unavailable = Certaines fonctionnalités de notre site pourraient alors ne plus être accessibles.

## Fonctions visées à l’article 65.0.1 (TrackingFunction).
## Introduction : « Des technologies utilisées par notre site ont les fonctions suivantes : »

tracking-function-identification = l’identification
tracking-function-location = la localisation
tracking-function-profiling = le profilage

## Rôle d’un service externe (ServiceRole), après son nom :
## « Nous utilisons Google Analytics, un service de mesure d’audience. »

service-role-web-analytics = un service de mesure d’audience
service-role-hosting = un service d’hébergement
service-role-forms = un service de formulaires en ligne
service-role-email-delivery = un service d’envoi de courriels
service-role-bot-protection = un service de protection contre le trafic automatisé (robots)
service-role-maps = un service de cartographie
service-role-video = un service de vidéo
service-role-chat = un service de clavardage
service-role-payment = un service de paiement en ligne
service-role-mailing-list = un service de listes de diffusion
service-role-social-media = une plateforme de médias sociaux
service-role-content-delivery = un réseau de diffusion de contenu
service-role-telephony = un service de téléphonie
service-role-notification = un service de notifications
service-role-survey = un service de sondages
service-role-help-desk = un service d’assistance

## Pays où un service traite les renseignements, après « traite les
## renseignements » : codes ISO 3166 alpha-2, en minuscules.

country-in-ca = au Canada
country-in-us = aux États-Unis
country-in-gb = au Royaume-Uni
country-in-ie = en Irlande
country-in-fr = en France
country-in-de = en Allemagne
country-in-nl = aux Pays-Bas
country-in-be = en Belgique
country-in-ch = en Suisse
country-in-se = en Suède
country-in-fi = en Finlande
country-in-dk = au Danemark
country-in-no = en Norvège
country-in-au = en Australie
country-in-jp = au Japon
country-in-sg = à Singapour
country-in-in = en Inde
## Sites vers lesquels mènent les liens (LinkedSites), tels qu’ils se lisent
## après « des liens vers », joints par « et ».

linked-sites-quebec-government = des sites du gouvernement du Québec
linked-sites-other-governments = des sites d’autres gouvernements
linked-sites-public-bodies = des sites d’organismes publics
linked-sites-private-organizations = des sites d’organismes privés
