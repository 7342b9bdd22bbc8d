//! Tag rules (DG220–DG223).

use std::collections::HashMap;

use super::{CheckContext, report_missing};
use crate::finding::Hit;

/// DG220: no tags.
pub fn missing(ctx: &CheckContext<'_>, hits: &mut Vec<Hit>) {
    report_missing(ctx, "tags", &crate::msg!("tags-missing"), hits);
}

/// DG221: fewer tags than `min_tags` (an empty list is DG220).
pub fn too_few(ctx: &CheckContext<'_>, hits: &mut Vec<Hit>) {
    let Some(tags) = ctx.dataset.tags() else {
        return;
    };
    let minimum = ctx.params.integer("min_tags");
    let count = tags.len() as i64;
    if count > 0 && count < minimum {
        hits.push(Hit::key(
            "/tags",
            crate::msg!("tags-too-few", count = count, minimum = minimum),
        ));
    }
}

/// DG222: a tag is not in data.gouv.fr's slug form (lowercase, no accents, `-` between words).
pub fn not_normalised(ctx: &CheckContext<'_>, hits: &mut Vec<Hit>) {
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
                )),
            );
        }
    }
}

/// DG223: the same tag twice (after normalisation).
pub fn duplicate(ctx: &CheckContext<'_>, hits: &mut Vec<Hit>) {
    let mut first_seen: HashMap<String, usize> = HashMap::new();
    for (index, tag) in ctx.dataset.tags().unwrap_or_default() {
        let normalised = slug::slugify(tag);
        if normalised.is_empty() {
            continue;
        }
        match first_seen.get(&normalised) {
            Some(first) => hits.push(Hit::value(
                format!("/tags/{index}"),
                crate::msg!(
                    "tag-duplicate",
                    tag = tag,
                    position = first + 1,
                    normalised = normalised
                ),
            )),
            None => {
                first_seen.insert(normalised, index);
            }
        }
    }
}
