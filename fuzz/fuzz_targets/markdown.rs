//! Markdown bodies → sanitized HTML. Besides not panicking, the output must
//! hold only the tags Markdown produces, no event-handler attribute, and
//! only safe link and image addresses.
#![no_main]

use libfuzzer_sys::fuzz_target;
use policypress::render::markdown::{is_safe_url, to_html, TAGS};

fn unescape(v: &str) -> String {
    v.replace("&quot;", "\"")
        .replace("&#x27;", "'")
        .replace("&#39;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
}

/// Checks every tag of `html`; text never holds a raw `<` (it is escaped).
fn check(html: &str, input: &str) {
    let mut rest = html;
    while let Some(start) = rest.find('<') {
        let tag = &rest[start + 1..];
        let end = tag
            .find('>')
            .unwrap_or_else(|| panic!("unclosed tag in {html:?}"));
        let inner = &tag[..end];
        let inner = inner.strip_prefix('/').unwrap_or(inner);
        let inner = inner.strip_suffix('/').unwrap_or(inner).trim_end();
        let name_end = inner.find([' ', '\n']).unwrap_or(inner.len());
        let name = &inner[..name_end];
        assert!(TAGS.contains(&name), "tag <{name}> from {input:?}: {html}");
        // Attributes: name="value" pairs (values never hold a raw `"`).
        let mut attrs = inner[name_end..].trim_start();
        while !attrs.is_empty() {
            let eq = attrs.find('=').unwrap_or(attrs.len());
            let attr = attrs[..eq].trim();
            assert!(
                !attr.to_ascii_lowercase().starts_with("on"),
                "attribute {attr} from {input:?}: {html}"
            );
            if eq == attrs.len() {
                break;
            }
            let after = &attrs[eq + 1..];
            let value_and_rest = after.strip_prefix('"').expect("quoted attribute");
            let close = value_and_rest.find('"').expect("closed attribute");
            let value = unescape(&value_and_rest[..close]);
            if attr == "href" || attr == "src" {
                assert!(is_safe_url(&value), "{attr}={value:?} from {input:?}");
            }
            attrs = value_and_rest[close + 1..].trim_start();
        }
        rest = &tag[end + 1..];
    }
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let html = to_html(text);
    check(&html, text);
});
