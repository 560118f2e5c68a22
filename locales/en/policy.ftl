### The sentences of a policy page, section by section. English (Canada).
###
### The organization speaks in the first person plural ("we", "our site"):
### names of organizations need articles that differ from one name to the
### next, and the organization's name is shown in the page header.
###
### Variables used across sections:
###   $kind          policy-kind value: privacy-policy | privacy-statement | privacy-notice
###   $jurisdiction  quebec | ontario | federal | private
###   $oversight     cai | ipc-ontario | opc
###   booleans arrive as the strings "true" / "false".

## Section titles (built-in section ids). The engine uses them for the
## headings and the table of contents.

section-form = About this notice
section-fields = Information collected
section-notices = Collection notices
section-privacy-policy = Our privacy policy
section-introduction = Our commitment
section-automatic = Information collected automatically
section-cookies = Cookies
section-services = Outside services we use
section-voluntary = Personal information you send us
section-online-services = Online services
section-newsletter = Newsletter
section-use-and-disclosure = How we use and disclose your information
section-security = How we protect your information
section-rights = Your rights
section-legal = Legal framework
section-links = Links to other sites
section-history = What changed

## Introduction.

# $kind (introduction.thanks)
intro-thanks = Thank you for visiting our website and for taking the time to read our { $kind ->
        [privacy-statement] privacy statement
        [privacy-notice] privacy notice
        [collection-notice] collection notice
       *[privacy-policy] privacy policy
    }.

# introduction.commitment
intro-commitment = We are committed to protecting your privacy, whether you are simply browsing our site or sending us information.

# Each of these states a fact about the body: printed only when its key
# under `collection` says true.
collection-none-without-consent = We collect no personal information about you without your prior consent.
collection-only-when-you-choose = We collect no personal information about you unless you choose to use online products and services that require it.
collection-only-necessary = We collect only the personal information that is necessary for our programs and activities.
collection-notice-at-collection = When we collect personal information, we tell you the specific purpose for which we collect it.

## Information collected automatically.

# $identifies: automatic.identifies
automatic-exchange = As soon as you visit our site, your device and our server automatically exchange certain information, without any action on your part. { $identifies ->
        [true] This information may make it possible to identify you.
       *[other] This information does not identify you personally.
    }

# $complete: "true" when the list says `only:` (it names everything)
automatic-categories-lead = { $complete ->
        [true] The information exchanged is limited to:
       *[other] The information exchanged includes:
    }
# $complete: "true" when the list says `only:`
automatic-purposes-lead = { $complete ->
        [true] We collect this information only to:
       *[other] Our purposes for collecting this information include:
    }
automatic-statistics-lead = We also keep the information we need to know:

# $anonymous: "true" when automatic.security_monitoring.anonymous says so
automatic-security-monitoring = { $anonymous ->
        [true] Our computer systems use hardware and software to detect, anonymously, unauthorized attempts to upload or change information on our site, to disrupt service or to otherwise cause damage.
       *[other] Our computer systems use hardware and software to detect unauthorized attempts to upload or change information on our site, to disrupt service or to otherwise cause damage.
    }
# automatic.security_monitoring.not_linked_to_identity
automatic-security-not-linked = As a general practice, we make no attempt to link this information to the identity of the people who visit our site.
# automatic.security_monitoring.further_action
automatic-security-further-action = If an attempt to damage our site is detected, we may take further action.

## Cookies, and the technologies of s. 65.0.1 (Québec).

# cookies: none
cookies-none = Our site places no cookies on your device.
# cookies.no_persistent
cookies-no-persistent = Our site places no persistent cookies on your device.

# The table of cookies.items. $similar: "true" when some item is not a
# cookie (local storage, a pixel, a script)
cookies-items-caption = { $similar ->
        [true] Cookies and similar technologies used on our site
       *[other] Cookies used on our site
    }
cookie-column-name = Name
cookie-column-provider = Set by
cookie-column-purpose = Purpose
cookie-column-essential = Needed for the site to work
cookie-column-lifetime = How long it stays
cookie-column-storage = Where it is kept
cookie-column-type = Type
# In the "Set by" column, for a cookie without `provider`
cookie-provider-own = our site
# $essential: "true" / "false"
cookie-essential = { $essential ->
        [true] yes
       *[other] no (optional)
    }
# $lifetime: session | persistent | days; $days: the number of days
cookie-lifetime = { $lifetime ->
        [session] until the end of your visit
        [persistent] after your visit
       *[days] { $days ->
            [one] { $days } day
           *[other] { $days } days
        }
    }

cookies-no-personal-information = Our site does not use cookies to gather personal information about you.

# $consent: none | banner | preference-centre
cookies-consent = { $consent ->
        [none] Our site does not ask for your consent before placing its cookies.
        [banner] On your first visit, a banner asks whether you accept our site’s cookies.
       *[preference-centre] You can choose at any time, in our cookie preferences, which cookies our site may place.
    }

cookies-refuse-browser = You can set your browser to refuse cookies at any time.
# cookies.refuse.withdraw: the body's own words follow
cookies-withdraw-lead = To withdraw your consent:

cookies-linked-sites = Some of the sites our site links to may place their own cookies on your device; please consult their privacy policies.

# tracking.functions: none
tracking-none = No technology our site uses has a function that identifies you, locates you or builds a profile of you.
# $count: how many functions follow
tracking-functions-lead = { $count ->
        [1] A technology our site uses has the following function:
       *[other] Technologies our site uses have the following functions:
    }
# $count: how many functions are named
tracking-off-by-default = { $count ->
        [1] This function is turned off by default.
       *[other] These functions are turned off by default.
    }
# tracking.how_to_activate: the body's own words follow; $count: how many
# functions are named
tracking-how-to-activate = { $count ->
        [1] To turn it on:
       *[other] To turn them on:
    }

## Outside services.

# $name: the service's name; $role: its role's label ("a web analytics
# service"), "none" when not given; $provider: who provides it, "none"
service-lead = { $role ->
        [none] { $provider ->
            [none] We use { $name }.
           *[other] We use { $name } (provider: { $provider }).
        }
       *[other] { $provider ->
            [none] We use { $name }, { $role }.
           *[other] We use { $name }, { $role } (provider: { $provider }).
        }
    }
service-anonymous = The information it gathers is anonymous.
service-terms-require-data = Under its terms of use, this service requires us to send it information about the use of our site.
# $count: how many purposes; $complete: "true" when the list says `only:`;
# $item: the one purpose's label ("compile statistics…"), when there is one
service-purposes-lead = { $count ->
        [1] { $complete ->
            [true] We use this service only to { $item }.
           *[other] We use this service to { $item }, among other purposes.
        }
       *[other] { $complete ->
            [true] We use this service only to:
           *[other] Our purposes for using this service include:
        }
    }
# $complete: "true" when the list says `only:`
service-information-lead = { $complete ->
        [true] The information this service may gather is limited to:
       *[other] The information this service may gather includes:
    }
# $region: outside-quebec | outside-ontario | outside-canada | in-quebec |
# in-canada | country;
# $country: the country's name after "in" (country-in-*), for `country`
service-processed-in = { $region ->
        [outside-quebec] This service processes information outside Québec.
        [outside-canada] This service processes information outside Canada.
        [in-quebec] This service processes information in Québec.
        [in-canada] This service processes information in Canada.
        [outside-ontario] This service processes information outside Ontario.
       *[country] This service processes information { $country }.
    }
# $sets: services[].sets_cookies
service-sets-cookies = { $sets ->
        [true] This service places its own cookies on your device.
       *[other] This service places no cookies on your device.
    }
service-opt-out-lead = You can limit or refuse the collection by this service:
# $name: the service's name; the text of a link to its privacy policy
service-policy = { $name } privacy policy

## Personal information you send us.

voluntary-give-lead = You may choose to send us personal information, such as:
# $count: how many occasions; $item: the one occasion's label
voluntary-occasions-lead = { $count ->
        [1] You may give us personal information if you wish to { $item }.
       *[other] You may give us personal information if you wish to:
    }
# $listed: "true" when the kinds of information were just listed (the lead
# then refers to them)
# $count: how many channels; $item: the one channel's label ("by email"),
# when there is one; $advice: "true" when that one channel is email and the
# policy advises against sending personal information that way
voluntary-channels-lead = { $count ->
        [1] { $advice ->
            [true] You can send us personal information { $item }, but for your security we advise against it; in particular, never send your social insurance number this way.
           *[other] { $listed ->
                [true] This information may reach us { $item }.
               *[other] Personal information may reach us { $item }.
            }
        }
       *[other] { $listed ->
            [true] This information may reach us:
           *[other] Personal information may reach us:
        }
    }

# $reply: optional | obligatory
voluntary-reply = { $reply ->
        [optional] Giving us this information is optional.
       *[obligatory] You must give us this information to obtain the service you request.
    }

voluntary-email-heading = If you write to us by email
voluntary-email-advice = For security reasons, never send personal information by email, especially your social insurance number.
voluntary-reply-by-phone = We do not use email to answer questions that require sending personal or confidential information. We will instead try to answer your message or follow up on your request by telephone.
voluntary-same-rules = Emails are handled under the same confidentiality rules as letters sent by mail.
voluntary-staff-trained = You can count on the discretion of our staff: everyone who may have access to confidential information has been trained in confidentiality and must follow its rules.

voluntary-alternatives-lead = If you prefer not to use the Internet to send us personal information, you can contact us:
voluntary-alternatives-note = Not all of these options are available in every situation.

## Online services.

online-services-lead = When you use our online services, we need to confirm your identity by asking you for certain personal information. This information is needed to:
online-services-required = You must provide this information to use these services.
online-services-credentials = Services that give access to confidential information require a user code and a password.
online-services-user-responsible = You are responsible for the information you send us and for keeping your user code and password confidential.

## Newsletter.

newsletter-lead = You can subscribe to our newsletter. To do so, you must give us certain information, such as:

# $shared: newsletter.shared
newsletter-use = { $shared ->
        [true] We use this information only to send you the newsletter, but the list of subscribers may be shared with a third party.
       *[other] We use this information only to send you the newsletter. We never use it for any other purpose or share it with a third party.
    }

## Use and disclosure.

use-purposes-lead = { $count ->
        [1] { $complete ->
            [true] We use your personal information only to { $item }.
           *[other] Among other things, we use your personal information to { $item }.
        }
       *[other] { $complete ->
            [true] We use your personal information only to:
           *[other] Among other things, we use your personal information to:
        }
    }
use-only-for-collected-purposes = We use the personal information we hold only for the purposes for which it was collected.
# use.only_for_collected_purposes with use.or_consistent_purposes
use-or-consistent-purposes = We use the personal information we hold only for the purposes for which it was collected or for a consistent purpose.
# $list: the uses the policy rules out (`use.never_for`), joined by `list-nor`
use-never-for = We never use your personal information to { $list }.
# $count: how many groups; $complete: "true" for `only:`; $item: the one
# group's label, when there is one
use-access-lead = { $count ->
        [1] { $complete ->
            [true] Only { $item } have access to your personal information.
           *[other] Among those who have access to your personal information are { $item }.
        }
       *[other] { $complete ->
            [true] Only the following people have access to your personal information:
           *[other] The people who have access to your personal information include:
        }
    }
recipients-none = We do not share your personal information with any third party.
# $who: the recipient, as it reads after "to" ("another public body");
# $count, $complete, $item: the cases (`when`), $item the one case's label
recipient-cases = { $count ->
        [0] We may disclose your personal information to { $who }.
        [1] { $complete ->
            [true] We disclose your personal information to { $who } only { $item }.
           *[other] We may disclose your personal information to { $who }, in particular { $item }.
        }
       *[other] { $complete ->
            [true] We disclose your personal information to { $who } only in the following cases:
           *[other] We may disclose your personal information to { $who }, in particular in the following cases:
        }
    }
# $list: the information communicated, joined with "and"
recipient-information = The information disclosed includes { $list }.
# $list: why it is communicated, joined with "and"
recipient-purposes = It is disclosed to { $list }.
recipients-no-others = We do not disclose your personal information to anyone else.
# $list: who never receives it, joined by `list-nor`
recipients-never = We never disclose your personal information to { $list }.
# $jurisdiction: the policy's law
transfers-none = { $jurisdiction ->
        [quebec] We do not communicate your personal information outside Québec.
       *[other] We do not communicate your personal information outside Canada.
    }
# $to: where it goes ("outside Canada", "to the United States"); $recipient:
# who receives it there (a proper name, in parentheses), or "none"
transfer = { $recipient ->
        [none] Your personal information may be communicated { $to }.
       *[other] Your personal information may be communicated { $to } ({ $recipient }).
    }
# $period: the author's words ("for two years after your last visit")
retention-period = We keep your personal information { $period }.
# $then: archived-or-destroyed | destroyed; $securely: "true" / "false"
retention-then = { $then ->
        [destroyed] { $securely ->
            [true] When your personal information is no longer needed, we destroy it securely.
           *[other] When your personal information is no longer needed, we destroy it.
        }
       *[archived-or-destroyed] { $securely ->
            [true] When your personal information is no longer needed, we archive it or destroy it securely.
           *[other] When your personal information is no longer needed, we archive it or destroy it.
        }
    }


## Security.

security-lead = Our safeguards include:
# security.evolving
security-evolving = Our security practices evolve continually.

## Your rights.

# $access, $correction, $deletion: "true" / "false" (rights.*)
rights-intro = { $access ->
        [true] { $correction ->
            [true] { $deletion ->
                [true] You have the right to access the personal information we hold about you and to have it corrected or destroyed.
               *[other] You have the right to access the personal information we hold about you and to have it corrected.
            }
           *[other] { $deletion ->
                [true] You have the right to access the personal information we hold about you and to have it destroyed.
               *[other] You have the right to access the personal information we hold about you.
            }
        }
       *[other] { $deletion ->
            [true] { $correction ->
                [true] You have the right to have the personal information we hold about you corrected or destroyed.
               *[other] You have the right to have the personal information we hold about you destroyed.
            }
           *[other] You have the right to have the personal information we hold about you corrected.
        }
    }

rights-online-access = You can also consult or correct some of your personal information online:

# complaints.internal: the link to the body's own complaint process follows
complaints-internal = To complain about how we handle your personal information, use our complaint process:

# $oversight (rights.review)
rights-review = { $oversight ->
        [cai] If you disagree with our decision on a request for access or correction, you can ask the Commission d’accès à l’information du Québec to review it.
        [ipc-ontario] If you disagree with our decision on a request for access, you can appeal it to the Information and Privacy Commissioner of Ontario.
       *[opc] If you disagree with our decision on a request for access to your personal information, you can file a complaint with the Office of the Privacy Commissioner of Canada.
    }
# $oversight; $review: "true" when the review sentence precedes (rights.review)
rights-complaint = { $oversight ->
        [cai] { $review ->
            [true] You can also file a complaint with the Commission if you believe your personal information has not been properly protected.
           *[other] You can file a complaint with the Commission d’accès à l’information du Québec if you believe your personal information has not been properly protected.
        }
        [ipc-ontario] { $review ->
            [true] You can also file a privacy complaint with the Commissioner.
           *[other] You can file a privacy complaint with the Information and Privacy Commissioner of Ontario.
        }
       *[opc] { $review ->
            [true] You can also file a complaint with the Commissioner if you are not satisfied with how we handle your personal information.
           *[other] If you are not satisfied with how we handle your personal information, you can file a complaint with the Office of the Privacy Commissioner of Canada.
        }
    }

# $count: how many of the rights above apply (1 or 2); $jurisdiction;
# $means: how to send it ("by mail or by email"), "none" when not said
rights-exercise = To exercise { $count ->
        [1] this right
       *[other] these rights
    }, send your request{ $means ->
        [none] {""}
       *[other] {" "}{ $means }
    } to { $jurisdiction ->
        [quebec] the person in charge of access to documents and the protection of personal information
        [ontario] the person responsible for freedom of information and protection of privacy
        [federal] the person responsible for access to information and privacy
       *[private] the person accountable for the protection of personal information
    }.

# The word before the last of several means ("by mail, by fax or by email").
list-or = or
# Joins the last item of a list in a negative sentence ("never … to a or b").
list-nor = or

rights-contact-heading = Contact information
contact-email = Email:
contact-phone = Telephone:
contact-toll-free = Toll-free:
contact-fax = Fax:
contact-form = Online form:

# $kind
rights-questions = For questions or comments about our { $kind ->
        [privacy-statement] privacy statement
        [privacy-notice] privacy notice
        [collection-notice] collection notice
       *[privacy-policy] privacy policy
    } or about our site:

## Legal framework.

# $count: how many acts are listed ("legislation" covers a regulation or a
# by-law too, and needs no plural; French agrees: « texte législatif »)
legal-acts-lead = { $count ->
        [1] Our practices are governed by the following legislation:
       *[other] Our practices are governed by the following legislation:
    }
# One act's citations (`legal.acts[].cite`), each worded by the act's drafting
# scheme ($scheme: federal, ontario or quebec).
# cite-ref: one place without its unit, "38 (2)", "8(2)(a)", "39 (2) (a)", "II".
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
                [federal] ({ $paragraph })
               *[other] {" "}({ $paragraph })
            }
        }
       *[other] { $part }
    }
# cite-group: places of one unit, $refs joined ("sections 64 and 65",
# "subsection 38 (2)", "Part II"); $unit: part, section, subsection,
# paragraph (Ontario: clause); a Québec paragraph (alinea) or subparagraph
# (item) stands alone ($count is 1): "second paragraph of section 65",
# "subparagraph 1 of section 65".
cite-group = { $unit ->
        [part] { $count ->
            [1] Part
           *[other] Parts
        } { $refs }
        [subsection] { $count ->
            [1] subsection
           *[other] subsections
        } { $refs }
        [paragraph] { $scheme ->
            [ontario] { $count ->
                [1] clause
               *[other] clauses
            }
           *[other] { $count ->
                [1] paragraph
               *[other] paragraphs
            }
        } { $refs }
        [alinea] { $alinea ->
            [1] first
            [2] second
            [3] third
            [4] fourth
            [5] fifth
           *[other] paragraph { $alinea } of the
        } paragraph of section { $section }
        [item] subparagraph { $item } of { $alinea ->
            [none] {""}
            [1] the first paragraph of
            [2] the second paragraph of
            [3] the third paragraph of
            [4] the fourth paragraph of
            [5] the fifth paragraph of
           *[other] paragraph { $alinea } of
        } section { $section }
       *[section] { $count ->
            [1] section
           *[other] sections
        } { $refs }
    }
# The word before the last item of a list ("64, 65 and 66").
list-and = and

legal-s65-lead = Under the Act respecting Access to documents held by public bodies and the Protection of personal information, a public body may collect personal information only if it is necessary for the exercise of its functions or for a program it manages (section 64). When it collects it, it must also tell you, among other things (section 65):
# The items of s. 65, first paragraph, as amended by S.Q. 2021, c. 25
# (subparagraphs 1, 2, 4, 5 and 6).
legal-s65-name = the name of the public body on whose behalf the information is collected
legal-s65-purposes = the purposes for which it is collected
legal-s65-reply = whether a reply is obligatory or optional
legal-s65-refusal = the consequences, for you or, as the case may be, for a third person, of a refusal to reply or, where applicable, of withdrawing your consent
legal-s65-rights = the rights of access and rectification provided by law

# $oversight
legal-oversight = { $oversight ->
        [cai] The Commission d’accès à l’information du Québec oversees compliance with this legislation.
        [ipc-ontario] The Information and Privacy Commissioner of Ontario oversees compliance with this legislation.
       *[opc] The Office of the Privacy Commissioner of Canada oversees compliance with this legislation.
    }

# $count: how many banks follow (legal.banks); one is named after the colon,
# several are listed
legal-banks-lead = { $count ->
        [1] The personal information we collect is described in the following personal information bank:
       *[other] The personal information we collect is described in the following personal information banks:
    }
# $number: the bank's number (PSU 914); $title: its title, "none" when not given
legal-bank = { $title ->
        [none] { $number }
       *[other] { $title } ({ $number })
    }

## Links to other sites.

# $kind
# $list: the sites linked to (`links.other_sites`), joined with "and"
links-other-sites = Our site contains links to { $list }.
# $kind
links-policy-does-not-apply = Our { $kind ->
        [privacy-statement] privacy statement
        [privacy-notice] privacy notice
        [collection-notice] collection notice
       *[privacy-policy] privacy policy
    } does not apply to those sites.
links-their-policies-apply = The information exchanged there is subject to their own privacy policies.

# $kind
links-exit-notice = When you follow a link that leads outside our site, a message tells you that you are leaving it and that our { $kind ->
        [privacy-statement] privacy statement
        [privacy-notice] privacy notice
        [collection-notice] collection notice
       *[privacy-policy] privacy policy
    } no longer applies.

## History of changes.

# $kind
history-lead = Changes to our { $kind ->
        [privacy-statement] privacy statement
        [privacy-notice] privacy notice
        [collection-notice] collection notice
       *[privacy-policy] privacy policy
    }, most recent first:


## Collection notices (one per form).

# $linked: "true" when the form's title is a link (it follows the sentence);
# $form: the form's title
notice-form-lead = { $linked ->
        [true] This notice explains how we handle the personal information collected through the following form:
       *[other] This notice explains how we handle the personal information collected through the form “{ $form }”.
    }
# $count: how many fields
notice-fields-lead = The information collected through this form includes:
# $reply: obligatory | optional (a field's own, or the notice's)
notice-field-reply = { $reply ->
        [obligatory] (obligatory)
       *[optional] (optional)
    }
# $reply: obligatory | optional; $count: how many fields
notice-reply = { $reply ->
        [obligatory] { $count ->
            [0] You must provide this information.
            [1] You must provide this information.
           *[other] All fields are obligatory.
        }
       *[optional] { $count ->
            [0] Providing this information is optional.
            [1] Providing this information is optional.
           *[other] All fields are optional.
        }
    }
notice-privacy-policy = Our privacy policy tells you more about how we handle personal information:
# $count: how many notices name this policy
notices-lead = { $count ->
        [1] We collect personal information through the form below. Its collection notice says what information we collect and why:
       *[other] We collect personal information through the forms below. The collection notice of each says what information we collect and why:
    }
