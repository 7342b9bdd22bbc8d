//! Finding and reading inputs: manifest discovery, facts about files they reference, the
//! catalogue export, and the udata API.

pub mod api;
pub mod catalog;
pub mod discover;
pub mod harvest;
