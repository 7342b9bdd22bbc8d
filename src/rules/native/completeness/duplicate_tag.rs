//! DG223 `duplicate-tag`: the same tag appears twice (after normalisation).
//!
//! Its rule file: `rules/completeness/DG223-duplicate-tag.toml`.

use crate::finding::Hit;
use crate::rules::native::{CheckContext, NoParams};
use std::collections::HashMap;

/// DG223: the same tag twice (after normalisation).
pub fn check(ctx: &CheckContext<'_>, _: &NoParams, hits: &mut Vec<Hit>) {
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
