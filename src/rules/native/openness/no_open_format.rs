//! DG304 `no-open-format`: no resource is in an open format.
//!
//! Its rule file: `rules/openness/DG304-no-open-format.toml`.

use super::declared_formats;
use crate::finding::Hit;
use crate::model::udata;
use crate::rules::native::{CheckContext, NoParams};

/// DG304: resources, but none in an open format (udata's `has_open_format`). On a catalogue
/// record whose resources are not listed, it is decided as udata's criterion is, from
/// `resources_count` and `resources_formats`.
pub fn check(ctx: &CheckContext<'_>, _: &NoParams, hits: &mut Vec<Hit>) {
    if ctx.limits.resources_unlisted {
        let summary = udata::summarised_open_format(&ctx.dataset, ctx.vocab);
        if let Some(false) = summary {
            hits.push(Hit::key(
                "/resources_formats",
                crate::msg!("no-open-format"),
            ));
        }
        return;
    }
    if ctx.dataset.resources_if_any().is_none() {
        return;
    }
    let any_open = declared_formats(ctx)
        .iter()
        .any(|(_, format)| !format.is_empty() && !ctx.vocab.is_closed_format(format));
    if !any_open {
        hits.push(Hit::key("/resources", crate::msg!("no-open-format")));
    }
}
