//! DG703 `dataset-without-manifest`: a dataset the organisation publishes has no manifest in
//! the repository.
//!
//! Its rule file: `rules/portal/DG703-dataset-without-manifest.toml`.

use super::published;
use crate::finding::Hit;
use crate::model::published::Published;
use crate::rules::native::{CheckContext, NoParams};

/// DG703: `dglint diff --organization` found no manifest naming this dataset.
pub fn check(ctx: &CheckContext<'_>, _: &NoParams, hits: &mut Vec<Hit>) {
    if published(ctx) == Some(&Published::WithoutManifest) {
        let slug = ctx
            .dataset
            .text("slug")
            .or_else(|| ctx.dataset.text("id"))
            .unwrap_or_default();
        hits.push(Hit::key("", crate::msg!("without-manifest", slug = slug)));
    }
}
