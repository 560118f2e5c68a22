//! Why a value of the model cannot be read, worded where it is shown.
//!
//! The model's value types check what they read (a date, a web address, an
//! identifier…) and say what is wrong with a message of the tool's catalogs
//! (`tool-locales/<lang>/diagnostics-model.ftl`) and, where there is one, a
//! hint: a [`ValueError`]. The command line shows one as it is (`new ID`,
//! `--base-url`), in the tool's language.
//!
//! Most of them are made inside serde, whose errors carry only text
//! (`serde::de::Error::custom`), and become diagnostics in validation,
//! which words them in whichever language it shows them in (`--format
//! json`, the preview). So a [`ValueError`] crosses serde written into the
//! error's text ([`ValueError::into_de`]) and is taken back out of it
//! ([`ValueError::decode`]) with its message ids and arguments intact.

use super::Lang;
use crate::tool_text::{Arg, Message};
use fluent_bundle::types::{FluentNumber, FluentNumberOptions};
use serde_json::{json, Value};
use std::borrow::Cow;
use std::fmt;

/// What is wrong with a value, and how to write it.
#[derive(Debug, Clone, PartialEq)]
pub struct ValueError {
    /// What is wrong, in one sentence.
    pub message: Message,
    /// How to fix it, when the message does not say.
    pub hint: Option<Message>,
}

/// Opens a [`ValueError`] written into a serde error's text: control
/// characters, which no value that reaches serde may hold (the YAML guard
/// refuses them), so an author's text cannot forge one.
const MARK: &str = "\u{1}policypress-value-error\u{1}";

impl ValueError {
    /// The error `message`, with no hint.
    pub fn new(message: Message) -> Self {
        ValueError {
            message,
            hint: None,
        }
    }

    /// Adds the hint.
    #[must_use]
    pub fn with_hint(mut self, hint: Message) -> Self {
        self.hint = Some(hint);
        self
    }

    /// The error as serde carries it: its text is this error, encoded, for
    /// [`ValueError::decode`] to take back out.
    pub fn into_de<E: serde::de::Error>(self) -> E {
        E::custom(self.encode())
    }

    /// This error as text: `MARK`, then the messages as JSON.
    pub fn encode(&self) -> String {
        let hint = self.hint.as_ref().map_or(Value::Null, message_json);
        let body = json!({ "message": message_json(&self.message), "hint": hint });
        format!("{MARK}{body}")
    }

    /// The error encoded in `text` (the text of a serde error, which may
    /// add words around it), if there is one.
    pub fn decode(text: &str) -> Option<ValueError> {
        Self::find(text).map(|(e, _)| e)
    }

    /// The error encoded in `text` and the byte range of its encoding.
    fn find(text: &str) -> Option<(ValueError, std::ops::Range<usize>)> {
        let at = text.find(MARK)?;
        let start = at + MARK.len();
        let mut values = serde_json::Deserializer::from_str(&text[start..]).into_iter::<Value>();
        let body = values.next()?.ok()?;
        let end = start + values.byte_offset();
        let e = ValueError {
            message: json_message(body.get("message")?)?,
            hint: match body.get("hint") {
                None | Some(Value::Null) => None,
                Some(h) => Some(json_message(h)?),
            },
        };
        Some((e, at..end))
    }

    /// `text` (a serde error's) with the error encoded in it, if any,
    /// worded in `lang` (the message, then the hint on a line of its own),
    /// for a reader of the error as text.
    pub fn reword(text: &str, lang: Lang) -> String {
        match Self::find(text) {
            Some((e, range)) => {
                let mut worded = e.message.in_lang(lang);
                if let Some(h) = &e.hint {
                    worded.push('\n');
                    worded.push_str(&h.in_lang(lang));
                }
                format!("{}{worded}{}", &text[..range.start], &text[range.end..])
            }
            None => text.to_string(),
        }
    }
}

impl fmt::Display for ValueError {
    /// The message in the tool's language, then the hint on a line of its
    /// own.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.message.fmt(f)?;
        if let Some(hint) = &self.hint {
            write!(f, "\n{hint}")?;
        }
        Ok(())
    }
}

impl std::error::Error for ValueError {}

/// The error worded in the tool's language, for a caller whose errors are
/// text (the command line's).
impl From<ValueError> for String {
    fn from(e: ValueError) -> String {
        e.to_string()
    }
}

fn message_json(m: &Message) -> Value {
    let args: Vec<Value> = m
        .args
        .iter()
        .map(|(name, arg)| {
            let value = match arg {
                Arg::Text(s) => json!({ "text": s }),
                Arg::Number(n) => json!({
                    "number": n.value,
                    "min": n.options.minimum_fraction_digits,
                    "max": n.options.maximum_fraction_digits,
                }),
                Arg::Message(m) => json!({ "message": message_json(m) }),
                Arg::List(items) => {
                    json!({ "list": items.iter().map(message_json).collect::<Vec<_>>() })
                }
            };
            json!([name, value])
        })
        .collect();
    json!({ "id": m.id, "args": args })
}

fn json_message(v: &Value) -> Option<Message> {
    let mut m = Message::new(v.get("id")?.as_str()?.to_string());
    for pair in v.get("args")?.as_array()? {
        let name = pair.get(0)?.as_str()?.to_string();
        let value = pair.get(1)?;
        let arg = if let Some(s) = value.get("text") {
            Arg::Text(Cow::Owned(s.as_str()?.to_string()))
        } else if let Some(n) = value.get("number") {
            let digits = |key: &str| {
                value
                    .get(key)
                    .and_then(Value::as_u64)
                    .and_then(|d| usize::try_from(d).ok())
            };
            Arg::Number(FluentNumber::new(
                n.as_f64()?,
                FluentNumberOptions {
                    minimum_fraction_digits: digits("min"),
                    maximum_fraction_digits: digits("max"),
                    ..FluentNumberOptions::default()
                },
            ))
        } else if let Some(inner) = value.get("message") {
            Arg::Message(Box::new(json_message(inner)?))
        } else {
            let items = value.get("list")?.as_array()?;
            Arg::List(items.iter().map(json_message).collect::<Option<_>>()?)
        };
        m = m.arg(name, arg);
    }
    Some(m)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::msg;

    #[test]
    fn an_error_crosses_serde_with_its_ids_and_arguments() {
        let e = ValueError::new(msg!(
            "model-url-scheme",
            url = "ftp://x.ca/ \"at line 3\"",
            scheme = "ftp"
        ))
        .with_hint(msg!("model-url-scheme-hint"));
        let inner = msg!("load-control-character-name", name = "nul", code = "U+0000");
        let nested = ValueError::new(
            msg!("load-control-character", character = inner)
                .arg("n", crate::tool_text::decimal(0.5, 2)),
        );
        for e in [e, nested] {
            let serde_error: serde_yaml::Error = e.clone().into_de();
            let text = format!("in `x`: {serde_error} at line 2 column 1");
            assert_eq!(ValueError::decode(&text), Some(e.clone()));
            assert_eq!(
                ValueError::decode(&text).map(|d| d.message.in_lang(Lang::Fr)),
                Some(e.message.in_lang(Lang::Fr))
            );
        }
        assert_eq!(
            ValueError::decode("invalid type: map, expected a string"),
            None
        );
    }

    #[test]
    fn an_error_without_a_hint_is_one_line() {
        let e = ValueError::new(msg!("model-email-mailto", email = "mailto:a@b.ca"));
        assert!(!e.to_string().contains('\n'));
        assert!(e.to_string().contains("without `mailto:`"));
    }
}
