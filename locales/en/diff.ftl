### `policypress diff`: what changed between two versions of a policy, one
### line per change, ready to paste into `history:` or an announcement.
### English (Canada). Every line ends with a period (or a quoted sentence),
### so the lines join into one paragraph.

# Heading above the list of changes.
diff-heading = Summary of changes:
# Said when the two versions say the same thing.
diff-none = The content of the policy has not changed.
diff-no-date = The policy gives no `updated` date: add one, and give this entry the same `date:`.

# $item: the value's wording (values.ftl); $list: one of diff-list-* below.
diff-added = Added: { $item } ({ $list }).
diff-removed = Removed: { $item } ({ $list }).
# $sentence: the page's sentence with the new value.
diff-now = Now: “{ $sentence }”
# $sentence: a sentence of the page that was added or withdrawn.
diff-statement-added = New statement: “{ $sentence }”
diff-statement-removed = Statement withdrawn: “{ $sentence }”
# $section: the section's title.
diff-section-added = New section: { $section }.
diff-section-removed = Section removed: { $section }.
diff-section-revised = Section revised: { $section }.
diff-details-revised = Revised: the title of the page or the details of the organization.

## The lists that values are added to or removed from, as read in
## parentheses after the value.

diff-list-automatic-categories = information collected automatically
diff-list-automatic-purposes = purposes of the automatic collection
diff-list-automatic-statistics = statistics kept
diff-list-voluntary-categories = information given voluntarily
diff-list-voluntary-purposes = uses of your personal information
diff-list-voluntary-channels = ways your information reaches us
diff-list-voluntary-alternatives = ways to contact us without the Internet
diff-list-identification-purposes = reasons our online services ask you to identify yourself
diff-list-newsletter-categories = information given to subscribe to the newsletter
diff-list-use-access = people with access to your personal information
diff-list-notice-fields = information the form collects
diff-list-voluntary-occasions = occasions to give us information
diff-list-use-never-for = uses of your information we rule out
diff-list-recipients = those who receive your personal information
diff-list-transfers = places your personal information may be communicated to, outside the jurisdiction
diff-list-recipients-never = those who never receive your information
diff-list-security-measures = security measures
diff-list-cookie-purposes = purposes of the cookies
diff-list-service-roles = outside services, by role
diff-list-service-information = information gathered by outside services
diff-list-service-purposes = purposes of outside services
diff-list-linked-sites = sites our site links to
diff-list-legal-acts = legislation that applies
