//! policypress turns structured privacy-policy data into matching English
//! and French web pages.
//!
//! The pipeline, one module per stage:
//!
//! 1. [`load`]: find the site's files, parse YAML with spans;
//! 2. [`resolve`]: merge each policy with the profiles it extends;
//! 3. [`validate`]: read the result into the typed [`model`] and check it,
//!    then [`lint`] it against the law of its jurisdiction;
//! 4. [`render`]: Fluent wording ([`l10n`]) + Tera themes + Markdown into
//!    page pairs;
//! 5. [`output`]: write the pages, assets and sitemap, replacing the output
//!    folder atomically.
//!
//! [`publish`] adds what programs read: `policy.json`, JSON-LD with the W3C
//! Data Privacy Vocabulary, and each policy's content version; [`diff`]
//! words what changed between two versions of a policy, in both languages.
//!
//! [`site`] drives the stages for the commands (`build`, `check`, and
//! [`serve`], the live preview) so each reuses the same code; [`diagnostic`] and [`source`] carry every
//! problem back to the author's file and line.
#![warn(missing_docs)]

pub mod defaults;
pub mod diagnostic;
pub mod diff;
pub mod l10n;
pub mod lang;
pub mod lint;
pub mod load;
pub mod model;
pub mod output;
pub mod probe;
pub mod publish;
pub mod render;
pub mod resolve;
pub mod scaffold;
pub mod serve;
pub mod site;
pub mod source;
pub mod suggest;
pub mod tool_text;
pub mod typography;
pub mod validate;
