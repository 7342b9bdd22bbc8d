//! Licence rules (DG230–DG233).

use super::{CheckContext, report_missing};
use crate::finding::Hit;

/// DG230: no licence.
pub fn missing(ctx: &CheckContext<'_>, hits: &mut Vec<Hit>) {
    report_missing(ctx, "license", &crate::msg!("license-missing"), hits);
}

/// DG231: the licence is not an id of data.gouv.fr's list.
pub fn unknown(ctx: &CheckContext<'_>, hits: &mut Vec<Hit>) {
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
        Some(known) => hit.with_help(crate::msg!(
            "license-write",
            id = known.id,
            title = known.title
        )),
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

/// DG232: the licence is not an open licence.
pub fn not_open(ctx: &CheckContext<'_>, hits: &mut Vec<Hit>) {
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

/// DG233: the licence has been replaced by a newer version.
pub fn superseded(ctx: &CheckContext<'_>, hits: &mut Vec<Hit>) {
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
        )),
    );
}
