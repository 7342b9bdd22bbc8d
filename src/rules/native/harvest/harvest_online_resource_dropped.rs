//! DG806 `harvest-online-resource-dropped`: see its rule file, `rules/harvest/DG806-harvest-online-resource-dropped.toml`.

use super::report_unread;
use crate::finding::Hit;
use crate::rules::native::{CheckContext, NoParams};

/// DG806: an online resource of an ISO 19139 record that the stylesheet does not make a
/// distribution.
pub fn check(ctx: &CheckContext<'_>, _: &NoParams, hits: &mut Vec<Hit>) {
    let message = |property: &str, value: &str| {
        crate::msg!(
            "online-resource-dropped",
            property = property,
            value = value
        )
    };
    report_unread(ctx, "online_resources", message, hits);
}
