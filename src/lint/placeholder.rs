//! Placeholders: values the author has still to write.
//!
//! `policypress new` writes `TODO` where only the author can decide. `check`
//! reports each one left, at its line and column, as the error
//! `placeholder`. So that a half-finished file still gets every other
//! problem reported, each placeholder is replaced by a valid sample of its
//! type (from the model's schema) before the policy is read.
//!
//! The starters `policypress init` writes hold example values instead
//! (names, `example.*` addresses, 555-01xx numbers): each one left is the
//! warning `example-value`, so a starter is not published by mistake.

use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::load::{Step, YamlPath};
use crate::model::schema_nav::SchemaNav;
use crate::msg;
use crate::resolve::{Resolved, Target};
use serde_yaml::Value;

/// The marker `policypress new` writes where the author must decide.
pub const MARKER: &str = "TODO";

/// Whether a text is a placeholder: `TODO` alone, or followed by `:` or a
/// space and a note (`TODO: ask legal`).
pub fn is_placeholder(s: &str) -> bool {
    let t = s.trim();
    t.strip_prefix(MARKER)
        .is_some_and(|rest| rest.is_empty() || rest.starts_with(':') || rest.starts_with(' '))
}

/// The paths of every placeholder in a document.
pub fn find(value: &Value) -> Vec<YamlPath> {
    texts_where(value, |_, s| is_placeholder(s).then_some(()))
        .into_iter()
        .map(|(path, ())| path)
        .collect()
}

/// Every text of a document that `pick` picks, with its path (built only
/// for those) and what `pick` said of it.
fn texts_where<T>(
    value: &Value,
    mut pick: impl FnMut(&[Step<'_>], &str) -> Option<T>,
) -> Vec<(YamlPath, T)> {
    let mut out = Vec::new();
    crate::load::walk(value, &mut |steps, v| {
        if let Value::String(s) = v {
            if let Some(t) = pick(steps, s) {
                out.push((YamlPath::from_steps(steps), t));
            }
        }
        crate::load::Visit::Descend
    });
    out
}

fn node_mut<'v>(value: &'v mut Value, path: &YamlPath) -> Option<&'v mut Value> {
    use crate::load::PathSeg;
    let mut v = value;
    for seg in &path.0 {
        v = match seg {
            PathSeg::Key(k) => v.as_mapping_mut()?.get_mut(k.as_str())?,
            PathSeg::Index(i) => v.as_sequence_mut()?.get_mut(*i)?,
        };
    }
    Some(v)
}

/// The placeholders of a policy, and (when there are any) the policy with
/// each replaced by a valid sample of its type, to read the rest.
pub fn mask(value: &Value) -> (Vec<YamlPath>, Option<Value>) {
    let holes = find(value);
    if holes.is_empty() {
        return (holes, None);
    }
    let nav = SchemaNav::policy();
    let mut masked = value.clone();
    for p in &holes {
        if let (Some(shape), Some(slot)) = (nav.node_at(p), node_mut(&mut masked, p)) {
            *slot = nav.sample(&shape);
        }
    }
    (holes, Some(masked))
}

/// The error for a placeholder left at `path` (locate it before pushing).
pub fn diagnostic(path: &YamlPath) -> Diagnostic {
    Diagnostic::error(
        "placeholder",
        msg!("lint-placeholder", path = path.to_string(), marker = MARKER),
    )
    .with_hint(msg!("lint-placeholder-hint"))
}

/// Why a published value, at the path `steps`, looks like an example left
/// to replace (the placeholders `policypress init` writes): an address on
/// an `example` domain, a fictional 555-01xx telephone number, or an
/// "Example" name: the reason's key, which the message `lint-example-value`
/// words (`telephone`, `domain`, `example-name`, `name`). `None` for a
/// real-looking value. Allocates nothing for a value that is not one (it
/// runs on every text of every policy).
pub fn example_reason(steps: &[Step<'_>], text: &str) -> Option<&'static str> {
    let key = match steps.last() {
        Some(Step::Key(k)) => *k,
        _ => "",
    };
    if matches!(key, "phone" | "toll_free" | "fax" | "tty") {
        // The last seven digits, 555 01xx.
        let mut last = [0u8; 7];
        let mut n = 0;
        for b in text.bytes().filter(u8::is_ascii_digit) {
            last.copy_within(1.., 0);
            last[6] = b;
            n += 1;
        }
        return (n >= 7 && last.starts_with(b"55501")).then_some("telephone");
    }
    // "example" and "exemple" both have an `x` second: look at the few
    // `x` of a text (found vectorized) rather than at every position.
    let bytes = text.as_bytes();
    let has = |word: &[u8]| {
        memchr::memchr2_iter(b'x', b'X', bytes).any(|i| {
            i >= 1
                && bytes
                    .get(i - 1..i - 1 + word.len())
                    .is_some_and(|w| w.eq_ignore_ascii_case(word))
        })
    };
    let example = has(b"example");
    let exemple = has(b"exemple");
    if example || exemple {
        // An address on a domain with a label `example` or `exemple`
        // (example.org, www.example.gc.ca, atip@example.gc.ca,
        // exemple.ca).
        let on_example_domain = text
            .split(['/', '@', ':', '?', '#', ' ', '(', ')', '<', '>'])
            .filter(|part| part.contains('.'))
            .flat_map(|host| host.split('.'))
            .any(|label| {
                label.eq_ignore_ascii_case("example") || label.eq_ignore_ascii_case("exemple")
            });
        if on_example_domain {
            return Some("domain");
        }
    }
    // "Example" as a capitalized word: a name, not "for example".
    if example
        && text
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| w == "Example")
    {
        return Some("example-name");
    }
    // The same in French: « Agence exemple », « rue de l’Exemple »,
    // not « par exemple » nor « un exemple ».
    if exemple && french_example_name(text) {
        return Some("example-name");
    }
    // In a name (the organization's, the contact's), any "example".
    let in_names = matches!(
        steps,
        [Step::Key("organization"), ..] | [Step::Key("rights"), Step::Key("contact"), ..]
    );
    (in_names && (example || exemple)).then_some("name")
}

/// Whether a French text names something « exemple »: the word after a
/// capitalized word (« Agence exemple du Canada », « Organisme exemple »),
/// or capitalized after another word of the same sentence (« rue de
/// l’Exemple », « Loi sur l’Exemple »). « Par exemple », « un exemple »,
/// « Exemple : » at the start of a sentence are ordinary words.
fn french_example_name(text: &str) -> bool {
    // Words with what separates each from the one before.
    let mut prev: Option<&str> = None;
    let mut gap_ends_sentence = false;
    let mut rest = text;
    while !rest.is_empty() {
        let start = rest.find(char::is_alphanumeric).unwrap_or(rest.len());
        let gap = &rest[..start];
        rest = &rest[start..];
        let end = rest
            .find(|c: char| !c.is_alphanumeric())
            .unwrap_or(rest.len());
        let word = &rest[..end];
        rest = &rest[end..];
        if word.is_empty() {
            break;
        }
        if gap.contains(['.', '!', '?', ':', '\n', '*', '-', '#']) {
            gap_ends_sentence = true;
        }
        if let Some(p) = prev {
            let after_capital = p.chars().next().is_some_and(char::is_uppercase)
                && !p.eq_ignore_ascii_case("par")
                && p.chars().count() > 1;
            match word {
                "exemple" if after_capital && !gap_ends_sentence => return true,
                "Exemple" if !gap_ends_sentence => return true,
                _ => {}
            }
        }
        prev = Some(word);
        gap_ends_sentence = false;
    }
    false
}

/// The address parts each starter writes beside its example street: the
/// floor or suite, and the postal code. A real address may well be on a
/// 4th floor, so a part is an example only when the address still has the
/// starter's other part too (an author who replaced the street kept both).
const STARTER_ADDRESSES: &[(&[&str], &str)] = &[
    (&["4th Floor", "4e étage"], "G1A 1A1"),
    (&["Suite 400", "Bureau 400"], "M7A 1A1"),
    (&["Suite 400", "Bureau 400"], "M5V 1A1"),
];

/// The paths of the parts of an address left as a starter wrote them.
fn starter_address_parts(value: &Value) -> Vec<YamlPath> {
    let mut out = Vec::new();
    crate::load::walk(value, &mut |steps, v| {
        let Some(m) = v.as_mapping() else {
            return crate::load::Visit::Descend;
        };
        let (Some(unit), Some(Value::String(code))) = (m.get("unit"), m.get("postal_code")) else {
            return crate::load::Visit::Descend;
        };
        let units: Vec<(Option<&str>, &str)> = match unit {
            Value::String(s) => vec![(None, s.as_str())],
            Value::Mapping(per) => per
                .iter()
                .filter_map(|(k, v)| Some((Some(k.as_str()?), v.as_str()?)))
                .collect(),
            _ => Vec::new(),
        };
        let code = code.trim();
        for (names, starter_code) in STARTER_ADDRESSES {
            if code != *starter_code {
                continue;
            }
            let left: Vec<_> = units
                .iter()
                .filter(|(_, u)| names.contains(&u.trim()))
                .collect();
            if left.is_empty() {
                continue;
            }
            let base = YamlPath::from_steps(steps);
            for (lang, _) in left {
                let unit = base.key("unit");
                out.push(match lang {
                    Some(l) => unit.key(l),
                    None => unit,
                });
            }
            out.push(base.key("postal_code"));
            break;
        }
        crate::load::Visit::Descend
    });
    out
}

/// A warning for every value of a policy that looks like an example left
/// to replace, where it is written.
pub fn examples(resolved: &Resolved) -> Diagnostics {
    let mut d = Diagnostics::new();
    let mut found = texts_where(&resolved.value, example_reason);
    for path in starter_address_parts(&resolved.value) {
        if !found.iter().any(|(p, _)| *p == path) {
            found.push((path, "starter-address"));
        }
    }
    for (path, why) in found {
        let (file, span) = resolved.locate(&path, Target::Value);
        d.push(
            Diagnostic::warning(
                "example-value",
                msg!("lint-example-value", path = path.to_string(), why = why),
            )
            .with_hint(msg!("lint-example-value-hint"))
            .at(file, span)
            .with_key(path.to_string()),
        );
    }
    d
}

/// A warning for a `base_url` of `content/site.yaml` (`doc`) that is still
/// an example address: every page's canonical address, its hreflang links,
/// the sitemap, the JSON-LD and `policy.json` would point there.
pub fn site_examples(doc: &crate::load::YamlDoc) -> Diagnostics {
    let mut d = Diagnostics::new();
    let found = texts_where(&doc.value, |steps, s| match steps.first() {
        Some(Step::Key("base_url")) => example_reason(steps, s),
        _ => None,
    });
    for (path, why) in found {
        let span = doc
            .spans
            .get(&path)
            .map_or(crate::source::Span::START, |n| n.value);
        d.push(
            Diagnostic::warning(
                "example-value",
                msg!("lint-example-value", path = path.to_string(), why = why),
            )
            .with_hint(msg!("lint-example-base-url-hint"))
            .at(doc.file, span)
            .with_key(path.to_string()),
        );
    }
    d
}

/// A warning for a `--base-url` given on the command line that is an
/// example address (no file to point at).
pub fn base_url_override(url: &str) -> Option<Diagnostic> {
    let why = example_reason(&[Step::Key("base_url")], url)?;
    Some(
        Diagnostic::warning(
            "example-value",
            msg!(
                "lint-example-value",
                path = format!("--base-url {url}"),
                why = why
            ),
        )
        .with_hint(msg!("lint-example-base-url-option-hint"))
        .with_key("base_url".to_string()),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn example_values_are_recognized() {
        let at = |p: &'static str| -> Vec<Step<'static>> { p.split('.').map(Step::Key).collect() };
        let yes = [
            ("organization.website.en", "https://www.example.gc.ca/en/"),
            ("rights.contact.email", "atip-aiprp@example.gc.ca"),
            ("rights.contact.phone", "613-555-0100"),
            ("rights.contact.toll_free", "1 800 555-0199"),
            ("organization.name.en", "Example Agency of Canada"),
            ("organization.name.fr", "Agence exemple du Canada"),
            ("sections.body.en", "under section 4 of the *Example Act*"),
            (
                "sections.body.fr",
                "en vertu de l’article 4 de la *Loi sur l’Agence exemple du Canada*",
            ),
            ("sections.body.fr", "au 123, rue de l’Exemple"),
            ("base_url", "https://www.example.gouv.qc.ca/"),
            ("base_url", "https://www.example.ca/"),
            ("base_url", "https://www.example.com/"),
            ("base_url", "https://privacy.exemple.ca/"),
        ];
        for (p, v) in yes {
            assert!(example_reason(&at(p), v).is_some(), "{p}: {v}");
        }
        let no = [
            ("organization.website.en", "https://www.quebec.ca/"),
            ("rights.contact.phone", "418 555-1234"),
            ("sections.body.en", "for example, your name"),
            ("sections.body.fr", "par exemple, votre nom"),
            (
                "sections.body.fr",
                "Par exemple, votre nom. Exemple : un courriel",
            ),
            ("sections.body.fr", "Voici un exemple de demande."),
            ("sections.body.fr", "- Exemple de lettre"),
            ("base_url", "https://www.quebec.ca/"),
            ("organization.name.en", "Ministère du Travail"),
        ];
        for (p, v) in no {
            assert!(example_reason(&at(p), v).is_none(), "{p}: {v}");
        }
    }

    #[test]
    fn a_starters_unit_is_an_example_only_beside_its_postal_code() {
        let v: Value = serde_yaml::from_str(
            "rights:\n  contact:\n    address:\n      unit: { en: 4th Floor, fr: 4e étage }\n      postal_code: G1A 1A1\n",
        )
        .unwrap();
        let found: Vec<String> = starter_address_parts(&v)
            .iter()
            .map(|p| p.to_string())
            .collect();
        assert_eq!(
            found,
            [
                "rights.contact.address.unit.en",
                "rights.contact.address.unit.fr",
                "rights.contact.address.postal_code"
            ]
        );
        // A real address on a 4th floor is not an example.
        let v: Value = serde_yaml::from_str(
            "address:\n  unit: { en: 4th Floor, fr: 4e étage }\n  postal_code: G1R 4Z1\n",
        )
        .unwrap();
        assert!(starter_address_parts(&v).is_empty());
    }

    #[test]
    fn markers_are_recognized() {
        assert!(is_placeholder("TODO"));
        assert!(is_placeholder(" TODO: ask the legal team"));
        assert!(!is_placeholder("TODOS"));
        assert!(!is_placeholder("Politique"));
    }

    #[test]
    fn masked_placeholders_take_a_valid_value_of_their_type() {
        let v: Value = serde_yaml::from_str(
            "updated: TODO\ncookies:\n  consent: TODO\nautomatic:\n  identifies: TODO\n  categories: [TODO]\norganization:\n  website: TODO\n",
        )
        .unwrap();
        let (holes, masked) = mask(&v);
        assert_eq!(holes.len(), 5);
        let m = masked.unwrap();
        assert_eq!(m["updated"], Value::from("2000-01-01"));
        assert_eq!(m["cookies"]["consent"], Value::from("none"));
        assert_eq!(m["automatic"]["identifies"], Value::Bool(false));
        assert_eq!(m["automatic"]["categories"][0], Value::from("ip-address"));
        assert_eq!(
            m["organization"]["website"],
            Value::from("https://example.org/")
        );
    }
}
