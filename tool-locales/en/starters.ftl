# The comments of the starter sites `policypress init` writes, in the tool's
# language. Each template of src/scaffold/templates/<jurisdiction>/ names
# these messages by markers (`#= starter-…`, see src/scaffold/comments.rs);
# the data stays in the templates. A message's line breaks are kept: an empty
# line gives an empty comment line, a line starting with `- ` a list item.
# Ids: `starter-<file>-…` for what several jurisdictions share,
# `starter-<jurisdiction>-<file>-…` for one jurisdiction's own.

## content/site.yaml

starter-site-intro = Site settings: where your privacy pages will be published, and the title of the home page that lists them.
starter-site-base-url-fr-first = Your website's address. Replace the example with yours and keep the final slash. The pages will be at <this address>fr/… and <this address>en/….
starter-site-base-url-en-first = Your website's address. Replace the example with yours and keep the final slash. The pages will be at <this address>en/… and <this address>fr/….
starter-federal-site-two-domains = If each language has its own domain, write one address per language:
starter-quebec-site-source-language = The language the policy is written in first. A Québec public body writes in French (fr); the English page is the translation.
starter-ontario-site-source-language = The language the statement is written in first. Ontario institutions write in English (en); the French page is the translation.
starter-federal-site-source-language = The language the notice is written in first. Federal institutions usually write in English (en); the French page is the translation. Write fr if your notice is written in French first.
starter-private-site-source-language = The language the policy is written in first: en (English) or fr (French). The other language's page is the translation.
starter-site-title-policies = Title of the home page that lists your policies, in both languages.
starter-site-title-statements = Title of the home page that lists your statements, in both languages.
starter-site-title-notices = Title of the home page that lists your notices, in both languages.

## content/profiles/<jurisdiction>-base.yaml

starter-quebec-profile-intro =
    What every privacy policy of a Québec public body has in common.

    A policy that starts with `extends: quebec-base` takes everything below. It can replace any value by writing the same key with another value:
    - a value written in the policy wins over the one written here;
    - a list written in the policy replaces this list completely (copy the whole list into the policy, then change it).
    Change this file only for what is true of ALL your policies. Your organization and how to reach it are here too: every policy you add with `policypress new` shares them, and asks for none of them again. Replace every "Example" / « exemple » value with your own: `policypress check` lists each one left.
starter-ontario-profile-intro =
    What every privacy statement of an Ontario institution has in common.

    A statement that starts with `extends: ontario-base` takes everything below. It can replace any value by writing the same key with another value:
    - a value written in the statement wins over the one written here;
    - a list written in the statement replaces this list completely (copy the whole list into the statement, then change it).
    Change this file only for what is true of ALL your statements. Your organization and how to reach it are here too: every document you add with `policypress new` shares them, and asks for none of them again. Replace every "Example" / « exemple » value with your own: `policypress check` lists each one left.
starter-federal-profile-intro =
    What every privacy notice of a federal institution has in common.

    A notice that starts with `extends: federal-base` takes everything below. It can replace any value by writing the same key with another value:
    - a value written in the notice wins over the one written here;
    - a list written in the notice replaces this list completely (copy the whole list into the notice, then change it).
    Change this file only for what is true of ALL your notices. Your institution and how to reach it are here too: every document you add with `policypress new` shares them, and asks for none of them again. Replace every "Example" / « exemple » value with your own: `policypress check` lists each one left.
starter-private-profile-intro =
    What every privacy policy of a private-sector business has in common (federal law: PIPEDA).

    A policy that starts with `extends: private-base` takes everything below. It can replace any value by writing the same key with another value:
    - a value written in the policy wins over the one written here;
    - a list written in the policy replaces this list completely (copy the whole list into the policy, then change it).
    Change this file only for what is true of ALL your policies. Your business and how to reach it are here too: every policy you add with `policypress new` shares them, and asks for none of them again. Replace every "Example" / « exemple » value with your own: `policypress check` lists each one left.

starter-quebec-profile-organization = Your public body, as shown at the top of the pages.
starter-ontario-profile-organization = Your organization, as shown at the top of the pages.
starter-federal-profile-organization = Your institution, as shown at the top of the pages.
starter-private-profile-organization = Your business, as shown at the top of the pages.
starter-profile-short-name = Short form of the name in running text.
starter-profile-gender = In French, is the name « le … » (masculine) or « la … » (feminine)?
starter-profile-website = Your home page, one address per language (or a single one for both).

starter-quebec-profile-kind = What the document is called: a « politique de confidentialité » in Québec.
starter-ontario-profile-kind = What the document is called in Ontario: a privacy statement (« déclaration concernant la protection de la vie privée »).
starter-federal-profile-kind = What the document is called in the Government of Canada: a privacy notice (« avis de confidentialité »).
starter-private-profile-kind = What the document is called: a privacy policy (« politique de confidentialité »).

starter-quebec-profile-jurisdiction = Québec law applies. This also selects the rules that `policypress check` verifies, and makes the Commission d’accès à l’information the body that hears complaints.
starter-ontario-profile-jurisdiction = Ontario law applies. This also selects the rules that `policypress check` verifies, and makes the Information and Privacy Commissioner of Ontario the body that hears appeals and complaints.
starter-federal-profile-jurisdiction = Federal law applies. This also selects the rules that `policypress check` verifies, and makes the Office of the Privacy Commissioner of Canada the body that hears complaints.
starter-private-profile-jurisdiction = PIPEDA applies. This also selects the rules that `policypress check` verifies, and makes the Office of the Privacy Commissioner of Canada the body that hears complaints. In Québec, Alberta and British Columbia, a provincial law may apply instead: ask your legal counsel.

starter-quebec-profile-access-act = Access Act: s. 64 (collect only what is necessary) and s. 65 (what you must tell people when you collect their information).
starter-quebec-profile-regulation = The 2024 regulation that says what a confidentiality policy contains.
starter-quebec-profile-quote-65 = true: the page reproduces the list of what s. 65 requires you to tell people. Set to false to leave it out.
starter-ontario-profile-fippa = FIPPA: 38 (2) (collect only what is necessary) and 39 (2) (the notice of collection). A municipality or a local board cites MFIPPA instead: `- act: ontario-mfippa` with `cite: ["28 (2)", "29 (2)"]`.
starter-federal-profile-privacy-act = Privacy Act: s. 4 (collect only what relates to a program), 5 (collect from the person and tell them why), 7 (use) and 8 (disclosure). The act that authorizes your own program is named in the notice file (section `legal-authority`).

starter-profile-automatic = What the website receives automatically during a visit.
starter-profile-identifies = false: this information does not identify the visitor.
starter-profile-categories = Remove what your site does not collect. Other possible values:
starter-profile-purposes = Why. Other possible values:
starter-profile-statistics = The statistics you keep. Other possible values:
starter-profile-statistics-one = The statistics you keep. Another possible value:
starter-profile-security-monitoring = true: the page explains that your systems watch, anonymously, for attempts to damage the site.

starter-profile-collection = Statements about your collection as a whole. The page prints each one only when it says true: uncomment only those that are true of your organization.
starter-collection-none-without-consent = no personal information without prior consent
starter-collection-only-necessary = only what your programs and activities need

starter-profile-voluntary = Rules for the information visitors choose to send you (by email or form).
starter-profile-reply = Is answering optional or obligatory? (optional / obligatory)
starter-profile-email-advice = true: the page advises never to send personal information, such as the social insurance number, by email.
starter-quebec-profile-same-rules-as-mail = true: emails are handled as confidentially as letters.

starter-profile-use = What personal information is used for. Other possible values: provide-service, registration, feedback, consultation, e-commerce, subscription, research, evaluation, investigation, survey, or a term of your own ({ "{" } id, label: { "{" } en, fr { "}" } { "}" }). `only: [...]` makes the page say "only".
starter-profile-use-statements = Each statement below is printed only when it is true of your organization: uncomment those that are.
starter-use-only-for-collected-purposes = used only for the purposes it was collected for
starter-use-never-for = never used to build user profiles

starter-profile-access = Who inside your organization has access. Other possible values: authorized-staff, service-providers. `only: [...]` makes the page say "only".

starter-profile-recipients-example = Who outside your organization receives personal information, and when. Say it only if it is true: `recipients: none` (no one), or list them, each with what they receive and why:
starter-recipients-who = or private-organizations, third-parties…
starter-recipients-never = with `including:` or `only:` above
starter-profile-recipients-list = Who outside your organization receives personal information, and when (the law asks you to say it). `none` says no one does. Other possible values of `who`: other-public-bodies, private-organizations, third-parties, related-organizations, service-providers; of `when`: request-concerns-body, required-by-law, written-agreements, with-consent.
starter-quebec-profile-transfers = Whether personal information leaves Québec (for example, to a cloud or analytics service hosted elsewhere): `transfers: none`, or where it goes:
starter-transfers-to = or outside-canada, united-states…

starter-profile-retention = How long personal information is kept and what happens to it then; say only what is true:
starter-retention-then = or: destroyed

starter-profile-security = Security measures, as a list. Other possible values:

starter-profile-rights-access = Visitors may see their information (access) and have it corrected.
starter-quebec-profile-complaint = true: the page explains how to turn to the Commission d’accès à l’information (review of a decision, complaint). Your own complaint process is `complaints.internal`, below.
starter-ontario-profile-complaint = true: the page explains how to appeal to, or complain to, the Information and Privacy Commissioner of Ontario.
starter-federal-profile-complaint = true: the page explains how to complain to the Privacy Commissioner of Canada (required for federal institutions).
starter-private-profile-complaint = true: the page explains how to complain to the Privacy Commissioner of Canada.
starter-quebec-profile-contact = The person in charge of access to documents and the protection of personal information. Give your real address, email and telephone; add `name:` to publish the person's name.
starter-ontario-profile-contact = The official who can answer questions about the collection. FIPPA requires a business address and a business telephone number; an email address is optional.
starter-federal-profile-contact = Your ATIP coordinator: their position, and your real address, email and telephone.
starter-private-profile-contact = Your Privacy Officer. PIPEDA requires a title and an address; give your real address, email and telephone.
starter-profile-province-quotes = keep the quotes: without them, ON would be read as "yes"
starter-quebec-profile-online-access =
    Where visitors can consult or correct their information online (for example, a client account). The law requires it when such a service exists. If none exists, delete `online_access` and add, at the end of the file:
      allow: [{ "{" } rule: QC-09, reason: "No online means exists." { "}" }]
starter-profile-questions-policy = Where to send questions about the policy or the site.
starter-profile-questions-statement = Where to send questions about the statement or the site.
starter-profile-questions-notice = Where to send questions about the notice or the site.
starter-quebec-profile-complaints = Your own complaint process (r. 4.1 s. 2 (12)): where a person learns how to complain to you about how you protect their personal information.

starter-profile-links = The sites yours links to, if any: quebec-government, other-governments, public-bodies, private-organizations, or your own words ({ "{" } id, label: { "{" } en, fr { "}" } { "}" }). Then uncomment only what is true:
starter-links-policy-does-not-apply = your policy does not apply on those sites
starter-links-their-policies-apply = their own privacy policies apply there
starter-links-exit-notice = a message tells visitors they are leaving
starter-private-profile-links = Links to other sites: the policy file has its own section about them (`other-websites`). To say it with data instead, list the sites in `links.other_sites` (public-bodies, private-organizations, or your own words) and add what is true: `policy_does_not_apply: true`, `their_policies_apply: true`.

## content/policies/privacy-policy.yaml

starter-quebec-policy-intro =
    The privacy policy of your website (Québec public body).

    How this file works:
    - policypress writes the French and English pages from this file. Most sentences are ready-made: here you state facts (true or false, or a value from a list). Texts you write yourself have an `fr:` and an `en:`.
    - What is not written here comes from ../profiles/quebec-base.yaml: what every Québec public body has in common, your organization and how to reach it included.
    - Replace every "Example" / « exemple » value with your own, here and in the profile.
    - French typing: a non-breaking space before « : » and inside « », no space before « ; ? ! », and the curly apostrophe ’ (l’Organisme).
    - After each change, run `policypress check`. It names the file and the line of anything missing or wrong, including what the law requires.
starter-ontario-policy-intro =
    The privacy statement of your website (Ontario institution).

    How this file works:
    - policypress writes the English and French pages from this file. Most sentences are ready-made: here you state facts (true or false, or a value from a list). Texts you write yourself have an `en:` and an `fr:`.
    - What is not written here comes from ../profiles/ontario-base.yaml: what every Ontario institution has in common, your organization and how to reach it included.
    - Replace every "Example" / « exemple » value with your own, here and in the profile.
    - French typing: a non-breaking space before « : » and inside « », no space before « ; ? ! », and the curly apostrophe ’ (l’Ontario).
    - After each change, run `policypress check`. It names the file and the line of anything missing or wrong, including what the law requires.
starter-federal-policy-intro =
    The privacy notice of your website (federal institution).

    How this file works:
    - policypress writes the English and French pages from this file. Most sentences are ready-made: here you state facts (true or false, or a value from a list). Texts you write yourself have an `en:` and an `fr:`.
    - What is not written here comes from ../profiles/federal-base.yaml: what every federal institution has in common, your institution and how to reach it included.
    - Replace every "Example" / « exemple » value with your own, here and in the profile.
    - French typing: a non-breaking space before « : » and inside « », no space before « ; ? ! », and the curly apostrophe ’ (l’Agence).
    - After each change, run `policypress check`. It names the file and the line of anything missing or wrong, including what the law requires.
starter-private-policy-intro =
    The privacy policy of your website (private-sector business).

    How this file works:
    - policypress writes the English and French pages from this file. Most sentences are ready-made: here you state facts (true or false, or a value from a list). Texts you write yourself have an `en:` and an `fr:`.
    - What is not written here comes from ../profiles/private-base.yaml: what every policy of your business has in common, your business and how to reach it included.
    - Replace every "Example" / « exemple » value with your own, here and in the profile.
    - French typing: a non-breaking space before « : » and inside « », no space before « ; ? ! », and the curly apostrophe ’ (l’Entreprise).
    - After each change, run `policypress check`. It names the file and the line of anything missing or wrong, including what the law requires.

starter-policy-title = The page title in both languages.
starter-quebec-policy-slug = The last part of each page's address (…/fr/politique-de-confidentialite/): lower-case letters, digits and hyphens only.
starter-ontario-policy-slug = The last part of each page's address (…/en/privacy-statement/): lower-case letters, digits and hyphens only.
starter-federal-policy-slug = The last part of each page's address (…/en/privacy-notice/): lower-case letters, digits and hyphens only.
starter-private-policy-slug = The last part of each page's address (…/en/privacy-policy/): lower-case letters, digits and hyphens only.
starter-quebec-policy-updated = Date of the last change (year-month-day). Each time you change the policy, update this date AND add an entry with the same date under `history:` at the bottom: the law requires changes to be announced.
starter-ontario-policy-updated = Date of the last change (year-month-day). Each time you change the statement, update this date and add an entry with the same date under `history:` at the bottom.
starter-federal-policy-updated = Date of the last change (year-month-day). Each time you change the notice, update this date and add an entry with the same date under `history:` at the bottom.
starter-private-policy-updated = Date of the last change (year-month-day). Each time you change the policy, update this date and add an entry with the same date under `history:` at the bottom.
starter-federal-policy-bank-number = The Personal Information Bank (PIB) that describes this information in Info Source: PSU in English, POU in French. PSU 914 is the standard bank for public communications; ask your ATIP office which bank applies.

starter-policy-cookies =
    Cookies (« témoins »), and the outside services your site uses. Nothing is written here for you: each line states a fact about your site, so you decide. Uncomment (remove the `# ` in front of) what is true of your site, and change the example values. Left out, the page says nothing of cookies. See docs/data-format.md, "Cookies" and "Outside services".

    If your site places no cookie at all:
starter-policy-cookies-otherwise = Otherwise, describe them:
starter-cookies-no-persistent = true: the page says your site places no persistent cookie.
starter-cookies-items = Each cookie (or group of cookies alike). `provider`: the `id` of one of the `services` below, when a service places it; left out, your site.
starter-cookie-essential = false: visitors may refuse it (then say what refusing costs)
starter-cookie-lifetime = persistent, or { "{" } days: 390 { "}" }
starter-cookies-refuse = true: the page explains that cookies can be refused in the browser; `consequence`: what refusing costs.
starter-cookies-linked-sites = true: warn that sites you link to may place their own cookies.
starter-quebec-policy-tracking = The Access Act (s. 65.0.1) asks you to say beforehand whether a technology of your site identifies, locates or profiles visitors, and, if one does, that these functions are off by default and how to turn them on. With cookie items or a web analytics service, `policypress check` asks for it (rule QC-15):
starter-tracking-functions = or [identification, location, profiling]
starter-tracking-with-functions = With functions: `off_by_default: true` and `how_to_activate: { "{" } en: …, fr: … { "}" }`.
starter-policy-services = Outside services your site uses (web analytics, hosting, forms, maps, video…), one role each. For example, a web analytics service:
starter-service-information = What it gathers and why (the values of `automatic`).
starter-service-anonymous = Only if true: "The information it gathers is anonymous."
starter-service-processed-in = Where it processes the information: { "{" } country: US { "}" }, outside-canada…
starter-service-sets-cookies = Say it either way, or leave it out.
starter-federal-service-opt-out = With Adobe Analytics, the opt-out page is on your own tracking server: replace the example addresses with yours.

starter-policy-voluntary = Personal information visitors may choose to send you.
starter-policy-voluntary-categories = What they may send. Other possible values:
starter-private-policy-voluntary-categories = What they may send. Other possible values: name (a single field for the full name, instead of first-name and last-name), credit-card, social-insurance-number, user-code, password.
starter-policy-channels = How it reaches you. Other possible values:
starter-policy-channels-one = How it reaches you. Another possible value:
starter-policy-refusal = What happens if the visitor does not give the information. Write your own sentence in both languages.
starter-quebec-policy-refusal = What happens if the visitor does not give the information (the law requires you to say it). Write your own sentence in both languages.
starter-federal-policy-refusal = What happens if the visitor does not give the information (the Directive on Privacy Practices requires you to say it). Write your own sentence in both languages.
starter-policy-alternatives = Other ways to reach you without the Internet. Other possible values:
starter-private-policy-newsletter = Your newsletter: what subscribers give, and whether the list is ever shared with anyone (true or false). Delete these lines if you have none, and remove `newsletter` and `subscription` from the lists above.

starter-policy-use = What the information people send you is used for (replaces the profile's list). `only: [...]` makes the page say "only".
starter-policy-exit-notice = true: a message warns visitors when a link takes them off your site.

starter-policy-sections = Sections you write yourself, for what the ready-made sentences do not cover. `after:` places the section after another one (by its id). Keep the English and French texts the same shape (same paragraphs, lists and links): `policypress check` compares them.
starter-federal-policy-legal-authority = The act that authorizes your program to collect personal information. Replace the example act and section with yours.
starter-private-policy-outside-canada = Delete this section if all your information, including your analytics data, stays in Canada.

starter-policy-history = Changes to the policy, newest first. Add an entry each time you change `updated:` above, with the same date and a one-line summary.
starter-ontario-policy-history = Changes to the statement, newest first. Add an entry each time you change `updated:` above, with the same date and a one-line summary.
starter-federal-policy-history = Changes to the notice, newest first. Add an entry each time you change `updated:` above, with the same date and a one-line summary.

## content/notices/contact-form-notice.yaml

starter-notice-intro =
    The collection notice of one online form: what a person reads on the form before sending it. One file per form in content/notices/; `policypress new <id> --kind notice` writes another. The organization, its contacts, the law and the rights come from the profile. A notice speaks of its form only: what the website collects (cookies, links…) is in the privacy policy.

    Every value below is an example: replace it with what is true of your form (`policypress check` lists the example values left).
starter-notice-policy = The privacy policy this notice belongs to (content/policies/<id>.yaml): the notice links to it, and the policy lists the notice.
starter-notice-form = The form, as it shows its title (and, with `url:`, where it is).
starter-notice-fields = What the form collects. Other values: first-name, last-name, postal-address, telephone… or your own `{ "{" } id, label: { "{" } en, fr { "}" } { "}" }`. A field with its own label or reply: `- category: email` with `label:` and `reply:` under it.
starter-notice-reply = Whether answering is obligatory or optional (the law asks you to say it), and what refusing costs.
starter-notice-use = What this form's information is used for; `only:` says these are its only uses.
starter-quebec-notice-recipients = Who outside your body receives this information (the law asks you to say it): `none` (the notice then says it is not shared), or the recipients, each with when, what and why. The example below is to replace:
starter-ontario-notice-recipients = Who outside your organization receives this information: `none` (the notice then says it is not shared), or the recipients, each with when, what and why. Say it only if it is true:
starter-federal-notice-recipients = Who outside your institution receives this information: the profile's `recipients` apply unless you write this form's own here (`none`, or the recipients, each with when, what and why).
starter-private-notice-recipients = Who outside your business receives this information: the profile's `recipients` apply unless you write this form's own here (`none`, or the recipients, each with when, what and why).
starter-federal-notice-bank = The personal information bank that describes this collection (Info Source): PSU 914, "Public Communications", is the standard bank for messages sent to an institution; name yours if it is another.
