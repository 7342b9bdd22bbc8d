//! DG503 `no-documentation`: no resource is documentation and no resource has a description.
//!
//! Its rule file: `rules/resources/DG503-no-documentation.toml`.

use crate::finding::Hit;
use crate::model::udata::Criterion;
use crate::rules::native::{CheckContext, NoParams, report_udata_failure};

/// DG503: no documentation resource and no resource description (udata's
/// `resources_documentation`).
pub fn check(ctx: &CheckContext<'_>, _: &NoParams, hits: &mut Vec<Hit>) {
    report_udata_failure(
        ctx,
        Criterion::ResourcesDocumentation,
        None,
        crate::msg!("no-documentation"),
        hits,
    );
}
