# The descriptions of the JSON Schemas (`policypress schema`), which an
# editor shows on hover and in completion, and `policypress new --full` above
# each key. They say what the model's doc comments say (a test keeps them in
# step: a changed doc comment fails it until its message here and in French
# follow). Ids name where a description is (see src/model/schema_text.rs):
# `schema-<Type>`, `schema-<Type>-<field>`, `schema-<Type>-<value>`.

schema-AccessGroup = Who inside the organization may access personal information.
schema-ActCitation = An act cited by the document, with the places in it that matter.
schema-ActCitation-act = Which act: a built-in one, or your own (`{ "{" } id, label, url, drafting { "}" }`).
schema-ActCitation-cite =
    The places cited, as the act numbers them: `"64"`, `"38 (2)"`,
    `"8(2)(a)"`, `"Part II"`, Québec `"65 (1)"` (paragraph 1°), or their
    parts by name (`{ "{" } section: 65, alinea: 2 { "}" }`). The page words each in
    its language ("subsection 38 (2)", « paragraphe 38 (2) »).
schema-ActRef = A built-in act, or an act of your own: `{ "{" } id, label: { "{" } en, fr { "}" }, url { "}" }` (with an optional `drafting`).
schema-Bank =
    A personal information bank (federal; Info Source): `{ "{" } number: { "{" } en: PSU
    914, fr: POU 914 { "}" }, title: { "{" } en: Public Communications, fr:
    Communications publiques { "}" } { "}" }`.
schema-Bank-number = Its number in each language: PSU in English, POU in French.
schema-Bank-title = Its title in each language, if the policy gives it.
schema-Bank-url =
    Where it is described (its Info Source entry): one address for both
    languages, or one each.
schema-Citation = A citation by its parts: `part` alone, or `section` with `subsection` and `paragraph` (federal and Ontario acts) or `alinea` and `item` (Québec acts).
schema-Citation-alinea = Which unnumbered paragraph (alinéa), counted from 1.
schema-Citation-item = The numbered paragraph: 1 for 1°.
schema-Cite = A citation of the act: "64", "65.0.1", "38 (2)", "39 (2) (a)", "8(2)(a)", "Part II", Québec "65 (1)" (paragraph 1°), or its parts by name, e.g. { "{" } section: 65, alinea: 2 { "}" }.
schema-CustomAct =
    An act policypress does not know: its name in each language, its address
    and how it numbers its subdivisions.
schema-CustomAct-drafting =
    How it numbers its subdivisions (`federal`: 8(2)(a); `ontario`:
    39 (2) (a); `quebec`: article 65, paragraphe 1°). Left out: as the
    acts of the document's jurisdiction.
schema-CustomAct-id = Its identifier (kebab-case), not a built-in act's.
schema-CustomAct-label =
    Its name in each language, as the page cites it (« Loi sur les
    archives »): its official title.
schema-CustomAct-url = Where to read it: one address for both languages, or one each.
schema-Drafting = How an act numbers its subdivisions.
schema-Drafting-federal =
    Federal acts: section 8, subsection 8(2), paragraph 8(2)(a), written
    without spaces.
schema-Drafting-ontario =
    Ontario acts: section 39, subsection 39 (2), clause 39 (2) (a), with
    spaces.
schema-Drafting-quebec =
    Québec acts: article 65, paragraph 1° (« paragraphe 1° »), and
    unnumbered paragraphs (« deuxième alinéa »).
schema-Act = Acts policypress knows the names of in both languages.
schema-Act-ontario-fippa = Ontario: Freedom of Information and Protection of Privacy Act.
schema-Act-ontario-mfippa = Ontario: Municipal Freedom of Information and Protection of Privacy Act.
schema-Act-pipeda = Canada: Personal Information Protection and Electronic Documents Act.
schema-Act-privacy-act = Canada: Privacy Act.
schema-Act-quebec-access-act =
    Québec: Act respecting Access to documents held by public bodies and
    the Protection of personal information (CQLR c. A-2.1).
schema-Act-quebec-confidentiality-regulation =
    Québec: Regulation respecting the confidentiality policies of public
    bodies that collect personal information through technological means.
schema-Address = A Canadian postal address, formatted per Canada Post in each language.
schema-Address-city = City.
schema-Address-postal_code = Postal code, `A1A 1A1`.
schema-Address-province = Province or territory.
schema-Address-street =
    Civic number and street (`900, boulevard René-Lévesque Est` /
    `900 René-Lévesque Blvd East`).
schema-Address-unit = Suite, floor or office (`5e étage` / `5th Floor`).
schema-Allow = A silenced legal-lint rule.
schema-Allow-reason = Why the rule does not apply.
schema-Allow-rule = The rule id, e.g. `QC-12`.
schema-AutoCategory =
    Categories of information collected automatically, or gathered by an
    outside service (`services[].information`; the demographic ones, `age`
    to `interests`, are what web analytics services infer).
schema-AutoPurpose = Why information is collected automatically.
schema-Automatic = Information collected automatically during a visit.
schema-Automatic-categories =
    What is collected: a plain list (or `including:`) may not name
    everything, `only:` says it does.
schema-Automatic-identifies =
    Whether this information can identify the visitor: `false` says it
    does not, `true` that it may; absent, the page says neither.
schema-Automatic-purposes = Why it is collected: `only:` reads "only to:", a plain list does not.
schema-Automatic-security_monitoring =
    What the policy says of the systems that watch for attempts to
    damage the site: `true` for that they do; a group for what more it
    says of them.
schema-Automatic-statistics = Statistics kept from it.
schema-Bilingual =
    A value given once per language, e.g. `{ "{" } en: Privacy, fr: Confidentialité { "}" }`.
    Both languages are required: a text missing one is an error, never a
    silent fallback.
schema-Bilingual-en = The English value.
schema-Bilingual-fr = The French value.
schema-Branding =
    `branding:` in `content/site.yaml`. Every text a reader sees is
    bilingual ([`Text`]), so the English and French pages carry the same
    links and lines by construction; files are paths inside the site,
    copied under `assets/site/`.
schema-Branding-colors = The identity colours, as CSS custom properties of every page.
schema-Branding-copyright =
    The copyright line of the footer, e.g. `© Gouvernement du Québec`.
    Left out, a theme shows its own (the `quebec` theme) or none.
schema-Branding-css =
    Extra style sheets inside the site, copied to the output and linked
    from every page after the theme's own, so they win.
schema-Branding-footer_links = Links shown in the footer of every page, in order.
schema-Branding-head =
    Extra `<meta name=… content=…>` elements of every page's `<head>`.
    Pairs, never raw HTML: a page holds only markup policypress writes.
schema-Branding-header_links =
    Links shown in the header of every page, in order (the policies'
    own link type: words in each language, one address or one each).
schema-Branding-logo = The organization's signature image, shown in the header.
schema-Channel = How information reaches the organization.
schema-Collection =
    Statements about the collection as a whole. Each asserts a fact about
    the body, so each is printed only when its key says `true`; a starter
    or profile sets none of them for the author.
schema-Collection-none_without_consent =
    "We collect no personal information about you without your prior
    consent."
schema-Collection-notice_at_collection =
    "When we collect personal information, we tell you the specific
    purpose for which we collect it."
schema-Collection-only_necessary =
    "We collect only the personal information that is necessary for our
    programs and activities."
schema-Collection-only_when_you_choose =
    "We collect no personal information about you unless you choose to
    use online products and services that require it."
schema-Color = A CSS colour, #rgb or #rrggbb, e.g. "#26374a".
schema-Colors =
    The identity colours. Each becomes a CSS custom property that every
    built-in theme reads (`--pp-brand`, `--pp-brand-text`, `--pp-link`,
    `--pp-accent`), so a colour is set once for all themes and pages.
schema-Colors-accent = Rules, focus outlines and other accents (`--pp-accent`).
schema-Colors-brand = Background of the header and footer bands (`--pp-brand`).
schema-Colors-brand_text = Text on those bands (`--pp-brand-text`).
schema-Colors-link = Links in the page (`--pp-link`).
schema-Complaints = The ways to complain that the policy names.
schema-Complaints-internal =
    The body's own complaint process (Québec r. 4.1 s. 2 (12): the
    right to use it), as a link to where it is described or started.
    Left out, the page says nothing of one.
schema-Consequence = A built-in consequence, or your own text `{ "{" } en, fr { "}" }` (published as `{ "{" } text: { "{" } en, fr { "}" } { "}" }`).
schema-ConsequenceTerm = A consequence the page words itself.
schema-ConsequenceTerm-some-features-unavailable = "Some features of our site might then be unavailable."
schema-Contact =
    The person in charge of access to documents and of the protection of
    personal information (or the official who answers questions).
schema-Contact-address = Postal address.
schema-Contact-email = E-mail address.
schema-Contact-fax = Fax.
schema-Contact-form = A web form that reaches the person in charge.
schema-Contact-name = The person's name, if published.
schema-Contact-phone = Telephone.
schema-Contact-title = The position, e.g. « Secrétaire du Ministère ».
schema-Contact-toll_free = Toll-free telephone.
schema-ContactForm =
    A web form through which a contact can be reached (`contacts.privacy.form`,
    `contacts.questions.form` in document model 2): `{ "{" } url, label { "}" }`.

    A type of its own, not a generic link, because a form is one of a
    contact's *means* of contact, as an address, an e-mail or a telephone
    number are: Québec's rule QC-10 asks for the person in charge with one of
    them, and a form counts. Its label is required: the page shows it as the
    link's words ("Contact us online" / « Nous écrire en ligne »), never the
    bare address.
schema-ContactForm-label = The link's words in each language.
schema-ContactForm-url = The form's address, one for both languages or one each.
schema-CookieConsent = How the site asks for consent to its cookies.
schema-CookieConsent-banner = A banner asks on the first visit.
schema-CookieConsent-none = It does not ask.
schema-CookieConsent-preference-centre = A preference centre lets the reader choose at any time.
schema-CookieDetails =
    What a policy says of the cookies (and similar technologies) its site
    places. Each statement is printed only when its key says so.
schema-CookieDetails-consent =
    How the site asks for consent: `none`, a `banner`, or a
    `preference-centre`.
schema-CookieDetails-items = The cookies, one by one or by group.
schema-CookieDetails-linked_sites_may_set =
    "Some of the sites our site links to may place their own cookies on
    your device."
schema-CookieDetails-no_persistent = "Our site places no persistent cookies on your device."
schema-CookieDetails-no_personal_information =
    "Our site does not use cookies to gather personal information about
    you."
schema-CookieDetails-refuse = How to refuse cookies, what refusing costs, how to withdraw consent.
schema-CookieItem = One cookie, or a group of cookies alike.
schema-CookieItem-essential =
    Whether the site needs it to work (`false`: the reader may refuse it,
    and QC-08 asks what refusing costs).
schema-CookieItem-id = Its identifier in this policy.
schema-CookieItem-lifetime = How long it stays: `session`, `persistent` or `{ "{" } days: N { "}" }`.
schema-CookieItem-name =
    Its technical name, as the browser shows it (`ASP.NET_SessionId`,
    `_ga`).
schema-CookieItem-provider =
    The service that sets it: the `id` of one of `services`. Left out,
    the body's own site sets it.
schema-CookieItem-purpose = Why it is set: a built-in purpose or one of your own.
schema-CookieItem-storage =
    Where it is kept: `memory` (never written to the device's disk) or
    `disk`.
schema-CookieItem-type = What it is: `cookie`, `local-storage`, `pixel` or `script`.
schema-CookiePurpose = Why a cookie is set.
schema-CookiePurpose-advertising = To show advertising.
schema-CookiePurpose-analytics = To measure how the site is used.
schema-CookiePurpose-convenience = To make browsing easier.
schema-CookiePurpose-load-balancing = To spread the load between servers.
schema-CookiePurpose-navigation = Needed to move through the site (e.g. ASP sessions).
schema-CookiePurpose-preferences = To remember the reader's choices (language, display).
schema-CookiePurpose-security = To protect the site and its users.
schema-CookieType = What the technology is.
schema-CookieType-cookie = A browser cookie.
schema-CookieType-local-storage = The browser's local storage.
schema-CookieType-pixel = A tracking pixel (web beacon).
schema-CookieType-script = A script that collects information.
schema-Cookies = `none` ("Our site places no cookies on your device."), or what the policy says of its cookies.
schema-Country =
    A country whose name the locale files give in both languages (ISO 3166
    alpha-2). Ask for another one to be added, or write a region.
schema-CustomTerm = A term of the author's own, worded by its bilingual label.
schema-CustomTerm-description = A longer explanation, shown after the label.
schema-CustomTerm-dpv =
    A term of the W3C Data Privacy Vocabulary for the JSON-LD: a compact
    IRI (`dpv:`, `pd:`) or an `https` address. Left out, the JSON-LD
    gives it a policypress term under its own id.
schema-CustomTerm-id =
    Its identifier (kebab-case), unique in the list and not a built-in
    value's.
schema-CustomTerm-label =
    How the page names it, in each language, as a list item ("the size
    of your screen"): written like the built-in labels, lower case, no
    final period.
schema-Date = A date written YYYY-MM-DD, e.g. 2014-01-29.
schema-Destination = Where personal information goes.
schema-Disclosure = When personal information is communicated to a recipient.
schema-Email = An e-mail address, e.g. acces@example.gouv.qc.ca.
schema-Entry = A built-in value, a built-in value with your description (`{ "{" } id, description: { "{" } en, fr { "}" } { "}" }`), or a term of your own: `{ "{" } id, label: { "{" } en, fr { "}" } { "}" }` (with an optional `description` and `dpv` term).
schema-Entry-2 = A built-in value with your description after its label.
schema-Exercise = How a reader exercises their rights.
schema-Exercise-by =
    The means by which a request may be sent (`mail`, `email`, `fax`…);
    left out, the page names none.
schema-ExtraSection = A free section with a bilingual title and bilingual Markdown body.
schema-ExtraSection-after = The id of the section it follows; at the end when absent.
schema-ExtraSection-body = The body, in Markdown.
schema-ExtraSection-id = The section's anchor, identical in both languages (`#accessibility`).
schema-ExtraSection-title = The heading.
schema-Field =
    A field of a form: a category of information (`email`), or the category
    with what differs from the notice as a whole.
schema-Field-0 = A category: the notice's `reply` and purposes apply.
schema-Field-1 = A category with its own label or reply.
schema-FieldDetail = A field that says more than its category.
schema-FieldDetail-category = What it collects.
schema-FieldDetail-label = The form's own label for it, when it differs from the category's.
schema-FieldDetail-reply =
    Whether answering it is obligatory or optional, when it differs
    from the notice's `reply`.
schema-ForbiddenUse = A use the body says it never makes of personal information.
schema-ForbiddenUse-advertising = Advertising.
schema-ForbiddenUse-profiling = Building user profiles.
schema-ForbiddenUse-sale = Selling it.
schema-Form = The form a collection notice is given on.
schema-Form-title = Its title, as the form shows it.
schema-Form-url = Its address, one for both languages or one each.
schema-Gender = Grammatical gender of a name in French, for agreement in sentences.
schema-Gender-feminine = la Commission, la Société.
schema-Gender-masculine = le Ministère, le gouvernement.
schema-HeadMeta = One `<meta name=… content=…>` of every page's `<head>`.
schema-HeadMeta-content = Its value, one for both languages or one per language.
schema-HeadMeta-name =
    The metadata's name, e.g. `dcterms.accessRights` or
    `google-site-verification`.
schema-HistoryEntry = One dated change of the policy.
schema-HistoryEntry-date = When the change took effect.
schema-HistoryEntry-summary = What changed.
schema-Ident = An identifier: lower-case letters a-z, digits and hyphens.
schema-IdentificationPurpose = Why an online service asks the visitor to identify themselves.
schema-InCountry = `{ "{" } country: US { "}" }`.
schema-InCountry-country = The country, ISO 3166 alpha-2.
schema-Introduction =
    The opening sentences of a policy, each one the body's own statement:
    none is printed unless its key says `true`.
schema-Introduction-commitment =
    "We are committed to protecting your privacy, whether you are simply
    browsing our site or sending us information."
schema-Introduction-thanks =
    "Thank you for visiting our website and for taking the time to read
    our privacy policy."
schema-Jurisdiction = Whose privacy law governs the policy.
schema-Jurisdiction-federal = A federal institution (Privacy Act).
schema-Jurisdiction-ontario = An Ontario institution (FIPPA, MFIPPA).
schema-Jurisdiction-private = A private-sector organization (PIPEDA).
schema-Jurisdiction-quebec = A Québec public body (Access Act).
schema-KeepPath = A path inside the output folder, relative to it, e.g. `.git`, `CNAME` or `.well-known/security.txt`.
schema-Lang = One of the site's two languages.
schema-Lang-en = English (Canada).
schema-Lang-fr = French (Canada).
schema-Legal = The legal frame of the policy.
schema-Legal-acts = The acts and sections the policy cites.
schema-Legal-banks =
    The personal information banks (federal) that describe the
    information, each with its number and, if given, its title and its
    address in Info Source.
schema-Legal-oversight =
    The body overseeing compliance, and whether the policy says it
    oversees compliance. Left out, the rights section names the
    jurisdiction's body (the law makes it the one that hears complaints)
    and the legal section says nothing of it.
schema-Legal-quote_section_65 =
    Whether to reproduce the list of what the body must tell you under
    the Québec Access Act s. 65.
schema-Lifetime = A word, or a number of days.
schema-LifetimeDays = A lifetime given in days.
schema-LifetimeDays-days = How many days it stays.
schema-LifetimeWord = The words a lifetime may be.
schema-LifetimeWord-persistent = Stays after the visit.
schema-LifetimeWord-session = Deleted at the end of the visit.
schema-Link = A labelled link.
schema-Link-label = The link text.
schema-Link-url = The address, one for both languages or one each.
schema-LinkedSites = Sites a site links to, as they read after "links to".
schema-Links = Links to other sites.
schema-Links-exit_notice = Visitors are told when they leave the site.
schema-Links-other_sites = The sites the site links to: "Our site contains links to …".
schema-Links-policy_does_not_apply = "Our privacy policy does not apply to those sites."
schema-Links-their_policies_apply =
    "The information exchanged there is subject to their own privacy
    policies."
schema-List = A list: plain (it may not name everything: "including"), `{ "{" } including: [...] { "}" }` (the same, said explicitly) or `{ "{" } only: [...] { "}" }` (it names everything: "only").
schema-List-1 = A complete list: the page says "only".
schema-List-2 = A list that may not name everything: the page says "including".
schema-Localized = One value for both languages, or `{ "{" } en: …, fr: … { "}" }`.
schema-Logo =
    The organization's signature image. policypress ships no government
    artwork (wordmarks and flags are trademarks): the site supplies its own.
schema-Logo-alt =
    Its text alternative in each language, usually the organization's
    name as the image writes it.
schema-Logo-link =
    Where the logo leads, one address or one per language. Left out,
    it leads to the site's landing page.
schema-Logo-src =
    The image, a path inside the site (`branding/logo.svg`): SVG, PNG,
    JPEG, GIF or WebP.
schema-MetaName = A <meta> name: letters, digits and `.`, `-`, `_`, `:`.
schema-Newsletter = A newsletter subscription.
schema-Newsletter-categories = What a subscriber gives.
schema-Newsletter-shared =
    Whether the list may be shared with a third party (`false`: the page
    says it never is); left out, the page says neither.
schema-Occasion = When a visitor gives personal information ("if you wish to: …").
schema-OnlineServices = Online services that require the visitor to identify themselves.
schema-OnlineServices-credentials = Access to confidential information requires a user code and password.
schema-OnlineServices-purposes = Why identifying information is asked.
schema-OnlineServices-required = "You must provide this information to use these services."
schema-OnlineServices-user_responsible = The user is responsible for keeping their credentials confidential.
schema-Organization = The organization that publishes the site.
schema-Organization-address = Postal address of the organization.
schema-Organization-gender = Whether the name takes a feminine article in French (la Commission).
schema-Organization-name = Full name, e.g. Ministère des Relations internationales.
schema-Organization-short_name = Short form used in running text ("the department", « le Ministère »).
schema-Organization-site_name = The site's name when it differs from the organization's (Québec Portal).
schema-Organization-website = The site's home page.
schema-Oversight = A body that oversees privacy compliance and hears complaints.
schema-Oversight-cai = Commission d'accès à l'information du Québec.
schema-Oversight-ipc-ontario = Information and Privacy Commissioner of Ontario.
schema-Oversight-opc = Office of the Privacy Commissioner of Canada.
schema-OversightStatement = What the policy says of the body that oversees compliance.
schema-OversightStatement-body =
    Which body; the rights section names it when it tells how to
    complain.
schema-OversightStatement-oversees_compliance =
    "The … oversees compliance with this legislation." Printed only
    when `true`.
schema-OwnConsequence =
    How a consequence of one's own is published: `{ "{" } text: { "{" } en, fr { "}" } { "}" }`,
    so a reader (and a template, once the page's language is picked) tells
    it from a built-in term.
schema-OwnConsequence-text = The sentence.
schema-Phone = A North American telephone number: 418 643-1344, 1-800-282-1376, optionally followed by `ext. 1234` or `poste 1234`.
schema-Place = A country `{ "{" } country: US { "}" }` (ISO 3166 alpha-2), or a region.
schema-Policy =
    One document: a privacy policy (`content/policies/`) or a collection
    notice (`content/notices/`), after its profiles are merged in. Both kinds
    share one model, so every stage reads them the same way; the keys only
    one kind takes are listed in [`KIND_ONLY`] and refused in the other.
schema-Policy-access =
    Who inside the organization has access: `only:` reads "only …
    have access", a plain list "… include".
schema-Policy-allow = Legal-lint rules this policy silences, each with its reason.
schema-Policy-automatic = What is collected automatically when someone visits.
schema-Policy-collection = What the body says of its collection as a whole.
schema-Policy-complaints = The complaint processes the policy names.
schema-Policy-cookies =
    What the site places on the reader's device: `none`, or what the
    policy says of its cookies. Absent, the page says nothing of cookies.
schema-Policy-extends = The profile this policy inherits from (`content/profiles/<name>.yaml`).
schema-Policy-fields = A notice: the fields the form collects.
schema-Policy-form = A notice: the form it is given on.
schema-Policy-history = Dated changes, newest first.
schema-Policy-introduction = The opening sentences the body chose to write.
schema-Policy-jurisdiction =
    Whose law governs the policy; selects the legal-lint rules and the
    keys that only one jurisdiction uses.
schema-Policy-kind = Kind of document, which sets its conventional name.
schema-Policy-legal = The law the policy answers to.
schema-Policy-links = Links to other sites.
schema-Policy-notices = The collection notices that name this policy: each notice's id, its form's title and its pages.
schema-Policy-organization = Who publishes the policy.
schema-Policy-policy_page = A notice: the privacy policy it names, its title and pages.
schema-Policy-privacy_policy = A notice: the privacy policy of the site it belongs to (a policy id).
schema-Policy-recipients =
    Who outside the organization receives personal information, and
    when: `none` says no one does; absent, the page says neither.
schema-Policy-refusal = A notice: what happens if the person does not answer.
schema-Policy-reply =
    A notice: whether answering is obligatory or optional, for every
    field that does not say otherwise.
schema-Policy-retention = How long personal information is kept and what happens to it then.
schema-Policy-rights = The reader's rights and whom to contact.
schema-Policy-sections = Free sections for what no field covers, placed with `after`.
schema-Policy-security = Security measures.
schema-Policy-services = The outside services the site uses (web analytics, hosting, forms…).
schema-Policy-slug = The URL slug of each page; defaults to the policy id in both languages.
schema-Policy-title = The page's title in both languages.
schema-Policy-tracking =
    Québec: whether a technology of the site identifies, locates or
    profiles, and how to turn those functions on (Access Act s. 65.0.1).
schema-Policy-transfers =
    Whether personal information leaves the jurisdiction, and where to:
    `none` says it does not; absent, the page says neither.
schema-Policy-updated =
    Date the policy was last modified (`YYYY-MM-DD`). Without it the
    pages have no "Date modified" line (rule WEB-01 warns).
schema-Policy-use = What personal information is used for.
schema-Policy-voluntary = What a visitor may give voluntarily, and why.
schema-PolicyDocument =
    `policy.json`, format 1: a policy for programs. Texts are given in both
    languages (`{ "{" } "en": …, "fr": … { "}" }`), enumerated values as their
    language-neutral codes (`ip-address`), with their wording in `labels`.
schema-PolicyDocument-format = The shape version of this document: 1.
schema-PolicyDocument-id =
    The document id (the name of its file in `content/policies/` or
    `content/notices/`).
schema-PolicyDocument-kind =
    `"notice"` for a collection notice (`notice.json`); absent for a
    policy.
schema-PolicyDocument-labels =
    The wording of every enumerated value the policy uses, by
    enumeration (`auto-category`) then value (`ip-address`).
schema-PolicyDocument-pages = The address of each language's page.
schema-PolicyDocument-policy =
    The policy after its profiles are merged in, with defaults applied
    (`legal.oversight`), in the shape of a policy file
    (`schema/policy.schema.json`) except that every value given "once for
    both languages" is written per language, and telephone numbers are
    split into their parts. `allow` (silenced lint rules) is left empty.
schema-PolicyDocument-updated = Date the policy was last modified, when the policy gives it.
schema-PolicyDocument-version =
    The version of the policy's content: eight hexadecimal digits of the
    SHA-256 of the canonical JSON (keys sorted, no whitespace) of `policy`.
schema-PolicyKind = What the document is called in its jurisdiction's usage.
schema-PolicyKind-collection-notice = A collection notice: « avis de collecte ». Every notice is called so.
schema-PolicyKind-privacy-notice = Federal: « avis de confidentialité ».
schema-PolicyKind-privacy-policy = Québec: « politique de confidentialité ».
schema-PolicyKind-privacy-statement = Ontario: « déclaration concernant la protection de la vie privée ».
schema-PostalCode = A Canadian postal code, e.g. G1R 4Y2.
schema-Province = A province or territory of Canada.
schema-Recipient = One recipient (or category of recipients) of personal information.
schema-Recipient-information = What is communicated.
schema-Recipient-must =
    `true`: the information must be communicated (the law requires it);
    `false` or absent: it may be.
schema-Recipient-purposes = Why.
schema-Recipient-when = In which cases: `only:` reads "only …".
schema-Recipient-who = Who.
schema-RecipientKind = Who outside the organization receives personal information.
schema-Recipients = Who outside the organization receives personal information: `none` (no one), a list (which may not name everyone), or `{ "{" } only: [...] { "}" }` (no one else) / `{ "{" } including: [...] { "}" }`, with `never: [...]` beside either.
schema-Recipients-none = No one outside the organization receives it: the page says so.
schema-Refuse = How a reader refuses cookies, and what it costs.
schema-Refuse-browser = "You can set your browser to refuse cookies at any time."
schema-Refuse-consequence = What refusing costs (QC-08): a built-in consequence or your own text.
schema-Refuse-withdraw = How to withdraw a consent already given, in your own words.
schema-Region = A region a service may process information in.
schema-Region-in-canada = In Canada.
schema-Region-in-quebec = In Québec (Québec policies).
schema-Region-outside-canada = Outside Canada.
schema-Region-outside-ontario = Outside Ontario (Ontario policies).
schema-Region-outside-quebec = Outside Québec (Québec policies).
schema-Reply = Whether replying is optional.
schema-Reply-obligatory = Required to obtain the service.
schema-Reply-optional = The visitor may decline.
schema-Retention = What happens to personal information no longer needed.
schema-Retention-archived-or-destroyed = Archived or destroyed.
schema-Retention-destroyed = Destroyed.
schema-RetentionStatement = How long personal information is kept, and what happens to it then.
schema-RetentionStatement-period =
    How long, in the author's words, completing "We keep your personal
    information …" ("for two years after your last visit").
schema-RetentionStatement-securely = "… securely."
schema-RetentionStatement-then = What happens when it is no longer needed.
schema-Rights = The reader's rights and whom to contact.
schema-Rights-access = Right of access to one's information.
schema-Rights-complaint = Right to complain to the oversight body.
schema-Rights-review =
    Right to have the oversight body review a decision on a request
    for access (or correction): Québec, a review by the Commission;
    Ontario, an appeal to the Commissioner; federal, a complaint to the
    Privacy Commissioner.
schema-Rights-contact = The person in charge.
schema-Rights-correction = Right to have it corrected.
schema-Rights-deletion =
    Right to ask that it be destroyed (the MRI: "corrected or
    destroyed"); printed with the right of correction.
schema-Rights-exercise =
    How to exercise the rights: the page says to send a request to the
    person in charge (by the means listed). Left out, it says nothing.
schema-Rights-online_access = An online way to consult or correct one's information, if any.
schema-Rights-questions = Where to send questions and comments about the site.
schema-Security = Security measures.
schema-Security-evolving = "Our security practices evolve continually."
schema-Security-measures = The measures in place.
schema-SecurityMeasure = A security measure.
schema-SecurityMonitoring =
    `automatic.security_monitoring`: `true` (systems detect attempts to
    damage the site), or a group saying so and what else the policy says of
    them, each sentence from its own key (the Ontario statement: "to
    anonymously monitor…", "we make no attempt to link this information with
    the identity of individuals", "we can take further actions").
schema-SecurityMonitoring-0 = `true`: systems detect attempts to damage the site.
schema-SecurityMonitoring-1 = What else the policy says of them.
schema-SecurityMonitoringDetails = The group spelling of `automatic.security_monitoring`.
schema-SecurityMonitoringDetails-anonymous = "…detect, anonymously, unauthorized attempts…".
schema-SecurityMonitoringDetails-further_action =
    "If an attempt to damage our site is detected, we may take further
    action."
schema-SecurityMonitoringDetails-not_linked_to_identity =
    "As a general practice, we make no attempt to link this information
    to the identity of the people who visit our site."
schema-Service =
    An outside service the site uses, one role each (web analytics is one
    role among others).
schema-Service-anonymous = "The information it gathers is anonymous."
schema-Service-id = Its identifier in this policy (cookie items name it as `provider`).
schema-Service-information = What it gathers: `only:` says the list is complete.
schema-Service-name = Its name: a proper name (`Google Analytics`) or one per language.
schema-Service-opt_out = Where to opt out of it.
schema-Service-opt_out_consequence = What opting out costs.
schema-Service-policy = Its own privacy policy.
schema-Service-processed_in =
    Where it processes the information: `{ "{" } country: US { "}" }` or a region
    (`outside-quebec`, `outside-ontario`, `outside-canada`, `in-quebec`,
    `in-canada`).
schema-Service-provider = The company or body that provides it (`Google LLC`).
schema-Service-purposes = Why the site uses it: `only:` reads "only to:".
schema-Service-role = What it does for the site: a built-in role or one of your own.
schema-Service-sets_cookies =
    Whether it places its own cookies (`false` says it places none);
    left out, the page says neither.
schema-Service-terms_require_data =
    "Under its terms of use, this service requires us to send it
    information about the use of our site."
schema-ServiceRole = What an outside service does for the site.
schema-SiteConfig = Settings that apply to every page of the site.
schema-SiteConfig-base_url =
    Where the site is published: one base URL, or one per language when
    the two languages live on two domains. No query or fragment.
schema-SiteConfig-branding =
    The organization's visual identity on every page: logo, colours,
    header and footer links, copyright line, extra CSS and `<head>`
    metadata. Enough to brand a site without a template of its own.
schema-SiteConfig-keep =
    Paths in the output folder that each build keeps as they are, e.g.
    `[.git, CNAME, .well-known]` when the output is a checkout used to
    publish. A build replaces its output folder whole and stops before
    one holding anything it did not write and that is not listed here.
schema-SiteConfig-languages = The site's languages; policypress publishes exactly `[en, fr]`.
schema-SiteConfig-source_language =
    The language the policies are written in first; the other is the
    translation (French for Québec bodies, English for Ontario and
    federal ones).
schema-SiteConfig-theme = The theme folder under `themes/`.
schema-SiteConfig-title = Title of the bilingual landing page.
schema-SiteConfig-typography = Typographic choices for the rendered pages.
schema-SitePath = A file inside the site, relative to its root folder, e.g. `branding/logo.svg`.
schema-Statistic = Statistics kept from automatically collected information.
schema-Storage = Where a cookie is kept.
schema-Storage-disk = On the device's disk.
schema-Storage-memory = In the device's memory only, never written to its disk.
schema-Tracking = The functions of s. 65.0.1 (Québec) a technology of the site has.
schema-Tracking-functions =
    `none` ⇒ "no identification, location or profiling function", or
    the functions some technology of the site has.
schema-Tracking-how_to_activate = How the reader turns them on, in your own words.
schema-Tracking-off_by_default = "These functions are turned off by default."
schema-TrackingFunction = A function of s. 65.0.1.
schema-TrackingFunction-identification = Identifies the person.
schema-TrackingFunction-location = Locates the person.
schema-TrackingFunction-profiling = Profiles the person.
schema-TrackingFunctions = `none`, or the functions some technology of the site has.
schema-Transfer = One communication of personal information outside the jurisdiction.
schema-Transfer-information = What is communicated.
schema-Transfer-purposes = Why.
schema-Transfer-recipient = Who receives it there (a proper name, e.g. a service provider).
schema-Transfer-to =
    Where it goes: a built-in place or the author's own (`{ "{" } id, label { "}" }`,
    the label as it reads after "may be communicated": "to Ireland").
schema-Transfers = Whether personal information leaves the jurisdiction: `none` (it does not: the page says so), or where it goes.
schema-Transfers-none = It does not leave Québec (under Québec law) or Canada: the page says so.
schema-Typography =
    Typographic choices. Pages always get French and English typography
    (see docs/data-format.md); these are the choices the norms leave open.
schema-Typography-narrow_space_before_punctuation =
    French: put a narrow no-break space (U+202F) before `;`, `?` and `!`
    instead of no space at all. Both are correct in Québec; the Office
    québécois de la langue française accepts either. Default: no space.
schema-Url = An absolute web address starting with https:// (or http://).
schema-Use = What personal information is used for.
schema-Use-never_for =
    Uses the body says it never makes ("never used to build user
    profiles").
schema-Use-only_for_collected_purposes =
    "We use the personal information we hold only for the purposes for
    which it was collected."
schema-Use-or_consistent_purposes =
    With `only_for_collected_purposes`: "…or for a consistent purpose"
    (Ontario FIPPA s. 41 (1) (b), MFIPPA s. 31 (b)).
schema-Use-purposes =
    The uses: `only:` reads "only to:", a plain list does not claim to
    name them all.
schema-Voluntary = What visitors may give voluntarily.
schema-Voluntary-alternatives = Other ways to deal with the organization without the Internet.
schema-Voluntary-alternatives_not_all_available = "Not all of these options are available in every situation."
schema-Voluntary-categories = Kinds of information visitors may give.
schema-Voluntary-channels = How it reaches the organization.
schema-Voluntary-email_advice =
    Advise against sending personal information (e.g. the social
    insurance number) by e-mail.
schema-Voluntary-newsletter = A newsletter subscription.
schema-Voluntary-occasions =
    When visitors give it: "if you wish to: …" (what they use it for is
    `use.purposes`).
schema-Voluntary-online_services = Online services that require identification.
schema-Voluntary-refusal_consequence = What happens if the visitor refuses to give it (s. 65 (5)).
schema-Voluntary-reply = Whether a reply is optional or obligatory (Access Act s. 65 (4)).
schema-Voluntary-reply_by_phone = Replies needing confidential information are made by telephone.
schema-Voluntary-same_rules_as_mail = E-mail is handled with the same confidentiality as mail.
schema-Voluntary-staff_trained = Staff with access are trained in confidentiality.
schema-VoluntaryCategory = Kinds of personal information a visitor may give.
schema-VoluntaryPurpose = What personal information is used for (`use.purposes`).
schema-json-List = A list, and whether it names everything (`complete`: the policy said `only:`).
schema-json-Phone = A North American telephone number, in parts.
schema-json-Phone-long_distance = Dialled with the leading 1 (toll-free numbers).
schema-json-Recipients = Who outside the organization receives personal information: `"none"`, or the recipients (`complete`: the policy said `only:`) and who never receives it.
schema-Policy-prose =
    Your own words inside built-in sections, by section id: `before`,
    `after` or `instead` of the text the section's data gives (`cookies:
    { "{" } after: { "{" } en: …, fr: … { "}" } { "}" }`).
schema-Prose = Your own words inside built-in sections, by section id: `before`, `after` or `instead` of the text the section's data gives.
schema-SectionProse =
    The author's own Markdown inside a built-in section: before the text
    the section's data gives, after it, or in its place.
schema-SectionProse-after = Markdown shown at the end of the section, after its generated text.
schema-SectionProse-before = Markdown shown at the start of the section, before its generated text.
schema-SectionProse-instead =
    Markdown shown in place of the section's generated text (its data
    stays in `policy.json` and the JSON-LD).
