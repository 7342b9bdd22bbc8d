//! DG301 `no-resources`: the dataset has no resource.
//!
//! Its rule file: `rules/openness/DG301-no-resources.toml`.

use crate::finding::Hit;
use crate::rules::native::{CheckContext, NoParams, report_missing};

/// DG301: no resource.
pub fn check(ctx: &CheckContext<'_>, _: &NoParams, hits: &mut Vec<Hit>) {
    report_missing(ctx, "resources", &crate::msg!("resources-missing"), hits);
}
