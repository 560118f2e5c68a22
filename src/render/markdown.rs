//! Bilingual Markdown bodies to safe HTML.
//!
//! pulldown-cmark passes raw HTML through; authors' bodies end up in
//! government pages, so raw HTML is escaped (shown as text), links keep
//! only safe schemes (`https`, `http`, `mailto`, `tel`, and relative or
//! fragment links; never `//host`), images only this site's own paths (an
//! image from elsewhere would track every reader: it is shown as its text),
//! and headings are moved down two levels so a body's `#` heading sits
//! under the section's `<h2>`.

use pulldown_cmark::{html, CowStr, Event, HeadingLevel, Options, Parser, Tag};

/// Options used for every body.
fn options() -> Options {
    Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH
}

/// Whether a link destination is safe to publish (see
/// [`crate::lint::links::judge`], which `check` uses to report the others).
pub fn is_safe_url(url: &str) -> bool {
    crate::lint::links::judge(url) == crate::lint::links::Address::Safe
}

fn shift(level: HeadingLevel) -> HeadingLevel {
    match level {
        HeadingLevel::H1 => HeadingLevel::H3,
        HeadingLevel::H2 => HeadingLevel::H4,
        HeadingLevel::H3 => HeadingLevel::H5,
        _ => HeadingLevel::H6,
    }
}

/// Every element [`to_html`] can produce. The `markdown` fuzz target and
/// its regression test (`tests/fuzz_regressions.rs`) check outputs against it.
pub const TAGS: &[&str] = &[
    "p",
    "em",
    "strong",
    "a",
    "ul",
    "ol",
    "li",
    "h3",
    "h4",
    "h5",
    "h6",
    "code",
    "pre",
    "blockquote",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
    "del",
    "img",
    "hr",
    "br",
];

/// Renders a Markdown body to sanitized HTML.
pub fn to_html(markdown: &str) -> String {
    // For each image being read: whether it is published.
    let mut images: Vec<bool> = Vec::new();
    let parser = Parser::new_ext(markdown, options()).map(|event| match event {
        Event::Html(raw) | Event::InlineHtml(raw) => Event::Text(raw),
        Event::Start(Tag::Heading {
            level,
            id,
            classes,
            attrs,
        }) => Event::Start(Tag::Heading {
            level: shift(level),
            id,
            classes,
            attrs,
        }),
        Event::End(pulldown_cmark::TagEnd::Heading(level)) => {
            Event::End(pulldown_cmark::TagEnd::Heading(shift(level)))
        }
        Event::Start(Tag::Link {
            link_type,
            dest_url,
            title,
            id,
        }) => Event::Start(Tag::Link {
            link_type,
            dest_url: if is_safe_url(&dest_url) {
                dest_url
            } else {
                CowStr::Borrowed("#")
            },
            title,
            id,
        }),
        // An image from elsewhere (or with a bad scheme) is left out and
        // its text shown in its place (`check` reports it).
        Event::Start(Tag::Image { ref dest_url, .. }) => {
            let own = crate::lint::links::is_own_image(dest_url);
            images.push(own);
            if own {
                event
            } else {
                Event::Text(CowStr::Borrowed(""))
            }
        }
        Event::End(pulldown_cmark::TagEnd::Image) => {
            if images.pop().unwrap_or(true) {
                event
            } else {
                Event::Text(CowStr::Borrowed(""))
            }
        }
        other => other,
    });
    let mut out = String::with_capacity(markdown.len() * 3 / 2);
    html::push_html(&mut out, parser);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn raw_html_is_escaped() {
        let out = to_html("Hello <script>alert(1)</script> <b>x</b>\n\n<div onclick=x>y</div>");
        assert!(!out.contains("<script"), "{out}");
        assert!(!out.contains("<div"), "{out}");
        assert!(out.contains("&lt;script&gt;"), "{out}");
    }

    #[test]
    fn unsafe_links_are_neutralized() {
        for bad in [
            "[x](javascript:alert(1))",
            "[x](JaVaScRiPt:alert(1))",
            "[x](java\tscript:alert(1))",
            "[x](<java\tscript:alert(1)>)",
            "[x]( javascript:alert(1))",
            "[x](data:text/html;base64,AAAA)",
            "[x](vbscript:msgbox)",
            // Judged as published, not with its control characters removed.
            "[x](http\u{7f}s://example.org/)",
            "[x](java\u{1}script:alert(1))",
            "![x](http\u{7f}s://x.ca/a.png)",
        ] {
            let out = to_html(bad);
            // Either not a link at all, or a link neutralized to `#`.
            let hrefs: Vec<&str> = out.split("href=\"").skip(1).collect();
            assert!(hrefs.iter().all(|h| h.starts_with('#')), "{bad} → {out}");
        }
        let img = to_html("![x](http\u{7f}s://x.ca/a.png)");
        assert!(!img.contains("<img"), "{img}");
        let ok = to_html("[a](https://quebec.ca) [b](#cookies) [c](/fr/) [d](mailto:a@b.ca)");
        assert!(
            ok.contains("https://quebec.ca") && ok.contains("#cookies") && ok.contains("mailto:")
        );
    }

    #[test]
    fn images_from_elsewhere_are_shown_as_their_text() {
        let out = to_html("A ![pixel](https://tracker.example.net/p.gif) and ![logo](/assets/l.png) and ![x](//t.example.net/p.gif).");
        assert_eq!(out.matches("<img").count(), 1, "{out}");
        assert!(out.contains("src=\"/assets/l.png\""), "{out}");
        assert!(out.contains("A pixel and"), "{out}");
        assert!(
            !out.contains("tracker") && !out.contains("t.example.net"),
            "{out}"
        );
        let link = to_html("[x](//evil.example.net/x)");
        assert!(link.contains("href=\"#\""), "{link}");
    }

    #[test]
    fn headings_sit_under_the_section_heading() {
        let out = to_html("# Title\n\n## Sub\n\ntext");
        assert!(
            out.contains("<h3>Title</h3>") && out.contains("<h4>Sub</h4>"),
            "{out}"
        );
    }
}
