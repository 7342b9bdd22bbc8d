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
