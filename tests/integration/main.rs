//! The integration tests, one binary (linking the crate once) with a module per suite. They
//! drive the built `dglint` binary and read the repository's own data (`tests/data/`).

mod common;

mod audit_report;
mod bad_input;
mod catalog;
mod catalog_export;
mod ckan;
mod cli;
mod consumers;
mod criteria;
mod csw;
mod dcat;
mod diff;
mod docs;
mod faults;
mod fix;
mod fix_laws;
mod formats;
mod harvested;
mod hostile_inputs;
mod html_report_browser;
mod layers;
mod library_run;
mod links;
mod live;
mod mqa;
mod precommit;
mod pull;
mod rule_examples;
mod scores;
mod spellings;
mod untrusted_text;
mod update_laws;
mod user_rules;
mod vocabularies;
