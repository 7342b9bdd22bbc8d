//! DG602 `file-name-separators-inconsistent`: the dataset's file names separate words with `_` in some and `-` in others.
//!
//! Its rule file: `rules/naming/DG602-file-name-separators-inconsistent.toml`.

use super::file_names;
use crate::finding::Hit;
use crate::rules::native::{CheckContext, NoParams};
use std::collections::HashMap;

#[derive(Clone, Copy, PartialEq, Eq, Hash)]
enum Separator {
    Underscore,
    Hyphen,
}

impl Separator {
    fn symbol(self) -> char {
        match self {
            Separator::Underscore => '_',
            Separator::Hyphen => '-',
        }
    }
}

/// DG602: file names that separate words with `_` and `-` inconsistently.
pub fn check(ctx: &CheckContext<'_>, _: &NoParams, hits: &mut Vec<Hit>) {
    let names = file_names(&ctx.dataset.resources().unwrap_or_default());
    let mut styled = Vec::new();
    for (name, pointer) in &names {
        let stem = name.rsplit_once('.').map_or(*name, |(stem, _)| stem);
        match (stem.contains('_'), stem.contains('-')) {
            (true, true) => hits.push(Hit::value(
                pointer.clone(),
                crate::msg!("file-name-mixed-separators", name = name),
            )),
            (true, false) => styled.push((Separator::Underscore, *name, pointer)),
            (false, true) => styled.push((Separator::Hyphen, *name, pointer)),
            (false, false) => {}
        }
    }
    let mut counts: HashMap<Separator, usize> = HashMap::new();
    for (separator, _, _) in &styled {
        *counts.entry(*separator).or_default() += 1;
    }
    if counts.len() < 2 {
        return;
    }
    let underscores = counts[&Separator::Underscore];
    let hyphens = counts[&Separator::Hyphen];
    let usual = if hyphens > underscores {
        Separator::Hyphen
    } else {
        Separator::Underscore
    };
    for (separator, name, pointer) in styled {
        if separator != usual {
            hits.push(Hit::value(
                pointer.clone(),
                crate::msg!(
                    "file-name-other-separator",
                    name = name,
                    separator = separator.symbol(),
                    usual = usual.symbol()
                ),
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::native::testing::run;

    #[test]
    fn the_names_that_break_the_usual_separator_are_reported() {
        let resource = |name: &str| {
            format!(
                "  - title: Liste\n    format: csv\n    url: https://data.culture.gouv.fr/{name}\n"
            )
        };
        let yaml = format!(
            "resources:\n{}{}{}",
            resource("liste-musees-2024.csv"),
            resource("liste-musees-2025.csv"),
            resource("liste_musees_2026.csv")
        );
        let found = run(check, &NoParams {}, &yaml);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(
            found[0].0, "/resources/2/url",
            "the one underscore breaks the hyphens"
        );
        let alone = format!("resources:\n{}", resource("liste_musees-2024.csv"));
        assert_eq!(
            run(check, &NoParams {}, &alone).len(),
            1,
            "a name that mixes both is reported on its own"
        );
    }
}
