//! The native checks of the freshness rules (`rules/freshness/`), one file per rule.

pub mod discussion_unanswered;
pub mod last_update_in_future;
pub mod metadata_only_freshness;
pub mod out_of_date;
