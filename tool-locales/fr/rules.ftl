# Le répertoire des règles de droit (`policypress rules`, docs/fr/rules.md)
# et les mots de chaque règle (src/lint/legal.rs) : l’élément exigé, la
# référence à la loi dans le libellé officiel français des lois et de leur
# numérotation, et les données qui respectent la règle. Les diagnostics
# `legal` reprennent l’élément et la référence.

## Titres des lois (termes)

-qc-access-act = Loi sur l’accès aux documents des organismes publics et sur la protection des renseignements personnels
-qc-regulation = Règlement sur les politiques de confidentialité des organismes publics recueillant des renseignements personnels par un moyen technologique
-on-fippa = Loi sur l’accès à l’information et la protection de la vie privée
-on-mfippa = Loi sur l’accès à l’information municipale et la protection de la vie privée
-fed-privacy-act = Loi sur la protection des renseignements personnels
-fed-directive = Directive sur les pratiques relatives à la protection de la vie privée
-pipeda = Loi sur la protection des renseignements personnels et les documents électroniques

## Le répertoire

rules-title = Règles de droit
rules-intro =
    Produit par `policypress --lang fr rules` à partir du code (`src/lint/legal.rs`); ne le
    modifiez pas à la main : lancez `scripts/regenerate.sh`. La clé `jurisdiction` d’une
    politique détermine les règles qui s’y appliquent. Chaque règle est respectée par des
    données, jamais par la formulation du texte. Les règles dont la référence est « à confirmer »
    donnent des avertissements; les autres, des erreurs. Une politique désactive une règle avec
    `allow: [{"{"} rule: QC-09, reason: "…" {"}"}]`; la raison est obligatoire.
rules-other-language = Version anglaise : [../rules.md](../rules.md).
rules-acts-heading = Lois et textes cités
rules-act-quebec-access-act = { -qc-access-act } (RLRQ, chapitre A-2.1)
rules-act-quebec-regulation = { -qc-regulation } (RLRQ, chapitre A-2.1, r. 4.1)
rules-act-ontario-fippa = { -on-fippa } (L.R.O. 1990, chap. F.31)
rules-act-ontario-mfippa = { -on-mfippa } (L.R.O. 1990, chap. M.56)
rules-act-privacy-act = { -fed-privacy-act } (L.R.C. 1985, ch. P-21)
rules-act-privacy-directive = { -fed-directive } (Secrétariat du Conseil du Trésor du Canada)
rules-act-pipeda = { -pipeda } (LPRPDE; L.C. 2000, ch. 5)
# Le titre de chaque tableau. $jurisdiction : la valeur de `jurisdiction`
# (quebec, ontario, federal, private); $kind : policy ou notice.
rules-heading = { $jurisdiction ->
        [quebec] Organismes publics du Québec (`quebec`)
        [ontario] Institutions de l’Ontario (`ontario`)
        [federal] Institutions fédérales (`federal`)
       *[private] Secteur privé (`private`)
    } : { $kind ->
        [notice] avis de collecte
       *[policy] politiques de confidentialité
    }
rules-table-header = | id | gravité | élément | référence | respectée par |

## Les règles : élément, référence, données qui la respectent

# QC-01
rules-qc-01-element = Seuls les renseignements nécessaires à l’exercice des attributions de l’organisme sont recueillis
rules-qc-01-citation = { -qc-access-act }, art. 64
rules-qc-01-satisfied = `legal.acts` cite `quebec-access-act`, article `64`
# QC-02
rules-qc-02-element = Nom de l’organisme public qui recueille les renseignements (et de tout tiers qui les recueille en son nom)
rules-qc-02-citation = { -qc-access-act }, art. 65, al. 1, par. 1°; { -qc-regulation }, art. 2, par. 1°
rules-qc-02-satisfied = `organization.name` (obligatoire); chaque service externe est une entrée de `services` avec son `name` (obligatoire), et un témoin déposé par un tiers le nomme dans `provider` (un id de `services`, vérifié : `unknown-service`)
# QC-03
rules-qc-03-element = Description des renseignements personnels recueillis
rules-qc-03-citation = { -qc-regulation }, art. 2, par. 2°
rules-qc-03-satisfied = `automatic.categories`, `voluntary.categories` ou l’`information` d’un service, non vide
# QC-04
rules-qc-04-element = Fins auxquelles les renseignements sont recueillis
rules-qc-04-citation = { -qc-access-act }, art. 65, al. 1, par. 2°; { -qc-regulation }, art. 2, par. 3°
rules-qc-04-satisfied = `automatic.purposes`, et `use.purposes` si des renseignements peuvent être fournis
# QC-05
rules-qc-05-element = Catégories de personnes qui, au sein de l’organisme, ont accès aux renseignements
rules-qc-05-citation = { -qc-regulation }, art. 2, par. 4°
rules-qc-05-satisfied = `access` non vide
# QC-06
rules-qc-06-element = Moyens par lesquels les renseignements sont recueillis
rules-qc-06-citation = { -qc-regulation }, art. 2, par. 5°
rules-qc-06-satisfied = `voluntary.channels` non vide si des renseignements peuvent être fournis
# QC-07
rules-qc-07-element = Caractère obligatoire ou facultatif de la demande
rules-qc-07-citation = { -qc-access-act }, art. 65, al. 1, par. 4°
rules-qc-07-satisfied = `voluntary.reply` si des renseignements peuvent être fournis
# QC-08
rules-qc-08-element = Conséquences d’un refus de répondre (ou d’un retrait du consentement)
rules-qc-08-citation = { -qc-access-act }, art. 65, al. 1, par. 5°; { -qc-regulation }, art. 2, par. 6°
rules-qc-08-satisfied = `voluntary.refusal_consequence` si des renseignements peuvent être fournis; `cookies.refuse.consequence` si un témoin est facultatif (`essential: false`)
# QC-09
rules-qc-09-element = Moyens technologiques permettant de consulter ou de rectifier ses renseignements, le cas échéant
rules-qc-09-citation = { -qc-regulation }, art. 2, par. 7°
rules-qc-09-satisfied = `rights.online_access` (désactivez la règle, avec sa raison, s’il n’existe aucun tel moyen)
# QC-10
rules-qc-10-element = Droits d’accès et de rectification, et nom et coordonnées du responsable de la protection des renseignements personnels
rules-qc-10-citation = { -qc-access-act }, art. 65, al. 1, par. 6°; { -qc-regulation }, art. 2, par. 8°
rules-qc-10-satisfied = `rights.access`, `rights.correction` et `rights.contact` avec une adresse, un courriel ou un téléphone
# QC-11
rules-qc-11-element = Tiers (ou catégories de tiers) à qui il est nécessaire de communiquer les renseignements, lesquels et à quelles fins
rules-qc-11-citation = { -qc-regulation }, art. 2, par. 9°
rules-qc-11-satisfied = si `recipients` en énumère, chacun avec `information` et `purposes` (s’applique le cas échéant : sans destinataires, rien à dire)
# QC-12
rules-qc-12-element = Possibilité que les renseignements soient communiqués à l’extérieur du Québec
rules-qc-12-citation = { -qc-regulation }, art. 2, par. 10°
rules-qc-12-satisfied = le `processed_in` de chaque service, et `transfers` indiquant où vont les renseignements quand un service les traite à l’extérieur du Québec (s’applique le cas échéant : sans services ni communications, rien à dire)
# QC-13
rules-qc-13-element = Brève description des mesures prises pour assurer la confidentialité et la sécurité des renseignements
rules-qc-13-citation = { -qc-regulation }, art. 2, par. 11°
rules-qc-13-satisfied = `security.measures` non vide
# QC-14
rules-qc-14-element = Droit de se prévaloir du processus de traitement des plaintes de l’organisme
rules-qc-14-citation = { -qc-regulation }, art. 2, par. 12°
rules-qc-14-satisfied = `complaints.internal` : un lien vers le processus de traitement des plaintes de l’organisme lui-même (une plainte à la Commission, `rights.complaint`, est un autre recours)
# QC-15
rules-qc-15-element = Technologie comprenant des fonctions d’identification, de localisation ou de profilage : en informer au préalable, et indiquer les moyens d’activer ces fonctions
rules-qc-15-citation = { -qc-access-act }, art. 65.0.1
rules-qc-15-satisfied = s’applique avec `cookies.items`, un service avec `sets_cookies: true` ou un service dont le `role` est `web-analytics`, `bot-protection`, `maps` ou `video` : `tracking.functions` (`none`, ou les fonctions, puis aussi `tracking.off_by_default: true` et `tracking.how_to_activate`)
# QC-16
rules-qc-16-element = Publiée sur le site Internet en termes simples et clairs; modifications annoncées par un avis
rules-qc-16-citation = { -qc-access-act }, art. 63.4
rules-qc-16-satisfied = une entrée de `history` portant la même date que `updated` annonce la version en vigueur
# ON-01
rules-on-01-element = Collecte autorisée expressément par une loi, aux fins d’exécution de la loi ou nécessaire au bon exercice d’une activité autorisée par la loi
rules-on-01-citation = { -on-fippa }, par. 38 (2) (à confirmer)
rules-on-01-satisfied = `legal.acts` cite `ontario-fippa` ou `ontario-mfippa`
# ON-02
rules-on-02-element = Avis de collecte : autorisation légale
rules-on-02-citation = { -on-fippa }, alinéa 39 (2) a)
rules-on-02-satisfied = `legal.acts` cite une loi avec ses dispositions
# ON-03
rules-on-03-element = Avis de collecte : fin principale ou fins principales
rules-on-03-citation = { -on-fippa }, alinéa 39 (2) b)
rules-on-03-satisfied = `automatic.purposes`, et `use.purposes` si des renseignements peuvent être fournis
# ON-04
rules-on-04-element = Avis de collecte : titre, adresse et numéro de téléphone d’affaires d’un fonctionnaire qui peut répondre aux questions
rules-on-04-citation = { -on-fippa }, alinéa 39 (2) c)
rules-on-04-satisfied = `rights.contact` avec `title`, `address` et `phone`
# FED-01
rules-fed-01-element = Fin de la collecte
rules-fed-01-citation = { -fed-directive }
rules-fed-01-satisfied = `automatic.purposes`, et `use.purposes` si des renseignements peuvent être fournis
# FED-02
rules-fed-02-element = Autorisation légale de la collecte et de l’utilisation
rules-fed-02-citation = { -fed-privacy-act }, par. 5(2) (à confirmer)
rules-fed-02-satisfied = `legal.acts` non vide
# FED-03
rules-fed-03-element = Communication éventuelle des renseignements à d’autres parties
rules-fed-03-citation = { -fed-directive }
rules-fed-03-satisfied = `recipients` : `none`, ou qui reçoit des renseignements et dans quels cas
# FED-04
rules-fed-04-element = Conséquences du refus de les fournir
rules-fed-04-citation = { -fed-directive }
rules-fed-04-satisfied = `voluntary.refusal_consequence` si des renseignements peuvent être fournis
# FED-05
rules-fed-05-element = Droit d’accès et de correction
rules-fed-05-citation = { -fed-directive }
rules-fed-05-satisfied = `rights.access` et `rights.correction`
# FED-06
rules-fed-06-element = Numéro du fichier de renseignements personnels (par exemple, PSU 914 en anglais est POU 914 en français)
rules-fed-06-citation = { -fed-directive }
rules-fed-06-satisfied = `legal.banks`
# FED-07
rules-fed-07-element = Droit de porter plainte auprès du commissaire à la protection de la vie privée du Canada
rules-fed-07-citation = { -fed-directive }
rules-fed-07-satisfied = `rights.complaint: true` avec l’organisme de surveillance `opc` (par défaut)
# PIP-01
rules-pip-01-element = Nom ou fonction et adresse de la personne responsable, à qui acheminer les plaintes et les demandes de renseignements
rules-pip-01-citation = { -pipeda }, annexe 1, art. 4.8.2 a)
rules-pip-01-satisfied = `rights.contact` avec `title` et `address`
# PIP-02
rules-pip-02-element = Moyens d’avoir accès à ses renseignements personnels
rules-pip-02-citation = { -pipeda }, annexe 1, art. 4.8.2 b)
rules-pip-02-satisfied = `rights.access: true` (la page invite à écrire à la personne-ressource)
# PIP-03
rules-pip-03-element = Genre de renseignements personnels détenus et description générale de leur utilisation
rules-pip-03-citation = { -pipeda }, annexe 1, art. 4.8.2 c)
rules-pip-03-satisfied = catégories et fins, comme pour QC-03 et QC-04
# PIP-04
rules-pip-04-element = Renseignements communiqués aux organisations liées
rules-pip-04-citation = { -pipeda }, annexe 1, art. 4.8.2 e)
rules-pip-04-satisfied = `recipients` : `none`, ou qui reçoit des renseignements et dans quels cas
# QC-N01
rules-qc-n01-element = Nom de l’organisme public au nom de qui la collecte est faite
rules-qc-n01-citation = { -qc-access-act }, art. 65, al. 1, par. 1°
rules-qc-n01-satisfied = `organization.name` (obligatoire)
# QC-N02
rules-qc-n02-element = Usage auquel les renseignements sont destinés
rules-qc-n02-citation = { -qc-access-act }, art. 65, al. 1, par. 2°
rules-qc-n02-satisfied = `use.purposes` non vide
# QC-N03
rules-qc-n03-element = Catégories de personnes qui auront accès aux renseignements
rules-qc-n03-citation = { -qc-access-act }, art. 65, al. 1, par. 3°
rules-qc-n03-satisfied = `access` non vide
# QC-N04
rules-qc-n04-element = Caractère obligatoire ou facultatif de la demande
rules-qc-n04-citation = { -qc-access-act }, art. 65, al. 1, par. 4°
rules-qc-n04-satisfied = `reply`, ou `reply` sur chaque champ
# QC-N05
rules-qc-n05-element = Conséquences d’un refus de répondre
rules-qc-n05-citation = { -qc-access-act }, art. 65, al. 1, par. 5°
rules-qc-n05-satisfied = `refusal`, sauf si toutes les réponses sont facultatives
# QC-N06
rules-qc-n06-element = Droits d’accès et de rectification, et moyen de joindre la personne responsable
rules-qc-n06-citation = { -qc-access-act }, art. 65, al. 1, par. 6°
rules-qc-n06-satisfied = `rights.access`, `rights.correction` et `rights.contact` avec une adresse, un courriel, un téléphone ou un formulaire
# QC-N07
rules-qc-n07-element = Tiers pour qui la collecte est faite ou à qui les renseignements sont communiqués (deuxième alinéa de l’art. 65)
rules-qc-n07-citation = { -qc-access-act }, art. 65, al. 2 (à confirmer)
rules-qc-n07-satisfied = `recipients` : `none`, ou qui les reçoit
# ON-N01
rules-on-n01-element = Avis de collecte : autorisation légale
rules-on-n01-citation = { -on-fippa }, alinéa 39 (2) a); { -on-mfippa }, alinéa 29 (2) a)
rules-on-n01-satisfied = `legal.acts` cite une loi avec ses dispositions
# ON-N02
rules-on-n02-element = Avis de collecte : fin principale ou fins principales
rules-on-n02-citation = { -on-fippa }, alinéa 39 (2) b); { -on-mfippa }, alinéa 29 (2) b)
rules-on-n02-satisfied = `use.purposes` non vide
# ON-N03
rules-on-n03-element = Avis de collecte : titre, adresse et numéro de téléphone d’affaires d’un fonctionnaire qui peut répondre aux questions
rules-on-n03-citation = { -on-fippa }, alinéa 39 (2) c); { -on-mfippa }, alinéa 29 (2) c)
rules-on-n03-satisfied = `rights.contact` avec `title`, `address` et `phone`
# FED-N01
rules-fed-n01-element = Fin de la collecte
rules-fed-n01-citation = { -fed-directive } (avis de confidentialité)
rules-fed-n01-satisfied = `use.purposes` non vide
# FED-N02
rules-fed-n02-element = Autorisation légale de la collecte
rules-fed-n02-citation = { -fed-privacy-act }, par. 5(2) (à confirmer)
rules-fed-n02-satisfied = `legal.acts` non vide
# FED-N03
rules-fed-n03-element = Communication éventuelle des renseignements à d’autres parties
rules-fed-n03-citation = { -fed-directive } (avis de confidentialité)
rules-fed-n03-satisfied = `recipients` : `none`, ou qui les reçoit
# FED-N04
rules-fed-n04-element = Conséquences du refus de fournir les renseignements
rules-fed-n04-citation = { -fed-directive } (avis de confidentialité)
rules-fed-n04-satisfied = `refusal`, sauf si toutes les réponses sont facultatives
# FED-N05
rules-fed-n05-element = Droit d’accès et de correction
rules-fed-n05-citation = { -fed-directive } (avis de confidentialité)
rules-fed-n05-satisfied = `rights.access` et `rights.correction`
# FED-N06
rules-fed-n06-element = Numéro du fichier de renseignements personnels
rules-fed-n06-citation = { -fed-directive } (avis de confidentialité)
rules-fed-n06-satisfied = `legal.banks`
# FED-N07
rules-fed-n07-element = Droit de porter plainte auprès du commissaire à la protection de la vie privée du Canada
rules-fed-n07-citation = { -fed-directive } (avis de confidentialité)
rules-fed-n07-satisfied = `rights.complaint: true` avec l’organisme de surveillance `opc`
