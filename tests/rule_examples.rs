//! Every rule's documented examples are run: the failing one must raise the rule, the passing
//! one must not. So a rule's documentation cannot lie.

use std::path::Path;

use dglint::config::{CliSelection, Config};
use dglint::document::load_file;
use dglint::model::Origin;
use dglint::model::dates::parse_instant;
use dglint::rules::{Engine, Registry, Rule};
use dglint::source::local_files::LocalFiles;

fn codes_raised(rule: &Rule, yaml: &str) -> Vec<&'static str> {
    let as_of = rule.def.examples.as_of.as_deref();
    let input = rule.def.only;
    let registry = Registry::embedded().expect("embedded rules load");
    let settings = Config::default()
        .settings(registry, &CliSelection::default())
        .expect("default settings");
    let as_of = parse_instant(as_of.unwrap_or("2026-01-01")).expect("a valid as_of");
    let origin = input.unwrap_or(Origin::Manifest);
    let mut engine = Engine::new(registry, settings, as_of, Some(origin));
    if rule.def.links {
        engine.set_links(rule.def.examples.links.clone().into_iter().collect());
    }
    let directory = tempfile::tempdir().expect("a temp dir");
    let path = directory.path().join("example.dataset.yaml");
    std::fs::write(&path, yaml).expect("writable temp dir");
    let document = load_file(Path::new(&path), 1 << 20).expect("readable example");
    let files = LocalFiles::beside(&path);
    engine
        .lint(&document, &files)
        .findings
        .into_iter()
        .map(|finding| finding.code)
        .collect()
}

#[test]
fn failing_examples_raise_their_rule_and_passing_ones_do_not() {
    let registry = Registry::embedded().expect("embedded rules load");
    assert!(registry.rules().len() >= 40);
    let mut problems = Vec::new();
    for rule in registry.rules() {
        let examples = &rule.def.examples;
        let failing = codes_raised(rule, &examples.fail);
        if !failing.contains(&rule.code()) {
            problems.push(format!(
                "{}: failing example raised {failing:?}",
                rule.code()
            ));
        }
        let passing = codes_raised(rule, &examples.pass);
        if passing.contains(&rule.code()) {
            problems.push(format!("{}: passing example raised it", rule.code()));
        }
        let parse_problem = |codes: &[&str]| {
            codes
                .iter()
                .any(|code| code.starts_with("DG1") || *code == "DG001")
        };
        if rule.def.category.as_str() != "schema"
            && rule.code() != "DG001"
            && (parse_problem(&failing) || parse_problem(&passing))
        {
            problems.push(format!(
                "{}: an example is not a valid manifest",
                rule.code()
            ));
        }
    }
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
