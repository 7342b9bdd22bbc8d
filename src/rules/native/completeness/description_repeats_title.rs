//! DG203 `description-repeats-title`: the description only repeats the title, or a part of it.
//!
//! Its rule file: `rules/completeness/DG203-description-repeats-title.toml`.

use crate::finding::Hit;
use crate::rules::native::{CheckContext, NoParams, normalise_words};

/// DG203: the description only repeats the title, or a part of it.
pub fn check(ctx: &CheckContext<'_>, _: &NoParams, hits: &mut Vec<Hit>) {
    let (Some(title), Some(description)) = (ctx.dataset.title(), ctx.dataset.description()) else {
        return;
    };
    // Normalising keeps ASCII letters and digits and writes any other character in at most
    // four: a description with more ASCII letters and digits than four per character of the
    // title cannot be part of it (most descriptions), and is not normalised at all.
    let ascii_words = description
        .bytes()
        .filter(u8::is_ascii_alphanumeric)
        .count();
    if ascii_words > 4 * title.chars().count() {
        return;
    }
    let title = normalise_words(title);
    let description = normalise_words(description);
    if description.is_empty() || !title.contains(&description) {
        return;
    }
    let message = if description == title {
        crate::msg!("description-repeats-title")
    } else {
        crate::msg!("description-part-of-title")
    };
    hits.push(Hit::value("/description", message));
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::native::testing::run;

    #[test]
    fn a_description_inside_the_title_is_reported_and_a_longer_one_is_not() {
        let title = "title: Liste des musées de France (édition 2025)\n";
        let same = run(
            check,
            &NoParams {},
            &format!("{title}description: Liste des musées de France (édition 2025)\n"),
        );
        let part = run(
            check,
            &NoParams {},
            &format!("{title}description: des MUSÉES de France\n"),
        );
        assert_eq!((same.len(), part.len()), (1, 1));
        assert_ne!(
            same[0].1, part[0].1,
            "a repetition and a part are told apart"
        );
        let longer =
            format!("{title}description: Liste des musées de France, avec leur adresse.\n");
        assert!(run(check, &NoParams {}, &longer).is_empty());
    }
}
