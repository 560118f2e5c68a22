//! The data model: typed, checked representations of the site's YAML.
//!
//! [`values`] holds the small value types (bilingual text, dates, URLs,
//! telephone numbers), [`policy`] the policy itself, [`site`] the site
//! settings. Reading YAML into these types is the job of [`crate::validate`].

pub mod policy;
pub mod site;
pub mod values;

pub use policy::*;
pub use site::*;
pub use values::*;
