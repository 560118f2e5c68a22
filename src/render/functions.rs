//! The Tera functions themes call to get words: `t`, `date`, `phone`,
//! `address` (and `t_en`, `t_fr` for bilingual pages). Each is bound to one
//! language and reads the shared, read-only [`Locales`].
//!
//! A function's error is text Tera carries into the render error that
//! quotes it, so it is worded when it happens, in the tool's language
//! (`tool-locales/<lang>/diagnostics-render.ftl`).

use crate::l10n::{Arg, Locales};
use crate::model::{Date, Lang};
use std::collections::HashMap;
use std::sync::Arc;
use tera::{Error, Function, Value};

type Args = HashMap<String, Value>;

/// Message id → its text, for the messages of one language that format
/// without variables. Pages ask for these many times each; formatting them
/// once per build spares Fluent the work.
pub type Plain = Arc<HashMap<String, String>>;

/// Formats once every message of `lang` that needs no variable. A message
/// that fails without arguments (it has a variable) is left out and
/// formatted at each call as before.
pub fn plain_messages(locales: &Locales, lang: Lang) -> Plain {
    let map = locales
        .messages(lang)
        .iter()
        .filter(|(_, info)| info.variables.is_empty())
        .filter_map(|(id, _)| Some((id.clone(), locales.format(lang, id, &[]).ok()?)))
        .collect();
    Arc::new(map)
}

fn to_arg(name: &str, v: &Value) -> tera::Result<Arg> {
    Ok(match v {
        Value::String(s) => Arg::Str(s.clone()),
        Value::Number(n) => Arg::Num(n.as_f64().unwrap_or(0.0)),
        Value::Bool(b) => Arg::Str(b.to_string()),
        Value::Null => Arg::Str("none".into()),
        _ => {
            return Err(Error::msg(crate::t!(
                "render-fn-argument-kind",
                name = name.to_string()
            )))
        }
    })
}

fn required<'a>(args: &'a Args, fname: &str, name: &str) -> tera::Result<&'a Value> {
    args.get(name).ok_or_else(|| {
        Error::msg(crate::t!(
            "render-fn-argument-missing",
            function = fname.to_string(),
            name = name.to_string()
        ))
    })
}

/// `t(key="message-id", var=value, …)`: a message in one language.
pub struct Translate {
    /// The wording.
    pub locales: Arc<Locales>,
    /// The language.
    pub lang: Lang,
    /// The language's messages without variables, already formatted.
    pub plain: Plain,
    /// Where to record the ids asked for, in a tracing renderer.
    pub trace: Option<Arc<Trace>>,
}

/// The messages a tracing renderer's templates asked for, by page section:
/// what proves that each built-in sentence is printed only in its section
/// and only when its datum is there (see `model::sections::Msg`).
#[derive(Debug, Default)]
pub struct Trace {
    /// Ids asked for since the last section closed.
    open: std::sync::Mutex<Vec<String>>,
    /// Per section rendered: the language, the section id, the ids.
    closed: std::sync::Mutex<Vec<(Lang, String, Vec<String>)>>,
}

impl Trace {
    fn record(&self, id: &str) {
        if let Ok(mut open) = self.open.lock() {
            open.push(id.to_string());
        }
    }

    /// Forgets the ids asked for outside a section (the page around it).
    pub fn open_section(&self) {
        if let Ok(mut open) = self.open.lock() {
            open.clear();
        }
    }

    /// Files the ids asked for since [`Trace::open_section`] under `section`.
    pub fn close_section(&self, lang: Lang, section: &str) {
        let ids = self
            .open
            .lock()
            .map(|mut open| std::mem::take(&mut *open))
            .unwrap_or_default();
        if let Ok(mut closed) = self.closed.lock() {
            closed.push((lang, section.to_string(), ids));
        }
    }

    /// Everything recorded so far, by section, and forgets it.
    pub fn take(&self) -> Vec<(Lang, String, Vec<String>)> {
        if let Ok(mut open) = self.open.lock() {
            open.clear();
        }
        self.closed
            .lock()
            .map(|mut closed| std::mem::take(&mut *closed))
            .unwrap_or_default()
    }
}

impl Function for Translate {
    fn call(&self, args: &Args) -> tera::Result<Value> {
        let key = required(args, "t", "key")?
            .as_str()
            .ok_or_else(|| Error::msg(crate::t!("render-fn-key-text")))?;
        if let Some(trace) = &self.trace {
            trace.record(key);
        }
        if args.len() == 1 {
            if let Some(text) = self.plain.get(key) {
                return Ok(Value::String(text.clone()));
            }
        }
        let mut fargs = Vec::with_capacity(args.len());
        for (k, v) in args {
            if k != "key" {
                fargs.push((k.as_str(), to_arg(k, v)?));
            }
        }
        self.locales
            .format(self.lang, key, &fargs)
            .map(Value::String)
            .map_err(Error::msg)
    }

    fn is_safe(&self) -> bool {
        false
    }
}

/// `labels(prefix="channel-", values=[…], conj="list-or")`: the label of
/// each value (the message `<prefix><value>`, or an author's term's own
/// label) joined as the language joins
/// a short list: "by mail, by fax or by email" / « par la poste, par
/// télécopieur ou par courriel ». The joining word is the message `conj`, so
/// no template writes a word of its own.
pub struct Labels {
    /// Formats each label, as `t` does (traced alike).
    pub translate: Translate,
}

impl Function for Labels {
    fn call(&self, args: &Args) -> tera::Result<Value> {
        let text = |name: &str| -> tera::Result<&str> {
            required(args, "labels", name)?.as_str().ok_or_else(|| {
                Error::msg(crate::t!(
                    "render-fn-takes-text",
                    call = format!("labels({name}=…)")
                ))
            })
        };
        let (prefix, conj) = (text("prefix")?, text("conj")?);
        let values = required(args, "labels", "values")?
            .as_array()
            .ok_or_else(|| Error::msg(crate::t!("render-fn-labels-list")))?;
        let word = |key: &str| -> tera::Result<String> {
            let mut one = Args::new();
            one.insert("key".into(), Value::String(key.to_string()));
            match self.translate.call(&one)? {
                Value::String(s) => Ok(s),
                other => Ok(other.to_string()),
            }
        };
        let mut labels = Vec::with_capacity(values.len());
        for v in values {
            // A built-in value is worded by its message; an author's term
            // (already in the page's language) by its label.
            match v {
                Value::String(v) => labels.push(word(&format!("{prefix}{v}"))?),
                Value::Object(term) => {
                    labels.push(term.get("label").map(self::text).unwrap_or_default())
                }
                _ => return Err(Error::msg(crate::t!("render-fn-labels-values"))),
            }
        }
        let joined = match labels.as_slice() {
            [] => String::new(),
            [one] => one.clone(),
            [init @ .., last] => format!("{} {} {last}", init.join(", "), word(conj)?),
        };
        Ok(Value::String(joined))
    }
}

/// `citations(value=a, jurisdiction=policy.jurisdiction)`: the places an
/// act is cited at (`legal.acts[].cite`), worded in the page's language
/// under the act's drafting scheme: "sections 64 and 65", "subsection
/// 38 (2)", « alinéa 8(2)a) », « deuxième alinéa de l’article 65 ». Places
/// of one unit that follow each other share it (messages `cite-group` and
/// `cite-ref`); a Québec paragraph or subparagraph is worded alone; the
/// groups are joined by `list-and`. `jurisdiction` gives the scheme of an
/// author's act that names none.
pub struct Citations {
    /// Formats each message, as `t` does (traced alike).
    pub translate: Translate,
}

impl Citations {
    fn say(&self, key: &str, args: Vec<(&str, Value)>) -> tera::Result<String> {
        let mut all = Args::with_capacity(args.len() + 1);
        all.insert("key".into(), Value::String(key.to_string()));
        for (k, v) in args {
            all.insert(k.to_string(), v);
        }
        Ok(text(&self.translate.call(&all)?))
    }

    fn join(&self, items: Vec<String>) -> tera::Result<String> {
        Ok(match items.as_slice() {
            [] => String::new(),
            [one] => one.clone(),
            [init @ .., last] => format!(
                "{} {} {last}",
                init.join(", "),
                self.say("list-and", Vec::new())?
            ),
        })
    }
}

/// A number Fluent selects on (`[2]`), or the text as written.
fn selectable(v: &str) -> Value {
    v.parse::<u64>()
        .map(Value::from)
        .unwrap_or_else(|_| Value::String(v.to_string()))
}

impl Function for Citations {
    fn call(&self, args: &Args) -> tera::Result<Value> {
        use crate::model::citation::{Citation, Cite, Drafting};
        use crate::model::{Act, Jurisdiction};
        let cited = required(args, "citations", "value")?;
        let bad = || Error::msg(crate::t!("render-fn-citations-value"));
        let cites: Vec<Cite> = match cited.get("cite") {
            None | Some(Value::Null) => Vec::new(),
            Some(c) => serde_json::from_value(c.clone()).map_err(|_| bad())?,
        };
        let jurisdiction = args
            .get("jurisdiction")
            .and_then(|j| serde_json::from_value::<Jurisdiction>(j.clone()).ok());
        let drafting = match cited.get("act") {
            Some(Value::String(id)) => serde_json::from_value::<Act>(Value::String(id.clone()))
                .map(Act::drafting)
                .map_err(|_| bad())?,
            Some(Value::Object(custom)) => custom
                .get("drafting")
                .and_then(|d| serde_json::from_value::<Drafting>(d.clone()).ok())
                .unwrap_or_else(|| Drafting::of(jurisdiction)),
            _ => return Err(bad()),
        };
        let mut places = Vec::with_capacity(cites.len());
        for c in &cites {
            places.push(
                c.resolve(drafting)
                    .map_err(|e| Error::msg(e.error().to_string()))?,
            );
        }
        let reference = |c: &Citation| {
            let args = c
                .fluent_args(drafting)
                .into_iter()
                .map(|(k, v)| (k, Value::String(v)))
                .collect();
            self.say("cite-ref", args)
        };
        // One run of places of one unit: "sections 64 and 65"; a place
        // alone also gives its parts, for the Québec forms that name the
        // section after the paragraph.
        let group = |run: &[Citation]| -> tera::Result<String> {
            let refs = run
                .iter()
                .map(reference)
                .collect::<tera::Result<Vec<_>>>()?;
            let one = match run {
                [c] => Some(c),
                _ => None,
            };
            let part = |f: fn(&Citation) -> &Option<String>| {
                one.and_then(|c| f(c).as_deref())
                    .map_or(Value::String("none".into()), selectable)
            };
            self.say(
                "cite-group",
                vec![
                    ("unit", Value::String(run[0].unit().to_string())),
                    ("count", Value::from(run.len())),
                    ("refs", Value::String(self.join(refs)?)),
                    ("scheme", Value::String(drafting.as_str().to_string())),
                    ("section", part(|c| &c.section)),
                    ("alinea", part(|c| &c.alinea)),
                    ("item", part(|c| &c.item)),
                ],
            )
        };
        // Runs of places of one unit share it ("subsections 28 (2) and
        // 29 (2) and sections 31, 32 and 36"); a Québec paragraph or
        // subparagraph is worded alone.
        let each = places
            .chunk_by(|a, b| a.unit() == b.unit() && !matches!(a.unit(), "alinea" | "item"))
            .map(group)
            .collect::<tera::Result<Vec<_>>>()?;
        let words = self.join(each)?;
        Ok(Value::String(words))
    }
}

/// `label(prefix="auto-category-", value=…)`: how a list item reads. A
/// built-in value (text) is the message `<prefix><value>`; an author's term
/// (`{ id, label, description }`, already in the page's language) is its
/// label, then ": " and its description when it has one; a built-in value
/// with the author's description (`{ id, description }`) is the built-in
/// message, then ": " and the description.
pub struct Label {
    /// Formats a built-in value's message, as `t` does (traced alike).
    pub translate: Translate,
}

impl Function for Label {
    fn call(&self, args: &Args) -> tera::Result<Value> {
        let prefix = required(args, "label", "prefix")?.as_str().ok_or_else(|| {
            Error::msg(crate::t!("render-fn-takes-text", call = "label(prefix=…)"))
        })?;
        match required(args, "label", "value")? {
            Value::String(v) => {
                let mut one = Args::new();
                one.insert("key".into(), Value::String(format!("{prefix}{v}")));
                self.translate.call(&one)
            }
            Value::Object(term) => {
                // A built-in value with the author's description has no
                // label of its own: its label is the built-in message.
                let label = match (term.get("label"), term.get("id")) {
                    (Some(l), _) => text(l),
                    (None, Some(Value::String(id))) => {
                        let mut one = Args::new();
                        one.insert("key".into(), Value::String(format!("{prefix}{id}")));
                        text(&self.translate.call(&one)?)
                    }
                    (None, _) => String::new(),
                };
                Ok(Value::String(match term.get("description").map(text) {
                    Some(d) if !d.is_empty() => format!("{label}: {d}"),
                    _ => label,
                }))
            }
            _ => Err(Error::msg(crate::t!("render-fn-label-value"))),
        }
    }
}

/// `date(value="YYYY-MM-DD")`: the long localized date.
pub struct FormatDate {
    /// The wording.
    pub locales: Arc<Locales>,
    /// The language.
    pub lang: Lang,
}

impl Function for FormatDate {
    fn call(&self, args: &Args) -> tera::Result<Value> {
        let v = required(args, "date", "value")?;
        let date = v
            .as_str()
            .and_then(Date::parse)
            .ok_or_else(|| Error::msg(crate::t!("render-fn-date", value = v.to_string())))?;
        self.locales
            .date(self.lang, date)
            .map(Value::String)
            .map_err(Error::msg)
    }
}

fn field<'a>(obj: &'a Value, name: &str, fname: &str) -> tera::Result<&'a Value> {
    obj.get(name).ok_or_else(|| {
        Error::msg(crate::t!(
            "render-fn-field",
            function = fname.to_string(),
            name = name.to_string()
        ))
    })
}

fn text(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        Value::Null => String::new(),
        other => other.to_string(),
    }
}

/// `phone(value=…)`: a telephone number in the language's format.
pub struct FormatPhone {
    /// The wording.
    pub locales: Arc<Locales>,
    /// The language.
    pub lang: Lang,
}

impl Function for FormatPhone {
    fn call(&self, args: &Args) -> tera::Result<Value> {
        let p = required(args, "phone", "value")?;
        let mut parts = Vec::with_capacity(4);
        for name in ["long_distance", "area", "exchange", "line"] {
            parts.push((name, Arg::Str(text(field(p, name, "phone")?))));
        }
        let mut out = self
            .locales
            .format(self.lang, "phone-number", &parts)
            .map_err(Error::msg)?;
        if let Some(ext) = p.get("extension").filter(|e| !e.is_null()) {
            let e = self
                .locales
                .format(
                    self.lang,
                    "phone-extension",
                    &[("number", Arg::Str(text(ext)))],
                )
                .map_err(Error::msg)?;
            out.push(' ');
            out.push_str(&e);
        }
        Ok(Value::String(out))
    }
}

/// `address(value=…)`: the lines of a postal address, Canada Post style.
pub struct FormatAddress {
    /// The wording.
    pub locales: Arc<Locales>,
    /// The language.
    pub lang: Lang,
}

impl Function for FormatAddress {
    fn call(&self, args: &Args) -> tera::Result<Value> {
        let a = required(args, "address", "value")?;
        let mut lines = vec![Value::String(text(field(a, "street", "address")?))];
        if let Some(unit) = a.get("unit").filter(|u| !u.is_null()) {
            lines.push(Value::String(text(unit)));
        }
        let city = self
            .locales
            .format(
                self.lang,
                "address-city-line",
                &[
                    ("city", Arg::Str(text(field(a, "city", "address")?))),
                    ("province", Arg::Str(text(field(a, "province", "address")?))),
                    (
                        "postal_code",
                        Arg::Str(text(field(a, "postal_code", "address")?)),
                    ),
                ],
            )
            .map_err(Error::msg)?;
        lines.push(Value::String(city));
        Ok(Value::Array(lines))
    }
}

/// Registers every function for `lang` on `tera`; `plain` holds each
/// language's messages without variables (see [`plain_messages`]); `trace`,
/// when given, records every message id asked for.
pub fn register(
    tera: &mut tera::Tera,
    locales: &Arc<Locales>,
    lang: Lang,
    plain: &[Plain; 2],
    trace: Option<&Arc<Trace>>,
) {
    let l = || locales.clone();
    let translate = |lang: Lang| Translate {
        locales: l(),
        lang,
        plain: plain[lang as usize].clone(),
        trace: trace.cloned(),
    };
    tera.register_function("t", translate(lang));
    tera.register_function(
        "label",
        Label {
            translate: translate(lang),
        },
    );
    tera.register_function(
        "labels",
        Labels {
            translate: translate(lang),
        },
    );
    tera.register_function(
        "citations",
        Citations {
            translate: translate(lang),
        },
    );
    tera.register_function("date", FormatDate { locales: l(), lang });
    tera.register_function("phone", FormatPhone { locales: l(), lang });
    tera.register_function("address", FormatAddress { locales: l(), lang });
    tera.register_function("t_en", translate(Lang::En));
    tera.register_function("t_fr", translate(Lang::Fr));
}
