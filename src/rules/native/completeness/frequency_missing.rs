//! DG240 `frequency-missing`: the dataset declares no update frequency, or `unknown`.
//!
//! Its rule file: `rules/completeness/DG240-frequency-missing.toml`.

use crate::finding::Hit;
use crate::rules::native::{CheckContext, NoParams, report_missing};

/// DG240: no update frequency, or `unknown`.
pub fn check(ctx: &CheckContext<'_>, _: &NoParams, hits: &mut Vec<Hit>) {
    if ctx.dataset.frequency() == Some("unknown") {
        hits.push(Hit::value("/frequency", crate::msg!("frequency-unknown")));
        return;
    }
    report_missing(ctx, "frequency", &crate::msg!("frequency-missing"), hits);
}
