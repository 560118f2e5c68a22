### Page chrome and the formats the engine uses (dates, telephone numbers,
### addresses). English (Canada).

## Formats called by the engine. Numbers arrive as Fluent numbers or
## numeric strings; the variant keys [1] … [12] match numbers.

# $year, $month (1–12), $day (1–31): January 29, 2014
date-long = { $month ->
        [1] January
        [2] February
        [3] March
        [4] April
        [5] May
        [6] June
        [7] July
        [8] August
        [9] September
        [10] October
        [11] November
        [12] December
       *[other] { $month }
    } { $day }, { $year }

# $long_distance ("true"/"false"), $area, $exchange, $line:
# 1-800-282-1376, 418-643-1344
phone-number = { $long_distance ->
        [true] 1-{ $area }-{ $exchange }-{ $line }
       *[other] { $area }-{ $exchange }-{ $line }
    }

# $number: ext. 2204
phone-extension = ext. { $number }

# $city, $province (two-letter code), $postal_code, Canada Post style with
# two spaces before the postal code: Québec QC  G1R 4Y2
address-city-line = { $city } { $province }  { $postal_code }

## Page chrome.

# <title> of a policy page: $title (the policy's title), $org (organization).
page-title = { $title } – { $org }
skip-to-content = Skip to main content
language-selection = Language selection
# Text of the link to the other language's page.
language-toggle = Français
# This language's own name (landing page).
language-name = English
date-modified = Date modified:
toc-title = On this page
# The control that unfolds the table of contents on narrow screens.
toc-show = List of sections

## Page metadata (`<meta>`, not shown): every page of every built-in theme.

# <meta name="description"> of a policy page: $title, $org.
meta-description = { $org } – { $title }: what personal information this site collects, why, how it is protected, and your rights.
# <meta name="description"> of the landing page: $site (its title).
meta-description-landing = { $site }: the documents on the protection of personal information published on this site, in English and French.
# dcterms.subject: terms of the Government of Canada Core Subject Thesaurus.
meta-subject = Privacy; Personal information

## Frame of the built-in themes (header, footer, page details).

# Name of the header's list of the site's links (`branding.header_links`).
header-links-label = Site menu
# Name of the footer's list of links; also the target of a skip link.
footer-links-label = About this site
# Name of the list of skip links at the top of a page.
skip-links-label = Skip links
skip-to-footer = Skip to “About this site”
breadcrumb-label = You are here:
# Hidden heading of the block that gives the date modified.
page-details = Page details
# The Québec theme's footer line when the site sets no `branding.copyright`.
copyright-quebec = © Gouvernement du Québec

## Page not found.

not-found-title = Page not found
not-found-text = We could not find the page you requested. It may have been moved or deleted.
not-found-home = Go to the home page
