//! DG240 `frequency-missing`: the dataset declares no update frequency, or `unknown`.
//!
//! Its rule file: `rules/completeness/DG240-frequency-missing.toml`.

use crate::finding::Hit;
use crate::model::udata::{Criterion, Failure};
use crate::rules::native::{CheckContext, NoParams, report_udata_failure};

/// DG240: no update frequency, or `unknown`.
pub fn check(ctx: &CheckContext<'_>, _: &NoParams, hits: &mut Vec<Hit>) {
    let message = if ctx.dataset.frequency() == Some("unknown") {
        crate::msg!("frequency-unknown")
    } else {
        crate::msg!("frequency-missing")
    };
    report_udata_failure(
        ctx,
        Criterion::UpdateFrequency,
        Some(Failure::Missing),
        message,
        hits,
    );
}
