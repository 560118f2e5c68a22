### Les phrases d’une page de politique, section par section. Français (Canada).
###
### L’organisation s’exprime à la première personne du pluriel (« nous »,
### « notre site ») : les noms d’organisations exigent des articles, des
### élisions et des contractions qui varient d’un nom à l’autre (le Ministère,
### l’Office, du gouvernement), et le nom de l’organisation figure dans
### l’en-tête de la page.
###
### Variables communes :
###   $kind          privacy-policy | privacy-statement | privacy-notice
###                  (la politique, la déclaration, l’avis : accord en genre)
###   $jurisdiction  quebec | ontario | federal | private
###   $oversight     cai | ipc-ontario | opc
###   les booléens arrivent sous forme de chaînes "true" / "false".

## Titres des sections intégrées, utilisés par le moteur pour les intertitres
## et la table des matières.

section-form = À propos de cet avis
section-fields = Renseignements recueillis
section-notices = Avis de collecte
section-privacy-policy = Notre politique de confidentialité
section-introduction = Notre engagement
section-automatic = Renseignements recueillis automatiquement
section-cookies = Témoins
section-services = Services externes que nous utilisons
section-voluntary = Renseignements personnels que vous nous transmettez
section-online-services = Services en ligne
section-newsletter = Bulletin électronique
section-use-and-disclosure = Utilisation et communication de vos renseignements
section-security = Protection de vos renseignements
section-rights = Vos droits
section-legal = Cadre juridique
section-links = Liens vers d’autres sites
section-history = Historique des modifications

## Introduction.

# $kind (introduction.thanks)
intro-thanks = Nous vous remercions de votre visite et de l’intérêt que vous portez à { $kind ->
        [privacy-statement] notre déclaration concernant la protection de la vie privée
        [privacy-notice] notre avis de confidentialité
        [collection-notice] notre avis de collecte
       *[privacy-policy] notre politique de confidentialité
    }.

# introduction.commitment
intro-commitment = Nous nous engageons à protéger votre vie privée, que vous consultiez simplement notre site ou que vous nous transmettiez des renseignements.

# Chacune de ces phrases affirme un fait au sujet de l’organisme : elle n’est
# imprimée que si sa clé sous `collection` vaut true.
collection-none-without-consent = Nous ne recueillons aucun renseignement personnel à votre sujet sans votre consentement préalable.
collection-only-when-you-choose = Nous ne recueillons aucun renseignement personnel à votre sujet, à moins que vous ne choisissiez d’utiliser des produits ou services en ligne qui exigent de tels renseignements.
collection-only-necessary = Nous ne recueillons que les renseignements personnels nécessaires à nos programmes et à nos activités.
collection-notice-at-collection = Lorsque nous recueillons des renseignements personnels, nous vous indiquons à quelle fin précise nous les recueillons.

## Renseignements recueillis automatiquement.

# $identifies : automatic.identifies
automatic-exchange = Dès que vous accédez à notre site, votre appareil et notre serveur échangent automatiquement certains renseignements, sans intervention de votre part. { $identifies ->
        [true] Ces renseignements peuvent permettre de vous identifier.
       *[other] Ces renseignements ne permettent pas de vous identifier personnellement.
    }

# $complete : "true" lorsque la liste est introduite par `only:` (elle est complète)
automatic-categories-lead = { $complete ->
        [true] Les renseignements échangés se limitent aux suivants :
       *[other] Les renseignements échangés comprennent notamment :
    }
# $complete : "true" lorsque la liste est introduite par `only:`
automatic-purposes-lead = { $complete ->
        [true] Nous recueillons ces renseignements uniquement pour :
       *[other] Nous recueillons ces renseignements notamment pour :
    }
automatic-statistics-lead = Nous conservons aussi les renseignements nécessaires pour connaître :

# $anonymous : « true » lorsque automatic.security_monitoring.anonymous le dit
automatic-security-monitoring = { $anonymous ->
        [true] Nos systèmes informatiques utilisent du matériel et des logiciels pour détecter, de façon anonyme, toute tentative non autorisée de téléverser ou de modifier de l’information sur notre site, d’interrompre le service ou de causer d’autres dommages.
       *[other] Nos systèmes informatiques utilisent du matériel et des logiciels pour détecter toute tentative non autorisée de téléverser ou de modifier de l’information sur notre site, d’interrompre le service ou de causer d’autres dommages.
    }
# automatic.security_monitoring.not_linked_to_identity
automatic-security-not-linked = En règle générale, nous ne cherchons pas à associer ces renseignements à l’identité des personnes qui visitent notre site.
# automatic.security_monitoring.further_action
automatic-security-further-action = Si une tentative d’endommager notre site est détectée, nous pouvons prendre d’autres mesures.

## Témoins, et technologies visées à l’article 65.0.1 (Québec).

# cookies: none
cookies-none = Notre site ne dépose aucun témoin sur votre appareil.
# cookies.no_persistent
cookies-no-persistent = Notre site ne dépose aucun témoin persistant sur votre appareil.

# Le tableau de cookies.items. $similar : "true" quand un élément n’est pas
# un témoin (stockage local, pixel, script)
cookies-items-caption = { $similar ->
        [true] Témoins et technologies semblables utilisés sur notre site
       *[other] Témoins utilisés sur notre site
    }
cookie-column-name = Nom
cookie-column-provider = Déposé par
cookie-column-purpose = Utilité
cookie-column-essential = Nécessaire au fonctionnement du site
cookie-column-lifetime = Durée de conservation
cookie-column-storage = Lieu de conservation
cookie-column-type = Type
# Dans la colonne « Déposé par », pour un témoin sans `provider`
cookie-provider-own = notre site
# $essential : "true" / "false"
cookie-essential = { $essential ->
        [true] oui
       *[other] non (facultatif)
    }
# $lifetime : session | persistent | days; $days : le nombre de jours
cookie-lifetime = { $lifetime ->
        [session] jusqu’à la fin de votre visite
        [persistent] au-delà de votre visite
       *[days] { $days ->
            [one] { $days } jour
           *[other] { $days } jours
        }
    }

cookies-no-personal-information = Notre site n’utilise pas de témoins pour recueillir des renseignements personnels à votre sujet.

# $consent : none | banner | preference-centre
cookies-consent = { $consent ->
        [none] Notre site ne vous demande pas votre consentement avant de déposer ses témoins.
        [banner] Lors de votre première visite, un bandeau vous demande si vous acceptez les témoins de notre site.
       *[preference-centre] Vous pouvez choisir en tout temps, dans nos préférences en matière de témoins, les témoins que notre site peut déposer.
    }

cookies-refuse-browser = Vous pouvez en tout temps configurer votre navigateur pour qu’il refuse les témoins.
# cookies.refuse.withdraw : les mots de l’organisme suivent
cookies-withdraw-lead = Pour retirer votre consentement :

cookies-linked-sites = Certains sites vers lesquels nous proposons des liens peuvent déposer leurs propres témoins sur votre appareil; nous vous invitons à consulter leur politique de confidentialité.

# tracking.functions: none
tracking-none = Aucune technologie utilisée par notre site n’a de fonction permettant de vous identifier, de vous localiser ou d’établir votre profil.
# $count : le nombre de fonctions qui suivent
tracking-functions-lead = { $count ->
        [1] Une technologie utilisée par notre site a la fonction suivante :
       *[other] Des technologies utilisées par notre site ont les fonctions suivantes :
    }
# $count : le nombre de fonctions nommées
tracking-off-by-default = { $count ->
        [1] Cette fonction est désactivée par défaut.
       *[other] Ces fonctions sont désactivées par défaut.
    }
# tracking.how_to_activate : les mots de l’organisme suivent; $count : le
# nombre de fonctions nommées
tracking-how-to-activate = { $count ->
        [1] Pour l’activer :
       *[other] Pour les activer :
    }

## Services externes.

# $name : le nom du service; $role : le libellé de son rôle (« un service
# de mesure d’audience »), "none" s’il n’est pas donné; $provider : qui le
# fournit, "none"
service-lead = { $role ->
        [none] { $provider ->
            [none] Nous utilisons { $name }.
           *[other] Nous utilisons { $name } (fournisseur : { $provider }).
        }
       *[other] { $provider ->
            [none] Nous utilisons { $name }, { $role }.
           *[other] Nous utilisons { $name }, { $role } (fournisseur : { $provider }).
        }
    }
service-anonymous = Les renseignements que recueille ce service sont anonymes.
service-terms-require-data = Selon ses conditions d’utilisation, ce service exige que nous lui transmettions des renseignements sur l’utilisation de notre site.
# $count : le nombre de fins; $complete : "true" quand la liste dit `only:`;
# $item : le libellé de la seule fin (« établir des statistiques… »), s’il n’y en a qu’une
service-purposes-lead = { $count ->
        [1] { $complete ->
            [true] Nous utilisons ce service uniquement pour { $item }.
           *[other] Nous utilisons ce service notamment pour { $item }.
        }
       *[other] { $complete ->
            [true] Nous utilisons ce service uniquement pour :
           *[other] Nous utilisons ce service notamment pour :
        }
    }
# $complete : "true" quand la liste dit `only:`
service-information-lead = { $complete ->
        [true] Les renseignements que ce service peut recueillir se limitent aux suivants :
       *[other] Les renseignements que ce service peut recueillir comprennent notamment :
    }
# $region : outside-quebec | outside-ontario | outside-canada | in-quebec |
# in-canada | country;
# $country : le nom du pays précédé de sa préposition (country-in-*)
service-processed-in = { $region ->
        [outside-quebec] Ce service traite les renseignements à l’extérieur du Québec.
        [outside-canada] Ce service traite les renseignements à l’extérieur du Canada.
        [in-quebec] Ce service traite les renseignements au Québec.
        [in-canada] Ce service traite les renseignements au Canada.
        [outside-ontario] Ce service traite les renseignements à l’extérieur de l’Ontario.
       *[country] Ce service traite les renseignements { $country }.
    }
# $sets : services[].sets_cookies
service-sets-cookies = { $sets ->
        [true] Ce service dépose ses propres témoins sur votre appareil.
       *[other] Ce service ne dépose aucun témoin sur votre appareil.
    }
service-opt-out-lead = Vous pouvez limiter ou refuser la collecte effectuée par ce service :
# $name : le nom du service; le texte d’un lien vers sa politique de confidentialité
service-policy = Politique de confidentialité du service { $name }

## Renseignements personnels que vous nous transmettez.

voluntary-give-lead = Vous pouvez choisir de nous transmettre des renseignements personnels, par exemple :
# $count : nombre d’occasions; $item : le libellé de la seule occasion
voluntary-occasions-lead = { $count ->
        [1] Vous pouvez nous fournir des renseignements personnels si vous souhaitez { $item }.
       *[other] Vous pouvez nous fournir des renseignements personnels si vous souhaitez :
    }
# $listed : "true" lorsque les types de renseignements viennent d’être
# énumérés (la phrase y renvoie alors)
# $count : nombre de moyens; $item : le libellé du seul moyen (« par courriel »),
# s’il n’y en a qu’un; $advice : "true" lorsque ce seul moyen est le courriel
# et que la politique déconseille d’y transmettre des renseignements personnels
voluntary-channels-lead = { $count ->
        [1] { $advice ->
            [true] Vous pouvez nous transmettre des renseignements personnels { $item }, mais, pour votre sécurité, nous vous le déconseillons; ne transmettez jamais, en particulier, votre numéro d’assurance sociale de cette façon.
           *[other] { $listed ->
                [true] Ces renseignements peuvent nous parvenir { $item }.
               *[other] Des renseignements personnels peuvent nous parvenir { $item }.
            }
        }
       *[other] { $listed ->
            [true] Ces renseignements peuvent nous parvenir :
           *[other] Des renseignements personnels peuvent nous parvenir :
        }
    }

# $reply : optional | obligatory
voluntary-reply = { $reply ->
        [optional] Il est facultatif de nous fournir ces renseignements.
       *[obligatory] Vous devez nous fournir ces renseignements pour obtenir le service demandé.
    }

voluntary-email-heading = Si vous nous écrivez par courriel
voluntary-email-advice = Pour des raisons de sécurité, ne transmettez jamais de renseignements personnels par courriel, en particulier votre numéro d’assurance sociale.
voluntary-reply-by-phone = Nous n’utilisons pas le courriel pour répondre aux questions qui exigent la transmission de renseignements personnels ou confidentiels. Nous tenterons plutôt de répondre à votre message ou de donner suite à votre demande par téléphone.
voluntary-same-rules = Les courriels sont traités selon les mêmes règles de confidentialité que le courrier postal.
voluntary-staff-trained = Vous pouvez compter sur la discrétion de notre personnel : toutes les personnes susceptibles d’avoir accès à des renseignements confidentiels ont reçu une formation sur la confidentialité et doivent en respecter les règles.

voluntary-alternatives-lead = Si vous préférez ne pas utiliser Internet pour nous transmettre des renseignements personnels, vous pouvez communiquer avec nous :
voluntary-alternatives-note = Certains de ces moyens ne sont pas offerts dans toutes les situations.

## Services en ligne.

online-services-lead = Lorsque vous utilisez nos services en ligne, nous devons confirmer votre identité en vous demandant certains renseignements personnels. Ces renseignements sont nécessaires pour :
online-services-required = Vous devez fournir ces renseignements pour utiliser ces services.
online-services-credentials = Les services qui donnent accès à des renseignements confidentiels exigent un code d’utilisateur et un mot de passe.
online-services-user-responsible = Vous êtes responsable des renseignements que vous nous transmettez ainsi que de la confidentialité de votre code d’utilisateur et de votre mot de passe.

## Bulletin électronique.

newsletter-lead = Vous pouvez vous abonner à notre bulletin électronique. Pour ce faire, vous devez nous fournir certains renseignements, notamment :

# $shared : newsletter.shared
newsletter-use = { $shared ->
        [true] Ces renseignements servent uniquement à vous envoyer le bulletin; la liste des personnes abonnées peut toutefois être communiquée à un tiers.
       *[other] Ces renseignements servent uniquement à vous envoyer le bulletin. Ils ne sont jamais utilisés à d’autres fins ni communiqués à un tiers.
    }

## Utilisation et communication.

use-purposes-lead = { $count ->
        [1] { $complete ->
            [true] Nous utilisons vos renseignements personnels uniquement pour { $item }.
           *[other] Nous utilisons notamment vos renseignements personnels pour { $item }.
        }
       *[other] { $complete ->
            [true] Nous utilisons vos renseignements personnels uniquement pour :
           *[other] Nous utilisons notamment vos renseignements personnels pour :
        }
    }
use-only-for-collected-purposes = Nous n’utilisons les renseignements personnels que nous détenons qu’aux fins pour lesquelles ils ont été recueillis.
# use.only_for_collected_purposes avec use.or_consistent_purposes
use-or-consistent-purposes = Nous n’utilisons les renseignements personnels que nous détenons qu’aux fins pour lesquelles ils ont été recueillis ou à des fins compatibles.
# $list : les utilisations exclues (`use.never_for`), jointes par `list-nor` (« ni à »)
use-never-for = Vos renseignements personnels ne servent jamais à { $list }.
# $count : nombre de groupes; $complete : "true" pour `only:`; $item : le
# libellé du seul groupe, s’il n’y en a qu’un (tous les libellés intégrés sont
# au masculin pluriel)
use-access-lead = { $count ->
        [1] { $complete ->
            [true] Seuls { $item } ont accès à vos renseignements personnels.
           *[other] Ont notamment accès à vos renseignements personnels : { $item }.
        }
       *[other] { $complete ->
            [true] Seules les personnes suivantes ont accès à vos renseignements personnels :
           *[other] Ont notamment accès à vos renseignements personnels :
        }
    }
recipients-none = Nous ne communiquons vos renseignements personnels à aucun tiers.
# $who : le destinataire, tel qu’il se lit après « à » (« un autre organisme
# public »); $count, $complete, $item : les cas (`when`), $item le libellé du
# seul cas
recipient-cases = { $count ->
        [0] Nous pouvons communiquer vos renseignements personnels à { $who }.
        [1] { $complete ->
            [true] Nous communiquons vos renseignements personnels à { $who } uniquement { $item }.
           *[other] Nous pouvons communiquer vos renseignements personnels à { $who }, notamment { $item }.
        }
       *[other] { $complete ->
            [true] Nous communiquons vos renseignements personnels à { $who } uniquement dans les cas suivants :
           *[other] Nous pouvons communiquer vos renseignements personnels à { $who }, notamment dans les cas suivants :
        }
    }
# $list : les renseignements communiqués, joints par « et »
recipient-information = Les renseignements communiqués comprennent { $list }.
# $list : les fins de la communication, jointes par « et »
recipient-purposes = Ils sont communiqués pour { $list }.
recipients-no-others = Nous ne communiquons vos renseignements personnels à personne d’autre.
# $list : qui ne les reçoit jamais, joints par `list-nor` (« ni à »)
recipients-never = Nous ne communiquons jamais vos renseignements personnels à { $list }.
# $jurisdiction : la loi de la politique
transfers-none = { $jurisdiction ->
        [quebec] Nous ne communiquons pas vos renseignements personnels à l’extérieur du Québec.
       *[other] Nous ne communiquons pas vos renseignements personnels à l’extérieur du Canada.
    }
# $to : où ils vont (« à l’extérieur du Canada », « aux États-Unis »);
# $recipient : qui les reçoit, ou "none"
transfer = { $recipient ->
        [none] Vos renseignements personnels peuvent être communiqués { $to }.
       *[other] Vos renseignements personnels peuvent être communiqués { $to } ({ $recipient }).
    }
# $period : les mots de l’auteur (« pendant deux ans après votre dernière visite »)
retention-period = Nous conservons vos renseignements personnels { $period }.
# $then : archived-or-destroyed | destroyed; $securely : "true" / "false"
retention-then = { $then ->
        [destroyed] { $securely ->
            [true] Lorsque vos renseignements personnels ne sont plus nécessaires, nous les détruisons de façon sécuritaire.
           *[other] Lorsque vos renseignements personnels ne sont plus nécessaires, nous les détruisons.
        }
       *[archived-or-destroyed] { $securely ->
            [true] Lorsque vos renseignements personnels ne sont plus nécessaires, nous les archivons ou les détruisons de façon sécuritaire.
           *[other] Lorsque vos renseignements personnels ne sont plus nécessaires, nous les archivons ou les détruisons.
        }
    }


## Sécurité.

security-lead = Nos mesures de protection comprennent notamment :
# security.evolving
security-evolving = Nos pratiques de sécurité évoluent constamment.

## Vos droits.

# $access, $correction, $deletion : "true" / "false" (rights.*)
rights-intro = { $access ->
        [true] { $correction ->
            [true] { $deletion ->
                [true] Vous avez le droit d’accéder aux renseignements personnels que nous détenons à votre sujet et de les faire rectifier ou détruire.
               *[other] Vous avez le droit d’accéder aux renseignements personnels que nous détenons à votre sujet et de les faire rectifier.
            }
           *[other] { $deletion ->
                [true] Vous avez le droit d’accéder aux renseignements personnels que nous détenons à votre sujet et de les faire détruire.
               *[other] Vous avez le droit d’accéder aux renseignements personnels que nous détenons à votre sujet.
            }
        }
       *[other] { $deletion ->
            [true] { $correction ->
                [true] Vous avez le droit de faire rectifier ou détruire les renseignements personnels que nous détenons à votre sujet.
               *[other] Vous avez le droit de faire détruire les renseignements personnels que nous détenons à votre sujet.
            }
           *[other] Vous avez le droit de faire rectifier les renseignements personnels que nous détenons à votre sujet.
        }
    }

rights-online-access = Vous pouvez aussi consulter ou faire rectifier certains de vos renseignements personnels en ligne :

# complaints.internal : suivi du lien vers le processus de traitement des plaintes de l’organisme
complaints-internal = Pour porter plainte au sujet de la façon dont nous traitons vos renseignements personnels, suivez notre processus de traitement des plaintes :

# $oversight (rights.review)
rights-review = { $oversight ->
        [cai] Si vous contestez notre décision concernant une demande d’accès ou de rectification, vous pouvez demander à la Commission d’accès à l’information du Québec de la réviser.
        [ipc-ontario] Si vous contestez notre décision concernant une demande d’accès, vous pouvez interjeter appel auprès du Commissaire à l’information et à la protection de la vie privée de l’Ontario.
       *[opc] Si vous contestez notre décision concernant une demande d’accès à vos renseignements personnels, vous pouvez déposer une plainte auprès du Commissariat à la protection de la vie privée du Canada.
    }
# $oversight; $review : « true » lorsque la phrase sur la révision précède (rights.review)
rights-complaint = { $oversight ->
        [cai] { $review ->
            [true] Vous pouvez aussi adresser une plainte à la Commission si vous croyez que vos renseignements personnels n’ont pas été protégés adéquatement.
           *[other] Vous pouvez adresser une plainte à la Commission d’accès à l’information du Québec si vous croyez que vos renseignements personnels n’ont pas été protégés adéquatement.
        }
        [ipc-ontario] { $review ->
            [true] Vous pouvez aussi lui adresser une plainte en matière de protection de la vie privée.
           *[other] Vous pouvez adresser une plainte en matière de protection de la vie privée au Commissaire à l’information et à la protection de la vie privée de l’Ontario.
        }
       *[opc] { $review ->
            [true] Vous pouvez aussi adresser une plainte au Commissariat si la façon dont nous traitons vos renseignements personnels ne vous satisfait pas.
           *[other] Si la façon dont nous traitons vos renseignements personnels ne vous satisfait pas, vous pouvez déposer une plainte auprès du Commissariat à la protection de la vie privée du Canada.
        }
    }

# $count : nombre de droits énoncés ci-dessus (1 ou 2); $jurisdiction;
# $means : comment l’adresser (« par la poste ou par courriel »), "none" sinon
rights-exercise = Pour exercer { $count ->
        [1] ce droit
       *[other] ces droits
    }, adressez votre demande{ $means ->
        [none] {""}
       *[other] {" "}{ $means }
    } à { $jurisdiction ->
        [quebec] la personne responsable de l’accès aux documents et de la protection des renseignements personnels
        [ontario] la personne responsable de l’accès à l’information et de la protection de la vie privée
        [federal] la personne responsable de l’accès à l’information et de la protection des renseignements personnels
       *[private] la personne responsable de la protection des renseignements personnels
    }.

# Le mot qui précède le dernier de plusieurs moyens (« par la poste, par télécopieur ou par courriel »).
list-or = ou
# Joint le dernier élément d’une liste dans une phrase négative (« jamais à a ni à b »).
list-nor = ni à

rights-contact-heading = Coordonnées
contact-email = Courriel :
contact-phone = Téléphone :
contact-toll-free = Sans frais :
contact-fax = Télécopieur :
contact-form = Formulaire en ligne :

# $kind
rights-questions = Pour toute question ou tout commentaire sur notre { $kind ->
        [privacy-statement] déclaration concernant la protection de la vie privée
        [privacy-notice] avis de confidentialité
        [collection-notice] avis de collecte
       *[privacy-policy] politique de confidentialité
    } ou sur notre site :

## Cadre juridique.

# $count : nombre de textes législatifs énumérés (loi, règlement ou règlement municipal)
legal-acts-lead = { $count ->
        [1] Nos pratiques sont encadrées par le texte législatif suivant :
       *[other] Nos pratiques sont encadrées par les textes législatifs suivants :
    }
# Les dispositions citées d’une loi (`legal.acts[].cite`), chacune selon les
# règles de rédaction de la loi ($scheme : federal, ontario ou quebec).
# cite-ref : une disposition sans son nom, « 38 (2) », « 8(2)a) », « 39 (2) a) », « II ».
cite-ref = { $part ->
        [none] { $section }{ $subsection ->
            [none] {""}
           *[other] { $scheme ->
                [federal] ({ $subsection })
               *[other] {" "}({ $subsection })
            }
        }{ $paragraph ->
            [none] {""}
           *[other] { $scheme ->
                [federal] { $paragraph })
               *[other] {" "}{ $paragraph })
            }
        }
       *[other] { $part }
    }
# cite-group : des dispositions d’un même type, $refs joints (« articles 64 et
# 65 », « paragraphe 38 (2) », « partie II »); $unit : part, section,
# subsection, paragraph (alinéa); un alinéa (alinea) ou un paragraphe (item)
# d’une loi du Québec est cité seul ($count vaut 1) : « deuxième alinéa de
# l’article 65 », « paragraphe 1° de l’article 65 ». L’alinéa d’une
# loi fédérale et la disposition (clause) d’une loi de l’Ontario portent le même
# nom en français : $scheme ne change rien.
cite-group = { $unit ->
        [part] { $count ->
            [1] partie
           *[other] parties
        } { $refs }
        [subsection] { $count ->
            [1] paragraphe
           *[other] paragraphes
        } { $refs }
        [paragraph] { $scheme ->
           *[other] { $count ->
                [1] alinéa
               *[other] alinéas
            }
        } { $refs }
        [alinea] { $alinea ->
            [1] premier
            [2] deuxième
            [3] troisième
            [4] quatrième
            [5] cinquième
           *[other] { $alinea }e
        } alinéa de l’article { $section }
        [item] paragraphe { $item }° { $alinea ->
            [none] {""}
            [1] du premier alinéa
            [2] du deuxième alinéa
            [3] du troisième alinéa
            [4] du quatrième alinéa
            [5] du cinquième alinéa
           *[other] du { $alinea }e alinéa
        } de l’article { $section }
       *[section] { $count ->
            [1] article
           *[other] articles
        } { $refs }
    }
# Mot qui précède le dernier élément d’une énumération (« 64, 65 et 66 »).
list-and = et

legal-s65-lead = En vertu de la Loi sur l’accès aux documents des organismes publics et sur la protection des renseignements personnels, un organisme public ne peut recueillir un renseignement personnel que si cela est nécessaire à l’exercice de ses attributions ou à la mise en œuvre d’un programme dont il a la gestion (article 64). Lorsqu’il le recueille, il doit aussi vous informer, notamment, des éléments suivants (article 65) :
# Les éléments du premier alinéa de l’article 65, tel que modifié par
# L.Q. 2021, c. 25 (paragraphes 1°, 2°, 4°, 5° et 6°).
legal-s65-name = le nom de l’organisme public au nom de qui la collecte est faite
legal-s65-purposes = les fins auxquelles ces renseignements sont recueillis
legal-s65-reply = le caractère obligatoire ou facultatif de la demande
legal-s65-refusal = les conséquences, pour vous ou, selon le cas, pour un tiers, d’un refus de répondre à la demande ou, le cas échéant, d’un retrait de votre consentement
legal-s65-rights = les droits d’accès et de rectification prévus par la loi

# $oversight
legal-oversight = { $oversight ->
        [cai] La Commission d’accès à l’information du Québec veille au respect de cette loi.
        [ipc-ontario] Le Commissaire à l’information et à la protection de la vie privée de l’Ontario veille au respect de cette loi.
       *[opc] Le Commissariat à la protection de la vie privée du Canada veille au respect de cette loi.
    }

# $count : nombre de fichiers qui suivent (legal.banks); un seul est nommé
# après le deux-points, plusieurs sont énumérés
legal-banks-lead = { $count ->
        [1] Les renseignements personnels que nous recueillons sont décrits dans le fichier de renseignements personnels suivant :
       *[other] Les renseignements personnels que nous recueillons sont décrits dans les fichiers de renseignements personnels suivants :
    }
# $number : le numéro du fichier (POU 914); $title : son titre, « none » s’il n’est pas donné
legal-bank = { $title ->
        [none] { $number }
       *[other] { $title } ({ $number })
    }

## Liens vers d’autres sites.

# $kind
# $list : les sites vers lesquels mènent les liens (`links.other_sites`), joints par « et »
links-other-sites = Notre site contient des liens vers { $list }.
# $kind
links-policy-does-not-apply = Notre { $kind ->
        [privacy-statement] déclaration concernant la protection de la vie privée
        [privacy-notice] avis de confidentialité
        [collection-notice] avis de collecte
       *[privacy-policy] politique de confidentialité
    } ne s’applique pas à ces sites.
links-their-policies-apply = Les renseignements qui y sont échangés sont régis par leur propre politique de confidentialité.

# $kind
links-exit-notice = Lorsque vous suivez un lien qui mène à l’extérieur de notre site, un message vous avise que vous le quittez et que notre { $kind ->
        [privacy-statement] déclaration concernant la protection de la vie privée
        [privacy-notice] avis de confidentialité
        [collection-notice] avis de collecte
       *[privacy-policy] politique de confidentialité
    } ne s’applique plus.

## Historique des modifications.

# $kind
history-lead = Modifications apportées à notre { $kind ->
        [privacy-statement] déclaration concernant la protection de la vie privée
        [privacy-notice] avis de confidentialité
        [collection-notice] avis de collecte
       *[privacy-policy] politique de confidentialité
    }, de la plus récente à la plus ancienne :


## Avis de collecte (un par formulaire).

# $linked : "true" lorsque le titre du formulaire est un lien (il suit la
# phrase); $form : le titre du formulaire
notice-form-lead = { $linked ->
        [true] Le présent avis explique comment nous traitons les renseignements personnels recueillis au moyen du formulaire suivant :
       *[other] Le présent avis explique comment nous traitons les renseignements personnels recueillis au moyen du formulaire « { $form } ».
    }
# $count : nombre de champs
notice-fields-lead = Les renseignements recueillis au moyen de ce formulaire comprennent notamment :
# $reply : obligatory | optional (celle du champ, ou celle de l’avis)
notice-field-reply = { $reply ->
        [obligatory] (obligatoire)
       *[optional] (facultatif)
    }
# $reply : obligatory | optional; $count : nombre de champs
notice-reply = { $reply ->
        [obligatory] { $count ->
            [0] Vous devez fournir ces renseignements.
            [1] Vous devez fournir ces renseignements.
           *[other] Tous les champs sont obligatoires.
        }
       *[optional] { $count ->
            [0] Vous n’êtes pas tenu de fournir ces renseignements.
            [1] Vous n’êtes pas tenu de fournir ces renseignements.
           *[other] Tous les champs sont facultatifs.
        }
    }
notice-privacy-policy = Notre politique de confidentialité vous renseigne davantage sur la façon dont nous traitons les renseignements personnels :
# $count : nombre d’avis qui nomment cette politique
notices-lead = { $count ->
        [1] Nous recueillons des renseignements personnels au moyen du formulaire ci-dessous. Son avis de collecte précise quels renseignements nous recueillons et à quelles fins :
       *[other] Nous recueillons des renseignements personnels au moyen des formulaires ci-dessous. L’avis de collecte de chacun précise quels renseignements nous recueillons et à quelles fins :
    }
