//! DG220 `tags-missing`: the dataset has no tags.
//!
//! Its rule file: `rules/completeness/DG220-tags-missing.toml`.

use crate::finding::Hit;
use crate::rules::native::{CheckContext, NoParams, report_missing};

/// DG220: no tags.
pub fn check(ctx: &CheckContext<'_>, _: &NoParams, hits: &mut Vec<Hit>) {
    report_missing(ctx, "tags", &crate::msg!("tags-missing"), hits);
}
