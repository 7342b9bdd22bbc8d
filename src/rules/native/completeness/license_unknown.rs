//! DG231 `license-unknown`: the licence is not an id of data.gouv.fr's licence list.
//!
//! Its rule file: `rules/completeness/DG231-license-unknown.toml`.

use crate::finding::Hit;
use crate::rules::native::{CheckContext, NoParams};

/// DG231: the licence is not an id of data.gouv.fr's list.
pub fn check(ctx: &CheckContext<'_>, _: &NoParams, hits: &mut Vec<Hit>) {
    let Some(license) = ctx.dataset.license().filter(|text| !text.trim().is_empty()) else {
        return;
    };
    if ctx.vocab.license(license).is_some() {
        return;
    }
    let hit = Hit::value(
        "/license",
        crate::msg!("license-unknown", license = license),
    );
    let suggestion = ctx.vocab.license_by_alias(license).or_else(|| {
        let mut close = ctx
            .vocab
            .licenses
            .iter()
            .filter(|known| strsim::levenshtein(&known.id, &license.to_lowercase()) <= 2);
        match (close.next(), close.next()) {
            (Some(only), None) => Some(only),
            _ => None,
        }
    });
    // A spelling of an old licence points to the one that replaces it.
    let suggestion = suggestion.map(|known| {
        known
            .superseded_by
            .as_deref()
            .and_then(|current| ctx.vocab.license(current))
            .unwrap_or(known)
    });
    hits.push(match suggestion {
        Some(known) => hit
            .with_help(crate::msg!(
                "license-write",
                id = known.id,
                title = known.title
            ))
            .replacing_with(known.id.as_str()),
        None => {
            let ids: Vec<&str> = ctx
                .vocab
                .licenses
                .iter()
                .map(|known| known.id.as_str())
                .collect();
            hit.with_help(crate::msg!("license-use-one-of", ids = ids.join(", ")))
        }
    });
}
