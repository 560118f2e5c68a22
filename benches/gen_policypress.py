#!/usr/bin/env python3
"""Generates a synthetic policypress site of N policies (deterministic).

    python3 benches/gen_policypress.py --n 1000 --out target/bench/sites/pp-1000 \
        [--seed 7] [--repo .]

The policies are modelled on the five example policies of content/: Québec
public bodies extending the `quebec-public-body` profile, and complete
Ontario, federal and private-sector policies. Organizations, addresses,
cookie practices, enumerations (every value of src/model/policy.rs appears),
free Markdown sections (lists, links, quotations, tables, headings) and
histories vary from policy to policy. Every policy satisfies the legal rules
of its jurisdiction (by data, or with an `allow` and its reason), so
`policypress check` reports no error.

Policy i depends only on (seed, i): the site of 100 policies is the first
100 policies of the site of 1,000. Slugs are `p-00042` (en) and
`p-00042-fr` (fr); the file is `content/policies/p-00042.yaml`.

locales/, themes/, content/site.yaml and content/profiles/ are copied from
the repository (`--repo`). No translations.lock is written (check then
prints one warning).

Standard library only (Python 3.8+).
"""

import argparse
import datetime
import json
import os
import random
import re
import shutil
import sys

# ---------------------------------------------------------------------------
# Enumerations (src/model/policy.rs)

AUTO_CATEGORIES = [
    "ip-address", "domain-name", "browser", "operating-system",
    "internet-service-provider", "access-date-time", "pages-visited",
    "search-keywords", "files-requested", "referring-site", "country",
]
AUTO_PURPOSES = [
    "technical-requirements", "statistics", "operational-trends",
    "performance", "site-improvement", "security-monitoring",
]
STATISTICS = [
    "visitor-count", "popular-pages", "technology", "referring-sites",
    "countries-of-origin",
]
VOL_CATEGORIES = [
    "name", "first-name", "last-name", "postal-address", "telephone",
    "email", "credit-card", "social-insurance-number", "user-code",
    "password",
]
VOL_PURPOSES = [
    "respond", "follow-up", "provide-service", "registration", "feedback",
    "consultation", "e-commerce", "subscription",
]
CHANNELS = [
    "email", "online-forms", "online-services", "newsletter", "telephone",
    "fax", "mail", "kiosk", "in-person",
]
ID_PURPOSES = [
    "verify-identity", "access-file", "verify-when-contacting",
    "protect-confidentiality",
]
ACCESS = ["authorized-staff", "staff-handling-request", "service-providers"]
DISCLOSURE = ["request-concerns-body", "required-by-law", "written-agreements"]
RETENTION = ["archived-or-destroyed", "destroyed"]
SECURITY = [
    "up-to-date-protocols", "encryption", "security-software", "firewall",
    "physical-controls", "technical-controls", "procedural-controls",
    "access-restricted", "staff-training",
]

# ---------------------------------------------------------------------------
# Organizations

# Québec ministries: the name is French in both languages, as in the examples.
QC_MINISTRY_TOPICS = [
    "des Transports", "de la Famille", "de l’Éducation",
    "de la Culture et des Communications", "des Finances",
    "de l’Environnement et de la Lutte contre les changements climatiques",
    "de la Santé et des Services sociaux", "de la Justice", "du Tourisme",
    "de l’Agriculture, des Pêcheries et de l’Alimentation",
    "des Ressources naturelles et des Forêts",
    "de l’Immigration, de la Francisation et de l’Intégration",
    "du Travail", "de l’Économie, de l’Innovation et de l’Énergie",
    "des Affaires municipales et de l’Habitation",
    "de la Sécurité publique", "des Relations internationales et de la Francophonie",
    "de l’Emploi et de la Solidarité sociale", "de la Langue française",
    "de la Cybersécurité et du Numérique", "de l’Enseignement supérieur",
    "des Affaires autochtones", "de la Sécurité publique",
]
# (French name, English name, gender, short en, short fr, domain stem)
QC_BODIES = [
    ("Commission des normes, de l’équité, de la santé et de la sécurité du travail",
     "Commission des normes, de l’équité, de la santé et de la sécurité du travail",
     "feminine", "the Commission", "la Commission", "cnesst"),
    ("Régie du bâtiment du Québec", "Régie du bâtiment du Québec", "feminine",
     "the Régie", "la Régie", "rbq"),
    ("Société de l’assurance automobile du Québec", "Société de l’assurance automobile du Québec",
     "feminine", "the Société", "la Société", "saaq"),
    ("Office de la protection du consommateur", "Office de la protection du consommateur",
     "masculine", "the Office", "l’Office", "opc"),
    ("Régie de l’assurance maladie du Québec", "Régie de l’assurance maladie du Québec",
     "feminine", "the Régie", "la Régie", "ramq"),
    ("Commission de la fonction publique", "Commission de la fonction publique",
     "feminine", "the Commission", "la Commission", "cfp"),
    ("Institut de la statistique du Québec", "Institut de la statistique du Québec",
     "masculine", "the Institute", "l’Institut", "stat"),
    ("Retraite Québec", "Retraite Québec", "feminine", "Retraite Québec",
     "Retraite Québec", "retraitequebec"),
    ("Tribunal administratif du logement", "Tribunal administratif du logement",
     "masculine", "the Tribunal", "le Tribunal", "tal"),
    ("Office québécois de la langue française", "Office québécois de la langue française",
     "masculine", "the Office", "l’Office", "oqlf"),
]
ON_MINISTRIES = [
    ("Ministry of Transportation", "ministère des Transports", "mto"),
    ("Ministry of Health", "ministère de la Santé", "health"),
    ("Ministry of Education", "ministère de l’Éducation", "edu"),
    ("Ministry of the Environment, Conservation and Parks",
     "ministère de l’Environnement, de la Protection de la nature et des Parcs", "env"),
    ("Ministry of Finance", "ministère des Finances", "fin"),
    ("Ministry of Labour, Immigration, Training and Skills Development",
     "ministère du Travail, de l’Immigration, de la Formation et du Développement des compétences",
     "labour"),
    ("Ministry of Public and Business Service Delivery",
     "ministère des Services au public et aux entreprises", "mpbsd"),
    ("Ministry of Francophone Affairs", "ministère des Affaires francophones", "mfa"),
]
ON_MUNICIPALITIES = [
    ("City of Ottawa", "Ville d’Ottawa", "Ottawa", "K1P 1J1", "613"),
    ("City of Sudbury", "Ville du Grand Sudbury", "Sudbury", "P3A 5P3", "705"),
    ("City of Hamilton", "Ville de Hamilton", "Hamilton", "L8P 4Y5", "905"),
    ("City of Timmins", "Ville de Timmins", "Timmins", "P4N 1B3", "705"),
    ("City of Kingston", "Ville de Kingston", "Kingston", "K7L 2Z3", "613"),
]
FED_BODIES = [
    ("Canada Revenue Agency", "Agence du revenu du Canada", "feminine", "the Agency", "l’Agence", "cra", "CRA PPU 005", "ARC PPU 005"),
    ("Employment and Social Development Canada", "Emploi et Développement social Canada", "masculine", "the department", "le Ministère", "esdc", "ESDC PPU 181", "EDSC PPU 181"),
    ("Statistics Canada", "Statistique Canada", "feminine", "the agency", "l’organisme", "statcan", "PSU 914", "POU 914"),
    ("Health Canada", "Santé Canada", "masculine", "the department", "le Ministère", "hc", "HC PPU 401", "SC PPU 401"),
    ("Transport Canada", "Transports Canada", "masculine", "the department", "le Ministère", "tc", "TC PPU 023", "TC PPU 023"),
    ("Library and Archives Canada", "Bibliothèque et Archives Canada", "feminine", "the institution", "l’institution", "lac", "LAC PPU 012", "BAC PPU 012"),
]
PRIVATE_ORGS = [
    ("Caisse populaire Desjardins de Lévis", "Caisse populaire Desjardins de Lévis", "feminine", "the Caisse", "la Caisse", "Lévis", "QC", "G6V 6N6", "418"),
    ("Northern Ontario Telecom Inc.", "Télécom du Nord de l’Ontario inc.", "masculine", "the company", "l’entreprise", "Sudbury", "ON", "P3E 4N1", "705"),
    ("Maritime Insurance Ltd.", "Assurances Maritimes ltée", "feminine", "the company", "l’entreprise", "Moncton", "NB", "E1C 4M3", "506"),
    ("Prairie Credit Union", "Caisse de crédit des Prairies", "feminine", "the credit union", "la caisse", "Winnipeg", "MB", "R3C 4T3", "204"),
    ("Pacific Coast Airlines", "Lignes aériennes de la côte du Pacifique", "feminine", "the airline", "la compagnie aérienne", "Vancouver", "BC", "V6B 4Y8", "604"),
    ("Société de transport de l’Estrie", "Société de transport de l’Estrie", "feminine", "the Société", "la Société", "Sherbrooke", "QC", "J1H 5N4", "819"),
    ("Atlantic Fisheries Co-operative", "Coopérative des pêches de l’Atlantique", "feminine", "the co-operative", "la coopérative", "Halifax", "NS", "B3J 3K5", "902"),
    ("Northern Outfitters Ltd.", "Pourvoiries du Nord ltée", "feminine", "the company", "l’entreprise", "Whitehorse", "YT", "Y1A 2C6", "867"),
]
# (city, province, postal code prefix letters, area code)
QC_CITIES = [
    ("Québec", "QC", "G1R", "418"), ("Québec", "QC", "G1V", "418"),
    ("Montréal", "QC", "H2Z", "514"), ("Montréal", "QC", "H3B", "514"),
    ("Gatineau", "QC", "J8X", "819"), ("Sherbrooke", "QC", "J1H", "819"),
    ("Trois-Rivières", "QC", "G9A", "819"), ("Rimouski", "QC", "G5L", "418"),
    ("Saguenay", "QC", "G7H", "418"), ("Laval", "QC", "H7N", "450"),
]
ON_CITIES = [
    ("Toronto", "ON", "M7A", "416"), ("Toronto", "ON", "M5G", "416"),
    ("Ottawa", "ON", "K1A", "613"), ("Sudbury", "ON", "P3E", "705"),
    ("Thunder Bay", "ON", "P7B", "807"), ("St. Catharines", "ON", "L2R", "905"),
]
FED_CITIES = [
    ("Ottawa", "ON", "K1A", "613"), ("Gatineau", "QC", "K1A", "819"),
    ("Shawinigan", "QC", "G9N", "819"), ("Winnipeg", "MB", "R3C", "204"),
    ("Edmonton", "AB", "T5J", "780"), ("Regina", "SK", "S4P", "306"),
    ("Charlottetown", "PE", "C1A", "902"), ("St. John’s", "NL", "A1C", "709"),
    ("Yellowknife", "NT", "X1A", "867"), ("Iqaluit", "NU", "X0A", "867"),
]
# (English street, French street) with {n} for the civic number.
QC_STREETS = [
    ("{n} René-Lévesque Blvd East", "{n}, boulevard René-Lévesque Est"),
    ("{n} Grande Allée East", "{n}, Grande Allée Est"),
    ("{n} Laurier Blvd", "{n}, boulevard Laurier"),
    ("{n} Chemin Sainte-Foy", "{n}, chemin Sainte-Foy"),
    ("{n} Saint-Joseph Street East", "{n}, rue Saint-Joseph Est"),
    ("{n} Sherbrooke Street West", "{n}, rue Sherbrooke Ouest"),
]
STREETS = [
    ("{n} Bay Street", "{n}, rue Bay"),
    ("{n} University Avenue", "{n}, avenue University"),
    ("{n} Wellington Street", "{n}, rue Wellington"),
    ("{n} Main Street", "{n}, rue Main"),
    ("{n} Portage Avenue", "{n}, avenue Portage"),
    ("{n} King Street West", "{n}, rue King Ouest"),
]
UNITS = [
    ("6th Floor", "6e étage"), ("Suite 200", "bureau 200"),
    ("2nd Floor", "2e étage"), ("Room 1.45", "bureau 1.45"),
    ("Tower B, 10th Floor", "tour B, 10e étage"),
]
CONTACT_TITLES = [
    ("Person in charge of access to documents and the protection of personal information",
     "Responsable de l’accès aux documents et de la protection des renseignements personnels"),
    ("Secretary of the department, person in charge of access to documents and the protection of personal information",
     "Secrétaire du Ministère, responsable de l’accès aux documents et de la protection des renseignements personnels"),
    ("Freedom of Information and Privacy Coordinator",
     "Coordonnatrice ou coordonnateur de l’accès à l’information et de la protection de la vie privée"),
    ("Access to Information and Privacy Coordinator",
     "Coordonnateur de l’accès à l’information et de la protection des renseignements personnels"),
    ("Chief Privacy Officer", "Responsable de la protection des renseignements personnels"),
]
PERSON_NAMES = [
    "Marie Tremblay", "Jean Gagnon", "Sophie Roy", "Luc Côté", "Isabelle Bouchard",
    "François Gauthier", "Nathalie Morin", "Pierre Lavoie", "Amélie Fortin",
    "David Thompson", "Sarah Wilson", "Michael Chen", "Priya Singh",
]
ANALYTICS = ["Google Analytics", "Matomo", "Adobe Analytics", "Piwik PRO"]

# ---------------------------------------------------------------------------
# Free sections: (id, title en, title fr, body en, body fr); the bodies have
# the same Markdown structure in both languages (parity check). Fields:
# {org_en} {org_fr} {short_en} {short_fr} {domain} {year} {months} {city}
# {service}.

FREE_SECTIONS = [
    ("accountability", "Who is accountable for the protection of privacy?",
     "Qui est responsable de la protection de la vie privée?",
     "{org_en} is responsible for the personal information in its possession. The Act requires public bodies to protect the personal information they hold and to collect only the personal information necessary for the administration of their programs.\n\n"
     "At the time the information is collected, you will be informed of the *specific purpose* for which it is being collected and of the person who can answer your questions.\n",
     "{org_fr} est responsable des renseignements personnels qu’elle détient. La Loi oblige les organismes publics à protéger les renseignements personnels qu’ils détiennent et à ne recueillir que ceux qui sont nécessaires à l’administration de leurs programmes.\n\n"
     "Au moment de la collecte, on vous indique la *fin précise* pour laquelle vos renseignements sont recueillis et la personne qui peut répondre à vos questions.\n"),
    ("find-out-more", "Find out more", "Pour en savoir plus",
     "- [*Act respecting Access to documents held by public bodies and the Protection of personal information*](https://www.legisquebec.gouv.qc.ca/en/document/cs/A-2.1)\n"
     "- [Commission d’accès à l’information du Québec website](https://www.cai.gouv.qc.ca/)\n"
     "- [{org_en} website](https://www.{domain}/en/)\n",
     "- [*Loi sur l’accès aux documents des organismes publics et sur la protection des renseignements personnels*](https://www.legisquebec.gouv.qc.ca/fr/document/lc/A-2.1)\n"
     "- [Site Web de la Commission d’accès à l’information du Québec](https://www.cai.gouv.qc.ca/)\n"
     "- [Site Web de {org_fr}](https://www.{domain}/)\n"),
    ("concern-of-all", "A concern for everyone", "L’affaire de tous",
     "> “The collection, use and dissemination of personal information on the Internet and in email is of concern to all.”\n",
     "> « La collecte, l’utilisation et la diffusion de renseignements personnels dans Internet et par courriel sont l’affaire de tous. »\n"),
    ("analytics-data", "Information sent to {service}", "Renseignements transmis à {service}",
     "Under its terms of use, {service} requires {short_en} to send it information about how its website is used. The demographic data it records are based on the websites you have visited or on the information in your account.\n",
     "Selon ses conditions d’utilisation, {service} exige que {short_fr} lui transmette des renseignements sur l’utilisation de son site Web. Les données démographiques qu’il enregistre sont établies à partir des sites Web que vous avez visités ou des renseignements inscrits dans votre compte.\n"),
    ("compromised-credentials", "If your access codes are compromised",
     "Si la confidentialité de vos codes est compromise",
     "{org_en} cannot be held liable for unauthorized use of your identifying information, access code or password. If their confidentiality has been compromised, **notify us immediately** so that no one can use your identity fraudulently.\n",
     "{org_fr} ne peut être tenu responsable de l’utilisation non autorisée de vos renseignements d’identification, de votre code d’accès ou de votre mot de passe. Si leur confidentialité a été compromise, **avisez-nous sans délai** afin d’empêcher toute utilisation frauduleuse de votre identité.\n"),
    ("retention-schedule", "How long we keep your information",
     "Durée de conservation de vos renseignements",
     "Personal information is kept according to the retention schedule approved by Bibliothèque et Archives nationales du Québec.\n\n"
     "| Information | Retention period |\n|---|---|\n"
     "| Messages sent through the contact form | {months} months |\n"
     "| Newsletter subscriptions | until you unsubscribe |\n"
     "| Server logs | 12 months |\n",
     "Les renseignements personnels sont conservés selon le calendrier de conservation approuvé par Bibliothèque et Archives nationales du Québec.\n\n"
     "| Renseignements | Durée de conservation |\n|---|---|\n"
     "| Messages envoyés par le formulaire de contact | {months} mois |\n"
     "| Abonnements à l’infolettre | jusqu’au désabonnement |\n"
     "| Journaux du serveur | 12 mois |\n"),
    ("children", "Children’s privacy", "Protection de la vie privée des enfants",
     "The site is intended for adults. **We do not knowingly collect** personal information from children under 14 years of age without the consent of the person having parental authority.\n\n"
     "If you believe a child has given us personal information, write to the person in charge so that we may destroy it.\n",
     "Le site s’adresse aux adultes. **Nous ne recueillons pas sciemment** de renseignements personnels auprès d’enfants de moins de 14 ans sans le consentement du titulaire de l’autorité parentale.\n\n"
     "Si vous croyez qu’un enfant nous a transmis des renseignements personnels, écrivez à la personne responsable afin que nous les détruisions.\n"),
    ("social-media", "Social media", "Médias sociaux",
     "{org_en} is present on social media. Information you publish there is governed by the privacy policy of each platform:\n\n"
     "- [Facebook](https://www.facebook.com/privacy/policy/)\n"
     "- [LinkedIn](https://www.linkedin.com/legal/privacy-policy)\n"
     "- [YouTube](https://policies.google.com/privacy)\n\n"
     "Do not send personal information through these platforms.\n",
     "{org_fr} est présent dans les médias sociaux. Les renseignements que vous y publiez sont régis par la politique de confidentialité de chaque plateforme :\n\n"
     "- [Facebook](https://www.facebook.com/privacy/policy/)\n"
     "- [LinkedIn](https://www.linkedin.com/legal/privacy-policy)\n"
     "- [YouTube](https://policies.google.com/privacy)\n\n"
     "Ne transmettez pas de renseignements personnels par ces plateformes.\n"),
    ("changes-to-this-policy", "Changes to this policy", "Modifications de la présente politique",
     "{org_en} may change this policy at any time. Each change is announced on this page, with its date, at least 30 days before it takes effect. The main changes since {year} are:\n\n"
     "- the description of the information collected automatically;\n"
     "- the list of the security measures in place;\n"
     "- the contact details of the person in charge.\n",
     "{org_fr} peut modifier la présente politique en tout temps. Chaque modification est annoncée sur cette page, avec sa date, au moins 30 jours avant son entrée en vigueur. Les principales modifications depuis {year} portent sur :\n\n"
     "- la description des renseignements recueillis automatiquement;\n"
     "- la liste des mesures de sécurité en place;\n"
     "- les coordonnées de la personne responsable.\n"),
    ("requests-by-mail", "Requests by mail", "Demandes par la poste",
     "# Access requests\n\nAn access request may be made in writing, by mail, to the person in charge at the address given above. It must be precise enough to let us find the documents.\n\n"
     "# Correction requests\n\nA correction request must state what is inaccurate, incomplete or ambiguous, and what it should say instead. We answer within 20 days.\n",
     "# Demandes d’accès\n\nUne demande d’accès peut être faite par écrit, par la poste, à la personne responsable à l’adresse indiquée ci-dessus. Elle doit être assez précise pour nous permettre de trouver les documents.\n\n"
     "# Demandes de rectification\n\nUne demande de rectification doit préciser ce qui est inexact, incomplet ou équivoque, et ce qui devrait y figurer. Nous répondons dans un délai de 20 jours.\n"),
    ("open-data", "Open data", "Données ouvertes",
     "Statistics compiled from the information collected automatically are published as *anonymous* open data on [Données Québec](https://www.donneesquebec.ca/). They never contain ~~IP addresses~~ or any other information that could identify a visitor.\n",
     "Les statistiques établies à partir des renseignements recueillis automatiquement sont publiées en données ouvertes *anonymes* sur [Données Québec](https://www.donneesquebec.ca/). Elles ne contiennent jamais d’~~adresses IP~~ ni aucun autre renseignement permettant d’identifier un visiteur.\n"),
    ("surveys", "Surveys and consultations", "Sondages et consultations",
     "## How we use your answers\n\nWhen you take part in a survey or a public consultation held by {short_en}:\n\n"
     "1. your answers are used only to compile results;\n"
     "2. results are published without any name;\n"
     "3. answers are destroyed {months} months after the consultation ends.\n",
     "## Utilisation de vos réponses\n\nLorsque vous participez à un sondage ou à une consultation publique de {short_fr} :\n\n"
     "1. vos réponses servent uniquement à compiler les résultats;\n"
     "2. les résultats sont publiés sans aucun nom;\n"
     "3. les réponses sont détruites {months} mois après la fin de la consultation.\n"),
]
HISTORY_SUMMARIES = [
    ("Current version of the policy published.", "Publication de la version actuelle de la politique."),
    ("Policy updated.", "Mise à jour de la politique."),
    ("Information on cookies and web analytics added.", "Ajout de renseignements sur les témoins et sur la mesure d’audience."),
    ("Contact details of the person in charge updated.", "Mise à jour des coordonnées de la personne responsable."),
    ("Security measures described.", "Description des mesures de sécurité."),
    ("Policy published.", "Publication de la politique."),
    ("Section on newsletters added.", "Ajout d’une section sur les infolettres."),
]
REFUSALS = [
    ("Without this information, we cannot answer your request.",
     "Sans ces renseignements, nous ne pouvons pas répondre à votre demande."),
    ("Without this information, you cannot use the online services.",
     "Sans ces renseignements, vous ne pouvez pas utiliser les services en ligne."),
    ("If you refuse, your request may take longer to process.",
     "Si vous refusez, le traitement de votre demande pourrait être plus long."),
]


# ---------------------------------------------------------------------------
# A tiny YAML writer (the example files' style: block mappings, `|` blocks
# for Markdown, quotes only where YAML needs them).

class Md(str):
    """A Markdown body, written as a `|` literal block."""


class Flow(list):
    """A list written on one line: `[a, b]`."""


RESERVED = {"true", "false", "yes", "no", "on", "off", "y", "n", "null", "~"}
PLAIN = re.compile(r"[\w][\w .’'()/:?=&+-]*\Z")
NUMERIC = re.compile(r"[-+]?[0-9][0-9_.:-]*\Z")


def scalar(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, datetime.date):
        return v.isoformat()
    if v is None:
        return "null"
    s = str(v)
    if (PLAIN.match(s) and not NUMERIC.match(s) and s.lower() not in RESERVED and ": " not in s
            and " #" not in s and not s.endswith((" ", ":"))):
        return s
    return json.dumps(s, ensure_ascii=False)


def emit(obj, indent, out):
    pad = "  " * indent
    for k, v in obj.items():
        if isinstance(v, Md):
            out.append(f"{pad}{k}: |")
            for line in v.rstrip("\n").split("\n"):
                out.append(f"{pad}  {line}" if line else "")
        elif isinstance(v, dict):
            if not v:
                out.append(f"{pad}{k}: {{}}")
            else:
                out.append(f"{pad}{k}:")
                emit(v, indent + 1, out)
        elif isinstance(v, Flow) or (isinstance(v, list) and not v):
            out.append(f"{pad}{k}: [{', '.join(scalar(x) for x in v)}]")
        elif isinstance(v, list):
            out.append(f"{pad}{k}:")
            for item in v:
                if isinstance(item, dict):
                    sub = []
                    emit(item, indent + 2, sub)
                    first = sub[0].lstrip()
                    out.append(f"{pad}  - {first}")
                    out.extend(sub[1:])
                else:
                    out.append(f"{pad}  - {scalar(item)}")
        else:
            out.append(f"{pad}{k}: {scalar(v)}")


def to_yaml(doc, header):
    out = list(header)
    for k, v in doc.items():
        emit({k: v}, 0, out)
        if isinstance(v, (dict, list)) and not isinstance(v, Flow):
            out.append("")
    return "\n".join(out).rstrip("\n") + "\n"


# ---------------------------------------------------------------------------
# Helpers

def bi(en, fr):
    return {"en": en, "fr": fr}


def subset(rng, values, lo, hi):
    """A random non-empty subset in the model's order."""
    k = rng.randint(lo, min(hi, len(values)))
    chosen = set(rng.sample(values, k))
    return [v for v in values if v in chosen]


def phone(rng, area, toll_free=False):
    if toll_free:
        return f"1-{rng.choice(['800', '866', '877', '888'])}-{rng.randint(200, 999)}-{rng.randint(0, 9999):04d}"
    style = rng.randrange(4)
    ex, line = rng.randint(200, 999), rng.randint(0, 9999)
    s = [f"{area} {ex}-{line:04d}", f"{area}-{ex}-{line:04d}",
         f"({area}) {ex}-{line:04d}", f"{area}.{ex}.{line:04d}"][style]
    if rng.random() < 0.15:
        s += f" {rng.choice(['ext.', 'poste'])} {rng.randint(2, 9999)}"
    return s


def postal(rng, prefix):
    return f"{prefix} {rng.randint(0, 9)}{rng.choice('ABCEGHJKLMNPRSTVWXYZ')}{rng.randint(0, 9)}"


def address(rng, cities, unit_chance=0.3):
    city, prov, prefix, area = rng.choice(cities)
    st_en, st_fr = rng.choice(QC_STREETS if prov == "QC" else STREETS)
    n = rng.randint(1, 3000)
    a = {"street": bi(st_en.format(n=n), st_fr.format(n=n))}
    if rng.random() < unit_chance:
        u_en, u_fr = rng.choice(UNITS)
        a["unit"] = bi(u_en, u_fr)
    a["city"] = city
    a["province"] = prov
    a["postal_code"] = postal(rng, prefix)
    return a, area


def date_between(rng, start_year, end_year):
    start = datetime.date(start_year, 1, 1).toordinal()
    end = datetime.date(end_year, 12, 31).toordinal()
    return datetime.date.fromordinal(rng.randint(start, end))


def link(label_en, label_fr, url_en, url_fr=None):
    return {"label": bi(label_en, label_fr),
            "url": url_en if url_fr is None else bi(url_en, url_fr)}


# ---------------------------------------------------------------------------
# One policy

def organization(rng, jur, i):
    """Returns (organization mapping, fields for the free sections, area code, cities)."""
    if jur == "quebec":
        if rng.random() < 0.6:
            topic = rng.choice(QC_MINISTRY_TOPICS)
            name = f"Ministère {topic}"
            name_fr = name
            gender, s_en, s_fr = "masculine", rng.choice(["the department", "the ministry"]), "le Ministère"
            stem = re.sub(r"[^a-z]", "", topic.split()[-1].lower().replace("é", "e").replace("è", "e"))[:10] or "min"
        else:
            name, name_fr, gender, s_en, s_fr, stem = rng.choice(QC_BODIES)
        domain = f"{stem}{i % 97}.gouv.qc.ca"
        cities = QC_CITIES
    elif jur == "ontario":
        if rng.random() < 0.7:
            name, name_fr, stem = rng.choice(ON_MINISTRIES)
            gender, s_en, s_fr = "masculine", "the ministry", "le ministère"
            domain = f"{stem}{i % 97}.ontario.ca"
            cities = ON_CITIES
        else:
            name, name_fr, city, pc, area = rng.choice(ON_MUNICIPALITIES)
            gender, s_en, s_fr = "feminine", "the City", "la Ville"
            domain = f"{city.lower().replace(' ', '')}{i % 97}.ca"
            cities = [(city, "ON", pc.split()[0], area)]
    elif jur == "federal":
        name, name_fr, gender, s_en, s_fr, stem, _, _ = rng.choice(FED_BODIES)
        domain = f"{stem}{i % 97}.canada.ca"
        cities = FED_CITIES
    else:
        name, name_fr, gender, s_en, s_fr, city, prov, pc, area = rng.choice(PRIVATE_ORGS)
        stem = re.sub(r"[^a-z]", "", name.lower())[:12]
        domain = f"{stem}{i % 97}.ca"
        cities = [(city, prov, pc.split()[0], area)]
    org = {"name": bi(name, name_fr)}
    if rng.random() < 0.85:
        org["short_name"] = bi(s_en, s_fr)
    if gender == "feminine" or rng.random() < 0.2:
        org["gender"] = gender
    if rng.random() < 0.5:
        org["website"] = f"https://www.{domain}/"
    else:
        org["website"] = bi(f"https://www.{domain}/en/", f"https://www.{domain}/fr/")
    if rng.random() < 0.2:
        org["site_name"] = bi(f"{name} online services", f"Services en ligne – {name_fr}")
    addr, area = address(rng, cities)
    if rng.random() < 0.8:
        org["address"] = addr
    fields = {"org_en": name, "org_fr": name_fr, "short_en": s_en, "short_fr": s_fr,
              "domain": domain, "city": addr["city"]}
    return org, fields, addr, area


def policy(i, seed):
    rng = random.Random(f"{seed}/{i}")
    jur = rng.choices(["quebec", "ontario", "federal", "private"], [60, 15, 15, 10])[0]
    org, fields, org_addr, area = organization(rng, jur, i)
    updated = date_between(rng, 2006, 2025)
    fields["year"] = updated.year - rng.randint(1, 5)
    fields["months"] = rng.choice([6, 12, 18, 24, 36])
    p = {}
    quebec = jur == "quebec"
    if quebec:
        p["extends"] = "quebec-public-body"
    else:
        p["kind"] = {"ontario": "privacy-statement", "federal": "privacy-notice"}.get(
            jur, rng.choice(["privacy-policy", "privacy-statement", "privacy-notice"]))
    kind_titles = {
        "privacy-policy": ("Privacy policy", "Politique de confidentialité"),
        "privacy-statement": ("Privacy statement", "Déclaration concernant la protection de la vie privée"),
        "privacy-notice": ("Privacy notice", "Avis de confidentialité"),
    }
    t_en, t_fr = kind_titles[p.get("kind", "privacy-policy")]
    if rng.random() < 0.3:
        t_en, t_fr = f"{t_en} of the website", f"{t_fr} du site Web"
    p["title"] = bi(t_en, t_fr)
    p["slug"] = bi(f"p-{i:05d}", f"p-{i:05d}-fr")
    p["updated"] = updated
    p["organization"] = org

    # legal
    legal = {}
    if quebec:
        legal["acts"] = [{"act": "quebec-access-act", "cite": Flow(["64", "65"])}]
        if rng.random() < 0.3:
            legal["acts"].append({"act": "quebec-confidentiality-regulation"})
        legal["quote_section_65"] = rng.random() < 0.7
        if rng.random() < 0.7:
            p["transfers"] = "none"
    else:
        p["jurisdiction"] = jur
        if jur == "ontario":
            act = "ontario-mfippa" if "City" in org["name"]["en"] else "ontario-fippa"
            legal["acts"] = [{"act": act, "cite": Flow(rng.choice([["38(2)"], ["38(2)", "39(2)"], ["29(2)"]]))}]
            if rng.random() < 0.5:
                legal["oversight"] = {"body": "ipc-ontario", "oversees_compliance": True}
        elif jur == "federal":
            legal["acts"] = [{"act": "privacy-act", "cite": Flow(["4", "5(2)"])}]
            b = [b for b in FED_BODIES if b[0] == org["name"]["en"]][0]
            legal["banks"] = [{"number": bi(b[6], b[7])}]
        else:
            legal["acts"] = [{"act": "pipeda"}]
            legal["oversight"] = {"body": "opc"}
    p["legal"] = legal

    # automatic
    auto = {"identifies": rng.random() < 0.15}
    if not quebec or rng.random() < 0.6:
        auto["categories"] = subset(rng, AUTO_CATEGORIES, 3, 9)
        auto["purposes"] = subset(rng, AUTO_PURPOSES, 1, 5)
        if rng.random() < 0.6:
            auto["statistics"] = subset(rng, STATISTICS, 1, 5)
        elif quebec:
            auto["statistics"] = []
    if "security-monitoring" in auto.get("purposes", []) or rng.random() < 0.2:
        auto["security_monitoring"] = True
    p["automatic"] = auto

    # cookies (document model 2: `none`, or what the policy says of them),
    # and a web analytics service among the outside services
    practice = rng.choices(["none", "session", "persistent"], [3, 4, 3])[0]
    if practice == "none":
        cookies = "none"
    else:
        item = {"id": "site", "purpose": rng.choice(["navigation", "convenience"]),
                "lifetime": practice}
        if practice == "session":
            item["storage"] = "memory"
            item["essential"] = True
        cookies = {"items": [item]}
        if practice == "session":
            cookies["no_persistent"] = True
        if practice == "persistent" or rng.random() < 0.3:
            cookies["refuse"] = {"browser": True}
        if rng.random() < 0.3:
            cookies["linked_sites_may_set"] = True
    analytics = practice == "persistent" and rng.random() < 0.6
    if analytics:
        service = rng.choice(ANALYTICS)
        fields["service"] = service
        a = {"id": "web-analytics", "name": service, "role": "web-analytics",
             "purposes": ["statistics"], "anonymous": rng.random() < 0.7}
        if rng.random() < 0.4:
            a["information"] = ["age", "gender", "language", "interests"]
        if service == "Google Analytics":
            a["opt_out"] = [
                link("Ads Settings", "Paramètres des annonces",
                     "https://adssettings.google.com/?hl=en", "https://adssettings.google.com/?hl=fr"),
                link("Google Analytics opt-out browser add-on",
                     "Module complémentaire de navigateur pour la désactivation de Google Analytics",
                     "https://tools.google.com/dlpage/gaoptout?hl=en", "https://tools.google.com/dlpage/gaoptout?hl=fr"),
            ]
        elif rng.random() < 0.5:
            a["opt_out"] = [link("Opt out of audience measurement", "Refuser la mesure d’audience",
                                 f"https://www.{fields['domain']}/en/opt-out", f"https://www.{fields['domain']}/fr/refus")]
        p["services"] = [a]
    p["cookies"] = cookies
    if quebec and (practice != "none" or analytics):
        # s. 65.0.1 (QC-15): said by data.
        p["tracking"] = {"functions": "none"}

    # voluntary
    if rng.random() < 0.7:
        p["collection"] = {"none_without_consent": True}
    vol = {}
    gives = rng.random() < 0.85
    channels = subset(rng, CHANNELS[:4], 1, 3)
    newsletter = "newsletter" in channels
    online = "online-services" in channels
    if gives:
        vol["categories"] = subset(rng, VOL_CATEGORIES, 1, 6)
        given_purposes = subset(rng, VOL_PURPOSES, 1, 5)
        vol["reply"] = rng.choice(["optional", "obligatory"])
        r_en, r_fr = rng.choice(REFUSALS)
        vol["refusal_consequence"] = bi(r_en, r_fr)
    vol["channels"] = channels
    if rng.random() < 0.5:
        vol["email_advice"] = rng.random() < 0.8
    if rng.random() < 0.4:
        vol["reply_by_phone"] = True
    if rng.random() < 0.5:
        vol["same_rules_as_mail"] = True
    if rng.random() < 0.3:
        vol["staff_trained"] = True
    if rng.random() < 0.4:
        vol["alternatives"] = subset(rng, CHANNELS[4:], 1, 5)
    if online:
        vol["online_services"] = {"purposes": subset(rng, ID_PURPOSES, 1, 4),
                                  "credentials": rng.random() < 0.7,
                                  "user_responsible": rng.random() < 0.6}
    if newsletter:
        vol["newsletter"] = {"categories": subset(rng, ["email", "first-name", "last-name", "postal-address"], 1, 4),
                             "shared": rng.random() < 0.1}
    p["voluntary"] = vol

    # use
    use = {}
    purposes = list(given_purposes) if gives else []
    if rng.random() < 0.3:
        purposes.append("research")
    if purposes:
        use["purposes"] = purposes
    if rng.random() < 0.7:
        use["only_for_collected_purposes"] = True
    recipients = {"including": [{"who": "other-public-bodies",
                                 "when": subset(rng, DISCLOSURE, 1, 3)}]}
    if quebec or rng.random() < 0.5:
        if rng.random() < 0.8:
            use["never_for"] = ["profiling"]
        if rng.random() < 0.8:
            recipients["never"] = ["private-organizations"]
    if use:
        p["use"] = use
    p["access"] = subset(rng, ACCESS, 1, 3)
    p["recipients"] = recipients
    if rng.random() < 0.7:
        p["retention"] = {"then": rng.choice(RETENTION)}

    # security: Québec policies without measures silence QC-13 below.
    no_security = quebec and rng.random() < 0.15
    if not no_security:
        p["security"] = {"measures": subset(rng, SECURITY, 1, 7)}

    # rights
    c_en, c_fr = rng.choice(CONTACT_TITLES)
    contact = {"title": bi(c_en, c_fr)}
    if rng.random() < 0.3:
        contact["name"] = rng.choice(PERSON_NAMES)
    if "address" in org and rng.random() < 0.5:
        contact["address"] = org["address"]
    else:
        contact["address"], _ = address(rng, QC_CITIES if quebec else (ON_CITIES if jur == "ontario" else FED_CITIES))
    contact["phone"] = phone(rng, area)
    if rng.random() < 0.5:
        contact["toll_free"] = phone(rng, area, toll_free=True)
    if rng.random() < 0.5:
        contact["email"] = f"acces@{fields['domain']}"
    if rng.random() < 0.2:
        contact["fax"] = phone(rng, area)
    rights = {"access": True, "correction": True, "complaint": True}
    online_access = not quebec or rng.random() < 0.7
    if online_access and rng.random() < 0.8:
        rights["online_access"] = link("My file online", "Mon dossier en ligne",
                                       f"https://www.{fields['domain']}/en/my-file", f"https://www.{fields['domain']}/fr/mon-dossier")
    elif quebec:
        online_access = False
    rights["contact"] = contact
    if rng.random() < 0.6:
        rights["questions"] = link("Contact us", "Nous joindre",
                                   f"https://www.{fields['domain']}/en/contact", f"https://www.{fields['domain']}/fr/nous-joindre")
    p["rights"] = rights

    links_ = {}
    if quebec:
        if rng.random() < 0.7:
            links_["other_sites"] = ["quebec-government", "private-organizations"]
    elif rng.random() < 0.7:
        links_["other_sites"] = ["other-governments"]
    if rng.random() < 0.4:
        links_["exit_notice"] = True
    if links_:
        p["links"] = links_

    # free sections, each placed after a section shown on this page
    shown = ["introduction"] * ("collection" in p) + ["automatic", "cookies", "voluntary"]
    shown += ["online-services"] * online + ["newsletter"] * newsletter
    shown += ["use-and-disclosure"] + ["security"] * (not no_security) + ["rights", "legal"]
    if links_.get("other_sites"):
        shown.append("links")
    pool = list(FREE_SECTIONS)
    if "service" not in fields:
        pool = [s for s in pool if s[0] != "analytics-data"]
    k = rng.choices([0, 1, 2, 3, 4], [10, 30, 30, 20, 10])[0]
    chosen = rng.sample(pool, k)
    sections, ids = [], []
    for sid, ten, tfr, ben, bfr in chosen:
        s = {"id": sid}
        r = rng.random()
        if ids and r < 0.15:
            s["after"] = rng.choice(ids)
        elif r < 0.85:
            s["after"] = rng.choice(shown)
        s["title"] = bi(ten.format(**fields), tfr.format(**fields))
        s["body"] = {"en": Md(ben.format(**fields)), "fr": Md(bfr.format(**fields))}
        sections.append(s)
        ids.append(sid)
    if sections:
        p["sections"] = sections

    # allow: the rules this policy leaves to a reason.
    allow = []
    if quebec:
        if not online_access:
            allow.append({"rule": "QC-09", "reason": "No online means to consult or correct one's information exists; requests go to the person in charge."})
        if no_security:
            allow.append({"rule": "QC-13", "reason": "The security measures are described in the body's security policy, published separately."})
        allow.append({"rule": "QC-11", "reason": "What each recipient receives and why is described in the body's disclosure register, published separately."})
        if p.get("services"):
            allow.append({"rule": "QC-12", "reason": "The services' places of processing are described in the body's register of service agreements, published separately."})
        p["complaints"] = {"internal": link("Our complaint process", "Notre processus de traitement des plaintes",
                                            f"https://www.{fields['domain']}/en/complaints", f"https://www.{fields['domain']}/fr/plaintes")}
    if allow:
        p["allow"] = allow
    elif quebec:
        p["allow"] = []  # the profile's list does not apply: every rule is met by data

    # history: newest first, the first dated `updated` (QC-16).
    hist = []
    d = updated
    for j in range(rng.choices([1, 2, 3, 4], [40, 30, 20, 10])[0]):
        s_en, s_fr = HISTORY_SUMMARIES[0] if j == 0 else rng.choice(HISTORY_SUMMARIES[1:])
        hist.append({"date": d, "summary": bi(s_en, s_fr)})
        d = datetime.date.fromordinal(d.toordinal() - rng.randint(90, 1500))
        if d.year < 1995:
            break
    if quebec or rng.random() < 0.8:
        p["history"] = hist
    return p


HEADER = {
    True: ["# yaml-language-server: $schema=../../schema/partial-policy.schema.json"],
    False: ["# yaml-language-server: $schema=../../schema/policy.schema.json"],
}


def policy_yaml(i, seed):
    p = policy(i, seed)
    head = HEADER["extends" in p] + [f"# Synthetic policy {i} (benches/gen_policypress.py, seed {seed})."]
    return to_yaml(p, head)


def copy_tree(src, dst):
    if os.path.isdir(dst):
        shutil.rmtree(dst)
    shutil.copytree(src, dst)


def generate(n, out, seed, repo):
    if os.path.isdir(out):
        shutil.rmtree(out)
    pol = os.path.join(out, "content", "policies")
    os.makedirs(pol)
    copy_tree(os.path.join(repo, "content", "profiles"), os.path.join(out, "content", "profiles"))
    shutil.copy(os.path.join(repo, "content", "site.yaml"), os.path.join(out, "content", "site.yaml"))
    copy_tree(os.path.join(repo, "locales"), os.path.join(out, "locales"))
    copy_tree(os.path.join(repo, "themes"), os.path.join(out, "themes"))
    for i in range(1, n + 1):
        with open(os.path.join(pol, f"p-{i:05d}.yaml"), "w", encoding="utf-8") as f:
            f.write(policy_yaml(i, seed))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, required=True, help="number of policies")
    ap.add_argument("--out", required=True, help="site folder to (re)create")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--repo", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."),
                    help="repository whose locales/, themes/ and content/ are copied")
    ap.add_argument("--print", type=int, metavar="I", help="print policy I and exit")
    a = ap.parse_args()
    if a.print is not None:
        sys.stdout.write(policy_yaml(a.print, a.seed))
        return
    generate(a.n, a.out, a.seed, a.repo)


if __name__ == "__main__":
    main()
