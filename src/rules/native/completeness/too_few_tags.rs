//! DG221 `too-few-tags`: the dataset has fewer than `min_tags` tags.
//!
//! Its rule file: `rules/completeness/DG221-too-few-tags.toml`.

use crate::finding::Hit;
use crate::rules::native::CheckContext;
use serde::Deserialize;

/// The parameters of DG221 (`[params]` in its rule file, overridden in `dglint.toml`).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Params {
    /// Fewest tags accepted.
    pub min_tags: usize,
}

/// DG221: fewer tags than `min_tags` (an empty list is DG220).
pub fn check(ctx: &CheckContext<'_>, params: &Params, hits: &mut Vec<Hit>) {
    let Some(tags) = ctx.dataset.tags() else {
        return;
    };
    let minimum = params.min_tags;
    let count = tags.len();
    if count > 0 && count < minimum {
        hits.push(Hit::key(
            "/tags",
            crate::msg!("tags-too-few", count = count, minimum = minimum),
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::native::testing::run;

    #[test]
    fn counts_tags_against_the_minimum_it_is_given() {
        let two = "tags: [musees, culture]\n";
        assert_eq!(run(check, &Params { min_tags: 3 }, two).len(), 1);
        assert!(run(check, &Params { min_tags: 2 }, two).is_empty());
        assert!(
            run(check, &Params { min_tags: 5 }, "tags: []\n").is_empty(),
            "an empty list is DG220's"
        );
    }
}
