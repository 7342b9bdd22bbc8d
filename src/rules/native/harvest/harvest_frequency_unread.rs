//! DG801 `harvest-frequency-unread`: see its rule file, `rules/harvest/DG801-harvest-frequency-unread.toml`.

use super::report_unread;
use crate::finding::Hit;
use crate::rules::native::{CheckContext, NoParams};

/// DG801: a value of the source that udata's harvester cannot read as `frequency`.
pub fn check(ctx: &CheckContext<'_>, _: &NoParams, hits: &mut Vec<Hit>) {
    let message = |property: &str, value: &str| {
        crate::msg!("frequency-unread", property = property, value = value)
    };
    report_unread(ctx, "frequency", message, hits);
}
