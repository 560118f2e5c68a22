//! The pipeline, driven for the commands.
//!
//! Two drivers share the stages (one function each, never a second copy):
//!
//! - [`stream::run`], for `build` and `check`: loads what every policy
//!   depends on once, then takes each policy through every stage (read →
//!   parse → resolve → validate → lint → render → write) on its own, in
//!   parallel, keeping only a small summary of each; the output is replaced
//!   atomically at the end, only if nothing failed.
//! - [`Workspace`], for `serve` (and `check --accept`, `init`): keeps what
//!   each policy file produced, so a change re-runs the stages only for what
//!   it affects. For `serve` it also renders each policy as soon as it is
//!   checked and keeps only a small summary of it besides its pages (its
//!   data is dropped, and its file read again when a profile it extends
//!   changes).
//!
//! One job per file: `base` (what every document depends on, loaded
//! once), `document` (the per-document run every command goes through),
//! `links` (how documents point at each other), `files` (a document's
//! output files), `site_wide` and `site_lints` (the checks of the site
//! as a whole), `stream` and `workspace` (the two drivers),
//! `project` (a whole valid site in memory) and `accept` (recording
//! reviewed translations). This file only declares them and re-exports
//! what the commands use.

mod accept;
mod base;
mod document;
mod files;
mod links;
mod project;
mod site_lints;
mod site_wide;
pub mod stream;
mod workspace;

pub use accept::{accept_and_check, Accepted};
pub use base::LoadOptions;
pub(crate) use base::{Base, LockFile};
pub use document::PolicyEntry;
pub(crate) use document::{resolve_and_validate, run_policy, CheckEnv};
pub use files::{policy_files, PolicyFiles};
pub(crate) use links::{DocLink, Links};
pub use project::{load_project, Loaded, Project};
use site_wide::{read_texts_shown, site_level};
pub use stream::BuildStats;
pub use workspace::{Affected, PolicySummary, RenderedPolicy, Renders, Workspace};
