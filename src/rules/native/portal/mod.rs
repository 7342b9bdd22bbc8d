//! The native checks of the portal rules (`rules/portal/`), one file per rule: the manifest
//! against what the portal publishes (`dglint diff`).

pub mod dataset_not_on_portal;
pub mod dataset_without_manifest;
pub mod portal_drift;

use super::CheckContext;
use crate::model::published::Published;

/// What the portal publishes for the dataset being checked, when `dglint diff` fetched it.
fn published<'a>(ctx: &CheckContext<'a>) -> Option<&'a Published> {
    ctx.portal?.of(ctx.dataset.value())
}
