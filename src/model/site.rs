//! Site settings (`content/site.yaml`).

use super::values::{Ident, Lang, Localized, Text, Url};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// Settings that apply to every page of the site.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SiteConfig {
    /// Where the site is published: one base URL, or one per language when
    /// the two languages live on two domains. No query or fragment.
    #[serde(deserialize_with = "base_url")]
    pub base_url: Localized<Url>,
    /// The language the policies are written in first; the other is the
    /// translation (French for Québec bodies, English for Ontario and
    /// federal ones).
    pub source_language: Lang,
    /// The site's languages; policypress publishes exactly `[en, fr]`.
    #[serde(default = "default_languages")]
    pub languages: Vec<Lang>,
    /// The theme folder under `themes/`.
    #[serde(default = "default_theme")]
    pub theme: Ident,
    /// Title of the bilingual landing page.
    pub title: Text,
    /// Typographic choices for the rendered pages.
    #[serde(default)]
    pub typography: Typography,
    /// Paths in the output folder that each build keeps as they are, e.g.
    /// `[.git, CNAME, .well-known]` when the output is a checkout used to
    /// publish. A build replaces its output folder whole and stops before
    /// one holding anything it did not write and that is not listed here.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub keep: Vec<KeepPath>,
}

/// A path relative to the output folder (`/`-separated, no `.` or `..`,
/// not absolute), kept by every build.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct KeepPath(String);

impl KeepPath {
    /// Checks a kept path.
    pub fn parse(s: &str) -> Result<KeepPath, String> {
        let trimmed = s.trim_end_matches('/');
        let bad_segment = trimmed
            .split('/')
            .any(|seg| seg.is_empty() || seg == "." || seg == "..");
        if trimmed.is_empty()
            || s.starts_with('/')
            || s.contains('\\')
            || s.chars().any(char::is_control)
            || bad_segment
        {
            return Err(format!(
                "`{s}` is not a path inside the output folder: write it relative to the output, with `/` between folders and no `..`, e.g. `.git` or `.well-known/security.txt`"
            ));
        }
        Ok(KeepPath(trimmed.to_string()))
    }

    /// The path, without a trailing `/`.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl<'de> Deserialize<'de> for KeepPath {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        KeepPath::parse(&s).map_err(serde::de::Error::custom)
    }
}

impl JsonSchema for KeepPath {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        std::borrow::Cow::Borrowed("KeepPath")
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "pattern": "^[^/\\\\]",
            "description": "A path inside the output folder, relative to it, e.g. `.git`, `CNAME` or `.well-known/security.txt`."
        })
    }
}

/// Reads `base_url`: web addresses without a query or fragment.
fn base_url<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Localized<Url>, D::Error> {
    let v = Localized::<Url>::deserialize(d)?;
    for lang in [Lang::En, Lang::Fr] {
        Url::parse_base(v.get(lang).as_str()).map_err(serde::de::Error::custom)?;
    }
    Ok(v)
}

/// Typographic choices. Pages always get French and English typography
/// (see docs/data-format.md); these are the choices the norms leave open.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Typography {
    /// French: put a narrow no-break space (U+202F) before `;`, `?` and `!`
    /// instead of no space at all. Both are correct in Québec; the Office
    /// québécois de la langue française accepts either. Default: no space.
    #[serde(default)]
    pub narrow_space_before_punctuation: bool,
}

impl Typography {
    /// The options of [`crate::typography::apply`].
    pub fn options(&self) -> crate::typography::Options {
        crate::typography::Options {
            narrow_nbsp_before_punct: self.narrow_space_before_punctuation,
        }
    }
}

fn default_languages() -> Vec<Lang> {
    Lang::ALL.to_vec()
}

fn default_theme() -> Ident {
    // A literal known to be a valid identifier.
    Ident::parse("default").unwrap_or_else(|_| unreachable!())
}

impl SiteConfig {
    /// The base URL for `lang`, always ending with `/`.
    pub fn base_url(&self, lang: Lang) -> String {
        let s = self.base_url.get(lang).as_str();
        if s.ends_with('/') {
            s.to_string()
        } else {
            format!("{s}/")
        }
    }
}
