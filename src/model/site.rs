//! Site settings (`content/site.yaml`).

use super::policy::Link;
use super::values::{Ident, Lang, Localized, Text, Url};
use super::ValueError;
use crate::msg;
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
    /// The organization's visual identity on every page: logo, colours,
    /// header and footer links, copyright line, extra CSS and `<head>`
    /// metadata. Enough to brand a site without a template of its own.
    #[serde(default, skip_serializing_if = "Branding::is_empty")]
    pub branding: Branding,
}

/// `branding:` in `content/site.yaml`. Every text a reader sees is
/// bilingual ([`Text`]), so the English and French pages carry the same
/// links and lines by construction; files are paths inside the site,
/// copied under `assets/site/`.
#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Branding {
    /// The organization's signature image, shown in the header.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub logo: Option<Logo>,
    /// The identity colours, as CSS custom properties of every page.
    #[serde(default, skip_serializing_if = "Colors::is_empty")]
    pub colors: Colors,
    /// Links shown in the header of every page, in order (the policies'
    /// own link type: words in each language, one address or one each).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub header_links: Vec<Link>,
    /// Links shown in the footer of every page, in order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub footer_links: Vec<Link>,
    /// The copyright line of the footer, e.g. `© Gouvernement du Québec`.
    /// Left out, a theme shows its own (the `quebec` theme) or none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub copyright: Option<Text>,
    /// Extra style sheets inside the site, copied to the output and linked
    /// from every page after the theme's own, so they win.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub css: Vec<SitePath>,
    /// Extra `<meta name=… content=…>` elements of every page's `<head>`.
    /// Pairs, never raw HTML: a page holds only markup policypress writes.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub head: Vec<HeadMeta>,
}

impl Branding {
    /// Whether nothing is set (the key can be left out).
    pub fn is_empty(&self) -> bool {
        self.logo.is_none()
            && self.colors.is_empty()
            && self.header_links.is_empty()
            && self.footer_links.is_empty()
            && self.copyright.is_none()
            && self.css.is_empty()
            && self.head.is_empty()
    }
}

/// The organization's signature image. policypress ships no government
/// artwork (wordmarks and flags are trademarks): the site supplies its own.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Logo {
    /// The image, a path inside the site (`branding/logo.svg`): SVG, PNG,
    /// JPEG, GIF or WebP.
    pub src: SitePath,
    /// Its text alternative in each language, usually the organization's
    /// name as the image writes it.
    pub alt: Text,
    /// Where the logo leads, one address or one per language. Left out,
    /// it leads to the site's landing page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub link: Option<Localized<Url>>,
}

/// The identity colours. Each becomes a CSS custom property that every
/// built-in theme reads (`--pp-brand`, `--pp-brand-text`, `--pp-link`,
/// `--pp-accent`), so a colour is set once for all themes and pages.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Colors {
    /// Background of the header and footer bands (`--pp-brand`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub brand: Option<Color>,
    /// Text on those bands (`--pp-brand-text`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub brand_text: Option<Color>,
    /// Links in the page (`--pp-link`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub link: Option<Color>,
    /// Rules, focus outlines and other accents (`--pp-accent`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub accent: Option<Color>,
}

impl Colors {
    /// Whether no colour is set.
    pub fn is_empty(&self) -> bool {
        *self == Colors::default()
    }

    /// The custom properties set, in a fixed order: (`--pp-…`, `#…`).
    pub fn properties(&self) -> Vec<(&'static str, &str)> {
        [
            ("--pp-brand", &self.brand),
            ("--pp-brand-text", &self.brand_text),
            ("--pp-link", &self.link),
            ("--pp-accent", &self.accent),
        ]
        .into_iter()
        .filter_map(|(name, c)| c.as_ref().map(|c| (name, c.as_str())))
        .collect()
    }
}

/// A CSS colour written `#rgb` or `#rrggbb`. Only that form is accepted:
/// it is what identity guides give, and it can be written into a `<style>`
/// element with nothing to escape.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Color(String);

impl Color {
    /// Checks a colour.
    pub fn parse(s: &str) -> Result<Color, ValueError> {
        let hex = s.strip_prefix('#').unwrap_or("");
        if s.starts_with('#')
            && matches!(hex.len(), 3 | 6)
            && hex.bytes().all(|b| b.is_ascii_hexdigit())
        {
            Ok(Color(s.to_ascii_lowercase()))
        } else {
            Err(ValueError::new(msg!("model-color", color = s.to_string()))
                .with_hint(msg!("model-color-hint")))
        }
    }

    /// The colour, in lower case.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl<'de> Deserialize<'de> for Color {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        Color::parse(&s).map_err(ValueError::into_de)
    }
}

impl JsonSchema for Color {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        std::borrow::Cow::Borrowed("Color")
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "pattern": "^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$",
            "description": "A CSS colour, #rgb or #rrggbb, e.g. \"#26374a\"."
        })
    }
}

/// A file of the site, written relative to the site's root folder with `/`
/// between folders (`branding/logo.svg`), never leaving it: no `..`, not
/// absolute. Whether it exists, and whether a link on its way leads out of
/// the site, is checked when the site loads.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SitePath(String);

impl SitePath {
    /// Checks a path's form.
    pub fn parse(s: &str) -> Result<SitePath, ValueError> {
        let bad_segment = s
            .split('/')
            .any(|seg| seg.is_empty() || seg == "." || seg == "..");
        if s.is_empty()
            || s.starts_with('/')
            || s.contains('\\')
            || s.contains(':')
            || s.chars().any(char::is_control)
            || bad_segment
        {
            return Err(ValueError::new(msg!(
                "model-site-path",
                path = s.to_string()
            )));
        }
        Ok(SitePath(s.to_string()))
    }

    /// The path as written.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Where the file is published, under the output's `assets/`.
    pub fn asset_path(&self) -> String {
        format!("site/{}", self.0)
    }

    /// The file name's extension, in lower case.
    pub fn extension(&self) -> String {
        self.0
            .rsplit('/')
            .next()
            .and_then(|name| name.rsplit_once('.'))
            .map(|(_, ext)| ext.to_ascii_lowercase())
            .unwrap_or_default()
    }
}

impl<'de> Deserialize<'de> for SitePath {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        SitePath::parse(&s).map_err(ValueError::into_de)
    }
}

impl JsonSchema for SitePath {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        std::borrow::Cow::Borrowed("SitePath")
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "pattern": "^[^/\\\\]",
            "description": "A file inside the site, relative to its root folder, e.g. `branding/logo.svg`."
        })
    }
}

/// One `<meta name=… content=…>` of every page's `<head>`.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct HeadMeta {
    /// The metadata's name, e.g. `dcterms.accessRights` or
    /// `google-site-verification`.
    pub name: MetaName,
    /// Its value, one for both languages or one per language.
    pub content: Localized<String>,
}

/// The `name` of a `<meta>`: letters, digits and `.`, `-`, `_`, `:`.
/// The names a theme writes itself (`description`, `viewport`, the
/// `dcterms.*` set of the built-in themes) are refused, so a page never
/// carries two of them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct MetaName(String);

/// The `<meta>` names every page of a built-in theme writes.
pub const THEME_META_NAMES: &[&str] = &[
    "description",
    "viewport",
    "dcterms.title",
    "dcterms.language",
    "dcterms.creator",
    "dcterms.issued",
    "dcterms.modified",
    "dcterms.subject",
    "policypress:version",
];

impl MetaName {
    /// Checks a name.
    pub fn parse(s: &str) -> Result<MetaName, ValueError> {
        let ok = !s.is_empty()
            && s.len() <= 100
            && s.chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_' | ':'));
        if !ok {
            return Err(ValueError::new(msg!(
                "model-meta-name",
                name = s.to_string()
            )));
        }
        if let Some(own) = THEME_META_NAMES.iter().find(|n| n.eq_ignore_ascii_case(s)) {
            return Err(
                ValueError::new(msg!("model-meta-name-theme", name = own.to_string()))
                    .with_hint(msg!("model-meta-name-theme-hint")),
            );
        }
        Ok(MetaName(s.to_string()))
    }

    /// The name.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl<'de> Deserialize<'de> for MetaName {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        MetaName::parse(&s).map_err(ValueError::into_de)
    }
}

impl JsonSchema for MetaName {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        std::borrow::Cow::Borrowed("MetaName")
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "pattern": "^[A-Za-z0-9._:-]+$",
            "description": "A <meta> name: letters, digits and `.`, `-`, `_`, `:`."
        })
    }
}

/// A path relative to the output folder (`/`-separated, no `.` or `..`,
/// not absolute), kept by every build.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct KeepPath(String);

impl KeepPath {
    /// Checks a kept path.
    pub fn parse(s: &str) -> Result<KeepPath, ValueError> {
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
            return Err(ValueError::new(msg!(
                "model-keep-path",
                path = s.to_string()
            )));
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
        KeepPath::parse(&s).map_err(ValueError::into_de)
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
        Url::parse_base(v.get(lang).as_str()).map_err(ValueError::into_de)?;
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
