//! DG230 `license-missing`: the dataset has no licence.
//!
//! Its rule file: `rules/completeness/DG230-license-missing.toml`.

use crate::finding::Hit;
use crate::rules::native::{CheckContext, NoParams, report_missing};

/// DG230: no licence.
pub fn check(ctx: &CheckContext<'_>, _: &NoParams, hits: &mut Vec<Hit>) {
    report_missing(ctx, "license", &crate::msg!("license-missing"), hits);
}
