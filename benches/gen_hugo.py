#!/usr/bin/env python3
"""Generates the Hugo comparison site: N English/French page pairs (deterministic).

    python3 benches/gen_hugo.py --n 1000 --out target/bench/sites/hugo-1000 \
        [--seed 7] [--en-bytes 4650] [--fr-bytes 6050] [--repo .]

The site is benches/hugo-template/ (config with two languages, i18n/en.toml
and i18n/fr.toml, one page layout with `.Translations` links, hreflang
alternates and `.TableOfContents`, a landing page per language) plus
content/en/p-00042.md and content/fr/p-00042.md for each page pair (Hugo
pairs them as translations by path; slugs `p-00042` and `p-00042-fr`, as in
the policypress site) and the default theme's style.css.

Each page is Markdown: 10 to 14 `##` sections (titles from the `section-*`
messages of locales/*/policy.ftl, plus free-section titles), with
paragraphs, bullet lists, emphasis, links and an occasional table, built from
the sentences of the locale files, so that its text is about the size of the
text of a policypress page. `--en-bytes`/`--fr-bytes` set the mean size of
the Markdown body in bytes; each page varies from 0.65x to 1.3x of it
(policypress pages vary the same way with their data).

Standard library only.
"""

import argparse
import datetime
import os
import random
import re
import shutil

HERE = os.path.dirname(os.path.abspath(__file__))

EXTRA_TITLES = {
    "en": ["Who is accountable for the protection of privacy?", "Find out more",
           "Information sent to Google", "If your access codes are compromised",
           "How long we keep your information", "Children’s privacy", "Social media",
           "Surveys and consultations"],
    "fr": ["Qui est responsable de la protection de la vie privée?", "Pour en savoir plus",
           "Renseignements transmis à Google", "Si la confidentialité de vos codes est compromise",
           "Durée de conservation de vos renseignements", "Protection de la vie privée des enfants",
           "Médias sociaux", "Sondages et consultations"],
}
ORGS = [
    ("Ministère des Transports", "Ministère des Transports"),
    ("Government of Ontario", "Gouvernement de l’Ontario"),
    ("Statistics Canada", "Statistique Canada"),
    ("Régie du bâtiment du Québec", "Régie du bâtiment du Québec"),
    ("City of Ottawa", "Ville d’Ottawa"),
    ("Ministère de la Famille", "Ministère de la Famille"),
    ("Canada Revenue Agency", "Agence du revenu du Canada"),
]
TITLES = [("Privacy policy", "Politique de confidentialité"),
          ("Privacy statement", "Déclaration concernant la protection de la vie privée"),
          ("Privacy notice", "Avis de confidentialité")]
PLACEABLE = re.compile(r"\{\s*\$?[\w-]+\s*\}")


def ftl_texts(path):
    """Sentences and section titles of a Fluent file (placeables filled in)."""
    sentences, titles = [], []
    for raw in open(path, encoding="utf-8"):
        line = raw.rstrip("\n")
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        m = re.match(r"^([a-z][\w-]*)\s*=\s*(.*)$", line)
        if m:
            text = m.group(2)
            if m.group(1).startswith("section-") and "{" not in text:
                titles.append(text.strip())
                continue
        else:
            text = re.sub(r"^\s*\*?\[[\w-]+\]\s*", "", line).strip()
        if "->" in text or text in ("}", ""):
            continue
        text = PLACEABLE.sub("Québec", text).replace("{", "").replace("}", "").strip()
        if len(text) >= 25:
            sentences.append(text)
    return sentences, titles


def load_pool(repo, lang):
    sentences, titles = [], []
    d = os.path.join(repo, "locales", lang)
    for name in sorted(os.listdir(d)):
        if name.endswith(".ftl"):
            s, t = ftl_texts(os.path.join(d, name))
            sentences += s
            titles += t
    return sentences, titles


def body(rng, pool, titles, extra, target):
    """Markdown of about `target` bytes in 10–14 `##` sections."""
    k = rng.randint(10, 14)
    n_extra = rng.randint(0, 3)
    heads = rng.sample(titles, min(len(titles), k - n_extra)) + rng.sample(extra, n_extra)
    per = target / len(heads)
    out = []
    for h in heads:
        sec = [f"## {h}", ""]
        size = 0
        while size < per:
            r = rng.random()
            if r < 0.45:
                para = " ".join(rng.choice(pool) for _ in range(rng.randint(1, 3)))
                if rng.random() < 0.3:
                    words = para.split(" ")
                    j = rng.randrange(len(words))
                    words[j] = f"*{words[j]}*" if rng.random() < 0.5 else f"**{words[j]}**"
                    para = " ".join(words)
                sec += [para, ""]
                size += len(para.encode())
            elif r < 0.85:
                items = [rng.choice(pool) for _ in range(rng.randint(2, 6))]
                sec += [f"- {it}" for it in items] + [""]
                size += sum(len(it.encode()) for it in items)
            elif r < 0.95:
                a, b = rng.choice(pool), rng.choice(pool)
                line = f"{a} [{b[:40].strip()}](https://www.cai.gouv.qc.ca/)"
                sec += [line, ""]
                size += len(line.encode())
            else:
                rows = [(rng.choice(pool)[:60], f"{rng.choice([6, 12, 24])}") for _ in range(3)]
                sec += ["| | |", "|---|---|"] + [f"| {a} | {b} |" for a, b in rows] + [""]
                size += sum(len(a) + len(b) for a, b in rows)
        out += sec
    return "\n".join(out)


def front(title, slug, key, org, website, date):
    esc = lambda s: s.replace("\\", "\\\\").replace('"', '\\"')
    return (f'---\ntitle: "{esc(title)}"\nslug: "{slug}"\ntranslationKey: "{key}"\n'
            f'date: {date}\nlastmod: {date}\norganization: "{esc(org)}"\nwebsite: "{website}"\n---\n\n')


def generate(n, out, seed, en_bytes, fr_bytes, repo):
    if os.path.isdir(out):
        shutil.rmtree(out)
    shutil.copytree(os.path.join(HERE, "hugo-template"), out)
    static = os.path.join(out, "static", "assets")
    os.makedirs(static)
    shutil.copy(os.path.join(repo, "themes", "default", "static", "style.css"), static)
    pools = {lang: load_pool(repo, lang) for lang in ("en", "fr")}
    for lang in ("en", "fr"):
        os.makedirs(os.path.join(out, "content", lang))
    for i in range(1, n + 1):
        rng = random.Random(f"hugo/{seed}/{i}")
        scale = rng.uniform(0.65, 1.3)
        org = rng.choice(ORGS)
        kind = rng.choice(TITLES)
        date = datetime.date.fromordinal(datetime.date(2006, 1, 1).toordinal() + rng.randrange(7000))
        site = f"https://www.site{i}.gouv.qc.ca/"
        slug = f"p-{i:05d}"
        for li, (lang, target) in enumerate((("en", en_bytes), ("fr", fr_bytes))):
            sentences, titles = pools[lang]
            md = body(random.Random(f"hugo/{seed}/{i}/{lang}"), sentences, titles,
                      EXTRA_TITLES[lang], target * scale)
            text = front(kind[li], slug if lang == "en" else f"{slug}-fr", slug, org[li], site, date) + md + "\n"
            with open(os.path.join(out, "content", lang, f"{slug}.md"), "w", encoding="utf-8") as f:
                f.write(text)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--en-bytes", type=int, default=4650)
    ap.add_argument("--fr-bytes", type=int, default=6050)
    ap.add_argument("--repo", default=os.path.join(HERE, ".."))
    a = ap.parse_args()
    generate(a.n, a.out, a.seed, a.en_bytes, a.fr_bytes, a.repo)


if __name__ == "__main__":
    main()
