//! DG601 `file-name-not-normalised`: a resource file name does not follow the naming pattern (lowercase ASCII words joined by `_` or `-`, with an extension).
//!
//! Its rule file: `rules/naming/DG601-file-name-not-normalised.toml`.

use super::file_names;
use crate::finding::Hit;
use crate::rules::native::CheckContext;
use regex::Regex;
use serde::Deserialize;

fn suggest_name(name: &str) -> String {
    let decoded = name.replace("%20", " ");
    let (stem, extension) = decoded.rsplit_once('.').unwrap_or((&decoded, ""));
    let stem = slug::slugify(stem).replace('-', "_");
    if extension.is_empty() {
        stem
    } else {
        format!("{stem}.{}", extension.to_lowercase())
    }
}

/// The parameters of DG601 (`[params]` in its rule file, overridden in `dglint.toml`).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Params {
    /// The pattern a file name must match.
    #[serde(deserialize_with = "crate::rules::native::deserialize_regex")]
    pub pattern: Regex,
}

/// DG601: a file name that does not follow the `pattern` parameter.
pub fn check(ctx: &CheckContext<'_>, params: &Params, hits: &mut Vec<Hit>) {
    let pattern = &params.pattern;
    for (name, pointer) in file_names(&ctx.dataset.resources().unwrap_or_default()) {
        if pattern.is_match(name) {
            continue;
        }
        let mut reasons = Vec::new();
        if name.chars().any(char::is_uppercase) {
            reasons.push(crate::msg!("file-name-capitals"));
        }
        if name.contains(' ') || name.contains("%20") {
            reasons.push(crate::msg!("file-name-spaces"));
        }
        if !name.is_ascii() || name.contains('%') {
            reasons.push(crate::msg!("file-name-accents"));
        }
        if !name.contains('.') {
            reasons.push(crate::msg!("file-name-no-extension"));
        }
        let why = if reasons.is_empty() {
            String::new()
        } else {
            format!(" ({})", reasons.join(", "))
        };
        let suggestion = suggest_name(name);
        hits.push(
            Hit::value(
                pointer,
                crate::msg!("file-name-not-normalised", name = name, why = why),
            )
            .with_help(crate::msg!(
                "file-name-not-normalised-help",
                suggestion = suggestion
            )),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::native::testing::run;

    #[test]
    fn file_names_are_matched_against_the_pattern_it_is_given() {
        let yaml = "resources:\n  - title: Liste\n    format: csv\n    path: Liste.csv\n";
        let strict = Params {
            pattern: Regex::new("^[a-z]+\\.csv$").expect("a valid pattern"),
        };
        let lenient = Params {
            pattern: Regex::new("^[A-Za-z]+\\.csv$").expect("a valid pattern"),
        };
        let found = run(check, &strict, yaml);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].0, "/resources/0/path");
        assert!(run(check, &lenient, yaml).is_empty());
    }
}
