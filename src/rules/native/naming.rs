//! File naming rules (DG601–DG603).

use std::collections::HashMap;

use super::CheckContext;
use crate::finding::Hit;
use crate::model::ResourceView;

/// The file names of the resources: from `path`, or from `url` when its last segment has an
/// extension (a URL like `/api/records` names no file).
fn file_names<'a>(resources: &[ResourceView<'a>]) -> Vec<(&'a str, String)> {
    resources
        .iter()
        .filter_map(|resource| {
            let (name, pointer) = resource.file_name()?;
            let from_path = pointer.ends_with("/path");
            (from_path || name.contains('.')).then_some((name, pointer))
        })
        .collect()
}

/// DG601: a file name that does not follow the `pattern` parameter.
pub fn not_normalised(ctx: &CheckContext<'_>, hits: &mut Vec<Hit>) {
    let Some(pattern) = ctx.params.pattern("pattern") else {
        return;
    };
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
pub fn inconsistent_separators(ctx: &CheckContext<'_>, hits: &mut Vec<Hit>) {
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

/// DG603: two resources with the same file name.
pub fn duplicate(ctx: &CheckContext<'_>, hits: &mut Vec<Hit>) {
    let mut seen: HashMap<String, String> = HashMap::new();
    for (name, pointer) in file_names(&ctx.dataset.resources().unwrap_or_default()) {
        let key = name.to_lowercase();
        match seen.get(&key) {
            Some(first) => hits.push(Hit::value(
                pointer.clone(),
                crate::msg!("file-name-duplicate", name = name, first = first),
            )),
            None => {
                seen.insert(key, pointer);
            }
        }
    }
}
