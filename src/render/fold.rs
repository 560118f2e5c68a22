//! Messages without variables written into each language's templates.
//!
//! `{{ t(key="toc-title") }}` renders the same text on every page of a
//! language. Each language has its own copy of the theme's templates (see
//! [`super::Renderer::new`]), so such a call can be replaced, once, by the
//! text it renders: about four `t()` calls in five on a policy page, each of
//! which made Tera build an argument map, look the message up, copy it and
//! escape it, on every page.
//!
//! Only exact calls are replaced: `t`, `t_en` or `t_fr` with a single `key`
//! argument written as a string literal, with no filter and no `not`, for a
//! message that needs no variable. Anything else is left to the function at
//! render time, which also reports a missing message as before. The text is
//! escaped with the theme's escape function, exactly as Tera escapes the
//! function's result. Tera decides whether to escape from the template a
//! render starts at (includes, parents and macros follow it), so calls are
//! folded only when every template policypress renders from (its entry
//! points) is one Tera escapes (`.html`, `.htm`, `.xml`); they all are.

use super::functions::Plain;
use crate::model::Lang;
use tera::ast::{Expr, ExprVal, Node};

/// The suffixes of the templates whose output Tera escapes (its default
/// list, which policypress does not change).
const ESCAPED_SUFFIXES: [&str; 3] = [".html", ".htm", ".xml"];

/// Replaces, in every template of `tera` (the copy for `lang`), the calls
/// that render a message without variables by the escaped text they render.
/// `plain` holds each language's messages without variables; `entry_points`
/// are the templates renders start at. Folds nothing if one of those is not
/// escaped.
pub fn fold_plain_messages(
    tera: &mut tera::Tera,
    lang: Lang,
    plain: &[Plain; 2],
    escape: fn(&str) -> String,
    entry_points: &[&str],
) {
    let escaped = |name: &str| ESCAPED_SUFFIXES.iter().any(|s| name.ends_with(s));
    if !entry_points.iter().all(|name| escaped(name)) {
        return;
    }
    let text_of = |expr: &Expr| -> Option<String> {
        let ExprVal::FunctionCall(call) = &expr.val else {
            return None;
        };
        let messages = match call.name.as_str() {
            "t" => &plain[lang as usize],
            "t_en" => &plain[Lang::En as usize],
            "t_fr" => &plain[Lang::Fr as usize],
            _ => return None,
        };
        if expr.negated || !expr.filters.is_empty() || call.args.len() != 1 {
            return None;
        }
        let key = call.args.get("key")?;
        let ExprVal::String(id) = &key.val else {
            return None;
        };
        if key.negated || !key.filters.is_empty() {
            return None;
        }
        messages.get(id.as_str()).map(|text| escape(text))
    };
    for template in tera.templates.values_mut() {
        fold(&mut template.ast, &text_of);
        for block in template.blocks.values_mut() {
            fold(&mut block.body, &text_of);
        }
        for definitions in template.blocks_definitions.values_mut() {
            for (_, block) in definitions.iter_mut() {
                fold(&mut block.body, &text_of);
            }
        }
        for definition in template.macros.values_mut() {
            fold(&mut definition.body, &text_of);
        }
    }
}

/// Folds the calls `text_of` knows in `nodes` and in every body nested in
/// them, then joins neighbouring texts.
fn fold(nodes: &mut Vec<Node>, text_of: &impl Fn(&Expr) -> Option<String>) {
    for node in nodes.iter_mut() {
        let text = match node {
            Node::VariableBlock(_, expr) => text_of(expr),
            Node::MacroDefinition(_, definition, _) => {
                fold(&mut definition.body, text_of);
                None
            }
            Node::FilterSection(_, section, _) => {
                fold(&mut section.body, text_of);
                None
            }
            Node::Block(_, block, _) => {
                fold(&mut block.body, text_of);
                None
            }
            Node::Forloop(_, each, _) => {
                fold(&mut each.body, text_of);
                if let Some(empty) = &mut each.empty_body {
                    fold(empty, text_of);
                }
                None
            }
            Node::If(branches, _) => {
                for (_, _, body) in &mut branches.conditions {
                    fold(body, text_of);
                }
                if let Some((_, body)) = &mut branches.otherwise {
                    fold(body, text_of);
                }
                None
            }
            _ => None,
        };
        if let Some(text) = text {
            *node = Node::Text(text);
        }
    }
    join_texts(nodes);
}

/// Joins neighbouring text nodes into one (fewer nodes to render).
fn join_texts(nodes: &mut Vec<Node>) {
    let mut joined: Vec<Node> = Vec::with_capacity(nodes.len());
    for node in nodes.drain(..) {
        match (joined.last_mut(), node) {
            (Some(Node::Text(previous)), Node::Text(next)) => previous.push_str(&next),
            (_, node) => joined.push(node),
        }
    }
    *nodes = joined;
}

/// The number of `t()`-like calls left in `tera`'s templates, by template
/// (for tests).
#[cfg(test)]
fn calls_left(tera: &tera::Tera) -> std::collections::HashMap<String, usize> {
    fn count(nodes: &[Node]) -> usize {
        nodes
            .iter()
            .map(|node| match node {
                Node::VariableBlock(_, expr) => usize::from(
                    matches!(&expr.val, ExprVal::FunctionCall(c) if c.name.starts_with('t')),
                ),
                Node::Block(_, block, _) => count(&block.body),
                Node::Forloop(_, each, _) => {
                    count(&each.body) + each.empty_body.as_deref().map_or(0, count)
                }
                Node::If(branches, _) => {
                    branches
                        .conditions
                        .iter()
                        .map(|(_, _, body)| count(body))
                        .sum::<usize>()
                        + branches
                            .otherwise
                            .as_ref()
                            .map_or(0, |(_, body)| count(body))
                }
                _ => 0,
            })
            .sum()
    }
    tera.templates
        .iter()
        .map(|(name, template)| (name.clone(), count(&template.ast)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::theme::escape_html;
    use std::collections::HashMap;
    use std::sync::Arc;

    fn plain(pairs: &[(&str, &str)]) -> Plain {
        Arc::new(
            pairs
                .iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect(),
        )
    }

    /// A stand-in for the real `t` (returns the message, or fails).
    fn register(tera: &mut tera::Tera, messages: Plain) {
        let t = move |args: &HashMap<String, tera::Value>| -> tera::Result<tera::Value> {
            let key = args.get("key").and_then(|k| k.as_str()).unwrap_or("");
            match messages.get(key) {
                Some(text) => Ok(text.clone().into()),
                None => Err(tera::Error::msg(format!("no message `{key}`"))),
            }
        };
        tera.register_function("t", t);
    }

    #[test]
    fn folded_templates_render_what_the_calls_rendered() {
        let messages = plain(&[("a", "R&D <b>"), ("b", "l’été « x »"), ("c", "")]);
        let both = [messages.clone(), messages.clone()];
        let templates = [
            (
                "base.html",
                "<title>{% block title %}{{ t(key=\"a\") }}{% endblock title %}</title>\n\
                 {% block main %}{% endblock main %}",
            ),
            (
                "page.html",
                "{% extends \"base.html\" %}{% import \"macros.html\" as m %}\
                 {% block title %}{{ super() }} | {{ t(key=\"b\") }}{% endblock title %}\
                 {% block main %}\
                 {%- for i in items %}<li>{{ t(key=\"a\") }} {{ i }}</li>{% else %}{{ t(key=\"c\") }}{% endfor -%}\
                 {% if flag %}{{ t(key=\"b\") }}{% elif other %}x{% else %}{{ t(key=\"a\") | upper }}{% endif %}\
                 {{ t(key=\"a\") | safe }}|{{ t(key=\"b\" ~ suffix) }}|{% filter upper %}{{ t(key=\"b\") }}{% endfilter %}\
                 {{ m::hello() }}\
                 {% endblock main %}",
            ),
            ("macros.html", "{% macro hello() %}<p>{{ t(key=\"a\") }}</p>{% endmacro hello %}"),
            ("plain.txt", "{{ t(key=\"a\") }}"),
            ("with-partial.html", "<p>{% include \"plain.txt\" %}</p>"),
        ];
        let mut tera = tera::Tera::default();
        tera.set_escape_fn(escape_html);
        tera.add_raw_templates(templates).expect("parses");
        register(&mut tera, messages);
        let mut folded = tera.clone();
        let entry_points = ["page.html", "with-partial.html"];
        fold_plain_messages(&mut folded, Lang::En, &both, escape_html, &entry_points);

        for (flag, items) in [(true, vec!["1", "<2>"]), (false, vec![])] {
            let mut ctx = tera::Context::new();
            ctx.insert("items", &items);
            ctx.insert("flag", &flag);
            ctx.insert("other", &false);
            ctx.insert("suffix", "");
            for name in entry_points {
                assert_eq!(
                    folded.render(name, &ctx).expect("renders"),
                    tera.render(name, &ctx).expect("renders"),
                    "{name}"
                );
            }
        }
        // The plain `t()` calls are gone, in the partial included from an
        // escaped template too; those with a filter or a computed key are left.
        let left = calls_left(&folded);
        assert_eq!(left["base.html"], 0);
        assert_eq!(left["plain.txt"], 0);
        assert_eq!(left["page.html"], 3, "with a filter or a computed key");
        assert_eq!(calls_left(&tera)["page.html"], 7);
        assert_eq!(calls_left(&tera)["plain.txt"], 1);

        // A render starting at a template Tera does not escape: nothing folds.
        let mut unescaped = tera.clone();
        fold_plain_messages(
            &mut unescaped,
            Lang::En,
            &both,
            escape_html,
            &["page.html", "plain.txt"],
        );
        assert_eq!(calls_left(&unescaped), calls_left(&tera));
    }

    /// The Tera version the internals below were checked against. Tera
    /// exposes its AST and `Tera::templates` as `#[doc(hidden)]` ("changing
    /// the AST is not considered a breaking change"), so an upgrade may
    /// change what this file relies on without a compile error.
    const CHECKED_TERA: &str = "1.20.1";

    /// Every body of nodes a node holds, by an exhaustive match: a Tera
    /// upgrade that adds a node kind fails to compile here. Then decide
    /// whether [`fold`] must go into it, and add it to both.
    fn bodies(node: &Node) -> Vec<&Vec<Node>> {
        match node {
            Node::MacroDefinition(_, definition, _) => vec![&definition.body],
            Node::FilterSection(_, section, _) => vec![&section.body],
            Node::Block(_, block, _) => vec![&block.body],
            Node::Forloop(_, each, _) => {
                let mut v = vec![&each.body];
                v.extend(each.empty_body.as_ref());
                v
            }
            Node::If(branches, _) => {
                let mut v: Vec<&Vec<Node>> =
                    branches.conditions.iter().map(|(_, _, b)| b).collect();
                v.extend(branches.otherwise.as_ref().map(|(_, b)| b));
                v
            }
            Node::Super
            | Node::Text(_)
            | Node::VariableBlock(..)
            | Node::Extends(..)
            | Node::Include(..)
            | Node::ImportMacro(..)
            | Node::Set(..)
            | Node::Raw(..)
            | Node::Break(_)
            | Node::Continue(_)
            | Node::Comment(..) => vec![],
        }
    }

    /// The `t(key="…")` calls anywhere in `nodes`, however deep.
    fn plain_calls(nodes: &[Node]) -> usize {
        nodes
            .iter()
            .map(|node| {
                let here = match node {
                    Node::VariableBlock(_, e) => usize::from(
                        matches!(&e.val, ExprVal::FunctionCall(c) if c.name == "t")
                            && e.filters.is_empty(),
                    ),
                    _ => 0,
                };
                here + bodies(node)
                    .into_iter()
                    .map(|b| plain_calls(b))
                    .sum::<usize>()
            })
            .sum()
    }

    /// Every place a template keeps nodes, by an exhaustive destructuring
    /// (no `..`): a new field of `tera::Template` fails to compile here.
    /// If it holds nodes Tera renders, [`fold_plain_messages`] must fold it.
    fn stores(template: &tera::Template) -> Vec<&Vec<Node>> {
        let tera::Template {
            name: _,
            path: _,
            ast,
            from_extend: _,
            macros,
            imported_macro_files: _,
            parent: _,
            blocks,
            parents: _,
            blocks_definitions,
        } = template;
        let mut v = vec![ast];
        v.extend(blocks.values().map(|b| &b.body));
        v.extend(blocks_definitions.values().flatten().map(|(_, b)| &b.body));
        v.extend(macros.values().map(|m| &m.body));
        v
    }

    /// A Tera upgrade that changes the internals this file matches on or
    /// relies on fails here, saying what to re-check (issue #23).
    #[test]
    fn the_tera_internals_fold_relies_on_are_those_it_was_checked_against() {
        let lock = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/Cargo.lock"));
        let version = lock
            .split("[[package]]")
            .find(|p| p.contains("\nname = \"tera\"\n"))
            .and_then(|p| p.split("\nversion = \"").nth(1))
            .and_then(|v| v.split('"').next());
        assert_eq!(
            version,
            Some(CHECKED_TERA),
            "Tera was upgraded: re-check what src/render/fold.rs relies on (the AST's \
             node kinds and shapes, `Template`'s fields, `Tera::templates`, the escaped \
             suffixes, that a `Node::Text` renders verbatim), run these tests, then \
             update CHECKED_TERA"
        );

        // Which templates Tera escapes: folding writes escaped text.
        assert_eq!(
            tera::Tera::default().autoescape_suffixes,
            ESCAPED_SUFFIXES,
            "Tera escapes other templates by default: re-check ESCAPED_SUFFIXES"
        );

        // The shapes `text_of` matches on.
        let mut tera = tera::Tera::default();
        tera.add_raw_templates([
            ("call.html", "{{ t(key=\"a\") }}"),
            ("filtered.html", "{{ t(key=\"a\") | upper }}"),
            ("negated.html", "{{ not t(key=\"a\") }}"),
        ])
        .expect("parses");
        let only = |name: &str| -> Expr {
            match tera.templates[name].ast.as_slice() {
                [Node::VariableBlock(_, expr)] => expr.clone(),
                other => panic!(
                    "Tera parses {name} as {other:?}, not one `Node::VariableBlock`: \
                     re-check `text_of` and `fold` in src/render/fold.rs"
                ),
            }
        };
        let call = only("call.html");
        let ExprVal::FunctionCall(f) = &call.val else {
            panic!("`t(key=\"a\")` is not an `ExprVal::FunctionCall`: re-check `text_of`")
        };
        assert_eq!(f.name, "t", "re-check `text_of`: the function's name");
        assert!(
            matches!(&f.args["key"].val, ExprVal::String(s) if s == "a"),
            "re-check `text_of`: a string literal argument is not `ExprVal::String`"
        );
        assert!(!call.negated && call.filters.is_empty());
        assert_eq!(
            only("filtered.html").filters.len(),
            1,
            "re-check `text_of`: filters"
        );
        assert!(only("negated.html").negated, "re-check `text_of`: `not`");

        // A text node renders verbatim, in a template Tera escapes.
        let mut text = tera.clone();
        if let Some(t) = text.templates.get_mut("call.html") {
            t.ast = vec![Node::Text("<b>&amp;</b>".into())];
        }
        assert_eq!(
            text.render("call.html", &tera::Context::new())
                .ok()
                .as_deref(),
            Some("<b>&amp;</b>"),
            "a `Node::Text` is no longer written verbatim: folding writes pre-escaped text"
        );

        // Every node kind with a body, in every place a template keeps nodes:
        // after folding, no plain call is left anywhere.
        let mut all = tera::Tera::default();
        all.set_escape_fn(escape_html);
        all.add_raw_templates([
            (
                "base.html",
                "{% block a %}{{ t(key=\"a\") }}{% block inner %}{{ t(key=\"a\") }}{% endblock inner %}{% endblock a %}",
            ),
            (
                "child.html",
                "{% extends \"base.html\" %}{% import \"m.html\" as m %}\
                 {% block a %}{{ super() }}{% filter upper %}{{ t(key=\"a\") }}{% endfilter %}\
                 {% for i in x %}{{ t(key=\"a\") }}{% break %}{% else %}{{ t(key=\"a\") }}{% endfor %}\
                 {% if x %}{{ t(key=\"a\") }}{% elif y %}{{ t(key=\"a\") }}{% else %}{{ t(key=\"a\") }}{% endif %}\
                 {% set v = 1 %}{% raw %}{{ t(key=\"a\") }}{% endraw %}{# c #}{% include \"m.html\" %}\
                 {% endblock a %}",
            ),
            ("m.html", "{% macro n() %}{{ t(key=\"a\") }}{% endmacro n %}"),
        ])
        .expect("parses");
        let left = |tera: &tera::Tera| -> usize {
            tera.templates
                .values()
                .flat_map(stores)
                .map(|nodes| plain_calls(nodes))
                .sum()
        };
        assert!(
            left(&all) > 9,
            "the template above has calls in every place"
        );
        let messages = plain(&[("a", "A")]);
        fold_plain_messages(
            &mut all,
            Lang::En,
            &[messages.clone(), messages],
            escape_html,
            &["child.html"],
        );
        assert_eq!(
            left(&all),
            0,
            "a plain call was left unfolded: Tera keeps nodes somewhere `fold` does not go"
        );
    }

    #[test]
    fn a_missing_message_is_left_to_fail_at_render_time() {
        let mut tera = tera::Tera::default();
        tera.set_escape_fn(escape_html);
        tera.add_raw_template("p.html", "{{ t(key=\"missing\") }}")
            .expect("parses");
        register(&mut tera, plain(&[]));
        fold_plain_messages(
            &mut tera,
            Lang::Fr,
            &[plain(&[]), plain(&[])],
            escape_html,
            &["p.html"],
        );
        assert_eq!(calls_left(&tera)["p.html"], 1);
        assert!(tera.render("p.html", &tera::Context::new()).is_err());
    }
}
