//! DG232 `license-not-open`: the licence is not an open licence (`notspecified`).
//!
//! Its rule file: `rules/completeness/DG232-license-not-open.toml`.

use crate::finding::Hit;
use crate::rules::native::{CheckContext, NoParams};

/// DG232: the licence is not an open licence.
pub fn check(ctx: &CheckContext<'_>, _: &NoParams, hits: &mut Vec<Hit>) {
    let Some(known) = ctx.dataset.license().and_then(|id| ctx.vocab.license(id)) else {
        return;
    };
    if !known.open {
        hits.push(Hit::value(
            "/license",
            crate::msg!("license-not-open", id = known.id, title = known.title),
        ));
    }
}
