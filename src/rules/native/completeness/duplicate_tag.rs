//! DG223 `duplicate-tag`: the same tag appears twice (after normalisation).
//!
//! Its rule file: `rules/completeness/DG223-duplicate-tag.toml`.

use crate::finding::{Change, Hit};
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
            Some(first) => {
                let pointer = format!("/tags/{index}");
                let hit = Hit::value(
                    pointer.clone(),
                    crate::msg!(
                        "tag-duplicate",
                        tag = tag,
                        position = first + 1,
                        normalised = normalised
                    ),
                );
                hits.push(hit.with_changes(vec![Change::RemoveItem { pointer }]));
            }
            None => {
                first_seen.insert(normalised, index);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::native::testing::run;

    #[test]
    fn each_repetition_after_the_first_is_reported_once() {
        let found = run(
            check,
            &NoParams {},
            "tags: [musees, Musées, culture, MUSEES, patrimoine]\n",
        );
        let pointers: Vec<&str> = found.iter().map(|(pointer, _)| pointer.as_str()).collect();
        assert_eq!(pointers, ["/tags/1", "/tags/3"]);
        assert!(
            run(check, &NoParams {}, "tags: [\"!!\", \"??\"]\n").is_empty(),
            "blank slugs"
        );
    }
}
