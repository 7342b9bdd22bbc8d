//! DG803 `harvest-spatial-unread`: see its rule file, `rules/harvest/DG803-harvest-spatial-unread.toml`.

use super::report_unread;
use crate::finding::Hit;
use crate::rules::native::{CheckContext, NoParams};

/// DG803: a value of the source that udata's harvester cannot read as `spatial`.
pub fn check(ctx: &CheckContext<'_>, _: &NoParams, hits: &mut Vec<Hit>) {
    let message = |property: &str, value: &str| {
        crate::msg!("spatial-unread", property = property, value = value)
    };
    report_unread(ctx, "spatial", message, hits);
}
