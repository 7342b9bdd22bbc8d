//! DG210 `title-missing`: the dataset has no title.
//!
//! Its rule file: `rules/completeness/DG210-title-missing.toml`.

use crate::finding::Hit;
use crate::rules::native::{CheckContext, NoParams, report_missing};

/// DG210: no title.
pub fn check(ctx: &CheckContext<'_>, _: &NoParams, hits: &mut Vec<Hit>) {
    report_missing(ctx, "title", &crate::msg!("title-missing"), hits);
}
