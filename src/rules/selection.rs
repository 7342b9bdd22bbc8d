//! Rule selection: `--select`, `--extend-select`, `--ignore` and their config twins.
//!
//! A selector is `ALL`, a category (`naming`), a code prefix (`DG2`, `DG20`), a code (`DG201`)
//! or a name (`description-too-short`). Each rule takes the decision of the most specific
//! selector that matches it; at equal specificity `ignore` wins. So `select = ["DG2"]` with
//! `ignore = ["DG201"]` runs every DG2xx rule but DG201, and `ignore = ["DG2"]` with
//! `extend-select = ["DG201"]` runs DG201 alone of its family.

use std::collections::BTreeSet;

use super::definition::Category;
use super::registry::Registry;

/// Why a selector was not understood.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}", match suggestion {
    Some(close) => crate::msg!("unknown-selector-close", selector = selector, close = close),
    None => crate::msg!("unknown-selector", selector = selector),
})]
pub struct UnknownSelector {
    /// The selector as written.
    pub selector: String,
    /// The closest code or name, if any.
    pub suggestion: Option<String>,
}

/// A parsed selector with the rules it matches.
struct Resolved {
    codes: BTreeSet<String>,
    specificity: usize,
}

fn resolve(registry: &Registry, selector: &str) -> Result<Resolved, UnknownSelector> {
    let trimmed = selector.trim();
    let all_codes = || registry.rules().iter().map(|rule| rule.def.code.clone());
    if trimmed.eq_ignore_ascii_case("ALL") {
        return Ok(Resolved {
            codes: all_codes().collect(),
            specificity: 0,
        });
    }
    if let Some(category) = Category::ALL
        .iter()
        .find(|category| category.as_str() == trimmed)
    {
        return Ok(Resolved {
            codes: registry
                .rules()
                .iter()
                .filter(|rule| rule.def.category == *category)
                .map(|rule| rule.def.code.clone())
                .collect(),
            specificity: 1,
        });
    }
    if let Some(rule) = registry.find(trimmed) {
        return Ok(Resolved {
            codes: BTreeSet::from([rule.def.code.clone()]),
            specificity: usize::MAX,
        });
    }
    let upper = trimmed.to_ascii_uppercase();
    if upper.len() > 2 && upper.starts_with("DG") && upper[2..].bytes().all(|b| b.is_ascii_digit())
    {
        let codes: BTreeSet<String> = all_codes()
            .filter(|code| code.starts_with(&upper))
            .collect();
        if !codes.is_empty() {
            return Ok(Resolved {
                codes,
                specificity: upper.len(),
            });
        }
    }
    Err(UnknownSelector {
        selector: trimmed.to_owned(),
        suggestion: registry.suggest(trimmed).map(str::to_owned),
    })
}

/// Checks that every selector is known.
pub fn validate(registry: &Registry, selectors: &[String]) -> Result<(), UnknownSelector> {
    selectors
        .iter()
        .try_for_each(|selector| resolve(registry, selector).map(|_| ()))
}

/// The codes of the rules that `selectors` match.
pub fn codes_matching(
    registry: &Registry,
    selectors: &[String],
) -> Result<BTreeSet<String>, UnknownSelector> {
    let mut codes = BTreeSet::new();
    for selector in selectors {
        codes.extend(resolve(registry, selector)?.codes);
    }
    Ok(codes)
}

/// The codes of the enabled rules: `select` (every rule when `None`), then `extend_select`
/// and `ignore`, decided per rule by the most specific matching selector.
pub fn enabled_codes(
    registry: &Registry,
    select: Option<&[String]>,
    extend_select: &[String],
    ignore: &[String],
) -> Result<BTreeSet<String>, UnknownSelector> {
    let all = [String::from("ALL")];
    let mut decisions: Vec<(Resolved, bool)> = Vec::new();
    for selector in select.unwrap_or(&all).iter().chain(extend_select) {
        decisions.push((resolve(registry, selector)?, true));
    }
    for selector in ignore {
        decisions.push((resolve(registry, selector)?, false));
    }
    let mut enabled = BTreeSet::new();
    for rule in registry.rules() {
        let code = &rule.def.code;
        let decision = decisions
            .iter()
            .filter(|(resolved, _)| resolved.codes.contains(code))
            .max_by_key(|(resolved, on)| (resolved.specificity, !on));
        if let Some((_, true)) = decision {
            enabled.insert(code.clone());
        }
    }
    Ok(enabled)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn strings(items: &[&str]) -> Vec<String> {
        items.iter().map(|item| item.to_string()).collect()
    }

    #[test]
    fn most_specific_selector_wins() {
        let registry = Registry::embedded().unwrap();
        let enabled = enabled_codes(
            registry,
            Some(&strings(&["DG2"])),
            &[],
            &strings(&["DG201"]),
        )
        .unwrap();
        assert!(
            enabled.contains("DG202") && !enabled.contains("DG201") && !enabled.contains("DG301")
        );
        let enabled = enabled_codes(
            registry,
            None,
            &strings(&["description-too-short"]),
            &strings(&["DG2"]),
        )
        .unwrap();
        assert!(
            enabled.contains("DG201") && !enabled.contains("DG202") && enabled.contains("DG301")
        );
        let enabled = enabled_codes(registry, Some(&strings(&["naming"])), &[], &[]).unwrap();
        assert!(enabled.iter().all(|code| code.starts_with("DG6")));
        assert!(!enabled.is_empty());
    }

    #[test]
    fn unknown_selectors_get_a_suggestion() {
        let registry = Registry::embedded().unwrap();
        let error = enabled_codes(
            registry,
            Some(&strings(&["descripton-too-short"])),
            &[],
            &[],
        )
        .unwrap_err();
        assert_eq!(error.suggestion.as_deref(), Some("description-too-short"));
        assert!(enabled_codes(registry, Some(&strings(&["DG9"])), &[], &[]).is_err());
    }
}
