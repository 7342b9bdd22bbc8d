//! dglint: a metadata quality linter for data.gouv.fr (udata) dataset manifests.
//!
//! The pipeline runs in one direction (see `README.md`):
//! [`source`] finds and reads inputs → [`document`] parses them into a value plus a
//! pointer → span index → [`model`] gives typed access and vocabularies → [`rules`] produce
//! [`finding::Finding`]s → [`score`] computes data.gouv.fr's score and dglint's for each
//! dataset → [`report`] renders them.

pub mod audit;
pub mod cli;
pub mod config;
pub mod document;
pub mod finding;
pub mod i18n;
pub mod links;
pub mod model;
pub mod progress;
pub mod report;
pub mod rules;
pub mod score;
pub mod source;
