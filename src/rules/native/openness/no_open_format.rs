//! DG304 `no-open-format`: no resource is in an open format.
//!
//! Its rule file: `rules/openness/DG304-no-open-format.toml`.

use crate::finding::Hit;
use crate::model::udata::Criterion;
use crate::rules::native::{CheckContext, NoParams, report_udata_failure};

/// DG304: resources, but none in an open format: udata's `has_open_format` fails (on a
/// catalogue record whose resources are not listed, decided from `resources_count` and
/// `resources_formats`).
pub fn check(ctx: &CheckContext<'_>, _: &NoParams, hits: &mut Vec<Hit>) {
    report_udata_failure(
        ctx,
        Criterion::HasOpenFormat,
        None,
        crate::msg!("no-open-format"),
        hits,
    );
}
