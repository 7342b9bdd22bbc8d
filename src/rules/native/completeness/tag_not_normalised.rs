//! DG222 `tag-not-normalised`: a tag is not in data.gouv.fr's form (lowercase, no accents or spaces, `-` between words).
//!
//! Its rule file: `rules/completeness/DG222-tag-not-normalised.toml`.

use crate::finding::Hit;
use crate::rules::native::{CheckContext, NoParams};

/// DG222: a tag is not in data.gouv.fr's slug form (lowercase, no accents, `-` between words).
pub fn check(ctx: &CheckContext<'_>, _: &NoParams, hits: &mut Vec<Hit>) {
    for (index, tag) in ctx.dataset.tags().unwrap_or_default() {
        let normalised = slug::slugify(tag);
        if normalised != tag && !normalised.is_empty() {
            hits.push(
                Hit::value(
                    format!("/tags/{index}"),
                    crate::msg!("tag-not-normalised", tag = tag),
                )
                .with_help(crate::msg!(
                    "tag-not-normalised-help",
                    normalised = normalised
                ))
                .replacing_with(normalised),
            );
        }
    }
}
