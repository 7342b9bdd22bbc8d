//! DG403 `metadata-only-freshness`: a dataset without resources looks up to date only because its metadata was edited.
//!
//! Its rule file: `rules/freshness/DG403-metadata-only-freshness.toml`.

use crate::finding::Hit;
use crate::model::last_update::last_update;
use crate::rules::native::{CheckContext, NoParams};

/// DG403: a dataset without resources looks fresh only because its metadata was edited.
pub fn check(ctx: &CheckContext<'_>, _: &NoParams, hits: &mut Vec<Hit>) {
    if ctx.limits.resources_unlisted || ctx.dataset.resources_if_any().is_some() {
        return;
    }
    let Some(update) = last_update(&ctx.dataset, ctx.origin, ctx.files, ctx.as_of, true) else {
        return;
    };
    if update.pointer.as_deref() != Some("/last_modified") {
        return;
    }
    hits.push(Hit::value(
        "/last_modified",
        crate::msg!(
            "metadata-only-freshness",
            date = update.at.format("%Y-%m-%d")
        ),
    ));
}
