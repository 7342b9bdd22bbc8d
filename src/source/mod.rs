//! Finding and reading inputs: manifest discovery, and facts about files they reference.

pub mod discover;
pub mod local_files;
