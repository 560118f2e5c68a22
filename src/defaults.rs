//! The default theme and wording, compiled into the binary.
//!
//! A site needs only `content/`: the default theme (`themes/default/`) and
//! the default English and French wording (`locales/<lang>/*.ftl`) of this
//! repository are embedded. A site's own `themes/` and `locales/` override
//! them file by file for templates and static files, and message by message
//! for Fluent, so a site can change one sentence without copying a locale.

use crate::model::Lang;
use include_dir::{include_dir, Dir, DirEntry};

static THEMES: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/themes");
static LOCALES: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/locales");

/// The name shown for embedded files in messages, e.g.
/// `(built-in) locales/en/ui.ftl`.
pub fn display(rel: &str) -> String {
    format!("(built-in) {rel}")
}

fn files_under(dir: &'static Dir<'static>, out: &mut Vec<(String, &'static [u8])>) {
    for entry in dir.entries() {
        match entry {
            DirEntry::Dir(d) => files_under(d, out),
            DirEntry::File(f) => {
                out.push((f.path().to_string_lossy().replace('\\', "/"), f.contents()))
            }
        }
    }
}

fn under(dir: &'static Dir<'static>, prefix: &str) -> Vec<(String, &'static [u8])> {
    let mut out = Vec::new();
    if let Some(d) = dir.get_dir(prefix) {
        files_under(d, &mut out);
    }
    out.iter_mut().for_each(|(p, _)| {
        if let Some(rest) = p.strip_prefix(&format!("{prefix}/")) {
            *p = rest.to_string();
        }
    });
    out.retain(|(p, _)| !crate::load::is_editor_artifact(p.rsplit('/').next().unwrap_or(p)));
    out.sort();
    out
}

/// The built-in themes, selectable with `theme:` without a folder of the
/// site. `canada` and `quebec` hold only their frame (`base.html`, their
/// style sheet): every other file is the default theme's, so the section
/// templates and their wording exist once.
pub const BUILTIN_THEMES: &[&str] = &["default", "canada", "quebec"];

/// Whether `name` is a built-in theme.
pub fn is_builtin(name: &str) -> bool {
    BUILTIN_THEMES.contains(&name)
}

/// The files of the built-in theme `name` under `kind` (`templates` or
/// `static`): the default theme's, replaced file by file by the theme's
/// own; each with the theme that provides it. An unknown name gives the
/// default theme.
fn theme_files(name: &str, kind: &str) -> Vec<(String, &'static str, &'static [u8])> {
    let mut files: std::collections::BTreeMap<String, (&'static str, &'static [u8])> =
        under(&THEMES, &format!("default/{kind}"))
            .into_iter()
            .map(|(p, b)| (p, ("default", b)))
            .collect();
    if let Some(own) = BUILTIN_THEMES
        .iter()
        .find(|t| **t == name && **t != "default")
    {
        for (p, b) in under(&THEMES, &format!("{own}/{kind}")) {
            files.insert(p, (own, b));
        }
    }
    files.into_iter().map(|(p, (t, b))| (p, t, b)).collect()
}

/// The templates of the built-in theme `name`: (path under `templates/`,
/// the theme that provides it, text).
pub fn theme_templates(name: &str) -> Vec<(String, &'static str, &'static str)> {
    theme_files(name, "templates")
        .into_iter()
        .filter_map(|(p, t, b)| std::str::from_utf8(b).ok().map(|text| (p, t, text)))
        .collect()
}

/// The static files of the built-in theme `name`: path under `static/` →
/// bytes.
pub fn theme_assets(name: &str) -> Vec<(String, &'static [u8])> {
    theme_files(name, "static")
        .into_iter()
        .map(|(p, _, b)| (p, b))
        .collect()
}

/// The default theme's templates: path under `templates/` → text.
pub fn templates() -> Vec<(String, &'static str)> {
    theme_templates("default")
        .into_iter()
        .map(|(p, _, t)| (p, t))
        .collect()
}

/// The default theme's static files: path under `static/` → bytes.
pub fn assets() -> Vec<(String, &'static [u8])> {
    theme_assets("default")
}

/// The default wording of `lang`: file name → text.
pub fn locale_files(lang: Lang) -> Vec<(String, &'static str)> {
    under(&LOCALES, lang.code())
        .into_iter()
        .filter(|(p, _)| p.ends_with(".ftl"))
        .filter_map(|(p, b)| std::str::from_utf8(b).ok().map(|t| (p, t)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_default_theme_and_wording_are_embedded() {
        let t: Vec<String> = templates().into_iter().map(|(p, _)| p).collect();
        for name in [
            "policy.html",
            "index.html",
            "sitemap.xml",
            "sections/cookies.html",
        ] {
            assert!(t.iter().any(|p| p == name), "{name} in {t:?}");
        }
        assert!(assets().iter().any(|(p, _)| p == "style.css"));
        for lang in Lang::ALL {
            assert!(!locale_files(lang).is_empty());
        }
    }
}
