//! DG202 `description-missing`: the dataset has no description.
//!
//! Its rule file: `rules/completeness/DG202-description-missing.toml`.

use crate::finding::Hit;
use crate::model::udata::{Criterion, Failure};
use crate::rules::native::{CheckContext, NoParams, report_udata_failure};

/// DG202: no description.
pub fn check(ctx: &CheckContext<'_>, _: &NoParams, hits: &mut Vec<Hit>) {
    report_udata_failure(
        ctx,
        Criterion::DatasetDescriptionQuality,
        Some(Failure::Missing),
        crate::msg!("description-missing"),
        hits,
    );
}
