//! DG805 `harvest-distribution-without-url`: see its rule file, `rules/harvest/DG805-harvest-distribution-without-url.toml`.

use super::report_unread;
use crate::finding::Hit;
use crate::rules::native::{CheckContext, NoParams};

/// DG805: a value of the source that udata's harvester cannot read as `resources`.
pub fn check(ctx: &CheckContext<'_>, _: &NoParams, hits: &mut Vec<Hit>) {
    let message = |property: &str, value: &str| {
        crate::msg!(
            "distribution-without-url",
            property = property,
            value = value
        )
    };
    report_unread(ctx, "resources", message, hits);
}
