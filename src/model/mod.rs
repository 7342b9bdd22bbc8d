//! Typed, borrowed access to a dataset's fields, and the vocabularies rules judge them against.

pub mod data_file;
pub mod dataset;
pub mod dates;
pub mod drift;
pub mod harvest;
pub mod instance;
pub mod last_update;
pub mod local_files;
pub mod origin;
pub mod profile;
pub mod published;
pub mod pulled;
pub mod spatial;
pub mod udata;
pub mod vocab;

pub use dataset::{DatasetView, ResourceView};
pub use instance::{Instance, InstanceSetting};
pub use origin::Origin;
pub use vocab::{Format, Frequency, License, Vocabularies};
