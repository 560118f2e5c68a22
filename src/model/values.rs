//! Value types shared by the model: bilingual text, dates, URLs, e-mail
//! addresses, telephone numbers and contact forms, each checked when it is
//! read.

use super::ValueError;
use crate::msg;
use schemars::JsonSchema;
use serde::de::{self, Deserializer};
use serde::{Deserialize, Serialize, Serializer};
use std::fmt;

pub use crate::lang::Lang;

/// A value given once per language, e.g. `{ en: Privacy, fr: Confidentialité }`.
/// Both languages are required: a text missing one is an error, never a
/// silent fallback.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Bilingual<T> {
    /// The English value.
    pub en: T,
    /// The French value.
    pub fr: T,
}

impl<T> Bilingual<T> {
    /// The value in `lang`.
    pub fn get(&self, lang: Lang) -> &T {
        match lang {
            Lang::En => &self.en,
            Lang::Fr => &self.fr,
        }
    }
}

/// Plain bilingual text (names, titles, short sentences).
pub type Text = Bilingual<String>;

/// Bilingual Markdown, rendered with pulldown-cmark.
pub type Markdown = Bilingual<String>;

/// A value that is either the same in both languages or given per language:
/// `https://example.ca` or `{ en: https://example.ca/en, fr: https://example.ca/fr }`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Localized<T> {
    /// One value for both languages.
    Same(T),
    /// One value per language.
    Per(Bilingual<T>),
}

impl<T> Localized<T> {
    /// The value in `lang`.
    pub fn get(&self, lang: Lang) -> &T {
        match self {
            Localized::Same(v) => v,
            Localized::Per(b) => b.get(lang),
        }
    }
}

impl<T: Serialize> Serialize for Localized<T> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        // Always written per language, so templates and policy.json see one shape.
        match self {
            Localized::Same(v) => Bilingual { en: v, fr: v }.serialize(s),
            Localized::Per(b) => b.serialize(s),
        }
    }
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Localized<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        // Read through the deserializer (not a copy of the value), so a
        // mistake in one language is placed at that language's line.
        struct V<T>(std::marker::PhantomData<T>);
        impl<'de, T: Deserialize<'de>> de::Visitor<'de> for V<T> {
            type Value = Localized<T>;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a value, or one per language (`en:` and `fr:`)")
            }
            fn visit_map<A: de::MapAccess<'de>>(self, map: A) -> Result<Self::Value, A::Error> {
                Bilingual::<T>::deserialize(de::value::MapAccessDeserializer::new(map))
                    .map(Localized::Per)
            }
            fn visit_seq<A: de::SeqAccess<'de>>(self, seq: A) -> Result<Self::Value, A::Error> {
                T::deserialize(de::value::SeqAccessDeserializer::new(seq)).map(Localized::Same)
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
                use de::IntoDeserializer;
                T::deserialize(v.into_deserializer()).map(Localized::Same)
            }
            fn visit_bool<E: de::Error>(self, v: bool) -> Result<Self::Value, E> {
                use de::IntoDeserializer;
                T::deserialize(v.into_deserializer()).map(Localized::Same)
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<Self::Value, E> {
                use de::IntoDeserializer;
                T::deserialize(v.into_deserializer()).map(Localized::Same)
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<Self::Value, E> {
                use de::IntoDeserializer;
                T::deserialize(v.into_deserializer()).map(Localized::Same)
            }
            fn visit_f64<E: de::Error>(self, v: f64) -> Result<Self::Value, E> {
                use de::IntoDeserializer;
                T::deserialize(v.into_deserializer()).map(Localized::Same)
            }
            fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
                use de::IntoDeserializer;
                T::deserialize(().into_deserializer()).map(Localized::Same)
            }
        }
        d.deserialize_any(V(std::marker::PhantomData))
    }
}

/// A calendar date written `YYYY-MM-DD`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    /// Year, e.g. 2014.
    pub year: u16,
    /// Month, 1 to 12.
    pub month: u8,
    /// Day of the month, 1 to 31.
    pub day: u8,
}

impl Date {
    /// Parses `YYYY-MM-DD`, checking the day exists in that month.
    pub fn parse(s: &str) -> Option<Date> {
        let b = s.as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return None;
        }
        let year: u16 = s[0..4].parse().ok()?;
        let month: u8 = s[5..7].parse().ok()?;
        let day: u8 = s[8..10].parse().ok()?;
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
        let days = match month {
            1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
            4 | 6 | 9 | 11 => 30,
            2 if leap => 29,
            2 => 28,
            _ => return None,
        };
        (year >= 1900 && (1..=days).contains(&day)).then_some(Date { year, month, day })
    }

    /// Why `s` is not a date [`Date::parse`] accepts: the message
    /// `model-date`, which selects the reason on `$why` (`shape`, `month`,
    /// `year`, `day`).
    fn explain(s: &str) -> ValueError {
        let shaped = s.len() == 10
            && s.bytes().enumerate().all(|(i, b)| {
                if i == 4 || i == 7 {
                    b == b'-'
                } else {
                    b.is_ascii_digit()
                }
            });
        // Only ASCII digits and hyphens when shaped: the slices are whole.
        let part = |r: std::ops::Range<usize>| {
            if shaped {
                s.get(r).unwrap_or("").to_string()
            } else {
                String::new()
            }
        };
        let (year, month, day) = (part(0..4), part(5..7), part(8..10));
        let why = if !shaped {
            "shape"
        } else if !(1..=12).contains(&month.parse::<u8>().unwrap_or(0)) {
            "month"
        } else if year.as_str() < "1900" {
            "year"
        } else {
            "day"
        };
        ValueError::new(msg!(
            "model-date",
            date = s.to_string(),
            why = why,
            month = month,
            day = day
        ))
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        Date::parse(&s).ok_or_else(|| Date::explain(&s).into_de())
    }
}

/// An absolute `http` or `https` URL.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Url(String);

impl Url {
    /// Parses an absolute web address, written as it is published: the
    /// `url` crate would trim spaces and control characters and
    /// percent-encode spaces, quotes and angle brackets, but the address
    /// is kept as written (in pages, the sitemap and policy.json), so
    /// those are refused.
    pub fn parse(s: &str) -> Result<Url, ValueError> {
        if let Some(c) = s.chars().find(|&c| {
            c.is_whitespace()
                || c.is_control()
                || matches!(c, '"' | '<' | '>' | '\\' | '`' | '{' | '}' | '|' | '^')
        }) {
            let shown: String = s.chars().flat_map(char::escape_debug).collect();
            let (holds, character) = match c {
                ' ' if s.starts_with(' ') || s.ends_with(' ') => {
                    return Err(ValueError::new(msg!("model-url-space-around", url = shown))
                        .with_hint(msg!("model-url-space-around-hint")));
                }
                ' ' => ("space", String::new()),
                c if c.is_whitespace() || c.is_control() => {
                    ("invisible", format!("U+{:04X}", c as u32))
                }
                c => ("character", c.to_string()),
            };
            return Err(ValueError::new(msg!(
                "model-url-character",
                url = shown,
                holds = holds,
                character = character
            ))
            .with_hint(msg!("model-url-character-hint")));
        }
        match url::Url::parse(s) {
            Ok(u) if (u.scheme() == "https" || u.scheme() == "http") && u.host().is_some() => {
                Ok(Url(s.to_string()))
            }
            Ok(u) => Err(ValueError::new(msg!(
                "model-url-scheme",
                url = s.to_string(),
                scheme = u.scheme().to_string()
            ))
            .with_hint(msg!("model-url-scheme-hint"))),
            Err(e) => Err(ValueError::new(msg!(
                "model-url-invalid",
                url = s.to_string(),
                kind = url_error_key(e),
                reason = e.to_string()
            ))
            .with_hint(msg!("model-url-invalid-hint"))),
        }
    }

    /// Parses the address a site is published under: a web address without
    /// a query (`?…`) or a fragment (`#…`), since page addresses are built
    /// by appending to it.
    pub fn parse_base(s: &str) -> Result<Url, ValueError> {
        let url = Url::parse(s)?;
        match url::Url::parse(s) {
            Ok(u) if u.query().is_some() || u.fragment().is_some() => Err(ValueError::new(msg!(
                "model-base-url-query",
                url = s.to_string()
            ))
            .with_hint(msg!("model-base-url-query-hint"))),
            _ => Ok(url),
        }
    }

    /// The address as written.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// The key `model-url-invalid` selects on for what the `url` crate found
/// wrong (its own words are given too, and shown for `other`).
fn url_error_key(e: url::ParseError) -> &'static str {
    use url::ParseError as P;
    match e {
        P::EmptyHost => "empty-host",
        P::IdnaError => "idna",
        P::InvalidPort => "port",
        P::InvalidIpv4Address => "ipv4",
        P::InvalidIpv6Address => "ipv6",
        P::InvalidDomainCharacter => "domain-character",
        P::RelativeUrlWithoutBase => "relative",
        P::Overflow => "overflow",
        _ => "other",
    }
}

impl Serialize for Url {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.0)
    }
}

impl<'de> Deserialize<'de> for Url {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        Url::parse(&s).map_err(ValueError::into_de)
    }
}

/// An e-mail address.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
pub struct Email(String);

impl Email {
    /// Checks the shape `local@domain.tld`: a dot-separated local part of
    /// the characters an address may hold unquoted, and a domain of at
    /// least two labels (letters, digits, hyphens; any script).
    pub fn parse(s: &str) -> Result<Email, ValueError> {
        if s.starts_with("mailto:") {
            return Err(ValueError::new(msg!(
                "model-email-mailto",
                email = s.to_string()
            )));
        }
        let atom = |c: char| {
            c.is_ascii_alphanumeric()
                || "!#$%&'*+-/=?^_`{|}~".contains(c)
                || !(c.is_ascii() || c.is_whitespace())
        };
        let ok = s.rsplit_once('@').is_some_and(|(local, domain)| {
            let labels: Vec<&str> = domain.split('.').collect();
            local.len() <= 64
                && local
                    .split('.')
                    .all(|p| !p.is_empty() && p.chars().all(atom))
                && labels.len() >= 2
                && labels.iter().all(|l| {
                    !l.is_empty()
                        && l.len() <= 63
                        && !l.starts_with('-')
                        && !l.ends_with('-')
                        && l.chars().all(|c| c.is_alphanumeric() || c == '-')
                })
        });
        if ok {
            Ok(Email(s.to_string()))
        } else {
            Err(ValueError::new(msg!("model-email", email = s.to_string())))
        }
    }

    /// The address.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl<'de> Deserialize<'de> for Email {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        Email::parse(&s).map_err(ValueError::into_de)
    }
}

/// A North American telephone number, kept as its parts so each language
/// formats it its own way (1-800-282-1376 / 1 800 282-1376).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
pub struct Phone {
    /// Whether the number is dialled with the leading `1` (toll-free numbers).
    pub long_distance: bool,
    /// Three-digit area code.
    pub area: String,
    /// Three-digit exchange.
    pub exchange: String,
    /// Four-digit line number.
    pub line: String,
    /// Extension, if any.
    pub extension: Option<String>,
}

impl Phone {
    /// Parses `418 643-1344`, `1-800-282-1376`, `(418) 643-1344`,
    /// `+1 418 643 1344`, with an optional extension (`ext. 123`, `poste 123`).
    pub fn parse(s: &str) -> Result<Phone, ValueError> {
        let err = || ValueError::new(msg!("model-phone", phone = s.to_string()));
        let lower = s.to_lowercase();
        let (main, ext) = match ["ext.", "ext", "poste", "x"]
            .iter()
            .find_map(|m| lower.find(m).map(|i| (i, m.len())))
        {
            Some((i, len)) => (&lower[..i], Some(lower[i + len..].trim().to_string())),
            None => (lower.as_str(), None),
        };
        if main
            .chars()
            .any(|c| !(c.is_ascii_digit() || " -().+\u{a0}".contains(c)))
        {
            return Err(err());
        }
        let digits: String = main.chars().filter(char::is_ascii_digit).collect();
        let (long_distance, rest) = match digits.len() {
            10 => (false, digits.as_str()),
            11 if digits.starts_with('1') => (true, &digits[1..]),
            _ => return Err(err()),
        };
        if let Some(e) = &ext {
            if e.is_empty() || !e.chars().all(|c| c.is_ascii_digit()) {
                return Err(err());
            }
        }
        Ok(Phone {
            long_distance,
            area: rest[0..3].to_string(),
            exchange: rest[3..6].to_string(),
            line: rest[6..10].to_string(),
            extension: ext,
        })
    }

    /// The number for a `tel:` link, e.g. `+18002821376` (`;ext=12` after
    /// it when it has an extension, as RFC 3966 writes it).
    pub fn tel_uri(&self) -> String {
        let ext = self
            .extension
            .as_ref()
            .map(|e| format!(";ext={e}"))
            .unwrap_or_default();
        format!("+1{}{}{}{ext}", self.area, self.exchange, self.line)
    }
}

impl<'de> Deserialize<'de> for Phone {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = match serde_yaml::Value::deserialize(d)? {
            serde_yaml::Value::String(s) => s,
            serde_yaml::Value::Number(n) => n.to_string(),
            _ => return Err(ValueError::new(msg!("model-phone-not-text")).into_de()),
        };
        Phone::parse(&s).map_err(ValueError::into_de)
    }
}

/// An identifier: lower-case letters, digits and hyphens (`cookies`,
/// `politique-de-confidentialite`). Used for slugs, section ids and profile
/// names, so it can never escape a folder.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub struct Ident(String);

impl Ident {
    /// Checks an identifier.
    pub fn parse(s: &str) -> Result<Ident, ValueError> {
        let ok = !s.is_empty()
            && s.len() <= 100
            && s.chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
            && !s.starts_with('-')
            && !s.ends_with('-');
        if !ok {
            return Err(ValueError::new(msg!("model-ident", id = s.to_string())));
        }
        if Ident::is_reserved(s) {
            return Err(
                ValueError::new(msg!("model-ident-reserved", id = s.to_string()))
                    .with_hint(msg!("model-ident-reserved-hint", id = s.to_string())),
            );
        }
        Ok(Ident(s.to_string()))
    }

    /// Whether `name` (a file or folder name, with or without an
    /// extension, in any case) is one Windows reserves for a device.
    pub fn is_reserved(name: &str) -> bool {
        let stem = name.split('.').next().unwrap_or(name).to_ascii_lowercase();
        matches!(stem.as_str(), "con" | "prn" | "aux" | "nul")
            || (stem.len() == 4
                && (stem.starts_with("com") || stem.starts_with("lpt"))
                && matches!(stem.as_bytes()[3], b'1'..=b'9'))
    }

    /// The identifier.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Ident {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl<'de> Deserialize<'de> for Ident {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        Ident::parse(&s).map_err(ValueError::into_de)
    }
}

/// A web form through which a contact can be reached (`contacts.privacy.form`,
/// `contacts.questions.form` in document model 2): `{ url, label }`.
///
/// A type of its own, not a generic link, because a form is one of a
/// contact's *means* of contact, as an address, an e-mail or a telephone
/// number are: Québec's rule QC-10 asks for the person in charge with one of
/// them, and a form counts. Its label is required: the page shows it as the
/// link's words ("Contact us online" / « Nous écrire en ligne »), never the
/// bare address.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ContactForm {
    /// The form's address, one for both languages or one each.
    pub url: Localized<Url>,
    /// The link's words in each language.
    pub label: Text,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_checked() {
        assert_eq!(
            Date::parse("2014-01-29").map(|d| d.to_string()).as_deref(),
            Some("2014-01-29")
        );
        assert!(Date::parse("2023-02-29").is_none());
        assert!(Date::parse("2024-02-29").is_some());
        assert!(Date::parse("2014-13-01").is_none());
        assert!(Date::parse("29/01/2014").is_none());
        let explain = |s| Date::explain(s).message.in_lang(Lang::En);
        assert!(explain("2023-02-29").contains("no day 29"));
        assert!(explain("2014-13-01").contains("no month 13"));
        assert!(explain("1899-12-31").contains("before 1900"));
        assert!(explain("29/01/2014").contains("YYYY-MM-DD"));
        assert!(explain("2014-é1-01").contains("YYYY-MM-DD"));
        assert_eq!(
            Date::explain("2014-13-01").message.in_lang(Lang::Fr),
            "date non valide `2014-13-01`\u{a0}: il n’y a pas de mois 13 (les mois vont de 01 à 12)"
        );
    }

    #[test]
    fn phones_parse_common_forms() {
        let p = Phone::parse("1-800-282-1376").unwrap();
        assert!(p.long_distance);
        assert_eq!(
            (p.area.as_str(), p.exchange.as_str(), p.line.as_str()),
            ("800", "282", "1376")
        );
        let p = Phone::parse("(418) 643-1344 poste 2204").unwrap();
        assert_eq!(p.extension.as_deref(), Some("2204"));
        assert_eq!(p.tel_uri(), "+14186431344;ext=2204");
        assert!(!p.long_distance);
        assert!(Phone::parse("643-1344").is_err());
        assert!(Phone::parse("call us").is_err());
    }

    #[test]
    fn urls_and_emails() {
        assert!(Url::parse("https://www.quebec.ca/").is_ok());
        assert!(Url::parse("javascript:alert(1)").is_err());
        assert!(Url::parse("www.quebec.ca").is_err());
        for bad in [
            " https://x.ca/",
            "https://x.ca/ ",
            "https://x.ca/\0",
            "https://x.ca/a b",
            "https://x.ca/\"x",
            "https://x.ca/<x>",
            "https://x.ca/\u{1b}",
            "https://x.ca/\u{85}",
        ] {
            assert!(Url::parse(bad).is_err(), "{bad:?}");
        }
        assert!(Url::parse("https://x.ca/a%20b?q=1&r=2#f").is_ok());
        assert!(Url::parse("https://québec.ca/é").is_ok());
        assert!(Email::parse("acces@mri.gouv.qc.ca").is_ok());
        assert!(Email::parse("acces.mri.gouv.qc.ca").is_err());
        assert!(Email::parse("a@b").is_err());
        assert!(Url::parse_base("https://www.quebec.ca/politiques/").is_ok());
        assert!(Url::parse_base("https://a.ca/x?y").is_err());
        assert!(Url::parse_base("https://a.ca/x#y").is_err());
        assert!(Email::parse("prénom.nom+tag@ministère.gouv.qc.ca").is_ok());
        for bad in [
            "mailto:acces@gouv.qc.ca",
            "a@b..ca",
            "a..b@gouv.qc.ca",
            ".a@gouv.qc.ca",
            "a@-x.ca",
            "a b@gouv.qc.ca",
            "a@b@gouv.qc.ca",
            "<a@gouv.qc.ca>",
        ] {
            assert!(Email::parse(bad).is_err(), "{bad}");
        }
        assert!(Email::parse("mailto:a@gouv.qc.ca")
            .unwrap_err()
            .message
            .in_lang(Lang::En)
            .contains("without `mailto:`"));
    }

    #[test]
    fn contact_forms_take_one_address_or_one_per_language() {
        let f: ContactForm = serde_yaml::from_str(
            "url: https://example.gouv.qc.ca/joindre\nlabel: { en: Write to us, fr: Nous écrire }",
        )
        .unwrap();
        assert_eq!(
            f.url.get(Lang::Fr).as_str(),
            "https://example.gouv.qc.ca/joindre"
        );
        assert_eq!(f.label.get(Lang::En), "Write to us");
        let f: ContactForm = serde_yaml::from_str(
            "url: { en: https://x.ca/contact, fr: https://x.ca/joindre }\nlabel: { en: Contact us, fr: Nous joindre }",
        )
        .unwrap();
        assert_eq!(f.url.get(Lang::En).as_str(), "https://x.ca/contact");
        // Written out per language, and read back the same.
        let json = serde_json::to_value(&f).unwrap();
        assert_eq!(json["url"]["fr"], "https://x.ca/joindre");
        let back: ContactForm = serde_json::from_value(json).unwrap();
        assert_eq!(back, f);
        for (bad, said) in [
            ("url: https://x.ca/", "label"),
            ("label: { en: a, fr: b }", "url"),
            (
                "url: x.ca\nlabel: { en: a, fr: b }",
                "not a valid web address",
            ),
            (
                "url: https://x.ca/\nlabel: { en: a, fr: b }\nemail: a@b.ca",
                "email",
            ),
        ] {
            let e = serde_yaml::from_str::<ContactForm>(bad)
                .unwrap_err()
                .to_string();
            let e = ValueError::reword(&e, Lang::En);
            assert!(e.contains(said), "{bad}: {e}");
        }
    }

    #[test]
    fn idents_cannot_escape_folders() {
        assert!(Ident::parse("politique-de-confidentialite").is_ok());
        for reserved in ["con", "prn", "aux", "nul", "com1", "com9", "lpt1", "lpt9"] {
            assert!(Ident::parse(reserved).is_err(), "{reserved}");
        }
        for name in ["CON", "Nul.yaml", "com3.txt", "LPT9.tar.gz"] {
            assert!(Ident::is_reserved(name), "{name}");
        }
        for ok in [
            "com",
            "com0",
            "com10",
            "console",
            "nul-policy",
            "lpt",
            "auxiliary",
        ] {
            assert!(Ident::parse(ok).is_ok(), "{ok}");
        }
        for bad in ["../x", "a/b", "", "A", "-a", "é"] {
            assert!(Ident::parse(bad).is_err(), "{bad}");
        }
    }
}

/// JSON Schemas of the checked string types, for editors (`policypress schema`).
mod schema {
    use super::*;
    use schemars::{json_schema, Schema, SchemaGenerator};
    use std::borrow::Cow;

    macro_rules! string_schema {
        ($ty:ty, $name:literal, $schema:tt) => {
            impl JsonSchema for $ty {
                fn schema_name() -> Cow<'static, str> {
                    Cow::Borrowed($name)
                }
                fn json_schema(_: &mut SchemaGenerator) -> Schema {
                    json_schema!($schema)
                }
            }
        };
    }

    string_schema!(Date, "Date", {
        "type": "string",
        "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$",
        "description": "A date written YYYY-MM-DD, e.g. 2014-01-29."
    });
    string_schema!(Url, "Url", {
        "type": "string",
        "format": "uri",
        "pattern": "^https?://",
        "description": "An absolute web address starting with https:// (or http://)."
    });
    string_schema!(Email, "Email", {
        "type": "string",
        "format": "email",
        "description": "An e-mail address, e.g. acces@example.gouv.qc.ca."
    });
    string_schema!(Phone, "Phone", {
        "type": "string",
        "pattern": "^[0-9 ()+.\\-\u{a0}]+((ext\\.?|poste|x) *[0-9]+)?$",
        "description": "A North American telephone number: 418 643-1344, 1-800-282-1376, optionally followed by `ext. 1234` or `poste 1234`."
    });
    string_schema!(Ident, "Ident", {
        "type": "string",
        "pattern": "^[a-z0-9]+(-[a-z0-9]+)*$",
        "description": "An identifier: lower-case letters a-z, digits and hyphens."
    });

    impl<T: JsonSchema> JsonSchema for Localized<T> {
        fn schema_name() -> Cow<'static, str> {
            Cow::Owned(format!("Localized_{}", T::schema_name()))
        }
        fn json_schema(g: &mut SchemaGenerator) -> Schema {
            let one = g.subschema_for::<T>();
            let both = g.subschema_for::<Bilingual<T>>();
            json_schema!({
                "description": "One value for both languages, or `{ en: …, fr: … }`.",
                "anyOf": [one, both]
            })
        }
    }
}
