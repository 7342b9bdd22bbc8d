//! DG233 `license-superseded`: the licence has been replaced by a newer version (`fr-lo` by `lov2`).
//!
//! Its rule file: `rules/completeness/DG233-license-superseded.toml`.

use crate::finding::Hit;
use crate::rules::native::{CheckContext, NoParams};

/// DG233: the licence has been replaced by a newer version.
pub fn check(ctx: &CheckContext<'_>, _: &NoParams, hits: &mut Vec<Hit>) {
    let Some(known) = ctx.dataset.license().and_then(|id| ctx.vocab.license(id)) else {
        return;
    };
    let Some(replacement) = known
        .superseded_by
        .as_deref()
        .and_then(|id| ctx.vocab.license(id))
    else {
        return;
    };
    hits.push(
        Hit::value(
            "/license",
            crate::msg!(
                "license-superseded",
                id = known.id,
                title = known.title,
                replacement = replacement.id
            ),
        )
        .with_help(crate::msg!(
            "license-write",
            id = replacement.id,
            title = replacement.title
        ))
        .replacing_with(replacement.id.as_str()),
    );
}
