//! DG201 `description-too-short`: the description is shorter than `min_chars` characters.
//!
//! Its rule file: `rules/completeness/DG201-description-too-short.toml`.

use crate::finding::Hit;
use crate::rules::native::CheckContext;
use serde::Deserialize;

/// The parameters of DG201 (`[params]` in its rule file, overridden in `dglint.toml`).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Params {
    /// Fewest characters accepted (udata counts more than its threshold).
    pub min_chars: usize,
}

/// DG201: the description is shorter than `min_chars` characters (raw text, as udata counts).
pub fn check(ctx: &CheckContext<'_>, params: &Params, hits: &mut Vec<Hit>) {
    let Some(description) = ctx.dataset.description() else {
        return;
    };
    let minimum = params.min_chars;
    let length = description.chars().count();
    if !description.trim().is_empty() && length < minimum {
        hits.push(Hit::key(
            "/description",
            crate::msg!("description-too-short", length = length, minimum = minimum),
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::native::testing::run;

    #[test]
    fn counts_characters_against_the_minimum_it_is_given() {
        let five = "description: \"ééééé\"\n";
        assert_eq!(run(check, &Params { min_chars: 6 }, five).len(), 1);
        assert!(
            run(check, &Params { min_chars: 5 }, five).is_empty(),
            "characters, not bytes"
        );
        assert!(
            run(check, &Params { min_chars: 201 }, "title: Musées\n").is_empty(),
            "no description is DG202's"
        );
    }
}
