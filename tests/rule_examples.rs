//! Every rule's documented examples are run: the failing one must raise the rule, the passing
//! one must not. So a rule's documentation cannot lie.

mod common;

use dglint::i18n::Lang;
use dglint::rules::Registry;
use dglint::rules::definition::CheckDef;
use dglint::rules::examples::check_examples;

#[test]
fn failing_examples_raise_their_rule_and_passing_ones_do_not() {
    let registry = Registry::embedded().expect("embedded rules load");
    assert!(registry.rules().len() >= 40);
    let problems: Vec<String> = registry
        .rules()
        .iter()
        .flat_map(|rule| check_examples(registry, rule))
        .collect();
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn every_native_check_has_a_rule_file() {
    let registry = Registry::embedded().expect("embedded rules load");
    for rule in registry.rules() {
        assert!(
            rule.file.contains(rule.code()),
            "{} is declared in {}",
            rule.code(),
            rule.file
        );
        assert!(
            rule.file.contains(rule.def.category.as_str()),
            "{} is in its category's folder",
            rule.code()
        );
    }
    let native = registry
        .rules()
        .iter()
        .filter(|rule| rule.def.check.kind() == "native")
        .count();
    assert_eq!(
        native,
        dglint::rules::native_check_count(),
        "native checks without a rule file"
    );
}

#[test]
fn every_rule_is_documented_in_english_and_french() {
    let registry = Registry::embedded().expect("embedded rules load");
    for rule in registry.rules() {
        let english = rule.def.texts(Lang::En);
        let french = rule
            .def
            .fr
            .as_ref()
            .unwrap_or_else(|| panic!("{} has no French documentation", rule.code()));
        for (what, en, fr) in [
            ("summary", english.summary, &french.summary),
            ("rationale", english.rationale, &french.rationale),
            ("fix", english.fix, &french.fix),
        ] {
            assert!(
                !en.trim().is_empty() && !fr.trim().is_empty(),
                "{} {what}",
                rule.code()
            );
            assert_ne!(
                en.trim(),
                fr.trim(),
                "{} {what} is not translated",
                rule.code()
            );
        }
        assert_eq!(
            rule.def.notes.is_some(),
            french.notes.is_some(),
            "{} has notes in one language only",
            rule.code()
        );
        let declares_message = matches!(rule.def.check, CheckDef::Schema { .. });
        assert_eq!(
            declares_message,
            french.message.is_some(),
            "{}: a French message goes with a declarative check, and only there",
            rule.code()
        );
        let english_params: Vec<&String> = rule.def.params.keys().collect();
        let french_params: Vec<&String> = french.params.keys().collect();
        assert_eq!(english_params, french_params, "{} parameters", rule.code());
    }
}

#[test]
fn the_readme_lists_every_rule_as_dglint_rules_does() {
    let readme = std::fs::read_to_string(common::repo().join("README.md")).unwrap();
    let start = readme
        .find("```text\nCODE   NAME")
        .expect("the README's rule table")
        + 8;
    let table = &readme[start..start + readme[start..].find("```").unwrap()];
    let output = common::dglint().arg("rules").output().unwrap();
    assert_eq!(table, String::from_utf8(output.stdout).unwrap());
}
