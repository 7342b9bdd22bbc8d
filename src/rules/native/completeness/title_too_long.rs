//! DG214 `title-too-long`: the title is longer than `max_chars` characters.
//!
//! Its rule file: `rules/completeness/DG214-title-too-long.toml`.

use super::title_length;
use crate::finding::Hit;
use crate::rules::native::CheckContext;
use serde::Deserialize;

/// The parameters of DG214 (`[params]` in its rule file, overridden in `dglint.toml`).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Params {
    /// Most characters accepted.
    pub max_chars: usize,
}

/// DG214: the title is too long to read at a glance.
pub fn check(ctx: &CheckContext<'_>, params: &Params, hits: &mut Vec<Hit>) {
    let Some(length) = title_length(ctx) else {
        return;
    };
    let maximum = params.max_chars;
    if length > maximum {
        hits.push(Hit::value(
            "/title",
            crate::msg!("title-too-long", length = length, maximum = maximum),
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::native::testing::run;

    #[test]
    fn counts_the_trimmed_title_against_the_maximum_it_is_given() {
        let title = "title: \" Musées de France \"\n";
        assert_eq!(run(check, &Params { max_chars: 15 }, title).len(), 1);
        assert!(run(check, &Params { max_chars: 16 }, title).is_empty());
    }
}
