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
