//! DG250 `temporal-coverage-missing`: the dataset has no temporal coverage.
//!
//! Its rule file: `rules/completeness/DG250-temporal-coverage-missing.toml`.

use crate::finding::Hit;
use crate::model::udata::Criterion;
use crate::rules::native::{CheckContext, NoParams, report_udata_failure};

/// DG250: no temporal coverage.
pub fn check(ctx: &CheckContext<'_>, _: &NoParams, hits: &mut Vec<Hit>) {
    report_udata_failure(
        ctx,
        Criterion::TemporalCoverage,
        None,
        crate::msg!("temporal-coverage-missing"),
        hits,
    );
}
