//! Links and images of the Markdown bodies.
//!
//! A privacy policy that loads an image from another site contradicts
//! itself: that site sees the address, browser and visit of every reader (a
//! tracking pixel). A link whose scheme runs code (`javascript:`) or whose
//! address leaves the site without saying how (`//host/…`, taken by the
//! browser as the page's own scheme) has no place in it either. The
//! renderer never publishes them (a link becomes `#`, an image its text);
//! `check` reports each one at its place, so the author knows what the page
//! will lack.

use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::model::{Lang, Policy};
use crate::msg;
use crate::resolve::{Resolved, Target};
use crate::source::SourceView;
use pulldown_cmark::{Event, Parser, Tag};

/// How the renderer treats a link or image address.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Address {
    /// Published as written: `https`, `http`, `mailto`, `tel`, or a path or
    /// fragment of this site.
    Safe,
    /// Another scheme (`javascript:`, `data:`…): never published.
    BadScheme,
    /// `//host/…` (or with backslashes, which browsers read as slashes):
    /// another site, without a scheme.
    SchemeRelative,
}

/// Judges an address as a browser reads it (WHATWG URL parsing): tabs and
/// line breaks are dropped anywhere, control characters and spaces at
/// either end. Anything else stays, so a scheme holding another character
/// (`http\u{7f}s:`) is not taken for an allowed one: it is refused, where
/// removing every control character first would have passed it as `https:`
/// and published `http%7Fs:…` (found by fuzzing).
pub fn judge(url: &str) -> Address {
    let seen = as_read(url);
    let mut start = seen.chars();
    if matches!(
        (start.next(), start.next()),
        (Some('/' | '\\'), Some('/' | '\\'))
    ) {
        return Address::SchemeRelative;
    }
    match seen.split_once(':') {
        // A colon before any slash, `?` or `#` is a scheme.
        Some((scheme, _))
            if !scheme.contains('/') && !scheme.contains('?') && !scheme.contains('#') =>
        {
            if matches!(scheme, "https" | "http" | "mailto" | "tel") {
                Address::Safe
            } else {
                Address::BadScheme
            }
        }
        _ => Address::Safe,
    }
}

/// An address as a browser reads it, lower-cased: without the control
/// characters and spaces at either end, and without tabs and line breaks.
fn as_read(url: &str) -> String {
    url.trim_matches(|c: char| c <= ' ')
        .chars()
        .filter(|c| !matches!(c, '\t' | '\n' | '\r'))
        .collect::<String>()
        .to_ascii_lowercase()
}

/// Whether an image address is this site's own: a path or fragment, no
/// scheme, no host.
pub fn is_own_image(url: &str) -> bool {
    judge(url) == Address::Safe && {
        let t = as_read(url);
        !(t.starts_with("http:")
            || t.starts_with("https:")
            || t.starts_with("mailto:")
            || t.starts_with("tel:"))
    }
}

/// What a body's link or image will lack once published.
struct Finding {
    image: bool,
    address: String,
    why: Address,
}

fn findings(markdown: &str) -> Vec<Finding> {
    let mut out = Vec::new();
    for e in Parser::new(markdown) {
        let (image, dest) = match e {
            Event::Start(Tag::Link { dest_url, .. }) => (false, dest_url),
            Event::Start(Tag::Image { dest_url, .. }) => (true, dest_url),
            _ => continue,
        };
        let why = judge(&dest);
        let refused = why != Address::Safe || (image && !is_own_image(&dest));
        if refused {
            out.push(Finding {
                image,
                address: dest.into_string(),
                why,
            });
        }
    }
    out
}

/// Every link and image of the policy's Markdown bodies that is not
/// published, each at its place in the author's file.
pub fn markdown(policy: &Policy, resolved: &Resolved, sources: SourceView<'_>) -> Diagnostics {
    let mut diags = Diagnostics::new();
    for (body_path, section, body) in super::markdown_bodies(policy) {
        for lang in Lang::ALL {
            let found = findings(body.get(lang));
            if found.is_empty() {
                continue;
            }
            let path = body_path.key(lang.code());
            let (file, value) = resolved.locate(&path, Target::Value);
            let source = sources.get(file);
            let mut cursor = source.byte_range(value).start;
            for f in found {
                // Where the address is written, when it is written as is.
                let span = source
                    .text
                    .get(cursor..)
                    .and_then(|rest| rest.find(&f.address))
                    .filter(|_| !f.address.is_empty())
                    .map(|at| {
                        let start = cursor + at;
                        cursor = start + f.address.len();
                        source.span_of_bytes(start..cursor)
                    })
                    .unwrap_or(value);
                diags.push(
                    diagnostic(&f, &section, lang)
                        .at(file, span)
                        .with_key(path.to_string()),
                );
            }
        }
    }
    diags
}

fn diagnostic(f: &Finding, section: &str, lang: Lang) -> Diagnostic {
    let (lang, section, address) = (lang.code(), section.to_string(), f.address.clone());
    match (f.image, f.why) {
        (true, Address::Safe | Address::SchemeRelative) => Diagnostic::error(
            "external-image",
            msg!(
                "lint-external-image",
                lang = lang,
                section = section,
                address = address
            ),
        )
        .with_hint(msg!("lint-external-image-hint")),
        (_, Address::SchemeRelative) => Diagnostic::error(
            "unsafe-link",
            msg!(
                "lint-link-without-scheme",
                lang = lang,
                section = section,
                address = address
            ),
        )
        .with_hint(msg!("lint-link-without-scheme-hint")),
        _ => Diagnostic::error(
            "unsafe-link",
            msg!(
                "lint-unsafe-link",
                lang = lang,
                section = section,
                address = address
            ),
        )
        .with_hint(msg!("lint-unsafe-link-hint")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_are_judged_as_a_browser_reads_them() {
        for safe in [
            "https://quebec.ca",
            "#cookies",
            "/fr/",
            "mailto:a@b.ca",
            "tel:+14186431344",
            "page.html",
        ] {
            assert_eq!(judge(safe), Address::Safe, "{safe}");
        }
        for bad in [
            "javascript:alert(1)",
            "JaVaScRiPt:x",
            "java\tscript:x",
            " data:text/html,x",
            "http\u{7f}s://x.ca",
        ] {
            assert_eq!(judge(bad), Address::BadScheme, "{bad}");
        }
        for rel in [
            "//evil.example.net/x",
            "\\\\evil.example.net",
            "/\\evil.example.net",
            " //x",
        ] {
            assert_eq!(judge(rel), Address::SchemeRelative, "{rel}");
        }
        assert!(is_own_image("/assets/logo.png") && is_own_image("logo.png"));
        assert!(!is_own_image("https://tracker.example.net/p.gif"));
        assert!(!is_own_image("//tracker.example.net/p.gif"));
        assert!(!is_own_image("ht\ttps://tracker.example.net/p.gif"));
    }

    #[test]
    fn refused_links_and_images_are_found() {
        let md = "![p](https://tracker.example.net/p.gif) ![logo](/assets/l.png) [x](//evil.example.net/x) [ok](https://quebec.ca) [js](javascript:x)";
        let found = findings(md);
        let got: Vec<(bool, &str)> = found
            .iter()
            .map(|f| (f.image, f.address.as_str()))
            .collect();
        assert_eq!(
            got,
            [
                (true, "https://tracker.example.net/p.gif"),
                (false, "//evil.example.net/x"),
                (false, "javascript:x")
            ]
        );
    }
}
