//! Typed, borrowed access to a dataset's fields, and the vocabularies rules judge them against.

pub mod dataset;
pub mod dates;
pub mod vocab;

pub use dataset::{DatasetView, ResourceView};
pub use vocab::{Format, Frequency, License, Vocabularies};
