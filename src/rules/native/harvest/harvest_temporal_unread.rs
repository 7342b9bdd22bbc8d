//! DG802 `harvest-temporal-unread`: see its rule file, `rules/harvest/DG802-harvest-temporal-unread.toml`.

use super::report_unread;
use crate::finding::Hit;
use crate::rules::native::{CheckContext, NoParams};

/// DG802: a value of the source that udata's harvester cannot read as `temporal_coverage`.
pub fn check(ctx: &CheckContext<'_>, _: &NoParams, hits: &mut Vec<Hit>) {
    let message = |property: &str, value: &str| {
        crate::msg!("temporal-unread", property = property, value = value)
    };
    report_unread(ctx, "temporal_coverage", message, hits);
}
