//! The default theme and wording, compiled into the binary.
//!
//! A site needs only `content/`: the default theme (`themes/default/`) and
//! the default English and French wording (`locales/<lang>/*.ftl`) of this
//! repository are embedded. A site's own `themes/` and `locales/` override
//! them file by file for templates and static files, and message by message
//! for Fluent, so a site can change one sentence without copying a locale.

use crate::model::Lang;
use include_dir::{include_dir, Dir, DirEntry};

static THEME: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/themes/default");
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

/// The default theme's templates: path under `templates/` → text.
pub fn templates() -> Vec<(String, &'static str)> {
    under(&THEME, "templates")
        .into_iter()
        .filter_map(|(p, b)| std::str::from_utf8(b).ok().map(|t| (p, t)))
        .collect()
}

/// The default theme's static files: path under `static/` → bytes.
pub fn assets() -> Vec<(String, &'static [u8])> {
    under(&THEME, "static")
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
