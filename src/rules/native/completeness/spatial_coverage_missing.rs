//! DG252 `spatial-coverage-missing`: the dataset has no spatial coverage.
//!
//! Its rule file: `rules/completeness/DG252-spatial-coverage-missing.toml`.

use crate::finding::Hit;
use crate::model::udata::Criterion;
use crate::rules::native::{CheckContext, NoParams, report_udata_failure};

/// DG252: no spatial coverage.
pub fn check(ctx: &CheckContext<'_>, _: &NoParams, hits: &mut Vec<Hit>) {
    report_udata_failure(
        ctx,
        Criterion::Spatial,
        None,
        crate::msg!("spatial-missing"),
        hits,
    );
}
