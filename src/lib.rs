//! dglint: a metadata quality linter for data.gouv.fr (udata) dataset manifests.
//!
//! The pipeline runs one way (ARCHITECTURE.md; `tests/integration/layers.rs` checks it):
//! [`source`] reads inputs into [`document`]s (a value plus a pointer → span index) →
//! [`model`] gives typed access, vocabularies and udata's criteria → [`rules`] produce
//! [`finding::Finding`]s → [`score`] computes the scores of each dataset → [`report`] renders
//! them → [`audit`] digests many datasets; [`cli`] drives it. Every output that quotes data
//! makes it safe through [`untrusted`].

pub mod audit;
pub mod cli;
pub mod config;
pub mod document;
pub mod error;
pub mod finding;
pub mod fix;
pub mod i18n;
pub mod links;
pub mod model;
pub mod progress;
pub mod report;
pub mod rules;
pub mod run;
pub mod score;
pub mod source;
pub mod untrusted;

/// The user agent dglint identifies itself with, to the udata API and to the servers whose
/// links it checks.
pub const USER_AGENT: &str = concat!("dglint/", env!("CARGO_PKG_VERSION"));
