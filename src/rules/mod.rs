//! Rules: their definitions (data files under `rules/`), selection, and the engine that runs
//! them on a document.

pub mod codes;
pub mod criteria;
mod declarative;
pub mod definition;
pub mod engine;
pub mod examples;
pub mod linted;
mod manifest_schema;
pub mod native;
pub mod params;
pub mod registry;
pub mod rule_file_error;
pub mod selection;
mod suppression;

pub use definition::{Category, RuleDef};
pub use engine::{Engine, FileSettings};
pub use linted::{Linted, RuleList};
pub use registry::{Registry, Rule};
