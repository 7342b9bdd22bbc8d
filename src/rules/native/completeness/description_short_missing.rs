//! DG204 `description-short-missing`: the dataset has no short description (`description_short`).
//!
//! Its rule file: `rules/completeness/DG204-description-short-missing.toml`.

use crate::finding::Hit;
use crate::rules::native::{CheckContext, NoParams, report_missing};

/// DG204: no short description.
pub fn check(ctx: &CheckContext<'_>, _: &NoParams, hits: &mut Vec<Hit>) {
    report_missing(
        ctx,
        "description_short",
        &crate::msg!("description-short-missing"),
        hits,
    );
}
