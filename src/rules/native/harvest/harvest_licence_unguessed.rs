//! DG804 `harvest-licence-unguessed`: see its rule file, `rules/harvest/DG804-harvest-licence-unguessed.toml`.

use super::report_unread;
use crate::finding::Hit;
use crate::rules::native::{CheckContext, NoParams};

/// DG804: a value of the source that udata's harvester cannot read as `license`.
pub fn check(ctx: &CheckContext<'_>, _: &NoParams, hits: &mut Vec<Hit>) {
    let message = |property: &str, value: &str| {
        crate::msg!("licence-unguessed", property = property, value = value)
    };
    report_unread(ctx, "license", message, hits);
}
