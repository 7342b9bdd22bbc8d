//! DG402 `last-update-in-future`: a last update or modification date is later than now.
//!
//! Its rule file: `rules/freshness/DG402-last-update-in-future.toml`.

use crate::finding::Hit;
use crate::model::dates::parse_instant;
use crate::rules::native::{CheckContext, NoParams};

/// DG402: a last update or modification date later than now.
pub fn check(ctx: &CheckContext<'_>, _: &NoParams, hits: &mut Vec<Hit>) {
    let mut dated = vec![("/last_update".to_owned(), ctx.dataset.text("last_update"))];
    for resource in ctx.dataset.resources().unwrap_or_default() {
        dated.push((
            resource.field_pointer("last_modified"),
            resource.text("last_modified"),
        ));
    }
    for (pointer, text) in dated {
        let Some(at) = text.and_then(parse_instant) else {
            continue;
        };
        if at > ctx.as_of {
            hits.push(Hit::value(
                pointer,
                crate::msg!(
                    "date-in-future",
                    date = at.format("%Y-%m-%d"),
                    now = ctx.as_of.format("%Y-%m-%d")
                ),
            ));
        }
    }
}
