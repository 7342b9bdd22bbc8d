//! DG213 `title-too-short`: the title is shorter than `min_chars` characters.
//!
//! Its rule file: `rules/completeness/DG213-title-too-short.toml`.

use super::title_length;
use crate::finding::Hit;
use crate::rules::native::CheckContext;
use serde::Deserialize;

/// The parameters of DG213 (`[params]` in its rule file, overridden in `dglint.toml`).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Params {
    /// Fewest characters accepted.
    pub min_chars: usize,
}

/// DG213: the title is too short to be precise.
pub fn check(ctx: &CheckContext<'_>, params: &Params, hits: &mut Vec<Hit>) {
    let Some(length) = title_length(ctx) else {
        return;
    };
    let minimum = params.min_chars;
    if length < minimum {
        hits.push(Hit::value(
            "/title",
            crate::msg!("title-too-short", length = length, minimum = minimum),
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::native::testing::run;

    #[test]
    fn counts_the_trimmed_title_against_the_minimum_it_is_given() {
        let padded = "title: \"  Musées  \"\n";
        assert_eq!(run(check, &Params { min_chars: 7 }, padded).len(), 1);
        assert!(run(check, &Params { min_chars: 6 }, padded).is_empty());
        assert!(run(check, &Params { min_chars: 10 }, "title: \"  \"\n").is_empty());
    }
}
