//! The native checks of the document rules (`rules/document/`), one file per rule.

pub mod portal_score_differs;
