//! The two lints of the theme against the wording, run once per site when
//! the base is loaded: site messages no template uses (probably a misspelt
//! id), and messages a template asks for that the wording lacks (which
//! would fail every page, so reported once, at the template).
//!
//! Apart from the document lints (`crate::lint`) because they read the
//! theme's templates, which only the site driver holds.

use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::l10n::Locales;
use crate::msg;
use crate::render::theme::Theme;
use crate::source::SourceMap;

/// Site messages that replace no built-in message and that no template
/// uses: probably a misspelt id.
pub(super) fn unused_site_messages(
    locales: &Locales,
    theme: &Theme,
    sources: &SourceMap,
) -> Diagnostics {
    let texts: Vec<&str> = theme
        .files
        .values()
        .map(|id| sources.get(*id).text.as_str())
        .collect();
    let mut d = Diagnostics::new();
    for lang in crate::model::Lang::ALL {
        for (id, info) in locales.messages(lang) {
            if info.builtin || info.overrides {
                continue;
            }
            let quoted = format!("\"{id}\"");
            if texts.iter().any(|t| t.contains(&quoted)) {
                continue;
            }
            d.push(
                Diagnostic::warning(
                    "message-overrides-nothing",
                    msg!("site-message-overrides-nothing", id = id.to_string()),
                )
                .at(info.file, info.span)
                .with_hint(msg!("site-message-overrides-nothing-hint")),
            );
        }
    }
    d
}

/// The messages the theme's templates ask for by a literal key that the
/// wording does not define (in both languages for `t`, in one for `t_en`
/// and `t_fr`), each at the template's line and column.
pub(super) fn missing_template_messages(
    locales: &Locales,
    theme: &Theme,
    sources: &SourceMap,
) -> Diagnostics {
    use crate::model::Lang;
    let mut d = Diagnostics::new();
    for (name, id) in &theme.files {
        let file = sources.get(*id);
        for u in crate::render::theme::message_uses(&file.text) {
            let langs: &[Lang] = match u.function {
                "t_en" => &[Lang::En],
                "t_fr" => &[Lang::Fr],
                _ => &Lang::ALL,
            };
            let Some(lang) = langs.iter().find(|l| !locales.has(**l, u.key)) else {
                continue;
            };
            let known: Vec<&str> = locales.messages(*lang).keys().map(String::as_str).collect();
            let hint = match crate::suggest::closest(u.key, &known) {
                Some(s) => msg!("validate-did-you-mean", suggestion = s.to_string()),
                None => msg!(
                    "site-missing-message-hint",
                    message = u.key.to_string(),
                    lang = lang.code()
                ),
            };
            d.push(
                Diagnostic::error(
                    "missing-message",
                    msg!(
                        "site-missing-message",
                        template = name.to_string(),
                        message = u.key.to_string(),
                        lang = lang.code()
                    ),
                )
                .at(*id, file.span_of_bytes(u.at..u.at + u.key.len()))
                .with_hint(hint),
            );
        }
    }
    d
}
