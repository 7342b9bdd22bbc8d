//! DG230 `license-missing`: the dataset has no licence.
//!
//! Its rule file: `rules/completeness/DG230-license-missing.toml`.

use crate::finding::Hit;
use crate::model::udata::Criterion;
use crate::rules::native::{CheckContext, NoParams, report_udata_failure};

/// DG230: no licence.
pub fn check(ctx: &CheckContext<'_>, _: &NoParams, hits: &mut Vec<Hit>) {
    report_udata_failure(
        ctx,
        Criterion::License,
        None,
        crate::msg!("license-missing"),
        hits,
    );
}
