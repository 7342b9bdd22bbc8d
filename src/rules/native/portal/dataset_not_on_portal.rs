//! DG702 `dataset-not-on-portal`: the dataset the manifest names is deleted on the portal, or
//! the portal does not know it.
//!
//! Its rule file: `rules/portal/DG702-dataset-not-on-portal.toml`.

use super::published;
use crate::finding::Hit;
use crate::model::published::Published;
use crate::rules::native::{CheckContext, NoParams};

/// DG702: the portal answered 410 or 404 for the manifest's id (else its slug).
pub fn check(ctx: &CheckContext<'_>, _: &NoParams, hits: &mut Vec<Hit>) {
    let Some(state) = published(ctx) else {
        return;
    };
    let field = if ctx.dataset.text("id").is_some_and(|id| !id.is_empty()) {
        "id"
    } else {
        "slug"
    };
    let key = ctx.dataset.text(field).unwrap_or_default();
    let message = match state {
        Published::Deleted => crate::msg!("not-on-portal-deleted", key = key),
        Published::Unknown => crate::msg!("not-on-portal-unknown", key = key),
        Published::Live(_) | Published::WithoutManifest => return,
    };
    hits.push(Hit::value(format!("/{field}"), message));
}
