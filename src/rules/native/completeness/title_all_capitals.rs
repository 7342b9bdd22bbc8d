//! DG211 `title-all-capitals`: the title is written in capitals.
//!
//! Its rule file: `rules/completeness/DG211-title-all-capitals.toml`.

use crate::finding::Hit;
use crate::rules::native::CheckContext;
use serde::Deserialize;

/// The parameters of DG211 (`[params]` in its rule file, overridden in `dglint.toml`).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Params {
    /// Fewest words in capitals reported.
    pub min_words: usize,
}

/// DG211: the title is written in capitals, over at least `min_words` words (a single word in
/// capitals, such as `JAPAN` or an acronym, is left alone by default).
pub fn check(ctx: &CheckContext<'_>, params: &Params, hits: &mut Vec<Hit>) {
    let Some(title) = ctx.dataset.title() else {
        return;
    };
    let letters = title.chars().filter(|c| c.is_alphabetic()).count();
    let words = title
        .split(|c: char| !c.is_alphanumeric())
        .filter(|word| word.chars().any(char::is_alphabetic))
        .count();
    if letters >= 4 && words >= params.min_words && !title.chars().any(char::is_lowercase) {
        hits.push(Hit::value("/title", crate::msg!("title-all-capitals")));
    }
}
