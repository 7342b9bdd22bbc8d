//! Finding and reading inputs: manifest discovery, facts about files they reference, and the
//! catalogue export.

pub mod catalog;
pub mod discover;
pub mod local_files;
