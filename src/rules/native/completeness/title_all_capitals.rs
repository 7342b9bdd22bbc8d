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
        hits.push(
            Hit::value("/title", crate::msg!("title-all-capitals"))
                .replacing_with(sentence_case(title)),
        );
    }
}

/// The title in sentence case: its first letter a capital, every other letter small
/// (acronyms included, which is why the fix is unsafe).
fn sentence_case(title: &str) -> String {
    let mut out = String::with_capacity(title.len());
    let mut first = true;
    for c in title.chars() {
        if first && c.is_alphabetic() {
            out.extend(c.to_uppercase());
            first = false;
        } else {
            out.extend(c.to_lowercase());
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::native::testing::run;

    #[test]
    fn a_single_word_in_capitals_is_reported_only_when_asked() {
        let japan = "title: JAPAN\n";
        assert!(run(check, &Params { min_words: 2 }, japan).is_empty());
        assert_eq!(run(check, &Params { min_words: 1 }, japan).len(), 1);
        assert!(
            run(check, &Params { min_words: 1 }, "title: AB\n").is_empty(),
            "fewer than four letters"
        );
        assert_eq!(sentence_case("« MUSÉES DE L'ÎLE »"), "« Musées de l'île »");
    }
}
