### Wording of the model's enumerations, keyed `<enum>-<kebab-case value>`.
### Each value reads as an item of a bulleted list that follows a lead-in
### sentence ending with a colon: lower-case start, no final punctuation.
### Names (acts, oversight bodies, kinds of documents) are capitalized as
### titles. These messages take no variables.

## Kinds of documents (PolicyKind), as names.

policy-kind-privacy-policy = Privacy policy
policy-kind-privacy-statement = Privacy statement
policy-kind-privacy-notice = Privacy notice
policy-kind-collection-notice = Collection notice

## Information exchanged automatically (AutoCategory).
## Lead-in: "The following information is exchanged:"

auto-category-ip-address = your IP (Internet Protocol) address, a number assigned to your device when it connects to the Internet so that the pages you request reach it without error
auto-category-domain-name = your Internet domain name (for example, the domain of your employer or of your university if you connect through its network)
auto-category-browser = the type of your browser
auto-category-operating-system = your operating system
auto-category-internet-service-provider = your Internet service provider
auto-category-access-date-time = the date and time of your visit
auto-category-pages-visited = the pages you visit
auto-category-search-keywords = the keywords you enter in our search engine
auto-category-files-requested = the names and sizes of the files you request
auto-category-referring-site = the address of the site you came from (referring site), if any
auto-category-country = the country from which you connect
auto-category-age = your age
auto-category-gender = your gender
auto-category-language = your language
auto-category-interests = your interests

## Why it is collected (AutoPurpose).
## Lead-in: "We use this information to:"

auto-purpose-technical-requirements = meet the technical requirements of browsing the Web, for example so that our server sends you files your equipment can read
auto-purpose-statistics = compile statistics on the use of our site
auto-purpose-operational-trends = analyze traffic and usage trends
auto-purpose-performance = measure the performance of our site
auto-purpose-site-improvement = find ways to improve our site
auto-purpose-security-monitoring = protect our site against misuse and attacks

## Statistics kept (Statistic).
## Lead-in: "We also keep the information we need to know:"

statistic-visitor-count = the number of visitors
statistic-popular-pages = the pages visited most often
statistic-technology = the technology our visitors use
statistic-referring-sites = the sites that refer visitors to ours
statistic-countries-of-origin = the countries our visitors come from

## Personal information a visitor may give (VoluntaryCategory).
## Lead-ins: "You may choose to give us personal information, such as:",
## "To subscribe, you give us:"

voluntary-category-name = your name
voluntary-category-first-name = your first name
voluntary-category-last-name = your last name
voluntary-category-postal-address = your postal address
voluntary-category-telephone = your telephone number
voluntary-category-email = your email address
voluntary-category-credit-card = your credit card number
voluntary-category-social-insurance-number = your social insurance number
voluntary-category-user-code = your user code
voluntary-category-password = your password

## What personal information is used for (VoluntaryPurpose).
## Lead-in: "Among other things, we use your personal information to:"

voluntary-purpose-respond = answer your message, question or request
voluntary-purpose-follow-up = follow up on your request
voluntary-purpose-provide-service = provide the service or product you request
voluntary-purpose-registration = process a registration or licence form you fill out online
voluntary-purpose-feedback = receive your comments and suggestions
voluntary-purpose-consultation = allow you to take part in consultations or surveys
voluntary-purpose-e-commerce = complete online transactions with you
voluntary-purpose-subscription = send you the information you subscribed to
voluntary-purpose-research = carry out research
voluntary-purpose-evaluation = carry out evaluations
voluntary-purpose-investigation = conduct investigations
voluntary-purpose-survey = conduct surveys

## When a visitor gives personal information (Occasion).
## Lead-in: "You may give us personal information if you wish to:"

occasion-write-to-us = send us an email, comment, question or request
occasion-subscribe = subscribe to information online
occasion-request-service = request a service or product
occasion-registration = fill out a registration or licence form online
occasion-feedback = give us feedback
occasion-consultation = take part in consultations or surveys online
occasion-e-commerce = conduct e-commerce transactions with us

## How information reaches the organization (Channel).
## Lead-ins: "This information may reach us:", "you can contact us:"

channel-email = by email
channel-online-forms = through online forms
channel-online-services = through our online services
channel-newsletter = when you subscribe to our newsletter
channel-telephone = by telephone
channel-fax = by fax
channel-mail = by mail
channel-kiosk = at a service kiosk
channel-in-person = in person

## Why an online service asks you to identify yourself (IdentificationPurpose).
## Lead-in: "This information is needed to:"

identification-purpose-verify-identity = verify your identity when you contact us
identification-purpose-access-file = find your file, so that we have the right information at hand when we process your request
identification-purpose-verify-when-contacting = verify your identity when we contact you to answer your request or question
identification-purpose-protect-confidentiality = protect the confidentiality of your information

## Who inside the organization has access (AccessGroup).
## Lead-in: "Only the following people have access to it:"

access-group-authorized-staff = duly authorized members of our staff
access-group-staff-handling-request = the members of our staff who handle your request
access-group-service-providers = service providers working on our behalf

## Who receives personal information (RecipientKind), as it reads after
## "to": "We may communicate your personal information to another public body".

recipient-kind-other-public-bodies = another public body
recipient-kind-private-organizations = a private organization
recipient-kind-third-parties = a third party
recipient-kind-related-organizations = a related organization
recipient-kind-service-providers = a service provider working on our behalf

## When personal information is communicated (Disclosure).
## Lead-in: "We communicate your personal information to another public body only:"

disclosure-request-concerns-body = when your request concerns that body
disclosure-required-by-law = when the law requires it
disclosure-written-agreements = under written agreements
disclosure-with-consent = with your consent

## Where personal information goes (Destination), as it reads after
## "Your personal information may be communicated".

destination-outside-quebec = outside Québec
destination-outside-ontario = outside Ontario
destination-outside-canada = outside Canada
destination-united-states = to the United States
destination-european-union = to the European Union
destination-united-kingdom = to the United Kingdom

## Uses the policy rules out (ForbiddenUse), joined with "or" after
## "We never use your personal information to".

forbidden-use-profiling = build user profiles
forbidden-use-advertising = show you targeted advertising

## Security measures (SecurityMeasure).
## Lead-in: "Our safeguards include:"

security-measure-up-to-date-protocols = up-to-date security protocols, including for transactions by credit card
security-measure-encryption = encryption of the information sent to us
security-measure-security-software = security software
security-measure-firewall = a firewall that protects the information on our networks
security-measure-physical-controls = physical controls, such as restricted access to our premises
security-measure-technical-controls = technical controls on our systems
security-measure-procedural-controls = procedural controls
security-measure-access-restricted = access limited to the members of our staff who need the information to do their work
security-measure-staff-training = training of our staff in the protection of personal information

## Acts (Act): official names.

act-quebec-access-act = Act respecting Access to documents held by public bodies and the Protection of personal information
act-quebec-confidentiality-regulation = Regulation respecting the confidentiality policies of public bodies that collect personal information through technological means
act-ontario-fippa = Freedom of Information and Protection of Privacy Act
act-ontario-mfippa = Municipal Freedom of Information and Protection of Privacy Act
act-privacy-act = Privacy Act
act-pipeda = Personal Information Protection and Electronic Documents Act

## Official text of each act, in this language.

act-url-quebec-access-act = https://www.legisquebec.gouv.qc.ca/en/document/cs/A-2.1
act-url-quebec-confidentiality-regulation = https://www.legisquebec.gouv.qc.ca/en/document/cr/A-2.1,%20r.%204.1
act-url-ontario-fippa = https://www.ontario.ca/laws/statute/90f31
act-url-ontario-mfippa = https://www.ontario.ca/laws/statute/90m56
act-url-privacy-act = https://laws-lois.justice.gc.ca/eng/acts/P-21/
act-url-pipeda = https://laws-lois.justice.gc.ca/eng/acts/P-8.6/

## Oversight bodies (Oversight): official names.

oversight-cai = Commission d’accès à l’information du Québec
oversight-ipc-ontario = Information and Privacy Commissioner of Ontario
oversight-opc = Office of the Privacy Commissioner of Canada

## Why a cookie is set (CookiePurpose), in the "Purpose" column of the
## table of cookies.

cookie-purpose-navigation = needed to navigate the site
cookie-purpose-convenience = to make browsing easier
cookie-purpose-preferences = to remember your preferences
cookie-purpose-security = to protect the site and its users
cookie-purpose-analytics = to measure how the site is used
cookie-purpose-load-balancing = to spread the load between our servers
cookie-purpose-advertising = to show advertising

## Where a cookie is kept (Storage), in the table of cookies.

cookie-storage-memory = in your device’s memory only, never on its disk
cookie-storage-disk = on your device’s disk

## What the technology is (CookieType), in the table of cookies.

cookie-type-cookie = cookie
cookie-type-local-storage = local storage
cookie-type-pixel = pixel (web beacon)
cookie-type-script = script

## What refusing or opting out costs (ConsequenceTerm): whole sentences,
## after the one that says how to refuse.

consequence-some-features-unavailable = Some features of our site might then be unavailable.

## Functions of s. 65.0.1 (TrackingFunction).
## Lead-in: "Technologies our site uses have the following functions:"

tracking-function-identification = identification
tracking-function-location = location
tracking-function-profiling = profiling

## What an outside service does (ServiceRole), after its name:
## "We use Google Analytics, a web analytics service."

service-role-web-analytics = a web analytics service
service-role-hosting = a hosting service
service-role-forms = an online forms service
service-role-email-delivery = an email delivery service
service-role-bot-protection = a protection service against automated traffic (bots)
service-role-maps = a mapping service
service-role-video = a video service
service-role-chat = a chat service
service-role-payment = an online payment service
service-role-mailing-list = a mailing list service
service-role-social-media = a social media platform
service-role-content-delivery = a content delivery network
service-role-telephony = a telephony service
service-role-notification = a notification service
service-role-survey = a survey service
service-role-help-desk = a help desk service

## Countries where a service processes information, after "processes
## information": ISO 3166 alpha-2 codes, in lower case.

country-in-ca = in Canada
country-in-us = in the United States
country-in-gb = in the United Kingdom
country-in-ie = in Ireland
country-in-fr = in France
country-in-de = in Germany
country-in-nl = in the Netherlands
country-in-be = in Belgium
country-in-ch = in Switzerland
country-in-se = in Sweden
country-in-fi = in Finland
country-in-dk = in Denmark
country-in-no = in Norway
country-in-au = in Australia
country-in-jp = in Japan
country-in-sg = in Singapore
country-in-in = in India
## Sites a site links to (LinkedSites), as they read after "links to",
## joined with "and".

linked-sites-quebec-government = sites of the Government of Québec
linked-sites-other-governments = sites of other governments
linked-sites-public-bodies = sites of public bodies
linked-sites-private-organizations = sites of private organizations
