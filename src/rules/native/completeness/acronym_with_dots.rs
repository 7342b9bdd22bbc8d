//! DG215 `acronym-with-dots`: the acronym separates its letters with dots (`S.N.C.F.`).
//!
//! Its rule file: `rules/completeness/DG215-acronym-with-dots.toml`.

use crate::finding::Hit;
use crate::rules::native::{CheckContext, NoParams};

/// DG215: the acronym starts with at least two letters each followed by a dot.
pub fn check(ctx: &CheckContext<'_>, _: &NoParams, hits: &mut Vec<Hit>) {
    let Some(acronym) = ctx.dataset.text("acronym") else {
        return;
    };
    if let Some(fixed) = without_dots(acronym) {
        hits.push(
            Hit::value(
                "/acronym",
                crate::msg!("acronym-with-dots", acronym = acronym),
            )
            .with_help(crate::msg!("acronym-with-dots-help", fixed = fixed))
            .replacing_with(fixed),
        );
    }
}

/// The acronym without the dots of its dotted start (`S. N. C. F. Réseau` → `SNCF Réseau`),
/// when it starts with two letters or more each followed by a dot; `None` otherwise.
fn without_dots(acronym: &str) -> Option<String> {
    let mut letters = String::new();
    let mut rest = acronym;
    let mut spaced = false;
    loop {
        let mut chars = rest.chars();
        let (Some(letter), Some('.')) = (chars.next(), chars.next()) else {
            break;
        };
        if !letter.is_ascii_alphabetic() {
            break;
        }
        letters.push(letter);
        let after = chars.as_str();
        rest = after.trim_start();
        spaced = rest.len() < after.len();
    }
    if letters.len() < 2 {
        return None;
    }
    let separator = if spaced && !rest.is_empty() { " " } else { "" };
    Some(format!("{letters}{separator}{rest}"))
}

#[cfg(test)]
mod tests {
    use super::without_dots;

    #[test]
    fn dots_leave_and_the_rest_stays() {
        assert_eq!(without_dots("S.N.C.F.").as_deref(), Some("SNCF"));
        assert_eq!(without_dots("S.N.C.F").as_deref(), Some("SNCF"));
        assert_eq!(
            without_dots("S. N. C. F. Réseau").as_deref(),
            Some("SNCF Réseau")
        );
        assert_eq!(without_dots("SNCF"), None);
        assert_eq!(without_dots("M. Dupont"), None);
        assert_eq!(without_dots("é.é."), None);
    }
}
